"""Structure statements read through the predicate table (ingest/data/predicates.yaml).

Invented text in several councils' styles; each test names the shape it reads.
"""

from __future__ import annotations

import time

import pytest
from extraction_helpers import assert_quotes, claims, lines_of, norm_name, one, pairs, run

from ingest.blocks import Document
from ingest.extract import governance, structure
from ingest.extract.context import Context
from ingest.extract.structure import split_names
from ingest.model import Kind, Rel
from ingest.resolve import resolve


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def read(text: str):
    ctx = Context(Document("t.txt", text))
    return list(structure.structure(ctx)), ctx


def rel(claims, r: Rel) -> set[tuple[str, str]]:
    return {(c.subject.name, c.object.name) for c in claims if c.rel is r}


def quotes_hold(claims, ctx) -> None:
    """Every quote is the text of the lines it names (the scorer's check)."""
    for c in claims:
        lines = ctx.doc.raw(c.evidence.line_start, c.evidence.line_end)
        assert c.evidence.quote in lines, (c, lines)


def test_accountable_to_a_named_partnership():
    claims, ctx = read(doc("The JAG is accountable to the Safer Exampleton Partnership."))
    assert ("JAG", "Safer Exampleton Partnership") in rel(claims, Rel.REPORTS_TO)
    quotes_hold(claims, ctx)


def test_which_reports_into_the_board_resolves_the_board():
    claims, _ = read(
        doc(
            "The Northshire Safeguarding Board meets quarterly.",
            "",
            "The Missing Children Panel, which reports into the Board, meets monthly.",
        )
    )
    assert ("Missing Children Panel", "Northshire Safeguarding Board") in rel(claims, Rel.REPORTS_TO)


def test_to_which_the_group_is_accountable():
    claims, _ = read(
        doc(
            "Exampleton Hate Crime Group",
            "",
            "The group meets every month. The Safer Exampleton Board, to which the group is accountable, sets its plan.",
        )
    )
    assert ("Exampleton Hate Crime Group", "Safer Exampleton Board") in rel(claims, Rel.REPORTS_TO)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Youth Panel does not report to the Exampleton Board.",
        "The Youth Panel is no longer accountable to the Exampleton Board.",
        "The Youth Panel has never been a sub-group of the Exampleton Board.",
    ],
)
def test_negations_do_not_land(sentence):
    claims, _ = read(doc(sentence))
    assert not claims


def test_sub_group_of_and_reporting_to():
    claims, _ = read(
        doc(
            "The Domestic Abuse Forum is a sub-group of the Northshire Community Safety Partnership.",
            "",
            "The Reducing Reoffending Group, reporting to the Northshire Community Safety Partnership, meets monthly.",
        )
    )
    subs = rel(claims, Rel.SUBGROUP_OF)
    assert ("Domestic Abuse Forum", "Northshire Community Safety Partnership") in subs
    assert ("Reducing Reoffending Group", "Northshire Community Safety Partnership") in rel(
        claims, Rel.REPORTS_TO
    )


def test_inline_list_of_sub_groups():
    claims, _ = read(
        doc(
            "The Exampleton Board has three sub-groups: the Hate Crime Panel, the Youth Forum and the Housing Group."
        )
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Hate Crime Panel", "Exampleton Board"),
        ("Youth Forum", "Exampleton Board"),
        ("Housing Group", "Exampleton Board"),
    }


def test_work_streams_then_these_are_list():
    claims, ctx = read(
        doc(
            "The ‘ Safer Northshire ’ programme brings partners together.",
            "",
            "The programme is led by Northshire Fire and Rescue Service with partners leading four work streams. "
            "These are: Tackling Alcohol Harm, Domestic Abuse, Reducing Reoffending and Data, Performance and Governance.",
        )
    )
    subs = rel(claims, Rel.SUBGROUP_OF)
    assert subs == {
        ("Tackling Alcohol Harm", "Safer Northshire"),
        ("Domestic Abuse", "Safer Northshire"),
        ("Reducing Reoffending", "Safer Northshire"),
        ("Data, Performance and Governance", "Safer Northshire"),
    }
    quotes_hold(claims, ctx)


def test_sub_groups_listed_as_items_after_a_lead_in():
    claims, ctx = read(
        doc(
            "Exampleton Children's Partnership",
            "",
            "The partnership has the following sub-groups:",
            "",
            "- Early Help Group",
            "- Neglect Panel (NP)",
            "",
            "Other business was noted.",
        )
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Early Help Group", "Exampleton Children's Partnership"),
        ("Neglect Panel", "Exampleton Children's Partnership"),
    }
    quotes_hold(claims, ctx)


def test_role_lead_in_gives_items_their_subject():
    """'The role of all boards is to:' followed by '... be accountable to the Steering Group'."""
    claims, ctx = read(
        doc(
            "Northshire Partnership Steering Group",
            "",
            "Health and Wellbeing Board",
            "",
            "Economy, Skills and Culture Board",
            "",
            "The role of all partnership boards is to:",
            "",
            "  • Agree the plan for the theme",
            "  • Monitor performance and be accountable to the Steering Group",
        )
    )
    assert rel(claims, Rel.REPORTS_TO) == {
        ("Health and Wellbeing Board", "Northshire Partnership Steering Group"),
        ("Economy, Skills and Culture Board", "Northshire Partnership Steering Group"),
    }
    quotes_hold(claims, ctx)


@pytest.mark.parametrize(
    ("sentence", "person", "group"),
    [
        (
            "Jane Doe, Chair of the Northshire Safeguarding Board, presented the report.",
            "Jane Doe",
            "Northshire Safeguarding Board",
        ),
        ("Chief Inspector John Smith, Chair of Youth Offending Board", "John Smith", "Youth Offending Board"),
        (
            "Peter Jones - Independent Chair of the Exampleton Children's Partnership",
            "Peter Jones",
            "Exampleton Children's Partnership",
        ),
        (
            "The report was given on behalf of Superintendent Anne Roe (Chair of Safer Exampleton Partnership).",
            "Anne Roe",
            "Safer Exampleton Partnership",
        ),
        (
            "Councillor Mary Major, Cabinet Member for Communities and Chair of the Exampleton Police and Crime Board",
            "Mary Major",
            "Exampleton Police and Crime Board",
        ),
        (
            "We welcomed Keith Doe in his capacity as the Chair of the Safe Northshire Partnership (SNP) Board.",
            "Keith Doe",
            "Safe Northshire Partnership",
        ),
        (
            "4 Scrutiny of the Exampleton, Northby & Southby Community Safety Partnership - Andrew Roe, Chairperson",
            "Andrew Roe",
            "Exampleton, Northby & Southby Community Safety Partnership",
        ),
    ],
)
def test_chair_stated_in_prose(sentence, person, group):
    claims, _ = read(doc(sentence))
    chairs = rel(claims, Rel.CHAIR)
    assert any(who.endswith(person) and what == group for who, what in chairs), chairs  # titles may stay


def test_chaired_by_a_post_after_a_clause():
    claims, _ = read(
        doc("A Partnership Executive Group had been formed, chaired by the City Council’s Chief Executive.")
    )
    assert rel(claims, Rel.CHAIR) == {("City Council’s Chief Executive", "Partnership Executive Group")}


def test_chairman_with_the_groups_acronym_in_a_list_line():
    claims, _ = read(
        doc("NORTHBY COMMUNITY SAFETY PARTNERSHIP", "", "PRESENT:", "", "Jane Doe - NBC (CSP Chairman)")
    )
    assert ("Jane Doe", "Northby Community Safety Partnership") in rel(claims, Rel.CHAIR)


def test_chair_in_a_members_list_under_the_group_title():
    claims, ctx = read(
        doc(
            "Exampleton Partnership Leadership Group",
            "",
            "Members of the Group:",
            "Cllr Jane Doe (JD) Chair / Cabinet Member for Communities",
            "John Roe (JR) / Chair of Exampleton Health Board",
            "Ann Smith (Vice Chair)",
        )
    )
    chairs = rel(claims, Rel.CHAIR)
    assert chairs == {
        ("Cllr Jane Doe", "Exampleton Partnership Leadership Group"),
        ("John Roe", "Exampleton Health Board"),
    }
    quotes_hold(claims, ctx)


def test_elected_chairperson_of_the_board_in_hand():
    claims, _ = read(
        doc(
            "Exampleton Health and Wellbeing Board",
            "",
            "Cllr Jane Doe was elected Chairperson for the council year 2019/20.",
        )
    )
    assert rel(claims, Rel.CHAIR) == {("Cllr Jane Doe", "Exampleton Health and Wellbeing Board")}


def test_vice_chair_is_not_chair():
    claims, _ = read(doc("Jane Doe, Vice-Chair of the Exampleton Board, gave apologies."))
    assert not rel(claims, Rel.CHAIR)
    assert ("Jane Doe", "Exampleton Board") in rel(claims, Rel.VICE_CHAIR)


def test_replacement_with_generic_references_resolved_in_the_document():
    claims, _ = read(
        doc(
            "The Northshire Community Safety Forum brings the districts together.",
            "",
            "It was proposed that there would be a Northshire Community Safety Board to replace the existing Forum.",
        )
    )
    assert rel(claims, Rel.REPLACED_BY) == {
        ("Northshire Community Safety Forum", "Northshire Community Safety Board")
    }


def test_which_replaced_the_previous_board_and_a_place_after_the_name():
    claims, _ = read(
        doc(
            "The Children’s Safeguarding Partnership in Northshire is a statutory body, which replaced the previous "
            "Safeguarding Board in October 2019.",
            "",
            "Jane Doe was the Independent Chair of the Northshire Safeguarding Children Board.",
            "",
            "Witnesses: Jane Doe - Independent Chair of the Northshire Children’s Safeguarding Partnership",
        )
    )
    assert (
        "Northshire Safeguarding Children Board",
        "Northshire Children’s Safeguarding Partnership",
    ) in rel(claims, Rel.REPLACED_BY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Exampleton Youth Forum was renamed the Exampleton Youth Council Board.",
        "The Exampleton Youth Forum, now known as the Exampleton Youth Council Board, met twice.",
        "The Exampleton Youth Forum was merged into the Exampleton Youth Council Board.",
        "The Exampleton Youth Forum was superseded by the Exampleton Youth Council Board in 2020.",
        "The Exampleton Youth Council Board (formerly the Exampleton Youth Forum) met twice.",
        "The Exampleton Youth Forum will become the statutory Exampleton Youth Council Board in April.",
        "In 2010 the Exampleton Youth Forum evolved into the Exampleton Youth Council Board.",
    ],
)
def test_replacement_wordings(sentence):
    claims, _ = read(doc(sentence))
    assert rel(claims, Rel.REPLACED_BY) == {("Exampleton Youth Forum", "Exampleton Youth Council Board")}


def test_part_of_incorporated_into_and_form_the_group_for():
    claims, _ = read(
        doc(
            "The Youth Justice Board had been incorporated into the Safe Exampleton Partnership.",
            "",
            "The three statutory partners form the Executive Group for the Northshire Safeguarding Children Partnership.",
            "",
            "The slides showed how the SNP fitted in to the wider Northshire County Partnership (NCP).",
            "",
            "The Safe Northshire Partnership (SNP) meets quarterly.",
        )
    )
    subs = rel(claims, Rel.SUBGROUP_OF)
    assert ("Youth Justice Board", "Safe Exampleton Partnership") in subs
    assert ("Executive Group", "Northshire Safeguarding Children Partnership") in subs
    assert ("Safe Northshire Partnership", "Northshire County Partnership") in subs


def test_subject_list_reports_to():
    claims, _ = read(
        doc("The Strategic Group and the Exampleton Joint Action Group report to the Exampleton Partnership.")
    )
    assert rel(claims, Rel.REPORTS_TO) == {
        ("Strategic Group", "Exampleton Partnership"),
        ("Exampleton Joint Action Group", "Exampleton Partnership"),
    }


