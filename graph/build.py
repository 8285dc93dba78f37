"""A build: resolved facts (and the ontology) into a new store, swapped in atomically."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

import ontology
from ingest.model import Resolved

from .rdf import Minter, document_quads, resolution_quads
from .store import absolute, write_build, writer_lock

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


def build(resolved: Resolved, store_path: str, base: str, *, lock: bool = True) -> BuildReport:
    """Write every document's graph to a new build and swap it in (``lock=False``: the caller holds
    :func:`graph.store.writer_lock`)."""
    counted: list[ox.Quad] = []

    def counting() -> Iterator[ox.Quad]:
        for quad in all_quads(resolved, base):
            counted.append(quad)
            yield quad

    write_build(store_path, counting(), lock=lock)
    report = BuildReport(
        documents=len(resolved.documents), quads=len(set(counted)), failures=resolved.failures
    )
    report.entities.update(e.kind.value for e in resolved.entities.values())
    for doc in resolved.documents:
        report.facts.update(c.rel.value for c in doc.claims)
        report.facts["funding"] += len(doc.fundings)
        report.facts["observation"] += len(doc.observations)
    return report


def cache_dir(settings) -> Path:
    """Where a store keeps what outlives one build (extracted facts, the writer lock of a remote store).

    Beside an embedded store (``<store>.cache``); for a SPARQL endpoint, in the user's cache folder
    under a name derived from the endpoint's URL (never its password).
    """
    from .remote import endpoints, is_remote, shown

    if not is_remote(settings.store):
        link = absolute(settings.store)
        return link.with_name(link.name + ".cache")
    query = shown(endpoints(settings.store, settings.store_update, settings.store_gsp)[0])
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return home / "pgraph" / ("remote-" + hashlib.sha256(query.encode("utf-8")).hexdigest()[:16])


@contextlib.contextmanager
def store_lock(settings) -> Iterator[None]:
    """The writer lock of the store ``settings`` names, taken before anything is read.

    For a SPARQL endpoint the lock is a local file: it keeps out a second writer on this machine only.
    """
    from .remote import is_remote

    if is_remote(settings.store):
        lock = cache_dir(settings) / "store"
        with writer_lock(lock):
            yield
    else:
        with writer_lock(settings.store):
            yield
