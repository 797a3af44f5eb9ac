"""Same input, same bytes: the fixed timestamp of a run's documents and a byte-stable workbook.

A document's creation date is `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention),
otherwise 1 January of the year after the report year (when the report is made): never the
wall clock, so two builds of the same input give identical files.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import zipfile
from pathlib import Path

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold


def timestamp(year: int) -> dt.datetime:
    """The documents' creation time (UTC, naive as openpyxl wants it)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime(int(year) + 1, 1, 1)


def stable_zip(data: bytes, edit=None) -> bytes:
    """The zip archive `data` with every entry's date fixed (zip entries carry the clock);
    `edit(name, bytes) -> bytes` may change an entry's content."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            content = src.read(info.filename)
            dst.writestr(fixed, edit(info.filename, content) if edit else content)
    return out.getvalue()


def save_workbook(book, out: Path, created: dt.datetime) -> Path:
    """Save an openpyxl workbook with fixed core dates and fixed zip entry dates."""
    book.properties.created = created
    book.properties.modified = created
    book.properties.lastModifiedBy = None
    buf = io.BytesIO()
    book.save(buf)  # openpyxl stamps dcterms:modified with the clock while saving: fix it
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ").encode()

    def fix_core(name: str, content: bytes) -> bytes:
        if name != "docProps/core.xml":
            return content
        return re.sub(
            rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
            rb"\g<1>" + stamp + rb"\g<2>",
            content,
        )

    Path(out).write_bytes(stable_zip(buf.getvalue(), fix_core))
    return Path(out)


TIMING_KEYS = ("start_time", "end_time", "duration")


def stable_notebook(path: Path, replacements: dict[str, str]) -> None:
    """An executed notebook without what differs between two runs of the same input: Papermill's
    and nbclient's timestamps and durations go, every cell gets a fixed id (its template id, or
    one from its place), and each `replacements` key (a temporary folder, the project root) is
    replaced by its value wherever it appears (parameters, sources, outputs)."""
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    meta = nb.get("metadata", {}).get("papermill", {})
    for key in TIMING_KEYS:
        meta.pop(key, None)
    for index, cell in enumerate(nb.get("cells", [])):
        cell_meta = cell.get("metadata", {})
        cell_meta.pop("execution", None)
        for key in TIMING_KEYS:
            cell_meta.get("papermill", {}).pop(key, None)
        tags = cell_meta.get("tags", [])
        if "injected-parameters" in tags:
            cell["id"] = "injected-parameters"
        elif "id" in cell and not _TEMPLATE_ID.match(str(cell["id"])):
            cell["id"] = f"cell-{index}"
    text = json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True)
    for old, new in replacements.items():
        text = text.replace(json.dumps(old)[1:-1], json.dumps(new)[1:-1])
    Path(path).write_text(text + "\n", encoding="utf-8")


_TEMPLATE_ID = re.compile(r"^[a-z_]+-\d+$")  # the committed notebooks' ids: received-0, ...
