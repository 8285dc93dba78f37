"""Indicator / performance and action-plan tables in any flattening, and indicator values in lines.

Every text here is invented (Exampleton, Northshire, Westshire, Jane Doe ...). Each test names the
layout it pins and runs :func:`ingest.extract.indicator_tables.indicator_facts` on a small document.
"""

from __future__ import annotations

import pytest

from ingest.blocks import Document, fold, strip_tags
from ingest.extract.context import Context
from ingest.extract.indicator_tables import column, header, indicator_facts, number, status_of
from ingest.model import Claim, Kind, Observation, Rel

DOC = "t.txt"


def facts(*lines: str) -> list:
    text = "\n".join(lines) + "\n"
    out = list(indicator_facts(Context(Document(DOC, text))))
    doc_lines = text.splitlines()
    for f in out:  # every quote is found in the lines it names
        ev = f.evidence
        span = fold(strip_tags(" ".join(doc_lines[ev.line_start - 1 : ev.line_end])))
        assert fold(ev.quote) in span, (ev, span)
    return out


def obs(out: list, name: str, measure: str | None = None) -> list[Observation]:
    return [
        o
        for o in out
        if isinstance(o, Observation)
        and o.indicator.name == name
        and (measure is None or o.measure == measure)
    ]


def values(out: list, name: str, measure: str) -> list[float]:
    return [o.value for o in obs(out, name, measure)]


def owners(out: list, rel: Rel, item: str) -> set[str]:
    return {c.subject.name for c in out if isinstance(c, Claim) and c.rel is rel and c.object.name == item}


def linked(out: list, owner: str) -> set[str]:
    return {
        c.subject.name
        for c in out
        if isinstance(c, Claim) and c.rel in (Rel.INDICATOR_OF, Rel.PART_OF) and c.object.name == owner
    }


# ------------------------------------------------------------------ vocabulary


@pytest.mark.parametrize(
    ("cell", "kind", "period"),
    [
        ("Indicator", "name", None),
        ("Target 2023/24", "target", "Target 2023/24"),
        ("Q2 2023/24", "actual", "Q2 2023/24"),
        ("Apr-Jun 2022", "actual", "Apr-Jun 2022"),
        ("Baseline", "baseline", None),
        ("% change", "pct_change", None),
        ("Change", "change", None),
        ("Same period last year", "previous", "Same period last year"),
        ("RAG", "rag", None),
        ("Lead Officer", "owner", None),
        ("Key Partners", "partners", None),
        ("To review the charges introduced in October 2019 for collections", None, None),
    ],
)
def test_header_cells_are_typed_by_their_words(cell, kind, period):
    col = column(cell)
    assert (col.type, col.period) == (kind, period)


def test_a_data_row_is_not_a_header():
    assert header(["Number of burglaries", "120", "100"]) is None
    assert header(["Indicator", "Baseline", "Target", "Actual"]) is not None


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        ("271,345 Visits", (271345.0, "Visits")),
        ("-2.2%", (-2.2, "%")),
        ("£1.5m", (1500000.0, "GBP")),
        ("n/a", None),
    ],
)
def test_numbers_in_cells(cell, want):
    assert number(cell) == want


@pytest.mark.parametrize(
    ("cell", "want"), [("G", "green"), ("Amber", "amber"), ("Off track", "off-target"), ("x", None)]
)
def test_rag_words_and_letters(cell, want):
    assert status_of(cell) == want


# ------------------------------------------------------------------ layouts


def test_tab_table_with_periods_target_rag_and_lead():
    out = facts(
        "Exampleton Community Safety Plan 2023-2026",
        "",
        "Measure\tBaseline\tQ1 2023/24\tQ2 2023/24\tTarget\tRAG\tLead",
        "Priority 1: Reduce violent crime",
        "Violence with injury offences\t1,200\t310\t295\t1,100\tG\tJane Doe",
        "Repeat victims of domestic abuse\t24%\t25%\t23%\t20%\tA\tNorthshire Police",
    )
    assert values(out, "Violence with injury offences", "target") == [1100.0]
    assert values(out, "Violence with injury offences", "baseline") == [1200.0]
    assert {o.period: o.value for o in obs(out, "Violence with injury offences", "actual")} == {
        "Q1 2023/24": 310.0,
        "Q2 2023/24": 295.0,
    }
    assert [o.status for o in obs(out, "Repeat victims of domestic abuse", "status")] == ["amber"]
    assert owners(out, Rel.RESPONSIBLE, "Violence with injury offences") == {"Jane Doe"}
    assert owners(out, Rel.RESPONSIBLE, "Repeat victims of domestic abuse") == {"Northshire Police"}
    assert linked(out, "Reduce violent crime") == {
        "Violence with injury offences",
        "Repeat victims of domestic abuse",
    }


def test_pipe_table_with_repeated_header_and_capitals_section():
    out = facts(
        "| Indicator | Previous year | Current year | % change |",
        "|---|---|---|---|",
        "| SAFER WESTSHIRE PARTNERSHIP | | | |",
        "| Burglary | 410 | 388 | -5.4% |",
        "| Indicator | Previous year | Current year | % change |",
        "| Vehicle crime | 199 | 240 | +20.6% |",
    )
    assert values(out, "Burglary", "actual") == [388.0]
    assert values(out, "Burglary", "baseline") == [410.0]  # the year compared with is the baseline
    assert values(out, "Vehicle crime", "actual") == [240.0]
    assert all(o.value != -5.4 for o in obs(out, "Burglary"))  # a change column is no value of the indicator
    assert linked(out, "Safer Westshire Partnership") == {"Burglary", "Vehicle crime"}


def test_columns_aligned_by_spaces_with_a_wrapped_name():
    out = facts(
        "Performance indicator            Target     Actual    Status",
        "Number of young people entering    150        162      Green",
        "  the justice system for the first time",
        "Anti-social behaviour incidents    2,000      2,310    Red",
    )
    name = "Number of young people entering the justice system for the first time"
    assert values(out, name, "target") == [150.0]
    assert values(out, name, "actual") == [162.0]
    assert [o.status for o in obs(out, "Anti-social behaviour incidents", "status")] == ["red"]


def test_action_plan_with_owner_and_partners_columns():
    out = facts(
        "Action\tLead\tPartners\tTimescale",
        "Deliver a knife crime awareness campaign in schools\tCommunity Safety Manager\tNorthshire Police, Exampleton Youth Service\tMarch 2024",
    )
    item = "Deliver a knife crime awareness campaign in schools"
    assert owners(out, Rel.RESPONSIBLE, item) == {"Community Safety Manager"}
    assert owners(out, Rel.CONTRIBUTES, item) == {"Northshire Police", "Exampleton Youth Service"}


def test_one_cell_per_line_with_blank_lines_between_rows():
    out = facts(
        "Indicator",
        "Target",
        "Actual",
        "",
        "Hate crimes reported",
        "300",
        "342",
        "",
        "Arson incidents",
        "45",
        "39",
    )
    assert values(out, "Hate crimes reported", "target") == [300.0]
    assert values(out, "Arson incidents", "actual") == [39.0]


def test_html_table_cells():
    out = facts(
        "<table><tr><th>KPI</th><th>Target</th><th>Outturn</th></tr>",
        "<tr><td>CS01 - Fly-tipping incidents cleared within 2 days</td><td>95%</td><td>97.5%</td></tr>",
        "</table>",
    )
    found = obs(out, "Fly-tipping incidents cleared within 2 days")
    assert {(o.measure, o.value) for o in found} == {("target", 95.0), ("actual", 97.5)}
    assert {o.indicator.code for o in found} == {"CS01"}


def test_table_run_together_on_one_line():
    out = facts(
        "Offence Type Jan-Mar 2022 Jan-Mar 2023 Change Theft 1210 1100 -9.1% Criminal damage 700 735 +5.0% "
        "Robbery of 55 41 -25.5% Business Shoplifting 380 402 +5.8% Figure 2: offences in Exampleton"
    )
    assert {o.period: o.value for o in obs(out, "Theft", "actual")} == {
        "Jan-Mar 2022": 1210.0,
        "Jan-Mar 2023": 1100.0,
    }
    assert values(out, "Robbery of Business", "actual") == [55.0, 41.0]  # the name cut by the wrap is mended
    assert values(out, "Shoplifting", "actual") == [380.0, 402.0]
    assert not obs(out, "Figure")


# ------------------------------------------------------------------ lines and sentences


def test_label_line_with_measures_and_the_body_that_endorsed_the_targets():
    out = facts(
        "The partnership targets for 2022/23 have been agreed by the Safer Northshire Board and are reviewed quarterly.",
        "",
        "Hate crime repeat victims: Target 12%, Actual 9.5% (achieved)",
        "",
        "Arson: Target 80, Actual 91",
    )
    assert values(out, "Hate crime repeat victims", "target") == [12.0]
    assert values(out, "Hate crime repeat victims", "actual") == [9.5]
    assert values(out, "Arson", "actual") == [91.0]
    assert linked(out, "Safer Northshire Board") == {"Hate crime repeat victims", "Arson"}


def test_list_of_targets_under_a_sentence_naming_them():
    out = facts(
        "The Exampleton Safer Communities Strategy 2024 - 2027 was agreed in May.",
        "",
        "Our Strategy sets out five targets for the partnership. The targets are:",
        "",
        "  • Reoffending - Reduce by 8% the number of adults who reoffend",
        "  • Road safety – reduce the number killed or seriously injured to no more than 40",
        "  • Volunteering - Increase participation in Neighbourhood Watch",
    )
    strategy = "Exampleton Safer Communities Strategy 2024 - 2027"
    assert linked(out, strategy) == {"Reoffending", "Road safety", "Volunteering"}
    assert values(out, "Reoffending", "target") == [8.0]
    assert values(out, "Road safety", "target") == [40.0]
    assert values(out, "Volunteering", "target") == []


def test_target_phrase_in_a_sentence():
    out = facts("The aim is to reduce total crime in the district by 12% by 2026, working with partners.")
    assert values(out, "reduce total crime in the district", "target") == [12.0]


def test_target_phrase_with_a_period():
    out = facts("TARGET: Reduce the rate of deliberate fires citywide by 5% by 2025/26.")
    assert [(o.value, o.period) for o in obs(out, "deliberate fires", "target")] == [(5.0, "2025/26")]


