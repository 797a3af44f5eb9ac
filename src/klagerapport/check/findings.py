"""What the commentary check reports: one `errors.Problem` per finding, with file, line and a
fix (the same type as a data problem, so every consumer reads one shape).

A finding is plain data (no rendering): the terminal report (report.py), the JSON form for the
preview and CI, the draft document's warning box and the final report's refusal all read it.
"""

from __future__ import annotations

from ..errors import ERROR, WARNING, Problem

LABELS = {ERROR: "feil", WARNING: "advarsel"}  # as the terminal shows them
SEVERITIES = (ERROR, WARNING)

# Codes that stop a final report although they are only warnings in a draft.
FINAL_BLOCKING = {"missing-section", "review-pending"}


def blocks_final(finding: Problem) -> bool:
    """A final report may not carry this finding."""
    return finding.severity == ERROR or finding.code in FINAL_BLOCKING


def counts(findings: list[Problem]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}


def sort_key(finding: Problem) -> tuple:
    return (finding.file, finding.line, finding.col, finding.code, finding.message)
