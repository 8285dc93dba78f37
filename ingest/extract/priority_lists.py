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

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, cached_property

from ..blocks import LABEL_LINE, MARK, TERM_LINE, Block, Sentence, clean, fold, strip_tags
from ..mentions import field_words, head_kind
from ..model import Claim, Evidence, Kind, Mention, Rel
from ..names import alternation, by_letter, data_file, kind_of, may_hold, tidy
from .context import DATED_TAIL, PLAN_HEADS, YEARS, Context, body_over_plan, without_record_lead
from .indicator_tables import align_to, split_line
from .people import titlecase

# a word of a name is at most 60 characters: a longer token is no word of a name, and the bound keeps
# the name patterns linear on a line without spaces
WORD = r"(?:[A-Z0-9](?:[\w&’'-]|\.(?=\w)){0,60}|St\.)"  # a dot inside a word ('U.K.'), not after it
LOWER_PLAN = re.compile(  # a plan named in lower case, its years making it one plan: 'our safety plan 2023 to 2026'
    r"\b(?i:our)\s+((?:[a-z][\w-]*\s+){1,6}(?:plan|strategy)\s+(?:19|20)\d\d(?:\s?(?:[-–/]|to)\s?(?:19|20)?\d\d)?)"
)
THIS_PLAN = re.compile(
    rf"\b[Tt]his\s+((?:[A-Z][\w'’-]{{0,40}}\s+){{0,6}}(?:{PLAN_HEADS})(?:\s+(?:19|20)\d\d(?:\s?[-–/]\s?\d{{2,4}})?)?)"
)
COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
ITEM_MARK = re.compile(rf"^\s*(?:{MARK}|\(?[a-z]\)|\(?[ivx]{{1,5}}[.)]|\d{{1,2}}[.)]|[a-z][.)])\s+", re.I)


@cache
def vocabulary() -> dict:
    return data_file("priorities.yaml")


@cache
def _words(key: str) -> str:
    return alternation(vocabulary()[key])


@cache
def _list_word() -> re.Pattern:
    words = f"{_words('list_words')}|{_words('more_list_words')}|{_words('focus_phrases')}".split("|")
    return re.compile(rf"\b(?:{by_letter(words, True)})\b", re.I)


@cache
def _owner_name(referents: bool = False) -> re.Pattern:
    """A plan's or body's name ending in an owner head word (Owners reads only lines holding one: keep so);
    ``referents``: also the names only a back-reference points at ('the authority')."""
    heads = "|".join(_owner_heads(referents))
    return re.compile(
        rf"(?P<name>{WORD}(?: (?:(?:of|and|for|&|the) ){{0,2}}{WORD}){{0,10}} (?i:{heads}){YEARS})(?![\w-])"
    )


@cache
def _back_reference() -> re.Pattern:
    return re.compile(
        rf"\b(?:the|this|our|its|their) (?:(?:{_words('back_reference_adjectives')}) )?({_words('back_references')})\b",
        re.I,
    )


@cache
def _inline_intro() -> re.Pattern:
    """Where an inline list starts: after 'include(d)' with ':' or ';', or after a colon."""
    return re.compile(
        rf"\b(?:{by_letter(_words('intro_verbs').split('|'), True)})\s*[:;]\s*|:\s+|\s[–—-]\s+"
        r"|\s+of\s+(?=(?!the\b)[a-z][^;.]{2,120};)"  # 'its four priorities of education; protecting …'
        r"|\s+of\s+(?=(?-i:(?!The\s)[A-Z])[^;.]{2,120},\s)",  # 'the five themes of Children and Young People, …'
        re.I,
    )


@cache
def _not_owner() -> re.Pattern:
    return re.compile(rf"^(?:{_words('not_owner')})\b\s*")


def _clean_owner(name: str) -> str | None:
    for _ in range(3):
        name = _not_owner().sub("", name)
        # 'Download the X Plan', a heading run into its sentence ('Priorities The Board')
        name = re.sub(r"^[A-Z]\w* [Tt]he (?=[A-Z])", "", name)
    for _ in range(2):  # 'Minutes of the Meeting of the Exampleton Board'
        name = re.sub(
            rf"^(?:{_words('list_words')}|{_words('record_leads')})\s*\w{{0,6}}\s+of\s+(?:the\s+)?",
            "",
            name,
            flags=re.I,
        )
    # 'Chair of the X Board, Cllr Y, said: "our priorities …"': the board the post is of
    name = re.sub(
        r"^(?:(?:Vice|Deputy|Joint)[- ])?(?:Chair(?:man|woman|person)?|Convener|Leader)\s+of\s+(?:the\s+)?",
        "",
        name,
    )
    # 'Cllr Blunden' over 'The Safer Westby Partnership recently met …': a speaker's name, then the body
    name = re.sub(
        r"^(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?=The\s+[A-Z])",
        "",
        name,
    )
    name = _about(tidy(name.strip(" ,;:.")))
    if len(name.split()) < 2 and not re.fullmatch(r"[A-Z]{2,6}", name):
        return None
    if re.sub(YEARS + "$", "", name) == name and name.split()[-1][:1].islower():
        # 'New board to lead on health': a head word in lower case, no years, names nothing; but two capitalised
        # words before a plan's head word are its name ('the PCC's Safer Streets plan': 'Safer Streets plan')
        name = re.sub(r"^[A-Z][\w.-]*[’']s\s+(?=[A-Z])", "", name)
        words = name.split()
        if not (words[-1] in ("plan", "strategy") and sum(w[:1].isupper() for w in words[:-1]) >= 2):
            return None
    return name


