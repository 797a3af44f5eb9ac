"""Which reports a batch builds: the years and districts asked for (`--years 2017-2021`,
`--districts all|D1,D2`), each report's folder, the national report's scope, and a draft batch's
final reports, built as final again unless `--utkast` (see `pipeline/batch.py`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import districts as D
from .. import fmt, paths, settings
from .. import render as render_module
from ..errors import KlagerapportError
from ..sections.comparison import districts_in as named_districts

Log = Callable[[str], None]

_YEARS = re.compile(r"^\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?$")


@dataclass(frozen=True)
class Report:
    """One report of a batch."""

    district: str  # the name as the reports print it ("Oslo", "Norge")
    year: int
    folder: Path
    final: bool = False  # built as final: its folder held a final edition (see keep_final)

    @property
    def national(self) -> bool:
        return D.is_national(self.district)

    @property
    def label(self) -> str:
        return f"{self.district} {self.year}"


def scope(
    plan: settings.BuildPlan, districts: str | None, years: str | None
) -> tuple[str, str, str]:
    """The districts and years a batch builds: those given (--districts, --years), else the
    plan's district and year (config.yml's, as every command takes them; Norge there means
    every district, `all`), and the line that says what the batch uses and where each came
    from, as a build's «Parametere:» line does."""

    def taken(name: str) -> str:
        where = plan.origin.get(name)
        return f" (fra {where})" if where else ""

    shown_districts = f"{districts}"
    if districts is None:
        districts = "all" if D.is_national(plan.district) else plan.district
        shown_districts = f"{districts}{taken('district')}"
    shown_years = f"{years}"
    if years is None:
        years = str(plan.year)
        shown_years = f"{years}{taken('year')}"
    line = (
        f"Parametere: distrikter={shown_districts}, år={shown_years}, "
        f"data={paths.shown(plan.data)}{taken('data')}, motor={plan.engine}, {plan.finality}, "
        f"utgave={plan.utgave}"
    )
    return districts, years, line


def parse_years(text: str) -> list[int]:
    """'2017-2021' -> 2017..2021; '2019' -> [2019]; '2017,2019' -> [2017, 2019]."""
    years: set[int] = set()
    for part in str(text).split(","):
        match = _YEARS.match(part)
        if not match:
            raise KlagerapportError(
                f"ugyldige år «{text}»: skriv for eksempel 2019, 2017-2021 eller 2017,2019"
            )
        first, last = int(match[1]), int(match[2] or match[1])
        if last < first:
            raise KlagerapportError(
                f"ugyldig årsspenn «{part.strip()}»: sluttåret er før startåret"
            )
        years.update(range(first, last + 1))
    return sorted(years)


def districts_in(names: list[str]) -> list[str]:
    """The district names of the data in districts.yml's order (unknown spellings as written),
    as the national report's comparison names them."""
    return named_districts(names)


def select_districts(text: str, present: list[str], partial: bool = False) -> list[str]:
    """`all` -> the 12 police districts of districts.yml (and any other unit in the data): a
    user error naming those the data lacks, unless `partial` (then the ones present);
    'Oslo,Vest' -> those (any known spelling)."""
    if str(text).strip().lower() in ("all", "alle"):
        missing = D.missing_police_districts(present)
        if missing and not partial:
            total = len(D.police_districts())
            raise KlagerapportError(
                f"--districts all betyr alle {total} politidistriktene, men dataene har ingen "
                f"saker fra {fmt.listing(d.name for d in missing)}. Velg distriktene som finnes "
                f"(--districts {','.join(present)}), eller bygg dem og en tydelig merket "
                "nasjonal delrapport med --delvis."
            )
        return present
    chosen: list[str] = []
    for part in str(text).split(","):
        if not part.strip():
            continue
        if D.is_national(part):
            raise KlagerapportError(
                "Norge bygges av seg selv når alle distriktene i dataene er med (--districts all)"
            )
        name = D.normalise(part).name
        if name not in chosen:
            chosen.append(name)
    if not chosen:
        raise KlagerapportError("ingen distrikter valgt: skriv --districts all eller Oslo,Vest")
    return chosen


def reports_of(
    district_names: list[str], years: list[int], out: Path, national: bool, public: bool = False
) -> list[Report]:
    """The reports of a batch, districts first, the national report of each year last; the
    public utgave's each in `<district>/<year>-offentlig`."""
    names = [*district_names, *([D.NATIONAL] if national else [])]
    suffix = paths.PUBLIC_SUFFIX if public else ""
    return [
        Report(name, year, out / paths.slug(name) / f"{year}{suffix}")
        for name in names
        for year in years
    ]


def say_partial(lacking: dict[int, list], partial: bool, log: Log) -> None:
    """The police districts the national report lacks, by year: refused without `partial`."""
    by_year = "; ".join(
        f"{year}: {fmt.listing(d.name for d in missing)}"
        for year, missing in lacking.items()
        if missing
    )
    if not partial:
        raise KlagerapportError(
            f"Den nasjonale rapporten ({D.NATIONAL}) skal dekke alle "
            f"{len(D.police_districts())} politidistriktene, men dataene mangler {by_year}. "
            "Bruk --no-national, eller --delvis for en tydelig merket delrapport."
        )
    log(f"Advarsel: {D.NATIONAL} blir en delrapport; dataene mangler {by_year}.")


def finals_kept(reports: list[Report], keep: bool, log: Log) -> list[Report]:
    """A draft batch's reports, each whose folder holds a final edition marked to be built as
    final again (`keep`), or named as replaced by a draft (not `keep`: --utkast)."""
    final = [r for r in reports if render_module.built_with(r.folder).get("final") is True]
    if not final:
        return reports
    names = fmt.listing(r.label for r in final)
    if not keep:
        log(f"Advarsel: endelige rapporter erstattes med utkast (--utkast): {names}")
        return reports
    log(
        f"Endelige rapporter bygges som endelige igjen: {names} (--utkast erstatter dem med "
        "utkast; en som ikke består som endelig, beholder sin forrige utgave)"
    )
    return [dataclasses.replace(r, final=True) if r in final else r for r in reports]
