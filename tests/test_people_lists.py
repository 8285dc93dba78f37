"""People lists in every layout, and the typed mentions they are read with.

Every input here is invented (Exampleton, Northshire, Westvale; Jane Doe, John Roe, Ann Poe ...).
Each case names the SHAPE of text it pins: one person a line, one cell a line, a whole list run
together on one line, table rows, slash-separated entries, a signature block, people in prose,
a list of bodies. The documents go through the whole pipeline (``ingest.pipeline.extract``); the
recognisers of ``ingest.mentions`` are also tested on their own.

Evidence is checked as the scorer does: the quote, with white space folded, is found in the lines
the evidence names.
"""

from __future__ import annotations

import pytest
from extraction_helpers import DOC, claims, doc, lines_of, norm_name, one, pairs, quote_found, run

from ingest.blocks import Document
from ingest.extract.context import Context
from ingest.extract.people_lists import list_labels_in, people_lists
from ingest.mentions import head_kind, part_type, people_in, rank_post, role_of, split_parts, unknown_person
from ingest.model import Claim, DocumentFacts, Kind, Rel


def quoted(facts: DocumentFacts, item) -> bool:
    """The quote (white space folded, as the scorer reads it) is in the lines the evidence names."""
    return len(item.evidence.quote) >= 3 and quote_found(facts.text, item.evidence)


def at(facts: DocumentFacts, item, lines: tuple[int, int]) -> None:
    assert lines_of(item) == lines, item
    assert quoted(facts, item), item


# ---------------------------------------------------------------- lists through the pipeline


def test_present_label_one_person_a_line_with_blank_lines_between():
    f = run(
        "Minutes of the Exampleton Community Safety Partnership",  # 1
        "",  # 2
        "PRESENT:",  # 3
        "",  # 4
        "Jane Doe - Exampleton Borough Council (Chair)",  # 5
        "",  # 6
        "John Roe - Northshire Police",  # 7
        "",  # 8
        "Ann Poe - Westvale Fire and Rescue Service",  # 9
        "",  # 10
        "1. Welcome and introductions",  # 11
        "The Chair welcomed everyone to the meeting and thanked them for coming along today.",  # 12
    )
    group = "Exampleton Community Safety Partnership"
    members = claims(f, Rel.MEMBER, obj=group)
    assert {c.subject.name for c in members} == {"Jane Doe", "John Roe", "Ann Poe"}
    assert all(c.subject.kind is Kind.PERSON and c.object.kind is Kind.PARTNERSHIP for c in members)
    assert {c.subject.name: c.role for c in members} == {
        "Jane Doe": "chair",
        "John Roe": None,
        "Ann Poe": None,
    }
    assert pairs(f, Rel.CHAIR) == {("Jane Doe", group)}
    # the bracketed role is not part of the body's name
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Jane Doe", "Exampleton Borough Council"),
        ("John Roe", "Northshire Police"),
        ("Ann Poe", "Westvale Fire and Rescue Service"),
    }
    # her chair is the one post the list gives her
    assert pairs(f, Rel.HOLDS) == {("Jane Doe", "Chair")}
    at(f, one(claims(f, Rel.CHAIR)), (5, 5))
    at(f, one(claims(f, Rel.MEMBER, subject="John Roe")), (7, 7))
    at(f, one(claims(f, Rel.WORKS_FOR, subject="Ann Poe")), (9, 9))


def test_plural_title_run_under_the_minutes_title_with_no_present_label_is_the_attendance():
    f = run(
        "Minutes of the Meeting of Exampleton Town Council held on 3 May 2021 by Zoom Conference Call.",  # 1
        "",  # 2
        "Cllrs J Doe, A Poe (Deputy Mayor), B Moe,",  # 3
        "C Loe (Town Mayor) and D Koe",  # 4
        "",  # 5
        "1 Apologies for Absence",  # 6
        "Apologies were received from Cllr Roe.",  # 7
    )
    group = "Exampleton Town Council"
    members = claims(f, Rel.MEMBER, obj=group)
    assert {norm_name(c.subject.name) for c in members if c.role is None} >= {
        "j doe",
        "a poe",
        "b moe",
        "c loe",
        "d koe",
    }
    assert ("C Loe", "Town Mayor") in pairs(f, Rel.HOLDS)
    for c in members:
        assert quoted(f, c), c


def test_a_post_and_a_dash_before_a_name_in_a_councillors_run_is_that_persons_post_and_ends_the_title():
    f = run(
        "Minutes of the Meeting of Exampleton Parish Council held on 4 May 2021.",  # 1
        "",  # 2
        "Present: Cllrs Ann Poe (Chairman), Bob Moe, Cal Loe, Parish Clerk - Dee Koe, Deputy Clerk – Eve Hoe",  # 3
    )
    holds = pairs(f, Rel.HOLDS)
    assert ("Dee Koe", "Parish Clerk") in holds and ("Eve Hoe", "Deputy Clerk") in holds
    assert not {post for person, post in holds if "Loe" in person} & {"Parish Clerk", "Deputy Clerk"}
    people = {c.subject.name for c in claims(f, Rel.MEMBER, obj="Exampleton Parish Council")}
    assert {"Cllr Cal Loe", "Dee Koe", "Eve Hoe"} <= people  # the clerks are no councillors
    for c in claims(f, Rel.HOLDS):
        assert quoted(f, c), c


@pytest.mark.parametrize(
    "lines, group",
    [
        (  # a resolution on the minutes names no group; the agenda item after the list does
            (
                "PRESENT: Councillor J Doe (Chair)",
                "",
                "Councillors A Poe, B Moe and Loe.",
                "",
                "RESOLVED: That the Minutes of the Meeting held on 27 June 2018 be approved as a correct record.",
                "",
                "2. Exampleton Partnership Board - 14 November 2018",
            ),
            "Exampleton Partnership Board",
        ),
        (  # a council named in capitals in 'At a MEETING of the … held'
            (
                "At a MEETING of the EXAMPLETON TOWN COUNCIL held in the Town Hall,",
                "Exampleton on Tuesday 12 March 2009 at 7.30 p.m.",
                "PRESENT Cllr J Doe - Town Mayor",
                "Cllr A Poe, Cllr B Moe",
                "",
                "1. Plans Committee",
                "The minutes of the Plans Committee were received.",
            ),
            "Exampleton Town Council",
        ),
        (  # 'the meeting of X was held': X, without the verb
            (
                "The first public meeting of the Westby Policing Partnership was held in the Town Hall on 24 January.",
                "",
                "Other members are Councillors Jane Doe, Ann Poe and John Roe.",
            ),
            "Westby Policing Partnership",
        ),
        (  # an ordinal annual general meeting is no group: the title above is
            (
                "Westby Community Partnership",
                "",
                "Minutes of the Seventh Annual General Meeting held on 9th October at 7pm by video link",
                "",
                "Attendees: Jane Doe (Chair), Ann Poe (Treasurer), John Roe (Director)",
            ),
            "Westby Community Partnership",
        ),
        (  # 'a Meeting of the Council' naming no council: the one the minutes call 'the Town Council'
            (
                "Minutes of the proceedings of the MARCH",
                "",
                "EXTRAORDINARY Meeting of the Council held on Monday 4th March 2019 at 7 p.m. in the Town Hall.",
                "",
                "Present Cllr. Jane Doe (Chairman) and Cllrs. Ann Poe, John Roe and Kim Loe",
                "",
                "1. The Chairman thanked the Town Council for its support.",
            ),
            "Town Council",
        ),
    ],
)
def test_the_group_an_attendance_belongs_to_named_by_the_lines_around_it(lines, group):
    assert {c.object.name for c in claims(run(*lines), Rel.MEMBER)} == {group}


def test_a_body_written_after_two_people_joined_by_and_is_both_peoples():
    f = run(
        "Notes of the Exampleton Health and Wellbeing Board",  # 1
        "",  # 2
        "Jane Doe and Ann Poe, Public Health England (PHE), provided an update on progress.",  # 3
        "",  # 4
        "The Chair noted his thanks to Mary Loe and Kate Moe at Westby Hearing Trust for their work.",  # 5
        "",  # 6
        "John Roe and Tom Koe, Project Leads, gave a presentation.",  # 7
    )
    works = pairs(f, Rel.WORKS_FOR)
    assert {("Jane Doe", "Public Health England"), ("Ann Poe", "Public Health England")} <= works
    assert {("Mary Loe", "Westby Hearing Trust"), ("Kate Moe", "Westby Hearing Trust")} <= works
    assert not {p for p in works if p[0] == "John Roe"}  # a post after a pair is not shared
    for c in claims(f, Rel.WORKS_FOR):
        assert quoted(f, c), c


def test_a_chair_of_a_group_written_right_before_the_name_with_no_comma():
    f = run(
        "Westby Voluntary Sector Report",  # 1
        "",  # 2
        "Independent Chair of WVS Forum Rev Canon Dr Ann Poe, Director of Mission, Diocese of Westby",  # 3
    )
    assert ("Rev Canon Dr Ann Poe", "WVS Forum") in pairs(f, Rel.CHAIR)
    assert ("Rev Canon Dr Ann Poe", "Diocese of Westby") in pairs(f, Rel.WORKS_FOR)
    for c in claims(f, Rel.CHAIR):
        assert quoted(f, c), c


def test_news_of_a_chair_appointed_to_a_board_named_by_its_initials_and_a_vice_chair_named_as_one():
    f = run(
        "A new vice chair has been appointed to Northby Valley Health Board.",  # 1
        "Former Westby Council leader Osian Poe was later appointed as the new chair of NVHB.",  # 2
        "The health secretary has named the interim vice chair of the board as Arwel Roe, who starts in May.",  # 3
    )
    assert ("Osian Poe", "Northby Valley Health Board") in pairs(f, Rel.CHAIR)
    assert ("Arwel Roe", "Northby Valley Health Board") in pairs(f, Rel.VICE_CHAIR)
    assert ("Osian Poe", "Westby Council") in pairs(f, Rel.WORKS_FOR)  # his other facts still read
    for c in claims(f, Rel.CHAIR) + claims(f, Rel.VICE_CHAIR):
        assert quoted(f, c), c


def test_a_board_list_of_posts_each_with_its_vote_and_initials_run_together_after_a_title():
    f = run(
        "Northby Ambulance Trust Board, 2 March 2024",  # 1
        "",  # 2
        "Present",  # 3
        "- Mr JB Poe – Chief Operating Officer and voting member",  # 4
        "- Ms K Roe – Director of Nursing and voting member",  # 5
        "- Mr L Moe – Director of Estates and non-voting member",  # 6
    )
    assert {
        ("Mr JB Poe", "Chief Operating Officer"),
        ("Ms K Roe", "Director of Nursing"),
        ("Mr L Moe", "Director of Estates"),
    } == pairs(f, Rel.HOLDS)
    for c in claims(f, Rel.HOLDS):
        assert quoted(f, c), c


def test_initials_run_together_after_a_title_are_a_name_but_an_acronym_is_not():
    assert [p.name for p in people_in("Mr AB Roe and Cllr JRB Hale spoke")] == ["Mr AB Roe", "Cllr JRB Hale"]
    assert not people_in("Dr NHS England wrote")


def test_staff_labels_naming_posts_run_on_in_the_attendance_line_give_each_its_one_holder():
    f = run(
        "Record of the MEETING of the TOWN COUNCIL held 3 May 2018 PRESENT: Councillor Mrs A Poe (in the Chair). "
        "Councillors: Mrs B M Roe, C D Moe and E F Koe. Town Clerk: Miss G H Loe. Deputy Town Clerk: I J Hoe. "
        "There were 4 members of the public present."
    )
    holds = pairs(f, Rel.HOLDS)
    assert {("Miss G H Loe", "Town Clerk"), ("I J Hoe", "Deputy Town Clerk")} <= holds
    assert not {p for p in holds if p[0] in ("C D Moe", "E F Koe")}  # no 'Town' from the label after them
    assert not {p for p in pairs(f, Rel.WORKS_FOR) if p[1] == "Town"}
    for c in claims(f, Rel.HOLDS):
        assert quoted(f, c), c


def test_a_full_stop_after_a_surname_ends_the_name_but_not_after_an_initial():
    assert [p.name for p in people_in("Clerk: N A Roe. There were 3 present")] == ["N A Roe"]
    assert [p.name for p in people_in("Mr J. Doe and Jane A. Poe")] == ["Mr J. Doe", "Jane A. Poe"]


def test_a_post_after_a_name_and_the_with_no_comma_between():
    f = run(
        "Ann Poe, the Chair of the Westby Safety Partnership, along with Bob Roe the Partnerships Officer and "
        "Cal Moe the Community Safety Manager spoke to the panel."
    )
    assert {("Bob Roe", "Partnerships Officer"), ("Cal Moe", "Community Safety Manager")} <= pairs(
        f, Rel.HOLDS
    )
    for c in claims(f, Rel.HOLDS):
        assert quoted(f, c), c


def test_name_and_body_joined_by_a_bare_hyphen_line_after_line_but_not_a_double_barrelled_surname():
    f = run(
        "Minute of the Westby Partnership Management Group",  # 1
        "Present:",  # 2
        "Ann Poe-Westby Community Health Partnership",  # 3
        "Bob Roe-Leisure and Communities, WCC",  # 4
        "Cal Moe -Northby Fire and Rescue",  # 5
        "Dee Koe-WESTRAN",  # 6
        "",  # 7
        "Councillor Eve Hoe-Smith (Cabinet Member for Housing) gave an update.",  # 8
    )
    assert {
        ("Ann Poe", "Westby Community Health Partnership"),
        ("Bob Roe", "Leisure and Communities"),
        ("Cal Moe", "Northby Fire and Rescue"),
    } <= pairs(f, Rel.WORKS_FOR)
    members = {c.subject.name for c in claims(f, Rel.MEMBER, obj="Westby Partnership Management Group")}
    assert {"Ann Poe", "Bob Roe", "Cal Moe", "Dee Koe"} <= members
    assert ("Councillor Eve Hoe-Smith", "Cabinet Member for Housing") in pairs(f, Rel.HOLDS)
    for c in claims(f, Rel.WORKS_FOR):
        assert quoted(f, c), c


def test_a_post_and_body_after_a_persons_honours():
    f = run("Councillor Ann Poe BEM, leader for Westby Council, welcomed the new money.")
    assert ("Councillor Ann Poe", "leader") in pairs(f, Rel.HOLDS)
    assert ("Councillor Ann Poe", "Westby Council") in pairs(f, Rel.WORKS_FOR)
    for c in claims(f, Rel.HOLDS) + claims(f, Rel.WORKS_FOR):
        assert quoted(f, c), c


def test_a_members_column_beside_a_representing_column_is_one_list_of_names_and_their_bodies():
    f = run(
        "Westby Action Partnership",  # 1
        "",  # 2
        "MEMBERS                                 REPRESENTING",  # 3
        "Councillor Ann Poe                  -   Chair",  # 4
        "Bob Roe                             -   Vice Chair – WAP Board",  # 5
        "Cal Moe                             -   Westby Youth Council",  # 6
        "Dee Koe                             -   Northby College",  # 7
    )
    group = "Westby Action Partnership"
    assert ("Bob Roe", group) in pairs(f, Rel.VICE_CHAIR)
    assert {("Cal Moe", "Westby Youth Council"), ("Dee Koe", "Northby College")} <= pairs(f, Rel.WORKS_FOR)
    assert {"Councillor Ann Poe", "Bob Roe", "Cal Moe", "Dee Koe"} <= {
        c.subject.name for c in claims(f, Rel.MEMBER, obj=group)
    }


