"""People and posts: contact blocks, attendance lists, 'Chair: name, post, body', councillor lists."""

from __future__ import annotations

import re

from ..blocks import Sentence, clean
from ..mentions import part_type, people_in
from ..model import Claim, Description, Kind, Rel
from ..names import and_post, is_post, kind_of, looks_like_person, norm, person_titles, tidy
from ..names import titlecase as titlecase  # the extractors' import of it
from .context import Context, without_record_lead

PHONE_OR_MAIL = re.compile(r"(?:\d{3,}[\d ()-]{5,}|@|^\s*(?:Tel|Email|E-mail|Phone|Telephone)\b)", re.I)
MAIL = re.compile(r"\b([A-Za-z]+)\.([A-Za-z-]+)@([\w.-]+)")
CONTACT_LEAD = re.compile(
    r"^(?:Officers? (?:to )?[Cc]ontacts?:?|Contact(?: officer)?:|Officer Contacts:?)\s*", re.I
)
TITLES = "|".join(sorted((re.escape(t) for t in person_titles()), key=len, reverse=True))
PERSON = rf"(?:(?:{TITLES})\.?\s+)?(?:[A-Z][a-z'’]+|[A-Z]\.?)(?:\s+(?:[A-Z]\.?|[A-Z][\w'’-]+)){{1,2}}"
CHAIR_LINE = re.compile(r"^\s*(Vice[- ]?)?Chair(?:man|person)?\s*:\s*(.+)$", re.I)
CHAIR_POST = re.compile(r"(?:[A-Z][a-z]+ ){1,2}(?:Chair|Chairman|Chairperson|Convener|Convenor)")
CHAIR_OF = re.compile(r"^\s*(Vice[- ]?)?Chair(?:man|person)? of (?:the )?(.+)$", re.I)
COUNCILLORS = re.compile(r"Councillors\s+(.+?)(?:\(For attention\)|$)")
GROUP_BEFORE_LIST = re.compile(
    r"(?:^|[.;]\s+|\d\s+)((?:[A-Z][\w’'&-]*\s+)(?:(?:[A-Z][\w’'&-]*|of|and|for|&)\s+){0,6}"
    r"(?:Committee|Sub-Committee|Sub-committee|Board|Panel|Group|Forum))\s*[–—:-]\s*$"
)
AREA_LINE = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+[–—-]\s+[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and|AND|&)\s+|\s+)[A-Z][\w'’-]*){0,6}"
)
BODY_WORDS = re.compile(
    r"\b(?:Committee|Board|Partnership|Group|Panel|Forum|Executive|Council|Cabinet)\b", re.I
)


# '… A Meeting of the COMMUNITY SERVICES (DEVELOPMENT) SUB-COMMITTEE PRESENT': a page run into one line, the
# group's name in capitals (brackets and all) just before its list
SHOUTED_MEETING = re.compile(
    r"(?i:meeting\s+of\s+(?:the\s+)?)([A-Z][A-Z&’'(),\s-]{3,120}?[A-Z)])(?=\s+(?:held|HELD|on|at|PRESENT)\b|\s*$)"
)


def meeting_named(text: str) -> str | None:
    """The group whose meeting the last 300 characters of ``text`` name in capitals."""
    m = SHOUTED_MEETING.search(text[-300:])
    return titlecase(m.group(1)) if m and BODY_WORDS.search(m.group(1).split()[-1]) else None


def body_before(ctx: Context, line: int) -> str | None:
    """The committee, board or group a meeting list belongs to: the nearest name of one above the line."""
    for n in range(line - 1, 0, -1):
        text = clean(ctx.doc.lines[n - 1])
        m = re.search(
            r"meeting of (?:the )?(.+?)(?:(?: was| were| is| will be| to be)? held\b|,|$)", text, re.I
        )
        if m and BODY_WORDS.search(m.group(1)):
            return titlecase(tidy(m.group(1)))
        if people_in(text) or text[:1] in "•·-*":  # '• Jane Doe (Assistant Chief Executive)': a person's line
            continue
        if (area := AREA_LINE.fullmatch(text)) and BODY_WORDS.search(
            area.group(1)
        ):  # 'AREA COMMITTEE – X, Y'
            return titlecase(text) if text.isupper() else text
        if text and len(text) < 90 and ":" not in text and BODY_WORDS.search(text) and not text.endswith("."):
            name = re.sub(
                r"\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}.*$|\s+-\s+\w+day.*$", "", text, flags=re.I
            )
            name = tidy(without_record_lead(re.sub(r"\bAgenda and minutes\b", "", name, flags=re.I).strip()))
            if BODY_WORDS.search(name.split()[-1] if name else ""):
                return titlecase(name)
    return None


