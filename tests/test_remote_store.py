"""The remote store against a real Oxigraph server: the same answers as the embedded store.

Each server is ``oxigraph serve`` (from the ``oxigraph`` test dependency) on a free loopback port.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from _servers import free_port, stop_process
from conftest import BASE, TestClient, fixture_resolved

from api import cli
from api.app import create_app
from graph import queries, sparql
from graph.backends import open_store
from graph.build import build, write
from graph.errors import QueryError, QuerySyntax, QueryTimeout, StoreError, StoreMissing
from graph.remote import RemoteStore, endpoints, is_remote
from graph.settings import Settings
from graph.store import Dataset, EmbeddedStore
from ingest.pipeline import ingest_paths

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
API = "/api/v1"
# Slow on purpose: a cross product of the whole store, counted (Oxigraph cancels this shape at its limit).
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def remote_build(resolved, settings: Settings, *, store: RemoteStore | None = None):
    """A build written to the endpoint ``settings`` names, as ``pgraph ingest`` writes one."""
    with store or open_store(settings) as target:
        return write(target, resolved, settings.base_iri)


def oxigraph_executable() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).is_file():
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]' installs it")
    return found


class Server:
    """One ``oxigraph serve`` process on a loopback port, stopped by :meth:`stop`."""

    def __init__(self, location: Path, *args: str):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                oxigraph_executable(),
                "serve",
                "--location",
                str(location),
                "--bind",
                f"127.0.0.1:{self.port}",
                *args,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    err = self.process.stderr.read().decode() if self.process.poll() is not None else ""
                    self.stop()
                    pytest.fail(f"oxigraph serve did not start: {err}")
                time.sleep(0.05)

    @property
    def store(self) -> str:
        return f"sparql+http://127.0.0.1:{self.port}/query"

    def stop(self) -> None:
        stop_process(self.process)
        self.process.stderr.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    """A server whose default graph is the union of its named graphs, holding the fixture build."""
    srv = Server(tmp_path_factory.mktemp("oxigraph"), "--union-default-graph", "--timeout-s", "20")
    try:
        remote_build(fixture_resolved(), Settings(store=srv.store, base_iri=BASE))
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def plain_server(tmp_path_factory) -> Iterator[Server]:
    """A server left as it starts (the default graph is its own) with a one-second query limit."""
    srv = Server(tmp_path_factory.mktemp("oxigraph-plain"), "--timeout-s", "1")
    try:
        remote_build(fixture_resolved(), Settings(store=srv.store, base_iri=BASE))
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module", params=["embedded", "remote"])
def backend(request, store_path) -> Iterator[tuple[str, Settings]]:
    if request.param == "embedded":
        yield "embedded", Settings(store=store_path, base_iri=BASE)
    else:
        server = request.getfixturevalue("server")
        yield "remote", Settings(store=server.store, base_iri=BASE)


@pytest.fixture(scope="module")
def store(backend) -> Iterator:
    opened = open_store(backend[1])
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def client(backend) -> Iterator[TestClient]:
    with TestClient(create_app(backend[1])) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def embedded_client(store_path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(store=store_path, base_iri=BASE))) as test_client:
        yield test_client


def get(client: TestClient, path: str, status: int = 200, **params) -> dict:
    response = client.get(API + path, params=params)
    assert response.status_code == status, response.text
    return response.json()


def named_quads(quads) -> set[ox.Quad]:
    """Quads without blank nodes (the ontology's blank nodes are labelled anew by every parse)."""
    return {
        q for q in quads if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
    }


# ---------------------------------------------------------------- the factory and settings


def test_open_store_picks_the_implementation(store_path):
    assert isinstance(open_store(Settings(store=store_path)), EmbeddedStore)
    remote = open_store(Settings(store="sparql+http://127.0.0.1:1/query", base_iri=BASE))
    try:
        assert isinstance(remote, RemoteStore)
        assert (remote.query_url, remote.update_url, remote.gsp_url) == (
            "http://127.0.0.1:1/query",
            "http://127.0.0.1:1/update",
            "http://127.0.0.1:1/store",
        )
    finally:
        remote.close()


def test_endpoints_derived_given_and_extra_parameters():
    assert endpoints("sparql+https://db.example/ds/query?timeout=30&union-default-graph=") == (
        "https://db.example/ds/query",
        "https://db.example/ds/update",
        "https://db.example/ds/store",
        {"timeout": "30", "union-default-graph": ""},
    )
    # a layout we cannot guess: updates go to the query URL and the GSP URL must be given
    assert endpoints("sparql+http://h:9/repositories/r")[1:3] == ("http://h:9/repositories/r", "")
    assert endpoints("sparql+http://h:9/sparql", "http://h:9/u", "http://h:9/gsp")[1:3] == (
        "http://h:9/u",
        "http://h:9/gsp",
    )
    assert is_remote("sparql+http://h/q") and not is_remote("var/store")
    with pytest.raises(StoreError):
        endpoints("sparql+http:///query")


def test_settings_take_update_and_gsp_urls(monkeypatch):
    monkeypatch.setenv("PGRAPH_STORE_GSP", "http://127.0.0.1:1/data")
    settings = Settings(store="sparql+http://127.0.0.1:1/sparql", store_update="http://127.0.0.1:1/up")
    with RemoteStore.from_settings(settings) as remote:
        assert (remote.update_url, remote.gsp_url) == ("http://127.0.0.1:1/up", "http://127.0.0.1:1/data")
        assert remote.timeout == settings.query_timeout


# ---------------------------------------------------------------- the same answers on both backends


def test_store_level_reads(backend, store, store_path):
    reference = EmbeddedStore(store_path)
    assert store.quad_count() == reference.quad_count() > 100
    assert (
        store.graph_names()
        == reference.graph_names()
        == [BASE + "graph/csp-report-txt", BASE + "graph/ontology"]
    )
    assert named_quads(store.quads()) == named_quads(reference.quads())
    ask = (
        f"ASK {{ <{BASE}person-tim-mccabe> <https://w3id.org/partnership-graph/ontology#responsibleFor> ?x }}"
    )
    assert store.ask(ask) is True
    triples = store.construct(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ <{BASE}org-opcc> }} ?s ?p ?o }}"
    )
    assert set(triples) == set(
        reference.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ <{BASE}org-opcc> }} ?s ?p ?o }}")
    )
    assert (
        ox.Triple(
            ox.NamedNode(BASE + "org-opcc"),
            ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"),
            ox.Literal("OPCC"),
        )
        in triples
    )


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/search", {"q": "CSP", "limit": 5}),
        ("/search", {"q": "Charnwod Borough Council", "limit": 3}),
        ("/who-owns", {"item": "action-pi-1-4"}),
        ("/groups/partnership-charnwood-csp/members", {}),
        ("/groups/partnership-charnwood-csp/members", {"role": "responsible authorities"}),
        ("/groups/group-jag/structure", {}),
        ("/funding", {"funder": "org-opcc"}),
        ("/funding", {"funder": "org-opcc", "recipient": "project-street-pastors"}),
        ("/priorities", {"of": "plan-community-safety-plan"}),
        ("/indicators", {"q": "KI4"}),
        ("/entities/person-tim-mccabe", {}),
    ],
)
def test_api_answers_match_the_embedded_store(backend, client, embedded_client, path, params):
    assert get(client, path, **params) == get(embedded_client, path, **params)


