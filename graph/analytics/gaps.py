"""Accountability gaps: items nobody answers for, priorities nobody measures, indicators without a
target or a recent value.

An *item* is an action, indicator, priority or funded project. Its owners are the subjects of
``responsible`` claims about it; ``contributes`` claims name contributors, not owners. An
indicator that measures an owned item is owned through it (``inherit``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import networkx as nx

from ._common import (
    CONTRIBUTES,
    FUNDS,
    HOLDS,
    INDICATOR_OF,
    ITEM_TYPES,
    evidence_of,
    fact_date,
    in_edges,
    iso,
    label_key,
    latest_status,
    merge_evidence,
    node_evidence,
    observations,
    of_type,
    out_edges,
    owner_refs,
    owners_of,
    ref,
)

CATEGORIES = ("unowned", "contributors_only", "person_without_post")


def _has_post(G: nx.MultiDiGraph, person: str) -> bool:
    return bool(out_edges(G, person, HOLDS))


def ownership_gaps(G: nx.MultiDiGraph, *, types: Iterable[str] = ITEM_TYPES, inherit: bool = True) -> dict:
    """Items with no responsible owner, owned only by people with no post, or only contributed to.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projected graph (see :mod:`graph.analytics`).
    types : iterable of str
        The node types that count as items.
    inherit : bool
        Count an item as owned when it measures (``indicator_of``) an item that has an owner.

    Returns
    -------
    dict
        ``gaps``: one row per item in a gap, ``{item, category, owners, contributors, evidence}``
        with ``category`` one of ``unowned``, ``contributors_only``, ``person_without_post``;
        ``inherited``: items owned only through what they measure, ``{item, via, owners}``;
        ``counts``: items checked, and gaps by category and by item type.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a1", type="action", label="Run the JAG")
    >>> G.add_node("a2", type="action", label="Fund the pastors")
    >>> G.add_node("p", type="post", label="Community Safety Manager")
    >>> _ = G.add_edge("p", "a1", relation="responsible", evidence=[])
    >>> [(g["item"]["id"], g["category"]) for g in ownership_gaps(G)["gaps"]]
    [('a2', 'unowned')]
    """
    items = of_type(G, types)
    direct = {n: owners_of(G, n) for n in items}
    gaps, inherited = [], []
    counts: dict[str, Any] = {"items": len(items), **{c: 0 for c in CATEGORIES}, "by_type": {}}
    for n in items:
        owners = direct[n]
        if owners and not all(G.nodes[o].get("type") == "person" and not _has_post(G, o) for o in owners):
            continue
        if not owners and inherit:
            via = {}
            for _, target, _ in out_edges(G, n, INDICATOR_OF):
                target_owners = direct.get(target) or owners_of(G, target)
                if target_owners:
                    via[target] = target_owners
            if via:
                inherited.append(
                    {
                        "item": ref(G, n),
                        "via": [ref(G, t) for t in sorted(via, key=lambda t: label_key(G, t))],
                        "owners": owner_refs(
                            G, {o: ev for owners in via.values() for o, ev in owners.items()}
                        ),
                    }
                )
                continue
        contributors = owners_of(G, n, CONTRIBUTES)
        category = "person_without_post" if owners else "contributors_only" if contributors else "unowned"
        evidence = merge_evidence(*owners.values(), *contributors.values())
        if not evidence:
            funding = [evidence_of(d) for _, _, d in in_edges(G, n, FUNDS)]
            evidence = merge_evidence(*funding)[:3] or node_evidence(G, n)
        gaps.append(
            {
                "item": ref(G, n),
                "category": category,
                "owners": owner_refs(G, owners),
                "contributors": owner_refs(G, contributors),
                "status": latest_status(G, n),
                "evidence": evidence,
            }
        )
        counts[category] += 1
        kind = G.nodes[n].get("type")
        counts["by_type"][kind] = counts["by_type"].get(kind, 0) + 1
    return {"gaps": gaps, "inherited": inherited, "counts": counts}


def priorities_without_indicator(G: nx.MultiDiGraph, *, types: Iterable[str] = ("priority",)) -> dict:
    """Priorities that no indicator measures, directly or through one of their actions.

    Returns
    -------
    dict
        ``priorities``: ``{item, actions, evidence}`` rows (``actions``: the priority's actions,
        none of which has an indicator); ``counts``: priorities checked and found.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p1", type="priority", label="Safer streets")
    >>> G.add_node("p2", type="priority", label="Best start")
    >>> G.add_node("i", type="indicator", label="Crime rate")
    >>> _ = G.add_edge("i", "p1", relation="indicator_of", evidence=[])
    >>> [r["item"]["id"] for r in priorities_without_indicator(G)["priorities"]]
    ['p2']
    """
    rows = []
    priorities = of_type(G, types)
    for p in priorities:
        measuring = [u for u, _, _ in in_edges(G, p, INDICATOR_OF)]
        if any(G.nodes[u].get("type") == "indicator" for u in measuring):
            continue
        actions = [u for u in measuring if G.nodes[u].get("type") == "action"]
        if any(
            G.nodes[i].get("type") == "indicator" for a in actions for i, _, _ in in_edges(G, a, INDICATOR_OF)
        ):
            continue
        rows.append(
            {"item": ref(G, p), "actions": [ref(G, a) for a in actions], "evidence": node_evidence(G, p)}
        )
    return {"priorities": rows, "counts": {"priorities": len(priorities), "without_indicator": len(rows)}}


def indicator_gaps(
    G: nx.MultiDiGraph,
    *,
    as_at: str | dt.date | None = None,
    max_age_days: int = 400,
    types: Iterable[str] = ("indicator",),
) -> dict:
    """Indicators with no target, with no actual value, or whose latest actual is old.

    Parameters
    ----------
    as_at : date or ISO string, optional
        The day the review looks from; default the latest document date in ``G``.
    max_age_days : int
        An actual from a document dated more than this many days before ``as_at`` is stale.

    Returns
    -------
    dict
        ``no_target``, ``no_value``, ``stale``: rows ``{item, status, latest, evidence}``
        (``latest``: the date of the newest actual); ``counts``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("i", type="indicator", label="Recycling rate", observations=[
    ...     {"measure": "actual", "value": 43.8, "period": "Q3", "date": "2019-01-10", "evidence": []}])
    >>> out = indicator_gaps(G, as_at="2020-06-01")
    >>> [r["item"]["id"] for r in out["no_target"]], [r["item"]["id"] for r in out["stale"]]
    (['i'], ['i'])
    """
    indicators = of_type(G, types)
    reference = iso(as_at) or _latest_document_date(G)
    rows: dict[str, list[dict]] = {"no_target": [], "no_value": [], "stale": []}
    for n in indicators:
        obs = observations(G, n)
        targets = [o for o in obs if o.get("measure") == "target" and o.get("value") is not None]
        actuals = [o for o in obs if o.get("measure") == "actual" and o.get("value") is not None]
        dates = [o["date"] for o in actuals if o.get("date")]
        row = {
            "item": ref(G, n),
            "status": latest_status(G, n),
            "latest": max(dates) if dates else None,
            "evidence": merge_evidence(*(evidence_of(o) for o in obs))[:3] or node_evidence(G, n),
        }
        if not targets:
            rows["no_target"].append(row)
        if not actuals:
            rows["no_value"].append(row)
        elif reference and dates and _days(max(dates), reference) > max_age_days:
            rows["stale"].append(row | {"age_days": _days(max(dates), reference)})
    counts = {"indicators": len(indicators), **{k: len(v) for k, v in rows.items()}, "as_at": reference}
    return rows | {"counts": counts}


def _days(earlier: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _latest_document_date(G: nx.MultiDiGraph) -> str | None:
    dates = [iso(info.get("date")) for info in (G.graph.get("documents") or {}).values()]
    dates += [fact_date(G, d) for _, _, d in G.edges(data=True)]
    known = [d for d in dates if d]
    return max(known) if known else None


def gaps(G: nx.MultiDiGraph, *, as_at: str | dt.date | None = None, inherit: bool = True) -> dict:
    """Every gap check at once: ``ownership``, ``priorities`` and ``indicators``.

    >>> sorted(gaps(nx.MultiDiGraph()))
    ['indicators', 'ownership', 'priorities']
    """
    return {
        "ownership": ownership_gaps(G, inherit=inherit),
        "priorities": priorities_without_indicator(G),
        "indicators": indicator_gaps(G, as_at=as_at),
    }
