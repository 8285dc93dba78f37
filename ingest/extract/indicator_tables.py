"""Indicator / performance tables and action-plan tables in any flattening, and indicator values in lines.

A table is found by its header row, recognised by the words of its cells (``ingest/data/tables.yaml``):
an indicator or action column, period and measure columns (baseline, quarters, year to date, "as at",
target, actual, previous year, change, % change), a RAG column, a lead/owner column and a partners
column. Rows may be flattened by tabs, ``|``, runs of two or more spaces (cells aligned by position),
HTML cells, one cell per line (a blank line between rows), or run together on one line separated by
single spaces (a PDF's text layer): the row is then its name words followed by one number per column.

Section rows ("Priority 2: …", a partnership or plan name in capitals) are the context of the rows below
them: each indicator or action is linked to it. Repeated headers are skipped; a row with an empty first
cell, or a lower-case line, continues the row before.

Lines such as ``Criminal Damage: Target 660, Actual 606``, lists of targets under a sentence naming
them (``Recorded Crime - Reduce by 22%``) and target phrases (``to reduce total crime by 16% by 2008``)
give indicators and values too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from ..blocks import MARK, MARK_OPENING, WRAPPED, clean, fold
from ..dates import periods as _period
from ..mentions import head_kind, part_type, people_in
from ..mentions import vocabulary as people_vocabulary
from ..model import Claim, Evidence, Kind, Mention, Observation, Rel
from ..names import (
    acronym_kinds,
    by_letter,
    data_file,
    is_acronym,
    kind_of,
    looks_like_person,
    org_words,
    post_heads,
    tidy,
)
from .context import Context, addressed_to, body_over_plan, plan_named_above, split_list
from .grants import RECIPIENT_HEADS, funder_head
from .people import titlecase
from .tables import action_plan, funding, objectives, split_owners
from .tables import tables as tab_tables

# ------------------------------------------------------------------ vocabulary


@cache
def vocab() -> dict:
    return data_file("tables.yaml")


@cache
def _column_words() -> list[tuple[str, str]]:
    """(word, column type), longest first."""
    pairs = [(str(w).lower(), t) for t, words in vocab()["columns"].items() for w in words]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _column_word_types() -> dict[str, str]:
    """:func:`_column_words` as a lookup (built once, not once per line run)."""
    return dict(_column_words())


@cache
def _column_words_by_first() -> dict[str, list[tuple[str, str]]]:
    """:func:`_column_words` by their first character, each list in the same order (longest first)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for word, t in _column_words():
        out.setdefault(word[:1], []).append((word, t))
    return out


@cache
def _period_re() -> re.Pattern:
    words = sorted((re.escape(str(w)) for w in vocab()["period_words"]), key=len, reverse=True)
    # a month written in full or cut short ('Sept', 'Mar'), never a word that starts like one ('MARAC')
    months = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    return re.compile(
        rf"(?<![a-z])(?:{'|'.join(words)})(?![a-z])|(?<!\d)(?:19|20)\d\d(?!\d)|(?<![a-z])(?:{months})(?![a-z])"
    )


def fold_cell(text: str) -> str:
    return clean(text).lower().strip(" :*")


def status_of(text: str) -> str | None:
    """A RAG cell's status code: 'G' -> green, 'On track' -> on-target; None if the cell says no status."""
    low = fold_cell(text).strip(".()")
    return vocab()["rag"].get(low)


def is_empty(text: str) -> bool:
    low = fold_cell(text)
    return not low or low in {str(w) for w in vocab()["empty_cells"]}


NUM = re.compile(
    r"^(?P<sign>[+\-−–])?\s*(?P<cur>£)?\s*(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)\s*(?P<mult>k|m|bn|million)?\s*(?P<pct>%|per ?cent)?(?:\s+(?P<unit>[A-Za-z][\w/ ]{0,24}))?$",
    re.I,
)


@lru_cache(maxsize=65536)
def number(text: str) -> tuple[float, str | None] | None:
    """'271,345 Visits' -> (271345.0, 'Visits'); '-2.2%' -> (-2.2, '%'); '£1.5m' -> (1500000.0, 'GBP')."""
    t = clean(text).strip(" *")
    t = re.sub(r"\s*\((?:approx|est|provisional|p)\.?\)$|\s+approx\.?$", "", t, flags=re.I)
    t = re.sub(r"\s+p\.\s?a\.?$", " per annum", t, flags=re.I)  # '500 p.a.'
    m = NUM.match(t)
    if not m or not re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+", m.group("num")):
        return None
    value = float(m.group("num").replace(",", ""))
    value *= {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9}.get((m.group("mult") or "").lower(), 1)
    if m.group("sign") and m.group("sign") != "+":
        value = -value
    unit = "GBP" if m.group("cur") else "%" if m.group("pct") else (m.group("unit") or "").strip() or None
    return value, unit


# ------------------------------------------------------------------ columns


@dataclass(frozen=True)
class Column:
    type: (
        str | None
    )  # name, code, action, target, actual, baseline, previous, change, pct_change, rag, owner, ...
    head: str  # the header cell as written
    period: str | None = None


# which way is better, noted after a measure's name: '(Minimise)', '(higher is better)'
POLARITY = re.compile(r"(?i)\s*\((?:minimi[sz]e|maximi[sz]e|(?:higher|lower|smaller|bigger) is better)\)")
VALUE_TYPES = {"target", "actual", "baseline", "previous"}
# a table run together on one line has at most this many header cells: a longer run of header-like
# tokens is no header, and the bound keeps the run-on reader linear on such a line
MAX_RUN_ON_COLUMNS = 16


def column(cell: str) -> Column:
    """A header cell's column type, and its period when it names one ('Q2 2019/20', 'Apr-July 2011')."""
    return _column(cell) if len(cell) <= 300 else _read_column(cell)


@lru_cache(maxsize=16384)
def _column(cell: str) -> Column:
    return _read_column(cell)


def _read_column(cell: str) -> Column:
    head = clean(cell)
    low = head.lower().strip(" :*")
    kind = None
    if len(low.split()) > 7 or re.search(r"[a-z]\.\s", low) or low.endswith("."):
        return Column(None, head)  # a header cell is a few words, not a sentence
    for word, t in _column_words_by_first().get(low[:1], ()):  # a word opens with the cell's first letter
        if low == word or (
            low.startswith(word)
            and not low[len(word)].isalnum()
            and not re.match(r"-[a-z]", low[len(word) :])
        ):  # 'Target' opens 'Target 2024', never 'Target-harden homes'
            if len(re.findall(r"\b[a-z]{2,}\b", low[len(word) :])) < 3:  # nor 'Target prolific offenders …'
                kind = t
            break
    period = head if _period_re().search(low) else None
    rest = _period_re().sub(" ", low)
    if period and len(re.findall(r"[a-z]{3,}", rest)) > 3:
        period = None  # 'To review the introduction (in October 2019) of charges' is no period
    if kind is None and period:  # '2011/12 target': the word after the period says what it holds
        after = " ".join(re.findall(r"[a-z]+", rest))
        kind = next((t for w, t in _column_words_by_first().get(after[:1], ()) if w == after), None)
        if kind is None and re.search(r"\b(?:target|baseline)\b", after):  # '2011-12 current target'
            kind = "target" if "target" in after else "baseline"
        kind = kind if kind in VALUE_TYPES else "actual"
    if kind == "actual" and period and any(w in low for w in vocab()["earlier_words"]):
        kind = "previous"
    if kind in ("previous",) and not period:
        period = head
    if kind not in VALUE_TYPES:
        period = None
    return Column(kind, head, period)


