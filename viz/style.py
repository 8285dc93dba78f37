"""How pictures look: a shape and colour per entity type, RAG colours, edge styles, tooltip text.

Everything here is a constant or a function of constants and numbers: no option is ever built
from document text. Tooltips are plain text (the page turns them into text nodes, never HTML).
"""

from __future__ import annotations

from urllib.parse import quote

from ontology import relations

# entity type: (vis-network shape, fill colour, legend label)
KIND_STYLE: dict[str | None, tuple[str, str, str]] = {
    "partnership": ("star", "#1f4e9c", "partnership"),
    "organisation": ("square", "#4e79a7", "organisation"),
    "group": ("hexagon", "#59a14f", "group / board"),
    "service": ("triangleDown", "#8cd17d", "service"),
    "person": ("dot", "#f28e2b", "person"),
    "post": ("triangle", "#ffbe7d", "post"),
    "plan": ("diamond", "#b07aa1", "plan"),
    "priority": ("diamond", "#d4a6c8", "priority"),
    "action": ("square", "#9c755f", "action"),
    "indicator": ("triangle", "#76b7b2", "indicator"),
    "fund": ("star", "#edc948", "fund / programme"),
    "project": ("dot", "#bab0ac", "project"),
    None: ("dot", "#cccccc", "other"),
}

# RAG code (graph.rdf.RAG_CODES): (fill colour, legend label)
RAG_STYLE: dict[str | None, tuple[str, str]] = {
    "red": ("#d62728", "red"),
    "off-target": ("#d62728", "off target"),
    "amber": ("#ffbf00", "amber"),
    "green": ("#2ca02c", "green"),
    "on-target": ("#2ca02c", "on target"),
    "completed": ("#1f77b4", "completed"),
    "not-started": ("#9e9e9e", "not started"),
    None: ("#ffffff", "no status"),
}

# predicate local name: (dashes, width, colour, legend label), from the relation table, in its order
EDGE_STYLE: dict[str, tuple[bool, float, str, str]] = {
    r.local_name: (r.edge.dashed, r.edge.width, r.edge.colour, r.edge.legend) for r in relations.table()
}
DEFAULT_EDGE = (False, 1.0, "#9aa5b1", "fact")

# SVG shapes (16x16 view box) for the legend, one per vis-network shape used above.
SVG_SHAPES = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangle": '<polygon points="8,1.5 14.5,14 1.5,14"/>',
    "triangleDown": '<polygon points="1.5,2 14.5,2 8,14.5"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "star": '<polygon points="8,1 9.8,6 15,6 10.8,9.2 12.4,14.6 8,11.4 3.6,14.6 5.2,9.2 1,6 6.2,6"/>',
    "hexagon": '<polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"/>',
}

QUOTE_CHARS = 280
LABEL_CHARS = 48


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def kind_style(kind: str | None) -> tuple[str, str, str]:
    return KIND_STYLE.get(kind, KIND_STYLE[None])


def rag_style(status: str | None) -> tuple[str, str]:
    return RAG_STYLE.get(status, RAG_STYLE[None])


def edge_style(predicate: str) -> tuple[bool, float, str, str]:
    return EDGE_STYLE.get(local_name(predicate), DEFAULT_EDGE)


def short(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def lines_of(ev: dict) -> str:
    a, b = ev["line_start"], ev["line_end"]
    return f"line {a}" if a == b else f"lines {a}-{b}"


def evidence_text(evidence: list[dict], limit: int = 2) -> str:
    """The first ``limit`` quotes with their document and lines, and how many more there are."""
    parts = [
        f"“{short(ev['quote'], QUOTE_CHARS)}”\n   — {ev['document']}, {lines_of(ev)}"
        for ev in evidence[:limit]
    ]
    if len(evidence) > limit:
        parts.append(f"(and {len(evidence) - limit} more)")
    return "\n".join(parts)


def node_title(node: dict, extra: list[str] | None = None) -> str:
    """A node's tooltip: label, type and code, anything extra, and where a document names it."""
    head = [node["label"]]
    kind = kind_style(node.get("type"))[2]
    head.append(f"{kind} · {node['code']}" if node.get("code") else kind)
    lines = head + list(extra or [])
    if node.get("evidence"):
        lines.append(evidence_text(node["evidence"], 1))
    return "\n".join(lines)


def edge_title(edge: dict, nodes: dict[str, dict], extra: list[str] | None = None) -> str:
    """An edge's tooltip: subject, relation and object, anything extra, and the evidence quotes."""
    source = nodes[edge["source"]]["label"]
    target = nodes[edge["target"]]["label"]
    lines = [f"{short(source, 80)} — {edge['relation']} → {short(target, 80)}", *(extra or [])]
    if edge.get("evidence"):
        lines.append(evidence_text(edge["evidence"]))
    return "\n".join(lines)


def money(amount: float | None) -> str:
    if amount is None:
        return "amount not stated"
    return f"£{amount:,.0f}" if amount == int(amount) else f"£{amount:,.2f}"


def entity_url(entity_id: str, link_base: str = "") -> str:
    """The entity page of ``entity_id``: relative, or under an http(s) ``link_base``."""
    return f"{link_base.rstrip('/')}/entities/{quote(entity_id, safe='')}"


def check_link_base(link_base: str) -> str:
    """Links in pictures are relative or http(s), never anything else (``javascript:``, ``data:``)."""
    if link_base and not link_base.lower().startswith(("http://", "https://")):
        raise ValueError("link_base must be empty (relative links) or an http(s) URL")
    if any(c in link_base for c in "\"'<> \\"):
        raise ValueError("link_base must be a plain URL")
    return link_base
