"""Unit tests per extractor, on short made-up documents in the styles councils write in.

Every input here is invented (Exampleton, Northshire, Safer Northshire Partnership ...); none is
copied from the corpus. Each test runs the whole pipeline on one small text with
``ingest.pipeline.extract`` (and ``ingest.resolve.resolve`` where names must come together) and
checks the facts by name, relation, role, amount, status and evidence line numbers.

Each case names the behaviour it pins; a case an extractor cannot handle yet is marked
``xfail(strict=True)`` with what came out, so it turns red (and is unmarked) once fixed.
"""

from __future__ import annotations

from extraction_helpers import DOC, claims, doc, lines_of, one, pairs, run

from ingest.model import DocumentFacts, Kind, Rel, Resolved
from ingest.pipeline import extract
from ingest.resolve import resolve


def row(*cells: str) -> str:
    return "\t".join(cells)


def entity_key(resolved: Resolved, name: str, kind: Kind | None = None) -> str:
    keys = {k for m, k in resolved.key_of.items() if m.name == name and (kind is None or m.kind is kind)}
    assert len(keys) == 1, (name, keys)
    return keys.pop()


# ---------------------------------------------------------------- tables: action plans

ACTION_PLAN = doc(
    "# Exampleton Youth Strategy 2024/25 Action Plan",  # 1
    "",  # 2
    row("Ref", "Action", "Measure", "Responsible", "Target Date", "Status"),  # 3
    row("Objective 1: Keep young people in Exampleton safe", "", "", "", "", ""),  # 4
    row("Exampleton District Council responsible for:", "", "", "", "", ""),  # 5
    row(
        "AP 1.1",
        "Review the safeguarding policy every year",
        "Policy reviewed",
        "Youth Services Manager",
        "March 2025",
        "on target",
    ),  # 6
    row("AP 1.2", "Run two youth forums", "2 forums held", "Kate Jones", "Ongoing", ""),  # 7
    row("Exampleton District Council contributes towards:", "", "", "", "", ""),  # 8
    row(
        "AP 1.3",
        "Support the county early help review",
        "Attendance at review",
        "Northshire Police",
        "Ongoing",
        "",
    ),  # 9
)


def test_action_plan_responsible_column():
    f = extract(DOC, ACTION_PLAN)
    resp = claims(f, Rel.RESPONSIBLE)
    assert {(c.subject.name, c.subject.kind, c.object.code) for c in resp} == {
        ("Youth Services Manager", Kind.POST, "AP 1.1"),
        ("Kate Jones", Kind.PERSON, "AP 1.2"),
        ("Northshire Police", Kind.ORGANISATION, "AP 1.3"),
    }
    by_code = {c.object.code: c for c in resp}
    assert lines_of(by_code["AP 1.1"]) == (6, 6)
    assert lines_of(by_code["AP 1.2"]) == (7, 7)
    assert lines_of(by_code["AP 1.3"]) == (9, 9)
    item = by_code["AP 1.1"].object
    assert (item.kind, item.name) == (Kind.ACTION, "Review the safeguarding policy every year")
    # the row belongs to the plan named by the title and measures the objective above it
    plan = one(claims(f, Rel.PART_OF, obj="Exampleton Youth Strategy 2024/25 Action Plan", subject=item.name))
    assert plan.object.kind is Kind.PLAN
    objective = one(claims(f, Rel.INDICATOR_OF, subject=item.name))
    assert (objective.object.name, objective.object.code) == (
        "Keep young people in Exampleton safe",
        "Objective 1",
    )
    assert lines_of(objective) == (6, 6)


def test_action_plan_section_rows_responsible_and_contributes():
    f = extract(DOC, ACTION_PLAN)
    contributes = claims(f, Rel.CONTRIBUTES)
    # "responsible for:" rows are owned by their Responsible cell, not by the section's organisation
    assert {(c.subject.name, c.object.code) for c in contributes} == {
        ("Exampleton District Council", "AP 1.3")
    }
    assert lines_of(one(contributes)) == (9, 9)
    assert not claims(f, Rel.RESPONSIBLE, subject="Exampleton District Council")


def test_action_plan_row_continued_after_repeated_header():
    f = run(
        "Safer Northshire Partnership Delivery Plan",  # 1
        "",  # 2
        row("Ref", "Action", "Measure", "Lead Officer", "Due"),  # 3
        row("Objective 2: Reduce repeat victimisation", "", "", "", ""),  # 4
        row("AP 2.1", "Set up a victims' panel", "Panel meets monthly", "", "March 2025"),  # 5
        "",  # 6
        row("Ref", "Action", "Measure", "Lead Officer", "Due"),  # 7  (page break: header repeated)
        row("", "", "with partners", "Helen Ward", ""),  # 8  (the rest of AP 2.1)
        row("AP 2.2", "Publish an annual report", "Report published", "Kate Jones", "June 2025"),  # 9
    )
    resp = claims(f, Rel.RESPONSIBLE)
    assert {(c.subject.name, c.object.code) for c in resp} == {
        ("Helen Ward", "AP 2.1"),
        ("Kate Jones", "AP 2.2"),
        ("Safer Northshire Partnership", None),  # the plan named after it
    }
    helen = one(claims(f, Rel.RESPONSIBLE, subject="Helen Ward"))
    assert helen.subject.kind is Kind.PERSON
    assert lines_of(helen) == (5, 8)  # from the row to its continuation on the next page
    assert lines_of(one(claims(f, Rel.RESPONSIBLE, subject="Kate Jones"))) == (9, 9)
    # the continuation does not become a row of its own, and the header is not an item
    assert {c.subject.code for c in claims(f, Rel.PART_OF)} == {"AP 2.1", "AP 2.2"}


