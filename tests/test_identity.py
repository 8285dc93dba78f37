"""Identity scoped to its council: a name with a proper noun is one entity across documents; a generic
name belongs to its council's area and never merges with another council's. Every text is invented."""

from __future__ import annotations

from ingest.model import Kind
from ingest.pipeline import extract
from ingest.resolve import resolve

NORTHTOWN = """NORTHTOWN COMMUNITY SAFETY PARTNERSHIP
Minutes of the meeting held on 3 May 2023

Present:
Jane Doe - Northtown Borough Council (Chair)
Amir Khan - Northshire Police

The Executive Group reports to the Northtown Community Safety Partnership.
The Northtown Joint Action Group (JAG) reports to the Northtown Community Safety Partnership.
Northtown Borough Council and Northtown Homes sit on the Northtown Community Safety Partnership.
"""

NORTHTOWN_LATER = """NORTHTOWN COMMUNITY SAFETY PARTNERSHIP
Minutes of the meeting held on 6 September 2023

Present:
Jane Doe - Northtown Borough Council (Chair)
Councillor Moore - Northtown Borough Council

The Youth Forum reports to the Executive Group.
The JAG reports to the Northtown Community Safety Partnership.
"""

WESTVALE = """WESTVALE SAFER COMMUNITIES BOARD
Minutes of the meeting held on 4 May 2023

Present:
Ann Lee - Westvale City Council (Chair)
Councillor Moore - Westvale City Council

The Executive Group reports to the Westvale Safer Communities Board.
Northshire Police and Westvale City Council sit on the Westvale Safer Communities Board.
"""


def resolved():
    return resolve(
        [extract(n, t) for n, t in [("n1.txt", NORTHTOWN), ("n2.txt", NORTHTOWN_LATER), ("w.txt", WESTVALE)]]
    )


def keys(r, name: str, kind: Kind | None = None) -> set[str]:
    return {k for m, k in r.key_of.items() if m.name == name and (kind is None or m.kind is kind)}


def test_a_generic_name_is_one_entity_per_council_area():
    r = resolved()
    executive = keys(r, "Executive Group")
    assert len(executive) == 2  # Northtown's (both its documents) and Westvale's
    documents = {frozenset(ev.document for ev in r.entities[k].evidence) for k in executive}
    assert frozenset({"w.txt"}) in documents


def test_a_name_with_a_proper_noun_is_one_entity_across_documents():
    r = resolved()
    assert len(keys(r, "Northtown Borough Council")) == 1
    assert len(keys(r, "Northshire Police")) == 1


def test_a_surname_with_a_title_alone_is_not_merged_across_councils():
    r = resolved()
    assert len(keys(r, "Councillor Moore", Kind.PERSON)) == 2


def test_an_acronym_defined_once_is_the_named_body_in_the_council_s_other_papers():
    r = resolved()
    (jag,) = keys(r, "JAG")
    assert r.entities[jag].label == "Northtown Joint Action Group"
    assert jag in keys(r, "Northtown Joint Action Group")


def test_the_body_a_document_is_titled_after_is_its_generic_name_in_the_text():
    text = "Westvale Public Services Board\n\nThe Public Services Board is scrutinised by the Westvale Scrutiny Committee.\n"
    r = resolve([extract("psb.txt", text)])
    (board,) = keys(r, "Westvale Public Services Board")
    assert r.entities[board].label == "Westvale Public Services Board"
    assert not keys(r, "Public Services Board")


def test_public_bodies_of_the_four_nations_known_by_their_initials():
    from ingest.names import kind_of

    assert kind_of("Westvale PCSP") is Kind.PARTNERSHIP
    assert kind_of("Northvale HSCP") is Kind.PARTNERSHIP
    assert kind_of("SFRS") is Kind.SERVICE


