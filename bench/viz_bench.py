"""Time to interactive of network pictures in headless Chromium (target: under 3 s at 2,000 nodes).

A seeded synthetic network in the shape of ours (entities of every type, facts with evidence
quotes, hubs) is rendered by :func:`viz.pictures.network_html` into a self-contained page (vis-network
inlined) in a temporary directory and opened from ``file://`` in Debian's Chromium. Time to
interactive is the time from navigation start until the picture is drawn and still (the page sets
``data-ready`` after stabilisation ends and physics is switched off, or after the first drawing when
positions were computed beforehand). ``draw`` is the mean time of one full redraw afterwards (what
panning and zooming cost), ``build`` the Python time to make the page (layout included).

    python -m bench.viz_bench                # 200, 500 and 2,000 nodes; a table and bench/results/viz_bench.json
    python -m bench.viz_bench --nodes 2000 --runs 5

Every figure is the median of ``--runs`` page loads (min and max alongside). Only ``file://`` pages
are opened; Chromium runs with networking features off.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import chromium
from graph.views import KINDS
from viz.pictures import PHYSICS_MAX_NODES, Resources, network_html

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results"
TARGET_S = 3.0
TARGET_NODES = 2000
PREDICATES = [
    "https://w3id.org/partnership-graph/ontology#responsibleFor",
    "http://www.w3.org/ns/org#memberOf",
    "http://purl.org/dc/terms/isPartOf",
    "https://w3id.org/partnership-graph/ontology#measures",
    "https://w3id.org/partnership-graph/ontology#funds",
]
WORDS = [
    "community",
    "safety",
    "partnership",
    "council",
    "police",
    "board",
    "action",
    "plan",
    "priority",
    "youth",
    "health",
]


def synthetic(n: int, seed: int = 7, extra_edges: float = 0.5) -> dict:
    """A picture's data with ``n`` nodes and about ``1.5 n`` links: a preferential-attachment tree
    (hubs, like councils and plans) plus random cross links, every item with an evidence quote."""
    rng = random.Random(seed)

    def quote() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."

    def evidence(line: int) -> list[dict]:
        return [
            {"document": f"doc-{line % 40:02d}.txt", "line_start": line, "line_end": line, "quote": quote()}
        ]

    nodes = []
    for i in range(n):
        kind = rng.choice(KINDS)
        label = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))).title()
        nodes.append(
            {
                "id": f"{kind}-{i}",
                "label": label,
                "type": kind,
                "aliases": [],
                "code": None,
                "degree": 0,
                "evidence": evidence(i + 1),
            }
        )
    edges, seen, targets = [], set(), [0]
    for i in range(1, n):
        j = rng.choice(targets)
        seen.add((i, j))
        targets += [i, j]
    while len(seen) < (n - 1) * (1 + extra_edges):
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            seen.add((a, b))
    for a, b in sorted(seen):
        nodes[a]["degree"] += 1
        nodes[b]["degree"] += 1
        p = rng.choice(PREDICATES)
        edges.append(
            {
                "source": nodes[a]["id"],
                "target": nodes[b]["id"],
                "predicate": p,
                "relation": p.rsplit("#", 1)[-1].rsplit("/", 1)[-1],
                "evidence": evidence(a + b + 1),
            }
        )
    return {"kind": "network", "nodes": nodes, "edges": edges, "filters": {}}


def measure(browser, page_path: Path, timeout_s: float) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(page_path.as_uri(), wait_until="commit")
        page.wait_for_selector("html[data-ready='true']", timeout=timeout_s * 1000)
        ready_ms = int(page.get_attribute("html", "data-ready-ms"))
        draw_ms = page.evaluate(
            """() => new Promise((resolve) => {
                const n = pgraph.network, times = [];
                let last = performance.now();
                const step = () => {
                    const now = performance.now(); times.push(now - last); last = now;
                    if (times.length < 10) { n.once("afterDrawing", () => requestAnimationFrame(step)); n.moveTo({scale: n.getScale() * 1.01}); }
                    else { resolve(times.slice(1).reduce((a, b) => a + b, 0) / (times.length - 1)); }
                };
                n.once("afterDrawing", () => requestAnimationFrame(step));
                n.moveTo({scale: n.getScale() * 1.01});
            })"""
        )
        counts = page.evaluate(
            "[pgraph.network.body.data.nodes.length, pgraph.network.body.data.edges.length]"
        )
        physics = page.evaluate("pgraph.network.physics.options.enabled")
        return {
            "ready_s": ready_ms / 1000,
            "draw_ms": round(draw_ms, 1),
            "counts": counts,
            "physics_after": physics,
            "errors": errors,
        }
    finally:
        context.close()


def run(sizes: list[int], runs: int, timeout_s: float) -> dict:
    from playwright.sync_api import sync_playwright

    cases = []
    for n in sizes:
        cases.append((n, "auto"))
        if n > PHYSICS_MAX_NODES:
            cases.append((n, "physics"))  # for comparison: settled in the browser, then frozen
    rows = []
    with tempfile.TemporaryDirectory(prefix="viz-bench-") as tmp, sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        version = browser.version
        for n, layout in cases:
            data = synthetic(n)
            started = time.perf_counter()
            html = network_html(data, resources=Resources(inline=True), layout=layout)
            build_s = time.perf_counter() - started
            path = Path(tmp) / f"network-{n}-{layout}.html"
            path.write_text(html, encoding="utf-8")
            mode = (
                "precomputed"
                if layout == "precomputed" or layout == "auto" and n > PHYSICS_MAX_NODES
                else "physics"
            )
            samples = [measure(browser, path, timeout_s) for _ in range(runs if layout == "auto" else 1)]
            ready = [s["ready_s"] for s in samples]
            assert all(s["counts"] == [n, len(data["edges"])] for s in samples), (
                "the page lost nodes or links"
            )
            rows.append(
                {
                    "nodes": n,
                    "links": len(data["edges"]),
                    "layout": mode,
                    "build_s": round(build_s, 2),
                    "html_kb": round(len(html.encode()) / 1024),
                    "tti_s": round(statistics.median(ready), 2),
                    "tti_min_s": round(min(ready), 2),
                    "tti_max_s": round(max(ready), 2),
                    "draw_ms": statistics.median(s["draw_ms"] for s in samples),
                    "frozen": not any(s["physics_after"] for s in samples),
                    "errors": sorted({e for s in samples for e in s["errors"]}),
                    "runs": len(samples),
                }
            )
            print(f"  {n} nodes, {mode}: {rows[-1]['tti_s']} s", file=sys.stderr)
        browser.close()
    target = next((r for r in rows if r["nodes"] == TARGET_NODES and r["layout"] == "precomputed"), None)
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "chromium": version,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "target": {
            "nodes": TARGET_NODES,
            "tti_s": TARGET_S,
            "met": bool(target and target["tti_s"] < TARGET_S),
        },
        "rows": rows,
    }


def table(result: dict) -> str:
    head = ("nodes", "links", "layout", "build s", "page KB", "TTI s (min-max)", "redraw ms", "frozen")
    lines = [head]
    for r in result["rows"]:
        lines.append(
            (
                str(r["nodes"]),
                str(r["links"]),
                r["layout"],
                f"{r['build_s']:.2f}",
                str(r["html_kb"]),
                f"{r['tti_s']:.2f} ({r['tti_min_s']:.2f}-{r['tti_max_s']:.2f})",
                f"{r['draw_ms']:.1f}",
                "yes" if r["frozen"] else "no",
            )
        )
    widths = [max(len(row[i]) for row in lines) for i in range(len(head))]
    out = [
        "  ".join(
            c.rjust(w) if i in (0, 1, 3, 4, 6) else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in lines
    ]
    out.insert(1, "  ".join("-" * w for w in widths))
    t = result["target"]
    out.append(
        f"\ntarget: {t['nodes']} nodes interactive in under {t['tti_s']} s: {'met' if t['met'] else 'NOT met'}"
        f" (Chromium {result['chromium']})"
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, action="append", help="picture sizes (default 200, 500, 2000)")
    parser.add_argument("--runs", type=int, default=3, help="page loads per size (median reported)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for one page")
    parser.add_argument("--out", type=Path, default=RESULTS / "viz_bench.json", help="where the JSON goes")
    args = parser.parse_args(argv)
    result = run(args.nodes or [200, 500, TARGET_NODES], max(1, args.runs), args.timeout)
    print(table(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"-> {args.out}", file=sys.stderr)
    return 0 if result["target"]["met"] or TARGET_NODES not in (args.nodes or [TARGET_NODES]) else 1


if __name__ == "__main__":
    sys.exit(main())
