"""What a public edition's folder may hold: every file either examined by the gate (the attacker
of publish/audit.py and publish/attack.py reads it), made only from files the gate examines, or
free of counts. A file of any other kind stops the build (pipeline/run.py), so a new output
cannot reach a public folder unexamined: docs/suppression.md, "What a public folder holds".
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from pathlib import Path

AUDITED = "examined by the gate"
DERIVED = "made from the examined files only"
COUNT_FREE = "holds no count"

# (pattern of the path inside the folder, kind, why), first match wins
KINDS: tuple[tuple[str, str, str], ...] = (
    ("values/*.json", AUDITED, "every value: counts, precision, reasons (audit_files, attack)"),
    ("values.json", AUDITED, "the values of values/*.json merged"),
    ("tables/*.csv", AUDITED, "every cell: counts, precision (audit_files, attack)"),
    ("tables/*.md", DERIVED, "the table of tables/<name>.csv for the document"),
    ("figures/*", DERIVED, "a chart of a table and its alt text from the values"),
    ("_variables.yml", DERIVED, "values.json's texts for the document"),
    ("verdier.html", DERIVED, "values.json's texts as a page"),
    ("*.html", DERIVED, "the report, rendered from tables, figures, values, checked commentary"),
    ("*.pdf", DERIVED, "the report, rendered from tables, figures, values, checked commentary"),
    ("*.xlsx", DERIVED, "the tables of tables/*.csv as a workbook"),
    ("quarto-prosjekt/*", DERIVED, "the staged project: tables, figures, values, commentary"),
    ("undertrykking.json", COUNT_FREE, "the rule and the method (audit_files: no reasons)"),
    ("undertrykking/*.json", COUNT_FREE, "each section's notes (audit_files: no reasons)"),
    # the render's findings in it point at commentary lines; their words quote printed values
    ("build.json", COUNT_FREE, "the public build record: no counts, no paths (cache.py)"),
)


def kind_of(rel: str) -> tuple[str, str] | None:
    """(kind, why) of a file's path inside a public folder, or None: not allowed there."""
    for pattern, kind, why in KINDS:
        if fnmatchcase(rel, pattern):
            return kind, why
    return None


def unexamined(folder: Path) -> list[str]:
    """The files of a public folder that are of no allowed kind (an executed notebook, a log)."""
    folder = Path(folder)
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return [rel for rel in files if kind_of(rel) is None]
