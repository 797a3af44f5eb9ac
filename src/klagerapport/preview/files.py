"""The files the preview reads and serves: the commentary it stages, the report's own assets."""

from __future__ import annotations

from pathlib import Path

from .. import userfiles

# the stylesheet, the charts, and the report's typeface (fonts/*.woff, render/fonts.py)
ASSET_SUFFIXES = {".css", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff"}


def safe_asset(root: Path, name: str) -> Path | None:
    """`name` inside `root` if it is a stylesheet, image or font file there, else None.

    No hidden names, no `..`, no absolute paths, no symbolic link out of the folder, no folders
    (so no listing): only the report's own assets are ever served.
    """
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or any(p in ("", ".", "..") for p in parts):
        return None
    if any(p.startswith(".") or "\\" in p or "\x00" in p for p in parts):
        return None
    root = root.resolve()
    try:
        target = (root / name).resolve()
    except (OSError, ValueError):
        return None
    if not target.is_relative_to(root) or target.suffix.lower() not in ASSET_SUFFIXES:
        return None
    return target if target.is_file() else None


def commentary_files(source: Path) -> list[Path]:
    """The Markdown files of a commentary folder; editors' hidden and backup files skipped."""
    if not source.is_dir():
        return []
    return sorted(
        f
        for f in source.iterdir()
        if f.suffix == ".md" and not f.name.startswith((".", "#")) and f.is_file()
    )


def read_commentary(source: Path) -> dict[Path, str]:
    """Each commentary file's text; a file that is not whole UTF-8 (saved halfway, or in
    another encoding) is an error naming the file and line (userfiles.read_text)."""
    return {file: userfiles.read_text(file) for file in commentary_files(source)}
