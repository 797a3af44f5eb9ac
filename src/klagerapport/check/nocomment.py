"""Parts of the report left without commentary on purpose: `uten-kommentar.yml`.

The file is `commentary/<district>/<year>/uten-kommentar.yml`.

The form allows some parts without text (report/sections.yml `may_be_empty`: «Avvist», «Overført»).
A district that writes nothing there says so, with a reason:

    uten-kommentar:
      - avsnitt: avvist
        grunn: få saker, ingen særlige merknader (som i den publiserte rapporten)

The report then prints nothing for the part (render/stage.py: no heading, no «Kommentar
mangler»), and the check does not report it as missing. A part the form requires, or one that
has text after all, is reported.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .. import paths, userfiles
from ..errors import Problem
from .findings import ERROR, WARNING

FILE_NAME = "uten-kommentar.yml"


def load(folder: Path, allowed: tuple[str, ...]) -> tuple[set[str], list[Problem]]:
    """The parts listed (only those the form allows) and the problems of the list."""
    file = Path(folder) / FILE_NAME
    if not file.is_file():
        return set(), []
    shown = paths.shown(file)
    try:
        data = userfiles.load_yaml(file, shown) or {}
    except userfiles.UserFileError as err:
        return set(), err.problems
    except yaml.YAMLError as err:
        return set(), [
            Problem.at(shown, 0, 0, ERROR, "no-comment-list", f"ikke gyldig YAML: {err}")
        ]
    items = data.get("uten-kommentar") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return set(), [
            Problem.at(
                shown, 1, 0, ERROR, "no-comment-list", "forventet en liste under «uten-kommentar:»"
            )
        ]
    out, problems = set(), []
    for i, item in enumerate(items):
        key = str(item.get("avsnitt", "")).strip() if isinstance(item, dict) else ""
        reason = str(item.get("grunn", "")).strip() if isinstance(item, dict) else ""
        if not key or not reason:
            problems.append(
                Problem.at(
                    shown,
                    0,
                    0,
                    ERROR,
                    "no-comment-list",
                    f"oppføring nr. {i + 1} må ha «avsnitt» og «grunn»",
                )
            )
        elif key not in allowed:
            problems.append(
                Problem.at(
                    shown,
                    0,
                    0,
                    ERROR,
                    "no-comment-list",
                    f"«{key}» kan ikke stå uten kommentar i skjemaet",
                    f"bare disse kan: {', '.join(allowed)} (report/sections.yml)",
                )
            )
        else:
            out.add(key)
    return out, problems


def written_anyway(folder: Path, listed: set[str], read) -> list[Problem]:
    """A part listed without commentary that has text: the text is printed; say so."""
    out = []
    for key in sorted(listed):
        file = Path(folder) / f"{key}.md"
        try:
            text = read(file)
        except userfiles.UserFileError:
            continue  # the check of the part says so
        if userfiles.has_prose(text):
            out.append(
                Problem.at(
                    paths.shown(file),
                    0,
                    0,
                    WARNING,
                    "no-comment-list",
                    f"«{key}» står i {FILE_NAME} som uten kommentar, men filen har tekst",
                    f"slett {key} fra {FILE_NAME} eller tøm filen",
                )
            )
    return out
