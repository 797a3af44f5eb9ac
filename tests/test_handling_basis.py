"""Handling time compared on one basis: each year's cases as known the same number of days after
the year's end, so that a year whose slow cases are still open is not compared with a year whose
slow cases have all been decided (which prints «nedgang» every year on unchanged data)."""

from __future__ import annotations

import pandas as pd
import pytest
from factories import case, frame

from klagerapport import paths, settings
from klagerapport.sections import registry
from klagerapport.stats import measures


def same_every_year(last_day: str = "2020-01-20") -> pd.DataFrame:
    """2018 and 2019 alike: cases answered in 10, 20 and 30 days, and one received 1 November
    answered after 100 days (9 February). The data ends `last_day` (an open case received
    then), so the slow 2019 case is still open in it while the 2018 one is long decided."""
    rows = []
    for year in (2018, 2019):
        for days in (10, 20, 30):
            start = pd.Timestamp(f"{year}-03-01")
            rows.append(case(str(start.date()), str((start + pd.Timedelta(days=days)).date())))
        slow = pd.Timestamp(f"{year}-11-01") + pd.Timedelta(days=100)
        rows.append(
            case(f"{year}-11-01", str(slow.date()) if slow <= pd.Timestamp(last_day) else None)
        )
    rows.append(case(last_day))  # received the day the export was made: open
    return frame(*rows)


def handling(cases, **options):
    return registry.functions()["handling_time"](cases, year=2019, district="Oslo", **options)


def test_unchanged_data_gives_an_unchanged_figure_not_a_fall():
    result = handling(same_every_year())
    raw = {k: v.raw for k, v in result.values.items()}
    # 2019 as known on 20 January 2020; 2018 as known on 20 January 2019: the slow case of
    # either year is open then, so both means are (10 + 20 + 30) / 3.
    assert raw["handling_days.mean"] == 20.0
    assert raw["handling_days.mean_minus1"] == 20.0
    assert raw["handling_days.change_word"] == "uendret"
    assert raw["handling_days.n"] == 3 and raw["handling_days.n_minus1"] == 3
    assert raw["handling_days.within_deadline"] == raw["handling_days.within_deadline_minus1"]
    assert raw["handling_days.basis_date"] == "2020-01-20"
    note = result.tables["saksbehandlingstid"].note
    assert (
        "avsluttet innen 20 dager etter årsskiftet (for 2019: til og med 20. januar 2020)" in note
    )
    assert "Avsluttet senere og derfor ikke med: 1 mottatt i 2018." in note


def test_the_old_way_would_have_printed_a_fall():
    """The bias the basis removes, counted by hand: all decided cases of each year."""
    cases = same_every_year()
    assert measures.handling_days(cases, 2019).mean() == 20.0
    assert measures.handling_days(cases, 2018).mean() == pytest.approx((10 + 20 + 30 + 100) / 4)


def test_data_long_after_the_year_is_cut_at_the_configured_days(monkeypatch):
    cases = same_every_year(last_day="2021-06-30")  # both slow cases decided long ago
    # 9 February is 40 days after the year end, within the 90 of settings.yml: (10+20+30+100)/4
    assert handling(cases).values["handling_days.mean"].raw == 40.0
    monkeypatch.setitem(settings.rules(), "handling_basis_days", 30)
    result = handling(cases)
    assert result.values["handling_days.mean"].raw == 20.0  # 9 February is after 30 January
    assert result.values["handling_days.mean_minus1"].raw == 20.0
    assert "innen 30 dager etter årsskiftet" in result.tables["saksbehandlingstid"].note


def test_a_revised_figure_of_last_years_report_is_said(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "PUBLISHED", tmp_path)
    (tmp_path / "oslo-2018.yml").write_text("mean_handling_days: {2018: 18.3}\n", "utf-8")
    result = handling(same_every_year())
    assert result.values["handling_days.printed_mean_minus1"].raw == 18.3
    note = result.tables["saksbehandlingstid"].note
    assert (
        "Tallet for 2018 er revidert siden rapporten for 2018: den oppga 18,3 dager, på samme "
        "grunnlag som 2019 er det 20,0 dager."
    ) in note
    # the public edition's figures are the rounded cases' (publish/protection.py): a difference
    # from the internal report's printed mean is the rounding, so it names no revision
    public = handling(same_every_year(), utgave="offentlig").tables["saksbehandlingstid"].note
    assert "revidert" not in public
    assert "18,3" not in public and "1 mottatt i 2018" not in public  # no figure, no count


