"""Hostile text: every document finishes extraction, whatever its shape.

Users point the tool at their own files: spreadsheet exports, acronym runs, long URL lists, embedded
images as base64, minutes without punctuation. Generated documents of those shapes (long tokens, long
lines of capitals, words without punctuation, deep lists, huge tables, many pipes, many full stops)
each pass through ``ingest.pipeline.extract`` and give a ``DocumentFacts``. The sizes are modest (up
to about 50,000 characters) so the test is quick; two explicit long lines (200,000 capitals and
100,000 words) are read too. Speed is measured in ``bench/`` (``make bench``), not asserted here: a
regression to quadratic time shows as this test hanging.
"""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.model import DocumentFacts
from ingest.pipeline import extract

WORDS = [
    "the",
    "Board",
    "Exampleton",
    "Northshire",
    "Partnership",
    "reports",
    "to",
    "Chair",
    "of",
    "and",
    "Jane",
    "Doe",
    "Cllr",
    "£5,000",
    "Fund",
    "from",
    "Red",
    "Q1",
    "2019/20",
    "Council",
    "Group",
    "Priority",
    "target",
    "(JD)",
    "Mr.",
    "e.g.",
]

token = st.text(alphabet=string.ascii_letters + string.digits + "+/=.-&'()<>|", min_size=1, max_size=40)
word = st.one_of(st.sampled_from(WORDS), token)


def _times(part: str, size: int) -> str:
    return (part * (size // max(len(part), 1) + 1))[:size]


@st.composite
def hostile(draw) -> str:
    size = draw(st.integers(min_value=100, max_value=50_000))
    shape = draw(
        st.sampled_from(
            [
                "long token",
                "capitals",
                "capital words",
                "no punctuation",
                "deep list",
                "huge table",
                "pipes",
                "full stops",
                "brackets",
                "run-on table",
                "mixed lines",
            ]
        )
    )
    words = draw(st.lists(word, min_size=1, max_size=30))
    if shape == "long token":
        return _times(draw(token), size)
    if shape == "capitals":
        return _times(draw(st.sampled_from(["A", "AB", "ABC&", "CSP"])), size)
    if shape == "capital words":
        return _times(" ".join(w.upper() for w in words) + " ", size)
    if shape == "no punctuation":
        return _times(" ".join(words) + " ", size)
    if shape == "deep list":
        depth = draw(st.integers(min_value=1, max_value=40))
        line = "  " * depth + draw(st.sampled_from(["- ", "• ", "1. ", "(a) ", "* "])) + " ".join(words)
        return _times(line + "\n", size)
    if shape == "huge table":
        sep = draw(st.sampled_from(["\t", " | ", "   ", "|"]))
        row = sep.join(words[:8]) + "\n"
        return _times(sep.join(["Name", "Target", "Q1 2019/20", "RAG", "Lead"]) + "\n", 60) + _times(
            row, size
        )
    if shape == "pipes":
        return _times("|" + "|".join(words) + "|", size)
    if shape == "full stops":
        return _times(". ".join(words) + ". ", size)
    if shape == "brackets":
        return _times(draw(st.sampled_from(["(", "<", "[", "((a)", "<b"])), size)
    if shape == "run-on table":  # header words, codes and figures on one line, without separators
        cells = ["PI", "1.4", "Target", "Actual", "Q1", "2019/20", "Baseline", "Red", "12", "-2.2%", "Crime"]
        return _times(" ".join(draw(st.lists(st.sampled_from(cells), min_size=1, max_size=20))) + " ", size)
    lines = draw(st.lists(st.sampled_from(["", "Present:", "Chair: Jane Doe", " ".join(words)]), min_size=1))
    return _times("\n".join(lines) + "\n", size)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile())
def test_hostile_document_is_read(text: str) -> None:
    facts = extract("hostile.txt", text)
    assert isinstance(facts, DocumentFacts)
    lines = text.splitlines()
    for claim in facts.claims:  # whatever is read still points into the document
        assert 1 <= claim.evidence.line_start <= claim.evidence.line_end <= len(lines)


def test_line_of_200000_capitals_is_read() -> None:
    facts = extract("capitals.txt", "A" * 200_000 + "\n")
    assert isinstance(facts, DocumentFacts)


def test_line_of_100000_words_is_read() -> None:
    words = ["exampleton", "Board", "reports", "to", "the", "Partnership", "and", "Jane", "Doe", "funding"]
    line = " ".join(words[k % len(words)] for k in range(100_000))
    facts = extract("words.txt", line + "\n")
    assert isinstance(facts, DocumentFacts)