def test_chair_and_vice_chair_labels_give_their_holders_the_seat_as_a_post():
    f = run(
        "Westby Wellbeing Board – Membership",  # 1
        "",  # 2
        "Chair: A. Poe",  # 3
        "",  # 4
        "Vice Chair: B. Roe",  # 5
    )
    assert {("A. Poe", "Chair"), ("B. Roe", "Vice Chair")} <= pairs(f, Rel.HOLDS)
    assert ("B. Roe", "Westby Wellbeing Board") in pairs(f, Rel.VICE_CHAIR)


def test_a_chair_in_a_list_no_group_is_named_for_holds_the_seat_as_a_post():
    f = run(
        "Notes of the meeting held on 3 May 2016",  # 1
        "",  # 2
        "Present:",  # 3
        "Cllr. Ann Poe (Chair) Westby County Council",  # 4
        "Cllr. Bob Roe (Vice-Chair) Eastby Borough Council",  # 5
        "Cal Moe, Westby Police",  # 6
    )
    assert {("Ann Poe", "Chair"), ("Bob Roe", "Vice-Chair")} <= pairs(f, Rel.HOLDS)
    assert not {p for p in pairs(f, Rel.HOLDS) if p[0] == "Cal Moe"}


def _card(name: str, party: str) -> list[str]:
    """A meeting page's attendee card: photo caption, seat, name, party, attendance and a link."""
    return [
        f"{name} photo",
        "Committee Member",
        name,
        "",
        party,
        "",
        "Present, as expected",
        "",
        "View Profile",
    ]


def test_meeting_attendee_cards_each_with_photo_caption_party_and_attendance_lines():
    f = run(
        "Westby Borough Council",  # 1
        "",  # 2
        "Licensing Sub-Board - Westby",  # 3
        "",  # 4
        "Meeting Attendees",  # 5
        *_card("Councillor Ann Poe", "Liberal Democrat"),
        *_card("Councillor Bob Roe", "Conservative"),
        *_card("Councillor Cal Moe", "Labour"),
    )
    members = {c.subject.name for c in claims(f, Rel.MEMBER)}
    assert {"Councillor Ann Poe", "Councillor Bob Roe", "Councillor Cal Moe"} <= members
    assert pairs(f, Rel.HOLDS) == {
        ("Councillor Ann Poe", "Committee Member"),
        ("Councillor Bob Roe", "Committee Member"),
        ("Councillor Cal Moe", "Committee Member"),
    }


def test_people_of_a_named_company_whose_name_ends_in_group_but_not_of_a_generic_group():
    f = run(
        "Presentation by Mr Alan Pike and Ms Betty Rowe of Westby Homes Group detailing their plans.",  # 1
        "",  # 2
        "Carl Dunn of the Steering Group introduced the report.",  # 3
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Mr Alan Pike", "Westby Homes Group"),
        ("Ms Betty Rowe", "Westby Homes Group"),
    }


def test_a_person_who_became_or_was_appointed_to_a_post_or_elected_to_a_council_holds_it():
    f = run(
        "Westby Town Deal Board news",  # 1
        "",  # 2
        "Jane Roe became Chief Executive of Northshire Council in 2018.",  # 3
        "",  # 4
        "Cllr Ann Poe was first elected to Eastby District Council in May 2011.",  # 5
        "",  # 6
        "Earlier in the year Kim Loe was appointed as Head of Housing at Westby Borough Council, John Doe as Chair.",  # 7
    )
    assert {("Jane Roe", "Chief Executive"), ("Kim Loe", "Head of Housing")} <= pairs(f, Rel.HOLDS)
    assert not {p for p in pairs(f, Rel.HOLDS) if p[0] == "John Doe" and p[1] == "Head of Housing"}
    assert {
        ("Jane Roe", "Northshire Council"),
        ("Cllr Ann Poe", "Eastby District Council"),
        ("Kim Loe", "Westby Borough Council"),
    } <= pairs(f, Rel.WORKS_FOR)
    for c in claims(f, Rel.HOLDS) + claims(f, Rel.WORKS_FOR):
        assert quoted(f, c), c


def test_the_boards_convener_between_commas_and_a_dep_chair_in_a_list():
    f = run(
        "Westby Park Authority Board",  # 1
        "",  # 2
        "Present: J Doe (Chair), H Poe (Dep Chair), K Moe.",  # 3
        "",  # 4
        'The Westby Park Authority Board met on Monday. Ann Roe, the board\'s convener, said: "Welcome."',  # 5
    )
    assert ("H Poe", "Westby Park Authority Board") in pairs(f, Rel.VICE_CHAIR)
    assert ("H Poe", "Westby Park Authority Board") not in pairs(f, Rel.CHAIR)
    assert ("Ann Roe", "Westby Park Authority Board") in pairs(f, Rel.CHAIR)


def test_chair_and_members_labels_then_one_cell_a_line_name_then_organisation():
    f = run(
        "Westvale Youth Justice Board",  # 1
        "",  # 2
        "Chair:",  # 3
        "Margaret Hill",  # 4
        "Northshire County Council",  # 5
        "",  # 6
        "Members:",  # 7
        "Peter Lane",  # 8
        "Westvale Police",  # 9
        "Susan Ward",  # 10
        "Exampleton Borough Council",  # 11
    )
    group = "Westvale Youth Justice Board"
    assert pairs(f, Rel.CHAIR) == {("Margaret Hill", group)}
    members = claims(f, Rel.MEMBER, obj=group)
    assert {(c.subject.name, c.role) for c in members} == {
        ("Margaret Hill", "chair"),
        ("Peter Lane", None),
        ("Susan Ward", None),
    }
    assert {c.object.kind for c in members} == {Kind.GROUP}
    # the organisation on the line under a name is that person's
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Margaret Hill", "Northshire County Council"),
        ("Peter Lane", "Westvale Police"),
        ("Susan Ward", "Exampleton Borough Council"),
    }
    at(f, one(claims(f, Rel.CHAIR)), (4, 5))
    at(f, one(claims(f, Rel.WORKS_FOR, subject="Peter Lane")), (8, 9))
    at(f, one(claims(f, Rel.MEMBER, subject="Susan Ward")), (10, 11))


def test_run_on_members_line_people_split_where_each_starts_group_after_members_label():
    line = (
        "MEMBERS: EXAMPLETON SAFER PARTNERSHIP Responsible Authority Members: "
        "Councillor Adam Smith, Elected Member, Exampleton Borough Council "
        "Jane Doe, Chief Executive, Exampleton Borough Council "
        "John Roe, Chief Inspector, Northshire Police "
        "Ann Poe, Director of Public Health, Northshire County Council"
    )
    f = run("Agenda", "", line, "", "1. Apologies for absence")
    group = "Exampleton Safer Partnership"
    members = claims(f, Rel.MEMBER)
    assert {(c.subject.name, c.object.name) for c in members} == {
        ("Councillor Adam Smith", group),
        ("Jane Doe", group),
        ("John Roe", group),
        ("Ann Poe", group),
    }
    assert {c.object.kind for c in members} == {Kind.PARTNERSHIP}
    assert pairs(f, Rel.HOLDS) == {
        ("Councillor Adam Smith", "Elected Member"),
        ("Jane Doe", "Chief Executive"),
        ("John Roe", "Chief Inspector"),
        ("Ann Poe", "Director of Public Health"),
    }
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Councillor Adam Smith", "Exampleton Borough Council"),
        ("Jane Doe", "Exampleton Borough Council"),
        ("John Roe", "Northshire Police"),
        ("Ann Poe", "Northshire County Council"),
    }
    assert not claims(f, Rel.CHAIR)
    for c in members + claims(f, Rel.HOLDS) + claims(f, Rel.WORKS_FOR):
        at(f, c, (3, 3))
    # each person's evidence is their own stretch of the line, not the neighbour's
    assert one(claims(f, Rel.HOLDS, subject="Jane Doe")).evidence.quote == (
        "Jane Doe, Chief Executive, Exampleton Borough Council"
    )


def test_apologies_table_rows_cells_apart_by_runs_of_spaces_give_post_and_body_not_plain_membership():
    f = run(
        "Minutes of the Northshire Housing Forum",  # 1
        "",  # 2
        "Apologies were received from:",  # 3
        "Jane Doe          Head of Housing (Exampleton BC)",  # 4
        "John Roe          Service Manager (Westvale City Council)",  # 5
        "",  # 6
        "1. Minutes of the last meeting",  # 7
    )
    assert pairs(f, Rel.HOLDS) == {("Jane Doe", "Head of Housing"), ("John Roe", "Service Manager")}
    assert pairs(f, Rel.WORKS_FOR) == {("Jane Doe", "Exampleton BC"), ("John Roe", "Westvale City Council")}
    at(f, one(claims(f, Rel.HOLDS, subject="Jane Doe")), (4, 4))
    at(f, one(claims(f, Rel.WORKS_FOR, subject="John Roe")), (5, 5))
    # sending apologies is not attending: no chair, and no membership without the role saying so
    assert not claims(f, Rel.CHAIR)
    assert all(c.role == "apologies" for c in claims(f, Rel.MEMBER)), claims(f, Rel.MEMBER)


def test_slash_separated_entries_initials_skipped_role_and_post_with_its_field_kept_whole():
    f = run(
        "Westvale Regeneration Board",  # 1
        "",  # 2
        "Members of the Board:",  # 3
        "Jane Doe (JD) / Chair / Cabinet Member for Housing, Planning and Regeneration",  # 4
        "John Roe (JRo) / Vice Chair / Service Manager, Youth Justice",  # 5
        "Ann Poe (AP) / Director of Place / Westvale City Council",  # 6
        "",  # 7
        "1. Welcome",  # 8
    )
    group = "Westvale Regeneration Board"
    assert pairs(f, Rel.CHAIR) == {("Jane Doe", group)}
    assert pairs(f, Rel.VICE_CHAIR) == {("John Roe", group)}
    assert {(c.subject.name, c.object.name, c.role) for c in claims(f, Rel.MEMBER)} == {
        ("Jane Doe", group, "chair"),
        ("John Roe", group, "vice_chair"),
        ("Ann Poe", group, None),
    }
    # a field after a comma belongs to the post ("for Housing, Planning and Regeneration")
    assert pairs(f, Rel.HOLDS) == {
        ("Jane Doe", "Cabinet Member for Housing, Planning and Regeneration"),
        ("John Roe", "Service Manager, Youth Justice"),
        ("Ann Poe", "Director of Place"),
    }
    # the person's own initials are no body; the field is no body either
    assert pairs(f, Rel.WORKS_FOR) == {("Ann Poe", "Westvale City Council")}
    at(f, one(claims(f, Rel.HOLDS, subject="Jane Doe")), (4, 4))
    at(f, one(claims(f, Rel.VICE_CHAIR)), (5, 5))
    at(f, one(claims(f, Rel.WORKS_FOR)), (6, 6))


def test_signature_block_name_and_post_on_one_line_body_after_a_blank_line():
    f = run(
        "Foreword",  # 1
        "",  # 2
        "We are proud of what the partnership has achieved in Exampleton over the last year "
        "and of the work that our partners have done together.",  # 3
        "",  # 4
        "Jane Doe,Chief Executive,",  # 5
        "",  # 6
        "Exampleton Council",  # 7
    )
    assert pairs(f, Rel.HOLDS) == {("Jane Doe", "Chief Executive")}
    works = one(claims(f, Rel.WORKS_FOR))
    assert (works.subject.name, works.object.name, works.object.kind) == (
        "Jane Doe",
        "Exampleton Council",
        Kind.ORGANISATION,
    )
    at(f, works, (5, 7))
    for c in claims(f, Rel.HOLDS):
        assert quoted(f, c) and lines_of(c)[0] == 5
    assert not claims(f, Rel.MEMBER)
    assert not claims(f, Rel.CHAIR)


def test_the_press_writes_posts_in_lower_case_before_names_and_a_places_post_with_its_possessive():
    """News copy: 'economic development service manager Jane Doe said', 'Council leader John Roe praised',
    'Planning committee chairman Ann Poe said' (the committee's chair), 'Councillor Sam Loe, Westby's Cabinet
    Member for Housing said:' (the post, not the place's name or the verb); 'But the manager Kim Moe' is no
    post (one word)."""
    f = run(
        "Grants approved by councillors",  # 1
        "",  # 2
        "But economic development service manager Jane Doe said officers were active in the community.",  # 3
        "",  # 4
        "Council leader John Roe praised the progress made on enforcement cases.",  # 5
        "",  # 6
        "Planning committee chairman Ann Poe said it was very quiet.",  # 7
        "",  # 8
        "Councillor Sam Loe, Westby’s Cabinet Member for Housing said:",  # 9
        "",  # 10
        "But the manager Kim Moe said nothing more.",  # 11
    )
    assert pairs(f, Rel.HOLDS) == {
        ("Jane Doe", "Economic Development Service Manager"),
        ("John Roe", "Council Leader"),
        ("Councillor Sam Loe", "Cabinet Member for Housing"),
        ("Ann Poe", "Chairman"),
    }
    assert pairs(f, Rel.CHAIR) == {("Ann Poe", "Planning Committee")}
    assert not pairs(f, Rel.WORKS_FOR)
    at(f, one(claims(f, Rel.HOLDS, subject="Jane Doe")), (3, 3))


def test_prose_posts_before_names_rank_as_post_and_chair_of_a_named_group():
    f = run(
        "Minutes of the Northshire Scrutiny Committee",  # 1
        "",  # 2
        "The Committee welcomed the Head of Housing, Northshire Council, Jane Doe, "
        "who presented the report on homelessness in the county.",  # 3
        "",  # 4
        "Police and Crime Commissioner John Roe said: the plan has been agreed by all partners.",  # 5
        "",  # 6
        "The item was introduced by Superintendent Ann Poe (Chair of the Safer Westvale Partnership) "
        "who thanked partners.",  # 7
    )
    assert pairs(f, Rel.HOLDS) == {
        ("Jane Doe", "Head of Housing"),
        ("John Roe", "Police and Crime Commissioner"),
        ("Superintendent Ann Poe", "Superintendent"),
    }
    assert one(claims(f, Rel.HOLDS, subject="John Roe")).object.kind is Kind.POST
    assert pairs(f, Rel.WORKS_FOR) == {("Jane Doe", "Northshire Council")}
    chair = one(claims(f, Rel.CHAIR))
    assert (chair.subject.name, chair.object.name, chair.object.kind) == (
        "Superintendent Ann Poe",
        "Safer Westvale Partnership",
        Kind.PARTNERSHIP,
    )
    at(f, one(claims(f, Rel.HOLDS, subject="Jane Doe")), (3, 3))
    at(f, one(claims(f, Rel.WORKS_FOR, subject="Jane Doe")), (3, 3))
    at(f, one(claims(f, Rel.HOLDS, subject="John Roe")), (5, 5))
    at(f, chair, (7, 7))
    # prose names no one a member of the committee
    assert not claims(f, Rel.MEMBER)


