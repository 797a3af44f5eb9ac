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


# Agder 2021 as two claim test files read it (the net's, the small rules' boundaries)
AGDER_2021 = {
    "district": "Agder",
    "year.current": 2021,
    "year.minus1": 2020,
    "received.total": 55,
    "received.minus1": 51,
    "received.change": 0.0784,
    "received.open": 0,
    "decided.total": 55,
    "decided.minus1": 51,
    "handling_days.mean": 35.7,
    "handling_days.median": 28.0,
    "handling_days.deadline": 28,
    "handling_days.within_deadline": 0.519,
    "grounds.total": 55,
    "grounds.adferd.count": 22,
    "grounds.adferd.share": 0.4,
    "grounds.saksbehandling.count": 17,
    "grounds.saksbehandling.share": 0.309,
    "grounds.maktmisbruk.count": 6,
    "grounds.maktmisbruk.share": 0.109,
    "decisions.total": 55,
}
