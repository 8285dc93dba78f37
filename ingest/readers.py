"""Documents as councils publish them (PDF, DOCX, HTML, plain text) into the text every extractor reads.

:func:`read_document` chooses a reader by the file's *content* (magic bytes), not by its name:

* ``%PDF-``: PDF, read with pdfplumber;
* a zip archive holding ``word/document.xml``: DOCX, read with python-docx;
* markup that starts like a web page (``<!doctype html``, ``<html``, ``<body``, ``<div`` …), or a
  ``.html``/``.htm`` file whose content is text: HTML, read with ``lxml.html``;
* anything else: plain text in the encoding it was saved in (UTF-8, UTF-16, Windows-1252, Latin-1…;
  see :func:`decode_text`); a byte-order mark is dropped.

Every reader writes the conventions of the plain-text corpus (see :mod:`ingest.blocks`), so the
extractors work unchanged:

* ``# `` heading lines; ``- `` list items (two spaces of indent per level of nesting);
* table rows as tab-separated cells, a blank line before and after a table; a cell holding several
  paragraphs or list items keeps them apart as ``<p>…</p>`` pieces, as the corpus does;
* paragraphs separated by a blank line;
* no character inside a line that :meth:`str.splitlines` would split on, so line numbers are stable.

A PDF page break is just the next line (no form feed, no blank line); :attr:`ReadDocument.page_starts`
records the line each page starts on, so evidence can name its page.

PDF, DOCX and HTML are parsed in a sandboxed worker process (:class:`ReaderProcess`, on
:class:`sandbox.Worker`) under :class:`Caps`:
a parser that overruns its time is killed (a stuck parser really stops, whether it loops in Python
or in C), and the worker's address space is capped with ``RLIMIT_AS``. Zip bombs and XML with a
DOCTYPE or ENTITY declaration are refused before any XML is parsed. A document that cannot be read
raises :class:`UnreadableDocument` with a reason; the caller reports it and goes on.

Encrypted PDFs that need a password are refused; PDFs with only an owner password (printing or
copying restricted, readable by anyone) are read. Scanned PDFs without a text layer are refused:
OCR is not enabled.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import logging
import re
import stat
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from sandbox import Retire, Worker, WorkerDied, WorkerNotStarted, WorkerTimeout

from .names import fold

MB = 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FORMAT_NAMES = {"text": "text", "html": "HTML", "pdf": "PDF", "docx": "DOCX"}

# characters str.splitlines() treats as line ends, plus tab (a tab means "next cell")
_LINE_BREAKING = re.compile(r"[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|h[1-6]|section|article|main|ul|ol)\b",
    re.I | re.S,
)


class UnreadableDocument(Exception):
    """A document that cannot be read as text; the message says why."""


@dataclass(frozen=True)
class Caps:
    """Limits on reading one document. A document over a cap is reported as unreadable.

    ``bytes``: the largest file read, and the most a DOCX's zip members may unpack to (zip bombs).
    ``pages``: the most pages a PDF may have.
    ``seconds``: the longest one document's read and parse may take in the worker process; the
    worker is killed (SIGKILL) when it overruns, so a parser stuck in Python or in C really stops.
    The worker's start-up is not counted. Plain text is read in the calling process (no parser).
    ``memory_mb``: how much address space the worker may take on top of what it holds once its
    parsers are loaded (``RLIMIT_AS``, set in the worker only), or None for no cap. Enforced on
    Linux (it reads ``/proc/self/statm``); elsewhere only the time cap applies.
    """

    bytes: int = 20 * MB
    pages: int = 500
    seconds: float = 60.0
    memory_mb: int | None = 2048

    def __post_init__(self) -> None:
        if self.bytes <= 0 or self.pages <= 0 or self.seconds <= 0:
            raise ValueError(f"caps must be positive: {self}")
        if self.memory_mb is not None and self.memory_mb <= 0:
            raise ValueError(f"memory_mb must be positive or None: {self}")


@dataclass
class ReadDocument:
    """A document's text as the extractors read it, the reader that made it, and where pages start."""

    text: str
    format: str  # "text" | "html" | "pdf" | "docx"
    page_starts: list[int] = field(default_factory=list)  # 1-based line of each page's start; [] if no pages


