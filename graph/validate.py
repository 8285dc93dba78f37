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
from rdflib import Graph
from rdflib.namespace import SH

import ontology

from .store import GraphStore

SHAPES_FILE = "shapes.ttl"
ONTOLOGY_FILES = ("partnership.ttl", "rag.ttl")
ONTOLOGY_GRAPH_SUFFIX = "graph/ontology"

Shapes = Graph | str | PathLike | None


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of one validation: ``violations`` counts results of severity ``sh:Violation``."""

    conforms: bool
    violations: int
    text: str


def load_shapes(shapes: Shapes = None) -> Graph:
    """The shapes graph: ``shapes`` itself if it is a graph, else the Turtle file it names
    (``ontology/shapes.ttl`` by default)."""
    if isinstance(shapes, Graph):
        return shapes
    source = ontology.path(SHAPES_FILE) if shapes is None else Path(shapes)
    return Graph().parse(data=source.read_bytes(), format="turtle")


def load_ontology() -> Graph:
    """The vocabulary and the RAG code list as one rdflib graph (for ``ont_graph=``)."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(data=ontology.path(name).read_bytes(), format="turtle")
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
