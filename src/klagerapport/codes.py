"""The code lists of the reporting form, read from data/reference/codes.yml (their only home)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import paths, userfiles


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    key: str = ""  # identifier-safe name for values.json and file names (defaults to code)
    short: str = ""
    aliases: tuple[str, ...] = ()


@cache
def _raw() -> dict:
    return userfiles.load_yaml(paths.CODES_FILE)


def _codes(kind: str) -> tuple[Code, ...]:
    return tuple(
        Code(
            code=str(item["code"]),
            label=item["label"],
            key=str(item.get("key", item["code"])),
            short=item.get("short", ""),
            aliases=tuple(str(a) for a in item.get("aliases", ())),
        )
        for item in _raw()[kind]
    )


def decisions() -> tuple[Code, ...]:
    """Decision codes (avgjorelse) in the form's order."""
    return _codes("decisions")


def grounds() -> tuple[Code, ...]:
    """Ground codes (grunnlag, 228.x) in the form's order."""
    return _codes("grounds")


def discrimination() -> tuple[Code, ...]:
    """Discrimination codes (ingen, etnisk, annen) in the form's order."""
    return _codes("discrimination")


def open_label() -> str:
    """Row label for cases that are still open."""
    return _raw()["open_label"]


def columns() -> tuple[dict, ...]:
    """The case file's columns, in contract order: dicts with name, label, required."""
    return tuple(_raw()["columns"])


def total_rows() -> tuple[str, ...]:
    """First-cell texts of an export's total row ("Sum", "Totalt"), which is not a case."""
    return tuple(str(t) for t in _raw().get("total_rows", ()))


def label(kind: str, code: str) -> str:
    """Norwegian label of a code: label('decisions', 'kritikk') -> 'Grunnlag for kritikk'."""
    for item in _codes(kind):
        if item.code == code:
            return item.label
    raise KeyError(f"unknown {kind} code: {code!r}")


def ground_heading(code: str) -> str:
    """Column heading of the ground table as the form prints it: '228.1 Adferd'."""
    return f"{code} {label('grounds', code)}"
