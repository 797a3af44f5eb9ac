"""The districts compared: the national report's own section (sections/comparison.py), its place
in the report (Norge only), and the roll-up's check that each district's row is its own report's.
"""

from __future__ import annotations

import csv
import importlib
import json
from pathlib import Path

import pytest
from factories import case, frame

from klagerapport import outline, paths, settings
from klagerapport.errors import KlagerapportError
from klagerapport.pipeline import notebooks, rollup
from klagerapport.pipeline import run as pipeline_run
from klagerapport.render import stage
from klagerapport.sections import registry

# the module (the package exports the section function under the same name)
C = importlib.import_module("klagerapport.sections.comparison")
YEAR = 2019


def two_districts():
    """Vest: 8 received in 2019 (7 decided, 3 K-etnisk), Oslo: 3 received (all decided, 1
    K-etnisk), one Oslo case of 2018. Listed Vest first: the comparison orders by
    districts.yml (Oslo before Vest)."""
    return frame(
        case("2019-01-10", "2019-01-20", "kritikk", "228.1", "etnisk", distrikt="Vest"),
        case("2019-02-10", "2019-03-20", "avvist", "228.5", "etnisk", distrikt="Vest"),
        case("2019-03-10", "2019-03-12", "uheldig", "228.5", "etnisk", distrikt="Vest"),
        case("2019-12-30", None, None, "228.9", distrikt="Vest"),
        *(case(f"2019-05-{d:02d}", "2019-06-01", distrikt="Vest") for d in (1, 2, 3, 4)),
        case("2019-01-05", "2019-01-06", "kritikk", "228.1", distrikt="Oslo"),
        case("2019-04-05", "2019-04-15", "ikke_grunnlag", "228.2", "etnisk", distrikt="Oslo"),
        case("2019-06-05", "2019-07-05", "ikke_grunnlag", "228.1", distrikt="Oslo"),
        case("2018-06-05", "2019-02-05", "avvist", "228.1", distrikt="Oslo"),
    )


# the last row over data of two police districts: their sum, marked as not the whole country
NATION = "Norge, delvis (2 av 12 politidistrikter)"


def raw_rows(result, table: str) -> dict[str, list]:
    return {row[0]: row[1:] for row in result.tables[table].raw_rows()}


def test_each_district_and_the_country_in_one_row_counted_from_the_cases():
    result = C.comparison(two_districts(), year=YEAR, district="Norge")
    counts = raw_rows(result, C.COUNTS)
    assert list(counts) == ["Oslo", "Vest", NATION]
    # received, decided in 2019, K-etnisk received: counted by eye above
    assert [r[:3] for r in counts.values()] == [[3, 4, 1], [8, 7, 3], [11, 11, 4]]
    assert counts["Oslo"][3] == pytest.approx((1 + 10 + 30) / 3, abs=0.05)  # mean days
    shares = raw_rows(result, C.DECISIONS)
    header = result.tables[C.DECISIONS].header
    kritikk = header.index("Grunnlag for kritikk")
    assert [shares[d][kritikk - 1] for d in ("Oslo", "Vest", NATION)] == [1 / 3, 1 / 8, 2 / 11]
    grounds = raw_rows(result, C.GROUNDS)
    assert sum(v or 0 for v in grounds[NATION]) == pytest.approx(1.0)
    assert result.checks and all(c.ok for c in result.checks)
    assert result.values["comparison.districts"].raw == 2
    assert result.values["comparison.received_max_district"].text == "Vest"
    assert result.values["comparison.received_min"].raw == 3
    assert "Vest 8, Oslo 3" in result.charts[C.CHART].alt


def test_a_district_row_is_what_the_districts_own_sections_publish():
    cases = two_districts()
    result = C.comparison(cases, year=YEAR, district="Norge")
    own = C.own_values(cases, YEAR, "Vest", {})
    for table, spec in C.columns().items():
        row = next(r for r in result.tables[table].rows if r[0] == "Vest")
        for (header, key), cell in zip(spec, row[1:], strict=True):
            assert cell.raw == own[key].raw, (table, header)


def test_only_the_national_report_has_the_comparison():
    with pytest.raises(KlagerapportError, match="nasjonale rapporten"):
        C.comparison(two_districts(), year=YEAR, district="Oslo")
    found = notebooks.discover(paths.NOTEBOOKS)
    assert "comparison" not in [s.name for s in pipeline_run.in_scope(found, "Oslo")]
    assert [s.name for s in pipeline_run.in_scope(found, "Norge")][-1] == "comparison"
    assert "comparison" not in registry.functions("Oslo")
    assert "comparison" in registry.functions("Norge")
    assert registry.national_tables() == {C.COUNTS, C.DECISIONS, C.GROUNDS}


