"""SHACL validation of a build: the document graphs against ``ontology/shapes.ttl``.

The shapes describe what :mod:`graph.rdf` promises every node carries (a label and evidence
for each entity, evidence and a method for each fact, a line range and a quote for each
passage). Validation runs pyshacl over the union of the store's document graphs; the
ontology's own named graph is left out, since it is schema, not data.
"""

from __future__ import annotations

from dataclasses import dataclass
from os import PathLike
from pathlib import Path

import pyoxigraph as ox
import pyshacl
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

import ontology
from ingest.model import Kind
from ontology import relations

from .rdf import CLASS_OF
from .store import GraphStore

SHAPES_FILE = "shapes.ttl"
SHAPES_NS = "https://w3id.org/partnership-graph/shapes#"
ONTOLOGY_GRAPH_SUFFIX = "graph/ontology"

Shapes = Graph | str | PathLike | None


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of one validation: ``violations`` counts results of severity ``sh:Violation``."""

    conforms: bool
    violations: int
    text: str


def load_shapes(shapes: Shapes = None) -> Graph:
    """The shapes graph: ``shapes`` itself if it is a graph, else the Turtle file it names; by
    default ``ontology/shapes.ttl`` and the relation table's shapes (:func:`relation_shapes`)."""
    if isinstance(shapes, Graph):
        return shapes
    if shapes is None:
        graph = Graph().parse(data=ontology.path(SHAPES_FILE).read_bytes(), format="turtle")
        return graph + relation_shapes()
    return Graph().parse(data=Path(shapes).read_bytes(), format="turtle")


def relation_shapes() -> Graph:
    """Two shapes per relation of the relation table (``ontology/relations.yaml``): the subjects of
    its predicate have one of its domain's classes, the objects one of its range's.

    A claim joining other types is a ``sh:Warning`` (an extraction to look at, not a broken graph).
    """
    graph = Graph()
    for r in relations.table():
        for end, target, kinds in (
            ("domain", SH.targetSubjectsOf, r.domain),
            ("range", SH.targetObjectsOf, r.range),
        ):
            shape = URIRef(f"{SHAPES_NS}relation-{r.name}-{end}")
            classes: list[Node] = []
            for kind in kinds:
                option = BNode()
                graph.add((option, SH["class"], URIRef(CLASS_OF[Kind(kind)])))
                classes.append(option)
            head = BNode()
            Collection(graph, head, classes)
            what = "subject" if end == "domain" else "object"
            graph.add((shape, RDF.type, SH.NodeShape))
            graph.add((shape, RDFS.label, Literal(f"{r.label}: its {what}", lang="en")))
            graph.add((shape, target, URIRef(r.predicate)))
            graph.add((shape, SH["or"], head))
            graph.add((shape, SH.severity, SH.Warning))
            message = f"relation {r.name}: the {what} is not a {' / '.join(kinds)} (ontology/relations.yaml)"
            graph.add((shape, SH.message, Literal(message)))
    return graph


def load_ontology() -> Graph:
    """The vocabulary, the relations and the RAG code list as one rdflib graph (for ``ont_graph=``)."""
    graph = Graph()
    for _, source in ontology.vocabulary():
        graph.parse(data=source, format="turtle")
    return graph


def _is_ontology_graph(name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> bool:
    return isinstance(name, ox.NamedNode) and name.value.endswith(ONTOLOGY_GRAPH_SUFFIX)


def document_graph(store: GraphStore) -> Graph:
    """The union of every graph in ``store`` except the ontology graph, as one rdflib graph."""
    triples = (quad.triple for quad in store.quads() if not _is_ontology_graph(quad.graph_name))
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph = Graph()
    if data:
        graph.parse(data=data, format="nt")
    return graph


def validate_graph(data: Graph, *, shapes: Shapes = None, ont_graph: Graph | None = None) -> ValidationReport:
    """Validate an in-memory rdflib graph against the shapes (no inference).

    Results of severity ``sh:Warning`` or ``sh:Info`` are reported but do not break conformance.

    ``ont_graph`` (e.g. :func:`load_ontology`) is mixed into a copy of the data first, which
    lets ``sh:class`` see sub-classes; the project's shapes do not need it.
    """
    conforms, results, text = pyshacl.validate(
        data,
        shacl_graph=load_shapes(shapes),
        ont_graph=ont_graph,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    violations = sum(1 for _ in results.subjects(SH.resultSeverity, SH.Violation))
    return ValidationReport(conforms=bool(conforms), violations=violations, text=str(text))


def validate(store: GraphStore, *, shapes: Shapes = None) -> ValidationReport:
    """Validate the document graphs of ``store`` against ``shapes`` (``ontology/shapes.ttl``)."""
    return validate_graph(document_graph(store), shapes=shapes)