class Owners:
    """Who a list belongs to, read from its introduction and what the document named before it."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.named: list[tuple[int, str]] = []  # (line, full name) of every plan, strategy, partnership …
        for n, line in enumerate(ctx.doc.lines, 1):
            text = clean(line)
            if text.isupper():  # 'SAFER EXAMPLETON PARTNERSHIP' on a title page
                text = titlecase(text)
            for m in _owner_name(True).finditer(text) if may_hold(text, _owner_heads(True)) else ():
                if name := _clean_owner(m.group("name")):
                    self.named.append((n, name))
        for block in ctx.doc.blocks:  # a name wrapped onto the next line of its paragraph
            if block.kind in ("paragraph", "item") and block.end > block.start:
                lines = [clean(x) for x in ctx.doc.lines[block.start - 1 : block.end]]
                ends = list(itertools.accumulate(len(x) + 1 for x in lines))
                for m in _owner_name(True).finditer(" ".join(lines)):
                    first = bisect.bisect_right(ends, m.start("name"))
                    if first != bisect.bisect_right(ends, m.end("name") - 1) and (
                        name := _clean_owner(m.group("name"))
                    ):
                        self.named.append((block.start + first, name))
        for n, line in enumerate(ctx.doc.lines, 1):  # 'our community safety plan 2023 to 2026': in lower case
            self.named += (
                [(n, m.group(1)) for m in LOWER_PLAN.finditer(line)] if "our " in line.lower() else []
            )
        self.named.sort(key=lambda x: x[0])

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
        named = [name for name in before if any(self.proper(w) for w in name.split())]
        if before:  # the last with a proper name ('Safer Exampleton Partnership', not 'the Community Safety Partnership')
            return self.canonical((named or before)[-1])
        return self.canonical(found[0][1]) if found else None

    def partnership(self, line: int) -> str | None:
        return self.ctx.we(line) or self.last("partnership", line)

    def of(self, intro: str, line: int) -> list[tuple[str, Kind | None]]:
        """Owners named in the clause that hands over to the list, else right after the list word
        ('the themes at the heart of our strategy'), else anywhere in the introduction."""
        clauses = re.split(r",\s+(?:and\s+)?|;\s+|\s+and\s+(?=how|that|the|elements|these|its)", intro)
        if len(clauses) > 1 and (got := self._of(clauses[-1], line, subject=False)):
            return got
        if len(clauses) > 1 and re.match(r"(?:which|that)\b", clauses[-1]):  # '… the X Plan, which sets out'
            named = [m.group("name") for m in _owner_name().finditer(clauses[-2])]
            if named and (name := _clean_owner(named[-1])):
                return [(self.canonical(name), _kind(name))]
        words = list(_list_word().finditer(intro))
        if words:
            after = re.split(r"[,;]", intro[words[-1].end() :])[0]
            if got := self._of(after, line, subject=False):
                return got
        return self._of(intro, line)

    def _of(self, intro: str, line: int, subject: bool = True) -> list[tuple[str, Kind | None]]:
        out: list[tuple[str, Kind | None]] = []
        intro = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+", "", intro)  # '1.3 The Trust's plan …'

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
            name = _clean_owner(m.group("name")) if m else None
            place = m and m.group(0).endswith("s") and (not name or head_kind(name) is None)
            if place and (plan := self.this_plan(line)):  # 'Westvale's priorities include': 'this plan' above
                add(plan, Kind.PLAN)
            elif name:
                add(self.headed(name))
        if len(out) == 1 and re.fullmatch(r"[A-Z]{2,6}", out[0][0]) and (full := self.spelled_out(out[0][0])):
            out[0] = (
                full,
                _kind(full),
            )  # 'The CSP has identified …' under 'EASTBY COMMUNITY SAFETY PARTNERSHIP'
        for m in re.finditer(r"\b(?:by|of|from|for) (?:the )?([A-Z]{2,6})\b|\b([A-Z]{2,6})[’']s\b", intro):
            full = self.ctx.definitions.get(m.group(1) or m.group(2))
            if full and (full := _bare_group(full)) and _owner_name().fullmatch(full):
                add(full)
        for m in _back_reference().finditer(intro):
            word = m.group(1).lower()
            if word == "partnership":
                add(self.partnership(line))
                add(
                    document_plan(self.ctx), Kind.PLAN
                )  # a plan's own pages: the partnership's, and the plan's
            elif m.group(0).split()[0].lower() in (
                "our",
                "its",
                "their",
            ):  # its own plan: the heading's or title's
                add(
                    heading_plan(self.ctx, line) or document_plan(self.ctx) or self.last(word, line),
                    Kind.PLAN,
                )
            elif (body := self.body()) and body.lower().endswith(word):
                add(body)  # 'the Board' in a board's own papers is that board
            else:  # 'the plan': the last plan named, or the title's when that one has no proper name
                last = self.last(word, line)
                generic = last and re.fullmatch(
                    rf"(?:(?:{_words('generic_plan_words')}) )*{word}", re.sub(YEARS + "$", "", last).lower()
                )
                add(document_plan(self.ctx) if generic and document_plan(self.ctx) else last)
        if out and all(
            kind is Kind.PLAN and re.search(rf"\bour\s+{re.escape(name)}", intro, re.I) for name, kind in out
        ):  # 'In our Well-being Plan we have agreed …': the plan and the body whose plan it is
            add(self.partnership(line) or self.body(), Kind.PARTNERSHIP)
        if not out and re.search(r"\b(?:our|we)\b", intro, re.I):
            add(self.partnership(line) or self.body(), Kind.PARTNERSHIP)
            # 'we' and 'our' in a plan or strategy speak for it too
            add(
                document_plan(self.ctx)
                or heading_plan(self.ctx, line)
                or self.most_named_plan()
                or self.plan_just_before(line),
                Kind.PLAN,
            )
        return out

    def most_named_plan(self) -> str | None:
        """The plan or strategy the document names most, when it names it twice or more ('the Big Plan')."""
        plans = Counter(
            self.canonical(name)
            for _, name in self.named
            if re.search(rf"\b(?:{PLAN_HEADS}){YEARS}$", name, re.I)
        )
        best = plans.most_common(1)
        return best[0][0] if best and best[0][1] >= 2 else None

    def headed(self, name: str) -> str:
        """'Safer Westby has identified …' -> 'Safer Westby Partnership': the name the document writes in full
        with its head word, when it names no body so."""
        if head_kind(name) is not None:
            return name
        full = {
            n for _, n in self.named if n.startswith(f"{name} ") and len(n.split()) == len(name.split()) + 1
        }
        full = {n for n in full if head_kind(n) is not None and n.split()[-1].lower() in _owner_heads()}
        return full.pop() if len(full) == 1 else name

    def this_plan(self, line: int) -> str | None:
        """The plan the text above calls 'this' ('This Community Safety Plan 2022-25 sets out …'), within the
        eight lines before ``line``."""
        text = " ".join(self.ctx.doc.lines[max(0, line - 9) : line - 1])
        found = THIS_PLAN.findall(text)
        return tidy(found[-1]) if found else None

    def spelled_out(self, acronym: str) -> str | None:
        """The full name the document writes whose head words the acronym's letters stand for ('CSP' ->
        'Eastby Community Safety Partnership': the letters of its last words)."""
        for _, name in self.named:
            letters = "".join(w[0] for w in name.split() if w[:1].isupper())
            if letters.endswith(acronym) and len(letters) > len(acronym) or letters == acronym:
                return name
        return None

    def fallback(self, line: int) -> list[tuple[str, Kind | None]]:
        """An introduction naming no owner: the plan of the heading above, else of the title page
        (with the fuller name the text gives it: 'Partnership Plan 2020-23' written in full as
        'Safer Exampleton Partnership Plan 2020-23'), and the body the document is written for."""
        out: list[tuple[str, Kind | None]] = []
        plan = heading_plan(self.ctx, line) or document_plan(self.ctx) or self.plan_just_before(line)
        if plan:
            out.append((plan, Kind.PLAN))
            if fuller := self.fuller(plan):
                out.append((fuller, Kind.PLAN))
        body = self.body() or (None if out else self.named_before(line))
        planned = {w.lower() for n, _ in out for w in n.split()}
        if body and not any(w.lower() in planned for w in body.split() if self.proper(w)):
            out.append(
                (body, None)
            )  # a plan not named after the body ('Action Plan 2017-18') is the body's too
        return out

    def plan_just_before(self, line: int) -> str | None:
        """A plan or strategy named in the lines just above the list's introduction ('The Council approved the
        Corporate Strategy 2017-20, setting out our priorities', then 'These are: …')."""
        plan = re.compile(rf"(?i:{PLAN_HEADS}){YEARS}$")
        near = [name for n, name in self.named if line - 4 <= n <= line and plan.search(name)]
        return self.canonical(near[-1]) if near else None

    def named_before(self, line: int) -> str | None:
        """The last body with a proper name written before ``line`` ('The Safer Ravenmoor Partnership
        brings together …' then 'Key priorities include …')."""
        head = re.compile(rf"(?:{_words('body_heads')})$")
        before = [name for n, name in self.named if n <= line and head.search(name)]
        named = [name for name in before if any(self.proper(w) for w in name.split())]
        return named[-1] if named else None

    @cached_property
    def _lower_words(self) -> set[str]:
        return set(re.findall(r"\b[a-z][a-z'’-]+\b", "\n".join(self.ctx.doc.lines)))

    def proper(self, word: str) -> bool:
        """A proper noun: a capitalised word the document never writes in lower case ('Exampleton')."""
        return (
            bool(re.fullmatch(r"[A-Z][a-z'’-]{2,}", word))
            and word.lower() not in self._lower_words
            and word.lower() not in field_words()  # 'Community', 'Safety': the words of services
            and not _owner_head().fullmatch(word)
        )

    def fuller(self, plan: str) -> str | None:
        """A name the document gives the plan with more words before it ('Exampleton Single Outcome
        Agreement' for a title 'Single Outcome Agreement 2009-10')."""
        bare = re.sub(YEARS + "$", "", plan).strip().lower()
        if not bare:
            return None
        best = None
        for _, name in self.named:
            other = re.sub(YEARS + "$", "", name).strip().lower()
            extra = name.split()[: len(other.split()) - len(bare.split())]
            if (
                other != bare
                and other.endswith(" " + bare)
                and len(extra) <= 3
                and any(self.proper(w) for w in extra)
            ):
                best = best or name
        return best

    @cached_property
    def title_body(self) -> str | None:
        """The body a title page names: a line of its own among the first lines."""
        head = _body_head()
        for n, name in self.named:
            title = re.split(r"\s+[–—-]\s+|:\s", clean(self.ctx.doc.lines[n - 1]))[
                0
            ]  # '… – Terms of Reference'
            title = without_record_lead(DATED_TAIL.sub("", title))  # 'Minutes of the X Board, 9 May 2017'
            if (
                n <= 12
                and head.search(name)
                and name.lower() in title.lower()
                and len(title) <= len(name) + 12
            ):
                return name if any(self.proper(w) for w in name.split()) else None
        return None

    @cached_property
    def _body(self) -> str | None:
        """The title page's body, else the body the document names most (twice or more)."""
        if self.title_body:
            return self.title_body
        counts = Counter(name for _, name in self.named if _body_head().search(name))
        if counts:
            name, k = counts.most_common(1)[0]
            if k >= 2 and any(self.proper(w) for w in name.split()):
                return name
        return None

    def body(self) -> str | None:
        return self._body


@cache
def _body_head() -> re.Pattern:
    return re.compile(rf"(?:{_words('body_heads')})$")


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


_MY_PLAN = re.compile(rf"\b(?i:this|the|our|its|their|a|an)\s+(?:[a-z]+\s+)?(?i:{PLAN_HEADS})\b")


def heading_plan(ctx: Context, line: int) -> str | None:
    """The nearest heading above ``line`` that names a plan or strategy."""
    starts, plans = _heading_plans(ctx)
    k = bisect.bisect_right(starts, line)
    return plans[k - 1] if k else None


def _heading_plans(ctx: Context) -> tuple[list[int], list[str]]:
    """The first line and the plan of every heading that names a plan or strategy, in reading order (read
    once per document: blocks stand in the order of their lines)."""
    got = ctx.memo.get(_heading_plans)
    if got is None:
        got = ctx.memo[_heading_plans] = ([], [])
        for b in ctx.doc.blocks:
            text = plan_part(re.split(r":\s", b.text)[0])  # 'Exampleton Plan 2015-2018: delivery summary'
            if (
                b.kind == "heading"
                and re.search(rf"\b(?:{PLAN_HEADS})(?:\s+\(?(?:19|20)\d{{2}}.{{0,12}})?$", text, re.I)
                and len(text) < 100
                and not re.match(r"^(?:Appendix|Annex|Figure|Table)\b", text)
                and not _MY_PLAN.search(text)  # 'Purpose of this strategy', 'Our strategic plan'
            ):
                got[0].append(b.start)
                got[1].append(_no_page(titlecase(text) if text.isupper() else text))
    return got


FORM_ROW = re.compile(r"^([A-Z][A-Za-z ]{2,30}?[a-z]) {3,}\S")  # a label, a run of spaces, its value


def document_plan(ctx: Context) -> str | None:
    """A title page's plan: 'COMMUNITY SAFETY STRATEGY' with the short place and period lines under it
    (read once per document: the priority, owner and structure readers all ask)."""
    if document_plan not in ctx.memo:
        ctx.memo[document_plan] = _read_document_plan(ctx)
    return ctx.memo[document_plan]


