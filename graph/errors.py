"""Domain errors of the graph layer, mapped to HTTP answers in one handler (``api/errors.py``).

PgraphError
├── NotFound          an entity, document or graph that does not exist (404)
├── BadRequest        a parameter the query layer cannot use (422)
├── StoreError
│   ├── StoreMissing  nothing has been built yet (503)
│   └── StoreBusy     another build holds the writer lock (409)
└── QueryError
    ├── QuerySyntax   the SPARQL parser rejected the query (400)
    ├── QueryRefused  the query asks for something the endpoint never does (403)
    ├── QueryTooLarge the query is too long or too deeply nested (400/413)
    ├── QueryTimeout  the deadline passed (503)
    ├── TooManyRows   the answer is over the row cap (503)
    ├── NotAcceptable no format the client accepts carries the answer (406)
    ├── BadGraph      a graph name that is not one of this store's graphs (400)
    ├── EndpointBusy  every query worker stayed busy for the whole wait (503)
    └── QueryFailed   the query stopped its worker without an answer (503)
"""


class PgraphError(Exception):
    """Base of every error this project raises on purpose."""


class NotFound(PgraphError):
    """Something asked for by id does not exist."""


class BadRequest(PgraphError):
    """A parameter that cannot be used."""


class StoreError(PgraphError):
    """The store cannot serve the request."""


class StoreMissing(StoreError):
    """No build exists yet."""


class StoreBusy(StoreError):
    """Another writer holds the store."""


class QueryError(PgraphError):
    """A SPARQL query that cannot be answered."""


class QuerySyntax(QueryError):
    """The parser rejected the query; the message is the parser's."""


class QueryRefused(QueryError):
    """Updates, SERVICE, LOAD and remote FROM are never run."""


class QueryTooLarge(QueryError):
    """Too long or too deeply nested to parse safely."""


class QueryTimeout(QueryError):
    """The query ran past its deadline and was stopped."""


class TooManyRows(QueryError):
    """More rows than the row cap."""


class NotAcceptable(QueryError):
    """No format the client accepts can carry this kind of answer."""


class BadGraph(QueryError):
    """A graph name that is not one of this store's graphs: remote graphs are never fetched."""


class EndpointBusy(QueryError):
    """Every query worker stayed busy for the whole wait (try again)."""


class QueryFailed(QueryError):
    """The query stopped its worker without an answer: out of memory or a crash."""