def test_sentence_opening_a_bullet_list_of_bodies_makes_them_members_of_its_board():
    f = run(
        "Westvale Joint Strategic Needs Assessment",  # 1
        "",  # 2
        "The current members of the Westvale Health and Wellbeing Board include:",  # 3
        "",  # 4
        "• Westvale City Council (including Public Health and Social Services)",  # 5
        "• Westvale Clinical Commissioning Group (CCG) – responsible for commissioning local health services",  # 6
        "• Voluntary Sector organisations.",  # 7
        "",  # 8
        "The Board meets four times a year and publishes its minutes on the council's website for residents.",  # 9
    )
    board = "Westvale Health and Wellbeing Board"
    members = {c.subject.name: c for c in claims(f, Rel.MEMBER, obj=board)}
    for name in (
        "Westvale City Council",
        "Westvale Clinical Commissioning Group",
        "Voluntary Sector organisations",
    ):
        assert name in members, (name, sorted(members))
    assert members["Westvale City Council"].subject.kind is Kind.ORGANISATION
    assert members["Voluntary Sector organisations"].object.kind is Kind.GROUP
    at(f, members["Westvale City Council"], (5, 5))
    at(f, members["Voluntary Sector organisations"], (7, 7))
    ccg = members["Westvale Clinical Commissioning Group"]
    assert lines_of(ccg)[1] == 6 and quoted(f, ccg)
    assert not claims(f, Rel.MEMBER, subject="Voluntary Sector organisations.")
    assert not claims(f, Rel.HOLDS)
    assert not any(c.subject.kind is Kind.PERSON for c in f.claims)


def test_list_written_without_blank_lines_ends_at_the_first_blank_line():
    f = run(
        "Minutes of the Exampleton Community Safety Partnership",  # 1
        "",  # 2
        "Present:",  # 3
        "Jane Doe - Chief Executive, Exampleton Borough Council",  # 4
        "John Roe - Head of Housing, Northshire County Council",  # 5
        "Ann Poe - Westvale Police",  # 6
        "",  # 7
        "Mary Lowe - Director of Public Health, Westvale City Council",  # 8
    )
    group = "Exampleton Community Safety Partnership"
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj=group)} == {"Jane Doe", "John Roe", "Ann Poe"}
    assert not claims(f, Rel.MEMBER, subject="Mary Lowe")
    at(f, one(claims(f, Rel.MEMBER, subject="Ann Poe")), (6, 6))
    # the line after the blank is still read as a person with a post and a body
    at(f, one(claims(f, Rel.HOLDS, subject="Mary Lowe")), (8, 8))
    assert ("Mary Lowe", "Westvale City Council") in pairs(f, Rel.WORKS_FOR)
    assert ("John Roe", "Head of Housing") in pairs(f, Rel.HOLDS)


def test_list_line_with_a_given_name_no_name_list_knows_is_still_a_person():
    assert not people_in("Nici Evans (NE) / Nurse Practitioner, Westvale UHB")  # the name lists lack "Nici"
    f = run(
        "Westvale Primary Care Group",  # 1
        "",  # 2
        "Present:",  # 3
        "Jane Doe (JD) / Practice Manager, Westvale Surgery",  # 4
        "Nici Evans (NE) / Nurse Practitioner, Westvale UHB",  # 5
        "",  # 6
        "1. Welcome",  # 7
    )
    member = one(claims(f, Rel.MEMBER, subject="Nici Evans"))
    assert (member.subject.kind, member.object.name) == (Kind.PERSON, "Westvale Primary Care Group")
    assert pairs(f, Rel.HOLDS) >= {("Nici Evans", "Nurse Practitioner")}
    assert ("Nici Evans", "Westvale UHB") in pairs(f, Rel.WORKS_FOR)
    assert not {name for name, body in pairs(f, Rel.WORKS_FOR) if body in {"NE", "JD"}}
    at(f, member, (5, 5))
    at(f, one(claims(f, Rel.HOLDS, subject="Nici Evans")), (5, 5))
    assert {c.subject.name for c in claims(f, Rel.MEMBER)} == {"Jane Doe", "Nici Evans"}


def test_long_lines_without_spaces_or_without_punctuation_pass_through():
    words = " ".join(("word", "Jane", "Doe", "Council", "of", "Chair")[i % 6] for i in range(20_000))
    f = run("Exampleton Safer Partnership", "", "Members: " + words, "", words)
    assert isinstance(f, DocumentFacts)
    assert all(quoted(f, c) for c in f.claims if c.method.startswith("people."))
    # a 200,000-character word: the people-list reader and the recognisers still finish
    caps = "A" * 200_000
    signed = f"Jane Doe, Head of Housing, {caps}"  # 5
    for text in (f"Present: {caps}", caps, f"• {caps}"):
        ctx = Context(Document(DOC, doc("Exampleton Safer Partnership", "", text, "", signed)))
        holds = [c for c in people_lists(ctx) if isinstance(c, Claim) and c.rel is Rel.HOLDS]
        assert {(c.subject.name, c.object.name) for c in holds} == {("Jane Doe", "Head of Housing")}
        assert all(lines_of(c) == (5, 5) and c.evidence.quote in signed for c in holds)
    assert not people_in(caps)
    assert split_parts(caps) == [(0, len(caps), caps)]
    assert head_kind(caps) is None and unknown_person(caps) is None
    assert [p.name for p in people_in(words)] == ["Jane Doe"] * words.count("Jane Doe")
    assert len(split_parts(words)) == 1
    assert part_type(words) is None and unknown_person(words) is None


# ---------------------------------------------------------------- typed mentions on their own


def names(text: str) -> list[str]:
    return [p.name for p in people_in(text)]


def test_people_in_run_on_line_each_person_starts_after_the_posts_before():
    text = "Jane Doe Chief Executive John Roe Head of Housing Mrs K Brown Service Manager"
    found = people_in(text)
    assert [p.name for p in found] == ["Jane Doe", "John Roe", "Mrs K Brown"]
    assert all(text[p.start : p.end] == p.text for p in found)
    assert [p.start for p in found] == [0, text.index("John"), text.index("Mrs")]


def test_people_in_comma_separated_people_and_bodies():
    text = "Jane Doe, Exampleton Borough Council, Dr Ann Roe, Northshire Police"
    assert names(text) == ["Jane Doe", "Dr Ann Roe"]
    assert [p.title for p in people_in(text)] == ["", "Dr"]


def test_people_in_usual_titles_stay_in_the_name_ranks_go():
    cllr = one(people_in("Cllr Jane Doe"))
    assert (cllr.name, cllr.title) == ("Cllr Jane Doe", "Cllr")
    # a title and a surname alone keep the title
    assert names("Councillor Wright") == ["Councillor Wright"]
    ranks = people_in("Chief Inspector Mark Hill and C.I. Ann Poe attended")
    assert [(p.text, p.name, p.title) for p in ranks] == [
        ("Chief Inspector Mark Hill", "Mark Hill", "Chief Inspector"),
        ("C.I. Ann Poe", "Ann Poe", "C.I."),
    ]
    dotted = people_in("Ch. Supt Ak Khan, Supt. Ann Poe")
    assert [(p.name, p.title) for p in dotted] == [("Ak Khan", "Ch. Supt"), ("Ann Poe", "Supt.")]


def test_people_in_initials_middle_initials_hyphens_and_post_nominals():
    assert names("J. R. Smith") == ["J. R. Smith"]
    assert names("Mrs K Brown") == ["Mrs K Brown"]
    assert names("Jane A. Doe") == ["Jane A. Doe"]
    assert names("Mary-Jane Lowe") == ["Mary-Jane Lowe"]
    assert names("Anti-Social Behaviour Tactical Group") == []  # a given name before a hyphen, no name after
    assert names("Sinead Kelly, Chidi Okafor") == ["Sinead Kelly", "Chidi Okafor"]  # unaccented; data's names
    obe = one(people_in("Jane Doe OBE, Chair"))
    assert (obe.name, obe.end) == ("Jane Doe", len("Jane Doe"))


def test_people_in_no_person_inside_a_body_or_post_name():
    assert not people_in("Commissioner for Exampleton")
    assert not people_in("Exampleton Borough Council")
    assert not people_in("Head of Community Safety")


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Ch. Supt", "Chief Superintendent"),
        ("Supt", "Superintendent"),
        ("Superintendent", "Superintendent"),
        ("C.I.", "Chief Inspector"),
        ("DCI", "Detective Chief Inspector"),
        ("Chief Inspector", "Chief Inspector"),
        ("Chief Constable", "Chief Constable"),
        ("Mrs", None),
        ("Cllr", None),
    ],
)
def test_rank_written_as_a_title_is_a_post(title, post):
    assert rank_post(title) == post


def test_split_parts_every_separator_and_offsets_back_into_the_text():
    text = "Jane Doe - Exampleton Borough Council | Chair / Vice Chair;Westvale Police"
    parts = split_parts(text)
    assert [p for _, _, p in parts] == [
        "Jane Doe",
        "Exampleton Borough Council",
        "Chair",
        "Vice Chair",
        "Westvale Police",
    ]
    assert all(text[a:b].strip() == p for a, b, p in parts)
    assert [p for _, _, p in split_parts("Head of Housing, Exampleton Council (Chair)")] == [
        "Head of Housing",
        "Exampleton Council",
        "Chair",
    ]
    assert [p for _, _, p in split_parts("Jane Doe          Head of Housing   (Exampleton BC)")] == [
        "Jane Doe",
        "Head of Housing",
        "Exampleton BC",
    ]
    assert [p for _, _, p in split_parts("Ann Poe\tDirector\tWestvale: Police")] == [
        "Ann Poe",
        "Director",
        "Westvale",
        "Police",
    ]
    # a hyphen inside a word is no separator
    assert [p for _, _, p in split_parts("Anti-social Behaviour Co-ordinator")] == [
        "Anti-social Behaviour Co-ordinator"
    ]


@pytest.mark.parametrize(
    ("part", "kind"),
    [
        ("Head of Housing", "post"),
        ("Chief Executive", "post"),
        ("Director of Public Health", "post"),
        ("Cabinet Member for Housing", "post"),
        ("Business Manager Community Safety", "post"),
        ("Police and Crime Commissioner", "post"),
        ("Curator", "post"),
        ("Senior Archivist", "post"),
        ("CEO", "post"),
        ("Exampleton Borough Council", "organisation"),
        ("Northshire Police", "organisation"),
        ("Westvale Clinical Commissioning Group", "organisation"),
        ("Westvale Health and Wellbeing Board", "organisation"),
        ("Safer Westvale Partnership", "organisation"),
        ("Office of the Police and Crime Commissioner", "organisation"),
        ("Chair", "role"),
        ("Vice-Chair", "role"),
        ("CSP Chairman", "role"),
        ("Chair of the Safer Westvale Partnership", "role"),
        ("Jane Doe", "person"),
        ("Cllr Jane Doe", "person"),
        ("Youth Justice", None),
        ("planning and housing", None),
    ],
)
def test_part_type_of_posts_bodies_roles_and_people(part, kind):
    assert part_type(part) == kind


def test_role_of_names_the_role_and_the_group_it_is_of():
    assert role_of("Chair") == ("chair", None)
    assert role_of("Deputy Chair") == ("vice_chair", None)
    assert role_of("Partnership Chairman") == ("chair", None)
    assert role_of("Chair of the Safer Westvale Partnership") == ("chair", "Safer Westvale Partnership")
    assert role_of("Head of Housing") is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Westvale Clinical Commissioning Group", Kind.ORGANISATION),
        ("Westvale Clinical Commissioning Group (CCG)", Kind.ORGANISATION),
        ("Westvale Housing Group", Kind.ORGANISATION),
        ("Westvale University Health Board", Kind.ORGANISATION),
        ("Northshire Fire and Rescue Service", Kind.ORGANISATION),
        ("Westvale Youth Offending Team", Kind.ORGANISATION),
        ("Metropolitan Borough of Exampleton", Kind.ORGANISATION),
        ("Westvale Domestic Abuse Group", Kind.GROUP),
        ("Exampleton Safeguarding Team", Kind.GROUP),
        ("Safer Westvale Partnership", Kind.PARTNERSHIP),
        ("Exampleton Youth Service", Kind.SERVICE),
        ("the weather today", None),
    ],
)
def test_head_kind_org_endings_before_head_words(name, kind):
    assert head_kind(name) is kind


def test_unknown_person_two_or_three_capitalised_words_that_name_nothing_else():
    nici = unknown_person("Nici Evans")
    assert nici is not None and (nici.name, nici.start, nici.end) == ("Nici Evans", 0, 10)
    assert unknown_person("Zorblat Quenby") is not None
    assert unknown_person("Nici Evans Smith") is not None
    for part in (
        "Nici",
        "Nici Evans Smith Jones",
        "nici evans",
        "Westvale Police",
        "Service Manager",
        "Chair Person",
    ):
        assert unknown_person(part) is None, part


def test_a_place_that_could_be_a_name_before_the_words_of_a_body_is_no_person():
    assert [p.name for p in people_in("Dr Ana Shah, Calder Moor Integrated Care Board")] == ["Dr Ana Shah"]
    assert people_in("Calder Moor County Council") == ()
    assert [p.name for p in people_in("Jane Doe Exampleshire County Council")] == ["Jane Doe"]


def test_a_present_list_running_on_over_lines_in_the_minutes_of_a_meeting_of_a_board():
    text = (
        "MINUTES OF A MEETING OF THE KELBY COMMUNITY SAFETY PARTNERSHIP",
        "",
        "Present: Councillor Ruth Amos (Chair), Kelby District Council; Superintendent Ian Cole,",
        "Kelshire Police; Sarah Lyle, Kelshire Probation Service.",
        "",
        "1. Welcome",
    )
    f = run(*text)
    board = "Kelby Community Safety Partnership"
    assert {p for p, g in pairs(f, Rel.MEMBER) if g == board} == {
        "Councillor Ruth Amos",
        "Superintendent Ian Cole",
        "Sarah Lyle",
    }
    assert pairs(f, Rel.WORKS_FOR) >= {
        ("Superintendent Ian Cole", "Kelshire Police"),
        ("Sarah Lyle", "Kelshire Probation Service"),
    }
    assert lines_of(one(claims(f, Rel.MEMBER, subject="Sarah Lyle"))) == (4, 4)
    assert lines_of(one(claims(f, Rel.MEMBER, subject="Superintendent Ian Cole"))) == (3, 4)
    assert all(quote_found(doc(*text), c.evidence) for c in f.claims)


def test_an_office_of_a_commissioner_is_a_body_and_a_designated_doctor_a_post():
    assert part_type("Kelshire Office of the Police and Crime Commissioner") == "organisation"
    assert part_type("Police and Crime Commissioner for Kelshire") == "post"
    assert part_type("Designated Doctor") == "post"
    f = run(
        "Kelby Safeguarding Children Partnership",
        "Executive Group - Minutes - 14 June 2023",
        "",
        "Attendees",
        "",
        "Sarah Quinn (Chair)",
        "Director of Children's Services, Kelby Council",
        "",
        "Dr Hannah Lee",
        "Designated Doctor, Kelby Integrated Care Board",
        "",
        "Also in attendance:",
        "Amy Ford, Kelshire Office of the Police and Crime Commissioner",
    )
    assert pairs(f, Rel.HOLDS) >= {("Dr Hannah Lee", "Designated Doctor")}
    assert ("Amy Ford", "Kelshire Office of the Police and Crime Commissioner") in pairs(f, Rel.WORKS_FOR)
    assert "Designated Doctor" not in {m for m, _ in pairs(f, Rel.MEMBER)}


