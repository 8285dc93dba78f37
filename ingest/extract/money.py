"""Funding and indicator sentences: who pays whom how much, and targets and actuals written as prose."""

from __future__ import annotations

import re

from ..dates import periods
from ..model import Claim, Funding, Kind, Observation, Rel
from ..names import tidy
from .context import BARE_HEADS, Context, split_list
from .people import titlecase

AMOUNT = r"£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million)?"
# bounded (at most 15 words of at most 61 characters): linear on a line of capitals without spaces
NAME = r"(?:the\s+)?([A-Z][\w&’'()-]{0,60}(?:\s(?:(?:of|and|for|the|&)\s)?[A-Z0-9][\w&’'()-]{0,60}){0,14})"
NAMED_SUBJECT = re.compile(rf"^{NAME}\s+(?:who|which|is|are|aim|provide)")


MULTIPLIER = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


FUNDER_SHARE = re.compile(rf"(?:^|,\s*|\s+and\s+)(?:the\s+)?([A-Z][\w'’& -]{{1,80}}?)\s*\({AMOUNT}\)")


def money_value(num: str, mult: str | None) -> float:
    """An amount as written ('1,250.50', '2.5' with 'm') in pounds: the one money parser of ``ingest``.

    >>> money_value("1,250.50", None), money_value("2.5", "m"), money_value("40", "K")
    (1250.5, 2500000.0, 40000.0)
    """
    return float(num.replace(",", "")) * MULTIPLIER.get((mult or "").lower(), 1)


LISTED = frozenset({"projects", "schemes", "initiatives", "groups", "organisations", "activities", "bids"})


