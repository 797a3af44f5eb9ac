"""A typed number whose place says it is not the value its clause's words name.

The typed-number binding (`line_context.note_numbers`) gives a number the value its clause
names: «Vi mottok 174 klager i 2019» is `received.total`, and 174 is then an error. But the
words right around a number can say it is something else of the same measure:
- the size of a change: «har økt med nesten 90» (a count right after «med»/«på» and a direction
  word: `changesize.sizes_change`), held against the difference of the clause's count between
  its year and the year it changed from («siden 2016», else the year before) when the build has
  both (`change_size`);
- a part of a whole: «18 av klagene mottatt i 2019» (the number right before «av», while the
  clause's words name the whole, a `…total`);
- a difference: «to klager flere enn i fjor» (a more/fewer word within two words after it);
- a single case's time: «Den lengste saksbehandlingstiden var 71 dager» (statements/rank.py);
- the open cases on another day than the data's («Ved årsskiftet var fem saker fortsatt
  åpne»: leksikon.yml `innen`);
- a gap or a change named by a noun before it in its clause: «forspranget … er nå bare seks
  saker», «økningen var på 37 klager» (leksikon.yml `forskjell_ord`).
The build seldom has such a value, and the clause's value is then the wrong one to hold the
number against: a true sentence would get an error. So such a number, when it is not the
clause's value, is a reviewer's item (`needs-signoff`), never an error and never passed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .. import fmt
from . import meaning, numbers
from .lexicon import data
from .meaning import Ref, Wanted, in_series
from .sentences import Sentence
from .statements.changesize import sizes_change
from .statements.rank import single_case_word

CHANGE = "størrelsen på en endring"
# the open cases are counted on the data's day; «ved årsskiftet var fem saker åpne» is another day
DIFFERENCE = "en forskjell"

# within this many words after the number, a more/fewer word makes it a difference
DIFFERENCE_REACH = 2


@cache
def _gap_words() -> tuple[str, ...]:
    return tuple(str(w).casefold() for w in data()["forskjell_ord"])


def reason(
    s: Sentence, number: numbers.Number, meant_key: str | None, concepts=frozenset()
) -> str | None:
    """What the number's place says it is ("en endring", "en del", "en forskjell"), or None
    when nothing around it says it is not the clause's value (`concepts`: the measure words of
    the value the clause names)."""
    if number.kind not in ("count", "word", "decimal"):
        return None
    opened = meaning.open_concepts()
    if opened and opened <= concepts and any(h.kind == "innen" for h in s.hits):
        return "antallet åpne saker på en annen dag enn dataenes"
    if single_case(s, number):
        return "den lengste eller korteste enkeltsaken"
    if sizes_change(s, number.start):
        return CHANGE
    after = s.masked[number.end :].split()
    if after[:1] == ["av"] and (meant_key or "").endswith("total"):
        return "en del av helheten ordene nevner"
    if _more_or_fewer(s, number) is not None:
        return DIFFERENCE
    a, _ = s.clause_of(number.start)
    before = s.masked[a : number.start].casefold()
    for word in _gap_words():
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", before):
            return "en forskjell eller endring"
    return None


def _more_or_fewer(s: Sentence, number: numbers.Number) -> str | None:
    """ "mer" or "mindre" when a more/fewer word follows the number within DIFFERENCE_REACH
    words, with no punctuation between («to klager flere enn i fjor», «2,2 dager kortere»),
    else None."""
    for h in s.hits:
        if h.kind in ("mer", "mindre") and number.end <= h.start:
            between = s.masked[number.end : h.start]
            near = len(between.split()) < DIFFERENCE_REACH and not re.search(r"[.,;:!?]", between)
            return h.kind if near else None
    return None


def change_size(s: Sentence, number: numbers.Number, wanted: Wanted, years, reader) -> Ref | None:
    """The change a count (or days) sizes: after «økte med» the clause's count in its year less
    the count in the year it changed from («siden 2016», else the year before), by size; before
    «flere enn i fjor» («færre»), signed by the word (a fall said to be «flere» is then
    negative, and the number, never negative, is false). The compared year is the one named
    after the number in its clause, else «siden …», else the year before. None when the number
    sizes no change or the build lacks either year's count."""
    if number.kind not in ("count", "word", "decimal"):
        return None
    why = reason(s, number, None)
    if why not in (CHANGE, DIFFERENCE):
        return None
    now_back = wanted.back or 0
    _, b = s.clause_of(number.start)
    later = [back for p, back in years if number.end <= p < b and back > now_back]
    since = reader.since(s, years)
    if later:
        then_back = later[0]
    elif since is not None and since > now_back:
        then_back = since
    else:
        then_back = now_back + 1
    plain = replace(wanted, concepts=set(wanted.concepts) - {"andel"})
    now = reader.meanings.bind(replace(plain, back=now_back), share=False)
    if now is None:
        return None
    # the same count in the year it changed from, never another measure the words also fit
    then = in_series(now.series, then_back, reader.values, reader.lex)
    if then is None or now.kind != then.kind or now.kind not in ("count", "days"):
        return None
    # days as the report prints them (one decimal): the difference a reader computes
    a, b = (now.raw, then.raw) if now.kind == "count" else (_printed(now.raw), _printed(then.raw))
    signed = a - b if _more_or_fewer(s, number) == "mer" else b - a
    size = abs(a - b) if why == CHANGE else signed
    label = f"endringen i {now.label} fra {then.label}"
    text = fmt.integer(int(size)) if now.kind == "count" else fmt.decimal(size, 1)
    return Ref(label, size, text, now.series, now_back, None, now.kind)


def _printed(days: float) -> float:
    return float(fmt.round_half_up(days, 1))


def single_case(s: Sentence, number: numbers.Number) -> bool:
    """Is the number in the clause of a single case's superlative («Den lengste saken tok 71
    dager»)?"""
    a, b = s.clause_of(number.start)
    return any(h.kind == "rang" and a <= h.start < b and single_case_word(s, h) for h in s.hits)