def test_split_names_keeps_a_name_with_and_whole():
    assert split_names("A Group, Health and Wellbeing Board and C Panel") == [
        "A Group",
        "Health and Wellbeing Board",
        "C Panel",
    ]
    assert split_names(
        "Alcohol Harm, Domestic Abuse, Reducing Reoffending and Data, Performance and Governance."
    ) == [
        "Alcohol Harm",
        "Domestic Abuse",
        "Reducing Reoffending",
        "Data, Performance and Governance",
    ]


def test_definition_read_backwards_keeps_only_the_words_the_letters_stand_for():
    ctx = Context(
        Document("t.txt", doc("Jane Doe spoke as the Chair of the Safe Exampleton Partnership (SEP) Board."))
    )
    assert ctx.definitions["SEP"] == "Safe Exampleton Partnership"


@pytest.mark.parametrize(
    "text",
    [
        "A" * 100_000,
        ("Exampleton " * 10_000)[:100_000],
        ("the board reports to the group which is accountable to the partnership and " * 1_400)[:100_000],
        ("The Exampleton Board Is Chaired By Jane Doe And Reports To The Group " * 1_500)[:100_000],
        "Exampleton Board " + "of " * 33_000,
    ],
    ids=["capitals", "capitalised-words", "words", "title-case-words", "connectors"],
)
def test_long_lines_without_punctuation_finish(text):
    """Issue 15: the governance and structure readers are linear on a 100,000-character line."""
    ctx = Context(Document("long.txt", text))
    started = time.perf_counter()
    for extractor in [*governance.EXTRACTORS, *structure.EXTRACTORS]:
        list(extractor(ctx))
    assert time.perf_counter() - started < 30  # generous: quadratic patterns took minutes here


def test_minutes_stand_down_absorb_and_merge_to_form():
    claims, ctx = read(
        doc(
            "The Westvale Street Drinking Forum will be stood down and its work absorbed by the Westvale "
            "Town Centre Partnership.",
            "The Hate Crime Panel and the Community Cohesion Forum will merge to form the Westvale "
            "Inclusive Communities Group.",
            "The Exampleton Youth Forum will not be stood down and its work absorbed by the Exampleton "
            "Youth Partnership.",
            "Members asked whether the Older People's Panel and the Carers Forum would merge to form a "
            "new Exampleton Carers Partnership.",
        )
    )
    assert rel(claims, Rel.REPLACED_BY) == {
        ("Westvale Street Drinking Forum", "Westvale Town Centre Partnership"),
        ("Hate Crime Panel", "Westvale Inclusive Communities Group"),
        ("Community Cohesion Forum", "Westvale Inclusive Communities Group"),
    }
    quotes_hold(claims, ctx)


def test_establish_as_sub_group_and_acronym_sub_groups():
    claims, ctx = read(
        doc(
            "The Northshire Partnership Board (NPB) meets quarterly.",
            "The Board agreed to establish a Child Poverty Working Group as a sub-group of the Northshire "
            "Leadership Group.",
            "The Domestic Abuse Board and the Reducing Reoffending Group are NPB sub-groups.",
            "The Board did not establish a Housing Working Group as a sub-group of the Leadership Group.",
        )
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Child Poverty Working Group", "Northshire Leadership Group"),
        ("Domestic Abuse Board", "Northshire Partnership Board"),
        ("Reducing Reoffending Group", "Northshire Partnership Board"),
    }
    quotes_hold(claims, ctx)


def charts_of(text: str):
    ctx = Context(Document("t.txt", text))
    return list(structure.charts(ctx)), ctx


def test_chart_drawn_with_box_lines_and_arrow_prefixes():
    claims, ctx = charts_of(
        doc(
            "Our governance",
            "",
            "Exampleton Health and Wellbeing Board",
            "├── Exampleton Health and Care Executive",
            "│   ├── Mental Health Partnership Board",
            "│   └── Learning Disability Partnership Board",
            "└── Tobacco Control Alliance",
            "",
            "Northshire Safer Partnership Board",
            "  -> Northshire Drugs Partnership (Senior Responsible Owner: Director of Public Health)",
            "       -> Supply Reduction Group",
        )
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Exampleton Health and Care Executive", "Exampleton Health and Wellbeing Board"),
        ("Mental Health Partnership Board", "Exampleton Health and Care Executive"),
        ("Learning Disability Partnership Board", "Exampleton Health and Care Executive"),
        ("Tobacco Control Alliance", "Exampleton Health and Wellbeing Board"),
        ("Northshire Drugs Partnership", "Northshire Safer Partnership Board"),
        ("Supply Reduction Group", "Northshire Drugs Partnership"),
    }
    executive = next(c.subject for c in claims if c.subject.name == "Exampleton Health and Care Executive")
    assert executive.kind is not Kind.POST
    quotes_hold(claims, ctx)


def test_chart_one_box_per_line_joined_by_arrows_and_lists_that_are_no_chart():
    claims, ctx = charts_of(
        doc(
            "Westvale Health and Wellbeing Board",
            "↑",
            "Westvale Children's Partnership Board",
            "↓",
            "Early Help Strategic Group",
            "",
            "Westvale Council",
            "↓",
            "Westvale Police",
            "",
            "Westvale Community Safety Partnership",
            "Westvale Safeguarding Adults Board",
        )
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Westvale Children's Partnership Board", "Westvale Health and Wellbeing Board"),
        ("Early Help Strategic Group", "Westvale Children's Partnership Board"),
    }
    quotes_hold(claims, ctx)


def labels_of(text: str):
    ctx = Context(Document("t.txt", text))
    return list(structure.label_lines(ctx)), ctx


def test_terms_of_reference_title_block_heading_and_parent_body_label():
    claims, ctx = labels_of(
        doc(
            "NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP",
            "",
            "SERIOUS VIOLENCE DELIVERY GROUP - TERMS OF REFERENCE",
            "",
            "Parent body: Northshire Community Safety Partnership Board",
            "Reports to: Northshire Community Safety Partnership Board",
        )
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Serious Violence Delivery Group", "Northshire Community Safety Partnership Board")
    }
    assert rel(claims, Rel.REPORTS_TO) == rel(claims, Rel.SUBGROUP_OF)
    quotes_hold(claims, ctx)
    claims, ctx = labels_of(
        doc("Exampleton Safeguarding Adults Board", "Quality Assurance Sub-group", "Terms of Reference", "")
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Quality Assurance Sub-group", "Exampleton Safeguarding Adults Board")
    }
    quotes_hold(claims, ctx)
    # a council above its partnership, or two boards, are no title block of a group under a body
    for first, second in (
        ("Westvale Borough Council", "Safer Westvale Partnership"),
        ("Westvale Health and Wellbeing Board", "Westvale Safeguarding Adults Board"),
    ):
        claims, _ = labels_of(doc(first, second, "Annual Report 2023", ""))
        assert not rel(claims, Rel.SUBGROUP_OF), (first, second)


def test_numbered_section_title_run_into_its_paragraph_and_lists_without_bullets():
    claims, ctx = read(
        doc(
            "Exampleton Safeguarding Adults Board",
            "Quality Assurance Sub-group",
            "Terms of Reference",
            "",
            "2. Accountability",
            "The group is accountable to the Exampleton Safeguarding Adults Board.",
            "",
            "5. Sub-groups",
            "The Board delivers its plan through three Delivery Groups, which report to the Exampleton",
            "Programme Board:",
            "Thriving Communities Delivery Group",
            "Healthy Lives Delivery Group",
            "",
            "Working groups",
            "The following working groups report to the Quality Assurance Sub-group:",
            "1. Audit Working Group",
            "2. Data Working Group",
        )
    )
    assert ("Quality Assurance Sub-group", "Exampleton Safeguarding Adults Board") in rel(
        claims, Rel.REPORTS_TO
    )
    subgroups = rel(claims, Rel.SUBGROUP_OF)
    assert {
        ("Thriving Communities Delivery Group", "Exampleton Programme Board"),
        ("Healthy Lives Delivery Group", "Exampleton Programme Board"),
        ("Audit Working Group", "Quality Assurance Sub-group"),
        ("Data Working Group", "Quality Assurance Sub-group"),
    } <= subgroups
    assert not any(o in {"Sub-groups", "Working groups", "Accountability"} for _, o in subgroups)
    quotes_hold(claims, ctx)


def test_a_wrapped_line_of_prose_is_no_section_title():
    claims, ctx = read(
        doc(
            "Westvale Community Safety Partnership",
            "",
            "Members agreed that the",
            "Westvale Youth Forum will report to the Westvale Community Safety Partnership.",
            "",
            "The following groups do not report to the Partnership:",
            "Westvale Business Forum",
            "Westvale Licensing Panel",
        )
    )
    assert rel(claims, Rel.REPORTS_TO) == {("Westvale Youth Forum", "Westvale Community Safety Partnership")}
    assert not rel(claims, Rel.SUBGROUP_OF) - {
        ("Westvale Youth Forum", "Westvale Community Safety Partnership")
    }


def test_report_lines_joined_members_own_groups_and_sub_group_lists_after_the_parent():
    claims, ctx = read(
        doc(
            "Westvale Policing and Community Safety Partnership",
            "Annual Report",
            "",
            "The PCSP has a Policing Committee, which monitors local policing.",
            "The PCSP has a Youth Forum representative on its panel.",
            "Three thematic working groups sit under the PCSP: the Anti-Social Behaviour Working Group, the "
            "Drugs and Alcohol Working Group and the Safer Roads Working Group.",
            "The Partnership has two sub-groups: the Westvale Better Care Fund Group and the Westvale Health "
            "Inequalities Group.",
            "Westvale College and Northshire Fire and Rescue Service have joined the Westvale Partnership Board "
            "as members.",
            "Westvale Police has not joined the Westvale Partnership Board as a member.",
            "",
            "Our groups",
            "Tasking Group - reports to the Westvale Partnership Board monthly",
        )
    )
    pcsp = "Westvale Policing and Community Safety Partnership"
    subgroups = rel(claims, Rel.SUBGROUP_OF)
    assert {
        ("Policing Committee", pcsp),
        ("Anti-Social Behaviour Working Group", pcsp),
        ("Drugs and Alcohol Working Group", pcsp),
        ("Safer Roads Working Group", pcsp),
        ("Westvale Better Care Fund Group", pcsp),
        ("Westvale Health Inequalities Group", pcsp),
    } <= subgroups
    assert not any(s == "Youth Forum" for s, _ in subgroups)
    assert rel(claims, Rel.MEMBER) == {
        ("Westvale College", "Westvale Partnership Board"),
        ("Northshire Fire and Rescue Service", "Westvale Partnership Board"),
    }
    assert ("Tasking Group", "Westvale Partnership Board") in rel(claims, Rel.REPORTS_TO)
    quotes_hold(claims, ctx)


def test_table_of_groups_with_a_reports_to_column():
    text = doc(
        "Structure",
        "Group | Chair | Reports to",
        "Practice Review Group | Designated Nurse | Partnership Executive",
        "Neglect Strategy Group\tHead of Early Help\tPractice Review Group",
        "",
        "Name | Organisation | Reports to",
        "Jane Doe | Westvale Council | Partnership Executive",
        "",
        "Group | Chair | Meets",
        "Audit Group | Head of Quality | Quarterly",
    )
    ctx = Context(Document("t.txt", text))
    claims = list(structure.table_lines(ctx))
    assert rel(claims, Rel.REPORTS_TO) == {
        ("Practice Review Group", "Partnership Executive"),
        ("Neglect Strategy Group", "Practice Review Group"),
    }
    quotes_hold(claims, ctx)


def test_a_report_given_or_named_is_no_reporting_line():
    claims, ctx = read(
        doc(
            "Northvale Police reported to the Northvale Partnership Board that burglary had fallen.",
            "Northvale Fire and Rescue Service reported to the Northvale Partnership Board on deliberate fires.",
            "The Northvale Safeguarding Adults Board presents its annual report to the Northvale Partnership Board.",
            "The Anti-Social Behaviour Group reports to the Northvale Partnership Board every quarter.",
        )
    )
    assert rel(claims, Rel.REPORTS_TO) == {("Anti-Social Behaviour Group", "Northvale Partnership Board")}
    quotes_hold(claims, ctx)


