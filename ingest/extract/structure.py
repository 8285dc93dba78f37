"""Structure statements read through a table of predicates (``ingest/data/predicates.yaml``).

Each sentence is read as typed spans (people, groups, organisations, posts, plans, and references
such as "which", "it", "the Board", "the existing Forum", "all partnership boards"); the spans are
replaced by markers and every form of the table ("{S} is accountable to {O}", "{O}, to which {S} is
accountable", "{S}, Chair of {O}") is matched against the sentence so marked. A reference is
resolved to a name the document gives in full. So a new wording is a line of data, not code.

List readers share the table: items after "The role of the Board is to:" take the Board as their
subject ("be accountable to the Steering Group"); a sentence naming sub-groups or work streams
followed by a list (inline, after "These are:", or as items) gives the sub-groups.

Every pattern is linear on long lines: repeats are bounded and forms start at a marker or a word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..blocks import BULLET, WRAPPED, Sentence, clean, fold
from ..mentions import POST_AT, head_kind, part_type, people_in
from ..model import Claim, Kind, Mention, Rel
from ..names import (
    SMALL_WORDS,
    acronym_kinds,
    acronyms,
    by_letter,
    data_file,
    initials,
    is_acronym,
    is_post,
    kind_of,
    looks_like_person,
    norm,
    org_words,
    tidy,
    titlecase,
)
from .context import (
    ADDRESSED,
    NAMED_THEN_TOLD,
    PARTNERSHIP,
    Context,
    headline,
    name_continuations,
    owned_name,
    part_of_own_body,
    without_record_lead,
)
from .priority_lists import document_plan, heading_plan

MAX_SENTENCE = 4000  # characters of a sentence read at once (a longer run is read in overlapping windows)
MARK = "\x00{}\x01"
ROLE_WORD = re.compile(
    r"\b(?:(?:Independent|Joint|Acting|Interim|Vice|Deputy|Co)[- ])?Chair(?:man|person|woman)?s?\b(?:\s+of(?:\s+the)?\b)?"
)
CAPWORD = r"(?:\b[A-Z](?:[\w'’&-]|\.(?=\w)){0,40}(?![\w'’&-])|\b\d{4}(?:(?:[/–-]|\s[–-]\s)\d{2,4})?\b)"
CONN = r"(?:of\s+the|of|and|for|&|in|on)"
NAME = re.compile(rf"{CAPWORD}(?:(?:\s+{CONN}){{0,2}}\s+{CAPWORD}|\s+\([A-Z][A-Za-z&]{{1,8}}\)){{0,16}}")
ARTICLE = re.compile(
    rf"\b(?:{by_letter(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'these'], True)})\s+(?:([a-z]+)\s+)?$",
    re.I,
)
LOWER_REF = re.compile(
    r"\b(?:(?<!to )(?<!of )(?<!by )(?<!in )(?<!with )(?P<pron>which|whom|who|it|they)|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?P<adj>[a-z]+)\s+)?(?P<head>group|board|partnership|forum|panel|committee|sub-?group|programme|project|initiative|strategy|plan|fund|grant|network|executive|body|priority|theme|objective|outcome|strand)"
    r"|all\s+(?:the\s+|of\s+the\s+)?(?:(?:partnership|thematic|theme|strategic)\s+)?(?P<all>boards|groups|partnerships|sub-?groups|forums|panels|committees))\b"
)
QUOTED = re.compile(
    r"[‘'\"“]\s?([A-Z][^’'\"”\n]{2,80}?)\s?[’'\"”]\s+(programme|project|initiative|partnership|strategy|plan|campaign|scheme|group|board)\b"
)
PRIORITY_HEADS = {"priority", "theme", "objective", "outcome", "strand"}
PRIORITY_HEADING = re.compile(
    r"^(?:strategic\s+)?(?:priority|theme|objective|outcome|strand|aim)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[A-H])?"
    r"\s*[:.–—-]\s*(?P<name>[A-Z][^.:;]{2,100}?)\s*$",
    re.I,
)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DETERMINERS = {
    "the",
    "this",
    "these",
    "those",
    "our",
    "its",
    "their",
    "a",
    "an",
    "all",
    "each",
    "both",
    "his",
    "her",
}
PRONOUNS = {"it": "it", "this": "it", "they": "it", "which": "which", "who": "which", "whom": "which"}
REPORTING_LEAD = re.compile(  # a lead-in whose list below names the groups that report to a parent
    r"^(?:(?:reporting|accountable|answerable)\s+(?:directly\s+)?(?:to|into)\s+(?P<parent>[^:]{2,120}?)\s+(?:are|is)\b[^:]{0,60}"
    r"|(?:the\s+)?following\s+[^:]{0,60}?\b(?:report|reports|are\s+accountable|feed)\s+(?:directly\s+)?(?:to|into)\s+(?P<parent2>[^:]{2,120}?))\s*:$",
    re.I,
)
LIST_LEAD = re.compile(
    r"^(?:these|they|which|those)\s+(?:are|were|include|includes|being|comprise)\s*:?\s*", re.I
)


# ---------------------------------------------------------------- the table


@cache
def table() -> dict:
    return data_file("predicates.yaml")


@cache
def group_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in table()["group_heads"].split())


@cache
def reference_adjectives() -> frozenset[str]:
    return frozenset(table()["reference_adjectives"])


@cache
def negation() -> re.Pattern:
    words = sorted(table()["negations"], key=len, reverse=True)
    return re.compile(
        r"\b(?:" + by_letter([re.escape(w).replace(r"\ ", r"\s+") for w in words], True) + r")\b", re.I
    )


BE = (
    r"(?:(?:will|would|shall|should|must|may|might|can|could)\s+(?:now\s+)?(?:have\s+been|be)|has\s+been|have\s+been"
    r"|had\s+been|is|are|was|were|be|been|being)"
)
GAP = r"(?:\s+[a-z0-9][\w'’-]{0,20}){0,7}"  # up to seven words between a name and its verb
# '....': up to fifteen words in lower case, no name among them ('X will be the strategic group of the
# partnership and will report to Y'), for a second verb of the sentence's subject
LOWER_GAP = (
    r"(?:\s+(?:[a-z0-9][a-z0-9'’/-]{0,20}|\x00\d+\x01)){0,15}"  # (only references among them: see _claims)
)


def _word(token: str) -> str:
    return r"\s+".join(re.escape(w) for w in token.split("_"))


def compile_form(form: str, *, object_only: bool = False) -> tuple[str, list[str]]:
    """A form of the table as a regular expression over marked text, and its slots in order.

    ``object_only``: the form less its leading subject ("{S} is accountable to {O}" -> "[is] accountable
    to {O}"), for list items whose subject is the list's lead-in.
    """
    tokens = form.split()
    if object_only:
        if not tokens or not tokens[0].startswith("{S"):
            return "", []
        tokens = tokens[1:]
        while tokens and tokens[0] in ("...", "....", ","):
            tokens = tokens[1:]
        if tokens and tokens[0] == "BE":
            tokens[0] = "[BE]"
    out: list[str] = []
    slots: list[str] = []
    prev = ""  # the previous token's sort: word, punct, slot, gap
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "{G}":  # the group the text is under: not written in the sentence
            continue
        if tok.startswith("{"):
            sort, pat = "slot", rf"\x00(?P<{tok.strip('{}+')}>\d+)\x01"
            slots.append(tok.strip("{}"))
        elif tok in ("...", "...."):
            out.append(GAP if tok == "..." else LOWER_GAP)
            prev = "gap"
            continue
        elif tok == "(ACR)":  # initials or an acronym in brackets, if written: "Jane Doe (JD)"
            sort, pat = "punct", r"(?:\([A-Z][A-Za-z&]{1,8}\))?"
        elif tok in {",", "-", "(", ")", "/", "$", ";", ":"}:
            sort, pat = (
                "punct",
                {
                    ",": r",?",
                    "-": r"[-–—:]",
                    "(": r"\(",
                    ")": r"\)",
                    "/": "/",
                    "$": r"\s*[.;!?]?\s*$",
                    ";": r"[;,]",
                    ":": ":",
                }[tok],
            )
        else:
            sort = "word"
            body = tok.strip("[]")
            alts = "|".join(BE if a == "BE" else _word(a) for a in body.split("|"))
            pat = rf"(?:{alts})(?![\w-])"
        sep = (
            ""
            if not prev
            else r"\s+"
            if prev in ("word", "gap") and sort == "word"
            else r"\s*,?\s*"  # 'X, chaired by Y, is responsible for': a comma closes what stood between
            if prev == "slot" and sort == "word" and i == 1
            else r"\s*"
        )
        optional = tok.startswith("[") or (tok == "the" and nxt.startswith("{"))
        out.append(f"(?:{sep}{pat})?" if optional else sep + pat)
        prev = (
            "punct" if optional and prev in ("punct", "slot", "") else sort
        )  # "( [the] chair": no space needed
    return "".join(out), slots


@dataclass(frozen=True)
class Form:
    relation: str
    subject: frozenset[str]
    object: frozenset[str]
    also: str | None
    source: str  # the form as a regular expression (compiled on first use: ``pattern``)
    object_only_source: str  # the form less its subject ('' when it has none)
    object_list: bool
    subject_list: (
        bool  # "{S+}": a list of subjects follows the form ("Reporting to the Board are A, B and C")
    )
    text: str
    needs: tuple[str, ...]  # one of these words is in any sentence the form matches (a quick filter)
    under: bool  # the object is the group the text is under ({G})

    @property
    def pattern(self) -> re.Pattern:
        return _compiled(self.source)

    @property
    def verb_first(self) -> bool:
        """The form opens with its verb, not a name ("establish {S} as a sub-group of {O}")."""
        return not self.text.startswith("{")

    @property
    def object_only(self) -> re.Pattern | None:
        return _compiled(self.object_only_source) if self.object_only_source else None


@cache
def _compiled(source: str) -> re.Pattern:
    """A form's expression compiled once, when a sentence first has the words it needs."""
    return re.compile(source, re.I)


@cache
def forms() -> list[Form]:
    out = []
    for entry in table()["predicates"]:
        for text in entry["forms"]:
            pattern, _ = compile_form(text)
            only, _ = compile_form(text, object_only=True)
            out.append(
                Form(
                    entry["relation"],
                    frozenset(entry["subject"]),
                    frozenset(entry["object"]),
                    entry.get("also"),
                    pattern,
                    only,
                    "{O+}" in text,
                    "{S+}" in text,
                    text,
                    _needs(text),
                    "{G}" in text,
                )
            )
    return out


@cache
def _need_words() -> tuple[frozenset[int], tuple[tuple[str, tuple[tuple[str, frozenset[int]], ...]], ...]]:
    """The forms (by their place in :func:`forms`) that need no word, and every word the forms need with
    the forms it lets through (a sentence is tested once a word, not once a form), the words grouped by
    their first three letters (a sentence without those holds none of them)."""
    fs = forms()
    every = frozenset(k for k, f in enumerate(fs) if not f.needs)
    by_key: dict[str, list[tuple[str, frozenset[int]]]] = {}
    for w in sorted({w for f in fs for w in f.needs}):
        by_key.setdefault(w[:3], []).append((w, frozenset(k for k, f in enumerate(fs) if w in f.needs)))
    return every, tuple((key, tuple(words)) for key, words in by_key.items())


def _needs(form: str) -> tuple[str, ...]:
    """The alternatives of the form's rarest required word (the longest), for a quick filter."""
    best: tuple[str, ...] = ()
    for tok in form.split():
        if tok.startswith(("[", "{")) or tok in {"...", "....", ",", "-", "(", ")", "/", "$", "(ACR)", "BE"}:
            continue
        alts = tuple(a.replace("_", " ").lower() for a in tok.split("|"))
        if "BE" not in tok and (not best or min(map(len, alts)) > min(map(len, best))):
            best = alts
    return best


@cache
def hedge() -> re.Pattern:
    words = sorted(table().get("hedges", []), key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s*$", re.I
    )


@cache
def form_words() -> frozenset[str]:
    """Every word written in the forms and lead-ins ('reporting', 'accountable', 'replaced')."""
    out: set[str] = set()
    texts = [f for e in table()["predicates"] for f in e["forms"]] + list(table()["role_intros"])
    for text in texts:
        for tok in text.split():
            if not tok.startswith("{"):
                out.update(w.lower() for a in tok.strip("[]").split("|") for w in a.split("_") if w.isalpha())
    return frozenset(out - {"be"})


@cache
def opening_words() -> frozenset[str]:
    """The words a form opens with before its first name ('responsibility', 'oversight', 'delivery')."""
    out: set[str] = set()
    for e in table()["predicates"]:
        for text in e["forms"]:
            head = text.split("{", 1)[0].split()
            for tok, nxt in zip(head[:2], head[1:3], strict=False):  # a sentence's first words
                if {"of", "for"} & set(nxt.strip("[]").split("|")):
                    out.update(a.lower() for a in tok.strip("[]").split("|"))
    return frozenset(out)


@cache
def role_intros() -> list[re.Pattern]:
    return [re.compile(r"^\s*" + compile_form(f)[0] + r"\s*:?\s*$", re.I) for f in table()["role_intros"]]


@cache
def _splitters() -> re.Pattern:
    words = group_heads() | {w.lower() for w in table()["organisation_heads"].split()}
    owners = "|".join(sorted(re.escape(w) for w in table()["owner_list_heads"].split()))
    go_on = "|".join(sorted(re.escape(w) for w in name_continuations()))
    heads = by_letter(sorted((re.escape(h) for h in words), key=len, reverse=True), True)
    short = by_letter(sorted(acronym_kinds(), key=len, reverse=True), False)  # 'Easton CSP and …' ends at CSP
    return re.compile(
        rf"{ROLE_WORD.pattern}|\b(?:(?i:{heads})|{short})(?P<conj>\s+(?:and|&)\s+)(?=[A-Z])|(?<=\w)(?P<the>\s+)(?=The\s+[A-Z])"
        rf"|\b(?i:{heads})(?P<poss>['’]s\s+)(?=[A-Z])"  # "the Partnership's Drugs Strategy": owner and plan
        # 'Westshire Police and Westby Homes', not 'Police and Crime Commissioner'
        rf"|\b(?:{owners})(?P<conj2>\s+(?:and|&)\s+)(?!(?:{go_on})\b)(?=[A-Z])"
    )


@cache
def subgroup_words() -> re.Pattern:
    words = sorted(table()["subgroup_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


@cache
def _subgroup_hint() -> re.Pattern:
    """A quick filter for :func:`subgroup_words`: the last word of each, less a plural 's' ('group',
    'committee', 'stream'), one of which every match holds."""
    tails = {re.split(r"[\s-]", w)[-1].lower().rstrip("s") for w in table()["subgroup_words"]}
    tails = {t for t in tails if not any(o != t and o in t for o in tails)}
    return re.compile("|".join(re.escape(t) for t in sorted(tails)), re.I)


# ---------------------------------------------------------------- spans


@dataclass
class Span:
    start: int
    end: int
    name: str  # the name as written (determiners and roles removed)
    typ: str  # group | organisation | person | post | plan | other | ref
    ref: str | None = None  # it | which | head | all
    head: str | None = None  # the head word of a reference ("board")
    qualifier: str = ""  # words after the head ("in Exampleshire"), used to find the full name
    generic: bool = False  # "the existing Forum": look the name up in the document

    def copy(self) -> Span:
        """A shallow copy (``copy.copy`` without its generic protocol: spans are copied per sentence)."""
        new = Span.__new__(Span)
        new.__dict__.update(self.__dict__)
        return new


_EXEC_BODY = re.compile(r"(?<!Chief)(?<!Chief Officers)\s+Executive(?: Group| Board)?$")
_EXEC_POST = re.compile(r"^(?:Chief|Deputy|Executive|Assistant)\b")
_TRAILING_BRACKET = re.compile(r"\s*\([^)]*\)$")
_PLAN_END = re.compile(r"\b(?:Project|Projects|Scheme|Initiative|Campaign|Pilot|Programme)$")


@lru_cache(maxsize=65536)
def _typ(name: str) -> str:
    if _EXEC_BODY.search(name) and not _EXEC_POST.match(name):
        return "group"  # 'Exampleton Partnership Executive', 'CSP Executive': a body, not 'Chief Executive'
    if is_post(name):
        return "post"
    kind = kind_of(name, Kind.PROJECT)
    words = _TRAILING_BRACKET.sub("", name).split()
    last = words[-1] if words else ""
    if last.lower() in group_heads() or kind_of(last, Kind.PROJECT) in (Kind.GROUP, Kind.PARTNERSHIP):
        return "group"  # by the last word: 'Meeting Room 2, Exampleton Suite' is no group
    if kind in (Kind.ORGANISATION, Kind.SERVICE):
        return "organisation"
    if kind in (Kind.PLAN, Kind.FUND, Kind.PRIORITY) or _PLAN_END.search(name):
        return "plan"
    if kind is Kind.PERSON or looks_like_person(name):
        return "person"
    return "other"


SENTENCE_BREAK = re.compile(r"\b[a-z]{2,}\.\s+[A-Z]|\b[A-Z][a-z]{3,}\.\s+[A-Z]")


def _people(text: str) -> list[tuple[int, int, str]]:
    """The people a text names; never one across a sentence's end ('… Executive Group. Four outcome …'),
    though initials ('J. Smith') and titles ('Supt. Jones') keep their full stop."""
    return [
        (p.start, p.end, p.name)
        for p in people_in(text)
        if not SENTENCE_BREAK.search(text[p.start : p.end]) or not _is_break(text[p.start : p.end])
    ]


def _is_break(name: str) -> bool:
    """A full stop inside a person's name that ends a word of a body's name or of prose."""
    for m in re.finditer(r"(\w+)\.\s+[A-Z]", name):
        word = m.group(1)
        if len(word) > 1 and (word.lower() in group_heads() or word.islower()):
            return True
    return False


def _free_parts(mask: bytearray, a: int, b: int) -> list[tuple[int, int]]:
    """The stretches of [a, b) not yet in a span (the mask holds 0 for free, 1 for taken)."""
    out = []
    while a < b:
        start = mask.find(0, a, b)  # searched by bytes, not character by character
        if start < 0:
            break
        end = mask.find(1, start, b)
        if end < 0:
            end = b
        out.append((start, end))
        a = end
    return out


POST_OPENING = re.compile(
    r"^(?:the\s+)?(?:(?:Assistant|Deputy|Executive|Strategic|Interim|Acting)\s+)?(?:Director|Head|Manager|Lead|Officer|Member|Holder|Commissioner)\s+(?:of|for)\s"
)


def _post_continues(before: str, after: str) -> bool:
    """'and' inside a post's name: the run opens with a post word ('Director of', 'Head of') and one or two
    words follow the 'and' with no head word of a body among them."""
    if not POST_OPENING.match(before.strip()):
        return False
    words = re.match(r"^(?:[A-Z][\w'’-]*\s*){1,2}", after)
    if not words:
        return False
    rest = after[words.end() :]
    nxt = words.group(0).split()
    return not any(w.lower() in group_heads() for w in nxt) and not re.match(
        r"^[A-Z]", rest.strip()[:1] or "x"
    )


_RUN_LEAD = re.compile(
    r"^(?:(?:and|of|the|for|&|in|on|That)\s+)+"
)  # "That Cabinet approves": a recommendation
_RUN_TAIL = re.compile(r"(?:\s+(?:and|of|the|for|&|in|on))+$")
_INITIALS_ONLY = re.compile(r"\s*\([A-Z][A-Za-z&]{1,8}\)\s*")


def _split_run(text: str, start: int) -> list[tuple[int, int]]:
    """A capitalised run cut at role words ('Cabinet Member for X and Chair of the Y Board' -> two names)
    and at 'and' after a group's head word ('the Strategic Group and Exampleton JAG' -> two names)."""
    return [(start + a, start + b) for a, b in _split_run_at(text)]


@lru_cache(maxsize=65536)
def _split_run_at(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`_split_run` from offset 0 (a run's text recurs from sentence to sentence: cut once)."""
    out, pos = [], 0
    for m in _splitters().finditer(text):
        if m.group("conj") and _post_continues(text[pos : m.start("conj")], text[m.end("conj") :]):
            continue  # 'Director of Partnerships and Strategy' is one post
        if m.group("poss") and _typ(text[m.end() :]) != "plan":
            continue  # "the Council's Chief Executive" is one post; "the Board's Drugs Strategy" two names
        cut = next((m.span(g) for g in ("conj", "conj2", "the", "poss") if m.group(g)), m.span())
        out.append((pos, cut[0]))
        pos = cut[1]
    out.append((pos, len(text)))
    spans = []
    for a, b in out:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        piece2 = _RUN_LEAD.sub("", piece)
        a2 = a + lead + (len(piece) - len(piece2))
        piece3 = re.sub(r"[’']s$", "", _RUN_TAIL.sub("", piece2))  # "the Board's chair": the name is 'Board'
        if piece3:
            spans.append((a2, a2 + len(piece3)))
    return tuple(spans)


def find_spans(text: str) -> list[Span]:
    """Every name and reference in a sentence, in order, without overlaps (people first); read once per
    text (the same line is read by several readers), each caller getting its own copies."""
    if len(text) > 1000:
        return _find_spans(text)
    return [s.copy() for s in _find_spans_cached(text)]


@lru_cache(maxsize=8192)
def _find_spans_cached(text: str) -> tuple[Span, ...]:
    return tuple(_find_spans(text))


def _find_spans(text: str) -> list[Span]:
    mask = bytearray(len(text) + 1)  # characters already in a span
    spans: list[Span] = []

    def free(a: int, b: int) -> bool:
        return mask.find(1, a, b) < 0

    def take(a: int, b: int) -> None:
        mask[a:b] = b"\x01" * (b - a)

    groups = []  # capitalised runs that are groups' names: no person's name inside them
    runs = [_split_run(m.group(0), m.start()) for m in NAME.finditer(text)]  # read twice below
    for run in runs:
        for a, b in run:
            if text[a:b].split()[-1].lower() in group_heads() and len(text[a:b].split()) >= 2:
                groups.append((a, b))
    for a, b, name in _people(text):
        if any(x <= a and b < y for x, y in groups):
            continue  # 'Anti-Social Behaviour Task and Finish Group' holds no person
        spans.append(Span(a, b, name, "person"))
        take(a, b)
    for m in QUOTED.finditer(text):
        if free(m.start(), m.end()):
            head = m.group(2).lower()
            typ = "group" if head in group_heads() else "plan"
            spans.append(Span(m.start(), m.end(), tidy(m.group(1)), typ, head=head))
            take(m.start(), m.end())
    for run in runs:
        for a, b in run:
            for x, y in _free_parts(mask, a, b):  # a run that runs into a person's name stops there
                if _INITIALS_ONLY.fullmatch(text[x:y]):
                    continue  # a person's initials in brackets: "Jane Doe (JD)"
                while x < y and text[x] in " ,;:/-–(":
                    x += 1
                while y > x and text[y - 1] in " ,;:/-–(":
                    y -= 1
                span = _name_span(text, x, y) if y > x else None
                if span and span.typ == "other" and span.name.lower() in form_words():
                    continue  # 'Reporting to the Board are ...': a word of the forms, capitalised to open a sentence
                if span and span.typ == "group" and (bare := without_record_lead(span.name)) != span.name:
                    at = text.find(
                        bare, span.start, span.end
                    )  # 'Minutes of the X Partnership': X Partnership
                    if at < 0 or len(bare.split()) < 2 and not is_acronym(bare):  # ('Membership of the LSP')
                        continue
                    span.start, span.name = at, bare
                if (
                    span
                    and span.typ in ("group", "post")
                    and (own := owned_name(span.name)) != span.name
                    and (span.typ == "group" or len(span.name[: -len(own)].split()) == 1)
                ):  # "the Partnership's Performance Group"; "the Trust's Chief Executive" (but "City Council's
                    # Chief Executive" is the post as written)
                    span.start, span.name = span.end - len(own), own
                if span and span.typ == "post" and (at := POST_AT.match(span.name)):
                    span.end, span.name = (
                        span.start + len(at.group(1)),
                        at.group(1),
                    )  # 'Head of X at Y Council'

                if span:
                    spans.append(span)
                    take(span.start, span.end)
    for m in LOWER_REF.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group("pron"):
            spans.append(Span(m.start(), m.end(), m.group(0), "ref", ref=PRONOUNS[m.group("pron").lower()]))
        elif m.group("all"):
            head = re.sub(r"s$", "", m.group("all").lower()).replace("subgroup", "sub-group")
            spans.append(Span(m.start(), m.end(), m.group(0), "ref", ref="all", head=head))
        else:
            adj = (m.group("adj") or "").lower()
            if adj and adj not in reference_adjectives():
                continue
            spans.append(
                Span(m.start(), m.end(), m.group(0), "ref", ref="head", head=m.group("head").lower())
            )
        take(m.start(), m.end())
    spans.sort(key=lambda s: s.start)
    # articles and reference adjectives before a name belong to it: "the existing Forum"
    floor = 0
    for s in spans:
        if not (s.typ == "ref" and s.ref != "head" or s.name[:1].islower()):
            before = text[max(floor, s.start - 30) : s.start]
            m = ARTICLE.search(before)
            if m and (m.group(1) is None or m.group(1).lower() in reference_adjectives()):
                s.generic = m.group(1) is not None
                if s.typ == "ref" and (m.group(1) or "").lower() == "same":
                    s.qualifier = "same"  # 'the same Board': the one just named
                s.start -= len(before) - m.start()
        floor = s.end
    return spans


DATE_TAIL = re.compile(rf"\s+(?:in|on|from|since|by|for|of)\s+(?:{MONTHS}|\d{{4}})\b.*$")
_ACR_INSIDE = re.compile(r"^(.*?\S)\s*\([A-Z][A-Za-z&]{1,8}\)\s+\S.*$")
_ACR_END = re.compile(r"\s*\([A-Z][A-Za-z&]{1,8}\)$")
_PLACE_SPLIT = re.compile(r"\s+(?:in|on|for)\s+(?=[A-Z])")
_PLACE_WORD_END = re.compile(r"\s+(?:in|on|for)$")
_DATE_NAME = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}).*"
)
_NAME_LEAD = DETERMINERS | {"in", "on", "at", "by", "from", "with", "for", "to", "and"}


def _name_span(text: str, a: int, b: int) -> Span | None:
    got = _name_span_at(text[a:b])  # a name recurs from sentence to sentence: read once
    if got is None:
        return None
    s = got.copy()  # spans are changed by their readers: each its own
    s.start += a
    s.end += a
    return s


@lru_cache(maxsize=65536)
def _name_span_at(text: str) -> Span | None:
    """The span of the name ``text`` (offsets from 0)."""
    a, b = 0, len(text)
    name = text[a:b]
    words = name.split()
    while words and words[0].lower() in _NAME_LEAD:
        a = text.index(words[1], a + len(words[0])) if len(words) > 1 else b
        words = words[1:]
    if len(words) > 3 and words[0].lower() in opening_words() and words[1] in ("of", "for"):
        # 'Oversight of the Hate Crime Plan sits with …': a form's opening words, not the name's
        words = words[3:] if words[2].lower() == "the" else words[2:]
        a = text.index(words[0], a)
    if not words:
        return None
    name = " ".join(words)
    low = name.lower()
    if low in PRONOUNS:
        return Span(a, b, name, "ref", ref=PRONOUNS[low])
    if (
        len(words) == 1
        and not is_acronym(name)
        and low.rstrip("s") in group_heads() | {"programme", "project", "strategy", "plan"}
    ):
        return Span(a, b, name, "ref", ref="head", head=low)
    qualifier = ""
    name = DATE_TAIL.sub("", name)
    # "X Partnership (XP) Board" names X Partnership; "X Board in Exampleshire" keeps the place aside
    m = _ACR_INSIDE.match(name)
    if m and _typ(m.group(1)) == "group":
        name = m.group(1)
    name = _ACR_END.sub("", name)
    parts = _PLACE_SPLIT.split(name)
    if (
        len(parts) > 1
        and any(p.split()[-1].lower() in group_heads() for p in parts[:-1])
        and not any(w.lower() in group_heads() for w in parts[-1].split())
    ):
        qualifier = parts[-1]
        name = name[: len(name) - len(parts[-1])].rstrip()
        name = _PLACE_WORD_END.sub("", name)
    if _DATE_NAME.fullmatch(name):
        return None
    return Span(a, b, tidy(name), _typ(name), qualifier=qualifier)


# ---------------------------------------------------------------- the document's names


@dataclass
class Names:
    """The document's full names of groups, for resolving 'the Board', 'the existing Forum', 'CSP'."""

    ctx: Context
    seen: list[tuple[int, str]] = field(default_factory=list)  # (line, name) in order

    @classmethod
    def of(cls, ctx: Context) -> Names:
        """The document's names, read once per document (every reader of this module shares them)."""
        got = ctx.memo.get(cls)
        if got is None:
            got = ctx.memo[cls] = cls._read(ctx)
        return got

    @classmethod
    def _read(cls, ctx: Context) -> Names:

        out = cls(ctx)
        for i, line in enumerate(ctx.doc.lines, 1):
            for cell in TABLE_CELL.split(line[:MAX_SENTENCE]):  # a table row's cells hold a name each
                text = without_record_lead(clean(cell))  # 'Minutes of the X Executive': the X Executive
                text = ADDRESSED.sub("", text)  # 'Report to Cabinet': the body it is for is 'Cabinet'
                if text.isupper():
                    text = titlecase(text)
                if not _group_word().search(text.lower()):
                    continue  # no word a group's name can end in: no group's name
                for s in find_spans_names(text):
                    if not MEMBERS_OF.match(s):  # 'Members of the Board' points at the board, names none
                        out.seen.append((i, owned_name(s)))
        return out

    def _index(self) -> None:
        """Where each distinct name stands in ``seen`` (in reading order), and the distinct names by their
        proper suffixes of content words and by their initials (built once)."""
        if getattr(self, "_lines", None) is not None and len(self._lines) == len(self.seen):
            return
        self._lines: list[int] = [i for i, _ in self.seen]
        self._where: dict[str, list[int]] = {}
        for k, (_, name) in enumerate(self.seen):
            self._where.setdefault(name, []).append(k)
        self._matching: dict[tuple, list] = {}  # positions, or names for ('all', head)
        self._suffixes: dict[tuple[str, ...], list[str]] = {}
        self._initials: dict[str, list[str]] = {}
        for name in self._where:
            words = _content_t(name)
            for n in range(1, len(words)):
                self._suffixes.setdefault(words[-n:], []).append(name)
            if len(name.split()) >= 2:
                ini = initials(name)
                for n in range(min(len(ini), 3), len(ini) + 1):
                    self._initials.setdefault(ini[-n:], []).append(name)

    def _places(self, key: tuple, names) -> list[int]:
        """Every place in ``seen`` of the names given (once per ``key``), in reading order."""
        got = self._matching.get(key)
        if got is None:
            got = self._matching[key] = sorted(k for n in dict.fromkeys(names) for k in self._where[n])
        return got

    def _names_where(self, key: tuple, test) -> list[int]:
        """The places of the distinct names that pass ``test`` (a test of the name alone)."""
        self._index()
        if key in self._matching:
            return self._matching[key]
        return self._places(key, [n for n in self._where if test(n)])

    def _first(self, line: int, places: list[int], before_only: bool = False) -> str | None:
        """The first name in reading order from ``line`` among ``places``: the nearest at or before the
        line (the last seen), else the first after it. The same as scanning every name seen from the
        line, by one bisection."""
        k = bisect_right(self._lines, line)
        p = bisect_left(places, k)
        if p:
            return self.seen[places[p - 1]][1]
        if before_only or p >= len(places):
            return None
        return self.seen[places[p]][1]

    def _initials_for(self, core: str) -> list[str]:
        if len(core) >= 3:
            return self._initials.get(core, [])
        return [n for n in self._initials.get(core, []) if initials(n) == core]

    def nearest(self, head: str, line: int, before_only: bool = False) -> str | None:
        """The nearest full name (two words or more) ending in ``head``, before the line first; not an
        NHS body ('Integrated Care Board') nor a name of generic words only ('Partnership Board')."""
        head = head.lower().rstrip("s")

        def test(name: str) -> bool:
            words = name.split()
            if _body_like(name) or all(w.lower() in group_heads() | {"the", "of", "and"} for w in words):
                return False
            return (
                len(words) >= 2
                and words[-1].lower().rstrip("s") == head
                and not name.endswith("s" * (not head.endswith("s")))
            )

        return self._first(line, self._names_where(("nearest", head), test), before_only)

    def all(self, head: str) -> list[str]:
        head = head.lower().rstrip("s")
        self._index()
        got = self._matching.get(("all", head))
        if got is not None:
            return list(got)
        out: dict[str, str] = {}
        for _, name in self.seen:
            words = name.split()
            if len(words) >= 2 and words[-1].lower() == head:
                out.setdefault(norm(name), name)
        keys = list(out)
        got = self._matching[("all", head)] = [
            out[k] for k in keys if not any(o != k and o.endswith(" " + k) for o in keys)
        ]
        return list(got)

    def expand(self, name: str, line: int, qualifier: str = "", generic: bool = False) -> str:
        """The fuller name the document gives for ``name``: one ending in its words ('Steering Group'), or,
        for a generic reference ('the previous Safeguarding Board') or a qualified one ('... Partnership
        in Exampleshire'), one containing all its words."""
        want = _content_t(name)
        if not want:
            return name
        head = norm(name).split()[-1]

        self._index()  # the names whose content words end in ``want`` and are more than it
        got = self._first(line, self._places(("ends", want), self._suffixes.get(want, ())))
        if got is not None:
            return got
        if not (generic or qualifier):
            return name
        for need in (set(want) | set(_content_t(qualifier)), set(want) if generic else None):
            if not need:
                continue

            def holds(cand: str, need: set = need) -> bool:
                words = _content_t(cand)
                return norm(cand).split()[-1] == head and len(words) > len(want) and need <= set(words)

            key = ("holds", head, len(want), frozenset(need))
            got = self._first(line, self._names_where(key, holds))
            if got is not None:
                return got
        return name

    def acronym(self, acr: str, line: int) -> str | None:
        core = re.sub(r"[’']?s$", "", acr)
        title = self.ctx.title or ""
        initials = "".join(w[0] for w in title.split() if w[:1].isupper())
        if len(core) >= 3 and initials.endswith(core) and _typ(title) == "group":
            return titlecase(title) if title.isupper() else title  # 'the PCSP' in the papers of 'Westvale
            # Policing and Community Safety Partnership'
        if core in self.ctx.definitions:
            return self.ctx.definitions[core]

        self._index()  # names of two words or more whose initials are the acronym or end in it (3 letters up)
        got = self._first(line, self._places(("acronym", core), self._initials_for(core)))
        if got is not None:
            return got
        generic = acronyms().get(core)
        if generic:  # 'CSP' for the document's 'Exampleton Community Safety Partnership', if it names one
            full = self.expand(generic, line)
            return full if full != generic else None
        return None


@lru_cache(maxsize=65536)
def _content_t(name: str) -> tuple[str, ...]:
    return tuple(w for w in norm(name).split() if w not in SMALL_WORDS)


@cache
def _group_word() -> re.Pattern:
    """Any word a group's name can end in (a head word, or a word naming a group or partnership): a line
    without one gives :func:`find_spans_names` nothing (a quick filter, on the lower-cased line)."""
    words = group_heads() | {w for w, k in org_words().items() if k in (Kind.GROUP, Kind.PARTNERSHIP)}
    return re.compile(by_letter([re.escape(w) for w in sorted(words, key=len, reverse=True)], False))


COMMA_NAMES = re.compile(
    r"\b((?:[A-Z][\w'’-]{1,30},\s+){1,4}[A-Z][\w'’-]{1,30}(?:\s+[A-Z][\w'’-]{1,30}){0,3}\s+(?:and|&)\s+(?:[A-Z][\w'’-]{1,30}\s+){0,4}[A-Z][\w'’-]{1,30})"
)


def find_spans_names(text: str) -> list[str]:
    """Full group names (two words or more) in a line, with comma-lists of places joined."""
    out = []
    # a group's span is a quoted name or a name cut from a capitalised run ending in a group's word:
    # without either the spans hold no group (a quick filter before reading people and names)
    if QUOTED.search(text) or any(_group_word().search(m.group(0).lower()) for m in NAME.finditer(text)):
        for s in find_spans(text):
            if s.typ == "group" and len(s.name.split()) >= 2:
                out.append(s.name)
    # "Economy, Environment and Culture Board": single capitalised words before a name with 'and'
    for m in COMMA_NAMES.finditer(text) if "," in text else ():
        name = m.group(1)
        words = [w.strip(",") for w in name.split()]
        if words[-1].lower() in group_heads() and not any(
            w in acronym_kinds() or w.lower() in group_heads() for w in words[:-1]
        ):  # not a list of groups ('Easton CSP, Midby CSP and Northam Partnership')
            out.append(name)
    return out


# ---------------------------------------------------------------- reading


@cache
def _body_endings() -> re.Pattern:
    words = sorted(table()["organisation_endings"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")$", re.I)


MEETS_AS_MEMBERS = re.compile(r"\bAuthority$")
NAMED_AUTHORITY = re.compile(
    r"\b(?!(?:The|This|That|Our|Its|An?)\s)(?:[A-Z][\w'’&-]*\s+(?:(?:and|&)\s+)?){1,5}Authority\b"
)


def _body_like(name: str) -> bool:
    """An organisation whose name ends in a group's word ('Northshire Integrated Care Board')."""
    return bool(_body_endings().search(name.strip()))


def _head_ref(span: Span) -> bool:
    """'the partnership', 'the board': a reference by a group's head word."""
    return span.typ == "ref" and span.ref == "head" and span.head not in PRIORITY_HEADS | PLAN_REF_HEADS


@dataclass
class State:
    title: str | None = None  # the group the document's title names
    section: str | None = None  # the group a heading names
    last: str | None = None  # the last group named
    by_head: dict[str, str] = field(default_factory=dict)
    priority: str | None = (
        None  # the priority, theme or objective a heading names ('Priority two – Safer streets')  # last name seen per head word ('programme')
    )


def _names_other(spans: list[Span], i: int) -> bool:
    """'… from Westby Estates, which manages …': the 'which' at ``i`` stands for the name right before it,
    here no body, group or person we know, not for one further back."""
    return i > 0 and spans[i - 1].typ == "other" and spans[i].start - spans[i - 1].end <= 2


class Reader:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.names = Names.of(ctx)
        self.state = State()
        if (Reader, "title") not in ctx.memo:  # the same for every reader of the document: found once
            ctx.memo[Reader, "title"] = self._title()
        self.state.section = self.state.title = ctx.memo[Reader, "title"]

    def _title(self) -> str | None:
        """The group the document's title names (the reader's state is still empty)."""
        ctx = self.ctx
        if ctx.title_group and _typ(ctx.title_group) == "group" and not CHAIN.search(ctx.title_group):
            return self._full(ctx.title_group, 1)
        # a title line that is wholly a group's name, among the first lines
        firsts = [(i, t) for i, t in enumerate(ctx.doc.lines[:8], 1) if t.strip()][:3]
        for i, t in firsts:
            t = without_record_lead(clean(t).strip())  # 'Minutes of the X Executive held on …': X Executive
            if ADDRESSED.match(t):
                continue  # 'Report to Cabinet': the body the paper is for
            name = _group_line(self, titlecase(t) if t.isupper() else t, i)
            if name:
                return name
        return None

    def _full(self, name: str, line: int, qualifier: str = "", generic: bool = False) -> str:

        name = titlecase(name) if name.isupper() and not is_acronym(name) else name
        if is_acronym(name.replace(" ", "")) and len(name) <= 10:
            return self.names.acronym(name, line) or name
        return self.names.expand(name, line, qualifier, generic)

    def resolve(
        self, spans: list[Span], i: int, line: int, avoid: frozenset[str] | set[str] = frozenset()
    ) -> list[Mention]:
        """The entities span ``i`` stands for."""
        s = spans[i]
        if s.typ == "person":
            return [Mention(tidy(s.name), Kind.PERSON)]
        if s.typ == "ref":
            if s.ref == "which":
                if _names_other(spans, i):
                    return []
                # the name before it, or a reference by head word ('The partnership, which …': the partnership)
                named = ("group", "organisation", "plan", "person", "post")
                j = next(
                    (j for j in range(i - 1, -1, -1) if spans[j].typ in named or _head_ref(spans[j])), None
                )
                return [] if j is None else self.resolve(spans, j, line, avoid)
            if s.ref == "all":
                return [
                    Mention(n, kind_of(n, Kind.GROUP)) for n in self.names.all(s.head or "") if n not in avoid
                ]
            if s.ref == "head" and s.head in PRIORITY_HEADS:
                p = self.state.priority  # scoped as the priority readers scope it: one entity
                return [Mention(p, Kind.PRIORITY, scope=self.ctx.name)] if p and p not in avoid else []
            if s.ref == "head" and s.head:
                head = s.head.rstrip("s")
                plan = head in PLAN_REF_HEADS
                if s.qualifier == "same":  # 'the same Board': the one just named in the sentence
                    for j in range(i - 1, -1, -1):
                        if spans[j].typ == "group" and spans[j].name.lower().rstrip("s").endswith(head):
                            return self.resolve(spans, j, line, avoid)
                lower = s.name.split()[-1][:1].islower()  # "the group": the group in hand
                current = [c for c in (self.state.last, self.state.section) if c and c not in avoid]
                if lower and head in {"group", "body"} and current:
                    return [Mention(current[0], kind_of(current[0], Kind.GROUP))]
                section = self.state.section
                fresh = self.state.by_head.get(head)
                if "new" in s.name.lower().split() and fresh and fresh not in avoid and not _body_like(fresh):
                    return [
                        Mention(fresh, kind_of(fresh, Kind.GROUP))
                    ]  # 'the new partnership': the one just named
                if not plan and section and section.lower().endswith(head) and section not in avoid:
                    return [Mention(section, kind_of(section, Kind.GROUP))]  # the body whose paper it is
                named = self.state.by_head.get(head)
                if named and named not in avoid and not _body_like(named):
                    return [Mention(named, kind_of(named, Kind.PLAN if plan else Kind.GROUP))]
                if plan and (own_plan := heading_plan(self.ctx, line) or document_plan(self.ctx)):
                    bare = re.sub(r"[\s\d/–-]+$", "", own_plan).lower()  # without its years
                    if own_plan not in avoid and bare.endswith((head, head + "s")):
                        return [Mention(own_plan, Kind.PLAN)]  # 'this strategy' in the strategy's own pages
                if plan or head == "body":
                    return []
                own = self.state.section or self.state.title
                if (
                    own
                    and own not in avoid
                    and own.lower().endswith(head)
                    and len(own.split()) >= 2
                    and not any(x.typ == "group" for x in spans if x is not s)
                ):
                    return [
                        Mention(own, kind_of(own, Kind.GROUP))
                    ]  # 'The Board is …' in the board's own pages
                name = self.names.nearest(head, line, before_only=lower or own is not None)
                named_here = {self._full(x.name, line) for x in spans if x.typ == "group"}
                if (
                    name and name not in avoid and name not in named_here
                ):  # 'Reporting to the Board are the X Board and …'
                    return [Mention(name, kind_of(name, Kind.GROUP))]
                # nothing else of that name: a partnership's own papers call it 'the Board' or 'the Group'
                if own and own not in avoid and _typ(own) == "group" and head in group_heads():
                    return [Mention(own, kind_of(own, Kind.GROUP))]
                return []
            if s.ref == "it" and i > 0 and (spans[0].typ == "group" or spans[0].ref == "head"):
                # 'The X Group does not …; it reports to Y' (X), 'The shadow board will run until April,
                # when it will become …' (the board)
                return self.resolve(spans, 0, line, avoid)
            current = self.state.last or self.state.section
            return (
                [Mention(current, kind_of(current, Kind.GROUP))] if current and current not in avoid else []
            )
        if s.typ == "post":
            return [Mention(tidy(s.name), Kind.POST)]  # as written: 'Chief Executive of X Council'
        if s.typ == "organisation" and MEETS_AS_MEMBERS.fullmatch(s.name) and (own := self._own_authority()):
            # 'the Authority': the one its papers name most
            return [Mention(own, kind_of(own, Kind.ORGANISATION))]
        if s.typ == "organisation" and " and " in s.name and len(bodies := split_names(s.name)) > 1:
            return [Mention(n, kind_of(n, Kind.ORGANISATION)) for n in bodies]  # 'A Scotland and B College'
        name = self._full(s.name, line, s.qualifier, s.generic)
        kind = kind_of(
            name, Kind.GROUP if s.typ == "group" else Kind.PLAN if s.typ == "plan" else Kind.ORGANISATION
        )
        if s.typ == "group" and kind is Kind.POST and _typ(name) == "group":
            kind = Kind.GROUP  # 'Exampleton Partnership Executive' is a body
        return [Mention(name, kind)]

    def _own_authority(self) -> str | None:
        """The authority the document names most ('Westby Fire Authority'), for a bare 'the Authority'."""
        key = Reader._own_authority
        if key not in self.ctx.memo:
            named = Counter(m.group(0) for line in self.ctx.doc.lines for m in NAMED_AUTHORITY.finditer(line))
            self.ctx.memo[key] = named.most_common(1)[0][0] if named else None
        return self.ctx.memo[key]

    def kind_ok(self, spans: list[Span], i: int, allowed: frozenset[str], line: int = 0) -> bool:
        s = spans[i]
        if s.typ == "ref":
            if s.ref == "which":
                if _names_other(spans, i):
                    return False
                before = [
                    spans[j] for j in range(i - 1, -1, -1) if spans[j].typ != "ref" or _head_ref(spans[j])
                ]
                if before and _head_ref(before[0]):
                    return "group" in allowed  # 'The partnership, which …'
                return any(b.typ in allowed for b in before if b.typ != "ref")
            if s.head in PRIORITY_HEADS:
                return "plan" in allowed and self.state.priority is not None
            if s.head in PLAN_REF_HEADS:
                return "plan" in allowed or "group" in allowed
            return "group" in allowed
        if s.typ in allowed:
            return True
        if s.typ == "group" and "organisation" in allowed and _body_like(s.name):
            return True  # 'Westby Clinical Commissioning Group': an organisation, though its last word is a group's
        if s.typ == "organisation" and "group" in allowed and MEETS_AS_MEMBERS.search(s.name):
            return True  # 'Chair of the Authority', 'new Members of the X Fire Authority': a body its members meet as
        if s.typ == "other" and is_acronym(s.name):  # an acronym: the kind of what it stands for
            full = self._full(s.name, line)
            return full != s.name and _typ(full) in allowed
        return False

    def see(self, spans: list[Span], line: int) -> None:
        for s in spans:
            if s.typ == "group" and len(s.name.split()) >= 2:
                self.state.last = self._full(s.name, line, s.qualifier, s.generic)
            if s.head and s.typ != "ref":
                self.state.by_head[s.head.rstrip("s")] = s.name
            if s.typ in ("group", "plan") and len(s.name.split()) >= 2:
                self.state.by_head[s.name.split()[-1].lower().rstrip("s")] = self._full(
                    s.name, line, s.qualifier, s.generic
                )


QUOTED_NAME = re.compile(r"(?<![\w’'])[‘'\"“]([A-Z][^‘’'\"“”\n]{2,80}?)[’'\"”](?![\w’'])")
MEMBERS_OF = re.compile(
    r"(?i)(?:members?|representatives?|chairs?|vice[- ]chairs?)\s+of\s+(?:the\s+)?(?:board|group|partnership|committee|forum|panel)$"
)
PLAN_REF_HEADS = frozenset({"programme", "project", "strategy", "plan", "initiative", "fund", "grant"})
GENERIC_POSSESSOR = re.compile(r"\b(?:the|its|their|our)\s+[a-z]+['’]s\s+$")


def _marked(text: str, spans: list[Span]) -> str:
    """The sentence with each span a numbered mark; 'the council's' before a span is left out ('chaired by
    the council's Head of Communities'): a generic owner is no part of the statement."""
    out, pos = [], 0
    for i, s in enumerate(spans):
        between = text[pos : s.start]
        close = re.match(r"\s*\)", text[s.end :])
        if i and between.strip() == "(" and close:  # 'X Forum (MSP Forum) was set up': X's short name
            pos = s.end + close.end()
            continue
        out.append(GENERIC_POSSESSOR.sub("", between))
        out.append(" " + MARK.format(i) + " ")
        pos = s.end
    out.append(text[pos:])
    return ASIDE.sub(r"\1", "".join(out))


# an aside after a name between commas ('The X Forum, previously supported by the council, has been …'):
# left out, so the statement reads on from the name
ASIDE = re.compile(
    r"(\x00\d+\x01)\s*,\s*(?:previously|formerly|originally|currently|until\s+now|which\s+was|who\s+was)\b"
    r"(?!\s+(?:known|called|named|titled)\b|\s+(?:the\s+)?\x00\d+\x01\s*,)"  # not 'formerly known as' or 'formerly the Y,'
    r"(?:\s+(?:[a-z][\w'’-]*|\x00\d+\x01)){1,10}\s*,"
)


VERB_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)(?:\s+[a-z]+){0,2}\s*$", re.I)


@cache
def _report_words() -> tuple[re.Pattern, re.Pattern]:
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in table()["report_given_after"])
    before = "|".join(re.escape(w) for w in table()["report_noun_before"])
    return (
        re.compile(rf"^\s*(?:{after})\b", re.I),
        re.compile(rf"\b(?:{before})\s+reports?\s+(?:to|into)\b", re.I),
    )


def _report_given(marked: str, m: re.Match) -> bool:
    """'X reported to the Board that …' (a report given), 'presents its annual report to the Board' (a
    report named): no reporting line."""
    after, noun = _report_words()
    return bool(after.match(marked[m.end() :]) or noun.search(m.group(0)))


def _hedged(marked: str, start: int, *, verb_first: bool) -> bool:
    """A question or condition before a statement ("asked whether A and B would merge", a list of
    subjects included), or, for a form opening with its verb, a negation just before it ("did not
    establish a Working Group as a sub-group of ...")."""
    if before := LIST_BEFORE.search(marked[:start]):
        start = before.start()
    lead = marked[max(0, start - 40) : start]
    return bool(hedge().search(lead) or verb_first and VERB_NEGATED.search(lead))


@lru_cache(maxsize=8192)
def _forms_for(low: str) -> tuple[int, ...]:
    """The forms (their places in :func:`forms`, in order) whose needed words the lower-cased marked
    sentence holds, each word tested once (a list item is read twice: with its lead-in's subject and alone)."""
    every, by_key = _need_words()
    chosen = set(every)
    for key, words in by_key:
        if key in low:  # the words opening with these three letters: none is in a sentence without them
            for word, which in words:
                if word in low:
                    chosen |= which
    return tuple(sorted(chosen))


def _claims(
    reader: Reader,
    ev,
    spans: list[Span],
    marked: str,
    line: int,
    subject: list[Mention] | None = None,
) -> Iterator[Claim]:
    """Every form of the table over one marked sentence (``subject``: the list lead-in's, for items)."""
    neg = negation()
    all_forms = forms()
    for k in _forms_for(marked.lower()):
        form = all_forms[k]
        pattern = form.object_only if subject is not None else form.pattern
        if pattern is None:
            continue
        for m in pattern.finditer(marked):
            if (
                neg.search(m.group(0))
                and "no_longer" not in form.text  # a form that says 'no longer' itself
                or _hedged(marked, m.start(), verb_first=form.verb_first)
            ):
                continue
            if form.relation == "reports_to" and _report_given(marked, m):
                continue
            if "...." in form.text and not _first_subject(spans, m):
                continue  # a second verb is the sentence's first name's, with no other name in between
            slots = m.groupdict()
            if form.under:  # "Jane Doe (Chair)" in a list under the group's heading
                group = reader.state.section
                if not group:
                    continue
                objects = [Mention(group, kind_of(group, Kind.GROUP))]
            elif slots.get("O") is None:
                continue
            else:
                o = int(slots["O"])
                if (
                    form.text.startswith("{O}")
                    and AND_BE.match(marked, m.end("O") + 1)
                    and (first := FIRST_CLAUSE.match(marked[: m.start()]))
                ):
                    o = int(first.group(1))  # 'The JAG reports to the Board and is chaired by X': the JAG
                if not reader.kind_ok(spans, o, form.object, line):
                    continue
                objects = reader.resolve(spans, o, line)
            if form.object_list:
                objects += _list_after(reader, spans, marked, m.end(), line, form.object)
            if subject is not None:
                subjects = subject
            else:
                if slots.get("S") is None:
                    continue
                s_i = int(slots["S"])
                before, s_given = marked[: m.start()], s_i
                if (
                    form.text.startswith("{S}")
                    and slots.get("X") is None
                    and (agent := PASSIVE_AGENT.search(before))
                ):
                    s_i = int(
                        agent.group(1)
                    )  # 'The Board is chaired by X and reports to Y': the Board reports
                elif (
                    form.text.startswith("{S}")
                    and slots.get("X") is None
                    and (first := OBJECT_BEFORE.search(before))
                ):
                    s_i = int(first.group(1))  # 'The Board is accountable to X and reports to Y'
                if (
                    spans[s_i].typ in ("post", "organisation")
                    and s_i + 1 < len(spans)
                    and spans[s_i + 1].typ == "person"
                    and re.match(rf"\s*\x00{s_i + 1}\x01", marked[m.end("S") + 1 :])
                ):
                    s_i += (
                        1  # 'set up by Police and Crime Commissioner Jane Doe': the person holding the post
                    )
                if not reader.kind_ok(spans, s_i, form.subject, line):
                    continue
                between = slots.get("X")
                if between is not None and spans[int(between)].typ == "person" and spans[s_i].typ == "post":
                    continue  # 'chaired by Cllr X, Cabinet Member for Y': the chair is the person, Y his post
                avoid = {x.name for x in objects}
                subjects = reader.resolve(spans, s_i, line, avoid)
                if (
                    form.relation != "chair" and s_i == s_given and form.text.startswith("{S")
                ):  # a list of subjects before the form's own ('A, B and C are members of X'); not when the
                    # subject stood further back, nor after the verb ('… is A and the Vice-Chair is B')
                    subjects += _list_before(reader, spans, marked, m.start(), line, form.subject)
                if form.subject_list:
                    subjects += _list_after(reader, spans, marked, m.end(), line, form.subject)
            for subj in subjects:
                if form.relation == "subgroup_of" and STAFF_UNIT.search(subj.name):
                    continue  # 'The Board is supported by the Community Safety Team': its staff, no sub-group
                for obj in objects:
                    if norm(subj.name) == norm(obj.name):
                        continue
                    yield Claim(subj, Rel(form.relation), obj, ev, f"structure.{form.relation}")
                    if (
                        form.also
                        and subj.kind in (Kind.GROUP, Kind.PARTNERSHIP)
                        and obj.kind in (Kind.GROUP, Kind.PARTNERSHIP)
                    ):
                        yield Claim(subj, Rel(form.also), obj, ev, f"structure.{form.relation}", 0.6)


STAFF_UNIT = re.compile(r"\b(?:Team|Unit|Officers?|Secretariat|Staff)$")


def _first_subject(spans: list[Span], m: re.Match) -> bool:
    """The match's first name (its subject, or its object in an object-first form) is the sentence's first
    name, or the name a 'which' ({X}) follows, and only references ('the partnership') stand between it
    and the match's other name."""
    found = sorted(int(v) for k, v in m.groupdict().items() if k in ("S", "O") and v is not None)
    if len(found) != 2:
        return False
    first, second = found
    x = m.groupdict().get("X")
    relative = x is not None and spans[int(x)].typ == "ref" and spans[int(x)].ref == "which"
    return (relative or (x is None and first == 0)) and all(t.typ == "ref" for t in spans[first + 1 : second])


PASSIVE_AGENT = re.compile(  # '… chaired by X and reports', '…, chaired by the Leader, Cllr Y, is responsible for'
    r"\x00(\d+)\x01\s*,?\s*(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+)?(?:[a-z]+\s+){1,2}by\s+"
    r"(?:\x00\d+\x01\s*(?:,|of|from|at)?\s*){0,2}$"  # '… chaired by Inspector X of Y Police and reports to'
)
# '… and is chaired by': a second verb of the sentence's first name (see FIRST_CLAUSE)
AND_BE = re.compile(r"\s*,?\s*and\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s")
# the sentence's first name and the words of its first verb before another name
FIRST_CLAUSE = re.compile(r"^[^\x00]{0,12}\x00(\d+)\x01\s+(?:[a-z][\w-]*\s+){1,6}$")
# the name is the object of an earlier verb of the sentence, whose subject is its first name
OBJECT_BEFORE = re.compile(r"^[^\x00]{0,12}\x00(\d+)\x01.*\b(?:to|into|with|from)\s+$")
LIST_BEFORE = re.compile(r"((?:\x00\d+\x01\s*(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)){1,20})$")
LIST_AFTER = re.compile(
    r"^((?:(?:\s+\x00\d+\x01)?"  # 'A of Westvale Police and B': A's body between (its kind is checked)
    r"\s*(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)(?:(?:also\s+)?(?:[a-z]+ly\s+)?(?:to|into|through)\s+)?\x00\d+\x01){1,20})"
)


def _list_before(reader, spans, marked, start, line, allowed) -> list[Mention]:
    window = marked[max(0, start - 400) : start].rstrip()
    # only "A, B and S": the marked text right before the subject's marker
    m = LIST_BEFORE.search(window[-400:] + " ")
    if not m:
        m = LIST_BEFORE.search(window + " ")
    if not m:
        return []
    out = []
    for k in re.findall(r"\x00(\d+)\x01", m.group(1)):
        if reader.kind_ok(spans, int(k), allowed, line) and spans[int(k)].typ != "ref":
            out += reader.resolve(spans, int(k), line)
    return out


CLAUSE_AFTER = re.compile(
    r"\s*(?:is|are|was|were|has|have|had|will|would|shall|reports?|sits?|meets?|became|becomes)\b"
)


def _list_after(reader, spans, marked, end, line, allowed) -> list[Mention]:
    m = LIST_AFTER.match(marked[end : end + 400])
    if not m:
        return []
    out = []
    previous = re.search(r"\x00(\d+)\x01\s*$", marked[:end])
    before = spans[int(previous.group(1))] if previous else None
    for mark in re.finditer(r"([^\x00]*)\x00(\d+)\x01", m.group(1)):
        k, separator = int(mark.group(2)), mark.group(1).strip()
        if CLAUSE_AFTER.match(marked, end + m.start(1) + mark.end()):
            break  # '… reports to X, and Y is a sub-group of Z': Y begins a clause of its own
        if before is not None and before.typ == "person" and spans[k].typ == "post" and separator == ",":
            before = spans[k]
            continue  # 'Jane Doe, Leader of the Council': her post, not another item
        before = spans[k]
        if reader.kind_ok(spans, k, allowed, line):
            out += reader.resolve(spans, k, line)
    return out


def split_names(text: str) -> list[str]:
    """'A, B, C and D, E and F' -> ['A', 'B', 'C', 'D, E and F'] when 'C and D' joins two names of two
    words or more; otherwise the last 'and' ends the list ('Health and Wellbeing Board' stays whole)."""
    text = re.sub(r"\s*\.$", "", text.strip())
    if (
        ";" in text
    ):  # 'A and B; C; and D and E': the semicolons part the names, an 'and' inside one is its own
        parts = [re.sub(r"^(?:(?:and|or)\s+)?(?:the\s+(?=[A-Z]))?", "", p.strip()) for p in text.split(";")]
        return [tidy(p) for p in parts if tidy(p)]
    parts = [re.sub(r"^the\s+(?=[A-Z])", "", p.strip()) for p in re.split(r"\s*,\s*", text) if p.strip()]
    if len(parts) == 1:  # 'the A Group and the B Group', 'A Sub-committee and B Sub-committee'
        both = re.split(r"\s+(?:and|&)\s+(?=(?:the\s+)?[A-Z])", parts[0], maxsplit=1)
        if len(both) == 2 and all(_typ(tidy(b)) == "group" for b in both):
            return [tidy(b) for b in both]
        if (  # 'Skills Development Scotland and Kilmarvie College': two bodies, not 'Fire and Rescue'
            len(both) == 2
            and all(len(b.split()) >= 2 and part_type(tidy(b)) == "organisation" for b in both)
            and re.sub(r"^the\s+", "", both[1]).split()[0] not in name_continuations()
        ):
            return [tidy(b) for b in both]
    for k, part in enumerate(parts):
        if k == 0:
            continue
        pieces = re.split(r"\s+(?:and|&)\s+", part, maxsplit=1)
        if (
            len(pieces) == 2
            and len(pieces[0].split()) >= 2
            and k < len(parts) - 1
            and pieces[1].split()[0] not in name_continuations()  # 'Health and Social Care …' is one
        ):
            rest = ", ".join([pieces[1], *parts[k + 1 :]])
            return [*parts[:k], pieces[0], rest]
    if parts and len(parts) > 1:
        last = re.split(r"\s+(?:and|&)\s+(?=\S)", parts[-1])
        heads = [k for k in range(1, len(last)) if last[k - 1].split()[-1].lower() in group_heads()]
        if article := re.search(r"\s+(?:and|&)\s+(?=the\s+[A-Z])", parts[-1]):
            parts[-1:] = [parts[-1][: article.start()], parts[-1][article.end() :]]  # '… and the B'
        elif heads:  # 'the A Sub-group and B and C Sub-group': the 'and' after a head word
            parts[-1:] = [" and ".join(last[: heads[0]]), " and ".join(last[heads[0] :])]
        elif len(last) > 1:
            parts[-1:] = [" and ".join(last[:-1]), last[-1]]
    return [tidy(p) for p in parts if tidy(p)]


def structure(ctx: Context):
    """Structure statements of every sentence, and the lists that share a lead-in's subject."""
    reader = Reader(ctx)
    title_subgroup(ctx, reader)  # the papers of a group its title block names under its body
    blocks = _joined(ctx.doc.blocks, ctx.doc.lines)
    lead: list[Mention] | None = None  # the subject items take ("The role of the Board is to:")
    lead_sentence: Sentence | None = None
    subgroups_of: list[Mention] | None = None  # a sentence named sub-groups; a list may follow
    subgroups_sentence: Sentence | None = None
    subgroups_last = 0  # the last line of the lead-in or list item read so far
    under: Mention | None = None  # the body whose papers set groups under a 'Sub-groups' heading
    for block in blocks:
        if block.kind != "item":
            lead = None
        if block.kind == "heading":
            plain = clean(block.text)
            under = (
                Mention(ctx.title_group, kind_of(ctx.title_group, Kind.GROUP))
                if ctx.title_group and SUBGROUPS_CAPTION.search(plain) and generic_heading(plain)
                else None
            )
            text = heading_group(titlecase(re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", block.text)))  # '5. X'
            if (
                _typ(text) == "group"
                and len(text.split()) <= 12
                and not generic_heading(text)
                and ":" not in text
                and not headline(text)
                and not ADDRESSED.match(text)  # 'Report to Cabinet'
            ):
                reader.state.section = reader._full(tidy(text), block.start)
                reader.state.last = reader.state.section
        head = PRIORITY_HEADING.match(clean(ctx.doc.lines[block.start - 1][:300]).strip())
        if head:
            reader.state.priority = tidy(head.group("name"))
        for s, text in _windows(ctx.doc.sentences(block)):
            if block.kind == "item":
                text = BULLET.sub("", text, count=1)
            if re.fullmatch(r"\s*\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})?[.)]?\s*", text):
                continue  # a list number read as a sentence of its own ('1.')
            text = ROLE_PERIOD.sub(r"\1", text)  # 'The Chair for 2023/24 is …': the chair
            text = QUOTED_NAME.sub(r"\1", text)  # "renamed the 'Safer Westvale Partnership'": the name
            spans = find_spans(text)
            marked = _marked(text, spans)
            ev = ctx.ev(s)
            if (
                under
                and block.kind == "paragraph"
                and spans
                and spans[0].typ == "group"
                and spans[0].start <= 4
                and len(spans[0].name.split()) >= 2
                and norm(spans[0].name) != norm(under.name)
            ):  # under 'Sub-groups': 'The Performance Group is chaired by …' opens with one of them
                yield Claim(
                    _group_mention(spans[0].name), Rel.SUBGROUP_OF, under, ev, "structure.under_heading", 0.6
                )
            if block.kind == "item" and lead is not None and lead_sentence is not None:
                item_ev = ctx.doc.evidence(lead_sentence.start, s.end)
                yield from _claims(reader, item_ev, spans, marked, s.start, subject=lead)
            yield from _claims(reader, ev, spans, marked, s.start)
            # sub-groups listed after a sentence that names them
            if subgroups_of and subgroups_sentence is not None:
                head = re.split(r"\s+[–—-]\s+(?=[a-z])", text, maxsplit=1)[0]  # 'X Subgroup – monitors …'
                if block.kind == "item" and (named := NAMED_THEN_TOLD.match(head)):
                    head = named.group("name")  # 'Westby Delivery Group which meets monthly and …': the group
                m = LIST_LEAD.match(text)
                if m and not negation().search(text):
                    evs = ctx.doc.evidence(subgroups_sentence.start, s.end)
                    for name in split_names(text[m.end() :]):
                        if name[:1].isupper():
                            for parent in subgroups_of:
                                yield Claim(
                                    Mention(name, Kind.GROUP),
                                    Rel.SUBGROUP_OF,
                                    parent,
                                    evs,
                                    "structure.subgroup_list",
                                )
                    subgroups_of = None
                elif (
                    block.kind == "item"
                    and head[:1].isupper()
                    and len(head) < 120
                    and len(re.findall(r"\b[a-z][a-z'’-]+\b", head)) <= 4  # a name, not a sentence
                    or block.start == block.end
                    and block.start <= subgroups_last + 2
                    and not _plural_kind(head)  # 'Locality Partnerships': the heading of what follows
                    and _group_line(reader, re.sub(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+", "", head), s.start)
                    or block.start == block.end
                    and block.start <= subgroups_last + 2
                    and len(head.split()) <= 8
                    and head[:1].isupper()
                    and _described_below(ctx.doc.lines, block.end)
                ):  # an item, a line that is wholly a group's name (lists flattened without bullets), or a
                    # name over 'This sub-group …'

                    subgroups_last = block.end
                    evs = ctx.doc.evidence(subgroups_sentence.start, s.end)
                    name = re.sub(
                        r"\s*\((?:[A-Z][A-Za-z&]{1,8}|[a-z][^()]{0,120})\)\s*[.,;]?$", "", head
                    ).rstrip(".,;")
                    name = re.sub(r"[;,]?\s+(?:and|or)$", "", name)  # 'B Partnership; and
                    name = re.sub(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+", "", name)
                    for parent in subgroups_of:
                        yield Claim(
                            Mention(tidy(name), Kind.GROUP),
                            Rel.SUBGROUP_OF,
                            parent,
                            evs,
                            "structure.subgroup_list",
                        )
                    continue
                elif (
                    block.kind == "paragraph"
                    and block.start <= subgroups_last + 2
                    and subgroups_last > subgroups_sentence.end
                    and re.match(r"(?:This|The|It|Its)\b", text)
                ):  # a sub-group's description under its name: the list goes on after it
                    subgroups_last = block.end
                    reader.see(spans, s.start)
                    continue
                else:
                    subgroups_of = None
            said = [  # 'sub-groups' said of a group, not the head word of a name ('Quality Sub-group')
                w
                for w in (subgroup_words().finditer(text) if _subgroup_hint().search(text) else ())
                if not any(
                    x.start <= w.start() < x.end and x.name.lower() != w.group(0).lower() for x in spans
                )  # 'three Delivery Groups, which report to …': the words are the whole span
            ]
            # the words a list follows ('… of the delivery groups The Partnership noted … its delivery
            # groups: A and B', a heading run into its minute), else the first
            words = next((w for w in said if _listed_after(text[w.end() :])), said[0] if said else None)
            if words and not negation().search(text):
                parent = _subgroup_parent(reader, spans, marked, text, words.start(), s.start)
                inline = _listed_after(text[words.end() :])
                if (
                    not parent
                    and (inline or block.kind == "heading" and generic_heading(text))
                    and ctx.title_group
                    and not any(x.start < words.start() for x in spans)
                ):  # 'Each priority is taken forward by a thematic partnership: A, B and C', or a heading
                    # 'Thematic groups' over their names, in a body's own papers: the body's
                    parent = [Mention(ctx.title_group, kind_of(ctx.title_group, Kind.GROUP))]
                if parent and inline and inline.group(1).strip():
                    listed = inline.group(1)
                    for m in LED_IN_BRACKETS.finditer(listed):  # 'Safer Streets (led by Northshire Police)'
                        for leader in split_names(m.group("lead")):
                            yield Claim(
                                Mention(leader, kind_of(leader, Kind.ORGANISATION)),
                                Rel.RESPONSIBLE,
                                Mention(tidy(m.group("name")), Kind.GROUP),
                                ev,
                                "structure.subgroup_list.led_by",
                            )
                    # the names end where prose goes on ('such as the Youth JAG all partners, …')
                    listed = re.sub(r"\s*\([^()]{0,120}\)", "", listed)
                    names = re.split(r"\s+(?!(?:of|and|for|the|&|on|in|to|from)\b)[a-z]", listed)[0]
                    for name in split_names(names):
                        if name[:1].isupper():
                            for p in parent:
                                yield Claim(
                                    Mention(name, Kind.GROUP),
                                    Rel.SUBGROUP_OF,
                                    p,
                                    ev,
                                    "structure.subgroup_list",
                                )
                elif parent and (
                    text.rstrip().endswith(":")
                    or words.group(0).lower().endswith("s")
                    and block.kind != "item"
                ):
                    # 'The Board has four sub-groups.' / 'its sub-groups:' and a list below; not 'Each
                    # sub-group reports to the Board.', nor a list's item naming groups ('• Delivery
                    # through themed groups (e.g. the X Partnership)') over the next item
                    subgroups_of, subgroups_sentence, subgroups_last = parent, s, s.end
            elif (lead_in := REPORTING_LEAD.match(text.strip())) and not negation().search(text):
                # 'Reporting to the Board are the following groups:' and a list below
                at = lead_in.start("parent") if lead_in.group("parent") else lead_in.start("parent2")
                k = next(
                    (k for k, x in enumerate(spans) if x.start >= at and x.typ in ("group", "ref")), None
                )
                parent = reader.resolve(spans, k, s.start) if k is not None else []
                if parent:
                    subgroups_of, subgroups_sentence, subgroups_last = parent, s, s.end
            # a lead-in whose subject the items below take
            if text.endswith(":"):
                for pattern in role_intros():
                    m = pattern.search(marked)
                    if m and m.group("S") is not None:
                        k = int(m.group("S"))
                        subject = reader.resolve(spans, k, s.start)
                        if subject:
                            lead, lead_sentence = subject, s
                        break
            reader.see(spans, s.start)


def _joined(blocks: list, lines: list[str] | None = None) -> list:
    """List items with their wrapped lines: an item that does not end a sentence, followed on the very
    next line by a one-line paragraph, continues there ('... the new Exampleton Combating' / 'Drugs
    Partnership;')."""
    from dataclasses import replace

    out: list = []
    for b in _split_heads(blocks, lines) if lines is not None else blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "item"
            and b.kind == "paragraph"
            and b.start == prev.end + 1
            and b.start == b.end
            and not prev.text.rstrip().endswith((".", ";", ":", "!", "?"))
            and len(b.text) < 160
        ):
            out[-1] = replace(prev, end=b.end, raw=prev.raw + "\n" + b.raw, text=prev.text + " " + b.text)
            continue
        if (
            lines is not None
            and prev is not None
            and prev.kind == "item"
            and b.kind == "paragraph"
            and b.start == prev.end + 1
            and b.end > b.start
            and WRAPPED.search(prev.text)
        ):  # '(d) … report to the' / 'Executive annually. 5.3 Members noted …': the item's last word is
            first = fold(lines[b.start - 1])  # on the paragraph's first line
            out[-1] = replace(prev, end=b.start, raw=prev.raw + "\n" + first, text=prev.text + " " + first)
            rest = [fold(x) for x in lines[b.start : b.end]]
            b = replace(b, start=b.start + 1, raw="\n".join(rest), text=" ".join(x for x in rest if x))
        out.append(b)
    return out


SECTION_LINE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|the|&)){0,4}\s*$"
    r"|^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}"
    r"(?<!\bthe)(?<!\ba)(?<!\bof)(?<!\band)(?<!\bto)(?<!\bwere)(?<!\bwas)(?<!\bis)(?<!\bare)(?<!\bby)(?<!\bwith)"
    r"(?<!\bfor)(?<!\bin)(?<!\bon)(?<!\bat)\s*$"
)


LIST_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+")


def _split_colon_lists(blocks: list, lines: list[str]) -> list:
    """A paragraph whose line ends with ':' and whose later lines are each a short name (a list flattened
    without bullets: 'which report to the Board:' / 'Thriving Communities Group' / ...): the lines after
    the colon are items of their own."""
    from dataclasses import replace

    out: list = []
    for b in blocks:
        if b.kind in ("paragraph", "item") and b.end > b.start:
            colon = next((n for n in range(b.start, b.end) if lines[n - 1].rstrip().endswith(":")), None)
            rest = range(colon + 1, b.end + 1) if colon else range(0)
            if colon and all(
                len(lines[n - 1].strip()) <= 90
                and LIST_NUMBER.sub("", lines[n - 1].strip())[:1].isupper()
                and not lines[n - 1].rstrip().endswith(".")
                for n in rest
            ):
                head = " ".join(fold(x) for x in lines[b.start - 1 : colon] if x.strip())
                out.append(replace(b, end=colon, raw=head, text=head))
                for n in rest:
                    line = fold(lines[n - 1])
                    out.append(replace(b, kind="item", start=n, end=n, raw=line, text=line))
                continue
        out.append(b)
    return out


def _split_heads(blocks: list, lines: list[str]) -> list:
    """A numbered section title run into its first paragraph ('2. Accountability' / 'The group is
    accountable to ...') is a heading of its own, so the title is no part of the sentence's subject."""
    from dataclasses import replace

    out: list = []
    for b in blocks:
        if b.kind in ("item", "paragraph") and b.end > b.start and SECTION_LINE.match(lines[b.start - 1]):
            first = lines[b.start - 1]
            rest = " ".join(fold(x) for x in lines[b.start : b.end] if x.strip())
            if rest[:1].isupper():
                title = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+", "", first).strip()
                out.append(replace(b, kind="heading", end=b.start, raw=fold(first), text=title))
                out.append(replace(b, kind="paragraph", start=b.start + 1, raw=rest, text=rest))
                continue
        out.append(b)
    return _split_colon_lists(out, lines)


def _windows(sentences: list[Sentence]) -> Iterator[tuple[Sentence, str]]:
    """Each sentence's text; a run longer than MAX_SENTENCE (a line without full stops) in overlapping windows."""
    for s in sentences:
        if len(s.text) <= MAX_SENTENCE:
            yield s, s.text
            continue
        for off in range(0, len(s.text), MAX_SENTENCE - 500):
            yield s, s.text[off : off + MAX_SENTENCE]


LED_IN_BRACKETS = re.compile(
    r"(?:^|[,;]\s*|\band\s+)(?:the\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,6}?)\s*"
    r"\((?:led|chaired|co-ordinated|coordinated)\s+by\s+(?:the\s+)?(?P<lead>[^()]{2,100})\)"
)


DESCRIBED = re.compile(r"(?:This|The)\s+(?:sub-?group|group|forum|panel|committee|board|network)\b")


ROLE_PERIOD = re.compile(
    r"(?i)\b((?:vice[- ]|deputy\s+)?chair(?:man|person)?)\s+for\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
)


def _described_below(lines: list[str], n: int) -> bool:
    """The line after line ``n`` (1-based), past blanks, describes a group ('This sub-group monitors …'):
    line ``n`` is the group's name, whatever its words."""
    below = next((x.strip() for x in lines[n : n + 3] if x.strip()), "")
    return DESCRIBED.match(below) is not None


def _listed_after(tail: str) -> re.Match | None:
    """The names listed after words naming sub-groups, as group 1: ': A, B and C', 'including the A and
    the B', ', each led by a partner: A (…), B (…)', ', which report to the X Board: A and B'."""
    return (
        re.match(r"^\s*(?:,?\s*(?:namely|which\s+are|are|being|including))?\s*(?::|\s[–—-])\s*(.+)$", tail)
        or re.match(
            r"^\s*(?:,?\s*(?:namely|including|such\s+as)\s+|,\s*(?=the\s+[A-Z]))(?=(?:the\s+)?[A-Z])(.+)$",
            tail,
        )
        or re.match(r"^\s*,\s*(?:each|all|both)\s+[^.:;]{1,80}?:\s*(.+)$", tail)
        or re.match(
            r"^\s*,?\s*(?:which\s+|that\s+|all\s+)?(?:report|reports|sit|sits|are\s+accountable|feed)"
            r"\s+[^.:;–—]{1,100}?(?::|\s[–—-])\s*(.+)$",
            tail,
        )
    )


def _subgroup_parent(reader: Reader, spans, marked, text, at: int, line: int) -> list[Mention] | None:
    """Whose sub-groups a sentence names: the group after 'of' the words, else the sentence's subject."""
    after = [i for i, s in enumerate(spans) if s.start > at and not (s.typ == "ref" and s.ref == "which")]
    for i in after[:1]:
        between = text[at : spans[i].start]
        if (
            re.search(r"\b(?:of|for|to|under|into|within)\b", between)
            and len(between) < 60
            and not re.search(r"[.;:]", between)
            and (
                spans[i].typ in ("group", "ref", "plan")
                or reader.kind_ok(spans, i, frozenset({"group"}), line)
            )
        ):  # 'sub-groups of the X', 'three Delivery Groups, which report to the X', 'sit under the PCSP'
            if spans[i].typ == "ref" and spans[i].ref != "head" or re.search(r"\b(?:not|no)\b", between):
                continue
            got = reader.resolve(spans, i, line)
            if got:
                return got
    for i, s in enumerate(spans):  # 'the Partnership's three delivery groups': the possessor's
        if s.end <= at and re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,2}", text[s.end : at]):
            got = [m for m in reader.resolve(spans, i, line) if m.kind is not Kind.PLAN]
            if got:
                return got
    for i, s in enumerate(spans):
        if s.start >= at:
            break
        if (
            s.typ in ("group", "plan")
            or (s.typ == "ref" and s.ref in ("head", "it"))
            or (s.typ == "other" and reader.kind_ok(spans, i, frozenset({"group"}), line))  # 'The RCJP has …'
        ):
            got = reader.resolve(spans, i, line)
            if got:
                return got
    return None


# ---------------------------------------------------------------- layouts of structure charts

CHAIN = re.compile(r"\s+(?:>|→|->|=>|»|⇒)\s+")
CHART_BULLET = re.compile(r"^(?:[-*•‣▪●◦o–|└├┬─│┃┗┣┠┖━═╚╠║\s]{0,24}(?:->|→|=>|⇒|↳|»|>)?\s{0,4})")
# A line that is only an arrow between two boxes of a chart drawn one box per line: the box below is
# under the box above whichever way the arrow points (accountability up, delegation down).
CHART_ARROW = re.compile(r"^\s{0,40}(?:[↑↓⬆⬇▲▼^|│]|\bv\b)\s{0,40}$")


def _group_line(reader: Reader, text: str, line: int) -> str | None:
    """The group a whole line (or a part of a chart line) names, else None."""
    text = re.sub(r"\s*\([^)]{1,60}\)\s*$", "", text.strip()).strip(" .;,:")
    if not text or len(text) > 120 or not text[:1].isupper():
        return None
    spans = find_spans(text)
    if len(spans) != 1 or spans[0].typ == "ref":
        return None
    span = spans[0]
    if len(text[: span.start].strip()) or len(text[span.end :].strip(" .;,")):
        return None  # the line holds more than a name
    if not reader.kind_ok(spans, 0, frozenset({"group"}), line) or _body_like(span.name):
        return None
    if headline(span.name):
        return None
    return reader._full(span.name, line, span.qualifier, span.generic)


def _group_mention(name: str) -> Mention:
    """A chart's box as a group ('Westvale Health and Care Executive' is a body, not a post)."""
    kind = kind_of(name, Kind.GROUP)
    return Mention(name, Kind.GROUP if kind is Kind.POST and _typ(name) == "group" else kind)


def charts(ctx: Context):
    """Structure charts flattened to text: 'A > B > C' lines (each name under the one before it), and
    runs of lines each wholly a group's name, indented under one another (each under the nearest
    line above it indented less). Every name in the chart must be a group, so a breadcrumb
    ('Home > Community > ...') or a list of members is no chart."""
    reader = Reader(ctx)
    lines = ctx.doc.lines
    run: list[tuple[int, int, str]] = []  # (line, indent, group)
    arrow_above: tuple[int, str] | None = None  # the line and group of a box an arrow line may follow
    arrow: int | None = None  # the line of an arrow alone on its line, right after a box

    def flush():
        if len(run) >= 2 and len({d for _, d, _ in run}) >= 2:
            stack: list[tuple[int, int, str]] = []
            for item in run:
                while stack and stack[-1][1] >= item[1]:
                    stack.pop()
                if stack:
                    parent = stack[-1]
                    yield Claim(
                        _group_mention(item[2]),
                        Rel.SUBGROUP_OF,
                        _group_mention(parent[2]),
                        ctx.doc.evidence(parent[0], item[0]),
                        "structure.chart_indent",
                        0.8,
                    )
                stack.append(item)
        run.clear()

    for i, raw in enumerate(lines, 1):
        text = clean(raw[:MAX_SENTENCE]).strip()
        if CHAIN.search(text):
            parts = CHAIN.split(text)
            names = [_group_line(reader, p, i) for p in parts]
            if len(parts) >= 2 and all(names):
                for parent, child in zip(names, names[1:], strict=False):
                    if norm(parent) != norm(child):
                        yield Claim(
                            _group_mention(child),
                            Rel.SUBGROUP_OF,
                            _group_mention(parent),
                            ctx.doc.evidence(i, i),
                            "structure.chart_chain",
                            0.8,
                        )
            yield from flush()
            continue
        if CHART_ARROW.match(raw) and arrow_above is not None:
            arrow = i
            continue
        expanded = raw.expandtabs(4)
        lead = CHART_BULLET.match(expanded)
        indent = len(lead.group(0)) if lead else 0
        name = _group_line(reader, expanded[indent:], i) if text else None
        if name and arrow is not None and arrow_above is not None and arrow == i - 1:
            above_line, above = arrow_above
            if norm(above) != norm(name):
                yield Claim(
                    _group_mention(name),
                    Rel.SUBGROUP_OF,
                    _group_mention(above),
                    ctx.doc.evidence(above_line, i),
                    "structure.chart_arrow",
                    0.8,
                )
        arrow = None
        arrow_above = (i, name) if name else None
        if name:
            run.append((i, indent, name))
        else:
            yield from flush()
    yield from flush()


BOX = re.compile(r"[\[(]\s{0,4}([A-Z][^\[\]()]{2,120}?)\s{0,4}[\])]")
CONNECTOR = re.compile(r"^[\s|│┃+\-–—_↑↓▲▼v^]{1,200}$")


def box_charts(ctx: Context):
    """Charts drawn as boxes in brackets joined by connector lines ('[ Board ]' / '|' / '[ Group ]  [
    Panel ]'): a box is under the box of the row above whose columns hold the connector above it, or
    the row's only box. Every box must be wholly a group's name."""
    reader = Reader(ctx)
    lines = ctx.doc.lines
    above: tuple[int, list[tuple[int, int, str]]] | None = None  # the last row of boxes
    joins: list[str] = []  # connector lines since it
    for i, raw in enumerate(lines, 1):
        text = raw.expandtabs(4)
        if not text.strip():
            continue
        if CONNECTOR.match(text) and ("|" in text or "│" in text):
            joins.append(text)
            continue
        found = list(BOX.finditer(text))
        rest = BOX.sub("", text).strip()
        boxes = [(m.start(), m.end(), _group_line(reader, m.group(1), i)) for m in found]
        if not found or rest or not all(name for _, _, name in boxes):
            above, joins = None, []
            continue
        row = [(a, b, str(name)) for a, b, name in boxes]
        if above is not None and joins:
            line_above, parents = above
            last = joins[-1]
            for a, b, name in row:
                bars = [k for k in range(max(0, a - 2), min(len(last), b + 2)) if last[k] in "|│"]
                parent = None
                if len(parents) == 1:
                    parent = parents[0][2]
                elif bars:
                    first = joins[0]
                    cols = [k for k in range(len(first)) if first[k] in "|│"] or bars
                    for pa, pb, pname in parents:
                        if any(pa - 2 <= k <= pb + 2 for k in cols) and any(
                            pa - 2 <= k <= pb + 2 for k in bars
                        ):
                            parent = pname
                if parent and norm(parent) != norm(name):
                    yield Claim(
                        _group_mention(name),
                        Rel.SUBGROUP_OF,
                        _group_mention(parent),
                        ctx.doc.evidence(line_above, i),
                        "structure.chart_boxes",
                        0.8,
                    )
        above, joins = (i, row), []


@cache
def label_relations() -> list[tuple[re.Pattern, str]]:
    out = []
    for rel, labels in table()["label_relations"].items():
        words = sorted(labels, key=len, reverse=True)
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        out.append((re.compile(rf"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:{alts})\s*(?::|-|–|$)\s*(.*)$", re.I), rel))
    return out


DOC_KIND = re.compile(
    r"(?i)(?:\s*[-–—:,|]\s*|\s+)(?:draft\s+)?(?:terms\s+of\s+reference|constitution|membership|remit)"
    r"(?:\s*[-–(]?\s*(?:v(?:ersion)?\s*\d+(?:\.\d+)?|\d{4}(?:[/-]\d{2,4})?)\)?)?\s*$"
)
SUBORDINATE_HEADS = re.compile(
    r"(?i)\b(?:sub-?group|sub-?committee|group|panel|forum|network|workstream|work-stream|task\s+and\s+finish\s+group)$"
)


ABOUT = re.compile(r"(?i)^(?:about|welcome\s+to|introducing|introduction\s+to)\s+(?:the\s+|our\s+)?(?=[A-Z])")


GENERIC_WORDS = frozenset(
    [
        "our",
        "the",
        "other",
        "related",
        "key",
        "main",
        "local",
        "working",
        "delivery",
        "theme",
        "thematic",
        "task",
        "and",
        "finish",
        "strategic",
        "operational",
        "sub-group",
        "sub-groups",
        "subgroups",
        "sub",
        "groups",
    ]
)


def _plural_kind(text: str) -> bool:
    """A name ending in a plural head word ('Locality Partnerships'): a kind of group, not one."""
    last = text.rstrip(" .:;").split()[-1:] or [""]
    word = last[0].lower()
    return word.endswith("s") and word[:-1] in group_heads() and word[:-1] + "s" != word[:-1]


def generic_heading(text: str) -> bool:
    """A heading that names a kind of group, not one ('Sub-groups', 'Working groups', 'Our Boards'), or a
    part of the body the papers are about ('Membership of the Board', 'Role of the Partnership')."""
    if part_of_own_body(text):
        return True
    return all(w.lower() in GENERIC_WORDS or w.lower() in group_heads() for w in re.findall(r"[\w-]+", text))


def heading_group(text: str) -> str:
    """A heading's name less the kind of paper it heads ('Serious Violence Group - Terms of Reference',
    'Minutes of the X Executive') and a page's 'About the …'."""
    return ABOUT.sub("", without_record_lead(DOC_KIND.sub("", text).strip()))


COUNCIL_TITLE = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,6}Council")
COUNCIL_BODY = re.compile(r"(?i)\b(?:committee|sub-?committee|panel|cabinet|working\s+group)$")


