"""Funding readers by layout: sentence forms from the predicate table, grant lists, grant tables.

Every text is invented (Exampleton, Northshire, Southtown ...). Each test names the shape it reads.
"""

from __future__ import annotations

import pytest

from ingest.model import Description, Funding
from ingest.pipeline import extract


def flows(*lines: str) -> list[tuple[str, str, float | None, str | None]]:
    facts = extract("t.txt", "\n".join(lines) + "\n")
    text = "\n".join(lines).splitlines()
    out = []
    for f in facts.fundings:
        assert isinstance(f, Funding)
        span = " ".join(text[f.evidence.line_start - 1 : f.evidence.line_end])
        assert " ".join(f.evidence.quote.split()) in " ".join(span.split()), f.evidence
        out.append((f.funder.name, f.recipient.name, f.amount, f.period))
    return out


def notes(*lines: str) -> list[str]:
    facts = extract("t.txt", "\n".join(lines) + "\n")
    return [d.note for d in facts.descriptions if isinstance(d, Description) and d.note]


def test_list_items_with_who_received_take_the_fund_named_in_the_introduction():
    got = flows(
        "Groups can now apply to the Commissioner’s Safer Streets Fund.",
        "Over 100 groups have received Safer Streets Funding.",
        "Projects that have benefited include:",
        "- Exampleton Boxing Club who received £1,200 to buy equipment.",
        "- Northshire Mencap who have been awarded £2,500 to support its club.",
    )
    assert ("Safer Streets Fund", "Exampleton Boxing Club", 1200.0, None) in got
    assert ("Safer Streets Fund", "Northshire Mencap", 2500.0, None) in got


def test_items_under_the_successful_bids_were_each_name_a_recipient_with_no_amount():
    got = flows(
        "Westby Council has awarded more than £80,000 to five projects that will help communities.",
        "",
        "Of the 12 applications, five were successful. The successful bids were:",
        "",
        "  • Eastby Parish Council for new benches and bins.",
        "  • Northby Hall Trust for new accessible gardens.",
        "  • Westby Youth Theatre to run summer workshops.",
        "",
        "  • Apply by 3 May.",
    )
    assert got == [
        ("Westby Council", "Eastby Parish Council", None, None),
        ("Westby Council", "Northby Hall Trust", None, None),
        ("Westby Council", "Westby Youth Theatre", None, None),
    ]


def test_a_sentence_naming_who_grants_were_given_to_one_after_another_with_no_amounts():
    got = flows(
        "Grants of up to £2,000 are available from the Westby Community Fund.",
        "Money has in the past been awarded to the Cradle Gift Project who help young families with baby clothes; "
        "Westby Scout Group to help with a new roof and Eastby Hall Church to run trips for older people.",
        "The fund has also been given to Northby Art Club for paint.",
    )
    assert got == [
        ("Westby Community Fund", "Cradle Gift Project", None, None),
        ("Westby Community Fund", "Westby Scout Group", None, None),
        ("Westby Community Fund", "Eastby Hall Church", None, None),
    ]  # one recipient alone is no list this reader reads


def test_amount_to_recipient_items_take_the_body_that_awards_to_the_following():
    got = flows(
        "For 2024/25 the Police and Crime Commissioner has made available £100,000 for the Exampleton Community Fund.",
        "The Police and Crime Commissioner also made available £50,000 for the Youth Fund which is new.",
        "",
        "Recommendation:",
        "The Commissioner supports the applications and awards to the following;",
        "- £5,000 to Exampleton Food Bank for the Winter Project;",
        "- £8,105 to Northshire Youth CIO for start-up funding; and",
        "- £1,000 to The Tiny Club for running costs.",
    )
    assert ("Police and Crime Commissioner", "Youth Fund", 50000.0, None) in got
    assert ("Police and Crime Commissioner", "Exampleton Food Bank", 5000.0, None) in got
    assert ("Police and Crime Commissioner", "Northshire Youth CIO", 8105.0, None) in got
    assert ("Police and Crime Commissioner", "Tiny Club", 1000.0, None) in got


def test_to_award_recipient_amount_under_an_applications_heading():
    got = flows(
        "Applications for the Southtown Community Fund:",
        "Southtown Scouts – New Hut",
        "To award Southtown Scouts £4,000 to build a new hut.",
    )
    assert ("Southtown Community Fund", "Southtown Scouts", 4000.0, None) in got


def test_tab_table_with_a_period_per_year_column_and_a_total_row():
    got = flows(
        "Grants from the Exampleton Community Fund",
        "",
        "Recipient\t2019/20\t2020/21",
        "Exampleton Youth Club\t£1,000\t£1,500",
        "Northshire Scouts\t£500\t£700",
        "Total\t£1,500\t£2,200",
    )
    assert ("Exampleton Community Fund", "Exampleton Youth Club", 1000.0, "2019/20") in got
    assert ("Exampleton Community Fund", "Exampleton Youth Club", 1500.0, "2020/21") in got
    assert ("Exampleton Community Fund", "Northshire Scouts", 700.0, "2020/21") in got
    assert not [g for g in got if g[1].lower().startswith("total")]


def test_pipe_table_with_an_amount_column_and_a_total_that_does_not_add_up():
    lines = (
        "Community Grants 2021 awarded by the Northshire Lottery Fund",
        "",
        "Recipient | Amount (£)",
        "Exampleton Youth Club | 1,000",
        "Northshire Scouts | 500",
        "Total | 1,600",
    )
    got = flows(*lines)
    assert ("Northshire Lottery Fund", "Exampleton Youth Club", 1000.0, None) in got
    assert ("Northshire Lottery Fund", "Northshire Scouts", 500.0, None) in got
    assert len(got) == 2
    assert any("1,600" in n and "1,500" in n for n in notes(*lines))


def test_space_aligned_table():
    got = flows(
        "Exampleton Small Grants Fund: awards made",
        "",
        "Organisation                 Award",
        "Southtown Bowls Club         £750",
        "Exampleton Women’s Group     £1,250",
    )
    assert ("Exampleton Small Grants Fund", "Southtown Bowls Club", 750.0, None) in got
    assert ("Exampleton Small Grants Fund", "Exampleton Women’s Group", 1250.0, None) in got


def test_one_cell_per_line_grant_list():
    got = flows(
        "The Exampleton Fund awarded the following grants:",
        "",
        "Exampleton Youth Club",
        "£1,000",
        "",
        "Northshire Scouts",
        "£500",
    )
    assert ("Exampleton Fund", "Exampleton Youth Club", 1000.0, None) in got
    assert ("Exampleton Fund", "Northshire Scouts", 500.0, None) in got


def test_recipient_dash_amount_lines_without_bullets():
    got = flows(
        "Grants awarded by the Northshire Community Foundation",
        "Exampleton Boxing Club – £1,200",
        "Southtown Mencap: £900",
        "Total – £2,100",
    )
    assert ("Northshire Community Foundation", "Exampleton Boxing Club", 1200.0, None) in got
    assert ("Northshire Community Foundation", "Southtown Mencap", 900.0, None) in got
    assert len(got) == 2


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Exampleton Borough Council has awarded £12,000 to Northshire Women’s Aid.",
            ("Exampleton Borough Council", "Northshire Women’s Aid", 12000.0),
        ),
        (
            "Southtown Youth Trust received £3,500 from the Northshire Community Foundation in 2022/23.",
            ("Northshire Community Foundation", "Southtown Youth Trust", 3500.0),
        ),
        (
            "The Northshire Health Board will allocate £1.5m to the Exampleton Recovery Service.",
            ("Northshire Health Board", "Exampleton Recovery Service", 1500000.0),
        ),
        (
            "The Council granted Exampleton Credit Union a sum of £20k.",
            ("Council", "Exampleton Credit Union", 20000.0),
        ),
        (  # a fund named with a common noun after it: the fund's own name
            "Groups share £9,000 from the Northshire Council’s Village Action Grant fund. "
            "Eastby Summer Club has £800 to pay for volunteer training.",
            ("Village Action Grant", "Eastby Summer Club", 800.0),
        ),
        (
            "Groups share £9,000 from the Northshire Council’s Village Action Grant fund. "
            "Westby Playgroup will use their £1,000 grant to create a garden.",
            ("Village Action Grant", "Westby Playgroup", 1000.0),
        ),
        (  # a page's date run onto its first sentence; a council whose name holds 'of'
            "date 2021-10-12 Westby Bird Trust Ltd was awarded £5,000 for its festival. The North Riding of "
            "Exampleshire Council runs the scheme.",
            ("North Riding of Exampleshire Council", "Westby Bird Trust Ltd", 5000.0),
        ),
        (
            "Lunch Project from Eastby Community Transport Limited received approval for funding of £4,937.50 "
            "from the Exampleshire Community Grant Scheme.",
            ("Exampleshire Community Grant Scheme", "Eastby Community Transport Limited", 4937.5),
        ),
    ],
)
def test_sentence_forms_of_the_predicate_table(sentence, expected):
    got = [(f, r, a) for f, r, a, _ in flows(sentence)]
    assert expected in got


def test_table_whose_recipient_is_not_the_first_column():
    got = flows(
        "Northshire Community Foundation – grants approved",
        "",
        "Ref\tOrganisation\tProject\tGrant awarded",
        "NCF-01\tExampleton Scouts\tNew roof\t4,500",
        "NCF-02\tSouthtown Credit Union\tDebt advice\t2,000",
        "\tTotal\t\t6,500",
    )
    assert ("Northshire Community Foundation", "Exampleton Scouts", 4500.0, None) in got
    assert ("Northshire Community Foundation", "Southtown Credit Union", 2000.0, None) in got
    assert len(got) == 2


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Exampleton Women’s Aid was awarded £7,500 by the Northshire Community Foundation.",
            ("Northshire Community Foundation", "Exampleton Women’s Aid", 7500.0),
        ),
        (
            "The Southtown Night Shelter is funded by Exampleton Borough Council to the sum of £40,000.",
            ("Exampleton Borough Council", "Southtown Night Shelter", 40000.0),
        ),
        (
            "The Northshire Police and Crime Commissioner agreed to fund Exampleton Street Pastors with £3,000.",
            ("Northshire Police and Crime Commissioner", "Exampleton Street Pastors", 3000.0),
        ),
        (  # a resolution's line: the budget the money comes from gives it
            "(i)      core funding of £95,000 be awarded from the Civic Fund to support the running costs of "
            "Southtown Law Centre;",
            ("Civic Fund", "Southtown Law Centre", 95000.0),
        ),
        (
            "(ii)     funding of £4,200 be awarded from the Civic Fund for the Exampleton Tenants Forum;",
            ("Civic Fund", "Exampleton Tenants Forum", 4200.0),
        ),
    ],
)
def test_more_sentence_forms(sentence, expected):
    got = [(f, r, a) for f, r, a, _ in flows(sentence)]
    assert expected in got


