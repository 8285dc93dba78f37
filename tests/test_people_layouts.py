"""People lists and member bodies in more layouts, each named for its shape; every text is invented.

Runs the whole extraction (``ingest.pipeline.extract``) and checks names, relations, groups and that
each quote is found in the lines its evidence names.
"""

from __future__ import annotations

import re

from extraction_helpers import assert_quotes, doc, pairs, run

from ingest.model import Rel


def facts(*lines: str):
    """The facts read from the lines, every claim's quote found in the lines it names."""
    f = run(*lines)
    assert_quotes(doc(*lines), f.claims)
    return f


def test_cells_run_together_split_where_a_body_name_starts():
    f = facts(
        "NORTHSHIRE COMMUNITY SAFETY BOARD",
        "Attendees",
        "Cllr Jane Doe Northshire County Council (Chair)",
        "Supt Mark Hale Northshire Police (Vice Chair)",
        "Ruth Ames Westvale Borough Council",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Cllr Jane Doe", "Northshire County Council"),
        ("Supt Mark Hale", "Northshire Police"),
        ("Ruth Ames", "Westvale Borough Council"),
    }
    assert pairs(f, Rel.CHAIR) == {("Cllr Jane Doe", "Northshire Community Safety Board")}
    assert pairs(f, Rel.VICE_CHAIR) == {("Supt Mark Hale", "Northshire Community Safety Board")}
    assert ("Supt Mark Hale", "Superintendent") in pairs(f, Rel.HOLDS)


def test_a_record_of_labelled_lines_is_one_person():
    f = facts(
        "Contact", "", "Name: Tom Baker", "Job title: Partnership Analyst", "Organisation: Westvale Council"
    )
    assert pairs(f, Rel.HOLDS) == {("Tom Baker", "Partnership Analyst")}
    assert pairs(f, Rel.WORKS_FOR) == {("Tom Baker", "Westvale Council")}
    (claim,) = [c for c in f.claims if c.rel is Rel.HOLDS]
    assert (claim.evidence.line_start, claim.evidence.line_end) == (3, 5)  # the whole record


def test_a_people_table_is_read_by_its_header_and_apologies_are_a_role():
    f = facts(
        "EASTMERE SAFER NEIGHBOURHOODS BOARD",
        "",
        "Name\tOrganisation\tAttendance",
        "Alan Grey\tEastmere Fire and Rescue Service\tPresent",
        "Beth Stone\tEastmere Probation Service\tApologies",
    )
    members = {(c.subject.name, c.role) for c in f.claims if c.rel is Rel.MEMBER}
    assert members == {("Alan Grey", None), ("Beth Stone", "apologies")}
    assert {c.object.name for c in f.claims if c.rel is Rel.MEMBER} == {"Eastmere Safer Neighbourhoods Board"}
    assert ("Beth Stone", "Apologies") not in pairs(f, Rel.WORKS_FOR)


def test_a_table_row_may_name_the_body_before_the_person():
    f = facts(
        "MINUTES OF THE NORTHTOWN SAFER COMMUNITIES BOARD",
        "",
        "Membership",
        "Organisation\tRepresentative\tRole",
        "Northtown Borough Council\tJane Doe\tChair",
        "Northshire Police\tSupt John Roe\tVice Chair",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Jane Doe", "Northtown Borough Council"),
        ("Supt John Roe", "Northshire Police"),
    }
    assert pairs(f, Rel.CHAIR) == {("Jane Doe", "Northtown Safer Communities Board")}


def test_plural_title_lists_bare_surnames():
    f = facts("WESTVALE SCRUTINY PANEL", "", "Councillors: Smith (Chair), Jones, O'Brien and Patel")
    assert {c.subject.name for c in f.claims if c.rel is Rel.MEMBER} == {
        "Councillor Smith",
        "Councillor Jones",
        "Councillor O'Brien",
        "Councillor Patel",
    }
    assert pairs(f, Rel.CHAIR) == {("Councillor Smith", "Westvale Scrutiny Panel")}


def test_representing_groups_give_the_body():
    f = facts(
        "Westvale Health and Wellbeing Board",
        "",
        "Representing Westvale Council:",
        "Cllr Alan Smith",
        "Representing Northshire Police:",
        "Chief Inspector Ann Lee",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Cllr Alan Smith", "Westvale Council"),
        ("Ann Lee", "Northshire Police"),
    }


def test_prose_posts_before_and_after_names():
    f = facts(
        "The Chair welcomed the Area Manager, Community Risk Management, Northshire Fire and Rescue Service, "
        "Keith Doe to the meeting.",
        "Police and Crime Commissioner Ann Roe said the plan was agreed.",
        "Chief Inspector Mia Wu, Westvale Police and Councillor P Shah, Deputy Cabinet Member for Communities "
        "have been invited.",
    )
    assert pairs(f, Rel.HOLDS, "people.") == {
        ("Keith Doe", "Area Manager, Community Risk Management"),
        ("Ann Roe", "Police and Crime Commissioner"),
        ("Mia Wu", "Chief Inspector"),
        ("Councillor P Shah", "Deputy Cabinet Member for Communities"),
    }
    assert pairs(f, Rel.WORKS_FOR, "people.") == {
        ("Keith Doe", "Northshire Fire and Rescue Service"),
        ("Mia Wu", "Westvale Police"),
    }


def test_member_bodies_in_prose():
    f = facts(
        "The Eastmere Community Safety Partnership is made up of Eastmere Borough Council, Northshire Police, "
        "Northshire Fire and Rescue Service and the Probation Service.",
        "",
        "Westvale Council is one of the statutory members of the Safer Westvale Board along with Westvale "
        "Police and Westvale and Northtown Clinical Commissioning Group.",
        "",
        "The Northtown Crime Reduction Partnership (Northtown Borough Council, Northshire County Council and "
        "Northshire Police) was formed in 1998.",
    )
    members = pairs(f, Rel.MEMBER, "membership.")
    assert {m for m, g in members if g == "Eastmere Community Safety Partnership"} == {
        "Eastmere Borough Council",
        "Northshire Police",
        "Northshire Fire and Rescue Service",
        "Probation Service",
    }
    assert {m for m, g in members if g == "Safer Westvale Board"} == {
        "Westvale Council",
        "Westvale Police",
        "Westvale and Northtown Clinical Commissioning Group",
    }
    assert {m for m, g in members if g == "Northtown Crime Reduction Partnership"} == {
        "Northtown Borough Council",
        "Northshire County Council",
        "Northshire Police",
    }


def test_a_people_list_is_not_read_as_member_bodies_in_prose():
    f = facts(
        "Members of the Group:",
        "Jane Doe (JD) / Chair / Cabinet Member for Housing, Planning and Regeneration",
        "Amir Khan (AK) / Director of Place, Westvale Council",
    )
    assert not pairs(f, Rel.MEMBER, "membership.")
    assert ("Jane Doe", "Cabinet Member for Housing, Planning and Regeneration") in pairs(f, Rel.HOLDS)
    assert not any(o in {"JD", "AK"} for _, o in pairs(f, Rel.WORKS_FOR))


def test_bullets_plural_titles_and_initials_after_and_in_a_present_list():
    f = facts(
        "WESTVALE SAFER COMMUNITIES PARTNERSHIP",
        "",
        "Present:",
        "Councillor A Smith (Chair)",
        "Councillors B Jones, C Brown and D White",
        "",
        "Attendees:",
        "• John Roe – Northshire Police",
    )
    members = {c.subject.name for c in f.claims if c.rel is Rel.MEMBER}
    assert members == {
        "Councillor A Smith",
        "Councillor B Jones",
        "Councillor C Brown",
        "Councillor D White",
        "John Roe",
    }
    assert pairs(f, Rel.CHAIR) == {("Councillor A Smith", "Westvale Safer Communities Partnership")}
    assert pairs(f, Rel.WORKS_FOR) == {("John Roe", "Northshire Police")}


def test_chair_line_then_alternating_name_and_body_lines_is_the_attendance():
    f = facts(
        "WESTVALE REGENERATION BOARD",
        "",
        "Chair: Ann Smith",
        "Westvale Council",
        "Peter Lane",
        "Northshire Police",
        "Rita Moss",
        "Westvale Homes",
    )
    assert pairs(f, Rel.CHAIR, "people.list") == {("Ann Smith", "Westvale Regeneration Board")}
    assert {c.subject.name for c in f.claims if c.rel is Rel.MEMBER} == {
        "Ann Smith",
        "Peter Lane",
        "Rita Moss",
    }
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Ann Smith", "Westvale Council"),
        ("Peter Lane", "Northshire Police"),
        ("Rita Moss", "Westvale Homes"),
    }


def test_capitals_in_the_chair_plural_titles_inside_a_line_and_how_someone_attended():
    f = facts(
        "WESTVALE SAFER COMMUNITIES PARTNERSHIP",
        "",
        "PRESENT:",
        "JANE DOE – WESTVALE COUNCIL",
        "Councillor Smith (in the Chair); Councillors Jones, Brown",
        "Amir Khan (Substitute) - Westvale Homes (Item 4)",
    )
    members = {c.subject.name for c in f.claims if c.rel is Rel.MEMBER and c.method.startswith("people.")}
    assert members == {"Jane Doe", "Councillor Smith", "Councillor Jones", "Councillor Brown", "Amir Khan"}
    assert pairs(f, Rel.CHAIR) == {("Councillor Smith", "Westvale Safer Communities Partnership")}
    assert pairs(f, Rel.WORKS_FOR) == {("Jane Doe", "Westvale Council"), ("Amir Khan", "Westvale Homes")}


def test_given_names_from_the_name_dictionary_with_their_accents():
    f = facts(
        "Foreword",
        "",
        "Siobhan Byrne, Regional Director, Westvale Enterprise Trust",
        "Sinéad Roe, Westvale Trust",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Siobhan Byrne", "Westvale Enterprise Trust"),
        ("Sinéad Roe", "Westvale Trust"),
    }
    assert ("Siobhan Byrne", "Regional Director") in pairs(f, Rel.HOLDS)


def test_a_post_straight_after_a_name_and_the_body_represented():
    f = facts(
        "Jane Doe Chief Officer, Citizens Advice Westvale, representing WVSA declared an interest in the item."
    )
    assert pairs(f, Rel.HOLDS) == {("Jane Doe", "Chief Officer")}
    # the body she represents is hers too (an affiliation, as the scorer's gold counts it)
    assert pairs(f, Rel.WORKS_FOR) == {("Jane Doe", "Citizens Advice Westvale"), ("Jane Doe", "WVSA")}


