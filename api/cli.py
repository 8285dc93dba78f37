"""pgraph: ingest documents, serve the API, ask who owns what, query, export and validate the graph.

Every command takes --store DIR; the other settings come from PGRAPH_* environment variables.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from graph import export as graph_export
from graph import queries, sparql
from graph.backends import open_store
from graph.errors import BadRequest, PgraphError, QueryError
from graph.settings import Settings
from graph.store import GraphStore
from graph.workers import QueryPool

Command = Callable[[argparse.Namespace, Settings], int]
DEADLINE = 120.0  # seconds of extraction per document (pgraph ingest --deadline)


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from graph.build import update_store  # loads the extractors: heavy, so only here

    report = update_store(
        settings,
        args.paths,
        rebuild=args.rebuild,
        progress=True,
        deadline=args.deadline,
        jobs=args.jobs,
        executor=args.executor,
    )
    return _print_report(report, settings)


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return number


def _cluster(value: str) -> str:
    if not value.startswith("dask://") or not value[len("dask://") :].strip("/"):
        raise argparse.ArgumentTypeError(f"an executor is dask://HOST:PORT (a Dask scheduler), not {value!r}")
    return value


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    from graph.build import update_store

    return _print_report(update_store(settings, remove=args.names, deadline=args.deadline), settings)


def _print_report(report, settings: Settings) -> int:
    if report.build is None:
        for document, reason in report.failures:
            print(f"FAILED {document}: {reason}")
        print(f"error: {report.message}", file=sys.stderr)
        return 1
    build = report.build
    print(f"{build.documents} documents, {build.quads} quads -> {settings.store}")
    done = ", ".join(
        f"{len(names)} {what}"
        for what, names in (
            ("added", report.added),
            ("replaced", report.replaced),
            ("unchanged", report.unchanged),
            ("kept", report.kept),
            ("removed", report.removed),
        )
        if names
    )
    print(f"documents: {done or 'none'}; extractions: {report.reused} reused, {report.extracted} run")
    print("seconds: " + ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in report.seconds.items()))
    _print_counts("entities", build.entities)
    _print_counts("facts", build.facts)
    _print_coverage(report.coverage)
    for document, reason in report.failures:
        print(f"FAILED {document}: {reason}")
    return 1 if report.failures else 0


def _status(args: argparse.Namespace, settings: Settings) -> int:
    from graph.build import current_manifest

    documents = current_manifest(settings)
    if documents is None:
        print(f"no store at {settings.store}: run 'pgraph ingest' first", file=sys.stderr)
        return 1
    keys = ("claims", "fundings", "observations", "descriptions")
    rows = [
        [
            d["name"],
            (d.get("sha256") or "?")[:12],
            d.get("ingested") or "?",
            d.get("format") or "?",
            *(str((d.get("facts") or {}).get(k, "?")) for k in keys),
            str(len(d["unread"])) if "unread" in d else "?",
        ]
        for d in documents
    ]
    head = ["document", "sha256", "ingested", "format", *keys, "unread"]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for row in [head, *rows]:
        print(
            "  ".join(
                c.ljust(w) if i < 4 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print(f"{len(documents)} documents in {settings.store}")
    if getattr(args, "unread", False):
        for d in documents:
            for start, end, looks, sample in d.get("unread") or []:
                print(f"  unread {looks} {d['name']}:{start}-{end}: {sample}")
    return 0


def _print_coverage(documents, shown: int = 5) -> None:
    """Facts per document read in this run, the documents nothing was read from, and the lines that
    look like people lists or tables but gave no fact: where the reader failed."""
    if not documents:
        return
    width = max(len(d.document) for d in documents)
    print(f"\n{'coverage':<{width}}  {'facts':>7}  unread list/table spans")
    for d in sorted(documents, key=lambda d: (d.facts, d.document)):
        print(f"{d.document:<{width}}  {d.facts:>7}  {len(d.unread)}")
    empty = [d.document for d in documents if d.empty]
    if empty:
        print(f"\nWARNING: no fact read from {len(empty)} document(s): {', '.join(empty)}")
    for d in documents:
        for failure in d.failures:  # the other readers' facts were kept
            print(f"WARNING: a reader failed on {d.document} (its facts are missing): {failure}")
    for d in documents:
        for u in d.unread[:shown]:
            print(f"  unread {u.looks_like} {d.document}:{u.line_start}-{u.line_end}: {u.sample}")
        if len(d.unread) > shown:
            print(f"  … and {len(d.unread) - shown} more in {d.document} (pgraph status --unread)")


def _print_counts(title: str, counts: dict[str, int]) -> None:
    width = max([len(title), *(len(k) for k in counts)])
    print(f"\n{title:<{width}}  {'count':>7}")
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{kind:<{width}}  {n:>7}")
    print(f"{'total':<{width}}  {sum(counts.values()):>7}")


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from . import server

    url = f"http://{settings.host}:{settings.port}"
    for name, path in (
        ("Browser", "/"),
        ("API", "/api/v1/search?q=..."),
        ("Docs", "/docs"),
        ("SPARQL", "/sparql"),
        ("Pictures", "/viz/network"),
        ("Review", "/review"),
    ):
        print(f"{name:<9}{url}{path}")
    server.run(settings)  # header, keep-alive and shutdown timeouts (api/server.py)
    return 0


def _who_owns(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings)
    found = queries.search(store, settings.base_iri, args.text, 1)
    if not found:
        print(f"nothing is named {args.text!r}", file=sys.stderr)
        return 1
    answer = queries.who_owns(store, settings.base_iri, found[0]["id"])
    print(_name(answer["item"]))
    for key in ("responsible", "contributors"):
        print(f"{key}:" + ("" if answer[key] else " none found"))
        for owner in answer[key]:
            print(f"  {_name(owner)}")
            for ev in owner["evidence"]:
                lines = f"{ev['line_start']}" + (
                    f"-{ev['line_end']}" if ev["line_end"] != ev["line_start"] else ""
                )
                print(f'      {ev["document"]}:{lines}  "{ev["quote"]}"')
    return 0


def _name(entity: dict) -> str:
    code = f"{entity['code']} " if entity.get("code") else ""
    return f"{code}{entity['label']} ({entity['type']}, {entity['id']})"


def _query(args: argparse.Namespace, settings: Settings) -> int:
    text = Path(args.sparql[1:]).read_text(encoding="utf-8") if args.sparql.startswith("@") else args.sparql
    if args.param:  # a canned query's parameters, bound as RDF terms in its VALUES block
        canned = sparql.parse_canned(Path(args.sparql).stem, text, sparql.graph_base(settings.base_iri))
        pairs = [tuple(p.partition("=")[::2]) for p in args.param]
        text = sparql.bind_canned(canned, pairs, settings.base_iri)
    job = sparql.text_job(text, args.format)
    # the endpoint's runner: one worker process, stopped at the query_timeout setting
    with QueryPool(settings, size=1) as pool:
        media_type, body = pool.run(job)
    sys.stdout.write(sparql.as_text(media_type, body, args.format))
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings)
    if args.format not in queries.EXPORT_FORMATS:
        return _export_for_tools(args, settings, store)
    if args.type or args.document or args.plan:
        raise BadRequest("--type, --document and --plan filter graphml, gexf, csv, xlsx and 360giving only")
    if args.out:
        queries.export(store, args.format, Path(args.out))
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(queries.export(store, args.format).decode("utf-8"))
    return 0


def _export_for_tools(args: argparse.Namespace, settings: Settings, store: GraphStore) -> int:
    """graphml, gexf, csv (a zip, or a folder when --out is one or ends in /), xlsx, 360giving."""
    filters = {"types": args.type, "documents": args.document, "plan": args.plan}
    base = settings.base_iri
    if args.format == "csv" and args.out and (Path(args.out).is_dir() or args.out.endswith(("/", "\\"))):
        summary = graph_export.write_folder(store, base, args.out, **filters)
    elif args.out:  # written beside, then moved: a failed export leaves no half file
        part = Path(args.out + ".part")
        try:
            with open(part, "wb") as out:
                summary = graph_export.write(store, base, args.format, out, **filters)
            part.replace(args.out)
        finally:
            part.unlink(missing_ok=True)
    else:
        sys.stdout.flush()
        summary = graph_export.write(store, base, args.format, sys.stdout.buffer, **filters)
        sys.stdout.buffer.flush()
    where = f"wrote {args.out}: " if args.out else ""
    print(f"{where}{summary['nodes']} entities, {summary['edges']} claims", file=sys.stderr)
    if args.format == "360giving":
        print(f"{summary['grants']} grants", file=sys.stderr)
        for flow in summary["left_out"]:
            print(
                f"left out ({flow['reason']}): {flow['funder']} -> {flow['recipient']} "
                f"({flow['document']}:{flow['line_start']})",
                file=sys.stderr,
            )
    return 0


def _validate(args: argparse.Namespace, settings: Settings) -> int:
    from graph.validate import validate  # pyshacl is slow to import

    store = open_store(settings)
    report = validate(store)
    print(report.text)
    if args.governance:
        _print_governance(store, settings)
    return 0 if report.conforms else 1


def _curate(args: argparse.Namespace, settings: Settings) -> int:
    """List merge candidates from documents, or show an entity's facts, evidence and merge rules."""
    if args.action == "candidates":
        from ingest.curation import merge_candidates
        from ingest.pipeline import ingest_paths

        resolved = ingest_paths(args.targets, curation=settings.curation)
        for a, b, score in merge_candidates(resolved, args.threshold):
            ea, eb = resolved.entities[a], resolved.entities[b]
            print(f"{score:5.1f}  {ea.label!r} ({a})  ~  {eb.label!r} ({b})")
            print(f'       merge: ["{ea.label}", "{eb.label}"]')
        return 0
    store = open_store(settings)
    for text in args.targets:
        found = queries.search(store, settings.base_iri, text, 1)
        if not found:
            print(f"no entity named {text!r}", file=sys.stderr)
            return 1
        page = queries.entity(store, settings.base_iri, found[0]["id"])
        print(
            f"{page['label']}  [{page['type']}]  id={page['id']}  aliases={', '.join(page.get('aliases') or [])}"
        )
        for rule in queries.merge_rules(store, settings.base_iri, page["id"]):
            print(f"  merged by {rule}")
        for relation in ("posts", "organisations", "replaced_by", "replaces"):
            for item in page.get(relation) or []:
                for ev in item.get("evidence") or []:
                    print(
                        f"  {relation}: {item['label']}  <- {ev['document']}:{ev['line_start']}-{ev['line_end']} {ev['quote'][:100]!r}"
                    )
    return 0


