"""The form's fixed labels and every caption, chart title and alt text of the report.

Sections compute; these functions word the result. Alt texts are built from the published
`Value`s (their `.text`), never from raw numbers, so that whatever is done to a published number
(formatting, and for a public edition suppression) reaches the alt text too.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import fmt
from . import text
from .values import Value

# Labels of the form's tables, as the form prints them.
DECISION_HEADER = (
    "Avgjørelseskode",
    "Sum antall behandlede klager",
    "Herav klager m etnisk diskriminering",
    "Herav klager med annen diskriminering",
)
TOTAL_LABEL = "Total"
GROUND_FIRST_HEADER = "Antall saker"
SUM_LABEL = "SUM"
UNIT_HEADER = "Enhet"
UNIT_SUM_LABEL = "Sum"
UNIT_MISSING = "Ikke oppgitt"
YEAR_HEADER = "Årstall"
DECIDED_HEADER = "Klagesaker"
HANDLING_HEADER = "Saksbehandlingstid"
STILL_OPEN_TEXT = "ikke alle avsluttet"  # the all-decided date while some are open
COUNT_AXIS = "Antall klagesaker"


def listing(pairs: Sequence[tuple[str, Value]]) -> str:
    """'Adferd 75, Saksbehandling 93': labels with their published values."""
    return ", ".join(f"{label} {value.text}" for label, value in pairs)


# ------------------------------------------------------------------------- 2 decisions


def decisions_caption(district: str, year: int) -> str:
    return f"Mottatte klagesaker {text.district_name(district)} {year} etter avgjørelseskode"


# ------------------------------------------------------------------------- 3 grounds


def grounds_caption(district: str, year: int) -> str:
    return f"Mottatte klagesaker {text.short_district_name(district)} {year} etter grunnlag"


def grounds_alt(
    total: Value,
    district: str,
    year: int,
    by_ground: Sequence[tuple[str, Value]],
    by_discrimination: Sequence[tuple[str, Value]],
) -> str:
    """The ground chart in words: the grounds from most to fewest, then the discrimination."""
    ranked = sorted(by_ground, key=lambda p: -(p[1].raw if isinstance(p[1].raw, int) else -1))
    return (
        f"Liggende stolpediagram over {total.text} mottatte klagesaker i "
        f"{text.district_name(district)} {year} etter grunnlag, delt etter diskriminering: "
        f"{listing(ranked)}. Av disse {listing(by_discrimination)}."
    )


# ------------------------------------------------------------------------- 4 handling time


def handling_row_labels(deadline: Value) -> list[str]:
    return [
        "Gjennomsnitt (dager)",
        "Median (dager)",
        f"Andel besvart innen {deadline.text} dager",
        "Antall saker",
    ]


def handling_caption(district: str, year: int) -> str:
    return (
        f"Saksbehandlingstid for klagesaker mottatt i {text.district_name(district)} "
        f"{year - 1} og {year}"
    )


def handling_chart_caption(district: str, year: int) -> str:
    return (
        f"Saksbehandlingstid for klagesaker mottatt i {text.short_district_name(district)} "
        f"{year}, antall dager"
    )


def handling_alt(
    year: int,
    n: Value,
    deadline: Value,
    mean: Value,
    median: Value,
    within: Value,
    merged_below: int | None = None,
) -> str:
    """Aggregates only: never the longest time, which is one case's value. The public edition
    says that weeks with fewer than `merged_below` cases are joined."""
    if n.raw is None and n.text != "–":  # hidden: too few cases to describe
        return f"Histogram over saksbehandlingstiden for klagesaker mottatt i {year}."
    if not n.raw:
        return f"Ingen avsluttede klagesaker mottatt i {year}."
    merged = (
        f"; uker med færre enn {merged_below} saker er slått sammen med nabouken"
        if merged_below
        else ""
    )
    text = (
        f"Histogram over saksbehandlingstiden for {n.text} avsluttede "
        f"klagesaker mottatt i {year}, i uker, med fristen på {deadline.text} dager "
        f"markert{merged}. Gjennomsnitt {mean.text} dager, median {median.text} dager, "
        f"{within.text} besvart innen fristen."
    )
    return text


# ------------------------------------------------------------------------- 5 development


def development_caption(district: str) -> str:
    return f"Klagesaker behandlet i {text.district_name(district)} per år"


def development_etnisk_caption(district: str, short: str) -> str:
    return f"Klagesaker registrert som {short} behandlet i {text.district_name(district)} per år"


def development_what(district: str) -> str:
    return f"klagesaker behandlet i {text.district_name(district)}"


def development_etnisk_what(short: str) -> str:
    return f"klagesaker registrert som {short} behandlet"


def national_series_note(first: int | None, lacking: dict[int, int], districts: int, year: int):
    """Why a national yearly series starts late (or is empty): the years before `first` lack
    data from some of the `districts` (`lacking`: year -> districts without data). Empty if no
    year is left out."""
    if first is not None and not lacking:
        return ""
    of = f"av {fmt.integer(districts)} distrikter"
    if first is None:
        missing = lacking.get(year, 0)
        return f"Ingen landstall per år: i {year} mangler data fra {fmt.integer(missing)} {of}."
    few, many = min(lacking.values()), max(lacking.values())
    span = fmt.integer(few) if few == many else f"{fmt.integer(few)}–{fmt.integer(many)}"
    return f"Landstall fra {first}: før det mangler data fra {span} {of}."


def year_alt(what: str, per_year: Sequence[tuple[int, Value]], year: int, note: str = "") -> str:
    """A bar chart per year in words: the year's count, the highest and lowest, every year;
    then `note` (why a national series starts late), if any."""
    if note:
        return f"{year_alt(what, per_year, year)} {note}"
    if not per_year:
        return f"Ingen data om {what}."
    counts = {y: v for y, v in per_year}
    raws = [(y, v.raw) for y, v in per_year if isinstance(v.raw, int)]
    text = f"Stolpediagram over {what} per år fra {per_year[0][0]} til {year}. "
    if year in counts:
        text += f"{year}: {counts[year].text}. "
    if raws and len(raws) == len(per_year):  # with a hidden year the extremes are unknown
        top = max(raws, key=lambda p: (p[1], -p[0]))[0]
        low = min(raws, key=lambda p: (p[1], p[0]))[0]
        text += f"Høyest i {top} med {counts[top].text}, lavest i {low} med {counts[low].text}. "
    return text + "Alle år: " + ", ".join(f"{y}: {v.text}" for y, v in per_year) + "."


# ------------------------------------------------------------------------- 6 units


def units_caption(district: str, first: int, year: int) -> str:
    return f"Mottatte klagesaker {text.district_name(district)} {first}–{year} etter enhet"


def units_national_caption(first: int, year: int) -> str:
    return f"Mottatte klagesaker {first}–{year} per politidistrikt"


UNITS_NATIONAL_NOTE = "Klagesakene etter enhet står i hvert politidistrikts egen rapport."


# ------------------------------------------------------------------------- 7 discrimination


def discrimination_caption(district: str, year: int) -> str:
    return f"Klagesaker med diskriminering i {text.district_name(district)} {year}"


def discrimination_header(year: int) -> list[str]:
    return ["Diskriminering", f"Mottatt {year}", f"Avgjort {year}"]


# ------------------------------------------------------------------------- 8 the districts compared
# (the national report only)

COMPARISON_HEADER = "Politidistrikt"
COMPARISON_RECEIVED = "Mottatt"
COMPARISON_DECIDED = "Avgjort"
COMPARISON_ETNISK = "K-etnisk mottatt"
COMPARISON_MEAN_DAYS = "Gjennomsnittlig saksbehandlingstid (dager)"
COMPARISON_WITHIN = "Andel besvart innen fristen"


def comparison_caption(year: int) -> str:
    return f"Klagesaker {year} per politidistrikt og for hele landet: antall og saksbehandlingstid"


def comparison_decisions_caption(year: int) -> str:
    return f"Mottatte klagesaker {year} per politidistrikt: andel etter avgjørelseskode"


def comparison_grounds_caption(year: int) -> str:
    return f"Mottatte klagesaker {year} per politidistrikt: andel etter grunnlag"


def comparison_chart_caption(year: int) -> str:
    return f"Mottatte klagesaker {year} per politidistrikt"


def names_listing(names: Sequence[str]) -> str:
    """'Oslo', 'Oslo og Vest', 'Oslo, Øst og Vest'."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} og {names[-1]}"


def comparison_alt(year: int, received: Sequence[tuple[str, Value]]) -> str:
    """The chart of cases received per district in words, from most to fewest."""
    ranked = sorted(received, key=lambda p: -(p[1].raw if isinstance(p[1].raw, int) else -1))
    return (
        f"Liggende stolpediagram over klagesaker mottatt i {year} per politidistrikt, "
        f"fra flest til færrest: {listing(ranked)}."
    )
