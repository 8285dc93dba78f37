"""Funding read by layout and vocabulary: sentence forms from a table, grant lists and grant tables.

What is read (the vocabulary and the sentence forms are data, ``ingest/data/funding.yaml``):

* sentences and list items in the forms of the table: "The Council has awarded £5,000 to Exampleton
  Youth Club", "Exampleton Youth Club received £2,000 from the Community Fund", "- Northshire Food
  Bank who received £1,500 to ...", "£5,000 to Exampleton Mencap for ...", "To award Exampleton
  Scouts £800", "Exampleton Boxing Club – £1,200";
* grant tables in any flattening (tabs, `` | ``, runs of two or more spaces, one cell per line): a
  recipient cell and amount cells, a period per column from the header ("2019/20", "2020/21"),
  totals rows recognised, checked against the rows above them and never taken as recipients.

The funder of a list or table, and of a sentence that names only its recipient, is the one the
document named last: a fund in the title, a heading or an introduction ("Grants from the Exampleton
Community Fund", "have received Safer Streets Funding. Projects that benefited include:"), or the
body that "awards to the following". A short back-reference ("the Commissioner") stands for the last
full name ending in that word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..blocks import BULLET, Sentence, clean, fold, strip_tags
from ..dates import periods as _period
from ..mentions import comma_names, head_kind, is_post, part_type
from ..model import Description, Funding, Kind, Mention
from ..names import acronyms, alternation, data_file, is_acronym, kind_of, tidy, titlecase
from .context import Context, split_list, without_record_lead
from .money import funding_sentences, money_value
from .tables import tables  # tables with 'funding received/allocated' headers are read there

MAX_SENTENCE = 700  # longer "sentences" are run-together text, not one statement
# a word of a name is at most MAX_TOKEN characters: a longer token (a URL, base64, a run of capitals) is
# no word of a name, and bounding it keeps every pattern below linear on a line without spaces
MAX_TOKEN = 60

WORD = rf"(?:(?!To\b)[A-Z0-9][\w&’'.()/-]{{0,{MAX_TOKEN}}})"
AMOUNT = (
    r"£\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!,?\d)"
    r"(?:\s?(?P<mult>k|m|bn|million|billion)\b)?"
)
FY = re.compile(r"(?<!\d)((?:19|20)\d{2}\s?[/-]\s?(?:\d{4}|\d{2})|(?:19|20)\d{2})(?!\d)")
STOP_START = re.compile(
    r"^(?:The|A|An|This|These|That|Those|Our|Their|Its|In|On|At|By|For|From|With|During|Since|Each|"
    r"Every|All|Some|Also|And|But|Thank|Thanks\s+to|Via|Through|(?:Local\s+)?Charity(?!\s+(?:Commission|Shop))|Projects(?!\s+\d)|Project(?!\s+\d)(?!\s+[A-Z])|Applications?|Recipients?|Winners?|Beneficiaries|Applicants?"
    r"|Members\s+of)\s+"  # 'Members of Westby Council's Cabinet have approved grants': the council's
)
NOT_A_NAME = re.compile(
    r"^(?:It|This|They|We|He|She|Which|Who|That|These|There|Total|Funding|The|Grant|Grants|Fund|To|In|For|A|An|"
    r"On|At|By|And|But|If|As|Also|Each|All|Applications?|Projects?|Groups?|Organisations?|Other|Additional|"
    r"Further|External|Annual|Core|Small|Match|Capital|Revenue|New|Our|Their|"
    r"Resolved|Agreed|Noted|Decided|Recommended|Approved|Recommendation|Decision|"  # a minute's verdict
    r"Awarded|Granted|Allocated|Declined|Refused|Withdrawn|Deferred|Rejected|"  # an application's
    r"Staffing|Staff|Salaries|Equipment|Overheads|Travel|Training|Marketing|Publicity|Materials|Venue|Evaluation|"
    r"Administration|Management|Contingency|Insurance|Rent|Utilities|Volunteer expenses|Running costs)$",  # costs
    re.I,
)


@cache
def vocabulary() -> dict:
    return data_file("funding.yaml")


@cache
def _words(key: str) -> str:
    return alternation(vocabulary()[key])


@cache
def _pattern(template: str, key: str, flags: int = 0) -> re.Pattern:
    """``template`` with ``{W}`` the alternation of the vocabulary's ``key``, compiled once (not rebuilt and
    looked up in the ``re`` cache at every call)."""
    return re.compile(template.replace("{W}", _words(key)), flags)


def _name(group: str, recipient: bool = False) -> str:
    """A capitalised name with connectors; a recipient's name stops before a purpose ('for the …', 'to …')."""
    conn = (
        r"(?:of|and|for(?! the\b)(?! their\b)|&|(?:in|on|at|by) the|in|on|at|upon|de|"  # 'Printers in the Woods'
        r"from(?= [A-Z][\w’'-]* (?:service|scheme|project|programme)s?\b))"  # 'Home from Hospital service'
        if recipient
        else r"(?:of|and|for|the|&|in|on|at|upon|de)"
    )
    head = (
        r"(?: (?:project|programme|scheme|service|campaign|initiative|pilot|hub|centre|center|hall|club|fund)s?\b)?"
        if recipient
        else ""
    )
    commas = comma_names().pattern  # 'the Police, Fire and Crime Commissioner': one name
    return (
        rf"(?<![\w£,.])(?:[Tt]he )?(?P<{group}>(?:{WORD} ){{0,3}}(?:{commas})"
        rf"|{WORD}(?: (?:{conn} ){{0,2}}{WORD}){{0,14}}{head})"
    )


@dataclass(frozen=True)
class Form:
    name: str
    regex: re.Pattern
    context: bool  # the funder comes from the context, not the sentence
    status: str | None
    recipient_context: bool = False  # the recipient is the one named last in the paragraph
    recipient_own: bool = False  # the recipient is the document's own body
    after: re.Pattern | None = None  # what the text before the match must hold


@cache
def forms() -> tuple[Form, ...]:
    aux = rf"(?:(?:{_words('auxiliaries')}) ){{0,3}}"
    slots = {
        "{FUNDER}": _name("funder"),
        "{SOURCE}": _name("source"),
        "{RECIPIENT}": _name("recipient", recipient=True),
        "{AMOUNT}": AMOUNT,
        "{GIVE}": rf"(?:{_words('give')})",
        "{RECEIVE}": rf"(?:{_words('receive')})",
        "{AUX}": aux,
        "{PURPOSE}": rf"(?:the (?:{_words('purposes')}) (?:of|at|to) (?:the )?)",
    }
    out = []
    for entry in vocabulary()["sentences"]:
        # a funder gives in the active voice: 'X had been allocated £N' is X receiving it
        # 'The X Fund committee agreed a grant of £N to Y': the fund gives through its committee
        committee = (
            "(?: (?:committee|sub-committee|panel|trustees))?(?:,? (?:who|which))?"  # 'X Committee, who made
        )
        text = entry["form"].replace(
            "{FUNDER} {AUX}{GIVE}", "{FUNDER}" + committee + " {AUX}" + PASSIVE + "{GIVE}"
        )
        for slot, regex in slots.items():
            text = text.replace(slot, regex)
        out.append(
            Form(
                entry["name"],
                re.compile(text),
                entry.get("funder") == "context",
                entry.get("status"),
                entry.get("recipient") == "context",
                entry.get("recipient") == "own",
                re.compile(entry["after"]) if "after" in entry else None,
            )
        )
    return tuple(out)


@cache
def _fund_head() -> re.Pattern:
    """What every match of :func:`_fund_name` holds: a space and a head word."""
    return re.compile(rf" (?:{_words('fund_heads')}|fund)")


@cache
def _every_form_has_amount() -> bool:
    """Every sentence form of the table writes its amount (so a text without '£' matches none)."""
    return all("{AMOUNT}" in entry["form"] for entry in vocabulary()["sentences"])


# 'the Home Office Safer Places fund (…)': the head in lower case, a noun (not 'X fund the post')
LOWER_HEAD = r"funds?(?=\s*[(.,;:]|\s+(?:which|that|to|for|from|and|in|of|is|was|has|will)\b|$)"


@cache
def _fund_name() -> re.Pattern:
    return re.compile(
        rf"(?:[Tt]he )?(?P<name>{WORD}(?: (?:(?:of|and|for|&|the) ){{0,2}}{WORD}){{0,10}} (?:{_words('fund_heads')}|{LOWER_HEAD}))\b"
        r"(?! (?:Officer|Manager|Team|Panel|Committee|Co-?ordinator|Advisor|Adviser|Lead)s?\b)"  # 'the Senior Grants Officer'
    )


@cache
def _total() -> re.Pattern:
    return re.compile(rf"^(?:{_words('total_words')})\b", re.I)


RECIPIENTS_ARE = re.compile(  # 'Among the successful applicants are local projects from A, B and C'
    r"(?i:\b(?:among\s+)?the\s+(?:successful\s+)?(?:applicants|recipients|beneficiaries|grant\s+recipients)\s+"
    r"(?:are|were|include|included)\s+(?:(?:local\s+)?(?:projects|groups|organisations)\s+(?:from|such\s+as|like)\s+)?)"
    r"(?P<items>[A-Z][^–—:]{1,400}?)(?:\s+[–—]\s|\s*:|\.?$)"  # '… and C – whose projects are summarised below:'
)


RECIPIENTS_INTRO = re.compile(  # 'The successful bids were:', 'Grants were awarded to the following groups:'
    r"(?i:\b(?:successful\s+(?:bids|applications|applicants|projects|groups|organisations)|recipients|beneficiaries)"
    r"\s+(?:are|were|include|included)|\b(?:awarded|allocated|made|went)\s+to(?:\s+the\s+following(?:\s+\w+)?)?)\s*:\s*$"
)
AWARDED_TO = re.compile(
    r"(?i:\b(?:been|were|was)\s+(?:[a-z]+ly\s+)?(?:awarded|given|granted|allocated)\s+to)\s+(?:the\s+)?(?=[A-Z])"
)
LISTED_NAME = re.compile(
    r"[A-Z0-9][\w’'&.-]*(?:\s+(?:(?:of|and|the|for|&|in|on|at|upon)\s+)*[A-Z0-9][\w’'&.-]*)+"
)
LISTED_RECIPIENT = re.compile(  # 'Westby Hall Trust for new gardens.': the name an item opens with
    r"(?P<name>[A-Z0-9][^,;:()–—£]{2,80}?)(?=\s+(?:for|to|towards|who|which|that)\s|\s*[,;:(–—]|\s+-\s|\.?\s*$)"
)


def _awarded_names(rest: str) -> list[str]:
    """'the X Project who …; Y Group to …; and Z Church to …' after 'awarded to': the name each piece opens
    with, when every piece (two or more) opens with one; else none."""
    pieces = [re.sub(r"^(?:and\s+)?(?:the\s+)?", "", p.strip()) for p in rest.split(";")]
    pieces[-1:] = re.split(r"\s+and\s+(?=[A-Z])", pieces[-1], maxsplit=1)  # '… hut and Z Church to …'
    names = [m.group("name") for p in pieces if (m := LISTED_RECIPIENT.match(p))]
    names = [n for n in names if LISTED_NAME.fullmatch(n)]
    return names if len(pieces) >= 2 and len(names) == len(pieces) else []


def _unamounted(ctx: Context, funder: str, recipient: str, s: Sentence, method: str) -> Funding:
    """A flow a sentence or list names with no amount: who received, from the funder in force."""
    return Funding(
        _funder_mention(ctx, funder),
        ctx.mention(recipient),
        None,
        ctx.ev(s),
        method,
        status="awarded",
        confidence=0.7,
    )


