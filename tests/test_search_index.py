"""Search over the name index, with invented names: a word that tells one council's body from another's
keeps another council's body out; a word written in lower case in a capitalised name does not."""

from __future__ import annotations

from graph.search import Entry, NameIndex

BASE = "https://example.org/id/"
PLACES = [
    f"{a}{b}"
    for a in ("North", "South", "East", "West", "Kel")
    for b in ("town", "ford", "by", "wick", "ham")
]


def index(*labels: str) -> NameIndex:
    idx = NameIndex(BASE)
    for n, label in enumerate(labels):
        key = f"group-{n}"
        idx.add(Entry(BASE + key, key, label, "group", (), None, 1))
    return idx


def top(idx: NameIndex, text: str) -> str | None:
    found = idx.rank(text, 5)
    return found[0].label if found else None


def test_a_place_no_name_holds_finds_no_other_councils_body():
    idx = index(*(f"Safer {p} Partnership" for p in PLACES if p != "Northtown"))
    assert top(idx, "Safer Southtown Partnership") == "Safer Southtown Partnership"
    assert top(idx, "Safer Northtown Partnership") is None


def test_a_lower_case_qualifier_no_name_holds_still_finds_the_name():
    idx = index("Health and Wellbeing Board", *(f"{p} Health and Wellbeing Board" for p in PLACES))
    assert top(idx, "shadow Health and Wellbeing Board") == "Health and Wellbeing Board"
    assert top(idx, "shadow Northtown Health and Wellbeing Board") == "Northtown Health and Wellbeing Board"
