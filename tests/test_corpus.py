"""Integration over the seed corpus (../shared/corpus) and the development documents.

Every fact's evidence must be found again in its document within its line range; every entity
carries evidence; a handful of facts the documents state (checked by hand against the text) come
out; unreadable files are reported without stopping the rest; re-ingesting gives the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.model import Claim, DocumentFacts, Kind, Rel, Resolved
from ingest.names import norm
from ingest.pipeline import document_paths, ingest_paths

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
DEV_DOCS = SHARED / "eval" / "dev" / "docs"

D000 = "000_6df2fd3ab05f3377.txt"
D001 = "001_23b37cb3a75ffeb6.txt"
D003 = "003_1a5aa9b1bd324060.txt"
D004 = "004_682e10612260f89d.txt"


def _require(folder: Path) -> Path:
    if not folder.is_dir() or not document_paths([folder]):
        pytest.fail(
            f"document folder {folder} is missing or empty: the shared corpus must sit beside the project"
        )
    return folder


@pytest.fixture(scope="module")
def corpus(corpus_resolved) -> Resolved:
    return corpus_resolved


@pytest.fixture(scope="module")
def dev() -> Resolved:
    return ingest_paths([_require(DEV_DOCS)])


# ---------------------------------------------------------------- evidence


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def evidenced(doc: DocumentFacts) -> Iterator[tuple[str, object]]:
    for c in doc.claims:
        yield f"claim {c.subject.name!r} {c.rel.value} {c.object.name!r} ({c.method})", c.evidence
    for f in doc.fundings:
        yield f"funding {f.funder.name!r} -> {f.recipient.name!r} ({f.method})", f.evidence
    for o in doc.observations:
        yield f"observation {o.indicator.name!r} {o.measure} ({o.method})", o.evidence
    for d in doc.descriptions:
        yield f"description {d.entity.name!r} alias={d.alias!r} ({d.method})", d.evidence


def quote_problems(resolved: Resolved, folder: Path) -> list[str]:
    problems = []
    for doc in resolved.documents:
        lines = (folder / doc.document).read_text(encoding="utf-8-sig").splitlines()
        for what, ev in evidenced(doc):
            where = f"{doc.document}:{ev.line_start}-{ev.line_end} {what}"
            if ev.document != doc.document:
                problems.append(f"{where}: evidence names {ev.document}")
                continue
            if not 1 <= ev.line_start <= ev.line_end <= len(lines):
                problems.append(f"{where}: lines outside 1..{len(lines)}")
                continue
            span = "\n".join(lines[ev.line_start - 1 : ev.line_end])
            quote = folded(ev.quote)
            if not quote:
                problems.append(f"{where}: empty quote")
            elif quote not in folded(span) and quote not in folded(re.sub(r"<[^>]+>", " ", span)):
                problems.append(f"{where}: quote {ev.quote[:120]!r} not in its lines")
    return problems


def test_corpus_ingests_every_document(corpus):
    names = {p.name for p in document_paths([CORPUS])}
    assert len(names) >= 5
    assert corpus.failures == []
    assert {d.document for d in corpus.documents} == names
    assert all(d.claims for d in corpus.documents)


def test_no_reader_fails_on_any_corpus_or_development_document(corpus, dev):
    """A reader that raises loses its facts quietly (the others still read the document): none may."""
    failed = {d.document: d.failures for d in [*corpus.documents, *dev.documents] if d.failures}
    assert len(corpus.documents) + len(dev.documents) >= 50
    assert not failed, failed


def test_corpus_every_quote_is_in_its_lines(corpus):
    assert sum(1 for d in corpus.documents for _ in evidenced(d)) > 300
    problems = quote_problems(corpus, CORPUS)
    assert not problems, "\n".join(problems[:40])


def test_dev_docs_every_quote_is_in_its_lines(dev):
    assert dev.failures == []
    assert sum(1 for d in dev.documents for _ in evidenced(d)) > 50
    problems = quote_problems(dev, DEV_DOCS)
    assert not problems, "\n".join(problems[:40])


def test_corpus_every_entity_has_evidence(corpus):
    assert corpus.entities
    missing = [k for k, e in corpus.entities.items() if not e.evidence]
    assert not missing, missing
    for key, entity in corpus.entities.items():
        assert all(ev.line_start >= 1 for ev in entity.evidence), key
    # every mention in every fact is mapped to an entity
    unmapped = {m for d in corpus.documents for m, _ in d.mentions() if m not in corpus.key_of}
    assert not unmapped, unmapped


# ---------------------------------------------------------------- known facts (checked against the text)


def key_of_name(resolved: Resolved, name: str, *, kind: Kind | None = None) -> str:
    n = norm(name)
    keys = [
        k
        for k, e in resolved.entities.items()
        if (kind is None or e.kind is kind)
        and (n in {norm(a) for a in e.aliases | {e.label}} or (e.code is not None and norm(e.code) == n))
    ]
    assert len(keys) == 1, (name, keys)
    return keys[0]


def facts_with(
    resolved: Resolved,
    rel: Rel,
    *,
    subject: str | None = None,
    obj: str | None = None,
    document: str | None = None,
) -> list[tuple[Claim, str, str]]:
    """Claims of ``rel`` (in ``document``) about the entity keys given: (claim, subject key, object key)."""
    out = []
    for doc in resolved.documents:
        if document and doc.document != document:
            continue
        for c in doc.claims:
            s, o = resolved.key_of[c.subject], resolved.key_of[c.object]
            if c.rel is rel and (subject is None or s == subject) and (obj is None or o == obj):
                out.append((c, s, o))
    return out


def labels(resolved: Resolved, keys) -> set[str]:
    return {resolved.entities[k].label for k in keys}


def test_pi_1_4_owned_by_tim_mccabe_with_the_council_contributing(corpus):
    # 000 line 32: "PI 1.4 <tab> Promote the First Response ... <tab> Tim McCabe", under
    # "<b>Charnwood Borough Council contributes towards:</b>" (line 30)
    pi = key_of_name(corpus, "PI 1.4")
    tim = key_of_name(corpus, "Tim McCabe", kind=Kind.PERSON)
    responsible = facts_with(corpus, Rel.RESPONSIBLE, obj=pi)
    assert tim in {s for _, s, _ in responsible}
    claim = next(c for c, s, _ in responsible if s == tim)
    assert (claim.evidence.document, claim.evidence.line_start) == (D000, 32)
    assert "Tim McCabe" in claim.evidence.quote
    contributors = {s for _, s, _ in facts_with(corpus, Rel.CONTRIBUTES, obj=pi)}
    assert contributors == {key_of_name(corpus, "Charnwood Borough Council")}


def test_tim_mccabe_is_one_person_across_documents(corpus):
    # 000 writes "Tim McCabe" (PI 1.4) and "Timothy McCabe" (PI 2.2); 003 has "Tim McCabe / Community Safety Manager"
    tim = key_of_name(corpus, "Tim McCabe", kind=Kind.PERSON)
    assert key_of_name(corpus, "Timothy McCabe", kind=Kind.PERSON) == tim
    assert {c.object.code for c, _, _ in facts_with(corpus, Rel.RESPONSIBLE, subject=tim)} >= {
        "PI 1.4",
        "PI 2.2",
    }
    posts = labels(corpus, {o for _, _, o in facts_with(corpus, Rel.HOLDS, subject=tim, document=D003)})
    assert "Community Safety Manager" in posts


def test_csp_responsible_authorities(corpus):
    # 003 lines 994-1001: "The responsible authorities who sit on the CSP are:" and six bullets;
    # line 1027: "PCCs are not 'responsible authorities' ... and hence will not be members"
    csp = key_of_name(corpus, "Charnwood Community Safety Partnership")
    members = facts_with(corpus, Rel.MEMBER, obj=csp)
    authorities = {s for c, s, _ in members if c.role == "responsible authority"}
    assert labels(corpus, authorities) == {
        "Charnwood Borough Council",
        "Leicestershire Police",
        "Leicestershire County Council",
        "NHS West Leicestershire Clinical Commissioning Group",
        "Leicestershire Fire Authority",
        "National Probation Service",
    }
    assert all(
        c.evidence.document == D003 and 994 <= c.evidence.line_start <= 1001
        for c, s, _ in members
        if s in authorities
    )
    member_names = {
        n.lower()
        for s in {s for _, s, _ in members}
        for n in corpus.entities[s].aliases | {corpus.entities[s].label}
    }
    assert not [n for n in member_names if "commissioner" in n or n in {"pcc", "pccs", "opcc"}]


def test_locality_funding_allocations_add_up_to_the_amount_received(corpus):
    # 003 lines 884-901: received £75,500; fifteen allocations; "Total <tab><tab> £75,500.00"
    fund = key_of_name(corpus, "Police and Crime Commissioner Locality Funding")
    doc = next(d for d in corpus.documents if d.document == D003)
    received = [f for f in doc.fundings if corpus.key_of[f.recipient] == fund and f.status == "received"]
    assert [f.amount for f in received] == [75500.0]
    assert received[0].evidence.line_start == 885
    allocations = {
        corpus.entities[corpus.key_of[f.recipient]].label: f.amount
        for f in doc.fundings
        if corpus.key_of[f.funder] == fund and f.status == "allocated"
    }
    assert len(allocations) == 15
    assert sum(allocations.values()) == pytest.approx(75500.0)
    assert allocations["Substance Misuse Project"] == 15000.0
    assert allocations["Fire Skills"] == 1958.0
    assert allocations["Street Pastors"] == 3000.0
    assert not [d for d in doc.descriptions if d.note and corpus.key_of.get(d.entity) == fund]


def test_scrutiny_committee_councillors(corpus):
    # 003 line 11: "To: Councillors Brookes (Vice-Chair), Campsall, Fryer, Gerrard, Howe, Miah (Chair) and Popley"
    committee = key_of_name(corpus, "Neighbourhoods and Community Wellbeing Scrutiny Committee")
    chairs = {s for _, s, _ in facts_with(corpus, Rel.CHAIR, obj=committee)}
    vice = {s for _, s, _ in facts_with(corpus, Rel.VICE_CHAIR, obj=committee)}
    members = {s for _, s, _ in facts_with(corpus, Rel.MEMBER, obj=committee)}
    assert labels(corpus, chairs) == {"Councillor Miah"}
    assert labels(corpus, vice) == {"Councillor Brookes"}
    assert labels(corpus, members) >= {
        f"Councillor {n}" for n in ("Brookes", "Campsall", "Fryer", "Gerrard", "Howe", "Miah", "Popley")
    }


def test_performance_indicators(corpus):
    # 003 line 497 "KI4 - ... 45.74% 44.51% 43.84% R"; line 476 "LS10 - ... G 250,000 Visits";
    # line 478 "BP4 - Number of trees allocated to residents ... 5,580 Trees G 2,000 Trees"
    doc = next(d for d in corpus.documents if d.document == D003)

    def observed(code: str, measure: str) -> set:
        key = key_of_name(corpus, code, kind=Kind.INDICATOR)
        return {
            o.status if measure == "status" else o.value
            for o in doc.observations
            if corpus.key_of[o.indicator] == key and o.measure == measure
        }

    assert observed("KI4", "status") == {"red"}
    assert observed("LS10", "status") == {"green"}
    assert observed("LS10", "target") == {250000.0}
    assert observed("BP4", "target") == {2000.0}
    assert observed("NI 191", "status") == {"amber"}


def test_jane_moore_contact_block(corpus):
    # 001 lines 125-128: "Jane Moore / Director of Children and Family Services / Tel ... / jane.moore@leics.gov.uk"
    jane = key_of_name(corpus, "Jane Moore", kind=Kind.PERSON)
    posts = labels(corpus, {o for _, _, o in facts_with(corpus, Rel.HOLDS, subject=jane)})
    assert posts == {"Director of Children and Family Services"}
    orgs = labels(corpus, {o for _, _, o in facts_with(corpus, Rel.WORKS_FOR, subject=jane)})
    assert orgs == {"Leicestershire County Council"}


def test_children_and_families_partnership_governance(corpus):
    # 001 line 20: "This was established as a subgroup of the Health and Wellbeing Board, replacing the
    # Supporting Leicestershire Families Executive"
    lcfp = key_of_name(corpus, "Leicestershire Children and Families Partnership")
    parents = {o for c, _, o in facts_with(corpus, Rel.SUBGROUP_OF, subject=lcfp, document=D001)}
    assert "Health and Wellbeing Board" in labels(corpus, parents)
    executive = key_of_name(corpus, "Supporting Leicestershire Families Executive")
    replaced = facts_with(corpus, Rel.REPLACED_BY, subject=executive)
    assert {o for _, _, o in replaced} == {lcfp}
    assert all(c.evidence.line_start == 20 for c, _, _ in replaced)


def test_funded_projects(corpus):
    # 001 line 72: "the Sport England funded Active Families project"; line 80: "Words Over Weapons (WOW), a
    # Home Office-funded project"
    flows = {
        (corpus.entities[corpus.key_of[f.funder]].label, corpus.entities[corpus.key_of[f.recipient]].label)
        for d in corpus.documents
        if d.document == D001
        for f in d.fundings
    }
    assert ("Sport England", "Active Families") in flows
    assert ("Home Office", "Words Over Weapons") in flows


def test_rotherham_action_plan_priorities(corpus):
    # 004 lines 8, 37, 63, 90, 112, 141: "Priority 1: We will ensure children have the best start in life" ...
    prio = facts_with(corpus, Rel.PRIORITY_OF, document=D004)
    by_code = {c.subject.code: c.subject.name for c, _, _ in prio}
    assert by_code == {
        "Priority 1": "We will ensure children have the best start in life",
        "Priority 2": "We will engage with parents and families",
        "Priority 3": "We will reduce the harm to children and young people who are exposed to domestic abuse, "
        "alcohol/substance misuse and neglect",
        "Priority 4": "We will work with partners to eradicate child sexual exploitation",
        "Priority 5": "We will focus on all children and young people making good progress in their learning "
        "and development",
        "Priority 6": "We will target support to families in greatest need to help access learning/employment "
        "opportunities",
    }
    assert {c.evidence.line_start for c, _, _ in prio} == {8, 37, 63, 90, 112, 141}


# ---------------------------------------------------------------- robustness


def test_unreadable_documents_are_reported_and_the_rest_ingest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(
        "Exampleton Borough Council\n\nIn 2015 the Community Cohesion Forum was abolished and replaced by the "
        "Stronger Communities Board.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\n\x00\x01\x02\xff\xfe binary \x00 content\n" * 20)
    resolved = ingest_paths([tmp_path])
    assert [d.document for d in resolved.documents] == ["good.txt"]
    assert [c.rel for c in resolved.documents[0].claims] == [Rel.REPLACED_BY]
    failed = {Path(path).name: reason for path, reason in resolved.failures}
    assert set(failed) == {"empty.txt", "scan.txt"}
    assert all(reason for reason in failed.values())
    assert "empty" in failed["empty.txt"]
    assert "PDF" in failed["scan.txt"]  # read by content: a PDF by its magic bytes, whatever its name


def test_reingest_gives_identical_keys(corpus):
    again = ingest_paths([CORPUS])
    assert sorted(again.entities) == sorted(corpus.entities)
    assert again.key_of == corpus.key_of
    assert {k: e.label for k, e in again.entities.items()} == {k: e.label for k, e in corpus.entities.items()}
