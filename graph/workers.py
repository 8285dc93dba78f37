"""The one runner of SPARQL texts: worker processes, a query past its deadline killed with its worker.

Every query text the product runs (``/sparql``, the canned queries, ``pgraph query``) goes through
:meth:`QueryPool.run` (or :meth:`QueryPool.arun` on an event loop), with the settings' deadline
(``query_timeout``), row cap and size limits; the REST routes' reads (a :class:`Call` of a
:mod:`graph.queries` function) go through a pool of their own, under ``request_timeout``.
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

import asyncio
import contextlib
import logging
import pickle
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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


HANDLER = "graph.workers:query_handler"
# The read functions of graph.queries a worker runs for the REST routes (a Call names one of them)
CALLS = ("search", "entity", "who_owns", "members", "structure", "funding", "priorities", "indicators")


@dataclass(frozen=True)
class Call:
    """A REST route's read, run in a worker: ``graph.queries.<name>(store, *args, **kwargs)``."""

    name: str
    args: tuple = ()
    kwargs: tuple[tuple[str, object], ...] = ()


def query_handler(settings_json: str) -> Callable[[bytes], bytes]:
    """In a worker: the store the settings name, opened once (its name index read); a pickled
    :class:`~graph.sparql.Job` or :class:`Call` in, ``("ok", answer)`` or ``("error", class name,
    message)`` out (pickled); a job's answer is ``(media type, body)``, a call's the function's."""
    from . import queries
    from .search import name_index

    settings = Settings.model_validate_json(settings_json)
    store, limits = open_store(settings), Limits.of(settings)
    cache: dict[str, Inspected] = {}
    calls = {name: getattr(queries, name) for name in CALLS}
    with contextlib.suppress(errors.PgraphError):
        name_index(store, settings.base_iri)  # now, not in the first call's time

    def handle(message: bytes) -> bytes:
        job = pickle.loads(message)  # from the server that started this worker
        try:
            if isinstance(job, Call):
                reply: tuple = ("ok", calls[job.name](store, *job.args, **dict(job.kwargs)))
            else:
                reply = ("ok", answer(store, job, limits, cache))
        except errors.PgraphError as err:
            reply = ("error", type(err).__name__, str(err))
        except MemoryError:
            reply = ("error", "QueryFailed", "the query ran out of memory")
        except Exception:
            traceback.print_exc(file=sys.stderr)
            if isinstance(job, Call):  # a fault of ours, not of a client's query: a logged 500
                reply = ("error", "RuntimeError", f"{job.name} failed in its worker (see the server's log)")
            else:
                reply = ("error", "QueryFailed", "the query failed in its worker")
        return pickle.dumps(reply)

    return handle


class _Idle:
    """The idle workers, handed to waiting callers first come, first served, threads and asyncio tasks
    alike (a worker put back goes straight to the longest waiter)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._workers: deque[Worker] = deque()
        self._waiters: deque[_ThreadWaiter | _TaskWaiter] = deque()

    def put(self, worker: Worker) -> None:
        with self._lock:
            while self._waiters:
                if self._waiters.popleft().offer(worker, self):
                    return
            self._workers.append(worker)

    def get(self, timeout: float) -> Worker | None:
        """An idle worker, waiting at most ``timeout`` seconds (None when none came free)."""
        with self._lock:
            if self._workers:
                return self._workers.popleft()
            waiter = _ThreadWaiter()
            self._waiters.append(waiter)
        waiter.event.wait(timeout)
        with self._lock:
            if waiter.worker is None:
                waiter.gone = True
                self._waiters.remove(waiter)
            return waiter.worker

    async def aget(self, timeout: float) -> Worker | None:
        """:meth:`get` for an asyncio task: the wait is the event loop's."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._workers:
                return self._workers.popleft()
            waiter = _TaskWaiter(loop, loop.create_future())
            self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(waiter.future, timeout)
        except TimeoutError:
            with self._lock:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
            return None  # a worker offered meanwhile is put back by _TaskWaiter.deliver

    def __len__(self) -> int:
        return len(self._workers)

    def drain(self) -> list[Worker]:
        with self._lock:
            workers, self._workers = list(self._workers), deque()
        return workers


class _ThreadWaiter:
    def __init__(self) -> None:
        self.event = threading.Event()
        self.worker: Worker | None = None
        self.gone = False

    def offer(self, worker: Worker, idle: _Idle) -> bool:  # under idle's lock
        if self.gone:
            return False
        self.worker = worker
        self.event.set()
        return True


