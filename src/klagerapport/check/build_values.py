"""The values of one build as the commentary check sees them: key -> raw, text, kind, section.

Read from the run folder: `values/<section>.json` (raw and text per key, grouped by the section
that computed it); a folder with only the merged `values.json` and `_variables.yml` works too.
The kind of each value (count, share, days, date, year, word, sentence) comes from the value
contract (report/values.yml, publish/contract.py; its "change" is a share here: printed as a
percent); a key the contract does not declare has its kind inferred from key and raw value.

Two more facts come from the contract for the claim check (claims.py): `series: <table>` names the
table in `tables/` that holds a count's whole yearly series (the development section's
«utvikling»), read here as year -> count; `rank: max|min` marks a key that is by definition the
largest or smallest (the national comparison's `comparison.received_max`); `better: opp|ned` the
way a value moves when things get better («en bedring» of the handling time is a fall).
"""

from __future__ import annotations

import csv
import difflib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .. import paths, settings, userfiles
from ..errors import KlagerapportError
from ..publish import contract, utgave

KINDS = ("count", "share", "days", "date", "year", "word", "sentence")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Entry:
    key: str
    raw: int | float | str | None
    text: str
    kind: str
    section: str

    @property
    def missing(self) -> bool:
        """No data: the report prints '–' (or a word such as 'ikke alle avsluttet')."""
        return self.raw is None


def kind_of(key: str, raw: object, text: str) -> str:
    """What a value is: the contract's kind, else inferred from its key and raw value."""
    declared = contract.kind_of(key)
    if declared is not None:
        return "share" if declared == "change" else declared
    return _inferred_kind(key, raw, text)


def is_change(key: str | None) -> bool:
    """Is the value a relative change (the contract's kind `change`, read as a share)?"""
    return key is not None and contract.kind_of(key) == "change"


@cache
def _contract_items() -> tuple[dict, ...]:
    return tuple(userfiles.load_yaml(paths.VALUES_CONTRACT)["keys"])


def _extra(key: str, field: str) -> str | None:
    """A field of the contract entry `key` belongs to (one the build itself does not read)."""
    spec = contract.spec_of(key)
    if spec is None:
        return None
    for item in _contract_items():
        if item["key"] == spec.key:
            value = item.get(field)
            return None if value is None else str(value)
    return None


def rank_of(key: str) -> str | None:
    """'max' or 'min' when the key is by definition the largest or smallest value (`rank:`)."""
    return _extra(key, "rank")


def better_of(key: str) -> str | None:
    """'opp' or 'ned': the way the value moves when things get better (`better:`), or None."""
    return _extra(key, "better")


def describes_of(key: str) -> str | None:
    """The value a word key (`change_word`, `rank_word`) says the change or rank of
    (`describes:`), or None."""
    return _extra(key, "describes")


def series_tables() -> dict[str, str]:
    """Contract key -> the table in tables/ holding its yearly series (`series:`)."""
    return {i["key"]: str(i["series"]) for i in _contract_items() if i.get("series")}


