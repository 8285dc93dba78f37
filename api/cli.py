"""pgraph: ingest documents, serve the API, ask who owns what, query, export and validate the graph.

Every command takes --store DIR; the other settings come from PGRAPH_* environment variables.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from graph import queries
from graph.errors import PgraphError, QueryError
from graph.settings import Settings
from graph.store import EmbeddedStore

Command = Callable[[argparse.Namespace, Settings], int]


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from graph.build import build
    from ingest.pipeline import ingest_paths  # written alongside; heavy, so only loaded here

    resolved = ingest_paths(args.paths, curation=settings.curation, progress=True)
    report = build(resolved, settings.store, settings.base_iri)
    print(f"{report.documents} documents, {report.quads} quads -> {settings.store}")
    _print_counts("entities", report.entities)
    _print_counts("facts", report.facts)
    for document, reason in report.failures:
        print(f"FAILED {document}: {reason}")
    return 1 if report.failures else 0


def _print_counts(title: str, counts: dict[str, int]) -> None:
    width = max([len(title), *(len(k) for k in counts)])
    print(f"\n{title:<{width}}  {'count':>7}")
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{kind:<{width}}  {n:>7}")
    print(f"{'total':<{width}}  {sum(counts.values()):>7}")


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from .app import create_app

    url = f"http://{settings.host}:{settings.port}"
    print(f"API   {url}/api/v1/search?q=...\nDocs  {url}/docs")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port)
    return 0


def _who_owns(args: argparse.Namespace, settings: Settings) -> int:
    store = EmbeddedStore(settings.store)
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
    store = EmbeddedStore(settings.store)
    output = queries.run_sparql(
        store, text, args.format, max_length=settings.max_query_length, max_nesting=settings.max_nesting
    )
    sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    store = EmbeddedStore(settings.store)
    if args.out:
        queries.export(store, args.format, Path(args.out))
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(queries.export(store, args.format).decode("utf-8"))
    return 0


def _validate(args: argparse.Namespace, settings: Settings) -> int:
    from graph.validate import validate  # pyshacl is slow to import

    report = validate(EmbeddedStore(settings.store))
    print(report.text)
    return 0 if report.conforms else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pgraph", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    default_store = Settings.model_fields["store"].default
    common.add_argument(
        "--store", metavar="DIR", help=f"store directory (default $PGRAPH_STORE or {default_store})"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Command, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(run=run)
        return sub

    ingest = command("ingest", _ingest, "read documents into a new build of the store")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of documents")
    serve = command("serve", _serve, "serve the JSON API (and /docs)")
    serve.add_argument("--host", help="address to listen on (default $PGRAPH_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default $PGRAPH_PORT or 8000)")
    who = command("who-owns", _who_owns, "who is responsible for an item, and who contributes, with evidence")
    who.add_argument("text", help="the item's name or code, e.g. 'PI 1.4'")
    query = command("query", _query, "run a SPARQL SELECT, ASK or CONSTRUCT query")
    query.add_argument("sparql", help="the query text, or @FILE.rq")
    query.add_argument("--format", choices=queries.RESULT_FORMATS, default="table", help="result format")
    export = command("export", _export, "write the whole graph as RDF")
    export.add_argument(
        "--format",
        choices=list(queries.EXPORT_FORMATS),
        default="trig",
        help="trig/nq/jsonld keep named graphs",
    )
    export.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    command("validate", _validate, "check the graph against the SHACL shapes")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    given = {key: getattr(args, key, None) for key in ("store", "host", "port")}
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
