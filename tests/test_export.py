"""Exports for analysts' tools, read back by the library a user would use, against the store.

The seed corpus is built into a store in a temporary directory; every export (GraphML and GEXF
through networkx, CSV through the csv module, XLSX through openpyxl, 360Giving through jsonschema,
the API's JSON through rdflib's JSON-LD parser) is compared with counts and amounts read straight
from the store's quads. A hand-written document whose names start with =, +, -, @ and hold
<script> checks that spreadsheets get neutralised text and JSON the text as it is.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import warnings
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import jsonschema
import networkx as nx
import openpyxl
import pyoxigraph as ox
import pytest
import rdflib
from conftest import CORPUS, CORPUS_BASE

from api import cli
from api import exports as api_exports
from api.app import API_PREFIX, create_app
from graph import export as gx
from graph.build import build
from graph.context import LINK_REL
from graph.errors import BadRequest, NotFound
from graph.namespaces import DCTERMS, ORG, PG, RDF, SKOS
from graph.projection import project
from graph.rdf import KIND_OF_CLASS, PREDICATE_OF
from graph.settings import Settings
from graph.store import EmbeddedStore
from ingest.model import Claim, DocumentFacts, Entity, Evidence, Funding, Kind, Mention, Rel, Resolved

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

BASE = CORPUS_BASE  # of the session's corpus store (conftest)
D003 = "003_1a5aa9b1bd324060.txt"
LOCALITY_FUND = "Police and Crime Commissioner Locality Funding"
REL_OF = {iri: rel.value for rel, iri in PREDICATE_OF.items()}


# ---------------------------------------------------------------- the corpus store and what it holds


@pytest.fixture(autouse=True)
def corpus_base(monkeypatch):
    """The CLI reads the base IRI from the environment, as a user's shell would give it."""
    monkeypatch.setenv("PGRAPH_BASE_IRI", BASE)


@pytest.fixture(scope="module")
def corpus_store(corpus_store_path) -> str:
    return corpus_store_path


@pytest.fixture(scope="module")
def truth(corpus_store) -> dict:
    """Counts and amounts read from the store's quads, without the projection."""
    triples = {q.triple for q in EmbeddedStore(corpus_store).quads()}
    by_subject: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        by_subject[t.subject.value][t.predicate.value].append(t.object)
    types = Counter()
    for s, props in by_subject.items():
        for c in props.get(RDF + "type", []):
            if s.startswith(BASE) and c.value in KIND_OF_CLASS:
                types[KIND_OF_CLASS[c.value].value] += 1
    relations = Counter()
    flows = []
    for props in by_subject.values():
        classes = {c.value for c in props.get(RDF + "type", [])}
        if RDF + "Statement" in classes:
            p, o = props[RDF + "predicate"][0].value, props[RDF + "object"][0]
            if isinstance(o, ox.NamedNode) and p in REL_OF and p != ORG + "memberOf":
                relations[REL_OF[p]] += 1
        if ORG + "Membership" in classes:
            relations["member"] += 1
        if PG + "FundingFlow" in classes:
            relations["funds"] += 1
            amount = props.get(PG + "amount")
            flows.append(
                {
                    "funder": props[PG + "funder"][0].value,
                    "recipient": props[PG + "recipient"][0].value,
                    "amount": float(amount[0].value) if amount else None,
                    "period": props[PG + "period"][0].value if PG + "period" in props else None,
                }
            )
    fund = next(
        s for s, props in by_subject.items() if ox.Literal(LOCALITY_FUND) in props[SKOS + "prefLabel"]
    )
    dates = {}
    for props in by_subject.values():
        if DCTERMS + "date" in props and DCTERMS + "identifier" in props:
            dates[props[DCTERMS + "identifier"][0].value] = props[DCTERMS + "date"][0].value[:10]
    return {
        "dates": dates,
        "types": types,
        "relations": relations,
        "flows": flows,
        "fund": fund,
        "by_subject": by_subject,
    }


@pytest.fixture(scope="module")
def corpus_client(corpus_store):
    with TestClient(create_app(Settings(store=corpus_store, base_iri=BASE))) as client:
        yield client


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def plain(cell: str) -> str:
    """A spreadsheet cell as the document wrote it: the ' that neutralised a formula removed."""
    return (
        cell[1:] if cell.startswith("'") and cell[1:].startswith(("=", "+", "-", "@", "\t", "\r")) else cell
    )


