"""What every extractor shares about one document: its blocks, its title, who 'we' and 'the Council' are."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..blocks import Block, Document, Sentence, clean, strip_tags
from ..mentions import common_name_words, head_kind, people_in
from ..model import Description, Evidence, Kind, Mention
from ..names import (
    alternation,
    data_file,
    given_names,
    initials,
    is_acronym,
    kind_of,
    org_words,
    qualifiers,
    tidy,
    titlecase,
)

CONNECTOR = r"(?:of|and|for|the|in|on|&|de|du|to|at)"
CAP = r"(?:[A-Z][\w'’.-]*|[A-Z&]{2,}|\d{4}(?:(?:[/–-]|\s[–-]\s)\d{2,4})?)"
NAME = re.compile(rf"{CAP}(?:[ -]+(?:{CONNECTOR}[ ]+)*{CAP})*")
# Names of bodies are bounded (at most 12 or 16 words of at most 61 characters) so that a line of
# capitalised words or one long token is read in linear time, not rescanned from every word.
COUNCIL = re.compile(
    r"\b(?:[A-Z][\w'-]{1,60} ){1,12}(?:Borough|County|District|City|Metropolitan Borough|Parish|Town) Council\b"
)
PARTNERSHIP_HEADS = ("Partnership", "Board", "Trust")  # (a line without one is not read for a name)
PARTNERSHIP = re.compile(
    rf"\b(?:[A-Z][\w'’-]{{1,60}} |(?:and|&|of|for) ){{0,16}}(?:{'|'.join(PARTNERSHIP_HEADS)})\b"
)
UPPER_PARTNERSHIP = re.compile(r"\b(?:[A-Z][A-Z'’&-]{1,60} ){1,12}(?:PARTNERSHIP|BOARD)\b")


UPLOADED_BY = re.compile(r"\s+by\s+[a-z][a-z0-9_.-]{2,30}$")  # a user name: one word in lower case


YEARS = (
    r"(?::? (?:19|20)\d{2}(?:\s?(?:[-–/]|to)\s?(?:19|20)?\d{2})?)?"  # 'Plan 2020-23', 'plan: 2017 to 2022'
)
PLAN_HEADS = "Plan|Strategy|Agreement"
PLAN_NAMED = re.compile(  # 'the Refreshed Westby Wellbeing Strategy', 'Westby Plan 2024-27', 'X Strategy for Y 2020-25'
    rf"\b(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){{1,8}}(?:{PLAN_HEADS})"
    rf"(?:\s+for\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s+(?:19|20)\d\d))?{YEARS}\b"
)
PLAN_CALLED = re.compile(rf"\b[Tt]he\s+([a-z]+)\s+(?i:{PLAN_HEADS})\b")
PLAN_REACH = 15  # lines above a list of priorities or indicators in which a plan named in prose is its owner


def plan_named_above(ctx: Context, line: int) -> str | None:
    """The last plan or strategy named in the lines just above ``line`` ('… presented the Refreshed Westby
    Strategy.' … 'Priority 1- Growing Up Well'): the owner of a list under no plan's heading."""
    nearest, called = None, None  # 'the refreshed strategy has five priorities': the one named 'Refreshed …'
    for n in range(line - 1, max(0, line - PLAN_REACH - 1), -1):
        text = ctx.doc.lines[n - 1]
        if called is None and (ref := PLAN_CALLED.search(text)):
            called = ref.group(1)
        for plan in reversed(PLAN_NAMED.findall(text)):
            plan = tidy(re.sub(r"^(?:The|Our|This|Its|Their)\s+", "", plan))
            if called is None or called in plan.lower().split():
                return plan
            nearest = nearest or plan
    return nearest


@dataclass
class Context:
    doc: Document
    learned_given: set[str] = field(default_factory=set)
    memo: dict = field(default_factory=dict)  # what readers compute once per document and share
    evidences: dict = field(default_factory=dict, repr=False)  # (start, end, quote) -> its Evidence

    @property
    def name(self) -> str:
        return self.doc.name

    def ev(self, s: Sentence | Block) -> Evidence:
        """The evidence of a sentence or block (made once: several readers quote the same sentence)."""
        key = (s.start, s.end, s.raw)
        got = self.evidences.get(key)
        if got is None:
            got = self.evidences[key] = Evidence(self.name, s.start, s.end, s.raw)
        return got

    @cached_property
    def clean_lines(self) -> list[str]:
        """Every line cleaned (tags, marks and white space), computed once for every reader (read-only)."""
        return [clean(x) for x in self.doc.lines]

    @cached_property
    def title(self) -> str | None:
        blocks = self.doc.blocks[:12]
        for k, b in enumerate(blocks):
            if (
                b.kind != "heading"
                or re.match(r"[^:]{1,40}:\s", b.text)  # a label line
                or re.match(r"\d{1,2}(?:\.\d{1,2})*\.?\s", b.text)  # a numbered section ('2. Background')
                or RECORD_TITLE.fullmatch(b.text)  # 'Agenda and minutes' names no one
                or b.text.count(" | ") >= 2  # 'Home | About the Board | Contact': a web page's menu
                or BARE_TITLE.search(b.text)  # 'Meet the Board', 'About our Partnership': no name
                or ADDRESSED.match(b.text)  # 'Report to Cabinet': the body the paper is for, not its own
                or AGENDA_ITEM.search(b.text)  # 'Introduction, Apologies and Minutes of Previous Meeting'
            ):
                continue
            text = _title_lines(blocks[k:], self.doc.lines)
            if len(b.text if head_kind(b.text) else text) > 12:
                text = without_record_lead(DATED_TAIL.sub("", text))  # 'Minutes of the X Board, 9 May 2019'
                text = UPLOADED_BY.sub("", text)  # 'X Partnership by jsmith01': a sharing site's uploader
                return re.sub(r"\s*\([A-Z][A-Za-z&]{1,8}\)$", "", text)  # 'X Board (XSB)': the name
        return None

    @cached_property
    def contents(self) -> frozenset[int]:
        """The lines of a page's contents list ('On this page: • About the Board • Board members'): list items,
        two or more together, each of whose words stands again as a line of its own further down."""
        later: dict[str, int] = {}
        for b in self.doc.blocks:
            if b.kind in ("heading", "paragraph") and b.start == b.end and len(b.text) <= 80:
                later.setdefault(b.text.strip().lower(), b.start)
        found = [
            b for b in self.doc.blocks if b.kind == "item" and later.get(b.text.strip().lower(), 0) > b.end
        ]
        return frozenset(b.start for b in found) if len(found) >= 2 else frozenset()

    @cached_property
    def councils(self) -> list[str]:
        """Every council's name the document writes, in order (read once per document)."""
        return [m.group(0) for m in COUNCIL.finditer("\n".join(self.doc.lines))]

    @cached_property
    def council(self) -> str | None:
        """The council the document is most about, by how often it names it."""
        counts = Counter(self.councils)
        return counts.most_common(1)[0][0] if counts else None

    @cached_property
    def partnerships(self) -> list[tuple[int, str]]:
        """(line, name) of every full partnership/board name the document names twice or more, in order."""
        out = []
        for i, line in enumerate(self.doc.lines, 1):
            text = strip_tags(line)
            if not any(head in text for head in PARTNERSHIP_HEADS):
                continue
            for m in PARTNERSHIP.finditer(text):
                name = tidy(m.group(0))
                words = name.split()
                if (
                    len(words) >= 2
                    and words[0] not in {"The", "This", "Partnership", "Board"}
                    and not name.isupper()
                ):
                    out.append((i, name))
        for i, line in enumerate(self.doc.lines[:40], 1):  # an upper-case title names the document's body
            for m in UPPER_PARTNERSHIP.finditer(line):
                name = titlecase(m.group(0))
                out.extend([(i, name), (i, name)])
        counts = Counter(name.lower() for _, name in out)
        text = "\n".join(self.doc.lines)
        for name in {n for _, n in out if counts[n.lower()] == 1}:  # 'Westvale CSP' names it again
            counts[name.lower()] += sum(
                len(re.findall(rf"\b{re.escape(short)}\b", text))
                for short in _short_forms(name)
                if short in text  # (most short forms are never written: no pattern over the document)
            )
        kept = sorted((i, name) for i, name in out if counts[name.lower()] >= 2)
        if (
            not kept
        ):  # one partnership named once (its other mentions broken over lines): it is 'the Partnership'
            names = {name for _, name in out}
            whole = {
                n for n in names if not any(o != n and o.lower().endswith(" " + n.lower()) for o in names)
            }
            if len(whole) == 1:
                kept = [(i, name) for i, name in out if name in whole]
            elif defined := [  # or the first of them defined with its short name ('The X Board (XSAB) is …')
                (i, n)
                for i, n in sorted(out)
                if n in whole and re.search(rf"{re.escape(n)}\s+\([A-Z]{{2,8}}\)", text)
            ]:
                kept = [(i, name) for i, name in out if name == defined[0][1]]
        return kept

    def we(self, line: int, word: str = "Partnership") -> str | None:
        """What 'the Partnership' (or 'the Board') means at a line: the nearest full name before it."""
        best = None
        for n, name in self.partnerships:
            if n > line:
                break
            if name.split()[-1].lower() == word.lower():
                best = name
        if best is None:
            best = next(
                (name for _, name in self.partnerships if name.split()[-1].lower() == word.lower()), None
            )
        return self.fuller(best) if best else None  # 'Public Services Board', its place on the line above

    @cached_property
    def title_group(self) -> str | None:
        """The document's title when it names a group ('Kelby Safeguarding Adults Board'), its head word last
        (not a headline: 'Shadow health board holds first meeting')."""
        title = self._title_of(GROUP_KINDS)
        return self.fuller(title) if title else None

    def fuller(self, name: str) -> str:
        """A name of common words only ('Community Safety Partnership', a page's title) as the longer name the
        document writes for it ('Westby Community Safety Partnership'), else the name as it is."""
        if all(w in qualifiers() or w in org_words() for w in name.lower().split()):
            return self.longer_name(name) or name
        return name

    def longer_name(self, name: str) -> str | None:
        """The longer name the document writes ending in a group's name ('Partnership Steering Group' for
        'Steering Group'; of several, the one the others end with), else None (read once per name)."""
        memo = self.memo.setdefault(Context.longer_name, {})
        if name not in memo:
            text = "\n".join(self.doc.lines)
            found = set()
            # 'Partnership board' as a heading in sentence case: the name written in title case too
            titled = " ".join(w[:1].upper() + w[1:] for w in name.split())
            for written in {w for w in (name, name.upper(), titled) if w in text}:
                # 'NORTHERN WESTSHIRE POLICING BOARD' for 'Policing Board': in capitals
                shout = written.isupper()
                word = r"[A-Z][A-Z'’&-]*" if shout else r"[A-Z][\w'’&-]*"
                # the name may wrap onto the line the group's name starts ('… of the Westby and Eastby' / 'Safety Board')
                lead = rf"(?:{word}(?:[ \t]+|[ \t]*\n)(?:(?:and|&)[ \t]+)?){{1,4}}"
                for m in re.finditer(rf"\b{lead}{re.escape(written)}\b", text):
                    run = m.group(0)
                    if "\n" in run and not _common_words(tail := run.rsplit("\n", 1)[1]):
                        run = tail  # 'Leadership of Westby' over 'Eastby Partnership Board': a title over a name
                    longer = LONGER_LEAD.sub("", " ".join(run.split()))  # 'At Westby CSP meetings'
                    longer = re.sub(r"^.*\b\w+[’']s\s+", "", longer)  # "the Borough's X Partnership": X's
                    found.add(titlecase(longer) if shout else longer)
            found = {f for f in found if f != name and head_kind(f) in GROUP_KINDS and not people_in(f)}
            shortest = min(found, key=len, default=None)
            memo[name] = shortest if shortest and all(f.endswith(shortest) for f in found) else None
        return memo[name]

    @property
    def title_body(self) -> str | None:
        """The document's title when it names a group or an organisation ('Kelby Children's Services Trust')."""
        return self._title_of(GROUP_KINDS | {Kind.ORGANISATION})

    def _title_of(self, kinds: set[Kind]) -> str | None:
        title = re.sub(r"\s+(?:Members|Membership)$", "", self.title or "")  # 'X Partnership Board Members'
        words = re.findall(r"[A-Za-z][\w'’-]*", title)
        if not words or head_kind(words[-1]) not in kinds or headline(title):
            return None
        return (
            None if [w.lower() for w in words] in (["meeting"], ["meetings"]) else title
        )  # 'Minute of Meeting'

    def own_group(self, word: str, line: int) -> str | None:
        """What a bare head word ('the Board') names at a line: the nearest full name ending in it, else
        the document's title when that names a group."""
        return self.we(line, word) or self.title_group

    @cached_property
    def definitions(self) -> dict[str, str]:
        """Acronym -> full name as this document defines them ('Community Safety Partnerships (CSP’s)')."""
        out: dict[str, str] = {}
        for d in definitions(self):
            out.setdefault(re.sub(r"[’']?s$", "", d.alias), d.entity.name)
        return out

    def expand(self, acronym: str) -> str:
        """An acronym as the name it stands for: the document's definition, else the first name of two words or
        more it writes whose initials are the acronym's letters ('BCUHB' for 'Betsi Cadwaladr University Health
        Board'); the acronym itself when it names nothing here."""
        if acronym in self.definitions or not is_acronym(acronym):
            return self.definitions.get(acronym, acronym)
        key = ("expand", acronym)
        if key not in self.memo:
            found = (
                m.group(0)
                for line in self.doc.lines
                for m in NAME_RUN.finditer(line)
                if initials(m.group(0)) == acronym
            )
            self.memo[key] = next(found, acronym)
        return self.memo[key]

    def mention(self, name: str, kind: Kind | None = None, **kw) -> Mention:
        name = tidy(name)
        return Mention(name, kind or kind_of(name, None) or _person_or_body(name), **kw)

    def is_given(self, word: str) -> bool:
        return word in given_names() or word in self.learned_given


def _common_words(text: str) -> bool:
    """Words any council's names are made of ('Public Services Board'): no place or proper noun."""
    return all(w.lower() in common_name_words() or w.lower() in ("and", "&") for w in text.split())


def _person_or_body(name: str) -> Kind:
    """A name no head word types: a person's when the full given-name dictionary reads it whole as one
    ('Huw Penhallow'), else a body's."""
    found = people_in(name)
    whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(name)
    return Kind.PERSON if whole else Kind.ORGANISATION


def body_over_plan(above: str, text: str) -> str | None:
    """'Westvale Community Safety Partnership' over 'Partnership Plan 2021-2024' (a title page's two lines):
    the body's plan, 'Westvale Community Safety Partnership Plan 2021-2024'; None for other lines."""
    if not above or len(above) > 80 or head_kind(above) is None or " " not in text:
        return None
    head, rest = text.split(" ", 1)
    return f"{above} {rest}" if above.split()[-1].lower() == head.lower() else None


def headline(text: str) -> bool:
    """A group's head word followed by a word in lower case that no name continues with ('Shadow health
    board holds first meeting'): a headline or sentence, not a name."""
    words = text.split()
    return any(
        after[:1].islower()
        and after not in {"of", "for", "and", "on", "in", "the", "&"}
        and head_kind(w) in GROUP_KINDS
        for w, after in zip(words, words[1:], strict=False)
    )


def _short_forms(name: str) -> list[str]:
    """A body's name with its last words as initials: 'Westvale Community Safety Partnership' ->
    'Westvale CSP' (and 'Westvale SP'); only with a place or proper noun left before the initials."""
    words = name.split()
    out = []
    for k in range(2, len(words)):
        head, tail = words[:-k], words[-k:]
        if head and all(w[:1].isupper() for w in tail):
            out.append(" ".join([*head, "".join(w[0] for w in tail)]))
    return out


DEFINITION = re.compile(
    r"\s\((?:(?:also\s+)?(?:referred\s+to|known)\s+as\s+)?(?:the\s+)?([A-Z][A-Za-z&]{1,8}(?:’s|'s|s)?)\)"
)  # "(ACR)", "(also referred to as ACR)"; the name is read backwards
NAME_WORD = re.compile(r"[A-Z][\w'’-]*|of|and|for|the|&|in|to")
NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w'’-]*)+")  # capitalised words
NAMED_THEN_TOLD = re.compile(  # a list item naming a group, then telling of it: 'X Group which meets …'
    r"(?P<name>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,6}?\s+(?i:group|forum|panel|board|committee|partnership|"
    r"network|sub-group|subgroup)(?:\s*\([A-Z]{2,6}\))?)(?=,?\s+(?:which|that|who|meets|meet|covering|is|are|was|has|takes|brings|working)\b|,)"
)


def definitions(ctx: Context):
    """'Full Name (ACR)' anywhere: the acronym becomes an alias of the full name."""
    for block in ctx.doc.blocks:
        for s in ctx.doc.sentences(block):
            for m in DEFINITION.finditer(s.text) if "(" in s.text else ():
                words: list[str] = []
                for w in reversed(s.text[max(0, m.start() - 200) : m.start()].split()):
                    if not NAME_WORD.fullmatch(w) or len(words) >= 15:
                        break
                    words.insert(0, w)
                # 'Community Safety Partnership The Westby CSP (CSP)': a heading run on; the name starts at 'The'
                if "The" in words[1:]:
                    words = words[len(words) - words[::-1].index("The") :]
                acr = m.group(1)
                letters = acr.replace("&", "").replace("’s", "").replace("'s", "")
                letters = letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters
                while words and (
                    words[0].lower() in {"the", "of", "and", "in", "to", "for", "this", "our", "its", "their"}
                    or is_acronym(words[0])
                ):
                    words = words[1:]
                exact = [
                    k
                    for k in range(len(words))
                    if k
                    and words[k - 1] in {"of", "the", "for"}
                    and words[k][:1].isupper()
                    and initials(" ".join(words[k:])) == letters.upper()
                ]
                if exact:  # 'Chair of the Safe Exampleton Partnership (SEP)': the words the letters stand for
                    words = words[exact[0] :]
                person = [  # 'Present Jane Doe (JD) Westby Council Tim Roe (TR)': the person's own initials
                    k
                    for k in range(len(words) - 1)
                    if _person_initialled(" ".join(words[k:]), letters.upper())
                ]
                if person:
                    words = words[person[0] :]
                while len(words) > 1 and not _subsequence(letters.upper(), initials(" ".join(words))):
                    words = words[1:]
                full = tidy(" ".join(words))
                if len(full.split()) >= 2 and _subsequence(letters.upper(), initials(full)):
                    yield Description(ctx.mention(full), ctx.ev(s), "sentence.definition", alias=acr)


def _person_initialled(text: str, letters: str) -> bool:
    """The text is one person's name, titles and all, whose initials are ``letters`` ('Cllr Jane Doe', 'JD')."""
    found = people_in(text)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end == len(text)
        and letters in (initials(text), initials(text[len(found[0].title) :]))
    )


