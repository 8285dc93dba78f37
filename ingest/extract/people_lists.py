"""People lists in every layout: who sat on, chaired, attended or sent apologies to a group.

A list opens with a label from ``ingest/data/people.yaml`` ("Present:", "Membership", "Apologies
were received from:", "Chair:"), at the start of a line or after a colon in a run-on line, or with
a line ending in a colon that holds a label word ("the following attendees were present:-"), and
runs over the lines below until prose or a heading stops it. Its entries are found by where people
start (:func:`ingest.mentions.people_in`), so one person a line, one cell a line ("name" then
"organisation" on the next line), table rows split by runs of spaces, and whole lists run
together on one line all read the same way. Each entry's parts are typed (post, organisation,
role); the group the list belongs to comes from the label line, the nearest heading naming a
group above it, or the document's title.

Outside lists, a line that opens with a person and goes on with posts or bodies (a signature, a
bullet "Jane Doe: Head of Housing, Exampleton Council") is an entry too, and :func:`appositions`
reads people named in prose with their posts after ("Jane Doe, Head of Housing, attended") or
before ("the Head of Housing, Jane Doe,"; "Police and Crime Commissioner Jane Doe said").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from ..blocks import ABBREV, JOINING_END, LABEL_LINE, MARK, WRAPPED, clean, fold
from ..dates import DAY_MONTH_YEAR
from ..mentions import (
    BODY_KINDS,
    CONTACT_TAIL,
    PORTFOLIO,
    PersonSpan,
    body_and_services,
    body_cut,
    field_words,
    given_names,
    head_kind,
    honours_dropped,
    name_prefix,
    named_body,
    part_type,
    people_in,
    places_body,
    political_party,
    post_heads,
    post_nominal,
    rank_post,
    role_of,
    split_parts,
    unknown_person,
    vocabulary,
)
from ..model import Claim, Description, Evidence, Kind, Mention, Rel
from ..names import (
    SMALL_WORDS,
    acronym_kinds,
    and_post,
    by_letter,
    is_acronym,
    is_post,
    norm,
    org_words,
    place_acronym_kind,
    qualifiers,
    tidy,
)
from .context import AGENDA_ITEM, BARE_HEADS, BARE_TITLE, GROUP_KINDS, TOLD, Context, without_record_lead
from .memberships import _list_items as list_items
from .people import CHAIR_WORD as CHAIR_SEAT
from .people import meeting_named, titlecase
from .structure import DATE_TAIL, group_heads

MAX_ENTRY_WORDS = 40
MAX_LINE = 5000  # longer lines are read for lists only up to here
LOWER_OK = {"of", "and", "for", "the", "in", "on", "to", "at", "&", "-", "–", "with", "from", "until", "by"}
NUMBERED_ITEM = re.compile(r"\s\d{1,2}(?:\.\d{1,2})*\.\s+(?=[A-Z])")
ROLE_OF = re.compile(
    r"(?i)^(.*?\b(?:vice[- ]chair(?:man|person)?|chair(?:man|person)?))\s+of\s+(?:the\s+)?(.+)$"
)
ELECTED = re.compile(
    r"(?:\s*\([^()]{1,40}\)"
    # 'Cllr Jane Doe, Westby Council, was elected …': the body she is of, between commas
    r"|\s*,\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&)){0,8}(?=\s*,\s+(?:was|is|has|be|will)\s))?"
    r"(?i:(?:\s*,)?\s+(?:was|is|has been|had been|were|be|will be|would be|has become|had become|became|becomes|will become)\s+(?:(?:[a-z]+ly|later|then|now|also|since)\s+)?(?:proposed\s+and\s+seconded,?\s+and\s+)?(?:duly\s+)?(?:(?:re-?)?(?:elected|appointed|confirmed|nominated)\s+)?(?:as\s+|to\s+the\s+(?:role|post|position)\s+of\s+)?"
    r"|\s*,\s+(?=the\s+(?:board|partnership|group|committee|forum|panel)[’']s\s))"  # 'Jane Doe, the board's convener,'
    r"(?i:(?:the\s+)?(?:(?:board|partnership|group|committee|forum|panel)[’']s\s+)?(?:new\s+)?(?:joint\s+|co-)?(vice[- ]|depute\s+|deputy\s+)?(?:chair(?:man|person|woman)?|convener|convenor)s?)\b"
    r"(?:\s+(?i:of)\s+(?:the\s+)?([A-Z][\w'’&-]{0,40}(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w'’&-]{0,40}){0,8}))?"
)


ELECTED_OFFICE = re.compile(  # '… that Councillor X be elected as Mayor for the Borough of Y', '… was elected Deputy Mayor'
    r"\s+(?:was|is|has\s+been|be|will\s+be)\s+(?:duly\s+)?(?:re-?)?(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?"
    r"(?P<office>(?:(?:Deputy|Vice)[- ])?(?:Town\s+|City\s+|Lord\s+)?(?:Mayor|Provost|Sheriff|Leader\s+of\s+the\s+Council))\b"
)
BECAME = re.compile(  # 'Jane Doe became Chief Executive of X', '… has been appointed as Y', '… was elected to X Council'
    r"\s+(?:(?:has|had)\s+(?:now\s+)?(?:become|been\s+(?:re-?)?(?:appointed|named)(?:\s+as)?)|became|becomes|will\s+become"
    r"|(?:was|is)\s+(?:(?:first|[a-z]+ly|later|then|now|also|since)\s+)?(?:(?:re-?)?(?:appointed|named)(?:\s+as)?|(?:re-?)?elected\s+to)"
    r"|took\s+up\s+the\s+(?:post|role|position)\s+of)\s+(?:the\s+)?(?:new\s+|interim\s+)?(?=[A-Z])"
)
APPOINT_BEFORE = re.compile(r"(?i)\b(?:re-?)?(?:appoint|elect|nominate|confirm)(?:ed|s|ing)?\s+$")
AS_CHAIR = re.compile(  # '… to appoint Jane Doe as Vice Chair of the X Board'
    r"\s+(?i:as\s+(?:the\s+)?(?:new\s+)?(?:joint\s+|co-)?(vice[- ]|depute\s+|deputy\s+)?(?:chair(?:man|person|woman)?|convener|convenor))\b"
    r"(?:\s+(?i:of)\s+(?:the\s+)?([A-Z][\w'’&-]{0,40}(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w'’&-]{0,40}){0,8}))?"
)
TAKEN_OVER = re.compile(  # also '… on his temporary promotion to Deputy Chief Officer'
    r"(?:\s+(?:has|have|had)\s+(?:replaced|succeeded|taken\s+over\s+from)\s+(?:[A-Z][\w.'’-]*\s+){1,4}as"
    r"|,?\s+on\s+(?:his|her|their)\s+(?:(?:temporary|recent|new|permanent)\s+)?(?:promotion|appointment)\s+(?:to|as))\s+(?:the\s+)?"
)
REPRESENTING = re.compile(
    r"(?:the\s+)?(?:representative|nominee|delegate)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])"
)


def _taken_over(after: str) -> list[str]:
    """'… has replaced John Roe as the X Council's Director of Y' -> the post (and body) the person took over;
    'as the representative of the X Trust' -> the body."""
    m = TAKEN_OVER.match(after)
    if not m:
        return []
    clause = re.split(r",\s|[.;](?:\s|$)|\s+and\s+(?=[A-Z])", after[m.end() :], maxsplit=1)[0].strip()
    if rep := REPRESENTING.match(clause):
        return [clause[rep.end() :]]
    return [clause] if clause[:1].isupper() else []


@lru_cache(maxsize=4096)
def _label_key(text: str) -> str:
    return " ".join(re.split(r"[\s-]+|(?<=[a-z])(?=[A-Z])", text.strip())).lower()


@cache
def _labels() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every label (longest first) and the list kind of each; a label ends at ':',
    a dash or the end of a line."""
    forms = [(w, kind) for kind, words in vocabulary()["list_labels"].items() for w in words]
    forms += [(w, kind) for kind, words in vocabulary()["roles"].items() for w in words]
    forms.sort(key=lambda f: len(f[0]), reverse=True)
    # words apart, or run together where the case changes ('ApologiesWere received from')
    gap = r"(?:[\s-]+|(?<=[a-z])(?=[A-Z]))"
    bodies = by_letter([gap.join(map(re.escape, re.split(r"[\s-]+", w))) for w, _ in forms], True)
    # a label ends at ':', a dash or the line's end; one ending in 'from' or 'by' runs on into the names
    pattern = re.compile(
        rf"(?i)(?<![\w'’])(?:the\s+)?(?P<label>{bodies})(?:\s*(?::-?|;(?=\s)|[-–—](?=\s)|$|/[\w ]{{1,30}}\s*:?\s*$)|(?:(?<=from)|(?<=\sby))(?=\s+(?-i:[A-Z]))"
        rf"|\s+(?:include|includes|included|are|were)(?=\s+(?-i:[A-Z]))"  # 'Members of the Board include Jane Doe, …'
        r"|(?-i:(?<=[A-Z]{5}))(?=\s+(?-i:[A-Z]))"  # 'PRESENT Councillor Jane Doe': in capitals, no colon
        r"|(?=\s+(?-i:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Alderman)\.?\s+[A-Z])))"  # '… 2018. Present Councillor J Doe
    )
    kinds: dict[str, str] = {}
    for word, kind in forms:
        kinds.setdefault(_label_key(word), kind)
    return pattern, kinds


@cache
def _bare_label() -> re.Pattern:
    """A list's label with no colon or dash, right before its first name ('Members Jane Doe, Westvale')."""
    titles = vocabulary()["plural_titles"]  # 'Councillors B Jones, C Brown': a title for each name, no label
    words = [
        w
        for kind, words in vocabulary()["list_labels"].items()
        if kind in LIST_KINDS
        for w in words
        if w not in titles
    ]
    return re.compile(
        rf"(?P<label>{by_letter([re.escape(w) for w in sorted(words, key=len, reverse=True)], False)})(?=\s)"
    )


@cache
def _label_words() -> list[tuple[re.Pattern, str]]:
    return [
        (re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, words))})\b"), kind)
        for kind, words in vocabulary()["label_words"].items()
    ]


OPENS_LIST = re.compile(
    r"(?i)(?::-?|\b(?:including|include|includes|comprises?|comprising|are|as follows|consists? of|made up of))\s*$"
    r"|\bas\s+follows\.\s*$"  # 'That the membership of the Forum is as follows.'"
    r"|\bthe\s+following\s+(?:\d{1,3}\s+)?[a-z]+\s*$"  # '… is made up of the following 16 representatives'
)
BULLET = re.compile(rf"^\s*(?:{MARK}|\(?[a-z0-9]{{1,3}}[.)])\s+")
# a group's initials or a few capitalised words before a label that ends its line: 'EPB Members'
GROUP_QUALIFIER = re.compile(r" *(?:[A-Z]{2,6}|[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,4}) (?=[A-Z])")
LIST_KINDS = frozenset({"member", "attendee", "apology", "staff"})
LINE_START = re.compile(rf"^\s*(?:[\d.()a-z]{{1,4}}[.)]\s+|{MARK}\s*)?")


CLERK_TO = re.compile(  # the body a meeting's clerk serves: the meeting's
    r"\b(?:Clerk|Secretary)\s+to\s+the\s+(?P<group>(?:[A-Z][\w'’-]*\s+){0,5}(?:Council|Board|Committee|Panel|Forum|Partnership))\b"
)
LETTER_SPACED = re.compile(r"\s*(?:[A-Za-z] ){3,}[A-Za-z]\s*:?\s*")
MEMBERS_OF = re.compile(
    r"^\s*(?P<label>Members|Membership)\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&)){0,8}\s*$"
)
WHOSE = re.compile(r"(?<=,)\s*(?:whose|who)\s[^,;.()]*")
SHOUTED_BODY = re.compile(
    r"\s*((?:[A-Z][A-Z'’&-]*\s+){1,6}(?:AUTHORITY|COUNCIL|BOARD|PARTNERSHIP|COMMITTEE|TRUST))\s+(?:MINUTES|NOTES)\b"
)
SPOKE = re.compile(r"\s+(?:asked|said|reported|explained|noted|stated|queried|raised|presented|gave|spoke)\b")
UNIT_TAIL = re.compile(r"(?i)\b(?:services|department|directorate|division|unit)$")
MINUTE_REF = re.compile(r"\s*(?:[A-Z]{1,4}\s?\d{1,3}(?:/\d{1,4})+|[A-Z]{2,4}\d{1,4}|\d{1,3}/\d{1,4})\s+[A-Z]")
NEXT_ITEM = re.compile(r"(?<=[a-z)])\.\s+\d{1,2}\.?\s+(?=[A-Z])")  # a sentence's end, then a numbered item


def list_labels_in(text: str) -> list[tuple[int, int, str]]:
    """Labels in a line: at its start (after numbering), anywhere when followed by a colon, closing a
    heading after a dash, or a short line ending in a colon that holds a label word."""
    if m := MEMBERS_OF.match(text):  # 'Members of the Steering Group' over a list: the label, then its group
        return [(m.start("label"), m.end("label"), "member")]
    if LETTER_SPACED.fullmatch(text):  # 'P r e s e n t:': a label set with its letters spaced out
        joined = list_labels_in(re.sub(r"\s+", "", text))
        return [(0, len(text.rstrip()), joined[0][2])] if joined else []
    found: list[tuple[int, int, str]] = []
    lead = LINE_START.match(text).end()
    qualified = False
    pattern, kinds = _labels()
    line = text[:MAX_LINE]
    cells = list(re.finditer(r"\S+(?: \S+)*", line))  # 'PRESENT        APOLOGIES': labels set side by side
    side = [(c, m) for c in cells if (m := pattern.fullmatch(c.group(0)))] if len(cells) >= 2 else []
    if side and len(side) == len(cells):
        return [(c.start(), c.end(), kinds[_label_key(m.group("label"))]) for c, m in side]
    if any(c in line for c in ":-–—|") or ". " in line:  # a label after a colon, a dash, or a sentence's end
        matches = list(pattern.finditer(line))
        if not any(m.start() <= lead for m in matches) and (bare := _opening_bare_label(line, lead)):
            matches.insert(0, bare)  # 'Membership Jane Doe (Westby CC): John Roe: …'
    else:  # no colon or dash: a label can only open the line, or close a group's name ('EPB Members')
        matches = next(([m] for p in range(lead + 1) if (m := pattern.match(line, p))), [])
        if not matches and (bare := _opening_bare_label(line, lead)):
            matches = [bare]
        if not matches:  # 'The Board noted apologies from Jane Doe …': a label of three words or more, run on
            matches = [
                m
                for m in pattern.finditer(line)
                if len(m.group(0).split()) >= 3 and RUNS_ON.search(m.group(0))
            ][:1]
        if (
            not matches and line.rstrip().isupper()
        ):  # '… PRIMARY SCHOOL, WESTBY PRESENT': a heading in capitals
            matches = [
                m
                for m in pattern.finditer(line)
                if m.end() >= len(line.rstrip())
                and kinds[_label_key(m.group("label"))] in LIST_KINDS
                and not AGENDA_FROM.search(line[: m.start()])
            ][-1:]
        q = GROUP_QUALIFIER.match(line) if not matches and len(line) <= 60 else None
        if (
            q
            and (m := pattern.fullmatch(line.rstrip(), q.end()))
            and kinds[_label_key(m.group("label"))] in LIST_KINDS
        ):
            matches, qualified = [m], not people_in(line)
    for m in matches:
        closes = (
            m.end() == len(text.rstrip())
            and text[: m.start()].rstrip().endswith(("-", "–", "—", "|"))
            and kinds[_label_key(m.group("label"))] not in {"chair", "vice_chair"}  # '… – Chair' is a role
        )
        # '… the meeting. Apologies were received from Jane Doe': a label opening a sentence, run on into names
        opens = text[: m.start()].rstrip().endswith((".", "!", "?")) and not m.group(0).rstrip().endswith(":")
        # '… Councillor J Roe (Housing) Apologies were received from Councillor …': a label that runs on
        runs_on = len(m.group(0).split()) >= 3 and RUNS_ON.search(m.group(0)) is not None
        # '… Venue Town Hall Membership Councillor Jane Doe (Chair) …': a page run into one line, its list's
        # label (in its own case) run straight into the first titled name after a capitalised word
        paged = (
            len(text) > 300
            and kinds[_label_key(m.group("label"))] in LIST_KINDS
            and TITLED_NEXT.match(text, m.end()) is not None
            and re.search(r"\b[A-Z][\w’']*\s+$", text[: m.start()]) is not None
        )
        # 'The partnership: Responsible authorities/attendees': a label closing its line after a colon
        titled = text[: m.start()].rstrip().endswith(":") and re.fullmatch(
            r"(?:/[\w ]{1,30})?\s*:?\s*", text[m.end() :]
        )
        # '… held on 27 February 2013 at HQ PRESENT Councillor Jane Doe …': a page run into one line, its label
        # in capitals right before the first name
        shouted = (
            m.group(0).strip().isupper()
            and len(m.group(0).strip()) >= 5
            and (
                _name_next(text, m.end())
                or m.end() >= len(text.rstrip())
                and text.rstrip().isupper()
                and kinds[_label_key(m.group("label"))] in LIST_KINDS
                and not AGENDA_FROM.search(text[: m.start()])
            )
        )  # or a list's label closing a line in capitals, the names under it
        if (
            m.start() <= lead
            or qualified
            or shouted
            or m.group(0).rstrip().endswith((":", ":-"))
            or closes
            or titled
            or runs_on
            or paged
            or opens
            and m.end() < len(text)
        ):
            # 'Exampleton Board - Board members': a heading whose last words are the label
            found.append((m.start(), m.end(), kinds[_label_key(m.group("label"))]))
    # 'Contact: Email:' in a page's header, the values left out: fields with nothing in them, no list's label
    found = [f for f in found if not (f[2] == "staff" and EMPTY_FIELDS.fullmatch(text[f[1] :]))]
    if not found:
        last = re.split(r"(?<=[.!?])\s+", text[-400:])[-1]  # the sentence that opens the list
        if OPENS_LIST.search(last) and not people_in(text[-300:]) and not TOLD.search(last):
            for pattern, kind in _label_words():
                if pattern.search(last):
                    return [(len(text) - len(last), len(text), kind)]
    return found


PROSE_AFTER = re.compile(
    r"(?:\s+[A-Z][a-z]+){1,2}(?=(?:\s+[a-z][\w'’]*){3})"
)  # '… Information If you have a …'
RUNS_ON = re.compile(
    r"\s(?:from|by)\s*$"
)  # a label that runs on into its names ('Apologies were received from')
TITLED_NEXT = re.compile(r"\s+(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Alderman)\.?\s+[A-Z]")
EMPTY_FIELDS = re.compile(r"\s*:?\s*(?:(?:E-?mail|Tel|Telephone|Phone|Fax)\s*:?\s*)*", re.I)
GROUP_ACRONYM = re.compile(
    r"([A-Z]{1,5}[PBGFC])\b(?![’'-])"
)  # '…P' artnership, '…B' oard, '…G' roup, '…F' orum
SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # not after an initial ('Mr J. Doe')
AGENDA_FROM = re.compile(r"\b(?:FROM|BY|OF|TO|FOR|WITH)\s*$")  # 'QUESTIONS FROM MEMBERS': an agenda item


OPENING_LINES = 30  # an unlabelled attendance opens the minutes within these lines


@cache
def _plural_titles() -> re.Pattern:
    return re.compile(
        by_letter([re.escape(w) for w in sorted(vocabulary()["plural_titles"], key=len, reverse=True)], False)
    )


def _titled_run(line: str) -> tuple[int, int, str] | None:
    """A line opening with a plural title and a list of three or more names, no label before it ('Cllrs A Roe,
    B Moe and C Doe'): a member list (the attendance of a meeting whose 'Present' is left out)."""
    lead = LINE_START.match(line).end()
    m = _plural_titles().match(line, lead)
    return (
        (m.start(), m.end(), "member") if m and line.count(",") >= 2 and _name_next(line, m.end()) else None
    )


def _opening_bare_label(line: str, lead: int) -> re.Match[str] | None:
    """A list's label opening the line with no colon or dash, a person's name right after it."""
    m = _bare_label().match(line, lead)
    return m if m and _name_next(line, m.end()) else None


def _name_next(text: str, at: int) -> bool:
    """A person's name starts right at ``at`` (past white space)."""
    people = people_in(text[at : at + 80])
    return bool(people) and (
        not text[at : at + people[0].start].strip() or bool(_post_first(text[at : at + people[0].start]))
    )


def _post_first(before: str) -> str | None:
    """'The Mayor, ' before a list's first name: that person's post, written first."""
    m = re.fullmatch(r"\s*(?:[Tt]he\s+)?(?P<post>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}),\s*", before)
    return m.group("post") if m and part_type(m.group("post")) in ("post", "role") else None


@dataclass
class Body:
    """A body listed as a member: 'Exampleton Police', '• Voluntary Sector organisations'."""

    name: str
    line: int
    quote: str


@dataclass
class Entry:
    person: PersonSpan
    line_start: int
    line_end: int
    quote: str
    parts: list[str] = field(default_factory=list)
    line_rest: str = ""  # the first line from the person on: what a quote over several lines starts with


REPORTS = re.compile(
    r"[\s,]*(?:\([^()]{0,80}\)\s*)?(?:reported|said|noted|explained|presented|advised|informed|confirmed|welcomed|thanked"
    r"|asked|stated|gave|outlined|updated|agreed|added|highlighted|introduced)\b"
)


def _prose(text: str) -> bool:
    words = text.split()
    if len(words) < 8:
        return False
    lower = [w for w in words if w[:1].islower() and w.lower() not in LOWER_OK]
    return len(lower) / len(words) > 0.3


def _heading_like(text: str) -> bool:
    return bool(re.match(r"^\s*\d{1,2}(?:\.\d+)*[.)]?\s+[A-Z]", text)) or (text.isupper() and len(text) > 3)


MEETING_OF = re.compile(
    r"(?i:meeting\s+of)\s+(?:(?i:the)\s+)?((?:[A-Z][\w'’&-]*\s+){0,6}(?i:Council|Board|Committee|Partnership|Forum|Panel|Group))\b"
)
COUNCIL_MEETING = re.compile(  # 'Minutes of the meeting of Westby Fire and Rescue Authority held on …'
    r"(?i:meeting)\s+of\s+(?:the\s+)?[\s,]*((?:[A-Z][\w'’&-]*,?\s+(?:and\s+)?){1,8}"
    r"(?i:Council|Authority|Board|Partnership|Committee|Forum|Panel|Trust|Executive|Cabinet))\s+(?:held|on|at|will)\b"
)
MINUTES_OF = re.compile(  # a title line: 'Minutes of the Finance and General Purposes Committee'
    r"(?i:(?:draft\s+)?(?:minutes|notes)\s+of\s+(?:the\s+)?(?:(?:annual|special|extraordinary|ordinary)\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?)((?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){0,8}(?!(?i:meetings?)\b)[A-Z][\w'’-]*)"
)  # (not 'Minutes of the Previous Meeting')


