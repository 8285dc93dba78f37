"""The endpoint's own form decoding (``api.sparql._pairs``) reads what ``urllib.parse.parse_qsl`` reads."""

from urllib.parse import parse_qsl, quote, urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.sparql import Reject, _pairs


def reference(text: str) -> list[tuple[str, str]] | str:
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        return "400"


def ours(text: str) -> list[tuple[str, str]] | str:
    try:
        return _pairs(text)
    except Reject as rej:
        assert rej.status == 400
        return "400"


CASES = [
    "",
    "&",
    "query",
    "query=",
    "=x",
    "a=1&&b=2&",
    "query=SELECT+%3Fs+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D",
    "query=a%2Bb+c%20d",
    "query=100%",  # a stray '%' is kept
    "query=%4g%zz%%41",
    "query=%C3%A9t%C3%A9",
    "query=%C3%28",  # not UTF-8
    "query=%FF",
    "query=back\\slash%5C\\x41%5Cx41",
    "query=été%20été",  # not ASCII (a GET query string read as Latin-1)
    "query=a=b=c",
    "default-graph-uri=http%3A%2F%2Fx%2Fg&default-graph-uri=y&query=ASK%7B%7D",
]


@pytest.mark.parametrize("text", CASES)
def test_known_forms(text):
    assert ours(text) == reference(text)


def test_a_who_owns_body():
    query = 'PREFIX pg: <https://w3id.org/pg#>\nSELECT * WHERE {\n  VALUES (?o) { (<https://e.org/id/x-1>) }\n  ?e ?p ?o . FILTER(?x != "a&b=c%")\n}'
    body = urlencode({"query": query, "named-graph-uri": "https://e.org/graph/é"})
    assert ours(body) == reference(body) == [("query", query), ("named-graph-uri", "https://e.org/graph/é")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("%&=+\\xAz09FfGé\u00ff\n ")), max_size=12).map("".join))
def test_any_text_made_of_the_tricky_characters(text):
    assert ours(text) == reference(text)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.binary(max_size=20))
def test_any_quoted_text_and_bytes(text, data):
    form = "query=" + quote(text) + "&x=" + quote(data) + "%" + text[:3]
    assert ours(form) == reference(form)
