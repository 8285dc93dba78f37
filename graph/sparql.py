"""The SPARQL endpoint's guard, execution and serialisation, and the analysts' canned queries.

A query text goes through three gates before pyoxigraph runs it:

1. :func:`check_size`: bracket depth and length, counted on the raw text before any parser sees
   it (pyoxigraph crashes the process at about 10,000 nested brackets);
2. :func:`inspect`: the query's tokens, read in microseconds with strings, IRIs and comments skipped.
   Updates (``INSERT``, ``DROP``, ``LOAD``…) and ``SERVICE`` in any form are refused;
   ``FROM``/``FROM NAMED`` may only name this store's own graphs. Syntax is left to pyoxigraph,
   whose parse error is the 400's message;
3. :func:`negotiate`: the answer's format from the ``Accept`` header, before anything runs.

:func:`answer` then runs the query and serialises at most ``row_cap`` rows or triples with
pyoxigraph's own serialisers; one more is :class:`~graph.errors.TooManyRows`, never a cut answer.
Deadlines are kept by :mod:`graph.workers`, which runs :func:`answer` in processes it can kill: the
one way the product runs a SPARQL text (``/sparql``, the canned queries, ``pgraph query``).

The default graph is the union of every graph of the store (the document graphs and the ontology);
each document's graph is named ``<base>graph/<document slug>`` and can be queried with ``GRAPH``.
The project's prefixes (``pg:``, ``org:``, ``skos:``…) are declared for every query.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import pyoxigraph as ox

from .errors import (
    BadGraph,
    BadRequest,
    NotAcceptable,
    QueryError,
    QueryRefused,
    QuerySyntax,
    QueryTooLarge,
    TooManyRows,
)
from .namespaces import DEFAULT_BASE, PREFIXES, RDF
from .queries import bind
from .search import ID_RE
from .store import Dataset, GraphStore

# ---------------------------------------------------------------- formats and negotiation


@dataclass(frozen=True)
class Format:
    """One serialisation: the media types that select it and the one its answer is sent as."""

    name: str
    media_type: str
    accepts: tuple[str, ...]
    results: ox.QueryResultsFormat | None = None
    rdf: ox.RdfFormat | None = None


RESULT_FORMATS = (
    Format(
        "json",
        "application/sparql-results+json",
        ("application/sparql-results+json", "application/json"),
        results=ox.QueryResultsFormat.JSON,
    ),
    Format(
        "xml",
        "application/sparql-results+xml",
        ("application/sparql-results+xml", "application/xml", "text/xml"),
        results=ox.QueryResultsFormat.XML,
    ),
    Format("csv", "text/csv; charset=utf-8", ("text/csv",), results=ox.QueryResultsFormat.CSV),
    Format(
        "tsv",
        "text/tab-separated-values; charset=utf-8",
        ("text/tab-separated-values",),
        results=ox.QueryResultsFormat.TSV,
    ),
)
GRAPH_FORMATS = (
    Format(
        "turtle",
        "text/turtle; charset=utf-8",
        ("text/turtle", "application/x-turtle", "application/turtle"),
        rdf=ox.RdfFormat.TURTLE,
    ),
    Format(
        "ntriples",
        "application/n-triples",
        ("application/n-triples", "text/plain"),
        rdf=ox.RdfFormat.N_TRIPLES,
    ),
    Format(
        "jsonld", "application/ld+json", ("application/ld+json", "application/json"), rdf=ox.RdfFormat.JSON_LD
    ),
    Format(
        "rdfxml",
        "application/rdf+xml",
        ("application/rdf+xml", "application/xml", "text/xml"),
        rdf=ox.RdfFormat.RDF_XML,
    ),
)
FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``(media range, q)`` pairs of an ``Accept`` header; malformed entries are skipped."""
    ranges = []
    for part in (header or "").split(","):
        media, *params = (p.strip() for p in part.split(";"))
        media = media.lower()
        if media.count("/") != 1:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q the most specific matching range gives ``media`` (0 when none matches)."""
    kind = media.split("/")[0]
    best, best_rank = 0.0, -1
    for rng, q in ranges:
        rank = 3 if rng == media else 2 if rng == f"{kind}/*" else 1 if rng == "*/*" else -1
        if rank > best_rank:
            best, best_rank = q, rank
    return best if best_rank >= 0 else 0.0


def negotiate(offers: Sequence[Format], accept: str | None) -> Format:
    """The offer the client prefers; the first offer when it states no preference."""
    ranges = parse_accept(accept)
    if not accept or not accept.strip():
        return offers[0]
    scored = [(max(quality(m, ranges) for m in f.accepts), -i, f) for i, f in enumerate(offers)]
    q, _, best = max(scored, key=lambda s: s[:2])
    if q <= 0:
        names = ", ".join(f.media_type.split(";")[0] for f in offers)
        raise NotAcceptable(f"cannot answer in any format the Accept header allows; offered: {names}")
    return best


def offers_for(form: str) -> tuple[Format, ...]:
    """The formats an answer of a query form (SELECT, ASK, CONSTRUCT, DESCRIBE) can take."""
    return RESULT_FORMATS if form in ("SELECT", "ASK") else GRAPH_FORMATS


# ---------------------------------------------------------------- the guard


@dataclass(frozen=True)
class Inspected:
    """What the inspector learnt of a query: its form and the graphs its dataset clause names."""

    form: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


_BRACKETS = re.compile(r"[^(){}\[\]]+")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# The lexical level of SPARQL, as far as the guard needs it. Each token kind is at most as long as
# the grammar's (never longer), so no keyword the parser sees can hide inside a token of ours; what
# the grammar would lex as a longer token becomes more, shorter tokens of ours (at worst a refusal).
_LOCAL = r"(?:[\w:\-]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_STRING = r"""\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
        |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'"""
