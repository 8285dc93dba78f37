"""The HTTP contract (../shared/eval/README.md) against the fixture's known facts."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import BASE, LINES, TestClient

from api.app import create_app
from graph import queries
from graph.errors import BadRequest
from graph.settings import Settings
from graph.store import EmbeddedStore

API = "/api/v1"


def get(client, path: str, status: int = 200, **params):
    response = client.get(API + path, params=params)
    assert response.status_code == status, response.text
    return response.json()


def ids(items) -> list[str]:
    return [item["id"] for item in items]


def quoted_lines(item) -> set[int]:
    """The lines an item's evidence quotes; every quote must stand on the lines it names."""
    assert item["evidence"], item
    lines = set()
    for ev in item["evidence"]:
        assert set(ev) == {"document", "line_start", "line_end", "quote"}
        assert ev["document"] == "csp-report.txt"
        span = "\n".join(LINES[ev["line_start"] - 1 : ev["line_end"]])
        assert ev["quote"] and ev["quote"] in span, ev
        lines.update(range(ev["line_start"], ev["line_end"] + 1))
    return lines


# ---------------------------------------------------------------- search


@pytest.mark.parametrize(
    ("text", "top"),
    [
        ("Charnwood Borough Council", "org-charnwood-borough-council"),
        ("CBC", "org-charnwood-borough-council"),
        ("charnwood borough council.", "org-charnwood-borough-council"),
        ("Charnwod Borough Council", "org-charnwood-borough-council"),
        ("CSP", "partnership-charnwood-csp"),
        ("the Joint Action Group", "group-jag"),
        ("LWA", "org-living-without-abuse"),
        ("PI 1.4", "action-pi-1-4"),
        ("ERM2-NS(1)", "indicator-erm2"),
        ("ERM2 - NS (1)", "indicator-erm2"),
        ("KI4", "indicator-ki4"),
        ("youth", "group-youth-jag"),
        ("Office of the Police & Crime Commissioner", "org-opcc"),
    ],
)
def test_search_ranks_the_named_entity_first(client, text, top):
    results = get(client, "/search", q=text, limit=5)["results"]
    assert results and results[0]["id"] == top
    assert {"id", "label", "type", "aliases", "code"} <= set(results[0])


def test_search_entity_fields_and_limit(client):
    results = get(client, "/search", q="CSP", limit=1)["results"]
    assert results == [
        {
            "id": "partnership-charnwood-csp",
            "label": "Charnwood Community Safety Partnership",
            "type": "partnership",
            "aliases": ["CSP", "Charnwood CSP"],
            "code": None,
            "documents": ["csp-report.txt"],
        }
    ]
    assert len(get(client, "/search", q="jag", limit=2)["results"]) == 2


def test_search_prefers_exact_over_containment(client):
    results = get(client, "/search", q="JAG")["results"]
    assert ids(results)[:2] == ["group-jag", "group-youth-jag"]


# ---------------------------------------------------------------- entities


def test_entity_page_of_a_person(client):
    page = get(client, "/entities/person-tim-mccabe")
    assert (page["id"], page["label"], page["type"]) == ("person-tim-mccabe", "Tim McCabe", "person")
    assert ids(page["posts"]) == ["post-community-safety-manager"]
    assert quoted_lines(page["posts"][0]) == {8}
    assert ids(page["organisations"]) == ["org-charnwood-borough-council"]  # through the post
    assert quoted_lines(page["organisations"][0]) == {8}
    assert page["replaced_by"] == [] and page["replaces"] == []


def test_entity_page_direct_affiliation_and_replacement(client):
    jane = get(client, "/entities/person-jane-smith")
    assert ids(jane["organisations"]) == ["org-charnwood-borough-council"]
    assert quoted_lines(jane["organisations"][0]) == {7}
    old = get(client, "/entities/group-safer-communities-board")
    assert ids(old["replaced_by"]) == ["group-strategic-group"]
    assert quoted_lines(old["replaced_by"][0]) == {14}
    new = get(client, "/entities/group-strategic-group")
    assert ids(new["replaces"]) == ["group-safer-communities-board"]


