"""The units a district's form reports on, from data/reference/units.yml, and matching the
export's free-text `enhet` to them.

A case's `enhet` becomes a listed unit's name (matched on the name or an alias, ignoring case
and extra spaces), OTHER ("Andre enheter") for any other text, or missing (<NA>) when empty.
Only listed names and OTHER ever reach a table or a value: the raw text is never published.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from .. import paths, untrusted, userfiles
from ..errors import KlagerapportError

UNITS_FILE = paths.REFERENCE / "units.yml"
OTHER = "Andre enheter"


@dataclass(frozen=True)
class Unit:
    name: str
    aliases: tuple[str, ...] = ()


def normal(text: str) -> str:
    """A unit's spelling as matched: whitespace runs as one space (untrusted.one_space), any
    case."""
    return untrusted.one_space(str(text)).casefold()


@functools.cache
def _read(file: Path) -> dict:
    try:
        data = userfiles.load_yaml(file) or {}
    except FileNotFoundError:
        return {}
    except yaml.YAMLError as err:
        raise KlagerapportError(f"{paths.shown(file)}: ikke gyldig YAML: {err}") from None
    if not isinstance(data, dict):
        raise KlagerapportError(f"{paths.shown(file)}: forventet distrikter som nøkler")
    return data


def for_district(district: str, file: Path | None = None) -> list[Unit]:
    """The listed units of a district (empty if the district has no list)."""
    file = file or UNITS_FILE
    entries = _read(file).get(paths.slug(district)) or []
    return make(entries, where=f"{paths.shown(file)}: {paths.slug(district)}")


def make(entries: list, where: str = "enhetslisten") -> list[Unit]:
    """Units from a list of names or {name, aliases} mappings; each name and alias once."""
    units, seen = [], {}
    for entry in entries:
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            raise KlagerapportError(f"{where}: hver enhet trenger et navn ({entry!r})")
        unit = Unit(str(entry["name"]).strip(), tuple(str(a) for a in entry.get("aliases") or ()))
        for spelling in (unit.name, *unit.aliases):
            if normal(spelling) in seen:
                raise KlagerapportError(
                    f"{where}: «{spelling}» står to ganger (under «{seen[normal(spelling)]}» "
                    f"og «{unit.name}»)"
                )
            seen[normal(spelling)] = unit.name
        units.append(unit)
    return units


def assign(raw: pd.Series, units: list[Unit]) -> pd.Series:
    """Each case's unit: a listed name, OTHER, or <NA> for an empty `enhet`."""
    lookup = {normal(s): u.name for u in units for s in (u.name, *u.aliases)}
    text = raw.astype("string").str.strip().replace("", pd.NA)
    names = {v: lookup.get(normal(v), OTHER) for v in text.dropna().unique()}  # once per text
    return text.map(names).astype("string")


def grouped(raw: pd.Series, units: list[Unit]) -> tuple[int, int]:
    """(distinct raw values, cases) counted as OTHER: for the terminal, never for an output."""
    named = assign(raw, units)
    other = raw[named == OTHER].astype("string")
    return len({normal(v) for v in other.dropna().unique()}), len(other)
