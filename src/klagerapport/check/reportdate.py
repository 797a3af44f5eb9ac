"""The report's date, as the analysts set it: `dato.yml`.

The file is `commentary/<district>/<year>/dato.yml`:

    dato: 2020-03-15
    offentlig: 2020-04-01   # optional: the public edition's own date

Page 1 of the report (and the HTML's title block) shows this date; the public edition shows
`offentlig` where it is set (the public edition is often given out later than the form goes to
POD). The public edition's page 1 may not show a date it withholds (`withheld_clash`: one case's
date, the day the year's last complaint was answered; docs/suppression.md, "Dates"). The data
cannot tell the day a report is dated, so a final edition (`--endelig`) is refused without the
file (`missing`, a located problem naming the file to create and its form, listed with the
commentary's other problems). A draft without it shows a provisional date that is true for the
report year, marked as such: the day the report year's handling time is taken at
(`handling_days.basis_date`, docs/assumptions.md P12; render/finality.py), never the day of the
build, so that the same commentary and data give the same report, byte for byte, whenever it is
built. A date that cannot be read, or one before the report year has ended, is an error the
check names with the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from .. import fmt, paths, userfiles
from ..errors import BuildError, Problem
from ..publish import contract, withheld
from .findings import ERROR, WARNING
from .report import terminal

FILE_NAME = "dato.yml"
KEY = "dato"
PUBLIC_KEY = "offentlig"  # the public edition's own date, if it is given out another day
KEYS = (KEY, PUBLIC_KEY)
CLASH_CODE = "report-date-withheld"  # a public page 1 dated the day of a withheld date
CODE = "report-date"
MISSING_CODE = "report-date-missing"  # stops a final edition (check/findings.FINAL_BLOCKING)
FORM = f"{KEY}: ÅÅÅÅ-MM-DD"
PROVISIONAL = "foreløpig"  # what a draft's page 1 says of a date the analysts did not set


def _line_of_key(text: str, key: str = KEY) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(f"{key}:"):
            return number
    return 1


@dataclass(frozen=True)
class Dates:
    """What a dato.yml sets: the report's date (`dato`), the public edition's own if set
    (`offentlig`), and the line of each, for the problems that name them."""

    report: dt.date | None = None
    public: dt.date | None = None
    shown: str = ""  # the file as messages name it
    lines: dict = field(default_factory=dict)  # key -> line

    def of_edition(self, public: bool) -> dt.date | None:
        """The date page 1 of the edition prints: the public edition's own, else the report's."""
        return self.public if public and self.public is not None else self.report


def load(folder: Path, year: int | None = None) -> tuple[dt.date | None, list[Problem]]:
    """The date set in `folder`'s dato.yml (None without the file or with a bad one) and the
    problems of the file."""
    dates, problems = load_dates(folder, year)
    return dates.report, problems


def load_dates(folder: Path, year: int | None = None) -> tuple[Dates, list[Problem]]:
    """The dates set in `folder`'s dato.yml (none without the file, or with a bad one) and the
    problems of the file."""
    file = Path(folder) / FILE_NAME
    if not file.is_file():
        return Dates(), []
    shown = paths.shown(file)
    try:
        text = userfiles.read_text(file, shown)
    except userfiles.UserFileError as err:
        return Dates(shown=shown), err.problems

    def problem(line: int, message: str) -> tuple[Dates, list[Problem]]:
        fix = f"skriv «{FORM}», for eksempel «{KEY}: 2020-03-15»"
        return Dates(shown=shown), [Problem.at(shown, line, 0, ERROR, CODE, message, fix)]

    try:
        data = userfiles.parse_yaml(text, shown)
    except userfiles.UserFileError as err:
        return Dates(shown=shown), err.problems
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        return problem(mark.line + 1 if mark else 1, f"ikke gyldig YAML: {err}")
    if not isinstance(data, dict) or KEY not in data:
        return problem(1, f"filen skal sette rapportens dato under «{KEY}:»")
    lines = {key: _line_of_key(text, key) for key in KEYS if key in data}
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        known = " og ".join(f"«{k}»" for k in KEYS)
        return problem(lines[KEY], f"ukjente nøkler: {', '.join(unknown)} (bare {known})")
    found = {}
    for key, line in lines.items():
        value = data[key]
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            return problem(line, f"«{value}» er ikke en dato på formen ÅÅÅÅ-MM-DD")
        if year is not None and value.year <= year:
            return problem(
                line,
                f"rapporten for {year} kan ikke være datert {value.isoformat()}, før året er omme",
            )
        found[key] = value
    return Dates(found[KEY], found.get(PUBLIC_KEY), shown, lines), []


def withheld_clash(
    folder: Path, year: int, withheld: Mapping[str, dt.date], described: Mapping[str, str]
) -> list[Problem]:
    """The public edition's page 1 may not print a date it withholds (one case's date, such as
    the day the year's last complaint was answered: publish/withheld.py): one problem per
    withheld date equal to the date the public edition's page 1 would print (dato.yml's
    `offentlig`, else its `dato`), naming both, at the line of the key that set it.
    `described`: each withheld key's description, for the message."""
    dates, _problems = load_dates(folder, year)  # the check names the file's own problems
    shown_date = dates.of_edition(public=True)
    if shown_date is None:
        return []
    key = PUBLIC_KEY if dates.public is not None else KEY
    found = []
    for withheld_key, value in sorted(withheld.items()):
        if value != shown_date:
            continue
        message = (
            f"den offentlige utgaven kan ikke dateres {fmt.date(shown_date)} på side 1: det er "
            f"samme dag som «{withheld_key}» ({described.get(withheld_key, '')}), én enkelt "
            "klages dato, som den offentlige utgaven holder tilbake (docs/suppression.md, "
            "«Dates»)"
        )
        fix = (
            f"sett «{PUBLIC_KEY}: ÅÅÅÅ-MM-DD» i {dates.shown}: dagen den offentlige utgaven gis "
            "ut, ikke en dag dataene forteller om"
        )
        found.append(Problem.at(dates.shown, dates.lines[key], 0, ERROR, CLASH_CODE, message, fix))
    return found


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


def _first_clause(description: str) -> str:
    """A value's description (report/values.yml) up to its first aside: what the value is."""
    return re.split(r" \(|;", description, maxsplit=1)[0]


def refuse_withheld(cases: pd.DataFrame, *, district: str, year: int) -> None:
    """A public build's check of its page 1 date against the dates it withholds, computed from
    the true `cases` (publish/withheld.py): a BuildError naming each clash with its file and
    line, before anything is published."""
    found = withheld_clash(
        paths.commentary_dir(district, year),
        year,
        withheld.dates(cases, district=district, year=year),
        {key: _first_clause(contract.spec_of(key).description) for key in withheld.date_keys()},
    )
    if found:
        title = f"Den offentlige utgaven for {district} {year} bygges ikke"
        raise BuildError(terminal(found, title=title), found)