def _minutes_of(line: str) -> str | None:
    """The group a title line 'Minutes of the X Committee' records a meeting of, else None."""
    m = MINUTES_OF.fullmatch(line.strip())
    return m.group(1) if m and head_kind(m.group(1)) in GROUP_KINDS else None


BARE_COUNCIL_MEETING = re.compile(r"(?i:meeting)\s+of\s+the\s+Council\b(?!\s+[A-Z])")
KIND_OF_COUNCIL = re.compile(r"\b(?:Town|Parish|Community|City|Borough|District|County) Council\b")
COUNCIL_HELD = re.compile(  # 'Westby Town Council Held 7 p.m.', 'Minutes of Eastby & Northby Community Council held at'
    r"\s*(?:(?i:minutes|notes)\s+of\s+(?:the\s+)?)?((?:[A-Z][\w'’&-]*\s+(?:(?:and|&)\s+)?){0,6}Council)\s+"
    r"(?:(?i:meeting)\s+)?(?i:held)\b"
)
COUNCILS_MEETING = re.compile(  # 'The minutes of the Westby Community Council meeting on 2/5/2019 were …'
    r"\b((?:[A-Z][\w'’&-]*\s+){1,4}(?:Community|Town|Parish|Village|City|Borough|District|County)\s+Council)\s+meeting\b"
)
CHAIR_OF_THE = re.compile(r"(?i)\b(?:(?:vice[- ])?chair(?:man|person|woman)?|meeting|members?)\s+of\s+the\s+")
AREA_GROUP = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+[–—-]\s+[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and|AND|&)\s+|\s+)[A-Z][\w'’-]*){0,6}"
)
RUN = re.compile(r"[A-Z][\w'’&.-]*(?:,?\s+(?:(?:of|and|for|the|&|on|in)\s+)*[A-Z][\w'’&.-]*){0,15}")


ALSO_HELD = re.compile(r"\s*(?i:incorporating|including|together\s+with|and\s+the)\s")


def _goes_on(line: str) -> bool:
    """A title's line that cannot end it: a joining word ('… HEALTH AND') or a possessive ('… AUTHORITIES’')."""
    return bool(JOINING_END.search(line) or POSSESSIVE_END.search(line))


POSSESSIVE_END = re.compile(r"\w[’']s?\s*$")


def _named_group_in(text: str) -> str | None:
    """A group's name in ``text``, not a bare head word ('Panel', 'Board')."""
    group = _group_in(text)
    return None if group and group.lower() in BARE_HEADS else group


@cache
def _not_groups() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["not_groups"])


# 'Minutes of the Previous Meeting': a meeting, no group's name
A_MEETING = re.compile(
    r"(?i)\b(?:previous|last|next|this|special|annual|extraordinary|inaugural|first|general)\s+meetings?$"
)


def _group_in(text: str) -> str | None:
    """A group's name in a line: the last capitalised run ending in a group or partnership head word
    ("SAFER EXAMPLETON PARTNERSHIP AGENDA Friday" -> "Safer Exampleton Partnership"); a body and its
    group written with a dash between them are one name ("X Partnership – Executive Group")."""
    joined = re.fullmatch(r"\s*(.+?)\s+[–—-]\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*", text[:MAX_LINE])
    if joined and head_kind(joined.group(2)) in GROUP_KINDS and head_kind(joined.group(1)) in GROUP_KINDS:
        text = f"{joined.group(1)} {joined.group(2)}"
    elif (
        joined and head_kind(joined.group(1)) in GROUP_KINDS and re.fullmatch(r"[A-Z][a-z]+", joined.group(2))
    ):
        text = joined.group(1)  # 'Grants Sub-Board - Westby': the group, then its council's place
    area = AREA_GROUP.fullmatch(text.strip()[:MAX_LINE])
    if area and head_kind(area.group(1)) in GROUP_KINDS and len(area.group(1).split()) <= 4:
        whole = area.group(
            0
        )  # 'AREA COMMITTEE – BATLEY, BIRSTALL AND BIRKENSHAW': the committee for those places
        return titlecase(whole) if whole.isupper() else whole
    best = None
    for m in RUN.finditer(text[:MAX_LINE]):
        words = m.group(0).split()
        ends = [k for k, w in enumerate(words) if head_kind(w.strip(",")) in GROUP_KINDS]
        if not ends:
            continue
        if len(ends) > 1 and ends[-2] == ends[-1] - 1 and words[ends[-1]].lower() == "meeting":
            ends.pop()  # 'X Board Meeting': the board's meeting, the board is the group
        name = tidy(" ".join(words[: ends[-1] + 1]).strip(" ,"))
        body = re.split(r"\s+(?=(?i:minutes|agenda|notes?)\s)", name)[
            0
        ]  # 'X PARTNERSHIP Minutes of the Board', 'X Group Note of Meeting'
        if body != name and head_kind(body.split()[-1]) in GROUP_KINDS:
            name = body
        name = re.sub(
            r"(?i)^(?:dear\s+(?:members?|councillors?|colleagues?|all)\s+)?"  # 'Dear Member Westby Board': a letter's
            r"(?:(?:minutes?|agenda|meeting|notes|notice|report|members|membership|that)(?:\s+(?:of|for|and))?(?:\s+(?:the|an?))?\s+)*",
            "",
            name,
        )
        if (
            len(name.split()) >= 2
            and not re.fullmatch(
                r"(?i)(?:the\s+)?(?:(?:previous|last|next|this|special|annual|extraordinary|inaugural|general|ordinary"
                r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+)+meetings?",
                name,
            )
            and not is_post(name)
            and re.sub(r"(?i)^(?:by|via|on|using|over)\s+", "", name).lower()
            not in _not_groups()  # 'By MS Teams'
            and not BARE_TITLE.search(name)
            and not AGENDA_ITEM.search(name)  # 'Introduction, Apologies and Minutes of Previous Meeting'
        ):
            best = name  # 'Chief Executive' is a post, 'MS Teams' a place to meet, not a group
    if best and re.search(r"(?i)\bmeetings?$", best) and (of := MEETING_OF.search(text[:MAX_LINE])):
        return of.group(
            1
        )  # 'Minutes for the Monthly Meeting of Westby Community Council held at …': the council
    words = text.split()
    if (
        best is None
        and 0 < len(words) <= 8
        and text.strip()[:1].isupper()  # '19 members of the public attended the meeting' names none
        and head_kind(words[-1]) in GROUP_KINDS
        # 'Shadow board holds first meeting' names none; 'Westby partnership board' one (its heads together)
        and [k for k, w in enumerate(words[:-1]) if head_kind(w) in GROUP_KINDS] in ([], [len(words) - 2])
        and not text.endswith(".")
        and not A_MEETING.search(text)
        and not RECORD_ONLY.fullmatch(text.strip())  # 'Minute of Meeting'
        and not BARE_TITLE.search(text)  # 'About the Board': the document's own, no name
        and not re.search(r"\d", text)  # 'Monday 3rd May 2021, 10.00-12.00, MS Teams': when and where
        and not any(text.lower().endswith(place) for place in _not_groups())
    ):
        best = tidy(text)  # a short heading in lower case: "District council representative group"
    return titlecase(best) if best else None


CUT_NAME = re.compile(
    r"(?:\b[A-Z]\.?|\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Prof))\s*$"
)  # a name's start


