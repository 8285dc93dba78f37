"""Priority lists by layout, each with the plan, strategy or partnership it belongs to.

Every text is invented (Exampleton, Northshire, Southtown ...). Each test names the shape it reads.
"""

from __future__ import annotations

import pytest

from ingest.model import Rel
from ingest.pipeline import extract


def priorities(*lines: str) -> dict[str, set[str]]:
    """owner -> its priorities, every quote checked against the lines it names."""
    facts = extract("t.txt", "\n".join(lines) + "\n")
    out: dict[str, set[str]] = {}
    for c in facts.claims:
        if c.rel is not Rel.PRIORITY_OF:
            continue
        span = " ".join(lines[c.evidence.line_start - 1 : c.evidence.line_end])
        assert " ".join(c.evidence.quote.split()) in " ".join(span.split()), c.evidence
        out.setdefault(c.object.name, set()).add(c.subject.name)
    return out


def test_bullets_after_a_sentence_naming_the_plan_and_its_themes():
    got = priorities(
        "Exampleton Community Safety",
        "",
        "The Safer Exampleton Plan sets out the vision for key themes:",
        "",
        "  • Reducing crime.",
        "  • Reducing reoffending.",
        "  • Building community cohesion.",
        "",
        "The partnership meets quarterly.",
    )
    assert got["Safer Exampleton Plan"] == {
        "Reducing crime",
        "Reducing reoffending",
        "Building community cohesion",
    }


def test_numbered_items_under_a_bullet_pointing_back_at_the_plan():
    got = priorities(
        "The Safer Northshire Plan 2021-2024 was approved by the Safer Northshire Board in July.",
        "",
        "  • The strategic assessment provided the evidence base for the three priorities in the Plan:",
        "  1. Protecting vulnerable people.",
        "  2. Tackling domestic abuse.",
        "  3. Reducing reoffending.",
        "  • The Board will report annually.",
    )
    assert got["Safer Northshire Plan 2021-2024"] == {
        "Protecting vulnerable people",
        "Tackling domestic abuse",
        "Reducing reoffending",
    }


def test_our_priorities_belong_to_the_partnership_and_this_plan_after_the_list():
    got = priorities(
        "Southtown Safer Communities Partnership works across the borough.",
        "",
        "Each year the Partnership reviews the evidence to set our priorities:",
        "",
        "  • Reduce violent crime in the town centre",
        "  • Reduce the harm caused by drugs",
        "",
        "Delivering this plan depends on partnership working.",
        "",
        "Download the Southtown Community Safety Plan 2022-25 from this page.",
    )
    items = {"Reduce violent crime in the town centre", "Reduce the harm caused by drugs"}
    assert got["Southtown Safer Communities Partnership"] == items
    assert got["Southtown Community Safety Plan 2022-25"] == items


def test_strategic_aims_announced_below_under_a_title_page():
    got = priorities(
        "COMMUNITY SAFETY STRATEGY",
        "Northshire",
        "April 2023 to March 2026",
        "INTRODUCTION",
        "This is reflected below in our Strategic Aims for the period.",
        "1. To reduce anti-social behaviour through a multi-agency approach.",
        "2. To bring prolific offenders to justice. Through this, to cut crime by 10%.",
        "3. To reduce Fear of Crime.",
    )
    assert got["COMMUNITY SAFETY STRATEGY Northshire April 2023 to March 2026"] == {
        "To reduce anti-social behaviour through a multi-agency approach",
        "To bring prolific offenders to justice",
        "To reduce Fear of Crime",
    }


def test_inline_semicolon_list_owned_by_the_agent_in_the_last_clause():
    got = priorities(
        "The Chair of the Safer Exampleton Partnership (SEP) attended.",
        "He noted how priorities were aligned with the Exampleton Vision 2030, and objectives supported by "
        "the SEP included: reduce harm from drugs; keep children safe (with the safeguarding partnership); "
        "and tackle anti-social behaviour.",
    )
    assert got["Safer Exampleton Partnership"] == {
        "reduce harm from drugs",
        "keep children safe",
        "tackle anti-social behaviour",
    }
    assert "Exampleton Vision 2030" not in got


def test_inline_comma_and_list_owned_by_the_sentence_subject():
    got = priorities(
        "Safer Homes which had been led by Northshire Housing had priorities for 2023/24 which included; "
        "healthy relationships, hidden harm, fewer evictions and better alignment through new family hubs;",
    )
    assert got["Safer Homes"] == {
        "healthy relationships",
        "hidden harm",
        "fewer evictions",
        "better alignment through new family hubs",
    }


def test_one_priority_per_line_under_a_heading():
    got = priorities(
        "Exampleton Health and Wellbeing Strategy 2024",
        "",
        "Our Strategic Priorities",
        "",
        "Starting well",
        "Living well",
        "Ageing well",
        "",
        "Each priority has a lead.",
    )
    assert got["Exampleton Health and Wellbeing Strategy 2024"] == {
        "Starting well",
        "Living well",
        "Ageing well",
    }


def test_numbered_paragraphs_that_mention_outcomes_are_not_a_list():
    got = priorities(
        "Background",
        "",
        "3. The Exampleton Partnership brings together the council and the police.",
        "4. Its purpose is to agree shared priorities so that partners deliver outcomes that matter.",
        "5. The Exampleton Partnership Plan is refreshed every year.",
        "6. The Plan is published online.",
    )
    assert got == {}


def test_a_singular_priority_heading_is_not_a_list_intro():
    got = priorities(
        "Exampleton Children's Plan 2022",
        "",
        "Priority 2: Keep children safe",
        "",
        "- 120 staff attended training",
        "- A new analyst joined the team",
    )
    assert "120 staff attended training" not in got.get("Exampleton Children's Plan 2022", set())


def test_a_numbered_list_takes_the_plan_the_sentence_above_names():
    got = priorities(
        "Westby Safeguarding Adults Board",
        "",
        "Our strategic plan",
        "Our Strategic Plan 2022-25 has three objectives.",
        "Objective 1: Preventing abuse and neglect",
        "Objective 2: Listening to people",
        "Objective 3: Learning from reviews",
    )
    assert got == {
        "Strategic Plan 2022-25": {
            "Preventing abuse and neglect",
            "Listening to people",
            "Learning from reviews",
        }
    }