def test_chart_of_bracketed_boxes_joined_by_bars():
    text = doc(
        "[ Southvale Health and Wellbeing Board ]",
        "                  |",
        "[ Southvale Children's Partnership Board ]",
        "          |                                   |",
        "[ Early Help Board ]              [ SEND Improvement Board ]",
        "          |",
        "[ Family Hubs Steering Group ]",
        "",
        "[ Southvale Council ]",
        "          |",
        "[ Southvale Police ]",
    )
    ctx = Context(Document("t.txt", text))
    claims = list(structure.box_charts(ctx))
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Southvale Children's Partnership Board", "Southvale Health and Wellbeing Board"),
        ("Early Help Board", "Southvale Children's Partnership Board"),
        ("SEND Improvement Board", "Southvale Children's Partnership Board"),
        ("Family Hubs Steering Group", "Early Help Board"),
    }
    quotes_hold(claims, ctx)


@pytest.mark.parametrize(
    "sentence, holder, plan",
    [
        (
            "Oversight of the Hate Crime Action Plan sits with the Cohesion Forum.",
            "Cohesion Forum",
            "Hate Crime Action Plan",
        ),
        (
            "The Community Safety Manager has lead responsibility for the Nuisance Policy.",
            "Community Safety Manager",
            "Nuisance Policy",
        ),
        (
            "Ownership of the Exampleton Drugs Strategy lies with the Health Board.",
            "Health Board",
            "Exampleton Drugs Strategy",
        ),
        # a body drafting, delivering or holding a plan
        (
            "The Westby Partnership is currently drafting its new Community Safety Strategy.",
            "Westby Partnership",
            "Community Safety Strategy",
        ),
        (
            "The Exampleton Ageing Well Strategy has been developed and will be implemented by the Ageing Well Board.",
            "Ageing Well Board",
            "Exampleton Ageing Well Strategy",
        ),
        (
            "The Northshire Partnership must deliver a Crime and Drugs Strategy every three years.",
            "Northshire Partnership",
            "Crime and Drugs Strategy",
        ),
        (
            "The Westby Delivery Plan will sit with the Safer Westby Board.",
            "Safer Westby Board",
            "Westby Delivery Plan",
        ),
    ],
)
def test_responsibility_written_as_a_noun_or_as_drafting_delivering_or_holding_a_plan(sentence, holder, plan):
    claims, ctx = read(doc(sentence))
    assert rel(claims, Rel.RESPONSIBLE) == {(holder, plan)}
    quotes_hold(claims, ctx)


@pytest.mark.parametrize(
    "sentence, group, bodies",
    [
        (
            "The Westby Alliance includes Westby Police, Westby Fire and Rescue Service and Westby Council.",
            "Westby Alliance",
            {"Westby Police", "Westby Fire and Rescue Service", "Westby Council"},
        ),
        (
            "The Safer Northby Partnership, which is led by Northby Council, Northby Police and the Probation "
            "Service, includes local voluntary sector organisations.",
            "Safer Northby Partnership",
            {"Northby Council", "Northby Police", "Probation Service"},
        ),
        (
            "Wexley County Council, Wexley Clinical Commissioning Group and Wexley Police formed the Wexley "
            "Safeguarding Partnership.",
            "Wexley Safeguarding Partnership",
            {"Wexley County Council", "Wexley Clinical Commissioning Group", "Wexley Police"},
        ),
    ],
)
def test_bodies_a_partnership_includes_is_led_by_or_was_formed_by_are_its_members(sentence, group, bodies):
    claims, ctx = read(doc(sentence))
    assert rel(claims, Rel.MEMBER) == {(b, group) for b in bodies}
    quotes_hold(claims, ctx)


def test_which_after_a_reference_by_head_word_stands_for_the_group_named_before():
    claims, ctx = read(
        doc(
            "The Safer Kelby Partnership meets monthly. The partnership, which is led by the council, Kelby Police, "
            "Kelby County Council and the Probation Service, includes local voluntary groups.",
            "The Kelby Grants Panel meets in May. The panel, which is chaired by Cllr Jane Doe, includes three officers.",
        )
    )
    assert rel(claims, Rel.MEMBER) == {
        (b, "Safer Kelby Partnership") for b in ("Kelby Police", "Kelby County Council", "Probation Service")
    }
    assert ("Cllr Jane Doe", "Kelby Grants Panel") in rel(claims, Rel.CHAIR)
    quotes_hold(claims, ctx)


def test_a_board_leading_a_partnership_is_not_its_member():
    claims, _ = read(
        doc("The Westby Community Planning Partnership is led by the Westby Community Planning Board.")
    )
    assert not rel(claims, Rel.MEMBER)


@pytest.mark.parametrize(
    "sentence, sub, parent",
    [
        (
            "The Northby Executive Group is the executive arm of the Northby Health and Wellbeing Board.",
            "Northby Executive Group",
            "Northby Health and Wellbeing Board",
        ),
        (  # the group word capitalised, a name of its own between the verb and 'within'
            "The Kelby ADP is a Thematic Group within the Kelby Community Planning Partnership structure.",
            "Kelby ADP",
            "Kelby Community Planning Partnership",
        ),
    ],
)
def test_an_arm_of_a_board_or_a_named_kind_of_group_within_a_partnership_is_its_sub_group(
    sentence, sub, parent
):
    claims, ctx = read(doc(sentence))
    assert rel(claims, Rel.SUBGROUP_OF) == {(sub, parent)}
    quotes_hold(claims, ctx)


def test_took_over_from_is_a_replacement():
    claims, _ = read(doc("The Safer Westby Board took over from the Community Safety Executive in 2022."))
    assert rel(claims, Rel.REPLACED_BY) == {("Community Safety Executive", "Safer Westby Board")}


def test_sub_groups_one_a_line_each_explained_after_a_dash():
    facts = run(
        "Westby Safeguarding Adults Board",
        "",
        "The work of the Board is carried out through its subgroups:",
        "",
        "Audit Subgroup – monitors data and audits",
        "Case Review Subgroup – commissions reviews",
        "Training Subgroup",
    )
    assert pairs(facts, Rel.SUBGROUP_OF) == {
        (sub, "Westby Safeguarding Adults Board")
        for sub in ("Audit Subgroup", "Case Review Subgroup", "Training Subgroup")
    }


@pytest.mark.parametrize(
    "sentence, holder, plan",
    [
        (
            "The Health Board has published the Westby Suicide Prevention Strategy.",
            "Health Board",
            "Westby Suicide Prevention Strategy",
        ),
        (
            "The Violence Reduction Plan sets out how the Violence Board will act.",
            "Violence Board",
            "Violence Reduction Plan",
        ),
        (
            "Delivery of the Reoffending Strategy is monitored by the Reoffending Group.",
            "Reoffending Group",
            "Reoffending Strategy",
        ),
        (
            "The Youth Crime Programme (led by the Youth Justice Service) reached 400 people.",
            "Youth Justice Service",
            "Youth Crime Programme",
        ),
        ("The Westby Partnership's Drugs Strategy was refreshed.", "Westby Partnership", "Drugs Strategy"),
    ],
)
def test_who_writes_oversees_or_owns_a_plan(sentence, holder, plan):
    claims, ctx = read(doc(sentence))
    assert rel(claims, Rel.RESPONSIBLE) == {(holder, plan)}
    quotes_hold(claims, ctx)


def test_bodies_merged_to_become_one_and_a_successor():
    claims, _ = read(
        doc(
            "In 2019 the Crime Reduction Partnership and the Drug Action Team merged to become the Safer Westby Partnership.",
            "The new Violence Board succeeds the Knife Crime Task Group.",
        )
    )
    assert rel(claims, Rel.REPLACED_BY) == {
        ("Crime Reduction Partnership", "Safer Westby Partnership"),
        ("Drug Action Team", "Safer Westby Partnership"),
        ("Knife Crime Task Group", "Violence Board"),
    }


def test_a_group_chaired_by_someone_and_reporting_on_reports_itself():
    claims, _ = read(
        doc(
            "The Westby Partnership Board is chaired by the Leader of Westby Council and reports to the "
            "Westby Strategic Partnership."
        )
    )
    assert rel(claims, Rel.REPORTS_TO) == {("Westby Partnership Board", "Westby Strategic Partnership")}


def test_chaired_by_the_council_s_post_and_its_holder_and_a_longer_gap_before_reports():
    claims, _ = read(
        doc(
            "The Westby Partnership is chaired by the council's Head of Communities, Sue Barton, and meets "
            "quarterly. A Joint Action Group meets monthly to tackle local hotspots and reports to the Westby "
            "Partnership."
        )
    )
    assert rel(claims, Rel.CHAIR) == {
        ("Head of Communities", "Westby Partnership"),
        ("Sue Barton", "Westby Partnership"),
    }
    assert ("Joint Action Group", "Westby Partnership") in rel(claims, Rel.REPORTS_TO)


