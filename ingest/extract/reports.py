"""The report a document is: indicators it reports that no reader placed under a priority, plan or body
measure the report itself ('Performance Indicators - Quarter 2', 'the report entitled Q2 PI Data')."""

from __future__ import annotations

import re
from functools import cache

from ..mentions import head_kind
from ..model import Claim, DocumentFacts, Kind, Mention, Rel
from .context import GROUP_KINDS, Context
from .indicator_tables import coded_heads, section_of, vocab
from .priority_lists import numbered_headings

SMALL = {"of", "and", "for", "the", "in", "on", "to", "at", "by", "-", "–", "&"}


@cache
def _named() -> re.Pattern:
    """'the report entitled X and …': X, ended by a clause's word or punctuation (bounded: linear)."""
    words = vocab()["report_words"]
    nouns = "|".join(map(re.escape, words["nouns"]))
    verbs = "|".join(map(re.escape, words["naming"]))
    return re.compile(
        rf"\b(?:{nouns})\s+(?:{verbs})\s+[‘'\"“]?(?P<name>[A-Z0-9][^‘'\"“”’.;:\n]{{2,80}}?)[’'\"”]?"
        r"(?=\s+(?:and|which|that|to|was|were|is|for|by|from|at|on|as|with)\b|\s*[.,;:(]|\s*$)"
    )


@cache
def _title_word() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, vocab()['report_words']['title']))})\b", re.IGNORECASE)


CODED_INLINE = re.compile(  # '… on PBH046 – Cumulative percentage of X, and …': an indicator by its code
    r"\b(?P<code>[A-Z]{2,5}\s?\d{2,4}[a-z]?)\s[–—-]\s(?P<name>[A-Z][^.,;:()–—]{3,150}?)"
    r"(?=\s*[.,;:(]|\s+(?:was|were|is|are|has|had|which|where|showed|remained)\b|\s+and\s+[A-Z]{2,5}\s?\d)"
)
PUBLISHED = re.compile(  # 'Westby Council has published its latest Quarterly Performance Report, …'
    r"\b(?:published|presented|produced|released|issued)\s+(?:its|their|the|our)\s+(?:latest\s+|new\s+|annual\s+)?"
    r"(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}(?:Report|Review|Update|Scorecard|Dashboard))\b"
)
WEB_TAIL = re.compile(r"\s+[-–|]\s+[^-–|]{0,80}(?:\.\.\.|…)$")  # 'X report - Police Service of ...'


def report_name(ctx: Context) -> tuple[str, int] | None:
    """(name, line) of the report the document is: one it names ('the report entitled X', 'has published its
    latest X Report'), else a title line near its top holding a report's word ('Performance Indicators -
    Quarter 2 2020/2021')."""
    for pattern in (_named(), PUBLISHED):
        for n, line in enumerate(ctx.doc.lines[:60], 1):
            if m := pattern.search(line):
                return m.group("name").strip(), n
    for block in ctx.doc.blocks[:15]:
        text = WEB_TAIL.sub("", block.text.strip())
        if (
            block.start == block.end
            and (
                _is_title(text)
                or block.kind in ("heading", "paragraph")
                and _is_title(text, sentence_case=True)
            )
            and _title_word().search(text)
            and _title_word().sub("", text).strip(" -–")
        ):
            return text, block.start  # (not 'Performance indicators' alone: a heading, no report's name)
    return None


def _is_title(text: str, sentence_case: bool = False) -> bool:
    """A short line of capitalised words or figures, not a sentence or a label ('Date: …'); a heading in
    sentence case ('Waste and recycling performance measures') with ``sentence_case``."""
    words = text.split()
    if not 2 <= len(words) <= 12 or text.endswith((".", ":", "?")) or re.match(r"[^:]{1,30}:\s", text):
        return False
    if sentence_case:
        return text[:1].isupper()
    big = [w for w in words if w.lower() not in SMALL]
    return bool(big) and sum(w[0].isupper() or w[0].isdigit() for w in big) >= 0.75 * len(big)


