"""The captions, labels and alt text of the districts compared (section 8, the national
report only): the form's column labels, the tables' and chart's captions, which districts the
comparison has, and the chart's order and alt text (publish/captions.py holds the others)."""

from __future__ import annotations

from collections.abc import Sequence

from .. import districts, fmt
from .captions import listing
from .values import Value

COMPARISON_HEADER = "Politidistrikt"
COMPARISON_RECEIVED = "Mottatt"
COMPARISON_DECIDED = "Avgjort"
COMPARISON_ETNISK = "K-etnisk mottatt"
COMPARISON_MEAN_DAYS = "Gjennomsnittlig saksbehandlingstid (dager)"
COMPARISON_WITHIN = "Andel besvart innen fristen"


def comparison_caption(year: int, missing: Sequence = ()) -> str:
    """Over data that lacks some police districts the last row is their sum, not the country:
    'Klagesaker 2021 per politidistrikt og for hele landet, delvis (10 av 12
    politidistrikter): antall og saksbehandlingstid'."""
    scope = districts.national_name(missing) if missing else "hele landet"
    return f"Klagesaker {year} per politidistrikt og for {scope}: antall og saksbehandlingstid"


def comparison_decisions_caption(year: int) -> str:
    return f"Mottatte klagesaker {year} per politidistrikt: andel etter avgjørelseskode"


def comparison_grounds_caption(year: int) -> str:
    return f"Mottatte klagesaker {year} per politidistrikt: andel etter grunnlag"


def comparison_chart_caption(year: int) -> str:
    return f"Mottatte klagesaker {year} per politidistrikt"


def names_listing(names: Sequence[str]) -> str:
    """'Oslo', 'Oslo og Vest', 'Oslo, Øst og Vest'."""
    return fmt.listing(names)


def comparison_scope_sentence(parts: Sequence[str], missing: Sequence) -> str:
    """What the comparison holds, first under its heading: every police district and the
    country, or, over data that lacks some, which districts are there and which are not (the
    national row is then the sum of those present, not the whole country)."""
    police = {d.name for d in districts.police_districts()}
    total = len(police)
    others = [p for p in parts if p not in police]
    extra = f", {fmt.listing(others)}" if others else ""
    if not missing:
        every = f"Hvert av de {fmt.integer(total)} politidistriktene{extra}"
        return f"{every} og hele landet, side om side."
    present = [p for p in parts if p in police]
    names = [getattr(d, "name", str(d)) for d in missing]
    shown = f" ({fmt.listing(present)})" if present else ""
    return (
        f"Bare {fmt.integer(len(present))} av de {fmt.integer(total)} politidistriktene finnes i "
        f"dataene{shown}{extra}, side om side med summen av dem. Dataene mangler "
        f"{fmt.listing(names)}: summen er ikke hele landet."
    )


def comparison_order(received: Sequence[tuple[str, Value]]) -> list[tuple[str, Value]]:
    """The districts as the comparison chart draws them, top to bottom: from most to fewest
    cases received (a hidden count last), ties in the table's order."""
    return sorted(received, key=lambda p: -(p[1].raw if isinstance(p[1].raw, int) else -1))


def comparison_alt(year: int, received: Sequence[tuple[str, Value]]) -> str:
    """The chart of cases received per district in words, from most to fewest, as its bars."""
    ranked = comparison_order(received)
    return (
        f"Liggende stolpediagram over klagesaker mottatt i {year} per politidistrikt, "
        f"fra flest til færrest: {listing(ranked)}."
    )