# ---------------------------------------------------------------- who owns, groups


def test_who_owns(client):
    got = get(client, "/who-owns", item="action-pi-1-4")
    assert got["item"]["code"] == "PI 1.4"
    assert ids(got["responsible"]) == ["person-tim-mccabe"]
    assert ids(got["contributors"]) == ["org-leicestershire-police"]
    assert quoted_lines(got["responsible"][0]) == quoted_lines(got["contributors"][0]) == {9}


def test_members_with_roles(client):
    got = get(client, "/groups/partnership-charnwood-csp/members")
    members = {m["member"]["id"]: m for m in got["members"]}
    assert set(members) == {
        "org-charnwood-borough-council",
        "org-leicestershire-police",
        "org-living-without-abuse",
    }
    assert members["org-living-without-abuse"]["role"] == "voluntary sector partner"
    assert quoted_lines(members["org-living-without-abuse"]) == {3}


@pytest.mark.parametrize(
    "role",
    ["responsible authority", "Responsible Authorities", "responsible-authority", "RESPONSIBLE AUTHORITY."],
)
def test_members_role_filter_folds_case_punctuation_and_plurals(client, role):
    got = get(client, "/groups/partnership-charnwood-csp/members", role=role)
    assert sorted(m["member"]["id"] for m in got["members"]) == [
        "org-charnwood-borough-council",
        "org-leicestershire-police",
    ]
    assert all(quoted_lines(m) == {2} for m in got["members"])


def test_members_role_filter_without_match(client):
    assert get(client, "/groups/partnership-charnwood-csp/members", role="treasurer")["members"] == []


def test_structure_of_a_partnership(client):
    got = get(client, "/groups/partnership-charnwood-csp/structure")
    assert got["parents"] == [] and got["reports_to"] == []
    assert ids(got["subgroups"]) == ["group-jag", "group-youth-jag"]  # every level below
    assert [quoted_lines(s) for s in got["subgroups"]] == [{4}, {5}]
    assert ids(got["chairs"]) == ["person-jane-smith"]
    assert quoted_lines(got["chairs"][0]) == {7}


def test_structure_of_a_sub_group(client):
    got = get(client, "/groups/group-jag/structure")
    assert ids(got["parents"]) == ["partnership-charnwood-csp"]
    assert ids(got["subgroups"]) == ["group-youth-jag"]
    assert ids(got["reports_to"]) == ["group-strategic-group"]
    assert quoted_lines(got["reports_to"][0]) == {6}
    assert ids(get(client, "/groups/group-youth-jag/structure")["parents"]) == ["group-jag"]


# ---------------------------------------------------------------- funding


def test_funding_from_a_funder(client):
    (flow,) = get(client, "/funding", funder="org-opcc")["flows"]
    assert flow["recipient"]["id"] == "fund-locality-funding"
    assert (flow["amount"], flow["currency"], flow["period"], flow["via"]) == (
        75500.0,
        "GBP",
        "2019/20",
        None,
    )
    assert quoted_lines(flow) == {10}


def test_funding_to_a_recipient(client):
    (flow,) = get(client, "/funding", recipient="project-street-pastors")["flows"]
    assert flow["funder"]["id"] == "fund-locality-funding"
    assert flow["amount"] == 5000.0
    assert quoted_lines(flow) == {11}


def test_funding_between_two_directly(client):
    (flow,) = get(client, "/funding", funder="fund-locality-funding", recipient="project-street-pastors")[
        "flows"
    ]
    assert flow["amount"] == 5000.0 and flow["via"] is None


def test_funding_routed_through_the_funders_programme(client):
    (flow,) = get(client, "/funding", funder="org-opcc", recipient="project-street-pastors")["flows"]
    assert flow["funder"]["id"] == "org-opcc"
    assert flow["via"]["id"] == "fund-locality-funding"
    assert flow["amount"] == 5000.0
    assert quoted_lines(flow) == {10, 11}