def test_elected_or_appointed_chair_of_a_named_body():
    f = facts(
        "NORTHTOWN SCRUTINY PANEL",
        "",
        "Councillor Miller was elected as Chair for the 2021/22 municipal year.",
        "Jane Doe has been appointed Vice-Chair of the Westvale Health and Wellbeing Board.",
    )
    # of which body is not said: in the panel's own minutes, the panel's
    assert pairs(f, Rel.CHAIR, "people.") == {("Councillor Miller", "Northtown Scrutiny Panel")}
    assert pairs(f, Rel.VICE_CHAIR, "people.") == {("Jane Doe", "Westvale Health and Wellbeing Board")}
    untitled = facts("Minutes", "", "Councillor Miller was elected as Chair for the 2021/22 municipal year.")
    assert pairs(untitled, Rel.CHAIR, "people.") == set()  # no group named: no chair of anything


def test_member_bodies_need_a_group_named_before_the_cue():
    f = facts(
        "The three statutory partners are Westvale County Council, Westvale Police and the Westvale Care Board.",
        "The ‘Safer Northtown’ programme brings together Northtown Council and Northshire Police.",
    )
    members = pairs(f, Rel.MEMBER, "membership.")
    assert members == {("Northtown Council", "Safer Northtown"), ("Northshire Police", "Safer Northtown")}


def test_prose_from_of_and_the_before_a_post():
    f = facts(
        "Jane Doe from Westvale Council presented the report.",
        "Amir Khan of Northshire Police gave an update on crime figures.",
        "The report was presented by Priya Nair, the Community Safety Manager.",
        "Ann Lee of the Board asked a question.",
    )
    assert pairs(f, Rel.WORKS_FOR) == {("Jane Doe", "Westvale Council"), ("Amir Khan", "Northshire Police")}
    assert pairs(f, Rel.HOLDS) == {("Priya Nair", "Community Safety Manager")}


def test_contact_details_are_no_body():
    f = facts(
        "Report",
        "",
        "Contact Officer: Jane Doe, Community Safety Manager, Tel: 01234 567890, Email: jd@example.org",
    )
    assert pairs(f, Rel.HOLDS) == {("Jane Doe", "Community Safety Manager")}
    assert pairs(f, Rel.WORKS_FOR) == set()


def test_vice_chair_line_under_the_chair_line_belongs_to_the_group_above_both():
    facts = run(
        "Northby Health and Wellbeing Board",
        "",
        "Chairperson: Councillor Linda Moss",
        "Vice-Chairperson: Dr Raj Patel, Clinical Chair, Northby CCG",
    )
    assert pairs(facts, Rel.CHAIR) == {("Councillor Linda Moss", "Northby Health and Wellbeing Board")}
    assert pairs(facts, Rel.VICE_CHAIR) == {("Dr Raj Patel", "Northby Health and Wellbeing Board")}
    assert ("Dr Raj Patel", "Clinical Chair") in pairs(facts, Rel.HOLDS)
    assert ("Dr Raj Patel", "Northby CCG") in pairs(facts, Rel.WORKS_FOR)


def test_a_bracketed_role_is_the_meetings_even_before_a_body():
    facts = run(
        "EASTSHIRE COMMUNITY PLANNING PARTNERSHIP BOARD",
        "",
        "Present:",
        "Councillor Alan Reid (Convener), Eastshire Council",
        "Mark Baird, Eastshire Fire and Rescue Service",
    )
    assert pairs(facts, Rel.CHAIR) == {
        ("Councillor Alan Reid", "Eastshire Community Planning Partnership Board")
    }
    assert ("Councillor Alan Reid", "Eastshire Council") in pairs(facts, Rel.WORKS_FOR)


def test_surnames_that_are_also_post_or_body_words_and_two_letter_given_names():
    facts = run(
        "Members:",
        "Carol Dean - Director of Public Health",
        "Beth Young - Head of Housing",
        "",
        "Jo Brown, the Partnership's Community Safety Coordinator, presented the assessment.",
    )
    assert {
        ("Carol Dean", "Director of Public Health"),
        ("Beth Young", "Head of Housing"),
        ("Jo Brown", "Community Safety Coordinator"),
    } <= pairs(facts, Rel.HOLDS)


def test_co_chairs_with_their_bodies_and_posts_between():
    facts = run(
        "The Southby Community Safety Partnership is co-chaired by Chief Superintendent Neil Adams of "
        "Southshire Constabulary and Councillor Beth Young, Leader of Southby Borough Council."
    )
    assert pairs(facts, Rel.CHAIR) == {
        ("Neil Adams", "Southby Community Safety Partnership"),
        ("Councillor Beth Young", "Southby Community Safety Partnership"),
    }
    assert ("Neil Adams", "Southshire Constabulary") in pairs(facts, Rel.WORKS_FOR)
    assert not pairs(facts, Rel.VICE_CHAIR)


def test_elected_chair_of_a_body_ends_where_its_name_does():
    facts = run("Mr Brian Cole was elected Chairman of the Westby Licensing Panel for the ensuing year.")
    assert pairs(facts, Rel.CHAIR) == {("Mr Brian Cole", "Westby Licensing Panel")}


def test_a_body_s_post_written_with_a_possessive():
    facts = run("Sam Lee, Westvale Council's Head of Housing, attended.")
    assert ("Sam Lee", "Head of Housing") in pairs(facts, Rel.HOLDS)
    assert ("Sam Lee", "Westvale Council") in pairs(facts, Rel.WORKS_FOR)
    facts = run("Mrs A Burns - Northshire County Council - Children's Social Care Portfolio Holder")
    assert ("Mrs A Burns", "Children's Social Care Portfolio Holder") in pairs(facts, Rel.HOLDS)


def test_a_plural_title_reaches_to_the_semicolon_and_apologies_in_a_sentence():
    facts = run(
        "WESTBY SAFER COMMUNITIES PARTNERSHIP",
        "",
        "Present: Councillor A Smith (Chairman), Councillors B Jones and C Brown; Sarah White (Head of "
        "Community Safety, Westby Borough Council)",
        "",
        "Apologies for absence were received from Councillor E Gray and Inspector Paul Knight.",
    )
    group = "Westby Safer Communities Partnership"
    assert {m for m, g in pairs(facts, Rel.MEMBER)} == {
        "Councillor A Smith",
        "Councillor B Jones",
        "Councillor C Brown",
        "Sarah White",
        "Councillor E Gray",
        "Inspector Paul Knight",
    }
    assert {g for _, g in pairs(facts, Rel.MEMBER)} == {group}
    assert not [c for c in facts.claims if c.subject.name == "Councillor Westby"]
    assert {c.subject.name for c in facts.claims if c.rel is Rel.MEMBER and c.role == "apologies"} == {
        "Councillor E Gray",
        "Inspector Paul Knight",
    }


def test_a_heading_ending_in_a_list_label_then_posts_before_people():
    facts = run(
        "Northshire Safeguarding Adults Board - Board members",
        "",
        "Independent Chair                          Jane Morris",
        "Director of Adult Social Care              Peter Long, Northshire County Council",
        "Head of Safeguarding                       Lisa Grant, Northshire CCG",
    )
    board = "Northshire Safeguarding Adults Board"
    assert pairs(facts, Rel.CHAIR) == {("Jane Morris", board)}
    assert pairs(facts, Rel.MEMBER) == {("Jane Morris", board), ("Peter Long", board), ("Lisa Grant", board)}
    assert ("Lisa Grant", "Head of Safeguarding") in pairs(facts, Rel.HOLDS)


def test_a_people_table_s_title_cell_holds_a_post_and_a_role_and_no_row_is_a_group():
    facts = run(
        "Attendees:",
        "Name\tOrganisation\tTitle",
        "Amanda Clarke\tEastvale District Council\tChief Executive (Chair)",
        "Gemma Lowe\tEastvale Voluntary Action\tChief Officer",
    )
    assert ("Amanda Clarke", "Chief Executive") in pairs(facts, Rel.HOLDS)
    assert not [o for _, o in pairs(facts, Rel.HOLDS) if "(" in o]
    assert not pairs(facts, Rel.MEMBER)  # no group named: members of nothing


def test_a_post_before_a_bracketed_person_and_a_relative_clause_possessive():
    facts = run(
        "Report of the Director of Public Health (Dr Jane Doe)",
        "",
        "Jane Green, who is the Council's Partnership Manager, introduced the item.",
    )
    assert ("Dr Jane Doe", "Director of Public Health") in pairs(facts, Rel.HOLDS)
    assert ("Jane Green", "Partnership Manager") in pairs(facts, Rel.HOLDS)
    assert not pairs(facts, Rel.WORKS_FOR)  # 'the Council' alone names no body


def test_an_attendance_record_table_roles_in_the_name_cell_and_no_indicators():
    facts = run(
        "Eastdale Health and Wellbeing Board attendance record 2021/22",
        "",
        "Member\tOrganisation\tJune\tSept\tDec",
        "Cllr Rob Shaw (Chair)\tEastdale Council\t✓\t✓\t✓",
        "Dr Mina Patel (Vice Chair)\tEastdale CCG\t✓\t✗\t✓",
    )
    board = "Eastdale Health and Wellbeing Board"
    assert pairs(facts, Rel.CHAIR) == {("Cllr Rob Shaw", board)}
    assert pairs(facts, Rel.VICE_CHAIR) == {("Dr Mina Patel", board)}
    assert not pairs(facts, Rel.INDICATOR_OF) and not facts.observations


def test_a_clinical_chair_is_a_post_not_the_meetings_chair():
    facts = run(
        "Northvale Health and Wellbeing Board",
        "",
        "Membership:",
        "• Dr Sam Wu, Clinical Chair, Northvale CCG (Vice-Chair)",
    )
    assert ("Dr Sam Wu", "Clinical Chair") in pairs(facts, Rel.HOLDS)
    assert pairs(facts, Rel.VICE_CHAIR) == {("Dr Sam Wu", "Northvale Health and Wellbeing Board")}
    assert not pairs(facts, Rel.CHAIR)


def test_a_press_release_headline_is_no_group_and_members_of_the_board_include():
    facts = run(
        "New health board meets for the first time",
        "",
        "Westshire's new shadow Health and Wellbeing Board met for the first time today.",
        "",
        "The board will be chaired by Councillor Ann Hartley, Westshire Council's Cabinet Member for Health.",
        "",
        "Members of the board include Councillor Ann Hartley, Dr Bill Gowan and Jane Roe.",
    )
    assert not [
        g for _, g in pairs(facts, Rel.CHAIR) if g in {"New health board meets for the first time", "The"}
    ]
    assert ("Councillor Ann Hartley", "Health and Wellbeing Board") in pairs(facts, Rel.CHAIR)
    assert {m for m, _ in pairs(facts, Rel.MEMBER)} == {"Councillor Ann Hartley", "Dr Bill Gowan", "Jane Roe"}


def test_posts_written_before_people_with_a_colon_or_a_dash():
    facts = run(
        "Key contacts",
        "",
        "Community Safety Manager: Jane Doe",
        "Anti-social Behaviour Coordinator – John Roe",
        "Lead: Sam Green",
    )
    assert pairs(facts, Rel.HOLDS) == {
        ("Jane Doe", "Community Safety Manager"),
        ("John Roe", "Anti-social Behaviour Coordinator"),
    }


