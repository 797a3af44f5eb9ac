"""Hand-made build values for the claim check's unit tests: a test file's flat table of value
keys (key -> raw value, its text the value as written), changed per test with keywords whose
`__` stands for the key's dots (`received__total=60`), and one sentence checked against them."""

from __future__ import annotations

from klagerapport.check import BuildValues
from klagerapport.check.commentary import check_section


def hand_values(base: dict, changes: dict, series=None) -> BuildValues:
    flat = {**base, **{k.replace("__", "."): v for k, v in changes.items()}}
    return BuildValues.from_flat(
        {k: {"value": v, "text": str(v)} for k, v in flat.items()}, "", series
    )


def checked(text: str, values: BuildValues, district: str) -> list:
    """The findings of `text` written alone in a section's file."""
    return check_section(text + "\n", "generelt.md", values, [], district)