def _read_document_plan(ctx: Context) -> str | None:
    lines = [clean(x) for x in ctx.doc.lines[:25]]
    for i, text in enumerate(lines):
        if (row := FORM_ROW.match(ctx.doc.lines[i])) and not re.search(
            rf"\b(?:{PLAN_HEADS})\b", row.group(1), re.I
        ):
            continue  # 'Released to          Community Plan working': a document control box's row
        text = re.sub(r"^(?:Subject|Title|Report title|Report|Item|Re)\s*:\s*", "", text, flags=re.I)
        if re.search(rf"\b(?:{PLAN_HEADS})\b(?:\s+\(?(?:19|20)\d{{2}}\S*)?:\s", text, re.I):
            text = re.split(r":\s", text)[0]  # 'Exampleton Plan 2015-2018: delivery summary'
        text = plan_part(text)
        if not text or len(text) > 80 or not re.search(rf"\b(?:{PLAN_HEADS})\b", text, re.I):
            continue
        if (
            text.endswith((".", ":"))
            or _MY_PLAN.search(text)
            or not text[:1].isupper()
            and not text[:1].isdigit()
        ):
            continue  # a sentence, or one pointing at a plan ('… groups to deliver its plan: …')
        above = lines[i - 1] if i else ""
        parts = [text]
        if (
            re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}", above)
            and head_kind(above) is None
            and text[:1].isupper()
            and _proper_word(ctx, above)
        ):  # 'Safer Lowmoor' over 'Partnership Plan 2020 to 2023': one name set on two lines
            parts.insert(0, titlecase(above) if above.isupper() and not text.isupper() else above)
        elif whole := body_over_plan(above, text):  # 'X Partnership' over 'Partnership Plan 2021-24'
            parts[0] = whole
        for following in lines[i + 1 : i + 4]:
            if re.fullmatch(
                r"(?:\w+ )?(?:19|20)\d{2}(?:\s*(?:[-–/]|to)\s*(?:\w+ )?(?:19|20)?\d{2})?", following
            ):
                parts.append(following)  # the period on a line of its own: '2021 - 2024'
                break
            if (
                not following
                or LABEL_LINE.match(following)  # 'Report of: Director of Public Health'
                or following.isupper()
                or following.endswith((".", ":", ","))
                or len(following.split()) > 7
                or not following[:1].isupper()
            ):
                break
            parts.append(following)
        return _about(_no_page(" ".join(parts)))
    return None


def plan_part(title: str) -> str:
    """'Safer Eastby Partnership – Community Safety Plan 2020-23': the plan is the part after the body;
    'Eastby Partnership – Partnership Plan 2020-23' is the 'Eastby Partnership Plan 2020-23'."""
    parts = re.split(r"\s+[–—-]\s+", title)
    plan = re.compile(rf"\b(?:{PLAN_HEADS})\b", re.I)
    if len(parts) != 2 or plan.search(parts[0]) or not plan.search(parts[1]) or not head_kind(parts[0]):
        return title
    body, named = parts
    first, _, rest = named.partition(" ")
    return f"{body} {rest}" if rest and first.lower() == body.split()[-1].lower() else named


def _about(title: str) -> str:
    """'Refresh of the Joint Health and Wellbeing Strategy' -> the plan the title is about."""
    return re.sub(rf"^(?:{_words('title_leads')})\b(?: (?:of|to|on|for))?(?: the| our)? (?=[A-Z])", "", title)


def _proper_word(ctx: Context, text: str) -> bool:
    """The text holds a word the document never writes in lower case (a place: 'Lowmoor')."""
    words = {w.lower() for w in text.split() if len(w) > 2}
    return bool(words - set(re.findall(r"\b[a-z][a-z'’-]+\b", "\n".join(ctx.doc.lines))))


def _no_page(text: str) -> str:
    """A running header's page number is not part of the plan's name."""
    return re.sub(r"\s+(?:Page|p\.)\s*\d+(?:\s+of\s+\d+)?$", "", text)


def _item_text(text: str) -> str | None:
    text = ITEM_MARK.sub("", text)
    text = re.sub(r"^(?:and|or|as\s+well\s+as|plus)\s+", "", text.strip())
    if (numbered := _numbered_item().match(text)) and numbered.group("text"):
        text = numbered.group("text")  # 'Priority One – Domestic abuse': the priority is its words
    labelled = re.match(r"([A-Z][\w'’&-]*(?: [\w'’&-]+){0,4}):\s+(\S.*)$", text)
    if labelled and re.fullmatch(r"[A-Z]{1,4}\s?\d{1,2}(?:\.\d{1,2})?", labelled.group(1)):
        text = labelled.group(2)  # 'SO1: To improve community safety': a code, the priority its words
    elif labelled and len(labelled.group(2).split()) >= 4:
        text = labelled.group(1)  # 'Neglect: to improve how agencies respond': the priority is its name
    text = re.sub(r"[;,]\s*(?:and|or)$", "", text)
    sentences = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text)
    if len(sentences) > 1 and (
        len(sentences[0].split()) >= 3 or re.fullmatch(r"[A-Z][a-z]{3,}(?: [a-z]{2,}){0,2}", sentences[0])
    ):  # '1. Prevention. We will …': the item is its first sentence
        text = sentences[0]
    text = re.split(
        r"\s+[–—]\s+|\s*[–—-]\s*by\b|,?\s+(?:which|that)\s+(?:would|will|is\s+to|are\s+to|is|are)\s+be\s+"
        r"(?:delivered|achieved|met|tackled|addressed)\s+(?:by|through|via)\b",
        text,
    )[0]
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip().rstrip(".;,"))
    text = tidy(text.strip().rstrip(".;,:"))
    if not (3 <= len(text) <= 250) or not re.search(r"[A-Za-z]{3}", text):
        return None
    return text


def _count(intro: str, spelled: bool = False) -> int | None:
    """'… four priorities', '… 3 key aims': how many items the introduction announces; ``spelled``, only
    a number written as a word ('three key priorities', where '11 objectives reported as red' is a tally)."""
    number = "two|three|four|five|six|seven|eight|nine|ten" + ("" if spelled else r"|\d")
    m = re.search(rf"(?<![\d.])\b({number})\s+(?:\w+\s+)?(?:{_words('list_words')})\b", intro, re.I)
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else COUNT[word]


def _following_items(blocks: list[Block], i: int, count: int | None) -> list[Block]:
    intro = blocks[i]
    items: list[Block] = []
    described = False  # 'a' then its description, 'b' then its: one paragraph after each entry
    for k, b in enumerate(blocks[i + 1 :], i + 1):
        if b.kind != "item":
            if (
                count
                and items
                and b.kind == "paragraph"
                and k + 1 < len(blocks)
                and _next_entry(items, blocks[k + 1])
            ):
                described = True
                continue
            break
        if (
            not items
            and intro.kind == "item"
            and b.numbered == intro.numbered
            and b.indent <= intro.indent
            and (_mark(b) == _mark(intro) or not intro.text.endswith(":"))
        ):
            break  # the next entry of the same list, not a list under this one ('· … were:' over '- A', '- B')
        if items and (b.numbered != items[0].numbered or b.indent < items[0].indent):
            break
        if items and intro.kind == "item" and _mark(b) == _mark(intro) != _mark(items[0]):
            break  # the list the introduction is an entry of goes on ('·' after '- A', '- B' under '· … were:')
        if items and b.indent > items[0].indent:
            continue  # an item nested under the last one ('SO2: …' / '  • PPF – …'), not one of the list
        items.append(b)
        if count and len(items) == count:
            break
    return items if not described or len(items) == count else []


def _next_entry(items: list[Block], b: Block) -> bool:
    """``b`` is an entry of the list ``items`` began: an item with the same mark and indent."""
    return b.kind == "item" and _mark(b) == _mark(items[0]) and b.indent == items[0].indent


def _mark(item: Block) -> str:
    """The mark a list's entry opens with ('·', '-', 'o'); '#' for any number or letter ('2.', 'b)'), '' for none."""
    if item.numbered or re.match(r"\s*\(?[A-Za-z0-9]{1,3}[.)]", item.raw):
        return "#"
    m = re.match(r"\s*([^\w\s]|o(?=\s))", item.raw)
    return m.group(1) if m else ""


def _nested_claims(ctx: Context, blocks: list[Block], item: Sentence | Block, text: str):
    """'• Violence and Vulnerability' over '  • Knife crime' / '  • Weapons': the items nested under a list's item
    are its own priorities."""
    if not isinstance(item, Block) or item.kind != "item":
        return
    at = next((k for k, b in enumerate(blocks) if b is item), None)
    parent = ctx.mention(text, Kind.PRIORITY, scope=ctx.name)
    for b in blocks[at + 1 :] if at is not None else ():
        if b.kind != "item" or b.indent <= item.indent or b.numbered != item.numbered:
            break
        if sub := _item_text(clean(ITEM_MARK.sub("", b.text))):
            yield Claim(
                ctx.mention(sub, Kind.PRIORITY, scope=ctx.name),
                Rel.PRIORITY_OF,
                parent,
                ctx.ev(b),
                "priority.nested",
                0.75,
            )


def _list_goes_on(blocks: list[Block], last: int) -> bool:
    """The block after ``blocks[last]`` (an item) is another item of its list."""
    after = blocks[last + 1] if last + 1 < len(blocks) else None
    return after is not None and after.kind == "item" and after.numbered == blocks[last].numbered