def test_responsible_cell_with_names_and_posts_run_together():
    f = run(
        "Exampleton Borough Council Community Safety Action Plan",  # 1
        "",  # 2
        row("", "Action required", "Measure", "Responsible", "Target Date"),  # 3
        row(
            "PI 4.2",
            "Run a bike marking scheme",
            "4 events",
            "Jo Bloggs Community Safety Manager Sam Smith",
            "Ongoing",
        ),  # 4
    )
    resp = claims(f, Rel.RESPONSIBLE)
    assert [(c.subject.name, c.subject.kind) for c in resp] == [
        ("Jo Bloggs", Kind.PERSON),
        ("Community Safety Manager", Kind.POST),
        ("Sam Smith", Kind.PERSON),
    ]
    assert all(c.object.code == "PI 4.2" and lines_of(c) == (4, 4) for c in resp)
    # a post in a responsible cell is the post at the council the document is about
    post = one(claims(f, Rel.RESPONSIBLE, subject="Community Safety Manager")).subject
    assert post.scope == "Exampleton Borough Council"


def test_responsible_cell_initial_and_surname_is_a_person():
    f = run(
        "Northshire Community Safety Action Plan",
        "",
        row("Ref", "Action", "Measure", "Responsible", "Due"),
        row("AP 3.1", "Hold a street safety week", "1 event", "T Smith", "May 2025"),
    )
    owner = one(claims(f, Rel.RESPONSIBLE)).subject
    assert (owner.name, owner.kind) == ("T Smith", Kind.PERSON)


# ---------------------------------------------------------------- tables: performance and funding


def test_performance_table_rag_column_missing_from_header():
    f = run(
        "Quarterly Performance Report",  # 1
        "",  # 2
        row("Indicator", "Quarter 1", "Quarter 2", "Quarter 3", "Target"),  # 3
        row(
            "LS1 - Leisure centre visits", "1,234 Visits", "1,300 Visits", "1,100 Visits", "G", "1,000 Visits"
        ),  # 4
        row("KP2 - Percentage of calls answered", "45.5%", "50%", "48.25%", "A", "60%"),  # 5
        row("BP3 - Cost per case", "£1,200", "£1,150", "£1,300", "R", "£1,000"),  # 6
        row("BP4 - New recycling scheme launched", "NS", "NS", "NS", "NS", ""),  # 7
    )
    obs = {(o.indicator.code, o.measure, o.period): o for o in f.observations}
    assert {code for code, *_ in obs} == {"LS1", "KP2", "BP3", "BP4"}
    assert obs["LS1", "actual", "Quarter 1"].value == 1234.0
    assert obs["LS1", "actual", "Quarter 1"].unit == "Visits"
    assert obs["LS1", "actual", "Quarter 3"].value == 1100.0
    assert (obs["LS1", "target", None].value, obs["LS1", "target", None].unit) == (1000.0, "Visits")
    assert obs["LS1", "status", None].status == "green"
    assert (obs["KP2", "actual", "Quarter 1"].value, obs["KP2", "actual", "Quarter 1"].unit) == (45.5, "%")
    assert obs["KP2", "target", None].value == 60.0
    assert obs["KP2", "status", None].status == "amber"
    assert (obs["BP3", "actual", "Quarter 2"].value, obs["BP3", "actual", "Quarter 2"].unit) == (
        1150.0,
        "GBP",
    )
    assert obs["BP3", "target", None].value == 1000.0
    assert obs["BP3", "status", None].status == "red"
    assert obs["LS1", "actual", "Quarter 1"].indicator.name == "Leisure centre visits"
    assert lines_of(obs["BP3", "status", None]) == (6, 6)
    # "NS" (not started) is a status, never a number
    ns = [o for o in f.observations if o.indicator.code == "BP4"]
    assert ns and all(o.value is None for o in ns)
    assert {o.status for o in ns} == {"not-started"}
    assert all(lines_of(o) == (7, 7) for o in ns)


FUNDING_TABLE = doc(
    "Safer Northshire Partnership annual report. The Safer Northshire Partnership meets quarterly.",  # 1
    "",  # 2
    row("", "Funding Received", "Funding Allocated"),  # 3
    row("Police and Crime Commissioner Community Safety Fund - 2023/24", "£20,000", ""),  # 4
    row("Youth outreach", "", "£12,500"),  # 5
    row("Night marshals", "", "£7,500"),  # 6
    row("Total", "", "£20,000.00"),  # 7
)