def test_two_amounts_to_two_recipients_in_one_sentence_after_a_fund_heading():
    got = flows(
        "Exampleton Safer Streets Fund",
        "",
        "The panel recommends £5,000 to Exampleton Mencap and £2,500 to Southtown Youth Club for summer work.",
    )
    assert ("Exampleton Safer Streets Fund", "Southtown Youth Club", 2500.0, None) in got


def test_a_sentence_that_names_no_funder_and_follows_none_gives_no_flow():
    assert flows("Exampleton Youth Club received £2,000 to run summer activities.") == []


@pytest.mark.parametrize("run", ["Aaa ", "Northtown CSP ", "received £5 from ", "Aaa Bbb of the "])
def test_run_on_lines_are_read_in_linear_time(run):
    """Text flattened from PDF can give one line of tens of thousands of characters; nested unbounded
    name patterns took minutes on such a line."""
    import time

    started = time.perf_counter()
    flows("Exampleton Community Fund", "", run * 6000 + "£4")
    assert time.perf_counter() - started < 15


def test_a_funder_column_wins_over_a_funding_stream_column():
    assert flows(
        "Funding stream | Funder | Recipient | 2021/22",
        "Safer Streets Fund | Home Office | Westby Borough Council | £450,000",
        "Community Safety Fund | Office of the Police and Crime Commissioner | Westby CSP | £60,000",
    ) == [
        ("Home Office", "Westby Borough Council", 450000.0, "2021/22"),
        ("Office of the Police and Crime Commissioner", "Westby CSP", 60000.0, "2021/22"),
    ]


def test_amounts_allocated_from_a_fund_and_funding_secured_by_a_body():
    assert flows(
        "£25,000 has been allocated from the Community Safety Fund to Westby CSP.",
        "Funding of £100k from the Safer Streets Fund was secured by Westby Borough Council.",
    ) == [
        ("Community Safety Fund", "Westby CSP", 25000.0, None),
        ("Safer Streets Fund", "Westby Borough Council", 100000.0, None),
    ]


def test_a_budget_s_first_income_line_is_no_document_body():
    assert (
        flows("Budget 2021/22", "Income", "Home Office grant\t80,000", "County Council contribution\t25,000")
        == []
    )


def test_a_funding_source_table_funds_the_document_s_own_body():
    assert flows(
        "Westby Community Safety Partnership",
        "Funding 2022/23",
        "",
        "Funding source\tAmount (£)",
        "Police and Crime Commissioner\t65,000",
        "Westby Borough Council\t40,000",
        "Total\t105,000",
    ) == [
        ("Police and Crime Commissioner", "Westby Community Safety Partnership", 65000.0, None),
        ("Westby Borough Council", "Westby Community Safety Partnership", 40000.0, None),
    ]


def test_a_recipient_dash_amount_then_what_it_is_for():
    assert flows(
        "Grants awarded by the Northshire Community Foundation in 2021:",
        "- Westby Men's Shed – £2,000 towards new tools",
        "- Northby Youth Club: £5k",
    ) == [
        ("Northshire Community Foundation", "Westby Men's Shed", 2000.0, None),
        ("Northshire Community Foundation", "Northby Youth Club", 5000.0, None),
    ]


def test_funded_by_two_bodies_each_with_its_amount_and_a_yearly_contribution():
    from extraction_helpers import run

    f = run(
        "Westby Community Safety Partnership",
        "",
        "The Youth Justice Service is funded by the Ministry of Justice (£210,000) and Westby Council (£95,000).",
        "Westby Council contributes £30,000 a year to the Westby Community Safety Partnership.",
        "Westby Women's Aid: £4,750",
    )
    flows = {(x.funder.name, x.recipient.name, x.amount) for x in f.fundings}
    assert {
        ("Ministry of Justice", "Youth Justice Service", 210000.0),
        ("Westby Council", "Youth Justice Service", 95000.0),
        ("Westby Council", "Westby Community Safety Partnership", 30000.0),
    } <= flows
    assert not f.observations  # a grant's amount is no indicator's value


def test_a_performance_table_under_a_dated_title_is_no_grant_table():
    facts = extract(
        "t.txt",
        "Kelby Health and Wellbeing Board\nOutcomes Update, March 2024\n\n"
        "Indicator                          2021/22    2022/23    Trend\n"
        "Children in low income families     4,480      4,655      Worsening\n",
    )
    assert not [f for f in facts.fundings if isinstance(f, Funding)]


def test_rows_under_an_introduction_naming_who_gave_fund_the_documents_own_body():
    facts = extract(
        "t.txt",
        "Kelby Safeguarding Children Partnership\nAnnual Report\n\n"
        "The budget for the year was £210,000. Contributions were made by:\n\n"
        "- Kelby Council: £105,000\n- Northshire Police: £52,000\n",
    )
    flows = {(f.funder.name, f.recipient.name, f.amount) for f in facts.fundings if isinstance(f, Funding)}
    assert flows == {
        ("Kelby Council", "Kelby Safeguarding Children Partnership", 105000),
        ("Northshire Police", "Kelby Safeguarding Children Partnership", 52000),
    }


def test_the_body_of_a_minutes_title_gives_what_the_meeting_agreed_to_allocate():
    facts = extract(
        "t.txt",
        "Minutes of the Meeting of the Westby Community Safety Partnership, 4 March 2025\n\n"
        "6.1 The Partnership agreed to allocate £25,000 to Westby Women's Aid for the IDVA service.\n",
    )
    assert {(f.funder.name, f.recipient.name) for f in facts.fundings if isinstance(f, Funding)} == {
        ("Westby Community Safety Partnership", "Westby Women's Aid")
    }


def test_a_funding_source_table_by_year_is_money_not_indicators():
    facts = extract(
        "t.txt",
        "Kelby Health and Wellbeing Board\nPooled Budget 2024-26\n\n"
        "Funding source          2024/25        2025/26\n"
        "NHS Northshire ICB      £12.4m         £13.1m\n"
        "Kelby Council           £3.2m          £3.4m\n",
    )
    assert not facts.observations
    assert {(f.funder.name, f.amount) for f in facts.fundings if isinstance(f, Funding)} == {
        ("NHS Northshire ICB", 12400000),
        ("NHS Northshire ICB", 13100000),
        ("Kelby Council", 3200000),
        ("Kelby Council", 3400000),
    }


def _flows(text: str) -> set[tuple[str, str, float]]:
    return {
        (f.funder.name, f.recipient.name, f.amount)
        for f in extract("t.txt", text).fundings
        if isinstance(f, Funding)
    }


def test_recipients_and_amounts_listed_in_the_sentence_after_as_follows():
    assert _flows(
        "Northshire Police and Crime Commissioner\n\n"
        "The Commissioner's fund was allocated as follows: Kelby CSP £40,000; Westby CSP £50,000.\n"
    ) == {
        ("Northshire Police and Crime Commissioner", "Kelby CSP", 40000),
        ("Northshire Police and Crime Commissioner", "Westby CSP", 50000),
    }


def test_amounts_with_the_giving_body_in_brackets_after_a_contributions_label():
    assert _flows(
        "Westby Safeguarding Adults Board\n\nPartner contributions: £60,000 (Westby Council), £15,000 (Northshire Police).\n"
    ) == {
        ("Westby Council", "Westby Safeguarding Adults Board", 60000),
        ("Northshire Police", "Westby Safeguarding Adults Board", 15000),
    }


def test_a_bare_head_word_recipient_ends_before_what_the_money_is_for():
    assert _flows(
        "Kelby Community Safety Partnership\n\n"
        "Funding of £15,000 from the Home Office was secured by the Partnership for CCTV upgrades.\n"
    ) == {("Home Office", "Kelby Community Safety Partnership", 15000)}


def test_money_received_then_allocated_to_projects_in_a_table_of_organisations_one_cell_a_line():
    got = flows(
        "Kelby Community Safety Partnership",
        "Community Safety Fund 2023/24 - allocations",
        "",
        "The Partnership received £80,000 from the Kelshire Police and Crime Commissioner. It was allocated",
        "to the following projects:",
        "",
        "Project",
        "Organisation",
        "Amount",
        "",
        "Youth outreach",
        "Kelby YMCA",
        "£30,000",
        "",
        "Street pastors",
        "Kelby Churches Together",
        "£15,000",
    )
    assert set(got) >= {
        ("Kelby Community Safety Partnership", "Kelby YMCA", 30000.0, None),
        ("Kelby Community Safety Partnership", "Kelby Churches Together", 15000.0, None),
    }
    assert not {f for f, _, _, _ in got} & {"Community Safety Fund"}


def test_funded_by_contributions_from_bodies_each_with_its_amount_and_funding_secured_from_a_fund():
    got = flows(
        "Kelby Community Safety Partnership",
        "Annual Report 2023/24",
        "",
        "The Partnership is funded by contributions from Kelby Council (£40,000), Kelshire Police",
        "(£30,000) and the Kelshire Integrated Care Board (£15,000).",
        "",
        "Funding of £50,000 was secured from the Home Office's Safer Streets Fund for lighting.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Kelby Council", "Kelby Community Safety Partnership", 40000.0),
        ("Kelshire Police", "Kelby Community Safety Partnership", 30000.0),
        ("Kelshire Integrated Care Board", "Kelby Community Safety Partnership", 15000.0),
        ("Safer Streets Fund", "Kelby Community Safety Partnership", 50000.0),
    }