class PeopleLists:
    """The people lists of one document, read once."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.lines = [_cells_kept(line[:MAX_LINE]) for line in ctx.doc.lines]
        joined = [
            k
            for k, line in enumerate(self.lines)
            if (m := HYPHEN_JOINED.match(line)) and people_in(m.group(1))
        ]
        # 'Jane Roe-Westby Trust' over 'John Doe-Eastby Council' …: a list's lines, each name - body
        for k in joined:
            if len({k - 2, k - 1, k + 1, k + 2} & set(joined)) >= 2:
                self.lines[k] = HYPHEN_JOINED.sub(r"\1 - ", self.lines[k], count=1)
        self.wrapped = {  # lines that go on with the line above them in one paragraph or list entry
            k
            for b in ctx.doc.blocks
            if b.kind in ("paragraph", "item")
            for k in range(b.start + 1, b.end + 1)
        }
        self.common = frozenset(re.findall(r"(?<![\w'’./@-])[a-z][a-z'’-]+\b", "\n".join(self.lines)))
        self.found = list(self._lists())
        in_lists = {e.line_start for _, _, found in self.found for e in found if isinstance(e, Entry)}
        self.table_rows = list(self.tables())
        self.record_entries = [e for e in self.records() if e.line_start not in in_lists]
        entries = [e for _, _, found in self.found for e in found] + [e for _, e in self.table_rows]
        self.listed = {
            n
            for e in entries + self.record_entries
            if isinstance(e, Entry)
            for n in range(e.line_start, e.line_end + 1)
        }

    @cached_property
    def meeting_body(self) -> str | None:
        """The body whose meeting the first lines record ('A Minutes of Special Meeting of X Council held on …')."""
        first = [x for x in self.lines[:12] if x.strip()]
        for text in first[:4]:  # 'Westby Town Council' over 'Minutes of the Finance Committee': the committee
            if group := _minutes_of(text):
                return group
        for text in first[:2]:
            if m := COUNCIL_MEETING.search(text[:300]):
                return m.group(1)
        # 'Town Council Meeting held Monday …' / 'Westby Town Council Held 7 p.m., …': the fullest name
        held = [m.group(1) for text in first[:3] if (m := COUNCIL_HELD.match(text))]
        if held or not any(BARE_COUNCIL_MEETING.search(text) for text in first[:4]):
            return max(held, key=len, default=None)
        # 'SPECIAL Meeting of the Council held …': the council the document names most, else 'the Town Council'
        kinds = (m.group(0) for text in self.lines if (m := KIND_OF_COUNCIL.search(text)))
        return self.ctx.council or next(kinds, None)

    @cached_property
    def title_group(self) -> str | None:  # asked for every list: read once
        if self.meeting_body:
            return self.meeting_body
        if self.ctx.title_group and _group_in(self.ctx.title_group) == self.ctx.title_group:
            return self.ctx.title_group  # the document's title (past a web page's menu and breadcrumb)
        for k, text in enumerate(self.lines[:15]):
            if text and not list_labels_in(text) and not people_in(text):
                group = self._group_on(k)
                if group:
                    return group
        return None

    @cached_property
    def main_group(self) -> str | None:
        """The group the document is about: the body its first lines record a meeting of, its title's, else the
        group it names most."""
        if self.meeting_body or self.ctx.title_group:
            return self.meeting_body or self.ctx.title_group
        named: Counter[str] = Counter()
        for text in self.lines[:400]:
            if (
                text
                and (found := _group_in(text[:300]))
                and not people_in(text[:300])
                and "," not in found  # 'Senior Probation Officer, X Team': a post's line
                and found.split()[-1].lower() not in ("meeting", "meetings")  # 'Previous Meeting'
                and not SECTION_OF.match(found)  # 'Purpose of Committee'
            ):  # 'X Partnership and Y Group' names two
                pieces = re.split(r"\s+and\s+(?=[A-Z])", found)
                whole = all(len(p.split()) >= 2 and head_kind(p) in GROUP_KINDS for p in pieces)
                named.update(pieces if whole else [found])
        for text in self.lines[:400] if not named else ():  # 'The Chairman of the X Board, Cllr Y, welcomed'
            for m in CHAIR_OF_THE.finditer(text[:300]):
                if found := _group_in(text[m.end() : m.end() + 120].split(",")[0]):
                    named[found] += 1
                elif (acr := GROUP_ACRONYM.match(text, m.end())) and acronym_kinds().get(acr[1]) in (
                    None,
                    *GROUP_KINDS,
                ):
                    named[acr[1]] += (
                        1  # 'welcomed all to this meeting of the WDP': letters a group's name ends in
                    )
        for text in self.lines[:30] if not named else ():  # 'At a meeting of the X Local Area Council held …'
            if m := COUNCIL_MEETING.search(text[:300]) or COUNCILS_MEETING.search(text[:300]):
                named[m.group(1)] += 1
        for text in self.lines[:10] if not named else ():  # '29.07.2011      WLCSP': a running header's group
            for cell in re.split(r"\s{2,}|\t", text.strip()):
                cell = re.sub(
                    r"\s+(?i:agenda|minutes|notes)$", "", cell
                )  # 'WXCSP Agenda': the group's letters
                if place_acronym_kind(cell) in GROUP_KINDS:
                    named[cell] += 1
        for text in self.lines[:40] if not named else ():  # 'Ryan James (Clerk to the Community Council)'
            for m in CLERK_TO.finditer(text[:600]):
                named[m.group("group")] += 1
        return named.most_common(1)[0][0] if named else None

    def _group_on(self, k: int) -> str | None:
        """The group line ``k`` (0-based) names, or names going on over the line before or after it (a title
        wrapped: 'MINUTES OF A MEETING OF THE X HEALTH AND' / 'WELLBEING BOARD')."""
        text = self.lines[k][:300]
        group = _group_in(text)
        for before, after in (
            (self._line_joined(k, -1), text),
            (text, self._line_joined(k, 1)),
        ):
            if not before or not after or list_labels_in(after) or people_in(before) or people_in(after):
                continue
            if BULLET.match(before):
                continue  # '- Establish reviews' / 'The X Partnership will …': a list's item, no title's start
            # a line naming a group whole goes on with no other; 'Redfield Protection Arrangements' over
            # 'Strategic Management Board' are two titles, the second a group
            title_over_group = (
                _group_in(after) is not None
                and without_record_lead(before) == before
                and all(w[:1].isupper() or w in SMALL_WORDS for w in before.split())
            )
            own_line = not _goes_on(before) and (_group_in(before) is not None or title_over_group)
            whole = None if own_line else _group_in(f"{before[:300]} {after[:300]}")
            if (
                whole
                and whole.split()[0].lower() in before.lower().split()  # it starts on the first line
                and whole.split()[-1].lower() in after.lower().split()  # and ends on the second
                and (group is None or len(whole) > len(group) and whole.lower().endswith(group.lower()))
            ):
                return whole
        return group

    def _line_joined(self, k: int, step: int) -> str:
        """The line next to line ``k`` (0-based) in the direction ``step``, past one blank line when the upper of
        the two ends with a word that cannot end a phrase ('… THE X POLICE AND FIRE &' / '' / 'RESCUE BOARD')."""
        near, far = k + step, k + 2 * step
        if not 0 <= near < len(self.lines):
            return ""
        if self.lines[near] or not 0 <= far < len(self.lines):
            return self.lines[near]
        return self.lines[far] if _goes_on(self.lines[min(k, far)]) else ""

    def title_line_for(self, text: str) -> str | None:
        """'The membership of the sub-group is:' in papers titled 'X Board' / 'Y Sub-group': the title
        line ending in the word the label points back at."""
        m = re.search(
            r"(?i)\bthe\s+(sub-?group|sub-?committee|group|panel|forum|committee|board|partnership)\b", text
        )
        if not m:
            return None
        word = m.group(1).lower().replace("-", "")
        for line in [x for x in self.lines[:8] if x][:4]:
            words = line.split()
            if words and words[-1].lower().replace("-", "") == word and (group := _group_in(line)):
                return group
        return None

    def group_above(self, n: int, floor: int = 0, before: str | None = None) -> str | None:
        """The nearest heading above line ``n`` (1-based) that names a group, within a short distance and
        below line ``floor``, where a list above ends (its lines are its people's bodies; ``before`` is its
        group)."""
        seen = 0
        for k in range(n - 1, floor, -1):
            text = self.lines[k - 1]
            if not text:
                continue
            seen += 1
            if seen > 6:
                break
            if BULLET.match(text) and re.search(r"\s[–—-]\s", text):
                continue  # '§ Ann Tarafder – Westby Voluntary Sector Consortium': an entry of the list above
            if ALSO_HELD.match(text) or re.fullmatch(r"(?i)\s*\w+\s+meeting\s*", text):
                continue  # 'Incorporating the X Partnership', 'Partners Meeting' under the meeting's own title
            if group := _minutes_of(text):
                return group  # 'Minutes of the Finance Committee' (under its council's name)
            if self.meeting_body and self.meeting_body in text:
                return self.meeting_body  # '… of X Town Council held … by Zoom Conference Call': the council
            if len(text) <= 120 and not _prose(text) and not people_in(text) and not PURPOSE.match(text):
                group = self._group_on(k - 1)
                if group and SECTION_OF.match(group):
                    group = None  # 'Purpose of Committee': a section's heading, no group's name
                if group and not RECORD_ONLY.fullmatch(group):  # 'Minute of Meeting' names no group
                    # 'Town Council Meeting held …' over 'Westby Town Council Held 7 p.m.': the fuller name
                    bare = re.sub(r"(?i)\s+meetings?$", "", group)
                    fuller = self.meeting_body and self.meeting_body.endswith(f" {bare}")
                    return self.meeting_body if fuller else group
                if COUNCIL_LINE.fullmatch(text.strip()):  # 'Westvale Council' over a council meeting's list
                    return titlecase(text.strip()) if text.isupper() else text.strip()
        return before or self.title_group

    def _lists(self):
        """(kind, group, entries) for every people list in the document."""
        n = 0
        read_to, last_group = 0, None  # where the lists read so far end, and their group
        while n < len(self.lines):
            text = self.lines[n]
            labels = list_labels_in(text) if text and n + 1 not in self.ctx.contents else []  # not a menu's
            if labels and self._menu_item(n):
                labels = []  # '• Documents' / '• Attendance' / '• Visitors': a page's menu, no list
            if not labels and not read_to and n < OPENING_LINES and (run := _titled_run(text)):
                labels = [run]  # 'Cllrs A Roe, B Moe, …' under a meeting's title: its attendance, unlabelled
            if not labels:
                n += 1
                continue
            stop, group = n + 1, None
            above = self.group_above(n + 1, read_to, last_group)
            if labels[0][0] > 0 and (above is None or len(text) > 300):
                # a whole page run into one line: its title opens the line, before any line above it
                inline = _title_before(text[max(0, labels[0][0] - 300) : labels[0][0]])
                opens = inline is not None and text.lstrip().lower().startswith(inline.lower())
                above = inline if opens or above is None else above
            if columns := self._side_by_side(n, labels):
                for (_, _, kind), lines in zip(labels, columns, strict=True):
                    whole, self.lines = self.lines, lines  # the lines as that column's cells
                    try:
                        entries = self._region(n + 2)[0]
                    finally:
                        self.lines = whole
                    yield kind, above, entries
                n, last_group = len(columns[0]), above
                read_to = max([read_to, *(e.line_end for e in entries if isinstance(e, Entry))])
                continue
            for idx, (a, b, kind) in enumerate(labels):
                end = labels[idx + 1][0] if idx + 1 < len(labels) else len(text)
                rest = NEXT_ITEM.split(text[b:end], maxsplit=1)[0]  # '… Cllr A Mills. 2 AGM: …' ends the list
                if text[a:b].rstrip().endswith((" from", " by")):  # 'Apologies were received from A and B.'
                    rest = SENTENCE_END.split(rest, maxsplit=1)[0]
                # '…, whose brother Jon Roe, …' tells of the one before: no one in it is listed (blanked, as long)
                rest = WHOSE.sub(lambda m: " " * len(m.group(0)), rest)
                paged = (
                    len(text) > 300 and not text[a:b].rstrip().endswith(":") and TITLED_NEXT.match(text, b)
                )
                if paged and (prose := PROSE_AFTER.search(rest)):
                    rest = rest[: prose.start()]  # a page run into one line, no colon: its list ends at prose
                rest = _name_run(rest)
                persons = people_in(rest)
                head = rest[: persons[0].start] if persons else rest
                opener = (
                    text[a:b] if len(text[a:b].split()) > 5 else ""
                )  # "the members of the X Board include:"
                # "MEMBERS: SAFER X PARTNERSHIP", "Exampleton Board - Board members"
                heading = b >= len(text.rstrip()) and text[:a].rstrip().endswith(("-", "–", "—", "|"))
                own = re.fullmatch(
                    r"(?i)\s*the\s+(partnership|board|group|committee|forum|panel)\s*:\s*", text[:a]
                )
                # 'In Westby, the X Board is the theme board and has the following members:': the clause's group
                clause = re.split(r"[,;:]\s+", text[:a])[-1] if a and text[a:b].rstrip().endswith(":") else ""
                group = (
                    _named_group_in(head)  # not 'Panel' of 'PRESENT: Panel Cllr A …', a part of the list
                    or _group_in(opener)
                    or self._defined_group(opener)  # 'SSAPB partner agencies include …:'
                    or (_prose(text[:a]) and _group_in(clause))
                    or (
                        own and self.ctx.own_group(own.group(1).capitalize(), n + 1)
                    )  # 'The partnership: Members'
                    or (heading and _group_in(text[:a]))
                    or self.title_line_for(text[: b + 1])
                    # '… MEETING OF X HELD … PRESENT:': the body the run-on heading names
                    or (a > 40 and meeting_named(text[max(0, a - 300) : a]))
                    or group
                )
                joined, breaks = self._run_on_lines(n, rest) if idx + 1 == len(labels) else (rest, [])
                if (
                    len(text) > 300
                    and a > 40
                    and text[a:b].strip().isupper()
                    and not text[a:b].rstrip().endswith(":")
                ):
                    # a PDF's page run into one line ('… meeting of the X BOARD held on … PRESENT Cllr A …'):
                    # the group named just before; its columns are scrambled, so only a body in brackets is theirs
                    before = text[max(0, a - 300) : a]
                    named = meeting_named(before) or (None if people_in(before) else _group_in(before))
                    group = (
                        named or group or above
                    )  # past the attendance's people, the group named before them
                    rest = SENTENCE_END.split(rest, maxsplit=1)[0]  # to the sentence's end
                    entries = self._entries(n + 1, *self._closed(n, rest), _plural_title(text[a:b]))
                    for e in entries:
                        if isinstance(e, Entry):
                            e.parts = [
                                p for p in e.parts if f"({p}" in e.quote or IN_THE_CHAIR.fullmatch(p.strip())
                            ]
                    yield kind, group, entries
                    last_group = group
                    continue
                if breaks:  # 'Present: A, X Council; B,' going on over the next lines
                    entries = self._entries(n + 1, joined, breaks=breaks, title=_plural_title(text[a:b]))
                else:
                    entries = self._entries(n + 1, *self._closed(n, rest), _plural_title(text[a:b]))
                if idx + 1 == len(labels) and kind in {"chair", "vice_chair"}:
                    # "Chair: Jane Doe" (her body on the next line), and often the attendance after it
                    start = n + 2
                    if not entries:
                        first = [e for e in self._region(start)[0] if isinstance(e, Entry)][:1]
                        entries, start = first, (first[0].line_end + 1 if first else start)
                    while (
                        entries
                        and start <= len(self.lines)
                        and self.lines[start - 1]
                        and not people_in(self.lines[start - 1])
                        and _attach(entries[-1], start, self.lines[start - 1])
                    ):
                        start += 1
                    attendance, stop = self._region(start)
                    if attendance:
                        yield "member", group or above, attendance
                elif idx + 1 == len(labels):
                    under = REPRESENTATIVES_OF.match(rest.strip()) if not entries else None
                    # 'Present: WESTBY FIRE AUTHORITY' over its councillors, the next authority's name over its own
                    over = under.group("body") if under else None if entries else _shouted_body(rest)
                    more, stop = self._region(n + 2 + len(breaks), (over, n + 1) if over else None)
                    entries += more
                office = text[a:b].strip(" :-").title()  # 'Clerk: Ms A Smith': the clerk's post
                # 'Clerks: Miss A Roe' / 'Mrs B Moe': each a clerk
                offices = vocabulary()["single_word_offices"]
                office = office[:-1] if office[:-1] in offices else office
                holders = (
                    entries
                    if office in offices
                    # 'Town Clerk: Miss A Roe. Deputy Town Clerk: …': a staff label's post, its one holder's
                    else [e for e in entries if isinstance(e, Entry)][:1]
                    if kind == "staff" and part_type(office) == "post"
                    else []
                )
                for e in holders:
                    if isinstance(e, Entry) and not any(part_type(p) == "post" for p in e.parts):
                        e.parts.append(office)
                        e.quote = self.ctx.doc.raw(n + 1, e.line_end) if e.line_start == n + 1 else e.quote
                body = re.match(r"(?i)\s*representing\s+(?:the\s+)?(.+?)\s*:", text[a:b])
                for e in entries if body else ():  # "Representing Exampleton Council:" names their body
                    if isinstance(e, Entry) and not any(part_type(p) == "organisation" for p in e.parts):
                        e.parts.append(body.group(1))
                        e.line_start, e.quote = n + 1, self.ctx.doc.raw(n + 1, e.line_end)
                # a meeting's list whose heading names no group: the group the minutes name most
                # 'WXSP Members present:': the group its letters name, unless the name above is theirs spelt out
                acronym = None if group else _acronym_label(text[:a])
                if acronym and not (above and _stands_for(acronym, above)):
                    group = acronym
                group = group or above or (self.main_group if kind in ("member", "apology") else None)
                people = [e for e in entries if isinstance(e, Entry)]
                if (
                    kind in ("chair", "vice_chair")
                    and len(people) > 1
                    and people[1].line_start == n + 1
                    and not re.search(r"(?i)chairs|\bjoint\b", text[a:b])  # 'Co-chairs: A and B' are both
                    and " and " not in people[0].quote + " " + people[1].quote
                ):
                    # 'Members: … Chair: Cllr A Cllr B Cllr C': one chair, the rest of the line the members
                    yield "member", group, people[1:]
                    entries = [e for e in entries if e not in people[1:]]
                yield kind, group, entries
                last_group = group
                read_to = max([read_to, *(e.line_end for e in entries if isinstance(e, Entry))])
            n = max(stop - 1, n + 1)

    def _defined_group(self, text: str) -> str | None:
        """The group an acronym in ``text`` stands for, as the document defines it."""
        for acr in re.findall(r"\b[A-Z]{2,8}\b", text):
            if (full := self.ctx.definitions.get(acr)) and head_kind(full) in GROUP_KINDS:
                return full
        return None

    def _menu_item(self, n: int) -> bool:
        """Line ``n`` (0-based) is a short bullet beside short bullets of other words: a page's menu."""
        short = re.compile(rf"{BULLET.pattern}(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){{0,3}}\s*$")
        around = [self.lines[k] for k in (n - 1, n + 1) if 0 <= k < len(self.lines)]
        return bool(short.match(self.lines[n])) and any(short.match(x) for x in around)

    def _side_by_side(self, n: int, labels: list[tuple[int, int, str]]) -> list[list[str]] | None:
        """Labels set side by side on line ``n`` (0-based) over columns of names ('PRESENT      APOLOGIES'):
        for each column, the document's lines up to the first blank one after the header, those under it
        cut to the column's cell (a cell starts where a gap of two spaces or more ends, near its label's
        start in the line as written); None unless a line under it has a cell in a later column."""
        raw = self.ctx.doc.lines
        starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", raw[n][:MAX_LINE])]
        if (
            len(labels) < 2
            or len(starts) != len(labels)
            or len({kind for _, _, kind in labels}) < len(labels)
        ):
            return None  # 'MEMBERS    REPRESENTING': one list's name and body columns, not two lists
        end = n + 1
        while end < len(self.lines) and self.lines[end]:
            end += 1
        columns = [self.lines[:end] for _ in labels]
        split = False
        for k in range(n + 1, end):
            line = raw[k][:MAX_LINE]
            cuts = [0, *(_cell_start(line, at) for at in starts[1:]), len(line)]
            for col, lines in enumerate(columns):
                lines[k] = _cells_kept(line[cuts[col] : max(cuts[col], cuts[col + 1])])
            split = split or any(c < len(line) for c in cuts[1:-1])
        return columns if split else None

    def _closed(self, n: int, text: str) -> tuple[str, int]:
        """Line ``n`` (0-based) with a bracket it leaves open closed from the next line ('(Chief Executive,
        Office of' + 'the Police and Crime Commissioner)'), and how many characters are the line's own."""
        if text.count("(") > text.count(")") and n + 1 < len(self.lines):
            k = self.lines[n + 1].find(")")
            if 0 <= k <= 120:
                return f"{text} {self.lines[n + 1][: k + 1]}", len(text)
        return text, len(text)

    def _run_on_lines(self, n: int, text: str) -> tuple[str, list[int]]:
        """A list that runs on from line ``n`` (0-based) past its end (the line ends with ',' or ';'): the
        lines it goes on over joined to it, and the offsets in the joined text where each of them starts."""
        breaks: list[int] = []
        k = n + 1
        while (
            k < len(self.lines)
            and k <= n + 6
            and self.lines[k]
            and (
                re.search(r"[,;]\s*$|\b(?:and|of|the)\s*$", text)
                or self.lines[k].lstrip().startswith("(")
                or text.count("(") > text.count(")")  # '… Dr A Shah (NHS Northshire' / 'ICB); …'
                and not text.rstrip().endswith(
                    "."
                )  # '… Mr A (X Association (holiday).': the sentence is over
                or k + 1 in self.wrapped  # one paragraph: 'PRESENT: A (Chair); Councillors P' / 'Brown, …',
                and text.strip() != ""
                and (  # '…, Jo' / 'Price (…)', '… (Chair), Brackley Fen' / 'District Council; …'
                    CUT_NAME.search(text) is not None
                    or self.ctx.is_given(text.split()[-1])
                    or body_cut(text, self.lines[k])
                )
            )
            and not list_labels_in(self.lines[k])
            and not re.match(
                r"\s*\d{1,2}\s*[/.)]\s", self.lines[k]
            )  # '1 / Introduction …': the agenda begins
        ):  # a line ending ',' or ';', or the next opening with the bracket of its last entry's body
            text = f"{text.rstrip()} "
            breaks.append(len(text))
            text += self.lines[k].strip()
            k += 1
        return text, breaks

    def _entries(
        self,
        line_no: int,
        text: str,
        own: int | None = None,
        title: str | None = None,
        breaks: list[int] | None = None,
        known: list[PersonSpan] | None = None,
    ) -> list[Entry]:
        """The entries of a line; ``own``: where the line ends in ``text`` when the next line's start was
        joined to close a bracket (an entry running past it ends on the next line); ``breaks``: where
        each further line joined to it starts, for a list running on over several lines."""
        if own is not None:
            breaks = [own + 1]
        breaks = breaks or []
        out = []
        # 'Westby Council: A, B and C Eastby Council: D': bodies labelling the names after them, blanked
        # (offsets kept) so that no name runs into the next body's label
        bodies = [found for m in BODY_LABEL.finditer(text) if (found := _body_label(m))]
        whole = text
        for at, body in bodies:
            text = text[:at] + " " * (len(body) + 1) + text[at + len(body) + 1 :]
        people = list(
            people_in(text)
            or _unknown_start(text)
            or (_surnames(text, title) if title else [])
            or known
            or []
        )
        for m in re.finditer(r";\s*", text) if people and ";" in text else ():  # '…; Gibby Moe, Depute …'
            if not any(p.start <= m.end() < p.end + 1 for p in people) and (
                new := _unknown_start(text[m.end() :])
            ):
                people.append(replace(new[0], start=new[0].start + m.end(), end=new[0].end + m.end()))
        people.sort(key=lambda p: p.start)
        people = _bracketed_names(
            text, [p for p in people if not PLURAL_TITLE.match(p.text)]
        )  # not 'Councillors X'
        for m in PLURAL_TITLE.finditer(text):  # "Councillor Smith (Chair); Councillors Jones, Brown"
            title = _plural_title(m.group(0))
            if title is None:
                continue
            found = people_in(text[m.end() :])
            # the title is theirs up to a ';' or a post written before a name ('…, Town Clerk – Jane Doe')
            ends = [
                p.start
                for q, p in zip(found, found[1:], strict=False)
                if _post_lead(text[m.end() + q.end : m.end() + p.start])
            ]
            if (semi := text.find(";", m.end())) >= 0:
                ends.append(semi - m.end())
            reach = min(ends, default=-1)
            named = [
                replace(p, name=p.name if p.title or 0 <= reach <= p.start else f"{title} {p.name}")
                for p in found
            ]
            # people after the title, all of them; bare surnames only near it (the title is theirs)
            bare = [p for p in _surnames(text[m.end() :], title) if p.start < (reach if reach >= 0 else 200)]
            # 'Councillors Chadha, M. Clark, Donnelly and Roe': full names and bare surnames mixed
            later = sorted(
                named + [p for p in bare if not any(q.start <= p.start < q.end for q in named)]
                if named
                else bare,
                key=lambda p: p.start,
            )
            people = [p for p in people if p.start < m.start()] + [
                replace(p, start=p.start + m.end(), end=p.end + m.end()) for p in later
            ]
        row = len(people) == 1 and _table_row(text)  # "Exampleton Police | Supt Jane Doe | Vice Chair"
        # 'Clerk J Roe, Deputy Clerk S Moe': each post written before its holder, no comma between
        first_post = people and _bare_post(text[: people[0].start])
        leads = [
            _post_lead(text[q.end : p.start], bool(first_post))
            for q, p in zip(people, people[1:], strict=False)
        ]
        for k, p in enumerate(people):
            lead = leads[k - 1] if k else None  # '…, the clerk Jane Doe': her post, written before her
            end = people[k + 1].start if k + 1 < len(people) else len(text)
            if k + 1 < len(people) and (after := leads[k]):
                end = p.end + after[0]
            seg = NUMBERED_ITEM.split(text[p.start : end])[0]  # a numbered agenda item ends the list
            seg = PLURAL_TITLE.split(seg)[0] if p.start < end else seg  # "…; Councillors Jones" is others
            seg = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z][a-z]+\s+[a-z])", seg)[
                0
            ]  # '… (Public Health). There were no …'
            seg = seg if len(seg.split()) <= MAX_ENTRY_WORDS else seg[:300]
            tail = re.sub(
                r"\s+(?:and|&)\s*$", "", seg[len(p.text) :]
            )  # 'A Doe MBE and B Roe': not the part 'MBE and'
            parts = [x for _, _, x in split_parts(tail)]
            at = p.start  # where the entry's text starts in ``text``
            if lead:
                parts, at = [lead[1], *parts], people[k - 1].end + lead[0] + len(lead[2])
                seg = text[at:end]
            if row and p.start > 0:
                parts = [x for _, _, x in split_parts(text[: p.start])] + parts
                seg, at = text, 0  # the whole row: its text starts at the line's start
            first = line_no + bisect_right(breaks, p.start)
            ends = line_no + bisect_right(breaks, at + len(seg.rstrip(" ,;.")) - 1)
            labelled = [body for start, body in bodies if start < p.start]
            if labelled and not any(part_type(x) == "organisation" for x in parts):
                parts.append(labelled[-1])
            quote = whole[at : at + len(seg)] if bodies else seg
            out.append(Entry(p, first, ends, quote.strip(" ,;."), parts, whole[p.start :]))
        # 'Present: The Mayor, Cllr A (in the chair)': the first one's post, written before the name
        if out and (first := _post_first(text[: people[0].start]) or first_post):
            out[0].parts.insert(0, first)
            out[0].quote = whole[text.find(first) : people[0].start] + out[0].quote
        if len(out) >= 2 and len(out) == len(people) and POST_DASH.fullmatch(text[: people[0].start]):
            # 'Director of X – N Hark Head of Y – U Fey': each post written before its holder, a dash between
            starts = [0] + [q.end for q in people[:-1]]
            for e, q, a in zip(out, people, starts, strict=True):
                post = text[a : q.start].strip(" –—-,;:")
                if part_type(post) == "post":
                    e.parts, e.quote = [post], whole[a : q.end].strip(" ,;")
        for k, e in enumerate(out):  # 'Mr A King, Mrs B Lawrie and Mr C Pitt (Heads of Service)': each one's
            posts = [one for x in e.parts if (one := _singular_post(x))]
            shared_to, first = whole.find(e.quote, people[k].start) + len(e.quote), k
            while (
                posts
                and k
                and not out[k - 1].parts
                and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[people[k - 1].end : people[k].start])
            ):
                k -= 1
                out[k].parts, out[k].line_end = posts, e.line_end
                out[k].quote = whole[people[k].start : shared_to]
            if k < first:  # shared: the last one's post is one holder's too
                e.parts = [
                    posts[0] if x != posts[0] and _singular_post(x) == posts[0] else x for x in e.parts
                ]
        for e, nxt, gap in zip(out, out[1:], people[1:], strict=False):
            # 'A and B, X Council': the body after two names joined by 'and' is both people's
            body = [x for x in nxt.parts if part_type(x) not in ("post", "role", "person")]
            if (
                not [x for x in e.parts if x not in ("and", "&")]
                and body
                and re.fullmatch(r"\s+(?:and|&)\s+", text[e.person.end : gap.start])
            ):
                e.parts, e.line_end = body, nxt.line_end
                e.quote = whole[e.person.start : gap.start] + nxt.quote  # the quote holds the body
        if len(out) >= 2 and PLURAL_TITLE.match(text) and not any(e.parts for e in out[:-1]):
            # 'Councillors A, B, C, Westby Town Council': the body closing the run is all theirs
            body = out[-1].parts
            if len(body) == 1 and part_type(body[0]) == "organisation":
                for e in out[:-1]:
                    e.parts, e.line_end = list(body), out[-1].line_end
                    e.quote = whole[e.person.start : out[-1].person.start] + out[-1].quote
        return out

    def _region(self, start: int, under: tuple[str, int] | None = None) -> tuple[list[Entry], int]:
        """Entries on the lines from ``start`` (1-based) until prose, a heading or another label; ``under``: the
        body a line 'Representatives of X' names for the entries below it, to the next such line, and that line."""
        entries: list[Entry] = []
        headed = under is not None  # bodies written over their people, not after them
        idle = 0
        n = start
        packed = 0  # entry lines in a row with no blank line between them
        card = False  # those lines are one person's: name, then post and body lines (a card)
        after_blank = False
        while n <= len(self.lines):
            text = self.lines[n - 1]
            if not text:
                if packed >= 2 and not card:
                    break  # a list written without blank lines ends at the first one
                packed = 0 if not entries or card else -1_000
                n += 1
                after_blank = True
                continue
            if list_labels_in(text) or re.search(r":-?\s*$", text) and _group_in(text.rstrip(" :-")):
                break  # another list's label, or a group's ('Review Team:-')
            if MINUTE_REF.match(text):
                break  # the next minute's heading ('WF 11/013 County Services Update')
            if not entries and _column_heads(text):  # 'Name' / 'Organisation' over the entries
                n += 1
                continue
            if entries and (
                CARD_FILLER.fullmatch(text.strip()) or political_party(text) or _named_again(text, entries)
            ):
                n += 1  # a card's party, attendance or link line ('Liberal Democrat', 'Present, as expected'), or
                continue  # its name again under the photo's caption
            packed += 1
            was_blank, after_blank = after_blank, False
            close = text.find(")")
            above = self.lines[n - 2] if n > 1 else ""
            if close >= 0 and "(" not in text[:close] and above.count("(") > above.count(")"):
                # '…Commissioner) and Chief Constable X': the bracket closes an entry of the line above
                text = re.sub(r"^[\s,;]*(?:and\s+|&\s+)?", "", text[close + 1 :])
            text = re.sub(
                r"^\s*(?:and|&)\s+(?=[A-Z])", "", text
            )  # '… Jane Doe (X)' / 'and Cllr John Roe (Y).'
            people = people_in(text) or _unknown_start(text) or _same_cell(text, entries)
            plural = PLURAL_TITLE.search(text) if not people else None
            if (
                plural
                and not _prose(text)
                and _body_labelled(text[: plural.start()])  # ('Councillors A, B' alone is read as before)
                and (titled := self._entries(n, *self._closed(n - 1, text)))
            ):
                entries += titled  # 'Westby Council: Councillors Thom (Chair), Baxt and Wall;'
                n += 1
                continue
            if (
                not people
                and not any(isinstance(e, Entry) for e in entries)
                and (listed := _category_bodies(text))
            ):
                entries += [
                    Body(b, n, text.strip()) for b in listed
                ]  # 'Partners with a duty to X: A, B and C.'
                n += 1
                continue
            # 'Representatives of Westby Trust' over its people: their body (one opening a region is the
            # unlabelled lists' heading); once so, every body's line over its people
            rep = REPRESENTATIVES_OF.match(text.strip()) if not people and (entries or headed) else None
            # 'Westby County Council' alone over its councillors, then 'Westby Borough Council' over its own
            plain = None if people else _plain_body(text)
            if plain and not headed and (entries or not self._person_next(n)):
                plain = None  # a body's line under a person is theirs, not a heading
            if (
                over := rep.group("body")
                if rep
                else headed
                and not people
                and (_body(text) or _group_in(text) or _shouted_body(text) or plain)
                or plain
            ):
                under, headed = (over, n), True
                n += 1
                continue
            if not people and not any(isinstance(e, Entry) for e in entries) and (body := _body(text)):
                entries.append(Body(body, n, text.strip()))
                mark = BULLET.match(text)
                second = re.split(r"\s[-–—]\s", text[mark.end() :] if mark else "", maxsplit=1)[1:]
                if second and head_kind(body) and (other := _body("- " + second[0])) and head_kind(other):
                    entries.append(
                        Body(other, n, text.strip())
                    )  # 'A Council - B Police': two columns, two bodies
                n += 1
                continue
            said = people and REPORTS.match(text[people[0].end :])  # 'Ian Cutts reported that …': prose
            # 'Cllr Roe, Westby Council, was elected Chair of …': prose, though its commas are a list's
            elected = people and ELECTED.match(text[people[0].end :])
            if elected or _prose(text) and (said or not (people and text.count(",") >= len(people))):
                if entries or idle >= 2:
                    break
                idle += 1
                n += 1
                continue
            card = (
                len(people) == 1
                and packed == 1
                or card
                and not people
                and packed > 1
                and part_type(text.strip(" ,;")) in {"post", "organisation", "role"}
            )
            lead = LINE_START.match(text).end()  # a bullet or number before the first person
            if (
                not people
                or people[0].start > lead
                and not entries
                and not _table_row(text)
                and not _plural_title(text[lead : people[0].start])  # 'Councillors Jo Bright and …'
                and not _body_labelled(text[lead : people[0].start])  # 'Westby Police: Chief Insp J Roe;'
            ):
                following = self.lines[n] if n < len(self.lines) else ""
                heading = was_blank and part_type(text.strip(" ,;.")) is None and _prose(following)
                if (
                    entries
                    and not _heading_like(text)
                    and not heading  # 'Actions from the last meeting' over its paragraph, past a blank
                    and len(text.split()) <= 12
                    and _attach(entries[-1], n, text, wrapped=not was_blank)
                ):
                    n += 1
                    continue
                if entries or _heading_like(text):
                    break
                idle += 1
                if idle > 2:
                    break
                n += 1
                continue
            prefix = text[lead : people[0].start]
            prefix = prefix[
                prefix.rfind(")") + 1 :
            ]  # '…Commissioner) and Chief Constable X': the bracket is above
            if (
                prefix.strip()
                and entries
                and isinstance(entries[-1], Entry)
                and not _table_row(text)
                and not _plural_title(prefix)  # "Councillors B Jones, …"
                and not list_labels_in(prefix)
            ):
                _attach(entries[-1], n, prefix)
            found = self._entries(n, *self._closed(n - 1, text), known=people)
            for e in found:
                if under and not any(part_type(p) == "organisation" for p in e.parts):
                    e.parts.append(under[0])  # the quote from the line naming it
                    e.line_start, e.quote = under[1], self.ctx.doc.raw(under[1], e.line_end)
            entries += found
            n += 1
        return entries, n

    def records(self):
        """'Name: Jane Doe' with 'Job title: …' and 'Organisation: …' on the lines under it."""
        fields = _fields()
        n = 1
        while n <= len(self.lines):
            label, value = _field(self.lines[n - 1])
            person = _person_cell(value) if fields.get(label) == "name" else None
            if person is None:
                n += 1
                continue
            parts, end, k = [p for _, _, p in split_parts(value[person.end :])], n, n + 1
            while k <= min(n + 6, len(self.lines)):
                below, kind = _field(self.lines[k - 1]), None
                if not self.lines[k - 1]:
                    k += 1
                    continue
                kind = fields.get(below[0])
                if kind not in {"post", "role", "organisation"}:
                    break
                parts.append(below[1])
                end, k = k, k + 1
            yield Entry(person, n, end, self.ctx.doc.raw(n, end), [p for p in parts if p])
            n = max(end, n) + 1

    def tables(self):
        """People tables under a header row naming their columns ('Name | Organisation | Attendance'):
        (list kind, entry) for each row."""
        fields = _fields()
        n = 1
        while n <= len(self.lines):
            header = [fields.get(_label_key(c.strip(" :"))) for c in self.lines[n - 1].split("\t")]
            if "name" not in header or len([h for h in header if h]) < 2:
                n += 1
                continue
            above = next(
                (self.lines[j - 1] for j in range(n - 1, max(n - 3, 0), -1) if self.lines[j - 1]), ""
            )
            labelled = list_labels_in(above)  # 'Officers in attendance' over the table: its rows' kind
            k = n + 1
            while k <= len(self.lines) and (cells := self.lines[k - 1].split("\t")) and len(cells) >= 2:
                person = (
                    _person_cell(cells[header.index("name")]) if len(cells) > header.index("name") else None
                )
                if person is not None:
                    columns = list(zip(header, cells, strict=False))
                    after = cells[header.index("name")][person.end :]  # 'Cllr Rob Shaw (Chair)'
                    parts = [x for _, _, x in split_parts(after)] + [  # 'Chief Executive (Chair)': post, role
                        x
                        for h, c in columns
                        if h in {"post", "role", "organisation"} and c
                        for _, _, x in split_parts(c)
                    ]
                    said = next((c for h, c in columns if h == "attendance"), "")
                    kind = _attendance(said) if said or not labelled else labelled[-1][2]
                    if (
                        header[0] is None
                    ):  # 'Priority | Lead officer | Organisation': leads of the rows' items
                        kind = "staff"

                    yield kind, Entry(person, k, k, self.lines[k - 1], parts)
                k += 1
            n = k

    def _post_over(self, n: int) -> str | None:
        """The post on the line above line ``n`` (1-based) when posts and people alternate line by line, a post
        first ('Local Member (chair)' / 'Cllr Jo Doe' / 'Town Council Member' / 'Ann Roe'): each person's post
        is the line above. None when the alternation starts with a person (each post is the line below)."""

        def post(k: int) -> bool:
            line = re.sub(r"\s*\([^()]*\)", "", self.lines[k - 1]).strip(" .:;")
            return bool(line) and not people_in(line) and part_type(line) in {"post", "role"}

        if n < 2 or not post(n - 1):
            return None
        k, want_post = n - 2, False
        while k >= 1 and self.lines[k - 1] and (post(k) if want_post else bool(people_in(self.lines[k - 1]))):
            k, want_post = k - 1, not want_post
        return self.lines[n - 2].strip() if not want_post else None

    def _person_next(self, n: int) -> bool:
        """The next line after line ``n`` (1-based) that holds text opens with a person."""
        following = next((x for x in self.lines[n:] if x.strip()), "")
        return _opens_with_person(following)

    def run_entries(self, listed: set[int], read: set[int]) -> list[Entry]:
        """The other lines of an unlabelled attendance that open with a person and no post or body a word types
        ('Jo Roe        Resident', 'Cllr A Poe'): within the run, and straight after it until a line that opens
        with no one."""
        if not listed:
            return []
        out: list[Entry] = []
        blanks = 0
        for n in range(min(listed), len(self.lines) + 1):
            text = self.lines[n - 1]
            past = n > max(listed)
            if not text.strip():
                blanks += 1
                if past and blanks > 1:
                    break  # past the run, two blank lines end it
                continue
            blanks = 0
            if not _opens_with_person(text) or _prose(text) or len(text.split()) > 12:
                if past:
                    break  # past the run, the first line opening with no one ends it
                continue
            start = LINE_START.match(text).end()
            if n not in read and not re.search(r"\b(?:19|20)\d\d\b", text[people_in(text)[0].end :]):
                out += self._entries(n, text[start:], len(text) - start)[:1]  # (not 'Jo Roe - Census 2021')
        return out

    def standalone(self):
        """Entries outside lists: a line that opens with a person followed by posts or bodies, with
        the post or body lines right under it (a signature block, a bullet of attendees)."""
        n = 1
        while n <= len(self.lines):
            text = _own_initials_dropped(self.lines[n - 1])  # 'Cllr Jane Doe (Cllr JD)'
            if n in self.listed or not text or _prose(text) or len(text.split()) > 30:
                n += 1
                continue
            start = LINE_START.match(text).end()
            people = people_in(text) or _unknown_start(text)  # 'Nici Evans, Director,' over her body
            if len(people) == 1 and re.search(r"\s[-–—:]\s*$", text[start : people[0].start]):
                start = people[0].start  # "Item – Jane Doe (Exampleton Trust)"
            if len(people) != 1 or people[0].start > start:
                n += 1
                continue
            if (held := self._post_over(n)) and not text[people[0].end :].strip(" ,.;"):
                # 'Local Member (chair)' / 'Jo Doe': the person, the post above
                entry = self._entries(n, text[start:], len(text) - start)[0]
                entry.parts = [re.sub(r"\s*\([^()]*\)", "", held), *re.findall(r"\(([^()]*)\)", held)]
                entry.line_start, entry.quote = n - 1, self.ctx.doc.raw(n - 1, n)
                self.listed.update((n - 1, n))  # read: no apposition across the next post line
                yield entry
                n += 1
                continue
            whole = _run_on(text, self.lines[n] if n < len(self.lines) else "", n + 1 in self.wrapped)
            entry = self._entries(n, whole[start:], len(text) - start)[0]  # a name wrapped onto the next line
            typed = [p for p in entry.parts if part_type(p.strip(" .:;")) in {"post", "organisation", "role"}]
            k = n + 1
            while k <= min(n + 3, len(self.lines)) and (
                not self.lines[k - 1] or not people_in(self.lines[k - 1])
            ):
                below = self.lines[k - 1]
                after_blank = next((x for x in self.lines[k : k + 1] if x), "") if not below else ""
                if (
                    after_blank
                    and entry.parts
                    and not entry.line_rest.rstrip().endswith(",")  # 'Linda Roe,Operations Director,' goes on
                    and "," not in after_blank
                    and not part_type(after_blank.strip(" .;"))
                ):
                    break  # past a blank line, a heading ('Our structure'), not the post or body of a card
                if below and (
                    len(below.split()) > 12
                    or _prose(below)
                    or not _attach(entry, k, below, wrapped=k == entry.line_end + 1)
                ):
                    break
                k += 1
            if (
                typed
                or any(part_type(p.strip(" .:;")) for p in entry.parts)
                or _bulleted_name_dash(text, entry)
            ):
                yield entry
            n = max(k, n + 1)