def read_document(
    path: str | Path, caps: Caps | None = None, *, worker: ReaderProcess | None = None
) -> ReadDocument:
    """Read one document under ``caps``; PDF, DOCX and HTML are parsed in ``worker`` (or a new one)."""
    caps = caps or Caps()
    path = Path(path)
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableDocument("not a regular file")
    if info.st_size == 0:
        raise UnreadableDocument("empty file (0 bytes)")
    if info.st_size > caps.bytes:
        raise UnreadableDocument(f"larger than the cap of {_size(caps.bytes)}")
    with path.open("rb") as handle:
        head = handle.read(8192)
    fmt = sniff(head, path.suffix.lower())
    if fmt == "zip":
        fmt = _zip_kind(path)
    if fmt == "text":
        data = path.read_bytes()
        if len(data) > caps.bytes:
            raise UnreadableDocument(f"larger than the cap of {_size(caps.bytes)}")
        return ReadDocument(_text(data), "text")
    if worker is not None:
        return worker.read(path, fmt, caps)
    with ReaderProcess(caps) as one_off:
        return one_off.read(path, fmt, caps)


def sniff(head: bytes, suffix: str = "") -> str:
    """The reader for a file from its first bytes: "pdf", "zip", "html" or "text" (or unreadable)."""
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if start.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnreadableDocument("an old binary Office file (.doc/.xls); save it as DOCX or PDF")
    if start.startswith(b"{\\rtf"):
        raise UnreadableDocument("an RTF file; save it as DOCX or PDF")
    if _HTML_START.match(start[:4096]) or suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError) as err:
        raise UnreadableDocument(f"corrupt zip archive (DOCX?): {err}") from err
    if "word/document.xml" in names:
        return "docx"
    raise UnreadableDocument("a zip archive that is not a Word document (no word/document.xml)")


def _size(n: int) -> str:
    return f"{n / MB:.1f}".removesuffix(".0") + " MB" if n >= MB else f"{n} bytes"


def _text(data: bytes) -> str:
    """Plain text in the encoding it was saved in (see :func:`decode_text`); empty text is refused."""
    text = decode_text(data)
    if not text.strip():
        raise UnreadableDocument("empty file (only white space)")
    return text