def test_councillors_by_surname_in_the_minutes_of_a_partnership_and_a_body_in_brackets_on_the_next_line():
    f = run(
        "MINUTES OF THE KELBY COMMUNITY SAFETY PARTNERSHIP",
        "",
        "Members present: Councillors Smith (Chair), Jones and Patel; Mr T Brown (Kelby CVS); Inspector K Lee",
        "(Kelshire Police).",
    )
    board = "Kelby Community Safety Partnership"
    assert {p for p, g in pairs(f, Rel.MEMBER) if norm_name(g) == norm_name(board)} >= {
        "Councillor Smith",
        "Councillor Jones",
        "Inspector K Lee",
    }
    assert ("Inspector K Lee", "Kelshire Police") in pairs(f, Rel.WORKS_FOR)


def test_a_meeting_attended_by_representatives_of_bodies():
    f = run(
        "Kelby Safer Communities Partnership Executive",
        "",
        "The meeting was attended by representatives of Kelby District Council, Kelshire Police and Kelby Homes.",
    )
    assert {m for m, _ in pairs(f, Rel.MEMBER)} == {
        "Kelby District Council",
        "Kelshire Police",
        "Kelby Homes",
    }


def test_a_role_column_before_the_name_is_the_role_in_the_meeting_not_in_the_employer():
    f = run(
        "KELBY COMMUNITY SAFETY PARTNERSHIP BOARD",
        "",
        "ATTENDANCE",
        "",
        "Chair                   Cllr Sean Doyle             Kelby Borough Council",
        "Vice Chair              Supt Amanda Reeve           Kelshire Police",
        "Member                  Carl Haynes                 Kelshire Fire and Rescue Service",
        "",
        "Tom Gale - Chair, Healthwatch Kelby",
    )
    board = "Kelby Community Safety Partnership Board"
    assert pairs(f, Rel.CHAIR) >= {("Cllr Sean Doyle", board), ("Tom Gale", "Healthwatch Kelby")}
    assert ("Cllr Sean Doyle", "Kelby Borough Council") not in pairs(f, Rel.CHAIR)
    assert ("Cllr Sean Doyle", "Kelby Borough Council") in pairs(f, Rel.WORKS_FOR)


def test_signatories_of_a_partnerships_agreement_sign_for_its_member_bodies():
    text = (
        "Kelby Partnership Single Outcome Agreement 2009-12",
        "",
        "Foreword",
        "Collaborative working is crucial for the future delivery of national as well as local objectives.",
        "",
        "Tom Aird,Chief Executive,",
        "",
        "The City of Kelby Council",
        "",
        "Shona Allan,Director,",
        "",
        "Kelby Voluntary Organisations' Council",
        "",
        "Brian Alloway,Chief Fire Officer,",
        "",
        "Kelshire Fire and Rescue Service",
    )
    f = run(*text)
    assert {b for b, g in pairs(f, Rel.MEMBER) if g == "Kelby Partnership"} == {
        "City of Kelby Council",
        "Kelby Voluntary Organisations' Council",
        "Kelshire Fire and Rescue Service",
    }
    assert all(quote_found(doc(*text), c.evidence) for c in f.claims)
    contact = run(
        "Kelby Partnership",
        "",
        "Contact: Tom Aird, Chief Executive, The City of Kelby Council",
    )
    assert not pairs(contact, Rel.MEMBER)


def test_a_body_a_person_represents_after_their_post_and_employer():
    f = run(
        "Kelby Health and Wellbeing Board",
        "",
        "Jo Jeffs Chief Officer, Citizens Advice Kelby, representing KVCSA declared a pecuniary interest.",
    )
    assert pairs(f, Rel.WORKS_FOR) == {("Jo Jeffs", "Citizens Advice Kelby"), ("Jo Jeffs", "KVCSA")}


def test_a_post_cut_at_a_line_end_by_one_reader_and_read_whole_by_another_is_one_post():
    f = run(
        "Kelby Partnership Single Outcome Agreement",
        "",
        "Sinead Gray, Regional Director for Kelby and East",
        "",
        "Central Kelshire, VisitKelby",
    )
    assert {p for _, p in pairs(f, Rel.HOLDS)} == {"Regional Director for Kelby and East, Central Kelshire"}


def test_a_police_command_after_a_rank_is_a_unit_not_part_of_the_post():
    f = run(
        "Kelby Policy and Procedures Group",
        "",
        "Chair: Chris Raby, Detective Inspector, Protection Vulnerable People Command, Kelshire Police",
    )
    assert {p for _, p in pairs(f, Rel.HOLDS)} == {"Detective Inspector"}
    assert ("Chris Raby", "Kelshire Police") in pairs(f, Rel.WORKS_FOR)


def test_members_label_after_the_groups_initials_cells_set_apart_by_spaces():
    """'EPB Members' over 'Name      Chair BODY' lines: the board's initials before the label; a role run
    into the body's initials; the board is named by its meeting heading ('X Board Meeting')."""
    f = run(
        "Exampleton Protection Board Meeting",  # 1
        "Monday, 3rd March 2025, 10 am",  # 2
        "",  # 3
        "EPB Members",  # 4
        "",  # 5
        "Jane Doe                  Chair NPS",  # 6
        "John Roe                  WFRS",  # 7
        "Ann Poe                   Lay Adviser",  # 8
        "",  # 9
        "In Attendance",  # 10
        "",  # 11
        "Sam Loe NPS,        Chair of Housing and Support Sub-group",  # 12
        "",  # 13
        "1. Welcome",  # 14
        "The Chair welcomed everyone to the meeting.",  # 15
    )
    board = "Exampleton Protection Board"
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj=board)} == {"Jane Doe", "John Roe", "Ann Poe"}
    chair = one(claims(f, Rel.CHAIR, obj=board))
    assert chair.subject.name == "Jane Doe"
    at(f, chair, (6, 6))
    assert ("Jane Doe", "NPS") in pairs(f, Rel.WORKS_FOR)
    assert ("Ann Poe", "Lay Adviser") in pairs(f, Rel.HOLDS)
    # the chair of a sub-group named by its subject alone, at the board's meeting: the board's sub-group
    sub = one(claims(f, Rel.SUBGROUP_OF, subject="Housing and Support Sub-group"))
    assert sub.object.name == board
    at(f, sub, (12, 12))
    assert ("Sam Loe", "Housing and Support Sub-group") in pairs(f, Rel.CHAIR)


def test_a_subgroup_named_with_another_body_is_not_taken_for_the_meetings():
    f = run(
        "Exampleton Protection Board Meeting",  # 1
        "",  # 2
        "In Attendance",  # 3
        "",  # 4
        "Sam Loe NPS,        Chair of the Northshire Partnership Housing Sub-group",  # 5
    )
    assert not claims(f, Rel.SUBGROUP_OF, obj="Exampleton Protection Board")


def test_a_whole_minutes_page_run_into_one_line_takes_its_group_from_the_lines_start():
    """A PDF's text layer that lost every line break: the title opens the line, the labels follow."""
    f = run(
        "Agenda Item 3 EXAMPLETON PARTNERSHIP Minutes of the Board Meeting held on Monday, 3 March, 2025 "
        "in the Council House In Attendance: Core Members: Councillor Jane Doe (Chair) Akshay Roe – Westvale "
        "Housing Group Ann Poe – Northshire Police Support Team: Sam Loe – Exampleton Partnership "
        "1 Welcome The Chairman welcomed all present."
    )
    group = "Exampleton Partnership"
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj=group)} == {
        "Councillor Jane Doe",
        "Akshay Roe",
        "Ann Poe",
    }  # the support team's officer is no member
    assert one(claims(f, Rel.CHAIR, obj=group)).subject.name == "Councillor Jane Doe"
    assert ("Akshay Roe", "Westvale Housing Group") in pairs(f, Rel.WORKS_FOR)


def test_an_unlabelled_attendance_opening_minutes_with_an_initials_column():
    """Minutes that open with the attendance and no label, each line 'JD Jane Doe (Body)': the people are
    members of the group the minutes name most; the initials are theirs, not a body."""
    f = run(
        "Tuesday 4 March 2025 – 2.00pm",  # 1
        "MS Teams virtual meeting",  # 2
        "JD Cllr. Jane Doe (Chair)",  # 3
        "JR John Roe (Westvale DC)",  # 4
        "AP Ann Poe (Northshire Police)",  # 5
        "SL Sam Loe (Crimestoppers)",  # 6
        "Kim Moe (Probation Service)",  # 7
        "JD welcomed everyone to the meeting.",  # 8
        "ACTION: JR to publish the plan on the Safer Westvale Partnership and Joint Action Group webpage.",  # 9
        "The Safer Westvale Partnership agreed its priorities.",  # 10
    )
    group = "Safer Westvale Partnership"
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj=group)} == {
        "Jane Doe",
        "John Roe",
        "Ann Poe",
        "Sam Loe",
        "Kim Moe",
    }
    assert one(claims(f, Rel.CHAIR, obj=group)).subject.name == "Jane Doe"
    assert pairs(f, Rel.WORKS_FOR) >= {("John Roe", "Westvale DC"), ("Sam Loe", "Crimestoppers")}
    assert not {o for s, o in pairs(f, Rel.WORKS_FOR) if o in {"JD", "JR", "AP", "SL"}}


def test_an_unlabelled_name_and_body_table_under_a_running_header_with_the_partnerships_letters():
    """Notes whose only name for the group is its letters in the page's running header ('WXCSP': a place's
    letters before 'CSP'): the people in the unlabelled name/body table are its members, '(Chairman)' its
    chair."""
    f = run(
        "     12.03.2024                                     WXCSP",  # 1
        "",
        "     Notes of the proceedings at a meeting of the Partnership held at the Town Hall.",  # 3
        "",
        "     Name                              Organisation",  # 5
        "",
        "     Jane Doe                          Westvale District Council",  # 7
        "     John Roe                          Northshire Police",  # 8
        "     Ann Poe (Chairman)                Westvale District Council",  # 9
        "     Sam Loe                           Northshire Probation Trust",  # 10
        "",
        "     Councillor Kim Moe presented a report on the new plan.",  # 12
    )
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj="WXCSP")} >= {
        "Jane Doe",
        "John Roe",
        "Ann Poe",
        "Sam Loe",
    }
    assert one(claims(f, Rel.CHAIR, obj="WXCSP")).subject.name == "Ann Poe"


def test_a_seat_delegated_to_another_person_gives_each_their_own_post_and_body():
    """'X, Chief Constable, delegated to Y, Chief Superintendent, Z Police': Y's post and body are Y's; a body
    named for places written as a list keeps its commas."""
    f = run(
        "About the partnership",  # 1
        "For Exampleton the safeguarding partners are:",  # 2
        "- Jane Doe, Chief Executive of Exampleton County Council;",  # 3
        "- John Roe, Interim Chief Executive, delegated to Ann Poe, Chief Nursing Officer, Integrated Care "
        "Board Northshire, Westshire, and Eastshire Central;",  # 4
        "- Sam Loe, Chief Constable, delegated to Kim Moe, Chief Superintendent, Northshire Police",  # 5
    )
    assert pairs(f, Rel.HOLDS) >= {
        ("John Roe", "Interim Chief Executive"),
        ("Ann Poe", "Chief Nursing Officer"),
        ("Sam Loe", "Chief Constable"),
        ("Kim Moe", "Chief Superintendent"),
    }
    assert ("Ann Poe", "Integrated Care Board Northshire, Westshire, and Eastshire Central") in pairs(
        f, Rel.WORKS_FOR
    )
    assert ("Kim Moe", "Northshire Police") in pairs(f, Rel.WORKS_FOR)
    assert not {
        (p, o)
        for p, o in pairs(f, Rel.HOLDS) | pairs(f, Rel.WORKS_FOR)
        if p in {"John Roe", "Sam Loe"}
        and o in {"Chief Nursing Officer", "Chief Superintendent", "Northshire Police"}
    }


def test_people_introduced_in_one_sentence_with_posts_run_into_their_bodies():
    """'X, Chief Inspector Northshire Police, Y, Assistant Chief Executive Westshire Probation, Z, Manager,
    W Coordinator': each post apart from its body, each person's words their own."""
    f = run(
        "Minutes",
        "",
        "The Chief Executive introduced Sam Loe, Chief Inspector Northshire Police, Ann Poe, Assistant Chief "
        "Executive Westshire Probation, Kim Moe, Interim Public Protection Manager, Jane Doe Domestic Abuse "
        "Coordinator, and John Roe, Leader of Kelby County Borough Council.",
    )
    assert pairs(f, Rel.HOLDS) >= {
        ("Sam Loe", "Chief Inspector"),
        ("Ann Poe", "Assistant Chief Executive"),
        ("Kim Moe", "Interim Public Protection Manager"),
        ("Jane Doe", "Domestic Abuse Coordinator"),
    }
    assert pairs(f, Rel.WORKS_FOR) >= {("Sam Loe", "Northshire Police"), ("Ann Poe", "Westshire Probation")}
    assert ("John Roe", "Kelby County Borough Council") in pairs(f, Rel.WORKS_FOR)
    assert ("Kim Moe", "Jane Doe Domestic Abuse Coordinator") not in pairs(f, Rel.HOLDS)


def test_the_chair_named_on_a_line_of_its_own_and_two_posts_joined_by_and():
    f = run(
        "Exampleton Community Planning Partnership Board",  # 1
        "",  # 2
        "Present:",  # 3
        "",  # 4
        "Representing Northshire Police (NP):",  # 5
        "Ch Supt G Doe",  # 6
        "",  # 7
        "Representing the Scottish Government (SG):",  # 8
        "Dr D Roe",  # 9
        "",  # 10
        "Ch Supt G Doe in the Chair",  # 11
        "",  # 12
        "Dr D Roe, Location Director for Exampleton and Head of Local Government, Scottish Government, gave an update.",  # 13
    )
    assert ("G Doe", "Exampleton Community Planning Partnership Board") in pairs(f, Rel.CHAIR)
    assert pairs(f, Rel.HOLDS) >= {
        ("Dr D Roe", "Location Director for Exampleton"),
        ("Dr D Roe", "Head of Local Government"),
    }


def test_a_membership_word_after_a_name_is_not_its_surname():
    assert [
        p.name for p in people_in("Mr John Roe Co-opted Independent Member Air Commodore Sam Loe Co-opted")
    ] == [
        "Mr John Roe",
        "Sam Loe",
    ]


def test_a_heading_naming_the_chair_of_a_board_over_a_line_naming_one_person():
    f = run(
        "Westby Safeguarding Adults Board",  # 1
        "Who is part of the Safeguarding Adults Board?",  # 2
        "The Chair of the Westby Safeguarding Adults Board",  # 3
        "Sir John Roe CBE",  # 4
        "The Independent Chair of the Board has led it since 2019.",  # 5
    )
    chair = one(claims(f, Rel.CHAIR))
    assert (chair.subject.name, chair.object.name) == ("Sir John Roe", "Westby Safeguarding Adults Board")
    at(f, chair, (3, 4))