def org_for_domain(ctx: Context, domain: str) -> str | None:
    """'exampleton.gov.uk' -> the council or body the document names whose first word the domain shortens."""
    label = domain.split(".")[0].lower()
    for name in ctx.councils:
        first = name.split()[0].lower()
        if first.startswith(label) or (label[0] == first[0] and _subsequence(label, first)):
            return name
    return None


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _affiliations(ctx: Context, person: str, parts: list[str], s: Sentence, method: str):
    """Post and organisation from the pieces written after a name ('Chief Executive, Eden District Council')."""
    org = next((p for p in parts if not is_post(p) and kind_of(p) is not Kind.POST), None)
    p_mention = ctx.mention(person, Kind.PERSON)
    for part in parts:
        # 'Clinical Chair', 'Independent Chair' are posts; a bare 'Chair' is a role
        if (
            CHAIR_POST.fullmatch(part)
            or is_post(part)
            and part.lower() not in {"chair", "vice-chair", "vice chair"}
        ):
            yield Claim(p_mention, Rel.HOLDS, ctx.mention(part, Kind.POST, scope=org), ctx.ev(s), method)
        elif kind_of(part) is not Kind.PERSON and len(part) > 2:
            yield Claim(p_mention, Rel.WORKS_FOR, ctx.mention(part), ctx.ev(s), method)


def _split_affiliation(text: str) -> list[str]:
    text = re.sub(r"\((?:items?|item) [^)]*\)", "", text)
    text = re.sub(r"\(([A-Z]{2,})\)", "", text)
    return [tidy(p) for p in re.split(r"\s+[-–—]\s+|,\s*", text) if tidy(p)]


def contact_blocks(ctx: Context):
    lines = [clean(x) for x in ctx.doc.lines]
    for line in lines:
        for m in MAIL.finditer(line) if "@" in line else ():
            ctx.learned_given.add(m.group(1).capitalize())
    for i, line in enumerate(lines):
        name = CONTACT_LEAD.sub("", line)
        if not name or not looks_like_person(name, ctx.learned_given) or i + 2 >= len(lines):
            continue
        post = lines[i + 1]
        window = lines[i + 2 : i + 5]
        if not post or not any(PHONE_OR_MAIL.search(w) for w in window) or PHONE_OR_MAIL.search(post):
            continue
        mail = next((MAIL.search(w) for w in window if MAIL.search(w)), None)
        org = org_for_domain(ctx, mail.group(3)) if mail else None
        org = org or ctx.council
        end = i + 2 + max((k + 1 for k, w in enumerate(window) if PHONE_OR_MAIL.search(w)), default=0)
        ev = ctx.doc.evidence(i + 1, end)
        person = ctx.mention(name, Kind.PERSON)
        yield Claim(person, Rel.HOLDS, ctx.mention(post, Kind.POST, scope=org), ev, "people.contact_block")
        if org:
            yield Claim(person, Rel.WORKS_FOR, ctx.mention(org), ev, "people.contact_block", confidence=0.8)