def test_api_known_facts(backend, client):
    owners = get(client, "/who-owns", item="action-pi-1-4")
    assert [o["id"] for o in owners["responsible"]] == ["person-tim-mccabe"]
    assert [o["id"] for o in owners["contributors"]] == ["org-leicestershire-police"]
    assert owners["responsible"][0]["evidence"][0]["line_start"] == 9
    assert get(client, "/search", q="LWA")["results"][0]["id"] == "org-living-without-abuse"
    members = get(client, "/groups/partnership-charnwood-csp/members")["members"]
    assert {m["member"]["id"] for m in members} == {
        "org-charnwood-borough-council",
        "org-leicestershire-police",
        "org-living-without-abuse",
    }
    (flow,) = get(client, "/funding", funder="org-opcc")["flows"]
    assert (flow["recipient"]["id"], flow["amount"], flow["period"]) == (
        "fund-locality-funding",
        75500.0,
        "2019/20",
    )
    health = get(client, "/health")
    assert health["status"] == "ok" and health["quads"] > 100
    get(client, "/who-owns", 404, item="action-none")


def run_sparql(store, text: str, fmt: str = "table") -> str:
    """A query's answer as ``pgraph query`` prints it (what its worker runs, here in this process)."""
    job = sparql.text_job(text, fmt)
    return sparql.as_text(*sparql.answer(store, job, sparql.Limits(sparql.graph_base(BASE))), fmt)