def test_bodies_labelling_the_names_after_them_in_one_list():
    f = run(
        "Joint Community Safety Scrutiny Committee",  # 1
        "17 January 2025",  # 2
        "Officers in attendance: Westby District Council: John Roe, Ann Poe, and Sarah Loe Eastby & Northby "
        "Borough Council: Kim Moe and Jane Doe",  # 3
    )
    assert pairs(f, Rel.WORKS_FOR) == {
        ("John Roe", "Westby District Council"),
        ("Ann Poe", "Westby District Council"),
        ("Sarah Loe", "Westby District Council"),
        ("Kim Moe", "Eastby & Northby Borough Council"),
        ("Jane Doe", "Eastby & Northby Borough Council"),
    }
    assert all(quoted(f, c) for c in f.claims)


def test_a_depute_chair_appointed_to_the_role_and_a_page_menu_with_an_attendance_link():
    f = run(
        "Community Planning Board",  # 1
        "13 Sep 2024",  # 2
        "  • Documents",  # 3
        "  • Attendance",  # 4
        "  • Visitors",  # 5
        "  • Declarations of Interests",  # 6
        "",  # 7
        "Councillor Roe was appointed as Chair of the Board.",  # 8
        "As there was no one otherwise minded Chief Superintendent Doe was appointed to the role of Depute Chair.",  # 9
    )
    assert ("Chief Superintendent Doe", "Community Planning Board") in pairs(f, Rel.VICE_CHAIR)
    assert not {s for s, _ in pairs(f, Rel.MEMBER) if s in {"Visitors", "Declarations of Interests"}}


def test_apologies_in_minutes_whose_headings_name_no_group_are_sent_to_the_group_named_most():
    f = run(
        "Agenda and minutes",  # 1
        "",  # 2
        "Apologies and Substitutes",  # 3
        "",  # 4
        "Apologies had been received from Jane Doe, John Roe and Ann Poe.",  # 5
        "",  # 6
        "Minutes of the Previous Meeting",  # 7
        "",  # 8
        "The Westby Health and Wellbeing Board agreed the minutes.",  # 9
        "The Westby Health and Wellbeing Board noted the report.",  # 10
    )
    got = {(c.subject.name, c.role) for c in claims(f, Rel.MEMBER, obj="Westby Health and Wellbeing Board")}
    assert got == {("Jane Doe", "apologies"), ("John Roe", "apologies"), ("Ann Poe", "apologies")}


def test_who_proposes_or_seconds_a_motion_in_a_groups_minutes_is_a_member():
    f = run(
        "Westby Health and Wellbeing Board - Wednesday, 23rd September, 2025",  # 1
        "",  # 2
        "It was proposed by Cllr Jane Doe and seconded by John Roe that Cllr Ann Poe be elected Chairman.",  # 3
    )
    board = "Westby Health and Wellbeing Board"
    assert {s for s, o in pairs(f, Rel.MEMBER) if o == board} == {"Cllr Jane Doe", "John Roe", "Cllr Ann Poe"}
    assert ("Cllr Ann Poe", board) in pairs(f, Rel.CHAIR)


def test_a_post_for_the_named_body_of_a_gazetteer_is_post_and_body():
    f = run(
        "Minutes",
        "",
        "The Chair advised that Jane Doe, the Strategic Manager for the Youth Offending Service had recently "
        "retired. John Roe, Head of Youth Justice Service, gave the update.",
    )
    assert ("Jane Doe", "Strategic Manager") in pairs(f, Rel.HOLDS)
    assert ("Jane Doe", "Youth Offending Service") in pairs(f, Rel.WORKS_FOR)
    assert ("John Roe", "Head of Youth Justice Service") in pairs(f, Rel.HOLDS)


def test_a_name_the_name_lists_lack_between_bracketed_entries_is_a_person():
    f = run(
        "Safer Westby Partnership Minutes",
        "",
        "Present:",
        "Jane Doe (Chairman), John Roe (Westby Council), Sam Loe (Junior Neighbourhood Watch), Aylia Moe "
        "(Catalyst), Ruth Poe (PCT).",
    )
    assert ("Aylia Moe", "Catalyst") in pairs(f, Rel.WORKS_FOR)
    assert ("Sam Loe", "Junior Neighbourhood Watch") in pairs(f, Rel.WORKS_FOR)
    assert ("Sam Loe", "Aylia Moe") not in pairs(f, Rel.WORKS_FOR)
    assert ("Aylia Moe", "Safer Westby Partnership") in pairs(f, Rel.MEMBER)


def test_a_role_in_a_body_written_after_its_initials_in_brackets():
    f = run(
        "News",
        "",
        "The Policing Committee of the Westby Policing and Community Safety Partnership (PCSP) met on Monday.",
        "",
        "In a joint statement, Alderman Jane Doe (PCSP chair) and John Roe (PCSP vice-chair) welcomed the figures.",
    )
    assert ("Alderman Jane Doe", "PCSP") in pairs(f, Rel.CHAIR) or ("Jane Doe", "PCSP") in pairs(f, Rel.CHAIR)
    assert ("John Roe", "PCSP") in pairs(f, Rel.VICE_CHAIR)
    assert not {o for s, o in pairs(f, Rel.WORKS_FOR) if s == "John Roe"}


def test_a_long_membership_run_after_a_plural_title_reads_to_its_end():
    f = run(
        "Westby Community Planning Partnership Board",  # 1
        "Board Membership",  # 2
        "Councillors M Doe and M Roe; S Poe, M Loe, S Moe, P Hoe and A Koe (all Westby Council); F Nye, Lead "
        "Officer, Community Planning; A Rye, Engage; D Lee, Health & Social Care Partnership; J Dee, Northshire "
        "Police; B Fee, Westby Chamber of Commerce; P Gee, Northshire Fire & Rescue Service.",  # 3
    )
    board = "Westby Community Planning Partnership Board"
    members = {s for s, o in pairs(f, Rel.MEMBER) if o == board}
    assert {"J Dee", "B Fee", "P Gee", "Councillor M Doe"} <= members
    assert ("B Fee", "Westby Chamber of Commerce") in pairs(f, Rel.WORKS_FOR)


def test_a_person_welcomed_in_their_capacity_as_chair_of_a_partnership():
    f = run(
        "Scrutiny Committee",
        "",
        "The Vice-Chair welcomed the Lead Member (Councillor Jane Doe), John Roe (in his capacity as Chair of the "
        "Westby Community Safety Partnership) and Inspector Ann Poe, Northshire Police to the meeting.",
    )
    chair = one(claims(f, Rel.CHAIR))
    assert (chair.subject.name, chair.object.name) == ("John Roe", "Westby Community Safety Partnership")
    assert quoted(f, chair)


def test_co_chair_written_without_a_hyphen_in_an_aligned_attendance_table():
    f = run(
        "Safe Westby Board",  # 1
        "",  # 2
        "                 Name                      Acronym   Agency",  # 3
        "Present:         Jane Doe (Chair)            JD      Westby Council",  # 4
        "                 John Roe (Co Chair)         JR      Northshire Police",  # 5
        "                 Ann Poe                     AP      Westby Council",  # 6
    )
    assert pairs(f, Rel.CHAIR) == {("Jane Doe", "Safe Westby Board"), ("John Roe", "Safe Westby Board")}


def test_a_plural_title_is_no_part_of_the_first_name_after_it():
    f = run(
        "WESTBY COMMUNITY SAFETY PARTNERSHIP",
        "Minutes of the meeting held on 3 March 2025",
        "",
        "PRESENT: Councillors Doe (Chairman), Roe and Poe.",
    )
    names = {s for s, _ in pairs(f, Rel.MEMBER)}
    assert names == {"Councillor Doe", "Councillor Roe", "Councillor Poe"}


def test_a_pdf_page_run_into_one_line_its_attendance_after_a_label_in_capitals():
    """A PDF whose page came out as one line: 'MINUTES of a meeting of the X BOARD held on … PRESENT Cllr A –
    in the Chair (Body) Body Body Cllr B C Doe …'. The people after the label are the board's members, the one
    'in the Chair' its chair; the columns are scrambled, so only a body in brackets is a person's; 'Amber Vale
    Borough Council' is a body, not a person 'Amber Vale'."""
    f = run(
        "Board Papers Total Page:16 SAFER COMMUNITIES BOARD Wednesday 5 June 2024 9.30am – Conference Room "
        "AGENDA 1) Apologies 2) Minutes of the last meeting Chair 3) Performance Report C/Supt Kim Moe "
        "MINUTES of a meeting of the WESTSHIRE SAFER COMMUNITIES BOARD held on 27 February 2024 at Police "
        "Headquarters, Westby PRESENT Councillor Mrs J A Doe – in the Chair (Westshire County Council) Amber "
        "Vale Borough Council Westshire Fire and Rescue Councillor C Short A Waldie J Townsend Westshire "
        "Probation Eastby District Council J Mead Councillor B Roe-Carr S Poe (Also Northby DC) Councillor "
        "L M Rose",
    )
    group = "Westshire Safer Communities Board"
    members = {c.subject.name for c in claims(f, Rel.MEMBER, obj=group)}
    assert {
        "Councillor Mrs J A Doe",
        "Councillor C Short",
        "A Waldie",
        "J Mead",
        "Councillor L M Rose",
    } <= members
    assert not any("Amber" in m for m in members)
    assert one(claims(f, Rel.CHAIR, obj=group)).subject.name == "Councillor Mrs J A Doe"
    works = pairs(f, Rel.WORKS_FOR)
    assert ("Councillor Mrs J A Doe", "Westshire County Council") in works
    assert not {o for s, o in works if "Probation" in o or "Borough" in o}


def test_a_one_line_meeting_named_in_capitals_with_councillors_by_surname_and_a_chair_who_presided():
    """'A Meeting of the COMMUNITY SERVICES (GRANTS) SUB-COMMITTEE PRESENT Councillors Chadha, M. Clark, …
    and Roe. CHAIR In the absence of the Convener, Councillor Roe presided. APOLOGIES Councillors Love and
    Wallace. CULTURAL GRANT APPLICATIONS …': the lists end with their sentences."""
    f = run(
        "GRANTS SUB - 1 March 2024 Westby, 1 March 2024 at 2 pm A Meeting of the COMMUNITY SERVICES (GRANTS) "
        "SUB-COMMITTEE PRESENT Councillors Chadha, M. Clark, A. Clarke, Donnelly and Roe. CHAIR In the absence "
        "of the Convener and in terms of Standing Order No. 11, Councillor Roe presided. IN ATTENDANCE The "
        "Committee Officer and Development Officer (Capacity Building). APOLOGIES Councillors S. Coyle, Love "
        "and Wallace. CULTURAL GRANT APPLICATIONS (I) WESTBY CHOIR 1. There was submitted a report.",
    )
    group = next(c.object.name for c in claims(f, Rel.CHAIR))
    assert norm_name(group) == norm_name("Community Services (Grants) Sub-Committee")
    members = {c.subject.name for c in claims(f, Rel.MEMBER, obj=group)}
    assert {
        "Councillor Chadha",
        "Councillor M. Clark",
        "Councillor Donnelly",
        "Councillor Roe",
        "Councillor Love",
        "Councillor Wallace",
    } <= members
    assert not any("CULTURAL" in m or "GRANT" in m for m in members)
    assert one(claims(f, Rel.CHAIR)).subject.name == "Councillor Roe"
    assert not pairs(f, Rel.WORKS_FOR)


def test_councillors_by_full_name_and_by_surname_in_one_list_are_all_people():
    """'Present: Councillors Chadha, M. Clark, Donnelly and Roe': 'Donnelly and Roe' are two councillors,
    not M. Clark's body."""
    f = run(
        "Minutes of the Westby Sub-Committee",
        "",
        "Present: Councillors Chadha, M. Clark, Donnelly and Roe.",
    )
    assert {c.subject.name for c in claims(f, Rel.MEMBER)} == {
        "Councillor Chadha",
        "Councillor M. Clark",
        "Councillor Donnelly",
        "Councillor Roe",
    }
    assert not pairs(f, Rel.WORKS_FOR)


def test_a_list_opened_by_a_sentence_naming_its_board_under_a_page_of_field_labels():
    """'In Westby, the Children's Trust Board is the theme board … and has the following members:' under a
    page whose first line is a field label ('Lead Partnership'): the members are the board's."""
    f = run(
        "Lead Partnership",  # 1
        "",
        "Children’s Trust Board",  # 3
        "",
        "Lead Directorate",  # 5
        "",
        "Children’s Services",  # 7
        "",
        "Theme Lead",  # 9
        "",
        "Kim Loe",  # 11
        "",
        "Directorate Programme Manager",  # 13
        "",
        "In Westby, the Children and Young People’s Theme of the Community Strategy is delivered by Children’s "
        "Services working with partners.",  # 15
        "",
        "In Westby, the Children’s Trust Board is the theme management board for the Children and Young "
        "People theme and has the following members:",  # 17
        "",
        "Jane Doe",  # 19
        "",
        "Executive Director of Children’s Services",  # 21
        "",
        "Westby City Council",  # 23
        "",
        "Ann Poe",  # 25
        "",
        "Directorate Manager",  # 27
        "",
        "Royal Westby Infirmary",  # 29
    )
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj="Children’s Trust Board")} == {
        "Jane Doe",
        "Ann Poe",
    }
    assert ("Ann Poe", "Royal Westby Infirmary") in pairs(f, Rel.WORKS_FOR)


def test_a_semicolon_list_whose_parts_close_with_the_body_of_everyone_in_them():
    """'PRESENT: Councillors A (Chair), B and C, and D, Chief Executive, Westby Council; E, Chair, F, Chief
    Executive and G, Director of Public Health, NHS Westby; H, Westby Police; …' under a lower-case title
    ('Westby partnership board'): each part's closing body is its people's; E chairs NHS Westby, not the
    board; the councillors' list stops before 'D, Chief Executive'."""
    f = run(
        "Westby partnership board",  # 1
        "",
        "10.00 A.M. - 1.10 P.M.",  # 3
        "PRESENT: Councillors Jane Doe (Chair), Sam Loe and Kim Moe, and John Roe, Chief Executive, Westby "
        "Council; Professor Ann Poe, Chair, Tom Coe, Chief Executive and Dr. Lee Foe, Director of Public Health, "
        "NHS Westby; Chief Superintendent Ray Hoe, Westby Police; and Max Joe, Deputy Director, Northshire "
        "Government.",  # 4
    )
    group = "Westby partnership board"
    members = {c.subject.name for c in claims(f, Rel.MEMBER, obj=group)}
    assert {"Councillor Jane Doe", "Councillor Sam Loe", "Professor Ann Poe", "Tom Coe", "Max Joe"} <= members
    assert not any("Chief Executive" in m or "Council" in m.split()[-1] for m in members)
    assert {
        ("Professor Ann Poe", "NHS Westby"),
        ("Tom Coe", "NHS Westby"),
        ("Lee Foe", "NHS Westby"),
    } <= pairs(f, Rel.WORKS_FOR)
    assert pairs(f, Rel.CHAIR) == {("Councillor Jane Doe", group), ("Professor Ann Poe", "NHS Westby")}


def test_a_minute_titled_minute_of_meeting_gives_its_list_the_group_the_minute_names_most():
    """'Minute of Meeting' names no group: the attendance is the group the minute names ('The Executive
    Group resolved')."""
    f = run(
        "Minute of Meeting",  # 1
        "",
        "28 June 2024",  # 3
        "",
        "Present: Jane Doe, Chairperson; John Roe (Head of Adult Services, Westby City Council), Ann Poe "
        "(Finance Partner, Westby City Council) and Sam Loe (Programme Manager).",  # 5
        "",
        "1. The Executive Group had before it the minute of its previous meeting.",  # 7
        "",
        "The Executive Group resolved to approve the minute as a correct record.",  # 9
    )
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj="Executive Group")} == {
        "Jane Doe",
        "John Roe",
        "Ann Poe",
        "Sam Loe",
    }
    assert one(claims(f, Rel.CHAIR)).object.name == "Executive Group"


