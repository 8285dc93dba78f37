"""Pictures as pure functions: a picture's data (:mod:`graph.views`) in, an HTML string out.

Each function builds a pyvis :class:`~pyvis.network.Network`, styles it from constants
(:mod:`viz.style`) and renders it with ``Network.generate_html()`` through our own template
(:mod:`viz.template`). Nothing is written to disk and nothing is fetched from the internet:
vis-network comes from pyvis's bundled copy, inlined (``Resources(inline=True)``, for files)
or served by the app (``Resources(static="/viz/static")``).

Big pictures are laid out before the page loads (:func:`viz.layout.spring_layout`, seeded) with
physics off; smaller ones settle in the browser (straight edges, at most 200 stabilisation
iterations) and physics is switched off when stabilisation ends, so nothing keeps moving.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources as importlib_resources

from markupsafe import Markup
from pyvis.network import Network

from .layout import spring_layout
from .style import (
    EDGE_STYLE,
    LABEL_CHARS,
    RAG_STYLE,
    check_link_base,
    edge_style,
    edge_title,
    entity_url,
    evidence_text,
    kind_style,
    local_name,
    money,
    node_title,
    rag_style,
    short,
)
from .template import environment

VIS_DIR = ("lib", "vis-9.1.2")
VIS_FILES = {"vis-network.min.js": "text/javascript", "vis-network.css": "text/css"}
PHYSICS_MAX_NODES = 250  # above this, positions are computed before the page loads (see bench/viz_bench.py)
IMPROVED_LAYOUT_MAX_NODES = 100
STABILISATION_ITERATIONS = 200
MONEY_COLOUR = EDGE_STYLE["funds"][2]  # the funding legend's lines
KINDS = ("network", "entity", "structure", "funding", "indicators")


@dataclass(frozen=True)
class Resources:
    """Where the page gets vis-network: inlined into the page, or from ``static`` (served by the app)."""

    inline: bool = True
    static: str = "/viz/static"


def vis_asset(name: str) -> str:
    """The text of one of vis-network's files as bundled with pyvis."""
    if name not in VIS_FILES:
        raise KeyError(name)
    path = importlib_resources.files("pyvis").joinpath(*VIS_DIR, name)
    text = path.read_text(encoding="utf-8")
    lowered = text.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise ValueError(f"{name} cannot be inlined safely")
    return text


def _page(kind: str, resources: Resources, **fields) -> dict:
    """What the template shows around a picture: ``fields`` and where vis-network comes from."""
    page = {"kind": kind, "inline": resources.inline, "static": resources.static.rstrip("/"), **fields}
    if resources.inline:
        page["vis_js"] = Markup(vis_asset("vis-network.min.js"))
        page["vis_css"] = Markup(vis_asset("vis-network.css"))
    else:
        check_link_base(resources.static if "://" in resources.static else "")
        if not resources.static.startswith("/") and "://" not in resources.static:
            raise ValueError("static must be an absolute path or an http(s) URL")
    return page


