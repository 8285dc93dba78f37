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
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from ..blocks import BULLET, Sentence, clean, fold, strip_tags
from ..model import Description, Funding, Kind
from ..names import tidy
from .context import Context
from .money import funding_sentences

MAX_SENTENCE = 700  # longer "sentences" are run-together text, not one statement

WORD = r"(?:(?!To\b)[A-Z0-9][\w&’'.()/-]*)"
AMOUNT = r"£\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<mult>k|m|bn|million|billion)\b)?"
FY = re.compile(r"(?<!\d)((?:19|20)\d{2}\s?[/-]\s?(?:\d{4}|\d{2})|(?:19|20)\d{2})(?!\d)")
STOP_START = re.compile(
    r"^(?:The|A|An|This|These|That|Those|Our|Their|Its|In|On|At|By|For|From|With|During|Since|Each|"
    r"Every|All|Some|Also|And|But|Projects?|Applications?)\s+"
)
NOT_A_NAME = re.compile(
    r"^(?:It|This|They|We|He|She|Which|Who|That|These|There|Total|Funding|The|Grant|Grants|Fund|To|In|For|A|An|"
    r"On|At|By|And|But|If|As|Also|Each|All|Applications?|Projects?|Groups?|Organisations?)$",
    re.I,
)


@cache
def vocabulary() -> dict:
    return yaml.safe_load((files("ingest.data") / "funding.yaml").read_text(encoding="utf-8"))


def _words(key: str) -> str:
    return "|".join(w.strip() for w in vocabulary()[key].split("|") if w.strip())


def _name(group: str, recipient: bool = False) -> str:
    """A capitalised name with connectors; a recipient's name stops before a purpose ('for the …', 'to …')."""
    conn = (
        r"(?:of|and|for(?! the\b)(?! their\b)|&|in|on|at|upon|de)"
        if recipient
        else r"(?:of|and|for|the|&|in|on|at|upon|de)"
    )
    return rf"(?:[Tt]he )?(?P<{group}>{WORD}(?: (?:{conn} ){{0,2}}{WORD}){{0,14}})"


@dataclass(frozen=True)
class Form:
    name: str
    regex: re.Pattern
    context: bool  # the funder comes from the context, not the sentence
    status: str | None


@cache
def forms() -> tuple[Form, ...]:
    aux = rf"(?:(?:{_words('auxiliaries')}) ){{0,3}}"
    slots = {
        "{FUNDER}": _name("funder"),
        "{RECIPIENT}": _name("recipient", recipient=True),
        "{AMOUNT}": AMOUNT,
        "{GIVE}": rf"(?:{_words('give')})",
        "{RECEIVE}": rf"(?:{_words('receive')})",
        "{AUX}": aux,
    }
    out = []
    for entry in vocabulary()["sentences"]:
        text = entry["form"]
        for slot, regex in slots.items():
            text = text.replace(slot, regex)
        out.append(
            Form(entry["name"], re.compile(text), entry.get("funder") == "context", entry.get("status"))
        )
    return tuple(out)


@cache
def _fund_name() -> re.Pattern:
    return re.compile(
        rf"(?:[Tt]he )?(?P<name>{WORD}(?: (?:(?:of|and|for|&|the) ){{0,2}}{WORD}){{0,10}} (?:{_words('fund_heads')}))\b"
    )


@cache
def _total() -> re.Pattern:
    return re.compile(rf"^(?:{_words('total_words')})\b", re.I)


@cache
def _list_intro() -> re.Pattern:
    return re.compile(rf"\b(?:{_words('list_intro')})\b\s*[:;]?\s*$|[:;]\s*$", re.I)


@cache
def _giver() -> re.Pattern:
    """'The Commissioner supports … and awards to the following': the subject of a giving verb."""
    return re.compile(rf"(?:^|[:;] ){_name('funder')} (?:[\w,’'–-]+ ){{0,20}}?(?:{_words('give')})\b")


@cache
def _by_giver() -> re.Pattern:
    """'Grants awarded by the Exampleton Lottery Fund': the agent of a passive giving verb."""
    return re.compile(rf"\b(?:{_words('give')}|funded|supported|paid for) by {_name('funder')}")


def money_value(num: str, mult: str | None) -> float:
    value = float(num.replace(",", ""))
    return value * {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}.get(
        (mult or "").lower(), 1
    )


