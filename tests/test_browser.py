"""Pictures and pages in a real browser: Debian's Chromium driven by Playwright, against uvicorn.

Each picture loads with no console errors and draws as many nodes and links as its JSON twin
lists; a click on a node opens the node's entity page; hostile names open no dialog and add no
script element. Needs ``/usr/bin/chromium`` (``apt-get install chromium``; ``.ci/run`` does it).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from _servers import free_port, stop_process, uvicorn_command
from conftest import BASE, DOC
from playwright.sync_api import sync_playwright
from test_pages import HOSTILE_DOC, HOSTILE_IMG, HOSTILE_SCRIPT, build_hostile

from bench.chromium import launch

ROOT = Path(__file__).resolve().parents[1]
READY = "html[data-ready='true']"

PICTURES = {
    "network": ("/viz/network", "/api/v1/viz/network"),
    "entity": ("/viz/entity/group-jag?radius=2", "/api/v1/viz/entity?id=group-jag&radius=2"),
    "structure": (
        "/viz/structure/partnership-charnwood-csp",
        "/api/v1/viz/structure?id=partnership-charnwood-csp",
    ),
    "funding": ("/viz/funding", "/api/v1/viz/funding"),
    "indicators": ("/viz/indicators", "/api/v1/viz/indicators"),
}


class Server:
    """``uvicorn --factory api.app:create_app`` over one store, on a free loopback port."""

    def __init__(self, store: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = os.environ | {"PGRAPH_STORE": store, "PGRAPH_BASE_IRI": BASE}
        self.process = subprocess.Popen(uvicorn_command(self.port), cwd=ROOT, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("uvicorn did not start")

    def json(self, path: str):
        response = httpx.get(self.url + path, timeout=30)
        response.raise_for_status()
        return response.json()

    def text(self, path: str) -> str:
        response = httpx.get(self.url + path, timeout=30)
        response.raise_for_status()
        return response.text

    def stop(self) -> None:
        stop_process(self.process)


@pytest.fixture(scope="module")
def server(store_path):
    running = Server(store_path)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    running = Server(build_hostile(tmp_path_factory.mktemp("hostile-browser")))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


class Watched:
    """A page with its console errors, uncaught exceptions, dialogs and off-site requests recorded."""

    def __init__(self, browser, base: str):
        self.context = browser.new_context(viewport={"width": 1280, "height": 860}, accept_downloads=True)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on(
            "request",
            lambda r: (
                None
                if r.url.startswith((base, "data:", "blob:"))
                else self.errors.append(f"off-site {r.url}")
            ),
        )

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser, server):
    w = Watched(browser, server.url)
    yield w
    w.close()


def counts(page) -> tuple[int, int]:
    return (
        page.evaluate("pgraph.network.body.data.nodes.length"),
        page.evaluate("pgraph.network.body.data.edges.length"),
    )


def node_point(page, node_id: str, frame=None) -> tuple[float, float]:
    """Where on the screen a node is drawn."""
    target = frame or page
    point = target.evaluate(
        """(id) => {
            const n = pgraph.network;
            n.focus(id, {scale: 1.2, animation: false});
            const p = n.canvasToDOM(n.getPositions([id])[id]);
            const box = document.getElementById("pgraph-network").getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node_id,
    )
    if frame is not None:
        box = frame.frame_element().bounding_box()
        return box["x"] + point[0], box["y"] + point[1]
    return point[0], point[1]


# ---------------------------------------------------------------- pictures


@pytest.mark.parametrize("kind", list(PICTURES))
def test_picture_loads_draws_every_node_and_freezes(watched, server, kind, tmp_path):
    path, twin = PICTURES[kind]
    page = watched.page
    page.goto(server.url + path)
    page.wait_for_selector(READY, timeout=30_000)
    data = server.json(twin)
    assert counts(page) == (len(data["nodes"]), len(data["edges"]))
    assert page.evaluate("pgraph.network.physics.options.enabled") is False  # nothing keeps moving
    assert sorted(page.evaluate("pgraph.nodes.getIds()")) == sorted(n["id"] for n in data["nodes"])
    legend = page.locator("aside.pg-legend li").count()
    assert legend >= len({n["type"] for n in data["nodes"]})
    shot = tmp_path / f"{kind}.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert watched.errors == [] and watched.dialogs == []


@pytest.mark.parametrize(
    ("path", "node"),
    [
        ("/viz/structure/partnership-charnwood-csp", "group-jag"),
        ("/viz/network", "person-tim-mccabe"),
        ("/viz/funding", "project-street-pastors"),
    ],
)
def test_clicking_a_node_opens_its_entity_page(watched, server, path, node):
    page = watched.page
    page.goto(server.url + path)
    page.wait_for_selector(READY, timeout=30_000)
    x, y = node_point(page, node)
    page.mouse.click(x, y)
    page.wait_for_url(f"{server.url}/entities/{node}", timeout=10_000)
    assert page.locator("h1").inner_text().strip()
    assert watched.errors == []


