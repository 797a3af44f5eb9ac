"""Another value a typed number may mean: when a number typed by hand is not the value its
words were read to name, but equals another value of the build that the sentence's own words
fit as well (its year is the one read or a year the sentence names, and each of its categories
is one the sentence names; it differs from the value read in a category or a year), the reading,
not the number, may be what is wrong («Den gjennomsnittlige saksbehandlingstiden var 16,7
dager, ned fra 18,9 dager i 2018»: 18,9 is the mean of 2018). A person decides: the number is a
reviewer's item naming both values, never an error, never passed. A number that equals only
values the words do not fit stays an error: «Vi mottok 174 klager i 2019» (174 is 2018's, a year
the sentence does not name), «Av de 211 sakene ble 46 avgjort som uheldig» (46 is last year's).
"""

from __future__ import annotations

from . import typed
from .build_values import Entry
from .meaning import Ref
from .numbers import Number
from .sentences import Sentence


def rival(s: Sentence, number: Number, ref: Ref | None, reader, years) -> Entry | None:
    """An equal value of the build, other than `ref`, that the sentence's words fit; None when
    the number is `ref`'s value or no such value exists."""
    if ref is None:
        return None
    equal = typed.equal_values(number, reader.values)
    if any(e.key == ref.key for e in equal):
        return None
    named_back = {back for _, back in years}
    wanted = reader.wanted(s, 0, len(s.masked), None)
    named = set().union(*wanted.categories.values()) if wanted.categories else set()
    for e in equal:
        m = reader.meanings.by_key.get(e.key)
        if m is None:
            continue
        year_fits = m.back == ref.back or m.back in named_back
        categories = {code for _, code in m.categories}
        if year_fits and categories <= named and (categories or m.back != ref.back):
            return e
    return None