DATED_TITLE = re.compile(  # a title, then its meeting's date, opening a page run into one line
    r"\s*(?:\[[^\]]{1,40}\]\s*)?(?P<title>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|the|&)){1,8}?)\s+(?=\d)"
)

UNTITLED = re.compile(
    r"(?i)\b(?:minutes|notes|agenda|meeting|held|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)


def _title_before(head: str) -> str | None:
    """The group a page run into one line names before its first list label: 'X AUTHORITY MINUTES OF THE
    BOARD MEETING …' (the body before the record word), 'Westby Council Cabinet WESTBY COUNCIL CABINET' (a
    title repeated, once)."""
    record = re.search(r"(?i)\s(?:minutes|notes|agenda)\b", head)
    dated = DATED_TITLE.match(head)
    group = (
        dated["title"]  # 'Westby Wellbeing Together 13 January 2021 Time …': a front sheet's title
        if dated
        and DAY_MONTH_YEAR.match(head, dated.end())
        and not UNTITLED.search(dated["title"])
        and not people_in(dated["title"])
        else None
    )
    group = group or (_group_in(head[: record.start()]) if record else None) or _group_in(head)
    if group is None and (body := SHOUTED_BODY.match(head)):
        group = titlecase(body.group(1))
    if group and (twice := re.fullmatch(r"(?i)(.+?)\s+\1", group)):
        group = twice.group(1)
    return group


def _bulleted_name_dash(text: str, entry: Entry) -> bool:
    """'• Eve Hale - Westby Youth': a bulleted name and, after a dash, a short capitalised name no word types
    (a body the vocabulary lacks) -- an entry of a list like its neighbours."""
    return (
        bool(BULLET.match(text))
        and re.search(r"\s[-–—]\s", text) is not None
        and len(entry.parts) == 1
        and entry.parts[0][:1].isupper()
        and len(entry.parts[0].split()) <= 6
        and not re.search(r"\d", entry.parts[0])
    )


def _own_initials_dropped(text: str) -> str:
    """'Cllr Jane Doe (Cllr JD)' -> 'Cllr Jane Doe': the initials the minutes refer to a person by."""
    if "(" not in text:
        return text
    for p in reversed(people_in(text)):
        m = re.match(r"\s*\(([^()]{2,10})\)", text[p.end :])
        if m and _own_initials(m.group(1), p.text[len(p.title) :].split()):
            text = text[: p.end] + text[p.end + m.end() :]
    return text


def _cell_start(line: str, at: int) -> int:
    """Where the cell of a column whose label starts at ``at`` starts in ``line``: the end of a gap of two
    spaces or more ending within a few characters of it; the line's end when there is none (the line
    holds no cell of that column)."""
    gaps = (m.end() for m in re.finditer(r" {2,}|\t", line[: at + 8]) if at - 8 <= m.end() <= at + 4)
    return next(gaps, len(line))


def _plain_body(text: str) -> str | None:
    """A body's name alone on its line ('Westby Borough Council'), no sentence."""
    name = text.strip()
    plain = name[:1].isupper() and len(name.split()) <= 8 and not name.endswith((".", ":", ","))
    return name if plain and head_kind(name) in BODY_KINDS and not people_in(name) else None


def _shouted_body(text: str) -> str | None:
    """A body's name alone on its line in capitals ('WESTBY FIRE AND RESCUE AUTHORITY') over its people."""
    return _plain_body(titlecase(text.strip())) if text.strip().isupper() else None


def _body(text: str) -> str | None:
    """A bullet naming a body or a kind of member: the name before any bracket, dash or comment."""
    m = BULLET.match(text)
    if not m:
        return None
    if body := body_and_services(text[m.end() :]):
        return body
    if body := places_body(re.split(r"\s+\(|\s[-–—:]\s|;", text[m.end() :])[0]):
        return body  # 'Northshire, Eastby and Westby Community Rehabilitation Company': one body
    item = re.split(r"\s+\(|\s[-–—:]\s|,\s|;", text[m.end() :])[0]
    item = re.sub(r"(?i)[,.;]?(?:\s+(?:and|or))?\s*$", "", item).strip(" .,;")
    item = re.sub(r"^the\s+(?=[A-Z])", "", item)  # '- the Probation Service'
    if not item[:1].isupper() or len(item.split()) > 10 or _prose(item):
        return None
    numbered = re.match(r"\s*\d", text) is not None
    if head_kind(item) is None and (
        re.fullmatch(r"[A-Z][a-z-]+s", item)
        or numbered
        and (item.isupper() or not re.search(r"[A-Z]{2}|\b[A-Z]\w*\s+[A-Z]", item))
    ):
        return None  # '2. Sub-groups', '2. Serious violence duty', '12. ELECTION OF CHAIR': a section's title
    return item


CELL_BREAK = re.compile(r"\t|\s*\|\s*|\s{3,}")  # tabs, pipes (padded or not), runs of spaces


@cache
def _fields() -> dict[str, str]:
    """Field label (folded) -> what it holds: name, post, role, organisation or attendance."""
    return {_label_key(w): kind for kind, words in vocabulary()["record_fields"].items() for w in words}


def _field(text: str) -> tuple[str, str]:
    """'Job title: Partnership Analyst' -> ('job title', 'Partnership Analyst'); ('', '') for no field."""
    label, sep, value = text.partition(":")
    return (_label_key(label), value.strip()) if sep and len(label.split()) <= 4 else ("", "")


def _column_heads(text: str) -> bool:
    """A line of a people table's column headers only ('Name', 'Name    Organisation    Role')."""
    cells = [c for c in CELL_BREAK.split(text.strip()) if c]
    return bool(cells) and all(_fields().get(_label_key(c.strip(" :"))) for c in cells)


def _person_cell(text: str) -> PersonSpan | None:
    """The person a cell or field value names first, known given name or not."""
    people = people_in(text)
    if people and people[0].start == 0:
        return people[0]
    first = split_parts(text)[0][2] if split_parts(text) else ""
    return unknown_person(first)


@cache
def _attendance_kinds() -> dict[str, str]:
    return {v: kind for kind, values in vocabulary()["attendance_values"].items() for v in values}


def _attendance(said: str) -> str:
    return _attendance_kinds().get(_label_key(said.strip(" .")), "member")


HYPHEN_JOINED = re.compile(r"^(\s*(?:[A-Z][\w'’]*\.?\s+){1,3}[A-Z][a-z][\w'’]*)\s?-(?=[A-Z])")


def _named_again(text: str, entries: list) -> bool:
    """The line is only the name of the last entry's person, written again (a card's caption and heading)."""
    last = entries[-1]
    found = people_in(text)
    return (
        isinstance(last, Entry)
        and len(found) == 1
        and found[0].name == last.person.name
        and not text.replace(found[0].text, "").strip(" ,;")
    )


CARD_FILLER = re.compile(
    r"(?i)(?:present|absent|apologies|attended)(?:,?\s+as\s+expected|\s+virtually|\s+in\s+person)?|"
    r"apologies\s+received|view\s+profile|expected|in\s+attendance"
)


def _cells_kept(raw: str) -> str:
    """A line cleaned of markup with its table cells still apart (a tab between cells), less a column of
    initials before a name ('JD Cllr. Jane Doe (Chair)')."""
    line = "\t".join(c for c in (clean(cell) for cell in CELL_BREAK.split(raw)) if c)
    line = _initialled_run(line)
    line = GLUED_CELLS.sub(_unglued, line)
    line = ROLE_BETWEEN_NAMES.sub(_role_bracketed, line) if "Chair" in line or "Clerk" in line else line
    m = INITIALS_FIRST.match(line)
    found = people_in(line[m.end() :]) if m else ()
    if (
        m
        and found
        and found[0].start == 0
        and _own_initials(m.group(1), found[0].text[len(found[0].title) :].split())
    ):
        return line[m.end() :]
    return BRACKETED_INITIALS.sub(_initials_dropped, line) if "(" in line else line


ROLE_BETWEEN_NAMES = re.compile(  # 'Present: Jane Doe Chair Kim Lee Vice Chair Tim Roe Ann Poe Clerk'
    r"\b(?P<name>[A-Z][a-z]+\s+[A-Z][\w'’-]+)\s+(?P<role>(?:Vice[- ])?Chair(?:man|person)?|Clerk)(?=\s+[A-Z]|\s*$)"
)


def _role_bracketed(m: re.Match[str]) -> str:
    """'Jane Doe Chair Kim Lee …' -> 'Jane Doe (Chair), Kim Lee …': a role run on after a known given name and
    a surname ends that entry."""
    if m["name"].split()[0] not in given_names():
        return m.group(0)
    return f"{m['name']} ({m['role']}),"


def _unglued(m: re.Match[str]) -> str:
    """Cells run together: 'Jane DoeChair, X' -> 'Jane Doe, Chair, X'; 'Ann LeeEnvironment Agency' (a given
    name, a surname, the next cell) -> 'Ann Lee<tab>Environment Agency'."""
    if not m["left"]:
        return ", "
    if m["given"] in given_names():
        return f"{m['given']} {m['left']}\t"
    return m.group(0)


def _initials_dropped(m: re.Match[str]) -> str:
    """'; (JD) Jane Doe, …' -> '; Jane Doe, …': a person's own initials in brackets before each entry."""
    found = people_in(m.string[m.end() : m.end() + 120])
    if (
        found
        and found[0].start == 0
        and _own_initials(m.group(2), found[0].text[len(found[0].title) :].split())
    ):
        return "; " if m.group("gap") else ""  # '… Centre Manager (TQ) Tara Quinn': a new entry
    return m.group(0)


INITIALS_FIRST = re.compile(r"([A-Z]{2,3})\s+(?=[A-Z])")
GLUED_CELLS = re.compile(  # 'Jane DoeChair, X', 'Tim Roe (Chair)Westby Trust', 'Ann LeeEnvironment Agency'
    r"(?<=[a-z])(?=(?:Chair|Chairman|Chairperson|Vice[- ]Chair)\b)|(?<=[Cc]hair\))(?=[A-Z][a-z])"
    r"|\b(?P<given>[A-Z][a-z]+) (?!(?:Mc|Mac|Fitz|De|Di|Da|Le|La|Van|Von)[A-Z])(?P<left>[A-Z][a-z]{2,})(?=[A-Z][a-z]{2})"
)
BRACKETED_INITIALS = re.compile(r"(?:^|(?<=[:;])|(?<=\w)(?P<gap>\s))\s*\(([A-Z]{2,4})\)\s*(?=[A-Z])")


def _table_row(text: str) -> bool:
    return len(CELL_BREAK.split(text.strip())) >= 2


DATE_OR_STATUS = re.compile(
    r"(?i)(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{2,4})?|"  # months, not 'Mayor' or 'Marshall'
    r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|q[1-4]|on track|off track|complete|completed|ongoing|red|amber|green|on"
)
PLURAL_TITLE = re.compile(r"(?<![\w'’])(?:County |Borough |District |City )?(?:Councillors|Cllrs)\b(?!:)")


def _plural_title(label: str) -> str | None:
    """'Councillors:' -> 'Councillor': the title each bare surname of the list takes."""
    words = re.sub(r"[:\s-]+$", "", label.strip())
    return vocabulary()["plural_titles"].get(words.title() if words.isupper() else words)


def _surnames(text: str, title: str) -> list[PersonSpan]:
    """'Smith (Chair), Jones and Brown' after 'Councillors' -> Councillor Smith, Councillor Jones, …"""
    out = []
    for m in re.finditer(
        # 'De Freitas', 'Van der Berg', 'Mac Donald': a surname's particle before it
        r"(?:^|,|;|\band\b)\s*((?:(?:De|Du|Da|Di|Van|Von|Le|La|Mac|St\.?)\s+(?:der\s+|den\s+)?)?"
        r"[A-Z][\w'’]{1,30}(?:-[A-Z][\w'’]{1,30})?)(?=\s*(?:\(|,|;|\band\b|$|\.))",
        text,
    ):
        name = f"{title} {m.group(1)}"
        out.append(PersonSpan(m.start(1), m.end(1), m.group(1), name, title))
    return out


SLASH_ROW = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}),?\s+/\s+\S")
COMMA_ROW = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+[A-Z]")


def _same_cell(text: str, entries: list) -> list[PersonSpan]:
    """'Tamera / User Voice' under 'Ann Hale / Westvale Council', 'Aveen Gardner, X Company' under 'Jon Dix,
    Westvale Council': a line of a list of people and bodies whose first cell is a name the name lists lack,
    written as the lines above it (one to three capitalised words before ' / ', two or three before a comma)."""
    lead = LINE_START.match(text).end()
    above = [e for e in entries[-2:] if isinstance(e, Entry)]
    if len(above) < 2:
        return []
    slash, comma = SLASH_ROW.match(text, lead), COMMA_ROW.match(text, lead)
    if slash and all(" / " in e.line_rest for e in above):
        name = slash.group(1)
    elif comma and all(re.match(r"[^,/]{3,60},\s+[A-Z]", e.line_rest) for e in above):
        name = comma.group(1)
    else:
        return []
    if part_type(name) in {"post", "organisation", "role"}:
        return []
    return [PersonSpan(lead, lead + len(name), name, name)]


def _category_bodies(text: str) -> list[str]:
    """'Partners with a statutory duty to facilitate community planning: A Council, NHS B, C Enterprise and the
    D Service.': a kind of member, a colon, then the bodies of that kind (most of them bodies by their words)."""
    lead, colon, tail = text.partition(": ")
    if not colon or len(lead.split()) > 14 or not lead[:1].isupper() or BULLET.match(text):
        return []
    items = [x for x in list_items(tail.rstrip(" .")) if x[:1].isupper() or x[:1].isdigit()]
    bodies = [
        x for x in items if head_kind(x) in BODY_KINDS or is_acronym(x.split()[0]) and len(x.split()) <= 3
    ]
    return items if len(items) >= 2 and 2 * len(bodies) >= len(items) else []


def _unknown_start(text: str) -> list[PersonSpan]:
    """A list line opening with an unknown name followed by typed parts: 'Nici Evans (NE) / Nurse, X Trust'."""
    parts = split_parts(text)
    if len(parts) < 2 or parts[0][0] != 0:
        return []
    person = unknown_person(parts[0][2])
    typed = [p for _, _, p in parts[1:] if part_type(p) in {"post", "organisation", "role"}]
    if any(parts[0][2] in p for p in typed):
        return []  # 'Vulnerable People – X Vulnerable People Group': a topic its lead body is named after
    return [person] if person and typed else []


def _attach(entry: Entry | Body, n: int, text: str, wrapped: bool = False) -> bool:
    """One cell a line: a post or organisation on its own line belongs to the person above; ``wrapped``: the
    line follows the entry's last line with no blank between, so it may end a name that line began."""
    if not isinstance(entry, Entry):
        return False
    if text.rstrip().endswith((":", ":-")) or _prose(text) or AGENDA_ITEM.search(text):  # 'Matters Arising'
        return False
    if len(people_in(text)) >= 2:
        return False  # '… received from Anju Bhatt, Neil Roberts,': a list of its own, no one's post or body
    whole = text.strip(" ,;.")
    split = [x for _, _, x in split_parts(text)]
    whole_post = part_type(whole) == "post" and not any(
        part_type(p) in {"organisation", "role"} for p in split[1:]
    )
    parts = [whole] if whole_post else split  # "Children, Families & X Manager" is one post
    if not parts or any(not p[:1].isupper() for p in parts) or any(part_type(p) == "person" for p in parts):
        return False
    last = entry.parts[-1] if entry.parts else ""
    merged = f"{last} {parts[0]}" if last else ""
    if (
        wrapped
        and last
        and not re.search(r"[,;:)]\s*$", entry.line_rest)
        and (
            (part_type(last) is None or re.search(r"\b(?:of|and|for|the|&)$", last))
            and part_type(merged) in {"post", "organisation"}
            or part_type(last) == part_type(merged) == "organisation" != part_type(parts[0])
        )
    ):  # 'Clinical Director, Vantage Bay' + 'Integrated Care Board', 'Office of the Police and Crime' +
        # 'Commissioner': one body's name wrapped over two lines
        entry.parts[-1], parts = merged, parts[1:]
    entry.parts += parts
    entry.line_end = n
    entry.line_rest = entry.quote = f"{entry.line_rest.strip()} {text.strip()}"
    return True


APPOSED = re.compile(r"^(?:(?P<some>an?)\s+|the\s+|(?:of|from)\s+(?:the\s+)?)(?=[A-Z])")


def _seat_body(part: str) -> str:
    """'WXNC member' -> 'WXNC': the body a member's seat is on, named by its letters."""
    return re.sub(r"^([A-Z]{2,8}) (?:member|representative)$", r"\1", part)


def _apposed(part: str) -> str:
    """'the Director of X' -> 'Director of X', 'of the Y Trust' -> 'Y Trust'; 'a Commander of Z Police' -> 'Commander
    of Z Police', but not 'a City business representative', which names no post."""
    m = APPOSED.match(part)
    return part[m.end() :] if m and (not m["some"] or part_type(part[m.end() :]) == "post") else part


SINCE_WHEN = re.compile(
    r"\s+(?:in|since|from)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)$"
)
SPEECH_AFTER = re.compile(r"\s+(?:said|says|added|explained|commented|stated)\s*[:,]?$")


