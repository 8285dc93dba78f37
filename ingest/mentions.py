"""Typed mentions: what a span of text names — a person, an organisation, a group, a post or a role.

The recognisers read vocabulary from data (``ingest/data/people.yaml``, ``ingest/data/lexicon.yaml``
and the given-name dictionary shipped by ``gender-guesser``), never phrases of one document.
They work on any span: a table cell, a list line, or a run-on line in which several people
follow one another without separators ("Cllr Jane Doe Exampleshire Council Dr Ann Roe ..."):
:func:`people_in` finds where each person starts, :func:`split_parts` cuts what follows into
parts and :func:`part_type` says what each part is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import gender_guesser

from .model import Kind, Mention
from .names import acronym_kinds, data_file, is_acronym, is_post, org_words, post_heads
from .names import given_names as lexicon_given_names
from .names import person_titles as lexicon_person_titles

# a seat or an attendance note hyphened onto a surname ('D Parker-Chairman', 'R Roe-Apologies Received')
SEAT_HYPHEN = r"(?:(?<=[a-z])|^)(?<!Vice)(?<!Deputy)(?<!Co)-(?=(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|person|woman)?|Mayor|Clerk)\b|(?:No\s+)?Apologies\b)"
TOKEN = re.compile(rf"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f'’.]|(?!{SEAT_HYPHEN})-){{0,40}}")
MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
CONNECTORS = frozenset(
    {"of", "and", "for", "the", "in", "on", "&", "to", "at", "de", "da", "van", "von", "le"}
)
BODY_KINDS = frozenset({Kind.ORGANISATION, Kind.PARTNERSHIP, Kind.GROUP, Kind.SERVICE})
DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.){1,4}")
ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"
VOTING = (
    r"\band\s+(?=(?i:(?:a\s+)?(?:non[- ]?)?voting\s+members?)\b)"  # 'Director of People and voting member'
)
SEPARATOR = re.compile(rf"(?:\s*(?:[,;\t()]|[-–—|/:](?=\s|$)|{SEAT_HYPHEN}|{VOTING}|\s{{2,}})\s*)+")


@cache
def vocabulary() -> dict:
    return data_file("people.yaml")


@cache
def _prose_before_to() -> frozenset[str]:
    return frozenset(vocabulary()["prose_before_to"])


def _key(text: str) -> tuple[str, ...]:
    """Tokens of a title or label with dots and case folded: 'C.I.' -> ('ci',), 'Ch. Supt' -> ('ch', 'supt')."""
    return tuple(t for t in re.sub(r"\.", " ", text.replace(".", ". ")).lower().split() if t)


@cache
def _titles() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for title in vocabulary()["person_titles"]:
        key = tuple("".join(_key(w)) for w in title.split())
        out.setdefault(key[0], []).append(key)
    for forms in out.values():
        forms.sort(key=len, reverse=True)
    return out


@cache
def not_given() -> frozenset[str]:
    return frozenset(vocabulary()["not_given"].split())


@cache
def given_names() -> frozenset[str]:
    """Given names: the lexicon's UK list and gender-guesser's dictionary, less words of council papers."""
    names = set(lexicon_given_names())
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip()
        if name.isalpha() and len(name) > 1 and name[0].isupper():
            names.add(name)
            names.add(unaccented(name))  # 'Sinéad' is often written 'Sinead'
    names.update(vocabulary()["more_given_names"].split())
    return frozenset(names - not_given())


def unaccented(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() or text


@cache
def _stop_words() -> frozenset[str]:
    """Capitalised words that never belong to a person's name: head words of bodies and posts."""
    return frozenset(
        {w for w in org_words()}
        | {w.lower() for w in post_heads()}
        | {w.lower() for w in vocabulary()["not_name"].split()}
    )


@cache
def _short_given() -> frozenset[str]:
    return frozenset(vocabulary()["short_given"].split())


@cache
def _word_surnames() -> frozenset[str]:
    """Post and body words that are also common surnames ('Carol Dean', 'Beth Young')."""
    return frozenset(vocabulary()["word_surnames"].split())


@cache
def _post_nominals() -> frozenset[str]:
    return frozenset(vocabulary()["post_nominals"])


@cache
def _parties() -> frozenset[str]:
    return frozenset(p.lower() for p in vocabulary()["parties"])


