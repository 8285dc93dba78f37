"""Layouts without blank lines or bullets, in invented text: a title page of short lines, a heading set
directly over its text, items written one per line, and what the readers take from them."""

from __future__ import annotations

from extraction_helpers import assert_quotes, doc, pairs, run

from ingest.blocks import Document
from ingest.model import Rel


def kinds(*lines: str) -> list[tuple[str, int]]:
    return [(b.kind, b.start) for b in Document("t.txt", doc(*lines)).blocks]


def test_items_one_per_line_under_a_heading_are_a_list():
    text = doc(
        "Northshire Community Safety Partnership",
        "",
        "Our priorities for 2024-2027",
        "Reducing anti-social behaviour",
        "Tackling domestic abuse",
        "Reducing re-offending",
    )
    facts = run(*text.splitlines())
    assert {s for s, _ in pairs(facts, Rel.PRIORITY_OF)} == {
        "Reducing anti-social behaviour",
        "Tackling domestic abuse",
        "Reducing re-offending",
    }
    assert_quotes(text, facts.claims)


def test_wrapped_prose_is_not_a_list():
    assert kinds(
        "The partnership met four times this year and agreed",
        "That its work should focus on the town centre and",
        "The estates where most incidents were reported.",
    ) == [("paragraph", 1)]


def test_label_lines_under_a_heading_are_fields_not_priorities():
    facts = run(
        "Eastshire Health and Wellbeing Board - Outcomes Dashboard",
        "",
        "KPI 1: Percentage of adults who smoke",
        "Target: 14%",
        "Latest: 15.2% (2022)",
        "Status: Amber",
    )
    assert not pairs(facts, Rel.PRIORITY_OF)
    assert {(o.measure, o.status or o.value) for o in facts.observations} == {
        ("target", 14.0),
        ("actual", 15.2),
        ("status", "amber"),
    }


def test_a_heading_set_over_its_text_and_the_partnership_pointed_back_to():
    assert kinds("Who we are", "The partnership is made up of the Council and the Police.") == [
        ("heading", 1),
        ("paragraph", 2),
    ]
    facts = run(
        "Southvale Community Safety Partnership",
        "",
        "Who we are",
        "The partnership is made up of Southvale District Council, Southvale Police and the Probation Service.",
    )
    assert {m for m, _ in pairs(facts, Rel.MEMBER)} == {
        "Southvale District Council",
        "Southvale Police",
        "Probation Service",
    }
    assert {g for _, g in pairs(facts, Rel.MEMBER)} == {"Southvale Community Safety Partnership"}


def test_a_partnership_pointed_back_to_needs_one_named_before():
    facts = run(
        "Annual report 2023", "", "The partnership is made up of Westvale Council and Westvale Police."
    )
    assert not pairs(facts, Rel.MEMBER)


def test_title_page_lines_then_a_sub_group_list_of_the_board():
    text = doc(
        "Exampleton Safeguarding Adults Board",
        "Terms of Reference",
        "",
        "1. Chair",
        "The Board is chaired by the Independent Chair.",
        "",
        "2. Sub-groups",
        "The following sub-groups report to the Board:",
        "- Learning and Development Sub-group",
        "- Quality Assurance Sub-group",
    )
    facts = run(*text.splitlines())
    assert kinds(*text.splitlines())[:2] == [("heading", 1), ("heading", 2)]
    assert pairs(facts, Rel.SUBGROUP_OF) == {
        ("Learning and Development Sub-group", "Exampleton Safeguarding Adults Board"),
        ("Quality Assurance Sub-group", "Exampleton Safeguarding Adults Board"),
    }
    assert not pairs(facts, Rel.MEMBER)  # '2. Sub-groups' is a section, not a member body
    assert_quotes(text, facts.claims)


