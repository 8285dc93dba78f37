"""Document structure: lines into blocks (headings, paragraphs, list items, table rows) with line numbers.

Two texts are kept for every piece of a document:

* ``raw``: the file's characters with HTML tags turned into spaces and white space folded. A quote
  is always cut from ``raw``, so it can be found again in the document's lines.
* ``text``: what extractors read: ``raw`` with HTML entities decoded and Markdown emphasis removed.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Evidence
from .names import data_file, fold

TAG = re.compile(r"<[^>]+>")
PART_BREAK = re.compile(r"</?(?:p|li|br|ul|ol|div|tr)\b[^>]*>", re.I)
# The marks a list item opens with, as word processors and PDF text layers write them ('o' is Word's
# second-level bullet in the Symbol font, written before a space; U+F0B7, U+F0A7, U+F076, U+F0D8 and
# U+F0FC are the Symbol and Wingdings bullets a PDF's text layer keeps as private-use characters).
MARKS = "-*•‣▪●◦·∙■□➢➤►▸▶◆❖✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc§Ø"
MARK = rf"(?:[{re.escape(MARKS)}]|o(?=\s)|l(?=\s+[A-Z]))"  # 'o', 'l': a symbol font's bullets as letters
BULLET = re.compile(rf"^\s*(?:{MARK}|\(?[a-z]\)|\(?[ivx]{{1,5}}[.)]|\d{{1,2}}[.)])\s+")
MARK_OPENING = re.compile(rf"^\s*{MARK}\s*(?=\S)")  # '•Reduce …': a mark, a space after it or not (slides)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9‘'\"(])")
# Sentence rules read at most this many characters of a sentence: a longer "sentence" is run-together
# text (a line without full stops, a spreadsheet row, base64), and cutting it keeps every sentence rule
# linear in the document's length. The quote (``raw``) is never cut. The longest sentence of the 54
# reference and development documents has 1,820 characters.
SENTENCE_MAX = 2000
EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")  # Markdown's bold and italics marks
HEADING_MARK = re.compile(r"^#+\s*")
ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|Prof|e\.g|i\.e|etc|approx|inc|Ltd|vs)\.$", re.I)


def strip_tags(text: str) -> str:
    """Each tag ('<' up to the next '>', at least one character between) turned into a space: the same as
    ``TAG.sub(" ", text)``, in one pass (the pattern rescans to the end of the line from every '<'
    when no '>' follows)."""
    if "<" not in text:
        return text
    out, pos, at, n = [], 0, 0, len(text)
    while True:
        p = text.find("<", at)
        if p < 0 or p + 1 >= n:
            break
        if text[p + 1] == ">":  # '<>' is no tag; the next '<' may open one
            at = p + 1
            continue
        q = text.find(">", p + 2)
        if q < 0:
            break  # no '>' after this '<': none after any later '<' either
        out.append(text[pos:p])
        out.append(" ")
        pos = at = q + 1
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Readable text: tags out, entities decoded, Markdown emphasis and heading marks removed."""
    text = html.unescape(strip_tags(text)).replace("\u00a0", " ")
    if "*" in text or "__" in text:  # the pattern scans every character: only where it can match
        text = EMPHASIS.sub("", text)
    text = text.strip()
    if text.startswith("#"):
        text = HEADING_MARK.sub("", text)
    text = fold(text)
    if text.endswith((":-", ": -")):  # '… as follows:-': the colon a list's introduction ends with
        text = text[:-1].rstrip()
    return WRAP_HYPHEN.sub(_unwrapped, text) if "- " in text else text


# a word broken over two lines, joined with a space ('Partner- ship', 'Sub- group'); not a suspended
# hyphen ('short- and long-term')
WRAP_HYPHEN = re.compile(r"\b(?P<head>[A-Za-z]{2,30})- (?!(?:and|or|to|nor|&)\b)(?=[a-z])")


def _unwrapped(m: re.Match) -> str:
    """'Partner- ship' -> 'Partnership'; 'Sub- group' -> 'Sub-group' (a prefix keeps its hyphen)."""
    head = m.group("head")
    return f"{head}-" if head.lower() in _kept_hyphen() else head


@lru_cache(maxsize=1)
def _kept_hyphen() -> frozenset[str]:
    return frozenset(data_file("lexicon.yaml")["kept_hyphen_prefixes"].split())