def assert_quote_in_document(document: str, line_start: int, line_end: int, quote: str) -> None:
    lines = (CORPUS / document).read_text(encoding="utf-8-sig").splitlines()
    assert 1 <= line_start <= line_end <= len(lines), (document, line_start, line_end)
    span = "\n".join(lines[line_start - 1 : line_end])
    quote = folded(quote)  # quotes are cells as read: HTML tags such as <p> in the text are dropped
    assert quote and (quote in folded(span) or quote in folded(re.sub(r"<[^>]+>", " ", span))), (
        document,
        quote,
    )


def export_cli(capsys, store: str, fmt: str, out: Path, *extra: str) -> str:
    status = cli.main(["export", "--store", store, "--format", fmt, "--out", str(out), *extra])
    _, err = capsys.readouterr()
    assert status == 0, err
    return err


# ---------------------------------------------------------------- the projection


def test_projection_holds_every_entity_and_claim(corpus_store, truth):
    G = project(EmbeddedStore(corpus_store), BASE)
    assert Counter(t for _, t in G.nodes(data="type")) == truth["types"]
    assert Counter(r for _, _, r in G.edges(data="relation")) == truth["relations"]
    assert sum(truth["relations"].values()) == G.number_of_edges() > 200
    for _, data in G.nodes(data=True):
        assert data["evidence_count"] >= 1 and data["documents"]
        assert isinstance(data["aliases"], list)
    for _, _, data in G.edges(data=True):
        assert_quote_in_document(data["document"], data["line_start"], data["line_end"], data["quote"])
        assert data["date"] == truth["dates"].get(data["document"])
    roles = {d["role"] for _, _, d in G.edges(data=True) if d["relation"] == "member"}
    assert roles - {None}, "memberships carry their roles"


def test_projection_filters(corpus_store):
    store = EmbeddedStore(corpus_store)
    G = project(store, BASE, types=["organisation", "fund", "project"])
    assert {t for _, t in G.nodes(data="type")} == {"organisation", "fund", "project"}
    assert {r for _, _, r in G.edges(data="relation")} >= {"funds"}

    G = project(store, BASE, documents=[D003])
    assert G.number_of_edges() > 0
    assert {d for _, _, d in G.edges(data="document")} == {D003}
    assert all(data["documents"] == [D003] for _, data in G.nodes(data=True))

    everything = project(store, BASE)
    plan = next(n for n, t in everything.nodes(data="type") if t == "plan" and everything.in_degree(n) > 3)
    G = project(store, BASE, plan=plan)
    assert plan in G and 1 < G.number_of_nodes() < everything.number_of_nodes()
    inside = {plan} | {u for u, _, r in G.in_edges(plan, data="relation") if r in ("part_of", "priority_of")}
    assert all(u in G.nodes and v in G.nodes for u, v in G.edges())
    assert inside <= set(G.nodes)

    with pytest.raises(BadRequest, match="unknown entity type"):
        project(store, BASE, types=["organisation", "spaceship"])
    with pytest.raises(BadRequest, match="unknown document"):
        project(store, BASE, documents=["nope.txt"])
    with pytest.raises(NotFound):
        project(store, BASE, plan="plan-that-does-not-exist")


