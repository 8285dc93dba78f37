"""Bodies named as a group's members in prose: "The Partnership is made up of A, B and C",
"X was one of the statutory members of the Y Board along with A, B and C", "the statutory
partners are A, B and C", "the Z Partnership (A, B and C) was formed in 1998".

A sentence holding a membership cue (``membership_cues`` in ``ingest/data/people.yaml``) names a
group (the capitalised name before a cue such as "brings together", or after "members of") and a
list of bodies after the cue; the list is split at commas, "and", "with" and "as well as", and an
item is kept when it is a name (capitalised words, a body's head word or a place), never a person.
"""

from __future__ import annotations

import re
from functools import cache

from ..blocks import MARK, clean
from ..mentions import BODY_KINDS, body_and_services, head_kind, part_type, people_in, places_body, vocabulary
from ..model import Claim, Kind, Mention, Rel
from ..names import by_letter, initials, is_acronym, norm, tidy
from .context import (
    BARE_TITLE,
    GROUP_KINDS,
    TOLD,
    Context,
    name_continuations,
    owned_name,
    part_of_own_body,
    without_record_lead,
)
from .people import titlecase
from .structure import _typ, negation

GENERIC_WORDS = {
    "partnership",
    "board",
    "group",
    "forum",
    "executive",
    "strategic",
    "steering",
    "delivery",
    "programme",
}
NAME = re.compile(
    r"[A-Z][\w'’&.-]{0,60}(?:\s+(?:(?:of|and|for|the|&|on|in|upon)\s+){0,3}[A-Z][\w'’&.()-]{0,60}){0,12}"
)
COMMA = re.compile(r"\s*(?:,|;|\bwith\b|\bas well as\b|\balong with\b|\bplus\b)\s*")
LEAD = r"^(?:(?:and|the|a|an|both|all|four|three|two|five|six|(?-i:local)|are|is|were|include|includes)\s+)+"
LIST_END = re.compile(r"\s+(?:to|in order to|which|who|that|where|so that|working|in|on|at|for|from)\s+[a-z]")
MAX_SENTENCE = 1500
WE_ARE = re.compile(r"^We are (?=(?:the\s+)?[A-Z])")
STATUTORY_SUBJECT = re.compile(
    r"(?i)^(?:(?:the|its|their|our)\s+)?(?:(?:two|three|four|five|six|seven)\s+)?(?:statutory|lead|core|local)\s+"
    r"(?:safeguarding\s+)?(?:partners|members|partner\s+organisations)\s+(?:are|include|is)\b"
    r"|^(?:the\s+)?(?:(?:two|three|four|five|six|seven)\s+)?(?:responsible\s+authorities|safeguarding\s+partners)\s+(?:are|include)\b"
)
GROUP_WORD = re.compile(r"(?i)\b(?:partnership|board|group|forum|panel|committee|network|executive)\b")
THESE_ARE = re.compile(
    r"^(?:In\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+)?(?:these|they)\s+(?:are|were|include)\s+"
)
LIST_WORDS_END = re.compile(
    r"(?i)\b(?:statutory\s+partners|statutory\s+members|responsible\s+authorities|core\s+members|"
    r"designated\s+organisations|safeguarding\s+partners)\s*[.]?$"
)
THEY_FORM = re.compile(
    r"^(?:They|These|Together\s+they)\s+(?:form|make\s+up|constitute|comprise)\s+(?:the\s+)?"
    r"(?P<g>[A-Z][\w'’&-]*(?:\s+(?:of|and|for|&|[A-Z][\w'’&-]*)){0,8})"
)
OTHER_MEMBERS = re.compile(
    r"(?i)^(?:other|further|additional|wider)\s+(?:members|partners|member organisations)\s"
)
BACK_REFERENCE = re.compile(
    r"(?i)\b(?:the|this|our)\s+(partnership|board|group|forum|programme)\b[^A-Z]{0,40}$"
)


@cache
def _cues() -> tuple[re.Pattern, re.Pattern]:
    cues = vocabulary()["membership_cues"]
    # 'N' in a cue stands for a count ('has N statutory partners': 'has three statutory partners')
    after = by_letter(
        [
            re.escape(c).replace(r"\ ", r"\s+").replace(r"\s+N\s+", r"\s+(?:\w+\s+)?")
            for c in cues["group_before"]
        ],
        True,
    )
    before = by_letter([re.escape(c).replace(r"\ ", r"\s+") for c in cues["group_after"]], True)
    return re.compile(rf"(?i)\b(?:{after})\b"), re.compile(rf"(?i)\b(?:{before})\b")


# '… It brings together A, B and C'; 'Its purpose would be to bring together A and B': the subject before
IT_BRINGS = re.compile(
    r"(?i)\s*(?:(?:it|they)\s+(?:also\s+)?|(?:its|their)\s+(?:main\s+)?(?:purpose|role|aim|function)\s+"
    r"(?:is|was|will\s+be|would\s+be)\s+to\s+"
    r"|(?:it|this)\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:partnership|board|group|forum|body)\s*,?\s*(?:which\s+is\s+)?)"
)  # 'It brings together', 'Its purpose is to bring together', 'It is a statutory partnership made up of'


def _group_name(text: str) -> str | None:
    """The group named last before a cue: a name with a group's head word, or one a lower-case group
    word follows ("the 'Safer Westvale' programme"); never a fragment ("the three statutory Partners")."""
    text = NOTE.sub(" ", text.replace("‘", " ").replace("’ ", " "))  # 'The X Partnership (XP) is made up of'
    if back := BACK_REFERENCE.search(text):  # "The partnership is made up of …": the document's own
        return back.group(1).capitalize()
    for m in reversed(list(NAME.finditer(text))):
        name = tidy(m.group(0))
        if not name or name.lower() in {"the", "it", "this", "they"} or re.search(r"[’']s$", name):
            continue  # nor an owner ("X Council's cabinet member …")
        follows = text[m.end() :].split()[:1]
        if head_kind(name) in GROUP_KINDS or follows and head_kind(follows[0]) in GROUP_KINDS | {Kind.PLAN}:
            return name
        return None
    return None