def _recipients(items: str) -> list[str]:
    """'A, B and C' -> the names, each a capitalised name of at most eight words."""
    names = [clean_name(re.sub(r"^and\s+", "", p)) for p in split_list(items)]
    small = {"of", "and", "the", "for", "&", "in", "on"}
    return [
        n
        for n in names
        if n and len(n.split()) <= 8 and all(w[:1].isupper() or w in small for w in n.split())
    ]


@cache
def _given_by() -> re.Pattern:
    """An introduction after which a list names who gave the money: 'Contributions were:'."""
    return _pattern(r"\b(?:{W})\b", "given_by_intro", re.I)


def _given_inline(text: str) -> bool:
    """'Partner contributions: £60,000 (X), …': a label naming who gave, its list after the colon."""
    lead, colon, _ = text.partition(":")
    return bool(colon) and len(lead) <= 80 and bool(_given_by().search(lead))


LOWER_FUND = (
    re.compile(  # a fund named in lower case after 'from' and its owner ('from the council's … budget')
        r"\bfrom\s+(?:the\s+)?(?:council|commissioner|board|partnership|authority)['’]s\s+"
        r"(?P<fund>(?:[a-z]+\s){1,3}(?:budget|fund|scheme|programme|pot))\b"
    )
)
NAMED_SCHEME = re.compile(  # a scheme named in capitals before a lower-case 'scheme' or after 'a scheme' in apposition
    r"\b(?:under|through|from|via|of|by|in|to)\s+(?:the\s+)?(?:[a-z]+\s+round\s+of\s+(?:the\s+)?)?"
    r"(?P<fund>[A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*)){0,6})"
    r"(?:\s+(?:grants?\s+)?(?:scheme|programme|initiative)\b|,\s+an?\s+(?:[\w-]+\s+){0,2}(?:scheme|programme|initiative)\b)"
)
HEADLINE_GIVEN = re.compile(
    r"^[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*| (?:of|and|in|on|at|the|&))* (?:given|awarded|granted|handed|allocated) "
    r"(?:over |more than |almost |nearly |up to |a )?£"
)
PARTICIPLES = (  # 'Grants awarded by …', 'funded by …': a giving verb's participle ('funds from …' is a noun)
    "made available|allocated|awarded|granted|given|provided|committed|invested|pledged|contributed|approved|"
    "agreed|paid|donated|released|set aside|earmarked|confirmed|offered|gifted|funded|supported|paid for|"
    "handed out|distributed|shared out"
)
PASSIVE = (
    "(?<!be )(?<!been )(?<!being )(?<!was )(?<!were )(?<!is )(?<!are )"  # 'X have been awarded': X receives
)


@cache
def _giver() -> re.Pattern:
    """'The Commissioner supports … and awards to the following': the subject of a giving verb."""
    headline = r"(?:Awards|Gives|Grants|Allocates|Provides|Donates|Invests)(?= (?:Over |Up To |More Than )?£)"
    # 'a second grant', 'the award' are nouns, no one giving
    noun = "".join(
        f"(?<!\\b{w} )"
        for w in (
            "a",
            "an",
            "the",
            "second",
            "further",
            "another",
            "new",
            "small",
            "its",
            "their",
            "our",
            "awarded",
            # 'who have secured grants', 'applied for grants': money received or asked for, no one giving
            "secured",
            "received",
            "won",
            "obtained",
            "for",
            "of",
        )
    )
    return re.compile(
        rf"(?:^(?:At|In|On|During|Following)\b[^,;:]{{0,60}}, (?:the )?(?!(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)|^|[:;] )"
        rf"{_name('funder')} "
        rf"(?:[\w,’'()–-]+ ){{0,20}}?{noun}{PASSIVE}(?:{_words('give')}|{headline})\b"
    )  # 'X awarded …', 'At its meeting on 31 January, the X committee agreed …', 'X Awards Over £50,000 to …'


@cache
def _funding_from() -> re.Pattern:
    """'funding from Westby District Council': a body money comes from, where no sentence gives it."""
    return re.compile(rf"\b(?:funding|grants|cash) from (?:the )?{_name('funder')}")


@cache
def _by_giver() -> re.Pattern:
    """'Grants awarded by the Exampleton Lottery Fund', 'amounts granted to boroughs by X': the agent of a passive
    giving verb."""
    return re.compile(
        rf"\b(?:{PARTICIPLES})(?: (?:grants?|funding|money))?(?: to (?:the )?[a-z]+(?: [a-z]+)?)? (?:by|from) (?:the )?"
        rf"(?:charity |trust |fund )?{_name('funder')}"  # 'awarded grants from the charity TOGETHER in X'
    )


MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
TRAILING_DATE = re.compile(
    rf"\s+(?:on|from|in|since|until|by|at)\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTHS}(?:\s+\d{{4}})?$"
    rf"|\s+(?:on|from|in|since|until)\s+\d{{1,2}}(?:st|nd|rd|th)?$"
    rf"|\s+(?:on|from|in|since|until|by)\s+{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?$"  # 'on March 19th'
)


GENERIC_MONEY = re.compile(
    r"(?i)(?:new|additional|extra|further|other|more|total)\s+(?:funding|funds?|grants?|money|monies)"
)


def clean_name(name: str | None) -> str | None:
    """A captured name less a leading sentence word ('In', 'Projects'), paragraph numbers, a trailing
    ' in Place', dates and connectors."""
    if not name:
        return None
    name = name.strip(" ,;:.(")
    while name.endswith(")") and name.count(")") > name.count(
        "("
    ):  # 'Westby Club (Off the Street)' keeps its own
        name = name[:-1].rstrip(" ,;:.")
    name = re.sub(r"\s*\([A-Z0-9]{6,}\)$", "", name)  # 'Westby Club (ZNBMXQNR)': an application's reference
    for _ in range(3):
        name = re.sub(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-Z]{3,12}:|[a-z][.)]|\([a-z]\))\s+", "", name)
        name = STOP_START.sub("", name)
        name = re.sub(r"^(?:for|of|and|the|to|in|on|at|from|by)\s+", "", name)
        name = re.sub(r"^(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?,? (?:[Tt]he )?", "", name)
        name = re.sub(r"^(?:(?i:date|posted|published|updated):?\s+)?(?:19|20)\d\d-\d\d-\d\d\s+", "", name)
        name = re.sub(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)? )?{MONTHS},? (?:19|20)\d\d,? (?:[Tt]he )?", "", name)
    name = TRAILING_DATE.sub("", name)
    name = re.sub(r"^(\S+\s+\S+.*?)\s+in\s+[A-Z]\w+$", r"\1", name)
    name = re.sub(r"\s*\(?\b(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?\)?$", "", name).strip(" ,;:.(")
    name = TRAILING_DATE.sub("", name)
    name = re.sub(r"(?:\s+(?:for|of|and|in|on|at|the|&|from|to|upon))+$", "", name)
    name = re.sub(r"\s*\(\s*$", "", name)
    name = re.sub(r"(?<=[A-Za-z])['’]s$", "", name)  # "towards the PCSP's staffing costs": the PCSP
    # 'secured by the Partnership for CCTV upgrades': a bare head word, then what the money is for
    name = re.sub(rf"^((?:{_words('back_reference_heads')}))\s+for\s+.*$", r"\1", name)
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].strip()
    if GENERIC_MONEY.fullmatch(name):
        return None  # 'New Funding' over a report's paragraphs: a heading, no fund's name
    if not name or NOT_A_NAME.match(name) or not re.search(r"[A-Za-z]{2}", name) or _total().match(name):
        return None
    if (pair := re.split(r"(?<=[a-z])/(?=[A-Z])", name)) and len(pair) == 2 and all(" " in x for x in pair):
        name = pair[
            0
        ]  # 'Cymdeithas Gymunedol Aber/Aber Community Association': one body named in two languages
    if name.islower() and " " not in name:
        return None  # 'The centres were allocated £N': a head word alone names no one
    return tidy(name)


_LEADING_THE = re.compile(r"^(?:the|The)\s+")
RECIPIENT_ROW = re.compile(r"\s*(?:[-–—:]\s*)?£\d")
AWARDED_CLAUSE = re.compile(r"\b(?:were|was|has\s+been|have\s+been)\s+(?:awarded|granted|given|allocated)\b")
GROUP_AWARDED = re.compile(
    r"^(?:The|This)\s+(?:group|organisation|organization|club|charity|project|association|team)\s+"
    rf"(?:were|was|has\s+been|have\s+been)\s+(?:awarded|granted|given)\s+(?:a\s+(?:grant|sum)\s+of\s+)?{AMOUNT}"
)


def _named_above(ctx: Context, line: int) -> str | None:
    """The name a short heading gives within fifteen lines above ``line`` (a case study's recipient)."""
    for b in reversed(ctx.doc.blocks):
        if b.start < line and b.kind == "heading" and line - b.start <= 15:
            text = clean(b.text)
            return text if len(text.split()) <= 10 and not text.endswith((".", "?", ":")) else None
    return None


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(_words("generic_words").lower().split("|"))


def _generic(name: str) -> bool:
    """'Town Council', 'the Police and Crime Commissioner', 'Board': a name of generic words only."""
    words = _generic_words()
    parts = _LEADING_THE.sub("", name).split()
    return bool(parts) and all(w.lower() in words for w in parts)


def _decider(name: str) -> bool:
    """A panel, department or post that decides on grants: its body pays ('approved by the Executive Member for
    Leisure')."""
    return bool(_pattern(r"\b(?:{W})$", "deciders").search(name)) or is_post(name)


def _possessor(name: str) -> str | None:
    """'Town Council’s Grants Committee' -> 'Town Council'."""
    parts = re.split(r"(?<=\w)(?:’s|'s|s’|s') ", name)
    return parts[-2] if len(parts) > 1 else None


def _titled(line: str) -> str:

    text = clean(line)
    return without_record_lead(titlecase(text) if text.isupper() else text)


def own_body(ctx: Context) -> str | None:
    """The body a document is issued by or about: a name ending in a body word at the start of one of
    its first lines ('KELMOUTH BOROUGH COUNCIL', 'Police and Crime Commissioner for Fernshire')."""
    heads = _words("body_heads")
    pattern = re.compile(
        rf"^(?:[Tt]he )?((?:{WORD} (?:(?:of|and|for|&|the) ){{0,2}}){{0,8}}(?:{heads}))"
        rf"(?: (?:for|of) [A-Z][\w’'-]+(?: and [A-Z][\w’'-]+)?)?(?=$|[\s,:–—-])"
    )
    seen = 0
    for line in ctx.doc.lines:
        text = _titled(line)
        if not text:
            continue
        seen += 1
        if seen > 6:
            break
        if "\t" in line or re.search(r"\d\s*$", text) or len(text) > 100 and text.endswith("."):
            continue  # a table row ('Home Office grant  80,000') names a funder, a sentence no document's body
        m = pattern.match(text)
        if (
            m
            and (name := clean_name(m.group(0)))
            and not _generic(name)
            and len(name.split()) > 1
            # 'Report of Director of Service Delivery': a post, no body (a commissioner is both)
            and not (part_type(name) == "post" and head_kind(name) is not Kind.ORGANISATION)
        ):
            return name
    return None


# (not a charity's 'Westby Council for Racial Equality'; no possessive word: 'Westby’s Council')
ANY_COUNCIL = re.compile(
    r"\b(?:[A-Z][\w&-]+ (?:and |& |of )?){1,4}Council\b(?! for\b)"
)  # 'X Riding of Y Council'


