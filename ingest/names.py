"""Names: normalising, telling people from posts from organisations, inferring an entity's kind."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache, wraps
from importlib.resources import files

import yaml

from .model import Kind


def _short_cache(fn):
    """``fn`` memoised for short texts (names): pure functions of their arguments called many times over
    the same names; a long text is computed, not kept."""
    cached = lru_cache(maxsize=65536)(fn)

    @wraps(fn)
    def wrapper(text, *args, **kw):
        if kw or len(text) > 300:
            return fn(text, *args, **kw)
        return cached(text, *args)

    wrapper.cache_clear = cached.cache_clear
    return wrapper


_POSSESSIVE = re.compile(r"'s\b")
_WELLBEING = re.compile(r"\bwell[\s-]+being\b")
_HYPHEN_BREAK = re.compile(r"(\w)- (\w)")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_LEADING_THE = re.compile(r"^the ")
_SPACES = re.compile(r"\s+")
_LEAD_WORDS = re.compile(r"^(?:(?:the|The|for|of|and|in|to|by|with|from|through|Through)\s+)+(?=[A-Z])")
_WORDS = re.compile(r"[A-Za-z][\w']*")
_ACRONYM = re.compile(r"[A-Z]{2,}&[A-Z]+|[A-Z&]{3,}")
_POST_WORDS = re.compile(r"[A-Za-z][\w-]*")
_KIND_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_BRACKETED = re.compile(r"\(.*?\)")


def data_file(name: str):
    """A data file of ``ingest/data`` parsed safely (by libyaml when installed: the same result, faster)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((files("ingest.data") / name).read_text(encoding="utf-8"), Loader=loader)


SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "to", "a"})  # left out of initials

SLUG_MAX = 60  # characters of a slug: an entity id's name part, a document's graph, a role


def fold(text: str) -> str:
    """White space runs folded to one space, ends trimmed (the same as ``re.sub(r"\\s+", " ", t).strip()``).

    >>> fold("  Jane\\tDoe\\n (Chair) ")
    'Jane Doe (Chair)'
    """
    return " ".join(text.split())


def slug(text: str) -> str:
    """The one function that turns text into an IRI-safe path segment: lower case, ``&`` as "and", every
    run of other characters one hyphen, at most :data:`SLUG_MAX` characters; ``x`` for nothing.

    >>> slug("Children & Families Partnership")
    'children-and-families-partnership'
    >>> slug("javascript:alert(1)")
    'javascript-alert-1'
    """
    text = _NON_ALNUM.sub("-", text.lower().replace("&", " and ")).strip("-")
    return text[:SLUG_MAX].strip("-") or "x"


def alternation(words: str) -> str:
    """'a | b c | d' (a data file's list of phrases) -> 'a|b c|d', for a regular expression."""
    return "|".join(w.strip() for w in words.split("|") if w.strip())


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether a case-blind pattern may find one of ``words`` (in lower case) in ``text``: a quick test before
    the pattern. Also true of a text holding 'ſ', 'ı' or 'İ', which such a pattern reads as 's' or 'i'."""
    low = text.lower()
    return any(w in low for w in words) or not text.isascii() and any(c in text for c in "ſıİ")


def by_letter(alternatives: list[str], ignore_case: bool) -> str:
    """Alternatives of a regular expression grouped under their first letter, in their order within each
    group: ['apologies', 'members', 'absent'] -> 'a(?:pologies|bsent)|m(?:embers)'. The same matches (at one
    place in a text only one letter's alternatives can match, and those are tried in the same order), but
    a place is tried against one letter's alternatives, not against every alternative in turn (the engine
    skips an alternative by its first letter only when case matters). Unchanged unless every alternative
    opens with a plain ASCII letter and is whole (no '|' of its own, its brackets closed: not a piece of a
    group cut at a '|').

    >>> by_letter(["Apologies", "Members", "absent"], ignore_case=True)
    'a(?:pologies|bsent)|m(?:embers)'
    """
    if not all(
        a[:1].isascii()
        and a[:1].isalpha()
        and a[1:2] not in ("?", "*", "+", "{")
        and "|" not in a
        and a.count("(") == a.count(")")
        and a.count("[") == a.count("]")
        for a in alternatives
    ):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0].lower() if ignore_case else a[0], []).append(a[1:])
    return "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in groups.items())


@cache
def lexicon() -> dict:
    return data_file("lexicon.yaml")


@cache
def given_names() -> frozenset[str]:
    names = set(lexicon()["given_names"].split())
    for full, short in lexicon()["diminutives"].items():
        names.add(full)
        names.update(short)
    return frozenset(names)


@cache
def diminutive_groups() -> dict[str, frozenset[str]]:
    """Each given name (lower case) to the set of names it may stand for."""
    groups: dict[str, set[str]] = {}
    for full, short in lexicon()["diminutives"].items():
        family = {full.lower(), *(s.lower() for s in short)}
        for name in family:
            groups.setdefault(name, set()).update(family)
    return {k: frozenset(v) for k, v in groups.items()}


@cache
def post_heads() -> frozenset[str]:
    return frozenset(lexicon()["post_heads"].split())


AND_WORD = re.compile(r"\s+(?:and|&)\s+(\w+)")


def and_post(text: str) -> re.Match[str] | None:
    """Where a second post starts in a name run on ('Chair of X and Director, Y', '… Council and Chairman of Z'):
    the first ' and ' or ' & ' followed by a post's head word."""
    return next((m for m in AND_WORD.finditer(text) if m.group(1) in post_heads()), None)


