"""The guard every render passes, whichever engine made it, before anything is published.

Before the engine runs, `check_sources` reads the staged documents (includes expanded) and
checks that every `{{< var >}}` / `{{< meta >}}` names one non-empty value and every `@tbl-`/
`@fig-` reference has a target. Quarto would publish these as `?var:key`, as nothing at all (a
group of values), or as `?@tbl-x`, with at most a WARNING.

After the engine, `check_outputs` reads the HTML and the PDF's text for what an unresolved
placeholder leaves behind (`{{<`, `?var:`, `?meta:`, `?@`, an empty bold value) and
`check_quarto_log` treats every WARNING Quarto printed as an error. Each problem names the
source file and line, found again in the staged sources; all problems are reported at once.
A failed guard raises before the report files are swapped in, so the last good report stays.

Every problem is an `errors.Problem` (file, line, a PDF's page, a stable `code` from CODES),
raised together as one `errors.ReportError`: the terminal reads its message, `--json` and the
preview's panel its `problems`, in the same form as the commentary check's findings.

The package: `problems` (the codes, `raise_problems`), `source` (the staged document with
each line's origin, and what it prints as text), `placeholders` (before the engine:
`check_sources`), `leftovers` (an output's unresolved placeholders), `pdf` (the PDF's text and
design), `outputs` (after the engine: `check_outputs`) and `quartolog` (`check_quarto_log`).
The names below are the ones the rest of the package uses (`guard.check_sources`, …).
"""

from __future__ import annotations

from .leftovers import check_no_shortcodes, output_problems, visible_html
from .outputs import check_outputs, completeness_problems
from .pdf import pdf_design_problems, pdf_text
from .placeholders import check_sources
from .problems import (
    CODES,
    EMPTY_BOLD_CODE,
    EMPTY_VALUE,
    GRAMMAR,
    GROUP_VALUE,
    LEFTOVER_CODE,
    NO_TARGET,
    QUARTO_WARNING,
    UNKNOWN_VALUE,
    raise_problems,
)
from .quartolog import check_quarto_log, quarto_log_problems
from .source import Located, Source, read_source

__all__ = [
    "CODES",
    "EMPTY_BOLD_CODE",
    "EMPTY_VALUE",
    "GRAMMAR",
    "GROUP_VALUE",
    "LEFTOVER_CODE",
    "NO_TARGET",
    "QUARTO_WARNING",
    "UNKNOWN_VALUE",
    "Located",
    "Source",
    "check_no_shortcodes",
    "check_outputs",
    "check_quarto_log",
    "check_sources",
    "completeness_problems",
    "output_problems",
    "pdf_design_problems",
    "pdf_text",
    "quarto_log_problems",
    "raise_problems",
    "read_source",
    "visible_html",
]
