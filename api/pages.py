"""The HTML browser and the pictures: server-rendered pages, each with a JSON twin under /api/v1.

=========================================  ==========================================
Page                                       JSON twin
=========================================  ==========================================
``/`` (search, documents, pictures)        ``/api/v1/overview``, ``/api/v1/search``
``/entities/{id}`` (facts with evidence)   ``/api/v1/entities/{id}/facts``
``/documents/{name}`` (text, facts)        ``/api/v1/documents/{name}``
``/viz/{kind}`` (pictures)                 ``/api/v1/viz/{kind}``
``/sparql-ui``                             ``/sparql`` (the protocol endpoint)
=========================================  ==========================================

Templates are Jinja2 with autoescaping (``api/templates``); pictures come from :mod:`viz`, with
vis-network served from pyvis's bundled copy at ``/viz/static``. Nothing here talks to the store:
every read is a function of :mod:`graph.views` or :mod:`graph.queries`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field
from starlette.routing import Match

from graph import queries, views
from graph.errors import BadRequest, NotFound, PgraphError
from graph.namespaces import PREFIXES
from graph.search import name_index
from viz import pictures
from viz.style import kind_style, lines_of

from .deps import BaseDep, SettingsDep, StoreDep
from .errors import status_of
from .models import EntityOut, ErrorOut, EvidenceOut

TEMPLATES = Path(__file__).parent / "templates"
STATIC = "/viz/static"
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (404, 422, 503)}
SEARCH_LIMIT = 25
SPARQL_ROWS_SHOWN = 1000

EntityType = Literal[views.KINDS]  # type: ignore[valid-type]
Types = Annotated[
    list[EntityType] | None, Query(max_length=20, description="Entity types to keep (repeatable).")
]
DocName = Annotated[str | None, Query(min_length=1, max_length=300, description="A document's name.")]
OptId = Annotated[str | None, Query(min_length=1, max_length=200, description="An entity id.")]
DateText = Annotated[
    str | None,
    Query(
        max_length=10,
        pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$",
        description="YYYY, YYYY-MM or YYYY-MM-DD (a calendar day: 2021-02-30 is 422).",
    ),
]
Radius = Annotated[int, Query(ge=1, le=views.MAX_RADIUS, description="Steps from the entity (1-3).")]

EXAMPLES = [
    (
        "Who is responsible for what, with the quote",
        """SELECT ?ownerLabel ?itemLabel ?quote ?doc WHERE {
  ?st rdf:predicate pg:responsibleFor ; rdf:subject ?owner ; rdf:object ?item ;
      prov:wasDerivedFrom ?ev .
  ?owner skos:prefLabel ?ownerLabel . ?item skos:prefLabel ?itemLabel .
  ?ev oa:hasSelector/oa:exact ?quote ; oa:hasSource/dcterms:identifier ?doc .
} ORDER BY ?ownerLabel LIMIT 100""",
    ),
    (
        "Indicators and actions by RAG status",
        """SELECT ?status (COUNT(DISTINCT ?item) AS ?items) WHERE {
  ?obs pg:indicator ?item ; pg:ragStatus ?concept .
  ?concept skos:prefLabel ?status .
} GROUP BY ?status ORDER BY DESC(?items)""",
    ),
    (
        "Where the money goes",
        """SELECT ?funderLabel ?recipientLabel ?amount ?period WHERE {
  ?flow a pg:FundingFlow ; pg:funder ?funder ; pg:recipient ?recipient .
  OPTIONAL { ?flow pg:amount ?amount } OPTIONAL { ?flow pg:period ?period }
  ?funder skos:prefLabel ?funderLabel . ?recipient skos:prefLabel ?recipientLabel .
} ORDER BY DESC(?amount) LIMIT 100""",
    ),
    (
        "Members of each partnership or group, with roles",
        """SELECT ?groupLabel ?memberLabel ?role WHERE {
  ?m a org:Membership ; org:organization ?group ; org:member ?member .
  OPTIONAL { ?m org:role/skos:prefLabel ?role }
  ?group skos:prefLabel ?groupLabel . ?member skos:prefLabel ?memberLabel .
} ORDER BY ?groupLabel ?memberLabel LIMIT 200""",
    ),
    (
        "Entities by type",
        """SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a ?type ; skos:prefLabel ?label .
} GROUP BY ?type ORDER BY DESC(?n)""",
    ),
]


# ---------------------------------------------------------------- JSON models


class DocumentOut(BaseModel):
    name: str = Field(description="The document's file name, as evidence names it.")
    title: str | None
    date: str | None = Field(description="dcterms:date, when the document states one.")
    span: list[str] | None = Field(
        description="First and last day the document speaks about (from its date or title)."
    )


class FactOut(BaseModel):
    subject: EntityOut
    predicate: str
    relation: str = Field(description="The predicate as the page names it (member of, funds, actual…).")
    object: EntityOut | None
    value: str | None = Field(description="A role, an amount or an observed value.")
    evidence: EvidenceOut


class UnreadSpanOut(BaseModel):
    line_start: int
    line_end: int
    looks_like: str = Field(description="'people list' or 'table': what the lines look like.")
    sample: str = Field(description="The first line, cut short.")


class DocumentPageOut(DocumentOut):
    text: str = Field(description="The text as read; evidence line numbers refer to its lines.")
    facts: list[FactOut]
    unread: list[UnreadSpanOut] = Field(
        description="Lines that look like people lists or tables but from which no fact was read."
    )


class CoverageOut(BaseModel):
    name: str = Field(description="The document's file name.")
    facts: int = Field(description="Facts read from it (0: the reader failed on this document).")
    unread: list[UnreadSpanOut]


class FactItemOut(BaseModel):
    entity: EntityOut | None
    value: str | None
    evidence: list[EvidenceOut]


class FactGroupOut(BaseModel):
    relation: str
    predicate: str
    direction: str = Field(description="out: the entity is the subject; in: the object.")
    items: list[FactItemOut]


class EntityFactsOut(BaseModel):
    entity: EntityOut
    groups: list[FactGroupOut]
    mentions: list[EvidenceOut] = Field(description="Where documents name the entity.")


class VizNodeOut(EntityOut):
    model_config = ConfigDict(extra="allow")
    degree: int
    evidence: list[EvidenceOut]


class VizEdgeOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    source: str
    target: str
    predicate: str
    relation: str
    evidence: list[EvidenceOut]


class VizOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    kind: str = Field(description="network, entity, structure, funding or indicators.")
    nodes: list[VizNodeOut]
    edges: list[VizEdgeOut]


class OverviewOut(BaseModel):
    counts: dict[str, int]
    documents: list[DocumentOut]
    plans: list[EntityOut]


# ---------------------------------------------------------------- shared


def viz_data(
    store,
    base: str,
    kind: str,
    *,
    entity_id: str | None = None,
    radius: int = 1,
    types: list[str] | None = None,
    document: str | None = None,
    plan: str | None = None,
    start: str | None = None,
    end: str | None = None,
    funder: str | None = None,
    of: str | None = None,
) -> dict:
    """The data of one picture (the CLI uses this too)."""
    if kind == "network":
        return views.network(
            store, base, types=types or None, document=document, plan=plan, start=start, end=end
        )
    if kind in ("entity", "structure") and not entity_id:
        raise BadRequest(f"the {kind} picture needs an entity id")
    if kind == "entity":
        return views.neighbourhood(store, base, entity_id, radius)
    if kind == "structure":
        return views.structure(store, base, entity_id)
    if kind == "funding":
        return views.funding(store, base, funder=funder)
    if kind == "indicators":
        return views.indicators(store, base, of=of)
    raise NotFound(f"no picture called {kind[:40]!r}")


def _option(value: str, label: str, selected: bool) -> dict:
    return {"value": value, "label": label, "selected": selected}


def _select(name: str, label: str, options: list[dict]) -> dict:
    """A drop-down of a picture's filter form."""
    return {"kind": "select", "name": name, "label": label, "options": options}


