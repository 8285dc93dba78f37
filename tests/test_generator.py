"""The synthetic corpus generator (bench/generate.py): deterministic, and read back as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import MANIFEST, SIZES, generate, main
from graph.build import build
from graph.queries import funding, indicators, members, who_owns
from graph.search import fold, name_index
from graph.store import EmbeddedStore
from ingest.pipeline import document_paths, ingest_paths

BASE = "https://example.org/id/"


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_same_seed_writes_the_same_bytes(tmp_path):
    generate(tmp_path / "a", documents=3, seed=5)
    generate(tmp_path / "b", documents=3, seed=5)
    generate(tmp_path / "c", documents=3, seed=6)
    a, b, c = (contents(tmp_path / x) for x in "abc")
    assert a == b
    assert len(a) == 4 and MANIFEST in a  # three documents and the manifest
    assert a != c and set(a) != set(c)


def test_named_sizes_grow_and_the_command_line_writes_them(tmp_path, capsys):
    assert SIZES["10k"] < SIZES["100k"] < SIZES["1m"]
    assert main([str(tmp_path / "out"), "--documents", "2", "--seed", "1"]) == 0
    assert "2 documents" in capsys.readouterr().out
    assert len(document_paths([tmp_path / "out"])) == 2  # the manifest is hidden from ingest


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    manifests = generate(folder / "docs", documents=2, seed=11)
    resolved = ingest_paths([folder / "docs"])
    assert not resolved.failures and len(resolved.documents) == 2
    build(resolved, str(folder / "store"), BASE)
    store = EmbeddedStore(folder / "store")
    return manifests, store, name_index(store, BASE)


def only_id(index, name: str) -> str:
    found = index.by_fold.get(fold(name), set())
    assert len(found) == 1, (name, found)
    return next(iter(found))


def test_every_written_owner_comes_back_from_who_owns(built):
    manifests, store, index = built
    actions = [a for m in manifests for a in m.actions]
    assert len(actions) > 30 and any(len(a.responsible) == 2 for a in actions)
    for action in actions:
        answer = who_owns(store, BASE, only_id(index, action.title))
        assert {o["label"] for o in answer["responsible"]} == set(action.responsible), action
        assert all(o["evidence"] for o in answer["responsible"])
        contributors = {o["label"] for o in answer["contributors"]}
        assert (action.section in contributors) == (action.relation == "contributes"), action


def test_members_funding_and_rag_indicators_come_back(built):
    manifests, store, index = built
    for m in manifests:
        got = members(store, BASE, only_id(index, m.partnership))["members"]
        assert {x["member"]["label"] for x in got} == set(m.members)
        roles = {x["member"]["label"]: x["role"] for x in got}
        assert roles[m.council] == "responsible authority"
        flows = funding(store, BASE, funder=only_id(index, m.fund))["flows"]
        assert sorted((f["recipient"]["label"], f["amount"]) for f in flows) == sorted(
            (p, float(a)) for p, a in m.allocations
        )
        label = m.indicators[0]
        (row,) = indicators(store, BASE, q=label.split(" - ", 1)[0])["indicators"][:1]
        assert row["status"] in {"green", "amber", "red", "not-started"}
        assert row["target"] is not None and len(row["observations"]) == 3