def test_a_successor_name_ends_before_its_date():
    facts = run("The Westvale Drug Action Team was replaced by the Substance Misuse Partnership in 2015.")
    assert pairs(facts, Rel.REPLACED_BY) == {("Westvale Drug Action Team", "Substance Misuse Partnership")}


def test_key_areas_written_inline_after_a_colon():
    facts = run(
        "Safer Northby Partnership Plan 2022-2025",
        "",
        "The Partnership will focus on three key areas: violence against women and girls, serious violence "
        "and anti-social behaviour.",
    )
    assert {s for s, _ in pairs(facts, Rel.PRIORITY_OF)} == {
        "violence against women and girls",
        "serious violence",
        "anti-social behaviour",
    }


def test_an_acronym_owner_is_the_full_name_the_title_spells_out():
    facts = run(
        "EASTBY COMMUNITY SAFETY PARTNERSHIP STRATEGIC ASSESSMENT 2019",
        "",
        "The CSP has identified the following priorities for 2019-22:",
        "",
        "• Domestic abuse",
        "• Anti-social behaviour",
    )
    assert {o for _, o in pairs(facts, Rel.PRIORITY_OF)} == {"Eastby Community Safety Partnership"}


def test_a_long_introduction_ending_with_a_colon_then_items_one_per_line_with_their_explanations():
    facts = run(
        "Southby Health and Wellbeing Strategy 2016-2021",
        "",
        "Our vision is for everyone in Southby to live longer, healthier lives. To achieve this we have "
        "agreed four priorities:",
        "Giving every child the best start in life. Children who have a good start do better.",
        "Enabling people to live well. We will support healthy choices.",
        "Ageing well. Older people will be supported to stay independent.",
    )
    assert {s for s, _ in pairs(facts, Rel.PRIORITY_OF)} == {
        "Giving every child the best start in life",
        "Enabling people to live well",
        "Ageing well",
    }


def test_labelled_priority_lines_with_their_leads_and_a_rating_is_not_an_item():
    facts = run(
        "Westford Safer Communities Partnership",
        "",
        "Priority: Reducing violent crime",
        "Lead: Chief Inspector Amy Cole",
        "Priority: Tackling substance misuse",
        "Lead: Substance Misuse Commissioning Manager",
    )
    assert pairs(facts, Rel.PRIORITY_OF) == {
        ("Reducing violent crime", "Westford Safer Communities Partnership"),
        ("Tackling substance misuse", "Westford Safer Communities Partnership"),
    }
    assert ("Amy Cole", "Reducing violent crime") in pairs(facts, Rel.RESPONSIBLE)
    assert ("Amy Cole", "Lead") not in pairs(facts, Rel.HOLDS)
    rated = run("Action 1: Install new CCTV", "Priority: High", "Lead: Community Safety Team")
    assert not pairs(rated, Rel.PRIORITY_OF)
    assert {o for _, o in pairs(rated, Rel.RESPONSIBLE)} <= {"Install new CCTV"}


BROCHURE = (
    "Working together for a safer Westshire",
    "",
    "Westshire Community Safety Partnership was formed in April 2012.",
    "",
    "Westshire CSP replaces Easton CSP, Midby CSP and Northam Community Safety Partnership.",
    "",
    "Who are we?",
    "We are Westshire District Council, Easton Borough Council, Westshire Police and the Probation "
    "Service, working together with the voluntary sector.",
    "",
    "What are our priorities?",
    "In 2012-13 we will concentrate on:",
    "- reducing anti-social behaviour",
    "- tackling domestic violence",
    "",
    "Contact us",
    "Westshire CSP, Council Offices, High Street, Easton. Tel 01234 567890",
)