def test_funding_without_flows(client):
    assert get(client, "/funding", funder="org-leicestershire-police")["flows"] == []


# ---------------------------------------------------------------- priorities, indicators


def test_priorities_of_a_plan(client):
    got = get(client, "/priorities", of="plan-community-safety-plan")
    assert ids(got["priorities"]) == ["priority-reducing-asb"]
    assert quoted_lines(got["priorities"][0]) == {12}


def test_priorities_of_a_partnership_through_its_plan(client):
    got = get(client, "/priorities", of="partnership-charnwood-csp")
    assert ids(got["priorities"]) == ["priority-reducing-asb"]


KI4_ROW = {
    "code": "KI4",
    "status": "red",  # Quarter 3's status, not Quarter 1's green
    "target": 50.0,
    "actual": 43.84,  # Quarter 3's actual
    "baseline": None,
    "observations": [
        {"period": "Quarter 1", "value": 45.74},
        {"period": "Quarter 2", "value": 44.51},
        {"period": "Quarter 3", "value": 43.84},
    ],
}


@pytest.mark.parametrize(
    "params",
    [
        {"of": "priority-reducing-asb"},
        {"of": "plan-community-safety-plan"},  # through the priority it measures
        {"q": "indicator-ki4"},
        {"q": "KI4"},
        {"q": "household waste recycled"},
        {"of": "plan-community-safety-plan", "q": "KI4"},
    ],
)
def test_indicators(client, params):
    (row,) = get(client, "/indicators", **params)["indicators"]
    assert row["indicator"]["id"] == "indicator-ki4"
    assert {k: row[k] for k in KI4_ROW} == KI4_ROW
    assert quoted_lines(row) == {13}


def test_indicators_by_code_with_spaces_and_without_observations(client):
    (row,) = get(client, "/indicators", q="ERM2-NS (1)")["indicators"]
    assert row["indicator"]["id"] == "indicator-erm2" and row["code"] == "ERM2 - NS(1)"
    assert row["status"] is None and row["observations"] == []
    assert quoted_lines(row) == {16}  # where the indicator is named


def test_indicators_of_something_else_and_of_nothing(client):
    assert get(client, "/indicators", of="plan-community-safety-plan", q="ERM2")["indicators"] == []
    assert get(client, "/indicators", of="org-opcc")["indicators"] == []


# ---------------------------------------------------------------- errors


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"] and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and isinstance(body["error"]["message"], str)


@pytest.mark.parametrize(
    "path",
    [
        "/entities/nope",
        "/entities/Org%20Charnwood",
        "/who-owns?item=nope",
        "/who-owns?item=x%22%20%7C%7C%20true",
        "/groups/nope/members",
        "/groups/nope/structure",
        "/funding?funder=nope",
        "/priorities?of=nope",
        "/indicators?of=nope",
        "/entities/" + "a" * 300,
    ],
)
def test_unknown_ids_are_404(client, path):
    assert_error(client.get(API + path), 404, "not_found")


@pytest.mark.parametrize(
    "path",
    [
        "/search",
        "/search?q=",
        "/search?q=%20%20",
        "/search?q=x&limit=0",
        "/search?q=x&limit=51",
        "/search?q=x&limit=many",
        "/search?q=a%00b",
        "/search?q=" + "x" * 10_000,
        "/who-owns",
        "/funding",
        "/indicators",
        "/priorities",
        "/groups/partnership-charnwood-csp/members?role=",
    ],
)
def test_bad_parameters_are_422(client, path):
    response = client.get(API + path)
    assert response.status_code == 422
    assert_error(response, 422, response.json()["error"]["code"])
    assert response.json()["error"]["code"] in {"invalid_request", "bad_request"}


def test_unknown_route_and_method(client):
    assert_error(client.get(API + "/nothing"), 404, "not_found")
    assert_error(client.post(API + "/search?q=x"), 405, "method_not_allowed")


