"""Entity resolution: mentions from every document into entities, each merge explained.

Identity is scoped to its council first: a generic name (no proper noun in it: "Executive Group",
"PCC", "Councillor Moore") takes its document's area as scope (the proper noun its bodies' names use
most), so one council's papers share it and another's never do; a generic name in a document titled
after its own body ("the Public Services Board" under "Northtown Public Services Board") is that body.
The documents' facts are rewritten so (their mentions carry the scope).

Rules, in order (each recorded on the entity as ``rule: name ~ name``):

1. same normalised name and compatible kind (case, punctuation, '&'/'and', a leading 'the');
2. same name once acronyms inside it are expanded ("Youth JAG" ~ "Youth Joint Action Group"), using the
   document's own definitions ("Full Name (ACR)", glossary rows) first, then the shipped acronym list;
3. an acronym whose letters are the initials of one known name, in any order ("C&WFS" ~ "CFWS" ~
   "Children and Family Wellbeing Service"), the same document's names first;
4. a generic suffix dropped ("… Programme", "… Sub Group"), and "Board" after a partnership's name
   ("Safer Exampleton Partnership Board" is the partnership);
5. a leading place word dropped when the document also uses the longer name ("Joint Action Group" ~
   "Exampleton Joint Action Group");
6. people: same surname and compatible given names (diminutives, initials: "T Smith" ~ "Tim Smith" ~
   "Timothy Smith"); a surname with only a title or an initial, within one document;
7. coded items (actions, indicators) by their code within the document that defines them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import partial

from .mentions import common_name_words
from .model import DocumentFacts, Entity, Kind, Mention, Resolved
from .names import (
    acronyms,
    diminutive_groups,
    initials,
    is_acronym,
    norm,
    org_words,
    person_titles,
    qualifiers,
    slug,
    tidy,
)

ORGLIKE = {Kind.ORGANISATION, Kind.PARTNERSHIP, Kind.GROUP, Kind.SERVICE, Kind.FUND, Kind.PROJECT, Kind.PLAN}
PREFIX = {
    Kind.ORGANISATION: "org",
    Kind.PARTNERSHIP: "partnership",
    Kind.GROUP: "group",
    Kind.SERVICE: "service",
    Kind.PERSON: "person",
    Kind.POST: "post",
    Kind.PLAN: "plan",
    Kind.PRIORITY: "priority",
    Kind.ACTION: "action",
    Kind.INDICATOR: "indicator",
    Kind.FUND: "fund",
    Kind.PROJECT: "project",
}
KIND_RANK = [
    Kind.PARTNERSHIP,
    Kind.GROUP,
    Kind.SERVICE,
    Kind.FUND,
    Kind.PLAN,
    Kind.PROJECT,
    Kind.ORGANISATION,
]
SUFFIX = re.compile(r"\s+(?:programme|project|scheme|sub ?-?groups?|subgroups?)$")


def code_key(code: str) -> str:
    return re.sub(r"[^a-z0-9]", "", code.lower())


class _Union:
    def __init__(self):
        self.parent: dict[int, int] = {}
        self.why: dict[int, list[str]] = defaultdict(list)

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: int, b: int, why: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.why[ra].extend(self.why.pop(rb, []))
            self.why[ra].append(why)


def _definitions(doc: DocumentFacts) -> dict[str, str]:
    """Acronym -> full name, as this document defines them."""
    out = {}
    for d in doc.descriptions:
        if d.alias and is_acronym(d.alias):
            out[
                d.alias.replace("’", "'").rstrip("s")
                if d.alias.endswith("s") and d.alias[:-1].isupper()
                else d.alias
            ] = d.entity.name
    return out


def _expand(name: str, defs: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        token = m.group(0)
        full = defs.get(token) or acronyms().get(token)
        return full if full else token

    return re.sub(r"\b[A-Z][A-Z&]{1,7}\b", sub, name)


def _person_parts(name: str) -> tuple[str, str] | None:
    words = [w for w in re.sub(r"[.,]", " ", name).split() if w not in person_titles()]
    if not words:
        return None
    surname = words[-1].lower()
    first = words[0].lower() if len(words) > 1 else ""
    return first, surname


def _compatible_given(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return b in diminutive_groups().get(a, frozenset())


def _area(doc: DocumentFacts, common: frozenset[str], title: tuple[str, str] | None = None) -> str:
    """The place a document is about: the place in its title's body ("West Northshire" in "West Northshire
    Community Safety Partnership": a district, not the county its county-wide bodies name), else the proper
    noun its bodies' names use most ("Northtown" in "Northtown Borough Council", "Safer Northtown
    Partnership"), else the document itself."""
    # the title's words before its generic body ('West Northshire' + 'Community Safety Partnership')
    named = ((title[1].title() if title[1].isupper() else title[1]) if title and title[0] else "").split()
    place = next(
        (named[:k] for k in range(1, len(named)) if title and norm(" ".join(named[k:])) == title[0]), []
    )
    if place:
        return f"area:{' '.join(place)}"
    words: Counter[str] = Counter()
    for m, _ in doc.mentions():
        if m.kind in ORGLIKE:
            words.update(
                {
                    w
                    for w in re.findall(r"[A-Z][a-z]{2,}", m.name)
                    if w.lower() not in common and w not in acronyms()
                }
            )
    best = words.most_common(1)
    return f"area:{best[0][0]}" if best and best[0][1] >= 3 else doc.document