def test_sub_groups_named_after_including_a_dash_or_joined_by_and():
    claims, _ = read(
        doc(
            "The Westby Adults Board is supported by a number of sub-groups including the Learning Group, the "
            "Audit Group and the Case Review Panel, all of which meet quarterly.",
            "The Westby Health Board has the following sub-committees: Commissioning Sub-committee and Care Fund "
            "Sub-committee.",
        )
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {
        ("Learning Group", "Westby Adults Board"),
        ("Audit Group", "Westby Adults Board"),
        ("Case Review Panel", "Westby Adults Board"),
        ("Commissioning Sub-committee", "Westby Health Board"),
        ("Care Fund Sub-committee", "Westby Health Board"),
    }


def test_accountable_to_one_body_and_reporting_to_another():
    claims, _ = read(
        doc(
            "Westby Safer Board",
            "",
            "3.1 The Board is accountable to the Westby Strategic Partnership and reports annually to the Scrutiny Committee.",
        )
    )
    assert rel(claims, Rel.REPORTS_TO) == {
        ("Westby Safer Board", "Westby Strategic Partnership"),
        ("Westby Safer Board", "Scrutiny Committee"),
    }


@pytest.mark.parametrize(
    "sentence, chair",
    [
        ("Councillor Ray Dunn chaired the meeting.", "Councillor Ray Dunn"),
        ("Since 2021 the partnership's independent chair has been Margaret Vance.", "Margaret Vance"),
    ],
)
def test_chair_of_the_meeting_or_of_the_partnership_in_prose(sentence, chair):
    claims, _ = read(
        doc("Eastby Community Safety Partnership", "Minutes of the meeting held on 4 May 2022", "", sentence)
    )
    assert rel(claims, Rel.CHAIR) == {(chair, "Eastby Community Safety Partnership")}


def test_partners_of_a_plan_in_several_wordings():
    claims, _ = read(
        doc(
            "The Safer Streets Project is delivered by Westby Council in partnership with Westshire Police and "
            "Westby Homes.",
            "The Abuse Strategy was developed with input from Westby Women's Aid, Victim Support and the Probation "
            "Service.",
            "The Prevent Action Plan is supported by Westby College.",
        )
    )
    assert rel(claims, Rel.RESPONSIBLE) == {("Westby Council", "Safer Streets Project")}
    assert rel(claims, Rel.CONTRIBUTES) == {
        ("Westshire Police", "Safer Streets Project"),
        ("Westby Homes", "Safer Streets Project"),
        ("Westby Women's Aid", "Abuse Strategy"),
        ("Victim Support", "Abuse Strategy"),
        ("Probation Service", "Abuse Strategy"),
        ("Westby College", "Prevent Action Plan"),
    }


def test_a_body_chaired_by_a_post_and_its_holder_between_commas_is_responsible_for_its_agreement():
    claims, _ = read(
        doc(
            "This Single Outcome Agreement (SOA) sets out our outcomes.",
            "The Westburgh Strategic Board, chaired by the Leader of Westburgh Council, Councillor Gordon Mack, "
            "is responsible for the SOA.",
        )
    )
    assert rel(claims, Rel.RESPONSIBLE) == {("Westburgh Strategic Board", "Single Outcome Agreement")}
    assert rel(claims, Rel.CHAIR) == {
        ("Leader of Westburgh Council", "Westburgh Strategic Board"),
        ("Councillor Gordon Mack", "Westburgh Strategic Board"),
    }


def test_this_strategy_in_the_strategy_s_own_pages_is_the_strategy():
    f = run(
        "Eastmere Community Safety Strategy 2024-2027",
        "",
        "The Eastmere Community Safety Partnership is responsible for delivering this strategy.",
        "Responsibility for this action plan sits with the Eastmere Health and Wellbeing Board.",
    )
    assert pairs(f, Rel.RESPONSIBLE) == {
        ("Eastmere Community Safety Partnership", "Eastmere Community Safety Strategy 2024-2027")
    }  # an action plan is not the strategy
    f = run(
        "Eastmere Health Inequalities Action Plan 2024",
        "",
        "Responsibility for this action plan sits with the Eastmere Health and Wellbeing Board.",
    )
    assert pairs(f, Rel.RESPONSIBLE) == {
        ("Eastmere Health and Wellbeing Board", "Eastmere Health Inequalities Action Plan 2024")
    }


def test_delivery_of_nothing_named_is_no_item():
    f = run(
        "Eastmere Community Safety Strategy 2024-2027",
        "",
        "Day-to-day delivery is overseen by the Community Safety Manager at Eastmere District Council.",
    )
    assert not [o for _, o in pairs(f, Rel.RESPONSIBLE) if "delivery" in o.lower() or o == "Day-to-day"]


def test_groups_listed_after_reporting_to_the_board_are_its_sub_groups():
    for lead in (
        "Reporting to the Board are the following groups:",
        "The following groups report to the Board:",
    ):
        f = run(
            "Safer Brindle Partnership",
            "",
            lead,
            "",
            "• Domestic Abuse Strategic Group",
            "• Reducing Reoffending Board",
        )
        assert pairs(f, Rel.SUBGROUP_OF) == {
            ("Domestic Abuse Strategic Group", "Safer Brindle Partnership"),
            ("Reducing Reoffending Board", "Safer Brindle Partnership"),
        }, lead


def test_the_board_is_not_a_board_named_later_in_the_same_sentence():
    f = run(
        "Safer Brindle Partnership",
        "",
        "Reporting to the Board are the Domestic Abuse Strategic Group and the Reducing Reoffending Board.",
    )
    assert pairs(f, Rel.REPORTS_TO) == {
        ("Domestic Abuse Strategic Group", "Safer Brindle Partnership"),
        ("Reducing Reoffending Board", "Safer Brindle Partnership"),
    }


def test_sub_groups_named_in_apposition_after_the_count():
    f = run(
        "Ashfield Health and Wellbeing Board",
        "",
        "The work of the Board is delivered through its three sub-groups, the Children's Partnership Group, "
        "the Adults' Integration Group and the Health Protection Forum, each chaired by a Board member.",
    )
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Children's Partnership Group", "Ashfield Health and Wellbeing Board"),
        ("Adults' Integration Group", "Ashfield Health and Wellbeing Board"),
        ("Health Protection Forum", "Ashfield Health and Wellbeing Board"),
    }


def test_the_chair_is_and_the_vice_chair_is_in_a_body_s_own_pages():
    f = run(
        "Tollgate Community Safety Partnership",
        "",
        "The chair is Supt Helen Marsh of Tollgate Police. The vice-chair is Cllr Jo Bright.",
    )
    assert pairs(f, Rel.CHAIR) == {("Supt Helen Marsh", "Tollgate Community Safety Partnership")}
    assert pairs(f, Rel.VICE_CHAIR) == {("Cllr Jo Bright", "Tollgate Community Safety Partnership")}


def test_a_possessive_body_s_chair_and_a_post_holder_sentence():
    f = run(
        "Westley Safeguarding Adults Board",
        "",
        "The Board's Independent Chair is Paul Grey. Its Board Manager is Jane Ford.",
    )
    assert pairs(f, Rel.CHAIR) == {("Paul Grey", "Westley Safeguarding Adults Board")}
    assert ("Jane Ford", "Board Manager") in pairs(f, Rel.HOLDS)


def test_chaired_by_a_person_then_his_post_gives_the_person_and_the_sentence_s_subject_brings_members():
    f = run(
        "Dunmere Health and Wellbeing Board",
        "",
        "The board will be chaired by Councillor Mark Fellows, Dunmere Council's Cabinet Member for Health, "
        "and brings together GPs, the council, the local NHS and patient representatives.",
    )
    assert pairs(f, Rel.CHAIR) == {("Councillor Mark Fellows", "Dunmere Health and Wellbeing Board")}
    assert not [g for _, g in pairs(f, Rel.MEMBER) if "Cabinet Member" in g]


def test_an_active_replaced_and_a_question_heading_is_no_group():
    f = run(
        "Fenwick Safeguarding Adults Board",
        "",
        "In 2015 the Fenwick Safeguarding Adults Board replaced the Fenwick Adult Protection Committee.",
        "",
        "How is the partnership structured?",
        "The partnership has a Strategic Board, which meets quarterly, and a Joint Action Group (JAG) which "
        "meets monthly and reports to the Strategic Board.",
    )
    assert pairs(f, Rel.REPLACED_BY) == {
        ("Fenwick Adult Protection Committee", "Fenwick Safeguarding Adults Board")
    }
    assert {child for child, _ in pairs(f, Rel.REPORTS_TO)} == {"Joint Action Group"}


def test_a_future_replace_and_a_passive_replaced_with_a_year_between():
    f = run(
        "Kelby Council report",
        "",
        "The Kelby Health and Wellbeing Board will replace the Kelby Health Partnership from April 2026.",
        "The Kelby Strategic Partnership was replaced in 2022 by the Kelby Partnership Board.",
        "The shadow board replaced the Kelby Wellbeing Forum.",
    )
    assert pairs(f, Rel.REPLACED_BY) >= {
        ("Kelby Health Partnership", "Kelby Health and Wellbeing Board"),
        ("Kelby Strategic Partnership", "Kelby Partnership Board"),
    }


def test_the_sentence_s_subject_replaced_what_follows_replacing():
    f = run(
        "Kelby Health and Wellbeing Board",
        "",
        "The Kelby Children's Partnership met for the first time in May, replacing the former Kelby Children's "
        "Trust Board.",
    )
    assert pairs(f, Rel.REPLACED_BY) == {("Kelby Children's Trust Board", "Kelby Children's Partnership")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The group meets under the chairmanship of Dr Helen Marsh.",
        "Dr Helen Marsh, the Partnership's Chair, said the results were encouraging.",
        "The Chair, Dr Helen Marsh, welcomed everyone to the meeting.",
        "It was agreed that Dr Helen Marsh would chair the Partnership for the coming year.",
        "Dr Helen Marsh was elected as Chair of the Partnership for 2024/25.",
    ],
)
def test_a_chair_named_in_minutes_prose(sentence):
    f = run("Kelby Community Safety Partnership", "", sentence)
    assert pairs(f, Rel.CHAIR) == {("Dr Helen Marsh", "Kelby Community Safety Partnership")}


def test_a_plan_developed_by_a_body_with_contributions_from_others():
    f = run(
        "Kelby Community Safety Strategy 2025-28",
        "",
        "The strategy was developed by the Kelby Community Safety Partnership with contributions from Kelby "
        "Police and Victim Support.",
        "Partners who contributed to this strategy include Kelby Homes and the Kelby Youth Service.",
    )
    plan = "Kelby Community Safety Strategy 2025-28"
    assert pairs(f, Rel.RESPONSIBLE) == {("Kelby Community Safety Partnership", plan)}
    assert pairs(f, Rel.CONTRIBUTES) == {
        ("Kelby Police", plan),
        ("Victim Support", plan),
        ("Kelby Homes", plan),
        ("Kelby Youth Service", plan),
    }


def test_sub_groups_named_over_their_descriptions_and_thematic_partnerships_after_a_colon():
    f = run(
        "Kelby Safeguarding Adults Board",
        "",
        "The Board's work is carried out through its subgroups.",
        "",
        "Safeguarding Adults Review Subgroup",
        "This subgroup considers referrals for reviews.",
        "",
        "Performance and Quality Subgroup",
        "This subgroup monitors the Board's performance data.",
    )
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Safeguarding Adults Review Subgroup", "Kelby Safeguarding Adults Board"),
        ("Performance and Quality Subgroup", "Kelby Safeguarding Adults Board"),
    }
    f = run(
        "Kelby Community Planning Partnership",
        "",
        "The Kelby Partnership Board is supported by three thematic partnerships: the Kelby Economic Partnership, "
        "the Health and Social Care Partnership and the Training and Engagement Sub-group.",
    )
    assert {child for child, _ in pairs(f, Rel.SUBGROUP_OF)} == {
        "Kelby Economic Partnership",
        "Health and Social Care Partnership",
        "Training and Engagement Sub-group",
    }


def test_names_split_at_and_the_and_after_a_head_word():
    assert split_names("the A Sub-group, the B Sub-group and the C and D Sub-group") == [
        "A Sub-group",
        "B Sub-group",
        "C and D Sub-group",
    ]
    assert split_names("Audit Group, Training Group and Communications and Engagement Group")[-1] == (
        "Communications and Engagement Group"
    )


def test_chaired_by_a_person_and_his_chair_title_is_no_body():
    f = run("Kelby Health and Wellbeing Board", "", "The Board is chaired by Simon Hale, Independent Chair.")
    assert pairs(f, Rel.CHAIR) == {("Simon Hale", "Kelby Health and Wellbeing Board")}
    assert ("Simon Hale", "Independent Chair") in pairs(f, Rel.HOLDS)
    assert not pairs(f, Rel.WORKS_FOR)


def test_a_second_verb_after_and_is_said_of_the_sentences_first_group():
    f = run(
        "Westby Community Safety Partnership",
        "",
        "The Joint Action Group reports to the Westby Partnership Board and is chaired by Jo Reed.",
        "The Youth Group is a sub-group of the Joint Action Group and is chaired by Amir Khan.",
    )
    assert pairs(f, Rel.CHAIR) == {("Jo Reed", "Joint Action Group"), ("Amir Khan", "Youth Group")}


@pytest.mark.parametrize("sep", ["\t", " | ", "    "])
def test_a_table_of_groups_with_chair_and_reports_to_columns(sep):
    f = run(
        "Kelby Health and Wellbeing Board",
        "",
        sep.join(["Group", "Chair", "Reports to"]),
        sep.join(["Start Well Board", "Dr Ann Moss", "Kelby Health and Wellbeing Board"]),
        sep.join(["Carers Partnership Group", "Cllr Owen Price", "Kelby Health and Wellbeing Board"]),
    )
    assert pairs(f, Rel.CHAIR, "structure.table_column") == {
        ("Dr Ann Moss", "Start Well Board"),
        ("Cllr Owen Price", "Carers Partnership Group"),
    }
    board = "Kelby Health and Wellbeing Board"
    assert pairs(f, Rel.SUBGROUP_OF) >= {("Start Well Board", board), ("Carers Partnership Group", board)}


def test_a_group_that_oversees_the_work_of_groups_is_their_parent_not_an_owner_of_work():
    f = run(
        "Kelby Partnership",
        "",
        "The Executive Group oversees the work of the Tasking Group and the Prevent Board.",
    )
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Tasking Group", "Executive Group"),
        ("Prevent Board", "Executive Group"),
    }
    assert not pairs(f, Rel.RESPONSIBLE)


