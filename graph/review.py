"""The governance review: the store projected, every analytic run, findings assembled and rendered.

:func:`load` projects the store (:func:`graph.projection.project`) and attaches what the
analytics need beyond claims: each document's date, title and text (``G.graph["documents"]``),
each indicator's observations and each entity's mention passages. :func:`review` runs the
analytics of :mod:`graph.analytics` (on the graph as at a date, when asked) and turns their
results into findings, each with its entities and the passages that support it. :func:`render_html`
writes one self-contained page: inline CSS, bar charts as inline SVG, no scripts.
:func:`governance_checks` runs the SPARQL checks in ``ontology/governance/*.rq`` on any store.

Examples
--------
>>> G = load(store, base)  # doctest: +SKIP
>>> data = review(G, as_at="2020-06-30", since="2019-01-01")  # doctest: +SKIP
>>> html = render_html(data, entity_base="/entities/")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

import jinja2
import networkx as nx
from markupsafe import Markup, escape

import ontology

from . import analytics
from .analytics._common import iso, node_evidence
from .errors import BadRequest
from .namespaces import sparql_prefixes
from .projection import project
from .queries import Q_MENTIONS, document_info, evidence_row, merge_evidence, observations
from .search import name_index
from .store import GraphStore

_P = sparql_prefixes()
MENTIONS_KEPT = 5  # passages naming an entity kept on its node

SEVERITIES = ("high", "medium", "low", "info")
TOPICS = {
    "gaps": "Accountability gaps",
    "concentration": "Concentration",
    "structure": "Reporting structure",
    "rag": "RAG integrity",
    "contradictions": "Contradictions across documents",
    "timeline": "Change over time",
}


# ---------------------------------------------------------------- loading


def _value(row, name: str) -> str | None:
    return row[name].value if name in row else None


def load(
    store: GraphStore, base: str, *, plan: str | None = None, documents: Iterable[str] | None = None
) -> nx.MultiDiGraph:
    """The projected graph with document dates and texts, observations and mention passages.

    ``plan`` and ``documents`` narrow the projection as in :func:`graph.projection.project`;
    observations and documents are narrowed the same way.
    """
    G = project(store, base, plan=plan, documents=documents)
    index = name_index(store, base)
    wanted = set(documents) if documents is not None else None
    G.graph["documents"] = document_info(store, wanted)
    dates = {name: iso(info["date"]) for name, info in G.graph["documents"].items()}
    for iri, observed in observations(store).items():
        entity = index.id_of(iri)
        if entity is None or entity not in G:
            continue
        for obs in sorted(observed, key=lambda o: o["node"]):
            document = obs["evidence"][0]["document"]
            if wanted is not None and document not in wanted:
                continue
            kept = {k: obs[k] for k in ("measure", "period", "value", "unit", "status", "text")}
            kept |= {"document": document, "date": dates.get(document), "evidence": obs["evidence"]}
            G.nodes[entity].setdefault("observations", []).append(kept)
    mentions: dict[str, list[dict]] = defaultdict(list)
    for r in store.select(Q_MENTIONS):
        entity, ev = index.id_of(r["node"].value), evidence_row(r)
        if entity is not None and entity in G and (wanted is None or ev["document"] in wanted):
            mentions[entity].append(ev)
    for entity, evs in mentions.items():
        G.nodes[entity]["evidence"] = merge_evidence(evs)[:MENTIONS_KEPT]
    return G


# ---------------------------------------------------------------- findings


class _Findings:
    def __init__(self, G: nx.MultiDiGraph):
        self.G = G
        self.rows: list[dict] = []
        self.ids: Counter = Counter()

    def add(
        self,
        topic: str,
        kind: str,
        severity: str,
        title: str,
        entities: list[dict],
        evidence: list[dict],
        detail: str | None = None,
    ) -> None:
        entities = list(
            {e["id"]: {k: e.get(k) for k in ("id", "label", "type", "code")} for e in entities}.values()
        )
        if not evidence:  # every finding shows where it comes from
            evidence = merge_evidence(
                *(node_evidence(self.G, e["id"]) for e in entities if e["id"] in self.G)
            )
        key = re.sub(r"[^a-z0-9]+", "-", f"{topic}-{kind}-{entities[0]['id'] if entities else ''}".lower())
        key = key.strip("-")[:120]
        self.ids[key] += 1
        if self.ids[key] > 1:
            key = f"{key}-{self.ids[key]}"
        self.rows.append(
            {
                "id": key,
                "topic": topic,
                "kind": kind,
                "severity": severity,
                "title": title,
                "detail": detail,
                "entities": entities,
                "evidence": evidence,
            }
        )


def _name(e: dict) -> str:
    return f"{e['code']} {e['label']}" if e.get("code") and e["code"] not in e["label"] else e["label"]


def _names(items: list[dict], limit: int = 4) -> str:
    shown = ", ".join(_name(e) for e in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _fmt(value: float | None) -> str:
    if value is None:
        return "none"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


RATED = {"red", "amber", "green", "on-target", "off-target", "completed"}


def _gap_findings(f: _Findings, gaps: dict) -> None:
    unmeasured = {p["item"]["id"]: p for p in gaps["priorities"]["priorities"]}
    for g in gaps["ownership"]["gaps"]:
        item, kind = g["item"], g["item"]["type"]
        if g["category"] == "unowned":
            title = f"{_name(item)}: no one is responsible"
        elif g["category"] == "contributors_only":
            title = f"{_name(item)}: only contributors are named ({_names(g['contributors'])})"
        else:
            title = f"{_name(item)}: owned only by people with no stated post ({_names(g['owners'])})"
        if item["id"] in unmeasured:  # one finding for a priority no one leads and nothing measures
            title += " and no indicator measures it"
            unmeasured.pop(item["id"])
        rated = g["status"] in RATED or any(
            o.get("measure") == "target" for o in f.G.nodes[item["id"]].get("observations") or ()
        )
        severity = "medium" if kind == "action" or (kind == "indicator" and rated) else "low"
        if g["status"] in ("red", "amber", "off-target"):
            severity = "high"
            title += f"; it is rated {g['status']}"
        f.add("gaps", g["category"], severity, title, [item, *g["owners"], *g["contributors"]], g["evidence"])
    for p in unmeasured.values():
        f.add(
            "gaps",
            "priority_without_indicator",
            "low",
            f"{_name(p['item'])}: no indicator measures this priority",
            [p["item"]],
            p["evidence"],
        )
    ind = gaps["indicators"]
    for row in ind["no_target"]:
        observed = f.G.nodes[row["item"]["id"]].get("observations")
        if observed and row["status"] not in RATED:  # rated ones are RAG findings
            f.add(
                "gaps",
                "no_target",
                "low",
                f"{_name(row['item'])}: values are reported but no target is stated",
                [row["item"]],
                row["evidence"],
            )
    for row in ind["stale"]:
        f.add(
            "gaps",
            "stale",
            "medium",
            f"{_name(row['item'])}: latest value is from {row['latest']} "
            f"({row['age_days']} days before the review date)",
            [row["item"]],
            row["evidence"],
        )


def _concentration_findings(f: _Findings, conc: dict, spof: dict) -> None:
    for r in conc["load"]["owners"]:
        if r["items"] < 3:
            continue
        holders = f"; held by {_names(r['holders'])}" if r["holders"] else ""
        f.add(
            "concentration",
            "owner_load",
            "medium" if r["items"] >= 5 or r["sole"] >= 3 else "info",
            f"{_name(r['owner'])} is responsible for {r['items']} items, {r['sole']} of them alone{holders}",
            [r["owner"], *r["holders"]],
            r["evidence"],
        )
    by_owner: dict[str, list[dict]] = defaultdict(list)
    for row in spof["items"]:
        by_owner[row["owner"]["id"]].append(row)
    for rows in by_owner.values():
        owner = rows[0]["owner"]
        f.add(
            "concentration",
            "single_point_of_failure",
            "medium",
            f"{len(rows)} item(s) depend on {_name(owner)} alone: {_names([r['item'] for r in rows], 3)}",
            [owner, *(r["item"] for r in rows)],
            merge_evidence(*(r["evidence"] for r in rows)),
        )
    for r in conc["centrality"]["organisations"]:
        if len(r["groups"]) >= 2:
            f.add(
                "concentration",
                "bridging_organisation",
                "info",
                f"{_name(r['organisation'])} sits on {len(r['groups'])} groups or partnerships "
                f"({_names(r['groups'])}); betweenness {r['betweenness']:.2f}",
                [r["organisation"], *r["groups"]],
                r["evidence"],
            )


def _structure_findings(f: _Findings, st: dict) -> None:
    for r in st["unattached"]["groups"]:
        if r["has_subgroups"]:
            title = (
                f"{_name(r['group'])} heads {_names(r['subgroups'])} but its own reporting line is not stated"
            )
        else:
            title = f"{_name(r['group'])}: no reporting line stated (reports to or sits under nothing)"
        f.add(
            "structure",
            "no_reporting_line",
            "low" if r["has_subgroups"] else "medium",
            title,
            [r["group"], *r["subgroups"]],
            r["evidence"],
        )
    for c in st["cycles"]["cycles"]:
        loop = " → ".join(_name(b) for b in [*c["bodies"], c["bodies"][0]])
        f.add("structure", "reporting_cycle", "high", f"Reporting cycle: {loop}", c["bodies"], c["evidence"])


def _rag_findings(f: _Findings, rag: dict) -> None:
    for m in rag["mismatches"]:
        f.add(
            "rag",
            "status_mismatch",
            "high",
            f"{_name(m['item'])} is reported {m['reported']} but {_fmt(m['actual'])} against a target of "
            f"{_fmt(m['target'])} ({m['direction']} is better) earns {m['expected']} ({m['kind']})",
            [m["item"], *m["owners"]],
            m["evidence"],
        )
    for u in rag["unverifiable"]:
        owners = f"; owner: {_names(u['owners'])}" if u["owners"] else "; no owner named"
        latest = f" (latest actual {_fmt(u['actual'])}, {u['period']})" if u["actual"] is not None else ""
        f.add(
            "rag",
            "unverifiable_status",
            "high" if u["reported"] in ("red", "amber", "off-target") else "medium",
            f"{_name(u['item'])} is rated {u['reported']} with no {' or '.join(u['missing'])} to check it against"
            f"{latest}{owners}",
            [u["item"], *u["owners"]],
            u["evidence"],
        )
    for m in rag["missing_actuals"]:
        if m["reported"] in (None, "not-started") and m["target"] is None:
            continue
        f.add(
            "rag",
            "missing_actual",
            "low",
            f"{_name(m['item'])}: {'rated ' + m['reported'] if m['reported'] else 'a target'} but no actual value reported",
            [m["item"], *m["owners"]],
            m["evidence"],
        )
    for u in rag["unchanged"]:
        f.add(
            "rag",
            "unchanged_status",
            "medium" if u["status"] != "green" else "info",
            f"{_name(u['item'])} has been {u['status']} for {len(u['periods'])} periods in a row",
            [u["item"]],
            u["evidence"],
        )


def _contradiction_findings(f: _Findings, con: dict) -> None:
    for c in con["owners"]:
        versions = "; ".join(f"{v['document']}: {_names(v['owners'])}" for v in c["versions"])
        f.add(
            "contradictions",
            "different_owners",
            "high",
            f"{_name(c['item'])}: documents name different {c['relation'].replace('_', ' ')} ({versions})",
            [c["item"], *(o for v in c["versions"] for o in v["owners"])],
            merge_evidence(*(v["evidence"] for v in c["versions"])),
        )
    for c in con["amounts"]:
        versions = "; ".join(
            f"{v['document']}: " + ", ".join(f"£{_fmt(a)}" for a in v["amounts"]) for v in c["versions"]
        )
        f.add(
            "contradictions",
            "different_amounts",
            "high",
            f"{_name(c['funder'])} → {_name(c['recipient'])} ({c['period'] or 'no period'}): different amounts ({versions})",
            [c["recipient"], c["funder"]],
            merge_evidence(*(v["evidence"] for v in c["versions"])),
        )
    for c in con["targets"]:
        versions = "; ".join(
            f"{v['document']}: " + ", ".join(_fmt(t) for t in v["targets"]) for v in c["versions"]
        )
        f.add(
            "contradictions",
            "different_targets",
            "high",
            f"{_name(c['item'])} ({c['period'] or 'no period'}): different targets ({versions})",
            [c["item"]],
            merge_evidence(*(v["evidence"] for v in c["versions"])),
        )


def _timeline_findings(f: _Findings, tl: dict) -> None:
    for r in tl["replacements"]:
        eff = r["effective"]
        when = (
            f"effective {eff['date']}"
            if eff["source"] in ("quote", "lines")
            else f"stated by {eff['date']}"
            if eff["date"]
            else "undated"
        )
        f.add(
            "timeline",
            "replaced",
            "info",
            f"{_name(r['original'])} was replaced by {_name(r['result'])} ({when})",
            [r["original"], r["result"]],
            r["evidence"],
        )
    for r in tl["mentioned_after_replacement"]["bodies"]:
        facts = [m for m in r["mentions"] if m["via"] == "fact"]
        docs = sorted({m["document"] for m in r["mentions"]})
        f.add(
            "timeline",
            "named_after_replacement",
            "medium" if facts else "low",
            f"{_name(r['body'])} is named {len(r['mentions'])} time(s) in {', '.join(docs)} after it was replaced by "
            f"{_name(r['replaced_by'])} on {r['effective']['date']}",
            [r["body"], r["replaced_by"], *(m["other"] for m in facts if m["other"])],
            merge_evidence(r["replacement_evidence"], *(m["evidence"] for m in r["mentions"])),
        )
    d = tl.get("diff")
    if not d:
        return
    window = f"between {d['since']} and {d['until']}"
    for c in d["created"]:
        f.add(
            "timeline",
            "created",
            "info",
            f"{_name(c['body'])} came into being {window} ({c['date']})",
            [c["body"]],
            c["evidence"],
        )
    for key, what in (("owners_changed", "owners"), ("holders_changed", "holders")):
        for c in d[key]:
            f.add(
                "timeline",
                key,
                "medium",
                f"{_name(c['item'])}: {what} changed {window}, from {_names(c['before'])} to {_names(c['after'])}",
                [c["item"], *c["before"], *c["after"]],
                c["evidence"],
            )
    for c in d["targets_rebased"]:
        f.add(
            "timeline",
            "target_rebased",
            "medium",
            f"{_name(c['item'])}: target re-based {window}, from {_fmt(c['before'])} to {_fmt(c['after'])}",
            [c["item"]],
            c["evidence"],
        )


def _date_arg(value: str | dt.date | None, name: str) -> str | None:
    try:
        return iso(value)
    except ValueError:
        raise BadRequest(f"{name} must be a date as YYYY-MM-DD") from None


def review(
    G: nx.MultiDiGraph,
    *,
    as_at: str | dt.date | None = None,
    since: str | dt.date | None = None,
    top: int = 10,
    seed: int = 0,
) -> dict:
    """Every analytic over ``G`` (as it stood on ``as_at``), assembled into findings.

    Returns
    -------
    dict
        ``as_at``, ``since``; ``documents`` (in time order, with fact counts); ``summary``
        (findings by severity and by topic); ``findings``: ``{id, topic, kind, severity, title,
        detail, entities, evidence}``, most severe first; ``charts``: bar-chart rows
        ``{id, label, value}``; ``chains``: reporting chains; ``analytics``: every analytic's
        own result.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="action", label="Run the JAG", evidence=[
    ...     {"document": "d.txt", "line_start": 1, "line_end": 1, "quote": "Run the JAG"}])
    >>> [(x["kind"], x["severity"]) for x in review(G)["findings"]]
    [('unowned', 'medium')]
    """
    as_at, since = _date_arg(as_at, "as_at"), _date_arg(since, "since")
    if as_at and since and since > as_at:
        raise BadRequest("since must not be after as_at")
    view = analytics.as_at(G, as_at) if as_at else G
    results = {
        "gaps": analytics.gaps(view, as_at=as_at),
        "concentration": analytics.concentration(view, top=top, seed=seed),
        "structure": analytics.structure(view),
        "rag": analytics.rag(view),
        "contradictions": analytics.contradictions(view),
        "timeline": analytics.timeline(view, since=since, until=as_at),
    }
    results["concentration"]["single_points_of_failure"] = analytics.single_points_of_failure(view)
    f = _Findings(view)
    _gap_findings(f, results["gaps"])
    _concentration_findings(f, results["concentration"], results["concentration"]["single_points_of_failure"])
    _structure_findings(f, results["structure"])
    _rag_findings(f, results["rag"])
    _contradiction_findings(f, results["contradictions"])
    _timeline_findings(f, results["timeline"])
    order = {s: i for i, s in enumerate(SEVERITIES)}
    topics = list(TOPICS)
    findings = sorted(f.rows, key=lambda x: (order[x["severity"]], topics.index(x["topic"])))
    summary: dict[str, Any] = {
        "findings": len(findings),
        "by_severity": {s: sum(1 for x in findings if x["severity"] == s) for s in SEVERITIES},
        "by_topic": {t: sum(1 for x in findings if x["topic"] == t) for t in TOPICS},
    }
    charts = {
        "owner_load": [
            {"id": r["owner"]["id"], "label": _name(r["owner"]), "value": r["items"]}
            for r in results["concentration"]["load"]["owners"]
        ],
        "statuses": [
            {"id": s, "label": s, "value": n}
            for s, n in sorted(results["rag"]["counts"]["by_status"].items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "centrality": [
            {"id": r["organisation"]["id"], "label": _name(r["organisation"]), "value": len(r["groups"])}
            for r in results["concentration"]["centrality"]["organisations"]
        ],
        "documents": [
            {"id": d["document"], "label": f"{d['date'] or 'undated'} {d['document']}", "value": d["facts"]}
            for d in results["timeline"]["documents"]
        ],
        "findings": [{"id": t, "label": TOPICS[t], "value": n} for t, n in summary["by_topic"].items()],
    }
    return {
        "as_at": as_at,
        "since": since,
        "documents": results["timeline"]["documents"],
        "summary": summary,
        "findings": findings,
        "charts": charts,
        "chains": results["structure"]["chains"]["chains"],
        "analytics": results,
    }


def build_review(
    store: GraphStore,
    base: str,
    *,
    as_at: str | dt.date | None = None,
    since: str | dt.date | None = None,
    plan: str | None = None,
) -> dict:
    """:func:`load` then :func:`review`: the review of a store."""
    as_at, since = _date_arg(as_at, "as_at"), _date_arg(since, "since")
    return review(load(store, base, plan=plan), as_at=as_at, since=since)


# ---------------------------------------------------------------- SPARQL checks and SHACL

GOVERNANCE_SHAPES = "governance.ttl"
GOVERNANCE_CHECKS = "governance"


def governance_queries() -> dict[str, str]:
    """The SPARQL checks of ``ontology/governance/*.rq``, by name (file name less ``.rq``)."""
    folder = ontology.path(GOVERNANCE_CHECKS)
    return {
        entry.name[: -len(".rq")]: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


def governance_checks(store: GraphStore, base: str | None = None) -> list[dict]:
    """Every SPARQL check run on ``store``: rows ``{check, focus, label, message}``.

    ``focus`` is the entity id when ``base`` is given and the IRI lies under it, else the IRI.
    """
    rows = []
    for name, query in governance_queries().items():
        for r in store.select(query):
            focus = r["focus"].value
            if base and focus.startswith(base):
                focus = focus[len(base) :]
            rows.append(
                {
                    "check": name,
                    "focus": focus,
                    "label": _value(r, "label") or focus,
                    "message": _value(r, "message") or name,
                }
            )
    return rows


def governance_shapes(store: GraphStore) -> list[dict]:
    """The governance SHACL shapes (``ontology/governance.ttl``) over the document graphs:
    one row per result, ``{shape, focus, label, severity, message}``."""
    import pyshacl  # slow to import
    from rdflib import Graph, URIRef
    from rdflib.namespace import SH, SKOS

    from .validate import document_graph

    data = document_graph(store)
    shapes = Graph().parse(data=ontology.path(GOVERNANCE_SHAPES).read_bytes(), format="turtle")
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    rows = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        shape = results.value(result, SH.sourceShape)
        if isinstance(shape, URIRef):
            shape_name = str(shape).rsplit("#", 1)[-1]
        else:  # a property shape inside a node shape: name the node shape
            parent = next(shapes.subjects(SH.property, shape), None)
            shape_name = str(parent).rsplit("#", 1)[-1] if parent is not None else "shape"
        rows.append(
            {
                "shape": shape_name,
                "focus": str(focus),
                "label": str(data.value(focus, SKOS.prefLabel) or focus),
                "severity": str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                "message": str(results.value(result, SH.resultMessage) or ""),
            }
        )
    return sorted(rows, key=lambda r: (r["shape"], r["label"].casefold(), r["focus"]))


# ---------------------------------------------------------------- HTML

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1em 1.5em; color: #222; }
h1 { margin-bottom: .2em; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2em; margin-top: 2em; }
.meta { color: #555; } table { border-collapse: collapse; } td, th { padding: .2em .6em; text-align: left; border-bottom: 1px solid #eee; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 1em 2em; }
.chart h3 { font-size: 1em; margin-bottom: .3em; } svg text { font-size: 12px; fill: #222; }
.finding { border-left: 5px solid #999; padding: .3em .8em; margin: .8em 0; background: #fafafa; }
.finding.high { border-color: #c62828; } .finding.medium { border-color: #ef8f00; } .finding.low { border-color: #9e9e9e; } .finding.info { border-color: #1e88e5; }
.sev { display: inline-block; font-size: .75em; text-transform: uppercase; padding: 0 .4em; border-radius: 3px; color: #fff; background: #999; }
.sev.high { background: #c62828; } .sev.medium { background: #ef8f00; } .sev.info { background: #1e88e5; }
.finding h3 { font-size: 1em; margin: .2em 0; } .entities { margin: .2em 0; padding: 0; list-style: none; }
.entities li { display: inline; margin-right: .8em; } .type { color: #777; font-size: .85em; }
.evidence { margin: .3em 0 .3em 1.2em; padding: 0; } .evidence li { margin: .2em 0; }
blockquote { margin: 0; } q { color: #333; font-style: italic; } cite { font-style: normal; font-size: .85em; color: #555; }
.chain { margin: .2em 0; } .empty { color: #777; }
</style>
</head>
<body>
<h1>{{ title }}</h1>
<p class="meta">
{%- if data.as_at %}As at {{ data.as_at }}. {% endif -%}
{%- if data.since %}Changes since {{ data.since }}. {% endif -%}
{{ data.summary.findings }} findings:
{% for s, n in data.summary.by_severity.items() %}<span class="sev {{ s }}">{{ s }}</span> {{ n }}{% if not loop.last %}, {% endif %}{% endfor %}.
Every finding names its entities and quotes the passages it rests on.</p>

<h2 id="documents">Documents</h2>
<table><tr><th>Date</th><th>Document</th><th>Title</th><th>Facts</th></tr>
{% for d in data.documents %}<tr><td>{{ d.date or "undated" }}</td><td>{{ doc_link(d.document) }}</td><td>{{ d.title or "" }}</td><td>{{ d.facts }}</td></tr>
{% endfor %}</table>

<h2 id="charts">Overview</h2>
<div class="charts">
{% for key, heading in charts %}<div class="chart"><h3>{{ heading }}</h3>{{ bars(data.charts[key]) }}</div>
{% endfor %}</div>

{% for topic, heading in topics.items() %}
<h2 id="{{ topic }}">{{ heading }}</h2>
{% set rows = data.findings | selectattr("topic", "equalto", topic) | list %}
{% if not rows %}<p class="empty">No findings.</p>{% endif %}
{% for f in rows %}
<article class="finding {{ f.severity }}" id="{{ f.id }}">
<h3><span class="sev {{ f.severity }}">{{ f.severity }}</span> {{ f.title }}</h3>
{% if f.detail %}<p>{{ f.detail }}</p>{% endif %}
<ul class="entities">{% for e in f.entities %}<li>{{ entity_link(e) }} <span class="type">{{ e.type or "" }}</span></li>{% endfor %}</ul>
<ol class="evidence">{% for ev in f.evidence %}{% set anchor = f.id ~ "-ev" ~ loop.index %}<li id="{{ anchor }}"><blockquote><q>{{ ev.quote }}</q>
<cite>{{ ev_link(ev, anchor) }}</cite></blockquote></li>{% endfor %}</ol>
</article>
{% endfor %}
{% if topic == "structure" %}
<h3>Reporting chains</h3>
{% for c in data.chains %}{% for chain in c.chains %}<p class="chain">{{ entity_link(c.group) }}{% for step in chain %} → {{ entity_link(step.body) }} <span class="type">({{ step.relations | join(", ") | replace("_", " ") }}{% if step.evidence %}: {{ ev_link(step.evidence[0]) }}{% endif %})</span>{% endfor %}</p>
{% endfor %}{% else %}<p class="empty">No reporting lines stated.</p>{% endfor %}
{% endif %}
{% endfor %}
</body>
</html>
"""
CHARTS = (
    ("findings", "Findings by topic"),
    ("owner_load", "Items each post or person is responsible for"),
    ("statuses", "Latest reported RAG status"),
    ("centrality", "Groups each organisation sits on"),
    ("documents", "Facts read from each document"),
)


def _bars(rows: list[dict], width: int = 460, bar: int = 18, label_width: int = 250) -> str:
    """A horizontal bar chart as inline SVG (labels escaped)."""
    if not rows:
        return Markup('<p class="empty">Nothing to chart.</p>')
    esc = escape
    top = max(r["value"] for r in rows) or 1
    span = width - label_width - 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{len(rows) * (bar + 4) + 4}" role="img">'
    ]
    for i, r in enumerate(rows):
        y = i * (bar + 4) + 2
        w = max(1, round(span * r["value"] / top))
        label = r["label"] if len(r["label"]) <= 34 else r["label"][:33] + "…"
        parts.append(
            f'<text x="{label_width - 6}" y="{y + bar - 5}" text-anchor="end"><title>{esc(r["label"])}</title>{esc(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{w}" height="{bar}" fill="#5c85c5"></rect>'
            f'<text x="{label_width + w + 4}" y="{y + bar - 5}">{esc(str(r["value"]))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _lines(ev: dict) -> str:
    a, b = ev["line_start"], ev["line_end"]
    return f"line {a}" if a == b else f"lines {a}-{b}"


def render_html(
    data: dict,
    *,
    entity_base: str | None = None,
    document_base: str | None = None,
    title: str = "Governance review",
) -> str:
    """The review as one self-contained HTML page (no scripts, no external resources).

    With ``entity_base`` (``"/entities/"`` when served) entities link to their pages; with
    ``document_base`` (``"/documents/"``) each quote links to its line in the document page.
    Every document-derived string is escaped.
    """
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    esc = escape

    def entity_link(e: dict):
        text = esc(_name(e))
        if entity_base is None:
            return Markup(f'<span title="{esc(e["id"])}">{text}</span>')
        return Markup(f'<a href="{esc(entity_base + quote(e["id"], safe=""))}">{text}</a>')

    def doc_link(name: str):
        if document_base is None:
            return esc(name)
        return Markup(f'<a href="{esc(document_base + quote(name, safe=""))}">{esc(name)}</a>')

    def ev_link(ev: dict, anchor: str | None = None):
        """A citation linking to the quoted line when served, else to the quote on this page."""
        text = esc(f"{ev['document']}, {_lines(ev)}")
        if document_base is not None:
            href = f"{document_base}{quote(ev['document'], safe='')}#L{ev['line_start']}"
        elif anchor is not None:
            href = "#" + anchor
        else:
            return text
        return Markup(f'<a class="evidence-link" href="{esc(href)}">{text}</a>')

    template = env.from_string(TEMPLATE)
    return template.render(
        data=data,
        title=title,
        topics=TOPICS,
        charts=CHARTS,
        bars=_bars,
        entity_link=entity_link,
        doc_link=doc_link,
        ev_link=ev_link,
    )


__all__ = [
    "build_review",
    "document_info",
    "governance_checks",
    "governance_queries",
    "governance_shapes",
    "load",
    "render_html",
    "review",
]
