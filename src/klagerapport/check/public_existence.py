"""The public edition: cases said to exist in a category it prints as 0 (issue 21, kontroll11).

A public edition rounds every small inner cell to 0 or min_count (publish/protection.py), so a
category printed as 0 held 0, 1 or 2 cases. «Noen klager gjaldt brudd på taushetsplikt»,
«Flere saker ble overført», «Det kom også klager om manglende oppgivelse av ID» said of such a
category tell the reader the cell is not 0: the rounding given away. check/public.py refuses
them as the other small quantities (`small-quantity`, at file:line:col, approvable by a
disclosure reviewer); «en klage», «enkelte saker», «få klager» it refuses whatever the category
(smaa-antall.yml). The phrases are the existence rule's (check/statements/existence.py, the
lexicon's `finnes`); a category printed 0 or not at all is «empty».
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..publish import utgave
from .build_values import BuildValues
from .lexicon import GROUPS, for_district
from .statements.existence import said

# a category's count key by its lexicon group (report/values.yml)
_KEYS = {group: f"{part}.{{}}.count" for part, group in GROUPS.items()}
_KEYS["diskriminering"] = "discrimination.{}.received"
# where a sentence ends (a phrase and the category it is said of are in one sentence)
_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def empty_categories(values: BuildValues, district: str) -> frozenset[tuple[str, str]]:
    """Every category (lexicon group, code) whose count a public build's `values` print as 0 or
    not at all; nothing for an internal build's (it rounds nothing)."""
    if not utgave.small_numbers(values.utgave):
        return frozenset()
    lex = for_district(district)
    out = set()
    for kind, code, group in set(lex.entries.values()):
        if kind != "kategori" or code in lex.combined or group not in _KEYS:
            continue
        entry = values.get(_KEYS[group].format(code))
        if entry is None or not entry.raw:
            out.add((group, code))
    return frozenset(out)


def spans(
    text: str, empty: Collection[tuple[str, str]], district: str = ""
) -> list[tuple[int, int]]:
    """The spans of `text` that say cases exist in a sentence naming an empty category."""
    if not empty:
        return []
    hits = for_district(district).hits(text)
    ends = [0, *(m.end() for m in _END.finditer(text)), len(text)]
    out = []
    for phrase, _what in said(text, hits):
        a = max(e for e in ends if e <= phrase.start)
        b = min(e for e in ends if e >= phrase.end)
        if phrase.text.casefold().startswith("flere") and any(
            h.kind == "enn" and phrase.end <= h.start < b for h in hits
        ):
            continue  # «flere klager gjaldt adferd enn taushetsplikt»: a comparison
        if any(h.kind == "kategori" and a <= h.start < b and (h.group, h.value) in empty
               for h in hits):  # fmt: skip
            out.append((phrase.start, phrase.end))
    return out
