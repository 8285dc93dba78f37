"""Transfer of the funding readers to documents nobody tuned on.

Each ``fixtures/transfer/funding_*.txt`` is an INVENTED document (Northshire, Westvale, Kelmouth ...)
in one of the styles councils and Police and Crime Commissioners publish funding in: decision
notices, grants lists, tables with a column per year, allocation lists, cabinet reports, minutes,
press releases, budgets, text flattened from PDF. The ``.yaml`` beside it names the shape and the
flows a user would ask ``/funding`` about: funder, recipient, amount and, when the text gives it,
period. A name may be a list of the names a reader may fairly give (the fund, or the body holding
it). A flow counts when a Funding fact's funder and recipient ENTITIES (after resolution) bear those
names, case and punctuation folded as the scorer folds them, with the amount equal and the period
equal when one is expected. ``not_recipients`` are names no flow may go to (total rows, headers).
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

FIXTURES = transfer_fixtures("funding")


def period(text: str | None) -> str:
    return re.sub(r"\s+", "", (text or "")).replace("-", "/").replace("\u2013", "/")


def as_list(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def read(path: Path) -> list[tuple[set[str], set[str], float | None, str | None]]:
    """(funder names, recipient names, amount, period) of every flow read from the fixture."""
    text, facts, resolved = transfer_read(path)
    assert_quotes(text, facts.fundings)  # every quote is found in the lines it names
    out = []
    for f in facts.fundings:
        funder = resolved.entities[resolved.key_of[f.funder]]
        recipient = resolved.entities[resolved.key_of[f.recipient]]
        out.append(
            ({funder.label, *funder.aliases}, {recipient.label, *recipient.aliases}, f.amount, f.period)
        )
    return out


def _matches(want: dict, got) -> bool:
    funders, recipients, amount, when = got
    return (
        any(same_name(w, n) for w in as_list(want["funder"]) for n in funders)
        and any(same_name(w, n) for w in as_list(want["recipient"]) for n in recipients)
        and amount is not None
        and abs(amount - float(want["amount"])) < 0.01
        and ("period" not in want or period(str(want["period"])) in period(when).split(","))
    )


def check(path: Path) -> tuple[list[str], list[str], int]:
    """(flows missed, flows to names that are no recipient, flows expected) for one fixture."""
    gold = answers_of(path)
    got = read(path)
    missed = [
        f"{as_list(w['funder'])[0]} -> {as_list(w['recipient'])[0]} {w['amount']} {w.get('period', '')}"
        for w in gold["flows"]
        if not any(_matches(w, g) for g in got)
    ]
    wrong = [
        f"-> {bad}"
        for bad in gold.get("not_recipients", [])
        for _, recipients, _, _ in got
        if any(same_name(bad, r) for r in recipients)
    ]
    return missed, sorted(set(wrong)), len(gold["flows"])


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_funding_transfer(path: Path):
    missed, wrong, _ = check(path)
    assert not missed, f"flows not read: {missed}"
    assert not wrong, f"flows to names that are no recipient: {wrong}"


def test_there_are_enough_fixtures():
    assert len(FIXTURES) >= 14


if __name__ == "__main__":  # the figure: flows read of flows expected
    transfer_figure(FIXTURES, check, "funding flows read", "wrong")