_IRI = r"""<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>"""
_TOKEN = re.compile(
    r"""(?:\s|\#[^\n\r]*)*  # space and comments, skipped in the same step as the token after them
    (?:(?P<var>[?$]\w+)
    |(?P<string>"""
    + _STRING
    + r""")
    |(?P<iri>"""
    + _IRI
    + r""")
    |(?P<pname>(?:[^\W\d](?:[\w.\-]*[\w\-])?)?:(?:"""
    + _LOCAL
    + r"""(?:(?:"""
    + _LOCAL
    + r"""|\.)*"""
    + _LOCAL
    + r""")?)?)
    |(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    |(?P<word>[A-Za-z0-9_]+)
    |(?P<other>.)|$)""",
    re.VERBOSE | re.DOTALL,
)
# A run of plain 'PREFIX p: <iri>' lines at the start (no comments, no escapes): the tokens above read
# it as the word PREFIX, a prefixed name and an IRI each time, so one match of this (linear: each
# repeat begins with the keyword) stands for that stretch of the token loop.
_PREFIX_DECL = r"\s*PREFIX\s+((?:[^\W\d](?:[\w.\-]*[\w\-])?)?):\s*<([^<>\"{}|^`\\\x00-\x20]*)>"
_PREFIXES_HEAD = re.compile(f"(?:{_PREFIX_DECL})+", re.IGNORECASE)
_PREFIX_ONE = re.compile(_PREFIX_DECL, re.IGNORECASE)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATE_WORDS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
    "USING",
}
# The plain reading (:func:`_plain`), for a text with no backslash (no escapes): then no token of the
# loop but a string, an IRI or a comment holds a quote, '<' or '#', so a search for these three (their
# patterns above, without the escapes) finds the very spans the loop skips; what is left (the
# skeleton) holds every word the loop reads.
_SKIPPED = re.compile(
    r"""(?P<string>\"\"\"(?:[^"]|"(?!""))*+\"\"\"|'''(?:[^']|'(?!''))*+'''|"[^"\n\r]*+"|'[^'\n\r]*+')"""
    r"""|(?P<iri><[^<>"{}|^`\\\x00-\x20]*+>)|\#[^\n\r]*+"""
)
_WORD_RUN = re.compile(r"[A-Za-z0-9_]+")  # the loop's words are these runs (ASCII)
# words the loop refuses or reads a dataset from (and SERVICE, refused in any run of letters)
_RISKY_WORDS = frozenset(_UPDATE_WORDS | {"FROM", "BASE", "PREFIX", "SERVICE"})
_FORM_FIRST = re.compile(r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)(?=[\s*?$({])", re.IGNORECASE | re.ASCII)
# a VALUES data block of the skeleton, where the loop never takes '<' for "less than": the word VALUES
# where the loop reads it as a word (between a space or bracket and a space, bracket or variable: not
# in a prefixed name or language tag), then its first '{' to the next '}'
_VALUES_BLOCK = re.compile(
    r"(?:^|(?<=[\s(){};,\x00]))VALUES(?=[\s({?$])[^{\x00]*\{(?:(?!VALUES)[^{}])*\}", re.IGNORECASE | re.ASCII
)
_UNDECIDED = "\x00"  # stands in the skeleton for an IRI holding a quote or '#'
# After one of these inside brackets, '<' starts an IRI; after anything else there it may be "less than".
_BEFORE_OPERAND = {"(", ",", "=", "!", "<", ">", "&", "|", "+", "-", "*", "/", "^"}
_UPDATES = {
    "InsertData",
    "DeleteData",
    "DeleteWhere",
    "Modify",
    "Load",
    "Clear",
    "Drop",
    "Create",
    "Add",
    "Move",
    "Copy",
}
_SERVICES = {"ServiceGraphPattern", "Service"}
_REFUSED_UPDATE = "updates are not accepted: this endpoint is read-only"
_REFUSED_SERVICE = "SERVICE is not allowed: this endpoint never queries other endpoints"


def check_size(text: str, max_length: int, max_nesting: int) -> None:
    """Refuse what could crash a parser: brackets nested too deeply, or a text too long.

    Depth is counted first, over every bracket in the text (strings included), so 10,000 nested
    parentheses are "too deeply nested" whatever their length.
    """
    depth = deepest = 0
    for char in _BRACKETS.sub("", text):
        if char in "({[":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    if deepest > max_nesting:
        raise QueryTooLarge(f"query is too deeply nested (more than {max_nesting} levels of brackets)")
    if len(text) > max_length:
        raise QueryTooLarge(f"query is longer than {max_length} characters")


class _Ambiguous(Exception):
    """A '<…>' that could be an IRI or "less than", holding a quote or '#' that would change what follows."""


@dataclass
class _Scan:
    """What one pass over a query's tokens found."""

    form: str | None = None
    service: bool = False
    update: bool = False
    from_default: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)
    base: str | None = None


def _scan(text: str, strict: bool) -> _Scan:
    """One pass over ``text``: strings, IRIs and comments are skipped, words are looked at.

    ``strict`` raises :class:`_Ambiguous` for a '<…>' inside brackets after an operand (where the
    grammar may mean "less than") whose text holds a quote or a '#'; anywhere else '<…>' is an IRI,
    as it is in a VALUES data block (no expressions there: ``VALUES (?s ?p) { (<a#b> <c#d>) }``).
    """
    found = _Scan()
    depth = 0
    values = 0  # 1: after VALUES, 2: inside its data block, where there are no expressions, so no "<"
    last = ""  # the previous significant token: an 'other' character, or its kind
    pending: list[str] = []  # keywords whose IRI or prefixed name comes next (FROM [NAMED], PREFIX p:, BASE)
    start = 0
    head = _PREFIXES_HEAD.match(text)
    if head:  # the usual prologue, read in one step
        found.prefixes.update(_PREFIX_ONE.findall(head.group()))
        start, last = head.end(), "iri"
    for match in _TOKEN.finditer(text, start):
        kind = match.lastgroup
        if kind is None:  # the end of the text, after space or a comment
            continue
        value = match.group(kind)
        if kind == "iri":
            if (
                strict
                and depth
                and values != 2
                and last not in _BEFORE_OPERAND
                and ("'" in value or "#" in value)
            ):
                raise _Ambiguous(value)
            _dataset_term(found, pending, value[1:-1], iri=True)
        elif kind == "pname":
            _dataset_term(found, pending, value, iri=False)
        elif kind == "word":
            upper = value.upper()
            if "SERVICE" in upper:  # anywhere in a run of letters: 'trueSERVICE' is 'true' 'SERVICE'
                found.service = True
            if upper in _UPDATE_WORDS:
                found.update = True
            if found.form is None and upper in _FORMS:
                found.form = upper
            if upper == "VALUES":
                values = 1
            if upper == "FROM":
                pending = ["FROM"]
            elif upper == "NAMED" and pending == ["FROM"]:
                pending = ["FROM", "NAMED"]
            elif upper in ("PREFIX", "BASE"):
                pending = [upper]
            else:
                pending = []
        elif kind == "other":
            pending = pending if value == ":" else []
            if value == "(":
                depth += 1
            elif value == ")":
                depth -= 1
            elif value == "{" and values == 1:
                values = 2
            elif value == "}" and values == 2:
                values = 0
        else:
            pending = []
        last = value if kind == "other" else kind
    return found


def _dataset_term(found: _Scan, pending: list[str], term: str, iri: bool) -> None:
    """Record the IRI or prefixed name after FROM, FROM NAMED, PREFIX p: or BASE."""
    if not pending:
        return
    head = pending[0]
    if head == "PREFIX" and not iri and term.endswith(":") and len(pending) == 1:
        pending.append(term[:-1])  # the prefix being declared; its IRI comes next
        return
    if iri:
        term = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), term)
    if head == "PREFIX" and iri and len(pending) == 2:
        found.prefixes[pending[1]] = term
    elif head == "BASE" and iri:
        found.base = term
    elif head == "FROM":
        if not iri:
            prefix, _, local = term.partition(":")
            known = found.prefixes.get(prefix, PREFIXES.get(prefix))
            term = (known or f"{prefix}:") + re.sub(r"\\(.)", r"\1", local)
        elif found.base and not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", term):
            term = urljoin(found.base, term)
        (found.from_named if pending[-1] == "NAMED" else found.from_default).append(term)
    pending.clear()


