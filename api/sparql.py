"""The SPARQL 1.1 Protocol endpoint (``/sparql``) and the analysts' canned queries (``/api/v1/queries``).

Queries run in worker processes (:mod:`graph.workers`), awaited on the event loop (no thread per
query), so the REST routes' thread pool and ``/health`` keep answering while the endpoint is
saturated. Each client address has a budget of query seconds per minute, and at most
``client_queries`` queries in the endpoint at once on at most all workers but one (429 with
``Retry-After`` past either, before the query waits for a worker).
Errors on ``/sparql`` are ``text/plain`` (what SPARQL clients show their users); errors on
``/api/v1/queries`` take the API's JSON shape.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import logging
import math
import threading
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import unquote

import anyio
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import PlainTextResponse, Response
from pydantic import BaseModel
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from graph import errors as ge
from graph import sparql
from graph.settings import Settings
from graph.store import GraphStore
from graph.workers import QueryPool

from .errors import error_response, headers_of, status_of
from .models import ErrorOut
from .pages import sparql_page

router = APIRouter()
log = logging.getLogger("pgraph.api")
WINDOW_SECONDS = 60.0
FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


class Reject(Exception):
    """An HTTP answer decided while reading the request (status, message, headers)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


class ClientBudget:
    """Seconds of query time each client may use in a sliding window (Wikidata's rule: 60 s a minute)."""

    def __init__(self, seconds: float, window: float = WINDOW_SECONDS):
        self.seconds, self.window = seconds, window
        self._spent: dict[str, deque[tuple[float, float]]] = defaultdict(deque)
        self._total: dict[str, float] = defaultdict(float)  # the sum of each client's window
        self._lock = threading.Lock()

    def retry_after(self, client: str, now: float | None = None) -> int | None:
        """Whole seconds until ``client`` may query again, or None when it may now."""
        now = time.monotonic() if now is None else now
        with self._lock:
            spent = self._spent.get(client)
            if not spent:
                return None
            total = self._total[client]
            while spent and spent[0][0] <= now - self.window:
                total -= spent.popleft()[1]
            self._total[client] = total
            if not spent:
                del self._spent[client], self._total[client]
                return None
            if total < self.seconds:
                return None
            for at, seconds in spent:  # wait until enough of the oldest spending leaves the window
                total -= seconds
                if total < self.seconds:
                    return max(1, math.ceil(at + self.window - now))
            return math.ceil(self.window)

    def charge(self, client: str, seconds: float) -> None:
        with self._lock:
            self._spent[client].append((time.monotonic(), seconds))
            self._total[client] += seconds


