"""Bodies named as a group's members in prose: "The Partnership is made up of A, B and C",
"X was one of the statutory members of the Y Board along with A, B and C", "the statutory
partners are A, B and C", "the Z Partnership (A, B and C) was formed in 1998".

A sentence holding a membership cue (``membership_cues`` in ``ingest/data/people.yaml``) names a
group (the capitalised name before a cue such as "brings together", or after "members of") and a
list of bodies after the cue; the list is split at commas, "and", "with" and "as well as", and an
item is kept when it is a name (capitalised words, a body's head word or a place), never a person.
"""

from __future__ import annotations

import re
from functools import cache

from ..mentions import BODY_KINDS, head_kind, people_in, vocabulary
from ..model import Claim, Kind, Mention, Rel
from ..names import tidy
from .context import Context
from .structure import negation

GROUP_KINDS = {Kind.GROUP, Kind.PARTNERSHIP}
NAME = re.compile(
    r"[A-Z][\w'’&.-]{0,60}(?:\s+(?:(?:of|and|for|the|&|on|in|upon)\s+){0,3}[A-Z][\w'’&.()-]{0,60}){0,12}"
)
COMMA = re.compile(r"\s*(?:,|;|\bwith\b|\bas well as\b|\balong with\b|\bplus\b)\s*")
LEAD = r"^(?:(?:and|the|a|an|both|all|four|three|two|five|six|local)\s+)+"
LIST_END = re.compile(r"\s+(?:to|in order to|which|who|that|where|so that|working|in|on|at|for|from)\s+[a-z]")
MAX_SENTENCE = 1500
WE_ARE = re.compile(r"^We are (?=(?:the\s+)?[A-Z])")
BACK_REFERENCE = re.compile(
    r"(?i)\b(?:the|this|our)\s+(partnership|board|group|forum|programme)\b[^A-Z]{0,40}$"
)


@cache
def _cues() -> tuple[re.Pattern, re.Pattern]:
    cues = vocabulary()["membership_cues"]
    after = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues["group_before"])
    before = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues["group_after"])
    return re.compile(rf"(?i)\b(?:{after})\b"), re.compile(rf"(?i)\b(?:{before})\b")


def _group_name(text: str) -> str | None:
    """The group named last before a cue: a name with a group's head word, or one a lower-case group
    word follows ("the 'Safer Westvale' programme"); never a fragment ("the three statutory Partners")."""
    text = text.replace("‘", " ").replace("’ ", " ")
    if back := BACK_REFERENCE.search(text):  # "The partnership is made up of …": the document's own
        return back.group(1).capitalize()
    for m in reversed(list(NAME.finditer(text))):
        name = tidy(m.group(0))
        if not name or name.lower() in {"the", "it", "this", "they"}:
            continue
        follows = text[m.end() :].split()[:1]
        if head_kind(name) in GROUP_KINDS or follows and head_kind(follows[0]) in GROUP_KINDS | {Kind.PLAN}:
            return name
        return None
    return None


@cache
def _protected() -> list[str]:
    """Names of bodies with 'and' inside ("Fire and Rescue Service"), never split at it."""
    return [e for e in vocabulary()["org_endings"] if " and " in e]


def _items(text: str) -> list[str]:
    text = re.split(r"\bincluding\b", text, maxsplit=1)[-1]  # "the key bodies …, including A, B and C"
    text = LIST_END.split(text, maxsplit=1)[0]
    for phrase in _protected():
        text = re.sub(re.escape(phrase), phrase.replace(" and ", " \x00 "), text, flags=re.I)
    out = []
    for chunk in COMMA.split(text):
        for raw in _split_and(chunk):
            raw = raw.replace("\x00", "and").strip(" .()")
            item = re.sub(LEAD, "", raw, flags=re.I)
            if re.fullmatch(r"(?i)the\s+[a-z]+(?:\s+[a-z]+){0,2}", raw):
                out.append(item)  # "the voluntary sector": a kind of member
                continue
            if re.fullmatch(r"[A-Z]{2,6}(?:\s+[a-z]+){1,3}", item):
                out.append(item)  # "NHS health partners": a body's initials and what they are
                continue
            if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+[a-z]+){1,2}s", item):
                out.append(item)  # "Health agencies", "Voluntary Sector organisations": a kind of member
                continue
            m = NAME.match(item)
            if not m or item[m.end() :].strip()[:1].islower():  # "the plan to work …": not a name
                continue
            name = tidy(m.group(0))
            if name and (people := people_in(name)) and people[0].start == 0:
                continue
            if name and len(name.split()) <= 10:
                out.append(name)
    return out


