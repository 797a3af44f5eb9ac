"""The size of a change: «antall klager økte med 20 prosent»: a percent typed (in digits or a
number word, «tjue prosent») right after «med» or «på» (leksikon.yml `endring_med`), a hedge or
bound between them allowed («økte med rundt 20 prosent», «økningen var på over 30 prosent»), with
a direction word before it in its clause is the relative change of the count the clause names
(its `<…>.change` value), not a share of anything. The hedge then applies to the change
(typed.equals)."""

from __future__ import annotations

from functools import cache

from .. import numbers
from ..build_values import BuildValues
from ..lexicon import Hit, Lexicon, data
from ..meaning import Ref, ref_of
from ..sentences import Sentence

DIRECTION_KINDS = ("retning", "partikkel", "partikkelverb", "faktor")


def _words() -> set[str]:
    return {str(w).casefold() for w in data()["endring_med"]}


@cache
def hedges() -> tuple[tuple[str, ...], ...]:
    """The words of the lexicon's `tall_sikring` and `tall_grense` («rundt», «mer enn»), each
    split into words, longest first."""
    found = {
        tuple(str(w).casefold().split())
        for section in ("tall_sikring", "tall_grense")
        for words in data()[section].values()
        for w in words
    }
    return tuple(sorted(found, key=len, reverse=True))


def sizes_change(s: Sentence, pos: int) -> bool:
    """Does the number typed at `pos` size a change: «med» (or «på») right before it, or before
    a hedge right before it, and a direction word before that in its clause?"""
    before = [w.casefold() for w in s.masked[:pos].split()]
    for hedge in hedges():
        if len(before) > len(hedge) and tuple(before[-len(hedge) :]) == hedge:
            before = before[: -len(hedge)]
            break
    if not before or before[-1] not in _words():
        return False
    a, _ = s.clause_of(pos)
    return any(h.kind in DIRECTION_KINDS and a <= h.start < pos for h in s.hits)


def sized_percent(s: Sentence, hit: Hit) -> bool:
    """Is a share word («prosent») the unit of a number that sizes a change?"""
    before = s.masked[: hit.start].rstrip()
    number = before.split()[-1:] or [""]
    if not number[0][:1].isdigit() and number[0].casefold() not in numbers.NUMBER_WORDS:
        return False
    return sizes_change(s, len(before) - len(number[0]))


def change_of(ref: Ref | None, values: BuildValues, lex: Lexicon) -> Ref | None:
    """The relative change from last year of the count `ref` is (received.total ->
    received.change), or None when the build has none."""
    if ref is None or not ref.key:
        return None
    key = f"{ref.key.rpartition('.')[0]}.change"
    entry = values.get(key)
    if entry is None or entry.kind not in ("change", "share"):  # a change prints as a percent
        return None
    if ref.back:  # the build's change is the report year's: an earlier year's count has none
        return None
    return ref_of(key, values, lex)