# 'The board, which is chaired by X, brings together …': the sentence's subject, past its clause
OPENS_WITH_CLAUSE = re.compile(r"(?i)\s*(?:the|this|our)\s+(?:new\s+|shadow\s+)?\w+\s*,\s*(?:which|who)\b")


def _opening_group(sentence: str) -> str | None:
    """The group a sentence opens with, by name or as 'The board' (the document's own)."""
    if m := re.match(
        r"(?i)\s*(?:the|this|our)\s+(?:new\s+|shadow\s+)?(partnership|board|group|forum|programme)\b",
        sentence,
    ):
        return m.group(1).capitalize()
    return _subject(sentence)


def _subject(sentence: str) -> str | None:
    """The group a sentence opens with ('The Safer Exampleton Partnership is …'), else None."""
    m = NAME.match(sentence.lstrip()[:200])
    name = tidy(re.sub(r"^The\s+", "", m.group(0))) if m else None
    return name if name and head_kind(name) in GROUP_KINDS else None


def _first_group(sentence: str) -> str | None:
    """The first group a sentence names anywhere ('… there would be a X Board to replace …')."""
    for m in NAME.finditer(sentence[:400]):
        name = tidy(re.sub(r"^The\s+", "", m.group(0)))
        if len(name.split()) >= 2 and head_kind(name) in GROUP_KINDS:
            return name
    return None


@cache
def _protected() -> list[str]:
    """Names of bodies with 'and' inside ("Fire and Rescue Service"), never split at it."""
    return [e for e in vocabulary()["org_endings"] if " and " in e]


SHARED_NOUN = re.compile(
    r"\b(private|public|voluntary|business|community|statutory|faith|health|third|independent) and "
    r"(?=[a-z]+ (?:sectors?|organisations|partners|groups|services|agencies|bodies|communities)\b)"
)


def _and_kept(text: str) -> str:
    """The 'and' inside one name ('Fire and Rescue Service', 'the private and business sector') marked, so
    that a list is not split there."""
    for phrase in _protected():
        text = re.sub(re.escape(phrase), phrase.replace(" and ", " \x00 "), text, flags=re.I)
    return SHARED_NOUN.sub("\\1 \x00 ", text)


SEGMENTS = re.compile(r"\s[–—]\s+and\s+(?=[a-z])")  # '… – and non-statutory partners including …'


def _items(text: str) -> list[str]:
    if len(parts := SEGMENTS.split(text, maxsplit=1)) == 2:
        # '14 statutory members - A, B and C – and non-statutory partners including D and E': each part's names
        return _items(parts[0]) + _items(parts[1])
    text = re.split(r"\bincluding\b", text, maxsplit=1)[-1]  # "the key bodies …, including A, B and C"
    # '… and representatives from designated agencies – A, B': the names after the dash
    text = KINDS_THEN_NAMES.split(text, maxsplit=1)[-1]
    text = REPRESENTATIVE_OF.sub("", text.lstrip())  # "made up of representatives from A, B and C"
    text = LIST_END.split(text, maxsplit=1)[0]
    text = _and_kept(text)
    out = []
    chunks = [
        piece
        for chunk in COMMA.split(text)
        for piece in _split_the(chunk)  # 'Fire and Rescue Service the Police Authority': a comma left out
    ]
    for k in range(
        len(chunks) - 2, -1, -1
    ):  # 'Northshire, Eastby and Westby Community Rehabilitation Company': one body
        word, nxt = chunks[k].strip(), chunks[k + 1].strip()
        if re.match(r"[A-Z][a-z]+ and [A-Z][a-z]+ [A-Z]", nxt) and places_body(f"{word}, {nxt}"):
            chunks[k : k + 2] = [f"{word}\x01 {nxt}"]  # the comma kept out of the splits below
    for chunk in chunks:
        for raw in _split_and(chunk):
            raw = raw.replace("\x00", "and").strip(" .()")
            if "\x01" in raw:
                out.append(tidy(raw.replace("\x01", ",")))
                continue
            item = REPRESENTATIVE_OF.sub(
                "", re.sub(LEAD, "", raw, flags=re.I)
            )  # '…, and representatives from X'
            if re.fullmatch(r"(?i)the\s+[a-z]+(?:\s+[a-z\x00]+){0,4}", raw):
                out.append(item)  # "the voluntary sector": a kind of member
                continue
            if re.fullmatch(r"[A-Z]{2,6}(?:\s+[a-z]+){1,3}", item):
                out.append(item)  # "NHS health partners": a body's initials and what they are
                continue
            if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+[a-z]+){1,2}s", item):
                out.append(item)  # "Health agencies", "Voluntary Sector organisations": a kind of member
                continue
            m = NAME.match(item)
            if not m or item[m.end() :].strip()[:1].islower():  # "the plan to work …": not a name
                continue
            name = tidy(m.group(0))
            if name and (people := people_in(name)) and people[0].start == 0:
                continue
            if name and len(name.split()) <= 10:
                out.append(name)
    return out


