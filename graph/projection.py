"""The store as a networkx ``MultiDiGraph``: entities as nodes, every evidenced claim as an edge.

One function, :func:`project`, is the whole API. Exports (:mod:`graph.export`) and analytics
build on it, so it keeps Python values (lists, ``None``); the writers flatten them.

Nodes are keyed by entity id (the IRI less the base) and carry

========================  ======================================================================
``iri``                   the entity's IRI
``type``                  organisation, partnership, group, service, person, post, plan, ...
``label``                 its preferred label
``aliases``               its other names (list)
``code``                  an identifier such as ``PI 1.4``, or ``None``
``evidence_count``        distinct passages that name it or state a kept edge of it
``documents``             the documents those passages are in (sorted list)
========================  ======================================================================

Edges run subject -> object, keyed by the local name of the node the store holds for the claim
(``statement/<hash>``, ``membership/<hash>`` or ``funding/<hash>``), and carry

========================  ======================================================================
``relation``              ``responsible``, ``member``, ``subgroup_of`` ... (:class:`ingest.model.Rel`)
                          or ``funds`` for a funding flow
``predicate``             the direct triple's predicate IRI (``pg:funds`` for a flow)
``role``                  a membership's role, or ``None``
``amount``, ``currency``  a funding flow's amount (float) and currency, or ``None``
``period``, ``status``    a flow's financial year(s) as written and its status, or ``None``
``purpose``               what a flow pays for, or ``None``
``method``, ``confidence`` how the claim was read
``document``              the evidence: file name, 1-based inclusive lines, verbatim quote
``line_start``, ``line_end``, ``quote``
``date``                  the evidence document's date (ISO), or ``None``
========================  ======================================================================

A membership is one ``member`` edge (from its ``org:Membership`` node, which holds the role);
the ``org:memberOf`` statement it duplicates is not repeated. Indicator observations are not
edges (they have no second entity).

Examples
--------
>>> G = project(store, base, types={"organisation", "partnership"})  # doctest: +SKIP
>>> {t for _, t in G.nodes(data="type")}  # doctest: +SKIP
{'organisation', 'partnership'}
>>> [(u, v, d["relation"], d["role"]) for u, v, d in G.in_edges("partnership-exampleton-csp", data=True)
...  if d["relation"] == "member"][:1]  # doctest: +SKIP
[('org-exampleton-borough-council', 'partnership-exampleton-csp', 'member', 'responsible authority')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from ingest.model import Kind, Rel
from ontology import relations

from .errors import BadRequest, NotFound
from .namespaces import sparql_prefixes
from .queries import EVIDENCE, Q_MENTIONS, number
from .rdf import FUNDS, PREDICATE_OF
from .search import Entry, name_index
from .store import GraphStore, Row

__all__ = ["project", "ENTITY_TYPES", "RELATIONS", "WITHIN", "documents_of"]

ENTITY_TYPES = tuple(k.value for k in Kind)
RELATIONS = tuple(r.name for r in relations.table())
#: Relations that put their subject inside their object: followed backwards by the ``plan`` filter.
WITHIN = frozenset(r.name for r in relations.table() if r.within)

_REL_OF = {iri: rel.value for rel, iri in PREDICATE_OF.items()}
_P = sparql_prefixes()

# The OPTIONAL parts come after the evidence join: placed before it they make pyoxigraph 0.5 scan
# every statement for each evidence node (1.1 s instead of 0.03 s on the seed corpus).
Q_STATEMENTS = (
    _P
    + """SELECT DISTINCT ?node ?s ?p ?o ?method ?confidence ?doc ?ls ?le ?quote WHERE {
  ?node a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  FILTER(isIRI(?o) && ?p != org:memberOf)
  """
    + EVIDENCE
    + """
  OPTIONAL { ?node pg:method ?method }
  OPTIONAL { ?node pg:confidence ?confidence }
}"""
)
Q_MEMBERSHIPS = (
    _P
    + """SELECT DISTINCT ?node ?s ?o ?role ?method ?confidence ?doc ?ls ?le ?quote WHERE {
  ?node a org:Membership ; org:member ?s ; org:organization ?o ; prov:wasDerivedFrom ?ev .
  """
    + EVIDENCE
    + """
  OPTIONAL { ?node org:role/skos:prefLabel ?role }
  OPTIONAL { ?st rdf:subject ?s ; rdf:predicate org:memberOf ; rdf:object ?o ; prov:wasDerivedFrom ?ev ;
                 pg:method ?method ; pg:confidence ?confidence }
}"""
)
Q_FLOWS = (
    _P
    + """SELECT DISTINCT ?node ?s ?o ?amount ?currency ?period ?status ?purpose ?method ?confidence
       ?doc ?ls ?le ?quote WHERE {
  ?node a pg:FundingFlow ; pg:funder ?s ; pg:recipient ?o ; prov:wasDerivedFrom ?ev .
  """
    + EVIDENCE
    + """
  OPTIONAL { ?node pg:amount ?amount }
  OPTIONAL { ?node pg:currency ?currency }
  OPTIONAL { ?node pg:period ?period }
  OPTIONAL { ?node pg:fundingStatus ?status }
  OPTIONAL { ?node dcterms:description ?purpose }
  OPTIONAL { ?node pg:method ?method }
  OPTIONAL { ?node pg:confidence ?confidence }
}"""
)
Q_DOCUMENTS = (
    _P
    + "SELECT DISTINCT ?doc ?date WHERE { ?d a foaf:Document ; dcterms:identifier ?doc "
    + "OPTIONAL { ?d dcterms:date ?date } }"
)


def _text(row: Row, name: str) -> str | None:
    return row[name].value if name in row else None


def _evidence(row: Row) -> tuple[str, int, int, str]:
    return (row["doc"].value, int(row["ls"].value), int(row["le"].value), row["quote"].value)


def documents_of(store: GraphStore) -> dict[str, str | None]:
    """Every document in the store: its identifier (file name) and its ISO date, or ``None``."""
    found: dict[str, str | None] = {}
    for row in store.select(Q_DOCUMENTS):
        date = row["date"].value[:10] if "date" in row else None
        found[row["doc"].value] = found.get(row["doc"].value) or date
    return dict(sorted(found.items()))


def _edges(store: GraphStore, base: str) -> Iterable[tuple[str, str, str, dict]]:
    """(subject IRI, object IRI, key, attributes) of every claim, one per claim and evidence."""
    for query, kind in ((Q_STATEMENTS, "statement"), (Q_MEMBERSHIPS, "member"), (Q_FLOWS, "funds")):
        rows: dict[str, list[Row]] = defaultdict(list)
        for row in store.select(query):
            rows[row["node"].value].append(row)
        for node, found in sorted(rows.items()):
            first = found[0]
            if kind == "statement":
                predicate = first["p"].value
                relation = _REL_OF.get(predicate)
                if relation is None:
                    continue
            elif kind == "member":
                predicate, relation = PREDICATE_OF[Rel.MEMBER], Rel.MEMBER.value
            else:
                predicate, relation = FUNDS, "funds"
            amount = number(first, "amount")
            attrs = {
                "relation": relation,
                "predicate": predicate,
                "role": _text(first, "role"),
                "amount": amount,
                "currency": (_text(first, "currency") or "GBP") if amount is not None else None,
                "period": _text(first, "period"),
                "status": _text(first, "status"),
                "purpose": _text(first, "purpose"),
                "method": _text(first, "method"),
                "confidence": number(first, "confidence"),
            }
            local = node[len(base) :] if node.startswith(base) else node
            evidence = sorted({_evidence(r) for r in found})
            for i, (doc, ls, le, quote) in enumerate(evidence):
                key = local if i == 0 else f"{local}#{i}"
                yield (
                    first["s"].value,
                    first["o"].value,
                    key,
                    attrs | {"document": doc, "line_start": ls, "line_end": le, "quote": quote},
                )


def _add_entity(G: nx.MultiDiGraph, entry: Entry) -> None:
    G.add_node(
        entry.id,
        iri=entry.iri,
        type=entry.type,
        label=entry.label,
        aliases=list(entry.aliases),
        code=entry.code,
    )


def _check_names(given: Iterable[str] | None, known: Iterable[str], what: str) -> set[str] | None:
    if isinstance(given, str):
        given = [given]
    if not given:  # None or empty: no filter
        return None
    given, known = set(given), set(known)
    unknown = sorted(given - known)
    if unknown:
        raise BadRequest(f"unknown {what}: {', '.join(unknown)[:200]} (known: {', '.join(sorted(known))})")
    return given


def _within(G: nx.MultiDiGraph, root: str) -> set[str]:
    """``root`` and everything inside it by :data:`WITHIN` edges, at any depth."""
    core, todo = {root}, [root]
    while todo:
        node = todo.pop()
        for child, _, relation in G.in_edges(node, data="relation"):
            if relation in WITHIN and child not in core:
                core.add(child)
                todo.append(child)
    return core


def project(
    store: GraphStore,
    base: str,
    *,
    types: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    plan: str | None = None,
) -> nx.MultiDiGraph:
    """The store as a ``MultiDiGraph`` (see the module docstring for every attribute).

    Parameters
    ----------
    store, base
        The store and the base IRI its entities were minted under.
    types
        Keep only entities of these types (``organisation``, ``plan`` ...) and the edges between them.
    documents
        Keep only claims read from these documents (file names), and the entities they name.
    plan
        An entity id (a plan, or a partnership, priority ...): keep it, everything inside it
        (``part_of``, ``priority_of``, ``indicator_of``, ``subgroup_of`` edges followed backwards,
        at any depth), and the edges of those with anything else (owners, members, funders).

    Filters apply in that order: documents, plan, types; ``None`` or empty means no filter.
    An unknown type or document is :class:`~graph.errors.BadRequest`, an unknown plan id
    :class:`~graph.errors.NotFound`.

    Examples
    --------
    >>> G = project(store, base, plan="plan-community-safety-plan")  # doctest: +SKIP
    >>> G.nodes["plan-community-safety-plan"]["type"]  # doctest: +SKIP
    'plan'
    """
    types = _check_names(types, ENTITY_TYPES, "entity type")
    dates = documents_of(store)
    docs = _check_names(documents, dates, "document")
    index = name_index(store, base)
    if plan is not None and (not isinstance(plan, str) or plan not in index.entries):
        raise NotFound(f"no entity with id {str(plan)[:80]!r}")

    G = nx.MultiDiGraph(base=base)
    mentions: dict[str, set[tuple]] = defaultdict(set)
    for row in store.select(Q_MENTIONS):
        ev = _evidence(row)
        if docs is None or ev[0] in docs:
            mentions[row["node"].value].add(ev)
    for entry in index.entries.values():
        if docs is None or mentions.get(entry.iri):
            _add_entity(G, entry)
    for s, o, key, attrs in _edges(store, base):
        u, v = index.id_of(s), index.id_of(o)
        if u in index.entries and v in index.entries and (docs is None or attrs["document"] in docs):
            for end in (u, v):  # an entity named only inside a kept claim belongs too
                if end not in G:
                    _add_entity(G, index.entries[end])
            G.add_edge(u, v, key=key, **attrs, date=dates.get(attrs["document"]))

    if plan is not None:
        core = _within(G, plan) if plan in G else set()
        keep = [(u, v, k) for u, v, k in G.edges(keys=True) if u in core or v in core]
        nodes = core | {n for u, v, _ in keep for n in (u, v)}
        H = nx.MultiDiGraph(base=base)
        H.add_nodes_from((n, dict(G.nodes[n])) for n in sorted(nodes))
        H.add_edges_from((u, v, k, dict(G.edges[u, v, k])) for u, v, k in keep)
        G = H
    if types is not None:
        G = G.subgraph([n for n, t in G.nodes(data="type") if t in types]).copy()

    for n, data in G.nodes(data=True):
        passages = set(mentions.get(data["iri"], ()))
        for _, _, d in (*G.out_edges(n, data=True), *G.in_edges(n, data=True)):
            passages.add((d["document"], d["line_start"], d["line_end"], d["quote"]))
        data["evidence_count"] = len(passages)
        data["documents"] = sorted({p[0] for p in passages})
    G.graph["base"] = base
    return G
