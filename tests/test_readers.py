"""Documents as councils publish them: one plan as text, DOCX, PDF and HTML gives the same facts.

Every document is made here, in ``tmp_path``: python-docx writes the DOCX, reportlab the PDFs.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from graph.build import build
from graph.store import EmbeddedStore
from ingest.blocks import Document
from ingest.model import DocumentFacts, Kind, Rel
from ingest.pipeline import document_paths, extract, ingest_paths
from ingest.readers import Caps, ReaderProcess, UnreadableDocument, html_to_text, read_document, sniff

BASE = "https://example.org/id/"
TITLE = "Rivermead Community Safety Partnership Plan 2021-24"
PARTNERSHIP = "Rivermead Community Safety Partnership"
INTRO = "The Rivermead Community Safety Partnership brings together the agencies that keep the borough safe."
MEMBERS_INTRO = "The responsible authorities who sit on the Rivermead Community Safety Partnership are:"
MEMBERS = [
    "Rivermead Borough Council",
    "Leicestershire Police",
    "Leicestershire Fire and Rescue Service",
    "West Leicestershire Clinical Commissioning Group",
]
ACTION_HEADER = ["Ref", "Action", "Responsible", "Target Date", "Status"]
OWNERS = {1: ("Jane Smith", "Community Safety Manager")}  # a person and her post, one cell


def owner_of(i: int) -> tuple[str, ...]:
    return OWNERS.get(i, ("Youth Services Manager",) if i % 2 else ("Leicestershire Police",))


ACTIONS = [
    (f"AP 1.{i}", f"Action {i} to reduce anti-social behaviour in the town centre", owner_of(i))
    for i in range(1, 25)
]
FUNDING_HEADER = ["Funding", "Funding received", "Funding allocated"]
FUNDING = [
    ["Police and Crime Commissioner Locality Funding 2021/22", "£55,000", ""],
    ["Youth diversion programme", "", "£20,000"],
    ["Town centre patrols", "", "£35,000"],
    ["Total", "£55,000", "£55,000"],
]


# ------------------------------------------------------------------------------------------------
# The plan in four formats


def write_text(path: Path) -> Path:
    lines = [
        f"# {TITLE}",
        "",
        INTRO,
        "",
        MEMBERS_INTRO,
        *[f"- {m}" for m in MEMBERS],
        "",
        "# Action Plan",
        "",
    ]
    lines.append("\t".join(ACTION_HEADER))
    lines += [
        "\t".join([code, text, " ".join(owner), "March 2022", "On track"]) for code, text, owner in ACTIONS
    ]
    lines += ["", "# Funding", "", "\t".join(FUNDING_HEADER), *["\t".join(r) for r in FUNDING]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(INTRO)
    document.add_paragraph(MEMBERS_INTRO)
    for member in MEMBERS:
        document.add_paragraph(member, style="List Bullet")
    document.add_heading("Action Plan", level=1)
    table = document.add_table(rows=1, cols=len(ACTION_HEADER))
    for cell, head in zip(table.rows[0].cells, ACTION_HEADER, strict=True):
        cell.text = head
    for code, text, owner in ACTIONS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[3].text, cells[4].text = code, text, "March 2022", "On track"
        cells[2].text = owner[0]
        for more in owner[1:]:  # a person and her post as two paragraphs of the cell
            cells[2].add_paragraph(more)
    note = table.add_row().cells
    note[0].merge(note[-1]).text = "Actions are reviewed every quarter"  # one cell across the row
    document.add_heading("Funding", level=1)
    funding = document.add_table(rows=1, cols=3)
    for cell, head in zip(funding.rows[0].cells, FUNDING_HEADER, strict=True):
        cell.text = head
    for row in FUNDING:
        for cell, value in zip(funding.add_row().cells, row, strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_docx(path: Path) -> Path:
    path.write_bytes(docx_bytes())
    return path


STYLES = getSampleStyleSheet()


def _grid(rows, widths, **kw) -> Table:
    table = Table(rows, colWidths=widths, **kw)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def write_pdf(path: Path, *, encrypt=None, extra_pages: int = 0) -> Path:
    """The plan as a PDF: the action table's rows run over two pages (header repeated)."""
    body = STYLES["BodyText"]
    story = [
        Paragraph(TITLE, STYLES["Title"]),
        Paragraph(INTRO, body),
        Paragraph(MEMBERS_INTRO, body),
        ListFlowable([ListItem(Paragraph(m, body)) for m in MEMBERS], bulletType="bullet"),
        Paragraph("Action Plan", STYLES["Heading1"]),
    ]
    rows = [ACTION_HEADER] + [
        [code, Paragraph(text, body), Paragraph(" ".join(owner), body), "March 2022", "On track"]
        for code, text, owner in ACTIONS
    ]
    story.append(_grid(rows, [50, 190, 110, 70, 60], repeatRows=1))
    funding = [FUNDING_HEADER] + [[Paragraph(label, body), *amounts] for label, *amounts in FUNDING]
    story += [Paragraph("Funding", STYLES["Heading1"]), _grid(funding, [260, 100, 100])]
    for n in range(extra_pages):
        story += [PageBreak(), Paragraph(f"Appendix page {n + 1}.", body)]
    SimpleDocTemplate(str(path), pagesize=A4, encrypt=encrypt).build(story)
    return path


