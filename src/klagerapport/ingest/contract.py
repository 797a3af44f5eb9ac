"""The case-data contract's columns and the canonical case frame every later stage reads.

The columns, their labels and which are required live in data/reference/codes.yml. The canonical
frame has the contract's columns without `saksnr` (case numbers never leave ingest), dates as
datetime64[ns] and text as pandas strings.
"""

from __future__ import annotations

import pandas as pd

from .. import codes

DATE_COLUMNS = ("mottatt", "avsluttet")


def contract_columns() -> tuple[str, ...]:
    """Every column of the data contract, saksnr included, in contract order."""
    return tuple(c["name"] for c in codes.columns())


def canonical_columns() -> tuple[str, ...]:
    """The columns of the canonical case frame (the contract's, without saksnr)."""
    return tuple(c for c in contract_columns() if c != "saksnr")


def canonical_dtypes() -> dict[str, str]:
    return {c: ("datetime64[ns]" if c in DATE_COLUMNS else "string") for c in canonical_columns()}


def canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Only the canonical columns, in contract order, with their dtypes and a fresh index."""
    out = pd.DataFrame(index=frame.index)
    for name, dtype in canonical_dtypes().items():
        col = frame[name] if name in frame else pd.Series(pd.NA, index=frame.index)
        if dtype == "string":
            out[name] = col.astype("string")
        else:
            out[name] = pd.to_datetime(col).astype(dtype).dt.normalize()
    return out.reset_index(drop=True)