def _entity_options(
    index, kinds: tuple[str, ...], chosen: str | None, blank: str | None = None
) -> list[dict]:
    entries = sorted(
        (e for k in kinds for e in (index.entries[i] for i in index.ids_of_type(k))),
        key=lambda e: e.label.casefold(),
    )
    options = [_option("", blank, chosen is None)] if blank else []
    return options + [_option(e.id, e.label, e.id == chosen) for e in entries]


NAV = [
    {"href": "/", "text": "Home"},
    {"href": "/viz/network", "text": "Network"},
    {"href": "/viz/funding", "text": "Funding"},
    {"href": "/viz/indicators", "text": "Indicators"},
    {"href": "/sparql-ui", "text": "SPARQL"},
    {"href": "/coverage", "text": "Coverage"},
]


def _has_route(request: Request, path: str, method: str = "POST") -> bool:
    """Whether this app answers ``method path`` (routes may sit inside included routers)."""
    scope = {
        "type": "http",
        "path": path,
        "method": method,
        "root_path": "",
        "headers": [],
        "query_string": b"",
    }
    return any(route.matches(dict(scope))[0] is Match.FULL for route in request.app.router.routes)


@functools.cache
def templates() -> Jinja2Templates:
    """The page templates, loaded on first use (not at import)."""
    loaded = Jinja2Templates(directory=str(TEMPLATES))
    loaded.env.filters["urlpart"] = lambda text: quote(str(text), safe="")
    loaded.env.filters["lines"] = lines_of
    loaded.env.globals["kind_style"] = kind_style
    loaded.env.globals["nav"] = NAV
    return loaded


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered as the answer to ``request``."""
    return templates().TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    """An error as a page, with the status the JSON API would give (for requests made by browsers)."""
    return page(request, "error.html", status=status, code=code, message=message)


def sparql_page(
    request: Request, *, endpoint: bool, query: str | None = None, result=None, problem=None
) -> HTMLResponse:
    """The SPARQL editor; with ``endpoint`` its form queries ``/sparql``, else ``/sparql-ui`` answers."""
    examples = [{"title": t, "query": q} for t, q in EXAMPLES]
    return page(
        request,
        "sparql.html",
        endpoint=endpoint,
        query=query or EXAMPLES[0][1],
        result=result,
        problem=problem,
        examples=examples,
        rows_shown=SPARQL_ROWS_SHOWN,
    )


def router() -> APIRouter:
    """Every page, picture and JSON twin of this module."""
    outer = APIRouter()
    html = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/api/v1", responses=ERRORS, tags=["pages"])

    def guarded(request: Request, make: Callable[[], Response]) -> Response:
        """Domain errors as an HTML page with the status the JSON API would give."""
        try:
            return make()
        except PgraphError as err:
            status, code = status_of(err)
            return error_page(request, status, code, str(err) or code)

    # ------------------------------------------------------------ home and search

    @html.get("/", response_class=HTMLResponse)
    def home(
        request: Request,
        store: StoreDep,
        base: BaseDep,
        q: Annotated[str | None, Query(max_length=500)] = None,
    ):
        def make():
            results, problem = None, None
            if q is not None and q.strip():
                try:
                    results = queries.search(store, base, q, SEARCH_LIMIT)
                except BadRequest as err:
                    problem = str(err)
            overview = views.overview(store, base)
            index = name_index(store, base)
            partnerships = [index.entries[i].as_dict() for i in sorted(index.ids_of_type("partnership"))]
            return page(
                request,
                "home.html",
                q=q or "",
                results=results,
                problem=problem,
                overview=overview,
                partnerships=partnerships,
            )

        return guarded(request, make)

    @api.get(
        "/overview", response_model=OverviewOut, summary="Entity counts, documents and plans (the home page)"
    )
    def overview(store: StoreDep, base: BaseDep) -> dict:
        return views.overview(store, base)

    # ------------------------------------------------------------ entities

    @html.get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity_page(request: Request, store: StoreDep, base: BaseDep, entity_id: str):
        def make():
            data = views.entity_facts(store, base, entity_id)
            return page(request, "entity.html", data=data, e=data["entity"])

        return guarded(request, make)

    @api.get(
        "/entities/{entity_id}/facts",
        response_model=EntityFactsOut,
        summary="Every fact about an entity, by relation",
    )
    def entity_facts(store: StoreDep, base: BaseDep, entity_id: str) -> dict:
        return views.entity_facts(store, base, entity_id)

    # ------------------------------------------------------------ documents

    @html.get("/documents/{name}", response_class=HTMLResponse)
    def document_page(request: Request, store: StoreDep, base: BaseDep, name: str):
        def make():
            data = views.document_page(store, base, name)
            lines = data["text"].splitlines()
            cited: set[int] = set()
            for fact in data["facts"]:
                cited.update(range(fact["evidence"]["line_start"], fact["evidence"]["line_end"] + 1))
            unread = {n for u in data["unread"] for n in range(u["line_start"], u["line_end"] + 1)}
            return page(request, "document.html", doc=data, lines=lines, cited=cited, unread=unread)

        return guarded(request, make)

    @api.get("/documents", response_model=list[DocumentOut], summary="Every document in the graph")
    def document_list(store: StoreDep) -> list[dict]:
        return views.documents(store)

    @api.get(
        "/documents/{name}",
        response_model=DocumentPageOut,
        summary="A document's text and the facts read from it",
    )
    def document_json(store: StoreDep, base: BaseDep, name: str) -> dict:
        return views.document_page(store, base, name)

    @html.get("/coverage", response_class=HTMLResponse)
    def coverage_page(request: Request, store: StoreDep):
        return guarded(request, lambda: page(request, "coverage.html", documents=views.coverage(store)))

    @api.get(
        "/coverage",
        response_model=list[CoverageOut],
        summary="Where the reader failed: facts per document and list- or table-like lines nothing was read from",
    )
    def coverage(store: StoreDep) -> list[dict]:
        return views.coverage(store)

    # ------------------------------------------------------------ pictures

    resources = pictures.Resources(inline=False, static=STATIC)

    def picture(data: dict, controls: list[dict], *links: dict, embed: bool = False) -> HTMLResponse:
        """The picture of ``data`` with its filter form, vis-network served here and the site's links."""
        return HTMLResponse(
            pictures.picture_html(
                data, resources=resources, controls=controls, links=[*NAV, *links], embed=embed
            )
        )

    @html.get(STATIC + "/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in pictures.VIS_FILES:
            raise NotFound("no such file")
        return Response(
            pictures.vis_asset(name),
            media_type=pictures.VIS_FILES[name] + "; charset=utf-8",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    @html.get("/viz/network", response_class=HTMLResponse)
    def viz_network(
        request: Request,
        store: StoreDep,
        base: BaseDep,
        type: Types = None,  # noqa: A002 - the query parameter's name
        document: DocName = None,
        plan: OptId = None,
        start: DateText = None,
        end: DateText = None,
    ):
        def make():
            data = viz_data(
                store,
                base,
                "network",
                types=type,
                document=document or None,
                plan=plan or None,
                start=start or None,
                end=end or None,
            )
            overview = views.overview(store, base)
            index = name_index(store, base)
            chosen = set(type or ())
            controls = [
                {
                    "kind": "checkboxes",
                    "name": "type",
                    "label": "Types",
                    "options": [
                        _option(k, kind_style(k)[2], k in chosen)
                        for k in views.KINDS
                        if k in overview["counts"]
                    ],
                },
                _select(
                    "document",
                    "Document",
                    [_option("", "all documents", not document)]
                    + [
                        _option(
                            d["name"],
                            d["name"] + (f" — {d['title']}" if d["title"] else ""),
                            d["name"] == document,
                        )
                        for d in overview["documents"]
                    ],
                ),
                _select("plan", "Plan", _entity_options(index, ("plan",), plan, "all plans")),
                {
                    "kind": "text",
                    "name": "start",
                    "label": "From",
                    "value": start,
                    "placeholder": "YYYY",
                    "size": 10,
                },
                {
                    "kind": "text",
                    "name": "end",
                    "label": "to",
                    "value": end,
                    "placeholder": "YYYY",
                    "size": 10,
                },
            ]
            return picture(data, controls)

        return guarded(request, make)

    @html.get("/viz/entity/{entity_id}", response_class=HTMLResponse)
    def viz_entity(
        request: Request,
        store: StoreDep,
        base: BaseDep,
        entity_id: str,
        radius: Radius = 1,
        embed: bool = False,
    ):
        def make():
            data = viz_data(store, base, "entity", entity_id=entity_id, radius=radius)
            steps = [
                _option(str(r), f"{r} step{'s' if r > 1 else ''}", r == radius)
                for r in range(1, views.MAX_RADIUS + 1)
            ]
            controls = [_select("radius", "Radius", steps)]
            page_link = {"href": "/entities/" + quote(entity_id, safe=""), "text": "Entity page"}
            return picture(data, controls, page_link, embed=embed)

        return guarded(request, make)

    @html.get("/viz/structure", response_class=HTMLResponse)
    def viz_structure_pick(request: Request, store: StoreDep, base: BaseDep, group: OptId = None):
        def make():
            index = name_index(store, base)
            if group:
                index.get(group)
                return RedirectResponse("/viz/structure/" + quote(group, safe=""), status_code=303)
            ranked = sorted(
                (index.entries[i] for k in ("partnership", "group") for i in index.ids_of_type(k)),
                key=lambda e: (e.type != "partnership", -e.degree, e.label),
            )
            if not ranked:
                raise NotFound("no partnership or group in the graph")
            return RedirectResponse("/viz/structure/" + quote(ranked[0].id, safe=""), status_code=303)

        return guarded(request, make)

    @html.get("/viz/structure/{group_id}", response_class=HTMLResponse)
    def viz_structure(request: Request, store: StoreDep, base: BaseDep, group_id: str, group: OptId = None):
        def make():
            if group and group != group_id:
                name_index(store, base).get(group)
                return RedirectResponse("/viz/structure/" + quote(group, safe=""), status_code=303)
            data = viz_data(store, base, "structure", entity_id=group_id)
            groups = _entity_options(name_index(store, base), ("partnership", "group"), group_id)
            controls = [_select("group", "Partnership or group", groups)]
            return picture(data, controls)

        return guarded(request, make)

    @html.get("/viz/funding", response_class=HTMLResponse)
    def viz_funding(request: Request, store: StoreDep, base: BaseDep, funder: OptId = None):
        def make():
            data = viz_data(store, base, "funding", funder=funder or None)
            everything = data if not funder else viz_data(store, base, "funding")
            sources = sorted({e["source"] for e in everything["edges"]})
            labels = {n["id"]: n["label"] for n in everything["nodes"]}
            funders = sorted(
                (_option(i, labels[i], i == funder) for i in sources), key=lambda o: o["label"].casefold()
            )
            controls = [_select("funder", "From", [_option("", "every funder", not funder), *funders])]
            return picture(data, controls)

        return guarded(request, make)

    @html.get("/viz/indicators", response_class=HTMLResponse)
    def viz_indicators(request: Request, store: StoreDep, base: BaseDep, of: OptId = None):
        def make():
            data = viz_data(store, base, "indicators", of=of or None)
            kinds = ("plan", "partnership", "priority")
            controls = [
                _select("of", "Of", _entity_options(name_index(store, base), kinds, of, "everything"))
            ]
            return picture(data, controls)

        return guarded(request, make)

    @api.get(
        "/viz/{kind}",
        response_model=VizOut,
        summary="The data of a picture: nodes and links with evidence",
        description="`kind`: network (filtered by `type`, `document`, `plan`, `start`, `end`; `start` not "
        "after `end`), entity (`id` required, `radius`), structure (`id` required), funding (`funder`) "
        "or indicators (`of`); any other kind is 404. Unknown ids and documents are 404; a rule broken is 422.",
    )
    def viz_json(
        store: StoreDep,
        base: BaseDep,
        kind: str,
        id: OptId = None,  # noqa: A002 - the query parameter's name
        radius: Radius = 1,
        type: Types = None,  # noqa: A002
        document: DocName = None,
        plan: OptId = None,
        start: DateText = None,
        end: DateText = None,
        funder: OptId = None,
        of: OptId = None,
    ) -> dict:
        return viz_data(
            store,
            base,
            kind,
            entity_id=id,
            radius=radius,
            types=type,
            document=document,
            plan=plan,
            start=start,
            end=end,
            funder=funder,
            of=of,
        )

    # ------------------------------------------------------------ SPARQL

    @html.get("/sparql-ui", response_class=HTMLResponse)
    def sparql_ui(
        request: Request,
        store: StoreDep,
        settings: SettingsDep,
        query: Annotated[str | None, Query(max_length=20_000)] = None,
        format: Annotated[str | None, Query(pattern="^(html|csv)$")] = None,  # noqa: A002
    ):
        endpoint = _has_route(request, "/sparql")
        result, problem = None, None
        if query and not endpoint:  # no protocol endpoint in this app: answer here
            try:
                runner = request.app.state.sparql  # the endpoint's query workers (api/sparql.py)
                if format == "csv":
                    return Response(
                        runner.run_text(_with_prefixes(query), "csv"),
                        media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="results.csv"'},
                    )
                result = _table(runner.run_text(_with_prefixes(query), "json"))
            except PgraphError as err:
                problem = str(err) or status_of(err)[1]
        return sparql_page(request, endpoint=endpoint, query=query, result=result, problem=problem)

    outer.include_router(html)
    outer.include_router(api)
    return outer


def _with_prefixes(text: str) -> str:
    """The project's prefixes declared before a query that does not declare them itself."""
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:", text)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join([*lines, text])


def _table(text: str) -> dict:
    """SPARQL JSON results (or Turtle) as a table for the template."""
    try:
        data = json.loads(text)
    except ValueError:
        return {"graph": text}
    if "boolean" in data:
        return {"boolean": bool(data["boolean"])}
    variables = data["head"]["vars"]
    bindings = data["results"]["bindings"]
    rows = [[(b.get(v) or {}).get("value", "") for v in variables] for b in bindings[:SPARQL_ROWS_SHOWN]]
    return {"vars": variables, "rows": rows, "total": len(bindings)}