def test_places_and_charities_named_like_people_are_not_people():
    from ingest.mentions import people_in

    for text in ("Christian Aid", "Rose Court", "Ivy House", "Albert Dock", "Crystal Palace", "Amber Rating"):
        assert not people_in(text), text
    for text in ("Peter Lane", "Beth Young", "Carol Dean"):
        assert [p.name for p in people_in(text)] == [text]


def test_a_group_name_ending_a_sentence_is_no_title_of_a_person():
    from ingest.mentions import people_in

    assert not people_in("The Board is supported by the Executive Group. Four outcome groups report to it.")
    assert [p.name for p in people_in("C.I. John Smith attended.")] == ["John Smith"]


def test_minutes_with_a_dated_title_a_dash_chair_and_apologies_before_prose():
    f = facts(
        "Safer Eastmoor Partnership Board",
        "Minutes – 3 March 2022 (held virtually)",
        "",
        "Present:",
        "Cllr Rita Moss (Cabinet Member for Communities) – Chair",
        "Inspector Paul Dyer, Eastmoor Police",
        "Omar Reid, Head of Community Safety, Eastmoor Council",
        "",
        "1. Apologies and declarations of interest",
        "Apologies were received from Supt Ken Lowe and Dr Asha Patel (Public Health). There were no declarations.",
        "",
        "2. Youth violence duty",
        "Omar Reid reported that the duty will be overseen by the Partnership from April.",
    )
    board = "Safer Eastmoor Partnership Board"
    assert pairs(f, Rel.CHAIR) == {("Cllr Rita Moss", board)}
    members = {(c.subject.name, c.role) for c in f.claims if c.rel is Rel.MEMBER and c.object.name == board}
    assert {m for m, role in members if role == "apologies"} == {"Supt Ken Lowe", "Dr Asha Patel"}
    assert {"Inspector Paul Dyer", "Omar Reid"} <= {m for m, role in members if role is None}
    named = {c.subject.name for c in f.claims} | {c.object.name for c in f.claims}
    assert not named & {"Youth violence duty", "There were no declarations", "Chair"}


def test_present_runs_on_with_plural_councillors_and_co_chairs_are_chairs():
    f = facts(
        "WESTBY HEALTH BOARD",
        "",
        "PRESENT: Councillor Ann Holt (in the Chair)",
        "Councillors Paul Bright and Sara Cole; Dr Ravi Nair (Westby Care Board)",
        "",
        "ALSO PRESENT: Tim Fenn (Democratic Services Officer)",
        "",
        "12. ELECTION OF VICE-CHAIR",
        "RESOLVED – That Dr Ravi Nair be appointed Vice-Chairman of the Board for the year.",
        "",
        "13. YOUTH PARTNERSHIP UPDATE",
        "The Chair of the Westby Youth Partnership, Hana Marsh, presented the annual report.",
    )
    board = "Westby Health Board"
    members = {m for m, g in pairs(f, Rel.MEMBER) if g == board}
    assert {
        "Councillor Ann Holt",
        "Councillor Paul Bright",
        "Councillor Sara Cole",
        "Dr Ravi Nair",
    } <= members
    assert ("Dr Ravi Nair", "Westby Care Board") in pairs(f, Rel.WORKS_FOR)
    assert "Dr Ravi Nair" in {p for p, _ in pairs(f, Rel.VICE_CHAIR)}
    assert ("Hana Marsh", "Westby Youth Partnership") in pairs(f, Rel.CHAIR)
    co = facts("Eastmoor Safety Partnership", "", "Co-chairs: Supt Clare Dunn and Councillor Amir Rashid")
    assert pairs(co, Rel.CHAIR) == {
        ("Supt Clare Dunn", "Eastmoor Safety Partnership"),
        ("Councillor Amir Rashid", "Eastmoor Safety Partnership"),
    }


def test_a_table_of_priorities_and_their_lead_officers_gives_leads_not_members():
    f = facts(
        "Eastby Community Safety Partnership",
        "",
        "Priority\tLead officer\tOrganisation",
        "Reducing violence\tDCI Sara Wren\tEastby Police",
        "Tackling nuisance\tMark Oduya, ASB Manager\tEastby District Council",
    )
    assert not pairs(f, Rel.MEMBER)
    assert {("DCI Sara Wren", "Reducing violence"), ("Mark Oduya", "Tackling nuisance")} <= pairs(
        f, Rel.RESPONSIBLE
    )
    assert ("DCI Sara Wren", "Eastby Police") in pairs(f, Rel.WORKS_FOR)


def test_a_body_whose_first_words_look_like_a_name_is_no_person():
    from ingest.mentions import people_in

    assert not people_in("Fenwick Safeguarding Adults Board")
    assert [p.name for p in people_in("Carol Young, Westby Council")] == ["Carol Young"]


def test_a_board_web_page_titled_with_its_acronym_over_its_first_sentence():
    f = facts(
        "Westby Safeguarding Adults Board (WSAB)",
        "The WSAB is a statutory partnership which leads adult safeguarding across Westby.",
        "Board structure",
        "The Board is made up of senior representatives from Westby Council and Westshire Police.",
        "The Board is supported by an Executive Group and the following sub groups:",
        "• Case Review sub group",
        "• Training sub group",
    )
    board = "Westby Safeguarding Adults Board"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == board} == {"Westby Council", "Westshire Police"}
    assert {g for _, g in pairs(f, Rel.SUBGROUP_OF)} == {board}


def test_northern_ireland_pcsp_minutes_with_member_categories_and_a_long_dated_subtitle():
    f = facts(
        "Loughmore Policing and Community Safety Partnership",
        "Minutes of Meeting held on Thursday 5 March 2020 at 6.00 pm in the Council Chamber, Loughmore",
        "",
        "Present:",
        "Political Members: Councillor Aine Kelly (Chairperson), Councillor Tom Reid",
        "Designated Organisations: Chief Inspector Mark Hale (PSNI), Ms Ruth Bell (Northern Ireland Housing Executive)",
        "",
        "In Attendance: Ms Claire Dunne (PCSP Manager)",
    )
    pcsp = "Loughmore Policing and Community Safety Partnership"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == pcsp} >= {
        "Councillor Aine Kelly",
        "Councillor Tom Reid",
        "Ms Ruth Bell",
    }
    assert ("Ms Ruth Bell", "Northern Ireland Housing Executive") in pairs(f, Rel.WORKS_FOR)
    assert not [p for p, post in pairs(f, Rel.HOLDS) if post == "Northern Ireland Housing Executive"]


def test_an_apposition_of_a_post_at_a_body_gives_both():
    f = facts(
        "Scrutiny Committee – 3 May 2019",
        "",
        "The Committee received a report from Dana Reyes, Community Safety Officer at Eastmere District Council, on the partnership.",
    )
    assert ("Dana Reyes", "Community Safety Officer") in pairs(f, Rel.HOLDS)
    assert ("Dana Reyes", "Eastmere District Council") in pairs(f, Rel.WORKS_FOR)


def test_a_role_with_its_body_in_brackets_chairs_the_meeting_s_group():
    f = facts(
        "Strategic Management Board",
        "Minutes of meeting held on 12 June 2024",
        "",
        "Present:",
        "Mr John Moore          Chairperson (Probation Board for Northern Ireland)",
        "Ms Anne Lyle           Police Service of Northern Ireland",
    )
    assert pairs(f, Rel.CHAIR) == {("Mr John Moore", "Strategic Management Board")}
    assert ("Mr John Moore", "Probation Board for Northern Ireland") in pairs(f, Rel.WORKS_FOR)


def test_column_headers_one_a_line_over_name_and_body_pairs():
    f = facts(
        "Kelby Community Safety Partnership",
        "Minutes – 3 March 2025",
        "",
        "Present",
        "",
        "Name",
        "Organisation",
        "",
        "Cllr Ann Reid (Chair)",
        "Kelby Borough Council",
        "",
        "Dr Priya Nair",
        "Kelby Public Health",
    )
    group = "Kelby Community Safety Partnership"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == group} == {"Cllr Ann Reid", "Dr Priya Nair"}
    assert pairs(f, Rel.CHAIR) == {("Cllr Ann Reid", group)}
    assert ("Dr Priya Nair", "Kelby Public Health") in pairs(f, Rel.WORKS_FOR)


def test_minutes_headed_agenda_and_minutes_over_a_dated_meeting_title():
    f = facts(
        "Agenda and minutes",
        "",
        "Kelby Health & Wellbeing Board - Tuesday 14 May 2024 10.00 am",
        "",
        "Election of Chairperson",
        "",
        "Cllr Roger Wilde was elected Chairperson for the council year 2024/2025.",
    )
    assert pairs(f, Rel.CHAIR) == {("Cllr Roger Wilde", "Kelby Health & Wellbeing Board")}


def test_a_minutes_title_s_date_after_a_comma_or_held_on_is_no_part_of_the_group():
    for title in (
        "Minutes of the Kelby Community Safety Partnership, 9 May 2025",
        "Minutes of the Kelby Community Safety Partnership held on 9 May 2025",
    ):
        f = facts(title, "", "Present: Cllr Ann Reid (Chair), Dr Priya Nair")
        assert pairs(f, Rel.CHAIR) == {("Cllr Ann Reid", "Kelby Community Safety Partnership")}, title


def test_a_chair_title_of_a_body_after_a_name_is_a_post_not_an_employer():
    f = facts(
        "Kelby Health and Wellbeing Board",
        "",
        "Simon Hale - Independent Chair of the Kelby Safeguarding Children Partnership",
    )
    assert ("Simon Hale", "Independent Chair") in pairs(f, Rel.HOLDS)
    assert not pairs(f, Rel.WORKS_FOR)


def test_a_person_of_a_body_at_a_sentences_end_works_for_that_body_alone():
    f = facts(
        "Kelby Partnership",
        "",
        "The group is chaired by Inspector Sam Reed of Northshire Police. The Youth Group meets monthly.",
    )
    assert pairs(f, Rel.WORKS_FOR) == {("Inspector Sam Reed", "Northshire Police")}


def test_a_signature_block_of_a_name_unknown_to_the_name_lists_with_a_post_over_its_body():
    f = facts(
        "Signed on behalf of the partners",
        "",
        "Zelphyne Marrock,Director,",
        "",
        "Kelby Voluntary Action",
    )
    assert pairs(f, Rel.HOLDS) == {("Zelphyne Marrock", "Director")}
    assert pairs(f, Rel.WORKS_FOR) == {("Zelphyne Marrock", "Kelby Voluntary Action")}


def test_a_heading_ending_in_a_group_word_in_lower_case_is_no_body():
    from ingest.mentions import part_type

    assert part_type("Actions from the last meeting") is None
    assert part_type("Kelby Safeguarding Partnership") == "organisation"


def test_a_heading_over_its_paragraph_after_the_last_bullet_is_no_part_of_the_entry():
    f = facts(
        "Kelby Children's Partnership - Executive Group",
        "",
        "In attendance",
        "• Chloe Ridge, Business Manager, Kelby Children's Partnership (notes)",
        "",
        "Matters arising from the last session",
        "All actions were complete apart from action 4, carried forward to September.",
    )
    assert pairs(f, Rel.WORKS_FOR) == {("Chloe Ridge", "Kelby Children's Partnership")}


