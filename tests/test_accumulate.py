"""An accumulating store: documents added, replaced and removed one build at a time, each extracted once.

Every document here is invented, in the shapes councils write (member lists, funding sentences,
chairs); the tests check the store after each step against a store built afresh from the same files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import ingest.batch
import ingest.pipeline
from graph.build import update_store
from graph.errors import PgraphError
from graph.settings import Settings
from graph.store import EmbeddedStore, current_build
from ingest.pipeline import extract as real_extract

BASE = "https://example.org/id/"
ROOT = Path(__file__).resolve().parents[1]

PLAN = """Exampleton Community Safety Partnership Plan 2021-24

The responsible authorities who sit on the Exampleton Community Safety Partnership are:

- Exampleton Borough Council,
- Northshire Police,
- Northshire Fire and Rescue Service
"""
FUNDING = """Exampleton Youth Report

The Family Mediation Service is funded by Exampleton Borough Council and Northshire Community Foundation.
"""
MINUTES = """Minutes of the Exampleton Community Safety Partnership, 3 March 2022

The Partnership is chaired by Councillor Jane Doe of Exampleton Borough Council.
"""
MINUTES_REVISED = (
    MINUTES
    + """
The members of the Exampleton Community Safety Partnership are:

- Exampleton Borough Council,
- Northshire Probation Service
"""
)


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "youth.txt").write_text(FUNDING, encoding="utf-8")
    return folder


class Counting:
    """An extract function that counts the documents it extracts."""

    def __init__(self):
        self.names: list[str] = []

    def __call__(self, name, text, page_starts):
        self.names.append(name)
        return real_extract(name, text, page_starts)


def settings_for(store) -> Settings:
    return Settings(store=str(store), base_iri=BASE)


ONTOLOGY = ox.NamedNode(BASE + "graph/ontology")


def quads(store) -> set[ox.Quad]:
    """The quads of a store, less the ontology graph (its blank nodes are new at every parse)."""
    return without_ontology(EmbeddedStore(store).quads())


def without_ontology(found) -> set[ox.Quad]:
    return {q for q in found if q.graph_name != ONTOLOGY}


def documents_of(store) -> set[str]:
    rows = EmbeddedStore(store).select(
        "SELECT ?n WHERE { ?d a <http://xmlns.com/foaf/0.1/Document> ; <http://purl.org/dc/terms/identifier> ?n }"
    )
    return {str(r["n"].value) for r in rows}


def fresh(tmp_path, *paths) -> set[ox.Quad]:
    """The quads of a store built in one go from ``paths``."""
    store = tmp_path / f"fresh-{time.monotonic_ns()}"
    report = update_store(settings_for(store), [str(p) for p in paths])
    assert report.build is not None and not report.failures
    return quads(store)


def test_adding_a_document_keeps_the_others_and_reuses_their_extractions(docs, tmp_path):
    store, counting = tmp_path / "store", Counting()
    first = update_store(settings_for(store), [str(docs)], extract=counting)
    assert sorted(first.added) == ["plan.txt", "youth.txt"] and sorted(counting.names) == first.added
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")

    counting.names.clear()
    second = update_store(settings_for(store), [str(minutes)], extract=counting)
    assert counting.names == ["minutes.txt"]  # the two kept documents came from the cache
    assert (second.added, sorted(second.kept), second.reused, second.extracted) == (
        ["minutes.txt"],
        ["plan.txt", "youth.txt"],
        2,
        1,
    )
    assert documents_of(store) == {"plan.txt", "youth.txt", "minutes.txt"}
    # names resolved across all three documents: the same graph as one build of them all
    assert quads(store) == fresh(tmp_path, docs, minutes)

    counting.names.clear()
    again = update_store(settings_for(store), [str(docs)], extract=counting)
    assert counting.names == [] and sorted(again.unchanged) == ["plan.txt", "youth.txt"]
    assert again.kept == ["minutes.txt"]


def test_a_changed_document_replaces_the_old_one(docs, tmp_path):
    store = tmp_path / "store"
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    update_store(settings_for(store), [str(docs), str(minutes)])
    minutes.write_text(MINUTES_REVISED, encoding="utf-8")
    report = update_store(settings_for(store), [str(minutes)])
    assert report.replaced == ["minutes.txt"] and report.extracted == 1 and report.reused == 2
    assert quads(store) == fresh(tmp_path, docs, minutes)
    labels = {
        str(r["l"].value)
        for r in EmbeddedStore(store).select(
            "SELECT ?l WHERE { ?x <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
        )
    }
    assert "Northshire Probation Service" in labels


def test_remove_and_rebuild(docs, tmp_path):
    store = tmp_path / "store"
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    update_store(settings_for(store), [str(docs), str(minutes)])

    report = update_store(settings_for(store), remove=["youth.txt"])
    assert report.removed == ["youth.txt"] and report.extracted == 0
    assert documents_of(store) == {"plan.txt", "minutes.txt"}
    assert quads(store) == fresh(tmp_path, docs / "plan.txt", minutes)

    before = current_build(store)
    with pytest.raises(PgraphError, match="not in .*no-such.txt"):
        update_store(settings_for(store), remove=["no-such.txt"])
    assert current_build(store) == before

    rebuilt = update_store(settings_for(store), [str(minutes)], rebuild=True)
    assert rebuilt.added == ["minutes.txt"] and rebuilt.kept == []
    assert documents_of(store) == {"minutes.txt"}
    assert quads(store) == fresh(tmp_path, minutes)


def test_a_new_extractor_version_extracts_kept_documents_again_from_their_stored_text(
    docs, tmp_path, monkeypatch
):
    store, counting = tmp_path / "store", Counting()
    update_store(settings_for(store), [str(docs)])
    for source in docs.iterdir():  # the sources are gone: only the store remembers the text
        source.unlink()
    monkeypatch.setattr(ingest.batch, "extractor_version", lambda: "another-version")
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    report = update_store(settings_for(store), [str(minutes)], extract=counting)
    assert sorted(counting.names) == ["minutes.txt", "plan.txt", "youth.txt"]  # no stale facts reused
    assert report.reused == 0 and report.extracted == 3
    assert documents_of(store) == {"plan.txt", "youth.txt", "minutes.txt"}
    # the new extractions are cached under the new version
    counting.names.clear()
    update_store(settings_for(store), remove=["minutes.txt"], extract=counting)
    assert counting.names == []


def test_a_document_listed_twice_under_one_name_is_reported(docs, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "plan.txt").write_text(MINUTES, encoding="utf-8")
    report = update_store(settings_for(tmp_path / "store"), [str(docs), str(other)])
    assert [Path(p).parent for p, _ in report.failures] == [other]
    assert "another document is named plan.txt" in report.failures[0][1]


KILLED_BUILD = """
import sys, time
import graph.build
from graph.build import update_store
from graph.settings import Settings