def header(cells: list[str]) -> list[Column] | None:
    """The columns of a header row, or None when the row is not a header of an indicator/action table."""
    if len(cells) < 2:
        return None
    cols = [column(c) for c in cells]
    if any(c.type in VALUE_TYPES | {"rag", "comparator"} for c in cols):
        # the local figure under the area's own name ('Westvale' beside 'England'): one proper noun alone
        cols = [
            Column("actual", c.head)
            if c.type is None and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", cell.strip())
            else c
            for c, cell in zip(cols, cells, strict=True)
        ]
    filled = [c for c, cell in zip(cols, cells, strict=True) if cell.strip()]
    if any(number(cell) and not _period_re().search(cell.lower()) for cell in cells if cell.strip()):
        return None
    typed = [c for c in filled if c.type]
    if len(typed) < max(2, (len(filled) * 2 + 2) // 3):
        return None
    types = {c.type for c in typed}
    has_item = bool(types & {"name", "action"})
    has_values = len([c for c in typed if c.type in VALUE_TYPES]) >= 1
    has_owner = "owner" in types or "partners" in types
    if has_item and (has_values or has_owner or "rag" in types):
        return cols
    if not has_item and len([c for c in typed if c.type in VALUE_TYPES]) >= 2 and cols[0].type is None:
        # 'Crime Type' unrecognised but the first column is the name column of a values table; under
        # 'Funding source' the rows are funders and their money (grants.py reads them)
        return None if funder_head(cells[0]) else [Column("name", cols[0].head), *cols[1:]]
    if not has_item and len([c for c in typed if c.type in VALUE_TYPES | {"rag"}]) >= 2:
        return [Column("name", ""), *cols]  # no cell over the names: 'Target  Actual  RAG'
    return None


# ------------------------------------------------------------------ lines into cells


@dataclass
class Line:
    n: int  # 1-based line number
    raw: str
    cells: list[tuple[int, str]] = field(default_factory=list)  # (start offset, cell text)
    sep: str = ""  # tab | pipe | html | space


HTML_CELL = re.compile(r"<t[dh]\b[^>]*>", re.I)
MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def split_line(n: int, raw: str) -> Line:
    line = Line(n, raw)
    if HTML_CELL.search(raw):
        parts = HTML_CELL.split(raw)[1:]
        line.cells = [(0, clean(p)) for p in parts]
        line.sep = "html"
    elif "\t" in raw:
        pos, cells = 0, []
        for part in raw.split("\t"):
            cells.append((pos, clean(part)))
            pos += len(part) + 1
        while cells and not cells[-1][1]:
            cells.pop()
        line.cells, line.sep = cells, "tab"
    elif raw.count("|") >= 2 or " | " in raw:
        text = raw.strip()
        if MD_RULE.match(text):
            line.sep = "rule"
            return line
        text = text.strip("|")
        line.cells = [(0, clean(p)) for p in text.split("|")]
        line.sep = "pipe"
    elif raw.count(" / ") >= 2 or raw.count(" / ") and raw.strip().startswith(("/ ", "/\t")):
        # cells set apart by ' / ' (a PDF's text layer marking its table's rules so): 'X / 6.3% / Comment'
        line.cells = [(0, clean(p)) for p in raw.strip().strip("/").split(" / ")]
        line.sep = "slash"
    elif re.search(r"\S {2,}\S", raw.strip()):
        line.cells = [(m.start(), clean(m.group(0))) for m in re.finditer(r"\S+(?: \S+)*", raw)]
        line.sep = "space"
    return line


# ------------------------------------------------------------------ facts from one table


@dataclass
class Row:
    start: int
    end: int
    cells: list[str]  # aligned to the header's columns


@dataclass
class Reader:
    """Turns rows under one header into indicators, actions, observations and owners."""

    ctx: Context
    cols: list[Column]
    plan: Mention | None
    method: str
    section: Mention | None = None

    @property
    def owner(self) -> Mention | None:
        """Whose indicators rows are outside any section of a table in no plan: the body the document's
        title names ('Kelby Safeguarding Adults Board' over 'Performance report, Quarter 3')."""
        return None if self.plan or not self.ctx.title_body else self.ctx.mention(self.ctx.title_body)

    def item_col(self) -> int:
        parent = self.parent_col()
        for t in ("name", "action"):
            for i, c in enumerate(self.cols):
                if c.type == t and i != parent:
                    return i
        return 0

    def parent_col(self) -> int | None:
        """'Objective | Action | Lead': the first of two item columns, when its head names what the actions
        serve (an objective, priority or outcome); its cell holds for the rows below it left blank."""
        items = [i for i, c in enumerate(self.cols) if c.type == "action"]
        if len(items) >= 2 and PARENT_HEADS.fullmatch(self.cols[items[0]].head.strip().lower()):
            return items[0]
        return None

    def facts(self, row: Row):
        ctx, cols = self.ctx, self.cols
        cells = row.cells + [""] * (len(cols) - len(row.cells))
        at = self.item_col()
        text = cells[at]
        if not text or number(text) or status_of(text) or (cols[at].type == "name" and _names_person(text)):
            return  # an attendance record's rows are people, not indicators
        code = None
        code_at = next((i for i, c in enumerate(cols) if c.type == "code"), None)
        if code_at is not None and cells[code_at] and len(cells[code_at]) <= 16:
            code = cells[code_at]
        if CODE_ONLY.fullmatch(text):  # 'KPI | Description': the first name column holds codes
            described = next(
                (
                    cells[i]
                    for i, c in enumerate(cols)
                    if i != at and c.type == "name" and i < len(cells) and cells[i]
                ),
                None,
            )
            if described:
                code, text = text, described
        m = CODE_PREFIX.match(text)
        if m and not code:
            code, text = m.group("code"), m.group("name")
        name = re.split(r"(?<=[a-z)])\.\s", text)[0][:160]
        name = tidy(POLARITY.sub("", name))
        if not name or len(name) < 2:
            return
        kind = Kind.INDICATOR if cols[at].type == "name" else Kind.ACTION
        if kind is Kind.ACTION and any(c.type in VALUE_TYPES for c in cols) and not _has_owner(cols):
            kind = Kind.INDICATOR
        item = ctx.mention(name, kind, code=code, scope=ctx.name)
        ev = ctx.doc.evidence(row.start, row.end)
        parent = self.parent_col()
        if parent is not None and (above := tidy(cells[parent])):
            self.section = ctx.mention(above, Kind.PRIORITY, scope=ctx.name)  # the rows below share it
            if self.plan:
                yield Claim(self.section, Rel.PRIORITY_OF, self.plan, ev, f"{self.method}.parent", 0.7)
        if self.section:
            rel = Rel.INDICATOR_OF if kind is Kind.INDICATOR else Rel.PART_OF
            yield Claim(item, rel, self.section, ev, f"{self.method}.section", 0.8)
        elif kind is Kind.INDICATOR and (owner := self.owner):
            yield Claim(item, Rel.INDICATOR_OF, owner, ev, f"{self.method}.owner", 0.6)
        if self.plan:
            yield Claim(item, Rel.PART_OF, self.plan, ev, f"{self.method}.plan", 0.7)
        row_period = next(  # 'Period | 2020-22': the period this row's figures are for
            (cells[i] for i, c in enumerate(cols) if c.type == "row_period" and i < len(cells) and cells[i]),
            None,
        )
        for cell in cells[len(cols) :]:  # a RAG cell the header has no column for (see _align)
            if st := status_of(cell):
                yield Observation(item, "status", ev, f"{self.method}.rag", status=st, text=cell)
        for i, col in enumerate(cols):
            if i == at or i >= len(cells) or is_empty(cells[i]):
                continue
            cell = cells[i]
            # 'Progress | Amber': a comment column holding a colour alone ('On track.' there is commentary)
            short = len(cell.split()) <= 3 and status_of(cell) in {"red", "amber", "green"}
            if col.type == "rag" or (
                col.type not in ("owner", "partners", "timescale")  # 'Ongoing' by when is no rating
                and status_of(cell)
                and (col.type != "comment" or short)
            ):
                words = cell.split()  # 'Close to target Better': a status run into the next aligned cell
                st = (
                    status_of(cell)
                    or col.type == "rag"
                    and next(
                        (
                            got
                            for k in (3, 2, 1)
                            if k < len(words) and (got := status_of(" ".join(words[:k])))
                        ),
                        None,
                    )
                )
                if st:
                    yield Observation(item, "status", ev, f"{self.method}.rag", status=st, text=cell)
                continue
            if col.type in VALUE_TYPES:
                parsed = number(cell)
                if not parsed:
                    continue
                # an earlier period compared with (previous year) is the row's baseline, not its latest actual
                measure = "baseline" if col.type == "previous" else col.type
                period = col.period or (row_period if measure == "actual" else None)
                yield Observation(
                    item,
                    measure,
                    ev,
                    f"{self.method}.{col.type}",
                    period=period,
                    value=parsed[0],
                    unit=parsed[1],
                    text=cell,
                )
            elif col.type == "comment" and not any(c.type == "target" for c in cols):
                # '… it is still within the target 12.5%': a target the commentary states, no column for it
                if (stated := STATED_TARGET.search(cell)) and (v := number(stated.group("v"))):
                    yield Observation(
                        item, "target", ev, f"{self.method}.comment_target", value=v[0], unit=v[1]
                    )
            elif col.type in ("owner", "partners"):
                rel = Rel.RESPONSIBLE if col.type == "owner" else Rel.CONTRIBUTES
                # 'Priority | Lead | What we will do': a lead left of the row's item leads the priority
                owned = self.section if parent is not None and parent < i < at and self.section else item
                parts = [p for p in OWNER_SPLIT.split(_protect_and(cell)) if p.strip()]
                for owner, okind in split_owners(ctx, [p.replace("\x00", "and") for p in parts]):
                    if len(owner) < 2 or owner.lower() in {"all", "all partners", "tbc", "n/a"}:
                        continue
                    scope = ctx.council if okind is Kind.POST else None
                    yield Claim(
                        ctx.mention(owner, okind, scope=scope), rel, owned, ev, f"{self.method}.{col.type}"
                    )


OWNER_SPLIT = re.compile(r"\s*(?:;|/|&|,|\band\b|\n)\s*")


def _protect_and(cell: str) -> str:
    """'Fire and Rescue Service' kept whole when a cell of owners is split at 'and'."""
    for phrase in _and_names():
        if phrase in cell.lower():
            cell = re.sub(
                re.escape(phrase), lambda m: m.group(0).replace(" and ", " \x00 "), cell, flags=re.I
            )
    return cell


@cache
def _and_names() -> tuple[str, ...]:
    return tuple(e.lower() for e in people_vocabulary()["org_endings"] if " and " in e)


CODE_ONLY = re.compile(r"[A-Z]{1,6}[ -]?\d{1,4}(?:\.\d{1,3})*[a-z]?")


def _names_person(text: str) -> bool:
    found = people_in(text)
    return bool(found) and found[0].start == 0


PARENT_HEADS = re.compile(
    r"(?:strategic\s+)?(?:objective|objectives|priority|priorities|priority areas?|outcomes?|aims?|themes?|goals?)"
)


def _has_owner(cols: list[Column]) -> bool:
    return any(c.type in ("owner", "partners") for c in cols)


CODE_PREFIX = re.compile(
    r"^(?P<code>(?:[A-Z]{1,6}[ -]?\d{1,4}(?:\.\d{1,3})*[a-z]?|\d{1,2}(?:\.\d{1,3})+))\s*[-–:.)]?\s+(?P<name>[A-Za-z(].+)$"
)


@cache
def _section_re() -> re.Pattern:
    words = sorted((re.escape(w) for w in vocab()["section_words"]), key=len, reverse=True)
    return re.compile(
        rf"^(?:[A-Z][\w'’-]{{1,20}}\s+){{0,2}}?(?P<word>{'|'.join(words)})\s*(?P<num>\d{{1,2}}[a-z]?|[A-Z]\b|[ivx]{{1,4}}\b)?"
        # 'Priority 2: Reduce reoffending'; 'Priority 1 Fairer Westby', 'Objective Improve local housing' with none
        rf"(?:\s*[:.\-–]\s*|(?<=\d)\s+(?=(?-i:[A-Z]))|\s+(?=(?-i:[A-Z][a-z]+(?:\s+[a-z]+){{2}})))(?P<name>\S.{{2,150}})$",
        re.I,
    )


def _group_cell(cols: list[Column], line: Line) -> str | None:
    """'Outcome / Measure / 6.3% / Comment' under 'Measure / Value / Comment': a first cell the header has
    no column for, naming what the row's measure serves (its value where the header's value column is)."""
    cells = [c for _, c in line.cells]
    value = next((i for i, c in enumerate(cols) if c.type in VALUE_TYPES), None)
    if (
        line.sep in ("slash", "pipe")
        and len(cells) == len(cols) + 1
        and value is not None
        and number(cells[value + 1])
        and not number(cells[value])
        and 2 <= len(cells[0].split()) <= 30
    ):
        return tidy(cells[0])
    return None


def _title_row(ctx: Context, text: str, lines: list[Line], n: int) -> Mention | None:
    """A short title alone on its line between a table's rows ('Supporting children and young people'),
    the next line a row again: the theme the rows below it serve."""
    below = next((x for x in lines[n : n + 2] if x.raw.strip()), None)
    if below is None or len([c for _, c in below.cells if c]) < 2 or not _short_title(text.rstrip(" «»")):
        return None
    return ctx.mention(tidy(text), Kind.PRIORITY, scope=ctx.name)


def _short_title(text: str) -> bool:
    """Two to eight words opened by a capital, no sentence's or label's punctuation closing them, no figure."""
    return (
        2 <= len(text.split()) <= 8
        and text[:1].isupper()
        and not text.endswith((".", ":", ";", ","))
        and not number(text)
    )


def _heading_over(ctx: Context, lines: list[str], at: int) -> Mention | None:
    """A table's heading: a short title standing alone (blank lines round it) just above the table's header
    at line index ``at`` ('Housing and Leisure Services' over 'Performance indicator / 2011-12
    target / …'), in a document with no plan to hold the rows: what the rows below it are of."""
    if at < 2 or lines[at - 1] or not (text := lines[at - 2]) or (at > 2 and lines[at - 3]):
        return None
    if not _short_title(text) or text.endswith("?") or header([text]) or re.search(r"\d", text):
        return None
    return ctx.mention(tidy(text), Kind.PRIORITY, scope=ctx.name)


def section_of(ctx: Context, text: str) -> Mention | None:
    """A row that heads the rows below it: 'Priority 2: Reduce reoffending', 'SAFER EXAMPLETON PARTNERSHIP'."""
    text = fold(text)
    if not text or number(text) or len(text) > 160:
        return None
    m = _section_re().match(text)
    if m:
        word = m.group("word")
        kind = Kind.PLAN if vocab()["section_words"][word.lower()] == "plan" else Kind.PRIORITY
        code = f"{word.title()} {m.group('num')}" if m.group("num") else None
        name = m.group("name")
        if " / " in name:  # 'Improve growthPerformance Indicator / 2012/13 / …': a table's header glued on
            name = re.split(r"(?<=[a-z])(?=[A-Z])", name.split(" / ")[0])[0]
        return ctx.mention(name, kind, code=code, scope=ctx.name)
    letters = re.sub(r"[^A-Za-z]", "", text)
    if letters and letters.isupper() and 1 <= len(text.split()) <= 12:
        name = titlecase(text)
        kind = kind_of(name, Kind.PRIORITY)
        return ctx.mention(name, kind, scope=ctx.name if kind is Kind.PRIORITY else None)
    return None


# ------------------------------------------------------------------ tables in lines


def _align(cols: list[Column], head: Line, line: Line) -> list[str]:
    """A data line's cells under the header's columns."""
    if line.sep != "space" or head.sep != "space":
        cells = [c for _, c in line.cells]
        if len(cells) == len(cols) + 1 and line.sep == "tab":
            extra = next(  # a RAG cell the header gave no column: the cells after it move left
                (i for i in range(1, len(cols)) if status_of(cells[i]) and cols[i].type != "rag"), None
            )
            if extra is not None and not any(c.type == "rag" for c in cols):
                return [*cells[:extra], *cells[extra + 1 :], cells[extra]]
            cells = cells[: len(cols)]
        return cells
    out = align_to([s for s, _ in head.cells], line)
    if len(line.cells) == len(cols) and sum(1 for x in out if x) < len(line.cells):
        return [c for _, c in line.cells]  # cells set apart by two spaces, not padded: one a column, in order
    return out + [""] * (len(cols) - len(out))


def align_to(starts: list[int], line: Line) -> list[str]:
    """A line's space-aligned cells under the columns that begin at ``starts`` (a header's cells): each
    cell goes to the column it overlaps most, or else lies nearest."""
    out = [""] * len(starts)
    for s, cell in line.cells:
        end = s + len(cell)
        best, score = 0, -1e9
        for i, hs in enumerate(starts):
            he = starts[i + 1] if i + 1 < len(starts) else 10**6
            overlap = min(end, he) - max(s, hs)
            score_i = overlap if overlap > 0 else -min(abs(s - hs), abs(end - he))
            if score_i > score:
                best, score = i, score_i
        out[best] = f"{out[best]} {cell}".strip()
    return out


FIRM_HEADS = frozenset(
    {"name", "action", "owner", "target", "rag", "code", "baseline", "timescale", "partners"}
)


def _firm_header(cells: list[str]) -> bool:
    """A header by its words: its first cell names the items, or two cells are header words (not only
    periods or place names, which data rows hold too)."""
    firm = [column(c).type in FIRM_HEADS for c in cells if c.strip()]
    return bool(firm) and firm[0] or sum(firm) >= 2


def _plan(ctx: Context) -> Mention | None:
    blocks = ctx.doc.blocks[:15]
    for k, b in enumerate(blocks):
        if b.kind == "heading" and re.search(r"\b(?:Plan|Strategy|Programme)\b", b.text, re.I):
            title = ctx.title or ""  # 'SAFER X' over 'Partnership Plan 2011-14': the title joins them
            if title.lower().endswith(b.text.lower()) and len(title) > len(b.text):
                return ctx.mention(title, Kind.PLAN)
            above = blocks[k - 1] if k and blocks[k - 1].end == b.start - 1 else None
            whole = body_over_plan(above.text, b.text) if above else None  # 'X Partnership' over it
            return ctx.mention(whole or titlecase(b.text), Kind.PLAN)
    return None


def _plan_in_prose(ctx: Context, line: int) -> Mention | None:
    """The plan or strategy named in the prose just above ``line``."""
    name = plan_named_above(ctx, line)
    return ctx.mention(name, Kind.PLAN) if name else None


def _caption(ctx: Context, line: int) -> Mention | None:
    """The body or plan a table's caption names, in the few lines above its header
    ('Safer Exampleton Partnership – performance 2023/24', 'CHILDREN'S PARTNERSHIP SCORECARD'), or the
    section the line just above it opens ('Priority 1: Keeping children safe')."""
    above = next((fold(x) for x in ctx.doc.lines[max(0, line - 3) : line - 1][::-1] if x.strip()), "")
    if _section_re().match(above):
        return section_of(ctx, above)
    for b in reversed(ctx.doc.blocks):
        if b.end >= line:
            continue
        if line - b.end > 4 or b.kind == "row":
            return None
        if b.kind not in ("heading", "paragraph") or b.start != b.end or b.text.endswith("."):
            continue
        head = re.split(r"\s+[–—-]\s+|:\s+", b.text)[0]
        name = titlecase(head) if head.isupper() else head
        kind = kind_of(name, Kind.PRIORITY)
        if (
            kind in (Kind.PARTNERSHIP, Kind.GROUP, Kind.PLAN)
            and len(name.split()) <= 10
            and not addressed_to(name)
        ):
            return ctx.mention(name, kind)  # not 'Update to the X Panel': the body the paper is for
        if kind is Kind.PRIORITY and _theme_heading(name) and not _section_above(ctx, line - 1, reach=30):
            return ctx.mention(name, Kind.PRIORITY, scope=ctx.name)  # 'Our Economy' over its table: its theme
        return None
    return None


NOT_THEME = re.compile(
    r"(?i)\b(?:table|appendix|annex|figure|chart|key|summary|overview|contents|page|quarter|q[1-4]|minutes|agenda|notes|item|public|how|what|we|will)\b"
)


def _theme_heading(name: str) -> bool:
    """A theme's short heading ('Our Economy', 'Cleaner, Greener Streets'), not a report's or a table's
    ('Key Performance Indicators', 'Table 2', 'Quarter 2 summary')."""
    words = name.split()
    return (
        1 <= len(words) <= 8
        and name[:1].isupper()
        and not re.search(r"\d|[:;?!]", name)
        and not NOT_THEME.search(name)
        and not any(w.lower().strip(",") in vocab()["report_words"]["title"] for w in words)
    )


def line_tables(ctx: Context):
    """Tables whose rows are lines (tabs, pipes, HTML cells, aligned columns)."""
    taken: set[int] = set()
    for t in tab_tables(ctx.doc.blocks):  # tables the readers of tables.py read something from
        if t.kind == "performance":
            continue  # performance tables are this module's own
        handler = {"action": action_plan, "objective": objectives, "funding": funding}
        if any(f.method != "table.action_plan.objective" for f in handler[t.kind](ctx, t)):
            for b in t.rows:
                taken.update(range(b.start, b.end + 1))
    lines = [split_line(i + 1, raw) for i, raw in enumerate(ctx.doc.lines)]
    plan = _plan(ctx)
    reader: Reader | None = None
    head: Line | None = None
    pending: Row | None = None
    gap = 0
    for line in lines:
        if line.n in taken:
            continue
        if line.sep == "rule":
            continue
        cells = [c for _, c in line.cells]
        cols = header(cells) if len(cells) >= 2 else None
        if cols and reader is not None and not _firm_header(cells):
            cols = None  # inside a table, a row of names and dates ('Reduce burglary … June 2012') is a row
        if cols:
            if reader and head and [c.head for c in cols] == [c.head for c in reader.cols]:
                continue  # a repeated header (page break)
            if pending and reader:
                yield from reader.facts(pending)
            if len(cols) > len(line.cells):  # a name column with no header cell
                line = Line(line.n, line.raw, [(0, ""), *line.cells], line.sep)
            reader, head, pending, gap = Reader(ctx, cols, plan, "table.indicator"), line, None, 0
            reader.section = _caption(ctx, line.n) or _section_above(ctx, line.n - 1, reach=30)
            continue
        if reader is None:
            continue
        text = clean(line.raw)
        if not text:
            gap += 1
            if gap > 3 and pending:
                yield from reader.facts(pending)
                pending, reader = None, None
            continue
        after_blank, gap = gap > 0, 0
        filled = [c for c in cells if c]
        if (
            len(filled) >= 2
            and all("£" in c for c in filled[1:])
            and head
            and RECIPIENT_HEADS.match(clean(head.raw))
        ):
            continue  # 'Organisation | 2023/24' over 'Westby Scouts | £200': a grant table, the funding readers'
        if len(filled) >= 2:
            if (group := _group_cell(reader.cols, line)) is not None:
                if pending:  # the row before is whole: its own group holds for it
                    yield from reader.facts(pending)
                    pending = None
                reader.section = ctx.mention(group, Kind.PRIORITY, scope=ctx.name)
                line = Line(line.n, line.raw, line.cells[1:], line.sep)
            aligned = _align(reader.cols, head, line)
            at = reader.item_col()
            code = next((i for i, c in enumerate(reader.cols) if c.type == "code"), None)
            if (
                pending
                and (
                    at >= len(aligned)
                    or not aligned[at]
                    or line.sep == "space"  # an aligned line going on in lower case: the wrapped row's rest
                    and (not aligned[0] or at == 0)
                    and pending.cells[0]
                    and (aligned[at][:1].islower() or WRAPPED.search(pending.cells[at]) is not None)
                    or code is not None
                    and pending.cells[code]
                    and code < len(aligned)
                    and not aligned[code]
                )
            ):  # continues the row before (its item wrapped, or no code of its own where rows have codes)
                for i, c in enumerate(aligned):
                    if c and i < len(pending.cells):
                        pending.cells[i] = f"{pending.cells[i]} {c}".strip()
                pending.end = line.n
                continue
            if pending:
                yield from reader.facts(pending)
            pending = Row(line.n, line.n, aligned)
            continue
        # one cell: a section row, a wrapped name, or the end of the table
        if len(filled) == 1:
            text = filled[0]
        if (sec := section_of(ctx, text)) or (
            head.sep in ("slash", "pipe") and (sec := _title_row(ctx, text, lines, line.n))
        ):
            if pending:
                yield from reader.facts(pending)
                pending = None
            reader.section = sec
            continue
        at = reader.item_col()
        under_item = (  # an aligned table's item wrapped onto a line of its own, under the item's column
            head is not None
            and head.sep == "space"
            and not line.cells
            and at < len(head.cells)
            and abs(len(line.raw) - len(line.raw.lstrip()) - head.cells[at][0]) <= 2
        )
        comment = next((i for i, c in enumerate(reader.cols) if c.type == "comment"), None)
        if (
            pending
            and not after_blank
            and comment == len(reader.cols) - 1 < len(pending.cells)
            and pending.cells[comment]
            and not pending.cells[comment].rstrip(" «»").endswith(".")
        ):  # the last cell, commentary, broken off mid-sentence: its words go on here
            pending.cells[comment] = f"{pending.cells[comment]} {text}".strip()
            pending.end = line.n
            continue
        if (
            pending
            and not after_blank
            and (text[:1].islower() or len(text.split()) <= 3 and not text.endswith(".") or under_item)
        ):
            pending.cells[at] = f"{pending.cells[at]} {text}".strip()
            pending.end = line.n
            continue
        if pending and comment is not None and comment < len(pending.cells) and len(text) > 40:
            pending.cells[comment] = (
                f"{pending.cells[comment]} {text}".strip()
            )  # the row's commentary goes on
            pending.end = line.n
            continue
        if pending:
            yield from reader.facts(pending)
        pending, reader = None, None
    if pending and reader:
        yield from reader.facts(pending)


def cell_per_line_tables(ctx: Context):
    """Tables flattened one cell per line: a header of N lines, then rows of N lines with blanks between."""
    lines = ctx.clean_lines
    plan = _plan(ctx)
    i, n = 0, len(lines)
    while i < n:
        if not lines[i] or (i and lines[i - 1]):
            i += 1
            continue
        j = i
        while j < n and lines[j]:
            j += 1
        group = lines[i:j]
        width = _packed_width(group) if "\t" not in ctx.doc.lines[i] else None
        cols = header(group) if not width and 3 <= len(group) <= 12 and "\t" not in ctx.doc.lines[i] else None
        typed = None if width or "\t" in ctx.doc.lines[i] else _typed_width(group)
        if width or typed:  # the header's cells then each row's, no blanks
            size = width or typed or 0
            reader = Reader(
                ctx,
                header(group[:size]) or [column(c) for c in group[:size]],
                plan,
                "table.cell_per_line",
                None if plan else _heading_over(ctx, lines, i),
            )
            for k in range(i + size, j - size + 1, size):
                cells = lines[k : k + size]
                if typed and (number(cells[0]) or not all(number(c) or is_empty(c) for c in cells[1:])):
                    break  # the rows end where a row no longer fits the columns
                yield from reader.facts(Row(k + 1, k + size, cells))
            i = j
            continue
        if not cols:
            i = j
            continue
        reader = Reader(
            ctx, cols, plan, "table.cell_per_line", None if plan else _heading_over(ctx, lines, i)
        )
        k = j
        while k < n:
            while k < n and not lines[k]:
                k += 1
            e = k
            while e < n and lines[e]:
                e += 1
            cells = lines[k:e]
            if not cells:
                break
            if len(cells) == 1 and (sec := section_of(ctx, cells[0])):
                reader.section = sec
                k = e
                continue
            if header(cells) and _firm_header(cells):  # a repeated header; not a row of names and dates
                k = e
                continue
            if len(cells) != len(cols):
                break
            yield from reader.facts(Row(k + 1, e, cells))
            k = e
        i = max(k, j)


def cell_per_paragraph_tables(ctx: Context):
    """Tables a web page gave one cell a paragraph, a blank line after every cell ('Indicator' / '' /
    'Performance up to Quarter 3' / '' / 'Target' / '' / 'New homes built' / '' / '209' / …): a header of N
    cells typed as columns, then rows of N cells while a row's first cell is a name and the rest values."""
    lines = ctx.clean_lines
    plan = _plan(ctx)
    single = [
        k
        for k, t in enumerate(lines)
        if t and not (k and lines[k - 1]) and not (k + 1 < len(lines) and lines[k + 1])
    ]
    runs: list[list[int]] = []  # single-line paragraphs with only blank lines between them
    for k in single:
        if runs and all(not lines[m] for m in range(runs[-1][-1] + 1, k)):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        texts = [lines[k] for k in run]
        start = 0
        while start + 9 <= len(texts):
            if not (width := _typed_width(texts[start:])):
                start += 1
                continue
            cols = [column(c) for c in texts[start : start + width]]
            reader = Reader(
                ctx,
                cols,
                plan,
                "table.cell_per_paragraph",
                None if plan else _heading_over(ctx, lines, run[start]),
            )
            k = start + width
            while k + width <= len(texts) and _fits(texts[k : k + width]):
                yield from reader.facts(Row(run[k] + 1, run[k + width - 1] + 1, texts[k : k + width]))
                k += width
            start = k


def _fits(row: list[str]) -> bool:
    """A row under typed value columns: a name first, then values (a figure, a blank or a short note: 'NA')."""
    values = row[1:]
    return (
        not number(row[0])
        and any(number(c) or re.match(r"[-+]?£?\d", c) for c in values)  # ('92 (5)': a figure and a note)
        and all(number(c) or is_empty(c) or len(c.split()) <= 4 for c in values)
    )


PIPED = re.compile(r"^(?P<cell>\S.*?)\s+\|\s*$")  # 'Number of visits. |': a table's cell on a line of its own
VALUE_CELL = re.compile(
    r"(?i)^(?:(?:an?\s+)?(?:additional|up\s+to|at\s+least|over|under|around)\s+)?[<>≤≥~]?\s*£?\d[\d,.]*\s*%?(?:\s+\S+){0,5}$"
    r"|^.{0,40}\b(?:is|was|of)\s+£?\d[\d,.]*\s*%?$"  # 'LGBF * Scotland Value is 41%'
)


def _value_cell(cell: str) -> bool:
    return bool(VALUE_CELL.match(cell)) or is_empty(cell)


def _values_close(cells: list[str], k: int) -> bool:
    """The last ``k`` cells are values and the one before them is not: a measure and its values."""
    return not _value_cell(cells[-k - 1]) and all(_value_cell(c) for c in cells[-k:])


def _run_header(text: str) -> list[Column] | None:
    """A header written as one line of column words with single spaces ('We will... Success measure
    Baseline Target'): the columns of the words found, in order."""
    low, found, at = text.lower(), [], 0
    words = [w for w, _ in _column_words()]  # longest first
    while at < len(low):
        hit = next(
            (w for w in words if low.startswith(w, at) and re.match(r"\W|$", low[at + len(w) :])), None
        )
        if hit and (at == 0 or not low[at - 1].isalnum()):
            found.append(text[at : at + len(hit)])
            at += len(hit)
        else:
            at += 1
    return header(found) if len(found) >= 2 else None


def piped_tables(ctx: Context):
    """A table a web page gave one cell a line, each cell closed by ' |', under a header line of column
    words ('Success measure Baseline Target'): a measure's cell then one cell for each value column."""
    lines = ctx.doc.lines
    if sum(1 for x in lines if x.endswith(" |") or x.endswith(" | ")) < 4:
        return
    cols: list[Column] = []
    reader: Reader | None = None
    run: list[tuple[int, str]] = []  # (line, cell) of piped cells waiting for their row
    section = None  # 'Our Priority - X' above the table or between its rows
    read = False  # rows read since the last section line
    for n, raw in enumerate(lines, 1):
        text = clean(raw)
        m = PIPED.match(raw.strip() + " ") if raw.rstrip().endswith("|") else None
        if not text and read and reader:
            section = reader.section = None  # a break after rows: the page's next heading was not kept
            continue
        if not m:
            spaced = re.split(r"\s{2,}", raw.strip())  # a row of the same table set apart by spaces
            values = [c.type for c in cols if c.type in VALUE_TYPES]
            if sec := section_of(ctx, text):
                section, read = sec, False
                if reader:
                    reader.section = sec
            elif (head := _run_header(text)) if len(text) <= 120 else None:
                cols = [c for c in head if c.type in VALUE_TYPES or c.type == "name"]
                reader = Reader(ctx, cols, _plan(ctx), "table.piped", section)
            elif reader and values and len(spaced) > len(values) and _values_close(spaced, len(values)):
                yield from reader.facts(Row(n, n, [clean(c) for c in spaced[-len(values) - 1 :]]))
                read = True
            continue
        run.append((n, clean(m.group("cell"))))
        values = [c.type for c in cols if c.type in VALUE_TYPES]
        tail = run[-(len(values) + 1) :]
        if (
            reader
            and values
            and len(tail) == len(values) + 1
            and _values_close([c for _, c in tail], len(values))
        ):
            yield from reader.facts(Row(tail[0][0], tail[-1][0], [cell for _, cell in tail]))
            run, read = [], True


def _typed_width(group: list[str]) -> int | None:
    """A table written one cell per line with no blank between rows, its header cells typed as columns but
    not all bare column words ('Performance indicator' / '2010-11 end of year' / '2011-12 current target'):
    the number of header lines, when at least two rows after them fill every value column with figures."""
    for width in range(3, min(7, len(group) // 3 + 1)):
        cols = [column(c) for c in group[:width]]
        if cols[0].type != "name" or not all(c.type in VALUE_TYPES for c in cols[1:]):
            continue
        rows = [group[k : k + width] for k in range(width, len(group) - width + 1, width)]
        full = 0
        for row in rows:
            if number(row[0]) or not all(number(c) or is_empty(c) for c in row[1:]):
                break
            full += 1
        if full >= 2:
            return width
    return None


def _packed_width(group: list[str]) -> int | None:
    """A table written one cell per line with no blank between rows: the number of header lines (each
    exactly a column word, an item column first) when the lines after them come in rows of that many."""
    known = _column_word_types()
    for width in range(2, min(7, len(group) // 2 + 1)):
        cells = [fold_cell(c) for c in group[:width]]
        if (
            all(c in known for c in cells)
            and known[cells[0]] in ("action", "name")
            and (len(group) - width) % width == 0
            and not any(fold_cell(c) in known for c in group[width:])
        ):
            return width
    return None


# ------------------------------------------------------------------ tables run together on one line

TOKEN_NUM = re.compile(r"^[+\-−–]?£?\d[\d,]*(?:\.\d+)?%?$")
YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?:?$")
CONNECT = {"in", "of", "and", "for", "the", "to", "with", "on", "at", "by", "from", "&"}


@cache
def _column_width() -> int:
    """The most tokens a column word spans."""
    return max((len(word.split()) for word, _ in _column_words()), default=1)


@cache
def _cell_words() -> dict[str, list[list[str]]]:
    """The words of the column words a header cell can be (not an item, code, owner … column), by their
    first word, each list in the order of :func:`_column_words` (built once, not at every token)."""
    out: dict[str, list[list[str]]] = {}
    for word, t in _column_words():
        if t not in ("name", "code", "action", "owner", "partners", "comment", "timescale") and word.split():
            out.setdefault(word.split()[0], []).append(word.split())
    return out


def _header_cell(tokens: list[str], j: int) -> tuple[Column, int] | None:
    """A header cell starting at token j: a column word (with a period after it), or a period."""
    ahead = [t.lower() for t in tokens[j : j + _column_width()]]  # only the tokens a header word can span
    for w in _cell_words().get(ahead[0], []) if ahead else []:
        if ahead[: len(w)] == w:
            k = j + len(w)
            if k < len(tokens) and YEAR_TOKEN.match(tokens[k]):
                k += 1
            col = column(" ".join(tokens[j:k]))
            return col, k
    k = j
    if (
        k < len(tokens)
        and _period_re().fullmatch(ahead[0].strip(":"))
        and not YEAR_TOKEN.match(tokens[k])
        or k < len(tokens)
        and re.fullmatch(r"[a-z]{3,9}[-–][a-z]{3,9}", ahead[0])
    ):
        k += 1
    if k < len(tokens) and YEAR_TOKEN.match(tokens[k]):
        col = column(" ".join(tokens[j : k + 1]))
        return col, k + 1
    if k > j and re.fullmatch(r"q[1-4]|qtr ?[1-4]|ytd|h[12]", ahead[0].strip(":")):
        return column(tokens[j]), k  # 'Q1 Q2 Q3 Q4' without a year
    return None


def run_on_tables(ctx: Context):
    """'Crime Type Apr-July 2010 Apr-July 2011 Change All Crime 4337 4242 -2.2% SAC 662 573 -13.4% …'."""
    names = sorted(((w.split(), t) for w, t in _column_words() if t == "name"), key=lambda p: -len(p[0]))
    by_first: dict[str, list[list[str]]] = {}  # the header words by their first word, longest first
    for w, _ in names:
        if w:
            by_first.setdefault(w[0], []).append(w)
    plan = _plan(ctx)
    for start, end in _line_runs(ctx.doc.lines):
        # a header and its rows on one line, or each on a line of its own: the line of every token
        at_line = [n for n in range(start, end + 1) for _ in ctx.doc.lines[n - 1].split()]
        tokens = [t for n in range(start, end + 1) for t in ctx.doc.lines[n - 1].split()]
        low = [t.lower() for t in tokens]
        j = 0
        while j < len(tokens):
            starting = by_first.get(low[j])
            if starting is None:  # no header word starts with this token (most tokens)
                j += 1
                continue
            hit = next(
                (w for w in starting if low[j : j + len(w)] == w and tokens[j][:1].isupper()),
                None,
            )
            if not hit:
                j += 1
                continue
            k = j + len(hit)
            cells: list[tuple[Column, int]] = []  # each header cell and the token after it
            while k < len(tokens) and len(cells) < MAX_RUN_ON_COLUMNS and (cell := _header_cell(tokens, k)):
                cells.append(cell)
                k = cell[1]
            rows, cols = [], []
            for n in range(len(cells), 1, -1):  # the first row's name may look like a header word ('Total')
                cols = [c for c, _ in cells[:n]]
                if any(c.type in VALUE_TYPES for c in cols):
                    rows = list(_run_rows(tokens, cells[n - 1][1], cols))
                    if len(rows) >= 2:
                        break
            if len(rows) < 2:
                j += 1
                continue
            reader = Reader(
                ctx, [Column("name", " ".join(tokens[j : j + len(hit)])), *cols], plan, "table.run_on"
            )
            for name, values, a, z in rows:
                row = Row(at_line[a], at_line[z - 1], [name, *values])
                for fact in reader.facts(row):
                    yield _requote(fact, ctx, at_line[a], at_line[z - 1], " ".join(tokens[a:z]))
            j = rows[-1][3]


WHEN = re.compile(  # a timescale closing a row: 'March 2012', 'Ongoing', '2012/13', 'Q3 2012', 'Autumn 2012'
    r"\s+(?:(?:(?:by|from|end of|end)\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d"
    r"|Q[1-4]\s+(?:19|20)\d\d(?:/\d\d)?|(?:Spring|Summer|Autumn|Winter)\s+(?:19|20)\d\d|(?:19|20)\d\d(?:[/-]\d\d)?"
    r"|[Oo]ngoing|[Cc]omplete[d]?|TBC|tbc|[Aa]nnually|[Qq]uarterly|[Mm]onthly)$"
)


def _header_words(text: str) -> list[Column] | None:
    """A header written with single spaces ('Action Lead Timescale'): its columns, every word used."""
    words, cols = fold_cell(text).replace("?", " ").split(), []  # 'What will we do? Who will lead?'
    known = _column_word_types()
    k = 0
    while k < len(words):
        for n in range(min(_column_width(), len(words) - k), 0, -1):
            if (cell := " ".join(words[k : k + n])) in known:
                cols.append(column(cell))
                k += n
                break
        else:
            return None
    return cols if 2 <= len(cols) <= 6 else None


def _owner_suffix(words: list[str]) -> int | None:
    """Where the owner written last in a row starts: the longest run of capitalised words at the end
    that names a body, team or post ('… scheme Northby Police' -> the index of 'Northby')."""
    for k in range(max(1, len(words) - 6), len(words)):
        tail = " ".join(words[k:])
        if (
            words[k][:1].isupper()
            and all(w[:1].isupper() or w in CONNECT for w in words[k:])
            and (part_type(tail) in {"organisation", "post"} or head_kind(tail) is not None)
        ):
            return k
    return None


def run_on_action_rows(ctx: Context):
    """'Action Lead Timescale' then rows run together with single spaces: 'Develop a strategy Domestic
    Abuse Coordinator March 2012' -> the action, its owner (a named body, team or post) and its date.
    A column before the action names what it serves ('Priority Action Lead …': the priority ends where
    an action's verb starts); a partners column after the lead takes the names after the first; a status
    or progress column at the end is read off first ('… Dec 2024 On track')."""
    plan = _plan(ctx)
    lines = ctx.clean_lines
    for start, end in _line_runs(ctx.doc.lines):
        cols = _header_words(lines[start - 1]) if "  " not in ctx.doc.lines[start - 1].strip() else None
        types = [c.type for c in cols or ()]
        if not cols or "action" not in types or "owner" not in types:
            continue
        # 'Priority Action …': the first column names what the actions serve
        parent = (
            types[:2] == ["action", "action"] and PARENT_HEADS.fullmatch(cols[0].head.lower()) is not None
        )
        if types.index("action") != 0:
            continue
        partners = "partners" in types
        heads = [*(["Priority"] if parent else []), "Action", "Lead", *(["Partners"] if partners else [])]
        reader = Reader(ctx, [column(h) for h in heads], plan, "table.run_on_action")
        for n in range(start + 1, end + 1):
            words = lines[n - 1].split()
            if types[-1] in ("rag", "comment"):  # '… On track': the status closing the row
                cut = next((k for k in (3, 2, 1) if len(words) > k and status_of(" ".join(words[-k:]))), 0)
                words = words[: len(words) - cut]
            text = WHEN.sub("", " ".join(words)) if "timescale" in types else " ".join(words)
            words = text.split()
            k = _names_start(words) if partners else _owner_suffix(words)
            if k is None or k < 3:
                continue
            names = _names(words[k:]) if partners else [" ".join(words[k:])]
            if not names:
                continue
            item = words[:k]
            cells = [" ".join(item), names[0], *([", ".join(names[1:])] if partners else [])]
            if parent:
                at = next((i for i in range(1, len(item)) if item[i].lower() in _action_verbs()), None)
                if at is None:
                    continue
                cells = [" ".join(item[:at]), " ".join(item[at:]), *cells[1:]]
            yield from reader.facts(Row(n, n, cells))


@cache
def _action_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab()["action_verbs"].split())


PREPOSITIONS = frozenset(
    {"to", "with", "for", "of", "on", "in", "at", "by", "from", "into", "across", "within"}
)


def _names_start(words: list[str]) -> int | None:
    """Where the names closing a row start: after its last word in lower case (and the one name that
    word leads to: 'referrals to MARAC Northby Police …')."""
    last = next((j for j in range(len(words) - 1, -1, -1) if words[j][:1].islower()), None)
    if last is None or last == len(words) - 1:
        return None
    k = last + 1
    if words[last].lower() in PREPOSITIONS and k < len(words) - 1:
        k += 1
    return k


def _names(words: list[str]) -> list[str]:
    """Names run together ('Northby Police KBC, Probation'), each ending at a comma, a head word
    ('Police', 'Team', 'Manager') or a known acronym of a body ('Northby PCT'); an unknown acronym
    is a name of its own ('KBC')."""
    out: list[str] = []
    current: list[str] = []
    heads = org_words()
    for word in words:
        bare = word.rstrip(",;")
        if is_acronym(bare) and bare not in acronym_kinds() and current:
            out.append(" ".join(current))
            current = []
        current.append(bare)
        if (
            word.endswith((",", ";"))
            or bare.lower() in heads
            or bare in post_heads()
            or is_acronym(bare)
            and (bare in acronym_kinds() or len(current) == 1)
        ):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return [n for n in out if n]


def _line_runs(lines: list[str]):
    """(first, last) line numbers of each run of lines without a blank or a tab between them."""
    start = None
    for n, line in enumerate([*lines, ""], 1):
        if line.strip() and "\t" not in line and len(line) <= 4000:
            start = start or n
        elif start:
            yield start, n - 1
            start = None


def _run_rows(tokens: list[str], k: int, cols: list[Column]):
    """(name, values, first token, end token) of each row: name words, then a number per column
    (a RAG word or letter in a RAG column)."""
    width = len(cols)

    def cell(j: int, col: Column) -> int:
        """How many tokens from ``j`` the column's cell takes: a number, a mark of no value ('-', 'No
        target'), or a status of up to three words in a RAG column ('Green', 'On target'); 0 if none fits."""
        if col.type != "rag":
            if j < len(tokens) and TOKEN_NUM.match(tokens[j]):
                return 1
            return next((n for n in (2, 1) if j + n <= len(tokens) and _no_value(tokens[j : j + n])), 0)
        return next(
            (n for n in (3, 2, 1) if j + n <= len(tokens) and status_of(" ".join(tokens[j : j + n]))), 0
        ) or (1 if j < len(tokens) and is_empty(tokens[j]) else 0)

    while k < len(tokens):
        a = k
        while k < len(tokens) and not TOKEN_NUM.match(tokens[k]) and k - a <= 8:
            k += 1
        name = tokens[a:k]
        values, z = [], k
        for col in cols:
            while z < len(tokens) and tokens[z] in ARROWS:
                z += 1  # a direction of travel the header gave no column
            if not (n := cell(z, col)):
                break
            values.append(" ".join(tokens[z : z + n]))
            z += n
        if not name or len(values) < width or not (name[0][:1].isupper() or name[0][:1].isdigit()):
            return
        if name[-1].lower() in CONNECT and z < len(tokens) and tokens[z][:1].isupper():
            name = [*name, tokens[z]]  # a name cut by the wrap: 'Burglary in 181 141 -22.1% Dwelling'
            z += 1
        yield clean(" ".join(name)), values, a, z
        k = z


ARROWS = frozenset("↑↓↔→←↗↘⬆⬇▲▼►◄")


def _no_value(words: list[str]) -> bool:
    """'-', 'n/a', 'No target': a cell that says there is no figure."""
    text = " ".join(words)
    return is_empty(text) or bool(re.fullmatch(r"(?i)no (?:target|data|figure)", text))


def _requote(fact, ctx: Context, start: int, end: int, quote: str):
    ev = Evidence(ctx.name, start, end, quote)
    if isinstance(fact, Observation):
        return Observation(
            fact.indicator,
            fact.measure,
            ev,
            fact.method,
            period=fact.period,
            value=fact.value,
            unit=fact.unit,
            status=fact.status,
            text=fact.text,
            confidence=fact.confidence,
        )
    return Claim(fact.subject, fact.rel, fact.object, ev, fact.method, fact.confidence, fact.role)


# ------------------------------------------------------------------ indicator values in lines and sentences


@cache
def _measure_pair() -> re.Pattern:
    words = sorted((re.escape(w) for w in vocab()["measure_words"]), key=len, reverse=True)
    return re.compile(
        rf"(?P<word>{'|'.join(words)})\s*(?:of|:|=|-|–|is|was)?\s*(?P<num>[+-]?£?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?\s*(?:%|per ?cent)?)(?![\d/])",
        re.I,
    )


LABEL_LINE = re.compile(r"^(?P<name>[A-Z][^:]{2,90}?)\s*:\s*(?P<rest>\S.*)$")


def value_lines(ctx: Context):
    """'Criminal Damage: Target 660, Actual 606 (…)': an indicator named before the colon, then measures."""
    pair = _measure_pair()
    measures = vocab()["measure_words"]
    for i, raw in enumerate(ctx.doc.lines):
        text = clean(raw)
        m = LABEL_LINE.match(text)
        if not m or len(m.group("name").split()) > 12:
            continue
        name, rest = tidy(m.group("name")), m.group("rest")
        if name.lower() in measures:
            continue
        pos, found = 0, list[re.Match[str]]()
        for p in pair.finditer(rest):
            if rest[pos : p.start()].strip(" ,;") or len(found) >= 4:
                break
            found.append(p)
            pos = p.end()
        if not found:
            continue
        ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
        ev = ctx.doc.evidence(i + 1, i + 1)
        for p in found:
            parsed = number(p.group("num"))
            if parsed:
                measure = measures[p.group("word").lower()]
                yield Observation(
                    ind, measure, ev, "line.measures", value=parsed[0], unit=parsed[1], text=p.group(0)
                )


NUM_TEXT = r"[+-]?£?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?%?"
# 'Burglary: 412 offences, down 4% (target 390) – Red': an indicator, its value first, then what else is said
VALUE_STATEMENT = re.compile(
    rf"^(?:{MARK}\s*)?(?P<name>[A-Z](?:[^:;()]|\([^:;()]{{1,30}}\)){{2,80}}?):\s*(?P<actual>{NUM_TEXT})(?![\d/.:)])(?P<rest>.{{0,200}})$"
)
# 'Anti-social behaviour incidents fell by 12% to 4,400': the value a change came to
CHANGED_TO = re.compile(
    rf"^(?:{MARK}\s*)?(?P<name>[A-Z][\w ,'’&-]{{2,80}}?)\s+(?:fell|rose|decreased|increased|reduced|went\s+(?:up|down))"
    rf"\s+by\s+{NUM_TEXT}\s+to\s+(?P<actual>{NUM_TEXT})(?![\d/])"
)
STATED_TARGET = re.compile(
    rf"\b(?:target|tgt|goal|ambition)(?:\s+(?:of|was|is))?[:\s]+(?P<v>{NUM_TEXT})(?![\d/])", re.I
)  # 'target 390', 'against a target of 400', 'Our goal is 55% by 2027'
TARGET_AFTER_VALUE = re.compile(  # '… 16.7 weeks, falling slightly short of the 15-week target'
    r"\b(?:the|a|its|our)\s+(?P<v>\d+(?:\.\d+)?)[- ]?(?:weeks?|days?|months?|%|per\s*cent)[- ](?:target|goal)\b",
    re.I,
)
STATED_RAG = re.compile(
    r"(?:[–—(-]|\bstatus:?|\brag:?)\s*(?P<rag>red|amber|green|[RAG])\b\s*\)?\.?\s*$", re.I
)


@cache
def _not_indicators() -> re.Pattern:
    """Labels of a document's own details ('Date:', 'Total Pages:'), never an indicator's name."""
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, vocab()['not_indicator_words']))})\b")