def test_sparql_select_ask_and_construct(backend, store, store_path):
    reference = EmbeddedStore(store_path)
    select = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?e ?label WHERE { ?e a ?c ; skos:prefLabel ?label } ORDER BY ?label LIMIT 5"
    )
    for fmt in sparql.TEXT_FORMATS:
        assert run_sparql(store, select, fmt) == run_sparql(reference, select, fmt)
    rows = json.loads(run_sparql(store, select, "json"))["results"]["bindings"]
    assert rows[0]["label"]["value"] == "CSP Strategic Group"
    assert run_sparql(store, "ASK { ?s ?p ?o }", "csv") == "true\n"
    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ <{BASE}group-jag> }} ?s ?p ?o }}"
    turtle = run_sparql(store, construct)
    assert set(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)) == set(
        ox.parse(run_sparql(reference, construct).encode(), format=ox.RdfFormat.TURTLE)
    )


def test_sparql_errors_and_updates_refused(backend, store):
    before = store.quad_count()
    with pytest.raises(QuerySyntax) as info:
        run_sparql(store, "SELEC ?x WHERE { ?x ?p ?o }")
    assert "SELEC" in str(info.value)
    for update in ("DROP ALL", "CLEAR DEFAULT", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"):
        with pytest.raises(QueryError):
            run_sparql(store, update)
    assert store.quad_count() == before


def test_pgraph_query_runs_in_a_worker_on_either_store(backend, capsys, monkeypatch):
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
    label = "SELECT ?label WHERE { ?e a pg:Fund ; skos:prefLabel ?label }"
    assert cli.main(["query", "--store", backend[1].store, "--format", "csv", label]) == 0
    assert capsys.readouterr().out.splitlines() == ["label", "Locality Funding"]
    monkeypatch.setenv("PGRAPH_ROW_CAP", "2")
    assert cli.main(["query", "--store", backend[1].store, "SELECT * WHERE { ?s ?p ?o }"]) == 2
    assert "more than 2 rows" in capsys.readouterr().err


def test_export_keeps_named_graphs(backend, store, store_path):
    reference = EmbeddedStore(store_path)
    for fmt in ("nq", "trig"):
        exported = ox.parse(queries.export(store, fmt), format=queries.EXPORT_FORMATS[fmt])
        assert named_quads(exported) == named_quads(reference.quads())
    turtle = set(ox.parse(queries.export(store, "ttl"), format=ox.RdfFormat.TURTLE))
    assert len(turtle) == len(set(ox.parse(queries.export(reference, "ttl"), format=ox.RdfFormat.TURTLE)))


# ---------------------------------------------------------------- builds on the endpoint


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory) -> Iterator[Server]:
    srv = Server(tmp_path_factory.mktemp("oxigraph-corpus"), "--union-default-graph")
    yield srv
    srv.stop()