def test_people_who_replaced_others_as_a_post_or_a_bodys_representative_and_one_appointed_vice_chair():
    """'Resolved to appoint Dr A as Vice Chair of the X Board'; 'B has replaced C as Westby City Council's
    Interim Director of Public Health' (B's post and body; C replaced by B); 'D has replaced E as the
    representative of the Westby Healthcare NHS Foundation Trust' (D's body); the post before D in the
    run-on sentence is B's, not D's."""
    f = run(
        "Westby Health and Wellbeing Board",  # 1
        "",
        "Resolved to appoint Dr Ann Poe as Vice Chair of the Westby Health and Wellbeing Board for 2024-25.",  # 3
        "",
        "The Board noted that John Roe has replaced Jane Doe as Westby City Council’s Interim Director of Public "
        "Health, Dr Sam Loe has replaced Kim Moe as the representative of the Westby Healthcare NHS Foundation "
        "Trust, and Tom Coe has replaced Lee Foe as the representative of the Westby CityCare Partnership.",  # 5
    )
    assert pairs(f, Rel.VICE_CHAIR) == {("Dr Ann Poe", "Westby Health and Wellbeing Board")}
    assert pairs(f, Rel.REPLACED_BY) == {
        ("Jane Doe", "John Roe"),
        ("Kim Moe", "Dr Sam Loe"),
        ("Lee Foe", "Tom Coe"),
    }
    assert pairs(f, Rel.HOLDS) == {
        ("John Roe", "Interim Director of Public Health"),
        ("Dr Ann Poe", "Vice Chair of the Westby Health and Wellbeing Board"),
    }
    assert pairs(f, Rel.WORKS_FOR) == {
        ("John Roe", "Westby City Council"),
        ("Dr Sam Loe", "Westby Healthcare NHS Foundation Trust"),
        ("Tom Coe", "Westby CityCare Partnership"),
    }


def test_people_under_a_groups_label_ending_in_a_colon_dash_are_that_groups_not_the_boards():
    """Board minutes with, after the attendance, 'National Review Team:-' over people one a line: they are
    the review team's (not the board's, nor signatories whose bodies join the board); 'Chair, NHS X and Chair
    of the Y Group' chairs both; in 'FOR ABSENCE: A, Post, Body; B, Chair of C Board; D, Post, Body (E): F,
    Post, Body' the colon ends no label and C Board is B's alone."""
    f = run(
        "Westby partnership board",  # 1
        "",
        "PRESENT: Councillors Jane Doe (Chair) and Sam Loe.",  # 3
        "",
        "National Community Planning Review Team:-",  # 5
        "",
        "Pat Moe, Chair, National Community Planning Group;",  # 7
        "",
        "Dr. Kim Coe, Chair, NHS Eastshire and Chair of the NHS Board Chairs Group;",  # 9
        "",
        "Lee Foe, Head of Community Planning Team, Northshire Government",  # 11
        "",
        "Adam Hoe, Policy Manager, COSLA",  # 13
        "",
        "FOR ABSENCE: Andy Joe, Chief Constable, Westby Police; Rob Bell, Chair of Westby Voluntary Action "
        "Board; Alex Mac, Partnership Director, WesTrans (Westby Transport): Professor Chris Roe, Deputy "
        "Principal, Westby University, and",  # 15
    )
    team = "National Community Planning Review Team"
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj=team)} == {
        "Pat Moe",
        "Kim Coe",
        "Lee Foe",
        "Adam Hoe",
    }
    board = {c.subject.name for c in claims(f, Rel.MEMBER, obj="Westby partnership board")}
    assert board == {"Councillor Jane Doe", "Councillor Sam Loe"}
    assert pairs(f, Rel.CHAIR) >= {("Kim Coe", "NHS Eastshire"), ("Kim Coe", "NHS Board Chairs Group")}
    assert {o for s, o in pairs(f, Rel.CHAIR) if s == "Professor Chris Roe"} == set()
    assert {o for s, o in pairs(f, Rel.HOLDS) if s == "Professor Chris Roe"} == {"Deputy Principal"}


def test_a_news_page_on_a_boards_new_chair_vice_chair_and_member_written_in_lower_case():
    """'Westby Police commander Chief Superintendent A has become the new chair of the Safer Westby Local
    Police and Crime Board.' (his post and body before his name, his role after it); 'Councillor B, who became
    Westby Council's cabinet member for safer communities in May, has also joined the board.' (her post, not
    its month); 'The council's director of housing communities, C, is the board's vice chair.'"""
    f = run(
        "Working together for a safer Westby",  # 1
        "",
        "The Safer Westby Partnership brings together the council, police, fire service and many others.",  # 3
        "",
        "This summer, Westby Police commander Chief Superintendent Richard Roe has become the new chair of the "
        "Safer Westby Partnership Local Police and Crime Board.",  # 5
        "",
        "And Councillor Maria Doe, who became Westby Council’s cabinet member for safer communities in May, has "
        "also joined the board.",  # 7
        "",
        "The council’s director of housing communities, Alan Poe, is the board’s vice chair.",  # 9
    )
    board = "Safer Westby Partnership Local Police and Crime Board"
    assert pairs(f, Rel.CHAIR) == {("Richard Roe", board)}
    assert pairs(f, Rel.VICE_CHAIR) == {("Alan Poe", board)}
    assert {
        ("Richard Roe", "Westby Police Commander"),
        ("Councillor Maria Doe", "cabinet member for safer communities"),
        ("Alan Poe", "director of housing communities"),
    } <= pairs(f, Rel.HOLDS)
    assert {("Richard Roe", "Westby Police"), ("Councillor Maria Doe", "Westby Council")} <= pairs(
        f, Rel.WORKS_FOR
    )


def test_a_contacts_telephone_and_email_are_no_part_of_their_post():
    """'Contact: Jane Doe, Democratic Services Officer  Tel: 01234 567890  Email: …' (the post ends at the
    contact field), and a staff line 'John Roe, Governance Officer Email: …'."""
    f = run(
        "Exampleton Health and Wellbeing Board",  # 1
        "",
        "Minutes of the meeting held on 3 March 2021",  # 3
        "",
        "Present: Councillor Ann Poe (Chair), Councillor Max Moe",  # 5
        "",
        "Officers: John Roe, Governance Officer Email: john.roe@exampleton.gov.uk",  # 7
        "",
        "Contact: Jane Doe, Democratic Services Officer  Tel: 01234 567890  Email: jane.doe@exampleton.gov.uk",  # 9
    )
    held = pairs(f, Rel.HOLDS)
    assert {("Jane Doe", "Democratic Services Officer"), ("John Roe", "Governance Officer")} <= held
    assert not any("Email" in post or "Tel" in post for _, post in held)


def test_a_post_written_before_two_ranks_ends_at_the_first_rank_word():
    """'welcomed the new Police Area Commander Chief Superintendent Jane Doe': 'Commander' ends her post and
    'Chief Superintendent' is her rank; 'the new Head of Housing Jane Roe' is as before."""
    f = run(
        "Westby Council",
        "",
        "The Chairman welcomed the new Police Area Commander Chief Superintendent Jane Doe to the Board.",  # 3
        "",
        "The Chair welcomed the new Head of Housing Jane Roe to the Board.",  # 5
    )
    assert {
        ("Jane Doe", "Police Area Commander"),
        ("Jane Doe", "Chief Superintendent"),
        ("Jane Roe", "Head of Housing"),
    } == pairs(f, Rel.HOLDS)


def test_the_joint_chairmen_of_a_partnership_named_after_it_in_turn():
    """'The joint chairmen of the partnership, A, Westby Council Strategic Director and B of Westby Police said
    …': both chair it; 'The chair of the board, C, said' chairs the board; a person named in the next sentence
    does not."""
    f = run(
        "The Westby Community Safety Partnership has been praised by the auditors. The Westby Community Safety "
        "Partnership meets monthly.",
        "The joint chairmen of the partnership, Alan Roe, Westby Council Strategic Director and Mary Poe of "
        "Westby Police said that they were delighted.",  # 2
        "The Westby Safeguarding Board met in June, as the Westby Safeguarding Board does each quarter. The chair "
        "of the board, Jane Doe, said the review was fair. "
        "John Moe, Head of Housing, agreed.",  # 3
    )
    assert pairs(f, Rel.CHAIR) == {
        ("Alan Roe", "Westby Community Safety Partnership"),
        ("Mary Poe", "Westby Community Safety Partnership"),
        ("Jane Doe", "Westby Safeguarding Board"),
    }


def test_a_title_opened_by_a_verb_in_ing_is_no_unknown_persons_name():
    """'Working Together - Council Committee Pages' heads a page: no person works for anything; 'Nici Evans -
    Westby Council' (a name the lists lack) still names one."""
    assert unknown_person("Working Together") is None
    assert unknown_person("Building Bridges") is None
    assert unknown_person("Nici Evans") is not None
    f = run("Working Together - Council Committee Information Pages", "", "advertisement", "")
    assert not pairs(f, Rel.WORKS_FOR)


def test_a_telephone_number_written_bare_ends_a_contacts_post():
    """'Responsible Officer(s) Jane Doe Interim Director of Policy and Performance 020 8825 7485 E-mail: …' (a
    report's cover sheet run into one line): the post is whole, the number no body's name."""
    f = run(
        "Report for: INFORMATION",
        "",
        "Title Council Annual Performance Report Responsible Officer(s) Jane Doe Interim Director of Policy and "
        "Performance 020 8825 7485 E-mail: jdoe@westby.gov.uk For Consideration By Cabinet",
    )
    assert ("Jane Doe", "Interim Director of Policy and Performance") in pairs(f, Rel.HOLDS)
    assert not any(any(ch.isdigit() for ch in body) for _, body in pairs(f, Rel.WORKS_FOR))


def test_apologies_submitted_on_behalf_of_a_person_name_them_but_a_substitute_for_one_does_not():
    """'Apologies for absence were submitted on behalf of Alison Blair, Westby Clinical Commissioning Group
    (substitute: Paul Sinden); …': Alison Blair is named; 'Ken Moe, Chief Executive (substitute for Robert Bell)'
    makes Robert Bell no one's colleague."""
    assert [p.name for p in people_in("Apologies were submitted on behalf of Alison Blair, Westby CCG")] == [
        "Alison Blair"
    ]
    assert [p.name for p in people_in("the Commissioner for Alison Blair")] == []
    assert [p.name for p in people_in("Ken Moe, Chief Executive (substitute for Robert Bell)")] == ["Ken Moe"]
    f = run(
        "Westby Health and Wellbeing Board",
        "",
        "Apologies for absence were submitted on behalf of Alison Blair, Westby Clinical Commissioning Group "
        "(substitute: Paul Sinden); and Lesley Seary, Westby Council.",  # 3
    )
    assert {
        ("Alison Blair", "Westby Clinical Commissioning Group"),
        ("Lesley Seary", "Westby Council"),
    } <= pairs(f, Rel.WORKS_FOR)


def test_a_chair_of_a_body_whose_name_runs_past_the_line_end_gives_no_cut_body():
    """'Councillor Jane Doe, Chair of Westby Policing and' / (blank) / 'Community Safety Partnership and Ann Poe,
    Vice Chair.' (a PDF's text layer): no chair of 'Westby Policing'."""
    f = run(
        "Westby Policing and Community Safety Partnership Annual Report",
        "",
        "Councillor Jane Doe, Chair of Westby Policing and",  # 3
        "",
        "Community Safety Partnership and Ann Poe, Vice Chair.",  # 5
    )
    assert ("Councillor Jane Doe", "Westby Policing") not in pairs(f, Rel.CHAIR)


def test_a_post_introduced_by_as_before_its_holder():
    """'As Police and Crime Commissioner for Westshire, Tim Roe is now responsible for …': his post, less 'As'."""
    f = run(
        "Westshire news",
        "",
        "As Police and Crime Commissioner for Westshire, Tim Roe is now responsible for awarding grants.",
    )
    assert ("Tim Roe", "Police and Crime Commissioner for Westshire") in pairs(f, Rel.HOLDS)
    assert not any(post.startswith("As ") for _, post in pairs(f, Rel.HOLDS))


def test_a_community_councils_minutes_with_titled_names_run_together_and_its_clerk():
    """'PRESENT: Cllr Jane Doe (Chair) Cllr Ian Roe Cllr Jeff Poe IN ATTENDANCE: Ryan Moe (Clerk to the Westby
    Community Council).' (no separators: each 'Cllr' starts a name); the group is the one the clerk serves;
    'Apologies were received from Cllr Ann Loe. 2 AGM: Nomination of Chair …' ends at the next item."""
    assert [p.name for p in people_in("Cllr Jane Doe (Chair) Cllr Ian Roe Cllr Jeff Poe")] == [
        "Cllr Jane Doe",
        "Cllr Ian Roe",
        "Cllr Jeff Poe",
    ]
    f = run(
        "Minutes of the meeting held on Monday 13th May 2019, Community Centre, at 7.00 pm.",
        "",
        "PRESENT: Cllr Jane Doe (Chair) Cllr Ian Roe Cllr Jeff Poe IN ATTENDANCE: Ryan Moe (Clerk to the Westby "
        "Community Council).",  # 3
        "",
        "1 Welcome and Apologies The Chair welcomed everyone. Apologies were received from Cllr Ann Loe. 2 AGM: "
        "Nomination of Chair and Vice-Chair Cllr Jane Doe stood for position of Chair.",  # 5
    )
    council = "Westby Community Council"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == council} >= {
        "Cllr Jane Doe",
        "Cllr Ian Roe",
        "Cllr Jeff Poe",
    }
    assert ("Cllr Jane Doe", council) in pairs(f, Rel.CHAIR)
    assert ("Ryan Moe", "Clerk to the Westby Community Council") in pairs(f, Rel.HOLDS)
    assert not pairs(f, Rel.VICE_CHAIR) and not pairs(f, Rel.WORKS_FOR)


def test_a_label_run_into_its_first_word_and_a_list_going_on_to_the_agenda():
    """'ApologiesWere received from A Roe, B Poe, C Moe,' (no space after the label, a comma at the line's end)
    then '1 / Introduction of new members / Action': apologies from three people, no body called 'Action'."""
    f = run(
        "Notes of the Westby Executive Board Meeting",
        "Present:",
        "Nasim Doe (ND), Ruth Roe (RR), Sarah Poe (SP)",
        "Also Present:",
        "Linda Moe (LM),",
        "ApologiesWere received from Anju Loe, Neil Koe, Pat Zoe,",  # 6
        "1 / Introduction of new members and briefing / Action",
    )
    board = "Westby Executive Board"
    apologies = {c.subject.name for c in claims(f, Rel.MEMBER, obj=board) if c.role == "apologies"}
    assert apologies == {"Anju Loe", "Neil Koe", "Pat Zoe"}
    assert not pairs(f, Rel.WORKS_FOR)


