"""Documents in, resolved facts out. An unreadable document is reported; the rest still ingest."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path

from .blocks import Document, fold
from .curation import Curation
from .extract import fields, governance, money, people, priorities, tables
from .extract.context import Context
from .model import Claim, Description, DocumentFacts, Funding, Observation, Resolved
from .resolve import resolve

EXTRACTORS = [
    *tables.EXTRACTORS,
    *people.EXTRACTORS,
    *governance.EXTRACTORS,
    *priorities.EXTRACTORS,
    *money.EXTRACTORS,
    *fields.EXTRACTORS,
]
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ""}
MAX_BYTES = 20 * 1024 * 1024


class UnreadableDocument(Exception):
    """A document that cannot be read as text."""


def read_text(path: Path) -> str:
    """The text the extractors read and every quote is cut from; HTML pages become lines of text."""
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not data.strip():
        raise UnreadableDocument("empty file")
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("binary file (not text); PDF and Word readers are not enabled")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableDocument(f"not UTF-8 text: {err.reason} at byte {err.start}") from err
    if path.suffix.lower() in {".html", ".htm"} or re.match(r"\s*(?:<!doctype html|<html)", text[:200], re.I):
        text = html_to_text(text)
    return text


def html_to_text(page: str) -> str:
    """Block elements become lines, cells tab-separated; scripts, styles and navigation dropped."""
    page = re.sub(r"(?is)<(script|style|nav|head|noscript|template)\b.*?</\1\s*>", " ", page)
    page = re.sub(r"(?i)</t[dh]\s*>\s*<t[dh][^>]*>", "\t", page)
    page = re.sub(r"(?i)<li[^>]*>", "\n- ", page)
    page = re.sub(r"(?i)<h[1-6][^>]*>", "\n\n# ", page)
    page = re.sub(
        r"(?i)</?(?:p|div|tr|br|table|ul|ol|h[1-6]|section|article|header|footer)\b[^>]*>", "\n", page
    )
    page = re.sub(r"<[^>]+>", " ", page)
    lines = [
        fold(html.unescape(x)) if "\t" not in x else "\t".join(fold(html.unescape(c)) for c in x.split("\t"))
        for x in page.splitlines()
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def extract(name: str, text: str) -> DocumentFacts:
    """Every extractor over one document."""
    ctx = Context(Document(name, text))
    facts = DocumentFacts(name, ctx.title, text)
    people.contact_blocks(ctx)  # learn given names from e-mail addresses before anything reads names
    for extractor in EXTRACTORS:
        for fact in extractor(ctx):
            if isinstance(fact, Claim):
                facts.claims.append(fact)
            elif isinstance(fact, Funding):
                facts.fundings.append(fact)
            elif isinstance(fact, Observation):
                facts.observations.append(fact)
            elif isinstance(fact, Description):
                facts.descriptions.append(fact)
    _dedupe(facts)
    return facts


def _dedupe(facts: DocumentFacts) -> None:
    for attr in ("claims", "fundings", "observations", "descriptions"):
        setattr(facts, attr, list(dict.fromkeys(getattr(facts, attr))))


def document_paths(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(
                sorted(
                    x
                    for x in p.rglob("*")
                    if x.is_file() and x.suffix.lower() in TEXT_SUFFIXES and x.name.lower() != "readme.md"
                )
            )
        else:
            out.append(p)
    return out


def ingest_paths(
    paths: Iterable[str | Path], *, curation: str | Path | None = None, progress: bool = False
) -> Resolved:
    """Read, extract and resolve every document under ``paths``; failures are reported, not raised."""
    documents, failures = [], []
    files = document_paths(paths)
    iterator = files
    if progress:
        from tqdm import tqdm

        iterator = tqdm(files, desc="ingest", unit="doc")
    for path in iterator:
        try:
            documents.append(extract(path.name, read_text(path)))
        except (OSError, UnreadableDocument) as err:
            failures.append((str(path), str(err)))
    cur = Curation.load(curation) if curation else None
    if cur:
        cur.apply_to_documents(documents)
    resolved = resolve(documents)
    if cur:
        cur.apply_to_entities(resolved)
    resolved.failures = failures
    return resolved
