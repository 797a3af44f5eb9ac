"""Another district's name in a district's commentary (text copied from Oslo into Agder's).

The names come from data/reference/districts.yml (ingest/districts.py): the official name
("Oslo politidistrikt"), the abbreviation ("OPD") and the aliases ("Oslo pd") are errors; the
short name ("Oslo") and the former districts merged into it ("Asker og Bærum") are warnings, since
a place name can be right in another district's text. Special agencies are not districts here.
The national report (Norge) compares the districts, so every district's name belongs in it.

Aliases that only spell a name without æøå («Ost» for Øst, «More og Romsdal») are for case
files, not prose: «ost» is cheese. Towns and places of each district (data/reference/leksikon.yml
«steder»: «Bergen» is Vest, «Grønland» and «Sandvika» are Oslo) are named like short names (a
warning; line_findings.py makes it an error in a sentence about the numbers), matched with their
capital letter. A place is named inside a hyphenated compound too («Tromsø-området»,
«Bodø-politiet»); a district's own name is not («Vest-Agder» is in Agder, not Vest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import districts as registry
from ..ingest import units as unit_list
from .lexicon import data as lexicon_data


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    district: str  # the short name of the district the text names
    strong: bool  # official name, abbreviation or alias (an error), not a place name (a warning)


@cache
def _names() -> tuple[re.Pattern, dict[str, tuple[str, str, bool, bool]]]:
    """One pattern for every name of every police district (longest first), and for each
    name in lower case: (district, name as written, case-sensitive, strong)."""
    names: dict[str, tuple[str, str, bool, bool]] = {}
    for d in registry.police_districts():
        aliases = [a for a in d.aliases if not _transliterated(a, d.name)]
        spelled = [(d.official, False, True), *((a, False, True) for a in aliases)]
        if d.abbreviation:
            spelled.append((d.abbreviation, True, True))
        spelled += [(d.name, True, False), *((f, True, False) for f in d.former)]
        for name, case, strong in spelled:
            names.setdefault(name.casefold(), (d.name, name, case, strong))
    for district, places in lexicon_data()["steder"].items():
        for place in places:
            names.setdefault(place.casefold(), (district, place, True, False))
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?!\w)", re.IGNORECASE), names


@cache
def _places() -> frozenset[str]:
    """The towns and places of leksikon.yml «steder», in lower case."""
    return frozenset(p.casefold() for ps in lexicon_data()["steder"].values() for p in ps)


_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def _transliterated(alias: str, name: str) -> bool:
    """«Ost» for «Øst», «Sorost» for «Sør-Øst»: the name without æøå (and spaces, hyphens)."""

    def plain(text: str) -> str:
        return "".join(c for c in text.translate(_ASCII).casefold() if c.isalnum())

    return alias.isascii() and not name.isascii() and plain(alias) == plain(name)


def mentions(line: str, own: str) -> list[Mention]:
    """Names of police districts other than `own` in one (masked) line of prose; none in the
    national report's."""
    if registry.is_national(own or ""):
        return []
    own_district = registry.find(own)
    own_name = own_district.name if own_district else own
    units = _unit_spans(line, own_district.name if own_district else own)
    return [
        m
        for m in named(line)
        if m.district != own_name and not any(a <= m.start and m.end <= b for a, b in units)
    ]


@cache
def _unit_names(district: str) -> re.Pattern | None:
    """The district's own units and their aliases (data/reference/units.yml): «Patrulje Øst»
    is an Oslo unit, not the district Øst."""
    names = [n for u in unit_list.for_district(district) for n in (u.name, *u.aliases)]
    if not names:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def _unit_spans(line: str, district: str) -> list[tuple[int, int]]:
    pattern = _unit_names(district) if district else None
    return [m.span() for m in pattern.finditer(line)] if pattern else []


def named(line: str) -> list[Mention]:
    """Every police district a (masked) line names, left to right."""
    pattern, names = _names()
    found: list[Mention] = []
    for m in pattern.finditer(line):
        district, written, case, strong = names[m.group().casefold()]
        if case and m.group() != written:
            continue
        if line[m.end() : m.end() + 1] == "-" and m.group().casefold() not in _places():
            continue  # «Vest-Agder»: a district's name as the first part of another name
        found.append(Mention(m.start(), m.end(), m.group(), district, strong))
    return found
