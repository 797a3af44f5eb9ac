"""What the preview flags in the commentary: the findings of `klagerapport check`, file by file.

`Checker.find(folder, texts)` runs `check.check_commentary`, the one implementation, on the texts
the preview has just read (so each finding is about exactly what is staged) and returns what
`klagerapport check` prints for the same folder and build. Each file's findings are kept until
its text or its allow-list rules change: a save re-checks only the file that changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..check.allowlist import Allowed
from ..check.build_values import BuildValues
from ..check.commentary import check_commentary, check_section, section_keys
from ..check.findings import ERROR, WARNING
from ..errors import Problem

__all__ = ["ERROR", "WARNING", "Checker", "span"]


class Checker:
    """The commentary check against one build's values, for one district and year."""

    def __init__(
        self, values: BuildValues, *, district: str, year: int, sections: list[str] | None = None
    ) -> None:
        self.values = values
        self.district = district
        self.year = year
        # report/sections.yml, read once: a change to report/ restages with a new Checker
        self.sections = section_keys() if sections is None else sections
        self._checked: dict[str, tuple[str, tuple[Allowed, ...], list[Problem]]] = {}

    @classmethod
    def load(cls, run_dir: Path, *, district: str, year: int) -> Checker:
        return cls(BuildValues.load(run_dir), district=district, year=year)

    def find(self, folder: Path, texts: Mapping[str, str]) -> list[Problem]:
        """The findings for the commentary `folder` whose files (by name) hold `texts`."""
        return check_commentary(
            folder,
            self.values,
            district=self.district,
            year=self.year,
            sections=self.sections,
            read=lambda file: texts.get(file.name),
            section=self._section,
        )

    def _section(
        self, text: str, file: str, values: BuildValues, allowed: list[Allowed], district: str
    ) -> list[Problem]:
        rules = tuple(allowed)
        last = self._checked.get(file)
        if last is not None and last[0] == text and last[1] == rules:
            return last[2]
        found = check_section(text, file, values, allowed, district)
        self._checked[file] = (text, rules, found)
        return found


def span(finding: Problem) -> tuple[int, int] | None:
    """Where in its line a finding's words are (0-based, end excluded); None for a whole file."""
    if finding.line < 1 or finding.col < 1:
        return None
    start = finding.col - 1
    return start, start + max(finding.length, 1)
