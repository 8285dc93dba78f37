"""Writers for analysts' tools: Gephi (GraphML, GEXF), spreadsheets (CSV, XLSX) and 360Giving JSON.

Every writer takes the projection of :func:`graph.projection.project` (so the ``types``,
``documents`` and ``plan`` filters apply to all of them) and writes bytes to a binary file object;
:func:`write` is the one entry point the CLI and the API use.

* ``graphml`` / ``gexf``: nodes and edges with scalar attributes only (lists joined with ``"; "``,
  ``None`` left out); ``type`` is the attribute to partition by in Gephi, ``label`` the label.
* ``csv``: a zip (or, with :func:`write_csv_folder`, a folder) of UTF-8 CSV files with a byte
  order mark (so Excel reads the accents): ``entity-<type>.csv`` per entity type,
  ``relation-<relation>.csv`` per relation, and ``README.txt`` explaining the columns.
* ``xlsx``: the same tables as sheets, after a ``README`` sheet.
* ``360giving``: a 360Giving grants package (see :func:`grants_package`).

In CSV and XLSX any text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is prefixed with ``'`` (:func:`neutralise`), so a spreadsheet never runs document text as a formula.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx

from ingest.dates import dates_in, year_spans
from ontology import relations

from .errors import BadRequest
from .projection import project
from .queries import document_info
from .store import GraphStore

FORMATS = ("graphml", "gexf", "csv", "xlsx", "360giving")
MEDIA_TYPES = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "csv": "application/zip",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "360giving": "application/json",
}
SUFFIXES = {
    "graphml": ".graphml",
    "gexf": ".gexf",
    "csv": "-csv.zip",
    "xlsx": ".xlsx",
    "360giving": "-360giving.json",
}

GRANT_ID_PREFIX = "360G-pgraph-"
LOCAL_ORG_PREFIX = "XI-PGRAPH-"

# ---------------------------------------------------------------- cells


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XLSX_ERRORS = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(value: Any) -> Any:
    """Text a spreadsheet could read as a formula, prefixed with ``'``; anything else unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def flat(value: Any) -> str | int | float | bool | None:
    """A GraphML/GEXF-safe scalar: lists joined with ``"; "``, other non-scalars as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(str(v) for v in value)
    return str(value)


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with scalar attributes only (``None`` left out), ready for GraphML/GEXF."""
    H = nx.MultiDiGraph()
    H.graph.update({k: flat(v) for k, v in G.graph.items() if v is not None})
    for n, data in G.nodes(data=True):
        H.add_node(n, **{k: flat(v) for k, v in data.items() if v is not None})
    for u, v, k, data in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: flat(x) for a, x in data.items() if x is not None})
    return H


# ---------------------------------------------------------------- Gephi


def write_graphml(G: nx.MultiDiGraph, out: BinaryIO) -> None:
    """GraphML, as Gephi, yEd and ``networkx.read_graphml`` read it (edge ids are the claim keys)."""
    nx.write_graphml(flat_graph(G), out, encoding="utf-8", prettyprint=False)


def write_gexf(G: nx.MultiDiGraph, out: BinaryIO) -> None:
    """GEXF 1.2, Gephi's own format (edge ids are the claim keys, edge labels the relation)."""
    H = flat_graph(G)
    for _, _, k, data in H.edges(keys=True, data=True):
        data["id"], data["label"] = k, data["relation"]
    nx.write_gexf(H, out, encoding="utf-8", prettyprint=False)


# ---------------------------------------------------------------- tables

