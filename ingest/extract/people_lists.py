"""People lists in every layout: who sat on, chaired, attended or sent apologies to a group.

A list opens with a label from ``ingest/data/people.yaml`` ("Present:", "Membership", "Apologies
were received from:", "Chair:"), at the start of a line or after a colon in a run-on line, and runs
over the lines below until prose or a heading stops it. Its entries are found by where people
start (:func:`ingest.mentions.people_in`), so one person a line, one cell a line ("name" then
"organisation" on the next line), table rows split by runs of spaces, and whole lists run
together on one line all read the same way. Each entry's parts are typed (post, organisation,
role); the group the list belongs to comes from the label line, the nearest heading naming a
group above it, or the document's title. A sentence naming people with their posts
("Jane Doe, Head of Housing, Exampleton Council, attended") is read by :func:`appositions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..blocks import clean
from ..mentions import (
    PersonSpan,
    head_kind,
    name_prefix,
    part_type,
    people_in,
    role_of,
    split_parts,
    vocabulary,
)
from ..model import Claim, Description, Evidence, Kind, Mention, Rel
from ..names import tidy
from .context import Context
from .people import titlecase

GROUP_KINDS = {Kind.GROUP, Kind.PARTNERSHIP}
MAX_ENTRY_WORDS = 40
LOWER_OK = {"of", "and", "for", "the", "in", "on", "to", "at", "&", "-", "–", "with", "from", "until", "by"}


@cache
def _labels() -> list[tuple[re.Pattern, str]]:
    """(pattern, list kind) for every label, longest first; a label ends at ':' or the end of a line."""
    forms = [(w, kind) for kind, words in vocabulary()["list_labels"].items() for w in words]
    forms += [(w, kind) for kind, words in vocabulary()["roles"].items() for w in words]
    out = []
    for word, kind in sorted(forms, key=lambda f: len(f[0]), reverse=True):
        body = r"[\s-]+".join(map(re.escape, word.split()))
        out.append((re.compile(rf"(?i)(?<![\w'’])(?:the\s+)?{body}\s*(?::|[-–—](?=\s)|$)"), kind))
    return out


@cache
def _trailing() -> list[tuple[re.Pattern, str]]:
    out = []
    for kind, phrases in vocabulary()["trailing_labels"].items():
        for p in phrases:
            out.append((re.compile(rf"(?i),?\s+{re.escape(p)}\b"), kind))
    return out


LINE_START = re.compile(r"^\s*(?:[\d.()a-z]{1,4}[.)]\s+|[-*•▪●◦]\s*)?")


def _label_at(text: str) -> list[tuple[int, int, str]]:
    """Labels in a line: at its start (after numbering), or anywhere when followed by a colon."""
    found: list[tuple[int, int, str]] = []
    lead = LINE_START.match(text).end()
    for pattern, kind in _labels():
        for m in pattern.finditer(text):
            at_start = m.start() <= lead
            if not at_start and not m.group(0).rstrip().endswith(":"):
                continue
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
                continue
            found.append((m.start(), m.end(), kind))
    return sorted(found)


@dataclass
class Entry:
    person: PersonSpan
    line_start: int
    line_end: int
    quote: str
    parts: list[str] = field(default_factory=list)


def _prose(text: str) -> bool:
    words = text.split()
    if len(words) < 8:
        return False
    lower = [w for w in words if w[:1].islower() and w.lower() not in LOWER_OK]
    return len(lower) / len(words) > 0.3


def _heading_like(text: str) -> bool:
    return bool(re.match(r"^\s*\d{1,2}(?:\.\d+)*[.)]?\s+[A-Z]", text)) or (text.isupper() and len(text) > 3)


def _group_in(text: str) -> str | None:
    """A group's name in a line: the last capitalised run whose head word names a group or partnership."""
    best = None
    for m in re.finditer(r"[A-Z][\w'’&,.-]*(?:\s+(?:(?:of|and|for|the|&|on|in)\s+)*[A-Z][\w'’&.-]*)*", text):
        name = tidy(m.group(0).strip(" ,"))
        name = re.sub(r"^(?:Minutes|Agenda|Meeting|Notes|Report)(?:\s+(?:of|for))?(?:\s+the)?\s+", "", name, flags=re.I)
        name = re.sub(r"\s+(?:Meeting|Minutes|Agenda)$", "", name, flags=re.I)
        if name and head_kind(name) in GROUP_KINDS and len(name.split()) >= 2:
            best = name
    if best is None and len(text.split()) <= 8 and head_kind(text) in GROUP_KINDS and not text.endswith("."):
        best = tidy(text)  # a short heading in lower case: "District council representative group"
    return titlecase(best) if best else None