def test_prose_with_a_date_is_no_table():
    out = facts(
        "Committee\tMeeting Date\tIssue\tScope\tInvitees / Officers",
        "EXS\tJuly 2024\tWaste charges\tTo review the charges introduced in October 2023 for collections\tLead Member / J Doe",
    )
    assert out == []


def test_run_together_table_with_a_rag_column():
    out = facts(
        "Indicator Target Actual RAG Fly-tipping reports 900 870 Green Noise complaints 400 455 Red Note: figures provisional"
    )
    assert values(out, "Fly-tipping reports", "target") == [900.0]
    assert [o.status for o in obs(out, "Noise complaints", "status")] == ["red"]


def test_label_value_block_under_an_indicator_line():
    out = facts(
        "Indicator: Percentage of household waste recycled",
        "Baseline: 41%",
        "Target: 45%",
        "RAG: Amber",
        "Lead officer: Jane Doe",
        "",
        "Repeat missing episodes",
        "Target: 120",
        "Actual: 131",
    )
    name = "Percentage of household waste recycled"
    assert values(out, name, "target") == [45.0]
    assert values(out, name, "baseline") == [41.0]
    assert [o.status for o in obs(out, name, "status")] == ["amber"]
    assert owners(out, Rel.RESPONSIBLE, name) == {"Jane Doe"}
    assert values(out, "Repeat missing episodes", "actual") == [131.0]


def test_a_document_header_line_is_no_indicator_value():
    assert facts("Download the report", "Total Pages: 16", "File Type: pdf") == []


def test_owner_lines_with_a_label_and_agenda_items_with_presenters():
    out = facts(
        "Community Engagement – Accountable officers: Jane Doe (Exampleton Council) & Police Representative (TBC)",
        "",
        "·   Street Pastors – Sarah Smith (Exampleton Churches Together)",
        "",
        "·   Night Time Economy – Northshire Police",
    )
    assert owners(out, Rel.RESPONSIBLE, "Community Engagement") == {"Jane Doe", "Police Representative"}
    assert owners(out, Rel.RESPONSIBLE, "Street Pastors") == {"Sarah Smith"}
    assert owners(out, Rel.RESPONSIBLE, "Night Time Economy") == set()


def test_aligned_columns_with_no_header_over_the_names():
    out = facts(
        "                                  Target     Actual     RAG",
        "Households in temporary housing     300        284      Green",
        "Rough sleepers                       10         14      Red",
    )
    assert values(out, "Households in temporary housing", "target") == [300.0]
    assert values(out, "Rough sleepers", "actual") == [14.0]
    assert [o.status for o in obs(out, "Rough sleepers", "status")] == ["red"]


def test_count_sentence_with_a_period():
    out = facts("In 2022/23 there were 1,204 hate crimes recorded by police in Northshire.")
    assert [(o.value, o.period) for o in obs(out, "hate crimes", "actual")] == [(1204.0, "2022/23")]


def test_actual_against_a_target_and_a_rating_in_prose():
    out = facts(
        "Reported burglaries fell to 120 against a target of 150. Youth reoffending is currently rated Amber."
    )
    assert values(out, "Reported burglaries", "actual") == [120.0]
    assert values(out, "Reported burglaries", "target") == [150.0]
    assert [o.status for o in obs(out, "Youth reoffending", "status")] == ["amber"]


def test_a_target_phrase_measures_the_outcome_it_repeats():
    out = facts(
        "OUTCOME",
        "",
        "To reduce anti-social behaviour",
        "",
        "The partnership has agreed a target to reduce anti-social behaviour by 10% by 2026.",
    )
    assert values(out, "reduce anti-social behaviour", "target") == [10.0]
    assert linked(out, "To reduce anti-social behaviour") == {"reduce anti-social behaviour"}


def test_partners_named_in_the_commentary_under_an_indicator_contribute_to_it():
    out = facts(
        "Repeat victims of hate crime: Target 10%, Actual 7%",
        "",
        "The fall is due to casework by the partner agencies Exampleton Victim Support, Northshire Mediation based in the town.",
        "",
        "Arson: Target 50, Actual 61",
        "",
        "The Northshire Fire and Rescue Service have been working with schools on fire safety. The Partnership has been active too.",
    )
    assert owners(out, Rel.CONTRIBUTES, "Repeat victims of hate crime") == {
        "Exampleton Victim Support",
        "Northshire Mediation",
    }
    assert owners(out, Rel.CONTRIBUTES, "Arson") == {"Northshire Fire and Rescue Service"}


def test_run_together_table_with_quarters_and_a_first_row_named_like_a_header_word():
    out = facts(
        "Performance Indicator Q1 Q2 Target Total crime 1,020 990 4,000 Hate crime 51 47 180 Source: police data"
    )
    assert values(out, "Total crime", "target") == [4000.0]
    assert {o.period: o.value for o in obs(out, "Hate crime", "actual")} == {"Q1": 51.0, "Q2": 47.0}


def test_a_caption_naming_a_partnership_owns_the_table_below():
    out = facts(
        "Safer Exampleton Partnership – performance 2023/24",
        "",
        "| Indicator | Target | Actual |",
        "| Knife crime offences | 90 | 84 |",
    )
    assert linked(out, "Safer Exampleton Partnership") == {"Knife crime offences"}


def test_tab_table_with_quarters_a_year_end_target_and_achieved_status():
    out = facts(
        "Measure\tQ1\tQ2\tYear end target\tStatus",
        "Number of first time entrants\t12\t10\t40\tAchieved",
        "Young people in education or training\t71%\t73%\t80%\tNot achieved",
    )
    assert values(out, "Number of first time entrants", "target") == [40.0]
    assert values(out, "Number of first time entrants", "actual") == [12.0, 10.0]
    assert [o.status for o in obs(out, "Young people in education or training", "status")] == ["red"]


def test_a_rag_cell_the_header_has_no_column_for_moves_the_cells_after_it_left():
    out = facts(
        "Indicator\tQuarter 1\tQuarter 2\tTarget\tCommentary",
        "EX1 - Visits to the library\t1,200 Visits\t1,150 Visits\tG\t1,000 Visits\tAhead of plan.",
    )
    assert values(out, "Visits to the library", "target") == [1000.0]
    assert values(out, "Visits to the library", "actual") == [1200.0, 1150.0]
    assert [o.status for o in obs(out, "Visits to the library", "status")] == ["green"]


def test_a_pdf_table_with_single_spaces_header_and_rows_on_lines_of_their_own():
    out = facts(
        "Indicator Baseline 2018/19 Target 2019/20 Actual 2019/20 Status",
        "All crime 8,412 8,000 7,950 On target",
        "Domestic burglary 612 580 640 Off target",
    )
    assert values(out, "All crime", "target") == [8000.0]
    assert values(out, "Domestic burglary", "actual") == [640.0]
    assert [o.status for o in obs(out, "Domestic burglary", "status")] == ["off-target"]
    assert {o.evidence.line_start for o in obs(out, "Domestic burglary")} == {3}


def test_an_indicator_line_with_its_code_then_several_periods_in_one_line():
    out = facts(
        "NI 16 Serious acquisitive crime rate per 1,000 population",
        "Q1: 3.2   Q2: 3.0   Q3: 2.9",
        "Target 2010/11: 3.0",
        "RAG: G",
    )
    name = "Serious acquisitive crime rate per 1,000 population"
    assert [(o.period, o.value) for o in obs(out, name, "actual")] == [("Q1", 3.2), ("Q2", 3.0), ("Q3", 2.9)]
    assert values(out, name, "target") == [3.0]
    assert {o.indicator.code for o in obs(out, name)} == {"NI 16"}
    assert [o.status for o in obs(out, name, "status")] == ["green"]


def test_a_kpi_code_column_beside_a_description_column():
    out = facts(
        "KPI\tDescription\tTarget\tQ1\tRAG",
        "CS01\tTotal recorded crime per 1,000 population\t75\t19.2\tG",
        "CS02\tRepeat domestic abuse referrals to MARAC\t28%\t30%\tR",
    )
    name = "Total recorded crime per 1,000 population"
    assert {o.indicator.code for o in obs(out, name)} == {"CS01"}
    assert values(out, name, "target") == [75.0]
    assert not obs(out, "CS01")


def test_value_statements_with_their_target_and_status_in_one_line():
    out = facts(
        "• Burglary: 412 offences (target 390) – Red",
        "• Hate crime reports: 355 against a target of 400 – Amber",
        "• Partners: 12 agencies attended the event.",
    )
    assert values(out, "Burglary", "actual") == [412.0] and values(out, "Burglary", "target") == [390.0]
    assert [o.status for o in obs(out, "Hate crime reports", "status")] == ["amber"]
    assert not obs(out, "Partners")


def test_aligned_action_rows_whose_cells_wrap_onto_lines_without_a_code():
    out = facts(
        "Ref   Action                                   Lead Agency        Partners                 Target Date",
        "1.1   Reduce the number of repeat victims      Northby Police     Victim Support,          March 2012",
        "      of domestic abuse                                           Northby Council",
        "1.2   Deliver a programme of community         Community Safety   Fire and Rescue          Sept 2011",
        "      safety events in priority wards          Team               Service",
    )
    assert owners(out, Rel.RESPONSIBLE, "Reduce the number of repeat victims of domestic abuse") == {
        "Northby Police"
    }
    assert owners(out, Rel.CONTRIBUTES, "Reduce the number of repeat victims of domestic abuse") == {
        "Victim Support",
        "Northby Council",
    }
    item = "Deliver a programme of community safety events in priority wards"
    assert owners(out, Rel.RESPONSIBLE, item) == {"Community Safety Team"}
    assert owners(out, Rel.CONTRIBUTES, item) == {"Fire and Rescue Service"}


def test_one_cell_per_line_with_no_blank_between_rows():
    out = facts(
        "Action",
        "Lead",
        "Timescale",
        "Introduce a Community Trigger process",
        "ASB Team",
        "June 2014",
        "Review the MARAC arrangements",
        "Domestic Abuse Forum",
        "September 2014",
    )
    assert owners(out, Rel.RESPONSIBLE, "Introduce a Community Trigger process") == {"ASB Team"}
    assert owners(out, Rel.RESPONSIBLE, "Review the MARAC arrangements") == {"Domestic Abuse Forum"}
    assert not facts("Action", "Lead", "Timescale", "Partners", "Lead officers will report back.")