def test_a_report_on_a_strategy_lists_its_ambitions_inline_and_its_priorities_lettered():
    got = priorities(
        "WELLBEING BOARD – REPORT",
        "",
        "Subject: Review of the Joint Wellbeing Strategy",
        "Report of: Director of Public Health",
        "",
        "2. Background",
        "2.1 The old strategy has ended. The revised strategy keeps two ambitions: Start Well and Age Well.",
        "2.2 Under these ambitions sit three priorities:",
        "a) Giving children the best start;",
        "b) Improving mental health; and",
        "c) Tackling inequalities.",
    )
    assert got["Joint Wellbeing Strategy"] >= {
        "Giving children the best start",
        "Improving mental health",
        "Tackling inequalities",
    }
    assert {"Start Well", "Age Well"} <= set().union(*got.values())  # read before the list's introduction
    assert not [owner for owner in got if owner.startswith(("Review", "Subject"))]


def test_a_plan_s_name_ends_at_its_sentence():
    got = priorities(
        "Welcome to the Northby Community Safety Plan. The plan sets out our work.",
        "",
        "Our priorities",
        "The partnership has agreed these priorities:",
        "• Reducing knife crime",
        "• Protecting older people",
    )
    assert not [owner for owner in got if "." in owner]


def test_terms_explained_after_a_dash_under_a_title_set_on_two_lines():
    got = priorities(
        "Safer Dunmoor",
        "Partnership Plan 2021 to 2024",
        "",
        "To achieve this we will focus on three key priorities:",
        "",
        "Protecting vulnerable people – those most at risk of harm",
        "Reducing reoffending – breaking the cycle",
        "Preventing extremism – the Prevent duty",
    )
    assert got == {
        "Safer Dunmoor Partnership Plan 2021 to 2024": {
            "Protecting vulnerable people",
            "Reducing reoffending",
            "Preventing extremism",
        }
    }


def test_numbered_priorities_each_over_its_description():
    got = priorities(
        "Eastby Community Safety Partnership",
        "",
        "What are our priorities?",
        "",
        "1. Reducing violence, including domestic abuse",
        "We will work with partners to reduce violence.",
        "",
        "2. Tackling anti-social behaviour",
        "Residents say this is their main concern.",
    )
    assert set().union(*got.values()) == {
        "Reducing violence, including domestic abuse",
        "Tackling anti-social behaviour",
    }


def test_areas_of_work_after_a_dash_and_objectives_as_infinitives():
    got = priorities(
        "The Safer Westby Partnership Plan 2012-2015 sets out our work.",
        "",
        "The Safer Westby Partnership will concentrate on the following areas of work – alcohol-related harm, "
        "domestic abuse and youth offending.",
        "",
        "The plan's objectives are to reduce crime, to increase public confidence and to reduce re-offending.",
    )
    items = set().union(*got.values())
    assert {"alcohol-related harm", "domestic abuse", "youth offending"} <= items
    assert {"to reduce crime", "to increase public confidence", "to reduce re-offending"} <= items


def test_the_board_s_priorities_in_its_own_terms_of_reference():
    got = priorities(
        "Westby Health and Wellbeing Board – Terms of Reference",
        "",
        "Members include a representative of the Westby Integrated Care Board.",
        "",
        "The Board's priorities are:",
        "1. Best start in life",
        "2. Ageing well",
    )
    assert got.get("Westby Health and Wellbeing Board") == {"Best start in life", "Ageing well"}
    assert "Westby Integrated Care Board" not in got


def test_priorities_set_between_dashes_in_a_sentence():
    got = priorities(
        "Westburgh Partnership Plan 2013",
        "",
        "Partners have agreed to focus on three strategic priorities for the city - alcohol, youth employment and "
        "vulnerable people - where working together makes the greatest difference.",
    )
    assert set().union(*got.values()) == {"alcohol", "youth employment", "vulnerable people"}


def test_lines_without_bullets_after_a_blank_under_an_introduction_ending_with_a_colon():
    got = priorities(
        "Southmere Community Safety Partnership",
        "",
        "Following the strategic assessment, the Partnership agreed to focus on three priorities:",
        "",
        "Protecting vulnerable people",
        "Reducing violent crime",
        "Reducing reoffending",
        "",
        "Each priority has a delivery group.",
    )
    assert got["Southmere Community Safety Partnership"] == {
        "Protecting vulnerable people",
        "Reducing violent crime",
        "Reducing reoffending",
    }


def test_these_are_after_the_sentence_that_counts_the_priorities():
    got = priorities(
        "Joint Health and Wellbeing Strategy 2024-2029",
        "",
        "The strategy sets out three priorities for Northvale. These are:",
        "",
        "1. Giving every child the best start in life",
        "2. Helping people to live healthier lives",
        "3. Supporting older people to stay independent",
    )
    assert got["Joint Health and Wellbeing Strategy 2024-2029"] == {
        "Giving every child the best start in life",
        "Helping people to live healthier lives",
        "Supporting older people to stay independent",
    }


def test_numbered_priority_headings_after_a_dash_under_a_body_dash_plan_title():
    got = priorities(
        "Westmoor Safer Communities Partnership – Partnership Plan 2024-2027",
        "",
        "Our Strategic Priorities",
        "",
        "Priority One – Domestic Abuse",
        "We will reduce the harm caused by domestic abuse.",
        "",
        "Priority Two – Serious Violence",
        "We will prevent serious violence, including knife crime.",
    )
    assert got["Westmoor Safer Communities Partnership Plan 2024-2027"] == {
        "Domestic Abuse",
        "Serious Violence",
    }
    assert not any("Priority" in p for ps in got.values() for p in ps)


def test_a_named_aim_with_its_description_after_a_colon_is_the_name():
    got = priorities(
        "Eastwick Safeguarding Children Partnership",
        "",
        "The Partnership has set itself the following strategic aims:",
        "",
        "- Neglect: to improve how agencies identify and respond to neglect",
        "- Exploitation: to protect children from criminal and sexual exploitation",
    )
    assert got["Eastwick Safeguarding Children Partnership"] == {"Neglect", "Exploitation"}


def test_the_owner_named_in_a_minutes_title_is_the_body_not_the_minutes():
    got = priorities(
        "Minutes of the Meeting of the Lowfield Community Safety Partnership Board",
        "",
        "The Board agreed that the priorities for 2024-25 would remain: burglary; domestic abuse; and anti-social behaviour.",
    )
    assert got["Lowfield Community Safety Partnership Board"] == {
        "burglary",
        "domestic abuse",
        "anti-social behaviour",
    }
    assert not [owner for owner in got if owner.startswith(("Minutes", "Meeting"))]


