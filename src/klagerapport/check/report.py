"""The check's findings for people (grouped by file, with counts) and for programs (JSON)."""

from __future__ import annotations

from ..errors import Problem
from .findings import ERROR, LABELS, WARNING, counts


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary(findings: list[Problem]) -> str:
    c = counts(findings)
    return f"{_count(c[ERROR], 'feil', 'feil')}, {_count(c[WARNING], 'advarsel', 'advarsler')}"


def terminal(findings: list[Problem], *, title: str) -> str:
    """Findings grouped by file, each with line, severity, message, the words and a fix."""
    if not findings:
        return f"{title}: ingen funn."
    lines = [f"{title}: {summary(findings)}", ""]
    by_file: dict[str, list[Problem]] = {}
    for f in findings:
        by_file.setdefault(f.file, []).append(f)
    for file, items in by_file.items():
        lines.append(f"{file} ({summary(items)})")
        for f in items:
            where = f"{f.line}:{f.col}" if f.line else "-"
            lines.append(f"  {where:>7}  {LABELS[f.severity]:<8} {f.message}")
            if f.text:
                lines.append(f"           «{f.text}»")
            if f.suggestion:
                lines.append(f"           → {f.suggestion}")
        lines.append("")
    return "\n".join(lines).rstrip()


def to_json(findings: list[Problem], *, district: str, year: int | None) -> dict:
    return {
        "district": district,
        "year": year,
        "counts": counts(findings),
        "findings": [f.to_json() for f in findings],
    }
