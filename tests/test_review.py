"""The governance review: findings assembled with evidence, the HTML page, the API routes and the CLI.

API tests use the session client over the hand-written fixture store (conftest); the HTML is
parsed back with lxml and checked structurally; the corpus page is built from a store of
../shared/corpus in a tmp dir.
"""

from __future__ import annotations

import json
from urllib.parse import unquote

import lxml.html
import networkx as nx
import pytest
from conftest import BASE
from test_analytics import corpus, corpus_store  # noqa: F401  (module fixtures: the corpus store and graph)

from api import cli
from graph.namespaces import DEFAULT_BASE
from graph.review import SEVERITIES, governance_queries, render_html, review

EVIL = "<script>alert('x')</script> & Co"


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents={"plan.txt": {"date": "2020-03-10", "title": "Plan", "text": "x\n" * 9}})

    def ev(line: int, quote: str) -> dict:
        return {"document": "plan.txt", "line_start": line, "line_end": line, "quote": quote}

    G.add_node(
        "ki4",
        type="indicator",
        label="Household waste recycled",
        code="KI4",
        aliases=[],
        evidence=[ev(1, "KI4")],
    )
    G.add_node("ki4", observations=[
        {"measure": "actual", "value": 43.84, "period": "Quarter 3", "document": "plan.txt", "date": "2020-03-10", "evidence": [ev(1, "43.84%")]},
        {"measure": "status", "status": "red", "document": "plan.txt", "date": "2020-03-10", "evidence": [ev(1, "R")]},
    ])  # fmt: skip
    G.add_node(
        "evil", type="group", label=EVIL, code=None, aliases=[], evidence=[ev(2, "<b>" + EVIL + "</b>")]
    )
    G.add_node("a", type="group", label="Group A", code=None, aliases=[])
    G.add_node("b", type="group", label="Group B", code=None, aliases=[])
    G.add_node("manager", type="post", label="Manager", code=None, aliases=[])
    for i in range(1, 4):
        G.add_node(f"pi-{i}", type="action", label=f"Action {i}", code=f"PI {i}", aliases=[])
        G.add_edge("manager", f"pi-{i}", relation="responsible", **ev(3 + i, f"Manager leads PI {i}"))
    G.add_edge("a", "b", relation="reports_to", **ev(7, "A reports to B"))
    G.add_edge("b", "a", relation="reports_to", **ev(8, "B reports to A"))
    return G


@pytest.fixture(scope="module")
def small() -> dict:
    return review(small_graph(), as_at="2020-06-30")