LONGER_LEAD = re.compile(
    r"(?i)^(?:(?:the|of|minutes|meeting|at|to|report|since|in|for|from|by|with|on|and|our|this|welcome|dear)\s+)+"
)
BODY_NAME = r"[A-Z][\w’'&-]*(?: (?:of|and|for|&|[A-Z][\w’'&-]*)){1,10}"
SHORT_NAME = r"[A-Z][\w’'-]{2,30}(?: [A-Z][\w’'-]+){0,2}"
NICKNAME = re.compile(  # 'SoWest, the name given to the Westby Community Safety Partnership', 'X, known as Y'
    rf"(?P<short>\b{SHORT_NAME}),\s+(?:is\s+)?the\s+name\s+(?:given\s+to|used\s+for)\s+(?:the\s+)?(?P<full>{BODY_NAME})"
    rf"|(?P<named>\b{BODY_NAME}),?\s+\(?(?:also\s+|locally\s+|commonly\s+)?known\s+as\s+(?:the\s+)?[‘'“\"]?(?P<as>{SHORT_NAME})"
)


def nicknames(ctx: Context):
    """'SoWest, the name given to the Westby Community Safety Partnership', 'the Westby Community Safety
    Partnership, known as SoWest': the short name becomes an alias of the body's name."""
    for block in ctx.doc.blocks:
        for s in ctx.doc.sentences(block):
            for m in NICKNAME.finditer(s.text) if "name" in s.text or "known as" in s.text else ():
                full = tidy(re.sub(r"^(?:The|A|An)\s+", "", m.group("full") or m.group("named")))
                short = tidy(m.group("short") or m.group("as"))
                if head_kind(full) is not None and short != full and head_kind(short) is None:
                    yield Description(ctx.mention(full), ctx.ev(s), "sentence.known_as", alias=short)


