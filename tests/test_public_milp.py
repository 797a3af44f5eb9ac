"""The gate's integer-programming attacker (publish/attack.py) on the Oslo sample: an honest
public publication passes with every target proved, and a number printed from the true cases
beside the rounded ones (a leak) stops the gate, naming the cells it gives away."""

from __future__ import annotations

import json

import numpy as np
import pytest

from klagerapport import paths
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import validate
from klagerapport.pipeline import batch
from klagerapport.publish import attack, attack_equations, audit, register
from klagerapport.publish import suppression as S
from klagerapport.publish import values as V
from klagerapport.sections import registry


@pytest.fixture(scope="module")
def cases():
    return validate.load_validated(paths.SAMPLE_DIR).cases


@pytest.fixture(scope="module")
def sums(cases):
    """Oslo 2019's printed counts: {key: (sum of the rounded cells, sum of the true cells)}."""
    keys, true, pub = attack_equations.cells(cases, ["Oslo"], 2019)
    columns = {c: keys[c].to_numpy() for c in keys.columns}
    out = {}
    for key, pred in audit.aggregates(2019).items():
        mask = np.asarray(pred(columns))
        out[key] = (int(pub[mask].sum()), int(true[mask].sum()))
    return out


def printed_with(sums, leaked: dict[str, int]) -> dict[str, int]:
    return {**{k: r for k, (r, _x) in sums.items()}, **leaked}


def write_values(folder, printed: dict[str, int]):
    (folder / "values").mkdir(parents=True)
    items = {k: {"value": v, "text": str(v)} for k, v in printed.items()}
    (folder / "values" / "all.json").write_text(json.dumps(items), encoding="utf-8")
    return folder


def test_an_honest_publication_passes_with_every_target_proved(cases, sums):
    reports = attack.publication(["Oslo"], range(2015, 2020))
    found = attack.attack(cases, reports)
    assert found.problems == []
    assert found.rounded > 100 and found.attacked >= found.rounded
    assert found.certified == found.attacked and found.solves == 0 and found.leaks == 0
    low, high = found.narrowest
    assert high - low >= 1 and (low == 0 or high >= S.rule().min_count)
    # the written report's own values are the rounded sums: the same, no leak
    written = [*reports[:-1], attack_equations.Report("Oslo", 2019, printed_with(sums, {}))]
    assert attack.attack(cases, written).problems == []


def test_a_true_total_printed_beside_the_rounded_cells_is_caught(cases, sums):
    leaked = [k for k, (r, x) in sums.items() if x != r]
    assert "received.total" in leaked
    key = "received.total"
    report = attack_equations.Report("Oslo", 2019, printed_with(sums, {key: sums[key][1]}))
    found = attack.attack(cases, [report])
    assert found.leaks >= 1 and found.solves > 0
    assert f"Oslo 2019: «{key}»: et endret tall låses til [{sums[key][1]}, {sums[key][1]}]" in (
        found.problems
    )


def test_a_leaked_count_of_three_or_more_pins_true_small_cells(cases, sums):
    """A true count ≥ 3 passes the file check (no 1 or 2 printed); the integer program works
    out the true 1-2 cells it sums, and the gate names them."""
    caught = []
    for key, (r, x) in sums.items():
        if x == r or S.rule().is_small(x):
            continue
        found = attack.attack(
            cases, [attack_equations.Report("Oslo", 2019, printed_with(sums, {key: x}))]
        )
        small = [p for p in found.problems if "et sant lite tall låses" in p]
        if small:
            caught.append((key, small))
        if len(caught) == 2:
            break
    assert len(caught) == 2
    key, small = caught[0]
    assert any(p.startswith("Oslo, mottatt 2019, ") for p in small)  # an inner cell, named
    with pytest.raises(KlagerapportError, match="heltallsangriperen kan avsløre"):
        attack.gate(
            cases,
            [attack_equations.Report("Oslo", 2019, printed_with(sums, {key: sums[key][1]}))],
            log=lambda _line: None,
        )


