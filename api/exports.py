"""Downloads for analysts' tools, and the JSON-LD context every JSON answer links to.

* ``GET /api/v1/export?format=…&type=…&document=…&plan=…``: the graph as GraphML, GEXF, a zip of
  CSV files, an XLSX workbook or a 360Giving package (filters repeatable, as in
  :func:`graph.projection.project`), or the whole store as RDF (``ttl``, ``trig``, ``nq``,
  ``jsonld``; no filters). Sent as an attachment with a file name.
* ``GET /api/v1/context.jsonld``: the ``@context`` of :mod:`graph.context`.
* :class:`JsonLdContextLink` adds ``Link: <…/api/v1/context.jsonld>; rel="http://www.w3.org/ns/json-ld#context"``
  to every ``application/json`` answer that is not a download.
* :func:`export_url` gives other pages the link to a download.

:func:`install` puts all of it on an app (one line in ``create_app``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from typing import IO, Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Query
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.datastructures import URL, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph import context as ld
from graph import export as graph_export
from graph import queries
from graph.errors import BadRequest, NotFound
from graph.projection import ENTITY_TYPES

from .deps import BaseDep, StoreDep
from .models import ErrorOut

API_PREFIX = "/api/v1"  # the same as api.app.API_PREFIX (a test keeps them equal)
CONTEXT_PATH = "/context.jsonld"
RDF_MEDIA_TYPES = {
    "ttl": "text/turtle",
    "trig": "application/trig",
    "nq": "application/n-quads",
    "jsonld": "application/ld+json",
}
ExportFormat = Literal["graphml", "gexf", "csv", "xlsx", "360giving", "ttl", "trig", "nq", "jsonld"]
CHUNK = 64 * 1024
SPOOL_LIMIT = 16 * 1024 * 1024  # larger exports go to a temporary file while they are sent

router = APIRouter(prefix=API_PREFIX, tags=["exports"])
EntityType = Literal[ENTITY_TYPES]  # type: ignore[valid-type]


def export_url(
    fmt: str,
    *,
    types: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    plan: str | None = None,
    prefix: str = API_PREFIX,
) -> str:
    """The URL path (with query) that downloads ``fmt`` with these filters, for links in pages.

    >>> export_url("csv", types=["organisation", "partnership"], plan="plan-community-safety-plan")
    '/api/v1/export?format=csv&type=organisation&type=partnership&plan=plan-community-safety-plan'
    """
    params: list[tuple[str, str]] = [("format", fmt)]
    params += [("type", t) for t in types or ()]
    params += [("document", d) for d in documents or ()]
    if plan:
        params.append(("plan", plan))
    return f"{prefix}/export?{urlencode(params)}"


@router.get(
    CONTEXT_PATH,
    summary="The JSON-LD @context of the API's JSON answers",
    name="jsonld_context",
    response_class=JSONResponse,
    responses={200: {"content": {ld.MEDIA_TYPE: {"schema": {"type": "object"}}}}},
)
def jsonld_context(base: BaseDep) -> JSONResponse:
    return JSONResponse(ld.context(base), media_type=ld.MEDIA_TYPE)


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(CHUNK):
            yield chunk
    finally:
        spool.close()


@router.get(
    "/export",
    summary="The graph for Gephi, spreadsheets or 360Giving, or the store as RDF",
    response_class=StreamingResponse,
    description="`type`, `document` and `plan` filter graphml, gexf, csv, xlsx and 360giving only: with an "
    "RDF format (ttl, trig, nq, jsonld) they are 422. A `plan` no entity has is 404.",
    responses={
        200: {"content": {t: {} for t in (*graph_export.MEDIA_TYPES.values(), *RDF_MEDIA_TYPES.values())}},
        404: {"model": ErrorOut},
        422: {"model": ErrorOut},
    },
)
def export(
    store: StoreDep,
    base: BaseDep,
    format: Annotated[ExportFormat, Query(description="graphml, gexf, csv (a zip), xlsx, 360giving, or RDF")],
    types: Annotated[
        list[EntityType] | None,
        Query(alias="type", description="Only entities of these types (repeatable)."),
    ] = None,
    documents: Annotated[
        list[str] | None,
        Query(alias="document", description="Only claims from these documents (repeatable)."),
    ] = None,
    plan: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Only this entity and what is inside it.")
    ] = None,
) -> StreamingResponse:
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_LIMIT)  # noqa: SIM115 (closed by _chunks)
    try:
        if format in RDF_MEDIA_TYPES:
            if types or documents or plan:
                raise BadRequest("type, document and plan filter graphml, gexf, csv, xlsx and 360giving only")
            queries.export(store, format, spool)
            media_type, name = RDF_MEDIA_TYPES[format], f"partnership-graph.{format}"
        else:
            try:
                graph_export.write(store, base, format, spool, types=types, documents=documents, plan=plan)
            except BadRequest as err:  # a document the graph does not hold is not found, as in /viz
                if str(err).startswith("unknown document"):
                    raise NotFound(str(err)) from None
                raise
            media_type, name = graph_export.MEDIA_TYPES[format], graph_export.filename(format, plan=plan)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return StreamingResponse(
        _chunks(spool),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


class JsonLdContextLink:
    """ASGI middleware: a ``Link`` to the JSON-LD context on every JSON answer that is not a download."""

    def __init__(self, app: ASGIApp, path: str = API_PREFIX + CONTEXT_PATH, skip: Sequence[str] = ()):
        self.app = app
        self.path = path
        self.skip = frozenset(skip)  # paths whose JSON is no API answer (the OpenAPI document)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in self.skip:
            await self.app(scope, receive, send)
            return
        url = URL(scope=scope).replace(path=scope.get("root_path", "") + self.path, query="", fragment="")
        link = f'<{url}>; rel="{ld.LINK_REL}"; type="{ld.MEDIA_TYPE}"'

        async def send_with_link(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                media_type = headers.get("content-type", "").split(";")[0].strip()
                if media_type == "application/json" and "content-disposition" not in headers:
                    headers.append("Link", link)
            await send(message)

        await self.app(scope, receive, send_with_link)


def install(app: FastAPI) -> None:
    """Add the export and context routes and the ``Link`` header middleware to ``app``."""
    app.include_router(router)
    app.add_middleware(JsonLdContextLink, skip=[app.openapi_url] if app.openapi_url else [])