def political_party(part: str) -> bool:
    """'Lab', 'Liberal Democrat', '(Ind)': a councillor's party, not a body they are of."""
    return part.strip(" ().,").lower() in _parties()


def post_nominal(part: str) -> bool:
    """'CBE', 'OBE JP': honours and letters after a name, not a body the person is of."""
    return bool(part.split()) and all(w.strip(".,") in _post_nominals() for w in part.split())


def honours_dropped(part: str) -> str:
    """'CBE Royal Westby Trust' -> 'Royal Westby Trust': the honours after a name run on into the next cell."""
    words = part.split(" ")
    k = next((k for k, w in enumerate(words) if w.strip(".,") not in _post_nominals()), len(words))
    return " ".join(words[k:]) if 0 < k < len(words) else part


@dataclass(frozen=True, slots=True)
class PersonSpan:
    start: int  # offsets into the text searched
    end: int
    text: str  # as written, with titles
    name: str  # without titles, unless only one word would remain ("Councillor Wright")
    title: str = ""  # the titles as written ("Chief Inspector", "C.I.")


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() and (not tok.isupper() or len(tok) > 1)


@lru_cache(maxsize=65536)
def _is_initial(tok: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?|(?:[A-Z]\.){2,3}", tok))


@lru_cache(maxsize=65536)
def _surname(tok: str) -> bool:
    core = tok.strip(".")
    return (
        _capitalised(core)
        and len(core) > 1
        and (core.lower() not in _stop_words() or core in _word_surnames())
        and not (
            "-" in core and all(part.lower() in _stop_words() for part in core.split("-"))
        )  # 'Vice-Chair'
        and core.lower() not in CONNECTORS
        and not (core.isupper() and len(core) <= 4 and core not in {"MC"})  # an acronym, not a name
        or bool(re.fullmatch(r"(?:Mc|Mac|O'|O’|D'|D’)[A-Z][a-z]+", core))
    )


@lru_cache(maxsize=65536)
def _given(tok: str) -> bool:
    parts = tok.strip(".").split("-")
    if len(parts) > 1 and not parts[1][:1].isupper():
        return False  # "Anti-social", "Co-opted": a word, not "Mary-Jane"
    if len(parts) > 1 and not all(_given(part) for part in parts[1:]):
        return False  # "Anti-Social Behaviour": both parts of "Mary-Jane" are given names
    core = parts[0]  # "Mary-Jane": its first part
    if len(core) < 3:
        return core in _short_given()  # "Jo", "Di", "Ed"
    if core.lower() in CONNECTORS:
        return False
    return core in given_names() or (core.isupper() and core.title() in given_names())


@lru_cache(maxsize=65536)
def people_in(text: str) -> tuple[PersonSpan, ...]:
    """Every person named in ``text``, in order; neighbours without separators are told apart.
    A line in capitals ("JANE DOE – WESTVALE COUNCIL") is read in title case (names come out so)."""
    raw = text.encode(
        "utf-8", "surrogatepass"
    )  # a quick test first: too many small letters a-z (a byte each)
    if len(raw) - len(raw.translate(None, ASCII_LOWER)) >= 0.1 * len(text):
        return _people_in(text)
    letters = list(filter(str.isalpha, text))
    if len(letters) > 8 and sum(map(str.isupper, letters)) > 0.9 * len(letters):
        return _people_in(text.title())
    return _people_in(text)


def _people_in(text: str) -> tuple[PersonSpan, ...]:
    toks = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text)]
    out: list[PersonSpan] = []
    i = 0
    while i < len(toks):
        if not toks[i][2][:1].isupper():  # a name or a title starts with a capital
            i += 1
            continue
        j, titled = _titles_at(toks, i, text)
        k = _name_at(toks, j, text, titled)
        if k is None:
            i += 1
            continue
        start, end = toks[i][0], toks[k - 1][1]
        while (
            k < len(toks)
            and toks[k][2].strip(".") in _post_nominals()
            and _adjacent(text, toks[k - 1], toks[k])
        ):
            k += 1
        end -= 2 if text[end - 2 : end] in ("'s", "’s") else 0  # 'Cllr Roe’s report': the name is Cllr Roe
        written = text[start:end].strip(" .")
        bare = text[toks[j][0] : end].strip(" .")
        title = text[start : toks[j][0]].split()
        # the usual titles stay in the name as written ("Cllr Jane Doe"); ranks in initials go ("C.I.")
        usual = all(t in lexicon_person_titles() for t in title)
        name = written if usual or len(bare.split()) < 2 else bare
        out.append(PersonSpan(start, start + len(written), written, name, " ".join(title)))
        i = k
    return tuple(out)


