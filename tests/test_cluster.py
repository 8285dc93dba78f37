"""Extraction on a Dask cluster (`pgraph ingest --executor dask://HOST:PORT`): the same build as a local one.

A local cluster of two worker processes stands for a region's cluster. Every document here is invented,
in the shapes councils write (member lists, funding sentences, chairs). Extract functions given to the
cluster are imported there by name, so they live at module level.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import distributed
import pyoxigraph as ox
import pytest
from _servers import free_port

import ingest.batch
from api import cli
from graph.build import update_store
from graph.settings import Settings
from graph.store import EmbeddedStore, current_build, manifest_path
from ingest.batch import ClusterUnavailable
from ingest.pipeline import extract as real_extract

BASE = "https://example.org/id/"
ONTOLOGY = ox.NamedNode(BASE + "graph/ontology")

DOCUMENTS = {
    "a-plan.txt": """Exampleton Community Safety Partnership Plan 2021-24

The responsible authorities who sit on the Exampleton Community Safety Partnership are:

- Exampleton Borough Council,
- Northshire Police,
- Northshire Fire and Rescue Service
""",
    "b-youth.txt": """Exampleton Youth Report

The Family Mediation Service is funded by Exampleton Borough Council and Northshire Community Foundation.
""",
    "c-minutes.txt": """Minutes of the Exampleton Community Safety Partnership, 3 March 2022

The Partnership is chaired by Councillor Jane Doe of Exampleton Borough Council.
""",
    "d-board.txt": """Northshire Health and Wellbeing Board

Membership

Chair: Councillor John Smith, Northshire County Council
Vice-Chair: Dr Mary Roe, Northshire Clinical Commissioning Group
""",
}


def stuck_on_hostile(name, text, page_starts):
    """Extraction that never ends on one document."""
    if name.startswith("hostile"):
        while True:
            pass
    return real_extract(name, text, page_starts)


def idle_watchdogs() -> int:
    """On a cluster worker: the extraction watchdogs it keeps between tasks."""
    watchdogs = ingest.batch._WATCHDOGS
    return 0 if watchdogs is None else sum(len(idle) for idle in watchdogs._idle.values())


@pytest.fixture(scope="module")
def cluster():
    """A local Dask cluster of two worker processes; yields (its address as dask://, a client)."""
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as local,
        distributed.Client(local, set_as_default=False) as client,
    ):
        yield "dask://" + local.scheduler_address.removeprefix("tcp://"), client


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def settings_for(store) -> Settings:
    return Settings(store=str(store), base_iri=BASE)


def quads(store) -> set[ox.Quad]:
    """The quads of a store, less the ontology graph (its blank nodes are new at every parse)."""
    return {q for q in EmbeddedStore(store).quads() if q.graph_name != ONTOLOGY}


def manifest(store) -> list[dict]:
    documents = json.loads(manifest_path(current_build(Path(store))).read_text(encoding="utf-8"))["documents"]
    return [{k: d[k] for k in ("name", "sha256", "facts", "unread")} for d in documents]


def test_the_cluster_builds_the_same_graph_as_a_local_run(cluster, docs, tmp_path):
    address, client = cluster
    local, remote = tmp_path / "local", tmp_path / "remote"
    one = update_store(settings_for(local), [str(docs)], deadline=60, jobs=1)
    other = update_store(settings_for(remote), [str(docs)], deadline=60, executor=address)
    assert not one.failures and not other.failures
    assert other.extracted == len(DOCUMENTS) and other.build.quads == one.build.quads
    assert quads(remote) == quads(local)
    assert manifest(remote) == manifest(local)
    # the extraction ran on the cluster's workers, each keeping its watchdog for the next task
    assert sum(client.run(idle_watchdogs).values()) >= 1
    # and the facts were cached here: adding a document extracts only that one
    (docs / "e-new.txt").write_text(
        DOCUMENTS["c-minutes.txt"].replace("3 March", "4 April"), encoding="utf-8"
    )
    again = update_store(settings_for(remote), [str(docs)], deadline=60, executor=address)
    assert (again.reused, again.extracted) == (len(DOCUMENTS), 1)