def title_subgroup(ctx: Context, reader: Reader):
    """A title block naming a body and then one of its groups ('Exampleton Safeguarding Adults Board' /
    'Quality Assurance Sub-group' / 'Terms of Reference'): the papers are the group's, under the body."""

    firsts = [(i, clean(t).strip()) for i, t in enumerate(ctx.doc.lines[:6], 1) if t.strip()][:3]
    names = []
    for i, t in firsts:
        t = heading_group(titlecase(t) if t.isupper() else t)
        names.append((i, (_group_line(reader, t, i) or COUNCIL_TITLE.fullmatch(t) and t) if t else None))
    for (i, parent), (j, child) in zip(names, names[1:], strict=False):
        # 'Westby Town Council' over 'Minutes of the Finance and General Purposes Committee' (a blank line
        # between): the council's committee; a council over a partnership is no title block
        if not parent or not child or norm(parent) == norm(child):
            continue
        council = j <= i + 2 and COUNCIL_TITLE.fullmatch(parent) and COUNCIL_BODY.search(child)
        if not council and j != i + 1:
            continue
        if council or SUBORDINATE_HEADS.search(child) and not SUBORDINATE_HEADS.search(parent):
            reader.state.section = reader.state.title = child
            return Claim(
                _group_mention(child),
                Rel.SUBGROUP_OF,
                _group_mention(parent),
                ctx.doc.evidence(i, j),
                "structure.title_block",
                0.7,
            )
    return None