def test_counts_under_year_columns_are_no_money_but_a_projects_are():
    crime = (
        "Westvale Community Safety Partnership",
        "Crime Performance Factsheet",
        "",
        "Crime type                 Apr-Sep 2023   Apr-Sep 2024   Change",
        "All crime                  9,412          8,977          -435",
        "Shoplifting                1,310          1,498          188",
    )
    assert flows(*crime) == []
    grants = (
        "Westvale Community Safety Partnership",
        "",
        "Project                    2023/24        2024/25",
        "Street Pastors             12,000         12,500",
    )
    assert flows(*grants) == [
        ("Westvale Community Safety Partnership", "Street Pastors", 12000.0, "2023/24"),
        ("Westvale Community Safety Partnership", "Street Pastors", 12500.0, "2024/25"),
    ]


def test_the_partnership_is_not_the_first_words_of_a_longer_name():
    got = flows(
        "Safer Northby Partnership",
        "",
        "3. Domestic Abuse Local Partnership Board",
        "The Domestic Abuse Local Partnership Board has replaced the Domestic Abuse Strategic Group.",
        "",
        "4. Funding",
        "The Commissioner has awarded £45,000 to the Partnership for the Community Safety Hub in 2021/22.",
    )
    assert [(recipient, amount) for _, recipient, amount, _ in got] == [
        ("Safer Northby Partnership", 45000.0)
    ]


def test_a_funder_with_a_comma_inside_its_name():
    got = flows(
        "Safer Northby Partnership",
        "",
        "The Police, Fire and Crime Commissioner has awarded £45,000 to the Partnership in 2021/22.",
    )
    assert [(funder, amount) for funder, _, amount, _ in got] == [
        ("Police, Fire and Crime Commissioner", 45000.0)
    ]


def test_received_each_year_from_a_funder():
    got = flows(
        "Westvale Community Safety Partnership",
        "",
        "The Partnership receives £48,000 each year from the Police and Crime Commissioner.",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [
        ("Police and Crime Commissioner", "Westvale Community Safety Partnership", 48000.0)
    ]


def test_budgets_made_up_of_contributions_grants_made_by_and_match_funding():
    got = flows(
        "Westvale Community Safety Partnership",
        "",
        "The Partnership's budget for 2022/23 is £150,000, made up of £90,000 from the Police and Crime"
        " Commissioner and £60,000 from Westvale Council.",
        "",
        "The Police and Crime Commissioner contributed £25,000 towards the cost of the IDVA service.",
        "",
        "A grant of £12,000 was made to Victim Support by the Partnership.",
        "",
        "Westvale Council will provide match funding of £30,000.",
        "",
        "The CSP allocated £5,000 each to the three Neighbourhood Action Groups.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Police and Crime Commissioner", "Westvale Community Safety Partnership", 90000.0),
        ("Westvale Council", "Westvale Community Safety Partnership", 60000.0),
        ("Police and Crime Commissioner", "IDVA service", 25000.0),
        ("Westvale Community Safety Partnership", "Victim Support", 12000.0),
        ("Westvale Council", "Westvale Community Safety Partnership", 30000.0),
        ("CSP", "Neighbourhood Action Groups", 5000.0),
    }


def test_bids_won_funded_with_agreed_by_a_funders_grant_and_money_received_from():
    got = flows(
        "Westvale Community Safety Partnership",
        "",
        "The Partnership successfully bid for £40,000 from the Police and Crime Commissioner.",
        "The Home Office has funded the Street Pastors scheme with £8,000.",
        "Funding of £20,000 has been agreed by the Home Office for the Domestic Abuse Forum.",
        "The Home Office grant of £100,000 to Westvale Council will fund the Serious Violence Duty.",
        "£15,000 was received from the Police and Crime Commissioner.",
        "Westvale Youth Club was successful in its application.",
    )
    assert {(f, r, a, p) for f, r, a, p in got} == {
        ("Police and Crime Commissioner", "Westvale Community Safety Partnership", 40000.0, None),
        ("Home Office", "Street Pastors scheme", 8000.0, None),
        ("Home Office", "Domestic Abuse Forum", 20000.0, None),
        ("Home Office", "Westvale Council", 100000.0, None),
        ("Police and Crime Commissioner", "Westvale Community Safety Partnership", 15000.0, None),
    }


def test_a_table_of_partner_contributions_is_money_given_to_the_documents_body():
    got = flows(
        "Kelbury Safeguarding Adults Board",
        "Annual Report 2019-20",
        "",
        "Board budget 2019-20",
        "Partner                                   Contribution",
        "Kelbury Council                           £84,000",
        "Kelshire Police                           £21,000",
        "Total                                     £105,000",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Kelbury Council", "Kelbury Safeguarding Adults Board", 84000.0),
        ("Kelshire Police", "Kelbury Safeguarding Adults Board", 21000.0),
    }


def test_a_recipient_allocated_money_takes_the_giver_named_sentences_before_not_the_fund_between():
    """'X allocated funding to …. In 2011/12 the Y Grant … would be £N …. Z had been allocated £M': X gave Z
    its share (the fund is X's money); the allocation is read under a numbered question set beside it."""
    got = flows(
        "Minutes",
        "",
        "1)           How will the grant settlement affect the Westby Community Safety Partnership?",
        "",
        "The Northshire Safer Communities Board allocated funding from a central budget to each district "
        "partnership. In 2024/25 the Community Safety Grant for Northshire would be £644,338, a 20 per cent "
        "reduction. Consequently, the Westby Community Safety Partnership had been allocated £107,400 for "
        "2024/25.",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [
        ("Northshire Safer Communities Board", "Westby Community Safety Partnership", 107400.0)
    ]


def test_an_earlier_amount_allocated_to_the_same_recipient_with_its_own_period():
    got = flows(
        "Minutes",
        "",
        "The Northshire Safer Communities Board allocated funding to each district partnership. The Westby "
        "Community Safety Partnership had been allocated £107,400 for 2024/25, an increase on the £90,327 "
        "allocated to the Partnership in 2023/24.",
    )
    assert got == [
        ("Northshire Safer Communities Board", "Westby Community Safety Partnership", 107400.0, "2024/25"),
        ("Northshire Safer Communities Board", "Westby Community Safety Partnership", 90327.0, "2023/24"),
    ]


def test_amounts_for_recipients_listed_before_the_funder_they_come_from():
    """'£A for X and £B for Y from Z': every flow of the list takes the funder it closes with; a sentence
    opening the document is no title naming the document's body, and a date before a giver is no name."""
    got = flows(
        "Key information",
        "In May 2024 the Department for Transport launched a fund to improve safety on rural roads in the north.",
        "The decision is to accept grant funding of £301,579 for Westby and £424,417 for Eastby from the "
        "Department for Transport.",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [
        ("Department for Transport", "Westby", 301579.0),
        ("Department for Transport", "Eastby", 424417.0),
    ]


def test_recipients_each_with_an_amount_after_a_dash_one_a_line_or_run_together():
    """'Westby Youth Club - £2,800 will be used to …' one a line, and 'included: A - £500 B - £500 …' run
    together on one line: each recipient its amount, from the body a headline says awards them; the money's
    fund, named after it, is that body's."""
    got = flows(
        "Exampleton Police and Crime Commissioner Awards Over £12,000 to Local Groups",  # 1
        "",  # 2
        "The money comes from the Police Property Act Fund.",  # 3
        "2024 Recipients:",  # 4
        "Westby Youth Club - £2,800 will be used to run a course.",  # 5
        "Gateway Westby provides a drop-in service in Westby - £3,000 will be used for a support worker.",  # 6
        "",  # 7
        "Those that were successful included: Westby Film - £500 WBFM - £500 1st Westby Scout Group - £670",  # 8
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Exampleton Police and Crime Commissioner", "Westby Youth Club", 2800.0),
        ("Exampleton Police and Crime Commissioner", "Gateway Westby", 3000.0),
        ("Exampleton Police and Crime Commissioner", "Westby Film", 500.0),
        ("Exampleton Police and Crime Commissioner", "WBFM", 500.0),
        ("Exampleton Police and Crime Commissioner", "1st Westby Scout Group", 670.0),
    }


def test_two_recipients_given_amounts_in_one_sentence_by_the_fund_named_before():
    got = flows(
        "The Commissioner's Youth Fund helps youngsters take part in community projects.",
        "",
        "The boxing club and Westby RUFC have both been given £2,000, while Friends of Eastby Education have been "
        "awarded £1,000.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Youth Fund", "Westby RUFC", 2000.0),
        ("Youth Fund", "Friends of Eastby Education", 1000.0),
    }


def test_a_fund_named_with_its_owner_keeps_that_name_as_an_alias():
    facts = extract(
        "t.txt",
        "The Commissioner's Youth Fund helps youngsters take part in community projects.\n\n"
        "Westby RUFC has been given £2,000.\n",
    )
    assert [(f.funder.name, f.recipient.name) for f in facts.fundings] == [("Youth Fund", "Westby RUFC")]
    assert [(d.entity.name, d.alias) for d in facts.descriptions if d.method == "grants.owned_fund"] == [
        ("Youth Fund", "Commissioner's Youth Fund")
    ]


def test_a_recipient_with_its_town_set_apart_by_commas_before_which_was_granted():
    got = flows(
        "So far the Commissioner has given away more than £28,000 from his Community Action Fund.",
        "",
        "Projects which have benefitted so far include:",
        "",
        "  • Westby Not Streets, in Eastby, which was granted £2,000 toward a summer project",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [("Community Action Fund", "Westby Not Streets", 2000.0)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "A grant of £12,000 has been made to Westby Women's Aid to support refuge provision.",
            ("Northshire Community Fund", "Westby Women's Aid", 12000.0),
        ),
        (
            "Funding of £5,000 was agreed for Westby Street Pastors.",
            ("Northshire Community Fund", "Westby Street Pastors", 5000.0),
        ),
        (
            "The Safer Streets Fund award to Northby Council is £350,000 over two years.",
            ("Safer Streets Fund", "Northby Council", 350000.0),
        ),
        (
            "The rest is shared out; £85,000 goes to Westby Positive Futures.",
            ("Northshire Community Fund", "Westby Positive Futures", 85000.0),
        ),
    ],
)
def test_passive_grants_and_a_funds_award_to_a_recipient(sentence, expected):
    got = flows("Northshire Community Fund", "", sentence)
    assert [(f, r, a) for f, r, a, _ in got] == [expected]