def _subsequence(short: str, long: str) -> bool:
    """The acronym's letters in order among the initials, or the same letters transposed."""
    it = iter(long)
    return sorted(short) == sorted(long) or (len(short) >= 0.6 * len(long) and all(c in it for c in short))


@cache
def name_continuations() -> frozenset[str]:
    """Words a name goes on with after 'and' ('Fire and Rescue Service', 'Health and Social Care')."""
    return frozenset(data_file("predicates.yaml")["name_continuations"])


def split_list(text: str) -> list[str]:
    """'A, B, C and D' -> ['A', 'B', 'C', 'D']: commas split, then the last ' and ' of the last piece that no
    name goes on over ('A Council and B Fire and Rescue Service' -> 'A Council', 'B Fire and Rescue Service')."""
    parts = [p.strip() for p in re.split(r",|;", text)]
    if parts:
        cuts = [
            m
            for m in re.finditer(r"\s+and\s+(?=(?:the\s+)?(\w+))", parts[-1])
            if m.group(1) not in name_continuations()
        ]
        if cuts:
            last = parts[-1]
            parts[-1:] = [last[: cuts[-1].start()], last[cuts[-1].end() :]]
    return [tidy(p) for p in parts if p and tidy(p)]


RUN = re.compile(
    r"(?:[A-Z][\w'’&.-]*|[A-Z&]{2,})(?:\s+(?:(?:of(?:\s+the)?|and|for|&|in|on|at)\s+)+[A-Z][\w'’&.-]*|\s+(?:[A-Z0-9][\w'’&.-]*|\([A-Z&]{2,8}\)))*"
)


