"""A build: resolved facts (and the ontology) into a new store, swapped in atomically."""

from __future__ import annotations

import contextlib
import functools
import json
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path

import pyoxigraph as ox

import ontology
from ingest import pipeline
from ingest.batch import (
    ExtractorPool,
    FactsCache,
    Item,
    cluster_executor,
    extract_on_worker,
    extractor_version,
    fact_counts,
    import_name,
    read_documents,
)
from ingest.coverage import DocumentCoverage, coverage
from ingest.curation import Curation
from ingest.model import Resolved
from ingest.readers import Caps, UnreadableDocument
from ingest.resolve import resolve

from .backends import cache_dir, open_store, store_lock
from .errors import PgraphError, StoreError, StoreMissing
from .rdf import Minter, document_quads, resolution_quads
from .store import EmbeddedStore, GraphStore, writer_lock


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
    for _, source in ontology.vocabulary():  # the Turtle files and the relation table's declarations
        for triple in ox.parse(source, format=ox.RdfFormat.TURTLE):
            yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def all_quads(resolved: Resolved, base: str) -> Iterator[ox.Quad]:
    mint = Minter(base)
    yield from ontology_quads(base)
    for doc in resolved.documents:
        yield from document_quads(doc, resolved, mint)
    yield from resolution_quads(resolved, mint)


def write(store: GraphStore, resolved: Resolved, base: str, manifest: str | None = None) -> BuildReport:
    """Write every document's graph as one new build of ``store`` (the caller holds its writer lock,
    :func:`graph.backends.store_lock`); ``manifest``: the build's list of documents (JSON)."""
    quads = store.write_build(all_quads(resolved, base), manifest)
    report = BuildReport(documents=len(resolved.documents), quads=quads, failures=resolved.failures)
    report.entities.update(e.kind.value for e in resolved.entities.values())
    for doc in resolved.documents:
        report.facts.update(c.rel.value for c in doc.claims)
        report.facts["funding"] += len(doc.fundings)
        report.facts["observation"] += len(doc.observations)
    return report


def build(
    resolved: Resolved, store_path: str | Path, base: str, *, lock: bool = True, manifest: str | None = None
) -> BuildReport:
    """:func:`write` to the embedded store at ``store_path`` (``lock=False``: the caller holds
    :func:`graph.store.writer_lock`)."""
    with writer_lock(store_path) if lock else contextlib.nullcontext():
        return write(EmbeddedStore(store_path), resolved, base, manifest)


# ---------------------------------------------------------------- an accumulating store

MANIFEST_FORMAT = 1


@dataclass
class IngestReport:
    """What ``pgraph ingest`` / ``pgraph remove`` did: the build, and what happened to each document."""

    build: BuildReport | None  # None when nothing was written (the store is unchanged)
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # the same name with new content
    unchanged: list[str] = field(default_factory=list)  # named again with the same content
    kept: list[str] = field(default_factory=list)  # not named: kept from the previous build
    removed: list[str] = field(default_factory=list)
    reused: int = 0  # extractions taken from the cache
    extracted: int = 0  # documents extracted in this run
    failures: list[tuple[str, str]] = field(default_factory=list)
    message: str = ""  # why nothing was written
    coverage: list[DocumentCoverage] = field(default_factory=list)  # documents read in this run
    seconds: dict[str, float] = field(
        default_factory=dict
    )  # wall clock of each stage: extract (and read), resolve, load


class NothingToDo(PgraphError):
    """A remove of documents the store does not hold."""


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def current_manifest(settings, store: GraphStore | None = None) -> list[dict] | None:
    """The documents of the store's current build, as its manifest lists them (None: nothing built).

    A build made before manifests existed lists the documents its graph names, without hashes.
    """
    with contextlib.ExitStack() as owned:
        if store is None:
            store = owned.enter_context(open_store(settings))
        try:
            text = store.manifest()
        except StoreMissing:
            return None
        if text is None:
            return _documents_in_graph(store, settings.base_iri)
        return json.loads(text)["documents"]


