"""The HTML browser, the pictures' routes and their JSON twins, through TestClient.

Known answers come from the hand-written fixture (conftest); a store built from the seed corpus
checks that every page and picture renders and agrees with its JSON twin; a store built by the real
pipeline from a document full of hostile names checks that none of it becomes markup.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import lxml.html
import pytest
from conftest import BASE, CORPUS_BASE, DOC, LINES, TEXT, TestClient
from starlette.routing import Match

from api.app import create_app
from graph.build import build
from graph.settings import Settings
from ingest.model import Claim, DocumentFacts, Entity, Evidence, Kind, Mention, Rel, Resolved
from ingest.pipeline import ingest_paths

HOSTILE_SCRIPT = "</script><script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
# Entities in the text are decoded once by the reader, so the names below reach the graph as markup.
HOSTILE_TEXT = """Hostile Partnership Action Plan 2019/20 &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;

The Hostile Partnership is chaired by Councillor Jane Smith.

\tPerformance indicator/ Action required\tPerformance measure\tResponsible\tTarget Date\tUpdate\tStatus
PI 1.1\t&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Ensure policies are reviewed\tAnnual review completed\tTim McCabe\tQ4 2019/20\tDone\t
PI 1.2\t&lt;img src=x onerror=alert(1)&gt; Promote the referral process, see href\t100% of cases referred\tTim McCabe\tOngoing\tDue\t
PI 1.3\tTrain staff in &lt;a href="javascript:alert(1)"&gt;safeguarding&lt;/a&gt;\tSilver e-learning\tTim McCabe\tOngoing\tDue\t

Partnership Locality Fund \u2013 the OPCC has allocated specific sums of money to all Partnerships.

