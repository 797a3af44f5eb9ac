"""Hand-made case frames for the statistics tests: every expected number can be counted by eye."""

from __future__ import annotations

import pandas as pd

COLUMNS = ("distrikt", "mottatt", "avsluttet", "avgjorelse", "grunnlag", "diskriminering", "enhet")


def case(
    mottatt: str,
    avsluttet: str | None = None,
    avgjorelse: str | None = "ikke_grunnlag",
    grunnlag: str = "228.1",
    diskriminering: str = "ingen",
    enhet: str | None = None,
    distrikt: str = "Oslo",
) -> dict:
    """One complaint; an open case has avsluttet None (and then avgjorelse is dropped)."""
    return {
        "distrikt": distrikt,
        "mottatt": mottatt,
        "avsluttet": avsluttet,
        "avgjorelse": avgjorelse if avsluttet else None,
        "grunnlag": grunnlag,
        "diskriminering": diskriminering,
        "enhet": enhet,
    }


def frame(*cases: dict, text_dtype: str = "string", **extra_columns) -> pd.DataFrame:
    """The canonical case frame of the given cases: datetime64[ns] dates and text columns of
    `text_dtype` ("string": <NA> for missing, as the loader returns; "str": pandas 3 default)."""
    df = pd.DataFrame(list(cases), columns=list(COLUMNS))
    for col in ("mottatt", "avsluttet"):
        df[col] = pd.to_datetime(df[col]).astype("datetime64[ns]")
    for col in ("distrikt", "avgjorelse", "grunnlag", "diskriminering", "enhet"):
        df[col] = df[col].astype(text_dtype)
    for name, values in extra_columns.items():
        df[name] = values
    return df
