"""The curation file: merges, aliases, rejected and added facts, applied at every build."""

from __future__ import annotations

import pytest

from ingest.curation import Curation, merge_candidates
from ingest.model import Rel
from ingest.pipeline import ingest_paths

PLAN = """# Exampleton Youth Plan 2024

The Exampleton Youth Partnership is made up of the key organisations including Exampleton Borough Council, Northshire Police and the Youth Service Northshire.

This was established as a subgroup of the Exampleton Health and Wellbeing Board, replacing the Exampleton Youth Forum.

Officer to Contact: Sam Carter
Youth Partnership Manager
Tel: 01234 567890
Email: sam.carter@exampleton.gov.uk
"""

CURATION = """merge:
  - ["Youth Service Northshire", "Northshire Police"]
alias:
  "Exampleton Youth Partnership": ["EYP"]
reject:
  - {subject: "Exampleton Youth Partnership", relation: subgroup_of, object: "Exampleton Health and Wellbeing Board"}
add:
  - {subject: "Exampleton Youth Partnership", relation: reports_to, object: "Exampleton Borough Council", note: "Cabinet minute 12, 4 March 2024"}
"""


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN, encoding="utf-8")
    return docs


def facts(resolved, rel):
    return {
        (
            resolved.entities[resolved.key_of[c.subject]].label,
            resolved.entities[resolved.key_of[c.object]].label,
        )
        for d in resolved.documents
        for c in d.claims
        if c.rel is rel
    }


def test_without_curation_the_documents_speak(folder):
    resolved = ingest_paths([folder])
    assert ("Exampleton Youth Partnership", "Exampleton Health and Wellbeing Board") in facts(
        resolved, Rel.SUBGROUP_OF
    )
    assert facts(resolved, Rel.REPORTS_TO) == set()


def test_curation_merges_aliases_rejects_and_adds(folder, tmp_path):
    path = tmp_path / "curation.yaml"
    path.write_text(CURATION, encoding="utf-8")
    resolved = ingest_paths([folder], curation=path)

    assert facts(resolved, Rel.SUBGROUP_OF) == set()
    assert facts(resolved, Rel.REPORTS_TO) == {("Exampleton Youth Partnership", "Exampleton Borough Council")}
    added = next(c for d in resolved.documents for c in d.claims if c.rel is Rel.REPORTS_TO)
    assert added.method == "curation"
    assert added.evidence.document == "curation.yaml"
    assert "Cabinet minute 12" in added.evidence.quote

    partnership = next(e for e in resolved.entities.values() if e.label == "Exampleton Youth Partnership")
    assert "EYP" in partnership.aliases
    members = {
        resolved.key_of[c.subject] for d in resolved.documents for c in d.claims if c.rel is Rel.MEMBER
    }
    police = next(k for k, e in resolved.entities.items() if "Northshire Police" in e.aliases | {e.label})
    assert police in members
    assert "curation: Youth Service Northshire ~ Northshire Police" in resolved.entities[police].merges
    assert len(members) == 2  # the two merged members are one entity now


def test_curation_survives_reingest(folder, tmp_path):
    path = tmp_path / "curation.yaml"
    path.write_text(CURATION, encoding="utf-8")
    first, second = ingest_paths([folder], curation=path), ingest_paths([folder], curation=path)
    assert set(first.entities) == set(second.entities)
    assert facts(first, Rel.REPORTS_TO) == facts(second, Rel.REPORTS_TO)


def test_a_curation_file_with_unknown_sections_is_refused(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("merges: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown sections"):
        Curation.load(path)


def test_merge_candidates_pair_alike_names_of_one_kind(tmp_path):
    text = "The Exampleton Safer Partnership is made up of Northshire Fire and Rescue Service, Northshire Fire & Rescue Services and Exampleton College.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    resolved = ingest_paths([tmp_path])
    pairs = {
        (resolved.entities[a].label, resolved.entities[b].label) for a, b, _ in merge_candidates(resolved)
    }
    assert any(
        {"Northshire Fire and Rescue Service", "Northshire Fire & Rescue Services"} == set(p) for p in pairs
    )
    assert not any("Exampleton College" in p for p in pairs)
