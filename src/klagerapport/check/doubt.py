"""An error needs a whole reading: what the check calls false in a stretch of a sentence it
has not read through is a reviewer's item, not an error.

A stretch of a sentence (between joining words: «og», «men», «mot» …) that holds a quantitative
word no rule read (the net's `needs-signoff` items; not «…, som i fjor», which says the same of
another year, nor a statement the build has no value for, a gap in the data, not in the
reading), a typed number its place sets apart from its clause's value (loose.py) or a compound
noun with a part about the numbers that no lexicon phrase reads («kritikkandelen falt»: its
subject is not the one the rules bind, leksikon.yml `sammensatt_ledd`) has been read in part,
and a part read wrongly is how a true sentence gets an error: «Antall mottatte klager steg med
om lag åtte prosent» read «steg» against the share within the deadline because «om lag åtte
prosent» was not read. So there an error from reading the words (a false statement, a wrong
placeholder, a typed number unlike its value) becomes a `needs-signoff` item of the sentence:
the final edition is still refused until a reviewer has looked at it (godkjent.yml, keyed to the
sentence's words), and the message keeps what the rule found, marked as probable. Another
stretch of the same sentence, read through, keeps its errors («Flere klager gjaldt adferd enn
maktmisbruk, og noen saker ble overført» with none transferred).

The same holds in a stretch that names another district or the country («nesten dobbelt så
mange klager som Vest politidistrikt», «godt over landsgjennomsnittet på om lag 73 prosent»):
the district's build has none of their values, so a rule that found the words false read them
against the district's own. Errors that do not depend on reading the prose (a false claim
shortcode, an unknown placeholder key) stay errors.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..errors import Problem
from .findings import ERROR, WARNING
from .lexicon import data
from .line_findings import SNIPPET
from .sentences import Sentence

SIGNOFF = "needs-signoff"
# errors that come from reading the sentence's words against the values
READ_ERRORS = ("stale-claim", "wrong-value", "typed-number")
UNIT_HITS = ("kategori", "ukjent_enhet", "gruppe")  # lexicon hits that name a unit
PREFIX = "trolig feil, men setningen er ikke lest helt (se de andre funnene i den): "
ADVICE = (
    "rett setningen, eller la en kontrollør godkjenne den (klagerapport godkjenn) etter å ha "
    "sett at den stemmer"
)


def stretches(s: Sentence) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each stretch of the sentence as its first and last character's (file line, 1-based
    column)."""
    out = []
    for a, b in s.stretches():
        first, last = s.where(a), s.where(max(a, b - 1))
        out.append(((first[0], first[1] + 1), (last[0], last[1] + 1)))
    return out