CHANGE_WORD = re.compile(r"(?i)\b(?:up|down|increase|decrease|reduction|rise|fall|fewer|more)\b[^.]{0,20}%")
MONTH_AFTER = re.compile(
    r"^\s*(?:st|nd|rd|th)?\s*(?:(?:to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)  # '12 March', '01 to 31 March 2015': a date or a range of dates


STACKED_VALUE = re.compile(
    rf"^{NUM_TEXT}(?:\s+[a-z][a-z ]{{0,30}})?$"
)  # '6,412 offences' on a line of its own
STACKED_CHANGE = re.compile(r"^[+-]?\d+(?:\.\d+)?\s?%.{0,80}$")  # '-3.2% compared with last year'


STACKED_STATED = re.compile(  # '214 offences (target 250) – Green', '8,412 offences, down 6% on last year'
    rf"^{NUM_TEXT}(?:\s+[a-z][a-z ]{{0,30}}?)?(?P<rest>(?:,\s*|\s*\(|\s+[–—-]\s+).{{2,120}})$"
)


def _stacked_value(text: str) -> bool:
    """A factsheet's value line: a number with its unit, perhaps its change, target or rating after it."""
    if STACKED_VALUE.match(text):
        return True
    m = STACKED_STATED.match(text)
    rest = m.group("rest") if m else ""
    return bool(STATED_TARGET.search(rest) or STATED_RAG.search(rest) or CHANGE_WORD.search(rest))


BULLETED = re.compile(rf"^\s*{MARK}\s")
WRAPPED_ON = re.compile(rf"^\s{{2,}}(?!{MARK}\s)\S")  # an indented line going on with the bullet above


def _statements(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """(first, last line index, text) of every line that may state a value, and of each factsheet block
    set one fact a line ('Residential burglary' / '214 offences' / '+8.1% on last year') read as the
    statement 'Residential burglary: 214 offences +8.1% on last year'."""
    for i, raw in enumerate(lines):
        if len(raw) > 300:
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if BULLETED.match(raw) and WRAPPED_ON.match(following) and len(following) <= 300:
            yield i, i + 1, f"{raw.rstrip()} {following.strip()}"  # a bullet wrapped onto an indented line
        else:
            yield i, i, raw
        label = clean(raw)
        if (
            (i == 0 or not lines[i - 1].strip())
            and i + 1 < len(lines)
            and re.fullmatch(r"[A-Z][\w ,'’&()/-]{2,80}", label)
            and len(label.split()) <= 8
            and _stacked_value(value := clean(lines[i + 1]))
            and not re.fullmatch(r"(?:19|20)\d\d", value)  # 'Annual Report' over '2024': a year
        ):
            after = clean(lines[i + 2]) if i + 2 < len(lines) else ""
            change = STACKED_CHANGE.match(after) is not None
            if after and not change:
                continue  # a cell a line ('Arson' / '45' / '39'): a table's row, read as one
            yield i, i + 1 + change, f"{label}: {value}" + (f" {after}" if change else "")


def value_statements(ctx: Context):
    """A line saying an indicator's latest value and perhaps its change, target and status: 'Burglary:
    412 offences, down 4% (target 390) – Red', 'Hate crime: 355 against a target of 400 – Amber',
    'Anti-social behaviour incidents fell by 12% to 4,400'. Each indicator belongs to the document's plan,
    else to the body its title names."""
    plan = _plan(ctx) or _caption(ctx, 2)  # the plan, else the body the title names
    for i, last, raw in _statements(ctx.doc.lines):
        text = clean(raw)
        m = VALUE_STATEMENT.match(text) or CHANGED_TO.match(text)
        if (
            not m
            or _not_indicators().search(m.group("name"))
            and len(m.group("name").split()) <= 3  # 'Time: 10am'
            or tidy(re.sub(r"\s*\([^()]*\)", "", m.group("name"))).lower() in vocab()["measure_words"]
            or COMPARATOR.match(m.group("name"))  # 'National averages increased by 1.7% to 70.7%'
        ):
            continue
        rest = m.groupdict().get("rest") or ""
        if re.search(r"\b\d{1,2}$", m.group("name")) and re.fullmatch(r"\d\d", m.group("actual").strip()):
            continue  # 'Embargoed until 00:01': a time of day
        if MONTH_AFTER.match(rest) or "£" in m.group("actual"):
            continue  # 'Meeting held: 12 March': a date; 'Women's Aid: £4,750': a grant
        said = STATED_TARGET.search(rest) or STATED_RAG.search(rest) or CHANGE_WORD.search(rest)
        stacked = last > i  # a factsheet block: its lines are the statement, no sentence
        if (
            not (said or stacked)
            and "%" not in m.group("actual")
            and len(re.findall(r"[a-z]+", rest.split(",")[0])) > 2
        ):
            continue  # 'Partners: 12 agencies attended the event.': a sentence, not a measure
        ind = _indicator_line(ctx, tidy(m.group("name")))
        ev = ctx.doc.evidence(i + 1, last + 1)
        found = [("actual", m.group("actual"))]
        if t := STATED_TARGET.search(rest):
            found.append(("target", t.group("v")))
        if b := _previous().search(rest):  # 'up from 47% in 2018-19', 'compared with 17%'
            found.append(("baseline", b.group("v")))
        for measure, value in found:
            if parsed := number(value):
                yield Observation(
                    ind, measure, ev, f"line.statement.{measure}", value=parsed[0], unit=parsed[1], text=value
                )
        if (r := STATED_RAG.search(rest)) and (st := status_of(r.group("rag"))):
            yield Observation(ind, "status", ev, "line.statement.rag", status=st, text=r.group("rag"))
        if plan is not None:
            yield Claim(ind, Rel.INDICATOR_OF, plan, ev, "line.statement.plan", 0.7)


RELATIVE = re.compile(
    r"\b(?:reduction|increase|decrease|improvement|reduce|fewer|lower than|higher than|on (?:the )?baseline|on last year)\b",
    re.I,
)
RATED = re.compile(
    r"\b(?:(?:is|was|are|were)\s+)?rated\s+(?P<s>red|amber|green)\b|\bstatus:\s*(?P<t>red|amber|green)\b",
    re.I,
)
MANY_RATED = re.compile(r"(?i)\b(?:measures|indicators|pis|kpis|targets)\b")
PROSE_VALUES = (  # (measure, pattern): the value a progress sentence gives an indicator
    ("baseline", re.compile(rf"\bbaseline(?:\s+\w+){{0,3}}\s+of\s+(?P<v>{NUM_TEXT})", re.I)),
    ("baseline", re.compile(rf"\((?:19|20)\d\d(?:/\d\d)?:\s*(?P<v>{NUM_TEXT})\)")),  # '(2022/23: 78%)'
    (
        "target",
        re.compile(rf"\b(?:target of (?:\w+ )?|no more than |at least |to below )(?P<v>{NUM_TEXT})", re.I),
    ),
    (
        "actual",
        re.compile(
            rf"\b(?:there were|there was|stood at|reached|rose to|fell to)\s+(?P<v>{NUM_TEXT})|(?:^|,\s)(?P<w>{NUM_TEXT})\s+(?:were|was)\b",
            re.I,
        ),
    ),
)


def heading_indicators(ctx: Context):
    """A progress report's heading over sentences that rate it ('This measure is rated Amber', 'Status:
    Red'): the heading names an indicator, and the sentences give its baseline, target and latest value."""
    blocks = ctx.doc.blocks
    for i, b in enumerate(blocks):
        first = clean(ctx.doc.lines[b.start - 1])
        if b.kind == "paragraph" and b.end > b.start and _title_line(first):
            # the heading set directly over its text, no blank between: the block's first line
            name, body = first, ctx.doc.sentences(b)
        elif b.kind == "heading" and len(b.text.split()) <= 8 and not b.text.endswith(":"):
            name, body = b.text, []
        else:
            continue
        for nxt in blocks[i + 1 :]:
            if nxt.kind == "heading" or (
                nxt.kind == "paragraph"
                and nxt.end > nxt.start
                and _title_line(clean(ctx.doc.lines[nxt.start - 1]))
            ):
                break  # the next heading, or a paragraph opening with its own title line
            body += ctx.doc.sentences(nxt)
        rated = [  # (either form needs 'rated' or 'status:')
            (s, m)
            for s in body
            if (":" in s.text or "rated" in s.text.lower()) and (m := RATED.search(s.text))
        ]
        if len(rated) != 1 or re.search(r"\b(?:19|20)\d\d\b", name):
            continue  # (a heading dated 'Annual Review 2022/23' names a report, not a measure)
        if MANY_RATED.search(rated[0][0].text[: rated[0][1].start()]):
            continue  # 'A total of 10 measures have been rated red': several measures, not the heading's
        name = re.sub(r"(?i)^(?:measure|indicator|kpi|pi)\s*:\s*", "", name)  # 'Measure: X' is X
        ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
        s, m = rated[0]
        status = (m.group("s") or m.group("t")).lower()
        yield Observation(ind, "status", ctx.ev(s), "prose.indicator.rag", status=status, text=m.group(0))
        for measure, pattern in PROSE_VALUES:
            found = next(((x, v) for x in body if (v := pattern.search(x.text))), None)
            if found and (parsed := number(found[1].group("v") or found[1].groupdict().get("w") or "")):
                x, v = found
                yield Observation(
                    ind,
                    measure,
                    ctx.ev(x),
                    f"prose.indicator.{measure}",
                    value=parsed[0],
                    unit=parsed[1],
                    text=v.group(0),
                )


def _title_line(text: str) -> bool:
    """A short line naming something, not a sentence: a few words, a capital first, no end punctuation."""
    return 1 <= len(text.split()) <= 8 and text[:1].isupper() and not re.search(r"[.,;:!?]$", text)


FIRST_NUMBER = re.compile(r"[+-]?£?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:%|per ?cent)?")


PERIOD_LABEL = re.compile(
    r"^(?P<name>(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)\s*:\s*(?P<rest>\S.*)$"
)  # '2023/24: 254'


def value_blocks(ctx: Context):
    """Label/value lines about one indicator: 'Indicator: Burglary', 'Target: 660', 'RAG: Green', 'Lead: Jane Doe'.

    Without an 'Indicator:' line the indicator is the short line or heading just above the values.
    """
    lines = ctx.clean_lines

    def label_type(k: int) -> str | None:
        m = LABEL_LINE.match(lines[k]) if 0 <= k < len(lines) else None
        return column(m.group("name")).type if m and len(m.group("name").split()) <= 4 else None

    def among_values(k: int) -> bool:  # 'Target: 660' alone, or beside another value line
        near = [j for j in range(k - 3, k + 4) if j != k and 0 <= j < len(lines) and lines[j]][:6]
        return label_type(k) in ("target", "baseline", "rag") or any(
            label_type(j) in VALUE_TYPES | {"rag"} for j in near if abs(j - k) <= 3
        )

    plan = _plan(ctx) or _caption(ctx, 2)  # the plan, else the body the title names
    current: Mention | None = None
    named = False  # the indicator was named by an 'Indicator:' label (owners then belong to it)
    last_at = -99
    for i, text in enumerate(lines):
        if not text:
            continue
        if pairs := _value_pairs(text):  # 'Q1: 3.2   Q2: 3.0   Q3: 2.9': several periods in one line
            if current is None or i - last_at > 8:
                above = next((lines[k] for k in range(i - 1, max(i - 4, -1), -1) if lines[k]), "")
                if not above or LABEL_LINE.match(above) or above.endswith((".", ":")) or number(above):
                    continue
                current, named = _indicator_line(ctx, above), False
            last_at = i
            for col, value in pairs:
                parsed = number(value)
                if parsed:
                    yield Observation(
                        current,
                        "baseline" if col.type == "previous" else col.type,
                        ctx.doc.evidence(i + 1, i + 1),
                        f"form.indicator.{col.type}",
                        period=col.period,
                        value=parsed[0],
                        unit=parsed[1],
                        text=value,
                    )
            continue
        m = LABEL_LINE.match(text) or (PERIOD_LABEL.match(text) if current is not None else None)
        col = column(m.group("name")) if m and len(m.group("name").split()) <= 4 else None
        if col is None or col.type is None:
            if not m and i - last_at > 1:
                current, named = None, False
            continue
        value = m.group("rest").strip()
        if col.type == "name" and re.search(r"[;,]", value) and INDICATOR_LABEL.match(text):
            continue  # 'Indicators: a; b; c': a list of them (indicator_labels)
        if col.type == "name":
            current, named, last_at = ctx.mention(value[:160], Kind.INDICATOR, scope=ctx.name), True, i
            if plan is not None:  # 'Indicator: Smoking prevalence' in a plan's or board's own papers
                yield Claim(
                    current,
                    Rel.INDICATOR_OF,
                    plan,
                    ctx.doc.evidence(i + 1, i + 1),
                    "form.indicator.plan",
                    0.7,
                )
            continue
        if col.type not in VALUE_TYPES | {"rag", "owner", "partners"}:
            continue
        if current is None or i - last_at > 8:
            if not among_values(i):
                continue
            above = next((lines[k] for k in range(i - 1, max(i - 4, -1), -1) if lines[k]), "")
            if (
                not above
                or LABEL_LINE.match(above)
                or above.endswith((".", ":"))
                or not 1 <= len(above.split()) <= 12
                or number(above)
            ):
                continue
            current, named = _indicator_line(ctx, above), False
        last_at = i
        ev = ctx.doc.evidence(i + 1, i + 1)
        if col.type == "rag":
            if st := status_of(value):
                yield Observation(current, "status", ev, "form.indicator.rag", status=st, text=value)
        elif col.type in VALUE_TYPES and RELATIVE.search(value):
            continue  # 'Target: 10% reduction on baseline' is a change, not the target's value
        elif col.type in VALUE_TYPES:
            n = FIRST_NUMBER.match(value)
            parsed = number(n.group(0)) if n else None
            if parsed:
                measure = "baseline" if col.type == "previous" else col.type
                yield Observation(
                    current,
                    measure,
                    ev,
                    f"form.indicator.{col.type}",
                    period=col.period,
                    value=parsed[0],
                    unit=parsed[1],
                    text=value,
                )
        elif named:
            rel = Rel.RESPONSIBLE if col.type == "owner" else Rel.CONTRIBUTES
            parts = [p for p in re.split(r"\s*(?:;|/|&|,|\band\b)\s*", value) if p.strip()]
            for owner, okind in split_owners(ctx, parts):
                yield Claim(ctx.mention(owner, okind), rel, current, ev, f"form.indicator.{col.type}", 0.85)


def _indicator_line(ctx: Context, text: str) -> Mention:
    """The indicator a line above its values names, its code apart: 'NI 16 Serious acquisitive crime'."""
    m = CODE_PREFIX.match(text)
    code, name = (m.group("code"), m.group("name")) if m else (None, text)
    return ctx.mention(name[:160], Kind.INDICATOR, code=code, scope=ctx.name)


VALUE_PAIR = re.compile(r"\s*(?P<label>[A-Za-z][\w/ ]{0,24}?)\s*:\s*(?P<value>[+-]?£?\d[\d,]*(?:\.\d+)?%?)")


def _value_pairs(text: str) -> list[tuple[Column, str]]:
    """Two or more 'period: value' pairs making up the whole line, each under a value column."""
    pairs, pos = [], 0
    while pos < len(text) and (m := VALUE_PAIR.match(text, pos)):
        pairs.append((column(m.group("label")), m.group("value")))
        pos = m.end()
    if pos < len(text.rstrip()) or len(pairs) < 2 or any(c.type not in VALUE_TYPES for c, _ in pairs):
        return []
    return pairs


LIST_MARK = re.compile(rf"^{MARK}\s+")
OWNER_LINE = re.compile(r"^(?P<item>[A-Z][^–—:]{2,90}?)\s+[–—-]\s+(?P<rest>\S.*)$")
PERSON_ORG = re.compile(
    r"^(?P<person>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*\((?P<org>[^()]{2,60})\)\s*$"
)


def owner_lines(ctx: Context):
    """'Integrated Offender Management – Jane Doe (Probation)' in a list, and
    'Community Engagement – Lead officers: Jane Doe (Exampleton Council) & Police Representative (TBC)'."""
    for b in ctx.doc.blocks:
        if b.kind not in ("item", "paragraph", "heading") or b.start != b.end:
            continue
        text = LIST_MARK.sub("", b.text)
        listed = b.kind == "item" or text != b.text
        m = OWNER_LINE.match(text)
        if not m or len(m.group("item").split()) > 10:
            continue
        item_name, rest = tidy(m.group("item")), m.group("rest")
        lab = re.match(r"^(?P<label>[A-Za-z ]{2,30}):\s*(?P<owners>\S.*)$", rest)
        col = column(lab.group("label")) if lab else None
        if lab and col and col.type in ("owner", "partners"):
            rel = Rel.RESPONSIBLE if col.type == "owner" else Rel.CONTRIBUTES
            owners_text = re.sub(r"\([^()]*\)", " ", lab.group("owners"))
            parts = [p for p in re.split(r"\s*(?:;|&|,|\band\b)\s*", owners_text) if p.strip()]
            item = ctx.mention(item_name, kind_of(item_name, Kind.ACTION), scope=ctx.name)
            for part in parts:
                name = tidy(part)
                if not name or name.lower() in {"tbc", "tbd", "n/a"}:
                    continue
                kind = Kind.PERSON if looks_like_person(name, ctx.learned_given) else kind_of(name)
                yield Claim(ctx.mention(name, kind), rel, item, ctx.ev(b), "list.owner_label", 0.85)
            continue
        p = PERSON_ORG.match(rest)
        if listed and p and looks_like_person(p.group("person"), ctx.learned_given):
            item = ctx.mention(item_name, kind_of(item_name, Kind.ACTION), scope=ctx.name)
            person = ctx.mention(p.group("person"), Kind.PERSON)
            yield Claim(person, Rel.RESPONSIBLE, item, ctx.ev(b), "list.item_person", 0.75)


NUMTXT = r"[+-]?£?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:%|per ?cent)?"
PERIOD_TXT = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|Q[1-4](?:\s+(?:19|20)\d\d(?:/\d{2,4})?)?|the (?:last|past) (?:year|quarter|12 months)"


@cache
def _sentence_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    def alt(key: str) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(vocab()[key], key=len, reverse=True))

    # 'had improved significantly to 93%': an adverb may come between a verb and its 'to' or 'at'
    verbs = "|".join(
        rf"{re.escape(head)}\s+(?:[a-z]+ly\s+)?{re.escape(to)}" if head else re.escape(to)
        for head, _, to in (
            str(v).rpartition(" ") for v in sorted(vocab()["value_verbs"], key=len, reverse=True)
        )
    )
    count = re.compile(
        rf"\b(?:in|during)\s+(?P<period>{PERIOD_TXT}),?\s+there\s+(?:were|was|have been|had been)\s+(?P<num>{NUMTXT})\s+(?P<thing>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){{0,7}}?)\s+(?:{alt('count_verbs')})\b",
        re.I,
    )
    # 'Burglary fell by 4% to 1,210 offences, against a target of 1,300', 'There were 312 knife crimes, up
    # from 287': a value, and after it a target, a rating or an earlier value to say it is a measure's
    measured = re.compile(
        rf"^(?:(?:(?:In|During|Over|By)\s+[\w/ -]{{1,30}}?,?\s+)?[Tt]here\s+(?:were|was|have been|had been)|(?:(?:This|Last|Each|Every)\s+(?:quarter|year|month|week),\s+)?(?:[Tt]he\s+|[Oo]ur\s+)?(?P<name>(?:%\s*|[A-Za-z])[\w’'/()-]*(?:(?:,(?=\s+[a-z][\w-]*(?:,|\s+and\s)))?\s+[\w’'/()&-]+){{0,14}}?)"
        rf"\s+(?:(?:has|have|had)\s+)?(?:(?:currently|now|presently)\s+)?(?:(?:{alt('change_verbs')})\s+by\s+{NUMTXT}\s+to|{verbs}))"
        rf"\s+(?:(?:currently|now|presently|over|under|almost|nearly|around|about)\s+)?"
        rf"(?:an?\s+(?:very\s+)?(?:healthy|high|low|impressive|record|strong|creditable)\s+)?(?P<actual>{NUMTXT})(?![\d/]|,\d)"
        rf"(?:\s+(?P<thing>(?!(?:against|compared|up|down|in|during|this|last)\b)[a-z][\w’'-]*(?:\s+(?!(?:{alt('previous_cues')}|against|in|during|this|last)\b)[\w’'-]+){{0,7}}))?"
        rf"(?P<rest>(?:\s*[,(;]|\s+(?:against|compared|up|down|in|during|this|last)\b).*)?\.?$"
    )
    rated = re.compile(
        rf"^(?P<name>[A-Z][\w’'/()‘-]*(?:\s+[\w’'/()&‘-]+){{0,14}}?)\s+(?:is|was|are|were|has been|have been|remains|remained)\s+(?:currently\s+|now\s+)?(?:{alt('rated_words')})\s+(?:as\s+)?[‘'\"]?(?P<rag>red|amber|green)\b",
        re.I,
    )
    return count, measured, rated


@cache
def _previous() -> re.Pattern:
    """The earlier value a sentence compares with: 'up from 287', 'compared with 1,204 last year'."""
    cues = "|".join(re.escape(str(w)) for w in sorted(vocab()["previous_cues"], key=len, reverse=True))
    return re.compile(rf"\b(?:{cues})\s+(?P<v>{NUMTXT})(?![\d/])", re.I)


RATED_AS = re.compile(r"(?i)\brated\s+(?:as\s+)?(?P<rag>red|amber|green)\b")


def _doubled(text: str) -> str:
    """'Domestic domestic abuse incidents' (a PDF's doubled word) -> 'Domestic abuse incidents'."""
    return re.sub(r"\b(\w+)\s+(?=\1\b)", "", text, flags=re.I)


def value_sentences(ctx: Context):
    """Counts, actuals against targets and ratings written as prose; a target a sentence gives after its value
    ('… stood at 56 per cent while the goal was 59 per cent', '… was 594. The target was 500.')."""
    res = _sentence_res()
    heading: str | None = None  # the last title line above: the measure its paragraphs may restate
    for b in ctx.doc.blocks:
        if b.kind == "row":
            continue
        before: list = []
        read = False
        for s in ctx.doc.sentences(b):
            got = [_as_heading(ctx, o, heading) for o in _sentence_values(ctx, b, s, *res)]
            read = read or bool(got)
            yield from got
            yield from _goal(ctx, s, got, before)
            before = got
        if b.kind == "heading" or b.kind == "paragraph" and b.start == b.end and not read:
            if len(b.text.split()) <= 15 and not re.search(r"[.:;!?]$", b.text):
                heading = b.text
            elif b.kind == "heading":
                heading = None


# words a sentence adds when it restates a measure's name ('the amount of …', 'the percentage of …')
RESTATED_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "in",
        "on",
        "and",
        "to",
        "per",
        "amount",
        "number",
        "percentage",
        "proportion",
        "level",
        "rate",
        "total",
    ]
)


