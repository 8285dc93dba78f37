"""Who owns what, wherever the item is free text: the readers of ownership that do not need a table.

* **Prose, owner first**: "X is responsible for implementing the national strategies at a local
  level", "X, with responsibility for the Council's work within Y, ...", "X leads on ...", "X has the
  lead for ...": the item is the noun phrase after the words, up to the clause's end.
* **Prose, item first**: "Safer Families, which had been led by A and B, ...", "Safer Communities led
  by Jane Doe (Body) and Inspector John Roe": a sentence or list item opening with the item's name.
* **Lists owned by a phrase**: "elements supported by the Partnership included: a; b (alongside Y)".
* **Label blocks**: "Action A1: ..." (or "Objective 2. ...", "3.1 ..." followed by labels) and the
  lines under it "Lead: ...", "Partners: ...", "Responsible: ...", "Supported by: ..." (the label
  words are the owner and partner columns of ``ingest/data/tables.yaml``).
* **Lead lines**: runs of list lines "Item – Jane Doe (Body)" (a project or work stream, its lead and
  the lead's body).
* **Role lead-ins**: "The Board will:" (the lead-ins of ``predicates.yaml``) and the items under it, each
  owned by the Board; a short title line right before such a lead-in ("Developing links with
  partners." / "The Partnership will ensure that it:") is an item of the same owner.

Items become entities of their own (actions, priorities or projects), scoped to their document so
that generic wordings of two councils stay apart. Every pattern is linear: bounded repeats only.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from ..blocks import BULLET, MARK, MARK_OPENING, WRAPPED, Block, clean, fold
from ..mentions import body_cut, head_kind, part_type, people_in
from ..model import Claim, Kind, Mention, Rel
from ..names import by_letter, is_acronym, kind_of, tidy
from .context import BARE_WORK, WORK_OF, Context, name_continuations
from .indicator_tables import vocab
from .priority_lists import document_plan, numbered_name
from .structure import PRIORITY_HEADING, Reader, _marked, _typ, find_spans, role_intros, table

MAX = 2000  # characters of a sentence read

# ---------------------------------------------------------------- vocabulary


@cache
def _labels() -> tuple[frozenset[str], frozenset[str]]:

    cols = vocab()["columns"]
    owners = {w.lower() for w in cols["owner"]} - {"who", "officer"}
    owners |= {"lead officer(s)", "lead agency/partner", "lead organisation(s)", "responsible lead", "led by"}
    partners = {w.lower() for w in cols["partners"]} - {"support"}
    return frozenset(owners), frozenset(partners)


ITEM_WORDS = {
    "action": Kind.ACTION,
    "activity": Kind.ACTION,
    "task": Kind.ACTION,
    "step": Kind.ACTION,
    "deliverable": Kind.ACTION,
    "milestone": Kind.ACTION,
    "recommendation": Kind.ACTION,
    "workstream": Kind.ACTION,
    "work stream": Kind.ACTION,
    "project": Kind.PROJECT,
    "initiative": Kind.PROJECT,
    "programme": Kind.PROJECT,
    "objective": Kind.PRIORITY,
    "strategic objective": Kind.PRIORITY,
    "priority": Kind.PRIORITY,
    "outcome": Kind.PRIORITY,
    "aim": Kind.PRIORITY,
    "theme": Kind.PRIORITY,
    "what": Kind.ACTION,  # 'What: … / Who: … / When: …' blocks
    "what we will do": Kind.ACTION,
}
ASKED_OWNER = {"who", "by whom", "who will lead", "who will do it"}  # owners under a 'What:' item
_ITEM_ALT = "|".join(sorted((re.escape(w) for w in ITEM_WORDS), key=len, reverse=True))
ITEM_QUALIFIER = r"(?:(?:Local|Strategic|Key|Our|Partnership|Corporate|Improvement)\s+)?"
ITEM_LINE = re.compile(
    rf"^{ITEM_QUALIFIER}(?P<word>{_ITEM_ALT})\s*(?P<code>[A-Z]{{0,3}}\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}[a-z]?|[A-Z]\b)?(?:\s*[:.–—)-]\s*|(?<=\d)\s+(?=[A-Z]))(?P<text>\S.{{2,400}})$",
    re.I,
)
ITEM_ALONE = re.compile(
    rf"^{ITEM_QUALIFIER}(?:{_ITEM_ALT})\s*[A-Z]{{0,3}}\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}[a-z]?\s*:?$", re.I
)
NUMBERED_LINE = re.compile(r"^(?P<code>\d{1,2}(?:\.\d{1,2}){0,2})[.)]?\s+(?P<text>[A-Z(‘'\"].{2,240})$")
BRACKET_LABELS = re.compile(r"\s*\(((?:[A-Z][A-Za-z ]{1,30}:\s*[^;()]{1,120}(?:;\s*)?)+)\)\s*\.?$")
INLINE_LABEL = re.compile(r"(?<=[.;])\s+(?=[A-Z][A-Za-z ]{1,30}:\s)")  # '…. Lead: X. Partners: Y'
ITEM_THEN_LABEL = re.compile(
    r"^(?P<item>.{3,200}?):\s+(?P<rest>(?P<label>[A-Z][A-Za-z ]{1,30}?)\s*(?::|\s[–—-])\s*\S.*)$"
)
LABEL_LINE = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z /&()'’-]{1,40}?)\s*(?::|\s[–—-]|(?<=[a-z])[–—-](?=\s))\s*(?P<value>\S.{0,300})$"
)

BE_FORMS = [
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    r"will\s+be",
    r"would\s+be",
    r"shall\s+be",
    r"has\s+been",
    r"have\s+been",
]
VERBS_OWNER_FIRST = re.compile(
    rf"(?:\b(?:{by_letter(BE_FORMS, True)})\s+)?"
    rf"(?:(?:{by_letter(['jointly', 'directly', 'ultimately', 'solely', 'primarily', 'also', 'now'], True)})\s+)?"
    r"(?P<verb>(?:responsible|accountable)\s+for"
    r"|with\s+(?:(?:the|overall|lead|specific|strategic)\s+){0,2}responsibility\s+for"
    r"|(?:(?:will|shall|would|to)\s+)?(?:has|have|had|holds?|held|take|takes|took|assume|assumes|assumed)\s+(?:(?:the|overall|lead|specific|strategic)\s+){0,2}(?:responsibility|lead)\s+(?:for|on)"
    r"|(?:(?:will|shall|to)\s+)?(?:jointly\s+)?leads?\s+(?:the\s+(?:work|partnership\s+work)\s+)?on|(?:will|shall)\s+(?:deliver|oversee)"
    r"|(?<=[a-z])[’']s\s+lead\s+(?:on|for)"  # "Westshire Police's lead on X'
    r"|(?:the\s+)?lead\s+(?:agency|partner|organisation|body|officer)\s+for"  # 'is the lead agency for X'
    r"|(?:coordinates|co-ordinates|oversees|owns|manages|leads(?!\s+(?:to|into|from|on)\b)))\s+",
    re.I,
)
VERBS_ITEM_FIRST = re.compile(
    r"^(?P<item>[^,;:()]{2,90}?)\s*,?\s+(?:(?:which|that)\s+)?"
    r"(?:(?:has|have|had)\s+been\s+|(?:is|are|was|were)\s+(?:being\s+)?|will\s+be\s+)?"
    r"(?:(?:jointly|currently|now|previously)\s+)?"
    r"(?P<verb>led|co-led|co-ordinated|coordinated|delivered|owned|managed|overseen|driven|facilitated|produced|prepared|run"
    r"|developed|refreshed|implemented|commissioned|launched|undertaken|rolled\s+out|carried\s+out)"
    r"\s+by\s+(?P<owners>\S.{0,300})"
    r"|^(?:the\s+)?(?:lead\s+)?responsibility\s+for\s+(?P<item2>[^,;:()]{2,90}?)\s+(?:rests|lies|sits)\s+with\s+(?P<owners2>\S.{0,300})"
    r"|^(?P<item3>[^,;:()]{2,90}?)\s+(?:is|are|was|were|will\s+be|remains?)\s+(?:the\s+)?"
    r"(?:(?:joint|overall|lead|specific|primary)\s+)?responsibility\s+of\s+(?P<owners3>\S.{0,300})",
    re.I,
)
SUPPORT_AFTER = re.compile(
    r"^[^.;]{0,200}?,?\s+(?:supported\s+by|working\s+(?:closely\s+|jointly\s+)?(?:with|alongside)|alongside"
    r"|in\s+partnership\s+with|together\s+with|with\s+(?:support|input)\s+from)\s+(?P<who>[^.;]{2,200})"
)
SECTION_NO = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=[A-Z])")
NAMED_PRIORITY = re.compile(r"(?:the\s+)?(.{3,80}?)\s+(?:priority|theme|outcome|strand)", re.I)
THIS_PRIORITY = re.compile(r"^(?:this|the|that)\s+(?:priority|theme|objective|outcome|strand|aim)$", re.I)
THIS_WORK = re.compile(
    r"^(?:(?:the\s+)?(?:delivery|implementation|work|progress|co-?ordination)\s+(?:of|on)\s+)?(?:this|the|that)\s+"
    r"(?:priority|theme|objective|outcome|strand|aim)$"
    r"|^(?:this|that)\s+(?:work|workstream|area\s+of\s+work)$",  # 'This work will be led by …' under its heading
    re.I,
)
THIS_PLAN = re.compile(  # 'Responsibility for delivering the plan sits with …': the document's own plan
    r"^(?:(?:delivering|delivery\s+of|implementing|implementation\s+of)\s+)?(?:the|this|our)\s+"
    r"(?P<kind>plan|strategy|action\s+plan|delivery\s+plan)$",
    re.I,
)
LIST_OWNED = re.compile(
    r"\b(?P<verb>supported|delivered|led|owned|co-ordinated|coordinated)\s+by\s+(?P<owner>[^:;]{2,120}?)\s+"
    r"(?:include|includes|included|including|are|were|is)\s*:\s*(?P<items>\S.{3,3000})$",
    re.I,
)
ALONGSIDE = re.compile(
    r"\(\s*(?:alongside|with|together\s+with|jointly\s+with|in\s+partnership\s+with|supported\s+by|led\s+by)\s+(?P<who>[^()]{2,120})\)"
)
CLAUSE_STOP = re.compile(
    r"\s*(?:[.;:!?(]|,\s+(?:which|who|and|but|as|while|whilst|where|so|including|to|in\s+order|supported|working|with|alongside)\b|\s+-\s+|\s+–\s+)"
    r"|\s+(?:in\s+(?:partnership|collaboration|conjunction)\s+with|working\s+with|with\s+(?:support|help)\s+from)\b"
    r"|(?:\s+and|,)\s+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor)\s)"  # '… and Councillor B will lead on …': the next
    r"|\s+(?:is|are|was|were|will|would|shall|has|have|had|can|could|should|must|may|introduced|presented|reported"
    r"|said|gave|provided|explained|noted|confirmed|advised|outlined|updated|attended|thanked|spoke|added|stated"
    r"|agreed|asked|informed|highlighted|welcomed|requested|commented)\b",
    re.I,
)
OWNERS_STOP = re.compile(
    r"\s*(?:[.;:!?]|,\s+(?:which|who|but|as|while|whilst|where|so|including|to|working|supported)\b)"
    r"|\s+(?:is|are|was|were|will|would|shall|has|have|had|can|could|should|must|may|to|who|which|with|in|on|at|for|from|since|during|through|until|following|after|before|under|as)\b"
    r"|\s+and\s+(?=[a-z]+ed\b)",  # '… by the RCJP and delivered by its partners': a second verb
    re.I,
)
TRAIL = re.compile(
    r"\s+(?:at\s+(?:a|the)\s+(?:local|national|regional|strategic|operational|county|city|district|borough)\s+level"
    r"|locally|in\s+future|going\s+forward|for\s+the\s+(?:partnership|council|board|area|city|county|borough))$",
    re.I,
)
LEAD_DET = re.compile(
    r"^(?:(?P<ger>[a-z][a-z-]{2,30}ing)\s+)?(?:the|a|an|its|their|our|his|her|this)\s+(?=\S)", re.I
)
WORK_ON = re.compile(
    r"^(?:work|programme|agenda|activity|activities|matters|issues)\s+(?:on|around|relating\s+to|involving|concerning)\s+(?=[a-z]{4})",
    re.I,
)
NOT_ITEM = re.compile(
    r"^(?:it|this|that|these|those|they|he|she|we|there|which|who|the\s+(?:work|group|board|partnership|meeting|report|item|session|event|project|programme)"
    r"|present|apologies|attendees|in\s+attendance|chair|vice|minutes|agenda|date|venue|time|item|members?|also"
    r"|how|what|why|whether|where|when|in\s+addition|as\s+well\s+as|alongside|besides|apart\s+from)\b",
    re.I,
)
GENERIC_HEADS = {
    "work",
    "group",
    "board",
    "partnership",
    "meeting",
    "report",
    "item",
    "session",
    "event",
    "project",
    "programme",
    "strategy",
    "plan",
    "it",
    "this",
    "service",
    "services",
    "area",
    "areas",
}


# ---------------------------------------------------------------- helpers

LOOSE_BULLET = re.compile(rf"^\s*{MARK}\s+(?=\S)")


def _is_item(b: Block) -> bool:
    return b.kind == "item" or bool(LOOSE_BULLET.match(b.text))


def _unbullet(text: str) -> str:
    return LOOSE_BULLET.sub("", BULLET.sub("", text, count=1), count=1).strip()


def _item(ctx: Context, text: str, kind: Kind = Kind.ACTION, code: str | None = None) -> Mention:
    """An item owned: an action, project or priority of this document (scoped to it); a plan is one entity
    with the plan of that name written anywhere else."""
    name = tidy(text.strip(" .;,:"))
    return Mention(name, kind, code=code, scope=None if kind is Kind.PLAN else ctx.name)


def _kind_for(text: str, default: Kind = Kind.ACTION) -> Kind:
    if re.search(r"\b(?:Project|Programme|Initiative|Scheme|Pilot|Campaign|Service)$", text):
        return Kind.PROJECT
    if re.search(
        r"\b(?:Strategy|Plan|Framework|Assessment|Charter|Protocol|Policy)(?:\s*\([A-Z&]{2,8}\))?"
        r"(?:\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)?$",  # 'X Plan 2025-28'
        text,
    ):
        return Kind.PLAN
    return default


def _owner(ctx: Context, piece: str) -> list[Mention]:
    """A name in an owners' list into mentions: 'Jane Doe (Exampleton Police)' -> the person (the body is
    returned by :func:`_bracket_body`); 'the NSPCC' -> the organisation."""
    piece = re.sub(r"\s*\([^()]{0,80}\)", "", piece).strip(" .,;:")
    piece = re.sub(r"^(?:the|our|both|all)\s+", "", piece, flags=re.I).strip()
    if not piece or not piece[:1].isupper() or len(piece.split()) > 12:
        return []
    if piece.lower() in {"tbc", "tbd", "n/a", "all", "all partners", "partners", "various"}:
        return []
    typ = part_type(piece)
    ps = people_in(piece)
    if typ == "person" or (
        ps and ps[0].start == 0 and ps[0].end >= len(piece) - 1
    ):  # 'Chief Inspector Amy Cole'
        found = people_in(piece)
        name = found[0].name if found and found[0].start == 0 else piece  # without titles ('Sergeant')
        if found and found[0].title and name.startswith(found[0].title + " ") and len(name.split()) >= 3:
            name = name[len(found[0].title) + 1 :]
        return [Mention(tidy(name), Kind.PERSON)]
    if typ == "post":
        return [Mention(tidy(piece), Kind.POST, scope=ctx.council)]
    if typ == "role":
        return []
    kind = kind_of(piece)
    if kind in (Kind.ACTION, Kind.INDICATOR, Kind.PRIORITY):
        return []
    return [Mention(tidy(piece), kind)]


def _bracket_body(piece: str) -> str | None:
    m = re.search(r"\(([^()]{2,80})\)\s*[.,;]?$", piece.strip())
    if not m:
        return None
    inner = m.group(1).strip()
    if not inner[:1].isupper() or part_type(inner) == "role":
        return None
    if re.fullmatch(r"(?:Chair|Vice[- ]Chair|Lead|TBC|tbc)", inner):
        return None
    return inner


def _typed(piece: str) -> bool:
    piece = re.sub(r"\s*\([^()]{0,80}\)", "", piece).strip(" .,;:")
    piece = re.sub(r"^(?:the|our)\s+", "", piece, flags=re.I)
    if part_type(piece) in ("person", "organisation", "post"):
        return True
    return _typ(piece) in ("group", "organisation", "post", "person") or is_acronym(piece)


@cache
def _after_head() -> re.Pattern:
    """'and' after a complete body's name ('Exampleton Police and Westvale Homes'), not inside one
    ('Exampleton Police and Crime Commissioner'): the words of predicates.yaml."""

    heads = set(table()["organisation_heads"].split()) | set(table().get("owner_list_heads", "").split())
    going_on = "|".join(re.escape(w) for w in name_continuations())
    alts = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(
        rf"\S\s+(?:{alts})(?P<and>\s+(?:and|&)\s+)(?=[A-Z])" + (rf"(?!(?:{going_on})\b)" if going_on else "")
    )


def _cut_after_head(piece: str) -> list[str]:
    out, pos = [], 0
    for m in _after_head().finditer(piece):
        out.append(piece[pos : m.start("and")])
        pos = m.end("and")
    out.append(piece[pos:])
    return out


def _split_and(piece: str) -> list[str]:
    """'NSPCC and Exampleton Homes' -> two names; 'Health and Wellbeing Board' stays whole (the whole is
    a typed name); 'Jane Doe (Body) and John Roe' splits at every 'and' after a bracket."""
    if not re.search(r"\s(?:and|&)\s", piece):
        return [piece]
    if "(" in piece:
        return [
            p for p in re.split(r"(?<=\))\s+(?:and|&)\s+|\s+(?:and|&)\s+(?=[^()]*\()", piece) if p.strip()
        ]
    cut = _cut_after_head(piece)
    if len(cut) > 1:
        return [p for p in cut if p.strip()]
    parts = [p for p in re.split(r"\s+(?:and|&)\s+", piece) if p.strip()]
    if all(p.strip()[:1].isupper() or p.lower().startswith("the ") for p in parts) and (
        not _typed(piece) or len(parts[0]) >= 2 and is_acronym(parts[0])  # 'EBC and Northshire Probation'
    ):
        return parts
    return [piece]


HIDE_SEPARATORS = str.maketrans(";,/", "\x01\x02\x03")
SHOW_SEPARATORS = str.maketrans("\x01\x02\x03", ";,/")


def _owners(ctx: Context, text: str) -> list[tuple[Mention, str | None]]:
    """(owner, the body written in brackets after it) for each name of an owners' list."""
    text = re.sub(r"\s*\((?:TBC|tbc|to be confirmed)\)", "", text)
    out: list[tuple[Mention, str | None]] = []
    # 'Jo Bell (Director, Department for Children, Young People and Culture)': no split inside brackets
    hidden = re.sub(r"\([^()]*\)", lambda m: m.group(0).translate(HIDE_SEPARATORS), text)
    pieces = [p.translate(SHOW_SEPARATORS) for p in re.split(r"\s*([;,/])\s*(?:and\s+)?", hidden)]
    for k in range(0, len(pieces), 2):
        found = [(m, _bracket_body(sub)) for sub in _split_and(pieces[k].strip()) for m in _owner(ctx, sub)]
        post = out[-1][0] if out and pieces[k - 1] == "," else None
        if post and post.kind is Kind.POST and [m.kind for m, _ in found] == [Kind.ORGANISATION]:
            # 'Head of Early Help, Kelby Council': the body the post is in, not a second owner
            out[-1] = (Mention(post.name, Kind.POST, scope=found[0][0].name), found[0][0].name)
            continue
        out.extend(found)
    return out


