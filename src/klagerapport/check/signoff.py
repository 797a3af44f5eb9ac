"""Reviewers' sign-offs of sentences the check cannot verify: `godkjent.yml`.

The file is `commentary/<district>/<year>/godkjent.yml`.

A quantitative sentence the build's values cannot show («en høyere andel enn andre
politidistrikt») is a `needs-signoff` finding, and a final edition is refused until a reviewer
has read it and recorded it here:

    godkjent:
      - fil: uheldig.md
        setning: 3f2a9c1b7d04          # the sentence's key, as the finding gives it
        tekst: «… vil kunne ha en høyere andel saker …»   # for people; the key decides
        av: Kari Nordmann
        grunn: sammenligning med andre distrikter, som dataene ikke har

The key is a hash of the sentence's words (sentences.Sentence.digest): editing the sentence makes
a new key, so the finding comes back until it is signed off again. A sign-off no sentence has any
longer is reported (a warning that does not stop the final edition), so the file stays current.
The file is per year: `klagerapport new-year` does not copy it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import paths, userfiles
from ..errors import Problem
from .findings import ERROR, WARNING

FILE_NAME = "godkjent.yml"
FIELDS = ("fil", "setning", "av", "grunn")


@dataclass(frozen=True)
class SignOff:
    file: str
    digest: str
    by: str
    reason: str
    line: int = 0  # where the entry starts in godkjent.yml


def load(folder: Path) -> tuple[list[SignOff], list[Problem]]:
    file = folder / FILE_NAME
    if not file.is_file():
        return [], []
    shown = paths.shown(file)
    try:
        text = userfiles.read_text(file, shown)
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        node = yaml.compose(text, Loader=loader)
        data = userfiles.parse_yaml(text, shown) or {}
    except userfiles.UserFileError as err:
        return [], err.problems
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        return [], [
            Problem.at(
                shown, mark.line + 1 if mark else 0, 0, ERROR, "signoff", f"ikke gyldig YAML: {err}"
            )
        ]
    if not isinstance(data, dict) or not isinstance(data.get("godkjent") or [], list):
        return [], [
            Problem.at(shown, 1, 0, ERROR, "signoff", "forventet en liste under «godkjent:»")
        ]
    lines = []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "godkjent" and isinstance(value, yaml.SequenceNode):
                lines = [item.start_mark.line + 1 for item in value.value]
    out, problems = [], []
    for i, item in enumerate(data.get("godkjent") or []):
        line = lines[i] if i < len(lines) else 0
        if not isinstance(item, dict) or not all(str(item.get(k) or "").strip() for k in FIELDS):
            problems.append(
                Problem.at(
                    shown,
                    line,
                    0,
                    ERROR,
                    "signoff",
                    f"godkjenning nr. {i + 1} må ha {', '.join(FIELDS)}",
                    "skriv hvem som har godkjent setningen og hvorfor",
                )
            )
            continue
        out.append(
            SignOff(
                str(item["fil"]).strip(),
                str(item["setning"]).strip(),
                str(item["av"]).strip(),
                str(item["grunn"]).strip(),
                line,
            )
        )
    return out, problems


def apply(folder: Path, findings: list[Problem]) -> list[Problem]:
    """The findings with every signed-off `needs-signoff` removed, the file's problems and its
    sign-offs that no sentence has any longer added."""
    signed, problems = load(folder)
    keys = {(s.file, s.digest) for s in signed}
    kept, used = [], set()
    for f in findings:
        if f.code == "needs-signoff" and (Path(f.file).name, f.value) in keys:
            used.add((Path(f.file).name, f.value))
            continue
        kept.append(f)
    shown = paths.shown(folder / FILE_NAME)
    for s in signed:
        if (s.file, s.digest) not in used:
            kept.append(
                Problem.at(
                    shown,
                    s.line,
                    1,
                    WARNING,
                    "stale-signoff",
                    f"godkjenningen av setningen {s.digest} i {s.file} gjelder ingen setning "
                    "som trenger godkjenning lenger (teksten er endret eller kontrollen kan nå "
                    "vise den)",
                    "slett oppføringen, eller godkjenn den nye setningen",
                )
            )
    return kept + problems


def entry(file: str, digest: str, text: str) -> str:
    """The YAML a reviewer adds to godkjent.yml for one sentence (the finding's suggestion)."""
    quoted = yaml.safe_dump(text, allow_unicode=True, width=1000).strip()
    quoted = quoted.removesuffix("...").strip()
    return (
        f"- fil: {file}\n  setning: {digest}\n  tekst: {quoted}\n"
        "  av: <navn>\n  grunn: <hvorfor setningen stemmer>"
    )