def local_graph(iri: str, graph_base: str) -> str:
    """``iri`` when it names one of this store's graphs (under ``graph_base``), else :class:`BadGraph`."""
    if not iri.startswith(graph_base) or len(iri) == len(graph_base):
        raise BadGraph(f"<{iri}> is not a graph of this store: graph names start with {graph_base}")
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise BadGraph(f"<{iri}> is not a valid IRI") from None
    return iri


def inspect(text: str, graph_base: str) -> Inspected:
    """The form and dataset of a read-only query, or an error: never runs anything, costs microseconds.

    Reads the query's tokens (strings, IRIs and comments skipped, so a word inside a literal is not
    refused): :class:`~graph.errors.QueryRefused` for an update or ``SERVICE`` (found in any run of
    letters, and in the text with its ``\\u`` escapes expanded as SPARQL 1.1 section 19.2 reads
    them), :class:`BadGraph` for ``FROM``/``FROM NAMED`` naming a graph outside this store. Syntax is
    pyoxigraph's to judge when the query runs (:func:`run_raw`). A '<…>' the tokens alone cannot
    place (an IRI or "less than", holding a quote or '#') is settled by :func:`inspect_parsed`, a
    recursive parser that needs the deep stack of a query worker (:mod:`graph.workers`) for a query
    nested deeper than a few levels: elsewhere such a query is :class:`~graph.errors.QueryTooLarge`.
    """
    try:
        return _inspect_tokens(text, graph_base)
    except _Ambiguous:
        try:
            return inspect_parsed(text, graph_base)
        except RecursionError:
            raise QueryTooLarge(
                "query is too deeply nested to read: send it to the SPARQL endpoint"
            ) from None