def test_funding_table_received_allocations_and_total():
    f = extract(DOC, FUNDING_TABLE)
    fund = "Police and Crime Commissioner Community Safety Fund"
    received = [x for x in f.fundings if x.status == "received" and x.recipient.name == fund]
    r = one(received)
    assert (r.funder.name, r.amount, r.period, lines_of(r)) == (
        "Police and Crime Commissioner",
        20000.0,
        "2023/24",
        (4, 4),
    )
    assert r.recipient.kind is Kind.FUND
    allocated = {x.recipient.name: x for x in f.fundings if x.status == "allocated"}
    assert set(allocated) == {"Youth outreach", "Night marshals"}
    assert all(x.funder.name == fund and x.period == "2023/24" for x in allocated.values())
    assert (allocated["Youth outreach"].amount, lines_of(allocated["Youth outreach"])) == (12500.0, (5, 5))
    assert allocated["Night marshals"].amount == 7500.0
    assert sum(x.amount for x in allocated.values()) == r.amount
    # the Total row is a check, not a project; it agrees, so no discrepancy is noted
    assert not [x for x in f.fundings if x.recipient.name.lower().startswith("total")]
    assert not [d for d in f.descriptions if d.note]
    # the partnership the report is about receives the fund
    assert ("Police and Crime Commissioner", "Safer Northshire Partnership", 20000.0) in {
        (x.funder.name, x.recipient.name, x.amount) for x in f.fundings
    }


def test_funding_table_total_that_disagrees_is_noted():
    f = extract(DOC, FUNDING_TABLE.replace("£7,500", "£7,000"))
    note = one([d for d in f.descriptions if d.note])
    assert note.entity.name == "Police and Crime Commissioner Community Safety Fund"
    assert "20,000.00" in note.note and "19,500.00" in note.note
    assert lines_of(note) == (7, 7)


# ---------------------------------------------------------------- governance sentences and lists


def test_made_up_of_including():
    f = run(
        "Exampleton Families Partnership",
        "",
        "The Exampleton Families Partnership is made up of the key organisations that work with families, "
        "including Exampleton County Council, Northshire Police, Schools and the voluntary sector.",
    )
    members = claims(f, Rel.MEMBER, obj="Exampleton Families Partnership")
    assert {c.subject.name for c in members} == {
        "Exampleton County Council",
        "Northshire Police",
        "Schools",
        "voluntary sector",
    }
    assert all(lines_of(c) == (3, 3) for c in members)


RESPONSIBLE_AUTHORITIES = (
    "Exampleton Community Safety Partnership (CSP)",  # 1
    "",  # 2
    "The responsible authorities who sit on the CSP are:",  # 3
    "",  # 4
    "- Exampleton Borough Council,",  # 5
    "- Northshire Police,",  # 6
    "- Northshire Fire and Rescue Service,",  # 7
    "- Exampleton Clinical Commissioning Group (ECCG)",  # 8
    "",  # 9
    "Police and Crime Commissioners are not responsible authorities and will not be members of "
    "Community Safety Partnerships.",  # 10
)


def test_responsible_authorities_list():
    f = run(*RESPONSIBLE_AUTHORITIES)
    members = claims(f, Rel.MEMBER)
    assert {c.subject.name for c in members} == {
        "Exampleton Borough Council",
        "Northshire Police",
        "Northshire Fire and Rescue Service",
        "Exampleton Clinical Commissioning Group",
    }
    assert {c.object.name for c in members} == {"CSP"}
    assert {c.role for c in members} == {"responsible authority"}
    assert lines_of(one(claims(f, Rel.MEMBER, subject="Exampleton Borough Council"))) == (3, 5)
    assert lines_of(one(claims(f, Rel.MEMBER, subject="Exampleton Clinical Commissioning Group"))) == (3, 8)
    # the bracketed acronym of a list item is a definition, not part of the member's name
    assert ("Exampleton Clinical Commissioning Group", "ECCG") in {
        (d.entity.name, d.alias) for d in f.descriptions
    }


def test_responsible_authorities_resolve_to_the_defined_partnership():
    f = run(*RESPONSIBLE_AUTHORITIES)
    resolved = resolve([f])
    csp = resolved.entities[entity_key(resolved, "CSP")]
    assert "Exampleton Community Safety Partnership" in csp.aliases | {csp.label}


def test_negative_sentence_makes_no_membership():
    f = run(*RESPONSIBLE_AUTHORITIES)
    assert not [c for c in f.claims if c.rel is Rel.MEMBER and "Commissioner" in c.subject.name]
    assert not [c for c in f.claims if c.evidence.line_start == 10]
    alone = run(
        "Exampleton Community Safety Partnership",
        "",
        "Police and Crime Commissioners are not responsible authorities and will not be members of "
        "the Exampleton Community Safety Partnership.",
    )
    assert not claims(alone, Rel.MEMBER)