def _most_named_council(ctx: Context) -> str | None:
    """The council a document names most often ('Westby Council', 'Eastby County Council'), read once."""
    if _most_named_council not in ctx.memo:
        counts = Counter(
            m.group(0) for line in ctx.doc.lines if "Council" in line for m in ANY_COUNCIL.finditer(line)
        )
        top = counts.most_common(2)
        ctx.memo[_most_named_council] = (
            top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
        )
    return ctx.memo[_most_named_council]


class Funders:
    """What the document has named as a funder so far, and what its short back-references stand for."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.current: str | None = None
        self.receiver: str | None = None  # the body the last sentence said received money
        self.giver: str | None = None  # a body said to give money (a fund a sentence names after it is its)
        self.decider: str | None = (
            None  # a committee said to award, with no owner or fund named: the last resort
        )
        read = ctx.memo.get(Funders)  # what the document says, read once for every reader of it
        if read is None:
            read = ctx.memo[Funders] = (
                own_body(ctx),
                [_titled(line) for line in ctx.doc.lines],
                {},  # the fuller names of a name, found on first asking
                {
                    _owned_fund(m.group("name")).lower(): _owned_fund(m.group("name"))
                    for line in ctx.doc.lines
                    if _fund_head().search(line)  # a quick filter: a fund's name ends in ' ' and a head word
                    for m in _fund_name().finditer(line)
                },
            )
        self.own: str | None = read[0]
        self._titled: list[str] = read[1]
        self._fuller_names: dict[str, list[tuple[int, int, str]]] = read[2]
        self._fund_forms: dict[str, str] = read[3]  # the funds the document names, by their lower case

    def resolve(self, name: str, line: int) -> str:
        """A generic name ('the Commissioner', 'Town Council', 'the Board') -> the last full name ending in
        it before ``line`` (else the first after), else the document's own body when of the same kind."""
        name = _LEADING_THE.sub("", name)
        if not _generic(name):
            return self.fund(name)
        before, after = None, None
        for n, rank, found in self._fuller(name):
            if n <= line and (before is None or rank >= before[0]):
                before = (rank, found)
            elif n > line and (after is None or rank > after[0]):
                after = (rank, found)
        best = max((c for c in (before, after) if c), key=lambda c: c[0], default=None)
        if best and best[0] == 1:
            return (before if before and before[0] == 1 else after)[1]
        if best and not (self.own and self.own.split()[-1] == name.split()[-1]):
            return (before or after)[1]
        last = name.split()[-1]
        if self.own and (self.own.split()[-1] == last or (last in GROUP_WORDS and _group(self.own))):
            return self.own
        if last in GROUP_WORDS and (we := self.ctx.we(line, last) or self.ctx.we(line)):
            return we
        if last == "Council" and self.ctx.council and not self._only_listed(self.ctx.council):
            return self.ctx.council
        return name

    def _only_listed(self, name: str) -> bool:
        """Every line naming ``name`` is a list's item or a grant's row ('* Westby Town Council - £3,000'): a
        recipient the document lists, not the council it is by (read once per name: every generic 'Council')."""
        memo = self.ctx.memo.setdefault(Funders._only_listed, {})
        if name not in memo:
            found = [(n, text.find(name)) for n, text in enumerate(self._titled, 1) if name in text]
            memo[name] = bool(found) and all(self._listed_at(n, at, at + len(name)) for n, at in found)
        return memo[name]

    def _listed_at(self, line: int, start: int, end: int) -> bool:
        """The name at ``start:end`` of line ``line`` opens a list's item or a grant's row ('* Westby Town
        Council - three grants', 'Eastby Hall – £3,000'): a recipient of the list, not who gives."""
        text = self._titled[line - 1]
        return (
            RECIPIENT_ROW.match(text, end) is not None
            or start <= 4
            and bool(BULLET.match(self.ctx.doc.lines[line - 1]))
        )

    def _fuller(self, name: str) -> list[tuple[int, int, str]]:
        """(line, rank, name) of every fuller name the document writes ending in ``name``, in order; rank 1
        for a proper name, 0 for a longer generic one (read once per name)."""
        got = self._fuller_names.get(name)
        if got is not None:
            return got
        full = re.compile(
            rf"(?:(?<![\w£,.])((?:[A-Z][\w&’'()/-]{{0,{MAX_TOKEN}}} (?:(?:of|and|for|&|the) ){{0,2}}){{1,6}}))?{re.escape(name)}\b"
            rf"(?: (?:for|of) ([A-Z][\w’'-]+(?:(?: and)? [A-Z][\w’'-]+(?! [A-Z]))?)|(?! [A-Z]))"
        )  # not a name going on past it ('X Partnership Board' is no partnership)
        got = []
        for n, text in enumerate(self._titled, 1):
            if name not in text:
                continue  # the pattern needs the name itself
            for m in full.finditer(text):
                if not (m.group(1) or m.group(2)) or self._listed_at(n, m.start(), m.end()):
                    continue
                found = clean_name(m.group(0))
                if not found or len(found.split()) <= len(name.split()):
                    continue
                if re.search(rf"\sand\s+{re.escape(name)}$", found):
                    continue  # 'the Community Facilities and Community Grants schemes': two, not a fuller name
                got.append(
                    (n, 0 if _generic(found) else 1, found)
                )  # a proper name beats a longer generic one
        self._fuller_names[name] = got
        return got

    def _known_acronym(self, word: str) -> bool:
        """'PCC', 'MOPAC' or one the document spells out; not a word in capitals ('An ALL party panel')."""
        return is_acronym(word) and (word in acronyms() or word in self.ctx.definitions)

    def fund(self, name: str) -> str:
        """'Exampleton Community Funding' -> 'Exampleton Community Fund' when the document names the fund so."""
        m = re.match(r"^(.*\bFund)ing$", name)
        if m and m.group(1).lower() in self._fund_forms:
            return m.group(1)
        if name.endswith(" fund"):  # 'the Westby fund': the one fund the document names starting so
            found = {v for k, v in self._fund_forms.items() if k.startswith(name[:-4].lower())}
            return found.pop() if len(found) == 1 else name
        return name

    def funder(self, name: str | None, line: int) -> str | None:
        """A funder as captured: a panel's owner for the panel, generic names resolved; None for a panel alone."""
        name = clean_name(name)
        if not name:
            return None
        if _decider(name):
            owner = clean_name(_possessor(name))
            return self.resolve(owner, line) if owner else None
        return self.resolve(_owned_fund(name), line)

    def fallback(self, line: int) -> str | None:
        # last, the council the document names most ('Cabinet approved a report to allocate £80,000 to X')
        named = _most_named_council(self.ctx)
        named = None if named and self._only_listed(named) else named
        return self.current or self.own or self.decider or self.first_giver or named

    @property
    def first_giver(self) -> str | None:
        """The first body the document says gives money ('Westby Borough Council provides more funding …'),
        for a list of grants written before it names who gave them (read once per document)."""
        memo = self.ctx.memo
        if Funders.first_giver not in memo:
            memo[Funders.first_giver] = next(
                (
                    who
                    for block in self.ctx.doc.blocks
                    for s in self.ctx.doc.sentences(block)
                    for giver in _seen_in(s.text)[0]
                    if (who := self.funder(giver, s.start))
                    and " " in who
                    and _pattern(r"\b(?:{W})$", "body_heads").search(who)  # a public body, not 'X Centre'
                ),
                None,
            )
        return memo[Funders.first_giver]

    def mention(self, name: str, line: int):
        return _funder_mention(self.ctx, self.resolve(name, line))

    def see(self, text: str, line: int) -> None:
        """A sentence or heading: a body that 'awards to the following', else the last fund it names; after
        'X received £N …', 'It was allocated to the following projects:' makes X the giver of what follows."""
        if (passed_on := PASSED_ON.match(text)) and self.receiver:
            self.current, self.receiver = self.receiver, None
            return
        received = RECEIVED.match(text) if passed_on is None else None
        self.receiver = self.funder(received.group("who"), line) if received else None
        givers, names, funding_of = _seen_in(text)
        if HEADLINE_GIVEN.match(text):
            givers = ()  # 'Eastfield Estate in Westby given over £120k to repair roads': a headline's receiver
        if APPROVED_BY.search(text) and (
            source := next(
                (n for n in names if re.search(rf"\bfrom\s+(?:the\s+)?{re.escape(n)}", text)), None
            )
        ):
            # 'will receive a share of the cash from the X Levy … after it was approved by Y': paid from the fund,
            # not by the body the same sentence says approved it
            self.current = self.fund(source)
            return
        if funded := next((n for n in names if _fund_funded_by(text, n)), None):
            self.current = self.fund(funded)  # 'via the X Fund, run by Y and funded by Z': the fund pays out
            return
        for giver in givers:
            # 'The Westby Projects Fund, which allocates £20,000 …': the fund, not the words before its head
            giver = next((n for n in names if n.startswith(f"{giver} ")), giver)
            if (name := clean_name(giver)) and _decider(name) and " " in name and not _possessor(name):
                self.decider = self.resolve(name, line)  # 'X Area Committee has awarded grants …'
            if (
                (who := self.funder(giver, line))
                and not (_generic(who) and " " not in who)
                and (" " in who or head_kind(who) is not None or self._known_acronym(who))  # not 'Key …'
            ):
                self.current = self.giver = who
                return
        # 'X allocated funding to … In 2011/12 the Y Grant for Z was £N …', 'The money comes from the Y Fund':
        # a fund a sentence names after a body's giving is that body's money; a heading naming a fund makes
        # it the funder of what follows
        # ('Requests to the Y Fund are approved by …' under the X Fund's heading names, gives nothing; 'The X
        # Grants Fund is run by …' under 'X Grants' names the same fund in full)
        replaces = (
            self.current is None
            or names[-1:]
            and names[-1].startswith(self.current)
            or "£" in text
            or _FUNDING_WORD.search(text)
        )
        # 'A further £1,000 will be donated to the X Fund': a fund money goes to gives none of what follows
        names = tuple(n for n in names if not re.search(rf"{GIVEN_TO}(?:the\s+)?{re.escape(n)}", text))
        if names and (
            (self.giver is None and replaces) or not text.rstrip().endswith(".") or _channel(text, names[-1])
        ):
            # 'awarded from the X Fund as part of the Y Scheme': the fund paid from, else the last named
            source = next(
                (n for n in names if re.search(rf"\bfrom\s+(?:the\s+)?{re.escape(n)}", text)), names[-1]
            )
            self.current = self.fund(source)
        elif funding_of is not None:
            if (who := self.funder(funding_of, line)) and _pattern(r"\b(?:{W})$", "body_heads").search(who):
                self.current = who
            elif (name := clean_name(funding_of)) and _decider(name) and " " in name and not _possessor(name):
                self.decider = self.resolve(name, line)  # 'a slice of the Westby Area Committee's funding'


def _fund_funded_by(text: str, fund: str) -> bool:
    """'… via the X Fund, administered by Y and funded by Z': the fund is Z's money, and it gives."""
    return bool(
        re.search(
            rf"{re.escape(fund)},?(?:\s+(?:which\s+is\s+)?[a-z]+\s+by\s+[^.;,]{{2,60}},?)?\s+(?:and\s+)?(?:is\s+)?funded\s+by\b",
            text,
        )
    )


GIVEN_TO = r"\b(?:donated|given|paid|awarded|allocated|granted|transferred|contributed|passed)\s+(?:on\s+)?(?:to|into)\s+"
APPROVED_BY = re.compile(r"\b(?:approved|agreed|endorsed|ratified|signed off|decided)\s+by\b")
CHANNEL = re.compile(r"\b(?:through|via|under)\s+(?:the\s+)?")


