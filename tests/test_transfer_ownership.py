"""Transfer check for ownership: who is responsible for, and who contributes to, an item.

Each ``tests/fixtures/transfer/ownership_*.txt`` is an INVENTED document (places and people made up)
in one of the layouts councils write action plans and work programmes in: prose naming an owner
before a free-text item ("is responsible for …", "has the lead for …"), work streams named at the start
of a sentence ("X, which has been led by A and B"), label blocks ("Action 1.1: …" / "Lead officer:"),
numbered objectives with "Lead officer:" lines, "Item – Jane Doe (Body)" lists, role lead-ins ("The
Group will:"), pipe, tab and space-aligned tables, and "supported by X included: a; b (alongside Y)".
Beside it a YAML file lists ``items`` with the ``responsible`` and ``contributors`` a reader should find.
An item is found as the scorer finds it: an entity whose name, alias or code holds every word of the
item's text (the API's search by word starts), preferring exact names.
"""

from __future__ import annotations

import pytest
from extraction_helpers import answers_of, assert_quotes, norm_name, transfer_fixtures, transfer_graph

FIXTURES = transfer_fixtures("ownership")


def items_named(names: dict[str, set[str]], item: str) -> set[str]:
    """Entities named exactly ``item``, else those whose name holds every word of it."""
    want = norm_name(item)
    exact = {k for k, ns in names.items() if want in ns}
    if exact:
        return exact
    words = want.split()
    return {k for k, ns in names.items() if any(all(w in n.split() for w in words) for n in ns)}


# Answers not read yet: strict, so a reader that starts reading one fails here until it is removed.
KNOWN_GAPS: frozenset[str] = frozenset()


def expected() -> list:
    out = []
    for path in FIXTURES:
        spec = answers_of(path) or {}
        for entry in spec.get("items") or []:
            for kind in ("responsible", "contributors"):
                for gold in entry.get(kind) or []:
                    pid = f"{path.stem}:{kind}:{entry['item']}:{gold}"
                    marks = (
                        [pytest.mark.xfail(strict=True, reason="not read yet")] if pid in KNOWN_GAPS else []
                    )
                    out.append(pytest.param(path, kind, str(entry["item"]), gold, id=pid, marks=marks))
    return out


def test_fixtures_cover_many_layouts():
    assert len(FIXTURES) >= 8
    for path in FIXTURES:
        spec = answers_of(path)
        assert spec and spec.get("items"), path


@pytest.mark.parametrize(("path", "kind", "item", "gold"), expected())
def test_owner_is_read(path, kind, item, gold):
    _, edges, names, _ = transfer_graph(path)
    items = items_named(names, item)
    assert items, f"{item!r} is not an entity of {path.name}"
    rel = "responsible" if kind == "responsible" else "contributes"
    got = {s for s, r, o in edges if o in items and r == rel}
    labels = sorted(next(iter(names[k])) for k in got)
    assert got & {k for k, ns in names.items() if norm_name(gold) in ns}, (
        f"{kind} of {item!r}: want {gold}, read {labels}"
    )


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_no_owner_outside_the_answers(path):
    """Precision: every owner read for an expected item is one of its expected owners."""
    spec = answers_of(path)
    _, edges, names, _ = transfer_graph(path)
    wrong = []
    for entry in spec["items"]:
        items = items_named(names, str(entry["item"]))
        for kind, rel in (("responsible", "responsible"), ("contributors", "contributes")):
            golds = {norm_name(g) for g in entry.get(kind) or []}
            for s, r, o in edges:
                if o in items and r == rel and not (names[s] & golds):
                    wrong.append((entry["item"], kind, sorted(names[s])))
    assert not wrong, wrong


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_quotes_hold(path):
    facts, _, _, text = transfer_graph(path)
    assert_quotes(text, facts.claims)