def test_bulleted_value_statements_with_change_target_and_status():
    from extraction_helpers import run

    f = run(
        "Westby Community Safety Partnership – Crime Factsheet 2023/24",
        "",
        "- Total recorded crime: 14,250 offences, down 4% on 2022/23.",
        "- Violence with injury: 1,920 offences, up 2% (target 1,800) – Red.",
        "- Anti-social behaviour incidents fell by 12% to 4,400.",
        "- Date of meeting: 12 March 2024",
    )
    got = {(o.indicator.name, o.measure, o.value, o.status) for o in f.observations}
    assert got == {
        ("Total recorded crime", "actual", 14250.0, None),
        ("Violence with injury", "actual", 1920.0, None),
        ("Violence with injury", "target", 1800.0, None),
        ("Violence with injury", "status", None, "red"),
        ("Anti-social behaviour incidents", "actual", 4400.0, None),
    }
    owners = {c.object.name for c in f.claims if c.rel.name == "INDICATOR_OF"}
    assert owners == {"Westby Community Safety Partnership"}


def test_an_embargo_time_is_no_indicator_value():
    from ingest.pipeline import extract

    facts = extract(
        "t.txt", "PRESS RELEASE\nEmbargoed until 00:01, 12 May 2024\n\nBurglary: 412 offences, down 4%\n"
    )
    assert [o.indicator.name for o in facts.observations] == ["Burglary"]


def test_a_factsheet_block_of_name_value_and_change_lines_is_a_statement():
    out = facts(
        "Safer Brockton Partnership",
        "Crime Performance Factsheet",
        "",
        "Residential burglary",
        "214 offences",
        "+8.1% compared with the same period last year",
        "",
        "Annual Report",
        "2024",
    )
    assert values(out, "Residential burglary", "actual") == [214.0]
    assert not obs(out, "Annual Report")  # a year under a heading is no value


def test_aligned_columns_with_cells_wrapped_onto_the_next_lines():
    out = facts(
        "Outcome                 Action                              Lead                 Timescale",
        "Reduce violent crime    Work with licensed premises to      Westby Police        March 2025",
        "                        reduce alcohol-related violence",
        "Reduce burglary         Target-harden homes of repeat       Community Safety     June 2025",
        "                        victims                             Manager",
    )
    assert owners(out, Rel.RESPONSIBLE, "Work with licensed premises to reduce alcohol-related violence") == {
        "Westby Police"
    }
    assert owners(out, Rel.RESPONSIBLE, "Target-harden homes of repeat victims") == {
        "Community Safety Manager"
    }
    assert column("Target-harden homes").type is None  # a hyphenated word is no header word


def test_indicators_named_alone_in_a_list_and_in_labelled_records_belong_to_the_plan():
    from ingest.pipeline import extract

    facts_ = extract(
        "t.txt",
        "\n".join(
            [
                "Safer Kelby Partnership Plan 2025-28",
                "",
                "We will monitor the following performance indicators:",
                "- Number of residential burglaries",
                "- First time entrants to the youth justice system",
                "",
                "Indicator: Smoking prevalence in adults",
                "Baseline (2019): 14.2%",
                "Latest: 12.8% (Amber)",
            ]
        ),
    )
    owned = {c.subject.name for c in facts_.claims if c.rel is Rel.INDICATOR_OF}
    assert owned == {
        "Number of residential burglaries",
        "First time entrants to the youth justice system",
        "Smoking prevalence in adults",
    }
    assert {c.object.name for c in facts_.claims if c.rel is Rel.INDICATOR_OF} == {
        "Safer Kelby Partnership Plan 2025-28"
    }


@pytest.mark.parametrize("blank", [True, False])
def test_an_action_table_one_cell_a_line_with_or_without_blanks_between_rows(blank):
    rows = [
        ["Action", "Lead", "Timescale"],
        ["Deliver crime prevention advice to vulnerable residents", "Kelby Police", "March 2026"],
        ["Run a burglary awareness campaign", "Community Safety Team", "June 2026"],
    ]
    lines = ["Kelby Partnership Plan 2025-2028", ""]
    for row in rows:
        lines += row + ([""] if blank else [])
    out = facts(*lines)
    assert owners(out, Rel.RESPONSIBLE, "Deliver crime prevention advice to vulnerable residents") == {
        "Kelby Police"
    }
    assert owners(out, Rel.RESPONSIBLE, "Run a burglary awareness campaign") == {"Community Safety Team"}


# ------------------------------------------------------------------ whose indicators, which reader


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_table_in_no_plan_and_no_section_measures_the_body_the_title_names(sep):
    out = facts(
        "Westby Community Safety Partnership",
        "Performance Report - Quarter 2",
        "",
        sep.join(["Indicator", "Target", "Actual", "RAG"]),
        sep.join(["Residential burglary", "600", "571", "Green"]),
        sep.join(["Hate crime reports", "220", "238", "Red"]),
    )
    assert linked(out, "Westby Community Safety Partnership") == {
        "Residential burglary",
        "Hate crime reports",
    }


def test_a_section_line_just_above_a_header_heads_the_rows_below_it():
    out = facts(
        "Kelby Children's Partnership",
        "Delivery Plan Monitoring",
        "",
        "Priority 1: Keeping children safe",
        "Indicator | Target | Q1 | Q2",
        "Re-referrals within 12 months | 20% | 22% | 21%",
    )
    assert linked(out, "Keeping children safe") == {"Re-referrals within 12 months"}


def test_rows_a_table_reader_read_are_not_read_again_as_lines_or_run_on_text():
    out = facts(
        "Kelby Health and Wellbeing Board",
        "",
        "Indicator                          2021/22    2022/23    Trend",
        "Smoking prevalence in adults        14.1       13.4       Improving",
        "Children in low income families     4,480      4,655      Worsening",
    )
    names = {o.indicator.name for o in out if isinstance(o, Observation)}
    assert names == {"Smoking prevalence in adults", "Children in low income families"}
    assert values(out, "Children in low income families", "actual") == [4480, 4655]


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        (
            "Shoplifting fell by 4% to 1,210 offences, against a target of 1,300.",
            "Shoplifting",
            {"actual": 1210, "target": 1300},
        ),
        (
            "There were 312 knife crime offences, up from 287 the previous year.",
            "knife crime offences",
            {"actual": 312, "baseline": 287},
        ),
        (
            "The number of repeat referrals to MARAC was 214 (target 200), rated Amber.",
            "number of repeat referrals to MARAC",
            {"actual": 214, "target": 200, "status": "amber"},
        ),
    ],
)
def test_a_sentence_giving_a_value_with_a_target_rating_or_earlier_value(sentence, name, expected):
    out = facts("Our performance", "", sentence)
    got = {o.measure: o.status or o.value for o in obs(out, name)}
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 12 members present.",  # a count with nothing saying it is a measure
        "This was 45, against a target of 50.",  # names no measure
    ],
)
def test_a_sentence_with_a_bare_count_or_no_name_gives_no_measure(sentence):
    assert not [o for o in facts("Notes", "", sentence) if isinstance(o, Observation)]


def test_a_dated_report_heading_over_a_rated_sentence_is_no_indicator():
    out = facts("Annual Review 2023/24", "", "Repeat referrals were 214 (target 200), rated Amber.")
    assert {o.indicator.name for o in out if isinstance(o, Observation)} == {"Repeat referrals"}


def test_an_objective_column_before_an_action_column_heads_the_actions_and_holds_for_blank_cells():
    out = facts(
        "Kelby Safer Communities Action Plan",
        "",
        "| Objective | Action | Lead Agency | Target Date |",
        "| Reduce violent crime | Introduce a Best Bar None scheme | Kelby Licensing | Sept 2025 |",
        "| | Expand CCTV in the town centre | Kelby Council | Ongoing |",
    )
    assert owners(out, Rel.RESPONSIBLE, "Expand CCTV in the town centre") == {"Kelby Council"}
    assert linked(out, "Reduce violent crime") == {
        "Introduce a Best Bar None scheme",
        "Expand CCTV in the town centre",
    }
    assert not [o for o in out if isinstance(o, Observation) and o.measure == "status"]  # 'Ongoing' is a date


def test_an_aligned_action_table_whose_items_wrap_onto_lines_of_their_own_under_a_section_line():
    out = facts(
        "Kelby Community Safety Plan 2025-28",
        "",
        "Priority: Reducing Re-offending",
        "",
        "Action                              Lead         Partners          Timescale",
        "Develop an Integrated Offender      Probation    Police, KBC       March 2026",
        "Management scheme for prolific",
        "offenders",
        "Improve access to housing for       KBC          Probation,        June 2026",
        "offenders leaving custody                        Kelby Homes",
    )
    first = "Develop an Integrated Offender Management scheme for prolific offenders"
    second = "Improve access to housing for offenders leaving custody"
    assert owners(out, Rel.RESPONSIBLE, first) == {"Probation"}
    assert owners(out, Rel.CONTRIBUTES, second) == {"Probation", "Kelby Homes"}
    assert linked(out, "Reducing Re-offending") == {first, second}


def test_a_run_on_action_table_under_question_headers():
    out = facts(
        "Westby Annual Plan 2025/26",
        "",
        "What will we do? Who will lead? When?",
        "Tackle nuisance motorbikes in parks Westby Police Summer 2025",
        "Set up a youth diversion project in the town centre Westby Youth Service September 2025",
    )
    assert owners(out, Rel.RESPONSIBLE, "Tackle nuisance motorbikes in parks") == {"Westby Police"}
    assert owners(out, Rel.RESPONSIBLE, "Set up a youth diversion project in the town centre") == {
        "Westby Youth Service"
    }


def test_there_are_n_items_rated_is_a_count_of_ratings_not_a_measure_called_there():
    out = facts("Summary", "", "There are 2 objectives reported as red, 1 rated as amber and 16 are green.")
    assert "There" not in {o.indicator.name for o in out if isinstance(o, Observation)}


def test_a_lead_column_between_a_priority_and_its_actions_leads_the_priority():
    out = facts(
        "Kelby Annual Plan 2025/26",
        "",
        "Priority | Lead | What we will do",
        "Youth crime | Kelby Youth Offending Service | Expand the early intervention programme",
    )
    assert owners(out, Rel.RESPONSIBLE, "Youth crime") == {"Kelby Youth Offending Service"}
    assert linked(out, "Youth crime") == {"Expand the early intervention programme"}


