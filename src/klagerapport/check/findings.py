"""What the commentary check reports: one `Finding` per problem, with file, line and a fix.

A finding is plain data (no rendering): the terminal report (report.py), the JSON form for the
preview and CI, the draft document's warning box and the final report's refusal all read it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

ERROR = "error"
WARNING = "warning"
LABELS = {"error": "feil", "warning": "advarsel"}  # as the terminal shows them
SEVERITIES = (ERROR, WARNING)

# Codes that stop a final report although they are only warnings in a draft.
FINAL_BLOCKING = {"missing-section", "review-pending"}


@dataclass(frozen=True)
class Finding:
    """One problem in the commentary. `file` is shown relative to the project root."""

    file: str
    line: int
    column: int
    severity: str
    code: str
    message: str
    suggestion: str = ""
    text: str = ""  # the words of the line the finding is about, shortened
    # how many characters from `column` the finding is about (the preview marks them)
    length: int = field(default=0, compare=False)

    def to_json(self) -> dict:
        data = asdict(self)
        del data["length"]
        return data

    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


def blocks_final(finding: Finding) -> bool:
    """A final report may not carry this finding."""
    return finding.severity == ERROR or finding.code in FINAL_BLOCKING


def counts(findings: list[Finding]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}


def sort_key(finding: Finding) -> tuple:
    return (finding.file, finding.line, finding.column, finding.code, finding.message)