_BOMS = (  # longest first: the UTF-32 little-endian mark starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Western single-byte encodings, preferred when the detector finds them among its candidates: on a
# short English text with a pound sign or a curly quote, its first guess may be a far-eastern code page.
_WESTERN = {
    "cp1252": "cp1252",
    "windows-1252": "cp1252",
    "latin_1": "latin-1",
    "iso8859_1": "latin-1",
    "iso8859_15": "iso8859-15",
}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MOST_CONTROL = 0.01  # decoded text with more control characters than this is a binary file


def decode_text(data: bytes) -> str:
    """The text of a plain-text file, whatever encoding a council's system saved it in.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32; the mark is dropped); else UTF-16 without a
    mark when every other byte of the start is zero; else UTF-8 if the bytes are UTF-8; else the
    encoding ``charset-normalizer`` detects, Windows-1252 or Latin-1 first when it finds them among
    its candidates. A file that is binary (zero bytes outside UTF-16, control characters, or no
    encoding fits) is refused with :class:`UnreadableDocument`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding)
    utf16 = _utf16_order(data[:4096])
    if utf16:
        return _strict(data, utf16)
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("binary file (not text, PDF, DOCX or HTML)")
    with contextlib.suppress(UnicodeDecodeError):
        return _checked(data.decode("utf-8"))
    if b"\x00" in data:
        raise UnreadableDocument("binary file (not text, PDF, DOCX or HTML)")
    from charset_normalizer import from_bytes

    found = [match.encoding for match in from_bytes(data)]
    western = [_WESTERN[name] for name in found if name in _WESTERN]
    for encoding in [*western, *found[:1], *(["cp1252", "latin-1"] if found else [])]:
        try:
            return _strict(data, encoding)
        except UnreadableDocument:
            continue
    raise UnreadableDocument("binary file, or text in an encoding that cannot be recognised")


def _utf16_order(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when ``head`` looks like UTF-16 text without a byte-order mark."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : 2 * pairs : 2].count(0) / pairs
    odd = head[1 : 2 * pairs : 2].count(0) / pairs
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str:
    """``data`` decoded as ``encoding``, refused when it does not decode or reads as binary."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise UnreadableDocument(f"not {encoding} text: {err}") from err
    return _checked(text)


def _checked(text: str) -> str:
    """``text``, unless it has the control characters of a binary file."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > _MOST_CONTROL * len(sample):
        raise UnreadableDocument("binary file (not text, PDF, DOCX or HTML)")
    return text


# --------------------------------------------------------------------------------------------------
# The worker process: parses one document at a time under the time and memory caps.


class ReaderProcess:
    """A sandboxed worker (:class:`sandbox.Worker`) that parses PDF, DOCX and HTML documents one at a time.

    Started on the first document that needs it and reused for the next ones; a worker that overruns
    ``caps.seconds`` or dies (memory cap, crash) is killed and a new one is started for the next
    document. Use it as a context manager so the worker is always stopped. The parsers are loaded
    before the memory cap applies. It talks JSON, so nothing a parser is tricked into sending is
    unpickled by the caller.
    """

    def __init__(self, caps: Caps | None = None):
        self.caps = caps or Caps()
        self._worker = Worker(
            "ingest.readers:reader_handler",
            memory_mb=self.caps.memory_mb or 0,
            preload=("docx", "lxml.html", "pdfplumber"),
            name="document reader",
        )

    @property
    def memory_capped(self) -> bool:
        """Whether the running worker's address space is capped."""
        return self._worker.memory_capped

    def __enter__(self) -> ReaderProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker: it leaves when its end of the socket closes; killed if it lingers."""
        self._worker.close()

    def read(self, path: Path, fmt: str, caps: Caps | None = None) -> ReadDocument:
        """Parse ``path`` as ``fmt`` ("pdf", "docx", "html") in the worker, within the caps."""
        caps = caps or self.caps
        job = {"path": str(path), "format": fmt, "bytes": caps.bytes, "pages": caps.pages}
        name = FORMAT_NAMES[fmt]
        try:
            answer = json.loads(self._worker.request(json.dumps(job).encode("utf-8"), caps.seconds))
        except WorkerTimeout:
            raise UnreadableDocument(
                f"reading the {name} took longer than the cap of {caps.seconds:g} s; stopped"
            ) from None
        except WorkerNotStarted:
            raise UnreadableDocument("the document reader process did not start") from None
        except WorkerDied as err:
            maybe = (
                f"; it may have needed more than the memory cap of {self.caps.memory_mb} MB"
                if self.memory_capped
                else ""
            )
            raise UnreadableDocument(
                f"the {name} reader stopped unexpectedly (exit code {err.exit_code}){maybe}"
            ) from None
        status = answer.get("status")
        if status == "ok":
            return ReadDocument(answer["text"], answer["format"], [int(n) for n in answer["page_starts"]])
        if status == "memory":
            raise UnreadableDocument(
                f"reading the {name} needed more than the memory cap of {self.caps.memory_mb} MB; stopped"
            )
        raise UnreadableDocument(str(answer.get("reason")))


def reader_handler() -> Callable[[bytes], bytes]:
    """In the worker: a job (JSON) in, the read text or the reason it is unreadable (JSON) out."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    readers = {"pdf": read_pdf, "docx": read_docx, "html": read_html}

    def handle(message: bytes) -> bytes:
        job = json.loads(message)
        fmt = job["format"]
        caps = Caps(bytes=job["bytes"], pages=job["pages"], memory_mb=None)
        try:
            data = Path(job["path"]).read_bytes()
            if len(data) > caps.bytes:
                raise UnreadableDocument(f"larger than the cap of {_size(caps.bytes)}")
            read = readers[fmt](data, caps)
            result = {
                "status": "ok",
                "text": read.text,
                "format": read.format,
                "page_starts": read.page_starts,
            }
        except UnreadableDocument as err:
            result = {"status": "unreadable", "reason": str(err)}
        except MemoryError:  # a process that ran out of memory is not trusted with the next document
            raise Retire(json.dumps({"status": "memory"}).encode("utf-8")) from None
        except RecursionError:
            result = {"status": "unreadable", "reason": f"{FORMAT_NAMES[fmt]} nested too deeply to read"}
        except Exception as err:  # a parser's own error on a corrupt file: reported, never raised
            reason = f"corrupt or unsupported {FORMAT_NAMES[fmt]}: {_brief(err)}"
            if _memory_capped():  # a C parser short of memory reports it as its own error ("unknown error")
                reason += " (or it needed more than the memory cap)"
            result = {"status": "unreadable", "reason": reason}
        data = read = None
        return json.dumps(result, ensure_ascii=False).encode("utf-8")

    return handle


def _memory_capped() -> bool:
    try:
        import resource
    except ImportError:
        return False
    return resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY


def _brief(err: BaseException) -> str:
    text = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
    return fold(text)[:200]


# --------------------------------------------------------------------------------------------------
# Output in the corpus's conventions.


def _flat(text: str) -> str:
    """One line of text: no line ends, no tabs, white space folded."""
    return fold(_LINE_BREAKING.sub(" ", text))


def cell_text(pieces: list[str]) -> str:
    """A table cell: one piece as it is, several kept apart as <p>…</p> (as the corpus does)."""
    parts = [p for p in (_flat(x) for x in pieces) if p]
    if len(parts) == 1:
        return parts[0]
    return " ".join(f"<p>{p}</p>" for p in parts)


class Lines:
    """The lines of a read document, written block by block."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.page_starts: list[int] = []

    def new_page(self) -> None:
        self.page_starts.append(len(self.lines) + 1)

    def blank(self) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def add(self, text: str) -> int | None:
        """A line of running text; the index of the line written, or None when it was empty."""
        line = _flat(text)
        if not line:
            return None
        self.lines.append(line)
        return len(self.lines) - 1

    def paragraph(self, lines: list[str]) -> None:
        if any(_flat(x) for x in lines):
            self.blank()
            for line in lines:
                self.add(line)
            self.blank()

    def heading(self, text: str) -> None:
        if _flat(text):
            self.blank()
            self.add("# " + text)
            self.blank()

    def item(self, text: str, level: int = 0) -> None:
        line = _flat(text)
        if line:
            self.lines.append("  " * min(level, 8) + "- " + line)

    def row(self, cells: list[str]) -> int | None:
        cells = [_flat(c) for c in cells]
        while cells and not cells[-1]:
            cells.pop()
        if not any(cells):
            return None
        self.lines.append("\t".join(cells))
        return len(self.lines) - 1

    def text(self) -> str:
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines) + "\n" if self.lines else ""


# --------------------------------------------------------------------------------------------------
# PDF (pdfplumber)

_BULLET = re.compile(
    r"^(?:[•●▪◦‣∙■□➢►▸]\s*|[-–*]\s+|\(cid:\d+\)\s*)(?P<rest>\S.*)$"
)  # (cid:n): a symbol font's bullet
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", re.I)


@dataclass
class _PdfState:
    sizes: Counter = field(default_factory=Counter)  # character sizes over the pages read so far
    table_cols: int | None = None  # columns of the table the previous page ended with
    table_header: list[str] = field(default_factory=list)
    last_row: tuple[int, list[str]] | None = None  # (line index, cells) of that table's last row


def read_pdf(data: bytes, caps: Caps) -> ReadDocument:
    """Text in reading order page by page; ruled tables (``find_tables``) as tab-separated rows."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as err:
        cause = err.args[0] if err.args else err
        name = type(cause).__name__
        if "Password" in name or "Encrypt" in name:
            raise UnreadableDocument("encrypted PDF: it needs a password to open") from err
        raise UnreadableDocument(f"corrupt PDF: {_brief(cause)}") from err
    with pdf:
        pages = pdf.pages
        if len(pages) > caps.pages:
            raise UnreadableDocument(f"a PDF of {len(pages)} pages, more than the cap of {caps.pages}")
        if not pages:
            raise UnreadableDocument("a PDF with no pages")
        out, state, images = Lines(), _PdfState(), 0
        for page in pages:
            out.new_page()
            if page.images and not page.chars:
                images += 1
            _pdf_page(page, out, state)
            page.close()
    text = out.text()
    if not text.strip():
        if images:
            raise UnreadableDocument("no text layer (scanned pages); OCR is not enabled")
        raise UnreadableDocument("no text in the PDF")
    return ReadDocument(text, "pdf", out.page_starts)


def _table_settings(page) -> dict:
    """Ruled tables; a table cut by the page break is closed where its vertical rules end."""
    rules = [e for e in page.vertical_edges if e["bottom"] - e["top"] > 5]
    if len(rules) < 2:
        return {}
    return {"explicit_horizontal_lines": [min(e["top"] for e in rules), max(e["bottom"] for e in rules)]}


def _pdf_page(page, out: Lines, state: _PdfState) -> None:
    tables = page.find_tables(_table_settings(page))
    boxes = [t.bbox for t in tables]

    def in_table(obj) -> bool:
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in boxes)

    text_page = page.filter(lambda o: o.get("object_type") != "char" or not in_table(o)) if boxes else page
    lines = text_page.extract_text_lines(strip=True, return_chars=True)
    state.sizes.update(round(c["size"], 1) for c in page.chars if c["text"].strip())
    body = state.sizes.most_common(1)[0][0] if state.sizes else 0
    height = float(page.height)
    elements = [(ln["top"], 0, ln) for ln in lines] + [(t.bbox[1], 1, t) for t in tables]
    elements.sort(key=lambda e: (e[0], e[1]))

    previous = None  # the last text line written on this page: (line dict, index, kind)
    first = True  # nothing but page furniture written on this page yet
    for top, is_table, element in elements:
        if is_table:
            rows = [[fold(c or "") for c in row] for row in element.extract()]
            rows = [r for r in rows if any(r)]
            if not rows:
                continue
            _pdf_table(rows, out, state, continues=first)
            previous, first = None, False
            continue
        text = element["text"]
        chars = [c for c in element.get("chars", []) if c["text"].strip()]
        size = median(c["size"] for c in chars) if chars else body
        head, foot = top < height * 0.06, element["bottom"] > height * 0.94
        if (head or foot) and _PAGE_NUMBER.match(text.strip()):
            continue
        if (head and first or foot) and len(text) < 80 and size <= body * 1.1:
            # a running header or footer: written, but it does not end a table carried over the page
            out.blank()
            out.add(text)
            out.blank()
            previous = None
            continue
        first = False
        state.table_cols = None
        bold = bool(chars) and all(re.search(r"bold|black|heavy", c["fontname"], re.I) for c in chars)
        line_height = element["bottom"] - top
        gap = top - previous[0]["bottom"] if previous else 0.0
        close = previous is not None and gap <= 0.7 * max(line_height, 1.0)
        if previous is not None and not close:
            out.blank()
        bullet = _BULLET.match(text)
        words = len(text.split())
        if bullet:
            out.item(bullet.group("rest"))
            previous = (element, len(out.lines) - 1, "item")
        elif previous and close and previous[2] == "item" and element["x0"] > previous[0]["x0"] + 2:
            out.lines[previous[1]] += " " + _flat(text)  # a list item's wrapped line
            previous = (element, previous[1], "item")
        elif (
            body
            and len(text) <= 150
            and (
                size >= body * 1.2
                or (bold and words <= 12 and not text.rstrip().endswith((".", ",", ";", ":")))
            )
        ):
            if previous and close and previous[2] == "heading":
                out.lines[previous[1]] += " " + _flat(text)  # a heading's wrapped line
                previous = (element, previous[1], "heading")
            else:
                out.blank()
                out.add("# " + text)
                previous = (element, len(out.lines) - 1, "heading")
        else:
            index = out.add(text)
            if index is not None:
                previous = (element, index, "text")


