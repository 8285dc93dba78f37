"""Sandboxed worker processes: one job at a time in a fresh interpreter, killed when it overruns.

Untrusted work (parsing a document, running an analyst's SPARQL query) may loop, in Python or in C,
or eat the machine's memory, and nothing inside an interpreter can stop it. So it runs in a
:class:`Worker`: a fresh interpreter (``python -c``, not a fork: it inherits no threads or locks,
and never re-runs the caller's ``__main__``) that answers one job at a time over a socket pair.
The caller waits at most a deadline for each answer; past it the worker is killed (SIGKILL: CPU
and memory come back at once) and :class:`WorkerTimeout` is raised. A worker that dies without an
answer (a crash, its memory cap) is :class:`WorkerDied`. Either way the next job starts a new one.
Should the caller die, the worker stops too: its socket closes, and a job still running ends at an
alarm a few seconds past its deadline (SIGALRM's default action, which needs no Python code to run).

The worker serves with a *handler*: ``make(*args)`` (named ``"module:function"``, its ``args``
plain JSON) returns a function from the job's bytes to the answer's bytes, so each use picks its
own encoding (JSON where nothing a worker sends should be unpickled). A handler that raises
:class:`Retire` sends that last answer and ends its worker (a process that ran out of memory is not
trusted with the next job). Set once when a worker starts, in its own process only: an address-space
cap (``RLIMIT_AS``) of ``memory_mb`` above what it holds once its modules (and ``preload``) are
imported, and for recursive parsers a deep stack with a high recursion limit (``deep_stack``).

This package imports nothing of the project: ``ingest`` and ``graph`` both use it (the layers are
the import-linter contracts in ``pyproject.toml``).

>>> with Worker("json:dumps") as w:  # doctest: +SKIP
...     w.request(b"job", seconds=5)
"""

from __future__ import annotations

import contextlib
import importlib
import json
import math
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

MB = 1024 * 1024
STARTUP_SECONDS = 60.0  # for a worker to start and import its modules (not a job's time)
ALARM_MARGIN = 5  # seconds past a job's deadline at which a worker ends itself (if its caller died)
MAX_ANSWER = 1024 * MB  # the largest answer a caller takes from a worker
STACK_BYTES = 256 << 20  # a deep-stack worker's serving thread: room for a recursive parser
RECURSION = 50_000
_HEADER = struct.Struct("!d")  # each job is sent after its deadline in seconds
_SERVING, _RETIRING = b"\x00", b"\x01"  # each answer is sent after whether the worker goes on
_BOOT = "import sys; from sandbox import _main; _main(sys.argv[1:])"
_ROOT = str(Path(__file__).resolve().parent.parent)  # where this package (and the project's) are

Handler = Callable[[bytes], bytes]


class WorkerError(Exception):
    """A job that got no answer."""


class WorkerTimeout(WorkerError):
    """No answer within the deadline: the worker was killed."""


class WorkerDied(WorkerError):
    """The worker ended without an answer (a crash, its memory cap); ``exit_code`` is its exit status."""

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        self.exit_code = exit_code


class WorkerNotStarted(WorkerDied):
    """The worker did not start, or did not say it was ready in time."""


class Retire(Exception):  # noqa: N818 (not an error: the handler's last answer)
    """Raised by a handler: send ``answer``, then end the worker."""

    def __init__(self, answer: bytes):
        super().__init__("the worker retires")
        self.answer = answer