def _adjacent(text: str, a: tuple, b: tuple) -> bool:
    gap = text[a[1] : b[0]]
    return gap in {" ", ""} or gap == "." or gap == ". "


@cache
def _ranks() -> dict[str, str]:
    return {" ".join(_key(k)): v for k, v in vocabulary()["rank_posts"].items()}


def rank_post(title: str) -> str | None:
    """The post a rank written as a title names: 'Ch. Supt' -> 'Chief Superintendent'; None for 'Mrs'."""
    ranks = _ranks()
    words = _key(title)
    for n in range(len(words)):
        if (post := ranks.get(" ".join(words[n:]))) is not None:
            return post
    return ranks.get("".join(words))


def _titles_at(toks: list, i: int, text: str) -> tuple[int, bool]:
    """Skip titles written at token ``i``: returns the first token after them and whether there were any."""
    j, titled, titles = i, False, _titles()
    while j < len(toks):
        tok = toks[j][2]
        forms = titles.get(tok.replace(".", "").lower(), ())  # most capitalised words are no title
        words = tuple(t[2].replace(".", "").lower() for t in toks[j : j + 4]) if forms else ()
        for form in forms:
            last = toks[j + len(form) - 1][2] if j + len(form) - 1 < len(toks) else ""
            if (
                words[: len(form)] == form
                and all(
                    _adjacent(text, toks[j + n], toks[j + n + 1])
                    for n in range(len(form))
                    if j + n + 1 < len(toks)
                )
                and not (last.endswith(".") and len(last) > 5)
            ):  # '… to Chief Fire Officer. Thanks': a sentence ends
                j += len(form)
                titled = True
                break
        else:
            # dotted initials of a rank, "C.I." or "P.S.", tokenised as one token
            if forms and "." in tok and DOTTED.fullmatch(tok):
                j += 1
                titled = True
                continue
            return j, titled
    return j, titled


APOLOGIES_FROM = re.compile(
    r"(?i)\bapolog\w*\b[^.;()]{0,60}\bon\s+behalf\s+of\s$"
)  # 'Apologies … on behalf of A'


SURNAME_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "dos", "das"}
)


