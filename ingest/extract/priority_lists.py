"""Priority lists in every layout, with the plan, strategy or partnership they belong to.

A list is introduced by a heading or a sentence that names priorities, themes, objectives, aims,
outcomes or strands (the words are data: ``ingest/data/priorities.yaml``), and its items are

* the bullets, numbers or letters that follow ("The five priorities in the Plan are:" then "1. …");
* lines written one per line under such a heading;
* a run inside the sentence itself ("… had priorities which included; a, b and c", "… included: a; b; and c").

The owner is the plan, strategy or partnership the introduction names ("The Exampleton Community
Safety Plan sets out …"), points back to ("the Plan", "this strategy" → the last full name with that
head; "our", "the Partnership" → the partnership), or is its subject ("Safer Homes, led by …, had
priorities …"); else the plan of the nearest heading, else the document's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

import yaml

from ..blocks import Block, Sentence, clean, fold, strip_tags
from ..model import Claim, Kind, Rel
from ..names import tidy
from .context import Context
from .people import titlecase

WORD = r"(?:[A-Z0-9][\w&’'.-]*)"
YEARS = r"(?: (?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?)?"
COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
ITEM_MARK = re.compile(r"^\s*(?:[-*•‣▪●◦]|\(?[a-z]\)|\(?[ivx]{1,5}[.)]|\d{1,2}[.)]|[a-z][.)])\s+", re.I)


@cache
def vocabulary() -> dict:
    return yaml.safe_load((files("ingest.data") / "priorities.yaml").read_text(encoding="utf-8"))


def _words(key: str) -> str:
    return "|".join(w.strip() for w in vocabulary()[key].split("|") if w.strip())


@cache
def _list_word() -> re.Pattern:
    return re.compile(rf"\b(?:{_words('list_words')})\b", re.I)


@cache
def _owner_name() -> re.Pattern:
    return re.compile(
        rf"(?P<name>{WORD}(?: (?:(?:of|and|for|&|the) ){{0,2}}{WORD}){{0,10}} (?:{_words('owner_heads')}){YEARS})(?![\w-])"
    )


@cache
def _back_reference() -> re.Pattern:
    return re.compile(rf"\b(?:the|this|our|its|their) ({_words('back_references')})\b", re.I)


@cache
def _inline_intro() -> re.Pattern:
    """Where an inline list starts: after 'include(d)' with ':' or ';', or after a colon."""
    return re.compile(rf"\b(?:{_words('intro_verbs')})\s*[:;]\s*|:\s+", re.I)


@cache
def _not_owner() -> re.Pattern:
    return re.compile(rf"^(?:{_words('not_owner')})\b\s*")


def _clean_owner(name: str) -> str | None:
    for _ in range(3):
        name = _not_owner().sub("", name)
        name = re.sub(r"^[A-Z]\w* the (?=[A-Z])", "", name)  # 'Download the Exampleton Plan'
    name = re.sub(
        rf"^(?:{_words('list_words')}|Section|Part|Appendix|Annex)\s*\w{{0,6}}\s+of\s+(?:the\s+)?",
        "",
        name,
        flags=re.I,
    )
    name = tidy(name.strip(" ,;:."))
    if len(name.split()) < 2 and not re.fullmatch(r"[A-Z]{2,6}", name):
        return None
    return name


class Owners:
    """Who a list belongs to, read from its introduction and what the document named before it."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.named: list[tuple[int, str]] = []  # (line, full name) of every plan, strategy, partnership …
        for n, line in enumerate(ctx.doc.lines, 1):
            text = clean(line)
            for m in _owner_name().finditer(text):
                if name := _clean_owner(m.group("name")):
                    self.named.append((n, name))

    def canonical(self, name: str) -> str:
        """The first form the document writes a name in ('… Plan 2020-2023' before '… Plan 2020-23')."""
        bare = re.sub(YEARS + "$", "", name).lower()
        for _, other in self.named:
            if re.sub(YEARS + "$", "", other).lower() == bare:
                return other if len(other) >= len(name) else name
        return name

    def last(self, head: str, line: int) -> str | None:
        """The last full name ending in ``head`` ('Plan') at or before ``line``, else the first after it."""
        head = head.lower()
        found = [
            (n, name) for n, name in self.named if re.sub(YEARS + "$", "", name).split()[-1].lower() == head
        ]
        before = [name for n, name in found if n <= line]
        if before:
            return self.canonical(before[-1])
        return self.canonical(found[0][1]) if found else None

    def partnership(self, line: int) -> str | None:
        return self.ctx.we(line) or self.last("partnership", line)

    def of(self, intro: str, line: int) -> list[tuple[str, Kind | None]]:
        """Owners named in the clause that hands over to the list, else right after the list word
        ('the themes at the heart of our strategy'), else anywhere in the introduction."""
        clauses = re.split(r",\s+(?:and\s+)?|;\s+|\s+and\s+(?=how|that|the|elements|these|its)", intro)
        if len(clauses) > 1 and (got := self._of(clauses[-1], line, subject=False)):
            return got
        words = list(_list_word().finditer(intro))
        if words:
            after = re.split(r"[,;]", intro[words[-1].end() :])[0]
            if got := self._of(after, line, subject=False):
                return got
        return self._of(intro, line)

    def _of(self, intro: str, line: int, subject: bool = True) -> list[tuple[str, Kind | None]]:
        out: list[tuple[str, Kind | None]] = []

        def add(name: str | None, kind: Kind | None = None) -> None:
            if name and name.lower() not in (o.lower() for o, _ in out):
                out.append((name, kind or _kind(name)))

        for m in _owner_name().finditer(intro):
            if name := _clean_owner(m.group("name")):
                add(self.canonical(name))
        if subject and not out:
            m = re.match(
                rf"^(?:The )?(?P<name>{WORD}(?: (?:(?:of|and|for|&) ){{0,2}}{WORD}){{0,8}})(?:,? (?:which|who|has|have|had|sets|set|agreed|identified)\b|[’']s\b)",
                intro,
            )
            if m:
                add(_clean_owner(m.group("name")))
        for m in re.finditer(r"\b(?:by|of|from|for) (?:the )?([A-Z]{2,6})\b|\b([A-Z]{2,6})[’']s\b", intro):
            full = self.ctx.definitions.get(m.group(1) or m.group(2))
            if full and (full := _bare_group(full)) and _owner_name().fullmatch(full):
                add(full)
        for m in _back_reference().finditer(intro):
            word = m.group(1).lower()
            if word == "partnership":
                add(self.partnership(line))
            elif m.group(0).split()[0].lower() in (
                "our",
                "its",
                "their",
            ):  # its own plan: the heading's or title's
                add(
                    heading_plan(self.ctx, line) or document_plan(self.ctx) or self.last(word, line),
                    Kind.PLAN,
                )
            else:
                add(self.last(word, line))
        if not out and re.search(r"\b(?:our|we)\b", intro, re.I):
            add(self.partnership(line), Kind.PARTNERSHIP)
            if re.search(r"\b(?:this|the) (?:document|strategy|plan)\b|\bour\b", intro, re.I):
                add(document_plan(self.ctx), Kind.PLAN)
        return out

    def fallback(self, line: int) -> list[tuple[str, Kind | None]]:
        """An introduction naming no owner: the plan of the heading above, else of the title page."""
        if plan := heading_plan(self.ctx, line) or document_plan(self.ctx):
            return [(plan, Kind.PLAN)]
        return []