def _person_body(ctx: Context, person: Mention, body: str | None, ev, method: str):
    post, _, rest = (body or "").partition(", ")
    if (
        rest and person.kind is Kind.PERSON and part_type(post) == "post"
    ):  # '(Director of Care, Westby Council)'
        yield Claim(person, Rel.HOLDS, Mention(tidy(post), Kind.POST), ev, method, 0.75)
        body = rest
    if body and person.kind in (Kind.PERSON, Kind.POST):
        kind = kind_of(body)
        kind = Kind.ORGANISATION if kind in (Kind.PERSON, Kind.ACTION, Kind.PRIORITY) else kind
        if kind in (Kind.ORGANISATION, Kind.PARTNERSHIP, Kind.GROUP, Kind.SERVICE) and part_type(
            body
        ) not in ("post", "role"):
            yield Claim(person, Rel.WORKS_FOR, Mention(tidy(body), kind), ev, method, 0.75)


def _is_body(name: str) -> bool:
    """The whole text is one name of a body, person or post."""
    spans = find_spans(name)
    return (
        len(spans) == 1
        and spans[0].start <= 4
        and spans[0].end >= len(name.rstrip(" .")) - 1
        and spans[0].typ in ("group", "organisation", "person", "post", "ref")
    )


def _clause(text: str) -> str:
    m = CLAUSE_STOP.search(text)
    text = text[: m.start()] if m else text
    text = TRAIL.sub("", text.strip())
    return text.strip(" ,")


