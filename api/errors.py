"""Every error becomes one JSON shape, ``{"error": {"code", "message"}}``, mapped here and nowhere else."""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from graph import errors as ge

log = logging.getLogger("pgraph.api")

# Most specific first: the first class in an error's MRO that is listed here decides.
STATUS_OF: dict[type[ge.PgraphError], tuple[int, str]] = {
    ge.NotFound: (404, "not_found"),
    ge.BadRequest: (422, "bad_request"),
    ge.StoreMissing: (503, "store_missing"),
    ge.StoreBusy: (409, "store_busy"),
    ge.StoreError: (503, "store_error"),
    ge.QuerySyntax: (400, "query_syntax"),
    ge.QueryRefused: (403, "query_refused"),
    ge.QueryTooLarge: (400, "query_too_large"),
    ge.QueryTimeout: (503, "query_timeout"),
    ge.TooManyRows: (503, "too_many_rows"),
    ge.NotAcceptable: (406, "not_acceptable"),
    ge.BadGraph: (400, "bad_graph"),
    ge.EndpointBusy: (503, "endpoint_busy"),
    ge.QueryFailed: (503, "query_failed"),
    ge.QueryError: (400, "query_error"),
}
HEADERS_OF: dict[type[ge.PgraphError], dict[str, str]] = {ge.EndpointBusy: {"Retry-After": "5"}}


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def is_page(request: Request) -> bool:
    """Whether ``request`` was routed to an HTML page (whose errors are pages too, never JSON)."""
    route = request.scope.get("route")
    response_class = getattr(route, "response_class", None)
    return isinstance(response_class, type) and issubclass(response_class, HTMLResponse)


ErrorPage = Callable[[Request, int, str, str], HTMLResponse]


def answer(request: Request, status: int, code: str, message: str) -> JSONResponse | HTMLResponse:
    """The error as JSON, or as a page when the request was for a page (rendered by the page
    function :func:`install` was given)."""
    error_page: ErrorPage | None = getattr(request.app.state, "error_page", None)
    if error_page is not None and is_page(request):
        return error_page(request, status, code, message)
    return error_response(status, code, message)


def status_of(exc: ge.PgraphError) -> tuple[int, str]:
    for cls in type(exc).__mro__:
        if cls in STATUS_OF:
            return STATUS_OF[cls]
    return 500, "internal_error"


def headers_of(exc: ge.PgraphError) -> dict[str, str]:
    """Headers the answer to ``exc`` carries (``Retry-After`` when every query worker was busy)."""
    return next((dict(HEADERS_OF[cls]) for cls in type(exc).__mro__ if cls in HEADERS_OF), {})


async def _domain(request: Request, exc: ge.PgraphError) -> Response:
    status, code = status_of(exc)
    if status >= 500:
        log.warning("%s %s: %s", request.method, request.url.path, exc)
    response = answer(request, status, code, str(exc) or code)
    response.headers.update(headers_of(exc))
    return response


async def _validation(request: Request, exc: RequestValidationError) -> Response:
    # loc and msg only: pydantic's "input" would echo the request back
    parts = [".".join(str(p) for p in e.get("loc", ())) + ": " + str(e.get("msg", "")) for e in exc.errors()]
    return answer(request, 422, "invalid_request", "; ".join(parts) or "invalid request")


async def _http(request: Request, exc: HTTPException) -> Response:
    try:
        code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_")
    except ValueError:
        code = "error"
    response = answer(request, exc.status_code, code, str(exc.detail))
    response.headers.update(exc.headers or {})
    return response


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error in %s %s", request.method, request.url.path)
    return error_response(500, "internal_error", "internal server error")


def install(app: FastAPI, error_page: ErrorPage | None = None) -> None:
    """Register the handlers on ``app``; ``error_page`` renders the errors of HTML pages."""
    app.state.error_page = error_page
    # Starlette types a handler as taking any Exception; each of these is registered for its own class
    app.add_exception_handler(ge.PgraphError, _domain)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