def _bare_group(name: str) -> str:
    """'Chair of the Exampleton Partnership' -> 'Exampleton Partnership': a post's words are not the body's name."""
    return re.sub(
        r"^(?:(?:Vice|Deputy)[- ])?(?:Chair|Chairman|Chairperson|Head|Director|Members?) of (?:the )?",
        "",
        name,
    )


def _kind(name: str) -> Kind | None:
    return (
        Kind.PLAN if re.search(r"\b(?:Plan|Strategy|Framework|Agreement|Programme|Vision)\b", name) else None
    )


def heading_plan(ctx: Context, line: int) -> str | None:
    """The nearest heading above ``line`` that names a plan or strategy."""
    plan = None
    for b in ctx.doc.blocks:
        if b.start > line:
            break
        if (
            b.kind == "heading"
            and re.search(r"\b(?:Plan|Strategy)(?:\s+\(?(?:19|20)\d{2}.{0,12})?$", b.text, re.I)
            and len(b.text) < 100
            and not re.match(r"^(?:Appendix|Annex|Figure|Table)\b", b.text)
        ):
            plan = titlecase(b.text) if b.text.isupper() else b.text
    return plan


def document_plan(ctx: Context) -> str | None:
    """A title page's plan: 'COMMUNITY SAFETY STRATEGY' with the short place and period lines under it."""
    lines = [clean(x) for x in ctx.doc.lines[:25]]
    for i, text in enumerate(lines):
        if not text or len(text) > 80 or not re.search(r"\b(?:PLAN|STRATEGY|Plan|Strategy)\b", text):
            continue
        if text.endswith((".", ":")):
            continue
        parts = [text]
        for following in lines[i + 1 : i + 4]:
            if (
                not following
                or following.isupper()
                or following.endswith((".", ":", ","))
                or len(following.split()) > 7
                or not following[:1].isupper()
            ):
                break
            parts.append(following)
        return " ".join(parts)
    return None


def _item_text(text: str) -> str | None:
    text = ITEM_MARK.sub("", text)
    text = re.sub(r"^(?:and|or)\s+", "", text.strip())
    sentences = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text)
    if len(sentences) > 1 and len(sentences[0].split()) >= 3:
        text = sentences[0]
    text = re.split(r"\s+[–—]\s+|\s*[–—-]\s*by\b", text)[0]
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip().rstrip(".;,"))
    text = tidy(text.strip().rstrip(".;,:"))
    if not (3 <= len(text) <= 250) or not re.search(r"[A-Za-z]{3}", text):
        return None
    return text


def _count(intro: str) -> int | None:
    m = re.search(
        rf"\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:\w+\s+)?(?:{_words('list_words')})\b",
        intro,
        re.I,
    )
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else COUNT[word]


