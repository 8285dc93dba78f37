"""Member bodies listed under a membership heading, label or lead-in (ingest/extract/memberships.py
``member_lists``): one a line, bulleted or plain, a table's first column, a comma list over lines.

Invented text in several councils' styles; each test names the layout it reads and the lists that
must not be read as members (related pages, invited participants, people, running text).
"""

from __future__ import annotations

from extraction_helpers import assert_quotes, doc, pairs, run

from ingest.blocks import Document
from ingest.extract.context import Context
from ingest.extract.memberships import member_lists
from ingest.model import Rel


def members(*lines: str) -> set[tuple[str, str]]:
    text = doc(*lines)
    claims = list(member_lists(Context(Document("t.txt", text))))
    assert_quotes(text, claims)
    return {(c.subject.name, c.object.name) for c in claims}


def test_bullets_under_a_lead_in_of_the_documents_group():
    assert members(
        "Kingsmere Community Safety Partnership",
        "Partnership Plan 2024-2027",
        "",
        "In Kingsmere the responsible authorities are:",
        "  • Kingsmere District Council",
        "  • Westshire Fire and Rescue Service",
        "  • NHS Westshire Integrated Care Board",
        "",
        "The partnership also works with housing associations.",
    ) == {
        ("Kingsmere District Council", "Kingsmere Community Safety Partnership"),
        ("Westshire Fire and Rescue Service", "Kingsmere Community Safety Partnership"),
        ("NHS Westshire Integrated Care Board", "Kingsmere Community Safety Partnership"),
    }


def test_label_with_a_comma_list_over_lines_under_a_terms_of_reference_heading():
    assert members(
        "NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP",
        "",
        "SERIOUS VIOLENCE DELIVERY GROUP - TERMS OF REFERENCE",
        "",
        "Members:",
        "Northshire County Council, Northshire Constabulary,",
        "Northshire Probation Delivery Unit and Northshire Youth Justice Service",
    ) == {
        (body, "Serious Violence Delivery Group")
        for body in (
            "Northshire County Council",
            "Northshire Constabulary",
            "Northshire Probation Delivery Unit",
            "Northshire Youth Justice Service",
        )
    }


def test_table_first_column_with_header_and_named_group():
    got = members(
        "Annual report",
        "",
        "Members of the Westvale Health and Wellbeing Board",
        "Organisation\tRepresentative\tRole",
        "Westvale Council\tCouncillor Sarah Finch\tChair",
        "NHS Westvale Integrated Care Board\tChief Executive\tVice-Chair",
        "Healthwatch Westvale | Chair of Healthwatch | Member",
    )
    assert got == {
        ("Westvale Council", "Westvale Health and Wellbeing Board"),
        ("NHS Westvale Integrated Care Board", "Westvale Health and Wellbeing Board"),
        ("Healthwatch Westvale", "Westvale Health and Wellbeing Board"),
    }


def test_lists_that_are_not_members():
    assert not members(
        "Safer Ashcombe Partnership",
        "",
        "Related pages",
        "Ashcombe Safeguarding Adults Board",
        "Ashcombe Health and Wellbeing Board",
        "",
        "Invited participants:",
        "Westcambria Police",
        "Welsh Government",
        "",
        "Membership",
        "Councillor Jane Doe (Chair)",
        "Director of Public Health, Ashcombe Council",
        "",
        "Membership",
        "The partnership brings together Ashcombe Council, Ashcombe Police and NHS Ashcombe",
        "Integrated Care Board, who meet quarterly to agree the plan.",
        "",
        "The following organisations are not members:",
        "Ashcombe Business Improvement District",
        "Ashcombe Students' Union",
    )


def test_a_body_under_a_person_is_the_persons_and_a_body_after_a_full_entry_is_a_member():
    assert members(
        "Westvale Youth Justice Board",
        "",
        "Members:",
        "Peter Lane",
        "Westvale Police",
        "Director of Children's Services",
        "Exampleton Borough Council",
        "Northshire Probation Delivery Unit",
        "Healthwatch Westvale",
    ) == {
        ("Northshire Probation Delivery Unit", "Westvale Youth Justice Board"),
        ("Healthwatch Westvale", "Westvale Youth Justice Board"),
    }