def _one_line_paragraphs(blocks: list[Block], i: int) -> list[Block]:
    """'Our key objectives are:' over paragraphs of one short line each, a blank line between them
    ('To reduce crime and the fear of crime.'): two to twelve, alike in form (the same first word, or
    none a sentence), up to the first that is not one."""
    out: list[Block] = []
    for b in blocks[i + 1 : i + 13]:
        # ('Opportunity for All' in title case is read as a heading: one of the items all the same)
        if (
            b.kind not in ("paragraph", "heading")
            or b.start != b.end
            or len(b.text.split()) > 15
            or b.text.endswith(":")
        ):
            break
        if out and b.text.split()[0] != out[0].text.split()[0] and "." in b.text + out[0].text:
            break
        if FIELD_OPENING.match(b.text):
            break  # 'Lead- Jane Doe', 'Priority 1- Starting Well': a field's label, another reader's layout
        out.append(b)
    return out if len(out) >= 2 else []


FIELD_OPENING = re.compile(r"[A-Z][\w ]{0,20}?[-–:]\s")


def _lines_under(ctx: Context, block: Block) -> list[Sentence]:
    """Lines written one per line under a heading (no bullets): each short, none a sentence run on."""
    out = []
    n = block.end + 1
    lines = ctx.doc.lines
    while n <= len(lines) and not lines[n - 1].strip():
        n += 1
    while n <= len(lines) and lines[n - 1].strip():
        raw = fold(strip_tags(lines[n - 1]))
        text = clean(_unlink(raw))
        if (
            len(text) > 120
            or not text[:1].isupper()
            or text.endswith(":")
            or LABEL_LINE.match(text)
            or split_line(n, lines[n - 1]).sep == "space"  # a table's row, its cells set apart by spaces
        ):
            return []
        out.append(Sentence(text, raw, n, n))
        n += 1
    return out if 2 <= len(out) <= 12 else []


SENTENCE_AFTER = re.compile(  # a sentence of its own after the colon, not the list it announced
    r"(?:This|These|That|It|They|We|Each|The\s+\w+)\s+(?:\w+\s+)?(?:includes?|contains?|sets?\s+out|describes?|"
    r"shows?|explains?|details?|provides?|gives?|summari[sz]es?|outlines?|lists?)\b"
)


def _inline(text: str) -> tuple[str, list[str]] | None:
    """'… priorities which included; a, b and c' -> (intro, [a, b, c]); also 'are: • a • b' (a bulleted
    list flattened into the sentence) and, without a colon, '…, namely a, b and c' or 'The priorities of
    the Partnership are reducing a, reducing b and improving c'."""
    m = next(  # the colon that follows the list word ('… Plan: 2017 to 2022, which sets out four priorities: …')
        (
            c
            for c in _inline_intro().finditer(text)
            if _plural_list_word(
                re.split(r"(?<=[a-z)])[.!?](?:\s+|$)", text[: c.start()])[-1]
            )  # in its own sentence
            and (c.group(0).strip().lower() != "of" or _plural_list_word(text[: c.start()].split()[-1]))
            and (len(text[: c.start()].split()) >= 3 or _header_words().fullmatch(text[: c.start()].strip()))
        ),  # or a label of the list word alone: 'Priorities: a, b, c'
        None,
    )
    if (
        m
        or (  # the verb whose subject is the list word ('Members were informed that the priorities included a, b, c')
            m := next(
                (
                    v
                    for v in _inline_verb().finditer(text)
                    if _bare_inline(text[: v.start()], v.group(1), text[v.end() :])
                ),
                None,
            )
        )
        or ((m := _focus().search(text)) and _bare_inline(text[: m.end()], m.group(1), text[m.end() :]))
    ):  # the last: 'The Partnership will concentrate its resources on tackling a, reducing b and c'
        intro, rest = text[: m.start()], text[m.end() :]
    elif (m := _listed_first().match(text)) and _short_names(_comma_pieces(m.group("items"))):
        intro, rest = text[m.start("verb") :], m.group("items")
    else:
        return None
    if re.fullmatch(r"\s[–—-]\s+", m.group(0)):  # '… three priorities - a, b and c - where …': between dashes
        rest = re.split(r"\s[–—-]\s", rest)[0]
    rest = rest.strip().rstrip(".;")
    if rest[:1] in '“"‘' or SENTENCE_AFTER.match(rest):
        return None  # '… our vision to be: “A modern, ambitious council …”', '…: This section includes a, b and c'
    if cut := re.search(rf"\s(?={SENTENCE_AFTER.pattern})", rest):
        rest = rest[: cut.start()]  # 'a, b and c This section includes …': a line run into the next sentence
    if rest.count("•") >= 1 and len(re.split(r"\s*•\s*", rest.strip("• "))) >= 2:
        parts = [p.strip() for p in re.split(r"\s*•\s*", rest.strip("• "))]
    elif ";" in rest:
        parts = [p.strip() for p in rest.split(";")]
        last = re.split(r"\s+and\s+(?=[a-z]+ing\b)", parts[-1], maxsplit=1)
        if len(last) == 2 and re.match(
            r"[a-z]+ing\b", last[0]
        ):  # '…; supporting enterprise and maintaining …'
            parts[-1:] = last
    else:
        parts = [p.strip() for p in re.split(r",\s*", rest)]
        if parts and not parts[-1].startswith(("and ", "or ")):  # ', and c and d': the last item, whole
            parts[-1:] = _split_last_and(parts[-1])
    parts = [p for p in parts if p]
    if m.group(0).strip().lower() == "of" and any(
        p[:1].isupper() and head_kind(p) is not None for p in parts
    ):
        return (
            None  # 'the priorities of Westby Council, Northshire Police and the NHS': bodies, not priorities
        )
    titled = TITLED_RUN.match(parts[-1]) if len(parts) >= 2 else None
    if (
        titled
        and all(TITLED_RUN.fullmatch(p) for p in parts[:-1])
        and CLAUSE_GOES_ON.match(parts[-1], titled.end())
    ):
        parts[-1] = re.sub(
            r"(?:\s+(?:of|and|&|for|the|in))+$", "", titled.group(0)
        )  # '…, Our Community into actions'
    if len(parts) < 2 or any(len(p.split()) > 30 for p in parts):
        return None
    return intro, parts


TITLED_RUN = re.compile(r"[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of\b|and\b|&|for\b|the\b|in\b))*")
CLAUSE_GOES_ON = re.compile(r"\s+(?:into|will|is|are|was|were|to|which|that|as|by|through|over)\b")


@cache
def _inline_verb() -> re.Pattern:
    return re.compile(rf"\b({_words('inline_verbs')})\s+(?=[a-zA-Z])")


@cache
def _focus() -> re.Pattern:
    """A focus verb that is the sentence's own ('will focus on', 'we prioritise', 'concentrates its
    resources on'), not a noun or participle ('with a focus on', 'measures focusing on')."""
    phrases = _words("focus_phrases").split("|")
    base = [p for p in phrases if not re.match(r"\w+(?:es|ing)\b", p)]
    finite = [p for p in phrases if re.match(r"\w+es\b", p)]
    return re.compile(
        rf"\b((?:will|shall|would|should|must|to|we|they)\s+(?:also\s+|\w+ly\s+)?(?:{'|'.join(base)})"
        rf"|(?:{'|'.join(finite)}))\s+(?=[a-zA-Z])",
        re.I,
    )


def _comma_pieces(rest: str) -> list[str]:
    """The pieces of a list run on in a sentence, split at commas and at 'and' before an -ing word."""
    pieces = [p.strip() for p in re.split(r",\s*", rest.strip().rstrip(".")) if p.strip()]
    if pieces:
        pieces[-1:] = re.split(r"\s+and\s+(?=\w+ing\b)", pieces[-1])
    return [re.sub(r"^(?:and|or)\s+", "", p) for p in pieces]


def _short_names(pieces: list[str]) -> bool:
    """Three or more short names, two of them of two words or more ('dementia, childhood obesity and mental
    health'), none holding a verb."""
    short = [*pieces[:-1], *re.split(r"\s+and\s+", pieces[-1])] if pieces else []
    return (
        len(short) >= 3
        and all(1 <= len(p.split()) <= 6 for p in short)
        and sum(len(p.split()) >= 2 for p in short) >= 2
        and not any(
            re.search(r"\b(?:is|are|was|were|will|has|have|be|been|by|in|to)\b|ly$", p) for p in short
        )
    )


@cache
def _listed_first() -> re.Pattern:
    """A sentence opening with its list, the list word after the verb: 'A, B and C are some of the priorities …'."""
    plural = "|".join(w for w in _words("list_words").split("|") if _plural(w))
    return re.compile(
        r"(?P<items>[^:;.]{5,300}?)\s+(?P<verb>(?:are|were)\s+(?:(?:some|two|three|four|five|among)\s+(?:of\s+)?)?"
        rf"(?:the|our|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:{plural}))\b",
        re.I,
    )