@dataclass
class Sentence:
    """A sentence (or list item, or cell part) with the lines it spans."""

    text: str
    raw: str
    start: int
    end: int

    def evidence(self, document: str) -> Evidence:
        return Evidence(document, self.start, self.end, self.raw)


@dataclass
class Block:
    kind: str  # heading | paragraph | item | row
    start: int
    end: int
    raw: str
    text: str
    indent: int = 0
    cells: list[str] = field(default_factory=list)  # rows: cleaned cell texts
    raw_cells: list[str] = field(default_factory=list)  # rows: cells with tags, as in the file
    bold: bool = False
    numbered: bool = False  # items: a numbered paragraph ("3. …") rather than a bullet

    def parts(self, i: int) -> list[str]:
        """The pieces of cell ``i``: its <p> and <li> elements kept apart."""
        if i >= len(self.raw_cells):
            return []
        return [c for c in (clean(p) for p in PART_BREAK.split(self.raw_cells[i])) if c]

    def sentence(self) -> Sentence:
        return Sentence(self.text, self.raw, self.start, self.end)

    def raw_parts(self) -> list[str]:
        """Every <p>/<li> piece of every cell, as it stands in the file less its tags."""
        return [
            r for cell in self.raw_cells for r in (fold(strip_tags(p)) for p in PART_BREAK.split(cell)) if r
        ]


LOST_POUND = re.compile(r"\ufffd(?=\s?\d)")  # '�5,000': a '£' a page lost to a wrong character set