def kinds(data: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in data["findings"]:
        out.setdefault(f["kind"], []).append(f)
    return out


def test_findings_carry_entities_and_evidence(small):
    found = kinds(small)
    (ki4,) = [f for f in found["unowned"] if f["entities"][0]["id"] == "ki4"]
    assert ki4["severity"] == "high" and "rated red" in ki4["title"]
    assert found["unverifiable_status"][0]["entities"][0]["id"] == "ki4"
    (cycle,) = found["reporting_cycle"]
    assert cycle["severity"] == "high" and [e["id"] for e in cycle["entities"]] == ["a", "b"]
    assert [ev["line_start"] for ev in cycle["evidence"]] == [7, 8]
    (spof,) = found["single_point_of_failure"]
    assert spof["entities"][0]["id"] == "manager" and len(spof["entities"]) == 4
    assert [f["entities"][0]["id"] for f in found["no_reporting_line"]] == ["evil"]
    for f in small["findings"]:
        assert f["entities"] and f["evidence"], f["id"]
        assert all({"document", "line_start", "line_end", "quote"} <= set(ev) for ev in f["evidence"])
    assert len({f["id"] for f in small["findings"]}) == len(small["findings"])
    order = [SEVERITIES.index(f["severity"]) for f in small["findings"]]
    assert order == sorted(order)
    assert small["summary"]["findings"] == len(small["findings"])
    assert sum(small["summary"]["by_severity"].values()) == len(small["findings"])
    assert small["charts"]["owner_load"] == [{"id": "manager", "label": "Manager", "value": 3}]
    json.dumps(small)  # plain data all the way down


def test_review_rejects_bad_dates():
    from graph.errors import BadRequest

    with pytest.raises(BadRequest):
        review(small_graph(), as_at="2020-13-01")
    with pytest.raises(BadRequest):
        review(small_graph(), as_at="2019-01-01", since="2020-01-01")


def parse(page: str):
    assert page.startswith("<!DOCTYPE html>")
    return lxml.html.document_fromstring(page)


def check_every_finding_links_to_evidence(page: str, data: dict) -> None:
    doc = parse(page)
    articles = doc.xpath('//article[contains(@class, "finding")]')
    assert len(articles) == len(data["findings"])
    anchors = set(doc.xpath("//@id"))
    by_id = {f["id"]: f for f in data["findings"]}
    assert {a.get("id") for a in articles} == set(by_id)  # the page groups by topic, the JSON by severity
    for article in articles:
        finding = by_id[article.get("id")]
        assert finding["severity"] in article.get("class")
        quotes = article.xpath('.//ol[@class="evidence"]/li//q')
        assert len(quotes) == len(finding["evidence"]) >= 1
        assert [q.text_content() for q in quotes] == [ev["quote"] for ev in finding["evidence"]]
        links = article.xpath('.//a[@class="evidence-link"]/@href')
        assert len(links) == len(finding["evidence"])
        for href in links:
            assert href.startswith("#") and href[1:] in anchors


def test_html_page_is_self_contained_and_escaped(small):
    page = render_html(small)
    check_every_finding_links_to_evidence(page, small)
    doc = parse(page)
    assert not doc.xpath("//script") and not doc.xpath("//link") and not doc.xpath("//img")
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<b>" not in page
    assert EVIL in doc.text_content()  # shown as text, exactly as written
    assert len(doc.xpath('//div[@class="chart"]')) == 5
    assert len(doc.xpath("//svg")) == 4  # inline bar charts; no organisation sits on a group here
    assert doc.xpath('//div[@class="chart"][h3="Groups each organisation sits on"]/p[@class="empty"]')
    assert doc.xpath('//section|//h2[@id="rag"]')


def test_html_links_entities_and_lines_when_served(small):
    page = render_html(small, entity_base="/entities/", document_base="/documents/")
    doc = parse(page)
    hrefs = doc.xpath("//a/@href")
    assert "/entities/ki4" in hrefs
    assert "/documents/plan.txt#L7" in hrefs
    evil = [h for h in hrefs if h.startswith("/entities/") and "evil" in unquote(h)]
    assert evil == ["/entities/evil"]


# ---------------------------------------------------------------- API


def test_api_review_json(client):
    response = client.get("/api/v1/review")
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {
        "as_at",
        "since",
        "documents",
        "summary",
        "findings",
        "charts",
        "chains",
        "analytics",
    }
    found = kinds(data)
    ki4 = [f for f in found["unowned"] if f["entities"][0]["id"] == "indicator-ki4"]
    assert ki4 and ki4[0]["severity"] == "high"  # rated red, and it measures only a priority nobody leads
    checked = {c["item"]["code"]: c for c in data["analytics"]["rag"]["checked"]}
    assert (
        checked["KI4"]["reported"] == "red"
        and checked["KI4"]["expected"] == "red"
        and checked["KI4"]["agrees"]
    )
    unattached = {f["entities"][0]["id"] for f in found["no_reporting_line"]}
    assert "group-strategic-group" in unattached and "group-jag" not in unattached
    assert "group-safer-communities-board" not in unattached  # replaced by the Strategic Group
    replaced = found["replaced"][0]
    assert [e["id"] for e in replaced["entities"]] == [
        "group-safer-communities-board",
        "group-strategic-group",
    ]
    for f in data["findings"]:
        assert f["evidence"], f["id"]
    chains = {c["group"]["id"]: c for c in data["chains"]}
    youth = [[s["body"]["id"] for s in chain] for chain in chains["group-youth-jag"]["chains"]]
    assert ["group-jag", "partnership-charnwood-csp"] in youth and [
        "group-jag",
        "group-strategic-group",
    ] in youth


def test_api_review_parameters(client):
    assert (
        client.get("/api/v1/review", params={"as_at": "2020-06-30", "since": "2019-01-01"}).status_code == 200
    )
    bad = client.get("/api/v1/review", params={"as_at": "last tuesday"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"
    backwards = client.get("/api/v1/review", params={"as_at": "2019-01-01", "since": "2020-01-01"})
    assert backwards.status_code == 422 and backwards.json()["error"]["code"] == "bad_request"
    missing = client.get("/api/v1/review", params={"plan": "no-such-plan"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    plan = client.get("/api/v1/review", params={"plan": "plan-community-safety-plan"}).json()
    assert {d["document"] for d in plan["documents"]} == {"csp-report.txt"}


def test_review_page(client):
    response = client.get("/review")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    doc = parse(response.text)
    hrefs = doc.xpath("//a/@href")
    assert "/entities/indicator-ki4" in hrefs
    assert any(h.startswith("/documents/csp-report.txt#L") for h in hrefs)
    assert len(doc.xpath('//article[contains(@class, "finding")]')) == len(
        client.get("/api/v1/review").json()["findings"]
    )


def test_review_is_in_the_openapi_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/v1/review" in paths and "/review" in paths


# ---------------------------------------------------------------- CLI


def test_cli_review_writes_html_and_json(capsys, monkeypatch, store_path, tmp_path):
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
    page = tmp_path / "review.html"
    assert cli.main(["review", "--store", store_path, "--as-at", "2020-06-30", "--out", str(page)]) == 0
    assert "findings" in capsys.readouterr().err
    assert parse(page.read_text(encoding="utf-8")).xpath('//article[contains(@class, "finding")]')
    data_file = tmp_path / "review.json"
    assert cli.main(["review", "--store", store_path, "--out", str(data_file)]) == 0
    data = json.loads(data_file.read_text(encoding="utf-8"))
    assert data["summary"]["findings"] == len(data["findings"]) > 0
    assert cli.main(["review", "--store", store_path, "--as-at", "soon", "--out", str(page)]) == 1
    assert "as_at must be a date" in capsys.readouterr().err


def test_cli_validate_governance(capsys, monkeypatch, store_path):
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
    status = cli.main(["validate", "--store", store_path, "--governance"])
    out = capsys.readouterr().out
    assert status == 0  # the fixture conforms; governance results are warnings
    assert "governance shapes (ontology/governance.ttl)" in out
    assert "GroupReportingLineShape: CSP Strategic Group (group-strategic-group)" in out
    assert "governance checks (ontology/governance/*.rq): " in out
    assert "groups-without-reporting-line: CSP Strategic Group (group-strategic-group)" in out
    assert "unowned-items: Percentage of household waste recycled (indicator-ki4)" in out
    plain = cli.main(["validate", "--store", store_path])
    assert plain == 0 and "governance" not in capsys.readouterr().out


def test_every_sparql_check_parses_and_names_its_columns():
    import pyoxigraph as ox

    store = ox.Store()
    queries = governance_queries()
    assert len(queries) >= 8
    for name, text in queries.items():
        result = store.query(text)
        assert [v.value for v in result.variables] == ["focus", "label", "message"], name


# ---------------------------------------------------------------- the corpus


def test_corpus_review_page_parses_and_every_finding_links_to_evidence(corpus_store):  # noqa: F811
    from graph.review import build_review

    data = build_review(corpus_store, DEFAULT_BASE, as_at="2020-06-30", since="2019-01-01")
    check_every_finding_links_to_evidence(render_html(data), data)
    titles = [f["title"] for f in data["findings"]]
    assert any(t.startswith("KI4 ") and "rated red" in t for t in titles)
    load = [f for f in data["findings"] if f["kind"] == "owner_load"]
    assert load[0]["entities"][0]["label"] == "Children, Families and Partnerships Manager"
    replaced = {
        tuple(e["label"] for e in f["entities"][:2]) for f in data["findings"] if f["kind"] == "replaced"
    }
    assert (
        "Supporting Leicestershire Families Programme",
        "Children and Family Wellbeing Service",
    ) in replaced
    assert data["summary"]["by_severity"]["high"] >= 1


def test_review_docstring_example_runs():
    import doctest

    import graph.review

    result = doctest.testmod(graph.review)
    assert result.attempted > 0 and result.failed == 0