def _inspect_tokens(text: str, graph_base: str) -> Inspected:
    """:func:`inspect` by the tokens alone; :class:`_Ambiguous` when they leave a '<' undecided."""
    if not text.strip():
        raise QuerySyntax("empty query")
    return _plain(text) or _inspect_scanned(text, graph_base)


def _plain(text: str) -> Inspected | None:
    """What the token loop reads of a query with no escape, that opens with its form (after plain
    PREFIX lines) and holds no word the loop looks for outside its strings, IRIs and comments, read by
    a few regular-expression steps instead (a who-owns text: 12 µs, not 60); None for any other text.

    An IRI holding a quote or '#' is allowed only in a VALUES data block (elsewhere inside brackets
    the loop may take its '<' for "less than" and settle the query by the recursive parser)."""
    head = _PREFIXES_HEAD.match(text)
    start = head.end() if head else 0
    form = _FORM_FIRST.match(text, start)
    if form is None or "\\" in text or _UNDECIDED in text:
        return None
    skeleton = _SKIPPED.sub(_skeleton_of, text[start:])
    words = " ".join(_WORD_RUN.findall(skeleton)).upper()
    if "SERVICE" in words or not _RISKY_WORDS.isdisjoint(words.split()):
        return None
    if _UNDECIDED in skeleton and _UNDECIDED in _VALUES_BLOCK.sub(" ", skeleton):
        return None
    return Inspected(form.group(1).upper())


def _skeleton_of(match: re.Match) -> str:
    iri = match.group("iri")
    return _UNDECIDED if iri and ("'" in iri or "#" in iri) else " "