def _pdf_table(rows: list[list[str]], out: Lines, state: _PdfState, *, continues: bool) -> None:
    """Rows of a table; a table that carries on from the previous page stays one table.

    A carried-on table's first row with an empty first cell is the rest of a row cut by the page
    break: its cells are joined onto that row (unless the header was repeated, which the table
    extractor reads as a page break itself).
    """
    ncols = max(len(r) for r in rows)
    carried = continues and state.table_cols == ncols and state.last_row is not None
    if carried and state.last_row and rows[0] != state.table_header and not rows[0][0] and any(rows[0]):
        index, cells = state.last_row
        merged = [
            fold(f"{a} {b}") for a, b in zip(cells + [""] * ncols, rows[0] + [""] * ncols, strict=False)
        ][:ncols]
        out.lines[index] = "\t".join(merged).rstrip("\t")
        state.last_row = (index, merged)
        rows = rows[1:]
    if not carried:
        state.table_header = rows[0]
    out.blank()
    for row in rows:
        index = out.row(row)
        if index is not None:
            state.last_row = (index, row)
    out.blank()
    state.table_cols = ncols


# --------------------------------------------------------------------------------------------------
# DOCX (python-docx)


def _check_docx_zip(data: bytes, caps: Caps) -> None:
    """Zip bombs and XML entity tricks are refused before any XML is parsed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as err:
        raise UnreadableDocument(f"corrupt DOCX (not a readable zip archive): {err}") from err
    with archive:
        members = archive.infolist()
        unpacked = sum(m.file_size for m in members)
        if unpacked > caps.bytes:
            raise UnreadableDocument(
                f"DOCX unpacks to {_size(unpacked)}, more than the cap of {_size(caps.bytes)} (zip bomb?)"
            )
        for member in members:
            if not member.filename.lower().endswith((".xml", ".rels")):
                continue
            with archive.open(member) as handle:
                content = handle.read(caps.bytes + 1)
            if len(content) > member.file_size:
                raise UnreadableDocument(f"DOCX member {member.filename} unpacks to more than it declares")
            probe = content.replace(b"\x00", b"").lower()  # UTF-16 XML reads as ASCII without its NULs
            if b"<!doctype" in probe or b"<!entity" in probe:
                raise UnreadableDocument(
                    f"DOCX part {member.filename} declares a DOCTYPE/ENTITY "
                    "(XML entity expansion is refused: billion laughs, XXE)"
                )


def read_docx(data: bytes, caps: Caps) -> ReadDocument:
    """The body in document order: headings, paragraphs, lists and tables."""
    _check_docx_zip(data, caps)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many kinds on a broken package
        raise UnreadableDocument(f"corrupt DOCX: {_brief(err)}") from err
    out = Lines()
    _docx_blocks(document.element.body, document, out)
    text = out.text()
    if not text.strip():
        raise UnreadableDocument("no text in the DOCX")
    return ReadDocument(text, "docx")


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")


def _docx_blocks(parent, document, out: Lines) -> None:
    for child in parent.iterchildren():
        if child.tag == _w("p"):
            _docx_paragraph(child, document, out)
        elif child.tag == _w("tbl"):
            _docx_table(child, document, out)
        elif child.tag == _w("sdt"):  # a content control around blocks
            content = child.find(_w("sdtContent"))
            if content is not None:
                _docx_blocks(content, document, out)


def _docx_paragraph(p, document, out: Lines) -> None:
    from docx.text.paragraph import Paragraph

    para = Paragraph(p, document)
    lines = para.text.split("\n")
    style = para.style
    name = (style.name or "") if style is not None else ""
    style_id = (style.style_id or "") if style is not None else ""
    if name == "Title" or name.lower().startswith("heading") or style_id.lower().startswith("heading"):
        out.heading(" ".join(lines))
        return
    num = p.find(f"{_w('pPr')}/{_w('numPr')}")
    if num is not None or name.startswith("List"):
        level = num.find(_w("ilvl")) if num is not None else None
        out.item(" ".join(lines), _int(level.get(_w("val")) if level is not None else None, 0))
        return
    out.paragraph(lines)


def _int(value: str | None, default: int, most: int = 64) -> int:
    try:
        return max(0, min(int(value or default), most))
    except ValueError:
        return default


def _docx_table(tbl, document, out: Lines) -> None:
    """Rows as tab-separated cells; a merged cell's text once, the columns it covers left empty."""
    out.blank()
    for tr in tbl.iterchildren(_w("tr")):
        cells: list[str] = []
        before = tr.find(f"{_w('trPr')}/{_w('gridBefore')}")
        if before is not None:
            cells.extend([""] * _int(before.get(_w("val")), 0))
        for tc in _docx_cells(tr):
            props = tc.find(_w("tcPr"))
            span, continued = 1, False
            if props is not None:
                grid_span = props.find(_w("gridSpan"))
                span = max(1, _int(grid_span.get(_w("val")) if grid_span is not None else None, 1))
                vmerge = props.find(_w("vMerge"))
                continued = vmerge is not None and vmerge.get(_w("val"), "continue") != "restart"
            cells.append("" if continued else cell_text(_docx_cell_pieces(tc, document)))
            cells.extend([""] * (span - 1))
        out.row(cells)
    out.blank()


