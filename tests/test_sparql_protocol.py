"""The SPARQL endpoint over the wire: uvicorn on a free loopback port, over a store built from the corpus.

Covers the SPARQL 1.1 Protocol (methods, datasets, formats, service description) and every
SPARQL case of design/HARDENING.md (1-11), each as its own test.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from _servers import free_port, stop_process, uvicorn_command
from conftest import CORPUS_BASE

from graph import sparql
from graph.queries import bind

ROOT = Path(__file__).resolve().parents[1]
BASE = CORPUS_BASE  # the session's corpus store (conftest)
GRAPHS = BASE + "graph/"
TIMEOUT = 2.0  # the fixture server's query_timeout
ROW_CAP = 2_000
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
PLANS = "SELECT ?plan ?label WHERE { ?plan a pg:Plan ; skos:prefLabel ?label } ORDER BY ?plan ?label"
IN_GRAPH = "SELECT (COUNT(*) AS ?n) WHERE { #VALUES# GRAPH ?g { ?s ?p ?o } }"
PLAN_LABELS = "CONSTRUCT { ?plan skos:prefLabel ?label } WHERE { ?plan a pg:Plan ; skos:prefLabel ?label }"


# ---------------------------------------------------------------- a real server (used by the other SPARQL test files too)


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    store: str
    http: httpx.Client  # one client: a new one per request costs tens of milliseconds

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.http.get(self.url + path, **kwargs)

    def post(self, path: str, **kwargs) -> httpx.Response:
        return self.http.post(self.url + path, **kwargs)

    def sparql(self, query: str, accept: str | None = None, **params) -> httpx.Response:
        headers = {"Accept": accept} if accept else {}
        return self.get("/sparql", params={"query": query, **params}, headers=headers)

    def quads(self) -> int:
        return self.get("/health").json()["quads"]

    def children(self) -> set[int]:
        """Process ids of the server's live child processes (its SPARQL workers); zombies left out."""
        found = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, IndexError, ValueError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == self.process.pid and fields[0] != "Z":
                    found.add(int(stat.parent.name))
        return found

    def cpu_seconds(self, pids: set[int]) -> float:
        total = 0.0
        for pid in pids:
            with contextlib.suppress(OSError, IndexError, ValueError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total


@contextlib.contextmanager
def serve(store: str, tmp_path: Path, **settings) -> Iterator[Server]:
    """uvicorn with ``create_app`` on a free loopback port; PGRAPH_* settings from ``settings``."""
    port = free_port()
    env = dict(os.environ, PGRAPH_STORE=store, PGRAPH_BASE_IRI=BASE)
    env.update({f"PGRAPH_{key.upper()}": str(value) for key, value in settings.items()})
    log = open(tmp_path / f"uvicorn-{port}.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(uvicorn_command(port), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, store, httpx.Client(timeout=30))
    try:
        deadline = time.monotonic() + 90
        while True:  # up when /health answers and a worker has answered a query
            assert process.poll() is None, (tmp_path / f"uvicorn-{port}.log").read_text()
            with contextlib.suppress(httpx.HTTPError):
                if server.get("/health").status_code == 200 and server.sparql("ASK {}").status_code == 200:
                    break
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        yield server
    finally:
        server.http.close()
        stop_process(process, timeout=30)
        log.close()


@pytest.fixture(scope="module")
def store(corpus_store_path) -> str:
    return corpus_store_path


@pytest.fixture(scope="module")
def server(store, tmp_path_factory) -> Iterator[Server]:
    with serve(
        store,
        tmp_path_factory.mktemp("server"),
        query_timeout=TIMEOUT,
        row_cap=ROW_CAP,
        client_budget_seconds=1000,
    ) as running:
        yield running


@pytest.fixture(scope="module")
def graph_names(store) -> list[str]:
    from graph.store import EmbeddedStore

    return EmbeddedStore(store).graph_names()


def iri(value: str) -> str:
    """An IRI as a SPARQL term (checked and escaped by pyoxigraph), for clauses VALUES cannot reach."""
    return str(ox.NamedNode(value))


def bindings(response: httpx.Response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def count(response: httpx.Response) -> int:
    return int(bindings(response)[0]["n"]["value"])


# ---------------------------------------------------------------- the protocol


def test_get_form_post_and_direct_post_answer_alike(server):
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    by_get = server.sparql(query)
    by_form = server.post("/sparql", data={"query": query})
    by_direct = server.post(
        "/sparql", content=query.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert count(by_get) == count(by_form) == count(by_direct) == server.quads()


@pytest.mark.parametrize(
    ("accept", "media_type", "results_format"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
        ("text/csv", "text/csv", None),
        (None, "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("text/html;q=0.9, text/csv;q=0.5, */*;q=0.1", "text/csv", None),
    ],
)
def test_select_in_every_results_format(server, accept, media_type, results_format):
    expected = [(b["plan"]["value"], b["label"]["value"]) for b in bindings(server.sparql(PLANS))]
    response = server.sparql(PLANS, accept)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    if results_format is None:
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0] == ["plan", "label"]
        got = [tuple(r) for r in rows[1:]]
    else:
        got = [
            (s["plan"].value, s["label"].value)
            for s in ox.parse_query_results(response.content, results_format)
        ]
    assert got == expected and len(expected) >= 3


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml"])
def test_ask_answers(server, accept):
    yes = server.sparql("ASK { ?plan a pg:Plan }", accept)
    no = server.sparql("ASK { ?plan a pg:NoSuchClass }", accept)
    fmt = ox.QueryResultsFormat.from_media_type(accept)
    assert bool(ox.parse_query_results(yes.content, fmt)) is True
    assert bool(ox.parse_query_results(no.content, fmt)) is False


@pytest.mark.parametrize(
    ("accept", "media_type", "rdflib_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        (None, "text/turtle", "turtle"),
    ],
)
def test_construct_in_every_rdf_format(server, accept, media_type, rdflib_format):
    expected = {
        (rdflib.URIRef(b["plan"]["value"]), rdflib.SKOS.prefLabel, rdflib.Literal(b["label"]["value"]))
        for b in bindings(server.sparql(PLANS))
    }
    response = server.sparql(PLAN_LABELS, accept)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    assert set(graph) == expected and len(expected) >= 3


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (PLANS, "image/png"),
        (PLANS, "text/turtle"),
        ("ASK {}", "application/rdf+xml;q=1, text/html"),
        (PLAN_LABELS, "text/csv"),
        (PLAN_LABELS, "application/sparql-results+json"),
        (PLANS, "application/sparql-results+json;q=0"),
    ],
)
def test_an_accept_that_cannot_be_met_is_406(server, query, accept):
    response = server.sparql(query, accept)
    assert response.status_code == 406
    assert response.headers["content-type"].startswith("text/plain")


def test_default_graph_is_the_union_and_each_document_graph_has_a_name(server, graph_names):
    listed = {b["g"]["value"] for b in bindings(server.sparql("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"))}
    documents = [g for g in graph_names if g != GRAPHS + "ontology"]
    assert listed == set(graph_names) and len(documents) >= 5
    union = count(server.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    per_graph = [count(server.sparql(bind(IN_GRAPH, g=ox.NamedNode(g)))) for g in graph_names]
    assert union == sum(per_graph) == server.quads()  # pyoxigraph's union keeps a triple once per graph
    one = documents[0]
    alone = count(server.sparql(bind(IN_GRAPH, g=ox.NamedNode(one))))
    assert 0 < alone < union
    assert (
        count(server.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **{"default-graph-uri": one}))
        == alone
    )
    assert count(server.sparql("SELECT (COUNT(*) AS ?n) FROM " + iri(one) + " WHERE { ?s ?p ?o }")) == alone
    named = server.sparql("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": one})
    assert [b["g"]["value"] for b in bindings(named)] == [one]


def test_service_description(server, graph_names):
    for accept in ("text/turtle", None):
        response = server.get("/sparql", headers={"Accept": accept} if accept else {})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/turtle")
        graph = rdflib.Graph().parse(data=response.text, format="turtle")
        sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
        service = rdflib.URIRef(server.url + "/sparql")
        assert (service, rdflib.RDF.type, sd.Service) in graph
        assert (service, sd.endpoint, service) in graph
        assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
        assert {str(n) for n in graph.objects(None, sd.name)} == set(graph_names)
    html = server.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert 'action="/sparql"' in html.text and 'name="query"' in html.text  # the query page, as Fuseki's


def test_canned_queries_are_listed_and_run(server):
    listed = server.get("/api/v1/queries").json()["queries"]
    names = {q["name"] for q in listed}
    assert names >= {
        "who-owns",
        "group-members",
        "funding-by-funder",
        "red-indicators",
        "groups-without-reporting-line",
        "most-responsibilities",
        "document-changes",
    }
    assert all(q["title"] and q["description"] for q in listed)
    assert {p["name"] for q in listed if q["name"] == "document-changes" for p in q["params"]} == {
        "doc_a",
        "doc_b",
    }
    red = server.get("/api/v1/queries/red-indicators", headers={"Accept": "text/csv"})
    assert red.status_code == 200 and red.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(red.text)))
    assert rows and all(r["indicator"].startswith(BASE) for r in rows)


# ---------------------------------------------------------------- HARDENING.md, SPARQL endpoint (1-11)


def test_h1_syntax_error_is_400_plain_text_from_the_parser(server):
    response = server.sparql("SELECT * WHERE { ?s ?p }")
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert "syntax error at 1:" in response.text and "Traceback" not in response.text


def test_h2_protocol_misuse_is_4xx(server):
    url = server.url + "/sparql"
    assert server.http.put(url, content=b"ASK {}").status_code == 405
    assert server.http.put(url, content=b"ASK {}").headers["allow"] == "GET, POST"
    assert server.http.get(url + "?query=ASK%7B%7D&query=ASK%7B%7D").status_code == 400
    assert server.http.post(url, content=b"ASK {}", headers={"Content-Type": "text/plain"}).status_code == 415
    assert server.http.post(url, content=b"query=ASK%7B%7D").status_code == 415  # form body, no content type
    not_utf8 = 'ASK { FILTER("caf\xe9") }'.encode("latin-1")
    assert (
        server.http.post(
            url, content=not_utf8, headers={"Content-Type": "application/sparql-query"}
        ).status_code
        == 400
    )
    assert (
        server.http.get(url + "?query=ASK%7B%22%ED%A0%80%22%7D").status_code == 400
    )  # a lone surrogate, as UTF-8
    assert server.http.get(url, params={"update": "DROP ALL"}).status_code == 403
    both = server.http.post(
        url + "?query=ASK%7B%7D", content=b"ASK {}", headers={"Content-Type": "application/sparql-query"}
    )
    assert both.status_code == 400


UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "CREATE GRAPH <urn:g>",
    "ADD DEFAULT TO <urn:g>",
    "MOVE DEFAULT TO <urn:g>",
    "COPY DEFAULT TO <urn:g>",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("update", UPDATES)
def test_h3_updates_are_refused_and_change_nothing(server, update):
    before = server.quads()
    url = server.url + "/sparql"
    responses = [
        server.http.get(url, params={"query": update}),
        server.http.post(url, data={"update": update}),
        server.http.post(url, data={"query": update}),
        server.http.post(url, content=update.encode(), headers={"Content-Type": "application/sparql-update"}),
        server.http.post(url, content=update.encode(), headers={"Content-Type": "application/sparql-query"}),
    ]
    assert [r.status_code for r in responses] == [403] * 5, [r.text for r in responses]
    assert server.quads() == before


@contextlib.contextmanager
def listener() -> Iterator[tuple[str, socket.socket]]:
    """A loopback socket standing in for a remote endpoint: any connection to it is a failure."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        sock.settimeout(0.3)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", sock


def assert_never_contacted(sock: socket.socket) -> None:
    with pytest.raises(TimeoutError):
        sock.accept()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ BIND(<{url}> AS ?x) SERVICE ?x {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        "ASK {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ sErViCe <{url}> {{ ?s ?p ?o }} }}",
    ],
)
def test_h4_service_is_refused_before_execution(server, template):
    with listener() as (url, sock):
        response = server.sparql(template.format(url=url))
        assert response.status_code == 403 and "SERVICE" in response.text
        assert_never_contacted(sock)


def test_h5_remote_graphs_are_never_fetched(server):
    with listener() as (url, sock):
        for response in (
            server.sparql("SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": url}),
            server.sparql("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": url}),
            server.sparql("SELECT * FROM " + iri(url) + " WHERE { ?s ?p ?o }"),
            server.sparql("SELECT * FROM NAMED " + iri(url) + " WHERE { GRAPH ?g { ?s ?p ?o } }"),
            server.sparql("DESCRIBE " + iri(url), **{"default-graph-uri": GRAPHS}),
        ):
            assert response.status_code == 400, response.text
            assert "not a graph of this store" in response.text
        assert_never_contacted(sock)
    described = server.sparql("DESCRIBE " + iri(BASE + "nobody"), "application/n-triples")
    assert described.status_code == 200 and described.text.strip() == ""


@pytest.mark.parametrize(
    "query",
    [
        RUNAWAY,
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1",
        "SELECT (COUNT(*) AS ?n) WHERE { ?x ?y ?z . ?s (pg:p|!pg:p)* ?o }",
        'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . FILTER(REGEX(CONCAT(STR(?c), STR(?f)), "^(a+)+$")) }',
    ],
)
def test_h6_runaway_queries_stop_at_the_deadline(server, query):
    started = time.monotonic()
    response = server.sparql(query)
    elapsed = time.monotonic() - started
    assert response.status_code == 503, response.text
    assert elapsed < TIMEOUT + 2
    assert server.sparql("ASK { ?s ?p ?o }").status_code == 200  # the next query is answered


def test_h6_a_killed_worker_frees_its_cpu_while_health_answers(server):
    before = server.children()
    outcome: dict = {}

    def runaway() -> None:
        started = time.monotonic()
        outcome["response"] = server.sparql(RUNAWAY)
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    health = [server.get("/health") for _ in range(5)]
    thread.join()
    assert all(h.status_code == 200 for h in health)
    assert outcome["response"].status_code == 503 and "timed out" in outcome["response"].text
    assert outcome["seconds"] < TIMEOUT + 2
    gone = time.monotonic() + 5  # the kill follows the 503 (on a loaded machine, a moment later)
    while not before - server.children() and time.monotonic() < gone:
        time.sleep(0.1)
    assert before - server.children(), "the overrunning worker was not killed"
    assert server.sparql("ASK {}").status_code == 200
    deadline = time.monotonic() + 20  # idle again once the replacement has started
    while True:
        workers = server.children()
        used = server.cpu_seconds(workers)
        time.sleep(1.0)
        if server.cpu_seconds(workers) - used < 0.3:
            break
        assert time.monotonic() < deadline, "a worker still burns CPU"
    assert workers - before  # a replacement (the pool may also have grown)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("ASK { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }", "too deeply nested"),
        ("SELECT * WHERE " + "{" * 10_000 + "}" * 10_000, "too deeply nested"),
        ("SELECT * WHERE { ?s ?p " + "[ ?p " * 10_000 + "1" + " ]" * 10_000 + " }", "too deeply nested"),
        ("ASK {} #" + "x" * 25_000, "longer than"),
    ],
)
def test_h7_deep_nesting_and_long_queries_are_400(server, query, message):
    response = server.post(
        "/sparql", content=query.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert response.status_code == 400 and message in response.text
    assert server.get("/health").status_code == 200
    nested_64 = "ASK { FILTER(" + "(" * 60 + "true" + ")" * 60 + ") }"
    assert server.sparql(nested_64).status_code == 200  # the allowed depth parses and runs


def test_h7_a_deep_query_only_a_recursive_parser_reads_is_settled_in_a_worker(server):
    # "<?p&&'>" after an operand may be an IRI or "less than": rdflib's parser decides, 60 levels down
    deep = "ASK { ?s ?p ?o FILTER(" + "(" * 60 + "?o<?p&&'>' = ?o" + ")" * 60 + ") }"
    assert sparql.pre_guard(deep, sparql.Limits(sparql.graph_base(BASE))) is None  # not in the server
    response = server.sparql(deep)
    assert response.status_code == 200 and "boolean" in response.json()
    refused = "ASK { ?s ?p ?o FILTER(" + "(" * 60 + "?o<?p&&'>' = ?o" + ")" * 60 + ") SERVICE <urn:x> {} }"
    assert server.sparql(refused).status_code == 403


def test_h8_oversized_requests_are_413_and_414(server):
    big = "ASK {} #" + "x" * 300_000
    response = server.post(
        "/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert response.status_code == 413
    response = server.post("/sparql", data={"query": big})
    assert response.status_code == 413
    response = server.sparql("ASK {} #" + "x" * 9_000)
    assert response.status_code == 414 and "POST" in response.text


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "text/csv", "text/tab-separated-values"]
)
def test_h9_row_cap_is_an_error_never_a_cut_answer(server, accept):
    response = server.sparql("SELECT * WHERE { ?s ?p ?o }", accept)
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/plain")
    assert f"more than {ROW_CAP} rows" in response.text
    graph = server.sparql("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert graph.status_code == 503 and f"more than {ROW_CAP} triples" in graph.text
    at_cap = server.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT " + str(ROW_CAP))
    assert len(bindings(at_cap)) == ROW_CAP


def test_h10_content_type_matches_the_body(server):
    for accept, parse in [
        ("application/sparql-results+json", lambda r: json.loads(r.content)["results"]),
        (
            "application/sparql-results+xml",
            lambda r: list(ox.parse_query_results(r.content, ox.QueryResultsFormat.XML)),
        ),
        (
            "text/tab-separated-values",
            lambda r: list(ox.parse_query_results(r.content, ox.QueryResultsFormat.TSV)),
        ),
    ]:
        response = server.sparql(PLANS, accept)
        assert ox.QueryResultsFormat.from_media_type(response.headers["content-type"]).media_type.startswith(
            accept
        )
        assert parse(response)
    for accept in ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"):
        response = server.sparql(PLAN_LABELS, accept)
        fmt = ox.RdfFormat.from_media_type(response.headers["content-type"])
        assert fmt.media_type == accept and list(ox.parse(response.content, fmt))


def test_h11_saturated_endpoint_leaves_rest_and_health_answering(server):
    results: list[httpx.Response] = []
    threads = [threading.Thread(target=lambda: results.append(server.sparql(RUNAWAY))) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    slowest = 0.0
    while any(t.is_alive() for t in threads):
        for path in ("/health", "/api/v1/search?q=police"):
            started = time.monotonic()
            assert server.get(path).status_code == 200
            slowest = max(slowest, time.monotonic() - started)
        time.sleep(0.05)
    assert slowest < 1.0
    assert sorted(r.status_code for r in results) == [503] * 4
    deadline = time.monotonic() + 30
    while server.sparql("ASK {}").status_code != 200:
        assert time.monotonic() < deadline
        time.sleep(0.2)


def test_h11_a_client_over_its_budget_gets_429_with_retry_after(store, tmp_path):
    with serve(store, tmp_path, query_timeout=1, client_budget_seconds=0.5, sparql_workers=1) as tight:
        assert tight.sparql(RUNAWAY).status_code == 503  # a second of query time: over the budget
        refused = tight.sparql("ASK {}")
        assert refused.status_code == 429
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        canned = tight.get("/api/v1/queries/red-indicators")
        assert canned.status_code == 429 and canned.json()["error"]["code"] == "too_many_requests"
        assert "retry-after" in canned.headers
        assert tight.get("/health").status_code == 200
        assert tight.get("/api/v1/search", params={"q": "police"}).status_code == 200


def test_workers_follow_the_store_link_to_a_new_build(store, tmp_path):
    from conftest import BASE as FIXTURE_BASE
    from conftest import fixture_resolved

    from graph.build import build
    from graph.store import EmbeddedStore, write_build

    link = tmp_path / "store"
    build(fixture_resolved(), str(link), FIXTURE_BASE)
    small = EmbeddedStore(link).quad_count()
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    with serve(str(link), tmp_path, base_iri=FIXTURE_BASE, sparql_workers=1) as running:
        assert count(running.sparql(query)) == small
        workers = running.children()
        write_build(link, EmbeddedStore(store).quads())  # a new build swapped in under the server
        assert count(running.sparql(query)) == EmbeddedStore(store).quad_count() != small
        assert running.children() == workers  # the same worker reopened the store