class Document:
    """A text document as lines and blocks; every quote it hands out is found in its lines."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.lines = LOST_POUND.sub("£", text).splitlines()  # read with the pound sign a bad decoding lost
        self._written = text.splitlines() if "\ufffd" in text else self.lines  # quoted as written
        self.blocks = list(_blocks(self.lines))
        self._sentences: dict[tuple, list[Sentence]] = {}  # computed once per block and shared
        self._raw: dict[tuple[int, int], str] = {}  # a line range's quote, cut once (facts share lines)

    def evidence(self, start: int, end: int, raw: str | None = None) -> Evidence:
        return Evidence(self.name, start, end, raw if raw is not None else self.raw(start, end))

    def raw(self, start: int, end: int) -> str:
        got = self._raw.get((start, end))
        if got is None:
            got = self._raw[start, end] = fold(strip_tags("\n".join(self._written[start - 1 : end])))
        return got

    def sentences(self, block: Block) -> list[Sentence]:
        """Split a paragraph or item into sentences, each with its own line range (computed once per
        block: a row's by its cells, anything else's by its line range)."""
        key = (
            ("row", block.start, block.end, *block.raw_cells)
            if block.kind == "row"
            else (block.start, block.end)
        )
        got = self._sentences.get(key)
        if got is None:
            got = self._sentences[key] = self._split(block)
        return list(got)

    def _split(self, block: Block) -> list[Sentence]:
        if block.kind == "row":
            out = []
            for raw in block.raw_parts():
                for piece in _split_sentences(raw):
                    out.append(Sentence(clean(piece)[:SENTENCE_MAX], piece, block.start, block.end))
            return out
        pieces, offsets = [], []
        pos = 0
        for n in range(block.start, block.end + 1):
            line = fold(strip_tags(self.lines[n - 1]))
            if line:
                offsets.append((pos, n))
                pieces.append(line)
                pos += len(line) + 1
        joined = " ".join(pieces)
        cuts: list[tuple[int, int]] = []
        begin = 0
        for m in SENTENCE_END.finditer(joined):
            if _abbrev_before(joined, m.start()):
                continue
            cuts.append((begin, m.start()))
            begin = m.end()
        cuts.append((begin, len(joined)))

        starts = [o for o, _ in offsets]

        def line_at(off: int) -> int:
            k = bisect_right(starts, off) - 1
            return offsets[max(k, 0)][1]

        result = []
        for a, b in cuts:
            raw = joined[a:b].strip()
            if raw:
                result.append(Sentence(clean(raw)[:SENTENCE_MAX], raw, line_at(a), line_at(max(a, b - 1))))
        return result


def _abbrev_before(text: str, at: int) -> bool:
    """An abbreviation ('Mr.', 'e.g.') ends at ``at``: looked for in the few characters before it only,
    so a line of many full stops is read in linear time."""
    return ABBREV.search(text, max(0, at - 12), at) is not None


def _split_sentences(text: str) -> list[str]:
    out, begin = [], 0
    for m in SENTENCE_END.finditer(text):
        if not _abbrev_before(text, m.start()):
            out.append(text[begin : m.start()].strip())
            begin = m.end()
    out.append(text[begin:].strip())
    return [o for o in out if o]


def _is_heading(line: str, nxt: str | None) -> bool:
    text = clean(line)
    if line.lstrip().startswith("#"):
        return True
    if not text or len(text) > 90 or text.endswith((".", ",", ";", ":")) and not text.isupper():
        return False
    if JOINING_END.search(text) and not text.isupper():
        return False  # 'Director of Housing and' goes on past the blank line
    words = text.split()
    if text.isupper() and len(words) <= 14 and re.search(r"[A-Z]{3}", text):
        return True
    bolded = re.fullmatch(r"\s*(\*\*|<b>).*(\*\*|</b>)\s*", line) is not None
    capitalised = sum(w[:1].isupper() for w in words) >= max(1, len(words) * 0.6)
    return (bolded or capitalised) and len(words) <= 12 and (nxt is None or not nxt.strip())


PAGE_LINE = re.compile(r"(?i)\s*[-–]?\s*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*[-–]?\s*")


RUNNING_FOOTER = re.compile(
    r"(?i)\S.{0,120}?\s{3,}page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$"
)  # 'X Plan      Page 2'


def _page_furniture(lines: list[str], i: int) -> bool:
    """A page's bare number alone between blank lines ('3'), or a running header or footer ending in its
    page number after a wide gap: a PDF's page break, not the document's text."""
    line = lines[i]
    if RUNNING_FOOTER.fullmatch(line.rstrip()):
        return True
    blank_around = (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())
    return blank_around and re.fullmatch(r"\s*\d{1,3}\s*", line) is not None


def _blocks(lines: list[str]):
    i, n = 0, len(lines)
    top = True  # no paragraph yet: the lines of a title page
    while i < n:
        line = lines[i]
        if not line.strip() or PAGE_LINE.fullmatch(line) or _page_furniture(lines, i):
            i += 1  # a page's number or running footer between its lines is no block
            continue
        start = i + 1
        if "\t" in line:
            cells_raw = line.split("\t")
            while cells_raw and not cells_raw[-1].strip():
                cells_raw.pop()
            cells = [clean(c) for c in cells_raw]
            if any(cells):
                yield Block(
                    "row",
                    start,
                    start,
                    fold(strip_tags(line)),
                    fold(" ".join(c for c in cells if c)),
                    cells=cells,
                    raw_cells=cells_raw,
                    bold=bool(re.search(r"<b>|\*\*", line)),
                )
            i += 1
            continue
        if _lone_mark_item(lines, i):  # '-' alone over its item's text (a web page's list flattened)
            j = _lone_mark_item_end(lines, i)
            raw = fold(strip_tags("\n".join(lines[i : j + 1])))
            yield Block("item", start, j + 1, raw, clean(" ".join(x.strip() for x in lines[i + 1 : j + 1])))
            i = j + 1
            continue
        numbered = bool(re.match(r"^\s*\d{1,2}[.)]\s", line))
        if BULLET.match(line) and not numbered and not re.match(r"^\s*\d{1,2}[.)]\s+[A-Z][A-Z ]+$", line):
            indent = len(line) - len(line.lstrip())
            j = i
            while j + 1 < n and (_wraps_on(lines[j], lines[j + 1]) or _hangs_under(line, lines[j + 1])):
                j += 1  # a bullet wrapped over short lines
            raw = fold(strip_tags("\n".join(lines[i : j + 1])))
            yield Block("item", start, j + 1, raw, clean(BULLET.sub("", raw, count=1)), indent=indent)
            i = j + 1
            continue
        nxt = lines[i + 1] if i + 1 < n else None
        if (
            not numbered and (j := _items_after_lead(lines, i)) > i
        ):  # 'We will focus on:', a blank, then lines
            for k in range(i, j + 1):
                yield Block("item", k + 1, k + 1, fold(strip_tags(lines[k])), clean(lines[k]))
            i = j + 1
            continue
        listed = numbered and _next_number(lines[i - 1] if i else "", line)  # '7. X' under '6. Y': an item
        if not listed and (_is_heading(line, nxt) or _asks(line) or top and _standalone_title(line, nxt)):
            yield Block("heading", start, start, fold(strip_tags(line)), clean(line))
            i += 1
            continue
        if (
            not listed
            and nxt is not None
            and (
                not numbered
                or SUB_NUMBERED.match(nxt.strip())
                or len(clean(nxt)) >= 60
                and not BULLET.match(nxt)  # over a paragraph wrapped at full width
                or len(clean(line).split()) <= 5
                and SENTENCE_OPENER.match(clean(nxt))
                is not None  # '2. Membership' / 'The Partnership will …'
            )
            and _lead_heading(line, nxt)
        ):  # 'Who we are' over its first sentence, no blank; '2. Background' over '2.1 The …' or its text
            yield Block("heading", start, start, fold(strip_tags(line)), clean(line))
            i += 1
            continue
        # a paragraph: following lines that continue it (wrapped lines, or a sentence cut by a blank line)
        j = i
        while j + 1 < n:
            cur, following = lines[j].rstrip(), lines[j + 1]
            if _lone_mark_item(lines, j + 1):
                break
            if following.strip() and "\t" not in following and not BULLET.match(following):
                if _is_heading(following, lines[j + 2] if j + 2 < n else None) and cur.endswith((".", ":")):
                    break
                if NUMBERED_TITLE.match(clean(following)):
                    break  # 'Priority 2: …' opens a block of its own, whatever the line above ends with
                j += 1
                continue
            if (
                not following.strip()
                and j + 2 < n
                and cur
                and not cur.endswith((".", ":", ";", "!", "?"))
                and (re.match(r"^[a-z]", lines[j + 2]) or JOINING_END.search(cur) and lines[j + 2].strip())
            ):  # a sentence cut by a blank line: the next goes on in lower case, or this ends on 'and'/'of'/…
                j += 2
                continue
            break
        if not numbered and top and _title_lines(lines[i : j + 1]):  # a title page's lines, no blanks
            for k in range(i, j + 1):
                yield Block("heading", k + 1, k + 1, fold(strip_tags(lines[k])), clean(lines[k]))
            i, top = j + 1, False
            continue
        top = False
        if not numbered and (segments := _column_segments(lines[i : j + 1])):
            for kind, a, b in segments:  # a narrow column's text: its headings, items and paragraphs
                raw = fold(strip_tags("\n".join(lines[i + a : i + b + 1])))
                yield Block(kind, i + a + 1, i + b + 1, raw, clean(raw))
            i = j + 1
            continue
        if not numbered and _term_lines(lines[i : j + 1]):  # 'Audit Subgroup – reviews cases', one a line
            for k in range(i, j + 1):
                yield Block("item", k + 1, k + 1, fold(strip_tags(lines[k])), clean(lines[k]))
            i = j + 1
            continue
        if not numbered and _line_list(lines[i : j + 1]):
            yield from _list_blocks(lines, i, j)
            i = j + 1
            continue
        raw = fold(strip_tags("\n".join(lines[i : j + 1])))
        if numbered:  # a numbered paragraph: an item of the document's numbered list
            yield Block("item", start, j + 1, raw, clean(BULLET.sub("", raw, count=1)), numbered=True)
        else:
            yield Block("paragraph", start, j + 1, raw, clean(raw))
        i = j + 1


def _lone_mark(line: str) -> bool:
    return len(line.strip()) == 1 and line.strip() in MARKS


def _lone_mark_item(lines: list[str], i: int) -> bool:
    """Line ``i`` is a list's mark alone ('-'), the item's text on the next line: under a line ending ':' or
    beside another such item."""
    if (
        not _lone_mark(lines[i])
        or i + 1 >= len(lines)
        or not lines[i + 1].strip()
        or _lone_mark(lines[i + 1])
    ):
        return False
    return (
        (i > 0 and lines[i - 1].rstrip().endswith(":"))
        or _lone_mark_item_end(lines, i) > i + 1  # another mark below, the text running on to it
        or any(_lone_mark(lines[k]) for k in _unbroken_above(lines, i))
    )


def _unbroken_above(lines: list[str], i: int) -> range:
    """The up to 15 lines above line ``i`` back to the nearest blank line."""
    k = i - 1
    while k >= max(0, i - 15) and lines[k].strip():
        k -= 1
    return range(k + 1, i - 1)


def _lone_mark_item_end(lines: list[str], i: int) -> int:
    """The last line of the item under the mark on line ``i``: the line before the next mark when the text
    runs on to it with no blank line (an item wrapped at a narrow width), else the line after the mark."""
    for j in range(i + 2, min(i + 16, len(lines))):
        if not lines[j].strip() or BULLET.match(lines[j]):
            break
        if _lone_mark(lines[j]):
            return j - 1
    return i + 1


# a line that ends mid-sentence: the next line continues it, so the lines are wrapped prose, not a list
WRAPPED = re.compile(
    r"(?:[,&(/–-]|\b(?:and|or|of|the|to|for|in|with|a|an|by|on|at|from|as|that|which|our|its))\s*$",
    re.I,
)
JOINING_END = re.compile(
    r"(?:\b(?:and|or|of|the|to|for|in|with|by)|&)\s*$", re.I
)  # a line that cannot end a phrase
LIST_LINE = re.compile(r"^[A-Z0-9‘'\"(]")
LABEL_LINE = re.compile(r"^[^:]{1,40}:(?:\s|$)")  # 'Target: 14%', 'Chair:' - a form's fields, not list items


def _line_list(para: list[str]) -> bool:
    """A lead line (a heading such as 'Our priorities', or an introduction ending with ':') and then
    items written one per line without bullets: each short, each opening with a capital, none
    running on into the next."""
    texts = [clean(x) for x in para]
    if len(texts) < 3 or texts[0].endswith(".") or len(texts[0]) > (300 if texts[0].endswith(":") else 90):
        return False  # a lead: a heading, or an introduction that ends with a colon
    if LABEL_LINE.match(texts[0]) and not texts[0].endswith(":"):
        return False  # 'PRESENT: A; Councillors B' going on over the lines: a label and its value
    if any(WRAPPED.search(t) or len(t) >= 70 and not re.search(r"[.;:!?]$", t) for t in texts[:-1]):
        return False  # a line ends mid-sentence, or is as long as the text's wrapping width
    if _wrapped_prose(texts[1:]):
        return False
    return _list_items(texts[1:])


def _wrapped_prose(texts: list[str]) -> bool:
    """Prose wrapped at a narrow width, not items: a sentence ends inside a line that breaks off mid-phrase
    ('… the report. The Director of Public'), or every line but the last fills the width to within a fifth."""
    if any(MID_SENTENCE_END.search(t) and not re.search(r"[.;:!?]$", t) for t in texts[:-1]):
        return True
    width = max(map(len, texts))
    return len(texts) >= 3 and width >= 45 and all(len(t) >= 0.8 * width for t in texts[:-1])


MID_SENTENCE_END = re.compile(r"[a-z)]\.\s+[A-Z][a-z]")


def _list_items(texts: list[str]) -> bool:
    """Lines that are items one a line: each short, opening with a capital and no label, and not one
    sentence wrapped over them."""
    if texts[-1].endswith(".") and not any(t.endswith(".") for t in texts[:-1]):
        return False  # one sentence wrapped over the lines
    return all(
        len(t) <= 100 and len(t.split()) <= 16 and LIST_LINE.match(t) and not LABEL_LINE.match(t)
        for t in texts
    )


def _items_after_lead(lines: list[str], i: int) -> int:
    """The last line of a list written one item a line without bullets, set after a blank under an
    introduction that ends with a colon ('… agreed four priorities:'); ``i`` when the lines are no such
    list (a single line, label lines, or prose wrapped over them) or the lead is a label ('Present:')."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or k == i - 1 or not clean(lines[k]).endswith(":") or len(lines[k].split()) < 3:
        return i
    j = i
    while j + 1 < len(lines) and lines[j + 1].strip():
        j += 1
    texts = [clean(x) for x in lines[i : j + 1]]
    if len(texts) < 2 or "\t" in "".join(lines[i : j + 1]) or any(WRAPPED.search(t) for t in texts[:-1]):
        return i
    return j if _list_items(texts) else i