def _docx_cells(tr):
    for child in tr.iterchildren():
        if child.tag == _w("tc"):
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from content.iterchildren(_w("tc"))


def _docx_cell_pieces(container, document) -> list[str]:
    from docx.text.paragraph import Paragraph

    pieces: list[str] = []
    for child in container.iterchildren():
        if child.tag == _w("p"):
            pieces.extend(Paragraph(child, document).text.split("\n"))
        elif child.tag == _w("tbl"):  # a table inside a cell: its rows become pieces
            for tr in child.iterchildren(_w("tr")):
                pieces.append(" ".join(" ".join(_docx_cell_pieces(tc, document)) for tc in _docx_cells(tr)))
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                pieces.extend(_docx_cell_pieces(content, document))
    return pieces


# --------------------------------------------------------------------------------------------------
# HTML (lxml.html)

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {
    "p", "div", "section", "article", "main", "aside", "blockquote", "pre", "address", "figure",
    "figcaption", "dl", "dt", "dd", "center", "body", "html", "details", "summary", "caption",
    "fieldset", "legend", "form", "hr", "header", "footer", "li", "tr", "td", "th",
}  # fmt: skip
_DROPPED = ("script", "style", "nav", "noscript", "template", "head", "svg", "iframe", "object", "embed")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)


