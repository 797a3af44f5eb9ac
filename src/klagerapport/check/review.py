"""The review list of a new year's commentary: what to re-read before the report is final.

`klagerapport new-year` writes `commentary/<district>/<year>/gjennomgang.yml`, one item per
claim word, literal number and claim carried over from last year, each with file, line and the
text. `klagerapport check` reports every item not marked `gjennomgått: true`; a final report
is refused until none is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import paths, userfiles
from ..errors import Problem
from ..fsutil import write_text
from .findings import ERROR, WARNING

FILE_NAME = "gjennomgang.yml"
HEADER = """\
# Gjennomgangsliste: les hvert punkt mot årets tall, ret teksten om nødvendig, og sett
# «gjennomgått: true». «klagerapport check» melder hvert punkt som ikke er gjennomgått,
# og «klagerapport build --endelig» bygger ikke før alle er det.
"""


@dataclass(frozen=True)
class Item:
    file: str  # the commentary file name, e.g. generelt.md
    line: int
    text: str  # the words to find again (the line may move)
    what: str  # what to re-read, in Norwegian
    reviewed: bool = False

    def to_yaml(self) -> dict:
        return {
            "fil": self.file,
            "linje": self.line,
            "tekst": self.text,
            "hva": self.what,
            "gjennomgått": self.reviewed,
        }


def write(folder: Path, items: list[Item], *, intro: str) -> Path:
    file = folder / FILE_NAME
    body = yaml.safe_dump(
        {"punkter": [i.to_yaml() for i in items]}, allow_unicode=True, sort_keys=False, width=100
    )
    write_text(file, HEADER + f"# {intro}\n" + body)
    return file


def load(folder: Path) -> tuple[list[Item], list[Problem]]:
    file = folder / FILE_NAME
    if not file.is_file():
        return [], []
    shown = paths.shown(file)
    try:
        data = userfiles.load_yaml(file, shown) or {}
    except userfiles.UserFileError as err:
        return [], err.problems
    except yaml.YAMLError as err:
        return [], [Problem.at(shown, 0, 0, ERROR, "review", f"ikke gyldig YAML: {err}")]
    items, problems = [], []
    for n, raw in enumerate(data.get("punkter") or [], 1):
        try:
            items.append(
                Item(
                    str(raw["fil"]),
                    int(raw.get("linje") or 0),
                    str(raw["tekst"]),
                    str(raw.get("hva", "")),
                    raw.get("gjennomgått") is True,
                )
            )
        except (KeyError, TypeError, ValueError):
            problems.append(
                Problem.at(shown, 0, 0, ERROR, "review", f"punkt {n} mangler «fil» eller «tekst»")
            )
    return items, problems


def pending(folder: Path) -> list[Problem]:
    """One warning per item not yet reviewed, at the line where its text is now."""
    items, problems = load(folder)
    out = list(problems)
    for item in items:
        if item.reviewed:
            continue
        file = folder / item.file
        line, column = item.line, 0
        if file.is_file():
            for n, text in enumerate(userfiles.read_text(file).splitlines(), 1):
                at = text.find(item.text)
                if at >= 0:
                    line, column = n, at
                    break
        out.append(
            Problem.at(
                paths.shown(file),
                line,
                column + 1,
                WARNING,
                "review-pending",
                f"ikke gjennomgått: {item.what}",
                f"les setningen mot årets tall og sett «gjennomgått: true» i {FILE_NAME}",
                item.text,
            )
        )
    return out