def test_hovering_shows_the_evidence_as_text(watched, server):
    page = watched.page
    page.goto(server.url + PICTURES["structure"][0])
    page.wait_for_selector(READY, timeout=30_000)
    x, y = node_point(page, "group-youth-jag")
    page.mouse.move(x, y)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert text.startswith("Youth JAG") and "csp-report.txt, line" in text


# ---------------------------------------------------------------- pages


def test_pages_load_without_errors(watched, server):
    page = watched.page
    for path in ["/", "/?q=JAG", f"/documents/{DOC}#L4", "/sparql-ui", "/entities/partnership-charnwood-csp"]:
        page.goto(server.url + path)
        page.wait_for_load_state("load")
    assert watched.errors == []


def test_search_then_follow_a_result(watched, server):
    page = watched.page
    page.goto(server.url + "/")
    page.fill("input[name=q]", "youth")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=youth")
    page.click("ol.results li:first-child a")
    page.wait_for_url(server.url + "/entities/group-youth-jag")
    assert page.locator("h1").inner_text().startswith("Youth JAG")


def test_entity_page_embeds_its_neighbourhood_and_a_click_there_opens_the_page(watched, server):
    page = watched.page
    page.goto(server.url + "/entities/group-jag")
    frame = page.frame_locator("iframe.picture")
    frame.locator(READY).wait_for(state="attached", timeout=30_000)
    inner = page.frames[1]
    assert inner.evaluate("pgraph.network.body.data.nodes.length") == 4
    x, y = node_point(page, "group-youth-jag", frame=inner)
    page.mouse.click(x, y)
    page.wait_for_url(server.url + "/entities/group-youth-jag", timeout=10_000)
    assert watched.errors == []


def test_evidence_links_land_on_the_quoted_line(watched, server):
    page = watched.page
    page.goto(server.url + "/entities/group-jag")
    page.click("section[data-relation='reports to'] cite a")
    page.wait_for_url(f"{server.url}/documents/{DOC}#L6")
    assert page.evaluate("document.querySelector(':target').id") == "L6"
    assert "reports to the CSP Strategic Group" in page.locator("#L6").inner_text()


def test_sparql_page_runs_an_example_and_downloads_csv(watched, server):
    page = watched.page
    page.goto(server.url + "/sparql-ui")
    page.select_option("#example", index=2)  # where the money goes
    assert "pg:FundingFlow" in page.input_value("#query")
    page.click("#run")
    page.wait_for_selector("#results table tbody tr", timeout=15_000)
    cells = page.locator("#results td").all_inner_texts()
    assert "Locality Funding" in cells and "Street Pastors" in cells
    button = page.locator("#csv")
    with page.expect_download() as download:
        (button if button.is_visible() else page.locator("#csv-link")).click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",")[:2] == ["funderLabel", "recipientLabel"] and len(lines) == 3
    page.goto(server.url + "/sparql-ui")
    page.fill("#query", "SELECT * WHERE { ?s ?p")
    page.click("#run")
    page.wait_for_selector("#error:not([hidden])", timeout=15_000)
    assert "syntax" in page.locator("#error").inner_text().lower()
    assert page.locator("#results table").count() == 0
    assert [e for e in watched.errors if "400" not in e] == []  # the endpoint answers 400, as it should


# ---------------------------------------------------------------- hostile names


def test_hostile_names_open_no_dialog_and_add_no_script(browser, hostile_server, server):
    ids = [n["id"] for n in hostile_server.json("/api/v1/viz/network")["nodes"] if "<" in n["label"]]
    assert len(ids) >= 4
    pictures = ["/viz/network", "/viz/funding", "/viz/indicators", *(f"/viz/entity/{i}" for i in ids)]
    pages = ["/", "/?q=alert", f"/documents/{HOSTILE_DOC}", *(f"/entities/{i}" for i in ids)]
    benign = server.text("/viz/network").count("</script>")
    w = Watched(browser, hostile_server.url)
    try:
        for path in pictures + pages:
            html = hostile_server.text(path)
            w.page.goto(hostile_server.url + path)
            if path in pictures:
                w.page.wait_for_selector(READY, timeout=30_000)
                assert html.count("</script>") == benign, path
            else:
                w.page.wait_for_load_state("load")
            w.page.wait_for_timeout(150)
            assert w.page.evaluate("document.scripts.length") == html.count("</script>"), path
            assert w.page.evaluate("document.images.length") == 0, path
        assert w.dialogs == [] and w.errors == []
    finally:
        w.close()


def test_hostile_tooltip_is_text(browser, hostile_server):
    nodes = hostile_server.json("/api/v1/viz/network")["nodes"]
    (target,) = [n for n in nodes if n["label"].startswith(HOSTILE_IMG)]
    w = Watched(browser, hostile_server.url)
    try:
        w.page.goto(hostile_server.url + "/viz/network")
        w.page.wait_for_selector(READY, timeout=30_000)
        x, y = node_point(w.page, target["id"])
        w.page.mouse.move(x, y)
        tooltip = w.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5_000)
        assert tooltip.inner_text().startswith(HOSTILE_IMG)
        assert tooltip.locator("img").count() == 0
        page_titles = w.page.evaluate("document.title")
        assert HOSTILE_SCRIPT not in page_titles
        assert w.dialogs == [] and w.errors == []
    finally:
        w.close()