TERM_LINE = re.compile(r"^(?P<term>[A-Z][^.:;–—]{2,80}?)\s+[–—-]\s+\S")


def _term_lines(para: list[str]) -> bool:
    """Terms one a line, most explained after a dash ('Audit Subgroup – reviews cases'), each term a
    few words and no line running on into the next: a list written without bullets."""
    texts = [clean(x) for x in para]
    terms = [m.group("term") if (m := TERM_LINE.match(t)) else None for t in texts]
    return (
        len(texts) >= 2
        and terms[0] is not None  # not a heading over the terms ('Our sub-groups'): a list with a lead
        and sum(term is not None for term in terms) * 2 > len(texts)
        and not any(WRAPPED.search(t) for t in texts[:-1])
        and all(
            len(t) <= 160
            and len((term or t).split()) <= 8
            and not (term is None and re.search(r"[.,;:]$", t))
            for t, term in zip(texts, terms, strict=True)
        )
    )


def _column_segments(para: list[str]) -> list[tuple[str, int, int]] | None:
    """A narrow column set without blank lines or full stops (a PDF brochure's text layer), cut into
    (kind, first, last) line segments: a new segment starts at a capital after a line that ends neither
    in a joining word nor in a capitalised word (a name goes on: 'the Safer' / 'Penmoor Partnership').
    Runs of two or more short segments are items, a short one before a longer one is a heading."""
    texts = [clean(x) for x in para]
    if (
        len(texts) < 8
        or max(map(len, texts)) > 60
        or sum(bool(re.search(r"[.;!?]$", t)) for t in texts) * 3 > len(texts)
    ):
        return None
    cuts = [0]
    for k in range(1, len(texts)):
        last = texts[k - 1].split()[-1] if texts[k - 1] else ""
        if re.search(r"[.:;!?]$", texts[k - 1]) or (
            texts[k][:1].isupper() and not WRAPPED.search(texts[k - 1]) and not last[:1].isupper()
        ):
            cuts.append(k)
    spans = list(zip(cuts, [c - 1 for c in cuts[1:]] + [len(texts) - 1], strict=True))
    if len(spans) < 3:
        return None
    short = [
        len(" ".join(texts[a : b + 1]).split()) <= 8 and not re.search(r"[.;!?]$", texts[b]) for a, b in spans
    ]
    out = []
    for n, (a, b) in enumerate(spans):
        before_prose = n + 1 < len(spans) and not short[n + 1]
        run = short[n] and (n > 0 and short[n - 1] or n + 1 < len(spans) and short[n + 1])
        heading = short[n] and (n == 0 or before_prose)  # the title, or a heading over its text
        out.append(("heading" if heading else "item" if run else "paragraph", a, b))
    return out


