"""Page 1's date: the analysts' (commentary/<district>/<year>/dato.yml). A final edition is
refused without it; a draft shows a provisional date true for the report year (the day its
handling time is taken at), never the data's last day, the day of the build or
SOURCE_DATE_EPOCH."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml
from test_check import SECTIONS, values

from klagerapport import paths
from klagerapport.check import check_commentary, reportdate
from klagerapport.errors import BuildError
from klagerapport.render import finality
from klagerapport.render.stage import RUN_METADATA, Staged


def _dato(folder, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / reportdate.FILE_NAME).write_text(text, encoding="utf-8")
    return folder


def test_the_analysts_date_is_read(tmp_path):
    folder = _dato(tmp_path, "# Rapportens dato\ndato: 2020-03-15\n")
    assert reportdate.load(folder, 2019) == (dt.date(2020, 3, 15), [])
    assert reportdate.load(tmp_path / "ingen", 2019) == (None, [])  # no file: no date, no error


@pytest.mark.parametrize(
    ("text", "line", "why"),
    [
        ("# dato\ndato: 15.03.2020\n", 2, "er ikke en dato"),
        ("dato: 2020-03-15 10:00:00\n", 1, "er ikke en dato"),
        ("# kommentar\n\ndato: 2019-12-01\n", 3, "før året er omme"),
        ("dato: 2020-03-15\nforfatter: x\n", 1, "ukjente nøkler: forfatter"),
        ("dato: [2020\n", 2, "ikke gyldig YAML"),
        ("- 2020-03-15\n", 1, "under «dato:»"),
    ],
)
def test_a_bad_date_is_an_error_naming_file_and_line(tmp_path, text, line, why):
    folder = _dato(tmp_path, text)
    date, [problem] = reportdate.load(folder, 2019)
    assert date is None
    assert problem.line == line and why in problem.message
    assert problem.file.endswith("dato.yml") and problem.suggestion


def test_the_check_reports_a_bad_date(tmp_path):
    folder = _dato(tmp_path / "kommentar", "dato: i morgen\n")
    found = [
        f
        for f in check_commentary(folder, values(), allowed=[], sections=SECTIONS, year=2019)
        if f.code == reportdate.CODE
    ]
    assert [(f.severity, f.line) for f in found] == [("error", 1)]


def _staged(tmp_path, variables) -> Staged:
    root = tmp_path / "prosjekt"
    (root / "commentary").mkdir(parents=True)
    (root / "rapport.qmd").write_text("---\ntitle: Rapport\n---\n", encoding="utf-8")
    (root / RUN_METADATA).write_text("rapport:\n  sted: Oslo 2019\n", encoding="utf-8")
    return Staged(root, variables, [], {})


def _page_one_date(staged, *, final: bool = False) -> str:
    finality.describe(staged, utgave="intern", final=final, year=2019)
    data = yaml.safe_load((staged.root / RUN_METADATA).read_text(encoding="utf-8"))
    assert data["date"] == data["rapport"]["dato"]  # the HTML title block says the same
    return data["rapport"]["dato"]


# Troms 2021 from an export running to 28 January 2023: the data's last day is 2023's, the
# report year's handling time is taken at 31 March 2022 (docs/assumptions.md P12)
TROMS_2021 = {
    "district": "Troms",
    "owner": "Troms politidistrikt",
    "handling_days": {"basis_date": "31. mars 2022"},
    "data": {"last_date": "28. januar 2023"},  # a run made before 7 December kept this
}


def test_page_one_shows_the_analysts_date_else_a_provisional_one_never_the_clock(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 November 2023: never page 1's
    staged = _staged(tmp_path, TROMS_2021)
    # a draft: the day the report year's figures are taken at, marked as provisional; never the
    # export's last day (a report for 2021 dated January 2023)
    assert _page_one_date(staged) == "31. mars 2022 (foreløpig)"
    _dato(staged.root / "commentary", "dato: 2022-04-20\n")
    assert _page_one_date(staged) == "20. april 2022"
    assert _page_one_date(staged, final=True) == "20. april 2022"


def test_a_run_without_a_basis_date_says_the_date_is_not_set(tmp_path, monkeypatch):
    # a run folder made before the build recorded the handling basis date, re-rendered
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    owner = {"district": "Oslo", "owner": "Oslo politidistrikt"}
    assert _page_one_date(_staged(tmp_path, owner)) == "ikke satt (foreløpig)"
    staged = _staged(tmp_path / "b", {**owner, "handling_days": {"basis_date": "–"}})
    assert _page_one_date(staged) == "ikke satt (foreløpig)"
    # describe() on a final edition without dato.yml (the render refuses it first): no date
    assert _page_one_date(_staged(tmp_path / "c", TROMS_2021), final=True) == "ikke satt"


def _run(tmp_path):
    """A run folder with the merged values only (check/build_values.py reads that)."""
    run = tmp_path / "kjoring"
    run.mkdir()
    (run / "values.json").write_text(
        json.dumps({"district": "Troms", "year": {"current": 2021}}), encoding="utf-8"
    )
    (run / "_variables.yml").write_text(
        "district: Troms\nyear:\n  current: '2021'\n", encoding="utf-8"
    )
    return run


def test_a_final_edition_without_dato_yml_is_refused_with_every_other_problem(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path / "commentary")
    folder = paths.commentary_dir("Troms", 2021)
    folder.mkdir(parents=True)
    run = _run(tmp_path)
    with pytest.raises(BuildError) as refused:
        finality.check(run, district="Troms", year=2021, final=True)
    message = str(refused.value)
    assert "Endelig rapport for Troms 2021 bygges ikke" in message
    # the file to create, named as the project shows it, and its form
    assert "commentary/troms/2021/dato.yml" in message and "«dato: ÅÅÅÅ-MM-DD»" in message
    assert "rapportens dato er ikke satt" in message
    # all problems at once: the sections without text are listed in the same refusal
    assert "generelt" in message
    # a draft carries it as a warning (its box), with the other findings
    findings = finality.check(run, district="Troms", year=2021, final=False)
    [missing] = [f for f in findings if f.code == reportdate.MISSING_CODE]
    assert missing.severity == "warning" and missing.file.endswith("troms/2021/dato.yml")
    assert len(findings) > 1
    # with the file, the date no longer stops it (the sections still do)
    _dato(folder, "dato: 2022-04-20\n")
    with pytest.raises(BuildError) as again:
        finality.check(run, district="Troms", year=2021, final=True)
    assert "dato.yml" not in str(again.value) and "generelt" in str(again.value)


def test_a_new_year_and_a_new_district_are_told_to_set_the_date_and_get_none(
    tmp_path, monkeypatch, capsys
):
    import shutil

    from klagerapport.check import newyear

    commentary = tmp_path / "commentary"
    shutil.copytree(paths.COMMENTARY / "oslo", commentary / "oslo")
    monkeypatch.setattr(paths, "COMMENTARY", commentary)
    _dato(commentary / "oslo" / "2019", "dato: 2020-03-15\n")
    newyear.new_year_command(year=2020, from_year=None, district="Oslo")
    said = capsys.readouterr().out
    assert "commentary/oslo/2020/dato.yml" in said and "«dato: ÅÅÅÅ-MM-DD»" in said
    assert not (commentary / "oslo" / "2020" / reportdate.FILE_NAME).exists()  # a year's own

    newyear.new_district_command(district="Agder", year=2021)
    said = capsys.readouterr().out
    assert "commentary/agder/2021/dato.yml" in said
    assert not (commentary / "agder" / "2021" / reportdate.FILE_NAME).exists()
    # the template for a new district tells the analysts about the file
    template = (paths.COMMENTARY_TEMPLATE / "README.md").read_text(encoding="utf-8")
    assert "dato.yml" in template and "dato: 2020-03-15" in template
