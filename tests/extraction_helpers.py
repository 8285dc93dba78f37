"""Helpers the extraction tests share: small documents, picking facts, the evidence check, name folding.

Plain functions, imported by the test modules (``from extraction_helpers import ...``; pytest puts
``tests/`` on the import path, as for ``conftest``). Nothing here names a document or a council.

- ``doc``/``run`` build a document from its lines and read it with the whole pipeline;
  ``claims``/``pairs``/``one``/``lines_of`` pick what came out.
- ``quote_found``/``assert_quotes`` check evidence as the scorer does: the quote, white space folded,
  is found in the lines (1-based, inclusive) the evidence names, with or without HTML tags in them.
- ``norm_name``/``same_name`` fold names as the scorer folds them (case, punctuation, "&", a leading
  "the"), ``same_name`` allowing a near miss on long names.
- ``transfer_fixtures``/``answers_of``/``transfer_read`` load ``fixtures/transfer/<shape>_*.txt``, the
  ``.yaml`` of answers beside each, and the document's facts extracted and resolved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

import yaml

from ingest.model import Claim, DocumentFacts, Rel, Resolved
from ingest.names import fold
from ingest.pipeline import extract
from ingest.resolve import resolve

DOC = "t.txt"


# ---------------------------------------------------------------- small documents


def doc(*lines: str) -> str:
    """A document from its lines: line ``n`` of the text is ``lines[n - 1]``."""
    return "\n".join(lines) + "\n"


def run(*lines: str) -> DocumentFacts:
    return extract(DOC, doc(*lines))


def claims(
    facts: DocumentFacts, rel: Rel, *, subject: str | None = None, obj: str | None = None
) -> list[Claim]:
    return [
        c
        for c in facts.claims
        if c.rel is rel
        and (subject is None or c.subject.name == subject)
        and (obj is None or c.object.name == obj)
    ]


def pairs(facts: DocumentFacts, rel: Rel, method: str | None = None) -> set[tuple[str, str]]:
    """(subject, object) names of the claims of ``rel``, of those read by ``method…`` when given."""
    return {
        (c.subject.name, c.object.name)
        for c in facts.claims
        if c.rel is rel and (method is None or c.method.startswith(method))
    }


def one(items: list):
    assert len(items) == 1, items
    return items[0]


def lines_of(item) -> tuple[int, int]:
    return item.evidence.line_start, item.evidence.line_end


# ---------------------------------------------------------------- evidence

TAG = re.compile(r"<[^>]+>")


def span(text: str, evidence) -> str:
    """The lines ``evidence`` names (1-based, inclusive) of ``text``."""
    return "\n".join(text.splitlines()[evidence.line_start - 1 : evidence.line_end])


def quote_found(text: str, evidence) -> bool:
    """The quote, white space folded, is in the lines the evidence names (tags taken out or not)."""
    lines = span(text, evidence)
    quote = fold(evidence.quote)
    return quote in fold(lines) or quote in fold(TAG.sub(" ", lines))


def assert_quotes(text: str, items: Iterable) -> None:
    """Every item's quote is found in the lines its evidence names."""
    for item in items:
        assert quote_found(text, item.evidence), (item, span(text, item.evidence))


# ---------------------------------------------------------------- names, folded as the scorer folds them


def norm_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"'s\b", "s", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def same_name(a: str, b: str) -> bool:
    """The same name once folded, or (both longer than six) nearly the same."""
    a, b = norm_name(a), norm_name(b)
    return a == b or (len(a) > 6 and len(b) > 6 and SequenceMatcher(None, a, b).ratio() >= 0.92)


# ---------------------------------------------------------------- fixtures/transfer

TRANSFER = Path(__file__).parent / "fixtures" / "transfer"


def transfer_fixtures(shape: str) -> list[Path]:
    """The invented documents ``fixtures/transfer/<shape>_*.txt``, in name order."""
    return sorted(TRANSFER.glob(f"{shape}_*.txt"))


def answers_of(path: Path):
    """The ``.yaml`` of answers beside a fixture, as loaded (``None`` when empty)."""
    return yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))


@cache
def transfer_read(path: Path) -> tuple[str, DocumentFacts, Resolved]:
    """A fixture's text, the facts extracted from it, and those facts resolved."""
    text = path.read_text(encoding="utf-8")
    facts = extract(path.name, text)
    return text, facts, resolve([facts])


@cache
def transfer_graph(path: Path) -> tuple[DocumentFacts, set[tuple[str, str, str]], dict[str, set[str]], str]:
    """A fixture read as the store would hold it: its facts, the (subject key, relation, object key)
    edges of its claims, every entity's names (label, aliases, code) folded, and its text."""
    text, facts, resolved = transfer_read(path)
    edges: set[tuple[str, str, str]] = set()
    for claim in facts.claims:
        s, o = resolved.key_of.get(claim.subject), resolved.key_of.get(claim.object)
        if s and o:
            edges.add((s, str(claim.rel), o))
    names = {
        key: {norm_name(n) for n in {ent.label, *ent.aliases, ent.code or ""} if n}
        for key, ent in resolved.entities.items()
    }
    return facts, edges, names, text


def transfer_figure(fixtures: list[Path], check, what: str, other: str) -> None:
    """Print, for a ``__main__`` run, answers read of answers expected per fixture and in all;
    ``check(path)`` gives (answers missed, the ``other`` failures, answers expected)."""
    total = got = 0
    for path in fixtures:
        missed, others, n = check(path)
        total += n
        got += n - len(missed)
        print(f"{path.stem:50} {n - len(missed):2}/{n:2}  {other}={others}  missed={missed[:4]}")
    print(f"{what}: {got}/{total}")
