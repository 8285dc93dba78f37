"""Text wrapped at a narrow width (a PDF's text layer, a two-column page), in invented text: the facts read
from the wrapped lines are the facts read from the same text unwrapped.

Each test names the shape that a line break used to cut.
"""

from __future__ import annotations

import textwrap

from extraction_helpers import assert_quotes, doc, pairs, run

from ingest.blocks import Document
from ingest.model import Rel


def wrapped(*paragraphs: str, width: int = 58) -> list[str]:
    """The paragraphs wrapped at ``width`` characters, a blank line between them."""
    out: list[str] = []
    for p in paragraphs:
        out += textwrap.wrap(p, width, break_on_hyphens=False) if p else [""]
    return out


def facts(*lines: str):
    f = run(*lines)
    assert_quotes(doc(*lines), f.claims)
    return f


def test_a_chair_and_body_after_a_name_across_a_line_break():
    lines = wrapped(
        "Westvale Community Safety Partnership",
        "",
        "The Joint Action Group (JAG) reports to the Community Safety Partnership Board and is chaired by"
        " Inspector Sam Reed of Westvale Police. The Youth JAG is a sub-group of the JAG and is chaired by"
        " Priya Shah, Youth Services Manager at Westvale Council.",
    )
    assert any(line.endswith(" of") or line.endswith(" at") for line in lines)  # the wrap cuts there
    f = facts(*lines)
    assert {("Inspector Sam Reed", "Westvale Police"), ("Priya Shah", "Westvale Council")} <= pairs(
        f, Rel.WORKS_FOR
    )


def test_a_post_cut_by_a_line_break_after_the_name():
    lines = [
        "Westvale Health and Wellbeing Board",
        "",
        "The Director of Public Health explained the findings.",
        "Superintendent Kate Rowe, Northshire Police District",
        "Commander, answered questions from the members present.",
    ]
    f = facts(*lines)
    assert ("Superintendent Kate Rowe", "District Commander") in pairs(f, Rel.HOLDS)
    assert ("Superintendent Kate Rowe", "Northshire Police") in pairs(f, Rel.WORKS_FOR)


def test_a_list_entrys_body_wrapped_onto_the_next_line():
    f = facts(
        "Westvale Health and Wellbeing Board",
        "",
        "Present:",
        "Dr Kofi Mensah (Vice-Chair) - Clinical Director, Vantage",
        "Bay Integrated Care Board",
        "Liz Parr - Director of Public Health, Westvale Council",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Dr Kofi Mensah", "Vantage Bay Integrated Care Board"),
        ("Liz Parr", "Westvale Council"),
    }


def test_a_comma_list_of_member_bodies_wrapped_inside_a_name():
    f = facts(
        "Zennor Health and Wellbeing Board",
        "",
        "Membership: Zennor Council (3 members), Zennor Integrated",
        "Care Board (2), Healthwatch Zennor (1),",
        "Zenshire Police (1).",
    )
    assert {s for s, _ in pairs(f, Rel.MEMBER)} == {
        "Zennor Council",
        "Zennor Integrated Care Board",
        "Healthwatch Zennor",
        "Zenshire Police",
    }


def test_one_body_a_line_is_not_joined():
    f = facts(
        "Westvale Health and Wellbeing Board",
        "",
        "Membership of the Board",
        "Director of Adult Social Services, Westvale Council",
        "Healthwatch Westvale",
        "HMP Westvale",
        "Westvale Probation Delivery Unit",
    )
    assert {"Healthwatch Westvale", "HMP Westvale", "Westvale Probation Delivery Unit"} <= {
        s for s, _ in pairs(f, Rel.MEMBER)
    }


def test_prose_wrapped_at_a_narrow_width_is_one_paragraph_not_a_list():
    lines = [
        "The Cabinet Member for Health and Social Care (Cllr Jo",
        "Bloggs) introduced the report. The Director of Public",
        "Health, Dr Sanjay Mehta, explained the findings.",
        "Superintendent Kate Rowe, Northshire Police District",
        "Commander, answered questions. Also attending was Westvale",
        "Council's Head of Community Safety, Lee Grant.",
    ]
    assert [(b.kind, b.start, b.end) for b in Document("t.txt", doc(*lines)).blocks] == [("paragraph", 1, 6)]