# ---------------------------------------------------------------- Gephi


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_formats_read_back(capsys, corpus_store, truth, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    export_cli(capsys, corpus_store, fmt, out)
    if fmt == "graphml":
        G = nx.read_graphml(out, force_multigraph=True)
        keys = {k for _, _, k in G.edges(keys=True)}
    else:  # read_gexf keeps the edge ids as "id" (and as keys when edges run in parallel)
        G = nx.read_gexf(out)
        keys = {k for _, _, k in G.edges(data="id")}
    assert Counter(t for _, t in G.nodes(data="type")) == truth["types"]  # the partition attribute
    assert Counter(r for _, _, r in G.edges(data="relation")) == truth["relations"]
    projected = project(EmbeddedStore(corpus_store), BASE)
    assert keys == {k for _, _, k in projected.edges(keys=True)}
    for n, data in G.nodes(data=True):
        assert data["label"] == projected.nodes[n]["label"]
        assert data["aliases"] == "; ".join(projected.nodes[n]["aliases"])
        assert all(isinstance(v, str | int | float | bool) for v in data.values())
    amounts = sorted(d["amount"] for _, _, d in G.edges(data=True) if "amount" in d)
    assert amounts == sorted(f["amount"] for f in truth["flows"] if f["amount"] is not None)


# ---------------------------------------------------------------- spreadsheets


def csv_tables(archive: zipfile.ZipFile) -> dict[str, list[dict]]:
    return {
        name[:-4]: list(
            csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8-sig", newline=""))
        )
        for name in archive.namelist()
        if name.endswith(".csv")
    }


def check_tables(tables: dict[str, list[dict]], truth: dict) -> None:
    entities = {k[len("entity-") :]: len(v) for k, v in tables.items() if k.startswith("entity-")}
    relations = {k[len("relation-") :]: v for k, v in tables.items() if k.startswith("relation-")}
    assert entities == dict(truth["types"])
    assert {k: len(v) for k, v in relations.items()} == dict(truth["relations"])
    for rows in relations.values():
        for row in rows:
            assert {"document", "line_start", "line_end", "quote"} <= set(row)
            quote = plain(row["quote"])
            assert_quote_in_document(row["document"], int(row["line_start"]), int(row["line_end"]), quote)
    allocated = sum(float(r["amount"]) for r in relations["funds"] if r["source_label"] == LOCALITY_FUND)
    expected = sum(f["amount"] for f in truth["flows"] if f["funder"] == truth["fund"] and f["amount"])
    assert allocated == expected == 75_500


def test_csv_zip_and_folder(capsys, corpus_store, truth, tmp_path):
    out = tmp_path / "graph.zip"
    export_cli(capsys, corpus_store, "csv", out)
    with zipfile.ZipFile(out) as archive:
        assert "README.txt" in archive.namelist()
        check_tables(csv_tables(archive), truth)
    folder = tmp_path / "tables"
    folder.mkdir()
    export_cli(capsys, corpus_store, "csv", folder)
    names = sorted(p.name for p in folder.iterdir())
    with zipfile.ZipFile(out) as archive:
        assert names == sorted(archive.namelist())
        assert (folder / "relation-funds.csv").read_bytes() == archive.read("relation-funds.csv")


def test_xlsx_sheets(capsys, corpus_store, truth, tmp_path):
    out = tmp_path / "graph.xlsx"
    export_cli(capsys, corpus_store, "xlsx", out)
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames[0] == "README"
    readme = [tuple(row) for row in book["README"].iter_rows(values_only=True)]
    explained = {row[0] for row in readme}
    assert {"quote", "line_start", "evidence_count", "role", "amount"} <= explained
    tables = {}
    for name in book.sheetnames[1:]:
        rows = list(book[name].iter_rows(values_only=True))
        width = len(rows[0])  # a row whose last cells are empty may come back shorter
        tables[name] = [
            dict(
                zip(
                    rows[0],
                    ["" if c is None else c for c in (*row, *[None] * (width - len(row)))],
                    strict=True,
                )
            )
            for row in rows[1:]
        ]
    check_tables(tables, truth)
    funds = tables["relation-funds"]
    assert all(isinstance(r["amount"], int | float) for r in funds if r["amount"] != "")
    book.close()


# ---------------------------------------------------------------- 360Giving

# The 360Giving standard's required fields (the full schema cannot be fetched here), as draft-04.
GRANTS_SCHEMA = {
    "$schema": "http://json-schema.org/draft-04/schema#",
    "type": "object",
    "required": ["grants"],
    "properties": {"grants": {"type": "array", "items": {"$ref": "#/definitions/grant"}}},
    "definitions": {
        "organization": {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string", "minLength": 1},
                "name": {"type": "string", "minLength": 1},
            },
        },
        "grant": {
            "type": "object",
            "required": [
                "id",
                "title",
                "description",
                "currency",
                "amountAwarded",
                "awardDate",
                "recipientOrganization",
                "fundingOrganization",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^360G-"},
                "title": {"type": "string", "minLength": 1},
                "description": {"type": "string", "minLength": 1},
                "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "amountAwarded": {"type": "number"},
                "awardDate": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}"},
                "recipientOrganization": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"$ref": "#/definitions/organization"},
                },
                "fundingOrganization": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"$ref": "#/definitions/organization"},
                },
                "grantProgramme": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["title"],
                        "properties": {"title": {"type": "string"}},
                    },
                },
            },
        },
    },
}