def test_prose_these_are_after_the_statutory_partners_and_a_body_after_a_long_name():
    from ingest.extract.memberships import memberships

    text = doc(
        "Glenbarra Community Planning Partnership",
        "",
        "The Act names the statutory partners. In Glenbarra these are Glenbarra Council, Police Scotland, "
        "Skills Development Scotland and Glenbarra College.",
        "",
        "The Act names the statutory partners. These are not all active.",
        "The report names its authors. They are Westvale Council and Westvale Police.",
        "The Office of the Police and Crime Commissioner works with the partnership.",
    )
    claims = list(memberships(Context(Document("t.txt", text))))
    assert_quotes(text, claims)
    assert {(c.subject.name, c.object.name) for c in claims} == {
        (body, "Glenbarra Community Planning Partnership")
        for body in (
            "Glenbarra Council",
            "Police Scotland",
            "Skills Development Scotland",
            "Glenbarra College",
        )
    }


def test_numbered_clauses_with_representatives_and_an_inline_list():
    got = members(
        "EASTMOOR HEALTH AND WELLBEING BOARD",
        "TERMS OF REFERENCE",
        "",
        "2.1 The membership of the Board shall comprise:",
        "(a) three elected members of Eastmoor Council, one of whom shall chair the Board;",
        "(b) the Director of Public Health;",
        "(c) a representative of Healthwatch Eastmoor;",
        "(d) two representatives of NHS Eastmoor Integrated Care Board.",
        "2.2 The Board may co-opt further members, including representatives of Eastmoor Police.",
        "",
        "The Southvale Children's Partnership members are: Southvale Council; Southvale Police; NHS Southvale",
        "Integrated Care Board; and the Southvale Parent Carer Forum.",
        "",
        "Invited participants are: Westvale Police; Welsh Government.",
    )
    board = "Eastmoor Health and Wellbeing Board"
    assert {m for m, g in got if g == board} == {
        "Eastmoor Council",
        "Healthwatch Eastmoor",
        "NHS Eastmoor Integrated Care Board",
    }
    assert {g for m, g in got if g != board} == {"Southvale Children's Partnership"}
    assert {m for m, g in got if g != board} == {
        "Southvale Council",
        "Southvale Police",
        "NHS Southvale Integrated Care Board",
        "Southvale Parent Carer Forum",
    }


def test_statutory_partners_sentence_naming_no_group_is_the_partnership_named_before():
    from ingest.extract.memberships import memberships

    text = doc(
        "Structure and sub-groups",
        "",
        "The Westvale Safeguarding Children Partnership brings together many agencies. The Westvale "
        "Safeguarding Children Partnership meets quarterly.",
        "",
        "The three statutory safeguarding partners are Westvale County Council, Westvale Police and NHS "
        "Westvale Integrated Care Board.",
        "The three largest employers are Westvale County Council, Westvale University and Westvale College.",
    )
    claims = list(memberships(Context(Document("t.txt", text))))
    assert_quotes(text, claims)
    assert {(c.subject.name, c.object.name) for c in claims} == {
        (body, "Westvale Safeguarding Children Partnership")
        for body in ("Westvale County Council", "Westvale Police", "NHS Westvale Integrated Care Board")
    }


def test_it_comprises_the_following_organisations_after_the_partnership_is_named():
    got = members(
        "Report to: Westmoor Overview and Scrutiny Committee",
        "Subject: Safer Westmoor Partnership - annual update",
        "",
        "1.1 The Safer Westmoor Partnership (SWP) is the statutory community safety partnership for the",
        "borough. It comprises representatives from the following organisations:",
        "    o Westmoor Borough Council",
        "    o Eastshire Constabulary",
        "",
        "1.2 Officers consulted the following organisations:",
        "    o Westmoor Chamber of Commerce",
        "    o Westmoor College",
    )
    assert got == {
        ("Westmoor Borough Council", "Safer Westmoor Partnership"),
        ("Eastshire Constabulary", "Safer Westmoor Partnership"),
    }