def _scoped(documents: list[DocumentFacts], common: frozenset[str]) -> None:
    """Give each generic name ("Executive Group", "PCC", "Councillor Moore") its council's area (or its
    document) as scope, so that the same words in two councils' papers stay two entities while one
    council's papers share them."""
    for doc in documents:
        title = _titled_body(doc, common)
        own = partial(_own, document=_area(doc, common, title), common=common, title=title)
        doc.claims = [replace(c, subject=own(c.subject), object=own(c.object)) for c in doc.claims]
        doc.fundings = [replace(f, funder=own(f.funder), recipient=own(f.recipient)) for f in doc.fundings]
        doc.descriptions = [replace(d, entity=own(d.entity)) for d in doc.descriptions]


def _titled_body(doc: DocumentFacts, common: frozenset[str]) -> tuple[str, str] | None:
    """(generic name, full name) when the document's title names its own body with a place:
    "Northtown Public Services Board" makes "the Public Services Board" in its text that board."""
    first = next((line.strip() for line in doc.text[:2000].splitlines() if line.strip()), "")
    title = doc.title if doc.title and not doc.title.endswith("?") else None  # a question is no title
    title = tidy(title or (first if len(first.split()) <= 10 and not first.endswith(".") else ""))
    title = PLAN_TAIL.sub("", title)  # 'Safer X Partnership Plan 2011-14': the partnership's own papers
    words = title.split()
    for k in range(1, min(3, len(words) - 1)):
        place, rest = words[:k], " ".join(words[k:])
        if _generic(rest, common) and not _generic(" ".join(place), common) and len(rest.split()) >= 2:
            return norm(rest), title
    if _board_of(title):
        return "", title  # 'the Partnership Board' of 'Safer X Partnership'
    return _named_in_lower_case(doc, common)


def _named_in_lower_case(doc: DocumentFacts, common: frozenset[str]) -> tuple[str, str] | None:
    """(generic name, full name) when the text gives a generic body's words in lower case after a proper
    name ('… works as part of the Safer Westby community safety partnership'): 'your Community Safety
    Partnership' in the same page is that one."""
    names = {c.object.name for c in doc.claims if c.object.kind in ORGLIKE}
    names |= {c.subject.name for c in doc.claims if c.subject.kind in ORGLIKE}
    for name in sorted(n for n in names if len(n.split()) >= 2 and _generic(n, common)):
        found = {
            tidy(m.group(1))
            for m in re.finditer(
                rf"((?:[A-Z][\w'’-]*\s+){{1,4}}){re.escape(name.lower())}\b", doc.text[:20000]
            )
        }
        found = {
            f for f in found if not _generic(f, common) and f.split()[0] not in {"The", "Our", "Your", "This"}
        }
        if len(found) == 1:
            return norm(name), f"{found.pop()} {name}"
    return None


PLAN_TAIL = re.compile(
    r"(?:(?<=Partnership)|(?<=Trust))\s+(?:Action\s+|Delivery\s+|Strategic\s+)?(?:Plan|Strategy)\b.*$"
)