def _free_item(text: str, on_topic: bool = False) -> tuple[str, str] | None:
    """The item of 'responsible for <text>': (name, name as written) or None when it is no item.
    ``on_topic``: the verb said 'the work on', so one word in lower case is the topic ('frailty')."""
    written = _clause(text)
    name = written
    m = LEAD_DET.match(name)
    if m:
        name = name[m.end() :]
    name = WORK_OF.sub("", name)  # 'the delivery of the Night Time Economy Action Plan': the plan
    topic = WORK_ON.match(name)  # 'the work on frailty': the topic the work is on
    if topic:
        name = name[topic.end() :]
    topic = topic or on_topic
    words = name.split()
    if not 1 <= len(words) <= 16 or len(name) < 4:
        return None
    if len(words) == 1 and (words[0].lower() in GENERIC_HEADS or words[0][:1].islower() and not topic):
        return None
    if NOT_ITEM.match(name) or re.match(r"^(?:him|her|them|us|itself|themselves)\b", name, re.I):
        return None
    return name, written


# ---------------------------------------------------------------- prose


def _sentences(ctx: Context):
    for b in ctx.doc.blocks:
        if b.kind == "row":
            continue
        for s in ctx.doc.sentences(b):
            text = s.text[:MAX]
            if _is_item(b):
                text = _unbullet(text)
            yield b, s, text