def read_html(data: bytes, caps: Caps) -> ReadDocument:
    """A web page as lines: the declared character set (else UTF-8), entities decoded once."""
    page = _decode_html(data)
    if re.search(r"<!ENTITY", page, re.I):
        raise UnreadableDocument("HTML declares an ENTITY (entity expansion is refused)")
    text = html_to_text(page)
    if not text.strip():
        raise UnreadableDocument("no text in the HTML page")
    return ReadDocument(text, "html")


def _decode_html(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("binary file (not text, PDF, DOCX or HTML)")
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8) :]
    else:
        m = _CHARSET.search(data[:4096])
        encoding = m.group(1).decode("ascii").lower() if m else "utf-8"
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            encoding = "utf-8"
        if encoding in ("latin-1", "iso8859-1", "ascii"):
            encoding = "cp1252"  # what browsers read these labels as
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise UnreadableDocument(f"not {encoding} text: {err.reason} at byte {err.start}") from err


def html_to_text(page: str) -> str:
    """Headings, paragraphs, lists and tables as lines; scripts, styles, navigation and the page's
    own header and footer dropped; entities decoded exactly once (by the parser)."""
    import lxml.etree
    import lxml.html

    page = re.sub(r"^\s*<\?xml[^>]*>", "", page)  # lxml refuses str input with an encoding declaration
    if not page.strip():
        return ""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(page, parser=parser)
    except (lxml.etree.ParserError, ValueError) as err:
        raise UnreadableDocument(f"unreadable HTML: {_brief(err)}") from err
    lxml.etree.strip_elements(root, *_DROPPED, with_tail=False)
    for el in list(root.iter("header", "footer")):  # a page's banner and footer, not an article's
        if not any(a.tag in ("article", "main") for a in el.iterancestors()) and el.getparent() is not None:
            el.drop_tree()
    out = Lines()
    _HtmlWalker(out).block(root)
    return out.text()


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _raw_text(el) -> str:
    """An element's text, with a space wherever a block or line break separated words."""
    parts: list[str] = []

    def go(e) -> None:
        tag = _tag(e)
        spaced = tag in _BLOCKS or tag in _HEADINGS or tag in ("br", "ul", "ol", "table")
        if spaced:
            parts.append(" ")
        if e.text:
            parts.append(e.text)
        for child in e:
            go(child)
            if child.tail:
                parts.append(child.tail)
        if spaced:
            parts.append(" ")

    go(el)
    return "".join(parts)