def _following_items(blocks: list[Block], i: int, count: int | None) -> list[Block]:
    intro = blocks[i]
    items: list[Block] = []
    for b in blocks[i + 1 :]:
        if b.kind != "item":
            break
        if not items and intro.kind == "item" and b.numbered == intro.numbered and b.indent <= intro.indent:
            break  # the next entry of the same list, not a list under this one
        if items and (b.numbered != items[0].numbered or b.indent < items[0].indent):
            break
        items.append(b)
        if count and len(items) == count:
            break
    return items


def _lines_under(ctx: Context, block: Block) -> list[Sentence]:
    """Lines written one per line under a heading (no bullets): each short, none a sentence run on."""
    out = []
    n = block.end + 1
    lines = ctx.doc.lines
    while n <= len(lines) and not lines[n - 1].strip():
        n += 1
    while n <= len(lines) and lines[n - 1].strip():
        raw = fold(strip_tags(lines[n - 1]))
        text = clean(raw)
        if len(text) > 120 or not text[:1].isupper() or text.endswith(":"):
            return []
        out.append(Sentence(text, raw, n, n))
        n += 1
    return out if 2 <= len(out) <= 12 else []


def _inline(text: str) -> tuple[str, list[str]] | None:
    """'… priorities which included; a, b and c' -> (intro, [a, b, c])."""
    m = _inline_intro().search(text)
    if not m or not _plural_list_word(text[: m.start()]) or len(text[: m.start()].split()) < 3:
        return None
    rest = text[m.end() :].strip().rstrip(".;")
    if ";" in rest:
        parts = [p.strip() for p in rest.split(";")]
    else:
        parts = [p.strip() for p in re.split(r",\s*", rest)]
        if parts:
            parts[-1:] = _split_last_and(parts[-1])
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p.split()) > 30 for p in parts):
        return None
    return text[: m.start()], parts


def _split_last_and(text: str) -> list[str]:
    """'a and b' -> [a, b]; with several 'and's, at the first one leaving three words or more on its right."""
    cuts = [m for m in re.finditer(r"\s+and\s+", text)]
    if not cuts:
        return [text]
    for m in cuts:
        if len(text[m.end() :].split()) >= 3:
            return [text[: m.start()], text[m.end() :]]
    m = cuts[-1]
    return [text[: m.start()], text[m.end() :]]


@cache
def _announces() -> re.Pattern:
    """An introduction that hands over to a list: it ends with ':' or an introducing verb, or says 'below'."""
    return re.compile(
        rf"(?:[:;]\s*$|\b(?:{_words('intro_verbs')})\s*[:;.]?\s*$|\b(?:below|following|as follows)\b)", re.I
    )


def _plural_list_word(text: str) -> bool:
    return any(m.group(0).lower().endswith("s") for m in _list_word().finditer(text))


def priority_lists(ctx: Context) -> Iterator[Claim]:
    owners = Owners(ctx)
    blocks = ctx.doc.blocks
    for i, block in enumerate(blocks):
        if block.kind == "row":
            continue
        sentences = ctx.doc.sentences(block)
        if not sentences:
            continue
        last = sentences[-1]
        # a list in layout after a heading or an introduction
        if (
            len(last.text) <= 400
            and _plural_list_word(last.text)
            and (block.kind == "heading" or _announces().search(last.text))
        ):
            items: list[Sentence | Block] = list(_following_items(blocks, i, _count(last.text)))
            if not items and block.kind == "heading":
                items = list(_lines_under(ctx, block))
            if len(items) >= 2:
                who = owners.of(last.text, last.start) or owners.fallback(last.start)
                who += _this_plan_after(ctx, owners, items[-1].end)
                for item in items:
                    text = _item_text(item.text)
                    if text:
                        ev = ctx.ev(item)
                        yield from _claims(ctx, text, who, ev, "priority.list_layout")
                continue
        # a list inside the sentence
        if block.kind not in ("paragraph", "item"):
            continue
        for s in sentences:
            found = _inline(s.text)
            if not found:
                continue
            intro, parts = found
            who = owners.of(intro, s.start) or owners.fallback(s.start)
            for part in parts:
                if text := _item_text(part):
                    yield from _claims(ctx, text, who, ctx.ev(s), "priority.inline_list")


def _this_plan_after(ctx: Context, owners: Owners, line: int) -> list[tuple[str, Kind | None]]:
    """'The successful implementation of this plan …' right after a list: the plan is its owner too."""
    for b in ctx.doc.blocks:
        if b.start > line:
            s = ctx.doc.sentences(b)
            if s and (m := re.search(r"\bthis (plan|strategy)\b", s[0].text, re.I)):
                name = owners.last(m.group(1), b.start)
                return [(name, Kind.PLAN)] if name else []
            return []
    return []


def _claims(ctx: Context, text: str, who: list[tuple[str, Kind | None]], ev, method: str):
    priority = ctx.mention(text, Kind.PRIORITY, scope=ctx.name)
    seen = set()
    for name, kind in who:
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        yield Claim(priority, Rel.PRIORITY_OF, ctx.mention(name, kind), ev, method, 0.8)


EXTRACTORS = [priority_lists]
