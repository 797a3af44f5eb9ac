"""What reading a statement gives: its verdict (ok, false, open), the words each direction or
rank word says in a finding, and a value placeholder of the sentence."""

from __future__ import annotations

from dataclasses import dataclass

from ..meaning import Ref

OK, FALSE, OPEN = "ok", "false", "open"
SAYS = {
    "opp": "en økning",
    "ned": "en nedgang",
    "uendret": "uendret",
    "stabil": "omtrent uendret",
    "mer": "flere/høyere",
    "mindre": "færre/lavere",
    "maks": "det høyeste",
    "min": "det laveste",
}


@dataclass(frozen=True)
class Outcome:
    """One statement: where its words are (sentence positions), what kind, and the verdict."""

    start: int
    end: int
    kind: str
    status: str  # ok | false | open
    words: str
    detail: str = ""
    fix: str = ""
    about: str = ""  # the values it was checked against


@dataclass
class Value:
    """A value placeholder in the sentence."""

    start: int
    end: int
    key: str
    ref: Ref | None
