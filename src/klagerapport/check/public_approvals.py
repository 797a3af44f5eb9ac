"""The disclosure reviewer's approvals of the public edition's small-quantity phrases:
`commentary/<district>/<year>/offentlig-godkjent.yml` (check/public.py says what is refused;
this module reads what a reviewer let through, and says which approvals no phrase uses any more).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import paths, userfiles
from ..errors import Problem

APPROVALS_FILE = "offentlig-godkjent.yml"  # in the commentary folder
APPROVAL_FIELDS = ("fil", "ord", "setning", "av", "grunn")
STALE_APPROVAL = "stale-approval"  # offentlig-godkjent.yml approves a phrase no longer there
BAD_APPROVALS = "approvals"  # offentlig-godkjent.yml cannot be read


@dataclass
class Approval:
    file: str
    words: str
    sentence: str
    line: int  # where the entry is in the approvals file
    used: bool = False


def approvals(folder: Path) -> tuple[list[Approval], list[Problem]]:
    """The reviewer's approvals of small-quantity phrases (module docstring), and the problems
    of the file (each entry needs every field)."""
    file = folder / APPROVALS_FILE
    if not file.is_file():
        return [], []
    shown = paths.shown(file)
    try:
        text = userfiles.read_text(file, shown)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = userfiles.parse_yaml(text, shown) or {}
    except userfiles.UserFileError as err:
        return [], list(err.problems)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        return [], [Problem(shown, f"ikke gyldig YAML: {err}", row=line, code=BAD_APPROVALS)]
    entries = data.get("godkjent") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return [], [Problem(shown, "skal ha en liste «godkjent:»", row=1, code=BAD_APPROVALS)]
    lines = _entry_lines(node)
    found, problems = [], []
    for i, entry in enumerate(entries):
        line = lines[i] if i < len(lines) else 0
        missing = [f for f in APPROVAL_FIELDS if not isinstance(entry, dict) or not entry.get(f)]
        if missing:
            problems.append(
                Problem(
                    shown,
                    f"godkjenningen mangler {', '.join(missing)} "
                    f"(trenger {', '.join(APPROVAL_FIELDS)})",
                    row=line,
                    code=BAD_APPROVALS,
                )
            )
            continue
        found.append(Approval(str(entry["fil"]), str(entry["ord"]), str(entry["setning"]), line))
    return found, problems


def _entry_lines(node) -> list[int]:
    try:
        for key, value in node.value:
            if key.value == "godkjent":
                return [item.start_mark.line + 1 for item in value.value]
    except (AttributeError, TypeError):
        pass
    return []


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def not_approved(small: list[Problem], name: str, lines: list[str], approvals) -> list[Problem]:
    """The small-quantity problems no approval covers (marking the approvals used)."""
    left = []
    for problem in small:
        line = " ".join(lines[problem.line - 1].split()).casefold()
        said = problem.text.strip("«»")
        match = [
            a
            for a in approvals
            if a.file == name and _same(a.words, said) and _same_in(a.sentence, line, said)
        ]
        for a in match:
            a.used = True
        if not match:
            left.append(problem)
    return left


def _same_in(sentence: str, line: str, said: str) -> bool:
    sentence = " ".join(sentence.split()).casefold()
    return sentence in line and said.casefold() in sentence


def stale(file: Path, approval: Approval) -> Problem:
    return Problem(
        paths.shown(file),
        f"godkjenningen av «{approval.words}» i {approval.file} gjelder ingen setning lenger "
        f"(«{approval.sentence}»); fjern den eller rett «setning»",
        row=approval.line,
        code=STALE_APPROVAL,
    )
