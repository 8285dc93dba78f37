"""Transfer of the indicator readers to councils nobody tuned on: values, targets, baselines and RAG
status in the layouts councils publish performance in.

Each ``fixtures/transfer/indicators_*.txt`` is an INVENTED document (Brackenford, Westvale, Kelmouth,
Kinmuir, Cwmderwen …) in one shape: a CSP scorecard with quarter columns, a code column, an arrow for
direction of travel and RAG letters; a Health and Wellbeing Board dashboard aligned by spaces with a
national comparator column and status words; a PCC performance report as a pipe table; a progress
report with targets and baselines in sentences; a KPI table one cell per line; label/value blocks; a
summary flattened from PDF; a Welsh PSB's bulleted well-being indicators; a Scottish LOIP report
with month-range quarters, a year-to-date column and a lead partner column. The readers were not
written against these documents; each expected value is one test.

YAML of answers:

``shape``
    the layout, in words.
``indicators``: a list, each ``{name, aliases?, code?, actual?, target?, baseline?, values?, status?}``
    ``name`` (or one of ``aliases``, or ``code``) names the indicator entity after resolution.
    ``actual: [v, …]``: each is the value of an ``actual`` observation of it; ``target: v`` and
    ``baseline: v``: the value of a ``target`` (``baseline``) observation; ``values: [v, …]``: each
    the value of an observation of any measure (what the scorer's ``indicator_value`` accepts: a
    previous year's figure may fairly be read as a baseline or as the actual of that year);
    ``status``: the status code of a status observation (a list is a choice: ``[green, on-target]``).
    Numbers match within 0.01.
``owners``: ``{indicator: [owner, …]}``
    a ``responsible`` claim from the owner (a lead partner column or a 'Lead:' line) to it; a list is
    a choice.
``not``: wrong facts, checked for precision: ``[indicator, NAME]`` (no indicator bears that name:
    headers, keys, sections), ``[actual|target|baseline, INDICATOR, v]`` (no such observation:
    a comparator, a change, a year read as a value), ``[status, INDICATOR, code]``, and
    ``[funding, "*"]``: no funding flow at all (a scorecard's numbers are no money).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import answers_of, assert_quotes, transfer_fixtures, transfer_read
from transfer_answers import as_list, entity_names, fold, gap, key_of, keys_named

from ingest.model import Kind

FIXTURES = transfer_fixtures("indicators")

# Values not read yet: each is a gap in a reader, not in the fixture (strict).
KNOWN_GAPS = frozenset(
    {
        # indicators_02_hwb_dashboard_aligned_words: read since (a status run into the next aligned cell)
        # indicators_04_prose_targets_baselines: read since (a previous year in brackets)
        # indicators_06_label_value_blocks: a year label line '2023/24: 254' under 'Baseline (2022/23):' not read as the actual
        # indicators_07_pdf_run_together_arrows: PDF line 'Name 18,204 17,655 -3.0% ↓ 17,800 G' (single spaces, a change column with an arrow): nothing read
        # indicators_08_psb_wellbeing_bullets: read since (earlier values, goals, bullets wrapped onto indented lines)
        # indicators_09_cpp_loip_month_quarters: RAG words under a 'Progress' header not read as status
    }
)

# Wrong facts read now (strict, as KNOWN_GAPS).
WRONG: frozenset[str] = frozenset()  # wrong facts still read (strict): none now


def indicator_keys(path: Path, spec: dict) -> set[str]:
    names = [fold(n) for n in [spec["name"], *spec.get("aliases", [])]]
    keys = keys_named(path, names)
    if spec.get("code"):
        code = fold(spec["code"])
        keys |= {k for k, ns in entity_names(path).items() if code in ns}
    return keys


def observations(path: Path, keys: set[str]) -> list:
    _, facts, _ = transfer_read(path)
    return [o for o in facts.observations if key_of(path, o.indicator) in keys]


def near(a, b) -> bool:
    return a is not None and abs(float(a) - float(b)) < 0.01


def answered(path: Path, spec: dict, kind: str, want) -> tuple[bool, str]:
    keys = indicator_keys(path, spec)
    if not keys:
        return False, f"{spec['name']!r} is no entity of {path.name}"
    obs = observations(path, keys)
    if kind == "status":
        got = sorted({o.status or "" for o in obs if o.measure == "status" or o.status})
        return bool(set(as_list(want)) & set(got)), str(got)
    if kind == "owners":
        _, facts, _ = transfer_read(path)
        wanted = keys_named(path, [fold(w) for w in as_list(want)])
        owners = {
            key_of(path, c.subject)
            for c in facts.claims
            if str(c.rel) == "responsible" and key_of(path, c.object) in keys
        }
        names = entity_names(path)
        return bool(owners & wanted), str(sorted(min(names[k]) for k in owners if k))
    measures = {"values": None}.get(kind, kind)
    got = [(o.measure, o.period, o.value) for o in obs if measures is None or o.measure == measures]
    return any(near(v, want) for _, _, v in got), str(got)


VALUE_KINDS = ("actual", "values", "target", "baseline", "status")


def expected() -> list:
    out = []
    for path in FIXTURES:
        spec = answers_of(path) or {}
        for ind in spec.get("indicators") or []:
            for kind in VALUE_KINDS:
                if kind not in ind:
                    continue
                wants = ind[kind] if kind in ("actual", "values") else [ind[kind]]
                for want in wants:
                    pid = f"{path.stem}:{ind['name']}:{kind}:{as_list(want)[0]}"
                    out.append(pytest.param(path, ind, kind, want, id=pid, marks=gap(pid, KNOWN_GAPS)))
        specs = {ind["name"]: ind for ind in spec.get("indicators") or []}
        for name, owners in (spec.get("owners") or {}).items():
            for want in owners:
                pid = f"{path.stem}:{name}:owners:{as_list(want)[0]}"
                ind = specs.get(name, {"name": name})
                out.append(pytest.param(path, ind, "owners", want, id=pid, marks=gap(pid, KNOWN_GAPS)))
    return out


def negated() -> list:
    out = []
    for path in FIXTURES:
        for item in (answers_of(path) or {}).get("not") or []:
            pid = f"{path.stem}:not:" + ":".join(str(x) for x in item)
            out.append(pytest.param(path, item, id=pid, marks=gap(pid, WRONG, "read wrong yet")))
    return out


def wrong_facts(path: Path, item: list) -> list:
    """What was read that ``item`` (a ``not`` entry) says must not be."""
    _, facts, resolved = transfer_read(path)
    if item[0] == "funding":
        return [(f.funder.name, f.recipient.name, f.amount) for f in facts.fundings]
    if item[0] == "indicator":
        keys = keys_named(path, [fold(item[1])])
        return [k for k in keys if resolved.entities[k].kind is Kind.INDICATOR]
    kind, name, value = item
    obs = observations(path, indicator_keys(path, {"name": name}))
    if kind == "status":
        return [o.status for o in obs if o.status == value]
    return [(o.measure, o.period, o.value) for o in obs if o.measure == kind and near(o.value, value)]


def test_every_fixture_has_answers():
    assert len(FIXTURES) >= 8
    for path in FIXTURES:
        spec = answers_of(path)
        assert spec and spec.get("shape") and spec.get("indicators"), path


@pytest.mark.parametrize(("path", "ind", "kind", "want"), expected())
def test_expected_value_is_read(path, ind, kind, want):
    ok, read = answered(path, ind, kind, want)
    assert ok, f"{kind} of {ind['name']!r}: want {want}, read {read}"


@pytest.mark.parametrize(("path", "item"), negated())
def test_wrong_fact_is_not_read(path, item):
    bad = wrong_facts(path, item)
    assert not bad, bad


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_quotes_hold(path):
    """Every observation's and claim's quote is the text of the lines it names."""
    text, facts, _ = transfer_read(path)
    assert_quotes(text, [*facts.observations, *facts.claims])


if __name__ == "__main__":  # the figure: values read of values expected, and what is missed
    got = total = 0
    for param in expected():
        ok, read = answered(*param.values)
        total += 1
        got += ok
        if not ok:
            print(f"MISS {param.id}  read={read[:160]}")
    for param in negated():
        bad = wrong_facts(*param.values)
        if bad:
            print(f"WRONG {param.id} {bad}")
    print(f"indicator answers read: {got}/{total}")