GROUP_KINDS = {Kind.GROUP, Kind.PARTNERSHIP}
# a body's head word written alone ('the Board', 'The Trust'): a reference to a body, never its name
BARE_HEADS = frozenset(
    {
        "partnership",
        "board",
        "group",
        "committee",
        "panel",
        "forum",
        "executive",
        "trust",
        "commission",
        "alliance",
    }
)


def _title_lines(blocks: list[Block], lines: list[str]) -> str:
    """A title from its first heading: a running header's page number left out ('X Plan 2023-26     3'),
    and a name broken over short heading lines joined ('SOUTH KELDALE' / 'COMMUNITY SAFETY' /
    'PARTNERSHIP') when together they end in a body's head word and the first alone does not."""
    first = re.sub(r"\s{2,}\d{1,4}\s*$", "", lines[blocks[0].start - 1])
    text = blocks[0].text if first == lines[blocks[0].start - 1] else clean(first)
    if head_kind(text) is not None:
        return text
    parts, end = [text], blocks[0].end
    for b in blocks[1:4]:
        if b.kind != "heading" or b.start != end + 1 or len(" ".join(parts)) + len(b.text) > 90:
            break
        parts, end = [*parts, b.text], b.end
        if head_kind(joined := " ".join(parts)) is not None:
            if joined.isupper():
                return joined
            return " ".join(titlecase(p) if p.isupper() else p for p in parts)  # 'SAFER X' over 'Plan 2011'
    return text