def test_corpus_ingest_twice_gives_the_embedded_quads(corpus_server, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
    if not CORPUS.is_dir():
        pytest.fail(f"document folder {CORPUS} is missing: the shared corpus must sit beside the project")
    settings = Settings(store=corpus_server.store, base_iri=BASE)
    assert cli.main(["ingest", "--store", corpus_server.store, str(CORPUS)]) == 0
    assert "quads -> sparql+http://127.0.0.1" in capsys.readouterr().out
    with open_store(settings) as remote:
        first_count, first_build = remote.quad_count(), remote.build_id()
        embedded_path = tmp_path / "store"
        build(ingest_paths([CORPUS]), str(embedded_path), BASE)
        embedded = EmbeddedStore(embedded_path)
        assert first_count == embedded.quad_count() > 1000
        assert remote.graph_names() == embedded.graph_names()
        assert named_quads(remote.quads()) == named_quads(embedded.quads())
        assert cli.main(["ingest", "--store", corpus_server.store, str(CORPUS)]) == 0
        assert remote.quad_count() == first_count
        assert remote.build_id() != first_build
        found = queries.search(remote, BASE, "PI 1.2", 1)
        answer = queries.who_owns(remote, BASE, found[0]["id"])
        assert answer == queries.who_owns(embedded, BASE, found[0]["id"])
        assert {o["label"] for o in answer["responsible"]} >= {"Chris Traill"}


def test_reingest_drops_removed_documents_and_a_failed_build_keeps_the_previous_graphs(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("oxigraph-rebuild"), "--union-default-graph")
    try:
        settings = Settings(store=srv.store, base_iri=BASE)
        resolved = fixture_resolved()
        extra = fixture_resolved().documents[0]
        extra.document = "second-report.txt"
        resolved.documents.append(extra)
        remote_build(resolved, settings)
        with open_store(settings) as remote:
            assert BASE + "graph/second-report-txt" in remote.graph_names()
            remote_build(fixture_resolved(), settings)
            assert remote.graph_names() == [BASE + "graph/csp-report-txt", BASE + "graph/ontology"]
            count, build_before = remote.quad_count(), remote.build_id()
            before = named_quads(remote.quads())

            # the upload of the document's graph is refused: the old graph and build stay
            broken = RemoteStore(
                remote.query_url,
                update_url=remote.update_url,
                gsp_url=remote.gsp_url.replace("/store", "/nothing"),
                base=BASE,
            )
            with broken, pytest.raises(StoreError):
                remote_build(fixture_resolved(), settings, store=broken)
            assert remote.quad_count() == count and remote.build_id() == build_before
            assert named_quads(remote.quads()) == before
    finally:
        srv.stop()


def test_an_empty_endpoint_is_store_missing(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("oxigraph-empty"), "--union-default-graph")
    try:
        settings = Settings(store=srv.store, base_iri=BASE)
        with open_store(settings) as remote:
            assert remote.quad_count() == 0 and remote.graph_names() == []
            with pytest.raises(StoreMissing):
                queries.search(remote, BASE, "CSP")
        with TestClient(create_app(settings)) as empty:
            response = empty.get(API + "/health")
        assert response.status_code == 503 and response.json()["error"]["code"] == "store_missing"
    finally:
        srv.stop()


# ---------------------------------------------------------------- errors and limits


def test_default_graph_must_be_the_union(plain_server):
    plain = open_store(Settings(store=plain_server.store, base_iri=BASE))
    with plain as remote, pytest.raises(StoreError, match="union"):
        remote.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    # the query string of the store URL is sent with every query
    with open_store(Settings(store=plain_server.store + "?union-default-graph", base_iri=BASE)) as remote:
        answer = queries.who_owns(remote, BASE, "action-pi-1-4")
        assert [o["id"] for o in answer["responsible"]] == ["person-tim-mccabe"]


def test_the_servers_time_limit_is_a_query_timeout(plain_server):
    with open_store(Settings(store=plain_server.store + "?union-default-graph", base_iri=BASE)) as remote:
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            remote.select(HEAVY)
        assert time.monotonic() - started < 15


def test_our_time_limit_is_a_query_timeout(plain_server):
    settings = Settings(store=plain_server.store + "?union-default-graph", base_iri=BASE, query_timeout=0.2)
    with open_store(settings) as remote:
        remote.ask("ASK { ?s ?p ?o }")
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            remote.select(HEAVY)
        assert time.monotonic() - started < 5


def test_unreachable_endpoint_is_a_store_error_and_an_http_503():
    settings = Settings(store=f"sparql+http://reader:s3cret@127.0.0.1:{free_port()}/query", base_iri=BASE)
    with open_store(settings) as remote, pytest.raises(StoreError, match="cannot reach") as info:
        remote.quad_count()
    assert "s3cret" not in str(info.value) and "s3cret" not in repr(remote)
    with TestClient(create_app(settings)) as unreachable:
        response = unreachable.get(API + "/search", params={"q": "CSP"})
    assert response.status_code == 503 and response.json()["error"]["code"] == "store_error"


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (400, "error at 1:5: expected", QuerySyntax),
        (503, "busy", QueryTimeout),
        (500, "The SPARQL operation has been cancelled", QueryTimeout),
        (500, "disk full", StoreError),
        (401, "", StoreError),
    ],
)
def test_http_errors_map_to_domain_errors(status, body, error):
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text=body)

    mocked = RemoteStore("http://127.0.0.1:1/query", base=BASE, transport=httpx.MockTransport(answer))
    with mocked as remote, pytest.raises(error):
        remote.build_id()


def test_an_answer_cut_short_by_the_server_is_a_timeout():
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"content-type": "application/sparql-results+json"},
            content=b'{"head":{"vars":["n"]},"results":{"bindings":[The SPARQL operation has been cancelled',
        )

    mocked = RemoteStore("http://127.0.0.1:1/query", base=BASE, transport=httpx.MockTransport(answer))
    with mocked as remote, pytest.raises(QueryTimeout):
        remote.build_id()


def test_remote_raw_query_refuses_a_chosen_dataset(server):
    with open_store(Settings(store=server.store, base_iri=BASE)) as remote:
        with pytest.raises(QueryError):
            remote.raw_query("ASK {}", Dataset((BASE + "graph/ontology",)))
        assert bool(remote.raw_query("ASK { ?s ?p ?o }"))
        before = remote.quad_count()
        with pytest.raises(QuerySyntax):  # an update sent as a query is the server's parse error
            remote.raw_query("DROP ALL")
        assert remote.quad_count() == before
