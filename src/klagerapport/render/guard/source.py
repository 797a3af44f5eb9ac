"""The staged document as the reader wrote it (`Source`: every line, includes expanded, with
the file and line it came from), how a line is found again from what an output shows, and
what looks like a leftover but the document prints as text."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ... import grammar
from ...errors import Problem

# What Quarto leaves in the output for a placeholder it could not resolve (its shortcode
# handlers write "?var:key", "?meta:key", "?env:NAME", "?invalid var type:key"; its crossref
# filter writes "?@label"), and a shortcode no engine knew (left as it was written).
LEFTOVER = re.compile(
    grammar.LEFTOVER_PATTERN + r"|\?(?:var|meta|env|invalid [a-z]+ type):[^\s<*]*"
    r"|\?@[A-Za-z0-9_:.-]*[A-Za-z0-9_]"
    r"|\[\^[^\]\s]+\]",  # a footnote reference without its note, printed as it was written
    re.MULTILINE,
)


@dataclass(frozen=True)
class Located:
    text: str
    file: str  # "commentary/oslo/2019/generelt.md", as the reader knows it
    line: int

    def problem(self, code: str, message: str, col: int = 0) -> Problem:
        """A problem about this line."""
        return Problem(self.file, message, row=self.line, code=code, col=col)


@dataclass(frozen=True)
class Source:
    """The staged document as the reader wrote it: every line (includes expanded) and where
    it came from, for finding a problem seen in the output again in the source."""

    lines: list[Located]

    def find(self, wanted: Callable[[str], bool]) -> list[Located]:
        """Every line whose text is `wanted`."""
        return [line for line in self.lines if wanted(line.text)]

    @cached_property
    def literal(self) -> frozenset[str]:
        """What looks like a leftover but the document prints as text: data (a unit named
        `{{< var x >}}` or `?var:x`), escaped where it was written (publish/escape.py), and
        prose that escapes it: the leftovers of a line's text once its backslash escapes are
        read that hold an escaped character (a real shortcode is blanked first)."""
        found: set[str] = set()
        for line in self.lines:
            if "\\" not in line.text:
                continue
            written = grammar.blank_shortcodes(line.text) if "{{<" in line.text else line.text
            read, escaped = _read_escapes(written)
            found |= {
                _words(m.group(0))
                for m in LEFTOVER.finditer(read)
                if any(escaped[m.start() : m.end()])
            }
        return frozenset(found)


_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # Pandoc's backslash escapes


def _read_escapes(text: str) -> tuple[str, list[bool]]:
    """`text` with its backslash escapes read, and for each character whether it was escaped."""
    out, escaped, i = [], [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            out.append(text[i + 1])
            escaped.append(True)
            i += 2
            continue
        out.append(text[i])
        escaped.append(False)
        i += 1
    return "".join(out), escaped


def _words(text: str) -> str:
    return " ".join(text.split())


def literal_values(variables: Mapping | None) -> frozenset[str]:
    """What looks like a leftover in the values `{{< var >}}` prints: data, printed as text."""
    found: set[str] = set()
    stack = [variables or {}]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            stack += list(item.values())
        elif isinstance(item, list | tuple):
            stack += list(item)
        elif isinstance(item, str):
            found |= {_words(x) for x in LEFTOVER.findall(item)}
    return frozenset(found)


def is_literal(leftover: str, literal: frozenset[str]) -> bool:
    """Whether an output leftover is (a piece, cut at a line's end, of) printed text."""
    words = _words(leftover)
    return bool(words) and any(words in text for text in literal)


def read_source(root: Path, document: str, describe) -> Source:
    """The staged `document` with its includes expanded, each line with its origin."""
    lines = grammar.expand_includes(
        root / document, root=root, describe=describe, skip_front_matter=True
    )
    located = [Located(ln.text, describe(ln.file), ln.lineno) for ln in lines]
    return Source(located)


def uses(name: str, key: str | None = None) -> Callable[[str], bool]:
    """A line that has the shortcode `name` (with the key `key`)."""

    def wanted(text: str) -> bool:
        return any(
            sc.name == name and (key is None or sc.positional[:1] == [key])
            for sc in grammar.scan(text, names=(name,)).shortcodes
        )

    return wanted


def refers(label: str) -> Callable[[str], bool]:
    return lambda text: any(ref.label == label for ref in grammar.crossrefs(text))
