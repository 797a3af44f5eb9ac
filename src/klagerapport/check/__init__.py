"""The commentary check: the analysts' words and numbers against the build's values.

`check_commentary(commentary_dir, values) -> list[Problem]` is the one entry point (a pure
function: the CLI, the build's render and the preview all call it); report.py prints the
findings for a terminal or as JSON.
"""

from .build_values import BuildValues
from .commentary import check_commentary
from .findings import ERROR, WARNING, blocks_final

__all__ = ["ERROR", "WARNING", "BuildValues", "blocks_final", "check_commentary"]