def test_value_lines_with_a_bracketed_qualifier_in_the_name_or_a_detail_word_inside_a_long_name():
    out = facts(
        "Kelby Health and Wellbeing Board",
        "Dashboard",
        "",
        "Healthy life expectancy (female): 62.1 years (Amber)",
        "Smoking at time of delivery: 11.2% (Red)",
        "Time: 10.30 am",
    )
    assert {
        o.indicator.name: o.status for o in out if isinstance(o, Observation) and o.measure == "status"
    } == {
        "Healthy life expectancy (female)": "amber",
        "Smoking at time of delivery": "red",
    }
    assert not obs(out, "Time")


def test_a_count_after_a_period_phrase_names_what_was_counted_not_the_phrase():
    out = facts("Road safety", "", "In 2024 there were 431 serious injury collisions, down from 455 in 2023.")
    assert {o.indicator.name for o in out if isinstance(o, Observation)} == {"serious injury collisions"}
    assert values(out, "serious injury collisions", "baseline") == [455]


def test_a_factsheet_each_value_line_with_its_change_target_or_rating_after_it():
    out = facts(
        "Kelby Community Safety Partnership",
        "Crime Performance Factsheet - Quarter 2",
        "",
        "Total recorded crime",
        "8,412 offences, down 6% on the same period last year",
        "",
        "Residential burglary",
        "214 offences (target 250) - Green",
        "",
        "Violence with injury",
        "1,102 offences, up 3% - Amber",
    )
    assert values(out, "Total recorded crime", "actual") == [8412.0]
    assert values(out, "Residential burglary", "actual") == [214.0]
    assert values(out, "Residential burglary", "target") == [250.0]
    assert [o.status for o in obs(out, "Violence with injury", "status")] == ["amber"]


def test_action_rows_run_together_under_priority_action_lead_partners_date_and_progress():
    out = facts(
        "Kelby Community Safety Partnership",
        "Delivery Plan 2024-25",
        "",
        "Priority Action Lead Partners Target date Progress",
        "Reduce violent crime Deliver Operation Nightsafe in the town centre Kelby Police KBC, Probation Dec 2024 On track",
        "Tackle ASB Set up a youth outreach service Youth Service Kelby Police Sep 2024 Delayed",
        "Reduce violent crime Increase referrals to MARAC Kelshire Police KBC Northby PCT March 2025 Complete",
    )
    assert owners(out, Rel.RESPONSIBLE, "Deliver Operation Nightsafe in the town centre") == {"Kelby Police"}
    assert owners(out, Rel.CONTRIBUTES, "Deliver Operation Nightsafe in the town centre") == {
        "KBC",
        "Probation",
    }
    assert owners(out, Rel.RESPONSIBLE, "Set up a youth outreach service") == {"Youth Service"}
    assert owners(out, Rel.RESPONSIBLE, "Increase referrals to MARAC") == {"Kelshire Police"}
    assert owners(out, Rel.CONTRIBUTES, "Increase referrals to MARAC") == {"KBC", "Northby PCT"}
    assert {
        c.subject.name
        for c in out
        if isinstance(c, Claim) and c.rel is Rel.PART_OF and c.object.name == "Tackle ASB"
    } == {"Set up a youth outreach service"}


def test_indicators_listed_on_a_label_line_under_the_outcome_they_measure():
    out = facts(
        "Kelby Health and Wellbeing Board",
        "Outcomes Framework",
        "",
        "Outcome: Children have the best start in life",
        "Indicators: breastfeeding at 6-8 weeks; school readiness; childhood immunisation rates",
        "",
        "Outcome: People live healthier lives",
        "Indicators: smoking prevalence, physical activity levels",
    )
    assert linked(out, "Children have the best start in life") == {
        "breastfeeding at 6-8 weeks",
        "school readiness",
        "childhood immunisation rates",
    }
    assert linked(out, "People live healthier lives") == {"smoking prevalence", "physical activity levels"}
    assert not [c for c in out if isinstance(c, Claim) and ";" in c.subject.name]


def test_indicators_of_a_report_titled_by_an_organisation_are_its_own():
    out = facts(
        "Eastby Children's Services Trust",
        "",
        "Update to the Corporate Parenting Panel",
        "",
        "Indicator                                   Target   Q1 2015/16   RAG",
        "Re-referrals within 12 months               20%      24%          Red",
        "Assessments completed within 45 days        85%      87%          Green",
    )
    owned = {
        (c.subject.name, c.object.name) for c in out if isinstance(c, Claim) and c.rel is Rel.INDICATOR_OF
    }
    assert owned == {
        ("Re-referrals within 12 months", "Eastby Children's Services Trust"),
        ("Assessments completed within 45 days", "Eastby Children's Services Trust"),
    }


def test_a_year_then_what_the_column_holds_and_a_priority_over_two_tables():
    out = facts(
        "Westvale Partnership Plan 2011-2014",
        "",
        "Priority: Reduce serious acquisitive crime",
        "",
        "What we will do                                        Lead               By when",
        "Target prolific offenders through IOM                  Probation          March 2012",
        "Run a burglary awareness campaign                      Police             Dec 2011",
        "",
        "How we will measure success",
        "Indicator                               2010/11 baseline   2011/12 target",
        "Domestic burglaries                     612                580",
    )
    assert column("2011/12 target").type == "target" and column("2010/11 baseline").type == "baseline"
    assert column("Target prolific offenders through IOM").type is None
    assert {(o.measure, o.value) for o in obs(out, "Domestic burglaries")} == {
        ("baseline", 612.0),
        ("target", 580.0),
    }
    claims = {(c.rel, c.subject.name, c.object.name) for c in out if isinstance(c, Claim)}
    assert {
        (Rel.RESPONSIBLE, "Probation", "Target prolific offenders through IOM"),
        (Rel.PART_OF, "Run a burglary awareness campaign", "Reduce serious acquisitive crime"),
        (Rel.INDICATOR_OF, "Domestic burglaries", "Reduce serious acquisitive crime"),
    } <= claims


def test_a_numbered_heading_ends_the_priority_a_table_is_under():
    out = facts(
        "Priority: Reduce serious acquisitive crime",
        "",
        "3. Performance",
        "",
        "Indicator                               Target   Actual",
        "Domestic burglaries                     580      612",
    )
    assert not [c for c in out if isinstance(c, Claim) and c.rel is Rel.INDICATOR_OF]


@pytest.mark.parametrize(
    "sentence, name, actual, baseline",
    [
        # a measure's move from an earlier value to its latest, each with its period
        (
            "Smoking at time of delivery has fallen from 12.1% in 2021/22 to 10.4% in 2022/23.",
            "Smoking at time of delivery",
            (10.4, "2022/23"),
            (12.1, "2021/22"),
        ),
        (
            "• The rate of falls admissions has increased since the last report, from 410 per 100,000 in 2021 "
            "to 452 per 100,000 in 2022.",
            "rate of falls admissions",
            (452, "2022"),
            (410, "2021"),
        ),
        ("Repeat referrals rose from 31 to 35.", "Repeat referrals", (35, None), (31, None)),
    ],
)
def test_a_measure_moving_from_one_value_to_another_in_prose(sentence, name, actual, baseline):
    out = facts("Performance update", "", sentence)
    (latest,) = obs(out, name, "actual")
    (earlier,) = obs(out, name, "baseline")
    assert (latest.value, latest.period) == actual
    assert (earlier.value, earlier.period) == baseline


def test_a_bulleted_value_sentence_with_has_before_its_verb():
    out = facts(
        "Highlights", "", "·  Breast screening has dropped to 70.2% in 2023, down from 72.5% in 2022."
    )
    assert values(out, "Breast screening", "actual") == [70.2]
    assert values(out, "Breast screening", "baseline") == [72.5]


def test_a_move_said_of_nothing_named_gives_no_measure():
    out = facts("Highlights", "", "This has risen from 4 to 6 since the spring.", "It fell from 9 to 7.")
    assert not [o for o in out if isinstance(o, Observation)]


def test_slash_separated_table_with_group_cells_title_rows_and_targets_in_commentary():
    """A PDF's text layer writing its table's rules as ' / ': a header the row's group cell has no column
    for, a theme title alone between rows, commentary going on over the next lines and stating targets."""
    out = facts(
        "ANNEX A",  # 1
        "/ Measures of success / Mid year progress / Commentary on performance /",  # 2
        "Keeping people safe",  # 3
        "Residents feel safe in Exampleton / Repeat victims of domestic abuse / 21% / Down from 24% last year",  # 4
        "and still within the target of 25%",  # 5
        "Young people thrive / Young people not in education or training / 4.1% / This compares to 5.0% in",  # 6
        "the region; the target is 4%",  # 7
    )
    assert values(out, "Repeat victims of domestic abuse", "actual") == [21.0]
    assert values(out, "Repeat victims of domestic abuse", "target") == [25.0]
    assert values(out, "Young people not in education or training", "actual") == [4.1]
    assert values(out, "Young people not in education or training", "target") == [4.0]
    assert linked(out, "Residents feel safe in Exampleton") == {"Repeat victims of domestic abuse"}
    assert linked(out, "Young people thrive") == {"Young people not in education or training"}


@pytest.mark.parametrize(
    "sentence, name, measure, value",
    [
        # a count of a thing named in lower case after its number
        (
            "There were 7,486 reported anti-social behaviour incidents with an average of 624 per month.",
            "anti-social behaviour incidents",
            "actual",
            7486.0,
        ),
        (
            "Northshire Police have identified 58 organised crime groups that affect the county.",
            "organised crime groups",
            "actual",
            58.0,
        ),
        # a rate named with its value
        (
            "Members noted that the local police outcome rate of 30.7% is the highest in the region.",
            "local police outcome rate",
            "actual",
            30.7,
        ),
        # a measure named after 'With regard to', its value opening the clause after it
        (
            "With regard to Domestic Abuse Initial Checks, 95% of checks were carried out within 24 hours.",
            "Domestic Abuse Initial Checks",
            "actual",
            95.0,
        ),
        # a target, then a move from an earlier value to the latest
        (
            "The number of incidents reported to Northshire Police had exceeded its target of 6,000, increasing "
            "from 5,555 to 6,401.",
            "number of incidents reported to Northshire Police",
            "target",
            6000.0,
        ),
        (
            "The number of incidents reported to Northshire Police had exceeded its target of 6,000, increasing "
            "from 5,555 to 6,401.",
            "number of incidents reported to Northshire Police",
            "actual",
            6401.0,
        ),
    ],
)
def test_measures_written_as_news_prose(sentence, name, measure, value):
    out = facts("Crime update", "", sentence)
    assert values(out, name, measure) == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Between October and September there were 88 more crimes reported than the year before.",
        "There were 12 per cent more incidents reported.",
        "The team has made 3 of the changes the review asked for.",
    ],
)
def test_differences_and_shares_written_as_counts_give_no_measure(sentence):
    assert not [o for o in facts("Crime update", "", sentence) if isinstance(o, Observation)]


