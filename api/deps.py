"""What endpoints need, as ``Annotated`` dependency aliases kept in one place.

Each is ``async``: it only reads ``app.state``, and FastAPI would run a plain ``def`` dependency in
its thread pool, a thread hop per dependency per request."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.errors import StoreMissing
from graph.settings import Settings
from graph.store import GraphStore
from graph.workers import QueryPool


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_store(request: Request) -> GraphStore:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreMissing("the store is not open (the app was started without its lifespan)")
    return store


async def get_reads(request: Request) -> QueryPool:
    pool = getattr(request.app.state, "reads", None)
    if pool is None:
        raise StoreMissing("the store is not open (the app was started without its lifespan)")
    return pool


async def get_base(request: Request) -> str:
    return request.app.state.settings.base_iri


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
BaseDep = Annotated[str, Depends(get_base)]
ReadsDep = Annotated[QueryPool, Depends(get_reads)]  # the REST routes' reads run in its workers
