"""The report's date, as the analysts set it: `dato.yml`.

The file is `commentary/<district>/<year>/dato.yml`:

    dato: 2020-03-15

Page 1 of the report (and the HTML's title block) shows this date. The data cannot tell the
day a report is dated, so a final edition (`--endelig`) is refused without the file (`missing`,
a located problem naming the file to create and its form, listed with the commentary's other
problems). A draft without it shows a provisional date that is true for the report year, marked
as such: the day the report year's handling time is taken at (`handling_days.basis_date`,
docs/assumptions.md P12; render/finality.py), never the day of the build, so that the same
commentary and data give the same report, byte for byte, whenever it is built. A date that
cannot be read, or one before the report year has ended, is an error the check names with the
file and line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from .. import paths, userfiles
from ..errors import Problem
from .findings import ERROR, WARNING

FILE_NAME = "dato.yml"
KEY = "dato"
CODE = "report-date"
MISSING_CODE = "report-date-missing"  # stops a final edition (check/findings.FINAL_BLOCKING)
FORM = f"{KEY}: ÅÅÅÅ-MM-DD"
PROVISIONAL = "foreløpig"  # what a draft's page 1 says of a date the analysts did not set


def _line_of_key(text: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(f"{KEY}:"):
            return number
    return 1


def load(folder: Path, year: int | None = None) -> tuple[dt.date | None, list[Problem]]:
    """The date set in `folder`'s dato.yml (None without the file or with a bad one) and the
    problems of the file."""
    file = Path(folder) / FILE_NAME
    if not file.is_file():
        return None, []
    shown = paths.shown(file)
    try:
        text = userfiles.read_text(file, shown)
    except userfiles.UserFileError as err:
        return None, err.problems

    def problem(line: int, message: str) -> tuple[None, list[Problem]]:
        fix = f"skriv «{FORM}», for eksempel «{KEY}: 2020-03-15»"
        return None, [Problem.at(shown, line, 0, ERROR, CODE, message, fix)]

    try:
        data = userfiles.parse_yaml(text, shown)
    except userfiles.UserFileError as err:
        return None, err.problems
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        return problem(mark.line + 1 if mark else 1, f"ikke gyldig YAML: {err}")
    if not isinstance(data, dict) or KEY not in data:
        return problem(1, f"filen skal sette rapportens dato under «{KEY}:»")
    line = _line_of_key(text)
    unknown = sorted(str(k) for k in data if k != KEY)
    if unknown:
        return problem(line, f"ukjente nøkler: {', '.join(unknown)} (bare «{KEY}»)")
    value = data[KEY]
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        return problem(line, f"«{value}» er ikke en dato på formen ÅÅÅÅ-MM-DD")
    if year is not None and value.year <= year:
        return problem(
            line, f"rapporten for {year} kan ikke være datert {value.isoformat()}, før året er omme"
        )
    return value, []


def missing(folder: Path, year: int) -> list[Problem]:
    """[] if `folder` has a dato.yml (its problems are `load`'s), else the one problem a final
    edition stops on: the file to create and its form. A warning, so a draft shows it in its
    box beside its provisional date."""
    file = Path(folder) / FILE_NAME
    if file.is_file():
        return []
    message = (
        "rapportens dato er ikke satt (dataene kan ikke si hvilken dag rapporten gis ut); "
        f"et utkast viser en {PROVISIONAL} dato, en endelig rapport bygges ikke uten den"
    )
    fix = f"lag filen {paths.shown(file)} med linjen «{FORM}»: datoen rapporten for {year} gis ut"
    return [Problem.at(paths.shown(file), 0, 0, WARNING, MISSING_CODE, message, fix)]


def reminder(folder: Path) -> str:
    """The line `new-year` and `new-district` print about the new year's report date."""
    return (
        f"Rapportens dato: lag {paths.shown(Path(folder) / FILE_NAME)} med «{FORM}» før den "
        f"endelige rapporten (et utkast viser en {PROVISIONAL} dato)."
    )
