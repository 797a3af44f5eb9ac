"""What the preview flags in the commentary: unknown value keys and values without data.

`find(file, text, variables)` is the one adapter between the preview and the commentary checks.
It returns findings shaped as `klagerapport check` (issue 10) will: file, line, severity,
message, suggestion. When `check` exists, `find` calls it instead; the preview uses only
`Finding` and `find`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..publish.values import MISSING_TEXT
from ..render.embedded import shortcodes

ERROR = "feil"
WARNING = "advarsel"

# `{{< var key >}}` with exactly one key; other shortcodes are the renderer's business.
VAR = re.compile(r"\{\{<\s*var\s+([^\s>]+)\s*>\}\}")


@dataclass(frozen=True)
class Finding:
    """One problem in a commentary file, at a line, with a fix where one is known."""

    file: Path
    line: int
    severity: str  # ERROR or WARNING
    message: str
    suggestion: str | None = None
    key: str | None = None
    start: int = 0  # the placeholder's span in its line (for marking it in the page)
    end: int = 0


def flat_keys(variables: Mapping, prefix: str = "") -> Iterator[tuple[str, object]]:
    """Every leaf of a nested mapping as (dotted key, value)."""
    for name, value in variables.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            yield from flat_keys(value, f"{key}.")
        else:
            yield key, value


def nearest_key(key: str, keys: list[str]) -> str | None:
    """The known key most like a mistyped one, or None when nothing is close."""
    close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    return close[0] if close else None


def find(file: Path, text: str, variables: Mapping, keys: list[str] | None = None) -> list[Finding]:
    """Unknown keys (with the nearest known key) and values with no data, line by line."""
    if keys is None:
        keys = [k for k, _ in flat_keys(variables)]
    findings = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        for match in VAR.finditer(line):
            key = match.group(1).strip("\"'")
            where = {"key": key, "start": match.start(), "end": match.end()}
            try:
                value = shortcodes.lookup(variables, key)
            except KeyError:
                suggestion = nearest_key(key, keys)
                findings.append(
                    Finding(file, lineno, ERROR, f"ukjent nøkkel «{key}»", suggestion, **where)
                )
                continue
            if isinstance(value, Mapping):
                inside = [k for k in keys if k.startswith(f"{key}.")]
                findings.append(
                    Finding(
                        file,
                        lineno,
                        ERROR,
                        f"«{key}» er en gruppe av nøkler, ikke én verdi",
                        inside[0] if inside else None,
                        **where,
                    )
                )
            elif value is None or str(value) == MISSING_TEXT:
                findings.append(
                    Finding(
                        file,
                        lineno,
                        WARNING,
                        f"«{key}» har ingen verdi i dataene (skrives «{MISSING_TEXT}»)",
                        **where,
                    )
                )
    return findings