@pytest.mark.parametrize(
    ("sentence", "owner", "item"),
    [
        (
            "The Board has asked the Public Health team to lead on the healthy homes programme.",
            "Public Health team",
            "healthy homes programme",
        ),
        ("Northshire ICB will lead the work on frailty services.", "Northshire ICB", "frailty services"),
    ],
)
def test_a_unit_in_lower_case_and_lead_the_work_on_name_the_owner(sentence, owner, item):
    assert pairs(run("Kelby Board", "", sentence), Rel.RESPONSIBLE) == {(owner, item)}


def test_action_lines_ending_in_a_dash_and_a_body_name_that_body_as_lead():
    f = run(
        "Westby Community Safety Plan",
        "",
        "What we will do",
        "",
        "- Develop a network of hate crime reporting centres – Westby Council",
        "- Expand the Street Pastors scheme – Westby Churches Together",
    )
    assert pairs(f, Rel.RESPONSIBLE) == {
        ("Westby Council", "Develop a network of hate crime reporting centres"),
        ("Westby Churches Together", "Expand the Street Pastors scheme"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Public Services Board was established in 2016 and succeeded the Kelby Local Service Board.",
        "The Kelby Public Services Board will take over from the Kelby Local Service Board from April.",
    ],
)
def test_a_body_that_took_over_from_or_succeeded_another_after_another_verb(sentence):
    f = run("Kelby Partnership", "", sentence)
    assert pairs(f, Rel.REPLACED_BY) == {("Kelby Local Service Board", "Kelby Public Services Board")}


def test_a_sub_group_named_in_a_boards_papers_and_placed_nowhere_else_is_the_boards():
    lines = [
        "Minutes of the Kelby Children's Partnership Board",
        "",
        "1. The Early Help Sub-group presented its quarterly report.",
    ]
    board = "Kelby Children's Partnership Board"
    assert pairs(run(*lines), Rel.SUBGROUP_OF) == {("Early Help Sub-group", board)}
    lines[2] = "1. The Early Help Sub-group reports to the Kelby Early Help Forum."
    assert ("Early Help Sub-group", board) not in pairs(run(*lines), Rel.SUBGROUP_OF)


def test_a_body_that_leads_a_numbered_outcome_by_its_number_owns_that_outcome():
    f = run(
        "Kelby Community Planning Partnership",
        "",
        "Local Outcome 1: Our economy is growing",
        "Local Outcome 2: Children have the best start in life",
        "",
        "Each local outcome is led by a thematic partnership: the Economic Partnership leads Outcome 1 and the "
        "Children's Partnership leads Outcome 2.",
    )
    assert pairs(f, Rel.RESPONSIBLE) >= {
        ("Economic Partnership", "Our economy is growing"),
        ("Children's Partnership", "Children have the best start in life"),
    }
    assert not [c for c in f.claims if c.object.name == "Each"]


def test_sub_groups_listed_after_each_led_by_with_their_leads_in_brackets():
    f = run(
        "Kelby Partnership",
        "",
        "Below the Partnership sit three delivery groups, each led by a partner agency: Safer Streets (led by "
        "Northshire Police), Healthy Lives (led by NHS Northshire ICB) and Green Kelby (led by Kelby Council).",
    )
    assert {s for s, o in pairs(f, Rel.SUBGROUP_OF) if o == "Kelby Partnership"} == {
        "Safer Streets",
        "Healthy Lives",
        "Green Kelby",
    }
    assert ("NHS Northshire ICB", "Healthy Lives") in pairs(f, Rel.RESPONSIBLE)


def test_a_second_verb_after_words_in_lower_case_is_the_first_groups():
    f = run(
        "Kelby Community Planning Partnership Board",
        "",
        "The Kelby Leadership Group will be the strategic group of the partnership and will report to the "
        "Kelby Community Planning Partnership Board.",
    )
    board = "Kelby Community Planning Partnership Board"
    assert ("Kelby Leadership Group", board) in pairs(
        f, Rel.SUBGROUP_OF, "structure.reports_to"
    )  # (its `also`)


def test_no_second_verb_is_given_to_the_first_group_over_another_name():
    f = run(
        "Kelby Partnership",
        "",
        "The Kelby Board noted that the Kelby Youth Group has met twice and will report to the Kelby Forum.",
    )
    assert ("Kelby Board", "Kelby Forum") not in pairs(f, Rel.REPORTS_TO)


def test_an_item_wrapped_onto_the_first_line_of_the_next_paragraph():
    f = run(
        "Minutes of the Kelby Partnership Executive",
        "",
        "5.2 RESOLVED that:",
        "(a) the Kelby Economic Forum, now called the Kelby Business Partnership, report to the",
        "Executive annually.",
        "5.3 Members noted the update.",
    )
    assert ("Kelby Business Partnership", "Kelby Partnership Executive") in pairs(f, Rel.REPORTS_TO)


def test_a_list_of_objects_ends_where_a_new_clause_begins_and_the_same_board_is_the_one_just_named():
    f = run(
        "Kelby Partnership",
        "",
        "The Kelby Drugs Partnership reports to the Safer Kelby Board, and the new Kelby Violence Partnership "
        "is a sub-group of the same Board.",
    )
    assert ("Kelby Drugs Partnership", "Kelby Violence Partnership") not in pairs(f, Rel.REPORTS_TO)
    assert ("Kelby Violence Partnership", "Safer Kelby Board") in pairs(f, Rel.SUBGROUP_OF)


def test_a_short_name_in_brackets_after_a_name_is_no_name_of_its_own():
    f = run(
        "Kelby Safeguarding Adults Board",
        "",
        "The Kelby Personal Safety Forum (KPS Forum) was set up in 2022 as a task and finish group of the "
        "Kelby Quality Sub-group.",
    )
    assert ("Kelby Personal Safety Forum", "Kelby Quality Sub-group") in pairs(f, Rel.SUBGROUP_OF)


def test_two_bodies_joined_by_and_are_two_members_and_a_minute_title_is_no_group():
    f = run(
        "Kelby Community Planning Partnership Board",
        "Minute of Meeting, 21 February 2025",
        "",
        "Present: Councillor Fiona Kerr (Convener); Morag Bell, NHS Kelby",
        "",
        "The Board noted that Skills Development Scotland and Kelby College have joined the Board as members.",
    )
    board = "Kelby Community Planning Partnership Board"
    assert {("Skills Development Scotland", board), ("Kelby College", board)} <= pairs(f, Rel.MEMBER)
    assert {o for _, o in pairs(f, Rel.MEMBER)} == {board}


def test_an_owner_label_for_the_plan_as_a_whole_owns_the_documents_plan():
    f = run(
        "Kelby Community Safety Strategy 2025-2028",
        "",
        "Lead officer: Director of Communities (for the strategy as a whole)",
    )
    assert pairs(f, Rel.RESPONSIBLE, "label.plan_owner") == {
        ("Director of Communities", "Kelby Community Safety Strategy 2025-2028")
    }


def test_an_aside_between_commas_after_a_name_is_read_through_but_formerly_known_as_is_kept():
    f = run(
        "Kelby Partnership",
        "",
        "The Kelby Safety Forum, previously supported by the council, has been stood down and its work absorbed "
        "by the Kelby ASB Working Group.",
        "The Kelby Reference Group, formerly known as the Kelby Elders Forum, continues to meet.",
        "The Safer Kelby Partnership, formerly the Kelby Crime and Disorder Reduction Partnership, leads on",
        "community safety.",
    )
    assert pairs(f, Rel.REPLACED_BY) == {
        ("Kelby Safety Forum", "Kelby ASB Working Group"),
        ("Kelby Elders Forum", "Kelby Reference Group"),
        ("Kelby Crime and Disorder Reduction Partnership", "Safer Kelby Partnership"),
    }


def test_this_work_under_a_priority_heading_and_delivering_the_plan():
    f = run(
        "Kelby Community Safety Plan 2025-28",
        "",
        "Priority 2: Reducing burglary",
        "This work will be led by Kelby Police, with support from Kelby Council.",
        "",
        "Responsibility for delivering the plan sits with the Kelby Community Safety Board.",
    )
    assert pairs(f, Rel.RESPONSIBLE) >= {
        ("Kelby Police", "Reducing burglary"),
        ("Kelby Community Safety Board", "Kelby Community Safety Plan 2025-28"),
    }
    assert ("Kelby Council", "Reducing burglary") in pairs(f, Rel.CONTRIBUTES)


def test_a_lead_label_under_a_priority_heading_past_its_question_headings():
    text = (
        "Safer Kelby Partnership",
        "Community Safety Strategy 2025-2028",
        "",
        "PRIORITY ONE: REDUCING SERIOUS VIOLENCE",
        "",
        "Why is this a priority?",
        "Violence with injury rose by 9% last year.",
        "",
        "Lead: Kelby Violence Reduction Group",
        "",
        "PRIORITY TWO: TACKLING ANTI-SOCIAL BEHAVIOUR",
        "Residents raise it most often.",
        "",
        "GOVERNANCE",
        "Lead: Kelby Council",
    )
    f = run(*text)
    assert pairs(f, Rel.RESPONSIBLE, "form.section_lead") == {
        ("Kelby Violence Reduction Group", "REDUCING SERIOUS VIOLENCE")
    }
    assert_quotes("\n".join(text), f.claims)


def test_an_action_code_alone_over_its_words_then_labels_and_a_post_with_its_body():
    f = run(
        "Kelby Community Safety Partnership",
        "Delivery Plan 2024/25",
        "",
        "Action 1.1",
        "Deliver bystander training in the night-time economy",
        "Lead: Community Safety Manager, Kelby Borough Council",
        "Partners: Kelby Police, licensees",
        "",
        "Action 1.2",
        "Install additional CCTV in the town centre",
        "Lead: Kelby Police",
    )
    assert pairs(f, Rel.RESPONSIBLE, "form.item_block") == {
        ("Community Safety Manager", "Deliver bystander training in the night-time economy"),
        ("Kelby Police", "Install additional CCTV in the town centre"),
    }
    assert ("Community Safety Manager", "Kelby Borough Council") in pairs(f, Rel.WORKS_FOR)
    assert ("Kelby Police", "Deliver bystander training in the night-time economy") in pairs(
        f, Rel.CONTRIBUTES
    )


def test_a_table_of_groups_under_a_caption_naming_the_boards_sub_groups():
    text = (
        "Kelby Safeguarding Adults Board",
        "Annual Report 2024",
        "",
        "Sub-groups of the Board",
        "",
        "| Group | Chair | Meets |",
        "|---|---|---|",
        "| Safeguarding Adults Review Group | Head of Adult Social Care | Monthly |",
        "| Communications Group | Board Manager | Quarterly |",
    )
    f = run(*text)
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Safeguarding Adults Review Group", "Kelby Safeguarding Adults Board"),
        ("Communications Group", "Kelby Safeguarding Adults Board"),
    }
    assert ("Board Manager", "Communications Group") in pairs(f, Rel.CHAIR)
    assert_quotes("\n".join(text), f.claims)


def test_sub_groups_listed_after_the_words_a_minute_heading_also_holds():
    f = run(
        "Minutes of the Kelby Community Safety Partnership",
        "",
        "2. Annual reports of the delivery groups",
        "The Partnership noted the annual reports of its delivery groups: the Rural Crime Group and the",
        "Domestic Abuse Forum.",
    )
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Rural Crime Group", "Kelby Community Safety Partnership"),
        ("Domestic Abuse Forum", "Kelby Community Safety Partnership"),
    }


def test_priorities_each_led_by_a_partner_in_one_sentence_with_the_verb_left_out():
    f = run(
        "Kelby Community Safety Partnership",
        "",
        "The Serious Violence priority is led by Kelby Police, the Anti-social Behaviour priority",
        "by Kelby Borough Council and the Exploitation priority by the Kelby Safeguarding Children",
        "Partnership.",
    )
    assert pairs(f, Rel.RESPONSIBLE, "sentence.taken_forward_by") == {
        ("Kelby Police", "Serious Violence"),
        ("Kelby Borough Council", "Anti-social Behaviour"),
        ("Kelby Safeguarding Children Partnership", "Exploitation"),
    }


