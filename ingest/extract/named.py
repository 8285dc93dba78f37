"""Every group, partnership, plan, fund or project a document names by a proper name.

A reader asks about what a document names ("the Northtown Community Safety Plan's priorities")
whether or not a fact about it was read; so each such name becomes an entity with the line that
names it as evidence, and the questions that can be answered from the document (its one list of
priorities, say) can start from it. A name is a capitalised run ending in a head word of one of those
kinds (``org_words`` in ``ingest/data/lexicon.yaml``), with a proper noun in it.
"""

from __future__ import annotations

import re

from ..blocks import clean
from ..mentions import head_kind
from ..model import Description, Evidence, Kind
from ..names import is_acronym, qualifiers
from .context import Context

KINDS = {Kind.GROUP, Kind.PARTNERSHIP, Kind.PLAN, Kind.FUND, Kind.PROJECT}
RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for|the|&|on|in)\s+){0,2}[A-Z0-9][\w'’&-]*){1,12}")
LEAD = re.compile(
    r"^(?:(?:The|This|Our|A|An|Minutes|Agenda|Meeting|Notes|Report|Item|Update|Draft|Final)\s+(?:of\s+(?:the\s+)?)?)+"
)
MAX_LINE = 3000


def named_bodies(ctx: Context):
    seen: set[str] = set()
    common = qualifiers()
    for n, raw in enumerate(ctx.doc.lines, 1):
        text = clean(raw[:MAX_LINE])
        for m in RUN.finditer(text):
            words = m.group(0).split()
            heads = [k for k, w in enumerate(words) if head_kind(w) in KINDS and not re.search(r"['’]s?$", w)]
            for end in heads[-2:]:  # never a possessive's end: "Northtown Council's"
                span = " ".join(words[: end + 1])
                name = LEAD.sub("", span)
                core = [w for w in name.split() if w[:1].isupper()]
                if len(core) < 2 or name in seen or head_kind(name) not in KINDS:
                    continue
                if all(w.lower().strip("'’s") in common or head_kind(w) for w in core) and not any(
                    is_acronym(w) for w in core
                ):
                    continue  # "Community Safety Partnership": no proper noun, nothing to find it by
                seen.add(name)
                start = text.find(name, m.start())
                quote = text[start : start + len(name)] if start >= 0 else name
                yield Description(
                    ctx.mention(name, head_kind(name)), Evidence(ctx.name, n, n, quote), "mention.name"
                )


EXTRACTORS = [named_bodies]
