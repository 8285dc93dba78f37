"""What endpoints need, as ``Annotated`` dependency aliases kept in one place."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.errors import StoreMissing
from graph.settings import Settings
from graph.store import GraphStore


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreMissing("the store is not open (the app was started without its lifespan)")
    return store


def get_base(request: Request) -> str:
    return request.app.state.settings.base_iri


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
BaseDep = Annotated[str, Depends(get_base)]
