"""Benchmarks on synthetic corpora of about 10k, 100k and 1M quads (:mod:`bench.generate`).

1. ingest: MB of text per second (wall) and per CPU-second (one core), and peak memory, in a fresh process;
2. who-owns through our query layer (:func:`graph.queries.who_owns`) against the same SPARQL run
   directly on pyoxigraph: p50/p95 latency (target: at most 1.3x raw at 1M quads);
3. the same SPARQL on an rdflib in-memory Dataset, as a baseline;
4. REST ``/api/v1/who-owns`` (uvicorn on loopback) under 1, 4 and 8 concurrent clients against
   ``oxigraph serve-read-only`` answering the same SPARQL over the same build directory, and our
   ``/sparql`` endpoint when the app has one: requests/s and p50/p95 (target: at least 0.8x Oxigraph).

Every figure is the median of several runs, with min and max. A table is printed and the numbers
are written to ``bench/results/<date>.json`` (and ``latest.json``). Only loopback addresses are
used; every loop is bounded in time and count.

    python -m bench.run                 # everything (make bench), under 15 minutes on 2 cores
    python -m bench.run --sizes 10k --quick
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlencode

BASE = "https://example.org/id/"
ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results"
SEED = 7

# runs per size: ingest runs, query rounds, rdflib rounds, REST repeats
PLAN = {
    "10k": {"ingest": 5, "rounds": 5, "rdflib": 3, "rest": 3},
    "100k": {"ingest": 3, "rounds": 5, "rdflib": 3, "rest": 3},
    "1m": {"ingest": 2, "rounds": 5, "rdflib": 1, "rest": 3},
}
QUICK = {"ingest": 1, "rounds": 2, "rdflib": 1, "rest": 1}
ITEMS = 100  # who-owns calls per round
RDFLIB_ITEMS = 20
CONCURRENCY = (1, 4, 8)
REST_SECONDS = 2.0
# repeated ingest runs stop once this much of the run has gone, leaving time for queries and REST
INGEST_BUDGET_S = 8.5 * 60


# ---------------------------------------------------------------- small statistics


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation."""
    data = sorted(values)
    if not data:
        return float("nan")
    at = (len(data) - 1) * q / 100
    lo = int(at)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (at - lo)