def _content(name: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z0-9]+", re.sub(r"\([^()]*\)", "", name.lower()))
        if w not in RESTATED_WORDS
    }


def _as_heading(ctx: Context, o, heading: str | None):
    """A value whose sentence restates the measure its heading names ('Residual waste per household (kgs)' over
    'For Q4 the amount of residual waste per household was 130.4'): the heading's measure."""
    if not heading or not isinstance(o, Observation) or o.indicator.name == heading:
        return o
    said, named = _content(o.indicator.name), _content(heading)
    if not said or not said <= named or len(said) < 0.6 * len(named):
        return o
    return replace(o, indicator=ctx.mention(heading, Kind.INDICATOR, scope=ctx.name))


GOAL = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:target|goal|aim)\s+(?:was|is|had\s+been|of)\s+"
    rf"(?:about\s+|around\s+|set\s+at\s+)?(?P<t>{NUMTXT})(?![\d/])"
)


def _goal(ctx: Context, s, got: list, before: list):
    """The target a sentence states for the one measure whose value it, or else the sentence before, gave."""
    if " goal " not in s.text and " target " not in s.text and " aim " not in s.text:
        return
    if not (m := GOAL.search(s.text)) or not (t := number(m.group("t"))) or "£" in m.group("t"):
        return
    read = got or before
    actuals = [o for o in read if isinstance(o, Observation) and o.measure == "actual"]
    if len({o.indicator.name for o in actuals}) != 1 or any(
        isinstance(o, Observation) and o.measure == "target" for o in read
    ):
        return
    ind = actuals[0].indicator
    ev = ctx.ev(s) if got else ctx.doc.evidence(actuals[0].evidence.line_start, s.end)
    yield Observation(ind, "target", ev, "sentence.goal_after", value=t[0], unit=t[1], text=m.group(0))


