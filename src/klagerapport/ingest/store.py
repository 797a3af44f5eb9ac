"""The processed store: validated cases as Parquet with a manifest, one snapshot per content.

`data/processed/<slug of source name>-<key>/cases.parquet` holds the canonical case frame of
every district in the source, one Parquet row group per district (each row keeps its position in
the source as the stored index), so a notebook reads only its district's rows
(`read_cases(path, district=...)`); `manifest.json` records the source files with their SHA-256 and
row counts. The key is a hash of the sources' bytes (and the code lists, the reading code,
format and package version the snapshot was made with), so two files with the same name never
share a snapshot, and a snapshot is immutable: it is written into a temporary folder and
renamed into place once, never changed after. A build passes the snapshot's exact path to
every notebook, so one run reads one snapshot whatever else is validated meanwhile.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from .. import __version__, districts, fsutil, paths
from ..errors import KlagerapportError
from . import contract
from .read import SourceFile, find_files, sha256

CASES_FILE = "cases.parquet"
MANIFEST_FILE = "manifest.json"
SOURCE_MANIFEST = "manifest.yml"  # beside the source files, e.g. data/raw/sample/manifest.yml
FORMAT = 2  # 2: one row group per district, the source position as index


KEY_LENGTH = 16  # hex digits of the content key in the folder name


def broken(folder: Path, what: str) -> KlagerapportError:
    """The error for a snapshot folder in data/processed/ that is not whole: the folder, what is
    wrong with it and what to do (the folder is made again from the case files once it is gone).
    A plain KlagerapportError, so it crosses from a batch's worker as it is."""
    return KlagerapportError(
        f"{paths.shown(Path(folder))}: de lagrede sakene er ødelagt: {what}. "
        "Slett mappen og kjør klagerapport validate på nytt; den lages igjen fra kildefilene."
    )


def location(data: Path, entries: list[dict] | None = None) -> Path:
    """The snapshot folder of a source's current content:
    data/processed/<slug of the file stem or folder name>-<content key>/.
    `entries` (name and sha256 of each file) default to the files found at `data` now."""
    data = Path(data).resolve()
    name = data.stem if data.is_file() else data.name
    if entries is None:
        entries = file_entries(find_files(data))
    return paths.PROCESSED / f"{paths.slug(name) or 'data'}-{content_key(entries)}"


def content_key(entries: list[dict]) -> str:
    """The hash of what a snapshot is made from: the files' names and bytes, the code lists,
    the code that reads them (this package and the text rules), the store format and the
    package version: a change in how a file is read makes a new snapshot, never reuses one
    read the old way."""
    files = [[e["name"], e["sha256"]] for e in entries]
    payload = json.dumps([FORMAT, __version__, codes_sha256(), reader_sha256(), files])
    return sha256(payload.encode())[:KEY_LENGTH]


def reader_sha256() -> str:
    """The hash of the code that reads a case export: the ingest package's modules and the
    shared rules for untrusted text, by name and bytes."""
    package = Path(__file__).parent
    sources = [*sorted(package.glob("*.py")), package.parent / "untrusted.py"]
    return sha256(json.dumps([[p.name, sha256(p.read_bytes())] for p in sources]).encode())


