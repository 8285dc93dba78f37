"""Names: normalising, telling people from posts from organisations, inferring an entity's kind."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

import yaml

from .model import Kind


@cache
def lexicon() -> dict:
    return yaml.safe_load((files("ingest.data") / "lexicon.yaml").read_text(encoding="utf-8"))


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
    text = re.sub(r"'s\b", "s", text)
    text = re.sub(r"\bwell[\s-]+being\b", "wellbeing", text)
    text = re.sub(r"(\w)- (\w)", r"\1\2", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def tidy(name: str) -> str:
    """A display form: hyphen line-breaks mended, stray punctuation and white space trimmed."""
    name = unicodedata.normalize("NFC", name)
    name = re.sub(r"(\w)- (\w)", r"\1-\2", name)
    name = re.sub(r"\s+", " ", name).strip(" ,;:.-–—*'\"‘’“”")
    name = re.sub(r"^(?:(?:the|The|for|of|and|in|to|by|with|from|through|Through)\s+)+(?=[A-Z])", "", name)
    if name.count("(") > name.count(")"):
        name = name.split("(")[0].strip()
    return name


def initials(name: str) -> str:
    """Capital initials of the significant words: 'Children and Family Wellbeing Service' -> 'CFWS'."""
    words = re.findall(r"[A-Za-z][\w']*", name)
    return "".join(
        w[0].upper() for w in words if w.lower() not in {"and", "of", "the", "for", "in", "on", "to", "a"}
    )


def is_acronym(token: str) -> bool:
    core = token.replace("&", "").replace("'s", "").rstrip("s")
    return (
        len(core) >= 2
        and core.isupper()
        and core.isalpha()
        or bool(re.fullmatch(r"[A-Z]{2,}&[A-Z]+|[A-Z&]{3,}", token))
    )


def looks_like_person(name: str, known_given: frozenset[str] | set[str] = frozenset()) -> bool:
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
    given = given_names() | known_given
    return first in given and all(w[:1].isupper() for w in words[1:]) and len(words) <= 3


def is_post(name: str) -> bool:
    words = re.findall(r"[A-Za-z][\w-]*", name)
    if not words:
        return False
    if words[0] in {"Office", "Department", "Ministry"}:
        return False
    if words[-1] in post_heads() or words[0] in {"Head", "Director", "Chief", "Deputy", "Assistant"}:
        return True
    tokens = name.split()
    return any(
        t in post_heads() and k + 1 < len(tokens) and tokens[k + 1] in {"of", "for", "in"}
        for k, t in enumerate(tokens)
    )


def kind_of(name: str, default: Kind = Kind.ORGANISATION) -> Kind:
    """Guess what a name names from its words, the last words weighing most."""
    if is_post(name):
        return Kind.POST
    words = re.findall(r"[A-Za-z][\w'-]*", re.sub(r"\(.*?\)", " ", name))
    table = org_words()
    for w in reversed(words):
        kind = table.get(w.lower())
        if kind is not None:
            if kind is Kind.GROUP and w.lower() == "executive" and len(words) == 1:
                return Kind.POST
            return kind
    if looks_like_person(name):
        return Kind.PERSON
    return default
