"""The one copy of each small text helper: slug, fold, years and financial years, money."""

from __future__ import annotations

import datetime as dt

import pytest

import graph.export as gx
from graph import views
from graph.rdf import Minter
from ingest.dates import periods, spans_in, year_spans
from ingest.extract.money import money_value
from ingest.names import SLUG_MAX, fold, slug


@pytest.mark.parametrize(
    ("text", "slugged"),
    [
        ("Exampleton Children & Families Board", "exampleton-children-and-families-board"),
        ("  --Jane  Doe--  ", "jane-doe"),
        ("!!!", "x"),
        ("Northshire " * 20, ("northshire-" * 6)[:SLUG_MAX].strip("-")),
    ],
)
def test_slug(text, slugged):
    assert slug(text) == slugged
    assert len(slug(text)) <= SLUG_MAX


def test_long_document_names_never_share_a_graph():
    mint = Minter("https://example.org/id/")
    a = "exampleton-community-safety-partnership-minutes-of-the-meeting-2021-03-10.txt"
    b = "exampleton-community-safety-partnership-minutes-of-the-meeting-2021-06-09.txt"
    assert mint.graph(a) != mint.graph(b) and mint.document(a) != mint.document(b)
    assert mint.graph(a) == mint.graph(a)
    assert mint.graph("minutes.txt").value == "https://example.org/id/graph/minutes-txt"  # short: the slug


def test_fold():
    assert fold("\tJane \n Doe\u00a0 (Chair)  ") == "Jane Doe (Chair)"
    assert fold("") == ""


@pytest.mark.parametrize("written", ["2019/20", "2019-20", "2019/2020", "2019 – 20"])
def test_a_financial_year_means_april_to_march_everywhere(written):
    first, last = dt.date(2019, 4, 1), dt.date(2020, 3, 31)
    assert [(s.kind, s.first, s.last) for s in year_spans(f"Plan {written}")] == [
        ("financial year", first, last)
    ]
    assert spans_in(f"In {written} it grew", years=True) == [(first, last)]
    assert views.document_span(f"Northshire Strategy {written}", None) == (
        first.isoformat(),
        last.isoformat(),
    )
    assert gx.year_start(f"funding {written}") == ("2019-04-01", f"financial year {written}")


def test_years_that_do_not_follow_each_other_are_calendar_years():
    assert [(s.kind, s.text) for s in year_spans("Action Plan 2013 - 2016")] == [
        ("year", "2013"),
        ("year", "2016"),
    ]
    assert views.document_span("Action Plan 2013 - 2016", None) == ("2013-01-01", "2016-12-31")


def test_funding_periods_as_written():
    assert periods("£500 in 2019/20, £700 in 2020-21 and 2019/20 again") == "2019/20, 2020-21"
    assert periods("no period here") is None


@pytest.mark.parametrize(
    ("num", "mult", "value"),
    [("1,250.50", None, 1250.5), ("2.5", "m", 2_500_000.0), ("40", "K", 40_000.0), ("1.2", "bn", 1.2e9)],
)
def test_money_value(num, mult, value):
    assert money_value(num, mult) == value
