"""National yearly series: only the years every district in the data covers.

Three districts starting in different years: Oslo 2015, Øst 2016, Vest 2017. The national
series (development, K-etnisk per year, «last year» comparisons) starts in 2017, says so in a
note under the table and in the chart's alt text; a district's own report is unchanged. The
national units table has one row per district; the roll-up reconciles only covered years.
"""

from __future__ import annotations

import csv
from pathlib import Path

from factories import case, frame

from klagerapport import settings
from klagerapport.pipeline import rollup
from klagerapport.publish import suppression as S
from klagerapport.sections import (
    decisions,
    development,
    discrimination,
    handling_time,
    received,
    units,
)
from klagerapport.stats import populations as P

YEAR = 2019


def staggered(vest_2019: bool = True):
    """Oslo: two cases a year 2015-2019 (one K-etnisk each year); Øst: one a year from 2016;
    Vest: one a year from 2017 (none in 2019 if not `vest_2019`)."""
    cases = []
    for y in range(2015, 2020):
        cases.append(case(f"{y}-02-01", f"{y}-03-01", "kritikk", "228.1", "etnisk"))
        cases.append(case(f"{y}-04-01", f"{y}-05-01"))
    cases += [case(f"{y}-06-01", f"{y}-07-01", distrikt="Øst") for y in range(2016, 2020)]
    vest = range(2017, 2020 if vest_2019 else 2019)
    cases += [case(f"{y}-06-01", f"{y}-06-20", distrikt="Vest") for y in vest]
    return frame(*cases)


def years_of(table) -> list[int]:
    return [int(row[0].raw) for row in table.rows]


def test_coverage_is_the_first_year_every_district_has_cases_in_up_to_the_report_year():
    cases = staggered()
    national = P.coverage(cases, "Norge", YEAR)
    assert (national.first, national.districts) == (2017, 3)
    assert national.lacking == {2015: 2, 2016: 1}
    assert P.coverage(cases, "Oslo", YEAR) == P.Coverage(2015)  # a district: its data's span
    gap = staggered().drop(index=[11])  # Øst's only case of 2017: a gap in Øst's years
    assert P.coverage(gap, "Norge", YEAR).first == 2018
    no_vest = P.coverage(staggered(vest_2019=False), "Norge", YEAR)
    assert no_vest.first is None and no_vest.lacking[YEAR] == 1


def test_the_national_development_series_starts_at_the_common_first_year_with_a_note():
    result = development(staggered(), year=YEAR, district="Norge")
    note = "Landstall fra 2017: før det mangler data fra 1–2 av 3 distrikter."
    for name in ("utvikling", "etnisk-utvikling"):
        table = result.tables[name]
        assert years_of(table) == [2019, 2018, 2017], name
        assert table.note == note and note in table.to_markdown()
        alt = result.charts[name].alt
        assert "fra 2017 til 2019" in alt and alt.endswith(note)
        assert "2015" not in alt.replace(note, "") and "2016" not in alt.replace(note, "")
    counts = {int(r[0].raw): r[1].raw for r in result.tables["utvikling"].rows}
    assert counts == {2017: 4, 2018: 4, 2019: 4}  # Oslo 2 + Øst 1 + Vest 1, counted by eye
    assert result.values["development.years"].raw == 3
    assert result.values["development.min_year"].raw == 2017


def test_a_district_report_keeps_its_whole_series_and_no_note():
    everyone = development(staggered(), year=YEAR, district="Oslo")
    alone = development(staggered()[lambda f: f["distrikt"] == "Oslo"], year=YEAR, district="Oslo")
    table = everyone.tables["utvikling"]
    assert years_of(table) == [2019, 2018, 2017, 2016, 2015]
    assert "Landstall" not in table.note  # (Oslo's own row note on 2017 stays)
    for name in ("utvikling", "etnisk-utvikling"):
        assert everyone.tables[name].to_markdown() == alone.tables[name].to_markdown()
        assert everyone.charts[name].alt == alone.charts[name].alt
    assert everyone.values == alone.values


