"""Where the reader failed: lines that look like people lists or tables, from which no fact was read.

A user must see where extraction failed, not meet an empty answer later. For each document this
gives its fact count and the spans of lines that have the look of a list of people (two or more
people named, or a list label such as "Present:") or of a table row (cells split by tabs, pipes or
runs of spaces), but that no fact's evidence covers. A document with no fact at all is reported as
such, whatever its lines look like.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import clean
from .extract.people_lists import CELL_BREAK, list_labels_in
from .mentions import people_in
from .model import Claim, Description, DocumentFacts, Funding, Observation

MAX_LINE = 2000  # a line is judged on its first characters
SAMPLE = 120


@dataclass(frozen=True, slots=True)
class UnreadSpan:
    line_start: int
    line_end: int
    looks_like: str  # "people list" | "table"
    sample: str  # the first line, cut short


@dataclass
class DocumentCoverage:
    document: str
    facts: int
    unread: list[UnreadSpan] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # readers that failed on the document

    @property
    def empty(self) -> bool:
        return self.facts == 0


def looks_like(line: str) -> str | None:
    """'people list', 'table' or None for one line of text."""
    text = clean(line[:MAX_LINE])
    if not text:
        return None
    if len(people_in(text)) >= 2 or list_labels_in(text) and people_in(text):
        return "people list"
    if len([c for c in CELL_BREAK.split(line[:MAX_LINE]) if c.strip()]) >= 3:
        return "table"
    return None


def unread_spans(lines: list[str], covered: set[int]) -> list[UnreadSpan]:
    """Runs of lines (blank lines inside a run allowed) that look like lists or tables and that no
    evidence covers; ``covered`` holds 1-based line numbers."""
    spans: list[UnreadSpan] = []
    run: list[tuple[int, str]] = []

    def close() -> None:
        if run:
            kinds = [k for _, k in run]
            kind = max(set(kinds), key=kinds.count)
            first = run[0][0]
            spans.append(UnreadSpan(first, run[-1][0], kind, clean(lines[first - 1][:MAX_LINE])[:SAMPLE]))
            run.clear()

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        kind = None if n in covered else looks_like(line)
        if kind is None:
            close()
        else:
            run.append((n, kind))
    close()
    return spans


def coverage(facts: DocumentFacts) -> DocumentCoverage:
    """The fact count of one document and the list- or table-like lines nothing was read from."""
    items: list[Claim | Funding | Observation | Description] = [
        *facts.claims,
        *facts.fundings,
        *facts.observations,
        *(d for d in facts.descriptions if d.alias),
    ]
    covered = {n for item in items for n in range(item.evidence.line_start, item.evidence.line_end + 1)}
    return DocumentCoverage(
        facts.document, len(items), unread_spans(facts.text.splitlines(), covered), list(facts.failures)
    )
