"""The governance review over HTTP: ``GET /api/v1/review`` (JSON) and ``GET /review`` (one HTML page).

Both take ``as_at`` (review the graph as it stood that day), ``since`` (also list what changed
from then to ``as_at``) and ``plan`` (only a plan and what is inside it). Nothing here talks to
the store: :func:`graph.review.build_review` does the reading.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, BeforeValidator, Field

from graph import review as gov

from .deps import BaseDep, StoreDep
from .models import ErrorOut, EvidenceOut

ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (404, 422, 500, 503)}


def _iso_day(value: object) -> object:
    """Only ``YYYY-MM-DD`` is a day: pydantic alone reads ``0`` as 1970-01-01."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("give a day as YYYY-MM-DD")
    return value


AsAt = Annotated[
    dt.date | None,
    BeforeValidator(_iso_day),
    Query(description="Review the graph as it stood on this day (YYYY-MM-DD)."),
]
Since = Annotated[
    dt.date | None,
    BeforeValidator(_iso_day),
    Query(description="Also list what changed from this day to as_at (YYYY-MM-DD); not after as_at (422)."),
]
Plan = Annotated[
    str | None,
    Query(min_length=1, max_length=200, description="Only this plan (an entity id) and what is inside it."),
]


class FindingEntityOut(BaseModel):
    id: str
    label: str
    type: str | None = None
    code: str | None = None


class FindingOut(BaseModel):
    id: str = Field(description="Stable within one review; the HTML page's anchor.")
    topic: Literal["gaps", "concentration", "structure", "rag", "contradictions", "timeline"]
    kind: str = Field(description="What was found, e.g. unowned, reporting_cycle, status_mismatch.")
    severity: Literal["high", "medium", "low", "info"]
    title: str
    detail: str | None = None
    entities: list[FindingEntityOut] = Field(
        description="The entities the finding is about, first the main one."
    )
    evidence: list[EvidenceOut] = Field(description="The passages the finding rests on.")


class ReviewDocumentOut(BaseModel):
    document: str
    title: str | None
    date: str | None = Field(description="The document's date (dcterms:date), when known.")
    facts: int = Field(description="Claims read from it.")


class SummaryOut(BaseModel):
    findings: int
    by_severity: dict[str, int]
    by_topic: dict[str, int]


class BarOut(BaseModel):
    id: str
    label: str
    value: float


class ReviewOut(BaseModel):
    as_at: str | None
    since: str | None
    documents: list[ReviewDocumentOut] = Field(description="In time order, undated last.")
    summary: SummaryOut
    findings: list[FindingOut] = Field(description="Most severe first.")
    charts: dict[str, list[BarOut]]
    chains: list[dict[str, Any]] = Field(description="Each group's reporting chains up to the top.")
    analytics: dict[str, Any] = Field(description="Every analytic's own result (graph.analytics).")


router = APIRouter(tags=["review"])


def _review(store, base: str, as_at: dt.date | None, since: dt.date | None, plan: str | None) -> dict:
    return gov.build_review(store, base, as_at=as_at, since=since, plan=plan)


@router.get(
    "/api/v1/review",
    response_model=ReviewOut,
    responses=ERRORS,
    summary="Governance review: gaps, concentration, structure, RAG integrity, contradictions, change",
)
def review_json(
    store: StoreDep, base: BaseDep, as_at: AsAt = None, since: Since = None, plan: Plan = None
) -> dict:
    return _review(store, base, as_at, since, plan)


@router.get(
    "/review", response_class=HTMLResponse, responses=ERRORS, summary="The governance review as a page"
)
def review_page(
    store: StoreDep, base: BaseDep, as_at: AsAt = None, since: Since = None, plan: Plan = None
) -> HTMLResponse:
    data = _review(store, base, as_at, since, plan)
    return HTMLResponse(gov.render_html(data, entity_base="/entities/", document_base="/documents/"))