def validate_grants(package: dict) -> None:
    jsonschema.Draft4Validator.check_schema(GRANTS_SCHEMA)
    jsonschema.Draft4Validator(GRANTS_SCHEMA).validate(package)


def test_360giving_package(capsys, corpus_store, truth, tmp_path):
    out = tmp_path / "grants.json"
    err = export_cli(capsys, corpus_store, "360giving", out)
    package = json.loads(out.read_text(encoding="utf-8"))
    validate_grants(package)
    grants = package["grants"]

    with_amount = [f for f in truth["flows"] if f["amount"] is not None]
    distinct = {(f["funder"], f["recipient"], f["amount"], f["period"]) for f in with_amount}
    assert len(grants) == len(distinct) and len({g["id"] for g in grants}) == len(grants)
    assert sum(g["amountAwarded"] for g in grants) == sum(key[2] for key in distinct)
    assert f"{len(grants)} grants" in err
    assert err.count("left out (no amount)") == len(truth["flows"]) - len(with_amount)

    fund_id = truth["fund"][len(BASE) :]
    allocations = [g for g in grants if g.get("grantProgramme", [{}])[0].get("code") == fund_id]
    assert sum(g["amountAwarded"] for g in allocations) == 75_500
    assert {g["fundingOrganization"][0]["name"] for g in allocations} == {
        "Office of the Police and Crime Commissioner"
    }
    assert all(g["currency"] == "GBP" and g["id"].startswith("360G-pgraph-") for g in grants)
    assert all(
        o["id"].startswith(("GB-CHC-", "GB-COH-", "XI-PGRAPH-"))
        for g in grants
        for o in g["recipientOrganization"]
    )
    # the document's date where the store has one, else the start of the flow's financial year,
    # else the date the document states first (D003: the committee's meeting, 10 March 2020)
    for grant in grants:
        document = re.search(r"As stated in (\S+) line", grant["description"]).group(1)
        if truth["dates"].get(document):
            expected = (truth["dates"][document], "the document's date")
        elif grant["title"].endswith("(2019/20)"):
            expected = ("2019-04-01", "the start of the flow's financial year 2019/20")
        else:
            expected = ("2020-03-10", "the first date written in the document")
        assert (grant["awardDate"], grant["awardDateBasis"]) == expected, grant["title"]

    again = tmp_path / "again.json"
    export_cli(capsys, corpus_store, "360giving", again)
    assert json.loads(again.read_text(encoding="utf-8")) == package  # stable ids and order

    broken = {"grants": [{k: v for k, v in grants[0].items() if k != "awardDate"}]}
    with pytest.raises(jsonschema.ValidationError):
        validate_grants(broken)


def test_award_date_and_org_id_rules():
    assert gx.year_start("2019/20") == ("2019-04-01", "financial year 2019/20")
    assert gx.year_start("2016/17, 2017/18") == ("2016-04-01", "financial year 2016/17")
    assert gx.year_start("2019/2020")[0] == "2019-04-01"
    assert gx.year_start("Plan 2013 - 2016") == ("2013-01-01", "year 2013")
    assert gx.year_start("no year") is None
    assert gx.written_date("held on Tuesday, 10th March 2020 at 6pm") == "2020-03-10"
    assert gx.written_date("31 February 2020, then 2nd Sept 2021") == "2021-09-02"
    doc = {"date": "2021-05-04", "title": "Plan 2018/19", "text": "1 June 2017"}
    assert gx.award_date(doc, "2019/20") == ("2021-05-04", "the document's date")
    assert gx.award_date(doc | {"date": None}, "2019/20")[0] == "2019-04-01"
    assert gx.award_date(doc | {"date": None}, None) == (
        "2018-04-01",
        "the start of the financial year 2018/19 in the document's title",
    )
    assert gx.award_date({"text": "1 June 2017"}, None) == (
        "2017-06-01",
        "the first date written in the document",
    )
    assert gx.award_date({}, None) is None
    texts = ["Shelter Trust (registered charity number 1123456) runs it.", "Acme Ltd, company no. 1234567"]
    assert gx.org_id("org-shelter-trust", ["Shelter Trust"], texts) == "GB-CHC-1123456"
    assert gx.org_id("org-acme", ["Acme Ltd"], texts) == "GB-COH-01234567"
    assert gx.org_id("org-other", ["Other"], texts) == "XI-PGRAPH-org-other"


# ---------------------------------------------------------------- hostile names

