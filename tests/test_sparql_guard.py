"""The SPARQL guard reads tokens: refusals found outside strings, IRIs and comments, syntax left to pyoxigraph."""

from __future__ import annotations

import json
import re

import pytest
from conftest import BASE
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import sparql
from graph.errors import QueryRefused, QuerySyntax
from graph.store import EmbeddedStore

GRAPHS = sparql.graph_base(BASE)


def guard(text: str) -> sparql.Inspected:
    return sparql.guard(text, max_length=20_000, max_nesting=64, graph_base=GRAPHS)


PROLOGUE = f"PREFIX g: <{GRAPHS}>\nprefix service: <http://example.org/s#>\n  PREFIX :<http://example.org/>\n"


@pytest.mark.parametrize(
    "query",
    [
        PROLOGUE + "SELECT * FROM g:a WHERE { ?s service:p :o }",
        PROLOGUE + "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        PROLOGUE + "PREFIX x: <http://example.org/x>\nDELETE WHERE { ?s ?p ?o }",
        PROLOGUE + "PREFIX insert: <http://example.org/i#> ASK { ?s insert:x ?o }",
        PROLOGUE + "PREFIX x: <http://example.org/\\u0020> # a comment SERVICE\nASK {}",
        "PREFIX g: <x> PREFIX h:<y>PREFIX SERVICE: <z>\nCONSTRUCT FROM NAMED g:b WHERE { ?s ?p ?o }",
    ],
)
def test_the_prologue_read_in_one_step_reads_as_the_token_loop_does(query, monkeypatch):
    def outcome() -> object:
        try:
            return guard(query)
        except Exception as err:  # noqa: BLE001 - compared, not hidden
            return type(err).__name__, str(err)

    fast = outcome()
    monkeypatch.setattr(sparql, "_PREFIXES_HEAD", re.compile(r"(?!)"))  # never matches: every token looped
    assert fast == outcome()


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { ?a ?b ?c }" }',
        "SELECT * WHERE { ?s ?p '''LOAD <http://127.0.0.1:9/x.ttl>\nDROP ALL''' }",
        "SELECT * WHERE { ?s ?p ?o } # then SERVICE <http://127.0.0.1:9/> { } and INSERT DATA",
        "SELECT * WHERE { ?s <http://example.org/service/load> ?o }",
        "SELECT ?service ?insert WHERE { ?service a ?insert }",
        "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ex:drop }",
        'SELECT * WHERE { ?s ?p ?o FILTER(?o < ?p && "x\'" != ?o) }',
        'SELECT * WHERE { ?s ?p "quote \\" SERVICE <http://127.0.0.1:9/> {}" }',
    ],
)
def test_words_inside_literals_iris_names_and_comments_are_not_refused(query):
    assert guard(query).form == "SELECT"


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent ?x { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p true SERVICE<http://127.0.0.1:9/>{} }",
        "SELECT * WHERE { ?s ?p trueSERVICE<http://127.0.0.1:9/>{} }",  # a keyword run into another
        "SELECT * WHERE { ?s ?p 1e5SERVICE <http://127.0.0.1:9/> {} }",
        "ASK { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",  # an escape outside a string
        # a backslash-escaped quote in a prefixed name opens no string
        "PREFIX ex: <http://example.org/> SELECT * { ?s ex:a\\' SERVICE <http://127.0.0.1:9/> {} # '\n }",
        # '<' as "less than" before a quote: the quote opens a string, the SERVICE after it is code
        "SELECT * WHERE { ?s ?p ?o FILTER(?o<?p&&'>' = ?o) SERVICE <http://127.0.0.1:9/> {} # '\n}",
    ],
)
def test_service_is_refused_in_every_spelling(query):
    with pytest.raises(QueryRefused, match="SERVICE"):
        guard(query)


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR DEFAULT",
        "DROP ALL",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "PREFIX ex: <http://example.org/> insert data { ex:a ex:b ex:c }",
    ],
)
def test_updates_are_refused(query):
    with pytest.raises(QueryRefused, match="read-only"):
        guard(query)


def test_from_names_only_this_stores_graphs_by_iri_or_prefixed_name():
    local = guard(f"SELECT * FROM <{GRAPHS}a> FROM NAMED <{GRAPHS}b> WHERE {{ ?s ?p ?o }}")
    assert (local.default_graphs, local.named_graphs) == ((GRAPHS + "a",), (GRAPHS + "b",))
    prefixed = guard(f"PREFIX g: <{GRAPHS}> SELECT * FROM g:doc WHERE {{ ?s ?p ?o }}")
    assert prefixed.default_graphs == (GRAPHS + "doc",)
    for remote in (
        "SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "PREFIX x: <http://127.0.0.1:9/> SELECT * FROM x:data WHERE { ?s ?p ?o }",
    ):
        with pytest.raises(sparql.BadGraph):
            guard(remote)


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("ASK {}", "ASK"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <urn:x>", "DESCRIBE"),
        ("SELECT (COUNT(*) AS ?n) { SELECT * { ?s ?p ?o } }", "SELECT"),
    ],
)
def test_the_form_is_read_from_the_tokens(query, form):
    assert guard(query).form == form