def test_recipients_awarded_in_the_passive_after_a_commissioners_grant_schemes():
    got = flows(
        "The Northshire Police, Fire and Crime Commissioner's grant schemes continue to support projects.",
        "",
        "The Westby Loaf was awarded just over £9,000 to deliver a 10 week project.",
        "",
        "The Eastby Watch Association was awarded £9,500 for Operation Target, which aims to reduce crime.",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [
        ("Northshire Police, Fire and Crime Commissioner", "Westby Loaf", 9000.0),
        ("Northshire Police, Fire and Crime Commissioner", "Eastby Watch Association", 9500.0),
    ]


def test_listed_recipients_with_their_amounts_in_brackets_not_a_funds_total():
    got = flows(
        "Police and Crime Commissioner for Northshire",
        "",
        "The Commissioner's Community Safety Fund (£12,000) was allocated as follows.",
        "",
        "Grants awarded:",
        "- Westby Boxing Club (£2,000) to run weekly sessions",
        "- Eastby Scouts (£750) for equipment",
    )
    assert {(r, a) for _, r, a, _ in got} == {("Westby Boxing Club", 2000.0), ("Eastby Scouts", 750.0)}


def test_a_list_of_recipients_each_with_a_dash_what_the_money_is_for_and_the_amount_closing_its_line():
    purposes = [
        "Westby Village Hall – Replacement of the boiler, a ramp for disabled access and resurfacing of the car"
        " park at the rear of the hall, with new lighting along the path to the main road. £24,997",
        "Eastby Bowls Club – New clubhouse. £20,046",
        "Northby Parish Council – Redevelopment of the recreation ground and its play area. £24,500",
        "Southby Amateur Dramatic Society – New lighting and sound equipment for the spring show. £12,000",
        "Upton Scouts – A new minibus for trips across the district and to the county camp. £18,724",
        "Fenby Youth Club – Upgrading of the kitchen and the installation of an extractor fan. £9,872",
        "Marsh Lane Allotments – Fencing, a water supply and a shed for shared tools. £6,150",
        "Fenby Village Hall – Upgrading the hall, replacing the floor, the fire doors, the patio and the fencing"
        " around the garden used by the playgroup. £18,000",
        "Upton Community Sport Academy – New floodlights, pitch markings and a mobile kitchen for match days. £11,712",
    ]
    got = flows(
        "Recipients of the final round of the Exampleton Community Fund have been announced.",
        "In this round, awards have been distributed to:",
        "WESTBY",
        *purposes,  # one run of lines with no sentence end between them: longer than any one statement
    )
    assert ("Exampleton Community Fund", "Westby Village Hall", 24997.0, None) in got
    assert ("Exampleton Community Fund", "Marsh Lane Allotments", 6150.0, None) in got
    assert len(got) == len(purposes)


def test_a_recipient_placed_in_a_contest_and_given_an_amount_takes_the_funder_in_force():
    got = flows(
        "Groups came together for a share of the £24,000 pledged by Northshire Police for projects in the area.",
        "Westby Detach (a part of Westby Youth Association) was awarded second place and given £2500.",
    )
    assert ("Northshire Police", "Westby Detach", 2500.0, None) in got


def test_a_named_allocation_from_a_department_is_the_document_s_own_body_s_funding():
    got = flows(
        "City of Westby Council",
        "",
        "Cabinet Member decision",
        "",
        "That authority be delegated to the Cabinet Member for Public Health to utilise the £650,902 Westby"
        " Domestic Abuse Allocation from the Ministry of Housing, Communities and Local Government for 2021-2022.",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [
        ("Ministry of Housing, Communities and Local Government", "City of Westby Council", 650902.0)
    ]


def test_a_named_fund_from_a_council_in_a_page_naming_no_body_of_its_own_is_the_fund_s_funding():
    got = flows(
        "The district will share in two new streams of money.",
        "The first is the £150,000 Healthy Towns Fund from Northshire County Council to tackle poor health.",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [
        ("Northshire County Council", "Healthy Towns Fund", 150000.0)
    ]


def test_a_grant_table_a_web_page_gave_one_cell_a_line_each_closed_by_a_bar():
    got = flows(
        "The Committee received a report from the Senior Grants Officer regarding",
        "Westby Community Grants.",
        "Ref |",
        "Organisation |",
        "Purpose |",
        "Award £ |",
        "WC1 |",
        "Westby",
        "Park Residents’ Association |",
        "Winter talks |",
        "290 |",
        "WC2 |",
        "Friends of Eastby Cemetery |",
        "Information and activities |",
        "800 |",
        "Budget available |",
        "£8,383 |",
    )
    assert [(r, a) for _, r, a, _ in got] == [
        ("Westby Park Residents’ Association", 290.0),
        ("Friends of Eastby Cemetery", 800.0),
    ]
    assert {f for f, _, _, _ in got} == {"Westby Community Grants"}


def test_recommendations_to_fund_applicants_of_a_community_chest_at_the_amount_requested():
    got = flows(
        "Community Chest: Funding Applications",
        "",
        "The Grants Advisory Committee reviewed all applications to the Community Chest funding scheme.",
        "",
        "  1. Westby Bowls Club (FVZSLLWF) to be approved and funded at the full amount requested of £1000",
        "  2. Sustainable Eastby (ZNBMXQNR), to be approved and funded at the full amount requested of £216",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [
        ("Community Chest", "Westby Bowls Club", 1000.0),
        ("Community Chest", "Sustainable Eastby", 216.0),
    ]


def test_recommended_amounts_to_be_released_to_recipients_numbered_in_brackets():
    got = flows(
        "Grants Advisory Panel - Monday 18 December 2025",
        "",
        "The Panel received applications for funding from the Westby Community Fund.",
        "",
        "That (1) £500 be released to Westby Bowling Club;",
        "",
        "(2)  £2000 be released to Lifestyle Westby (Off the Street);",
    )
    assert [(r, a) for _, r, a, _ in got] == [
        ("Westby Bowling Club", 500.0),
        ("Lifestyle Westby (Off the Street)", 2000.0),  # the name's own words in brackets kept
    ]


def test_a_sentence_opening_with_its_recipient_keeps_the_whole_name():
    """'X received £N': the recipient is the sentence's whole opening name, with its small words ('for the',
    'the') and letters in brackets, not only the run of capitals before the verb."""
    got = flows(
        "Westvale Council has awarded grants to local groups.",
        "",
        "Westvale Riding for the Disabled received £497.21 towards a saddle.",
        "",
        "The Westvale Young Engineers (WYE) After School Club have received a grant of £1,000 for a trip.",
        "",
        "The Growing the Game initiative have received £4,559.70 to buy goals.",
        "",
        "In 2024 the Bird Club received £500 for habitats.",
    )
    recipients = {r for _, r, _, _ in got}
    assert {
        "Westvale Riding for the Disabled",
        "Westvale Young Engineers (WYE) After School Club",
        "Growing the Game initiative",
        "Bird Club",
    } <= recipients
    assert not {"Disabled", "WYE) After School Club", "Game initiative"} & recipients


def test_a_funds_committee_gives_and_amounts_run_on_with_along_with_and_as_well_as():
    """'The X Fund committee agreed a grant of £N to Y': the fund gives through its committee; 'along with £N
    to Z' and 'as well as £N to W' are more of its grants; 'The committee agreed to gift £N to V' is the fund
    in force giving; a second fund's committee later in the page is that fund."""
    got = flows(
        "Westby Advertiser",
        "",
        "The Westby Common Good Fund committee agreed a grant of £15,000 to Westby Round Table for its fireworks.",
        "",
        "A grant of £2000 to Westby YMCA was agreed, along with £4000 to Riverside Centre.",
        "",
        "The committee agreed to gift £400 to South Westby Community Partnership towards its fun day.",
        "",
        "A grant of £480 to Westby Tea Dancers was signed off, as well as £315 to Wednesday Dance Group.",
        "",
        "Elsewhere, Eastby Common Good Fund committee agreed a grant of £100 to Eastby Festival Committee.",
    )
    assert {
        ("Westby Common Good Fund", "Westby Round Table", 15000.0, None),
        ("Westby Common Good Fund", "Riverside Centre", 4000.0, None),
        ("Westby Common Good Fund", "South Westby Community Partnership", 400.0, None),
        ("Westby Common Good Fund", "Wednesday Dance Group", 315.0, None),
        ("Eastby Common Good Fund", "Eastby Festival Committee", 100.0, None),
    } <= set(got)


def test_a_grant_named_as_a_noun_gives_no_one_and_lower_case_halls_and_centres_receive():
    """'Westby House seeks couples … The library are also hoping to qualify for a second grant' (a web
    page's advert run into the text): 'a second grant' is a noun, so Westby House gives nothing and the
    programme stays the funder; 'the Eastby hall has secured £N', 'Northby Community centre, will get £N'."""
    got = flows(
        "Westshire Council’s Capital Grants Programme has invested more than £1.8m in 229 projects.",
        "",
        "Westby Library was granted £7,200 to purchase a table.",
        "",
        "Westby House seeks couples for Strictly DancingThe library are also hoping to qualify for a second "
        "grant which will allow them to open a room.",
        "",
        "The Westby Boys Football Club will receive £6,600 to buy a mower.",
        "",
        "The Eastby hall has secured £67,580 for refurbishment.",
        "",
        "Northby Community centre, will get £6,302 to carry out works.",
    )
    assert {(f, r) for f, r, _, _ in got} == {
        ("Capital Grants Programme", "Westby Library"),
        ("Capital Grants Programme", "Westby Boys Football Club"),
        ("Capital Grants Programme", "Eastby hall"),
        ("Capital Grants Programme", "Northby Community centre"),
    }


def test_a_committee_no_body_owns_in_the_text_gives_itself():
    """'the Joint Committee provided the Westby Partnership with £N': with no council or fund in force, the
    committee is the funder."""
    got = flows(
        "Funding report",
        "",
        "In the 2024/2025 financial year, the Joint Committee provided the Westby Partnership with £761,520.",
    )
    assert got == [("Joint Committee", "Westby Partnership", 761520.0, "2024/2025")]


def test_a_trusts_monies_released_by_a_panel_and_names_with_their_own_words_in_brackets():
    """'applications for the balance of the Westby Harvist Trust monies' on a grants panel's page: the trust
    is the funder of 'That (1) £500 be released to X;' (not the panel that recommends); 'Westby Lifestyle
    (Off the Street On the Ball)' keeps its bracket; an application's reference in brackets is no name's."""
    got = flows(
        "Grants Advisory Panel - Monday 18 December 2024 7.30 pm",
        "",
        "The Panel received a report which presented applications for funding that had been made for the "
        "balance of the Westby Harvist Trust monies from the 2024/25 funds.",
        "",
        "That (1) £500 be released to Westby Weald Bowling Club;",
        "",
        "(2)  £2000 be released to Westby Lifestyle (Off the Street On the Ball);",
        "",
        "(3)  £750 be released to Westby Shed (ZNBMXQNR);",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Harvist Trust", "Westby Weald Bowling Club", 500.0),
        ("Westby Harvist Trust", "Westby Lifestyle (Off the Street On the Ball)", 2000.0),
        ("Westby Harvist Trust", "Westby Shed", 750.0),
    }


def test_a_committee_that_made_a_grant_is_its_funder_over_the_fund_the_page_is_about():
    """A page about the Ward Flexibility Funding: 'Previous recipients include Westby and Eastby Area
    Committee, who made a grant of £480.00 to X', 'Northby Area Committee has also made a grant of £150.00 to
    the Friends of Y': the committee that made each grant is its funder."""
    got = flows(
        "Support your community by applying for the Ward Flexibility Funding",
        "",
        "The funding comes from Westshire council who each year give £3,000 to each of the 21 wards.",
        "",
        "Previous recipients of ward funding include Westby and Eastby Area Committee, who made a grant of "
        "£480.00 to Westby Park Ladies Bowling Club to help refurbish the pavilion.",
        "",
        "Northby Area Committee has also made a grant of £150.00 to the Friends of Northby Station, to support "
        "the organisation.",
    )
    assert {(f, r, a) for f, r, a, _ in got} >= {
        ("Westby and Eastby Area Committee", "Westby Park Ladies Bowling Club", 480.0),
        ("Northby Area Committee", "Friends of Northby Station", 150.0),
    }


def test_a_grants_table_run_into_one_line_under_its_funds_heading():
    """'Organisation Request Recommendation X £15,000 £15,000 Y £11,500 £9,205 Total Recommendations …' (a
    table whose cells a PDF ran into one line) under 'Westby Enablement Fund Capital Applications': each row
    is a flow from the fund of the recommended amount; the totals row is none."""
    got = flows(
        "Westby Enablement Fund Capital Applications (See Appendix 1)",
        "",
        "The 2024/25 budget will be fully allocated if the recommendations in this report are approved.",
        "",
        "Organisation Request Recommendation Westby Tennis Club £15,000 £15,000 Eastby Community Centre £3,650 "
        "£3,650 New Mills Village Hall £11,500 £9,205 Total Recommendations £30,150 £27,855",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Enablement Fund", "Westby Tennis Club", 15000.0),
        ("Westby Enablement Fund", "Eastby Community Centre", 3650.0),
        ("Westby Enablement Fund", "New Mills Village Hall", 9205.0),
    }


def test_we_receive_funding_on_a_page_titled_by_its_generic_group():
    """'We receive funding of £10,000 a year from the Northshire Police and Crime Commissioner' on a page
    titled 'Community Safety Partnership': the partnership the page is about receives it."""
    got = flows(
        "Community Safety Partnership",
        "",
        "We deliver actions on a range of local issues.",
        "",
        "We receive funding of £10,000 a year from the Northshire Police and Crime Commissioner to support "
        "specific crime reduction measures.",
    )
    assert [(f, r, a) for f, r, a, _ in got] == [
        ("Northshire Police and Crime Commissioner", "Community Safety Partnership", 10000.0)
    ]


def test_a_news_item_on_awards_from_a_fund_with_the_verb_left_out_after_the_first():
    """'from the X Fund as part of the Y Scheme' (the fund paid from); 'A (Expansion) received £2,000, B/B in
    English £3,000 and youth music festival C £300'; 'There was £61 for print group D in the Woods'; 'The
    centres were allocated £N' names no recipient."""
    got = flows(
        "THE latest awards from the Westby Heritage Fund through Westby County Council top £6,000.",
        "",
        "Members noted an update on the grants awarded from the Westby Heritage Fund as part of the Westby "
        "Community Grant Scheme.",
        "",
        "Youth charity WAYS (Westby Action for Young Skaters) received £2,000, Cymdeithas Gymunedol Aber/Aber "
        "Community Association £3,000 and youth music festival Riverjam £300.",
        "",
        "There was £61 for print group Printers in the Woods and £500 for Opera Westby.",
        "",
        "The centres were allocated £30,000 by Westby County Council cabinet in 2017.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Heritage Fund", "WAYS", 2000.0),
        ("Westby Heritage Fund", "Cymdeithas Gymunedol Aber", 3000.0),
        ("Westby Heritage Fund", "Riverjam", 300.0),
        ("Westby Heritage Fund", "Printers in the Woods", 61.0),
        ("Westby Heritage Fund", "Opera Westby", 500.0),
    }


def test_a_resolved_list_of_grants_under_its_own_schemes_name():
    """'… round two of the Community Facilities and Community Grants schemes' (two schemes, not a fuller name),
    then '1. that the following Community Grants be awarded:' over '£275 to Westby Safe, Well, Happy Partnership
    towards …;' lines: the grants are the Community Grants', the recipient's name whole."""
    got = flows(
        "Westby Grants",
        "",
        "Considered, a report setting out applications received in round two of the Community Facilities and "
        "Community Grants schemes for 2021/22.",
        "",
        "RESOLVED",
        "",
        "1. that the following Community Grants be awarded:",
        "",
        "£4,500 to Passion towards the Passion Youth Project;",
        "",
        "£275 to Westby Safe, Well, Happy Partnership towards events, workshops and venue hire;",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Community Grants", "Passion", 4500.0),
        ("Community Grants", "Westby Safe, Well, Happy Partnership", 275.0),
    }


def test_a_grants_table_whose_every_cell_is_a_paragraph_numbered_row_by_row():
    """'Ref' / 'No' / 'Applicant' / 'Recommendation' / 'Amount Requested' / 'Award 2024/25' then '1' / 'Project
    7 Youth Club' / 'Award' / '£2,500.00' / '£2,500.00' / '2' / …, a blank line between every cell, closing with
    'Total Awarded': each row's award (its last amount) from the fund in force."""
    cells = [
        "Ref", "No", "Applicant", "Recommendation", "Amount Requested", "Award\n2024/25",
        "1", "Project 7 Youth Club", "Award", "£2,500.00", "£2,500.00",
        "2", "Westby Station Trust", "Award (partial award)", "£2,000.00", "£1,539.30",
        "3", "Grey Matters Westby", "Award", "£900.00", "£900.00",
        "Total Awarded", "£4,939.30",
    ]  # fmt: skip
    got = flows(
        "The Westby Area Committee agreed to award funding from the Westby Communities Fund budget to 3 "
        "applicants, as follows:",
        "",
        *"\n\n".join(cells).split("\n"),
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Communities Fund", "Project 7 Youth Club", 2500.0),
        ("Westby Communities Fund", "Westby Station Trust", 1539.3),
        ("Westby Communities Fund", "Grey Matters Westby", 900.0),
    }


def test_names_and_amounts_in_figures_each_a_paragraph_under_a_lone_pound_sign():
    """'£' over 'Westby Advice Bureau' / '115,000' / 'Westby YMCA' / '40,000' / 'Total:' / '155,000' (blank lines
    between all): a grant a pair from the body in force, the total none; a report's author ('Report of Director
    of Service Delivery') is no funder."""
    got = flows(
        "Report of Director of Service Delivery.",
        "",
        "Westby Borough Council has awarded major grants for the three years to 2026 as follows:",
        "",
        "£",
        "",
        "Westby Advice Bureau",
        "",
        "115,000",
        "",
        "Westby and District YMCA",
        "",
        "40,000",
        "",
        "Total:",
        "",
        "155,000",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Borough Council", "Westby Advice Bureau", 115000.0),
        ("Westby Borough Council", "Westby and District YMCA", 40000.0),
    }


def test_an_amount_that_will_go_to_a_recipient_is_the_fund_in_forces_grant():
    """'Around £62,800 will go to the Westby Public Hall for kitchen alterations' under the fund a sentence named;
    'Grants … will go towards upgrades to the marina' names no recipient."""
    got = flows(
        "Five new grants have been approved by councillors through the council's Westby Coastal Fund.",
        "Grants worth up to £100,000 each will go towards upgrades to the Westby marina.",
        "Around £62,800 will go to the Westby Public Hall for kitchen alterations and extension work.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {("Westby Coastal Fund", "Westby Public Hall", 62800.0)}


def test_a_committee_agreeing_grants_after_an_opening_phrase_and_names_over_their_amounts():
    """'At its latest meeting on 31 January, the Westby Bridge Trust committee agreed 35 grants …' makes the trust
    the funder of '£105,000 to X towards …' and of 'Y' / (blank) / '£63,500 over two years (…) towards …'; 'During
    March, Cllr Jane Doe, …, council approved …' makes no councillor a funder."""
    got = flows(
        "Trust reaches milestone",
        "",
        "At its latest meeting on 31 January, the Westby Bridge Trust committee agreed 35 grants totalling over "
        "£4.5 million.",
        "",
        "£105,000 to Westby Dance UK towards the Dance Well project.",
        "",
        "Westby FC Community Sports Trust",
        "",
        "",
        "£63,500 over two years (2 x £31,750) towards a coach.",
        "",
        "During March, Cllr Jane Doe, Westby's Executive Member, said the council approved an extra £18,000.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Bridge Trust", "Westby Dance UK", 105000.0),
        ("Westby Bridge Trust", "Westby FC Community Sports Trust", 63500.0),
    }


def test_projects_awarded_grants_from_a_charity_are_that_charitys_grants():
    """'Another 13 projects have been awarded grants from the charity UNITED in Westby, working with Westby
    Council.' over 'Name – £578' lines: the charity gives (the projects receive); 'X awarded £22,500 … from funds
    from the Y Act' keeps X the giver."""
    got = flows(
        "Another 13 projects have been awarded grants from the charity UNITED in Westby, working with Westby Council.",
        "",
        "Latest group awards:",
        "",
        "Barons Westby Project – £578",
        "Sharing 2,000 printed wellbeing packs with other community groups.",
        "",
        "Bishop Westby House – £1,000",
        "Continuing to meet the need of 250 older people.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("UNITED in Westby", "Barons Westby Project", 578.0),
        ("UNITED in Westby", "Bishop Westby House", 1000.0),
    }
    got = flows("Jane Roe awarded £2,500 to Westby Scouts from funds from the Police Property Act.")
    assert {(f, r) for f, r, _, _ in got} == {("Jane Roe", "Westby Scouts")}


def test_a_recipient_that_has_had_an_amount_and_one_working_in_partnership():
    """'Westby Hall Trust Ltd has had £11,535.63 towards …', 'Eastby Communities First, in partnership with
    Westby County Council, which has had £21,969 towards …' under the fund a sentence named."""
    got = flows(
        "The funding has been granted as part of the Westby Collaboration Fund.",
        "Eastby Communities First, in partnership with Westby County Council, which has had £21,969 towards new "
        "offices. Westby Hall Trust Ltd has had £11,535.63 towards its toilets.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Collaboration Fund", "Eastby Communities First", 21969.0),
        ("Westby Collaboration Fund", "Westby Hall Trust Ltd", 11535.63),
    }


def test_a_news_item_on_grants_from_a_councils_budget_named_in_lower_case():
    """'Cabinet agreed to release £36,000 in funds from the council's community grants budget' gives the grants
    after it ('X, at Place, which receives £5,000', 'Y get £4,000 and Z receive £8,000', 'A has been awarded
    £15,000 and B £2,500 towards …'); 'Further funding was given out through the W Fund, with C receiving
    £1,500' is the W Fund's."""
    got = flows(
        "Cabinet agreed last night to release £36,000 in funds from the council’s community grants budget.",
        "",
        "Among the beneficiaries are Westby Hospice, at Eastby, which receives £5,000 to open an extra day.",
        "",
        "Westby Furniture Project get £4,000 and Age UK receive £8,000 to assist with their activities.",
        "",
        "The local Citizens’ Advice Bureau has been awarded £15,000 and Westby Lions Club £2,500 towards a hub.",
        "",
        "Further funding was given out through the Westby Prosperity Fund, with Westby Learning Hub receiving £1,500.",
    )
    budget = "community grants budget"
    assert {(f, r, a) for f, r, a, _ in got} == {
        (budget, "Westby Hospice", 5000.0),
        (budget, "Westby Furniture Project", 4000.0),
        (budget, "Age UK", 8000.0),
        (budget, "Citizens’ Advice Bureau", 15000.0),
        (budget, "Westby Lions Club", 2500.0),
        ("Westby Prosperity Fund", "Westby Learning Hub", 1500.0),
    }


def test_a_headline_receiver_a_capitalised_word_and_a_list_of_names_with_commas_and_dashes():
    """'Frost Estate in Westby given over £120k' (a headline: the estate receives); 'A CROSS party panel … has
    approved six applications' (a word in capitals, no giver); 'The Westby Environment Fund (WEF) was set up …'
    is the fund of 'Westby Park Scout, Beavers and Cubs – £25,560 – renovate kitchen' lines."""
    got = flows(
        "Frost Estate in Westby given over £120k to repair roads",
        "",
        "A CROSS party panel set up to review applications has approved six applications totalling £185,865.",
        "",
        "The Westby Environment Fund (WEF) was set up in February 2016 for Westby groups to apply for funding.",
        "",
        "The six successful projects are:",
        "",
        "The Frost Estate Community Association – £126,000 – road repairs on the estate",
        "",
        "Westby Park Scout, Beavers and Cubs – £25,560 – renovate kitchen and toilets",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Environment Fund", "Frost Estate Community Association", 126000.0),
        ("Westby Environment Fund", "Westby Park Scout, Beavers and Cubs", 25560.0),
    }


def test_applications_each_over_its_verdict_awarded_or_declined():
    """'Westby Town Crier Committee' / (blank) / 'Awarded £250' / 'Westby Neuromuscular Centre' / 'Declined': a
    grant from the council the page names for each award, none for a declined one, and no recipient 'Awarded'."""
    got = flows(
        "Westby East Council has received various applications for community grants.",
        "",
        "Events",
        "",
        "Westby Town Crier Committee",
        "",
        "Awarded £250",
        "",
        "Westby Neuromuscular Centre",
        "",
        "Declined",
        "",
        "St David's Church",
        "",
        "Awarded £500",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby East Council", "Westby Town Crier Committee", 250.0),
        ("Westby East Council", "St David's Church", 500.0),
    }


def test_lettered_allocations_with_the_place_each_recipient_works_in():
    """'a.            Reach Projects, Westby £13,000' (a letter, a run of spaces, a name, its place, the amount)
    under 'The allocation of Community Chest funding for 2023 to 2024, be approved, namely:'."""
    got = flows(
        "1.           The allocation of Westby Community Chest funding for 2023 to 2024, be approved, namely:",
        "",
        "a.            Reach Projects, Westby £13,000",
        "",
        "b.            Westby Citizens Advice, East Westby £245,379",
        "",
        "o.            Bury Women’s Aid, East Westby  £4,200",
    )
    assert {(r, a) for _, r, a, _ in got} == {
        ("Reach Projects", 13000.0),
        ("Westby Citizens Advice", 245379.0),
        ("Bury Women’s Aid", 4200.0),
    }
    assert {f for f, _, _, _ in got} == {"Westby Community Chest"}


def test_records_of_a_recipient_field_over_its_allocation_field_with_a_year():
    """'Title' / 'Reason: …' / 'Recipient: X' / '2019/20 Allocation: £1,500': each record a grant of the body the
    page names as giving; the year before the field is the period, and 'Allocation' is no recipient."""
    got = flows(
        "During 2019/20, the Police and Crime Commissioner (PCC) allocated funding to community projects.",
        "",
        "Westby Summer Festival",
        "Reason: The Friends of Westby Park staged their 6th festival on 16 June.",
        "Recipient: Friends of Westby Park",
        "2019/20 Allocation: £1,500",
        "Volunteer Awards",
        "Reason: The awards acknowledge the contribution volunteers make to the borough.",
        "Recipient: Westby Voluntary Development Agency",
        "2019/20 Allocation: £350",
    )
    assert sorted(got) == [
        ("Police and Crime Commissioner", "Friends of Westby Park", 1500.0, "2019/20"),
        ("Police and Crime Commissioner", "Westby Voluntary Development Agency", 350.0, "2019/20"),
    ]


def test_amounts_to_bodies_each_under_a_dash_alone_on_its_line_granted_by_the_body_the_intro_names():
    """'The amounts to be granted to boroughs by Westby Council following receipt will be:' over '-' / '£502,992.00 to Eastby
    (£272,664.00 in FY 2023/24 and …).': each dash alone marks an item on the next line."""
    got = flows(
        "Acceptance and granting of funding",
        "",
        "The amounts to be granted to boroughs by Westby Council following receipt will be:",
        "-",
        "£502,992.00 to Eastby (£272,664.00 in FY 2023/24 and £230,328 in FY 2024/25).",
        "-",
        "£239,832.28 to Northby (£100,467.44 in FY 2023/24 and £139,364.84 in FY 2024/25).",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Council", "Eastby", 502992.0),
        ("Westby Council", "Northby", 239832.28),
    }


def test_numbered_projects_each_a_place_and_its_investment_from_a_fund_named_in_lower_case():
    """'… a successful application into the Home Office Safer Places fund (Safer Places 5) …' then 'Project 1 -
    Westby – A £500,000 investment in …': the fund gives, its short name in brackets an alias."""
    facts = extract(
        "t.txt",
        "The Commissioner announced another successful application into the Home Office Safer Places fund "
        "(Safer Places 5) which will see our biggest project to date.\n"
        "Project 1 - North Westby – A £500,000 investment in the Park ward.\n"
        "Project 2 - Eastby – A £400,000 investment in the Orchard estate.\n",
    )
    assert {(f.funder.name, f.recipient.name, f.amount) for f in facts.fundings} == {
        ("Home Office Safer Places fund", "North Westby", 500000.0),
        ("Home Office Safer Places fund", "Eastby", 400000.0),
    }
    assert ("Home Office Safer Places fund", "Safer Places 5") in {
        (d.entity.name, d.alias) for d in facts.descriptions
    }


def test_a_grant_table_whose_every_cell_is_a_paragraph_not_numbered():
    """'Westby Allotment Grant' / 'Project' / 'Award' / 'Westby Growing Space' / '£10,500.00' / …, a blank line
    between all: the header's two cells, then a row every two paragraphs."""
    got = flows(
        "RESOLVED to approve the following applications for assistance:",
        "",
        "Westby Allotment Grant",
        "",
        "Project",
        "",
        "Award",
        "",
        "Westby Growing Space",
        "",
        "£10,500.00",
        "",
        "Garden Hub Project – Eastby Allotments",
        "",
        "£800.00",
        "",
        "The meeting closed at 3pm.",
    )
    assert {(r, a) for _, r, a, _ in got} == {
        ("Westby Growing Space", 10500.0),
        ("Garden Hub Project – Eastby Allotments", 800.0),
    }
    assert {f for f, _, _, _ in got} == {"Westby Allotment Grant"}


def test_grants_a_councils_cabinet_approved_on_a_date_written_month_first():
    """'Members of Westby Council’s Cabinet have approved grants …' then 'This year’s grants, approved by the
    Cabinet on March 19th, 2025, are going to:' over '• Westby Stroke Group (£6,250) – To help …': the council
    gives; neither 'Members of' nor the date is part of its name."""
    got = flows(
        "Members of Westby Council’s Cabinet have approved grants totalling £31,250 to 2 successful applicants.",
        "",
        "This year’s grants, approved by the Cabinet on March 19th, 2025, are going to:",
        "",
        "•    Westby Stroke Group (£6,250) – To help deliver 50 weekly group sessions.",
        "•    YMCA Westby (£25,000) – Core funding to cover staff costs.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Council", "Westby Stroke Group", 6250.0),
        ("Westby Council", "YMCA Westby", 25000.0),
    }


def test_a_scheme_named_before_a_lower_case_scheme_funds_a_list_run_on_in_one_long_line():
    entries = "; ".join(f"Westby Group {n} (£{n},000)" for n in range(1, 40))
    got = flows(
        "Community projects across Westby are celebrating after being awarded grant funding under the "
        "Thriving Westby scheme.",
        "",
        "The successful groups which will receive the grants are:",
        "",
        entries + ".",
    )
    assert len(entries) > 700  # longer than one statement: read entry by entry
    assert ("Thriving Westby", "Westby Group 1", 1000.0, None) in got
    assert ("Thriving Westby", "Westby Group 39", 39000.0, None) in got


def test_a_scheme_named_in_apposition_funds_what_its_groups_received():
    got = flows(
        "Over £90,000 has been shared in the third round of Operation Northgate, a scheme run by the "
        "Police and Crime Commissioner to return money seized from criminals to the community.",
        "",
        "Eastby Boxing Club was awarded £4,000 to improve its gym.",
    )
    assert got == [("Operation Northgate", "Eastby Boxing Club", 4000.0, None)]


def test_grants_listed_before_the_page_names_the_council_that_gives_them():
    got = flows(
        "A range of community grants have been awarded for activity that will benefit Westby residents.",
        "",
        "These grants include £26,500 for Westby Open House, £12,000 for Northgate Youth Centre and £8,000 to "
        "the Westby Lunch Club.",
        "",
        "Westby Borough Council proudly provides more annual funding for the voluntary sector than any other "
        "district council in Northshire.",
    )
    assert ("Westby Borough Council", "Westby Open House", 26500.0, None) in got
    assert ("Westby Borough Council", "Westby Lunch Club", 8000.0, None) in got


def test_a_grant_tables_amount_with_a_note_in_brackets():
    got = flows(
        "Grants awarded by Westby Town Council",
        "Organisation | 2022/23 | 2023/24 |",
        "Westby Dance Academy | £460 (post Covid-19) | |",
        "Westby Food Bank | £500 | £650 (approx) |",
    )
    assert ("Westby Town Council", "Westby Dance Academy", 460.0, "2022/23") in got
    assert ("Westby Town Council", "Westby Food Bank", 650.0, "2023/24") in got


def test_entries_run_on_each_a_name_a_dash_and_its_amount_with_a_note():
    got = flows(
        "A new Westby Investment Fund will share £1.2 million between the towns of Westby.",
        "",
        "Who gets what (based on each town's population) Northgate - £354,000 (29 per cent) Southgate - "
        "£186,000 (15 per cent) Eastgate - £98,000 (8 per cent)",
    )
    assert ("Westby Investment Fund", "Northgate", 354000.0, None) in got
    assert ("Westby Investment Fund", "Eastgate", 98000.0, None) in got


def test_successful_applicants_named_without_amounts_received_from_the_fund_in_force():
    got = flows(
        "Groups across Westby have received money from the Westby Community Activity Fund.",
        "Among the successful applicants are local projects from Westby Growers, Eastgate Hall CIO and "
        "Northgate Community Group – whose projects are summarised below:",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Community Activity Fund", "Westby Growers", None),
        ("Westby Community Activity Fund", "Eastgate Hall CIO", None),
        ("Westby Community Activity Fund", "Northgate Community Group", None),
    }


def test_case_studies_each_under_its_groups_name_saying_what_the_group_was_awarded():
    got = flows(
        "Town grants from 2023-24",
        "",
        "Westby Allotment Association",
        "",
        "Westby Allotment Association have been awarded Town Grants funding for a new path.",
        "",
        "The organisation has raised £600.00 towards the garden.",
        "",
        "The group were awarded £4,000",
        "",
        "Eastgate Walking Club",
        "",
        "The club will lead walks for older people.",
        "",
        "The group were awarded £1,250",
    )
    assert ("Town Grants", "Westby Allotment Association", 4000.0, None) in got
    assert ("Town Grants", "Eastgate Walking Club", 1250.0, None) in got
    assert not [r for _, r, _, _ in got if "awarded" in r]


def test_grants_made_through_a_fund_are_the_funds_not_its_owners():
    got = flows(
        "Commissioner grants £50,000 for community safety",
        "",
        "The grants were made through Northshire's Police and Crime Commissioner, Jo Bloggs's Safer Lanes Fund which returns money to communities.",
        "Projects funded include:",
        "  • Exampleton Night Watch who received £5733 to help people in the town centre.",
        "  • Project Lantern who received £5952 for their day programme.",
    )
    assert ("Safer Lanes Fund", "Exampleton Night Watch", 5733.0, None) in got
    assert ("Safer Lanes Fund", "Project Lantern", 5952.0, None) in got


def test_one_amount_made_to_a_list_of_recipients_and_a_donation_into_the_fund():
    got = flows(
        "Groups have shared £12,000 made available through the Westby Wellbeing Fund.",
        "The Commissioner has committed £10,000 to each policing area.",
        "A further £2,000 was donated to the Westby fund by Eastby Housing.",
        "Awards of £2000 were made to Westby Primary PTA, Westby Police Cadets and Fern Lodge.",
        "Westby Scouts received £1,500, while Westby Choir was awarded £896, Westby Runners £875 and Westby Bowls Club £729.",
    )
    assert ("Eastby Housing", "Westby Wellbeing Fund", 2000.0, None) in got
    for name in ("Westby Primary PTA", "Westby Police Cadets", "Fern Lodge"):
        assert ("Westby Wellbeing Fund", name, 2000.0, None) in got
    assert ("Westby Wellbeing Fund", "Westby Bowls Club", 729.0, None) in got
    assert not [f for f in got if f[0] == "Westby Bowls Club"]  # a gapped entry is no funder


def test_recipients_listed_before_each_receive_share_the_amount():
    got = flows(
        "The Westby Capital Grant was awarded by the council.",
        "Three groups, Westby Church Community Group, Eastby Rovers GAC and Northby Harps GAC will each receive £50,000 towards new buildings.",
    )
    assert {r for _, r, a, _ in got if a == 50000.0} == {
        "Westby Church Community Group",
        "Eastby Rovers GAC",
        "Northby Harps GAC",
    }


def test_result_lines_each_a_recipient_its_project_and_the_award_in_brackets():
    got = flows(
        "Nine projects each got a slice of the Westby Area Committee’s funding.",
        "",
        "Westby Community Vote results:",
        "",
        "Westby Sea Cadets - Kayaks for All (£2,000)",
        "",
        "Friends of Westby Park - Flowers in the Park (£2,200)",
    )
    assert ("Westby Area Committee", "Westby Sea Cadets", 2000.0, None) in got
    assert ("Westby Area Committee", "Friends of Westby Park", 2200.0, None) in got


def test_a_named_grant_received_from_a_funder():
    got = flows(
        "The CSP received £56,250 Community Safety Grant from the Police & Crime Commissioner in 2014/15."
    )
    assert [(f, r, a) for f, r, a, _ in got] == [("Police & Crime Commissioner", "CSP", 56250.0)]


def test_a_news_report_of_grants_a_council_handed_out_listed_in_one_sentence():
    got = flows(
        "Good causes celebrate",
        "",
        "Westby District Council has unveiled the latest recipients of its grants programme, which has seen it hand"
        " out most of the £100,000 it has available for community projects this year.",
        "",
        "The projects helped included £7,700 to Westby Tennis Club to resurface its courts, £4,900 to Eastby Angling"
        " Society for work on a lake, and £1,600 to help Northby Parish Council replace play equipment.",
    )
    assert sorted(got) == [
        ("Westby District Council", "Eastby Angling Society", 4900.0, None),
        ("Westby District Council", "Northby Parish Council", 1600.0, None),
        ("Westby District Council", "Westby Tennis Club", 7700.0, None),
    ]


def test_recipients_in_prose_having_been_awarded_or_receiving_a_grant_or_a_successful_bid():
    got = flows(
        "Westby Community Grant Scheme: projects approved",
        "",
        "The Westby Scouts exemplify this focus, having been awarded £15,000 to refurbish their hut. Similarly, the"
        " Eastby Pre-School received a £3,000 grant that will fund a shed.",
        "",
        "The first successful application was for £2,940 from Northby Academy for salary costs.",
    )
    assert {(r, a) for _, r, a, _ in got} == {
        ("Westby Scouts", 15000.0),
        ("Eastby Pre-School", 3000.0),
        ("Northby Academy", 2940.0),
    }
    assert {f for f, _, _, _ in got} == {"Westby Community Grant Scheme"}


def test_the_fund_money_comes_from_funds_the_list_not_the_body_that_approved_it():
    got = flows(
        "Community projects to benefit",
        "",
        "Four community projects will receive a share of the cash from the Neighbourhood Community Infrastructure"
        " Levy (NCIL), after it was approved by Westby Council's cabinet on July 19.",
        "",
        "The Westby Foundation will receive £194,988 for upgrade works at its pavilion.",
    )
    assert got == [("Neighbourhood Community Infrastructure Levy", "Westby Foundation", 194988.0, None)]


def test_a_listed_recipient_based_at_a_place_then_its_amount_after_a_dash():
    got = flows(
        "Grants from the Westby Prompt Action Fund",
        "",
        "So far grants have been given to:",
        "",
        "The Westby Kitchen, based at Eastby Rugby Club - £400 for ingredients.",
        "",
        "Launchpad Westby CIC, based in Northby- £495 towards delivering hot meals.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Prompt Action Fund", "Westby Kitchen", 400.0),
        ("Westby Prompt Action Fund", "Launchpad Westby CIC", 495.0),
    }