def _hangs_under(item: str, following: str) -> bool:
    """The next line is indented to the text of the bullet's item ('- Expand the scheme – Ashford Churches'
    over '  Together'): the item wrapped, its next line hanging under its first word."""
    bullet = BULLET.match(item)
    text_at = bullet.end() if bullet else 0
    indent = len(following) - len(following.lstrip())
    return bool(following.strip()) and text_at > 0 and indent == text_at and not BULLET.match(following)


def _wraps_on(line: str, following: str) -> bool:
    """The next line goes on with this one's sentence: it opens in lower case ('and vehicle crime'), or
    this line breaks off mid-phrase ('Reducing the harm caused' / 'by drugs'), and is no new item."""
    text, nxt = clean(line), clean(following)
    return (
        bool(nxt)
        and "\t" not in following
        and not BULLET.match(following)
        and not re.search(r"[.;:!?]$", text)
        and (nxt[:1].islower() or WRAPPED.search(text) is not None and len(text) <= 60)
    )


def _asks(line: str) -> bool:
    """A question standing as a heading: 'What are our priorities?', 'Who are we?'."""
    text = clean(line)
    return text.endswith("?") and len(text) <= 60 and len(text.split()) <= 8 and text[:1].isupper()


def _standalone_title(line: str, nxt: str | None) -> bool:
    """The document's first line, short and standing alone: its title, whatever its capitals."""
    text = clean(line)
    return (
        (nxt is None or not nxt.strip())
        and len(text) <= 90
        and not re.search(r"[.,;:]$", text)
        and not JOINING_END.search(text)  # 'The partnership brings together … and' goes on
    )