def test_a_stuck_document_on_the_cluster_is_reported_and_the_rest_load(cluster, docs, tmp_path):
    address, _ = cluster
    (docs / "hostile.txt").write_text(DOCUMENTS["c-minutes.txt"], encoding="utf-8")
    store = tmp_path / "store"
    started = time.monotonic()
    report = update_store(
        settings_for(store), [str(docs)], extract=stuck_on_hostile, deadline=3, executor=address
    )
    assert time.monotonic() - started < 60
    assert [(Path(p).name, reason) for p, reason in report.failures] == [
        ("hostile.txt", "too slow to read: extraction took longer than the deadline of 3 s; stopped")
    ]
    assert sorted(report.added) == sorted(DOCUMENTS)


def test_the_command_line_extracts_on_the_cluster(cluster, docs, tmp_path, capsys, monkeypatch):
    address, _ = cluster
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
    store = tmp_path / "store"
    assert cli.main(["ingest", "--store", str(store), "--executor", address, str(docs)]) == 0
    assert capsys.readouterr().out.startswith(f"{len(DOCUMENTS)} documents, ")
    assert quads(store) == quads_of_a_local_run(docs, tmp_path)


def quads_of_a_local_run(docs, tmp_path) -> set[ox.Quad]:
    store = tmp_path / "local"
    assert cli.main(["ingest", "--store", str(store), "--jobs", "1", str(docs)]) == 0
    return quads(store)


def test_an_executor_that_is_not_a_dask_address_is_refused(docs, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["ingest", "--store", str(tmp_path / "s"), "--executor", "tcp://127.0.0.1:8786", str(docs)])
    assert exit_.value.code == 2
    assert "dask://HOST:PORT" in capsys.readouterr().err


def test_an_unreachable_cluster_changes_nothing(docs, tmp_path, monkeypatch, capsys):
    store = tmp_path / "store"
    update_store(settings_for(store), [str(docs / "a-plan.txt")], deadline=60, jobs=1)
    before = current_build(store)
    monkeypatch.setattr(ingest.batch, "CLUSTER_CONNECT_SECONDS", 1)
    with pytest.raises(ClusterUnavailable, match="cannot reach the Dask scheduler"):
        update_store(
            settings_for(store), [str(docs)], deadline=60, executor=f"dask://127.0.0.1:{free_port()}"
        )
    assert current_build(store) == before
    status = cli.main(
        ["ingest", "--store", str(store), "--executor", f"dask://127.0.0.1:{free_port()}", str(docs)]
    )
    assert status != 0 and "cannot reach the Dask scheduler" in capsys.readouterr().err
    assert current_build(store) == before


def test_the_cluster_extracts_and_this_node_loads_a_sparql_server(cluster, docs, tmp_path, monkeypatch):
    """A region's archive: extraction on the cluster, resolution and loading here into Oxigraph server."""
    from test_remote_store import Server

    from graph.remote import RemoteStore

    address, _ = cluster
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    local = tmp_path / "local"
    update_store(settings_for(local), [str(docs)], deadline=60, jobs=1)
    srv = Server(tmp_path / "oxigraph", "--union-default-graph")
    try:
        settings = Settings(store=srv.store, base_iri=BASE)
        report = update_store(settings, [str(docs)], deadline=60, executor=address)
        assert not report.failures and report.extracted == len(DOCUMENTS)
        with RemoteStore.from_settings(settings) as remote:
            assert {q for q in remote.quads() if q.graph_name != ONTOLOGY} == quads(local)
    finally:
        srv.stop()


def exits_on_hostile(name, text, page_starts):
    """Extraction that ends the process it runs in (the cluster's worker, when run without a deadline)."""
    if name.startswith("hostile"):
        os._exit(3)
    return real_extract(name, text, page_starts)


def test_a_document_that_kills_the_clusters_worker_is_reported_and_the_rest_load(cluster, docs, tmp_path):
    address, _ = cluster
    (docs / "hostile.txt").write_text(DOCUMENTS["c-minutes.txt"], encoding="utf-8")
    store = tmp_path / "store"
    # the scheduler gives the document to a worker again (3 times) and then reports it: KilledWorker
    report = update_store(settings_for(store), [str(docs)], extract=exits_on_hostile, executor=address)
    [(path, reason)] = report.failures
    assert Path(path).name == "hostile.txt" and reason.startswith(
        "the cluster could not extract it (KilledWorker"
    ), reason
    assert sorted(report.added) == sorted(DOCUMENTS)
