"""Where the reader failed: list- and table-like lines no fact was read from, per document, in the
ingest summary's data (ingest.coverage), on /coverage and its JSON twin, and on a document's page.

Every text here is invented.
"""

from __future__ import annotations

import lxml.html
import pytest
from conftest import BASE, TestClient

from api.app import create_app
from graph.build import build
from graph.settings import Settings
from ingest.coverage import coverage, looks_like, unread_spans
from ingest.pipeline import extract, ingest_paths

MINUTES = "\n".join(
    [
        "MINUTES OF THE WESTVALE SAFER COMMUNITIES BOARD",
        "",
        "Present:",
        "Jane Doe - Westvale Borough Council (Chair)",
        "John Roe - Westvale Police",
    ]
)
# a table the readers cannot place, and a run of people with nothing to say who they are
NOTES = "\n".join(
    [
        "Quarterly notes",
        "",
        "Qq Zz\tYy Xx\tWw Vv",
        "Aa Bb\tCc Dd\tEe Ff",
        "",
        "lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    ]
)


def test_a_line_looks_like_a_people_list_or_a_table():
    assert looks_like("Jane Doe, Amir Khan and Ann Lee") == "people list"
    assert looks_like("Present: Jane Doe") == "people list"
    assert looks_like("Burglary\t120\t98\tGreen") == "table"
    assert looks_like("Crime | 2019/20 | 2020/21") == "table"
    assert looks_like("The Board agreed the plan.") is None


def test_unread_spans_are_runs_of_uncovered_lines_blank_lines_inside():
    lines = ["a\tb\tc", "", "d\te\tf", "plain words here", "g\th\ti"]
    spans = unread_spans(lines, covered={5})
    assert [(u.line_start, u.line_end, u.looks_like) for u in spans] == [(1, 3, "table")]
    assert spans[0].sample == "a b c"


def test_coverage_of_documents_read_and_not_read():
    read = coverage(extract("minutes.txt", MINUTES))
    assert read.facts >= 4 and not read.empty and read.unread == []
    missed = coverage(extract("notes.txt", NOTES))
    assert missed.empty
    assert [(u.line_start, u.line_end, u.looks_like) for u in missed.unread] == [(3, 4, "table")]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("coverage")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    (docs / "notes.txt").write_text(NOTES, encoding="utf-8")
    build(ingest_paths([docs]), str(folder / "store"), BASE)
    with TestClient(create_app(Settings(store=str(folder / "store"), base_iri=BASE))) as client:
        yield client


def test_coverage_json_lists_documents_fewest_facts_first(client):
    answer = client.get("/api/v1/coverage")
    assert answer.status_code == 200
    rows = answer.json()
    assert [r["name"] for r in rows] == ["notes.txt", "minutes.txt"]
    assert rows[0]["facts"] == 0 and rows[1]["facts"] >= 4
    assert rows[0]["unread"] == [
        {"line_start": 3, "line_end": 4, "looks_like": "table", "sample": "Qq Zz Yy Xx Ww Vv"}
    ]


def test_coverage_page_warns_of_documents_read_as_nothing(client):
    page = client.get("/coverage")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    tree = lxml.html.fromstring(page.text)
    warning = " ".join(tree.xpath('//p[contains(@class, "warning")]//text()'))
    assert "No fact was read from 1 document" in warning and "notes.txt" in warning
    assert tree.xpath('//a[@href="/documents/notes.txt#L3"]')


def test_document_page_marks_the_lines_nothing_was_read_from(client):
    page = client.get("/documents/notes.txt")
    tree = lxml.html.fromstring(page.text)
    assert [d.get("id") for d in tree.xpath('//div[@class="unread"]')] == ["L3", "L4"]
    assert client.get("/api/v1/documents/notes.txt").json()["unread"][0]["line_start"] == 3


def test_a_reader_that_fails_loses_only_its_own_facts_and_is_reported(monkeypatch):
    from ingest import pipeline
    from ingest.coverage import coverage

    def broken(ctx):
        yield from ()
        raise IndexError("list index out of range")

    monkeypatch.setattr(pipeline, "EXTRACTORS", [broken, *pipeline.EXTRACTORS])
    text = "The Westvale Community Safety Partnership is made up of Westvale Council and Westvale Police.\n"
    facts = pipeline.extract("t.txt", text)
    assert len(facts.claims) == 2  # the other readers still read the members
    assert facts.failures == [f"{__name__}.broken: IndexError: list index out of range"]
    assert coverage(facts).failures == facts.failures


def test_a_reader_s_quote_not_found_in_its_lines_is_replaced_by_the_lines(monkeypatch):
    from ingest import pipeline
    from ingest.model import Claim, Evidence, Kind, Mention, Rel

    def misquoting(ctx):
        yield Claim(
            Mention("Jane Doe", Kind.PERSON),
            Rel.MEMBER,
            Mention("Westvale Board", Kind.GROUP),
            Evidence("t.txt", 2, 2, "Jane Doe Westvale Board"),  # the cells joined without their pipes
            "test.misquote",
        )

    monkeypatch.setattr(pipeline, "EXTRACTORS", [misquoting])
    facts = pipeline.extract("t.txt", "Westvale Board\n| Jane Doe | Westvale Board |\n")
    assert [c.evidence.quote for c in facts.claims] == ["| Jane Doe | Westvale Board |"]
