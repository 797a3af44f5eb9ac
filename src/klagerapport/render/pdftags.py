"""The PDF's tags where Typst cannot write them itself: the first cell of each body row of a
table is that row's header (PDF/UA: a TH with /Scope /Row, as the HTML's <th scope="row">).

Typst tags a table's header rows as TH and every other cell as TD; marking a cell as a row
header (`pdf.header-cell`) needs a feature flag the `typst` wheel does not offer. So after either
engine has written the PDF, each such cell's structure element is changed in place: `/S/TD`
becomes `/S/TH`, and its `/Headers[(…)]` (the column header it pointed to) becomes `/Scope/Row`
padded with spaces to the same length. Nothing moves: the cross-reference table stays valid
and the same PDF in gives the same bytes out.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ..errors import BuildError

_HEADERS = re.compile(rb"/Headers\s*\[[^\]]*\]")
ROW_SCOPE = b"/Scope/Row"


def _row_header_cells(reader) -> list[int]:
    """Object numbers of the first data cell (TD) of each row in a table body, in tree order."""
    found: list[int] = []

    def kids(node) -> list:
        k = node.get("/K")
        return k if isinstance(k, list) else [k]

    def walk(node) -> None:
        node = node.get_object()
        if node.get("/S") == "/TBody":
            for row in kids(node):
                if not hasattr(row, "get_object") or row.get_object().get("/S") != "/TR":
                    continue
                cells = [c for c in kids(row.get_object()) if hasattr(c, "idnum")]
                if cells and cells[0].get_object().get("/S") == "/TD":
                    found.append(cells[0].idnum)
            return
        for kid in kids(node):
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                walk(kid)

    root = reader.trailer["/Root"]
    if "/StructTreeRoot" in root:
        walk(root["/StructTreeRoot"])
    return found


def _retag(segment: bytes) -> bytes:
    """One cell's object, a TD with a /Headers entry, as a row header of the same length."""
    headers = _HEADERS.search(segment)
    if b"/S/TD" not in segment or headers is None or len(headers.group(0)) < len(ROW_SCOPE):
        raise ValueError("not a table data cell with a column header")
    scope = ROW_SCOPE + b" " * (len(headers.group(0)) - len(ROW_SCOPE))
    out = segment[: headers.start()] + scope + segment[headers.end() :]
    return out.replace(b"/S/TD", b"/S/TH", 1)


def tag_row_headers(pdf: Path) -> int:
    """Tag each table row's first cell in `pdf` as its row header; how many were tagged."""
    from pypdf import PdfReader

    data = bytearray(Path(pdf).read_bytes())
    reader = PdfReader(io.BytesIO(bytes(data)))
    offsets = reader.xref.get(0, {})
    cells = _row_header_cells(reader)
    for number in cells:
        start = offsets.get(number)
        end = data.find(b"endobj", start) if start is not None else -1
        if end < 0:
            raise BuildError(f"PDF-en: fant ikke tabellcelle {number} for å merke radoverskrift")
        try:
            data[start:end] = _retag(bytes(data[start:end]))
        except ValueError as err:
            raise BuildError(f"PDF-en: tabellcelle {number}: {err}") from None
    if cells:
        Path(pdf).write_bytes(bytes(data))
    return len(cells)
