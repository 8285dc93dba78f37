"""The picture functions on small hand-built data: HTML parsed back and its structure asserted."""

from __future__ import annotations

import json
import math
import re

import lxml.html
import pytest

from graph import views
from viz import pictures
from viz.layout import spring_layout
from viz.pictures import PHYSICS_MAX_NODES, STABILISATION_ITERATIONS, Resources, picture_html
from viz.style import KIND_STYLE, RAG_STYLE, check_link_base, entity_url

ORG = "http://www.w3.org/ns/org#"
PG = "https://w3id.org/partnership-graph/ontology#"
SCRIPT = "</script><script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HREF = 'see <a href="javascript:alert(1)">here</a>'
SERVED = Resources(inline=False)


def ev(line: int, quote: str, document: str = "report.txt") -> dict:
    return {"document": document, "line_start": line, "line_end": line, "quote": quote}


def node(entity_id: str, label: str, kind: str | None, **extra) -> dict:
    return {
        "id": entity_id,
        "label": label,
        "type": kind,
        "aliases": [],
        "code": extra.pop("code", None),
        "degree": extra.pop("degree", 1),
        "evidence": extra.pop("evidence", [ev(1, label)]),
        **extra,
    }


def edge(source: str, predicate: str, target: str, quote: str, **extra) -> dict:
    return {
        "source": source,
        "target": target,
        "predicate": predicate,
        "relation": views.relation_label(predicate),
        "evidence": [ev(2, quote)],
        **extra,
    }


def network_data(label_a: str = "Safe Borough Council", label_b: str = "Joint Action Group") -> dict:
    return {
        "kind": "network",
        "nodes": [
            node("org-a", label_a, "organisation", degree=4),
            node("group-b", label_b, "group"),
            node("partnership-c", "Safer Partnership", "partnership"),
            node("person-d", "Jane Smith", "person"),
        ],
        "edges": [
            edge("org-a", ORG + "memberOf", "partnership-c", f"{label_a} sits on the partnership"),
            edge("group-b", ORG + "subOrganizationOf", "partnership-c", f"{label_b} is a sub-group"),
            edge("person-d", PG + "chairOf", "partnership-c", "chaired by Jane Smith"),
        ],
        "filters": {},
    }


def structure_data(label: str = "Joint Action Group") -> dict:
    data = network_data(label_b=label)
    data["kind"] = "structure"
    data["root"] = {"id": "partnership-c", "label": "Safer Partnership"}
    levels = {"partnership-c": 0, "org-a": 1, "person-d": 1, "group-b": 2}
    for n in data["nodes"]:
        n["level"] = levels[n["id"]]
        n["depth"] = {"partnership-c": 0, "group-b": 1}.get(n["id"])
    data["edges"][0]["role"] = "responsible authority"
    return data


def funding_data() -> dict:
    flows = [
        ("org-opcc", "fund-locality", 75500.0, "2019/20"),
        ("fund-locality", "project-pastors", 5000.0, "2019/20"),
        ("fund-locality", "project-watch", 3542.0, None),
        ("org-lottery", "project-watch", None, None),
    ]
    kinds = {"org": "organisation", "fund": "fund", "project": "project"}
    ids = sorted({i for f in flows for i in f[:2]})
    levels = {"org-opcc": 0, "org-lottery": 0, "fund-locality": 1, "project-pastors": 2, "project-watch": 2}
    return {
        "kind": "funding",
        "funder": None,
        "nodes": [node(i, i.split("-", 1)[1].title(), kinds[i.split("-")[0]], level=levels[i]) for i in ids],
        "edges": [
            edge(
                s,
                PG + "funds",
                o,
                f"{o} £{amount}",
                amount=amount,
                flows=[{"amount": amount, "period": period, "status": None, "evidence": [ev(3, "x")]}],
            )
            for s, o, amount, period in flows
        ],
    }


def indicators_data() -> dict:
    return {
        "kind": "indicators",
        "of": None,
        "nodes": [
            node("indicator-ki4", "Waste recycled", "indicator", code="KI4", role="indicator", status="red",
                 period="Quarter 3", status_evidence=[ev(13, "43.84% R")]),
            node("indicator-ki5", "Homes built", "indicator", code="KI5", role="indicator", status="green",
                 period="Quarter 1", status_evidence=[ev(14, "G")]),
            node("action-pi-1", "Refer cases", "action", code="PI 1", role="indicator", status=None,
                 period=None, status_evidence=[]),
            node("person-tim", "Tim McCabe", "person", role="owner"),
        ],
        "edges": [
            edge("person-tim", PG + "responsibleFor", "indicator-ki4", "Tim McCabe leads"),
            edge("person-tim", PG + "contributesTo", "action-pi-1", "Tim helps"),
        ],
    }  # fmt: skip