def _base_options(n_nodes: int, directed: bool = True) -> dict:
    return {
        "nodes": {"font": {"size": 12, "face": "system-ui, sans-serif"}, "borderWidth": 1},
        "edges": {
            "smooth": False,
            "color": {"color": "#9aa5b1", "highlight": "#24292f", "hover": "#24292f", "inherit": False},
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#57606a"},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_nodes > PHYSICS_MAX_NODES},
        "layout": {"improvedLayout": n_nodes <= IMPROVED_LAYOUT_MAX_NODES, "randomSeed": 7},
        "physics": {"enabled": False},
    }


LAYOUTS = ("auto", "physics", "precomputed")


def _settle(
    options: dict, vis_nodes: list[dict], vis_edges: list[dict], layout: str = "auto", seed: int = 7
) -> str:
    """Free layout: settle in the browser (small, or ``layout="physics"``) or place beforehand
    (big, or ``layout="precomputed"``). Returns a note for the legend."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    if layout == "precomputed" or layout == "auto" and len(vis_nodes) > PHYSICS_MAX_NODES:
        pos = spring_layout(
            [n["id"] for n in vis_nodes],
            [(e["from"], e["to"]) for e in vis_edges],
            seed=seed,
            iterations=40 if len(vis_nodes) <= 1000 else 25,
        )
        for n in vis_nodes:
            n["x"], n["y"] = pos[n["id"]]
        options["physics"] = {"enabled": False}
        return "Laid out before loading (seeded); physics is off. Drag to rearrange."
    options["physics"] = {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -5000, "springLength": 140},
        "stabilization": {"enabled": True, "iterations": STABILISATION_ITERATIONS, "updateInterval": 50},
    }
    return "Settled in the browser, then frozen. Drag to rearrange."


def _hierarchy(options: dict, direction: str) -> None:
    across = direction in ("UD", "DU")
    options["layout"] = {
        "improvedLayout": False,
        "hierarchical": {
            "enabled": True,
            "direction": direction,
            "sortMethod": "directed",
            "shakeTowards": "roots",
            "levelSeparation": 150 if across else 380,
            "nodeSpacing": 190 if across else 60,
            "treeSpacing": 220,
        },
    }
    options["physics"] = {"enabled": False}
    options["nodes"]["font"]["size"] = 14
    if across:
        options["nodes"]["widthConstraint"] = {"maximum": 170}
    options["edges"]["smooth"] = {
        "enabled": True,
        "type": "cubicBezier",
        "forceDirection": "vertical" if across else "horizontal",
        "roundness": 0.4,
    }


def _label(node: dict) -> str:
    label = node["label"]
    code = node.get("code")
    if code and code.casefold() not in label.casefold():
        label = f"{code} {label}"
    return short(label, LABEL_CHARS)


def _vis_node(
    node: dict, link_base: str, *, size: float | None = None, extra: list[str] | None = None
) -> dict:
    shape, colour, _ = kind_style(node.get("type"))
    degree = node.get("degree") or 0
    return {
        "id": node["id"],
        "label": _label(node),
        "shape": shape,
        "color": {
            "background": colour,
            "border": "#4a4a4a",
            "highlight": {"background": colour, "border": "#000"},
        },
        "size": size if size is not None else round(min(34.0, 9 + 3 * math.sqrt(degree)), 1),
        "title": node_title(node, extra),
        "url": entity_url(node["id"], link_base),
        "kind": node.get("type") or "other",
    }


def _vis_edge(
    edge: dict, nodes: dict[str, dict], *, extra: list[str] | None = None, styled: bool = True
) -> dict:
    dashes, width, colour, _ = edge_style(edge["predicate"])
    out = {"from": edge["source"], "to": edge["target"], "title": edge_title(edge, nodes, extra)}
    if styled:
        out |= {
            "dashes": dashes,
            "width": width,
            "color": {"color": colour, "highlight": "#24292f", "inherit": False},
        }
    return out


def _kind_legend(nodes: list[dict], title: str = "Entity types") -> dict:
    counts = Counter(n.get("type") for n in nodes)
    items = []
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        shape, colour, label = kind_style(kind)
        items.append({"shape": shape, "colour": colour, "label": label, "count": n})
    return {"title": title, "items": items}


def _line_item(dashes: bool, width: float, colour: str, label: str, count: int | None = None) -> dict:
    """A legend row drawn as a line."""
    return {"line": True, "dashes": dashes, "width": width, "colour": colour, "label": label, "count": count}


def _edge_legend(edges: list[dict]) -> dict:
    used = Counter(local_name(e["predicate"]) for e in edges)
    items = [
        _line_item(dashes, width, colour, label, used[name])
        for name, (dashes, width, colour, label) in EDGE_STYLE.items()
        if used.get(name)
    ]
    return {"title": "Links", "items": items}


def _render(heading: str, page: dict, vis_nodes: list[dict], vis_edges: list[dict], options: dict) -> str:
    net = Network(height="100%", width="100%", directed=True, heading=heading, cdn_resources="remote")
    for n in vis_nodes:
        attrs = {k: v for k, v in n.items() if k not in ("id", "label", "shape", "color")}
        net.add_node(n["id"], label=n["label"], shape=n["shape"], color=n["color"], **attrs)
    for e in vis_edges:
        net.add_edge(e["from"], e["to"], **{k: v for k, v in e.items() if k not in ("from", "to")})
    net.options = options
    env = environment()
    env.globals["page"] = page
    net.templateEnv = env
    net.path = "picture.html"
    return net.generate_html()


@dataclass
class _Drawing:
    """One picture before it is rendered: what vis-network draws and what the page says around it."""

    kind: str
    heading: str
    nodes: list[dict]
    edges: list[dict]
    summary: str
    legend: list[dict]
    notes: list[str]
    levels: str | None = None  # a hierarchy's direction ("UD", "LR"); None for a free layout


def _html(
    drawing: _Drawing,
    resources: Resources | None,
    controls: list[dict] | None,
    links: list[dict] | None,
    embed: bool,
    layout: str = "auto",
) -> str:
    """The page of ``drawing``: every renderer's options (see :func:`network_html`) applied in one place."""
    options = _base_options(len(drawing.nodes))
    notes = list(drawing.notes)
    if drawing.levels:
        _hierarchy(options, drawing.levels)
    else:
        notes.append(_settle(options, drawing.nodes, drawing.edges, layout))
    page = _page(
        drawing.kind,
        resources or Resources(),
        summary=drawing.summary,
        controls=controls or [],
        links=links or [],
        legend=drawing.legend,
        notes=notes,
        embed=embed,
    )
    return _render(drawing.heading, page, drawing.nodes, drawing.edges, options)


def _summary(data: dict) -> str:
    return f"{len(data['nodes'])} nodes · {len(data['edges'])} links"


def network_html(
    data: dict,
    *,
    resources: Resources | None = None,
    link_base: str = "",
    controls: list[dict] | None = None,
    links: list[dict] | None = None,
    embed: bool = False,
    layout: str = "auto",
    heading: str = "Partnership network",
) -> str:
    """The whole network (or a filtered part): shapes and colours by type, size by number of facts.

    Every renderer takes ``resources`` (inline vis-network, or where the app serves it), ``link_base``
    (empty for relative links to ``/entities/{id}``, else an http(s) URL), ``controls`` (the filter
    form: dicts of ``kind``, ``name``, ``label``, ``options``), ``links`` (header links), ``embed``
    (no header, for an iframe) and, for free layouts, ``layout`` ("auto", "physics", "precomputed").
    """
    link_base = check_link_base(link_base)
    nodes = {n["id"]: n for n in data["nodes"]}
    drawing = _Drawing(
        "network",
        heading,
        nodes=[_vis_node(n, link_base) for n in data["nodes"]],
        edges=[_vis_edge(e, nodes, styled=False) for e in data["edges"]],
        summary=_summary(data),
        legend=[_kind_legend(data["nodes"])],
        notes=["Hover a node or link for the quote it was read from; click a node to open its page."],
    )
    return _html(drawing, resources, controls, links, embed, layout)


def entity_html(
    data: dict,
    *,
    resources: Resources | None = None,
    link_base: str = "",
    controls: list[dict] | None = None,
    links: list[dict] | None = None,
    embed: bool = False,
    layout: str = "auto",
) -> str:
    """An entity's neighbourhood: the entity large and outlined, everything within ``radius`` around it."""
    link_base = check_link_base(link_base)
    centre = data["centre"]["id"]
    nodes = {n["id"]: n for n in data["nodes"]}
    vis_nodes = []
    for n in data["nodes"]:
        extra = (
            [f"{n.get('distance', 0)} step(s) from {short(data['centre']['label'], 60)}"]
            if n["id"] != centre
            else []
        )
        v = _vis_node(n, link_base, extra=extra)
        if n["id"] == centre:
            v["size"] = 34
            v["borderWidth"] = 4
            v["color"]["border"] = "#000000"
            v["font"] = {"size": 15, "bold": True}
        vis_nodes.append(v)
    notes = ["Hover for evidence; click a node to open its page."]
    if data.get("truncated"):
        notes.insert(0, "Only the nearest nodes are shown: the neighbourhood is larger.")
    drawing = _Drawing(
        "entity",
        f"Around {data['centre']['label']}",
        nodes=vis_nodes,
        edges=[_vis_edge(e, nodes) for e in data["edges"]],
        summary=f"{_summary(data)} within {data['radius']} step(s)",
        legend=[_kind_legend(data["nodes"]), _edge_legend(data["edges"])],
        notes=notes,
    )
    return _html(drawing, resources, controls, links, embed, layout)


def structure_html(
    data: dict,
    *,
    resources: Resources | None = None,
    link_base: str = "",
    controls: list[dict] | None = None,
    links: list[dict] | None = None,
    embed: bool = False,
) -> str:
    """A partnership's structure top-down: sub-groups under their parents, members and chairs under
    their group, whom a group reports to above it (dashed)."""
    link_base = check_link_base(link_base)
    nodes = {n["id"]: n for n in data["nodes"]}
    vis_nodes = []
    for n in data["nodes"]:
        v = _vis_node(n, link_base, size=22 if n.get("depth") is not None else 14)
        v["level"] = n["level"]
        if n["id"] == data["root"]["id"]:
            v["borderWidth"] = 4
            v["size"] = 30
        vis_nodes.append(v)
    vis_edges = []
    for e in data["edges"]:
        role = e.get("role")
        v = _vis_edge(e, nodes, extra=[f"role: {role}"] if role else None)
        name = local_name(e["predicate"])
        v["label"] = short(role, 28) if role else ("" if name == "memberOf" else e["relation"])
        vis_edges.append(v)
    drawing = _Drawing(
        "structure",
        f"Structure of {data['root']['label']}",
        nodes=vis_nodes,
        edges=vis_edges,
        summary=_summary(data),
        legend=[_kind_legend(data["nodes"]), _edge_legend(data["edges"])],
        notes=[
            "Top-down: each group above its sub-groups, members and chairs.",
            "Click a node to open its page.",
        ],
        levels="UD",
    )
    return _html(drawing, resources, controls, links, embed)


def funding_html(
    data: dict,
    *,
    resources: Resources | None = None,
    link_base: str = "",
    controls: list[dict] | None = None,
    links: list[dict] | None = None,
    embed: bool = False,
) -> str:
    """Money left to right: funder -> programme -> recipient or project; edge width by amount."""
    link_base = check_link_base(link_base)
    nodes = {n["id"]: n for n in data["nodes"]}
    received: Counter[str] = Counter()
    for e in data["edges"]:
        received[e["target"]] += e.get("amount") or 0
    vis_nodes = []
    for n in data["nodes"]:
        extra = [f"received: {money(received[n['id']])}"] if received[n["id"]] else []
        v = _vis_node(n, link_base, extra=extra)
        v["level"] = n["level"]
        vis_nodes.append(v)
    biggest = max((e.get("amount") or 0 for e in data["edges"]), default=0) or 1
    vis_edges = []
    for e in data["edges"]:
        amount = e.get("amount")
        flows = [
            f"• {money(f['amount'])}"
            + (f" {f['period']}" if f.get("period") else "")
            + (f" ({f['status']})" if f.get("status") else "")
            for f in e.get("flows", [])
        ]
        extra = [f"total: {money(amount)}", *flows[:8]] + (
            [f"(and {len(flows) - 8} more flows)"] if len(flows) > 8 else []
        )
        v = _vis_edge(e, nodes, extra=extra)
        v["width"] = round(1 + 11 * math.sqrt(amount / biggest), 2) if amount else 1
        v["dashes"] = amount is None
        v["label"] = money(amount) if amount is not None else ""
        v["amount"] = amount
        vis_edges.append(v)
    total = sum(
        e.get("amount") or 0
        for e in data["edges"]
        if not any(x["target"] == e["source"] for x in data["edges"])
    )
    drawing = _Drawing(
        "funding",
        "Funding flows",
        nodes=vis_nodes,
        edges=vis_edges,
        summary=f"{_summary(data)} · {money(total)} from the first funders",
        legend=[
            _kind_legend(data["nodes"]),
            {
                "title": "Money",
                "items": [
                    _line_item(False, 8, MONEY_COLOUR, "wide: more money"),
                    _line_item(False, 1, MONEY_COLOUR, "narrow: less"),
                    _line_item(True, 1, MONEY_COLOUR, "amount not stated"),
                ],
            },
        ],
        notes=["Hover a link for each amount, its period and the quote it was read from."],
        levels="LR",
    )
    return _html(drawing, resources, controls, links, embed)


def indicators_html(
    data: dict,
    *,
    resources: Resources | None = None,
    link_base: str = "",
    controls: list[dict] | None = None,
    links: list[dict] | None = None,
    embed: bool = False,
    layout: str = "auto",
) -> str:
    """Indicators and actions filled by their latest RAG status, linked to their owners and to what they measure."""
    link_base = check_link_base(link_base)
    nodes = {n["id"]: n for n in data["nodes"]}
    vis_nodes = []
    statuses: Counter[str | None] = Counter()
    for n in data["nodes"]:
        if n.get("role") == "indicator":
            status = n.get("status")
            statuses[status] += 1
            fill, label = rag_style(status)
            extra = [f"status: {label}" + (f" ({n['period']})" if n.get("period") else "")]
            if n.get("status_evidence"):
                extra.append("status read from:\n" + evidence_text(n["status_evidence"], 1))
            v = _vis_node(n, link_base, size=17, extra=extra)
            v["color"] = {
                "background": fill,
                "border": "#333333",
                "highlight": {"background": fill, "border": "#000"},
            }
            v["borderWidth"] = 1.5
            v["status"] = status or "none"
        else:
            v = _vis_node(n, link_base, size=18 if n.get("role") == "owner" else 10)
        vis_nodes.append(v)
    rag_items = []
    for status, (fill, label) in RAG_STYLE.items():
        if statuses.get(status):
            rag_items.append({"shape": "dot", "colour": fill, "label": label, "count": statuses[status]})
    drawing = _Drawing(
        "indicators",
        "Indicators by status, with their owners",
        nodes=vis_nodes,
        edges=[_vis_edge(e, nodes) for e in data["edges"]],
        summary=f"{sum(statuses.values())} indicators and actions · {statuses.get('red', 0)} red · {statuses.get('amber', 0)} amber",
        legend=[
            {"title": "Latest status", "items": rag_items},
            _kind_legend(data["nodes"], "Shapes"),
            _edge_legend(data["edges"]),
        ],
        notes=["Fill: the latest RAG status; shape: indicator (triangle) or action (square)."],
    )
    return _html(drawing, resources, controls, links, embed, layout)


RENDERERS = {
    "network": network_html,
    "entity": entity_html,
    "structure": structure_html,
    "funding": funding_html,
    "indicators": indicators_html,
}


def picture_html(data: dict, **kwargs) -> str:
    """The picture of ``data`` (by its ``kind``), with the keyword options the renderers take."""
    return RENDERERS[data["kind"]](data, **kwargs)
