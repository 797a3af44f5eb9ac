"""Cross-references (`@tbl-…`, `@fig-…`, as Pandoc reads citation keys), the labels a text
defines, and table caption and figure lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("tbl", "fig")
# Pandoc's citation key (the form of Quarto's cross-references): word characters, with
# :.#$%&-+?<>~/ only between them; not after a word character or "@" (an e-mail address).
_CITATION = re.compile(r"(?<![\w@.])@(?P<key>\w(?:\w|[:.#$%&\-+?<>~/](?=\w))*)")
_LABEL = re.compile(r"#(?P<label>(?:tbl|fig)-[A-Za-z0-9_-]*[A-Za-z0-9_])")
_TABLE_CAPTION = re.compile(
    r"^:\s+(?P<cap>.*?)\s*\{(?P<pre>[^}]*?)#tbl-(?P<id>[A-Za-z0-9_-]+)(?P<post>[^}]*)\}\s*$"
)
_FIGURE = re.compile(
    r"^(?P<lead>\s*)!\[(?P<cap>[^\]]*)\]\((?P<src>[^)]*)\)"
    r"\{(?P<pre>[^}]*?)#fig-(?P<id>[A-Za-z0-9_-]+)(?P<post>[^}]*)\}\s*$"
)


@dataclass(frozen=True)
class CrossRef:
    kind: str  # "tbl" | "fig"
    label: str  # "tbl-avgjorelse"
    start: int
    end: int


def crossrefs(text: str) -> list[CrossRef]:
    """The `@tbl-…` / `@fig-…` references of a text, as Pandoc reads their keys."""
    found = []
    for match in _CITATION.finditer(text):
        key = match["key"]
        kind = key.split("-", 1)[0]
        if kind in KINDS and "-" in key:
            found.append(CrossRef(kind, key, match.start(), match.end()))
    return found


def labels(text: str) -> list[str]:
    """The `#tbl-…` / `#fig-…` labels a text defines (in attributes)."""
    return [m["label"] for m in _LABEL.finditer(text) if "{" in text[: m.start()]]


def table_caption(line: str) -> re.Match | None:
    """A table's caption line `: Caption {#tbl-x}` (groups cap, pre, id, post)."""
    return _TABLE_CAPTION.match(line)


def figure(line: str) -> re.Match | None:
    """A figure line `![Caption](src){#fig-x fig-alt="…"}` (groups lead, cap, src, pre, id,
    post)."""
    return _FIGURE.match(line)