def test_attendance_labels_set_side_by_side_over_their_columns():
    f = facts(
        "Westvale Policing and Community Safety Partnership",
        "",
        "PRESENT                                   APOLOGIES",
        "Cllr A Hale (Chair)                       Cllr T Gray",
        "Mr J Reid                                 Mrs L Adair, Youth Justice Agency",
        "Ch Insp P Dunn, Westvale Police",
        "",
        "1. Welcome",
    )
    said = {(c.subject.name, c.method) for c in f.claims if c.rel is Rel.MEMBER}
    assert said == {
        ("Cllr A Hale", "people.list.member"),
        ("Mr J Reid", "people.list.member"),
        ("P Dunn", "people.list.member"),
        ("Cllr T Gray", "people.list.apology"),
        ("Mrs L Adair", "people.list.apology"),
    }
    assert pairs(f, Rel.CHAIR) == {("Cllr A Hale", "Westvale Policing and Community Safety Partnership")}
    assert pairs(f, Rel.WORKS_FOR) == {("P Dunn", "Westvale Police"), ("Mrs L Adair", "Youth Justice Agency")}


def test_a_news_headline_is_no_group_and_a_councils_post_in_lower_case_is_not_its_name():
    f = facts(
        "News release",
        "",
        "Shadow health and wellbeing board holds first meeting",
        "",
        "The board, which is chaired by Councillor Ann Wynn, Westvale Council's cabinet member for adult"
        " services, brings together senior councillors and GP commissioners.",
        "",
        "Members of the shadow board are:",
        "- Councillor Ann Wynn (Chair), Westvale Council",
        "- Dr Sam Lowe, Westvale GP Consortium",
    )
    objects = {c.object.name for c in f.claims}
    assert not any("holds first meeting" in o or o.endswith("Council's") for o in objects)
    assert ("Councillor Ann Wynn", "Westvale Council") in pairs(f, Rel.WORKS_FOR)


def test_a_name_with_a_comma_inside_is_one_body():
    f = facts(
        "Safer Northby Partnership",
        "",
        "Apologies:",
        "Gary Long – Office of the Police, Fire and Crime Commissioner",
        "Claire Moss – Probation Service",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Gary Long", "Office of the Police, Fire and Crime Commissioner"),
        ("Claire Moss", "Probation Service"),
    }


def test_a_chair_on_a_line_of_its_own_under_a_committees_title():
    f = facts(
        "OVERVIEW AND SCRUTINY COMMITTEE",
        "",
        "MINUTES",
        "",
        "Councillor P Barnes (Chair)",
        "",
        "In attendance: Councillors J Clarke and R Ellis",
    )
    assert pairs(f, Rel.CHAIR) == {("Councillor P Barnes", "Overview and Scrutiny Committee")}


def test_a_board_web_page_with_its_menu_breadcrumb_and_contents_list():
    f = facts(
        "Skip to main content",
        "Home > Adult social care > Safeguarding adults > Safeguarding Adults Board",
        "",
        "Westmere Safeguarding Adults Board",
        "",
        "On this page",
        "* About the Board",
        "* Board members",
        "* Annual report",
        "",
        "About the Board",
        "The Westmere Safeguarding Adults Board is chaired by Independent Chair David Brown.",
        "",
        "Board members",
        "* Westmere Council",
        "* NHS Westmere and North Fenshire Integrated Care Board",
        "",
        "Annual report",
        "Read the annual report (PDF, 2MB)",
    )
    board = "Westmere Safeguarding Adults Board"
    assert pairs(f, Rel.MEMBER) == {
        ("Westmere Council", board),
        ("NHS Westmere and North Fenshire Integrated Care Board", board),
    }
    assert pairs(f, Rel.CHAIR) == {("David Brown", board)}


def test_a_signature_then_a_heading_past_a_blank_line_and_sub_groups_chaired_by_members():
    f = facts(
        "Kelbury Safeguarding Adults Board",
        "Annual Report 2019-20",
        "",
        "Jane Harlow",
        "Independent Chair, Kelbury Safeguarding Adults Board",
        "",
        "Our structure",
        "",
        "The work of the Board is carried out by its sub-groups, each chaired by a Board member:",
        "- Safeguarding Adults Review Sub-Group",
        "- Learning and Development Sub-Group",
    )
    assert pairs(f, Rel.WORKS_FOR) <= {("Jane Harlow", "Kelbury Safeguarding Adults Board")}
    assert not pairs(f, Rel.MEMBER)  # sub-groups are no members
    assert {s for s, _ in pairs(f, Rel.SUBGROUP_OF)} == {
        "Safeguarding Adults Review Sub-Group",
        "Learning and Development Sub-Group",
    }


def test_a_row_whose_person_follows_a_cell_on_the_last_line_cites_that_line_alone():
    lines = ("", "Present:", "Westvale Council | Cllr Ann Hale | Westvale Police")
    f = facts(*lines)
    assert f.claims and all(c.evidence.line_end <= len(lines) for c in f.claims)


def test_posts_and_names_written_in_turn_post_first_go_each_to_the_name_after_it():
    f = facts(
        "The Committee will hear from Head of Community Support, Jane Doe, Executive Portfolio Holder for"
        " Community Safety, Cllr Ann Roe and others.",
        "The Chair introduced the Head of Housing Mia Wu, the Chief Executive Sam Reed, and the Portfolio"
        " Holder for Communities Cllr Priya Shah.",
    )
    assert pairs(f, Rel.HOLDS, "people.") == {
        ("Jane Doe", "Head of Community Support"),
        ("Cllr Ann Roe", "Executive Portfolio Holder for Community Safety"),
        ("Mia Wu", "Head of Housing"),
        ("Sam Reed", "Chief Executive"),
        ("Cllr Priya Shah", "Portfolio Holder for Communities"),
    }


def test_two_people_confirmed_as_chair_and_vice_chair_respectively():
    f = facts(
        "(2) That Councillor Ann Roe, Westvale Council, and Sam Reed, Chair of Westvale CCG, be confirmed as"
        " Chairman and Vice-Chairman of the Health and Wellbeing Board respectively.",
    )
    assert pairs(f, Rel.CHAIR, "people.respectively") == {
        ("Councillor Ann Roe", "Health and Wellbeing Board")
    }
    assert pairs(f, Rel.VICE_CHAIR, "people.respectively") == {("Sam Reed", "Health and Wellbeing Board")}


def test_councillors_by_surname_with_substitutes_in_brackets_and_apologies_under_a_committee():
    f = facts(
        "Westvale Crime and Disorder Committee 12th October 2025",
        "",
        "Present:",
        "Councillor Doe (in the Chair)",
        "Councillors Roe, Reed (substitute for Shah) Wu (substitute for Khan), Poe (substitute for K Lee) and Moss.",
        "",
        "Officers in attendance:",
        "• Ann Hale (Assistant Chief Executive)",
        "",
        "Apologies for absence were received from Councillors Khan, Shah, K. Lee and Moore.",
    )
    present = {(p, g) for p, g in pairs(f, Rel.MEMBER, "people.councillors")}
    assert {
        ("Councillor Roe", "Westvale Crime and Disorder Committee"),
        ("Councillor Wu", "Westvale Crime and Disorder Committee"),
        ("Councillor Moss", "Westvale Crime and Disorder Committee"),
        ("Councillor K. Lee", "Westvale Crime and Disorder Committee"),
        ("Councillor Moore", "Westvale Crime and Disorder Committee"),
    } <= present
    assert {g for _, g in present} == {"Westvale Crime and Disorder Committee"}  # not the officer's line
    roles = {c.subject.name: c.role for c in f.claims if c.method == "people.councillors"}
    assert roles["Councillor Reed"] == "member" and roles["Councillor Moore"] == "apologies"


def test_two_names_joined_by_and_share_the_body_written_after_the_second():
    f = facts(
        "Westvale Partnership Executive Group",
        "",
        "In attendance:",
        "Ann Hale and Sam Reed, East Westvale Hub Territory Team",
        "Apologies:",
        "Mia Wu, Westvale Council, Jane Roe and Tom Poe, Fenmoor National Park",
    )
    assert {
        ("Ann Hale", "East Westvale Hub Territory Team"),
        ("Sam Reed", "East Westvale Hub Territory Team"),
        ("Jane Roe", "Fenmoor National Park"),
        ("Tom Poe", "Fenmoor National Park"),
        ("Mia Wu", "Westvale Council"),
    } <= pairs(f, Rel.WORKS_FOR, "people.")


def test_a_council_s_own_minutes_committees_named_before_their_councillors_and_its_chairman_appointed():
    f = facts(
        "Westby Community Council",
        "",
        "Minutes of the Annual Meeting of Council held on Monday 20 May 2024 at 6.00pm in the Village Hall,",
        "",
        "Present Councillors D Jones, W Griffiths, L Hale-Roe, P MacPherson Jones",
        "",
        "4398 Appointment of Chairman RESOLVED that Councillor L Hale-Roe be appointed Chairman for 2024/25.",
        "",
        "Resources Committee – Councillors W Griffiths, D Jones and P MacPherson Jones, subject to the Clerk"
        " confirming that Councillors MacPherson Jones was happy to be re-nominated.",
    )
    members = pairs(f, Rel.MEMBER, "people.councillors")
    assert {
        ("Councillor D Jones", "Westby Community Council"),
        ("Councillor P MacPherson Jones", "Westby Community Council"),
        ("Councillor W Griffiths", "Resources Committee"),
        ("Councillor P MacPherson Jones", "Resources Committee"),
    } <= members
    assert ("Councillor L Hale-Roe", "Resources Committee") not in members
    assert pairs(f, Rel.CHAIR) == {("Councillor L Hale-Roe", "Westby Community Council")}


def test_a_council_meeting_s_list_of_titled_surnames_run_together_under_the_council_s_name():
    f = facts(
        "Minute of Meeting",
        "",
        "Westvale Council",
        "",
        "Date Time Venue 13 November 2025 11am Council Chambers, Westvale House",
        "",
        "Present:",
        "",
        "Provost Smail (Chair) Depute Provost Russ Councillor Muir – Depute Council Leader Councillor Alder"
        " Councillor Baird Councillor Cass",
    )
    members = {p for p, g in pairs(f, Rel.MEMBER, "people.") if g == "Westvale Council"}
    assert members == {
        "Provost Smail",
        "Depute Provost Russ",
        "Councillor Muir",
        "Councillor Alder",
        "Councillor Baird",
        "Councillor Cass",
    }
    assert pairs(f, Rel.CHAIR) == {("Provost Smail", "Westvale Council")}


