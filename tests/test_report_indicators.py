"""The report a document is measures the indicators no reader placed elsewhere.

Every text here is invented (Exampleton, Northshire). Each test runs the whole pipeline
(:func:`ingest.pipeline.extract`) over a small document and names the shape it pins.
"""

from __future__ import annotations

from ingest.model import Rel
from ingest.pipeline import extract


def measured(*lines: str) -> dict[str, str]:
    """Indicator -> what it measures, read by the report fallback."""
    facts = extract("r.txt", "\n".join(lines) + "\n")
    return {
        c.subject.name: c.object.name
        for c in facts.claims
        if c.rel == Rel.INDICATOR_OF and c.method == "document.report"
    }


def test_a_report_named_in_the_minutes_measures_the_coded_indicators_discussed_under_it():
    got = measured(
        "Exampleton Overview and Scrutiny Committee",
        "",
        "The Performance Officer presented the report entitled 2024/25 Quarter 3 KPI Summary and drew attention to:",
        "",
        "HSG 4 – Number of empty homes brought back into use",
        "",
        "This indicator remained green.",
        "",
        "ENV 12 - Percentage of streets found clean on inspection",
        "",
        "Staffing gaps over the summer had slowed the inspection round.",
    )
    assert got == {
        "Number of empty homes brought back into use": "2024/25 Quarter 3 KPI Summary",
        "Percentage of streets found clean on inspection": "2024/25 Quarter 3 KPI Summary",
    }


def test_a_title_line_with_a_report_word_names_the_report_of_indicators_coded_mid_sentence():
    got = measured(
        "Corporate Performance Scorecard - Quarter 1",
        "",
        "Members asked about LIC007 – Visits to the Northshire museum, which rose over the summer, and about"
        " HSG 19 – Households in temporary accommodation, where numbers were stable.",
    )
    assert got == {
        "Visits to the Northshire museum": "Corporate Performance Scorecard - Quarter 1",
        "Households in temporary accommodation": "Corporate Performance Scorecard - Quarter 1",
    }


def test_a_numbered_priority_is_no_coded_indicator_and_a_document_without_a_report_name_adds_nothing():
    assert (
        measured(
            "Exampleton Children's Partnership Plan",
            "",
            "Priority 1 – Keep children safe from harm",
            "",
            "We will work together on this priority.",
        )
        == {}
    )
    assert (
        measured("Minutes of the meeting", "", "NI 19 – Rate of proven re-offending", "", "It was noted.")
        == {}
    )


def test_a_value_under_a_numbered_outcome_measures_it_and_the_outcomes_belong_to_the_theme_above():
    facts = extract(
        "o.txt",
        "\n".join(
            [
                "Quarter 2 2025-26",
                "",
                "Greener and fairer Exampleton",
                "",
                "Outcome 1 - Cleaner streets and parks",
                "",
                "  • Street cleanliness has improved to 91.5%.",
                "",
                "Outcome 2 - More people in good work",
                "",
                "  • The employment rate in Exampleton has risen to 72.4%.",
            ]
        )
        + "\n",
    )
    placed = {
        (c.subject.name, c.object.name) for c in facts.claims if c.method == "document.numbered_section"
    }
    assert placed == {
        ("Street cleanliness", "Cleaner streets and parks"),
        ("employment rate in Exampleton", "More people in good work"),
    }
    themes = {(c.subject.name, c.object.name) for c in facts.claims if c.rel == Rel.PRIORITY_OF}
    assert {
        ("Cleaner streets and parks", "Greener and fairer Exampleton"),
        ("More people in good work", "Greener and fairer Exampleton"),
    } <= themes


def test_the_group_a_decision_page_names_as_decision_maker_monitors_the_report_it_received():
    facts = extract(
        "d.txt",
        "\n".join(
            [
                "Decision details",
                "",
                "Performance Dashboard Update",
                "",
                "Decision Maker: Westvale Health and Wellbeing Board",
                "",
                "ENV 12 - Percentage of streets found clean on inspection",
                "",
                "This indicator remained amber.",
            ]
        )
        + "\n",
    )
    owned = {
        (c.subject.name, c.object.name) for c in facts.claims if c.method == "document.report_monitored_by"
    }
    assert owned == {("Westvale Health and Wellbeing Board", "Performance Dashboard Update")}
    assert not [c for c in facts.claims if c.subject.name == "Decision Maker"]  # a label, not a person


def test_a_caption_in_sentence_case_over_a_table_names_the_report_of_its_indicators():
    got = measured(
        "Waste and recycling: how are we performing?",
        "",
        "Westby waste and recycling performance measures",
        "",
        " Performance indicator  2024/25 value  2025/26 target",
        "% of household waste sent for recycling  22.2%  22.3%",
    )
    assert got == {
        "% of household waste sent for recycling": "Westby waste and recycling performance measures"
    }


