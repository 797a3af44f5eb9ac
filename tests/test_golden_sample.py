"""Golden test: the committed synthetic sample reproduces every published Oslo 2019 figure.

An independent check with plain pandas: it does not use tools/sample_data.py (which checks its
own output) nor the loader. The expected numbers are read from the published YAML, never typed.
"""

from __future__ import annotations

import pandas as pd
import pytest
from golden import (
    FIGURES,
    NOT_FIGURES,
    PUBLISHED,
    SAMPLE_CSV,
    _id,
    computed,
    expected,
    read_cases,
)


@pytest.fixture(scope="module")
def cases() -> pd.DataFrame:
    return read_cases(SAMPLE_CSV)


@pytest.mark.parametrize(("key", "sub"), FIGURES, ids=[_id(c) for c in FIGURES])
def test_published_figure(cases, key, sub):
    assert computed(cases, key, sub) == expected(key, sub)


def test_every_figure_key_is_checked():
    covered = {key for key, _ in FIGURES} | NOT_FIGURES
    assert set(PUBLISHED) == covered
    # and each kind of figure has a computation (a new key would fail here, not be skipped)
    assert {key for key, _ in FIGURES} == {
        "received_total",
        "decisions",
        "grounds",
        "mean_handling_days",
        "decided_per_year",
        "k_etnisk_decided_per_year",
        "decisions_2018",
        "units",
        "shares_2019_percent",
        "growth_2018_2019_percent",
    }


def test_district(cases):
    assert set(cases["distrikt"]) == {PUBLISHED["district"]}