def _own_initials(name: str, group: Mention | None) -> bool:
    """'SBB' among the members of the Safer Bayside Board (or of 'SBB'): the group's own initials."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return False
    if group is None or name == group.name:
        return True
    return name == initials(group.name)


def _split_the(chunk: str) -> list[str]:
    """'Fire and Rescue Service the Police Authority' -> two bodies: 'the' after a body's head word and before
    a capital starts the next."""
    out, at = [], 0
    for m in re.finditer(r"\s+the\s+(?=[A-Z])", chunk):
        if head_kind(chunk[at : m.start()].split()[-1] if chunk[at : m.start()].split() else "") is not None:
            out.append(chunk[at : m.start()])
            at = m.end()
    return [*out, chunk[at:]]


def _split_and(chunk: str) -> list[str]:
    """'A Council and B Police', 'Northtown and Southtown', '… and the voluntary sector' split;
    'Lothian and Borders Police', 'Westvale and Northtown Clinical Commissioning Group' kept whole."""
    words = chunk.split(" and ")
    out, current = [], words[0]
    for k, word in enumerate(words[1:], 1):
        rest = " and ".join(words[k:])
        ends_body = head_kind(current.split()[-1]) is not None if current.split() else False
        places = head_kind(current) is None and head_kind(rest) is None
        # 'Skills Development Scotland and Westvale College': a body after a name of three words or more,
        # never a name's own 'and' ('Office of the Police and Crime Commissioner')
        body_after = (
            len(current.split()) >= 3
            and head_kind(rest)
            in (Kind.ORGANISATION, Kind.SERVICE)  # ('… Wales and X Fire and Rescue Service')
            and word[:1].isupper()
            and word.split()[0] not in name_continuations()
        )
        # 'Healthwatch Kelby and Northshire Police': a body named head first, then another short body
        # ('NHS Kelby and Westvale Integrated Care Board' is one board of two places)
        bodies = (
            len(rest.split()) <= 3
            and head_kind(current) is not None
            and head_kind(rest) is not None
            and word[:1].isupper()
            and word.split()[0] not in name_continuations()
        )
        # 'NHS Westmere and North Fenshire Integrated Care Board': the NHS body of two places, one name
        one_nhs_body = (
            current.startswith("NHS ") and not ends_body and head_kind(rest.split()[-1]) is not None
        ) or bool(
            re.search(r"\b(?:of|for) the [A-Z][\w'’-]+$", current)
        )  # 'University of the Westmoor and …'
        if (
            not one_nhs_body
            and (
                word.startswith("the ")
                # not 'Fire and Rescue', 'Police and Crime': a name's own 'and'
                or ends_body
                and word[:1].isupper()
                and word.split()[0] not in name_continuations()
                or places
                or body_after
                or bodies
            )
        ):
            out.append(current)
            current = word
        else:
            current = f"{current} and {word}"
    return [*out, current]


def _body(ctx: Context, name: str) -> Mention:
    return ctx.mention(name, head_kind(name) if head_kind(name) in BODY_KINDS else Kind.ORGANISATION)


def _group(ctx: Context, name: str | None, line: int) -> Mention | None:
    if not name:
        return None
    words = name.split()
    if len(words) == 2 and all(w.lower() in GENERIC_WORDS for w in words):  # 'the Partnership Board'
        name = _fullest(ctx, name, line) or name
    if len(words) == 1 and words[0] in {"Partnership", "Board", "Group", "Forum", "Programme"}:
        name = ctx.own_group(words[0], line)
        if not name:
            return None
    return ctx.mention(name, head_kind(name) if head_kind(name) in GROUP_KINDS else Kind.GROUP)


def memberships(ctx: Context):
    group_before, group_after = _cues()
    last_group: str | None = None
    for block in ctx.doc.blocks:
        previous = ""
        for s in ctx.doc.sentences(block):
            text = s.text[:MAX_SENTENCE]
            before, previous = previous, text
            head, colon, tail = text.partition(":")
            if colon and group_before.search(head) and re.search(r",|\band\b", tail):
                text = f"{head} {tail.strip()}"  # 'The Board is made up of: A, B and C.': a list in the line
            if ":" in text or len(people_in(text)) >= 2:  # a list under a label, or people: the list reader's
                continue
            if negation().search(text):  # "… are not responsible authorities and will not be members of"
                continue
            found: list[tuple[str | None, list[str]]] = []
            if (they := THEY_FORM.match(text)) and (
                listed := STATUTORY_SUBJECT.search(before) or group_before.search(before)
            ):  # 'The three statutory partners are A, B and C. They form the Executive Group …'
                formed = re.sub(r"\s+(?:of|and|for|&)$", "", tidy(they.group("g")))
                found.append((formed, _items(before[listed.end() :])))
            these = THESE_ARE.match(text)
            if these and LIST_WORDS_END.search(before) and not negation().search(before):
                # '… names the statutory partners. In Glenbarra these are A, B and C.'
                found.append((_doc_group(ctx, s.start), _items(text[these.end() :])))
            elif (m := group_after.search(text)) and m.start() == 0:
                pass  # 'Membership of the Board' heading run into its list: the list reader's
            elif m:  # "… members of the X Board along with A, B and C"
                rest = text[m.end() :]
                g = NAME.search(rest)
                if g and head_kind(g.group(0)) in GROUP_KINDS:
                    subject = NAME.match(text)  # "Westvale Council is one of the members of …"
                    own = tidy(subject.group(0)) if subject else ""
                    own_ok = head_kind(own) in BODY_KINDS and head_kind(own) not in GROUP_KINDS
                    members = _items(rest[g.end() :]) + ([own] if own_ok else [])
                    found.append((tidy(g.group(0)), members))
            elif m := group_before.search(text):  # "The X Partnership is made up of A, B and C"
                head = text[: m.start()]
                # "The Board will be chaired by X, Cabinet Member for Y, and brings together …": the
                # sentence's subject brings them together
                # '…, and brings together', '…, and its statutory members are': the sentence's subject's
                opens = re.search(
                    r"\band\s+(?:(?:its|their)\s+(?:\w+\s+)?)?$", head
                ) or OPENS_WITH_CLAUSE.match(head)
                name = _opening_group(text) if opens else _group_name(head)
                if name:  # 'CSP Statutory Members included …': the CSP's
                    name = re.sub(r"(?i)\s+(?:statutory|core|voting|full|associate|non-statutory)$", "", name)
                if name is None and IT_BRINGS.fullmatch(text[: m.start()]):
                    # '… X Partnership is …. It brings together A, B and C', '… there would be a X Board ….
                    # Its purpose …', 'The XCSP was formed in 2012 …. It is a partnership made up of …'
                    opener = re.match(r"\s*(?:The\s+)?([A-Z][A-Za-z]{1,8})\b", before)
                    name = (
                        _subject(before)
                        or _first_group(before)
                        or (ctx.definitions.get(opener.group(1)) if opener else None)
                    )
                if name is None and re.match(
                    r"(?i)\s*the\s+(?:meeting|board|partnership|group|forum|panel)\b", head
                ):
                    # 'The meeting was attended by representatives of …', 'The board is chaired by X and has a
                    # membership constituting of …': the document's group
                    name = _doc_group(ctx, s.start)
                if name is None and OTHER_MEMBERS.match(text):  # "Other members include …": the last group's
                    name = last_group
                elif name is None and STATUTORY_SUBJECT.match(text[: m.end()]):
                    # "The three statutory partners are A, B and C": the document's group, else the
                    # partnership it last named in full
                    name = _doc_group(ctx, s.start) or ctx.we(s.start, "Partnership")
                found.append((name, _items(text[m.end() :])))
            elif m := WE_ARE.match(text):  # "We are A, B and C": the members speaking for the partnership
                found.append(("Partnership", _items(text[m.end() :])))
            for g in (
                ()
                if "(" not in text
                else re.finditer(
                    r"([A-Z][\w'’&-]{0,60}(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w'’&-]{0,60}){0,10})\s+\(([^()]{5,300})\)",
                    text,
                )
            ):
                items = _items(g.group(2))
                if (
                    head_kind(g.group(1)) in GROUP_KINDS
                    and len(items) >= 2
                    and all(head_kind(n) in BODY_KINDS or re.fullmatch(r"[A-Z]{2,6}", n) for n in items)
                ):  # "the X Partnership (A, B and C)"; not "Locality Panels (North, Central and South)"
                    found.append((g.group(1), items))
            for group_name, members in found:
                group = _group(ctx, group_name, s.start)
                last_group = group_name if group is not None else last_group
                bodies = [n for n in members if head_kind(n) in BODY_KINDS or len(members) >= 2]
                bodies = [
                    n for n in bodies if not _own_initials(n, group)
                ]  # "(SBB)": the group's own initials
                for name in dict.fromkeys(bodies):
                    if group is None or name == group.name:
                        continue
                    yield Claim(_body(ctx, name), Rel.MEMBER, group, ctx.ev(s), "membership.sentence", 0.7)


# ---------------------------------------------------------------- bodies listed under a membership intro

LIST_MARK = re.compile(rf"^\s{{0,12}}(?:{MARK}|–|\(?(?:\d{{1,2}}|[a-z]|[ivx]{{1,4}})[.)](?!\d))?\s*")
CELL = re.compile(r"\t+|\s+\|\s+|\s{3,}")
KINDS_THEN_NAMES = re.compile(
    r"\b(?:agencies|organi[sz]ations|partners|bodies|services|members)\s+[–—-]\s+(?=[A-Z])"
)
REPRESENTATIVE_OF = re.compile(
    r"(?i)^(?:the\s+|a\s+|an\s+|one\s+|two\s+|three\s+|four\s+|\d\s+)?(?:senior\s+|elected\s+|nominated\s+)?"
    r"(?:representatives?|members?|nominees?|officers?|delegates?)\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])"
)
NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+")
NOTE = re.compile(r"\s*\([^()]{0,60}\)")


@cache
def _intro() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A heading or label naming a membership ('Membership', 'Members of the X:', 'Partners'), and a
    line ending with ':' whose words say what follows are members ('the responsible authorities are:')."""
    words = vocabulary()["membership_cues"]["list_words"]
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    group = r"(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w'’&-]*)){0,12}"
    heading = re.compile(
        rf"^(?:(?i:the|our)\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}?(?i:{alts})"
        rf"(?:\s+(?:of|on|for)\s+(?P<group>{group}))?\s*(?:\d{{4}}(?:[/-]\d{{2,4}})?)?\s*(?::\s*(?P<value>.*))?$"
    )
    line = re.compile(
        rf"(?i)\b(?:{alts})\b[^.]{{0,240}}:\s*$"
    )  # '… responsible authorities, under …, these are:'
    inline = re.compile(
        rf"(?i)\b(?:{alts})\s+(?:are|were|include|includes|included|is|comprise|comprises|comprised)\s*:\s*(?P<value>\S.*)$"
    )
    return heading, line, inline


