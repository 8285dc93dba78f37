"""The name index of one build, and search over it.

The index holds every entity under the base IRI with its label, aliases, code, kind and
degree (how many facts name it). It is read once per build and kept by the store object
(:meth:`graph.store.GraphStore.per_build`, keyed on the build id), so a rebuild is picked up on the
next request.

Ranking, best first: the folded text equals a label, alias or code; the text equals one
ignoring spaces and punctuation (``ERM2-NS(1)`` == ``ERM2 - NS(1)``); every word of the text
starts a word of a name; a fuzzy match (rapidfuzz token_set_ratio) of 80
or more between names of similar length that holds a distinctive word of the text (one few
names share, such as a place), so another council's body is not offered for a name never read. Ties go to the entity with more facts, then to the shorter label.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .errors import BadRequest, NotFound
from .namespaces import sparql_prefixes
from .rdf import KIND_OF_CLASS
from .store import GraphStore

MAX_QUERY_CHARS = 500
FUZZY_CUTOFF = 80.0
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})

# One scan per property: with the union default graph a triple comes once per document naming it.
Q_TYPES = (
    sparql_prefixes()
    + "SELECT DISTINCT ?e ?class WHERE { VALUES ?class { "
    + " ".join(f"<{c}>" for c in KIND_OF_CLASS)
    + " } ?e a ?class }"
)
Q_LABELS = sparql_prefixes() + "SELECT DISTINCT ?e ?name WHERE { ?e skos:prefLabel ?name }"
Q_CODES = sparql_prefixes() + "SELECT DISTINCT ?e ?name WHERE { ?e skos:notation ?name }"
Q_ALIASES = sparql_prefixes() + "SELECT DISTINCT ?e ?name WHERE { ?e skos:altLabel ?name }"
Q_DEGREE = (
    sparql_prefixes()
    + """SELECT ?e (COUNT(?x) AS ?n) WHERE {
  { ?x rdf:subject ?e } UNION { ?x rdf:object ?e } UNION { ?x pg:funder ?e }
  UNION { ?x pg:recipient ?e } UNION { ?x pg:indicator ?e } UNION { ?x org:member ?e }
} GROUP BY ?e"""
)
Q_DOCUMENTS = (
    sparql_prefixes()
    + """SELECT DISTINCT ?e ?doc WHERE { GRAPH ?g {
  ?e pg:mentionedIn ?x . ?d a foaf:Document ; dcterms:identifier ?doc } }"""
)


def fold(text: str) -> str:
    """Case, accents, punctuation, ``&``/``and``, ``'s`` and a leading "the" folded away."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    text = re.sub(r"'s\b", "s", text.replace("&", " and "))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[\W_]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def clean_text(text: str) -> str:
    """User text as NFC; empty, over-long or control-character text is a BadRequest."""
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise BadRequest("text contains a lone surrogate")
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise BadRequest("text is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise BadRequest(f"text is longer than {MAX_QUERY_CHARS} characters")
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text):
        raise BadRequest("text contains control characters")
    return text


@dataclass(frozen=True)
class Entry:
    iri: str
    id: str
    label: str
    type: str | None
    aliases: tuple[str, ...]
    code: str | None
    degree: int
    documents: tuple[str, ...] = ()  # file names of the documents that state something about it

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "label": self.label,
            "type": self.type,
            "aliases": list(self.aliases),
            "code": self.code,
            "documents": list(self.documents),
        }