def clean_name(name: str | None) -> str | None:
    """A captured name less a leading sentence word ('In', 'Projects'), a trailing ' in Place' and dates."""
    if not name:
        return None
    name = name.strip(" ,;:.()")
    for _ in range(3):
        name = STOP_START.sub("", name)
        name = re.sub(r"^(?:for|of|and|the|to|in|on|at|from|by)\s+", "", name)
        name = re.sub(r"^(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?,? (?:[Tt]he )?", "", name)
    name = re.sub(r"\s+in\s+[A-Z]\w+$", "", name)
    name = re.sub(r"\s*\(?\b(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?\)?$", "", name).strip(" ,;:.(")
    name = re.sub(r"\s*\(\s*$", "", name)
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].strip()
    if not name or NOT_A_NAME.match(name) or not re.search(r"[A-Za-z]{2}", name) or _total().match(name):
        return None
    return tidy(name)


class Funders:
    """What the document has named as a funder so far, and what its short back-references stand for."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.current: str | None = None
        heads = _words("back_reference_heads")
        self._full = re.compile(rf"\b({WORD}(?: (?:(?:of|and|for|&|the) ){{0,2}}{WORD}){{1,8}}) ({heads})\b")
        self._fund_forms = {
            _owned_fund(m.group("name")).lower()
            for line in ctx.doc.lines
            for m in _fund_name().finditer(line)
        }

    def resolve(self, name: str, line: int) -> str:
        """'Commissioner' -> the last full name ending in 'Commissioner' before ``line`` (else the first after)."""
        words = name.split()
        if len(words) != 1 or not re.fullmatch(_words("back_reference_heads"), name):
            return self.fund(name)
        if name == "Partnership" and (we := self.ctx.we(line)):
            return we
        if name == "Council" and self.ctx.council:
            return self.ctx.council
        before, after = None, None
        for n, text in enumerate(self.ctx.doc.lines, 1):
            for m in self._full.finditer(text):
                if m.group(2) == name:
                    full = clean_name(f"{m.group(1)} {m.group(2)}")
                    if full and len(full.split()) > 1:
                        if n <= line:
                            before = full
                        elif after is None:
                            after = full
        return before or after or name

    def fund(self, name: str) -> str:
        """'Exampleton Community Funding' -> 'Exampleton Community Fund' when the document names the fund so."""
        m = re.match(r"^(.*\bFund)ing$", name)
        if m and m.group(1).lower() in self._fund_forms:
            return m.group(1)
        return name

    def mention(self, name: str, line: int):
        return _funder_mention(self.ctx, self.resolve(name, line))

    def see(self, text: str, line: int) -> None:
        """A sentence or heading: a body that 'awards to the following', else the last fund it names."""
        for m in (_by_giver().search(text), _giver().search(text)):
            if m and "£" not in text and (who := clean_name(_owned_fund(m.group("funder")))):
                self.current = self.resolve(who, line)
                return
        names = [clean_name(_owned_fund(f.group("name"))) for f in _fund_name().finditer(text)]
        names = [n for n in names if n and len(n.split()) > 1]
        if names:
            self.current = self.fund(names[-1])


def _funder_mention(ctx: Context, name: str):
    kind = Kind.FUND if re.search(rf"\b(?:{_words('fund_heads')})$", name) else None
    return ctx.mention(name, kind)


def _owned_fund(name: str) -> str:
    """'Commissioner’s People Power Fund' -> 'People Power Fund'."""
    return re.split(r"(?<=\w)(?:’s|'s|s’|s') ", name)[-1]


def _sentence_flows(ctx: Context, funders: Funders, text: str, line: int):
    """(funder, recipient, amount, form) for each form matched in a sentence, leftmost first."""
    taken: list[tuple[int, int]] = []
    text = BULLET.sub("", text, count=1)
    for form in forms():
        for m in form.regex.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            recipient = clean_name(m.groupdict().get("recipient"))
            if form.context:
                funder = funders.current
            else:
                funder = clean_name(m.groupdict().get("funder"))
                funder = _owned_fund(funder) if funder else None
            if not recipient or not funder:
                continue
            amount = money_value(m.group("num"), m.group("mult"))
            taken.append((m.start(), m.end()))
            yield funder, recipient, amount, form


def _amount_cell(text: str) -> float | None:
    m = re.fullmatch(rf"\s*{AMOUNT}\s*(?:\(?(?:approx\.?|est\.?)\)?)?\s*", text)
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


MONEY_HEADS = r"\b(?:amount|award(?:ed)?|grants?|allocation|allocated|funding|sum|value|budget|cost|spend)\b"
RECIPIENT_HEADS = re.compile(
    r"^(?:name of )?(?:recipient|organisation|organization|applicant|group|project|scheme|grantee|beneficiary|"
    r"charity|name|provider|partner|service)s?\b",
    re.I,
)


def _cells(raw: str) -> list[str]:
    """A line's cells: tabs or ' | ' keep their empty cells (columns stay aligned); else runs of spaces."""
    if "\t" in raw or re.search(r"\s\|\s", raw):
        cells = [c.strip(" *") for c in re.split(r"\t|\s*\|\s*", raw.strip().strip("|"))]
    else:
        cells = [c.strip(" *") for c in re.split(r"\s{2,}", raw.strip())]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _header(cells: list[str]) -> _Header | None:
    """A header row: no amounts; its cells name periods ('2019/20') or money ('Amount', '£', 'Grant')."""
    if any(_amount_cell(c) is not None for c in cells):
        return None
    periods, money_cols, name_col = {}, set(), None
    for i, c in enumerate(cells):
        low = c.lower()
        if name_col is None and RECIPIENT_HEADS.match(c):
            name_col = i
        if (m := FY.search(c)) and len(c) <= 25:
            periods[i] = m.group(1).replace(" ", "")
        if "£" in c or re.search(MONEY_HEADS, low):
            money_cols.add(i)
    if money_cols and periods:  # 'Grant' over '2019/20' '2020/21', or '2019/20 (£)'
        money_cols |= set(periods)
    filled = [c for c in cells if c]
    # periods alone still date '£' cells; plain numbers count as money only under a money word
    return _Header(periods, money_cols, name_col) if (money_cols or periods) and len(filled) >= 2 else None


