"""The ``pgraph`` command line against the fixture store."""

from __future__ import annotations

import json
import re
import time

import pyoxigraph as ox
import pytest
from conftest import BASE

from api import cli
from graph.store import EmbeddedStore, write_build

LABEL_QUERY = (
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    f"SELECT ?label WHERE {{ <{BASE}org-opcc> skos:prefLabel ?label }}"
)


@pytest.fixture(autouse=True)
def fixture_base(monkeypatch):
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_query_json(capsys, store_path):
    status, out, _ = run(capsys, "query", "--store", store_path, "--format", "json", LABEL_QUERY)
    assert status == 0
    bindings = json.loads(out)["results"]["bindings"]
    labels = {b["label"]["value"] for b in bindings}
    assert labels == {"Office of the Police and Crime Commissioner"}


def test_query_csv_and_table_from_a_file(capsys, store_path, tmp_path):
    query_file = tmp_path / "labels.rq"
    query_file.write_text(LABEL_QUERY, encoding="utf-8")
    status, out, _ = run(capsys, "query", "--store", store_path, "--format", "csv", f"@{query_file}")
    assert status == 0 and out.splitlines()[:2] == ["label", "Office of the Police and Crime Commissioner"]
    status, out, _ = run(capsys, "query", "--store", store_path, f"@{query_file}")
    assert status == 0
    assert "Office of the Police and Crime Commissioner" in out and "row" in out.splitlines()[-1]


def test_query_ask(capsys, store_path):
    status, out, _ = run(capsys, "query", "--store", store_path, "--format", "csv", "ASK { ?s ?p ?o }")
    assert (status, out.strip()) == (0, "true")


def test_query_syntax_error_prints_the_parser_message(capsys, store_path):
    status, out, err = run(capsys, "query", "--store", store_path, "SELEC ?x WHERE { ?x ?p ?o }")
    assert status == 2 and out == ""
    assert err.startswith("error: ") and "1:" in err and "Traceback" not in err


def test_query_update_and_deep_nesting_are_refused(capsys, store_path):
    before = EmbeddedStore(store_path).quad_count()
    status, _, _ = run(capsys, "query", "--store", store_path, "DROP ALL")
    assert status == 2
    status, _, err = run(
        capsys, "query", "--store", store_path, "ASK {" + "(" * 5_000 + "1" + ")" * 5_000 + "}"
    )
    assert status == 2 and "nested" in err
    assert EmbeddedStore(store_path).quad_count() == before


# A cross product of every triple with itself four times, counted: no answer before the deadline.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_runaway_query_stops_at_the_deadline(capsys, store_path, monkeypatch):
    monkeypatch.setenv("PGRAPH_QUERY_TIMEOUT", "1")
    started = time.monotonic()
    status, out, err = run(capsys, "query", "--store", store_path, RUNAWAY)
    assert status != 0 and out == ""
    assert err.startswith("error: query timed out") and "query_timeout" in err
    assert time.monotonic() - started < 30  # the worker's start-up, then one second