def test_paragraphs_opening_with_their_term_before_a_dash_under_an_our_priorities_heading():
    got = priorities(
        "Eastfold Health and Wellbeing Strategy 2024 - 2029",
        "",
        "Our priorities",
        "",
        "**Best start in life** – we will support every child to thrive in their early years.",
        "",
        "**Healthy weight** – we will help people to eat well and be active.",
    )
    assert got["Eastfold Health and Wellbeing Strategy 2024 - 2029"] == {
        "Best start in life",
        "Healthy weight",
    }


def test_names_of_themes_run_on_after_are_without_a_colon():
    got = priorities(
        "Safer Tilbrook Partnership",
        "",
        "The Partnership's priorities for 2024/25 are Serious Violence, Hate Crime and Drug-related Harm.",
    )
    assert got["Safer Tilbrook Partnership"] == {"Serious Violence", "Hate Crime", "Drug-related Harm"}


def test_lettered_priorities_in_minutes_belong_to_the_body_the_minutes_title_names():
    got = priorities(
        "Minutes of the Pellworth Community Safety Partnership, 9 May 2024",
        "",
        "It was agreed that the priorities for the coming year would be (a) reducing burglary, "
        "(b) tackling domestic abuse and (c) reducing alcohol-related violence.",
    )
    assert got["Pellworth Community Safety Partnership"] == {
        "reducing burglary",
        "tackling domestic abuse",
        "reducing alcohol-related violence",
    }


def test_an_introduction_naming_no_owner_takes_the_body_named_just_before():
    got = priorities(
        "ABOUT US",
        "",
        "The Safer Ravensey Partnership brings together the agencies that reduce crime in Ravensey.",
        "",
        "Key priorities include tackling domestic abuse, reducing reoffending and improving road safety.",
    )
    assert got["Safer Ravensey Partnership"] == {
        "tackling domestic abuse",
        "reducing reoffending",
        "improving road safety",
    }


def test_one_to_for_every_verb_and_a_numbered_paragraph_s_possessive_owner():
    got = priorities(
        "Marlow Fenn Children's Services Trust – Update, November 2024",
        "",
        "1.3 The Trust's early priorities will be to tackle drift in care planning, recruit permanent social "
        "workers and improve early help.",
    )
    assert got["Marlow Fenn Children's Services Trust"] == {
        "to tackle drift in care planning",
        "recruit permanent social workers",
        "improve early help",
    }
    assert not [owner for owner in got if owner.startswith("1.3")]


def test_a_header_word_run_into_the_next_is_no_numbered_item():
    got = priorities(
        "Northmere Community Safety Plan 2025-2028",
        "",
        "Outcome                 Action                              Lead",
        "Reduce violent crime    Work with licensed premises         Westby Police",
    )
    assert not [p for ps in got.values() for p in ps if p.startswith("ction")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members noted that the priorities of the Safer Kelby Board are domestic violence, hate crime and modern slavery.",
        "Priorities set by the Safer Kelby Board for the county include domestic violence, hate crime and modern slavery.",
        "The Safer Kelby Board sets the strategic priorities, which for 2025-26 are domestic violence, hate crime and "
        "modern slavery.",
    ],
)
def test_three_or_more_short_names_run_on_after_are_or_include(sentence):
    got = priorities("Overview and Scrutiny Committee – 14 November 2025", "", sentence)
    assert got["Safer Kelby Board"] == {"domestic violence", "hate crime", "modern slavery"}


def test_adjectives_after_are_are_no_priorities():
    assert not priorities("Safer Kelby Board", "", "The priorities are clear, measurable and achievable.")


def test_a_plan_set_out_as_a_numbered_outline_has_its_section_headings_as_priorities():
    lines = [
        "Kelby Partnership Delivery Plan",
        "",
        "1. Tackling drug and alcohol misuse",
        "1.1 Commission an integrated treatment service (Lead: Kelby Council)",
        "2. Reducing re-offending",
        "2.1 Deliver the Integrated Offender Management scheme (Lead: Northshire Probation)",
    ]
    assert priorities(*lines) == {
        "Kelby Partnership Delivery Plan": {"Tackling drug and alcohol misuse", "Reducing re-offending"}
    }
    lines[0] = "Minutes of the Kelby Partnership, 3 May 2025"  # minutes number their items so too
    assert priorities(*lines) == {}


def test_pillars_numbered_with_their_names_after_a_dash():
    assert priorities(
        "Westby Community Safety Partnership",
        "Action Plan 2025-26",
        "",
        "The action plan is built around three strategic pillars:",
        "",
        "Pillar 1 – Safer Communities",
        "Pillar 2 – Supporting Victims",
    )["Westby Community Safety Partnership"] == {"Safer Communities", "Supporting Victims"}


def test_they_are_to_after_the_sentence_counting_the_objectives_of_our_plan():
    got = priorities(
        "Kelby Public Services Board",
        "",
        "In our Well-being Plan we have agreed two well-being objectives. They are to:",
        "",
        "1. Support people to live well for longer;",
        "2. Build connected and resilient communities.",
    )
    both = {"Support people to live well for longer", "Build connected and resilient communities"}
    assert got["Kelby Public Services Board"] == both and got["Well-being Plan"] == both


def test_a_body_that_will_focus_on_an_inline_list():
    got = priorities(
        "Kelby Community Planning Partnership",
        "",
        "The Partnership will focus on: reducing child poverty; improving mental health; and tackling the climate emergency.",
    )
    assert got["Kelby Community Planning Partnership"] == {
        "reducing child poverty",
        "improving mental health",
        "tackling the climate emergency",
    }


def test_a_two_column_pipe_table_without_outer_pipes_headed_by_a_list_word():
    assert priorities(
        "Kelby Partnership",
        "",
        "Priority | Why it matters",
        "Serious violence | Violence with injury rose last year",
        "Anti-social behaviour | Residents told us it is their top concern",
    ) == {"Kelby Partnership": {"Serious violence", "Anti-social behaviour"}}


def test_priorities_a_board_agreed_would_be_short_names_under_a_numbered_heading():
    assert priorities(
        "Kelby Health and Wellbeing Board",
        "Minutes",
        "",
        "5. Priorities",
        "The Board agreed that its priorities for 2025/26 would be dementia, childhood obesity and mental health.",
    ) == {"Kelby Health and Wellbeing Board": {"dementia", "childhood obesity", "mental health"}}


