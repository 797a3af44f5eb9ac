"""The batch: many (district, year) reports in one run, the national roll-up and its checks.

A small two-district file is made from the synthetic sample (every third case moved to Vest).
The real-notebook batch is slow (six reports); the failure and reuse tests use the fixture
notebooks in tests/fixtures/notebooks/ on the same file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from klagerapport import districts, paths
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import store
from klagerapport.pipeline import batch, rollup
from klagerapport.sections import registry

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
YEARS = (2018, 2019)


def tree_hash(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def two_district_file(folder: Path, name: str) -> Path:
    """The sample's cases received 2017-2019, every third one of 2018-2019 moved to Vest (Vest
    has no data for 2017: the national yearly series start in 2018)."""
    sample = next(paths.SAMPLE_DIR.glob("*.csv"))
    with open(sample, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    kept = []
    for i, row in enumerate(r for r in body if r[col["mottatt"]][-4:] in {"2017", "2018", "2019"}):
        row = list(row)
        if i % 3 == 0 and row[col["mottatt"]][-4:] != "2017":
            row[col["distrikt"]] = "Vest"
        kept.append(row)
    data = folder / f"{name}.csv"
    with open(data, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([header, *kept])
    return data


@pytest.fixture
def data(tmp_path):
    made = two_district_file(tmp_path, f"test-batch-{tmp_path.name}")
    yield made
    shutil.rmtree(store.location(made), ignore_errors=True)  # this test's processed store


def notebook_dir(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / f"nb-{'-'.join(names)}"
    folder.mkdir()
    for i, name in enumerate(names, start=1):
        shutil.copy(FIXTURES / f"{name}.ipynb", folder / f"{i:02d}_{name}.ipynb")
    return folder


def received_in(data: Path, year: int, district: str | None = None) -> int:
    """Counted from the file itself, independently of the pipeline."""
    with open(data, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    return sum(
        1
        for r in rows
        if r["mottatt"].endswith(str(year)) and (district is None or r["distrikt"] == district)
    )


def integer_cells(path: Path) -> dict[tuple[str, str], int]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    out = {}
    for row in rows[1:]:
        for head, text in zip(rows[0][1:], row[1:], strict=True):
            skip = any(
                label.startswith(("Andel", "Gjennomsnitt", "Median")) for label in (row[0], head)
            )
            if text.isdigit() and not skip:
                out[(row[0], head)] = int(text)
    return out


# --- the real notebooks ----------------------------------------------------------------------


@pytest.mark.slow
def test_two_districts_by_two_years_build_four_reports_and_a_nation_that_sums(tmp_path, data):
    out = tmp_path / "out"
    lines: list[str] = []
    result = batch.build_batch(
        districts="Oslo,Vest",
        years="2018-2019",
        data=data,
        out=out,
        render=False,
        partial=True,  # two of the twelve districts: a national report only as a partial one
        log=lines.append,
    )
    assert result.ok, "\n".join(lines)
    built = {(o.report.district, o.report.year): o.status for o in result.outcomes}
    assert built == {(d, y): batch.BUILT for d in ("Oslo", "Vest", "Norge") for y in YEARS}
    # Built in worker processes (one per core by default), not in this one.
    workers = {o.pid for o in result.outcomes}
    assert os.getpid() not in workers and 1 <= len(workers) <= (os.cpu_count() or 1)
    for year in YEARS:
        nation = out / "norge" / str(year)
        parts = [out / "oslo" / str(year), out / "vest" / str(year)]
        values = [json.loads((p / "values.json").read_text()) for p in [nation, *parts]]
        # The national count is the file's, and the districts' counts sum to it.
        assert values[0]["received"]["total"] == received_in(data, year)
        assert values[1]["received"]["total"] == received_in(data, year, "Oslo")
        assert values[0]["received"]["total"] == sum(v["received"]["total"] for v in values[1:])
        assert values[0]["district"] == "Norge"
        heading = (nation / "_variables.yml").read_text(encoding="utf-8")
        assert "Hele landet, delvis: 2 av 12 politidistrikter (mangler Øst, Innlandet," in heading
        # Every count of every national table is the sum of the districts' (checked here
        # independently of the roll-up's own check).
        national_only = registry.national_tables()
        tables = sorted(t for t in (nation / "tables").glob("*.csv") if t.stem not in national_only)
        assert len(tables) >= 7 and national_only
        for table in tables:
            whole = integer_cells(table)
            summed: dict[tuple[str, str], int] = {}
            for name, part in zip(("Oslo", "Vest"), parts, strict=True):
                for (row, col), n in integer_cells(part / "tables" / table.name).items():
                    if table.stem == "enheter":  # the nation's row of a district: its sum
                        if row != "Sum":
                            continue
                        summed[(name, col)] = n
                    if any(label.isdigit() and int(label) < 2018 for label in (row, col)):
                        continue  # Vest has no 2017: no national number for it
                    summed[(row, col)] = summed.get((row, col), 0) + n
            assert {k: v for k, v in summed.items() if v} == {
                k: v for k, v in whole.items() if v
            }, table.name
        utvikling = integer_cells(nation / "tables" / "utvikling.csv")
        assert sorted({int(row) for row, _ in utvikling}) == list(range(2018, year + 1))
        assert "Landstall fra 2018" in (nation / "tables" / "utvikling.md").read_text()
        # The roll-up: reconciled, comparison with every district and the nation, POD's workbook.
        pod = out / "pod" / str(year)
        record = json.loads((pod / rollup.RECONCILIATION).read_text())
        assert record["reconciled"] is True and record["checked_cells"] > 50
        assert "utvikling: rad «2017», kolonne «Klagesaker»" in record["not_reconciled"]
        book = load_workbook(pod / f"pod-{year}.xlsx")
        # a partial national report's deliverables say so: the title, the sum row, the caption
        national = "Norge, delvis (2 av 12 politidistrikter)"
        assert book["Innhold"]["A1"].value == (
            f"Klager på politiet – hele landet, delvis (2 av 12 politidistrikter) {year}"
        )
        caption = (pod / "sammenligning.md").read_text(encoding="utf-8")
        assert "for hele landet, delvis (2 av 12 politidistrikter)" in caption
        assert f"| {national} |" in caption and "| Norge |" not in caption
        compared = [[c.value for c in row] for row in book["Sammenligning"].iter_rows()]
        assert [r[0] for r in compared[1:]] == ["Oslo", "Vest", national]
        assert [r[1] for r in compared[1:]] == [
            v["received"]["total"] for v in values[1:] + values[:1]
        ]
        assert len(book.sheetnames) == 2 + len(tables)
        for sheet in book.sheetnames[2:]:
            top = [c.value for c in book[sheet][1] if c.value]
            assert top == ["Oslo", "Vest", national], sheet  # every district side by side
    assert any("summerer" in line for line in lines)


# --- the machinery, with fixture notebooks --------------------------------------------------


def test_a_failing_report_stops_no_other_and_keeps_its_last_good_output(tmp_path, data):
    out = tmp_path / "out"
    good = notebook_dir(tmp_path, "writes_values")
    first = batch.build_batch(
        districts="Oslo,Vest",
        years="2019",
        data=data,
        out=out,
        render=False,
        notebooks=good,
        partial=True,
        log=lambda line: None,
    )
    assert {o.status for o in first.outcomes} == {batch.BUILT}
    vest_before = tree_hash(out / "vest" / "2019")
    lines: list[str] = []
    second = batch.build_batch(
        districts="Oslo,Vest",
        years="2019",
        data=data,
        out=out,
        render=False,
        notebooks=notebook_dir(tmp_path, "writes_values", "fails_for_vest"),
        partial=True,
        workers="thread",  # the same failure handling in threads of this process
        log=lines.append,
    )
    assert {o.pid for o in second.outcomes} == {os.getpid()}
    assert not second.ok  # the exit status says not all succeeded
    status = {o.report.district: o for o in second.outcomes}
    assert status["Oslo"].status == batch.BUILT
    assert status["Norge"].status == batch.BUILT
    assert status["Vest"].status == batch.FAILED
    assert "planted failure for Vest 2019" in status["Vest"].reason
    assert tree_hash(out / "vest" / "2019") == vest_before
    assert (out / "oslo" / "2019" / "notebooks" / "02_fails_for_vest.ipynb").is_file()
    assert any("feilet" in line and "Vest" in line for line in lines)
    assert not second.rollups[0].ok  # no roll-up from a batch with a failed district


def test_a_rerun_with_nothing_changed_reuses_every_report(tmp_path, data):
    out = tmp_path / "out"
    nbdir = notebook_dir(tmp_path, "writes_values")
    kw = dict(
        districts="all",
        years="2018,2019",
        data=data,
        out=out,
        render=False,
        notebooks=nbdir,
        national=False,
        partial=True,  # "all" is the twelve: the two there are only with --delvis
        log=lambda line: None,
    )
    first = batch.build_batch(**kw)
    assert {o.status for o in first.outcomes} == {batch.BUILT}
    assert len(first.outcomes) == 4
    second = batch.build_batch(**kw)
    assert second.ok
    assert {o.status for o in second.outcomes} == {batch.REUSED}


# --- pieces ----------------------------------------------------------------------------------


def test_years_are_read_as_spans_and_lists():
    assert batch.parse_years("2017-2021") == [2017, 2018, 2019, 2020, 2021]
    assert batch.parse_years("2019") == [2019]
    assert batch.parse_years("2019, 2017") == [2017, 2019]
    for bad in ("2021-2017", "i fjor", "19"):
        with pytest.raises(KlagerapportError):
            batch.parse_years(bad)


def test_districts_are_chosen_by_any_spelling_and_all_means_the_twelve():
    present = batch.districts_in(["Vest", "oslo", "Oslo politidistrikt"])
    assert present == ["Oslo", "Vest"]
    with pytest.raises(KlagerapportError) as info:
        batch.select_districts("all", present)
    message = str(info.value)
    assert "alle 12 politidistriktene" in message and "--delvis" in message
    ten = "Øst, Innlandet, Sør-Øst, Agder, Sør-Vest, Møre og Romsdal, Trøndelag, Nordland, Troms"
    assert f"ingen saker fra {ten} og Finnmark." in message
    assert batch.select_districts("all", present, partial=True) == present
    twelve = [d.name for d in districts.police_districts()]
    assert batch.select_districts("all", twelve) == twelve
    assert batch.select_districts("vest pd,OSLO", present) == ["Vest", "Oslo"]
    with pytest.raises(KlagerapportError, match="ukjent politidistrikt"):
        batch.select_districts("Atlantis", present)


def test_each_report_has_its_own_folder_by_district_and_year(tmp_path):
    reports = batch.reports_of(["Sør-Vest", "Oslo"], [2019, 2020], tmp_path, national=True)
    assert [r.folder.relative_to(tmp_path).as_posix() for r in reports] == [
        "sor-vest/2019",
        "sor-vest/2020",
        "oslo/2019",
        "oslo/2020",
        "norge/2019",
        "norge/2020",
    ]


def write_table(folder: Path, name: str, rows: list[list[str]]) -> None:
    (folder / "tables").mkdir(parents=True, exist_ok=True)
    with open(folder / "tables" / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def test_reconciliation_names_every_cell_that_does_not_sum(tmp_path):
    head = ["Avgjørelse", "Antall", "Andel"]
    write_table(tmp_path / "a", "t", [head, ["Kritikk", "2", "0.5"], ["Avvist", "2", "0.5"]])
    write_table(tmp_path / "b", "t", [head, ["Kritikk", "1", "1.0"]])
    write_table(tmp_path / "n", "t", [head, ["Kritikk", "3", "0.6"], ["Avvist", "3", "0.4"]])
    problems, checked = rollup.reconcile(tmp_path / "n", {"A": tmp_path / "a", "B": tmp_path / "b"})
    assert checked == 2  # the shares are not additive
    assert problems == ["t: rad «Avvist», kolonne «Antall»: landet 3, sum av distriktene 2"]
    write_table(tmp_path / "n", "t", [head, ["Kritikk", "3", "0.6"], ["Avvist", "2", "0.4"]])
    assert rollup.reconcile(tmp_path / "n", {"A": tmp_path / "a", "B": tmp_path / "b"}) == ([], 2)


@pytest.mark.slow
def test_a_script_without_a_main_guard_still_gets_every_report(tmp_path, data):
    """Spawned workers re-run an unguarded script, which breaks the pool: the batch builds the
    reports it had not finished in its own process and says so, instead of failing."""
    script = tmp_path / "uten_vakt.py"
    script.write_text(
        "from pathlib import Path\n"
        "from klagerapport.pipeline import batch\n"
        f"r = batch.build_batch(districts='Oslo,Vest', years='2019', data=Path({str(data)!r}),\n"
        f"    out=Path({str(tmp_path / 'out')!r}), render=False, national=False,\n"
        f"    notebooks=Path({str(notebook_dir(tmp_path, 'writes_values'))!r}))\n"
        "print('RESULTAT', r.ok, sorted(o.status for o in r.outcomes))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "RESULTAT True ['bygget', 'bygget']" in done.stdout
    assert "arbeidsprosessene stoppet" in done.stdout


def _final(folder: Path) -> bool:
    return json.loads((folder / paths.BUILD_RECORD).read_text(encoding="utf-8"))["parameters"][
        "final"
    ]


def test_a_batch_never_turns_a_final_report_into_a_draft_unasked(tmp_path, data):
    """issue 20 follow-up: `batch` over a folder built with --endelig left it `final: false`.
    Without --endelig/--utkast the final report is built as final again and named; --utkast
    replaces it with a draft, named too; the draft beside it stays a draft."""
    out = tmp_path / "out"
    kw = dict(
        districts="Oslo,Vest",
        years="2019",
        data=data,
        out=out,
        render=False,
        notebooks=notebook_dir(tmp_path, "writes_values"),
        national=False,
        partial=True,
        workers="thread",
    )
    batch.build_batch(**kw, log=lambda line: None)
    batch.build_batch(**{**kw, "districts": "Oslo"}, final=True, log=lambda line: None)
    assert _final(out / "oslo" / "2019") and not _final(out / "vest" / "2019")
    lines: list[str] = []
    kept = batch.build_batch(**kw, log=lines.append)
    assert kept.ok and {o.report.district: o.report.final for o in kept.outcomes} == {
        "Oslo": True,
        "Vest": False,
    }
    assert _final(out / "oslo" / "2019") and not _final(out / "vest" / "2019")
    assert any("Endelige rapporter bygges som endelige igjen: Oslo 2019" in line for line in lines)
    lines.clear()
    batch.build_batch(**kw, keep_final=False, log=lines.append)
    assert not _final(out / "oslo" / "2019")
    assert any("erstattes med utkast (--utkast): Oslo 2019" in line for line in lines)