def test_a_round_of_funding_from_a_council_shared_out_in_prose():
    got = flows(
        "Village hall lands grant",
        "",
        "The money is part of the latest round of Locally Important Projects (LIPs) funding from Westby District"
        " Council (WDC).",
        "",
        "Eighteen other groups also received a share of the £165,000 funding, with £40,000 going to Eastby Village"
        " Hall, £20,000 to Northby Parish Council towards broadband and £20,000 to Southby Town Council.",
        "",
        "Westby Civic Society was also awarded £1,750 to help pay for entrance improvements.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby District Council", "Eastby Village Hall", 40000.0),
        ("Westby District Council", "Northby Parish Council", 20000.0),
        ("Westby District Council", "Southby Town Council", 20000.0),
        ("Westby District Council", "Westby Civic Society", 1750.0),
    }


def test_a_fund_that_allocates_its_money_and_listed_recipients_with_commas_in_their_names():
    got = flows(
        "Westby Council announces grants",
        "The Westby Projects Fund, which allocates £20,000 annually, supports local groups.",
        "Recent grant awards include:",
        "- Westby Art Society (£831): a defibrillator.",
        "- Newton, Clifton and Salwick Field Day (£237): card machines.",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Projects Fund", "Westby Art Society", 831.0),
        ("Westby Projects Fund", "Newton, Clifton and Salwick Field Day", 237.0),
    }