def test_the_report_gate_reads_the_files_and_the_registers_earlier_years(cases, sums, tmp_path):
    reg = tmp_path / register.REGISTER
    register.check_and_record(reg, cases, 2018)
    assert ("oslo", 2017) in register.published(reg)
    assert register.published(tmp_path / "none") == []
    broken = tmp_path / "broken"
    (broken / "oslo").mkdir(parents=True)
    (broken / "oslo" / "2018.json").write_text("{", encoding="utf-8")
    with pytest.raises(KlagerapportError, match=r"2018\.json: publiseringsregisteret"):
        register.published(broken)
    lines = []
    honest = write_values(tmp_path / "honest", printed_with(sums, {}))
    found = attack.gate_report(
        honest, cases, district="Oslo", year=2019, register=reg, log=lines.append
    )
    assert found.problems == [] and lines == [found.summary()]
    assert "MILP-løsninger" in lines[0]
    x = sums["decisions.total"][1]
    leaky = write_values(tmp_path / "leaky", printed_with(sums, {"decisions.total": x}))
    with pytest.raises(KlagerapportError, match=r"«decisions\.total»: et endret tall låses"):
        attack.gate_report(leaky, cases, district="Oslo", year=2019, register=reg, log=print)


def test_the_publication_takes_earlier_years_from_the_register():
    reports = attack.publication(["Oslo", "Norge"], [2021], [("oslo", 2019), ("vest", 2020)])
    assert [(r.district, r.year) for r in reports] == [
        ("Norge", 2019),
        ("Norge", 2020),
        ("oslo", 2019),
        ("vest", 2020),
        ("Oslo", 2021),
        ("Norge", 2021),
    ]
    assert all(r.printed is None for r in reports)


class Built(Exception):
    """Raised in place of building the batch's reports."""


def test_a_public_batch_attacks_the_whole_publication_before_building(tmp_path, monkeypatch):
    def build_all(*_args, **_kw):
        raise Built

    monkeypatch.setattr(batch, "_build_all", build_all)
    lines: list[str] = []
    options = dict(
        districts="all",
        years="2021",
        data=paths.RAW / "sample-national",
        out=tmp_path / "out",
        utgave="offentlig",
        render=False,
        log=lines.append,
    )
    with pytest.raises(Built):
        batch.build_batch(**options)
    gate = [line for line in lines if line.startswith("Heltallsangrep")]
    assert len(gate) == 1 and gate[0].endswith("funn: 0"), lines
    # a finding stops the batch before any report is built or written
    found = attack.Attack(problems=["Oslo 2021: «x»: et sant lite tall låses til [1, 1]"])
    monkeypatch.setattr(attack, "attack", lambda *_a, **_k: found)
    with pytest.raises(KlagerapportError, match=r"Oslo 2021: «x»"):
        batch.build_batch(**options)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.json"))


def test_the_report_gate_reads_the_written_files_and_a_true_series_leaks(cases, tmp_path):
    folder = tmp_path / "oslo-2019-offentlig"
    (folder / "tables").mkdir(parents=True)
    values = {}
    for function in registry.functions("Oslo").values():
        result = function(cases, year=2019, district="Oslo", utgave="offentlig")
        for name, table in result.tables.items():
            (folder / "tables" / f"{name}.csv").write_text(table.to_csv(), encoding="utf-8")
        values.update(result.values)
    V.write_section(values, folder / "values" / "all.json")
    series = attack_equations.printed_series(folder)
    assert attack_equations.series_key(attack_equations.SERIES, 2019) in series
    assert attack_equations.series_key(attack_equations.ETHNIC_SERIES, 2015) in series
    found = attack.gate_report(
        folder, cases, district="Oslo", year=2019, register=None, log=lambda _l: None
    )
    assert found.problems == [] and found.skipped == 0 and found.leaks == 0
    # the ethnic series printed from the true cases instead: the gate stops on it
    keys, true, pub = attack_equations.cells(cases, ["Oslo"], 2019)
    ethnic = (keys["diskriminering"] == "etnisk").to_numpy()
    rows, changed = ["Årstall,K-etnisk"], []
    for y in sorted(set(keys["dy"])):
        mask = ethnic & (keys["dy"] == y).to_numpy()
        if y > 0 and mask.any():
            rows.append(f"{y},{int(true[mask].sum())}")
            if true[mask].sum() != pub[mask].sum():
                changed.append(y)
    assert changed
    (folder / "tables" / "etnisk-utvikling.csv").write_text("\n".join(rows) + "\n")
    with pytest.raises(KlagerapportError, match=rf"«etnisk-utvikling {changed[0]}»"):
        attack.gate_report(
            folder, cases, district="Oslo", year=2019, register=None, log=lambda _l: None
        )