def _channel(text: str, fund: str) -> bool:
    """'The grants were made through the Commissioner's X Fund', 'under the X Fund': money the fund pays out,
    so the fund (not the body giving into it) funds what follows ('as part of' is not enough: measured on
    unseen pages, a fund named so is as often a body's programme its grants belong to)."""
    if not fund.split()[-1][:1].isupper() or re.search(r"[()]", fund):
        return False  # 'Fund) and the Y fund': a name read across a bracket
    at = text.find(fund)
    return at > 0 and any(at - m.end() <= 100 for m in CHANNEL.finditer(text, max(0, at - 120), at))


RECEIVED = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*)){0,8})\s+"
    r"(?:has\s+|have\s+)?(?:received|was\s+awarded|were\s+awarded|secured)\b.*£"
)
PASSED_ON = re.compile(
    r"^(?:It|This|These\s+funds|This\s+funding|The\s+(?:money|funding|grant|allocation|fund))\s+"
    r"(?:was|were|has\s+been|have\s+been|will\s+be|is|are)\s+(?:allocated|distributed|spent|used|passed\s+on)\b"
    r".*\b(?:following|as\s+follows|below)\b"
)


@lru_cache(maxsize=8192)
def _seen_in(text: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """What :meth:`Funders.see` reads in a text, before resolving it (read once per text): the givers
    ('awarded by X', 'X awards to'), the funds named, and a body before 'funding'."""
    text = re.sub(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-Z]{3,12}:)\s+", "", text)
    # each pattern tried only where its literal words stand (quick filters: the patterns scan every place)
    by = _by_giver().search(text) if " by " in text or " from " in text else None
    # a giver gives money: 'X provide volunteer patrols' gives none ('£', funding, or a list to follow)
    moneyed = (
        "£" in text or _FUNDING_WORD.search(text) or re.search(r"\b(?:following|as follows|below)\b", text)
    )
    givers = tuple(m.group("funder") for m in (by, _giver().search(text) if moneyed else None) if m)
    if not givers and " from " in text and (m := _funding_from().search(text)):
        givers = (m.group("funder"),)  # '… the latest round of X funding from Westby District Council'
    funds = _fund_name().finditer(text) if _fund_head().search(text) else ()
    names = [clean_name(_owned_fund(f.group("name"))) for f in funds]
    names = tuple(n for n in names if n and (len(n.split()) > 1 or is_acronym(n)))  # 'UKXF funds': 'UKXF'
    if not names and (low := LOWER_FUND.search(text)):
        names = (low.group("fund"),)  # '… £36,000 in funds from the council's community grants budget'
    if (
        not names
        and moneyed
        and (scheme := NAMED_SCHEME.search(text))
        and (name := clean_name(scheme.group("fund")))
    ):
        names = (
            name,
        )  # '… in grant funding under the Westby Thriving scheme', 'of Operation Y, a scheme run by'
    m = None if names or not _FUNDING_WORD.search(text) else _funding_of().search(text)
    return givers, names, m.group("funder") if m else None


GROUP_WORDS = {"Board", "Partnership", "Group", "Executive", "Forum", "Committee", "Trust"}


def _group(name: str) -> bool:
    return name.split()[-1] in GROUP_WORDS


@cache
def _funding_of() -> re.Pattern:
    """'Police and Crime Commissioner funding by project': a body before 'funding', 'grant' or 'allocation'."""
    return re.compile(
        rf"{_name('funder')}(?:[’']s)? (?:{_FUNDING_WORDS})\b"
    )  # 'the Commissioner's grant schemes'


_FUNDING_WORDS = "funding|grants?|allocations?|contributions?|monies"
_FUNDING_WORD = re.compile(rf" (?:{_FUNDING_WORDS})")  # what every match of _funding_of holds


def _funder_mention(ctx: Context, name: str):
    kind = Kind.FUND if _pattern(r"\b(?:{W})$", "fund_heads").search(name) else None
    return ctx.mention(name, kind)


def _owned_fund(name: str) -> str:
    """'Commissioner’s People Power Fund' -> 'People Power Fund'; 'X Action Grant fund' -> 'X Action Grant' and
    'UKXF funds' -> 'UKXF' (the name, and a common noun after it)."""
    owned = re.split(r"(?<=\w)(?:’s|'s|s’|s') ", name)[-1]
    return re.sub(r"^([A-Z]{2,8}) funds?$|\b(Grants?|Scheme|Programme|Funding) fund$", r"\1\2", owned)


BACK_REF = re.compile(r"\b([Tt]he) (partnership|board|council|commissioner|trust|panel|fund)\b")
NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\)|[a-z]\.|[A-Z]{3,12}:)\s+")


# A grants table run into one line, its header first: 'Organisation Request Recommendation Westby Tennis Club
# £15,000 £15,000 Eastby Hall £3,650 £3,000 Total Recommendations £18,650 £18,000'
FLAT_TABLE_HEAD = re.compile(
    r"^(?:Organisation|Applicant|Group|Project|Name|Recipient)s?(?:\s+Name)?"
    r"(?P<cols>(?:\s+(?:Request(?:ed)?|Recommendation|Recommended|Award(?:ed)?|Amount|Grant|Approved|Offered)){1,4})"
    r"\s+(?=[A-Z])"
)
FLAT_ROW = re.compile(
    r"(?P<name>[A-Z][^£]{1,80}?)\s+(?P<amounts>£[\d,]+(?:\.\d\d)?(?:\s+£[\d,]+(?:\.\d\d)?)*)(?=\s|$)"
)
FLAT_TABLE = Form("flat_table", re.compile(""), True, "proposed")


def _flat_table_rows(head: re.Match[str], text: str) -> list[tuple[str, float]]:
    """(recipient, amount) for each row of a table run into one line: the amount in the column that awards
    ('Recommendation', 'Award'), else the last; no row for the totals."""
    cols = head.group("cols").split()
    pick = next(
        (k for k, c in enumerate(cols) if re.match(r"(?i)recommend|award|approved|offered|grant", c)), -1
    )
    out = []
    for m in FLAT_ROW.finditer(text, head.end()):
        amounts = re.findall(r"£([\d,]+(?:\.\d\d)?)", m.group("amounts"))
        name = m.group("name").strip()
        if len(amounts) != len(cols) or re.match(r"(?i)total", name):
            continue
        out.append((name, float(amounts[pick].replace(",", ""))))
    return out


def _fund_before(funders: Funders, text: str, at: int) -> str | None:
    """'Further funding was given out through the X Fund, with Y receiving £1,500': the fund the sentence
    names before a flow that names none."""
    if not _fund_head().search(text, 0, at):
        return None
    names = [
        clean_name(_owned_fund(f.group("name")))
        for f in _fund_name().finditer(text, 0, at)
        if re.search(
            r"\b(?:through|from|by|under|via)\s+(?:the\s+)?$", text[max(0, f.start() - 20) : f.start()]
        )
    ]  # the fund money comes through, not one it is for ('… for the Drugs Intervention Programme; £N goes to')
    return funders.fund(names[-1]) if names and names[-1] and len(names[-1].split()) > 1 else None


def _sentence_flows(funders: Funders, text: str, line: int, last: dict):
    """(funder, recipient, amount, form, the text around the match) for each form matched in a sentence,
    left to right.

    A form without its funder takes the one in force (updated by each explicit flow on the way);
    a form without its recipient takes the one named last in the paragraph (``last``)."""
    if "£" not in text and _every_form_has_amount():
        return  # no form can match a text without '£'
    if (flat := FLAT_TABLE_HEAD.match(text)) and (funder := funders.fallback(line)):
        for name, amount in _flat_table_rows(flat, text):
            if recipient := funders.resolve(clean_name(name) or "", line):
                yield funder, recipient, amount, FLAT_TABLE, text
        return
    taken: list[tuple[int, int]] = []
    text = NUMBERING.sub("", BULLET.sub("", text, count=1), count=1)
    text = BACK_REF.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}", text)  # 'the partnership' too
    found: list[tuple[int, Form, re.Match[str], str | None]] = []
    for form in forms():
        for m in form.regex.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if form.after and not any(a.start() <= m.start() for a in form.after.finditer(text)):
                continue  # (the words the form needs before it)
            groups = m.groupdict()
            if _split_name(text, m):
                continue  # 'from the Department for Education for a pilot': one body, not funder and recipient
            if not (form.recipient_context or form.recipient_own) and not clean_name(groups.get("recipient")):
                if not form.context and (who := funders.funder(groups.get("funder"), line)):
                    found.append((m.start(), form, m, who))  # names the giver only
                continue
            if not form.context and not clean_name(groups.get("funder")):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), form, m, None))
    # 'X received £1,500, Y £875 and Z £729': the run read with X's flow is no other form's
    gapped = {
        m.end(): g for _, f, m, _ in found if f.name == "received_amount" and (g := _gapped(text, m.end()))
    }
    found = [f for f in found if not any(a <= f[0] < g[-1].end() for a, g in gapped.items())]
    for _, form, m, giver in sorted(found, key=lambda f: f[0]):
        if giver:
            funders.current = giver
            continue
        groups = m.groupdict()
        if form.context:
            # '£A for X and £B for Y from Z': the funder the list closes with, else the one in force
            funder = (
                funders.funder(_closing_funder(text, m.end()), line)
                or _fund_before(funders, text, m.start())
                or funders.fallback(line)
            )
        else:
            funder = funders.funder(groups.get("source"), line) or funders.funder(groups.get("funder"), line)
            # a committee no body owns in the text gives itself ('Westby Area Committee has made a grant of £N
            # to X', 'the Joint Committee provided the PCSP with £N')
            named = clean_name(groups.get("funder")) or ""
            funder = funder or (funders.resolve(named, line) if _decider(named) and " " in named else None)
            funder = funder or funders.fallback(line)
        if form.recipient_context:
            recipient = last.get("recipient")
        elif (
            form.recipient_own
        ):  # 'We receive …' on the page of a group its title names ('Community Safety Partnership')
            recipient = funders.own or funders.ctx.title_group or groups.get("fund")
        elif groups.get("each") and (defined := funders.ctx.definitions.get(groups["recipient"].split()[0])):
            recipient = defined  # 'to each CSP area': the bodies the document's acronym stands for
        else:
            recipient = funders.resolve(clean_name(_whole_subject(text, m)) or "", line) or None
        if not recipient or not funder or recipient == funder:
            continue
        if not form.context:
            funders.current = funder
        if not form.context and FUND_END.search(recipient):
            funders.current = recipient  # money paid into a fund: the fund pays out what follows
        last["recipient"] = recipient
        near = text[m.start() : m.end() + 30]  # where the flow's own period is written ('£N for 2024/25')
        amount = money_value(m.group("num"), m.group("mult"))
        if groups.get("recipient") and (shared := _shared(text, m, recipient)):
            each = amount if re.search(r"\beach\b|^(?:\w+ )?\w+s of £", text) else None
            for name in shared:
                if (name := funders.resolve(name, line)) != funder:
                    yield funder, name, each, form, near
            continue
        yield funder, recipient, amount, form, near
        if form.name == "received_amount":  # 'X received £2,000, Y £3,000 and music festival Z £300'
            for g in gapped.get(m.end(), []):
                if (name := funders.resolve(clean_name(g.group("recipient")) or "", line)) and name != funder:
                    yield funder, name, money_value(g.group("num"), g.group("mult")), form, g.group(0)