def _inspect_scanned(text: str, graph_base: str) -> Inspected:
    """:func:`_inspect_tokens` by the token loop."""
    try:
        scans = [_scan(text, strict=True)]
        if "\\u" in text or "\\U" in text:
            expanded = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
            scans.append(_scan(expanded, strict=True))
    except ValueError:  # a \U escape naming no character
        raise QuerySyntax("syntax error: a \\U escape names no character") from None
    if any(s.service for s in scans):
        raise QueryRefused(_REFUSED_SERVICE)
    if any(s.update for s in scans):
        raise QueryRefused(_REFUSED_UPDATE)
    found = scans[0]
    default = tuple(local_graph(g, graph_base) for g in found.from_default)
    named = tuple(local_graph(g, graph_base) for g in found.from_named)
    return Inspected(found.form or _form_of_unreadable(text), default, named)


def _form_of_unreadable(text: str) -> str:
    """pyoxigraph's syntax error for a text with no SELECT, ASK, CONSTRUCT or DESCRIBE in it (no such
    text parses, so nothing runs: it is parsed against an empty store only for the parser's message)."""
    try:
        result = ox.Store().query(text, prefixes=dict(PREFIXES))
    except SyntaxError as err:
        raise QuerySyntax(syntax_message(err, text)) from None
    return (
        "ASK"
        if isinstance(result, ox.QueryBoolean)
        else "CONSTRUCT"
        if isinstance(result, ox.QueryTriples)
        else "SELECT"
    )


_AT = re.compile(r"error at (\d+):(\d+)")


def syntax_message(err: SyntaxError, text: str = "") -> str:
    """pyoxigraph's parse error as the 400's message, with the text around the place it names:
    ``syntax error at LINE:COLUMN: expected …, near "…"``."""
    message = str(err)
    at = _AT.match(message)
    if not at:
        return f"syntax error: {message}"
    lines = text.splitlines() or [""]
    line, column = int(at.group(1)), int(at.group(2))
    near = lines[line - 1][max(0, column - 16) : column + 16].strip() if 0 < line <= len(lines) else ""
    return f"syntax {message}" + (f', near "{near}"' if near else "")


def _nodes(root) -> Iterator:
    """Every node of an rdflib parse tree or algebra, without recursion."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if id(node) in seen:
                continue
            seen.add(id(node))
            yield node
            stack.extend(dict.values(node))
        elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


def _names(root) -> set[str]:
    return {node.name for node in _nodes(root)}


def inspect_parsed(text: str, graph_base: str) -> Inspected:
    """:func:`inspect` by rdflib's SPARQL parser (milliseconds), for the rare query whose tokens
    leave a '<' undecided. ``SERVICE`` is looked for in the parse tree and the algebra."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except ParseBaseException as err:
        try:
            is_update = bool(_names(parseUpdate(text)) & _UPDATES)
        except (ParseBaseException, ValueError):
            is_update = False
        if is_update:
            raise QueryRefused(_REFUSED_UPDATE) from None
        raise QuerySyntax(f"syntax error at {err.lineno}:{err.col}: {err.msg}, found {err.found}") from None
    except ValueError as err:  # e.g. a \u escape naming no character
        raise QuerySyntax(f"syntax error: {err}") from None
    if _names(tree) & _SERVICES:
        raise QueryRefused(_REFUSED_SERVICE)
    try:
        algebra = translateQuery(tree, initNs=PREFIXES).algebra
    except Exception as err:  # rdflib raises bare Exception for unknown prefixes and the like
        raise QuerySyntax(f"syntax error: {err}") from None
    if _names(algebra) & _SERVICES:
        raise QueryRefused(_REFUSED_SERVICE)
    default, named = [], []
    for clause in dict.get(algebra, "datasetClause") or ():  # CompValue.get answers a missing key itself
        if "default" in clause:
            default.append(local_graph(str(clause["default"]), graph_base))
        if "named" in clause:
            named.append(local_graph(str(clause["named"]), graph_base))
    if algebra.name not in FORMS:
        raise QuerySyntax(f"not a query: {algebra.name}")
    return Inspected(FORMS[algebra.name], tuple(default), tuple(named))


def graph_base(base: str | None) -> str:
    """The prefix of every graph name under ``base`` (see :meth:`graph.rdf.Minter.graph`)."""
    return (base or DEFAULT_BASE) + "graph/"


def guard(text: str, *, max_length: int, max_nesting: int, graph_base: str) -> Inspected:
    """:func:`check_size`, then :func:`inspect`: the one gate every query passes."""
    check_size(text, max_length, max_nesting)
    return inspect(text, graph_base)