def test_headed_paragraphs_after_a_sentence_announcing_the_following_priorities():
    got = priorities(
        "Kelby Health and Wellbeing Board",
        "",
        "Our priorities",
        "Following consultation, the Board has agreed the following priorities.",
        "",
        "Starting well",
        "Every child in Kelby should have the best start in life, with support for families",
        "from pregnancy onwards.",
        "",
        "Ageing well",
        "Older people should be supported to stay independent for longer.",
        "",
        "How we will deliver the strategy",
        "The Board will receive an annual report.",
    )
    assert got == {"Kelby Health and Wellbeing Board": {"Starting well", "Ageing well"}}


def test_a_column_headed_by_a_list_word_in_a_table_set_out_with_spaces():
    got = priorities(
        "Kelby Public Services Board",
        "",
        "Objective                                   Lead partner",
        "Giving every child the best start in        Kelby Council",
        "life",
        "Enabling people to age well                 Kelby University Health Board",
    )
    assert {p for ps in got.values() for p in ps} == {
        "Giving every child the best start in life",
        "Enabling people to age well",
    }


def test_a_plan_on_a_page_its_priorities_one_line_of_cells_under_the_heading():
    got = priorities(
        "Kelby Community Safety Partnership",
        "",
        "OUR PRIORITIES",
        "Reducing              Tackling              Safer",
        "reoffending           exploitation          neighbourhoods",
        "",
        "HOW WE WILL WORK",
        "Approach              Partner",
        "Early help            Kelby Council",
        "Shared data           Kelby Police",
    )
    assert got == {
        "Kelby Community Safety Partnership": {
            "Reducing reoffending",
            "Tackling exploitation",
            "Safer neighbourhoods",
        }
    }


def test_numbered_priority_lines_one_under_another_with_their_leads_in_brackets():
    got = priorities(
        "Kelby Children's Partnership",
        "Plan 2024-27",
        "",
        "Priority 1: Best start in life (Lead: Head of Early Help, Kelby Council)",
        "Priority 2: Good mental health (Lead: Kelby Mental Health Service)",
        "Priority 3: Safe from harm",
    )
    assert {p for ps in got.values() for p in ps} == {
        "Best start in life",
        "Good mental health",
        "Safe from harm",
    }


def test_a_numbered_section_heading_over_its_text_then_symbol_font_bullets():
    got = priorities(
        "Kelby Community Safety Partnership Plan 2023-2026",
        "",
        "2. Our Priorities",
        "The Kelby Community Safety Partnership has used the findings of the Strategic Assessment to",
        "agree the following three priorities for 2023-26:",
        "\uf0b7 Serious violence, including knife crime",
        "\uf0b7 Anti-social behaviour and its impact on our neighbourhoods",
        "\uf0b7 Exploitation of children and vulnerable adults",
    )
    assert got["Kelby Community Safety Partnership"] == {
        "Serious violence, including knife crime",
        "Anti-social behaviour and its impact on our neighbourhoods",
        "Exploitation of children and vulnerable adults",
    }


def test_a_committee_reports_numbered_sections_are_no_priorities():
    got = priorities(
        "Report to: Kelby Health and Wellbeing Board",
        "Subject: Refresh of the Joint Health and Wellbeing Strategy",
        "",
        "1. Purpose",
        "1.1 To ask the Board to approve the refreshed strategy.",
        "2. Background",
        "2.1 Four priorities are proposed:",
        "a) Giving children the best start in life;",
        "b) Supporting people to age well.",
        "3. Recommendation",
        "3.1 That the Board approves the strategy.",
    )
    assert {p for ps in got.values() for p in ps} == {
        "Giving children the best start in life",
        "Supporting people to age well",
    }


def test_priority_alone_on_a_line_over_its_words_and_a_sentence():
    got = priorities(
        "Kelby Safeguarding Adults Board",
        "Strategic Plan 2022-2025",
        "",
        "Our Strategic Priorities",
        "Priority 1",
        "Prevention and early intervention",
        "We will work with communities to stop abuse before it happens.",
        "Priority 2",
        "Making Safeguarding Personal",
        "People will be at the centre of every enquiry.",
    )
    assert {p for ps in got.values() for p in ps} == {
        "Prevention and early intervention",
        "Making Safeguarding Personal",
    }


def test_sub_groups_listed_to_take_forward_objectives_are_no_priorities():
    got = priorities(
        "Kelby Public Services Board",
        "",
        "The Board has established three sub-groups to take forward its well-being objectives:",
        "1. Thriving Communities Programme Board;",
        "2. Healthy Lives Partnership; and",
        "3. Green Kelby Group.",
    )
    assert got == {}


def test_sub_sections_of_a_section_naming_the_priorities_and_a_label_of_the_list_word_alone():
    got = priorities(
        "Safer Kelby Partnership",
        "Partnership Plan 2011-2014",
        "",
        "2. Our strategic priorities",
        "",
        "2.1 Reducing violent crime",
        "Violent crime fell last year but remains a concern in the town centre.",
        "",
        "2.2 Reducing re-offending",
        "A small number of offenders commit a large share of crime.",
        "",
        "3. Governance",
        "3.1 The Partnership Board meets quarterly.",
    )
    assert {p for ps in got.values() for p in ps} == {"Reducing violent crime", "Reducing re-offending"}
    got = priorities(
        "Kelby Health and Wellbeing Board",
        "",
        "Priorities: Tackling obesity, reducing smoking, improving mental health.",
    )
    assert got == {
        "Kelby Health and Wellbeing Board": {
            "Tackling obesity",
            "reducing smoking",
            "improving mental health",
        }
    }


def test_a_body_overseeing_these_outcomes_right_after_the_list_leads_each():
    facts = extract(
        "t.txt",
        "\n".join(
            [
                "Kelby Community Planning Partnership",
                "",
                "Outcome 1: Kelby's economy is growing",
                "Outcome 2: Kelby's communities are safe",
                "",
                "The Kelby CPP Board oversees delivery of these outcomes.",
            ]
        )
        + "\n",
    )
    assert {(c.subject.name, c.object.name) for c in facts.claims if c.rel is Rel.RESPONSIBLE} >= {
        ("Kelby CPP Board", "Kelby's economy is growing"),
        ("Kelby CPP Board", "Kelby's communities are safe"),
    }


