"""Contradictions across documents: the same item given different owners, the same funding line
different amounts, the same indicator different targets. Nothing is resolved: every version is
kept, with the document, its date and the evidence that states it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from ._common import (
    CHAIR,
    FUNDS,
    RESPONSIBLE,
    VICE_CHAIR,
    document_date,
    documents_of,
    edges,
    evidence_of,
    label_key,
    merge_evidence,
    observations,
    ref,
)


def _doc_of(data: dict) -> str | None:
    docs = sorted(documents_of(data))
    return data.get("document") or (docs[0] if docs else None)


def _versions(G: nx.MultiDiGraph, by_doc: dict[str, dict]) -> list[dict]:
    out = [v | {"document": d, "date": document_date(G, d)} for d, v in by_doc.items()]
    return sorted(out, key=lambda v: (v["date"] or "", v["document"]))


def owner_contradictions(
    G: nx.MultiDiGraph, *, relations: Iterable[str] = (RESPONSIBLE, CHAIR, VICE_CHAIR)
) -> list[dict]:
    """Items (or groups) whose owners (or chairs) differ from one document to another.

    Returns
    -------
    list of dict
        ``{item, relation, kind, versions}``; ``kind`` is ``disjoint`` (no owner in common) or
        ``different``; each version is ``{document, date, owners, evidence}``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> ev = lambda doc: [{"document": doc, "line_start": 1, "line_end": 1, "quote": "..."}]
    >>> _ = G.add_edge("manager", "pi-1", relation="responsible", evidence=ev("2019.txt"), document="2019.txt")
    >>> _ = G.add_edge("officer", "pi-1", relation="responsible", evidence=ev("2020.txt"), document="2020.txt")
    >>> [(c["item"]["id"], c["kind"], [v["owners"][0]["id"] for v in c["versions"]])
    ...  for c in owner_contradictions(G)]
    [('pi-1', 'disjoint', ['manager', 'officer'])]
    """
    stated: dict[tuple, dict[str, dict[str, list[dict]]]] = defaultdict(lambda: defaultdict(dict))
    for u, v, data in edges(G, relations):
        doc = _doc_of(data)
        if doc:
            owners = stated[(v, data["relation"])][doc]
            owners[u] = merge_evidence(owners.get(u, []), evidence_of(data))
    rows = []
    for (item, relation), by_doc in stated.items():
        sets = {frozenset(owners) for owners in by_doc.values()}
        if len(sets) < 2:
            continue
        versions = _versions(
            G,
            {
                doc: {
                    "owners": [ref(G, o) for o in sorted(owners, key=lambda o: label_key(G, o))],
                    "evidence": merge_evidence(*owners.values()),
                }
                for doc, owners in by_doc.items()
            },
        )
        kind = "disjoint" if not frozenset.intersection(*sets) else "different"
        rows.append({"item": ref(G, item), "relation": relation, "kind": kind, "versions": versions})
    return sorted(rows, key=lambda r: (r["item"]["label"].casefold(), r["relation"]))


def amount_contradictions(G: nx.MultiDiGraph) -> list[dict]:
    """Funding lines (funder, recipient, period) given different amounts in different documents.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("opcc", "csp", relation="funds", amount=75500.0, period="2019/20", document="a.txt")
    >>> _ = G.add_edge("opcc", "csp", relation="funds", amount=70000.0, period="2019/20", document="b.txt")
    >>> [[v["amounts"] for v in c["versions"]] for c in amount_contradictions(G)]
    [[[75500.0], [70000.0]]]
    """
    stated: dict[tuple, dict[str, dict]] = defaultdict(dict)
    for u, v, data in edges(G, FUNDS):
        doc = _doc_of(data)
        if doc is None or data.get("amount") is None:
            continue
        version = stated[(u, v, data.get("period"))].setdefault(doc, {"amounts": set(), "evidence": []})
        version["amounts"].add(float(data["amount"]))
        version["evidence"] = merge_evidence(version["evidence"], evidence_of(data))
    rows = []
    for (funder, recipient, period), by_doc in stated.items():
        if len({frozenset(v["amounts"]) for v in by_doc.values()}) < 2:
            continue
        versions = _versions(G, {d: v | {"amounts": sorted(v["amounts"])} for d, v in by_doc.items()})
        rows.append(
            {"funder": ref(G, funder), "recipient": ref(G, recipient), "period": period, "versions": versions}
        )
    return sorted(rows, key=lambda r: (r["recipient"]["label"].casefold(), r["funder"]["label"].casefold()))


def target_contradictions(G: nx.MultiDiGraph) -> list[dict]:
    """Indicators given different targets for the same period in different documents.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("bfpp", type="indicator", label="Breastfeeding friendly places", observations=[
    ...     {"measure": "target", "period": "2013/14", "value": 71, "document": "a.txt", "evidence": []},
    ...     {"measure": "target", "period": "2013/14", "value": 80, "document": "b.txt", "evidence": []}])
    >>> [[v["targets"] for v in c["versions"]] for c in target_contradictions(G)]
    [[[71.0], [80.0]]]
    """
    rows = []
    for n in sorted(G, key=lambda n: label_key(G, n)):
        stated: dict[str | None, dict[str, dict]] = defaultdict(dict)
        for o in observations(G, n):
            doc = _doc_of(o)
            if o.get("measure") != "target" or o.get("value") is None or doc is None:
                continue
            version = stated[o.get("period")].setdefault(doc, {"targets": set(), "evidence": []})
            version["targets"].add(float(o["value"]))
            version["evidence"] = merge_evidence(version["evidence"], evidence_of(o))
        for period, by_doc in stated.items():
            if len({frozenset(v["targets"]) for v in by_doc.values()}) >= 2:
                versions = _versions(G, {d: v | {"targets": sorted(v["targets"])} for d, v in by_doc.items()})
                rows.append({"item": ref(G, n), "period": period, "versions": versions})
    return rows


def contradictions(G: nx.MultiDiGraph) -> dict:
    """Every contradiction check at once.

    >>> contradictions(nx.MultiDiGraph())["counts"]
    {'owners': 0, 'amounts': 0, 'targets': 0}
    """
    found = {
        "owners": owner_contradictions(G),
        "amounts": amount_contradictions(G),
        "targets": target_contradictions(G),
    }
    return found | {"counts": {k: len(v) for k, v in found.items()}}
