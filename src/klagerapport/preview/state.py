"""What the page shows: the last render's state, its error and every value of the build."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KlagerapportError, Problem, placed, problems_of


@dataclass(frozen=True)
class RenderError:
    """Why the last render failed, for the page: where (if known) and the message."""

    message: str
    file: str | None = None
    line: int | None = None

    @classmethod
    def from_exception(cls, err: BaseException) -> RenderError:
        text = str(err).strip() or type(err).__name__
        located = problems_of(err)
        if len(located) == 1 and located[0].file:  # one problem: its place and its words
            return cls(located[0].message, located[0].file, located[0].line or None)
        if not isinstance(err, KlagerapportError):
            text = f"{type(err).__name__}: {text}"
        where = placed(text)
        if where is not None:
            return cls(where.message, where.file, where.line)
        return cls(text)


@dataclass
class ValueRow:
    key: str
    text: str
    raw: object
    section: str


@dataclass
class State:
    """What the page shows; `version` grows with every render, good or failed."""

    version: int = 0
    html: str | None = None  # the last good render
    html_version: int = 0
    error: RenderError | None = None
    findings: list[Problem] = field(default_factory=list)
    # the located problems that stopped the last render (the render guard's, a public
    # edition's hidden number): listed in the panel after the commentary's findings
    stopped: list[Problem] = field(default_factory=list)
    # the notes about the build's data a draft's box shows (render.data_notes), listed last
    notes: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    values: list[ValueRow] = field(default_factory=list)
    values_version: int = 0


def failed(state: State, err: BaseException) -> None:
    """Record a failed render: the error and the located problems it carries."""
    state.error = RenderError.from_exception(err)
    state.stopped = problems_of(err)


def succeeded(state: State) -> None:
    state.error = None
    state.stopped = []


def finding_json(n: int, finding: Problem) -> dict:
    """One finding for the panel: what `klagerapport check --json` says, and its mark's id."""
    return {"id": f"kp-funn-{n}", "where": finding.where(), **finding.to_json()}


def flat_keys(variables: Mapping, prefix: str = "") -> Iterator[tuple[str, object]]:
    """Every leaf of a nested mapping as (dotted key, value)."""
    for name, value in variables.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            yield from flat_keys(value, f"{key}.")
        else:
            yield key, value


def read_values(run_dir: Path, variables: dict) -> list[ValueRow]:
    """Every value key of the build, grouped by the section that computed it.

    Sections write values/<section>.json (raw value and text); a key only in _variables.yml
    (an older build) is grouped under its first part.
    """
    rows: dict[str, ValueRow] = {}
    folder = run_dir / "values"
    if folder.is_dir():
        for file in sorted(folder.glob("*.json")):
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                continue
            for key, item in sorted(data.items()):
                if isinstance(item, dict):
                    rows[key] = ValueRow(key, str(item.get("text")), item.get("value"), file.stem)
    for key, text in flat_keys(variables):
        if key in rows:
            rows[key].text = str(text)  # what the report prints
        else:
            rows[key] = ValueRow(key, str(text), None, key.split(".", 1)[0])
    return sorted(rows.values(), key=lambda r: (r.section, r.key))
