"""A relation added as data (issue 14): ``hosted_by`` is one entry of ontology/relations.yaml and two
forms of ingest/data/predicates.yaml. These tests follow it from invented text to the graph, the REST
answer, the entity page, the SHACL shapes and the CSV export, with no code written for it."""

from __future__ import annotations

import csv
import io
import zipfile

import lxml.html
import pytest
from conftest import BASE, TestClient
from rdflib import URIRef
from rdflib.namespace import SH

from api.app import create_app
from graph.build import build
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.validate import relation_shapes, validate
from ingest.model import Rel
from ingest.pipeline import extract, ingest_paths
from ontology import relations

DOC = "exampleton-csp-terms-of-reference.txt"
TEXT = """Exampleton Community Safety Partnership: Terms of Reference

1. The Exampleton Community Safety Partnership is hosted by Exampleton Borough Council.
2. Northshire County Council is the host authority for the Northshire Safer Communities Board.
3. The Westvale Youth Forum is no longer hosted by Westvale District Council.
4. The minutes of the meeting of 21 May hosted by Eastmere Borough Council were confirmed.
5. The Partnership hosted a Drugs Forum at the Exampleton Centre.
"""
LINES = TEXT.splitlines()


def hosted(text: str, name: str = DOC) -> list[tuple[str, str, int]]:
    return [
        (c.subject.name, c.object.name, c.evidence.line_start)
        for c in extract(name, text).claims
        if c.rel is Rel.HOSTED_BY
    ]


def test_the_table_entry_makes_the_relation():
    entry = relations.by_name()["hosted_by"]
    assert Rel("hosted_by") is Rel.HOSTED_BY
    assert entry.predicate == "https://w3id.org/partnership-graph/ontology#hostedBy"
    assert (entry.label, entry.inverse) == ("hosted by", "hosts")


def test_a_body_hosted_by_an_organisation_in_prose():
    assert hosted(TEXT) == [
        ("Exampleton Community Safety Partnership", "Exampleton Borough Council", 3),
        ("Northshire Safer Communities Board", "Northshire County Council", 4),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Westvale Youth Forum is no longer hosted by Westvale District Council.",  # negated
        "The minutes of the meeting of 21 May hosted by Eastmere Borough Council were confirmed.",  # an event
        "The Partnership hosted a Drugs Forum at the Exampleton Centre.",  # a body that hosts an event
        "Asked whether the Safer Northshire Board would be hosted by Northshire County Council.",  # a question
    ],
)
def test_what_is_not_a_host(sentence):
    assert hosted(f"Northshire Partnership Papers\n\n{sentence}\n") == []


def test_a_host_in_a_statement_of_another_style():
    text = "Safer Eastmere Board\n\nEastmere Borough Council acts as the host body for the Safer Eastmere Board.\n"
    assert hosted(text, "eastmere-board-report.txt") == [
        ("Safer Eastmere Board", "Eastmere Borough Council", 3)
    ]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hosted")
    (directory / "docs").mkdir()
    (directory / "docs" / DOC).write_text(TEXT, encoding="utf-8")
    store = directory / "store"
    build(ingest_paths([directory / "docs"]), str(store), BASE)
    with TestClient(create_app(Settings(store=str(store), base_iri=BASE))) as test_client:
        test_client.store_path = str(store)
        yield test_client


def entity_id(client, name: str) -> str:
    found = client.get("/api/v1/search", params={"q": name}).json()
    return next(e["id"] for e in found["results"] if e["label"] == name)


def test_the_rest_answer_and_the_page_list_the_host(client):
    csp = entity_id(client, "Exampleton Community Safety Partnership")
    council = entity_id(client, "Exampleton Borough Council")
    facts = client.get(f"/api/v1/entities/{csp}/facts").json()
    by_relation = {g["relation"]: g for g in facts["groups"]}
    (item,) = by_relation["hosted by"]["items"]
    assert item["entity"]["id"] == council
    (ev,) = item["evidence"]
    assert (ev["document"], ev["line_start"], ev["line_end"]) == (DOC, 3, 3)
    assert ev["quote"] in LINES[2] and "hosted by" in ev["quote"]

    hosts = {g["relation"]: g for g in client.get(f"/api/v1/entities/{council}/facts").json()["groups"]}
    assert [i["entity"]["id"] for i in hosts["hosts"]["items"]] == [csp]

    page = lxml.html.fromstring(client.get(f"/entities/{csp}").text)
    assert "hosted by" in page.xpath("//section/@data-relation")


def test_the_export_has_a_table_of_hosts(client):
    response = client.get("/api/v1/export", params={"format": "csv"})
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("relation-hosted_by.csv").decode("utf-8-sig"))))
        readme = archive.read("README.txt").decode("utf-8")
    pairs = {(r["source_label"], r["target_label"], r["relation"]) for r in rows}
    assert pairs == {
        ("Exampleton Community Safety Partnership", "Exampleton Borough Council", "hosted_by"),
        ("Northshire Safer Communities Board", "Northshire County Council", "hosted_by"),
    }
    assert all(r["document"] == DOC and r["quote"] in LINES[int(r["line_start"]) - 1] for r in rows)
    assert "hosted_by\t<source> hosted by <target>" in readme


def test_the_shapes_check_the_types_it_joins(client):
    shapes = relation_shapes()
    predicate = URIRef(relations.by_name()["hosted_by"].predicate)
    assert len(list(shapes.subjects(SH.targetSubjectsOf, predicate))) == 1
    assert len(list(shapes.subjects(SH.targetObjectsOf, predicate))) == 1
    report = validate(EmbeddedStore(client.store_path))
    assert report.conforms and "relation hosted_by" not in report.text