def _title_lines(para: list[str]) -> bool:
    """Two to four short capitalised lines opening a document ('Exampleton Safeguarding Adults Board'
    over 'Terms of Reference'): each a title line, none running on into the next."""
    texts = [clean(x) for x in para]
    if not 2 <= len(texts) <= 4 or any(WRAPPED.search(t) for t in texts[:-1]):
        return False
    if any(t.count("(") != t.count(")") or LABEL_LINE.match(t) and re.search(r"[,;]", t) for t in texts):
        return False  # 'Members: A (X), B (Y' going on over the lines: a label and its names, no title
    capitalised = [t.isupper() or _capitalised(re.sub(r"\([^()]*\)|\s[–—-]\s", " ", t)) for t in texts]
    return (
        capitalised[0]
        and all(  # a name over its subtitle ('Minutes of the meeting held on 4 May 2022')
            not re.search(r"[.,;:]$", t)
            and (len(t) <= 80 and cap or len(t) <= 120 and t[:1].isupper() and re.search(r"\d{4}", t))
            for t, cap in zip(texts, capitalised, strict=True)
        )
    )


def _capitalised(text: str) -> bool:
    """Most words capitalised or figures: 'Minutes 14 October 2021'."""
    words = text.split()
    return bool(words) and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= len(words) * 0.6