def prose(ctx: Context):

    reader: Reader | None = None
    priority: str | None = None
    for b, s, text in _sentences(ctx):
        first = clean(ctx.doc.lines[b.start - 1][:300]).strip()
        head = PRIORITY_HEADING.match(first)
        if head:
            priority = tidy(head.group("name"))
            if b.end > b.start and text.startswith(first):  # the heading ran into its paragraph
                text = text[len(first) :].strip()
        text = SECTION_NO.sub("", text)
        low = text.lower()
        if (
            "responsib" in low
            or "accountable for" in low
            or "lead" in low
            or "deliver" in low
            or "oversee" in low
            or "ordinates" in low
            or " owns " in low
            or " manages " in low
        ):
            for m in VERBS_OWNER_FIRST.finditer(text):
                after = text[m.end() :]
                got = _free_item(after, on_topic="work" in m.group("verb").lower())
                ref = THIS_PRIORITY.match(_clause(after))
                if ref and priority:
                    got = (priority, priority)
                if not got:
                    continue
                before = text[: m.start()].rstrip(" ,")
                if reader is None:
                    reader = Reader(ctx)
                owners = _owner_before(reader, before, s.start, m.group("verb").lower().startswith("with"))
                if not owners:
                    continue
                name, _ = got
                kind = Kind.PRIORITY if ref and priority else None
                if named_priority := NAMED_PRIORITY.fullmatch(name):  # 'leads on the alcohol priority'
                    name, kind = named_priority.group(1), Kind.PRIORITY
                if numbered := numbered_name(ctx, after):  # 'X leads Outcome 2': the words of Outcome 2
                    name, kind = numbered, Kind.PRIORITY
                body = GROUPS_WORK.sub("", name)
                if _is_body(body.split(" and ")[0]) or BODIES_IN_LOWER_CASE.search(body):
                    continue  # 'responsible for the Board', 'oversees the work of the X Group' or 'of three
                    # thematic groups': no item
                item = _item(ctx, name, kind or _kind_for(name))
                ev = ctx.ev(s)
                for owner in owners:
                    yield Claim(owner, Rel.RESPONSIBLE, item, ev, "prose.responsible_for", 0.8)
                yield from _supporters(ctx, item, after, ev, {o.name for o in owners})
        if " by " in text or re.search(r"\b(?:rests|lies|sits) with\b|responsibility of\b", text):
            # 'A is led by X, and b is led by Y': each clause, the later ones' items in lower case
            for k, clause in enumerate(AND_LED.split(text)):
                yield from _item_first(ctx, b, s, clause, priority, lower=k > 0)
            m = LIST_OWNED.search(text)
            if m:
                yield from _list_owned(ctx, s, m, reader or Reader(ctx))


AND_LED = re.compile(
    r",?\s+and\s+(?=[^,;:()]{2,90}?\s+(?:is|are|was|were|will\s+be)\s+(?:being\s+)?(?:led|owned|delivered|overseen)\s+by\b)"
)
GROUPS_WORK = re.compile(r"(?i)^(?:the\s+)?(?:work|activities|activity)\s+of\s+(?:the\s+)?")
BODIES_IN_LOWER_CASE = re.compile(r"\b(?:groups|sub-?groups|boards|partnerships|panels|forums|committees)$")


HELPING = re.compile(
    r"^(?:Supporting|Helping|Assisting|Enabling|Working\s+(?:with|alongside))\s+(?:the\s+)?(?=[A-Z])"
)
UNIT_WORDS = frozenset({"team", "service", "unit", "department", "directorate", "division"})


def _owner_before(reader: Reader, before: str, line: int, post_like: bool = False) -> list[Mention]:
    """The owner named right before the verb: a body, person or post, or a reference ('The Board')."""
    if not before:
        return []
    spans = find_spans(before)
    if not spans:
        return []
    i = len(spans) - 1
    if i and spans[i - 1].typ == "person" and before[spans[i].start - 1 : spans[i].end + 1].startswith("("):
        i -= 1  # 'Councillor Jo Roe (Westby) will lead on': the person, the place in brackets hers
    s = spans[i]
    if s.typ in ("organisation", "group") and (lead := HELPING.match(s.name)):
        s.start, s.name = (
            s.start + lead.end(),
            s.name[lead.end() :],
        )  # 'Supporting Westshire Police to lead on'
    rest = before[s.end :]
    rest = re.sub(r"\s*\([A-Z][\w&'’-]{1,24}\)", "", rest).strip(" ,")  # 'Cllr X (Westby) will …': her area
    if rest in UNIT_WORDS and s.typ in ("other", "organisation") and s.name[:1].isupper():
        name = tidy(f"{s.name} {rest}")  # 'the Public Health team': a unit written in lower case
        return [Mention(name, kind_of(name, Kind.ORGANISATION))]
    if rest:
        return []
    if s.typ == "ref" and s.ref == "which":
        pass
    elif s.typ not in ("group", "organisation", "person", "post", "ref"):
        if post_like and s.typ == "other" and s.start <= 2 and len(s.name.split()) <= 8:
            return [Mention(tidy(s.name), Kind.POST, scope=reader.ctx.council)]  # 'X with responsibility for'
        if not (s.typ == "other" and is_acronym(s.name)):
            return []
    if not reader.kind_ok(spans, i, frozenset({"group", "organisation", "person", "post"}), line):
        return []
    return [
        m for m in reader.resolve(spans, i, line) if m.kind not in (Kind.PLAN, Kind.PRIORITY, Kind.ACTION)
    ]


def _item_first(ctx: Context, b: Block, s, text: str, priority: str | None = None, lower: bool = False):
    m = VERBS_ITEM_FIRST.match(text.strip())
    if not m:
        return
    # 'Responsibility for X rests with Y', 'X is the responsibility of Y', '…, and x is led by Y': X in lower case
    rests = m.group("item") is None or lower
    raw_item = (m.group("item") or m.group("item2") or m.group("item3")).strip()
    kind = None
    if priority and THIS_WORK.match(raw_item):  # 'The delivery of this priority will be led by'
        raw_item, kind = priority, Kind.PRIORITY
    elif (
        (own := THIS_PLAN.match(raw_item))
        and (plan := document_plan(ctx))
        and re.search(rf"\b{own.group('kind')}\b", plan, re.I)  # an action plan is not the strategy
    ):
        raw_item, kind = plan, Kind.PLAN
    item_name = re.sub(r"^(?:the|our)\s+", "", raw_item, flags=re.I)
    if not kind and (named_priority := NAMED_PRIORITY.fullmatch(item_name)):  # 'the alcohol priority'
        item_name, kind = named_priority.group(1), Kind.PRIORITY
    if (
        not (item_name[:1].isupper() or rests)
        or NOT_ITEM.match(item_name)
        or BARE_WORK.match(item_name)
        or len(item_name.split()) > 10
    ):
        return
    if re.search(r"\b(?:is|are|was|were|has|have|had|will|would|said|noted|agreed)\b", item_name):
        return  # a clause, not a name
    typ = _typ(item_name)
    if typ in ("group", "organisation", "person", "post"):
        return  # a body 'led by' someone is chaired (read by the structure statements)
    if people_in(item_name):
        return
    after = m.group("owners") or m.group("owners2") or m.group("owners3")
    stop = OWNERS_STOP.search(after)
    owners = _owners(ctx, after[: stop.start()] if stop else after)
    if not owners:
        return
    rel = Rel.RESPONSIBLE
    named = all(
        w[:1].isupper()
        for w in item_name.split()
        if w.lower() not in {"and", "of", "the", "for", "in", "on", "&"}
    )
    item = (  # the document's plan is one entity with the plan named elsewhere, not an item of this page
        ctx.mention(raw_item, Kind.PLAN)
        if kind is Kind.PLAN
        else _item(ctx, item_name, kind or _kind_for(item_name, Kind.PROJECT if named else Kind.ACTION))
    )
    ev = ctx.ev(s)
    for owner, body in owners:
        yield Claim(owner, rel, item, ev, "prose.item_led_by", 0.8)
        yield from _person_body(ctx, owner, body, ev, "prose.item_led_by.body")
    yield from _supporters(ctx, item, after, ev, {o.name for o, _ in owners})