def test_numbered_measures_and_their_ratings_run_together_in_one_line():
    out = facts(
        "Performance call over",
        "Crime Indicator Performance RAG Rating Direction of Travel Summary report on page 1 Burglary RED 17 2 "
        "Personal Robbery GREEN 18 3 Criminal Damage AMBER 19 4 Hate crime GREY 20 5 Vehicle crime GREEN 21",
    )
    got = {(o.indicator.name, o.status) for o in out if isinstance(o, Observation) and o.measure == "status"}
    assert got == {
        ("Burglary", "red"),
        ("Personal Robbery", "green"),
        ("Criminal Damage", "amber"),
        ("Vehicle crime", "green"),
    }


def test_two_ratings_in_a_sentence_are_no_run_of_measures():
    out = facts("Update", "Item 2 Burglary is RED and 3 Robbery is GREEN this month.")
    assert not [o for o in out if isinstance(o, Observation) and o.method == "run.rated"]


def test_a_measure_then_after_a_dash_its_value_against_its_target():
    out = facts(
        "Scorecard",
        "",
        "Examples included the percentage of clients whose health had improved – which has a performance of 84% "
        "against a target of 80%. Number of empty homes brought back into use – where 91 homes have been brought "
        "back into use against a target of 50.",
    )
    assert values(out, "percentage of clients whose health had improved", "actual") == [84.0]
    assert values(out, "percentage of clients whose health had improved", "target") == [80.0]
    assert values(out, "Number of empty homes brought back into use", "actual") == [91.0]
    assert values(out, "Number of empty homes brought back into use", "target") == [50.0]


def test_a_count_in_a_paragraph_opened_by_a_measures_name_is_that_measures():
    out = facts(
        "Monitoring report",
        "",
        "Delayed transfers of care: Despite progress, the target was not met. There were 5980 delayed days in "
        "2016/17 compared with 5680 in 2015/16.",
    )
    assert values(out, "Delayed transfers of care", "actual") == [5980.0]


@pytest.mark.parametrize(
    "sentence, name, measure, value, period",
    [
        (
            "Repeat referrals to MARAC are currently 28%, compared to a target of 25%.",
            "Repeat referrals to MARAC",
            "actual",
            28.0,
            None,
        ),
        (
            "The proportion of victims satisfied stands at 82.4% against a target of 85%.",
            "proportion of victims satisfied",
            "target",
            85.0,
            None,
        ),
        (
            "Performance for violent crime is 1,245 offences against a target of 1,300.",
            "violent crime",
            "actual",
            1245.0,
            None,
        ),
        (
            "% share of knowledge sector jobs has increased to over 30%",
            "% share of knowledge sector jobs",
            "actual",
            30.0,
            None,
        ),
        (
            "The reoffending rate for young people was 34.2% in 2023/24.",
            "reoffending rate for young people",
            "actual",
            34.2,
            "2023/24",
        ),
    ],
)
def test_a_measures_value_with_an_adverb_a_rate_alone_or_performance_for(
    sentence, name, measure, value, period
):
    (o,) = obs(facts("Performance update", "", sentence), name, measure)
    assert (o.value, o.period) == (value, period)


def test_an_indicators_code_and_name_over_a_paragraph_saying_its_rating():
    out = facts(
        "Performance monitoring, quarter 2",
        "",
        "The summary showed that there were 6 red indicators.",
        "",
        "RES 1 – Energy consumption (kWh)",
        "",
        "This indicator continued to remain green although the office was only partly used.",
        "",
        "MI LI 015 – Number of visits to leisure facilities",
        "",
        "This was a red indicator with August figures lower than expected.",
        "",
        "BV 10 – Percentage of business rates collected in year",
        "",
        "Collection continued to be hard for some businesses.",
    )
    got = {(o.indicator.name, o.indicator.code, o.status) for o in out if isinstance(o, Observation)}
    assert got == {
        ("Energy consumption (kWh)", "RES 1", "green"),
        ("Number of visits to leisure facilities", "MI LI 015", "red"),
    }


def test_a_coded_measure_named_mid_sentence_and_its_move_in_the_clause_after():
    out = facts(
        "Performance indicators",
        "",
        "Members were advised that anyone homeless was placed in emergency accommodation as reflected by the "
        "indicator KPI 07 – The number of days spent in bed and breakfast, which increased from 120 in Quarter 2 "
        "2023-24 to 190 for the same period this year.",
    )
    (latest,) = obs(out, "number of days spent in bed and breakfast", "actual")
    assert (latest.value, latest.indicator.code) == (190.0, "KPI 07")
    assert values(out, "number of days spent in bed and breakfast", "baseline") == [120.0]


def test_a_share_opening_a_list_item_and_a_percentage_measure_moving():
    out = facts(
        "Council plan performance",
        "",
        "-70% of Council houses have an energy rating of C or better",
        "",
        "-% of looked after children gaining English and Maths rose from 30% to 44.4%",
        "",
        "Since October 2023, the percentage of childminders rated Good has increased from 70.3% to 73.2%",
    )
    assert values(out, "Council houses have an energy rating of C or better", "actual") == [70.0]
    assert values(out, "% of looked after children gaining English and Maths", "actual") == [44.4]
    assert values(out, "percentage of childminders rated Good", "actual") == [73.2]


def test_a_measure_label_block_gives_one_indicator_not_one_named_with_its_label():
    out = facts(
        "Performance 2023/24",
        "",
        "Measure: Repeat victims of domestic abuse",
        "Target: 25%",
        "Actual: 28%",
        "Status: Amber",
    )
    assert {o.indicator.name for o in out if isinstance(o, Observation)} == {
        "Repeat victims of domestic abuse"
    }
    assert values(out, "Repeat victims of domestic abuse", "actual") == [28.0]


def test_a_measure_moved_to_its_value_at_a_sentence_end_a_leading_year_and_a_national_comparator():
    out = facts(
        "Employment in Westvale has increased to 70.7%.",
        "",
        "The reoffending rate was 31%.",
        "",
        "In 2024 KS2 progress in reading increased by 2.1% to 74.5%. National averages increased by 1.2% to 71.0%.",
    )
    assert values(out, "Employment in Westvale", "actual") == [70.7]
    assert values(out, "reoffending rate", "actual") == [31.0]
    assert values(out, "KS2 progress in reading", "actual") == [74.5]
    assert [o.period for o in obs(out, "KS2 progress in reading", "actual")] == ["2024"]
    assert not [o for o in out if isinstance(o, Observation) and "National" in o.indicator.name]
    assert not facts("The meeting was 12.")  # a value with no measure's word, move or target: nothing


def test_a_web_table_one_cell_a_line_closed_by_a_pipe_under_a_header_of_column_words():
    out = facts(
        "Our Priority - Healthier Westvale",
        "",
        "We will... Success measure Baseline Target",
        "Offer health checks to residents.  Number of health checks completed.  402  500 p.a.",
        "Support families with the cost of living. |",
        "Number of financial health-checks for residents. |",
        "N/A |",
        "500 per annum |",
        "Reduce placement moves for looked after children:",
        "% of looked after children with more than one placement in the year. |",
        "Westvale * Scotland Value is 16.79% |",
        "20.90% |",
        "School attendance rate. |",
        "92% |",
        "94% |",
        "",  # a break: the page's next priority heading was not kept
        "Visits to the museum. |",
        "1,200 |",
        "1,500 |",
    )
    assert values(out, "Number of health checks completed", "baseline") == [402.0]
    assert values(out, "Number of health checks completed", "target") == [500.0]
    assert values(out, "Number of financial health-checks for residents", "target") == [500.0]
    assert values(out, "% of looked after children with more than one placement in the year", "target") == [
        20.9
    ]
    assert values(out, "School attendance rate", "target") == [94.0]
    assert linked(out, "Healthier Westvale") >= {
        "School attendance rate",
        "Number of health checks completed",
    }
    assert "Visits to the museum" not in linked(out, "Healthier Westvale")
    assert values(out, "Visits to the museum", "target") == [1500.0]


def test_a_percentage_of_a_group_named_with_commas_is_its_value():
    out = facts(
        "  • The percentage of care leavers who are in education, training or employment is 63.1% our"
        " performance remains above the regional average."
    )
    assert values(
        out, "percentage of care leavers who are in education, training or employment", "actual"
    ) == [63.1]


def test_values_given_by_label_after_an_indicator_code_up_to_the_next_code():
    out = facts(
        "2024/25 - Performance NI 16 Serious acquisitive crime rate (2023/24 Baseline 1,210 crimes – 2024/25"
        " Target 1,150 crimes) 2024/25 Performance 1,175 crimes NI 20 Assault with injury Target 300 Actual 310",
    )
    code = {o.indicator.code: o.indicator.name for o in out if isinstance(o, Observation)}
    assert code == {"NI 16": "Serious acquisitive crime rate", "NI 20": "Assault with injury"}
    assert values(out, "Serious acquisitive crime rate", "baseline") == [1210.0]
    assert values(out, "Serious acquisitive crime rate", "target") == [1150.0]
    assert values(out, "Serious acquisitive crime rate", "actual") == [1175.0]
    assert values(out, "Assault with injury", "actual") == [310.0]


def test_a_table_set_apart_by_two_spaces_without_padding_reads_its_cells_in_order():
    out = facts(
        " Performance indicator  2024/25 value  2025/26 target",
        "% of household waste sent for recycling  22.2%  22.3%",
        "Reports about missed bin collections (Minimise)  4,287  2,114",
    )
    assert values(out, "% of household waste sent for recycling", "actual") == [22.2]
    assert values(out, "% of household waste sent for recycling", "target") == [22.3]
    assert values(out, "Reports about missed bin collections", "target") == [2114.0]  # no '(Minimise)'


