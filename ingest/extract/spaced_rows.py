"""Indicator tables flattened with single spaces: a header of column words, then rows whose cells run on
with nothing between them, a row to a line ('BV12 Days lost to sickness Jo Roe Monthly 8.75 8.4 9.12
RED Q1') or numbered in one run ('1. Waste recycled Bigger is better 30.5% Better 32.3% Met 30%').

No separator tells where a cell ends, so a row's cells are found by their type: after the row's code
and name come typed cells (a number, a RAG word, a direction of travel, a polarity, a frequency, a
quarter), aligned in order to the header's columns of those types. A column the row leaves empty is
skipped, and of two alignments the one with fewer columns skipped between its cells is taken (a row
that stops short ends in text), the earlier of two such. The rows become facts through
the same :class:`~ingest.extract.indicator_tables.Reader` as every other indicator table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..mentions import people_in
from ..model import Mention
from .context import Context
from .indicator_tables import (
    ARROWS,
    CODE_ONLY,
    TOKEN_NUM,
    VALUE_TYPES,
    Column,
    Reader,
    Row,
    _column_words,
    _plan,
    _requote,
    is_empty,
    section_of,
    status_of,
    vocab,
)

# a period in a header: a financial or calendar year, a quarter, a month or a range of months
YEAR = re.compile(r"(?:19|20)?\d\d(?:[/-](?:19|20)?\d\d)?")
PART = re.compile(
    r"(?i)(?:q[1-4]|qtr ?[1-4]|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"(?:[-–](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?)"
)
ROW_NUMBER = re.compile(r"\d{1,2}[.)]")
MAX_UNKNOWN = 3  # header words read past without a column ('available', '?')
MAX_ROW_LINES = 80  # lines under a header read for its rows
PERIOD_TYPES = VALUE_TYPES | {"rag", "change", "pct_change", "comparator"}  # columns a period may qualify
SLOT_TYPES = VALUE_TYPES | {"rag", "change", "pct_change", "comparator", "polarity", "frequency", "timescale"}


@cache
def _cell_words() -> dict[str, list[tuple[list[str], str]]]:
    """The typed cells that are words ('Bigger is better', 'Worse', 'Monthly'), by their first word."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for kind, words in vocab()["cell_words"].items():
        for w in words:
            out.setdefault(str(w).lower().split()[0], []).append((str(w).lower().split(), kind))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@cache
