"""The rounding of the inner cells (publish/protection.py), the built-in attacker
(publish/audit.py) and the publication register (publish/register.py), on hand-made cases."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from factories import case, frame, small_cases

from klagerapport.errors import KlagerapportError
from klagerapport.publish import audit, protection, register
from klagerapport.publish import suppression as S
from klagerapport.publish.values import Value

RULE = S.Rule()


def many_cases() -> pd.DataFrame:
    """Two districts, three years, cells of every size (seeded)."""
    rng = np.random.default_rng(7)
    rows = []
    for district in ("Oslo", "Agder"):
        for year in (2019, 2020, 2021):
            for k in range(int(rng.integers(20, 60))):
                day = int(rng.integers(1, 28))
                month = int(rng.integers(1, 10))
                days = int(rng.integers(0, 90))
                received = pd.Timestamp(year, month, day)
                decided = received + pd.Timedelta(days=days)
                still_open = k % 11 == 0
                rows.append(
                    case(
                        received.date().isoformat(),
                        None if still_open else decided.date().isoformat(),
                        str(rng.choice(["kritikk", "uheldig", "ikke_grunnlag"])),
                        str(rng.choice(["228.1", "228.5", "228.9"])),
                        str(rng.choice(["ingen", "ingen", "etnisk", "annen"])),
                        str(rng.choice(["Pass", "Arrest", "Orden"])),
                        district,
                    )
                )
    return frame(*rows)


def test_no_published_marginal_of_one_or_two_after_rounding_and_nothing_else_changes():
    cases = many_cases()
    public, done = protection.protect(cases, RULE)
    before = protection.cell_counts(cases)
    assert protection.small_marginals(before, 3) > 0
    after = protection.cell_counts(public).reindex(before.index, fill_value=0)
    assert protection.small_marginals(after, 3) == 0
    small = (before > 0) & (before < 3)
    assert (after[~small] == before[~small]).all()  # cells of 3 or more: exactly as they are
    changed = after != before
    assert set(after[changed].unique()) <= {0, 3}  # a rounded cell is 0 or 3
    assert 0 < done.rounded_up + done.rounded_down == int(changed.sum())
    # rounding only where a published count needs it: some small inner cells stay as they are
    assert int(changed.sum()) < int(small.sum())


def test_only_the_inner_cells_of_a_small_published_count_are_rounded():
    # 5 cases, one per unit: every unit's count is 1 (published in the units table), so each
    # is rounded; 4 cases in one unit with different grounds: no published count is small
    spread = frame(
        *[
            case("2021-03-01", "2021-03-10", "kritikk", "228.1", "ingen", f"Enhet {i}", "Oslo")
            for i in range(5)
        ]
    )
    counts = protection.cell_counts(spread)
    rounded = protection.rounded_counts(counts, 3)
    assert set(rounded.tolist()) <= {0, 3} and (rounded != counts).all()
    # inner cells of 1 and 2 (ground by unit), but 3 cases a ground and 3 a unit: kept
    pairs = [("228.1", "Pass"), ("228.1", "Pass"), ("228.1", "Orden")]
    pairs += [("228.5", "Orden"), ("228.5", "Orden"), ("228.5", "Pass")]
    grouped = frame(
        *[case("2021-03-01", "2021-03-10", "kritikk", g, "ingen", u, "Oslo") for g, u in pairs]
    )
    counts = protection.cell_counts(grouped)
    assert sorted(counts.tolist()) == [1, 1, 2, 2]
    assert (protection.rounded_counts(counts, 3) == counts).all()


def test_a_handling_time_count_taken_at_the_basis_is_a_sum_of_inner_cells():
    # received in December, answered 10 and 100 days after the year's end
    cases = frame(
        case("2020-12-20", "2021-01-10", "kritikk", "228.1", "ingen", "Pass", "Oslo"),
        case("2020-12-21", "2021-04-10", "kritikk", "228.1", "ingen", "Pass", "Oslo"),
        case("2020-12-22", None, "kritikk", "228.1", "ingen", "Pass", "Oslo"),
    )
    after = protection.inner_keys(cases)["etter"].tolist()
    assert after == [10, 91, protection.OPEN]  # capped at the basis (90) + 1


def test_rounding_is_a_fixed_point_and_the_same_for_a_district_alone():
    cases = many_cases()
    public = protection.public_cases(cases)
    assert protection.is_fixed_point(public)
    again, done = protection.protect(public, RULE)
    assert again is public and done.rounded_up == done.rounded_down == 0
    oslo = protection.public_cases(cases[cases["distrikt"] == "Oslo"])
    pd.testing.assert_frame_equal(
        oslo.reset_index(drop=True),
        public[public["distrikt"] == "Oslo"].reset_index(drop=True),
    )


def test_each_district_years_total_is_kept_within_one():
    cases = many_cases()
    _, done = protection.protect(cases, RULE)
    assert done.groups and all(abs(v) <= 1 for v in done.groups.values())
    true = protection.cell_counts(cases)
    rounded = protection.rounded_counts(true, 3)
    by_group = (rounded - true).groupby(level=list(protection.GROUP)).sum()
    assert by_group.abs().max() <= 1


def test_copies_are_cases_of_their_own_cell():
    cases = frame(case("2019-01-01", "2019-01-05", "kritikk", "228.1", "etnisk", "Pass"))
    cases = pd.concat([cases, many_cases()], ignore_index=True)
    public = protection.public_cases(cases)
    keys = protection.inner_keys(public)
    original = set(map(tuple, protection.inner_keys(cases).to_numpy()))
    assert set(map(tuple, keys.to_numpy())) <= original


def test_the_histogram_bins_have_an_edge_after_the_deadline():
    days = pd.Series([0, 27, 28, 29, 35, None], dtype="Float64")
    bins = protection.handling_bin(days, 28).tolist()
    assert bins[1] == bins[2] != bins[3]  # 27 and 28 within the deadline, 29 after
    assert bins[-1] == protection.NO_DAYS


def _run(tmp_path, values: dict, tables: dict | None = None):
    (tmp_path / "values").mkdir(parents=True)
    (tmp_path / "tables").mkdir()
    items = {k: {"value": v.raw, "text": v.text} for k, v in values.items()}
    (tmp_path / "values" / "x.json").write_text(json.dumps(items), encoding="utf-8")
    for name, text in (tables or {}).items():
        (tmp_path / "tables" / f"{name}.csv").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_attacker_passes_a_rounded_report(tmp_path):
    from klagerapport.sections import registry

    cases = frame(*small_cases())
    values = {}
    for name, function in registry.functions().items():
        if name != "comparison":
            values.update(function(cases, year=2019, district="Oslo", utgave="offentlig").values)
    run = _run(tmp_path, values)
    found = audit.audit_run(run, cases, district="Oslo", year=2019)
    assert found.problems == []
    assert found.counts_checked > 20 and found.true_small > 0
    lo, hi = found.narrowest
    assert not (lo == hi or (lo >= 1 and hi <= 2))


def test_the_attacker_stops_what_rounding_did_not_make(tmp_path):
    """The true counts printed as they are (an unprotected report), a share at full precision,
    a reason in a public file, a small cell in a CSV: each is named."""
    from klagerapport.sections import registry

    cases = frame(*small_cases())
    values = {}
    for name, function in registry.functions().items():
        if name != "comparison":
            values.update(function(cases, year=2019, district="Oslo").values)  # internal
    values["decisions.kritikk.share"] = Value(0.509090909, "51 %")
    run = _run(tmp_path, values, {"t": "a,b\nrad,2\n"})
    (run / "undertrykking.json").write_text('{"grunn": "primær"}', encoding="utf-8")
    found = audit.audit_run(run, cases, district="Oslo", year=2019)
    text = "\n".join(found.problems)
    assert "«received.total» = 6 (et lite tall)" not in text  # 6 is not small
    assert "«discrimination.etnisk.received» = 2 (et lite tall)" in text
    assert "stemmer ikke med de avrundede cellene" in text
    assert "decisions.kritikk.share" in text and "flere desimaler" in text
    assert "t.csv: rad 2, kolonne 2 = 2" in text
    assert "oppgir grunner" in text


def test_the_register_records_then_refuses_another_rounding(tmp_path):
    cases = many_cases()
    reg = tmp_path / register.REGISTER
    same, new = register.check_and_record(reg, cases, 2021)
    assert (same, new) == (0, 6)
    assert register.check_and_record(reg, cases, 2021) == (6, 0)
    assert register.check_and_record(reg, cases[cases["distrikt"] == "Oslo"], 2020) == (2, 0)
    changed = pd.concat([cases, cases.iloc[[0]]], ignore_index=True)  # one more case
    with pytest.raises(KlagerapportError, match="andre tall enn det som alt er publisert"):
        register.check_and_record(reg, changed, 2021)
    assert register.location(tmp_path / "oslo" / "2021-offentlig") == reg
    assert register.location(tmp_path / "elsewhere") is None


def test_a_draft_checks_against_the_register_but_never_records(tmp_path):
    cases = many_cases()
    reg = tmp_path / register.REGISTER
    assert register.check_and_record(reg, cases, 2021, record=False) == (0, 6)
    assert not reg.exists()  # nothing published by a draft
    changed = pd.concat([cases, cases.iloc[[0]]], ignore_index=True)
    assert register.check_and_record(reg, changed, 2021, record=False) == (0, 6)  # corrected
    register.check_and_record(reg, cases, 2021)  # the final edition is published
    with pytest.raises(KlagerapportError, match="Bare endelige offentlige utgaver registreres"):
        register.check_and_record(reg, changed, 2021, record=False)


def test_the_attacker_passes_a_report_whose_handling_time_is_taken_at_the_basis(tmp_path):
    """Cases of the year and the year before answered after the handling basis date (P12) count
    as open in handling n; the inner cells carry the day after the year's end, so the printed n
    is still a sum of rounded cells (the national 2021 public batch once stopped here)."""
    from klagerapport.sections import registry

    late = [
        case(f"{year}-12-{day:02d}", f"{year + 1}-06-{day:02d}", "kritikk", "228.1", "ingen",
             "Pass", "Oslo")
        for year in (2018, 2019) for day in range(1, 8)
    ]  # fmt: skip
    cases = pd.concat([many_cases(), frame(*late)], ignore_index=True)
    cases = cases[cases["distrikt"] == "Oslo"]
    values = {}
    for name, function in registry.functions().items():
        if name != "comparison":
            values.update(function(cases, year=2019, district="Oslo", utgave="offentlig").values)
    closed = int(((cases["mottatt"].dt.year == 2019) & cases["avsluttet"].notna()).sum())
    assert values["handling_days.n"].raw < closed  # the late ones are left out of n
    found = audit.audit_run(_run(tmp_path, values), cases, district="Oslo", year=2019)
    assert found.problems == []
