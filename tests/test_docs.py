"""Docs do not drift: every command and path the README names exists."""

from __future__ import annotations

import re

from typer.main import get_command

from klagerapport import paths
from klagerapport.cli import app

README = paths.ROOT / "README.md"


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def _make_targets() -> set[str]:
    text = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-zA-Z][\w-]*):", text, flags=re.MULTILINE))


def test_readme_make_targets_exist():
    used = set(re.findall(r"\bmake ([a-z][\w-]*)", _readme()))
    assert used, "the README names no make target"
    missing = used - _make_targets()
    assert not missing, f"README names make targets the Makefile lacks: {sorted(missing)}"


def test_readme_cli_commands_exist():
    used = set(re.findall(r"\bklagerapport ([a-z][\w-]*)", _readme()))
    assert used, "the README names no klagerapport command"
    known = set(get_command(app).commands)  # type: ignore[attr-defined]
    missing = used - known
    assert not missing, f"README names commands the CLI lacks: {sorted(missing)}"


def _ignored_folders() -> tuple[str, ...]:
    """The folders .gitignore ignores whole (`.cache/`, `.venv/`): made by running something,
    never in a fresh clone, so the README may name them without them existing."""
    lines = (paths.ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    return tuple(
        line.strip()
        for line in lines
        if line.strip().endswith("/") and not line.startswith(("#", "!")) and "*" not in line
    )


def test_readme_paths_exist():
    # Paths written in backticks that look like project paths (contain a slash, no spaces).
    candidates = re.findall(r"`([\w.-]+/[\w./<>-]*)`", _readme())
    generated = ("outputs/", "data/processed/", *_ignored_folders())
    checked = [c for c in candidates if "<" not in c and not c.startswith(generated)]
    assert checked, "the README names no project path"
    missing = [c for c in checked if not (paths.ROOT / c).exists()]
    assert not missing, f"README names paths that do not exist: {missing}"


def test_readme_test_command_is_the_ci_command():
    ci = (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in _readme()
    assert re.search(r"^make test$", ci, flags=re.MULTILINE)


def test_value_key_tables_are_generated_from_the_contract():
    """docs/architecture.md and commentary/README.md carry the key table of report/values.yml;
    `make docs` regenerates them."""
    from klagerapport.publish import contract

    for rel in contract.DOCS_WITH_KEY_TABLE:
        text = (paths.ROOT / rel).read_text(encoding="utf-8")
        assert text == contract.with_key_table(text), f"{rel}: run `make docs`"
        assert "`decisions.<decision>.share`" in text