@cache
def _work_label() -> re.Pattern:
    words = vocabulary()["membership_cues"]["work_qualifiers"]
    return re.compile(rf"(?i)(?:{'|'.join(map(re.escape, words))})\s+partners?\b")


def _doc_group(ctx: Context, line: int) -> str | None:
    """The group whose papers these are at a line: the nearest heading naming a group above it
    ('Serious Violence Delivery Group - Terms of Reference'), else the title's group."""
    best = None
    for b in ctx.doc.blocks:
        if b.start >= line:
            break
        if b.kind == "heading" or b.start <= 3:
            text = without_record_lead(_strip_doc_kind(clean(ctx.doc.lines[b.start - 1]).strip()))
            if text.endswith("?") or " > " in text or ":" in text:  # a question, breadcrumb or label line
                continue  # 'What is the Safer Westvale Partnership?': a question, not the group's name
            if (
                head_kind(text) in GROUP_KINDS
                and not part_of_own_body(text)  # 'Membership of the Board' names no board
                and not BARE_TITLE.search(text)  # nor 'About the Board'
                and len(text.split()) <= 12
                and text.split()[-1][:1].isupper()  # a name, not 'Working with other partnerships'
                and not people_in(text)
            ):
                best = titlecase(text) if text.isupper() else text
    if best is None and ctx.title and head_kind(ctx.title) in GROUP_KINDS:
        best = ctx.title
    return ctx.fuller(tidy(best)) if best else None


DOC_KIND = re.compile(
    r"(?i)\s*[-–—:,]?\s*(?:draft\s+)?(?:terms\s+of\s+reference|constitution|membership(?:\s+list)?|annual\s+report)"
    r"(?:\s+\d{4}(?:[/-]\d{2,4})?)?\s*$"
)


def _strip_doc_kind(text: str) -> str:
    return DOC_KIND.sub("", text).strip()


REPORT_TAIL = re.compile(
    r"\s+(?:Annual|Quarterly|Yearly)?\s*(?:Review|Report|Update|Minutes|Agenda|Newsletter)\b.*$"
)


def _body_of_title(title: str | None) -> str | None:
    """'Westby Partnership Annual Review and Forthcoming Priorities': the body the title is a report of."""
    if title and (cut := REPORT_TAIL.sub("", title)) != title and head_kind(cut) in GROUP_KINDS:
        return cut
    return title