def _bare_inline(intro: str, verb: str, rest: str) -> bool:
    """A list run on after a verb without a colon: the list word closes a short introduction, and the
    items are short phrases ('namely' anything; after 'are' or 'include' phrases led by an -ing word)."""
    words = list(_list_word().finditer(intro))
    # the list word near the verb: '… members were told the key priorities of the Partnership included a, b, c'
    if not words or not _plural(words[-1].group(0)) or len(intro[words[-1].start() :].split()) > 14:
        return False
    if verb.lower().endswith(" as") and rest.count(";") >= 2:
        return True  # 'The priorities have been labelled as a; b; and c'
    if re.search(r"\b(?:is|are|was|were|will|has|have|had)\b", intro[words[-1].end() :]):
        return False  # 'the priorities were agreed and are …': the list word is not the subject
    relative = re.search(r"\b(?:which|that|who)\s*$", intro)  # 'themes which are emerging and …': no list
    pieces = _comma_pieces(rest)
    named = [*pieces[:-1], *re.split(r"\s+and\s+(?=[A-Z])", pieces[-1])] if pieces else []
    if len(named) >= 3 and all(p[:1].isupper() and len(p.split()) <= 8 for p in named):
        return True  # 'are Serious Violence, Hate Crime and Drug-related Harm': names of themes
    if relative and len(pieces) < 3:
        return False  # '… priorities which are a, b, c and d': three or more short names after it are a list
    if _short_names(pieces):
        return True  # 'are domestic violence, hate crime and modern slavery': three or more short names
    if (
        not rest[:1].islower()
        or len(pieces) < 2
        or any(len(p.split()) > 12 or len(p.split()) < 2 for p in pieces)
    ):
        return False
    if verb.lower() == "namely" or all(
        p.startswith("to ") for p in pieces
    ):  # 'are to reduce a, to increase b'
        return True
    if pieces[0].startswith("to ") and all(p[:1].islower() and not p.startswith("to ") for p in pieces[1:]):
        return True  # 'will be to tackle a, improve b and help c': one 'to' for every verb
    return all(
        (w := p.split()[0].lower()).endswith("ing")
        and w not in ("being", "bring", "during", "following", "including")
        for p in pieces
    )


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
    """The text names a list of priorities (a plural list word, or ends in 'with the aim of:'), and not as what
    other work serves nor as duties ('Key areas of responsibility')."""
    if _aim_intro().search(text):  # not 'This report seeks to:', a paper's purposes
        return not re.search(
            r"(?i)\b(?:report|paper|consultation|review|item|document|briefing|session|meeting)\b", text
        )
    found = [
        m for m in _list_word().finditer(text) if _plural(m.group(0)) and not _duties().match(text, m.end())
    ]
    return bool(found) and not all(_means().search(text[: m.start()]) for m in found)


@cache
def _aim_intro() -> re.Pattern:
    return re.compile(rf"(?i)\b(?:{_words('aim_intros')})\s*:\s*$")


@cache
def _duties() -> re.Pattern:
    return re.compile(rf"(?i)\s+(?:{_words('duty_words')})\b")


def _plural(words: str) -> bool:
    """'priorities', 'areas of work', 'focus on': a list word naming more than one."""
    low = words.lower()
    return any(w.endswith("s") for w in low.split()) or low in _words("focus_phrases").split("|")


@cache
def _means() -> re.Pattern:
    """'… achieve our aims', '… to deliver the priorities': the list word is what the items serve."""
    return re.compile(
        rf"\b(?:{_words('means_leads')})\s+(?:(?:our|the|its|their|these|those|this|key|strategic)\s+){{0,2}}$",
        re.I,
    )


LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\([^()\s]{0,300}\)")


def _unlink(text: str) -> str:
    """'[Tackling anti-social behaviour](/asb)' -> 'Tackling anti-social behaviour' (a web page's links)."""
    return LINK.sub(r"\1", text)


def _heading_like(block: Block) -> bool:
    """A heading, or a short line standing alone in sentence case ('Our priorities', 'Key aims')."""
    if block.kind == "heading":
        return True
    return (
        block.kind == "paragraph"
        and block.start == block.end
        and len(block.text.split()) <= 8
        and not re.search(r"[.;,:]$", block.text)
        and block.text[:1].isupper()
    )


def _handover(block: Block) -> bool:
    """A short paragraph between a list's heading and its items: 'Based on …, we will focus on:'."""
    return block.kind == "paragraph" and block.text.endswith(":") and len(block.text) <= 300


def _cell_table(ctx: Context, line: int) -> list[Sentence]:
    """A table written one cell per line, a blank line between rows, starting at ``line``: the column
    whose header is a list word ('Theme', 'Priority', 'Outcome'), one entry per row."""
    lines = ctx.doc.lines
    groups: list[list[int]] = []
    n = line
    while n <= len(lines) and len(groups) < 40:
        while n <= len(lines) and not lines[n - 1].strip():
            n += 1
        group = []
        while n <= len(lines) and lines[n - 1].strip() and len(group) < 12:
            group.append(n)
            n += 1
        if not group:
            break
        if groups and len(group) != len(groups[0]):
            break
        groups.append(group)
    if len(groups) < 3 or len(groups[0]) < 2:
        return []
    header = [clean(lines[k - 1]) for k in groups[0]]
    col = next((c for c, h in enumerate(header) if _header_word(h)), None)
    if col is None or any(len(h) > 40 for h in header):
        return []
    out = []
    for g in groups[1:]:
        raw = fold(strip_tags(lines[g[col] - 1]))
        out.append(Sentence(clean(_unlink(raw)), raw, g[col], g[col]))
    return out


def _header_word(text: str) -> bool:
    """A column header naming the list: 'Priority', 'Strategic objective', 'Outcome area', 'Theme'."""
    return bool(_header_words().fullmatch(text.strip(" :*")))


@cache
def _header_words() -> re.Pattern:
    return re.compile(
        rf"(?:(?:Our|Key|Strategic|Local|Partnership)\s+)?(?:{_words('list_words')})(?:\s+(?:area|name|title))?s?",
        re.I,
    )


@cache
def _owner_heads(referents: bool = False) -> list[str]:
    """The head words an owner's name ends in, in lower case (every match of :func:`_owner_name` holds one);
    [''] (no filter) if one is written as a pattern rather than a word."""
    words = [
        w.lower()
        for w in _words("owner_heads").split("|") + (_words("referent_heads").split("|") if referents else [])
    ]
    return words if all(w.replace(" ", "").isalpha() for w in words) else [""]


@cache
def _owner_head() -> re.Pattern:
    return re.compile(rf"(?:{_words('owner_heads')})")


def _headed_paragraphs(blocks: list[Block], i: int, count: int | None) -> list[Block]:
    """'The plan has three priorities, described below.' then each priority a heading over its paragraphs;
    without a count (under an 'Our priorities' heading), as many such headings as follow, two or more."""
    out: list[Block] = []
    j = i + 1
    while j < len(blocks) and (count is None or len(out) < count):
        b = blocks[j]
        if (
            not _heading_like(b)
            or _list_ender().search(b.text)
            or j + 1 >= len(blocks)
            or blocks[j + 1].kind != "paragraph"
            or _heading_like(blocks[j + 1])
        ):
            break
        out.append(b)
        j += 2
        while j < len(blocks) and blocks[j].kind == "paragraph" and not _heading_like(blocks[j]):
            j += 1
    enough = len(out) == count if count is not None else len(out) >= 2
    return out if enough else []


@cache
def _list_ender() -> re.Pattern:
    """A heading after a list's headed paragraphs that is no item: 'How we will deliver the strategy'."""
    return re.compile(rf"(?i)^(?:{_words('list_enders')})\b|\b(?:the|this|our)\s+(?:plan|strategy)\b|\?$")


def _term_paragraphs(blocks: list[Block], i: int) -> list[Block]:
    """Paragraphs under an 'Our priorities' heading, each opening with its term in bold or before a dash
    ('Healthy weight – we will help people to …'): two or more."""
    out: list[Block] = []
    for b in blocks[i + 1 :]:
        term = TERM_LINE.match(b.text)
        if b.kind != "paragraph" or not (
            term and len(term.group("term").split()) <= 8 or re.match(r"\s*(\*\*|__)[^*_]{3,80}\1", b.raw)
        ):
            break
        out.append(b)
    return out if len(out) >= 2 else []


def _column_lists(ctx: Context, owners: Owners) -> Iterator[Claim]:
    """A table (tab-separated rows) with a column headed by a list word: its distinct entries."""
    blocks = ctx.doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        col = next((c for c, h in enumerate(b.cells) if _header_word(h)), None) if b.kind == "row" else None
        if col is None or len(b.cells) < 2:
            i += 1
            continue
        seen: dict[str, Block] = {}
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "row":
            cells = blocks[j].cells
            if col < len(cells) and (text := _item_text(_unlink(cells[col]))) and _entry(text):
                seen.setdefault(text.lower(), blocks[j])
            j += 1
        if len(seen) >= 2:
            who = owners.fallback(b.start)
            for row in seen.values():
                text = _item_text(_unlink(row.cells[col]))
                raw = row.raw_cells[col] if col < len(row.raw_cells) else row.raw
                ev = ctx.doc.evidence(row.start, row.end, fold(strip_tags(raw)))
                yield from _claims(ctx, text, who, ev, "priority.table_column")
        i = j


PIPE_ROW = re.compile(r"^\s*\|?(?:[^|\n]{0,300}\|){1,40}[^|\n]{0,300}$")


def _pipe_lists(ctx: Context, owners: Owners) -> Iterator[Claim]:
    """A Markdown pipe table ('| Priority | Lead |') with a column headed by a list word."""
    lines = ctx.doc.lines
    n = 1
    while n <= len(lines):
        if "|" not in lines[n - 1] or len(lines[n - 1]) > 4000 or not PIPE_ROW.match(lines[n - 1]):
            n += 1
            continue
        header = _pipe_cells(lines[n - 1])
        col = next((c for c, h in enumerate(header) if _header_word(clean(h))), None)
        start, n = n, n + 1
        seen: dict[str, tuple[int, str]] = {}
        while (
            n <= len(lines)
            and "|" in lines[n - 1]
            and len(lines[n - 1]) <= 4000
            and PIPE_ROW.match(lines[n - 1])
        ):
            cells = _pipe_cells(lines[n - 1])
            if (
                col is not None
                and col < len(cells)
                and not re.fullmatch(r"[\s:-]*", cells[col])
                and (text := _item_text(_unlink(clean(cells[col]))))
                and _entry(text)
            ):
                seen.setdefault(text.lower(), (n, text))
            n += 1
        if len(seen) >= 2:
            who = owners.fallback(start)
            for line, text in seen.values():
                raw = next(
                    c for c in _pipe_cells(lines[line - 1]) if text.lower() in clean(_unlink(c)).lower()
                )
                yield from _claims(
                    ctx,
                    text,
                    who,
                    ctx.doc.evidence(line, line, fold(strip_tags(raw))),
                    "priority.table_column",
                )