EVIL_ORG = '=HYPERLINK("http://evil.example/","click") Trust'
EVIL_PROJECT = "+SUM(A1:A9) <script>alert(1)</script> Project"
EVIL_GROUP = "-2+3 Group"
EVIL_PARTNERSHIP = "@Partnership <script>alert('x')</script>"
EVIL_ROLE = "=cmd|' /C calc'!A0"
EVIL_PURPOSE = "@SUM(1) <b>purpose</b>"
EVIL_DOC = "hostile.txt"
EVIL_TEXT = f"""Hostile names
{EVIL_ORG} (registered charity number 1123456) gave \u00a31,000 to {EVIL_PROJECT} in 2021/22 for {EVIL_PURPOSE}.
{EVIL_GROUP} is a member of {EVIL_PARTNERSHIP} as {EVIL_ROLE}.
"""
EVIL = {
    "org-evil-trust": (Kind.ORGANISATION, EVIL_ORG, {"@evil"}),
    "project-evil": (Kind.PROJECT, EVIL_PROJECT, set()),
    "group-evil": (Kind.GROUP, EVIL_GROUP, set()),
    "partnership-evil": (Kind.PARTNERSHIP, EVIL_PARTNERSHIP, set()),
}


def _mention(key: str) -> Mention:
    return Mention(EVIL[key][1], EVIL[key][0])


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> str:
    lines = EVIL_TEXT.splitlines()
    fund_ev = Evidence(EVIL_DOC, 2, 2, lines[1])
    member_ev = Evidence(EVIL_DOC, 3, 3, lines[2])
    doc = DocumentFacts(
        EVIL_DOC,
        "Hostile names",
        EVIL_TEXT,
        claims=[
            Claim(
                _mention("group-evil"),
                Rel.MEMBER,
                _mention("partnership-evil"),
                member_ev,
                "test",
                role=EVIL_ROLE,
            )
        ],
        fundings=[
            Funding(
                _mention("org-evil-trust"),
                _mention("project-evil"),
                1000.0,
                fund_ev,
                "test",
                period="2021/22",
                status="awarded",
                purpose=EVIL_PURPOSE,
            )
        ],
        date="2021-05-04",
    )
    entities = {k: Entity(k, kind, label, aliases=set(aliases)) for k, (kind, label, aliases) in EVIL.items()}
    resolved = Resolved([doc], entities, {_mention(k): k for k in EVIL})
    path = tmp_path_factory.mktemp("hostile") / "store"
    build(resolved, str(path), BASE)
    return str(path)


def test_hostile_names_are_neutralised_in_spreadsheets(capsys, hostile_store, tmp_path):
    zipped = tmp_path / "hostile.zip"
    export_cli(capsys, hostile_store, "csv", zipped)
    with zipfile.ZipFile(zipped) as archive:
        tables = csv_tables(archive)
    labels = {row["label"] for name, rows in tables.items() if name.startswith("entity-") for row in rows}
    assert labels == {"'" + label for _, label, _ in EVIL.values()}
    assert tables["entity-organisation"][0]["aliases"] == "'@evil"
    (member,) = tables["relation-member"]
    assert member["role"] == "'" + EVIL_ROLE.lower()
    assert member["source_label"] == "'" + EVIL_GROUP
    (flow,) = tables["relation-funds"]
    assert flow["purpose"] == "'" + EVIL_PURPOSE and flow["amount"] == "1000"

    workbook = tmp_path / "hostile.xlsx"
    export_cli(capsys, hostile_store, "xlsx", workbook)
    book = openpyxl.load_workbook(workbook)  # not read-only: cell types are checked
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if c.data_type == "f"], "no cell is a formula"
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert {"'" + label for _, label, _ in EVIL.values()} <= texts
    assert not [t for t in texts if t.startswith(("=", "+", "-", "@"))]


