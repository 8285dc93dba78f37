"""SHACL: what graph/rdf.py writes conforms to ontology/shapes.ttl, and broken data does not."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import OWL

import ontology
from graph.build import ontology_quads
from graph.namespaces import DEFAULT_BASE, PG, PROV
from graph.rdf import RAG_CODES, Minter, document_quads
from graph.store import EmbeddedStore, write_build
from graph.validate import ValidationReport, document_graph, validate, validate_graph
from ingest.model import (
    Claim,
    DocumentFacts,
    Entity,
    Evidence,
    Funding,
    Kind,
    Mention,
    Observation,
    Rel,
    Resolved,
)

DOC = "csp-plan-2019.txt"

COUNCIL = Mention("Exampleshire County Council", Kind.ORGANISATION)
CSP = Mention("Safer Exampleshire Partnership", Kind.PARTNERSHIP)
PRIORITY = Mention("Reduce anti-social behaviour", Kind.PRIORITY)
INDICATOR = Mention("ASB incidents", Kind.INDICATOR, code="PI 1.4")
FUND = Mention("Community Safety Fund", Kind.FUND)
PROJECT = Mention("Street Pastors", Kind.PROJECT)
PERSON = Mention("Jane Smith", Kind.PERSON)

KEYS = {
    COUNCIL: "exampleshire-county-council",
    CSP: "safer-exampleshire-partnership",
    PRIORITY: "reduce-anti-social-behaviour",
    INDICATOR: "asb-incidents",
    FUND: "community-safety-fund",
    PROJECT: "street-pastors",
    PERSON: "jane-smith",
}


def ev(line: int, quote: str, *, line_end: int | None = None) -> Evidence:
    return Evidence(DOC, line, line if line_end is None else line_end, quote)


def make_resolved_with_lines(start: int, end: int) -> Resolved:
    resolved = make_resolved()
    doc = resolved.documents[0]
    claim = doc.claims[0]
    doc.claims[0] = Claim(claim.subject, claim.rel, claim.object, ev(start, "x", line_end=end), claim.method)
    return resolved


def make_resolved(
    *, status: str = "red", evidence_line: int = 3, quote: str = "The Council leads on ASB."
) -> Resolved:
    claims = [
        Claim(COUNCIL, Rel.RESPONSIBLE, PRIORITY, ev(evidence_line, quote), "table:owner", 0.8),
        Claim(
            COUNCIL,
            Rel.MEMBER,
            CSP,
            ev(5, "Members: Exampleshire County Council (Chair)"),
            "list:members",
            role="Chair",
        ),
        Claim(
            PERSON, Rel.WORKS_FOR, COUNCIL, ev(6, "Jane Smith, Exampleshire County Council"), "regex:person"
        ),
        Claim(INDICATOR, Rel.INDICATOR_OF, PRIORITY, ev(7, "PI 1.4 ASB incidents"), "table:indicator"),
    ]
    fundings = [
        Funding(
            FUND,
            PROJECT,
            12500.0,
            ev(9, "Street Pastors received £12,500 from the Community Safety Fund in 2019/20"),
            "regex:funding",
            period="2019/20",
            status="received",
            purpose="Night-time economy patrols",
        )
    ]
    observations = [
        Observation(
            INDICATOR,
            "status",
            ev(11, "PI 1.4 ... Red"),
            "table:rag",
            period="2019/20",
            status=status,
            text="Red",
        ),
        Observation(
            INDICATOR,
            "actual",
            ev(11, "PI 1.4 ... 1,234", line_end=12),
            "table:value",
            period="2019/20",
            value=1234.0,
            unit="incidents",
        ),
    ]
    doc = DocumentFacts(
        document=DOC,
        title="Community Safety Partnership Plan 2019",
        text="",
        claims=claims,
        fundings=fundings,
        observations=observations,
        date="2019-04-01",
    )
    entities = {key: Entity(key, m.kind, m.name, {m.name}, m.code) for m, key in KEYS.items()}
    entities[KEYS[CSP]].aliases.add("SEP")
    return Resolved(documents=[doc], entities=entities, key_of=dict(KEYS))


def quads_of(resolved: Resolved) -> list[ox.Quad]:
    mint = Minter(DEFAULT_BASE)
    return [q for doc in resolved.documents for q in document_quads(doc, resolved, mint)]


def validate_quads(tmp_path, quads: Iterable[ox.Quad]) -> ValidationReport:
    link = tmp_path / "store"
    write_build(link, quads)
    return validate(EmbeddedStore(link))


def without(quads: list[ox.Quad], drop: Callable[[ox.Quad], bool]) -> list[ox.Quad]:
    kept = [q for q in quads if not drop(q)]
    assert len(kept) < len(quads), "nothing was removed"
    return kept


RDF_TYPE = ox.NamedNode(str(RDF.type))
DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")


def subjects_typed(quads: list[ox.Quad], cls: str) -> list[ox.NamedNode]:
    return [q.subject for q in quads if q.predicate == RDF_TYPE and q.object == ox.NamedNode(cls)]


def test_fixture_produces_every_kind_of_node():
    quads = quads_of(make_resolved())
    for cls in (
        str(RDF.Statement),
        PG + "Evidence",
        PG + "FundingFlow",
        "http://purl.org/linked-data/cube#Observation",
        "http://www.w3.org/ns/org#Membership",
    ):
        assert subjects_typed(quads, cls), cls


def test_what_rdf_py_writes_conforms(tmp_path):
    report = validate_quads(tmp_path, quads_of(make_resolved()))
    assert report.conforms, report.text
    assert report.violations == 0


def test_the_ontology_graph_is_left_out(tmp_path):
    quads = list(ontology_quads(DEFAULT_BASE)) + quads_of(make_resolved())
    link = tmp_path / "store"
    write_build(link, quads)
    store = EmbeddedStore(link)
    data = document_graph(store)
    assert (URIRef(PG + "Evidence"), RDF.type, OWL.Class) not in data
    assert len(data) == len(set(quads_of(make_resolved())))
    assert validate(store).conforms


def test_a_statement_without_evidence_does_not_conform(tmp_path):
    quads = quads_of(make_resolved())
    statement = subjects_typed(quads, str(RDF.Statement))[0]
    broken = without(quads, lambda q: q.subject == statement and q.predicate == DERIVED)

    report = validate_quads(tmp_path, broken)

    assert not report.conforms
    assert report.violations == 1
    assert "StatementShape" in report.text
    assert "prov:wasDerivedFrom" in report.text
    assert statement.value in report.text


def test_an_entity_without_a_mention_does_not_conform(tmp_path):
    quads = quads_of(make_resolved())
    project = ox.NamedNode(DEFAULT_BASE + KEYS[PROJECT])
    broken = without(
        quads, lambda q: q.subject == project and q.predicate == ox.NamedNode(PG + "mentionedIn")
    )

    report = validate_quads(tmp_path, broken)

    assert not report.conforms
    assert report.violations == 1
    assert "EntityShape" in report.text
    assert project.value in report.text


def test_a_funding_flow_without_a_funder_does_not_conform(tmp_path):
    quads = quads_of(make_resolved())
    broken = without(quads, lambda q: q.predicate == ox.NamedNode(PG + "funder"))

    report = validate_quads(tmp_path, broken)

    assert not report.conforms
    assert "FundingFlowShape" in report.text


def test_a_rag_status_outside_the_scheme_does_not_conform():
    data = Graph().parse(
        data=ox.serialize(
            [q.triple for q in quads_of(make_resolved(status="purple"))], format=ox.RdfFormat.TURTLE
        ),
        format="turtle",
    )
    report = validate_graph(data)
    assert not report.conforms
    assert report.violations == 1
    assert "ObservationShape" in report.text
    assert "rag-purple" in report.text


@pytest.mark.parametrize("status", sorted(RAG_CODES))
def test_every_rag_code_conforms(status):
    data = Graph().parse(
        data=ox.serialize(
            [q.triple for q in quads_of(make_resolved(status=status))], format=ox.RdfFormat.TURTLE
        ),
        format="turtle",
    )
    assert validate_graph(data).conforms


def test_evidence_lines_count_from_one(tmp_path):
    report = validate_quads(tmp_path, quads_of(make_resolved(evidence_line=0)))
    assert not report.conforms
    assert "EvidenceShape" in report.text
    assert "lineStart" in report.text


def test_evidence_lines_must_not_run_backwards(tmp_path):
    assert validate_quads(tmp_path, quads_of(make_resolved_with_lines(4, 4))).conforms
    report = validate_quads(tmp_path, quads_of(make_resolved_with_lines(5, 3)))
    assert not report.conforms
    assert report.violations == 1
    assert "LessThanOrEquals" in report.text


def test_an_empty_quote_does_not_conform(tmp_path):
    report = validate_quads(tmp_path, quads_of(make_resolved(quote="")))
    assert not report.conforms
    assert "TextQuoteSelectorShape" in report.text


def test_custom_shapes_replace_the_default(tmp_path):
    shapes = Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix pg: <https://w3id.org/partnership-graph/ontology#> .
        <urn:test:NeedsAmount> a sh:NodeShape ;
            sh:targetClass pg:FundingFlow ;
            sh:property [ sh:path pg:amount ; sh:minCount 2 ] .
        """,
        format="turtle",
    )
    link = tmp_path / "store"
    write_build(link, quads_of(make_resolved()))
    store = EmbeddedStore(link)
    assert validate(store).conforms
    report = validate(store, shapes=shapes)
    assert not report.conforms
    assert report.violations == 1
    # a path to a Turtle file works too
    assert validate(store, shapes=ontology.path("shapes.ttl")).conforms


def test_generated_pg_terms_match_their_declared_kind():
    """Predicates with literal objects are datatype properties, the rest object properties."""
    vocab = Graph()
    for _, source in ontology.vocabulary():
        vocab.parse(data=source, format="turtle")
    for q in quads_of(make_resolved()):
        if not q.predicate.value.startswith(PG):
            continue
        kind = OWL.DatatypeProperty if isinstance(q.object, ox.Literal) else OWL.ObjectProperty
        assert (URIRef(q.predicate.value), RDF.type, kind) in vocab, q.predicate.value
