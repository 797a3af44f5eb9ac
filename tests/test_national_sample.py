"""The synthetic national sample: seeded, calibrated, marked synthetic, and Oslo 2019 as before."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
import yaml

from klagerapport import districts, paths
from klagerapport.ingest import store, validate
from klagerapport.sections import registry
from tools import national_sample as N

DATA = N.FOLDER / N.FILE


def rows() -> list[dict]:
    with open(DATA, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_the_committed_file_is_what_the_seeded_generator_writes():
    text, _ = N.generate(N.DEFAULT_SEED)
    assert DATA.read_text(encoding="utf-8") == text
    assert N.generate(N.DEFAULT_SEED + 1)[0] != text


def test_it_is_marked_synthetic():
    meta = yaml.safe_load((N.FOLDER / "manifest.yml").read_text(encoding="utf-8"))
    assert meta["synthetic"] is True and meta["real_data"] is False
    assert store.is_synthetic(N.FOLDER)


def test_every_district_every_year_and_the_national_totals():
    received = Counter((r["distrikt"], int(r["mottatt"][-4:])) for r in rows())
    names = [d.name for d in districts.police_districts()]
    assert len(names) == 12
    for year in N.YEARS:
        assert all(received[(d, year)] > 0 for d in names), year
        total = sum(received[(d, year)] for d in names)
        assert total == N.NATIONAL_RECEIVED[year][0]
        assert 0.15 <= received[("Oslo", year)] / total <= 0.25  # Oslo about a fifth


def test_each_district_has_its_own_units():
    units: dict[str, set[str]] = {}
    for r in rows():
        if int(r["mottatt"][-4:]) >= 2020:
            units.setdefault(r["distrikt"], set()).add(r["enhet"])
    stations = {d: {u for u in us if u.endswith("politistasjon")} for d, us in units.items()}
    for a in stations:
        for b in stations:
            if a != b:
                assert not stations[a] & stations[b], (a, b)


@pytest.fixture(scope="module")
def oslo_cases():
    national = validate.load_validated(N.FOLDER, year=2019, district="Oslo").cases
    sample = validate.load_validated(paths.SAMPLE_DIR, year=2019, district="Oslo").cases
    return national, sample


def test_oslo_2019_gives_every_figure_the_oslo_sample_gives(oslo_cases):
    """The Oslo sample reproduces the published report (test_golden_sections); so must this."""
    national, sample = oslo_cases
    for name, func in registry.functions().items():
        a = func(national, year=2019, district="Oslo")
        b = func(sample, year=2019, district="Oslo")
        assert {k: t.to_csv() for k, t in a.tables.items()} == {
            k: t.to_csv() for k, t in b.tables.items()
        }, name
        # The day handling time is taken at follows each export's last date: the national
        # export runs to 2023, the Oslo sample to 20 January 2020 (docs/assumptions.md P12);
        # every Oslo case of 2018-2019 was answered by then, so every figure is the same.
        basis = "handling_days.basis_date"
        if basis in a.values:
            assert (a.values[basis].raw, b.values[basis].raw) == ("2020-03-30", "2020-01-20")
        assert {k: (v.raw, v.text) for k, v in a.values.items() if k != basis} == {
            k: (v.raw, v.text) for k, v in b.values.items() if k != basis
        }, name


def test_the_generator_checks_its_totals_against_the_oslo_sample():
    oslo = N.oslo_sample_rows()
    for year in (2016, 2017, 2019):
        n = sum(1 for r in oslo if N.received_year(r) == year)
        assert N.NATIONAL_RECEIVED[year][0] == round(n / N.OSLO_SHARE)