def test_it_brings_together_takes_the_group_the_sentence_before_opens_with():
    f = run(
        "The Safer Westby Partnership is the community safety partnership for Westby. It brings together "
        "Westby Borough Council, Westshire Police and NHS Westby."
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "Safer Westby Partnership"} == {
        "Westby Borough Council",
        "Westshire Police",
        "NHS Westby",
    }


def test_made_up_of_representatives_from_bodies_after_a_bracketed_acronym():
    f = run(
        "The Westby Community Safety Partnership (WCSP) is made up of representatives from Westby District "
        "Council, Westshire Police and the Probation Service."
    )
    assert {m for m, _ in pairs(f, Rel.MEMBER)} == {
        "Westby District Council",
        "Westshire Police",
        "Probation Service",
    }


def test_a_group_comprising_bodies_or_drawing_its_membership_from_them():
    f = run(
        "Eastby Community Planning Board – comprising Eastby Council, Eastby Voluntary Action, NHS Eastmoor "
        "and the private and business sector",
        "",
        "The Westby Reducing Reoffending Group includes membership from Westby Council, Westshire Police and "
        "the Probation Service.",
    )
    assert {(m, g) for m, g in pairs(f, Rel.MEMBER)} == {
        ("Eastby Council", "Eastby Community Planning Board"),
        ("Eastby Voluntary Action", "Eastby Community Planning Board"),
        ("NHS Eastmoor", "Eastby Community Planning Board"),
        ("private and business sector", "Eastby Community Planning Board"),
        ("Westby Council", "Westby Reducing Reoffending Group"),
        ("Westshire Police", "Westby Reducing Reoffending Group"),
        ("Probation Service", "Westby Reducing Reoffending Group"),
    }  # 'the private and business sector' is one kind of member, not a body named 'private'


def test_terms_of_reference_membership_of_posts_with_their_bodies_under_a_comprise_line():
    f = run(
        "WESTBY SAFER COMMUNITIES BOARD",
        "",
        "2. Membership",
        "2.1 The Board will comprise:",
        "a) The Cabinet Member for Communities, Westby Borough Council (Chair)",
        "b) The District Commander, Westshire Police (Vice-Chair)",
        "c) A representative of the National Probation Service",
    )
    board = "Westby Safer Communities Board"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == board} == {
        "Westby Borough Council",
        "Westshire Police",
        "National Probation Service",
    }
    assert pairs(f, Rel.CHAIR) == {("Cabinet Member for Communities", board)}
    assert pairs(f, Rel.VICE_CHAIR) == {("District Commander", board)}


def test_a_made_up_of_sentence_with_its_list_after_a_colon_on_the_same_line():
    f = run(
        "Kelby Health and Wellbeing Board",
        "",
        "The Board is made up of: Kelby Council, Healthwatch Kelby and Northshire Police.",
    )
    assert pairs(f, Rel.MEMBER) == {
        ("Kelby Council", "Kelby Health and Wellbeing Board"),
        ("Healthwatch Kelby", "Kelby Health and Wellbeing Board"),
        ("Northshire Police", "Kelby Health and Wellbeing Board"),
    }


def test_a_label_pointing_back_at_the_sub_group_of_a_title_block_lists_its_members():
    f = run(
        "Kelby Safeguarding Adults Board",
        "Quality Assurance Sub-group",
        "Terms of Reference",
        "",
        "1. Purpose",
        "The sub-group assures the Board of the quality of safeguarding practice.",
        "",
        "2. Accountability",
        "The group is accountable to the Kelby Safeguarding Adults Board and reports to each meeting.",
        "Urgent matters are escalated to the Independent Chair.",
        "",
        "3. Membership",
        "The membership of the sub-group is:",
        "- Kelby Police",
        "- Kelby Borough Council",
    )
    assert {o for _, o in pairs(f, Rel.MEMBER)} == {"Quality Assurance Sub-group"}


