"""Priorities, themes, objectives and outcomes, attached to the plan or partnership they belong to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

from ..blocks import WRAPPED, Block, Sentence, clean, fold, strip_tags
from ..model import Claim, Kind, Rel
from ..names import tidy
from .context import Context, plan_named_above
from .people import titlecase
from .priority_lists import plan_part, priority_lists

PRIORITY_N = (  # 'Priority 3', 'Local Priority 3', 'Key Priority Three'
    r"^(?:##\s*)?(?:(?:Local|Key|Strategic|Corporate|Partnership|Our)\s+)?Priority\s+"
    r"(\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
)
NUMBERED = re.compile(rf"{PRIORITY_N}\s*[:.–—-]\s*(.+)$", re.I)
APPROACH = re.compile(  # bounded items: linear
    r"\(([A-Z][\w ]{1,80}(?:,\s*[A-Z][\w ]{1,80}){1,20},?\s*(?:and\s+)?[A-Z][\w ]{1,80})\)"
)
ALONE = re.compile(rf"{PRIORITY_N}\s*[:.]?$", re.I)
LABELS_AFTER = re.compile(r"\s*\((?:[A-Z][A-Za-z ]{1,30}):[^()]{0,200}\)\s*\.?$")  # '… (Lead: X)'
WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def _owner(ctx: Context, line: int):
    """The plan or partnership whose priorities these are: the nearest plan heading, else the partnership."""
    starts, plans = _plan_headings(ctx)
    k = bisect_right(starts, line)
    return plans[k - 1] if k else None


def _plan_headings(ctx: Context) -> tuple[list[int], list[str]]:
    """The first lines and names of the blocks naming a plan, in order (read once per document)."""
    got = ctx.memo.get(_plan_headings)
    if got is None:
        got = ctx.memo[_plan_headings] = _read_plan_headings(ctx)
    return got


def _read_plan_headings(ctx: Context) -> tuple[list[int], list[str]]:
    starts: list[int] = []
    plans: list[str] = []
    for b in ctx.doc.blocks:
        if (
            b.kind not in ("heading", "paragraph")
            or len(b.text) >= 100
            or b.text.endswith((".", ":"))
            or not re.search(r"\b(Plan|Strategy)\b", b.text)
        ):
            continue
        words = [
            w
            for w in b.text.split()
            if w[:1].isalpha() and w.lower() not in {"and", "of", "the", "for", "to", "in"}
        ]
        if bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words):  # in title case
            text = plan_part(re.sub(r"\s*\.{3,}.*$", "", b.text))
            if not re.match(r"^(?:Appendix|Figure|Table)\b", text):
                starts.append(b.start)
                plans.append(titlecase(text))
    return starts, plans


STATUS_AFTER = (
    r"\s+-\s+(?=[a-z][^.;]{0,80}\b(?:was|is|were|are|has\s+been|remains|rated)\b)"  # ' - performance was …'
)
NEXT_PRIORITY = re.compile(
    r";\s*(?:and\s+)?(?=Priority\s+(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s*[:.–—-])"
)


def _priority_text(text: str) -> str:
    text = NEXT_PRIORITY.split(LABELS_AFTER.sub("", text))[0]  # '…; and Priority 3: …' is the next one
    text = re.split(rf"\s*[–—-]\s*by\b|\s+–\s+|{STATUS_AFTER}", text)[0]
    return tidy(text).rstrip(".;")


def numbered(ctx: Context):
    """'Priority 3: …' headings, lines and cells; the wording used most often for each number wins."""
    found: dict[int, list[tuple[str, Sentence]]] = defaultdict(list)
    for block in ctx.doc.blocks:
        pieces = _numbered_pieces(ctx, block)
        pieces += [  # 'Priority 2: … was acceptable; and' / 'Priority 3: …': a list's items run into one
            Sentence(rest, rest, s.start, s.end) for s in pieces for rest in NEXT_PRIORITY.split(s.text)[1:]
        ]
        for s in pieces:
            m = NUMBERED.match(s.text)
            if m and len(m.group(2)) > 8 and not re.search(r"\.{4,}", s.text):
                number = int(m.group(1)) if m.group(1).isdigit() else WORDS[m.group(1).lower()]
                found[number].append((_priority_text(m.group(2)), s))
    first = min((s.start for variants in found.values() for _, s in variants), default=0)
    for number, variants in sorted(found.items()):
        counts = Counter(text.lower() for text, _ in variants)
        best = max(variants, key=lambda v: (counts[v[0].lower()], v[1].start))
        text, s = best
        owner, we = _owner(ctx, s.start), ctx.we(s.start)
        # under no plan's heading and for no body: the plan named in prose just above the first of them
        owner = owner or (None if we else plan_named_above(ctx, first))
        priority = ctx.mention(text, Kind.PRIORITY, code=f"Priority {number}", scope=ctx.name)
        for target in filter(None, (owner, we)):
            kind = Kind.PLAN if target == owner else None
            yield Claim(priority, Rel.PRIORITY_OF, ctx.mention(target, kind), ctx.ev(s), "priority.numbered")


def _numbered_pieces(ctx: Context, block: Block) -> list[Sentence]:
    """Where a block may hold 'Priority N: …': a row's cells; the lines of a block whose first line is
    one ('Priority 1: Reducing violence' over 'How we will measure success:', or 'Priority 1: …' then
    'Priority 2: …' on the next line), each line its own; else the block's text."""
    if block.kind == "row":
        return [
            Sentence(" ".join(parts), clean_quote(raw), block.start, block.end)
            for parts, raw in ((block.parts(i), block.raw_cells[i]) for i in range(len(block.cells)))
        ]
    lines = [clean(x) for x in ctx.doc.lines[block.start - 1 : block.end]]
    n = block.start
    if ALONE.match(lines[0]) and n < len(ctx.doc.lines) and (words := clean(ctx.doc.lines[n])):
        # 'Priority 1' alone, its words on the next line
        return [Sentence(f"{lines[0]}: {words}", clean_quote(ctx.doc.raw(n, n + 1)), n, n + 1)]
    if block.end > block.start and NUMBERED.match(lines[0]) and not WRAPPED.search(lines[0]):
        return [
            Sentence(text, clean_quote(ctx.doc.lines[n - 1]), n, n)
            for n, text in enumerate(lines, block.start)
            if n == block.start or NUMBERED.match(text)
        ]
    return [Sentence(block.text, clean_quote(block.raw), block.start, block.end)]


