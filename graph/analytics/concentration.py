"""Concentration of accountability: who answers for the most items, which items hang on one
owner, and which organisations sit across the most groups.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from ._common import (
    HOLDS,
    ITEM_TYPES,
    OWNER_TYPES,
    REPORTS_TO,
    RESPONSIBLE,
    SEATS,
    SUBGROUP_OF,
    edges,
    evidence_of,
    label_key,
    merge_evidence,
    of_type,
    owners_of,
    ref,
)


def owner_load(
    G: nx.MultiDiGraph,
    *,
    owner_types: Iterable[str] = OWNER_TYPES,
    item_types: Iterable[str] = ITEM_TYPES,
    top: int | None = None,
) -> dict:
    """Posts and people ranked by how many items they are responsible for.

    Parameters
    ----------
    owner_types : iterable of str
        Node types ranked (posts and people by default; add ``"service"`` for teams).
    item_types : iterable of str
        Node types that count as items.
    top : int, optional
        Keep only the first ``top`` owners.

    Returns
    -------
    dict
        ``owners``: rows ``{owner, items, sole, item_ids, holders, evidence}`` by ``items``
        descending (``sole``: items with no other owner; ``holders``: people holding a post);
        ``counts``: owners ranked and items with an owner.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("m", type="post", label="Manager")
    >>> G.add_node("t", type="person", label="Tim")
    >>> for a in ("a1", "a2"):
    ...     G.add_node(a, type="action", label=a)
    ...     _ = G.add_edge("m", a, relation="responsible", evidence=[])
    >>> _ = G.add_edge("t", "a2", relation="responsible", evidence=[])
    >>> [(r["owner"]["id"], r["items"], r["sole"]) for r in owner_load(G)["owners"]]
    [('m', 2, 1), ('t', 1, 0)]
    """
    kinds, item_kinds = set(owner_types), set(item_types)
    owned: dict[str, dict[str, list[dict]]] = {}
    owner_count: dict[str, int] = {}
    for u, v, data in edges(G, RESPONSIBLE):
        if G.nodes[v].get("type") not in item_kinds:
            continue
        owner_count.setdefault(v, 0)
        if G.nodes[u].get("type") in kinds:
            owned.setdefault(u, {})
            owned[u][v] = merge_evidence(owned[u].get(v, []), evidence_of(data))
    item_owners = {v: len(owners_of(G, v)) for v in owner_count}
    rows: list[dict[str, Any]] = []
    for owner, items in owned.items():
        holders = [ref(G, p) for p, _, d in G.in_edges(owner, data=True) if d.get("relation") == HOLDS]
        rows.append(
            {
                "owner": ref(G, owner),
                "items": len(items),
                "sole": sum(1 for i in items if item_owners[i] == 1),
                "item_ids": sorted(items, key=lambda i: label_key(G, i)),
                "holders": sorted({h["id"]: h for h in holders}.values(), key=lambda h: h["label"]),
                "evidence": merge_evidence(*items.values()),
            }
        )
    rows.sort(key=lambda r: (-r["items"], -r["sole"], r["owner"]["label"].casefold()))
    return {
        "owners": rows[:top] if top else rows,
        "counts": {"owners": len(rows), "items_with_owner": len(owner_count)},
    }


def single_points_of_failure(
    G: nx.MultiDiGraph,
    *,
    owner_types: Iterable[str] = OWNER_TYPES,
    item_types: Iterable[str] = ITEM_TYPES,
) -> dict:
    """Items whose only responsible owner is one post (or one person).

    Returns
    -------
    dict
        ``items``: rows ``{item, owner, evidence}``; ``by_owner``: owner id -> how many such
        items; ``counts``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("m", {"type": "post"}), ("a", {"type": "action"}), ("b", {"type": "action"})])
    >>> G.add_node("s", type="service")
    >>> _ = G.add_edge("m", "a", relation="responsible", evidence=[])
    >>> _ = G.add_edge("m", "b", relation="responsible", evidence=[])
    >>> _ = G.add_edge("s", "b", relation="responsible", evidence=[])
    >>> [r["item"]["id"] for r in single_points_of_failure(G)["items"]]
    ['a']
    """
    kinds = set(owner_types)
    rows: list[dict[str, Any]] = []
    for item in of_type(G, item_types):
        owners = owners_of(G, item)
        if len(owners) == 1:
            ((owner, evidence),) = owners.items()
            if G.nodes[owner].get("type") in kinds:
                rows.append({"item": ref(G, item), "owner": ref(G, owner), "evidence": evidence})
    by_owner: dict[str, int] = {}
    for r in rows:
        by_owner[r["owner"]["id"]] = by_owner.get(r["owner"]["id"], 0) + 1
    rows.sort(key=lambda r: (-by_owner[r["owner"]["id"]], r["owner"]["label"].casefold(), r["item"]["label"]))
    return {"items": rows, "by_owner": by_owner, "counts": {"items": len(rows), "owners": len(by_owner)}}


def organisation_centrality(
    G: nx.MultiDiGraph,
    *,
    org_types: Iterable[str] = ("organisation", "service"),
    group_types: Iterable[str] = ("group", "partnership"),
    k: int | None = None,
    seed: int | None = None,
    top: int | None = None,
) -> dict:
    """Degree and betweenness centrality of organisations in the network of groups.

    The network is undirected: an organisation is linked to each group or partnership it is a
    member, chair or vice-chair of, and groups to the groups they report to or sit under.
    Betweenness is exact unless ``k`` asks for a sample of ``k`` sources, drawn with ``seed``.

    Returns
    -------
    dict
        ``organisations``: rows ``{organisation, groups, degree, betweenness, evidence}`` by
        betweenness then degree, descending; ``network``: node and edge counts.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("police", {"type": "organisation"}), ("council", {"type": "organisation"})])
    >>> G.add_nodes_from([("csp", {"type": "partnership"}), ("cfp", {"type": "partnership"})])
    >>> for org, group in [("police", "csp"), ("police", "cfp"), ("council", "csp")]:
    ...     _ = G.add_edge(org, group, relation="member", evidence=[])
    >>> [r["organisation"]["id"] for r in organisation_centrality(G)["organisations"]]
    ['police', 'council']
    """
    orgs, groups = set(of_type(G, org_types)), set(of_type(G, group_types))
    net = nx.Graph()
    evidence: dict[tuple, list[dict]] = {}
    for u, v, data in edges(G, SEATS):
        if u in orgs and v in groups:
            net.add_edge(u, v)
            evidence[(u, v)] = merge_evidence(evidence.get((u, v), []), evidence_of(data))
    for u, v, _ in edges(G, (SUBGROUP_OF, REPORTS_TO)):
        if u in groups and v in groups:
            net.add_edge(u, v)
    if net.number_of_nodes() == 0:
        return {"organisations": [], "network": {"nodes": 0, "edges": 0}}
    degree = nx.degree_centrality(net)
    betweenness = nx.betweenness_centrality(net, k=k, seed=seed)
    rows = []
    for org in orgs & set(net):
        linked = sorted((g for g in net[org] if g in groups), key=lambda g: label_key(G, g))
        rows.append(
            {
                "organisation": ref(G, org),
                "groups": [ref(G, g) for g in linked],
                "degree": round(degree[org], 4),
                "betweenness": round(betweenness[org], 4),
                "evidence": merge_evidence(*(evidence.get((org, g), []) for g in linked)),
            }
        )
    rows.sort(key=lambda r: (-r["betweenness"], -len(r["groups"]), r["organisation"]["label"].casefold()))
    return {
        "organisations": rows[:top] if top else rows,
        "network": {"nodes": net.number_of_nodes(), "edges": net.number_of_edges()},
    }


def concentration(G: nx.MultiDiGraph, *, top: int | None = 10, seed: int | None = None) -> dict:
    """Every concentration measure at once.

    >>> sorted(concentration(nx.MultiDiGraph()))
    ['centrality', 'load', 'single_points_of_failure']
    """
    return {
        "load": owner_load(G, top=top),
        "single_points_of_failure": single_points_of_failure(G),
        "centrality": organisation_centrality(G, seed=seed, top=top),
    }
