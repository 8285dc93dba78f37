"""Dates, years and financial years written in documents: the one place that reads them.

A year written ``2019/20`` (``2019-20``, ``2019/2020``) is a UK financial year, 1 April 2019 to
31 March 2020 (:func:`year_spans`, :func:`financial_year`); a funding's period is kept as written
(:func:`periods`).

The date of a document (its meeting or report date) is read from its first lines.

Meeting papers and reports put their date near the top: ``COMMITTEE: 2 JUNE 2020``,
``Tuesday, 10th March 2020 at 6.00 pm``, ``Report: June 2014``. :func:`document_date` returns
the first such date as an ISO string; a month without a day is the first of that month.

A full date (day, month, year) is accepted on any of the first lines; a month and year alone
only on a short heading-like line, since table rows near the top of an action plan are full
of target months (``Children's Policy February 2019``) that are not the document's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_YEAR = r"((?:19|20)\d\d)(?![\d/])"
DAY_MONTH_YEAR = re.compile(
    rf"\b([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+{_YEAR}", re.IGNORECASE
)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\.?,?\s+{_YEAR}", re.IGNORECASE)
NUMERIC = re.compile(r"(?<![\d/.])([0-3]?\d)[/.]([01]?\d)[/.]((?:19|20)\d\d)(?![\d/.])")

HEAD_LINES = 40  # how far down a document's date may stand
HEADING_CHARS = 80  # a month-and-year alone counts only on a line at most this long


def _month(name: str) -> int:
    return MONTHS.index(next(m for m in MONTHS if m.startswith(name.lower()[:3]))) + 1


def _make(year: str, month: int, day: int) -> date | None:
    try:
        return date(int(year), month, day)
    except ValueError:
        return None


# a UK council's "2019/20" (also "2019-20", "2019/2020", "2019 – 20") is the financial year 1 April 2019 to
# 31 March 2020; two years that do not follow each other ("2013 - 2016") are two years
FINANCIAL_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s?[/\-\u2013]\s?(\d{4}|\d\d)(?![\d/])")
ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# a funding's period as written: "2019/20", "2019/2020", "2019-20", each kept as the text gives it
PERIOD = re.compile(r"\b(\d{4}/\d{2,4}|\d{4}-\d{2})\b")
YEAR = re.compile(
    r"\b(?:in|since|from|during|by|until|before|after)\s+((?:19|20)\d\d)\b(?![/-]\d)", re.IGNORECASE
)


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def financial_year(match: re.Match) -> tuple[date, date] | None:
    """The first and last day of the financial year a :data:`FINANCIAL_YEAR` match names, or None when its
    two years do not follow each other ("2013 - 2016" is a range of years, not a financial year).

    >>> financial_year(FINANCIAL_YEAR.search("the 2019/20 plan"))
    (datetime.date(2019, 4, 1), datetime.date(2020, 3, 31))
    >>> financial_year(FINANCIAL_YEAR.search("Plan 2013 - 2016")) is None
    True
    """
    first, second = int(match.group(1)), int(match.group(2))
    if second not in (first + 1, (first + 1) % 100):
        return None
    return date(first, 4, 1), date(first + 1, 3, 31)


@dataclass(frozen=True)
class YearSpan:
    """A year named in a text: ``kind`` is "financial year" (April to March) or "year" (the calendar year)."""

    kind: str
    text: str
    first: date
    last: date


def year_spans(text: str) -> list[YearSpan]:
    """Every year ``text`` names, in the order written: a financial year (``2018/19``) as April to March,
    any other year as the calendar year.

    >>> [(s.kind, s.first.isoformat(), s.last.isoformat()) for s in year_spans("Strategy 2018/19, from 2020")]
    [('financial year', '2018-04-01', '2019-03-31'), ('year', '2020-01-01', '2020-12-31')]
    >>> [s.text for s in year_spans("Action Plan 2013 - 2016")]
    ['2013', '2016']
    """
    found: list[tuple[int, YearSpan]] = []
    taken: list[range] = []
    for m in FINANCIAL_YEAR.finditer(text):
        span = financial_year(m)
        if span:
            found.append((m.start(), YearSpan("financial year", m.group(0), *span)))
            taken.append(range(m.start(), m.end()))
    for m in ANY_YEAR.finditer(text):
        if not any(m.start() in t for t in taken):
            year = int(m.group(1))
            found.append((m.start(), YearSpan("year", m.group(1), date(year, 1, 1), date(year, 12, 31))))
    return [s for _, s in sorted(found, key=lambda item: item[0])]


def periods(text: str) -> str | None:
    """The periods a funding line states, as written and in order, joined by ", " (None if none).

    >>> periods("£5,000 in 2019/20 and £6,000 in 2020/21 (2019/20 carried forward)")
    '2019/20, 2020/21'
    """
    found = PERIOD.findall(text) if "/" in text or "-" in text else None  # (each period has one)
    return ", ".join(dict.fromkeys(found)) if found else None


def spans_in(text: str, *, month_only: bool = True, years: bool = False) -> list[tuple[date, date]]:
    """Every date written in ``text`` as a ``(first day, last day)`` span, in the order written.

    A full date is a one-day span; with ``month_only`` a month and year (``June 2014``) spans the
    month; with ``years`` a year after "in", "since", "by"... (``In 2012``) spans the year and a
    financial year (``2015/16``) runs from April to March.

    >>> [(a.isoformat(), b.isoformat()) for a, b in spans_in("In 2012 it was abolished", years=True)]
    [('2012-01-01', '2012-12-31')]
    >>> [(a.isoformat(), b.isoformat()) for a, b in spans_in("Report: June 2014")]
    [('2014-06-01', '2014-06-30')]
    """
    found: list[tuple[int, date, date]] = []
    taken: list[range] = []

    def add(match: re.Match, first: date | None, last: date | None = None) -> None:
        span = range(match.start(), match.end())
        if any(span.start < t.stop and t.start < span.stop for t in taken):
            return
        taken.append(span)  # an impossible date (31st February) is no date, not a month either
        if first is not None:
            found.append((match.start(), first, last or first))

    for m in DAY_MONTH_YEAR.finditer(text):
        add(m, _make(m.group(3), _month(m.group(2)), int(m.group(1))))
    for m in MONTH_DAY_YEAR.finditer(text):
        add(m, _make(m.group(3), _month(m.group(1)), int(m.group(2))))
    for m in NUMERIC.finditer(text):
        add(m, _make(m.group(3), int(m.group(2)), int(m.group(1))))
    if month_only:
        for m in MONTH_YEAR.finditer(text):
            year, month = int(m.group(2)), _month(m.group(1))
            add(m, date(year, month, 1), _month_end(year, month))
    if years:
        for m in FINANCIAL_YEAR.finditer(text):
            span = financial_year(m)
            if span:
                add(m, *span)
        for m in YEAR.finditer(text):
            year = int(m.group(1))
            add(m, date(year, 1, 1), date(year, 12, 31))
    return [(a, b) for _, a, b in sorted(found, key=lambda item: item[0])]


def dates_in(text: str, *, month_only: bool = True) -> list[date]:
    """Every date written in ``text`` (its first day), in the order written.

    Full dates are ``10th March 2020``, ``2 JUNE 2020``, ``March 10, 2020`` and ``10/03/2020``
    (day first, as in UK papers); with ``month_only`` a month and year alone (``June 2014``)
    gives the first of that month.

    Examples
    --------
    >>> [d.isoformat() for d in dates_in("C&WFS became operational from 1st April 2019")]
    ['2019-04-01']
    >>> [d.isoformat() for d in dates_in("Progress Report: June 2014")]
    ['2014-06-01']
    >>> dates_in("the 2018/19 plan")
    []
    """
    return [first for first, _ in spans_in(text, month_only=month_only)]


def document_date(text: str, *, head_lines: int = HEAD_LINES) -> str | None:
    """The ISO date of the meeting or report, from the first ``head_lines`` lines, or None.

    Examples
    --------
    >>> document_date("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY\\nCOMMITTEE: 2 JUNE 2020\\n")
    '2020-06-02'
    >>> document_date("# Action Plan 2013 - 2016\\nHighlights from the 2nd Progress\\nReport: June 2014\\n")
    '2014-06-01'
    >>> document_date("PI 1.1\\tReview policies\\tChildren's Policy February 2019 - Q4 2018/19\\t\\t\\t") is None
    True
    """
    for line in text.splitlines()[:head_lines]:
        heading = len(line.strip()) <= HEADING_CHARS and "\t" not in line
        found = dates_in(line, month_only=heading)
        if found:
            return found[0].isoformat()
    return None