def test_a_paragraph_opened_by_naming_its_priority_places_the_values_in_it():
    """'4.3 Priority 1 – Safer Streets. … 92% of calls were answered within 10 seconds …': the measure is that
    priority's; a paragraph opened by an ordinary sentence places nothing."""
    facts = extract(
        "p.txt",
        "Westby Police Scrutiny Board\n\n"
        "4.2 The Inspector presented the quarterly figures.\n\n"
        "4.3 Priority 1 – Safer Streets.  Burglary was stable. With regard to Emergency Call Handling, 92% of calls "
        "were answered within 10 seconds, above target.\n\n"
        "4.4 Officers were thanked.  With regard to Hate Crime Reports, 81% of cases were closed within a month.\n",
    )
    placed = {(c.subject.name, c.object.name) for c in facts.claims if c.rel == Rel.INDICATOR_OF}
    assert ("Emergency Call Handling", "Safer Streets") in placed
    assert not any(
        name == "Hate Crime Reports" and owner != "Westby Police Scrutiny Board" for name, owner in placed
    )


def test_a_news_page_naming_the_report_its_council_has_published_over_a_headline():
    """'Read our latest performance update' (a headline), then 'Westby Council has published its latest Quarterly
    Performance Report …' and values in bullets: the indicators are the named report's, not the headline's."""
    got = measured(
        "Read our latest performance update",
        "",
        "Westby Council has published its latest Quarterly Performance Report, providing an update on progress.",
        "",
        "Some examples of where the Council’s performance is currently good include:",
        "",
        "  • the condition of Westby’s A roads has increased and is now at 77% following the survey",
    )
    assert set(got.values()) == {"Quarterly Performance Report"}


def test_a_measure_named_as_a_heading_and_restated_in_the_sentence_under_it_is_the_headings():
    facts = extract(
        "t.txt",
        "\n".join(
            [
                "Quarter 4 Performance Report",
                "",
                "% of household waste sent for reuse, recycling and composting",
                "",
                "For Q4 the percentage of household waste sent for reuse, recycling and composting was 28.8%, "
                "against a target of 27%.",
                "",
                "Residual waste per household (kgs)",
                "",
                "For Q4 the amount of residual waste per household was 130.4 kilograms, against a target of 113kg.",
            ]
        )
        + "\n",
    )
    got = {(o.indicator.name, o.measure, o.value) for o in facts.observations}
    assert got == {
        ("% of household waste sent for reuse, recycling and composting", "actual", 28.8),
        ("% of household waste sent for reuse, recycling and composting", "target", 27.0),
        ("Residual waste per household (kgs)", "actual", 130.4),
        ("Residual waste per household (kgs)", "target", 113.0),
    }  # and no measure called 'kilograms'


def test_values_given_by_quarter_against_a_target_belong_to_the_indicator_the_paragraph_coded_before():
    facts = extract(
        "t.txt",
        "The officer highlighted performance under indicator WX12, which measured satisfaction with the "
        "Westby library service. Performance fell over the year: 90% in Q2, 84% in Q3, and 71% in Q4 against "
        "a target of 88%.\n",
    )
    got = {(o.indicator.code, o.indicator.name, o.measure, o.value) for o in facts.observations}
    assert ("WX12", "satisfaction with the Westby library service", "actual", 71.0) in got
    assert ("WX12", "satisfaction with the Westby library service", "target", 88.0) in got
    assert not any(o.indicator.name.startswith(("Q", "in ")) for o in facts.observations)


def test_a_theme_before_a_colon_and_a_past_period_are_no_part_of_the_measures_name():
    facts = extract(
        "t.txt",
        "Westby Council performance report 2019/20\n\n"
        "Housing: The number of new homes built over the past year was 1124 (target: 920) of which 237 were "
        "affordable homes.\n",
    )
    got = {(o.indicator.name, o.measure, o.value) for o in facts.observations}
    assert got == {
        ("number of new homes built", "actual", 1124.0),
        ("number of new homes built", "target", 920.0),
    }


def test_a_ratings_label_over_a_run_of_coded_indicators_rates_each_of_them():
    facts = extract(
        "t.txt",
        "Overview of Performance 39 (74%) indicators are on target. PIs on red: W-OD3 Percentage of calls "
        "answered within 20 seconds W-HS2(a) Number of households in bed & breakfast A green face means that "
        "work is on target.\n",
    )
    got = {
        (o.indicator.code, o.indicator.name, o.status) for o in facts.observations if o.measure == "status"
    }
    assert got == {
        ("W-OD3", "Percentage of calls answered within 20 seconds", "red"),
        ("W-HS2(a)", "Number of households in bed & breakfast", "red"),
    }