def test_groups_reporting_to_the_board_after_a_dash_and_the_partnerships_board_is_the_partnership():
    text = (
        "Kelby Community Safety Partnership Plan",
        "",
        "The Kelby Community Safety Partnership (KCSP) is chaired by Councillor Jo Hale.",
        "The KCSP Board is the strategic body. Three delivery groups report to the Board – the Violence",
        "Reduction Group, the ASB Tactical Group and the Exploitation Sub-group.",
    )
    facts = run(*text)
    assert pairs(facts, Rel.SUBGROUP_OF) == {
        ("Violence Reduction Group", "KCSP Board"),
        ("ASB Tactical Group", "KCSP Board"),
        ("Exploitation Sub-group", "KCSP Board"),
    }
    resolved = resolve([facts])
    board = next(e for e in resolved.entities.values() if "KCSP Board" in e.aliases)
    assert "Kelby Community Safety Partnership" in board.aliases


def test_a_heading_naming_a_part_of_the_board_and_an_apposition_ending_at_its_sentence():
    f = run(
        "Kelby Public Services Board",
        "",
        "Membership of the Board",
        "",
        "The Board is chaired by Councillor Gwen Rees, Leader of Kelby County Borough Council. The Vice-Chair",
        "is Dr Owain Price, Chair of Kelby Teaching Health Board.",
    )
    assert ("Councillor Gwen Rees", "Kelby Public Services Board") in pairs(f, Rel.CHAIR)
    assert ("Dr Owain Price", "Kelby Public Services Board") in pairs(f, Rel.VICE_CHAIR)
    assert ("Councillor Gwen Rees", "Kelby County Borough Council") in pairs(f, Rel.WORKS_FOR)
    assert not {g for _, g in pairs(f, Rel.CHAIR) | pairs(f, Rel.VICE_CHAIR) if "Membership" in g}


def test_an_item_refreshed_by_a_team_working_with_partners():
    f = run(
        "Kelby Community Safety Partnership",
        "",
        "The Hoarding Protocol will be refreshed by the Community Safety Team, working with Kelby Fire and",
        "Rescue Service and Kelby Housing Association.",
        "The minutes of the last meeting were reviewed by the Group.",
    )
    assert pairs(f, Rel.RESPONSIBLE) == {("Community Safety Team", "Hoarding Protocol")}
    assert pairs(f, Rel.CONTRIBUTES) == {
        ("Kelby Fire and Rescue Service", "Hoarding Protocol"),
        ("Kelby Housing Association", "Hoarding Protocol"),
    }


def test_a_title_broken_over_short_lines_and_a_chair_on_the_next_line_of_a_narrow_column():
    f = run(
        "SOUTH KELBY",
        "COMMUNITY SAFETY",
        "PARTNERSHIP",
        "",
        "OUR PRIORITIES FOR 2012-13",
        "Reducing burglary",
        "Tackling anti-social behaviour",
        "",
        "The Partnership is chaired by",
        "Councillor Amy Hollis.",
    )
    assert f.title == "SOUTH KELBY COMMUNITY SAFETY PARTNERSHIP"
    assert {(p, norm_name(g)) for p, g in pairs(f, Rel.CHAIR)} == {
        ("Councillor Amy Hollis", "south kelby community safety partnership")
    }


def test_a_partnerships_own_group_named_with_a_possessive_is_the_group():
    f = run(
        "Kelby Community Safety Partnership",
        "",
        "The Partnership's Performance Group, which reports to the Kelby Board, monitors progress.",
        "The Children's Trust Board meets quarterly.",
    )
    assert ("Performance Group", "Kelby Board") in pairs(f, Rel.SUBGROUP_OF)
    assert not any("'s Performance" in s for s, _ in pairs(f, Rel.SUBGROUP_OF) | pairs(f, Rel.REPORTS_TO))


def test_a_trusts_board_is_the_trust_and_a_post_before_a_name_across_a_line_break():
    text = (
        "Kelby Children's Services Trust",
        "Update to the Children and Young People Scrutiny Panel - June 2015",
        "",
        "The Trust Board is chaired by Sir Alan Reeve. The Trust is accountable to Kelby Borough Council",
        "through the Strategic Commissioning Board, which meets quarterly. The Director of Children's",
        "Services, Ms Gail Porter, attends the Trust Board as the Council's representative.",
    )
    f = run(*text)
    assert ("Ms Gail Porter", "Director of Children's Services") in pairs(f, Rel.HOLDS)
    assert lines_of(one(claims(f, Rel.HOLDS, subject="Ms Gail Porter"))) == (5, 6)
    assert not any("Update" in s for s, _ in pairs(f, Rel.REPORTS_TO))
    resolved = resolve([f])
    facts = resolved.documents[0]  # its mentions as resolution rewrote them
    chairs = {
        (c.subject.name, resolved.entities[resolved.key_of[c.object]].label)
        for c in facts.claims
        if c.rel is Rel.CHAIR
    }
    assert chairs == {("Sir Alan Reeve", "Kelby Children's Services Trust")}


def test_thematic_partnerships_listed_after_a_singular_and_all_of_them_reporting_on():
    f = run(
        "Dunby Community Planning Partnership",
        "",
        "Each strategic priority is taken forward by a thematic partnership: the Economic Partnership, the",
        "Children's Services Partnership and the Safer Dunby Partnership. The thematic partnerships report",
        "to the CPP Executive Group.",
    )
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Economic Partnership", "Dunby Community Planning Partnership"),
        ("Children's Services Partnership", "Dunby Community Planning Partnership"),
        ("Safer Dunby Partnership", "Dunby Community Planning Partnership"),
    }
    assert pairs(f, Rel.REPORTS_TO) == set()


def test_sub_groups_named_over_what_each_does_on_a_web_page_under_its_menu():
    f = run(
        "Home | About the Board | Sub-groups | Contact",
        "",
        "Kelby Safeguarding Adults Board",
        "",
        "Sub-groups",
        "The Board has a number of sub-groups that carry out its work:",
        "",
        "Performance and Quality Assurance",
        "This sub-group monitors safeguarding activity across the partnership.",
        "",
        "Learning and Development",
        "This sub-group plans the Board's training programme.",
    )
    assert f.title == "Kelby Safeguarding Adults Board"
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Performance and Quality Assurance", "Kelby Safeguarding Adults Board"),
        ("Learning and Development", "Kelby Safeguarding Adults Board"),
    }


def test_chaired_by_a_person_of_a_body_and_reports_to_the_first_group_reports():
    f = run(
        "Kelby Partnership",
        "",
        "The Kelby Domestic Abuse Forum has been renamed the Kelby Domestic Abuse Partnership. The new partnership",
        "is chaired by Inspector Ruth Vane of Kelshire Police and reports to the Safer Kelby Board.",
    )
    assert pairs(f, Rel.REPORTS_TO) == {("Kelby Domestic Abuse Partnership", "Safer Kelby Board")}
    assert ("Kelby Domestic Abuse Forum", "Kelby Domestic Abuse Partnership") in pairs(f, Rel.REPLACED_BY)


def test_a_chair_for_a_year_and_the_vice_chair_after_and_in_one_sentence():
    f = run(
        "Kelby Policing and Community Safety Partnership",
        "",
        "The Chair for 2023/24 is Alderman Brian Maguire and the Vice-Chair is Ms Siobhan Kerr, an independent",
        "member.",
    )
    board = "Kelby Policing and Community Safety Partnership"
    assert {p for p, g in pairs(f, Rel.CHAIR) if g == board} == {"Brian Maguire"}
    assert {p for p, g in pairs(f, Rel.VICE_CHAIR) if g == board} == {"Ms Siobhan Kerr"}


def test_a_heading_naming_thematic_groups_over_their_names_and_the_cpp_board_is_the_partnership():
    text = (
        "Dunby Community Planning Partnership",
        "",
        "The CPP Board is chaired by the Leader of Dunby Council, Councillor Fraser Hume.",
        "",
        "Thematic groups",
        "Community Safety Partnership",
        "Alcohol and Drug Partnership",
        "",
        "Each thematic group reports to the CPP Board.",
    )
    f = run(*text)
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Community Safety Partnership", "Dunby Community Planning Partnership"),
        ("Alcohol and Drug Partnership", "Dunby Community Planning Partnership"),
    }
    resolved = resolve([f])
    chairs = {
        (c.subject.name, resolved.entities[resolved.key_of[c.object]].label)
        for c in resolved.documents[0].claims
        if c.rel is Rel.CHAIR
    }
    assert ("Councillor Fraser Hume", "Dunby Community Planning Partnership") in chairs


def test_partners_under_a_priority_heading_a_lead_label_and_the_following_partners_contribute():
    f = run(
        "Kelby Community Safety Partnership",
        "Strategy 2023-2026",
        "",
        "Priority 2: Protecting vulnerable people",
        "We will identify people at risk of exploitation early.",
        "Lead partner: Kelby Council",
        "Supporting partners: Kelby Police, Kelby Housing",
        "",
        "Priority 3: Safer roads",
        "The following partners contribute to the delivery of this priority: Kelby Fire and Rescue Service,",
        "Kelby Police and the Road Safety Partnership.",
    )
    assert pairs(f, Rel.RESPONSIBLE) >= {("Kelby Council", "Protecting vulnerable people")}
    assert pairs(f, Rel.CONTRIBUTES) == {
        ("Kelby Police", "Protecting vulnerable people"),
        ("Kelby Housing", "Protecting vulnerable people"),
        ("Kelby Fire and Rescue Service", "Safer roads"),
        ("Kelby Police", "Safer roads"),
        ("Road Safety Partnership", "Safer roads"),
    }
    assert not claims(f, Rel.MEMBER)


def test_successors_taking_over_responsibilities_or_doing_the_work_of_a_group_no_longer_in_existence():
    f = run(
        "Kelby Partnerships Review",
        "",
        "The Kelby Domestic Abuse Partnership took over the responsibilities of the Kelby Domestic Violence Forum.",
        "The Kelby Youth Crime Group is no longer in existence; its work is now done by the Kelby Youth Justice Board.",
        "The Kelby Hate Crime Partnership, successor to the Kelby Community Cohesion Group, reports to the Safer",
        "Kelby Partnership.",
        "The Kelby Drugs Forum is no longer a sub-group of the Safer Kelby Partnership.",
    )
    assert pairs(f, Rel.REPLACED_BY) == {
        ("Kelby Domestic Violence Forum", "Kelby Domestic Abuse Partnership"),
        ("Kelby Youth Crime Group", "Kelby Youth Justice Board"),
        ("Kelby Community Cohesion Group", "Kelby Hate Crime Partnership"),
    }
    assert ("Kelby Drugs Forum", "Safer Kelby Partnership") not in pairs(f, Rel.SUBGROUP_OF)


def test_actions_noted_in_minutes_by_the_initials_the_attendance_gave():
    f = run(
        "Minutes of the Kelby Joint Action Group",
        "",
        "Present: Sgt Tom Hale (Chair), Kelby Police; Jane Brown (JB), Kelby Council; Li Wei (LW), Kelby Homes",
        "",
        "ACTION: JB to arrange a multi-agency patrol with Kelby Homes.",
        "Action: LW and Tom Hale to write to tenants on the Ridgeway estate.",
        "ACTION: XY to report back.",
    )
    assert pairs(f, Rel.RESPONSIBLE, "minutes.action_note") == {
        ("Jane Brown", "arrange a multi-agency patrol with Kelby Homes"),
        ("Li Wei", "write to tenants on the Ridgeway estate"),
        ("Tom Hale", "write to tenants on the Ridgeway estate"),
    }