def test_a_sentence_wrapped_after_a_capitalised_word_is_no_heading():
    f = run(
        "Safer Westvale Partnership",
        "",
        "Funding",
        "",
        "The Home Office has allocated £210,000 to Safer",
        "Westvale in 2011/12 through the Community Safety Fund.",
    )
    assert [(x.funder.name, x.recipient.name, x.amount) for x in f.fundings] == [
        ("Home Office", "Safer Westvale", 210000.0)
    ]


def test_a_councils_post_before_a_name():
    f = facts("Also attending was Westvale Council's Head of Community Safety, Lee Grant.")
    assert pairs(f, Rel.HOLDS) == {("Lee Grant", "Head of Community Safety")}
    assert pairs(f, Rel.WORKS_FOR) == {("Lee Grant", "Westvale Council")}


def test_a_minutes_title_wrapped_over_two_lines_names_the_group_of_its_lists():
    for lines in (
        ["MINUTES OF A MEETING OF THE CALDER VALE HEALTH AND WELLBEING", "BOARD", "held on 12 March 2024"],
        ["MINUTES OF A MEETING OF THE CALDER VALE HEALTH AND", "WELLBEING BOARD", "held on 12 March 2024"],
        ["Minutes of the meeting of the Calder Vale Health and Wellbeing", "Board held on 12 March 2024"],
        ["Minutes of the meeting of the Calder Vale Health", "and Wellbeing Board held on 12 March 2024"],
    ):
        f = facts(
            *lines,
            "",
            "PRESENT:",
            "Councillor Helen Marsh (in the Chair)",
            "Dr Anika Shah, Calder Vale Integrated Care Board",
        )
        assert {(s, o) for s, o in pairs(f, Rel.MEMBER)} == {
            ("Councillor Helen Marsh", "Calder Vale Health and Wellbeing Board"),
            ("Dr Anika Shah", "Calder Vale Health and Wellbeing Board"),
        }


def test_an_attendees_office_wrapped_onto_the_next_line():
    f = facts(
        "Also in attendance:",
        "Amy Ford, Westshire Office of the Police and Crime",
        "Commissioner",
    )
    assert pairs(f, Rel.WORKS_FOR) == {("Amy Ford", "Westshire Office of the Police and Crime Commissioner")}


def test_numbered_priorities_each_wrapped_with_its_lead_in_brackets():
    f = facts(
        "Glenmoor Children and Young People's Partnership",
        "Plan 2024-27",
        "",
        "Priority 1: Best start in life (Lead: Head of Early Help,",
        "Glenmoor Council)",
        "Priority 2: Good mental health (Lead: Glenmoor Child and",
        "Adolescent Mental Health Service)",
    )
    assert {s for s, _ in pairs(f, Rel.PRIORITY_OF)} == {"Best start in life", "Good mental health"}
    assert pairs(f, Rel.RESPONSIBLE) >= {
        ("Head of Early Help", "Best start in life"),
        ("Glenmoor Child and Adolescent Mental Health Service", "Good mental health"),
    }


def kinds(*lines: str) -> list[tuple[str, int, int]]:
    return [(b.kind, b.start, b.end) for b in Document("t.txt", doc(*lines)).blocks]


def test_a_numbered_heading_and_a_short_title_over_their_wrapped_paragraphs():
    assert kinds(
        "2. Membership",
        "The Partnership will be chaired by the Leader of Westvale",
        "Borough Council. The Vice-Chair will be the District",
        "Commander of Northshire Police.",
        "",
        "Living well",
        "Adults should be able to make healthy choices in the places",
        "where they live and work.",
    ) == [("heading", 1, 1), ("paragraph", 2, 4), ("heading", 6, 6), ("paragraph", 7, 8)]