OWNED_NAME = re.compile(r"(.+?)[’']s\s+([A-Z][\w'’&-]*(?:\s+(?:and|of|for|&|[A-Z][\w'’&-]*)){1,8})$")


def owned_name(name: str) -> str:
    """ "the Partnership's Performance Group", "The CSP's Westby Panel" -> 'Performance Group', 'Westby Panel': a
    body's own group is the name after the body; a possessive inside a name ("Children's Trust Board") is kept."""
    m = OWNED_NAME.match(name)
    owner = m.group(1).split()[-1] if m else ""
    return m.group(2) if m and (owner.lower() in org_words() or is_acronym(owner)) else name


ADDRESSED = re.compile(
    r"(?i)^(?:update|report|briefing|presentation|paper|note|submission|response|letter)s?\s+(?:to|for)\s"
)


def addressed_to(text: str) -> bool:
    """'Update to the Scrutiny Panel – June 2015': a paper for a body, written by another: no section of
    that body's own."""
    return ADDRESSED.match(text.strip()) is not None


BARE_TITLE = re.compile(
    rf"(?i)\b(?:the|this|our)\s+(?:{'|'.join(sorted(BARE_HEADS))})s?\s*\+?$"
)  # 'Our Partnership+


def part_of_own_body(text: str) -> bool:
    """A heading naming a part of the body the papers are about, by its head word alone ('Membership of
    the Board', 'Role of the Partnership'): no body's name."""
    m = re.fullmatch(r"(?i)[\w\s’'-]+?\s+of\s+(?:the|this|our)\s+([\w-]+)", text.strip())
    return m is not None and m.group(1).lower().rstrip("s") in BARE_HEADS


