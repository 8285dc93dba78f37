"""ASGI middleware that bounds every request: ``HEAD`` wherever ``GET`` is served, and a deadline.

:class:`HeadAsGet` answers ``HEAD`` with the headers ``GET`` would send (the server drops the body).
:class:`Deadline` answers 503 ``request_timeout`` when a route has not started its answer within
``seconds``; the late answer is thrown away. Routes that keep a deadline of their own (``/sparql``
and the canned queries run in worker processes that are killed at ``query_timeout``) are left out.

Past the deadline the route's task is cancelled: the REST routes await their reads in worker
processes (:class:`graph.workers.QueryPool`), and a cancelled read kills its worker, so the work
stops there. A plain ``def`` route (the pages) runs in a thread, and Python cannot stop a thread:
the client has its answer and the connection is free, but the thread finishes its work before its
slot in the thread pool is free again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import answer

log = logging.getLogger("pgraph.api")


class HeadAsGet:
    """Route ``HEAD`` as ``GET``; the server sends the headers only (RFC 9110 9.3.2)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "HEAD":
            scope = dict(scope, method="GET")  # a copy: the server still knows it answers HEAD
        await self.app(scope, receive, send)


class Deadline:
    """503 when a route has not begun to answer within ``seconds``.

    ``exempt`` paths are left alone: a path ending in ``/`` exempts everything under it.
    """

    def __init__(self, app: ASGIApp, seconds: float, exempt: tuple[str, ...] = ()):
        self.app, self.seconds, self.exempt = app, seconds, exempt
        self._late: set[asyncio.Task] = set()  # answers still being computed after their deadline

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or any(
            path.startswith(p) if p.endswith("/") else path == p for p in self.exempt
        ):
            await self.app(scope, receive, send)
            return
        started = answered = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if answered:
                return  # the deadline already answered: the late answer goes nowhere
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        task = asyncio.ensure_future(self.app(scope, receive, guarded_send))
        done, _ = await asyncio.wait({task}, timeout=self.seconds)
        if task in done:
            task.result()  # re-raise what the app raised
            return
        if started:  # the answer is under way (a download): let it finish
            await task
            return
        answered = True
        task.cancel()  # a route awaiting a worker: the worker is killed now; a thread runs to its end
        self._late.add(task)
        task.add_done_callback(self._forget)
        log.warning("%s %s: no answer within %g s", scope["method"], scope["path"], self.seconds)
        message = f"the request took longer than {self.seconds:g} s (the request_timeout setting)"
        response = answer(Request(scope), 503, "request_timeout", message)
        response.headers["Retry-After"] = "10"
        await response(scope, receive, send)

    def _forget(self, task: asyncio.Task) -> None:
        self._late.discard(task)
        with contextlib.suppress(BaseException):
            task.result()  # retrieved, so asyncio does not log it as never retrieved