def test_an_about_page_its_board_named_once_with_its_short_name_and_its_statutory_partners():
    text = (
        "About us",
        "",
        "The Kelby Safeguarding Adults Board (KSAB) is a statutory body set up under the Care Act 2014.",
        "The Board's independent chair is Margaret Owusu. The Board has three statutory partners: Kelby",
        "Council, Kelshire Police and the Kelby Integrated Care Board.",
        "",
        "Meet the Board",
        "Margaret Owusu, Independent Chair",
    )
    f = run(*text)
    assert f.title is None
    board = "Kelby Safeguarding Adults Board"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == board} == {
        "Kelby Council",
        "Kelshire Police",
        "Kelby Integrated Care Board",
    }
    assert ("Margaret Owusu", board) in pairs(f, Rel.CHAIR)


def test_one_representative_from_each_of_the_following_bodies_and_counts_in_brackets():
    f = run(
        "Kelby Community Safety Partnership",
        "Terms of Reference",
        "",
        "Membership",
        "The Partnership will have one representative from each of the following: Kelby District Council,",
        "Kelshire Police and the Kelby Integrated Care Board.",
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "Kelby Community Safety Partnership"} == {
        "Kelby District Council",
        "Kelshire Police",
        "Kelby Integrated Care Board",
    }
    counted = run(
        "Kelby Health and Wellbeing Board",
        "",
        "Membership: Kelby Council (3 members), Kelby Integrated Care Board (2), Healthwatch Kelby (1).",
    )
    assert {m for m, _ in pairs(counted, Rel.MEMBER)} == {
        "Kelby Council",
        "Kelby Integrated Care Board",
        "Healthwatch Kelby",
    }


def test_its_purpose_to_bring_together_bodies_names_the_group_the_sentence_before_proposed():
    f = run(
        "Kelby Community Safety Arrangements",
        "",
        "It was also proposed that there would be a Kelby and Northshire Community Safety Board to replace the",
        "existing Forum.  Its purpose would be to bring together the Police and Crime Commissioner, Kelby",
        "Council and Northshire Police to agree strategic themes.",
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "Kelby and Northshire Community Safety Board"} == {
        "Police and Crime Commissioner",
        "Kelby Council",
        "Northshire Police",
    }


def test_statutory_partners_who_form_an_executive_group_joined_by_representatives_of_others():
    f = run(
        "Kelby Safeguarding Children Partnership",
        "",
        "The three statutory Safeguarding Partners are Kelby County Council, Kelshire Police, and the Kelby",
        "Integrated Care System. They form the Executive Group for the Kelby Safeguarding Children Partnership.",
        "The Executive Group is joined by representatives from the Office of the Police and Crime Commissioner.",
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "Executive Group"} == {
        "Kelby County Council",
        "Kelshire Police",
        "Kelby Integrated Care System",
        "Office of the Police and Crime Commissioner",
    }


def test_bodies_the_group_works_with_listed_after_their_introduction_contribute_not_belong():
    f = run(
        "Westby Community Safety Partnership",  # 1
        "",  # 2
        "Westby CSP is made up of representatives from Northshire Police and Westby Council.",  # 3
        "",  # 4
        "The partners also work in partnership with the following non-statutory organisations.",  # 5
        "",  # 6
        "  • Westby Housing Group",  # 7
        "  • Northshire Chamber of Commerce",  # 8
        "  • Westby Voluntary Action",  # 9
        "",  # 10
        "Other matters",  # 11
    )
    group = "Westby Community Safety Partnership"
    assert {s for s, o in pairs(f, Rel.CONTRIBUTES) if o == group} == {
        "Westby Housing Group",
        "Northshire Chamber of Commerce",
        "Westby Voluntary Action",
    }
    assert not {s for s, o in pairs(f, Rel.MEMBER) if s == "Westby Housing Group"}
    assert_quotes(f.text, f.claims)


def test_a_negated_partner_introduction_lists_no_contributors():
    f = run(
        "Westby Community Safety Partnership",
        "The partnership does not work with the following organisations:",
        "  • Westby Housing Group",
        "  • Northshire Chamber of Commerce",
    )
    assert not pairs(f, Rel.CONTRIBUTES)