real = graph.build.all_quads

def slow(resolved, base):
    for n, quad in enumerate(real(resolved, base)):
        if n == 200:
            print("writing", flush=True)
            time.sleep(60)
        yield quad

graph.build.all_quads = slow
update_store(Settings(store=sys.argv[1], base_iri=sys.argv[2]), sys.argv[3:], remove=[])
"""


@pytest.mark.parametrize("step", ["add", "remove", "rebuild"])
def test_kill_9_in_the_middle_leaves_the_previous_build(docs, tmp_path, step):
    store = tmp_path / "store"
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    update_store(settings_for(store), [str(docs)])
    before, build_dir = quads(store), current_build(store)
    script = KILLED_BUILD
    args = [str(minutes)]
    if step == "remove":
        script = script.replace("sys.argv[3:], remove=[]", "[], remove=sys.argv[3:]")
        args = ["youth.txt"]
    elif step == "rebuild":
        script = script.replace("remove=[]", "rebuild=True")
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), str(store), BASE, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout.readline() == b"writing\n"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
        child.stdout.close()
    assert current_build(store) == build_dir and quads(store) == before
    # the lock died with the writer: the next build goes ahead
    report = update_store(settings_for(store), [str(minutes)])
    assert report.build is not None
    assert documents_of(store) == {"plan.txt", "youth.txt", "minutes.txt"}


def test_the_remote_store_accumulates_too(docs, tmp_path, monkeypatch, capsys):
    from test_remote_store import Server

    from graph.remote import RemoteStore

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    srv = Server(tmp_path / "oxigraph", "--union-default-graph")
    try:
        settings = Settings(store=srv.store, base_iri=BASE)
        minutes = tmp_path / "minutes.txt"
        minutes.write_text(MINUTES, encoding="utf-8")
        update_store(settings, [str(docs)])
        counting = Counting()
        report = update_store(settings, [str(minutes)], extract=counting)
        assert counting.names == ["minutes.txt"] and report.reused == 2
        with RemoteStore.from_settings(settings) as remote:
            assert without_ontology(remote.quads()) == fresh(tmp_path, docs, minutes)
        report = update_store(settings, remove=["plan.txt"])
        assert report.removed == ["plan.txt"]
        with RemoteStore.from_settings(settings) as remote:
            assert without_ontology(remote.quads()) == fresh(tmp_path, docs / "youth.txt", minutes)
        from api import cli

        monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
        capsys.readouterr()
        assert cli.main(["status", "--store", srv.store]) == 0
        listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:-1]]
        assert listed == ["youth.txt", "minutes.txt"]
    finally:
        srv.stop()


def stuck_on_hostile(name, text, page_starts):
    """Extraction that never ends on one document (run in the worker: imported there by name)."""
    if name.startswith("hostile"):
        while True:
            pass
    return real_extract(name, text, page_starts)


def test_a_document_over_the_deadline_is_reported_and_the_batch_goes_on(docs, tmp_path):
    (docs / "hostile.txt").write_text(MINUTES, encoding="utf-8")
    store = tmp_path / "store"
    started = time.monotonic()
    report = update_store(settings_for(store), [str(docs)], extract=stuck_on_hostile, deadline=3)
    assert time.monotonic() - started < 60
    assert [(Path(p).name, reason) for p, reason in report.failures] == [
        ("hostile.txt", "too slow to read: extraction took longer than the deadline of 3 s; stopped")
    ]
    assert sorted(report.added) == ["plan.txt", "youth.txt"]  # read by a new worker after the kill
    assert documents_of(store) == {"plan.txt", "youth.txt"}
    assert quads(store) == fresh(tmp_path, docs / "plan.txt", docs / "youth.txt")


def greedy_on_hostile(name, text, page_starts):
    """Extraction that takes 1 GiB on one document (run in the worker: imported there by name)."""
    if name.startswith("hostile"):
        held = [bytearray(64 << 20) for _ in range(16)]
        del held
    return real_extract(name, text, page_starts)


def test_a_document_over_the_memory_cap_is_reported_and_the_batch_goes_on(docs, tmp_path):
    from ingest.readers import Caps

    (docs / "hostile.txt").write_text(MINUTES, encoding="utf-8")
    store = tmp_path / "store"
    caps = Caps(memory_mb=300)
    report = update_store(
        settings_for(store), [str(docs)], extract=greedy_on_hostile, deadline=60, caps=caps, jobs=2
    )
    [(path, reason)] = report.failures
    assert Path(path).name == "hostile.txt"
    assert "memory cap of 300 MB" in reason, reason
    assert sorted(report.added) == ["plan.txt", "youth.txt"]
    assert quads(store) == fresh(tmp_path, docs / "plan.txt", docs / "youth.txt")


def test_the_command_line_reports_a_document_too_slow(docs, tmp_path, capsys, monkeypatch):
    from api import cli

    monkeypatch.setattr(ingest.pipeline, "extract", stuck_on_hostile)  # the default extraction
    (docs / "hostile.txt").write_text(MINUTES, encoding="utf-8")
    status = cli.main(["ingest", "--store", str(tmp_path / "store"), "--deadline", "2", str(docs)])
    out = capsys.readouterr().out
    assert status == 1 and out.startswith("2 documents, ")
    assert f"FAILED {docs / 'hostile.txt'}: too slow to read" in out


def test_a_store_built_before_manifests_is_listed_and_kept(docs, tmp_path, capsys, monkeypatch):
    """A build without a manifest: its documents come from its graph and are re-extracted from their text."""
    from api import cli
    from graph.build import build
    from ingest.pipeline import ingest_paths

    store = tmp_path / "store"
    build(ingest_paths([docs]), str(store), BASE)
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
    assert cli.main(["status", "--store", str(store)]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[1:-1]]
    assert [(r[0], r[1]) for r in rows] == [("plan.txt", "?"), ("youth.txt", "?")]
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    counting = Counting()
    report = update_store(settings_for(store), [str(minutes)], extract=counting)
    assert sorted(report.kept) == ["plan.txt", "youth.txt"] and sorted(counting.names) == [
        "minutes.txt",
        "plan.txt",
        "youth.txt",
    ]
    assert quads(store) == fresh(tmp_path, docs, minutes)