# a heading naming only the kind of paper ('Agenda and minutes', 'Public Document Pack'), never its body
RECORD_TITLE = re.compile(
    r"(?i)\s*(?:(?:public|draft|confirmed|approved|the)\s+)*(?:agenda|minutes|notes|action notes|decisions|"
    r"document pack|reports?|contents|papers)(?:\s+(?:and|&)\s+(?:agenda|minutes|notes|decisions|reports?|papers))*\s*"
)


@cache
def _record_lead() -> re.Pattern:
    """'Minutes of the Meeting of the X Board': the words before the board (record_leads in priorities.yaml)."""
    return re.compile(
        rf"(?i)^(?:(?:{alternation(data_file('priorities.yaml')['record_leads'])})\s+(?:of|about)\s+(?:the\s+|an?\s+)?)+"
    )


def without_record_lead(title: str) -> str:
    """'Minutes of the Meeting of the X Board' -> 'X Board'; 'Annual Report of the X Board' -> 'X Board';
    'X Parish Council Annual General Meeting' -> 'X Parish Council' (a meeting's words after its body)."""
    return MEETING_TAIL.sub("", _record_lead().sub("", QUESTION_LEAD.sub("", title)))


# 'What is the Westby Partnership?', 'Who are the Board': a web page's heading asking about the body it names
QUESTION_LEAD = re.compile(r"^(?i:what\s+(?:is|are|does)|who\s+(?:is|are|sits\s+on))\s+(?:the\s+)?(?=[A-Z])")