def is_synthetic(data: Path) -> bool:
    """Whether the source is marked synthetic by a manifest.yml in its folder."""
    data = Path(data)
    folder = data if data.is_dir() else data.parent
    try:
        meta = yaml.safe_load((folder / SOURCE_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return False
    return bool(isinstance(meta, dict) and meta.get("synthetic") is True)


def codes_sha256() -> str:
    return sha256(paths.CODES_FILE.read_bytes())


def file_entries(files: list[Path]) -> list[dict]:
    """Name and SHA-256 of each source file, in order."""
    entries = []
    for p in files:
        with open(p, "rb") as fh:  # in pieces: a national export need not be in memory twice
            entries.append(
                {"name": p.name, "sha256": hashlib.file_digest(fh, "sha256").hexdigest()}
            )
    return entries


def _key(manifest: dict) -> tuple:
    files = tuple((f["name"], f["sha256"]) for f in manifest.get("files", ()))
    return (
        manifest.get("format"),
        manifest.get("package_version"),
        manifest.get("codes_sha256"),
        files,
    )


def read_manifest(folder: Path) -> dict | None:
    """The manifest of the snapshot in `folder`, None where there is none yet (no folder, or an
    empty one, which a save replaces). A folder with anything in it is a snapshot, made whole by
    one rename (`save`): one without its cases file, or whose manifest.json is missing, cannot be
    read or is not a manifest, was broken after it was made. It is never read nor written over:
    `broken` names the folder and what is wrong with it."""
    folder = Path(folder)
    try:
        if not any(folder.iterdir()):
            return None
    except FileNotFoundError:
        return None
    except OSError as err:
        raise broken(folder, f"mappen kan ikke leses ({err.strerror or err})") from None
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise broken(folder, f"{MANIFEST_FILE} mangler") from None
    except OSError as err:
        raise broken(folder, f"{MANIFEST_FILE} kan ikke leses ({err.strerror or err})") from None
    except ValueError:  # not UTF-8, or not JSON
        raise broken(folder, f"{MANIFEST_FILE} er ikke gyldig JSON") from None
    if not _is_manifest(manifest):
        raise broken(folder, f"{MANIFEST_FILE} er ikke et manifest for lagrede saker")
    if not (folder / CASES_FILE).is_file():
        raise broken(folder, f"{CASES_FILE} mangler")
    return manifest


def _is_manifest(manifest: object) -> bool:
    """Whether `manifest` has the shape `save` writes, as far as the store reads it: an object
    whose `files` (if any) are objects with a name and a SHA-256."""
    if not isinstance(manifest, dict):
        return False
    files = manifest.get("files", [])
    return isinstance(files, list) and all(
        isinstance(f, dict) and isinstance(f.get("name"), str) and isinstance(f.get("sha256"), str)
        for f in files
    )


def matching_manifest(
    folder: Path, files: list[Path], entries: list[dict] | None = None
) -> dict | None:
    """The stored manifest if it was made from exactly these files (same bytes), else None.
    `entries` are the files' `file_entries`, if already at hand."""
    manifest = read_manifest(folder)
    if manifest is None:
        return None
    current = {
        "format": FORMAT,
        "package_version": __version__,
        "codes_sha256": codes_sha256(),
        "files": entries if entries is not None else file_entries(files),
    }
    return manifest if _key(manifest) == _key(current) else None


def save(cases: pd.DataFrame, data: Path, sources: list[SourceFile]) -> tuple[Path, dict]:
    """Store validated cases (all districts) and their manifest as a new snapshot; returns
    (parquet, manifest). A snapshot of the same content stored meanwhile is used as it is."""
    entries = [{"name": s.path.name, "sha256": s.sha256} for s in sources]
    folder = location(data, entries)
    frame = contract.canonical(cases)
    ignored = sorted({c for s in sources for c in s.ignored_columns})
    manifest = {
        "format": FORMAT,
        "source": paths.shown(Path(data)),
        "files": [{"name": s.path.name, "sha256": s.sha256, "rows": s.rows} for s in sources],
        "rows_kept": len(frame),
        "ignored_columns": ignored,
        "notes": [n for s in sources for n in s.notes],
        "synthetic": is_synthetic(data),
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "package_version": __version__,
        "codes_sha256": codes_sha256(),
    }
    if (existing := read_manifest(folder)) is not None:
        return folder / CASES_FILE, existing  # immutable: never rewritten
    paths.PROCESSED.mkdir(parents=True, exist_ok=True)
    fsutil.remove_dead_leftovers(paths.PROCESSED, ".")
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-{os.getpid()}-", dir=paths.PROCESSED))
    try:
        write_cases(frame, tmp / CASES_FILE)
        text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
        (tmp / MANIFEST_FILE).write_text(text, encoding="utf-8")
        tmp.chmod(0o755)
        try:
            os.rename(tmp, folder)
        except OSError:
            if read_manifest(folder) is None:  # not a concurrent save of the same content
                raise
            manifest = read_manifest(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder / CASES_FILE, manifest


def write_cases(frame: pd.DataFrame, path: Path) -> None:
    """The canonical frame as Parquet: one row group per district (in order of first
    appearance), each row's position in `frame` as the index."""
    groups = frame.groupby("distrikt", sort=False, dropna=False).indices
    schema = pa.Schema.from_pandas(frame.iloc[:0], preserve_index=True)
    with pq.ParquetWriter(path, schema) as writer:
        for rows in groups.values():
            part = frame.iloc[rows]
            writer.write_table(pa.Table.from_pandas(part, schema=schema, preserve_index=True))


def _names(district: str | None) -> list[str] | None:
    """The stored district names a report on `district` reads, as `districts.same_district`
    matches them (slug against slug); None for every row (the national scope, or a name that
    matches no district: `populations.for_district` then says so, as before)."""
    if district is None or districts.is_national(district):
        return None
    names = [
        d.name for d in districts.all_districts() if paths.slug(d.name) == paths.slug(district)
    ]
    return names or None


def _read_district(path: Path, names: list[str]) -> pd.DataFrame | None:
    """The rows of `names`, reading only the row groups whose statistics can hold them; None if
    there are none."""
    parquet = pq.ParquetFile(path)
    column = parquet.schema_arrow.get_field_index("distrikt")
    groups = []
    for i in range(parquet.metadata.num_row_groups):
        stats = parquet.metadata.row_group(i).column(column).statistics
        known = stats is not None and stats.has_min_max
        if not known or any(stats.min <= n <= stats.max for n in names):
            groups.append(i)
    table = parquet.read_row_groups(groups, use_threads=False)
    table = table.filter(pc.is_in(table["distrikt"], pa.array(names, pa.string())))
    frame = table.to_pandas() if table.num_rows else None
    del table
    pa.default_memory_pool().release_unused()  # a notebook's kernel runs on after reading
    return frame


LAST_DAY = "export_last_day"  # DataFrame.attrs key: the last date of the whole export


def last_day(path: Path) -> pd.Timestamp | None:
    """The last date (received or answered) of every district in a stored cases.parquet, from
    its statistics: the day the export was made, as far as the data tells. A district's report
    reads only its rows, but takes handling time on the export's basis (docs/assumptions.md
    P12), so that it is the same as the national report's row for it."""
    parquet = pq.ParquetFile(path)
    found = []
    for name in ("mottatt", "avsluttet"):
        column = parquet.schema_arrow.get_field_index(name)
        for i in range(parquet.metadata.num_row_groups):
            stats = parquet.metadata.row_group(i).column(column).statistics
            if stats is None or not stats.has_min_max:
                if stats is not None and stats.null_count == parquet.metadata.row_group(i).num_rows:
                    continue  # every value empty (no case answered)
                dates = pd.read_parquet(path, columns=["mottatt", "avsluttet"])
                both = pd.concat([dates["mottatt"], dates["avsluttet"]]).dropna()
                return None if both.empty else pd.Timestamp(both.max())
            found.append(pd.Timestamp(stats.max))
    return max(found) if found else None


def read_cases(path: Path, district: str | None = None) -> pd.DataFrame:
    """The canonical case frame from a stored cases.parquet, with the canonical dtypes, in the
    source's order. With `district`, only that district's rows (the row groups of other
    districts are not read), indexed by their position among all rows: the same frame as
    `populations.for_district(read_cases(path), district)`."""
    names = _names(district)
    try:
        frame = None
        if names is not None:
            frame = _read_district(Path(path), names)
        if frame is None:  # every row (or none of the district: for_district says so)
            names = None
            frame = pd.read_parquet(path)
    except (OSError, ValueError, pa.ArrowException) as err:
        raise KlagerapportError(f"Kan ikke lese {paths.shown(Path(path))}: {err}") from None
    missing = [c for c in contract.canonical_columns() if c not in frame]
    if missing:
        raise KlagerapportError(
            f"{paths.shown(Path(path))}: mangler kolonnene {', '.join(missing)}; "
            "valider dataene på nytt (klagerapport validate)."
        )
    frame = frame.sort_index(kind="stable")
    index = frame.index
    frame = contract.canonical(frame)
    if names is not None:
        frame.index = pd.Index(index, dtype="int64")
    frame.attrs[LAST_DAY] = last_day(Path(path))
    return frame