class Worker:
    """One sandboxed worker process (started on the first job, again after a kill).

    Parameters
    ----------
    make
        ``"module:function"``: called in the worker as ``function(*args)``, it returns the handler.
    args
        Plain JSON values for ``make``.
    memory_mb
        Address-space cap above what the worker holds once started, in MiB (0: none; Linux only).
    preload
        Modules imported before the memory cap applies (parsers the handler imports lazily).
    deep_stack
        Serve in a thread with a deep stack and a high recursion limit (for recursive parsers).
    """

    def __init__(
        self,
        make: str,
        *args: object,
        memory_mb: int = 0,
        preload: Sequence[str] = (),
        deep_stack: bool = False,
        name: str = "worker",
    ):
        self.make, self.args, self.name = make, args, name
        self.memory_mb, self.preload, self.deep_stack = memory_mb, tuple(preload), deep_stack
        self.memory_capped = False  # whether the running worker's address space is capped
        self._proc: subprocess.Popen | None = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Worker({self.make!r}, pid={self.pid})"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, seconds: float = STARTUP_SECONDS) -> None:
        """Start the worker and wait until it is ready (:class:`WorkerDied` when it is not in time)."""
        ours, theirs = socket.socketpair()
        # the caller's import path, as multiprocessing's spawn gives it: the handler's module is found
        path = [_ROOT, *(p for p in sys.path if isinstance(p, str) and p), os.environ.get("PYTHONPATH")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(dict.fromkeys(filter(None, path)))}
        spec = json.dumps({"make": self.make, "args": list(self.args), "preload": list(self.preload)})
        flags = f"{self.memory_mb} {int(self.deep_stack)}"
        command = [sys.executable, "-c", _BOOT, str(theirs.fileno()), flags, spec]
        try:
            proc = subprocess.Popen(
                command,
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                env=env,
            )
        finally:
            theirs.close()
        conn = Connection(ours.detach())
        with self._lock:
            self._proc, self._conn = proc, conn
        try:
            ready = json.loads(conn.recv_bytes(65536)) if conn.poll(seconds) else None
        except (EOFError, OSError, ValueError):
            ready = None
        if not ready or not ready.get("ready"):
            code = proc.poll()
            self.kill()
            raise WorkerNotStarted(f"the {self.name} process did not start (exit code {code})", code)
        self.memory_capped = bool(ready.get("memory_capped"))

    def request(self, job: bytes, seconds: float, max_bytes: int = MAX_ANSWER) -> bytes:
        """The handler's answer to ``job``, within ``seconds``; the worker is started when it is not
        running. :class:`WorkerTimeout` (the worker killed) or :class:`WorkerDied` otherwise."""
        if not self.alive:
            self.kill()
            self.start()
        conn = self._conn
        assert conn is not None
        try:
            conn.send_bytes(_HEADER.pack(seconds) + job)
            if not conn.poll(seconds):
                self.kill()
                raise WorkerTimeout(f"no answer within {seconds:g} s")
            answer = conn.recv_bytes(max_bytes)
            if answer[:1] == _RETIRING:  # its last answer: the next job gets a new worker
                self.close()
            return answer[1:]
        except (EOFError, OSError) as err:
            code, proc = None, self._proc  # None when killed meanwhile
            if proc is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    code = proc.wait(1)
            self.kill()
            raise WorkerDied(f"the {self.name} process stopped (exit code {code})", code) from err

    async def arequest(self, job: bytes, seconds: float, max_bytes: int = MAX_ANSWER) -> bytes:
        """:meth:`request` for a caller on an asyncio event loop: the wait for the answer is the loop's
        (no thread per job). The job is written, and the answer read once it is there, without
        yielding: a job is small, and the worker writes its whole answer at once."""
        import asyncio

        if not self.alive:
            self.kill()
            await asyncio.to_thread(self.start)
        conn = self._conn
        assert conn is not None
        loop = asyncio.get_running_loop()
        try:
            conn.send_bytes(_HEADER.pack(seconds) + job)
            ready = loop.create_future()
            fd = conn.fileno()
            loop.add_reader(fd, _settle, ready, True)
            timer = loop.call_later(seconds, _settle, ready, False)
            try:
                answered = await ready
            finally:
                timer.cancel()
                loop.remove_reader(fd)
                os.set_blocking(fd, True)  # uvloop's add_reader made it non-blocking; recv_bytes needs it
            if not answered:
                self.kill()
                raise WorkerTimeout(f"no answer within {seconds:g} s")
            answer = conn.recv_bytes(max_bytes)
            if answer[:1] == _RETIRING:
                self.close()
            return answer[1:]
        except asyncio.CancelledError:
            self.kill()  # the caller left mid-job: the worker's state is unknown
            raise
        except (EOFError, OSError) as err:
            code, proc = None, self._proc
            if proc is not None:
                code = proc.poll()
            self.kill()
            raise WorkerDied(f"the {self.name} process stopped (exit code {code})", code) from err

    def exit_code(self) -> int | None:
        return self._proc.poll() if self._proc is not None else None

    def kill(self) -> None:
        """SIGKILL and reap the worker, close the socket; safe to call twice or from two threads."""
        with self._lock:
            proc, conn, self._proc, self._conn = self._proc, self._conn, None, None
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(5)
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()

    def close(self, seconds: float = 2.0) -> None:
        """Stop the worker politely (it leaves when its socket closes); killed if it lingers."""
        with self._lock:
            proc, conn = self._proc, self._conn
            self._conn = None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(seconds)
        self.kill()


def _settle(future, value: bool) -> None:
    if not future.done():
        future.set_result(value)


# ---------------------------------------------------------------- inside the worker


def _main(argv: list[str]) -> None:
    """The worker process: load the handler, cap memory, say ready, answer jobs until the socket closes."""
    fd, flags, spec = int(argv[0]), argv[1].split(), json.loads(argv[2])
    memory_mb, deep_stack = int(flags[0]), flags[1] == "1"
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the caller stops its workers itself
    module, _, function = spec["make"].partition(":")
    make = getattr(importlib.import_module(module), function)
    for name in spec["preload"]:
        importlib.import_module(name)
    handler = make(*spec["args"])
    conn = Connection(fd)
    capped = _limit_memory(memory_mb)
    conn.send_bytes(json.dumps({"ready": True, "memory_capped": capped}).encode("utf-8"))
    if not deep_stack:
        _serve(conn, handler)
        return
    sys.setrecursionlimit(RECURSION)  # this process's own: it only serves jobs
    threading.stack_size(STACK_BYTES)
    thread = threading.Thread(target=_serve, args=(conn, handler), name="sandbox-serve")
    thread.start()
    thread.join()


def _serve(conn: Connection, handler: Handler) -> None:
    while True:
        try:
            message = conn.recv_bytes()
        except (EOFError, OSError):
            return  # the caller closed its end (or died)
        (seconds,) = _HEADER.unpack_from(message)
        _alarm(math.ceil(seconds) + ALARM_MARGIN)  # a second stop, should the caller be gone
        retire = False
        try:
            answer = handler(message[_HEADER.size :])
        except Retire as last:
            answer, retire = last.answer, True
        except BaseException:
            traceback.print_exc(file=sys.stderr)
            os._exit(1)  # no answer: the caller sees the worker die
        _alarm(0)
        try:
            conn.send_bytes((_RETIRING if retire else _SERVING) + answer)
        except (OSError, ValueError):
            return
        if retire:
            return


def _alarm(seconds: int) -> None:
    if hasattr(signal, "alarm"):  # POSIX
        signal.alarm(seconds)


def _limit_memory(memory_mb: int) -> bool:
    """Cap the address space at what the worker holds now plus ``memory_mb``; True when capped."""
    if not memory_mb:
        return False
    try:
        import resource

        with open("/proc/self/statm") as statm:  # Linux: virtual size in pages
            held = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError, ValueError):  # not Linux: only the time limit applies
        return False
    soft = held + memory_mb * MB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    return True
