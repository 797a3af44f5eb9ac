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


def small_cases() -> list[dict]:
    """2017: 1 case, 2018: 2 cases, 2019: 6 cases (one open, one decided in 2020)."""
    return [
        # 2017: one case, decided in 2018
        case("2017-12-20", "2018-01-05", "avvist", "228.9"),
        # 2018: two cases
        case("2018-03-01", "2018-03-15", "kritikk", "228.1", enhet="Pass"),
        case("2018-05-01", "2018-06-01", "uheldig", "228.5", "etnisk"),
        # 2019: six cases, one open, one decided in 2020
        case("2019-01-01", "2019-01-11", "kritikk", "228.1", "etnisk", "Pass"),  # 10 days
        case("2019-03-01", "2019-03-29", "kritikk", "228.5", enhet="Pass"),  # 28 days
        case("2019-04-01", "2019-04-02", "kritikk", "228.5", "annen", "Arrest"),  # 1 day
        case("2019-05-01", "2019-05-05", "uheldig", "228.2", "annen"),  # 4 days
        case("2019-12-20", "2020-01-20", "ikke_grunnlag", "228.1", enhet="Arrest"),  # 31 days
        case("2019-12-28", None, None, "228.9", "etnisk", "Pass"),  # open
    ]