MEMBERSHIP_VERB = re.compile(
    r"(?i)\b(?:compris\w*|consists?|consisting|made\s+up|includ\w*|representatives?\s+(?:of|from)|members?|"
    r"brings?\s+together|drawn\s+from|partners?)\b"
)
COMPRISES = re.compile(
    r"(?i)\b(?:compris\w*|consists?\s+of|made\s+up\s+of|membership\s+(?:is|will\s+be)"
    r"|(?P<verb>includes?|brings\s+together)(?:\s+(?P<first>(?-i:[A-Z])[^:]{2,80}?)\s+and)?)\s*:\s*$"
)  # 'The X Partnership includes Westby Council and:' (a named group's members: 'includes' says no more)
LABELLED_GROUP = (
    re.compile(  # 'The Executive: Which comprises of the responsible authorities as defined in …'
        r"^(?P<group>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|and|for|&|[A-Z][\w'’&-]*)){0,8})\s*[:–—]\s*"
        r"(?i:which|that|it)\s+(?i:compris\w*|consists?\s+of|is\s+made\s+up\s+of|includes?)\b[^:]*$"
    )
)
PRONOUN = re.compile(r"^(?:it|this|they|which|the\s+partnership|the\s+board|the\s+group)\b", re.I)


def _group_before(ctx: Context, line: int) -> str | None:
    """The last group named in the few lines before ``line`` ('The Safer Westvale Partnership (SWP) is
    … It comprises …'), from the same paragraph."""
    for k in range(line - 1, max(0, line - 4), -1):
        raw = clean(ctx.doc.lines[k - 1])
        if not raw.strip():
            break
        names = [tidy(m.group(0)) for m in NAME.finditer(NOTE.sub(" ", raw))]
        names = [n for n in names if head_kind(n) in GROUP_KINDS and len(n.split()) >= 2]
        if names:
            return names[-1]
    return None


def _named_group(ctx: Context, text: str, line: int) -> str | None:
    """The group an intro names ('Members of the Combating Drugs Partnership', 'the sub-group', 'The
    PCSP'), expanded to the fullest name the document gives it; None when it names none."""
    text = NOTE.sub(" ", text)
    for m in reversed(list(NAME.finditer(text))):
        name = tidy(m.group(0))
        name = owned_name(name)  # 'The CSP's Westby Panel': the panel's name
        if head_kind(name) in GROUP_KINDS or is_acronym(name):
            return _fullest(ctx, name, line)
    generic = re.search(
        r"(?i)\bthe\s+(sub-group|subgroup|group|board|partnership|forum|panel|committee|network)\b", text
    )
    if generic:
        return _fullest(ctx, generic.group(1), line)
    return None


def _spelled_out(ctx: Context, acronym: str) -> str | None:
    """A group's name the document writes anywhere whose words' initials are the acronym's letters ('Westby
    Safeguarding People Partnership' in 'Westby Safeguarding People Partnership Independent Chair' for WSPP)."""
    if not 2 <= len(acronym) <= 8 or not acronym.isalpha():
        return None
    words = r"(?:\s+(?:and|of|for|the|&))?\s+".join(rf"{c}[\w'’-]+" for c in acronym)
    for m in re.finditer(rf"\b{words}\b", "\n".join(ctx.doc.lines)):
        if "\n" not in m.group(0) and head_kind(m.group(0)) in GROUP_KINDS:
            return tidy(m.group(0))
    return None


def _fullest(ctx: Context, name: str, line: int) -> str | None:
    """The longest name of the document ending with ``name`` (nearest before ``line`` first); an
    acronym is the name it stands for, or the title whose initials it is."""
    if is_acronym(name):
        full = ctx.definitions.get(name) or ctx.definitions.get(name.rstrip("s"))
        if full:
            return full
        title = ctx.title or ""
        initials = "".join(w[0] for w in title.split() if w[:1].isupper())
        if title and name.rstrip("s") and initials.endswith(name.rstrip("s")):
            return title
        # 'The current membership of the WSAB:' with no name spelled out anywhere: the letters themselves
        return _spelled_out(ctx, name.rstrip("s")) or name
    want = name.lower()
    if len(name.split()) == 1:  # 'the Board' of a board's own papers is that board
        own = _doc_group(ctx, line)
        if own and own.lower().endswith(want):
            return own
    found: list[tuple[int, str]] = []
    # 'the Partnership' of 'the X Partnership Board': the word before a head
    headed: list[tuple[int, str]] = []
    for i, raw in enumerate(ctx.doc.lines, 1):
        if want not in raw.lower() or i == line:
            continue
        for m in NAME.finditer(clean(raw)):
            cand = re.sub(r"^The\s+(?=\S+\s)", "", tidy(m.group(0)))  # 'The X Partnership (CDRP) had …'
            if (
                len(cand) > len(want)
                and cand.split()[0]
                not in {"The", "This", "Our", "About"}  # 'About the X Board': a page's heading
                and not part_of_own_body(cand)
            ):
                words = cand.lower().split()
                if words[-1] == want:
                    found.append((i, _strip_doc_kind(cand)))
                elif len(words) >= 3 and words[-2] == want and head_kind(words[-1]) in GROUP_KINDS:
                    headed.append((i, _strip_doc_kind(cand)))
    found = found or headed
    before = [c for i, c in found if i <= line]
    if before:
        return before[-1]
    if found:
        return found[0][1]
    return name if name[:1].isupper() and len(name.split()) >= 2 else None


def _cells(raw: str) -> list[str]:
    """A list line's cells (tabs, ' | ', runs of three spaces), marks and notes taken off."""
    text = LIST_MARK.sub("", raw.strip("|"), count=1)
    return [clean(c).strip(" .;,|") for c in CELL.split(text) if c.strip(" |")]


def _list_items(raw: str) -> list[str]:
    """A list line's bodies: its first cell when it is a table row, else its comma-separated names."""
    cells = _cells(raw)
    if len(cells) >= 2:
        return [NOTE.sub("", cells[0]).strip(" .;,")]
    text = NOTE.sub("", cells[0]) if cells else ""
    if body := body_and_services(LIST_MARK.sub("", text)) or places_body(LIST_MARK.sub("", text)):
        return [body]
    text = _and_kept(text)
    out = []
    for chunk in re.split(r"\s*[,;]\s*", text):
        for part in _split_and(chunk.strip(" .")):
            part = re.sub(r"^(?:(?:and|the)\s+)+", "", part.replace("\x00", "and").strip(" .;,"), flags=re.I)
            if part:
                out.append(part)
    return out


def _marked_item(raw: str) -> bool:
    """The line opens with a bullet, number or letter ('(a)', '-', '1.')."""
    m = LIST_MARK.match(raw)
    return bool(m and m.group(0).strip())