def _board_of(title: str) -> str:
    """'the Trust Board' in the papers of 'Eastmoor Children's Services Trust' is the trust's board: the
    trust (its board's name, normalised; '' when the title's body is no trust or partnership)."""
    head = title.split()[-1].lower() if title.split() else ""
    return f"{head} board" if head in ("trust", "partnership", "alliance", "commission") else ""


def _initials_board(name: str, title: tuple[str, str]) -> bool:
    """'the CPP Board' in the papers of 'Dunby Community Planning Partnership': the initials of the
    title's generic part, and 'Board' (a bare 'CPP' stays an alias, by the acronym rules)."""
    m = re.fullmatch(r"([A-Z]{2,6})\s+Board", name.strip())
    return m is not None and len(title[0].split()) >= 2 and m.group(1) == initials(title[0].title())


def _own(
    m: Mention, *, document: str, common: frozenset[str], title: tuple[str, str] | None = None
) -> Mention:
    if m.scope is not None:
        return m
    if (
        title
        and m.kind in ORGLIKE
        and (norm(m.name) in (title[0], _board_of(title[1])) or _initials_board(m.name, title))
    ):
        return replace(m, name=title[1])  # the body the document is about, named in full in its title
    if m.kind in ORGLIKE and _generic(m.name, common):
        return replace(m, scope=document)
    if m.kind is Kind.PERSON and (parts := _person_parts(m.name)) and len(parts[0]) <= 1:
        return replace(m, scope=document)
    return m