FUND_END = re.compile(r"\b(?:Fund|Chest|Pot)$")
LIST_TAIL = re.compile(r"(?:,\s*(?:and\s+)?[A-Z][^,;.£:]*){1,12}(?:,?\s+and\s+[A-Z][^,;.£:]*)?[.;]?\s*")


def _shared(text: str, m: re.Match[str], recipient: str) -> list[str]:
    """The recipients of one amount named as a list: 'Awards of £2,000 were made to A, B and C' (after the
    form's recipient), 'A, B and C will each receive £5,000' (before it); none for a single recipient."""
    end = m.end("recipient")
    if LIST_TAIL.fullmatch(text, end) and len(tail := _recipients(text[end:].lstrip(", "))) > 0:
        return [recipient, *tail]
    if re.search(r"\beach\b", text[end : m.start("num")]) or text.startswith(" each", m.end()):
        names = _recipients(re.split(r"[:;]", text[:end])[-1])
        return names if len(names) > 1 else []
    return []


@cache
def _gapped_re() -> re.Pattern:
    """', Y £3,000', ' and music festival Z £300': a recipient and its amount after 'X received £N', the verb
    left out; a few words may say what the recipient is, a second name after '/' is the same one's."""
    return re.compile(
        rf"(?:,\s+|\s+and\s+)(?:[A-Za-z][\w-]*\s+){{0,4}}?{_name('recipient', recipient=True)}"
        rf"(?:/[^£,/]{{2,80}}?)?\s+{AMOUNT}(?=\s*(?:[,;.]|\s+(?:and|towards|for|to)\b|$))"
    )


def _gapped(text: str, at: int) -> list[re.Match[str]]:
    """The recipients and amounts that go on from ``at`` with the verb left out (see :func:`_gapped_re`)."""
    out = []
    while m := _gapped_re().match(text, at):
        out.append(m)
        at = m.end()
    return out


# A sentence's opening name, with the small words and bracketed letters a recipient's slot stops at
SUBJECT_START = re.compile(
    r"(?:The )?(?:(?:[A-Z][\w’'&.-]*|\([A-Z]{2,8}\)|for|the|of|and|&|on|in|at)(?: |(?= ?\()|$))+\(?"
)


COMMA_WORDS = re.compile(
    r"(?:,\s[A-Z][a-z]+){1,3}(?:,?\s(?:and\s)?[A-Z][\w'’-]*){0,3}?\s(?:Partnership|Group|Club|Trust|Association|"
    r"Project|Network|Forum|Society|Alliance|CIC)\b"
)


def _whole_subject(text: str, m: re.Match[str]) -> str:
    """The recipient a form matched, whole when the sentence opens with it: 'Westby Riding for the Disabled
    received £N' (the slot stops at 'for the'), 'The Growing the Game initiative', 'Westby Young Engineers
    (WYE) After School Club'; with its words in brackets after it."""
    start, end = m.start("recipient"), m.end("recipient")
    name = (
        text[:start] + m.group("recipient") if SUBJECT_START.fullmatch(text[:start]) else m.group("recipient")
    )
    # 'to Westby Safe, Well, Happy Partnership towards …': single words in a row before a body's head word
    if run := COMMA_WORDS.match(text[end:]):
        name, end = name + run.group(0), end + run.end()
    # 'released to Westby Lifestyle (Off the Street On the Ball);': the name's own words in brackets
    bracket = re.match(r" \((?P<inner>[A-Z][^()£\d]{2,60})\)(?=\s*(?:[;.,]|$))", text[end:])
    return f"{name} ({bracket.group('inner')})" if bracket else name


@cache
def _closing_from() -> re.Pattern:
    amount = r"£\d[\d,.]*(?:m|k| million)?"
    return re.compile(
        rf"(?:\s*(?:,|and|,\s*and)\s+{amount}(?: of funding| grant)? (?:to|for|towards) [^.;£]{{1,80}}?)*"
        rf"\s+from (?:the )?{_name('funder')}"
    )


def _closing_funder(text: str, end: int) -> str | None:
    """The funder a list of amounts and recipients closes with, read from the end of one of its flows."""
    m = _closing_from().match(text, end)
    return m.group("funder") if m else None


AMOUNT_CELL = re.compile(  # '£460', '£460 (approx)', '£485 (post Covid-19)': an amount and a note on it
    rf"\s*{AMOUNT}\s*(?:\(?(?:approx\.?|est\.?)\)?"
    rf"|\((?!(?i:declined|refused|withdrawn|rejected|deferred|not\s+awarded|unsuccessful))[A-Za-z][^()£]{{0,30}}\))?\s*"
)


def _amount_cell(text: str) -> float | None:
    m = AMOUNT_CELL.fullmatch(text) if "£" in text else None  # an amount is written with its '£'
    if m:
        return money_value(m.group("num"), m.group("mult"))
    return None


def _plain_number(text: str) -> float | None:
    m = re.fullmatch(r"\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?\s*", text)
    return float(text.strip().replace(",", "")) if m else None


@dataclass
class _Header:
    periods: dict[int, str]
    money_cols: set[int]
    name_col: int | None = None
    funder_col: int | None = None
    cells: list[str] | None = None
    year_col: int | None = None  # a column giving each row's period ('Year', 'Period')
    scale: float = 1.0  # 1000 under a caption in thousands ("(£'000)")
    given: bool = False  # 'Partner | Contribution': each row's body gives to the document's own body


@dataclass
class _Row:
    start: int
    end: int
    label: str
    amounts: list[tuple[float, str | None]]
    funder: str | None = None  # from a funder column, or an income line's label
    income: bool = False  # an income line: the recipient is the document's own body


MONEY_HEADS = r"\b(?:amount|award(?:ed)?|grants?|allocation|allocated|funding|sum|value|budget|cost|spend|contribution)\b"
BODY_RECIPIENT_HEADS = re.compile(  # a body's column, before a project's ('Project | Organisation | Amount')
    r"^(?:name of )?(?:recipient|organisation|organization|applicant|grantee|beneficiary|charity|provider|group)s?\b",
    re.I,
)
RECIPIENT_HEADS = re.compile(
    r"^(?:name of )?(?:recipient|organisation|organization|applicant|group|project|scheme|grantee|beneficiary|"
    r"charity|name|provider|partner|service|csp|area|district|initiative)s?\b",
    re.I,
)
HEADER_WORDS = re.compile(
    r"^(?:recipient|organisation|organization|applicant|group|project|scheme|grantee|beneficiary|charity|name|"
    r"provider|partner|service|purpose|description|amount|award|awarded|grant|grants|allocation|funding|total|"
    r"year|period|funder|source|ref|reference|no|£|\(£\)|lead|granted|approved|date)s?$",
    re.I,
)
THOUSANDS = re.compile(r"£\s?['’]?000s?|£k\b|\(\s*['’]?000s?\s*\)|\bthousands\b", re.I)
MONEY_CAPTION = re.compile(r"£|\b(?:funding|grants?|allocations?|budget|contributions?)\b", re.I)


def _cells(raw: str) -> list[str]:
    """A line's cells: tabs or ' | ' keep their empty cells (columns stay aligned); else runs of spaces."""
    if "\t" in raw or re.search(r"\s\|\s|^\s*\|", raw):
        cells = [c.strip(" *") for c in re.split(r"\t|\s*\|\s*", raw.strip().strip("|"))]
    else:
        cells = [c.strip(" *") for c in re.split(r"\s{2,}", raw.strip())]
    if len(cells) >= 2 and LIST_MARK_CELL.fullmatch(cells[0]):
        cells = [
            f"{cells[0]} {cells[1]}",
            *cells[2:],
        ]  # 'a.            Reach Projects £13,000': a list's mark
    while cells and not cells[-1]:
        cells.pop()
    return cells


PLACE_AFTER = re.compile(  # 'Westby Youth Projects, Eastby': the place a row's recipient works in
    r"^(?P<name>[^,]*\S\s+\S[^,]*?)(?:,\s+[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|and|St))*)+$"
)
LIST_MARK_CELL = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|[•·–-]")


AMOUNT_TOKEN = re.compile(
    r"£?\d{1,3}(?:,\d{3})+(?:\.\d{2})?|£?\d+(?:\.\d{2})?|£\d+(?:\.\d+)?(?:k|m)|[-–—]|nil"
)


def _flat_cells(raw: str, header: _Header | None) -> list[str] | None:
    """Cells of a line flattened from PDF with single spaces: a header of header words or of a label and
    periods ('Project 2020/21 2021/22'), or a label and trailing amounts ('Oakhurst Street Pastors 8,000 8,500')."""
    tokens = raw.split()
    if 2 <= len(tokens) <= 8 and all(HEADER_WORDS.match(t) or FY.fullmatch(t) for t in tokens):
        return tokens
    dated = [tokens.pop()] if header and len(tokens) > 2 and DATE_CELL.fullmatch(tokens[-1]) else []
    tail: list[str] = []
    while tokens and (AMOUNT_TOKEN.fullmatch(tokens[-1]) or FY.fullmatch(tokens[-1])) and len(tail) < 8:
        tail.insert(0, tokens.pop())
    label = " ".join(tokens)
    if (
        not tail
        or not label
        or len(label) > 90
        or label.endswith(".")
        or not re.search(r"[A-Za-z]{3}", label)
    ):
        return None
    if all(FY.fullmatch(t) for t in tail):  # 'Project 2020/21 2021/22'
        return [label, *tail] if header is None or RECIPIENT_HEADS.match(label) else None
    if not any("£" in t for t in tail) and header is None:
        return None
    return [label, *tail, *dated]  # (the date a row's grant was awarded: 'Westby Club £450.00 08/08/2023')


DATE_CELL = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
AMOUNT_CLOSING = re.compile(
    r"(?:(?P<text>.*[A-Za-z].*?)\s+)?(?P<amount>£\d[\d,]*(?:\.\d{2})?)(?:\s+(?P<date>\d{1,2}/\d{1,2}/\d{2,4}))?"
)


def _amount_split(cells: list[str]) -> list[str]:
    """A cell run on into the amount (and date) after it: 'Replacement doors £4,500.00 08/08/2023' -> three."""
    out: list[str] = []
    for c in cells:
        m = AMOUNT_CLOSING.fullmatch(c)
        out += [x for x in m.group("text", "amount", "date") if x] if m else [c]
    return out


PROJECT_HEAD = re.compile(r"(?i)^(?:project|purpose|description|scheme|activity)s?\b")


def _project_split(cells: list[str], header: _Header) -> list[str]:
    """A recipient run on into its project under a 'Organisation Project Amount' header: the body ends at its
    last head word ('Westby Youth Football Club Vehicle barrier works' -> the club, then the works)."""
    at, heads = header.name_col, header.cells or []
    if (
        at is None
        or at + 1 >= len(heads)
        or not PROJECT_HEAD.match(heads[at + 1])
        or len(cells) >= len(heads)
    ):
        return cells
    words = cells[at].split()
    ends = [
        k for k in range(1, len(words) - 1) if head_kind(words[k]) is not None and words[k + 1][:1].isupper()
    ]
    if not ends:
        return cells
    k = ends[-1] + 1
    return [*cells[:at], " ".join(words[:k]), " ".join(words[k:]), *cells[at + 1 :]]


NUMBER_CELL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}")
YEAR_HEAD = re.compile(r"(?:financial )?(?:year|period)s?")
MONEY_HEAD = re.compile(MONEY_HEADS)


@cache
def _funder_heads() -> list[str]:
    return [h.strip() for h in vocabulary()["funder_heads"].split("|")]