def test_groups_under_a_sub_groups_heading_a_post_at_a_body_and_a_non_executive_chair():
    f = run(
        "Kelby Safeguarding Adults Board",
        "",
        "Sub-groups",
        "The Safeguarding Adults Review Group is chaired by the Head of Safeguarding at Kelby Council and",
        "decides which cases need a review.",
        "The Performance Group is chaired by the Board Manager.",
        "",
        "Governance",
        "The Kelby Health and Wellbeing Board meets quarterly.",
    )
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Safeguarding Adults Review Group", "Kelby Safeguarding Adults Board"),
        ("Performance Group", "Kelby Safeguarding Adults Board"),
    }
    assert ("Head of Safeguarding", "Safeguarding Adults Review Group") in pairs(f, Rel.CHAIR)
    assert not any(" at " in p for p, _ in pairs(f, Rel.CHAIR))
    trust = run(
        "Kelby Children's Services Trust",
        "",
        "The Trust Board has a non-executive chair, Sir Paul Kendrick, and four non-executive directors. The",
        "Trust's Chief Executive is Anna Brookes.",
    )
    assert ("Sir Paul Kendrick", "Trust Board") in pairs(trust, Rel.CHAIR)
    assert ("Anna Brookes", "Chief Executive") in pairs(trust, Rel.HOLDS)


def test_the_lead_for_this_priority_and_a_priority_named_by_its_words_are_the_listed_priority():
    text = (
        "Kelby Community Planning Partnership",
        "Plan 2024-2027",
        "",
        "Priority 1: Reducing knife crime",
        "Kelby Police are the lead for this priority.",
        "",
        "Strategic priorities: alcohol; vulnerable people; youth employment.",
        "The Alcohol and Drug Partnership leads on the alcohol priority.",
    )
    resolved = resolve([run(*text)])
    facts = resolved.documents[0]
    label = {m: resolved.entities[k].label for m, k in resolved.key_of.items()}
    led = {(c.subject.name, label[c.object]) for c in facts.claims if c.rel is Rel.RESPONSIBLE}
    priorities = {label[c.subject] for c in facts.claims if c.rel is Rel.PRIORITY_OF}
    assert {("Kelby Police", "Reducing knife crime"), ("Alcohol and Drug Partnership", "alcohol")} <= led
    assert {"Reducing knife crime", "alcohol"} <= priorities


def test_the_work_on_a_topic_of_one_word_is_the_item_led():
    f = run(
        "Kelby Health and Wellbeing Board",
        "",
        "Kelshire ICB will lead the work on frailty, supported by Kelby Council and Age UK Kelby.",
        "The Board will lead on it.",
    )
    assert pairs(f, Rel.RESPONSIBLE) == {("Kelshire ICB", "frailty")}
    assert pairs(f, Rel.CONTRIBUTES) == {("Kelby Council", "frailty"), ("Age UK Kelby", "frailty")}


def test_councillors_each_leading_on_matters_in_one_sentence_with_their_area_in_brackets():
    f = run(
        "Councillor Ann Poe (Westby) will lead on matters involving roads, Councillor Bob Roe "
        "(Southchester) will lead on matters involving housing and regeneration and Councillor Cal Moe "
        "(Northby) will lead on matters relating to skills and inclusion.",
    )
    assert pairs(f, Rel.RESPONSIBLE) == {
        ("Councillor Ann Poe", "roads"),
        ("Councillor Bob Roe", "housing and regeneration"),
        ("Councillor Cal Moe", "skills and inclusion"),
    }


def test_an_authority_s_chair_nominated_and_new_members_welcomed_in_its_minutes():
    f = run(
        "Westby Fire Authority",
        "",
        "Councillor Ann Poe was proposed to be chairman of the Authority for 2024/25.",
        "",
        "The Chair welcomed Councillors Dee Koe, Eve Hoe and Fay Loe to the Authority as new Members.",
    )
    assert pairs(f, Rel.CHAIR) == {("Councillor Ann Poe", "Westby Fire Authority")}
    assert pairs(f, Rel.MEMBER) == {
        ("Dee Koe", "Westby Fire Authority"),
        ("Eve Hoe", "Westby Fire Authority"),
        ("Fay Loe", "Westby Fire Authority"),
    }
    assert not pairs(f, Rel.WORKS_FOR)  # 'Eve Hoe and Fay Loe to the Authority' is no body of Dee Koe's


def test_semicolons_part_sub_group_names_that_hold_and():
    assert split_names(
        "Policy and Procedures; Performance and Quality; Training; and Communication and Engagement."
    ) == [
        "Policy and Procedures",
        "Performance and Quality",
        "Training",
        "Communication and Engagement",
    ]


def test_groups_a_board_established_or_agreed_to_establish_are_its_sub_groups():
    facts = run(
        "Northvale Children's Trust Board",
        "",
        "The Northvale Children's Trust Board has established the following groups to deliver the plan: an"
        " Early Help Group, a Corporate Parenting Group and an Emotional Health Group.",
        "",
        "The Northvale Children's Trust Board agreed to establish a new Performance Sub Group.",
    )
    assert {s for s, o in pairs(facts, Rel.SUBGROUP_OF) if o == "Northvale Children's Trust Board"} == {
        "Early Help Group",
        "Corporate Parenting Group",
        "Emotional Health Group",
        "Performance Sub Group",
    }
    assert not pairs(facts, Rel.RESPONSIBLE)  # '… to deliver the plan:' names no plan of the document


def test_a_minute_headed_by_a_body_with_its_number_is_not_the_body_it_reports_to():
    facts = run(
        "Minutes of the Westvale Community Safety Partnership",
        "",
        "6. Domestic Abuse Strategic Board",
        "The Domestic Abuse Strategic Board reports to the Partnership and met in February.",
    )
    assert pairs(facts, Rel.REPORTS_TO) == {
        ("Domestic Abuse Strategic Board", "Westvale Community Safety Partnership")
    }


def test_overseeing_the_work_of_groups_in_lower_case_is_no_item_owned():
    facts = run(
        "Westvale Community Safety Partnership Plan",
        "",
        "The Partnership Board oversees the work of three thematic groups:",
        "- Anti-Social Behaviour Group",
        "- Reducing Reoffending Group",
    )
    # the plan named after the partnership is its; no group 'overseen' is an item owned
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Westvale Community Safety Partnership", "Westvale Community Safety Partnership Plan")
    }
    assert {s for s, _ in pairs(facts, Rel.SUBGROUP_OF)} == {
        "Anti-Social Behaviour Group",
        "Reducing Reoffending Group",
    }


def test_a_board_led_by_its_independent_chair_with_its_members_in_the_same_sentence():
    facts = run(
        "Northvale Safeguarding Adults Board",
        "",
        "The Board is led by an Independent Chair, Ruth Ellis, and its statutory members are Northvale Council,"
        " Northvale Police and Northvale Health Board.",
        "",
        "Other partners on the Board include Northvale Healthwatch and the Probation Service.",
        "",
        "The Board is supported by sub-groups:",
        "  • Case Review Sub-Group – chaired by the Head of Adult Social Care",
        "  • Joint Learning Sub-Group (shared with the Northvale Safeguarding Children Partnership)",
    )
    board = "Northvale Safeguarding Adults Board"
    assert pairs(facts, Rel.CHAIR) == {
        ("Ruth Ellis", board),
        ("Head of Adult Social Care", "Case Review Sub-Group"),
    }
    assert {s for s, o in pairs(facts, Rel.MEMBER) if o == board} == {
        "Northvale Council",
        "Northvale Police",
        "Northvale Health Board",
        "Northvale Healthwatch",
        "Probation Service",
    }
    assert {s for s, o in pairs(facts, Rel.SUBGROUP_OF) if o == board} == {
        "Case Review Sub-Group",
        "Joint Learning Sub-Group",
    }
    assert not pairs(facts, Rel.RESPONSIBLE)  # a board led by its chair owns no item


def test_a_person_line_in_a_list_is_no_section_the_partnership_points_back_to():
    facts = run(
        "Safer Northby Partnership",
        "",
        "Also in attendance:",
        "Tom Wright – Community Safety Hub Manager (minutes)",
        "",
        "2. Serious Violence",
        "The Serious Violence Task Group reports to the Partnership. The group is chaired by Supt Hale.",
    )
    assert pairs(facts, Rel.REPORTS_TO) == {("Serious Violence Task Group", "Safer Northby Partnership")}
    assert pairs(facts, Rel.CHAIR) == {("Supt Hale", "Serious Violence Task Group")}


def test_a_contract_managed_by_a_post_names_no_item():
    facts = run(
        "Eastby Children's Services Trust",
        "",
        "2.3 The contract is managed by the Council's Director of Children's Services.",
    )
    assert not pairs(facts, Rel.RESPONSIBLE)


def test_groups_supporting_a_board_are_its_sub_groups_and_its_staff_are_not():
    facts = run(
        "Safer Northvale Partnership",
        "",
        "The Safer Northvale Partnership is supported by the Joint Tasking Group, which meets monthly.",
        "The Safer Northvale Partnership is supported by the Responsible Authorities Group and the Hate Crime Forum.",
        "The Safer Northvale Partnership is also supported by the Community Safety Team.",
    )
    assert {s for s, _ in pairs(facts, Rel.SUBGROUP_OF)} == {
        "Joint Tasking Group",
        "Responsible Authorities Group",
        "Hate Crime Forum",
    }


def test_a_partnership_named_by_its_initials_then_it_is_a_partnership_made_up_of():
    facts = run(
        "Westvale Scrutiny Committee",
        "",
        "The Committee received a presentation on the South Westvale Community Safety Partnership (SWCSP).",
        "The SWCSP was formed in 2012. It is a statutory partnership made up of Ashby Borough Council, Westvale"
        " Police and the National Probation Service.",
        "Domestic abuse is led by the Domestic Violence Coordinator, and anti-social behaviour is led by Ashby"
        " Borough Council.",
    )
    assert {s for s, o in pairs(facts, Rel.MEMBER) if o == "South Westvale Community Safety Partnership"} == {
        "Ashby Borough Council",
        "Westvale Police",
        "National Probation Service",
    }
    assert pairs(facts, Rel.RESPONSIBLE) == {
        ("Domestic Violence Coordinator", "Domestic abuse"),
        ("Ashby Borough Council", "anti-social behaviour"),
    }


def test_a_cabinet_report_on_a_partnerships_plan():
    facts = run(
        "Report to Cabinet",
        "14 July 2020",
        "",
        "Subject: Safer Fenmoor Partnership Plan 2020-2023",
        "",
        "2.1 That Cabinet approves the Safer Fenmoor Partnership Plan 2020-2023.",
        "",
        "3.1 The Safer Fenmoor Partnership is the statutory community safety partnership for Fenmoor.",
        "3.3 The Plan was developed by the Partnership Board following the annual strategic assessment, and"
        " will be delivered through the Partnership's three delivery groups: the Vulnerability Group, the"
        " Violence Reduction Group and the Neighbourhoods Group.",
    )
    assert not any(s.startswith(("That ", "Report to")) for s, _ in pairs(facts, Rel.RESPONSIBLE))
    assert not any("following" in s for s, _ in pairs(facts, Rel.RESPONSIBLE))
    assert pairs(facts, Rel.SUBGROUP_OF) == {
        (g, "Safer Fenmoor Partnership")
        for g in ("Vulnerability Group", "Violence Reduction Group", "Neighbourhoods Group")
    }