def _prose(raw: str) -> bool:
    """A line of running text, not a list line: lower-case words left once names and notes are out."""
    text = NAME.sub(" ", NOTE.sub(" ", clean(raw)))
    words = [w for w in re.findall(r"[a-z][\w'’-]*", text) if w not in {"and", "the", "of", "for", "or", "&"}]
    return len(words) > 1


def _bare_post(text: str) -> str:
    """'the Director of Public Health' -> 'Director of Public Health'."""
    return re.sub(r"(?i)^(?:the|a|an)\s+", "", NOTE.sub("", text).strip(" .;"))


def _lower_case_body(name: str) -> bool:
    """'Westby Alcohol and drugs agency', 'Westby and District Foundation NHS trust': a body's name of three
    words or more with a word or two in lower case, its head word a body's."""
    words = name.split()
    lower = [w for w in words if w[:1].islower() and w not in {"and", "of", "for", "&"}]
    return (
        len(words) >= 3
        and len(lower) <= 2
        and not any(w in {"through", "its", "their", "to", "the", "with", "by", "in", "on"} for w in lower)
        and head_kind(name) in BODY_KINDS
    )


def _is_body(name: str) -> bool:
    if not name[:1].isupper() or len(name.split()) > 10:
        return False
    if not NAME.fullmatch(name.replace(", ", " ")) and not _lower_case_body(name):
        return False
    people = people_in(name)
    return not (_typ(name) == "post" or people and people[0].start == 0 or part_type(name) == "role")