def _header_words() -> dict[str, list[tuple[list[str], str]]]:
    """Every column word by its first word, longest first."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for word, t in _column_words():
        if word.split():
            out.setdefault(word.split()[0], []).append((word.split(), t))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


def _period_token(token: str) -> str | None:
    """'year', 'part' (a quarter or month) or None."""
    t = token.strip(",:()")
    if YEAR.fullmatch(t):
        return "year"
    return "part" if PART.fullmatch(t) else None


@dataclass
class _Cell:
    type: str
    head: str
    period: list[str]


def header_at(tokens: list[str], j: int) -> tuple[list[Column], int] | None:
    """The columns of a header starting at token j with a name or code column word, and the token after
    it; None unless it names an item and at least two figures (or a figure and a RAG column)."""
    cells: list[_Cell] = []
    k, unknown, loose = j, 0, False  # loose: the token before was a period of no column word
    while k < len(tokens) and unknown <= MAX_UNKNOWN:
        low = tokens[k].lower().strip(":?")
        if TOKEN_NUM.match(tokens[k]) and not _period_token(tokens[k]) or ROW_NUMBER.fullmatch(tokens[k]):
            break
        hit = next(
            (
                (w, t)
                for w, t in _header_words().get(low, [])
                if [x.lower().strip(":?") for x in tokens[k : k + len(w)]] == w
            ),
            None,
        )
        if hit and tokens[k][:1].isupper() or hit and cells:
            w, t = hit
            if t == "name" and cells:
                cells = []  # 'Performance Indicators 2019/20 Name …': a caption, then the header proper
            before = cells.pop().period if cells and cells[-1].type == "pending" else []
            cells.append(_Cell(t, " ".join(tokens[k : k + len(w)]), before))  # '09/10 Target'
            k, unknown, loose = k + len(w), 0, False
            continue
        if not cells:
            return None
        if kind := _period_token(tokens[k]):
            last = cells[-1]
            phrase = [_period_token(p) for p in last.period]
            nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
            if last.type in PERIOD_TYPES and kind not in phrase and unknown == 0 and not loose:
                last.period.append(tokens[k])  # 'Actual Q4 2019/20', 'Status Q4 2019/20'
            elif nxt in _header_words() and not loose and not _period_token(nxt):
                cells.append(_Cell("pending", "", [tokens[k]]))  # '09/10 Target': the word after says what
            else:
                cells.append(_Cell("actual", tokens[k], [tokens[k]]))  # 'Q1 Q2 Q3 Q4'
                loose = True
                k += 1
                continue
            k, unknown, loose = k + 1, 0, False
            continue
        if cells[-1].type == "pending":
            cells[-1].type = "actual"  # '08/09 Outurn': a period over a word we do not know
        unknown += 1
        k += 1
    cols = [
        Column("actual" if c.type == "pending" else c.type, c.head, " ".join(c.period) or None) for c in cells
    ]
    values = sum(c.type in VALUE_TYPES for c in cols)
    if not cols or cols[0].type not in ("name", "code") or not any(c.type == "name" for c in cols):
        return None
    if values >= 2 or values and any(c.type == "rag" for c in cols):
        return cols, k
    return None


def _cells(tokens: list[str], q: int) -> list[tuple[str, int, int]]:
    """The typed cells from token q on: (type, first token, end token), up to the first word no type
    fits (the commentary that ends a row)."""
    out = []
    while q < len(tokens):
        t = tokens[q]
        if TOKEN_NUM.match(t):
            end = q + 1
            if end < len(tokens) and tokens[end].lower().strip(".,") in vocab()["unit_words"]:
                end += 1  # '9.5 days'
            out.append(("number", q, end))
        elif n := next((n for n in (3, 2, 1) if status_of(" ".join(tokens[q : q + n]))), 0):
            out.append(("rag", q, q + n))
        elif word := next(
            (
                (w, kind)
                for w, kind in _cell_words().get(t.lower().strip(".,*"), [])
                if [x.lower().strip(".,*") for x in tokens[q : q + len(w)]] == w
            ),
            None,
        ):
            out.append((word[1], q, q + len(word[0])))
        elif t in ARROWS:
            out.append(("direction", q, q + 1))
        elif is_empty(t):
            out.append(("empty", q, q + 1))
        elif PART.fullmatch(t):
            out.append(("when", q, q + 1))
        else:
            break
        q = out[-1][2]
    return out


FITS = {
    "number": VALUE_TYPES | {"change", "pct_change", "comparator"},
    "rag": {"rag"},
    "direction": {"change"},
    "polarity": {"polarity"},
    "frequency": {"frequency"},
    "when": {"timescale"},
    "empty": SLOT_TYPES,
}


def align(types: list[str], slots: list[Column]) -> list[int] | None:
    """The slot of each typed cell, in order, skipping the fewest slots between the first and the last
    cell (ties: the earlier start); None if the cells do not fit the slots."""
    k, m = len(types), len(slots)
    fits = [[slots[j].type in FITS[types[i]] for j in range(m)] for i in range(k)]
    best: list[list[tuple[int, list[int]] | None]] = [[None] * m for _ in range(k)]
    for i in range(k - 1, -1, -1):
        for j in range(m):
            if not fits[i][j]:
                continue
            if i == k - 1:
                best[i][j] = (0, [j])
                continue
            options = [
                (got[0] + j2 - j - 1, [j, *got[1]])
                for j2 in range(j + 1, m)
                if (got := best[i + 1][j2]) is not None
            ]
            best[i][j] = min(options, key=lambda o: o[0]) if options else None
    starts = [(got[0], j, got[1]) for j in range(m) if (got := best[0][j]) is not None] if k else []
    return min(starts)[2] if starts else None


def _owner_tail(words: list[str]) -> int:
    """How many of the name's last words are a person ('… Paid on Time Paul McDermott'): 0 if none."""
    for n in (3, 2):
        tail = " ".join(words[-n:])
        if (
            len(words) > n
            and (found := people_in(tail))
            and found[0].start == 0
            and found[0].end >= len(tail) - 1
        ):
            return n
    return 0