def _label_column(cells: list[str], header: _Header | None) -> int | None:
    """The recipient's cell: the header's name column, else the first cell that is a name, not a number or code."""
    if header and header.name_col is not None and header.name_col < len(cells) and cells[header.name_col]:
        i = header.name_col
    else:
        i = next(
            (
                k
                for k, c in enumerate(cells)
                if c and re.search(r"[A-Za-z]{3}", c) and not re.fullmatch(r"[A-Z]{0,4}[-/ ]?\d[\w/-]*", c)
            ),
            None,
        )
    if i is None or _amount_cell(cells[i]) is not None or "£" in cells[i]:
        return None
    return i


def _table_rows(ctx: Context):
    """(line, recipient, [(amount, period)], is_total) for rows of grant tables in any flattening."""
    from .tables import tables  # tables with 'funding received/allocated' headers are read there

    skip = {
        n
        for t in tables(ctx.doc.blocks)
        if t.kind == "funding"
        for b in t.rows
        for n in range(b.start, b.end + 1)
    }
    lines = ctx.doc.lines
    header: _Header | None = None
    n = 0
    while n < len(lines):
        raw = re.sub(r"<[^>]+>", " ", lines[n]).rstrip()
        n += 1
        if not raw.strip():
            continue
        if n in skip:
            continue
        cells = _cells(raw)
        filled = [c for c in cells if c]
        if len(filled) >= 2 and (h := _header(cells)):
            header = h
            continue
        if len(filled) >= 2 and not any(c.endswith(".") and len(c) > 60 for c in cells):
            label_at = _label_column(cells, header)
            if label_at is None:
                continue
            amounts = []
            for i, c in enumerate(cells):
                if i == label_at or not c:
                    continue
                value = _amount_cell(c)
                if value is None and header and i in header.money_cols:
                    value = _plain_number(c)
                if value is not None:
                    amounts.append((value, header.periods.get(i) if header else None))
            if amounts:
                yield n, n, cells[label_at], amounts
            continue
        cells, raw = filled, raw.strip()
        if len(raw) > 60 or raw.endswith((".", ":")):
            header = None  # prose between tables: a header above it no longer holds
        # one cell per line: a name, then the amount alone on the next line(s)
        if len(cells) == 1 and _amount_cell(raw) is None and len(raw) <= 90 and not raw.endswith((".", ":")):
            following = [lines[k].strip() for k in range(n, min(n + 2, len(lines)))]
            if following and following[0] and _amount_cell(following[0]) is not None:
                yield n, n + 1, raw, [(_amount_cell(following[0]), None)]
                n += 1


