"""The composition root: ``create_app(settings)`` builds the whole API; nothing is created at import.

uvicorn --factory api.app:create_app
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query
from starlette.types import Receive, Scope, Send

from graph import queries
from graph.backends import open_store
from graph.errors import BadRequest, StoreError
from graph.search import name_index
from graph.settings import Settings
from graph.workers import Call, QueryPool

from . import errors, exports, limits, pages
from . import review as review_api
from . import sparql as sparql_api
from .deps import BaseDep, ReadsDep, SettingsDep, StoreDep
from .models import (
    EntityPageOut,
    ErrorOut,
    FundingOut,
    HealthOut,
    IndicatorsOut,
    MembersOut,
    PrioritiesOut,
    SearchOut,
    StructureOut,
    WhoOwnsOut,
)

API_PREFIX = "/api/v1"
SPARQL_PATHS = ("/sparql", f"{API_PREFIX}/queries/")
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (404, 409, 422, 500, 503)}

# Not blank, no control characters but tab and line breaks (graph.search.clean_text refuses the rest)
_CONTROL = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f"
TEXT_PATTERN = f"^[^{_CONTROL}]*[^\\s{_CONTROL}][^{_CONTROL}]*$"
Text = Annotated[
    str,
    Query(
        min_length=1,
        max_length=500,
        pattern=TEXT_PATTERN,
        description="Literal text, NFC-normalised: not blank, no control characters but tab and line breaks.",
    ),
]
Id = Annotated[str, Query(min_length=1, max_length=200, description="An entity id, as /search returns it.")]
OptionalId = Annotated[str | None, Query(min_length=1, max_length=200, description="An entity id.")]

router = APIRouter(prefix=API_PREFIX, responses=ERRORS)


@router.get("/search", response_model=SearchOut, summary="Entities by name, alias, acronym or code")
async def search(
    reads: ReadsDep,
    settings: SettingsDep,
    q: Text,
    limit: Annotated[int, Query(ge=1, description="At most the search_limit setting (50 by default).")] = 10,
) -> dict:
    if limit > settings.search_limit:
        raise BadRequest(f"limit must be at most {settings.search_limit}")
    return {"query": q, "results": await reads.arun(Call("search", (settings.base_iri, q, limit)))}


@router.get("/entities/{entity_id}", response_model=EntityPageOut, summary="One entity and its links")
async def entity(reads: ReadsDep, base: BaseDep, entity_id: str) -> dict:
    return await reads.arun(Call("entity", (base, entity_id)))


@router.get("/who-owns", response_model=WhoOwnsOut, summary="Who is responsible for an item, who contributes")
async def who_owns(reads: ReadsDep, base: BaseDep, item: Id) -> dict:
    return await reads.arun(Call("who_owns", (base, item)))


@router.get("/groups/{group_id}/members", response_model=MembersOut, summary="Members of a group, with roles")
async def members(
    reads: ReadsDep,
    base: BaseDep,
    group_id: str,
    role: Annotated[str | None, Query(min_length=1, max_length=200, pattern=TEXT_PATTERN)] = None,
) -> dict:
    return await reads.arun(Call("members", (base, group_id), (("role", role),)))


@router.get(
    "/groups/{group_id}/structure", response_model=StructureOut, summary="Parents, sub-groups, chairs"
)
async def structure(reads: ReadsDep, base: BaseDep, group_id: str) -> dict:
    return await reads.arun(Call("structure", (base, group_id)))


@router.get(
    "/funding",
    response_model=FundingOut,
    summary="Funding flows from a funder and/or to a recipient",
    description="Give `funder`, `recipient` or both: neither is 422. An id no entity has is 404.",
)
async def funding(
    reads: ReadsDep, base: BaseDep, funder: OptionalId = None, recipient: OptionalId = None
) -> dict:
    return await reads.arun(Call("funding", (base,), (("funder", funder), ("recipient", recipient))))


@router.get(
    "/priorities", response_model=PrioritiesOut, summary="Priorities of a plan, partnership or strategy"
)
async def priorities(reads: ReadsDep, base: BaseDep, of: Id) -> dict:
    return await reads.arun(Call("priorities", (base, of)))


@router.get(
    "/indicators",
    response_model=IndicatorsOut,
    summary="Indicators of something, or named by q",
    description="Give `of`, `q` or both: neither is 422. An `of` no entity has is 404.",
)
async def indicators(
    reads: ReadsDep,
    base: BaseDep,
    of: OptionalId = None,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=500, pattern=TEXT_PATTERN, description="An indicator id or text."),
    ] = None,
) -> dict:
    return await reads.arun(Call("indicators", (base,), (("of", of), ("q", q))))


@router.get("/health", response_model=HealthOut, summary="Quad count and build id")
def health(store: StoreDep) -> dict:
    return queries.health(store)


def _openapi(app: FastAPI, settings: Settings) -> dict[str, Any]:
    """FastAPI's OpenAPI document with the limits that come from settings written in."""
    if app.openapi_schema is not None:
        return app.openapi_schema
    schema = FastAPI.openapi(app)  # kept by FastAPI as app.openapi_schema
    for param in schema["paths"][f"{API_PREFIX}/search"]["get"]["parameters"]:
        if param["name"] == "limit":
            param["schema"]["maximum"] = settings.search_limit
    return schema


class App(FastAPI):
    """FastAPI, with a SPARQL query answered before any of FastAPI's own layers (:class:`api.sparql.Direct`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.direct = sparql_api.Direct()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["path"] == "/sparql"
            and await self.direct(self, scope, receive, send)
        ):
            return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API over the store named in ``settings`` (opened by the lifespan, closed with it)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = app.state.store = open_store(settings)
        # read the name index now; a store not built or not reachable yet answers 503 later
        with contextlib.suppress(StoreError):
            name_index(store, settings.base_iri)
        service = sparql_api.start(app, settings)  # the SPARQL endpoint's workers and canned queries
        # the REST routes' reads: in workers of their own, killed at the route's deadline
        reads = app.state.reads = QueryPool(
            settings, size=settings.rest_workers, timeout=settings.request_timeout, name="REST worker"
        ).start()
        yield
        reads.stop()
        if app.state.reads is reads:
            app.state.reads = None
        sparql_api.stop(app, service)
        if app.state.store is store:
            app.state.store = None
        store.close()

    app = App(
        title="Partnership Graph",
        summary="Who owns what in local-government partnerships, with evidence for every fact.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    errors.install(app, pages.error_page)
    app.include_router(router)
    app.include_router(review_api.router)  # /api/v1/review and /review (governance review)
    app.include_router(sparql_api.router)  # /sparql and /api/v1/queries
    app.include_router(pages.router())  # HTML pages, pictures (/viz) and their JSON twins
    exports.install(app)  # /export downloads, /context.jsonld and the JSON-LD Link header
    app.add_api_route("/health", health, response_model=HealthOut, responses=ERRORS, include_in_schema=False)
    app.openapi = partial(_openapi, app, settings)  # type: ignore[method-assign]
    # /sparql and the canned queries keep their own deadline (worker processes killed at query_timeout)
    app.add_middleware(limits.Deadline, seconds=settings.request_timeout, exempt=SPARQL_PATHS)
    app.add_middleware(limits.HeadAsGet)  # HEAD is routed as GET everywhere
    return app
