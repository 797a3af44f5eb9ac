"""Words and sentences the report builds from numbers: change and rank words, the form's
data-dependent sentences, listings for alt texts. Numbers are formatted through `fmt`.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from .. import districts, fmt

NO_PREVIOUS = "ingen tidligere data"  # the comparison word when there is nothing to compare with
NO_CURRENT = "ingen data i rapporteringsåret"  # ... and when the reporting year has no value
ORDINALS = (
    "",
    "",
    "nest",
    "tredje",
    "fjerde",
    "femte",
    "sjette",
    "sjuende",
    "åttende",
    "niende",
    "tiende",
    "ellevte",
    "tolvte",
    "trettende",
    "fjortende",
    "femtende",
    "sekstende",
    "syttende",
    "attende",
    "nittende",
    "tjuende",
)


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def change_word(current: float | None, previous: float | None) -> str:
    """'økning', 'nedgang' or 'uendret'; 'ingen data i rapporteringsåret' without a current
    value (whatever the year before holds); 'ingen tidligere data' without a previous value."""
    if _missing(current):
        return NO_CURRENT
    if _missing(previous):
        return NO_PREVIOUS
    if current > previous:
        return "økning"
    if current < previous:
        return "nedgang"
    return "uendret"


def rank_word(series: pd.Series, year: int) -> str:
    """Rank of `year` in a per-year series, as prose: 'høyeste', 'nest høyeste', …, 'laveste'.

    Ties share the better rank. A series of one year has no ranking: 'ingen tidligere data'.
    """
    if year not in series.index or len(series) < 2:
        return NO_PREVIOUS
    value = series.loc[year]
    rank = int((series > value).sum()) + 1
    if rank == 1:
        return "høyeste"
    if int((series < value).sum()) == 0:
        return "laveste"
    if rank < len(ORDINALS):
        return f"{ORDINALS[rank]} høyeste"
    return f"{rank}. høyeste"


def short_district_name(district: str, missing=()) -> str:
    """The name as the form's shorter captions print it: the district as given ("Oslo");
    for the national scope the same name as `district_name` ("alle politidistrikter")."""
    return district_name(district, missing) if districts.is_national(district) else district


def district_heading(district: str, missing=()) -> str:
    """The name on the report's header, running header and title: the district as given
    ("Oslo"); for the national scope "Hele landet (alle politidistrikter)", or, over data that
    lacks some police districts (`missing`), "Hele landet, delvis: 2 av 12 politidistrikter
    (mangler …)"."""
    if not districts.is_national(district):
        return district
    return districts.partial_heading(missing)


def district_header(district: str, missing=()) -> str:
    """The name in the PDF's running header: the district as given ("Oslo"); for the national
    scope "Norge", or over data that lacks some police districts (`missing`) "Norge, delvis
    (10 av 12)", never the list `district_heading` prints (it would not fit on one line)."""
    if not districts.is_national(district):
        return district
    return districts.partial_short(missing)


def district_name(district: str, missing=()) -> str:
    """The official name as captions print it: "Agder politidistrikt", "Kripos"; for the
    national scope (Norge) "alle politidistrikter", or, over data that lacks some police
    districts (`missing`, as for `district_heading`), "hele landet, delvis (2 av 12
    politidistrikter)"."""
    if districts.is_national(district):
        return districts.national_name(missing)

    found = districts.find(district)
    return found.official if found else f"{district} politidistrikt"


def open_sentence(year: int, still_open: int) -> str:
    """'Av klagene mottatt i 2022 var 1 fortsatt under behandling.': the count not first, since
    a sentence in bokmål does not begin with digits."""
    return f"Av klagene mottatt i {year} var {fmt.integer(still_open)} fortsatt under behandling."


def all_decided_sentence(year: int, still_open: int, last: dt.date | None) -> str:
    """The form's line under the totals: all decided by a date, or how many are still open."""
    if still_open:
        return open_sentence(year, still_open)
    if last is None:
        return f"Ingen klager ble mottatt i {year}."
    return f"Samtlige klager mottatt i {year} var ferdigbehandlet {fmt.date(last)}."


def public_decided_sentence(year: int, received: int, still_open: int) -> str:
    """The public edition's line under the totals, from the rounded counts only (so it tells
    nothing the rounded tables do not): how many are still open, or that the rounded numbers
    hold none open. Never a date: the last answer date is one case's (docs/suppression.md,
    "Dates"), and the rounded cases' last date is often not the true one."""
    if still_open:
        return open_sentence(year, still_open)
    if not received:
        return f"Ingen klager mottatt i {year} er med i de avrundede tallene."
    return (
        f"Ingen av klagene mottatt i {year} var under behandling i de avrundede tallene. "
        "Datoen da den siste ble ferdigbehandlet, er én enkelt klages dato og står bare i den "
        "interne utgaven."
    )


def handling_change_sentence(year: int, mean: float | None, mean_prev: float | None) -> str:
    """'(en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)', or '(ingen tidligere data)'.

    Without a mean for `year` (no complaint received that year has been decided) it says so,
    and quotes the year before if there is one; it never claims there is no earlier data.
    """
    word = change_word(mean, mean_prev)
    if word == NO_CURRENT:
        none = f"ingen klager mottatt i {year} er avsluttet"
        if _missing(mean_prev):
            return f"({none})"
        return f"({none}; i {year - 1} lå gjennomsnittet på {fmt.decimal(mean_prev)} dager)"
    if word == NO_PREVIOUS:
        return f"({word})"
    if word == "uendret":
        return f"(uendret fra {year - 1})"
    return f"(en {word} fra {year - 1} da gjennomsnittet lå på {fmt.decimal(mean_prev)} dager)"
