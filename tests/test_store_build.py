"""Building the corpus into an on-disk store: repeatable, valid, safe against a crash and a second writer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import graph.build
from graph.build import build
from graph.errors import StoreBusy
from graph.store import EmbeddedStore, current_build, writer_lock
from graph.validate import validate
from ingest.model import Resolved

BASE = "https://example.org/id/"


class Interrupted(RuntimeError):
    """Stands for a crash in the middle of a build."""


@pytest.fixture(scope="module")
def resolved(corpus_resolved) -> Resolved:
    return corpus_resolved


@pytest.fixture(scope="module")
def built(resolved, tmp_path_factory) -> tuple[Path, int]:
    """The corpus built twice into the same store; (store path, quad count)."""
    path = tmp_path_factory.mktemp("store") / "store"
    first = build(resolved, str(path), BASE)
    first_count = EmbeddedStore(path).quad_count()
    second = build(resolved, str(path), BASE)
    second_count = EmbeddedStore(path).quad_count()
    assert first.quads == second.quads
    assert first_count == second_count
    return path, second_count


def test_build_twice_gives_the_same_quad_count(built, resolved):
    path, count = built
    assert count > 1000
    store = EmbeddedStore(path)
    assert store.quad_count() == count
    assert len(store.graph_names()) >= len(resolved.documents)


def test_built_store_conforms_to_the_shapes(built):
    path, _ = built
    report = validate(EmbeddedStore(path))
    assert report.conforms, report.text[:4000]
    assert report.violations == 0


def test_interrupted_build_leaves_the_previous_build(built, resolved, monkeypatch):
    path, count = built
    before = current_build(path)
    real = graph.build.all_quads
    emitted = 0

    def failing(res: Resolved, base: str) -> Iterator:
        nonlocal emitted
        for quad in real(res, base):
            if emitted == 500:
                raise Interrupted("simulated crash after 500 quads")
            emitted += 1
            yield quad

    monkeypatch.setattr(graph.build, "all_quads", failing)
    with pytest.raises(Interrupted):
        build(resolved, str(path), BASE)
    assert emitted == 500
    assert current_build(path) == before
    store = EmbeddedStore(path)
    assert store.quad_count() == count
    assert store.ask("ASK { ?s ?p ?o }")
    # and a later good build still works over the leftovers
    monkeypatch.setattr(graph.build, "all_quads", real)
    build(resolved, str(path), BASE)
    assert EmbeddedStore(path).quad_count() == count


def test_second_writer_gets_store_busy(built, resolved):
    path, count = built
    before = current_build(path)
    with writer_lock(path), pytest.raises(StoreBusy):
        build(resolved, str(path), BASE)
    assert current_build(path) == before
    assert EmbeddedStore(path).quad_count() == count
    # the lock is released: the next writer gets in
    with writer_lock(path):
        pass


def test_a_relative_store_keeps_the_previous_build(resolved, tmp_path, monkeypatch):
    """The swap keeps the build it replaces, whatever the form of the store path."""
    monkeypatch.chdir(tmp_path)
    build(resolved, "var/store", BASE)
    first = current_build(Path("var/store"))
    build(resolved, "var/store", BASE)
    second = current_build(Path("var/store"))
    assert first != second and first.is_dir() and second.is_dir()
    assert ox_count(first) == EmbeddedStore("var/store").quad_count()
    build(resolved, "./var/../var/store", BASE)
    assert not first.exists() and second.is_dir()  # only the one before the current build is kept


def ox_count(build_dir: Path) -> int:
    import pyoxigraph as ox

    return len(ox.Store.read_only(str(build_dir)))


def test_a_build_loaded_in_chunks_holds_every_quad_once(built, resolved, monkeypatch, tmp_path):
    """Quads are bulk-loaded a chunk at a time (bounded memory): a quad repeated in a later chunk is
    stored once, the count is of distinct quads, and the store equals a build loaded in one chunk."""
    import graph.store

    path, count = built
    whole = nquads(EmbeddedStore(path))
    real = graph.build.all_quads

    def repeated(res: Resolved, base: str) -> Iterator:
        quads = list(real(res, base))
        yield from quads
        yield from quads[:1500]  # again, in later chunks

    monkeypatch.setattr(graph.store, "LOAD_CHUNK", 1000)
    monkeypatch.setattr(graph.build, "all_quads", repeated)
    chunked = tmp_path / "chunked"
    report = build(resolved, str(chunked), BASE)
    assert report.quads == count
    assert nquads(EmbeddedStore(chunked)) == whole

    # a crash in a later chunk still leaves the previous build
    before = current_build(chunked)

    def failing(res: Resolved, base: str) -> Iterator:
        for n, quad in enumerate(real(res, base)):
            if n == 3500:
                raise Interrupted("simulated crash in the fourth chunk")
            yield quad

    monkeypatch.setattr(graph.build, "all_quads", failing)
    with pytest.raises(Interrupted):
        build(resolved, str(chunked), BASE)
    assert current_build(chunked) == before
    assert EmbeddedStore(chunked).quad_count() == count


def nquads(store: EmbeddedStore) -> list[str]:
    """The store's quads as sorted N-Quads lines, blank nodes (the ontology's, new at each parse) as ``_:b``."""
    return sorted(re.sub(r"_:[0-9a-zA-Z]+", "_:b", str(q)) for q in store.quads())
