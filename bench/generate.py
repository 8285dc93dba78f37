"""A seeded, deterministic synthetic corpus in the shapes of the real one, for benchmarks and tests.

Each document is one invented council's partnership report, plain text like ``shared/corpus``:

* an action plan table (tab-separated, a header row starting with an empty cell, HTML left in cells,
  the header repeated after a "page break") with strategic objectives, a "<Council> responsible
  for:" section and a "<Partner> contributes towards:" section, and a Responsible column mixing
  people, posts and organisations ("Alice Hartwell Community Safety Manager");
* membership sentences ending in ':' followed by bullet lists (responsible authorities, other members);
* a funding table with Funding Received / Funding Allocated columns and a Total row;
* a performance table with quarterly actuals, a RAG status and a target.

``generate(out, documents=N, seed=S)`` writes ``N`` documents and ``.manifest.json`` (hidden, so ingest skips it) holding what was
written (owners of every action, members, funding rows), so tests can check what comes back.
Sizes: :data:`SIZES` names the document counts giving about 10k, 100k and 1M quads after ingest.

    python -m bench.generate --size 10k --seed 7 OUT_DIR
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Documents for about 10k, 100k and 1M quads after `pgraph ingest` (measured: bench/README.md).
SIZES = {"10k": 4, "100k": 45, "1m": 450}
MANIFEST = ".manifest.json"  # hidden: ingest skips it

# fmt: off
GIVEN = (
    "Alice", "Andrew", "Angela", "Barry", "Ben", "Bridget", "Carol", "Colin", "Claire", "Daniel", "Diane",
    "Duncan", "Eleanor", "Emma", "Fiona", "Gareth", "Gemma", "Graham", "Hannah", "Helen", "Ian", "Imran",
    "Jane", "Joanna", "Karen", "Keith", "Laura", "Liam", "Lucy", "Malcolm", "Megan", "Neil", "Nicola",
    "Oliver", "Pauline", "Rachel", "Robin", "Ruth", "Sally", "Simon", "Sophie", "Stuart", "Tanya", "Trevor",
    "Vanessa", "Wendy",
)
SYLLABLES_A = (
    "Ash", "Brook", "Carr", "Dun", "Elm", "Fair", "Glen", "Hart", "Ivy", "Kings", "Lang", "Mar", "Nor", "Oak",
    "Pen", "Ross", "Stan", "Thorn", "Wick", "Wolds", "Bram", "Cold", "Har", "Lind", "Mead", "Quen", "Red",
    "Sel", "Tam", "Whit",
)
SYLLABLES_B = (
    "vale", "mere", "dene", "ford", "ley", "wick", "by", "thorpe", "ton", "field", "worth", "bury", "hurst",
    "stead", "combe", "leigh", "moor", "wood", "bridge", "well",
)
SURNAME_B = ("well", "ock", "ton", "ley", "by", "ford", "ridge", "more", "wood", "ham", "ing", "ett", "er", "son")
# fmt: on
THEMES = (
    ("Community Safety", "Community Safety Partnership"),
    ("Children and Young People", "Children and Families Partnership"),
    ("Health and Wellbeing", "Health and Wellbeing Partnership"),
    ("Housing and Homelessness", "Housing Partnership"),
)
POSTS = (
    "Community Safety Manager",
    "Housing Strategy Manager",
    "Partnerships Officer",
    "Head of Neighbourhood Services",
    "Safeguarding Officer",
    "Youth Services Coordinator",
    "Licensing Manager",
    "Environmental Health Manager",
    "Leisure Development Officer",
    "Early Help Coordinator",
)
PARTNERS = (
    "Police",
    "Fire and Rescue Service",
    "Clinical Commissioning Group",
    "Probation Service",
    "County Council",
    "Housing Trust",
    "Voluntary Action",
    "Youth Offending Service",
)
VERBS = ("Deliver", "Reduce", "Increase", "Review", "Develop", "Promote", "Support", "Coordinate", "Launch")
OBJECTS = (
    "anti-social behaviour interventions in priority neighbourhoods",
    "safeguarding training for staff and elected members",
    "referrals to the early help hub",
    "the night-time economy street support scheme",
    "domestic abuse outreach sessions",
    "youth diversion activities in the school holidays",
    "fly-tipping enforcement campaigns",
    "the hate crime reporting network",
    "home security visits for repeat victims",
    "physical activity sessions for under-represented groups",
    "the rough sleeping outreach service",
    "cycle theft prevention events",
)
MEASURES = (
    "Number of people engaged",
    "Percentage of cases closed within target",
    "Number of sessions delivered",
    "Reduction in reported incidents",
    "Number of households supported",
    "Percentage of residents satisfied",
)
UNITS = ("People", "Sessions", "Visits", "Cases", "Households", "Incidents")
RAG = ("G", "A", "R", "G", "G", "NS")
PROJECTS = (
    "Street Pastors",
    "Mediation Service",
    "Student Crime Awareness",
    "Substance Misuse Project",
    "Mobile CCTV Camera fund",
    "Domestic Abuse Services",
    "Knife Crime Youth Projects",
    "Neighbourhood Watch",
    "Shed Youth Group",
    "Fire Skills",
    "Cycle Theft Prevention",
    "Prevention Campaign Materials",
)


@dataclass
class Action:
    code: str
    title: str
    responsible: list[str]  # the names written in the Responsible cell, in order
    section: str  # the organisation heading the section
    relation: str  # "responsible" or "contributes"


@dataclass
class DocumentManifest:
    document: str
    council: str
    partnership: str
    plan: str
    actions: list[Action] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    fund: str = ""
    allocations: list[tuple[str, int]] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)


class Writer:
    """One document's lines, built from one seeded random source."""

    def __init__(self, rng: random.Random, place: str, number: int, used_people: set[str]):
        self.rng = rng
        self.place = place
        self.number = number
        self.used_people = used_people
        self.lines: list[str] = []

    def person(self) -> str:
        for _ in range(50):
            name = f"{self.rng.choice(GIVEN)} {self.rng.choice(SYLLABLES_A)}{self.rng.choice(SURNAME_B)}"
            if name not in self.used_people:
                self.used_people.add(name)
                return name
        return name

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)