def clean_quote(raw: str) -> str:
    return fold(strip_tags(raw))  # white space folded, tags out (linear on a line of '<')


def life_course(ctx: Context):
    """'… using a life course approach (Starting Well, Living Well, and Aging Well)' after a named plan."""
    for block in ctx.doc.blocks:
        for s in ctx.doc.sentences(block):
            m = APPROACH.search(s.text)
            if not m or not re.search(
                r"\b(approach|themes?|priorities|outcomes)\b", s.text[: m.start()], re.I
            ):
                continue
            owner = re.search(r"(?:The|the)\s+([A-Z][\w’' ]{0,200}?(?:Plan|Strategy))\b", s.text)
            prev = None
            if not owner:
                for p in ctx.doc.sentences(block):
                    if p.start <= s.start and (
                        o := re.search(
                            r"(?:our|the|The|’s)\s+([A-Z][\w’' ]{0,200}?(?:Plan|Strategy))\b", p.text
                        )
                    ):
                        prev = o
                owner = prev
            if not owner:
                continue
            for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)):
                if item.strip():
                    yield Claim(
                        ctx.mention(item.strip(), Kind.PRIORITY, scope=ctx.name),
                        Rel.PRIORITY_OF,
                        ctx.mention(owner.group(1), Kind.PLAN),
                        ctx.ev(s),
                        "priority.parenthesised",
                    )


def priority_facts(ctx: Context):
    """The numbered and parenthesised readers, then lists in every layout (:mod:`.priority_lists`)
    for what those did not read: one claim per priority and owner."""
    seen: set[tuple[str, str]] = set()
    for reader in (numbered, life_course, priority_lists):
        for claim in reader(ctx):
            key = (claim.subject.name.lower(), claim.object.name.lower())
            if key not in seen:
                seen.add(key)
                yield claim


EXTRACTORS = [priority_facts]

__all__ = ["EXTRACTORS", "clean"]