def test_recipients_with_a_clause_or_apposition_before_their_verb_and_two_awarded_each():
    got = flows(
        "Grants for sport",
        "The funding, from the government's Westby Prosperity Fund, has been allocated to projects.",
        "Westby and District NHS Foundation Trust, which runs Westby Hospital, received £20,000 towards a scheme.",
        "Eastby Hub, a grassroots education and sports charity, was awarded £12,000.",
        "Northby Cricket Club and Southby Cricket Club were each awarded £5,000, while Westby Bowls Club got £995.",
    )
    assert {(r, a) for _, r, a, _ in got} == {
        ("Westby and District NHS Foundation Trust", 20000.0),
        ("Eastby Hub", 12000.0),
        ("Northby Cricket Club", 5000.0),
        ("Southby Cricket Club", 5000.0),
        ("Westby Bowls Club", 995.0),
    }
    assert {f for f, _, _, _ in got} == {"Westby Prosperity Fund"}


def test_grant_applications_listed_with_their_amounts_between_commas_and_a_successful_application():
    got = flows(
        "Westby Area Committee",
        "",
        "Community Grants",
        "",
        "Members are asked to determine the grant applications in respect of the following:",
        "",
        "(i)   Westby Counselling Service, £2,500, towards the cost of providing counselling, Social Agenda",
        "",
        "(ii)  Eastby Hall and Field Trust, £10,000, towards the redevelopment of the village hall",
        "",
        "A £12,000 application from Northby Churches Homeshare was successful in the Homeless Prevention category.",
    )
    assert {(r, a) for _, r, a, _ in got} == {
        ("Westby Counselling Service", 2500.0),
        ("Eastby Hall and Field Trust", 10000.0),
        ("Northby Churches Homeshare", 12000.0),
    }