ENTITY_COLUMNS = {
    "id": "the entity's key; its IRI is the build's base IRI followed by the key",
    "label": "its preferred name",
    "type": "organisation, partnership, group, service, person, post, plan, priority, action, "
    "indicator, fund or project",
    "aliases": "its other names, separated by '; '",
    "code": "an identifier the documents give it, such as 'PI 1.4'",
    "evidence_count": "how many passages name it or state one of its facts",
    "documents": "the documents those passages are in, separated by '; '",
    "iri": "its IRI in the graph (for SPARQL)",
}
RELATION_COLUMNS = {
    "id": "the claim's key (the node of the graph that records it)",
    "relation": "what the claim says: one of the relations below",
    "source_id": "the subject entity's id (the one responsible, the member, the funder, ...)",
    "source_label": "the subject's name",
    "source_type": "the subject's type",
    "target_id": "the object entity's id (the item, the group, the recipient, ...)",
    "target_label": "the object's name",
    "target_type": "the object's type",
    "role": "for member: the role held, as written",
    "amount": "for funds: the amount",
    "currency": "for funds: the currency of the amount (GBP)",
    "period": "for funds: the financial year(s) as written, e.g. 2019/20",
    "status": "for funds: received, allocated, proposed, awarded ...",
    "purpose": "for funds: what the money pays for, as written",
    "method": "how the claim was read (the extractor's rule)",
    "confidence": "the extractor's confidence, 0 to 1",
    "document": "evidence: the document's file name",
    "line_start": "evidence: the first line of the passage (1-based)",
    "line_end": "evidence: the last line of the passage (inclusive)",
    "quote": "evidence: the passage's text, verbatim",
    "date": "evidence: the document's date, when known (YYYY-MM-DD)",
}


def tables(G: nx.MultiDiGraph) -> dict[str, tuple[list[str], list[list]]]:
    """``{name: (columns, rows)}``: ``entity-<type>`` and ``relation-<relation>`` tables, sorted."""
    out: dict[str, tuple[list[str], list[list]]] = {}
    entities: dict[str, list[list]] = defaultdict(list)
    for n, data in sorted(G.nodes(data=True), key=lambda nd: (nd[1]["type"], nd[1]["label"], nd[0])):
        entities[data["type"]].append([n if c == "id" else flat(data.get(c)) for c in ENTITY_COLUMNS])
    for kind, rows in sorted(entities.items()):
        out[f"entity-{kind}"] = (list(ENTITY_COLUMNS), rows)
    relations: dict[str, list[list]] = defaultdict(list)
    edges = sorted(
        G.edges(keys=True, data=True),
        key=lambda e: (e[3]["relation"], e[3]["document"], e[3]["line_start"], e[2]),
    )
    for u, v, k, data in edges:
        ends = {"source": G.nodes[u] | {"id": u}, "target": G.nodes[v] | {"id": v}}
        row = []
        for column in RELATION_COLUMNS:
            end, _, field = column.partition("_")
            if column == "id":
                row.append(k)
            elif end in ends and field in ("id", "label", "type"):
                row.append(ends[end][field])
            else:
                row.append(flat(data.get(column)))
        relations[data["relation"]].append(row)
    for relation, rows in sorted(relations.items()):
        out[f"relation-{relation}"] = (list(RELATION_COLUMNS), rows)
    return out


def readme_rows() -> list[list[str]]:
    """The README sheet and README.txt: what each table and column holds."""
    rows = [
        ["Partnership Graph export", ""],
        ["entity-<type>", "one row per entity of that type"],
        ["relation-<relation>", "one row per claim, each with the passage it was read from"],
        ["'", "a cell starting with = + - @ is shown with a leading ' so it is never run as a formula"],
        ["", ""],
        ["entity column", "meaning"],
    ]
    rows += [[c, m] for c, m in ENTITY_COLUMNS.items()]
    rows += [["", ""], ["relation column", "meaning"]]
    rows += [[c, m] for c, m in RELATION_COLUMNS.items()]
    rows += [["", ""], ["relation", "meaning (each has its relation-<relation> table)"]]
    rows += [[r.name, f"<source> {r.label} <target>"] for r in relations.table()]
    return rows