def _name_at(toks: list, j: int, text: str, titled: bool) -> int | None:
    """The end (exclusive token index) of a name starting at token ``j``, or None."""
    if j >= len(toks):
        return None
    first = toks[j][2]
    k = j
    before = toks[j - 1][2].lower() if j > 0 and toks[j - 1][1] + 1 == toks[j][0] else ""
    if (
        before in CONNECTORS
        and not titled
        and not (before in {"and", "&"} and (_given(first) or _is_initial(first)))
        # 'thanks to Jane Doe' in prose, not 'Clerk to Westby Council'
        and not (before == "to" and j > 1 and toks[j - 2][2].lower() in _prose_before_to() and _given(first))
        and not (before == "of" and APOLOGIES_FROM.search(text, 0, toks[j][0]))
    ):
        return None  # inside a body's name: "Commissioner for Exampleton"; but "Jane Doe and John Roe"
    if _given(first) and (titled or _capitalised(first)):
        k = j + 1
        while k < len(toks) and _is_initial(toks[k][2]) and _adjacent(text, toks[k - 1], toks[k]):
            k += 1  # middle initials: "Jane A. Doe"
    elif _is_initial(first):
        k = j + 1
        while k < len(toks) and _is_initial(toks[k][2]) and _adjacent(text, toks[k - 1], toks[k]):
            k += 1
    elif (
        titled
        and re.fullmatch(r"[A-Z]{2,3}", first)
        and first not in acronym_kinds()
        and j + 1 < len(toks)
        and toks[j + 1][2][1:].islower()
    ):
        k = j + 1  # initials run together after a title: "Mr AC Marsh", "Cllr JRB Hale"
    elif titled and _surname(first):
        k = j  # title + surname(s): "Councillor Wright", "Chief Supt Ak Khan"
    else:
        return None
    surnames = 0
    while k < len(toks) and surnames < 2 and _adjacent(text, toks[k - 1] if k > j else toks[j], toks[k]):
        tok = toks[k][2]
        if surnames and re.search(r"[a-z]{2}\.$", toks[k - 1][2]):
            break  # 'N A Eaton. There were …': a full stop after a surname ends the name
        if tok in SURNAME_PARTICLES or (
            not surnames and tok.lower() in SURNAME_PARTICLES
        ):  # 'Nina de Castro', 'Anna van der Berg', 'Sara Van Poole': particles before a surname
            after = k
            while after < len(toks) and toks[after][2].lower() in SURNAME_PARTICLES and after - k < 3:
                after += 1
            if (
                after < len(toks)
                and all(_adjacent(text, toks[n], toks[n + 1]) for n in range(k, after))
                and toks[after][2][:1].isupper()
                and _surname(toks[after][2])
            ):
                k = after
                continue
            if tok in SURNAME_PARTICLES:
                break  # 'Jane Doe de la rue': no surname after them, the name ends before
            # 'Supt Ravi Das': a capitalised particle with no surname after it is the surname
        month_name = (  # 'Councillor Tess April said', but not 'Tess 12 April 2019' nor 'in April 2019'
            tok in MONTHS
            and not surnames
            and k > j
            and _given(toks[j][2])
            and not re.match(r"\s*\d", text[toks[k][1] :])
        )
        if not (_surname(tok) or month_name) or (surnames and tok.replace(".", "").lower() in _titles()):
            break  # 'Cllr Ian Thomas Cllr Jeff Beard': the next person's title ends this name
        following = toks[k + 1][2] if k + 1 < len(toks) else ""
        if (
            surnames
            and following in post_heads()
            and following not in lexicon_person_titles()  # "… Ann Roe Councillor John Doe"
            and not re.search(
                r"[,;:()]", text[toks[k][1] : toks[k + 1][0]]
            )  # not 'Mrs Ann Moewood, Director'
            and is_post(f"{tok} {following}")
        ):
            break  # 'Hamish Roe Divisional Commander': a post begins
        if (
            surnames
            and _given(tok)
            and k + 1 < len(toks)
            and _surname(toks[k + 1][2])
            and _adjacent(text, toks[k], toks[k + 1])
        ):
            break  # the next person starts here: "... Fillis Eleanor Maddocks"
        if surnames and _body_starts(toks, k, text):
            break  # cells run together: "Jane Doe Exampleshire County Council"
        if (
            surnames == 1
            and k - 1 > j
            and not _given(toks[k - 1][2])
            and re.match(r"\s*(?:;|$)", text[toks[k][1] : toks[k][1] + 3])
        ):
            break  # 'Cllr Jo Roe Westby; Cllr …': a word after the surname, then the entry's end, is its place
            # (with a comma after it the three words stay one name: 'Jane Doe Smith, Westby Council')
        if (
            surnames
            and tok in vocabulary()["place_units"]
            and (
                k + 1 < len(toks)
                and toks[k + 1][2] in lexicon_person_titles()
                or re.match(r"\s+\d", text[toks[k][1] :])  # 'Cllr Sam Roe Ward 6'
            )
        ):
            break  # 'Jane Doe Ward Councillor Sam Roe', 'Cllr Sam Roe Ward 6': a ward's label
        k += 1
        surnames += 1
    while k > j + 1 and toks[k - 1][2] in SURNAME_PARTICLES:
        k -= 1  # 'Jane Doe de Westby Council': particles the surname never followed
    if surnames == 0:
        # "Cllr Jones": a title and one word that could be a given name is a surname
        return j + 1 if titled and _surname(first) else None
    if (
        not titled
        and k < len(toks)
        and toks[k][2][:1].isupper()
        and _adjacent(text, toks[k - 1], toks[k])
        and any(t[2].lower() in field_words() for t in toks[k - surnames : k])
    ):
        return None  # 'Fenwick Safeguarding Adults Board': a body's words, not a person
    if not titled and _descriptors_then_head(toks, k, text):
        return None  # 'Calder Moor Integrated Care Board': the body's place, not a person
    return k


