"""The vocabulary, the RAG code list and the shapes: they parse and cover what graph/rdf.py writes."""

from __future__ import annotations

import inspect
import re

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH, SKOS

import graph.rdf
import ontology
from graph.namespaces import PG, QB
from ontology import relations

DECLARED_AS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
PGSH = "https://w3id.org/partnership-graph/shapes#"


def parse(name: str) -> Graph:
    return Graph().parse(data=ontology.path(name).read_bytes(), format="turtle")


@pytest.fixture(scope="module")
def vocab() -> Graph:
    """partnership.ttl and the relations declared from the relation table (as the store loads them)."""
    return parse("partnership.ttl").parse(data=relations.declarations(), format="turtle")


@pytest.fixture(scope="module")
def rag() -> Graph:
    return parse("rag.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return parse("shapes.ttl")


def pg_names_in_rdf_source() -> set[str]:
    return set(re.findall(r'PG \+ "(\w[\w-]*)"', inspect.getsource(graph.rdf)))


@pytest.mark.parametrize("name", ["partnership.ttl", "rag.ttl", "shapes.ttl"])
def test_turtle_files_parse_with_rdflib_and_pyoxigraph(name):
    data = ontology.path(name).read_bytes()
    assert len(Graph().parse(data=data, format="turtle")) > 20
    # graph/build.py loads the vocabulary into the store with pyoxigraph's parser
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) > 20


def test_ontology_header(vocab):
    ont = URIRef("https://w3id.org/partnership-graph/ontology")
    assert (ont, RDF.type, OWL.Ontology) in vocab
    assert vocab.value(ont, URIRef("http://purl.org/dc/terms/title")) is not None
    assert vocab.value(ont, OWL.versionInfo) is not None


def test_every_class_of_an_entity_is_declared(vocab):
    for cls in graph.rdf.CLASS_OF.values():
        assert (URIRef(cls), RDF.type, OWL.Class) in vocab, cls


def test_every_pg_predicate_of_a_claim_is_an_object_property(vocab):
    pg_predicates = [p for p in graph.rdf.PREDICATE_OF.values() if p.startswith(PG)]
    assert len(pg_predicates) >= 6
    for p in pg_predicates:
        assert (URIRef(p), RDF.type, OWL.ObjectProperty) in vocab, p


def test_regex_finds_the_pg_terms_of_rdf_py():
    names = pg_names_in_rdf_source()
    assert {"Service", "Evidence", "FundingFlow", "mentionedIn", "lineStart", "ragStatus"} <= names


def test_every_pg_term_of_rdf_py_is_declared_with_label_and_comment(vocab):
    for name in sorted(pg_names_in_rdf_source()):
        term = URIRef(PG + name)
        types = set(vocab.objects(term, RDF.type))
        assert types & DECLARED_AS, f"pg:{name} is not declared in partnership.ttl"
        assert vocab.value(term, RDFS.label) is not None, f"pg:{name} has no rdfs:label"
        assert vocab.value(term, RDFS.comment) is not None, f"pg:{name} has no rdfs:comment"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("amount", OWL.DatatypeProperty),
        ("value", OWL.DatatypeProperty),
        ("lineStart", OWL.DatatypeProperty),
        ("method", OWL.DatatypeProperty),
        ("funder", OWL.ObjectProperty),
        ("indicator", OWL.ObjectProperty),
        ("ragStatus", OWL.ObjectProperty),
        ("mentionedIn", OWL.ObjectProperty),
        ("Evidence", OWL.Class),
        ("FundingFlow", OWL.Class),
    ],
)
def test_terms_are_declared_with_the_right_kind(vocab, name, kind):
    assert (URIRef(PG + name), RDF.type, kind) in vocab


@pytest.mark.parametrize("name", ["actual", "target", "baseline", "status"])
def test_measure_types_are_named_individuals(vocab, name):
    assert (URIRef(PG + name), RDF.type, OWL.NamedIndividual) in vocab


def test_alignments(vocab):
    org = "http://www.w3.org/ns/org#"
    assert (URIRef(PG + "Service"), RDFS.subClassOf, URIRef(org + "OrganizationalUnit")) in vocab
    assert (URIRef(PG + "chairOf"), RDFS.subPropertyOf, URIRef(org + "headOf")) in vocab
    assert (
        URIRef(PG + "Evidence"),
        RDFS.subClassOf,
        URIRef("http://www.w3.org/ns/oa#SpecificResource"),
    ) in vocab
    # employment is not membership
    assert (URIRef(PG + "worksFor"), RDFS.subPropertyOf, URIRef(org + "memberOf")) not in vocab
    qb = QB
    assert (URIRef(PG + "indicator"), RDF.type, URIRef(qb + "DimensionProperty")) in vocab
    assert (URIRef(PG + "period"), RDF.type, URIRef(qb + "DimensionProperty")) in vocab
    assert (URIRef(PG + "value"), RDF.type, URIRef(qb + "MeasureProperty")) in vocab
    assert (URIRef(PG + "ragStatus"), RDF.type, URIRef(qb + "AttributeProperty")) in vocab
    assert vocab.value(URIRef(PG + "ragStatus"), URIRef(qb + "codeList")) == URIRef(PG + "RAGStatus")


def test_every_rag_code_is_a_concept_of_the_scheme(rag):
    scheme = URIRef(PG + "RAGStatus")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in rag
    notations = []
    for code in graph.rdf.RAG_CODES:
        concept = URIRef(graph.rdf.rag_concept(code).value)
        assert (concept, RDF.type, SKOS.Concept) in rag, code
        assert (concept, SKOS.inScheme, scheme) in rag, code
        assert (concept, SKOS.topConceptOf, scheme) in rag, code
        assert (scheme, SKOS.hasTopConcept, concept) in rag, code
        assert len(list(rag.objects(concept, SKOS.prefLabel))) == 1, code
        notations += list(rag.objects(concept, SKOS.notation))
    assert len(notations) == len(set(notations)) == len(graph.rdf.RAG_CODES)
    assert Literal("R") in notations and Literal("NS") in notations
    # nothing in the scheme that rdf.py cannot mint
    in_scheme = set(rag.subjects(SKOS.inScheme, scheme))
    assert in_scheme == {URIRef(graph.rdf.rag_concept(c).value) for c in graph.rdf.RAG_CODES}


def _property_shape(shapes: Graph, node_shape: str, path: URIRef):
    for prop in shapes.objects(URIRef(PGSH + node_shape), SH.property):
        if shapes.value(prop, SH.path) == path:
            return prop
    raise AssertionError(f"{node_shape} has no property shape for {path}")


def test_shapes_allow_exactly_the_rag_concepts(shapes):
    prop = _property_shape(shapes, "ObservationShape", URIRef(PG + "ragStatus"))
    allowed = set(Collection(shapes, shapes.value(prop, SH["in"])))
    assert allowed == {URIRef(graph.rdf.rag_concept(c).value) for c in graph.rdf.RAG_CODES}


def test_entity_shape_targets_exactly_the_entity_classes(shapes):
    targets = set(shapes.objects(URIRef(PGSH + "EntityShape"), SH.targetClass))
    assert targets == {URIRef(c) for c in graph.rdf.CLASS_OF.values()}


def test_shape_terms_in_pg_namespace_are_declared(vocab, rag, shapes):
    known = vocab + rag
    used = {t for t in shapes.all_nodes() if isinstance(t, URIRef) and t.startswith(PG)}
    assert used
    for term in used:
        assert set(known.objects(term, RDF.type)), f"{term} used in shapes.ttl but not declared"
