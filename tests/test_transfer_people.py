"""Transfer of the people readers to councils nobody tuned on: chairs, vice-chairs, posts,
affiliations and members (with apologies) of a board, in the layouts councils publish attendance in.

Each ``fixtures/transfer/people_*.txt`` is an INVENTED document (Brackenford, Westvale, Kinmuir,
Llanvarrow, Carrowbeg …; people made up) in one shape: minutes of a Community Safety Partnership,
Health and Wellbeing Board, Safeguarding Board, Police and Crime Panel, Welsh Public Services Board,
Scottish Community Planning Partnership or Northern Irish PCSP with attendance as a tab table,
columns aligned by spaces, one cell per line, cells run together from a PDF, a 'Present:' sentence,
bullets with substitutes 'X (for Y)', a pipe table, a role-first membership table, an attendance
register with ticks; a board membership web page; an annual report's signed forewords; a press
release. The readers were not written against these documents; each expected answer is one test.

YAML of answers (every key optional):

``shape``
    the layout, in words.
``chairs`` / ``vice_chairs``: ``{group: [person, …]}``
    a chair (vice-chair) claim from the person to the group.
``posts``: ``{person: [post, …]}``
    a ``holds`` claim from the person to the post; a post written as a list is a choice.
``affiliations``: ``{person: [organisation, …]}``
    the person works for the organisation, or holds a post that does (what ``/entities``
    answers as ``organisations``); a list is a choice.
``members``: ``{group: [person | {name: person, role: apologies}, …]}``
    a member claim from the person to the group; with ``role`` its role names it, without one its
    role is not apologies (someone present is not read as absent).
``aliases``: ``{name: [other spelling, …]}``
    other names a reader may fairly give an entity (a group written with a dash, its short name).
``not``: ``[[relation, subject, object], …]``
    claims that must not be read (``chair``, ``vice_chair``, ``holds``, ``works_for``, ``member``;
    ``"*"`` for any entity): wrong facts, checked for precision.

Names are folded as the scorer folds them (case, punctuation, '&', a leading 'the', a person's
leading titles and ranks) and match at 92 % alike. Entities are those after resolution.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import answers_of, assert_quotes, transfer_fixtures, transfer_read
from transfer_answers import as_list, entity_names, fold, gap, key_of, keys_named, spellings

FIXTURES = transfer_fixtures("people")

ROLE_KINDS = {"chairs": "chair", "vice_chairs": "vice_chair"}

# Answers not read yet: each is a gap in a reader, not in the fixture. Strict, so a reader that starts
# reading one fails here until it is taken off the list.
KNOWN_GAPS: frozenset[str] = frozenset()  # none now: every expected answer of the people fixtures is read

# Wrong facts read now (strict, as KNOWN_GAPS).
WRONG: frozenset[str] = frozenset()  # none now


# Fixtures with a claim whose quote is not found in the lines it names (strict): the scorer counts
# such an answer's evidence as wrong.
QUOTE_GAPS: frozenset[str] = frozenset()  # every quote holds (ingest.pipeline repairs a reader's own)


def edges(path: Path) -> set[tuple[str, str, str, str]]:
    """(subject key, relation, object key, role folded) of every claim of the fixture."""
    _, facts, _ = transfer_read(path)
    out = set()
    for c in facts.claims:
        s, o = key_of(path, c.subject), key_of(path, c.object)
        if s and o:
            out.add((s, str(c.rel), o, fold(c.role or "")))
    return out


def is_apology(role: str) -> bool:
    return "apolog" in role or "absent" in role


def answered(path: Path, kind: str, subject: str, want: str | dict, aliases: dict) -> tuple[bool, str]:
    """Whether the answer is read, and what was read instead (for the failure message)."""
    names = entity_names(path)
    subjects = keys_named(path, spellings(subject, aliases))
    if not subjects:
        return False, f"{subject!r} is no entity of {path.name}"
    es = edges(path)
    role = None
    if isinstance(want, dict):
        want, role = want["name"], want.get("role")
    wanted = keys_named(path, [s for w in as_list(want) for s in spellings(w, aliases)])
    if kind in ROLE_KINDS:
        got = {s for s, r, o, _ in es if r == ROLE_KINDS[kind] and o in subjects}
    elif kind == "posts":
        got = {o for s, r, o, _ in es if r == "holds" and s in subjects}
    elif kind == "affiliations":
        posts = {o for s, r, o, _ in es if r == "holds" and s in subjects}
        got = {o for s, r, o, _ in es if r == "works_for" and (s in subjects or s in posts)}
    elif kind == "members":
        got = {
            s
            for s, r, o, rl in es
            if r == "member" and o in subjects and (is_apology(rl) if role else not is_apology(rl))
        }
    else:
        raise ValueError(kind)
    return bool(got & wanted), str(sorted(min(names[k]) for k in got))


KINDS = ("chairs", "vice_chairs", "posts", "affiliations", "members")


def expected() -> list:
    out = []
    for path in FIXTURES:
        spec = answers_of(path) or {}
        for kind in KINDS:
            for subject, golds in (spec.get(kind) or {}).items():
                for want in golds:
                    name = want["name"] if isinstance(want, dict) else as_list(want)[0]
                    role = f":{want['role']}" if isinstance(want, dict) and want.get("role") else ""
                    pid = f"{path.stem}:{kind}:{subject}:{name}{role}"
                    out.append(pytest.param(path, kind, subject, want, id=pid, marks=gap(pid, KNOWN_GAPS)))
    return out


def negated() -> list:
    out = []
    for path in FIXTURES:
        for rel, s, o in (answers_of(path) or {}).get("not") or []:
            pid = f"{path.stem}:not:{rel}:{s}:{o}"
            out.append(pytest.param(path, rel, s, o, id=pid, marks=gap(pid, WRONG, "read wrong yet")))
    return out


def test_every_fixture_has_answers():
    assert len(FIXTURES) >= 12
    for path in FIXTURES:
        spec = answers_of(path)
        assert spec and spec.get("shape") and any(spec.get(k) for k in KINDS), path


@pytest.mark.parametrize(("path", "kind", "subject", "want"), expected())
def test_expected_answer_is_read(path, kind, subject, want):
    aliases = (answers_of(path) or {}).get("aliases") or {}
    ok, read = answered(path, kind, subject, want, aliases)
    assert ok, f"{kind} of {subject!r}: want {want}, read {read}"


@pytest.mark.parametrize(("path", "rel", "subject", "obj"), negated())
def test_wrong_fact_is_not_read(path, rel, subject, obj):
    names = entity_names(path)
    subjects = keys_named(path, [fold(subject)]) if subject != "*" else set(names)
    objects = keys_named(path, [fold(obj)]) if obj != "*" else set(names)
    bad = [
        (min(names[s]), min(names[o]))
        for s, r, o, _ in edges(path)
        if r == rel and s in subjects and o in objects
    ]
    assert not bad, bad


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, id=p.stem, marks=gap(p.stem, QUOTE_GAPS, "quote not in its lines")) for p in FIXTURES],
)
def test_quotes_hold(path):
    """Every claim's quote is the text of the lines it names (the scorer's evidence check)."""
    text, facts, _ = transfer_read(path)
    assert_quotes(text, facts.claims)


if __name__ == "__main__":  # the figure: answers read of answers expected, and what is missed
    got = total = 0
    for param in expected():
        path, kind, subject, want = param.values
        aliases = (answers_of(path) or {}).get("aliases") or {}
        ok, read = answered(path, kind, subject, want, aliases)
        total += 1
        got += ok
        if not ok:
            print(f"MISS {param.id}  read={read}")
    for param in negated():
        path, rel, s, o = param.values
        try:
            test_wrong_fact_is_not_read(path, rel, s, o)
        except AssertionError as e:
            print(f"WRONG {param.id} {e}")
    print(f"people answers read: {got}/{total}")