def entity_data(label: str = "Safe Borough Council") -> dict:
    data = network_data(label_a=label)
    data["kind"] = "entity"
    data["centre"] = {"id": "org-a", "label": label}
    data["radius"] = 1
    data["truncated"] = False
    for n in data["nodes"]:
        n["distance"] = 0 if n["id"] == "org-a" else 1
    return data


ALL = {
    "network": network_data,
    "entity": entity_data,
    "structure": structure_data,
    "funding": funding_data,
    "indicators": indicators_data,
}


def parse(html: str):
    return lxml.html.fromstring(html)


def graph_of(html: str) -> dict:
    (script,) = parse(html).xpath('//script[@id="pgraph-data"]')
    assert script.get("type") == "application/json"
    return json.loads(script.text)


def options_of(html: str) -> dict:
    (script,) = parse(html).xpath('//script[@id="pgraph-options"]')
    return json.loads(script.text)


def legend_labels(html: str) -> list[str]:
    return [
        " ".join(li.xpath("./span[1]")[0].text_content().split()) for li in parse(html).xpath("//aside//li")
    ]


# ---------------------------------------------------------------- structure of every picture


@pytest.mark.parametrize("kind", list(ALL))
def test_every_picture_carries_its_nodes_and_edges_with_links_and_evidence(kind):
    data = ALL[kind]()
    html = picture_html(data, resources=SERVED)
    graph = graph_of(html)
    assert sorted(n["id"] for n in graph["nodes"]) == sorted(n["id"] for n in data["nodes"])
    assert sorted((e["from"], e["to"]) for e in graph["edges"]) == sorted(
        (e["source"], e["target"]) for e in data["edges"]
    )
    for n in graph["nodes"]:
        assert n["url"] == f"/entities/{n['id']}"
        assert n["title"].startswith(next(d["label"] for d in data["nodes"] if d["id"] == n["id"]))
        assert "report.txt, line 1" in n["title"]  # where a document names it
    for e in graph["edges"]:
        assert "report.txt, line 2" in e["title"]  # the quote of the fact and where it stands
    doc = parse(html)
    assert doc.xpath("//body/@data-kind") == [kind]
    assert doc.xpath("//div[@id='pgraph-network']")


@pytest.mark.parametrize("kind", list(ALL))
def test_no_resource_comes_from_elsewhere(kind):
    served = parse(picture_html(ALL[kind](), resources=SERVED))
    sources = served.xpath("//script/@src") + served.xpath("//link/@href")
    assert sorted(sources) == ["/viz/static/vis-network.css", "/viz/static/vis-network.min.js", "data:,"]
    inline = picture_html(ALL[kind](), resources=Resources(inline=True))
    page = parse(inline)
    assert page.xpath("//script/@src") == [] and page.xpath("//link[@rel='stylesheet']") == []
    assert "vis.Network" in inline and len(inline) > 400_000  # vis-network is in the page
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", inline)
    assert "bootstrap" not in inline.lower()


def test_legend_shows_each_type_present_with_its_count_and_the_link_styles():
    html = picture_html(structure_data(), resources=SERVED)
    labels = legend_labels(html)
    for kind in ("organisation", "group", "partnership", "person"):
        assert KIND_STYLE[kind][2] in labels
    assert "project" not in labels
    counts = parse(html).xpath("//aside//li/span[@class='pg-count']/text()")
    assert sum(map(int, counts[:4])) == 4
    assert {"sub-group of", "member of (role on hover)", "chair of"} <= set(labels)
    svgs = parse(html).xpath("//aside//li/svg")
    assert len(svgs) == len(labels)


def test_small_pictures_settle_then_freeze_and_big_ones_are_laid_out_before_loading():
    small = options_of(picture_html(network_data(), resources=SERVED))
    assert small["physics"]["enabled"] is True
    assert small["physics"]["stabilization"]["iterations"] <= STABILISATION_ITERATIONS <= 200
    assert small["edges"]["smooth"] is False
    n = PHYSICS_MAX_NODES + 1
    big = {
        "kind": "network",
        "nodes": [node(f"n{i}", f"Node {i}", "project", evidence=[]) for i in range(n)],
        "edges": [edge(f"n{i}", PG + "funds", f"n{i // 2}", "q") for i in range(1, n)],
    }
    html = picture_html(big, resources=SERVED)
    options = options_of(html)
    assert options["physics"] == {"enabled": False}
    assert options["layout"]["improvedLayout"] is False and options["edges"]["smooth"] is False
    nodes = graph_of(html)["nodes"]
    assert all(isinstance(v["x"], float) and isinstance(v["y"], float) for v in nodes)
    assert len({(v["x"], v["y"]) for v in nodes}) == n
    assert "physics is off" in " ".join(parse(html).xpath("//aside/p/text()"))


