"""Tables: action plans, business-plan objectives, performance indicators, funding allocations, glossaries.

Rows are read in document order. A header row decides what the rows under it mean until another
header comes; a repeated header (a page break) is skipped, and a row with an empty first cell right
after it continues the row before the break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..blocks import Block, clean
from ..mentions import people_in
from ..model import Claim, Description, Evidence, Funding, Kind, Observation, Rel
from ..names import initials, is_acronym, is_post, kind_of, org_words, tidy
from .context import Context
from .people import titlecase

ITEM_CODE = re.compile(r"^(?:P[I1l]|KPI|PI|AP|A|KI|BP|NI|LS|SO|OBJ|Obj|Ref)\s?\d+(?:\.\d+)*[a-z]?$")
OBJECTIVE = re.compile(r"^(SO|Objective|Priority|Strategic Objective|Outcome)\s*(\d+)\s*[.:]\s*(.+)$", re.I)
SECTION = re.compile(r"^(.+?)\s+(responsible for|contributes? (?:towards|to))\s*:?\s*$", re.I)
BP_OBJECTIVE = re.compile(
    r"^(?P<owner>.*?)\s*(?P<code>[A-Z]{2,4}\d+\s*-\s*[A-Z]{1,4}(?:\s*\(\d+\))?)\s*-\s*(?P<text>.+)$"
)
RAG = {
    "r": "red",
    "red": "red",
    "a": "amber",
    "amber": "amber",
    "g": "green",
    "green": "green",
    "ns": "not-started",
    "not yet started": "not-started",
    "not started": "not-started",
    "c": "completed",
    "complete": "completed",
    "completed": "completed",
    "on target": "on-target",
    "off target": "off-target",
}
NUMBER = re.compile(
    r"^(?P<cur>£)?\s*(?P<num>-?\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|million)?\s*(?P<unit>%|[A-Za-z][\w/ ]*)?$",
    re.I,
)
RESPONSIBLE_HEADS = ("responsible", "lead officer", "lead agency", "lead", "owner", "accountable")


def parse_number(text: str) -> tuple[float, str | None] | None:
    text = re.sub(r"\s+approx\.?$", "", text.strip(), flags=re.I)
    m = NUMBER.match(text)
    if not m:
        return None
    value = float(m.group("num").replace(",", ""))
    mult = (m.group("mult") or "").lower()
    value *= {"k": 1e3, "m": 1e6, "million": 1e6}.get(mult, 1)
    unit = "GBP" if m.group("cur") else (m.group("unit") or "").strip() or None
    return value, unit


def rag(text: str) -> str | None:
    return RAG.get(clean(text).lower().strip(" ."))


@dataclass
class Table:
    kind: str
    header: list[str]
    rows: list[Block] = field(default_factory=list)

    def col(self, *names: str) -> int | None:
        for i, h in enumerate(self.header):
            if any(h.lower().startswith(n) for n in names):
                return i
        return None


def _table_kind(cells: list[str]) -> str | None:
    low = [c.lower() for c in cells]
    joined = " | ".join(low)
    if any(c.startswith(RESPONSIBLE_HEADS) for c in low) and len(cells) >= 4:
        return "action"
    if "rag" in low and ("linked indicators" in joined or "action" in joined):
        return "objective"
    if (
        low
        and low[0] in {"indicator", "performance indicator", "kpi", "measure", "crime type"}
        and any(k in joined for k in ("quarter", "target", "baseline", "as at", "actual", "performance"))
    ):
        return "performance"
    if "funding received" in joined or "funding allocated" in joined or "funding proposed" in joined:
        return "funding"
    return None


def tables(doc_blocks: list[Block]) -> list[Table]:
    out: list[Table] = []
    current: Table | None = None
    for b in doc_blocks:
        if b.kind != "row":
            if current and b.kind == "heading" and current.kind in ("performance", "funding"):
                current = None
            elif current:
                current.rows.append(b)
            continue
        kind = _table_kind(b.cells)
        if kind:
            if (
                current
                and current.kind == kind
                and [c.lower() for c in b.cells] == [c.lower() for c in current.header]
            ):
                current.rows.append(Block("break", b.start, b.end, "", ""))
                continue
            current = Table(kind, b.cells)
            out.append(current)
            continue
        if current:
            current.rows.append(b)
    return out


def glossary(ctx: Context):
    """Two-cell rows 'ACR <tab> Full name' define acronyms for the resolver."""
    for b in ctx.doc.blocks:
        if b.kind != "row" or len([c for c in b.cells if c]) != 2 or not b.cells[0]:
            continue
        short, full = b.cells[0], b.cells[1]
        if (
            is_acronym(short.replace(" ", ""))
            and len(full.split()) >= 2
            and short[0].upper() == initials(full)[:1]
        ):
            yield Description(ctx.mention(full), ctx.ev(b), "table.glossary", alias=short)


def split_owners(ctx: Context, parts: list[str]) -> list[tuple[str, Kind]]:
    """A 'Responsible' cell into people, posts and organisations, in the order written: the people the
    mention reader finds with a title or rank ('DCI Sarah Wren', 'Cllr Jo Bell'), and the words between
    them read by their heads."""
    out: list[tuple[str, Kind]] = []
    for part in parts:
        people = [p for p in people_in(part) if p.title]
        if people:
            edges = [0, *(x for p in people for x in (p.start, p.end)), len(part)]
            for k, p in enumerate(people):
                out.extend(_owner_words(ctx, part[edges[2 * k] : edges[2 * k + 1]]))
                out.append((tidy(p.name), Kind.PERSON))
            out.extend(_owner_words(ctx, part[edges[-2] :]))
        else:
            out.extend(_owner_words(ctx, part))
    return out


def _owner_words(ctx: Context, part: str) -> list[tuple[str, Kind]]:
    """Words with no person the mention reader knows: a given name and a capitalised word are one,
    and the rest are posts and organisations by their head words."""
    out: list[tuple[str, Kind]] = []
    tokens = re.sub(r"(\w)-\s+(\w)", r"\1-\2", part.strip(" ,;")).split()
    run: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (
            (ctx.is_given(tok) or re.fullmatch(r"[A-Z]\.?", tok))
            and nxt[:1].isupper()
            and len(nxt) > 1
            and org_words().get(nxt.lower()) is None
            and not is_post(nxt)
            and nxt.lower() not in {"and", "of"}
        ):
            out.extend(_runs(run))
            run = []
            out.append((f"{tok} {nxt}", Kind.PERSON))
            i += 2
            continue
        run.append(tok)
        i += 1
    out.extend(_runs(run))
    return out


def _runs(tokens: list[str]) -> list[tuple[str, Kind]]:
    """Words that are not people: posts end at a post word, the rest are organisations."""
    out, start = [], 0
    for i, tok in enumerate(tokens):
        word = tok.strip(",;()")
        following = tokens[i + 1].strip(",;()") if i + 1 < len(tokens) else ""
        if (
            is_post(word) and following not in {"of", "for"} and not is_post(following)
        ):  # "Lead Officer" is one post
            name = tidy(" ".join(tokens[start : i + 1]))
            if name:
                out.append((name, Kind.POST))
            start = i + 1
    rest = tidy(" ".join(tokens[start:]))
    if rest and rest.lower() not in {"and", "tbc", "n/a", "all"}:
        out.append((rest, kind_of(rest)))
    return out


def _rows(table: Table):
    """Rows with continuations after a page break stitched on: (first block, cells, last block)."""
    merged: list[list] = []
    after_break = False
    for b in table.rows:
        if b.kind == "break":
            after_break = True
            continue
        if b.kind != "row":
            merged.append([b, None, b])
            after_break = False
            continue
        if after_break and merged and merged[-1][1] is not None and not b.cells[0]:
            prev = merged[-1]
            cells = prev[1]
            for i, c in enumerate(b.cells):
                if c:
                    if i < len(cells):
                        cells[i] = f"{cells[i]} {c}".strip()
                    else:
                        cells.append(c)
            prev[3].append(b)
            prev[2] = b
        else:
            merged.append([b, list(b.cells), b, [b]])
        after_break = False
    for item in merged:
        yield item[0], item[1], item[2], (item[3] if len(item) > 3 else [item[0]])


def _span(ctx: Context, first: Block, last: Block) -> Evidence:
    return ctx.doc.evidence(first.start, last.end)


def action_plan(ctx: Context, table: Table):
    plan = ctx.mention(name, Kind.PLAN) if (name := _plan_name(ctx)) else None
    resp_col = table.col(*RESPONSIBLE_HEADS)
    item_kind = Kind.INDICATOR if "indicator" in " ".join(table.header).lower() else Kind.ACTION
    objective, section = None, None
    for first, cells, last, blocks in _rows(table):
        text = first.text if cells is None else " ".join(c for c in cells if c)
        lead = text if cells is None else (cells[0] or text)
        m = OBJECTIVE.match(lead)
        if m:
            code = f"{m.group(1).upper() if len(m.group(1)) <= 3 else m.group(1).title()} {m.group(2)}"
            objective = ctx.mention(m.group(3), Kind.PRIORITY, code=code, scope=ctx.name)
            if plan:
                yield Claim(objective, Rel.PRIORITY_OF, plan, ctx.ev(first), "table.action_plan.objective")
            continue
        m = SECTION.match(lead)
        if m:
            org = ctx.mention(m.group(1))
            section = (
                org,
                Rel.RESPONSIBLE if m.group(2).lower().startswith("responsible") else Rel.CONTRIBUTES,
            )
            continue
        if cells is None or not ITEM_CODE.match(cells[0]):
            continue
        code = re.sub(r"^P[1l](?=\s?\d)", "PI", cells[0]) if cells[0][:2] in ("P1", "Pl") else cells[0]
        name = re.split(r"(?<=[a-z])\.\s", cells[1] if len(cells) > 1 else code)[0][:160]
        item = ctx.mention(name or code, item_kind, code=code, scope=ctx.name)
        ev = _span(ctx, first, last)
        row_ev = ctx.ev(first)
        if cells[0] != code:
            yield Description(item, row_ev, "table.action_plan.code_as_written", alias=cells[0])
        if objective:
            yield Claim(item, Rel.INDICATOR_OF, objective, row_ev, "table.action_plan.objective")
        if plan:
            yield Claim(item, Rel.PART_OF, plan, row_ev, "table.action_plan")
        if section and section[1] is Rel.CONTRIBUTES:
            yield Claim(section[0], Rel.CONTRIBUTES, item, row_ev, "table.action_plan.section", 0.85)
        if resp_col is None or resp_col >= len(cells):
            continue
        owner_ev = (
            ev
            if len(blocks) > 1 and any(resp_col < len(b.cells) and b.cells[resp_col] for b in blocks[1:])
            else row_ev
        )
        parts = []
        for b in blocks:
            parts.extend(b.parts(resp_col))
        for owner, kind in split_owners(ctx, parts):
            scope = ctx.council if kind is Kind.POST else None
            yield Claim(
                ctx.mention(owner, kind, scope=scope),
                Rel.RESPONSIBLE,
                item,
                owner_ev,
                "table.action_plan.responsible_cell",
            )


def objectives(ctx: Context, table: Table):
    rag_col, link_col = table.col("rag"), table.col("linked indicators")
    action_col = 1 if len(table.header) > 1 else None
    for first, cells, _last, _blocks in _rows(table):
        if cells is None or not cells[0]:
            continue
        m = BP_OBJECTIVE.match(cells[0])
        if not m:
            continue
        code = re.sub(r"\s*-\s*", " - ", m.group("code")).replace(" (", "(")
        text = (
            cells[action_col]
            if action_col is not None and action_col < len(cells) and cells[action_col]
            else m.group("text")
        )
        item = ctx.mention(text[:160], Kind.ACTION, code=code, scope=ctx.name)
        ev = ctx.ev(first)
        if m.group("owner"):
            service = ctx.mention(m.group("owner"), Kind.SERVICE)
            yield Claim(service, Rel.RESPONSIBLE, item, ev, "table.objective.service_prefix")
            if ctx.council:
                yield Claim(
                    service, Rel.PART_OF, ctx.mention(ctx.council), ev, "table.objective.service_prefix", 0.7
                )
        if rag_col is not None and rag_col < len(cells) and (status := rag(cells[rag_col])):
            yield Observation(item, "status", ev, "table.objective.rag", status=status, text=cells[rag_col])
        if link_col is not None and link_col < len(cells):
            for linked in re.findall(r"\b[A-Z]{1,4}\s?\d+\b", cells[link_col]):
                indicator = ctx.mention(linked, Kind.INDICATOR, code=linked, scope=ctx.name)
                yield Claim(indicator, Rel.INDICATOR_OF, item, ev, "table.objective.linked_indicators")


def fund_owner(ctx: Context, fund: str) -> str | None:
    """The body a fund is named after: 'PCC CI001 – …' -> 'PCC'; 'Police and Crime Commissioner Locality Funding' -> '… Commissioner'."""
    words = fund.split()
    if words and is_acronym(words[0]) and len(words) > 1:
        return words[0]
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        if org_words().get(words[k - 1].lower()) is Kind.ORGANISATION:
            return prefix
    return None


def funding(ctx: Context, table: Table):
    received = table.col("funding received", "received")
    allocated = table.col("funding allocated", "funding proposed", "allocated", "proposed")
    status = (
        "proposed" if allocated is not None and "proposed" in table.header[allocated].lower() else "allocated"
    )
    fund, allocations, fund_amount = None, 0.0, None
    period = None
    for first, cells, _last, _blocks in _rows(table):
        if cells is None:
            continue
        label = cells[0] or ""
        ev = ctx.ev(first)
        got = (
            parse_number(cells[received])
            if received is not None and received < len(cells) and cells[received]
            else None
        )
        given = (
            parse_number(cells[allocated])
            if allocated is not None and allocated < len(cells) and cells[allocated]
            else None
        )
        if label.lower().startswith("total"):
            total = (given or got or (None, None))[0]
            if total is not None and abs(total - allocations) > 0.01 and fund:
                note = f"total {total:,.2f} differs from the sum of allocations {allocations:,.2f}"
                yield Description(fund, ev, "table.funding.total_check", note=note)
            continue
        if got and not given:
            fund_name = re.sub(r"\s*[-–]\s*\d{4}/\d{2,4}\s*$", "", label)
            m = re.search(r"\b(\d{4}/\d{2,4})\b", label)
            period = m.group(1) if m else period
            fund = ctx.mention(fund_name, Kind.FUND)
            fund_amount = got[0]
            allocations = 0.0
            owner = fund_owner(ctx, fund_name)
            if owner:
                yield Funding(
                    ctx.mention(owner),
                    fund,
                    fund_amount,
                    ev,
                    "table.funding.received",
                    period=period,
                    status="received",
                )
                if we := ctx.we(first.start):
                    yield Funding(
                        ctx.mention(owner),
                        ctx.mention(we),
                        fund_amount,
                        ev,
                        "table.funding.received",
                        period=period,
                        status="received",
                        purpose=fund_name,
                        confidence=0.75,
                    )
            continue
        if given and fund and label:
            allocations += given[0]
            project = ctx.mention(label, Kind.PROJECT)
            yield Funding(
                fund,
                project,
                given[0],
                ev,
                f"table.funding.{status}",
                period=period,
                status=status,
                purpose=label,
            )


OUTCOME_HEADS = {
    "outcome",
    "outcomes",
    "priority",
    "priorities",
    "theme",
    "themes",
    "objective",
    "objectives",
}
FRAMEWORK = re.compile(
    r"each of the\s+[‘'\"]([^’'\"]{3,60})[’'\"]\s+(?:goals|outcomes|priorities|themes|objectives)", re.I
)


def one_cell_per_line(ctx: Context):
    """Tables flattened one cell per line: an 'Outcome' first column, each value followed by a coded aim."""
    lines = ctx.doc.lines
    cell = [ln[1:].strip() if ln.startswith("\t") and "\t" not in ln[1:] else None for ln in lines]
    framework = next((FRAMEWORK.search(clean(ln)) for ln in lines if FRAMEWORK.search(clean(ln))), None)
    owner = ctx.mention(framework.group(1), Kind.PLAN) if framework else None
    if owner is None and (name := _plan_name(ctx)):
        owner = ctx.mention(name, Kind.PLAN)
    headed = False
    seen: set[str] = set()
    for i, value in enumerate(cell):
        if value and value.lower() in OUTCOME_HEADS and i + 1 < len(cell) and cell[i + 1]:
            headed = True
            continue
        if not headed or not value or owner is None:
            continue
        following = next((c for c in cell[i + 1 : i + 4] if c), None)
        if (
            following
            and re.match(r"^[A-Z][A-Za-z.]*\d", following)
            and len(value.split()) <= 5
            and not re.search(r"\d", value)
            and value.lower() not in seen
        ):
            seen.add(value.lower())
            yield Claim(
                ctx.mention(value, Kind.PRIORITY, scope=ctx.name),
                Rel.PRIORITY_OF,
                owner,
                ctx.doc.evidence(i + 1, i + 2),
                "table.one_cell_per_line.outcome",
                0.8,
            )


def table_facts(ctx: Context):
    yield from glossary(ctx)
    yield from one_cell_per_line(ctx)
    for table in tables(ctx.doc.blocks):
        if table.kind == "performance":
            continue  # read by the table reader of indicator_tables.py, column by column
        handler = {"action": action_plan, "objective": objectives, "funding": funding}[table.kind]
        yield from handler(ctx, table)


def _plan_name(ctx: Context) -> str | None:
    for b in ctx.doc.blocks[:15]:
        if b.kind == "heading" and re.search(r"\b(Plan|Strategy|Programme)\b", b.text, re.I):
            return titlecase(b.text)
    return None


EXTRACTORS = [table_facts]