def _print_governance(store, settings: Settings) -> None:
    """The governance checks: SHACL warnings (ontology/governance.ttl), then the SPARQL checks."""
    from graph.review import governance_checks, governance_shapes

    base = settings.base_iri
    short = lambda iri: iri[len(base) :] if iri.startswith(base) else iri  # noqa: E731
    shacl = governance_shapes(store)
    print(f"governance shapes (ontology/governance.ttl): {len(shacl)} warning(s)")
    for r in shacl:
        print(f"  {r['shape']}: {r['label']} ({short(r['focus'])}): {r['message']}")
    checks = governance_checks(store, base)
    print(f"governance checks (ontology/governance/*.rq): {len(checks)} finding(s)")
    for r in checks:
        print(f"  {r['check']}: {r['label']} ({r['focus']}): {r['message']}")


def _review(args: argparse.Namespace, settings: Settings) -> int:
    """Write the governance review as one HTML page (or JSON, for --out *.json)."""
    import json

    from graph.review import build_review, render_html

    store = open_store(settings)
    data = build_review(store, settings.base_iri, as_at=args.as_at, since=args.since, plan=args.plan)
    out = Path(args.out)
    if out.suffix.lower() == ".json":
        out.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    else:
        out.write_text(render_html(data, title=args.title), encoding="utf-8")
    by = ", ".join(f"{n} {s}" for s, n in data["summary"]["by_severity"].items())
    print(f"{data['summary']['findings']} findings ({by}) -> {out}", file=sys.stderr)
    return 0