def row_cells(tokens: list[str], cols: list[Column]) -> list[str] | None:
    """A row's cells aligned to ``cols`` (the header's), or None when the tokens are no row of it."""
    at = next(i for i, c in enumerate(cols) if c.type == "name")
    slots = [(i, c) for i, c in enumerate(cols) if i > at and c.type in SLOT_TYPES]
    code = ""
    start = 0
    while start < len(tokens) and CODE_ONLY.fullmatch(tokens[start].rstrip(",")):
        code = code or tokens[start].rstrip(",")  # 'BV011a, CE045a, RES045a' : the first code names it
        start += 1
    typed_before = bool(_cells(tokens, start))
    for p in range(start + 1, len(tokens)):
        found = _cells(tokens, p)
        inside, typed_before = typed_before, bool(found)
        if inside:
            continue  # the typed cells start where the name's words end, never inside a run of them
        numbers = sum(t == "number" for t, _, _ in found)
        if not numbers or len(found) < 2 or len(found) < 3 and found[-1][2] < len(tokens):
            continue
        where = align([t for t, _, _ in found], [c for _, c in slots])
        if where is None:
            continue
        cells = [""] * len(cols)
        for (_, a, z), j in zip(found, where, strict=True):
            cells[slots[j][0]] = " ".join(tokens[a:z])
        name = tokens[start:p]
        owner_at = next(
            (i for i, c in enumerate(cols) if c.type == "owner" and at < i < slots[where[0]][0]), None
        )
        if owner_at is not None and (n := _owner_tail(name)):
            cells[owner_at], name = " ".join(name[-n:]), name[:-n]
        cells[at] = " ".join(name)
        code_at = next((i for i, c in enumerate(cols) if c.type == "code"), None)
        if code_at is not None:
            cells[code_at] = code
        elif code:
            cells[at] = f"{code} {cells[at]}"
        return cells
    return None


def _rows_of(tokens: list[str]) -> list[list[str]]:
    """The rows of a run of tokens: split at its row numbers when it is numbered ('1.', '2.' …)."""
    if not tokens or not ROW_NUMBER.fullmatch(tokens[0]):
        return [tokens] if tokens else []
    rows: list[list[str]] = []
    expect = int(tokens[0][:-1])
    for t in tokens:
        if ROW_NUMBER.fullmatch(t) and int(t[:-1]) == expect:
            rows.append([])
            expect += 1
        else:
            rows[-1].append(t)
    return rows


def _single_out(cols: list[Column], cells: list[str]) -> list[Column]:
    """The columns for one row with one target kept: the first target after the row's latest actual,
    else the last before it (an in-year table gives next years' targets too, and they are not this one's)."""
    filled = [
        i
        for i, c in enumerate(cols)
        if c.type in ("target", "actual") and cells[i] and not is_empty(cells[i])
    ]
    actuals = [i for i in filled if cols[i].type == "actual"]
    targets = [i for i in filled if cols[i].type == "target"]
    after = [i for i in targets if actuals and i > actuals[-1]]
    keep = after[0] if after else (targets[-1] if targets else None)
    return [Column(None, c.head) if c.type == "target" and i != keep else c for i, c in enumerate(cols)]


def spaced_rows(ctx: Context):
    """Every header of column words on a line of its own or opening a run, and the rows under it: the rest
    of its line and the lines below (up to the next header), a section line ('Theme 2: …') heading the
    rows after it."""
    lines = ctx.doc.lines
    plan = _plan(ctx)
    n = 1
    while n <= len(lines):
        tokens = lines[n - 1].split()
        if "\t" in lines[n - 1] or len(tokens) > 2000:
            n += 1
            continue
        found = next(
            (got for j in range(len(tokens)) if (got := header_at(tokens, j))),
            None,
        )
        if not found:
            n += 1
            continue
        cols, end = found
        section: Mention | None = None
        runs = [(n, tokens[end:])] + [
            (m, lines[m - 1].split()) for m in range(n + 1, min(len(lines), n + MAX_ROW_LINES) + 1)
        ]
        for m, run in runs:
            if m > n and any(header_at(run, j) for j in range(min(len(run), 12))):
                break  # the next table's header
            for row_tokens in _rows_of(run):
                cells = row_cells(row_tokens, cols)
                if cells is None:
                    section = section_of(ctx, " ".join(row_tokens)) or section
                    continue
                reader = Reader(ctx, _single_out(cols, cells), plan, "table.spaced", section=section)
                for fact in reader.facts(Row(m, m, cells)):
                    yield _requote(fact, ctx, m, m, " ".join(row_tokens))
        n += 1


EXTRACTORS = [spaced_rows]
