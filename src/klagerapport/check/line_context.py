"""What the sentence reading of a section tells its line checks (`LineContext`): the value
each typed number means by the words of its clause, the numbers a statement reads itself, and
where a sentence speaks of numbers (`note_numbers`)."""

from __future__ import annotations

import sys

from . import allowlist, bindings, loose, numbers, rivals, typed
from .allowlist import Allowed
from .build_values import Entry
from .meaning import Ref
from .statements import changesize


class LineContext:
    """What the sentence reading tells the line checks: the value each typed number means,
    the numbers a statement reads itself (share words), the quantitative sentences' spans."""

    def __init__(self, lines: list[str], allowed: list[Allowed]) -> None:
        self.meant: dict[tuple[int, int], Ref | None] = {}
        self.sentence_key: dict[tuple[int, int], str] = {}  # a typed number's sentence's key
        self.taken: set[tuple[int, int]] = set()
        # numbers whose words bind them to no value this build has: a sign-off (bindings.py)
        self.unread: set[tuple[int, int]] = set()
        # numbers whose place says they are not the clause's value: a change, a part (loose.py)
        self.loose: dict[tuple[int, int], str] = {}
        # numbers that equal another value the sentence's words fit as well (rivals.py)
        self.rival: dict[tuple[int, int], Entry] = {}
        self.quantitative: dict[int, list[tuple[int, int]]] = {}
        # where the net found a quantitative word no rule read: (file line, 1-based column)
        self.unread_words: list[tuple[int, int]] = []
        self.word_ok = {
            n: allowlist.spans(line, [a.text for a in allowed if a.kind == "word"])
            for n, line in enumerate(lines, 1)
        }

    def word_allowed(self, line: int, start: int, end: int) -> bool:
        return allowlist.covered(start, end, self.word_ok.get(line, []))


def note_numbers(s, reader, context: LineContext, outcomes) -> None:
    """For the line checks: the value each typed number means (by the words of its clause),
    the numbers a share statement reads itself, where the sentence speaks of numbers."""
    # numbers a statement reads itself: a share («fire av ti»), a difference («3 flere enn»)
    spans = [(o.start, o.end) for o in outcomes if o.kind in ("andel", "forskjell")]
    found = numbers.find_numbers(s.text)
    quantitative = bool(outcomes) or bool(found) or any(h.name == "var" for h in s.holders)
    if quantitative:
        first_line, first_col = s.where(0)
        last_line, last_col = s.where(max(0, len(s.text) - 1))
        for line in range(first_line, last_line + 1):
            a = first_col if line == first_line else 0
            b = last_col + 1 if line == last_line else sys.maxsize  # to the line's end
            context.quantitative.setdefault(line, []).append((a, b))
    years = reader.years(s)
    for number in found:
        where = s.where(number.start)
        if any(a <= number.start < b for a, b in spans):
            context.taken.add(where)
            continue
        if number.kind in ("year", "date", "glued"):
            continue
        # the value its clause names; if the clause names none, the sentence up to there
        if bindings.is_deadline(s, number):  # «innen 28 dager», «28-dagersfristen»
            if bindings.other_duration(s, number, reader):
                # «Halvparten fikk svar innen 15 dager»: a span of its own, not the deadline
                _bound(context, where, bindings.UNREAD)
            else:
                _bound(context, where, bindings.deadline(reader))
            continue
        a, b = s.clause_of(number.start)
        year = reader.year_at(s, number.start, years)
        if reader.from_side(s, number.start, number.end):
            year = (year or 0) + 1  # «fra 174 til 211»: the first number is the year before
        compared = bindings.compared_year(s, number, years)
        if compared is not None:
            year = compared  # «mot 20,5 dager året før»: the year compared with
        wanted = reader.wanted(s, a, b, year)
        if not wanted.anchored():
            wanted = reader.wanted(s, 0, b, year)
        if number.kind == "share":
            wanted.concepts.add("andel")
        unit = s.masked[number.end :].split()[:1]
        if unit and (concept := reader.lex.number_units.get(unit[0].strip(".,;:!?»").casefold())):
            wanted.concepts.add(concept)  # «over 50 dager»: the handling time (tall_enhet)
            share = _share_of_days(s, number)
            if share is not None:
                # «Over halvparten … på 15 dager eller mindre»: the days bound the share, they
                # are no mean; at «halvparten» they are the median, else no value of the build
                if share == 0.5:
                    wanted.concepts.add("median")
                else:
                    context.meant[where] = None
                    context.sentence_key[where] = s.digest()
                    continue
        if bindings.in_points(s, number):  # «falt med 17 prosentpoeng»: a share's change
            _bound(context, where, bindings.points_change(wanted, reader, number))
        elif bindings.each(s, number) and (
            (one := bindings.each_value(wanted, reader, number)) is not None
        ):  # «46 klager hver»: each category's value
            _bound(context, where, one)
        elif bindings.compared_change(s, number):  # «40 prosent færre saker enn i fjor»
            _bound(context, where, bindings.compared_size(number, wanted, years, reader))
        elif number.kind == "share" and changesize.sizes_change(s, number.start):
            # «økte med 20 prosent»: the relative change of the count the clause names
            wanted.concepts.discard("andel")
            count = reader.meanings.bind(wanted, share=False, before=1)
            context.meant[where] = changesize.change_of(count, reader.values, reader.lex)
        else:
            ref = reader.meanings.bind(wanted, share=number.kind == "share")
            deadline_said = any(bindings.is_deadline(s, n) for n in found)  # «Innen 28 dager»
            change = ref is not None and (ref.key or "").endswith(".change")  # «en økning på»
            if (
                ref is not None
                and number.kind == "share"
                and not (deadline_said or change)
                and not reader.names(s, ref)
            ):
                ref = None  # «…, drøyt 40 prosent»: a share found by its kind alone is no reading
            context.meant[where] = ref
            own = reader.meanings.by_key.get(ref.key or "") if ref is not None else None
            concepts = frozenset(own.concepts) if own is not None else frozenset()
            why = loose.reason(s, number, ref.key, concepts) if ref is not None else None
            if why is not None and not typed.equals(number, ref.raw, ref.kind):
                size = loose.change_size(s, number, wanted, years, reader)
                if size is not None:  # «økt med nesten 90 siden 2016»: the counts' difference
                    context.meant[where] = size
                else:  # «18 av klagene», «forspranget … seks saker»: not the clause's value
                    del context.meant[where]
                    context.loose[where] = why
                    context.sentence_key[where] = s.digest()
                    continue
        if (other := rivals.rival(s, number, context.meant.get(where), reader, years)) is not None:
            context.rival[where] = other
        context.sentence_key[where] = s.digest()


def _bound(context: LineContext, where: tuple[int, int], ref) -> None:
    if isinstance(ref, bindings.Unread):
        context.unread.add(where)
    else:
        context.meant[where] = ref


def _share_of_days(s, number) -> float | None:
    """The mark of a share word in the number's clause (joined over commas), before the number:
    the days are then the duration the share is of, not a level."""
    a = s.joined_from(number.start)
    for h in s.hits:
        if h.kind == "andel" and a <= h.start < number.start and isinstance(h.value, tuple):
            return float(h.value[1])
    return None
