"""The store behind a remote SPARQL 1.1 endpoint: the second implementation of :class:`GraphStore`.

``Settings.store`` names the query endpoint as ``sparql+http://host:port/path`` (or ``sparql+https://``).
Reads use the SPARQL 1.1 Protocol (``POST`` of ``query=`` to the query endpoint, never ``update=``);
a build uses the Graph Store Protocol (one ``PUT`` per named graph) and SPARQL 1.1 Update (``DROP``
of the graphs of documents no longer there). The update and graph-store endpoints are the settings
``store_update`` and ``store_gsp``; when not given they are derived from Oxigraph's layout
(``…/query`` -> ``…/update`` and ``…/store``). A query string on the store URL is sent with every
query (``?union-default-graph`` for an Oxigraph server started without ``--union-default-graph``,
``?timeout=30`` for Fuseki or GraphDB).

What the endpoint must do: named graphs, with the default graph the union of them (checked once,
a clear :class:`~graph.errors.StoreError` otherwise); GSP ``PUT`` for ``pgraph ingest``;
SPARQL Update ``DROP GRAPH`` when a re-ingest drops a document.

A build ends by writing a marker graph ``<base>build`` holding the build id; the name index of
:mod:`graph.search` is cached on that id, and the marker is left out of :meth:`RemoteStore.quads`,
:meth:`RemoteStore.quad_count` and :meth:`RemoteStore.graph_names`, so both stores count the same.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from .errors import (
    QueryError,
    QueryRefused,
    QuerySyntax,
    QueryTimeout,
    QueryTooLarge,
    StoreError,
    StoreMissing,
)
from .namespaces import DCTERMS, sparql_prefixes
from .store import BuildMemo, Dataset, Row, T

SCHEMES = ("sparql+http://", "sparql+https://")
RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
_CANCELLED = ("cancelled", "canceled", "timeout", "timed out", "time limit")
_IDENTIFIER = ox.NamedNode(DCTERMS + "identifier")
_CONTENTS = ox.NamedNode(DCTERMS + "tableOfContents")  # the build's manifest, on the marker


def is_remote(store: str) -> bool:
    """Whether ``store`` names a SPARQL endpoint rather than a directory."""
    return store.startswith(SCHEMES)


def endpoints(store: str, update: str | None = None, gsp: str | None = None) -> tuple[str, str, str, dict]:
    """(query URL, update URL, graph-store URL, extra query parameters) of a ``sparql+http(s)://`` store.

    >>> endpoints("sparql+http://127.0.0.1:7878/query?union-default-graph")[:3]
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    """
    if not is_remote(store):
        raise StoreError(f"not a SPARQL endpoint: {store!r} (expected sparql+http://host:port/path)")
    parts = urlsplit(store[len("sparql+") :])
    if not parts.hostname:
        raise StoreError(f"no host in the store URL {store!r}")
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    query = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))
    head, _, last = query.rpartition("/")
    if update is None:
        update = f"{head}/update" if last == "query" else query
    if gsp is None:
        gsp = f"{head}/store" if last == "query" else ""  # unknown layout: a build asks for store_gsp
    return query, update, gsp, params


class RemoteStore:
    """A :class:`~graph.store.GraphStore` over HTTP: every call is one or two requests to the endpoint.

    ``timeout`` bounds each query (the HTTP read timeout); a server's own timeout, however it
    reports it (an error status, or an answer cut short with "cancelled"), is a QueryTimeout too.
    ``transport`` is httpx's, for tests (``httpx.MockTransport``).
    """

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        base: str,
        timeout: float = 30.0,
        write_timeout: float = 600.0,
        params: dict[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ):
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.gsp_url = gsp_url or ""
        self.base = base
        self.marker = ox.NamedNode(base + "build")
        self.params = dict(params or {})
        self.timeout = timeout
        self.write_timeout = write_timeout
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
            headers={"User-Agent": "partnership-graph"},
        )
        self._union_checked = False  # set once the endpoint showed a union default graph
        self._memo = BuildMemo()

    @classmethod
    def from_settings(cls, settings, **kwargs) -> RemoteStore:
        query, update, gsp, params = endpoints(settings.store, settings.store_update, settings.store_gsp)
        return cls(
            query,
            update_url=update,
            gsp_url=gsp,
            base=settings.base_iri,
            timeout=settings.query_timeout,
            params=params,
            **kwargs,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({shown(self.query_url)!r})"

    # ------------------------------------------------------------ HTTP

    def _send(self, method: str, url: str, what: str, **kwargs) -> httpx.Response:
        """One request; transport failures and error statuses become domain errors."""
        if not url:
            raise StoreError(
                f"no endpoint for {what}: set store_gsp / store_update for {shown(self.query_url)}"
            )
        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.TimeoutException as err:
            raise QueryTimeout(f"the SPARQL endpoint did not answer {what} within its time limit") from err
        except httpx.HTTPError as err:
            raise StoreError(
                f"cannot reach the SPARQL endpoint at {shown(url)}: {type(err).__name__}"
            ) from err
        if response.is_success:
            return response
        raise _error_of(response, url, what)

    def _post_query(self, query: str, accept: str) -> httpx.Response:
        return self._send(
            "POST",
            self.query_url,
            "a query",
            data={**self.params, "query": query},
            headers={"Accept": accept},
        )

    def _query(self, query: str, accept: str) -> httpx.Response:
        if not self._union_checked:
            self._check_union()
        return self._post_query(query, accept)

    def _check_union(self) -> None:
        """Our queries read the default graph as the union of the named graphs: refuse to run otherwise."""
        if not _results(self._post_query("ASK { ?s ?p ?o }", RESULTS_JSON)):
            if _results(self._post_query("ASK { GRAPH ?g { ?s ?p ?o } }", RESULTS_JSON)):
                raise StoreError(
                    f"the default graph of {shown(self.query_url)} is not the union of its named graphs: "
                    "start Oxigraph with --union-default-graph (or add ?union-default-graph to the store URL), "
                    "set unionDefaultGraph in Fuseki, or see the README for other servers"
                )
            return  # empty: check again once something is there
        self._union_checked = True

    # ------------------------------------------------------------ GraphStore

    def select(self, query: str) -> list[Row]:
        return self._select(query, self._query)

    def _select(self, query: str, send) -> list[Row]:
        result = _results(send(query, RESULTS_JSON))
        if isinstance(result, bool):
            raise QueryError("expected a SELECT query, got an ASK answer")
        names, solutions = result
        return [{n: v for n, v in zip(names, s, strict=True) if v is not None} for s in solutions]

    def ask(self, query: str) -> bool:
        return bool(_results(self._query(query, RESULTS_JSON)))

    def construct(self, query: str) -> list[ox.Triple]:
        return _triples(self._query(query, N_TRIPLES))

    def raw_query(self, query: str, dataset: Dataset | None = None):
        """A pyoxigraph result object (QuerySolutions, QueryBoolean or QueryTriples) for ``query``, the
        project's prefixes declared. The endpoint's default graph is already the union; other graphs
        cannot be chosen (:class:`~graph.errors.QueryRefused`): ``GRAPH`` in the query reads one."""
        if dataset is not None:
            raise QueryRefused("graphs cannot be chosen over a remote store: use GRAPH in the query")
        response = self._query(sparql_prefixes() + query, f"{RESULTS_JSON}, {N_TRIPLES};q=0.9")
        if _media_type(response) in (N_TRIPLES, "text/plain"):
            # pyoxigraph has no public constructor for QueryTriples: one comes from a store in memory
            memory = ox.Store()
            memory.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in _triples(response))
            return memory.query("CONSTRUCT WHERE { ?s ?p ?o }")
        _results(response)  # read it all once: a truncated answer fails here, as a domain error
        return _parse_results(response)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad, one named graph at a time (a GSP ``GET`` each)."""
        for name in self.graph_names():
            graph = ox.NamedNode(name)
            for triple in self.graph_triples(name):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)

    def graph_triples(self, name: str) -> list[ox.Triple]:
        response = self._send(
            "GET", self.gsp_url, f"graph {name}", params={"graph": name}, headers={"Accept": N_TRIPLES}
        )
        return _triples(response)

    def quad_count(self) -> int:
        rows = self._select(  # names its graphs: no need for the union default graph
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != " + str(self.marker) + ") }",
            self._post_query,
        )
        return int(rows[0]["n"].value) if rows else 0

    def graph_names(self) -> list[str]:
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", self._post_query)
        return sorted(r["g"].value for r in rows if r["g"] != self.marker)

    def build_id(self) -> str:
        """The id the last complete build wrote into the marker graph (the name-index cache key)."""
        query = (
            "SELECT ?id WHERE { GRAPH "
            + str(self.marker)
            + " { "
            + str(self.marker)
            + " "
            + str(_IDENTIFIER)
            + " ?id } }"
        )
        found = [row["id"].value for row in self._select(query, self._post_query) if "id" in row]
        if not found:
            raise StoreMissing(f"no build at {shown(self.query_url)}: run 'pgraph ingest' first")
        return min(found)

    # ------------------------------------------------------------ writes (pgraph ingest only)

    def put_graph(self, name: str, triples: Iterable[ox.Triple], *, replace: bool = True) -> int:
        """Replace one named graph with ``triples`` in ONE request (GSP ``PUT``): a failure leaves the
        old graph. With ``replace=False``, add them to it (GSP ``POST``)."""
        body = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""
        self._send(
            "PUT" if replace else "POST",
            self.gsp_url,
            f"the upload of graph {name}",
            params={"graph": name},
            content=body,
            headers={"Content-Type": N_TRIPLES},
            timeout=self.write_timeout,
        )
        return body.count(b"\n")

    def drop_graphs(self, names: Iterable[str]) -> None:
        """Drop named graphs with one SPARQL Update request (the IRIs are checked terms)."""
        drops = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(n)}" for n in names)
        if drops:
            self._send(
                "POST",
                self.update_url,
                "an update",
                data={"update": drops},
                timeout=self.write_timeout,
            )

    def write_marker(self, build: str, manifest: str | None = None) -> None:
        """The marker graph: the build id, and the build's list of documents (JSON) when given."""
        triples = [ox.Triple(self.marker, _IDENTIFIER, ox.Literal(build))]
        if manifest is not None:
            triples.append(ox.Triple(self.marker, _CONTENTS, ox.Literal(manifest)))
        self.put_graph(self.marker.value, triples)

    def manifest(self) -> str | None:
        """The list of documents (JSON) the last build wrote into the marker graph; None for a build
        without one, :class:`~graph.errors.StoreMissing` when nothing was built."""
        query = (
            "SELECT ?m WHERE { GRAPH "
            + str(self.marker)
            + " { "
            + str(self.marker)
            + " "
            + str(_CONTENTS)
            + " ?m } }"
        )
        found = [row["m"].value for row in self._select(query, self._post_query) if "m" in row]
        if found:
            return found[0]
        self.build_id()  # StoreMissing when there is no build at all
        return None

    def write_build(self, quads: Iterable[ox.Quad], manifest: str | None = None) -> int:
        """Write a build: every named graph of ``quads`` with one GSP ``PUT`` each, the graphs under
        ``<base>graph/`` no longer there dropped, then the marker with a new build id (and ``manifest``).
        A failure midway leaves the previous marker. Re-writing the same quads gives the same graphs."""
        written: set[str] = set()
        total = 0
        for name, triples in _graph_runs(quads):
            self.put_graph(name, triples, replace=name not in written)  # back later in the stream: add
            written.add(name)
            total += len(triples)
        prefix = self.base + "graph/"
        self.drop_graphs(g for g in self.graph_names() if g.startswith(prefix) and g not in written)
        self.write_marker(new_build_id(), manifest)
        return total

    def per_build(self, key, load: Callable[[], T]) -> T:
        return self._memo.get(self.build_id, key, load)