def test_priorities_stated_one_a_sentence_by_their_order():
    got = priorities(
        "Kelby Community Safety Partnership",
        "",
        "Our first priority is to reduce serious violence. Our second priority is to tackle anti-social",
        "behaviour in our town centres. The third priority is protecting children from exploitation.",
        "The first meeting was held in May.",
    )
    assert got == {
        "Kelby Community Safety Partnership": {
            "reduce serious violence",
            "tackle anti-social behaviour in our town centres",
            "protecting children from exploitation",
        }
    }


def test_a_focus_verb_with_its_object_before_an_inline_list():
    got = priorities(
        "Wexcombe Community Safety Partnership",
        "",
        "The partnership will concentrate its resources on tackling burglary, reducing alcohol related"
        " violence, and supporting victims of domestic abuse.",
        "",
        "In 2013 the Partnership will prioritise domestic violence, road safety and youth crime.",
    )
    assert got["Wexcombe Community Safety Partnership"] == {
        "tackling burglary",
        "reducing alcohol related violence",
        "supporting victims of domestic abuse",
        "domestic violence",
        "road safety",
        "youth crime",
    }


def test_prioritise_with_a_colon_over_bullets():
    got = priorities(
        "Lowmoor Safer Communities Partnership",
        "",
        "In 2012 the Partnership will prioritise:",
        "* Hate crime",
        "* Road safety",
    )
    assert got["Lowmoor Safer Communities Partnership"] == {"Hate crime", "Road safety"}


def test_a_counted_sentence_over_as_many_headed_paragraphs():
    got = priorities(
        "Exampleton Community Safety Partnership",
        "",
        "The partnership has identified three key priorities for 2012/13.",
        "",
        "Tackling Burglary",
        "Burglary fell last year but remains a concern for residents.",
        "",
        "Alcohol Related Violence",
        "We will work with licensees in the town centre.",
        "",
        "Domestic Abuse",
        "We will support victims through the advocacy service.",
    )
    assert got["Exampleton Community Safety Partnership"] == {
        "Tackling Burglary",
        "Alcohol Related Violence",
        "Domestic Abuse",
    }


def test_a_counted_sentence_reads_no_list_of_another_length():
    got = priorities(
        "Exampleton Community Safety Partnership",
        "",
        "The partnership has three priorities for 2012/13.",
        "",
        "* Meets quarterly",
        "* Reports to the council",
    )
    assert got == {}


def test_one_line_paragraphs_after_an_introduction_ending_in_a_colon():
    got = priorities(
        "Southtown Community Safety Partnership Plan",
        "",
        "Our key objectives are:",
        "",
        "To reduce crime and the fear of crime.",
        "",
        "To reduce the harm caused by alcohol and drugs.",
        "",
        "To make our roads safer.",
        "",
        "The partnership will review its progress every year and publish a report on what it has achieved.",
    )
    assert got["Southtown Community Safety Partnership Plan"] == {
        "To reduce crime and the fear of crime",
        "To reduce the harm caused by alcohol and drugs",
        "To make our roads safer",
    }


def test_a_focus_as_a_noun_or_participle_hands_over_to_no_list():
    got = priorities(
        "Wexcombe Community Safety Partnership",
        "",
        "Priority 2: Tackle disorder with a focus on reducing street drinking, begging and rough sleeping.",
        "",
        "The target is supported by three measures focusing on reducing burglary, reducing vehicle crime and"
        " increasing referrals.",
    )
    assert "reducing street drinking" not in got.get("Wexcombe Community Safety Partnership", set())
    assert "reducing burglary" not in got.get("Wexcombe Community Safety Partnership", set())


def test_outcomes_numbered_under_their_priority_keep_their_words():
    got = priorities(
        "Northvale Single Outcome Agreement",
        "",
        "Priority 1: Alcohol",
        "Outcome 1.1 Fewer people drink at harmful levels",
        "Outcome 1.2 Reduced alcohol-related violence",
    )
    assert {"Fewer people drink at harmful levels", "Reduced alcohol-related violence"} <= got[
        "Northvale Single Outcome Agreement"
    ]


def test_items_marked_with_a_number_and_bracket_inside_a_sentence_wrapped_over_lines():
    lines = (
        "Gaulby Safer Neighbourhoods Partnership",
        "",
        "We have identified three priority areas for 2024: 1)",
        "violence against women and girls; 2) child",
        "exploitation; and 3) neighbourhood crime.",
    )
    assert priorities(*lines)["Gaulby Safer Neighbourhoods Partnership"] == {
        "violence against women and girls",
        "child exploitation",
        "neighbourhood crime",
    }
    assert not extract("t.txt", "\n".join(lines) + "\n").observations  # '2024: 1)' is no figure


def test_a_place_s_priorities_belong_to_the_plan_the_text_above_calls_this_plan_and_the_last_item_counts():
    lines = (
        "Keeping Westvale safe",
        "",
        "This Community Safety Strategic Plan 2025-28 sets out what the Community Safety Partnership will do."
        " In addition to the daily work already carried out by services, the partners chose further areas.",
        "",
        "Westvale's Community Safety Priorities for 2025 - 28 include:",
        "",
        "  1. Road and Water Safety",
        "  2. Serious Organised Crime",
        "  3. Counter Terrorism",
        "",
        "Within each priority area there is further work.",
    )
    got = priorities(*lines)
    owned = [c.object.name for c in extract("t.txt", "\n".join(lines)).claims if c.rel is Rel.RESPONSIBLE]
    assert not [o for o in owned if o.startswith("In addition")]  # a phrase 'carried out by' no one owns
    assert got == {
        "Community Safety Strategic Plan 2025-28": {
            "Road and Water Safety",
            "Serious Organised Crime",
            "Counter Terrorism",
        }
    }


def test_coded_objectives_announced_by_a_handover_with_items_nested_under_them():
    """'… in line with the three Strategic Objectives of the Joint Committee.' / 'The link is outlined
    below:' / '• SO1: To …' with '• PPF – …' nested under SO2: the three coded objectives, their words (not
    their codes), are the Joint Committee's; the nested items are none of them."""
    got = priorities(
        "1.1 Developing the Westby PCSP 2024-25 Action Plan",
        "",
        "The Westby PCSP Action Plan 2024-25 is aligned with the Westby community plan.",
        "",
        "It has been developed in line with the three Strategic Objectives of the Joint Committee.",
        "",
        "The link between both is outlined below:",
        "",
        "  • SO1: To form and successfully deliver the functions of the PCSP for the area",
        "  • SO2: To improve community safety by tackling crime and anti-social behaviour",
        "    • PPF - Vulnerable People - Reducing personal vulnerability",
        "    • PPF - Vulnerable Places - To create places where citizens work together",
        "  • SO3: To improve community confidence in the police",
        "",
        "1.2 Turning the Curve:",
    )
    assert got["Joint Committee"] == {
        "To form and successfully deliver the functions of the PCSP for the area",
        "To improve community safety by tackling crime and anti-social behaviour",
        "To improve community confidence in the police",
    }