def test_a_brochure_its_title_question_headings_and_we_are():
    text = doc(*BROCHURE)
    facts = run(*BROCHURE)
    assert facts.title == "Working together for a safer Westshire"
    assert ("heading", 7) in kinds(*BROCHURE) and ("heading", 10) in kinds(*BROCHURE)
    assert pairs(facts, Rel.MEMBER) == {
        (body, "Westshire Community Safety Partnership")
        for body in (
            "Westshire District Council",
            "Easton Borough Council",
            "Westshire Police",
            "Probation Service",
        )
    }
    assert pairs(facts, Rel.PRIORITY_OF) == {
        ("reducing anti-social behaviour", "Westshire Community Safety Partnership"),
        ("tackling domestic violence", "Westshire Community Safety Partnership"),
    }
    assert pairs(facts, Rel.REPLACED_BY) == {
        ("Easton CSP", "Westshire CSP"),
        ("Midby CSP", "Westshire CSP"),
        ("Northam Community Safety Partnership", "Westshire CSP"),
    }
    assert_quotes(text, facts.claims)


def test_we_are_needs_names_after_it():
    facts = run(
        "Westvale Community Safety Partnership", "", "We are working with the Police and the Council."
    )
    assert not pairs(facts, Rel.MEMBER)


def test_an_action_table_one_cell_per_line_a_word_that_starts_like_a_month_is_no_period():
    facts = run(
        "Action",
        "Lead",
        "Target date",
        "",
        "Introduce a Community Trigger process",
        "ASB Coordinator",
        "June 2014",
        "",
        "Review the MARAC arrangements",
        "Domestic Abuse Forum",
        "September 2014",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("ASB Coordinator", "Introduce a Community Trigger process"),
        ("Domestic Abuse Forum", "Review the MARAC arrangements"),
    }


def test_objectives_with_their_lead_and_partners_run_on_in_the_same_line():
    facts = run(
        "Objective 2.1 Reduce re-offending by young people. Lead: Youth Offending Service. Partners: Police, "
        "Children's Services.",
        "Objective 2.2 Improve support for victims of hate crime. Lead: Community Cohesion Officer.",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Youth Offending Service", "Reduce re-offending by young people"),
        ("Community Cohesion Officer", "Improve support for victims of hate crime"),
    }
    assert pairs(facts, Rel.CONTRIBUTES) == {
        ("Police", "Reduce re-offending by young people"),
        ("Children's Services", "Reduce re-offending by young people"),
    }


def test_numbered_priorities_each_with_its_lead_after_a_colon_and_a_dash():
    """'1.  Hate Crime: Key Priority Lead – Westvale Council.': the item, then a label ending in 'Lead'."""
    facts = run(
        "The partnership's three key priorities:",
        "",
        "1.  Hate Crime: Key Priority Lead – Westvale Council.",
        "",
        "2.  Violence Against Women & Girls: Theme Lead - Northby Police.",
        "",
        "3.  Road Safety: the council will report on progress – annually.",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Westvale Council", "Hate Crime"),
        ("Northby Police", "Violence Against Women & Girls"),
    }


def test_a_bodys_lead_on_work_that_a_team_supports_or_shares():
    """'Supporting Westshire Police's lead on tackling violent crime', 'Supporting Westshire County Council to
    lead on drug misuse', 'Working with Northby District Council to jointly lead on tackling graffiti': the
    body named is the owner, not 'Supporting …'."""
    facts = run(
        "The Community Safety Team helps by:",
        "  • Supporting Westshire Police's lead on tackling violent crime",
        "  • Working with Northby District Council to jointly lead on tackling graffiti",
        "  • Supporting Westshire County Council to lead on drug misuse",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Westshire Police", "tackling violent crime"),
        ("Northby District Council", "tackling graffiti"),
        ("Westshire County Council", "drug misuse"),
    }


def test_an_objective_alone_over_its_words_then_who_is_responsible_over_bulleted_posts():
    """'Improvement Objective 2:' / 'Place - We will keep our parks clean.' / 'By:' and bullets / 'Who is
    responsible:' over one post a bullet: each post owns the objective."""
    facts = run(
        "Improvement Objective 2:",
        "Place - We will keep our parks clean.",
        "By:",
        "- Enhancing our open spaces.",
        "Who is responsible:",
        "- Director of Community",
        "- Interim Director of Operations",
        "Why are we doing this?",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Director of Community", "Place - We will keep our parks clean"),
        ("Interim Director of Operations", "Place - We will keep our parks clean"),
    }