def _aligned_lists(ctx: Context, owners: Owners) -> Iterator[Claim]:
    """A table set in columns by runs of spaces, with a column headed by a list word ('Objective    Lead
    partner'): that column's entries; an entry wrapped onto the next line goes on in lower case."""
    lines = ctx.doc.lines
    n = 1
    while n <= len(lines):
        head = split_line(n, lines[n - 1]) if len(lines[n - 1]) <= 400 else None
        col = (
            next((c for c, (_, h) in enumerate(head.cells) if _header_word(h)), None)
            if head and head.sep == "space"
            else None
        )
        if head is None or col is None:
            n += 1
            continue
        starts = [at for at, _ in head.cells]
        entries: list[tuple[str, int, int]] = []
        n += 1
        while n <= len(lines) and lines[n - 1].strip() and len(lines[n - 1]) <= 400:
            row = split_line(n, lines[n - 1])
            if row.sep not in ("space", ""):
                break
            if not row.cells:  # one cell on the line, where its indent puts it
                raw = lines[n - 1]
                row.cells = [(len(raw) - len(raw.lstrip()), clean(raw))]
            text = align_to(starts, row)[col]
            if text and entries and text[:1].islower():
                entries[-1] = (f"{entries[-1][0]} {text}", entries[-1][1], n)
            elif text:
                entries.append((text, n, n))
            n += 1
        if len(entries) >= 2:
            who = owners.fallback(entries[0][1])
            for text, a, b in entries:
                if (item := _item_text(text)) and _entry(item):
                    yield from _claims(ctx, item, who, ctx.doc.evidence(a, b), "priority.table_column")


def _cells_under(ctx: Context, block: Block) -> list[Sentence]:
    """A plan on a page: under a heading naming the list, one line of cells set apart by runs of spaces
    ('Reducing reoffending     Tackling exploitation     Safer streets'), each cell an item; a cell
    wrapped onto the line below goes on there in lower case, in the same column."""
    lines = ctx.doc.lines
    n = block.end + 1
    while n <= len(lines) and not lines[n - 1].strip():
        n += 1
    if n > len(lines) or (first := split_line(n, lines[n - 1])).sep != "space" or len(first.cells) < 2:
        return []
    starts = [at for at, _ in first.cells]
    cells = [c for _, c in first.cells]
    end = n
    while end < len(lines) and (more := split_line(end + 1, lines[end])).sep == "space":
        below = align_to(starts, more)
        if not all(c[:1].islower() for c in below if c):
            break
        cells = [f"{c} {b}".strip() for c, b in zip(cells, below, strict=True)]
        end += 1
    if end < len(lines) and lines[end].strip():
        return []  # more lines follow: a table's header and rows, or prose
    if any(not c[:1].isupper() or len(c.split()) > 10 or c.endswith(".") or _header_word(c) for c in cells):
        return []
    quote = ctx.doc.raw(n, end)
    return [Sentence(c, quote, n, end) for c in cells]


def _pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _entry(text: str) -> bool:
    """A table entry that can be a priority: words, not a number, rating or date."""
    return (
        len(text) >= 6
        and len(re.findall(r"[A-Za-z]{3,}", text)) >= 2
        and not re.fullmatch(r"(?i)(?:high|medium|low|red|amber|green|yes|no|n/?a)\b.*", text)
    )


@cache
def _numbered_item() -> re.Pattern:
    singular = "|".join(w for w in _words("list_words").split("|") if not _plural(w))
    number = r"\d{1,2}(?:\.\d{1,2}){0,2}|[A-H]|[IVX]{1,4}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten"
    return re.compile(  # 'Outcome 1.2 Reduced violence': a sub-item's number is whole
        rf"^(?:(?P<qual>{_words('own_qualifiers')}|{_words('other_qualifiers')})\s+)?(?P<word>{singular})\s+(?P<n>{number})(?:\b|(?<=\d)(?-i:(?=[A-Z][a-z])))"  # 'Aim 1Tackle …': glued
        rf"\s*(?:[:.–—-]\s*)?(?P<text>.*)$",
        re.I,
    )


def numbered_items(ctx: Context) -> dict[tuple[str, str], list[tuple[str, int, int]]]:
    """(list word, number) -> the wordings written for it, with their lines ('Local Outcome 2 – X' gives
    ('outcome', '2'): [('X', n, n)]), read once per document."""
    got = ctx.memo.get(numbered_items)
    if got is not None:
        return got
    lines = ctx.doc.lines
    other = re.compile(rf"^(?:{_words('other_qualifiers')})$", re.I)
    found: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for n, line in enumerate(lines, 1):
        if len(line) > 300 or "\t" in line:
            continue
        m = _numbered_item().match(ITEM_MARK.sub("", clean(line)))
        if (
            not m
            or (m.group("qual") and other.match(m.group("qual")))
            or m.group("word").lower() == "priority"
        ):
            continue
        text, end = m.group("text").strip(), n
        if not text and n < len(lines) and lines[n].strip():  # 'Theme 3' with its words on the next line
            text, end = clean(lines[n]), n + 1
        elif text and n < len(lines) and re.match(r"\s*[a-z]", lines[n]) and len(lines[n]) < 200:
            text, end = f"{text} {clean(lines[n])}", n + 1  # '… growing and more' / 'people are in work'
        text = re.split(r":\s", text)[0]  # 'Safer streets: progress this year'
        if not text or len(text.split()) > 25 or text.endswith("."):
            continue
        if text := _item_text(text):
            found.setdefault((m.group("word").lower(), m.group("n").lower()), []).append((text, n, end))
    ctx.memo[numbered_items] = found
    return found


def numbered_headings(ctx: Context) -> list[tuple[str, int, int]]:
    """Every numbered item's (wording, first line, last line), the wording as the priority readers name it
    (:func:`_wording`), at each place it is written."""
    out = []
    for variants in numbered_items(ctx).values():
        text = _wording(variants)[0]
        out += [(text, start, end) for _, start, end in variants]
    return out


def numbered_name(ctx: Context, text: str) -> str | None:
    """What a reference by number at the start of ``text`` names in this document: 'Outcome 2, and …' ->
    the words of 'Local Outcome 2 – X'."""
    m = _numbered_item().match(text.strip())
    if not m or not re.match(r"\s*(?:[,;.)]|and\b|$)", m.string[m.end("n") :]):
        return None
    variants = numbered_items(ctx).get((m.group("word").lower(), m.group("n").lower()))
    if not variants:
        return None
    return _wording(variants)[0]


def _wording(variants: list[tuple[str, int, int]]) -> tuple[str, int, int]:
    """Of a numbered item written several times, the wording used most often, at its first place."""
    counts = Counter(t.lower() for t, _, _ in variants)
    return max(variants, key=lambda v: (counts[v[0].lower()], -v[1]))


def _numbered_lists(ctx: Context, owners: Owners) -> Iterator[Claim]:
    """'Local Outcome 2 – …', 'Strategic Objective B: …', 'Theme 3' with its words on the next line.
    A number written several times (a summary, then a section each) keeps the wording used most
    often, at its first place. ('Priority N' is read by :func:`ingest.extract.priorities.numbered`.)"""
    lines = ctx.doc.lines
    found = numbered_items(ctx)
    first: dict[str, int] = {}  # each word's first numbered line: the list's introduction is just above it
    last: dict[str, int] = {}  # and the first list's last line ('Outcome 1' … 'Outcome 4' one under another)
    for (word, _), variants in found.items():
        first[word] = min(first.get(word, len(lines)), *(v[1] for v in variants))
        last[word] = max(last.get(word, 0), min(v[2] for v in variants))
    for (word, _), variants in found.items():
        text, start, end = _wording(variants)
        intro = _sentence_before(ctx, first[word])
        # the plan the sentence names ('Our Strategic Plan 2021-24 has four objectives.')
        who = [(n, k) for n, k in owners.of(intro, first[word]) if k is Kind.PLAN] if intro else []
        theme = None if who else _theme_above(ctx, start, found)
        if theme:  # 'Thriving economy' over 'Outcome 1 - More jobs': the theme's outcome
            # under a page titled 'Priority theme 3', the heading names that theme: its outcomes are the page's
            page = [] if owners.fallback(theme[1]) else _numbered_title(ctx)
            yield from _claims(
                ctx, text, [(theme[0], Kind.PRIORITY), *page], ctx.doc.evidence(start, end), "priority.theme"
            )
            yield from _claims(
                ctx,
                theme[0],
                owners.fallback(theme[1]) or page,
                ctx.doc.evidence(*theme[1:]),
                "priority.theme",
            )
        else:
            yield from _claims(
                ctx,
                text,
                who or owners.fallback(start),
                ctx.doc.evidence(start, end),
                "priority.numbered_heading",
            )
        yield from _led(ctx, text, _these_led(ctx, last[word]))  # '… oversees delivery of these outcomes.'


CODED_LINE = re.compile(r"(?P<code>[A-Z]{2,5})(?P<n>\d{1,2})\s+(?P<text>[A-Z][^:]{10,250})")


