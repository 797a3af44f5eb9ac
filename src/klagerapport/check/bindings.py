"""A typed number's value by the words right around it, where they say more than the nouns of
its clause (leksikon.yml `frist_tall`, `prosentpoeng`, `hver`):

- «innen 28 dager», «28-dagersfristen»: the deadline's days (`handling_days.deadline`), never a
  count or a mean;
- «mot 20,5 dager året før»: a number right after «mot» is the value of the year named after it
  in its clause, not of the year the sentence is about;
- «falt med nesten 17 prosentpoeng»: the change in points of the share the clause names, from
  the year before (or the year named);
- «46 klager hver» with two categories named: each category's value (the first that differs);
- «40 prosent færre saker enn i fjor»: the relative change of the count the clause names.

Each returns None when its words are not there; `Unread` when they are but no value can be
bound surely (the number then needs a sign-off, never an error and never silence).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .. import fmt
from . import numbers
from .lexicon import data, within_relative
from .meaning import Ref, Wanted, ref_of
from .sentences import Sentence
from .statements import changesize
from .typed import equals, hedge

DEADLINE = "handling_days.deadline"
HEDGE_KIND = "omtrent"
_BREAK = re.compile(r"[,;:.!?]")


class Unread:
    """The words bind the number, but to no value this build has."""


UNREAD = Unread()


@cache
def _words(section: str, part: str | None = None) -> tuple[str, ...]:
    items = data()[section] if part is None else data()[section][part]
    return tuple(str(w).casefold() for w in items)


def _word_before(s: Sentence, pos: int) -> str:
    before = s.masked[:pos].split()
    return before[-1].casefold() if before else ""


def _after(s: Sentence, number: numbers.Number) -> str:
    return s.masked[number.end :].casefold()


def is_deadline(s: Sentence, number: numbers.Number) -> bool:
    """«innen 28 dager», «innenfor 28 dagers frist», «28-dagersfristen»."""
    after = _after(s, number)
    glued = re.match(r"-(\w+)", after)
    if glued and glued[1] in _words("frist_tall", "sammensatt"):
        return True
    unit = after.split()[:1]
    return (
        _word_before(s, number.start) in _words("frist_tall", "foran")
        and bool(unit)
        and unit[0].strip(".,;:!?»") in _words("frist_tall", "etter")
    )


def other_duration(s: Sentence, number: numbers.Number, reader) -> bool:
    """«innen 15 dager» where the build's deadline is 28 and no word of the sentence names a
    deadline («frist»): a span of days of its own, which the build has no share for. Not a
    compound («28-dagersfristen»), and not a number at or near the deadline's (within the
    lexicon's `toleranse.omtrent_relativ`: «innen 29 dager» is the deadline, mistyped)."""
    if re.match(r"-(\w+)", _after(s, number)):
        return False
    days = reader.values.raw(DEADLINE)
    tolerance = float(data()["toleranse"]["omtrent_relativ"])
    if not isinstance(days, int | float) or within_relative(number.value, days, tolerance):
        return False
    return "frist" not in s.masked.casefold()


def _right_after_mot(s: Sentence, number: numbers.Number) -> bool:
    """Only hedges («mot om lag 20») stand between «mot» and the number."""
    for h in s.hits:
        if h.kind != "mot" or h.end > number.start:
            continue
        gap = s.masked[h.end : number.start]
        for g in s.hits:
            if g.kind == HEDGE_KIND and h.end <= g.start and g.end <= number.start:
                gap = gap.replace(g.text, " ")
        if not gap.strip():
            return True
    return False


def compared_year(s: Sentence, number: numbers.Number, years) -> int | None:
    """«mot 20,5 dager året før»: the years back of the year named after a number that stands
    right after «mot», in its clause (None: no such words)."""
    if not _right_after_mot(s, number):
        return None
    later = [
        back for p, back in years if number.end <= p and not _BREAK.search(s.masked, number.end, p)
    ]
    return later[0] if later else None


def in_points(s: Sentence, number: numbers.Number) -> bool:
    unit = _after(s, number).split()[:1]
    return bool(unit) and unit[0].strip(".,;:!?»") in _words("prosentpoeng")