def test_syntax_is_pyoxigraphs_to_judge(store_path):
    with pytest.raises(QuerySyntax, match=r"syntax error at 1:\d+"):
        guard("this is not SPARQL")
    with pytest.raises(QuerySyntax):
        guard('ASK { ?s ?p "\\U00110000" }')
    store, limits = EmbeddedStore(store_path), sparql.Limits(GRAPHS)
    with pytest.raises(QuerySyntax, match=r"syntax error at 1:\d+"):
        sparql.answer(store, sparql.Job("SELECT * WHERE { ?s ?p }"), limits)
    # LATERAL is pyoxigraph's and not rdflib's: the old guard refused it, now it runs
    lateral = "SELECT ?s WHERE { ?s ?p ?o LATERAL { SELECT ?x WHERE { BIND(?o AS ?x) } LIMIT 1 } } LIMIT 1"
    media_type, body = sparql.answer(store, sparql.Job(lateral), limits)
    assert (
        media_type == "application/sparql-results+json" and len(json.loads(body)["results"]["bindings"]) == 1
    )


def _scanned(text: str) -> object:
    try:
        return sparql._inspect_scanned(text, GRAPHS)
    except Exception as err:  # noqa: BLE001 - compared, not hidden
        return type(err).__name__


_PIECES = [
    *(
        "SELECT",
        "select",
        "ASK",
        "Construct",
        "DESCRIBE",
        "WHERE",
        "FILTER",
        "VALUES",
        "values",
        "a",
        "UNDEF",
    ),
    *("SERVICE", "serVice", "xservices", "INSERT", "Load", "drop", "ADD", "with", "USING", "housing", "FROM"),
    *(
        "NAMED",
        "BASE",
        "ſelect",
        "\u212aFROM",
        "éFROM",
        "_from",
        "from_",
        "1from",
        "@en",
        "@en-FROM",
        "p:FROM",
    ),
    *("PREFIX p: <http://e.org/x#>\n", "prefix :<http://e.org/>", "<http://e.org/a>", "<g>", "p:x", "p:"),
    *("<http://e.org/o#FROM>", "<it's>", "<a#b>", "<FROM>", '"lit"', "'lit'", '"SERVICE"', "'''a\nb'''"),
    *('"""x""""', '"', "'", "# c\n", "# FROM\n", "#", "\\u0053ERVICE", "\\", "\x00", "?s", "$o", "?from"),
    *("*", "{", "}", "(", ")", "<", "<=", ">", ".", ",", ";", "=", " ", "\n", "\t", ":", "x", "1", "é"),
    *(
        "\u2028",
        "SELECT:x",
        "ASK.y",
        "SELECT_",
        "(?s ?p)",
        "{ (<a#b> <c'd>) }",
        "p:VALUES",
        "VALUES:x",
        "@VALUES",
    ),
]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p ?o }",
        "ASK {}",
        "ask{}",
        PROLOGUE + "select ?s { ?s ?p <http://e.org/x> FILTER(?s < 3) }",
        "SELECT * WHERE { ?s ?p 'SERVICE <x> FROM' } # INSERT DATA",
        "SELECT * WHERE { VALUES (?s ?p) { (<http://e.org/s> <http://e.org/o#from>) } ?s ?p ?o }",
        "SELECT * WHERE { ?s <http://e.org/services/housing> ?o }",
        "PREFIX p: <http://e.org/#>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "DESCRIBE ?s WHERE { ?s ?p ?o }",
    ],
)
def test_a_plain_query_is_read_without_the_token_loop(query):
    plain = sparql._plain(query)
    assert plain is not None and plain == _scanned(query) == guard(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM <x> WHERE {}",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> {} }",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o < <http://e.org/a#b>) }",
        "SELECT * WHERE { ?s ?p ?o } #\nFROM <g>",
        "SELECT * WHERE { ?s ?p 'unclosed\nSERVICE <http://127.0.0.1:9/> {} }",
        'SELECT * WHERE { ?s ?p "\\u0053ERVICE" }',
        "SELECT:x ?s WHERE {}",
        "ASK",
        "  # comment\nASK {}",
        "INSERT DATA { <a> <b> <c> }",
    ],
)
def test_anything_the_token_loop_looks_for_takes_the_loop(query):
    assert sparql._plain(query) is None


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(["", " "]), st.booleans())
def test_the_plain_reading_never_differs_from_the_token_loop(pieces, glue, prologue):
    text = (PROLOGUE if prologue else "") + glue.join(pieces)
    plain = sparql._plain(text)
    if plain is not None:
        assert plain == _scanned(text)