def _sentence_values(ctx: Context, b, s, count: re.Pattern, measured: re.Pattern, rated: re.Pattern):
    """The values, targets and ratings one sentence writes."""
    ev = ctx.ev(s)
    low = s.text.lower()  # quick filters: a word each pattern must match
    for m in count.finditer(s.text) if "there" in low else ():
        parsed = number(m.group("num"))
        thing = _doubled(m.group("thing"))
        if parsed and len(thing) > 3:
            ind = ctx.mention(thing, Kind.INDICATOR, scope=ctx.name)
            yield Observation(
                ind,
                "actual",
                ev,
                "sentence.count",
                period=m.group("period"),
                value=parsed[0],
                unit=parsed[1],
                text=m.group(0),
            )
    read = list(_measured(ctx, s, measured))
    yield from read
    yield from _moved(ctx, s, low)
    yield from _counted(ctx, s)
    if b.kind == "item" or MARK_OPENING.match(s.text):  # ('-70% of …': a mark with no space after it)
        yield from _share_item(ctx, s)
        yield from _now_at(ctx, s)
    elif "% of " in s.text:
        yield from _share_surveyed(ctx, s)
    yield from _rate_of(ctx, s)
    yield from _target_and_move(ctx, s, low)
    yield from _against_target(ctx, s, low)
    yield from _achieved_of(ctx, s, low)
    yield from _with_regard_to(ctx, s)
    yield from _between_periods(ctx, s, low)
    yield from _compared_with_target(ctx, b, s, low)
    yield from _people_used(ctx, s)
    yield from _value_first(ctx, s)
    yield from _change_in_to(ctx, s)
    yield from _change_by(ctx, s, low)
    yield from _bracketed_target(ctx, s)
    yield from _bracketed_value(ctx, s)
    yield from _listed_rag(ctx, s, low)
    said = {(o.indicator.name, o.value) for o in read}
    yield from (o for o in _moved_to(ctx, s) if (o.indicator.name, o.value) not in said)
    opened = MARK_OPENING.sub("", s.text, count=1).strip()  # '· Car parking income was showing as amber.'
    m = rated.match(opened) if "red" in low or "amber" in low or "green" in low else None
    if (
        m
        and not re.match(r"(?i)(?:this|that|the|it|our)\b(?:\s+\w+)?$", m.group("name"))
        and not re.search(
            r"(?i)\b(?:indicators|measures|pis|kpis)$", m.group("name")
        )  # 'A number of indicators'
    ):
        # 'This measure is rated Amber' names no indicator (the heading above does: heading_indicators)
        name = re.sub(r"^(?:The|Our)\s+", "", m.group("name"))
        ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
        yield Observation(ind, "status", ev, "sentence.rated", status=m.group("rag").lower(), text=m.group(0))


CLAUSE = re.compile(
    r"(?i)\b(?:it|this)\s+(?:is|was)\b|\bthere$"
)  # 'As regards X it is worth noting that there'
STATED_ACTUAL = re.compile(rf"(?i)\bactual(?:\s+figure)?\s+(?:is|was|of)\s+(?P<v>{NUMTXT})")
LEADING_PERIOD = re.compile(rf"(?:In|During|By|Over|For)\s+(?P<p>{PERIOD_TXT}),?\s+")
COMPARATOR = re.compile(r"(?i)(?:the\s+)?(?:national|regional|england|county|welsh|scottish)\s+averages?\b")
VALUE_AGAINST_TARGET = re.compile(  # '80.1% of voids returned within timescales compared with a target of 85%'
    rf"(?<![\w.])(?P<v>{NUMTXT})(?:\s+of)?\s+(?!(?:which|that|and|but|this|to|from|by)\b)(?P<name>[A-Za-z](?:(?!,\s+(?:while|whilst|and|but|however)\b)[^.;%]){{3,120}}?),?\s+"
    rf"(?:[–—-]\s+)?(?:which\s+(?:is|was)\s+)?(?:(?:well|just|slightly|far)\s+)?(?:compared\s+(?:with|to)|exceeding|against|below|above|short\s+of)\s+(?:a|the|our|its|their)\s+(?:[\w/-]+['’]s\s+)?target\s+of\s+"
    rf"(?P<t>{NUMTXT})(?![\d/]|,\d)"
)
NAMED_AT_TARGET = re.compile(  # 'Household recycling rates at 50% were slightly below the April/May/June target of 57%',
    # 'Public confidence in Westshire currently sits at 82% which is below the force's target of 88%'
    rf"^(?P<name>[A-Z][^.;%]{{3,100}}?)\s+(?:(?:currently\s+|now\s+)?(?:sits|stands|stood|remains|remained)\s+)?at\s+"
    rf"(?P<v>{NUMTXT}),?\s+(?:which\s+)?(?:was|were|is|are)\s+(?:\w+\s+)?"
    rf"(?:below|above|short\s+of|ahead\s+of|on|against)\s+(?:the\s+)?(?:[\w/-]+(?:['’]s)?\s+)?target\s+of\s+(?P<t>{NUMTXT})(?![\d/]|,\d)"
)
LINE_AGAINST_YEAR = re.compile(  # 'Criminal damage – 6 (2014 – 5)': a count, and the year before's in brackets
    rf"^(?P<name>[A-Z][^–—\d()]{{2,60}}?)\s+[–—-]\s+(?P<v>{NUMTXT})\s*\((?P<p>(?:19|20)\d\d(?:/\d\d)?)\s*[–—-]\s*(?P<prev>{NUMTXT})\)"
)


PEOPLE_USED = re.compile(  # '318,814 people used our Leisure Centres in …', '573,744 people have visited 19 Council attractions'
    rf"^(?P<v>{NUMTXT})\s+(?:people|visitors|residents|users|customers|children|pupils)\s+(?:have\s+|had\s+)?"
    r"(?:used|visited|attended|joined|borrowed\s+from)\s+(?:our\s+|the\s+)?(?:\d+\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,6}?)"
    r"(?=\s+(?:in|at|across|during|this|last|over)\b|\s*[.,;]|\s*$)"
)


def _people_used(ctx: Context, s):
    """A count of people who used a service, the service its measure ('318,814 people used our Leisure Centres')."""
    m = PEOPLE_USED.match(MARK_OPENING.sub("", s.text, count=1).strip())
    if m and (v := number(m.group("v"))):
        ind = ctx.mention(m.group("name"), Kind.INDICATOR, scope=ctx.name)
        yield Observation(
            ind,
            "actual",
            ctx.ev(s),
            "sentence.people_used",
            period=_period(s.text) or None,
            value=v[0],
            unit=v[1],
        )


NAMED_INDICATOR = re.compile(  # 'under indicator CSX07, which measured visitor satisfaction with the museum'
    r"\b(?:indicator|KPI|PI|measure)\s+(?P<code>[A-Z]{1,6}[ -]?\d{1,4}[a-z]?)\b"
    r"(?:,?\s+(?:which|that)\s+(?:measured|measures|tracks|tracked|counts|counted)\s+(?P<name>[^,.;]{5,120}))?"
)
IN_PERIOD = re.compile(
    r"(?i)(?:in|at|for|during|by)\s+(?:the\s+)?(?:end\s+of\s+)?(?:Q[1-4]|quarter\s+\w+|the\s+year)"
)


def _named_before(ctx: Context, b, s) -> Mention | None:
    """The indicator the paragraph last named by its code before a value that names only its period ('…
    indicator CSX07, which measured X. … 69% in Q4 against a target of 85%')."""
    text = " ".join(ctx.doc.lines[b.start - 1 : abs(s.end)])
    named = list(NAMED_INDICATOR.finditer(text))
    if not named:
        return None
    m = named[-1]
    return ctx.mention(
        tidy(m.group("name") or m.group("code")), Kind.INDICATOR, code=m.group("code"), scope=ctx.name
    )


def _compared_with_target(ctx: Context, b, s, low: str):
    """Values each written with its target ('… 80.1% of X compared with a target of 85% 9.7 days taken to do Y,
    compared with a target of 12 days'); a value in a period ('69% in Q4 against a target of 85%') is the
    indicator's the paragraph named before it."""
    found = list(VALUE_AGAINST_TARGET.finditer(s.text)) if "target" in low else []
    found += [m for m in (NAMED_AT_TARGET.match(s.text),) if m and "target" in low]
    ev = ctx.ev(s)
    for m in found:
        if IN_PERIOD.fullmatch(m.group("name").strip(" ,")):
            ind = _named_before(ctx, b, s)
            if ind is None:
                continue
        elif " " not in m.group("name").strip(" ,"):
            continue  # '130.4 kilograms, against a target of 113kg': a unit, the measure named before it
        else:
            ind = ctx.mention(m.group("name").strip(" ,"), Kind.INDICATOR, scope=ctx.name)
        for measure, key in (("actual", "v"), ("target", "t")):
            if v := number(m.group(key)):
                yield Observation(
                    ind, measure, ev, f"sentence.against_target.{measure}", value=v[0], unit=v[1]
                )


def against_year_lines(ctx: Context):
    """A line's count beside the year before's in brackets ('Criminal damage – 6 (2014 – 5)')."""
    for n, raw in enumerate(ctx.doc.lines, 1):
        line = LINE_AGAINST_YEAR.match(clean(raw)) if "(" in raw else None
        if line and (v := number(line.group("v"))):
            ind = ctx.mention(line.group("name").strip(), Kind.INDICATOR, scope=ctx.name)
            ev = ctx.doc.evidence(n, n)
            yield Observation(ind, "actual", ev, "line.against_year.actual", value=v[0], unit=v[1])
            if prev := number(line.group("prev")):
                period = line.group("p")
                yield Observation(
                    ind,
                    "previous",
                    ev,
                    "line.against_year.previous",
                    period=period,
                    value=prev[0],
                    unit=prev[1],
                )


BETWEEN_PERIODS = re.compile(  # '… between Q4 in 2019/20 (446) and Q1 2020/21 (289)'
    rf"\bbetween\s+(?P<p1>[^()]{{2,30}}?)\s+\((?P<before>{NUMTXT})\)\s+and\s+(?P<p2>[^()]{{2,30}}?)\s+\((?P<actual>{NUMTXT})\)"
)
TARGET_LEAD = re.compile(  # 'Reduce residential burglary by 1% per annum …': the measure a target names
    r"^(?:To\s+)?(?:reduce|increase|improve|cut|lower|raise|decrease)\s+(?:the\s+)?(?P<name>[a-z][\w'’ -]{2,80}?)\s+by\s+\d",
    re.I,
)


def _between_periods(ctx: Context, s, low: str):
    """'Reduce X by 1% per annum – this figure had decreased by 35.2% between Q4 2019/20 (446) and Q1 2020/21
    (289)': the measure its target names, its value at each period (the later the actual)."""
    m = BETWEEN_PERIODS.search(s.text) if "between" in low else None
    named = TARGET_LEAD.match(MARK_OPENING.sub("", s.text, count=1).strip()) if m else None
    if not m or not named:
        return
    ind, ev = ctx.mention(named.group("name"), Kind.INDICATOR, scope=ctx.name), ctx.ev(s)
    for measure, key, period in (("actual", "actual", "p2"), ("baseline", "before", "p1")):
        if v := number(m.group(key)):
            yield Observation(
                ind, measure, ev, f"sentence.between.{measure}", period=m.group(period), value=v[0], unit=v[1]
            )


MEASURE_OF_IS = re.compile(  # 'The percentage of care leavers in education, training or employment is 63.1% …'
    rf"^(?:The\s+)?(?P<name>(?:percentage|proportion|number|rate|share)\s+of\s+[^.;:]{{3,150}}?)\s+"
    rf"(?:is|was|are|were|stands\s+at|stood\s+at|has\s+(?:risen|fallen|increased|decreased|improved)\s+to)\s+"
    rf"(?P<actual>{NUMTXT})(?![\d/]|,\d)(?P<thing>)(?P<rest>.*)$"
)
MOVED_TO = re.compile(
    r"\b(?:to|at|reached)\s+(?:(?:currently|now|presently|over|under|almost|nearly|around|about)\s+)?$"
)
MEASURE_NOUN = re.compile(
    r"(?i)(?:^%|\b(?:rates?|percentages?|proportions?|ratios?|levels?|shares?|number\s+of|amount\s+of)\b)(?!\s+(?:of\s+)?(?:change|increase|reduction))"
)


GENERIC_MEASURES = {"rate", "level", "performance", "figure", "total", "number", "percentage", "outturn"}
THEME_LEAD = re.compile(
    r"^[A-Z][\w,&' ]{2,40}?(?:\s+[–—]|:)\s+(?=[A-Za-z])"
)  # 'Sport and Culture – the number of …', 'Housing: The number of …'


PAST_PERIOD = re.compile(
    r"\s+(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:year|quarter|month|twelve\s+months|12\s+months)$"
)


def _measured(ctx: Context, s, measured: re.Pattern):
    """A sentence giving a measure's value with its target, rating or earlier value (see _sentence_res)."""
    text = MARK_OPENING.sub("", s.text, count=1)
    theme = THEME_LEAD.match(text)
    text = text[theme.end() :] if theme else text
    m = measured.match(text) or MEASURE_OF_IS.match(text)
    if not m or not (actual := number(m.group("actual"))):
        return
    name = m.group("name") or m.group("thing")
    rest = m.group("rest") or ""
    target, previous = STATED_TARGET.search(rest) or TARGET_AFTER_VALUE.search(rest), _previous().search(rest)
    rag = RATED_AS.search(rest) or STATED_RAG.search(rest)
    verb = m.group(0)[: m.start("actual")]
    changed = m.group("name") and (" by " in verb or MOVED_TO.search(verb))  # 'fell by 4% to', 'rose to'
    named = m.group("name") and MEASURE_NOUN.search(m.group("name"))  # 'The reoffending rate was 34%'
    if not name or not (target or previous or rag or changed or named) or len(name) < 4:
        return
    name = re.sub(r"^the\s+", "", name)  # 'Libraries – the number of visits was N'
    if theme and (len(name.split()) <= 1 or name.lower() in GENERIC_MEASURES):
        name = theme.group(0).rstrip(
            " –—"
        )  # 'Household waste recycled – the rate was 45%': the theme names it
    name = re.sub(r"(?i)^performance\s+(?:for|on|against|of)\s+", "", name)  # 'Performance for X is N'
    name = re.sub(r"\s+(?:is|are|was|were)$", "", name)  # 'Detection rates are sitting at 65%'
    opening = LEADING_PERIOD.match(name)  # 'In 2013 KS2 progress in English increased by 3.5% to 75.5%'
    name = name[opening.end() :] if opening else name
    closing = re.search(rf"\s+(?:for|in|during)\s+(?P<p>{PERIOD_TXT})$", name)  # 'X for 2018/19 was 337'
    name = name[: closing.start()] if closing else name
    name = PAST_PERIOD.sub("", name)  # 'The number of homes built over the past year was N'
    if COMPARATOR.match(name):
        return  # 'National averages increased to 70.7%': what a measure is compared with

    if re.match(r"(?i)(?:this|that|it|our|these|those|they|there)\b", name) or CLAUSE.search(name):
        return  # 'This was 12', 'There are 2 rated red' name no measure
    # 'X target rates for 2013/14 was 65.5%, actual figure is 59.91%': the value named a target is one
    stated = re.sub(r"(?i)\s+target\b", "", name) if re.search(r"(?i)\starget\b", name) else None
    later = STATED_ACTUAL.search(rest) if stated else None
    if stated:
        name, target, actual = stated, None, number(later.group("v")) if later else None
        when_t = re.search(rf"\s(?:for|in)\s+(?P<p>{PERIOD_TXT})$", name)
        name = name[: when_t.start()] if when_t else name
        tind = ctx.mention(_doubled(name), Kind.INDICATOR, scope=ctx.name)
        if v := number(m.group("actual")):
            yield Observation(tind, "target", ctx.ev(s), "sentence.measured.target", value=v[0], unit=v[1])
        if not actual:
            return
    ind, ev = ctx.mention(_doubled(name), Kind.INDICATOR, scope=ctx.name), ctx.ev(s)
    when = re.match(rf"\s+(?:in|during|for)\s+(?P<p>{PERIOD_TXT})", rest)  # '… was 34% in 2023/24'
    yield Observation(
        ind,
        "actual",
        ev,
        "sentence.measured.actual",
        period=when.group("p")
        if when
        else opening.group("p")
        if opening
        else closing.group("p")
        if closing
        else None,
        value=actual[0],
        unit=actual[1],
    )
    for measure, found in (("target", target), ("baseline", previous)):
        if found and (v := number(found.group("v"))):
            yield Observation(ind, measure, ev, f"sentence.measured.{measure}", value=v[0], unit=v[1])
    if rag and (st := status_of(rag.group("rag"))):
        yield Observation(ind, "status", ev, "sentence.measured.rag", status=st, text=rag.group(0))


@cache
def _counted_re() -> re.Pattern:
    """'There were 7,486 reported anti-social behaviour incidents, …', 'Police have identified 58 organised
    crime groups …': a count of a thing, the thing named in lower case after its number."""
    verbs = "|".join(re.escape(str(w)) for w in sorted(vocab()["counted_verbs"], key=len, reverse=True))
    stop = r"with|but|in|during|and|across|compared|this|last|over|per|from|of|between|that|which|who|to|for|by|since"
    return re.compile(
        rf"(?:\b[Tt]here\s+(?:were|was|have\s+been|had\s+been)|\b(?:has|have|had)\s+(?:{verbs}))\s+(?P<num>{NUMTXT})\s+"
        rf"(?!(?:more|fewer|less|additional|extra|other|further|new|of|per|percent|times)\b)(?:(?:reported|recorded)\s+)?"
        rf"(?P<thing>[a-z][\w’'-]*(?:\s+(?!(?:{stop})\b)[a-z][\w’'-]*){{0,6}})(?=\s*[,.;]|\s+(?:{stop})\b|\s*$)"
    )


SHARE_ITEM = re.compile(
    r"^(?P<v>\d{1,3}(?:\.\d+)?\s?%)\s+of\s+(?P<name>[A-Za-z](?:[^.;:]|\.(?=\d)){5,150}?)"
    r"(?:\s+(?:compared\s+(?:to|with)|against|[–—])\s+[^;:]*"  # '… compared to 9.7% last year': the earlier value
    r"|,\s+(?:representing|which|equating|equivalent|meaning)\b[^;:]*)?\.?$"  # ', representing 204 reports'
)


def _stated(ctx: Context, s, name: str, v: tuple, method: str, text: str | None = None) -> Observation:
    """A measure a sentence names with its value: the measure's actual, quoted from the sentence."""
    ind = ctx.mention(tidy(name), Kind.INDICATOR, scope=ctx.name)
    return Observation(ind, "actual", ctx.ev(s), method, value=v[0], unit=v[1], text=text)


def _share_item(ctx: Context, s):
    """'• 70% of Council houses have an energy rating of C': a list's item that is a measure, its share first."""
    m = SHARE_ITEM.match(MARK_OPENING.sub("", s.text, count=1).strip())
    if m and (v := number(m.group("v"))):
        yield _stated(ctx, s, re.sub(r"^all\s+", "", m.group("name")), v, "item.share", m.group(0))


