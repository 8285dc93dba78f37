"""Facts to RDF: one named graph per document, deterministic IRIs, evidence on every fact.

Mapping (see ``ontology/partnership.ttl``):

* an entity is ``<base><key>`` typed by :data:`CLASS_OF`, with ``skos:prefLabel``, ``rdfs:label``,
  ``skos:altLabel`` per alias, ``skos:notation`` for a code and ``pg:mentionedIn`` evidence;
* a claim is its direct triple (predicate from :data:`PREDICATE_OF`) plus an ``rdf:Statement``
  reifying it with ``prov:wasDerivedFrom`` its evidence, ``pg:method`` and ``pg:confidence``;
  memberships are also ``org:Membership`` nodes (member, organisation, role) and replacements
  ``org:ChangeEvent`` nodes;
* a funding is a ``pg:FundingFlow`` node, an observation a ``qb:Observation`` node;
* evidence is a ``pg:Evidence`` (an ``oa:SpecificResource``) with ``oa:hasSource`` the document,
  ``pg:lineStart``/``pg:lineEnd`` and an ``oa:TextQuoteSelector`` holding the verbatim quote.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from ingest.model import DocumentFacts, Evidence, Kind, Mention, Rel, Resolved
from ingest.names import SLUG_MAX, slug
from ontology import relations

from .namespaces import CNT, DCTERMS, FOAF, OA, ORG, PG, PROV, QB, RDF, RDFS, SKOS, XSD

CLASS_OF = {
    Kind.ORGANISATION: ORG + "Organization",
    Kind.PARTNERSHIP: ORG + "OrganizationalCollaboration",
    Kind.GROUP: ORG + "OrganizationalUnit",
    Kind.SERVICE: PG + "Service",
    Kind.PERSON: FOAF + "Person",
    Kind.POST: ORG + "Post",
    Kind.PLAN: PG + "Plan",
    Kind.PRIORITY: PG + "Priority",
    Kind.ACTION: PG + "Action",
    Kind.INDICATOR: PG + "Indicator",
    Kind.FUND: PG + "Fund",
    Kind.PROJECT: PG + "Project",
}
KIND_OF_CLASS = {v: k for k, v in CLASS_OF.items()}

PREDICATE_OF = {rel: relations.by_name()[rel.value].predicate for rel in Rel}  # from ontology/relations.yaml
FUNDS = relations.by_name()["funds"].predicate  # a funding flow's shortcut from funder to recipient

RAG_CODES = {"red", "amber", "green", "not-started", "completed", "on-target", "off-target"}

_A = NamedNode(RDF + "type")


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


class Minter:
    """Mints the IRIs of one build under one base."""

    def __init__(self, base: str):
        self.base = base

    def entity(self, key: str) -> NamedNode:
        return NamedNode(self.base + key)

    def document(self, name: str) -> NamedNode:
        return NamedNode(f"{self.base}doc/{_name_slug(name)}")

    def graph(self, name: str) -> NamedNode:
        return NamedNode(f"{self.base}graph/{_name_slug(name)}")

    def node(self, kind: str, *parts: object) -> NamedNode:
        return NamedNode(f"{self.base}{kind}/{_digest(*parts)}")


def _name_slug(name: str) -> str:
    """A document name's slug; one that reaches the slug's length limit ends in a digest of the whole name,
    so two long names sharing their first words never share a graph."""
    text = slug(name)
    return text if len(text) < SLUG_MAX - 1 else f"{text[: SLUG_MAX - 17].strip('-')}-{_digest(name)}"


def _lit(value: str) -> Literal:
    return Literal(value)


def _decimal(value: float) -> Literal:
    text = f"{value:.6f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return Literal(text, datatype=NamedNode(XSD + "decimal"))


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))


def rag_concept(code: str) -> NamedNode:
    """The RAG code list concept for a status code ('not started' -> pg:rag-not-started)."""
    return NamedNode(f"{PG}rag-{slug(code)}")


def resolution_quads(resolved: Resolved, mint: Minter) -> Iterator[Quad]:
    """Why names were merged into one entity: one ``pg:mergeRule`` per merge, in its own graph."""
    g = mint.graph("resolution")
    for key, entity in sorted(resolved.entities.items()):
        for rule in entity.merges:
            yield Quad(mint.entity(key), NamedNode(PG + "mergeRule"), _lit(rule), g)


def document_quads(doc: DocumentFacts, resolved: Resolved, mint: Minter) -> Iterator[Quad]:
    """All quads of one document's named graph."""
    g = mint.graph(doc.document)
    d = mint.document(doc.document)

    def q(s, p, o):
        return Quad(s, NamedNode(p), o, g)

    yield q(d, RDF + "type", NamedNode(FOAF + "Document"))
    yield q(d, RDF + "type", NamedNode(PROV + "Entity"))
    yield q(d, DCTERMS + "identifier", _lit(doc.document))
    if doc.title:
        yield q(d, DCTERMS + "title", _lit(doc.title))
    if doc.date:
        yield q(d, DCTERMS + "date", Literal(doc.date, datatype=NamedNode(XSD + "date")))
    yield q(d, CNT + "chars", _lit(doc.text))  # the text as read: every quote and line number refers to it

    def evidence(ev: Evidence) -> Iterator[Quad | NamedNode]:
        node = mint.node("evidence", ev.document, ev.line_start, ev.line_end, ev.quote)
        sel = NamedNode(str(node.value) + "-quote")
        yield q(node, RDF + "type", NamedNode(PG + "Evidence"))
        yield q(node, OA + "hasSource", d)
        yield q(node, PG + "lineStart", _int(ev.line_start))
        yield q(node, PG + "lineEnd", _int(ev.line_end))
        if doc.page_starts and ev.document == doc.document:  # the page the passage starts on
            yield q(node, PG + "page", _int(max(1, bisect_right(doc.page_starts, ev.line_start))))
        yield q(node, OA + "hasSelector", sel)
        yield q(sel, RDF + "type", NamedNode(OA + "TextQuoteSelector"))
        yield q(sel, OA + "exact", _lit(ev.quote))
        yield node

    def with_evidence(ev: Evidence, subject: NamedNode) -> Iterator[Quad]:
        for item in evidence(ev):
            if isinstance(item, Quad):
                yield item
            else:
                yield q(subject, PROV + "wasDerivedFrom", item)

    def provenance(node: NamedNode, method: str, confidence: float) -> Iterator[Quad]:
        yield q(node, PG + "method", _lit(method))
        yield q(node, PG + "confidence", _decimal(round(confidence, 3)))

    def ent(m: Mention) -> NamedNode:
        return mint.entity(resolved.key_of[m])

    # entities named in this document: type, labels (global), and where this document names them
    seen: dict[str, Evidence] = {}
    for m, ev in doc.mentions():
        seen.setdefault(resolved.key_of[m], ev)
    for key, ev in seen.items():
        e = resolved.entities[key]
        node = mint.entity(key)
        yield q(node, RDF + "type", NamedNode(CLASS_OF[e.kind]))
        yield q(node, SKOS + "prefLabel", _lit(e.label))
        yield q(node, RDFS + "label", _lit(e.label))
        for alias in sorted(e.aliases - {e.label}):
            yield q(node, SKOS + "altLabel", _lit(alias))
        if e.code:
            yield q(node, SKOS + "notation", _lit(e.code))
        for item in evidence(ev):
            yield item if isinstance(item, Quad) else q(node, PG + "mentionedIn", item)

    for c in doc.claims:
        s, o, p = ent(c.subject), ent(c.object), PREDICATE_OF[c.rel]
        if s == o:
            continue
        yield q(s, p, o)
        st = mint.node("statement", s.value, p, o.value, c.evidence, c.role, c.method)
        yield q(st, RDF + "type", NamedNode(RDF + "Statement"))
        yield q(st, RDF + "subject", s)
        yield q(st, RDF + "predicate", NamedNode(p))
        yield q(st, RDF + "object", o)
        yield from provenance(st, c.method, c.confidence)
        yield from with_evidence(c.evidence, st)
        if c.rel is Rel.MEMBER:
            # one membership per member, body and role in a document, however many readers or lines state it
            ms = mint.node("membership", s.value, o.value, c.role, c.evidence.document)
            yield q(ms, RDF + "type", NamedNode(ORG + "Membership"))
            yield q(ms, ORG + "member", s)
            yield q(ms, ORG + "organization", o)
            if c.role:
                role = NamedNode(f"{mint.base}role/{slug(c.role)}")
                yield q(ms, ORG + "role", role)
                yield q(role, RDF + "type", NamedNode(ORG + "Role"))
                yield q(role, SKOS + "prefLabel", _lit(c.role.lower()))
            yield from with_evidence(c.evidence, ms)
        if c.rel is Rel.REPLACED_BY:
            ce = mint.node("change", s.value, o.value, c.evidence)
            yield q(ce, RDF + "type", NamedNode(ORG + "ChangeEvent"))
            yield q(ce, ORG + "originalOrganization", s)
            yield q(ce, ORG + "resultingOrganization", o)
            yield from with_evidence(c.evidence, ce)

    dataset = NamedNode(str(d.value) + "-observations")
    if doc.observations:
        yield q(dataset, RDF + "type", NamedNode(QB + "DataSet"))
        yield q(dataset, QB + "structure", NamedNode(PG + "ObservationStructure"))
        yield q(dataset, DCTERMS + "source", d)
    for ob in doc.observations:
        node = mint.node(
            "observation",
            resolved.key_of[ob.indicator],
            ob.measure,
            ob.period,
            ob.value,
            ob.status,
            ob.evidence,
        )
        yield q(node, RDF + "type", NamedNode(QB + "Observation"))
        yield q(node, QB + "dataSet", dataset)
        yield q(node, PG + "indicator", ent(ob.indicator))
        yield q(node, PG + "measureType", NamedNode(f"{PG}{ob.measure}"))
        if ob.period:
            yield q(node, PG + "period", _lit(ob.period))
        if ob.value is not None:
            yield q(node, PG + "value", _decimal(ob.value))
        if ob.unit:
            yield q(node, PG + "unit", _lit(ob.unit))
        if ob.status:
            yield q(node, PG + "ragStatus", rag_concept(ob.status))
        if ob.text:
            yield q(node, PG + "asWritten", _lit(ob.text))
        yield from provenance(node, ob.method, ob.confidence)
        yield from with_evidence(ob.evidence, node)

    for f in doc.fundings:
        node = mint.node(
            "funding",
            resolved.key_of[f.funder],
            resolved.key_of[f.recipient],
            f.amount,
            f.period,
            f.status,
            f.evidence,
        )
        yield q(node, RDF + "type", NamedNode(PG + "FundingFlow"))
        yield q(node, PG + "funder", ent(f.funder))
        yield q(node, PG + "recipient", ent(f.recipient))
        yield q(ent(f.funder), FUNDS, ent(f.recipient))
        if f.amount is not None:
            yield q(node, PG + "amount", _decimal(f.amount))
            yield q(node, PG + "currency", _lit("GBP"))
        if f.period:
            yield q(node, PG + "period", _lit(f.period))
        if f.status:
            yield q(node, PG + "fundingStatus", _lit(f.status))
        if f.purpose:
            yield q(node, DCTERMS + "description", _lit(f.purpose))
        yield from provenance(node, f.method, f.confidence)
        yield from with_evidence(f.evidence, node)

    for desc in doc.descriptions:
        if desc.entity not in resolved.key_of:
            continue
        node = ent(desc.entity)
        if desc.alias:
            st = mint.node("statement", node.value, SKOS + "altLabel", desc.alias, desc.evidence, desc.method)
            yield q(node, SKOS + "altLabel", _lit(desc.alias))
            yield q(st, RDF + "type", NamedNode(RDF + "Statement"))
            yield q(st, RDF + "subject", node)
            yield q(st, RDF + "predicate", NamedNode(SKOS + "altLabel"))
            yield q(st, RDF + "object", _lit(desc.alias))
            yield from provenance(st, desc.method, 0.9)
            yield from with_evidence(desc.evidence, st)