def test_a_post_then_what_it_leads_run_together_is_a_post():
    """'Kim Roe, Team Leader EH Commercial and Trading Standards' and 'Jo Poe (Service Manager Mental Health and
    Substance Misuse)': posts, though they end in a service's words."""
    assert part_type("Team Leader EH Commercial and Trading Standards") == "post"
    assert part_type("Service Manager Mental Health and Substance Misuse") == "post"
    assert part_type("Westby Trading Standards") != "post"
    f = run(
        "Westby Health and Wellbeing Board",
        "",
        "Dr Ann Moe, Director of Public Health, presented this report, supported by Kim Roe, Team Leader EH "
        "Commercial and Trading Standards.",
    )
    assert ("Kim Roe", "Team Leader EH Commercial and Trading Standards") in pairs(f, Rel.HOLDS)


def test_an_apology_line_with_a_bracket_left_open_ends_at_its_full_stop():
    """'Apologies were received from Cllr Rand (working) and Mr Atkins (Westby Housing Association (holiday).'
    (a bracket never closed): the next line's councillors declaring interests are not apologies."""
    f = run(
        "Westby Crime & Safety Advisory Committee",
        "",
        "CS1 Apologies and reasons for absence. Apologies were received from Cllr Rand (working) and Mr Atkins "
        "(Westby Housing Association (holiday).",
        "CS2 Declarations of interest. Cllrs Glew and Dellow declared their personal interests in item CS5.",
    )
    apologies = {c.subject.name for c in f.claims if c.rel is Rel.MEMBER and c.role == "apologies"}
    assert apologies == {"Cllr Rand", "Mr Atkins"}


def test_a_semicolon_list_entry_whose_name_the_name_lists_lack():
    """'Present: …; Susan Roe, Customer Service Leader, Westby, Jobcentre Plus; Gibby Moe, Depute Group Manager,
    Westshire Fire and Rescue Service; Allan Poe, …': 'Gibby' is in no list of given names, yet after ';' and
    before a post he is a person, and Susan Roe's post ends before him."""
    f = run(
        "WESTBY COMMUNITY PLANNING BOARD.",
        "",
        "Present: Board Members:",
        "",
        "Councillor Bill Doe, Leader of Council (Chair); Susan Roe, Customer Service Leader, Westby, Jobcentre Plus; "
        "Gibby Moe, Depute Group Manager, Westshire Fire and Rescue Service; Allan Poe, Senior Transport Planner, "
        "Westshire Partnership for Transport.",
    )
    held = pairs(f, Rel.HOLDS)
    assert ("Gibby Moe", "Depute Group Manager") in held
    assert not any("Gibby" in post for _, post in held)
    assert ("Gibby Moe", "Westby Community Planning Board") in pairs(f, Rel.MEMBER)


def test_members_of_a_group_named_short_under_minutes_naming_it_in_full():
    """'Minutes of the meeting of the Partnership Steering Group' … '      Members of the Steering Group' over
    'Cllr. Jane Doe, Chairman - Leader of the Council (WBC)' lines: the full group's members and chair."""
    f = run(
        "The Westby Partnership",
        "Minutes of the meeting of the Partnership Steering Group",
        "held at the Town Hall on Wednesday, 17th November 2004",
        "",
        "      Members of the Steering Group",
        "",
        "      Cllr. Jane Doe, Chairman - Leader of the Council (WBC)",
        "      Zrinka Roe - Representative for Education and Employment (VOF)",
        "      Dominic Poe - Borough Commander, Westshire Police",
    )
    group = "Partnership Steering Group"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == group} >= {"Jane Doe", "Zrinka Roe", "Dominic Poe"}
    assert ("Jane Doe", group) in pairs(f, Rel.CHAIR)
    assert ("Dominic Poe", "Borough Commander") in pairs(f, Rel.HOLDS)


def test_portfolio_holders_with_their_remit_after_a_colon_and_a_letter_spaced_label():
    """'Councillor D Roe, Portfolio Holder: Culture, Tourism and the Voluntary Sector Councillor G Poe, Portfolio
    Holder: Housing' (the remit is the post's, to the next person); 'P r e s e n t:' is the label 'Present:'."""
    assert list_labels_in("P r e s e n t:") == [(0, 14, "member")]
    assert list_labels_in("A B C D") == []
    f = run(
        "WESTBY CITY REGION COMBINED AUTHORITY",
        "",
        "Members of the Combined Authority Councillor D Roe, Portfolio Holder: Culture, Tourism and the Voluntary "
        "Sector Councillor G Poe, Portfolio Holder: Housing and Spatial Framework",
    )
    held = pairs(f, Rel.HOLDS)
    assert ("Councillor D Roe", "Portfolio Holder: Culture, Tourism and the Voluntary Sector") in held
    assert ("Councillor G Poe", "Portfolio Holder: Housing and Spatial Framework") in held


def test_a_name_ends_where_a_post_of_two_words_begins():
    """'Chief Superintendent Hamish Roe Divisional Commander, Westshire Police': 'Divisional' is no surname."""
    assert [
        p.name for p in people_in("Chief Superintendent Hamish Roe Divisional Commander, Westshire Police")
    ] == ["Hamish Roe"]
    assert [p.name for p in people_in("Jane Doe Smith, Westby Council")] == ["Jane Doe Smith"]


def test_bullets_of_member_bodies_one_written_after_the():
    """'The Westby Partnership includes representatives from:' over '- Westby City Council' / '- the Probation
    Service' / '- Mid Westby Clinical Commissioning Group': each a member, 'the' off."""
    f = run(
        "Safer Westby Partnership",
        "The Safer Westby Partnership includes representatives from:",
        "- Westby City Council",
        "- the Probation Service",
        "- Mid Westby Clinical Commissioning Group",
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "Safer Westby Partnership"} == {
        "Westby City Council",
        "Probation Service",
        "Mid Westby Clinical Commissioning Group",
    }


def test_a_policing_boards_minutes_run_into_one_line_with_the_boards_full_name_in_capitals():
    """A PDF's first page run into one line: the title 'Policing Board Minutes …' names the board short, the
    minutes' heading in capitals names it in full ('… MEETING OF THE NORTH WESTSHIRE POLICING BOARD HELD ON
    …'); 'Vice-Chair*' after a name is the role, not a surname; a clause ', whose brother Jon Roe,' in the
    apologies tells of the one before and lists no one."""
    f = run(
        "Policing Board Minutes 6 May 2021",
        "",
        "NORTH WESTSHIRE POLICING BOARD MINUTES OF THE MEETING OF THE NORTH WESTSHIRE POLICING BOARD HELD ON "
        "THURSDAY 6 MAY 2021 AT 9.30 AM IN WESTBY TOWER PRESENT: Mr Dan Doe Chair Dr Tim Poe Vice-Chair* "
        "Mr Mark Roe* Ms Jan Moe MLA* OFFICIALS IN ATTENDANCE: Mrs Anne Loe, Chief Executive "
        "1. APOLOGIES Apologies were received from Mr Jon Blue MLA and Mr Sam Green MLA, whose brother "
        "Bill Green, recently passed away. The Chair noted that the Board offered its condolences.",
    )
    group = "North Westshire Policing Board"
    members = {m for m, g in pairs(f, Rel.MEMBER) if g == group}
    assert {
        "Mr Dan Doe",
        "Dr Tim Poe",
        "Mr Mark Roe",
        "Ms Jan Moe",
        "Mr Jon Blue",
        "Mr Sam Green",
    } <= members
    assert not any("Brendan" in m for m, _ in pairs(f, Rel.MEMBER))
    assert ("Dr Tim Poe", group) in pairs(f, Rel.VICE_CHAIR)
    assert [p.name for p in people_in("Dr Tim Poe Vice-Chair* Mr Mark Roe")] == [
        "Dr Tim Poe",
        "Mr Mark Roe",
    ]


def test_a_list_label_with_no_colon_right_before_its_first_name():
    """'Members Lyn Doe Westby City Council (Community Services)': 'Members' opens the list with no colon; a
    line opening with the word in prose ('Members agreed …') is no list."""
    assert list_labels_in("Members Lyn Doe Westby City Council (Community Services)") == [(0, 7, "member")]
    assert list_labels_in("Members agreed the minutes of the last meeting") == []
    f = run(
        "Westby Community Safety Partnership",
        "",
        "Members Lyn Doe Westby City Council (Community Services)",
    )
    assert ("Lyn Doe", "Westby Community Safety Partnership") in pairs(f, Rel.MEMBER)
    assert ("Lyn Doe", "Westby City Council") in pairs(f, Rel.WORKS_FOR)


def test_a_notes_run_on_attendance_with_wards_and_a_post_opening_with_a_verb():
    """'Westby Community Planning Group Note of Meeting 9th January 2019 – Westby Hall Present: …': the group
    ends before 'Note of Meeting'; 'Cllr Sam Roe Ward 6, North Westby' has no surname 'Ward'; 'Ann Poe Tackling
    Poverty Co-ordinator, Westby Council' holds the post that opens with 'Tackling'."""
    f = run(
        "Westby Community Planning Group Note of Meeting 9th January 2019 – Westby Hall Present: Chris Dee (Chair) "
        "Area Manager, Westby Council Cllr Sam Roe Ward 6, North Westby Ann Poe Tackling Poverty Co-ordinator, "
        "Westby Council Liz Moe Development Officer, Westby Voluntary Action",
    )
    members = {m for m, g in pairs(f, Rel.MEMBER) if g == "Westby Community Planning Group"}
    assert {"Chris Dee", "Cllr Sam Roe", "Ann Poe", "Liz Moe"} <= members
    assert ("Ann Poe", "Tackling Poverty Co-ordinator") in pairs(f, Rel.HOLDS)


def test_a_list_under_a_line_of_when_and_where_belongs_to_the_group_above_it():
    """'Westby Partnership Board' over 'Monday 3rd May 2021, 10.00-12.00, MS Teams' over 'Members
    Present:…': the date and venue line is no group."""
    f = run(
        "Westby Partnership Board",
        "",
        "Monday 3rd May 2021, 10.00-12.00, MS Teams",
        "",
        "Members Present:Andy Doe, Alison Roe, Councillor Sam Poe (CHAIR), Sam Moe.",
    )
    assert {g for _, g in pairs(f, Rel.MEMBER)} == {"Westby Partnership Board"}


def test_a_cover_sheets_fields_run_on_end_each_persons_post():
    """'Approved by: Tim Roe, Director of Public Health Author: Ann Doe, Associate Director of Public Health
    WESTBY CHILD POVERTY PLAN Purpose of Report: …': each post ends at the next field or the title in capitals."""
    f = run(
        "Westby NHS Board Meeting Date: 27 June 2019 Approved by: Tim Roe, Director of Public Health Author: Ann "
        "Doe, Associate Director of Public Health WESTBY CHILD POVERTY PLAN Purpose of Report: The purpose of this "
        "report is to update the Board."
    )
    held = pairs(f, Rel.HOLDS)
    assert ("Tim Roe", "Director of Public Health") in held
    assert ("Ann Doe", "Associate Director of Public Health") in held


def test_posts_and_people_alternating_line_by_line_a_post_first():
    """Terms of reference of the 'Westby Partnership Board' (titled 'Leadership of Place Westby Partnership
    Board'), its members set out as 'Local DC Member (chair)' / 'Cllr Ed Doe' / 'Local CC Member' / 'Cllr Paul
    Roe' / …: each person holds the post on the line above, and is a member of the board."""
    f = run(
        "Leadership of Place Westby Partnership Board Terms of Reference",
        "",
        "Westby Partnership Board",
        "Membership",
        "Partnership Board/Community Leaders",
        "Role: sets overall strategic direction, decision making and commits",
        "resources",
        "Local DC Member (chair)",
        "Cllr Ed Doe",
        "Local CC Member",
        "Cllr Pat Roe",
        "TC Member",
        "Amy Poe",
        "Chair of Westby Area Partnership",
        "Di Moe",
    )
    held = pairs(f, Rel.HOLDS)
    assert {
        ("Cllr Ed Doe", "Local DC Member"),
        ("Cllr Pat Roe", "Local CC Member"),
        ("Amy Poe", "TC Member"),
    } <= held
    assert ("Cllr Ed Doe", "Local CC Member") not in held
    members = {m for m, g in pairs(f, Rel.MEMBER) if g.endswith("Westby Partnership Board")}
    assert {"Cllr Ed Doe", "Cllr Pat Roe", "Amy Poe", "Di Moe"} <= members


def test_a_short_group_name_is_the_longer_one_the_others_end_with():
    """'Partnership Board' over a list, in a document naming 'Westby Partnership Board' and 'Leadership of Place
    Westby Partnership Board': the board is the name the other ends with."""
    f = run(
        "Leadership of Place Westby Partnership Board",
        "Westby Partnership Board",
        "",
        "Minutes of the meeting of the Partnership Board",
        "",
        "Members of the Partnership Board",
        "",
        "Cllr. Jane Doe, Chairman - Leader of the Council",
        "Zrinka Roe - Westby Voluntary Action",
    )
    assert {g for _, g in pairs(f, Rel.MEMBER)} == {"Westby Partnership Board"}


def test_a_town_councils_minutes_in_capitals_run_into_one_line_with_titled_names():
    """'MINUTES OF A MEETING OF FULL COUNCIL HELD ON … PRESENT: Cllr A Doe (Mayor) Cllr B Roe … APOLOGIES: Cllr C
    Poe Rev Fr D Moe, Mayor's Chaplain County Cllr E Loe': the meeting's body is the full council; 'Rev Fr' and
    'County Cllr' are titles."""
    f = run(
        "Transcript of MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY",
        "",
        "Full Council 20 September 2017 Page 1 MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20 th SEPTEMBER "
        "2017 AT 7PM IN THE COUNCIL CHAMBER, WESTBY HOUSE PRESENT: Cllr A Doe (Mayor) Cllr B Roe Cllr C Evans "
        "APOLOGIES: Cllr C Poe Rev Fr D Moe, Mayor’s Chaplain County Cllr E Loe",
    )
    assert {g for _, g in pairs(f, Rel.MEMBER)} == {"Full Council"}
    members = {m for m, _ in pairs(f, Rel.MEMBER)}
    assert {"Cllr B Roe", "Cllr C Evans", "Cllr C Poe"} <= members
    assert not any(m.startswith(("Rev Fr", "None")) for m in members) and "Rev Fr" not in members


def test_a_community_councils_list_with_no_heading_names_the_council_meeting_below():
    """'PRESENT: – Sue Dee (WCC), Bob Roe (WCC) …' with no title, the minutes later naming 'the Westby Community
    Council meeting on 2/5/2019': the list's group is that council."""
    f = run(
        "PRESENT: – Sue Dee (WCC), Bob Roe (WCC), Sal Poe (WCC), Kit Moe (Visitor)",
        "APOLOGIES: – Gill Loe (WCC)",
        "The minutes of the Westby Community Council meeting on 2/5/2019 were proposed by Sal Poe.",
    )
    assert {g for _, g in pairs(f, Rel.MEMBER)} == {"Westby Community Council"}
    assert {m for m, _ in pairs(f, Rel.MEMBER)} >= {"Sue Dee", "Bob Roe", "Sal Poe", "Gill Loe"}