def _split_and(chunk: str) -> list[str]:
    """'A Council and B Police', 'Northtown and Southtown', '… and the voluntary sector' split;
    'Lothian and Borders Police', 'Westvale and Northtown Clinical Commissioning Group' kept whole."""
    words = chunk.split(" and ")
    out, current = [], words[0]
    for k, word in enumerate(words[1:], 1):
        rest = " and ".join(words[k:])
        ends_body = head_kind(current.split()[-1]) is not None if current.split() else False
        places = head_kind(current) is None and head_kind(rest) is None
        if word.startswith("the ") or ends_body and word[:1].isupper() or places:
            out.append(current)
            current = word
        else:
            current = f"{current} and {word}"
    return [*out, current]


def _body(ctx: Context, name: str) -> Mention:
    return ctx.mention(name, head_kind(name) if head_kind(name) in BODY_KINDS else Kind.ORGANISATION)


def _group(ctx: Context, name: str | None, line: int) -> Mention | None:
    if not name:
        return None
    words = name.split()
    if len(words) == 1 and words[0] in {"Partnership", "Board", "Group", "Forum", "Programme"}:
        title = ctx.title if ctx.title and head_kind(ctx.title) in GROUP_KINDS else None
        name = ctx.we(line, words[0]) or title
        if not name:
            return None
    return ctx.mention(name, head_kind(name) if head_kind(name) in GROUP_KINDS else Kind.GROUP)


def memberships(ctx: Context):
    group_before, group_after = _cues()
    for block in ctx.doc.blocks:
        for s in ctx.doc.sentences(block):
            text = s.text[:MAX_SENTENCE]
            if ":" in text or len(people_in(text)) >= 2:  # a list under a label, or people: the list reader's
                continue
            if negation().search(text):  # "… are not responsible authorities and will not be members of"
                continue
            found = []
            if m := group_after.search(text):  # "… members of the X Board along with A, B and C"
                rest = text[m.end() :]
                g = NAME.search(rest)
                if g and head_kind(g.group(0)) in GROUP_KINDS:
                    subject = NAME.match(text)  # "Westvale Council is one of the members of …"
                    members = _items(rest[g.end() :]) + ([tidy(subject.group(0))] if subject else [])
                    found.append((tidy(g.group(0)), members))
            elif m := group_before.search(text):  # "The X Partnership is made up of A, B and C"
                found.append((_group_name(text[: m.start()]), _items(text[m.end() :])))
            elif m := WE_ARE.match(text):  # "We are A, B and C": the members speaking for the partnership
                found.append(("Partnership", _items(text[m.end() :])))
            for g in re.finditer(
                r"([A-Z][\w'’&-]{0,60}(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w'’&-]{0,60}){0,10})\s+\(([^()]{5,300})\)",
                text,
            ):
                if head_kind(g.group(1)) in GROUP_KINDS and len(items := _items(g.group(2))) >= 2:
                    found.append((g.group(1), items))  # "the X Partnership (A, B and C)"
            for group_name, members in found:
                group = _group(ctx, group_name, s.start)
                bodies = [n for n in members if head_kind(n) in BODY_KINDS or len(members) >= 2]
                bodies = [
                    n for n in bodies if not re.fullmatch(r"[A-Z]{2,6}", n)
                ]  # "(SBB)": the group's own initials
                for name in dict.fromkeys(bodies):
                    if group is None or name == group.name:
                        continue
                    yield Claim(_body(ctx, name), Rel.MEMBER, group, ctx.ev(s), "membership.sentence", 0.7)


EXTRACTORS = [memberships]
