"""The facts a claim corpus sentence is labelled against, computed from the case files alone.

The claim corpus (tests/corpus/påstander.yml) labels each sentence true or false. For the parts
labelled by code (kontroll6 on), the label is computed here, from the raw sample CSVs read with
pandas, with none of klagerapport's ingest, stats, publish or check code: a second, independent
reading of the reporting rules (docs/assumptions.md, report/values.yml's descriptions), so that
a sentence's label does not depend on the code it is used to test. Only the reference data
(the code lists, the units, the settings; for tools/claim_readings.py, the lexicon's documented
tolerances) is shared, as data.

    .venv/bin/python -m tools.claim_facts           # the facts of every report the corpus uses

`tests/test_check_corpus.py` recomputes every label of the parts written with
tools/claim_corpus_kontroll6.py and requires them to equal the corpus's; it also compares
these facts with the build's values that the corpus is checked against (one more
independent check of both).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import pandas as pd
import yaml

# the project's root: the first folder up with pyproject.toml and data/ (as klagerapport.paths
# finds it; a mutation run's copy of tools/ sits below the real root)
ROOT = next(
    p
    for p in Path(__file__).resolve().parents
    if (p / "pyproject.toml").is_file() and (p / "data").is_dir()
)
REFERENCE = ROOT / "data" / "reference"
NATIONAL = ROOT / "data" / "raw" / "sample-national" / "norge-2016-2022.csv"
# the reports the claim corpus is about (its items' `rapport`): district, year, the case file;
# another district or year is read from the national sample
REPORTS = {
    name: (spec["distrikt"], int(spec["år"]), ROOT / spec["data"])
    for name, spec in yaml.safe_load(
        (ROOT / "tests" / "corpus" / "rapporter.yml").read_text(encoding="utf-8")
    ).items()
}


def source(district: str, year: int) -> Path:
    return next((f for d, y, f in REPORTS.values() if (d, y) == (district, year)), NATIONAL)


def _yaml(name: str):
    return yaml.safe_load((REFERENCE / name).read_text(encoding="utf-8"))


def _spellings(code: str) -> set[str]:
    """A discrimination code and its aliases (codes.yml), in lower case."""
    (spec,) = [d for d in _yaml("codes.yml")["discrimination"] if d["code"] == code]
    return {s.lower() for s in [spec["code"], *spec.get("aliases", [])]}


ETHNIC = _spellings("etnisk")
OTHER = _spellings("annen")
# «fristen»: the days a complaint should be answered within (settings.yml)
DEADLINE_DAYS = int(_yaml("settings.yml")["answer_deadline_days"])

# Towns and the police district each lies in: the labeller's own list (general knowledge of the
# 2020 police districts), not the check's lexicon. A sentence that gives a district's figures as
# a town of another district's is false; one that names the district's own towns is about it.
TOWNS = {
    "Bergen": "Vest", "Førde": "Vest", "Stavanger": "Sør-Vest", "Haugesund": "Sør-Vest",
    "Kristiansand": "Agder", "Arendal": "Agder", "Tromsø": "Troms", "Harstad": "Troms",
    "Bodø": "Nordland", "Mo i Rana": "Nordland", "Trondheim": "Trøndelag",
    "Hamar": "Innlandet", "Lillehammer": "Innlandet", "Gjøvik": "Innlandet",
    "Ålesund": "Møre og Romsdal", "Molde": "Møre og Romsdal", "Drammen": "Sør-Øst",
    "Tønsberg": "Sør-Øst", "Fredrikstad": "Øst", "Hammerfest": "Finnmark", "Sandvika": "Oslo",
    "Asker": "Oslo", "Bærum": "Oslo",
}  # fmt: skip


def town_in(town: str, district: str) -> tuple[bool, str]:
    """Whether `town` lies in `district` (TOWNS), with the reason."""
    where = TOWNS[town]
    return where == district, f"{town} ligger i {where}; rapporten gjelder {district}"


@cache
def _cases(file: Path) -> pd.DataFrame:
    frame = pd.read_csv(file, sep=";", dtype=str, keep_default_na=False)
    for column in ("mottatt", "avsluttet"):
        frame[column] = pd.to_datetime(frame[column], format="%d.%m.%Y", errors="coerce")
    frame["diskriminering"] = frame["diskriminering"].str.strip().str.lower()
    return frame


@dataclass(frozen=True)
class Facts:
    """One district's cases, and the report year's figures as the form defines them."""

    district: str
    year: int

    @cached_property
    def cases(self) -> pd.DataFrame:
        frame = _cases(source(self.district, self.year))
        return frame[frame["distrikt"] == self.district]

    # ------------------------------------------------------------------ populations
    def received_cases(self, year: int) -> pd.DataFrame:
        return self.cases[self.cases["mottatt"].dt.year == year]

    def decided_cases(self, year: int) -> pd.DataFrame:
        return self.cases[self.cases["avsluttet"].dt.year == year]

    def received(self, year: int | None = None) -> int:
        return len(self.received_cases(self.year if year is None else year))

    def decided(self, year: int | None = None) -> int:
        return len(self.decided_cases(self.year if year is None else year))

    def open(self) -> int:
        """Received in the report year and not decided by the end of the data."""
        return int(self.received_cases(self.year)["avsluttet"].isna().sum())

    def open_on(self, day: dt.date, year: int | None = None) -> int:
        """Received in the year (the report year) and not decided by the end of `day`."""
        got = self.received_cases(self.year if year is None else year)["avsluttet"]
        return int((got.isna() | (got > pd.Timestamp(day))).sum())

    def all_decided_by(self) -> dt.date | None:
        got = self.received_cases(self.year)["avsluttet"]
        return None if got.isna().any() else got.max().date()

    # ------------------------------------------------------------------ categories
    def decision(self, code: str, year: int | None = None) -> int:
        cases = self.received_cases(self.year if year is None else year)
        return int((cases["avgjorelse"] == code).sum())

    def decision_share(self, code: str, year: int | None = None) -> float:
        return self.decision(code, year) / self.received(year)

    def decisions(self, year: int | None = None) -> dict[str, int]:
        return {d["code"]: self.decision(d["code"], year) for d in _yaml("codes.yml")["decisions"]}

    def ground(self, key: str, year: int | None = None) -> int:
        code = {g["key"]: g["code"] for g in _yaml("codes.yml")["grounds"]}[key]
        cases = self.received_cases(self.year if year is None else year)
        return int((cases["grunnlag"] == code).sum())

    def ground_share(self, key: str, year: int | None = None) -> float:
        return self.ground(key, year) / self.received(year)

    def grounds(self, year: int | None = None) -> dict[str, int]:
        return {g["key"]: self.ground(g["key"], year) for g in _yaml("codes.yml")["grounds"]}

    def ethnic_received(self, year: int | None = None) -> int:
        cases = self.received_cases(self.year if year is None else year)
        return int(cases["diskriminering"].isin(ETHNIC).sum())

    def ethnic_decided(self, year: int | None = None) -> int:
        cases = self.decided_cases(self.year if year is None else year)
        return int(cases["diskriminering"].isin(ETHNIC).sum())

    def ethnic_by(self, column: str, year: int | None = None) -> dict[str, int]:
        """The cases received in the year with ethnic discrimination, per decision code
        (`column` avgjorelse) or per ground key (grunnlag), in codes.yml's order."""
        return self._discrimination_by(ETHNIC, column, year)

    def other_by(self, column: str, year: int | None = None) -> dict[str, int]:
        """The same for the cases with other discrimination (K-disk)."""
        return self._discrimination_by(OTHER, column, year)

    def _discrimination_by(self, spellings: set[str], column: str, year: int | None):
        cases = self.received_cases(self.year if year is None else year)
        marked = cases[cases["diskriminering"].isin(spellings)]
        codes = {
            "avgjorelse": {d["code"]: d["code"] for d in _yaml("codes.yml")["decisions"]},
            "grunnlag": {g["key"]: g["code"] for g in _yaml("codes.yml")["grounds"]},
        }[column]
        return {key: int((marked[column] == code).sum()) for key, code in codes.items()}

    def other_received(self, year: int | None = None) -> int:
        cases = self.received_cases(self.year if year is None else year)
        return int(cases["diskriminering"].isin(OTHER).sum())

    def other_decided(self) -> int:
        return int(self.decided_cases(self.year)["diskriminering"].isin(OTHER).sum())

    def received_in_month(self, month: int, year: int | None = None) -> int:
        """Cases received in `month` (1-12) of the year (the report year)."""
        cases = self.received_cases(self.year if year is None else year)
        return int((cases["mottatt"].dt.month == month).sum())

    def unit(self, name: str, year: int | None = None) -> int:
        """Cases received against a unit of units.yml (its name or an alias, any case)."""
        units = _yaml("units.yml").get(self.district.lower(), [])
        (spec,) = [u for u in units if u["name"] == name]
        spellings = {s.casefold() for s in [spec["name"], *spec.get("aliases", [])]}
        cases = self.received_cases(self.year if year is None else year)
        return int(cases["enhet"].str.strip().str.casefold().isin(spellings).sum())

    def units(self, year: int | None = None) -> dict[str, int]:
        """Cases received against each unit of the district's list in units.yml."""
        names = [u["name"] for u in _yaml("units.yml").get(self.district.lower(), [])]
        return {name: self.unit(name, year) for name in names}

    # ------------------------------------------------------------------ the yearly series
    def decided_series(self) -> dict[int, int]:
        """Cases decided each year, from the first year of the statistics (or the data's)."""
        first = max(_yaml("settings.yml")["first_year"], int(self.cases["mottatt"].dt.year.min()))
        return {y: self.decided(y) for y in range(first, self.year + 1)}

    def received_series(self) -> dict[int, int]:
        """Cases received each year, over the years of decided_series."""
        return {y: self.received(y) for y in self.decided_series()}

    def ethnic_decided_series(self) -> dict[int, int]:
        return {y: self.ethnic_decided(y) for y in self.decided_series()}

    # ------------------------------------------------------------------ handling time
    def basis_days(self) -> int:
        """docs/assumptions.md P12: at most handling_basis_days after the year's end, fewer when
        the data (the district's cases, received or answered) ends sooner."""
        last = max(self.cases["mottatt"].max(), self.cases["avsluttet"].max()).date()
        days = (last - dt.date(self.year, 12, 31)).days
        return max(0, min(_yaml("settings.yml")["handling_basis_days"], days))

    def handling_days(self, year: int | None = None) -> list[int]:
        year = self.year if year is None else year
        basis = pd.Timestamp(dt.date(year, 12, 31) + dt.timedelta(days=self.basis_days()))
        cases = self.received_cases(year)
        cases = cases[cases["avsluttet"].notna() & (cases["avsluttet"] <= basis)]
        return [int(d) for d in (cases["avsluttet"] - cases["mottatt"]).dt.days]

    def share_over(self, days: int, year: int | None = None) -> float:
        """The share of the handling-time cases that took more than `days` days."""
        got = self.handling_days(year)
        return sum(d > days for d in got) / len(got)

    def count_over(self, days: int, year: int | None = None) -> int:
        """How many of the handling-time cases took more than `days` days."""
        return sum(d > days for d in self.handling_days(year))

    def count_under(self, days: int, year: int | None = None) -> int:
        """How many of the handling-time cases took fewer than `days` days."""
        return sum(d < days for d in self.handling_days(year))

    def longest_days(self, year: int | None = None) -> int:
        """The longest handling time among the handling-time cases."""
        return max(self.handling_days(year))

    def mean_days(self, year: int | None = None) -> float:
        return statistics.fmean(self.handling_days(year))

    def median_days(self, year: int | None = None) -> float:
        return float(statistics.median(self.handling_days(year)))

    def within_deadline(self, year: int | None = None) -> float:
        days = self.handling_days(year)
        return sum(d <= DEADLINE_DAYS for d in days) / len(days)

    def open_at_year_end(self) -> int:
        """Received in the report year and not yet answered on its 31 December."""
        got = self.received_cases(self.year)["avsluttet"]
        return int((got.isna() | (got > pd.Timestamp(dt.date(self.year, 12, 31)))).sum())

    # ------------------------------------------------------------------ shown
    def summary(self) -> dict:
        y = self.year
        return {
            "received": {y - 1: self.received(y - 1), y: self.received()},
            "decided": {y - 1: self.decided(y - 1), y: self.decided()},
            "open": self.open(),
            "all_decided_by": str(self.all_decided_by()),
            "decisions": {y - 1: self.decisions(y - 1), y: self.decisions()},
            "grounds": self.grounds(),
            "ethnic": {
                "received": self.ethnic_received(),
                "decided": self.ethnic_decided(),
                "decided_series": self.ethnic_decided_series(),
            },
            "other": {"received": self.other_received(), "decided": self.other_decided()},
            "handling": {
                yy: {
                    "n": len(self.handling_days(yy)),
                    "mean": round(self.mean_days(yy), 2),
                    "median": self.median_days(yy),
                    "within": round(self.within_deadline(yy), 4),
                }
                for yy in (y - 1, y)
            },
            "decided_series": self.decided_series(),
        }


