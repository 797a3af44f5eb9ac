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


def decisions_caption(district: str, year: int, missing=()) -> str:
    name = text.district_name(district, missing)
    return f"Mottatte klagesaker {name} {year} etter avgjørelseskode"


# ------------------------------------------------------------------------- 3 grounds


def grounds_caption(district: str, year: int, missing=()) -> str:
    name = text.short_district_name(district, missing)
    return f"Mottatte klagesaker {name} {year} etter grunnlag"


def grounds_alt(
    total: Value,
    district: str,
    year: int,
    by_ground: Sequence[tuple[str, Value]],
    by_discrimination: Sequence[tuple[str, Value]],
    missing=(),
) -> str:
    """The ground chart in words: the grounds as the bars show them, top to bottom (the form's
    order), the largest named, then the discrimination."""
    most = _largest(by_ground)
    largest = ""
    if most:
        each = " hver" if len(most) > 1 else ""
        names = fmt.listing(label for label, _ in most)
        largest = f" Flest gjelder {names} ({most[0][1].text}{each})."
    return (
        f"Liggende stolpediagram over {total.text} mottatte klagesaker i "
        f"{text.district_name(district, missing)} {year} etter grunnlag, delt etter "
        "diskriminering, "
        f"ovenfra og ned: {listing(by_ground)}.{largest} Av disse {listing(by_discrimination)}."
    )


def _largest(pairs: Sequence[tuple[str, Value]]) -> list[tuple[str, Value]]:
    """The pairs with the largest count (all of them on a tie), if every count is shown; none
    where every pair ties (there is then no largest to name)."""
    raws = [p[1].raw for p in pairs]
    if not raws or not all(isinstance(r, int) for r in raws):
        return []
    top = max(raws)
    tied = [p for p in pairs if p[1].raw == top]
    if len(tied) > 1 and len(tied) == len(pairs):
        return []
    return tied


# ------------------------------------------------------------------------- 4 handling time


def handling_row_labels(deadline: Value) -> list[str]:
    return [
        "Gjennomsnitt (dager)",
        "Median (dager)",
        f"Andel besvart innen {deadline.text} dager",
        "Antall saker",
    ]


def handling_basis_note(
    year: int,
    days: int,
    as_of,
    later: dict[int, int],
    *,
    revised: Sequence[tuple[str, str, str]] = (),
    numbers: bool = True,
) -> str:
    """The note under the handling-time table: both years on one basis (received in the year
    and answered within `days` days of its end; `as_of` the report year's day), the cases that
    basis leaves open (`later`: year -> cases answered after it), and each figure of last
    year's report that is revised (`revised`: the figure, as printed then, as now; see
    sections/handling_time.py); without `numbers` (the public edition) only that it was."""
    within = (
        "innen årsskiftet"
        if days == 0
        else f"innen {fmt.count(days, 'dag', 'dager')} etter årsskiftet"
    )
    note = (
        "Årene er talt likt: klager mottatt i året og avsluttet "
        f"{within} (for {year}: til og med {fmt.date(as_of)}). Klager avsluttet senere regnes "
        "her som åpne, så et år som er talt før alle klagene er avsluttet, sammenlignes med et "
        "år talt på samme måte."
    )
    left = [(y, n) for y, n in sorted(later.items()) if n]
    if left:
        said = fmt.listing(f"{fmt.integer(n)} mottatt i {y}" for y, n in left)
        note += f" Avsluttet senere og derfor ikke med: {said}."
    if not revised:
        return note
    if not numbers:
        return note + f"\n\nTall for {year - 1} er revidert siden rapporten for {year - 1}."
    if len(revised) == 1 and revised[0][0] == "mean":
        _, then, now = revised[0]
        return note + (
            f"\n\nTallet for {year - 1} er revidert siden rapporten for {year - 1}: den oppga "
            f"{then} dager, på samme grunnlag som {year} er det {now} dager."
        )
    changes = fmt.listing(
        f"{REVISED_FIGURES[field]} {now}{REVISED_UNITS[field]} (den oppga {then}"
        f"{REVISED_UNITS[field]})"
        for field, then, now in revised
    )
    return note + (
        f"\n\nTall for {year - 1} er revidert siden rapporten for {year - 1}. På samme "
        f"grunnlag som {year} er {changes}."
    )


# the handling-time figures a revision note names (sections/handling_time.py `revised`)
REVISED_FIGURES = {
    "mean": "gjennomsnittet",
    "median": "medianen",
    "within_deadline": "andelen besvart innen fristen",
    "n": "antallet avsluttede klager",
}
REVISED_UNITS = {"mean": " dager", "median": " dager", "within_deadline": "", "n": ""}


def handling_withheld(below: int) -> str:
    """Why the public edition prints «–» for handling-time statistics (publish/suppression.py:
    `min_n_handling`)."""
    return (
        "vises ikke i den offentlige utgaven når færre enn "
        f"{fmt.integer(below)} klager er avsluttet"
    )


def handling_withheld_note(below: int) -> str:
    """The note under the handling-time table of a public edition that hides a column."""
    return f"Gjennomsnitt, median og andel besvart innen fristen {handling_withheld(below)} («–»)."


