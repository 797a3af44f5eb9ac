"""What the commentary check reports: one `Finding` per problem, with file, line and a fix.

A finding is plain data (no rendering): the terminal report (report.py), the JSON form for the
preview and CI, the draft document's warning box and the final edition's refusal all read it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

ERROR = "error"
WARNING = "warning"
# a statement the check verified (only asked for by the preview, which marks it in the sentence)
INFO = "info"
LABELS = {"error": "feil", "warning": "advarsel", "info": "bekreftet"}  # as the terminal shows
SEVERITIES = (ERROR, WARNING)

# Warnings that stop a final edition although a draft carries them: a section without text, a
# new year's item not reviewed, a quantitative sentence no value shows and no reviewer has signed
# off (godkjent.yml), a number word nothing checks, another district's place named.
FINAL_BLOCKING = {
    "missing-section",
    "review-pending",
    "needs-signoff",
    "other-district",
    "no-comment-list",
}


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
    # needs-signoff: the key of the sentence a reviewer signs off in godkjent.yml
    signoff: str = field(default="", compare=False)

    def to_json(self) -> dict:
        data = asdict(self)
        del data["length"]
        if not data["signoff"]:
            del data["signoff"]
        return data

    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


def blocks_final(finding: Finding) -> bool:
    """A final edition may not carry this finding."""
    return finding.severity == ERROR or finding.code in FINAL_BLOCKING


def problems(findings: list[Finding]) -> list[Finding]:
    """The findings that are problems (not the statements the check verified)."""
    return [f for f in findings if f.severity != INFO]


def counts(findings: list[Finding]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}


def sort_key(finding: Finding) -> tuple:
    return (finding.file, finding.line, finding.column, finding.code, finding.message)