def _place_names(rng: random.Random, count: int) -> list[str]:
    pairs = [a + b for a in SYLLABLES_A for b in SYLLABLES_B]
    rng.shuffle(pairs)
    names = [p for p in pairs if p.lower() != "red"][:count]
    n = 2
    while len(names) < count:  # more documents than names: the same places in a later year
        names += [f"{p} {n}" for p in pairs[: count - len(names)]]
        n += 1
    return names


def document(
    rng: random.Random,
    number: int,
    place: str,
    used_people: set[str],
    scale: int = 1,
) -> tuple[str, DocumentManifest]:
    """One document's text and what it says; ``scale`` multiplies its objectives and tables."""
    theme, partnership_kind = THEMES[number % len(THEMES)]
    council = f"{place} {rng.choice(('Borough', 'District', 'City'))} Council"
    partnership = f"{place} {partnership_kind}"
    year = 2014 + number % 8
    plan = f"{place} {theme} Strategy {year}-{year + 3}"
    name = f"{number:05d}_{place.lower().replace(' ', '-')}.txt"
    w = Writer(rng, place, number, used_people)
    m = DocumentManifest(name, council, partnership, plan)
    partners = [f"{place} {p}" for p in rng.sample(PARTNERS, 5)]
    people = [w.person() for _ in range(6 + 2 * scale)]
    posts = rng.sample(POSTS, 5)

    w.add("", f"# {plan} **Action Plan**", "")
    w.add(
        f"This report of the {council} sets out progress on the {plan} and the work of the {partnership}.",
        "",
        f"The responsible authorities who sit on the {partnership} are:",
        "",
    )
    authorities = [council, *partners[:3]]
    w.add(*(f"- {a}" for a in authorities), "")
    others = [f"{place} Community Voluntary Service", partners[3], partners[4]]
    w.add(f"The non-statutory members of the {partnership} are:", "")
    w.add(*(f"- {o}" for o in others), "")
    m.members = authorities + others

    # ---------------------------------------------------------------- action plan
    header = "\tPerformance indicator/ Action required\tPerformance measure\tResponsible\tTarget Date\tUpdate\tStatus"
    w.add("**Progress key:**", "", "\toff target", "\ton target", "\tcompleted", "", header)
    item = 0
    for obj in range(1, 3 + scale * 2):
        objective = f"To {rng.choice(VERBS).lower()} {rng.choice(OBJECTS)} across {place}"
        w.add(f"<b>SO {obj}. {objective}</b>\t\t\t\t\t\t")
        for section_org, relation in ((council, "responsible"), (rng.choice(partners), "contributes")):
            label = "responsible for" if relation == "responsible" else "contributes towards"
            w.add(f"<b>{section_org} {label}:</b>\t\t\t\t\t\t")
            for k in range(1, 3 + rng.randrange(3)):
                item += 1
                code = f"PI {obj}.{k + (0 if relation == 'responsible' else 10)}"
                title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} in {place} ward {item}"
                owners = _owners(rng, people, posts)
                cell = " ".join(owners) if rng.random() < 0.6 else " ".join(f"<p>{o}</p>" for o in owners)
                measure = f"{rng.choice(MEASURES)} ({rng.randrange(5, 500)} by year end)"
                update = f"<p>Quarter {rng.randrange(1, 5)}: {rng.randrange(1, 900)} delivered against the target.</p>"
                w.add(
                    f"{code}\t{title}\t{measure}\t{cell}\tQ{rng.randrange(1, 5)} {year}/{year - 1999}\t{update}\t"
                )
                m.actions.append(Action(code, title, owners, section_org, relation))
                if item % 7 == 0:  # a page break repeats the header
                    w.add("", header)
    w.add("")

    # ---------------------------------------------------------------- funding
    fund = f"{place} Police and Crime Commissioner Locality Funding"
    for block in range(scale):
        w.add(f"Funding for {year}/{year - 1999 + block}", "")
        allocations = [(p, rng.randrange(1, 30) * 500) for p in rng.sample(PROJECTS, 6 + rng.randrange(4))]
        total = sum(a for _, a in allocations)
        w.add("\tFunding Received\tFunding Allocated", f"{fund}\t£{total:,}\t")
        w.add(*(f"{p}\t\t£{a:,}" for p, a in allocations), f"Total\t\t£{total:,}.00", "")
        if block == 0:
            m.fund, m.allocations = fund, allocations

    # ---------------------------------------------------------------- performance (RAG)
    w.add(f"## {council} Corporate Performance Report Quarter 3", "")
    w.add("Indicator\tQuarter 1\tQuarter 2\tQuarter 3\tTarget\tCommentary")
    for n in range(1, 6 + 4 * scale):
        unit = rng.choice(UNITS)
        label = f"BP{n} - {rng.choice(MEASURES)} {unit.lower()} in {place} area {n}"
        values = [f"{rng.randrange(100, 90_000):,} {unit}" for _ in range(3)]
        target = f"{rng.randrange(100, 90_000):,} {unit}"
        w.add(f"{label}\t{values[0]}\t{values[1]}\t{values[2]}\t{rng.choice(RAG)}\t{target}\tOn track.")
        m.indicators.append(label)
    w.add("")
    w.add(f"The {partnership} will review this plan at its meeting in March {year + 1}.", "")
    return "\n".join(w.lines) + "\n", m