def test_an_attendance_label_whose_names_wrap_over_the_next_lines():
    f = facts(
        "WESTVALE HEALTH AND WELLBEING BOARD",
        "",
        "PRESENT: Councillor J Smith (in the Chair); Councillors P",
        "Brown, K Green and L White; Dr A Shah (NHS Westvale ICB);",
        "M Jones (Director of Public Health)",
    )
    assert {s for s, _ in pairs(f, Rel.MEMBER)} == {
        "Councillor J Smith",
        "Councillor P Brown",
        "Councillor K Green",
        "Councillor L White",
        "Dr A Shah",
        "M Jones",
    }


def test_a_numbered_sub_groups_heading_is_no_group_the_board_points_back_to():
    f = facts(
        "Southby Reducing Reoffending Board",
        "Terms of Reference",
        "",
        "2. Accountability",
        "Links to: Southby Safeguarding Adults Board",
        "",
        "5. Sub-groups",
        "The following groups report to the Board:",
        "a) Accommodation Pathway Group",
        "b) Women's Reducing Reoffending Working Group",
    )
    assert {(s, o) for s, o in pairs(f, Rel.SUBGROUP_OF)} == {
        ("Accommodation Pathway Group", "Southby Reducing Reoffending Board"),
        ("Women's Reducing Reoffending Working Group", "Southby Reducing Reoffending Board"),
    }


def test_a_body_that_provides_a_service_gives_no_money_to_what_follows():
    f = run(
        "POLICE AND CRIME COMMISSIONER FOR WESTSHIRE",
        "DECISION RECORD",
        "",
        "Executive summary",
        "Kelby Street Pastors provide volunteer patrols in Kelby town centre on Friday and",
        "Saturday nights.",
        "",
        "Decision",
        "To award £25,000 to Kelby Street Pastors for 2023/24 to recruit and train volunteers.",
    )
    assert [(x.funder.name, x.recipient.name, x.amount) for x in f.fundings] == [
        ("Police and Crime Commissioner for Westshire", "Kelby Street Pastors", 25000.0)
    ]


def test_a_sentence_of_a_paragraph_wrapped_over_lines_holding_other_amounts():
    f = run(
        "Kelby Community Safety Partnership",
        "",
        "£50,000 has been allocated to Kelby Council for the",
        "domestic abuse outreach service. Kelby Youth Club",
        "received £20,000 from the Home Office for a diversion",
        "project. Funding of £15,000 from the Police and Crime",
        "Commissioner was secured by the Partnership for CCTV.",
    )
    assert ("Home Office", "Kelby Youth Club", 20000.0) in {
        (x.funder.name, x.recipient.name, x.amount) for x in f.fundings
    }


def test_bulleted_actions_with_their_leads_wrapped_under_the_bullet():
    f = facts(
        "Ashby Community Safety Partnership Plan 2011/12",
        "",
        "What we will do",
        "",
        "- Develop a network of hate crime reporting centres –",
        "  Ashby Council",
        "- Expand the Street Pastors scheme – Ashby Churches",
        "  Together",
    )
    assert pairs(f, Rel.RESPONSIBLE) == {
        ("Ashby Council", "Develop a network of hate crime reporting centres"),
        ("Ashby Churches Together", "Expand the Street Pastors scheme"),
        (
            "Ashby Community Safety Partnership",
            "Ashby Community Safety Partnership Plan 2011/12",
        ),  # its title's
    }


def test_numbered_outcomes_wrapped_onto_a_line_in_lower_case():
    f = facts(
        "Westfield Community Planning Partnership",
        "Single Outcome Agreement 2013-2016",
        "",
        "Local Outcome 1: Westfield's economy is growing and more",
        "people are in work",
        "Local Outcome 2: Our communities are safer and stronger",
    )
    assert {s for s, _ in pairs(f, Rel.PRIORITY_OF)} == {
        "Westfield's economy is growing and more people are in work",
        "Our communities are safer and stronger",
    }