def test_member_bodies_named_for_places_or_run_on_into_their_services_are_one_body_each():
    f = run(
        "Westby Safeguarding Adults Board",  # 1
        "About the Safeguarding Adults Board",  # 2
        "The following agencies are members of the Safeguarding Adults Board:",  # 3
        "- Westby Council Children, Adults and Families; Community Safety; Public Health",  # 4
        "- Northshire, Eastby and Westby NHS Foundation Trust",  # 5
        "- Northshire Police",  # 6
        "The Chair of the Safeguarding Adults Board",  # 7
        "Jane Doe",  # 8
    )
    got = {s for s, o in pairs(f, Rel.MEMBER) if o == "Westby Safeguarding Adults Board"}
    assert got == {
        "Westby Council",
        "Northshire, Eastby and Westby NHS Foundation Trust",
        "Northshire Police",
    }
    assert not {o for _, o in pairs(f, Rel.MEMBER) if o.startswith("About")}


def test_a_partnership_that_consists_of_groups_and_members_introduced_at_length():
    f = run(
        "Safer Westby Partnership",  # 1
        "",  # 2
        "There are 3 responsible authorities, under sections 5 and 6 of the Crime and Disorder Act 1998, who "
        "have a statutory duty to work in partnership to improve community safety and in Westby, these are:",  # 3
        "",  # 4
        "  • Westby City Council",  # 5
        "  • Northshire Police",  # 6
        "  • Northshire Fire and Rescue Service",  # 7
        "",  # 8
        "The Partnership consists of:",  # 9
        "",  # 10
        "  • The Safer Westby Strategic Board – made up of the 3 responsible authorities",  # 11
        "  • Area Delivery through its Local Problem Solving (LPS) Groups",  # 12
        "  • Themed Delivery through delivery networks (e.g. the Westby Domestic Abuse Partnership) or task groups",  # 13
        "  • Partnership Support from the Council’s Policy service",  # 14
    )
    group = "Safer Westby Partnership"
    assert {s for s, o in pairs(f, Rel.MEMBER) if o == group} == {
        "Westby City Council",
        "Northshire Police",
        "Northshire Fire and Rescue Service",
    }
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Safer Westby Strategic Board", group),
        ("Local Problem Solving (LPS) Groups", group),
    }


def test_an_acronym_the_page_defines_names_the_group_whose_partner_agencies_are_listed():
    text = "\n".join(
        [
            "About Westvale SAPB",
            "",
            "This website is about the work of Westvale Safeguarding Adults Partnership Board (also referred to"
            " as WSAPB).",
            "",
            "Our Partnership+",
            "",
            "WSAPB partner agencies include senior representatives from:",
            "",
            "  • Westvale Council ",
            "  • Northshire Police ",
            "  • West Fens and Fenmoor Teaching Hospital ",
            "  • Westvale CVS ",
        ]
    )
    members = pairs(run(*text.splitlines()), Rel.MEMBER)
    board = "Westvale Safeguarding Adults Partnership Board"
    assert {
        ("Westvale Council", board),
        ("Northshire Police", board),
        ("West Fens and Fenmoor Teaching Hospital", board),
    } <= members
    assert not [m for m in members if m[0] == "West Fens" or m[1] != board]


def test_responsible_authorities_in_two_columns_under_the_partnership_s_label():
    lines = [
        "Westvale Community Safety Partnership Plan",
        "The Westvale Community Safety Partnership has a statutory requirement to:",
        "- Produce an annual assessment",
        "- Establish Domestic Homicide Reviews",
        "The Westvale Community Safety Partnership will work together to reduce crime.",
        "The partnership: Responsible authorities/attendees",
        "- Westvale City Council - Office of the Police & Crime Commissioner",
        "- Northshire Police - Northshire Ambulance Service",
    ]
    csp = "Westvale Community Safety Partnership"
    assert {
        ("Westvale City Council", csp),
        ("Office of the Police & Crime Commissioner", csp),
        ("Northshire Police", csp),
        ("Northshire Ambulance Service", csp),
    } <= pairs(run(*lines), Rel.MEMBER)