class PeopleLists:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.lines = [clean(line) for line in ctx.doc.lines]

    def title_group(self) -> str | None:
        for text in self.lines[:15]:
            if text and not _label_at(text):
                group = _group_in(text[:200])
                if group:
                    return group
        return None

    def group_above(self, n: int) -> str | None:
        """The nearest heading above line ``n`` (1-based) that names a group, within a short distance."""
        seen = 0
        for k in range(n - 1, 0, -1):
            text = self.lines[k - 1]
            if not text:
                continue
            seen += 1
            if seen > 6:
                break
            if len(text) <= 120 and not _prose(text) and not people_in(text):
                group = _group_in(text)
                if group:
                    return group
        return self.title_group()

    def lists(self):
        """(kind, group, entries) for every people list in the document."""
        n = 0
        while n < len(self.lines):
            text = self.lines[n]
            labels = _label_at(text) if text else []
            if not labels:
                n += 1
                continue
            for idx, (a, b, kind) in enumerate(labels):
                end = labels[idx + 1][0] if idx + 1 < len(labels) else len(text)
                rest = text[b:end]
                group = None
                persons = people_in(rest)
                head = rest[: persons[0].start] if persons else rest
                if head.strip():
                    group = _group_in(head)
                entries = self._entries(n + 1, rest)
                last_on_line = idx + 1 == len(labels)
                stop = n + 1
                if last_on_line:
                    more, stop = self._region(n + 2)
                    entries += more
                yield kind, group or self.group_above(n + 1), entries
            n = stop - 1 if stop > n + 1 else n + 1

    def _entries(self, line_no: int, text: str) -> list[Entry]:
        out = []
        people = people_in(text)
        for k, p in enumerate(people):
            end = people[k + 1].start if k + 1 < len(people) else len(text)
            seg = re.split(r"\s\d{1,2}(?:\.\d{1,2})*\.\s+(?=[A-Z])", text[p.start : end])[0]  # a numbered item ends it
            seg = seg if len(seg.split()) <= MAX_ENTRY_WORDS else seg[:300]
            tail = seg[len(p.text) :]
            quote = seg.strip(" ,;.")
            out.append(Entry(p, line_no, line_no, quote, [x for _, _, x in split_parts(tail)]))
        return out

    def _region(self, start: int) -> tuple[list[Entry], int]:
        """Entries on the lines from ``start`` (1-based) until prose, a heading or another label."""
        entries: list[Entry] = []
        idle = 0
        n = start
        while n <= len(self.lines):
            text = self.lines[n - 1]
            if not text:
                n += 1
                continue
            if _label_at(text):
                break
            people = people_in(text)
            if _prose(text) and not (people and text.count(",") >= len(people)):
                if entries or idle >= 2:
                    break
                idle += 1
                n += 1
                continue
            if not people or people[0].start > 0 and not entries:
                if entries and not _heading_like(text) and len(text.split()) <= 12 and self._attach(entries[-1], n, text):
                    n += 1
                    continue
                if entries or _heading_like(text):
                    break
                idle += 1
                if idle > 2:
                    break
                n += 1
                continue
            if people[0].start > 0 and entries:
                self._attach(entries[-1], n, text[: people[0].start])
            entries += self._entries(n, text)
            n += 1
        return entries, n

    def _attach(self, entry: Entry, n: int, text: str) -> bool:
        """One cell a line: a post or organisation on its own line belongs to the person above."""
        parts = [x for _, _, x in split_parts(text)]
        if not parts or any(part_type(p) in {"person", None} and not p[:1].isupper() for p in parts):
            return False
        entry.parts += parts
        entry.line_end = n
        entry.quote = f"{entry.quote} {text.strip(' ,;.')}"
        return True