def test_the_work_led_is_the_named_plan_or_operation_not_the_clause_around_it():
    facts = run(
        "The Community Safety Team will lead on the delivery of the Night Time Economy Action Plan.",
        "Westby Police are responsible for Operation Nightsafe, supported by the Street Pastors.",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Community Safety Team", "Night Time Economy Action Plan"),
        ("Westby Police", "Operation Nightsafe"),
    }
    assert pairs(facts, Rel.CONTRIBUTES) == {("Street Pastors", "Operation Nightsafe")}


def test_action_rows_run_together_with_single_spaces_under_a_one_line_header():
    facts = run(
        "Safer Northby Plan 2011-12",
        "",
        "Action Lead Timescale",
        "Develop a domestic abuse strategy Domestic Abuse Coordinator March 2012",
        "Expand the Neighbourhood Watch scheme Northby Police Ongoing",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Domestic Abuse Coordinator", "Develop a domestic abuse strategy"),
        ("Northby Police", "Expand the Neighbourhood Watch scheme"),
    }


def test_bracketed_leads_and_what_who_when_blocks():
    facts = run(
        "1.1 Deliver a night-time economy scheme (Lead: Northby Police)",
        "1.2 Review CCTV coverage in the town centre (Lead: Community Safety Team; Partners: Northby BID)",
        "",
        "What: Run a campaign on doorstep crime",
        "Who: Trading Standards",
        "When: Autumn 2012",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Northby Police", "Deliver a night-time economy scheme"),
        ("Community Safety Team", "Review CCTV coverage in the town centre"),
        ("Trading Standards", "Run a campaign on doorstep crime"),
    }
    assert pairs(facts, Rel.CONTRIBUTES) == {("Northby BID", "Review CCTV coverage in the town centre")}


def test_who_is_no_owner_outside_a_what_block():
    facts = run("Action 3: Review the licensing policy", "Who: the Licensing Committee asked for a review")
    assert not pairs(facts, Rel.RESPONSIBLE)


def test_owners_written_as_lead_agency_rests_with_coordinates_and_owns():
    facts = run(
        "Westvale Council is the lead agency for the Prevent programme.",
        "Responsibility for the night-time economy rests with the Licensing Team.",
        "The ASB Team coordinates the Community Trigger process.",
        "Delivery of the Hate Crime Action Plan is overseen by the Cohesion Forum.",
    )
    assert {
        ("Westvale Council", "Prevent programme"),
        ("Licensing Team", "night-time economy"),
        ("ASB Team", "Community Trigger process"),
        ("Cohesion Forum", "Hate Crime Action Plan"),
    } <= pairs(facts, Rel.RESPONSIBLE)


def test_an_item_that_is_the_responsibility_of_a_body():
    facts = run(
        "Anti-social behaviour is the responsibility of the ASB Task Group, chaired by the Housing Manager.",
        "The night-time economy remains the joint responsibility of the Licensing Group.",
        "Responsibility for the hate crime priority lies with the Cohesion Board.",
    )
    assert {
        ("ASB Task Group", "Anti-social behaviour"),
        ("Licensing Group", "night-time economy"),
        ("Cohesion Board", "hate crime"),
    } == pairs(facts, Rel.RESPONSIBLE)


def test_a_plan_named_in_lower_case_with_its_years_then_which_sets_out_its_priorities():
    facts = run(
        "Northvale Community Planning Partnership",
        "",
        "The Partnership's work is aligned with Northvale City Council's Strategic plan: 2017 to 2022, which "
        "sets out four priorities: economic growth and resilience; a thriving and empowered city; and a well "
        "governed city.",
    )
    plan = "Northvale City Council's Strategic plan: 2017 to 2022"
    assert pairs(facts, Rel.PRIORITY_OF) == {
        ("economic growth and resilience", plan),
        ("a thriving and empowered city", plan),
        ("a well governed city", plan),
    }