def test_query_answers_are_held_to_the_row_cap(capsys, store_path, monkeypatch):
    monkeypatch.setenv("PGRAPH_ROW_CAP", "3")
    status, out, err = run(capsys, "query", "--store", store_path, "SELECT * WHERE { ?s ?p ?o }")
    assert status != 0 and out == "" and "more than 3 rows" in err
    status, out, _ = run(capsys, "query", "--store", store_path, "SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    assert status == 0 and out.splitlines()[-1] == "(3 rows)"


def test_who_owns(capsys, store_path):
    status, out, _ = run(capsys, "who-owns", "--store", store_path, "PI 1.4")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "PI 1.4 Ensure JAG processes are referred (action, action-pi-1-4)"
    assert "responsible:" in lines and "contributors:" in lines
    assert "Tim McCabe (person, person-tim-mccabe)" in out
    assert "Leicestershire Police (organisation, org-leicestershire-police)" in out
    assert "csp-report.txt:9" in out


def test_who_owns_nothing_named(capsys, store_path):
    status, _, err = run(capsys, "who-owns", "--store", store_path, "zzzz qqqq")
    assert status == 1 and "nothing is named" in err


def test_missing_store_is_an_error(capsys, tmp_path):
    status, _, err = run(capsys, "who-owns", "--store", str(tmp_path / "none"), "PI 1.4")
    assert status == 1 and "pgraph ingest" in err


@pytest.mark.parametrize(
    ("fmt", "rdf_format", "named_graphs"),
    [
        ("ttl", ox.RdfFormat.TURTLE, False),
        ("trig", ox.RdfFormat.TRIG, True),
        ("nq", ox.RdfFormat.N_QUADS, True),
        ("jsonld", ox.RdfFormat.JSON_LD, True),
    ],
)
def test_export_to_a_file(capsys, store_path, tmp_path, fmt, rdf_format, named_graphs):
    out = tmp_path / f"graph.{fmt}"
    status, _, _ = run(capsys, "export", "--store", store_path, "--format", fmt, "--out", str(out))
    assert status == 0
    parsed = set(ox.parse(out.read_bytes(), format=rdf_format))
    quads = set(EmbeddedStore(store_path).quads())
    if named_graphs:
        assert parsed == quads
    else:  # the union of the named graphs, in the default graph
        assert {q.graph_name for q in parsed} == {ox.DefaultGraph()}
        assert {q.triple for q in parsed} == {q.triple for q in quads}
    assert any(q.subject == ox.NamedNode(BASE + "org-opcc") for q in parsed)


def test_export_to_standard_output(capsys, store_path):
    status, out, _ = run(capsys, "export", "--store", store_path, "--format", "nq")
    assert status == 0
    assert len(list(ox.parse(out.encode("utf-8"), format=ox.RdfFormat.N_QUADS))) == len(
        list(EmbeddedStore(store_path).quads())
    )


PLAN = """Exampleton Community Safety Partnership (CSP)

The responsible authorities who sit on the CSP are:

- Exampleton Borough Council,
- Northshire Police,
- Northshire Fire and Rescue Service,
- Exampleton Clinical Commissioning Group (ECCG)
"""
REPORT = """Exampleton Youth Report

The Family Mediation Service is funded by Exampleton Borough Council and Northshire Community Foundation.
"""
MEMBERS_QUERY = (
    "PREFIX org: <http://www.w3.org/ns/org#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "SELECT ?label WHERE { ?m a org:Membership ; org:member/skos:prefLabel ?label }"
)


def test_ingest_builds_and_reports(capsys, tmp_path):
    """The real pipeline over two small hand-written documents: a file and a folder are both read."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "csp-plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "youth.txt").write_text(REPORT, encoding="utf-8")
    store = tmp_path / "store"
    status, out, _ = run(capsys, "ingest", "--store", str(store), str(tmp_path / "youth.txt"), str(folder))
    assert status == 0 and "FAILED" not in out
    assert out.startswith("2 documents, ")
    assert re.search(r"^member +4$", out, re.MULTILINE), out
    assert re.search(r"^funding +2$", out, re.MULTILINE), out
    quads = int(re.match(r"2 documents, (\d+) quads", out).group(1))
    assert EmbeddedStore(store).quad_count() == quads
    members = {str(row["label"].value) for row in EmbeddedStore(store).select(MEMBERS_QUERY)}
    assert members == {
        "Exampleton Borough Council",
        "Northshire Police",
        "Northshire Fire and Rescue Service",
        "Exampleton Clinical Commissioning Group",
    }

    (folder / "empty.txt").write_bytes(b"")
    status, out, _ = run(capsys, "ingest", "--store", str(store), str(folder))
    assert status == 1 and out.startswith("2 documents, ")  # the other document is kept
    assert "documents: 1 unchanged, 1 kept; extractions: 2 reused, 0 run" in out
    assert re.search(r"^seconds: extract [\d.]+, resolve [\d.]+, load [\d.]+$", out, re.MULTILINE), out
    assert f"FAILED {folder / 'empty.txt'}: empty file (0 bytes)" in out
    assert re.search(r"^funding +2$", out, re.MULTILINE), out
    assert EmbeddedStore(store).quad_count() == quads

    status, out, _ = run(capsys, "ingest", "--rebuild", "--store", str(store), str(folder))
    assert status == 1 and out.startswith("1 documents, ")
    assert re.search(r"^funding +0$", out, re.MULTILINE), out


def broken_store(store_path, tmp_path) -> str:
    """The fixture's quads less one statement's evidence link: the SHACL shapes must reject it."""
    derived = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
    statement = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
    quads = list(EmbeddedStore(store_path).quads())
    first = next(q.subject for q in quads if q.object == statement)
    kept = [q for q in quads if not (q.subject == first and q.predicate == derived)]
    assert len(kept) < len(quads)
    link = tmp_path / "broken"
    write_build(link, kept)
    return str(link)


def test_validate_exit_status(capsys, store_path, tmp_path):
    status, out, _ = run(capsys, "validate", "--store", store_path)
    assert status == 0 and "Conforms: True" in out
    status, out, _ = run(capsys, "validate", "--store", broken_store(store_path, tmp_path))
    assert status == 1 and "Conforms: False" in out and "wasDerivedFrom" in out


def test_serve_prints_the_urls(capsys, store_path, monkeypatch):
    started = {}
    monkeypatch.setattr("uvicorn.Server.run", lambda server: started.update(config=server.config))
    status, out, _ = run(capsys, "serve", "--store", store_path, "--port", "8123")
    assert status == 0 and started["config"].port == 8123 and started["config"].host == "127.0.0.1"
    assert "http://127.0.0.1:8123/docs" in out and "http://127.0.0.1:8123/api/v1/" in out
    assert started["config"].app.state.settings.store == store_path


@pytest.mark.parametrize(
    "command", ["ingest", "remove", "status", "serve", "who-owns", "query", "export", "validate"]
)
def test_every_command_documents_store(capsys, command):
    with pytest.raises(SystemExit) as exit_info:
        cli.main([command, "--help"])
    assert exit_info.value.code == 0
    assert "--store DIR" in capsys.readouterr().out


def quad_count(store) -> int:
    return EmbeddedStore(store).quad_count()


def test_an_ingest_that_reads_nothing_changes_nothing(capsys, tmp_path):
    """A typo, an empty folder and a folder of unreadable files each leave the store as it was."""
    (tmp_path / "youth.txt").write_text(REPORT, encoding="utf-8")
    store = tmp_path / "store"
    assert run(capsys, "ingest", "--store", str(store), str(tmp_path / "youth.txt"))[0] == 0
    before, build_dir = quad_count(store), store.resolve()
    (tmp_path / "empty").mkdir()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "blank.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    for path, says in (
        (tmp_path / "no-such-folder", "FAILED"),
        (tmp_path / "empty", "no documents found"),
        (bad, "every document failed"),
    ):
        status, out, err = run(capsys, "ingest", "--store", str(store), str(path))
        assert status == 1, (path, out, err)
        assert "unchanged" in err and says in out + err
        assert quad_count(store) == before and store.resolve() == build_dir


def test_a_second_writer_is_refused_before_reading(capsys, tmp_path, monkeypatch):
    from graph.store import writer_lock

    (tmp_path / "youth.txt").write_text(REPORT, encoding="utf-8")
    store = tmp_path / "store"
    read = []
    monkeypatch.setattr("ingest.pipeline.read_document", lambda *a, **k: read.append(a) or 1 / 0)
    with writer_lock(store):
        status, out, err = run(capsys, "ingest", "--store", str(store), str(tmp_path / "youth.txt"))
    assert status == 1 and "another 'pgraph ingest' is writing" in err
    assert read == [] and not store.exists()


def test_status_remove_and_rebuild(capsys, tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "youth.txt").write_text(REPORT, encoding="utf-8")
    store = str(tmp_path / "store")
    assert run(capsys, "status", "--store", store)[0] == 1
    assert run(capsys, "ingest", "--store", store, str(tmp_path / "plan.txt"))[0] == 0
    status, out, _ = run(capsys, "ingest", "--store", store, str(tmp_path / "youth.txt"))
    assert status == 0 and "documents: 1 added, 1 kept; extractions: 1 reused, 1 run" in out
    status, out, _ = run(capsys, "status", "--store", store)
    lines = out.splitlines()
    assert status == 0 and lines[0].split() == [
        "document",
        "sha256",
        "ingested",
        "format",
        "claims",
        "fundings",
        "observations",
        "descriptions",
        "unread",
    ]
    plan = lines[1].split()
    assert plan[0] == "plan.txt" and re.fullmatch(r"[0-9a-f]{12}", plan[1]) and plan[3] == "text"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", plan[2])
    assert lines[2].split()[0] == "youth.txt" and lines[2].split()[5] == "2"  # its two funding flows
    assert lines[-1] == f"2 documents in {store}"

    status, out, _ = run(capsys, "remove", "--store", store, "plan.txt")
    assert status == 0 and "documents: 1 kept, 1 removed" in out
    status, _, err = run(capsys, "remove", "--store", store, "plan.txt")
    assert status == 1 and "not in" in err
    status, out, _ = run(capsys, "ingest", "--rebuild", "--store", store, str(tmp_path / "plan.txt"))
    assert status == 0 and out.startswith("1 documents, ")
    assert run(capsys, "status", "--store", store)[1].splitlines()[1].split()[0] == "plan.txt"


def test_ingest_reports_coverage_and_documents_read_as_nothing(tmp_path, capsys):
    """Where the reader failed is shown: facts per document, a warning for a document that gave no
    fact, and the list-like lines nothing was read from (also kept for 'pgraph status --unread')."""
    store, docs = str(tmp_path / "store"), tmp_path / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(
        "MINUTES OF THE WESTVALE SAFER COMMUNITIES BOARD\n\nPresent:\nJane Doe - Westvale Borough Council (Chair)\n"
        "John Roe - Westvale Police\n",
        encoding="utf-8",
    )
    (docs / "notes.txt").write_text(
        "zq xv wk\n\nlorem ipsum dolor sit amet\n\nQq Zz\tYy Xx\tWw Vv\n", encoding="utf-8"
    )
    status, out, _ = run(capsys, "ingest", "--store", store, str(docs))
    assert status == 0
    rows = {
        line.split()[0]: line.split()[1:]
        for line in out.split("coverage", 1)[1].splitlines()[1:]
        if line.strip()
    }
    assert int(rows["minutes.txt"][0]) >= 4 and int(rows["notes.txt"][0]) == 0
    assert "WARNING: no fact read from 1 document(s): notes.txt" in out
    assert "unread table notes.txt:5-5: Qq Zz" in out
    status, out, _ = run(capsys, "status", "--store", store, "--unread")
    assert status == 0 and "unread table notes.txt:5-5" in out
