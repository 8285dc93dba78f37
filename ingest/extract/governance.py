"""Governance sentences and lists: membership, sub-groups, reporting lines, replacements, definitions."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace
from typing import TypeGuard

from ..blocks import Block, Sentence, clean
from ..mentions import POST_AT, part_type, people_in, post_in
from ..model import Claim, Description, Kind, Mention, Rel
from ..names import SMALL_WORDS, by_letter, is_acronym, is_post, kind_of, looks_like_person, tidy, titlecase
from .context import (
    BARE_HEADS,
    BARE_WORK,
    NAMED_THEN_TOLD,
    RUN,
    WORK_OF,
    Context,
    addressed_to,
    definitions,
    first_run,
    last_run,
    nicknames,
    owned_name,
    part_of_own_body,
    split_list,
)

NEGATIONS = ["not", "no longer", "never", "nor", "neither", "ceased", "will not", "won't", "isn't", "aren't"]
NEGATION = re.compile(rf"\b(?:{by_letter(NEGATIONS, True)})\b", re.I)
GROUPISH = {Kind.PARTNERSHIP, Kind.GROUP, Kind.SERVICE, Kind.ORGANISATION}
BODY_SECTIONS = (Kind.GROUP, Kind.PARTNERSHIP)  # a title or heading naming a group: the section's body
MEMBER_INTRO = re.compile(
    r"(?:members?|membership|sit on|comprises?|comprised of|made up of|represented|responsible authorities|include[sd]?)\b[^:]{0,300}:\s*$",
    re.I,
)
MEMBERS_INCLUDE = re.compile(r"^Members(?:hip)? (?:include|includes|is|are|comprise)s?\s+(.+?)\.?$")
SUB_INTRO = re.compile(
    r"\bsub ?-?groups?\b[^:]{0,300}:\s*$|\bset up the following sub ?-?groups?"
    r"|\b(?:themed|thematic|theme)\s+(?:\w+\s+)?(?:partnerships|groups|boards)\b[^:]{0,300}:\s*$",  # 'Under X sit three themed partnerships:'
    re.I,
)
THESE_ARE = re.compile(r"(?:These|They)\s+(?:are|include)\s*:\s*")
HAS_GROUPS = re.compile(
    r"(?:the\s+)?(?P<group>[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|and|of|for|&))*)\s+(?:has|have|is\s+supported\s+by)\s+"
    r"(?:[\w-]+\s+){0,5}(?i:boards|groups|sub-?groups|partnerships|sub-?committees|committees|networks|forums)\.?\s*$"
)
JOINT = re.compile(r"^This is a joint\s+(.{1,200}?)\s+and\s+(.{1,200}?)\s+(Group|Board|Panel)\b")


BODY = r"([A-Z][\w&’' -]{1,120}?)"
REPLACEMENTS = [
    (
        re.compile(
            rf"(?:the\s+)?{BODY}\s+was\s+(?:abolished and\s+)?replaced by\s+(?:the\s+)?(?:new\s+)?{BODY}(?:\s+\(|,|\.|$)"
        ),
        True,
        "sentence.replaced_by",
    ),
    (
        re.compile(
            rf"(?:the\s+)?{BODY}\s+(?:has been developed from and\s+)?now replaces\s+(?:the\s+)?{BODY}(?:\s+\(|,|\.|$)"
        ),
        False,
        "sentence.replaces",
    ),
    (
        re.compile(
            rf"{BODY}\s+(?:was|were|has been|have been)\s+merged (?:into|with)\s+(?:the\s+)?{BODY}(?:,|\.|$)"
        ),
        True,
        "sentence.merged_into",
    ),
]


PARTNERS_AFTER = re.compile(
    r"\s*,?\s+(?:in\s+(?:partnership|collaboration|conjunction)\s+with|working\s+(?:closely\s+)?with|alongside|"
    r"supported\s+by|with\s+(?:the\s+)?(?:support|help)\s+of)\s+"
)


class Subjects:
    """Resolves 'the Partnership', 'This', 'the JAG' to a named group, from what came before."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.last: str | None = None
        self.section: str | None = None
        self.recent: deque[str] = deque(maxlen=31)  # the names seen last, the latest last
        self.previous = ""  # the last sentence seen

    def see(self, s: Sentence) -> None:
        """Remember the last group or partnership the sentence names (a service only when there is none)."""
        group = service = None
        for m in RUN.finditer(s.text):
            name = tidy(m.group(0))
            self.recent.append(name)
            if len(name.split()) < 2:
                continue
            kind = kind_of(name, Kind.PROJECT)
            if kind in (Kind.PARTNERSHIP, Kind.GROUP):
                group = name
            elif kind is Kind.SERVICE:
                service = name
        self.last = group or service or self.last  # what 'This' or 'It' most likely refers to next
        self.previous = s.text

    def resolve(self, text: str, line: int, side: str = "subject") -> Mention | None:
        text = tidy(re.sub(r"^(?:the|this|that)\s+", "", text.strip(), flags=re.I))
        if not text:
            return None
        low = text.lower()
        if low in {"group", "committee", "panel"}:  # the section's group, else the last of that name
            named = next((n for n in reversed(self.recent) if n.lower().endswith(f" {low}")), None)
            if self.section and (self.section.lower().endswith(low) or not named):
                return self.ctx.mention(self.section, Kind.GROUP)
            return self.ctx.mention(named, Kind.GROUP) if named else None
        if low in BARE_HEADS:
            name = self.ctx.we(line, text.split()[-1])
            if not name and self.section and kind_of(self.section, Kind.PROJECT) in GROUPISH:
                name = self.section  # the document's own body: a partnership's page calls it 'the Board'
            return self.ctx.mention(name) if name else None
        if low in {"programme", "service", "project", "plan", "strategy"}:
            named = next((n for n in reversed(self.recent) if n.lower().endswith(low)), None)
            return self.ctx.mention(named) if named else None
        if low.split()[0] in {"each", "all", "both", "these", "they", "those", "some", "every"}:
            return None  # 'Each sub-group reports to the Board': no one body
        if text[0].islower() and re.search(r"(?:partnership|group|board|forum|panel|committee)s$", low):
            return None  # 'the thematic partnerships report to …': all of them, not the last one named
        if low in {"it", "this", "which"} or text[0].islower() and len(text.split()) <= 3:
            return self.ctx.mention(self.last) if self.last else None  # not a clause ('partnership has a …')
        if is_acronym(text) or text[0].isupper():
            text = owned_name(last_run(text) if side == "subject" else first_run(text))
            if text.lower() in BARE_HEADS:
                return self.resolve(text, line, side)  # a bare head word is a reference, not a name
            kind = kind_of(text, Kind.GROUP)
            return self.ctx.mention(
                text, kind if kind in GROUPISH | {Kind.FUND, Kind.PLAN, Kind.PROJECT} else Kind.GROUP
            )
        return None


