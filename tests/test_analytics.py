"""Governance analytics: small hand-built graphs with known answers, then the seed corpus.

The hand-built graphs have the shape of :func:`graph.projection.project` (one edge per claim and
passage, flat evidence attributes) plus what :func:`graph.review.load` attaches (document dates
and texts, observations). The corpus tests read the session's store of ../shared/corpus (conftest) and
check findings a careful reader of those documents agrees with.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest

from graph import analytics
from graph.analytics import _common
from graph.namespaces import DEFAULT_BASE  # the corpus store's base (conftest.CORPUS_BASE)
from graph.review import document_info, governance_checks, governance_shapes, load
from graph.store import EmbeddedStore
from ingest.dates import dates_in, document_date, spans_in

D000 = "000_6df2fd3ab05f3377.txt"
D001 = "001_23b37cb3a75ffeb6.txt"
D003 = "003_1a5aa9b1bd324060.txt"


def graph(**documents: dict) -> nx.MultiDiGraph:
    return nx.MultiDiGraph(documents=documents)


def node(G: nx.MultiDiGraph, n: str, type: str, label: str | None = None, **attrs) -> None:
    G.add_node(n, type=type, label=label or n, aliases=attrs.pop("aliases", []), code=None, **attrs)


def claim(
    G, u: str, relation: str, v: str, doc: str = "a.txt", line: int = 1, quote: str = "as written", **attrs
):
    """One claim as the projection holds it: flat document, lines and quote."""
    G.add_edge(u, v, relation=relation, document=doc, line_start=line, line_end=line, quote=quote, **attrs)


def obs(measure: str, *, value=None, status=None, period=None, doc="a.txt", date=None, line=1) -> dict:
    return {
        "measure": measure,
        "value": value,
        "status": status,
        "period": period,
        "document": doc,
        "date": date,
        "evidence": [{"document": doc, "line_start": line, "line_end": line, "quote": f"{measure} {value}"}],
    }


def ids(rows, key: str = "item") -> list[str]:
    return [r[key]["id"] for r in rows]


# ---------------------------------------------------------------- dates


def test_document_dates_from_first_lines():
    assert document_date("COMMITTEE: 2 JUNE 2020\n") == "2020-06-02"
    assert document_date("to be held on Tuesday, 10th March 2020 at 6.00 pm\n2nd March 2020") == "2020-03-10"
    assert (
        document_date("# Plan 2013 – 2016\nHighlights from the 2nd Progress\nReport: June 2014\n")
        == "2014-06-01"
    )
    assert document_date("Date: 12/02/2025\n") == "2025-02-12"
    # a month and year inside a table row is a target date, not the document's
    assert document_date("PI 1.1\tReview\tChildren's Policy February 2019 - Q4 2018/19\t\t\n") is None
    assert document_date("\n" * 50 + "10 March 2020") is None  # too far down
    assert (
        document_date("31st February 2020 was no day\nJune 2014") == "2014-06-01"
    )  # impossible dates skipped


def test_date_spans():
    assert dates_in("operational from 1st April 2019, amalgamating") == [dt.date(2019, 4, 1)]
    spans = [(a.isoformat(), b.isoformat()) for a, b in spans_in("In 2015/16 and in 2012", years=True)]
    assert spans == [("2015-04-01", "2016-03-31"), ("2012-01-01", "2012-12-31")]
    assert spans_in("In 2012 it ended") == []  # years only when asked


def test_evidence_of_flat_projection_edges():
    G = graph()
    claim(G, "a", "responsible", "b", doc="d.txt", line=7, quote="A leads B")
    ((_, _, data),) = G.edges(data=True)
    assert _common.evidence_of(data) == [
        {"document": "d.txt", "line_start": 7, "line_end": 7, "quote": "A leads B"}
    ]
    assert _common.evidence_of({"relation": "member"}) == []


# ---------------------------------------------------------------- gaps


@pytest.fixture
def items() -> nx.MultiDiGraph:
    G = graph()
    node(G, "manager", "post", "Community Safety Manager")
    node(G, "tim", "person", "Tim McCabe")
    node(G, "ann", "person", "Ann Other")
    node(G, "council", "organisation", "Charnwood Borough Council")
    for a in ("owned", "unowned", "contributed", "by-ann", "by-tim"):
        node(G, a, "action", a.title())
    node(G, "measured", "indicator", "Crime rate")
    node(G, "loose", "indicator", "Lottery sales")
    node(G, "p-measured", "priority", "Safer streets")
    node(G, "p-bare", "priority", "Best start")
    claim(G, "manager", "responsible", "owned", line=1)
    claim(G, "council", "contributes", "contributed", line=2)
    claim(G, "ann", "responsible", "by-ann", line=3)
    claim(G, "tim", "holds", "manager", line=4)
    claim(G, "tim", "responsible", "by-tim", line=5)
    claim(G, "measured", "indicator_of", "owned", line=6)
    claim(G, "measured", "indicator_of", "p-measured", line=6)
    claim(G, "loose", "part_of", "p-bare", line=7)
    return G


def test_ownership_gaps(items):
    out = analytics.ownership_gaps(items, types=("action", "indicator"))
    found = {r["item"]["id"]: r["category"] for r in out["gaps"]}
    assert found == {
        "unowned": "unowned",
        "contributed": "contributors_only",
        "by-ann": "person_without_post",  # Ann holds no post; Tim holds one
        "loose": "unowned",
    }
    assert ids(out["inherited"]) == ["measured"]  # owned through the action it measures
    assert [o["id"] for o in out["inherited"][0]["owners"]] == ["manager"]
    contributed = next(r for r in out["gaps"] if r["item"]["id"] == "contributed")
    assert [c["id"] for c in contributed["contributors"]] == ["council"]
    assert contributed["evidence"][0]["line_start"] == 2
    assert out["counts"]["unowned"] == 2 and out["counts"]["by_type"] == {"action": 3, "indicator": 1}
    strict = analytics.ownership_gaps(items, types=("indicator",), inherit=False)
    assert ids(strict["gaps"]) == ["loose", "measured"]


def test_priorities_without_indicator(items):
    out = analytics.priorities_without_indicator(items)
    assert ids(out["priorities"]) == ["p-bare"]
    assert out["counts"] == {"priorities": 2, "without_indicator": 1}


def test_indicator_gaps_no_target_no_value_stale():
    G = graph()
    node(
        G,
        "fresh",
        "indicator",
        observations=[obs("actual", value=5, date="2020-03-10"), obs("target", value=4)],
    )
    node(
        G,
        "old",
        "indicator",
        observations=[obs("actual", value=5, date="2014-06-01"), obs("target", value=4)],
    )
    node(G, "bare", "indicator", observations=[obs("status", status="red", date="2020-03-10")])
    out = analytics.indicator_gaps(G, as_at="2020-06-30")
    assert ids(out["no_target"]) == ["bare"]
    assert ids(out["no_value"]) == ["bare"]
    assert ids(out["stale"]) == ["old"] and out["stale"][0]["age_days"] == 2221
    assert out["no_target"][0]["status"] == "red"


# ---------------------------------------------------------------- concentration


@pytest.fixture
def loads() -> nx.MultiDiGraph:
    G = graph()
    node(G, "cfpm", "post", "Children, Families and Partnerships Manager")
    node(G, "chris", "person", "Chris Traill")
    node(G, "team", "service", "Neighbourhood Services")
    for i in range(1, 6):
        node(G, f"pi-{i}", "indicator", f"PI {i}")
    for i in (1, 2, 3, 4):
        claim(G, "cfpm", "responsible", f"pi-{i}", line=i)
    claim(G, "cfpm", "responsible", "pi-1", line=1, method="again")  # the same claim read twice
    claim(G, "chris", "responsible", "pi-1", line=1)
    claim(G, "chris", "responsible", "pi-2", line=2)
    claim(G, "team", "responsible", "pi-5", line=5)
    return G


def test_owner_load_and_single_points_of_failure(loads):
    load = analytics.owner_load(loads)
    assert [(r["owner"]["id"], r["items"], r["sole"]) for r in load["owners"]] == [
        ("cfpm", 4, 2),
        ("chris", 2, 0),
    ]
    assert load["owners"][0]["item_ids"] == ["pi-1", "pi-2", "pi-3", "pi-4"]
    spof = analytics.single_points_of_failure(loads)
    assert ids(spof["items"]) == ["pi-3", "pi-4"] and spof["by_owner"] == {"cfpm": 2}
    with_teams = analytics.single_points_of_failure(loads, owner_types=("post", "service"))
    assert ids(with_teams["items"]) == ["pi-3", "pi-4", "pi-5"]


def test_organisation_centrality_bridges_groups():
    G = graph()
    for org in ("police", "council", "fire"):
        node(G, org, "organisation", org.title())
    node(G, "csp", "partnership", "CSP")
    node(G, "cfp", "partnership", "Children and Families Partnership")
    node(G, "jag", "group", "JAG")
    for org, group in [("police", "csp"), ("police", "cfp"), ("council", "csp"), ("fire", "jag")]:
        claim(G, org, "member", group)
    claim(G, "jag", "subgroup_of", "csp")
    out = analytics.organisation_centrality(G)
    rows = {r["organisation"]["id"]: r for r in out["organisations"]}
    assert out["organisations"][0]["organisation"]["id"] == "police"
    assert [g["id"] for g in rows["police"]["groups"]] == ["cfp", "csp"]
    assert rows["police"]["betweenness"] > rows["council"]["betweenness"] == 0
    assert out["network"] == {"nodes": 6, "edges": 5}
    sampled = [analytics.organisation_centrality(G, k=3, seed=7)["organisations"] for _ in range(2)]
    assert sampled[0] == sampled[1]  # the seed fixes the sample


# ---------------------------------------------------------------- structure


@pytest.fixture
def groups() -> nx.MultiDiGraph:
    G = graph()
    for g in ("youth-jag", "jag", "strategic", "panel", "old-board", "a", "b", "c"):
        node(G, g, "group", g.replace("-", " ").title())
    node(G, "csp", "partnership", "CSP")
    claim(G, "youth-jag", "subgroup_of", "jag", line=1)
    claim(G, "jag", "reports_to", "csp", line=2)
    claim(G, "jag", "subgroup_of", "strategic", line=3)
    claim(G, "strategic", "subgroup_of", "csp", line=4)
    claim(G, "old-board", "replaced_by", "strategic", line=5)
    claim(G, "a", "reports_to", "b", line=6)
    claim(G, "b", "reports_to", "c", line=7)
    claim(G, "c", "subgroup_of", "a", line=8)
    return G


def test_unattached_groups(groups):
    out = analytics.unattached_groups(groups)
    assert ids(out["groups"], "group") == ["panel"]  # replaced and attached ones are not listed
    out = analytics.unattached_groups(groups, types=("group", "partnership"))
    rows = {r["group"]["id"]: r for r in out["groups"]}
    assert (
        set(rows) == {"panel", "csp"} and rows["csp"]["has_subgroups"] and not rows["panel"]["has_subgroups"]
    )


def test_reporting_cycle(groups):
    out = analytics.reporting_cycles(groups)
    assert [[b["id"] for b in c["bodies"]] for c in out["cycles"]] == [["a", "b", "c"]]
    assert [e["line_start"] for e in out["cycles"][0]["evidence"]] == [6, 7, 8]


def test_reporting_chain_to_the_top(groups):
    out = analytics.reporting_chain(groups, "youth-jag")
    chains = sorted([s["body"]["id"] for s in c] for c in out["chains"])
    assert chains == [["jag", "csp"], ["jag", "strategic", "csp"]]
    assert [t["id"] for t in out["tops"]] == ["csp"]
    first = next(c for c in out["chains"] if len(c) == 2)
    assert first[1]["relations"] == ["reports_to"] and first[1]["evidence"][0]["line_start"] == 2
    looped = analytics.reporting_chain(groups, "a")  # a cycle ends the chain instead of looping
    assert [[s["body"]["id"] for s in c] for c in looped["chains"]] == [["b", "c"]]
    assert analytics.reporting_chain(groups, "panel")["chains"] == []


# ---------------------------------------------------------------- RAG


def test_direction_from_words():
    assert analytics.direction("Residual household waste per household") == "lower"
    assert analytics.direction("Reduction in all crime (Cumulative Target)") == "lower"
    assert (
        analytics.direction("Percentage of household waste sent for reuse, recycling and composting")
        == "higher"
    )
    assert analytics.direction("Number of trees allocated to residents") == "higher"


def test_rag_mismatch_overstated_and_understated():
    G = graph()
    node(G, "recycling", "indicator", "Percentage of waste recycled", observations=[
        obs("actual", value=43.84, period="Quarter 3"), obs("actual", value=52.0, period="Quarter 1"),
        obs("target", value=50.0), obs("status", status="green", line=9),
    ])  # fmt: skip
    node(G, "residual", "indicator", "Residual household waste per household", observations=[
        obs("actual", value=430.0, period="Quarter 3"), obs("target", value=440.0), obs("status", status="red"),
    ])  # fmt: skip
    node(G, "market", "indicator", "Market stall lets", observations=[
        obs("actual", value=12337.0, period="Quarter 3"), obs("target", value=12375.0), obs("status", status="amber"),
    ])  # fmt: skip
    node(G, "owner", "post", "Waste Manager")
    claim(G, "owner", "responsible", "recycling")
    out = analytics.rag_integrity(G)
    mismatches = {m["item"]["id"]: m for m in out["mismatches"]}
    assert set(mismatches) == {"recycling", "residual"}
    assert mismatches["recycling"]["kind"] == "overstated" and mismatches["recycling"]["expected"] == "red"
    assert mismatches["recycling"]["actual"] == 43.84  # the latest period, not the first
    assert [o["id"] for o in mismatches["recycling"]["owners"]] == ["owner"]
    assert mismatches["residual"]["kind"] == "understated" and mismatches["residual"]["direction"] == "lower"
    market = next(r for r in out["checked"] if r["item"]["id"] == "market")
    assert market["expected"] == "amber" and market["agrees"]
    assert {9, 1} <= {e["line_start"] for e in mismatches["recycling"]["evidence"]}
    strict = analytics.rag_integrity(G, amber_tolerance=0.0, strict=True)
    assert "market" in ids(strict["mismatches"])  # 0.3 % short is red with no tolerance


def test_rag_unverifiable_missing_actuals_and_unchanged():
    G = graph()
    node(G, "ki4", "indicator", "Household waste recycled", observations=[
        obs("actual", value=43.84, period="Quarter 3"), obs("status", status="red"),
    ])  # fmt: skip
    node(G, "museum", "indicator", "People attending the museum", observations=[
        obs("target", value=36000.0), obs("status", status="green"),
    ])  # fmt: skip
    node(G, "stuck", "indicator", "Hub opened", observations=[
        obs("status", status="amber", period=f"Quarter {q}", date="2020-03-10") for q in (1, 2, 3)
    ] + [obs("status", status="green", period="Quarter 4", date="2019-03-10")])  # fmt: skip
    node(G, "action", "action", "Rated action", observations=[obs("status", status="red")])
    out = analytics.rag_integrity(G)
    unverifiable = {u["item"]["id"]: u["missing"] for u in out["unverifiable"]}
    assert unverifiable == {"ki4": ["target"], "museum": ["actual"], "stuck": ["target", "actual"]}
    assert ids(out["missing_actuals"]) == ["stuck", "museum"]  # by label: "Hub opened" first
    assert [(u["item"]["id"], u["status"], len(u["periods"])) for u in out["unchanged"]] == [
        ("stuck", "amber", 3)
    ]
    statuses = {s["item"]["id"]: s["status"] for s in out["statuses"]}
    assert statuses == {"ki4": "red", "museum": "green", "stuck": "amber", "action": "red"}
    assert out["counts"]["by_status"] == {"red": 2, "green": 1, "amber": 1}


# ---------------------------------------------------------------- contradictions


def test_contradictions_keep_every_version():
    G = graph(**{"a.txt": {"date": "2019-01-01"}, "b.txt": {"date": "2020-01-01"}})
    for n, t in [
        ("pi", "indicator"),
        ("ann", "person"),
        ("bob", "person"),
        ("opcc", "organisation"),
        ("csp", "partnership"),
    ]:
        node(G, n, t)
    claim(G, "ann", "responsible", "pi", doc="a.txt", line=3)
    claim(G, "bob", "responsible", "pi", doc="b.txt", line=8)
    claim(G, "ann", "chair", "csp", doc="a.txt", line=4)
    claim(G, "ann", "chair", "csp", doc="b.txt", line=9)  # the same chair twice: no contradiction
    claim(G, "opcc", "funds", "csp", doc="a.txt", amount=75500.0, period="2019/20")
    claim(G, "opcc", "funds", "csp", doc="b.txt", amount=70000.0, period="2019/20")
    claim(G, "opcc", "funds", "csp", doc="b.txt", amount=5000.0, period="2020/21")
    G.nodes["pi"]["observations"] = [
        obs("target", value=71, period="2013/14", doc="a.txt"),
        obs("target", value=80, period="2013/14", doc="b.txt"),
        obs("target", value=90, period="2014/15", doc="b.txt"),
    ]
    out = analytics.contradictions(G)
    assert out["counts"] == {"owners": 1, "amounts": 1, "targets": 1}
    owners = out["owners"][0]
    assert owners["kind"] == "disjoint" and owners["relation"] == "responsible"
    assert [(v["document"], v["date"], [o["id"] for o in v["owners"]]) for v in owners["versions"]] == [
        ("a.txt", "2019-01-01", ["ann"]),
        ("b.txt", "2020-01-01", ["bob"]),
    ]
    assert [v["evidence"][0]["line_start"] for v in owners["versions"]] == [3, 8]
    assert [v["amounts"] for v in out["amounts"][0]["versions"]] == [[75500.0], [70000.0]]
    assert out["targets"][0]["period"] == "2013/14"


def test_no_contradiction_within_one_document():
    G = graph()
    node(G, "pi", "indicator")
    claim(G, "ann", "responsible", "pi", doc="a.txt", line=1)
    claim(G, "bob", "responsible", "pi", doc="a.txt", line=2)
    assert analytics.owner_contradictions(G) == []


# ---------------------------------------------------------------- time


@pytest.fixture
def history() -> nx.MultiDiGraph:
    texts = {
        "2018.txt": "The Youth Offending Service runs the panel.\n",
        "2019.txt": "Intro\nC&WFS became operational from 1st April 2019, amalgamating four services.\n",
        "2020.txt": "Youth Offending Service officers attend the JAG.\n"
        "Previously the Youth Offending Service was separate.\n"
        "Report 5th March 2018 -\nYouth Offending Service Min 44\n",
    }
    G = graph(**{
        name: {"date": date, "title": name, "text": texts[name]}
        for name, date in [("2018.txt", "2018-06-01"), ("2019.txt", "2019-06-30"), ("2020.txt", "2020-03-10")]
    })  # fmt: skip
    node(G, "yos", "service", "Youth Offending Service", aliases=["YOS"])
    node(G, "cfws", "service", "Children and Family Wellbeing Service")
    node(G, "jag", "group", "JAG")
    node(G, "pi", "indicator", "Referrals", observations=[
        obs("target", value=40, doc="2018.txt", date="2018-06-01"), obs("target", value=50, doc="2020.txt", date="2020-03-10"),
    ])  # fmt: skip
    for n in ("ann", "bob"):
        node(G, n, "person", n.title())
    node(G, "manager", "post", "Manager")
    claim(
        G, "yos", "member", "jag", doc="2018.txt", line=1, quote="The Youth Offending Service runs the panel."
    )
    claim(
        G,
        "yos",
        "replaced_by",
        "cfws",
        doc="2019.txt",
        line=2,
        quote="C&WFS became operational from 1st April 2019",
    )
    claim(
        G,
        "yos",
        "member",
        "jag",
        doc="2020.txt",
        line=1,
        quote="Youth Offending Service officers attend the JAG.",
    )
    claim(G, "ann", "responsible", "pi", doc="2018.txt")
    claim(G, "bob", "responsible", "pi", doc="2020.txt")
    claim(G, "ann", "holds", "manager", doc="2018.txt")
    claim(G, "bob", "holds", "manager", doc="2020.txt")
    return G


def test_replacement_effective_date_from_its_passage(history):
    (r,) = analytics.replacements(history)
    assert (r["original"]["id"], r["result"]["id"]) == ("yos", "cfws")
    assert r["effective"] == {"date": "2019-04-01", "until": "2019-04-01", "source": "quote"}
    assert r["stated"] == "2019-06-30"


def test_replaced_body_mentioned_later(history):
    out = analytics.mentioned_after_replacement(history)
    (row,) = out["bodies"]
    assert row["body"]["id"] == "yos" and row["replaced_by"]["id"] == "cfws"
    found = [(m["via"], m["document"], m["evidence"][0]["line_start"]) for m in row["mentions"]]
    # the 2020 fact and its line; not the 2018 fact, not the "previously" line, not the dated minute
    assert found == [("fact", "2020.txt", 1), ("text", "2020.txt", 1)]
    assert row["mentions"][0]["relation"] == "member" and row["mentions"][0]["other"]["id"] == "jag"
    every = analytics.mentioned_after_replacement(history, include_historical=True)
    assert [m["evidence"][0]["line_start"] for m in every["bodies"][0]["mentions"]] == [1, 1, 2]
    facts_only = analytics.mentioned_after_replacement(history, texts=False)
    assert [m["via"] for m in facts_only["bodies"][0]["mentions"]] == ["fact"]


def test_as_at_keeps_the_latest_statement(history):
    early = analytics.as_at(history, "2018-12-31")
    assert [u for u, _, r in early.in_edges("pi", data="relation") if r == "responsible"] == ["ann"]
    assert "replaced_by" not in early.nodes["yos"]
    assert [o["value"] for o in early.nodes["pi"]["observations"]] == [40]
    late = analytics.as_at(history, "2020-12-31")
    assert [u for u, _, r in late.in_edges("pi", data="relation") if r == "responsible"] == ["bob"]
    assert late.nodes["yos"]["replaced_by"] == ["cfws"] and late.nodes["yos"]["replaced_on"] == "2019-04-01"
    (member,) = [d for _, _, d in late.out_edges("yos", data=True) if d["relation"] == "member"]
    assert (
        member["statements"] == 2
        and member["first_stated"] == "2018-06-01"
        and member["document"] == "2020.txt"
    )


def test_diff_between_two_dates(history):
    out = analytics.diff(history, "2018-12-31", "2020-12-31")
    assert [(r["original"]["id"], r["result"]["id"]) for r in out["replaced"]] == [("yos", "cfws")]
    assert [(c["body"]["id"], c["date"]) for c in out["created"]] == [("cfws", "2019-04-01")]
    assert [
        ([o["id"] for o in c["before"]], [o["id"] for o in c["after"]]) for c in out["owners_changed"]
    ] == [(["ann"], ["bob"])]
    assert [c["item"]["id"] for c in out["holders_changed"]] == ["manager"]
    assert [(c["before"], c["after"]) for c in out["targets_rebased"]] == [(40, 50)]
    assert out["counts"]["replaced"] == 1
    nothing = analytics.diff(history, "2020-06-01", "2020-12-31")
    assert nothing["replaced"] == [] and nothing["owners_changed"] == []


def test_undated_facts_are_kept_unless_asked():
    G = graph(**{"undated.txt": {}})
    claim(G, "ann", "responsible", "pi", doc="undated.txt")
    assert analytics.as_at(G, "2000-01-01").number_of_edges() == 1
    assert analytics.as_at(G, "2000-01-01", include_undated=False).number_of_edges() == 0


# ---------------------------------------------------------------- the seed corpus


@pytest.fixture(scope="module")
def corpus_store(corpus_store_path) -> EmbeddedStore:
    return EmbeddedStore(corpus_store_path)


@pytest.fixture(scope="module")
def corpus(corpus_store) -> nx.MultiDiGraph:
    return load(corpus_store, DEFAULT_BASE)


def _by_label(G: nx.MultiDiGraph, label: str, type: str | None = None) -> str:
    found = [n for n, d in G.nodes(data=True) if d["label"] == label and (type is None or d["type"] == type)]
    assert len(found) == 1, (label, found)
    return found[0]


def test_corpus_document_dates(corpus_store):
    dates = {name: info["date"] for name, info in document_info(corpus_store).items()}
    assert dates[D001] == "2020-06-02"  # "COMMITTEE: 2 JUNE 2020"
    assert dates[D003] == "2020-03-10"  # "Tuesday, 10th March 2020 at 6.00 pm"
    assert dates["004_682e10612260f89d.txt"] == "2014-06-01"  # "Report: June 2014"
    assert dates["002_91f710ce57dc7a1e.txt"] == "2008-04-04"
    assert dates[D000] is None  # the 2018/19 action plan states no date of its own


def test_corpus_most_responsibilities_in_the_2018_19_plan(corpus_store, corpus):
    plan = _by_label(
        corpus, "Charnwood Borough Council Children and Young People's Strategy 2018/19 Action Plan"
    )
    G = load(corpus_store, DEFAULT_BASE, plan=plan)
    top = analytics.owner_load(G)["owners"]
    assert top[0]["owner"]["label"] == "Children, Families and Partnerships Manager"
    assert top[0]["owner"]["type"] == "post"
    assert top[0]["items"] >= 10 > top[1]["items"]
    assert all(ev["document"] == D000 for ev in top[0]["evidence"])
    spof = analytics.single_points_of_failure(G)
    assert {r["owner"]["label"] for r in spof["items"]} >= {"Children, Families and Partnerships Manager"}


def test_corpus_slf_replaced_by_the_children_and_family_wellbeing_service(corpus):
    rows = {(r["original"]["label"], r["result"]["label"]): r for r in analytics.replacements(corpus)}
    slf = rows[("Supporting Leicestershire Families Programme", "Children and Family Wellbeing Service")]
    assert slf["effective"]["date"] == "2019-04-01" and slf["effective"]["source"] == "quote"
    assert slf["stated"] == "2020-03-10"
    assert any("1st April 2019" in ev["quote"] for ev in slf["evidence"])
    executive = rows[
        ("Supporting Leicestershire Families Executive", "Leicestershire Children and Families Partnership")
    ]
    assert executive["effective"]["date"] == "2016-11-01"  # "In November 2016", on the passage's line
    diff = analytics.diff(corpus, "2019-01-01", "2020-06-30")
    assert "Supporting Leicestershire Families Programme" in {
        r["original"]["label"] for r in diff["replaced"]
    }
    assert "Children and Family Wellbeing Service" in {c["body"]["label"] for c in diff["created"]}


def test_corpus_youth_offending_service_named_after_it_was_amalgamated(corpus):
    rows = {r["body"]["label"]: r for r in analytics.mentioned_after_replacement(corpus)["bodies"]}
    yos = rows["Youth Offending Service"]
    assert yos["effective"]["date"] == "2019-04-01"
    lines = {m["evidence"][0]["line_start"] for m in yos["mentions"]}
    assert 1705 in lines  # "YOS Officers work on a one to one basis ..." in the March 2020 papers
    assert not lines & {1561, 1562, 1563, 1564, 1565}  # the passage stating the amalgamation itself
    text = document_info_text(corpus, D003)
    for m in yos["mentions"]:
        ev = m["evidence"][0]
        assert ev["quote"] in text[ev["line_start"] - 1]


def document_info_text(G: nx.MultiDiGraph, name: str) -> list[str]:
    return G.graph["documents"][name]["text"].splitlines()


def test_corpus_red_key_indicator_ki4_has_no_owner_and_no_target(corpus):
    out = analytics.rag_integrity(corpus)
    statuses = {s["item"]["code"]: s for s in out["statuses"] if s["item"]["code"]}
    assert statuses["KI4"]["status"] == "red" and statuses["KI4"]["owners"] == []
    assert statuses["KI4"]["evidence"][0]["line_start"] == 497
    unverifiable = {u["item"]["code"]: u for u in out["unverifiable"]}
    assert unverifiable["KI4"]["missing"] == ["target"] and unverifiable["KI4"]["actual"] == 43.84
    checked = {c["item"]["code"]: c for c in out["checked"]}
    assert checked["NI 191"]["direction"] == "lower" and checked["NI 191"]["expected"] == "amber"
    assert checked["LS10"]["expected"] == "green" and all(c["agrees"] for c in out["checked"])
    gaps = {g["item"]["code"]: g for g in analytics.ownership_gaps(corpus)["gaps"] if g["item"]["code"]}
    assert gaps["KI4"]["category"] == "unowned" and gaps["KI4"]["status"] == "red"


def test_corpus_groups_without_a_reporting_line(corpus):
    out = analytics.unattached_groups(corpus)
    labels = {r["group"]["label"] for r in out["groups"]}
    assert "Neighbourhoods and Community Wellbeing Scrutiny Committee" in labels
    assert "Early Help Partnership Group" in labels  # C&FWS reports to it; to whom it reports is not said
    assert "Charnwood Joint Action Group" not in labels  # it reports to the Community Safety Partnership
    assert "Supporting Leicestershire Families Executive" not in labels  # replaced
    early_help = next(r for r in out["groups"] if r["group"]["label"] == "Early Help Partnership Group")
    assert early_help["has_subgroups"]
    assert analytics.reporting_cycles(corpus)["cycles"] == []
    chain = analytics.reporting_chain(corpus, _by_label(corpus, "Youth JAG"))
    assert [t["label"] for t in chain["tops"]] == ["Charnwood Community Safety Partnership"]
    assert any(
        [s["body"]["label"] for s in c]
        == ["Charnwood Joint Action Group", "Charnwood Community Safety Partnership"]
        for c in chain["chains"]
    )


def test_corpus_organisations_bridging_partnerships(corpus):
    rows = analytics.organisation_centrality(corpus)["organisations"]
    bridging = {r["organisation"]["label"] for r in rows if len(r["groups"]) >= 2}
    assert {"Leicestershire County Council", "Leicestershire Police"} <= bridging


def test_corpus_as_at_before_the_2020_papers(corpus):
    view = analytics.as_at(corpus, "2019-12-31")
    documents = {doc for _, _, d in view.edges(data=True) for doc in _common.documents_of(d)}
    assert D003 not in documents and D001 not in documents and D000 in documents  # undated kept
    assert not any(o for n in view for o in view.nodes[n].get("observations") or () if o["document"] == D003)


def test_corpus_sparql_checks_and_shapes_agree(corpus_store):
    checks = governance_checks(corpus_store, DEFAULT_BASE)
    by_check: dict[str, set[str]] = {}
    for r in checks:
        by_check.setdefault(r["check"], set()).add(r["label"])
    assert by_check["rated-without-target"] == {
        "Percentage of household waste sent for reuse, recycling and composting"
    }
    assert "reporting-cycles" not in by_check
    assert (
        "Neighbourhoods and Community Wellbeing Scrutiny Committee"
        in by_check["groups-without-reporting-line"]
    )
    assert (
        "Opportunities provided for young people to be involved in service design and delivery within Charnwood"
        in by_check["single-post-owner"]
    )
    shapes = governance_shapes(corpus_store)
    by_shape: dict[str, set[str]] = {}
    for r in shapes:
        by_shape.setdefault(r["shape"], set()).add(r["label"])
        assert r["severity"] == "Warning"
    assert by_shape["RatedIndicatorTargetShape"] == by_check["rated-without-target"]
    assert by_shape["GroupReportingLineShape"] == by_check["groups-without-reporting-line"]
    assert by_shape["PriorityIndicatorShape"] == by_check["priorities-without-indicator"]
    assert by_shape["IndicatorOwnerShape"] == {
        r["label"] for r in checks if r["check"] == "unowned-items" and r["focus"].startswith("indicator-")
    }


@pytest.mark.parametrize(
    "module",
    ["_common", "gaps", "concentration", "structure", "rag", "contradictions", "timeline"],
)
def test_docstring_examples_run(module):
    """The numpydoc examples are small runnable graphs: they must give what they show."""
    import doctest
    import importlib

    mod = importlib.import_module(f"graph.analytics.{module}")
    result = doctest.testmod(mod, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


def test_date_reader_examples_run():
    import doctest

    import ingest.dates

    result = doctest.testmod(ingest.dates)
    assert result.attempted > 0 and result.failed == 0
