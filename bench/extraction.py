"""Extraction speed per MB of text, beside a plain regular-expression scan of the same text.

Each figure is taken in a fresh process (cold: the vocabularies load inside the timing), one core,
``ingest.pipeline.extract`` over every ``*.txt`` file of a folder, as a user's ingest runs it:

* MB of text per second of extraction (wall clock, and per CPU-second: per core, the figure a loaded
  machine disturbs least), and per extractor (seconds and share of the total);
* a plain regular-expression scan of the same text (``SCAN``: every capitalised run, what a name
  reader must at least look at), in MB/s; the ratio extraction / scan is the figure to compare across
  machines (issue 15's goal: at least 1 MB/s per core).

    python -m bench.extraction ../shared/corpus ../shared/eval/dev/docs    # a table, one row per folder
    python -m bench.extraction --json FOLDER...

``make bench`` (:mod:`bench.run`) runs it on the synthetic corpus and, when present beside the
checkout, on ``../shared/corpus`` and ``../shared/eval/dev/docs``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SCAN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:of|and|for|the|&)?[ \t]*[A-Z][\w'’-]*)*")
SCAN_ROUNDS = 20


def measure_child(folder: str) -> dict:
    """One cold run over ``folder``: extraction time in total and per extractor, and the scan's speed."""
    from ingest import pipeline
    from ingest.blocks import Document
    from ingest.extract import people
    from ingest.extract.context import Context

    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.txt"))]
    mb = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    started, cpu_started = time.perf_counter(), time.process_time()
    for name, text in texts:
        pipeline.extract(name, text)
    total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    # the same work again, extractor by extractor (warm: the vocabularies are loaded by now)
    per: dict[str, float] = {}
    for name, text in texts:
        t0 = time.perf_counter()
        ctx = Context(Document(name, text))
        for _ in people.contact_blocks(ctx):
            pass
        per["document and contacts"] = per.get("document and contacts", 0.0) + time.perf_counter() - t0
        for extractor in pipeline.EXTRACTORS:
            key = f"{extractor.__module__.rsplit('.', 1)[-1]}.{extractor.__name__}"
            t0 = time.perf_counter()
            for _ in extractor(ctx):
                pass
            per[key] = per.get(key, 0.0) + time.perf_counter() - t0
    joined = "\n".join(t for _, t in texts)
    scans = []
    for _ in range(SCAN_ROUNDS):
        t0 = time.perf_counter()
        sum(1 for _ in SCAN.finditer(joined))
        scans.append(time.perf_counter() - t0)
    scan_s = statistics.median(scans)
    return {
        "folder": folder,
        "documents": len(texts),
        "text_mb": mb,
        "extract_s": total,
        "mb_per_s": mb / total if total else float("inf"),
        "cpu_s": cpu,
        "mb_per_cpu_s": mb / cpu if cpu else float("inf"),
        "scan_mb_per_s": mb / scan_s if scan_s else float("inf"),
        "ratio_to_scan": (scan_s / total) if total else float("inf"),
        "per_extractor_s": dict(sorted(per.items(), key=lambda kv: -kv[1])),
    }


def jobs_child(folder: str, jobs: int) -> dict:
    """One ``pgraph ingest --rebuild --jobs N`` of ``folder`` into a new store: each stage's seconds."""
    import tempfile

    from graph.build import update_store
    from graph.settings import Settings

    with tempfile.TemporaryDirectory(prefix="pgraph-jobs-") as work:
        report = update_store(
            Settings(store=f"{work}/store"), [folder], rebuild=True, jobs=jobs, deadline=120
        )
    return {"jobs": jobs, **report.seconds}


def measure_jobs(folder: str | Path, jobs: tuple[int, ...] = (1, 2), runs: int = 3) -> dict:
    """Extraction with 1 and with N worker processes, taken in turn, each run a fresh process and store:
    the median seconds of each stage and the extraction's speed-up (issue 15: at least 1.8x on 2 cores)."""
    runs_by_jobs: dict[int, list[dict]] = {n: [] for n in jobs}
    for _ in range(runs):
        for n in jobs:
            runs_by_jobs[n].append(_child(["--jobs-child", str(n), str(folder)]))
    stages = {
        n: {stage: statistics.median(r[stage] for r in rs) for stage in ("extract", "resolve", "load")}
        for n, rs in runs_by_jobs.items()
    }
    one = stages[jobs[0]]["extract"]
    return {
        "folder": str(folder),
        "runs": runs,
        "stages_s": stages,
        "speedup": {n: one / stages[n]["extract"] for n in jobs},
    }