def test_the_body_on_a_title_page_is_responsible_for_the_plan_it_issues():
    facts = run(
        "Safer Westvale Partnership",
        "",
        "Community Safety Plan",
        "2021 - 2024",
        "",
        "This plan sets out how partners will work together.",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Safer Westvale Partnership", "Community Safety Plan 2021 - 2024")
    }
    assert not pairs(
        run("Community Safety Plan", "2021 - 2024", "", "Partners will work together."), Rel.RESPONSIBLE
    )


def test_a_local_outcome_with_its_lead_and_contributing_partners():
    facts = run(
        "Local Outcome 1: Our communities are safer",
        "Lead partner: Police Scotland",
        "Contributing partners: Northvale City Council, Scottish Fire and Rescue Service",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {("Police Scotland", "Our communities are safer")}
    assert pairs(facts, Rel.CONTRIBUTES) == {
        ("Northvale City Council", "Our communities are safer"),
        ("Scottish Fire and Rescue Service", "Our communities are safer"),
    }


def test_priorities_in_the_sentence_after_their_count_and_enumerated_inline():
    facts = run(
        "Eastford Community Safety Partnership",
        "",
        "The partnership has three strategic priorities. These are: reducing violent crime; tackling anti-social "
        "behaviour; and protecting vulnerable people.",
        "",
        "The CSP's priorities for 2017-18 were agreed as (i) domestic abuse, (ii) hate crime and (iii) burglary.",
    )
    assert {p for p, _ in pairs(facts, Rel.PRIORITY_OF)} == {
        "reducing violent crime",
        "tackling anti-social behaviour",
        "protecting vulnerable people",
        "domestic abuse",
        "hate crime",
        "burglary",
    }


def test_priorities_as_headings_each_over_its_paragraph_under_our_priorities():
    facts = run(
        "Westdale Safer Communities Partnership Plan 2011-14",
        "",
        "Our priorities",
        "",
        "Reducing alcohol-related violence",
        "Alcohol remains a factor in half of all violent incidents.",
        "",
        "Supporting victims of domestic abuse",
        "We will improve support for victims.",
    )
    assert {p for p, _ in pairs(facts, Rel.PRIORITY_OF)} == {
        "Reducing alcohol-related violence",
        "Supporting victims of domestic abuse",
    }


def test_a_board_web_page_its_independent_chair_and_sub_groups_with_their_remits():
    facts = run(
        "Safeguarding Adults Board",
        "",
        "The Northby Safeguarding Adults Board (NSAB) oversees how agencies work together to protect adults.",
        "",
        "The Board is chaired by an independent chair, Jane Roe, and meets four times a year.",
        "",
        "The work of the Board is carried out through its sub-groups:",
        "Performance and Quality Sub-group – responsible for the performance framework.",
        "Learning and Development Sub-group – responsible for the training programme.",
    )
    assert pairs(facts, Rel.CHAIR) == {("Jane Roe", "Northby Safeguarding Adults Board")}
    assert {s for s, _ in pairs(facts, Rel.SUBGROUP_OF)} == {
        "Performance and Quality Sub-group",
        "Learning and Development Sub-group",
    }
    assert not pairs(facts, Rel.RESPONSIBLE)  # 'oversees how agencies work' names no item


def test_a_bullet_wrapped_over_short_lines_is_one_item():
    from ingest.blocks import Document

    d = Document(
        "t.txt",
        "\n".join(
            [
                "Our priorities:",
                "• Reducing the harm",
                "caused by drugs and",
                "alcohol",
                "• Protecting victims",
                "of domestic abuse",
                "Working with other partnerships",
                "The Board works with the Safer Westby Partnership.",
            ]
        ),
    )
    items = [(b.start, b.end, b.text) for b in d.blocks if b.kind == "item"]
    assert items == [
        (2, 4, "Reducing the harm caused by drugs and alcohol"),
        (5, 6, "Protecting victims of domestic abuse"),
    ]
    assert [b.text for b in d.blocks if b.kind == "heading"] == ["Working with other partnerships"]


def test_a_narrow_column_without_blank_lines_or_full_stops_is_cut_into_headings_items_and_paragraphs():
    from ingest.blocks import Document

    lines = [
        "Safer Dunmoor",
        "Partnership Plan 2011-2014",
        "Our priorities",
        "Following our strategic",
        "assessment the partners",
        "have agreed three",
        "priorities for the plan",
        "Reducing burglary and",
        "vehicle crime",
        "Tackling anti-social",
        "behaviour",
        "Protecting victims of",
        "domestic abuse",
    ]
    d = Document("t.txt", "\n".join(lines))
    got = [(b.kind, b.start, b.end, b.text) for b in d.blocks]
    assert got[0] == ("heading", 1, 2, "Safer Dunmoor Partnership Plan 2011-2014")  # a name set on two lines
    assert ("heading", 3, 3, "Our priorities") in got
    assert [(b.start, b.end, b.text) for b in d.blocks if b.kind == "item"] == [
        (8, 9, "Reducing burglary and vehicle crime"),
        (10, 11, "Tackling anti-social behaviour"),
        (12, 13, "Protecting victims of domestic abuse"),
    ]


def test_a_line_ending_on_a_joining_word_goes_on_past_a_blank_line():
    assert kinds(
        "The partnership brings together the council, the police and",
        "",
        "the fire service to reduce crime.",
    ) == [("paragraph", 1)]
    assert kinds(
        "The partnership met on 3 May.", "", "Director of Children's Services and", "", "Education"
    ) == [("paragraph", 1), ("paragraph", 3)]


def test_a_page_number_line_between_items_does_not_end_the_list():
    text = doc(
        "Kelby Community Safety Partnership",
        "",
        "Our priorities for 2025-28 are:",
        "",
        "• Tackling anti-social behaviour",
        "• Reducing serious violence",
        "",
        "Page 2 of 6",
        "",
        "• Protecting vulnerable people",
    )
    f = run(*text.splitlines())
    assert {s for s, _ in pairs(f, Rel.PRIORITY_OF)} == {
        "Tackling anti-social behaviour",
        "Reducing serious violence",
        "Protecting vulnerable people",
    }
    assert_quotes(text, f.claims)


def test_a_word_broken_over_two_lines_is_read_whole_and_quoted_as_written():
    text = doc(
        "Kelby Health and Wellbeing Board",
        "",
        "The Board is supported by the Kelby Start Well Partner-",
        "ship and the Kelby Health Protection Sub-",
        "group, both of which report to the Board.",
    )
    f = run(*text.splitlines())
    board = "Kelby Health and Wellbeing Board"
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Kelby Start Well Partnership", board),
        ("Kelby Health Protection Sub-group", board),
    }
    assert_quotes(text, f.claims)