def test_a_board_members_page_lists_its_members_by_category_after_a_colon_and_its_executive_assists_it():
    lines = [
        "Westby Partnership Board Members",
        "",
        "Westby Community Planning Partnership was reconfigured in 2015 and renamed the Westby Partnership.",
        "",
        "Partners with a statutory duty to facilitate community planning: Westby Islands Council, NHS Westby,"
        " Fens and Islands Enterprise, Northshire Police and the Northshire Fire and Rescue Service.",
        "",
        "Local and co-opted partners: Voluntary Action Westby and Westby Housing Association.",
        "",
        "The Board is assisted by an Executive Group comprising the five partners.",
    ]
    f = run(*lines)
    board = "Westby Partnership Board"
    assert {
        ("Westby Islands Council", board),
        ("Fens and Islands Enterprise", board),
        ("Northshire Fire and Rescue Service", board),
        ("Westby Housing Association", board),
    } <= pairs(f, Rel.MEMBER)
    assert ("Executive Group", board) in pairs(f, Rel.SUBGROUP_OF)
    assert ("Westby Community Planning Partnership", "Westby Partnership") in pairs(f, Rel.REPLACED_BY)


def test_a_member_list_with_a_comma_left_out_before_the_and_a_local_body():
    """'… including Westby Council, Fire and Rescue Service the Police Authority and the Local Health Board':
    'the' after a body's head word starts the next; 'Local' is part of a body's name, 'local' is not."""
    f = run(
        "Westby Community Safety Partnership is aimed at tackling crime. It is made up of members including "
        "Westby Council, Fire and Rescue Service the Police Authority and the Local Health Board as well as "
        "local Friends of the Earth groups."
    )
    got = {m for m, g in pairs(f, Rel.MEMBER) if g == "Westby Community Safety Partnership"}
    assert {"Westby Council", "Fire and Rescue Service", "Police Authority", "Local Health Board"} <= got
    assert not any(" the Police" in m or m == "Health Board" for m in got)


def test_a_groups_label_saying_what_it_comprises_and_the_other_agencies_integral_to_the_partnership():
    """'The Executive: Which comprises of the responsible authorities as defined in the Crime and' / 'Disorder
    Act' over bullets: the Executive's members; 'The other agencies that are considered to be integral to the
    partnership include:' over bullets, some in lower case ('Westby Alcohol and drugs agency'): the
    partnership's, named in full above ('The Westby Safer Communities Partnership (CDRP) had …')."""
    got = members(
        "Annual Report 2023-24",
        "The Westby Safer Communities Partnership (CDRP) had responsibility for the strategy.",
        "The Executive: Which comprises of the responsible authorities as defined in the Crime and",
        "Disorder Act",
        "• Westby Borough Council",
        "• Westshire Police",
        "• Westshire Fire & Rescue Service",
        "The other agencies that are considered to be integral to the partnership include:",
        "• Westby Alcohol and drugs agency (WADA)",
        "• Westby and District Foundation NHS trust",
        "• Westby Council for Voluntary Service",
        "A review of the membership will be undertaken during 2024.",
    )
    partnership = "Westby Safer Communities Partnership"
    assert {m for m, g in got if g == "Executive"} == {
        "Westby Borough Council",
        "Westshire Police",
        "Westshire Fire & Rescue Service",
    }
    assert {m for m, g in got if g == partnership} == {
        "Westby Alcohol and drugs agency",
        "Westby and District Foundation NHS trust",
        "Westby Council for Voluntary Service",
    }


def test_a_body_named_of_the_two_places_stays_whole_in_a_list():
    """'…, University of the Westmoor and Islands Eastby College, Westby Council and Eastby Police': 'and' after
    'of the X' is the name's own."""
    f = run(
        "The Eastby Partnership Board is made up of Eastby Council, University of the Westmoor and Islands Eastby "
        "College, Westby Council and Eastby Police."
    )
    got = {m for m, g in pairs(f, Rel.MEMBER) if g == "Eastby Partnership Board"}
    assert "University of the Westmoor and Islands Eastby College" in got
    assert {"Eastby Council", "Westby Council", "Eastby Police"} <= got


