"""Transfer of the priority readers to documents nobody tuned on.

Each ``fixtures/transfer/priorities_*.txt`` is an INVENTED document (Northtown, Westvale, Eastmere)
in one of the styles councils and partnerships write priorities in; the ``.yaml`` beside it names
the shape, the owners a user would ask ``/priorities?of=`` about, and the priorities expected.
A priority counts when it is read as a PRIORITY_OF claim whose subject entity bears the priority's
name and whose object entity bears the owner's name (case and punctuation folded, as the scorer
folds them; a trailing period of years on the entity's name may be left off in the question).
``not_owners`` names no priority's owner may bear.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from extraction_helpers import (
    answers_of,
    assert_quotes,
    same_name,
    transfer_figure,
    transfer_fixtures,
    transfer_read,
)

from ingest.model import Rel

FIXTURES = transfer_fixtures("priorities")
YEARS = re.compile(r"(?:\s+(?:19|20)\d{2}(?:\s*(?:-|to|/)\s*(?:19|20)?\d{2})?)+$")


def names(entity) -> set[str]:
    out = {entity.label, *entity.aliases}
    return out | {YEARS.sub("", n) for n in out}


def read(path: Path):
    text, facts, resolved = transfer_read(path)
    assert_quotes(text, facts.claims)  # every quote is found in the lines it names
    pairs = []
    for c in facts.claims:
        if c.rel is Rel.PRIORITY_OF:
            subject = resolved.entities[resolved.key_of[c.subject]]
            owner = resolved.entities[resolved.key_of[c.object]]
            pairs.append((names(subject), names(owner)))
    return resolved, pairs


def check(path: Path) -> tuple[list[str], list[str], int]:
    """(missed answers, owners not findable, answers expected) for one fixture."""
    gold = answers_of(path)
    resolved, pairs = read(path)
    missed, unfound, n = [], [], 0
    for owner in gold["owners"]:
        if not any(any(same_name(owner, x) for x in names(e)) for e in resolved.entities.values()):
            unfound.append(owner)
        for p in gold["priorities"]:
            n += 1
            if not any(
                any(same_name(p, s) for s in subj) and any(same_name(owner, o) for o in own)
                for subj, own in pairs
            ):
                missed.append(f"{owner} <- {p}")
    return missed, unfound, n


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_priorities_transfer(path: Path):
    missed, unfound, _ = check(path)
    assert not unfound, f"owner not findable: {unfound}"
    assert not missed, f"priorities not read: {missed}"


@pytest.mark.parametrize(
    "path", [p for p in FIXTURES if (answers_of(p) or {}).get("not_owners")], ids=lambda p: p.stem
)
def test_no_priority_goes_to_a_wrong_owner(path: Path):
    """``not_owners``: names no priority's owner may bear (a speaker's name run into a body's, say)."""
    _, pairs = read(path)
    wrong = [
        o for _, own in pairs for o in own for bad in answers_of(path)["not_owners"] if same_name(bad, o)
    ]
    assert not wrong, wrong


def test_there_are_enough_fixtures():
    assert len(FIXTURES) >= 12


if __name__ == "__main__":  # the figure: answers read of answers expected
    transfer_figure(FIXTURES, check, "priorities read", "unfound")
