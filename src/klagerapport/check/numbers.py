"""Numbers as Norwegian prose writes them, found in a line of commentary.

Recognises dates ("20. januar 2020", and "20. januar" without its year), percentages ("12 %",
"12%", "12,5 %"), decimals with a comma ("16,7"), thousands grouped with a (non-breaking) space
("1 047"), years, ranges ("20-25"), digits glued to letters ("TV2"), and the number words an
analyst writes for small counts ("fem", "åtte", "ni", "tolv"). Each hit keeps its column, so a
finding can point at it.
Shortcodes, footnote labels and cross-references are masked first (same length, so columns stay).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import grammar
from ..fmt import MONTHS, round_half_up

SPACES = " \u00a0\u202f"
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_CROSSREF = re.compile(r"@(?:tbl|fig)-[\w-]+")
_URL = re.compile(r"https?://\S+")

_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\.\s*(?P<month>" + "|".join(MONTHS) + r")(?:\s+(?P<year>\d{4}))?"
    r"(?![\d\w])",
    re.IGNORECASE,
)
YEARLESS = "--"  # the ISO 8601 prefix of a date without its year: «20. januar» is "--01-20"
_PERCENT = re.compile(r"(?<![\d,])(?P<num>\d+(?:,\d+)?)[ \u00a0\u202f]?(?:%|prosent\b)")
# NBSP-grouped thousands ("1 047"); with a plain space only after one or two digits ("12 500"),
# so that "211 174" stays two numbers.
_THOUSANDS = re.compile(
    r"(?<![\d,])(?:\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d{1,2}(?: \d{3})+)(?![\d,])"
)
_DECIMAL = re.compile(r"(?<![\d,])\d+,\d+(?![\d,])")
_DIGITS = re.compile(r"\d+")
BEFORE = 24  # characters kept before a number: the words that hedge it (typed.hedge)

NUMBER_WORDS = {
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "åtte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tjue": 20,
    "tretti": 30,
    "førti": 40,
    "femti": 50,
    "hundre": 100,
}
_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
# a number word before «prosent» is a percent like its digits («tjue prosent» as «20 prosent»)
_WORD_PERCENT = re.compile(
    r"\b(?P<num>" + "|".join(NUMBER_WORDS) + r")[ \u00a0\u202f](?:%|prosent\b)", re.IGNORECASE
)
# A number word counts as a statistic when a case noun follows it within three words, or a verb
# that says what happened to cases («åtte ble avvist»).
_CASE_NOUN = re.compile(
    r"^\s+(?:(?!ganger\b)(?:\w+\s+){0,3}?(?:saker|sakene|klager|klagene|klagesaker|klagesakene)\b"
    r"|(?:ble|var|gjaldt)\s+(?:avvist|overført|avgjort|behandlet|registrert|mottatt)\b)",
    re.IGNORECASE,
)

# a number word right after one of these is a value too, unless a unit of time follows it (a
# duration, read by the duration rule): «Fem klager ble avvist, mot sju året før», «gikk ned fra
# ni til fem»; not «nyere enn tre måneder», «mer enn to uker ferie»
_RELATION = re.compile(r"(?<!\w)(?:mot|fra|til|enn)\s+$", re.IGNORECASE)
_TIME_UNIT = re.compile(r"^\s+(?:dager|døgn|uker|uke|måneder|måned|år|timer|minutter)\b", re.I)

# a number word right after «med» after a word of change is the change's size, in cases or in
# days («økte med tre», «ble redusert med tre dager»; not «med tre uker ferie»); a number word
# before «dager» or «døgn» is a number of days («var sytten dager»; weeks and months are read by
# the duration rule, leksikon.yml `varighet`)
_CHANGE_BY = re.compile(
    r"(?<!\w)(?:økt|økte|steg|steget|falt|sank|sunket|redusert|reduserte|ned|opp|forkortet|"
    r"forlenget|kortere|lengre)\s+med\s+$",
    re.IGNORECASE,
)
_DAYS = re.compile(r"^\s+(?:dager|døgn)\b", re.IGNORECASE)

# «fra 44 til 39 prosent»: the number after «fra» shares the percent after «til»
_FROM_PERCENT = re.compile(
    r"(?<!\w)fra\s+(?P<num>\d+(?:,\d+)?)\s+til\s+\d+(?:,\d+)?\s*(?:%|prosent\b)", re.IGNORECASE
)

KINDS = ("date", "share", "decimal", "count", "year", "glued", "word")


@dataclass(frozen=True)
class Number:
    """A number typed in prose. `value` is int/float, or an ISO date for kind 'date'."""

    start: int  # 0-based column in the line
    end: int
    text: str
    value: int | float | str
    kind: str  # one of KINDS
    decimals: int = 0  # digits after the comma as typed
    before: str = ""  # the masked text right before it («nesten», «i overkant av»: typed.hedge)


def mask(line: str) -> str:
    """Shortcodes, footnote labels, cross-references and URLs blanked, columns kept."""
    line = grammar.blank_shortcodes(line, named=False)
    for pattern in (_FOOTNOTE, _CROSSREF, _URL):
        line = pattern.sub(lambda m: " " * len(m.group()), line)
    return line


def _to_float(text: str) -> float:
    return float(text.replace(",", ".").translate({ord(c): None for c in SPACES}))


# a number right after one of these names a part of the report, not a quantity
_LABEL = re.compile(
    r"\b(?:tabell|tabellen|figur|figuren|kapittel|kapitlet|side|punkt|avsnitt|vedlegg|nr\.?)"
    r"[ \u00a0]$",
    re.IGNORECASE,
)


def find_numbers(line: str, *, words: bool = True) -> list[Number]:
    """Every number typed in one line of prose, left to right. `line` is masked here."""
    text = mask(line)
    taken = [False] * len(text)
    found: list[Number] = []

    def claim(m: re.Match, value, kind: str, decimals: int = 0, group: int | str = 0) -> None:
        s, e = m.span(group)
        if any(taken[s:e]):
            return
        for i in range(s, e):
            taken[i] = True
        shown = m.group(group)
        found.append(Number(s, e, shown, value, kind, decimals, text[max(0, s - BEFORE) : s]))

    for m in _DATE.finditer(text):
        month = MONTHS.index(m.group("month").lower()) + 1
        try:  # a date without a year is checked as a day of a leap year (29. februar exists)
            day = dt.date(int(m.group("year") or 2000), month, int(m.group("day")))
        except ValueError:
            continue
        value = day.isoformat() if m.group("year") else f"{YEARLESS}{day:%m-%d}"
        claim(m, value, "date")
    for m in _FROM_PERCENT.finditer(text):  # «fra 44 til 39 prosent»: 44 is a percent too
        num = m.group("num")
        decimals = len(num.split(",")[1]) if "," in num else 0
        claim(m, _to_float(num), "share", decimals, "num")
    for m in _PERCENT.finditer(text):
        num = m.group("num")
        decimals = len(num.split(",")[1]) if "," in num else 0
        claim(m, _to_float(num), "share", decimals)
    for m in _THOUSANDS.finditer(text):
        claim(m, int(_to_float(m.group())), "count")
    for m in _DECIMAL.finditer(text):
        claim(m, _to_float(m.group()), "decimal", len(m.group().split(",")[1]))
    for m in _DIGITS.finditer(text):
        s, e = m.span()
        if _LABEL.search(text, 0, s):  # «tabell 4», «figur 2»: a label, not a quantity
            continue
        glued = (s > 0 and text[s - 1].isalpha()) or (e < len(text) and text[e].isalpha())
        value = int(m.group())
        if glued:
            kind = "glued"
        elif len(m.group()) == 4 and 1900 <= value <= 2099:
            kind = "year"
        else:
            kind = "count"
        claim(m, value, kind)
    if words:
        for m in _WORD_PERCENT.finditer(text):
            claim(m, float(NUMBER_WORDS[m.group("num").lower()]), "share")
        for m in _WORD.finditer(text):
            rest = text[m.end() :]
            related = _RELATION.search(text, 0, m.start()) and not _TIME_UNIT.match(rest)
            change = _CHANGE_BY.search(text, 0, m.start()) and (
                _DAYS.match(rest) or not _TIME_UNIT.match(rest)
            )
            if _CASE_NOUN.match(rest) or _DAYS.match(rest) or related or change:
                claim(m, NUMBER_WORDS[m.group().lower()], "word")
    return sorted(found, key=lambda n: n.start)


def percent_text(share: float, decimals: int = 0) -> float:
    """A share 0..1 as the percent number a reader sees, rounded half-up: 0.1232 -> 12."""
    return float(round_half_up(share * 100, decimals))


def decimal_text(value: float, decimals: int) -> float:
    return float(round_half_up(value, decimals))