def test_one_of_the_responsible_authorities_the_others_being_a_list_with_a_body_named_after_places():
    """'The Council was one of five responsible authorities for the Westby Community Safety Partnership, the others
    being Westshire Police, Westshire Fire and Rescue, Kent, Sussex and Surrey Community Rehabilitation Company and
    Westby NHS Clinical Commissioning Group.'"""
    f = run(
        "The Council was one of five responsible authorities for the Westby Community Safety Partnership, the "
        "others being Westshire Police, Westshire Fire and Rescue, Kent, Sussex and Surrey Community Rehabilitation "
        "Company and Westby NHS Clinical Commissioning Group."
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "Westby Community Safety Partnership"} == {
        "Westshire Police",
        "Westshire Fire and Rescue",
        "Kent, Sussex and Surrey Community Rehabilitation Company",
        "Westby NHS Clinical Commissioning Group",
    }


def test_member_agencies_named_after_a_dash_that_follows_what_kind_they_are():
    """'… the PCSP consists of 10 Elected Members, 9 Independent Members and representatives from designated
    agencies – Westby Justice Agency, Probation Board, WPS, Health Trust, and Fire and Rescue.': the agencies
    after the dash, an acronym among them a member (only the group's own initials are not)."""
    f = run(
        "In Westby, the PCSP consists of 10 Elected Members, 9 Independent Members and representatives from "
        "designated agencies – Westby Justice Agency, Probation Board, WPS, Westby Health Trust, and Westby Fire "
        "and Rescue Service."
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "PCSP"} == {
        "Westby Justice Agency",
        "Probation Board",
        "WPS",
        "Westby Health Trust",
        "Westby Fire and Rescue Service",
    }


def test_a_groups_members_written_as_posts_one_a_line_the_chairs_marked():
    """'The X Strategy Group membership consists of representatives from:' over one post a line ('Assistant
    Director of Housing (Chair)', 'Area Inspector - Westshire Police'): each post a member, the chair's post the
    group's chair."""
    f = run(
        "The Westby Strategy Group membership consists of representatives from:",
        "",
        "Assistant Director of Housing (Chair)",
        "Community Safety Officer (Secretariat)",
        "Deputy Director of Social Work",
        "Area Inspector - Westshire Police",
        "",
        "The group meets quarterly.",
    )
    group = "Westby Strategy Group"
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == group} == {
        "Assistant Director of Housing",
        "Community Safety Officer",
        "Deputy Director of Social Work",
        "Area Inspector",
    }
    assert pairs(f, Rel.CHAIR) == {("Assistant Director of Housing", group)}


def test_membership_heading_over_a_pages_other_column_then_posts_of_bodies():
    """'Membership' over bullets of the board's role (a page's other column run in first), then its members,
    each a post of a body: 'Chair of the Westby Health Partnership', 'Director of Public Health – NHS Westshire',
    'Senior Westshire Police representative'."""
    f = run(
        "Westby Community Planning Board",
        "",
        "Membership",
        "",
        "  • Set the strategic vision for the partnership to improve outcomes for individuals and communities.",
        "  • Council Leader",
        "  • Chair of the Westby Health Partnership",
        "  • Chief Executive of Westby Council",
        "  • Director of Public Health – NHS Westshire",
        "  • Senior Westshire Police representative",
        "",
        "Board Meeting Dates 2023",
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "Westby Community Planning Board"} == {
        "Council Leader",
        "Chair of the Westby Health Partnership",
        "Chief Executive of Westby Council",
        "Director of Public Health",
        "Senior Westshire Police representative",
    }


