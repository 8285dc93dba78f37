"""Serving the app with uvicorn, bounded: header and keep-alive timeouts, a quick shutdown on SIGTERM.

uvicorn closes an idle keep-alive connection after ``timeout_keep_alive`` seconds but waits forever
for the first request line and headers of a connection; :class:`HeaderTimeout` closes a connection
whose request headers are not complete within :data:`HEADER_SECONDS` of the connection opening (or of
the previous answer), so half-open and trickling connections are let go. On SIGTERM or SIGINT,
requests in flight get :data:`SHUTDOWN_SECONDS` to finish; then the lifespan stops the SPARQL workers.
"""

from __future__ import annotations

import asyncio

from graph.settings import Settings

HEADER_SECONDS = 10.0
KEEP_ALIVE_SECONDS = 5
SHUTDOWN_SECONDS = 3


class HeaderTimeout:
    """Mixin for a uvicorn HTTP protocol: close the connection when headers take too long."""

    header_seconds = HEADER_SECONDS
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)  # type: ignore[misc]
        cycle = getattr(self, "cycle", None)
        if cycle is not None and not cycle.response_complete:  # the headers are in: a request runs
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        self._arm()  # the next request's headers are held to the same limit

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_seconds, self._headers_too_slow)  # type: ignore[attr-defined]

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        cycle = getattr(self, "cycle", None)
        if cycle is not None and not cycle.response_complete:
            return  # a request is being answered
        transport = self.transport  # type: ignore[attr-defined]
        if not transport.is_closing():
            transport.close()


def protocol():
    """uvicorn's HTTP protocol class with :class:`HeaderTimeout` mixed in."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:  # httptools is not installed
        return type("H11WithHeaderTimeout", (HeaderTimeout, H11Protocol), {})
    return type("HttpToolsWithHeaderTimeout", (HeaderTimeout, HttpToolsProtocol), {})


def config(settings: Settings, **overrides):
    """The uvicorn configuration ``pgraph serve`` runs with."""
    import uvicorn

    from .app import create_app

    options = dict(
        host=settings.host,
        port=settings.port,
        http=protocol(),
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        timeout_graceful_shutdown=SHUTDOWN_SECONDS,
    )
    return uvicorn.Config(create_app(settings), **(options | overrides))


def run(settings: Settings, **overrides) -> None:
    """Serve until SIGTERM or SIGINT."""
    import uvicorn

    uvicorn.Server(config(settings, **overrides)).run()