def test_a_chair_label_before_a_run_of_members_chairs_only_the_first_name():
    f = facts(
        "WESTVALE OVERVIEW & SCRUTINY COMMITTEE Monday, 20 May 2025 at 5.30 p.m., Town Hall",
        "",
        "This meeting is open to the public to attend. Members:",
        "",
        "Chair: Councillor Jim Kings Councillor Sara Alan Scrutiny Lead for Children & Education Councillor"
        " Dipa Dass Councillor Andrew Woods",
        "",
        "Co-opted Members: Neil Cunning Parent Governors Joan Hann Representative of Diocese of Westby",
    )
    assert {p for p, _ in pairs(f, Rel.CHAIR)} == {"Councillor Jim Kings"}
    members = {p for p, _ in pairs(f, Rel.MEMBER, "people.")}
    assert {
        "Councillor Sara Alan",
        "Councillor Dipa Dass",
        "Councillor Andrew Woods",
        "Neil Cunning",
    } <= members
    assert ("Councillor Sara Alan", "Scrutiny Lead for Children & Education") in pairs(f, Rel.HOLDS)


def test_a_name_slash_body_list_reads_unknown_names_and_chairs_of_other_bodies():
    f = facts(
        "Westvale Safer Neighbourhood Board (WSNB) Meeting",
        "",
        "Attendees",
        "",
        "Ann Hale / Co-Chair/Westvale Hate Crime Network",
        "Sam Reed / Neighbourhood Watch Chair",
        "Mia Wu / Chair Eastby Society",
        "Tomas Leed / Westvale Council",
        "Kirra / B.T.A",
        "Darrel Tomm / Westvale Resident",
        "Jane Roe / Chair Northby Ward Panel",
    )
    members = {p for p, _ in pairs(f, Rel.MEMBER, "people.")}
    assert {"Kirra", "Darrel Tomm", "Tomas Leed", "Sam Reed", "Mia Wu", "Jane Roe"} <= members
    chairs = pairs(f, Rel.CHAIR)
    assert {
        ("Sam Reed", "Neighbourhood Watch"),
        ("Mia Wu", "Eastby Society"),
        ("Jane Roe", "Northby Ward Panel"),
    } <= chairs
    assert {p for p, g in chairs if g == "Westvale Safer Neighbourhood Board"} == {"Ann Hale"}


def test_a_committee_summons_with_aldermen_an_ex_officio_mayor_and_the_chief_executive_s_signature():
    f = facts(
        "8th November 2025",
        "",
        "Chairman: Councillor R Carl",
        "",
        "Aldermen: A G Ewan MBE and S Marten",
        "",
        "Councillors: S Carr, A P Ewing and N Trim",
        "",
        "Ex Officio The Right Worshipful The Mayor, Councillor A Given Deputy Mayor, Councillor J McCart",
        "",
        "The Monthly Meeting of the Westby Services Committee will be held in the Civic Centre on Wednesday.",
        "",
        "JOHN BURNE Chief Executive Westby and Eastby City Council Agenda",
    )
    members = {p for p, g in pairs(f, Rel.MEMBER, "people.") if g == "Westby Services Committee"}
    assert {"A G Ewan", "S Marten", "S Carr", "N Trim"} <= members
    assert {("Councillor A Given", "Mayor"), ("Councillor J McCart", "Deputy Mayor")} <= pairs(f, Rel.HOLDS)
    assert ("JOHN BURNE", "Westby and Eastby City Council") in pairs(f, Rel.WORKS_FOR)
    assert not [b for _, b in pairs(f, Rel.WORKS_FOR) if "MBE" in b]


def test_a_one_word_office_labelling_its_holder():
    f = facts(
        "Westvale Council", "", "Present: Councillor S Brown, Councillor J Cald", "", "Clerk: Ms A Smyth"
    )
    assert ("Ms A Smyth", "Clerk") in pairs(f, Rel.HOLDS)
    assert not [p for p, post in pairs(f, Rel.HOLDS) if post == "Lead"]


def test_ward_councillors_run_together_under_a_forum_s_title_and_an_area_committee_s_councillors():
    f = facts(
        "WESTBY BRIDGE AREA FORUM",
        "",
        "Present – 19 members of the public attended the meeting",
        "",
        "Councillor Hilda Fairley Ward Councillor Paul Wilde (Chair) Westby Bridge Ward Councillor John Walshe"
        " Westby Bridge Ward",
        "",
        "Also in attendance",
        "",
        "Val Cloyne Area Co-ordinator Jean Pember Area Working Support Officer",
    )
    forum = "Westby Bridge Area Forum"
    assert {"Councillor Hilda Fairley", "Councillor Paul Wilde", "Councillor John Walshe"} == {
        p for p, g in pairs(f, Rel.MEMBER, "people.") if g == forum
    }
    assert ("Val Cloyne", "Area Co-ordinator") in pairs(f, Rel.HOLDS)
    assert not [b for _, b in pairs(f, Rel.WORKS_FOR) if b == "Ward"]
    g = facts(
        "Contact Officer: Ann Hale - Tel. 01234 567890",
        "",
        "WESTSHIRE COUNCIL",
        "",
        "AREA COMMITTEE – EASTBY, NORTHBY AND SOUTHBY",
        "",
        "Tuesday 10 December 2024",
        "",
        "Present: Councillor Lowe in the Chair Councillors Pandy, Smart and Akram",
    )
    committee = "Area Committee – Eastby, Northby and Southby"
    assert {("Councillor Pandy", committee), ("Councillor Akram", committee)} <= pairs(g, Rel.MEMBER)
    assert not [b for _, b in pairs(g, Rel.WORKS_FOR) if b.startswith("Tel")]


def test_apologies_under_an_agenda_item_belong_to_the_board_whose_chairman_opened_the_meeting():
    f = facts(
        "Introduction, Apologies and Minutes of Previous Meeting",
        "",
        "The Chairman of the Westby Safer Communities Board, Councillor Dave Long, welcomed all attendees.",
        "",
        "Apologies for absence had been received from:",
        "",
        "    ·           Jon Dick, LB Westby",
        "",
        "    ·           Tina Mack, LB Westby",
        "",
        "    ·           Aveen Gardner, Community Rehabilitation Company (CRC)",
        "",
        "    ·           Tim Harrow, North West Westby Magistrates Court",
    )
    board = "Westby Safer Communities Board"
    assert {"Jon Dick", "Aveen Gardner", "Tim Harrow"} <= {p for p, g in pairs(f, Rel.MEMBER) if g == board}
    assert ("Tim Harrow", "North West Westby Magistrates Court") in pairs(f, Rel.WORKS_FOR)
    assert not [g for _, g in pairs(f, Rel.MEMBER) if "Apologies" in g]


def test_chairs_appointed_of_an_unnamed_board_in_a_council_s_pages_are_no_council_chairs():
    f = facts(
        "Westby Council",
        "",
        "Agenda and minutes.",
        "",
        "Councillor Lek proposed and was seconded by Naomi Gold that Councillor Danny Thor be Chair of the Board for"
        " the year.",
        "",
        "That Dr Ellen Wrighte and Councillor Averil Lek be appointed joint Vice Chairs of the Board for the year.",
        "",
        "To receive apologies for absence from Members of the Board.",
    )
    assert not [
        g
        for _, g in pairs(f, Rel.CHAIR) | pairs(f, Rel.VICE_CHAIR)
        if g in ("Westby Council", "Members of the Board")
    ]


def test_officers_with_their_posts_written_first_and_a_dash_before_each_name():
    f = facts(
        "Westby Community Planning Committee",
        "",
        "Officers Present : Director of Community Planning – N Hark Head of Arts & Culture – U Fey ICT Change"
        " Officer – A Cole Media and Marketing Officer – J Heasly",
    )
    assert {
        ("N Hark", "Director of Community Planning"),
        ("U Fey", "Head of Arts & Culture"),
        ("A Cole", "ICT Change Officer"),
        ("J Heasly", "Media and Marketing Officer"),
    } <= pairs(f, Rel.HOLDS)


def test_the_monthly_meeting_of_a_council_run_into_its_attendance_belongs_to_the_council():
    f = facts(
        "(2024/25) 66 Appendix A Minutes for the Monthly Meeting of Westby Community Council held at Caer Hall on"
        " 11 February 2025 at 6:30 pm Present: Councillors S Powel (Chair), M Davys and A Mathes. In attendance:"
        " the Clerk: Catherine Crane.",
    )
    council = "Westby Community Council"
    assert {("Councillor M Davys", council), ("Councillor A Mathes", council)} <= pairs(f, Rel.MEMBER)
    assert pairs(f, Rel.CHAIR) == {("Councillor S Powel", council)}


def test_lists_of_a_council_meeting_with_no_group_heading_belong_to_the_council_the_opening_names():
    f = facts(
        "COUNTY COUNCIL",
        "",
        "At a meeting of the Westby and Eastby Local Area Council held at the Civic Hall on 18 September 2025.",
        "",
        "PRESENT",
        "",
        "Councillor C Dunne (Chair)",
        "",
        "MEMBERS",
        "",
        "L Bowden M E Rich (part) W Crosse I C F Swithen",
    )
    council = "Westby and Eastby Local Area Council"
    assert {"Councillor C Dunne", "L Bowden", "M E Rich", "W Crosse", "I C F Swithen"} <= {
        p for p, g in pairs(f, Rel.MEMBER) if g == council
    }
    assert pairs(f, Rel.CHAIR) == {("Councillor C Dunne", council)}


def test_initials_in_brackets_open_each_entry_of_a_run_on_list():
    f = facts(
        "Meeting: Westvale Regeneration Board",
        "",
        "Board Members:(JD) Jane Doe, Chief Executive of Westvale Council; (TR) Tim Roe, Chair of Westvale "
        "Traders (AS) Amir Shah, Northshire Police",
        "Apologies:(KL) Kim Lee, Westvale Housing Trust;",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Jane Doe", "Westvale Council"),
        ("Amir Shah", "Northshire Police"),
        ("Kim Lee", "Westvale Housing Trust"),
    }  # no body named 'TR' or 'AS': a bracket of initials opens the next entry, even without a ';'
    assert {m for m, _ in pairs(f, Rel.MEMBER)} == {"Jane Doe", "Tim Roe", "Amir Shah", "Kim Lee"}


def test_cells_run_together_part_where_a_role_or_the_next_cell_is_glued_to_a_surname():
    f = facts(
        "Westby Community Planning Steering Group",
        "Present:Mrs Jane DoeChair, NHS Westby (Chair)",
        "Councillor Tim RoeChairman, Westby Business Forum",
        "Owen ParkerEnvironment Agency",
        "Anna Lee (Chair)Westby Youth Council",
        "Councillor B E Smith (In the Chair)",
    )
    assert pairs(f, Rel.WORKS_FOR) >= {
        ("Mrs Jane Doe", "NHS Westby"),
        ("Owen Parker", "Environment Agency"),
    }
    assert ("Councillor Tim Roe", "Westby Business Forum") in pairs(f, Rel.CHAIR)
    people = {c.subject.name for c in f.claims if c.subject.kind.value == "person"}
    assert not [p for p in people if re.search(r"[a-z][A-Z]", p)]  # no 'DoeChair', 'ParkerEnvironment'
    assert not [g for _, g in pairs(f, Rel.CHAIR) if g.startswith("In the")]  # '(In the Chair)' names no body


