"""The cases a section notebook reads, in one call: the same in every notebook."""

from __future__ import annotations

import pandas as pd

from .. import paths
from ..ingest import store, validate


def load_cases(processed: str = "", *, year: int, district: str) -> pd.DataFrame:
    """The district's cases from the build's snapshot (`processed`, relative to the project);
    run by hand (`processed` empty), from the validated sample. Row-level: never shown."""
    if not processed:
        validated = validate.load_validated(paths.SAMPLE_DIR, year=year, district=district)
        processed = paths.shown(validated.processed)
    return store.read_cases(paths.ROOT / processed, district=district)