INJECTIONS = [
    'x" || true || "',
    "x\\u0022 || true || \\u0022",
    "x' } ; DROP ALL ; #",
    "<https://example.org/id/org-opcc>",
    ".*",
    "(zz+)+$",
    "[",
    "\\",
    "%",
    "?q",
    "\ufeff\u200b",
    "\uff23\uff22\uff23",  # full-width CBC
    "\ufffd\ufffd",
    "x" * 500,
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_search_injection_like_text_is_plain_text(client, text):
    response = client.get(API + "/search", params={"q": text})
    assert response.status_code == 200, response.text
    if text != "\uff23\uff22\uff23":  # full-width letters fold to a real name (the next tests)
        assert response.json()["results"] == []


@pytest.mark.parametrize("text", INJECTIONS)
def test_other_text_parameters_are_plain_text(client, text):
    too_long = len(text) > 200  # role and item are capped; over the cap is a 422, not a 500
    for path, params, expected in [
        ("/indicators", {"q": text}, 200),
        ("/groups/partnership-charnwood-csp/members", {"role": text}, 422 if too_long else 200),
        ("/who-owns", {"item": text}, 422 if too_long else 404),  # names nothing
    ]:
        response = client.get(API + path, params=params)
        assert response.status_code == expected, (path, response.text)


def test_full_width_letters_fold_to_ascii(client):
    assert (
        ids(get(client, "/search", q="\uff23\uff22\uff23")["results"])[0] == "org-charnwood-borough-council"
    )


def test_lone_surrogate_and_nul_are_bad_requests(settings):
    store = EmbeddedStore(settings.store)
    for text in ("a\ud800b", "a\x00b", "", " "):
        with pytest.raises(BadRequest):
            queries.search(store, BASE, text, 5)


def test_bind_only_takes_terms():
    query = "SELECT * WHERE { #VALUES# ?s ?p ?o }"
    bound = queries.bind(query, s=ox.NamedNode(BASE + "a"), o=ox.Literal('x" } ; DROP ALL ; {'))
    assert bound.startswith(
        'SELECT * WHERE { VALUES (?s ?o) { (<https://example.org/id/a> "x\\" } ; DROP ALL'
    )
    with pytest.raises(TypeError):
        queries.bind(query, s='<a> } ; DROP ALL ; {"')
    with pytest.raises(TypeError):
        queries.bind(query, **{"s ?x": ox.Literal("x")})


def test_unexpected_errors_are_a_logged_generic_500(settings, monkeypatch):
    from graph import workers

    monkeypatch.setattr(workers, "HANDLER", "worker_handlers:failing_search")  # the REST reads' workers
    with TestClient(create_app(settings), raise_server_exceptions=False) as failing:
        response = failing.get(API + "/search", params={"q": "x"})
    assert_error(response, 500, "internal_error")
    assert "secret" not in response.text


def test_missing_store_is_503(tmp_path):
    with TestClient(create_app(Settings(store=str(tmp_path / "none")))) as empty:
        assert_error(empty.get(API + "/search", params={"q": "x"}), 503, "store_missing")
        assert_error(empty.get("/health"), 503, "store_missing")


# ---------------------------------------------------------------- health, docs


def test_health(client):
    got = client.get("/health").json()
    assert got["status"] == "ok" and got["quads"] > 100 and got["build"]
    assert get(client, "/health") == got


def test_openapi_documents_the_contract(client):
    spec = client.get("/openapi.json").json()
    for path in [
        "/search",
        "/entities/{entity_id}",
        "/who-owns",
        "/groups/{group_id}/members",
        "/groups/{group_id}/structure",
        "/funding",
        "/priorities",
        "/indicators",
        "/health",
    ]:
        assert API + path in spec["paths"], path
    schemas = spec["components"]["schemas"]
    assert {"EntityOut", "EvidenceOut", "WhoOwnsOut", "FundingFlowOut", "IndicatorsOut", "ErrorOut"} <= set(
        schemas
    )
    assert client.get("/docs").status_code == 200