@cache
def _share_surveyed_re() -> re.Pattern:
    who = "|".join(re.escape(str(w)) for w in sorted(vocab()["surveyed"], key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[.:;]\s))(?P<v>\d{{1,3}}(?:\.\d+)?\s?%)\s+of\s+(?P<name>(?:{who})\s+(?:[a-z][\w’'-]*\s*){{2,20}}?)"
        rf"(?=\s*(?:,\s+|\s+)(?:and|but|while|whereas|compared)\b|\s*[.;(]|\s*$)"
    )


def _share_surveyed(ctx: Context, s):
    """'89% of residents feel safe in the local area during the day and 45% at night': a survey's share of
    the people it asked, its words the measure's name."""
    for m in _share_surveyed_re().finditer(s.text):
        if v := number(m.group("v")):
            yield _stated(ctx, s, m.group("name"), v, "sentence.share_surveyed", m.group(0))


NOT_COUNTED = re.compile(  # 'there were 6 red indicators' counts ratings, not a measure
    r"\b(?:present|members|attendees|apologies|items|questions|meetings?|minutes|pages|red|amber|green|indicators)\b"
)


MEASURE_LABEL = re.compile(
    r"^\s*(?P<name>[A-Z][\w’'/ -]{2,60}?):\s+(?=[A-Z])"
)  # 'Delayed transfers of care: …'


def _counted(ctx: Context, s):
    """A count written as prose (see _counted_re): the thing counted is a measure, the count its value; in a
    paragraph opened by a measure's name and a colon, that measure's."""
    if "there " not in s.text.lower() and " ha" not in s.text:
        return
    label = MEASURE_LABEL.match(clean(ctx.doc.lines[s.start - 1])) if s.start > 0 else None
    if label and (len(label.group("name").split()) > 8 or _not_indicators().search(label.group("name"))):
        label = None
    for m in _counted_re().finditer(s.text):
        parsed = number(m.group("num"))
        thing = m.group("thing")
        if (
            parsed
            and "£" not in m.group("num")  # money received is funding, not a count
            and len(thing) > 3
            and " " in thing
            and parsed[1] != "%"
            and not NOT_COUNTED.search(thing)
        ):
            ind = ctx.mention(tidy(label.group("name")) if label else thing, Kind.INDICATOR, scope=ctx.name)
            yield Observation(
                ind,
                "actual",
                ctx.ev(s),
                "sentence.counted",
                period=_period(s.text) or None,
                value=parsed[0],
                unit=parsed[1],
                text=m.group(0),
            )


CHANGE_IN_TO = re.compile(  # 'It has seen an increase in staff sickness to 11.6 days per employee'
    rf"\b(?:an?\s+)?(?:increase|rise|reduction|decrease|fall|drop|improvement|deterioration)\s+in\s+"
    rf"(?P<name>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,6}}?)\s+to\s+(?P<v>{NUMTXT})(?![\d/])"
)


CAME_TO = re.compile(  # 'theft by shoplifting increased by 61.4 per cent, compared to 2022, to 213 cases'
    rf"(?:^|\bthat\s+|[,;]\s+|\b(?:and|while|but)\s+)(?:(?:the\s+)?number\s+of\s+)?"
    rf"(?P<name>[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,6}}?)\s+(?:has\s+|have\s+)?(?:more\s+than\s+)?"
    rf"(?:increased|rose|fell|decreased|dropped|doubled|halved|reduced|grew|declined|went\s+(?:up|down)"
    rf"|remained\s+[\w ]{{0,25}}?,?\s+(?:however,\s+)?going\s+from\s+{NUMTXT})"
    rf"(?:\s+(?:slightly|sharply|significantly|marginally))?(?:\s+by\s+{NUMTXT}(?:\s+per\s*cent)?)?"
    rf"(?:,[^,]{{0,80}},)?\s+to\s+(?P<v>{NUMTXT})(?![\d/])"
    rf"|(?:^|\bthat\s+)(?:(?:the\s+)?number\s+of\s+)?(?P<same>[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,6}}?)"
    rf"\s+(?:remained|remains)\s+(?:(?:largely|broadly|relatively|fairly)\s+)?(?:the\s+same|unchanged|stable|static|steady)"
    rf"[^.]{{0,80}}?\s+at\s+(?P<at>{NUMTXT})(?![\d/])",
    re.I,
)


NOW_AT = re.compile(  # '• the condition of A roads has increased and is now at 77%', '• X remains at only 0.3%'
    rf"^(?:the\s+)?(?P<name>[A-Za-z][^.;:]{{3,150}}?)\s+"
    rf"(?:(?:has|have)\s+(?:\w+\s+)?(?:increased|improved|risen|fallen|decreased|reduced|grown|dropped)\s+and\s+)?"
    rf"(?:(?:is|are)\s+now(?:\s+at)?|(?:remains|remained|stands|stood)\s+at)\s+(?:only\s+|just\s+)?"
    rf"(?P<v>{NUMTXT})(?![\d/])"
)


def _now_at(ctx: Context, s):
    """A list's item that says where a measure stands now: 'the condition of A roads has increased and is now
    at 77% following …', 'the percentage of young people not in education remains at only 0.3%'."""
    m = NOW_AT.match(MARK_OPENING.sub("", s.text, count=1).strip())
    if (
        m
        and (v := number(m.group("v")))
        and "£" not in m.group("v")
        and not NOT_COUNTED.search(m.group("name"))
    ):
        yield _stated(ctx, s, m.group("name"), v, "item.now_at", m.group(0))


def _moved_to(ctx: Context, s):
    """'X increased by 61.4 per cent, compared to …, to 213 cases', 'the number of X more than doubled to 55',
    'X remained largely the same, going from 54 to 58', 'The number of X remained the same … at 16': the
    value the measure came to."""
    if " to " not in s.text and " at " not in s.text:
        return
    for m in CAME_TO.finditer(s.text):
        name, raw = (m.group("name"), m.group("v")) if m.group("name") else (m.group("same"), m.group("at"))
        v = number(raw)
        name = re.sub(r"(?i)^(?:the|a|an)\s+", "", name)
        if (
            not v
            or "£" in raw
            or len(name) < 4
            or NOT_COUNTED.search(name)
            or COMPARATOR.match(name)  # 'National averages increased by 1.7% to 70.7%': a comparison
            or name.lower() in ("it", "this", "they")
        ):
            continue
        yield _stated(ctx, s, name, v, "sentence.moved_to", m.group(0))


BRACKETED_VALUE = re.compile(  # 'The percentage of households facing fuel poverty (28 per cent) was also too high'
    rf"\b[Tt]he\s+(?P<name>(?:percentage|proportion|number|rate|level|share)\s+of\s+[a-z][^().;]{{3,100}}?)\s+"
    rf"\((?P<v>{NUMTXT})\)"
)


def _bracketed_value(ctx: Context, s):
    """A measure named with its value in brackets after it."""
    for m in BRACKETED_VALUE.finditer(s.text) if "(" in s.text else ():
        if (v := number(m.group("v"))) and "£" not in m.group("v"):
            yield _stated(ctx, s, m.group("name"), v, "sentence.bracketed_value")


TARGET_IN_BRACKETS = rf"\(\s*(?:the\s+)?target:?\s*(?P<t>{NUMTXT})\s*\)"
BRACKETED_TARGET = (  # a measure's value and, in brackets after it, its target
    # '1,843 businesses engaged with (target: 407)'
    re.compile(
        rf"(?:^|(?<=[,;]\s))(?P<v>{NUMTXT})\s+(?P<name>[a-z][\w’' -]{{2,80}}?)\s*{TARGET_IN_BRACKETS}"
    ),
    # 'Minor planning applications – 74% (92 of 125) determined in 8 weeks (target: 65%)', 'Housing – Repairs
    # completed by the agreed date – the target was being exceeded at 99.5% (target 98.85%)'
    re.compile(
        rf"^(?:[A-Z][^–—:()\d]{{2,40}}?\s+[–—]\s+)?(?P<name>[A-Z][^–—:()\d]{{2,120}}?)\s+[–—:-]\s+"
        rf"(?:[^\d–—()]{{0,80}}?\b(?:at|was|of|is|reached)\s+)?(?P<v>{NUMTXT})(?![\d/])(?:[^()]|\([^()]*\)){{0,80}}?"
        rf"{TARGET_IN_BRACKETS}"
    ),
    # 'The Westby Works outcomes (actual YTD 6, target 10)', 'reports of fly tipping (4,568 incidents, target 3,000)'
    re.compile(
        rf"(?:^|(?<=[,;]\s)|(?<=\sand\s)|(?<=\sbut\s)|(?<=\swhile\s)|(?<=\swhilst\s))(?:(?:and|but|whilst|while)\s+)?(?:the\s+|The\s+)?(?P<name>[A-Za-z][\w’' -]{{2,100}}?)\s+"
        rf"\((?:actual\s+)?(?:YTD\s+|Q[1-4]\s+)?(?P<v>{NUMTXT})(?:\s+[a-z]+)?\s*[,;]?\s+target:?\s+(?P<t>{NUMTXT})\s*\)"
    ),
    # 'The employment rate (71.3%) is higher than the target (69.7%)'
    re.compile(
        rf"^(?:The\s+)?(?P<name>[A-Za-z][\w’' -]{{2,60}}?)\s+\((?P<v>{NUMTXT})\)\s+(?:is|was|remains)\s+"
        rf"(?:higher|lower|above|below|better|worse|ahead|short)\s+(?:than|of)\s+(?:the|its)\s+target\s+\((?P<t>{NUMTXT})\)"
    ),
)


SPOKEN_TARGET = (  # a measure's value and its target in a run of prose, the press's way
    # '… continued to break targets - new claims 3.07 (target 4); change in circumstances 6.73 (target 14)'
    re.compile(
        rf"(?:^|(?<=[;:]\s)|(?<=\s[–—-]\s))(?P<name>[a-z][\w’' -]{{2,60}}?)\s+(?P<v>{NUMTXT})(?![\d/])"
        rf"(?:\s+(?:days|weeks|hours))?\s*{TARGET_IN_BRACKETS}"
    ),
    # 'a good performance for improved housing standards - 84 against a target of 75'
    re.compile(
        rf"\bfor\s+(?:the\s+)?(?P<name>[a-z][\w’' -]{{2,60}}?)\s+[–—-]\s+(?P<v>{NUMTXT})(?![\d/])\s+"
        rf"against\s+(?:a|the|its)\s+target\s+of\s+(?P<t>{NUMTXT})(?![\d/])"
    ),
    # 'the number of empty homes returned to use was up from the target of 60 to 67'
    re.compile(
        rf"(?:^|(?<=\sand\s))(?:[Tt]he\s+)?(?P<name>[A-Za-z](?:(?!\b(?:was|were|is|are|target)\b)[\w’' ,-]){{2,100}}?)"
        rf"\s+(?:was|were|is|are|has\s+been)\s+(?:up|down)\s+"
        rf"from\s+(?:the|its|a)\s+target\s+of\s+(?P<t>{NUMTXT})(?![\d/])\s+to\s+(?P<v>{NUMTXT})(?![\d/])"
    ),
)


LISTED_RAG = re.compile(  # 'X - A, B and C all remained categorised at amber RAG rating'
    r"(?:^|[–—:]\s+)(?P<items>[A-Za-z][^.;:–—]{3,300}?)\s+(?:all\s+|both\s+)?(?:remained|remain|were|are|have\s+been)"
    r"\s+(?:all\s+|both\s+)?(?:categorised|rated|marked|assessed|graded|classed)\s+(?:at|as)\s+(?P<rag>red|amber|green)\b",
    re.I,
)


def _listed_rag(ctx: Context, s, low: str):
    """Measures listed with one rating for all of them ('X - A, B and C all remained categorised at amber')."""
    for m in (
        LISTED_RAG.finditer(s.text) if ("categorised" in low or "rated" in low or "marked" in low) else ()
    ):
        items = re.split(r"\s[-–—]\s", m.group("items"))[-1]  # 'Theme - A, B and C': the measures after it
        names = [tidy(re.sub(r"^(?:and|or)\s+", "", n)) for n in split_list(items)]
        if len(names) < 2 or any(len(n.split()) > 8 or not n for n in names):
            continue  # one measure is the sentence readers'; a clause is no measure's name
        for name in names:
            ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
            yield Observation(ind, "status", ctx.ev(s), "sentence.listed_rag", status=m.group("rag").lower())


NOT_A_MEASURE = re.compile(
    r"(?i)\btarget\b|\b(?:was|were|being)\b|\s(?:at|of|by|to)$"
)  # 'the target was exceeded at'


def _bracketed_target(ctx: Context, s):
    """A value with its target in brackets (see BRACKETED_TARGET), or beside it in prose (SPOKEN_TARGET): the
    measure's actual and target."""
    if "target" not in s.text:
        return
    entries = re.split(
        r"\s+[•·]\s+", MARK_OPENING.sub("", s.text, count=1).strip()
    )  # bullets run into one line
    patterns = (BRACKETED_TARGET if "(" in s.text else ()) + SPOKEN_TARGET
    for text, pattern in itertools.product(entries, patterns):
        for m in pattern.finditer(text):
            name = tidy(m.group("name"))
            if (
                "£" in m.group("v")
                or re.match(r"(?i)(?:this|that|it|which|we)\b", name)
                or (pattern in SPOKEN_TARGET and NOT_A_MEASURE.search(name))
            ):
                continue
            if "%" in m.group("t") and "%" not in m.group("v"):
                continue  # '92 of 125 (74%) … (target: 65%)': the count is not what the target is of
            if v := number(m.group("v")):
                yield _stated(ctx, s, name, v, "sentence.bracketed_target.actual")
            if t := number(m.group("t")):
                ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
                yield Observation(
                    ind, "target", ctx.ev(s), "sentence.bracketed_target.target", value=t[0], unit=t[1]
                )


CHANGE_OF = re.compile(  # 'a 10.3 per cent fall in theft and a 24.3 per cent cut in criminal damage'
    r"\b(?:an?|the)\s+(?:(?:further|overall|significant)\s+)?(?P<v>\d+(?:\.\d+)?\s*(?:%|per ?cent))\s+"
    r"(?:fall|cut|reduction|drop|decrease|decline|rise|increase)\s+in\s+(?:the\s+(?:number\s+of\s+)?)?"
    r"(?P<name>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,5}?)"
    r"(?=\s*[,.;]|\s*$|\s+(?:and|in|across|since|over|during|compared|from|between|this|last)\b)"
)
CHANGED_BY = re.compile(  # '… has seen violent crime drop by 15 per cent, domestic burglaries cut by 30 per cent'
    r"(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bseen\s)|(?<=\bsaw\s))(?!(?:it|this|that|which|we|they|there|with|for|of|the)\b)"
    r"(?P<name>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4}?)\s+"
    r"(?:cut|fell|fall|dropped|drop|down|reduced|decreased|decrease|rose|rise|up|increased|increase)\s+by\s+"
    r"(?:just\s+(?:under|over)\s+|almost\s+|nearly\s+|over\s+|around\s+|about\s+)?(?P<v>\d+(?:\.\d+)?\s*(?:%|per ?cent))"
)


# '… by 18.8% in the previous 12 months to 443': the level, after the period compared
LEVEL_AFTER = re.compile(
    rf"(?:\s+(?:in|over|during|on|since)\s+(?:the\s+)?[^,.;£]{{1,40}}?)?\s+to\s+(?P<v>{NUMTXT})(?![\d/])"
)
MONEY_MEASURE = re.compile(
    r"(?i)\b(?:council\s+tax|rents?|fees?|charges?|pay|prices?|precept|budgets?|funding|salar(?:y|ies))\b"
)


def _change_by(ctx: Context, s, low: str):
    """Changes written mid-sentence, each its measure's figure: 'a 10.3 per cent fall in theft', 'domestic
    burglaries cut by 30 per cent'."""
    if "per cent" not in low and "%" not in low:
        return
    for m in [*CHANGE_OF.finditer(s.text), *(CHANGED_BY.finditer(s.text) if " by " in low else ())]:
        if re.search(r"(?i)\bnational(?:ly)?\b", s.text[: m.start()]):
            continue  # 'Nationally there was a 2% reduction in crime': what the measure is compared with
        level = LEVEL_AFTER.match(s.text, m.end())  # '… were up by 10.4% to 20,560': the level it reached
        if not level and re.search(r"\bto\s+\d", s.text[m.end() : m.end() + 60]):
            continue  # '… increased by 61 per cent, compared to 2022, to 213 cases': the level's reader's
        name = re.sub(r"\s+(?:were|was|is|are|has|have|had)$", "", m.group("name"))
        if MONEY_MEASURE.search(name):
            continue  # 'a 4.99 per cent increase in council tax', 'rents increased by 7%': prices, no measure
        if (v := number(level.group("v") if level else m.group("v"))) and not NOT_COUNTED.search(name):
            yield _stated(ctx, s, name, v, "sentence.change_by", m.group(0))


def _change_in_to(ctx: Context, s):
    """'an increase in staff sickness to 11.6 days': the measure's value now."""
    if " in " not in s.text or " to " not in s.text:
        return
    for m in CHANGE_IN_TO.finditer(s.text):
        if (
            (v := number(m.group("v")))
            and "£" not in m.group("v")
            and not NOT_COUNTED.search(m.group("name"))
        ):
            yield _stated(ctx, s, m.group("name"), v, "sentence.change_in_to", m.group(0))


@cache
def _value_first_re() -> re.Pattern:
    """'344 Special Constables (up from 327 in 2023/24)', '23.7% female officer representation (down from
    25%)': a value, the measure, and in brackets the earlier value it moved from."""
    cues = "|".join(re.escape(str(w)) for w in sorted(vocab()["previous_cues"], key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[:;)]\s)|(?<=\.\s))(?P<actual>{NUMTXT})\s+(?P<thing>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){{0,7}}?)"
        rf"\s*\(\s*(?:{cues})\s+(?P<v>{NUMTXT})(?![\d/])",
        re.I,
    )


def _value_first(ctx: Context, s):
    if "(" not in s.text:
        return
    for m in _value_first_re().finditer(s.text):
        now, before = number(m.group("actual")), number(m.group("v"))
        thing = tidy(m.group("thing"))
        if not now or "£" in m.group("actual") or len(thing) < 4 or NOT_COUNTED.search(thing):
            continue
        ind = ctx.mention(thing, Kind.INDICATOR, scope=ctx.name)
        ev = ctx.ev(s)
        yield Observation(
            ind, "actual", ev, "sentence.value_first", value=now[0], unit=now[1], text=m.group(0)
        )
        if before:
            yield Observation(
                ind, "baseline", ev, "sentence.value_first.baseline", value=before[0], unit=before[1]
            )


AGAINST_TARGET = re.compile(  # 'the percentage of X – which has a performance of 84% against a target of 80%'
    rf"\b(?:[Tt]he\s+)?(?P<name>(?:[Pp]ercentage|[Pp]roportion|[Nn]umber|[Rr]ate|[Ll]evel)\s+of\s+[^–—.;]{{5,150}}?)\s+[–—-]\s+"
    rf"(?:which|where|with|at)\b[^–—.;]{{0,80}}?(?P<v>{NUMTXT})(?![\d/]|,\d)[^–—.;]{{0,80}}?\bagainst\s+(?:a|the|its)\s+target\s+of\s+(?P<t>{NUMTXT})(?![\d/]|,\d)"
)


def _against_target(ctx: Context, s, low: str):
    """A measure named, then after a dash its value against its target (see AGAINST_TARGET)."""
    for m in AGAINST_TARGET.finditer(s.text) if "against" in low else ():
        ind, ev = ctx.mention(tidy(m.group("name")), Kind.INDICATOR, scope=ctx.name), ctx.ev(s)
        for measure, group in (("actual", "v"), ("target", "t")):
            if v := number(m.group(group)):
                yield Observation(
                    ind, measure, ev, f"sentence.against_target.{measure}", value=v[0], unit=v[1]
                )


ACHIEVED_OF = re.compile(  # 'achieved a reduction in offending of 18.5%, … the target reduction of 15.7%'
    rf"\b(?:achieved|recorded|delivered|saw|reported)\s+(?:an?\s+)?(?P<name>(?:reduction|increase|rise|fall|"
    rf"improvement|decrease)\s+in\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,5}}?)\s+of\s+(?P<v>{NUMTXT})(?![\d/]|,\d)"
    rf"(?:[^.;]{{0,80}}?\btarget(?:\s+[a-z]+){{0,3}}?\s+of\s+(?P<t>{NUMTXT})(?![\d/]|,\d))?"
)


def _achieved_of(ctx: Context, s, low: str):
    """'the Partnership achieved a reduction in offending of 18.5%, which was in excess of the target
    reduction of 15.7%': the change achieved is the measure, and the target the sentence sets it."""
    for m in ACHIEVED_OF.finditer(s.text) if " of " in low else ():
        ind, ev = ctx.mention(tidy(m.group("name")), Kind.INDICATOR, scope=ctx.name), ctx.ev(s)
        for measure, group in (("actual", "v"), ("target", "t")):
            if m.group(group) and (v := number(m.group(group))):
                yield Observation(ind, measure, ev, f"sentence.achieved_of.{measure}", value=v[0], unit=v[1])


WITH_REGARD_TO = re.compile(  # 'With regard to Domestic Abuse Initial Checks, 95% of checks were …'
    rf"\b(?:[Ww]ith\s+regard\s+to|[Ii]n\s+relation\s+to|[Rr]egarding|[Ii]n\s+terms\s+of)\s+(?:the\s+)?(?P<name>[A-Z][\w’'/()&-]*(?:\s+[\w’'/()&-]+){{0,8}}),\s+"
    rf"(?P<v>{NUMTXT})(?![\d/]|,\d)\s+(?:of|were|was|had|have|has)\b"
)


def _with_regard_to(ctx: Context, s):
    for m in (
        WITH_REGARD_TO.finditer(s.text)
        if "regard" in s.text or "relation" in s.text or "terms" in s.text
        else ()
    ):
        if v := number(m.group("v")):
            yield _stated(ctx, s, m.group("name"), v, "sentence.with_regard_to", m.group(0))