def funding_sentences(ctx: Context):
    funder_context = None
    for block in ctx.doc.blocks:
        para_funder, para_recipient = None, None
        for s in ctx.doc.sentences(block):
            t, ev = s.text, ctx.ev(s)
            period = periods(t)
            # each pattern below is tried only when a word it needs is in the sentence (the same result)
            m = "£" in t and re.search(
                rf"{NAME}\s+(?:has|have|will)\s+(?:made|made available|allocated|awarded|given|granted|provided)\s+(?:available\s+)?{AMOUNT}(?:\s+(?:of\s+)?([A-Z]{{1,4}}\d+))?(?:\s+\w+)?\s+(?:funding\s+)?(?:to|for)\s+(?:fund\s+)?(?:the work of\s+)?{NAME}",
                t,
            )
            if m:
                funder, amount = m.group(1), money_value(m.group(2), m.group(3))
                recipient = m.group(5)
                code = m.group(4)
                target = _fund_by_code(ctx, code) or recipient
                yield Funding(
                    ctx.mention(funder),
                    ctx.mention(target, Kind.FUND if code else None),
                    amount,
                    ev,
                    "sentence.made_funding",
                    period=period,
                    status="awarded",
                )
                funder_context = funder
                continue
            m = (
                "received" in t
                and "£" in t
                and re.search(rf"{NAME}\s+(?:has\s+)?received\s+{AMOUNT}\s+from\s+{NAME}", t)
            )
            if m and not re.search(r"\b(?:Fund|Funding|Grant|Grants|Programme)$", m.group(4)):
                recipient = _without_place(m.group(1))
                yield Funding(
                    ctx.mention(m.group(4)),
                    ctx.mention(recipient),
                    money_value(m.group(2), m.group(3)),
                    ev,
                    "sentence.received_from",
                    period=period,
                    status="received",
                )
            m = "will allocate" in t and re.search(
                rf"{NAME}\s+will allocate\s+{AMOUNT}\s+to each\s+{NAME}", t
            )
            if m:
                each = m.group(4).split()[0]
                recipient = ctx.definitions.get(each) or m.group(4)
                yield Funding(
                    ctx.mention(m.group(1)),
                    ctx.mention(recipient),
                    money_value(m.group(2), m.group(3)),
                    ev,
                    "sentence.allocate_each",
                    period=period,
                    status="allocated",
                    confidence=0.6,
                )
            m = "received" in t and re.search(
                r"received (?:over\s+)?£[\d,.]+\w*\s+from\s+.{0,200}?((?:[A-Z][\w’']*\s){0,8}(?:Fund|Funding|Grant|Grants|Programme))\b",
                t,
            )
            if m:
                funder_context = m.group(1)
            found = (
                []
                if "£" not in t
                else list(
                    re.finditer(
                        rf"{NAME}(?:\s+in\s+[A-Z]\w+)?\s+(?:has\s+)?(?:received|(?:has been|was|were)\s+awarded)\s+{AMOUNT}",
                        t,
                    )
                )
            )
            found += (
                []
                if "£" not in t
                else list(
                    re.finditer(
                        rf"(?:The|This|the) (?:organisation|group|charity|project|centre|trust|scheme)()\s+(?:has\s+)?(?:received|(?:has been|was)\s+awarded)\s+{AMOUNT}",
                        t,
                    )
                )
            )
            for m in found:
                recipient = _without_place(m.group(1)) if m.group(1) else para_recipient
                if recipient and funder_context:
                    yield Funding(
                        ctx.mention(funder_context, Kind.FUND),
                        ctx.mention(recipient),
                        money_value(m.group(2), m.group(3)),
                        ev,
                        "sentence.received",
                        period=period,
                        status="awarded",
                    )
            m = NAMED_SUBJECT.search(t)
            if m:
                para_recipient = m.group(1)
            m = "contribute" in t and re.search(
                rf"{NAME}\s+(?:agreed|approved|decided)\s+to\s+(?:support and\s+)?contribute\b.*?\bto\s+{NAME}",
                t,
            )
            if m:
                owner = re.sub(r"[’']s\s+(?:Cabinet|Council|Executive|Board)$", "", m.group(1))
                para_funder, para_recipient = owner, m.group(2)
            m = "contribution of" in t and re.search(rf"contribution of\s+{AMOUNT}(.*)$", t)
            if m and para_funder and para_recipient:
                yield Funding(
                    ctx.mention(para_funder),
                    ctx.mention(para_recipient),
                    money_value(m.group(1), m.group(2)),
                    ev,
                    "sentence.contribution",
                    period=periods(m.group(3)),
                    status="awarded",
                    confidence=0.8,
                )
            for m in (
                []
                if "funded" not in t
                else re.finditer(
                    rf"(?:the\s+)?([A-Z][\w&’'-]{{0,60}}(?:\s[A-Z][\w&’'-]{{0,60}}){{0,10}})\s+funded\s+{NAME}",
                    t,
                )
            ):
                yield Funding(
                    ctx.mention(m.group(1)),
                    ctx.mention(_project(m.group(2)), Kind.PROJECT),
                    None,
                    ev,
                    "sentence.x_funded_y",
                )
            for m in (
                []
                if "-funded" not in t
                else re.finditer(
                    rf"{NAME}(?:\s+\([A-Z]+\))?,\s+an?\s+([A-Z][\w ]{{1,80}}?)-funded\s+(?:project|programme|scheme|initiative)",
                    t,
                )
            ):
                yield Funding(
                    ctx.mention(m.group(2)),
                    ctx.mention(m.group(1), Kind.PROJECT),
                    None,
                    ev,
                    "sentence.x_funded_project",
                )
            m = "funded " in t and re.search(
                rf"{NAME}\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:jointly\s+)?funded (?:through|by)\s+(.+?)(?::|\.|$)",
                t,
            )
            # 'Projects funded by X:' opens a list of its recipients
            if m and m.group(1).lower() not in LISTED:
                # 'funded by the Ministry of Justice (£210,000) and Westby Council (£95,000)': each its amount;
                # 'funded by contributions from A (£x), B (£y) and C (£z)'
                givers = re.sub(r"^(?:contributions|grants|funding|money)\s+from\s+", "", m.group(2))
                shares: list[tuple[str, float | None]] = [
                    (f.group(1), money_value(f.group(2), f.group(3))) for f in FUNDER_SHARE.finditer(givers)
                ]
                recipient = re.sub(r"^The\s+", "", m.group(1))
                if recipient.lower() in BARE_HEADS:  # 'The Partnership is funded by …': its name in full
                    recipient = ctx.own_group(recipient, s.start) or recipient
                for funder, amount in shares or [(f, None) for f in split_list(givers)]:
                    funder = re.sub(r"\s+(?:Strategic\s+)?(?:Grants?|Funding|Fund)$", "", funder)
                    yield Funding(
                        ctx.mention(funder),
                        ctx.mention(recipient, Kind.SERVICE if "Service" in recipient else None),
                        amount,
                        ev,
                        "sentence.funded_through",
                    )
            m = "funding" in t and re.search(
                rf"(?:^|\)\s*){NAME}\s+to\s+support\b.*?\bwith\s+(.+?)\s+funding\b", t
            )
            if m:
                for funder in split_list(m.group(2)):
                    if funder[0].isupper():
                        yield Funding(
                            ctx.mention(funder),
                            ctx.mention(m.group(1)),
                            None,
                            ev,
                            "sentence.with_funding",
                            confidence=0.7,
                        )