def test_the_page_freezes_physics_when_stabilisation_ends():
    html = picture_html(network_data(), resources=SERVED)
    (main,) = [s.text for s in parse(html).xpath("//script[not(@src) and not(@type)]")]
    assert 'network.once("stabilizationIterationsDone"' in main
    assert "network.setOptions({physics: false})" in main


def test_structure_is_a_top_down_hierarchy_with_the_levels_given():
    html = picture_html(structure_data(), resources=SERVED)
    options = options_of(html)
    assert options["layout"]["hierarchical"]["enabled"] is True
    assert options["layout"]["hierarchical"]["direction"] == "UD"
    assert options["physics"]["enabled"] is False
    levels = {n["id"]: n["level"] for n in graph_of(html)["nodes"]}
    assert levels == {"partnership-c": 0, "org-a": 1, "person-d": 1, "group-b": 2}
    roles = {(e["from"], e["to"]): e for e in graph_of(html)["edges"]}
    member = roles[("org-a", "partnership-c")]
    assert member["label"] == "responsible authority" and "role: responsible authority" in member["title"]
    assert roles[("group-b", "partnership-c")]["width"] > member["width"]  # sub-group lines are heavier


def test_funding_edges_are_as_wide_as_their_amounts_with_amounts_on_hover():
    html = picture_html(funding_data(), resources=SERVED)
    edges = {(e["from"], e["to"]): e for e in graph_of(html)["edges"]}
    big = edges[("org-opcc", "fund-locality")]
    mid = edges[("fund-locality", "project-pastors")]
    small = edges[("fund-locality", "project-watch")]
    unknown = edges[("org-lottery", "project-watch")]
    assert big["width"] > mid["width"] > small["width"] > unknown["width"] == 1
    assert unknown["dashes"] is True and big["dashes"] is False
    assert "total: £75,500" in big["title"] and "• £75,500 2019/20" in big["title"]
    assert "amount not stated" in unknown["title"]
    assert math.isclose(big["width"], 12.0)
    options = options_of(html)
    assert options["layout"]["hierarchical"]["direction"] == "LR"
    levels = {n["id"]: n["level"] for n in graph_of(html)["nodes"]}
    assert levels["org-opcc"] < levels["fund-locality"] < levels["project-pastors"]
    assert "£75,500 from the first funders" in parse(html).xpath("string(//span[@class='pg-summary'])")


def test_indicators_are_filled_by_rag_status_and_the_legend_counts_statuses():
    html = picture_html(indicators_data(), resources=SERVED)
    nodes = {n["id"]: n for n in graph_of(html)["nodes"]}
    assert nodes["indicator-ki4"]["color"]["background"] == RAG_STYLE["red"][0]
    assert nodes["indicator-ki5"]["color"]["background"] == RAG_STYLE["green"][0]
    assert nodes["action-pi-1"]["color"]["background"] == RAG_STYLE[None][0]
    assert nodes["person-tim"]["color"]["background"] == KIND_STYLE["person"][1]
    assert "status: red (Quarter 3)" in nodes["indicator-ki4"]["title"]
    assert "“43.84% R”" in nodes["indicator-ki4"]["title"]
    assert nodes["indicator-ki4"]["label"] == "KI4 Waste recycled"
    (status_list,) = [
        ul for ul in parse(html).xpath("//aside/ul") if ul.getprevious().text == "Latest status"
    ]
    rows = [(li.xpath("string(./span[1])"), li.xpath("string(./span[2])")) for li in status_list]
    assert rows == [("red", "1"), ("green", "1"), ("no status", "1")]


def test_the_neighbourhood_picture_marks_its_centre():
    html = picture_html(entity_data(), resources=SERVED)
    nodes = {n["id"]: n for n in graph_of(html)["nodes"]}
    assert nodes["org-a"]["borderWidth"] == 4 and nodes["org-a"]["size"] > nodes["group-b"]["size"]
    assert "1 step(s) from Safe Borough Council" in nodes["group-b"]["title"]
    assert parse(html).xpath("string(//h1)") == "Around Safe Borough Council"


