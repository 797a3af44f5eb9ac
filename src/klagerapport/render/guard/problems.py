"""The guard's problems: each kind's stable code (`CODES`, for `--json` and the preview), and
how every problem found is raised at once (`raise_problems`)."""

from __future__ import annotations

from ...errors import Problem, ReportError
from .. import completeness

# The guard's problems by kind, each a stable code for a machine (`--json`, the preview).
GRAMMAR = "grammar"  # what Quarto would read differently (klagerapport.grammar)
UNKNOWN_VALUE = "unknown-value"  # {{< var/meta key >}} with no such key
GROUP_VALUE = "group-value"  # a key that names a group of values, not one
EMPTY_VALUE = "empty-value"  # a key whose value is empty
NO_TARGET = "no-target"  # @tbl-/@fig- with no table or figure of that label
LEFTOVER_CODE = "leftover"  # an unresolved placeholder left in an output
EMPTY_BOLD_CODE = "empty-bold"  # a bold value that resolved to nothing
PDF_DESIGN = "pdf-design"  # the PDF lacks what the project's Typst partials put in
QUARTO_WARNING = "quarto-warning"  # a WARNING line of Quarto's output
MISSING_PIECE = completeness.MISSING  # a piece of the document missing from an output
CODES = (
    GRAMMAR,
    UNKNOWN_VALUE,
    GROUP_VALUE,
    EMPTY_VALUE,
    NO_TARGET,
    LEFTOVER_CODE,
    EMPTY_BOLD_CODE,
    PDF_DESIGN,
    QUARTO_WARNING,
    MISSING_PIECE,
)


def raise_problems(problems: list[Problem]) -> None:
    """One error listing every problem (the last good report stays)."""
    if problems:
        raise ReportError(problems)