def funder_head(cell: str) -> bool:
    """A column header naming who gives ('Funder', 'Funding source')."""
    return cell.strip(" :").lower() in _funder_heads()


def _measure_header(cells: list[str]) -> bool:
    """A performance table's header ('Indicator | Baseline 2022/23 | Target'): its numbers are no money."""
    if any(
        _amount_cell(c) is not None or NUMBER_CELL.fullmatch(c) or "£" in c or MONEY_HEAD.search(c.lower())
        for c in cells
    ):
        return False  # figures, or a money column ('Target group | Grant £')
    return any(_pattern(r"\b(?:{W})\b", "measure_heads", re.I).search(c) for c in cells)


def _header(cells: list[str]) -> _Header | None:
    """A header row: no amounts; its cells name periods ('2019/20') or money ('Amount', '£', 'Grant')."""
    if any(
        _amount_cell(c) is not None
        or NUMBER_CELL.fullmatch(c)
        or re.fullmatch(r"\d{1,3}|\(\d{1,3}\)", c)
        or re.search(r"£\s?\d", c)
        for c in cells
    ):
        return (
            None  # a header holds no figures (a bare '185' under a thousands caption, '£2000 be released …')
        )
    if any(len(c) > 80 or c.rstrip().endswith(("?", ".")) and len(c) > 30 for c in cells):
        return None  # a question or a sentence set beside a number ('1)     Following …?') is prose
    if _measure_header(cells):
        return None
    periods, money_cols, year_col = {}, set(), None
    heads = _funder_heads()  # the best first: 'Funder' over 'Source'
    ranked = [
        (heads.index(c.strip(" :").lower()), i) for i, c in enumerate(cells) if c.strip(" :").lower() in heads
    ]
    funder_col = min(ranked)[1] if ranked else None
    name_col = next(
        (i for i, c in enumerate(cells) if i != funder_col and BODY_RECIPIENT_HEADS.match(c)), None
    )
    for i, c in enumerate(cells):
        low = c.lower()
        if i == funder_col:
            continue
        if name_col is None and RECIPIENT_HEADS.match(c):
            name_col = i
        if YEAR_HEAD.fullmatch(low.strip()):
            year_col = i
        if (m := FY.search(c)) and len(c) <= 25:
            periods[i] = m.group(1).replace(" ", "")
        if "£" in c or MONEY_HEAD.search(low):
            money_cols.add(i)
    if money_cols and periods:  # 'Grant' over '2019/20' '2020/21', or '2019/20 (£)'
        money_cols |= set(periods)
    filled = [c for c in cells if c]
    # periods alone still date '£' cells; plain numbers count as money only under a money word
    if (money_cols or periods) and len(filled) >= 2:
        given = any(i in money_cols and GIVEN_HEAD.search(c) for i, c in enumerate(cells))
        return _Header(periods, money_cols, name_col, funder_col, cells, year_col, given=given)
    return None


GIVEN_HEAD = re.compile(r"(?i)^(?:partner\s+|annual\s+|financial\s+)?contributions?\b|^income\b")


def _label_column(cells: list[str], header: _Header | None) -> int | None:
    """The recipient's cell: the header's name column, else the first cell that is a name, not a number or code."""
    if header and header.name_col is not None and header.name_col < len(cells) and cells[header.name_col]:
        i = header.name_col
    else:
        i = next(
            (
                k
                for k, c in enumerate(cells)
                if c
                and re.search(r"[A-Za-z]{3}", c)
                and not re.fullmatch(r"[A-Z]{0,4}[-/ ]?\d[\w/-]*", c)
                and not (header and k == header.funder_col)
            ),
            None,
        )
    if i is None or _amount_cell(cells[i]) is not None or "£" in cells[i]:
        return None
    return i


def _section(cell: str) -> str | None:
    low = re.sub(r"[^a-z ]", "", cell.lower()).strip()
    if _pattern("(?:{W})", "income_heads").fullmatch(low):
        return "income"
    if _pattern("(?:{W})", "expenditure_heads").fullmatch(low):
        return "expenditure"
    return None


def _income_funder(label: str) -> str | None:
    """'Home Office grant' -> 'Home Office', 'Home Office – Safer Streets Fund' -> 'Home Office'; a label
    without a funder's tail or a body before a dash is no funder."""
    dash = re.match(r"^(.+?)\s+[–—-]\s+\S", label)
    if dash and (head := clean_name(dash.group(1))) and _body_like(head):
        return head
    m = _pattern(r"^(.+?)\s+(?:{W})\b", "income_tails", re.I).match(label)
    return clean_name(m.group(1)) if m else None


def _body_like(name: str) -> bool:
    return kind_of(name) is not Kind.PERSON and (
        bool(_pattern(r"\b(?:{W})$", "body_heads").search(name))
        or bool(_pattern(r"\b(?:{W})$", "heads_before_for").search(name))
    )


def _row(cells: list[str], header: _Header | None, start: int, end: int, section: str | None) -> _Row | None:
    label_at = _label_column(cells, header)
    if label_at is None and header and header.funder_col is not None and header.name_col is None:
        # 'Funding source | Amount': each row names a funder of the document's own body
        label_at, section = header.funder_col, "income"
    if label_at is None:
        return None
    amounts = []
    for i, c in enumerate(cells):
        if i == label_at or not c or (header and i in (header.funder_col, header.year_col)):
            continue
        value = _amount_cell(c)
        if value is None and header and i in header.money_cols:
            value = _plain_number(c)
        if (
            value is None
            and header
            and not header.money_cols
            and header.name_col is not None
            and i in header.periods
        ):
            # 'Project | 2019/20 | 2020/21' over '12,000': a recipient's figures by year ('Crime type | 2023'
            # over '9,412' counts offences)
            value = _plain_number(c) if "," in c else None
        if value is not None:
            amounts.append(
                (value * (header.scale if header else 1.0), header.periods.get(i) if header else None)
            )
    if not amounts:
        return None
    if (
        header
        and header.year_col is not None
        and header.year_col < len(cells)
        and (m := FY.search(cells[header.year_col]))
    ):
        amounts = [(a, p or m.group(1).replace(" ", "")) for a, p in amounts]
    label = cells[label_at]
    if AWARDED_CLAUSE.search(label):
        return None  # 'The group were awarded £4,000': a sentence ending in an amount, no table's row
    funder = None
    if header and header.funder_col is not None and header.funder_col < len(cells):
        funder = clean_name(cells[header.funder_col])
    if (section == "given" or header and header.given) and not _total().match(label):
        return _Row(start, end, label, amounts, clean_name(label), income=True)
    if section == "income" and not _total().match(label):
        funder = funder if label_at == (header and header.funder_col) else _income_funder(label)
        return _Row(start, end, label, amounts, funder, income=True) if funder else None
    if section == "expenditure":
        return None
    return _Row(start, end, label, amounts, funder)


def _one_cell_groups(lines: list[str], n: int) -> tuple[list[tuple[int, int, list[str]]], int]:
    """Groups of short lines separated by blank lines from line index ``n``: [(start, end, cells)], next index."""
    groups: list[tuple[int, int, list[str]]] = []
    while n < len(lines):
        while n < len(lines) and not lines[n].strip():
            n += 1
        start, cells = n, []
        while n < len(lines) and lines[n].strip():
            text = clean(lines[n])
            if len(text) > 90 or text.endswith((".", ":")) or len(_cells(lines[n])) > 1:
                return groups, start
            cells.append(text)
            n += 1
        if not cells or len(cells) > 6:
            return groups, start
        groups.append((start + 1, n, cells))
    return groups, n


def _table_rows(ctx: Context, heads: set[int] | None = None):
    """Rows of grant tables in any flattening: tabs, pipes, aligned spaces, single spaces, one cell per line.
    The lines of their headers are added to ``heads``."""
    heads = set() if heads is None else heads

    skip = {
        n
        for t in tables(ctx.doc.blocks)
        if t.kind == "funding"
        for b in t.rows
        for n in range(b.start, b.end + 1)
    }
    lines = ctx.doc.lines
    header: _Header | None = None
    section: str | None = None
    skip_rows = False  # under a performance table's header until the next header or prose
    caption = ""  # the last short line above a header: '(£)' there makes its period columns money
    n = 0
    while n < len(lines):
        raw = strip_tags(lines[n]).rstrip()
        n += 1
        if not raw.strip():
            continue
        if raw.endswith(" |") and (piped := _piped_table(lines, n - 1)):  # 'Organisation |' / 'Award £ |'
            head_end, rows, n = piped
            heads.update(range(n - len(rows), head_end + 1))
            yield from rows
            continue
        if n in skip or re.fullmatch(r"[\s|:-]+", raw):
            continue
        if (m := RECIPIENT_FIELD.match(raw)) and (award := _award_field_below(lines, n)):
            yield _Row(n, award[0], m.group("name"), [(award[1], award[2])])  # 'Recipient: X' / 'Award: £N'
            n = award[0]
            continue
        cells = _cells(raw)
        filled = [c for c in cells if c]
        numbered = re.match(
            r"\s*\(?\d{1,2}[.)]\s+\S.*\s(?:to|be|is|are|was|were)\s", raw
        )  # '1. X to be funded …'
        if len(filled) == 1 and not numbered and (flat := _flat_cells(raw.strip(), header)):
            cells = filled = flat
        if filled and (sec := _section(filled[0])):
            section = sec
        if len(filled) >= 2 and _measure_header(cells):
            header, section = None, None  # a performance table's header: its rows hold no money
            skip_rows = True
            continue
        if len(filled) >= 2 and (h := _header(cells)):
            if h.periods and not h.money_cols and MONEY_CAPTION.search(caption):
                h.money_cols |= set(h.periods)
            if THOUSANDS.search(caption) or any(THOUSANDS.search(c) for c in cells):
                h.scale = 1000.0
            header, skip_rows = h, False
            heads.add(n)
            continue
        if skip_rows and len(filled) >= 2:
            continue
        if len(filled) >= 2 and (
            not any(c.endswith(".") and len(c) > 60 for c in cells)
            or " | " in raw
            and _amount_cell(filled[-1]) is not None  # 'X | what it pays for. | £3,000 |'
        ):
            if header and header.money_cols:
                cells = _project_split(_amount_split(cells), header)
            if (
                header
                and header.cells
                and len(cells) < len(header.cells)
                and (split := _flat_split(cells, header))
            ):
                cells = split
            if row := _row(cells, header, n, n, section):
                yield row
            continue
        if len(filled) >= 2:
            continue
        cells, raw = filled, raw.strip()
        if len(raw) > 60 or raw.endswith((".", ":")):
            header, skip_rows = None, False  # prose between tables: a header above it no longer holds
            # 'Contributions were made by:': each row below names a body that gave
            section = "given" if raw.endswith(":") and _given_by().search(raw) else None
        if len(raw) <= 120:
            caption = raw
        # one cell per line: a header group of header words, then rows of as many lines
        if len(cells) == 1 and HEADER_WORDS.match(raw) and (table := _one_cell_table(lines, n - 1)):
            heads.update(range(n, table[0][0].start))
            for row in table[0]:
                yield row
            n = table[1]
            continue
        if raw in ("£", "(£)") and (pairs := _name_amount_paragraphs(lines, n)):
            heads.add(n)
            yield from pairs[0]
            n = pairs[1]
            continue
        if (
            len(cells) == 1
            and HEADER_WORDS.match(raw)
            and (table := _numbered_paragraphs_table(lines, n - 1) or _paragraph_cells_table(lines, n - 1))
        ):
            heads.add(n)
            yield from table[0]
            n = table[1]
            continue
        # one cell per line: a name, then the amount alone on the next line(s)
        if len(cells) == 1 and _amount_cell(raw) is None and len(raw) <= 90 and not raw.endswith((".", ":")):
            following = [lines[k].strip() for k in range(n, min(n + 2, len(lines)))]
            if following and following[0] and (amount := _amount_cell(following[0])) is not None:
                yield _Row(n, n + 1, raw, [(amount, None)])
                n += 1
            elif (below := _amount_paragraph_below(lines, n)) and TITLE_CASE_NAME.fullmatch(raw):
                # 'Westby Dance UK' / (blank) / '£105,000 over three years (…) towards …': its grant
                yield _Row(n, below[0], raw, [(below[1], None)])
                n = below[0]


