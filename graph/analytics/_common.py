"""What every analytic reads from a projected graph, in one place.

The graph is a :class:`networkx.MultiDiGraph` shaped like :func:`graph.projection.project`'s:

* nodes are entity ids with ``type`` (``"action"``, ``"post"``...), ``label``, ``aliases``,
  ``code``, and optionally ``observations`` (a list of ``{measure, period, value, status, unit,
  document, date, evidence}``);
* edges are claims with ``relation`` (an :class:`ingest.model.Rel` value or ``"funds"``),
  ``evidence`` (``[{document, line_start, line_end, quote}]``), ``document``, ``date`` and,
  for funding, ``amount`` and ``period``;
* ``G.graph["documents"]`` may map a document name to ``{"date", "title", "text"}``.

Dates are ISO strings (``"2020-03-10"``): they compare in time order as strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import networkx as nx

from ingest.model import Rel
from ontology import relations

from ..queries import merge_evidence, period_key

# The relation names analytics read: the relation table's (ontology/relations.yaml), so a renamed or
# removed relation fails here at import, not silently as an empty answer.
RESPONSIBLE = Rel.RESPONSIBLE.value
CONTRIBUTES = Rel.CONTRIBUTES.value
MEMBER = Rel.MEMBER.value
CHAIR = Rel.CHAIR.value
VICE_CHAIR = Rel.VICE_CHAIR.value
SUBGROUP_OF = Rel.SUBGROUP_OF.value
REPORTS_TO = Rel.REPORTS_TO.value
REPLACED_BY = Rel.REPLACED_BY.value
HOLDS = Rel.HOLDS.value
WORKS_FOR = Rel.WORKS_FOR.value
PRIORITY_OF = Rel.PRIORITY_OF.value
INDICATOR_OF = Rel.INDICATOR_OF.value
PART_OF = Rel.PART_OF.value
FUNDS = relations.by_name()["funds"].name  # a funding flow, not a claim
SEATS = tuple(r.name for r in relations.table() if r.seat)  # sitting on a body: member, chair ...

ITEM_TYPES = ("action", "indicator", "priority", "project")
BODY_TYPES = ("organisation", "partnership", "group", "service")
OWNER_TYPES = ("post", "person")


def iso(value: object) -> str | None:
    """A date, datetime or ISO string as ``YYYY-MM-DD``; None stays None.

    >>> iso(dt.date(2020, 3, 10)), iso("2020-03-10T18:00:00"), iso(None)
    ('2020-03-10', '2020-03-10', None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)[:10]
    dt.date.fromisoformat(text)  # ValueError for anything that is not a date
    return text


def ref(G: nx.MultiDiGraph, n: str) -> dict:
    """The entity dict of node ``n``: ``{id, label, type, code}``."""
    data = G.nodes[n] if n in G else {}
    return {"id": n, "label": data.get("label") or n, "type": data.get("type"), "code": data.get("code")}


def of_type(G: nx.MultiDiGraph, types: Iterable[str] | None) -> list[str]:
    """Nodes whose ``type`` is one of ``types`` (every node when ``types`` is None), sorted."""
    wanted = None if types is None else set(types)
    return sorted(n for n, t in G.nodes(data="type") if wanted is None or t in wanted)


def edges(G: nx.MultiDiGraph, relation: str | Iterable[str]) -> Iterator[tuple[str, str, dict]]:
    """``(u, v, data)`` of every edge with the given relation(s)."""
    wanted = {relation} if isinstance(relation, str) else set(relation)
    for u, v, data in G.edges(data=True):
        if data.get("relation") in wanted:
            yield u, v, data


def in_edges(G: nx.MultiDiGraph, n: str, relation: str | Iterable[str]) -> list[tuple[str, str, dict]]:
    wanted = {relation} if isinstance(relation, str) else set(relation)
    return [(u, v, d) for u, v, d in G.in_edges(n, data=True) if d.get("relation") in wanted]


