"""What the transfer tests of people, indicators and funding share: names folded as the scorer folds
them (a person's leading titles and ranks dropped while two words remain), a fixture's entities by
folded name, and the ``xfail`` mark for answers not read yet.

Imported by ``test_transfer_people.py``, ``test_transfer_indicators.py`` and
``test_transfer_funding2.py``; nothing here names a document or a council.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

import pytest
from extraction_helpers import norm_name, transfer_read

# a person's titles and ranks, as the scorer folds them ("Cllr Jane Doe" = "Jane Doe")
HONORIFIC = re.compile(
    r"^(?:(?:county |borough |district |city )?(?:cllr|councillor)|mr|mrs|ms|miss|dr|prof|professor|rev|sir|dame"
    r"|lord|lady|baroness|supt|ch supt|det supt|superintendent|chief superintendent|dci|di|ds|insp|inspector"
    r"|ch insp|chief inspector|sgt|sergeant|pc|acc|dcc)\s+"
)


def fold(text: str) -> str:
    """``norm_name`` and a person's leading titles dropped while two words remain."""
    text = norm_name(text)
    bare = text
    while HONORIFIC.match(bare):
        bare = HONORIFIC.sub("", bare, count=1)
    return bare if len(bare.split()) >= 2 else text


def alike(a: str, b: str) -> bool:
    """Folded names equal, or (both longer than six) at least 92 % alike, as the scorer matches."""
    return a == b or (len(a) > 6 and len(b) > 6 and SequenceMatcher(None, a, b).ratio() >= 0.92)


def as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def spellings(name: str, aliases: dict) -> list[str]:
    """A name and the other spellings the fixture's ``aliases`` allow for it, folded."""
    return [fold(n) for n in [name, *(aliases or {}).get(name, [])]]


@cache
def entity_names(path: Path) -> dict[str, set[str]]:
    """Every resolved entity of the fixture: key -> its label, aliases and code, folded."""
    _, _, resolved = transfer_read(path)
    return {
        key: {fold(n) for n in {ent.label, *ent.aliases, ent.code or ""} if n}
        for key, ent in resolved.entities.items()
    }


def keys_named(path: Path, names: list[str]) -> set[str]:
    """The keys of the fixture's entities bearing one of the (folded) ``names``."""
    return {k for k, ns in entity_names(path).items() if any(alike(w, n) for w in names for n in ns)}


def key_of(path: Path, mention) -> str | None:
    _, _, resolved = transfer_read(path)
    return resolved.key_of.get(mention)


def gap(pid: str, gaps: frozenset[str], reason: str = "not read yet") -> list:
    """The strict ``xfail`` mark when ``pid`` is a known gap: a reader that starts reading it fails here."""
    return [pytest.mark.xfail(strict=True, reason=reason)] if pid in gaps else []
