"""The store behind a small interface: the embedded pyoxigraph store is the default.

The store directory named in settings is a symbolic link to the current build
(``<store>.builds/<id>``). A build writes a new directory and then swaps the link in one
``rename``; readers keep the snapshot they opened and reopen when the link moves.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import itertools
import os
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

import pyoxigraph as ox

from .errors import StoreBusy, StoreMissing
from .namespaces import PREFIXES

Row = dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]
T = TypeVar("T")
# quads per bulk load: pyoxigraph's loader holds a whole batch (up to 1M quads) in memory; at 1M quads
# one load peaked at 1.1 GB, loads of 200,000 at 0.2 GB and no slower (bench/README.md)
LOAD_CHUNK = 200_000


@dataclass(frozen=True)
class Dataset:
    """The graphs a query reads when it does not read the union of all graphs (the default).

    Empty lists: the graphs the query's own ``FROM`` / ``FROM NAMED`` name."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


class GraphStore(Protocol):
    """What the rest of the project needs from a store: reads, one write (a whole build), the id of
    the build it shows, values kept per build, and close. Both implementations (:class:`EmbeddedStore`
    and :class:`graph.remote.RemoteStore`) have all of it; :func:`graph.backends.open_store` picks one."""

    def select(self, query: str) -> list[Row]: ...

    def ask(self, query: str) -> bool: ...

    def construct(self, query: str) -> list[ox.Triple]: ...

    def raw_query(
        self, query: str, dataset: Dataset | None = None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """pyoxigraph's result object, the project's prefixes declared; ``dataset`` None: the default
        graph is the union of every graph."""
        ...

    def quads(self) -> Iterator[ox.Quad]: ...

    def quad_count(self) -> int: ...

    def graph_names(self) -> list[str]: ...

    def build_id(self) -> str:
        """The id of the build the store shows now (:class:`~graph.errors.StoreMissing` when none)."""
        ...

    def manifest(self) -> str | None:
        """The JSON list of the current build's documents (None: a build without one;
        :class:`~graph.errors.StoreMissing` when nothing was built)."""
        ...

    def write_build(self, quads: Iterable[ox.Quad], manifest: str | None = None) -> int:
        """Replace the whole graph with ``quads`` as one new build; the number of distinct quads written.
        The caller holds the store's writer lock (:func:`graph.backends.store_lock`)."""
        ...

    def per_build(self, key: Hashable, load: Callable[[], T]) -> T:
        """``load()`` computed once per build and kept by this store object (the name index)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> GraphStore: ...

    def __exit__(self, *exc: object) -> None: ...


class BuildMemo:
    """Values computed once per build: the last few, keyed on (build id, key). One per store object."""

    def __init__(self, size: int = 4):
        self.size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[str, Hashable], object] = OrderedDict()

    def get(self, build_id: Callable[[], str], key: Hashable, load: Callable[[], T]) -> T:
        item = (build_id(), key)
        with self._lock:
            if item in self._items:
                self._items.move_to_end(item)
                return self._items[item]  # type: ignore[return-value]
            value = load()
            if build_id() == item[0]:  # the build did not change while we read
                self._items[item] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
            return value


class EmbeddedStore:
    """A read-only view of the current build of an on-disk pyoxigraph store; builds are written
    beside it and swapped in (:meth:`write_build`)."""

    def __init__(self, path: str | Path):
        self.link = Path(path)
        self._lock = threading.Lock()
        self._target: Path | None = None
        self._store: ox.Store | None = None
        self._memo = BuildMemo()

    def _current(self) -> ox.Store:
        target = current_build(self.link)
        if target is None:
            raise StoreMissing(f"no store at {self.link}: run 'pgraph ingest' first")
        with self._lock:
            if target != self._target or self._store is None:
                self._store = ox.Store.read_only(str(target))
                self._target = target
            return self._store

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.link)!r})"

    def select(self, query: str) -> list[Row]:
        result = self._current().query(query, use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        # zip over the solution, not solution[name]: a look-up by name costs ~2 µs per cell
        return [{n: v for n, v in zip(names, s, strict=True) if v is not None} for s in result]

    def ask(self, query: str) -> bool:
        return bool(self._current().query(query, use_default_graph_as_union=True))

    def construct(self, query: str) -> list[ox.Triple]:
        return list(self._current().query(query, use_default_graph_as_union=True))

    def raw_query(self, query: str, dataset: Dataset | None = None):
        options: dict = {"prefixes": dict(PREFIXES), "use_default_graph_as_union": dataset is None}
        if dataset is not None and (dataset.default_graphs or dataset.named_graphs):
            options["default_graph"] = [ox.NamedNode(g) for g in dataset.default_graphs]
            options["named_graphs"] = [ox.NamedNode(g) for g in dataset.named_graphs]
        return self._current().query(query, **options)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._current().quads_for_pattern(None, None, None, None))

    def quad_count(self) -> int:
        return len(self._current())

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._current().named_graphs())

    def build_id(self) -> str:
        target = current_build(self.link)
        if target is None:
            raise StoreMissing(f"no store at {self.link}: run 'pgraph ingest' first")
        return target.name

    def manifest(self) -> str | None:
        target = current_build(absolute(self.link))
        if target is None:
            raise StoreMissing(f"no store at {self.link}: run 'pgraph ingest' first")
        try:
            return manifest_path(target).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def write_build(self, quads: Iterable[ox.Quad], manifest: str | None = None) -> int:
        body = None if manifest is None else manifest.encode("utf-8")
        target = write_build(self.link, quads, lock=False, manifest=body)
        # the distinct quads, counted by the new build itself: a set of every quad was 0.7 GB at 1M
        return len(ox.Store.read_only(str(target)))

    def per_build(self, key: Hashable, load: Callable[[], T]) -> T:
        return self._memo.get(self.build_id, key, load)

    def close(self) -> None:
        with self._lock:
            self._store, self._target = None, None

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def current_build(link: Path) -> Path | None:
    """The directory the store link points at, or None when nothing was built yet.

    Runs on every query: a readlink and a stat, not ``resolve()`` (which was a quarter of the
    query layer's own time at 1M quads, bench/README.md); write_build links to absolute paths.
    """
    try:
        raw = os.readlink(link)
    except OSError:  # not a link: a plain directory, or nothing yet
        return link.resolve() if link.is_dir() else None
    if not os.path.isabs(raw):
        target = link.resolve()
        return target if target.is_dir() else None
    return _path(raw) if os.path.isdir(raw) else None


@functools.lru_cache(maxsize=16)
def _path(raw: str) -> Path:
    """One Path per build directory: building a Path costs as much as the two system calls."""
    return Path(raw)


def absolute(link: str | Path) -> Path:
    """The store link as an absolute path, without following it (``resolve()`` would land in the build)."""
    return Path(os.path.abspath(link))


@contextlib.contextmanager
def writer_lock(link: str | Path) -> Iterator[None]:
    """One writer at a time: a second build fails at once with a clear error.

    Taken before anything is read or extracted, and held until the new build is swapped in.
    """
    link = absolute(link)
    link.parent.mkdir(parents=True, exist_ok=True)
    lock_path = link.with_name(link.name + ".lock")
    with open(lock_path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise StoreBusy(
                f"another 'pgraph ingest' is writing {link} (lock {lock_path}); try again when it is done"
            ) from err
        yield


def write_build(
    link: str | Path, quads: Iterable[ox.Quad], *, lock: bool = True, manifest: bytes | None = None
) -> Path:
    """Load ``quads`` into a new build directory, then swap the store link to it atomically.

    A crash at any point leaves the link at the previous complete build; the previous build is kept
    on disk (beside the new one) until the next build succeeds, whether ``link`` is relative or absolute.
    ``lock=False`` when the caller already holds :func:`writer_lock`. ``manifest`` (the documents
    of the build, see :mod:`graph.build`) is written beside the build before the swap.
    """
    link = absolute(link)
    builds = link.with_name(link.name + ".builds")
    builds.mkdir(parents=True, exist_ok=True)
    with writer_lock(link) if lock else contextlib.nullcontext():
        if link.exists() and not link.is_symlink():
            raise StoreBusy(f"{link} is a directory, not a store link; move it away")
        target = builds / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}"
        store = ox.Store(str(target))
        pending, chunks = iter(quads), 0
        while chunk := list(itertools.islice(pending, LOAD_CHUNK)):
            store.bulk_extend(chunk)
            chunks += 1
        if chunks > 1:  # compacted into one set of files: point queries 15-25% faster (2.7 s at 1M)
            store.optimize()
        store.flush()
        del store
        if manifest is not None:
            part = manifest_path(target).with_suffix(".part")
            part.write_bytes(manifest)
            part.replace(manifest_path(target))
        previous = current_build(link)
        tmp = link.with_name(link.name + f".swap-{os.getpid()}")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.symlink(target, tmp)
        os.replace(tmp, link)
        keep = {target.name, manifest_path(target).name}
        if previous is not None:
            keep |= {previous.name, manifest_path(previous).name}
        for old in builds.iterdir():
            if old.name not in keep:
                if old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)
                else:
                    old.unlink(missing_ok=True)
        return target


def manifest_path(build: Path) -> Path:
    """The manifest of a build directory: a JSON file beside it (``<id>.json``)."""
    return build.with_name(build.name + ".json")
