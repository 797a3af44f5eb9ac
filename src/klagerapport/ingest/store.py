"""The processed store: validated cases as Parquet with a manifest, one folder per source.

`data/processed/<slug of source name>/cases.parquet` holds the canonical case frame of every
district in the source; `manifest.json` records the source files with their SHA-256 and row
counts. When the manifest matches the current source files (and the code lists and package
version it was made with), the Parquet is re-used instead of parsing the source again.
Files are written with `pipeline.fsutil`, so a failed run never leaves a half-written store.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import yaml

from .. import __version__, paths
from ..errors import KlagerapportError
from ..pipeline import fsutil
from . import contract
from .read import SourceFile, sha256

CASES_FILE = "cases.parquet"
MANIFEST_FILE = "manifest.json"
SOURCE_MANIFEST = "manifest.yml"  # beside the source files, e.g. data/raw/sample/manifest.yml
FORMAT = 1


def location(data: Path) -> Path:
    """The store folder of a source: data/processed/<slug of the file stem or folder name>/."""
    data = Path(data).resolve()
    name = data.stem if data.is_file() else data.name
    return paths.PROCESSED / (paths.slug(name) or "data")


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
    return [{"name": p.name, "sha256": sha256(p.read_bytes())} for p in files]


def _key(manifest: dict) -> tuple:
    files = tuple((f["name"], f["sha256"]) for f in manifest.get("files", ()))
    return (
        manifest.get("format"),
        manifest.get("package_version"),
        manifest.get("codes_sha256"),
        files,
    )


def read_manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def matching_manifest(folder: Path, files: list[Path]) -> dict | None:
    """The stored manifest if it was made from exactly these files (same bytes), else None."""
    manifest = read_manifest(folder)
    if manifest is None or not (folder / CASES_FILE).is_file():
        return None
    current = {
        "format": FORMAT,
        "package_version": __version__,
        "codes_sha256": codes_sha256(),
        "files": file_entries(files),
    }
    return manifest if _key(manifest) == _key(current) else None


def save(cases: pd.DataFrame, data: Path, sources: list[SourceFile]) -> tuple[Path, dict]:
    """Store validated cases (all districts) and their manifest; returns (parquet, manifest)."""
    folder = location(data)
    folder.mkdir(parents=True, exist_ok=True)
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
    parquet = folder / CASES_FILE
    fsutil.write_with(parquet, lambda p: frame.to_parquet(p, index=False))
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    fsutil.write_with(folder / MANIFEST_FILE, lambda p: p.write_text(text, encoding="utf-8"))
    return parquet, manifest


def read_cases(path: Path) -> pd.DataFrame:
    """The canonical case frame from a stored cases.parquet, with the canonical dtypes."""
    try:
        frame = pd.read_parquet(path)
    except (OSError, ValueError) as err:
        raise KlagerapportError(f"Kan ikke lese {paths.shown(Path(path))}: {err}") from None
    missing = [c for c in contract.canonical_columns() if c not in frame]
    if missing:
        raise KlagerapportError(
            f"{paths.shown(Path(path))}: mangler kolonnene {', '.join(missing)}; "
            "valider dataene på nytt (klagerapport validate)."
        )
    return contract.canonical(frame)
