"""A plan as a slide deck's text layer gives it: numbered priorities, a label alone on its line with its
value on the next ('Lead Agency' / 'Northshire Police'), bullets with no space after the mark, items
wrapped at the slide's width, and each action's lead in a bracket at its end ('(EBC lead)').

Every input is invented; the documents go through the whole pipeline.
"""

from __future__ import annotations

from extraction_helpers import claims, lines_of, one, pairs, quote_found, run

from ingest.model import Rel

SLIDES = (
    "The Exampleton Safer Plan 2024-27",  # 1
    "Priorities",  # 2
    "1. Tackling Burglary",  # 3
    "Lead Agency",  # 4
    "Northshire Police",  # 5
    "Targets",  # 6
    "•Reduce burglary from dwellings",  # 7
    "•Increase the number of offenders brought to",  # 8
    "justice for burglary",  # 9
    "Methods",  # 10
    "•Target hardening for repeat victims of burglary (WFRS lead)",  # 11
    "•Share data on offenders between agencies (EBC and",  # 12
    "Northshire Probation lead)",  # 13
    "•Assess the effectiveness of interventions (all agencies)",  # 14
    "2. Tackling Fly-tipping",  # 15
    "Lead Agency",  # 16
    "Exampleton Borough Council",  # 17
    "Targets",  # 18
    "•Reduce fly-tipping",  # 19
)


def test_a_label_alone_over_its_value_names_the_priority_lead():
    f = run(*SLIDES)
    assert pairs(f, Rel.RESPONSIBLE, "form.item_block") == {
        ("Northshire Police", "Tackling Burglary"),
        ("Exampleton Borough Council", "Tackling Fly-tipping"),
    }
    lead = one(claims(f, Rel.RESPONSIBLE, subject="Northshire Police"))
    assert lines_of(lead) == (3, 5) and quote_found(f.text, lead.evidence)


def test_a_lead_in_a_bracket_closing_a_wrapped_item_owns_the_item():
    f = run(*SLIDES)
    assert pairs(f, Rel.RESPONSIBLE, "form.bracket_lead") == {
        ("WFRS", "Target hardening for repeat victims of burglary"),
        ("EBC", "Share data on offenders between agencies"),
        ("Northshire Probation", "Share data on offenders between agencies"),
    }  # '(all agencies)' names no lead
    shared = claims(f, Rel.RESPONSIBLE, obj="Share data on offenders between agencies")
    assert {lines_of(c) for c in shared} == {(12, 13)}
    assert all(quote_found(f.text, c.evidence) for c in shared)


def test_bullets_under_a_targets_label_measure_the_numbered_priority_above():
    f = run(*SLIDES)
    assert pairs(f, Rel.INDICATOR_OF) == {
        ("Reduce burglary from dwellings", "Tackling Burglary"),
        ("Increase the number of offenders brought to justice for burglary", "Tackling Burglary"),
        ("Reduce fly-tipping", "Tackling Fly-tipping"),
    }
    wrapped = one(claims(f, Rel.INDICATOR_OF, subject="Reduce burglary from dwellings"))
    assert lines_of(wrapped) == (6, 9) and quote_found(f.text, wrapped.evidence)


def test_a_targets_label_over_sentences_of_prose_gives_no_indicator():
    f = run(
        "Exampleton Community Safety Plan",
        "1. Reducing harm",
        "Targets",
        "We will report on our progress to the Board each quarter, and publish the figures.",
    )
    assert not claims(f, Rel.INDICATOR_OF)
