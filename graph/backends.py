"""Which store the settings name: open it, find its cache folder, take its writer lock.

``settings.store`` is a directory (the embedded store, :class:`graph.store.EmbeddedStore`) or a SPARQL
endpoint (``sparql+http(s)://…``, :class:`graph.remote.RemoteStore`); nothing else in the project
chooses between them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from .remote import RemoteStore, endpoints, is_remote, shown
from .store import EmbeddedStore, GraphStore, absolute, writer_lock


def open_store(settings) -> GraphStore:
    """The store ``settings.store`` names: a SPARQL endpoint (``sparql+http(s)://…``) or a directory."""
    if is_remote(settings.store):
        return RemoteStore.from_settings(settings)
    return EmbeddedStore(settings.store)


def cache_dir(settings) -> Path:
    """Where a store keeps what outlives one build (extracted facts, the writer lock of a remote store).

    Beside an embedded store (``<store>.cache``); for a SPARQL endpoint, in the user's cache folder
    under a name derived from the endpoint's URL (never its password).
    """
    if not is_remote(settings.store):
        link = absolute(settings.store)
        return link.with_name(link.name + ".cache")
    query = shown(endpoints(settings.store, settings.store_update, settings.store_gsp)[0])
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return home / "pgraph" / ("remote-" + hashlib.sha256(query.encode("utf-8")).hexdigest()[:16])


@contextlib.contextmanager
def store_lock(settings) -> Iterator[None]:
    """The writer lock of the store ``settings`` names, taken before anything is read.

    For a SPARQL endpoint the lock is a local file: it keeps out a second writer on this machine only.
    """
    with writer_lock(cache_dir(settings) / "store" if is_remote(settings.store) else settings.store):
        yield