@dataclass(frozen=True)
class Nation:
    """The whole country in a year: every district of the national sample, each district's
    figures as its own report counts them (Facts), and the country's as the national report
    does (every case of every district; a handling time over every district's handling-time
    cases). The labeller's reading of «landet», «landsgjennomsnittet», «de andre distriktene»."""

    year: int

    @cached_property
    def districts(self) -> dict[str, Facts]:
        names = sorted(set(_cases(NATIONAL)["distrikt"]))
        return {d: Facts(d, self.year) for d in names if Facts(d, self.year).received() > 0}

    def received(self) -> int:
        return sum(f.received() for f in self.districts.values())

    def by_district(self, what) -> dict[str, float]:
        """`what(facts)` for each district, e.g. `lambda f: f.mean_days()`."""
        return {d: what(f) for d, f in self.districts.items()}

    def decision_share(self, code: str) -> float:
        return sum(f.decision(code) for f in self.districts.values()) / self.received()

    def handling_days(self) -> list[int]:
        return [d for f in self.districts.values() for d in f.handling_days()]

    def mean_days(self) -> float:
        return statistics.fmean(self.handling_days())

    def within_deadline(self) -> float:
        days = self.handling_days()
        return sum(d <= DEADLINE_DAYS for d in days) / len(days)


def main() -> int:
    for name, (district, year, _) in REPORTS.items():
        print(f"{name}:")
        print(yaml.safe_dump(Facts(district, year).summary(), allow_unicode=True, sort_keys=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