def test_an_unrevised_figure_says_nothing_of_revision(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "PUBLISHED", tmp_path)
    (tmp_path / "oslo-2018.yml").write_text("mean_handling_days: {2018: 20.0}\n", "utf-8")
    assert "revidert" not in handling(same_every_year()).tables["saksbehandlingstid"].note


def test_the_published_oslo_2019_report_is_on_this_basis():
    """The golden figures hold: the sample ends 20 January 2020 and every 2018 case was answered
    within 16 days of the year's end, so the basis leaves nothing out of either year."""
    from klagerapport.ingest import validate

    cases = validate.load_validated(paths.SAMPLE_DIR).cases
    result = handling(cases)
    assert result.values["handling_days.mean"].text == "16,7"
    assert result.values["handling_days.mean_minus1"].text == "18,9"
    assert "Avsluttet senere" not in result.tables["saksbehandlingstid"].note


def test_the_public_edition_hides_the_printed_figure_with_the_column_it_repeats(
    tmp_path, monkeypatch
):
    """Two cases in 2018: the public edition computes 2018's column from the rounded cases
    (publish/protection.py), and never prints or compares with the internal report's printed
    mean (a difference there would be the rounding, not a revision)."""
    monkeypatch.setattr(paths, "PUBLISHED", tmp_path)
    (tmp_path / "oslo-2018.yml").write_text("mean_handling_days: {2018: 15.0}\n", "utf-8")
    rows = [case("2018-03-01", "2018-03-11"), case("2018-04-01", "2018-04-21")]
    rows += [case(f"2019-0{m}-01", f"2019-0{m}-15") for m in range(1, 7)]
    rows.append(case("2020-01-20"))
    cases = frame(*rows)
    internal = handling(cases).values
    assert internal["handling_days.printed_mean_minus1"].raw == 15.0
    assert internal["handling_days.mean_minus1"].raw == 15.0
    public = handling(cases, utgave="offentlig").values
    assert public["handling_days.mean_minus1"].raw != 15.0  # the rounded cases' mean
    assert public["handling_days.printed_mean_minus1"].raw is None
    assert "revidert" not in handling(cases, utgave="offentlig").tables["saksbehandlingstid"].note


def test_a_district_read_alone_takes_the_whole_exports_basis(tmp_path, monkeypatch):
    """A district's notebook reads only its rows; its handling time is still taken at the
    export's last day, so the national report's row for it (and the roll-up) agree."""
    from casefiles import row, write_csv

    from klagerapport.ingest import store, validate

    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")
    (tmp_path / "raw").mkdir()
    rows = [
        row(saksnr="1", mottatt="2018-12-20", avsluttet="2019-01-18"),  # Oslo, 2018
        row(saksnr="2", distrikt="Vest", mottatt="2018-12-20", avsluttet="2019-01-25"),
        row(saksnr="3", distrikt="Vest", mottatt="2019-12-01", avsluttet="2020-01-10"),
        row(saksnr="4", mottatt="2019-12-10", avsluttet="2020-01-30"),  # the export's last day
    ]
    processed = validate.load_validated(write_csv(tmp_path / "raw", rows)).processed
    assert store.last_day(processed) == pd.Timestamp("2020-01-30")
    vest = store.read_cases(processed, district="Vest")
    assert vest["avsluttet"].max() == pd.Timestamp("2020-01-10")  # Vest's own last day
    values = registry.functions()["handling_time"](vest, year=2019, district="Vest").values
    assert values["handling_days.basis_date"].raw == "2020-01-30"
    assert values["handling_days.n_minus1"].raw == 1  # answered 25 January 2019: within 30 days