def _coded_lines(ctx: Context, owners: Owners) -> Iterator[Claim]:
    """'SOA1 All children … succeed.' / 'SOA2 Residents are …' (page numbers may stand between): lines opened
    by one code numbered from 1 are a list of outcomes, of what the document spells the code out as ('Single
    Outcome Agreement (SOA)') and of the plan in force; a line wrapped in lower case goes on."""
    lines = [clean(x) for x in ctx.doc.lines]
    runs: dict[str, list[tuple[int, str, int, int]]] = {}
    for i, line in enumerate(lines):
        if (m := CODED_LINE.fullmatch(line)) and m.group("code") in ctx.definitions:
            end, text = i, m.group("text")
            if i + 1 < len(lines) and re.match(r"[a-z]", lines[i + 1]) and not text.endswith("."):
                end, text = i + 1, f"{text} {lines[i + 1]}"
            runs.setdefault(m.group("code"), []).append((int(m.group("n")), text, i + 1, end + 1))
    for code, items in runs.items():
        numbers = [n for n, *_ in items]
        if len(items) < 2 or numbers != list(range(1, len(items) + 1)):
            continue  # one list, numbered from 1 in turn: not codes cited here and there
        spelled = ctx.definitions[code]
        for _, text, start, end in items:
            if item := _item_text(text):
                who = [(spelled, Kind.PLAN), *owners.fallback(start)]
                yield from _claims(ctx, item, who, ctx.doc.evidence(start, end), "priority.coded_lines")


def _numbered_title(ctx: Context) -> list[tuple[str, Kind | None]]:
    """A page titled as a numbered theme or priority ('Priority theme 3'): what its themes belong to."""
    title = ctx.title or ""
    return [(title, Kind.PRIORITY)] if re.search(r"(?i)\b(?:theme|priority)\s+\d{1,2}$", title) else []


def _theme_above(ctx: Context, line: int, found: dict) -> tuple[str, int, int] | None:
    """(name, start, end) of the theme a numbered item stands under: the last short heading above it that
    stands right over a numbered item ('Thriving and vibrant economy' / 'Outcome 1 - …'), not itself a
    numbered item, a plan or a body."""
    numbered = {v[1] for variants in found.values() for v in variants}
    lists = re.compile(rf"\b(?:{_words('list_words')})\b", re.I)
    blocks = ctx.doc.blocks
    theme = None
    for b, nxt in itertools.pairwise(blocks):
        if b.start >= line:
            break
        if (
            nxt.start in numbered
            and b.start == b.end
            and b.start not in numbered
            and b.kind in ("heading", "paragraph")
            and 1 <= len(b.text.split()) <= 8
            and b.text[:1].isupper()
            and not re.search(r"[.:;,]$|\d", b.text)
            and (head_kind(b.text) is None or b.text.split()[-1].islower())  # 'A greener … borough'
            and not lists.search(b.text)  # 'Strategic Themes' over 'Theme 1: …': the list's own heading
        ):
            theme = (b.text, b.start, b.end)
    return theme


OUTLINE_SECTION = re.compile(r"^(?P<n>\d{1,2})\.?\s+(?P<text>[A-Z][^.:;]{2,100})$")


def _outline_sections(ctx: Context, owners: Owners) -> Iterator[Claim]:
    """A plan set out as a numbered outline: '1. Tackling drug misuse' over '1.1 Commission a service …',
    '2. Reducing reoffending' over '2.1 …': each section heading with sub-numbered lines is a priority."""
    if document_plan(ctx) is None:
        return  # (minutes number their items so too)
    lines = [clean(x) for x in ctx.doc.lines]
    sections = []
    for n, text in enumerate(lines, 1):
        m = OUTLINE_SECTION.match(text) if len(text) <= 110 else None
        if not m or len(m.group("text").split()) > 12:
            continue
        below = next((x for x in lines[n : n + 3] if x), "")
        if not re.match(rf"{m.group('n')}\.1\b", below):
            continue
        if _plural_list_word(
            m.group("text")
        ):  # '2. Our strategic priorities' over '2.1 Reducing violent crime'
            yield from _sub_sections(ctx, owners, lines, n, m.group("n"))
        else:
            sections.append((m.group("text").strip(), n))
    if len(sections) < 2 or any(_report_section().match(text) for text, _ in sections):
        return  # 'Purpose', 'Background', 'Recommendations': a report's own sections, not a plan's
    for text, n in sections:
        yield from _claims(ctx, text, owners.fallback(n), ctx.doc.evidence(n, n), "priority.outline_section")


def _sub_sections(ctx: Context, owners: Owners, lines: list[str], start: int, number: str) -> Iterator[Claim]:
    """Under a section naming the list ('2. Our strategic priorities'), its sub-sections' titles ('2.1
    Reducing violent crime' over its text), to the next section."""
    sub = re.compile(rf"^{number}\.\d{{1,2}}\.?\s+(?P<text>[A-Z][^.:;]{{2,100}})$")
    for n in range(start + 1, len(lines) + 1):
        text = lines[n - 1]
        if OUTLINE_SECTION.match(text) and not text.startswith(f"{number}."):
            break
        if (m := sub.match(text)) and len(m.group("text").split()) <= 12:
            ev = ctx.doc.evidence(n, n)
            yield from _claims(
                ctx, m.group("text").strip(), owners.fallback(n), ev, "priority.outline_section"
            )


@cache
def _report_section() -> re.Pattern:
    return re.compile(rf"(?i)(?:{_words('report_sections')})\b")


def _sentence_before(ctx: Context, line: int) -> str | None:
    """The sentence right before a list's first item when it introduces the list ('Our Strategic Plan
    2021-24 has four objectives.'), within the lines just above it."""
    for n in range(line - 1, max(0, line - 3), -1):
        text = clean(ctx.doc.lines[n - 1])
        if text:
            last = re.split(r"(?<=[a-z0-9)])[.:]\s+(?=[A-Z])", text)[-1]
            return last if _plural_list_word(last) and len(last) <= 300 else None
    return None


@cache
def _labelled_item() -> re.Pattern:
    singular = "|".join(w for w in _words("list_words").split("|") if not _plural(w))
    return re.compile(rf"^(?:(?:{_words('own_qualifiers')})\s+)?(?:{singular})\s*:\s*(?P<text>\S.*)$", re.I)


def _labelled_lists(ctx: Context, owners: Owners) -> Iterator[Claim]:
    """'Priority: Reducing violent crime' lines, each with its own fields ('Lead: …') under it: two or
    more in a document make a list."""
    found = []
    for n, line in enumerate(ctx.doc.lines, 1):
        m = _labelled_item().match(clean(line)) if len(line) <= 300 else None
        if m and (text := _item_text(m.group("text"))) and _entry(text):
            found.append((n, text))
    if len(found) >= 2:
        for n, text in found:
            yield from _claims(ctx, text, owners.fallback(n), ctx.doc.evidence(n, n), "priority.labelled")


def _cut_run_on(ctx: Context, s: Sentence, part: str) -> str:
    """The last item of a flattened bullet run ends with its line when the next line starts a sentence."""
    lines = ctx.doc.lines
    head = " ".join(part.split()[:2])
    for n in range(s.start, s.end + 1):
        line = clean(lines[n - 1])
        k = line.find(head)
        if k < 0:
            continue
        tail = line[k:]
        after = part[len(tail) :].strip()
        if part.startswith(tail) and after[:1].isupper() and n < s.end:
            return tail
        break
    return part


ROLE_OF_BODY = re.compile(
    r"^(?:(?:Vice[- ]|Deputy\s+)?Chair(?:man|person|woman)?|Leader|Members?)\s+of\s+(?:the\s+)?"
)


def issuer(ctx: Context, owners: Owners) -> Iterator[Claim]:
    """A title page naming a body and its plan ('Safer Westvale Partnership' over 'Community Safety Plan
    2021-24'): the body that issues the plan is responsible for it."""
    plan = document_plan(ctx)
    body = owners.title_body or (  # else the body named most, unless the plan's own name holds a body's
        owners.body() if plan and not re.search(rf"\b(?:{_words('body_heads')})\b", plan) else None
    )  # ('Probation Trust', named twice in the 'Westvale Community Safety Partnership Plan', issued no plan)
    body = body and ROLE_OF_BODY.sub("", body)  # 'Chair of Westby Strategic Partnership': the partnership
    if (
        not plan
        or not body
        or plan.lower().startswith(body.lower() + " ")
        and len(plan.split()) <= len(body.split()) + 1
    ):
        return
    lines = [clean(x) for x in ctx.doc.lines[:25]]
    at = [n for n, text in enumerate(lines, 1) if text and (text in plan or body in text)]
    if len(at) >= 1 and at[-1] - at[0] <= 8:
        ev = ctx.doc.evidence(at[0], at[-1])
        yield Claim(
            ctx.mention(body), Rel.RESPONSIBLE, ctx.mention(plan, Kind.PLAN), ev, "plan.issued_by", 0.6
        )


RELATIVE_END = re.compile(r"(?i)\b(?:who|whom|whose|which|that|where|when|if)\s*:$")