def test_a_suspended_hyphen_is_kept():
    from ingest.blocks import clean

    assert clean("short- and long-term plans") == "short- and long-term plans"
    assert clean("the Well- being Board") == "the Well-being Board"


def test_items_marked_with_the_glyphs_word_processors_and_pdf_text_layers_use():
    text = doc(
        "Ostrand Community Safety Partnership",
        "",
        "The Partnership's strategic priorities, as identified through the annual strategic",
        "assessment, are:",
        "",
        "➢ Reducing the harm caused by drugs and alcohol",
        "➢ Protecting children and young people from",
        "   exploitation",
        "· Tackling fraud against older residents",
        "o Improving road safety",
    )
    assert [k for k, _ in kinds(*text.splitlines())] == [
        "heading",
        "paragraph",
        "item",
        "item",
        "item",
        "item",
    ]
    facts = run(*text.splitlines())
    assert {s for s, _ in pairs(facts, Rel.PRIORITY_OF)} == {
        "Reducing the harm caused by drugs and alcohol",
        "Protecting children and young people from exploitation",
        "Tackling fraud against older residents",
        "Improving road safety",
    }
    assert_quotes(text, facts.claims)


def test_a_label_naming_an_outcomes_lead_partner_does_not_issue_the_plan():
    facts = run(
        "Eastvale Single Outcome Agreement",
        "",
        "Outcome 1: Fewer people are harmed by alcohol",
        "Lead partner: Eastvale Health Board",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {("Eastvale Health Board", "Fewer people are harmed by alcohol")}


def test_topics_each_led_by_a_body_under_a_line_saying_who_leads():
    facts = run(
        "Northvale Community Planning Partnership",
        "",
        "Each priority is led by a Strategic Partnership:",
        "",
        "  Alcohol – Northvale Alcohol and Drug Partnership",
        "  Vulnerable People – Northvale Vulnerable People Strategic Group",
        "",
        "Local outcomes",
    )
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Northvale Alcohol and Drug Partnership", "Alcohol"),
        ("Northvale Vulnerable People Strategic Group", "Vulnerable People"),
    }
    assert not pairs(facts, Rel.WORKS_FOR)  # 'Vulnerable People' is no one