def label_lines(ctx: Context):
    """'Accountable to: X', 'Reports to – X', or the label on one line and the names on the next, in a
    body's own papers (terms of reference): the body is the heading's or title's group."""
    reader = Reader(ctx)
    lines = ctx.doc.lines
    if claim := title_subgroup(ctx, reader):
        yield claim
    section = reader.state.section
    heads = {b.start: b for b in ctx.doc.blocks if b.kind == "heading"}
    for i, raw in enumerate(lines, 1):
        if i in heads:
            text = heading_group(titlecase(clean(heads[i].text)))
            if (
                _typ(text) == "group"
                and len(text.split()) <= 12
                and not CHAIN.search(text)
                and not generic_heading(text)
                and ":" not in text  # 'Parent body: X' is a label line, not the group's heading
            ):
                section = reader._full(tidy(text), i)
        text = clean(raw[:MAX_SENTENCE]).strip()
        if not text or len(text) > 200 or not section:
            continue
        for pattern, rel in label_relations():
            m = pattern.match(text)
            if not m:
                continue
            value, end = m.group(1).strip(), i
            if not value:  # the names on the next line
                nxt = next(
                    (k for k in range(i + 1, min(i + 3, len(lines) + 1)) if lines[k - 1].strip()), None
                )
                if nxt is None:
                    break
                value, end = clean(lines[nxt - 1]).strip(), nxt
            value = re.sub(r"\s*\([^)]{0,80}\)", "", value).strip(" .;")
            if negation().search(value) or re.search(r"\b[a-z]+(?:s|ed)\s+(?:to|by|the)\b", value):
                break  # prose, read as a sentence elsewhere
            for name in split_names(value):
                spans = find_spans(name)
                if len(spans) != 1 or spans[0].typ not in ("group", "organisation", "post", "other"):
                    continue
                if spans[0].typ == "other" and not is_acronym(spans[0].name):
                    continue
                obj = reader._full(spans[0].name, i)
                if norm(obj) == norm(section):
                    continue
                ev = ctx.doc.evidence(i, end)
                kind = kind_of(obj, Kind.GROUP if _typ(obj) == "group" else Kind.ORGANISATION)
                yield Claim(
                    Mention(section, kind_of(section, Kind.GROUP)),
                    Rel(rel),
                    Mention(obj, kind),
                    ev,
                    "structure.label_line",
                )
            break