def measured_by_report(ctx: Context, facts: DocumentFacts) -> list[Claim]:
    """Each indicator the document reports on (a value, a rating or a coded heading) with no plan, priority
    or body it measures: the report's."""
    placed = {_key(c.subject) for c in facts.claims if c.rel == Rel.INDICATOR_OF}
    found = [o.indicator for o in facts.observations if o.indicator.kind == Kind.INDICATOR]
    found += [c.subject for c in facts.claims if c.subject.kind == Kind.INDICATOR]
    found += [ind for ind, _, _ in coded_heads(ctx)]  # an indicator discussed under its code, rated or not
    for line in ctx.doc.lines:
        for m in CODED_INLINE.finditer(line) if " – " in line or " - " in line else ():
            found.append(ctx.mention(m.group("name"), Kind.INDICATOR, code=m.group("code"), scope=ctx.name))
    indicators: dict[str, Mention] = {}
    for ind in found:
        indicators.setdefault(_key(ind), ind)
    unplaced = [m for key, m in indicators.items() if key not in placed]
    out = []
    lines = {_key(o.indicator): o.evidence for o in facts.observations}
    for m in list(unplaced):  # a value under 'Outcome 2 - More people in work': that outcome's measure
        ev = lines.get(_key(m))
        if ev and (heading := _numbered_above(ctx, ev.line_start) or _labelled_paragraph(ctx, ev.line_start)):
            text, start, end = heading
            priority = ctx.mention(text, Kind.PRIORITY, scope=ctx.name)
            evidence = ctx.doc.evidence(start, ev.line_end) if ev.line_end - start < 30 else ev
            out.append(Claim(m, Rel.INDICATOR_OF, priority, evidence, "document.numbered_section", 0.7))
            unplaced.remove(m)
    report = unplaced and report_name(ctx)
    if report:
        name, line = report
        plan, evidence = ctx.mention(name, Kind.PLAN), ctx.doc.evidence(line, line)
        out += [Claim(m, Rel.INDICATOR_OF, plan, evidence, "document.report", 0.6) for m in unplaced]
        if owner := _receiving_group(ctx):  # 'Decision Maker: X Board': the board that monitors the report
            group, at = owner
            ev = (
                ctx.doc.evidence(min(at, line), max(at, line))
                if abs(at - line) < 20
                else ctx.doc.evidence(at, at)
            )
            out.append(
                Claim(ctx.mention(group), Rel.RESPONSIBLE, plan, ev, "document.report_monitored_by", 0.6)
            )
    return out


RECEIVER = re.compile(
    r"^\s*(?:Decision\s+maker|Committee|Meeting\s+of|Board|Forum|Panel)\s*:\s*(?:the\s+)?(?P<name>[A-Z].{3,100})$",
    re.I,
)


def _receiving_group(ctx: Context) -> tuple[str, int] | None:
    """The group whose meeting received the report: a 'Decision Maker: X' line near the top naming a group."""
    for n, line in enumerate(ctx.doc.lines[:30], 1):
        if (m := RECEIVER.match(line)) and head_kind(name := m.group("name").strip()) in GROUP_KINDS:
            return name, n
    return None


def _numbered_above(ctx: Context, line: int) -> tuple[str, int, int] | None:
    """The numbered heading ('Outcome 2 - X') whose section holds ``line``: the last above it, with no
    other heading between."""
    above = [h for h in numbered_headings(ctx) if h[2] < line]
    if not above:
        return None
    heading = max(above, key=lambda h: h[1])
    between = [b for b in ctx.doc.blocks if heading[2] < b.start < line and b.kind == "heading"]
    return None if between else heading


LABEL_SENTENCE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?P<label>[A-Z][^.;:]{4,120}?)\.\s+[A-Z]")


def _labelled_paragraph(ctx: Context, line: int) -> tuple[str, int, int] | None:
    """The section a paragraph opens by naming ('4.3 Priority 1 – Safer Streets. Burglary was stable …'):
    (its words, line, line)."""
    m = LABEL_SENTENCE.match(ctx.doc.lines[line - 1].strip())
    sec = m and section_of(ctx, m.group("label"))
    return (sec.name, line, line) if sec and sec.code and sec.kind is Kind.PRIORITY else None


def _key(indicator: Mention) -> str:
    """'The number of X' and 'number of X' are one indicator."""
    return re.sub(r"^the\s+", "", indicator.name.lower())
