"""Data for pictures and pages: plain dicts of nodes, edges and facts, evidence on every item.

Every function here reads the store through constant queries; a request's values become pyoxigraph
terms and enter a query only through :func:`graph.queries.bind`. Entity ids are checked against the
build's name index first, so an unknown id is :class:`~graph.errors.NotFound` before any query runs.

A picture's data is ``{"kind", "nodes", "edges", ...}``:

* a node is an entity dict (``id``, ``label``, ``type``, ``aliases``, ``code``) with ``degree`` and
  ``evidence`` (where a document names it) and, for some pictures, ``level``, ``status`` or ``role``;
* an edge is ``{"source", "target", "predicate", "relation", "evidence"}``, with ``amount`` and
  ``flows`` for money.

The presentation (colours, shapes, widths, tooltips) is :mod:`viz`'s business.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date

import pyoxigraph as ox

from ingest.coverage import unread_spans
from ingest.dates import year_spans
from ontology import relations

from . import queries
from .errors import BadRequest, NotFound
from .namespaces import CNT, DCTERMS, ORG, PG, SKOS, sparql_prefixes
from .queries import EVIDENCE, Q_MENTIONS, evidence_row, known_entity, merge_evidence, number, status_name
from .search import NameIndex, name_index
from .store import GraphStore

_P = sparql_prefixes()

FUNDS = relations.by_name()["funds"].predicate

# predicate: (label read from subject to object, label of the list on the object's page)
RELATIONS: dict[str, tuple[str, str]] = {r.predicate: (r.label, r.inverse) for r in relations.table()}
RELATIONS[SKOS + "altLabel"] = ("also called", "also called")

Q_DOCUMENTS = (
    _P
    + """SELECT DISTINCT ?d ?name ?title ?date WHERE {
  ?d a foaf:Document ; dcterms:identifier ?name .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d dcterms:date ?date }
}"""
)
Q_DOCUMENT_TEXT = _P + "SELECT ?text WHERE { #VALUES# ?d <" + CNT + "chars> ?text }"
Q_FACTS = (
    _P
    + """SELECT DISTINCT ?s ?p ?o ?doc ?ls ?le ?quote WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  FILTER(isIRI(?o))
  """
    + EVIDENCE
    + "\n}"
)
Q_FACTS_TOUCHING = (
    _P
    + """SELECT DISTINCT ?s ?p ?o ?doc ?ls ?le ?quote WHERE {
  #VALUES#
  { ?st rdf:subject ?n } UNION { ?st rdf:object ?n }
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  FILTER(isIRI(?o))
  """
    + EVIDENCE
    + "\n}"
)
Q_LITERAL_FACTS = (
    _P
    + """SELECT DISTINCT ?s ?p ?o ?doc ?ls ?le ?quote WHERE {
  #VALUES#
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  FILTER(isLiteral(?o))
  """
    + EVIDENCE
    + "\n}"
)
Q_ROLES = (
    _P
    + """SELECT DISTINCT ?s ?o ?role WHERE {
  #VALUES#
  { ?m org:member ?n } UNION { ?m org:organization ?n }
  ?m org:member ?s ; org:organization ?o ; org:role/skos:prefLabel ?role .
}"""
)
Q_DOCUMENT_FACT_NODES = (
    _P
    + """SELECT DISTINCT ?x ?ls ?le ?quote WHERE {
  #VALUES#
  ?ev oa:hasSource ?d ; pg:lineStart ?ls ; pg:lineEnd ?le ; oa:hasSelector/oa:exact ?quote .
  ?x prov:wasDerivedFrom ?ev .
}"""
)

KINDS = (  # every entity type, in the order pictures list them
    "partnership",
    "organisation",
    "group",
    "service",
    "person",
    "post",
    "plan",
    "priority",
    "action",
    "indicator",
    "fund",
    "project",
)

MAX_RADIUS = 3


# ---------------------------------------------------------------- helpers


def relation_label(predicate: str, inverse: bool = False) -> str:
    """How a page names a predicate: read forwards, or as the list on the object's page."""
    labels = RELATIONS.get(predicate)
    if labels is None:
        return predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return labels[1] if inverse else labels[0]


def _node(index: NameIndex, iri: str) -> dict:
    entry = index.entries.get(index.id_of(iri) or "")
    node = index.ref(iri)
    node["degree"] = entry.degree if entry else 0
    node["evidence"] = []
    return node


class _Graph:
    """Nodes and merged edges collected from fact rows (one edge per subject, predicate, object)."""

    def __init__(self, index: NameIndex):
        self.index = index
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}

    def node(self, iri: str) -> dict | None:
        entity_id = self.index.id_of(iri)
        if not entity_id or entity_id not in self.index.entries:
            return None
        if entity_id not in self.nodes:
            self.nodes[entity_id] = _node(self.index, iri)
        return self.nodes[entity_id]

    def add(self, s: str, p: str, o: str, evidence: dict | None, flow: dict | None = None) -> None:
        a, b = self.node(s), self.node(o)
        if a is None or b is None or a is b:
            return
        key = (a["id"], p, b["id"])
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = {
                "source": a["id"],
                "target": b["id"],
                "predicate": p,
                "relation": relation_label(p),
                "evidence": [],
            }
        if evidence is not None:
            edge["evidence"].append(evidence)
        if flow is not None:
            known = edge.setdefault("flows", {}).setdefault(flow["node"], flow | {"evidence": []})
            if evidence is not None:
                known["evidence"].append(evidence)

    def rows(self, fact_rows, flows: Iterable[dict]) -> _Graph:
        """Add fact rows (``?s ?p ?o`` and evidence) and :func:`graph.queries.flows`."""
        for r in fact_rows:
            self.add(r["s"].value, r["p"].value, r["o"].value, evidence_row(r))
        for f in flows:
            flow = {k: f[k] for k in ("node", "amount", "period", "status")}
            for ev in f["evidence"]:
                self.add(f["funder"], FUNDS, f["recipient"], ev, flow)
        return self

    def data(self, kind: str, **extra) -> dict:
        edges = []
        for edge in self.edges.values():
            edge["evidence"] = merge_evidence(edge["evidence"])
            if "flows" in edge:
                flows = sorted(
                    edge["flows"].values(), key=lambda f: (queries.period_key(f["period"]), f["node"])
                )
                edge["flows"] = [
                    {k: v for k, v in f.items() if k != "node"} | {"evidence": merge_evidence(f["evidence"])}
                    for f in flows
                ]
                amounts = [f["amount"] for f in flows if f["amount"] is not None]
                edge["amount"] = sum(amounts) if amounts else None
            edges.append(edge)
        edges.sort(key=lambda e: (e["source"], e["predicate"], e["target"]))
        nodes = sorted(self.nodes.values(), key=lambda n: n["id"])
        for node in nodes:
            node["evidence"] = merge_evidence(node["evidence"])[:1]
        return {"kind": kind, "nodes": nodes, "edges": edges, **extra}


def _flows_touching(store: GraphStore, nodes: list[ox.NamedNode]) -> list[dict]:
    """The funding flows from or to any of ``nodes`` (:func:`graph.queries.flows`), in node order."""
    found = {f["node"]: f for f in queries.flows(store, funder=nodes) + queries.flows(store, recipient=nodes)}
    return [found[node] for node in sorted(found)]


def _mentions(
    store: GraphStore, nodes: dict[str, dict], index: NameIndex, docs: set[str] | None = None
) -> None:
    """Where each node is named (its first mention, within ``docs`` when given)."""
    iris = [ox.NamedNode(index.iri_of(i)) for i in nodes]
    found = queries.node_evidence(store, iris, queries.Q_MENTION_EVIDENCE) if iris else {}
    for entity_id, node in nodes.items():
        evidence = found.get(index.iri_of(entity_id), [])
        if docs is not None:
            evidence = [ev for ev in evidence if ev["document"] in docs] or evidence
        node["evidence"] = merge_evidence(evidence)[:1]


# ---------------------------------------------------------------- documents


def document_span(title: str | None, when: str | None) -> tuple[str, str] | None:
    """The dates a document speaks about: its ``dcterms:date``, else the years its title names (a
    financial year ``2018/19`` from April to March).

    >>> document_span("Action Plan 2013 - 2016", None)
    ('2013-01-01', '2016-12-31')
    >>> document_span("Strategy 2018/19", None)
    ('2018-04-01', '2019-03-31')
    """
    if when:
        return (when[:10], when[:10])
    spans = year_spans(title or "")
    if not spans:
        return None
    return (min(s.first for s in spans).isoformat(), max(s.last for s in spans).isoformat())


def documents(store: GraphStore) -> list[dict]:
    """Every document: name, title, date and the span of dates it speaks about, by name."""
    out = {}
    for r in store.select(Q_DOCUMENTS):
        name = r["name"].value
        title = r["title"].value if "title" in r else None
        when = r["date"].value if "date" in r else None
        span = document_span(title, when)
        out[name] = {
            "name": name,
            "iri": r["d"].value,
            "title": title,
            "date": when,
            "span": list(span) if span else None,
        }
    return [out[k] for k in sorted(out)]


def _document(docs: list[dict], name: str) -> dict:
    """The document named ``name`` among ``docs`` (:func:`documents`)."""
    if not isinstance(name, str) or not name or len(name) > 300:
        raise NotFound("no such document")
    for doc in docs:
        if doc["name"] == name:
            return doc
    raise NotFound(f"no document named {name[:80]!r}")


def _parse_date(text: str | None, end: bool) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as an ISO date (the start or end of the period)."""
    if text is None or text == "":
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text.strip())
    if not m:
        raise BadRequest("dates are YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return date(year, int(month), int(day)).isoformat()
        if month:
            month_i = int(month)
            if end:
                nxt = date(year + month_i // 12, month_i % 12 + 1, 1)
                return date.fromordinal(nxt.toordinal() - 1).isoformat()
            return date(year, month_i, 1).isoformat()
    except ValueError:
        raise BadRequest("not a calendar date") from None
    return f"{year:04d}-12-31" if end else f"{year:04d}-01-01"


def documents_between(docs: list[dict], start: str | None, end: str | None) -> set[str]:
    """Names of the documents whose span overlaps ``start``-``end`` (undated documents never do)."""
    lo, hi = _parse_date(start, end=False), _parse_date(end, end=True)
    if lo and hi and lo > hi:
        raise BadRequest("the start date is after the end date")
    return {
        d["name"]
        for d in docs
        if d["span"] and (lo is None or d["span"][1] >= lo) and (hi is None or d["span"][0] <= hi)
    }


def document_page(store: GraphStore, base: str, name: str) -> dict:
    """A document's text as read (its ``cnt:chars``) and every fact read from it, in line order."""
    doc = _document(documents(store), name)
    iri = ox.NamedNode(doc["iri"])
    rows = store.select(queries.bind(Q_DOCUMENT_TEXT, d=iri))
    text = rows[0]["text"].value if rows else ""
    index = name_index(store, base)
    facts = []
    for r in store.select(queries.bind(Q_DOCUMENT_FACT_NODES, d=iri)):
        facts.append((r["x"], int(r["ls"].value), int(r["le"].value), r["quote"].value))
    described = _describe_fact_nodes(store, index, [f[0] for f in facts])
    out = []
    for node, ls, le, quote in facts:
        for fact in described.get(node.value, []):
            ev = {"document": name, "line_start": ls, "line_end": le, "quote": quote}
            out.append(fact | {"evidence": ev})
    out.sort(
        key=lambda f: (
            f["evidence"]["line_start"],
            f["evidence"]["line_end"],
            f["relation"],
            f["subject"]["label"],
        )
    )
    cited = {n for _, ls, le, _ in facts for n in range(ls, le + 1)}
    return {
        "name": name,
        "title": doc["title"],
        "date": doc["date"],
        "span": doc["span"],
        "text": text,
        "facts": out,
        "unread": _unread(text, cited),
    }


Q_COVERAGE = (
    _P
    + """SELECT ?name ?text (COUNT(DISTINCT ?x) AS ?facts) (GROUP_CONCAT(DISTINCT ?span) AS ?spans) WHERE {
  ?d a foaf:Document ; dcterms:identifier ?name ; <"""
    + CNT
    + """chars> ?text .
  OPTIONAL { ?ev oa:hasSource ?d ; pg:lineStart ?ls ; pg:lineEnd ?le . ?x prov:wasDerivedFrom ?ev .
             BIND(CONCAT(STR(?ls), "-", STR(?le)) AS ?span) }
} GROUP BY ?name ?text"""
)


def _unread(text: str, cited: set[int]) -> list[dict]:
    return [asdict(u) for u in unread_spans(text.splitlines(), cited)]


def coverage(store: GraphStore) -> list[dict]:
    """Where the reader failed, document by document: facts read, and the lines that look like people
    lists or tables from which nothing was read (fewest facts first)."""
    out = []
    for r in store.select(Q_COVERAGE):
        cited: set[int] = set()
        for span in r["spans"].value.split() if "spans" in r else []:
            lo, _, hi = span.partition("-")
            cited.update(range(int(lo), int(hi) + 1))
        facts = int(r["facts"].value)
        out.append({"name": r["name"].value, "facts": facts, "unread": _unread(r["text"].value, cited)})
    return sorted(out, key=lambda d: (d["facts"], -len(d["unread"]), d["name"]))


Q_DESCRIBE = (
    _P
    + """SELECT DISTINCT ?x ?kind ?s ?p ?o ?amount ?period ?value ?measure ?status ?role WHERE {
  #VALUES#
  { ?x a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . BIND("statement" AS ?kind) }
  UNION { ?x a pg:FundingFlow ; pg:funder ?s ; pg:recipient ?o . BIND("funding" AS ?kind)
          OPTIONAL { ?x pg:amount ?amount } OPTIONAL { ?x pg:period ?period } }
  UNION { ?x a qb:Observation ; pg:indicator ?s ; pg:measureType ?measure . BIND("observation" AS ?kind)
          OPTIONAL { ?x pg:period ?period } OPTIONAL { ?x pg:value ?value }
          OPTIONAL { ?x pg:ragStatus ?status } }
  UNION { ?x a org:Membership ; org:member ?s ; org:organization ?o ; org:role/skos:prefLabel ?role .
          BIND("membership" AS ?kind) }
}"""
)


def _fmt_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _describe_fact_nodes(
    store: GraphStore, index: NameIndex, nodes: list[ox.NamedNode]
) -> dict[str, list[dict]]:
    """Each statement, flow, observation or membership node as ``{subject, relation, object, value}``."""
    nodes = list(dict.fromkeys(nodes))
    if not nodes:
        return {}
    out: dict[str, list[dict]] = defaultdict(list)
    roles: dict[tuple[str, str], str] = {}
    rows = store.select(queries.bind(Q_DESCRIBE, x=nodes))
    for r in rows:
        if r["kind"].value == "membership":
            roles[(r["s"].value, r["o"].value)] = r["role"].value
    for r in rows:
        kind, x = r["kind"].value, r["x"].value
        subject = index.ref(r["s"].value)
        if kind == "statement":
            p = r["p"].value
            obj = r["o"]
            fact = {"subject": subject, "predicate": p, "relation": relation_label(p)}
            if isinstance(obj, ox.NamedNode):
                fact |= {"object": index.ref(obj.value), "value": None}
                role = roles.get((r["s"].value, obj.value)) if p == ORG + "memberOf" else None
                if role:
                    fact["value"] = role
            else:
                fact |= {"object": None, "value": obj.value}
            out[x].append(fact)
        elif kind == "funding":
            amount, period = number(r, "amount"), r["period"].value if "period" in r else None
            value = " ".join(
                p for p in (f"£{_fmt_number(amount)}" if amount is not None else "", period or "") if p
            )
            out[x].append(
                {
                    "subject": subject,
                    "predicate": FUNDS,
                    "relation": "funds",
                    "object": index.ref(r["o"].value),
                    "value": value or None,
                }
            )
        elif kind == "observation":
            measure = r["measure"].value.rsplit("#", 1)[-1]
            status = status_name(r["status"].value if "status" in r else None)
            shown = status if measure == "status" else _fmt_number(number(r, "value"))
            period = r["period"].value if "period" in r else None
            value = f"{shown} ({period})" if period else shown
            out[x].append(
                {
                    "subject": subject,
                    "predicate": PG + measure,
                    "relation": measure,
                    "object": None,
                    "value": value,
                }
            )
    return out


# ---------------------------------------------------------------- entity pages


def entity_facts(store: GraphStore, base: str, entity_id: str) -> dict:
    """An entity with every fact about it, grouped by relation, each with its evidence."""
    index = name_index(store, base)
    page, node = known_entity(index, entity_id)
    iri = node.value
    groups: dict[tuple[str, str], dict] = {}

    def item(predicate: str, inverse: bool, key: str, make: dict, evidence: list[dict]) -> None:
        relation = relation_label(predicate, inverse)
        group = groups.setdefault(
            (relation, predicate),
            {
                "relation": relation,
                "predicate": predicate,
                "direction": "in" if inverse else "out",
                "items": {},
            },
        )
        found = group["items"].setdefault(key, make | {"evidence": []})
        found["evidence"] = merge_evidence(found["evidence"], evidence)

    roles = {
        (r["s"].value, r["o"].value): r["role"].value for r in store.select(queries.bind(Q_ROLES, n=node))
    }
    for r in store.select(queries.bind(Q_FACTS_TOUCHING, n=node)):
        s, p, o = r["s"].value, r["p"].value, r["o"].value
        inverse = o == iri and s != iri
        other = s if inverse else o
        role = roles.get((s, o)) if p == ORG + "memberOf" else None
        key = other + "|" + (role or "")
        item(p, inverse, key, {"entity": index.ref(other), "value": role}, [evidence_row(r)])
    for flow in _flows_touching(store, [node]):
        s, o = flow["funder"], flow["recipient"]
        inverse = o == iri and s != iri
        amount, period = flow["amount"], flow["period"]
        value = " ".join(
            x for x in (f"£{_fmt_number(amount)}" if amount is not None else "", period or "") if x
        )
        item(
            FUNDS,
            inverse,
            flow["node"],
            {"entity": index.ref(o if not inverse else s), "value": value or None},
            flow["evidence"],
        )
    for r in store.select(queries.bind(Q_LITERAL_FACTS, s=node)):
        item(r["p"].value, False, r["o"].value, {"entity": None, "value": r["o"].value}, [evidence_row(r)])
    for obs in queries.observations(store, [node]).get(iri, []):
        measure = obs["measure"]
        shown = obs["status"] if measure == "status" else _fmt_number(obs["value"])
        value = f"{shown} ({obs['period']})" if obs["period"] else shown
        item(PG + measure, False, obs["node"], {"entity": None, "value": value}, obs["evidence"])
    mentions = queries.node_evidence(store, [node], queries.Q_MENTION_EVIDENCE).get(iri, [])
    out = []
    for group in sorted(groups.values(), key=lambda g: (g["direction"], g["relation"])):
        items = list(group["items"].values())
        items.sort(
            key=lambda i: (
                (i["evidence"][0]["document"], i["evidence"][0]["line_start"]) if i["evidence"] else ("", 0)
            )
        )
        out.append(group | {"items": items})
    return {"entity": page, "groups": out, "mentions": merge_evidence(mentions)}


# ---------------------------------------------------------------- pictures


def network(
    store: GraphStore,
    base: str,
    *,
    types: Iterable[str] | None = None,
    document: str | None = None,
    plan: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> dict:
    """The whole network of entities and facts, optionally only some of it.

    ``document`` keeps the facts read from that document; ``start``/``end`` the facts read from
    documents speaking about that period (see :func:`document_span`); ``plan`` keeps the plan, what
    is part of it (priorities, indicators, actions, at any depth) and whatever touches those;
    ``types`` keeps the nodes of those entity types. Filters combine.
    """
    index = name_index(store, base)
    all_docs = documents(store)
    docs: set[str] | None = None
    if document is not None:
        docs = {_document(all_docs, document)["name"]}
    if start or end:
        between = documents_between(all_docs, start, end)
        docs = between if docs is None else docs & between
    plan_ref = None
    if plan is not None:
        plan_ref, _ = known_entity(index, plan)
    wanted: set[str] | None = None
    if types is not None:
        wanted = set(types)
        if wanted - set(KINDS):
            raise BadRequest(f"unknown entity type {sorted(wanted - set(KINDS))[0][:40]!r}")

    graph = _Graph(index).rows(store.select(Q_FACTS), queries.flows(store))
    if docs is not None:
        for key, edge in list(graph.edges.items()):
            edge["evidence"] = [ev for ev in edge["evidence"] if ev["document"] in docs]
            if not edge["evidence"]:
                del graph.edges[key]
            elif "flows" in edge:
                edge["flows"] = {
                    n: f
                    for n, f in edge["flows"].items()
                    if any(ev["document"] in docs for ev in f["evidence"])
                }
        named = _named_in(store, docs)
        keep = {e["source"] for e in graph.edges.values()} | {e["target"] for e in graph.edges.values()}
        keep |= {index.id_of(iri) for iri in named} - {None}
        graph.nodes = {i: n for i, n in graph.nodes.items() if i in keep}
        for i in keep - set(graph.nodes):
            if i in index.entries:
                graph.node(index.entries[i].iri)
    else:
        for entry in index.entries.values():  # isolated entities too
            graph.node(entry.iri)
    if plan_ref is not None:
        inside = _parts_of(graph, plan_ref["id"])
        graph.edges = {k: e for k, e in graph.edges.items() if e["source"] in inside or e["target"] in inside}
        keep = (
            inside | {e["source"] for e in graph.edges.values()} | {e["target"] for e in graph.edges.values()}
        )
        graph.nodes = {i: n for i, n in graph.nodes.items() if i in keep}
    if wanted is not None:
        graph.nodes = {i: n for i, n in graph.nodes.items() if n["type"] in wanted}
        graph.edges = {
            k: e for k, e in graph.edges.items() if e["source"] in graph.nodes and e["target"] in graph.nodes
        }
    _mentions(store, graph.nodes, index, docs)
    filters = {
        "types": sorted(wanted) if wanted is not None else None,
        "document": document,
        "plan": plan_ref,
        "start": start or None,
        "end": end or None,
    }
    return graph.data("network", filters=filters)


def _named_in(store: GraphStore, docs: set[str]) -> set[str]:
    return {r["node"].value for r in store.select(Q_MENTIONS) if r["doc"].value in docs}


_PART_PREDICATES = {PG + "priorityOf", DCTERMS + "isPartOf", PG + "measures"}


def _parts_of(graph: _Graph, root: str) -> set[str]:
    """``root`` and everything part of it, priority of it or measuring it, at any depth."""
    into: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges.values():
        if e["predicate"] in _PART_PREDICATES:
            into[e["target"]].add(e["source"])
    seen, todo = {root}, deque([root])
    while todo:
        for part in into[todo.popleft()] - seen:
            seen.add(part)
            todo.append(part)
    return seen


def neighbourhood(
    store: GraphStore, base: str, entity_id: str, radius: int = 1, max_nodes: int = 500
) -> dict:
    """An entity and everything within ``radius`` (1-3) facts of it; ``truncated`` past ``max_nodes``."""
    if not 1 <= radius <= MAX_RADIUS:
        raise BadRequest(f"radius must be between 1 and {MAX_RADIUS}")
    index = name_index(store, base)
    centre, node = known_entity(index, entity_id)
    graph = _Graph(index)
    graph.node(node.value)
    distance = {centre["id"]: 0}
    frontier = [node]
    truncated = False
    for step in range(1, radius + 1):
        if not frontier:
            break
        before = set(graph.nodes)
        graph.rows(store.select(queries.bind(Q_FACTS_TOUCHING, n=frontier)), _flows_touching(store, frontier))
        new = [i for i in graph.nodes if i not in before]
        if len(graph.nodes) > max_nodes:
            truncated = True
            for i in new[max(0, max_nodes - len(before)) :]:
                del graph.nodes[i]
            new = [i for i in new if i in graph.nodes]
        for i in new:
            distance[i] = step
        frontier = [ox.NamedNode(index.iri_of(i)) for i in new]
        if truncated:
            break
    graph.edges = {
        k: e for k, e in graph.edges.items() if e["source"] in graph.nodes and e["target"] in graph.nodes
    }
    for i, n in graph.nodes.items():
        n["distance"] = distance.get(i, radius)
    _mentions(store, graph.nodes, index)
    return graph.data("entity", centre=centre, radius=radius, truncated=truncated)


SEATS = tuple(r.predicate for r in relations.table() if r.seat)  # member of, chair of ... a body
Q_GOVERNANCE = (
    _P
    + """SELECT DISTINCT ?s ?p ?o ?doc ?ls ?le ?quote WHERE {
  #VALUES#
  { ?st rdf:object ?g . VALUES ?p { org:subOrganizationOf #SEATS# } }
  UNION { ?st rdf:subject ?g . VALUES ?p { org:reportsTo org:subOrganizationOf } }
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  """
    + EVIDENCE
    + "\n}"
).replace("#SEATS#", " ".join(str(ox.NamedNode(p)) for p in SEATS))  # the relation table's IRIs


def structure(store: GraphStore, base: str, group_id: str) -> dict:
    """A partnership or group as a hierarchy: its sub-groups at every depth, who sits on each (members,
    chairs, vice-chairs: the relation table's seats) one level below each, and whom each reports to (and its own parents) above.

    Each node has a ``level`` (0 at the top); members carry their ``role``.
    """
    index = name_index(store, base)
    root, node = known_entity(index, group_id)
    depth = {root["id"]: 0}
    children: dict[str, set[str]] = defaultdict(set)
    for r in store.select(queries.bind(queries.Q_STRUCTURE, g=node)):  # the REST answer's query
        if r["key"].value != "subgroups":  # a sub-group ?s of ?o, a group of the root's tree
            continue
        g, parent = index.id_of(r["s"].value), index.id_of(r["o"].value)
        if g and parent and g in index.entries and parent in index.entries:
            children[parent].add(g)
    todo = deque([root["id"]])
    while todo:
        current = todo.popleft()
        for child in sorted(children[current]):
            if child not in depth:
                depth[child] = depth[current] + 1
                todo.append(child)
    groups = [ox.NamedNode(index.iri_of(i)) for i in depth]
    graph = _Graph(index)
    for i in depth:
        graph.node(index.iri_of(i))
    rows = store.select(queries.bind(Q_GOVERNANCE, g=groups))
    level: dict[str, int] = {i: 2 * d for i, d in depth.items()}
    for r in rows:
        s, p, o = index.id_of(r["s"].value), r["p"].value, index.id_of(r["o"].value)
        if not s or not o or s not in index.entries or o not in index.entries:
            continue
        if p == ORG + "subOrganizationOf" and s in depth and o in depth:
            graph.add(r["s"].value, p, r["o"].value, evidence_row(r))
        elif p == ORG + "subOrganizationOf" and s == root["id"]:  # the root's own parents, above it
            graph.add(r["s"].value, p, r["o"].value, evidence_row(r))
            level.setdefault(o, -2)
        elif p == ORG + "reportsTo" and s in depth:
            graph.add(r["s"].value, p, r["o"].value, evidence_row(r))
            level.setdefault(o, level[s] - 1 if o not in depth else level[o])
        elif p in SEATS and o in depth:
            graph.add(r["s"].value, p, r["o"].value, evidence_row(r))
            if s not in depth:
                level[s] = min(level.get(s, 10**6), level[o] + 1)
    roles: dict[tuple[str, str], str] = {}
    for r in store.select(queries.bind(Q_ROLES, n=groups)):
        s, o = index.id_of(r["s"].value), index.id_of(r["o"].value)
        if s and o:
            roles.setdefault((s, o), r["role"].value)
    for edge in graph.edges.values():
        if edge["predicate"] == ORG + "memberOf" and (edge["source"], edge["target"]) in roles:
            edge["role"] = roles[(edge["source"], edge["target"])]
    lowest = min(level.values())
    for i, n in graph.nodes.items():
        n["level"] = level.get(i, 0) - lowest
        n["depth"] = depth.get(i)
    _mentions(store, graph.nodes, index)
    return graph.data("structure", root=root)


Q_INDICATOR_OWNERS = (
    _P
    + """SELECT DISTINCT ?s ?p ?o ?doc ?ls ?le ?quote WHERE {
  VALUES ?p { pg:responsibleFor pg:contributesTo pg:measures }
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  """
    + EVIDENCE
    + "\n}"
)


def indicators(store: GraphStore, base: str, of: str | None = None) -> dict:
    """Indicators (and actions with a RAG status) with their latest status, owners and what they measure.

    Each indicator node has ``status`` (the latest RAG code or None), ``period`` and ``status_evidence``;
    ``of`` (a plan, priority or partnership) keeps the indicators :func:`graph.queries.indicators` lists for it.
    """
    index = name_index(store, base)
    observed = queries.observations(store)
    items = set(index.ids_of_type("indicator"))
    for iri, obs in observed.items():
        entity_id = index.id_of(iri)
        if entity_id in index.entries and any(o["status"] for o in obs):
            items.add(entity_id)
    of_ref = None
    if of is not None:
        of_ref, _ = known_entity(index, of)
        listed = queries.indicators(store, base, of=of)["indicators"]
        items &= {row["indicator"]["id"] for row in listed}
    graph = _Graph(index)
    for i in sorted(items):
        graph.node(index.iri_of(i))
    for r in store.select(Q_INDICATOR_OWNERS):
        s, p, o = index.id_of(r["s"].value), r["p"].value, index.id_of(r["o"].value)
        if p == PG + "measures" and s in items or p != PG + "measures" and o in items:
            graph.add(r["s"].value, p, r["o"].value, evidence_row(r))
    owners = {e["source"] for e in graph.edges.values() if e["predicate"] != PG + "measures"}
    for i, n in graph.nodes.items():
        n["role"] = "indicator" if i in items else "owner" if i in owners else "measured"
        if i not in items:
            continue
        latest = queries.latest(observed.get(index.iri_of(i), []))
        n["status"] = latest["status"] if latest else None
        n["period"] = latest["period"] if latest else None
        n["status_evidence"] = latest["evidence"][:1] if latest else []
    _mentions(store, graph.nodes, index)
    return graph.data("indicators", of=of_ref)


def funding(store: GraphStore, base: str, funder: str | None = None) -> dict:
    """Money: funder -> programme -> recipient or project, one edge per pair with the total ``amount``
    and each ``flow`` (amount, period, status); ``level`` is the step from the first funder.

    ``funder`` keeps what flows from that funder, directly or through what it funds.
    """
    index = name_index(store, base)
    graph = _Graph(index).rows([], queries.flows(store))
    funder_ref = None
    if funder is not None:
        funder_ref, _ = known_entity(index, funder)
        reach, todo = {funder_ref["id"]}, deque([funder_ref["id"]])
        out: dict[str, set[str]] = defaultdict(set)
        for e in graph.edges.values():
            out[e["source"]].add(e["target"])
        while todo:
            for nxt in out[todo.popleft()] - reach:
                reach.add(nxt)
                todo.append(nxt)
        graph.edges = {k: e for k, e in graph.edges.items() if e["source"] in reach}
        graph.nodes = {i: n for i, n in graph.nodes.items() if i in reach}
    level = _levels(graph.nodes, graph.edges.values())
    for i, n in graph.nodes.items():
        n["level"] = level[i]
    _mentions(store, graph.nodes, index)
    return graph.data("funding", funder=funder_ref)


def _levels(nodes: dict[str, dict], edges: Iterable[dict]) -> dict[str, int]:
    """Longest distance from a node nothing flows into; nodes on a cycle keep the level reached so far."""
    out: dict[str, list[str]] = defaultdict(list)
    into: dict[str, int] = defaultdict(int)
    for e in edges:
        out[e["source"]].append(e["target"])
        into[e["target"]] += 1
    level = dict.fromkeys(nodes, 0)
    todo = deque(sorted(i for i in nodes if not into[i]))
    while todo:
        current = todo.popleft()
        for nxt in out[current]:
            level[nxt] = max(level[nxt], level[current] + 1)
            into[nxt] -= 1
            if not into[nxt]:
                todo.append(nxt)
    return level


def plans(store: GraphStore, base: str) -> list[dict]:
    """Every plan, by label (for the network picture's filter)."""
    index = name_index(store, base)
    return sorted(
        (index.entries[i].as_dict() for i in index.ids_of_type("plan")), key=lambda e: e["label"].casefold()
    )


def overview(store: GraphStore, base: str) -> dict:
    """What the home page lists: entity counts by type, documents and plans."""
    index = name_index(store, base)
    counts = {kind: len(index.ids_of_type(kind)) for kind in KINDS if index.ids_of_type(kind)}
    return {"counts": counts, "documents": documents(store), "plans": plans(store, base)}