def _inline_text(el) -> str:
    """An element's text on one line."""
    return _flat(_raw_text(el))


class _HtmlWalker:
    def __init__(self, out: Lines):
        self.out = out
        self.buf: list[str] = []

    def flush(self) -> None:
        text, self.buf = "".join(self.buf), []
        self.out.paragraph(text.split("\n"))

    def block(self, el) -> None:
        self.children(el)
        self.flush()

    def children(self, el) -> None:
        if el.text:
            self.buf.append(el.text)
        for child in el:
            self.walk(child)
            if child.tail:
                self.buf.append(child.tail)

    def walk(self, el) -> None:
        tag = _tag(el)
        if tag in _HEADINGS:
            self.flush()
            self.out.heading(_inline_text(el))
        elif tag in ("ul", "ol"):
            self.flush()
            self.list(el, 0)
        elif tag == "table":
            self.flush()
            self.table(el)
        elif tag == "br":
            self.buf.append("\n")
        elif tag in _BLOCKS:
            self.flush()
            self.block(el)
        else:
            self.children(el)

    def list(self, el, level: int) -> None:
        for li in el:
            if _tag(li) != "li":
                self.walk(li)
                continue
            parts, nested = [li.text or ""], []
            for child in li:
                if _tag(child) in ("ul", "ol", "table"):
                    nested.append(child)
                else:
                    parts.append(_raw_text(child))
                parts.append(child.tail or "")
            self.out.item("".join(parts), level)
            for child in nested:
                if _tag(child) == "table":
                    self.table(child)
                else:
                    self.list(child, level + 1)

    def table(self, el) -> None:
        caption = el.find("caption")
        if caption is not None:
            self.out.paragraph([_inline_text(caption)])
        self.out.blank()
        rows = [tr for tr in el.iter("tr") if next(tr.iterancestors("table"), None) is el]
        covered: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
        for tr in rows:
            cells: list[str] = []
            for td in tr:
                if _tag(td) not in ("td", "th"):
                    continue
                _skip_covered(cells, covered)
                span = max(1, _int(td.get("colspan"), 1))
                down = max(1, _int(td.get("rowspan"), 1))
                start = len(cells)
                cells.append(cell_text(_html_cell_pieces(td)))
                cells.extend([""] * (span - 1))
                for col in range(start, start + span):
                    if down > 1:
                        covered[col] = down - 1
            _skip_covered(cells, covered)
            self.out.row(cells)
        self.out.blank()


def _skip_covered(cells: list[str], covered: dict[int, int]) -> None:
    """Empty cells for the columns a rowspan from a row above still covers."""
    while covered.get(len(cells), 0) > 0:
        covered[len(cells)] -= 1
        cells.append("")


def _html_cell_pieces(td) -> list[str]:
    """A cell's paragraphs, list items and lines, each one piece."""
    inner = Lines()
    _HtmlWalker(inner).block(td)
    return [re.sub(r"^\s*(?:# |- )", "", line) for line in inner.lines if line]