NOMINATED_BY = re.compile(r"^(?i:nominated|appointed|delegated|seconded)\s+by\s+(?:the\s+)?(?=[A-Z])")


def _nominated(part: str) -> list[str]:
    """'Nominated by Westby Council (Elected Member)' -> the body and the place held on its nomination."""
    if not (m := NOMINATED_BY.match(part)):
        return [part]
    body, _, held = part[m.end() :].partition(" (")
    return [body, held.rstrip(")")] if held else [body]


ROLE_AFTER_SLASH = re.compile(r"\s*/\s*(?=(?:Co-?|Vice[- ]?|Deputy\s+|Joint\s+)?[Cc]hair\b)")


def _read_entry(person: PersonSpan, parts: list[str], common: frozenset[str] = frozenset(), quote: str = ""):
    """Posts, organisations and roles (with the group a role is of) among an entry's parts.

    ``common`` holds the words the document writes in lower case: a part made only of them after a
    post is the post's field ("Service Manager, Youth Justice"); a part with a proper noun is a body.
    """
    posts: list[str] = []
    orgs: list[str] = []
    roles: list[tuple[str, str | None]] = []
    bare = person.text[len(person.title) :].split()
    cleaned = [HONORIFIC.sub("", p.strip(" .:;/")) for p in parts]  # 'The Right Worshipful The Mayor'
    cleaned = [q for p in cleaned for q in ROLE_AFTER_SLASH.split(p)]  # 'Mayor of Westby/Co-Chair': two parts
    if sum(bool(MOTION_NOTE.match(p)) for p in cleaned) >= 2:  # '(nominated by SM, seconded by HR, agreed by
        cleaned = [p for p in cleaned if not MOTION_NOTE.match(p)]  # all)': how the seat was voted, no body
    cleaned = [q for p in cleaned for q in _nominated(p)]  # 'Nominated by Westby Council (Elected Member)'
    cleaned = [
        re.sub(r"(?<=\w)\s+(?:Agenda|Minutes|Papers)$", "", p) for p in cleaned
    ]  # '… City Council Agenda'
    cleaned = [titlecase(p) if p.isupper() and len(p) > 6 else p for p in cleaned]  # "WESTVALE COUNCIL"
    cleaned = [SPEECH_AFTER.sub("", p) for p in cleaned]  # "…, Cabinet Member for Planning said:"
    cleaned = [SINCE_WHEN.sub("", p) for p in cleaned]  # "… cabinet member for safer communities in May'
    cleaned = [honours_dropped(p) for p in cleaned]  # 'Jane Doe CBE Westby Trust'
    cleaned = [_apposed(p) for p in cleaned]  # 'Jane Doe the Director of X', 'John Roe of the Y Trust'
    cleaned = [_seat_body(p) for p in cleaned]  # 'WXNC member'
    cleaned = [
        p
        for p in cleaned
        if p
        and not _own_initials(p, bare)
        and not _how_attended(p)
        and not post_nominal(p)
        and not political_party(p)  # 'Cllr Jane Doe (Lab)'
        and p not in vocabulary()["place_units"]  # 'Jane Doe Ward Councillor': a bare 'Ward' is no body
    ]  # "Jane Doe (JD)", "Jane Doe OBE"
    cleaned = _places_joined(cleaned)

    def generic(text: str) -> bool:  # no proper noun in it
        known = common | field_words() | org_words().keys() | LOWER_OK
        words = re.findall(r"[\w'’]+", text.replace("’", "'"))
        return all(w.lower() in known or re.sub(r"'s?$", "", w).lower() in known for w in words)

    last = None
    for n, part in enumerate(cleaned):
        if owned := _owned_post(part):  # "Westvale Council's Head of Housing"
            posts.append(owned[0])
            orgs += [owned[1]] if owned[1] else []
            continue
        if held := _body_then_role(part):  # '(PCSP vice-chair)': the role she holds in that body
            roles.append(held)
            last = None
            continue
        if split := _body_then_post(
            part
        ):  # "Westvale County Borough Council Chief Executive" (cells run together)
            cleaned[n + 1 : n + 1] = [split[1]]
            part = split[0]
        both = re.split(r"\s+and\s+(?=[A-Z])", part, maxsplit=1)  # 'Chief Executive and Accountable Officer'
        if (
            len(both) == 2
            # 'Head of X and Deputy Head of Y'; not 'Director of Leisure and Community Wellbeing', one remit
            and (POST_OPENING.match(both[1]) or not re.search(r"\s(?:of|for)\s", both[0]))
            and all(is_post(b) and part_type(b) == "post" for b in both)
        ):
            cleaned[n + 1 : n + 1] = [both[1]]  # 'Location Director for X and Head of Y': two posts
            part = both[0]
        elif (
            len(both) == 2
            and part_type(both[0]) == "post"
            and both[0].split()[-1] in post_heads()  # not 'Chief Executive Westby and Eastby City Council'
            and part_type(both[1]) in ("organisation", "role")
            and not re.search(r"\s(?:of|for)\s", both[0])
            and not generic(both[1])  # not 'Director Social Work and Social Care Service': one remit
        ):
            cleaned[n + 1 : n + 1] = [
                _seat_body(both[1])
            ]  # 'Westby Trust Director and Westby Society': a post, a body
            part = both[0]
        split = _role_then_body(part)  # 'Chair Westby Society': the chair of that body ('Chair PBNI': cells)
        if split and CHAIR_ROLE.fullmatch(split[0]) and not is_acronym(split[1]):
            roles.append(
                ("vice_chair" if re.match(r"(?i)vice|deputy|depute", split[0]) else "chair", split[1])
            )
            if re.match(r"(?i)independent|interim", split[0]):
                posts.append(
                    split[0]
                )  # 'Independent Chair Westby Board': a post of its own, and the chair of it
            last = None
            continue
        if split := split or _post_then_body(part):  # 'Member EXCB': cells run together
            cleaned[n + 1 : n + 1] = [split[1]]
            part = split[0]
        if n and (found := people_in(part)) and found[0].start == 0 and part_type(part) != "organisation":
            break  # 'X, Manager, Jane Doe Coordinator': the next person's entry, run on into this one
        if IN_THE_CHAIR.fullmatch(part):  # "Councillor Smith (in the Chair)"
            roles.append(("vice_chair" if "vice" in part.lower() else "chair", None))
            continue
        if not part[:1].isupper():
            if (
                len(part.split()) <= 8
                and part.split()[0]
                not in NOT_IN_POST | {"was", "is", "are", "were", "has", "have", "had", "will"}
                and part_type(SMALL_LETTER.sub(lambda m: m.group(0).upper(), part)) == "post"
            ):
                posts.append(part)  # '…, who became X Council's cabinet member for safer communities'
            last = None
            continue
        kind = part_type(part)
        at = (
            re.match(r"(.+?)\s+at\s+(?:the\s+)?([A-Z].+)$", part)
            if kind in {"post", "organisation"}
            else None
        )
        if at and kind == "organisation":  # 'Project Officer, Community Safety at X': the post's department
            if (
                posts
                and n
                and cleaned[n - 1] == posts[-1]
                and head_kind(at.group(2))
                and not part_type(at.group(1))
            ):
                posts[-1], part, kind = f"{posts[-1]}, {at.group(1)}", at.group(2), part_type(at.group(2))
            at = None
        if at and head_kind(at.group(2)) and part_type(at.group(1)) == "post":
            # 'Cabinet Member for X at Westvale Council and chair of …': the post, then the body
            pieces = re.split(r"(?i)\s+and\s+(?:the\s+)?(?=(?:vice[- ]|deputy\s+|co-)?chair)", at.group(2))
            cleaned[n + 1 : n + 1] = [p[:1].upper() + p[1:] for p in pieces]  # '… and chair of X': a role
            part = at.group(1)
        chair_of = ROLE_OF.match(part) if kind in {"role", "post"} else None
        if kind != "person" and not chair_of and (titled := ROLE_OF.match(part)):
            if len(titled.group(1).split()) > 1 and part_type(titled.group(1)) in {"role", "post"}:
                posts.append(titled.group(1))  # 'Independent Chair of the X Partnership': his post, no body
            continue
        post_of = re.match(r"(.+?)\s+(?:of|for)\s+(?:the\s+)?(.+)$", part) if kind == "post" else None
        if (
            chair_of
        ):  # "Chair of the X Board", "Independent Chair of X", "Cabinet Member for Y and Chair of Z"
            lead, target = chair_of.group(1), chair_of.group(2)
            if also := and_post(target):  # 'Chair of X and Director, Y': a post after the body chaired
                target, cleaned[n + 1 : n + 1] = target[: also.start()], [target[also.start(1) :]]
            role = "vice_chair" if "vice" in lead.lower() else "chair"
            before = re.sub(r"(?i)\s*(?:and|&)?\s*\b(?:vice[- ])?chair(?:man|person)?$", "", lead).strip(" ,")
            if before and part_type(before) == "post":
                posts.append(before)
            elif len(before.split()) == 1 and before[:1].isupper():
                posts.append(lead)  # "Independent Chair"
            roles.append((role, target))
            last = None
        elif (
            post_of
            and head_kind(post_of.group(2))
            and (
                not generic(post_of.group(2))
                or named_body(post_of.group(2))
                and re.search(r"\s(?:of|for)\s+the\s", part) is not None
            )  # 'Manager for the Youth Offending Service'; 'Head of Youth Justice Service' is one post
            and is_post(post_of.group(1))
        ):
            posts.append(post_of.group(1))  # "Chief Executive of the Exampleton Forum"
            orgs.append(post_of.group(2))
            last = None
        elif kind == "role":
            role, of = role_of(part)
            following = cleaned[n + 1] if n + 1 < len(cleaned) else ""
            if (
                of is None
                and following[:1].isupper()
                and part_type(following) in {"organisation", None}
                and len(part.split()) == 1
                and f"({part})" not in quote  # "Jane Doe (Chair), Exampleton Trust": the meeting's
                and f"({following})" not in quote  # "Chairperson (Exampleton Trust)": the meeting's, his body
                and re.search(rf"{re.escape(part)}\s*[,–—-]\s*{re.escape(following)}", quote) is not None
            ):  # (written together: not a row 'Chair | Cllr X | X Council', whose council is his employer)
                of = following  # "Chair, Exampleton Trust": the body's chair, not the meeting's
            roles.append((role, of))
            if of is None and re.fullmatch(
                r"(?i)(?:independent|lay|clinical|joint)\s+(?:co-?)?chair(?:man|person)?", part
            ):
                posts.append(part)  # 'Independent Chair': the post she holds as well as her role
            last = None
        elif kind == "post" and part.lower() not in {"member", "members", "representative"}:
            posts.append(part)
            last = "post"
        elif kind == "organisation" and len(part.split()) <= 12:
            if not (is_acronym(part) and orgs and _stands_for(part, orgs[-1])):  # "… Group (CCG)"
                orgs.append(part)
            last = None
        elif (
            kind is None
            and last == "post"
            and len(part.split()) <= 6
            and (generic(part) or n + 1 < len(cleaned))
            and not UNIT_TAIL.search(part)  # '…, Housing & Community services': the unit the post is in
        ):
            posts[-1] = f"{posts[-1]}, {part}"  # "Service Manager, Youth Justice"
        elif kind is None and len(part.split()) <= 8:
            orgs.append(part)
            last = None
    employers = [o for o in orgs if head_kind(o) in {Kind.ORGANISATION, None}]
    if not orgs:  # "Chair of Exampleton University Health Board": the body chaired is the employer
        employers = [of for _, of in roles if of and head_kind(of) is Kind.ORGANISATION]
    return posts, employers or orgs, roles


def _how_attended(part: str) -> bool:
    """'(Substitute)', '(Item 4)', '(for items 3-5)': how someone attended, not who they are; nor is a
    date or a status in a row ('March 2022', '2021/22', 'On track')."""
    first = re.split(r"[\s\d]", part.strip(), maxsplit=1)[0].strip(".:").title()  # 'Tel. 01234 …'
    if first in vocabulary()["not_parts"] or part.title() in vocabulary()["not_parts"]:
        return True
    return bool(DATE_OR_STATUS.fullmatch(part.strip()))


MOTION_NOTE = re.compile(
    r"(?i)(?:nominated|proposed|seconded|moved|agreed|carried|supported)\s+(?:by|unanimously)\b"
)
NEXT_ITEM_NUMBER = re.compile(r"\s\d{1,2}\.?\s+(?=[A-Z])")
UNKNOWN_NAME = re.compile(r"\b[A-Z][a-z’'-]+ [A-Z][\w’'-]+$")
INITIALS_AFTER = re.compile(r"\s*\(((?:Cllr |Dr )?[A-Za-z]{2,4})\d?\)")  # 'Ben Lee (BL2)': a second BL


def _initialled_run(line: str) -> str:
    """'Present Jane Doe (JD) Westby Council Tim Roe (TR) Westby Police Apologies Ann Poe (AP) X' -> 'Present:
    Jane Doe, Westby Council; Tim Roe, Westby Police; Apologies: Ann Poe, X': a page run into one line whose
    names each carry their own initials in brackets. The initials end a name, the name opens an entry, and a
    list's label closing the text between two entries opens the next list."""
    if line.count("(") < 3:
        return line
    named = {p.end: p for p in people_in(line)}
    marks = []
    for m in INITIALS_AFTER.finditer(line):
        if p := named.get(m.start()):  # the name read as a person's, with its title ('Bishop Ann Lee (BAL)')
            if any(_own_initials(m.group(1), p.text[k:].split()) for k in (len(p.title), 0)):
                marks.append((p.start, m.end()))
        elif (run := UNKNOWN_NAME.search(line, max(0, m.start() - 60), m.start())) and _own_initials(
            m.group(1), run.group(0).split()
        ):  # 'Ikra Shakoor (IS)': a name no dictionary knows, its initials in brackets after it
            marks.append((run.start(), m.end()))
    bodies = [
        line[after:following].strip(" ,;")
        for (_, after), (following, _) in zip(marks, marks[1:], strict=False)
    ]
    if len(marks) < 3 or sum(map(bool, bodies)) < len(bodies) / 2:
        return line  # 'Jane Doe (JD), Tim Roe (TR), …': names only, a list as it stands
    pattern, _ = _labels()
    out = line[: marks[0][0]].rstrip()
    if (label := pattern.search(out)) and label.end() == len(out):
        out += ":"
    for (start, after), (following, _) in zip(marks, [*marks[1:], (len(line), 0)], strict=True):
        name = INITIALS_AFTER.sub("", line[start:after])
        between = line[after:following].strip(" ,;")
        if following == len(line) and (item := NEXT_ITEM_NUMBER.search(between)):
            between = f"{between[: item.start()]}.{between[item.start() :]}"  # '… Westby Council 1. Welcome'
        label = next((m for m in pattern.finditer(between) if m.end() == len(between)), None)
        if label and following < len(line):  # '… West Yorkshire Police Apologies Cllr …': the next list
            between = f"{between[: label.start()].rstrip()}; {label.group(0).rstrip(':')}:"
        out += f" {name}, {between}" if between else f" {name}"
        out += ";" if following < len(line) and not between.endswith(":") else ""
    return out


def _own_initials(part: str, name_words: list[str]) -> bool:
    """'JD' or 'JDo' after Jane Doe: the person's initials, written to refer to them in the minutes."""
    # each initial of a dotted run counts ('D.J.E. Hall': DJEH)
    letters = "".join(re.findall(r"(?:^|(?<=[\s.]))([A-Z])", " ".join(name_words)))
    part = TITLE_BEFORE_INITIALS.sub("", part)  # 'Cllr PM', 'Dr SA': the title the name is written with
    capitals = "".join(c for c in part if c.isupper())
    return (
        2 <= len(part) <= 4
        and part[:1] == letters[:1]
        and part.isalpha()
        and (
            (
                part[:2].upper() == part[:2]
                and (letters.startswith(part[:2]) or part[:2] == letters[:1] + letters[-1:])
            )
            or (part.isupper() and part[-1] == letters[-1])  # 'L. Cooney (LMC)': a middle name not written
            or (len(capitals) >= 2 and capitals in (letters, letters[:1] + letters[-1:]))  # 'StM', 'ALl'
        )
    )


TITLE_BEFORE_INITIALS = re.compile(r"^(?:Cllr|Councillor|Dr|Prof|Mr|Mrs|Ms|Miss|Sir|Rev)\.?\s+(?=[A-Z])")


def _stands_for(acronym: str, name: str) -> bool:
    """'CCG' for 'Exampleton Clinical Commissioning Group': its letters in order among the initials."""
    letters = iter("".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[:1].isupper()))
    return all(c in letters for c in acronym.rstrip("s"))


def _generic_group_word(word: str) -> bool:
    """A word of a group's name that names no place ('Public Services Board', 'Health and Wellbeing Board')."""
    w = word.lower()
    return (
        w in qualifiers()
        or w in group_heads()
        or w in SMALL_WORDS
        or w in ("services", "service", "well-being")
    )


def _fuller_council(ctx: Context, bare: str) -> str | None:
    """The first council of that kind the document names with its place ('Westby Parish Council')."""
    m = re.search(rf"\b((?:[A-Z][\w'’-]+\s+){{1,3}}){re.escape(bare)}\b", "\n".join(ctx.doc.lines[:40]))
    words = m.group(1).split() if m else []
    return (
        f"{' '.join(words)} {bare}" if words and words[0] not in {"The", "Minutes", "Meeting", "A"} else None
    )


def _group_mention(ctx: Context, group: str | None) -> Mention | None:
    if not group:
        return None
    group = without_record_lead(group) or group  # 'NOTE of MEETING of the X GROUP'
    group = (
        titlecase(group) if group.isupper() and " " in group else group
    )  # 'WESTVALE COMMUNITY PLANNING PARTNERSHIP'
    bare = re.sub(r"(?i)^(?:the|this|our)\s+", "", group)
    words = bare.split()
    if (len(words) == 2 or 2 < len(words) <= 4 and all(_generic_group_word(w) for w in words)) and (
        longer := ctx.longer_name(bare)
    ):
        # 'Steering Group' of 'the meeting of the Partnership Steering Group'; 'Public Services Board' of the
        # Westby Public Services Board's papers
        group = longer
    if KIND_OF_COUNCIL.fullmatch(bare) and (fuller := _fuller_council(ctx, bare)):
        group = fuller  # 'Minutes of the Parish Council meeting' under 'Westby Parish Council': that council
    if bare.lower() in BARE_HEADS:  # 'Chair of the Partnership': the partnership the document names
        group = ctx.own_group(bare.capitalize(), len(ctx.doc.lines))
        if not group:
            return None
    m = ctx.mention(group)
    return m if m.kind in GROUP_KINDS else Mention(m.name, Kind.GROUP)


def people_lists(ctx: Context):
    reader = PeopleLists(ctx)
    for kind, group, entries in reader.found:
        group_m = _group_mention(ctx, group)
        if shared := _shared_body(ctx, entries):  # '…, B (Post) and C (Post), all Exampleton Council.'
            end = max(e.line_end for e in entries if isinstance(e, Entry))
            for e in entries:
                if isinstance(e, Entry) and not any(part_type(p) == "organisation" for p in e.parts):
                    e.parts = [*e.parts, shared]
                    e.line_end, e.quote = end, ctx.doc.raw(e.line_start, end)  # the quote holds the body
        _bodies_closing_segments(ctx, entries)
        for e in entries:
            if isinstance(e, Body):
                if group_m is not None and kind == "member":
                    what = (
                        Kind.POST if part_type(e.name) == "post" else head_kind(e.name) or Kind.ORGANISATION
                    )
                    body = ctx.mention(e.name, what)
                    yield Claim(
                        body,
                        Rel.MEMBER,
                        group_m,
                        Evidence(ctx.name, e.line, e.line, fold(e.quote)),
                        "people.list.body",
                        0.75,
                    )
                continue
            yield from _entry_facts(ctx, e, kind, group_m, f"people.list.{kind}", reader.common)
    for kind, e in reader.table_rows:
        yield from _entry_facts(
            ctx, e, kind, _group_mention(ctx, reader.group_above(e.line_start)), "people.table", reader.common
        )
    for e in reader.record_entries:
        yield from _entry_facts(ctx, e, "mention", None, "people.record", reader.common)
    standalone = list(reader.standalone())
    listed = _unlabelled_list(standalone, reader.lines)
    # 'National Review Team:-' over the run: the group it is headed by, else the one the minutes are of
    heading = _heading_above(reader.lines, min(listed)) if listed else None
    run_group = _group_mention(
        ctx, (_group_in(heading.rstrip(":- ")) if heading else None) or reader.main_group
    )
    for e in standalone:  # 'Councillor P Barnes (Chair)' under a committee's title: its chair
        group = _group_mention(ctx, reader.group_above(e.line_start)) if e.line_start <= 20 else None
        if group is None and any(IN_THE_CHAIR.fullmatch(p.strip(" .")) for p in e.parts):
            group = _group_mention(ctx, reader.main_group)  # 'Jane Doe in the Chair' under the attendance
        if e.line_start in listed:  # the attendance, unlabelled, opening a meeting's minutes
            group = run_group
            yield from _entry_facts(ctx, e, "member", group, "people.unlabelled_list", reader.common)
            continue
        yield from _entry_facts(ctx, e, "mention", group, "people.entry", reader.common)
    for e in reader.run_entries(listed, {e.line_start for e in standalone}):  # 'Jo Roe   Resident' in the run
        yield from _entry_facts(ctx, e, "member", run_group, "people.unlabelled_list", reader.common)
    yield from _chair_lines(ctx, reader)
    yield from _said_chairs(ctx, reader)
    yield from _press_members(ctx, reader)
    yield from _role_first_lines(ctx, reader)
    yield from _movers(ctx, reader)
    yield from _signatories(ctx, standalone, reader.common)
    yield from appositions(ctx, reader)
    yield from _respectively(ctx)
    yield from _vice_after_chair(ctx)


def _name_run(rest: str) -> str:
    """'Jane Doe Tim Roe Ann Poe Election of Chair 1. This item …': names run together with nothing between
    them end where the first words that are no name come (two or more names in a row, no punctuation)."""
    if re.search(r"[,;()–—]|\s-\s", rest[:300]):
        return rest  # entries set apart by punctuation: read as they are
    people = people_in(rest[:2000])
    if len(people) < 3 or rest[: people[0].start].strip():
        return rest
    for k, (a, b) in enumerate(itertools.pairwise(people)):
        gap = rest[a.end : b.start].strip()
        post = len(gap.split()) <= 8 and not re.search(r"\d|\.\s", gap) and part_type(gap) is not None
        if not post and re.search(r"\d|\b(?!(?:of|and|for|the|to|in)\b)[a-z]{2,}", gap):
            # prose, not a name read short nor a post between names ('… Scrutiny Lead for Children')
            return rest[: a.end] if k >= 1 else rest
    return rest