MEETING_TAIL = re.compile(  # after a body's head word: 'Annual General Meeting', 'AGM', 'Extraordinary Meeting'
    r"(?i)\b(?:(?<=council)|(?<=board)|(?<=partnership)|(?<=committee)|(?<=group)|(?<=forum)|(?<=panel)|"
    r"(?<=authority)|(?<=trust)|(?<=executive))\s+(?:(?:annual\s+general|annual|extraordinary|special|ordinary|"
    r"monthly|quarterly|full|general)\s+)?(?:meeting|agm)$"
)


TOLD = re.compile(  # 'Members were advised that the key recommendations were:': told something, no list of them
    r"(?i)\b(?:members|attendees|those\s+present)\s+(?:were|was|are|is|will\s+be|had\s+been|have\s+been)\s+"
    r"(?:advised|informed|told|reminded|asked|invited|requested|recommended|notified|updated|assured|given|shown|referred)\b"
)


AGENDA_ITEM = re.compile(
    r"(?i)\b(?:apologies|introductions?|welcome|declarations?|previous\s+meeting|matters\s+arising)\b"
)
DATED_TAIL = re.compile(  # a meeting's date after its title: ' - Tuesday 14 May 2019 10am', ', 9 May 2017', ' held on …'
    r"(?:\s+[–—-]\s+|,\s+|\s+(?:held\s+)?on\s+|\s+held\s+)(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+"
    r"(?:19|20)\d\d\b.*$"
)
BARE_WORK = re.compile(  # 'Day-to-day delivery is overseen by …': work of nothing named, no item
    r"^(?:the\s+)?(?:[\w-]+\s+)?(?:delivery|implementation|progress|work|oversight|coordination|co-ordination|management)$",
    re.I,
)
WORK_OF = re.compile(  # 'the delivery of the X Plan': the work is the plan's
    r"^(?:the\s+)?(?:delivery|implementation|development|coordination|co-ordination)\s+of\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)


def last_run(text: str) -> str:
    """The last capitalised name in a phrase: 'In November 2016 the Health and Wellbeing Board' -> 'Health and Wellbeing Board'."""
    runs = [tidy(m.group(0)) for m in RUN.finditer(text)]
    runs = [
        r
        for r in runs
        if r and not re.fullmatch(r"(?:In|On|At|By|Through|For|From|With|During|Since)(?: \w+)?|\d+", r)
    ]
    return runs[-1] if runs else tidy(text)


def first_run(text: str) -> str:
    """The first capitalised name in a phrase: 'Strategic Group and the tactical plan' -> 'Strategic Group'."""
    m = RUN.search(text)
    return tidy(m.group(0)) if m else tidy(text)