def _viz(args: argparse.Namespace, settings: Settings) -> int:
    """Write one picture as a self-contained HTML file (vis-network inlined, nothing fetched)."""
    from viz.pictures import Resources, picture_html
    from viz.style import check_link_base

    from .pages import viz_data

    try:
        link_base = check_link_base(args.link_base or "")
    except ValueError as err:
        print(f"error: --link-base: {err}", file=sys.stderr)
        return 2
    if args.kind in ("entity", "structure") and not args.id:
        print(f"error: the {args.kind} picture needs an entity ID", file=sys.stderr)
        return 2
    if args.kind == "network" and args.id:
        print(
            "error: the network picture takes no ID (use --type, --document, --plan, --from, --to)",
            file=sys.stderr,
        )
        return 2
    store = open_store(settings)
    data = viz_data(
        store,
        settings.base_iri,
        args.kind,
        entity_id=args.id,
        radius=args.radius,
        types=args.type,
        document=args.document,
        plan=args.plan,
        start=args.start,
        end=args.end,
        funder=args.id if args.kind == "funding" else None,
        of=args.id if args.kind == "indicators" else None,
    )
    html = picture_html(data, resources=Resources(inline=True), link_base=link_base)
    Path(args.out).write_text(html, encoding="utf-8")
    print(f"{len(data['nodes'])} nodes, {len(data['edges'])} links -> {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pgraph", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    default_store = Settings.model_fields["store"].default
    common.add_argument(
        "--store",
        metavar="DIR",
        help=f"store directory, or a SPARQL endpoint as sparql+http://host:port/query "
        f"(default $PGRAPH_STORE or {default_store})",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Command, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(run=run)
        return sub

    ingest = command(
        "ingest",
        _ingest,
        "add documents to the store (a document of the same file name is replaced; the others are kept)",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of documents")
    ingest.add_argument(
        "--rebuild", action="store_true", help="start afresh: the store holds only the documents named"
    )
    ingest.add_argument(
        "--curation", metavar="FILE", help="curation YAML applied to this build (default $PGRAPH_CURATION)"
    )
    ingest.add_argument(
        "--jobs",
        type=_positive_int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="documents extracted at once, each in its own worker process (default: the machine's cores, "
        f"{os.cpu_count() or 1} here); the build is the same for any N",
    )
    ingest.add_argument(
        "--executor",
        type=_cluster,
        metavar="dask://HOST:PORT",
        help="extract on the existing Dask cluster whose scheduler this is (needs the 'cluster' extra here "
        "and on its workers), instead of --jobs local processes; reading, resolution and loading stay here",
    )
    remove = command("remove", _remove, "take documents (by file name) out of the store")
    remove.add_argument(
        "names", nargs="+", metavar="NAME", help="a document's file name, as 'pgraph status' lists it"
    )
    for sub in (ingest, remove):
        sub.add_argument(
            "--deadline",
            type=float,
            default=DEADLINE,
            metavar="SECONDS",
            help="the most one document's extraction may take: a document over it is reported as too "
            f"slow and the others go on (default {DEADLINE:g})",
        )
    status = command(
        "status", _status, "list the store's documents: content hash, date ingested, fact counts"
    )
    status.add_argument(
        "--unread",
        action="store_true",
        help="also list the lines that look like lists or tables but gave no fact",
    )
    serve = command("serve", _serve, "serve the JSON API (and /docs)")
    serve.add_argument("--host", help="address to listen on (default $PGRAPH_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default $PGRAPH_PORT or 8000)")
    who = command("who-owns", _who_owns, "who is responsible for an item, and who contributes, with evidence")
    who.add_argument("text", help="the item's name or code, e.g. 'PI 1.4'")
    query = command("query", _query, "run a SPARQL SELECT, ASK or CONSTRUCT query")
    query.add_argument("sparql", help="the query text, or @FILE.rq")
    query.add_argument(
        "--param", action="append", metavar="NAME=VALUE", help="bind a canned query's parameter (repeatable)"
    )
    query.add_argument("--format", choices=sparql.TEXT_FORMATS, default="table", help="result format")
    export = command("export", _export, "write the graph as RDF, or for Gephi, spreadsheets or 360Giving")
    export.add_argument(
        "--format",
        choices=[*queries.EXPORT_FORMATS, *graph_export.FORMATS],
        default="trig",
        help="trig/nq/jsonld keep named graphs; graphml/gexf for Gephi; csv (a zip, or a folder when "
        "--out is a directory) and xlsx for spreadsheets; 360giving a grants package of the funding flows",
    )
    export.add_argument(
        "--type", action="append", metavar="TYPE", help="only entities of this type (repeatable; not for RDF)"
    )
    export.add_argument(
        "--document", action="append", metavar="FILE", help="only claims from this document (repeatable)"
    )
    export.add_argument("--plan", metavar="ID", help="only this plan (an entity id) and what is inside it")
    export.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    validate = command("validate", _validate, "check the graph against the SHACL shapes")
    validate.add_argument(
        "--governance",
        action="store_true",
        help="also run the governance shapes (ontology/governance.ttl) and SPARQL checks "
        "(ontology/governance/*.rq) and print their findings (warnings: the exit status is unchanged)",
    )
    viz = command(
        "viz", _viz, "write a picture (network, entity, structure, funding, indicators) as one HTML file"
    )
    viz.add_argument(
        "kind", choices=["network", "entity", "structure", "funding", "indicators"], help="which picture"
    )
    viz.add_argument(
        "id",
        nargs="?",
        metavar="ID",
        help="entity: the centre; structure: the partnership or group; funding: only money from this "
        "funder; indicators: only those of this plan, priority or partnership",
    )
    viz.add_argument("--out", metavar="FILE.html", required=True, help="the HTML file to write")
    viz.add_argument(
        "--radius", type=int, default=1, choices=[1, 2, 3], help="entity: steps around the centre"
    )
    viz.add_argument(
        "--type", action="append", metavar="TYPE", help="network: only this entity type (repeatable)"
    )
    viz.add_argument("--document", metavar="FILE", help="network: only facts read from this document")
    viz.add_argument("--plan", metavar="ID", help="network: only this plan and what is part of it")
    viz.add_argument(
        "--from", dest="start", metavar="DATE", help="network: documents about this date or later"
    )
    viz.add_argument("--to", dest="end", metavar="DATE", help="network: documents about this date or earlier")
    viz.add_argument(
        "--link-base", metavar="URL", help="clicks open http(s)://…/entities/ID (default: relative links)"
    )
    review = command(
        "review", _review, "write the governance review (gaps, concentration, structure, RAG, changes)"
    )
    review.add_argument(
        "--as-at", metavar="DATE", help="review the graph as it stood on this day (YYYY-MM-DD)"
    )
    review.add_argument("--since", metavar="DATE", help="also list what changed from this day to --as-at")
    review.add_argument("--plan", metavar="ID", help="only this plan (an entity id) and what is inside it")
    review.add_argument("--title", default="Governance review", help="the page title")
    review.add_argument(
        "--out", metavar="FILE", required=True, help="the HTML page to write (JSON for *.json)"
    )
    curate = command(
        "curate", _curate, "list merge candidates for the curation file, or show an entity's evidence"
    )
    curate.add_argument("action", choices=["candidates", "show"], help="candidates PATH... | show NAME...")
    curate.add_argument(
        "targets", nargs="+", metavar="PATH_OR_NAME", help="documents (candidates) or names (show)"
    )
    curate.add_argument("--threshold", type=float, default=88.0, help="how alike names must be (0-100)")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    given = {key: getattr(args, key, None) for key in ("store", "host", "port", "curation")}
    return Settings(**{k: v for k, v in given.items() if v is not None})


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = _settings(args)
    except ValidationError as err:
        print(f"error: bad setting: {err}", file=sys.stderr)
        return 2
    try:
        return args.run(args, settings)
    except QueryError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except (PgraphError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