def _without_place(name: str) -> str:
    """'Westvale Community Centre in Northtown' -> 'Westvale Community Centre'."""
    return re.sub(r"\s+in\s+[A-Z]\w+$", "", name)


def _project(name: str) -> str:
    return tidy(re.sub(r"\s+(?:project|programme)$", "", name))


def _fund_by_code(ctx: Context, code: str | None) -> str | None:
    if not code:
        return None
    for line in ctx.doc.lines:
        m = re.search(
            rf"((?:[A-Z]+\s+)?{re.escape(code)}\s*[–-]\s*[A-Z][\w ]+?)(?:\s*[–-]\s*\d{{4}}/\d{{2}}|\t|$)",
            line,
        )
        if m:
            return tidy(m.group(1))
    return None


TARGET_WAS = re.compile(
    r"^(?:[-•]\s*)?(?P<name>[A-Z][\w ’'-]+?)\s+targets?(?: rates?)? for (?P<period>[\d/-]+) (?:was|is) (?P<target>\d[\d,.]*)\s*(?P<unit>%)?,?\s*(?:the\s+)?actual(?: figure)? (?:is|was) (?P<actual>\d[\d,.]*)",
    re.I,
)
TARGET_OF = re.compile(
    r"the number of (?P<name>[A-Z]{2,}|[\w ]+?) in line with the (?P<period>[\d/]+ )?target of (?P<target>\d[\d,]*)"
)
REDUCE = re.compile(
    r"(?:TARGET:-?\s*)?(?:Reduce|Increase) the number of (?P<name>.+?)(?: citywide| borough-?wide| countywide)? by (?:\d+%) to (?P<target>\d[\d,]*) by (?P<period>\d{4})",
    re.I,
)
RAG_LIST = re.compile(r"[‘'](Red|Amber|Green)[’'] (?:marked|rated)")
NUMBERED_INDICATOR = re.compile(
    r"Ind\w{0,3}tors? (\d+(?:/\d+)?): ([A-Z][^:]+?)(?= which| for which| was| continued| remained|,? and Ind| \(|$|\.)"
)


OBJECTIVE_INLINE = re.compile(
    r"\bOBJECTIVE\s+(\d+)\.?\s+([A-Z][A-Z ,&'’-]{6,}?)(?=\s+TARGET\b|\s+[A-Z][a-z]|\s*$)"
)
STRATEGY_TITLE = re.compile(
    r"\b((?:[A-Z][A-Z&'’]{1,60} ){1,12}STRATEGY(?: \d{4}\s*[–-]\s*\d{4})?)"
)  # bounded