def _named_before(lines: list[str], n: int, head: str) -> str | None:
    """The last full name ending in ``head`` ('Board') on line ``n`` (1-based) or the ten lines above it."""
    pattern = re.compile(rf"(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|&|the)\s+)*){{1,8}}{head.capitalize()}\b")
    for k in range(n, max(0, n - 11), -1):
        if found := [m.group(0) for m in pattern.finditer(lines[k - 1]) if not m.group(0).startswith("The ")]:
            return found[-1]
    return None


def _heading_above(lines: list[str], n: int) -> str | None:
    """The nearest line above line ``n`` (1-based, within three) when it is a label ending in ':' or ':-'."""
    for k in range(n - 1, max(0, n - 4), -1):
        if text := lines[k - 1].strip():
            return text if re.search(r":-?$", text) else None
    return None


def _signatories(ctx: Context, entries: list[Entry], common: frozenset[str]):
    """Three or more people set one after another with their posts and bodies, and no label over them (the
    signatures under a partnership's agreement or foreword), in the papers of a partnership or board:
    the bodies they sign for are its members."""
    named = ctx.title_group or (
        _group_in(ctx.title) if ctx.title else None
    )  # 'X Partnership Agreement 2009-12'
    group = _group_mention(ctx, named) if named else None
    if group is None or group.kind not in (Kind.PARTNERSHIP, Kind.GROUP):
        return
    runs: list[list[Entry]] = []
    for e in entries:
        if runs and e.line_start - runs[-1][-1].line_end <= 3:
            runs[-1].append(e)
        else:
            runs.append([e])
    for run in runs:
        signed = [(e, _read_entry(e.person, e.parts, common, e.quote)[1]) for e in run]
        if len(run) < 3 or sum(bool(bodies) for _, bodies in signed) < 3:
            continue
        if _heading_above(ctx.doc.lines, run[0].line_start):
            continue  # a list under its own label ('Review Team:-'), no signatures
        for e, bodies in signed:
            ev = Evidence(ctx.name, e.line_start, e.line_end, fold(e.quote))
            for body in bodies[:1]:
                if norm(body) != norm(group.name):
                    yield Claim(
                        ctx.mention(body, head_kind(body) or Kind.ORGANISATION),
                        Rel.MEMBER,
                        group,
                        ev,
                        "people.signatories",
                        0.6,
                    )


SHARED_BODY = re.compile(
    r",?\s+(?:all|both)\s+(?:of\s+)?(?:the\s+)?(?P<body>[A-Z][^.,;()]{2,100}?)\s*\.?\s*$"
)


def _bodies_closing_segments(ctx: Context, entries: list) -> None:
    """'A, Chair, B, Chief Executive and C, Director of Public Health, Westby NHS; D, …': in a list parted by
    semicolons, the body closing a part is the body of each person in it who has none."""
    people = [e for e in entries if isinstance(e, Entry)]
    if len(people) < 3 or people[0].line_start != people[-1].line_end:
        return  # one line's list only
    line = ctx.doc.lines[people[0].line_start - 1]
    if line.count(";") < 2:
        return
    at = [line.find(e.person.text) for e in people]
    if any(x < 0 for x in at) or at != sorted(at):
        return
    bounds = [m.start() for m in re.finditer(";", line)] + [len(line)]
    for end in bounds:
        part = [
            e for e, x in zip(people, at, strict=True) if x < end and not any(x < b < end for b in bounds)
        ]
        bodies = [[p for p in e.parts if part_type(p) == "organisation"] for e in part]
        if len(part) >= 2 and bodies[-1] and not any(bodies[:-1]):
            body = bodies[-1][-1]
            for e in part[:-1]:
                chair = [
                    p for p in e.parts if CHAIR_ROLE.fullmatch(p.strip()) and f"({p.strip()})" not in e.quote
                ]
                # 'A, Chair, B, Chief Executive, Westby NHS': A chairs the body, not the meeting
                e.parts = [f"{p} of {body}" if p in chair else p for p in e.parts] + [body]


def _shared_body(ctx: Context, entries: list) -> str | None:
    """The body a list's last words give every entry ('…, all Exampleton Council.'), on its last line."""
    last = next((e for e in reversed(entries) if isinstance(e, Entry)), None)
    if last is None or not 0 < last.line_end <= len(ctx.doc.lines):
        return None
    m = SHARED_BODY.search(clean(ctx.doc.lines[last.line_end - 1]))
    return m.group("body") if m and part_type(m.group("body")) == "organisation" else None


def _entry_facts(
    ctx: Context,
    e: Entry,
    kind: str,
    group: Mention | None,
    method: str,
    common: frozenset[str] = frozenset(),
):
    if (handed := _handed_on(e)) is not None:  # 'X, Chief Constable, delegated to Y, Superintendent, Z'
        own, delegate = handed
        yield from _entry_facts(ctx, own, kind, group, method, common)
        yield from _entry_facts(ctx, delegate, "mention", None, method, common)
        return
    ev = Evidence(ctx.name, e.line_start, e.line_end, fold(e.quote))
    person = Mention(tidy(e.person.name), Kind.PERSON)
    if e.person.text != e.person.name:
        yield Description(person, ev, method, alias=tidy(e.person.text))
    posts, orgs, roles = _read_entry(e.person, e.parts, common, e.quote)
    orgs = [ctx.council if o == OWN_COUNCIL else o for o in orgs if o != OWN_COUNCIL or ctx.council]
    if kind == "staff" and not orgs and ctx.title and re.search(r"\b(?:Council|Authority)$", ctx.title):
        orgs = [ctx.title]  # 'Contact officer: Jane Doe, Public Health Manager' on a council's report
    if (rank := rank_post(e.person.title)) and rank not in posts:
        posts.append(_qualified_rank(ctx, e, rank))
    org = orgs[0] if orgs else None
    for post in posts:
        yield Claim(person, Rel.HOLDS, ctx.mention(post, Kind.POST, scope=org), ev, method, 0.8)
    for o in orgs:
        yield Claim(person, Rel.WORKS_FOR, ctx.mention(o, head_kind(o) or Kind.ORGANISATION), ev, method, 0.8)
    if kind in {"chair", "vice_chair"}:  # the label says the role here ('Vice-Chair: X, Clinical Chair, Y')
        roles = [(r, of) for r, of in roles if of is not None] + [(kind, None)]
    # 'Chair, NHS X and Chair of the Y Group': two bodies chaired; a name never runs past a ';'
    roles = [
        (role, piece.strip() if of else None)
        for role, of in roles
        for piece in (
            re.split(r"\s+and\s+(?i:chair(?:man|person)?)\s+of\s+(?:the\s+)?", of.split(";")[0])
            if of
            else [""]
        )
    ]
    for role, of in roles:
        if of and re.search(rf"{re.escape(of)}\s+(?:and|of|the|for|&)\s*$", ctx.doc.lines[e.line_end - 1]):
            continue  # 'Chair of Westby Policing and' at a line's end: the name goes on past it, unread
        target = _group_mention(ctx, of) if of else group
        if target is not None:
            yield Claim(person, Rel.CHAIR if role == "chair" else Rel.VICE_CHAIR, target, ev, method, 0.85)
        elif (
            kind in LIST_KINDS
            and not of
            and not posts
            and (seat := next((p for p in e.parts if role_of(p) == (role, None)), None))
        ):
            # 'Jane Doe (Vice-Chair), Westby Council' in a list no group is named for: the seat as her post
            yield Claim(person, Rel.HOLDS, ctx.mention(seat.strip(" ()"), Kind.POST), ev, method, 0.7)
        if of and group is not None and _bare_subgroup(of):
            # the chair of 'Training Sub-group' at the Board's meeting: a sub-group of that board
            yield Claim(target, Rel.SUBGROUP_OF, group, ev, method, 0.6)
    if group is not None and kind in {"member", "chair", "vice_chair", "apology"}:
        # members who sent apologies are members still: the role says they were absent
        role = next((r for r, of in roles if of is None), "apologies" if kind == "apology" else None)
        yield Claim(person, Rel.MEMBER, group, ev, method, 0.7 if kind == "apology" else 0.8, role=role)


RANK_QUALIFIER = re.compile(
    r"\b(Borough|District|Sector|Partnership|Neighbourhood|Area|Divisional|Station)\s+$"
)


def _qualified_rank(ctx: Context, e: Entry, rank: str) -> str:
    """'Borough Commander Jane Doe', 'Sector Inspector Tim Roe': the rank with the word that says its post."""
    line = clean(ctx.doc.lines[e.line_start - 1])
    at = line.find(e.person.text)
    m = RANK_QUALIFIER.search(line[:at]) if at > 0 and e.person.title.split()[0] == rank.split()[0] else None
    return f"{m.group(1)} {rank}" if m else rank


BARE_SUBGROUP = re.compile(
    r"(?:the\s+)?(?:[A-Z][a-z]+|and|&)(?:\s+(?:[A-Z][a-z]+|and|&)){0,5}\s+Sub-?(?i:group|committee)"
)


def _bare_subgroup(name: str) -> bool:
    """A sub-group named by its subject alone, no body's name in it ('Training and Education Sub-group')."""
    return BARE_SUBGROUP.fullmatch(name) is not None and not any(head_kind(w) for w in name.split()[:-1])


POST_BEFORE = re.compile(
    r"(?:^|\bthe\s+|,\s+)((?:[A-Z][\w'’&-]*|of|for|and|the|&)(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|&)){0,12})[\s,]*$"
)


def appositions(ctx: Context, reader: PeopleLists):
    """People named in prose with their posts and bodies after or before the name."""
    wrapped = reader.wrapped - reader.listed
    for n, line in enumerate(reader.lines, 1):
        if n in reader.listed or not line:
            continue
        following = reader.lines[n] if n < len(reader.lines) else ""
        if (
            n + 1 in wrapped
            and following
            and not LABEL_LINE.match(following.strip())
            and not re.match(r"[A-Z]{2,3}\s+[a-z]", following)  # 'JD welcomed everyone': a new sentence
        ):
            # one paragraph wrapped: its next line goes on with this one (not 'Protective Marking: …')
            text = f"{line.rstrip()} {following.strip()}"  # ('Inspector Sam' / 'Reed of Westvale Police')
        else:
            text = _run_on(line, following)  # a name wrapped: 'chair of the Safer' + 'Westvale Partnership'
        last = n + 1 if len(text) > len(line) else n
        persons = people_in(text)
        handed: list[str] = []  # the parts after the person before, which are this person's (in turn)
        became_to = -1  # where the last 'X became POST' read ends: that post is X's, not the next person's
        for k, p in enumerate(persons):
            if p.start >= len(line.rstrip()):
                break  # the next line's people are read with it
            after = text[p.end :]
            elected = ELECTED.match(after) or (
                APPOINT_BEFORE.search(text[: p.start]) and AS_CHAIR.match(after)
            )
            of = elected.group(2) if elected else None
            of = ctx.expand(of) if of else of  # 'the new chair of WUHB': the name it stands for
            if of and head_kind(of) not in GROUP_KINDS and not MEETING_BODY.search(of):
                # chair of a body that has none of its own: no chair, the person's other facts still read
                elected = None
            if (
                elected
            ):  # "Cllr Jane Doe was elected Chairperson for the year", "to appoint Jane Doe as Vice Chair"
                role = "vice_chair" if elected.group(1) else "chair"
                # 'was elected Chairperson for the year' in minutes titled by the group: that group's
                own = None if _meets_as_group(ctx) else ctx.title_body  # a council's own minutes: the council
                whose = re.search(
                    r"(?i)\b(board|partnership|group|committee|forum|panel)[’']s\s", elected.group(0)
                )
                if whose and not of:  # ', is the board's vice chair': the board named last
                    of = _named_before(reader.lines, n, whose.group(1)) or ctx.own_group(
                        whose.group(1).capitalize(), n
                    )
                group = _group_mention(ctx, of or reader.title_group or own)
                if group is None:
                    if seat := CHAIR_SEAT.search(elected.group(0)):  # 'That Cllr X be appointed as Chair': no
                        ev = Evidence(ctx.name, n, last, fold(text[p.start : p.end + elected.end()]))  # group
                        post = ctx.mention(seat.group(0)[:1].upper() + seat.group(0)[1:], Kind.POST)  # named
                        yield Claim(
                            Mention(tidy(p.name), Kind.PERSON),
                            Rel.HOLDS,
                            post,
                            ev,
                            "people.elected_seat",
                            0.6,
                        )
                    continue
                entry = Entry(p, n, last, text[p.start : p.end + elected.end()], [])
                yield from _entry_facts(ctx, entry, role, group, "people.elected", reader.common)
                # and on, for a post written before the name ('Westby Police commander X has become the chair')
            if office := ELECTED_OFFICE.match(after):  # 'that Councillor X be elected as Mayor': the office
                ev = Evidence(ctx.name, n, last, fold(text[p.start : p.end + office.end()]))
                post = ctx.mention(office.group("office"), Kind.POST)
                yield Claim(
                    Mention(tidy(p.name), Kind.PERSON), Rel.HOLDS, post, ev, "people.elected_office", 0.7
                )
            if (became := BECAME.match(after)) and not elected and not office:
                named = DATE_TAIL.sub(
                    "", name_prefix(after[became.end() :])
                )  # '… Council in May 2015': the body
                post, body = (
                    re.split(r"\s+(?:for|at|with)\s+(?:the\s+)?(?=[A-Z])", named, maxsplit=1) + [""]
                )[:2]
                if part_type(post) in ("post", "organisation"):
                    quote = text[p.start : p.end + became.end() + len(named)]
                    bodies = [body] if len(body.split()) >= 2 and part_type(body) == "organisation" else []
                    entry = Entry(p, n, last, quote, [post, *bodies])
                    yield from _entry_facts(ctx, entry, "mention", None, "people.became", reader.common)
                    became_to = p.start + len(quote)
            if (
                held := ROLE_BEFORE.search(text[: p.start])
                or CHAIRS_OF.search(text[: p.start])
                or CHAIR_OF_BEFORE.search(text[: p.start])
                or NAMED_CHAIR_AS.search(text[: p.start])
            ) and (
                group := _group_mention(ctx, _post_cut(held.group("group")))
            ):  # "The partnership's vice-chair, Group Manager Jane Doe": her role in it
                role = Rel.VICE_CHAIR if re.match(r"(?i)vice|deputy", held.group("role")) else Rel.CHAIR
                ev = Evidence(ctx.name, n, last, fold(text[held.start() : p.end]))
                yield Claim(Mention(tidy(p.name), Kind.PERSON), role, group, ev, "people.role_before", 0.8)
            parts, used = _parts_after(after)
            if took := _taken_over(after):  # 'Jane Doe has replaced John Roe as the X Council's Director'
                parts, used, handed = took, len(after[: after.find(took[0]) + len(took[0])]), []
            head, first = text[: p.start], n
            before = _parts_before(head)
            if not before and (split := _post_into_title(head, p)):
                head, p, before = split
            above = reader.lines[n - 2] if n > 1 else ""
            if (
                not before
                and above
                and n - 1 not in reader.listed
                and not re.search(r"[.:;!?]\s*$", above)
                and not head.rstrip().endswith(":")  # 'Lead: X' is a field of its own line
                and (
                    n in wrapped or WRAPPED.search(above) or part_type(above.strip(" ,")) in ("post", "role")
                )
            ):  # 'The Director of Children's' / 'Services, Ms X, attends': the post began on the line above;
                # 'Independent Chair' over 'Jane Doe' (a card)
                joined = f"{reader.lines[n - 2].rstrip()} {head}"
                if before := _parts_before(joined):
                    head, first = joined, n - 1
            before, handed = [] if took else before or handed, []
            if before and text.rfind(before[0], 0, p.start) < became_to:
                before = []  # 'A was appointed as Chief Executive, B as Chair': the post is A's
            if before and head.rstrip().endswith(",") and _bracketed_post(after, parts):
                before = []  # 'welcomed the Leader of the Council, Jane Doe (Head of X, Y)': the post is hers
            if (
                before and parts and k + 1 < len(persons)
            ):  # 'Head of X, Jane Doe, Portfolio Holder for Y, Cllr Roe'
                segment = text[p.end : persons[k + 1].start]
                mine = [x for x in parts if x in segment]
                if mine and _next_in_turn(segment[segment.rfind(mine[-1]) + len(mine[-1]) :]):
                    handed, parts, used = mine, [], 0  # the next person's, in turn
            if not parts and not before and not rank_post(p.title):
                continue
            whole, at = head + text[p.start :], len(head)
            quote_start = (  # a post cased as read, its apostrophe either way ("council’s" for "council's")
                whole.lower().replace("’", "'").rfind(before[0].lower().replace("’", "'"), 0, at)
                if before
                else at
            )
            quote_start = at if quote_start < 0 else quote_start
            quote = whole[quote_start : at + (p.end - p.start) + used].strip(" ,;.(")
            entry = Entry(p, first, last, quote, before + parts)
            yield from _entry_facts(ctx, entry, "mention", None, "people.apposition", reader.common)
            if k and text[persons[k - 1].end : p.start] in (" and ", " & ") and not before:
                # 'Jane Doe and Ann Poe, Westby Health Agency, spoke': the body after a pair is both's
                pair = persons[k - 1]
                bodies = [x for x in parts if part_type(x.strip(" .;")) == "organisation"]
                shared = Entry(pair, first, last, whole[pair.start : quote_start + len(quote)], bodies)
                if bodies:
                    yield from _entry_facts(ctx, shared, "mention", None, "people.apposition", reader.common)


CHAIR_WORD = r"(?:(?:Vice|Deputy|Depute)[- ]?)?[Cc]hair(?:man|person|woman)?"
RESPECTIVELY = re.compile(  # '… be confirmed as Chairman and Vice-Chairman of the X Board respectively'
    rf"\b(?:be|been|were|are)\s+(?:duly\s+)?(?:(?:re-?)?elected|confirmed|appointed|nominated|agreed)?\s*(?:as\s+)?"
    rf"(?:the\s+)?(?P<r1>{CHAIR_WORD})\s+and\s+(?:the\s+)?(?P<r2>{CHAIR_WORD})\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<group>[A-Z][\w’'&-]{0,40}(?:\s+(?:[A-Z][\w’'&-]{0,40}|of|and|for|&)){0,10}?)\s*,?\s+respectively\b"
)


def _respectively(ctx: Context):
    """'A, X Council, and B, Chair of Y, be confirmed as Chairman and Vice-Chairman of the Z Board
    respectively': the first person named takes the first role, the second the second."""
    for block in ctx.doc.blocks:
        for s in ctx.doc.sentences(block) if "respectively" in block.text else ():
            m = RESPECTIVELY.search(s.text)
            named = people_in(s.text[: m.start()]) if m else ()
            group = _group_mention(ctx, m.group("group")) if len(named) == 2 else None
            for person, role in zip(named, (m.group("r1"), m.group("r2")), strict=False) if group else ():
                rel = Rel.VICE_CHAIR if re.match(r"(?i)vice|deputy|depute", role) else Rel.CHAIR
                yield Claim(
                    Mention(tidy(person.name), Kind.PERSON), rel, group, ctx.ev(s), "people.respectively"
                )


SECTION_OF = re.compile(
    r"(?i)\s*(?:\d+\.?\s+)?(?:purpose|role|remit|functions?|duties|aims?|objectives?|scope|work|terms\s+of\s+reference"
    r"|election|appointment|nominations?)"
    r"\s+of\s+(?:the\s+)?(?:committee|board|group|panel|forum|partnership|sub-?committee|sub-?group)\s*$"
)
POST_OPENING = re.compile(r"(?:Head|Director|Chief|Deputy|Assistant|Interim|Lead)\b")
PURPOSE = re.compile(r"\s*To\s+[a-z]+\s")  # 'To provide the X Group with …': a purpose's clause, no heading
CHAIR_THEN_VICE = re.compile(  # 'Cllr A, Chair of the X Partnership and B, Vice Chair': the same body's
    r",\s+Chair(?:man|person|woman)?\s+of\s+(?:the\s+)?(?P<group>[A-Z][\w&’' -]{2,120}?)\s+and\s+"
    r"(?P<rest>[A-Z][\w.’' -]{2,60}?),\s+(?:Vice|Deputy)[- ]Chair(?:man|person|woman)?\b"
)


def _vice_after_chair(ctx: Context):
    """'Cllr A, Chair of the X Partnership and B, Vice Chair.': B is the vice-chair of the same body."""
    for block in ctx.doc.blocks:
        for s in ctx.doc.sentences(block) if "Vice" in block.text or "Deputy" in block.text else ():
            for m in CHAIR_THEN_VICE.finditer(s.text):
                named = people_in(m.group("rest"))
                if len(named) == 1 and named[0].start == 0 and named[0].end == len(m.group("rest").strip()):
                    group = _group_mention(ctx, m.group("group"))
                    if group is not None:
                        person = Mention(tidy(named[0].name), Kind.PERSON)
                        yield Claim(person, Rel.VICE_CHAIR, group, ctx.ev(s), "people.vice_after_chair")


RECORD_ONLY = re.compile(  # 'Minute of Meeting', 'A Board Meeting': the meeting, no group's name
    r"(?i)(?:(?:the\s+)?(?:minutes?|notes?|record)\s+of\s+(?:the\s+|a\s+)?)?(?:an?\s+)?(?:board\s+|group\s+)?meetings?"
)
COUNCIL_LINE = re.compile(  # a body that meets, its name alone on a line: 'Westby Council', 'WESTBY POLICE AUTHORITY'
    r"(?:[A-Z][\w’'&-]+\s+){1,5}(?:(?:Borough|County|District|City|Town|Parish|Community)\s+)?Council"
    r"|(?:[A-Z][\w’'&-]+\s+){1,5}(?i:(?:police|fire(?:\s+and\s+rescue)?|combined|transport|joint)\s+authority)"
)


def _meets_as_group(ctx: Context) -> bool:
    """The document speaks of a board, committee or other group meeting ('Chair of the Board'), not only of
    its title's body (read once per document)."""
    if _meets_as_group not in ctx.memo:
        text = "\n".join(ctx.doc.lines)
        ctx.memo[_meets_as_group] = bool(
            re.search(r"\b(?:of|to)\s+the\s+(?:Board|Committee|Panel|Group|Partnership|Forum)\b", text)
        )
    return ctx.memo[_meets_as_group]


POST_DASH = re.compile(
    r"\s*[A-Z][^–—]{2,80}?\s+[–—-]\s*"
)  # 'Director of Community Planning – ' before a name


def _next_in_turn(between: str) -> bool:
    """Only a comma, 'and' or an article stand between the parts after one person and the next person."""
    return re.fullmatch(r"[\s,–—-]*(?:and\s+)?(?:the\s+)?", between) is not None