def test_surname_particles_a_letters_salutation_and_a_venue_are_no_group():
    f = facts(
        "Dear Member Westby Community Planning Board You are requested to attend a meeting of the above Board.",
        "Venue: By Microsoft Teams",
        "",
        "Members:",
        "Nina de Castro, Director, Westby Health and Social Care Partnership",
        "Anna van der Berg, Chief Executive, Westby Voluntary Action",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Nina de Castro", "Westby Health and Social Care Partnership"),
        ("Anna van der Berg", "Westby Voluntary Action"),
    }
    assert {g for _, g in pairs(f, Rel.MEMBER)} == {"Westby Community Planning Board"}


def test_a_label_closing_a_heading_in_capitals_over_names_run_together_with_their_bodies():
    f = facts(
        "MINUTE OF THE WESTBY PARTNERSHIP BOARD",
        "",
        "EASTGATE PRIMARY SCHOOL, WESTBY PRESENT",
        "",
        "Councillor Jane Doe Westby Council Amir Shah Westshire Police Kim Lee Westby Voluntary Action",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Councillor Jane Doe", "Westby Council"),
        ("Amir Shah", "Westshire Police"),
        ("Kim Lee", "Westby Voluntary Action"),
    }
    assert {g for _, g in pairs(f, Rel.MEMBER)} == {"Westby Partnership Board"}


def test_a_chair_named_as_the_press_quotes_one():
    f = facts(
        "Westby Alliance publishes its new plan",
        "",
        "The Westby Alliance has agreed its plan. Alliance chair, council leader Ann Lee, said the plan was "
        "ambitious.",
        "Former chairman Tim Roe said he welcomed it.",
    )
    assert pairs(f, Rel.CHAIR) == {("Ann Lee", "Westby Alliance")}  # a former chair chairs nothing now


def test_roles_run_on_after_names_in_an_attendance_line():
    f = facts(
        "Westby Parish Council",
        "Present: Cllr David Roe Chair Tom Reed Sara Mills Kay Boyd Clerk",
    )
    assert pairs(f, Rel.CHAIR) == {("Cllr David Roe", "Westby Parish Council")}
    assert ("Kay Boyd", "Clerk") in pairs(f, Rel.HOLDS)
    assert {m for m, _ in pairs(f, Rel.MEMBER)} == {
        "Cllr David Roe",
        "Tom Reed",
        "Sara Mills",
        "Kay Boyd",
    }


def test_an_independent_chair_followed_by_the_board_without_of():
    f = facts(
        "Westby Health and Wellbeing Board",
        "Apologies:",
        "Ann Poe, Independent Chair Westby Safeguarding Children Board",
    )
    assert pairs(f, Rel.CHAIR) == {("Ann Poe", "Westby Safeguarding Children Board")}
    assert ("Ann Poe", "Independent Chair") in pairs(f, Rel.HOLDS)
    assert [c.role for c in f.claims if c.rel is Rel.MEMBER] == ["apologies"]  # sent apologies, not chairing


def test_name_with_titled_initials_then_body_a_paragraph_each():
    f = facts(
        "Westby Public Services Board",
        "",
        "Organisation represented",
        "",
        "Cllr Nerys Talbot (Cllr NT)",
        "",
        "Westby County Borough Council (Chair)",
        "",
        "Huw Penhallow (HP)",
        "",
        "Eastby Fire and Rescue Service (EF&RS)",
        "",
        "Dr Ceri Maddox (Dr CM)",
        "",
        "Westby University Health Board",
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Cllr Nerys Talbot", "Westby County Borough Council"),
        ("Huw Penhallow", "Eastby Fire and Rescue Service"),
        ("Dr Ceri Maddox", "Westby University Health Board"),
    }
    assert pairs(f, Rel.CHAIR) == {("Cllr Nerys Talbot", "Westby Public Services Board")}
    aliased = {(d.entity.name, d.entity.kind.value, d.alias) for d in f.descriptions if d.alias == "HP"}
    assert aliased == {("Huw Penhallow", "person", "HP")}  # a person's initials, not a body's acronym


def test_a_page_run_into_one_line_opens_with_its_committee_before_a_title_above():
    f = facts(
        "Planning Committee",
        "Total Page:16",
        "WESTBY AREA COMMITTEE Tuesday, 7th June, 2011 at 6.30 p.m. at Westby Centre, Bowling Green Road, Westby "
        "PRESENT: - Councillors Imran, Mrs Ashby, Colbeck, Miss J Carver and Yates OFFICERS: The Director of "
        "Housing (as Lead Officer to the Committee), the Senior Solicitor and the Group Engineer, all Directorate "
        "of the Urban Environment; the Quality and Complaints Manager and the Improvement Consultant 1. MINUTES",
    )
    members = {p for p, g in pairs(f, Rel.MEMBER) if g == "Westby Area Committee"}
    assert {"Mrs Ashby", "Miss J Carver"} <= members
    assert not {p for p, g in pairs(f, Rel.MEMBER) if g == "Planning Committee" and p in members}


def test_present_without_a_colon_before_a_titled_name_and_apologies_run_on_in_the_line():
    f = facts(
        "Westby Borough Council Cabinet WESTBY BOROUGH COUNCIL CABINET 31st October, 2018 A meeting of the Cabinet "
        "was held at the Town Hall, Westby, on Wednesday, 31st October, 2018. Present Councillor J.A. Doe "
        "(Leader) Councillor B.J. Roe (Deputy Leader) Apologies were received from Councillor I. Poe and "
        "Mr Tim Lowe, whose brother Ben Lowe, recently passed away. The Cabinet agreed the agenda.",
    )
    assert pairs(f, Rel.MEMBER) >= {
        ("Councillor J.A. Doe", "Westby Borough Council Cabinet"),
        ("Councillor B.J. Roe", "Westby Borough Council Cabinet"),
    }
    apologies = {(c.subject.name, c.object.name) for c in f.claims if c.role == "apologies"}
    assert apologies == {
        ("Councillor I. Poe", "Westby Borough Council Cabinet"),
        ("Mr Tim Lowe", "Westby Borough Council Cabinet"),
    }
    assert not [c for c in f.claims if c.subject.name == "Mr Tim Lowe" and c.rel is Rel.WORKS_FOR]


def test_attendance_of_a_meeting_whose_group_the_minutes_name_only_by_its_letters():
    f = facts(
        "Minutes of a Board meeting held on Wednesday 9 July 2014 at 2.00 p.m. at the Business Centre, Westby",
        "",
        "Present:",
        "",
        "Jane Doe (Chair) University of Westby Tim Roe Westby Borough Council",
        "",
        "1 WELCOME (Agenda item 1)",
        "",
        "The Chair welcomed all to this meeting of the WDP, and introductions were made.",
    )
    assert pairs(f, Rel.MEMBER) == {("Jane Doe", "WDP"), ("Tim Roe", "WDP")}


def test_a_groups_profile_as_label_and_value_rows_split_by_a_slash():
    f = facts(
        "Westby Strategic Partnership",
        "",
        "Title / Prosperous Westby",
        "Reports to / Westby Strategic Partnership",
        "Accountable for following Subgroups / Work and Skills Board; Westby Business Forum",
        "Signup of Partnership Charter / Yes",
    )
    assert pairs(f, Rel.REPORTS_TO) == {("Prosperous Westby", "Westby Strategic Partnership")}
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Work and Skills Board", "Prosperous Westby"),
        ("Westby Business Forum", "Prosperous Westby"),
    }


def test_a_list_of_members_introduced_ends_at_the_next_minutes_reference():
    f = facts(
        "Westby Forum",
        "",
        "In addition, the Chairman introduced the following new Cabinet Members to the Forum: -",
        "",
        "- Councillor Ms J Doe, Cabinet Member for Housing",
        "",
        "- Councillor M Roe, Cabinet Member for Community Safety",
        "WF 11/013 County Council Services Update",
        "The Chairman welcomed Mr Paul Lowe, Localism Manager at Westby County Council, who gave an update.",
    )
    assert ("Councillor M Roe", "Cabinet Member for Community Safety") in pairs(f, Rel.HOLDS)
    assert not [b for p, b in pairs(f, Rel.WORKS_FOR) if p == "Councillor M Roe"]  # the minute's heading
    assert ("Mr Paul Lowe", "Westby County Council") in pairs(f, Rel.WORKS_FOR)


def test_a_post_then_the_service_it_is_in_named_in_lower_case():
    f = facts(
        "3.5. The attached documents detail the membership of the new partnership.",
        "",
        "Jane Doe, Community Safety Manager, Housing & Community services",
    )
    assert pairs(f, Rel.HOLDS) == {("Jane Doe", "Community Safety Manager")}
    assert pairs(f, Rel.WORKS_FOR) == {("Jane Doe", "Housing & Community services")}


def test_people_in_prose_with_their_body_after_at_or_of_and_a_shared_body():
    f = facts(
        "Public questions",
        "",
        "Mr J Roe of Westby Line Commuters asked if there was any further information.",
        "He offered to make further enquiries from Mr Tim Lowe, Public Affairs Manager, at Westby Trains.",
        "Jane Doe, Deputy Chief Constable, and Dave Poe, Chief Inspector, of Westby Police were present.",
    )
    assert pairs(f, Rel.WORKS_FOR) >= {
        ("Mr J Roe", "Westby Line Commuters"),
        ("Mr Tim Lowe", "Westby Trains"),
        ("Dave Poe", "Westby Police"),
    }
    assert ("Mr Tim Lowe", "Public Affairs Manager") in pairs(f, Rel.HOLDS)


def test_an_unlabelled_attendance_of_initials_and_surnames_long_past_the_top_of_the_minutes():
    names = [
        f"{a} {b}"
        for a, b in zip("ABCDEFGHJKLMNPRSTW", ["Roe", "Poe", "Lowe", "Doe", "Hale", "Moss"] * 3, strict=True)
    ]
    lines = [
        "Minutes 15 March 2021",
        "",
        "Minutes of the meeting of Westby Fire and Rescue Authority held on Monday 15 March 2021.",
        "",
    ]
    for k, name in enumerate(names):
        lines += [
            f"{name} (Chair)" if k == 0 else name,
            "",
            "Westby County Council" if k % 2 else "Eastby Council",
            "",
        ]
    f = facts(*lines)
    members = {p for p, g in pairs(f, Rel.MEMBER) if g == "Westby Fire and Rescue Authority"}
    assert members == set(names)
    assert pairs(f, Rel.CHAIR) == {("A Roe", "Westby Fire and Rescue Authority")}