\tFunding Received\tFunding Allocated
Police and Crime Commissioner Locality Funding\t\u00a375,500\t
&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt; Street Pastors\t\t\u00a33,000
Mediation href project\t\t\u00a31,000
"""
HOSTILE_DOC = "hostile-report.txt"


def build_hostile(directory: Path) -> str:
    """A store built by the real pipeline from :data:`HOSTILE_TEXT`; returns its path."""
    docs = directory / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / HOSTILE_DOC).write_text(HOSTILE_TEXT, encoding="utf-8")
    store = directory / "store"
    build(ingest_paths([docs]), str(store), BASE)
    return str(store)


def html_of(response):
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def picture(response) -> dict:
    (script,) = html_of(response).xpath('//script[@id="pgraph-data"]')
    return json.loads(script.text)


def get_json(client, path: str, status: int = 200, **params):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text[:500]
    return response.json()


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    store = build_hostile(tmp_path_factory.mktemp("hostile"))
    with TestClient(create_app(Settings(store=store, base_iri=BASE))) as client:
        yield client


@pytest.fixture(scope="module")
def corpus_client(corpus_store_path):
    with TestClient(create_app(Settings(store=corpus_store_path, base_iri=CORPUS_BASE))) as client:
        yield client


# ---------------------------------------------------------------- two dated documents


def _dated() -> Resolved:
    texts = {
        "plan-2015.txt": ("Youth Plan 2015", "The Youth Board is a sub-group of the Safer Partnership."),
        "report-2020.txt": ("Annual report 2020/21", "Jane Smith chairs the Safer Partnership."),
    }
    entities = {
        "group-youth-board": Entity("group-youth-board", Kind.GROUP, "Youth Board"),
        "partnership-safer": Entity("partnership-safer", Kind.PARTNERSHIP, "Safer Partnership"),
        "person-jane-smith": Entity("person-jane-smith", Kind.PERSON, "Jane Smith"),
    }
    mentions = {key: Mention(e.label, e.kind) for key, e in entities.items()}
    docs = []
    for (name, (title, line)), (s, rel, o) in zip(
        texts.items(),
        [
            ("group-youth-board", Rel.SUBGROUP_OF, "partnership-safer"),
            ("person-jane-smith", Rel.CHAIR, "partnership-safer"),
        ],
        strict=True,
    ):
        text = f"{title}\n{line}\n"
        claim = Claim(mentions[s], rel, mentions[o], Evidence(name, 2, 2, line), "test")
        docs.append(DocumentFacts(name, title, text, [claim]))
    return Resolved(docs, entities, {m: k for k, m in mentions.items()})


@pytest.fixture(scope="module")
def dated_client(tmp_path_factory):
    store = tmp_path_factory.mktemp("dated") / "store"
    build(_dated(), str(store), BASE)
    with TestClient(create_app(Settings(store=str(store), base_iri=BASE))) as client:
        yield client


# ---------------------------------------------------------------- home and search


def test_home_searches_and_links_results_to_entity_pages(client):
    page = html_of(client.get("/", params={"q": "CSP"}))
    links = page.xpath("//ol[@class='results']/li/a/@href")
    assert links[0] == "/entities/partnership-charnwood-csp"
    assert page.xpath("string(//ol[@class='results']/li[1]/a)") == "Charnwood Community Safety Partnership"
    documents = page.xpath("//table//td/a/@href")
    assert documents == [f"/documents/{DOC}"]
    assert "/viz/structure/partnership-charnwood-csp" in page.xpath("//a/@href")


@pytest.mark.parametrize(("q", "status"), [("\x00", 200), ("x" * 600, 422)])
def test_home_with_unusable_search_text_says_so_in_a_page(client, q, status):
    response = client.get("/", params={"q": q})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")  # never the API's JSON
    assert lxml.html.fromstring(response.text).xpath("//p[@class='error']")  # says what is wrong


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/viz/entity/group-jag", {"radius": "9"}),
        ("/viz/network", {"start": "x" * 40}),
        ("/sparql-ui", {"format": "pdf"}),
        ("/review", {"as_at": "not a date"}),
    ],
)
def test_bad_parameters_on_a_page_answer_an_html_error_page(client, path, params):
    response = client.get(path, params=params, headers={"Accept": "application/json"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert lxml.html.fromstring(response.text).xpath("//p[@class='error'][@data-code='invalid_request']")


def test_home_without_a_query_lists_no_results(client):
    page = html_of(client.get("/"))
    assert not page.xpath("//ol[@class='results']")
    assert get_json(client, "/api/v1/overview")["counts"]["group"] == 4


# ---------------------------------------------------------------- entity pages


def relation_items(page, relation: str) -> list:
    (section,) = page.xpath(f"//section[@data-relation='{relation}']")
    return section.xpath(".//ul[@class='facts']/li")


def test_entity_page_groups_every_fact_by_relation_with_evidence(client):
    page = html_of(client.get("/entities/group-jag"))
    assert page.xpath("string(//h1)").startswith("Joint Action Group")
    assert page.xpath("//span[@class='chip']/text()")[:1] == ["JAG"]
    relations = page.xpath("//section/@data-relation")
    assert {"sub-group of", "reports to", "sub-groups"} <= set(relations)
    (parent,) = relation_items(page, "sub-group of")
    assert parent.xpath("./a/@href") == ["/entities/partnership-charnwood-csp"]
    assert parent.xpath("string(.//blockquote)").startswith(f"“{LINES[3]}”")
    assert parent.xpath(".//cite/a/@href") == [f"/documents/{DOC}#L4"]
    (child,) = relation_items(page, "sub-groups")
    assert child.xpath("./a/@href") == ["/entities/group-youth-jag"]
    assert child.xpath(".//cite/a/@href") == [f"/documents/{DOC}#L5"]
    (boss,) = relation_items(page, "reports to")
    assert boss.xpath("./a/@href") == ["/entities/group-strategic-group"]
    assert page.xpath("//iframe/@src") == ["/viz/entity/group-jag?embed=true"]


def test_entity_page_shows_roles_amounts_and_observations(client):
    page = html_of(client.get("/entities/partnership-charnwood-csp"))
    members = {
        li.xpath("string(./a)"): li.xpath("string(./span[@class='chip'])")
        for li in relation_items(page, "members")
    }
    assert members["Living Without Abuse"] == "voluntary sector partner"
    assert members["Charnwood Borough Council"] == "responsible authority"
    (chair,) = relation_items(page, "chairs")
    assert chair.xpath("./a/@href") == ["/entities/person-jane-smith"]
    fund = html_of(client.get("/entities/fund-locality-funding"))
    (given,) = relation_items(fund, "funded by")
    assert given.xpath("string(./span[@class='chip'])") == "£75,500 2019/20"
    (gave,) = relation_items(fund, "funds")
    assert gave.xpath("./a/@href") == ["/entities/project-street-pastors"]
    ki4 = html_of(client.get("/entities/indicator-ki4"))
    actual = [li.xpath("string(./span[@class='chip'])") for li in relation_items(ki4, "actual")]
    assert actual == ["45.74 (Quarter 1)", "44.51 (Quarter 2)", "43.84 (Quarter 3)"]
    status = [li.xpath("string(./span[@class='chip'])") for li in relation_items(ki4, "status")]
    assert status == ["green (Quarter 1)", "red (Quarter 3)"]


def test_entity_facts_json_twin_matches_the_page(client):
    data = get_json(client, "/api/v1/entities/group-jag/facts")
    assert data["entity"]["id"] == "group-jag"
    by_relation = {g["relation"]: g for g in data["groups"]}
    assert [i["entity"]["id"] for i in by_relation["sub-groups"]["items"]] == ["group-youth-jag"]
    assert by_relation["sub-groups"]["direction"] == "in"
    assert by_relation["reports to"]["items"][0]["evidence"] == [
        {"document": DOC, "line_start": 6, "line_end": 6, "quote": LINES[5]}
    ]
    page = html_of(client.get("/entities/group-jag"))
    assert sorted(page.xpath("//section/@data-relation")) == sorted(by_relation)
    assert data["mentions"] and data["mentions"][0]["document"] == DOC


def test_unknown_entity_is_a_404_page(client):
    response = client.get("/entities/no-such-thing")
    assert response.status_code == 404
    page = lxml.html.fromstring(response.text)
    assert page.xpath("//p[@class='error']/@data-code") == ["not_found"]
    assert get_json(client, "/api/v1/entities/no-such-thing/facts", 404)["error"]["code"] == "not_found"


# ---------------------------------------------------------------- documents


def test_document_page_has_the_text_with_line_anchors_and_its_facts(client):
    page = html_of(client.get(f"/documents/{DOC}"))
    lines = page.xpath("//div[@class='text']/div")
    assert [d.get("id") for d in lines] == [f"L{i}" for i in range(1, len(LINES) + 1)]
    assert [d.xpath("string(./span)") for d in lines] == LINES
    assert lines[3].get("class") == "ev"  # line 4 is cited
    rows = page.xpath("//table[@class='doc-facts']/tbody/tr")
    facts = [
        (r.xpath("string(./td[1])"), r.xpath("string(./td[3])"), r.xpath("./td[2]/a/@href")) for r in rows
    ]
    assert ("4", "sub-group of", ["/entities/group-jag"]) in facts
    assert ("10", "funds", ["/entities/org-opcc"]) in facts
    assert [int(f[0]) for f in facts] == sorted(int(f[0]) for f in facts)
    assert rows[0].xpath("./td[1]/a/@href") == [f"#L{facts[0][0]}"]


def test_document_json_twin(client):
    data = get_json(client, f"/api/v1/documents/{DOC}")
    assert data["text"] == TEXT and data["title"] == "CSP annual report"
    assert all(f["evidence"]["quote"] in LINES[f["evidence"]["line_start"] - 1] for f in data["facts"])
    sub = [f for f in data["facts"] if f["relation"] == "sub-group of"]
    assert {(f["subject"]["id"], f["object"]["id"]) for f in sub} == {
        ("group-jag", "partnership-charnwood-csp"),
        ("group-youth-jag", "group-jag"),
    }
    members = {f["subject"]["id"]: f["value"] for f in data["facts"] if f["relation"] == "member of"}
    assert members["org-living-without-abuse"] == "voluntary sector partner"
    assert get_json(client, "/api/v1/documents") == [
        {"name": DOC, "title": "CSP annual report", "date": None, "span": None}
    ]


@pytest.mark.parametrize("name", ["nope.txt", "../../etc/passwd", "x" * 400, '" || true || "'])
def test_unknown_documents_are_404(client, name):
    assert client.get("/documents/" + quote(name, safe="")).status_code == 404
    assert client.get("/api/v1/documents/" + quote(name, safe="")).status_code == 404


# ---------------------------------------------------------------- pictures and their data


def test_network_picture_matches_its_json_twin_and_the_graph(client):
    data = get_json(client, "/api/v1/viz/network")
    assert len(data["nodes"]) == len(ENTITIES_OF_FIXTURE)
    assert {n["id"] for n in data["nodes"]} == ENTITIES_OF_FIXTURE
    shown = picture(client.get("/viz/network"))
    assert sorted(n["id"] for n in shown["nodes"]) == sorted(n["id"] for n in data["nodes"])
    assert len(shown["edges"]) == len(data["edges"]) == 17 + 2  # the claims and the two flows
    funds = [e for e in data["edges"] if e["relation"] == "funds"]
    assert {(e["source"], e["target"], e["amount"]) for e in funds} == {
        ("org-opcc", "fund-locality-funding", 75500.0),
        ("fund-locality-funding", "project-street-pastors", 5000.0),
    }


ENTITIES_OF_FIXTURE = {
    "org-charnwood-borough-council",
    "org-leicestershire-police",
    "org-living-without-abuse",
    "org-opcc",
    "partnership-charnwood-csp",
    "group-jag",
    "group-youth-jag",
    "group-strategic-group",
    "group-safer-communities-board",
    "person-jane-smith",
    "person-tim-mccabe",
    "post-community-safety-manager",
    "action-pi-1-4",
    "fund-locality-funding",
    "project-street-pastors",
    "plan-community-safety-plan",
    "priority-reducing-asb",
    "indicator-ki4",
    "indicator-erm2",
}


def test_network_filters_by_type_plan_and_document(client):
    people = get_json(client, "/api/v1/viz/network", type=["person", "post"])
    assert {n["id"] for n in people["nodes"]} == {
        "person-jane-smith",
        "person-tim-mccabe",
        "post-community-safety-manager",
    }
    assert [(e["source"], e["target"]) for e in people["edges"]] == [
        ("person-tim-mccabe", "post-community-safety-manager")
    ]
    plan = get_json(client, "/api/v1/viz/network", plan="plan-community-safety-plan")
    ids = {n["id"] for n in plan["nodes"]}
    assert {
        "plan-community-safety-plan",
        "priority-reducing-asb",
        "indicator-ki4",
        "partnership-charnwood-csp",
    } <= ids
    assert "person-tim-mccabe" not in ids and "project-street-pastors" not in ids
    doc = get_json(client, "/api/v1/viz/network", document=DOC)
    assert len(doc["edges"]) == 19
    page = html_of(
        client.get("/viz/network", params={"type": ["person"], "plan": "plan-community-safety-plan"})
    )
    assert page.xpath("//form//input[@checked]/@value") == ["person"]
    assert page.xpath("//form//select[@name='plan']/option[@selected]/@value") == [
        "plan-community-safety-plan"
    ]


def test_network_filters_by_date_through_the_documents(dated_client):
    everything = get_json(dated_client, "/api/v1/viz/network")
    assert len(everything["edges"]) == 2
    recent = get_json(dated_client, "/api/v1/viz/network", start="2019")
    assert [(e["source"], e["relation"]) for e in recent["edges"]] == [("person-jane-smith", "chair of")]
    assert {n["id"] for n in recent["nodes"]} == {"person-jane-smith", "partnership-safer"}
    old = get_json(dated_client, "/api/v1/viz/network", start="2014-06", end="2016")
    assert [e["relation"] for e in old["edges"]] == ["sub-group of"]
    assert get_json(dated_client, "/api/v1/viz/network", start="2030")["nodes"] == []
    assert get_json(dated_client, "/api/v1/documents")[0]["span"] == ["2015-01-01", "2015-12-31"]
    assert dated_client.get("/viz/network", params={"start": "2020", "end": "2019"}).status_code == 422


def test_neighbourhood_grows_with_the_radius(client):
    one = get_json(client, "/api/v1/viz/entity", id="group-jag", radius=1)
    assert one["centre"]["id"] == "group-jag"
    assert {n["id"] for n in one["nodes"]} == {
        "group-jag",
        "partnership-charnwood-csp",
        "group-youth-jag",
        "group-strategic-group",
    }
    assert {n["id"]: n["distance"] for n in one["nodes"]}["group-jag"] == 0
    two = get_json(client, "/api/v1/viz/entity", id="group-jag", radius=2)
    assert {n["id"] for n in one["nodes"]} < {n["id"] for n in two["nodes"]}
    assert "group-safer-communities-board" in {
        n["id"] for n in two["nodes"]
    }  # replaced by the strategic group
    shown = picture(client.get("/viz/entity/group-jag", params={"radius": 2}))
    assert len(shown["nodes"]) == len(two["nodes"]) and len(shown["edges"]) == len(two["edges"])
    assert client.get("/viz/entity/group-jag", params={"radius": 4}).status_code == 422
    assert client.get("/api/v1/viz/entity").status_code == 422


def test_structure_is_a_hierarchy_of_groups_members_and_chairs(client):
    data = get_json(client, "/api/v1/viz/structure", id="partnership-charnwood-csp")
    level = {n["id"]: n["level"] for n in data["nodes"]}
    assert level["partnership-charnwood-csp"] < level["group-jag"] < level["group-youth-jag"]
    assert level["partnership-charnwood-csp"] < level["person-jane-smith"] < level["group-jag"]
    assert level["org-living-without-abuse"] == level["person-jane-smith"]
    assert level["group-strategic-group"] < level["group-jag"]  # whom the JAG reports to stands above it
    edges = {(e["source"], e["relation"], e["target"]): e for e in data["edges"]}
    assert ("group-youth-jag", "sub-group of", "group-jag") in edges
    assert ("person-jane-smith", "chair of", "partnership-charnwood-csp") in edges
    assert ("group-jag", "reports to", "group-strategic-group") in edges
    assert edges[("org-living-without-abuse", "member of", "partnership-charnwood-csp")]["role"] == (
        "voluntary sector partner"
    )
    shown = picture(client.get("/viz/structure/partnership-charnwood-csp"))
    assert {n["id"]: n["level"] for n in shown["nodes"]} == level
    redirect = client.get("/viz/structure", params={"group": "group-jag"}, follow_redirects=False)
    assert redirect.status_code == 303 and redirect.headers["location"] == "/viz/structure/group-jag"
    first = client.get("/viz/structure", follow_redirects=False)
    assert first.headers["location"] == "/viz/structure/partnership-charnwood-csp"


def test_funding_picture_runs_funder_programme_recipient(client):
    data = get_json(client, "/api/v1/viz/funding")
    level = {n["id"]: n["level"] for n in data["nodes"]}
    assert level == {"org-opcc": 0, "fund-locality-funding": 1, "project-street-pastors": 2}
    (first,) = [e for e in data["edges"] if e["source"] == "org-opcc"]
    assert first["amount"] == 75500.0 and first["flows"][0]["period"] == "2019/20"
    assert first["evidence"][0]["line_start"] == 10
    page = client.get("/viz/funding")
    edges = {(e["from"], e["to"]): e for e in picture(page)["edges"]}
    assert (
        edges[("org-opcc", "fund-locality-funding")]["width"]
        > edges[("fund-locality-funding", "project-street-pastors")]["width"]
    )
    assert "total: £75,500" in edges[("org-opcc", "fund-locality-funding")]["title"]
    only = get_json(client, "/api/v1/viz/funding", funder="fund-locality-funding")
    assert {n["id"] for n in only["nodes"]} == {"fund-locality-funding", "project-street-pastors"}


def test_indicators_picture_colours_by_latest_status_with_owners(client):
    data = get_json(client, "/api/v1/viz/indicators")
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["indicator-ki4"]["status"] == "red" and nodes["indicator-ki4"]["period"] == "Quarter 3"
    assert nodes["indicator-erm2"]["status"] is None
    assert nodes["org-living-without-abuse"]["role"] == "owner"
    assert ("org-living-without-abuse", "responsible for", "indicator-erm2") in {
        (e["source"], e["relation"], e["target"]) for e in data["edges"]
    }
    assert ("indicator-ki4", "measures", "priority-reducing-asb") in {
        (e["source"], e["relation"], e["target"]) for e in data["edges"]
    }
    shown = {n["id"]: n for n in picture(client.get("/viz/indicators"))["nodes"]}
    assert shown["indicator-ki4"]["color"]["background"] == "#d62728"
    of_plan = get_json(client, "/api/v1/viz/indicators", of="plan-community-safety-plan")
    assert {n["id"] for n in of_plan["nodes"] if n["role"] == "indicator"} == {"indicator-ki4"}


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/v1/viz/bogus", {}, 404),
        ("/api/v1/viz/network", {"type": "bogus"}, 422),
        ("/api/v1/viz/network", {"plan": "no-such-plan"}, 404),
        ("/api/v1/viz/network", {"document": "nope.txt"}, 404),
        ("/api/v1/viz/network", {"start": "yesterday"}, 422),
        ("/api/v1/viz/structure", {}, 422),
        ("/api/v1/viz/structure", {"id": '" || true || "'}, 404),
        ("/viz/network", {"type": "bogus"}, 422),
        ("/viz/structure/no-such-group", {}, 404),
        ("/viz/funding", {"funder": "no-such-funder"}, 404),
    ],
)
def test_bad_picture_requests(client, path, params, status):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text[:300]
    if path.startswith("/api/"):
        assert set(response.json()) == {"error"}
    else:
        assert lxml.html.fromstring(response.text).xpath("//p[@class='error']")


def test_vis_network_is_served_from_pyvis(client):
    js = client.get("/viz/static/vis-network.min.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert "@version 9.1.2" in js.text[:300]
    assert client.get("/viz/static/vis-network.css").headers["content-type"].startswith("text/css")
    assert client.get("/viz/static/secrets.txt").status_code == 404
    page = html_of(client.get("/viz/funding"))
    assert page.xpath("//script/@src") == ["/viz/static/vis-network.min.js"]


# ---------------------------------------------------------------- SPARQL page


def _app_without_sparql(settings):
    """The app less whatever answers POST /sparql (the protocol endpoint's router)."""
    app = create_app(settings)
    scope = {
        "type": "http",
        "path": "/sparql",
        "method": "POST",
        "root_path": "",
        "headers": [],
        "query_string": b"",
    }
    app.router.routes[:] = [r for r in app.router.routes if r.matches(dict(scope))[0] is not Match.FULL]
    return app


def test_sparql_page_answers_itself_when_there_is_no_endpoint(settings):
    with TestClient(_app_without_sparql(settings)) as client:
        assert client.post("/sparql", data={"query": "ASK {}"}).status_code in (404, 405)
        page = html_of(client.get("/sparql-ui"))
        assert page.xpath("//form/@action") == ["/sparql-ui"]
        assert len(page.xpath("//select[@id='example']/option")) == len(
            json.loads(page.xpath("string(//script[@id='examples'])"))
        )
        query = "SELECT ?label WHERE { ?e a pg:Fund ; skos:prefLabel ?label }"
        answered = html_of(client.get("/sparql-ui", params={"query": query}))
        assert answered.xpath("//div[@id='results']//th/text()") == ["label"]
        assert answered.xpath("//div[@id='results']//td/text()") == ["Locality Funding"]
        assert answered.xpath("//textarea/text()") == [query]
        csv = client.get("/sparql-ui", params={"query": query, "format": "csv"})
        assert csv.headers["content-type"].startswith("text/csv")
        assert csv.text.splitlines() == ["label", "Locality Funding"]
        assert "attachment" in csv.headers["content-disposition"]
        broken = html_of(client.get("/sparql-ui", params={"query": "SELECT * WHERE { ?s ?p"}))
        assert broken.xpath("string(//div[@id='error'])").strip()
        assert not broken.xpath("//div[@id='results']//table")


def test_sparql_page_posts_to_the_endpoint_when_there_is_one(settings):
    app = _app_without_sparql(settings)
    app.add_api_route("/sparql", lambda: {"head": {"vars": []}}, methods=["GET", "POST"])
    with TestClient(app) as client, TestClient(create_app(settings)) as full:
        assert html_of(full.get("/sparql-ui")).xpath("//form/@action") == [
            "/sparql"
        ]  # the app's own endpoint
        page = html_of(client.get("/sparql-ui", params={"query": "SELECT * WHERE { ?s ?p ?o }"}))
        assert page.xpath("//form/@action") == ["/sparql"]
        assert not page.xpath("//div[@id='results']//table")  # nothing ran here
        script = page.xpath("string(//script[not(@type)])")
        assert 'fetch("/sparql"' in script and "application/sparql-results+json" in script


# ---------------------------------------------------------------- the seed corpus


def test_every_page_and_picture_renders_over_the_corpus(corpus_client):
    overview = get_json(corpus_client, "/api/v1/overview")
    assert len(overview["documents"]) == 5
    network = get_json(corpus_client, "/api/v1/viz/network")
    assert len(network["nodes"]) == sum(overview["counts"].values())
    assert len(picture(corpus_client.get("/viz/network"))["edges"]) == len(network["edges"]) > 100
    for doc in overview["documents"]:
        page = html_of(corpus_client.get("/documents/" + quote(doc["name"], safe="")))
        assert page.xpath("//div[@class='text']/div")
    hubs = sorted(network["nodes"], key=lambda n: -n["degree"])[:5]
    for hub in hubs:
        page = html_of(corpus_client.get("/entities/" + hub["id"]))
        assert page.xpath("//section[@data-relation]")
        for cite in page.xpath("//cite/a/@href")[:3]:
            path, line = cite.split("#L")
            doc = html_of(corpus_client.get(path))
            assert doc.xpath(f"//div[@id='L{line}']")
        shown = picture(corpus_client.get(f"/viz/entity/{hub['id']}"))
        assert hub["id"] in {n["id"] for n in shown["nodes"]}
    for kind in ("partnership", "group"):
        for entity_id in [n["id"] for n in network["nodes"] if n["type"] == kind][:3]:
            shown = picture(corpus_client.get(f"/viz/structure/{entity_id}"))
            assert entity_id in {n["id"] for n in shown["nodes"]}
    funding = get_json(corpus_client, "/api/v1/viz/funding")
    assert len(picture(corpus_client.get("/viz/funding"))["edges"]) == len(funding["edges"]) > 20
    indicators = get_json(corpus_client, "/api/v1/viz/indicators")
    statuses = {n.get("status") for n in indicators["nodes"] if n["role"] == "indicator"}
    assert {"red", "amber", "green"} <= statuses


# ---------------------------------------------------------------- hostile names


HOSTILE_PAGES = [
    "/",
    "/?q=alert",
    f"/documents/{HOSTILE_DOC}",
    "/viz/network",
    "/viz/funding",
    "/viz/indicators",
    "/viz/structure/partnership-hostile-partnership",
]


def _hostile_ids(client) -> list[str]:
    nodes = get_json(client, "/api/v1/viz/network")["nodes"]
    return [n["id"] for n in nodes if "<" in n["label"]]


def test_hostile_names_reach_the_graph_as_markup(hostile_client):
    labels = {n["label"] for n in get_json(hostile_client, "/api/v1/viz/network")["nodes"]}
    assert any(HOSTILE_SCRIPT in label for label in labels)
    assert any(HOSTILE_IMG in label for label in labels)
    assert len(_hostile_ids(hostile_client)) >= 4


def test_hostile_names_render_as_text_on_every_page(hostile_client, client):
    paths = HOSTILE_PAGES + [f"/entities/{i}" for i in _hostile_ids(hostile_client)]
    paths += [f"/viz/entity/{i}" for i in _hostile_ids(hostile_client)]
    for path in paths:
        response = hostile_client.get(path)
        page = html_of(response)
        assert not page.xpath("//img"), path
        assert not page.xpath("//a[starts-with(normalize-space(@href), 'javascript')]"), path
        assert not page.xpath("//*[@onerror or @onclick or @onload]"), path
        # the same page over harmless names has exactly as many scripts
        scripts = response.text.count("</script>")
        assert scripts == len(page.xpath("//script")), path
        assert scripts in (0, 1, 3, 4), path
    (hostile_entity,) = [i for i in _hostile_ids(hostile_client) if i.startswith("indicator") and "1-1" in i]
    page = html_of(hostile_client.get(f"/entities/{hostile_entity}"))
    assert HOSTILE_SCRIPT in page.xpath("string(//h1)")
    assert HOSTILE_SCRIPT in page.xpath("string(//title)")
    doc = html_of(hostile_client.get(f"/documents/{HOSTILE_DOC}"))
    assert HOSTILE_SCRIPT in doc.xpath("string(//h1)")
    assert "&lt;/script&gt;" in doc.xpath("string(//div[@id='L1']/span)")  # the text as read, not decoded
    benign = client.get("/viz/network").text.count("</script>")
    assert hostile_client.get("/viz/network").text.count("</script>") == benign