def test_controls_render_as_a_get_form():
    controls = [
        {"kind": "checkboxes", "name": "type", "label": "Types",
         "options": [{"value": "person", "label": "person", "selected": True},
                     {"value": "group", "label": "group", "selected": False}]},
        {"kind": "select", "name": "document", "label": "Document",
         "options": [{"value": "", "label": "all", "selected": False},
                     {"value": "a.txt", "label": IMG, "selected": True}]},
        {"kind": "text", "name": "start", "label": "From", "value": SCRIPT},
    ]  # fmt: skip
    html = pictures.network_html(network_data(), resources=SERVED, controls=controls)
    (form,) = parse(html).xpath("//form")
    assert form.get("method") == "get"
    assert form.xpath(".//input[@type='checkbox' and @checked]/@value") == ["person"]
    assert form.xpath(".//option[@selected]/@value") == ["a.txt"]
    assert form.xpath("string(.//option[@selected])") == IMG  # text, not an element
    assert form.xpath(".//input[@name='start']/@value") == [SCRIPT]
    assert not parse(html).xpath("//img")


# ---------------------------------------------------------------- safety


def hostile_pictures() -> list[tuple[str, str, str]]:
    """(kind, benign html, hostile html): the same picture with harmless and hostile labels."""
    out = []
    for kind, make in ALL.items():
        benign = picture_html(make(), resources=SERVED)
        data = make()
        for n, label in zip(data["nodes"], [SCRIPT, IMG, HREF, SCRIPT + IMG], strict=False):
            n["label"] = label
            n["evidence"] = [ev(1, label + " " + HREF, document=IMG)]
        for e in data["edges"]:
            e["evidence"] = [ev(2, SCRIPT + HREF)]
            e["relation"] = IMG
        for key in ("centre", "root"):
            if key in data:
                data[key]["label"] = SCRIPT
        out.append((kind, benign, picture_html(data, resources=SERVED)))
    return out


@pytest.mark.parametrize(("kind", "benign", "hostile"), hostile_pictures())
def test_hostile_labels_and_quotes_stay_text(kind, benign, hostile):
    assert hostile.count("</script>") == benign.count("</script>") == 4
    assert hostile.lower().count("<script") == benign.lower().count("<script")
    page = parse(hostile)
    assert not page.xpath("//img") and not page.xpath("//a[starts-with(@href, 'javascript')]")
    graph = graph_of(hostile)
    labels = [n["label"] for n in graph["nodes"]]
    assert SCRIPT in labels or SCRIPT[:47] in " ".join(labels)
    assert any(IMG in n["title"] and HREF in n["title"] for n in graph["nodes"])
    assert all(SCRIPT + HREF in e["title"] for e in graph["edges"])
    assert options_of(hostile) == options_of(benign)  # options never depend on document text
    if kind in ("entity", "structure"):
        assert SCRIPT in page.xpath("string(//title)") and SCRIPT in page.xpath("string(//h1)")


def test_tooltips_become_text_nodes_never_html():
    (main,) = [
        s.text
        for s in parse(picture_html(network_data(), resources=SERVED)).xpath(
            "//script[not(@src) and not(@type)]"
        )
    ]
    assert "el.textContent = text" in main
    assert "innerHTML" not in main


@pytest.mark.parametrize("base", ["javascript:alert(1)", "data:text/html,x", "//evil.example", 'http://a"b'])
def test_links_are_only_relative_or_http(base):
    with pytest.raises(ValueError):
        check_link_base(base)
    with pytest.raises(ValueError):
        pictures.network_html(network_data(), resources=SERVED, link_base=base)


def test_links_under_an_http_base_and_odd_ids_are_quoted():
    html = pictures.network_html(network_data(), resources=SERVED, link_base="http://127.0.0.1:8000/")
    assert {n["url"] for n in graph_of(html)["nodes"]} >= {"http://127.0.0.1:8000/entities/org-a"}
    assert entity_url("a b/c?d") == "/entities/a%20b%2Fc%3Fd"


def test_static_resources_must_be_a_path_or_http():
    with pytest.raises(ValueError):
        picture_html(network_data(), resources=Resources(inline=False, static="javascript:alert(1)"))


def test_unknown_layout_is_refused():
    with pytest.raises(ValueError):
        pictures.network_html(network_data(), resources=SERVED, layout="spiral")


# ---------------------------------------------------------------- layout and helpers