TITLE_CASE_NAME = re.compile(
    r"[A-Z0-9][\w’'&.()-]*(?: (?:[A-Z0-9&][\w’'&.()-]*|of|and|for|the|in|on|at|upon)){0,12}"
)
AMOUNT_LEADS = re.compile(
    rf"^(?:(?:Awarded|Granted|Allocated|Approved|Agreed)\s+)?{AMOUNT}(?=\s+(?:over|towards|for)\b|\s*\(|\s*$)"
)  # '£63,500 over two years (…) towards …', 'Awarded £250'


RECIPIENT_FIELD = re.compile(
    r"(?i)^\s*(?:recipient|grantee|awarded\s+to|applicant|organi[sz]ation)\s*:\s*(?P<name>(?-i:[A-Z])[^:£]{1,120}?)\s*$"
)
AWARD_FIELD = re.compile(
    rf"(?i)^\s*(?P<period>{FY.pattern}\s+)?(?:amount\s+)?(?:allocation|allocated|award(?:ed)?|grant(?:\s+awarded)?"
    rf"|amount(?:\s+awarded|\s+granted)?|funding(?:\s+awarded|\s+allocated)?)\s*:\s*{AMOUNT}\s*$"
)


def _award_field_below(lines: list[str], n: int) -> tuple[int, float, str | None] | None:
    """A record's amount field within the three lines below line ``n`` (1-based): 'Recipient: X' over '2019/20
    Allocation: £1,500' (line, amount, period), before the next record's recipient."""
    for k in range(n, min(n + 3, len(lines))):
        text = strip_tags(lines[k])
        if RECIPIENT_FIELD.match(text):
            return None
        if (m := AWARD_FIELD.match(text)) and (amount := money_value(m.group("num"), m.group("mult"))):
            return k + 1, amount, (m.group("period") or "").strip() or None
    return None


def _amount_paragraph_below(lines: list[str], n: int) -> tuple[int, float] | None:
    """(line, amount) of a paragraph within three lines under line index ``n`` that opens with an amount and
    goes on with what it is over or towards ('£63,500 over two years (…) towards …')."""
    for k in range(n, min(n + 3, len(lines))):
        if text := clean(lines[k]):
            m = AMOUNT_LEADS.match(text)
            return (k + 1, money_value(m.group("num"), m.group("mult"))) if m else None
    return None


def _flat_split(cells: list[str], header: _Header) -> list[str] | None:
    """A run-together label under a header with a funder column before the name column: split the label
    after its first organisation head word ('Oakhurst District Council Community Wardens')."""
    if header.funder_col is None or header.name_col is None or header.funder_col > header.name_col:
        return None
    missing = len(header.cells or []) - len(cells)
    if missing != 1:
        return None
    m = _pattern(r"^(.*?\b(?:{W}))\s+([A-Z].*)$", "body_heads").match(cells[0])
    if not m:
        return None
    return [m.group(1), m.group(2), *cells[1:]]


def _piped_cells(lines: list[str], n: int) -> list[tuple[int, int, str]]:
    """The cells a web page gave one a line, each closed by ' |' (a cell's text may wrap over lines before
    its bar), from line index ``n``: [(first line, last line, text)] (1-based lines)."""
    cells: list[tuple[int, int, str]] = []
    start, parts = n, []
    while n < len(lines) and len(cells) < 400:
        line = strip_tags(lines[n]).rstrip()
        if not line.strip():
            break
        parts.append(line)
        n += 1
        if line.endswith("|"):
            cells.append((start + 1, n, clean(" ".join(parts).rstrip("| "))))
            start, parts = n, []
        elif len(parts) > 3:
            break
    return cells


def _piped_table(lines: list[str], n: int) -> tuple[int, list[_Row], int] | None:
    """A grant table of piped cells ('Ref |' / 'Organisation |' / 'Purpose |' / 'Award £ |' / 'WC1 |' / …): the
    header's words, then rows of as many cells, up to the first that no longer fits (a total, prose)."""
    cells = _piped_cells(lines, n)
    width = 0
    while width < len(cells) and HEADER_WORDS.match(re.sub(r"\s*\(?£\)?$", "", cells[width][2])):
        width += 1
    header = _header([c for _, _, c in cells[:width]]) if width >= 2 else None
    if not header or header.name_col is None or not header.money_cols:
        return None
    rows = []
    for k in range(width, len(cells) - width + 1, width):
        row = cells[k : k + width]
        if _total().match(row[0][2]) or _amount_cell(row[header.name_col][2]) is not None:
            break
        if built := _row([c for _, _, c in row], header, row[0][0], row[-1][1], None):
            rows.append(built)
    return (cells[width - 1][1], rows, cells[-1][1]) if rows else None


def _one_cell_table(lines: list[str], n: int) -> tuple[list[_Row], int] | None:
    groups, end = _one_cell_groups(lines, n)
    if len(groups) < 2:
        return None
    head = groups[0][2]
    if not all(HEADER_WORDS.match(c) for c in head):
        return None
    header = _header(head)
    if not header:
        return None
    rows = []
    for start, stop, cells in groups[1:]:
        if len(cells) > len(head):
            break
        if len(cells) < len(head):  # a total written as 'Total' and its amount
            if not _total().match(cells[0]):
                break
            cells = [cells[0]] + [""] * (len(head) - len(cells)) + cells[1:]
        if row := _row(cells, header, start, stop, None):
            rows.append(row)
    return (rows, end) if rows else None


def _name_amount_paragraphs(lines: list[str], n: int) -> tuple[list[_Row], int] | None:
    """Under a lone '£' (a table's money column head), a name and its amount in figures, each a paragraph of
    its own ('Westby Advice Bureau' / '115,000' / 'Westby YMCA' / '40,000' / 'Total:' / '155,000'): a row a pair,
    to the total or the first paragraph that is no such pair."""
    groups, _ = _one_cell_groups(lines, n)
    paragraphs = [(start, cells[0]) for start, _, cells in groups if len(cells) == 1]  # (line, text), 1-based
    rows: list[_Row] = []
    for (at, name), (end, figure) in zip(paragraphs[::2], paragraphs[1::2], strict=False):
        amount = _plain_number(figure)
        if amount is None or _plain_number(name) is not None or not re.search(r"[A-Za-z]", name):
            break
        if _total().match(name):
            return (rows, end) if len(rows) >= 2 else None
        rows.append(_Row(at, end, name, [(amount, None)]))
    return (rows, rows[-1].end) if len(rows) >= 2 else None


def _numbered_paragraphs_table(lines: list[str], n: int) -> tuple[list[_Row], int] | None:
    """A table whose every cell is a paragraph of its own ('Ref' / 'Applicant' / 'Amount Requested' / 'Award'
    then '1' / 'Westby Youth Club' / 'Award' / '£2,500.00' / '£2,500.00' / '2' / …, blank lines between all):
    a row starts at each number in turn (1, 2, 3 …); its recipient is its first cell of words, its award the
    last amount (the header names an applicant and an amount)."""
    cells = [(start, end, " ".join(group)) for start, end, group in _one_cell_groups(lines, n)[0]]
    first = next((i for i, (_, _, t) in enumerate(cells) if t == "1"), None)
    head = [t for _, _, t in cells[:first]] if first else []
    if (
        not 3 <= len(head) <= 8
        or not any(BODY_RECIPIENT_HEADS.match(h) for h in head)
        or not any(re.search(MONEY_HEADS, h, re.I) for h in head)
    ):
        return None
    rows: list[_Row] = []
    number, at = 1, first or 0
    while at < len(cells) and cells[at][2] == str(number):
        end = next((i for i in range(at + 1, len(cells)) if cells[i][2] == str(number + 1)), None)
        row = cells[at + 1 : end]
        closing = next((i for i, (_, _, t) in enumerate(row) if _total().match(t)), None)
        row = row[:closing]  # 'Total Awarded' after the last row: the table's total, no row's
        words = [t for _, _, t in row if _amount_cell(t) is None and re.search(r"[A-Za-z]{2}", t)]
        amounts = [a for _, _, t in row if (a := _amount_cell(t)) is not None]
        if words and amounts:
            rows.append(_Row(cells[at][0], row[-1][1], words[0], [(amounts[-1], None)]))
        if end is None or closing is not None:
            break
        number, at = number + 1, end
    return (rows, cells[-1][1]) if len(rows) >= 2 else None


def _paragraph_cells_table(lines: list[str], n: int) -> tuple[list[_Row], int] | None:
    """A table whose every cell is a paragraph of its own, not numbered ('Project' / 'Award' then 'Westby Growing
    Space' / '£10,500.00' / …, blank lines between all): the header's cells, then rows of as many cells, to the
    first that is no row."""
    groups, _ = _one_cell_groups(lines, n)
    cells = [(start, end, group[0]) for start, end, group in groups if len(group) == 1]
    width = next((i for i, (_, _, t) in enumerate(cells) if not HEADER_WORDS.match(t)), len(cells))
    header = _header([t for _, _, t in cells[:width]]) if 2 <= width <= 4 else None
    if header is None or not header.money_cols:
        return None
    rows: list[_Row] = []
    for at in range(width, len(cells) - width + 1, width):
        chunk = cells[at : at + width]
        row = _row([t for _, _, t in chunk], header, chunk[0][0], chunk[-1][1], None)
        if row is None:
            break
        rows.append(row)
    return (rows, rows[-1].end) if len(rows) >= 2 else None


def funding(ctx: Context):
    """Every funding statement of a document, and the owners' names its funds are written with."""
    funds: set[str] = set()
    for fact in _funding(ctx):
        if isinstance(fact, Funding) and fact.funder.kind is Kind.FUND:
            funds.add(fact.funder.name)
        yield fact
    yield from _owned_names(ctx, funds)


def _owned_names(ctx: Context, funds: set[str]):
    """'the Commissioner's Youth Fund' for the 'Youth Fund' a flow names: the fund's name as written, an alias;
    and the short name in brackets after it ('the Westby Safer Places fund (Safer Places 5)')."""
    for name in sorted(funds):
        owned = re.compile(rf"\b((?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*[’']s\s+{re.escape(name)})\b")
        short = re.compile(rf"{re.escape(name)}\s*\(((?-i:[A-Z])[\w’' -]{{2,40}})\)")
        for pattern, method in ((owned, "grants.owned_fund"), (short, "grants.fund_short_name")):
            for n, raw in enumerate(ctx.doc.lines, 1):
                if name in raw and (m := pattern.search(clean(raw))):
                    ev = ctx.doc.evidence(n, n)
                    alias = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
                    yield Description(Mention(name, Kind.FUND), ev, method, alias=alias)
                    break


