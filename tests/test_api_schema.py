"""The OpenAPI document is the API: schemathesis, every check, over every operation, in-process.

Each operation gets a bounded number of generated requests that fit the schema (each must be
accepted) and that do not (each must be refused). Rules the schema can only state in words (give
``funder``, ``recipient`` or both; ``since`` not after ``as_at``; the export filters only for the
network formats) are kept by the generated requests that must be accepted, and SPARQL text is
drawn from real queries, since no JSON Schema can say what SPARQL is.
"""

from __future__ import annotations

import datetime as dt

import pytest
import schemathesis
from conftest import BASE
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

from api.app import create_app

EXAMPLES = 25  # per operation and mode: about 1,000 requests in all
QUERIES = [
    "ASK {}",
    "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label } LIMIT 5",
    "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5",
    f"DESCRIBE <{BASE}group-jag>",
    'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> {}" } LIMIT 1',
]
NETWORK_FORMATS = {"graphml", "gexf", "csv", "xlsx", "360giving"}


def _day(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _calendar(text: str) -> bool:
    """Whether YYYY, YYYY-MM or YYYY-MM-DD names a real day, month or year."""
    return _day((text + "-01-01")[:10]) is not None


def follows_the_written_rules(case) -> bool:
    """Whether a request keeps the rules the operation's description states in words."""
    path, query = case.path, case.query or {}
    if path == "/api/v1/funding":
        return bool(query.get("funder") or query.get("recipient"))
    if path == "/api/v1/indicators":
        return bool(query.get("of") or query.get("q"))
    if path in ("/api/v1/review", "/review"):
        since, as_at = _day(query.get("since")), _day(query.get("as_at"))
        return not (since and as_at and since > as_at)
    if path.startswith("/api/v1/viz/"):
        kind = (case.path_parameters or {}).get("kind")
        start, end = query.get("start"), query.get("end")
        if kind in ("entity", "structure") and not query.get("id"):
            return False
        return all(_calendar(d) for d in (start, end) if d) and not (start and end and start > end)
    if path == "/api/v1/export":
        return query.get("format") in NETWORK_FORMATS or not (
            query.get("type") or query.get("document") or query.get("plan")
        )
    return True


def with_real_sparql(case, text: str):
    """A /sparql request whose query is a real one (the schema can only say 'a string')."""
    if case.path == "/sparql":
        if case.method == "GET" and case.query and "query" in case.query:
            case.query["query"] = text
        elif case.method == "POST" and isinstance(case.body, dict):
            case.body["query"] = text
        elif case.method == "POST" and isinstance(case.body, str):
            case.body = text
        if case.query:  # graph names from the schema's strings are not this store's graphs
            case.query.pop("default-graph-uri", None)
            case.query.pop("named-graph-uri", None)
        if isinstance(case.body, dict):
            case.body.pop("default-graph-uri", None)
            case.body.pop("named-graph-uri", None)
    return case


@pytest.fixture(scope="module")
def api(settings):
    app = create_app(settings.model_copy(update={"client_budget_seconds": 10_000}))
    with TestClient(app):  # the lifespan: the store and the SPARQL workers
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def operations(schema) -> list:
    return [result.ok() for result in schema.get_all_operations()]


def test_every_operation_is_generated(api):
    labels = {op.label for op in operations(api)}
    assert {"GET /sparql", "POST /sparql", "GET /api/v1/search", "GET /api/v1/export"} <= labels
    post = next(op for op in operations(api) if op.label == "POST /sparql")
    assert {"application/x-www-form-urlencoded", "application/sparql-query"} <= set(
        post.definition.raw["requestBody"]["content"]
    )


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_keeps_its_schema(api, mode):
    failures = {}
    for operation in operations(api):
        cases = operation.as_strategy(generation_mode=mode)
        if mode is GenerationMode.POSITIVE:
            cases = st.builds(with_real_sparql, cases, st.sampled_from(QUERIES)).filter(
                follows_the_written_rules
            )

        @given(case=cases)
        @settings(
            max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def check(case):
            case.call_and_validate()  # every check: status codes, media types, schemas, acceptance

        try:
            check()
        except Unsatisfiable:  # nothing about this operation can be wrong (no parameters, free text)
            assert mode is GenerationMode.NEGATIVE, operation.label
        except (Exception, BaseExceptionGroup) as err:  # gathered: one run names every failing operation
            failures[operation.label] = str(err)[:2000]
    assert not failures, "\n\n".join(f"{label}:\n{text}" for label, text in failures.items())


def test_the_schema_states_what_the_api_checks(client):
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    get_sparql = {p["name"] for p in paths["/sparql"]["get"]["parameters"]}
    assert get_sparql == {"query", "default-graph-uri", "named-graph-uri"}
    assert {"403", "406", "429", "503"} <= set(paths["/sparql"]["post"]["responses"])
    limit = next(p for p in paths["/api/v1/search"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 50
    assert "application/ld+json" in paths["/api/v1/context.jsonld"]["get"]["responses"]["200"]["content"]
    assert "404" in paths["/api/v1/queries/{name}"]["get"]["responses"]
    # a day is YYYY-MM-DD: '0' is no longer read as 1970-01-01
    assert client.get("/api/v1/review", params={"since": "0"}).status_code == 422
    assert client.get("/api/v1/review", params={"since": "2019-01-01"}).status_code == 200