def test_a_membership_label_with_no_colon_over_entries_set_apart_by_colons():
    """'Membership Ned Doe (Westby Community Council): Councillor Tim Roe: Jo Poe (Westby Trust); …': the
    label opens the line with no colon, the entries are set apart by colons and semicolons."""
    assert (
        list_labels_in("Membership Ned Doe (Westby Community Council): Councillor Tim Roe: Ann Poe")[0][2]
        == "member"
    )
    f = run(
        "Westby Local Partnership",
        "",
        "Membership Ned Doe (Westby Community Council): Councillor Tim Roe: Jo Poe (Westby Development Trust); "
        "John Moe (Eastby Community Council)",
    )
    assert {m for m, _ in pairs(f, Rel.MEMBER)} >= {"Councillor Tim Roe", "Jo Poe", "John Moe"}
    assert ("Jo Poe", "Westby Development Trust") in pairs(f, Rel.WORKS_FOR)


def test_members_in_attendance_with_co_chairs_after_a_slash():
    """'Members in Attendance:' over 'Councillor Jim Doe, Mayor of Westby/Co-Chair Gary Roe, Skills ODP
    Chair/Co-Chair Dai Poe, Department of Communities/Co-Chair': members, each a co-chair of the partnership."""
    f = run(
        "Minutes of the Meeting of the Westby Growth Partnership held on Thursday 24 October 2018",
        "",
        "Members in Attendance:",
        "",
        "Councillor Jim Doe, Mayor of Westby/Co-Chair Gary Roe, Skills ODP Chair/Co-Chair Dai Poe, Department of "
        "Communities/Co-Chair",
    )
    group = "Westby Growth Partnership"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == group} == {
        "Councillor Jim Doe",
        "Gary Roe",
        "Dai Poe",
    }
    assert {m for m, g in pairs(f, Rel.CHAIR) if g == group} == {
        "Councillor Jim Doe",
        "Gary Roe",
        "Dai Poe",
    }
    assert ("Councillor Jim Doe", "Mayor of Westby") in pairs(f, Rel.HOLDS)
    assert ("Dai Poe", "Department of Communities") in pairs(f, Rel.WORKS_FOR)


def test_members_nominated_by_a_body_with_the_place_they_hold_in_brackets():
    """'Ann WESTON' over 'Nominated by Westby City Council (Elected Member)': she works for the council and holds
    the place in brackets."""
    f = run(
        "At a MEETING of the WESTBY INTEGRATION JOINT BOARD held remotely on 27th October, 2021.",
        "",
        "Present:-",
        "",
        "Members",
        "",
        "Role",
        "",
        "Jane PARKER (Vice Chairperson)",
        "",
        "Nominated by Health Board (Non-Executive Member)",
        "",
        "Ann WESTON",
        "",
        "Nominated by Westby City Council (Elected Member)",
        "",
        "Don ROBSON",
        "",
        "Nominated by Health Board (Non-Executive Member)",
        "",
        "Kate MORGAN",
        "",
        "Chief Officer",
    )
    assert ("Ann WESTON", "Westby City Council") in pairs(f, Rel.WORKS_FOR)
    assert ("Ann WESTON", "Elected Member") in pairs(f, Rel.HOLDS)
    assert ("Don ROBSON", "Non-Executive Member") in pairs(f, Rel.HOLDS)


def test_parish_minutes_with_clr_titles_a_clerk_named_after_his_post_and_an_annual_meeting_title():
    f = run(
        "Minutes of Westby Parish Council Annual General Meeting held on 25th May 2017 in Westby Hall",  # 1
        "",  # 2
        "Present Clr Jane Doe, Clr Tim Roe, Clr Ann Poe, the clerk John Moe and 3 members of the public.",  # 3
        "",  # 4
        "1. Election of Chairman Proposed by Clr Poe and seconded by Clr Roe that Clr Doe be elected chairman.",  # 5
        "",  # 6
        "2. Clr Roe was elected to be the Council's representative on the Village Hall Committee.",  # 7
    )
    council = "Westby Parish Council"
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj=council)} >= {
        "Clr Jane Doe",
        "Clr Tim Roe",
        "Clr Ann Poe",
        "John Moe",
    }
    assert pairs(f, Rel.HOLDS) >= {("John Moe", "Clerk")}
    assert not [c for c in claims(f, Rel.HOLDS) if "Proposed" in c.object.name]  # the proposer holds no post
    assert pairs(f, Rel.CHAIR) == {("Clr Doe", council)}
    assert ("Clr Roe", "Village Hall Committee") in pairs(f, Rel.MEMBER)
    for c in f.claims:
        assert quoted(f, c), c


def test_a_post_written_in_the_plural_after_several_names_is_each_ones():
    f = run(
        "Minutes of the Westby Board",
        "",
        "Present: Cllr Ann Poe (Chair), Mr A Kay, Mrs B Lowe and Mr C Pitt (Corporate Directors), Ms D Hale "
        "and Mr T Roe (Democratic Services Officers).",
    )
    assert pairs(f, Rel.HOLDS) >= {
        ("Mr A Kay", "Corporate Director"),
        ("Mrs B Lowe", "Corporate Director"),
        ("Mr C Pitt", "Corporate Director"),
        ("Ms D Hale", "Democratic Services Officer"),
        ("Mr T Roe", "Democratic Services Officer"),
    }
    kay = one(claims(f, Rel.HOLDS, subject="Mr A Kay"))
    assert "Corporate Directors" in kay.evidence.quote and quoted(f, kay)


def test_posts_in_lower_case_before_and_after_a_name_as_the_press_writes_them():
    f = run(
        "Westby grants confirmed",
        "",
        "The grants were confirmed by Cabinet Member, Councillor Tess April who said: 'It is a pleasure.'",
        "",
        "Outgoing strategic director of children's services Kara Tull said the board was better informed.",
        "",
        "Lin Foss, chief officer for assessment, said: 'This is about courses.'",
        "",
        "It is led by Reverend Rolf Amos, local faith leader, and Mark Gell, Chief Executive of Westby Homes.",
        "",
        "Councillor Ann Poe, cabinet member for Communities and Customers, said the fund was open.",
    )
    assert pairs(f, Rel.HOLDS) >= {
        ("Councillor Tess April", "Cabinet Member"),  # a month for a surname after a given name
        ("Kara Tull", "Strategic Director of Children's Services"),
        ("Lin Foss", "chief officer for assessment"),
        ("Reverend Rolf Amos", "local faith leader"),
        ("Councillor Ann Poe", "cabinet member for Communities and Customers"),
    }
    assert not claims(f, Rel.WORKS_FOR, subject="Councillor Ann Poe")  # a portfolio is no body
    for c in f.claims:
        assert quoted(f, c), c


def test_names_ending_in_a_possessive_and_a_month_after_a_date_are_read_right():
    assert [p.name for p in people_in("Clr Roe’s written report and Jane Doe's plan")] == [
        "Clr Roe",
        "Jane Doe",
    ]
    assert [p.name for p in people_in("the meeting of Tuesday 12 May 2019 and Ann Poe June 2019")] == [
        "Ann Poe"
    ]
    assert part_type("Westby Baptist Church") == "organisation"


def test_members_asked_to_decide_on_a_list_is_no_list_of_members():
    f = run(
        "Westby Area Committee",
        "",
        "Members are asked to consider the following:",
        "",
        "(i)   Westby Counselling Service, towards the cost of counselling",
        "",
        "(ii)  Eastby Hall and Field Trust, towards the hall",
    )
    assert not claims(f, Rel.MEMBER)


def test_representatives_of_a_body_over_their_people_and_a_council_meeting_in_the_first_line():
    f = run(
        "A Minutes of Special Meeting of Westby District Council held on Thursday 17 November 2016 in Westby",  # 1
        "",  # 2
        "Members Present: Councillor Jane Doe, Chair",  # 3
        "",  # 4
        "In Attendance: Representatives of Westby Health Trust",  # 5
        "",  # 6
        "Mr Tim Roe, Chief Executive Ms Ann Poe, Director of Operations",  # 7
        "",  # 8
        "Westby Health Trust Local Commissioning Group",  # 9
        "",  # 10
        "Ms Bea Hale",  # 11
        "",  # 12
        "Representatives of Eastby Health Trust",  # 13
        "",  # 14
        "Mr Sam Loe, Chief Executive Mrs Alvina Moewood, Director of Reform",  # 15
    )
    assert pairs(f, Rel.CHAIR) == {("Councillor Jane Doe", "Westby District Council")}
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Mr Tim Roe", "Westby Health Trust"),
        ("Ms Ann Poe", "Westby Health Trust"),
        ("Ms Bea Hale", "Westby Health Trust Local Commissioning Group"),
        ("Mr Sam Loe", "Eastby Health Trust"),
        ("Mrs Alvina Moewood", "Eastby Health Trust"),  # a name the name lists do not know, after a title
    }
    roe = one(claims(f, Rel.WORKS_FOR, subject="Mr Tim Roe"))
    assert lines_of(roe) == (5, 7) and quoted(f, roe)


def test_dotted_initials_in_brackets_and_a_post_written_before_the_first_name_of_a_list():
    f = run(
        "Minutes of the Town Council Meeting 27th April 2021",  # 1
        "",  # 2
        "Present                                        The Mayor, Cllr. D. Hobb (DH) (in the chair).",  # 3
        "",  # 4
        "Councillors:  Mrs. E. Ball (EB), L. Coon (LMC), D.J.E. Hale (DJEH) and Mrs. P.F. Wats (PFW).",  # 5
    )
    assert ("D. Hobb", "Mayor") in pairs(f, Rel.HOLDS)
    assert pairs(f, Rel.CHAIR) == {("D. Hobb", "Town Council")}
    assert not claims(f, Rel.WORKS_FOR)  # 'LMC', 'DJEH': each one's initials, no body
    assert {c.subject.name for c in claims(f, Rel.MEMBER)} == {
        "D. Hobb",
        "E. Ball",
        "L. Coon",
        "D.J.E. Hale",
        "P.F. Wats",
    }
    for c in f.claims:
        assert quoted(f, c), c


def test_people_listed_under_their_bodies_labels_below_a_title_wrapped_over_a_blank_line():
    f = run(
        "MINUTES of MEETING of the WESTBY POLICE AND FIRE &",  # 1
        "",  # 2
        "RESCUE BOARD held in Westby House, Tuesday 4 December 2012 at 10.00 am.",  # 3
        "",  # 4
        "Present:-",  # 5
        "",  # 6
        "Westby Council: Councillors Thom (Chair), Baxt and Wall;",  # 7
        "",  # 8
        "Westby Constabulary: Chief Inspector J Roane;",  # 9
        "",  # 10
        "Armed Forces: Colonel P Bane;",  # 11
        "",  # 12
        "Apology for Absence:- Mr R Strach (Westby Justice Authority).",  # 13
    )
    board = "Westby Police and Fire & Rescue Board"
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj=board) if not c.role} >= {
        "Councillor Baxt",
        "Councillor Wall",
        "J Roane",
        "P Bane",
    }
    assert ("Councillor Thom", board) in pairs(f, Rel.CHAIR)
    assert pairs(f, Rel.WORKS_FOR) >= {
        ("Councillor Thom", "Westby Council"),
        ("J Roane", "Westby Constabulary"),
        ("Mr R Strach", "Westby Justice Authority"),
    }
    assert one(claims(f, Rel.MEMBER, subject="Mr R Strach")).role == "apologies"
    for c in f.claims:
        assert quoted(f, c), c


def test_an_authority_elects_its_chairman_and_officers_are_congratulated_on_their_promotions():
    f = run(
        "Westby Fire Authority",
        "",
        "1 Election of Chairman",
        "RESOLVED that Mr R J Phipps be elected as Chairman of the Fire Authority for the ensuing year.",
        "2 Election of Vice Chairman",
        "RESOLVED that Mr P Tuck be elected as Vice-Chairman of the Fire Authority for the ensuing year.",
        "",
        "The Chairman thanked Deputy Chief Fire Officer John Hodd for his time with the Service. He also "
        "congratulated Kit Chantry on his temporary promotion to Deputy Chief Fire Officer and Jon Pryde for his "
        "temporary promotion to Assistant Chief Fire Officer. Congratulations were also passed to Ann Bute.",
    )
    assert pairs(f, Rel.CHAIR) == {("Mr R J Phipps", "Fire Authority")}
    assert pairs(f, Rel.VICE_CHAIR) == {("Mr P Tuck", "Fire Authority")}
    holds = pairs(f, Rel.HOLDS)
    assert {
        ("John Hodd", "Deputy Chief Fire Officer"),
        ("Kit Chantry", "Deputy Chief Fire Officer"),
    } <= holds
    assert not [
        p for p, post in holds if p == "Jon Pryde" and post.startswith("Deputy")
    ]  # Keith's, before 'and'
    assert not [p for p, _ in holds if "Congratulations" in p]  # a sentence after a rank names no one


def test_a_chair_quoted_with_the_boards_generic_name_or_letters_chairs_the_documents_board():
    f = run(
        "Westby Public Services Board award",
        "",
        "The Westby Public Services Board (PSB) gave its award to a local group.",
        "",
        'Explaining the decision, Public Services Board Chair Cllr Nell Pryde, said: "Members felt strongly."',
        "",
        'Looking ahead, Council Leader and PSB Chair Cllr Stan Hunte said: "We will go on."',
    )
    board = "Westby Public Services Board"
    assert pairs(f, Rel.CHAIR) == {("Cllr Nell Pryde", board), ("Cllr Stan Hunte", "PSB")}  # as defined
    assert ("Cllr Stan Hunte", "Council Leader") in pairs(f, Rel.HOLDS)


def test_a_nominated_chairperson_and_an_elected_mayor_and_deputy_mayor():
    f = run(
        "Westby Borough Council Annual Meeting",
        "",
        "Councillor Mapes was nominated as Chairperson of the Scrutiny & Audit Panel by Cllr Powe, seconded by "
        "Cllr Eve. The nomination was uncontested.",
        "",
        "MOVED BY Councillor Morrow and duly seconded by Councillor Nightly that Councillor Heed be elected as Mayor "
        "for the Borough of Westby for the ensuing Municipal Year 2023/24.",
        "",
        "Councillor Bendel was elected as Deputy Mayor.",
    )
    assert pairs(f, Rel.CHAIR) == {("Councillor Mapes", "Scrutiny & Audit Panel")}  # not the proposer
    assert {("Councillor Heed", "Mayor"), ("Councillor Bendel", "Deputy Mayor")} <= pairs(f, Rel.HOLDS)
    for c in f.claims:
        assert quoted(f, c), c


def test_a_post_held_for_another_post_is_one_post():
    f = run(
        "Minutes of the Town Council Meeting",
        "",
        "The Town Clerk, Mrs. L.M. Phipp, the Town Clerk’s Assistant, Mrs. M.C. Vinc and a member of the public "
        "were also present.",
    )
    assert ("M.C. Vinc", "Town Clerk’s Assistant") in pairs(f, Rel.HOLDS)
    assert ("L.M. Phipp", "Town Clerk") in pairs(f, Rel.HOLDS)


def test_minutes_of_a_council_whose_name_holds_an_ampersand_held_somewhere_name_the_lists_group():
    facts = run(
        "Minutes of Westby & Eastby Community Council held at:-",
        "",
        "Westby Hall on Thursday 23 April 2009",
        "",
        "PRESENT: Cllrs: - C Moss (Chairperson) S Lane, L. Thorn, Megan Jonas.",
    )
    assert pairs(facts, Rel.CHAIR) == {("C Moss", "Westby & Eastby Community Council")}
    assert ("S Lane", "Westby & Eastby Community Council") in pairs(facts, Rel.MEMBER)