def test_a_councils_priorities_of_a_semicolon_list_in_a_news_page():
    """'… the council has continued to focus on its core purpose as well as its four priorities of education;
    protecting the most vulnerable in society; supporting enterprise and maintaining locally accessible
    services.': the council named before is their owner; the last 'and' parts two -ing phrases."""
    got = priorities(
        "Data released today shows that most of Westby County Council’s services maintained their performance.",
        "",
        "The council has continued to focus on its core purpose of ‘building resilient communities’ as well as "
        "its four priorities of education; protecting the most vulnerable in society; supporting enterprise and "
        "maintaining locally accessible services.",
    )
    assert got["Westby County Council"] == {
        "education",
        "protecting the most vulnerable in society",
        "supporting enterprise",
        "maintaining locally accessible services",
    }


def test_lines_opened_by_a_defined_code_numbered_from_one_are_outcomes_of_what_the_code_spells():
    """'Westby Community Plan (WCP) Outcomes:' over 'WCP1 …', page numbers between, a line wrapped in lower case;
    the sentence after a colon ('This section includes diagrams, contributions and indicators.') and a quoted
    vision ('our vision to be: “A modern, ambitious council …”') are no lists."""
    got = priorities(
        "Council Delivery Plan 2024-2027",
        "Section 1 Our Westby Community Plan (WCP) Outcomes and Council Outcomes:",
        "This section includes diagrams detailing our outcomes, contributions, and critical activities and indicators.",
        "WCP1 All young people in Westby have a safe start in life and are supported to learn.",
        "7",
        "WCP2 Westby residents are active and have the skills for life and work.",
        "12",
        "WCP3 Older people in Westby are valued; their voices are heard and they",
        "are supported to live full lives for longer.",
        "19",
        "",
        "The council sets out our vision to be: “A modern, ambitious council creating a fairer future with all”",
    )
    outcomes = {
        "All young people in Westby have a safe start in life and are supported to learn",
        "Westby residents are active and have the skills for life and work",
        "Older people in Westby are valued; their voices are heard and they are supported to live full lives for longer",
    }
    assert got["Westby Community Plan"] == outcomes
    assert set().union(*got.values()) == outcomes


def test_numbered_priorities_reported_with_their_status_and_run_into_one_item():
    """'Priority 1: X - performance status … was acceptable;' (the status is no part of its name), 'Priority 2: Y
    - … acceptable; and' / 'Priority 3: Z – …' (the item ending in 'and' runs into the next)."""
    got = priorities(
        "The Westby Community Safety Partnership manager referred to the performance summary, highlighting:",
        "",
        "Priority 1: Reduce crime in Westby by working in partnership - performance status at year end was acceptable;",
        "",
        "Priority 2: Reducing reoffending - performance status at year end was acceptable; and",
        "",
        "Priority 3: Local Priorities – performance status at year end was good.",
    )
    assert set().union(*got.values()) == {
        "Reduce crime in Westby by working in partnership",
        "Reducing reoffending",
        "Local Priorities",
    }


def test_bulleted_numbered_outcomes_under_a_theme_named_on_a_page_titled_as_a_numbered_theme():
    """'Priority theme 2' / 'A greener and cleaner borough' / '• outcome 6 – Less waste sent to landfill' / …: the
    outcomes belong to the theme its heading names (lower-case 'borough' is no body) and to the page's theme."""
    got = priorities(
        "Priority theme 2",
        "",
        "A greener and cleaner borough",
        "",
        "  • outcome 6 – Less waste sent to landfill",
        "  • outcome 7 – Cleaner streets and parks",
        "",
        "What our data shows",
    )
    outcomes = {"Less waste sent to landfill", "Cleaner streets and parks"}
    assert got["A greener and cleaner borough"] == outcomes
    assert got["Priority theme 2"] == outcomes | {"A greener and cleaner borough"}


def test_a_page_titled_with_a_common_name_over_a_list_under_a_run_in_heading():
    facts = extract(
        "t.txt",
        "\n".join(
            [
                "Community Safety Partnership",
                "WestSafe, the name given to the Westby Community Safety Partnership, brings agencies together.",
                "WestSafe writes a strategy every three years, which sets the partnership's priorities.",
                "Key priorities",
                "- Divert young people from becoming involved in crime",
                "- Tackle the harms caused by drugs and alcohol",
                "Who belongs to the partnership?",
                "The partner agencies working together as WestSafe include:",
                "- Westby Borough Council",
                "- Westshire Police",
            ]
        )
        + "\n",
    )
    owned = {(c.subject.name, c.object.name) for c in facts.claims if c.rel is Rel.PRIORITY_OF}
    assert owned == {
        ("Divert young people from becoming involved in crime", "Westby Community Safety Partnership"),
        ("Tackle the harms caused by drugs and alcohol", "Westby Community Safety Partnership"),
    }  # the title's common name is the longer name the page writes; 'Key priorities' heads the list
    members = {(c.subject.name, c.object.name) for c in facts.claims if c.rel is Rel.MEMBER}
    assert ("Westshire Police", "Westby Community Safety Partnership") in members
    aliases = {(d.entity.name, d.alias) for d in facts.descriptions if d.alias}
    assert ("Westby Community Safety Partnership", "WestSafe") in aliases


def test_aims_glued_to_their_number_and_priorities_less_how_they_would_be_delivered():
    got = priorities(
        "The Westby Health and Wellbeing Strategy has three aims:",
        "Aim 1Tackle the causes of poor health",
        "Aim 2Give every child the best start",
        "Aim 3Reduce early deaths",
        "",
        "The Safer Eastby Plan 2024-2027 sets three priorities for the coming year:",
        "",
        "·         Reducing Crime which would be delivered by reducing reoffending.",
        "",
        "·         Tackling Hate Crime which will be delivered through a new reporting system.",
        "",
        "·         Building stronger communities.",
    )
    assert set().union(*got.values()) == {
        "Tackle the causes of poor health",
        "Give every child the best start",
        "Reduce early deaths",
        "Reducing Crime",
        "Tackling Hate Crime",
        "Building stronger communities",
    }