ROLE_BEFORE = re.compile(  # "The partnership's vice-chair, " / "the Board's Chair, Cllr " before a name
    r"\b(?:[Tt]he\s+)?(?P<group>[A-Za-z][\w ’'&-]{0,60}?)[’']s\s+(?P<role>(?:vice|deputy)[- ]?chair(?:man|person)?|"
    r"chair(?:man|person)?)\s*,\s*(?:[A-Z][\w-]*\s+){0,3}$",
    re.I,
)


CHAIRS_OF = re.compile(  # "The chair of the board, " / "The joint chairmen of the partnership, A, post and " before a name
    r"\b[Tt]he\s+(?:(?:joint|co)[- ]?)?(?P<role>(?:(?:vice|deputy)[- ]?)?chair(?:man|person|woman)?|"
    r"(?P<many>chair(?:men|persons|s)))\s+of\s+(?:the\s+)?(?P<group>[A-Za-z][\w ’'&-]{0,60}?)\s*,\s*"
    r"(?(many)(?:[^.;:!?]{0,150}?(?:,\s*|\s+and\s+))?|)(?:[A-Z][\w-]*\s+){0,3}$"
)


CHAIR_OF_BEFORE = re.compile(  # "Independent Chair of VS9 " / "Vice Chair of the Westby Board " right before a name
    r"\b(?:(?:Independent|Joint|Co)[- ])?(?P<role>(?:Vice|Deputy)[- ]?[Cc]hair(?:man|person|woman)?|Chair(?:man|person|woman)?)"
    r"\s+of\s+(?:the\s+)?(?P<group>(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|&)\s+)?){0,7}[A-Z][\w’'&-]*)"
    r"(?:\s+and\s+[a-z][\w’'&-]*(?:\s+[\w’'&-]+){0,5})?\s+$"  # '… and county council Leader ': a post too
)


def _post_cut(group: str) -> str:
    """'Westby Board and Director of Care' before a name: the board, less the post its chair also holds."""
    left, _, right = group.rpartition(" and ")
    return left if left and is_post(right) and head_kind(left) in GROUP_KINDS else group


NAMED_CHAIR_AS = re.compile(  # "… has named the new vice chair of the board as " right before a name
    r"\b(?:named|appointed|confirmed|announced)\s+(?:the\s+)?(?:new\s+|interim\s+)?(?P<role>(?:vice|deputy)[- ]?chair"
    r"(?:man|person|woman)?|chair(?:man|person|woman)?)\s+of\s+(?:the\s+)?(?P<group>[A-Za-z][\w ’'&-]{0,60}?)\s+as\s+$",
    re.I,
)


def _run_on(line: str, following: str, wrapped: bool = False) -> str:
    """A line whose last words start a name ('… chair of the Safer') with the next line's capitalised
    words that end it ('Westvale Partnership'); else the line as it is. ``wrapped``: the next line goes on
    with this one in one paragraph (a narrow column's short lines)."""
    if (
        len(line) < 60
        and not wrapped  # a wrapped line of prose, not a short line of a signature or list
        or not re.search(r"(?:\b(?:of|the|and|for|at|from)|\b[A-Z][\w'’-]*|[’']s)\s*$", line)
        or not following[:1].isupper()
    ):
        return line
    lead = re.match(
        r"(?:[A-Z][\w'’&-]*|of|the|and|for)(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|for)){0,8}", following
    )
    tail = re.search(r"(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*\s*$", line)  # 'Northshire Police District'
    named = lead and (
        head_kind(lead.group(0)) is not None
        or part_type(lead.group(0)) == "post"
        or wrapped
        and tail is not None
        and part_type(f"{tail.group(0).strip()} {lead.group(0)}") == "post"  # + 'Commander'
    )
    if not named or following[lead.end() :].lstrip().startswith(":"):
        return line  # the next line's words end no body's name or post ('Protective Marking: …' is a label)
    return f"{line.rstrip()} {lead.group(0)}"


CAPACITY = re.compile(r"(?i)in\s+(?:his|her|their)\s+capacity\s+as\s+(?:the\s+)?")


def _next_people(part: str) -> bool:
    """'John Roe and Ann Poe to the Board': two people joined by 'and', the sentence going on in lower case
    after them (not a body named after two people: 'Robert Roe & Agnes Poe Hospital')."""
    named = people_in(part[:120])
    return (
        len(named) >= 2
        and named[0].start == 0
        and re.fullmatch(r"\s+(?:and|&)\s+", part[named[0].end : named[1].start]) is not None
        and re.match(r"\s*(?:$|[a-z])", part[named[1].end :]) is not None
    )


def _parts_after(after: str) -> tuple[list[str], int]:
    """'…, Head of Housing, Exampleton Council, attended' -> the typed parts and how far they go (past the
    person's honours: 'Jane Doe MBE, leader for Westby Council')."""
    skip = 0
    while (m := re.match(r"\s+([A-Z]{2,5})\b", after[skip:])) and post_nominal(m.group(1)):
        skip += m.end()
    parts, used = _parts_read(after[skip:])
    return parts, used + skip if parts else used


def _parts_read(after: str) -> tuple[list[str], int]:
    """The typed parts right after a person's name (and honours), and how far they go."""
    m = re.match(
        r"\s*(?:,|:|\s[-–—/]|\()\s*(?:(?:who|which)\s+(?:is|was|became|has\s+become)\s+|(?:of|from|at)\s+)?(?:the\s+)?",
        after,
    )
    if not m and (
        the := re.match(r"\s+the\s+(?=[A-Z])", after)
    ):  # 'along with Jane Doe the Partnerships Officer'
        post = _before_person(re.split(r"\s+(?:and|&)\s+", name_prefix(after[the.end() :]))[0])
        if part_type(post) == "post":
            return [post], the.end() + len(post)
    if not m and part_type(name_prefix(after)) == "post":  # "Jane Doe Chief Officer, Westvale Trust, …"
        m = re.match(r"\s*", after)
    if not m:  # "Jane Doe from Westvale Council", "Amir Khan of Northshire Police"
        body = re.match(r"\s+(?:from|of|at)\s+(?:the\s+)?", after)
        rest = re.split(r"[.;!?](?:\s|$)", after[body.end() :], maxsplit=1)[0] if body else ""  # one sentence
        prefix = _before_person(name_prefix(rest)) if body else ""
        if (
            len(prefix.split()) >= 2
            and (
                head_kind(prefix) in {Kind.ORGANISATION, Kind.SERVICE}
                # 'Jane Doe of Westby Homes Group': a named company or body, not 'of the Steering Group'
                or head_kind(prefix) is Kind.GROUP
                and not all(map(_generic_group_word, prefix.split()))
                or (
                    head_kind(prefix) is None and SPOKE.match(rest[len(prefix) :])
                )  # 'of Westby Line Users asked'
            )
        ):
            return [prefix], body.end() + len(prefix)
        return [], 0
    parts: list[str] = []
    used = 0
    # '…, Director of Public Health Author: Ann Roe …', '… Health CHILD POVERTY PLAN Purpose …': a form's next
    # field, or a title in capitals, ends the parts
    told = FIELD_AFTER.split(_one_sentence(after[m.end() :][:300]), maxsplit=1)[0]
    for a, _, part in split_parts(told):
        if _next_people(part):
            break  # 'welcomed Jane Doe, John Roe and Ann Poe to the Board': the next people, no part of hers
        if parts and (at := re.match(r"(?:at|from|of)\s+(?:the\s+)?(?=[A-Z])", part)):
            a, part = a + at.end(), part[at.end() :]  # '…, Public Affairs Manager, at Westby Trains'
        if capacity := CAPACITY.match(part):  # '(in his capacity as Chair of the X)': the role itself
            part = part[capacity.end() :]
            part = part[:1].upper() + part[1:]
        if (acting := re.match(r"representing\s+(?:the\s+)?(?=[A-Z])", part)) and parts:
            body = name_prefix(part[acting.end() :])  # '…, X Trust, representing VCSA declared …'
            if body:
                parts.append(body)
                used = m.end() + a + acting.end() + len(body)
            break
        if PORTFOLIO.fullmatch(part.strip()):  # 'Portfolio Holder: Digital Connectivity and Inclusion'
            if following := people_in(
                part
            ):  # '… Inclusion Mr A Hamid MBE, Portfolio Holder: …': the next entry
                part = part[: following[0].start]
            parts.append(part.strip(" ,"))
            used = m.end() + a + len(part.rstrip(" ,"))
            break
        if _body_then_role(part.strip()):  # 'Jane Doe (PCSP vice-chair)': her role in that body
            parts.append(part.strip())
            used = m.end() + a + len(part)
            continue
        if not parts and (
            low := _lower_post_of(part)
        ):  # 'Jan Doe, chief executive of Westby Foundation said'
            parts += [x for x in low[:2] if x]
            used = m.end() + a + low[2]
            break
        if not parts and (alone := LOWER_POST_ALONE.match(part)) and _lower_post(alone.group("post")):
            # 'Lee Roe, chief officer for assessment, said', '…, faith leader, and'
            parts.append(alone.group("post"))
            used = m.end() + a + alone.end("post")
            break
        prefix = _before_person(name_prefix(part))
        if prefix and (unit := re.match(r"\s+(?:services|department|directorate)\b", part[len(prefix) :])):
            prefix += unit.group(0)  # 'Housing & Community services': a unit named in lower case at its end
        bare = part if not prefix and re.match(r"(?i)council[’']s\s", part) else ""  # 'the council's Manager'
        if owned := _owned_post(prefix or bare):  # "the Partnership's Community Safety Coordinator"
            parts += [p for p in owned if p]
            used = m.end() + a + len(prefix)
            break
        if re.search(r"[’']s$", prefix) and (
            owned := _owned_post(part)
        ):  # "X Council's cabinet member for …"
            parts += [p for p in owned if p]
            used = m.end() + a + len(part)
            break
        # 'Northshire Police's Neighbourhood Team': the police
        unit_of = re.match(r"(.+?)[’']s\s+(.+)$", prefix)
        if (
            unit_of
            and head_kind(unit_of.group(1)) is not None
            and part_type(unit_of.group(2)) == "organisation"
        ):
            parts.append(unit_of.group(1))
            used = m.end() + a + len(prefix)
            break
        post_at = re.match(r"(.+)\s+(?:at|with)\s+(?:the\s+)?([A-Z].+)$", prefix)
        if (
            post_at
            and part_type(post_at.group(1)) == "post"
            and part_type(post_at.group(2)) == "organisation"
        ):
            parts += [post_at.group(1), post_at.group(2)]  # 'Community Safety Officer at Westby Council'
            used = m.end() + a + len(prefix)
            break
        kind = part_type(prefix) if prefix else None
        bracketed = (
            not parts and m.group(0).strip() == "(" and len(prefix.split()) <= 5
        )  # "Jane Doe (Westvale Trust)"
        if not prefix or kind == "person" or kind is None and not parts and not bracketed:
            break
        parts.append(prefix)
        used = m.end() + a + len(prefix)
        if kind == "organisation" and (post := _lower_post_after(part[len(prefix) :])):
            parts.append(
                post
            )  # 'Jane Doe, Westby Trust chief executive commended …': the trust's chief executive
            break
        if prefix != part:
            break
    return parts, used


LOWER_POST_OF = re.compile(
    r"(?P<post>[a-z]+(?:\s+(?:[a-z]+)){0,8}?)\s+(?:of|at|for|with)\s+(?:the\s+)?(?=[A-Z])"
)


LOWER_POST_ALONE = re.compile(
    r"(?P<post>[a-z][a-z'’-]*(?:\s+(?:[a-z][a-z'’-]*|&)){1,7}?)(?=\s*,|\s*$|\s+(?:said|says|added|told|explained)\b)"
)


def _cased(words: str) -> str:
    """A post written in lower case as a list's cell writes it: 'director of public health' -> 'Director of
    Public Health'."""
    return " ".join(w if w in SMALL_WORDS else w[:1].upper() + w[1:] for w in words.split())


def _post_and(text: str) -> tuple[str | None, str]:
    """'Council Leader and PSB' -> ('Council Leader', 'PSB'): a post before 'and' and what follows, apart."""
    first, _, rest = text.rpartition(" and ")
    return (first, rest) if first and part_type(first) == "post" else (None, text)


def _lower_post(words: str) -> bool:
    """'chief officer for assessment', 'local faith leader': a post written in lower case, its head word in it."""
    if any(w in NOT_IN_POST and w not in ("of", "for", "and") for w in words.split()):
        return False  # 'who is the team leader'
    return part_type(_cased(words)) == "post" and any(w.title() in post_heads() for w in words.split())


def _lower_post_of(part: str) -> tuple[str, str, int] | None:
    """'chief executive of Westby Foundation said …', 'director of development at Westby Sport' -> (post, body,
    length read): a post written in lower case, then the body it is held in."""
    if not (m := LOWER_POST_OF.match(part)):
        return None
    titled = _cased(m.group("post"))
    body = _before_person(name_prefix(part[m.end() :]))
    if also := and_post(body):
        body = body[: also.start()]  # 'leader of the Council and Chairman of …': a second post after it
    if PORTFOLIO_POST.search(m.group(0)) and body:  # 'cabinet member for Communities and Customers': the
        return f"{m.group(0)}{body}", "", m.end() + len(body)  # portfolio is the post's, no body
    if part_type(titled) == "post" and body and (head_kind(body) is not None or len(body.split()) >= 2):
        return m.group("post"), body, m.end() + len(body)
    return None


PORTFOLIO_POST = re.compile(r"\b(?:member|holder|lead|spokesperson|champion)\s+for\s+(?:the\s+)?$")


def _lower_post_after(rest: str) -> str | None:
    """' chief executive commended …' -> 'Chief Executive': a post in lower case right after a body's name."""
    words = rest.split()[:4]
    for k in range(len(words), 0, -1):
        if all(w.isalpha() and w.islower() for w in words[:k]) and words[k - 1].title() in post_heads():
            post = " ".join(w.capitalize() for w in words[:k])
            return post if part_type(post) == "post" else None
    return None


FIELD_AFTER = re.compile(
    r"\s+(?=(?:Author|Approved\s+by|Date|Meeting\s+Date|Contact|Tel|Telephone|E-?mail|Purpose(?:\s+of\s+(?:the\s+)?[Rr]eport)?"
    r"|Report\s+(?:of|by|[Aa]uthor)|Subject|Wards?(?:\s+[Aa]ffected)?)\s*:|[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,})"
)


def _one_sentence(text: str) -> str:
    """``text`` up to the end of its sentence ('Leader of X Council. The Vice-Chair …' -> '… X Council'),
    a title's full stop ('Dr. Ann Lee') not ending it."""
    for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text):
        if not ABBREV.search(text[: m.start() + 1]):
            return text[: m.start()]
    return text


def _body_then_post(part: str) -> tuple[str, str] | None:
    """A body's name run into a post without a separator: ('Westvale Council', 'Chief Executive')."""
    words = part.split()
    # the longest body ending in a head word first ('Cwm Teifi University Health Board' before 'Cwm Teifi
    # University'), one ending in an acronym only then ('X Council PSB Support Officer': the PSB's officer);
    # a post of two words or more ('Health Board Manager' is one post)
    ends = [k for k in range(len(words) - 2, 1, -1) if head_kind(words[k - 1]) not in (None, "plan")]
    for k in sorted(ends, key=lambda k: is_acronym(words[k - 1])):
        body, post = " ".join(words[:k]), " ".join(words[k:])
        if (
            not any(is_post(w) for w in words[:k])  # 'Deputy Cabinet Member for X' is one post
            and is_post(post)
            and part_type(post) == "post"
        ):
            return body, post
    return None


def _places_joined(parts: list[str]) -> list[str]:
    """'X Board Northshire', 'Westshire', 'and Eastshire Central': a body named for places written as a list,
    its commas read as the entry's: one part again."""
    out: list[str] = []
    k = 0
    while k < len(parts):
        j = k + 1
        while (
            j < len(parts)
            and re.fullmatch(r"(?:and\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", parts[j])
            and not part_type(parts[j])
        ):
            j += 1
        if j > k + 1 and parts[j - 1].startswith("and ") and head_kind(parts[k]) is not None:
            out.append(", ".join(parts[k:j]))
            k = j
            continue
        out.append(parts[k])
        k += 1
    return out


HANDED_ON = re.compile(
    r"(?i)^(?:delegated\s+to|represented\s+by|deputised\s+by|substituted\s+by|(?:and\s+)?deputy:?)\s+(?=[A-Z])"
)


def _handed_on(e: Entry) -> tuple[Entry, Entry] | None:
    """An entry whose part hands the seat on to another person ('delegated to Jane Doe'): the person's own
    entry, and the delegate's with the parts after the name."""
    for k, part in enumerate(e.parts):
        m = HANDED_ON.match(part.strip())
        found = people_in(part[m.end() :]) if m else ()
        if m and found and found[0].start == 0:
            rest = part[m.end() + found[0].end :].strip(" ,;")
            delegate = Entry(
                found[0], e.line_start, e.line_end, e.quote, [*([rest] if rest else []), *e.parts[k + 1 :]]
            )
            return replace(e, parts=e.parts[:k]), delegate
    return None


def _opens_with_person(line: str) -> bool:
    people = people_in(line)
    return len(people) == 1 and people[0].start <= LINE_START.match(line).end()


def _unlabelled_list(entries: list[Entry], lines: list[str]) -> set[int]:
    """The first lines of entries one a line (a blank line between allowed), four or more together near a
    document's start and nothing else between them: an attendance list with no label."""
    run: list[Entry] = []

    def apart(
        e: Entry,
    ) -> bool:  # two lines the entries skip at most ('A - Census 2021'), besides lines opening
        between = lines[run[-1].line_end : e.line_start - 1]  # with a person ('Jo Roe   Resident'); two blank
        gap = any(
            not a.strip() and not b.strip() for a, b in itertools.pairwise(between)
        )  # lines end the run
        return gap or sum(bool(x.strip()) and not _opens_with_person(x) for x in between) > 2

    for e in sorted(entries, key=lambda e: e.line_start):
        if e.line_start > 60 and not (run and not apart(e)):
            break  # the list starts near the top, and may go on past it
        if run and apart(e):
            if len(run) >= 4:
                break
            run = []
        run.append(e)
    return {e.line_start for e in run} if len(run) >= 4 else set()


BODY_LABEL = re.compile(  # 'Westby District Council: ' opening names in a list
    r"(?P<body>(?<![\w'’])[A-Z][\w'’&.-]*(?:\s+(?:of|and|&|the|[A-Z][\w'’&.-]*)){0,8}):(?=\s)"
)


def _acronym_label(prefix: str) -> str | None:
    """A group's letters as all that stands before a list's label ('WXSP Members present:'): that group."""
    acr = GROUP_ACRONYM.fullmatch(prefix.strip())
    return acr[1] if acr and acronym_kinds().get(acr[1]) in (None, *GROUP_KINDS) else None


def _body_labelled(prefix: str) -> bool:
    """'Westby Council: ' or 'Westby Council: Councillors ' before a list line's first name: its body's label."""
    m = BODY_LABEL.match(prefix)
    rest = prefix[m.end() :].strip() if m and _body_label(m) else None
    return rest is not None and (not rest or bool(_plural_title(rest)))


BRACKETED_NAME = re.compile(r"(?<=\), )(?P<name>[A-Z][a-z]+(?:[ -][A-Z][\w'’-]+){1,2})(?= ?\()")


def _bracketed_names(text: str, people: list[PersonSpan]) -> list[PersonSpan]:
    """'…, Sam Roe (Westby Watch), Ayla Moe (Westby Trust), …': in a list of names each with its body in
    brackets, two or three capitalised words after one entry's bracket and before another's are a person,
    though the name lists lack the given name."""
    if len(people) < 3 or "), " not in text:
        return people
    found = [
        PersonSpan(m.start(), m.end(), m.group("name"), m.group("name"))
        for m in BRACKETED_NAME.finditer(text)
        if part_type(m.group("name")) is None
        and not any(w.lower() in org_words() for w in m.group("name").split())
        and not any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in people)
    ]
    return sorted(people + found, key=lambda p: p.start) if found else people


def _body_label(m: re.Match) -> tuple[int, str] | None:
    """(where, body) of a body's name before a colon, less a person's name it follows ('… and Jane Doe
    Westby Council:'): the longest end of the words that names an organisation and no person."""
    if CONTACT_TAIL.search(f" {m.group('body').split()[-1]}:"):
        return None  # '…, Democratic Services Officer Tel:': a contact's field, no body
    words = list(re.finditer(r"\S+", m.group("body")))
    skip = 2 if len(words) > 3 and words[0].group(0) in given_names() else 0  # 'Jane Doe' + 'Westby Council'
    for w in words[skip:]:
        body = m.group("body")[w.start() :]
        found = people_in(body)
        if part_type(body) == "organisation" and not (found and found[0].start == 0):
            return m.start() + w.start(), body
    return None


IN_THE_CHAIR = re.compile(r"(?i)in the (vice[- ])?chair")
CHAIR_LINE = re.compile(r"(?i)^(?P<who>.+?)\s+(?:was\s+|is\s+)?in\s+the\s+(?P<vice>vice[- ])?chair\s*\.?$")


CHAIR_HEADING = re.compile(
    r"(?i)^(?:the\s+|our\s+)?(?:independent\s+)?(?P<vice>vice[- ])?chair(?:man|person)?\s+of\s+(?:the\s+)?(?P<group>[A-Z].{3,80})$"
)


MOVED_BY = re.compile(r"\b(?:proposed|seconded|moved)\s+by\s+(?=[A-Z])")


def _movers(ctx: Context, reader: PeopleLists):
    """'It was proposed by Cllr Jane Doe and seconded by John Roe that …' in a group's minutes: who
    proposes or seconds a motion there is one of its members."""
    group = None
    for n, text in enumerate(reader.lines, 1):
        for m in MOVED_BY.finditer(text) if "by " in text else ():
            found = people_in(text[m.end() : m.end() + 80])
            if not found or found[0].start > 0:
                continue
            group = group or _group_mention(ctx, reader.main_group)
            if group is None:
                return
            ev = ctx.doc.evidence(n, n)
            yield Claim(Mention(tidy(found[0].name), Kind.PERSON), Rel.MEMBER, group, ev, "people.mover", 0.6)