def _csv_bytes(columns: list[str], rows: Iterable[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows([[_csv_cell(c) for c in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")


def _csv_cell(value: Any) -> str:
    """Text neutralised; numbers as written (``75500``, not ``75500.0``); ``None`` empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return neutralise(value) if isinstance(value, str) else str(value)


def _readme_text() -> str:
    return "\n".join(f"{a}\t{b}" if b else a for a, b in readme_rows()) + "\n"


def write_csv_zip(G: nx.MultiDiGraph, out: BinaryIO) -> None:
    """A zip of one CSV per entity type and per relation, plus README.txt."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", _readme_text())
        for name, (columns, rows) in tables(G).items():
            archive.writestr(f"{name}.csv", _csv_bytes(columns, rows))


def write_csv_folder(G: nx.MultiDiGraph, folder: str | Path) -> list[Path]:
    """The same files as :func:`write_csv_zip`, in ``folder`` (created if needed)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / "README.txt"]
    written[0].write_text(_readme_text(), encoding="utf-8")
    for name, (columns, rows) in tables(G).items():
        path = folder / f"{name}.csv"
        path.write_bytes(_csv_bytes(columns, rows))
        written.append(path)
    return written


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, str):
        value = _ILLEGAL_XML.sub("", value)
        return "'" + value if value in _XLSX_ERRORS else neutralise(value)
    return value


def write_xlsx(G: nx.MultiDiGraph, out: BinaryIO) -> None:
    """A workbook: a README sheet, then one sheet per entity type and per relation."""
    from openpyxl import Workbook  # imported here: only this writer needs it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)

    def sheet(title: str, columns: list[str], rows: Iterable[list], widths: dict[str, int]) -> None:
        ws = book.create_sheet(title[:31])
        ws.freeze_panes = "A2"
        for i, column in enumerate(columns):
            ws.column_dimensions[_column_letter(i)].width = widths.get(column, 16)
        header = []
        for column in columns:
            cell = WriteOnlyCell(ws, value=_xlsx_cell(column))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in rows:
            ws.append([_xlsx_cell(c) for c in row])

    readme = readme_rows()
    sheet("README", readme[0], readme[1:], {"Partnership Graph export": 24, "": 100})
    for name, (columns, rows) in tables(G).items():
        sheet(name, columns, rows, {"label": 40, "quote": 80, "source_label": 30, "target_label": 30})
    book.save(out)


def _column_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


# ---------------------------------------------------------------- 360Giving

_CHARITY = re.compile(
    r"charity\s+(?:registration\s+)?(?:no\.?|number|num\.?)\s*[:.]?\s*(\d{6,7}(?:-\d{1,2})?)(?!\d)", re.I
)
_COMPANY = re.compile(
    r"company\s+(?:registration\s+)?(?:no\.?|number|num\.?)\s*[:.]?\s*((?:[A-Z]{2})?\d{6,8})(?!\d)", re.I
)


def year_start(text: str | None) -> tuple[str, str] | None:
    """The start of the first year ``text`` names, and which: ``2019/20`` -> ``2019-04-01`` (a UK
    financial year starts on 1 April), a lone ``2019`` -> ``2019-01-01``."""
    spans = year_spans(text or "")
    found = next((s for s in spans if s.kind == "financial year"), spans[0] if spans else None)
    return (found.first.isoformat(), f"{found.kind} {found.text}") if found else None


def written_date(text: str | None) -> str | None:
    """The first full date written in ``text`` ('2nd March 2020' -> '2020-03-02'), if any."""
    found = dates_in(text or "", month_only=False)
    return found[0].isoformat() if found else None


def award_date(document: dict, period: str | None) -> tuple[str, str] | None:
    """A grant's ``awardDate`` and the basis it was taken on, first found of:

    1. the document's ``dcterms:date``;
    2. the start of the flow's own period (``2019/20`` -> 2019-04-01);
    3. the start of a year in the document's title;
    4. the first full date written in the document (usually the meeting or report date).
    """
    if document.get("date"):
        return document["date"][:10], "the document's date"
    found = year_start(period)
    if found:
        return found[0], f"the start of the flow's {found[1]}"
    found = year_start(document.get("title"))
    if found:
        return found[0], f"the start of the {found[1]} in the document's title"
    written = written_date(document.get("text"))
    if written:
        return written, "the first date written in the document"
    return None


def org_id(entity_id: str, names: Iterable[str], texts: Iterable[str]) -> str:
    """A 360Giving organisation identifier (org-id.guide): ``GB-CHC-<n>`` when a line naming the
    organisation gives its charity number, ``GB-COH-<n>`` its company number, else a stable local
    ``XI-PGRAPH-<entity id>``."""
    names = [n.casefold() for n in names if n and len(n) >= 3]
    for text in texts:
        for line in text.splitlines():
            folded = line.casefold()
            if not any(n in folded for n in names):
                continue
            charity = _CHARITY.search(line)
            if charity:
                return f"GB-CHC-{charity.group(1)}"
            company = _COMPANY.search(line)
            if company:
                number = company.group(1).upper()
                return f"GB-COH-{number.zfill(8) if number.isdigit() else number}"
    return LOCAL_ORG_PREFIX + entity_id


def _money(amount: float) -> int | float:
    return int(amount) if float(amount).is_integer() else round(amount, 2)


def grants_package(G: nx.MultiDiGraph, store: GraphStore) -> tuple[dict, list[dict]]:
    """The ``funds`` edges of ``G`` as a 360Giving package ``{"grants": [...]}``, and the flows left out.

    One grant per funder, recipient, amount and period (a flow stated in several passages is one
    grant whose description cites each). ``id`` is ``360G-pgraph-`` and a hash of those four, so it
    stays the same across builds. When the funder is a fund, the fund is the ``grantProgramme``
    (``code`` its entity id, ``title`` its name) and
    ``fundingOrganization`` is whoever funds the fund (the fund itself if the graph does not say);
    otherwise a flow's purpose, if any, is the programme. ``awardDate`` follows :func:`award_date`,
    and ``awardDateBasis`` (an additional field, which the standard allows) says which rule gave it.
    A flow without an amount, or with no date to be found, cannot be a 360Giving grant: it is
    returned in the second list with the reason.
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    left_out: list[dict] = []
    for u, v, data in G.edges(data=True):
        if data["relation"] != "funds":
            continue
        if data["amount"] is None:
            left_out.append(_left_out(G, u, v, data, "no amount"))
        else:
            groups[(u, v, data["amount"], data["period"])].append(data)

    def funders_of(u: str) -> list[str]:
        if G.nodes[u]["type"] != "fund":
            return [u]
        return sorted({s for s, _, r in G.in_edges(u, data="relation") if r == "funds"}) or [u]

    named = {n for u, v, _, _ in groups for n in (*funders_of(u), v)}
    documents = document_info(
        store,
        [d["document"] for found in groups.values() for d in found]
        + [doc for n in named for doc in G.nodes[n]["documents"]],
    )
    ids: dict[str, str] = {}

    def organisation(n: str) -> dict:
        node = G.nodes[n]
        if n not in ids:
            texts = [documents.get(d, {}).get("text") or "" for d in node["documents"]]
            ids[n] = org_id(n, [node["label"], *node["aliases"]], texts)
        return {"id": ids[n], "name": node["label"]}

    grants = []
    for (u, v, amount, period), found in groups.items():
        evidence = sorted({(d["document"], d["line_start"], d["line_end"], d["quote"]) for d in found})
        purpose = next((d["purpose"] for d in found if d["purpose"]), None)
        status = next((d["status"] for d in found if d["status"]), None)
        currency = found[0]["currency"] or "GBP"
        dated = award_date(documents.get(evidence[0][0], {}), period)
        if dated is None:
            left_out.append(_left_out(G, u, v, found[0], "no date in the flow or its document"))
            continue
        funder, recipient = G.nodes[u], G.nodes[v]
        if funder["type"] == "fund":
            programme = {"code": u, "title": funder["label"]}
        else:
            programme = {"title": purpose} if purpose else None
        title = (purpose or f"{funder['label']} to {recipient['label']}") + (f" ({period})" if period else "")
        said = "; ".join(
            f'{doc} line {ls}{"" if le == ls else f"-{le}"}: "{quote}"' for doc, ls, le, quote in evidence
        )
        description = (
            f"{(status or 'funding').capitalize()}: {amount:,.2f} {currency} "
            f"from {funder['label']} to {recipient['label']}"
            + (f" for {period}" if period else "")
            + (f", for {purpose}" if purpose and purpose != recipient["label"] else "")
            + f". As stated in {said}"
        )
        key = repr((funder["iri"], recipient["iri"], amount, period)).encode("utf-8")
        grant = {
            "id": GRANT_ID_PREFIX + hashlib.sha1(key).hexdigest()[:16],
            "title": title,
            "description": description,
            "currency": currency,
            "amountAwarded": _money(amount),
            "awardDate": dated[0],
            "awardDateBasis": dated[1],
            "recipientOrganization": [organisation(v)],
            "fundingOrganization": [organisation(f) for f in funders_of(u)],
        }
        if programme:
            grant["grantProgramme"] = [programme]
        grants.append(grant)
    grants.sort(key=lambda g: g["id"])
    return {"grants": grants}, left_out


def _left_out(G: nx.MultiDiGraph, u: str, v: str, data: dict, reason: str) -> dict:
    return {
        "funder": G.nodes[u]["label"],
        "recipient": G.nodes[v]["label"],
        "amount": data["amount"],
        "document": data["document"],
        "line_start": data["line_start"],
        "reason": reason,
    }


# ---------------------------------------------------------------- one entry point


def filename(fmt: str, *, plan: str | None = None) -> str:
    """The file name a download of ``fmt`` gets: ``partnership-graph[-<plan>]<suffix>``."""
    if fmt not in SUFFIXES:
        raise BadRequest(f"format must be one of {', '.join(FORMATS)}")
    return "partnership-graph" + (f"-{plan}" if plan else "") + SUFFIXES[fmt]


def write(
    store: GraphStore,
    base: str,
    fmt: str,
    out: BinaryIO,
    *,
    types: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    plan: str | None = None,
) -> dict:
    """Write the (filtered) graph as ``fmt`` to ``out``; returns what was written.

    The answer is ``{"nodes": n, "edges": n}`` and, for ``360giving``, also ``"grants"`` and
    ``"left_out"`` (flows that could not be grants, with the reason).
    """
    if fmt not in FORMATS:
        raise BadRequest(f"format must be one of {', '.join(FORMATS)}")
    G = project(store, base, types=types, documents=documents, plan=plan)
    summary: dict[str, Any] = {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    if fmt == "graphml":
        write_graphml(G, out)
    elif fmt == "gexf":
        write_gexf(G, out)
    elif fmt == "csv":
        write_csv_zip(G, out)
    elif fmt == "xlsx":
        write_xlsx(G, out)
    else:
        package, left_out = grants_package(G, store)
        out.write(json.dumps(package, ensure_ascii=False, indent=1).encode("utf-8"))
        summary |= {"grants": len(package["grants"]), "left_out": left_out}
    return summary


def write_folder(
    store: GraphStore,
    base: str,
    folder: str | Path,
    *,
    types: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    plan: str | None = None,
) -> dict:
    """The ``csv`` export as files in ``folder`` instead of a zip; returns what was written."""
    G = project(store, base, types=types, documents=documents, plan=plan)
    files = write_csv_folder(G, folder)
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "files": len(files)}