def test_established_as_subgroup_replacing():
    f = run(
        "Northshire Children's Partnership",  # 1
        "",  # 2
        "In 2019 the Northshire Health and Wellbeing Board agreed terms of reference for the Northshire "
        "Children's Partnership. This was established as a subgroup of the Northshire Health and Wellbeing "
        "Board, replacing the Troubled Families Steering Group.",  # 3
    )
    sub = one(claims(f, Rel.SUBGROUP_OF))
    assert (sub.subject.name, sub.object.name) == (
        "Northshire Children's Partnership",
        "Northshire Health and Wellbeing Board",
    )
    assert lines_of(sub) == (3, 3)
    assert "established as a subgroup" in sub.evidence.quote
    rep = one(claims(f, Rel.REPLACED_BY))
    assert (rep.subject.name, rep.object.name) == (
        "Troubled Families Steering Group",
        "Northshire Children's Partnership",
    )


def test_abolished_and_replaced_by():
    f = run(
        "Exampleton Borough Council",
        "",
        "In 2015 the Community Cohesion Forum was abolished and replaced by the Stronger Communities Board.",
    )
    rep = one(claims(f, Rel.REPLACED_BY))
    assert (rep.subject.name, rep.object.name) == ("Community Cohesion Forum", "Stronger Communities Board")
    assert lines_of(rep) == (3, 3)


def test_amalgamating_these_were_list():
    f = run(
        "Northshire Early Help",  # 1
        "",  # 2
        "The Early Help Hub became operational in April 2021, amalgamating three family services. These were:",  # 3
        "",  # 4
        "- Family Support Service",  # 5
        "- Parenting Team",  # 6
        "- Youth Inclusion Service",  # 7
    )
    reps = claims(f, Rel.REPLACED_BY)
    assert {(c.subject.name, c.object.name) for c in reps} == {
        ("Family Support Service", "Early Help Hub"),
        ("Parenting Team", "Early Help Hub"),
        ("Youth Inclusion Service", "Early Help Hub"),
    }
    assert lines_of(one(claims(f, Rel.REPLACED_BY, subject="Parenting Team"))) == (3, 6)


def test_are_responsible_to_the_partnership():
    f = run(
        "Safer Northshire Partnership",  # 1
        "",  # 2
        "The Safer Northshire Partnership meets quarterly.",  # 3
        "",  # 4
        "The Tasking Group and Exampleton Joint Action Group are responsible to the Partnership for "
        "delivering the plan.",  # 5
    )
    reports = claims(f, Rel.REPORTS_TO)
    assert {(c.subject.name, c.object.name) for c in reports} == {
        ("Tasking Group", "Safer Northshire Partnership"),
        ("Exampleton Joint Action Group", "Safer Northshire Partnership"),
    }
    assert all(lines_of(c) == (5, 5) for c in reports)


def test_single_name_with_and_is_responsible_to():
    f = run(
        "Exampleton Children's Board",
        "",
        "The Youth Engagement and Support Team is responsible to the Exampleton Children's Board.",
    )
    assert pairs(f, Rel.REPORTS_TO) == {("Youth Engagement and Support Team", "Exampleton Children's Board")}


def test_governance_for_the_programme_lies_with():
    f = run(
        "Exampleton Borough Council",  # 1
        "",  # 2
        "The governance of the Family Hubs Programme has changed over time. In Northshire, governance for "
        "the programme lies with the Early Help Board.",  # 3
    )
    rep = one(claims(f, Rel.REPORTS_TO))
    assert (rep.subject.name, rep.object.name) == ("Family Hubs Programme", "Early Help Board")
    assert lines_of(rep) == (3, 3)
    assert rep.evidence.quote.startswith("In Northshire, governance for the programme")


# ---------------------------------------------------------------- people


CONTACT = (
    "Report of Northshire County Council to the Exampleton Borough Council scrutiny panel",  # 1
    "",  # 2
    "Northshire County Council runs the service. Northshire County Council pays for it.",  # 3
    "",  # 4
    "Officer to Contact: Rachel Green",  # 5
    "Community Safety Officer",  # 6
    "Tel: 01234 567890",  # 7
    "Email: rachel.green@exampleton.gov.uk",  # 8
)


def test_contact_block_post_and_council_from_email_domain():
    f = run(*CONTACT)
    holds = one(claims(f, Rel.HOLDS, subject="Rachel Green"))
    assert (holds.subject.kind, holds.object.name, holds.object.kind) == (
        Kind.PERSON,
        "Community Safety Officer",
        Kind.POST,
    )
    # the e-mail domain names the employer, though the document names the County Council more often
    works = one(claims(f, Rel.WORKS_FOR, subject="Rachel Green"))
    assert works.object.name == "Exampleton Borough Council"
    assert holds.object.scope == "Exampleton Borough Council"
    assert holds.evidence.line_start == 5


