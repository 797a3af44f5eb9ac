"""Values the commentary quotes: a raw number and the Norwegian text the report prints.

Every section writes `values/<section>.json` as `{"dotted.key": {"value": raw, "text": "..."}}`;
`merge(run_dir)` joins them into `values.json` (raw values, nested by the dotted keys) and
`_variables.yml` (the texts, same nesting, for Quarto's `{{< var key >}}`).
A value with no data (e.g. no previous year) has raw `None` and text `–`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import fmt, fsutil, paths
from ..errors import KlagerapportError

MISSING_TEXT = "–"

Raw = int | float | str | None


@dataclass(frozen=True)
class Value:
    """One quoted figure: `raw` for values.json, `text` exactly as the report prints it."""

    raw: Raw
    text: str


MISSING = Value(None, MISSING_TEXT)


def count(n: int | None) -> Value:
    """A count: 1047 -> '1 047'."""
    return MISSING if n is None else Value(int(n), fmt.integer(int(n)))


def share(x: float | None, digits: int = 0) -> Value:
    """A share 0..1 shown as percent: 0.1232 -> '12 %'."""
    return MISSING if x is None else Value(float(x), fmt.percent(float(x), digits))


def decimal(x: float | None, digits: int = 1) -> Value:
    """A measured value: 16.666 -> '16,7' (raw kept unrounded)."""
    return MISSING if x is None else Value(float(x), fmt.decimal(float(x), digits))


def year(y: int | None) -> Value:
    """A year, printed plain: 2019 -> '2019' (never '2 019')."""
    return MISSING if y is None else Value(int(y), str(int(y)))


def date(day: dt.date | None) -> Value:
    """A date: raw ISO '2020-01-20', text '20. januar 2020'."""
    return MISSING if day is None else Value(day.isoformat(), fmt.date(day))


def word(text: str) -> Value:
    """A word the prose uses as it is ('økning', 'høyeste')."""
    return Value(text, text)


def unit_key(name: str) -> str:
    """Value key of a unit name: 'Sentralbord og operasjonssentral' ->
    'sentralbord_og_operasjonssentral' (æøå -> ae/o/a, anything else -> '_')."""
    key = paths.slug(name).replace("-", "_")
    return key or "enhet"


def to_json(values: dict[str, Value]) -> dict:
    """The `values/<section>.json` form of a section's values."""
    return {k: {"value": v.raw, "text": v.text} for k, v in values.items()}


def write_section(values: dict[str, Value], path: Path) -> None:
    fsutil.write_text(
        path, json.dumps(to_json(values), ensure_ascii=False, indent=1, sort_keys=True)
    )


def nest(flat: dict[str, object]) -> dict:
    """{'a.b': 1, 'a.c': 2} -> {'a': {'b': 1, 'c': 2}}; a key both leaf and group is an error."""
    out: dict = {}
    for key in sorted(flat):
        node = out
        parts = key.split(".")
        for i, part in enumerate(parts[:-1]):
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise KlagerapportError(
                    f"verdinøkkel «{key}» kolliderer med «{'.'.join(parts[: i + 1])}»"
                )
            node = child
        if parts[-1] in node:
            raise KlagerapportError(f"verdinøkkel «{key}» kolliderer med en gruppe av nøkler")
        node[parts[-1]] = flat[key]
    return out


def read_all(run_dir: Path) -> dict[str, dict]:
    """Every `values/*.json` of a run as one flat dict; a key defined twice is an error."""
    merged: dict[str, dict] = {}
    origin: dict[str, str] = {}
    for file in sorted((run_dir / "values").glob("*.json")):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise KlagerapportError(f"{file}: ikke gyldig JSON: {err}") from None
        for key, item in data.items():
            if key in merged:
                raise KlagerapportError(
                    f"verdinøkkel «{key}» er definert to ganger: i {origin[key]} og {file.name}"
                )
            merged[key] = item
            origin[key] = file.name
    return merged


def merge(run_dir: Path) -> dict:
    """Merge `run_dir/values/*.json` into `values.json` and `_variables.yml`; the raw tree."""
    run_dir = Path(run_dir)
    flat = read_all(run_dir)
    raw = nest({k: v["value"] for k, v in flat.items()})
    text = nest({k: v["text"] for k, v in flat.items()})
    fsutil.write_text(
        run_dir / "values.json", json.dumps(raw, ensure_ascii=False, indent=1, sort_keys=True)
    )
    fsutil.write_text(
        run_dir / "_variables.yml",
        yaml.safe_dump(text, allow_unicode=True, sort_keys=True, width=1000),
    )
    return raw
