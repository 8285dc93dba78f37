"""Query functions over a :class:`~graph.store.GraphStore`: plain dicts out, evidence on every item.

Every query is a constant. A request's values become pyoxigraph terms first and only their
serialisation enters a query, through :func:`bind` (a ``VALUES`` block in place of ``#VALUES#``).
Entity ids are checked against the build's name index (:mod:`graph.search`) before any query runs,
so an unknown or malformed id is :class:`~graph.errors.NotFound` at once.

Every list item carries ``evidence: [{document, line_start, line_end, quote}]``: for a direct
triple, the evidence of the ``rdf:Statement`` reifying it; for a membership, funding flow or
observation, the evidence of that node.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .errors import BadRequest
from .namespaces import CNT, PREFIXES, sparql_prefixes
from .search import ID_RE, NameIndex, clean_text, fold, name_index
from .search import search as search  # re-exported: the API's one import for queries
from .store import GraphStore

Term = ox.NamedNode | ox.Literal
_P = sparql_prefixes()
#: The evidence of ``?ev``: its document's name, first and last line and the verbatim quote, as
#: ``?doc ?ls ?le ?quote`` (read back by :func:`evidence_row`). Every evidenced query joins it.
EVIDENCE = """?ev oa:hasSource/dcterms:identifier ?doc ; pg:lineStart ?ls ; pg:lineEnd ?le ;
      oa:hasSelector/oa:exact ?quote ."""

Q_TRIPLE_EVIDENCE = (
    _P
    + """SELECT ?s ?p ?o ?doc ?ls ?le ?quote WHERE {
  #VALUES#
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  """
    + EVIDENCE
    + "\n}"
)
Q_NODE_EVIDENCE = (
    _P
    + """SELECT ?node ?doc ?ls ?le ?quote WHERE {
  #VALUES#
  ?node prov:wasDerivedFrom ?ev .
  """
    + EVIDENCE
    + "\n}"
)
Q_MENTION_EVIDENCE = (
    _P
    + """SELECT ?node ?doc ?ls ?le ?quote WHERE {
  #VALUES#
  ?node pg:mentionedIn ?ev .
  """
    + EVIDENCE
    + "\n}"
)
# Where every entity is named.
Q_MENTIONS = (
    _P
    + """SELECT DISTINCT ?node ?doc ?ls ?le ?quote WHERE {
  ?node pg:mentionedIn ?ev .
  """
    + EVIDENCE
    + "\n}"
)
Q_DOCUMENT_INFO = (
    _P
    + """SELECT DISTINCT ?name ?title ?date ?text WHERE {
  #VALUES#
  ?d a foaf:Document ; dcterms:identifier ?name .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d <"""
    + CNT
    + """chars> ?text }
}"""
)

# Link queries: each row names a list (?key), the entity to list (?e) and the triple that put it there.
Q_WHO_OWNS = (
    _P
    + """SELECT ?key ?e ?s ?p ?o WHERE {
  #VALUES#
  VALUES (?key ?p) { ("responsible" pg:responsibleFor) ("contributors" pg:contributesTo) }
  ?e ?p ?o .
  BIND(?e AS ?s)
}"""
)
Q_STRUCTURE = (
    _P
    + """SELECT ?key ?e ?s ?p ?o WHERE {
  { #VALUES# ?g org:subOrganizationOf ?e .
    BIND("parents" AS ?key) BIND(?g AS ?s) BIND(org:subOrganizationOf AS ?p) BIND(?e AS ?o) }
  UNION { #VALUES# ?o org:subOrganizationOf* ?g . ?e org:subOrganizationOf ?o . FILTER(?e != ?g)
    BIND("subgroups" AS ?key) BIND(?e AS ?s) BIND(org:subOrganizationOf AS ?p) }
  UNION { #VALUES# ?g org:reportsTo ?e .
    BIND("reports_to" AS ?key) BIND(?g AS ?s) BIND(org:reportsTo AS ?p) BIND(?e AS ?o) }
  UNION { #VALUES# ?e pg:chairOf ?g .
    BIND("chairs" AS ?key) BIND(?e AS ?s) BIND(pg:chairOf AS ?p) BIND(?g AS ?o) }
}"""
)
Q_ENTITY_LINKS = (
    _P
    + """SELECT ?key ?e ?s ?p ?o WHERE {
  { #VALUES# ?x org:holds ?e . BIND("posts" AS ?key) BIND(?x AS ?s) BIND(org:holds AS ?p) BIND(?e AS ?o) }
  UNION { #VALUES# ?x pg:worksFor ?e .
    BIND("organisations" AS ?key) BIND(?x AS ?s) BIND(pg:worksFor AS ?p) BIND(?e AS ?o) }
  UNION { #VALUES# ?x org:holds ?s . ?s pg:worksFor ?e .
    BIND("organisations" AS ?key) BIND(pg:worksFor AS ?p) BIND(?e AS ?o) }
  UNION { #VALUES# ?x dcterms:isReplacedBy ?e .
    BIND("replaced_by" AS ?key) BIND(?x AS ?s) BIND(dcterms:isReplacedBy AS ?p) BIND(?e AS ?o) }
  UNION { #VALUES# ?e dcterms:isReplacedBy ?x .
    BIND("replaces" AS ?key) BIND(?e AS ?s) BIND(dcterms:isReplacedBy AS ?p) BIND(?x AS ?o) }
}"""
)
Q_PRIORITIES = (
    _P
    + """SELECT ?key ?e ?s ?p ?o WHERE {
  { #VALUES# ?e pg:priorityOf ?of . BIND(pg:priorityOf AS ?p) }
  UNION { #VALUES# ?e a pg:Priority ; dcterms:isPartOf ?of . BIND(dcterms:isPartOf AS ?p) }
  BIND("priorities" AS ?key) BIND(?e AS ?s) BIND(?of AS ?o)
}"""
)
# The priorities a document lists for one owner, asked of another body the same document names
# ("the Northtown Partnership's priorities" stated as the priorities of its plan, or of the document).
Q_PRIORITIES_IN_DOCUMENTS = (
    _P
    + """SELECT ?key ?e ?s ?p ?o WHERE {
  #VALUES# GRAPH ?g { ?of pg:mentionedIn ?m . ?e pg:priorityOf ?o . FILTER(?o != ?of) }
  BIND("priorities" AS ?key) BIND(?e AS ?s) BIND(pg:priorityOf AS ?p)
}"""
)
# A partnership's priorities are often those of its plans: one step through a plan.
Q_PRIORITIES_OF_PLANS = (
    _P
    + """SELECT ?key ?e ?s ?p ?o WHERE {
  { #VALUES# ?o dcterms:isPartOf ?of . ?o a pg:Plan . ?e pg:priorityOf ?o . }
  UNION { #VALUES# ?of pg:responsibleFor ?o . ?o a pg:Plan . ?e pg:priorityOf ?o . }
  BIND("priorities" AS ?key) BIND(?e AS ?s) BIND(pg:priorityOf AS ?p)
}"""
)
Q_INDICATORS_OF = (
    _P
    + """SELECT ?key ?e ?s ?p ?o WHERE {
  { #VALUES# ?e pg:measures ?of . BIND(pg:measures AS ?p) BIND(?of AS ?o) }
  UNION { #VALUES# ?e a pg:Indicator ; dcterms:isPartOf ?of . BIND(dcterms:isPartOf AS ?p) BIND(?of AS ?o) }
  UNION { #VALUES# ?o pg:priorityOf|dcterms:isPartOf ?of . ?e pg:measures ?o . BIND(pg:measures AS ?p) }
  BIND("indicators" AS ?key) BIND(?e AS ?s)
}"""
)
# A body's indicators are often those of the plans it issues: one step through a plan, when it has none
# of its own.
Q_INDICATORS_OF_PLANS = (
    _P
    + """SELECT ?key ?e ?s ?p ?o WHERE {
  #VALUES# ?of pg:responsibleFor ?o . ?o a pg:Plan . ?e pg:measures ?o . BIND(pg:measures AS ?p)
  BIND("indicators" AS ?key) BIND(?e AS ?s)
}"""
)
Q_MEMBERS = (
    _P
    + """SELECT ?node ?e ?role WHERE {
  #VALUES#
  ?node org:organization ?g ; org:member ?e .
  OPTIONAL { ?node org:role ?r . ?r skos:prefLabel ?role }
}"""
)
# The one funding-flows query (REST funding, pages and pictures): each flow node whose funder and/or
# recipient are bound (#VALUES#; every flow when left out) with its evidence.
Q_FLOWS = (
    _P
    + """SELECT DISTINCT ?node ?funder ?recipient ?amount ?currency ?period ?status ?doc ?ls ?le ?quote WHERE {
  #VALUES#
  ?node pg:funder ?funder ; pg:recipient ?recipient ; prov:wasDerivedFrom ?ev .
  """
    + EVIDENCE
    + """
  OPTIONAL { ?node pg:amount ?amount }
  OPTIONAL { ?node pg:currency ?currency }
  OPTIONAL { ?node pg:period ?period }
  OPTIONAL { ?node pg:fundingStatus ?status }
}"""
)
Q_FUNDED_BY = _P + "SELECT DISTINCT ?x WHERE { #VALUES# ?funder pg:funds ?x . }"
# The one observations query (REST indicators, pages and pictures, the review): each observation node
# of the indicators bound to ?e (#VALUES#; every indicator when left out) with its evidence. The
# OPTIONAL parts come after the evidence join (see graph/projection.py).
Q_OBSERVATIONS = (
    _P
    + """SELECT DISTINCT ?e ?node ?measure ?period ?value ?unit ?status ?text ?doc ?ls ?le ?quote WHERE {
  #VALUES#
  ?node a qb:Observation ; pg:indicator ?e ; pg:measureType ?measure ; prov:wasDerivedFrom ?ev .
  """
    + EVIDENCE
    + """
  OPTIONAL { ?node pg:period ?period }
  OPTIONAL { ?node pg:value ?value }
  OPTIONAL { ?node pg:unit ?unit }
  OPTIONAL { ?node pg:ragStatus ?status }
  OPTIONAL { ?node pg:asWritten ?text }
}"""
)

_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def bind(query: str, **columns: Term | Sequence[Term]) -> str:
    """``query`` with every ``#VALUES#`` replaced by a VALUES block of the given terms.

    A single term binds one row; lists (all of one length) bind one row per position.
    Only pyoxigraph terms are accepted, and only their N-Triples serialisation enters the text.
    """
    if "#VALUES#" not in query or not columns:
        raise ValueError("bind() needs a query with #VALUES# and at least one column")
    names = list(columns)
    cols = [[v] if isinstance(v, Term) else list(v) for v in columns.values()]
    for name, col in zip(names, cols, strict=True):
        if not _VAR.fullmatch(name) or not all(isinstance(t, Term) for t in col):
            raise TypeError(f"bind(): {name} must be a variable name bound to NamedNode/Literal terms")
    rows = " ".join("(" + " ".join(str(t) for t in row) + ")" for row in zip(*cols, strict=True))
    block = "VALUES (" + " ".join("?" + n for n in names) + ") { " + rows + " }"
    return query.replace("#VALUES#", block)


# ---------------------------------------------------------------- evidence


def evidence_row(row) -> dict:
    """The evidence a result row carries in ``?doc ?ls ?le ?quote`` (see :data:`EVIDENCE`)."""
    return {
        "document": row["doc"].value,
        "line_start": int(row["ls"].value),
        "line_end": int(row["le"].value),
        "quote": row["quote"].value,
    }


def _ev_key(ev: dict) -> tuple:
    return (
        ev.get("document") or "",
        ev.get("line_start") or 0,
        ev.get("line_end") or 0,
        ev.get("quote") or "",
    )


def merge_evidence(*lists: Iterable[dict] | None) -> list[dict]:
    """Evidence lists joined, without repeats, in document and line order (``None`` lists skipped)."""
    seen = {_ev_key(ev): ev for evs in lists for ev in evs or ()}
    return [seen[k] for k in sorted(seen)]


def number(row, name: str) -> float | None:
    """``?name`` of a result row as a float; ``None`` when unbound or not a number."""
    try:
        return float(row[name].value) if name in row else None
    except ValueError:
        return None


def status_name(concept: str | None) -> str | None:
    """A RAG status concept's code: ``.../rag-red`` -> ``red`` (:data:`graph.rdf.RAG_CODES`)."""
    if not concept:
        return None
    name = concept.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return name[4:] if name.startswith("rag-") else name


def triple_evidence(store: GraphStore, triples: Iterable[tuple[Term, Term, Term]]) -> dict[tuple, list[dict]]:
    """Evidence of each ``(s, p, o)``, read from the statements that reify it."""
    triples = list(dict.fromkeys(triples))
    out: dict[tuple, list[dict]] = defaultdict(list)
    if triples:
        s, p, o = zip(*triples, strict=True)
        for row in store.select(bind(Q_TRIPLE_EVIDENCE, s=s, p=p, o=o)):
            out[(row["s"].value, row["p"].value, row["o"].value)].append(evidence_row(row))
    return out


def node_evidence(
    store: GraphStore, nodes: Iterable[ox.NamedNode], query: str = Q_NODE_EVIDENCE
) -> dict[str, list[dict]]:
    """Evidence of each membership, funding flow or observation node (or, with
    :data:`Q_MENTION_EVIDENCE`, where each entity is named)."""
    nodes = list(dict.fromkeys(nodes))
    out: dict[str, list[dict]] = defaultdict(list)
    if nodes:
        for row in store.select(bind(query, node=nodes)):
            out[row["node"].value].append(evidence_row(row))
    return out


def _in_order(items: Iterable[dict]) -> list[dict]:
    """Items by where their first evidence stands, then by label."""

    def key(item: dict) -> tuple:
        ev = item["evidence"][0] if item["evidence"] else None
        return (ev is None, _ev_key(ev) if ev else (), item.get("label") or "")

    return sorted(items, key=key)


def _links(
    store: GraphStore, index: NameIndex, query: str, rows: list | None = None, **bound: Term
) -> dict[str, list[dict]]:
    """Run a link query (or take its ``rows``): entities grouped by ``?key``, each with the evidence of
    its triples."""
    rows = store.select(bind(query, **bound)) if rows is None else rows
    evidence = triple_evidence(store, ((r["s"], r["p"], r["o"]) for r in rows))
    grouped: dict[str, dict[str, dict]] = defaultdict(dict)
    for r in rows:
        item = grouped[r["key"].value].setdefault(r["e"].value, index.ref(r["e"].value) | {"evidence": []})
        item["evidence"] = merge_evidence(
            item["evidence"], evidence.get((r["s"].value, r["p"].value, r["o"].value), [])
        )
    return {key: _in_order(items.values()) for key, items in grouped.items()}


def known_entity(index: NameIndex, entity_id: str) -> tuple[dict, ox.NamedNode]:
    """The entity dict of ``entity_id`` and its IRI as a term; :class:`~graph.errors.NotFound` if unknown."""
    entry = index.get(entity_id)
    return entry.as_dict(), ox.NamedNode(entry.iri)


# ---------------------------------------------------------------- entities, owners, groups


def entity(store: GraphStore, base: str, entity_id: str) -> dict:
    """An entity with the posts it holds, the organisations it works for, and replacements."""
    index = name_index(store, base)
    page, node = known_entity(index, entity_id)
    links = _links(store, index, Q_ENTITY_LINKS, x=node)
    return page | {key: links.get(key, []) for key in ("posts", "organisations", "replaced_by", "replaces")}


def who_owns(store: GraphStore, base: str, item: str) -> dict:
    """Who is responsible for an item (action, indicator, plan…) and who contributes to it."""
    index = name_index(store, base)
    page, node = known_entity(index, item)
    links = _links(store, index, Q_WHO_OWNS, o=node)
    return {
        "item": page,
        "responsible": links.get("responsible", []),
        "contributors": links.get("contributors", []),
    }


def structure(store: GraphStore, base: str, group: str) -> dict:
    """A group's parents, all its sub-groups (every level), whom it reports to and its chairs."""
    index = name_index(store, base)
    page, node = known_entity(index, group)
    links = _links(store, index, Q_STRUCTURE, g=node)
    return {"group": page} | {k: links.get(k, []) for k in ("parents", "subgroups", "reports_to", "chairs")}


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def role_matches(wanted: str, role: str | None) -> bool:
    """``wanted`` names ``role``, or a run of its words, ignoring case, punctuation and plurals."""
    want = [_singular(w) for w in fold(wanted).split()]
    have = [_singular(w) for w in fold(role or "").split()]
    return bool(want) and any(have[i : i + len(want)] == want for i in range(len(have) - len(want) + 1))


def members(store: GraphStore, base: str, group: str, role: str | None = None) -> dict:
    """The members of a group or partnership with their roles, optionally only those of ``role``."""
    index = name_index(store, base)
    page, node = known_entity(index, group)
    if role is not None:
        role = clean_text(role)
    rows = [
        r
        for r in store.select(bind(Q_MEMBERS, g=node))
        if role is None or role_matches(role, r["role"].value if "role" in r else None)
    ]
    evidence = node_evidence(store, (r["node"] for r in rows))
    found: dict[tuple, dict] = {}
    for r in rows:
        role_text = r["role"].value if "role" in r else None
        item = found.setdefault(
            (r["e"].value, role_text), {"member": index.ref(r["e"].value), "role": role_text, "evidence": []}
        )
        item["evidence"] = merge_evidence(item["evidence"], evidence.get(r["node"].value, []))
    rows_out = sorted(found.values(), key=lambda m: (m["member"]["label"], m["role"] or ""))
    return {"group": page, "members": rows_out}


def priorities(store: GraphStore, base: str, of: str) -> dict:
    """The priorities, objectives or outcomes of a plan, partnership or strategy."""
    index = name_index(store, base)
    page, node = known_entity(index, of)
    links = _links(store, index, Q_PRIORITIES, of=node)
    if not links:
        links = _links(store, index, Q_PRIORITIES_OF_PLANS, of=node)
    if not links:  # the one list of priorities its documents give, if they give one
        rows = store.select(bind(Q_PRIORITIES_IN_DOCUMENTS, of=node))
        if len({r["o"].value for r in rows}) == 1:
            links = _links(store, index, Q_PRIORITIES_IN_DOCUMENTS, rows=rows)
    return {"of": page, "priorities": links.get("priorities", [])}


# ---------------------------------------------------------------- funding


def flows(store: GraphStore, **bound: Term | Sequence[Term]) -> list[dict]:
    """Every funding flow node whose ``funder`` and/or ``recipient`` are bound (every flow when
    nothing is): ``{node, funder, recipient, amount, currency, period, status, evidence}`` (IRIs for
    the two ends, evidence merged), in node order. The one read of flows (REST, pages, pictures)."""
    query = bind(Q_FLOWS, **bound) if bound else Q_FLOWS.replace("#VALUES#", "")
    found: dict[str, dict] = {}
    for r in store.select(query):
        flow = found.setdefault(
            r["node"].value,
            {
                "node": r["node"].value,
                "funder": r["funder"].value,
                "recipient": r["recipient"].value,
                "amount": number(r, "amount"),
                "currency": r["currency"].value if "currency" in r else None,
                "period": r["period"].value if "period" in r else None,
                "status": r["status"].value if "status" in r else None,
                "evidence": [],
            },
        )
        flow["evidence"].append(evidence_row(r))
    for flow in found.values():
        flow["evidence"] = merge_evidence(flow["evidence"])
    return [found[node] for node in sorted(found)]


def _flows(store: GraphStore, index: NameIndex, **bound: Term | Sequence[Term]) -> list[dict]:
    """Funding flows matching the bound funder and/or recipient; equal flows merged."""
    merged: dict[tuple, dict] = {}
    for f in flows(store, **bound):
        flow = merged.setdefault(
            (f["funder"], f["recipient"], f["amount"], f["period"]),
            {
                "funder": index.ref(f["funder"]),
                "recipient": index.ref(f["recipient"]),
                "amount": f["amount"],
                "currency": f["currency"] or "GBP",
                "period": f["period"],
                "status": f["status"],
                "via": None,
                "evidence": [],
            },
        )
        flow["evidence"] = merge_evidence(flow["evidence"], f["evidence"])
    return _in_order(merged.values())


def funding(store: GraphStore, base: str, funder: str | None = None, recipient: str | None = None) -> dict:
    """Funding flows from ``funder`` and/or to ``recipient``.

    With both given and no direct flow, flows to the recipient from anything the funder funds
    (money routed through the funder's programme) are returned with ``via`` that programme.
    """
    if funder is None and recipient is None:
        raise BadRequest("give a funder, a recipient or both")
    index = name_index(store, base)
    bound = {}
    if funder is not None:
        bound["funder"] = known_entity(index, funder)[1]
    if recipient is not None:
        bound["recipient"] = known_entity(index, recipient)[1]
    flows = _flows(store, index, **bound)
    if not flows and len(bound) == 2:
        flows = _routed_flows(store, index, bound["funder"], bound["recipient"])
    return {"flows": flows}


def _routed_flows(
    store: GraphStore, index: NameIndex, funder: ox.NamedNode, recipient: ox.NamedNode
) -> list[dict]:
    middles = [r["x"] for r in store.select(bind(Q_FUNDED_BY, funder=funder)) if r["x"] != recipient]
    if not middles:
        return []
    flows = _flows(store, index, funder=middles, recipient=[recipient] * len(middles))
    first_legs = _flows(store, index, funder=[funder] * len(middles), recipient=middles)
    leg_evidence: dict[str, list[dict]] = defaultdict(list)
    for leg in first_legs:
        leg_evidence[leg["recipient"]["id"]] += leg["evidence"]
    for flow in flows:
        flow["via"], flow["funder"] = flow["funder"], index.ref(funder.value)
        flow["evidence"] = merge_evidence(flow["evidence"], leg_evidence[flow["via"]["id"]])
    return flows


# ---------------------------------------------------------------- indicators

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_QUARTER = re.compile(r"\b(?:q|qtr|quarter)\s*([1-4])\b")
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\b")
_YEAR_END = re.compile(r"\b(?:year end|year-end|outturn|annual|full year)\b")


def period_key(period: str | None) -> tuple:
    """A sort key putting periods in time order: year, then quarter or month; no period first."""
    if not period:
        return (0, 0, 0, "")
    text = period.casefold()
    year = _YEAR.search(text)
    quarter, month = _QUARTER.search(text), _MONTH.search(text)
    if quarter:
        within = int(quarter.group(1)) * 3
    elif month:
        within = _MONTHS.index(month.group(1)) + 1
    else:
        within = 13 if _YEAR_END.search(text) else 0
    return (1, int(year.group()) if year else 0, within, text)


def latest(observed: list[dict], measure: str | None = None) -> dict | None:
    """The last of an indicator's :func:`observations` (in period order) with a RAG status, or with a
    value of ``measure`` ("target", "actual", "baseline"); None if there is none."""
    found = [
        o
        for o in observed
        if (o["status"] if measure is None else o["measure"] == measure and o["value"] is not None)
    ]
    return found[-1] if found else None


def _indicator_row(ref: dict, observed: list[dict]) -> tuple[dict, list[dict]]:
    """One indicator's row (from its :func:`observations`), and the observations its status and
    values were read from."""
    status = latest(observed)
    values = {measure: latest(observed, measure) for measure in ("target", "actual", "baseline")}
    row = {
        "indicator": ref,
        "code": ref.get("code"),
        "status": status["status"] if status else None,
        **{measure: o["value"] if o else None for measure, o in values.items()},
        "observations": [
            {"period": o["period"], "value": o["value"]} for o in observed if o["measure"] == "actual"
        ],
    }
    return row, [o for o in (status, *values.values()) if o]


def observations(
    store: GraphStore, indicators: Sequence[ox.NamedNode] | None = None
) -> dict[str, list[dict]]:
    """Every observation of ``indicators`` (of every indicator when None), by indicator IRI: each
    ``{node, measure, period, value, unit, status, text, evidence}`` with its evidence merged, in
    period order, then by measure and node. The one read of observations (REST, pages, review)."""
    if indicators is not None and not indicators:
        return {}
    if indicators is None:
        query = Q_OBSERVATIONS.replace("#VALUES#", "")
    else:
        query = bind(Q_OBSERVATIONS, e=list(dict.fromkeys(indicators)))
    found: dict[tuple[str, str], dict] = {}
    for r in store.select(query):
        obs = found.setdefault(
            (r["e"].value, r["node"].value),
            {
                "node": r["node"].value,
                "measure": r["measure"].value.rsplit("#", 1)[-1],
                "period": r["period"].value if "period" in r else None,
                "value": number(r, "value"),
                "unit": r["unit"].value if "unit" in r else None,
                "status": status_name(r["status"].value if "status" in r else None),
                "text": r["text"].value if "text" in r else None,
                "evidence": [],
            },
        )
        obs["evidence"].append(evidence_row(r))
    out: dict[str, list[dict]] = defaultdict(list)
    for (indicator, _), obs in found.items():
        obs["evidence"] = merge_evidence(obs["evidence"])
        out[indicator].append(obs)
    for items in out.values():
        items.sort(key=lambda o: (period_key(o["period"]), o["measure"], o["node"]))
    return dict(out)


def _match_indicators(index: NameIndex, q: str, only: set[str] | None) -> list[str]:
    """Ids of the indicators ``q`` names best (an id, or text matched like search)."""
    text = clean_text(q)
    pool = only if only is not None else index.ids_of_type("indicator")
    if ID_RE.fullmatch(text) and text in index.entries and (only is None or text in only):
        return [text]
    hits = index.ranked(text, limit=20, only=pool)
    return [entry.id for entry, tier in hits if tier == hits[0][1]]


def indicators(store: GraphStore, base: str, of: str | None = None, q: str | None = None) -> dict:
    """Indicators of a plan, priority or partnership (``of``), or named by ``q``, or both.

    Each row has the latest status and actual, the target, the baseline and the actuals by period;
    its evidence is that of the link to ``of`` and of the observations its values come from.
    """
    if of is None and q is None:
        raise BadRequest("give of, q or both")
    index = name_index(store, base)
    linked: dict[str, list[dict]] = {}
    named = index.entries.get(q) if of is None and q is not None else None
    if named is not None and named.type not in ("indicator", "action"):
        of, q = q, None  # an outcome or priority named by id: the indicators that measure it
    if of is not None:
        node = known_entity(index, of)[1]
        found = _links(store, index, Q_INDICATORS_OF, of=node).get("indicators", [])
        if not found:
            found = _links(store, index, Q_INDICATORS_OF_PLANS, of=node).get("indicators", [])
        linked = {item["id"]: item["evidence"] for item in found}
    if q is not None:
        ids = _match_indicators(index, q, set(linked) if of is not None else None)
    else:
        ids = list(linked)
    iris = [index.iri_of(i) for i in ids]
    observed = observations(store, [ox.NamedNode(iri) for iri in iris])
    built = [_indicator_row(index.ref(iri), observed.get(iri, [])) for iri in iris]
    bare = [
        ox.NamedNode(iri)
        for iri, i, (_, src) in zip(iris, ids, built, strict=True)
        if not src and not linked.get(i)
    ]
    named = node_evidence(store, bare, Q_MENTION_EVIDENCE)
    rows = []
    for entity_id, iri, (row, sources) in zip(ids, iris, built, strict=True):
        from_values = (o["evidence"] for o in sources)
        row["evidence"] = merge_evidence(linked.get(entity_id, []), *from_values, named.get(iri, []))
        rows.append(row)
    if q is None:
        rows.sort(key=lambda r: (r["code"] is None, _natural(r["code"] or r["indicator"]["label"])))
    return {"indicators": rows}


def _natural(text: str) -> list:
    """``PI 1.10`` after ``PI 1.9``."""
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text)]


# ---------------------------------------------------------------- documents


def document_info(store: GraphStore, names: Iterable[str] | None = None) -> dict[str, dict]:
    """Each document's ``{title, date, text}`` (``None`` where the store has none), by file name:
    every document, or only those named in ``names``."""
    if names is None:
        query = Q_DOCUMENT_INFO.replace("#VALUES#", "")
    else:
        wanted = sorted(set(names))
        if not wanted:
            return {}
        query = bind(Q_DOCUMENT_INFO, name=[ox.Literal(n) for n in wanted])
    out: dict[str, dict] = {}
    for r in store.select(query):
        info = out.setdefault(r["name"].value, {"title": None, "date": None, "text": None})
        for key in info:
            info[key] = info[key] or (r[key].value if key in r else None)
    return out


# ---------------------------------------------------------------- health, SPARQL, export


MERGE_RULES = (
    _P
    + """
SELECT DISTINCT ?rule WHERE { #VALUES# ?entity pg:mergeRule ?rule . } ORDER BY ?rule
"""
)


def merge_rules(store: GraphStore, base: str, entity_id: str) -> list[str]:
    """Why the entity's names were merged (rule and names), as recorded at build time."""
    node = ox.NamedNode(base + entity_id)
    return [row["rule"].value for row in store.select(bind(MERGE_RULES, entity=node))]


def health(store: GraphStore) -> dict:
    """Quad count and build id of the build the store shows now."""
    return {"status": "ok", "quads": store.quad_count(), "build": store.build_id()}


EXPORT_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def export(store: GraphStore, fmt: str, out: str | Path | BinaryIO | None = None) -> bytes | None:
    """The whole store: ``trig``, ``nq`` and ``jsonld`` keep the named graphs, ``ttl`` is their union."""
    if fmt not in EXPORT_FORMATS:
        raise BadRequest(f"format must be one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "ttl":
        data = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()))
    else:
        data = store.quads()
    prefixes = dict(PREFIXES) if fmt in ("ttl", "trig") else None
    return ox.serialize(
        data, str(out) if isinstance(out, Path) else out, EXPORT_FORMATS[fmt], prefixes=prefixes
    )
