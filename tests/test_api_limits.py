"""Bounds on every request: HEAD wherever GET is served, a deadline on REST and page routes, header and
keep-alive timeouts on the connection, and a quick shutdown on SIGTERM (``pgraph serve``)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from _servers import free_port
from conftest import BASE
from fastapi.testclient import TestClient

from api.app import create_app
from graph import queries, views

ROOT = Path(__file__).resolve().parents[1]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"


# ---------------------------------------------------------------- HEAD


@pytest.mark.parametrize(
    "path",
    ["/health", "/api/v1/health", "/api/v1/search?q=CSP", "/", "/entities/group-jag", "/openapi.json"],
)
def test_head_answers_wherever_get_does_with_the_same_headers(client, path):
    get, head = client.get(path), client.head(path)
    assert get.status_code == head.status_code == 200
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == get.headers["content-length"]


def test_head_on_an_unknown_entity_is_404_like_get(client):
    assert client.head("/api/v1/entities/no-such-thing").status_code == 404


# ---------------------------------------------------------------- the deadline


@pytest.fixture
def slow_app(settings, monkeypatch) -> Iterator[TestClient]:
    """The app with a 1 s deadline (a quick route on a loaded machine stays under it), over routes made to take
    3 s."""

    def slow(*args, **kwargs):
        time.sleep(3)
        return {}

    monkeypatch.setattr(queries, "health", slow)
    monkeypatch.setattr(views, "overview", slow)
    with TestClient(create_app(settings.model_copy(update={"request_timeout": 1.0}))) as test_client:
        reads_ready(test_client)
        yield test_client


def reads_ready(client: TestClient) -> list[int]:
    """The REST workers' process ids, once every one has started (they start in the background)."""
    pool = client.app.state.reads
    deadline = time.monotonic() + 60
    while pool.idle() < pool.size:
        assert time.monotonic() < deadline, "the REST workers did not start"
        time.sleep(0.1)
    return pool.pids()


def test_a_slow_rest_route_answers_503_at_its_deadline(slow_app):
    started = time.monotonic()
    response = slow_app.get("/api/v1/health")
    assert time.monotonic() - started < 2.0
    assert response.status_code == 503 and response.headers["retry-after"]
    assert response.json()["error"]["code"] == "request_timeout"


def test_a_slow_page_answers_an_html_503_at_its_deadline(slow_app):
    started = time.monotonic()
    response = slow_app.get("/")
    assert time.monotonic() - started < 2.0
    assert response.status_code == 503 and response.headers["content-type"].startswith("text/html")
    assert 'data-code="request_timeout"' in response.text


def test_quick_routes_are_untouched_by_the_deadline(slow_app):
    assert slow_app.get("/api/v1/search", params={"q": "CSP"}).status_code == 200


def test_a_slow_rest_read_is_stopped_at_its_deadline_and_its_worker_freed(settings, monkeypatch):
    from graph import workers

    monkeypatch.setattr(workers, "HANDLER", "worker_handlers:spinning_who_owns")  # who_owns spins a minute
    tight = settings.model_copy(update={"request_timeout": 1.0, "rest_workers": 1})
    with TestClient(create_app(tight)) as client:
        (spinning,) = reads_ready(client)
        started = time.monotonic()
        response = client.get("/api/v1/who-owns", params={"item": "anything"})
        assert response.status_code == 503 and response.json()["error"]["code"] == "request_timeout"
        assert time.monotonic() - started < 3.0
        time.sleep(0.5)
        assert not alive(spinning), "the read went on past its deadline"
        assert client.get("/api/v1/search", params={"q": "CSP"}).status_code == 200  # a new worker answers


# ---------------------------------------------------------------- pgraph serve: connections and shutdown


@contextlib.contextmanager
def pgraph_serve(store: str, tmp_path: Path, header_seconds: float) -> Iterator[tuple[str, subprocess.Popen]]:
    """``pgraph serve``'s server (api.server.run) with a short header timeout, on a free port."""
    port = free_port()
    env = dict(
        os.environ,
        PGRAPH_STORE=store,
        PGRAPH_BASE_IRI=BASE,
        PGRAPH_PORT=str(port),
        PGRAPH_QUERY_TIMEOUT="60",
    )
    script = (
        "import sys; from api import server; from graph.settings import Settings; "
        "server.HeaderTimeout.header_seconds = float(sys.argv[1]); server.run(Settings(), log_level='warning')"
    )
    log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(header_seconds)], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            with contextlib.suppress(httpx.HTTPError):
                ready = httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=5)
                if ready.status_code == 200:
                    break
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        yield url, process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()


def closed_within(sock: socket.socket, seconds: float) -> float | None:
    """Seconds until the server closed ``sock`` (None when it stayed open for ``seconds``)."""
    sock.settimeout(seconds)
    started = time.monotonic()
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        return None
    except ConnectionResetError:
        pass
    return time.monotonic() - started


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its reaper does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_served_connections_are_bounded_and_sigterm_stops_the_server(store_path, tmp_path):
    with pgraph_serve(store_path, tmp_path, header_seconds=0.5) as (url, process):
        host, port = url.removeprefix("http://").split(":")
        head = httpx.head(url + "/health", timeout=5)
        assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 0

        silent = socket.create_connection((host, int(port)))  # connects and says nothing
        trickle = socket.create_connection((host, int(port)))  # headers never finished
        trickle.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        with silent, trickle:
            assert closed_within(silent, 5) is not None
            assert closed_within(trickle, 5) is not None

        workers = children(process.pid)
        assert workers, "the SPARQL workers run as child processes"

        def runaway() -> None:
            with contextlib.suppress(httpx.HTTPError):
                httpx.get(url + "/sparql", params={"query": RUNAWAY}, timeout=30)

        busy = threading.Thread(target=runaway, daemon=True)  # would run a minute; in flight at SIGTERM
        busy.start()
        idle = socket.create_connection((host, int(port)))  # a keep-alive connection, open
        idle.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        idle.recv(4096)
        time.sleep(0.5)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
        assert time.monotonic() - started < 8, "SIGTERM took too long"
        idle.close()
        time.sleep(0.5)
        assert not [p for p in workers if alive(p)], "the SPARQL workers outlived the server"
