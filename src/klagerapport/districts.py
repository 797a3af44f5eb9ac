"""The police districts and special agencies, read from data/reference/districts.yml (their only
home): official names, and every spelling of each that case files and people use.

`find("agder politidistrikt")` -> the Agder district; `normalise` raises a user error listing
the known names for a spelling that matches none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pandas as pd

from . import fmt, paths, userfiles
from .errors import KlagerapportError

SUFFIXES = ("politidistrikt", "pd")  # "Agder politidistrikt", "Agder pd" are Agder
NATIONAL = "Norge"  # the national roll-up: every case of every district (outputs/norge/<year>/)
NATIONAL_SPELLINGS = ("norge", "nasjonal", "hele landet")


@dataclass(frozen=True)
class District:
    name: str  # short official name: "Sør-Vest"
    official: str  # "Sør-Vest politidistrikt"
    kind: str  # district | agency
    abbreviation: str = ""
    aliases: tuple[str, ...] = ()
    former: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        """Folder name: outputs/<slug>/<year>/, commentary/<slug>/<year>/."""
        return paths.slug(self.name)

    def spellings(self) -> tuple[str, ...]:
        return (self.name, self.official, *self.aliases, *self.former)


def key(text: str) -> str:
    """A spelling as matched: case-, space-, punctuation- and æøå-insensitive, and without a
    trailing "politidistrikt"/"pd"."""
    words = paths.slug(str(text)).split("-")
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return "".join(words)


@cache
def all_districts() -> tuple[District, ...]:
    """Every district and agency in the file's order."""
    raw = userfiles.load_yaml(paths.DISTRICTS_FILE)
    return tuple(
        District(
            name=item["name"],
            official=item["official"],
            kind=item["kind"],
            abbreviation=item.get("abbreviation", ""),
            aliases=tuple(item.get("aliases", ())),
            former=tuple(item.get("former", ())),
        )
        for item in raw["districts"]
    )


@cache
def _lookup() -> dict[str, District]:
    out: dict[str, District] = {}
    for district in all_districts():
        for spelling in district.spellings():
            k = key(spelling)
            if out.get(k, district) != district:
                raise KlagerapportError(
                    f"districts.yml: «{spelling}» betyr både {out[k].name} og {district.name}"
                )
            out[k] = district
    return out


def find(text: str) -> District | None:
    """The district a spelling means, or None."""
    return _lookup().get(key(text))


def normalise(text: str) -> District:
    """The district a spelling means (or the national scope, for a report on every case); a
    user error naming the known districts if none."""
    if is_national(text):
        return NATIONAL_DISTRICT
    found = find(text)
    if found is None:
        known = ", ".join(d.name for d in all_districts())
        shown = text if len(text) <= 60 else text[:57] + "…"
        raise KlagerapportError(f"ukjent politidistrikt «{shown}». Kjente: {known}")
    return found


# The national scope's names: "alle politidistrikter" in captions ("Mottatte klagesaker alle
# politidistrikter 2021 …"), the heading on the report's header, running header and title.
NATIONAL_DISTRICT = District(name=NATIONAL, official="alle politidistrikter", kind="national")
NATIONAL_HEADING = f"Hele landet ({NATIONAL_DISTRICT.official})"


def police_districts() -> tuple[District, ...]:
    """The 12 police districts (not the special agencies)."""
    return tuple(d for d in all_districts() if d.kind == "district")


def missing_police_districts(names) -> list[District]:
    """The police districts (districts.yml's order) that none of `names` (any spelling) is:
    what a national report over data with only those names lacks."""
    found = {d.name for n in names if n is not None and (d := find(str(n))) is not None}
    return [d for d in police_districts() if d.name not in found]


def partial_heading(missing) -> str:
    """The national heading of a report over data that lacks `missing` police districts:
    'Hele landet, delvis: 2 av 12 politidistrikter (mangler Agder, Finnmark, …)'; the full
    heading when none is missing."""
    if not missing:
        return NATIONAL_HEADING
    names = fmt.listing(d.name if isinstance(d, District) else str(d) for d in missing)
    return f"Hele landet, delvis: {partial_count(missing)} (mangler {names})"


def partial_short(missing) -> str:
    """The national scope in the PDF's running header, short enough for one line beside the
    title whatever is missing: 'Norge', or over data that lacks `missing` police districts
    'Norge, delvis (10 av 12)' (page 1 and the title keep the full list, `partial_heading`)."""
    if not missing:
        return NATIONAL
    total = len(police_districts())
    return f"{NATIONAL}, delvis ({total - len(missing)} av {total})"


def partial_count(missing) -> str:
    """'2 av 12 politidistrikter': the police districts a national report over data that lacks
    `missing` covers; the one count its heading and its captions print."""
    total = len(police_districts())
    return f"{total - len(missing)} av {total} politidistrikter"


def national_name(missing=()) -> str:
    """The national scope as captions print it: 'alle politidistrikter', or, over data that
    lacks `missing` police districts, 'hele landet, delvis (2 av 12 politidistrikter)'."""
    if not missing:
        return NATIONAL_DISTRICT.official
    return f"hele landet, delvis ({partial_count(missing)})"


def national_row(missing=()) -> str:
    """The national row of a table of the districts side by side: 'Norge', or, over data that
    lacks `missing` police districts, 'Norge, delvis (10 av 12 politidistrikter)': the sum of
    those present, which a reader must not take for the whole country."""
    if not missing:
        return NATIONAL
    return f"{NATIONAL}, delvis ({partial_count(missing)})"


def is_national(text: str) -> bool:
    """True for the national scope ("Norge", "nasjonal", "hele landet"), which takes every case."""
    return key(text) in {key(s) for s in NATIONAL_SPELLINGS}


def same_district(values: pd.Series, district: str) -> pd.Series:
    """Rows of `district`, compared case- and æøå-insensitively ('oslo' is 'Oslo'); every row for
    the national scope ("Norge")."""
    if is_national(district):
        return pd.Series(True, index=values.index)
    target = paths.slug(district)
    hits = [u for u in values.dropna().unique() if paths.slug(str(u)) == target]
    mine = values.isin(hits)  # compared once per distinct name, not per row
    return (mine | values.isna()) if target == "" else mine