def _child(args: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.extraction", *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT.parent,
        timeout=1800,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(folder: str | Path, runs: int = 3) -> dict:
    """``runs`` cold runs over ``folder``, each in a fresh process; medians with min and max."""
    results = [_child(["--child", str(folder)]) for _ in range(runs)]

    def spread(key: str) -> dict:
        values = [r[key] for r in results]
        return {
            "median": statistics.median(values),
            "min": min(values),
            "max": max(values),
            "runs": len(values),
        }

    best = min(results, key=lambda r: r["extract_s"])
    return {
        "folder": str(folder),
        "documents": results[0]["documents"],
        "text_mb": results[0]["text_mb"],
        "extract_s": spread("extract_s"),
        "mb_per_s": spread("mb_per_s"),
        "mb_per_cpu_s": spread("mb_per_cpu_s"),
        "scan_mb_per_s": spread("scan_mb_per_s"),
        "ratio_to_scan": spread("ratio_to_scan"),
        "per_extractor_s": best["per_extractor_s"],
    }


def report(rows: list[dict], top: int = 6) -> list[str]:
    def fmt(s: dict, digits: int) -> str:
        return f"{s['median']:.{digits}f} [{s['min']:.{digits}f}-{s['max']:.{digits}f}]"

    lines = [
        "EXTRACTION (ingest.pipeline.extract, fresh process per run, one core; scan = one regular "
        "expression over the same text)",
        f"{'folder':>34} {'docs':>5} {'MB':>6} {'extract s':>20} {'MB/s':>22} {'MB/cpu-s':>22} "
        f"{'scan MB/s':>20} {'extract/scan':>24}",
    ]
    for r in rows:
        lines.append(
            f"{Path(r['folder']).name[-34:]:>34} {r['documents']:>5} {r['text_mb']:>6.3f} "
            f"{fmt(r['extract_s'], 2):>20} {fmt(r['mb_per_s'], 3):>22} {fmt(r['mb_per_cpu_s'], 3):>22} "
            f"{fmt(r['scan_mb_per_s'], 1):>20} "
            f"{fmt(r['ratio_to_scan'], 5):>24}"
        )
        total = sum(r["per_extractor_s"].values()) or 1.0
        slowest = list(r["per_extractor_s"].items())[:top]
        lines.append(
            f"{'':>34}   slowest: " + ", ".join(f"{k} {v:.2f} s ({100 * v / total:.0f}%)" for k, v in slowest)
        )
    return lines


def report_jobs(rows: list[dict]) -> list[str]:
    lines = [
        "EXTRACTION ON EVERY CORE (pgraph ingest --rebuild --jobs N, new store; median seconds per stage)"
    ]
    for r in rows:
        for n, stage in r["stages_s"].items():
            lines.append(
                f"{Path(r['folder']).name[-34:]:>34}  jobs {n}: extract {stage['extract']:.2f} s "
                f"({r['speedup'][n]:.2f}x), resolve {stage['resolve']:.2f} s, load {stage['load']:.2f} s"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--jobs", type=int, default=0, help="also time an ingest with 1 and N worker processes"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--jobs-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure_child(args.child)))
        return 0
    if args.jobs_child:
        print(json.dumps(jobs_child(args.jobs_child[1], int(args.jobs_child[0]))))
        return 0
    rows = [measure(f, args.runs) for f in args.folders]
    scaling = [measure_jobs(f, (1, args.jobs), args.runs) for f in args.folders] if args.jobs > 1 else []
    if args.json:
        print(json.dumps({"extraction": rows, "jobs": scaling}, indent=1))
    else:
        print("\n".join(report(rows) + report_jobs(scaling)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
