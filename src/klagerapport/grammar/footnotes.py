"""Footnotes: references (`[^id]`), definition lines, and a reference printed as text."""

from __future__ import annotations

import re
from collections.abc import Iterator

_NOTE_REF = re.compile(r"\[\^(?P<id>[^\]\s]+)\](?!:)")
_NOTE_DEF = re.compile(r"^\[\^(?P<id>[^\]\s]+)\]:\s?")


def footnote_refs(text: str) -> list[str]:
    """The footnotes a text refers to (`[^id]`, not their definitions)."""
    return [m["id"] for m in _NOTE_REF.finditer(text)]


def footnote_definition(line: str) -> tuple[str, str] | None:
    """(id, text) of a footnote definition line `[^id]: text`, else None."""
    match = _NOTE_DEF.match(line)
    return (match["id"], line[match.end() :]) if match else None


def strip_footnote_refs(text: str) -> str:
    return _NOTE_REF.sub("", text)


def footnote_leftovers(text: str) -> Iterator[re.Match]:
    """A footnote reference printed as text (`[^id]`: Pandoc found no definition for it)."""
    return _NOTE_REF.finditer(text)
