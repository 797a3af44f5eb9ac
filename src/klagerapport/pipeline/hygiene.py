"""Fail when a committed notebook carries outputs or execution counts (`make check-notebooks`).

Notebooks in git are templates; their executed copies, with outputs, are the audit trail in
outputs/. Strip a notebook with `nbstripout notebooks/*.ipynb`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def dirty_cells(path: Path) -> list[int]:
    """Numbers (1-based) of the code cells in a notebook that carry outputs or counts."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [
        i
        for i, cell in enumerate(nb.get("cells", []), start=1)
        if cell.get("cell_type") == "code"
        and (cell.get("outputs") or cell.get("execution_count") is not None)
    ]


def main(argv: list[str] | None = None) -> int:
    folders = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or [Path("notebooks")]
    problems = []
    for folder in folders:
        for nb in sorted(folder.glob("*.ipynb")):
            cells = dirty_cells(nb)
            if cells:
                problems.append(f"{nb}: cells {cells} have outputs; run nbstripout {nb}")
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print(f"notebooks clean: {', '.join(str(f) for f in folders)}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