def test_a_clause_before_there_were_names_no_measure():
    assert not facts(
        "As regards criminal damage it is worth remembering that there were 210 incidents, up from 150."
    )


def test_moves_down_by_a_share_from_one_count_to_another_and_a_rate_sitting_at_a_value():
    out = facts(
        "Violent crimes, including assaults and robbery, are down by 33 per cent from 91 to 61 crimes.",
        "",
        "Those injured in crashes, either slightly or seriously, has risen from 184 to 203 casualties.",
        "",
        "Detection rates are sitting at a very healthy 65 per cent, meaning two in three crimes are solved.",
        "",
        "Breastfeeding initiation target rates for 2024/2025 was 65.5%, actual figure is 59.91%.",
    )
    assert values(out, "Violent crimes", "actual") == [61.0]
    assert values(out, "Violent crimes", "baseline") == [91.0]
    assert values(out, "injured in crashes", "actual") == [203.0]
    assert values(out, "Detection rates", "actual") == [65.0]
    assert values(out, "Breastfeeding initiation rates", "target") == [65.5]
    assert values(out, "Breastfeeding initiation rates", "actual") == [59.91]


def test_a_drop_in_a_measure_down_from_one_count_to_another():
    out = facts("A report out today shows a drop in robberies, down from 108 to 90 against last year.")
    assert values(out, "robberies", "actual") == [90.0]
    assert values(out, "robberies", "baseline") == [108.0]


def test_a_table_one_cell_a_line_under_typed_header_cells_with_periods_reads_until_a_row_no_longer_fits():
    out = facts(
        "Environment Services",
        "",
        "Performance indicator",
        "2024-25 end of year",
        "2025-26 year to date",
        "2025-26 current target",
        "Volume of residual waste kg per household",
        "644",
        "453",
        "427",
        "Number of fly-tipping incidents",
        "3882",
        "4435",
        "3000",
        "% of streets below standard for litter",
        "10.2%",
        "11.7%",
        "Nov",
        "9%",
    )
    assert values(out, "Number of fly-tipping incidents", "target") == [3000.0]
    assert sorted(values(out, "Volume of residual waste kg per household", "actual")) == [453.0, 644.0]
    assert not obs(out, "% of streets below standard for litter")  # the row that no longer fits


def test_a_target_s_measure_and_its_values_between_two_periods():
    out = facts(
        "·         Reduce residential burglary by 1% per annum – this figure had decreased by 35.2% between Q4 in"
        " 2023/24 (446) and Q1 2024/25 (289)."
    )
    assert values(out, "residential burglary", "actual") == [289.0]
    assert values(out, "residential burglary", "baseline") == [446.0]


def test_values_each_with_its_target_in_a_run_and_counts_beside_last_year_s_in_brackets():
    out = facts(
        "Assets and Facilities",
        "",
        "80.1% of Voids returned within timescales compared with a target of 85% 9.7 days taken to complete"
        " non-emergency repairs, compared with a target of 12 days",
        "",
        "NPT STATISTICS: 01 to 31 March 2025",
        "Criminal damage – 6 (2024 – 5)",
        "Assaults – 11 (2024 – 8) (4/11 incidents of domestic violence)",
    )
    assert values(out, "Voids returned within timescales", "actual") == [80.1]
    assert values(out, "Voids returned within timescales", "target") == [85.0]
    assert values(out, "days taken to complete non-emergency repairs", "target") == [12.0]
    assert values(out, "Criminal damage", "actual") == [6.0]
    assert values(out, "Assaults", "previous") == [8.0]
    assert not obs(out, "NPT STATISTICS")  # a range of dates, no value


def test_a_count_of_people_who_used_a_service_is_its_measure():
    out = facts(
        "318,814 people used our Leisure Centres in Eastby and Westby.",
        "",
        "573,744 people have visited 19 Council attractions",
    )
    assert values(out, "Leisure Centres", "actual") == [318814.0]
    assert values(out, "Council attractions", "actual") == [573744.0]


def test_items_under_a_sentence_naming_their_rating_or_each_rated_in_brackets():
    out = facts(
        "The red performance indicators were as followed:",
        "",
        "  • HOU001 (Average time taken to re-let council dwellings)",
        "  • MUS002 (The number of visits to the museum in person per 1,000 population)",
        "",
        "A number of indicators were currently rated Amber or Red as follows:",
        "",
        "·         Debtors collection (Amber);",
        "·         Number of affordable dwellings completed (annual) (Red);",
    )
    status = {o.indicator.name: o.status for o in out if isinstance(o, Observation) and o.measure == "status"}
    assert status == {
        "Average time taken to re-let council dwellings": "red",
        "The number of visits to the museum in person per 1,000 population": "red",
        "Debtors collection": "amber",
        "Number of affordable dwellings completed (annual)": "red",
    }
    assert {o.indicator.code for o in out if isinstance(o, Observation)} >= {"HOU001", "MUS002"}
    assert not [
        c for c in out if isinstance(c, Claim) and "(Amber)" in c.subject.name
    ]  # the rating is no name


def test_plain_items_under_a_sentence_giving_their_rating_with_an_explanation_in_brackets():
    out = facts(
        "The two measures with a Red rating were:",
        "",
        "·           Percentage of tenants moving home within a year of a transfer;",
        "",
        "·           Percentage of pupils leaving care who found a home (adopted or with kin);",
        "",
        "The following indicators were rated green:",
        "- Library visits per head",
        "",
        "A number of indicators were currently rated Amber or Red as follows:",
        "- Missed bin collections",
    )
    status = {o.indicator.name: o.status for o in out if isinstance(o, Observation) and o.measure == "status"}
    assert status == {
        "Percentage of tenants moving home within a year of a transfer": "red",
        "Percentage of pupils leaving care who found a home": "red",
        "Library visits per head": "green",
    }  # an item without its own rating under 'Amber or Red' has none


def test_a_table_run_together_with_single_spaces_each_row_ending_in_a_figure_for_each_column():
    out = facts(
        "Performance Indicators: 2024/25",
        "Performance Indicator Current Target Q1 (April to June 2024) Q2 (July to September 2024)",
        "Householder applications determined within 2 months 95% 87% 80%",
        "Major applications – average number of weeks to determine 35 weeks 17.2 weeks 34 weeks",
        "Appeals decided No appeals reported No appeals reported",
    )
    assert values(out, "Householder applications determined within 2 months", "target") == [95.0]
    assert sorted(values(out, "Householder applications determined within 2 months", "actual")) == [
        80.0,
        87.0,
    ]
    assert values(out, "Major applications – average number of weeks to determine", "target") == [35.0]
    assert not obs(out, "Appeals decided")


def test_a_measure_at_a_value_below_its_target_and_a_share_exceeding_the_council_s_target():
    out = facts(
        "Household recycling rates at 50% were slightly below the April/May/June target of 57%, councillors heard.",
        "",
        "In other areas, 86% of planning applications were decided within eight weeks, exceeding the council's"
        " target of 80% and the national target of 70%.",
    )
    assert values(out, "Household recycling rates", "target") == [57.0]
    assert values(out, "Household recycling rates", "actual") == [50.0]
    assert values(out, "planning applications were decided within eight weeks", "target") == [80.0]


def test_values_written_before_their_measure_with_the_earlier_value_in_brackets():
    """'… we now have (at the end of 2023/24): 108 volunteers active on Neighbourhood Policing (up from 0 in
    2022/23) 23.7% female officer representation (up from 21.9% in 2022/23) 344 Special Constables (up from
    327 in 2022/23)': each value is its measure's, the bracket's the earlier one; a sum of money is none."""
    out = facts(
        "Westshire Police Recruitment As part of our initiative we now have (at the end of 2023/24): 108 "
        "volunteers active on Neighbourhood Policing (up from 0 in 2022/23) 23.7% female officer representation "
        "(up from 21.9% in 2022/23) 344 Special Constables (up from 327 in 2022/23) Police Community Support "
        "Officers. The budget is now £5,000 grant funding (up from £4,000).",
    )
    assert values(out, "volunteers active on Neighbourhood Policing", "actual") == [108]
    assert values(out, "female officer representation", "actual") == [23.7]
    assert values(out, "Special Constables", "actual") == [344]
    assert values(out, "Special Constables", "baseline") == [327]
    assert not obs(out, "grant funding")


def test_a_sentence_opening_with_a_share_of_the_people_surveyed_is_a_measure():
    """'89% of residents feel safe in the local area during the day and 45% at night.': the share is the
    value of 'residents feel safe in the local area during the day'; '20% of the budget was spent' counts no
    one surveyed."""
    out = facts(
        "The latest residents survey shows that perception of safety after dark has decreased since 2016. "
        "89% of residents feel safe in the local area during the day and 45% at night. 20% of the budget was "
        "spent on patrols.",
    )
    assert values(out, "residents feel safe in the local area during the day", "actual") == [89]
    assert not obs(out, "the budget was spent on patrols")


def test_share_items_with_a_comparison_or_a_comment_after_them_and_an_increase_in_a_measure_to_a_value():
    """'• 9.2% of roads were assessed as being of poor standard compared to 9.7% last year.' (the measure
    stops before the comparison), '• 99% of highways inspected were clean – it would be difficult to improve'
    (before the comment), 'It has seen an increase in staff sickness to 11.6 days per employee'."""
    out = facts(
        "Some areas remain broadly similar to the previous year:",
        "",
        "  • 99% of highways inspected were of a high standard of cleanliness – it would be difficult to improve",
        "  • 9.2% of roads were assessed as being of poor standard compared to 9.7% last year.",
        "",
        "It has seen an increase in staff sickness to 11.6 days per full time employee.",
    )
    assert values(out, "highways inspected were of a high standard of cleanliness", "actual") == [99]
    assert values(out, "roads were assessed as being of poor standard", "actual") == [9.2]
    assert values(out, "staff sickness", "actual") == [11.6]