def _inside(f: Problem, bounds: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    return f.row is not None and bounds[0] <= (f.row, f.col) <= bounds[1]


def demote(
    found: list[Problem],
    sentences: list[Sentence],
    unread: list[tuple[int, int]],
    *,
    national: bool = False,
    district: str | None = None,
    file: str = "",
) -> list[Problem]:
    """`found` with each reading error in a stretch that also holds a word the net found
    unread (`unread`: (file line, 1-based column) of each), another district's name (its
    `other-district` finding) or a word of another scope (leksikon.yml `annet_omfang`: «i landet»,
    «landsgjennomsnittet»; not in the `national` report, whose own scope the country is) turned
    into a `needs-signoff` item of its sentence (same place, the rule's words kept). So does a
    place of the `district`'s own (leksikon.yml `steder`: «Sandvika og Asker fikk færre saker»
    is a unit's count, which the rules read as the district's)."""
    out = list(found)
    marks = list(unread) + [(f.row, f.col) for f in found if f.code == "other-district"]
    for s in sentences if not national else ():  # the country is the national report's own
        marks += [s_where(s, pos) for pos in other_scope(s)]
    for s in sentences:
        marks += [s_where(s, pos) for pos in own_places(s, district)]
    out = _own_places_open(out, sentences, district, file)
    for s in sentences:
        digest = s.digest()
        for bounds in stretches(s):
            if not any(bounds[0] <= at <= bounds[1] for at in marks):
                continue
            for i, f in enumerate(out):
                if f.severity == ERROR and f.code in READ_ERRORS and _inside(f, bounds):
                    out[i] = replace(
                        f,
                        severity=WARNING,
                        code=SIGNOFF,
                        message=PREFIX + f.message,
                        suggestion=f"{f.suggestion}; {ADVICE}" if f.suggestion else ADVICE,
                        value=digest,
                    )
    return out


def _own_places_open(
    found: list[Problem], sentences: list[Sentence], district: str | None, file: str
) -> list[Problem]:
    """«Klagene mot politiet i Asker og Bærum økte kraftig», «Stovner og Grønland fikk til
    sammen {{< var units.gronland_politistasjon.count >}} klager»: a stretch of a sentence that
    names a place of the district's own which is no unit on its list, and holds a placeholder
    (not a year's) or a finding about the numbers (a verified statement too), in a sentence with
    nothing yet that stops the final edition, was read against the district's numbers, not the
    place's: a reviewer signs the sentence off (one `needs-signoff` item at the place). Not «…
    november {{< var year.current >}}, og kontorene i Sandvika og Grønland måtte stenges»."""
    out = list(found)
    for s in sentences:
        places = own_places(s, district)
        if not places:
            continue
        first, last = s_where(s, 0), s_where(s, max(0, len(s.masked) - 1))
        mine = [f for f in found if f.row is not None and first <= (f.row, f.col) <= last]
        if any(f.severity == ERROR or f.code == SIGNOFF for f in mine):
            continue
        for (a, b), bounds in zip(s.stretches(), stretches(s), strict=True):
            here = sorted(p for p in places if a <= p < b)
            numbers = any(_inside(f, bounds) for f in mine) or any(
                a <= h.start < b and _value_placeholder(h) for h in s.holders
            )
            if here and numbers:
                out.append(_place_item(s, here[0], file))
                break
    return out


def _value_placeholder(h) -> bool:
    """Is the shortcode a placeholder of a value that is not a year («{{< var units.pass.count
    >}}», not «{{< var year.current >}}»)?"""
    return h.name == "var" and not h.args.strip("\"'").startswith("year.")


def _place_item(s: Sentence, at: int, file: str) -> Problem:
    line, col = s_where(s, at)
    word = re.match(r"\w+", s.masked[at:])
    name = word.group() if word else s.masked[at]
    text = " ".join(s.text.split())
    item = Problem.at(
        file,
        line,
        col,
        WARNING,
        SIGNOFF,
        f"«{name}» er et sted i distriktet, ikke en enhet på listen: tallene i setningen ble "
        "lest som distriktets eller en enhets, ikke stedets",
        ADVICE,
        text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…",
        len(name),
    )
    return replace(item, value=s.digest())


def s_where(s: Sentence, pos: int) -> tuple[int, int]:
    line, col = s.where(pos)
    return line, col + 1


@cache
def _scope_words() -> tuple[str, ...]:
    return tuple(" ".join(str(w).casefold().split()) for w in data()["annet_omfang"])


def other_scope(s: Sentence) -> list[int]:
    """Where the sentence names another scope than the district (the country, the others)."""
    low = s.masked.casefold()
    out = []
    for words in _scope_words():
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)"
        out += [m.start() for m in re.finditer(pattern, low)]
    return out


def own_places(s: Sentence, district: str | None) -> list[int]:
    """Where the sentence names a place of the district's own (leksikon.yml `steder`) that is
    not part of a unit's name the rules read («Grønland politistasjon» is the unit)."""
    places = data()["steder"].get(district or "", []) or []
    units = [(h.start, h.end) for h in s.hits if h.kind in UNIT_HITS]
    out = []
    for place in places:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, str(place).split())) + r"(?!\w)"
        out += [
            m.start()
            for m in re.finditer(pattern, s.masked)
            if not any(a <= m.start() < b for a, b in units)  # «Grønland politistasjon»: a unit
        ]
    return out