_DOCUMENTS = (
    "SELECT ?name (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d a <http://xmlns.com/foaf/0.1/Document> ; "
    "<http://purl.org/dc/terms/identifier> ?name ; <http://www.w3.org/2011/content#chars> ?text . "
    "OPTIONAL { ?c <http://www.w3.org/ns/prov#wasDerivedFrom>/<http://www.w3.org/ns/oa#hasSource> ?d } "
    "} GROUP BY ?name ORDER BY ?name"
)


def _documents_in_graph(store: GraphStore, base: str) -> list[dict]:
    """The documents of a build that has no manifest (no hashes: each is re-extracted from its text)."""
    return [
        {"name": str(row["name"].value), "sha256": "", "source": "", "ingested": "", "format": ""}
        for row in store.select(_DOCUMENTS)
    ]


def _stored_texts(store: GraphStore, names: list[str]) -> dict[str, str]:
    """The text as read of each named document, from the store (where the documents' graphs keep it)."""
    if not names:
        return {}
    values = " ".join(str(ox.Literal(n)) for n in names)
    rows = store.select(
        "SELECT ?name ?text WHERE { VALUES ?name { " + values + " } "
        "?d <http://purl.org/dc/terms/identifier> ?name ; <http://www.w3.org/2011/content#chars> ?text }"
    )
    return {str(row["name"].value): str(row["text"].value) for row in rows}