def test_news_sentences_giving_the_value_a_measure_came_to():
    """'… show that theft by shoplifting increased by 61.4 per cent, compared to the same period in 2023, to
    213 cases', 'the number of speeding vehicles detected more than doubled to 55', 'Crimes of violence
    remained largely the same, however, going from 54 to 58.', 'The number of detections for supply of drugs
    remained the same compared to 2023 at 16'; a comparator is none ('National averages increased by 1.7% to
    70.7%')."""
    out = facts(
        "Provisional statistics for the quarter show that theft by shoplifting increased by 61.4 per cent, "
        "compared to the same time period in 2023, to 213 cases recorded.",
        "",
        "In the same time period, the number of speeding vehicles detected more than doubled to 55.",
        "",
        "Crimes of violence remained largely the same, however, going from 54 to 58.",
        "",
        "The number of detections for supply of drugs remained the same compared to the same period in 2023 at 16.",
        "",
        "National averages increased by 1.7% to 70.7%.",
    )
    assert values(out, "theft by shoplifting", "actual") == [213]
    assert values(out, "speeding vehicles detected", "actual") == [55]
    assert values(out, "Crimes of violence", "actual") == [58]
    assert values(out, "detections for supply of drugs", "actual") == [16]
    assert not obs(out, "National averages")


def test_a_heading_standing_over_a_table_one_cell_a_line_names_what_its_indicators_are_of():
    """'Housing and Leisure Services' alone above 'Performance indicator / 2022-23 end of year / …' (one cell
    a line, no blank between rows): the rows are that heading's indicators; a caption that ends in a full
    stop, or holds a figure, names nothing."""
    table = ["Performance indicator", "2022-23 end of year", "2023-24 target"]
    rows = ["Number of homeless households", "312", "250", "Active gym members", "1,204", "1,500"]
    out = facts("Quarterly results", "", "Housing and Leisure Services", "", *table, *rows)
    assert {
        (c.subject.name, c.object.name) for c in out if isinstance(c, Claim) and c.rel is Rel.INDICATOR_OF
    } == {
        ("Number of homeless households", "Housing and Leisure Services"),
        ("Active gym members", "Housing and Leisure Services"),
    }
    for caption in ("The figures for 2023 are below.", "Table 3 of 12 measures"):
        out = facts("Quarterly results", "", caption, "", *table, *rows)
        assert not [c for c in out if isinstance(c, Claim) and c.rel is Rel.INDICATOR_OF]
        assert obs(out, "Active gym members", "actual")


def test_list_items_saying_where_a_measure_stands_now():
    """'the condition of X has increased and is now at 77% following …', '… remains at only 0.3%', and a share
    item closing with what it represents: each is the measure's value now."""
    out = facts(
        "Quarterly performance update",
        "",
        "Examples of good performance include:",
        "",
        "  • the condition of Westby’s B roads has improved and is now at 81% following the latest survey",
        "  • the percentage of Westby adults aged 18-24 claiming benefits, housing or care remains at only 1.2%",
        "  • 98% of all potholes reported as dangerous were filled within two days, representing 310 repairs",
        "  • our new library opened in June and is now at the heart of the town",
    )
    assert values(out, "condition of Westby’s B roads", "actual") == [81.0]
    assert values(
        out, "percentage of Westby adults aged 18-24 claiming benefits, housing or care", "actual"
    ) == [1.2]
    assert values(out, "potholes reported as dangerous were filled within two days", "actual") == [98.0]
    assert len([o for o in out if isinstance(o, Observation)]) == 3


def test_shares_moving_in_the_middle_of_a_minuted_sentence():
    """'Members noted that although the percentage of X had risen over the past year from 61% to 64%, the
    percentage of Y had fallen significantly from 22% to 15%': two measures, each its value and baseline."""
    out = facts(
        "Scrutiny Committee minutes",
        "",
        "4.2 Members noted that although the percentage of residents who felt safe after dark had risen over the "
        "past year from 61% to 64%, the percentage of adults who volunteered monthly had fallen significantly "
        "from 22% to 15%. The officer explained the survey method.",
    )
    assert values(out, "percentage of residents who felt safe after dark", "actual") == [64.0]
    assert values(out, "percentage of residents who felt safe after dark", "baseline") == [61.0]
    assert values(out, "percentage of adults who volunteered monthly", "actual") == [15.0]
    assert values(out, "percentage of adults who volunteered monthly", "baseline") == [22.0]


def test_a_change_achieved_with_the_target_set_for_it():
    """'the Partnership achieved a reduction in burglary of 12.5%, which beat the target reduction of 10%';
    'achieved a reduction in waiting times of 4%' alone has no target; 'achieved a great deal' nothing."""
    out = facts(
        "Westby partnership praised",
        "",
        "In the year the Partnership achieved a reduction in burglary of 12.5%, which beat the target reduction "
        "of 10% set by the Home Office. The hospital trust achieved a reduction in waiting times of 4%. Officers "
        "achieved a great deal of 2024's plan.",
    )
    assert values(out, "reduction in burglary", "actual") == [12.5]
    assert values(out, "reduction in burglary", "target") == [10.0]
    assert values(out, "reduction in waiting times", "actual") == [4.0]
    assert values(out, "reduction in waiting times", "target") == []
    assert len([o for o in out if isinstance(o, Observation)]) == 3


def test_a_target_given_after_its_measures_value_in_the_same_or_the_next_sentence():
    """'The amount of recycled waste stood at 56 per cent while the goal was 59 per cent.', 'The percentage of
    households in fuel poverty (28 per cent) was also too high that year. The target was 25 per cent.'; a target
    after two measures' values belongs to neither."""
    out = facts(
        "Westby public performance report",
        "",
        "The percentage of households in fuel poverty (28 per cent) was also too high that year. The target was "
        "25 per cent.",
        "",
        "The amount of recycled waste from homes stood at 56 per cent while the goal was 59 per cent.",
        "",
        "The number of empty homes brought back into use was 594 and the number of new homes fell to 410. The "
        "target was 500.",
    )
    assert values(out, "percentage of households in fuel poverty", "actual") == [28.0]
    assert values(out, "percentage of households in fuel poverty", "target") == [25.0]
    assert values(out, "amount of recycled waste from homes", "target") == [59.0]
    assert not [o for o in out if isinstance(o, Observation) and o.measure == "target" and o.value == 500.0]


def test_a_performance_table_whose_cells_were_run_together_without_separators():
    """'Theme 2 data table' over 'RefPerformance indicatorFrequencyDirection of travel2023/24 Outturn2024/25
    OutturnRAG' and 'WB_01Percentage of calls answered in 30 secondsMonthlyincrease89.02%91.21%Amber': each row's
    outturns by year and its rating, the theme the caption names; prose in the same document is untouched."""
    out = facts(
        "Annual performance",
        "",
        "Theme 2 data table",
        "",
        "RefPerformance indicatorFrequencyDirection of travel2023/2024 Outturn2024/2025 OutturnRAG",
        "WB_01Percentage of calls answered in 30 secondsMonthlyincrease89.02%91.21%Amber",
        "WB_02Percentage of complaints closed on timeQuarterlydecrease91.27%90.04%Red",
    )
    assert values(out, "Percentage of calls answered in 30 seconds", "actual") == [89.02, 91.21]
    assert {
        (o.indicator.name, o.status) for o in out if isinstance(o, Observation) and o.measure == "status"
    } == {
        ("Percentage of calls answered in 30 seconds", "amber"),
        ("Percentage of complaints closed on time", "red"),
    }
    assert owners(out, Rel.INDICATOR_OF, "Theme 2") == {
        "Percentage of calls answered in 30 seconds",
        "Percentage of complaints closed on time",
    }


def test_objective_lines_with_no_colon_between_slash_tables_the_first_glued_to_its_header():
    """'Objective Improve local jobsPerformance Indicator / 2013/14 / …' (the objective run into the table's
    header), then rows; 'Objective Improve the lives of older people' alone over the next table: each table's
    indicators are of the objective above them."""
    got = facts(
        "Strategic Plan 2012/17: Progress in 2016/17",
        "Priority 1 Fairer Westby",
        "Objective Improve local jobsPerformance Indicator / 2013/14 / 2014/15 / 2015/16 / 2016/17",
        "Value / Value / Value / Value / Target / Status / Long Trend / Short Trend",
        "Number of businesses given advice / 220 / 216 / 181 / 194 / 200 / / /",
        "Percentage of people aged 16-64 in work / 64.7% / 66% / 72.3% / 71.9% / 71.5% / / /",
        "Objective Improve the lives of older people",
        "Performance Indicator / 2013/14 / 2014/15 / 2015/16 / 2016/17",
        "Value / Value / Value / Value / Target / Status / Long Trend / Short Trend",
        "Number of care home places / 48 / 102 / 91 / 91 / 80 / / /",
    )
    of = {(c.subject.name, c.object.name) for c in got if isinstance(c, Claim) and c.rel is Rel.INDICATOR_OF}
    assert of == {
        ("Number of businesses given advice", "Improve local jobs"),
        ("Percentage of people aged 16-64 in work", "Improve local jobs"),
        ("Number of care home places", "Improve the lives of older people"),
    }


def test_a_measure_that_sits_at_a_value_below_a_bodys_target():
    """'Public confidence in Westshire currently sits at 82% which is below the force's target of 88%': the
    measure named first, its value and target; 'which is' is never a measure's name."""
    got = [
        f
        for f in facts(
            "Public confidence in Westshire currently sits at 82% which is below the force's target of 88%."
        )
    ]
    values = {(o.indicator.name, o.measure, o.value) for o in got if isinstance(o, Observation)}
    assert values == {
        ("Public confidence in Westshire", "actual", 82.0),
        ("Public confidence in Westshire", "target", 88.0),
    }


def test_a_bulleted_sentence_saying_a_measure_was_showing_as_a_rating():
    out = facts(
        "    ·       Car parking income was showing as amber. This was due to lower permit income.",
        "",
        "    ·       The Market Hall income was showing as red with income 20% lower than budgeted.",
    )
    assert [o.status for o in obs(out, "Car parking income", "status")] == ["amber"]
    assert [o.status for o in obs(out, "Market Hall income", "status")] == ["red"]


def test_changes_written_mid_sentence_each_give_their_measure_a_figure():
    out = facts(
        "In the town centre there has been a 9.6 per cent reduction in all crime, a 10.3 per cent fall in theft "
        "and a 24.3 per cent cut in criminal damage.",
        "Northgate has seen violent crime drop by just under 15 per cent, domestic burglaries cut by 30 per cent.",
        "Compared with last year, total offences were up by 10.4% to 20,560.",
        "Nationally there was a 2% reduction in crime levels.",
    )
    assert values(out, "theft", "actual") == [10.3]
    assert values(out, "criminal damage", "actual") == [24.3]
    assert values(out, "violent crime", "actual") == [15.0]
    assert values(out, "domestic burglaries", "actual") == [30.0]
    assert values(out, "total offences", "actual") == [20560.0]  # the level reached, not the change
    assert not obs(out, "crime levels")  # a national figure is what a measure is compared with


