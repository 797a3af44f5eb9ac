"""The cases a section notebook reads, in one call: the same in every notebook."""

from __future__ import annotations

import pandas as pd

from .. import paths, settings
from ..errors import KlagerapportError
from ..ingest import store, validate


def load_cases(processed: str = "", *, year: int, district: str) -> pd.DataFrame:
    """The district's cases from the build's snapshot (`processed`, relative to the project).

    Run by hand (`processed` empty), the notebook needs its district and year set (no silent
    default: a notebook opened in JupyterLab would otherwise compute another district than
    config.yml's), and reads the data config.yml names, validated. Row-level: never shown."""
    if not processed:
        if not district or not year:
            plan = settings.load()  # says how to choose a district if config.yml has none
            raise KlagerapportError(
                "notatboken har ikke fått distrikt og år. Den kjøres av «klagerapport build»; "
                f"for hånd: sett district og year i parametercellen (config.yml: "
                f'district = "{plan.district}", year = {plan.year}), eller kjør '
                f'«papermill <notatbok> <ut> -p district "{plan.district}" -p year {plan.year}»'
            )
        plan = settings.load(district=district, year=year)
        validated = validate.load_validated(plan.data, year=year, district=district)
        processed = paths.shown(validated.processed)
    return store.read_cases(paths.ROOT / processed, district=district)
