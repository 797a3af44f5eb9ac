"""Matching a table's header cells to the contract's columns, through the names, labels and
aliases of data/reference/codes.yml, with "did you mean" for near misses."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import codes, paths
from .cells import cell_text

CLOSE = 0.8  # difflib ratio from which an unknown header "ligner på" a missing column


def header_key(name: object) -> str:
    """A header as matched: case-, space-, punctuation- and æøå-insensitive."""
    return paths.slug(str(name)).replace("-", "")


def spellings() -> dict[str, str]:
    """Header key -> contract column, from every column's name, label and aliases."""
    lookup: dict[str, str] = {}
    for col in codes.columns():
        lookup[header_key(col["name"])] = col["name"]
    for col in codes.columns():
        for spelling in (col["label"], *col.get("aliases", ())):
            lookup.setdefault(header_key(spelling), col["name"])
    return lookup


def required() -> tuple[str, ...]:
    return tuple(c["name"] for c in codes.columns() if c.get("required"))


@dataclass
class Header:
    """A row read as the header: which position holds which contract column."""

    mapping: dict[int, str] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)  # header texts of other columns
    duplicates: list[str] = field(default_factory=list)  # contract columns named twice

    @property
    def missing(self) -> list[str]:
        return [c for c in required() if c not in self.mapping.values()]

    @property
    def score(self) -> int:
        return len(set(self.mapping.values()))


def match(cells: Iterable[object]) -> Header:
    lookup = spellings()
    header = Header()
    for pos, raw in enumerate(cells):
        text = cell_text(raw)
        target = lookup.get(header_key(text)) if text else None
        if target is None:
            if text:
                header.ignored.append(text)
        elif target in header.mapping.values():
            header.duplicates.append(target)
        else:
            header.mapping[pos] = target
    return header


def near_miss(column: str, texts: Iterable[str]) -> str | None:
    """The header text closest to a missing column's spellings, if it is close."""
    col = next(c for c in codes.columns() if c["name"] == column)
    keys = [header_key(s) for s in (col["name"], col["label"], *col.get("aliases", ()))]
    best, best_ratio = None, CLOSE
    for text in texts:
        key = header_key(text)
        if not key:
            continue
        for target in keys:
            ratio = difflib.SequenceMatcher(None, key, target).ratio()
            if ratio >= best_ratio:
                best, best_ratio = text, ratio
    return best