TABLE_CELL = re.compile(r"\t+|\s*\|\s*|\s{3,}")
CHAIR_COLUMN = re.compile(r"(?i)\s*(?:co-?)?(?:chair|chairs|chaired by|chairperson|chairman|chair person)\s*")
CHAIR_KINDS, BODY_KINDS = frozenset({"person", "post"}), frozenset({"group", "organisation"})
ROW_HEADS = frozenset(
    [
        "group",
        "groups",
        "sub-group",
        "sub-groups",
        "subgroup",
        "body",
        "bodies",
        "name",
        "forum",
        "board",
        "meeting",
        "panel",
        "committee",
        "workstream",
    ]
)


def table_lines(ctx: Context):
    """A table of groups with a column of whom each answers to ('Group | Chair | Reports to', tabs, ' | '
    or runs of spaces): each row's group relates to the body in that column, by the column's label."""
    reader = Reader(ctx)
    lines = ctx.doc.lines
    labels = label_relations()
    i = 0
    while i < len(lines):
        low = lines[i].lower()  # (a quick test first: a row's first cell is one of ROW_HEADS)
        row = any(h in low for h in ROW_HEADS)
        cells = [c.strip() for c in TABLE_CELL.split(lines[i].strip().strip("|")) if c.strip()] if row else []
        i += 1
        if len(cells) < 2 or cells[0].lower() not in ROW_HEADS:
            continue
        columns = [(k, rel) for k, c in enumerate(cells) for pattern, rel in labels if pattern.fullmatch(c)]
        columns += [(k, "chair") for k, c in enumerate(cells) if CHAIR_COLUMN.fullmatch(c)]
        parent = _subgroups_caption(ctx, reader, i - 1, cells[0])
        if not columns and not parent:
            continue
        width = len(cells)
        while i < len(lines) and lines[i].strip():
            row = [c.strip() for c in TABLE_CELL.split(lines[i].strip().strip("|"))]
            i += 1
            if len(row) != width:
                break
            subject = _group_line(reader, row[0], i)
            if not subject:
                continue
            group, ev = _group_mention(subject), ctx.doc.evidence(i, i)
            if parent and norm(parent.name) != norm(subject):
                yield Claim(group, Rel.SUBGROUP_OF, parent, ev, "structure.table_caption", 0.7)
            for k, rel in columns:
                kinds = CHAIR_KINDS if rel == "chair" else BODY_KINDS
                for name in split_names(row[k]):
                    spans = find_spans(name)
                    if len(spans) != 1 or not reader.kind_ok(spans, 0, kinds, i):
                        continue
                    for o in reader.resolve(spans, 0, i):
                        if rel == "chair":  # 'Group | Chair': the person or post chairs the row's group
                            yield Claim(o, Rel.CHAIR, group, ev, "structure.table_column", 0.8)
                        elif norm(o.name) != norm(subject):
                            yield Claim(group, Rel(rel), o, ev, "structure.table_column", 0.8)
                            if rel == "reports_to" and o.kind in (Kind.GROUP, Kind.PARTNERSHIP):
                                yield Claim(group, Rel.SUBGROUP_OF, o, ev, "structure.table_column", 0.7)