def test_contact_block_evidence_includes_the_email_line():
    f = run(*CONTACT)
    works = one(claims(f, Rel.WORKS_FOR, subject="Rachel Green"))
    assert lines_of(works) == (5, 8)
    assert "rachel.green@exampleton.gov.uk" in works.evidence.quote


def test_councillors_list_members_chair_vice_chair():
    f = run(
        "Exampleton Borough Council",  # 1
        "",  # 2
        "Overview and Scrutiny Committee",  # 3
        "",  # 4
        "To: Councillors Adams (Vice-Chair), Baker, Clarke (Chair) and Dobson (For attention)",  # 5
    )
    group = "Overview and Scrutiny Committee"
    assert {c.subject.name for c in claims(f, Rel.MEMBER, obj=group)} == {
        "Councillor Adams",
        "Councillor Baker",
        "Councillor Clarke",
        "Councillor Dobson",
    }
    assert pairs(f, Rel.CHAIR) == {("Councillor Clarke", group)}
    assert pairs(f, Rel.VICE_CHAIR) == {("Councillor Adams", group)}
    assert pairs(f, Rel.SUBGROUP_OF) == {(group, "Exampleton Borough Council")}  # the title's two lines
    assert all(lines_of(c) == (5, 5) for c in f.claims if c.rel is not Rel.SUBGROUP_OF)


def test_chair_line_under_group_heading():
    f = run(
        "Our Sub-groups",  # 1
        "",  # 2
        "Domestic Abuse Delivery Group",  # 3
        "Chair: Helen Ward, Head of Community Safety, Exampleton Borough Council",  # 4
    )
    chair = one(claims(f, Rel.CHAIR))
    assert (chair.subject.name, chair.subject.kind) == ("Helen Ward", Kind.PERSON)
    assert (chair.object.name, chair.object.kind) == ("Domestic Abuse Delivery Group", Kind.GROUP)
    assert lines_of(chair) == (3, 4)
    assert pairs(f, Rel.HOLDS) == {("Helen Ward", "Head of Community Safety")}
    assert pairs(f, Rel.WORKS_FOR) == {("Helen Ward", "Exampleton Borough Council")}


def test_attendance_lines():
    f = run(
        "Minutes of a meeting of the Northshire Safeguarding Board held on 3 May 2023 at 2.00 pm.",  # 1
        "",  # 2
        "PRESENT",  # 3
        "",  # 4
        "Mrs K Brown (Chair)",  # 5
        "",  # 6
        "Mr David Jones - Chief Executive, Exampleton District Council",  # 7
        "",  # 8
        "Ms A Patel - Head of Youth Services – Northshire County Council (item 4)",  # 9
    )
    assert pairs(f, Rel.CHAIR) == {("Mrs K Brown", "Northshire Safeguarding Board")}
    assert pairs(f, Rel.HOLDS) == {
        ("Mrs K Brown", "Chair"),
        ("Mr David Jones", "Chief Executive"),
        ("Ms A Patel", "Head of Youth Services"),
    }
    assert pairs(f, Rel.WORKS_FOR) == {
        ("Mr David Jones", "Exampleton District Council"),
        ("Ms A Patel", "Northshire County Council"),
    }
    assert lines_of(one(claims(f, Rel.HOLDS, subject="Mr David Jones"))) == (7, 7)
    assert lines_of(one(claims(f, Rel.WORKS_FOR, subject="Ms A Patel"))) == (9, 9)


def test_attendance_lines_without_blank_lines():
    f = run(
        "Minutes of a meeting of the Northshire Safeguarding Board held on 3 May 2023.",
        "",
        "Present:",
        "Mr David Jones - Chief Executive, Exampleton District Council",
        "Mrs Kate Brown - Director of Public Health, Northshire County Council",
    )
    assert pairs(f, Rel.HOLDS) == {
        ("Mr David Jones", "Chief Executive"),
        ("Mrs Kate Brown", "Director of Public Health"),
    }
    assert ("Mrs Kate Brown", "Northshire County Council") in pairs(f, Rel.WORKS_FOR)


# ---------------------------------------------------------------- priorities


def test_numbered_priorities_most_frequent_wording_wins():
    f = run(
        "Safer Northshire Community Safety Plan 2023-26",  # 1
        "",  # 2
        "The Safer Northshire Partnership agreed its plan in March. The Safer Northshire Partnership meets "
        "four times a year.",  # 3
        "",  # 4
        "Priority 1: Reduce violent crime in the town centre",  # 5
        "",  # 6
        "Priority 2: Tackle anti-social behaviour",  # 7
        "",  # 8
        "Priority 1: Reduce violent crime in the town centre",  # 9
        "",  # 10
        row("Priority 1: Reduce violence in the town centre", "Lead: Northshire Police"),  # 11
    )
    prio = claims(f, Rel.PRIORITY_OF)
    assert {(c.subject.code, c.subject.name) for c in prio} == {
        ("Priority 1", "Reduce violent crime in the town centre"),
        ("Priority 2", "Tackle anti-social behaviour"),
    }
    assert {c.object.name for c in prio} == {
        "Safer Northshire Community Safety Plan 2023-26",
        "Safer Northshire Partnership",
    }
    assert {c.evidence.line_start for c in prio if c.subject.code == "Priority 2"} == {7}
    assert {c.evidence.line_start for c in prio if c.subject.code == "Priority 1"} <= {5, 9}


