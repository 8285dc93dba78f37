"""Questions asked of invented documents through the HTTP contract, judged by the shared scorer.

``fixtures/questions/`` holds short invented documents in the layouts and wordings councils use
(performance and funding tables, action plans, minutes, terms of reference, press releases, pages
flattened from PDFs); ``fixtures/questions.yaml`` asks of them what ``../shared/eval`` asks of real
ones, in the scorer's format. Each document set uses its own invented places, so that no two sets
share a body. The documents are ingested as a user would, the API served on a loopback port, and
``../shared/eval/score.py`` asks every question: each question is a test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from conftest import CORPUS_BASE
from test_sparql_protocol import serve

from graph.build import build
from ingest.pipeline import ingest_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DOCUMENTS = FIXTURES / "questions"
QUESTIONS = FIXTURES / "questions.yaml"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"

# Questions the product does not answer yet, and why: each fails today (strict), so one that starts
# passing is noticed and moved out of this list.
KNOWN_GAPS = {
    "tables-g1-2": "a funded project and the action of the same name are two entities; search finds the action",
    "genres-a3": "'… and will replace the X' more than seven words after its subject is not read",
    "genres-c2": "an 'In attendance' list is read as attendees, not members, even with no members list",
}


def _questions() -> list[dict]:
    return yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))["questions"]


@pytest.fixture(scope="module")
def answers(tmp_path_factory) -> Iterator[dict[str, dict]]:
    """Every question's report from the scorer, by id."""
    tmp = tmp_path_factory.mktemp("questions")
    result = ingest_paths([DOCUMENTS])
    assert result.documents and not result.failures
    store = str(tmp / "store")
    build(result, store, CORPUS_BASE)  # the base the server of test_sparql_protocol is given
    report = tmp / "report.json"
    with serve(store, tmp, client_budget_seconds=1000) as server:
        done = subprocess.run(
            [sys.executable, str(SCORER), "--base-url", server.url, "--questions", str(QUESTIONS)]
            + ["--corpus", str(DOCUMENTS), "--json", str(report)],
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    yield {q["id"]: q for q in json.loads(report.read_text(encoding="utf-8"))["questions"]}


def test_every_document_is_asked_about():
    asked = {q["doc"] for q in _questions()}
    assert asked == {p.name for p in DOCUMENTS.iterdir()}


@pytest.mark.parametrize(
    "question",
    [
        pytest.param(q, id=q["id"], marks=pytest.mark.xfail(reason=KNOWN_GAPS[q["id"]], strict=True))
        if q["id"] in KNOWN_GAPS
        else pytest.param(q, id=q["id"])
        for q in _questions()
    ],
)
def test_question_is_answered(answers, question):
    got = answers[question["id"]]
    assert got["ok"], f"{question['kind']} of {question['subject']!r}: {got}"
