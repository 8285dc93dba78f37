"""The README documents every command, option and setting: read from the command line's parser and the
settings class, so a new option or setting without a line in README.md fails here."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from api.cli import build_parser
from graph.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
PREFIX = Settings.model_config["env_prefix"]


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"]


COMMANDS = _commands()
OPTIONS = [(name, option) for name, parser in COMMANDS.items() for option in _options(parser)]


def _named(word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", README) is not None


def test_the_parser_is_read():
    assert {"ingest", "serve", "query", "export"} <= set(COMMANDS)
    assert ("ingest", "--rebuild") in OPTIONS and ("serve", "--port") in OPTIONS


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_in_the_readme(command):
    assert re.search(rf"pgraph {re.escape(command)}(?![\w-])", README), (
        f"README.md never shows `pgraph {command}`"
    )


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c} {o}" for c, o in OPTIONS])
def test_every_option_is_in_the_readme(command, option):
    assert _named(option), f"README.md never names `pgraph {command} {option}`"


def test_the_readme_shows_no_command_that_does_not_exist():
    shown = set(re.findall(r"\bpgraph ([a-z][a-z-]*)", README))
    assert shown <= set(COMMANDS), shown - set(COMMANDS)


def _settings_section() -> str:
    return README.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme(name):
    assert f"`{name}`" in _settings_section(), f"README.md's Settings section does not list `{name}`"


def test_settings_are_environment_variables_as_the_readme_says():
    assert PREFIX == "PGRAPH_" and "`PGRAPH_<NAME>`" in _settings_section()
    written = set(re.findall(rf"\b{PREFIX}([A-Z][A-Z0-9_]*)\b", README)) - {"NAME"}
    assert written, "the README names no environment variable"
    assert {w.lower() for w in written} <= set(Settings.model_fields), written


def test_every_setting_has_help():
    missing = [name for name, field in Settings.model_fields.items() if not field.description]
    assert missing == []