def chair_lines(ctx: Context):
    """'Chair: Name, Post, Organisation' under a group's name; 'Name' then 'Chair of the X'."""
    lines = ctx.doc.lines
    for i, raw in enumerate(lines):
        line = clean(raw)
        m = CHAIR_LINE.match(line)
        if m:
            parts = _split_affiliation(m.group(2))
            if not parts or not looks_like_person(parts[0], ctx.learned_given):
                continue
            group = next(  # the line naming the group, above its chair's (and vice-chair's) lines
                (
                    clean(lines[k])
                    for k in range(i - 1, max(i - 5, -1), -1)
                    if clean(lines[k]) and not CHAIR_LINE.match(clean(lines[k]))
                ),
                None,
            )
            ev = ctx.doc.evidence(i + 1, i + 1)
            if group and len(group) < 90 and ":" not in group and not people_in(group):
                ev = ctx.doc.evidence(
                    next(k for k in range(i, -1, -1) if clean(lines[k]) == group) + 1, i + 1
                )
                rel = Rel.VICE_CHAIR if m.group(1) else Rel.CHAIR
                group_mention = ctx.mention(group, Kind.GROUP)
                yield Claim(ctx.mention(parts[0], Kind.PERSON), rel, group_mention, ev, "people.chair_line")
                section = _section_heading(ctx, i)
                if section and (we := ctx.we(i + 1)):
                    yield Claim(
                        group_mention,
                        Rel.SUBGROUP_OF,
                        ctx.mention(we),
                        ev,
                        "people.chair_line.sub_groups_page",
                        0.7,
                    )
            s = Sentence(line, ev.quote, ev.line_start, ev.line_end)
            yield from _affiliations(ctx, parts[0], parts[1:], s, "people.chair_line")
            continue
        m = CHAIR_OF.match(line)
        if m:
            prev = next((k for k in range(i - 1, max(i - 4, -1), -1) if clean(lines[k])), None)
            if prev is not None and looks_like_person(clean(lines[prev]), ctx.learned_given):
                rel = Rel.VICE_CHAIR if m.group(1) else Rel.CHAIR
                ev = ctx.doc.evidence(prev + 1, i + 1)
                group = ctx.mention(m.group(2))
                yield Claim(ctx.mention(clean(lines[prev]), Kind.PERSON), rel, group, ev, "people.chair_of")
                addressee = _addressed_to(ctx)
                if addressee and norm(addressee) != norm(m.group(2)):
                    # a report the group's chair signs to a board: the group reports to that board
                    yield Claim(
                        group,
                        Rel.REPORTS_TO,
                        ctx.mention(addressee, Kind.GROUP),
                        ev,
                        "people.report_signed_by_chair",
                        0.6,
                    )


def _addressed_to(ctx: Context) -> str | None:
    """The meeting a report is written for: a title line naming a body and a date ('X EXECUTIVE 4th APRIL 2008')."""
    for raw in ctx.doc.lines[:6]:
        text = clean(raw)
        m = re.match(r"^(.+?)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}$", text)
        if m and BODY_WORDS.search(m.group(1).split()[-1]):
            return titlecase(tidy(m.group(1)))
    return None


def _section_heading(ctx: Context, line_index: int) -> bool:
    """Whether the line sits under a 'Sub-groups' heading."""
    for k in range(line_index - 1, -1, -1):
        if re.fullmatch(r"\s*(?:Our\s+)?Sub[- ]?groups?\s*", clean(ctx.doc.lines[k]), re.I):
            return True
    return False


def councillors(ctx: Context):
    """'Councillors Brookes (Vice-Chair), Campsall, … Miah (Chair) and Popley' -> members, chair, vice-chair."""
    for block in ctx.doc.blocks:
        m = COUNCILLORS.search(block.text)
        if not m or block.kind == "row":
            continue
        named = GROUP_BEFORE_LIST.search(block.text[: m.start()])  # 'Resources Committee – Councillors A, B'
        body = (
            named.group(1)
            if named
            else meeting_named(block.text[: m.start()]) or body_before(ctx, block.start)
        )
        if body and " " not in body.strip():  # 'Minutes of the Annual Meeting of Council': the council itself
            body = ctx.title_body if ctx.title_body and ctx.title_body.endswith(body) else body
        if not body:
            continue
        group = ctx.mention(body, Kind.GROUP)
        ev = ctx.ev(block)
        role = "apologies" if re.search(r"(?i)\bapolog", block.text[: m.start()]) else "member"
        # the list ends at ';'; a bracket closes an entry ('Brasted (substitute for Sandford) Goodwin')
        listed = re.split(r";|(?<=[a-z]{2})\.\s+(?=[A-Z])", m.group(1))[0]  # to the sentence's end
        for item in re.split(r",\s*|\s+and\s+|(?<=\))\s+(?=[A-Z])", listed):
            n = re.fullmatch(
                r"((?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+)?)\s*(?:\(((Vice[- ]?Chair|Chair)|[^()]{1,60})\))?\.?",
                item.strip(),
            )
            if (
                not n
                or n.group(1) in ("The", "All", "Other")
                or part_type(n.group(1)) in ("post", "organisation")
            ):
                continue  # 'B Jones' (two parts) is read by the people lists; '…, and X, Chief Executive, Y Council'
                # goes on past the councillors
            person = ctx.mention(f"Councillor {n.group(1)}", Kind.PERSON)
            yield Claim(person, Rel.MEMBER, group, ev, "people.councillors", role=role)
            if n.group(3):
                rel = Rel.VICE_CHAIR if n.group(3).lower().startswith("vice") else Rel.CHAIR
                yield Claim(person, rel, group, ev, "people.councillors")


