"""Plain fact objects: what extraction produces and the graph layer loads.

Extractors see text and emit *mentions* (a name as written, with a kind) linked by
*claims*; every claim carries the evidence it was read from. The resolver
(:mod:`ingest.resolve`) turns mentions into entities with stable keys. Nothing here
knows about RDF or the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from ontology import relations


class Kind(StrEnum):
    """What an entity is. The graph maps each kind to an ontology class."""

    ORGANISATION = "organisation"  # councils, police, NHS bodies, charities, companies
    PARTNERSHIP = "partnership"  # a collaboration of organisations (CSP, children's partnership)
    GROUP = "group"  # boards, committees, sub-groups, panels, services run as units
    SERVICE = "service"  # a service or team inside an organisation (Neighbourhood Services)
    PERSON = "person"
    POST = "post"  # a job or office (Community Safety Manager)
    PLAN = "plan"  # plans, strategies, programmes of work
    PRIORITY = "priority"  # priorities, objectives, outcomes, themes
    ACTION = "action"  # action-plan rows, business-plan actions
    INDICATOR = "indicator"  # performance indicators
    FUND = "fund"  # funding programmes and pots
    PROJECT = "project"  # funded projects and initiatives


def _relations() -> dict[str, str]:
    """The claimed relations of the relation table (``ontology/relations.yaml``): ``{NAME: name}``."""
    return {r.name.upper(): r.name for r in relations.table() if r.claim}


if TYPE_CHECKING:  # the members come from the table, so a type checker sees any ``Rel.NAME`` as a Rel

    class _RelType(type):
        def __getattr__(cls, name: str) -> Rel: ...
        def __iter__(cls) -> Iterator[Rel]: ...

    class Rel(str, metaclass=_RelType):
        """A relation between two entities: one of the relation table's names."""

        def __init__(self, value: str) -> None: ...
        @property
        def value(self) -> str: ...

else:
    Rel = StrEnum("Rel", _relations(), module=__name__, qualname="Rel")
    Rel.__doc__ = """A relation between two entities, one member per claimed relation of the relation table
    (``ontology/relations.yaml``): ``Rel.CHAIR == "chair"``; ``Rel("chair")`` checks a name."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a claim was read: document file name, 1-based inclusive line range, verbatim quote."""

    document: str
    line_start: int
    line_end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity as a document names it. ``code`` is an identifier such as ``PI 1.4``.

    ``scope`` keeps document-local names apart (an action code is unique only within its plan).
    """

    name: str
    kind: Kind
    code: str | None = None
    scope: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """``subject --rel--> object``, read from ``evidence`` by ``method``."""

    subject: Mention
    rel: Rel
    object: Mention
    evidence: Evidence
    method: str
    confidence: float = 0.9
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Funding:
    """Money from a funder (organisation or fund) to a recipient (organisation, fund or project)."""

    funder: Mention
    recipient: Mention
    amount: float | None
    evidence: Evidence
    method: str
    period: str | None = None  # financial year(s) as written, e.g. "2019/20"
    status: str | None = None  # "received", "allocated", "proposed", "awarded"
    purpose: str | None = None
    confidence: float = 0.9


@dataclass(frozen=True, slots=True)
class Observation:
    """A value of an indicator: an actual for a period, a target or a baseline, and/or a RAG status."""

    indicator: Mention
    measure: str  # "actual", "target", "baseline", "status"
    evidence: Evidence
    method: str
    period: str | None = None
    value: float | None = None
    unit: str | None = None
    status: str | None = None  # red / amber / green / not started / completed ... as a code
    text: str | None = None  # the cell or phrase as written
    confidence: float = 0.9


@dataclass(frozen=True, slots=True)
class Description:
    """Facts about one entity on its own: an alias, a definition of an acronym, a type."""

    entity: Mention
    evidence: Evidence
    method: str
    alias: str | None = None
    note: str | None = None


@dataclass
class DocumentFacts:
    """Everything read from one document."""

    document: str  # file name
    title: str | None
    text: str
    claims: list[Claim] = field(default_factory=list)
    fundings: list[Funding] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    descriptions: list[Description] = field(default_factory=list)
    date: str | None = None  # ISO date of the meeting / report when known
    page_starts: list[int] = field(default_factory=list)  # line each page starts on (PDF); [] if no pages
    failures: list[str] = field(default_factory=list)  # readers that failed on it: "reader: error"

    def mentions(self):
        for c in self.claims:
            yield c.subject, c.evidence
            yield c.object, c.evidence
        for f in self.fundings:
            yield f.funder, f.evidence
            yield f.recipient, f.evidence
        for o in self.observations:
            yield o.indicator, o.evidence


@dataclass
class Entity:
    """A resolved entity: one key, one label, every name it goes by."""

    key: str
    kind: Kind
    label: str
    aliases: set[str] = field(default_factory=set)
    code: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)  # why names were merged: "rule: a ~ b"


@dataclass
class Resolved:
    """The output of ingest: documents with their facts, and a map from mentions to entities."""

    documents: list[DocumentFacts]
    entities: dict[str, Entity]
    key_of: dict[Mention, str]
    failures: list[tuple[str, str]] = field(default_factory=list)  # (document, reason)