def _lead_heading(line: str, nxt: str) -> bool:
    """A short title line set directly over its text ('Who we are' then 'The partnership is …'): a few
    words, no punctuation at its end, not running on, and a full sentence of prose after it, or the
    first sub-numbered paragraph of its section ('2. Background' over '2.1 Four …')."""
    text, following = re.sub(r"\s*\([A-Z][A-Za-z&]{1,8}\)$", "", clean(line)), clean(nxt)  # 'X Board (XSB)'
    return (
        len(text) <= 60
        and len(text.split()) <= 8
        and LIST_LINE.match(text) is not None
        and not re.search(r"[.,;:!?)]$", text)
        and (":" not in text or NUMBERED_TITLE.match(text) is not None)  # 'Priority 2: Safer roads'
        and not WRAPPED.search(text)
        and not re.search(r"[£%]", text)
        and not (SENTENCE_OPENER.match(text) and AUXILIARY.search(text))  # 'The X has allocated £N to Safer'
        and LIST_LINE.match(following) is not None
        and (
            SUB_NUMBERED.match(following) is not None
            or len(following) >= 25
            and re.search(r"[.!?]$|[.!?]\s", following) is not None
            or SENTENCE_OPENER.match(following)
            is not None  # a wrapped sentence: 'The Exampleton Partnership'
            or len(text.split()) <= 5
            and len(following.split()) >= 7
            and sum(w.islower() for w in following.split())
            >= 4  # 'Living well' / 'Adults should be able to …'
        )
    )


def _next_number(above: str, line: str) -> bool:
    """``line`` is numbered one more than ``above``, at the same indent ('  6. X' over '  7. Y')."""
    a, b = NUMBER_LEAD.match(above), NUMBER_LEAD.match(line)
    return bool(a and b and int(b.group(2)) == int(a.group(2)) + 1 and a.group(1) == b.group(1))


NUMBER_LEAD = re.compile(r"^(\s*)(\d{1,2})[.)]\s")
# a numbered item's title with its number before a colon: 'Priority 2: Safer roads', 'Outcome B: …'
NUMBERED_TITLE = re.compile(
    r"(?i)(?:strategic\s+|local\s+|key\s+)?(?:priority|theme|objective|outcome|aim|strand|pillar|goal)\s+"
    r"(?:\d{1,2}|[A-H]|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?::|\s[–—-])\s+[A-Z]"
)
SUB_NUMBERED = re.compile(r"\d{1,2}\.\d{1,2}\.?\s+[A-Z]")
AUXILIARY = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|shall)\b"
)  # a sentence wrapped, no title
SENTENCE_OPENER = re.compile(
    r"(?:The|This|These|Those|Our|We|They|There|In|It|Its|A|An|All|Each|Every|Everyone|Some|Many|Most|Following"
    r"|Since|As|At|On|During|Over|From|Under|To|When|Where|While|If|By|With|Through|Across|Although)\s+\S"
)


def _list_blocks(lines: list[str], i: int, j: int):
    """The lead line as a heading (or, ending with ':', a paragraph) and an item block per line after it."""
    kind = "paragraph" if clean(lines[i]).endswith(":") else "heading"
    yield Block(kind, i + 1, i + 1, fold(strip_tags(lines[i])), clean(lines[i]))
    for k in range(i + 1, j + 1):
        yield Block("item", k + 1, k + 1, fold(strip_tags(lines[k])), clean(lines[k]))