def _descriptors_then_head(toks: list, k: int, text: str) -> bool:
    """The capitalised words from token ``k`` on (right after a name) only describe a body and end it,
    two or more ('Integrated Care Board', 'County Council'), whatever follows: no place of their own, as
    'Exampleshire Police' has (one head word alone, 'Jane Doe Council', may be cells run together)."""
    words: list[str] = []
    n = k
    while (
        n < len(toks)
        and len(words) < 6
        and _adjacent(text, toks[n - 1], toks[n])
        and toks[n][2][:1].isupper()
    ):
        words.append(toks[n][2])
        n += 1
    known = common_name_words()
    cut = next((n for n, w in enumerate(words) if w.lower() not in known), len(words))
    # 'Amber Vale Borough Council Westshire Fire …' (a page's cells run together): a body ends at 'Council';
    # 'Democratic Services Officer', 'Neighbourhood Services Area Manager' are posts
    if cut == len(words):
        return cut >= 2 and head_kind(" ".join(words)) in BODY_KINDS
    return cut >= 2 and head_kind(words[cut - 1]) is Kind.ORGANISATION and words[cut] not in post_heads()


@cache
def _body_descriptors() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["body_descriptors"].split())


@cache
def common_name_words() -> frozenset[str]:
    """Words of service areas and body descriptions ('Strategic', 'Management', 'Integrated'): common
    nouns and adjectives in any council's names, whether or not a document writes them in lower case."""
    return field_words() | _body_descriptors()


def _body_starts(toks: list, k: int, text: str) -> bool:
    """Whether the capitalised words from token ``k`` on name a body ('Exampleton Borough Council')."""
    words, n = [], k
    while n < len(toks) and len(words) < 8 and (n == k or _adjacent(text, toks[n - 1], toks[n])):
        tok = toks[n][2]
        if not (tok[:1].isupper() or tok.lower() in CONNECTORS) or tok in lexicon_person_titles():
            break  # (a title starts the next person: 'Westby Bridge Ward Councillor John Walshe')
        words.append(tok)
        n += 1
    units = set(vocabulary()["place_units"])
    return len(words) >= 2 and (head_kind(" ".join(words)) in BODY_KINDS or words[-1] in units)


# -- parts and their types ----------------------------------------------------------------------------


@cache
def field_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["field_words"].split())


def places_body(text: str) -> str | None:
    """'Northshire, Eastby and Westby Community Rehabilitation Company': a body named for places written as a
    list, its commas its own; None for any other text."""
    *places, last = text.strip(" .,;").split(", ")
    place = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
    if (
        places
        and head_kind(last)
        and all(place.fullmatch(p) and not head_kind(p) and not part_type(p) for p in places)
    ):
        return text.strip(" .,;")
    return None


def body_and_services(text: str) -> str | None:
    """'Westby Council Children, Adults and Families; Community Safety': a body's name run on into the services
    of it that take part, listed with commas and semicolons: the body alone; None for any other text."""
    m = re.match(
        r"\s*(.+?\b(?:Council|Trust|Police|Constabulary|Service|Board|Authority))\s+([A-Z].*)$", text
    )
    if not m or not re.search(r"[,;]", m.group(2)):
        return None
    words = re.findall(r"[A-Za-z][\w'’-]*", m.group(2))
    known = field_words() | {"and", "&", "of", "the", "families", "family", "services", "public"}
    return m.group(1).strip() if words and all(w.lower() in known for w in words) else None


def unknown_person(part: str) -> PersonSpan | None:
    """Two or three capitalised words that name no body, post or role: a person whose given name the
    name lists lack ("Nici Evans"). Only for places where a person is expected (a list's entry)."""
    words = part.split()
    if not 2 <= len(words) <= 3 or not (_given(words[0]) or _surname(words[0])):
        return None
    if words[0].endswith("ing") and not _given(words[0]):
        return None  # 'Working Together', 'Building Bridges': a title opened by a verb, no person
    if not all(w[:1].isupper() and w.lower() not in org_words() and w not in post_heads() for w in words):
        return None
    if any(is_acronym(w) for w in words):  # "Westvale UHB"
        return None
    if part_type(part) in {"post", "organisation", "role"}:
        return None
    return PersonSpan(0, len(part), part, part)


