"""Another district's name in a district's commentary (text copied from Oslo into Agder's).

The names come from data/reference/districts.yml (ingest/districts.py): the official name
("Oslo politidistrikt"), the abbreviation ("OPD") and the aliases ("Oslo pd") are errors; the
short name ("Oslo") and the former districts merged into it ("Asker og Bærum") are warnings, since
a place name can be right in another district's text. Special agencies are not districts here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..ingest import districts as registry


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    district: str  # the short name of the district the text names
    strong: bool  # official name, abbreviation or alias (an error), not a place name (a warning)


def _pattern(name: str, *, case: bool) -> re.Pattern:
    flags = 0 if case else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", flags)


@cache
def _names() -> tuple[tuple[str, re.Pattern, bool], ...]:
    """(district, pattern, strong) for every police district, longest names first."""
    out = []
    for d in registry.police_districts():
        names = [(d.official, False, True), *((a, False, True) for a in d.aliases)]
        if d.abbreviation:
            names.append((d.abbreviation, True, True))
        names += [(d.name, True, False), *((f, True, False) for f in d.former)]
        for name, case, strong in names:
            out.append((d.name, len(name), _pattern(name, case=case), strong))
    out.sort(key=lambda t: -t[1])
    return tuple((name, pattern, strong) for name, _, pattern, strong in out)


def mentions(line: str, own: str) -> list[Mention]:
    """Names of police districts other than `own` in one (masked) line of prose."""
    own_district = registry.find(own)
    own_name = own_district.name if own_district else own
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern, strong in _names():
        if name == own_name:
            continue
        for m in pattern.finditer(line):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            found.append(Mention(m.start(), m.end(), m.group(), name, strong))
    return sorted(found, key=lambda m: m.start)
