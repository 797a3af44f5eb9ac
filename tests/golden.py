"""The independent plain-pandas golden computation of every published Oslo 2019 figure
(read from data/reference/published/), shared by the golden and sample tests."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pandas as pd
import yaml

from klagerapport import codes, paths

PUBLISHED = yaml.safe_load(paths.published_reference("Oslo", 2019).read_text(encoding="utf-8"))
SAMPLE_CSV = paths.SAMPLE_DIR / "oslo-2007-2019.csv"
YEAR = PUBLISHED["year"]

# Top-level keys of the YAML that are not figures computed from case data.
NOT_FIGURES = {"district", "year", "grounds_columns", "carry_over_note", "answer_deadline_days"}


def read_cases(path: Path) -> pd.DataFrame:
    """The sample as the data contract describes it: ';', UTF-8, DD.MM.YYYY, form aliases."""
    df = pd.read_csv(path, sep=";", encoding="utf-8", dtype=str, keep_default_na=False)
    for col in ("mottatt", "avsluttet"):
        df[col] = pd.to_datetime(df[col], format="%d.%m.%Y")
    to_code = {}
    for item in codes.discrimination():
        to_code[item.code] = item.code
        to_code.update(dict.fromkeys(item.aliases, item.code))
    df["diskriminering"] = df["diskriminering"].map(to_code)
    assert df["diskriminering"].notna().all(), "unknown discrimination value"
    return df


def half_up(value: float, digits: int) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def received(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[df["mottatt"].dt.year == year]


def decision_code(label: str) -> str | None:
    return {c.label: c.code for c in codes.decisions()}.get(label)


def ground_codes_of(label: str) -> list[str]:
    """'228.5 Saksbehandling/service' -> ['228.5']; 'Adferd og saksbehandling' -> both keys."""
    for c in codes.grounds():
        if codes.ground_heading(c.code) == label:
            return [c.code]
    by_key = {c.key: c.code for c in codes.grounds()}
    return [by_key[part.strip().lower()] for part in label.split(" og ")]


def decisions_row(df: pd.DataFrame, label: str) -> list[int]:
    rec = received(df, YEAR)
    code = decision_code(label)
    part = rec if code is None else rec[rec["avgjorelse"] == code]  # None: the Total row
    flags = [c.code for c in codes.discrimination()[1:]]
    counts = part["diskriminering"].value_counts()
    return [len(part), *(int(counts.get(f, 0)) for f in flags)]


def grounds_row(df: pd.DataFrame, label: str) -> list[int]:
    rec = received(df, YEAR)
    disc = {c.label: c.code for c in codes.discrimination()}.get(label)
    part = rec if disc is None else rec[rec["diskriminering"] == disc]  # None: the SUM row
    counts = part["grunnlag"].value_counts()
    return [int(counts.get(ground_codes_of(h)[0], 0)) for h in PUBLISHED["grounds_columns"]]


def mean_days(df: pd.DataFrame, year: int) -> Decimal:
    part = received(df, year)
    return half_up(float((part["avsluttet"] - part["mottatt"]).dt.days.mean()), 1)


def share_percent(df: pd.DataFrame, label: str) -> int:
    rec = received(df, YEAR)
    code = decision_code(label)
    if code is not None:
        n = (rec["avgjorelse"] == code).sum()
    else:
        n = rec["grunnlag"].isin(ground_codes_of(label)).sum()
    return int(half_up(float(n / len(rec) * 100), 0))


def computed(df: pd.DataFrame, key: str, sub):
    """The figure `key` (and row/year `sub`) computed from the case rows."""
    if key == "received_total":
        return len(received(df, YEAR))
    if key == "decisions":
        return decisions_row(df, sub)
    if key == "grounds":
        return grounds_row(df, sub)
    if key == "mean_handling_days":
        return mean_days(df, int(sub))
    if key == "decided_per_year":
        return int((df["avsluttet"].dt.year == int(sub)).sum())
    if key == "k_etnisk_decided_per_year":
        decided = df[df["avsluttet"].dt.year == int(sub)]
        return int((decided["diskriminering"] == "etnisk").sum())
    if key == "decisions_2018":
        return int((received(df, YEAR - 1)["avgjorelse"] == decision_code(sub)).sum())
    if key == "units":
        unit, year = sub
        return int((received(df, int(year))["enhet"] == unit).sum())
    if key == "shares_2019_percent":
        return share_percent(df, sub)
    if key == "growth_2018_2019_percent":
        now, before = len(received(df, YEAR)), len(received(df, YEAR - 1))
        return int(half_up((now / before - 1) * 100, 0))
    raise AssertionError(f"no computation for {key}")


def expected(key: str, sub):
    value = PUBLISHED[key]
    if key == "units":
        return value[sub[0]][sub[1]]
    if sub is not None:
        value = value[sub]
    if key == "mean_handling_days":
        return Decimal(repr(value))
    return value


def figure_cases() -> list[tuple[str, object]]:
    """(key, row or year) for every published figure, in the YAML's order."""
    out = []
    for key, value in PUBLISHED.items():
        if key in NOT_FIGURES:
            continue
        if key == "units":
            out += [(key, (u, y)) for u, years in value.items() for y in years]
        elif isinstance(value, dict):
            out += [(key, sub) for sub in value]
        else:
            out.append((key, None))
    return out


def _id(case: tuple[str, object]) -> str:
    key, sub = case
    if sub is None:
        return key
    if isinstance(sub, tuple):
        return f"{key}[{sub[0]}-{sub[1]}]"
    return f"{key}[{sub}]"


FIGURES = figure_cases()
