"""The built-in attacker (publish/audit.py) at its boundaries: which printed counts are sums of
which inner cells (checked against the internal edition's own values), the intervals an
attacker gets and when they pin a count, the narrowest interval, the printed precision of
floats and CSV cells, a count of 1, 2 and 3 in a file, reasons in any JSON file, and the gate's
message and log lines.

Each test is the one that fails when a boundary moves by one (found by `make mutation`). A few
tests replace the rounding with a broken one: the attacker must catch what a faulty protection
would publish, which the real one never does.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from factories import case, frame

from klagerapport import codes
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import store
from klagerapport.publish import attack, attack_equations, audit, protection, register
from klagerapport.publish import suppression as S

RULE = S.Rule()
YEAR = 2020


def varied_cases() -> pd.DataFrame:
    """Oslo 2011-2020, every decision, ground and discrimination, uneven counts (seeded);
    every case answered within 40 days (inside the handling basis) or still open."""
    rng = np.random.default_rng(11)
    decisions = [c.code for c in codes.decisions()]
    grounds = [c.code for c in codes.grounds()]
    rows = []
    for year in range(2011, YEAR + 1):
        for k in range(int(rng.integers(25, 45))):
            received = pd.Timestamp(year, int(rng.integers(1, 12)), int(rng.integers(1, 28)))
            decided = received + pd.Timedelta(days=int(rng.integers(0, 40)))
            still_open = (year == YEAR and k % 7 == 0) or (year == YEAR - 1 and k % 10 == 0)
            rows.append(
                case(
                    received.date().isoformat(),
                    None if still_open else decided.date().isoformat(),
                    str(rng.choice(decisions)),
                    str(rng.choice(grounds)),
                    str(rng.choice(["ingen", "etnisk", "etnisk", "annen"])),
                )
            )
    # decided in the next year: received and decided fall in different years
    rows.append(case(f"{YEAR - 1}-12-30", f"{YEAR}-01-05", decisions[0], grounds[0], "etnisk"))
    # data known until well after the handling basis (90 days), so the year before's handling
    # n counts every case decided: n is then a sum of inner cells (see the report of H5)
    rows.append(case(f"{YEAR + 1}-06-01"))
    return frame(*rows)


@pytest.fixture(scope="module")
def internal():
    from klagerapport.sections import registry

    cases = varied_cases()
    values = {}
    for name, function in registry.functions().items():
        if name != "comparison":
            values.update(function(cases, year=YEAR, district="Oslo").values)
    return cases, {k: v.raw for k, v in values.items()}


def test_every_count_the_attacker_checks_is_the_sum_of_the_inner_cells_it_names(internal):
    cases, values = internal
    counts = protection.cell_counts(cases)
    keys = counts.index.to_frame(index=False)
    found = audit.aggregates(YEAR)
    n_decisions, n_grounds = len(codes.decisions()), len(codes.grounds())
    assert len(found) == 10 + 6 + 8 + 4 * n_decisions + 3 * n_grounds
    assert "discrimination.etnisk.decided_minus8" in found
    assert "discrimination.etnisk.decided_minus9" not in found
    differ = {
        key: (int(counts[pred(keys).to_numpy()].sum()), values.get(key))
        for key, pred in found.items()
        if int(counts[pred(keys).to_numpy()].sum()) != values.get(key)
    }
    assert differ == {}
    # the data tells the years and populations apart (a moved year changes the sum)
    assert len({values[k] for k in found if k.startswith("discrimination.etnisk.decided")}) > 5
    assert values["received.open"] > 0 and values["received.total"] != values["decided.total"]
    open_before = int(((cases["mottatt"].dt.year != YEAR) & cases["avsluttet"].isna()).sum())
    assert open_before not in (0, values["received.open"])


# ------------------------------------------------------------------------- the files


def _run(tmp_path, values: dict, tables: dict | None = None):
    (tmp_path / "values").mkdir(parents=True, exist_ok=True)
    (tmp_path / "tables").mkdir(exist_ok=True)
    text = json.dumps(values, ensure_ascii=False)
    (tmp_path / "values" / "x.json").write_text(text, encoding="utf-8")
    for name, text in (tables or {}).items():
        (tmp_path / "tables" / f"{name}.csv").write_text(text, encoding="utf-8")
    return tmp_path


def _files(tmp_path, values: dict, tables: dict | None = None, rule=RULE) -> list[str]:
    found = audit.Audit()
    audit.audit_files(_run(tmp_path, values, tables), rule, found)
    return found.problems


@pytest.mark.parametrize(("n", "small"), [(0, False), (1, True), (2, True), (3, False)])
def test_a_count_of_cases_of_one_or_two_in_a_value_file(tmp_path, n, small):
    values = {
        "received.total": {"value": n, "text": str(n)},
        "year.current": {"value": n, "text": str(n)},  # not a count of cases
        "development.years": {"value": n, "text": str(n)},  # a count, but of years
        "received.minus1": {"value": float(n), "text": str(n)},  # not an int
    }
    expected = [f"x.json: «received.total» = {n} (et lite tall)"] if small else []
    assert _files(tmp_path, values) == expected


def test_a_larger_rule_finds_a_three(tmp_path):
    values = {"received.total": {"value": 3, "text": "3"}}
    assert _files(tmp_path, values, rule=S.Rule(min_count=4)) == [
        "x.json: «received.total» = 3 (et lite tall)"
    ]


@pytest.mark.parametrize(
    ("key", "raw", "text", "flagged"),
    [
        ("decisions.kritikk.share", 0.51, "51 %", False),
        ("decisions.kritikk.share", 0.509, "51 %", True),
        ("decisions.kritikk.share", 0.509, "50,9 %", False),
        ("decisions.kritikk.share", 0.51, "51", False),  # a share is a percentage
        ("received.change", 0.25, "25", False),  # and so is a change
        ("received.change", 0.25, "25 %", False),
        ("received.change", 0.254, "25 %", True),
        ("handling_days.mean", 16.7, "16,7", False),
        ("handling_days.mean", 16.67, "16,7", True),
        ("handling_days.mean", 0.5, "50 %", False),  # a printed % is a percentage, any kind
        ("handling_days.mean", 0.505, "50 %", True),
        ("handling_days.median", 16.0, "16", False),
    ],
)
def test_a_float_with_more_decimals_than_the_page_prints(tmp_path, key, raw, text, flagged):
    problems = _files(tmp_path, {key: {"value": raw, "text": text}})
    expected = [f"x.json: «{key}» = {raw!r} har flere desimaler enn «{text}»"]
    assert problems == (expected if flagged else [])


def test_a_value_without_text_is_read_as_printing_no_decimals(tmp_path):
    assert _files(tmp_path, {"handling_days.mean": {"value": 16.5}}) == [
        "x.json: «handling_days.mean» = 16.5 har flere desimaler enn «»"
    ]


def test_csv_cells_of_one_or_two_and_too_many_decimals_are_named_by_row_and_column(tmp_path):
    table = (
        "1,2,3\n"  # the header row is not read
        "2,0,3\n"  # the first column is the row's label
        "rad,-1,1\n"
        "rad,2,12\n"
        "rad,0.1234,0.12345\n"
        "rad,2.0, 2\n"
        "rad,-0.12345,21\n"
    )
    assert _files(tmp_path, {}, {"t": table}) == [
        "t.csv: rad 3, kolonne 3 = 1",
        "t.csv: rad 4, kolonne 2 = 2",
        "t.csv: rad 5, kolonne 3 = 0.12345 (presisjon)",
        "t.csv: rad 7, kolonne 2 = -0.12345 (presisjon)",
    ]


def test_reasons_for_suppression_are_found_in_any_json_file_of_the_run(tmp_path):
    assert _files(tmp_path, {"a": {"value": None, "text": "primærkilde"}}) == []  # a word in it
    run = _run(tmp_path, {"a": {"value": None, "text": "sekundær"}})
    (run / "undertrykking.json").write_text('{"grunn": "primær"}', encoding="utf-8")
    (run / "build.json").write_text('{"grunn": "primærkilde"}', encoding="utf-8")
    found = audit.Audit()
    audit.audit_files(run, RULE, found)
    assert found.problems == [
        "undertrykking.json: oppgir grunner for undertrykking",
        "x.json: oppgir grunner for undertrykking",
    ]


def test_printed_values_are_read_from_every_value_file_in_name_order(tmp_path):
    (tmp_path / "values").mkdir()
    (tmp_path / "values" / "b.json").write_text('{"k": {"value": 2}, "m": {}}', encoding="utf-8")
    (tmp_path / "values" / "a.json").write_text('{"k": {"value": 1, "text": "1"}}')
    assert audit.flat_values(tmp_path) == {"k": 2, "m": None}


# -------------------------------------------------------------------- the intervals


def _cells(tmp_cases, printed, *, district="Oslo", rule=RULE) -> audit.Audit:
    found = audit.Audit()
    audit.audit_cells(tmp_cases, printed, district=district, year=2019, rule=rule, found=found)
    return found


def _open(n: int, ground: str = "228.1", year: int = 2019, district: str = "Oslo") -> list[dict]:
    return [case(f"{year}-03-01", None, None, ground, distrikt=district)] * n


def test_a_rounded_report_passes_and_is_counted(tmp_path):
    # 2019: cells of 2 (up to 3), 1 (down to 0), 4; 2018: a cell of 1 (down)
    cases = frame(*_open(2), *_open(1, "228.2"), *_open(4, "228.3"), *_open(1, year=2018))
    printed = {"received.total": 7, "received.open": 7, "received.minus1": 0, "decided.total": 0}
    found = _cells(cases, printed)
    assert found.problems == []
    assert (found.counts_checked, found.rounded_cells, found.true_small) == (4, 3, 1)
    assert found.narrowest == (0, 2)  # last year's true 1, printed 0
    assert found.summary() == (
        "Revisjon (offentlig utgave): 4 tall angrepet, 3 indre celler avrundet, 1 sanne små "
        "tall, smaleste intervall rundt et lite tall: [0, 2], funn: 0"
    )


def test_values_not_printed_as_counts_are_not_attacked():
    cases = frame(*_open(4))
    printed = {"received.total": None, "received.open": 4.0, "decided.total": True, "x": 1}
    found = _cells(cases, printed)
    assert (found.counts_checked, found.problems) == (0, [])
    assert audit.Audit().summary().endswith("smaleste intervall rundt et lite tall: ingen, funn: 0")


def test_a_printed_count_that_is_not_the_sum_of_the_rounded_cells_is_named():
    cases = frame(*_open(2), *_open(4, "228.3"))
    found = _cells(cases, {"received.total": 6, "received.open": 7})
    assert found.problems == ["«received.total» = 6 stemmer ikke med de avrundede cellene (7)"]


def test_the_narrowest_interval_is_the_first_of_the_narrowest():
    # received.total: a true 2 printed 3 ([1, 3]); received.minus1, checked after it: a true 1
    # printed 0 ([0, 2]), as wide: the first stays
    cases = frame(*_open(2), *_open(1, year=2018))
    found = _cells(cases, {"received.total": 3, "received.minus1": 0})
    assert found.problems == [] and found.true_small == 2
    assert found.narrowest == (1, 3)


def test_a_true_one_or_two_the_rounding_left_would_be_pinned(monkeypatch):
    monkeypatch.setattr(protection, "rounded_counts", lambda counts, base: counts.copy())
    cases = frame(*_open(1), *_open(2, year=2018), *_open(3, year=2017))
    printed = {"received.total": 1, "received.minus1": 2, "decided.total": 0}
    found = _cells(cases, printed)
    assert found.problems == [
        "«received.total»: et sant lite tall låses til [1, 1]",
        "«received.minus1»: et sant lite tall låses til [2, 2]",
    ]
    assert found.narrowest == (1, 1) and found.true_small == 2


def test_an_interval_holding_the_printed_count_does_not_pin_it(monkeypatch):
    # a broken rounding that publishes a true 2 as 3 and a true 1 as 1: [1, 3] + [1, 1]
    def broken(counts, base):
        return counts.where(counts != 2, base)

    monkeypatch.setattr(protection, "rounded_counts", broken)
    cases = frame(*_open(2), *_open(2, "228.2", year=2018), *_open(1, "228.3", year=2018))
    printed = {"received.total": 3, "received.minus1": 4}
    found = _cells(cases, printed)
    # received.total: true 2 in [1, 3] (holds 3: not pinned); received.minus1: true 3, [2, 4]
    assert found.problems == [] and found.narrowest == (1, 3)
    found = _cells(frame(*_open(1), *_open(1, "228.2")), {"received.total": 2})
    assert found.problems == ["«received.total»: et sant lite tall låses til [2, 2]"]


def test_a_narrower_interval_replaces_a_wider_one(monkeypatch):
    # a broken rounding: a true 2 published as 3 ([1, 3]), a true 1 left as it is ([1, 1])
    monkeypatch.setattr(protection, "rounded_counts", lambda c, base: c.where(c != 2, base))
    cases = frame(*_open(2), *_open(1, year=2018))
    found = _cells(cases, {"received.total": 3, "received.minus1": 1})
    assert found.narrowest == (1, 1)
    assert found.problems == ["«received.minus1»: et sant lite tall låses til [1, 1]"]


def test_a_true_one_or_two_pinned_to_any_one_value_is_named(monkeypatch):
    # a broken rounding that publishes a true 1 as 4: pinned to 4, which is not small
    monkeypatch.setattr(protection, "rounded_counts", lambda c, base: c.where(c != 1, 4))
    found = _cells(frame(*_open(1)), {"received.total": 4})
    assert found.problems == ["«received.total»: et sant lite tall låses til [4, 4]"]


def test_the_deadline_given_makes_the_cells_and_the_counts_add_up():
    # 28 and 29 days: two cells of 1 under the deadline 28 (settings.yml), one of 2 under 29
    cases = frame(case("2019-01-01", "2019-01-29"), case("2019-01-01", "2019-01-30"))
    for deadline, cells in ((None, 2), (28, 2), (29, 1)):
        found = audit.Audit()
        audit.audit_cells(
            cases, {}, district="Oslo", year=2019, rule=RULE, found=found, deadline=deadline
        )
        assert found.rounded_cells == cells
    # a second attack adds to the first's figures
    audit.audit_cells(
        cases, {"received.total": 3}, district="Oslo", year=2019, rule=RULE, found=found
    )
    assert (found.rounded_cells, found.counts_checked) == (3, 1)


def test_a_changed_count_pinned_to_one_value_is_named(monkeypatch):
    monkeypatch.setattr(protection, "rounded_counts", lambda counts, base: counts + (counts == 4))
    cases = frame(*_open(4), *_open(3, year=2018))
    found = _cells(cases, {"received.total": 5, "received.minus1": 3})
    assert found.problems == ["«received.total»: et avrundet tall låses til 5"]
    assert found.rounded_cells == 1 and found.true_small == 0 and found.narrowest is None


def test_a_district_report_attacks_its_own_cells_and_the_national_every_cell():
    cases = frame(*_open(3), *_open(4, district="Vest"))
    assert _cells(cases, {"received.total": 3}).problems == []
    assert _cells(cases, {"received.total": 4}, district="Vest").problems == []
    assert _cells(cases, {"received.total": 7}, district="Norge").problems == []
    assert _cells(cases, {"received.total": 7}).problems == [
        "«received.total» = 7 stemmer ikke med de avrundede cellene (3)"
    ]


def test_the_rule_given_is_the_rule_used():
    cases = frame(*_open(3))
    found = _cells(cases, {"received.total": 3}, rule=S.Rule(min_count=4))
    assert found.problems == ["«received.total» = 3 stemmer ikke med de avrundede cellene (4)"]
    assert found.true_small == 1 and found.narrowest == (1, 4)


# ------------------------------------------------------------------------- the gate


def _store(tmp_path, cases: pd.DataFrame):
    path = tmp_path / "cases.parquet"
    store.write_cases(cases, path)
    return path


def test_the_gate_logs_the_attack_and_records_the_register(tmp_path):
    cases = frame(*_open(3), *_open(2, "228.2"), *_open(4, district="Vest"))
    run = _run(tmp_path / "run", {"received.total": {"value": 6, "text": "6"}})
    lines = []
    reg = tmp_path / register.REGISTER
    found = audit.gate(
        run, _store(tmp_path, cases), district="Oslo", year=2019, log=lines.append, register=reg
    )
    assert found.problems == [] and found.counts_checked == 1
    assert lines[0] == found.summary()
    assert lines[1].startswith("Publiseringsregister (") and lines[1].endswith(
        "): 0 distrikt-år som publisert før, 1 nye"
    )
    assert sorted(p.name for p in reg.iterdir()) == ["oslo"]  # Oslo's cells only
    lines.clear()
    audit.gate(run, tmp_path / "cases.parquet", district="Oslo", year=2019, log=lines.append)
    assert len(lines) == 1  # no register: nothing recorded or logged


def test_the_national_gate_records_every_district(tmp_path):
    cases = frame(*_open(3), *_open(4, district="Vest"))
    run = _run(tmp_path / "run", {"received.total": {"value": 7, "text": "7"}})
    reg = tmp_path / register.REGISTER
    audit.gate(
        run, _store(tmp_path, cases), district="Norge", year=2019, log=[].append, register=reg
    )
    assert sorted(p.name for p in reg.iterdir()) == ["oslo", "vest"]


def test_the_gate_stops_naming_every_finding(tmp_path):
    cases = frame(*_open(3), *_open(2, "228.2"))
    run = _run(tmp_path / "run", {"received.total": {"value": 2, "text": "2"}})
    lines = []
    reg = tmp_path / register.REGISTER
    with pytest.raises(KlagerapportError) as info:
        audit.gate(
            run, _store(tmp_path, cases), district="Oslo", year=2019, log=lines.append, register=reg
        )
    assert str(info.value) == (
        "den offentlige utgaven stoppes: angriperen fant 2 tall som kan avsløre små tall:\n"
        "  - x.json: «received.total» = 2 (et lite tall)\n"
        "  - «received.total» = 2 stemmer ikke med de avrundede cellene (6)"
    )
    assert len(lines) == 1 and lines[0].endswith("funn: 2")
    assert not reg.exists()  # nothing recorded for a stopped report


def test_the_rounded_cells_counted_are_those_up_to_the_reports_year():
    """issue 20 follow-up: Agder 2021 logged 131 rounded cells in «Revisjon» and 107 in
    «Heltallsangrep»: the audit also counted the 24 cells of 2022, which no 2021 report prints."""
    cases = frame(*_open(1), *_open(2, "228.2", year=2018), *_open(1, year=2020))
    found = _cells(cases, {"received.total": 0})
    assert found.rounded_cells == 2  # 2019 and 2018; not 2020's
    assert (
        attack.attack(cases, [attack_equations.Report("Oslo", 2019)]).rounded == found.rounded_cells
    )