def test_a_shouted_page_of_names_run_together_ending_where_the_minutes_begin():
    f = facts(
        "WESTBY NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at The Westby Hotel on Friday 8th "
        "September 2006 at 1.30pm PRESENT Oliver Doe Peter Roe Simon Poe Helen Lowe Martin Hale In Attendance: "
        "Karen Moss Jane Hope Apologies: Ruth Reed Colin Cole Election of Convener 1. This item was chaired by "
        "Karen Moss as Proper Officer. Two nominations were declared: Martin Hale was nominated by Simon Poe.",
    )
    members = {p for p, g in pairs(f, Rel.MEMBER) if g == "Westby National Park Authority"}
    assert {"Oliver Doe", "Peter Roe", "Simon Poe", "Helen Lowe", "Martin Hale"} <= members
    apologies = {c.subject.name for c in f.claims if c.role == "apologies"}
    assert apologies == {"Ruth Reed", "Colin Cole"}  # not the names in the minutes after the list


def test_members_listed_by_sector_under_a_letter_calling_the_board_meeting():
    f = facts(
        "Dear Sir/Madam",
        "",
        "BOARD MEETING",
        "",
        "A Board Meeting of the Westby Partnership will be held at Westby Museum on Wednesday 18 April 2018.",
        "",
        "Local Authority Sector District Councillor Mrs Jane Doe (Chairman) (Westby District Council) Councillor "
        "Tim Roe (Westby District Council)",
        "",
        "Private Sector Nick Poe (Westby Motors Ltd) Ann Lowe (Westby Airport)",
    )
    members = {p for p, g in pairs(f, Rel.MEMBER) if g == "Westby Partnership"}
    assert {"Councillor Tim Roe", "Nick Poe", "Ann Lowe"} <= members
    assert ("Nick Poe", "Westby Motors Ltd") in pairs(f, Rel.WORKS_FOR)


def test_a_vice_chair_named_after_the_chair_of_a_body():
    f = facts("Councillor Jane Doe, Chair of Westby Community Safety Partnership and Ann Roe, Vice Chair.")
    assert pairs(f, Rel.CHAIR) == {("Councillor Jane Doe", "Westby Community Safety Partnership")}
    assert pairs(f, Rel.VICE_CHAIR) == {("Ann Roe", "Westby Community Safety Partnership")}


def test_a_news_report_naming_the_boards_chair_and_members_as_the_press_does():
    f = facts(
        "Westby Health and Wellbeing Board",
        "",
        "Board member Councillor Jane Doe said he did not agree police should get a seat.",
        "",
        "Fellow board member Coun Tim Roe agreed, saying there were dangers.",
        "",
        "Board chairman, Council leader Ann Lowe, said her main priority was what the board would do next year.",
    )
    assert pairs(f, Rel.MEMBER) >= {
        ("Councillor Jane Doe", "Westby Health and Wellbeing Board"),
        ("Tim Roe", "Westby Health and Wellbeing Board"),
    }
    assert pairs(f, Rel.CHAIR) == {("Ann Lowe", "Westby Health and Wellbeing Board")}


def test_a_body_and_post_in_lower_case_before_a_name_after_the_sentences_own_words():
    f = facts("Those requesting a place were Westby Council chief executive Tim Roe, and a police officer.")
    assert pairs(f, Rel.WORKS_FOR) == {("Tim Roe", "Westby Council")}
    assert pairs(f, Rel.HOLDS) == {("Tim Roe", "Chief Executive")}


def test_terms_of_reference_of_a_sub_committee_list_its_members_under_numbered_sections():
    f = facts(
        "NHS Westby",
        "",
        "Audit and Risk Sub-Committee",
        "",
        "4. Purpose of Committee",
        "",
        "To provide the Audit Committee of NHS Westby with the assurance that: -",
        "",
        "5. Membership",
        "",
        "Mr John Doe, Non-Executive Member, Westby NHS Board",
        "Ms Ann Roe, Non-Executive Member, Westby NHS Board",
    )
    assert {p for p, g in pairs(f, Rel.MEMBER) if g == "Audit and Risk Sub-Committee"} == {
        "Mr John Doe",
        "Ms Ann Roe",
    }


def test_group_officers_listed_role_first_after_their_election():
    f = facts(
        "Westby Council",
        "",
        "Election of Group officers - 19:00 to 19:05",
        "",
        "Only voting members of the WPCG can be elected to offices.",
        "",
        "The following Group Officers were elected:",
        "",
        "-          Chair, Jane Doe",
        "",
        "-          Vice Chair, Satvik Roe",
        "",
        "Chair: Tim Lowe",
    )
    assert pairs(f, Rel.CHAIR) >= {("Jane Doe", "WPCG")}
    assert pairs(f, Rel.VICE_CHAIR) == {("Satvik Roe", "WPCG")}
    assert not [g for p, g in pairs(f, Rel.CHAIR) if g.startswith("Election")]


def test_an_unlabelled_bulleted_attendance_goes_on_past_entries_whose_body_is_not_typed():
    f = facts(
        "Westby Area Partnership",
        "",
        "  • Cllr Jane Doe - Westby District Council",
        "  • Tim Roe - Westby Bowls Club",
        "  • Ann Poe - Westby District Council",
        "  • Ben Lowe - Westby Business Association",
        "  • Eve Hale - Westby Youth",
        "  • Ruth Moss - Census 2021",
        "  • Sam Reed - Westby Leisure Trust",
    )
    members = {p for p, g in pairs(f, Rel.MEMBER) if g == "Westby Area Partnership"}
    assert {"Cllr Jane Doe", "Tim Roe", "Ben Lowe", "Eve Hale", "Sam Reed"} <= members
    assert ("Eve Hale", "Westby Youth") in pairs(f, Rel.WORKS_FOR)  # a body no word types, after a dash
    assert "Ruth Moss" not in members  # 'Census 2021' names no body


def test_a_name_then_its_body_and_a_post_in_lower_case_as_the_press_writes():
    f = facts("Jane Doe, Westby Trust chief executive commended the efforts of staff.")
    assert pairs(f, Rel.HOLDS) == {("Jane Doe", "Chief Executive")}
    assert pairs(f, Rel.WORKS_FOR) == {("Jane Doe", "Westby Trust")}


def test_two_posts_joined_by_and_are_two_but_one_remit_stays_whole():
    f = facts(
        "Signed: Mr Tim Roe - Chief Executive and Accountable Officer",
        "",
        "Ms Ann Lowe, Director of Leisure and Community Wellbeing, Westby Council",
    )
    assert pairs(f, Rel.HOLDS) >= {("Mr Tim Roe", "Chief Executive"), ("Mr Tim Roe", "Accountable Officer")}
    assert ("Ms Ann Lowe", "Director of Leisure and Community Wellbeing") in pairs(f, Rel.HOLDS)


def test_a_chair_seat_is_a_post_worded_as_the_text_words_it():
    f = facts(
        "Westby Community Forum",
        "",
        "Present:",
        "Councillor Jane Doe (Vice-Chairman)",
        "Ann Roe (Chair)",
        "Tim Lowe",
        "",
        "It was agreed that Mark Hale be elected Deputy Chair of the Forum for the coming year.",
    )
    held = pairs(f, Rel.HOLDS)
    assert {
        ("Councillor Jane Doe", "Vice-Chairman"),
        ("Ann Roe", "Chair"),
        ("Mark Hale", "Deputy Chair of the Forum"),
    } <= held
    assert not [p for p, post in held if p == "Tim Lowe"]


def test_a_chair_seat_of_a_named_body_keeps_its_name_and_stops_at_the_person():
    f = facts(
        "Westby News",
        "",
        "Chair of the Westby Safer Streets Board Cllr Jane Doe said the figures were encouraging.",
        "",
        "Ann Roe, CCG Chair, welcomed the report.",
    )
    held = pairs(f, Rel.HOLDS)
    assert ("Cllr Jane Doe", "Chair of the Westby Safer Streets Board") in held
    assert ("Ann Roe", "CCG Chair") in held
    # the seat of a named body is also called by its bare word
    assert ("Chair of the Westby Safer Streets Board", "Chair") in {
        (d.entity.name, d.alias) for d in f.descriptions
    }


def test_a_page_run_into_one_line_whose_names_carry_their_own_initials():
    f = facts(
        "Westby Partnership Board Minutes",
        "Westby Partnership Board Minutes Date 5 May 2019 Venue Town Hall, Westby. Present Bishop Ann Lee (BAL)"
        " Diocese of Westby – Area Bishop of Westby Tim Roe (TR) Westby Council Zoska Quell (ZQ) Westby Youth"
        " Trust Inspector Kim Hale (KH) Northshire Police Apologies Cllr Mark Poe (Cllr MP) Economic Partnership"
        " Sue Moss (SM) University of Westby Guest attendees Ray Dunn (RD) Westby Council – Marketing"
        " 1 No Item Actions 1. Welcome and Introductions Ann welcomed members.",
    )
    group = "Westby Partnership Board"
    members = {c.subject.name: c.role for c in f.claims if c.rel is Rel.MEMBER and c.object.name == group}
    assert members == {
        "Bishop Ann Lee": None,
        "Tim Roe": None,
        "Zoska Quell": None,
        "Inspector Kim Hale": None,
        "Cllr Mark Poe": "apologies",
        "Sue Moss": "apologies",
    }
    assert {
        ("Tim Roe", "Westby Council"),
        ("Zoska Quell", "Westby Youth Trust"),
        ("Sue Moss", "University of Westby"),
    } <= pairs(f, Rel.WORKS_FOR)
    assert ("Bishop Ann Lee", "Area Bishop of Westby") in pairs(f, Rel.HOLDS)
    assert ("Ray Dunn", "Westby Council") in pairs(f, Rel.WORKS_FOR)
    assert not [b for p, b in pairs(f, Rel.WORKS_FOR) if "Item" in b]
    # the initials are the person's, not an organisation's acronym
    assert ("Tim Roe", "TR") in {(d.entity.name, d.alias) for d in f.descriptions}
    assert not [d for d in f.descriptions if d.alias == "BAL" and d.entity.name != "Bishop Ann Lee"]


def test_a_chair_of_a_body_and_a_post_elsewhere_in_one_entry():
    f = facts(
        "Westby Community Safety Partnership",
        "",
        "Partners present:",
        "· Jane Doe – Chair of Safer Westby and Director, University of Westby",
        "· Tim Roe – Chief Executive, Westby Trust",
    )
    assert ("Jane Doe", "Safer Westby") in pairs(f, Rel.CHAIR)
    assert ("Jane Doe", "Director") in pairs(f, Rel.HOLDS)
    assert ("Jane Doe", "University of Westby") in pairs(f, Rel.WORKS_FOR)


def test_an_appointment_to_the_chair_in_minutes_that_name_no_group():
    f = facts(
        "Venue: Council Chamber, Town Hall, Westby.",
        "Appointment of Chair Minutes: It was moved and seconded that Councillor Jane Doe be appointed the Chair.",
        "Appointment of Vice Chair Minutes: RESOLVED: That Tim Roe be appointed as Vice Chair.",
    )
    assert {("Councillor Jane Doe", "Chair"), ("Tim Roe", "Vice Chair")} <= pairs(f, Rel.HOLDS)


