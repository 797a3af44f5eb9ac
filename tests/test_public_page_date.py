"""The public edition's page 1 prints no date it withholds. The public edition withholds the day
the year's last complaint was answered (one case's date: docs/suppression.md, "Dates"); a page
1 dated that very day (the analysts' dato.yml) would print it anyway. The public build refuses
such a date, naming the date's file and line and the withheld value; the public edition may
have its own date (`offentlig:` in dato.yml), the day it is given out."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
import yaml

from klagerapport import fmt, paths
from klagerapport.check import reportdate
from klagerapport.errors import BuildError, KlagerapportError
from klagerapport.publish import contract, withheld
from klagerapport.render import finality
from klagerapport.render.stage import Staged
from klagerapport.sections import load_cases
from klagerapport.stats import populations as P

LAST_ANSWER = dt.date(2020, 1, 20)  # the Oslo sample's: the last complaint of 2019 answered


@pytest.fixture(scope="module")
def oslo():
    return load_cases(year=2019, district="Oslo")


def _dato(folder, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / reportdate.FILE_NAME).write_text(text, encoding="utf-8")
    return folder


def test_every_date_the_public_edition_withholds_is_computed_from_the_true_cases(oslo):
    assert withheld.date_keys() == {
        s.key for s in contract.specs() if s.kind == "date" and s.population != "none"
    }
    assert withheld.date_keys() == {"received.all_decided_by"}
    found = withheld.dates(oslo, district="Oslo", year=2019)
    assert found == {"received.all_decided_by": LAST_ANSWER}
    assert found["received.all_decided_by"] == P.all_decided_by(oslo, 2019)
    # a year with a case still open has no last answer date: nothing to clash with
    assert withheld.dates(oslo[oslo["mottatt"].dt.year != 2019], district="Oslo", year=2019) == {}


def test_a_public_page_one_dated_the_last_answer_day_is_refused_naming_both(tmp_path):
    folder = _dato(tmp_path, "# dato\ndato: 2020-01-20\n")
    described = {"received.all_decided_by": "datoen den siste klagen ble avsluttet"}
    [problem] = reportdate.withheld_clash(
        folder, 2019, {"received.all_decided_by": LAST_ANSWER}, described
    )
    assert problem.file.endswith("dato.yml") and problem.line == 2
    assert problem.code == reportdate.CLASH_CODE and problem.severity == "error"
    assert fmt.date(LAST_ANSWER) in problem.message  # the page 1 date
    assert "received.all_decided_by" in problem.message  # and the withheld value
    assert "datoen den siste klagen ble avsluttet" in problem.message
    assert "offentlig: ÅÅÅÅ-MM-DD" in problem.suggestion
    # a day later is no case's date
    later = {"received.all_decided_by": LAST_ANSWER - dt.timedelta(days=1)}
    assert reportdate.withheld_clash(folder, 2019, later, described) == []


def test_the_public_editions_own_date_is_what_is_checked_and_printed(tmp_path):
    withheld_dates = {"received.all_decided_by": LAST_ANSWER}
    own = _dato(tmp_path / "a", "dato: 2020-01-20\noffentlig: 2020-02-03\n")
    assert reportdate.withheld_clash(own, 2019, withheld_dates, {}) == []
    dates, problems = reportdate.load_dates(own, 2019)
    assert problems == [] and dates.of_edition(public=True) == dt.date(2020, 2, 3)
    assert dates.of_edition(public=False) == LAST_ANSWER  # the internal edition keeps `dato`
    same = _dato(tmp_path / "b", "dato: 2020-02-03\n\noffentlig: 2020-01-20\n")
    [problem] = reportdate.withheld_clash(same, 2019, withheld_dates, {})
    assert problem.line == 3  # the line of `offentlig`, the date the public page 1 prints


def test_page_one_prints_the_editions_date(tmp_path):
    (tmp_path / "commentary").mkdir()
    _dato(tmp_path / "commentary", "dato: 2020-01-20\noffentlig: 2020-02-03\n")
    staged = Staged(tmp_path, {}, [], {})
    assert finality.report_date(staged, 2019, final=True) == "20. januar 2020"
    assert finality.report_date(staged, 2019, final=True, public=True) == "3. februar 2020"


@pytest.mark.parametrize(
    ("text", "line", "why"),
    [
        ("dato: 2020-01-20\noffentlig: 3. februar\n", 2, "er ikke en dato"),
        ("dato: 2020-01-20\noffentlig: 2019-12-30\n", 2, "før året er omme"),
        ("offentlig: 2020-02-03\n", 1, "under «dato:»"),
        ("dato: 2020-01-20\nintern: 2020-02-03\n", 1, "ukjente nøkler: intern"),
    ],
)
def test_a_bad_public_date_is_an_error_at_its_line(tmp_path, text, line, why):
    date, [problem] = reportdate.load(_dato(tmp_path, text), 2019)
    assert date is None and problem.line == line and why in problem.message


def test_the_public_build_stops_on_it_with_the_true_cases(oslo, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path)
    _dato(paths.commentary_dir("Oslo", 2019), "dato: 2020-01-20\n")
    with pytest.raises(BuildError) as info:
        reportdate.refuse_withheld(oslo, district="Oslo", year=2019)
    [problem] = info.value.problems
    assert problem.line == 1 and "received.all_decided_by" in problem.message
    # what the value is, from report/values.yml, without the description's asides
    assert "(datoen den siste klagen mottatt i rapportåret ble avsluttet)" in problem.message
    assert "dato.yml" in str(info.value)
    _dato(paths.commentary_dir("Oslo", 2019), "dato: 2020-01-20\noffentlig: 2020-02-03\n")
    reportdate.refuse_withheld(oslo, district="Oslo", year=2019)  # its own date: no error
    shutil.rmtree(paths.commentary_dir("Oslo", 2019))
    reportdate.refuse_withheld(oslo, district="Oslo", year=2019)  # no date at all: a draft's


def test_the_shipped_examples_public_date_is_none_it_withholds(oslo):
    folder = paths.commentary_dir("Oslo", 2019)
    dates, problems = reportdate.load_dates(folder, 2019)
    assert problems == []
    assert dates.report == LAST_ANSWER  # the internal edition as before (docs/assumptions E14)
    assert (
        dates.of_edition(public=True)
        not in withheld.dates(oslo, district="Oslo", year=2019).values()
    )


def _last_render(folder, dato: str | None):
    """A run folder's last render: quarto-prosjekt/_rapport.yml with page 1's date."""
    (folder / "quarto-prosjekt").mkdir(parents=True)
    rapport = {"sted": "Oslo 2019"} if dato is None else {"sted": "Oslo 2019", "dato": dato}
    file = folder / "quarto-prosjekt" / "_rapport.yml"
    file.write_text(yaml.safe_dump({"rapport": rapport}, allow_unicode=True), encoding="utf-8")
    return file


def test_a_public_rerender_with_a_date_its_build_did_not_check_is_refused(tmp_path, monkeypatch):
    """`klagerapport render` has no true cases: a public page 1 date other than the one the
    last render printed (checked by the build) stops it, naming dato.yml and the way out."""
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path / "kommentar")
    _dato(paths.commentary_dir("Oslo", 2019), "dato: 2020-01-20\noffentlig: 2020-02-03\n")
    last = _last_render(tmp_path / "run", "3. februar 2020")
    refuse = finality.refuse_unchecked_public_date
    refuse(last, district="Oslo", year=2019, public=True)  # the date the build checked
    _dato(paths.commentary_dir("Oslo", 2019), "dato: 2020-01-20\n")  # now the last answer day
    with pytest.raises(KlagerapportError) as info:
        refuse(last, district="Oslo", year=2019, public=True)
    message = str(info.value)
    assert "dato.yml" in message and "20. januar 2020" in message and "3. februar 2020" in message
    assert "klagerapport build --utgave offentlig" in message
    refuse(last, district="Oslo", year=2019, public=False)  # the internal edition: no such rule
    # a folder whose last render printed no date (a draft without dato.yml), or none at all
    for missing in (_last_render(tmp_path / "utkast", None), tmp_path / "ingen" / "_rapport.yml"):
        with pytest.raises(KlagerapportError, match="ingen dato"):
            refuse(missing, district="Oslo", year=2019, public=True)
    shutil.rmtree(paths.commentary_dir("Oslo", 2019))  # no date set: a provisional one, public
    refuse(last, district="Oslo", year=2019, public=True)
