"""Transfer of the priority readers to documents nobody tuned on.

Each ``fixtures/transfer/priorities_*.txt`` is an INVENTED document (Northtown, Westvale, Eastmere)
in one of the styles councils and partnerships write priorities in; the ``.yaml`` beside it names
the shape, the owners a user would ask ``/priorities?of=`` about, and the priorities expected.
A priority counts when it is read as a PRIORITY_OF claim whose subject entity bears the priority's
name and whose object entity bears the owner's name (case and punctuation folded, as the scorer
folds them; a trailing period of years on the entity's name may be left off in the question).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest
import yaml

from ingest.model import Rel
from ingest.pipeline import extract
from ingest.resolve import resolve

HERE = Path(__file__).parent / "fixtures" / "transfer"
FIXTURES = sorted(HERE.glob("priorities_*.txt"))
YEARS = re.compile(r"(?:\s+(?:19|20)\d{2}(?:\s*(?:-|to|/)\s*(?:19|20)?\d{2})?)+$")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"'s\b", "s", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def same(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return a == b or (len(a) > 6 and len(b) > 6 and SequenceMatcher(None, a, b).ratio() >= 0.92)


def names(entity) -> set[str]:
    out = {entity.label, *entity.aliases}
    return out | {YEARS.sub("", n) for n in out}


def read(path: Path):
    text = path.read_text(encoding="utf-8")
    facts = extract(path.name, text)
    lines = text.splitlines()
    for c in facts.claims:  # every quote is found in the lines it names
        span = " ".join(lines[c.evidence.line_start - 1 : c.evidence.line_end])
        quote = re.sub(r"<[^>]+>", " ", c.evidence.quote)
        assert " ".join(quote.split()) in " ".join(re.sub(r"<[^>]+>", " ", span).split()), c.evidence
    resolved = resolve([facts])
    pairs = []
    for c in facts.claims:
        if c.rel is Rel.PRIORITY_OF:
            subject = resolved.entities[resolved.key_of[c.subject]]
            owner = resolved.entities[resolved.key_of[c.object]]
            pairs.append((names(subject), names(owner)))
    return resolved, pairs


def check(path: Path) -> tuple[list[str], list[str], int]:
    """(missed answers, owners not findable, answers expected) for one fixture."""
    gold = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    resolved, pairs = read(path)
    missed, unfound, n = [], [], 0
    for owner in gold["owners"]:
        if not any(any(same(owner, x) for x in names(e)) for e in resolved.entities.values()):
            unfound.append(owner)
        for p in gold["priorities"]:
            n += 1
            if not any(
                any(same(p, s) for s in subj) and any(same(owner, o) for o in own) for subj, own in pairs
            ):
                missed.append(f"{owner} <- {p}")
    return missed, unfound, n


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_priorities_transfer(path: Path):
    missed, unfound, _ = check(path)
    assert not unfound, f"owner not findable: {unfound}"
    assert not missed, f"priorities not read: {missed}"


def test_there_are_enough_fixtures():
    assert len(FIXTURES) >= 12


if __name__ == "__main__":  # the figure: answers read of answers expected
    total = got = 0
    for f in FIXTURES:
        missed, unfound, n = check(f)
        total += n
        got += n - len(missed)
        print(f"{f.stem:50} {n - len(missed):2}/{n:2}  unfound={unfound}  missed={missed[:3]}")
    print(f"priorities read: {got}/{total}")
