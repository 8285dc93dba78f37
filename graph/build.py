"""A build: resolved facts (and the ontology) into a new store, swapped in atomically."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

import ontology
from ingest.model import Resolved

from .rdf import Minter, document_quads, resolution_quads
from .store import write_build

ONTOLOGY_FILES = ("partnership.ttl", "rag.ttl")


@dataclass
class BuildReport:
    documents: int
    quads: int
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)


def ontology_quads(base: str) -> Iterator[ox.Quad]:
    """The vocabulary and code lists, in their own named graph, so SPARQL users can read the schema."""
    graph = ox.NamedNode(base + "graph/ontology")
    for name in ONTOLOGY_FILES:
        source = ontology.path(name)
        if source.is_file():
            for triple in ox.parse(source.read_bytes(), format=ox.RdfFormat.TURTLE):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def all_quads(resolved: Resolved, base: str) -> Iterator[ox.Quad]:
    mint = Minter(base)
    yield from ontology_quads(base)
    for doc in resolved.documents:
        yield from document_quads(doc, resolved, mint)
    yield from resolution_quads(resolved, mint)


def build(resolved: Resolved, store_path: str, base: str) -> BuildReport:
    """Write every document's graph to a new build and swap it in."""
    counted: list[ox.Quad] = []

    def counting() -> Iterator[ox.Quad]:
        for quad in all_quads(resolved, base):
            counted.append(quad)
            yield quad

    write_build(store_path, counting())
    report = BuildReport(
        documents=len(resolved.documents), quads=len(set(counted)), failures=resolved.failures
    )
    report.entities.update(e.kind.value for e in resolved.entities.values())
    for doc in resolved.documents:
        report.facts.update(c.rel.value for c in doc.claims)
        report.facts["funding"] += len(doc.fundings)
        report.facts["observation"] += len(doc.observations)
    return report