@dataclass
class NameIndex:
    """Entities of one build by id, and their folded names for search."""

    base: str
    entries: dict[str, Entry] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)  # folded names ...
    owners: list[str] = field(default_factory=list)  # ... and the id each belongs to
    by_fold: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_compact: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # ERM2-NS(1): erm2ns1
    by_word: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))  # word -> name positions
    by_type: dict[str | None, set[str]] = field(default_factory=lambda: defaultdict(set))
    _words: list[str] | None = None  # sorted words, for prefix look-ups

    def add(self, entry: Entry) -> None:
        self.entries[entry.id] = entry
        self.by_type[entry.type].add(entry.id)
        self._words = None
        for name in sorted({entry.label, entry.code, *entry.aliases} - {None, ""}):
            folded = fold(name)
            if folded:
                for word in folded.split():
                    self.by_word[word].add(len(self.names))
                self.names.append(folded)
                self.owners.append(entry.id)
                self.by_fold[folded].add(entry.id)
                self.by_compact[folded.replace(" ", "")].add(entry.id)

    def id_of(self, iri: str) -> str | None:
        return iri[len(self.base) :] if iri.startswith(self.base) else None

    def iri_of(self, entity_id: str) -> str:
        entry = self.entries.get(entity_id)
        return entry.iri if entry else (entity_id if "://" in entity_id else self.base + entity_id)

    def ids_of_type(self, kind: str) -> set[str]:
        return self.by_type.get(kind, set())

    def get(self, entity_id: str) -> Entry:
        """The entry of a well-formed, known id; anything else is NotFound."""
        if not isinstance(entity_id, str) or not ID_RE.fullmatch(entity_id) or entity_id not in self.entries:
            raise NotFound(f"no entity with id {str(entity_id)[:80]!r}")
        return self.entries[entity_id]

    def ref(self, iri: str) -> dict:
        """The entity dict of any IRI, also one the index does not hold."""
        entity_id = self.id_of(iri)
        entry = self.entries.get(entity_id) if entity_id else None
        if entry:
            return entry.as_dict()
        return {"id": entity_id or iri, "label": entity_id or iri, "type": None, "aliases": [], "code": None}

    def rank(self, text: str, limit: int, only: Collection[str] | None = None) -> list[Entry]:
        """Entries matching ``text``, best first (see the module docstring); ``only`` these ids."""
        return [entry for entry, _ in self.ranked(text, limit, only)]

    def ranked(self, text: str, limit: int, only: Collection[str] | None = None) -> list[tuple[Entry, int]]:
        """Like :meth:`rank`, with the tier each entry matched in (0 exact … 3 fuzzy)."""
        query = fold(text)
        best: dict[str, tuple[int, float]] = {}
        tiers = (
            lambda: ((i, 100.0) for i in self.by_fold.get(query, ())),
            lambda: ((i, 100.0) for i in self.by_compact.get(query.replace(" ", ""), ())),
            lambda: self._word_starts(query),
            lambda: self._fuzzy(query, only, self._qualifiers(text)),
        )
        for tier, found in enumerate(tiers):
            if not query or len(best) >= limit:  # a later tier cannot reach the first `limit`
                break
            for entity_id, score in found():
                if (only is None or entity_id in only) and (
                    entity_id not in best or best[entity_id][0] == tier and score > best[entity_id][1]
                ):
                    best[entity_id] = (tier, score)

        def order(i: str) -> tuple:
            entry = self.entries[i]
            return (
                best[i][0],
                -best[i][1],
                -entry.degree,
                len(entry.label),
                entry.label,
                i,
            )  # i: same order every build

        return [(self.entries[i], best[i][0]) for i in sorted(best, key=order)[:limit]]

    def _word_starts(self, query: str) -> Iterator[tuple[str, float]]:
        """Names in which every word of the query starts a word; shorter names score higher."""
        if self._words is None:
            self._words = sorted(self.by_word)
        positions: set[int] | None = None
        for word in query.split():
            found: set[int] = set()
            at = bisect_left(self._words, word)
            while at < len(self._words) and self._words[at].startswith(word):
                found |= self.by_word[self._words[at]]
                at += 1
            positions = found if positions is None else positions & found
            if not positions:
                return
        for pos in positions or ():
            yield self.owners[pos], 100.0 * len(query) / len(self.names[pos])

    def _fuzzy(
        self, query: str, only: Collection[str] | None, qualifiers: Collection[str] = ()
    ) -> list[tuple[str, float]]:
        """Names alike in their words (token_set_ratio), but not a short name inside a long query.

        WRatio is not used: its partial scores rate any two names sharing one word at 85.
        """
        if len(query) < 3:
            return []
        positions = (
            range(len(self.names)) if only is None else [p for p, i in enumerate(self.owners) if i in only]
        )
        choices = [self.names[p] for p in positions]
        hits = process.extract(
            query, choices, scorer=fuzz.token_set_ratio, score_cutoff=FUZZY_CUTOFF, limit=None
        )
        distinctive = [w for w in self._distinctive(query) if w not in qualifiers]
        return [
            (self.owners[positions[at]], (score + fuzz.token_sort_ratio(query, name)) / 2)
            for name, score, at in hits
            if min(len(name), len(query)) >= 0.5 * max(len(name), len(query))
            and (not distinctive or any(fuzz.ratio(w, n) >= 85 for w in distinctive for n in name.split()))
        ]

    @staticmethod
    def _qualifiers(text: str) -> set[str]:
        """Words written in lower case in a name written with capitals ('shadow' in 'shadow Health and
        Wellbeing Board'): common words qualifying the name, never the place or person that tells one
        council's body from another's."""
        words = text.split()
        if not any(w[:1].isupper() for w in words):
            return set()
        return {fold(w) for w in words if w[:1].islower()}

    def _distinctive(self, query: str) -> list[str]:
        """Query words few names share (a place, a surname): a fuzzy hit must hold one of them, so
        that 'Safer Northtown Partnership' does not find another council's 'Safer Southtown Partnership'."""
        common = max(20, len(self.names) // 50)
        return [w for w in query.split() if len(w) >= 4 and len(self.by_word.get(w, ())) < common]


def _names(store: GraphStore, query: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for row in store.select(query):
        out[row["e"].value].append(row["name"].value)
    return out


def load_index(store: GraphStore, base: str) -> NameIndex:
    """Read every entity under ``base`` with its names and degree."""
    labels, codes, aliases = (_names(store, q) for q in (Q_LABELS, Q_CODES, Q_ALIASES))
    degree = {row["e"].value: int(row["n"].value) for row in store.select(Q_DEGREE)}
    documents: dict[str, set[str]] = defaultdict(set)
    for row in store.select(Q_DOCUMENTS):
        documents[row["e"].value].add(row["doc"].value)
    index = NameIndex(base)
    for row in store.select(Q_TYPES):
        iri = row["e"].value
        entity_id = index.id_of(iri)
        if not entity_id or entity_id in index.entries:
            continue
        label = min(labels.get(iri) or [entity_id])
        index.add(
            Entry(
                iri=iri,
                id=entity_id,
                label=label,
                type=KIND_OF_CLASS[row["class"].value].value,
                aliases=tuple(sorted(set(aliases.get(iri, ())) - {label})),
                code=min(codes[iri]) if codes.get(iri) else None,
                degree=degree.get(iri, 0),
                documents=tuple(sorted(documents.get(iri, ()))),
            )
        )
    return index


def name_index(store: GraphStore, base: str) -> NameIndex:
    """The name index of the build the store shows now: read once per build, kept by the store object."""
    return store.per_build(("name-index", base), lambda: load_index(store, base))


def search(store: GraphStore, base: str, text: str, limit: int = 10) -> list[dict]:
    """Entities matching ``text`` (a name, alias, acronym or code), best first."""
    if not 1 <= limit <= 1000:
        raise BadRequest("limit must be between 1 and 1000")
    return [e.as_dict() for e in name_index(store, base).rank(clean_text(text), limit)]