def handling_withheld_sentence(
    year: int, below: int, *, now: bool, before: bool, mean_prev: Value
) -> str:
    """The change sentence when the public edition hides the year's mean (`now`) or last
    year's (`before`); never a hidden figure."""
    why = handling_withheld(below)
    if now and not before and mean_prev.raw is not None:
        return f"(gjennomsnittet {why}; i {year - 1} lå gjennomsnittet på {mean_prev.text} dager)"
    if now:
        return f"(gjennomsnittet {why})"
    return f"(gjennomsnittet for {year - 1} {why})"


def handling_withheld_chart(below: int) -> str:
    """The text drawn instead of the histogram's bars."""
    return f"Vises ikke: færre enn {fmt.integer(below)}\navsluttede klager"


def handling_withheld_alt(year: int, below: int) -> str:
    """The histogram's text alternative when the public edition draws it without bars."""
    return (
        f"Histogram over saksbehandlingstiden for klagesaker mottatt i {year}: fordelingen "
        f"{handling_withheld(below)}."
    )


def handling_caption(district: str, year: int, missing=()) -> str:
    return (
        f"Saksbehandlingstid for klagesaker mottatt i {text.district_name(district, missing)} "
        f"{year - 1} og {year}"
    )


def handling_chart_caption(district: str, year: int, missing=()) -> str:
    return (
        "Saksbehandlingstid for klagesaker mottatt i "
        f"{text.short_district_name(district, missing)} {year}, antall dager"
    )


def handling_alt(
    year: int,
    n: Value,
    deadline: Value,
    mean: Value,
    median: Value,
    within: Value,
    merged_below: int | None = None,
    bin_days: int = 7,
) -> str:
    """Aggregates only: never the longest time, which is one case's value. The bars are groups
    of `bin_days` days (figures.histogram's bins); the public edition says that groups with
    fewer than `merged_below` cases are joined to a neighbour."""
    if n.raw is None and n.text != "–":  # hidden: too few cases to describe
        return f"Histogram over saksbehandlingstiden for klagesaker mottatt i {year}."
    if not n.raw:
        return f"Ingen avsluttede klagesaker mottatt i {year}."
    merged = (
        f"; grupper med færre enn {merged_below} saker er slått sammen med nabogruppen"
        if merged_below
        else ""
    )
    text = (
        f"Histogram over saksbehandlingstiden i dager for {n.text} avsluttede "
        f"klagesaker mottatt i {year}, i grupper på {fmt.integer(bin_days)} dager, med fristen "
        f"på {deadline.text} dager markert{merged}. Gjennomsnitt {mean.text} dager, median "
        f"{median.text} dager, {within.text} besvart innen fristen."
    )
    return text


# ------------------------------------------------------------------------- 5 development


def development_caption(district: str, missing=()) -> str:
    return f"Klagesaker behandlet i {text.district_name(district, missing)} per år"


def development_etnisk_caption(district: str, short: str, missing=()) -> str:
    name = text.district_name(district, missing)
    return f"Klagesaker registrert som {short} behandlet i {name} per år"


def development_what(district: str, missing=()) -> str:
    return f"klagesaker behandlet i {text.district_name(district, missing)}"


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
    """A bar chart per year in words: the year's count, the highest and lowest (every year of
    a tie), every year; then `note` (why a national series starts late), if any."""
    if note:
        return f"{year_alt(what, per_year, year)} {note}"
    if not per_year:
        return f"Ingen data om {what}."
    counts = {y: v for y, v in per_year}
    raws = [(y, v.raw) for y, v in per_year if isinstance(v.raw, int)]
    text = f"Stolpediagram over {what} per år fra {per_year[0][0]} til {year}. "
    if year in counts:
        text += f"{year}: {counts[year].text}. "
    if len(raws) > 1 and len(raws) == len(per_year):  # a hidden year: extremes unknown
        high, low = max(n for _, n in raws), min(n for _, n in raws)
        tops = [y for y, n in raws if n == high]  # every tied year is named
        lows = [y for y, n in raws if n == low]
        if high == low:
            text += f"Like mange hvert år: {counts[tops[0]].text}. "
        else:
            text += (
                f"Høyest i {fmt.listing(tops)} med {counts[tops[0]].text}, "
                f"lavest i {fmt.listing(lows)} med {counts[lows[0]].text}. "
            )
    return text + "Alle år: " + ", ".join(f"{y}: {v.text}" for y, v in per_year) + "."


# ------------------------------------------------------------------------- 6 units


def units_caption(district: str, first: int, year: int, missing=()) -> str:
    return f"Mottatte klagesaker {text.district_name(district, missing)} {first}–{year} etter enhet"


def units_national_caption(first: int, year: int) -> str:
    return f"Mottatte klagesaker {first}–{year} per politidistrikt"


UNITS_NATIONAL_NOTE = "Klagesakene etter enhet står i hvert politidistrikts egen rapport."


# ------------------------------------------------------------------------- 7 discrimination


def discrimination_caption(district: str, year: int, missing=()) -> str:
    return f"Klagesaker med diskriminering i {text.district_name(district, missing)} {year}"


def discrimination_header(year: int) -> list[str]:
    return ["Diskriminering", f"Mottatt {year}", f"Avgjort {year}"]