@cache
def org_words() -> dict[str, Kind]:
    out: dict[str, Kind] = {}
    for kind, words in lexicon()["org_words"].items():
        for w in words.split():
            out.setdefault(w.lower(), Kind(kind))
    return out


@cache
def acronyms() -> dict[str, str]:
    return dict(lexicon()["acronyms"])


@cache
def acronym_kinds() -> dict[str, Kind]:
    """What a known acronym's full name names, by its head word: 'CSP' -> partnership, 'SAB' -> group."""
    table = org_words()
    out = {}
    for short, full in acronyms().items():
        head = _KIND_WORDS.findall(full)[-1:]  # the last word names what it is ('… Assessment' is no body)
        if head and head[0].lower() in table:
            out[short] = table[head[0].lower()]
    return out


def place_acronym_kind(token: str) -> Kind | None:
    """What a place's letters before a known acronym name: 'WLCSP' (W L + CSP) -> partnership, 'NYSAB' ->
    group; None for any other token."""
    if not (4 <= len(token) <= 9 and token.isupper() and token.isalpha()):
        return None
    short = acronym_kinds()
    for cut in range(1, min(4, len(token) - 3) + 1):
        if (kind := short.get(token[cut:])) is not None:
            return kind
    return None


@cache
def qualifiers() -> frozenset[str]:
    """Common words that qualify a group's name ('Youth JAG'): never taken for a place."""
    return frozenset(lexicon()["qualifiers"].lower().split())


@cache
def person_titles() -> frozenset[str]:
    return frozenset(lexicon()["person_titles"])


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The comparison form of a name: case, punctuation, '&'/'and', possessives and a leading 'the' folded."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("&", " and ").replace("\u2019", "'").replace("\u2018", "'")
    text = _POSSESSIVE.sub("s", text)
    text = _WELLBEING.sub("wellbeing", text)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _NON_ALNUM.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


@_short_cache
def tidy(name: str) -> str:
    """A display form: hyphen line-breaks mended, stray punctuation and white space trimmed."""
    name = unicodedata.normalize("NFC", name)
    name = _HYPHEN_BREAK.sub(r"\1-\2", name)
    name = _SPACES.sub(" ", name).strip(" ,;:.-–—*'\"‘’“”")
    name = _LEAD_WORDS.sub("", name)
    if name.count("(") > name.count(")"):
        name = name.split("(")[0].strip()
    return name


@_short_cache
def titlecase(text: str) -> str:
    """An upper-case name in title case ('COMMUNITY SAFETY PARTNERSHIP' -> 'Community Safety
    Partnership'), small words lower; any other text as it is."""
    if not text.isupper():
        return text
    small = {"and", "of", "the", "for", "in", "on", "to", "at", "a"}
    words = text.lower().split()
    return " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def initials(name: str) -> str:
    """Capital initials of the significant words: 'Children and Family Wellbeing Service' -> 'CFWS'."""
    words = _WORDS.findall(name)
    return "".join(w[0].upper() for w in words if w.lower() not in SMALL_WORDS)


@_short_cache
def is_acronym(token: str) -> bool:
    core = token.replace("&", "").replace("'s", "").rstrip("s")
    return len(core) >= 2 and core.isupper() and core.isalpha() or bool(_ACRONYM.fullmatch(token))


def looks_like_person(name: str, known_given: frozenset[str] | set[str] = frozenset()) -> bool:
    if not known_given:
        return _looks_like_person(name)
    return _looks_like_person_in(name, known_given)


@_short_cache
def _looks_like_person(name: str) -> bool:
    return _looks_like_person_in(name, frozenset())


def _looks_like_person_in(name: str, known_given: frozenset[str] | set[str]) -> bool:
    words = name.replace(".", " ").split()
    if len(words) < 2 or len(words) > 5:
        return False
    first = words[0]
    if first in person_titles():
        return all(w[:1].isupper() for w in words[1:]) and not any(
            w.lower() in org_words() for w in words[1:]
        )
    if any(w.lower() in org_words() for w in words) or any(w in post_heads() for w in words):
        return False
    return (
        (first in given_names() or first in known_given)
        and all(w[:1].isupper() for w in words[1:])
        and len(words) <= 3
    )


PARTNERSHIP_BODIES = frozenset({"partnership", "board", "trust", "alliance", "commission", "forum", "group"})


@_short_cache
def is_post(name: str) -> bool:
    words = _POST_WORDS.findall(name)
    if not words:
        return False
    if words[0] in {"Office", "Department", "Ministry"}:
        return False
    if words[-1] == "Executive" and len(words) >= 2 and words[-2].lower() in PARTNERSHIP_BODIES:
        return False  # 'Safer Kelby Partnership Executive': the partnership's executive group
    if words[-1] in post_heads() or words[0] in {"Head", "Director", "Chief", "Deputy", "Assistant"}:
        return True
    tokens = name.split()
    return any(
        t in post_heads() and k + 1 < len(tokens) and tokens[k + 1] in {"of", "for", "in"}
        for k, t in enumerate(tokens)
    )


@_short_cache
def kind_of(name: str, default: Kind = Kind.ORGANISATION) -> Kind:
    """Guess what a name names from its words, the last words weighing most."""
    if is_post(name):
        return Kind.POST
    words = _KIND_WORDS.findall(_BRACKETED.sub(" ", name))
    table, short = org_words(), acronym_kinds()
    for w in reversed(words):
        kind = table.get(w.lower()) or short.get(w)  # 'Westvale CSP': a partnership
        if kind is not None:
            if kind is Kind.GROUP and w.lower() == "executive" and len(words) == 1:
                return Kind.POST
            return kind
    if looks_like_person(name):
        return Kind.PERSON
    return default
