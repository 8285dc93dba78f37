"""Reporting structure: groups with no stated reporting line, reporting cycles, and the chain of
bodies each group answers to, up to the top.

A reporting line is a ``reports_to`` or ``subgroup_of`` claim, read upwards (from the group to
the body it answers to).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from ._common import (
    REPLACED_BY,
    REPORTS_TO,
    SUBGROUP_OF,
    evidence_of,
    label_key,
    merge_evidence,
    node_evidence,
    of_type,
    out_edges,
    ref,
)

LINES = (REPORTS_TO, SUBGROUP_OF)


def reporting_graph(G: nx.MultiDiGraph, *, relations: Iterable[str] = LINES) -> nx.DiGraph:
    """The reporting lines as a simple directed graph; each edge keeps ``relations`` and ``evidence``.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("jag", "csp", relation="reports_to", evidence=[])
    >>> _ = G.add_edge("jag", "csp", relation="subgroup_of", evidence=[])
    >>> reporting_graph(G).edges["jag", "csp"]["relations"]
    ['reports_to', 'subgroup_of']
    """
    wanted = set(relations)
    R = nx.DiGraph()
    for u, v, data in G.edges(data=True):
        rel = data.get("relation")
        if rel in wanted:
            if R.has_edge(u, v):
                e = R.edges[u, v]
                e["relations"] = sorted(set(e["relations"]) | {rel})
                e["evidence"] = merge_evidence(e["evidence"], evidence_of(data))
            else:
                R.add_edge(u, v, relations=[rel], evidence=merge_evidence(evidence_of(data)))
    return R


def unattached_groups(G: nx.MultiDiGraph, *, types: Iterable[str] = ("group",)) -> dict:
    """Groups with no stated reporting line: neither ``reports_to`` nor ``subgroup_of`` anything.

    Bodies stated to have been replaced are left out (they ended). A group others report to is
    flagged ``has_subgroups``: it heads a structure but its own line upwards is not stated.

    Returns
    -------
    dict
        ``groups``: rows ``{group, has_subgroups, subgroups, evidence}``; ``counts``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("jag", {"type": "group"}), ("panel", {"type": "group"})])
    >>> G.add_node("csp", type="partnership")
    >>> _ = G.add_edge("jag", "csp", relation="reports_to", evidence=[])
    >>> [r["group"]["id"] for r in unattached_groups(G)["groups"]]
    ['panel']
    """
    rows: list[dict[str, Any]] = []
    groups = of_type(G, types)
    for g in groups:
        if out_edges(G, g, LINES) or out_edges(G, g, REPLACED_BY):
            continue
        below = sorted(
            {u for u, _, d in G.in_edges(g, data=True) if d.get("relation") in LINES},
            key=lambda n: label_key(G, n),
        )
        rows.append(
            {
                "group": ref(G, g),
                "has_subgroups": bool(below),
                "subgroups": [ref(G, b) for b in below],
                "evidence": node_evidence(G, g),
            }
        )
    rows.sort(key=lambda r: (r["has_subgroups"], r["group"]["label"].casefold()))
    return {"groups": rows, "counts": {"groups": len(groups), "unattached": len(rows)}}


def reporting_cycles(G: nx.MultiDiGraph, *, limit: int = 100) -> dict:
    """Reporting cycles: groups that, following reporting lines upwards, answer to themselves.

    Returns
    -------
    dict
        ``cycles``: rows ``{bodies, evidence}`` (``bodies`` in reporting order, the first
        repeated implicitly at the end), at most ``limit``; ``counts``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", relation="reports_to", evidence=[])
    >>> _ = G.add_edge("b", "a", relation="subgroup_of", evidence=[])
    >>> [[b["id"] for b in c["bodies"]] for c in reporting_cycles(G)["cycles"]]
    [['a', 'b']]
    """
    R = reporting_graph(G)
    rows = []
    for cycle in nx.simple_cycles(R):
        start = cycle.index(min(cycle))  # one rotation per cycle, so output is stable
        cycle = cycle[start:] + cycle[:start]
        steps = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        rows.append(
            {
                "bodies": [ref(G, n) for n in cycle],
                "evidence": merge_evidence(*(R.edges[u, v]["evidence"] for u, v in steps)),
            }
        )
        if len(rows) >= limit:
            break
    rows.sort(key=lambda r: [b["id"] for b in r["bodies"]])
    return {"cycles": rows, "counts": {"cycles": len(rows)}}


def reporting_chain(G: nx.MultiDiGraph, group: str, *, max_chains: int = 20) -> dict:
    """Every chain of reporting lines from ``group`` up to a body that reports to nothing.

    A chain stops before it would revisit a body, so cycles end chains instead of looping.

    Returns
    -------
    dict
        ``group``; ``chains``: lists of steps ``{body, relations, evidence}`` from the group's
        first line to the top; ``tops``: the bodies the chains end at.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("youth-jag", "jag", relation="subgroup_of", evidence=[])
    >>> _ = G.add_edge("jag", "csp", relation="reports_to", evidence=[])
    >>> out = reporting_chain(G, "youth-jag")
    >>> [[s["body"]["id"] for s in c] for c in out["chains"]], [t["id"] for t in out["tops"]]
    ([['jag', 'csp']], ['csp'])
    """
    R = reporting_graph(G)
    chains: list[list[str]] = []
    if group in R:
        stack: list[list[str]] = [[group]]
        while stack and len(chains) < max_chains:
            path = stack.pop()
            ahead = sorted(
                (n for n in R.successors(path[-1]) if n not in path),
                key=lambda n: label_key(G, n),
                reverse=True,
            )
            if not ahead:
                if len(path) > 1:
                    chains.append(path)
                continue
            stack.extend(path + [n] for n in ahead)
    rows = [
        [
            {
                "body": ref(G, v),
                "relations": R.edges[u, v]["relations"],
                "evidence": R.edges[u, v]["evidence"],
            }
            for u, v in zip(path, path[1:], strict=False)
        ]
        for path in chains
    ]
    tops = sorted({p[-1] for p in chains}, key=lambda n: label_key(G, n))
    return {"group": ref(G, group), "chains": rows, "tops": [ref(G, t) for t in tops]}


def reporting_chains(G: nx.MultiDiGraph, *, types: Iterable[str] = ("group", "partnership")) -> dict:
    """The reporting chains of every group that has a reporting line.

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("jag", {"type": "group"}), ("csp", {"type": "partnership"})])
    >>> _ = G.add_edge("jag", "csp", relation="reports_to", evidence=[])
    >>> [c["group"]["id"] for c in reporting_chains(G)["chains"]]
    ['jag']
    """
    rows = [reporting_chain(G, g) for g in of_type(G, types)]
    rows = [r for r in rows if r["chains"]]
    rows.sort(key=lambda r: (-max(len(c) for c in r["chains"]), r["group"]["label"].casefold()))
    return {"chains": rows, "counts": {"groups_with_lines": len(rows)}}


def structure(G: nx.MultiDiGraph) -> dict:
    """Every structure check at once.

    >>> sorted(structure(nx.MultiDiGraph()))
    ['chains', 'cycles', 'unattached']
    """
    return {"unattached": unattached_groups(G), "cycles": reporting_cycles(G), "chains": reporting_chains(G)}