def test_hostile_names_are_intact_as_text(capsys, hostile_store, tmp_path):
    graphml = tmp_path / "hostile.graphml"
    export_cli(capsys, hostile_store, "graphml", graphml)
    G = nx.read_graphml(graphml, force_multigraph=True)
    assert {d["label"] for _, d in G.nodes(data=True)} == {label for _, label, _ in EVIL.values()}

    grants = tmp_path / "hostile.json"
    export_cli(capsys, hostile_store, "360giving", grants)
    package = json.loads(grants.read_text(encoding="utf-8"))
    validate_grants(package)
    (grant,) = package["grants"]
    assert grant["fundingOrganization"] == [{"id": "GB-CHC-1123456", "name": EVIL_ORG}]
    assert grant["recipientOrganization"][0]["name"] == EVIL_PROJECT
    assert grant["title"] == f"{EVIL_PURPOSE} (2021/22)"
    assert grant["grantProgramme"] == [{"title": EVIL_PURPOSE}]
    assert (grant["awardDate"], grant["awardDateBasis"]) == ("2021-05-04", "the document's date")
    assert grant["amountAwarded"] == 1000

    with TestClient(create_app(Settings(store=hostile_store, base_iri=BASE))) as client:
        page = client.get(f"{API_PREFIX}/entities/project-evil").json()
        assert page["label"] == EVIL_PROJECT
        answer = client.get(f"{API_PREFIX}/export", params={"format": "360giving"})
        assert answer.json() == package


def test_neutralise_rules():
    for text in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx"):
        assert gx.neutralise(text) == "'" + text
    for value in ("plain", "", "'quoted", 5, -5.0, None):
        assert gx.neutralise(value) == value


# ---------------------------------------------------------------- the API


@pytest.mark.parametrize(
    ("fmt", "media_type", "filename"),
    [
        ("graphml", "application/graphml+xml", "partnership-graph.graphml"),
        ("gexf", "application/gexf+xml", "partnership-graph.gexf"),
        ("csv", "application/zip", "partnership-graph-csv.zip"),
        (
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "partnership-graph.xlsx",
        ),
        ("360giving", "application/json", "partnership-graph-360giving.json"),
        ("ttl", "text/turtle", "partnership-graph.ttl"),
    ],
)
def test_api_downloads(corpus_client, corpus_store, truth, fmt, media_type, filename):
    answer = corpus_client.get(f"{API_PREFIX}/export", params={"format": fmt})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].split(";")[0] == media_type
    assert answer.headers["content-disposition"] == f'attachment; filename="{filename}"'
    assert "link" not in answer.headers  # a download is not an API answer
    body = answer.content
    if fmt in ("graphml", "gexf"):
        data = io.BytesIO(body)
        G = nx.read_graphml(data, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(data)
        assert G.number_of_nodes() == sum(truth["types"].values())
        assert G.number_of_edges() == sum(truth["relations"].values())
    elif fmt == "csv":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            check_tables(csv_tables(archive), truth)
    elif fmt == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
        assert book.sheetnames[0] == "README" and "relation-funds" in book.sheetnames
        book.close()
    elif fmt == "360giving":
        validate_grants(answer.json())
    else:
        parsed = {q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)}
        assert parsed == {q.triple for q in EmbeddedStore(corpus_store).quads()}


def test_api_export_filters_and_errors(corpus_client):
    url = api_exports.export_url("csv", types=["organisation", "fund", "project"], documents=[D003])
    assert url == f"{API_PREFIX}/export?format=csv&type=organisation&type=fund&type=project&document={D003}"
    answer = corpus_client.get(url)
    assert answer.status_code == 200
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        tables = csv_tables(archive)
    assert {n for n in tables if n.startswith("entity-")} == {
        "entity-organisation",
        "entity-fund",
        "entity-project",
    }
    assert {r["document"] for rows in tables.values() for r in rows if "document" in r} == {D003}

    plan = corpus_client.get(f"{API_PREFIX}/search", params={"q": "Police and Crime Plan"}).json()["results"][
        0
    ]
    assert plan["type"] == "plan"
    answer = corpus_client.get(api_exports.export_url("graphml", plan=plan["id"]))
    assert answer.status_code == 200
    assert (
        answer.headers["content-disposition"]
        == f'attachment; filename="partnership-graph-{plan["id"]}.graphml"'
    )
    assert plan["id"] in nx.read_graphml(io.BytesIO(answer.content))

    assert corpus_client.get(api_exports.export_url("graphml", plan="plan-nope")).status_code == 404
    bad_type = corpus_client.get(api_exports.export_url("gexf", types=["spaceship"]))
    assert bad_type.status_code == 422 and bad_type.json()["error"]["code"] == "invalid_request"  # an enum
    assert corpus_client.get(api_exports.export_url("ttl", plan=plan["id"])).status_code == 422
    assert corpus_client.get(api_exports.export_url("docx")).status_code == 422
    assert api_exports.API_PREFIX == API_PREFIX