def _supporters(ctx: Context, item: Mention, after: str, ev, owners: set[str]):
    """', supported by A', ', working closely with A and B', 'alongside A' after the owner: contributors."""
    m = SUPPORT_AFTER.match(after)
    if not m:
        return
    who = m.group("who")
    stop = OWNERS_STOP.search(who)
    who = who[: stop.start()] if stop else who
    for owner, _ in _owners(ctx, who):
        if owner.name not in owners:
            yield Claim(owner, Rel.CONTRIBUTES, item, ev, "prose.supported_by", 0.75)


def _list_owned(ctx: Context, s, m: re.Match, reader: Reader):
    rel = Rel.CONTRIBUTES if m.group("verb").lower() == "supported" else Rel.RESPONSIBLE
    spans = find_spans(m.group("owner"))
    owners: list[Mention] = []
    if len(spans) == 1:
        owners = reader.resolve(spans, 0, s.start)
    if not owners:
        owners = [o for o, _ in _owners(ctx, m.group("owner"))]
    if not owners:
        return
    ev = ctx.ev(s)
    items = re.split(r"\s*;\s*(?:and\s+)?", m.group("items"))
    for raw in items[:30]:
        extra = []
        al = ALONGSIDE.search(raw)
        if al:
            extra = [o for o, _ in _owners(ctx, al.group("who"))]
            raw = raw[: al.start()] + raw[al.end() :]
        name = raw.strip(" .,;")
        if not 2 <= len(name.split()) <= 20:
            continue
        item = _item(ctx, name, Kind.ACTION)
        for owner in owners + extra:
            yield Claim(owner, rel, item, ev, "prose.list_owned_by", 0.75)


# ---------------------------------------------------------------- label blocks


def _label_rel(label: str) -> Rel | None:
    owners, partners = _labels()
    low = re.sub(r"\s+", " ", label.lower().strip(" :"))
    if re.match(r"(?:accountable|responsible|reports?|reporting) to\b", low):
        return None  # 'Accountable to: X' is a reporting line, read by the structure reader
    if (
        low in owners
        or any(low.startswith(w + " ") for w in ("lead", "responsible", "accountable"))
        or re.fullmatch(r"(?:[a-z]+ ){1,3}lead", low)  # 'Key Priority Lead', 'Theme Lead'
    ):
        return Rel.RESPONSIBLE
    if low in partners or low.startswith(("partner", "supporting ", "contributing ")):
        return Rel.CONTRIBUTES
    return None


def label_blocks(ctx: Context):
    """'Action A1: text' (or a numbered line) with 'Lead: …', 'Partners: …' lines under it."""
    lines = ctx.clean_lines
    n = len(lines)
    i = 0
    while i < n:
        text = BULLET.sub("", lines[i]) if not NUMBERED_LINE.match(lines[i]) else lines[i]
        below = 0  # 'Action 1.1' alone, its words on the next line
        if ITEM_ALONE.match(text) and i + 1 < n and lines[i + 1] and not _labelled(lines[i + 1]):
            text, below = f"{text}: {lines[i + 1]}", 1
        elif text.count("(") > text.count(")") and i + 1 < n and ")" in lines[i + 1][:120]:
            text, below = f"{text} {lines[i + 1]}", 1  # '… (Lead: Head of Early Help,' / 'Westvale Council)'
        m = ITEM_LINE.match(text) or NUMBERED_LINE.match(text)
        if (
            not m
            or _label_rel(text.split(":")[0]) is not None
            or re.fullmatch(r"(?i)(?:high|medium|low|urgent|critical|[1-5])", m.group("text").strip(" ."))
        ):  # 'Priority: High' rates the action above; it is no item of its own
            i += 1
            continue
        # labels run on in its own line ('… young people. Lead: Youth Offending Service. Partners: …'),
        # then the labels under it, blank lines allowed, until a line that is neither
        labels: list[tuple[int, Rel, str]] = []
        asked = (m.groupdict().get("word") or "").lower().startswith("what")
        text = m.group("text")
        if bracket := BRACKET_LABELS.search(text):  # 'Deliver X (Lead: Y; Partners: Z)'
            text = text[: bracket.start()] + ". " + ". ".join(re.split(r"\s*;\s*", bracket.group(1)))
        first, *inline = INLINE_LABEL.split(text)
        if not inline and (then := ITEM_THEN_LABEL.match(text)) and _label_rel(then.group("label")):
            first, inline = then.group("item"), [then.group("rest")]  # 'Hate crime: Priority Lead – X'
        for part in inline:
            lab = LABEL_LINE.match(part.rstrip(" ."))
            if lab and (rel := _label_rel(lab.group("label"))) is not None:
                labels.append((i, rel, lab.group("value")))
        k, blanks = i + 1 + below, 0
        name_lines = [first]
        while k < n and k < i + 14:
            line = lines[k]
            if not line:
                blanks += 1
                if blanks > 1 and not labels:
                    break
                k += 1
                continue
            lab = LABEL_LINE.match(BULLET.sub("", line))
            rel = _label_rel(lab.group("label")) if lab else None
            if lab and rel is None and asked and lab.group("label").lower().strip() in ASKED_OWNER:
                rel = Rel.RESPONSIBLE  # 'What: X' then 'Who: Y'
            if rel is not None:
                labels.append((k, rel, lab.group("value")))
                k += 1
                continue
            if not lab and (value := _label_over_value(lines, k)):  # 'Lead Agency' / 'Exampleton Police'
                labels.append((k + value[2], value[0], value[1]))
                k += value[2] + 1
                continue
            if labels and not lab and not blanks and k == labels[-1][0] + 1 and _goes_on(labels[-1][2], line):
                labels[-1] = (k, labels[-1][1], f"{labels[-1][2]} {line}")  # a label's names wrapped
                k += 1
                continue
            if lab or ITEM_LINE.match(line) or NUMBERED_LINE.match(line) or labels or blanks:
                break
            if not (line[:1].islower() or WRAPPED.search(name_lines[-1])):
                k += 1  # a sentence about the item ('We will …'), not its name going on
                continue
            name_lines.append(line)  # the item's text wrapped onto the next line
            k += 1
        if not labels:
            i += 1
            continue
        word = (m.groupdict().get("word") or "").lower()
        kind = ITEM_WORDS.get(re.sub(r"\s+", " ", word), Kind.ACTION)
        code = m.group("code")
        name = re.split(r"(?<=[a-z)])\.\s", " ".join(name_lines))[0][:200]
        item = _item(ctx, name, kind, code=code)
        for k2, rel, value in labels:
            ev = ctx.doc.evidence(i + 1, k2 + 1)
            for owner, body in _owners(ctx, re.sub(r"\s*\((?:for|on|as)\b[^()]*\)", "", value)):
                yield Claim(owner, rel, item, ev, f"form.item_block.{rel.value}", 0.85)
                yield from _person_body(ctx, owner, body, ev, "form.item_block.body")
        i = k