RATE_OF = re.compile(  # 'the local police outcome rate of 30.7% is …': a rate named with its value
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<name>(?:[A-Za-z][\w’'-]*\s+){{0,5}}(?:rate|level|proportion|percentage|ratio|score))\s+of\s+(?P<v>{NUMTXT})(?![\d/]|,\d)"
)


def _rate_of(ctx: Context, s):
    if " of " not in s.text:
        return
    for m in RATE_OF.finditer(s.text):
        name = m.group("name")
        if (
            (v := number(m.group("v")))
            and len(name.split()) >= 2
            and not re.match(r"(?i)(?:this|that)\b", name)
        ):
            ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
            yield Observation(
                ind, "actual", ctx.ev(s), "sentence.rate_of", value=v[0], unit=v[1], text=m.group(0)
            )


TARGET_THEN_MOVE = re.compile(  # 'X had exceeded its target of 6,000, increasing from 5,555 to 6,401'
    rf"^(?:The\s+)?(?P<name>[A-Z][\w’'/()-]*(?:\s+[\w’'/()&-]+){{0,11}}?)\s+(?:has|have|had|is|was|were)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:its|their|the|a)\s+(?:\w+\s+)?target\s+(?:of\s+)?(?P<target>{NUMTXT})(?![\d/]|,\d)"
    rf"[^.;]*?\bfrom\s+(?P<before>{NUMTXT})\s+to\s+(?P<actual>{NUMTXT})(?![\d/]|,\d)"
)


def _target_and_move(ctx: Context, s, low: str):
    m = (
        TARGET_THEN_MOVE.match(MARK_OPENING.sub("", s.text, count=1))
        if "target" in low and " from " in low
        else None
    )
    if not m:
        return
    name = re.sub(r"^[Tt]he\s+", "", m.group("name"))
    ind, ev = ctx.mention(name, Kind.INDICATOR, scope=ctx.name), ctx.ev(s)
    for measure, group in (("target", "target"), ("baseline", "before"), ("actual", "actual")):
        if v := number(m.group(group)):
            yield Observation(ind, measure, ev, f"sentence.target_move.{measure}", value=v[0], unit=v[1])


@cache
def _moved_re() -> re.Pattern:
    """'X has risen from 5.9% in 2013/14 to 6.4% in 2014/15', 'The rate of X increased since …, from 614 per
    100,000 to 644 per 100,000': a measure's earlier and latest values, each with its period."""
    verbs = "|".join(re.escape(str(w)) for w in sorted(vocab()["moved_verbs"], key=len, reverse=True))
    per = r"(?:\s*per\s+(?:\d{1,3}(?:,\d{3})+|\d+))?"
    when = rf"(?:\s+(?:in|during|for|at)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?P<PERIOD>{PERIOD_TXT}))?"
    return re.compile(
        rf"^(?:The\s+)?(?P<name>(?:%\s*|[A-Z])[\w’'/()-]*(?:\s+[\w’'/()&,-]+){{0,20}}?)\s+(?:has\s+|have\s+|had\s+)?"
        rf"(?:{verbs}|(?:is|are|was|were)\s+(?:down|up))(?:\s+by\s+(?:nearly\s+|almost\s+|around\s+|over\s+)?{NUMTXT})?"
        rf"(?:\s+(?:since|over|during|in)\s[^,.;]{{1,60}}?)?,?\s+from\s+(?P<before>{NUMTXT}){per}"
        r"(?:\s+[a-z]+){0,2}?"  # 'from 11,449 recorded offences to 12,310'
        + when.replace("PERIOD", "p1")
        + rf",?\s+to\s+(?P<actual>{NUMTXT}){per}(?![\d/])"
        + when.replace("PERIOD", "p2"),
        re.I,
    )


MOVE_IN = re.compile(  # '… a drop in robberies and assault with intent to rob, down from 108 to 90 …'
    rf"\b(?:a|an)\s+(?:drop|fall|rise|increase|reduction|decrease)\s+in\s+(?P<name>[a-z][^,.;]{{3,100}}?),?\s+"
    rf"(?:down|up)\s+from\s+(?P<before>{NUMTXT})(?![\d/]|,\d)\s+to\s+(?P<actual>{NUMTXT})(?![\d/]|,\d)"
)


@cache
def _coded_moved_re() -> re.Pattern:
    """'… the indicator KPI 07 – The number of days in B&B, which increased from 120 in Q2 2023-24 to 190 …':
    a coded measure named mid-sentence, its move told in the clause after it."""
    verbs = "|".join(re.escape(str(w)) for w in sorted(vocab()["moved_verbs"], key=len, reverse=True))
    return re.compile(
        rf"(?P<code>\b[A-Z]{{2,6}}\s?\d{{2,4}}[a-z]?)\s*[–—-]\s+(?:[Tt]he\s+)?(?P<name>[A-Za-z%][^,;]{{3,120}}?),\s+which\s+"
        rf"(?:has\s+|had\s+)?(?:{verbs})\s+from\s+(?P<before>{NUMTXT})(?![\d/]|,\d)[^,;]{{0,40}}?\s+to\s+(?P<actual>{NUMTXT})(?![\d/]|,\d)"
    )


@cache
def _share_moved_re() -> re.Pattern:
    """'… noted that although the percentage of people in good health had risen over the past year from 84% to
    87%, the percentage of households who …': a share, rate or number of something moving mid-sentence."""
    verbs = "|".join(re.escape(str(w)) for w in sorted(vocab()["moved_verbs"], key=len, reverse=True))
    return re.compile(
        rf"\b[Tt]he\s+(?P<name>(?:percentage|proportion|number|rate|level|share)\s+of\s+[a-z][^,.;]{{3,120}}?)\s+"
        rf"(?:has\s+|have\s+|had\s+)?(?:{verbs})(?:\s+(?:significantly|sharply|slightly|marginally|steadily))?"
        rf"(?:\s+(?:since|over|during|in)\s[^,.;]{{1,60}}?)?,?\s+from\s+(?P<before>{NUMTXT})(?![\d/]|,\d)"
        rf"\s+to\s+(?P<actual>{NUMTXT})(?![\d/]|,\d)"
    )


def _moved(ctx: Context, s, low: str):
    """A measure's move written as prose (see _moved_re): its latest value, the earlier one its baseline."""
    if " from " not in low or " to " not in low:
        return
    m = (
        _moved_re().match(MARK_OPENING.sub("", s.text, count=1))
        or _coded_moved_re().search(s.text)
        or MOVE_IN.search(s.text)
    )
    if not m:
        for m in _share_moved_re().finditer(s.text):
            yield from _move_of(ctx, s, m)
        return
    yield from _move_of(ctx, s, m)


def _move_of(ctx: Context, s, m: re.Match):
    """The observations of one move: its latest value, and the earlier one as its baseline."""
    if not (actual := number(m.group("actual"))) or not (before := number(m.group("before"))):
        return
    name = _doubled(m.group("name").strip(" ,"))
    name = re.sub(
        r"^(?:Since|In|During|By|From|Over|Between)\b[^,]{1,40},\s*(?:[Tt]he\s+)?", "", name
    )  # 'Since May, …'
    name = re.sub(r"^[Tt]hose\s+(?=\w+ed\b)", "", name)  # 'Those injured in crashes has risen from …'
    # 'He reported that over a rolling twelve month period Total Notifiable Offences (TNO) in Westby is up from …'
    name = re.sub(
        r"^.*?\b(?:reported|said|noted|explained|stated|confirmed|showed|shows)\s+that\s+", "", name
    )
    name = re.sub(
        r"^(?:over|in|during)\s+(?:a|the)\s+[^A-Z]{0,50}?\b(?:period|year|months|quarter)\s+", "", name
    )
    name = re.sub(r"\s+\([A-Z]{2,6}\)|\s+in\s+[A-Z][\w-]+$", "", name)
    name = re.split(r",\s+(?:including|such as|either|both|excluding|mainly)\b", name)[0]  # 'X, including Y,'
    if len(name) < 4 or re.match(r"(?i)(?:this|that|it|our|these|those|they|there|we)\b", name):
        return  # 'This has risen from …' names no measure
    ind, ev = ctx.mention(name, Kind.INDICATOR, code=m.groupdict().get("code"), scope=ctx.name), ctx.ev(s)
    for measure, parsed, period in (("actual", actual, "p2"), ("baseline", before, "p1")):
        yield Observation(
            ind,
            measure,
            ev,
            f"sentence.moved.{measure}",
            period=m.groupdict().get(period),
            value=parsed[0],
            unit=parsed[1],
        )


@cache
def _contributor_res() -> tuple[re.Pattern, re.Pattern]:
    def alt(key: str) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(vocab()[key], key=len, reverse=True))

    cue = re.compile(rf"\b(?:{alt('contributor_cues')})\s+(?:the\s+)?(?P<names>[A-Z].{{2,200}})")
    opener = re.compile(
        rf"^(?:The\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of|and|&|for)?\s*[A-Z][\w’'&-]*){{0,6}})\s+(?:{alt('contributor_verbs')})\b"
    )
    return cue, opener


NAME_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:of|and|&|for|the)?\s*[A-Z][\w’'&.-]*)*")


def _names_listed(text: str) -> list[str]:
    """'Pen-y-bont, Exampleton Aid and Northshire Police based at …' -> the capitalised names in the list."""
    out = []
    for piece in re.split(r",\s*|\s+and\s+|\s*&\s*", text):
        m = NAME_RUN.match(piece.strip())
        if not m:
            break
        out.append(m.group(0))
        if m.end() < len(piece.strip()):  # the list ends where lower-case words go on
            break
    return [tidy(n) for n in out if len(n) > 2]


def commentary_contributors(ctx: Context):
    """Partners named in the commentary under an indicator's value line or target sentence contribute to it."""
    cue, opener = _contributor_res()
    target_re, pair = _target_re(), _measure_pair()
    current: Mention | None = None
    for b in ctx.doc.blocks:
        if b.kind == "row":
            continue
        if b.kind == "heading" and not LABEL_LINE.match(b.text):
            current = None
            continue
        for s in ctx.doc.sentences(b):
            text = s.text
            m = LABEL_LINE.match(text)
            if m and pair.match(m.group("rest")):
                current = ctx.mention(tidy(m.group("name")), Kind.INDICATOR, scope=ctx.name)
                continue
            t = target_re.search(text) if DIGIT.search(text) else None
            if t and re.search(r"(?:^|\b(?:to|target:?-?|aim|will|we))\W*$", text[: t.start()].lower()):
                obj = t.group("obj").strip()
                if re.match(r"(?:the\s+)?number of\s", obj, re.I):
                    obj = re.sub(r"^(?:the\s+)?number of\s+", "", obj, flags=re.I)
                    obj = re.sub(r"\s+(?:citywide|borough-?wide|countywide|county-?wide)$", "", obj)
                    current = ctx.mention(obj, Kind.INDICATOR, scope=ctx.name)
                else:
                    current = ctx.mention(f"{t.group('verb').lower()} {obj}", Kind.INDICATOR, scope=ctx.name)
                continue
            if current is None:
                continue
            names = []
            if c := cue.search(text):
                names = _names_listed(c.group("names"))
            elif o := opener.match(re.sub(r"^(?:[A-Z]{2,}\s+)+(?=[A-Z][a-z])", "", text)):
                names = [
                    tidy(o.group("name"))
                ]  # a heading run into the text ('COMMENTS The Fire Service …') is dropped
            for name in names:
                kind = kind_of(name)
                if name.lower() in org_words():
                    continue  # 'the Partnership', 'the Council': whose is not said here
                if kind in (Kind.ORGANISATION, Kind.PARTNERSHIP, Kind.GROUP, Kind.SERVICE):
                    yield Claim(
                        ctx.mention(name, kind),
                        Rel.CONTRIBUTES,
                        current,
                        ctx.ev(s),
                        "commentary.partners",
                        0.7,
                    )


@cache
def _target_re() -> re.Pattern:
    verbs = by_letter(sorted(vocab()["target_verbs"], key=len, reverse=True), True)
    return re.compile(
        rf"(?P<verb>\b(?:{verbs}))\s+(?P<obj>[^.;:()]{{3,90}}?)\s+(?:by|to)\s+(?:no more than\s+|at least\s+)?(?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)\s*(?P<pct>%|per ?cent)?(?:\s+to\s+(?P<abs>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)\b(?!%))?",
        re.I,
    )


TARGET_VALUE = re.compile(
    r"\b(?:by|to|of)\s+(?:no more than\s+|at least\s+|less than\s+|under\s+)?(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<pct>%|per ?cent)?(?:\s+to\s+(?P<abs>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\b(?!%))?",
    re.I,
)


def _value(m: re.Match) -> tuple[float, str | None]:
    if m.group("abs"):
        return float(m.group("abs").replace(",", "")), None
    return float(m.group("num").replace(",", "")), "%" if m.group("pct") else None


@cache
def _list_intro() -> re.Pattern:
    nouns = by_letter(sorted(vocab()["list_nouns"], key=len, reverse=True), True)
    return re.compile(rf"\b(?:{nouns})\b[^.]*:\s*$|\b(?:{nouns})\s+(?:are|is|include)\s*:?\s*$", re.I)


BARE_CODE = re.compile(r"[A-Z]{1,6}\s?\d{1,4}[a-z]?")
ITEM = re.compile(r"^(?P<name>[A-Z][\w'’&,/ ()-]{1,70}?)\s*(?:\s[-–—]|[-–—]\s|:)\s*(?P<rest>\S.*)$")


def target_lists(ctx: Context):
    """A sentence naming targets or indicators, then a list: 'Recorded Crime - Reduce by 22%'."""
    blocks = ctx.doc.blocks
    for bi, b in enumerate(blocks):
        if b.kind not in ("paragraph", "heading", "item") or not _list_intro().search(b.text):
            continue
        owners = _owners_in(ctx, b) or [s for s in (_section_above(ctx, b.start),) if s is not None]
        for it in blocks[bi + 1 : bi + 40]:
            if it.kind != "item":
                break
            m = ITEM.match(it.text)
            if not m and len(it.text.split()) <= 14 and not it.text.endswith(".") and it.text[:1].isupper():
                # 'Number of residential burglaries': an indicator named alone, the document's plan's
                plan = owners or [p for p in (_plan(ctx), _plan_in_prose(ctx, b.start)) if p is not None][:1]
                name = re.sub(
                    r"(?i)\s*\((?:red|amber|green)\)\s*[;.,]?$", "", it.text.strip()
                )  # 'X (Amber);'
                ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
                yield from (Claim(ind, Rel.INDICATOR_OF, o, ctx.ev(it), "list.indicators", 0.7) for o in plan)
                continue
            if not m or len(m.group("name").split()) > 8:
                continue
            ev = ctx.ev(it)
            # 'CS1 – Percentage of …': a code, then the indicator's name
            if BARE_CODE.fullmatch(m.group("name")):
                ind = ctx.mention(
                    tidy(m.group("rest").rstrip(" .;")), Kind.INDICATOR, code=m.group("name"), scope=ctx.name
                )
                yield from (Claim(ind, Rel.INDICATOR_OF, o, ev, "list.targets", 0.8) for o in owners)
                continue
            ind = ctx.mention(m.group("name"), Kind.INDICATOR, scope=ctx.name)
            for owner in owners:
                yield Claim(ind, Rel.INDICATOR_OF, owner, ev, "list.targets", 0.8)
            rest = m.group("rest")
            t = TARGET_VALUE.search(rest)
            if t and (
                re.search(rf"\b(?:{'|'.join(vocab()['target_verbs'])})\b", rest, re.I)
                or re.search(r"no more than|at least", rest, re.I)
            ):
                value, unit = _value(t)
                yield Observation(ind, "target", ev, "list.targets", value=value, unit=unit, text=rest)
            elif not owners:
                yield Observation(ind, "target", ev, "list.targets", text=rest)


INDICATOR_LABEL = re.compile(
    r"(?i)^(?:key\s+|our\s+)?(?:performance\s+|success\s+)?(?:indicators?|measures?|kpis?|measures\s+of\s+success)\s*:\s*(?P<rest>\S.{2,600})$"
)
OWNED_LABEL = re.compile(
    r"(?i)^(?:local\s+|strategic\s+|key\s+)?(?:outcome|priority|objective|aim|theme|goal)(?:\s+\w{1,3})?\s*[:–—-]\s*(?P<name>[A-Z].{2,150}?)\.?$"
)


INDICATOR_HEAD = re.compile(  # the label alone over a list of bullets ('Targets' / '•Reduce …')
    r"(?i)(?:key\s+|our\s+)?(?:performance\s+|success\s+)?(?:indicators?|measures?|kpis?|targets|measures\s+of\s+success)\s*:?"
)
NUMBERED_HEAD = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})?[.)]?|[A-Z][.)])\s+(?P<name>[A-Z][^.:;]{2,90})")


def _listed_under(lines: list[str], n: int) -> tuple[list[str], int]:
    """The bullets under line ``n`` (1-based), each with the lines it wraps onto, and the last line read."""
    names: list[str] = []
    end = n
    for k in range(n, min(len(lines), n + 30)):
        text = lines[k]
        if mark := MARK_OPENING.match(text):
            names.append(text[mark.end() :])
        elif names and text and (text[:1].islower() or WRAPPED.search(names[-1])):
            names[-1] = f"{names[-1]} {text}"  # the item wrapped onto the next line
        else:
            break
        end = k + 1
    return names, end


def indicator_labels(ctx: Context):
    """'Indicators: a; b; c' (or the label alone over bullets) under 'Outcome: X' (a label line a few lines
    above) or a numbered heading: each indicator measures X; with no such line above, the section it sits
    in, else the document's plan."""
    lines = ctx.clean_lines
    for n, text in enumerate(lines, 1):
        m = INDICATOR_LABEL.match(text) if len(text) <= 700 else None
        if m:
            rest = m.group("rest").rstrip(".")
            names = [
                p.strip()
                for p in re.split(r"\s*;\s*(?:and\s+)?" if ";" in rest else r"\s*,\s*(?:and\s+)?", rest)
            ]
            end = n
        elif INDICATOR_HEAD.fullmatch(text):
            names, end = _listed_under(lines, n)
        else:
            continue
        names = [x for x in names if 3 <= len(x) <= 120 and len(x.split()) <= 14]
        if (
            not names
            or m
            and len(names) < 2
            and not (len(names) == 1 and ";" not in rest and "," not in rest)
        ):
            continue
        owned = next(
            filter(None, (OWNED_LABEL.match(lines[k]) for k in range(n - 2, max(-1, n - 7), -1))), None
        )
        owner = (
            ctx.mention(tidy(owned.group("name")), Kind.PRIORITY, scope=ctx.name)
            if owned
            else _section_above(ctx, n) or _numbered_above(ctx, lines, n) or _plan(ctx)
        )
        if owner is None:
            continue
        ev = ctx.doc.evidence(n, end)
        for name in names:
            ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
            yield Claim(ind, Rel.INDICATOR_OF, owner, ev, "label.indicators", 0.75)


def _numbered_above(ctx: Context, lines: list[str], line: int) -> Mention | None:
    """'2. Tackling Fly-tipping' a few short lines above a list's label: the priority the list is under."""
    for k in range(line - 2, max(-1, line - 8), -1):
        if (m := NUMBERED_HEAD.fullmatch(lines[k])) and not m.group("name").endswith(","):
            return ctx.mention(tidy(m.group("name")), Kind.PRIORITY, scope=ctx.name)
        if len(lines[k]) > 80:
            return None
    return None


def _section_above(ctx: Context, line: int, reach: int = 6) -> Mention | None:
    """The section a line opens or sits under, within ``reach`` lines: 'Priority 1: Reducing violence' over
    'How we will measure success:' (or over a table of actions and a caption), unless a numbered or
    capitalised heading comes first."""
    for n in range(line, max(0, line - reach), -1):
        text = fold(clean(ctx.doc.lines[n - 1]))
        if _section_re().match(text):
            return section_of(ctx, text)
        if re.match(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]", text) or text.isupper() and len(text) > 3:
            return None
    return None


NAMED_PLAN = re.compile(
    r"\b((?:[A-Z][\w'’&-]*\s+(?:(?:and|&|of|for|the)\s+)*)+(?:Strategy|Plan|Programme|Partnership|Board|Group)(?:\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)?)"
)


def _owners_in(ctx: Context, b) -> list[Mention]:
    """Whose targets a list introduction names: 'Our Strategy' -> the document's strategy named in full;
    'for the Partnership' -> the partnership the document names."""
    out = []
    text = b.text
    for word in ("Strategy", "Plan", "Programme"):
        if re.search(rf"\b(?:our|the|this)\s+(?:\w+\s+){{0,2}}{word}\b", text, re.I):
            full = _nearest_named(ctx, b.start, word)
            if full:
                out.append(ctx.mention(full, Kind.PLAN))
    for m in NAMED_PLAN.finditer(text):
        out.append(ctx.mention(m.group(1)))
    return out


def _nearest_named(ctx: Context, line: int, word: str) -> str | None:
    best, dist = None, 10**9
    for n, raw in enumerate(ctx.doc.lines, 1):
        for m in NAMED_PLAN.finditer(clean(raw)):
            name = m.group(1)
            if re.search(rf"\b{word}\b", name) and len(name.split()) >= 3 and abs(n - line) < dist:
                best, dist = name, abs(n - line)
    return best


def _outcome_titles(ctx: Context) -> dict[str, Mention]:
    """Outcomes stated on a line of their own under a section word ('OUTCOME' / 'To reduce crime'):
    a later target phrase 'a target to reduce crime by 15%' is that outcome's target."""
    lines = ctx.clean_lines
    words = {str(w).lower() for w, k in vocab()["section_words"].items() if k == "priority"}
    out = {}
    for i, text in enumerate(lines):
        if text.lower().strip(" :") not in words:
            continue
        nxt = next((lines[k] for k in range(i + 1, min(i + 4, len(lines))) if lines[k]), "")
        if re.match(r"^To\s+\w+", nxt) and len(nxt.split()) <= 12:
            out[nxt.lower()] = ctx.mention(nxt, Kind.PRIORITY, scope=ctx.name)
    return out


DIGIT = re.compile(r"\d")
BY_PERIOD = re.compile(
    r"\s*(?:by|in|before)\s+((?:(?:the end of|end of|March|April|December)\s+)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)"
)