def _funding(ctx: Context):
    """Every funding statement of a document: the sentence forms of the table, lists and tables."""
    funders = Funders(ctx)
    heads: set[int] = set()
    rows = {r.start: r for r in _table_rows(ctx, heads)}
    row_lines = {k for r in rows.values() for k in range(r.start, r.end + 1)}
    heads = {
        h for h in heads if not ctx.doc.lines[h - 1].rstrip().endswith(":")
    }  # '… be awarded:' introduces
    table_lines = heads | row_lines
    seen: set[tuple[int, float]] = set()
    flowed: set[tuple[int, float, str]] = set()
    given = False  # under 'Contributions were:' the items name who gave to the document's own body
    listed = False  # under 'The successful bids were:' each item opens with a recipient's name
    intro_period = None  # the period an introduction gives the items of its list ('… budget for 2023/24.')
    for block in ctx.doc.blocks:
        if block.kind == "row":
            continue
        given = given and block.kind == "item"
        listed = listed and block.kind == "item"
        intro_period = intro_period if block.kind == "item" else None
        for s in _units(ctx, block, table_lines):
            if s.start < 0 or (block.kind == "heading" and not MONEY_LINE.search(s.text)):
                funders.see(s.text, abs(s.start))
                continue
            last: dict = {}
            saved = funders.current
            flows = list(_sentence_flows(funders, s.text, s.start, last))
            lines = [x for n in range(s.start, s.end + 1) if (x := _line_sentence(ctx, n))]
            if (
                s.end > s.start
                and len([x for x in lines if "£" in x.text]) > len(flows)
                and s.text.count("£") > len(flows)
            ):
                # lines of a list written one entry a line, without bullets: each line on its own
                funders.current, last, flows = saved, {}, []
                for x in lines:
                    got = list(_sentence_flows(funders, x.text, x.start, last)) if "£" in x.text else []
                    flows.extend((*f, x) for f in got)
                    if not got:
                        funders.see(x.text, x.start)
            else:
                flows = [(*f, s) for f in flows]
            for funder, recipient, amount, form, near, unit in flows:
                if any((n, amount, recipient) in flowed for n in range(unit.start, unit.end + 1)):
                    continue  # read already (a line of a sentence read whole); 'A - £500 B - £500': two flows
                if (given or _given_inline(s.text)) and form.context and funders.own:
                    funder, recipient = recipient, funders.own  # 'Westvale Council: £212,000 (50%)'
                seen.add((unit.start, amount))
                flowed.add((unit.start, amount, recipient))
                yield Funding(
                    _funder_mention(ctx, funder),
                    ctx.mention(recipient),
                    amount,
                    ctx.ev(unit),
                    f"grants.sentence.{form.name}",
                    period=_period(near) or _period(unit.text) or intro_period,
                    status=form.status,
                    confidence=0.8 if form.context else 0.85,
                )
            if (
                not flows
                and (award := GROUP_AWARDED.match(s.text))
                and (funder := funders.fallback(s.start))
                and (recipient := _named_above(ctx, s.start))
            ):  # 'The group were awarded £4,000' under the heading that names the group
                yield Funding(
                    _funder_mention(ctx, funder),
                    ctx.mention(recipient),
                    money_value(award.group("num"), award.group("mult")),
                    ctx.ev(s),
                    "grants.sentence.group_awarded",
                    status="awarded",
                    confidence=0.75,
                )
            if (
                not flows
                and (named := RECIPIENTS_ARE.search(s.text))
                and (funder := funders.fallback(s.start))
            ):
                for name in _recipients(
                    named.group("items")
                ):  # no amounts: who received, from the fund in force
                    if (recipient := funders.resolve(name, s.start)) != funder:
                        yield _unamounted(ctx, funder, recipient, s, "grants.sentence.recipients_are")
            if not flows and (to := AWARDED_TO.search(s.text)) and (funder := funders.fallback(s.start)):
                for name in _awarded_names(s.text[to.end() :]):
                    if (
                        recipient := funders.resolve(clean_name(name) or "", s.start)
                    ) and recipient != funder:
                        yield _unamounted(ctx, funder, recipient, s, "grants.sentence.awarded_to_list")
            if (
                not flows
                and listed
                and (item := LISTED_RECIPIENT.match(BULLET.sub("", s.text)))
                and LISTED_NAME.fullmatch(item.group("name"))  # a name, not 'Apply by 3 May'
                and (funder := funders.fallback(s.start))
                and (recipient := funders.resolve(clean_name(item.group("name")) or "", s.start))
                and recipient != funder
            ):  # '• Westby Hall Trust for new gardens.' under 'The successful bids were:': no amount
                yield _unamounted(ctx, funder, recipient, s, "grants.list.recipients")
                continue
            if not flows:
                funders.see(s.text, s.start)
                listed = bool(RECIPIENTS_INTRO.search(s.text))
                given = s.text.rstrip().endswith(":") and bool(_given_by().search(s.text))
                if re.search(r"[:;]\s*$|\b(?:following|as follows|below)\b", s.text):
                    # a list's introduction: its paragraph's period is its entries'
                    intro_period = _period(" ".join(x.text for x in ctx.doc.sentences(block)))
    done = {k for k, _ in seen}
    for f in funding_sentences(ctx):  # the older sentence readers, where the forms above read nothing
        line = f.evidence.line_start
        if line in done or f.evidence.line_end in done or line in row_lines:
            continue
        funder = funders.resolve(_owned_fund(clean_name(f.funder.name) or f.funder.name), line)
        yield replace(f, funder=_funder_mention(ctx, funder) if funder != f.funder.name else f.funder)
        if f.amount is not None:
            seen.add((line, f.amount))
    yield from _tables(ctx, funders_for_tables(ctx, table_lines), rows, {k for k, _ in seen})


MONEY_LINE = re.compile(
    r"\((?:(?:awarded|granted|grant of|award of)\s+)?£\d[\d,.]*\)\s*$"
)  # 'Westby Cadets - Kayaks for All (£2,000)', '… (awarded £2,000)': a list's line, no heading


def _units(ctx: Context, block, table_lines: set[int]) -> list[Sentence]:
    """A block's sentences; a sentence running over table lines gives its other lines one by one, as
    context only (negative line numbers)."""
    out = []
    for s in ctx.doc.sentences(block):
        if len(s.text) > MAX_SENTENCE and not any(n in table_lines for n in range(s.start, s.end + 1)):
            # run-together text, not one statement: a list of lines ('A – new boiler. £2,500') line by line,
            # a list run on in one line ('A (£3,460); B (£6,090); …') entry by entry
            if s.end > s.start:
                out += [line for n in range(s.start, s.end + 1) if (line := _line_sentence(ctx, n))]
            else:
                out += [
                    Sentence(entry, entry, s.start, s.end)
                    for entry in re.split(r"(?<=;)\s+", s.text)
                    if len(entry) <= MAX_SENTENCE
                ]
            continue
        if any(n in table_lines for n in range(s.start, s.end + 1)):
            for n in range(s.start, s.end + 1):
                if n not in table_lines and (line := _line_sentence(ctx, n)):
                    out.append(Sentence(line.text, line.raw, -n, -n))
            continue
        out.append(s)
    return out


def _line_sentence(ctx: Context, n: int) -> Sentence | None:
    """Line ``n`` as a sentence of its own (read once per document: every sentence of a long line asks)."""
    memo = ctx.memo.setdefault(_line_sentence, {})
    if n not in memo:
        memo[n] = _read_line_sentence(ctx, n)
    return memo[n]


def _read_line_sentence(ctx: Context, n: int) -> Sentence | None:
    raw = fold(strip_tags(ctx.doc.lines[n - 1]))
    if not raw or raw.count("£") > 1 or len(raw) > 320:
        return None
    return Sentence(clean(BULLET.sub("", raw, count=1)), raw, n, n)


# 'the Westby Bridge Trust Committee saw 40 grants awarded': the body a grants committee decides for
DECIDING_OWNER = re.compile(
    r"\b((?:[A-Z][\w&’'-]*\s+){1,5}(?:Trust|Foundation|Fund|Council|Commissioner))\s+(?:Grants?\s+)?(?:Committee|Panel)\b"
)


_FUNDING_LINE = re.compile(r"(?i)\b(?:grants?|awarded|awards|funding)\b")


def _deciding_owner(ctx: Context) -> str | None:
    """The owner of the first grants committee or panel the document names beside a word of grants, for the
    rows of a list that names no funder above them (read once per document)."""
    if _deciding_owner not in ctx.memo:
        ctx.memo[_deciding_owner] = next(
            (
                m.group(1)
                for line in ctx.doc.lines
                if _FUNDING_LINE.search(line) and (m := DECIDING_OWNER.search(line))
            ),
            None,
        )
    return ctx.memo[_deciding_owner]


def funders_for_tables(ctx: Context, table_lines: set[int]) -> tuple[Funders, dict[int, str]]:
    """The funder in force at each line: a fund or giver named in a heading or sentence above it."""
    funders = Funders(ctx)
    out: dict[int, str] = {}
    for block in ctx.doc.blocks:
        if block.kind == "row":
            continue
        for s in _units(ctx, block, table_lines):
            funders.see(s.text, abs(s.start))
            if funders.current:
                for n in range(abs(s.start), abs(s.end) + 1):
                    out[n] = funders.current
    return funders, out


def _tables(ctx: Context, known: tuple[Funders, dict[int, str]], rows: dict, done: set[int]):
    funders, funder_at = known
    marked = sorted(
        k for k in funder_at if k > 0
    )  # lines with a funder in force, for the nearest above a row
    running: dict[str, float] = {}
    for start, row in sorted(rows.items()):
        if start in done:
            continue
        funder = (
            row.funder
            or funder_at.get(start)
            or _nearest_above(funder_at, marked, start)
            or funders.own
            or _deciding_owner(ctx)
        )
        if row.income and funder and _pattern(r"\b(?:{W})$", "fund_heads").search(funder):
            continue  # 'Disabled Facilities Grant £1.9m' under 'Funding source': a fund, not who gives it
        if funder:
            funder = funders.resolve(funder, start)
        ev = ctx.doc.evidence(row.start, row.end)
        if _total().match(row.label):
            total = sum(a for a, _ in row.amounts[:1])
            if funder and running.get(funder) and abs(running[funder] - total) > 0.01:
                note = f"total {total:,.2f} differs from the sum of the rows above {running[funder]:,.2f}"
                yield Description(ctx.mention(funder), ev, "grants.table.total_check", note=note)
            running[funder or ""] = 0.0
            continue
        recipient = funders.own if row.income else clean_name(PLACE_AFTER.sub(r"\g<name>", row.label))
        if not recipient or not funder or recipient == funder:
            continue
        running[funder] = running.get(funder, 0.0) + row.amounts[0][0]
        for amount, period in row.amounts:
            yield Funding(
                _funder_mention(ctx, funder),
                ctx.mention(recipient),
                amount,
                ev,
                "grants.table.income" if row.income else "grants.table.row",
                period=period or _period(row.label),
                status="received" if row.income else "awarded",
                confidence=0.8,
            )


def _split_name(text: str, m: re.Match) -> bool:
    """The funder and the recipient a form matched are one name cut at its 'for' ('Department for
    Education', 'Office for Students'): a body whose name puts its head word before 'for'."""
    if m.groupdict().get("funder") is None or m.groupdict().get("recipient") is None:
        return False
    between = text[m.end("funder") : m.start("recipient")]
    return between.strip() == "for" and bool(
        _pattern(r"\b(?:{W})$", "heads_before_for").search(m.group("funder"))
    )


def _nearest_above(funder_at: dict[int, str], marked: list[int], start: int) -> str | None:
    """The funder in force at the nearest line above ``start`` that has one."""
    p = bisect_left(marked, start)
    return funder_at[marked[p - 1]] if p else None


EXTRACTORS = [funding]