def pre_guard(text: str, limits: Limits) -> Inspected | None:
    """:func:`guard` as far as the tokens go, for the server's own process (microseconds, no recursive
    parser): None for a query whose tokens leave a '<' undecided; the query worker guards it in full."""
    check_size(text, limits.max_length, limits.max_nesting)
    try:
        return _inspect_tokens(text, limits.graph_base)
    except _Ambiguous:
        return None


# ---------------------------------------------------------------- execution and serialisation


@dataclass(frozen=True)
class Limits:
    """What every query is held to (from settings)."""

    graph_base: str
    max_length: int = 20_000
    max_nesting: int = 64
    row_cap: int = 10_000
    max_bytes: int = 50_000_000

    @classmethod
    def of(cls, settings) -> Limits:
        """The limits ``settings`` (a :class:`~graph.settings.Settings`) set."""
        return cls(
            graph_base(settings.base_iri),
            max_length=settings.max_query_length,
            max_nesting=settings.max_nesting,
            row_cap=settings.row_cap,
            max_bytes=settings.sparql_max_answer_bytes,
        )


@dataclass(frozen=True)
class Job:
    """One query for :func:`answer`: the text, the client's ``Accept`` and the protocol's dataset.

    ``inspected`` is given only for the project's own canned queries, inspected once when loaded.
    """

    query: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    inspected: Inspected | None = None


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")},
        }
    raise QueryError(f"cannot serialise {type(term).__name__}")


def _size(term) -> int:
    return len(term.value) if hasattr(term, "value") else len(str(term))


def _too_many(limits: Limits, what: str) -> TooManyRows:
    return TooManyRows(
        f"the answer has more than {limits.row_cap} {what}: add LIMIT or narrow the query "
        "(nothing is sent rather than a cut answer)"
    )


def _too_big(limits: Limits) -> TooManyRows:
    return TooManyRows(f"the answer is larger than {limits.max_bytes} bytes: narrow the query")


def _solutions(result: ox.QuerySolutions, fmt: Format, limits: Limits) -> bytes:
    variables = [v.value for v in result.variables]
    bindings, size, cap = [], 0, limits.row_cap
    for n, solution in enumerate(result):
        if n >= cap:
            raise _too_many(limits, "rows")
        row = {}
        # zip over the solution, not solution[name]: a look-up by name costs ~2 µs per cell
        for v, term in zip(variables, solution, strict=True):
            if term is not None:
                row[v] = _json_term(term)
                size += _size(term)
        if size > limits.max_bytes:
            raise _too_big(limits)
        bindings.append(row)
    head = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    data = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if fmt.results == ox.QueryResultsFormat.JSON:
        return data  # already SPARQL JSON results
    # pyoxigraph serialises every other format, from the capped rows
    return ox.parse_query_results(data, ox.QueryResultsFormat.JSON).serialize(format=fmt.results)


def _triples(result: ox.QueryTriples, fmt: Format, limits: Limits) -> bytes:
    triples, size = [], 0
    for n, triple in enumerate(result):
        if n >= limits.row_cap:
            raise _too_many(limits, "triples")
        size += _size(triple.subject) + _size(triple.predicate) + _size(triple.object)
        if size > limits.max_bytes:
            raise _too_big(limits)
        triples.append(triple)
    prefixes = dict(PREFIXES) if fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)


def run_raw(store: GraphStore, text: str, inspected: Inspected, default_graphs=(), named_graphs=()):
    """pyoxigraph's result object for an inspected query: over the protocol's graphs when given, else
    the graphs of the query's ``FROM``, else the union of every graph (:class:`~graph.store.Dataset`)."""
    dataset = None
    if default_graphs or named_graphs:
        dataset = Dataset(tuple(default_graphs), tuple(named_graphs))
    elif inspected.default_graphs or inspected.named_graphs:
        dataset = Dataset()
    try:
        return store.raw_query(text, dataset)
    except SyntaxError as err:
        raise QuerySyntax(syntax_message(err, text)) from None


def execute(
    store: GraphStore, job: Job, inspected: Inspected, fmt: Format, limits: Limits
) -> tuple[Format, bytes]:
    """Run an inspected query on ``store`` and serialise its capped answer as ``fmt`` (negotiated again
    should the answer's kind not be the form the guard read)."""
    result = run_raw(store, job.query, inspected, job.default_graphs, job.named_graphs)
    if isinstance(result, ox.QueryTriples):
        fmt = fmt if fmt.rdf else negotiate(GRAPH_FORMATS, job.accept)
        return fmt, _triples(result, fmt, limits)
    fmt = fmt if fmt.results else negotiate(RESULT_FORMATS, job.accept)
    if isinstance(result, ox.QueryBoolean):
        return fmt, result.serialize(format=fmt.results)
    return fmt, _solutions(result, fmt, limits)