class _TaskWaiter:
    def __init__(self, loop: asyncio.AbstractEventLoop, future: asyncio.Future) -> None:
        self.loop, self.future = loop, future

    def offer(self, worker: Worker, idle: _Idle) -> bool:  # under idle's lock, from any thread
        try:
            self.loop.call_soon_threadsafe(self.deliver, worker, idle)
        except RuntimeError:  # its loop is closed
            return False
        return True

    def deliver(self, worker: Worker, idle: _Idle) -> None:  # on the waiter's loop
        if self.future.done():  # it gave up (timed out, cancelled) meanwhile
            idle.put(worker)
        else:
            self.future.set_result(worker)


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

    def __init__(
        self,
        settings: Settings,
        *,
        size: int | None = None,
        wait: float | None = None,
        timeout: float | None = None,
        name: str = "SPARQL worker",
    ):
        self.settings, self.limits, self.name = settings, Limits.of(settings), name
        self.size = size or settings.sparql_workers
        self.timeout = settings.query_timeout if timeout is None else timeout
        self.timeout_setting = "query_timeout" if timeout is None else "request_timeout"
        self.wait = self.timeout if wait is None else wait
        self.memory_mb = settings.sparql_worker_memory_mb
        self._idle = _Idle()
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
            HANDLER,
            self.settings.model_dump_json(),
            memory_mb=self.memory_mb,
            deep_stack=True,
            name=self.name,
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
                log.error("a %s failed to start: %s", self.name, err)
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
        for worker in self._idle.drain():
            worker.close()
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

    def idle(self) -> int:
        """How many workers are started and waiting for a job."""
        return len(self._idle)

    # -------------------------------------------------------------- queries

    def run(self, job: Job | Call, charge: Callable[[float], None] | None = None) -> Any:
        """``(media type, body)`` of a job's answer (a call's: the function's), within the deadline.

        ``charge`` is called with the seconds the query ran (whatever the outcome), for budgets.
        Raises the worker's error, :class:`~graph.errors.QueryTimeout` past the deadline,
        :class:`~graph.errors.EndpointBusy` when no worker came free in time, or
        :class:`~graph.errors.QueryFailed` when the worker died.
        """
        worker = self._take(self._idle.get(self.wait) if not self._closed else None)
        started = time.monotonic()
        try:
            message = worker.request(pickle.dumps(job), self.timeout)
        except (WorkerTimeout, WorkerDied) as err:
            self._discard(worker)
            raise self._failure(err) from None
        finally:
            if charge is not None:
                charge(time.monotonic() - started)
        self._idle.put(worker)
        return _reply(message)

    async def arun(self, job: Job | Call, charge: Callable[[float], None] | None = None) -> Any:
        """:meth:`run` for an asyncio caller: no thread is held while the job waits or runs."""
        worker = self._take(await self._idle.aget(self.wait) if not self._closed else None)
        started = time.monotonic()
        try:
            message = await worker.arequest(pickle.dumps(job), self.timeout)
        except (WorkerTimeout, WorkerDied) as err:
            self._discard(worker)
            raise self._failure(err) from None
        except asyncio.CancelledError:
            self._discard(worker)  # killed by arequest: the caller left mid-job
            raise
        finally:
            if charge is not None:
                charge(time.monotonic() - started)
        self._idle.put(worker)
        return _reply(message)

    def _take(self, worker: Worker | None) -> Worker:
        if self._closed:
            if worker is not None:
                worker.kill()
            raise EndpointBusy("the SPARQL endpoint is shutting down")
        if worker is None:
            raise EndpointBusy(f"every {self.name} was busy for {self.wait:g} s: try again later")
        return worker

    def _failure(self, err: Exception) -> errors.PgraphError:
        if isinstance(err, WorkerTimeout):
            return errors.QueryTimeout(
                f"query timed out: stopped after {self.timeout:g} s (the {self.timeout_setting} setting)"
            )
        return QueryFailed("the query stopped its worker (out of memory?); nothing was answered")


def _reply(message: bytes) -> Any:
    reply = pickle.loads(message)  # from a worker this pool started
    if reply[0] == "ok":
        return reply[1]
    if reply[1] == "RuntimeError":
        raise RuntimeError(reply[2])
    raise _REPORTED.get(reply[1], QueryFailed)(reply[2])
