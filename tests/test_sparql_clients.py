"""Real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore) against a running server over the corpus;
the canned queries over HTTP and from the CLI; a bounded loopback load test."""

from __future__ import annotations

import csv
import io
import statistics
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from test_sparql_protocol import BASE, ROOT, Server, serve

from api import cli
from graph.queries import bind

PREFIXES = (
    "PREFIX pg: <https://w3id.org/partnership-graph/ontology#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
)
PLANS = (
    PREFIXES + "SELECT ?plan ?label WHERE { ?plan a pg:Plan ; skos:prefLabel ?label } ORDER BY ?plan ?label"
)
PLAN_LABELS = (
    PREFIXES + "CONSTRUCT { ?plan skos:prefLabel ?label } WHERE { ?plan a pg:Plan ; skos:prefLabel ?label }"
)
OWNERS = "SELECT DISTINCT ?o WHERE { #VALUES# ?o pg:responsibleFor|pg:contributesTo ?item }"
MEMBERS = (
    "SELECT DISTINCT ?member WHERE { #VALUES# ?unit org:subOrganizationOf* ?group . "
    "?m org:organization ?unit ; org:member ?member }"
)
RECIPIENTS = "SELECT DISTINCT ?r WHERE { #VALUES# ?x pg:funder ?funder ; pg:recipient ?r }"
QUERIES = ROOT / "ontology" / "queries"
D000, D003 = "000_6df2fd3ab05f3377.txt", "003_1a5aa9b1bd324060.txt"


@pytest.fixture(scope="module")
def store(corpus_store_path) -> str:
    return corpus_store_path


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    with serve(store, tmp_path_factory.mktemp("clients"), client_budget_seconds=1000) as running:
        yield running


def select(server: Server, query: str) -> list[dict[str, str]]:
    response = server.sparql(query)
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


@pytest.fixture(scope="module")
def plans(server) -> list[tuple[str, str]]:
    rows = [(r["plan"], r["label"]) for r in select(server, PLANS)]
    assert len(rows) >= 3
    return rows


# ---------------------------------------------------------------- SPARQLWrapper


def test_sparqlwrapper_json_get_and_post(server, plans):
    for method in ("GET", POST):
        client = SPARQLWrapper(server.url + "/sparql")
        client.setMethod(method)
        client.setQuery(PLANS)
        client.setReturnFormat(JSON)
        answer = client.query().convert()
        assert answer["head"]["vars"] == ["plan", "label"]
        assert [(b["plan"]["value"], b["label"]["value"]) for b in answer["results"]["bindings"]] == plans


def test_sparqlwrapper_csv(server, plans):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(PLANS)
    client.setReturnFormat(CSV)
    rows = list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))
    assert rows[0] == ["plan", "label"] and [tuple(r) for r in rows[1:]] == plans


@pytest.mark.parametrize("fmt", [TURTLE, XML])
def test_sparqlwrapper_construct_parsed_into_an_rdflib_graph(server, plans, fmt):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(PLAN_LABELS)
    client.setReturnFormat(fmt)
    converted = client.query().convert()
    graph = converted if fmt == XML else rdflib.Graph().parse(data=converted, format="turtle")
    assert isinstance(graph, rdflib.Graph)
    expected = {(rdflib.URIRef(p), rdflib.SKOS.prefLabel, rdflib.Literal(label)) for p, label in plans}
    assert set(graph) == expected