def out_edges(G: nx.MultiDiGraph, n: str, relation: str | Iterable[str]) -> list[tuple[str, str, dict]]:
    wanted = {relation} if isinstance(relation, str) else set(relation)
    return [(u, v, d) for u, v, d in G.out_edges(n, data=True) if d.get("relation") in wanted]


def evidence_of(data: dict) -> list[dict]:
    """The evidence of one edge (or observation), always a list.

    An edge of :func:`graph.projection.project` holds one passage in flat attributes
    (``document``, ``line_start``, ``line_end``, ``quote``); an ``evidence`` list is used as is.

    >>> evidence_of({"document": "a.txt", "line_start": 3, "line_end": 3, "quote": "JAG reports to the CSP"})
    [{'document': 'a.txt', 'line_start': 3, 'line_end': 3, 'quote': 'JAG reports to the CSP'}]
    """
    if data.get("evidence"):
        return list(data["evidence"])
    if data.get("quote") and data.get("document"):
        return [{k: data.get(k) for k in ("document", "line_start", "line_end", "quote")}]
    return []


def documents_of(data: dict) -> set[str]:
    """The documents an edge (or observation) was read from."""
    docs = {ev["document"] for ev in evidence_of(data) if ev.get("document")}
    if data.get("document"):
        docs.add(data["document"])
    return docs


def document_date(G: nx.MultiDiGraph, document: str | None) -> str | None:
    """The date of a document, from ``G.graph["documents"]``."""
    if not document:
        return None
    info = (G.graph.get("documents") or {}).get(document) or {}
    return iso(info.get("date"))


def document_text(G: nx.MultiDiGraph, document: str) -> str | None:
    info = (G.graph.get("documents") or {}).get(document) or {}
    return info.get("text")


def fact_date(G: nx.MultiDiGraph, data: dict) -> str | None:
    """When a fact was stated: the edge's ``date``, else the earliest date of its documents."""
    if data.get("date"):
        return iso(data["date"])
    dates = [d for d in (document_date(G, doc) for doc in documents_of(data)) if d]
    return min(dates) if dates else None


def node_evidence(G: nx.MultiDiGraph, n: str, limit: int = 3) -> list[dict]:
    """Passages naming ``n``: its own ``evidence`` attribute, else that of the facts and
    observations about it (at most ``limit``, in document order)."""
    own = G.nodes[n].get("evidence") if n in G else None
    if own:
        return merge_evidence(own)[:limit]
    found = [evidence_of(d) for _, _, d in G.in_edges(n, data=True)]
    found += [evidence_of(d) for _, _, d in G.out_edges(n, data=True)]
    found += [evidence_of(o) for o in observations(G, n)]
    return merge_evidence(*found)[:limit]


def observations(G: nx.MultiDiGraph, n: str) -> list[dict]:
    """The observations attached to node ``n`` (``[]`` when none)."""
    return list(G.nodes[n].get("observations") or ()) if n in G else []


def observation_order(o: dict) -> tuple:
    """Observations in time order: by their document's date (undated first), then by period."""
    return (o.get("date") or "", period_key(o.get("period")))


def latest_status(G: nx.MultiDiGraph, n: str) -> str | None:
    """The RAG status of the latest status observation of ``n``, or None."""
    found = [o for o in observations(G, n) if o.get("status")]
    return max(found, key=observation_order)["status"] if found else None


def owners_of(G: nx.MultiDiGraph, item: str, relation: str = RESPONSIBLE) -> dict[str, list[dict]]:
    """Who stands in ``relation`` to ``item``: owner id -> the evidence of those claims."""
    found: dict[str, list[dict]] = {}
    for u, _, data in in_edges(G, item, relation):
        found[u] = merge_evidence(found.get(u, []), evidence_of(data))
    return found


def owner_refs(G: nx.MultiDiGraph, owners: dict[str, list[dict]]) -> list[dict]:
    return [
        ref(G, o) | {"evidence": ev} for o, ev in sorted(owners.items(), key=lambda kv: label_key(G, kv[0]))
    ]


def label_key(G: nx.MultiDiGraph, n: str) -> tuple:
    data = G.nodes[n] if n in G else {}
    return ((data.get("label") or n).casefold(), n)
