"""Forms: 'Label: value' lines (decision notices, project initiation documents, terms of reference).

Decision Reference Number: WPC4-0045        OUTCOME
Lead Officer: Sara Ansell                    To reduce crime
                                             Outcome lead:          Jerry Mitchell
                                             Delivery partnership:  Exampleton Community Safety Partnership
"""

from __future__ import annotations

import re

from ..blocks import clean
from ..model import Claim, Kind, Rel
from ..names import kind_of, looks_like_person
from .context import Context
from .priority_lists import document_plan

FIELD = re.compile(r"^\s*([A-Z][A-Za-z /()-]{2,40}?)\s*:\s+(\S.*?)\s*$")
ITEM_KEYS = re.compile(
    r"^(?:decision reference(?: number)?|reference(?: number)?|project(?: name| title)?|outcome|decision|title|programme|scheme)$",
    re.I,
)
OWNER_KEYS = re.compile(
    r"^(?:lead officer|outcome lead|project lead|lead|owner|responsible (?:organi[sz]ation|officer|body|lead)|accountable (?:officer|body)|sponsor|project manager)$",
    re.I,
)
CONTRIBUTOR_KEYS = re.compile(
    r"^(?:delivery partnership|delivery partners?|partners|supporting (?:organi[sz]ations|partners)|contributors?)$",
    re.I,
)
DOCUMENT_OWNER = re.compile(
    r"^\s*((?:Document|Plan|Strategy)\s+(?:owner|author|lead))\s*(?::\s*|\s{3,})(\S.*?)\s*$", re.I
)
TITLE_LABEL = re.compile(r"^\s*(OUTCOME|PROJECT|DECISION|PROGRAMME|OBJECTIVE)\s*$")


def forms(ctx: Context):
    lines = ctx.clean_lines
    item = None
    item_line = 0
    for i, line in enumerate(lines):
        if TITLE_LABEL.match(line):
            nxt = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k]), None)
            if nxt is not None and not FIELD.match(lines[nxt]):
                item, item_line = (
                    ctx.mention(
                        lines[nxt],
                        Kind.PRIORITY if "OUTCOME" in line or "OBJECTIVE" in line else Kind.ACTION,
                        scope=ctx.name,
                    ),
                    i + 1,
                )
            continue
        owner = DOCUMENT_OWNER.match(ctx.doc.lines[i])
        m = owner or FIELD.match(line)
        if not m:
            continue
        key, value = m.group(1).strip(), m.group(2).strip()
        if owner and (plan := document_plan(ctx)):
            # 'Document owner      Jane Doe' in a document control box: she owns the document's plan
            ev = ctx.doc.evidence(i + 1, i + 1)
            yield Claim(
                _holder(ctx, value),
                Rel.RESPONSIBLE,
                ctx.mention(plan, Kind.PLAN),
                ev,
                "form.document_owner",
                0.8,
            )
            continue
        if ITEM_KEYS.match(key):
            code = value if re.fullmatch(r"[A-Z0-9][A-Z0-9./-]{3,}", value) else None
            item = ctx.mention(f"{key} {value}" if code else value, Kind.ACTION, code=code, scope=ctx.name)
            item_line = i + 1
            continue
        if item is None or i + 1 - item_line > 12:
            continue
        ev = ctx.doc.evidence(item_line, i + 1)
        if OWNER_KEYS.match(key) or CONTRIBUTOR_KEYS.match(key):
            rel = Rel.RESPONSIBLE if OWNER_KEYS.match(key) else Rel.CONTRIBUTES
            yield Claim(
                _holder(ctx, value), rel, item, ev, f"form.{re.sub(r'[^a-z]+', '_', key.lower())}", 0.85
            )


# A group's profile as label/value rows ('Title / X', 'Reports to / Y', 'Accountable for following Subgroups / Z'):
# the cell separator may be ':', ' / ', a tab or a run of spaces
PROFILE_ROW = re.compile(r"^\s*([A-Z][A-Za-z -]{2,50}?)\s*(?::|\s/\s|\t|\s{3,})\s*(\S.*?)\s*$")
PROFILE_NAME = re.compile(
    r"(?i)(?:title|name)(?: of (?:the )?(?:group|board|partnership|forum|panel|committee))?"
)
PROFILE_KEYS = {
    Rel.REPORTS_TO: re.compile(
        r"(?i)(?:reports?|reporting|accountable|accountability) (?:in)?to|reporting line"
    ),
    Rel.SUBGROUP_OF: re.compile(
        r"(?i)(?:accountable for |responsible for )?(?:the )?(?:following )?sub-?(?:groups?|committees?)"
    ),
    Rel.CHAIR: re.compile(r"(?i)chair(?:ed by|person|man)?"),
}


def profiles(ctx: Context):
    """A group's profile: its name on a 'Title' row, then the rows saying whom it reports to, its sub-groups
    and its chair."""
    subject, at = None, 0
    for i, raw in enumerate(ctx.doc.lines):
        m = PROFILE_ROW.match(clean(raw))
        if not m:
            continue
        key, value = m.group(1).strip(), m.group(2).strip()
        if PROFILE_NAME.fullmatch(key):
            subject, at = ctx.mention(value, kind_of(value, None) or Kind.GROUP), i + 1
            continue
        rel = next((r for r, p in PROFILE_KEYS.items() if p.fullmatch(key)), None)
        if rel is None or subject is None or i + 1 - at > 8 or value.lower() in ("none", "n/a", "-"):
            continue
        ev = ctx.doc.evidence(at, i + 1)
        for name in re.split(r"\s*[;,]\s*", value) if rel == Rel.SUBGROUP_OF else [value]:
            other = ctx.mention(name, kind_of(name, None) or Kind.GROUP)
            if rel == Rel.SUBGROUP_OF:
                yield Claim(other, rel, subject, ev, "form.profile.subgroups", 0.8)
            elif rel == Rel.CHAIR:
                yield Claim(_holder(ctx, name), rel, subject, ev, "form.profile.chair", 0.8)
            else:
                yield Claim(subject, rel, other, ev, "form.profile.reports_to", 0.8)


def _holder(ctx: Context, value: str):
    """A field's value as a person, else as the body or post it names."""
    return ctx.mention(value, Kind.PERSON if looks_like_person(value, ctx.learned_given) else kind_of(value))


EXTRACTORS = [forms, profiles]