def test_a_committee_of_a_partnership_named_in_apposition():
    claims, _ = read(
        doc(
            "Members noted that the Westvale Policing Committee, a committee of the Westvale PCSP Board, meets monthly."
        )
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {("Westvale Policing Committee", "Westvale PCSP Board")}


def test_a_vice_chair_named_as_the_vice_chair_of_the_board_is_not_its_chair():
    f = run(
        "Westby Domestic Abuse Partnership Board Terms of Reference",
        "",
        "The Board is chaired by Jane Doe (Westby CCG).",
        "",
        "Vice Chair of the Board is John Roe (Westby County Council).",
    )
    board = "Westby Domestic Abuse Partnership Board"
    assert pairs(f, Rel.CHAIR) == {("Jane Doe", board)}
    assert pairs(f, Rel.VICE_CHAIR) == {("John Roe", board)}


def test_a_fund_set_up_or_administered_by_a_body_or_the_person_holding_a_post_is_theirs():
    claims, _ = read(
        doc(
            "The Northshire Youth Fund has been set up by Police and Crime Commissioner Jane Doe using the"
            " proceeds of crime.",
            "The Westshire Community Safety Grant replaces the earlier funding streams. The grant would be"
            " administered by the elected Police and Crime Commissioner for Westshire.",
        )
    )
    assert rel(claims, Rel.RESPONSIBLE) == {
        ("Jane Doe", "Northshire Youth Fund"),
        ("Police and Crime Commissioner for Westshire", "Westshire Community Safety Grant"),
    }


def test_a_body_that_published_its_second_plan_and_a_strategic_assessment_produced_by_a_body():
    claims, _ = read(
        doc(
            "The Westvale Public Services Board has published its second Westvale Well-being Plan.",
            "The Westvale Strategic Assessment was produced by the Safer Westvale Partnership.",
        )
    )
    assert rel(claims, Rel.RESPONSIBLE) == {
        ("Westvale Public Services Board", "Westvale Well-being Plan"),
        ("Safer Westvale Partnership", "Westvale Strategic Assessment"),
    }


def test_a_body_set_in_brackets_as_a_part_of_another_is_its_sub_organisation():
    claims, _ = read(
        doc("Westby Detach (a part of Westby Youth Association) runs dance sessions for young people.")
    )
    assert rel(claims, Rel.SUBGROUP_OF) == {("Westby Detach", "Westby Youth Association")}


def test_a_partnership_to_be_renamed_a_quoted_name_in_a_review_titled_after_it():
    f = run(
        "A Summary of the Review of the Westshire Community Safety Partnership",
        "",
        "Members were advised that the key recommendations were:",
        "",
        "· The partnership should be renamed the 'Safer Westshire Partnership' (SWP) and all partnership work"
        " should sit under the Safer Westshire Partnership title.",
    )
    assert pairs(f, Rel.REPLACED_BY) == {
        ("Westshire Community Safety Partnership", "Safer Westshire Partnership")
    }
    assert not pairs(f, Rel.MEMBER)  # members told of recommendations list no members


def test_boards_named_as_a_partnership_s_parts_are_its_sub_groups_when_it_is_named_alone_too():
    f = run(
        "NOTE of MEETING of the WESTVALE COMMUNITY PLANNING PARTNERSHIP EXECUTIVE DELIVERY GROUP held on 3 May",
        "Present:",
        "Ann Hale, Westvale Community Planning Partnership",
        "Sam Reed, Westvale Council",
        "",
        "The partnership should be renamed the 'Safer Westvale Partnership' (SWP). Its work should be split"
        " between the Safer Westvale Partnership Overview and Scrutiny Board and the Safer Westvale Partnership"
        " Strategy Board.",
        "",
        "The Children's Partnership Group met twice.",
    )
    assert {(s, o) for s, o in pairs(f, Rel.SUBGROUP_OF)} >= {
        (
            "Westvale Community Planning Partnership Executive Delivery Group",
            "Westvale Community Planning Partnership",
        ),
        ("Safer Westvale Partnership Overview and Scrutiny Board", "Safer Westvale Partnership"),
        ("Safer Westvale Partnership Strategy Board", "Safer Westvale Partnership"),
    }
    assert not [
        s for s, _ in pairs(f, Rel.SUBGROUP_OF) if s.startswith("Children")
    ]  # no 'Children's Partnership'


def test_a_former_name_in_brackets_is_replaced_by_the_name_before_it():
    claims, _ = read(
        doc("Safer Westvale (previously Westvale Partnership Against Crime) achieved 10 of its targets.")
    )
    assert rel(claims, Rel.REPLACED_BY) == {("Westvale Partnership Against Crime", "Safer Westvale")}


def test_which_after_a_name_we_do_not_know_stands_for_that_name_not_a_person_further_back():
    """'… said: "…" The fund takes revenue from Westby Estates, which manages the coast': the 'which' stands
    for Westby Estates (no body the reader knows), so no one is made responsible for the coast."""
    f = run(
        "And ward member John Roe said: “I am sure officers are doing all they can.” The fund allocates "
        "revenue given to the council from Westby Estates Holdings, which manages the coast and seabed around "
        "the islands.",
    )
    assert not claims(f, Rel.RESPONSIBLE)


def test_a_form_printed_one_field_a_line_gives_its_indicator_to_its_lead_officer():
    """'Reference No.' / 'Indicator Description' / '% of streets graded A' / 'Lead Officer' / 'Jane Doe' /
    'Date Plan Completed' / '15/10/2024', blank lines between: the lead officer owns the indicator; a lead
    left blank takes nothing from the label under it."""
    f = run(
        "WESTBY DISTRICT COUNCIL: ACTION PLAN TO ACHIEVE PERFORMANCE TARGETS",  # 1
        "",
        "Reference No.",  # 3
        "",
        "WDC SP 1.013",  # 5
        "",
        "Indicator Description",  # 7
        "",
        "% of sampled streets achieving grade A or grade B for litter",  # 9
        "",
        "Lead Officer",  # 11
        "",
        "",
        "Jane Doe",  # 14
        "",
        "Date Plan Completed",  # 16
        "",
        "15/10/2024",  # 18
        "",
        "Indicator Description",  # 20
        "",
        "% of fly-tips cleared in two days",  # 22
        "",
        "Lead Officer",  # 24
        "",
        "Date Plan Completed",  # 26
    )
    assert pairs(f, Rel.RESPONSIBLE) == {
        ("Jane Doe", "% of sampled streets achieving grade A or grade B for litter")
    }
    assert lines_of(one(claims(f, Rel.RESPONSIBLE))) == (7, 14)
    assert not pairs(f, Rel.WORKS_FOR)


@pytest.mark.parametrize(
    "lines",
    [
        (
            "SAFER WESTBY BOARD",
            "AGENDA",
            "",
            "1. Apologies and Introductions    Chair",
            "2. Performance Report    C/Supt Kim Moe",
            "3. Transforming Rehabilitation    Karen Roe",
            "4. Hate Crime Update    C/Supt Kim Moe",
        ),
        (
            "SAFER WESTBY BOARD AGENDA Open Session 1) Apologies & Introductions Chair 2) Minutes of the last "
            "meeting Chair and Matters arising 3) Performance Report C/Supt Kim Moe 4) Transforming "
            "Rehabilitation Karen Roe 5) Hate Crime Update C/Supt Kim Moe 6) Any Other Business",
        ),
    ],
    ids=["one item a line", "a page run into one line"],
)
def test_an_agendas_presenters_are_responsible_for_their_items(lines):
    f = run(*lines)
    assert pairs(f, Rel.RESPONSIBLE) == {
        ("Supt Kim Moe", "Performance Report"),
        ("Karen Roe", "Transforming Rehabilitation"),
        ("Supt Kim Moe", "Hate Crime Update"),
    }
    assert_quotes(f.text, f.claims)


def test_numbered_lines_ending_in_names_in_a_paper_with_no_agenda_are_no_presenters():
    f = run(
        "Westby Board members",
        "",
        "1. Chief Executive    Jane Doe",
        "2. Director of Public Health    John Roe",
    )
    assert not pairs(f, Rel.RESPONSIBLE)


def test_bodies_that_sit_on_a_partnership_split_where_no_name_goes_on():
    """'Northshire County Council and Northshire Fire and Rescue Service sit on the Westby Partnership': two
    bodies; 'Fire and Rescue' goes on as one name."""
    f = run(
        "Westby CSP",
        "",
        "Northshire County Council and Northshire Fire and Rescue Service sit on the Westby Partnership.",
    )
    assert {s for s, o in pairs(f, Rel.MEMBER) if o == "Westby Partnership"} == {
        "Northshire County Council",
        "Northshire Fire and Rescue Service",
    }


def test_a_person_who_will_replace_a_retiring_office_holder_and_a_news_list_that_names_no_priorities():
    """'Jane Doe will replace retiring PCC John Roe this Thursday': John Roe is replaced by Jane Doe. 'Some
    of the successful projects include: – A, who will … – The B Programme, run by C, who will focus on … – D,
    who provide free dance and arts classes.': 'focus on' in an earlier sentence makes no list of
    priorities."""
    f = run(
        "Some of the successful projects include: – Westby Street Pastors, who will work on the ground. – The "
        "Halo Employability Programme, run by Eastby based Feed the Hungry, who will focus on upskilling "
        "individuals. – Northby based dance charity, Time Step Dance, who provide free dance and performing "
        "arts classes to children.",
        "Jane Doe will replace retiring PCC John Roe this Thursday (13 May) after the election.",
    )
    assert pairs(f, Rel.REPLACED_BY) == {("John Roe", "Jane Doe")}
    assert not pairs(f, Rel.PRIORITY_OF)


def test_chaired_by_a_cabinet_member_whose_remit_is_written_in_lower_case():
    """'The partnership is chaired by the Cabinet member responsible for community safety and reports to …': the
    whole post chairs, not 'Cabinet'."""
    f = run(
        "The Safer Westby Partnership is chaired by the Cabinet member responsible for community safety and "
        "reports to the Westby Strategic Partnership."
    )
    chairs = {(c.subject.name, c.subject.kind, c.object.name) for c in f.claims if c.rel is Rel.CHAIR}
    assert chairs == {
        ("Cabinet member responsible for community safety", Kind.POST, "Safer Westby Partnership")
    }


def test_a_plan_named_after_a_body_is_that_bodys():
    f = run(
        "Westby Council Scrutiny",
        "",
        "The Safer Westby Partnership Action Plan 2021-24 was presented by the community safety manager.",
        "The Westby Community Safety Partnership (WCSP) agreed the WCSP Plan 2022-25 and the CCTV Strategy.",
        "Each Partnership Plan is reviewed yearly. The Westby Trust meets in May; the Skipton Depot",
        "Council Plan was noted.",
    )
    assert pairs(f, Rel.RESPONSIBLE) >= {
        ("Safer Westby Partnership", "Safer Westby Partnership Action Plan 2021-24"),
        ("WCSP", "WCSP Plan 2022-25"),
    }
    # no body: 'Partnership Plan'; an acronym not spelled out; a name never written on its own
    assert not [p for o, p in pairs(f, Rel.RESPONSIBLE) if p in ("CCTV Strategy", "Partnership Plan")]
    assert not [o for o, p in pairs(f, Rel.RESPONSIBLE) if "Skipton" in o]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [  # a group a partnership formed and called by name; a group said to be a thematic group within it
        (
            "The Westby Partnership has formed a group called the Westby Youth Panel, which meets monthly.",
            ("Westby Youth Panel", "Westby Partnership"),
        ),
        (
            "The Westby Drugs Group is a thematic group within the Westby Community Planning Partnership.",
            ("Westby Drugs Group", "Westby Community Planning Partnership"),
        ),
    ],
)
def test_a_group_formed_by_or_within_a_partnership_is_its_sub_group(sentence, pair):
    assert pairs(run(sentence), Rel.SUBGROUP_OF) == {pair}


def test_sub_groups_listed_each_with_what_it_does_are_named_by_their_first_words():
    f = run(
        "Westby Community Safety Partnership",
        "",
        "The partnership has three sub-groups:",
        "",
        "  • Westby Delivery Group which meets monthly.",
        "  • Domestic Abuse Forum, covering Westby and Eastby, meets quarterly.",
        "  • Youth Services Group",
    )
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Westby Delivery Group", "Westby Community Safety Partnership"),
        ("Domestic Abuse Forum", "Westby Community Safety Partnership"),
        ("Youth Services Group", "Westby Community Safety Partnership"),
    }