def spread(values: Sequence[float]) -> dict:
    """Median, min and max of one figure over several runs."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": len(values)}


# ---------------------------------------------------------------- ingest (child process)


def ingest_child(corpus: str, store: str) -> None:
    """Ingest ``corpus`` into ``store`` and print timings, sizes and peak memory as JSON."""
    from graph.build import build
    from ingest.pipeline import document_paths, ingest_paths

    size = sum(p.stat().st_size for p in document_paths([corpus]))
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    resolved = ingest_paths([corpus])
    read = time.perf_counter()
    report = build(resolved, store, BASE)
    done = time.perf_counter()
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (
        (cpu1.ru_utime - cpu0.ru_utime)
        + (cpu1.ru_stime - cpu0.ru_stime)
        + children.ru_utime
        + children.ru_stime
    )
    print(
        json.dumps(
            {
                "bytes": size,
                "documents": report.documents,
                "quads": report.quads,
                "extract_s": read - started,
                "build_s": done - read,
                "wall_s": done - started,
                "cpu_s": cpu,
                "peak_rss_mb": cpu1.ru_maxrss / 1024,
            }
        )
    )


def bench_ingest(corpus: Path, store: Path, runs: int, deadline: float = float("inf")) -> dict:
    """``runs`` fresh-process ingests; a further run is skipped when it would end past ``deadline``."""
    results: list[dict] = []
    for _ in range(runs):
        if results and time.monotonic() + results[-1]["wall_s"] > deadline:
            break
        out = subprocess.run(
            [sys.executable, "-m", "bench.run", "--ingest-child", str(corpus), str(store)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT.parent,
            timeout=1800,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    mb = results[0]["bytes"] / 1e6
    return {
        "documents": results[0]["documents"],
        "quads": results[0]["quads"],
        "text_mb": mb,
        "wall_s": spread([r["wall_s"] for r in results]),
        "extract_s": spread([r["extract_s"] for r in results]),
        "build_s": spread([r["build_s"] for r in results]),
        "mb_per_s": spread([mb / r["wall_s"] for r in results]),
        "mb_per_cpu_s": spread([mb / r["cpu_s"] for r in results]),
        "peak_rss_mb": spread([r["peak_rss_mb"] for r in results]),
    }


# ---------------------------------------------------------------- who-owns: our layer vs raw pyoxigraph


class Recorder:
    """A store that remembers the SPARQL it is asked, to replay the same text elsewhere."""

    def __init__(self, store):
        self.store = store
        self.queries: list[str] = []

    def __getattr__(self, name):
        return getattr(self.store, name)

    def select(self, query: str):
        self.queries.append(query)
        return self.store.select(query)


def pick_items(store, count: int) -> list[str]:
    """Actions and indicators that have a responsible owner, in a seeded order."""
    import random

    from graph.queries import Q_WHO_OWNS  # noqa: F401  (the query whose answers we time)
    from graph.search import name_index

    index = name_index(store, BASE)
    rows = store.select(
        "SELECT DISTINCT ?o WHERE { ?e <https://w3id.org/partnership-graph/ontology#responsibleFor> ?o }"
    )
    owned = sorted(
        i
        for r in rows
        if (i := index.id_of(r["o"].value)) in index.entries
        and index.entries[i].type in ("action", "indicator")
    )
    random.Random(SEED).shuffle(owned)
    return owned[:count] or sorted(index.entries)[:count]


def captured_queries(store, items: list[str]) -> list[list[str]]:
    """The SPARQL texts who_owns sends for each item."""
    from graph.queries import who_owns

    out = []
    for item in items:
        recorder = Recorder(store)
        who_owns(recorder, BASE, item)
        out.append(recorder.queries)
    return out


def timed(calls: Sequence[Callable[[], object]]) -> list[float]:
    """Wall-clock milliseconds of each call."""
    out = []
    for call in calls:
        t = time.perf_counter()
        call()
        out.append((time.perf_counter() - t) * 1000)
    return out


def timed_pairs(pairs: Sequence[tuple[Callable[[], object], Callable[[], object]]]) -> list[list[float]]:
    """Wall and CPU milliseconds of two calls run one after the other for each item, so both see the
    same load from the rest of the machine: [wall a, wall b, cpu a, cpu b] lists."""
    wall_a, wall_b, cpu_a, cpu_b = [], [], [], []
    for a, b in pairs:
        for call, wall, cpu in ((a, wall_a, cpu_a), (b, wall_b, cpu_b)):
            t, c = time.perf_counter(), time.process_time()
            call()
            cpu.append((time.process_time() - c) * 1000)
            wall.append((time.perf_counter() - t) * 1000)
    return [wall_a, wall_b, cpu_a, cpu_b]


def bench_queries(store_path: Path, rounds: int) -> tuple[dict, list[str], list[list[str]]]:
    """who_owns through the layer and its captured SPARQL on pyoxigraph, item by item, interleaved."""
    import pyoxigraph as ox

    from graph.queries import who_owns
    from graph.store import EmbeddedStore, current_build

    store = EmbeddedStore(store_path)
    started = time.perf_counter()
    items = pick_items(store, ITEMS)  # reads the name index once, as the app's lifespan does
    index_s = time.perf_counter() - started
    queries = captured_queries(store, items)
    raw = ox.Store.read_only(str(current_build(store_path)))

    def raw_call(texts: list[str]) -> Callable[[], object]:
        return lambda: [list(raw.query(t, use_default_graph_as_union=True)) for t in texts]

    pairs = [(lambda i=i: who_owns(store, BASE, i), raw_call(q)) for i, q in zip(items, queries, strict=True)]
    timed_pairs(pairs[:20])  # warm caches
    figures: dict[str, list[float]] = {}
    for _ in range(rounds):
        wall_layer, wall_raw, cpu_layer, cpu_raw = timed_pairs(pairs)
        for name, ms in (
            ("layer", wall_layer),
            ("raw", wall_raw),
            ("layer_cpu", cpu_layer),
            ("raw_cpu", cpu_raw),
        ):
            figures.setdefault(f"{name}_p50_ms", []).append(percentile(ms, 50))
            figures.setdefault(f"{name}_p95_ms", []).append(percentile(ms, 95))
    for kind in ("", "_cpu"):
        for q in ("p50", "p95"):
            layer, direct = figures[f"layer{kind}_{q}_ms"], figures[f"raw{kind}_{q}_ms"]
            figures[f"ratio{kind}_{q}"] = [a / b for a, b in zip(layer, direct, strict=True)]
    result = {"items": len(items), "name_index_s": index_s} | {k: spread(v) for k, v in figures.items()}
    return result, items, queries


def bench_rdflib(
    store_path: Path, items: list[str], queries: list[list[str]], rounds: int, values_items: int = 0
) -> dict:
    """who-owns on an rdflib Dataset whose default graph is the union of the named graphs.

    rdflib's fast form is used: each query prepared once, values bound with ``initBindings`` (one
    evidence query per owner triple). The ``VALUES`` text our layer sends is timed on a few items only:
    rdflib joins a VALUES block after the rest of the pattern, scanning the whole graph.
    """
    import pyoxigraph as ox
    from rdflib import Dataset, URIRef
    from rdflib.plugins.sparql import prepareQuery

    from graph.queries import Q_TRIPLE_EVIDENCE, Q_WHO_OWNS
    from graph.store import EmbeddedStore

    data = ox.serialize(EmbeddedStore(store_path).quads(), format=ox.RdfFormat.N_QUADS)
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(data=data, format="nquads")
    load_s = time.perf_counter() - started
    del data
    owners = prepareQuery(Q_WHO_OWNS.replace("#VALUES#", "").replace("?key ?e ?s ?p ?o", "?key ?e ?p"))
    evidence = prepareQuery(Q_TRIPLE_EVIDENCE.replace("#VALUES#", ""))

    def who_owns(item: str) -> list:
        node = URIRef(BASE + item)
        rows = list(dataset.query(owners, initBindings={"o": node}))
        return [list(dataset.query(evidence, initBindings={"s": r.e, "p": r.p, "o": node})) for r in rows]

    sample = items[:RDFLIB_ITEMS]
    calls = [lambda i=i: who_owns(i) for i in sample]
    p50, p95 = [], []
    for _ in range(rounds):
        ms = timed(calls)
        p50.append(percentile(ms, 50))
        p95.append(percentile(ms, 95))
    values_form = timed([lambda qs=qs: [list(dataset.query(q)) for q in qs] for qs in queries[:values_items]])
    return {
        "items": len(sample),
        "load_s": load_s,
        "p50_ms": spread(p50),
        "p95_ms": spread(p95),
        "values_text_ms": spread(values_form) if values_form else None,
    }


# ---------------------------------------------------------------- REST under concurrency


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(port: int, path: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            if conn.getresponse().status < 500:
                conn.close()
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not answer {path} within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def oxigraph_executable() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).is_file():
        raise SystemExit("the oxigraph server is missing: pip install -e '.[test]'")
    return found


def load_child(spec_json: str) -> None:
    """A load generator: ``concurrency`` threads, each sending its units of requests until the deadline.

    A unit is one who-owns answer: one GET to our REST API, or the POSTs of its SPARQL texts.
    """
    spec = json.loads(spec_json)
    port, units, concurrency = spec["port"], spec["units"], spec["concurrency"]
    deadline = time.monotonic() + spec["seconds"]
    max_units = spec.get("max_units", 200_000)
    latencies: list[list[float]] = [[] for _ in range(concurrency)]
    errors = [0] * concurrency
    samples: dict[str, str] = {}  # the first answer of each kind that was not a 200
    count = [0]
    lock = threading.Lock()

    def connect(k: int) -> http.client.HTTPConnection:
        # each client from an address of its own (127.0.0.2, .3, ...), as separate machines would be:
        # the API holds one address to its share of the SPARQL workers (README "Limits")
        return http.client.HTTPConnection(
            "127.0.0.1", port, timeout=60, source_address=(f"127.0.0.{2 + k}", 0)
        )

    def worker(k: int) -> None:
        conn = connect(k)
        n = k
        while time.monotonic() < deadline:
            with lock:
                if count[0] >= max_units:
                    break
                count[0] += 1
            unit = units[n % len(units)]
            n += concurrency
            t = time.perf_counter()
            failed = False
            for method, path, body, headers in unit:
                try:
                    conn.request(method, path, body=body, headers=headers)
                    response = conn.getresponse()
                    data = response.read()
                except (OSError, http.client.HTTPException) as err:
                    conn.close()
                    conn = connect(k)
                    samples.setdefault(type(err).__name__, str(err)[:200])
                    failed = True
                    break
                if response.status != 200:
                    samples.setdefault(str(response.status), data[:200].decode("utf-8", "replace"))
                    failed = True
            if failed:
                errors[k] += 1
            else:
                latencies[k].append((time.perf_counter() - t) * 1000)
        conn.close()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    flat = [x for lat in latencies for x in lat]
    print(
        json.dumps(
            {
                "units": len(flat),
                "errors": sum(errors),
                "error_samples": samples,
                "rps": len(flat) / elapsed,
                "p50_ms": percentile(flat, 50),
                "p95_ms": percentile(flat, 95),
            }
        )
    )


def run_load(port: int, units: list, concurrency: int, seconds: float) -> dict:
    spec = json.dumps({"port": port, "units": units, "concurrency": concurrency, "seconds": seconds})
    out = subprocess.run(
        [sys.executable, "-m", "bench.run", "--load-child"],
        input=spec,
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT.parent,
        timeout=seconds + 120,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def sparql_unit(path: str, texts: list[str]) -> list:
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json",
    }
    return [["POST", path, urlencode({"query": t}), headers] for t in texts]


def start_api(store_path: Path) -> tuple[subprocess.Popen, int]:
    """The API on a free loopback port, served as ``pgraph serve`` serves it (``api.server.run``:
    uvicorn with the project's HTTP protocol and timeouts)."""
    port = free_port()
    env = dict(os.environ, PGRAPH_STORE=str(store_path), PGRAPH_BASE_IRI=BASE, PGRAPH_PORT=str(port))
    script = (
        "from api import server; from graph.settings import Settings; "
        "server.run(Settings(), log_level='warning', access_log=False)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT.parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_http(port, "/health", process)
    return process, port


def start_oxigraph(build_dir: Path, timeout: bool = True) -> tuple[subprocess.Popen, int]:
    """``oxigraph serve-read-only`` over the same build directory the API reads, with a 60 s query
    timeout (as our endpoint has a deadline) or without (0.5.13 then never fails with os error 11)."""
    port = free_port()
    command = [oxigraph_executable(), "serve-read-only", "--location", str(build_dir)]
    command += ["--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    command += ["--timeout-s", "60"] if timeout else []
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_http(port, "/query?query=ASK%7B%7D", process)
    return process, port


def measure(
    port: int, units: list, repeats: int, seconds: float, concurrency=CONCURRENCY, warm: float = 0.5
) -> dict:
    """Answers/s and latency at each number of clients; failed answers are counted, not timed."""
    run_load(port, units, 2, warm)  # warm up
    out = {}
    for c in concurrency:
        runs = [run_load(port, units, c, seconds) for _ in range(repeats)]
        out[str(c)] = {
            "rps": spread([r["rps"] for r in runs]),
            "p50_ms": spread([r["p50_ms"] for r in runs]),
            "p95_ms": spread([r["p95_ms"] for r in runs]),
            "errors": sum(r["errors"] for r in runs),
            "error_samples": {k: v for r in runs for k, v in r["error_samples"].items()},
        }
    return out


def bench_rest(
    store_path: Path,
    items: list[str],
    queries: list[list[str]],
    repeats: int,
    seconds: float,
) -> dict:
    """REST who-owns, Oxigraph server on the same SPARQL, and our /sparql endpoint when there is one."""
    from graph.store import current_build

    rest_units = [[["GET", "/api/v1/who-owns?" + urlencode({"item": i}), None, {}]] for i in items]
    out: dict = {"oxigraph_server": {}, "oxigraph_no_timeout": {}}
    for c in CONCURRENCY:
        # a fresh server for each number of clients: Oxigraph 0.5.13 with --timeout-s often answers
        # "Resource temporarily unavailable (os error 11)" under load and then stops (bench/README.md);
        # without it, it does not: both are measured
        for name, timeout in (("oxigraph_server", True), ("oxigraph_no_timeout", False)):
            oxigraph, ox_port = start_oxigraph(current_build(store_path), timeout)
            try:
                units = [sparql_unit("/query", q) for q in queries]
                out[name] |= measure(ox_port, units, repeats, seconds, (c,))
            finally:
                stop(oxigraph)
    api, port = start_api(store_path)
    try:
        # 3 s of warming: the API's REST workers read the name index as they start (2 s at 1M)
        out["rest_who_owns"] = measure(port, rest_units, repeats, seconds, warm=3.0)
        if has_sparql_endpoint(port):
            out["our_sparql_endpoint"] = measure(
                port, [sparql_unit("/sparql", q) for q in queries], repeats, seconds
            )
    finally:
        stop(api)
    return out


def has_sparql_endpoint(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(
        "GET",
        "/sparql?" + urlencode({"query": "ASK {}"}),
        headers={"Accept": "application/sparql-results+json"},
    )
    status = conn.getresponse().status
    conn.close()
    return status == 200


# ---------------------------------------------------------------- machine and report


def machine() -> dict:
    import pyoxigraph
    import rdflib

    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as handle:
        mem_kb = int(handle.readline().split()[1])
    server = subprocess.run(
        [oxigraph_executable(), "--version"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
        "pyoxigraph": pyoxigraph.__version__ if hasattr(pyoxigraph, "__version__") else "?",
        "oxigraph_server": server,
        "rdflib": rdflib.__version__,
        "load_start": load(),
    }


def load() -> str:
    """The load average: other work on the machine slows every figure (and widens min-max)."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def fmt(s: dict | None, digits: int = 2) -> str:
    if not s:
        return "-"
    return f"{s['median']:.{digits}f} [{s['min']:.{digits}f}-{s['max']:.{digits}f}]"


def report(results: dict) -> str:
    m = results["machine"]
    lines = [
        f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; load average at start "
        f"{m['load_start']}, at end {results.get('load_end')}",
        "every cell: median [min-max] over the runs",
        "",
        "INGEST (fresh process per run; MB of text; MB/cpu-s = per core, ingest is one process)",
    ]
    head = ("size", "docs", "quads", "MB", "wall s", "MB/s", "MB/cpu-s", "peak RSS MB")
    lines.append(
        f"{head[0]:>5} {head[1]:>5} {head[2]:>9} {head[3]:>6} {head[4]:>22} {head[5]:>20} {head[6]:>20} {head[7]:>20}"
    )
    for size, r in results["sizes"].items():
        i = r["ingest"]
        lines.append(
            f"{size:>5} {i['documents']:>5} {i['quads']:>9} {i['text_mb']:>6.2f} {fmt(i['wall_s']):>22} "
            f"{fmt(i['mb_per_s'], 3):>20} {fmt(i['mb_per_cpu_s'], 3):>20} {fmt(i['peak_rss_mb'], 0):>20}"
        )
    lines += ["", "WHO-OWNS, ms per call: our layer vs the same SPARQL on pyoxigraph (wall, and CPU time)"]
    lines.append(
        f"{'size':>5} {'layer p50':>20} {'raw p50':>20} {'ratio p50':>18} {'layer p95':>20} {'raw p95':>20} "
        f"{'ratio p95':>18} {'cpu ratio p50':>18}"
    )
    for size, r in results["sizes"].items():
        q = r["queries"]
        lines.append(
            f"{size:>5} {fmt(q['layer_p50_ms'], 3):>20} {fmt(q['raw_p50_ms'], 3):>20} {fmt(q['ratio_p50']):>18} "
            f"{fmt(q['layer_p95_ms'], 3):>20} {fmt(q['raw_p95_ms'], 3):>20} {fmt(q['ratio_p95']):>18} "
            f"{fmt(q['ratio_cpu_p50']):>18}"
        )
    lines += ["", "RDFLIB BASELINE, ms per who-owns (Dataset in memory, prepared queries with initBindings)"]
    lines.append(f"{'size':>5} {'load s':>8} {'p50':>22} {'p95':>22} {'same VALUES text':>26}")
    for size, r in results["sizes"].items():
        rd = r.get("rdflib")
        if rd:
            lines.append(
                f"{size:>5} {rd['load_s']:>8.1f} {fmt(rd['p50_ms'], 1):>22} {fmt(rd['p95_ms'], 1):>22} "
                f"{fmt(rd.get('values_text_ms'), 0):>26}"
            )
        else:
            lines.append(f"{size:>5} {'not run':>8}")
    lines += ["", "REST who-owns under concurrent loopback clients (who-owns answers/s; latency ms)"]
    lines.append(
        f"{'size':>5} {'target':>20} {'clients':>7} {'answers/s':>24} {'p50 ms':>22} {'p95 ms':>22} {'errors':>6}"
    )
    for size, r in results["sizes"].items():
        for target, by_c in (r.get("rest") or {}).items():
            for c, x in by_c.items():
                lines.append(
                    f"{size:>5} {target:>20} {c:>7} {fmt(x['rps'], 1):>24} {fmt(x['p50_ms'], 2):>22} "
                    f"{fmt(x['p95_ms'], 2):>22} {x['errors']:>6}"
                )
    if results.get("extraction"):
        from bench import extraction

        lines += ["", *extraction.report(results["extraction"])]
    if results.get("jobs"):
        from bench import extraction

        lines += ["", *extraction.report_jobs(results["jobs"])]
    lines += ["", "TARGETS"]
    lines += [
        f"  {t['name']}: {t['value']} -> {'met' if t['met'] else 'NOT met'}" for t in results["targets"]
    ]
    return "\n".join(lines)


def bench_extraction(work: Path, sizes: list[str], runs: int) -> list[dict]:
    """Extraction per MB (:mod:`bench.extraction`) on the largest synthetic corpus up to 100k and, when
    present beside the checkout, the reference corpus and the development documents."""
    from bench import extraction

    small = [s for s in sizes if s in ("10k", "100k")]
    folders = [work / f"corpus-{small[-1]}"] if small else []
    shared = ROOT.parent.parent / "shared"
    folders += [f for f in (shared / "corpus", shared / "eval" / "dev" / "docs") if f.is_dir()]
    return [extraction.measure(f, runs) for f in folders]


def targets(results: dict) -> list[dict]:
    out = []
    for row in results.get("jobs") or []:
        n, speedup = max(row["speedup"].items(), key=lambda kv: int(kv[0]))
        out.append(
            {
                "name": f"extraction with --jobs {n} >= 1.8x one process on {Path(row['folder']).name} (issue 15)",
                "value": f"{speedup:.2f}x",
                "met": speedup >= 1.8,
            }
        )
    for row in results.get("extraction") or []:
        wall = row["mb_per_s"]["median"]
        rate = row.get("mb_per_cpu_s", row["mb_per_s"])["median"]  # per core: per CPU-second
        out.append(
            {
                "name": f"extraction >= 1 MB/s per core on {Path(row['folder']).name} (issue 15)",
                "value": f"{rate:.3f} MB per CPU-second ({wall:.3f} MB/s wall clock), "
                f"{row['ratio_to_scan']['median']:.5f} of a regular-expression scan",
                "met": rate >= 1.0,
            }
        )
    largest = list(results["sizes"])[-1]
    r = results["sizes"][largest]
    wall, cpu = r["queries"]["ratio_p50"]["median"], r["queries"]["ratio_cpu_p50"]["median"]
    out.append(
        {
            "name": f"who-owns layer p50 <= 1.3x raw pyoxigraph at {largest}",
            "value": f"{wall:.2f}x wall-clock ({cpu:.2f}x in CPU time)",
            "met": wall <= 1.3,
        }
    )
    rest = r.get("rest") or {}
    for key, name in (("rest_who_owns", "REST who-owns"), ("our_sparql_endpoint", "/sparql")):
        if key not in rest or "oxigraph_server" not in rest:
            continue
        for c in rest[key]:
            ours, theirs = rest[key][c], rest["oxigraph_server"][c]
            rps, their_rps = ours["rps"]["median"], theirs["rps"]["median"]
            value = (
                f"{rps / their_rps:.2f}x ({rps:.0f} vs {their_rps:.0f} answers/s); "
                f"p95 {ours['p95_ms']['median']:.1f} vs {theirs['p95_ms']['median']:.1f} ms"
                if their_rps
                else f"Oxigraph answered with errors only: {theirs['error_samples']}"
            )
            out.append(
                {
                    "name": f"{name} >= 0.8x Oxigraph server throughput, p95 <= 2x, at {largest}, {c} clients",
                    "value": value,
                    "met": bool(their_rps)
                    and rps >= 0.8 * their_rps
                    and ours["p95_ms"]["median"] <= 2 * theirs["p95_ms"]["median"],
                }
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated sizes (10k, 100k, 1m)")
    parser.add_argument("--quick", action="store_true", help="one run of each figure (a smoke test)")
    parser.add_argument("--no-rest", action="store_true", help="skip the REST and Oxigraph server runs")
    parser.add_argument(
        "--rdflib-max", default="100k", help="largest size to load into rdflib (1m takes minutes and GBs)"
    )
    parser.add_argument("--work", help="keep corpora and stores here (default: a temporary folder)")
    parser.add_argument("--out", default=str(RESULTS), help="folder for the JSON results")
    parser.add_argument("--ingest-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--load-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ingest_child:
        ingest_child(*args.ingest_child)
        return 0
    if args.load_child:
        load_child(sys.stdin.read())
        return 0

    from bench.generate import SIZES, generate

    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    order = list(SIZES)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="pgraph-bench-"))
    results: dict = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S"), "sizes": {}}
    started = time.monotonic()
    try:
        for size in sizes:
            plan = QUICK if args.quick else PLAN[size]
            corpus, store = work / f"corpus-{size}", work / f"store-{size}"
            shutil.rmtree(corpus, ignore_errors=True)
            generate(corpus, documents=SIZES[size], seed=SEED)
            print(f"[{time.monotonic() - started:6.0f} s] {size}: ingest x{plan['ingest']}", file=sys.stderr)
            deadline = started + INGEST_BUDGET_S
            entry: dict = {"ingest": bench_ingest(corpus, store, plan["ingest"], deadline)}
            print(f"[{time.monotonic() - started:6.0f} s] {size}: who-owns", file=sys.stderr)
            entry["queries"], items, queries = bench_queries(store, plan["rounds"])
            if order.index(size) <= order.index(args.rdflib_max):
                print(f"[{time.monotonic() - started:6.0f} s] {size}: rdflib", file=sys.stderr)
                values_items = 3 if size == sizes[0] else 0  # seconds each, growing with the graph
                entry["rdflib"] = bench_rdflib(store, items, queries, plan["rdflib"], values_items)
            if not args.no_rest:
                print(f"[{time.monotonic() - started:6.0f} s] {size}: REST", file=sys.stderr)
                entry["rest"] = bench_rest(
                    store,
                    items,
                    queries,
                    plan["rest"],
                    1.0 if args.quick else REST_SECONDS,
                )
            results["sizes"][size] = entry
        print(f"[{time.monotonic() - started:6.0f} s] extraction per MB", file=sys.stderr)
        results["extraction"] = bench_extraction(work, sizes, 1 if args.quick else 3)
        if (os.cpu_count() or 1) > 1:
            print(f"[{time.monotonic() - started:6.0f} s] extraction on every core", file=sys.stderr)
            from bench import extraction

            folders = [Path(row["folder"]) for row in results["extraction"]][:1]  # the synthetic corpus
            results["jobs"] = [
                extraction.measure_jobs(f, (1, os.cpu_count() or 1), 1 if args.quick else 3) for f in folders
            ]
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    results["seconds"] = time.monotonic() - started
    results["load_end"] = load()
    results["targets"] = targets(results)
    text = report(results)
    print(text)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(results, indent=1)
    (out / f"{time.strftime('%Y%m%dT%H%M%S')}.json").write_text(payload, encoding="utf-8")
    (out / "latest.json").write_text(payload, encoding="utf-8")
    (out / "latest.txt").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
