"""The allow-list: numbers and claim words a district's commentary may type without a placeholder.

One file per district, `commentary/<district>/tillatt.yml`, edited by the analysts:

    tall:                      # literal numbers that are not complaint statistics
      - avsnitt: generelt      # the commentary file without .md
        tekst: I 2017 ble OPD slått sammen
        grunn: fast historisk årstall for sammenslåingen, ikke en sammenligning av data
        år: 2019               # optional: holds for this report year only
    ord:                       # direction/rank words that are not about the report's numbers
      - avsnitt: frister
        tekst: er økende
        grunn: byråkratiet rundt klagesaksbehandlingen, ikke et tall i rapporten

An entry holds for every year unless it names `år`; `klagerapport new-year` leaves year-bound
entries behind, so they are re-decided for the new year.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import paths, userfiles
from ..errors import Problem
from .findings import ERROR

KINDS = {"tall": "number", "ord": "word"}


@dataclass(frozen=True)
class Allowed:
    kind: str  # "number" | "word"
    section: str
    text: str
    reason: str
    year: int | None = None
    line: int = 0  # where the entry starts in tillatt.yml

    def applies(self, section: str, year: int | None) -> bool:
        return self.section == section and (self.year is None or self.year == year)


def load(file: Path) -> tuple[list[Allowed], list[Problem]]:
    """The entries of one tillatt.yml (none if the file is absent) and any problems in it."""
    if not file.is_file():
        return [], []
    shown = paths.shown(file)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = userfiles.read_text(file, shown)
        data = yaml.compose(text, Loader=loader)
        plain = userfiles.parse_yaml(text, shown) or {}
    except userfiles.UserFileError as err:
        return [], err.problems
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        return [], [Problem.at(shown, line, 0, ERROR, "allowlist", f"ikke gyldig YAML: {err}")]
    if not isinstance(plain, dict):
        return [], [Problem.at(shown, 1, 0, ERROR, "allowlist", "forventet «tall:» og «ord:»")]
    lines = _entry_lines(data)
    entries, problems = [], []
    for name, kind in KINDS.items():
        for i, item in enumerate(plain.get(name) or []):
            line = lines.get((name, i), 0)
            if not isinstance(item, dict) or not all(
                isinstance(item.get(k), str) and item.get(k).strip()
                for k in ("avsnitt", "tekst", "grunn")
            ):
                problems.append(
                    Problem.at(
                        shown,
                        line,
                        0,
                        ERROR,
                        "allowlist",
                        f"«{name}» nr. {i + 1} må ha avsnitt, tekst og grunn (alle som tekst)",
                    )
                )
                continue
            year = item.get("år")
            if year is not None and not isinstance(year, int):
                problems.append(
                    Problem.at(
                        shown, line, 0, ERROR, "allowlist", f"«år» skal være et årstall: {year}"
                    )
                )
                continue
            entries.append(
                Allowed(
                    kind, item["avsnitt"].strip(), item["tekst"], item["grunn"].strip(), year, line
                )
            )
    unknown = set(plain) - set(KINDS)
    if unknown:
        problems.append(
            Problem.at(
                shown,
                1,
                0,
                ERROR,
                "allowlist",
                f"ukjente nøkler {sorted(unknown)}; bare tall og ord",
            )
        )
    return entries, problems


def _entry_lines(node) -> dict[tuple[str, int], int]:
    out: dict[tuple[str, int], int] = {}
    if not isinstance(node, yaml.MappingNode):
        return out
    for key, value in node.value:
        if isinstance(value, yaml.SequenceNode):
            for i, item in enumerate(value.value):
                out[(key.value, i)] = item.start_mark.line + 1
    return out


def for_district(district: str) -> tuple[list[Allowed], list[Problem]]:
    return load(paths.allowlist_file(district))


def spans(line: str, phrases: list[str]) -> list[tuple[int, int]]:
    """Where the allowed phrases occur in a line, as (start, end) column pairs."""
    out = []
    for phrase in phrases:
        start = line.find(phrase)
        while start >= 0:
            out.append((start, start + len(phrase)))
            start = line.find(phrase, start + 1)
    return out


def covered(start: int, end: int, allowed: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in allowed)