def test_sparqlwrapper_ask_and_refused_update(server):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(PREFIXES + "ASK { ?p a pg:Plan }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    quads = server.quads()
    client = SPARQLWrapper(server.url + "/sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises((SPARQLWrapperException, OSError)):
        client.query()
    assert server.quads() == quads


# ---------------------------------------------------------------- rdflib SPARQLStore


def test_rdflib_sparqlstore_select_ask_construct_and_triples(server, plans):
    graph = rdflib.Graph(store=SPARQLStore(server.url + "/sparql", returnFormat="json"))
    rows = [(str(r.plan), str(r.label)) for r in graph.query(PLANS)]
    assert rows == plans
    assert graph.query(PREFIXES + "ASK { ?p a pg:Plan }").askAnswer is True
    # CONSTRUCT needs an RDF format: the JSON-only client is refused (406), the XML one gets RDF/XML
    with pytest.raises(ValueError):
        graph.query(PLAN_LABELS)
    xml = rdflib.Graph(store=SPARQLStore(server.url + "/sparql", returnFormat="xml"))
    constructed = xml.query(PLAN_LABELS).graph
    assert {(str(s), str(o)) for s, _, o in constructed} == set(plans)
    plan = rdflib.URIRef(plans[0][0])
    labels = {str(o) for _, _, o in graph.triples((plan, rdflib.SKOS.prefLabel, None))}
    assert labels == {label for p, label in plans if p == plans[0][0]}


def test_rdflib_sparqlstore_is_read_only_through_the_endpoint(server):
    quads = server.quads()
    store = SPARQLStore(server.url + "/sparql", returnFormat="xml", method="POST_FORM")
    graph = rdflib.Graph(store=store)
    assert len(list(graph.query("SELECT * WHERE { ?s ?p ?o } LIMIT 5"))) == 5
    with pytest.raises(TypeError):  # SPARQLStore itself has no update path; the endpoint has none either
        graph.add((rdflib.URIRef("urn:a"), rdflib.URIRef("urn:b"), rdflib.URIRef("urn:c")))
    assert server.quads() == quads


# ---------------------------------------------------------------- canned queries


def canned(server: Server, name: str, **params) -> httpx.Response:
    return server.get(f"/api/v1/queries/{name}", params=params)


def rows_of(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def test_who_owns_binds_the_item_as_an_iri(server):
    item = select(
        server, PREFIXES + "SELECT ?item WHERE { ?o pg:responsibleFor ?item } ORDER BY ?item LIMIT 1"
    )[0]
    iri = item["item"]
    expected = {r["o"] for r in select(server, bind(OWNERS, item=ox.NamedNode(iri)))}
    by_id = rows_of(canned(server, "who-owns", item=iri.removeprefix(BASE)))
    by_iri = rows_of(canned(server, "who-owns", item=iri))
    assert by_id == by_iri and by_id
    assert {r["item"] for r in by_id} == {iri}
    assert {r["owner"] for r in by_id} == expected
    assert all(r["document"].endswith(".txt") and int(r["line"]) > 0 for r in by_id)


def test_group_members_include_sub_groups(server):
    counts = select(
        server,
        "SELECT ?g (COUNT(DISTINCT ?unit) AS ?units) WHERE { ?unit org:subOrganizationOf+ ?g . "
        "?m org:organization ?unit } GROUP BY ?g ORDER BY DESC(?units) ?g LIMIT 1",
    )
    group = counts[0]["g"]
    expected = {r["member"] for r in select(server, bind(MEMBERS, group=ox.NamedNode(group)))}
    rows = rows_of(canned(server, "group-members", group=group.removeprefix(BASE)))
    assert {r["member"] for r in rows} == expected
    assert any(r["unit"] != group for r in rows)  # someone reached through a sub-group
    assert {r["group"] for r in rows} == {group}


def test_funding_by_funder(server):
    funder = select(
        server,
        "SELECT ?f (COUNT(*) AS ?n) WHERE { ?x pg:funder ?f } GROUP BY ?f ORDER BY DESC(?n) ?f LIMIT 1",
    )[0]["f"]
    recipients = {r["r"] for r in select(server, bind(RECIPIENTS, funder=ox.NamedNode(funder)))}
    rows = rows_of(canned(server, "funding-by-funder", funder=funder.removeprefix(BASE)))
    assert {r["funder"] for r in rows} == {funder}
    assert {r["recipient"] for r in rows} == recipients


def test_document_changes_between_two_documents(server):
    rows = rows_of(canned(server, "document-changes", doc_a=D000, doc_b=D003))
    assert rows and {r["change"] for r in rows} == {"added", "removed"}
    assert rows_of(canned(server, "document-changes", doc_a=D000, doc_b=D000)) == []
    injected = rows_of(canned(server, "document-changes", doc_a='x" || true || "', doc_b=D003))
    assert injected == []


def test_unbound_canned_queries_need_no_parameters(server):
    for name in ("red-indicators", "groups-without-reporting-line", "most-responsibilities"):
        rows = rows_of(canned(server, name))
        assert rows, name
    top = rows_of(canned(server, "most-responsibilities"))
    counts = [int(r["responsibilities"]) for r in top]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize(
    ("name", "params", "status"),
    [
        ("who-owns", {}, 422),
        ("who-owns", {"item": 'x" || true || "'}, 422),
        ("who-owns", {"item": "javascript:alert(1)"}, 422),
        ("who-owns", {"item": "a>b"}, 422),
        ("who-owns", {"item": "action-x", "extra": "1"}, 422),
        ("red-indicators", {"item": "action-x"}, 422),
        ("no-such-query", {}, 404),
    ],
)
def test_canned_query_parameter_errors(server, name, params, status):
    response = canned(server, name, **params)
    assert response.status_code == status
    assert set(response.json()["error"]) == {"code", "message"}


def test_a_repeated_parameter_is_refused(server):
    response = server.get("/api/v1/queries/who-owns?item=action-a&item=action-b")
    assert response.status_code == 422


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_canned_query_runs_from_the_cli(capsys, store, path: Path):
    status = cli.main(["query", "--store", store, "--format", "csv", f"@{path}"])
    out, err = capsys.readouterr()
    assert status == 0, err
    header = next(csv.reader(io.StringIO(out)))
    assert header and all(header)


def test_cli_binds_canned_parameters(capsys, store):
    path = QUERIES / "document-changes.rq"
    status = cli.main(
        [
            "query",
            "--store",
            store,
            "--format",
            "csv",
            f"@{path}",
            "--param",
            f"doc_a={D000}",
            "--param",
            f"doc_b={D000}",
        ]
    )
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out.splitlines() == ["change,subject,subjectLabel,predicate,object,objectLabel"]
    status = cli.main(["query", "--store", store, f"@{QUERIES / 'who-owns.rq'}", "--param", "nope=1"])
    assert status == 1 and "no parameter 'nope'" in capsys.readouterr().err


# ---------------------------------------------------------------- load


def test_load_eight_clients_ten_seconds(server, capsys):
    item = select(
        server, PREFIXES + "SELECT ?item WHERE { ?o pg:responsibleFor ?item } ORDER BY ?item LIMIT 1"
    )[0]
    item_id = item["item"].removeprefix(BASE)
    sparql = PREFIXES + (
        "SELECT ?owner ?label WHERE { ?owner pg:responsibleFor ?item ; skos:prefLabel ?label } ORDER BY ?owner LIMIT 50"
    )
    seconds, clients = 10.0, 8
    results: dict[str, list[float]] = {"who-owns": [], "sparql": []}
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as http:
            turn = n
            while time.monotonic() < stop:
                kind = "who-owns" if turn % 2 else "sparql"
                turn += 1
                started = time.monotonic()
                try:
                    if kind == "who-owns":
                        response = http.get("/api/v1/who-owns", params={"item": item_id})
                    else:
                        response = http.get("/sparql", params={"query": sparql})
                    ok = response.status_code == 200
                    problem = f"{kind} {response.status_code} {response.text[:200]}"
                except httpx.HTTPError as err:
                    ok, problem = False, f"{kind} {err!r}"
                with lock:
                    results[kind].append(time.monotonic() - started)
                    if not ok:
                        errors.append(problem)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    everything = results["who-owns"] + results["sparql"]

    def pct(values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=100)[q - 1] * 1000

    with capsys.disabled():
        print(
            f"\nload: {clients} clients, {elapsed:.1f} s, {len(everything)} requests, "
            f"{len(everything) / elapsed:.0f} req/s, errors {len(errors)}"
        )
        for kind, values in [*results.items(), ("all", everything)]:
            print(
                f"  {kind:9} n={len(values):5}  p50 {pct(values, 50):6.1f} ms  p95 {pct(values, 95):6.1f} ms"
            )
    assert errors == []
    # every client sent at least its first request (half start with each kind); throughput is bench/'s
    assert len(results["who-owns"]) >= clients // 2 and len(results["sparql"]) >= clients // 2
