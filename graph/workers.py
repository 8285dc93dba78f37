"""The one runner of SPARQL texts: worker processes, a query past its deadline killed with its worker.

Every query text the product runs (``/sparql``, the canned queries, ``pgraph query``) goes through
:meth:`QueryPool.run`, with the settings' deadline (``query_timeout``), row cap and size limits.
pyoxigraph cannot interrupt a running query, so queries run in a small pool of sandboxed worker
processes (:class:`sandbox.Worker`), each opening the store the settings name
(:func:`graph.backends.open_store`: the embedded store read-only, following its link to new builds,
or the remote endpoint).
:meth:`QueryPool.run` hands a :class:`~graph.sparql.Job` to an idle worker and waits at most
``timeout`` seconds; past that the worker is killed (SIGKILL: CPU and memory come back at once), a
replacement is started in the background and the caller gets :class:`~graph.errors.QueryTimeout`.
Each worker may also be held to an address-space limit, so a query that would eat the machine's
memory only ends its worker. A worker process has a deep stack and recursion limit of its own, set
once when it starts, for the recursive parser that settles a few queries (:func:`graph.sparql.inspect`).

>>> pool = QueryPool(Settings(store="var/store"), size=2)  # doctest: +SKIP
>>> pool.start(); pool.run(Job("ASK {}"))  # doctest: +SKIP
('application/sparql-results+json', b'{"head":{},"boolean":true}')
"""

from __future__ import annotations

import logging
import pickle
import queue
import sys
import threading
import time
import traceback
from collections.abc import Callable

from sandbox import STARTUP_SECONDS, Worker, WorkerDied, WorkerTimeout

from . import errors
from .backends import open_store
from .errors import EndpointBusy, QueryFailed
from .settings import Settings
from .sparql import Inspected, Job, Limits, answer

log = logging.getLogger("pgraph.workers")

# Errors a worker may report, by class name (every domain error); anything else arrives as QueryFailed.
_REPORTED = {
    cls.__name__: cls
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, errors.PgraphError)
}


def query_handler(settings_json: str) -> Callable[[bytes], bytes]:
    """In a worker: the store the settings name, opened once; a pickled :class:`~graph.sparql.Job`
    in, ``("ok", media type, body)`` or ``("error", class name, message)`` out (pickled)."""
    settings = Settings.model_validate_json(settings_json)
    store, limits = open_store(settings), Limits.of(settings)
    cache: dict[str, Inspected] = {}

    def handle(message: bytes) -> bytes:
        job = pickle.loads(message)  # from the server that started this worker
        try:
            media_type, body = answer(store, job, limits, cache)
            reply: tuple = ("ok", media_type, body)
        except errors.PgraphError as err:
            reply = ("error", type(err).__name__, str(err))
        except MemoryError:
            reply = ("error", "QueryFailed", "the query ran out of memory")
        except Exception:
            traceback.print_exc(file=sys.stderr)
            reply = ("error", "QueryFailed", "the query failed in its worker")
        return pickle.dumps(reply)

    return handle


class QueryPool:
    """A fixed number of worker processes, each answering one query at a time.

    Parameters
    ----------
    settings
        The store the workers open, and the limits: ``query_timeout`` (seconds a query may run
        before its worker is killed), ``row_cap``, the size limits, ``sparql_workers`` (the number of
        workers) and ``sparql_worker_memory_mb`` (each worker's address-space limit; 0 for none).
    size
        Number of worker processes, when not ``sparql_workers``.
    wait
        Seconds a query may wait for an idle worker before :class:`~graph.errors.EndpointBusy`
        (default: the deadline).
    """

    def __init__(self, settings: Settings, *, size: int | None = None, wait: float | None = None):
        self.settings, self.limits = settings, Limits.of(settings)
        self.size = size or settings.sparql_workers
        self.timeout = settings.query_timeout
        self.wait = self.timeout if wait is None else wait
        self.memory_mb = settings.sparql_worker_memory_mb
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._workers: set[Worker] = set()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    # -------------------------------------------------------------- life cycle

    def start(self) -> QueryPool:
        """Start the workers in the background; queries wait for the first one ready."""
        for _ in range(self.size):
            self._launch_later()
        return self

    def _launch_later(self, dead: Worker | None = None) -> None:
        def run() -> None:
            if dead is not None:
                dead.kill()  # reap it here, not in the request that found it overrunning
            if not self._closed:
                self._launch()

        thread = threading.Thread(target=run, name="sparql-pool-launch", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
        thread.start()

    def _launch(self) -> None:
        worker = Worker(
            "graph.workers:query_handler",
            self.settings.model_dump_json(),
            memory_mb=self.memory_mb,
            deep_stack=True,
            name="SPARQL worker",
        )
        with self._lock:
            if self._closed:
                return
            self._workers.add(worker)
        try:
            worker.start()
            ready = True
        except WorkerDied as err:
            ready = False
            if not self._closed:
                log.error("a SPARQL worker failed to start: %s", err)
        with self._lock:
            if ready and not self._closed:
                self._idle.put(worker)
                return
            self._workers.discard(worker)
        worker.kill()

    def _discard(self, worker: Worker) -> None:
        """Drop a worker that overran or died (killed already) and start its replacement."""
        with self._lock:
            self._workers.discard(worker)
        self._launch_later(dead=worker)

    def stop(self) -> None:
        """Stop every worker (idle ones asked politely, busy ones killed)."""
        with self._lock:
            self._closed = True
            workers, threads = list(self._workers), list(self._threads)
            self._workers.clear()
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                break
        for worker in workers:
            worker.kill()
        for thread in threads:
            thread.join(STARTUP_SECONDS)

    def __enter__(self) -> QueryPool:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            return [pid for pid in (w.pid for w in self._workers) if pid is not None]

    # -------------------------------------------------------------- queries

    def run(self, job: Job, charge: Callable[[float], None] | None = None) -> tuple[str, bytes]:
        """``(media type, body)`` of the job's answer, within the deadline.

        ``charge`` is called with the seconds the query ran (whatever the outcome), for budgets.
        Raises the worker's error, :class:`~graph.errors.QueryTimeout` past the deadline,
        :class:`~graph.errors.EndpointBusy` when no worker came free in time, or
        :class:`~graph.errors.QueryFailed` when the worker died.
        """
        if self._closed:
            raise EndpointBusy("the SPARQL endpoint is shutting down")
        try:
            worker = self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise EndpointBusy(f"every SPARQL worker was busy for {self.wait:g} s: try again later") from None
        started = time.monotonic()
        try:
            reply = pickle.loads(worker.request(pickle.dumps(job), self.timeout))
        except WorkerTimeout:
            self._discard(worker)
            raise errors.QueryTimeout(
                f"query timed out: stopped after {self.timeout:g} s (the query_timeout setting)"
            ) from None
        except WorkerDied:
            self._discard(worker)
            raise QueryFailed("the query stopped its worker (out of memory?); nothing was answered") from None
        finally:
            if charge is not None:
                charge(time.monotonic() - started)
        self._idle.put(worker)
        if reply[0] == "ok":
            return reply[1], reply[2]
        raise _REPORTED.get(reply[1], QueryFailed)(reply[2])