def test_an_acronym_of_a_body_s_last_words_is_that_body_within_its_document():
    facts = extract(
        "t.txt",
        "Carrowbeg and Glenanne Policing and Community Safety Partnership\n\n"
        "Carrowbeg and Glenanne District Council will contribute £45,000 towards the PCSP's staffing costs.\n"
        "The Carrowbeg and Glenanne Policing and Community Safety Partnership is made up of Carrowbeg Council "
        "and the Police Service of Northern Ireland.\n",
    )
    entities = resolve([facts]).entities.values()
    assert [e.aliases for e in entities if "PCSP" in e.aliases] == [
        {"PCSP", "Carrowbeg and Glenanne Policing and Community Safety Partnership"}
    ]


def test_a_plan_owned_in_prose_is_one_entity_with_the_plan_its_priorities_belong_to():
    facts = extract(
        "t.txt",
        "Kelby Community Safety Plan 2025-28\n\n"
        "Our priorities are:\n\n- Reducing burglary\n- Road safety\n\n"
        "The Kelby Community Safety Plan 2025-28 will be delivered by the Kelby Safer Board.\n",
    )
    plans = [
        e for e in resolve([facts]).entities.values() if e.label == "Kelby Community Safety Plan 2025-28"
    ]
    assert len(plans) == 1


def test_a_generic_group_is_the_one_the_page_names_with_its_words_in_lower_case():
    """'your Community Safety Partnership' on a page saying '… part of the Safer Westby community safety
    partnership': one partnership, named in full."""
    from ingest.pipeline import extract
    from ingest.resolve import resolve

    text = "\n".join(
        [
            "Community safety",
            "Who make up your Community Safety Partnership?",
            "Westby District Council works closely with representatives from:",
            "- Northshire Police",
            "- Northshire Fire and Rescue Service",
            "Westby District Council works as part of the Safer Westby community safety partnership to reduce crime.",
        ]
    )
    resolved = resolve([extract("t.txt", text + "\n")])
    groups = {c.object.name for d in resolved.documents for c in d.claims if c.rel.name == "MEMBER"}
    assert groups == {"Safer Westby Community Safety Partnership"}


WEST_DISTRICT = """WEST NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP
Minutes of the meeting held on 3 May 2023

Present:
Jane Doe - West Northshire Borough Council (Chair)
Amir Khan - Northshire Constabulary

The West Northshire Youth Forum reports to the CSP.
Northshire County Council and Northshire Fire and Rescue Service sit on the CSP.
"""

EAST_DISTRICT = """Community Safety Partnership

The Community Safety Partnership is made up of Eastby Borough Council, Northshire County Council,
Northshire Constabulary, Northshire Fire and Rescue Service and the Northshire Police and Crime Commissioner.
The Youth Panel reports to the CSP.
"""


def test_a_district_titled_by_its_place_keeps_its_partnership_apart_from_a_neighbour_named_by_the_county():
    """A district's minutes titled 'WEST NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP' and a neighbouring
    district's page titled 'Community Safety Partnership' whose bodies name the county most: the area of the
    first is its title's place ('West Northshire'), so the second's generic partnership stays its own."""
    r = resolve([extract("west.txt", WEST_DISTRICT), extract("east.txt", EAST_DISTRICT)])
    west = keys(r, "WEST NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP") | keys(
        r, "West Northshire Community Safety Partnership"
    )
    generic = keys(r, "Community Safety Partnership")
    assert west and generic and not west & generic


def test_two_councils_community_chests_are_two_funds():
    """'Community Chest' is a generic fund's name: each council's grants from it stay that council's."""
    north = (
        "NORTHTOWN DISTRICT COUNCIL\nCommunity Chest grants\n\nNorthtown District Council awarded grants from the "
        "Community Chest as follows:\n\nNorthtown Scouts - £500\nNorthtown Youth Club - £750\n"
    )
    west = (
        "WESTVALE BOROUGH COUNCIL\nCommunity Chest grants\n\nWestvale Borough Council awarded grants from the "
        "Community Chest as follows:\n\nWestvale Choir - £300\nWestvale Foodbank - £900\n"
    )
    r = resolve([extract("n.txt", north), extract("w.txt", west)])
    chests = keys(r, "Community Chest")
    assert len(chests) == 2