def test_national_last_year_and_earlier_years_are_missing_where_not_every_district_covers():
    cases = staggered()
    disc = discrimination(cases, year=YEAR, district="Norge").values
    assert disc["discrimination.etnisk.decided_minus2"].raw == 1  # 2017: covered
    assert disc["discrimination.etnisk.decided_minus3"].raw is None  # 2016: Vest lacks it
    assert disc["discrimination.etnisk.decided_max_year"].raw == 2017
    first = 2017  # the national series' first year: its «last year» is not covered
    nat = received(cases, year=first, district="Norge").values
    assert nat["received.total"].raw == 4
    assert nat["received.minus1"].raw is None and nat["received.change"].raw is None
    assert nat["decided.minus1"].raw is None and nat["decided.first_year"].raw == 2017
    assert received(cases, year=first, district="Oslo").values["received.minus1"].raw == 2
    assert (
        decisions(cases, year=first, district="Norge").values["decisions.minus1_total"].raw is None
    )
    hand = handling_time(cases, year=first, district="Norge").values
    assert hand["handling_days.n_minus1"].raw is None
    assert received(cases, year=2018, district="Norge").values["received.minus1"].raw == 4


def test_no_national_series_when_a_district_lacks_the_report_year():
    result = development(staggered(vest_2019=False), year=YEAR, district="Norge")
    table = result.tables["utvikling"]
    assert table.rows == []
    assert table.note == "Ingen landstall per år: i 2019 mangler data fra 1 av 3 distrikter."
    assert result.values["development.max"].raw is None


def test_the_national_units_table_has_a_row_per_district_and_the_sum_of_covered_years():
    result = units(staggered(), year=2018, district="Norge")
    table = result.tables["enheter"]
    assert table.header == ["Politidistrikt", "2016", "2017", "2018"]
    shown = {row[0]: [c.raw for c in row[1:]] for row in table.rows}
    assert shown == {
        "Oslo": [2, 2, 2],
        "Øst": [1, 1, 1],
        "Vest": [None, 1, 1],  # as Vest's own report: no data for 2016
        "Sum": [None, 4, 4],  # 2016 is no national year
    }
    assert "egen rapport" in table.note and "Landstall fra 2017" in table.note
    assert result.values["units.vest.minus1"].raw == 1
    public = units(staggered(), year=2018, district="Norge", utgave=settings.OFFENTLIG)
    printed = [c.raw for row in public.tables["enheter"].rows for c in row[1:]]
    assert printed and not any(n in (1, 2) for n in printed)  # counts from the rounded cases
    assert S.rule().note in public.tables["enheter"].note


def write_table(folder: Path, name: str, rows: list[list[str]]) -> None:
    (folder / "tables").mkdir(parents=True, exist_ok=True)
    with open(folder / "tables" / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def test_the_rollup_reconciles_only_years_every_district_has(tmp_path):
    head = ["Årstall", "Klagesaker"]
    write_table(tmp_path / "o", "u", [head, ["2019", "5"], ["2018", "4"], ["2017", "3"]])
    write_table(tmp_path / "v", "u", [head, ["2019", "2"], ["2018", "1"]])
    parts = {"Oslo": tmp_path / "o", "Vest": tmp_path / "v"}
    write_table(tmp_path / "n", "u", [head, ["2019", "7"], ["2018", "5"]])
    skipped: list[str] = []
    assert rollup.reconcile(tmp_path / "n", parts, skipped) == ([], 2)
    assert skipped == ["u: rad «2017», kolonne «Klagesaker»"]
    # Before the fix the nation showed Oslo's 2017 as the country's: no longer reconciled.
    write_table(tmp_path / "n", "u", [head, ["2019", "7"], ["2018", "5"], ["2017", "3"]])
    problems, _ = rollup.reconcile(tmp_path / "n", parts)
    assert "u: landet viser 2017, Vest har ingen data" in problems


def test_the_rollup_reconciles_the_national_units_table_by_district(tmp_path):
    head = ["Enhet", "2018", "2019"]
    write_table(tmp_path / "o", "e", [head, ["Pass", "1", "2"], ["Sum", "3", "4"]])
    write_table(tmp_path / "v", "e", [head, ["Arrest", "", "1"], ["Sum", "", "1"]])
    parts = {"Oslo": tmp_path / "o", "Vest": tmp_path / "v"}
    nat = [["Politidistrikt", "2018", "2019"], ["Oslo", "3", "4"], ["Vest", "", "1"]]
    write_table(tmp_path / "n", "e", [*nat, ["Sum", "", "5"]])
    skipped: list[str] = []
    assert rollup.reconcile(tmp_path / "n", parts, skipped) == ([], 4)
    assert sorted(skipped) == ["e: rad «Sum», kolonne «2018»", "e: rad «Vest», kolonne «2018»"]
    write_table(tmp_path / "n", "e", [*nat[:2], ["Vest", "", "2"], ["Sum", "", "5"]])
    problems, _ = rollup.reconcile(tmp_path / "n", parts)
    assert problems == ["e: rad «Vest», kolonne «2019»: landet 2, sum av distriktene 1"]