def test_a_committee_page_with_empty_contact_fields_and_section_sign_bullets():
    f = facts(
        "Agenda and minutes",
        "",
        "Westby Partnership - Tuesday, 19th July, 2016 10.30 am",
        "",
        "Venue: Westby Hall",
        "",
        "Contact: Email: ",
        "",
        "No. Item",
        "",
        "§  Jane Doe – Chief Executive, Westby Borough Council",
        "",
        "§  Councillor Tim Roe – Leader, Eastby District Council",
        "",
        "§  Ann Poe – Westby Fire & Rescue Service",
        "",
        "§  Mark Hale – Chief Constable, Westby Constabulary",
        "",
        "§  Zoska Quell – Westby Voluntary Sector Consortium",
        "",
        "Apologies were received from:",
        "",
        "§  Sue Moss – Westby Voluntary Sector Consortium",
    )
    members = {
        (c.subject.name, c.role)
        for c in f.claims
        if c.rel is Rel.MEMBER and c.object.name == "Westby Partnership"
    }
    assert {
        ("Jane Doe", None),
        ("Councillor Tim Roe", None),
        ("Mark Hale", None),
        ("Sue Moss", "apologies"),
    } <= members
    assert not [
        c for c in f.claims if c.rel is Rel.MEMBER and c.object.name == "Westby Voluntary Sector Consortium"
    ]


def test_a_post_in_lower_case_then_its_body_after_a_name_in_a_press_report():
    f = facts(
        "Westby news",
        "",
        'Jan Doe, chief executive of Westby Community Foundation said: "We will reach out to groups."',
        "",
        'Tim Roe, director of development at Westby Sport, said: "It\'s great."',
    )
    assert {("Jan Doe", "chief executive"), ("Tim Roe", "director of development")} <= pairs(f, Rel.HOLDS)
    assert {("Jan Doe", "Westby Community Foundation"), ("Tim Roe", "Westby Sport")} <= pairs(
        f, Rel.WORKS_FOR
    )


def test_a_police_rank_with_the_word_that_makes_it_a_post():
    f = facts(
        "Westby Community Safety Partnership",
        "",
        "Northshire Police Borough Commander Jane Doe is the current chair of the partnership.",
        "",
        "ALSO IN ATTENDANCE Sector Inspector Tim Roe, Northshire Police - for Item 4",
        "",
        "  • WKJ - CI Will Hale - District Commander, Northshire Police",
        "  • AP - Ann Poe - Community Safety Manager, Westby Council",
        "  • SM - Sue Moss - Head of Housing, Westby Council",
        "  • RD - Ray Dunn - Director, Westby Trust",
    )
    held = pairs(f, Rel.HOLDS)
    assert {("Jane Doe", "Borough Commander"), ("Inspector Tim Roe", "Sector Inspector")} <= held
    assert {post for p, post in held if p == "Will Hale"} == {"District Commander", "Chief Inspector"}


def test_a_bracketed_post_a_department_at_a_body_and_a_post_of_a_named_body_before_a_name():
    f = facts(
        "Westby Partnership minutes",
        "",
        "The Chair welcomed the Leader of the Council, Inspector Tim Roe (Borough Commander, Northshire Police)"
        " and Ann Moe (Project Officer, Community Safety at Westby County Council).",
        "",
        'CEO of The Bright Loaf, Sara Van Poole said: "We are delighted."',
        "",
        "Present:",
        "G Markwood, Neighbourhood Plan Continuity Officer",
        "Supt Ravi Das - Northshire Police",
    )
    held = pairs(f, Rel.HOLDS)
    assert {post for p, post in held if p == "Inspector Tim Roe"} == {"Borough Commander", "Inspector"}
    assert {
        ("Ann Moe", "Project Officer, Community Safety"),
        ("Sara Van Poole", "CEO"),
        ("G Markwood", "Neighbourhood Plan Continuity Officer"),
    } <= held
    assert {("Ann Moe", "Westby County Council"), ("Sara Van Poole", "Bright Loaf")} <= pairs(
        f, Rel.WORKS_FOR
    )
    assert "Supt Ravi Das" in {p for p, _ in pairs(f, Rel.WORKS_FOR)}


def test_a_plan_named_with_a_year_range_written_with_an_en_dash():
    f = facts(
        "Introduction",
        "We are pleased to introduce Westby Community Safety Partnership’s",
        "Community Safety Strategy 2014–2017. The Partnership brings together the Council and the police.",
    )
    assert ("Westby Community Safety Partnership", "Community Safety Strategy 2014–2017") in pairs(
        f, Rel.RESPONSIBLE
    )


def test_a_committees_minutes_under_its_councils_name_with_seats_hyphened_onto_names():
    f = facts(
        "Westby Town Council",
        "",
        "Minutes of the Finance and General Purposes Committee",
        "",
        "Councillors:D Pike-Chairman",
        "Dr N Bell",
        "",
        "L Cobb-Vice-Chairman",
        "",
        "M Holt-Mayor",
        "",
        "Clerks:Miss G Tate",
        "",
        "Mrs S Mead",
        "",
        "276/12 Committee Chairman’s Announcements",
    )
    committee = "Finance and General Purposes Committee"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == committee} == {
        "D Pike",
        "Dr N Bell",
        "L Cobb",
        "M Holt",
    }
    assert ("D Pike", committee) in pairs(f, Rel.CHAIR)
    assert ("L Cobb", committee) in pairs(f, Rel.VICE_CHAIR)
    assert {("M Holt", "Mayor"), ("Miss G Tate", "Clerk"), ("Mrs S Mead", "Clerk")} <= pairs(f, Rel.HOLDS)
    assert (committee, "Westby Town Council") in pairs(f, Rel.SUBGROUP_OF)


def test_a_councils_meeting_held_line_and_posts_written_before_each_name():
    f = facts(
        "Town Council Meeting held Monday 21st January 2019",
        "",
        "Westby Town Council Held 7 p.m., Upper Hall, Town Hall,",
        "",
        "In Attendance: Councillors: J Fenn (Chairman) P Ash, D Rook Officers: Clerk J Moe,"
        " Deputy Clerk S Garth",
    )
    council = "Westby Town Council"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == council} == {"J Fenn", "P Ash", "D Rook"}
    assert {("J Moe", "Clerk"), ("S Garth", "Deputy Clerk")} <= pairs(f, Rel.HOLDS)
    assert ("J Moe", "Deputy Clerk") not in pairs(f, Rel.HOLDS)


def test_a_list_after_the_following_n_representatives_without_a_colon():
    f = facts(
        "Westby Neighbourhood Plan",
        "",
        "The Steering Group is made up of the following 3 representatives",
        "",
        "Mr Mark Roe, Public Rep",
        "",
        "Mr Jim Moe, Westby Wildlife Trust",
        "",
        "Miss Kerry Poe, Business",
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "Steering Group"} == {
        "Mr Mark Roe",
        "Mr Jim Moe",
        "Miss Kerry Poe",
    }


def test_a_chair_appointed_after_a_bracketed_place_or_after_being_proposed_and_seconded():
    f = facts(
        "Westby Parish Liaison Committee",
        "",
        "RESOLVED: That Parish Councillor Martin Hale (Eastby) be appointed as Chairman for this Committee.",
        "",
        "Cllr Derrick Moe was proposed and seconded and duly appointed as Vice-Chairman of the Committee.",
    )
    committee = "Westby Parish Liaison Committee"
    assert ("Martin Hale", committee) in pairs(f, Rel.CHAIR)
    assert ("Cllr Derrick Moe", committee) in pairs(f, Rel.VICE_CHAIR)


def test_how_a_seat_was_voted_names_no_body_of_the_person_elected():
    f = facts(
        "Westby Parish Council",
        "",
        "The following officers were elected as follows:",
        "",
        "Chairman – Ed Moe (nominated by SM, seconded by HR, agreed by all)",
        "",
        "Vice-Chairman – Neil Gow (nominated by SM, seconded by HR, agreed by all)",
    )
    assert ("Ed Moe", "Westby Parish Council") in pairs(f, Rel.CHAIR)
    assert ("Neil Gow", "Westby Parish Council") in pairs(f, Rel.VICE_CHAIR)
    assert not pairs(f, Rel.WORKS_FOR)


def test_a_body_closing_a_run_of_councillors_is_each_ones_and_a_rep_is_a_post():
    f = facts(
        "Westby Plan",
        "",
        "The Steering Group is made up of the following representatives:",
        "",
        "Mr Mark Roe, Public Rep",
        "",
        "Councillors James Moe, Michael Dent, Ian Grove, Westby Town Council",
    )
    assert ("Mr Mark Roe", "Public Rep") in pairs(f, Rel.HOLDS)
    assert {p for p, o in pairs(f, Rel.WORKS_FOR) if o == "Westby Town Council"} == {
        "Councillor James Moe",
        "Councillor Michael Dent",
        "Councillor Ian Grove",
    }


def test_a_post_opening_a_sentence_in_sentence_case_and_a_party_after_the_name_that_is_no_body():
    f = facts(
        "Deputy leader of the council, Coun Amy Bright (Ind) said the scheme was welcome.",
        "",
        "Figures were shared by the Head of Housing. The Community Safety Manager, Tom Hale supports the CSP.",
        "",
        "Update from our County Councillor, Sam Hoyle: the road will be resurfaced.",
    )
    assert pairs(f, Rel.HOLDS) >= {
        ("Amy Bright", "Deputy leader of the council"),
        ("Tom Hale", "Community Safety Manager"),
        ("Sam Hoyle", "County Councillor"),
    }
    assert not {p for _, p in pairs(f, Rel.HOLDS)} & {"Update from our County Councillor", "Head of Housing"}
    assert pairs(f, Rel.WORKS_FOR) == set()


def test_a_councillors_seat_written_as_a_title_is_their_post_a_bare_councillor_is_not():
    f = facts("Apologies for absence were received from Borough Councillor Sam Hoyle and Councillor Ann Lee.")
    assert {(p, post) for p, post in pairs(f, Rel.HOLDS)} == {("Sam Hoyle", "Borough Councillor")}


def test_a_post_owned_by_the_council_with_a_straight_apostrophe_is_quoted_as_written():
    f = facts("A joint statement from the council's chief executive, Jane Moss, said the plan was agreed.")
    assert ("Jane Moss", "chief executive") in pairs(f, Rel.HOLDS)
    assert all(c.evidence.quote for c in f.claims)


def test_a_long_post_in_lower_case_after_a_name_then_the_body_it_is_held_at():
    f = facts(
        'Cllr Jane Evans, portfolio holder for economic development and tourism at Westby Council, said: "Yes."'
    )
    assert ("Cllr Jane Evans", "portfolio holder for economic development and tourism") in pairs(f, Rel.HOLDS)
    assert ("Cllr Jane Evans", "Westby Council") in pairs(f, Rel.WORKS_FOR)