@cache
def comma_names() -> re.Pattern:
    """Names with a comma inside ('Police, Fire and Crime Commissioner'), one alternation."""
    return re.compile("|".join(re.escape(n) for n in vocabulary()["names_with_commas"]))


CONTACT_TAIL = re.compile(  # a contact's field, or a telephone number written bare ('… Manager 0208 825 6380')
    r"\s+(?:(?:Tel|Telephone|Phone|Mobile|Email|E-mail|Fax|Ext)\.?\s*:|(?:\+44\s?|0)\d{2,4}\s?\d{3,4}\s?\d{3,4}\b)"
)


PORTFOLIO = re.compile(  # 'Portfolio Holder: Culture, Tourism and the Voluntary Sector': one post, its remit after ':'
    r"\b(?:Deputy\s+)?(?:Portfolio\s+Holder|Cabinet\s+Member|Lead\s+Member|Executive\s+Member)\s*:\s+[A-Z][^;()]*"
)


def split_parts(text: str) -> list[tuple[int, int, str]]:
    """The parts of an entry, with offsets: 'Head of X, Exampleton Council (Chair)' -> three parts; a name
    with a comma inside is one part."""
    if cut := CONTACT_TAIL.search(text):  # '…, Democratic Services Officer  Tel: 0208 …': contact details
        text = text[: cut.start()]
    out, pos = [], 0
    whole = [m.span() for m in comma_names().finditer(text)] if "," in text else []
    whole += [m.span() for m in PORTFOLIO.finditer(text)] if ":" in text else []
    for m in SEPARATOR.finditer(text):
        if any(a < m.start() < b for a, b in whole):
            continue
        if m.start() > pos:
            out.append((pos, m.start(), text[pos : m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text), text[pos:]))
    return [(a, b, p.strip()) for a, b, p in out if p.strip(" .:-–")]


@cache
def _roles() -> list[tuple[re.Pattern, re.Pattern, str]]:
    """(opening pattern, closing pattern, role) for every role word, longest first."""
    forms = [(w, role) for role, words in vocabulary()["roles"].items() for w in words]
    out = []
    for word, role in sorted(forms, key=lambda f: len(f[0]), reverse=True):
        body = r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", word)))
        out.append((re.compile(rf"(?i)^{body}\b(.*)$"), re.compile(rf"(?i)^(?:\S+\s+){{1,3}}{body}$"), role))
    return out


@lru_cache(maxsize=65536)
def role_of(part: str) -> tuple[str, str | None] | None:
    """('chair', None) for 'Chair' or 'CSP Chairman'; ('chair', 'X Board') for 'Chair of X Board'."""
    part = part.strip(" .")
    for opening, closing, role in _roles():
        m = opening.match(part)
        if m:
            rest = m.group(1).strip(" -–:")
            of = re.match(r"(?i)of\s+(?:the\s+)?(.+)", rest)
            if of:
                return role, of.group(1).strip()
            return (role, None) if not rest[:1].isupper() else None  # "Chair", "Chair - until May"
        if closing.match(part):  # "Partnership Chairman"
            return role, None
    return None


@cache
def _org_endings() -> re.Pattern:
    forms = sorted(vocabulary()["org_endings"], key=len, reverse=True)
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, forms))})\b(?:\s+[A-Z][\w'’-]*){{0,3}}$")


@cache
def _org_named() -> re.Pattern:
    """A part ending in a body of the gazetteer ('Northern Ireland Housing Executive'), nothing after it."""
    forms = sorted(vocabulary()["org_endings"], key=len, reverse=True)
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, forms))})$")


def named_body(part: str) -> bool:
    """A part ending in a body of the gazetteer ('… Youth Offending Service'), though its words are common."""
    return _org_named().search(part.strip()) is not None


@lru_cache(maxsize=65536)
def head_kind(part: str) -> Kind | None:
    """The kind a name's head word gives (last matching word wins), or None: 'Exampleton Police' -> organisation."""
    part = re.sub(r"\(.*?\)", " ", part).strip()
    if _org_endings().search(part):
        return Kind.ORGANISATION
    words = re.findall(r"[A-Za-z][\w'’-]*", part)
    table, short = org_words(), acronym_kinds()
    for w in reversed(words):
        kind = table.get(w.lower()) or short.get(w)  # 'Westvale CSP': a partnership
        if kind is not None:
            return kind
    return None