def test_a_label_of_part_of_the_list_is_no_member():
    f = run(
        "Westby Health and Wellbeing Board",
        "Terms of Reference",
        "4. Membership",
        "Voting Members",
        "Elected Mayor - Westby Council (Chair)",
        "Deputy Mayor – Westby Council (Vice-Chair)",
        "Executive Member for Adult Social Care",
        "Director of Public Health, Westby Council",
    )
    assert "Voting Members" not in {m for m, _ in pairs(f, Rel.MEMBER)}
    assert ("Elected Mayor", "Westby Health and Wellbeing Board") in pairs(f, Rel.MEMBER)


def test_statutory_members_included_after_the_groups_letters():
    f = run(
        "The CSP met four times a year.",
        "CSP Statutory Members included the Local Authority, Police, Fire Service and Probation Service.",
    )
    assert {m for m, g in pairs(f, Rel.MEMBER) if g == "CSP"} == {
        "Local Authority",
        "Police",
        "Fire Service",
        "Probation Service",
    }


def test_a_board_page_saying_its_membership_constitutes_of_bodies_after_its_chair():
    f = run(
        "Information about Westby Health and Wellbeing Board",
        "",
        "The board is chaired by the Portfolio Holder for Health and has a combination of Membership, "
        "constituting of Elected Members, Directors of Westby Council, and representatives from Westby Clinical "
        "Commissioning Group (CCG), Healthwatch Westby, Westby Community Safety Partnership Board and Carers Forum.",
    )
    members = {m for m, g in pairs(f, Rel.MEMBER) if g == "Westby Health and Wellbeing Board"}
    assert {
        "Elected Members",
        "Westby Clinical Commissioning Group",
        "Healthwatch Westby",
        "Westby Community Safety Partnership Board",
    } <= members
    assert not [g for _, g in pairs(f, Rel.MEMBER) if g.startswith("Information")]


def test_a_named_partnership_that_includes_a_body_and_a_list_and_a_panel_named_with_its_owner():
    assert members(
        "Community Safety Partnership",
        "The Westby Community Safety Partnership (CSP) includes Westby Borough Council and:",
        "- Exampleshire Police",
        "- Exampleshire County Council",
        "The partnership focuses on tackling crime.",
        "",
        "Group members",
        "The CSP's Westby Youth Panel includes:",
        "- Westby Youth Service",
        "- Exampleshire Police",
    ) == {
        ("Westby Borough Council", "Westby Community Safety Partnership"),
        ("Exampleshire Police", "Westby Community Safety Partnership"),
        ("Exampleshire County Council", "Westby Community Safety Partnership"),
        ("Westby Youth Service", "Westby Youth Panel"),
        ("Exampleshire Police", "Westby Youth Panel"),
    }


def test_a_list_that_a_line_naming_no_group_includes_names_no_members():
    assert (
        members(
            "The plan includes:",
            "- Westby Borough Council",
            "- Exampleshire Police",
        )
        == set()
    )


def test_bodies_listed_under_a_heading_the_partnership_are_the_titled_partnerships_members():
    assert members(
        "Westby Community Safety Partnership by jdoe42",
        "",
        "Community Plan 2020 - 2023",
        "",
        "                    The Partnership",
        "",
        "   Westby Borough Council (S)",
        "   Exampleshire Constabulary (S)",
        "   Exampleshire Fire and Rescue Service",
    ) == {
        ("Westby Borough Council", "Westby Community Safety Partnership"),
        ("Exampleshire Constabulary", "Westby Community Safety Partnership"),
        ("Exampleshire Fire and Rescue Service", "Westby Community Safety Partnership"),
    }


def test_each_body_before_a_colon_saying_how_it_sits_on_the_board():
    assert members(
        "Westshire Health and Care Partnership Board",
        "",
        "Members are appointed by the partners:",
        "",
        "  • Westshire County Council: Two representatives",
        "  • Westshire Police: One representative",
        "  • Westshire Fire and Rescue Service: Chief Fire Officer",
    ) == {
        ("Westshire County Council", "Westshire Health and Care Partnership Board"),
        ("Westshire Police", "Westshire Health and Care Partnership Board"),
        ("Westshire Fire and Rescue Service", "Westshire Health and Care Partnership Board"),
    }