def test_recipients_named_in_prose_with_bracketed_amounts_and_result_lines_with_their_area_first():
    got = flows(
        "More than half a million pounds of Third Sector Grants have been approved by Westby Council’s Cabinet Board.",
        "",
        "The total funding for organisations such as Westby Development Trust (£30,000) and Eastby Hall (£26,000) "
        "for 2019/20 includes an extra £100,000.",
        "",
        "Others successful include the Northby Miners Hall (£4,980), the Kelby Community Library in Kelby (£950) "
        "and Southby Hall (£12,500).",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        (
            "Westby Council",
            "Westby Development Trust",
            30000.0,
        ),  # a council's cabinet decides, the council gives
        ("Westby Council", "Eastby Hall", 26000.0),
        ("Westby Council", "Northby Miners Hall", 4980.0),
        ("Westby Council", "Kelby Community Library", 950.0),
        ("Westby Council", "Southby Hall", 12500.0),
    }
    got = flows(
        "Westby Community Fund 2021 results",
        "",
        "Eastby - Eastby Hospice - Youth Volunteer Program (awarded £2,500)",
        "",
        "Northby -  St David’s Hospice - Youth Volunteer Program (awarded £2,000)",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Community Fund", "Eastby Hospice", 2500.0),
        ("Westby Community Fund", "St David’s Hospice", 2000.0),
    }