def answer(
    store: GraphStore, job: Job, limits: Limits, cache: dict[str, Inspected] | None = None
) -> tuple[str, bytes]:
    """``(media type, body)`` of a query's answer: guard (unless the job was guarded), negotiate, run,
    serialise. ``cache`` remembers the inspection of texts already seen."""
    inspected = job.inspected or (cache.get(job.query) if cache is not None else None)
    if inspected is None:
        inspected = guard(
            job.query,
            max_length=limits.max_length,
            max_nesting=limits.max_nesting,
            graph_base=limits.graph_base,
        )
        if cache is not None:
            if len(cache) >= 512:
                cache.pop(next(iter(cache)))
            cache[job.query] = inspected
    fmt, body = execute(store, job, inspected, negotiate(offers_for(inspected.form), job.accept), limits)
    return fmt.media_type, body


# ---------------------------------------------------------------- answers as text (pgraph query)

TEXT_FORMATS = ("json", "csv", "table")
_TEXT_ACCEPT = {
    "json": "application/sparql-results+json, text/turtle;q=0.5",
    "csv": "text/csv, text/turtle;q=0.5",
    "table": "application/sparql-results+json, text/turtle;q=0.5",
}
_PREFIX_OF = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def text_job(query: str, fmt: str) -> Job:
    """The job for a query whose answer is printed as ``fmt`` (SELECT/ASK as JSON, CSV or a text
    table; CONSTRUCT/DESCRIBE as Turtle)."""
    if fmt not in TEXT_FORMATS:
        raise BadRequest(f"format must be one of {', '.join(TEXT_FORMATS)}")
    return Job(query, _TEXT_ACCEPT[fmt])


def as_text(media_type: str, body: bytes, fmt: str) -> str:
    """A :func:`text_job`'s answer as text: the ``table`` format is drawn from the JSON results."""
    if fmt != "table" or not media_type.startswith("application/sparql-results+json"):
        text = body.decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    result = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    if isinstance(result, ox.QueryBoolean):
        return f"{bool(result)}\n".lower()
    variables = [v.value for v in result.variables]
    return _table(variables, [[_cell(s[v]) for v in variables] for s in result])


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in _PREFIX_OF:
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri) :]}"
        return f"<{term.value}>"
    return term.value if isinstance(term, ox.Literal) else str(term)


def _table(variables: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(v), *(len(r[i]) for r in rows)]) for i, v in enumerate(variables)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


# ---------------------------------------------------------------- service description

SD = "http://www.w3.org/ns/sparql-service-description#"


def service_description(store: GraphStore, endpoint: str, fmt: Format, limits: Limits) -> bytes:
    """The SPARQL service description of the endpoint at ``endpoint``, listing the store's graphs."""

    def nn(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    service, dataset, default = nn(endpoint), ox.BlankNode(), ox.BlankNode()
    a = nn(RDF + "type")
    triples = [
        ox.Triple(service, a, nn(SD + "Service")),
        ox.Triple(service, nn(SD + "endpoint"), service),
        ox.Triple(service, nn(SD + "supportedLanguage"), nn(SD + "SPARQL11Query")),
        ox.Triple(service, nn(SD + "feature"), nn(SD + "UnionDefaultGraph")),
        ox.Triple(service, nn(SD + "defaultDataset"), dataset),
        ox.Triple(dataset, a, nn(SD + "Dataset")),
        ox.Triple(dataset, nn(SD + "defaultGraph"), default),
        ox.Triple(default, a, nn(SD + "Graph")),
        ox.Triple(
            service,
            nn("http://purl.org/dc/terms/description"),
            ox.Literal(
                "Read-only SPARQL 1.1 query endpoint. The default graph is the union of all graphs. "
                f"Limits: {limits.row_cap} rows or triples per answer (more is an error), "
                f"{limits.max_length} characters and {limits.max_nesting} levels of brackets per query; "
                "no updates, SERVICE or remote graphs."
            ),
        ),
    ]
    triples += [ox.Triple(service, nn(SD + "resultFormat"), nn(f.results.iri)) for f in RESULT_FORMATS]
    triples += [ox.Triple(service, nn(SD + "resultFormat"), nn(f.rdf.iri)) for f in GRAPH_FORMATS]
    for name in store.graph_names():
        graph = ox.BlankNode()
        triples += [
            ox.Triple(dataset, nn(SD + "namedGraph"), graph),
            ox.Triple(graph, a, nn(SD + "NamedGraph")),
            ox.Triple(graph, nn(SD + "name"), nn(name)),
        ]
    prefixes = {"sd": SD, "dcterms": "http://purl.org/dc/terms/"}
    if fmt.rdf not in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        prefixes = None
    return ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)