def priority_lists(ctx: Context) -> Iterator[Claim]:
    owners = Owners(ctx)
    blocks = ctx.doc.blocks
    yield from issuer(ctx, owners)
    yield from _column_lists(ctx, owners)
    yield from _pipe_lists(ctx, owners)
    yield from _aligned_lists(ctx, owners)
    yield from _numbered_lists(ctx, owners)
    yield from _coded_lines(ctx, owners)
    yield from _outline_sections(ctx, owners)
    yield from _labelled_lists(ctx, owners)
    for i, block in enumerate(blocks):
        if block.kind == "row":
            continue
        sentences = ctx.doc.sentences(block)
        if not sentences:
            continue
        last = sentences[-1]
        if len(sentences) > 1 and (
            not THESE_ARE.sub("", last.text).strip(" :") or _points_back(sentences[-2].text, last.text)
        ):
            # '… sets out three priorities. These are:', '… key areas had been identified … An update was given on
            # each of these four areas:': the sentence before is the introduction
            before = sentences[-2]
            last = Sentence(f"{before.text.rstrip('.')}:", before.raw, before.start, last.end)
        elif (
            len(sentences) == 1
            and i
            and blocks[i - 1].kind == "paragraph"
            and THESE_ARE.match(last.text)
            and not THESE_ARE.sub("", last.text).strip(" :")
            and (above := ctx.doc.sentences(blocks[i - 1]))
        ):  # '… draft the key areas where …' / 'They are:' alone: the paragraph above is the introduction
            last = Sentence(f"{above[-1].text.rstrip('.')}:", above[-1].raw, above[-1].start, last.end)
        # a list in layout after a heading or an introduction
        heading = _heading_like(block)
        # 'Key priorities' on the paragraph's last line, straight over a list: a heading without a blank line
        run_in = (
            last.start == last.end == block.end
            and len(last.text.split()) <= 6
            and not re.search(r"[.,;]$", last.text)
            and i + 1 < len(blocks)
            and blocks[i + 1].kind == "item"
        )
        if RELATIVE_END.search(last.text):
            continue  # '… will focus on individuals who:' over 'are isolated': what the people are, no priorities
        announced = heading or run_in or _announces().search(last.text)
        count = _count(last.text, spelled=not announced) if len(last.text) <= 400 else None
        if len(last.text) <= 400 and _plural_list_word(last.text) and (announced or count):
            intro = last
            items: list[Sentence | Block] = list(_following_items(blocks, i, count))
            if not announced and (len(items) != count or _list_goes_on(blocks, i + len(items))):
                items = []  # 'The partnership has three priorities.' then exactly three entries
            if not items and (heading or count) and i + 1 < len(blocks) and _handover(blocks[i + 1]):
                # '… the three Strategic Objectives of the Joint Committee.' / 'The link is outlined below:'
                items = list(_following_items(blocks, i + 1, count))
                if heading and items:
                    intro = ctx.doc.sentences(blocks[i + 1])[-1]
                elif items and len(items) != count:
                    items = []
            if not items and heading:
                items = (
                    list(_cell_table(ctx, block.end + 1))
                    or list(_cells_under(ctx, block))
                    or list(_headed_paragraphs(blocks, i, None))
                    or list(_lines_under(ctx, block))
                    or list(_term_paragraphs(blocks, i))
                )
            if not items and not heading:  # '… agreed the following priorities.' over headed paragraphs
                items = list(_headed_paragraphs(blocks, i, count))
            if not items and last.text.endswith(":"):
                items = list(_one_line_paragraphs(blocks, i))
            texts = [_item_text(_unlink(_first_line_title(ctx, item))) for item in items]
            if all(t and head_kind(t) is not None for t in texts):
                items = []  # '… sub-groups to take forward its objectives:' over bodies' names: no priorities
            if any((m := _numbered_item().match(clean(item.text))) and not m.group("text") for item in items):
                items = []  # 'Priority 1' alone over its words: the numbered readers' layout
            if len(items) >= 2:
                who = owners.of(intro.text, intro.start) or owners.of(last.text, last.start)
                who = who or owners.fallback(last.start)
                who += _this_plan_after(ctx, owners, items[-1].end)
                lead = _these_led(ctx, items[-1].end)
                for item, text in zip(items, texts, strict=True):
                    if text:
                        ev = ctx.ev(item)
                        yield from _claims(ctx, text, who, ev, "priority.list_layout")
                        yield from _led(ctx, text, lead)
                        yield from _nested_claims(ctx, blocks, item, text)
                sentences = sentences[:-1]  # the sentences before the introduction may hold lists too
        # a list inside the sentence
        if block.kind not in ("paragraph", "item"):
            continue
        for k, s in enumerate(sentences):
            if ordinal := _ordinal().match(
                s.text
            ):  # 'Our second priority is to tackle anti-social behaviour.'
                if item := _item_text(ordinal.group("item")):
                    who = owners.of(s.text, s.start) or owners.fallback(s.start)
                    yield from _claims(ctx, item, who, ctx.ev(s), "priority.ordinal")
                continue
            text = _enumerated(s.text)
            previous = sentences[k - 1].text if k else ""
            if THESE_ARE.match(text) and _plural_list_word(previous):
                # 'The partnership has three priorities. These are: a; b; and c.': the sentence before is the intro
                text = f"{previous.rstrip('.')}: {THESE_ARE.sub('', text)}"
            found = _inline(text)
            if not found:
                continue
            intro_text, parts = found
            if "•" in s.text:
                parts[-1] = _cut_run_on(ctx, s, parts[-1])
            who = (
                owners.of(intro_text, s.start)
                # 'These priorities include a, b and c': the owner the sentence before names with the list word
                or (
                    THESE_WORD.match(intro_text)
                    and _plural_list_word(previous)
                    and owners.of(previous, s.start)
                )
                or owners.fallback(s.start)
            )
            for part in parts:
                if text := _item_text(part):
                    yield from _claims(ctx, text, who, ctx.ev(s), "priority.inline_list")


def _first_line_title(ctx: Context, item: Sentence | Block) -> str:
    """'1. Reducing violence' with its description on the lines under it: the item is its first line."""
    if item.end == item.start:
        return item.text
    first, rest = clean(ITEM_MARK.sub("", ctx.doc.lines[item.start - 1])), clean(ctx.doc.lines[item.start])
    if (
        rest[:1].isupper()
        and len(first.split()) <= 12
        and not re.search(r"[.,;:]$|\b(?:and|or|of|the)$", first)
    ):
        return first
    return item.text


# 'These priorities', 'These key themes': an introduction pointing back at the sentence before
THESE_WORD = re.compile(r"\s*(?:These|Those)\s+(?:[\w-]+\s+)?\w+\s*$")
THESE_NOUN = re.compile(
    r"\bthese\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(\w+)\s*:\s*$", re.I
)


def _points_back(before: str, intro: str) -> bool:
    """'… key areas had been identified …' then '… on each of these four areas:': the list word of the sentence
    before, taken up again by 'these'."""
    if not (m := THESE_NOUN.search(intro)):
        return False
    noun = m.group(1).lower()
    return any(
        w.group(0).lower().split()[-1] == noun for w in _list_word().finditer(before)
    ) and _plural_list_word(before)


THESE_ARE = re.compile(  # "They are to:", "For the current year these were to tackle A, B and C"
    r"^(?:(?:For|In|During|Over)\s+(?:the\s+)?(?:(?:current|coming|next|this|last|past)\s+(?:year|period|quarter)"
    r"|(?:19|20)\d\d(?:[/-]\d{2,4})?),?\s+(?=[Tt]he(?:se|y)\b))?(?:These|They|these|they)\s+"
    r"(?:are|were|include)(?:\s+to(?:\s+(?:tackle|address|focus\s+on))?)?\s*:?\s*"
)
ENUMERATION = re.compile(
    r"\s*(?:\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)|(?<![\w/])\d{1,2}\))\s*"
)  # '(ii)', '(b)', '2)'


@cache
def _ordinal() -> re.Pattern:
    singular = "|".join(w for w in _words("list_words").split("|") if not _plural(w))
    return re.compile(
        rf"^(?:[A-Z][\w’'-]*\s+){{0,6}}?(?:first|second|third|fourth|fifth|sixth|seventh|final|last)\s+"
        rf"(?:key\s+|strategic\s+)?(?:{singular})\s+(?:is|will\s+be|remains|was)\s+(?:to\s+)?(?P<item>[a-z].{{2,200}}?)\.?$"
    )


def _enumerated(text: str) -> str:
    """'… agreed as (i) a, (ii) b and (iii) c', '…: 1) a; 2) b; and 3) c': the list after its first mark, marks
    as separators."""
    marks = list(ENUMERATION.finditer(text))
    if len(marks) < 2 or not _plural_list_word(text[: marks[0].start()]):
        return text
    items = [text[a.end() : b.start()].strip(" ,;") for a, b in zip(marks, marks[1:], strict=False)]
    items.append(text[marks[-1].end() :].strip(" ."))
    items = [re.sub(r"\s+(?:and|or)$", "", i) for i in items]
    return f"{text[: marks[0].start()].rstrip(' :')}: {'; '.join(items)}"


THESE_LED = re.compile(
    r"^(?:The\s+)?(?P<owner>[A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*)){0,8})\s+"
    r"(?:oversees|will\s+oversee|leads|will\s+lead|is\s+responsible\s+for|will\s+be\s+responsible\s+for|"
    r"delivers|will\s+deliver|monitors|will\s+monitor|owns)\s+(?:the\s+)?(?:delivery\s+of\s+|progress\s+(?:on|against)\s+)?"
    r"(?:these|the\s+above|each\s+of\s+these|all\s+of\s+these)\s+(?:\w+\s+)?(?:priorities|outcomes|themes|objectives|aims)\b"
)


def _these_led(ctx: Context, line: int) -> tuple[Mention, Evidence] | None:
    """'The Dalstow CPP Board oversees delivery of these outcomes.' right after a list: the body leads
    each of its items."""
    for b in ctx.doc.blocks:
        if b.start > line:
            s = ctx.doc.sentences(b)
            m = THESE_LED.match(s[0].text) if s else None
            if m and head_kind(m.group("owner")) is not None:
                name = tidy(m.group("owner"))
                return Mention(name, kind_of(name, Kind.GROUP)), ctx.ev(s[0])
            return None
    return None


def _led(ctx: Context, text: str, lead: tuple[Mention, Evidence] | None) -> Iterator[Claim]:
    """The body a sentence after the list names as leading its items leads this one."""
    if lead:
        priority = ctx.mention(text, Kind.PRIORITY, scope=ctx.name)
        yield Claim(lead[0], Rel.RESPONSIBLE, priority, lead[1], "priority.these_led_by", 0.7)


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