def member_lists(ctx: Context):
    """Bodies listed one a line (bulleted, numbered, plain, or a table's first column) or in a comma
    list over several lines, under a membership heading or label ('Membership', 'Members:', 'Partners',
    'Members of the X', 'Voting members') or after a line ending ':' that says members follow ('the
    responsible authorities are:', 'representatives of the designated organisations:'). The group is the
    one the intro names, else the group whose papers these are. A line naming a person or a post is
    the people lists' to read and is passed over; at least two bodies make a list."""
    heading, intro_line, inline_line = _intro()
    header_words = {w.lower() for w in vocabulary()["record_fields"]["organisation"]}
    lines = ctx.doc.lines
    i = 0
    while i < len(lines):
        raw = clean(lines[i]).strip()
        i += 1
        at = i  # the intro's line
        if not raw or len(raw) > 300 or negation().search(raw):
            continue
        text = NUMBERED.sub("", raw)
        m = heading.match(text) if len(text) <= 120 else None
        if m and _work_label().match(text):
            continue  # 'Supporting partners: …' under a priority: who helps with the work
        group = None
        values: list[tuple[int, str]] = []
        if m:
            if "invited" in text.lower() or "observer" in text.lower():
                continue
            group = _named_group(ctx, m.group("group") or "", i) if m.group("group") else None
            if m.group("group") and not group:
                continue
            if m.group("value"):
                values.append((i, m.group("value")))
        elif (labelled := LABELLED_GROUP.match(text)) and head_kind(labelled.group("group")) in GROUP_KINDS:
            label = re.sub(r"^The\s+", "", labelled.group("group"))  # 'The Executive: Which comprises of …'
            group = _named_group(ctx, label, i) or label
            while i < len(lines) and lines[i].strip() and not _marked_item(lines[i]):
                i += 1  # '… as defined in the Crime and' / 'Disorder Act': the intro's sentence goes on
        elif found_intro := intro_line.search(text) or COMPRISES.search(text):
            if re.search(r"(?i)\b(?:invited|observers?|not)\b", text) or TOLD.search(text):
                continue  # 'Members are asked to determine the following:': no membership
            if found_intro.group(0).lower().startswith("the following") and not MEMBERSHIP_VERB.search(text):
                continue  # 'Officers consulted the following organisations:': no membership
            lead = re.split(r"(?<=[.;])\s+", text[: text.rfind(":")])[-1]  # the sentence ending ':'
            group = _named_group(ctx, lead, i)
            if group is None and PRONOUN.match(lead):  # '… Partnership is … It comprises … organisations:'
                group = _group_before(ctx, i + 1)
            if found_intro.re is COMPRISES and found_intro.group("verb"):
                # the group the sentence names before the verb ('The plan includes:' names none: no members)
                sentence = re.split(r"(?<=[.;])\s+", text[: found_intro.start()])[-1]
                group = _named_group(ctx, sentence, i) if group else None
                if group is None:
                    continue
                if first := found_intro.group("first"):
                    values.append((i, first))  # '… includes Westby Council and:' the first member
        elif m := inline_line.search(text):  # 'The partnership's members are: A; B; C …' to the full stop
            if re.search(r"(?i)\b(?:invited|observers?|not)\b", text[: m.start("value")]):
                continue
            lead = text[: m.start()]
            group = _named_group(ctx, lead, i)
            if group is None and GROUP_WORD.search(lead):
                continue  # 'the partnership's members' of a document naming no partnership
            group = group or _body_of_title(_doc_group(ctx, i))
            value, end = m.group("value"), i
            while (
                not value.rstrip().endswith(".") and end < len(lines) and lines[end].strip() and end - i < 6
            ):
                value, end = f"{value} {clean(lines[end]).strip()}", end + 1
            # 'Statutory partners included: A, B and C together with other partners including …': the label's own
            own = re.split(
                r"\s+(?:together\s+with|along\s+with|as\s+well\s+as)\s+(?=[a-z])", value, maxsplit=1
            )[0]
            items = [b for b in _list_items(own) if _is_body(b)]
            if (
                group
                and len(items) >= 2
                and 2 * len([b for b in items if head_kind(b) in BODY_KINDS]) >= len(items)
            ):
                g = ctx.mention(group, head_kind(group) if head_kind(group) in GROUP_KINDS else Kind.GROUP)
                for name in dict.fromkeys(items):
                    if tidy(name) != g.name:
                        ev = ctx.doc.evidence(i, end)
                        yield Claim(_body(ctx, name), Rel.MEMBER, g, ev, "membership.list", 0.7)
            i = max(i, end)
            continue
        else:
            continue
        start = at
        group = group or _doc_group(ctx, start)
        if not group:
            continue
        k = i  # 0-based index of the next line
        while k < len(lines) and not lines[k].strip() and k - i < 1:
            k += 1  # one blank line after the intro
        while k < len(lines) and (lines[k].strip() or _gap_in_items(lines, k, values)):
            if not lines[k].strip():
                k += 1  # a blank line between bulleted items: the list goes on
                continue
            marked = _marked_item(lines[k])  # '(a)', '-', '1.': an item
            if not values and (intro := COMPRISES.search(clean(lines[k]))):
                # '2.1 The Board will comprise:' under a 'Membership' heading: the intro goes on, naming its group
                group = _named_group(ctx, clean(lines[k])[: intro.start()], k + 1) or group
                k += 1
                continue
            if not values and marked and _prose(lines[k]) and len(lines[k]) > 120 and start == i:
                # '• Set the strategic vision …' under 'Membership': a page's other column run in first
                k += 1
                continue
            if len(lines[k]) > 200 or (_prose(lines[k]) and len(_cells(lines[k])) < 2 and not marked):
                break  # running text: the list is over
            before = values[-1][1].rstrip() if values else ""
            tail = re.split(r"[,;(]", before)[-1].strip()  # the last name the line began
            if (
                before
                and not marked
                and not re.search(r"[,;.:)]$", before)
                and re.search(r"[,;]", before)  # a comma list run over lines, not one name a line
                and head_kind(tail) is None  # 'Zennor Integrated', not 'Westvale Council'
                and lines[k].strip()[:1].isupper()
                and not people_in(before + " " + lines[k])  # a person's line is the people lists' to read
                and len(_cells(before)) < 2
                and len(_cells(lines[k])) < 2  # a table's rows are rows
            ):
                # 'A (3), Zennor Integrated' / 'Care Board (2), B': a name wrapped onto the next line
                values[-1] = (k + 1, f"{before} {lines[k].strip()}")
                k += 1
                continue
            values.append((k + 1, lines[k]))
            k += 1
        bodies: list[tuple[int, str]] = []
        posts: list[tuple[int, str, str, str]] = []  # (line, post, its body, line) of post-and-body entries
        lone: list[tuple[int, str, str, str]] = []  # the same of posts alone on their line
        open_entry = False  # the line before named a person or post without their body
        for n, value in values:
            marked = _marked_item(value)
            cells = _cells(value)
            if cells:  # '(d) a representative of Healthwatch Westvale': the body it names
                cells[0] = REPRESENTATIVE_OF.sub("", cells[0])
            if not cells or cells[0].lower() in header_words:
                continue  # the header row of an 'Organisation | Representative' table
            if (sub := _intro()[0].match(cells[0])) and not sub.group("value") and not sub.group("group"):
                continue  # 'Voting Members' over the next lines: a label of part of the list, no member
            if ": " in cells[0] and _is_body(left := cells[0].split(": ", 1)[0].strip()):
                cells[0] = left  # 'Westby Authority: Two representatives': the body, then how it sits
            parts = [p.strip() for p in re.split(r"[,;]", cells[0])]
            # a row's other cells may name its representative: only its first cell is the entry
            person = people_in(cells[0] if len(cells) >= 2 else clean(value))
            if not person and len(cells) == 1 and len(parts) >= 2 and _typ(_bare_post(parts[0])) == "post":
                # 'The District Commander, Westshire Police (Vice-Chair)': the post's body sits on the group
                bodies += [(n, b) for p in parts[1:] if _is_body(b := NOTE.sub("", p).strip(" ."))]
                posts.append((n, _bare_post(parts[0]), NOTE.sub("", parts[-1]).strip(" ."), value))
                continue
            if not person and len(cells) == 1 and len(parts) == 1 and (held := _post_line(parts[0])):
                lone.append((n, *held, value))  # 'Assistant Director of Housing (Chair)': a post sits on it
                open_entry = not marked and not held[1]  # its body may follow on the next line
                continue
            if person or any(_typ(p) == "post" for p in parts):  # not 'Northern Ireland Housing Executive'
                open_entry = (
                    len(cells) < 2 and not marked and not any(head_kind(p) in BODY_KINDS for p in parts[1:])
                )
                continue
            if open_entry:  # 'Jane Doe' / 'Westvale Police': the body is the person's, not a member
                open_entry = False
                continue
            bodies += [(n, b) for b in _list_items(cells[0] if len(cells) == 1 else value) if _is_body(b)]
        known = [b for _, b in bodies if head_kind(b) in BODY_KINDS]
        seated = lone if len(lone) >= 3 and len(lone) * 2 >= len(values) else []  # a list of posts
        if (len(bodies) < 2 or len(known) * 2 < len(bodies)) and not seated:
            continue
        g = ctx.mention(group, head_kind(group) if head_kind(group) in GROUP_KINDS else Kind.GROUP)
        for n, post, body, _ in seated:  # each post of the list a member
            yield Claim(
                ctx.mention(post, Kind.POST, scope=body or ctx.council),
                Rel.MEMBER,
                g,
                ctx.doc.evidence(start, n),
                "membership.list.post",
                0.7,
            )
        for n, post, body, value in posts + seated:  # '… (Chair)': the post chairs the group
            if role := re.search(r"(?i)\((vice[- ]?chair|chair)(?:man|person)?\)", value):
                rel = Rel.VICE_CHAIR if role.group(1).lower().startswith("vice") else Rel.CHAIR
                yield Claim(
                    ctx.mention(post, Kind.POST, scope=body),
                    rel,
                    g,
                    ctx.doc.evidence(n, n),
                    "membership.list.post",
                )
        for n, name in bodies:
            if tidy(name) == g.name:
                continue
            yield Claim(_body(ctx, name), Rel.MEMBER, g, ctx.doc.evidence(start, n), "membership.list", 0.7)
        i = max(i, k)


def _gap_in_items(lines: list[str], k: int, values: list[tuple[int, str]]) -> bool:
    """Line ``k`` (0-based) is a blank line between two bulleted items of a list ('·  A' / '' / '·  B')."""
    return (
        bool(values)
        and bool(_marked_item(values[-1][1]))
        and k + 1 < len(lines)
        and bool(_marked_item(lines[k + 1]))
    )