def update_store(
    settings,
    paths: Sequence[str | Path] = (),
    *,
    remove: Sequence[str] = (),
    rebuild: bool = False,
    progress: bool = False,
    caps=None,
    extract=None,
    deadline: float | None = None,
    jobs: int = 1,
    executor: str | None = None,
) -> IngestReport:
    """Add (or replace) the documents under ``paths`` and take out those named in ``remove``, keeping
    every other document of the current build (``rebuild``: none of them), in ONE new build.

    Names are resolved again across all the documents. Each document's facts come from the cache
    (by file name, content hash and extractor version) when they can; a kept document whose facts
    are not cached is extracted again from its text as stored. Nothing is written, and the report
    says why, when documents were named and none could be read, or when nothing would change.
    The writer lock is held from before the first read until the new build is in place.

    ``deadline``: the most seconds one document's extraction may take; each is extracted in a worker
    process killed at the deadline, and the document is reported as too slow (None: in this process);
    that process is held to the readers' memory cap (``caps.memory_mb``) as well.
    ``extract``: the extraction function (default :func:`ingest.pipeline.extract`).
    ``jobs``: how many documents are extracted at once, each in its own worker process (with a
    ``deadline``, each under it); the build is the same for any number.
    ``executor``: ``dask://HOST:PORT`` to extract on an existing Dask cluster instead (each document
    under the same deadline and memory cap, on a worker of the cluster, ``jobs`` unused); reading,
    resolution and loading stay in this process. The build is the same as a local one.
    """
    extract = extract or pipeline.extract
    with store_lock(settings), contextlib.ExitStack() as stack:
        store = stack.enter_context(open_store(settings))
        pool: Executor | None = None
        memory_mb = (caps or Caps()).memory_mb  # the readers' memory cap holds for extraction too
        remote = None
        if executor is not None:  # on the cluster's workers, imported there by name
            remote = functools.partial(extract_on_worker, import_name(extract), deadline, memory_mb)
            pool = stack.enter_context(cluster_executor(executor))
        if deadline is not None:  # workers start on first use: with a cluster, only if kept documents need it
            extract = stack.enter_context(ExtractorPool(deadline, extract, jobs, memory_mb))
            if jobs > 1 and pool is None:  # threads that each wait on one worker process
                pool = stack.enter_context(ThreadPoolExecutor(jobs, thread_name_prefix="extract"))
        elif jobs > 1 and pool is None:
            pool = stack.enter_context(ProcessPoolExecutor(jobs, mp_context=get_context("spawn")))
        previous = [] if rebuild else (current_manifest(settings, store) or [])
        report = IngestReport(build=None)
        by_name = {entry["name"]: entry for entry in previous}
        missing = [name for name in remove if name not in by_name]
        if missing:
            raise NothingToDo(
                f"not in {settings.store}: {', '.join(missing)} (see 'pgraph status' for the documents)"
            )
        cache = FactsCache(cache_dir(settings) / "facts")
        files = pipeline.document_paths(paths)
        started = time.perf_counter()
        batch = read_documents(
            files, cache=cache, caps=caps, progress=progress, extract=remote or extract, executor=pool
        )
        report.failures = batch.failures
        report.seconds["extract"] = time.perf_counter() - started
        if paths and not batch.items:
            what = "every document failed" if batch.failures else "no documents found"
            report.message = f"nothing read ({what}); {settings.store} is unchanged"
            return report
        named = {item.name: item for item in batch.items}
        items: list[Item] = []
        relearn: list[dict] = []
        for entry in previous:
            name = entry["name"]
            if name in remove:
                report.removed.append(name)
            elif name in named:
                item = named.pop(name)
                (report.unchanged if item.sha == entry.get("sha256") else report.replaced).append(name)
                items.append(item)
            else:
                report.kept.append(name)
                hit = cache.get(name, entry["sha256"]) if entry.get("sha256") else None
                if hit is None:
                    relearn.append(entry)
                    items.append(Item(name, entry.get("sha256", ""), None, "", entry.get("format", "")))
                else:
                    items.append(Item(name, entry["sha256"], hit[0], "", hit[1], cached=True))
        for name, item in named.items():
            report.added.append(name)
            items.append(item)
        started = time.perf_counter()
        _extract_again(relearn, items, store, cache, extract)
        report.seconds["extract"] += time.perf_counter() - started
        report.reused = sum(item.cached for item in items)
        report.extracted = sum(not item.cached for item in items)
        dates = {entry["name"]: entry.get("ingested", "") for entry in previous}
        now = _now()
        covered = {item.name: coverage(item.facts) for item in items}
        report.coverage = [covered[n] for n in report.added + report.replaced + report.unchanged]
        manifest = {
            "format": MANIFEST_FORMAT,
            "extractor": extractor_version(),
            "documents": [
                {
                    "name": item.name,
                    "sha256": item.sha,
                    "source": item.source
                    or next((e.get("source", "") for e in previous if e["name"] == item.name), ""),
                    "ingested": now if item.name in report.added + report.replaced else dates[item.name],
                    "format": item.format,
                    "page_starts": item.facts.page_starts,
                    "facts": fact_counts(item.facts),
                    "unread": [  # lines that look like lists or tables but gave no fact
                        [u.line_start, u.line_end, u.looks_like, u.sample] for u in covered[item.name].unread
                    ],
                }
                for item in items
            ],
        }
        documents = [item.facts for item in items]
        started = time.perf_counter()
        cur = Curation.load(settings.curation) if settings.curation else None
        if cur:
            cur.apply_to_documents(documents)
        resolved = resolve(documents)
        if cur:
            cur.apply_to_entities(resolved)
        resolved.failures = batch.failures
        report.seconds["resolve"] = time.perf_counter() - started
        started = time.perf_counter()
        body = json.dumps(manifest, ensure_ascii=False, indent=1)
        report.build = write(store, resolved, settings.base_iri, body)
        report.seconds["load"] = time.perf_counter() - started
        cache.prune((item.name, item.sha) for item in items if item.sha)
        return report


def _extract_again(entries: list[dict], items, store: GraphStore, cache, extract) -> None:
    """Facts for kept documents whose cached extraction is stale or gone: from their stored text."""
    if not entries:
        return
    texts = _stored_texts(store, [entry["name"] for entry in entries])
    by_name = {item.name: item for item in items}
    for entry in entries:
        name = entry["name"]
        if name not in texts:
            raise StoreError(f"the store holds no text for {name}: ingest it again with --rebuild")
        try:
            facts = extract(name, texts[name], list(entry.get("page_starts") or []))
        except UnreadableDocument as err:
            raise StoreError(
                f"{name}, kept from the last build, could not be extracted again ({err}); "
                f"take it out with 'pgraph remove {name}'"
            ) from err
        by_name[name].facts = facts
        if entry.get("sha256") and getattr(extract, "version", cache.version) == cache.version:
            cache.put(name, entry["sha256"], facts, entry.get("format") or "text")