def test_aims_under_with_the_aim_of_and_duties_under_areas_of_responsibility_are_no_priorities():
    got = priorities(
        "Westby Community Safety Partnership",
        "The Partnership will coordinate community safety activity in Westby at a strategic level with the aim of:",
        "- Reducing anti-social behaviour and its impact on quality of life",
        "- Reduce crime and the harm caused by drug and alcohol use",
        "Key Areas of responsibility",
        "The Partnership will:",
        "- Oversee the development and review of the annual Partnership Plan.",
        "- Publish a Community Safety Strategy.",
    )
    assert got == {
        "Westby Community Safety Partnership": {
            "Reducing anti-social behaviour and its impact on quality of life",
            "Reduce crime and the harm caused by drug and alcohol use",
        }
    }


def test_these_after_a_period_of_time_point_back_at_the_priorities_the_sentence_before_names():
    got = priorities(
        "The Safer Westby Partnership produced a strategic assessment which informed its priorities. For the "
        "current year these were to tackle knife crime, violence against women and girls, and fraud.",
    )
    assert got == {"Safer Westby Partnership": {"knife crime", "violence against women and girls", "fraud"}}


def test_capitalised_themes_listed_after_of_with_the_sentence_going_on_after_the_last():
    got = priorities(
        "The Westby Community Planning Partnership will develop the five community planning themes of Children "
        "and Young People, The Economy, Health & Well-being, Where We Live and Our Community into actions.",
        "The framework will hold measures around the themes of alcohol, youth employment, and also in the "
        "target areas.",
    )
    assert got == {
        "Westby Community Planning Partnership": {
            "Children and Young People",
            "Economy",
            "Health & Well-being",
            "Where We Live",
            "Our Community",
        }
    }


def test_priorities_labelled_as_a_list_parted_by_semicolons():
    got = priorities(
        "The Westby Alliance has published its plan. The priorities set out for wellbeing have been labelled as "
        "economic opportunity; fair work; sustainable place; health and wellbeing; as well as poverty.",
    )
    assert got == {
        "Westby Alliance": {
            "economic opportunity",
            "fair work",
            "sustainable place",
            "health and wellbeing",
            "poverty",
        }
    }


def test_the_last_item_after_a_serial_comma_keeps_its_own_and():
    got = priorities(
        "The Westby CSP sets out three priorities for policing: tackle anti-social behaviour, reduce "
        "re-offending, and crack down on problems related to drugs and alcohol.",
    )
    assert set().union(*got.values()) == {
        "tackle anti-social behaviour",
        "reduce re-offending",
        "crack down on problems related to drugs and alcohol",
    }


def test_a_list_introduced_by_a_colon_and_dash_as_british_minutes_write_it():
    got = priorities(
        "Westby Community Safety Strategy",
        "The report set out the Strategy for 2022-25.",
        "Five priorities were detailed in the plan which was attached at Appendix A of the report:-",
        "- Anti-social behaviour (ASB)",
        "- Hate crime",
        "- Safer streets and night time economy",
    )
    assert got == {
        "Westby Community Safety Strategy": {
            "Anti-social behaviour",
            "Hate crime",
            "Safer streets and night time economy",
        }
    }


def test_local_priorities_numbered_with_a_dash_belong_to_the_partnership_named():
    got = priorities(
        "The 2009 Strategic Assessment is the third to be undertaken by Westby Community Safety Partnership.",
        "",
        "These priorities include:",
        "",
        "Local Priority 1 – Violent Crime",
        "",
        "Local Priority 2 – Anti-Social Behaviour",
    )
    assert got == {"Westby Community Safety Partnership": {"Violent Crime", "Anti-Social Behaviour"}}


def test_bullets_run_into_a_sentence_after_a_paragraph_naming_the_plan_they_belong_to():
    got = priorities(
        "Annual Report Westby Council 2019",
        "",
        "On 2 May 2018 the Council approved the Corporate Plan 2018-21, setting out our priorities for three years.",
        "",
        "Under our motto we have set three priorities that reflect the need for change. These are: • Balance the"
        " budget by 2021 • Build more affordable homes • Help residents live healthy lives",
    )
    assert got == {
        "Corporate Plan 2018-21": {
            "Balance the budget by 2021",
            "Build more affordable homes",
            "Help residents live healthy lives",
        }
    }


def test_a_list_introduced_by_these_areas_after_a_sentence_naming_the_key_areas():
    got = priorities(
        "Westby Community Panel minutes",
        "",
        "Safer Westby Partnership Plan",
        "A number of key areas had been identified for the Safer Westby Partnership to focus resources on. An update"
        " was given on each of these four areas:",
        "· Children at risk",
        "· Drug and alcohol related harm",
        "· Domestic abuse",
        "· Exploitation of vulnerable people",
        "",
        "A number of officers had been identified for the work. Updates were given on these officers:",
        "· Jane Doe",
        "· Tim Roe",
    )
    assert got == {
        "Safer Westby Partnership": {
            "Children at risk",
            "Drug and alcohol related harm",
            "Domestic abuse",
            "Exploitation of vulnerable people",
        }
    }


def test_a_body_introducing_its_list_by_the_short_form_of_its_name():
    got = priorities(
        "Community Safety",
        "",
        "The Safer Westby Partnership brings the council, police and health together.",
        "",
        "Safer Westby has identified the following priorities and agreed to focus its efforts on:",
        "",
        "• Violence and vulnerability",
        "• Crime prevention and home safety",
    )
    assert got == {
        "Safer Westby Partnership": {"Violence and vulnerability", "Crime prevention and home safety"}
    }


def test_items_nested_under_a_listed_priority_are_its_own_priorities():
    got = priorities(
        "Safer Westby Partnership",
        "",
        "      Safer Westby Partnership has identified the following priorities:",
        "",
        "      • Violence and Vulnerability",
        "        • Knife crime and robberies",
        "        • Possession of offensive weapons",
        "      • Crime Prevention and Home Safety",
        "        • Burglary",
    )
    assert got == {
        "Safer Westby Partnership": {"Violence and Vulnerability", "Crime Prevention and Home Safety"},
        "Violence and Vulnerability": {"Knife crime and robberies", "Possession of offensive weapons"},
        "Crime Prevention and Home Safety": {"Burglary"},
    }


