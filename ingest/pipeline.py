"""Documents in, resolved facts out. An unreadable document is reported; the rest still ingest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .batch import read_documents
from .blocks import Document, fold
from .curation import Curation
from .dates import document_date
from .extract import (
    fields,
    governance,
    grants,
    indicator_tables,
    memberships,
    money,
    ownership,
    people,
    people_lists,
    priorities,
    rated_measures,
    reports,
    spaced_rows,
    tables,
)
from .extract import structure as structure_statements
from .extract.context import Context
from .model import Claim, Description, DocumentFacts, Funding, Kind, Observation, Rel, Resolved
from .names import norm
from .readers import Caps, read_document
from .resolve import resolve

EXTRACTORS = [
    *tables.EXTRACTORS,
    *indicator_tables.EXTRACTORS,
    *spaced_rows.EXTRACTORS,
    *rated_measures.EXTRACTORS,
    *people.EXTRACTORS,
    *people_lists.EXTRACTORS,
    *memberships.EXTRACTORS,
    *governance.EXTRACTORS,
    *structure_statements.EXTRACTORS,
    *ownership.EXTRACTORS,
    *priorities.EXTRACTORS,
    *money.EXTRACTORS,
    *grants.EXTRACTORS,
    *fields.EXTRACTORS,
]


def read_text(path: Path, caps: Caps | None = None) -> str:
    """The text the extractors read and every quote is cut from (see :mod:`ingest.readers`)."""
    return read_document(path, caps).text


def extract(name: str, text: str, page_starts: list[int] | None = None) -> DocumentFacts:
    """Every extractor over one document; ``page_starts`` (from the reader) lets evidence name pages."""
    ctx = Context(Document(name, text))
    facts = DocumentFacts(name, ctx.title, text, page_starts=list(page_starts or []))
    facts.date = document_date(text)  # meeting / report date from the first lines, when written
    # learn given names from e-mail addresses before anything reads names
    for _ in people.contact_blocks(ctx):
        pass
    for extractor in EXTRACTORS:
        found: list = []
        try:
            found.extend(extractor(ctx))
        except Exception as error:  # a reader's bug loses its own facts, never the other readers'
            facts.failures.append(
                f"{extractor.__module__}.{extractor.__name__}: {type(error).__name__}: {error}"
            )
            continue
        for fact in map(lambda f: _quoted(ctx.doc, f), found):
            if isinstance(fact, Claim):
                facts.claims.append(fact)
            elif isinstance(fact, Funding):
                facts.fundings.append(fact)
            elif isinstance(fact, Observation):
                facts.observations.append(fact)
            elif isinstance(fact, Description):
                facts.descriptions.append(fact)
    facts.claims.extend(map(lambda c: _quoted(ctx.doc, c), reports.measured_by_report(ctx, facts)))
    facts.claims.extend(structure_statements.named_within(ctx, facts.claims))
    facts.claims.extend(structure_statements.plans_of_bodies(ctx, facts.claims))
    for seat in list(people.chair_posts(ctx, facts.claims)):
        (facts.claims if isinstance(seat, Claim) else facts.descriptions).append(seat)
    _dedupe(facts)
    return facts


def _quoted(doc: Document, fact):
    """The fact, its quote made the text of the lines it names when a reader's quote is not found there
    (a reader that quotes its own cleaned text): every quote holds, as the scorer checks it."""
    ev = fact.evidence
    if fold(ev.quote) in doc.raw(ev.line_start, ev.line_end):  # (both with white space folded)
        return fact
    return replace(fact, evidence=doc.evidence(ev.line_start, ev.line_end))


def _dedupe(facts: DocumentFacts) -> None:
    """One fact once: a claim two readers both found keeps the first reader's evidence, the document's
    own acronyms read as the names they stand for ('the CSP' is its 'Exampleton Community Safety
    Partnership (CSP)'), and a claim without a role dropped for the same claim with one."""
    for attr in ("fundings", "descriptions"):
        setattr(facts, attr, list(dict.fromkeys(getattr(facts, attr))))
    facts.observations = list(  # one value once, whichever readers found it on that line
        {
            (o.indicator, o.measure, o.value, o.status, o.period, o.evidence.line_start): o
            for o in reversed(facts.observations)
        }.values()
    )[::-1]
    full = {d.alias: d.entity.name for d in facts.descriptions if d.alias}

    def key(c: Claim) -> tuple:
        subject, obj = full.get(c.subject.name, c.subject.name), full.get(c.object.name, c.object.name)
        return (subject, _sort(c.subject.kind), c.rel, obj, _sort(c.object.kind), c.role)

    claims = list({key(c): c for c in reversed(facts.claims) if not _loop(c, full)}.values())[::-1]
    claims = _without_cut_posts(claims)
    # 'Vice Chair of the Board is X' read also by the chair's form 'Chair of the Board is X': a vice-chair
    said = {
        (c.subject.name, c.object.name, c.evidence.line_start)
        for c in claims
        if c.method == "structure.vice_chair"
    }
    claims = [
        c
        for c in claims
        if c.method != "structure.chair" or (c.subject.name, c.object.name, c.evidence.line_start) not in said
    ]
    with_role = {key(c)[:5] for c in claims if c.role}  # a member without a role, said again with one
    facts.claims = [c for c in claims if c.role or key(c)[:5] not in with_role]


def _without_cut_posts(claims: list[Claim]) -> list[Claim]:
    """Less a post one reader cut at a line end ('Regional Director for X and East') that another read
    whole from the same line for the same person ('Regional Director for X and East, Central Scotland')."""
    held: dict[tuple[str, int], list[str]] = {}
    for c in claims:
        if c.rel is Rel.HOLDS:
            held.setdefault((c.subject.name, c.evidence.line_start), []).append(c.object.name)
    return [
        c
        for c in claims
        if c.rel is not Rel.HOLDS
        or not any(
            len(o) > len(c.object.name) and o.startswith(c.object.name)
            for o in held[(c.subject.name, c.evidence.line_start)]
        )
    ]


def _loop(c: Claim, full: dict[str, str]) -> bool:
    """A body said to be its own sub-group, parent or successor (a menu line read as a list, a heading
    read as a name): no fact."""
    same = norm(full.get(c.subject.name, c.subject.name)) == norm(full.get(c.object.name, c.object.name))
    return same and c.rel in (Rel.SUBGROUP_OF, Rel.REPORTS_TO, Rel.REPLACED_BY, Rel.PART_OF, Rel.MEMBER)


BODIES = {Kind.ORGANISATION, Kind.SERVICE, Kind.GROUP, Kind.PARTNERSHIP}


def _sort(kind: Kind | None) -> str:
    """What readers agree on of a name's kind: a body is a body whichever reader typed it ('service' or
    'organisation'), while the same words as an action and as a project stay two items."""
    return "body" if kind in BODIES else str(kind)


def document_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and every regular file in folders named (the reader decides by content),
    less README.md and hidden files and folders."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(
                sorted(
                    x
                    for x in p.rglob("*")
                    if x.is_file()
                    and not x.is_symlink()
                    and x.name.lower() != "readme.md"
                    and not any(part.startswith(".") for part in x.relative_to(p).parts)
                )
            )
        else:
            out.append(p)
    return out


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    curation: str | Path | None = None,
    progress: bool = False,
    caps: Caps | None = None,
    jobs: int = 1,
) -> Resolved:
    """Read, extract and resolve every document under ``paths``; failures are reported, not raised.

    PDF, DOCX and HTML are parsed in one worker process for the batch, within ``caps``.
    ``jobs`` > 1: documents are extracted that many at a time in worker processes (same result).
    """
    files = document_paths(paths)
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool:
            batch = read_documents(files, extract=extract, caps=caps, progress=progress, executor=pool)
    else:
        batch = read_documents(files, extract=extract, caps=caps, progress=progress)
    documents, failures = [item.facts for item in batch.items], batch.failures
    cur = Curation.load(curation) if curation else None
    if cur:
        cur.apply_to_documents(documents)
    resolved = resolve(documents)
    if cur:
        cur.apply_to_entities(resolved)
    resolved.failures = failures
    return resolved