def resolve(documents: list[DocumentFacts]) -> Resolved:
    common = _common_words(documents)
    _scoped(documents, common)
    mentions: list[Mention] = []
    index: dict[Mention, int] = {}
    doc_of: dict[int, str] = {}
    evidence: dict[int, list] = defaultdict(list)
    defs_by_doc = {doc.document: _definitions(doc) for doc in documents}
    all_defs: dict[str, str] = {}
    for defs in defs_by_doc.values():
        for k, v in defs.items():
            all_defs.setdefault(k, v)
    for doc in documents:
        for m, ev in doc.mentions():
            if m not in index:
                index[m] = len(mentions)
                mentions.append(m)
                doc_of[index[m]] = doc.document
            if len(evidence[index[m]]) < 3:
                evidence[index[m]].append(ev)

    u = _Union()
    by_key: dict[tuple, int] = {}

    def link(key: tuple, i: int, rule: str) -> None:
        if key in by_key:
            if u.find(by_key[key]) != u.find(i):
                u.join(by_key[key], i, f"{rule}: {mentions[by_key[key]].name} ~ {mentions[i].name}")
        else:
            by_key[key] = i

    def family(kind: Kind) -> str:
        return "org" if kind in ORGLIKE else kind.value

    def generic(name: str) -> bool:
        return _generic(name, common)

    # rules 1, 2, 4, 7
    for i, m in enumerate(mentions):
        fam = family(m.kind)
        if m.kind is Kind.PRIORITY or m.kind is Kind.ACTION and m.scope is not None:
            # one document's item named alike as its priority and as an item with a lead is one item
            link(("priority", m.scope, norm(m.name)), i, "same wording")
            if m.kind is Kind.PRIORITY:
                continue
        if m.kind in (Kind.ACTION, Kind.INDICATOR) and m.code:
            link(("code", m.scope, code_key(m.code)), i, "same code")
            continue
        if m.kind is Kind.PERSON:
            continue
        n = norm(m.name)
        if m.kind is Kind.POST:
            link(("post", norm(m.scope or ""), n), i, "same post")
            continue
        # a generic name ("Health and Wellbeing Board", "JAG") is the document's own council's body
        if generic(m.name) or m.scope is not None:  # or an item of one document's plan
            fam = (fam, m.scope or doc_of[i])
        link((fam, n), i, "same name")
        words = m.name.split()
        inner = [w for w in words[1:-1] if is_acronym(w)]  # "Northtown CSP Joint Action Group"
        if (
            inner
            and not isinstance(fam, tuple)
            and not generic(bare := " ".join(w for w in words if w not in inner))
        ):
            link((fam, norm(bare)), i, "qualifier dropped")
        if (bare_name := re.sub(r"\s*\([A-Z&]{2,8}\)$", "", m.name.strip())) != m.name.strip():
            link((fam, norm(bare_name)), i, "acronym in brackets dropped")
        if (plain := norm(re.sub(r"['’]s\b", "", m.name))) != n:
            link((fam, plain), i, "possessive dropped")
        if n.startswith("office of "):
            link((fam, re.sub(r"^office of (?:the )?", "", n)), i, "office and office-holder")
        defs = {**all_defs, **defs_by_doc[doc_of[i]]}
        expanded = norm(_expand(m.name, defs))
        if expanded != n:  # "JAG" defined as "Northtown Joint Action Group" is that named body
            link((family(m.kind) if not generic(expanded) else fam, expanded), i, "acronym expanded")
        bare = SUFFIX.sub("", expanded)
        if bare != expanded and len(bare.split()) >= 2:
            link((fam, bare), i, "generic suffix")
        if expanded.endswith(" partnership board") and len(expanded.split()) >= 3:
            link((fam, expanded[: -len(" board")]), i, "a partnership's board")  # 'RCSP Board' ~ 'RCSP'

        if is_acronym(m.name.strip()) and (full := defs.get(m.name.strip())):
            link((family(m.kind) if not generic(full) else fam, norm(full)), i, "defined acronym")

    # rule 3: acronyms by initials (any order), this document's names first, then all documents
    names_by_doc: dict[str, dict[str, int]] = defaultdict(dict)
    for i, m in enumerate(mentions):
        if family(m.kind) == "org" and not is_acronym(m.name.strip()) and len(m.name.split()) >= 2:
            names_by_doc[doc_of[i]].setdefault(norm(m.name), i)
    defined_names = {norm(full) for defs in defs_by_doc.values() for full in defs.values()}
    for i, m in enumerate(mentions):  # a defined acronym stands for its full name in the pool
        full = defs_by_doc[doc_of[i]].get(m.name.strip())
        if full and family(m.kind) == "org":
            names_by_doc[doc_of[i]].setdefault(norm(full), i)
    for i, m in enumerate(mentions):
        token = re.sub(r"\s+(?:Programme|Service|Services|Team|Teams)$", "", m.name.strip())
        if family(m.kind) != "org" or not is_acronym(token):
            continue
        letters = sorted(
            token.replace("&", "").replace("'", "").upper().rstrip("S")
            if token.endswith("s")
            else token.replace("&", "").upper()
        )
        for scope in (doc_of[i],) if generic(token) else (doc_of[i], None):
            pool = (
                names_by_doc[scope] if scope else {k: v for d in names_by_doc.values() for k, v in d.items()}
            )
            matching = [(n, j) for n, j in pool.items() if sorted(initials(n.title())) == letters]
            if not matching and scope:  # 'PCSP' for this document's 'Westby and Eastby Policing and
                # Community Safety Partnership': the letters of its last words, after the place's
                short = token.replace("&", "").upper()
                matching = [
                    (n, j)
                    for n, j in pool.items()
                    if len(short) >= 3
                    and initials(n.title()).endswith(short)
                    and len(initials(n.title())) > len(short)
                ]
                # 'HTCP' for this document's 'Town Community Partnership', its title less the place: the place's
                # letter (or two) before the name's initials
                matching = matching or [
                    (n, j)
                    for n, j in pool.items()
                    if len(initials(n.title())) >= 3
                    and short.endswith(initials(n.title()))
                    and 0 < len(short) - len(initials(n.title())) <= 2
                ]
            defined = [(n, j) for n, j in matching if n in defined_names]
            matching = defined or matching
            hits = {u.find(j) for _, j in matching}
            if len(hits) == 1:
                u.join(hits.pop(), i, f"initials: {token} ~ {matching[0][0]}")
                break
            if hits:
                break
        else:
            defs = defs_by_doc[doc_of[i]]
            twin = next((f for a, f in defs.items() if sorted(a.replace("&", "").upper()) == letters), None)
            if twin and token not in defs:
                # a transposed spelling of an acronym the document defines
                defs[token] = all_defs[token] = twin

    # rule 5: leading place word, within one document
    for doc in documents:
        defs = {**all_defs, **defs_by_doc[doc.document]}
        local = {}
        for i in range(len(mentions)):
            if doc_of[i] == doc.document and family(mentions[i].kind) == "org":
                local.setdefault(norm(mentions[i].name), i)
                local.setdefault(norm(_expand(mentions[i].name, defs)), i)
        for n, i in list(local.items()):
            head, _, rest = n.partition(" ")
            if (
                rest in local
                and len(rest.split()) >= 2
                and _proper_noun(head, doc.text)
                and mentions[i].name[:1].isupper()
            ):
                u.join(
                    i, local[rest], f"place word dropped: {mentions[i].name} ~ {mentions[local[rest]].name}"
                )
            words = mentions[i].name.split()
            for k, w in enumerate(words[1:-1], 1):
                if (
                    is_acronym(w)
                    and (other := local.get(norm(" ".join(words[:k] + words[k + 1 :])))) is not None
                ):
                    u.join(other, i, f"qualifier dropped: {mentions[i].name} ~ {mentions[other].name}")
        for n, i in list(
            local.items()
        ):  # then a generic name the document also writes in full after a place,
            # one body so ('Safe City Partnership' and 'Westby Safe City Partnership'; 'Youth JAG' is no 'JAG')
            if len(n.split()) < 2 or not generic(mentions[i].name):
                continue
            longer = {
                local[x]
                for x in local
                if x.endswith(f" {n}") and not set(x[: -len(n)].split()) & qualifiers()
            }
            if len(heads := {u.find(j) for j in longer}) == 1 and heads != {u.find(i)}:
                j = longer.pop()
                u.join(
                    j, i, f"generic name of the document's own body: {mentions[i].name} ~ {mentions[j].name}"
                )
    texts = {doc.document: doc.text for doc in documents}
    long_names: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if family(m.kind) == "org":
            head, _, rest = norm(_expand(m.name, all_defs)).partition(" ")
            if len(rest.split()) >= 2 and m.name[:1].isupper():
                long_names[rest].append(i)
    for i, m in enumerate(mentions):
        if family(m.kind) != "org":
            continue
        bare = norm(_expand(m.name, {**all_defs, **defs_by_doc[doc_of[i]]}))
        heads = {norm(mentions[j].name).split()[0]: j for j in long_names.get(bare, [])}
        if len(heads) == 1:
            place, j = next(iter(heads.items()))
            if doc_of[j] != doc_of[i] and _proper_noun(place, texts[doc_of[i]]):
                u.join(j, i, f"place named by the document: {mentions[j].name} ~ {m.name}")

    # rule 6: people
    people: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.kind is Kind.PERSON and (parts := _person_parts(m.name)):
            # a surname with a title or initial alone is only the same person within one document
            people[(parts[1], doc_of[i] if len(parts[0]) <= 1 else None)].append(i)
    for (surname, doc), idx in list(people.items()):
        if doc is not None and (full := people.get((surname, None))):
            same_doc = [j for j in full if doc_of[j] == doc]
            people[(surname, doc)] = idx + same_doc
            people[(surname, None)] = [j for j in full if doc_of[j] != doc]
    for _surname, idx in people.items():
        groups: list[list[int]] = []
        for i in sorted(idx, key=lambda j: -len(_person_parts(mentions[j].name)[0])):
            first = _person_parts(mentions[i].name)[0]
            for g in groups:
                if all(_compatible_given(first, _person_parts(mentions[j].name)[0]) for j in g):
                    g.append(i)
                    u.join(g[0], i, f"same person: {mentions[g[0]].name} ~ {mentions[i].name}")
                    break
            else:
                groups.append([i])

    # entities
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        members[u.find(i)].append(i)
    entities: dict[str, Entity] = {}
    key_of: dict[Mention, str] = {}
    for root, idx in sorted(members.items(), key=lambda kv: min(mentions[i].name for i in kv[1])):
        group = [mentions[i] for i in idx]
        kind = _kind(group)
        label = _label(group, kind, all_defs)
        code = next((m.code for m in group if m.code), None)
        base = (
            f"{PREFIX[kind]}-{slug(code) if kind in (Kind.ACTION, Kind.INDICATOR) and code else slug(label)}"
        )
        if kind is Kind.POST and group[0].scope:
            base = f"{base}-{slug(group[0].scope)[:30]}"
        if kind in (Kind.ACTION, Kind.INDICATOR, Kind.PRIORITY) and group[0].scope:
            base = f"{PREFIX[kind]}-{slug(group[0].scope)[:24]}-{slug(code or label)}"
        key, n = base, 2
        while key in entities:
            key, n = f"{base}-{n}", n + 1
        aliases = {tidy(m.name) for m in group if m.name.strip()} | ({code} if code else set())
        ent = Entity(
            key, kind, label, aliases, code, [ev for i in idx for ev in evidence[i]][:5], u.why.get(root, [])
        )
        entities[key] = ent
        for m in group:
            key_of[m] = key
    # a definition names an entity only when a document also mentions it
    for doc in documents:
        for d in doc.descriptions:
            j = by_key.get((family(d.entity.kind), norm(d.entity.name)))
            if j is not None and d.entity not in key_of:
                key_of[d.entity] = key_of[mentions[j]]
            if d.alias and d.entity in key_of:
                entities[key_of[d.entity]].aliases.add(d.alias)
    return Resolved(documents, entities, key_of)


