"""The relation table (``ontology/relations.yaml``) as plain objects.

Every layer reads its relations from here: :class:`ingest.model.Rel` is built from :func:`table`,
the graph writes each claim with its relation's :attr:`Relation.predicate`, pages name it with its
:attr:`~Relation.label`, pictures draw it with its :attr:`~Relation.edge` and the ontology graph
declares the ``pg:`` ones from :func:`declarations`. This module knows nothing of the store.

>>> chair = by_name()["chair"]
>>> chair.predicate, chair.label, chair.inverse
('https://w3id.org/partnership-graph/ontology#chairOf', 'chair of', 'chairs')
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files

import yaml

TABLE_FILE = "relations.yaml"
ONTOLOGY_IRI = "https://w3id.org/partnership-graph/ontology"


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """How a picture draws a relation: a dashed line or not, its width, colour and legend text."""

    dashed: bool
    width: float
    colour: str
    legend: str


@dataclass(frozen=True, slots=True)
class Relation:
    """One row of the relation table (see the comments at the top of ``relations.yaml``)."""

    name: str
    predicate: str  # the full IRI
    label: str
    inverse: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    edge: EdgeStyle
    within: bool = False
    seat: bool = False
    claim: bool = True
    comment: str | None = None
    axioms: tuple[tuple[str, str], ...] = ()  # (predicate IRI, object IRI)

    @property
    def local_name(self) -> str:
        """The predicate's local name (``chairOf``)."""
        return self.predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _load() -> dict:
    """The table, parsed safely (by libyaml when installed: the same result, 13 -> 1 ms at every start)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((files("ontology") / TABLE_FILE).read_text(encoding="utf-8"), Loader=loader)


@functools.cache
def prefixes() -> dict[str, str]:
    """The prefixes the table writes its terms with."""
    return dict(_load()["prefixes"])


def expand(curie: str) -> str:
    """``pg:chairOf`` as a full IRI; an unknown prefix is an error in the table."""
    prefix, sep, local = curie.partition(":")
    known = prefixes()
    if not sep or prefix not in known or not local:
        raise ValueError(f"{TABLE_FILE}: {curie!r} is not a term with a known prefix")
    return known[prefix] + local


def _relation(row: dict) -> Relation:
    return Relation(
        name=row["name"],
        predicate=expand(row["predicate"]),
        label=row["label"],
        inverse=row["inverse"],
        domain=tuple(row["domain"]),
        range=tuple(row["range"]),
        edge=EdgeStyle(**row["edge"]),
        within=bool(row.get("within", False)),
        seat=bool(row.get("seat", False)),
        claim=bool(row.get("claim", True)),
        comment=" ".join(row["comment"].split()) if row.get("comment") else None,
        axioms=tuple((expand(p), expand(o)) for p, o in (row.get("axioms") or {}).items()),
    )


@functools.cache
def table() -> tuple[Relation, ...]:
    """Every relation, in the table's order; names and predicates are unique."""
    rows = tuple(_relation(row) for row in _load()["relations"])
    for attr in ("name", "predicate"):
        values = [getattr(r, attr) for r in rows]
        duplicates = sorted({v for v in values if values.count(v) > 1})
        if duplicates:
            raise ValueError(f"{TABLE_FILE}: {attr} given twice: {duplicates}")
    return rows


@functools.cache
def by_name() -> dict[str, Relation]:
    return {r.name: r for r in table()}


@functools.cache
def by_predicate() -> dict[str, Relation]:
    return {r.predicate: r for r in table()}


def _string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"@en'


def declarations() -> str:
    """Turtle declaring every relation the table defines (those with a ``comment``): an OWL object
    property with its label, comment and axioms. Loaded beside ``partnership.ttl``."""
    out = []
    for r in table():
        if r.comment is None:
            continue
        lines = [
            f"<{r.predicate}> a <http://www.w3.org/2002/07/owl#ObjectProperty>",
            f"    <http://www.w3.org/2000/01/rdf-schema#label> {_string(r.label)}",
            f"    <http://www.w3.org/2000/01/rdf-schema#comment> {_string(r.comment)}",
            f"    <http://www.w3.org/2000/01/rdf-schema#isDefinedBy> <{ONTOLOGY_IRI}>",
            *(f"    <{p}> <{o}>" for p, o in r.axioms),
        ]
        out.append(" ;\n".join(lines) + " .\n")
    return "\n".join(out)