def points_change(wanted: Wanted, reader, said: numbers.Number) -> Ref | Unread:
    """The change in percentage points of the share the words name, from the year before."""
    share = replace(wanted, concepts=set(wanted.concepts) | {"andel"}, back=wanted.back or 0)
    now = reader.meanings.bind(share, share=True)
    then = reader.meanings.bind(replace(share, back=share.back + 1), share=True)
    if now is None or then is None or now.kind != "share" or then.kind != "share":
        return UNREAD
    # a bare number: the points between the shares as the report prints them (70 % and 53 %:
    # 17); a hedged one («nesten 17») speaks of the exact difference (16,7)
    points = float(abs(fmt.round_half_up(now.raw * 100) - fmt.round_half_up(then.raw * 100)))
    if hedge(said):
        points = abs(now.raw - then.raw) * 100
    label = f"endringen fra {then.label} til {now.label}"
    text = f"{fmt.number(points, 0 if points == int(points) else 1)} prosentpoeng"
    return Ref(label, points, text, "", 0, None, "count")


def each(s: Sentence, number: numbers.Number) -> bool:
    """«med 46 klager hver»: «hver» within two words after the number."""
    after = [w.strip(".,;:!?»") for w in _after(s, number).split()[:2]]
    return any(w in _words("hver") for w in after)


def each_value(wanted: Wanted, reader, said: numbers.Number) -> Ref | Unread | None:
    """The value of each of two or more categories named in one group: the first that the
    number is not (an error names it), else the first (all hold). None: no such group."""
    groups = [g for g, codes in wanted.categories.items() if len(codes) >= 2]
    joined = [g for g, codes in wanted.categories.items() if any("_" in c for c in codes)]
    if len(groups) + len(joined) != 1:
        return UNREAD  # «hver» of one category, or of categories in several groups
    group = (groups or joined)[0]
    codes = set(wanted.categories[group])
    if not groups:  # «adferd og saksbehandling» is one category of both: each of its parts
        codes = set(next(iter(codes)).split("_"))
    refs = []
    for code in sorted(codes):
        one = replace(wanted, categories={**wanted.categories, group: {code}})
        ref = reader.meanings.bind(one, share=False)
        if ref is None:
            return UNREAD
        refs.append(ref)
    wrong = [r for r in refs if not equals(said, r.raw, r.kind)]
    return (wrong or refs)[0]


def compared_change(s: Sentence, number: numbers.Number) -> bool:
    """«40 prosent færre saker enn i fjor»: a percent followed by a more/fewer word."""
    if number.kind != "share":
        return False
    after = s.masked[number.end :]
    return any(h.kind in ("mer", "mindre") and not s.masked[number.end : h.start].strip()
               for h in s.hits if h.start >= number.end) and bool(after)  # fmt: skip


def compared_size(number: numbers.Number, wanted: Wanted, years, reader):
    """The relative change «N prosent færre … enn i fjor» sizes: the count's `change` value, or
    this year's value against the year named after the number (last year if none)."""
    now_wanted = replace(wanted, concepts=set(wanted.concepts) - {"andel"})
    later = [back for p, back in years if p >= number.end]
    if later and later[0] == (now_wanted.back or 0):
        # «30 prosent færre … enn i 2019»: the year after the number is the other side, not
        # this one's; this side is the year named before the number, else the report's
        earlier = [back for p, back in years if p < number.start]
        now_wanted = replace(now_wanted, back=earlier[-1] if earlier else 0)
    now = reader.meanings.bind(now_wanted, share=False)
    then_back = later[0] if later else (now_wanted.back or 0) + 1
    if then_back == (now_wanted.back or 0) + 1 and (
        changed := changesize.change_of(now, reader.values, reader.lex)
    ):
        return changed
    then = reader.meanings.bind(replace(now_wanted, back=then_back), share=False)
    if now is None or then is None or now.kind != "count" or not then.raw:
        return UNREAD
    change = (now.raw - then.raw) / then.raw
    label = f"endringen fra {then.label} til {now.label}"
    ref = Ref(label, change, fmt.percent(abs(change)), "", 0, None, "share")
    said = float(number.value) / 100
    tolerance = float(data()["toleranse"]["omtrent_relativ"])
    # «om lag 40 prosent færre» of 43 %: near as a size (toleranse.omtrent_relativ), not as a
    # share's points; a reviewer signs it off rather than an error on a true sentence
    if (
        not equals(number, change, "share")
        and hedge(number) == "omtrent"
        and within_relative(abs(change), said, tolerance)
    ):
        return UNREAD
    return ref


def deadline(reader) -> Ref | Unread:
    ref = ref_of(DEADLINE, reader.values, reader.lex)
    return UNREAD if ref is None else ref
