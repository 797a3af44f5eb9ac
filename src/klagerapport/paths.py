"""Every folder and file location of the project, derived from the project root.

Nothing else in the package builds a path from a string literal: import it from here.
Set KLAGERAPPORT_ROOT to run against another checkout (the tests use it for isolation).
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path


def _find_root() -> Path:
    env = os.environ.get("KLAGERAPPORT_ROOT")
    if env:
        return Path(env).resolve()
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "data").is_dir():
            return parent
    return Path.cwd().resolve()


ROOT = _find_root()

CONFIG_FILE = ROOT / "config.yml"

DATA = ROOT / "data"
RAW = DATA / "raw"
SAMPLE_DIR = RAW / "sample"
PROCESSED = DATA / "processed"
REFERENCE = DATA / "reference"
CODES_FILE = REFERENCE / "codes.yml"
DISTRICTS_FILE = REFERENCE / "districts.yml"
SETTINGS_FILE = REFERENCE / "settings.yml"
PUBLISHED = REFERENCE / "published"

NOTEBOOKS = ROOT / "notebooks"
COMMENTARY = ROOT / "commentary"
COMMENTARY_TEMPLATE = COMMENTARY / "_mal"  # a new district's first commentary
REPORT_DIR = ROOT / "report"
VALUES_CONTRACT = REPORT_DIR / "values.yml"
SECTIONS_FILE = REPORT_DIR / "sections.yml"
QUARTO_PROJECT = ROOT / "_quarto.yml"
OUTPUTS = ROOT / "outputs"
CACHE = ROOT / ".cache"  # derived files that are slow to make and safe to lose (fonts)


def slug(text: str) -> str:
    """Lower-case ASCII folder name for a district: 'Møre og Romsdal' -> 'more-og-romsdal'."""
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})
    text = text.translate(table)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = "".join(c if c.isalnum() else "-" for c in text.lower().strip())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


PUBLIC_SUFFIX = "-offentlig"


def output_dir(district: str, year: int, *, public: bool = False) -> Path:
    """Default output folder of a run: outputs/<district>/<year>/ (the internal utgave) or
    outputs/<district>/<year>-offentlig/ (the public utgave), so neither replaces the other."""
    suffix = PUBLIC_SUFFIX if public else ""
    return OUTPUTS / slug(district) / f"{year}{suffix}"


def deliverable(district: str, year: int, kind: str) -> str:
    """The file name a deliverable is sent under: oslo-2019-klagerapport.pdf,
    oslo-2019-tabeller.xlsx (kind: html, pdf, xlsx)."""
    stem = "tabeller" if kind == "xlsx" else "klagerapport"
    return f"{slug(district)}-{year}-{stem}.{kind}"


def commentary_dir(district: str, year: int) -> Path:
    """The analysts' commentary for one district and year: commentary/<district>/<year>/."""
    return COMMENTARY / slug(district) / str(year)


def allowlist_file(district: str) -> Path:
    """A district's allowed literal numbers and words: commentary/<district>/tillatt.yml."""
    return COMMENTARY / slug(district) / "tillatt.yml"


def published_reference(district: str, year: int) -> Path:
    """The published figures kept for back-tests: data/reference/published/<district>-<year>.yml."""
    return PUBLISHED / f"{slug(district)}-{year}.yml"


def shown(path: Path) -> str:
    """A path as messages show it: relative to the project root where it lies inside it."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except (ValueError, OSError, RuntimeError):  # outside the root; a link loop (Python 3.11)
        return str(path)