EXTRACTORS = [contact_blocks, chair_lines, councillors]


# the words a text gives a chair's seat: 'Vice-Chairman', 'Deputy Chair', 'Convener', 'Independent Chair'
CHAIR_WORD = re.compile(
    r"\b(?:[A-Z]{2,6} )?(?:(?:[Vv]ice|[Dd]eputy|[Dd]epute|[Jj]oint|[Ii]ndependent|[Cc]o)[- ]?)?"  # 'CCG Chair'
    r"(?:[Cc]hair(?:man|woman|person)?|[Cc]onven[eo]r)\b(?![-’'])"
    r"(?: of (?:the )?[A-Z][\w’'&-]*(?: (?:(?:of|and|for|&|the) )?[A-Z][\w’'&-]*){0,8})?"  # 'Chair of the X Board'
)
VICE = re.compile(r"(?i)^(?:[A-Z]{2,6} )?(?:vice|deputy|depute)")


def chair_posts(ctx: Context, claims: list[Claim]):
    """A chair's or vice-chair's seat is also a post the person holds, worded as the line words it ('Vice
    Chair, Jane Doe' -> Jane Doe holds 'Vice Chair', of that group): the chair word nearest the person's
    name in the claim's quote. Only for a person the document gives no other post: a chair who is also
    'Chief Executive' or 'Cabinet Member for X' is known by that post, the chair read as the seat it is."""
    held = {c.subject.name for c in claims if c.rel is Rel.HOLDS}
    for c in claims:
        if (
            c.rel not in (Rel.CHAIR, Rel.VICE_CHAIR)
            or c.subject.kind is not Kind.PERSON
            or c.subject.name in held
        ):
            continue
        vice = c.rel is Rel.VICE_CHAIR
        words: list[re.Match[str]] = []
        # the quote, else its lines ('Vice Chair: G. Roe', the label left out of the quote)
        for quote in (
            c.evidence.quote,
            " ".join(ctx.doc.lines[c.evidence.line_start - 1 : c.evidence.line_end]),
        ):
            if words := [m for m in CHAIR_WORD.finditer(quote) if bool(VICE.match(m.group(0))) == vice]:
                break
        surname = c.subject.name.split()[-1]
        at = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", quote)]
        if not words or not at and len(words) > 1:
            continue
        word = min(words, key=lambda m: min((abs(m.start() - a) for a in at), default=0)).group(0)
        # 'Chair of the Board Cllr Jane Doe', '… Board Tim Roe', 'Chair of X and Director of Y': the seat ends
        # where a title, a person's name or another post starts
        name = [w for w in c.subject.name.split() if w not in person_titles()]
        cuts = [p.start for p in people_in(word) if p.start > 0]
        cuts += [m.start() for m in re.finditer(rf"\s(?:{TITLES}|{'|'.join(map(re.escape, name))})\b", word)]
        cuts += [also.start()] if (also := and_post(word)) else []
        post = re.sub(r"(?:\s+(?:of|and|for|&|the))+$", "", word[: min(cuts, default=len(word))].strip())
        seat = ctx.mention(post[:1].upper() + post[1:], Kind.POST, scope=c.object.name)
        yield Claim(c.subject, Rel.HOLDS, seat, c.evidence, "people.chair_post")
        if (bare := re.sub(r"\s+of\s.*", "", post)) != post:  # 'Chair of the X Board' is the Board's 'Chair'
            yield Description(seat, c.evidence, "people.chair_post", alias=bare[:1].upper() + bare[1:])