def test_priorities_listed_after_intro():
    f = run(
        "Exampleton Health and Wellbeing Strategy",  # 1
        "",  # 2
        "The three priorities are:",  # 3
        "",  # 4
        "i. Give every child the best start in life",  # 5
        "ii. Help people live well for longer",  # 6
        "iii. Reduce health inequalities",  # 7
    )
    prio = claims(f, Rel.PRIORITY_OF)
    assert [c.subject.name for c in prio] == [
        "Give every child the best start in life",
        "Help people live well for longer",
        "Reduce health inequalities",
    ]
    assert {c.object.name for c in prio} == {"Exampleton Health and Wellbeing Strategy"}
    assert [c.evidence.line_start for c in prio] == [5, 6, 7]


# ---------------------------------------------------------------- money and indicator sentences


def fundings(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {(x.funder.name, x.recipient.name) for x in facts.fundings}


def test_funded_sentences():
    f = run(
        "Exampleton Youth Report",  # 1
        "",  # 2
        "Highlights include the launch of the Arts Council funded Creative Futures project in three schools.",  # 3
        "",  # 4
        "Safe Streets (SS), a Home Office-funded project, works with young people at risk.",  # 5
        "",  # 6
        "Referrals are made to the Family Mediation Service funded through Exampleton Borough Council and "
        "Northshire Community Foundation.",  # 7
    )
    assert fundings(f) == {
        ("Arts Council", "Creative Futures"),
        ("Home Office", "Safe Streets"),
        ("Exampleton Borough Council", "Family Mediation Service"),
        ("Northshire Community Foundation", "Family Mediation Service"),
    }
    by_recipient = {x.recipient.name: x for x in f.fundings}
    assert by_recipient["Creative Futures"].recipient.kind is Kind.PROJECT
    assert by_recipient["Safe Streets"].recipient.kind is Kind.PROJECT
    assert all(x.amount is None for x in f.fundings)
    assert lines_of(by_recipient["Creative Futures"]) == (3, 3)
    assert lines_of(by_recipient["Safe Streets"]) == (5, 5)
    assert lines_of(by_recipient["Family Mediation Service"]) == (7, 7)


def test_is_funded_by():
    f = run(
        "Exampleton Youth Report",
        "",
        "The Family Mediation Service is funded by Exampleton Borough Council and Northshire Community Foundation.",
    )
    assert fundings(f) == {
        ("Exampleton Borough Council", "Family Mediation Service"),
        ("Northshire Community Foundation", "Family Mediation Service"),
    }


def test_made_available_to():
    f = run(
        "Exampleton Youth Report",
        "",
        "The PCC has made £1,000 available to Exampleton Street Angels for the winter of 2023/24.",
    )
    x = one(f.fundings)
    assert (x.funder.name, x.recipient.name, x.amount) == ("PCC", "Exampleton Street Angels", 1000.0)
    assert x.period == "2023/24"
    assert lines_of(x) == (3, 3)


def test_reduce_by_percent_to_target():
    f = run(
        "Exampleton Community Safety Strategy",
        "",
        "We will reduce the number of domestic burglaries by 5% to 900 by 2025.",
    )
    o = one(f.observations)
    assert (o.indicator.name, o.indicator.kind, o.measure, o.value, o.period) == (
        "domestic burglaries",
        Kind.INDICATOR,
        "target",
        900.0,
        "2025",
    )
    assert lines_of(o) == (3, 3)


def test_red_marked_indicators():
    f = run(
        "Exampleton Community Safety Strategy",  # 1
        "",  # 2
        "At year end there were two ‘Red’ marked indicators: Indicator 3: Repeat victims of domestic abuse "
        "which remained high, and Indicator 7: First time entrants to the youth justice system. There was "
        "one ‘Green’ marked indicator: Indicator 2: Cycle theft.",  # 3
    )
    status = {(o.indicator.code, o.indicator.name): o.status for o in f.observations if o.measure == "status"}
    assert status == {
        ("Indicator 3", "Repeat victims of domestic abuse"): "red",
        ("Indicator 7", "First time entrants to the youth justice system"): "red",
        ("Indicator 2", "Cycle theft"): "green",
    }
    assert all(o.value is None and lines_of(o) == (3, 3) for o in f.observations)


# ---------------------------------------------------------------- forms


def test_decision_form_lead_officer():
    f = run(
        "Safer Northshire Partnership - Decision Notice",  # 1
        "",  # 2
        "Decision Reference Number: SNP2-0107",  # 3
        "Lead Officer: Fatima Khan",  # 4
        "Delivery Partners: Northshire Fire and Rescue Service",  # 5
    )
    lead = one(claims(f, Rel.RESPONSIBLE))
    assert (lead.subject.name, lead.subject.kind) == ("Fatima Khan", Kind.PERSON)
    assert (lead.object.code, lead.object.kind) == ("SNP2-0107", Kind.ACTION)
    assert lines_of(lead) == (3, 4)
    partner = one(claims(f, Rel.CONTRIBUTES))
    assert (partner.subject.name, partner.object.code) == ("Northshire Fire and Rescue Service", "SNP2-0107")
    assert lines_of(partner) == (3, 5)


# ---------------------------------------------------------------- definitions and resolution


def test_inline_definition_and_glossary_row_resolve_acronyms():
    f = run(
        "Exampleton Community Safety Action Plan",  # 1
        "",  # 2
        "The Northshire Young Carers Service (NYCS) supports young carers across the county.",  # 3
        "",  # 4
        row("Ref", "Action", "Measure", "Responsible", "Due"),  # 5
        row("AP 1", "Support young carers", "40 carers", "NYCS", "March 2025"),  # 6
        row("AP 2", "Hold problem-solving panels", "6 panels", "ASBAP", "Ongoing"),  # 7
        "",  # 8
        "Glossary",  # 9
        "",  # 10
        row("ASBAP", "Anti-Social Behaviour Action Panel"),  # 11
    )
    defs = {(d.alias, d.entity.name): d for d in f.descriptions if d.alias}
    assert lines_of(defs["NYCS", "Northshire Young Carers Service"]) == (3, 3)
    assert lines_of(defs["ASBAP", "Anti-Social Behaviour Action Panel"]) == (11, 11)
    resolved = resolve([f])
    nycs = resolved.entities[entity_key(resolved, "NYCS")]
    assert nycs.label == "Northshire Young Carers Service"
    assert "NYCS" in nycs.aliases
    asbap = resolved.entities[entity_key(resolved, "ASBAP")]
    assert asbap.label == "Anti-Social Behaviour Action Panel"


def test_resolver_people_given_name_forms():
    f = run(
        "Safer Northshire Partnership Action Plan",  # 1
        "",  # 2
        row("Ref", "Action", "Measure", "Responsible", "Due"),  # 3
        row("AP 1", "Run the forum", "4 meetings", "Tim Smith", "Ongoing"),  # 4
        row("AP 2", "Host events", "2 events", "Timothy Smith", "Ongoing"),  # 5
        row("AP 3", "Train staff", "20 staff", "Jo Smith", "Ongoing"),  # 6
        row("AP 4", "Train volunteers", "10 volunteers", "Sam Smith", "Ongoing"),  # 7
        "",  # 8
        "Mr T Smith - Community Safety Manager, Exampleton Borough Council",  # 9
    )
    resolved = resolve([f])
    tim = entity_key(resolved, "Tim Smith", Kind.PERSON)
    assert entity_key(resolved, "Timothy Smith", Kind.PERSON) == tim
    assert entity_key(resolved, "Mr T Smith", Kind.PERSON) == tim
    jo, sam = entity_key(resolved, "Jo Smith", Kind.PERSON), entity_key(resolved, "Sam Smith", Kind.PERSON)
    assert len({tim, jo, sam}) == 3
    assert resolved.entities[tim].merges  # each merge is explained


def test_resolver_acronym_with_transposed_letters():
    f = run(
        "Exampleton Partnership Report",  # 1
        "",  # 2
        "The Youth Engagement and Support Team (YEST) was set up in 2020 to run youth clubs.",  # 3
        "",  # 4
        row("Ref", "Action", "Measure", "Responsible", "Due"),  # 5
        row("AP 1", "Run youth clubs", "12 clubs", "YETS", "March 2025"),  # 6
        row("AP 2", "Run summer camps", "2 camps", "YEST", "March 2025"),  # 7
    )
    resolved = resolve([f])
    key = entity_key(resolved, "YETS")
    assert entity_key(resolved, "YEST") == key
    assert resolved.entities[key].label == "Youth Engagement and Support Team"


def test_resolver_transposed_acronym_with_only_a_definition():
    f = run(
        "Exampleton Partnership Report",
        "",
        "The Youth Engagement and Support Team (YEST) was set up in 2020 to run youth clubs.",
        "",
        row("Ref", "Action", "Measure", "Responsible", "Due"),
        row("AP 1", "Run youth clubs", "12 clubs", "YETS", "March 2025"),
    )
    resolved = resolve([f])
    assert resolved.entities[entity_key(resolved, "YETS")].label == "Youth Engagement and Support Team"


def test_resolver_place_word_dropped_but_not_a_common_word():
    f = run(
        "Exampleton Community Safety Partnership Plan",  # 1
        "",  # 2
        "Exampleton is a market town. The Exampleton Joint Action Group reports to the Safer Exampleton Board.",  # 3
        "",  # 4
        "The Youth JAG is responsible to the Joint Action Group. The Youth JAG meets monthly with youth workers.",  # 5
        "",  # 6
        "The Joint Action Group reports to the Strategic Group.",  # 7
        "",  # 8
        "The JAG reports to the Strategic Group. Youth JAG minutes go to the Youth Council and youth clubs.",  # 9
    )
    resolved = resolve([f])
    jag = entity_key(resolved, "Exampleton Joint Action Group")
    assert entity_key(resolved, "Joint Action Group") == jag
    assert entity_key(resolved, "JAG") == jag
    assert entity_key(resolved, "Youth JAG") != jag
    assert any(m.startswith("place word dropped") for m in resolved.entities[jag].merges)


def test_resolver_youth_is_not_a_place_even_when_always_capitalised():
    f = run(
        "Exampleton Community Safety Partnership Plan",
        "",
        "The Youth JAG is responsible to the Joint Action Group. The Youth Offending Service attends the Youth JAG.",
        "",
        "The Joint Action Group reports to the Strategic Group.",
        "",
        "The JAG reports to the Strategic Group. Youth JAG minutes go to the Youth Council.",
    )
    resolved = resolve([f])
    assert entity_key(resolved, "Youth JAG") != entity_key(resolved, "Joint Action Group")


# --- more phrasings councils use ---------------------------------------------------------------


def test_has_subgroups_inline_and_listed():
    f = run(
        "Safer Northshire Board",  # 1
        "",  # 2
        "The Safer Northshire Board has three sub-groups: the Reducing Reoffending Group, the Domestic Abuse Forum and the Hate Crime Panel.",  # 3
        "",  # 4
        "The sub-groups of the Northshire Children's Board are:",  # 5
        "",  # 6
        "- Education Attainment Group",  # 7
        "- Early Years Group",  # 8
    )
    assert pairs(f, Rel.SUBGROUP_OF) == {
        ("Reducing Reoffending Group", "Safer Northshire Board"),
        ("Domestic Abuse Forum", "Safer Northshire Board"),
        ("Hate Crime Panel", "Safer Northshire Board"),
        ("Education Attainment Group", "Northshire Children's Board"),
        ("Early Years Group", "Northshire Children's Board"),
    }
    assert lines_of(one(claims(f, Rel.SUBGROUP_OF, subject="Early Years Group"))) == (5, 8)


def test_brings_together_and_sit_on_are_memberships():
    f = run(
        "The Northshire Community Safety Partnership brings together Northshire District Council, Northshire Constabulary and the Probation Service.",
        "",
        "Northshire District Council and Northshire NHS Trust sit on the Northshire Community Safety Partnership.",
    )
    members = {c.subject.name for c in claims(f, Rel.MEMBER, obj="Northshire Community Safety Partnership")}
    assert members == {
        "Northshire District Council",
        "Northshire Constabulary",
        "Probation Service",
        "Northshire NHS Trust",
    }


def test_chaired_by_a_titled_officer_with_force():
    f = run("The Partnership Board is chaired by Superintendent Alan Reeve, Northshire Constabulary.")
    chair = one(claims(f, Rel.CHAIR))
    assert (chair.subject.name, chair.subject.kind) == ("Superintendent Alan Reeve", Kind.PERSON)
    assert pairs(f, Rel.WORKS_FOR) == {("Superintendent Alan Reeve", "Northshire Constabulary")}


def test_councillor_with_cabinet_post_presenting():
    f = run("Councillor Jane Doe, Cabinet Member for Communities, presented the report.")
    assert pairs(f, Rel.HOLDS) == {("Councillor Jane Doe", "Cabinet Member for Communities")}


def test_received_from_names_the_funder_and_not_the_year():
    f = run(
        "The Youth Diversion Project received £12,500 from the Northshire Community Safety Partnership in 2023/24."
    )
    flow = one(f.fundings)
    assert (flow.funder.name, flow.recipient.name, flow.amount) == (
        "Northshire Community Safety Partnership",
        "Youth Diversion Project",
        12500.0,
    )
    assert flow.period == "2023/24"


def test_post_words_in_a_row_make_one_post():
    f = run(
        row("Ref", "Action", "Measure", "Responsible", "Due"),
        row("AP 2.1", "Train staff", "40 staff", "Safeguarding Lead Officer Jo Bloggs", "March 2025"),
    )
    owners = {(c.subject.name, c.subject.kind) for c in claims(f, Rel.RESPONSIBLE)}
    assert owners == {("Safeguarding Lead Officer", Kind.POST), ("Jo Bloggs", Kind.PERSON)}


def test_resolver_a_generic_name_is_the_body_its_document_names_in_full_after_a_place():
    f = run(
        "Council report",
        "",
        "The Street Safety Group reports to the Safe City Partnership.",
        "",
        "The Westby Safe City Partnership is accountable to the Kelby Board.",  # a place written once
    )
    resolved = resolve([f])
    assert entity_key(resolved, "Safe City Partnership") == entity_key(
        resolved, "Westby Safe City Partnership"
    )
    assert any(
        m.startswith("generic name of the document's own body")
        for e in resolved.entities.values()
        for m in e.merges
    )