class ClientSlots:
    """How many queries one client address may have in the endpoint at once (``queries``: running or
    waiting; one more is 429 at once) and how many workers it may hold (``workers``): with fewer than
    every worker, one client's heavy queries cannot keep another's ``ASK {}`` waiting. Used on the
    event loop only."""

    def __init__(self, queries: int, workers: int, wait: float):
        self.queries, self.workers, self.wait = queries, workers, wait
        self._count: dict[str, int] = {}
        self._running: dict[str, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def admit(self, client: str) -> AsyncIterator[None]:
        count = self._count.get(client, 0)
        if count >= self.queries:
            raise Reject(
                429,
                f"too many queries at once from this client (at most {self.queries}): retry when one ends",
                {"Retry-After": "1"},
            )
        self._count[client] = count + 1
        running = self._running.get(client)
        if running is None:
            running = self._running[client] = asyncio.Semaphore(self.workers)
        try:
            try:
                if running.locked():
                    await asyncio.wait_for(running.acquire(), self.wait)
                else:
                    await running.acquire()  # at once: no task and no timer for a wait that cannot be
            except TimeoutError:
                raise ge.EndpointBusy(
                    f"this client's queries held their share of the workers for {self.wait:g} s: "
                    "try again later"
                ) from None
            try:
                yield
            finally:
                running.release()
        finally:
            self._count[client] -= 1
            if not self._count[client]:
                del self._count[client], self._running[client]


@dataclass
class SparqlService:
    """What the endpoint needs, made by :func:`start` in the app's lifespan."""

    settings: Settings
    limits: sparql.Limits
    store: GraphStore
    pool: QueryPool
    slots: ClientSlots
    budget: ClientBudget
    canned: dict[str, sparql.Canned] = field(default_factory=dict)

    async def run(self, job: sparql.Job, client: str) -> tuple[str, bytes]:
        """``(media type, body)`` of a job's answer, within the client's budget and the deadline."""
        retry = self.budget.retry_after(client)
        if retry is not None:
            raise Reject(
                429,
                f"query time budget used up ({self.settings.client_budget_seconds:g} s of queries "
                f"per minute per client): retry in {retry} s",
                {"Retry-After": str(retry)},
            )
        async with self.slots.admit(client):
            return await self.pool.arun(job, partial(self.budget.charge, client))

    def run_text(self, text: str, fmt: str) -> str:
        """A query's answer as text (``json``, ``csv`` or ``table``), for a page; blocks its thread."""
        media_type, body = self.pool.run(sparql.text_job(text, fmt))
        return sparql.as_text(media_type, body, fmt)


def start(app: FastAPI, settings: Settings) -> SparqlService:
    """Load the canned queries and start the worker pool (call in the lifespan, after the store)."""
    pool = QueryPool(settings).start()
    service = app.state.sparql = SparqlService(
        settings,
        pool.limits,
        app.state.store,
        pool,
        ClientSlots(settings.client_queries, max(1, settings.sparql_workers - 1), pool.wait),
        ClientBudget(settings.client_budget_seconds),
        sparql.load_canned(pool.limits.graph_base),
    )
    return service


def stop(app: FastAPI, service: SparqlService) -> None:
    """Stop the worker pool :func:`start` made (call in the lifespan, on the way out)."""
    service.pool.stop()
    if getattr(app.state, "sparql", None) is service:
        app.state.sparql = None


def _service(request: Request) -> SparqlService:
    service = getattr(request.app.state, "sparql", None)
    if service is None:
        raise ge.StoreMissing("the SPARQL endpoint is not running (the app was started without its lifespan)")
    return service


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


# ---------------------------------------------------------------- reading the request


def _pairs(text: str) -> list[tuple[str, str]]:
    """``parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")``, five to ten
    times faster on a percent-encoded query (whose decoding was a sixth of this process's time)."""
    pairs = []
    try:
        for field_ in text.split("&"):
            if field_:
                name, _, value = field_.partition("=")
                pairs.append((_unquote_plus(name), _unquote_plus(value)))
    except UnicodeDecodeError:
        raise Reject(400, "parameters must be UTF-8, percent-encoded") from None
    return pairs


def _unquote_plus(text: str) -> str:
    """``urllib.parse.unquote_plus(text, errors="strict")``: an ASCII text's ``%XX`` escapes are
    decoded in C (``codecs.escape_decode`` of the text with every ``%`` read as ``\\x``, after each
    backslash is written ``\\x5c``); a ``%`` not followed by two hex digits, or a text that is not
    ASCII, takes urllib's way."""
    text = text.replace("+", " ")
    if "%" not in text:
        return text
    if text.isascii():
        data = text.encode("ascii").replace(b"\\", b"\\x5c").replace(b"%", b"\\x")
        try:
            raw = codecs.escape_decode(data)[0]
        except ValueError:  # a '%' without two hex digits after it
            pass
        else:
            return raw.decode("utf-8")
    return unquote(text, encoding="utf-8", errors="strict")


def _grouped(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for key, value in pairs:
        out[key].append(value)
    return out


async def _body(request: Request, cap: int) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise Reject(413, f"request body is larger than {cap} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise Reject(413, f"request body is larger than {cap} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Reject(400, "the request body is not UTF-8") from None


def _media(header: str) -> tuple[str, str | None]:
    media, *params = (p.strip() for p in header.split(";"))
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


async def _answer(request: Request, params: dict[str, list[str]], body_query: str | None) -> Response:
    service = _service(request)
    if {"update", "using-graph-uri", "using-named-graph-uri"} & params.keys():
        raise ge.QueryRefused("updates are not accepted: this endpoint is read-only")
    texts = params.get("query", []) + ([body_query] if body_query is not None else [])
    if len(texts) > 1:
        raise Reject(400, "give exactly one query")
    base = service.limits.graph_base
    default = tuple(sparql.local_graph(g, base) for g in params.get("default-graph-uri", []))
    named = tuple(sparql.local_graph(g, base) for g in params.get("named-graph-uri", []))
    if not texts:
        if request.method == "GET":
            return await _description(request, service)
        raise Reject(400, "no query: send one as the 'query' form field or as application/sparql-query")
    # the worker guards the text (size and depth, then its tokens: refusals, the form, 406) on its
    # own core, not in this process, whose one core the HTTP work of every request shares
    job = sparql.Job(texts[0], request.headers.get("accept"), default, named)
    media_type, body = await service.run(job, _client(request))
    return Response(body, media_type=media_type, headers={"Vary": "Accept"})


async def _description(request: Request, service: SparqlService) -> Response:
    accept = request.headers.get("accept")
    ranges = sparql.parse_accept(accept)
    try:
        fmt = sparql.negotiate(sparql.GRAPH_FORMATS, accept)
    except ge.NotAcceptable:
        fmt = None
    html = max([q for media, q in ranges if media == "text/html"], default=0.0)  # named, not */*
    if fmt is None or (html > 0 and html >= max(sparql.quality(m, ranges) for m in fmt.accepts)):
        if not html:
            raise ge.NotAcceptable(
                "the service description is available as Turtle, N-Triples, JSON-LD, RDF/XML"
            )
        return sparql_page(request, endpoint=True)  # a browser: the query page, as other endpoints do
    endpoint = str(request.url.replace(query=""))
    body = await anyio.to_thread.run_sync(
        sparql.service_description, service.store, endpoint, fmt, service.limits
    )
    return Response(body, media_type=fmt.media_type, headers={"Vary": "Accept"})


def _plain(status: int, message: str, headers: dict[str, str] | None = None) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


async def _guarded(request: Request, read) -> Response:
    try:
        params, body_query = await read(request)
        return await _answer(request, params, body_query)
    except Reject as rej:
        return _plain(rej.status, rej.message, rej.headers)
    except ge.PgraphError as err:
        return _plain(status_of(err)[0], str(err) or "error", headers_of(err))


async def _read_get(request: Request) -> tuple[dict[str, list[str]], str | None]:
    raw = request.scope.get("query_string", b"")
    cap = _service(request).settings.sparql_max_url
    if len(raw) > cap:
        raise Reject(414, f"the query string is longer than {cap} bytes: send the query by POST")
    return _grouped(_pairs(raw.decode("latin-1"))), None


async def _read_post(request: Request) -> tuple[dict[str, list[str]], str | None]:
    service = _service(request)
    url_pairs = _pairs(request.scope.get("query_string", b"").decode("latin-1"))
    media, charset = _media(request.headers.get("content-type", ""))
    if media == UPDATE:
        raise ge.QueryRefused("updates are not accepted: this endpoint is read-only")
    if media not in (FORM, QUERY):
        raise Reject(415, f"POST a query as {FORM} (a 'query' field) or as {QUERY}")
    if charset not in (None, "utf-8", "utf8"):
        raise Reject(415, "queries must be sent as UTF-8")
    body = _utf8(await _body(request, service.settings.sparql_max_body))
    if media == FORM:
        return _grouped(url_pairs + _pairs(body)), None
    return _grouped(url_pairs), body


class Direct:
    """A query to ``/sparql`` (a POST, or a GET with a ``query`` parameter) answered straight away, before
    FastAPI's own layers (telemetry, body limit, error middleware), the routing and the middleware of
    the other routes, none of which applies to it (it keeps its own deadline, errors and answers; no
    JSON-LD ``Link``, no HEAD). Called by the app (:class:`api.app.App`) for every request to
    ``/sparql``: False for the others (the service description, the query page, other methods), which
    are routed as usual; so are the route's entries in the OpenAPI document."""

    def __init__(self) -> None:
        self.routed: bool | None = None  # whether the app routes /sparql to this module (read once)

    async def __call__(self, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> bool:
        method, raw = scope["method"], scope.get("query_string", b"")
        read = _read_post if method == "POST" else None
        if method == "GET" and (raw.startswith(b"query=") or b"&query=" in raw):
            read = _read_get
        if read is None or not self._routed(app):
            return False
        scope["app"] = app
        try:
            response = await _guarded(Request(scope, receive), read)
        except Exception:
            log.exception("%s /sparql failed", method)
            response = _plain(500, "internal error: see the server's log")
        await response(scope, receive, send)
        return True

    def _routed(self, app: ASGIApp) -> bool:
        if self.routed is None:  # an app that left the endpoint out answers /sparql as it routes it
            routes = getattr(getattr(app, "router", None), "routes", [])
            probe = {"type": "http", "path": "/sparql", "method": "POST", "root_path": "", "headers": []}
            self.routed = any(r.matches(dict(probe))[0] is Match.FULL for r in routes)
        return self.routed


_RESULT_TYPES = [f.media_type.split(";")[0] for f in sparql.RESULT_FORMATS]
_TEXT = {"text/plain": {"schema": {"type": "string"}}}
_ANSWERS = {
    media: {"schema": {"type": "object"} if "json" in media else {"type": "string"}}
    for media in dict.fromkeys(
        f.media_type.split(";")[0] for f in (*sparql.RESULT_FORMATS, *sparql.GRAPH_FORMATS)
    )
}
_REFUSALS = {
    400: "Not a query (pyoxigraph's syntax error), a graph outside this store, too long or too deeply nested",
    403: "An update, or SERVICE: this endpoint is read-only and never queries others",
    406: "No format the Accept header allows can carry this answer",
    429: "The client's query time budget is used up (Retry-After)",
    503: "The query timed out, has too many rows, or every worker stayed busy",
}
SPARQL_RESPONSES: dict = {
    200: {"description": "The answer, in the format the Accept header prefers", "content": _ANSWERS},
    **{code: {"description": text, "content": _TEXT} for code, text in _REFUSALS.items()},
}
_DATASET = [
    {
        "name": name,
        "in": "query",
        "required": False,
        "description": f"{what} (repeatable); only this store's graphs, else 400. Overrides the query's FROM.",
        "schema": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "style": "form",
        "explode": True,
    }
    for name, what in (
        ("default-graph-uri", "A graph for the default graph"),
        ("named-graph-uri", "A named graph"),
    )
]
_QUERY_TEXT = {
    "type": "string",
    "minLength": 1,
    "description": "A SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE).",
}
SPARQL_GET = {
    "parameters": [
        {
            "name": "query",
            "in": "query",
            "required": False,
            "description": "The query. Without it: the service description (Turtle), or the query page "
            "for a browser (Accept: text/html).",
            "schema": _QUERY_TEXT,
        },
        *_DATASET,
    ],
    "responses": {
        200: {
            "description": "The answer; without a query the service description or the query page",
            "content": {**_ANSWERS, "text/html": {"schema": {"type": "string"}}},
        },
        414: {"description": "The query string is too long: send the query by POST", "content": _TEXT},
    },
}
SPARQL_POST = {
    "parameters": _DATASET,
    "requestBody": {
        "required": True,
        "content": {
            FORM: {
                "schema": {
                    "type": "object",
                    "required": ["query"],
                    "properties": {
                        "query": _QUERY_TEXT,
                        "default-graph-uri": {"type": "array", "items": {"type": "string", "minLength": 1}},
                        "named-graph-uri": {"type": "array", "items": {"type": "string", "minLength": 1}},
                    },
                    "additionalProperties": False,
                },
                "encoding": {
                    "default-graph-uri": {"style": "form", "explode": True},
                    "named-graph-uri": {"style": "form", "explode": True},
                },
            },
            QUERY: {"schema": _QUERY_TEXT},
        },
    },
    "responses": {
        413: {"description": "The body is larger than the sparql_max_body setting", "content": _TEXT},
        415: {"description": f"A body that is neither {FORM} nor {QUERY} (UTF-8)", "content": _TEXT},
    },
}


SPARQL_DOC = (
    "SPARQL 1.1 Protocol, read only. SELECT/ASK answers as SPARQL JSON, XML, CSV or TSV; "
    "CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD or RDF/XML, by Accept. "
    "Without a query, GET returns the service description (Turtle), or the query page to a browser "
    "(Accept: text/html)."
)


@router.get(
    "/sparql",
    summary="SPARQL query (GET)",
    description=SPARQL_DOC,
    response_class=Response,
    responses=SPARQL_RESPONSES,
    openapi_extra=SPARQL_GET,
)
async def sparql_get(request: Request) -> Response:
    return await _guarded(request, _read_get)


@router.post(
    "/sparql",
    summary="SPARQL query (form or direct POST)",
    description=SPARQL_DOC,
    response_class=Response,
    responses=SPARQL_RESPONSES,
    openapi_extra=SPARQL_POST,
)
async def sparql_post(request: Request) -> Response:
    return await _guarded(request, _read_post)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_other(request: Request) -> Response:
    return _plain(405, f"{request.method} is not allowed: query with GET or POST", {"Allow": "GET, POST"})


# ---------------------------------------------------------------- canned queries


class CannedParamOut(BaseModel):
    name: str
    kind: str
    description: str


class CannedQueryOut(BaseModel):
    name: str
    title: str
    description: str
    params: list[CannedParamOut]
    url: str


class CannedListOut(BaseModel):
    queries: list[CannedQueryOut]


@router.get("/api/v1/queries", response_model=CannedListOut, summary="The canned queries for analysts")
def list_queries(request: Request) -> dict:
    service = _service(request)
    return {
        "queries": [c.as_dict() | {"url": f"/api/v1/queries/{name}"} for name, c in service.canned.items()]
    }


@router.get(
    "/api/v1/queries/{name}",
    summary="Run a canned query; parameters as query parameters",
    description="SPARQL results (JSON by default; XML, CSV or TSV by Accept). Parameters are bound as RDF "
    "terms: each the query declares (see /api/v1/queries) must be given once, any other is 422.",
    response_class=Response,
    responses={
        200: {"description": "The results", "content": {m: _ANSWERS[m] for m in _RESULT_TYPES}},
        **{code: {"model": ErrorOut} for code in (404, 406, 422, 429, 503)},
    },
)
async def run_query(request: Request, name: str) -> Response:
    service = _service(request)
    canned = service.canned.get(name)
    if canned is None:
        raise ge.NotFound(f"no canned query named {name!r}; see /api/v1/queries")
    text = sparql.bind_canned(canned, request.query_params.multi_items(), service.settings.base_iri)
    job = sparql.Job(text, request.headers.get("accept"), inspected=canned.inspected)
    try:
        media_type, body = await service.run(job, _client(request))
    except Reject as rej:
        response = error_response(rej.status, "too_many_requests", rej.message)
        response.headers.update(rej.headers)
        return response
    return Response(body, media_type=media_type, headers={"Vary": "Accept"})
