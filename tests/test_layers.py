"""The layers and the import graph hold: the import-linter contracts of pyproject.toml.

``lint-imports`` (run here) checks that ``api`` and ``viz`` sit above ``graph``, ``graph`` above
``ingest``, and ``ingest`` above ``ontology``; that nothing outside ``graph`` imports pyoxigraph; and
that no package's modules import each other in a cycle. Imports inside functions count too (grimp
reads them), so a cycle cannot be hidden by moving an import into a function.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from importlinter.application import use_cases
from importlinter.application.app_config import settings as linter_settings
from importlinter.configuration import configure

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


class _WithExtraImport:
    """The project's import graph plus one import (importer -> imported) written nowhere."""

    def __init__(self, builder, importer: str, imported: str):
        self.builder, self.importer, self.imported = builder, importer, imported

    def build(self, **kwargs):
        graph = self.builder.build(**kwargs)
        graph.add_import(importer=self.importer, imported=self.imported, line_number=1, line_contents="-")
        return graph


@pytest.mark.parametrize(
    ("importer", "imported", "contract"),
    [
        ("graph.store", "graph.build", "acyclic"),  # the store opening the build that uses it
        ("graph.queries", "graph.sparql", "acyclic"),
        ("ingest.extract.context", "ingest.extract.governance", "acyclic"),
        ("ingest.batch", "ingest.pipeline", "acyclic"),
        ("api.errors", "api.pages", "acyclic"),
        ("ingest.model", "graph.rdf", "layers"),  # ingest knowing the store's layer
        ("viz.pictures", "api.pages", "layers"),
        ("api.models", "pyoxigraph", "store"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(monkeypatch, importer, imported, contract):
    configure()
    builder = _WithExtraImport(linter_settings.GRAPH_BUILDER, importer, imported)
    monkeypatch.setitem(linter_settings._config, "GRAPH_BUILDER", builder)
    monkeypatch.chdir(ROOT)
    config = str(ROOT / "pyproject.toml")
    assert (
        use_cases.lint_imports(config, (contract,), cache_dir=None, is_debug_mode=True, no_logo=True) is False
    )
    monkeypatch.setitem(linter_settings._config, "GRAPH_BUILDER", builder.builder)
    assert (
        use_cases.lint_imports(config, (contract,), cache_dir=None, is_debug_mode=True, no_logo=True) is True
    )