def target_sentences(ctx: Context):
    """'to reduce total crime in the Borough by 16% by 2008' -> indicator 'reduce total crime in the Borough', target 16."""
    pattern = _target_re()
    titles = _outcome_titles(ctx)
    for b in ctx.doc.blocks:
        if b.kind == "row":
            continue
        for s in ctx.doc.sentences(b):
            if ITEM.match(s.text) and b.kind == "item" or not DIGIT.search(s.text):
                continue  # (a target is a number: the pattern is tried only on a sentence with a digit)
            for m in pattern.finditer(s.text):
                before = s.text[: m.start()].lower()
                if not re.search(r"\b(?:to|target:?-?|aim|will|we)\s*$", before) and not re.match(
                    r"^\W*$", before
                ):
                    continue
                obj = m.group("obj").strip()
                if m.group("abs") and re.match(r"(?:the\s+)?number of\s", obj, re.I):
                    continue  # 'reduce the number of X by 5% to 900 by 2025': read by money.indicator_sentences
                if re.match(r"(?:the\s+)?(?:number|rate|level|proportion|percentage) of\s", obj, re.I):
                    obj = re.sub(
                        r"^(?:the\s+)?(?:number|rate|level|proportion|percentage) of\s+", "", obj, flags=re.I
                    )
                    obj = re.sub(r"\s+(?:citywide|borough-?wide|countywide|county-?wide)$", "", obj)
                    name = obj
                else:
                    name = f"{m.group('verb').lower()} {obj}"
                if len(name.split()) > 12:
                    continue
                value, unit = _value(m)
                ind = ctx.mention(name, Kind.INDICATOR, scope=ctx.name)
                by = BY_PERIOD.match(s.text[m.end() :])
                yield Observation(
                    ind,
                    "target",
                    ctx.ev(s),
                    "sentence.target_phrase",
                    period=by.group(1) if by else None,
                    value=value,
                    unit=unit,
                    text=m.group(0),
                )
                if outcome := titles.get(fold(f"to {m.group('verb')} {obj}").lower()):
                    yield Claim(
                        ind, Rel.INDICATOR_OF, outcome, ctx.ev(s), "sentence.target_phrase.outcome", 0.8
                    )


@cache
def _owned_by() -> re.Pattern:
    nouns = "|".join(sorted(vocab()["list_nouns"], key=len, reverse=True))
    verbs = "|".join(sorted(vocab()["owner_verbs"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{nouns})\b[^.]{{0,60}}?\b(?:have been|has been|are|were|was|is|will be)\s+(?:{verbs})\s+(?:\w+\s+)?by\s+(?:the\s+)?(?P<owner>[A-Z][^.,;]{{2,80}})",
    )


def owned_targets(ctx: Context, indicators: list[Mention]):
    """'The targets … have been endorsed by the Exampleton strategic group': that body owns the document's indicators."""
    if not indicators:
        return
    for b in ctx.doc.blocks:
        for s in ctx.doc.sentences(b):
            m = _owned_by().search(s.text)
            if not m:
                continue
            words = m.group("owner").split()
            heads = org_words()
            cut = next((k for k, w in enumerate(words[:9]) if w.lower().strip("’'s") in heads), None)
            if cut is None:
                continue
            owner = ctx.mention(" ".join(words[: cut + 1]))
            for ind in indicators:
                yield Claim(ind, Rel.INDICATOR_OF, owner, ctx.ev(s), "sentence.targets_owned_by", 0.75)
            return


RATED_ITEM = re.compile(  # '2 Personal Robbery GREEN 18': a numbered measure, its rating, a page
    r"(?<![\w.])(?P<n>\d{1,2})\s+(?P<name>[A-Z][^\n]{2,120}?)\s+(?P<rag>RED|AMBER|GREEN|GREY|GRAY|Red|Amber|Green|Grey)\b"
)


def rated_runs(ctx: Context):
    """A table of numbered measures and their ratings flattened into one run of text ('1 Violence with Injury
    RED 17 2 Personal Robbery GREEN 18 …'): each measure's status, three or more in a line."""
    for n, raw in enumerate(ctx.doc.lines, 1):
        text = clean(raw)
        if len(text) > 20000 or not re.search(r"\b(?:RED|AMBER|GREEN|Red|Amber|Green)\b", text):
            continue
        found = list(RATED_ITEM.finditer(text))
        numbers = [int(m.group("n")) for m in found]
        if len(found) < 3 or numbers != sorted(numbers):  # the items numbered in order
            continue
        ev = ctx.doc.evidence(n, n)
        for m in found:
            name = re.split(r"\s+(?:RAG|Indicator|Performance|Direction of|Summary)\b", m.group("name"))[
                -1
            ].strip()
            if status := status_of(m.group("rag")):
                ind = ctx.mention(tidy(name), Kind.INDICATOR, scope=ctx.name)
                yield Observation(ind, "status", ev, "run.rated", status=status, text=m.group(0))


CODED_HEAD = re.compile(  # 'MI P&R 001 – Percentage of invoices paid': an indicator's code and name, alone
    r"^(?P<code>[A-Z][A-Za-z&/]{0,8}(?:\s[A-Z&/]{1,6})?\s?\d{1,4}[a-z]?)\s*[–—-]\s+(?P<name>[A-Z][^.]{3,150})$"
)
SAID_RATED = re.compile(  # 'This indicator remained red', 'This was a red indicator'
    r"(?i)\b(?:this|the)\s+(?:indicator|measure|pi|kpi)\b[^.]{0,40}?\b(?:is|was|remains?|remained|continues?\s+to\s+(?:be|remain)|continued\s+to\s+(?:be|remain))\s+(?P<s>red|amber|green)\b"
    r"|\b(?:this|it)\s+(?:is|was)\s+an?\s+(?P<t>red|amber|green)\s+indicator\b"
)


def coded_heads(ctx: Context):
    """(indicator, heading block, block below) for each line of a report giving an indicator's code and
    name over a paragraph about it ('MI P&R 001 – Percentage of invoices paid'); a line naming two
    ('NI 191 – X and NI 192 – Y') gives both."""
    blocks = ctx.doc.blocks
    for i, b in enumerate(blocks[:-1]):
        m = CODED_HEAD.match(b.text) if b.start == b.end and b.kind in ("paragraph", "heading") else None
        below = blocks[i + 1]
        if not m or below.start - b.end > 3 or CODED_HEAD.match(below.text):
            continue
        for part in re.split(r"\s+and\s+(?=[A-Z][A-Za-z&/]{0,8}\s?\d{1,4}[a-z]?\s*[–—-]\s)", b.text):
            if (n := CODED_HEAD.match(part)) and re.match(
                r"[A-Z&/]{2,}", n.group("code")
            ):  # not 'Priority 1'
                name, code = tidy(n.group("name")), n.group("code")
                yield ctx.mention(name, Kind.INDICATOR, code=code, scope=ctx.name), b, below


def coded_headings(ctx: Context):
    """A coded heading (:func:`coded_heads`) over a paragraph saying its rating ('This indicator remained
    red'): the indicator's status."""
    for ind, b, below in coded_heads(ctx):
        said = next(((x, r) for x in ctx.doc.sentences(below)[:2] if (r := SAID_RATED.search(x.text))), None)
        if said and (status := status_of(said[1].group("s") or said[1].group("t"))):
            ev = ctx.doc.evidence(b.start, said[0].end)
            yield Observation(ind, "status", ev, "prose.coded.rag", status=status, text=said[1].group(0))


@cache
def _coded_labels() -> tuple[re.Pattern, re.Pattern]:
    families = "|".join(map(re.escape, vocab()["indicator_code_families"]))
    labels = "|".join(map(re.escape, vocab()["inline_value_labels"]))
    code = re.compile(rf"\b(?P<code>(?:{families})\s?\d{{1,3}}[a-z]?)\s+(?=[A-Z(])")
    value = re.compile(rf"(?i)\b(?P<label>{labels})\s+(?P<v>{NUMTXT})(?![\d/])")
    return code, value


def coded_labels(ctx: Context):
    """'PSA 1 Target to reduce crime … (2004/05 Baseline 5313 crimes – 2007/08 Target 4341 crimes) 2006/07
    Performance 4992 crimes': the values a line gives by label after an indicator's code, up to the next code."""
    code_re, value_re = _coded_labels()
    kinds = vocab()["inline_value_labels"]
    for n, line in enumerate(ctx.doc.lines, 1):
        codes = list(code_re.finditer(line)) if len(line) <= 4000 else []
        for k, m in enumerate(codes):
            end = codes[k + 1].start() if k + 1 < len(codes) else len(line)
            found = list(value_re.finditer(line, m.end(), end))
            if not found:
                continue
            name = re.split(r"\s*[(–—]|\s+\d{4}/\d{2}\s", line[m.end() : found[0].start()])[0].strip(" .,-")
            ind = ctx.mention(name or m.group("code"), Kind.INDICATOR, code=m.group("code"), scope=ctx.name)
            ev = ctx.doc.evidence(n, n)
            for v in found:
                if parsed := number(v.group("v")):
                    measure = kinds[v.group("label").lower()]
                    yield Observation(
                        ind,
                        measure,
                        ev,
                        "prose.coded_labels",
                        value=parsed[0],
                        unit=parsed[1],
                        text=v.group(0),
                    )


TRAILING_HEAD = re.compile(r"(?i)^(?:performance\s+)?(?:indicator|measure|kpi|pi)s?\b(?P<rest>.*)$")
TRAILING_COL = re.compile(
    r"(?i)\b(?:current\s+)?target\b|\bbaseline\b|\bq[1-4]\b(?:\s*\([^)]{0,40}\))?|(?:19|20)\d\d\s*(?:to|/|-)\s*(?:19|20)?\d\d"
)
TRAILING_VALUE = r"[<>]?\d[\d,]*(?:\.\d+)?%?(?:\s+(?:weeks?|days?|months?))?"


def trailing_rows(ctx: Context):
    """A table run together with single spaces, its header a measure's column then value columns ('Performance
    Indicator Current Target Q1 (April to June 2023) Q2 (…)'), each row a measure's words then its figures, one
    for each value column ('Householder applications determined within 2 months 95% 87% 80% 87% 92%')."""
    plan, cols = _plan(ctx), []
    row_re = None
    for n, raw in enumerate(ctx.doc.lines, 1):
        text = clean(raw)
        head = TRAILING_HEAD.match(text) if len(text) <= 300 else None
        found = TRAILING_COL.findall(head.group("rest")) if head else []
        if len(found) >= 2:
            kinds = [
                "target" if "target" in f.lower() else "baseline" if "baseline" in f.lower() else "actual"
                for f in found
            ]
            cols = [Column("name", "Indicator")] + [
                Column(k, f, f if k == "actual" else None) for k, f in zip(kinds, found, strict=True)
            ]
            row_re = re.compile(
                rf"^(?P<name>[A-Za-z%].{{2,200}}?)\s+(?P<vals>(?:{TRAILING_VALUE}\s*){{{len(found)}}})$"
            )
            reader = Reader(ctx, cols, plan, "table.run_on_trailing")
            continue
        m = row_re.match(text) if row_re and len(text) <= 400 else None
        if not m:
            row_re = None if text and row_re and not TRAILING_HEAD.match(text) else row_re
            continue
        vals = re.findall(TRAILING_VALUE, m.group("vals"))
        if len(vals) == len(cols) - 1:
            yield from reader.facts(Row(n, n, [m.group("name"), *vals]))


RAG_LIST_INTRO = re.compile(  # 'The red indicators were as follows:', 'The two measures with a Red rating were:'
    r"(?i)\b(?:(?P<rag>red|amber|green)\s+(?:performance\s+)?(?:indicators|measures|pis|kpis)\b"
    r"|(?:indicators|measures|pis|kpis|areas)\b[^.]{0,60}\b(?:(?:rated|reported|reporting|showing|shown)(?:\s+as)?\s+['‘’]?"
    r"(?P<rated>red|amber|green)['‘’]?(?![\w'‘’])(?!\s*(?:or|and|/|,))"
    r"|rated\b|(?<!or\s)(?<!and\s)(?<!/)(?P<with>red|amber|green)\s+(?:rating|status)\b))"
    r"[^.]{0,80}(?::|\bas\s+follow(?:s|ed)\b)\s*:?\s*$"
)
RAG_ITEM = re.compile(  # 'HOU001 (Average time taken to re-let dwellings)', 'Debtors collection (Amber);'
    r"^(?:(?P<code>[A-Z]{2,6}\s?\d{2,4}[a-z]?)\s*\((?P<named>[^()]{3,160})\)|(?P<name>[A-Z%][^;]{2,200}?)"
    r"\s*\((?P<rag>Red|Amber|Green|RED|AMBER|GREEN)\))\s*[;.,]?\s*(?:and)?\s*$"
)
# a dash, then a sentence about the item
ITEM_COMMENT = re.compile(r"\s+[–—-]\s+(?=[A-Z][a-z]*(?:\s+\S+){3})")
PLAIN_RAG_ITEM = re.compile(  # under an intro naming the rating: 'Percentage of X (what it counts);', 'CS1 – X'
    rf"^(?:(?P<code>{BARE_CODE.pattern})\s*[–—:-]\s*)?(?P<name>[A-Z%][^;:]{{2,200}}?)(?:\s*\([^()]{{3,120}}\))?\s*[;.,]?\s*(?:and)?\s*$"
)


def rag_lists(ctx: Context):
    """Items under a sentence naming their rating ('The red performance indicators were as followed:' over
    '• HOU001 (Average time taken to re-let dwellings)'), or each item's own ('X (Amber);' under 'A number of
    indicators were rated Amber or Red as follows:'): each indicator's status."""
    blocks = ctx.doc.blocks
    for i, b in enumerate(blocks):
        intro = RAG_LIST_INTRO.search(b.text) if b.kind != "item" else None
        if not intro:
            continue
        named = intro.group("rag") or intro.group("rated") or intro.group("with")
        status = status_of(named) if named else None
        for item in itertools.takewhile(lambda x: x.kind == "item", blocks[i + 1 : i + 60]):
            m = RAG_ITEM.match(item.text.strip()) or (status and PLAIN_RAG_ITEM.match(item.text.strip()))
            rated = status_of(m["rag"]) if m and m.groupdict().get("rag") else status
            if not m or not rated:
                continue
            name = tidy(m.group("name") if m.re is PLAIN_RAG_ITEM else m.group("named") or m.group("name"))
            name = ITEM_COMMENT.split(name, maxsplit=1)[0]  # 'X – A change in routes had …': X
            ind = ctx.mention(name, Kind.INDICATOR, code=m.groupdict().get("code"), scope=ctx.name)
            ev = ctx.doc.evidence(item.start, item.end)
            yield Observation(ind, "status", ev, "list.rag_item", status=rated, text=item.text.strip())


RAG_LABEL = re.compile(
    r"\b(?:PIs?|KPIs?|[Ii]ndicators|[Mm]easures)\s+(?:on|at|rated(?:\s+as)?)\s+(?P<rag>[Rr]ed|[Aa]mber|[Gg]reen)\s*:\s+"
)
LABELLED_CODE = re.compile(
    r"(?<![\w-])(?P<code>[A-Z]{1,4}(?:-[A-Z]{1,4})*-?\d{1,3}(?:\([a-z]\))?)\s+(?=[A-Z])"
)
RUN_ENDS = re.compile(r"\s+(?:A|An|The|This|These|There|All|Most|Some)\s+[a-z]|[.;]\s")


def rag_labelled_runs(ctx: Context):
    """'PIs on red: W-OD3 Percentage of calls answered within 20 seconds W-HS2 Number of households in temporary
    accommodation …': a rating's label over a run of coded indicators (two or more), each rated so."""
    for n, text in enumerate(ctx.clean_lines, 1):
        for label in RAG_LABEL.finditer(text) if ":" in text else ():
            run = text[label.end() :]
            run = run[: m.start()] if (m := RUN_ENDS.search(run)) else run
            codes = list(LABELLED_CODE.finditer(run))
            if len(codes) < 2 or codes[0].start() > 0:
                continue
            ev = ctx.doc.evidence(n, n)
            for c, after in zip(codes, [*codes[1:], None], strict=True):
                name = run[c.end() : after.start() if after else len(run)].strip(" ,")
                if len(name.split()) >= 2 and (status := status_of(label.group("rag"))):
                    ind = ctx.mention(tidy(name), Kind.INDICATOR, code=c.group("code"), scope=ctx.name)
                    yield Observation(ind, "status", ev, "run.rag_label", status=status, text=label.group(0))


GLUE = re.compile(  # where a table's cells were run together with nothing between them
    r"(?<=[a-z])(?=[A-Z])|(?<=[a-z]{2})(?=\d)|(?<=%)(?=[\dA-Za-z-])|(?<=\d)(?=[A-Z][a-z])"
    r"|(?:(?<=Monthly)|(?<=Quarterly)|(?<=Annually)|(?<=Weekly))(?=[a-z])"
)
GLUED_VALUE_HEAD = re.compile(
    r"(?:(?:19|20)\d\d(?:/(?:19|20)?\d\d)?\s+)?(?:Outturn|Actual|Target|Baseline|Result)(?:\s+(?:19|20)\d\d(?:/(?:19|20)?\d\d)?)?"
)
GLUED_ROW = re.compile(
    r"^(?P<code>[A-Z]{1,6}[_-]?\d{1,3}[a-z]?)\s+(?P<name>[A-Z].*?)"
    r"(?:\s+(?:Monthly|Quarterly|Annually|Annual|Weekly|Termly))?(?:\s+(?:increase|decrease|up|down|higher|lower|same))?"
    r"(?P<values>(?:\s+(?:-?\d[\d,]*(?:\.\d+)?%?|n/a|-)){1,8}?)(?:\s+(?P<rag>Red|Amber|Green|Grey|Black|Blue))?$"
)


def glued_tables(ctx: Context):
    """A performance table whose cells were run together without any separator ('RefPerformance
    indicatorFrequency…2024/2025 OutturnRAG' over 'WB_01Percentage of calls answered in 30
    secondsMonthlyincrease89.02%91.21%Amber'): the cells parted where the text's kind changes (a small letter then
    a capital, a letter then a figure, a '%' then anything), the header's value columns typed as in any table,
    each row a code, a name, those values and a rating; the rows are what the caption above the header names."""
    plan, cols, section = _plan(ctx), None, None
    for n, raw in enumerate(ctx.doc.lines, 1):
        if len(raw) > 400 or "\t" in raw or "|" in raw:
            continue
        text = GLUE.sub(" ", clean(raw))
        if text == clean(raw):
            cols = cols if text else None
            continue
        values = [m.group(0) for m in GLUED_VALUE_HEAD.finditer(text)]
        if values and re.search(r"(?i)\b(?:performance\s+)?indicator\b|\bmeasure\b", text):
            cols = [Column("code", "Ref"), Column("name", "Indicator"), *(column(v) for v in values)]
            if re.search(r"\b(?:RAG|Status)$", text):
                cols.append(column("RAG"))
            above = next((clean(x) for x in reversed(ctx.doc.lines[: n - 1]) if clean(x)), "")
            caption = re.fullmatch(r"(?P<what>[A-Z].{2,80}?)\s+(?:data\s+)?table", above)
            section = ctx.mention(caption.group("what"), Kind.PRIORITY, scope=ctx.name) if caption else None
            continue
        if (
            cols
            and (m := GLUED_ROW.match(text))
            and len(m.group("values").split()) == len(cols) - 2 - (cols[-1].type == "rag")
        ):
            cells = [m.group("code"), m.group("name"), *m.group("values").split()]
            cells += [m.group("rag") or ""] if cols[-1].type == "rag" else []
            yield from Reader(ctx, cols, plan, "table.glued", section).facts(Row(n, n, cells))


def indicator_facts(ctx: Context):
    seen: list[Mention] = []
    rows: set[int] = set()  # the lines of rows the table readers read: no other reader reads them again
    for reader in (
        line_tables,
        cell_per_line_tables,
        cell_per_paragraph_tables,
        piped_tables,
        glued_tables,
        run_on_tables,
        run_on_action_rows,
        value_statements,
        heading_indicators,
        value_lines,
        value_blocks,
        value_sentences,
    ):
        table = reader in (
            line_tables,
            cell_per_line_tables,
            cell_per_paragraph_tables,
            piped_tables,
            glued_tables,
        )
        for fact in reader(ctx):
            lines = range(fact.evidence.line_start, fact.evidence.line_end + 1)
            if table and isinstance(fact, Observation):
                rows.update(lines)
            elif not table and rows.intersection(lines):
                continue
            if isinstance(fact, Observation) and fact.indicator not in seen:
                seen.append(fact.indicator)
            yield fact
    yield from target_lists(ctx)
    yield from indicator_labels(ctx)
    yield from rated_runs(ctx)
    yield from coded_headings(ctx)
    yield from coded_labels(ctx)
    yield from rag_lists(ctx)
    yield from rag_labelled_runs(ctx)
    yield from trailing_rows(ctx)
    yield from against_year_lines(ctx)
    yield from target_sentences(ctx)
    yield from owned_targets(ctx, seen)
    yield from owner_lines(ctx)
    yield from commentary_contributors(ctx)


EXTRACTORS = [indicator_facts]