def _common_words(documents: list[DocumentFacts]) -> frozenset[str]:
    """Words some document writes in lower case: common nouns, never the proper noun of a place."""
    words: set[str] = set()
    for doc in documents:
        # not inside addresses: "www.exampleton.gov.uk", "jane@exampleton.gov.uk"
        words.update(re.findall(r"(?<![\w'’./@-])[a-z][a-z'’-]+\b(?![.@/]\w)", doc.text[:2_000_000]))
    return frozenset(words | qualifiers() | common_name_words())


def _generic(name: str, common: frozenset[str]) -> bool:
    """A name with no proper noun in it ("Executive Group", "the Health and Wellbeing Board", "JAG")
    names the body of the document's own council, not one shared by every council."""
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    if not words:
        return True
    if len(words) == 1 and is_acronym(words[0]):
        return words[0] in acronyms() or len(words[0]) <= 3
    heads = org_words()  # "Group", "Board", "Council": head words are common nouns
    return all(
        w.lower() in common
        or w.lower() in heads
        or w.lower() in {"of", "and", "the", "for"}
        or w in acronyms()
        for w in words
    )


def _proper_noun(word: str, text: str) -> bool:
    """A word the text uses at least three times, always capitalised, and no common qualifier: a place."""
    if word in qualifiers():
        return False
    found = re.findall(rf"(?<![@./\w]){re.escape(word)}\b(?!\.\w)", text, re.I)
    return len(found) >= 3 and sum(f[0].isupper() for f in found) >= 0.9 * len(found)