def test_every_revised_figure_of_last_years_final_report_is_named(tmp_path, monkeypatch):
    """The build's record of last year's final report (pipeline/printed.py) holds mean,
    median, share within the deadline and n: each that now reads otherwise is named, with
    both values; one that reads the same is not."""
    monkeypatch.setattr(paths, "PUBLISHED", tmp_path)  # no committed record
    # 2018 now: 3 cases, 10, 20, 30 days: mean 20,0, median 20, 67 % within 28 days, n 3
    recorded = {"mean": 18.3, "median": 20.0, "within_deadline": 0.5, "n": 4}
    result = handling(same_every_year(), printed_minus1=recorded)
    note = result.tables["saksbehandlingstid"].note
    assert (
        "Tall for 2018 er revidert siden rapporten for 2018. På samme grunnlag som 2019 er "
        "gjennomsnittet 20,0 dager (den oppga 18,3 dager), andelen besvart innen fristen 67\xa0% "
        "(den oppga 50\xa0%) og antallet avsluttede klager 3 (den oppga 4)."
    ) in note
    assert "medianen" not in note  # 20 then, 20 now
    assert result.values["handling_days.printed_mean_minus1"].raw == 18.3
    same = {"mean": 20.0, "median": 20.0, "within_deadline": 2 / 3, "n": 3}
    assert (
        "revidert"
        not in handling(same_every_year(), printed_minus1=same).tables["saksbehandlingstid"].note
    )
    # a share printed as the same whole percent is not a revision (0,665 and 0,667: 67 %)
    close = {**same, "within_deadline": 0.665}
    assert (
        "revidert"
        not in handling(same_every_year(), printed_minus1=close).tables["saksbehandlingstid"].note
    )
    public = handling(same_every_year(), printed_minus1=recorded, utgave="offentlig")
    assert "revidert" not in public.tables["saksbehandlingstid"].note


def test_the_record_of_a_final_report_is_what_next_years_build_passes(tmp_path):
    from functools import partial

    from klagerapport.pipeline import printed, run

    plan_of = partial(settings.BuildPlan, data=paths.SAMPLE_DIR)

    out = tmp_path / "outputs"
    plan = plan_of(district="Troms", year=2021, out=out / "troms" / "2021", final=True)
    values = {"handling_days": {"mean": 25.1, "median": 19.0, "within_deadline": 0.62, "n": 109}}
    kept = printed.record(plan, values)
    assert kept == out / "publisert" / "troms" / "2021.json"
    following = plan_of(district="Troms", year=2022, out=out / "troms" / "2022")
    wanted = {"mean": 25.1, "median": 19.0, "within_deadline": 0.62, "n": 109}
    assert printed.last_year(following) == wanted
    assert run._options(following)["printed_minus1"] == wanted
    # a record written after the build (or batch) began is not last year's published report
    written = kept.stat().st_mtime
    assert printed.last_year(following.but(printed_before=written)) == {}
    assert printed.last_year(following.but(printed_before=written + 1)) == wanted
    # the first final report of a year is the published one: a later final build keeps it
    assert printed.record(plan, {"handling_days": {"mean": 30.0}}) is None
    assert printed.last_year(following) == wanted
    # a draft, a public edition and a folder not laid out <out>/<district>/<year> keep none
    for other in (
        plan_of(district="Troms", year=2020, out=out / "troms" / "2020"),
        plan_of(
            district="Troms", year=2020, out=out / "troms" / "2020-offentlig", final=True,
            utgave="offentlig",
        ),
        plan_of(district="Troms", year=2020, out=tmp_path / "elsewhere", final=True),
    ):  # fmt: skip
        assert printed.record(other, values) is None
    assert not (out / "publisert" / "troms" / "2020.json").exists()
    assert printed.last_year(plan_of(district="Troms", year=2021, out=out)) == {}
    # the handling-time notebook declares the parameter, so the section's reuse key has it
    handling_nb = next(s for s in run.discover(paths.NOTEBOOKS) if s.name == "handling_time")
    assert "printed_minus1" in run.section_parameters(handling_nb, {}, run._options(following))
