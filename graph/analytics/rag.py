"""RAG integrity: reported statuses checked against actual and target, statuses that never move,
and indicators rated without the numbers to rate them.

Whether higher or lower is better is read from the indicator's words (:func:`direction`):
"reduction", "reduce", "residual waste", "crime" and the like mean lower is better; anything
else, higher. A node attribute ``direction`` (``"lower"``/``"higher"``) overrides the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import networkx as nx

from ._common import (
    INDICATOR_OF,
    evidence_of,
    label_key,
    latest_status,
    merge_evidence,
    observation_order,
    observations,
    out_edges,
    owner_refs,
    owners_of,
    ref,
)

LOWER_IS_BETTER = re.compile(
    r"\b(?:reduc(?:e|es|ed|ing|tion)|residual(?:\s+\w+)?\s+waste|crimes?|offen(?:ces?|ding)|"
    r"waiting times?|delays?|absence|vacanc(?:y|ies)|complaints?|deaths?|re-?offending)\b",
    re.IGNORECASE,
)
# What a reported status claims about the target: met (green) or missed (amber/red).
LEVEL = {
    "green": "green",
    "on-target": "green",
    "completed": "green",
    "amber": "amber",
    "red": "red",
    "off-target": "red",
}
RANK = {"green": 0, "amber": 1, "red": 2}


def direction(label: str) -> str:
    """``"lower"`` when the words say lower is better, else ``"higher"``.

    >>> direction("Residual household waste per household"), direction("Reduction in all crime")
    ('lower', 'lower')
    >>> direction("Number of trees allocated to residents")
    'higher'
    """
    return "lower" if LOWER_IS_BETTER.search(label or "") else "higher"


def expected_status(actual: float, target: float, better: str, *, amber_tolerance: float = 0.05) -> str:
    """The status ``actual`` earns against ``target``: green when met, amber when missed by at
    most ``amber_tolerance`` of the target, red otherwise.

    >>> expected_status(444, 440, "lower"), expected_status(43.84, 50, "higher")
    ('amber', 'red')
    >>> expected_status(251429, 250000, "higher")
    'green'
    """
    met = actual <= target if better == "lower" else actual >= target
    if met:
        return "green"
    if target and abs(actual - target) / abs(target) <= amber_tolerance:
        return "amber"
    return "red"


def _latest(obs: list[dict], measure: str) -> dict | None:
    found = [o for o in obs if o.get("measure") == measure and o.get("value") is not None]
    return max(found, key=observation_order) if found else None


def _owners(G: nx.MultiDiGraph, n: str) -> list[dict]:
    owners = owners_of(G, n)
    if not owners:  # an indicator answers to the owner of what it measures
        for _, target, _ in out_edges(G, n, INDICATOR_OF):
            owners.update(owners_of(G, target))
    return owner_refs(G, owners)


def rag_integrity(
    G: nx.MultiDiGraph,
    *,
    types: Iterable[str] = ("indicator",),
    amber_tolerance: float = 0.05,
    strict: bool = False,
    unchanged_periods: int = 3,
    better: Callable[[str], str] = direction,
) -> dict:
    """Reported RAG statuses recomputed from the latest actual and target.

    Parameters
    ----------
    types : iterable of str
        Node types whose numbers are checked (rated actions usually have none).
    amber_tolerance : float
        A miss by at most this share of the target is amber rather than red.
    strict : bool
        Also count amber reported where red is earned (and the reverse) as a mismatch;
        by default only met (green) against missed (amber or red) counts.
    unchanged_periods : int
        A status repeated over at least this many periods in a row is reported as unchanged.
    better : callable
        Label -> ``"lower"`` or ``"higher"``; :func:`direction` by default.

    Returns
    -------
    dict
        ``checked``: every indicator with a reported status, an actual and a target:
        ``{item, direction, actual, target, period, reported, expected, agrees, owners, evidence}``;
        ``mismatches``: those where ``agrees`` is false, with ``kind`` ``overstated`` (reported
        better than earned) or ``understated``; ``unverifiable``: a status (not "not started")
        reported without a target or an actual; ``missing_actuals``: a target or a status but no
        actual; ``unchanged``: ``{item, status, periods}``; ``statuses``: every node's latest
        status, ``{item, status, owners, evidence}``; ``counts``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ki4", type="indicator", label="Household waste recycled", observations=[
    ...     {"measure": "actual", "value": 51.0, "period": "Q3", "evidence": []},
    ...     {"measure": "target", "value": 50.0, "evidence": []},
    ...     {"measure": "status", "status": "red", "evidence": []}])
    >>> out = rag_integrity(G)
    >>> [(m["item"]["id"], m["reported"], m["expected"], m["kind"]) for m in out["mismatches"]]
    [('ki4', 'red', 'green', 'understated')]
    """
    kinds = set(types)
    rows: dict[str, list[dict]] = {
        "checked": [],
        "mismatches": [],
        "unverifiable": [],
        "missing_actuals": [],
        "unchanged": [],
        "statuses": [],
    }
    for n in sorted((n for n in G if observations(G, n)), key=lambda n: label_key(G, n)):
        obs = observations(G, n)
        status_obs = sorted((o for o in obs if o.get("status")), key=observation_order)
        reported = status_obs[-1]["status"] if status_obs else None
        if reported:
            rows["statuses"].append(
                {
                    "item": ref(G, n),
                    "status": reported,
                    "owners": _owners(G, n),
                    "evidence": merge_evidence(evidence_of(status_obs[-1])),
                }
            )
        if G.nodes[n].get("type") not in kinds:
            continue
        run = _unchanged(status_obs)
        if len(run) >= unchanged_periods:
            rows["unchanged"].append(
                {
                    "item": ref(G, n),
                    "status": reported,
                    "periods": [o.get("period") or o.get("date") for o in run],
                    "evidence": merge_evidence(*(evidence_of(o) for o in run)),
                }
            )
        actual, target = _latest(obs, "actual"), _latest(obs, "target")
        level = LEVEL.get(reported or "")
        base = {"item": ref(G, n), "reported": reported, "owners": _owners(G, n)}
        if not actual and (target or level):
            rows["missing_actuals"].append(
                base
                | {"target": target["value"] if target else None, "evidence": _evidence(status_obs, target)}
            )
        if level and not (actual and target):
            missing = [name for name, o in (("target", target), ("actual", actual)) if not o]
            rows["unverifiable"].append(
                base
                | {
                    "missing": missing,
                    "actual": actual["value"] if actual else None,
                    "period": actual.get("period") if actual else None,
                    "evidence": _evidence(status_obs, actual, target),
                }
            )
        if not (level and actual and target):
            continue
        way = G.nodes[n].get("direction") or better(G.nodes[n].get("label") or "")
        expected = expected_status(actual["value"], target["value"], way, amber_tolerance=amber_tolerance)
        agrees = (RANK[level] == RANK[expected]) if strict else ((level == "green") == (expected == "green"))
        row = base | {
            "direction": way,
            "actual": actual["value"],
            "target": target["value"],
            "period": actual.get("period"),
            "expected": expected,
            "agrees": agrees,
            "evidence": _evidence(status_obs, actual, target),
        }
        rows["checked"].append(row)
        if not agrees:
            kind = "overstated" if RANK[level] < RANK[expected] else "understated"
            rows["mismatches"].append(row | {"kind": kind})
    by_status: dict[str, int] = {}
    for r in rows["statuses"]:
        by_status[r["status"]] = by_status.get(r["status"], 0) + 1
    counts = {k: len(v) for k, v in rows.items()} | {"by_status": by_status}
    return rows | {"counts": counts}


def _evidence(status_obs: list[dict], *more: dict | None) -> list[dict]:
    return merge_evidence(*(evidence_of(o) for o in (status_obs[-1:] + [m for m in more if m])))


def _unchanged(status_obs: list[dict]) -> list[dict]:
    """The trailing run of one status over distinct periods (one observation per period)."""
    by_period: dict[tuple, dict] = {}
    for o in status_obs:
        by_period[observation_order(o)] = o
    ordered = [by_period[k] for k in sorted(by_period)]
    run: list[dict] = []
    for o in reversed(ordered):
        if run and o["status"] != run[0]["status"]:
            break
        run.insert(0, o)
    return run if any(o.get("period") or o.get("date") for o in run) else []


def rag(G: nx.MultiDiGraph, **options) -> dict:
    """:func:`rag_integrity` under the topic's name.

    >>> rag(nx.MultiDiGraph())["counts"]["checked"]
    0
    """
    return rag_integrity(G, **options)


__all__ = ["direction", "expected_status", "latest_status", "rag", "rag_integrity"]