def test_a_list_with_its_own_mark_under_a_bullet_that_introduces_it():
    got = priorities(
        "Community Safety Strategy 2023-26",
        "",
        "·                 The strategy set out six priorities. The priorities for Community Safety in Westby were:",
        "",
        "-      Tackling Violence Against Women and Girls",
        "",
        "-      Reducing incidents of burglary / robbery",
        "",
        "-      Perception of crime",
        "",
        "·                 The strategy would be reviewed every year by the partners and reported to the Cabinet.",
    )
    assert got == {
        "Community Safety Strategy 2023-26": {
            "Tackling Violence Against Women and Girls",
            "Reducing incidents of burglary / robbery",
            "Perception of crime",
        }
    }


def test_a_list_completing_who_a_group_focuses_on_is_no_list_of_priorities():
    assert (
        priorities(
            "Westby Community Safety Partnership",
            "",
            "The group will focus on vulnerable individuals who:",
            "- are over the age of 18",
            "- are isolated",
            "- have been a victim of crime",
        )
        == {}
    )


@pytest.mark.parametrize(
    "sentence, owner, items",
    [
        (  # the list word far into a long sentence, a relative 'which are' before the list
            "The Commissioner chooses a yearly theme from local need and the main priorities set out within her "
            "Westby Police and Crime Plan 2024-28 which are rural crime, serious violence, shoplifting, and drugs and alcohol.",
            "Westby Police and Crime Plan 2024-28",
            {"rural crime", "serious violence", "shoplifting", "drugs and alcohol"},
        ),
        (  # another verb ('were') before the one whose subject is the list word
            "Although Westby is a safe area, members were told that the key priorities of the Westby Partnership "
            "included youth nuisance, serious and organised crime, and hate crime.",
            "Westby Partnership",
            {"youth nuisance", "serious and organised crime", "hate crime"},
        ),
        (  # the list first, the list word after the verb
            "Reducing hate crime, disrupting county lines and improving safety at night "
            "are some of the priorities the Westby Partnership will focus on.",
            "Westby Partnership",
            {"Reducing hate crime", "disrupting county lines", "improving safety at night"},
        ),
        (
            "The Westby Partnership is focused on addressing these priority issues: acquisitive crime; county lines; "
            "and domestic abuse.",
            "Westby Partnership",
            {"acquisitive crime", "county lines", "domestic abuse"},
        ),
    ],
)
def test_inline_lists_in_prose_wherever_the_list_word_stands(sentence, owner, items):
    assert priorities(sentence).get(owner) == items


def test_the_plan_after_a_generic_action_plan_is_the_strategy_the_title_names():
    got = priorities(
        "Committee report",
        "Westvale and Northby Youth Strategy",
        "The Youth Strategy was drafted by the partnership over the winter.",
        "An Action Plan for 2023/24 would back the strategy and sit with the WNYP.",
        "Four priorities were set out in the plan which was enclosed with the report:",
        "- Youth clubs",
        "- Safe routes to school",
        "- Holiday activities",
        "- Mentoring",
    )
    assert got.get("Westvale and Northby Youth Strategy") == {
        "Youth clubs",
        "Safe routes to school",
        "Holiday activities",
        "Mentoring",
    }
    assert "Action Plan" not in got


def test_these_priorities_include_takes_the_plan_the_sentence_before_names_in_lower_case():
    got = priorities(
        "Northby's commissioner has handed £40,000 to local groups.",
        "The money goes to groups backing one of the priorities set in the Commissioner's Safer Lanes plan.",
        "These priorities include cutting burglary, guarding older people, tackling drug dealing, and calming traffic.",
        "Bids for the next round close in June.",
    )
    assert got == {
        "Safer Lanes plan": {
            "cutting burglary",
            "guarding older people",
            "tackling drug dealing",
            "calming traffic",
        }
    }


def test_a_plan_in_lower_case_after_one_capitalised_word_names_no_plan():
    assert (
        priorities(
            "The money goes to groups backing one of the priorities in the new plan.",
            "These priorities include cutting burglary, guarding older people, tackling drug dealing, and calming traffic.",
        )
        == {}
    )


def test_announced_entries_each_followed_by_its_description_paragraph_of_the_authority_named_before():
    got = priorities(
        "Jo Bloggs has been named interim leader of the Northby Combined Authority.",
        "",
        "She will steer delivery of the authority's Vision, which sets out three key priorities:",
        "",
        "  • Engine of trade",
        "",
        "Drawing in investment and building links for steady growth",
        "",
        "  • Makers of tomorrow",
        "",
        "Backing schools so that young people gain the skills for good jobs",
        "",
        "  • Pride of place",
        "",
        "Making towns and villages where people want to live",
    )
    assert got == {"Northby Combined Authority": {"Engine of trade", "Makers of tomorrow", "Pride of place"}}


def test_a_body_named_as_a_partner_in_the_introduction_does_not_own_the_list():
    got = priorities(
        "Eastby Community Safety Partnership annual report",
        "",
        "Priority 1 involved working jointly with partners e.g. Eastby Fire & Rescue Authority, Police, Health with the aim of:",
        "",
        "·       cutting victim based crime;",
        "",
        "·       cutting anti-social behaviour;",
    )
    assert got == {
        "Eastby Community Safety Partnership": {"cutting victim based crime", "cutting anti-social behaviour"}
    }


def test_the_chair_of_a_board_speaking_of_our_priorities_names_the_board():
    got = priorities(
        'Chair of the Westby Leadership Board, Councillor Cal Moe, said: "We are clear about our priorities, '
        'which are making improvements to our roads, attracting greater investment and boosting skills."',
    )
    assert got == {
        "Westby Leadership Board": {
            "making improvements to our roads",
            "attracting greater investment",
            "boosting skills",
        }
    }


def test_our_priorities_belong_to_the_plan_the_document_names_most_when_no_title_names_one():
    got = priorities(
        "Our Top Priorities",
        "",
        "A review of the Westby Plan found its outcomes still hold.",
        "",
        "After the review of the Westby Plan a list of priorities was agreed by the Westby Planning Partnership.",
        "",
        "Our Top Priorities are:",
        "",
        "  • Participation",
        "  • Clean streets",
        "  • Good jobs",
    )
    assert got.get("Westby Plan") == {"Participation", "Clean streets", "Good jobs"}