def _labelled(line: str) -> bool:
    """A line giving an owner or partners ('Lead: X'); 'Place - We will …' names an item."""
    return bool((lab := LABEL_LINE.match(line)) and _label_rel(lab.group("label")) is not None)


def _label_over_value(lines: list[str], k: int) -> tuple[Rel, str, int] | None:
    """A label alone on line ``k`` (no colon: a slide's or a form's; or 'Who is responsible:') over its value on
    the next line, or over bullets each naming one: (relation, value, lines of values)."""
    rel = _label_rel(lines[k]) if len(lines[k]) <= 40 else None
    below = lines[k + 1] if k + 1 < len(lines) else ""
    if rel is not None and LOOSE_BULLET.match(below):  # 'Who is responsible:' / '- Director of X' / '- …'
        bullets = [_unbullet(x) for x in itertools.takewhile(LOOSE_BULLET.match, lines[k + 1 : k + 9])]
        return rel, "; ".join(bullets), len(bullets)
    if rel is None or not below[:1].isupper() or LABEL_LINE.match(below) or _label_rel(below) is not None:
        return None
    return rel, below, 1


def _goes_on(value: str, line: str) -> bool:
    """A label's value going on over the next line: it ends with a comma or 'and', or a body's name it
    began ends there ('Partners: NHS X, X Third' / 'Sector Interface')."""
    tail = re.split(r"[,;]", value)[-1].strip()
    return (
        bool(re.search(r"(?:,|\band|&)\s*$", value))
        or body_cut(value, line)
        or "," in value  # a list of bodies, its last name going on: 'X Third' / 'Sector Interface'
        and head_kind(tail) is None
        and len(line.split()) <= 4
        and all(w[:1].isupper() for w in line.split())
    )


# ---------------------------------------------------------------- lead lines

ACTING = re.compile(r"^[A-Z][a-z]{2,20}\s+[a-z]")  # 'Develop a …', 'Domestic abuse': words, not a label
# a body's name as a lead: up to six capitalised words, no figures or months ('Westby Churches Together')
BODY_NAME = re.compile(
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Winter|Ongoing|TBC)\b)"
    r"[A-Z][A-Za-z'’&.-]+(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][A-Za-z'’&.-]+){0,5}"
)
LEAD_LINE = re.compile(
    r"^(?P<item>[A-Z][^–—:|]{2,90}?)\s+[–—-]\s+(?P<led>(?:led|owned|chaired|delivered|co-?ordinated)\s+by\s+(?:the\s+)?)?"
    r"(?P<lead>[A-Z][^–—|]{2,160})$"
)  # 'Pillar 1 – Jane Doe (Westby Council)', 'Poverty - led by the Anti-Poverty Task Force'


def lead_lines(ctx: Context):
    """Runs of list lines 'Item – Jane Doe (Body)': the item, its lead and the lead's body."""
    found = []
    # one line, or a list item wrapped onto a second ('… centres –' / 'Ashford Council'); a line saying 'led by'
    # inside a paragraph too ('… as below:' / 'Poverty - led by the X Task Force' / …, no marks, no blank lines)
    lines = [
        (b, LEAD_LINE.match(_unbullet(b.text)))
        for b in ctx.doc.blocks
        if b.kind in ("item", "paragraph", "heading") and b.end - b.start <= (1 if b.kind == "item" else 0)
    ]
    lines += [
        (Block("item", n, n, fold(raw), clean(raw)), m)
        for b in ctx.doc.blocks
        if b.kind == "paragraph" and b.end > b.start
        for n, raw in enumerate(ctx.doc.lines[b.start - 1 : b.end], b.start)
        if " by " in raw and (m := LEAD_LINE.match(clean(raw))) and m.group("led")
    ]
    for b, m in lines:
        if not m:
            continue
        item_name = m.group("item").strip()
        if NOT_ITEM.match(item_name) or len(item_name.split()) > 10:
            continue
        acting = ACTING.match(item_name) is not None  # 'Develop a network of …', not 'Pillar 1'
        if _typ(item_name) in ("group", "organisation", "person", "post") or (
            part_type(item_name) in ("person", "post", "role")
            or not acting
            and part_type(item_name) == "organisation"
        ):
            continue
        lead = m.group("lead").strip(" .;,")
        body = _bracket_body(lead)
        head = re.sub(r"\s*\([^()]*\)\s*$", "", lead).strip()
        people = people_in(head)
        # 'Each priority is led by a Strategic Partnership:' above, or 'led by' on the line itself
        intro = _led_intro(ctx, b.start) or m.group("led")
        if people and people[0].start == 0 and people[0].end >= len(head) - 1:  # a person named in full
            found.append((b, item_name, Mention(tidy(head), Kind.PERSON), body, intro))
        elif (acting or intro) and (
            _typ(head) in ("organisation", "group") or BODY_NAME.fullmatch(head)
        ):  # 'Expand the Street Pastors scheme – Westby Churches Together': an action and its lead body;
            # 'Alcohol – X Alcohol and Drug Partnership' under 'Each priority is led by a partnership:'
            found.append((b, item_name, Mention(tidy(head), kind_of(head, Kind.ORGANISATION)), None, intro))
    # a list of two or more such lines, not one dash in a paragraph
    for b, item_name, lead_by, body, intro in found:
        near = [x for x in found if x[0] is not b and abs(x[0].start - b.start) <= 4]
        if not near:
            continue
        kind = Kind.PRIORITY if intro and PRIORITY_WORD.search(intro) else _kind_for(item_name, Kind.PROJECT)
        item = _item(ctx, item_name, kind)
        ev = ctx.ev(b)
        yield Claim(lead_by, Rel.RESPONSIBLE, item, ev, "list.item_lead", 0.8)
        if body:  # 'Jane Doe (Kelby Council)': her body leads it too, and she works for it
            kind = kind_of(body)
            kind = Kind.ORGANISATION if kind in (Kind.PERSON, Kind.POST, Kind.ACTION, Kind.PRIORITY) else kind
            if part_type(body) not in ("post", "role"):
                yield Claim(Mention(tidy(body), kind), Rel.RESPONSIBLE, item, ev, "list.item_lead.body", 0.75)
                yield Claim(
                    lead_by, Rel.WORKS_FOR, Mention(tidy(body), kind), ev, "list.item_lead.body", 0.75
                )


LED_INTRO = re.compile(
    r"(?i)\b(?:led|owned|delivered|overseen)\s+by\b|\bleads?\b|\blead\s+(?:partner|agency|body)"
)
PRIORITY_WORD = re.compile(r"(?i)\b(?:priorit(?:y|ies)|outcomes?|themes?|objectives?)\b")