def test_topics_beside_bodies_without_a_line_saying_who_leads_are_no_leads():
    facts = run(
        "Northvale Community Planning Partnership",
        "",
        "Our partners:",
        "",
        "  Alcohol – Northvale Alcohol and Drug Partnership",
        "  Housing – Northvale Housing Partnership",
    )
    assert not pairs(facts, Rel.RESPONSIBLE)


def test_a_title_in_capitals_over_a_plan_line_is_one_name_in_title_case():
    facts = run(
        "SAFER NORTHVALE",
        "Partnership Plan 2011 – 2014",
        "",
        "Our priorities for 2011/12 are:",
        "• Reduce serious acquisitive crime",
        "• Reduce re-offending",
        "",
        "Indicator                               Target   Actual",
        "Domestic burglaries                     580      612",
    )
    assert {o for _, o in pairs(facts, Rel.PRIORITY_OF)} >= {"Safer Northvale Partnership Plan 2011 – 2014"}
    assert {o for s, o in pairs(facts, Rel.PART_OF) if s == "Domestic burglaries"} == {
        "Safer Northvale Partnership Plan 2011 – 2014"
    }


def test_an_item_delivered_in_partnership_with_and_other_agencies_involved():
    facts = run(
        "Westvale Community Safety Partnership Plan 2012-2015",
        "",
        "Priority 1: Reducing re-offending",
        "The Youth Offending Service will deliver the triage scheme in partnership with Westvale Police.",
        "",
        "Priority 2: Domestic abuse",
        "Other agencies involved: Victim Support; Westvale Homes.",
        "",
        "The Probation Trust attends the board. The Probation Trust leads the work on women offenders.",
    )
    assert ("Youth Offending Service", "triage scheme") in pairs(facts, Rel.RESPONSIBLE)
    assert {
        ("Westvale Police", "triage scheme"),
        ("Victim Support", "Domestic abuse"),
        ("Westvale Homes", "Domestic abuse"),
    } <= pairs(facts, Rel.CONTRIBUTES)
    # the body named most is no issuer of the plan its title page names without it: the plan is the partnership's
    assert {s for s, o in pairs(facts, Rel.RESPONSIBLE) if o.endswith("Plan 2012-2015")} == {
        "Westvale Community Safety Partnership"
    }