SUBGROUPS_CAPTION = re.compile(
    r"(?i)\b(?:sub-?(?:groups?|committees?)|(?:delivery|working|thematic|task and finish|priority)\s+groups)\b"
)


def _subgroups_caption(ctx: Context, reader: Reader, header: int, first_cell: str) -> Mention | None:
    """Whose sub-groups a table of groups lists: the body its caption names ('Sub-groups of the Kelby
    Board', 'The Board's delivery groups') or, for the bare head word or a 'Sub-group' first column,
    the body the document's title names. ``header`` is the header's 0-based line index."""
    caption = next((clean(x) for x in ctx.doc.lines[max(0, header - 3) : header][::-1] if x.strip()), "")
    if not SUBGROUPS_CAPTION.search(caption) and not re.fullmatch(r"(?i)sub-?groups?", first_cell):
        return None
    whose = re.search(r"(?i)\bof\s+(?:the\s+)?(?P<n>[A-Z].*)$|^(?:the\s+)?(?P<p>[A-Z].*?)[’']s\b", caption)
    name = tidy(whose.group("n") or whose.group("p")) if whose else ""
    if len(name.split()) >= 2 and _typ(name) == "group":
        return _group_mention(name)  # 'Sub-groups of the Kelby Board'; not 'the Board' alone
    return _group_mention(ctx.title_group) if ctx.title_group else None