@lru_cache(maxsize=65536)
def part_type(part: str) -> str | None:
    """'role', 'post', 'organisation' or 'person' for a part of a people-list entry; None when unknown."""
    part = part.strip(" .:;")
    if not part or not part[:1].isupper():
        return None
    office = re.sub(
        r"\s+for\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}$", "", part
    )  # '… for Northshire'
    if not re.search(r"\bOffice\s+of\b", part) and any(office.endswith(o) for o in vocabulary()["offices"]):
        return "post"  # "Police and Crime Commissioner": an office, though a body in law; "Clinical Chair"
    if role_of(part):
        return "role"
    if re.match(r"(?:Clerk|Secretary|Adviser|Advisor|Solicitor|Treasurer)\s+to\s+(?:the\s+)?[A-Z]", part):
        return "post"  # 'Clerk to the Community Council': an office held for a body
    if part in vocabulary()["post_acronyms"]:
        return "post"
    if _org_named().search(part) and not re.match(r"[\w-]+(?:\s+[\w-]+)?\s+(?:of|for)\s", part):
        return "organisation"  # 'Northern Ireland Housing Executive': a body of the gazetteer, though '… Executive'
    if is_post(part) or re.match(
        r"(?:Cabinet|Executive|Lead|Portfolio|Deputy Cabinet)\s+(?:Member|Holder)\b", part
    ):
        return "post"
    words = part.split()
    if head_kind(part) is None and any(w in post_heads() for w in words[1:]):
        return "post"  # "Business Manager Community Safety"
    if len(words) > 2 and words[1] in post_heads() and is_post(" ".join(words[:2])):
        return "post"  # "Team Leader EH Commercial and Trading Standards": a post, then what it leads
    if (
        head_kind(part) in BODY_KINDS
        and words[-1][:1].isupper()  # 'Actions from the last meeting' is a heading, no body
        or is_acronym(part.split()[0])
        and len(part.split()) <= 2
    ):
        return "organisation"
    people = people_in(part)
    if people and people[0].start == 0 and people[0].end >= len(part) - 1:
        return "person"
    return None


NAME_RUN = re.compile(
    r"[A-Z0-9][\w'’&.-]*(?:\s+(?:(?:of|and|for|the|&|in|on|at|to)\s+)*[A-Z0-9(][\w'’&.()-]*)*"
)


def name_prefix(text: str) -> str:
    """The capitalised name a phrase opens with: 'West Exampleshire Police on the figures' -> 'West Exampleshire Police'."""
    m = NAME_RUN.match(text.strip())
    return m.group(0).strip(" .") if m else ""


# 'Head of Safeguarding at Kelby Council': the post, then the body it is in
POST_AT = re.compile(
    r"(.{3,80}?)\s+at\s+(?:the\s+)?[A-Z].*(?:Council|Police|Trust|Board|Service|NHS|Constabulary)$"
)
POST_OF = re.compile(r"^(?P<post>.{3,80}?)\s+of\s+(?:the\s+)?(?P<body>[A-Z].{2,100})$")


def post_in(name: str) -> Mention:
    """'Chief Executive of Rothwick Borough Council' -> the post 'Chief Executive' in that council (a post
    of a body, not a role: 'Chair of the X Board' stays whole)."""
    m = POST_OF.match(name)
    if (
        m
        and is_post(m.group("post"))
        and part_type(m.group("post")) == "post"
        and part_type(m.group("body")) == "organisation"
        and len(m.group("body").split()) >= 2
    ):
        return Mention(m.group("post"), Kind.POST, scope=m.group("body").strip(" .,;"))
    return Mention(name, Kind.POST)


def body_cut(line: str, following: str) -> bool:
    """A body's name cut at the line's end ('…, Brackley Fen' / 'District Council; …'): the line's last part
    names no body alone, and with the next line's first part it names one."""
    tail = re.split(r"[,;()]", line)[-1].strip()
    head = re.split(r"[,;()]", following)[0].strip()
    return bool(tail and head) and head_kind(tail) is None and part_type(f"{tail} {head}") == "organisation"