def test_priorities_each_led_by_a_partnership_on_lines_of_a_paragraph():
    """'… a shift of focus from 5 priorities to 3 as below:' then 'Poverty - led by the Anti-Poverty Task Force' /
    'Employability - led by the Westby Employability Partnership', no marks and no blank lines: each priority's
    owner."""
    facts = run(
        "The current plan was approved by the partnership in 2022. The main change is a shift of focus from 5",
        "priorities to 3 as below:",
        "Poverty - led by the Anti-Poverty Task Force",
        "Employability - led by the Westby Employability Partnership",
        "The role of the partnership will be to support the work of the thematic partnerships.",
    )
    assert {
        ("Anti-Poverty Task Force", "Poverty"),
        ("Westby Employability Partnership", "Employability"),
    } <= pairs(facts, Rel.RESPONSIBLE)


def test_a_document_control_box_names_the_owner_of_the_plan_on_its_title_page():
    """'Document owner      Jane Doe' and 'Released to      Community Plan working' (a control box's rows, no
    colons), then the title 'Westby Community Plan': Jane Doe owns the plan; a row is never the plan's title."""
    facts = run(
        "Turning the tide for Westby 2010-2020",
        "",
        "Document Control Box",
        "Document owner              Jane Doe",
        "Version                     4.7- FINAL DRAFT",
        "Released to                 Community Plan working",
        "",
        "              Westby Community Plan",
        "",
        "Foreword by Ned Roe – Chair of Westby Strategic Partnership                   2",
    )
    assert ("Jane Doe", "Westby Community Plan") in pairs(facts, Rel.RESPONSIBLE)
    assert not any(plan.startswith("Released") for _, plan in pairs(facts, Rel.RESPONSIBLE))


def test_a_dash_alone_over_each_item_whose_text_wraps_over_several_lines():
    text = doc(
        "The report was presented by the Leader and the Westby and Eastby",
        "Public Services Board Manager, who drew attention to the following:",
        "-",
        "It was explained that the Board had been established under the",
        "Wellbeing Act and that it was a joint statutory body.",
        "-",
        "Reference was made to three",
        "operational sub-groups which dealt with some aspects of the Board's operation:",
        "-",
        "Climate Change sub-group:",
        "focusing on flood prevention.",
        "-",
        "The Welsh Language",
        "sub-group: focusing on the use of the language.",
        "-",
        "It w",
    )
    items = [(b.start, b.end) for b in Document("t.txt", text).blocks if b.kind == "item"]
    assert items == [(3, 5), (6, 8), (9, 11), (12, 14), (15, 16)]
    facts = run(*text.splitlines())
    assert pairs(facts, Rel.SUBGROUP_OF) == {
        ("Climate Change sub-group", "Westby and Eastby Public Services Board"),
        ("Welsh Language sub-group", "Westby and Eastby Public Services Board"),
    }


def test_themed_partnerships_listed_under_the_partnership_they_sit_under():
    facts = run(
        "At the highest level sits the Westby Strategic Partnership (WSP) our local strategic partnership.",
        "",
        "Under the WSP sit three themed strategic partnerships:",
        "",
        "  • Health and well-being",
        "  • Economy and skills",
        "  • Safer and Stronger communities",
    )
    assert {child for child, parent in pairs(facts, Rel.SUBGROUP_OF) if parent == "WSP"} == {
        "Health and well-being",
        "Economy and skills",
        "Safer and Stronger communities",
    }


def test_groups_counted_in_one_sentence_then_listed_after_these_are():
    facts = run(
        "At present the Westby Health and Wellbeing Board has three Operational Delivery Partnership Boards.",
        "",
        "These are:",
        "",
        "  • Drug and Alcohol Action Team",
        "  • Learning Disabilities Partnership",
        "  • Carers Partnership Board",
    )
    assert {c for c, p in pairs(facts, Rel.SUBGROUP_OF) if p == "Westby Health and Wellbeing Board"} == {
        "Drug and Alcohol Action Team",
        "Learning Disabilities Partnership",
        "Carers Partnership Board",
    }
