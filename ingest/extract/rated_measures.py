"""Measures a report rates or counts in words rather than in a table: a list item naming a measure with its rating
in brackets ('Market occupancy rate (Amber) - slightly behind target at 82%'), and a sentence giving a
measure a colour ('The delivery of savings proposals remained red against target', 'Also at amber
status was the number of apprenticeships hosted'), and a sentence counting cases of a measure named in
capitals ('there were 212 cases of Residential Burglary').

A rating needs a measure: a bracketed colour after a person or a party is no rating, so the item must
stand among words of performance reporting, and the sentence must name a measure by its noun ('the
percentage of …', 'the number of …') and tie the colour to it by a status word."""

from __future__ import annotations

import re

from ..blocks import MARK, clean
from ..model import Claim, Kind, Observation, Rel
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


# 'there were 522 cases of Residential Burglary in Westby': a count of a measure named in capitals
COUNTED = re.compile(
    r"\b(?i:there\s+(?:were|was|have\s+been|had\s+been))\s+(?P<v>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?i:(?:recorded\s+|reported\s+)?(?:cases|incidents|offences|crimes|reports|victims|occurrences)\s+of)\s+"
    r"(?P<name>[A-Z][\w/&'’-]*(?:\s+(?:[A-Z][\w/&'’-]*|of|with|and|the|for|on|&)){0,8})"
)
SMALL_TAIL = re.compile(r"(?:\s+(?:of|with|and|the|for|on|&))+$")
REPORT_HEADING = re.compile(  # '5. Performance Dashboard- up to March 2024 pdf icon PDF 829 KB'
    r"^(?:\d{1,2}\.?\s+)?(?P<name>[A-Z][\w&'’ ]{2,60}?)\s*(?:[-–—:]\s|\s+pdf\b|$)"
)
REPORT_REACH = 30  # lines above a counted measure in which its report's heading stands


def counted_cases(ctx: Context):
    """A sentence counting cases of a measure ('In the 3 months to March there were 212 cases of Residential
    Burglary in Westby'): the measure's actual; the report heading just above it ('Performance Dashboard -
    up to March 2024') is what the measure is reported in."""
    for b in ctx.doc.blocks:
        if b.kind == "row" or "there " not in b.text.lower():
            continue
        for s in ctx.doc.sentences(b):
            for m in COUNTED.finditer(s.text):
                if not (v := number(m.group("v"))):
                    continue
                name = SMALL_TAIL.sub("", m.group("name"))  # '… Burglary for the' -> '… Burglary'
                ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
                yield Observation(
                    ind, "actual", ctx.ev(s), "sentence.counted", value=v[0], unit=v[1], text=m.group(0)
                )
                if report := _report_above(ctx.doc.lines, s.start):
                    yield Claim(
                        ind,
                        Rel.INDICATOR_OF,
                        ctx.mention(report, Kind.PLAN),
                        ctx.ev(s),
                        "sentence.counted.report",
                        0.6,
                    )


def _report_above(lines: list[str], line: int) -> str | None:
    """A short heading naming a performance report in the lines above ``line`` (1-based), less its date."""
    for k in range(line - 2, max(-1, line - REPORT_REACH - 2), -1):
        text = lines[k].strip()
        m = REPORT_HEADING.match(text) if len(text.split()) <= 14 else None
        if m and REPORTING.search(m.group("name")) and not m.group("name").endswith((".", ":")):
            return m.group("name").strip()
    return None


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


EXTRACTORS = [bracketed_ratings, rated_sentences, counted_cases]
