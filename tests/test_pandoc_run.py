"""Pandoc as the render runs it (render/pandoc_run.py): a small allocation area, the same bytes."""

from __future__ import annotations

import re

import pytest

from klagerapport.errors import BuildError
from klagerapport.render import pandoc_run, safety

# A document with the report's kinds of content, long enough that Pandoc's heap matters.
PART = """## Mottatte klager {#tbl-mottatt}

Det kom inn **211** klager i 2019, mot 180 i 2018 [^1]. Se @tbl-mottatt og [lenken](https://politiet.no).

| Avgjørelse | Antall | Andel |
|:-----------|-------:|------:|
| Henlagt    | 120    | 57 %  |
| Kritikk    | 12     | 6 %   |

: Tabell 1: Mottatte klager etter avgjørelse

::: {.callout-note title="Merk"}
- tall fra saksregisteret
- *foreløpige* tall
:::

[^1]: Fotnote med tekst.
"""
DOCUMENT = "\n".join(PART.replace("{#tbl-mottatt}", f"{{#tbl-mottatt-{i}}}") for i in range(60))


def memory_in_use(stderr: str) -> int:
    """The MiB the Haskell runtime had in use at exit (`+RTS -s`)."""
    found = re.search(r"(\d+) MiB total memory in use", stderr)
    assert found, stderr
    return int(found.group(1))


def test_pandoc_runs_with_a_small_heap():
    args = ["+RTS", "-s", "-RTS", "-f", "markdown", "-t", "json"]
    ours = pandoc_run.run(args, input=DOCUMENT)
    assert ours.returncode == 0, ours.stderr
    # the built-in -H64m alone makes a 64 MiB heap; the render's options keep it small
    assert memory_in_use(ours.stderr) < 32


def test_the_runtime_options_change_no_byte(monkeypatch):
    args = ["-f", "markdown", "-t", "html5", "--standalone", "--metadata=title:Klager"]
    ours = pandoc_run.run(args, input=DOCUMENT)
    monkeypatch.setenv("GHCRTS", "-H64m")  # the wheel's own setting
    built_in = pandoc_run.run([*args, "+RTS", "-s", "-RTS"], input=DOCUMENT)
    assert ours.returncode == built_in.returncode == 0
    assert memory_in_use(built_in.stderr) >= 64  # the override reached Pandoc
    assert ours.stdout == built_in.stdout
    assert len(ours.stdout) > 50_000


def test_a_callers_own_runtime_options_win(monkeypatch):
    monkeypatch.setenv("GHCRTS", "-H8m")
    assert pandoc_run.environment()["GHCRTS"] == "-H8m"
    monkeypatch.delenv("GHCRTS")
    assert pandoc_run.environment()["GHCRTS"] == pandoc_run.RUNTIME_OPTIONS


def test_the_safety_check_parses_through_it(monkeypatch, tmp_path):
    ast = safety.pandoc_ast(DOCUMENT, "markdown-citations")
    assert ast["blocks"][0]["t"] == "Header"
    assert safety.problems(ast, tmp_path) == []
    monkeypatch.setattr(pandoc_run, "RUNTIME_OPTIONS", "-A0")  # out of range: Pandoc stops
    monkeypatch.delenv("GHCRTS", raising=False)
    with pytest.raises(BuildError, match="RTS option -A0"):
        safety.pandoc_ast(DOCUMENT, "markdown-citations")