def write_html(path: Path) -> Path:
    def row(cells, tag="td"):
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"

    actions = "".join(
        row([code, text, "<br>".join(owner), "March 2022", "On track"]) for code, text, owner in ACTIONS
    )
    funding = "".join(row(r) for r in FUNDING)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Plan</title>
<style>td {{ color: red }}</style><script>var members = "Evil Corp";</script></head>
<body>
<header><a href="/">Rivermead Borough Council home</a></header>
<nav><ul><li>Home</li><li>Council &amp; democracy</li></ul></nav>
<main>
<h1>{TITLE}</h1>
<p>The Rivermead Community Safety Partnership brings together the agencies that keep the
borough safe.</p>
<p>{MEMBERS_INTRO}</p>
<ul>{"".join(f"<li>{m}</li>" for m in MEMBERS)}</ul>
<h2>Action Plan</h2>
<table><thead>{row(ACTION_HEADER, "th")}</thead><tbody>{actions}</tbody></table>
<h2>Funding</h2>
<table>{row(FUNDING_HEADER, "th")}{funding}</table>
</main>
<footer>Copyright Rivermead Borough Council</footer>
<noscript>Please enable JavaScript</noscript>
</body></html>
"""
    path.write_text(page, encoding="utf-8")
    return path


WRITERS = {"text": write_text, "docx": write_docx, "pdf": write_pdf, "html": write_html}
SUFFIX = {"text": ".txt", "docx": ".docx", "pdf": ".pdf", "html": ".html"}


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("plans")
    return {fmt: write(folder / f"plan{SUFFIX[fmt]}") for fmt, write in WRITERS.items()}


@pytest.fixture(scope="module")
def reader():
    with ReaderProcess() as worker:
        yield worker


# ------------------------------------------------------------------------------------------------
# The same facts from every format


def responsible_for(facts: DocumentFacts, code: str) -> set[tuple[str, Kind]]:
    return {
        (c.subject.name, c.subject.kind)
        for c in facts.claims
        if c.rel is Rel.RESPONSIBLE and c.object.code == code
    }


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_each_format_gives_the_same_key_facts(plans, reader, fmt):
    read = read_document(plans[fmt], worker=reader)
    assert read.format == fmt
    facts = extract(plans[fmt].name, read.text, read.page_starts)
    assert facts.title == TITLE
    members = {c.subject.name for c in facts.claims if c.rel is Rel.MEMBER and c.object.name == PARTNERSHIP}
    assert members == set(MEMBERS)
    assert responsible_for(facts, "AP 1.1") == {
        ("Jane Smith", Kind.PERSON),
        ("Community Safety Manager", Kind.POST),
    }
    assert responsible_for(facts, "AP 1.24") == {("Leicestershire Police", Kind.ORGANISATION)}
    assert {(f.recipient.name, f.amount) for f in facts.fundings} >= {
        ("Youth diversion programme", 20000.0),
        ("Town centre patrols", 35000.0),
    }
    assert "Evil Corp" not in read.text and "JavaScript" not in read.text


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_every_quote_is_found_in_the_read_text_at_its_lines(plans, reader, fmt):
    read = read_document(plans[fmt], worker=reader)
    facts = extract(plans[fmt].name, read.text, read.page_starts)
    document = Document(plans[fmt].name, read.text)
    evidence = [c.evidence for c in facts.claims] + [f.evidence for f in facts.fundings]
    assert len(evidence) > 30
    for ev in evidence:
        assert 1 <= ev.line_start <= ev.line_end <= len(document.lines)
        assert ev.quote in document.raw(ev.line_start, ev.line_end), ev


def test_pdf_pages_start_where_the_reader_says(plans, reader):
    read = read_document(plans["pdf"], worker=reader)
    lines = read.text.splitlines()
    with pdfplumber.open(plans["pdf"]) as pdf:
        page_words = [set(page.extract_text().split()) for page in pdf.pages]
    assert len(read.page_starts) == len(page_words) >= 2
    assert read.page_starts[0] == 1
    ends = read.page_starts[1:] + [len(lines) + 1]
    for number, (start, end) in enumerate(zip(read.page_starts, ends, strict=True)):
        words = {w for line in lines[start - 1 : end - 1] for w in re.split(r"\s+", line) if w not in "-#"}
        assert words <= page_words[number], (number + 1, words - page_words[number])


def test_pdf_evidence_carries_its_page_in_the_graph(plans, reader, tmp_path):
    with pdfplumber.open(plans["pdf"]) as pdf:
        page_of = {
            code: next(
                n for n, page in enumerate(pdf.pages, 1) if re.search(rf"{code}\b", page.extract_text())
            )
            for code in ("AP 1.1", "AP 1.24")
        }
    assert page_of == {"AP 1.1": 1, "AP 1.24": 2}  # the table's rows run over two pages

    resolved = ingest_paths([plans["pdf"]])
    assert resolved.failures == []
    store = tmp_path / "store"
    build(resolved, str(store), BASE)
    rows = EmbeddedStore(store).select(
        """PREFIX pg: <https://w3id.org/partnership-graph/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?quote ?page ?line WHERE {
          ?st rdf:predicate pg:responsibleFor ; prov:wasDerivedFrom ?ev .
          ?ev pg:page ?page ; pg:lineStart ?line ; oa:hasSelector/oa:exact ?quote .
        }"""
    )
    pages = {}
    for row in rows:
        for code in page_of:
            if re.match(rf"{code}\b", row["quote"].value):
                pages[code] = int(row["page"].value)
    assert pages == page_of
    # documents without pages carry no pg:page
    text_only = ingest_paths([plans["text"]])
    build(text_only, str(tmp_path / "text-store"), BASE)
    assert not EmbeddedStore(tmp_path / "text-store").ask(
        "ASK { ?ev <https://w3id.org/partnership-graph/ontology#page> ?p }"
    )


# ------------------------------------------------------------------------------------------------
# Reader details


def test_docx_structure(plans, reader):
    lines = read_document(plans["docx"], worker=reader).text.splitlines()
    assert lines[0] == f"# {TITLE}"
    assert "- Leicestershire Police" in lines
    assert "\t".join(ACTION_HEADER) in lines
    row = next(line for line in lines if line.startswith("AP 1.1\t"))
    assert row.split("\t")[2] == "<p>Jane Smith</p> <p>Community Safety Manager</p>"
    merged = next(line for line in lines if "reviewed every quarter" in line)
    assert merged.count("reviewed every quarter") == 1  # a merged cell's text once


def test_html_drops_scripts_and_page_furniture_and_decodes_entities_once():
    page = """<html><head><title>t</title><script>alert("head")</script></head><body>
    <header>Site banner</header><nav>Menu</nav>
    <article><header><h1>Fish &amp;amp; Chips Board</h1></header>
    <p>Tom &amp; Jerry said &lt;b&gt;hello&lt;/b&gt; &#8211; twice<img src=x onerror=alert(1)>.</p>
    <script>document.write("injected")</script><style>p{}</style><noscript>no script</noscript>
    <table><tr><th colspan="2">Lead</th><th>Date</th></tr>
    <tr><td rowspan="2">Police</td><td><p>Jane Smith</p><p>Inspector</p></td><td>2021</td></tr>
    <tr><td>Tom Jones</td><td>2022</td></tr></table>
    <ol><li>One<ul><li>One point one</li></ul></li><li>Two</li></ol>
    </article><footer>Footer text</footer></body></html>"""
    text = html_to_text(page)
    lines = text.splitlines()
    assert "# Fish &amp; Chips Board" in lines  # decoded once: "&amp;amp;" is "&amp;" as written
    assert "Tom & Jerry said <b>hello</b> – twice." in lines
    for gone in ("alert", "injected", "onerror", "Site banner", "Menu", "Footer text", "no script", "p{}"):
        assert gone not in text
    assert "Lead\t\tDate" in lines
    assert "Police\t<p>Jane Smith</p> <p>Inspector</p>\t2021" in lines
    assert "\tTom Jones\t2022" in lines  # the rowspan's column stays empty below it
    assert [x for x in lines if x.lstrip().startswith("- ")] == ["- One", "  - One point one", "- Two"]


def test_sniffing_is_by_content():
    assert sniff(b"%PDF-1.7\n...", ".txt") == "pdf"
    assert sniff(b"PK\x03\x04...", ".pdf") == "zip"
    assert sniff(b"\xef\xbb\xbf <!DOCTYPE html><html>", ".txt") == "html"
    assert sniff(b"<div><p>Minutes</p></div>", "") == "html"
    assert sniff(b"Minutes of the meeting <b>held</b>", ".html") == "html"
    assert sniff(b"# Plan\n\tRef\tAction\n<b>SO 1</b>", ".pdf") == "text"
    with pytest.raises(UnreadableDocument, match="old binary Office"):
        sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc")


def test_caps_are_validated():
    with pytest.raises(ValueError):
        Caps(pages=0)
    with pytest.raises(ValueError):
        Caps(seconds=-1)


def test_split_row_over_a_page_break_is_joined(tmp_path, reader):
    """A row cut by the page break (no repeated header) is stitched back into one row."""
    body = STYLES["BodyText"]
    long = " ".join(["Work with schools and youth clubs to divert young people from crime."] * 6)
    rows = [ACTION_HEADER] + [
        [f"AP 2.{i}", Paragraph(long if i == 6 else "Patrol the town centre.", body)]
        + [Paragraph("Jane Smith Community Safety Manager" if i == 6 else "Leicestershire Police", body)]
        + ["March 2022", "On track"]
        for i in range(1, 8)
    ]
    path = tmp_path / "split.pdf"
    story = [Paragraph("Action Plan", STYLES["Heading1"]), Spacer(1, 450)]
    story.append(_grid(rows, [50, 200, 110, 70, 60], splitInRow=1))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    read = read_document(path, worker=reader)
    assert len(read.page_starts) == 2
    row = next(line for line in read.text.splitlines() if line.startswith("AP 2.6\t"))
    cells = row.split("\t")
    assert cells[2] == "Jane Smith Community Safety Manager"
    assert cells[1].count("divert young people from crime.") == 6
    facts = extract(path.name, read.text, read.page_starts)
    assert ("Community Safety Manager", Kind.POST) in responsible_for(facts, "AP 2.6")


# ------------------------------------------------------------------------------------------------
# Bad documents in a batch: rejected with a reason (or read by content); the good ones still load


def rezip(data: bytes, change) -> bytes:
    """A copy of a zip archive with ``change(name, content) -> content`` applied, plus extra members."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, change(info.filename, source.read(info.filename)))
        for name, content in change(None, None) or []:
            target.writestr(name, content)
    return out.getvalue()


LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
)


def doctype_docx() -> bytes:
    def change(name, content):
        if name == "word/document.xml":
            return LAUGHS + content.split(b"?>", 1)[1].lstrip()
        return content

    return rezip(docx_bytes(), change)


def bomb_docx(size: int) -> bytes:
    def change(name, content):
        if name is None:
            return [("word/media/padding.bin", b"\0" * size)]
        return content

    return rezip(docx_bytes(), change)


def image_only_pdf(path: Path) -> Path:
    from PIL import Image

    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawImage(ImageReader(Image.new("RGB", (200, 100), "white")), 100, 500, width=200, height=100)
    page.showPage()
    page.save()
    return path


@pytest.fixture(scope="module")
def batch(tmp_path_factory, plans):
    folder = tmp_path_factory.mktemp("batch")
    for path in plans.values():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "pdf-named.txt").write_bytes(plans["pdf"].read_bytes())  # a PDF named .txt
    (folder / "text-named.pdf").write_bytes(plans["text"].read_bytes())  # a text file named .pdf
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF\n")
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    write_pdf(folder / "encrypted.pdf", encrypt=StandardEncryption("secret", ownerPassword="owner"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "doctype.docx").write_bytes(doctype_docx())
    (folder / "bomb.docx").write_bytes(bomb_docx(Caps().bytes + 1024))
    write_pdf(folder / "long.pdf", extra_pages=6)  # over the page cap of 5 used below
    image_only_pdf(folder / "scanned.pdf")
    (folder / "README.md").write_text("# not a document\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("hidden\n", encoding="utf-8")
    return folder


REASONS = {
    "corrupt.pdf": r"corrupt or unsupported PDF|corrupt PDF",
    "corrupt.docx": r"corrupt zip archive",
    "encrypted.pdf": r"encrypted PDF",
    "empty.txt": r"empty file \(0 bytes\)",
    "doctype.docx": r"word/document\.xml declares a DOCTYPE/ENTITY",
    "bomb.docx": r"unpacks to .* more than the cap of 20 MB \(zip bomb\?\)",
    "long.pdf": r"PDF of \d+ pages, more than the cap of 5",
    "scanned.pdf": r"no text layer .*OCR is not enabled",
}


def test_a_batch_reads_the_good_and_reports_the_bad(batch):
    assert {p.name for p in document_paths([batch])} == set(REASONS) | {
        "plan.txt",
        "plan.docx",
        "plan.pdf",
        "plan.html",
        "pdf-named.txt",
        "text-named.pdf",
    }
    resolved = ingest_paths([batch], caps=Caps(pages=5))
    failures = {Path(path).name: reason for path, reason in resolved.failures}
    assert set(failures) == set(REASONS), failures
    for name, pattern in REASONS.items():
        assert re.search(pattern, failures[name]), (name, failures[name])
    loaded = {d.document: d for d in resolved.documents}
    assert set(loaded) == {
        "plan.txt",
        "plan.docx",
        "plan.pdf",
        "plan.html",
        "pdf-named.txt",
        "text-named.pdf",
    }
    assert loaded["pdf-named.txt"].page_starts and not loaded["text-named.pdf"].page_starts
    for doc in loaded.values():
        members = {c.subject.name for c in doc.claims if c.rel is Rel.MEMBER}
        assert members == set(MEMBERS), doc.document


def test_a_stuck_parser_is_stopped_and_the_batch_goes_on(tmp_path, plans):
    body = STYLES["BodyText"]
    slow = tmp_path / "a-slow.pdf"
    story = []
    for n in range(60):  # some 3 s of parsing
        story += [
            Paragraph(f"Page {n}: " + "The partnership met and agreed its plan. " * 40, body),
            PageBreak(),
        ]
    SimpleDocTemplate(str(slow), pagesize=A4).build(story)
    (tmp_path / "b-plan.docx").write_bytes(plans["docx"].read_bytes())
    resolved = ingest_paths([tmp_path], caps=Caps(seconds=1))
    assert [(Path(p).name, r) for p, r in resolved.failures] == [
        ("a-slow.pdf", "reading the PDF took longer than the cap of 1 s; stopped")
    ]
    assert [d.document for d in resolved.documents] == ["b-plan.docx"]  # read by a fresh worker


def test_memory_cap_stops_the_reader_and_the_next_document_is_read(tmp_path, plans):
    big = tmp_path / "a-big.html"  # under the byte cap; reading it needs more than 8 MB
    big.write_text("<html><body>" + "<p>The partnership met.</p>\n" * 700_000 + "</body></html>")
    assert 15 * 2**20 < big.stat().st_size < Caps().bytes
    (tmp_path / "b-plan.html").write_bytes(plans["html"].read_bytes())
    with ReaderProcess(Caps(memory_mb=8)) as worker:
        assert read_document(tmp_path / "b-plan.html", worker=worker).format == "html"
        if not worker.memory_capped:
            pytest.skip("no RLIMIT_AS cap on this platform")
        with pytest.raises(UnreadableDocument, match="needed more than the memory cap of 8 MB"):
            read_document(big, worker=worker)
        assert read_document(tmp_path / "b-plan.html", worker=worker).format == "html"  # a fresh worker


# ---------------------------------------------------------------------------------------------------
# Plain text in the encodings council systems save it in.

ENCODED = """Exampleton Community Safety Partnership – Annual Report 2021–22

The responsible authorities who sit on the Exampleton Community Safety Partnership are:

- Exampleton Borough Council,
- Northshire Police,
- Northshire Fire and Rescue Service

The Partnership’s “Safer Streets” project is led by Café Réunion.
Exampleton Street Pastors received £75,500 from the Office of the Police and Crime Commissioner in 2021/22.
The Family Mediation Service is funded by Exampleton Borough Council and Northshire Community Foundation.
"""
LATIN = ENCODED.replace("–", "-").replace("’", "'").replace("“", '"').replace("”", '"')


def facts_of(path: Path):
    resolved = ingest_paths([path])
    assert not resolved.failures, resolved.failures
    doc = resolved.documents[0]
    return doc.text, doc.claims, doc.fundings, doc.observations, doc.descriptions


@pytest.mark.parametrize(
    ("text", "encoding", "bom"),
    [
        (ENCODED, "utf-8", b""),
        (ENCODED, "utf-8", b"\xef\xbb\xbf"),
        (ENCODED, "utf-16", b""),  # Python writes the byte-order mark
        (ENCODED, "utf-16-le", b""),
        (ENCODED, "utf-16-be", b""),
        (ENCODED, "cp1252", b""),
        (LATIN, "latin-1", b""),
        (LATIN, "cp1252", b""),
    ],
)
def test_the_same_document_in_any_encoding_gives_the_same_facts(tmp_path, text, encoding, bom):
    expected_folder, saved_folder = tmp_path / "utf8", tmp_path / "saved"
    expected_folder.mkdir()
    saved_folder.mkdir()
    (expected_folder / "report.txt").write_bytes(text.encode("utf-8"))
    (saved_folder / "report.txt").write_bytes(bom + text.encode(encoding))
    expected = facts_of(expected_folder / "report.txt")
    assert expected[0] == text and expected[1] and expected[2]  # members and funding were read
    assert facts_of(saved_folder / "report.txt") == expected
    assert any("£75,500" in f.evidence.quote for f in expected[2])


def test_windows_line_ends_and_a_short_file_in_windows_1252(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("Funding of £5,000 was agreed.\r\n".encode("cp1252"))
    assert read_document(path).text == "Funding of £5,000 was agreed.\r\n"


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(5000).replace(b"\x00", b"\x01"),  # no zero byte at all
        b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 20,
        b"\x00\x01\x02" * 100,
        b"text at first\n" + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200,
    ],
)
def test_a_binary_file_is_still_refused(tmp_path, data):
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument, match="binary"):
        read_document(path)