def _objective_owners(ctx: Context, line: int) -> list:
    owners = []
    m = STRATEGY_TITLE.search("\n".join(ctx.doc.lines[:5]))
    if m:
        owners.append(ctx.mention(titlecase(m.group(1)), Kind.PLAN))
    if we := ctx.we(line):
        owners.append(ctx.mention(we))
    return owners


DATASET = re.compile(
    r"((?:[A-Z][\w’']{0,60}\s){1,8}(?:Dataset|Data Set|Scorecard|Dashboard))\b"
)  # bounded: linear


def indicator_sentences(ctx: Context):
    datasets = [
        (n + 1, m.group(1)) for n, line in enumerate(ctx.doc.lines[:15]) for m in DATASET.finditer(line)
    ]
    for block in ctx.doc.blocks:
        status = None
        for s in ctx.doc.sentences(block):
            t, ev = s.text, ctx.ev(s)
            m = TARGET_WAS.search(t)
            if m:
                ind = ctx.mention(m.group("name"), Kind.INDICATOR, scope=ctx.name)
                unit = m.group("unit")
                yield Observation(
                    ind,
                    "target",
                    ev,
                    "sentence.target_was",
                    period=m.group("period"),
                    value=float(m.group("target").replace(",", "")),
                    unit=unit,
                )
                yield Observation(
                    ind,
                    "actual",
                    ev,
                    "sentence.target_was",
                    period=m.group("period"),
                    value=float(m.group("actual").rstrip(".").replace(",", "")),
                    unit=unit,
                )
            number_of = "the number of" in t.lower()  # (both forms below name one)
            m = number_of and TARGET_OF.search(t)
            if m:
                ind = ctx.mention(m.group("name"), Kind.INDICATOR, scope=ctx.name)
                yield Observation(
                    ind,
                    "target",
                    ev,
                    "sentence.target_of",
                    period=(m.group("period") or "").strip() or None,
                    value=float(m.group("target").replace(",", "")),
                )
            m = number_of and REDUCE.search(t)
            if m:
                ind = ctx.mention(m.group("name"), Kind.INDICATOR, scope=ctx.name)
                yield Observation(
                    ind,
                    "target",
                    ev,
                    "sentence.reduce_to",
                    period=m.group("period"),
                    value=float(m.group("target").replace(",", "")),
                )
                at = block.text.find(t[:40])
                before = [o for o in OBJECTIVE_INLINE.finditer(block.text) if o.start() <= at]
                if before:
                    o = before[-1]
                    priority = ctx.mention(
                        titlecase(o.group(2)), Kind.PRIORITY, code=f"Objective {o.group(1)}", scope=ctx.name
                    )
                    yield Claim(ind, Rel.INDICATOR_OF, priority, ev, "sentence.objective_target", 0.8)
                    for owner in _objective_owners(ctx, s.start):
                        yield Claim(priority, Rel.PRIORITY_OF, owner, ev, "sentence.objective_inline", 0.8)
            rag = "marked" in t or "rated" in t  # (a RAG list says one or the other)
            for part in re.split(r"(?=[‘'](?:Red|Amber|Green)[’'] (?:marked|rated))", t) if rag else [t]:
                r = RAG_LIST.search(part)
                if r:
                    status = r.group(1).lower()
                if not status:
                    continue
                for n in NUMBERED_INDICATOR.finditer(part):
                    ind = ctx.mention(
                        tidy(n.group(2)), Kind.INDICATOR, code=f"Indicator {n.group(1)}", scope=ctx.name
                    )
                    yield Observation(ind, "status", ev, "sentence.rag_list", status=status, text=n.group(0))
                    for line, dataset in datasets:  # indicators reported against the report's dataset
                        yield Claim(
                            ind,
                            Rel.INDICATOR_OF,
                            ctx.mention(dataset, Kind.PLAN),
                            ctx.doc.evidence(line, line),
                            "sentence.rag_list.dataset",
                            0.6,
                        )


EXTRACTORS = [indicator_sentences]  # funding_sentences run inside grants.funding
