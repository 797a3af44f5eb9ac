"""Page 1's date: the analysts' (commentary/<district>/<year>/dato.yml), else the data's own
date (`data.last_date`), never the day of the build or SOURCE_DATE_EPOCH."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import yaml
from test_check import SECTIONS, values

from klagerapport.check import check_commentary, reportdate
from klagerapport.render import finality
from klagerapport.render.stage import RUN_METADATA, Staged
from klagerapport.stats import populations


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


def test_the_datas_date_is_its_last_day_received_or_answered():
    cases = pd.DataFrame(
        {
            "mottatt": pd.to_datetime(["2019-03-01", "2019-12-30", None]),
            "avsluttet": pd.to_datetime(["2020-01-20", None, None]),
        }
    )
    assert populations.last_date(cases) == dt.date(2020, 1, 20)
    assert populations.last_date(cases.iloc[1:2]) == dt.date(2019, 12, 30)
    assert populations.last_date(cases.iloc[2:]) is None


def _staged(tmp_path, variables) -> Staged:
    root = tmp_path / "prosjekt"
    (root / "commentary").mkdir(parents=True)
    (root / "rapport.qmd").write_text("---\ntitle: Rapport\n---\n", encoding="utf-8")
    (root / RUN_METADATA).write_text("rapport:\n  sted: Oslo 2019\n", encoding="utf-8")
    return Staged(root, variables, [], {})


def _page_one_date(staged) -> str:
    finality.describe(staged, utgave="intern", final=False, year=2019)
    data = yaml.safe_load((staged.root / RUN_METADATA).read_text(encoding="utf-8"))
    assert data["date"] == data["rapport"]["dato"]  # the HTML title block says the same
    return data["rapport"]["dato"]


def test_page_one_shows_the_analysts_date_else_the_datas_never_the_clock(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 November 2023: never page 1's
    variables = {
        "district": "Oslo",
        "owner": "Oslo politidistrikt",
        "data": {"last_date": "31. januar 2020"},
    }
    staged = _staged(tmp_path, variables)
    assert _page_one_date(staged) == "31. januar 2020"
    _dato(staged.root / "commentary", "dato: 2020-03-15\n")
    assert _page_one_date(staged) == "15. mars 2020"


def test_a_run_without_the_datas_date_keeps_the_fixed_document_date(tmp_path, monkeypatch):
    # a run folder made before the build recorded data.last_date, re-rendered
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert (
        _page_one_date(_staged(tmp_path, {"district": "Oslo", "owner": "Oslo politidistrikt"}))
        == "1. januar 2020"
    )
    staged = _staged(
        tmp_path / "b",
        {"district": "Oslo", "owner": "Oslo politidistrikt", "data": {"last_date": "–"}},
    )
    assert _page_one_date(staged) == "1. januar 2020"
