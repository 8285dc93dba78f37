"""Measures a report rates in words rather than in a table: a list item naming a measure with its rating
in brackets ('Market occupancy rate (Amber) - slightly behind target at 82%'), and a sentence giving a
measure a colour ('The delivery of savings proposals remained red against target', 'Also at amber
status was the number of apprenticeships hosted').

A rating needs a measure: a bracketed colour after a person or a party is no rating, so the item must
stand among words of performance reporting, and the sentence must name a measure by its noun ('the
percentage of …', 'the number of …') and tie the colour to it by a status word."""

from __future__ import annotations

import re

from ..blocks import MARK, clean
from ..model import Kind, Observation
from .context import Context
from .indicator_tables import STATED_TARGET, _names_person, number, status_of

COLOUR = r"(?P<rag>red|amber|green)"
# 'Pannier Market occupancy rate (Amber) - was slightly behind target at 82%'
BRACKETED = re.compile(
    rf"^(?:{MARK}\s*)?(?P<name>[A-Z][^()\d:;]{{3,100}}?)\s*\((?i:{COLOUR})\)\s*(?:[-–—.:,]\s*(?P<rest>.*))?$"
)
REPORTING = re.compile(r"(?i)\b(?:measures?|indicators?|kpis?|pis?|rag|performance|targets?|dashboard)\b")
AT_VALUE = re.compile(r"(?i)\b(?:at|was|is|to|reached)\s+(?P<v>\d[\d,]*(?:\.\d+)?\s?%?)(?![\d/])")
# the measure a sentence rates: 'the percentage of rent collected', 'the number of apprenticeships hosted …'
MEASURE = (
    r"(?:the\s+)?(?P<measure>(?:percentage|proportion|number|rate|level|delivery|amount|average|total|volume)"
    r"\s+of\s+[a-z][^,.;()]{3,90}?)"
)
CLAUSE_END = (
    r"(?=\s+(?:in\s+the|during|for\s+(?:the|quarter|q[1-4])|was|were|is|remained|also|has|had)\b|[,.;]|$)"
)
RATED_SENTENCES = (
    # 'The delivery of savings proposals remained red against target'
    re.compile(
        rf"(?i){MEASURE}\s+(?:(?:also|still)\s+)?(?:remained|remains|was|is|were|are|stayed|has\s+been)\s+"
        rf"(?:(?:rated|at|within\s+the)\s+)?{COLOUR}\b(?:\s+(?:status|threshold|rating))?"
    ),
    # 'Included in the indicators at amber status was the percentage of rent collected …'
    re.compile(rf"(?i)\bat\s+{COLOUR}\s+status\s+(?:was|were|is|are)\s+{MEASURE}{CLAUSE_END}"),
)


def _near_reporting(lines: list[str], at: int) -> bool:
    return any(REPORTING.search(lines[k]) for k in range(max(0, at - 6), at + 1))


def bracketed_ratings(ctx: Context):
    """A line (or list item) that opens with a measure and its rating in brackets, among words of
    performance reporting; a value the rest states ('at 82%') is its actual, a target it names its target."""
    lines = ctx.doc.lines
    for i, raw in enumerate(lines):
        if len(raw) > 400 or not (m := BRACKETED.match(clean(raw))):
            continue
        name = m.group("name").strip()
        if _names_person(name) or not _near_reporting(lines, i):
            continue
        ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
        ev = ctx.doc.evidence(i + 1, i + 1)
        rag = m.group("rag")
        yield Observation(ind, "status", ev, "line.bracketed.rag", status=status_of(rag), text=rag)
        rest = m.group("rest") or ""
        if (t := STATED_TARGET.search(rest)) and (v := number(t.group("v"))):
            yield Observation(ind, "target", ev, "line.bracketed.target", value=v[0], unit=v[1])
        if (
            (a := AT_VALUE.search(rest))
            and (v := number(a.group("v")))
            and not (t and t.start() <= a.start() < t.end())
        ):
            yield Observation(ind, "actual", ev, "line.bracketed.actual", value=v[0], unit=v[1])


def rated_sentences(ctx: Context):
    """A sentence tying a colour to a measure its noun names."""
    for b in ctx.doc.blocks:
        if b.kind == "row":
            continue
        for s in ctx.doc.sentences(b):
            for pattern in RATED_SENTENCES:
                for m in pattern.finditer(s.text):
                    name = clean(m.group("measure"))
                    ind = ctx.mention(name[:1].upper() + name[1:], Kind.INDICATOR, scope=ctx.name)
                    rag = m.group("rag")
                    yield Observation(
                        ind, "status", ctx.ev(s), "sentence.rated.rag", status=status_of(rag), text=rag
                    )


EXTRACTORS = [bracketed_ratings, rated_sentences]