def _led_intro(ctx: Context, line: int) -> str | None:
    """The line introducing the list that ``line`` is in when it says who leads ('Each priority is led by a
    Strategic Partnership:'): up to eight lines above, past the list's other lines."""
    for n in range(line - 1, max(0, line - 9), -1):
        text = clean(ctx.doc.lines[n - 1])
        if text.endswith(":"):
            return text if LED_INTRO.search(text) else None
        if text and not LEAD_LINE.match(_unbullet(text)):
            return None
    return None


# ---------------------------------------------------------------- role lead-ins

LEAD_IN = re.compile(
    r"^(?P<subject>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&)){0,10})\s+"
    r"(?:will|would|shall|should|must|is\s+to|are\s+to)\s+(?:also\s+)?"
    r"(?:(?:ensure|make\s+sure)(?:\s+that)?(?:\s+(?:it|they|we))?|aim\s+to|seek\s+to|work\s+to|continue\s+to)?\s*:$"
)
IMPERATIVE = re.compile(r"^[A-Z][a-z]{2,20}(?:\s+and\s+[a-z]{3,20})?\s+\S")


def lead_ins(ctx: Context):
    """Items under 'The Board will:' (and the title line right before such a lead-in), owned by the Board."""
    reader: Reader | None = None
    blocks = ctx.doc.blocks
    for idx, b in enumerate(blocks):
        if b.kind not in ("paragraph", "heading") or not b.text.rstrip().endswith(":") or len(b.text) > 200:
            continue
        sents = ctx.doc.sentences(b)
        if not sents:
            continue
        s = sents[-1]
        text = s.text.strip()
        m = LEAD_IN.match(text)
        matched = bool(m)
        if not matched:
            spans = find_spans(text)
            marked = _marked(text, spans)
            for pattern in role_intros():
                pm = pattern.search(marked)
                if pm and pm.group("S") is not None:
                    matched = True
                    break
        if not matched:
            continue
        if reader is None:
            reader = Reader(ctx)
        subject_text = m.group("subject") if m else text
        spans = find_spans(subject_text)
        owners: list[Mention] = []
        for i, sp in enumerate(spans):
            if reader.kind_ok(spans, i, frozenset({"group", "organisation", "post"}), s.start):
                owners = reader.resolve(spans, i, s.start)
                break
            if sp.typ == "other" and is_acronym(sp.name):  # an acronym the document never spells out
                owners = [Mention(sp.name, kind_of(sp.name, Kind.GROUP))]
                break
        owners = [o for o in owners if o.kind not in (Kind.PLAN, Kind.ACTION, Kind.PRIORITY, Kind.PERSON)]
        if not owners:
            continue
        # the title line right before the lead-in
        prev = blocks[idx - 1] if idx else None
        if (
            prev is not None
            and prev.kind in ("paragraph", "heading")
            and prev.start == prev.end
            and b.start - prev.end <= 3
            and 2 <= len(prev.text.split()) <= 16
            and not prev.text.endswith(":")
            and re.match(r"^[A-Z][a-z]+ing\b", prev.text)
        ):
            item = _item(ctx, prev.text, Kind.ACTION)
            ev = ctx.doc.evidence(prev.start, s.end)
            for owner in owners:
                yield Claim(owner, Rel.RESPONSIBLE, item, ev, "list.lead_in.title", 0.75)
        # the items under it
        for nxt in blocks[idx + 1 : idx + 40]:
            if not _is_item(nxt):
                break
            t = _unbullet(nxt.text)
            if not IMPERATIVE.match(t) or len(t.split()) > 40:
                continue
            name = re.split(r"(?<=[a-z)])[.;]\s", t)[0].strip(" .;,")
            item = _item(ctx, name, Kind.ACTION)
            ev = ctx.doc.evidence(s.start, nxt.end)
            named = [
                sp
                for sp in find_spans(name)
                if sp.typ in ("plan", "other") and len(sp.name.split()) >= 2 and sp.name[:1].isupper()
            ]
            for owner in owners:
                yield Claim(owner, Rel.RESPONSIBLE, item, ev, "list.lead_in.item", 0.75)
                for sp in named:  # 'Commission and agree the Joint Strategic Assessment (JSA)'
                    kind = _kind_for(sp.name, Kind.PLAN)
                    thing = Mention(tidy(sp.name), kind, scope=ctx.name if kind is not Kind.PLAN else None)
                    yield Claim(owner, Rel.RESPONSIBLE, thing, ev, "list.lead_in.named", 0.7)


PLAN_OWNER_LINE = re.compile(  # 'Accountable officer: Director of Communities (for the strategy as a whole)'
    r"(?i)^(?:(?:senior\s+)?(?:accountable|responsible|lead)\s+officer|strategy\s+lead|plan\s+owner|lead)\s*:\s*"
    r"(?P<who>[A-Z][^()]{2,80}?)\s*\((?:for|of)\s+(?:the|this)\s+(?:strategy|plan|action\s+plan|programme)\b[^)]*\)\s*$"
)


def plan_owner_lines(ctx: Context):
    """An owner label that says it is the document's plan's ('Lead officer: X (for the plan as a whole)')."""
    plan = document_plan(ctx)
    if plan is None:
        return
    for n, raw in enumerate(ctx.doc.lines, 1):
        if (m := PLAN_OWNER_LINE.match(clean(raw))) and (who := tidy(m.group("who"))):
            kind = Kind.POST if part_type(who) == "post" else kind_of(who, Kind.ORGANISATION)
            owner, owned = ctx.mention(who, kind), ctx.mention(plan, Kind.PLAN)
            yield Claim(owner, Rel.RESPONSIBLE, owned, ctx.doc.evidence(n, n), "label.plan_owner", 0.8)


QUESTION_HEADING = re.compile(r"(?i)^(?:why|what|how|who|when|where)\b|\?$")  # 'Why is this a priority?'


def section_leads(ctx: Context):
    """'Lead: X' under a priority's heading ('Priority One: Reducing violence', then 'Why is this a
    priority?' and its paragraphs), no item of its own above it in the section: X leads the priority.
    The section ends at the next priority, an item line, or a heading set like the priority's that asks
    nothing."""
    priority: tuple[str, bool] | None = None  # (name, heading in capitals)
    direct = False  # the labels right under an item line are read by label_blocks
    for b in ctx.doc.blocks:
        first = clean(ctx.doc.lines[b.start - 1][:300]).strip()
        if head := PRIORITY_HEADING.match(first):
            priority, direct = (tidy(head.group("name")), first.isupper()), bool(ITEM_LINE.match(first))
            continue
        if priority is None:
            continue
        if b.kind == "heading" and first.isupper() == priority[1] and not QUESTION_HEADING.search(first):
            priority = None
            continue
        if ITEM_LINE.match(_unbullet(first)) or ITEM_ALONE.match(first) or NUMBERED_LINE.match(first):
            priority = None  # actions of their own: their labels are theirs (label_blocks)
            continue
        lab = LABEL_LINE.match(_unbullet(first)) if b.start == b.end else None
        direct = direct and lab is not None
        if lab and not direct and _label_rel(lab.group("label")) is Rel.RESPONSIBLE:
            item = _item(ctx, priority[0], Kind.PRIORITY)
            ev = ctx.doc.evidence(b.start, b.end)
            for owner, body in _owners(ctx, lab.group("value")):
                yield Claim(owner, Rel.RESPONSIBLE, item, ev, "form.section_lead", 0.8)
                yield from _person_body(ctx, owner, body, ev, "form.section_lead.body")
            priority = None  # one lead a priority


