"""Response models: the HTTP contract as the OpenAPI schema at /docs shows it."""

from __future__ import annotations

from pydantic import BaseModel, Field


class EvidenceOut(BaseModel):
    """Where a fact was read: file name, 1-based inclusive line range, verbatim quote."""

    document: str
    line_start: int
    line_end: int
    quote: str


class EntityOut(BaseModel):
    id: str = Field(description="Key of the entity, usable in a URL path.")
    label: str
    type: str | None = Field(None, description="organisation, partnership, group, person, post, plan, …")
    aliases: list[str] = []
    code: str | None = Field(None, description="An identifier such as 'PI 1.4' or 'KI4'.")


class LinkedEntityOut(EntityOut):
    """An entity in an answer list, with the statements that put it there."""

    evidence: list[EvidenceOut] = []


class EntityPageOut(EntityOut):
    posts: list[LinkedEntityOut] = Field([], description="For a person: the posts they hold.")
    organisations: list[LinkedEntityOut] = Field(
        [], description="For a person or post: the organisations they work for or represent."
    )
    replaced_by: list[LinkedEntityOut] = []
    replaces: list[LinkedEntityOut] = []


class SearchHitOut(EntityOut):
    documents: list[str] = Field([], description="File names of the documents that state something about it.")


class SearchOut(BaseModel):
    query: str
    results: list[SearchHitOut] = Field(description="Best match first.")


class WhoOwnsOut(BaseModel):
    item: EntityOut
    responsible: list[LinkedEntityOut]
    contributors: list[LinkedEntityOut]


class MemberOut(BaseModel):
    member: EntityOut
    role: str | None
    evidence: list[EvidenceOut]


class MembersOut(BaseModel):
    group: EntityOut
    members: list[MemberOut]


class StructureOut(BaseModel):
    group: EntityOut
    parents: list[LinkedEntityOut] = Field(description="Groups this one is directly a sub-group of.")
    subgroups: list[LinkedEntityOut] = Field(description="Sub-groups at every level below.")
    reports_to: list[LinkedEntityOut]
    chairs: list[LinkedEntityOut]


class FundingFlowOut(BaseModel):
    funder: EntityOut
    recipient: EntityOut
    amount: float | None
    currency: str = "GBP"
    period: str | None = Field(None, description="Financial year(s) as written, e.g. '2019/20'.")
    status: str | None = Field(None, description="received, allocated, proposed, awarded …")
    via: EntityOut | None = Field(None, description="The funder's programme the money was routed through.")
    evidence: list[EvidenceOut]


class FundingOut(BaseModel):
    flows: list[FundingFlowOut]


class PrioritiesOut(BaseModel):
    of: EntityOut
    priorities: list[LinkedEntityOut]


class ObservationOut(BaseModel):
    period: str | None
    value: float | None


class IndicatorRowOut(BaseModel):
    indicator: EntityOut
    code: str | None
    status: str | None = Field(None, description="red, amber, green, … of the latest period.")
    target: float | None
    actual: float | None = Field(None, description="The latest period's actual.")
    baseline: float | None
    observations: list[ObservationOut] = Field(description="Actuals by period, oldest first.")
    evidence: list[EvidenceOut]


class IndicatorsOut(BaseModel):
    indicators: list[IndicatorRowOut]


class HealthOut(BaseModel):
    status: str
    quads: int
    build: str


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    """The one shape of every error answer."""

    error: ErrorBody
