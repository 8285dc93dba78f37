"""Documents read and extracted one at a time, each at most once: facts cached by content and extractor.

A document is known by its file name; its *content hash* is the SHA-256 of its bytes. The facts
extracted from it are cached under (file name, content hash, :func:`extractor_version`), so an
unchanged document is never extracted twice, and a change to any file of the ``ingest`` package
(an extractor, a reader, a word list) makes every cached extraction stale at once.

Nothing here knows about the store: :mod:`graph.build` decides which documents a build keeps.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import os
import pickle
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import ontology
from ontology import relations
from sandbox import Retire, Worker, WorkerDied, WorkerNotStarted, WorkerTimeout

from .model import DocumentFacts
from .readers import Caps, ReaderProcess, UnreadableDocument, read_document

Extract = Callable[[str, str, list[int]], DocumentFacts]  # (file name, text, page starts) -> facts
PACKAGE = Path(__file__).resolve().parent


@functools.cache
def extractor_version() -> str:
    """A hash of every source and data file of the ``ingest`` package and of the relation table
    (which names the relations extractors may claim): the version of the extraction."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("."):
            digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    digest.update(ontology.path(relations.TABLE_FILE).read_bytes())
    return digest.hexdigest()[:16]


def content_hash(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fact_counts(facts: DocumentFacts) -> dict[str, int]:
    return {
        "claims": len(facts.claims),
        "fundings": len(facts.fundings),
        "observations": len(facts.observations),
        "descriptions": len(facts.descriptions),
    }


class FactsCache:
    """Extracted facts on disk, one pickle per (file name, content hash, extractor version).

    The folder belongs to the store (its ``.cache`` beside it) and is written by this program only.
    A missing or unreadable entry is a miss, never an error.
    """

    def __init__(self, folder: str | Path, version: str | None = None):
        self.folder = Path(folder)
        self.version = version or extractor_version()

    def path(self, name: str, sha: str) -> Path:
        named = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
        return self.folder / f"{sha}-{named}-{self.version}.pickle"

    def get(self, name: str, sha: str) -> tuple[DocumentFacts, str] | None:
        """(facts, the reader's format) of a document, or None."""
        try:
            with open(self.path(name, sha), "rb") as handle:
                entry = pickle.load(handle)
            facts, fmt = entry["facts"], str(entry["format"])
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, KeyError):
            return None
        return (facts, fmt) if isinstance(facts, DocumentFacts) and facts.document == name else None

    def put(self, name: str, sha: str, facts: DocumentFacts, fmt: str = "text") -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        final = self.path(name, sha)
        part = final.with_name(f"{final.name}.{os.getpid()}.part")
        with open(part, "wb") as handle:
            pickle.dump({"facts": facts, "format": fmt}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        part.replace(final)

    def prune(self, keep: Iterable[tuple[str, str]]) -> int:
        """Remove entries of other extractor versions, and of this version those not in ``keep``."""
        wanted = {self.path(name, sha).name for name, sha in keep}
        removed = 0
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.name not in wanted:
                    entry.unlink(missing_ok=True)
                    removed += 1
        return removed


@dataclass
class Item:
    """One document of a batch: its facts, where they came from, and what the store records of it."""

    name: str
    sha: str
    facts: DocumentFacts
    source: str = ""  # the path it was read from ("" when re-extracted from the stored text)
    format: str = "text"
    cached: bool = False  # the facts came from the cache


@dataclass
class Batch:
    items: list[Item] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    @property
    def reused(self) -> int:
        return sum(item.cached for item in self.items)


class TooSlow(UnreadableDocument):
    """A document whose extraction ran past the deadline (and was stopped)."""


class ExtractorProcess:
    """Extraction under a watchdog: each document is extracted in a sandboxed worker process
    (:class:`sandbox.Worker`), which is killed when a document takes longer than ``deadline`` seconds;
    the next document gets a new worker.

    A pattern stuck on a hostile line cannot be interrupted inside the interpreter that runs it, so
    the whole process goes. ``extract`` (:func:`ingest.pipeline.extract`, given by the caller: this
    module never imports the pipeline) must be a function importable by name: the worker is a fresh
    interpreter and imports it, with the extractors, before its first deadline runs.
    ``memory_mb``: the address space a worker may take above what it holds once the extractors are
    imported (as the document readers' :attr:`Caps.memory_mb`; None: no cap); a document that needs
    more is reported as unreadable and the worker replaced.
    Use it as a context manager, or call :meth:`close`, so the worker is always stopped.
    """

    def __init__(self, deadline: float, extract: Extract, memory_mb: int | None = None):
        if deadline <= 0:
            raise ValueError("the extraction deadline must be positive")
        if memory_mb is not None and memory_mb <= 0:
            raise ValueError("the extraction memory cap must be positive or None")
        self.deadline = deadline
        self.extract = extract
        self.memory_mb = memory_mb
        self.version: str | None = None  # of the code the worker loaded: facts are cached under it only
        self._worker = Worker(
            "ingest.batch:extraction_handler",
            import_name(extract),
            memory_mb=memory_mb or 0,
            name="extraction worker",
        )

    def __enter__(self) -> ExtractorProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._worker.close()

    def __call__(self, name: str, text: str, page_starts: list[int]) -> DocumentFacts:
        job = pickle.dumps((name, text, list(page_starts)))
        try:
            status, value, self.version = pickle.loads(self._worker.request(job, self.deadline))
        except WorkerTimeout:
            raise TooSlow(
                f"too slow to read: extraction took longer than the deadline of {self.deadline:g} s; stopped"
            ) from None
        except WorkerNotStarted:
            raise UnreadableDocument("the extraction worker did not start") from None
        except WorkerDied as err:
            maybe = (
                f"; it may have needed more than the memory cap of {self.memory_mb} MB"
                if self._worker.memory_capped
                else ""
            )
            raise UnreadableDocument(
                f"the extraction worker stopped unexpectedly (exit code {err.exit_code}){maybe}"
            ) from None
        if status == "ok":
            return value
        if status == "memory":
            raise UnreadableDocument(
                f"extraction needed more than the memory cap of {self.memory_mb} MB; stopped"
            )
        raise UnreadableDocument(f"extraction failed: {value}")


def extraction_handler(extract_name: str) -> Callable[[bytes], bytes]:
    """In the worker: ``extract`` (``"module:function"``) loaded once; a pickled (name, text, page
    starts) in, ``("ok", facts, version)`` or ``("error", reason, version)`` out (pickled)."""
    extract = _load(extract_name)
    version = extractor_version()

    def handle(message: bytes) -> bytes:
        name, text, page_starts = pickle.loads(message)  # from the batch that started this worker
        try:
            answer = ("ok", extract(name, text, page_starts), version)
        except RecursionError:
            answer = ("error", "nested too deeply to read", version)
        except MemoryError:  # a process that ran out of memory is not trusted with the next document
            raise Retire(pickle.dumps(("memory", "", version))) from None
        except Exception as err:  # an extractor's bug on one document: reported, the batch goes on
            answer = ("error", f"{type(err).__name__}: {err}"[:300], version)
        return pickle.dumps(answer)

    return handle


class ExtractorPool:
    """``jobs`` watchdogs (:class:`ExtractorProcess`) shared by the threads of a batch: a call borrows an
    idle worker, extracts under the deadline and gives it back, so ``jobs`` documents are extracted at
    once, each in its own process, each under its own deadline and ``memory_mb`` cap. A document over
    either kills only its worker.

    Call it from a :class:`concurrent.futures.ThreadPoolExecutor` of ``jobs`` threads (see
    :func:`read_documents`). Workers start on first use. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, deadline: float, extract: Extract, jobs: int = 1, memory_mb: int | None = None):
        if jobs < 1:
            raise ValueError("the number of extraction jobs must be at least 1")
        self.jobs = jobs
        self._workers = [ExtractorProcess(deadline, extract, memory_mb) for _ in range(jobs)]
        self._idle: queue.LifoQueue[ExtractorProcess] = queue.LifoQueue()
        for worker in self._workers:
            self._idle.put(worker)

    @property
    def version(self) -> str | None:
        """The extractor version the workers loaded (None if none started yet, or if they differ)."""
        versions = {w.version for w in self._workers if w.version is not None}
        return versions.pop() if len(versions) == 1 else None

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            worker.close()

    def __call__(self, name: str, text: str, page_starts: list[int]) -> DocumentFacts:
        worker = self._idle.get()
        try:
            return worker(name, text, page_starts)
        finally:
            self._idle.put(worker)


def _load(extract_name: str) -> Extract:
    """The function a ``"module:qualified.name"`` names, imported."""
    module, _, qualname = extract_name.partition(":")
    found: object = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found  # type: ignore[return-value]


def import_name(extract: Extract) -> str:
    """``extract``'s ``"module:qualified.name"``, by which a worker process imports it."""
    return f"{extract.__module__}:{extract.__qualname__}"


# ---------------------------------------------------------------- extraction on a cluster

CLUSTER_SCHEME = "dask://"
CLUSTER_CONNECT_SECONDS = 30


class ClusterUnavailable(OSError):
    """A cluster named by ``--executor`` that cannot be reached, or the library to reach it not installed."""


@contextmanager
def cluster_executor(address: str) -> Iterator[Executor]:
    """A :class:`concurrent.futures.Executor` running calls on the existing Dask cluster whose scheduler
    is at ``dask://HOST:PORT`` (``distributed.Client.get_executor``), closed on leaving.

    Needs the ``cluster`` extra (``pip install 'partnership-graph[cluster]'``) here and, with this
    project at the same version, on every worker of the cluster.
    """
    if not address.startswith(CLUSTER_SCHEME) or not address[len(CLUSTER_SCHEME) :].strip("/"):
        raise ValueError(f"an executor is {CLUSTER_SCHEME}HOST:PORT (a Dask scheduler), not {address!r}")
    try:
        import distributed
    except ImportError:
        raise ClusterUnavailable(
            f"{address} needs Dask: pip install 'partnership-graph[cluster]' (dask[distributed])"
        ) from None
    scheduler = "tcp://" + address[len(CLUSTER_SCHEME) :].strip("/")
    try:
        client = distributed.Client(scheduler, timeout=CLUSTER_CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    try:
        yield _OnCluster(client.get_executor(pure=False))  # pure=False: never keyed by a hash of the text
    finally:
        client.close()


class _OnCluster(Executor):
    """A cluster's executor whose failures of the cluster itself (a worker lost on a document, a task
    cancelled) are the document's: reported as unreadable, and the batch goes on. A document whose worker
    was lost (KilledWorker) is tried once more first: another document on the same worker may have ended
    it (seen under load, when the scheduler gives several documents to one worker)."""

    def __init__(self, inner: Executor):
        self._inner = inner

    def submit(self, fn, /, *args, **kwargs) -> Future:
        outer: Future = Future()
        tries = [0]

        def done(inner: Future) -> None:
            try:
                outer.set_result(inner.result())
            except UnreadableDocument as err:
                outer.set_exception(err)
            except BaseException as err:  # noqa: B036 (a cancelled task's CancelledError too)
                if type(err).__name__ == "KilledWorker" and not tries[0]:
                    # lost with a worker another document may have ended: tried once more before it is reported
                    tries[0] += 1
                    self._inner.submit(fn, *args, **kwargs).add_done_callback(done)
                    return
                reason = f"{type(err).__name__}: {err}"[:300]
                outer.set_exception(UnreadableDocument(f"the cluster could not extract it ({reason})"))

        self._inner.submit(fn, *args, **kwargs).add_done_callback(done)
        return outer

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._inner.shutdown(wait=wait, cancel_futures=cancel_futures)


class _Watchdogs:
    """On a cluster's worker process: idle extraction watchdogs (:class:`ExtractorProcess`) kept between
    tasks, so each task does not start (and load the extractors in) a fresh interpreter; a task borrows
    one, or starts one when all are busy (the worker's threads run tasks at once). One that loaded
    another extractor version than the task's (the code changed since it started) is replaced."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: dict[tuple, list[ExtractorProcess]] = {}

    @contextmanager
    def borrowed(
        self, extract_name: str, deadline: float, memory_mb: int | None, version: str
    ) -> Iterator[ExtractorProcess]:
        key = (extract_name, deadline, memory_mb)
        with self._lock:
            idle = self._idle.setdefault(key, [])
            watchdog = idle.pop() if idle else None
        if watchdog is not None and watchdog.version not in (None, version):
            watchdog.close()
            watchdog = None
        if watchdog is None:
            watchdog = ExtractorProcess(deadline, _load(extract_name), memory_mb)
        try:
            yield watchdog
        finally:
            with self._lock:
                self._idle[key].append(watchdog)


# Made in a cluster's worker process when its first task runs (never in this one): the watchdogs
# outlive one task, as the worker does. Each stops when the worker process ends (its socket closes).
_WATCHDOGS: _Watchdogs | None = None
_WATCHDOGS_LOCK = threading.Lock()


class Versioned(NamedTuple):
    """Facts with the extractor version of the code that read them (an answer from a cluster's worker)."""

    facts: DocumentFacts
    version: str


def extract_on_worker(
    extract_name: str,
    deadline: float | None,
    memory_mb: int | None,
    name: str,
    text: str,
    page_starts: list[int],
) -> Versioned:
    """One document's extraction, run on a cluster's worker: by the extraction ``extract_name`` names,
    under the same ``deadline`` and ``memory_mb`` cap as a local worker (:class:`ExtractorProcess`).
    The answer carries the extractor version of the code that ran, so the caller caches the facts only
    when it is its own version (as it does for its own workers)."""
    global _WATCHDOGS
    here = extractor_version.__wrapped__()  # of the code on this worker now (not cached: it may change)
    if deadline is None:
        return Versioned(_load(extract_name)(name, text, page_starts), here)
    with _WATCHDOGS_LOCK:
        if _WATCHDOGS is None:
            _WATCHDOGS = _Watchdogs()
        watchdogs = _WATCHDOGS
    with watchdogs.borrowed(extract_name, deadline, memory_mb, here) as watchdog:
        facts = watchdog(name, text, page_starts)
    return Versioned(facts, watchdog.version or here)


class _Inline(Executor):
    """Runs each call at once in the calling thread: the one-process batch."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as err:  # handed to the caller through the future, as any executor does
            future.set_exception(err)
        return future


WINDOW = 64  # documents submitted at a time, read while the previous ones finish (bounds the texts held)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


@dataclass
class _Pending:
    path: Path
    deferred: bool = False  # a later file of a name already in the batch: it waits for the first's outcome
    sha: str = ""
    hit: tuple[DocumentFacts, str] | None = None
    format: str = "text"
    future: Future | None = None
    error: Exception | None = None


def read_documents(
    files: Iterable[Path],
    *,
    cache: FactsCache | None = None,
    extract: Extract,
    caps: Caps | None = None,
    progress: bool = False,
    executor: Executor | None = None,
) -> Batch:
    """Read and extract ``files`` (or take their facts from ``cache``); failures are reported, not raised.

    Two files of the same name are one document too many: the second is reported as a failure.
    PDF, DOCX and HTML are parsed in one worker process for the batch, within ``caps``.
    Documents are read here and their extraction submitted to ``executor`` (any
    :class:`concurrent.futures.Executor`; None: each in turn in this thread), the largest of each
    :data:`WINDOW` first; the facts are collected in the order of ``files`` whatever order they finish
    in, so the batch is the same for any executor. An extraction answering :class:`Versioned` facts
    (a cluster's worker) has them cached only when read by this extractor version.
    """
    window = WINDOW if executor is not None else 1
    executor = executor or _Inline()
    batch = Batch()
    files = list(files)
    seen: dict[str, Path] = {}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), desc="ingest", unit="doc")

    def start(job: _Pending) -> None:
        path = job.path
        job.sha = content_hash(path) if cache is not None else ""
        job.hit = cache.get(path.name, job.sha) if cache is not None else None
        if job.hit is None:
            read = read_document(path, caps, worker=reader)
            job.format = read.format
            job.future = executor.submit(extract, path.name, read.text, read.page_starts)

    def finish(job: _Pending) -> None:
        path = job.path
        if bar is not None:
            bar.set_postfix_str(path.name)
            bar.update()
        if path.name in seen:
            batch.failures.append(
                (str(path), f"another document is named {path.name} ({seen[path.name]}); rename one")
            )
            return
        try:
            if job.deferred:
                start(job)
            if job.error is not None:
                raise job.error
            if job.hit is not None:
                batch.items.append(Item(path.name, job.sha, job.hit[0], str(path), job.hit[1], cached=True))
            else:
                facts = job.future.result()
                version = getattr(extract, "version", cache.version if cache is not None else None)
                if isinstance(facts, Versioned):  # from a cluster's worker: the code it ran
                    facts, version = facts
                if cache is not None and version == cache.version:
                    cache.put(path.name, job.sha, facts, job.format)
                batch.items.append(Item(path.name, job.sha, facts, str(path), job.format))
            seen[path.name] = path
        except (OSError, UnreadableDocument) as err:
            batch.failures.append((str(path), str(err)))

    with ReaderProcess(caps) as reader:
        started: set[str] = set()
        previous: list[_Pending] = []
        for first in range(0, len(files), window):
            chunk = [_Pending(path) for path in files[first : first + window]]
            for job in chunk:  # in the order of the files: the first of a name is the one kept
                job.deferred = job.path.name in started
                started.add(job.path.name)
            # the largest first, so that no worker is left with a long document at the end
            for job in sorted(chunk, key=lambda job: -_size(job.path)):
                if not job.deferred:
                    try:
                        start(job)
                    except (OSError, UnreadableDocument) as err:
                        job.error = err
            for job in previous:  # collected in the order of the files, whatever order they finish in
                finish(job)
            previous = chunk
        for job in previous:
            finish(job)
    if bar is not None:
        bar.close()
    return batch