def _kind(group: list[Mention]) -> Kind:
    kinds = Counter(m.kind for m in group)
    if len(kinds) == 1:
        return next(iter(kinds))
    top = max(kinds.values())
    best = [k for k, c in kinds.items() if c == top]
    return min(best, key=lambda k: KIND_RANK.index(k) if k in KIND_RANK else len(KIND_RANK))


def _label(group: list[Mention], kind: Kind, defs: dict[str, str]) -> str:
    names = [re.sub(r"\s*\([A-Z&]{2,8}\)$", "", tidy(m.name)) for m in group if m.name.strip()]
    defined = {tidy(defs[n]) for n in names if n in defs and kind is not Kind.PERSON}
    names.extend(defined)
    if not names:
        return group[0].code or "unnamed"
    counts = Counter(names)

    def score(name: str) -> tuple:
        full = not is_acronym(name) and not name.lower().startswith(("the ", "this "))
        if kind is Kind.PERSON:
            parts = [w for w in name.split() if w not in person_titles()]
            return (len(parts) >= 2 and len(parts[0].strip(".")) > 1, counts[name], len(name))
        inner_acronyms = sum(is_acronym(w) for w in name.split())
        spells_out = any(
            norm(d) in norm(name) for d in defined
        )  # the definition, or a fuller name holding it
        return (
            full,
            not name.isupper(),
            -inner_acronyms,
            spells_out,
            len(name.split()) >= 2,
            len(name),
            counts[name],
        )

    return max(sorted(counts), key=score)