def test_values_with_their_targets_in_brackets_also_in_bullets_run_into_one_line():
    out = facts(
        "• 1,204 businesses engaged with (target: 350), 410 businesses received support • 97% food hygiene "
        "rating (target: 95%) • Minor planning applications – 71% (88 of 124) determined in 8 weeks (target: 65%)",
        "The employment rate (70.2%) is higher than the target (68.5%) though below the Welsh average.",
    )
    assert values(out, "businesses engaged with", "actual") == [1204.0]
    assert values(out, "businesses engaged with", "target") == [350.0]
    assert values(out, "food hygiene rating", "target") == [95.0]
    assert values(out, "Minor planning applications", "actual") == [71.0]
    assert values(out, "Minor planning applications", "target") == [65.0]
    assert values(out, "employment rate", "actual") == [70.2]
    assert values(out, "employment rate", "target") == [68.5]


def test_a_count_well_above_its_target_after_another_figure_and_a_period_after_the_measure():
    out = facts(
        "  • The number of jobs created through grants increased from 91 to 240, while 410 jobs were "
        "protected through grants and loans – well above the target of 300.",
        "Amount of residual household waste per household for 2023/24 was 341.2 kgs, the lowest ever.",
    )
    assert values(out, "jobs were protected through grants and loans", "actual") == [410.0]
    assert values(out, "jobs were protected through grants and loans", "target") == [300.0]
    assert [(o.value, o.period) for o in obs(out, "Amount of residual household waste per household")] == [
        (341.2, "2023/24")
    ]


def test_a_theme_before_the_measure_and_a_target_written_before_its_unit():
    out = facts(
        "Housing – Repairs completed by the agreed target date – the target was being exceeded at 99.1% "
        "(target 98.5%).",
        "Libraries – the number of library visits was 1,204,310, exceeding the target of 1,100,000.",
        "The average processing time for local planning applications was 17.2 weeks, falling slightly short "
        "of the 15-week target set by the Department.",
    )
    assert values(out, "Repairs completed by the agreed target date", "actual") == [99.1]
    assert values(out, "Repairs completed by the agreed target date", "target") == [98.5]
    assert values(out, "number of library visits", "actual") == [1204310.0]
    assert values(out, "number of library visits", "target") == [1100000.0]
    assert values(out, "average processing time for local planning applications", "target") == [15.0]


def test_a_grant_table_by_year_is_no_performance_table():
    out = facts(
        "Grants awarded by Westby Town Council",
        "Organisation | 2022/23 | 2023/24 |",
        "1st Westby Scout Group | £200 | |",
        "Westby Food Bank | £500 | £650 |",
    )
    assert not [o for o in out if isinstance(o, Observation)]
    assert not [c for c in out if isinstance(c, Claim) and c.subject.kind is Kind.INDICATOR]


def test_values_and_targets_in_a_news_report_of_a_councils_performance():
    out = facts(
        "Benefits processing continued to beat targets - new claims 3.1 (target 10); change in circumstances 6.2 "
        "(target 14).",
        "",
        "There was also a good performance for improved housing standards - 84 against a target of 75. The number "
        "of new homes delivered was on target at 86 and the number of empty homes brought back into use was up from "
        "the target of 60 to 67.",
        "",
        "Responsive repairs – the current target was being exceeded at 99.5% (target 98.85%).",
    )
    assert values(out, "change in circumstances", "actual") == [6.2]
    assert values(out, "change in circumstances", "target") == [14.0]
    assert values(out, "improved housing standards", "actual") == [84.0]
    assert values(out, "improved housing standards", "target") == [75.0]
    assert values(out, "number of empty homes brought back into use", "actual") == [67.0]
    assert values(out, "number of empty homes brought back into use", "target") == [60.0]
    assert not obs(out, "the current target was being exceeded at")  # no measure's name


def test_measures_listed_with_one_rating_for_them_all():
    out = facts(
        "An overview of the priorities contained within each theme:",
        "",
        "Violence and Exploitation - Serious violence, violence against women and girls, and youth exploitation all "
        "remained categorised at amber RAG rating, however, domestic abuse had improved.",
    )
    for name in ("Serious violence", "violence against women and girls", "youth exploitation"):
        assert [o.status for o in obs(out, name)] == ["amber"]
    assert not obs(out, "Violence and Exploitation - Serious violence")


def test_values_and_targets_in_brackets_after_each_measure_in_a_press_report():
    out = facts(
        "Westby performance scorecard",
        "",
        "The Westby Works employment outcomes (actual YTD 6, target 10) are below target whilst the number of empty"
        " homes brought back into use (YTD 6, target 25), reports of fly tipping (4,568 incidents, target 3,000),"
        " and the percentage of care leavers in training (YTD 47% target 58%) have all been rated as red.",
    )
    assert values(out, "Westby Works employment outcomes", "actual") == [6.0]
    assert values(out, "Westby Works employment outcomes", "target") == [10.0]
    assert values(out, "number of empty homes brought back into use", "target") == [25.0]
    assert values(out, "reports of fly tipping", "actual") == [4568.0]
    assert values(out, "reports of fly tipping", "target") == [3000.0]
    assert values(out, "percentage of care leavers in training", "target") == [58.0]


def test_a_police_report_in_minutes_moves_levels_and_a_measure_that_stayed_put():
    out = facts(
        "Westby Council",
        "",
        "Inspector Jane Doe reported that over a rolling twelve month period Total Recorded Offences (TRO) in Westby"
        " is up from 11,449 recorded offences to 12,310, an increase of 7.5%. The TRO detection rate remains largely"
        " static at 20.6%.",
        "",
        "However robbery has fallen by 3% and violence with injury incidents has increased by 18.8% in the previous"
        " 12 months to 443.",
    )
    assert values(out, "Total Recorded Offences", "actual") == [12310.0]
    assert values(out, "Total Recorded Offences", "baseline") == [11449.0]
    assert values(out, "TRO detection rate", "actual") == [20.6]
    assert values(out, "violence with injury incidents", "actual") == [443.0]


def test_a_table_given_one_cell_a_paragraph_a_blank_line_after_every_cell():
    cells = [
        "Indicator",
        "Performance up to Quarter 3 2014/15",
        "Target up to Quarter 3",
        "Previous performance up to Quarter 3 2013/14",
        "New homes built (net)",
        "209",
        " 338",
        "219",
        "Affordable homes provided",
        "142",
        "75",
        "132",
        "Proportion of household waste recycled",
        " 48.2% (provisional)",
        "44.0%",
        "46.2%",
        "Projected increase in jobs",
        "190",
        "NA",
        "129",
    ]
    out = facts("Current Performance", "", *[x for c in cells for x in (c, " ")])
    assert values(out, "Affordable homes provided", "actual") == [142.0]
    assert values(out, "Affordable homes provided", "target") == [75.0]
    assert values(out, "Proportion of household waste recycled", "actual") == [48.2]
    assert values(out, "Projected increase in jobs", "actual") == [190.0]
    assert not values(out, "Projected increase in jobs", "target")


def test_a_value_against_a_target_after_an_adverb_and_a_status_reported_in_a_bullet():
    out = facts(
        "Performance report",
        "",
        "  • Property search requests had improved significantly to 93% against a target of 90% since the last quarter.",
        "",
        "·         Promote investment and support good economic growth across the borough is "
        "reporting as Green. New marketing material is due.",
    )
    assert values(out, "Property search requests", "actual") == [93.0]
    assert values(out, "Property search requests", "target") == [90.0]
    name = "Promote investment and support good economic growth across the borough"
    assert [o.status for o in obs(out, name)] == ["green"]


def test_a_sentence_saying_the_rating_over_a_list_of_coded_or_plain_indicators():
    out = facts(
        "Westby Council Performance Report Quarter 3",  # 1
        "",  # 2
        "The following indicators were reported as Red in quarter 3:",  # 3
        "· WB1 – Percentage of children seen within ten days.",  # 4
        "· HS5a – Percentage of homeless cases prevented.",  # 5
        "",  # 6
        "The Panel also received an update on the following areas, currently showing as 'red':",  # 7
        "· Missed Bin Collections – A new round had caused a rise in missed bins.",  # 8
        "",  # 9
        "A total of 3 measures have been rated red due to a variance against target.",  # 10
    )
    for name in (
        "Percentage of children seen within ten days",
        "Percentage of homeless cases prevented",
        "Missed Bin Collections",
    ):
        assert [o.status for o in obs(out, name, "status")] == ["red"], name
    assert [o.indicator.code for o in obs(out, "Percentage of children seen within ten days")] == ["WB1"]
    assert not obs(out, "WB1") and not obs(out, "Westby Council Performance Report Quarter 3")


def test_a_share_against_our_target_and_a_later_clause_with_however():
    out = facts(
        "Westby Fire and Rescue Service quarterly summary",  # 1
        "",  # 2
        "Our first crews arrived at 71.5% of dwelling fires within 8 minutes of the call, which is "
        "slightly below our target of 80%.",  # 3
        "",  # 4
        "Relet performance rose in June to 78.2% from 68.4% in May, however this remains below our "
        "target of 84%.",  # 5
    )
    name = "dwelling fires within 8 minutes of the call"
    assert values(out, name, "actual") == [71.5] and values(out, name, "target") == [80]
    assert not [o for o in out if isinstance(o, Observation) and "however" in o.indicator.name]


def test_a_theme_heading_over_a_table_of_indicators_is_what_they_measure_but_not_a_report_heading():
    out = facts(
        "Westby Council Performance Report Quarter 2 2021/22",
        "",
        "Our Economy",
        "",
        "Indicator | Target | Actual | Status",
        "Number of new businesses supported | 100 | 120 | Green",
        "Percentage of empty shop units | 10% | 12% | Amber",
    )
    assert linked(out, "Our Economy") == {
        "Number of new businesses supported",
        "Percentage of empty shop units",
    }
    out = facts(
        "Key Performance Indicators",
        "",
        "Indicator | Target | Actual | Status",
        "Household waste recycled | 50% | 46% | Amber",
    )
    assert not linked(out, "Key Performance Indicators")