def shown(url: str) -> str:
    """``url`` without a user name or password, for messages and logs."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[1], parts.path, parts.query, ""))


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _cancelled(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _CANCELLED)


def _parse_results(response: httpx.Response) -> ox.QuerySolutions | ox.QueryBoolean:
    return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)


def _results(response: httpx.Response) -> tuple[list[str], list[ox.QuerySolution]] | bool:
    """SPARQL JSON results read in full: (variables, solutions), or the boolean of an ASK.

    An answer cut short by the server's timeout ("cancelled" in place of the rest) is a QueryTimeout.
    """
    try:
        result = _parse_results(response)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return [v.value for v in result.variables], list(result)
    except (SyntaxError, ValueError) as err:
        raise _unreadable(response, err) from None


def _triples(response: httpx.Response) -> list[ox.Triple]:
    try:
        return [q.triple for q in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)]
    except (SyntaxError, ValueError) as err:
        raise _unreadable(response, err) from None


def _unreadable(response: httpx.Response, err: Exception) -> Exception:
    if _cancelled(response.content[-300:].decode("utf-8", "replace")):
        return QueryTimeout("the SPARQL endpoint stopped the query at its time limit")
    return StoreError(f"the SPARQL endpoint sent an unreadable answer: {err}")


def _error_of(response: httpx.Response, url: str, what: str) -> Exception:
    """The domain error for an error status of the endpoint."""
    status = response.status_code
    text = response.text[:500].strip()
    url = shown(url)
    if status in (408, 503, 504) or (status >= 500 and _cancelled(text)):
        return QueryTimeout(f"the SPARQL endpoint stopped {what} at its time limit")
    if status == 400:
        return QuerySyntax(text or "the SPARQL endpoint rejected the query")
    if status == 413 or status == 414:
        return QueryTooLarge("the SPARQL endpoint refused a request this large")
    if status == 404 and what.startswith("graph "):
        return StoreMissing(f"no {what} at {url}")
    if status in (401, 403):
        return StoreError(f"the SPARQL endpoint at {url} refused {what} ({status}): check its access rights")
    return StoreError(f"the SPARQL endpoint at {url} failed {what} with HTTP {status}: {text[:200]}")


# ---------------------------------------------------------------- build


def new_build_id() -> str:
    return f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:12]}"


def _graph_runs(quads: Iterable[ox.Quad]) -> Iterator[tuple[str, dict[ox.Triple, None]]]:
    """The quads of a build as runs of one graph each: (graph IRI, its distinct triples)."""
    name: str | None = None
    run: dict[ox.Triple, None] = {}
    for quad in quads:
        graph = quad.graph_name.value
        if graph != name:
            if name is not None:
                yield name, run
            name, run = graph, {}
        run[ox.Triple(quad.subject, quad.predicate, quad.object)] = None
    if name is not None:
        yield name, run