def test_spring_layout_is_seeded_and_keeps_linked_nodes_close():
    nodes = [f"n{i}" for i in range(60)]
    edges = [(f"n{i}", f"n{i + 1}") for i in range(0, 59) if i % 10 != 9]  # six chains of ten
    first = spring_layout(nodes, edges, seed=3)
    assert first == spring_layout(nodes, edges, seed=3)
    assert first != spring_layout(nodes, edges, seed=4)

    def dist(a, b):
        return math.dist(first[a], first[b])

    linked = sum(dist(a, b) for a, b in edges) / len(edges)
    unlinked = [
        dist(f"n{i}", f"n{j}") for i in range(0, 60, 10) for j in range(5, 60, 10) if j // 10 != i // 10
    ]
    assert linked < sum(unlinked) / len(unlinked)
    assert spring_layout([], []) == {}


def test_vis_assets_come_from_pyvis_and_only_known_names():
    js = pictures.vis_asset("vis-network.min.js")
    assert js.startswith("/**\n * vis-network") and "@version 9.1.2" in js[:300]
    with pytest.raises(KeyError):
        pictures.vis_asset("../../etc/passwd")


@pytest.mark.parametrize(
    ("title", "when", "span"),
    [
        ("Action Plan 2013 – 2016", None, ("2013-01-01", "2016-12-31")),
        ("Strategy 2018/19 Action Plan", None, ("2018-04-01", "2019-03-31")),  # a financial year
        ("EXECUTIVE 4th APRIL 2008", None, ("2008-01-01", "2008-12-31")),
        ("SCRUTINY COMMITTEE", None, None),
        ("Anything 1999", "2020-05-04", ("2020-05-04", "2020-05-04")),
    ],
)
def test_document_span(title, when, span):
    assert views.document_span(title, when) == span


def test_documents_between():
    docs = [
        {"name": "a", "span": ["2013-01-01", "2016-12-31"]},
        {"name": "b", "span": ["2019-01-01", "2020-12-31"]},
        {"name": "c", "span": None},
    ]
    assert views.documents_between(docs, "2016", None) == {"a", "b"}
    assert views.documents_between(docs, "2017", "2018-06") == set()
    assert views.documents_between(docs, None, "2013-01") == {"a"}
    assert views.documents_between(docs, "2020-12-31", "2020-12-31") == {"b"}
    with pytest.raises(views.BadRequest):
        views.documents_between(docs, "2020", "2019")
    with pytest.raises(views.BadRequest):
        views.documents_between(docs, "20x", None)
    with pytest.raises(views.BadRequest):
        views.documents_between(docs, "2020-02-30", None)


# ---------------------------------------------------------------- the command line


def test_cli_writes_a_self_contained_picture(store_path, tmp_path, monkeypatch, capsys):
    from conftest import BASE

    from api.cli import main
    from graph.store import EmbeddedStore

    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)
    out = tmp_path / "structure.html"
    args = ["viz", "structure", "partnership-charnwood-csp", "--store", store_path, "--out", str(out)]
    assert main([*args, "--link-base", "http://127.0.0.1:8000"]) == 0
    html = out.read_text(encoding="utf-8")
    expected = views.structure(EmbeddedStore(store_path), BASE, "partnership-charnwood-csp")
    assert sorted(n["id"] for n in graph_of(html)["nodes"]) == sorted(n["id"] for n in expected["nodes"])
    assert {n["url"] for n in graph_of(html)["nodes"]} >= {"http://127.0.0.1:8000/entities/group-jag"}
    assert parse(html).xpath("//script/@src") == []  # vis-network is inside the file
    assert f"-> {out}" in capsys.readouterr().err
    network = tmp_path / "network.html"
    assert main(["viz", "network", "--store", store_path, "--out", str(network), "--type", "group"]) == 0
    assert {n["id"] for n in graph_of(network.read_text(encoding="utf-8"))["nodes"]} == {
        "group-jag",
        "group-youth-jag",
        "group-strategic-group",
        "group-safer-communities-board",
    }
    assert main(["viz", "entity", "--store", store_path, "--out", str(tmp_path / "x.html")]) == 2
    assert (
        main(
            [
                "viz",
                "funding",
                "--store",
                store_path,
                "--out",
                str(tmp_path / "x.html"),
                "--link-base",
                "javascript:x",
            ]
        )
        == 2
    )
    assert (
        main(["viz", "entity", "no-such-entity", "--store", store_path, "--out", str(tmp_path / "x.html")])
        == 1
    )
    assert not (tmp_path / "x.html").exists()
