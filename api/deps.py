"""What endpoints need, as ``Annotated`` dependency aliases kept in one place."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.errors import StoreMissing
from graph.settings import Settings
from graph.store import GraphStore
from graph.workers import QueryPool


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreMissing("the store is not open (the app was started without its lifespan)")
    return store


def get_reads(request: Request) -> QueryPool:
    pool = getattr(request.app.state, "reads", None)
    if pool is None:
        raise StoreMissing("the store is not open (the app was started without its lifespan)")
    return pool


def get_base(request: Request) -> str:
    return request.app.state.settings.base_iri


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
BaseDep = Annotated[str, Depends(get_base)]
ReadsDep = Annotated[QueryPool, Depends(get_reads)]  # the REST routes' reads run in its workers