def _post_line(line: str) -> tuple[str, str] | None:
    """(post, its body or '') of a line naming a post alone: 'Deputy Director of Social Work', 'Area Inspector -
    Westshire Police', 'Inclusion Manager - Education' (no body after the dash: the whole line is the post)."""
    post, after = [*re.split(r"\s[-–—]\s", _bare_post(line), maxsplit=1), ""][:2]
    post = ON_BEHALF.sub("", post)  # 'Director of Care on behalf of the Chief Executive': whose seat it fills
    if _typ(post) != "post":
        # 'Chair of the Westby Health Partnership', 'Senior Westshire Police representative': the post of a body
        of = POST_OF_BODY.match(post)
        if of and (_typ(of.group("post")) == "post" or CHAIR_WORDS.fullmatch(of.group("post"))):
            return post, of.group("body")
        return (post, "") if REPRESENTATIVE.search(post) else None
    if after and _is_body(after):
        return post, after
    return (post, "") if SEAT_KIND.fullmatch(after) else (_bare_post(line), "")


ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\s+.+$")
# '… – Key Statutory Partner': the kind of seat a post's line ends with, no part of the post
SEAT_KIND = re.compile(r"(?i)(?:[\w-]+\s+){0,3}(?:partner|member|representative|agency|adviser|advisor)s?")
POST_OF_BODY = re.compile(
    r"(?P<post>[A-Z][\w ’'-]{1,60}?)\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w ’'&()-]{1,80})$"
)
CHAIR_WORDS = re.compile(r"(?:(?:Regional|Deputy|Vice|Joint|Co-?)[- ]?)?Chair(?:man|person|woman)?", re.I)
REPRESENTATIVE = re.compile(r"^(?:Senior\s+)?[A-Z][\w ’'&-]{2,60}\s+representatives?$")


def _bullets_after(lines: list[str], i: int) -> list[tuple[int, str]]:
    """(line number, text less its mark) of the bulleted lines after line ``i`` (0-based), a blank allowed first."""
    k = i + 1
    while k < len(lines) and not lines[k]:
        k += 1
    out = []
    while k < len(lines) and lines[k] and _marked_item(lines[k]):
        out.append((k + 1, LIST_MARK.sub("", lines[k])))
        k += 1
    return out


@cache
def _partner_intro() -> re.Pattern:
    cues = vocabulary()["membership_cues"]["partner_intro"]
    alts = by_letter([re.escape(c).replace(r"\ ", r"\s+") for c in cues], True)
    return re.compile(rf"(?i)\b(?:{alts})\b[^.:]{{0,80}}[.:]?\s*$")


def partner_lists(ctx: Context):
    """Bodies listed one a line after a line saying the group works with them ('… work in partnership with
    the following non-statutory organisations.'): each contributes to the group whose papers these are."""
    lines = [clean(x).strip() for x in ctx.doc.lines]
    for i, text in enumerate(lines):
        if not text or len(text) > 400 or not _partner_intro().search(text) or negation().search(text):
            continue
        bodies = [(n, b) for n, b in _bullets_after(lines, i) if _is_body(b.strip(" ;,."))]
        group = _doc_group(ctx, i + 1)
        if group is None or len(bodies) < 2:
            continue
        g = ctx.mention(group, head_kind(group) if head_kind(group) in GROUP_KINDS else Kind.GROUP)
        for n, name in bodies:
            name = name.strip(" ;,.")
            if tidy(name) != g.name:
                yield Claim(
                    _body(ctx, name),
                    Rel.CONTRIBUTES,
                    g,
                    ctx.doc.evidence(i + 1, n),
                    "membership.partners",
                    0.7,
                )


PARTS = re.compile(
    r"(?i)\b(?:consists?\s+of|is\s+made\s+up\s+of|comprises|is\s+structured\s+as\s+follows|has\s+the\s+following\s+structure"
    r"|structure\s+(?:comprising|consisting|made\s+up)(?:\s+of)?)\s*:\s*$"  # 'We have a simple structure comprising of:'
)
PART_GROUP = re.compile(  # a group's name in a list item, its head word last ('Local Problem Solving (LPS) Groups')
    r"(?:[A-Z][\w'’&-]*|\([A-Z]{2,8}\))(?:\s+(?:(?:of|and|for|the|&)\s+)?(?:[A-Z][\w'’&-]*|\([A-Z]{2,8}\))){0,8}"
    r"\s+(?:Board|Boards|Group|Groups|Forum|Forums|Panel|Panels|Committee|Committees|Sub-?[Gg]roups?|Networks?)\b"
)


def part_lists(ctx: Context):
    """A group that 'consists of:' items naming groups ('• The X Strategic Board – made up of …', '• Area
    delivery through its Local Problem Solving (LPS) Groups'): each group named outside brackets is a part
    of it, a sub-group."""
    lines = [clean(x).strip() for x in ctx.doc.lines]
    for i, text in enumerate(lines):
        if not text or len(text) > 300 or not PARTS.search(text):
            continue
        lead = re.split(r"(?<=[.;])\s+", text)[-1]
        parent = (
            _named_group(ctx, lead, i + 1)
            or (_group_before(ctx, i + 1) if PRONOUN.match(lead) or GROUP_WORD.search(lead) else None)
            # 'We have …': the page's own group
            or (_doc_group(ctx, i + 1) if re.match(r"(?i)(?:we|our)\b", lead) else None)
        )
        if parent is None:
            continue
        for n, item in _bullets_after(lines, i):
            m = PART_GROUP.search(re.sub(r"\([^()]*\b(?:e\.g\.|eg|such as|including)[^()]*\)", "", item))
            # 'Head of X, Westby Integrated Care Board': an organisation's name, no group's
            if m and norm(m.group(0)) != norm(parent) and head_kind(m.group(0)) in GROUP_KINDS:
                g = ctx.mention(re.sub(r"^The\s+", "", m.group(0)), Kind.GROUP)
                p = ctx.mention(parent, head_kind(parent) if head_kind(parent) in GROUP_KINDS else Kind.GROUP)
                yield Claim(g, Rel.SUBGROUP_OF, p, ctx.doc.evidence(i + 1, n), "membership.parts", 0.7)


EXTRACTORS = [memberships, member_lists, partner_lists, part_lists]