ACTION_NOTE = re.compile(
    r"^(?:ACTIONS?|Actions?)\s*[:–—-]\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s*(?:/|,|and|&)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3})*)\s+to\s+(?P<what>[a-z].{3,200}?)\.?$"
)
# bounded words: linear on a line of one long token
INITIALLED = re.compile(
    r"(?P<name>[A-Z][\w'’-]{1,30}(?:\s+[A-Z][\w'’-]{1,30}){1,3})\s*\((?P<ini>[A-Z]{2,4})\)"
)


def action_notes(ctx: Context):
    """'ACTION: JB to arrange a patrol.' in minutes: the person whose initials the attendance gave ('Jane
    Brown (JB)'), or who is named, is responsible for the action."""
    lines = ctx.clean_lines
    known: dict[str, str] = {}
    for text in lines:
        for m in INITIALLED.finditer(text) if "(" in text else ():
            known.setdefault(m.group("ini"), m.group("name"))
    for n, text in enumerate(lines, 1):
        m = ACTION_NOTE.match(text) if len(text) <= 300 else None
        if not m:
            continue
        item = _item(ctx, m.group("what"))
        ev = ctx.doc.evidence(n, n)
        for who in re.split(r"\s*(?:/|,|\band\b|&)\s*", m.group("who")):
            name = known.get(who, who if not is_acronym(who) else None)
            if name and (person := _owner(ctx, name)):
                yield Claim(person[0], Rel.RESPONSIBLE, item, ev, "minutes.action_note", 0.75)


BRACKET_LEAD = re.compile(r"\(\s*(?P<who>[A-Z][^()]{0,80}?)\s+leads?\s*\)\s*[.;]?$")  # '(Police lead)'


def bracket_leads(ctx: Context):
    """'• Share data on offenders (Council and Police lead)': a listed action whose lead is named in a
    bracket at its end, the item wrapped over lines as a slide or a PDF's text layer wraps it."""
    lines = ctx.clean_lines
    for n, line in enumerate(lines):
        if not (mark := MARK_OPENING.match(line)):
            continue
        end, text = n, line[mark.end() :]
        while "(" not in text and end + 1 < len(lines) and end < n + 3:
            below = lines[end + 1]
            if not below or MARK_OPENING.match(below) or NUMBERED_LINE.match(below) or _label_rel(below):
                break
            end, text = end + 1, f"{text} {below}"
        if end + 1 < len(lines) and text.count("(") > text.count(")") and ")" in lines[end + 1][:90]:
            end, text = end + 1, f"{text} {lines[end + 1]}"  # '… (EBC and' / 'Northshire Probation lead)'
        m = BRACKET_LEAD.search(text[:600])
        if not m or m.start() < 10:
            continue
        item = _item(ctx, text[: m.start()])
        ev = ctx.doc.evidence(n + 1, end + 1)
        for owner, body in _owners(ctx, m.group("who")):
            yield Claim(owner, Rel.RESPONSIBLE, item, ev, "form.bracket_lead", 0.75)
            yield from _person_body(ctx, owner, body, ev, "form.bracket_lead.body")


CARD_ITEM = re.compile(  # a form's field naming what the card is about, alone on its line
    r"(?i)(?:(?:key\s+)?performance\s+)?(?P<word>indicator|measure|action|project|objective)(?:\s+(?:description|title|name))?\s*:?"
)


def field_cards(ctx: Context):
    """A form printed one field a line, each label over its value, blank lines between ('Indicator
    Description' / '% of streets graded A' / 'Lead Officer' / 'Jane Doe'): the lead owns the card's item."""
    lines = ctx.clean_lines
    filled = [k for k, x in enumerate(lines) if x]
    for at, k in enumerate(filled[:-1]):
        m = CARD_ITEM.fullmatch(lines[k])
        if not m:
            continue
        item_line = filled[at + 1]
        if CARD_ITEM.fullmatch(lines[item_line]) or _label_rel(lines[item_line]) is not None:
            continue
        for j in range(at + 2, min(at + 10, len(filled) - 1)):
            if CARD_ITEM.fullmatch(lines[filled[j]]):
                break  # the next card
            if (rel := _label_rel(lines[filled[j]]) if len(lines[filled[j]]) <= 40 else None) is None:
                continue
            value = lines[filled[j + 1]]
            if len(value) > 80 or _label_rel(value) is not None or CARD_ITEM.fullmatch(value):
                break  # a field left blank: the next label under it
            word = m.group("word").lower()
            kind = Kind.INDICATOR if word in ("indicator", "measure") else ITEM_WORDS.get(word, Kind.ACTION)
            item = _item(ctx, lines[item_line], kind)
            ev = ctx.doc.evidence(k + 1, filled[j + 1] + 1)
            for owner, body in _owners(ctx, value):
                if owner.kind in (Kind.PLAN, Kind.PRIORITY, Kind.ACTION, Kind.INDICATOR, Kind.PROJECT):
                    continue  # 'Date Plan Completed': the next label, the lead left blank
                yield Claim(owner, rel, item, ev, f"form.field_card.{rel.value}", 0.8)
                yield from _person_body(ctx, owner, body, ev, "form.field_card.body")
            break


AGENDA_ITEM = re.compile(r"(?:^|(?<=\s))\d{1,2}[.)]\s+(?P<text>.+?)(?=\s+\d{1,2}[.)]\s|$)")
ROUTINE_ITEM = re.compile(
    r"(?i)^(?:welcome|apologies|introductions?|minutes|matters\s+arising|any\s+other\s+business|aob|date|dates)\b"
)


def agenda_presenters(ctx: Context):
    """An agenda whose items end with who presents them ('3. Performance Report    C/Supt Jane Doe', or a
    page run into one line: '… 3) Performance Report C/Supt Jane Doe 4) Transforming Rehabilitation John
    Roe 5) …'): each presenter is responsible for the item; two such items at least, in a paper with an
    agenda."""
    if not re.search(r"(?i)\bagenda\b", "\n".join(ctx.doc.lines[:400])):
        return
    found = []
    for n, raw in enumerate(ctx.doc.lines, 1):
        for m in AGENDA_ITEM.finditer(clean(raw)[:5000]):
            text = m.group("text").rstrip(" .")
            people = people_in(text)
            if not people or people[-1].end < len(text) or people[-1].start < 4:
                continue
            title = re.sub(r"\s+\S*/$", "", text[: people[-1].start]).strip(" -–—:,|\t")
            words = title.split()
            if (
                not (1 <= len(words) <= 10)
                or not title[:1].isupper()
                or people_in(title)
                or ROUTINE_ITEM.match(title)
            ):
                continue
            found.append((n, title, people[-1], text))
    if len(found) < 2:
        return
    for n, title, person, text in found:
        item = _item(ctx, title, _kind_for(title))
        ev = ctx.doc.evidence(n, n)
        yield Claim(
            Mention(tidy(person.name), Kind.PERSON),
            Rel.RESPONSIBLE,
            item,
            replace(ev, quote=fold(text)),
            "agenda.presenter",
            0.7,
        )


def ownership(ctx: Context):
    yield from plan_owner_lines(ctx)
    yield from field_cards(ctx)
    yield from agenda_presenters(ctx)
    yield from action_notes(ctx)
    yield from section_leads(ctx)
    yield from prose(ctx)
    yield from label_blocks(ctx)
    yield from lead_lines(ctx)
    yield from lead_ins(ctx)
    yield from bracket_leads(ctx)


EXTRACTORS = [ownership]
