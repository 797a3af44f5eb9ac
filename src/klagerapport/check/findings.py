"""What the commentary check reports: one `errors.Problem` per finding, with file, line and a
fix (the same type as a data problem, so every consumer reads one shape).

A finding is plain data (no rendering): the terminal report (report.py), the JSON form for the
preview and CI, the draft document's warning box and the final report's refusal all read it.
"""

from __future__ import annotations

from ..errors import ERROR, WARNING, Problem

# a statement the check verified (only asked for by the preview, which marks it in the sentence)
INFO = "info"
LABELS = {ERROR: "feil", WARNING: "advarsel", INFO: "bekreftet"}  # as the terminal shows them
SEVERITIES = (ERROR, WARNING)

# Warnings that stop a final report although a draft carries them: no report date (dato.yml), a
# section without text, a new year's item not reviewed, a quantitative sentence no value shows
# and no reviewer has signed off (godkjent.yml; the finding's `value` is the sentence's key),
# another district's place, a number typed by hand that equals its value (it must become the
# placeholder).
FINAL_BLOCKING = {
    "report-date-missing",  # no dato.yml: the data cannot tell the report's date (reportdate.py)
    "typed-value",
    "missing-section",
    "review-pending",
    "needs-signoff",
    "other-district",
    "no-comment-list",
}


def problems(findings: list[Problem]) -> list[Problem]:
    """The findings that are problems (not the statements the check verified)."""
    return [f for f in findings if f.severity != INFO]


def blocks_final(finding: Problem) -> bool:
    """A final report may not carry this finding."""
    return finding.severity == ERROR or finding.code in FINAL_BLOCKING


def counts(findings: list[Problem]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}


def sort_key(finding: Problem) -> tuple:
    return (finding.file, finding.line, finding.col, finding.code, finding.message)