def _owners(rng: random.Random, people: list[str], posts: list[str]) -> list[str]:
    """The Responsible cell: a person, a post, a person then a post, or two people."""
    shape = rng.randrange(4)
    if shape == 0:
        return [rng.choice(people)]
    if shape == 1:
        return [rng.choice(posts)]
    if shape == 2:
        return [rng.choice(people), rng.choice(posts)]
    return rng.sample(people, 2)


def generate(out: str | Path, *, documents: int, seed: int = 0, scale: int = 1) -> list[DocumentManifest]:
    """Write ``documents`` documents (and .manifest.json) under ``out``; the same seed writes the same bytes."""
    rng = random.Random(seed)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    places = _place_names(rng, documents)
    used_people: set[str] = set()
    manifests = []
    for number, place in enumerate(places):
        text, manifest = document(rng, number, place, used_people, scale)
        (out / manifest.document).write_text(text, encoding="utf-8")
        manifests.append(manifest)
    (out / MANIFEST).write_text(
        json.dumps([asdict(m) for m in manifests], indent=1, sort_keys=True), encoding="utf-8"
    )
    return manifests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write the documents into")
    parser.add_argument("--size", choices=sorted(SIZES), help="a named size (about 10k, 100k or 1M quads)")
    parser.add_argument("--documents", type=int, help="how many documents (instead of --size)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--scale", type=int, default=1, help="objectives and tables per document (default 1)")
    args = parser.parse_args(argv)
    count = args.documents or SIZES[args.size or "10k"]
    generate(args.out, documents=count, seed=args.seed, scale=args.scale)
    print(f"{count} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