def test_a_fund_run_by_one_body_and_funded_by_another_gives_the_grants_listed_after_it():
    got = flows(
        "£50K boost for community projects",
        "",
        "These grants were made possible via the Small Westby Fund, administered by Westby Community Foundation "
        "and funded by Westby Council.",
        "The following projects show the range:",
        "- Kelby Skate, Eastby (£1000) – equipment and coaching",
        "- Eastby Parish Council (£557) – a book exchange",
        "- Stitch & Chat Collective, Kelby-on-Sea (£400) – materials",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Small Westby Fund", "Kelby Skate", 1000.0),  # the town after the comma is where it works
        ("Small Westby Fund", "Eastby Parish Council", 557.0),
        ("Small Westby Fund", "Stitch & Chat Collective", 400.0),
    }


def test_a_grant_table_whose_cells_run_together_with_the_project_and_the_date_awarded():
    got = flows(
        "Grants awarded",
        "",
        "The table below provides details of the grants awarded by Westby Borough Council in 2023/24.",
        "",
        "Organisation Project Amount Granted Date Awarded",
        "Eastby and District Community Association   New entrance doors £4,500.00 08/08/2023",
        "Westby Town Youth Football Club Vehicle barrier works  £3,400.00 14/09/2023",
        "Memory Care Hub Start-up Costs £4,894.42 13/12/2023",
    )
    assert {(r, a) for _, r, a, _ in got} == {
        ("Eastby and District Community Association", 4500.0),
        ("Westby Town Youth Football Club", 3400.0),
        ("Memory Care Hub", 4894.42),
    }


def test_recipients_and_amounts_after_a_dash_in_a_list_run_on_with_semicolons():
    got = flows(
        "Westby Council grants",
        "",
        "Other grants include: Northby Hall Committee - £15,000 for solar panels; Westby Parish Council - £14,475 "
        "to repair footpaths; Eastby Playing Field Association - £13,160 to replace equipment.",
    )
    assert {(r, a) for _, r, a, _ in got} == {
        ("Northby Hall Committee", 15000.0),
        ("Westby Parish Council", 14475.0),
        ("Eastby Playing Field Association", 13160.0),
    }


def test_amounts_towards_the_upkeep_of_a_place_a_pound_sign_lost_to_a_bad_character_set_and_the_council_named_most():
    lines = (
        "Grants news",
        "",
        "COMMUNITY groups in Westby have received a boost after grants were handed out by district councillors.",
        "",
        "Westby Council received applications totalling more than \ufffd150,000 for its neighbourhood fund.",
        "",
        "The local authority's grants panel yesterday agreed to give \ufffd5,000 towards the upgrade of Westby Youth "
        "Centre, \ufffd4,500 to the refurbishment of Eastby Village Hall, near Northby, and a grant of \ufffd860 "
        "towards the costs of the summer event.",
    )
    assert {(f, r, a) for f, r, a, _ in flows(*lines)} == {
        ("Westby Council", "Westby Youth Centre", 5000.0),
        ("Westby Council", "Eastby Village Hall", 4500.0),
    }
    facts = extract("t.txt", "\n".join(lines) + "\n")
    assert all("\ufffd5,000" in f.evidence.quote for f in facts.fundings)  # quoted as written


def test_a_fund_titled_over_its_table_is_not_replaced_by_the_post_that_approves_or_a_fund_described_in_passing():
    got = flows(
        "Westby Small Grants",
        "",
        "The Council supports local groups through Westby Small Grants.",
        "",
        "All grants are awarded by the Culture and Communities Department.",
        "",
        "  1. Requests under £5,000 are approved by the Cabinet Member for Culture.",
        "  2. Requests to the Westby Youth Fund are decided by the Cabinet Member for Culture each spring.",
        "",
        "Organisation Project Amount Granted Date Awarded",
        "Eastby Bowls Club   New mower £2,500.00 08/08/2023",
        "Northby Scouts   Tent replacement £1,200.00 14/09/2023",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("Westby Small Grants", "Eastby Bowls Club", 2500.0),
        ("Westby Small Grants", "Northby Scouts", 1200.0),
    }


def test_a_fund_named_by_its_letters_pays_a_list_whose_councils_are_recipients_not_the_generic_council():
    got = flows(
        "Decision Maker: Head of Housing",
        "Council approved the use of UKXF funds to establish a community chest for local projects.",
        "At the same meeting, Council delegated decisions on all grants to the Head of Housing.",
        "The grant recipients and amounts are as follows:",
        "* Westby Age Concern - £3,000",
        "* Eastby Town Council - £750",
        "* Northby Parish Council - £2,830",
    )
    assert {(f, r, a) for f, r, a, _ in got} == {
        ("UKXF", "Westby Age Concern", 3000.0),
        ("UKXF", "Eastby Town Council", 750.0),
        ("UKXF", "Northby Parish Council", 2830.0),
    }


def test_a_council_the_document_only_lists_as_a_recipient_is_no_funder_of_the_list():
    got = flows(
        "Council delegated decisions on all community grants to the Head of Housing.",
        "The grant recipients and amounts are as follows:",
        "* Westby Age Concern - £3,000",
        "* Eastby Town Council - £750",
        "* Eastby Town Council - £1,000",
        "* Northby Parish Council - £2,830",
    )
    assert not {f for f, *_ in got} & {"Eastby Town Council", "Northby Parish Council"}


def test_news_forms_of_a_grant_named_before_or_after_its_recipient():
    got = flows(
        "Westby District Council awards community grants",  # 1
        "",  # 2
        "Eastby Hall committee members Jane Doe and Ann Poe, who have secured grants to refurbish the hall.",  # 3
        "",  # 4
        "Westby District Council has awarded more than £125,000 from its Community Fund to local groups.",  # 5
        "",  # 6
        "Charity Eastby Community Action, which works with the voluntary sector, was awarded £20,000.",  # 7
        "",  # 8
        "In Northby, Back on the Road — a charity which works in Southby — has been granted £90,500 to open a cafe.",  # 9
        "",  # 10
        "A £21,500 Flood Grant was awarded to Kelby Town Council.",  # 11
        "",  # 12
        "They include a £5,000 award to Eastby Parish Council to buy play equipment.",  # 13
    )
    recipients = {(r, a) for _, r, a, _ in got}
    assert {
        ("Eastby Community Action", 20000),
        ("Back on the Road", 90500),
        ("Kelby Town Council", 21500),
        ("Eastby Parish Council", 5000),
    } <= recipients
    assert "Eastby Hall" not in {f for f, _, _, _ in got}  # who secured grants gives none