PRIORITY_SUFFIX = re.compile(
    r"\s+(?:priority|theme|outcome|strand|objective|workstream)$"
)  # "The X priority"
ARTICLES = frozenset({"the", "this", "that", "it", "its", "our", "a", "an"})
POSTS = ("post", "role")  # what a name's words before it may be ('Independent Chair David Brown')
PERSON_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?([A-Z][\w&’' -]{2,100})$")
# a further item and its owner after a gap ('…, the Y priority by B and the Z priority by C')
GAPPED = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?[A-Z][\w&’' -]{1,80}?\s+by\s+(?:the\s+)?[A-Z])"
)
GAPPED_PIECE = re.compile(r"(?:the\s+)?(?P<item>[A-Z][\w&’' -]{1,80}?)\s+by\s+(?P<by>.+)$")


# 'the Cabinet member responsible for community safety': a post whose remit is written in lower case
REMIT_POST = re.compile(
    r"[A-Z][a-z]+\s+(?:[Mm]ember|[Hh]older|[Ll]ead)\s+(?:responsible\s+)?for\s+[a-z][\w ,&'’-]{2,60}$"
)


def _member_names(text: str) -> list[str]:
    """'representatives of all District / Borough Councils across X and representation from Police, Health and other services'."""
    out = []
    text = re.split(r"\s+(?:concerned|who|whose|which|that|to|in order|working|responsible)\s", text)[
        0
    ]  # the list, not the clause after it
    pieces = re.split(r"\s+and\s+(?=representatives?\b|representation\b)", text)
    for piece in pieces:
        piece = re.sub(r"^(?:representatives?|representation)\s+(?:of|from)\s+", "", piece.strip())
        for part in split_list(piece):
            part = re.sub(r"\s+(?:across|in|within|relevant to|that|who|which)\b.*$", "", part)
            part = re.sub(r"^(?:the|and|all|other|key|relevant)\s+", "", part.strip(), flags=re.I)
            out.append(part)
    return _keep_members(out)


def _keep_members(parts: list[str]) -> list[str]:
    out = []
    for part in parts:
        if not part or re.search(r"\bservices\b$", part) or len(part) > 90:
            continue
        if part[0].isupper() or (
            2 <= len(part.split()) <= 3
            and re.search(r"\b(?:sector|partners|agencies|providers|communit(?:y|ies))$", part)
        ):
            out.append(part)
    return out if any(p[0].isupper() for p in out) else []  # a list of names, not a description


def _items_after(ctx: Context, block: Block) -> list[Block]:
    blocks = ctx.doc.blocks
    i = blocks.index(block) + 1
    out = []
    while i < len(blocks) and blocks[i].kind == "item" and not blocks[i].numbered:
        out.append(blocks[i])
        i += 1
    return out


NOT_A_NAME_START = re.compile(r"(?:It|This|That|These|They|There|We|A|An)\b")


def _listed(ctx: Context, block: Block, s: Sentence, kind: Kind, rel: Rel, obj: Mention, method: str):
    """``item rel obj`` for each list item after ``block``, its evidence from sentence ``s`` to the item."""
    for item in _items_after(ctx, block):
        # 'Quality Sub-group – responsible for …': the name ends at the dash or bracket that explains it
        name = re.split(r"\s+[–—-]\s+|\s*\((?![A-Z]{2,8}\))|:\s", item.text)[0].strip(" .,;")
        if kind is Kind.GROUP and (told := NAMED_THEN_TOLD.match(name)):
            name = told.group("name")  # 'X Group which meets monthly and …': the group
        if kind is Kind.GROUP and (NOT_A_NAME_START.match(name) or len(name.split()[-1]) < 2):
            continue  # 'It was noted that …', 'It w' (a page cut off) after the groups: no group's name
        yield Claim(ctx.mention(name, kind), rel, obj, ctx.doc.evidence(s.start, item.end), method)


def _name_and_acronym(ctx: Context, text: str, s) -> tuple[str, list]:
    m = re.match(r"^(.*?)\s*\(([A-Z][A-Za-z&]{1,8})\)\s*,?$", text)
    if not m:
        return tidy(text), []
    name = tidy(m.group(1))
    return name, [Description(ctx.mention(name), ctx.ev(s), "list.definition", alias=m.group(2))]


def _name_like(text: str) -> bool:
    """A body's name, not a headline about it ('New health board meets for the first time'): its last
    word names a group, or all its words are capitalised."""
    words = text.split()
    return bool(words) and (
        kind_of(words[-1], Kind.PROJECT) in BODY_SECTIONS
        or all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS or not w[:1].isalpha()
            for w in words
        )
    )


def _section_name(text: str) -> str:
    """A title's group: a breadcrumb's last step, less what the papers are ('X Board – Terms of Reference')."""
    text = re.sub(r"\s*\([A-Z][A-Za-z&]{1,8}\)$", "", re.split(r"\s+(?:>|»|→)\s+", text)[-1])  # '… (XSB)'
    text = re.sub(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(?=[A-Z])", "", text)  # a minute's number: '6. X Board'
    head = re.split(r"\s+[–—-]\s+", text)[0]
    return head if kind_of(head, Kind.PROJECT) in BODY_SECTIONS else text


def sentences(ctx: Context):
    subjects = Subjects(ctx)
    title = _section_name(ctx.title or "")
    if title and len(title) < 90 and _name_like(title) and kind_of(title, Kind.PROJECT) in BODY_SECTIONS:
        subjects.section = tidy(title)  # the body the document is about, until a heading names another
    for block in ctx.doc.blocks:
        if (
            block.kind in ("paragraph", "heading")
            and block.start == block.end
            and not block.text.endswith((".", ":", "?"))  # 'Who chairs the partnership?' names no group
            and len(block.text) < 70
            and _name_like(block.text)
            and kind_of(block.text, Kind.PROJECT) in BODY_SECTIONS
            and not part_of_own_body(block.text)
            and not addressed_to(block.text)
            and len(block.text.split()) >= 2  # 'PARTNERSHIP', the last line of a title broken over lines
            and not people_in(block.text)  # 'Tom Wright – Community Safety Hub Manager': a list's entry
        ):
            subjects.last = subjects.section = _section_name(block.text)  # a section titled by a group's name
        for s in ctx.doc.sentences(block):
            yield from _sentence(ctx, subjects, block, s)
            subjects.see(s)


def _sentence(ctx: Context, subjects: Subjects, block: Block, s: Sentence):
    t = s.text
    low = t.lower()

    def has(*words: str) -> bool:  # a rule runs only on sentences holding its words (linear on long lines)
        return any(map(low.__contains__, words))  # (no generator: some 17 calls a sentence)

    ev = ctx.ev(s)
    negative = NEGATION.search(t)
    line = s.start

    # lists introduced by a sentence ending in ':' ("The responsible authorities who sit on the CSP are:")
    if t.endswith(":") and MEMBER_INTRO.search(t) and not negative and not SUB_INTRO.search(t):
        # not '… carried out by its sub-groups, each chaired by a Board member:' (the sub-groups' list)
        group = None
        m = re.search(  # a name's capitalised words: not '… overview of Community Safety gave … which included'
            r"\b(?:sit on|of|on)\s+(?:the\s+)?([A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|and|for|the|&)){0,12}?)"
            r"\s+(?:are|is|include)",
            t,
        )
        if m:
            group = subjects.resolve(m.group(1), line)
        if group is None:
            m = re.match(
                r"^(?:the\s+)?(.+?)\s+(?:is|are)\s+(?:further\s+)?(?:supported|made up|comprised)|^(?:the\s+)?(.+?)\s+comprises",
                t,
                re.I,
            )
            if m:  # 'The Westby Partnership (WP) is made up of:': the name less its acronym
                group = subjects.resolve(re.sub(r"\s*\([A-Z]{2,8}\)$", "", m.group(1) or m.group(2)), line)
        role = None
        if re.search(r"responsible authorit", t, re.I):
            role = "responsible authority"
        elif m2 := re.search(
            r"(non-statutory|statutory|associate|co-opted|voting|advisory) members?", t, re.I
        ):
            role = f"{m2.group(1).lower()} member"
        if group:
            for item in _items_after(ctx, block):
                text = re.split(r"\s+\(|\s[-–—]\s", item.text)[
                    0
                ]  # "X Trust (on behalf of …)", "X – responsible for …"
                name, extra = _name_and_acronym(ctx, text.rstrip(",.;"), item)
                yield from extra
                if name and name[0].isupper():
                    yield Claim(
                        ctx.mention(name),
                        Rel.MEMBER,
                        group,
                        ctx.doc.evidence(s.start, item.end),
                        "list.members",
                        role=role,
                    )

    if not negative:
        m = has("representatives") and re.search(
            r"(?:established|set up|exists|created) to (?:enable|bring together|allow)\s+(?:\w+\s+)?representatives (?:from|of)\s+(.{1,300}?)\s+to (?:meet|come together|work)",
            t,
        )
        if m and (
            group := subjects.resolve(
                re.split(r"\s+(?:has|have|is|was)\s+been\b|\s+exists\b|\s+is\b", t)[0], line
            )
        ):
            for name in _member_names(m.group(1)):
                yield Claim(ctx.mention(name), Rel.MEMBER, group, ev, "sentence.representatives_from", 0.7)
        m = has("sit on") and re.search(
            r"^(.+?)\s+(?:all\s+)?sit on\s+(?:the\s+)?([A-Z][\w&’' -]{1,120}?)(?:\s+(?:and|as|to|which)\b|,|\.|$)",
            t,
        )
        if m and (group := subjects.resolve(m.group(2), line, "object")):
            for name in _member_names(m.group(1)):
                yield Claim(ctx.mention(name), Rel.MEMBER, group, ev, "sentence.sit_on")
        m = MEMBERS_INCLUDE.search(t)
        if m and subjects.last:
            group = ctx.mention(
                subjects.section if t.startswith("Membership") and subjects.section else subjects.last
            )
            for name in _member_names(m.group(1)):
                yield Claim(ctx.mention(name), Rel.MEMBER, group, ev, "sentence.members_include")

    # sub-groups
    m = has("sub") and re.search(
        r"^(.+?)\s+(?:was|is|has been|were)\s+(?:established|set up|created|formed)\s+as\s+(?:a\s+)?sub-?\s?group\s+of\s+(?:the\s+)?(.{1,200}?)(?:,|\.|$)",
        t,
        re.I,
    )
    if _ok(m):
        child, parent = subjects.resolve(m.group(1), line), subjects.resolve(m.group(2), line, "object")
        if child and parent:
            yield Claim(child, Rel.SUBGROUP_OF, parent, ev, "sentence.subgroup_of")
        rest = t[m.end(2) :]
        r = re.search(r"replacing\s+(?:the\s+)?([A-Z][^,.;]+)", rest)
        if r and child:
            yield Claim(
                ctx.mention(first_run(r.group(1)), Kind.GROUP),
                Rel.REPLACED_BY,
                child,
                ev,
                "sentence.replacing",
            )
    # '<the subject> … , replacing the X': the sentence's subject replaced X
    m = has("replacing", "superseding") and re.search(
        r"^(.+?)\s+(?:was|were|is|are|has|have|had|will|would|became|becomes|met|meets)\b[^;]*?,\s*(?:replacing|superseding)"
        r"\s+(?:the\s+)?(?:former\s+|previous\s+|existing\s+|old\s+)?([A-Z][^,.;()]+)",
        t,
    )
    if _ok(m) and (new := subjects.resolve(m.group(1), line)) and len(m.group(1).split()) <= 12:
        yield Claim(
            ctx.mention(first_run(m.group(2)), Kind.GROUP), Rel.REPLACED_BY, new, ev, "sentence.replacing"
        )
    for m in (
        []
        if not has("such as")
        else re.finditer(
            r"(?:the\s+)?([A-Z][\w&’' ()-]{1,120}?)\s+and\s+sub-?\s?groups?,?\s+such as\s+(?:the\s+)?([A-Z][\w&’' -]{1,120}?)(?:\s+all\b|,|\.|$)",
            t,
        )
    ):
        parent, child = (
            ctx.mention(last_run(_strip_acr(m.group(1))), Kind.GROUP),
            ctx.mention(first_run(m.group(2)), Kind.GROUP),
        )
        yield Claim(child, Rel.SUBGROUP_OF, parent, ev, "sentence.subgroups_such_as")
    m = has("restructured") and re.search(
        r"(?:the\s+)?([A-Z][\w&’' -]{1,120}?)\s+has been restructured to include\s+(?:a\s+)?(?:[a-z]+,?\s+)*([A-Z][\w&’' -]{1,120}?)(?:\.|,|$)",
        t,
    )
    if m:
        yield Claim(
            ctx.mention(first_run(m.group(2)), Kind.GROUP),
            Rel.SUBGROUP_OF,
            subjects.resolve(m.group(1), line) or ctx.mention(last_run(m.group(1))),
            ev,
            "sentence.restructured_to_include",
        )
    m = has("led to") and re.search(
        r"(?:the\s+)?([A-Z][\w&’' -]{1,120}?),?\s+which has led to the (?:development|creation|establishment|setting up) of (?:the\s+|a\s+)?([A-Z][\w&’' -]{1,120}?(?:Sub ?-?[Gg]roup|Subgroup))",
        t,
    )
    if m:
        yield Claim(
            ctx.mention(first_run(m.group(2)), Kind.GROUP),
            Rel.SUBGROUP_OF,
            ctx.mention(last_run(m.group(1)), Kind.GROUP),
            ev,
            "sentence.led_to_subgroup",
            0.7,
        )
    # 'At present the X Board has nine Operational Delivery Partnership Boards. These are:' over the list
    groups_named = THESE_ARE.fullmatch(t) and HAS_GROUPS.search(subjects.previous)
    if groups_named and (group := subjects.resolve(groups_named.group("group"), line)):
        yield from _listed(ctx, block, s, Kind.GROUP, Rel.SUBGROUP_OF, group, "list.subgroups")
    sub_intro = has("sub", "them") and SUB_INTRO.search(t)
    if sub_intro and not negative:
        # a name of capitalised words ('The Board is supported by an Executive Group and …': the Board)
        body = r"((?:[A-Z][\w&’'-]*\s+(?:(?:of|and|for|the|&)\s+)?){0,10}?(?:Partnership|Board|Group|Committee|JAG|[A-Z]{3,}))\b"
        named = re.search(rf"\b(?:of|by|[Uu]nder)\s+(?:the\s+)?{body}", t) or re.search(
            rf"^(?:The\s+)?{body}", t
        )
        word = re.search(r"\b(partnership|board|committee)\b", t, re.I)
        group = subjects.resolve(named.group(1), line) if named else None
        group = group or (subjects.resolve(f"the {word.group(1)}", line) if word else None)
        if group:
            yield from _listed(ctx, block, s, Kind.GROUP, Rel.SUBGROUP_OF, group, "list.subgroups")

    m = has("sub") and re.search(
        r"^(.+?)\s+(?:has|have)\s+(?:\w+\s+)?sub ?-?groups?(?:,\s*namely)?\s*(?::|\bwhich are\b|\bincluding\b)\s*(.+?)\.?$",
        t,
    )
    if _ok(m) and (group := subjects.resolve(m.group(1), line)):
        for name in split_list(m.group(2)):
            if name[:1].isupper():
                yield Claim(
                    ctx.mention(name, Kind.GROUP), Rel.SUBGROUP_OF, group, ev, "sentence.has_subgroups"
                )

    # reporting lines
    m = has("responsible", "accountable", "answerable") and re.search(
        r"^(.+?)\s+(is|are)\s+(?:responsible|accountable|answerable)\s+to\s+(?:the\s+)?([A-Z][\w&’' -]{1,120}?)(?:\s+for\b|,|\.|$)",
        t,
    )
    if _ok(m):
        parent = subjects.resolve(m.group(3), line, "object")
        for name in split_list(m.group(1)) if m.group(2) == "are" else [m.group(1)]:
            child = subjects.resolve(name, line)
            if child and parent:
                yield Claim(child, Rel.REPORTS_TO, parent, ev, "sentence.responsible_to")
                if child.kind in (Kind.GROUP,) and parent.kind in (Kind.PARTNERSHIP, Kind.GROUP):
                    yield Claim(child, Rel.SUBGROUP_OF, parent, ev, "sentence.responsible_to", 0.6)
    m = has("report") and re.search(
        r"^(.+?)\s+reports?\s+(?:to|into)\s+(?:the\s+)?([A-Z][\w&’' -]{1,120}?)(?:\s+(?:on|for|every|quarterly|annually)\b|,|\.|$)",
        t,
    )
    if _ok(m) and not re.search(r"\bby\b", m.group(1)):  # '… chaired by X and reports to': X does not report
        child, parent = subjects.resolve(m.group(1), line), subjects.resolve(m.group(2), line, "object")
        if child and parent:
            yield Claim(child, Rel.REPORTS_TO, parent, ev, "sentence.reports_to")
    m = has("governance") and re.search(
        r"governance (?:for|of) (?:the\s+)?(.{1,200}?)\s+(?:lies|sits|rests) with (?:the\s+)?([A-Z][\w&’' -]{1,120}?)(?:,|\.|$)",
        t,
        re.I,
    )
    if _ok(m) and m.group(1).lower() != "which":
        parent = subjects.resolve(m.group(2), line, "object")
        child = subjects.resolve(m.group(1), line)
        if child and parent:
            yield Claim(child, Rel.REPORTS_TO, parent, ev, "sentence.governance_lies_with")

    m = has("advise") and re.search(
        r"\badvise (?:the\s+)?([A-Z][\w&’' -]{1,120}?)\s+via\s+(?:the\s+)?([A-Z][\w&’' -]{1,120}?)(?:\s+or\b|,|\.|\)|$)",
        t,
    )
    if _ok(m) and (child := subjects.resolve(re.split(r"\s+will\b", t)[0], line)):
        for parent in (m.group(1), m.group(2)):
            yield Claim(
                child,
                Rel.REPORTS_TO,
                ctx.mention(first_run(parent), Kind.GROUP),
                ev,
                "sentence.advise_via",
                0.7,
            )
    m = JOINT.search(t)
    if m and subjects.section:
        for parent in (m.group(1), m.group(2)):
            yield Claim(
                ctx.mention(subjects.section, Kind.GROUP),
                Rel.SUBGROUP_OF,
                ctx.mention(parent),
                ev,
                "sentence.joint_group",
                0.7,
            )
    m = has("taken forward", "led", "delivered", "owned", "overseen", "managed") and re.search(
        r"(?:the\s+)?([A-Z][\w&’' -]{1,120}?)\s+(?:was|is|were|are) (?:being )?(?:taken forward|led|delivered|owned|overseen|managed) by\s+(.{1,300}?)(?:\.|$)",
        t,
    )
    quantified = _ok(m) and re.match(r"(?i)(?:each|every|all|both|any|some)\b", m.group(1).strip())
    led = WORK_OF.sub("", m.group(1)).strip() if _ok(m) else ""
    led_name = last_run(led)
    body = kind_of(led_name, Kind.PLAN) in GROUPISH
    # a name: not 'The contract is …', nor the first word of 'Domestic abuse is …' (the prose readers')
    named = PRIORITY_SUFFIX.sub("", led).endswith(led_name) and led_name.lower() not in ARTICLES
    if _ok(m) and not BARE_WORK.match(m.group(1).strip()) and not quantified and not body and named:
        # not 'Each outcome is led by', nor 'The Board is led by an Independent Chair' (a chair)
        item = ctx.mention(led_name, Kind.PLAN)
        led = PARTNERS_AFTER.split(m.group(2))[0]  # '… by X in partnership with Y': Y contributes
        # 'X is led by A, the Y priority by B and the Z priority by C': each further item with its own owner
        led, *gapped = GAPPED.split(led)
        pairs = [(item, led)] + [
            (ctx.mention(last_run(g.group("item")), Kind.PLAN), g.group("by"))
            for piece in gapped
            if (g := GAPPED_PIECE.match(piece))
        ]
        for owned, by in pairs:
            owners = re.split(r"\s+and\s+the\s+", by) if " and the " in by else split_list(by)
            for owner in owners:
                owner = re.split(r",", owner)[0]
                if re.sub(r"^the\s+", "", owner.strip())[
                    :1
                ].isupper():  # a name, not '… and delivered by its partners'
                    yield Claim(
                        ctx.mention(first_run(re.sub(r"^the\s+", "", owner.strip()))),
                        Rel.RESPONSIBLE,
                        owned,
                        ev,
                        "sentence.taken_forward_by",
                        0.8,
                    )
    m = has("agreed", "approved", "adopted") and re.search(
        r"(?:the\s+)?([A-Z][\w&’' -]{0,120}?\s(?:partnership|Partnership|Board|Group|Committee))\s+(?:has|have)\s+(?:agreed|approved|adopted)\s+(?:the\s+)?([A-Z][\w&’' -]{1,120}?(?:Strategy|Plan|Framework))",
        t,
    )
    if _ok(m):
        *words, last = m.group(1).split()
        yield Claim(
            ctx.mention(f"{last_run(' '.join(words))} {last}", Kind.PARTNERSHIP),
            Rel.RESPONSIBLE,
            ctx.mention(m.group(2), Kind.PLAN),
            ev,
            "sentence.agreed_plan",
            0.8,
        )
    m = has("role of") and re.search(
        r"role of\s+(?:the\s+)?([A-Z][\w&’' -]{1,120}?)\s+(?:will be|is)\s+(?:the\s+)?delivery of\s+(?:our|the|its)\s+([A-Z][\w&’' -]{1,120}?)(?:\.|,|$)",
        t,
    )
    if _ok(m):
        yield Claim(
            ctx.mention(m.group(1)),
            Rel.RESPONSIBLE,
            ctx.mention(m.group(2), Kind.PLAN),
            ev,
            "sentence.role_is_delivery",
            0.8,
        )

    # replacements and mergers: (pattern, whether the subject is the body replaced, method)
    for pattern, old_first, method in REPLACEMENTS if has("replace", "merged") else []:
        for m in pattern.finditer(t):
            if _ok(m):
                subject, obj = last_run(m.group(1)), first_run(m.group(2))
                old, new = (subject, obj) if old_first else (obj, subject)
                yield Claim(ctx.mention(old), Rel.REPLACED_BY, ctx.mention(new), ev, method)
    m = has("amalgamating") and re.search(
        r"^(.+?)\s+(?:became operational|was (?:created|formed|established))\b.{0,300}?amalgamating\b", t
    )
    if m:
        new = subjects.resolve(m.group(1), line)
        if new:
            yield from _listed(ctx, block, s, Kind.SERVICE, Rel.REPLACED_BY, new, "list.amalgamated")
    # chairs
    m = has("chaired by") and re.search(
        r"([A-Z][\w&’' -]{1,120}?)(?<!\band)\s+(?:is|was|will be)\s+chaired by\s+(?:the\s+)?([A-Z][\w’'. -]{1,80}?)(?:,\s*(?:the\s+)?([A-Z][\w&’' -]{1,120}?))?(?:,|\.|$| and)",
        t,
    )
    if _ok(m) and (  # 'The' left of 'The board' when no board is named is no group
        chaired := subjects.resolve(m.group(1), line)
        or (ctx.mention(named) if len((named := last_run(m.group(1))).split()) >= 2 else None)
    ):
        chair: str = m.group(2) if REMIT_POST.match(m.group(2)) else first_run(m.group(2))
        if is_post(chair) and (at := POST_AT.match(chair)):
            chair = at.group(1)  # 'the Head of Safeguarding at Kelby Council': the post
        after: str | None = m.group(3)
        if after and is_post(chair) and looks_like_person(holder := first_run(after)):
            # 'chaired by the Leader of X Council, Councillor Y': the person, who holds the post
            yield Claim(
                ctx.mention(holder, Kind.PERSON), Rel.HOLDS, post_in(chair), ev, "sentence.chaired_by"
            )
            chair, after = holder, None
        person = people_in(chair)
        if (
            person
            and person[0].start > 0
            and part_type(held := chair[: person[0].start].strip(" ,")) in POSTS
        ):
            # 'chaired by Independent Chair David Brown': the person, who holds the post before his name
            chair, person = person[0].name, [replace(person[0], start=0)]
            yield Claim(ctx.mention(chair, Kind.PERSON), Rel.HOLDS, post_in(held), ev, "sentence.chaired_by")
        if person and person[0].start == 0 and (of := PERSON_OF.match(chair[person[0].end :])):
            chair = person[0].name  # 'Supt Dana Cole of Northshire Police': the person, in that body
            yield Claim(
                ctx.mention(chair, Kind.PERSON),
                Rel.WORKS_FOR,
                ctx.mention(of.group(1)),
                ev,
                "sentence.chaired_by",
            )
        chair_m = ctx.mention(chair, Kind.POST) if REMIT_POST.match(chair) else ctx.mention(chair)
        yield Claim(chair_m, Rel.CHAIR, chaired, ev, "sentence.chaired_by")
        if after and looks_like_person(chair) and re.search(r"(?i)\bchair", after):
            if len(after.split()) > 1:  # 'chaired by X, Independent Chair': the post he holds
                yield Claim(
                    ctx.mention(chair, Kind.PERSON),
                    Rel.HOLDS,
                    ctx.mention(after, Kind.POST),
                    ev,
                    "sentence.chaired_by",
                )
        elif after and looks_like_person(chair):
            kind = Kind.POST if is_post(after) else kind_of(after)
            rel = Rel.HOLDS if kind is Kind.POST else Rel.WORKS_FOR
            held = post_in(tidy(after)) if kind is Kind.POST else ctx.mention(after, kind)
            yield Claim(ctx.mention(chair, Kind.PERSON), rel, held, ev, "sentence.chaired_by")


def _ok(m: re.Match | None | bool) -> TypeGuard[re.Match]:
    """A match that does not itself say 'not' ('… has agreed X but has not yet agreed Y' keeps X)."""
    return isinstance(m, re.Match) and not NEGATION.search(m.group(0))


def _strip_acr(text: str) -> str:
    return re.sub(r"\s*\([A-Z&]{2,8}\)\s*$", "", text)


def accountable_to(ctx: Context):
    """A label line 'Accountable to' with the body on the next line, under the group's own title."""
    lines = ctx.doc.lines
    for i, raw in enumerate(lines[:-1]):
        if re.fullmatch(r"\s*(?:Accountable|Reports?|Reporting) to:?\s*", raw, re.I) and lines[i + 1].strip():
            title = next(
                (
                    clean(x)
                    for x in reversed(lines[max(0, i - 6) : i])
                    if re.search(
                        r"\b(?:BOARD|PARTNERSHIP|GROUP|COMMITTEE|Board|Partnership|Group|Committee)\s*$",
                        clean(x),
                    )
                ),
                ctx.title,
            )
            parent = tidy(lines[i + 1])
            if title:
                child = re.sub(r"\s*(?:Terms of Reference|Membership)\s*$", "", title, flags=re.I)
                ev = ctx.doc.evidence(i + 1, i + 2)
                yield Claim(
                    ctx.mention(titlecase(child), Kind.GROUP),
                    Rel.REPORTS_TO,
                    ctx.mention(parent, Kind.GROUP),
                    ev,
                    "label.accountable_to",
                    0.8,
                )


EXTRACTORS = [definitions, nicknames, sentences, accountable_to]