def test_the_national_part_is_staged_for_norge_alone(tmp_path):
    assert stage.national_include(False, tmp_path) == ""
    national = stage.national_include(True, tmp_path)
    assert f"/{stage.NATIONAL_PART}" in national and "commentary" not in national
    (tmp_path / f"{outline.NATIONAL_COMMENTARY}.md").write_text("Tekst.\n", encoding="utf-8")
    assert f"/commentary/{outline.NATIONAL_COMMENTARY}.md" in stage.national_include(True, tmp_path)
    documents = [paths.REPORT_DIR / stage.DOCUMENT, paths.REPORT_DIR / stage.NATIONAL_PART]
    national = stage.place_files("Norge", documents)["nasjonalt"]
    for table in registry.national_tables():
        assert f"{{{{< include /tables/{table}.md >}}}}" in national
    assert stage.place_files("Oslo", documents)["nasjonalt"] == ""
    template = (paths.REPORT_DIR / stage.DOCUMENT).read_text(encoding="utf-8")
    assert f"{{{{< include /{stage.NATIONAL_INCLUDE} >}}}}" in template


def test_the_public_comparison_prints_no_small_count_and_each_row_is_the_districts_own():
    cases = two_districts()
    public = C.comparison(cases, year=YEAR, district="Norge", utgave=settings.OFFENTLIG)
    counts = public.tables[C.COUNTS].text_rows()
    for row in counts:
        assert not {"1", "2"} & set(row[1:4]), row
    # the three count columns sum over the districts to the country, as printed
    for c in (1, 2, 3):
        raws = [r[c].raw for r in public.tables[C.COUNTS].rows]
        assert raws[-1] == sum(raws[:-1]), c
    # each district's row is its own public report's (the same rounded cases)
    for i, name in enumerate(C.split(cases)):
        own = C.own_values(cases, YEAR, name, {"utgave": settings.OFFENTLIG})
        row = public.tables[C.COUNTS].rows[i]
        assert row[1].raw == own["received.total"].raw
        assert row[4].raw == own["handling_days.mean"].raw
        decisions = public.tables[C.DECISIONS].rows[i]
        assert decisions[1].raw == own["decisions.kritikk.share"].raw
    assert public.suppression_log == []


# --- the roll-up: each district's row is its own report's ------------------------------------


def write_run(folder: Path, values: dict, tables: dict[str, list[list]] | None = None) -> Path:
    (folder / "tables").mkdir(parents=True, exist_ok=True)
    (folder / "values.json").write_text(json.dumps(values), encoding="utf-8")
    for name, rows in (tables or {}).items():
        with open(folder / "tables" / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\n").writerows(rows)
    return folder


def nested(flat: dict) -> dict:
    out: dict = {}
    for key, value in flat.items():
        node = out
        *parents, last = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def comparison_runs(tmp_path: Path, oslo_received_in_table: int):
    """Two districts and the nation, with comparison tables as the national run holds them."""
    spec = C.columns()
    own = {}
    for name, received in (("Oslo", 3), ("Vest", 4), ("Norge", 7)):
        flat = {key: 0.25 if key.endswith((".share", "within_deadline")) else 1 for spec_ in
                spec.values() for _, key in spec_}  # fmt: skip
        flat["received.total"] = received
        flat["handling_days.mean"] = 12.5
        own[name] = flat
    tables = {}
    for table, columns in spec.items():
        rows = [["Politidistrikt", *(h for h, _ in columns)]]
        for name in ("Oslo", "Vest", "Norge"):
            rows.append([name, *(own[name][key] for _, key in columns)])
        tables[table] = rows
    tables[C.COUNTS][1][1] = oslo_received_in_table
    parts = {n: write_run(tmp_path / n.lower(), nested(own[n])) for n in ("Oslo", "Vest")}
    national = write_run(tmp_path / "norge", nested(own["Norge"]), tables)
    return national, parts


def test_the_roll_up_checks_each_districts_row_against_its_own_report(tmp_path):
    national, parts = comparison_runs(tmp_path, oslo_received_in_table=3)
    problems, checked = rollup.reconcile_comparison(national, parts)
    assert problems == []
    assert checked == 3 * sum(len(c) for c in C.columns().values())

    national, parts = comparison_runs(tmp_path / "wrong", oslo_received_in_table=5)
    problems, _ = rollup.reconcile_comparison(national, parts)
    assert problems == [
        "sammenligning: rad «Oslo», kolonne «Mottatt»: landets rapport 5, "
        "Oslos egen rapport (received.total) 3"
    ]
    target = tmp_path / "pod"
    result = rollup.build(national, parts, year=YEAR, target=target)
    assert not result.ok and problems[0] in result.problems
    assert not target.exists()  # nothing written when it does not reconcile


def test_the_roll_up_names_a_district_missing_from_the_comparison(tmp_path):
    national, parts = comparison_runs(tmp_path, oslo_received_in_table=3)
    parts["Agder"] = write_run(tmp_path / "agder", {})
    problems, _ = rollup.reconcile_comparison(national, parts)
    assert f"{C.COUNTS}: mangler raden «Agder»" in problems


def test_the_comparisons_values_keep_the_value_contract():
    from klagerapport.publish import contract

    made = C.comparison(two_districts(), year=YEAR, district="Norge").values
    declared = [s for s in contract.specs() if s.key.startswith("comparison.")]
    assert sorted(s.key for s in declared) == sorted(made)
    for key, value in made.items():
        spec = contract.spec_of(key)
        assert spec is not None and spec.optional, key  # optional: district reports lack them
        assert contract._kind_problem(spec, value.raw) is None, key