def _read_entry(parts: list[str]) -> tuple[list[str], list[str], list[tuple[str, str | None]]]:
    """Posts, organisations and roles (with the group a role is of) among an entry's parts."""
    posts: list[str] = []
    orgs: list[str] = []
    roles: list[tuple[str, str | None]] = []
    last = None
    has_org = any(part_type(p.strip(" .:;")) == "organisation" for p in parts)
    for n, raw in enumerate(parts):
        part = raw.strip(" .:;")
        if not part:
            continue
        if not part[:1].isupper():
            last = None
            continue
        kind = part_type(part)
        if kind == "role":
            role, of = role_of(part)
            roles.append((role, of))
            last = None
        elif kind == "post":
            head = re.match(r"(?i)(.+?)\s+(?:and|&)\s+(Chair|Vice[- ]Chair)\s+of\s+(?:the\s+)?(.+)$", part)
            if head:  # "Cabinet Member for X and Chair of the Y Board"
                posts.append(head.group(1))
                roles.append(("vice_chair" if "vice" in head.group(2).lower() else "chair", head.group(3)))
                last = None
            else:
                posts.append(part)
                last = "post"
        elif kind == "organisation" and len(part.split()) <= 12:
            orgs.append(part)
            last = None
        elif kind is None and last == "post" and len(part.split()) <= 6 and (has_org or n + 1 < len(parts) or _needs_field(posts[-1])):
            posts[-1] = f"{posts[-1]}, {part}"  # "Service Manager, Youth Justice"
        elif kind is None and len(part.split()) <= 8:
            orgs.append(part)
            last = None
    employers = [o for o in orgs if head_kind(o) in {Kind.ORGANISATION, None}]
    return posts, employers or orgs, roles


def _needs_field(post: str) -> bool:
    """A generic post whose field follows it: 'Service Manager' (, Youth Justice)."""
    words = post.split()
    return len(words) <= 2 and words[-1] in {"Manager", "Officer", "Lead", "Coordinator", "Co-ordinator", "Adviser", "Advisor"}


def people_lists(ctx: Context):
    reader = PeopleLists(ctx)
    for kind, group, entries in reader.lists():
        group_m = ctx.mention(group) if group else None
        if group_m is not None and group_m.kind not in GROUP_KINDS:
            group_m = Mention(group_m.name, Kind.GROUP)
        for e in entries:
            yield from _entry_facts(ctx, e, kind, group_m, f"people.list.{kind}")


def _entry_facts(ctx: Context, e: Entry, kind: str, group: Mention | None, method: str):
    ev = Evidence(ctx.name, e.line_start, e.line_end, e.quote)
    person = Mention(tidy(e.person.name), Kind.PERSON)
    if e.person.text != e.person.name:
        yield Description(person, ev, method, alias=tidy(e.person.text))
    posts, orgs, roles = _read_entry(e.parts)
    org = orgs[0] if orgs else None
    for post in posts:
        yield Claim(person, Rel.HOLDS, ctx.mention(post, Kind.POST, scope=org), ev, method, 0.8)
    for o in orgs:
        yield Claim(person, Rel.WORKS_FOR, ctx.mention(o, head_kind(o) or Kind.ORGANISATION), ev, method, 0.8)
    if kind in {"chair", "vice_chair"}:
        roles.append((kind, None))
    for role, of in roles:
        target = ctx.mention(of) if of else group
        if target is not None:
            rel = Rel.CHAIR if role == "chair" else Rel.VICE_CHAIR
            yield Claim(person, rel, target, ev, method, 0.85)
    if group is not None and kind in {"member", "chair", "vice_chair"}:
        role = next((r for r, of in roles if of is None), None)
        yield Claim(person, Rel.MEMBER, group, ev, method, 0.8, role=role)


def appositions(ctx: Context):
    """'Jane Doe, Head of Housing, Exampleton Council' inside prose: the posts and bodies after a name."""
    listed = {e.line_start for _, _, entries in PeopleLists(ctx).lists() for e in entries}
    for n, raw in enumerate(ctx.doc.lines, 1):
        if n in listed:
            continue
        text = clean(raw)
        if not text or len(text) > 5000:
            continue
        trailing = _trailing_kind(text)
        for p in people_in(text):
            after = text[p.end :]
            m = re.match(r"\s*(?:,|\s[-–—]|\()\s*", after)
            if not m:
                continue
            parts, used = [], 0
            for a, b, part in split_parts(after[m.end() :][:300]):
                prefix = name_prefix(part)
                if not prefix or part_type(prefix) in {None, "person"} and not parts:
                    break
                if part_type(prefix) == "person":
                    break
                parts.append(prefix)
                used = m.end() + a + len(prefix)
                if prefix != part:
                    break
            if not parts:
                continue
            entry = Entry(p, n, n, text[p.start : p.end + used].strip(" ,;."), parts)
            kind = trailing if trailing else "mention"
            group = None
            yield from _entry_facts(ctx, entry, kind, group, "people.apposition")


def _trailing_kind(text: str) -> str | None:
    for pattern, kind in _trailing():
        if pattern.search(text):
            return kind
    return None


EXTRACTORS = [people_lists, appositions]
