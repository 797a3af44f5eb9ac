"""The report's outline (report/sections.yml): the commentary's parts, in the form's order,
with their headings. The one reader of that file: staging (render/stage.py) writes the parts,
the commentary check (check/) names the files the report includes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from . import codes, paths, userfiles
from .districts import is_national

SECTIONS_FILE = paths.SECTIONS_FILE
NATIONAL_COMMENTARY = "sammenligning"  # commentary/norge/<year>/sammenligning.md (optional)


@dataclass(frozen=True)
class Part:
    """One heading of the commentary; `key` names its file, or None for a heading only;
    `group` is the generated file (the template's include) the part is written into."""

    heading: str
    level: int
    key: str | None
    group: str = ""


def load_sections(file: Path = SECTIONS_FILE) -> dict:
    return userfiles.load_yaml(file)


def commentary_parts(sections: Mapping) -> list[Part]:
    """The commentary headings in order. A decision part is headed as the form writes it: its
    `heading` in sections.yml, else its label in codes.yml."""
    parts: list[Part] = []
    for item in sections["sections"]:
        if "decisions" in item:
            group = item["key"]
            parts.append(Part(item["heading"], 2, None, group))
            for entry in item["decisions"]:
                code = entry if isinstance(entry, str) else entry["code"]
                heading = codes.label("decisions", code)
                if isinstance(entry, Mapping) and entry.get("heading"):
                    heading = entry["heading"]
                parts.append(Part(heading, 3, code.replace("_", "-"), group))
        else:
            parts.append(Part(item["heading"], 2, item["key"], item["key"]))
    return parts


def files() -> list[Part]:
    """The project's commentary parts that have a file, in the report's order."""
    return [p for p in commentary_parts(load_sections()) if p.key]


def optional_keys(district: str | None) -> tuple[str, ...]:
    """The commentary files a report includes only when they are written: the national report's
    comment on the district comparison."""
    return (NATIONAL_COMMENTARY,) if district and is_national(district) else ()