def _chair_lines(ctx: Context, reader: PeopleLists):
    """'Ch Supt Jane Doe in the Chair' on a line of its own under the attendance: the meeting's chair; a
    heading 'The Chair of the X Board' over a line naming one person: that person chairs X."""
    for n, text in enumerate(reader.lines, 1):
        head = (
            CHAIR_HEADING.match(text) if text and len(text) <= 100 and not text.endswith((".", ":")) else None
        )
        below = next((x for x in reader.lines[n : n + 2] if x), "") if head else ""
        found = people_in(below) if below else ()
        alone = bool(found) and (
            found[0].end >= len(below.rstrip()) - 1 or post_nominal(below[found[0].end :])
        )
        if head and len(found) == 1 and found[0].start == 0 and alone:  # 'Sir Jane Doe CBE' alone
            group = _group_mention(ctx, head.group("group"))
            if group is not None:
                k = reader.lines.index(below, n) + 1
                ev = Evidence(ctx.name, n, k, fold(ctx.doc.raw(n, k)))
                rel = Rel.VICE_CHAIR if head.group("vice") else Rel.CHAIR
                yield Claim(
                    Mention(tidy(found[0].name), Kind.PERSON), rel, group, ev, "people.chair_heading", 0.8
                )
            continue
        m = CHAIR_LINE.match(text) if text and len(text) <= 80 and n not in reader.listed else None
        found = people_in(m.group("who")) if m else ()
        if not m or len(found) != 1 or found[0].start > 0 or found[0].end < len(m.group("who").rstrip()) - 1:
            continue
        group = _group_mention(ctx, reader.group_above(n) or reader.main_group)
        if group is not None:
            rel = Rel.VICE_CHAIR if m.group("vice") else Rel.CHAIR
            ev = ctx.doc.evidence(n, n)
            yield Claim(
                Mention(tidy(found[0].name), Kind.PERSON), rel, group, ev, "people.in_the_chair", 0.85
            )


SAID_CHAIR = re.compile(  # 'Board chairman Neil Roe said', 'Westby Alliance chair, council leader Ann Lee, said'
    r"(?:^|(?<=[.“\"”]\s)|(?<=\s))(?P<body>(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}?)(?P<vice>(?i:vice|deputy)[- ])?"
    r"(?i:chair(?:man|woman|person)?)\s*,?\s+(?:(?i:council\s+)?(?i:leader|mayor)\s+(?:of\s+[A-Z][\w ]{2,40}?\s+)?)?"
    r"(?P<who>[A-Z][^,.;“\"]{2,60}?),?\s+(?:said|says|added|commented|explained|told)\b"
)


PRESS_MEMBER = (
    re.compile(  # 'Board member Councillor Jane Doe said', 'Fellow board member Coun Tim Roe agreed'
        r"\b(?i:(?:fellow\s+)?(?P<head>board|committee|panel|partnership|forum)\s+member)\s+"
        r"(?P<who>(?:Councillor|Coun|Cllr|Dr|Mr|Mrs|Ms)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    )
)


ROLE_FIRST = re.compile(  # '- Chair, Jane Doe', 'Vice Chair – Tim Roe': an officer's role, then the person, a line each
    r"\s*(?:[-•·*]\s*)?(?P<role>(?:(?:Vice|Deputy|Co)[- ]?)?Chair(?:man|person|woman)?)\s*[,–—-]\s*(?P<who>[A-Z].{2,60}?)\s*"
)


def _role_first_lines(ctx: Context, reader: PeopleLists):
    """Officers listed role first, a line each ('- Chair, Jane Doe' / '- Vice Chair, Tim Roe' after 'The
    following Group Officers were elected:'): the chair or vice-chair of the document's group."""
    group = None
    for n, text in enumerate(reader.lines, 1):
        m = ROLE_FIRST.fullmatch(text) if "hair" in text else None
        who = m.group("who").rstrip(" .") if m else ""
        found = (people_in(who) or [u for u in (unknown_person(who),) if u]) if m else ()
        if not (len(found) == 1 and found[0].start == 0 and found[0].end >= len(who)):
            continue
        group = group or _group_mention(ctx, reader.main_group)
        if group is None:
            return
        rel = Rel.VICE_CHAIR if re.match(r"(?i)vice|deputy", m.group("role")) else Rel.CHAIR
        ev = ctx.doc.evidence(n, n)
        yield Claim(Mention(tidy(found[0].name), Kind.PERSON), rel, group, ev, "people.role_first", 0.75)


def _own_by_head(ctx: Context, reader: PeopleLists, head: str, n: int) -> str | None:
    """What a bare 'Board' (a group's head word) means at line ``n``: the document's own group when its name
    ends so, else the nearest group of that name."""
    main = reader.main_group
    return main if main and main.split()[-1] == head else ctx.own_group(head, n)


def _press_members(ctx: Context, reader: PeopleLists):
    """'Board member Councillor Jane Doe said …': a member of the document's own board (committee …)."""
    for n, text in enumerate(reader.lines, 1):
        for m in PRESS_MEMBER.finditer(text) if "ember" in text else ():
            found = people_in(m.group("who"))
            body = _own_by_head(ctx, reader, m.group("head").capitalize(), n)
            if len(found) == 1 and (group := _group_mention(ctx, body)) is not None:
                ev = ctx.doc.evidence(n, n)
                yield Claim(
                    Mention(tidy(found[0].name), Kind.PERSON),
                    Rel.MEMBER,
                    group,
                    ev,
                    "people.press_member",
                    0.75,
                )


def _said_chairs(ctx: Context, reader: PeopleLists):
    """A chair named as the press quotes one ('Board chairman Neil Roe said'): the chair of the group the
    words before name, a bare 'Board' or 'Committee' being the document's own."""
    for n, text in enumerate(reader.lines, 1):
        for m in SAID_CHAIR.finditer(text) if "said" in text or "says" in text or " told" in text else ():
            found = people_in(m.group("who"))
            if len(found) != 1 or found[0].start > 0 or found[0].end < len(m.group("who").rstrip()) - 1:
                continue
            post, body = _post_and(m.group("body").strip())  # 'Council Leader and PSB Chair Cllr X said'
            if body and head_kind(body) not in GROUP_KINDS and not is_acronym(body):
                continue  # 'Police chairman …', 'Former chairman …': no group of the document's
            if not body:  # 'chairman Neil Roe said': the document's own group
                body = reader.main_group
            elif " " not in body and not is_acronym(body):
                # 'Board chairman': the document's own board, else the nearest one named
                body = _own_by_head(ctx, reader, body, n)
            group = _group_mention(ctx, body)
            ev = ctx.doc.evidence(n, n)
            if post:
                yield Claim(
                    Mention(tidy(found[0].name), Kind.PERSON),
                    Rel.HOLDS,
                    ctx.mention(post, Kind.POST),
                    ev,
                    "people.said_chair",
                    0.75,
                )
            if group is not None:
                rel = Rel.VICE_CHAIR if m.group("vice") else Rel.CHAIR
                yield Claim(
                    Mention(tidy(found[0].name), Kind.PERSON), rel, group, ev, "people.said_chair", 0.75
                )


def _post_then_body(part: str) -> tuple[str, str] | None:
    """A post run into its body's name without a separator: ('Chief Inspector', 'Northshire Police')."""
    words = part.split()
    for k in range(1, len(words)):
        post, body = " ".join(words[:k]), " ".join(words[k:])
        if (
            words[k] in post_heads()
            or words[k - 1] not in post_heads()  # 'Leader of Kelby' + 'County Borough Council' is one body
            or head_kind(body) is Kind.SERVICE
            or any(w[:1].islower() and w not in SMALL_WORDS for w in words)  # '… at X Council and chair of …'
        ):
            continue  # the post goes on: 'Chief Inspector …', 'Director of Children's Services'
        if (
            is_post(post)
            and part_type(post) == "post"
            and part_type(body) == "organisation"
            and len(body.split()) >= 2
            and not is_acronym(body)
        ):
            return post, body
    return None


def _body_then_role(part: str) -> tuple[str, str] | None:
    """('vice_chair', 'PCSP') for 'PCSP vice-chair', a body's initials or group name before the role in it."""
    if IN_THE_CHAIR.fullmatch(part):
        return None  # '(In the Chair)': no body named 'In the'
    m = re.fullmatch(
        r"(?P<body>[A-Z][\w&'’ -]*?)\s+(?P<vice>(?i:vice[- ]|deputy\s+|depute\s+))?(?i:chair(?:man|person|woman)?)",
        part,
    )
    body = re.sub(r"(?i)^chair(?:man|person)?\s+", "", m.group("body")) if m else ""  # 'Chair X Panel Chair'
    body = _post_and(body)[1]  # 'Council Leader and PSB Chair': the chair of the PSB
    named = (
        len(body.split()) >= 2 and not set(body.lower().split()) & ROLE_QUALIFIERS
    )  # 'Neighbourhood Watch'
    if not m or not (is_acronym(body) or head_kind(body) in GROUP_KINDS or named and not part_type(body)):
        return None
    return ("vice_chair" if m.group("vice") else "chair"), body


HONORIFIC = re.compile(
    r"(?i)^(?:ex[- ]officio\s+)?(?:the\s+)?(?:right\s+)?(?:worshipful|honourable|hon\.?)\s+(?:the\s+)?"
)
CHAIR_ROLE = re.compile(
    r"(?i)(?:co-?|vice[- ]?|deputy\s+|depute\s+|joint\s+|independent\s+|interim\s+)?chair(?:man|person|woman)?"
)
ROLE_QUALIFIERS = {
    "independent",
    "joint",
    "clinical",
    "co",
    "co-",
    "lay",
    "acting",
    "interim",
    "executive",
    "elected",
}


def _role_then_body(part: str) -> tuple[str, str] | None:
    """A role run into a body's initials or name without a separator: ('Chair', 'EXCB')."""
    words = part.split()
    for k in (1, 2):
        role, body = " ".join(words[:k]), " ".join(words[k:])
        if (
            body[:1].isupper()
            and role.istitle()
            and part_type(role) == "role"
            and (is_acronym(body) or part_type(body) == "organisation" or head_kind(body) in GROUP_KINDS)
        ):
            return role, body
    return None


OWN_COUNCIL = "Council"  # a body part standing for the document's own council (resolved in _entry_facts)


SMALL_LETTER = re.compile(
    r"\b(?!(?:of|for|and|the|in|on|to|at)\b)[a-z]"
)  # a word's first letter, bar small words


PEOPLE_WORDS = frozenset(  # whose a post can be ("Children's Services Director"), no place
    [
        "children",
        "women",
        "men",
        "people",
        "adults",
        "girls",
        "boys",
        "carers",
        "residents",
        "citizens",
        "visitors",
        "veterans",
        "victims",
        "families",
    ]
)


def _owned_post(part: str) -> tuple[str, str | None] | None:
    """ "Westvale Council's Head of Housing" -> the post and its body (None for a bare 'the Council's')."""
    owned = re.match(r"(?:(?:who|which)\s+(?:is|was)\s+)?(?:the\s+)?(.+?)[’']s\s+(.+)$", part)
    if not owned or part_type(SMALL_LETTER.sub(lambda m: m.group(0).upper(), owned.group(2))) != "post":
        return None  # the post may be in lower case: "X Council's cabinet member for adult services"
    owner = owned.group(1)
    if part_type(owner) == "post" or owner.title() in vocabulary()["single_word_offices"]:
        return part[owned.start(1) :], None  # 'the Town Clerk’s Assistant': a post of a post, whole
    if owner.lower() == "council":
        return owned.group(2), OWN_COUNCIL  # 'the council's Community Safety Manager': the document's council
    if head_kind(owner) is None:  # "Children's Social Care Portfolio Holder" is one post; "Westby's Cabinet
        # Member for X" is the post of a place's council
        place = re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", owner) and not PEOPLE_WORDS & set(
            owner.lower().split()
        )
        return (owned.group(2), None) if place else None
    return owned.group(2), owner if len(owner.split()) >= 2 and owner[:1].isupper() else None


# a body with a chair of its own, though no group by its head word
MEETING_BODY = re.compile(r"\b(?:Authority|Council|Commission|Board|Trust)$")
REPRESENTATIVES_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:Representatives?|Officers|Staff)\s+(?:of|from)\s+(?:the\s+)?(?P<body>[A-Z][^:;]{2,80}?)\s*:?\s*$"
)
POST_LEAD = re.compile(r"[,;]\s*(?:and\s+)?(the\s+)(?P<post>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+$")
BARE_POST_LEAD = re.compile(r"[,;]\s*(?:and\s+)?()(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+$")
DASH_POST_LEAD = re.compile(r"[,;]\s*(?:and\s+)?()(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s*[–—-]\s*$")


def _post_lead(between: str, bare: bool = False) -> tuple[int, str, str] | None:
    """'…, the clerk ' or '; the Town Clerk ' between two names of a list (``bare``: ', Deputy Clerk ' in a
    list whose first name has its post written before it too) or ', Town Clerk – ': the post of the name after
    it -> (where it starts, the post as a list's cell writes it, the 'the ' before it)."""
    m = (BARE_POST_LEAD if bare else POST_LEAD).search(between) or DASH_POST_LEAD.search(between)
    if not m:
        return None
    post = m.group("post")[:1].upper() + m.group("post")[1:]
    if not _post_or_office(post):
        return None
    return m.start(), post, between[m.start() : m.start("post")]


def _bare_post(before: str) -> str | None:
    """'Clerk ' or 'Deputy Clerk ' alone before a list's first name: that person's post."""
    m = re.fullmatch(r"\s*(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+", before)
    post = m.group("post") if m else ""
    return post if _post_or_office(post) else None


def _post_or_office(text: str) -> bool:
    """A post ('Deputy Clerk') or an office named in one word ('Clerk')."""
    return part_type(text) == "post" or text in vocabulary()["single_word_offices"]


def _singular_post(part: str) -> str | None:
    """'Heads of Service' -> 'Head of Service', 'Democratic Services Officers' -> 'Democratic Services
    Officer': a post of several people, as one holder's; None for anything else."""
    words = part.split()
    at = next((k for k, w in enumerate(words) if w in ("of", "for", "to")), len(words)) - 1
    if at < 0 or not words[at].endswith("s") or (head := words[at][:-1]) not in post_heads():
        return None
    one = " ".join([*words[:at], head, *words[at + 1 :]])
    return one if part_type(one) == "post" else None


def _before_person(prefix: str) -> str:
    """A name run on into the next person's ('X Police and Councillor Jane Doe') ends before them."""
    if (inside := people_in(prefix)) and inside[0].start > 0:
        return re.sub(r"\s+(?:and|&)$", "", prefix[: inside[0].start].rstrip())
    return prefix


def _post_into_title(head: str, p: PersonSpan) -> tuple[str, PersonSpan, list[str]] | None:
    """'the new Police Area Commander Chief Superintendent Jane Doe': the first of two ranks read as her
    title ends the post written before it -> (the words before her rank, her span from it, that post)."""
    first, _, rest = p.title.partition(" ")
    if (
        not rest
        or not rank_post(rest)
        or not head[-2:-1].isalpha()
        or not head.rstrip().split()[-1][:1].isupper()
    ):
        return None
    at = p.text.find(rest)
    posts = _parts_before(head + p.text[:at])
    if len(posts) != 1 or len(posts[0].split()) < 2 or not posts[0].endswith(first):
        return None
    return head + p.text[:at], replace(p, start=p.start + at, text=p.text[at:], title=rest), posts


SENTENCE_END_WORD = re.compile(
    r"(?!(?i:prof|supt|insp|cllr|coun|capt|revd|col|gen|det|sgt|ltd)\.)[A-Z][a-z]{3,}\."
)


def _parts_before(before: str) -> list[str]:
    """'… welcomed the Head of Housing, Exampleton Council, ' or 'Police and Crime Commissioner '
    before a name -> the post and body written before it."""
    if before.rstrip().endswith(":"):  # 'Community Safety Manager: Jane Doe', but 'Lead: Jane Doe' is a field
        label = before.rstrip()[:-1].strip()
        post = label.split(":")[-1].strip()
        office = post.title() in vocabulary()["single_word_offices"]  # 'Clerk: Ms A Smith'
        return (
            [post]
            if part_type(post) == "post"
            and (len(post.split()) >= 2 or office)
            and "\n" not in post
            and len(post.split()) <= 10
            and not people_in(post)  # '…; Jane Doe, Director (X): Ann Poe': a list's colon, no label
            else []
        )
    word = re.fullmatch(r"\s*([A-Za-z]+)\s*[–—-]\s*", before)  # 'Lead- Jane Doe': a field's one-word label
    if word and word.group(1).title() not in vocabulary()["single_word_offices"]:
        return []
    before = re.sub(r"\s*\($", "", before.rstrip())  # 'the Director of Public Health (Dr Jane Doe)'
    before = re.sub(r"\s+[–—-]$", "", before)  # 'Director of Community Planning – N Hark'
    if re.search(r"\b(?:by|from|to|with|than|and)$|&$", before):  # 'Election of Chairman Proposed by Cllr X':
        return []  # the agent of what goes before; '… promotion to Deputy Chief Officer and Jo Roe': another's
    words = re.findall(r"[^\s,]+|,", before[-300:])
    k = len(words)
    while k and (words[k - 1] == "," or words[k - 1][:1].isupper() or words[k - 1].lower() in LOWER_OK):
        if words[k - 1].endswith((")", ";", ":")) or SENTENCE_END_WORD.fullmatch(words[k - 1]):
            break  # '(… Commissioner) and Chief Constable X': the bracket is another person's; '…; X' a new entry;
            # '… Head of Services. The Safety Manager, X': a new sentence
        k -= 1
    run = " ".join(words[k:]).replace(" ,", ",")
    if named := people_in(
        run
    ):  # what follows a person named before is theirs: "A - Chair of X, B - Head of Y"
        lead = re.match(r"[\s,]*(?:and\s+)?the\s+", run[named[-1].end :])
        tail = run[named[-1].end :][lead.end() :] if lead else ""
        if before.rstrip().endswith(",") or part_type(tail) != "post":
            return []
        return [tail]  # '…, and the Portfolio Holder for Y Cllr Roe': a post written right before its holder
    run = re.sub(r"^[\s,]*(?:(?i:the|of|and|for|by|to|with|from|as|&)\s+)+", "", run).strip(
        " ,"
    )  # 'As X, Jane
    for m in re.finditer(r"\b(?:of|by|from|to)\s+the\s+", run):  # 'Report of the Director of X (Jane Doe)'
        if part_type(run[m.end() :].split(",")[0]) == "post" and part_type(run[: m.start()]) != "post":
            run = run[m.end() :]
            break
    parts = [p for _, _, p in split_parts(run)]
    of = re.fullmatch(r"(.+?)\s+of\s+([A-Z].+)", parts[0]) if parts and not part_type(parts[0]) else None
    if of and part_type(of.group(1)) == "post" and not part_type(of.group(2)):
        parts[:1] = [of.group(1), of.group(2)]  # 'CEO of The Bright Loaf, Jane Doe said': post, then body
    while parts and part_type(parts[0]) not in {"post", "role"}:
        parts.pop(0)
    if not parts or any(part_type(p) == "person" for p in parts):
        return _owned_post_before(before) or _post_in_lower_case(before) or _post_opening(before)
    return parts


def _post_opening(before: str) -> list[str]:
    """'Deputy leader of the council, Coun Jane Doe said', 'The Community Safety Manager, Jo Roe supports …': a post
    opening the sentence, a comma after it."""
    opening = re.sub(r"^The\s+", "", re.split(r"(?<=[.!?:;])\s+", before.strip())[-1].rstrip(" ,"))
    words = opening.split()
    if (
        before.rstrip().endswith(",")
        and opening[:1].isupper()
        and 2 <= len(words) <= 8
        and all(  # 'Update from our County Councillor, X' is a heading's words
            w[:1].isupper() or w in SMALL_WORDS or w.title() in post_heads() or w in org_words()
            for w in words
        )
        and part_type(opening) == "post"
        and not people_in(opening)
    ):
        return [opening]
    return []


OWNED_POST_BEFORE = re.compile(  # "The council's director of housing communities, " before a name
    r"(?:^|[.;:]\s+|\b(?:and|by|with|from)\s+)(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w'’&-]*\s+){0,5}[A-Za-z][\w'’&-]*)[’']s\s+"
    r"(?P<post>[a-z][\w'’&-]*(?:\s+[\w'’&-]+){0,8}),\s*$"
)


def _owned_post_before(before: str) -> list[str]:
    """ "The council's director of housing communities, Jane Doe, …": the post, in lower case, and whose it is
    (read by _owned_post as one part)."""
    m = OWNED_POST_BEFORE.search(before[-200:])
    post = m.group("post") if m else ""
    if not m or part_type(SMALL_LETTER.sub(lambda x: x.group(0).upper(), post)) != "post":
        return []
    return [f"{m.group('owner')}’s {post}"]


NOT_IN_POST = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "so",
        "as",
        "if",
        "while",
        "when",
        "where",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "said",
        "says",
        "told",
        "added",
        "also",
        "then",
        "now",
        "new",
        "former",
        "outgoing",
        "incoming",
        "retiring",
        "acting",
        "interim",
        "of",
        "for",
        "by",
        "to",
        "with",
        "from",
        "at",
        "in",
        "on",
    ]
)


LOWER_POST_TAIL = re.compile(
    r"(?<=[a-z])\s+(?:of|for)\s+(?:[a-z][\w'’-]*\s+(?:and\s+)?){0,2}[a-z][\w'’-]*\s*$"
)


def _post_in_lower_case(before: str, fewest: int = 2) -> list[str]:
    """A post written in lower case right before its holder, as the press writes it ('But economic
    development service manager Jane Doe said', 'Council leader John Roe praised'): two to six words ending
    in a post's head word, none a small word, none ending a clause ('Westby committee chairman Jane Doe': the
    committee's chair); the post may go on with what it is of ('strategic director of children's services')."""
    if (of := LOWER_POST_TAIL.search(before)) and (held := _post_in_lower_case(before[: of.start()], 1)):
        return [f"{held[0]} {_cased(of.group(0))}"]
    words = before.rstrip().split()[-6:]
    if not words or words[-1][:1].isupper() or words[-1].title() not in post_heads():
        return []
    k = len(words)
    while k and words[k - 1].isalpha() and words[k - 1].lower() not in NOT_IN_POST:
        k -= 1
    first_named = next((j for j in range(k, len(words)) if words[j][:1].isupper()), None)
    if first_named is not None and first_named > k:
        k = first_named  # 'a place were Westby Council chief executive': the sentence's words end at the body
    post = " ".join(w[:1].upper() + w[1:] for w in words[k:])  # read as a list's cell would be written
    if len(words) - k < fewest or part_type(post) not in ("post", "role"):
        return []
    named = list(itertools.takewhile(lambda w: w[:1].isupper() or w in SMALL_WORDS, words[k:-1]))
    body = " ".join(
        named or words[k:-1]
    )  # 'Westby Police commander Jane Doe': the commander of Westby Police
    return [post, body] if body[:1].isupper() and head_kind(body) is Kind.ORGANISATION else [post]


EXTRACTORS = [people_lists]


def _bracketed_post(after: str, parts: list[str]) -> bool:
    """The text after a name opens a bracket holding a post of theirs ('Jane Doe (Project Officer, X)')."""
    return after.lstrip().startswith("(") and any(part_type(x) == "post" for x in parts)