def funding(ctx: Context):
    """Every funding statement of a document: the sentence forms of the table, lists and tables."""
    old = list(funding_sentences(ctx))
    yield from old
    seen = {(f.evidence.line_start, f.amount) for f in old} | {(f.evidence.line_end, f.amount) for f in old}
    funders = Funders(ctx)
    rows = {start: (end, label, amounts) for start, end, label, amounts in _table_rows(ctx)}
    for block in ctx.doc.blocks:
        if block.kind == "heading":
            funders.see(block.text, block.start)
            continue
        if block.kind == "row" or block.start in rows:
            continue
        units: list[Sentence] = []
        for sentence in ctx.doc.sentences(block):
            if len(sentence.text) > MAX_SENTENCE:
                continue
            if sentence.end > sentence.start:  # lines of a list written one entry a line, without bullets
                for n in range(sentence.start, sentence.end + 1):
                    if (line := _line_sentence(ctx, n)) and "£" in line.text:
                        units.append(line)
                    elif line:
                        units.append(Sentence(line.text, line.raw, -n, -n))  # context only
            units.append(sentence)
        for s in units:
            if s.start < 0:
                funders.see(s.text, -s.start)
                continue
            flows = list(_sentence_flows(ctx, funders, s.text, s.start))
            for funder, recipient, amount, form in flows:
                if any((n, amount) in seen for n in range(s.start, s.end + 1)):
                    continue
                seen.add((s.start, amount))
                yield Funding(
                    funders.mention(funder, s.start),
                    ctx.mention(recipient),
                    amount,
                    ctx.ev(s),
                    f"grants.sentence.{form.name}",
                    period=_period(s.text),
                    status=form.status,
                    confidence=0.8 if form.context else 0.85,
                )
            explicit = [f for f in flows if not f[3].context]
            if explicit:
                funders.current = _owned_fund(explicit[-1][0])
            elif not flows:
                funders.see(s.text, s.start)
    yield from _tables(ctx, funders_for_tables(ctx), rows, {k for k, _ in seen})


def _line_sentence(ctx: Context, n: int) -> Sentence | None:
    raw = fold(strip_tags(ctx.doc.lines[n - 1]))
    if not raw or raw.count("£") > 1 or len(raw) > 200:
        return None
    return Sentence(clean(BULLET.sub("", raw, count=1)), raw, n, n)


def funders_for_tables(ctx: Context) -> dict[int, str]:
    """The funder in force at each line: a fund or giver named in a heading or sentence above it."""
    funders = Funders(ctx)
    out: dict[int, str] = {}
    for block in ctx.doc.blocks:
        if block.kind == "heading":
            funders.see(block.text, block.start)
        elif block.kind != "row":
            for s in ctx.doc.sentences(block):
                if len(s.text) <= MAX_SENTENCE and "£" not in s.text:
                    funders.see(s.text, s.start)
        if funders.current:
            for n in range(block.start, block.end + 1):
                out[n] = funders.current
    return out


def _tables(ctx: Context, funder_at: dict[int, str], rows: dict, done: set[int]):
    running: dict[str, float] = {}
    for start, (end, label, amounts) in sorted(rows.items()):
        if start in done:
            continue
        funder = funder_at.get(start) or next(
            (funder_at[k] for k in range(start - 1, 0, -1) if k in funder_at), None
        )
        ev = ctx.doc.evidence(start, end)
        if _total().match(label):
            total = sum(a for a, _ in amounts[:1])
            if funder and running.get(funder) and abs(running[funder] - total) > 0.01:
                note = f"total {total:,.2f} differs from the sum of the rows above {running[funder]:,.2f}"
                yield Description(ctx.mention(funder), ev, "grants.table.total_check", note=note)
            running[funder or ""] = 0.0
            continue
        recipient = clean_name(label)
        if not recipient or not funder or recipient == funder:
            continue
        running[funder] = running.get(funder, 0.0) + amounts[0][0]
        for amount, period in amounts:
            yield Funding(
                _funder_mention(ctx, funder),
                ctx.mention(recipient),
                amount,
                ev,
                "grants.table.row",
                period=period or _period(label),
                status="awarded",
                confidence=0.8,
            )


def _period(text: str) -> str | None:
    found = re.findall(r"\b(\d{4}/\d{2,4}|\d{4}-\d{2})\b", text)
    return ", ".join(dict.fromkeys(found)) if found else None


EXTRACTORS = [funding]