def test_cli_refuses_filters_on_rdf(capsys, corpus_store, tmp_path):
    status = cli.main(["export", "--store", corpus_store, "--format", "trig", "--type", "plan"])
    assert status == 1
    assert "filter graphml" in capsys.readouterr().err
    out = tmp_path / "tables.zip"
    status = cli.main(
        ["export", "--store", corpus_store, "--format", "csv", "--type", "spaceship", "--out", str(out)]
    )
    assert status == 1
    assert "unknown entity type: spaceship" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # no empty or half-written file left behind


# ---------------------------------------------------------------- JSON-LD


def test_json_answers_link_the_context(corpus_client):
    answer = corpus_client.get(f"{API_PREFIX}/search", params={"q": "police"})
    link = answer.headers["link"]
    assert link == (
        f'<http://testserver{API_PREFIX}/context.jsonld>; rel="{LINK_REL}"; type="application/ld+json"'
    )
    assert corpus_client.get(f"{API_PREFIX}/entities/no-such-entity").headers["link"] == link
    context = corpus_client.get(f"{API_PREFIX}/context.jsonld")
    assert context.status_code == 200
    assert context.headers["content-type"].startswith("application/ld+json")
    assert "link" not in context.headers
    assert context.json()["@context"]["@base"] == BASE
    assert "link" not in corpus_client.get("/openapi.json").headers


def expanded(client, entity_id: str) -> rdflib.Graph:
    """An entity answer read as RDF with the served context supplied inline (nothing fetched)."""
    context = client.get(f"{API_PREFIX}/context.jsonld").json()["@context"]
    page = client.get(f"{API_PREFIX}/entities/{entity_id}").json()
    return rdflib.Graph().parse(data=json.dumps({"@context": context, **page}), format="json-ld")


NAME_PREDICATES = {RDF + "type", SKOS + "prefLabel", SKOS + "altLabel", SKOS + "notation"}


def store_names(truth: dict, subject: str) -> set[tuple[str, str]]:
    names = set()
    for p, objects in truth["by_subject"][subject].items():
        for o in objects:
            if p in NAME_PREDICATES and (p != RDF + "type" or o.value in KIND_OF_CLASS):
                names.add((p, o.value))
    labels = {o for p, o in names if p == SKOS + "prefLabel"}
    return {(p, o) for p, o in names if not (p == SKOS + "altLabel" and o in labels)}


def test_entity_json_expands_to_the_store_triples(corpus_client, corpus_store, truth):
    G = project(EmbeddedStore(corpus_store), BASE)
    with_alias = next(n for n, d in G.nodes(data=True) if d["aliases"])
    with_code = next(n for n, d in G.nodes(data=True) if d["code"])
    with_post = next(u for u, _, r in G.edges(data="relation") if r == "holds")
    for entity_id in (with_alias, with_code, with_post):
        graph = expanded(corpus_client, entity_id)
        subjects = {str(s) for s in graph.subjects()}
        assert BASE + entity_id in subjects
        for subject in subjects:
            parsed = {(str(p), str(o)) for p, o in graph.predicate_objects(rdflib.URIRef(subject))}
            assert {po for po in parsed if po[0] in NAME_PREDICATES} == store_names(truth, subject), subject
        holds = PREDICATE_OF[Rel.HOLDS]
        for s, o in graph.subject_objects(rdflib.URIRef(holds)):
            assert ox.NamedNode(str(o)) in truth["by_subject"][str(s)][holds]
    graph = expanded(corpus_client, with_post)
    assert (rdflib.URIRef(BASE + with_post), rdflib.URIRef(PREDICATE_OF[Rel.HOLDS]), None) in graph


def test_answer_keys_named_like_types_do_not_become_classes(client):
    context = client.get(f"{API_PREFIX}/context.jsonld").json()["@context"]
    answer = client.get(f"{API_PREFIX}/groups/group-jag/structure").json()
    assert answer["group"]["type"] == "group"
    group = rdflib.Graph().parse(data=json.dumps({"@context": context, **answer["group"]}), format="json-ld")
    assert set(group.objects(None, rdflib.RDF.type)) == {rdflib.URIRef(ORG + "OrganizationalUnit")}
    whole = rdflib.Graph().parse(data=json.dumps({"@context": context, **answer}), format="json-ld")
    assert not {str(p) for p in whole.predicates()} & set(KIND_OF_CLASS)  # "group" is no property