SUB_HEAD = re.compile(r"(?i)\bsub-?(?:group|committee)s?$")
PLACED = re.compile(
    r"(?i)\b(?:reports?|reporting)\s+(?:to|into)\b|\baccountable\b|\banswerable\b|\bsub-?(?:group|committee)s?\s+of\b"
    r"|\b(?:under|within|part\s+of)\s+the\b"
)


def _of_another(name: str, board: str) -> bool:
    """'Northshire Partnership Housing Sub-group' in the Kelby Board's papers: named with a body of its own."""
    words = name.split()[:-1]
    return any(
        head_kind(" ".join(words[:k])) in (Kind.GROUP, Kind.PARTNERSHIP, Kind.ORGANISATION)
        and norm(" ".join(words[:k])) != norm(board)
        for k in range(2, len(words) + 1)
    )


def named_subgroups(ctx: Context):
    """A sub-group or sub-committee named in the papers of a board or partnership ('The Early Help
    Sub-group presented its report' in the minutes of the Kelby Children's Board) and never placed
    anywhere else in them: the board's sub-group."""
    board = ctx.title_group
    if not board or SUB_HEAD.search(board):
        return
    lines: dict[str, list[int]] = {}
    for n, name in Names.of(ctx).seen:
        if (
            SUB_HEAD.search(name)
            and len(name.split()) >= 2
            and norm(name) != norm(board)
            and not _of_another(name, board)
        ):
            lines.setdefault(name, []).append(n)
    for name, at in lines.items():
        if any(PLACED.search(ctx.doc.lines[n - 1]) for n in at):
            continue  # the papers say where it sits: the predicate table's
        ev = ctx.doc.evidence(at[0], at[0])
        yield Claim(
            _group_mention(name), Rel.SUBGROUP_OF, _group_mention(board), ev, "structure.named_subgroup", 0.5
        )


