"""Extraction in several worker processes at once (`pgraph ingest --jobs N`): the same build as one.

Every document here is invented, in the shapes councils write (member lists, funding sentences,
chairs). Extract functions given to the workers are imported there by name, so they live at module level.
"""

from __future__ import annotations

import json
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest

from api import cli
from graph.build import update_store
from graph.settings import Settings
from graph.store import EmbeddedStore, current_build, manifest_path
from ingest.batch import ExtractorPool, read_documents
from ingest.pipeline import extract as real_extract

BASE = "https://example.org/id/"
ROOT = Path(__file__).resolve().parents[1]
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
    "e-fund.txt": """Westvale Safer Streets

The Westvale Community Safety Partnership was awarded £250,000 by the Home Office for street lighting.
The Northshire Police and Crime Commissioner contributes £40,000 to the Westvale Youth Diversion Project.
""",
}


def slow_first(name, text, page_starts):
    """Extraction in which the first document finishes last, so the workers finish out of order."""
    if name.startswith("a-"):
        time.sleep(1.5)
    else:
        time.sleep(0.3)
    return real_extract(name, text, page_starts)


def stuck_on_hostile(name, text, page_starts):
    """Extraction that never ends on one document."""
    if name.startswith("hostile"):
        while True:
            pass
    return real_extract(name, text, page_starts)


def with_pid(name, text, page_starts):
    """Extraction that records the process it ran in (as the document's quote-free title)."""
    facts = real_extract(name, text, page_starts)
    time.sleep(0.5)  # long enough that the next document is handed to another worker
    facts.title = f"{os.getpid()}"
    return facts


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


def manifest_names(store) -> list[str]:
    manifest = json.loads(manifest_path(current_build(Path(store))).read_text(encoding="utf-8"))
    return [entry["name"] for entry in manifest["documents"]]


def test_two_jobs_build_the_same_graph_as_one_in_the_same_order(docs, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    first = update_store(settings_for(one), [str(docs)], extract=slow_first, deadline=60, jobs=1)
    second = update_store(settings_for(two), [str(docs)], extract=slow_first, deadline=60, jobs=2)
    assert not first.failures and not second.failures
    assert first.added == second.added == sorted(DOCUMENTS)  # the order of the files, not of finishing
    assert manifest_names(one) == manifest_names(two) == sorted(DOCUMENTS)
    found = quads(one)
    assert len(found) > 50 and found == quads(two)


def test_the_command_line_with_two_jobs_matches_one(docs, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
    for jobs in ("1", "2"):
        assert cli.main(["ingest", "--store", str(tmp_path / jobs), "--jobs", jobs, str(docs)]) == 0
    assert quads(tmp_path / "1") == quads(tmp_path / "2")
    assert "5 documents" in capsys.readouterr().out


def test_two_jobs_use_two_worker_processes(docs, tmp_path):
    with ExtractorPool(60, with_pid, jobs=2) as pool, ThreadPoolExecutor(2) as threads:
        batch = read_documents(sorted(docs.iterdir()), extract=pool, executor=threads)
    pids = {item.facts.title for item in batch.items}
    assert [item.name for item in batch.items] == sorted(DOCUMENTS)
    assert len(pids) == 2 and str(os.getpid()) not in pids


def test_a_stuck_document_under_two_jobs_is_reported_and_the_rest_load(docs, tmp_path):
    (docs / "hostile.txt").write_text(DOCUMENTS["c-minutes.txt"], encoding="utf-8")
    store = tmp_path / "store"
    started = time.monotonic()
    report = update_store(settings_for(store), [str(docs)], extract=stuck_on_hostile, deadline=3, jobs=2)
    assert time.monotonic() - started < 60
    assert [(Path(p).name, reason) for p, reason in report.failures] == [
        ("hostile.txt", "too slow to read: extraction took longer than the deadline of 3 s; stopped")
    ]
    assert report.added == sorted(DOCUMENTS)
    (docs / "hostile.txt").unlink()
    alone = tmp_path / "alone"
    assert not update_store(settings_for(alone), [str(docs)], jobs=1).failures
    assert quads(store) == quads(alone)


def test_jobs_must_be_at_least_one(docs, tmp_path, capsys):
    with pytest.raises(SystemExit):
        cli.main(["ingest", "--store", str(tmp_path / "s"), "--jobs", "0", str(docs)])
    assert "--jobs" in capsys.readouterr().err


def test_the_readme_command_line_section_documents_jobs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## The command line\n(.*?)^## ", readme, re.S | re.M).group(1)
    assert "`--jobs N`" in section and "cores" in section