def test_a_body_over_its_board_on_two_title_lines_are_not_one_name():
    f = facts(
        "Redfield Public Protection Arrangements",
        "Strategic Management Board",
        "",
        "In attendance:",
        "Mr Ian Craig (Chair)\tProbation Board",
    )
    assert pairs(f, Rel.CHAIR) == {("Mr Ian Craig", "Strategic Management Board")}


def test_a_label_lines_names_and_bodies_cut_at_the_line_ends():
    f = facts(
        "Brookmere Health and Wellbeing Board",
        "",
        "Members: Councillor Ian Blake (Brookmere Council), Jo",
        "Price (Healthwatch Brookmere), Mike Dean (Brookmere",
        "Integrated Care Board)",
        "",
        "Present: Councillor Ruth Amos (Chair), Brackley Fen",
        "District Council; Superintendent Ian Cole,",
        "Fenshire Police.",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Councillor Ian Blake", "Brookmere Council"),
        ("Jo Price", "Healthwatch Brookmere"),
        ("Mike Dean", "Brookmere Integrated Care Board"),
        ("Councillor Ruth Amos", "Brackley Fen District Council"),
        ("Superintendent Ian Cole", "Fenshire Police"),
    }


def test_a_label_line_and_the_fields_under_it_are_not_one_entry():
    f = facts(
        "Decision Reference Number: WPC4-0045",
        "Lead Officer: Sara Ansell",
        "Chief Officer approval: Required if force business.",
        "",
        "PRESENT: The Chair (Councillor Miah)",
        "The Vice Chair (Councillor Brookes)",
    )
    assert not any(
        o.startswith(("Chief Officer", "FOI")) for _, o in pairs(f, Rel.HOLDS) | pairs(f, Rel.WORKS_FOR)
    )
    assert ("Councillor Miah", "Rel.VICE_CHAIR") not in {(c.subject.name, str(c.rel)) for c in f.claims}
    assert {c.subject.name for c in f.claims if c.rel is Rel.VICE_CHAIR} <= {"Councillor Brookes"}


def test_a_labels_list_of_partners_going_on_over_the_next_line():
    f = facts(
        "Glenmore Community Planning Partnership",
        "",
        "Outcome 2: Our children have the best start in life",
        "Lead partner: Glenmore Council",
        "Contributing partners: NHS Glenmore, Glenmore Third",
        "Sector Interface",
    )
    assert {s for s, _ in pairs(f, Rel.CONTRIBUTES)} == {"NHS Glenmore", "Glenmore Third Sector Interface"}


def test_a_signatorys_body_and_an_attendees_bracket_cut_at_the_line_end():
    f = facts(
        "Jessop Vale Safeguarding Adults Board",
        "",
        "Margaret Owusu, Independent Chair",
        "Peter Lam, Director of Adult Services, Jessop Vale",
        "Council",
        "",
        "PRESENT: Councillor J Smith (in the Chair); Councillors",
        "P Brown and L White; Dr A Shah (NHS Northshire",
        "ICB); M Jones (Director of Public Health)",
    )
    assert ("Peter Lam", "Jessop Vale Council") in pairs(f, Rel.WORKS_FOR)
    assert ("Dr A Shah", "NHS Northshire ICB") in pairs(f, Rel.WORKS_FOR)


def test_a_list_across_a_page_break_and_a_body_over_its_plan_on_the_title_page():
    f = facts(
        "Westvale Community Safety Partnership",
        "Partnership Plan 2021-2024",
        "",
        "Westvale Community Safety Partnership Plan 2021-2024                      Page 2",
        "",
        "Our priorities for 2021-24 are:",
        "• Reducing serious violence",
        "• Tackling anti-social behaviour",
        "",
        "3",
        "",
        "• Protecting vulnerable people",
    )
    plan = "Westvale Community Safety Partnership Plan 2021-2024"
    assert {s for s, o in pairs(f, Rel.PRIORITY_OF) if o == plan} == {
        "Reducing serious violence",
        "Tackling anti-social behaviour",
        "Protecting vulnerable people",
    }
    assert ("Westvale Community Safety Partnership", plan) in pairs(f, Rel.RESPONSIBLE)
