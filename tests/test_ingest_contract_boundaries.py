"""The canonical case frame (ingest/contract.py) at its boundaries: the contract's columns in
order without the case number, their dtypes, a column the source lacks as missing values, and a
source without a single case row.

Each test is the one that fails when a boundary moves (`make mutation`).
"""

from __future__ import annotations

import pandas as pd
from casefiles import HEADER

from klagerapport.ingest import contract

COLUMNS = HEADER[1:]  # the case files' columns without the case number, saksnr


def test_the_contract_is_codes_yml_in_order_and_the_frame_has_no_case_number():
    assert contract.contract_columns() == HEADER == ("saksnr", *COLUMNS)
    assert contract.canonical_columns() == COLUMNS
    assert contract.canonical_dtypes() == {
        c: ("datetime64[ns]" if c in ("mottatt", "avsluttet") else "string") for c in COLUMNS
    }


def test_the_frame_keeps_the_contracts_columns_in_order_from_zero():
    frame = pd.DataFrame(
        {
            "enhet": ["Pass", None],
            "ekstra": ["x", "y"],
            "saksnr": ["1", "2"],
            "mottatt": ["2019-03-01 14:30", pd.NaT],
            "distrikt": ["Oslo", "Oslo"],
        },
        index=[7, 3],
    )
    out = contract.canonical(frame)
    assert list(out.columns) == list(COLUMNS)
    assert dict(out.dtypes.astype(str)) == contract.canonical_dtypes()
    assert out.index.tolist() == [0, 1]
    assert out["enhet"].tolist() == ["Pass", pd.NA]
    assert out["mottatt"].tolist() == [pd.Timestamp("2019-03-01"), pd.NaT]  # the day only
    assert out["avsluttet"].isna().all() and out["grunnlag"].isna().all()
    assert len(out) == 2


def test_a_source_without_a_case_row_gives_an_empty_frame():
    for frame in (pd.DataFrame({"saksnr": []}), pd.DataFrame({"mottatt": [], "enhet": []})):
        out = contract.canonical(frame)
        assert (len(out), list(out.columns)) == (0, list(COLUMNS))
        assert dict(out.dtypes.astype(str)) == contract.canonical_dtypes()