def read_year_table(file: Path) -> dict[int, int | None]:
    """A per-year table (first column the year, second the count) as year -> count; a cell the
    edition hides («:») or that is not a whole number is None (unknown)."""
    out: dict[int, int | None] = {}
    with open(file, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    for row in rows[1:]:
        if len(row) < 2 or not row[0].strip().isdigit():
            continue
        cell = row[1].strip()
        out[int(row[0])] = int(cell) if cell.isdigit() else None
    return out


def description(key: str) -> str:
    spec = contract.spec_of(key)
    return spec.description if spec else ""


def _inferred_kind(key: str, raw: object, text: str) -> str:
    leaf = key.rsplit(".", 1)[-1]
    if key.startswith("year.") or leaf.endswith("year") or leaf.endswith("_year"):
        return "year"
    if isinstance(raw, str):
        if _ISO_DATE.match(raw):
            return "date"
        return "sentence" if " " in raw.strip() and len(raw.split()) > 3 else "word"
    if leaf.endswith("share") or leaf == "change" or leaf.startswith("within_deadline"):
        return "share"
    if text.rstrip().endswith("%"):
        return "share"
    if isinstance(raw, float) and not float(raw).is_integer():
        return "days"
    if key.startswith("handling_days.") and leaf.startswith(("mean", "median")):
        return "days"
    if raw is None and leaf.endswith("_by"):
        return "date"
    if raw is None and leaf.endswith(("_word", "_sentence")):
        return "word" if leaf.endswith("_word") else "sentence"
    return "count"


def _flatten(tree: object, prefix: str = "") -> dict[str, object]:
    if isinstance(tree, dict):
        out: dict[str, object] = {}
        for k, v in tree.items():
            out.update(_flatten(v, f"{prefix}{k}."))
        return out
    return {prefix[:-1]: tree}


class BuildValues:
    """Every value of a build; `district` and `year` come from the values themselves."""

    def __init__(
        self,
        entries: dict[str, Entry],
        series: dict[str, dict[int, int | None]] | None = None,
    ):
        self.entries = dict(sorted(entries.items()))
        # contract key (decided.total) -> year -> count: the whole yearly series it belongs to
        self.series = dict(series or {})
        # what the check derives from these values once (statements.Reader per district)
        self.memo: dict = {}
        # the edition the values are of: which `[…]{.intern}`/`[…]{.offentlig}` spans count,
        # and whether the public edition's wording check runs (check/public.py)
        self.utgave = settings.INTERN
        # the value keys the edition hides (its commentary may not quote them; check/public.py)
        self.hidden: set[str] = set()

    @classmethod
    def from_flat(
        cls,
        flat: dict[str, dict],
        section: str = "",
        series: dict[str, dict[int, int | None]] | None = None,
    ) -> BuildValues:
        """{'a.b': {'value': raw, 'text': '...'}} (the values/<section>.json form); `series`:
        contract key -> {year: count} (the tables/ form, see `series_tables`)."""
        return cls(
            {
                k: Entry(
                    k,
                    v.get("value"),
                    str(v.get("text", "")),
                    kind_of(k, v.get("value"), str(v.get("text", ""))),
                    section,
                )
                for k, v in flat.items()
            },
            series,
        )

    @classmethod
    def load(cls, run_dir: Path) -> BuildValues:
        values = cls._load_values(Path(run_dir))
        values.utgave = utgave.of_run(run_dir)  # the edition whose commentary spans are read
        values.hidden = utgave.hidden_value_keys(run_dir)
        for key, table in series_tables().items():
            file = Path(run_dir) / "tables" / f"{table}.csv"
            if file.is_file():
                values.series[key] = read_year_table(file)
        return values

    @classmethod
    def _load_values(cls, run_dir: Path) -> BuildValues:
        entries: dict[str, Entry] = {}
        section_files = sorted((run_dir / "values").glob("*.json"))
        if section_files:
            for file in section_files:
                try:
                    data = json.loads(file.read_text(encoding="utf-8"))
                except json.JSONDecodeError as err:
                    raise KlagerapportError(
                        f"{paths.shown(file)}: ikke gyldig JSON: {err}"
                    ) from None
                entries.update(cls.from_flat(data, file.stem).entries)
            return cls(entries)
        raw_file, text_file = run_dir / "values.json", run_dir / "_variables.yml"
        if not (raw_file.is_file() and text_file.is_file()):
            raise KlagerapportError(
                f"fant ikke verdiene i {paths.shown(run_dir)} (values.json og _variables.yml). "
                "Bygg rapporten først: «klagerapport build»."
            )
        raws = _flatten(json.loads(raw_file.read_text(encoding="utf-8")))
        texts = _flatten(yaml.safe_load(text_file.read_text(encoding="utf-8")) or {})
        for key in sorted(set(raws) | set(texts)):
            raw, text = raws.get(key), str(texts.get(key, ""))
            section = key.split(".", 1)[0]
            entries[key] = Entry(key, raw, text, kind_of(key, raw, text), section)
        return cls(entries)

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def raw(self, key: str):
        entry = self.entries.get(key)
        return None if entry is None else entry.raw

    @property
    def district(self) -> str:
        return str(self.raw("district") or "")

    @property
    def year(self) -> int | None:
        year = self.raw("year.current")
        return int(year) if isinstance(year, int) else None

    def nearest(self, key: str, n: int = 3) -> list[str]:
        """The existing keys most like a mistyped one ('received.totalt' -> 'received.total')."""
        keys = list(self.entries)
        close = difflib.get_close_matches(key, keys, n=n, cutoff=0.6)
        if len(close) < n and "." in key:
            head, leaf = key.rsplit(".", 1)
            same_group = [k for k in keys if k.startswith(head + ".")]
            for k in difflib.get_close_matches(f"{head}.{leaf}", same_group, n=n, cutoff=0.3):
                if k not in close:
                    close.append(k)
        return close[:n]

    def by_section(self) -> dict[str, list[Entry]]:
        out: dict[str, list[Entry]] = {}
        for entry in self.entries.values():
            out.setdefault(entry.section, []).append(entry)
        return dict(sorted(out.items()))