# ---------------------------------------------------------------- canned queries


@dataclass(frozen=True)
class Param:
    """A canned query's parameter: an entity (id or IRI, the default) or ``text`` (a literal)."""

    name: str
    description: str
    kind: str = "entity"


@dataclass(frozen=True)
class Canned:
    """A query from ``ontology/queries/NAME.rq`` with its comment header."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    inspected: Inspected = field(compare=False)

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "params": [{"name": p.name, "kind": p.kind, "description": p.description} for p in self.params],
        }


QUERIES_DIR = Path(__file__).resolve().parent.parent / "ontology" / "queries"
_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*?)\s*$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\s*\((entity|text)\))?\s*(?:—|--|-)\s*(.+)$")


def parse_canned(name: str, text: str, graph_base: str) -> Canned:
    """A canned query from its text. Header lines, before the query::

        # title: Who owns an item
        # description: ... (may repeat: lines are joined)
        # param: item — an entity id or IRI           (an entity: bound as an IRI)
        # param: doc_a (text) — a document file name  (text: bound as a literal)

    Parameters are bound in place of ``#VALUES#`` (a comment when unbound, so the file runs as is).
    """
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": []}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            fields[match.group(1)].append(match.group(2))
    params = []
    for spec in fields["param"]:
        match = _PARAM.match(spec)
        if not match:
            raise BadRequest(f"{name}: bad param line {spec!r}: write '# param: name — description'")
        params.append(Param(match.group(1), match.group(3), match.group(2) or "entity"))
    if not fields["title"]:
        raise BadRequest(f"{name}: no '# title:' line")
    if params and "#VALUES#" not in text:
        raise BadRequest(f"{name}: has parameters but no #VALUES# line to bind them")
    inspected = guard(text, max_length=1_000_000, max_nesting=1_000, graph_base=graph_base)
    return Canned(name, fields["title"][0], " ".join(fields["description"]), tuple(params), text, inspected)


def load_canned(graph_base: str, directory: Path = QUERIES_DIR) -> dict[str, Canned]:
    """Every ``*.rq`` of ``directory``, by file name without ``.rq``."""
    return {
        path.stem: parse_canned(path.stem, path.read_text(encoding="utf-8"), graph_base)
        for path in sorted(Path(directory).glob("*.rq"))
    }


def param_term(param: Param, value: str, base: str) -> ox.NamedNode | ox.Literal:
    """The RDF term a parameter value becomes: an entity id or http(s) IRI, or a literal."""
    try:
        value = unicodedata.normalize("NFC", value).strip()
        if param.kind == "text":
            return ox.Literal(value)
        if value.startswith(("http://", "https://")):
            return ox.NamedNode(value)
    except (ValueError, UnicodeError):
        raise BadRequest(f"{param.name}: not a valid value") from None
    if ID_RE.fullmatch(value):
        return ox.NamedNode(base + value)
    raise BadRequest(f"{param.name}: give an entity id (as /api/v1/search returns it) or an http(s) IRI")


def bind_canned(canned: Canned, values: Mapping[str, str] | Iterable[tuple[str, str]], base: str) -> str:
    """The canned query with every parameter bound as an RDF term in a VALUES block.

    Every declared parameter must be given once; an unknown parameter is an error.
    """
    pairs = list(values.items() if isinstance(values, Mapping) else values)
    given: dict[str, str] = {}
    declared = {p.name: p for p in canned.params}
    for key, value in pairs:
        if key not in declared:
            raise BadRequest(f"{canned.name} has no parameter {key!r}")
        if key in given:
            raise BadRequest(f"{key} is given more than once")
        given[key] = value
    missing = [p.name for p in canned.params if p.name not in given]
    if missing:
        raise BadRequest(f"{canned.name} needs {', '.join(missing)}")
    if not canned.params:
        return canned.text
    return bind(canned.text, **{p.name: param_term(p, given[p.name], base) for p in canned.params})
