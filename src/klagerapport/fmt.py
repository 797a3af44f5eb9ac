"""Norwegian publishing conventions, in one place.

Decimal comma, non-breaking space as thousands separator ("1 047"), percent as "12 %"
with a non-breaking space, half-up rounding (not Python's round-half-even), and dates
as "20. januar 2020" (in messages about cells "20.01.2020"). Prose, tables, charts and the
POD spreadsheet all format through here, so the same value reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"

MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def round_half_up(value: float, digits: int = 0) -> Decimal:
    """Round half away from zero, as a statistics office does: 0.125 -> 0.13, 2.5 -> 3.

    Goes through repr() so that binary floating point does not decide the tie
    (0.145 is stored as 0.14499999...; we round the number as written).
    """
    quantum = Decimal(1).scaleb(-digits)
    return Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)


def _group(digits: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return NBSP.join(out)


def number(value: float, digits: int = 0) -> str:
    """A number with `digits` decimals: number(1047) -> '1 047', number(16.66, 1) -> '16,7'."""
    rounded = round_half_up(value, digits)
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):.{digits}f}"
    whole, _, frac = text.partition(".")
    return sign + _group(whole) + ("," + frac if frac else "")


def integer(value: int) -> str:
    """A count: integer(1047) -> '1 047'."""
    return number(value, 0)


def count(n: int, singular: str, plural: str) -> str:
    """A count with its noun in the right number: count(1, "rad", "rader") -> '1 rad'."""
    return f"{integer(n)} {singular if n == 1 else plural}"


def decimal(value: float, digits: int = 1) -> str:
    """A measured value with one decimal by default: decimal(16.666) -> '16,7'."""
    return number(value, digits)


def percent(share: float, digits: int = 0) -> str:
    """A share (0..1) as percent: percent(26 / 211) -> '12 %'."""
    return number(share * 100, digits) + NBSP + "%"


def percent_points(value: float, digits: int = 0) -> str:
    """A number that already is in percent: percent_points(21.3) -> '21 %'."""
    return number(value, digits) + NBSP + "%"


def date(day: dt.date) -> str:
    """A date as Norwegian prose writes it: '20. januar 2020'."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def cell_date(day: dt.date) -> str:
    """A date as a cell or a message about a cell shows it: '18.04.2007'."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def listing(names) -> str:
    """Names as prose lists them: 'Oslo', 'Oslo og Vest', 'Oslo, Øst og Vest'."""
    names = [str(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} og {names[-1]}"


def genitive(name: str) -> str:
    """A name's genitive as bokmål writes it: 'Oslos', 'Vests'; a name ending in s, x or z takes
    an apostrophe alone: «Troms'», «Agder-Fx'»."""
    name = str(name).strip()
    if name[-1:].lower() in ("s", "x", "z"):
        return name + "'"
    return name + "s"


def mpl_number(digits: int = 0):
    """A matplotlib tick formatter in the Norwegian style."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: number(x, digits))