EXTRACTORS = [structure, charts, box_charts, label_lines, table_lines, named_subgroups]


def named_within(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """A group named as a partnership's part ('Safer Westvale Partnership Strategy Board', 'Westvale
    Community Planning Partnership Executive Delivery Group'), the partnership named in the document too:
    a sub-group of it. ('X Partnership Board' is the partnership itself.)"""
    names = {
        m.name for c in claims for m in (c.subject, c.object) if m.kind in (Kind.GROUP, Kind.PARTNERSHIP)
    }
    names |= {name for _, name in ctx.partnerships}
    names |= {
        tidy(m.group(0))
        for line in ctx.doc.lines
        for m in PARTNERSHIP.finditer(line)
        if "Partnership " in line
    }
    wholes = sorted((n for n in names if n.endswith(" Partnership") and len(n.split()) >= 2), key=len)
    text = [line.lower() for line in ctx.doc.lines]
    out = []
    for group in sorted(names):
        whole = next((w for w in reversed(wholes) if group.startswith(w + " ")), "")
        rest = group[len(whole) + 1 :] if whole else ""
        if (
            not rest[:1].isupper()  # 'X Partnership and Y Partnership': two names
            or rest in ("Board", "Partnership")
            or kind_of(rest.split()[-1], Kind.PROJECT) not in (Kind.GROUP, Kind.PARTNERSHIP)
        ):
            continue
        alone = re.compile(rf"\b{re.escape(whole)}(?!\s+[A-Z&])")  # the partnership named on its own too
        line = next((n for n, t in enumerate(text, 1) if group.lower() in t), None)
        if line and any(alone.search(t) for t in ctx.doc.lines):
            ev = ctx.doc.evidence(line, line)
            out.append(
                Claim(
                    Mention(group, Kind.GROUP),
                    Rel.SUBGROUP_OF,
                    Mention(whole, Kind.PARTNERSHIP),
                    ev,
                    "structure.named_within",
                    0.7,
                )
            )
    return out


# 'Safer Westby Partnership Action Plan 2021-24', 'WCSP Plan 2021-24': a body's own plan
BODY_PLAN = re.compile(
    r"\b(?P<body>(?:[A-Z][\w’'&-]{0,40}\s+(?:(?:of|and|for|&)\s+)?){0,8}?"
    r"(?:Partnership|Board|Council|Group|Forum|Trust|Commission|Alliance|Executive|Committee|Authority)"
    r"|[A-Z]{3,6})\s+(?:(?:Action|Delivery|Strategic|Business|Improvement|Annual)\s+)?(?:Plan|Strategy)\b"
    r"(?:\s*\(?(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?\)?)?"
)


def plans_of_bodies(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """A plan or strategy named after a body ('Safer Westby Partnership Plan 2021-24', 'WCSP Plan') is that
    body's: it is responsible for it, unless a reader found who is."""
    owned = {fold(c.object.name) for c in claims if c.rel is Rel.RESPONSIBLE}
    out, seen = [], set()
    for n, line in enumerate(ctx.doc.lines, 1):
        for m in BODY_PLAN.finditer(clean(line)) if ("Plan" in line or "Strategy" in line) else ():
            plan = tidy(re.sub(r"^(?:The|Our|This|Download)\s+", "", m.group(0)))
            body = re.sub(r"^(?:The|Our|This|Download)\s+", "", m.group("body"))
            body = tidy(re.sub(r"(?<=\w)[’']s\s", " ", body))  # "Westby's Community Safety Partnership"
            if fold(plan) in owned or fold(plan) in seen or " " not in body and body not in ctx.definitions:
                continue  # 'Partnership Plan': no body named; an acronym not spelled out may be anything ('CCTV')
            alone = re.compile(rf"\b{re.escape(body)}\b(?!’s|'s|\s+(?:[A-Z]\w*\s+)?(?:Plan|Strategy)\b)")
            if body.endswith(("Council", "Authority")) and not any(alone.search(x) for x in ctx.doc.lines):
                continue  # a council's plan: the council named on its own too ('Skipton Depot Council Plan' is none)
            seen.add(fold(plan))
            out.append(
                Claim(
                    ctx.mention(body),
                    Rel.RESPONSIBLE,
                    Mention(plan, Kind.PLAN),
                    ctx.doc.evidence(n, n),
                    "structure.plan_of_body",
                    0.7,
                )
            )
    return out
