import csv
import io
import json

import pandas as pd
import pytest
from factories import case, frame, small_cases

from klagerapport import codes, sections, settings
from klagerapport.errors import KlagerapportError
from klagerapport.publish.captions import DECISION_HEADER
from klagerapport.publish.tables import Chart
from klagerapport.sections import registry

NB = "\u00a0"
SECRET = "Fritekst-HEMMELIG-4711"


@pytest.fixture
def cases():
    """2017: 1 case, 2018: 2 cases, 2019: 6 cases (one open, one decided in 2020).

    A free-text column and a case number travel along to prove they never reach an artifact.
    """
    rows = small_cases()
    return frame(
        *rows,
        fritekst=[SECRET] * len(rows),
        saksnr=[f"20199{i:05d}" for i in range(len(rows))],
    )


@pytest.fixture
def closed(cases):
    """The same cases with the open one closed on 10 Jan 2020."""
    out = cases.copy()
    last = out.index[-1]
    out.loc[last, "avsluttet"] = out.loc[last, "mottatt"].replace(year=2020, month=1, day=10)
    out.loc[last, "avgjorelse"] = "avvist"
    return out


def run(name, cases, year=2019, **options):
    return registry.functions()[name](cases, year=year, district="Oslo", **options)


def texts(result):
    return {k: v.text for k, v in result.values.items()}


def raws(result):
    return {k: v.raw for k, v in result.values.items()}


# ---------------------------------------------------------------- received


def test_received(cases):
    result = run("received", cases)
    raw, text = raws(result), texts(result)
    assert raw["district"] == "Oslo"
    assert text["year.current"] == "2019"
    assert text["year.minus12"] == "2007"
    assert text["year.next"] == "2020"
    assert raw["received.total"] == 6
    assert raw["received.minus1"] == 2
    assert raw["received.change"] == pytest.approx(2.0)
    assert text["received.change"] == f"200{NB}%"
    assert raw["received.change_word"] == "økning"
    assert raw["received.open"] == 1
    assert raw["received.all_decided_by"] is None
    assert text["received.all_decided_by"] == "ikke alle avsluttet"
    assert text["received.all_decided_sentence"] == (
        "Av klagene mottatt i 2019 var 1 fortsatt under behandling."
    )
    assert raw["decided.total"] == 4
    assert raw["decided.minus1"] == 3
    assert raw["decided.change_word"] == "økning"
    assert raw["decided.rank_word"] == "høyeste"
    assert raw["decided.first_year"] == 2017
    assert result.tables == {} and result.charts == {}


def test_received_all_decided_by_when_every_case_is_closed(closed):
    values = run("received", closed).values
    value = values["received.all_decided_by"]
    assert (value.raw, value.text) == ("2020-01-20", "20. januar 2020")
    assert values["received.all_decided_sentence"].text == (
        "Samtlige klager mottatt i 2019 var ferdigbehandlet 20. januar 2020."
    )


def test_received_sentence_for_a_year_without_cases(cases):
    text = run("received", cases, year=2021).values["received.all_decided_sentence"].text
    assert text == "Ingen klager ble mottatt i 2021."


def test_received_first_year_has_no_previous_data(cases):
    result = run("received", cases, year=2017)
    raw, text = raws(result), texts(result)
    assert raw["received.minus1"] is None
    assert text["received.minus1"] == "–"
    assert raw["received.change"] is None
    assert text["received.change"] == "–"
    assert raw["received.change_word"] == "ingen tidligere data"
    assert raw["decided.minus1"] is None
    assert raw["decided.change_word"] == "ingen tidligere data"


def test_received_rank_word_ranks_the_year_among_the_years_up_to_it(cases):
    # decided per year: 2017: 0, 2018: 3 (2019 is later, so it does not count for 2018)
    assert run("received", cases, year=2018).values["decided.rank_word"].raw == "høyeste"
    assert run("received", cases, year=2017).values["decided.rank_word"].raw == (
        "ingen tidligere data"
    )
    fewer = frame(
        *(case("2017-02-01", "2017-03-01") for _ in range(3)),
        *(case("2018-02-01", "2018-03-01") for _ in range(5)),
        *(case("2019-02-01", "2019-03-01") for _ in range(4)),
    )
    assert run("received", fewer).values["decided.rank_word"].raw == "nest høyeste"
    assert run("received", fewer).values["decided.change_word"].raw == "nedgang"


# ---------------------------------------------------------------- decisions


def test_decisions_values(cases):
    result = run("decisions", cases)
    raw, text = raws(result), texts(result)
    assert raw["decisions.kritikk.count"] == 3
    assert raw["decisions.kritikk.share"] == pytest.approx(3 / 6)
    assert text["decisions.kritikk.share"] == f"50{NB}%"
    assert raw["decisions.kritikk.etnisk"] == 1
    assert raw["decisions.kritikk.annen"] == 1
    assert raw["decisions.kritikk.minus1"] == 1
    assert raw["decisions.kritikk.minus1_share"] == pytest.approx(1 / 2)
    assert raw["decisions.avvist.count"] == 0
    assert raw["decisions.total"] == 6
    assert raw["decisions.etnisk"] == 2
    assert raw["decisions.annen"] == 2
    assert raw["decisions.open"] == 1
    assert raw["decisions.minus1_total"] == 2


def test_decisions_table_with_open_cases(cases):
    table = run("decisions", cases).tables["avgjorelse"]
    labels = [row[0] for row in table.text_rows()]
    assert labels == [c.label for c in codes.decisions()] + [codes.open_label(), "Total"]
    assert table.header == list(DECISION_HEADER)
    assert table.text_rows()[0] == ["Grunnlag for kritikk", "3", "1", "1"]
    assert table.text_rows()[-2] == [codes.open_label(), "1", "1", "0"]
    assert table.text_rows()[-1] == ["Total", "6", "2", "2"]
    assert table.caption == "Mottatte klagesaker Oslo politidistrikt 2019 etter avgjørelseskode"


def test_decisions_table_without_open_cases_has_no_open_row(closed):
    table = run("decisions", closed).tables["avgjorelse"]
    assert codes.open_label() not in [row[0] for row in table.rows]
    assert table.text_rows()[-1] == ["Total", "6", "2", "2"]


def test_decisions_without_previous_year(cases):
    raw = raws(run("decisions", cases, year=2017))
    assert raw["decisions.kritikk.minus1"] is None
    assert raw["decisions.kritikk.minus1_share"] is None
    assert raw["decisions.minus1_total"] is None


# ---------------------------------------------------------------- grounds


def test_grounds(cases):
    result = run("grounds", cases)
    raw, text = raws(result), texts(result)
    assert raw["grounds.adferd.count"] == 2
    assert raw["grounds.saksbehandling.count"] == 2
    assert raw["grounds.adferd_saksbehandling.count"] == 4
    assert raw["grounds.adferd_saksbehandling.share"] == pytest.approx(4 / 6)
    assert text["grounds.adferd_saksbehandling.share"] == f"67{NB}%"
    assert raw["grounds.adferd.etnisk"] == 1
    table = result.tables["grunnlag"]
    assert table.header[0] == "Antall saker"
    assert table.header[1] == "228.1 Adferd"
    assert [r[0] for r in table.text_rows()] == [
        "Uten diskriminering",
        "Med etnisk diskriminering",
        "Med annen diskriminering",
        "SUM",
    ]
    assert table.text_rows()[-1] == ["SUM", "2", "1", "0", "0", "2", "1"]


def test_grounds_chart_has_a_text_alternative_with_the_numbers(cases):
    chart = run("grounds", cases).charts["grunnlag"]
    assert "Adferd 2" in chart.alt and "Saksbehandling/service 2" in chart.alt
    assert "6 mottatte klagesaker" in chart.alt


# ---------------------------------------------------------------- handling time


def test_handling_time(cases):
    result = run("handling_time", cases)
    raw, text = raws(result), texts(result)
    assert raw["handling_days.mean"] == 14.8  # (10 + 28 + 1 + 4 + 31) / 5
    assert text["handling_days.mean"] == "14,8"
    assert raw["handling_days.mean_minus1"] == 22.5  # (14 + 31) / 2
    assert raw["handling_days.change_word"] == "nedgang"
    assert text["handling_days.change_sentence"] == (
        "(en nedgang fra 2018 da gjennomsnittet lå på 22,5 dager)"
    )
    assert text["handling_days.median"] == "10"
    assert raw["handling_days.deadline"] == 28
    assert raw["handling_days.within_deadline"] == pytest.approx(0.8)
    assert text["handling_days.within_deadline"] == f"80{NB}%"
    table = result.tables["saksbehandlingstid"]
    assert table.header == ["Saksbehandlingstid", "2018", "2019"]
    assert table.text_rows() == [
        ["Gjennomsnitt (dager)", "22,5", "14,8"],
        ["Median (dager)", "22,5", "10"],
        ["Andel besvart innen 28 dager", f"50{NB}%", f"80{NB}%"],
        ["Antall saker", "2", "5"],
    ]


def test_handling_time_deadline_option(cases):
    result = run("handling_time", cases, deadline_days=27)
    assert result.values["handling_days.within_deadline"].raw == pytest.approx(0.6)
    assert result.tables["saksbehandlingstid"].rows[2][0] == "Andel besvart innen 27 dager"


@pytest.mark.parametrize("bad", [0, -3, "fire uker"])
def test_handling_time_rejects_a_nonsense_deadline(cases, bad):
    with pytest.raises(KlagerapportError, match="svarfristen"):
        run("handling_time", cases, deadline_days=bad)


def test_handling_time_default_deadline_from_settings(cases):
    assert (
        run("handling_time", cases).values["handling_days.deadline"].raw
        == (settings.rules()["answer_deadline_days"])
    )
    assert (
        run("handling_time", cases, deadline_days="27").values["handling_days.deadline"].raw == 27
    )


def test_handling_time_first_year(cases):
    result = run("handling_time", cases, year=2017)
    assert result.values["handling_days.mean_minus1"].text == "–"
    assert result.values["handling_days.change_word"].raw == "ingen tidligere data"
    assert result.values["handling_days.change_sentence"].text == "(ingen tidligere data)"
    assert [r[1] for r in result.tables["saksbehandlingstid"].text_rows()] == ["–"] * 4


def test_handling_time_in_a_year_without_cases(cases):
    result = run("handling_time", cases, year=2021)
    assert result.values["handling_days.mean"].raw is None
    assert "Ingen avsluttede" in result.charts["saksbehandlingstid"].alt


# ---------------------------------------------------------------- development


def test_development_tables_newest_year_first(cases):
    result = run("development", cases)
    assert result.tables["utvikling"].header == ["Årstall", "Klagesaker"]
    # Oslo's row note (data/reference/notes/oslo.yml) marks 2017, the year of the merger
    assert result.tables["utvikling"].text_rows() == [["2019", "4"], ["2018", "3"], ["2017*", "0"]]
    assert "I 2017 ble OPD slått sammen" in result.tables["utvikling"].to_markdown()
    assert result.tables["etnisk-utvikling"].text_rows() == [
        ["2019", "1"],
        ["2018", "1"],
        ["2017", "0"],
    ]
    assert result.values["development.max_year"].raw == 2019
    assert set(result.charts) == {"utvikling", "etnisk-utvikling"}
    assert "2019: 4" in result.charts["utvikling"].alt


def test_development_years_never_get_a_thousands_separator():
    many = frame(*(case(f"{y}-01-01", f"{y}-02-01") for y in range(2007, 2020) for _ in range(3)))
    table = sections.development(many, year=2019, district="Oslo").tables["utvikling"]
    assert [r[0].rstrip("*") for r in table.text_rows()] == [str(y) for y in range(2019, 2006, -1)]
    assert "2 019" not in table.to_markdown() and f"2{NB}019" not in table.to_markdown()


# ---------------------------------------------------------------- units


def test_units(cases):
    result = run("units", cases)
    table = result.tables["enheter"]
    assert table.header == ["Enhet", "2017", "2018", "2019"]
    assert table.text_rows() == [
        ["Pass", "0", "1", "3"],
        ["Arrest", "0", "0", "2"],
        ["Ikke oppgitt", "1", "1", "1"],
        ["Sum", "1", "2", "6"],
    ]
    raw = raws(result)
    assert raw["units.pass.count"] == 3
    assert raw["units.pass.minus1"] == 1
    assert raw["units.pass.minus2"] == 0
    assert raw["units.ikke_oppgitt.count"] == 1


def test_units_before_the_data_starts(cases):
    result = run("units", cases, year=2018)
    assert result.values["units.pass.minus2"].text == "–"
    assert result.tables["enheter"].text_rows()[-1] == ["Sum", "–", "1", "2"]


def test_units_with_colliding_keys_fail_clearly():
    # Units are named by the reference list now (data/reference/units.yml), not the data:
    # a list whose names give the same value key is the error.
    bad = frame(case("2019-01-01", enhet="Pass"), case("2019-01-02", enhet="PASS"))
    with pytest.raises(KlagerapportError, match="samme verdinøkkel"):
        sections.units(bad, year=2019, district="Oslo", units=["Pass", "Pass!"])


# ---------------------------------------------------------------- discrimination


def test_discrimination(cases):
    result = run("discrimination", cases)
    raw = raws(result)
    assert raw["discrimination.etnisk.received"] == 2
    assert raw["discrimination.etnisk.decided"] == 1
    assert raw["discrimination.annen.received"] == 2
    assert raw["discrimination.annen.decided"] == 2
    assert raw["discrimination.etnisk.decided_minus1"] == 1
    assert raw["discrimination.etnisk.decided_minus2"] == 0
    assert raw["discrimination.etnisk.decided_minus3"] is None
    assert raw["discrimination.etnisk.decided_max_year"] == 2018
    table = result.tables["diskriminering"]
    assert table.header == ["Diskriminering", "Mottatt 2019", "Avgjort 2019"]
    assert table.text_rows() == [["K-etnisk", "2", "1"], ["K-disk", "2", "2"]]


# ---------------------------------------------------------------- artifacts


def test_no_value_key_is_defined_by_two_sections(cases):
    seen = {}
    for name in registry.functions():
        for key in run(name, cases).values:
            assert key not in seen, f"{key} in {seen.get(key)} and {name}"
            seen[key] = name


def test_table_markdown_and_csv(cases):
    table = run("decisions", cases).tables["avgjorelse"]
    md = table.to_markdown().splitlines()
    assert md[0].startswith("| Avgjørelseskode | Sum antall behandlede klager |")
    assert md[1] == "|:---|---:|---:|---:|"
    assert md[-1] == (
        ": Mottatte klagesaker Oslo politidistrikt 2019 etter avgjørelseskode {#tbl-avgjorelse}"
    )
    assert md[-2] == ""
    rows = list(csv.reader(io.StringIO(table.to_csv())))
    assert rows[0] == list(DECISION_HEADER)
    assert rows[2] == ["Uheldig, men ikke grunnlag for kritikk", "1", "0", "1"]


def test_csv_holds_raw_decimals_with_a_point_and_md_the_norwegian_text(cases):
    table = run("handling_time", cases).tables["saksbehandlingstid"]
    rows = list(csv.reader(io.StringIO(table.to_csv())))
    assert rows[1] == ["Gjennomsnitt (dager)", "22.5", "14.8"]
    assert rows[3] == ["Andel besvart innen 28 dager", "0.5", "0.8"]
    assert f"| Andel besvart innen 28 dager | 50{NB}% | 80{NB}% |" in table.to_markdown()


def test_save_writes_every_artifact_and_no_case_level_data(cases, tmp_path):
    written = []
    for name in registry.functions():
        written += run(name, cases).save(tmp_path)
    names = sorted(str(p.relative_to(tmp_path)) for p in written)
    for table in sections_tables():
        assert f"tables/{table}.csv" in names and f"tables/{table}.md" in names
    for fig in ("grunnlag", "saksbehandlingstid", "utvikling", "etnisk-utvikling"):
        for suffix in ("svg", "png", "md"):
            assert f"figures/{fig}.{suffix}" in names
    for name in registry.functions():
        assert f"values/{name}.json" in names
    received = json.loads((tmp_path / "values" / "received.json").read_text(encoding="utf-8"))
    assert received["received.total"] == {"value": 6, "text": "6"}
    for path in written:
        data = path.read_bytes()
        assert SECRET.encode() not in data, path
        assert b"201990000" not in data, path


def sections_tables():
    return (
        "avgjorelse",
        "grunnlag",
        "saksbehandlingstid",
        "utvikling",
        "etnisk-utvikling",
        "enheter",
        "diskriminering",
    )


def test_figure_markdown(cases):
    chart = run("handling_time", cases).charts["saksbehandlingstid"]
    md = chart.to_markdown("saksbehandlingstid")
    assert md.startswith(f"![{chart.caption}](figures/saksbehandlingstid.svg)")
    assert '{#fig-saksbehandlingstid fig-alt="Histogram over saksbehandlingstiden' in md
    assert "Gjennomsnitt 14,8 dager" in md


def test_figure_markdown_escapes_quotes():
    chart = Chart(figure=None, caption="C", alt='Et «sitat» og "anførsel"')
    assert 'fig-alt="Et «sitat» og \\"anførsel\\""' in chart.to_markdown("x")


def test_every_section_survives_a_single_year_of_data():
    one = frame(case("2019-06-01", "2019-06-20", "kritikk", enhet="Pass"), case("2019-07-01"))
    for name in registry.functions():
        result = run(name, one)
        for value in result.values.values():
            assert value.text  # every value reads as something, if only "–"


def test_sections_count_only_the_district_asked_for(cases):
    other = frame(case("2019-01-01", "2019-01-05", distrikt="Øst"))
    mixed = pd.concat([cases, other], ignore_index=True)
    assert sections.received(mixed, year=2019, district="Oslo").values["received.total"].raw == 6
    assert sections.received(mixed, year=2019, district="Øst").values["received.total"].raw == 1
    with pytest.raises(KlagerapportError, match="ingen saker for distrikt"):
        sections.received(mixed, year=2019, district="Vest")


def test_registry_finds_a_section_by_name(cases):
    spec = registry.by_name("units")
    assert spec.function(cases, year=2019, district="Oslo").section == "units"
    with pytest.raises(KlagerapportError, match="ukjent seksjon"):
        registry.by_name("nope")


def test_a_failed_reconciliation_stops_save(cases, tmp_path):
    result = run("decisions", cases)
    result.check("en kontroll som ikke holder", 1, 2)
    with pytest.raises(KlagerapportError, match="stemmer ikke: en kontroll som ikke holder"):
        result.save(tmp_path)
    assert not (tmp_path / "tables").exists()


def test_every_section_reconciles_and_names_its_populations(cases):
    for name in registry.functions():
        result = run(name, cases)
        assert result.populations["mottatt i 2019"] == 6
        assert all(c.ok for c in result.checks), name
    assert run("decisions", cases).checks


def test_show_displays_tables_figures_and_values_only(cases, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    run("grounds", cases).show()
    kinds = [type(obj).__name__ for obj in shown]
    # populations and reconciliations, a heading, the table, the chart's caption and SVG, values
    assert kinds == ["Markdown", "Markdown", "Markdown", "Markdown", "SVG", "Markdown"]
    assert "SUM-raden = mottatt" in shown[0].data and "FEIL" not in shown[0].data
    assert "{#tbl-grunnlag}" in shown[2].data
    assert "grounds.adferd.count" in shown[-1].data
    assert all(SECRET not in str(getattr(obj, "data", "")) for obj in shown)


def test_a_notebooks_last_call_shows_the_audit_first_and_saves(cases, tmp_path, monkeypatch):
    """`sections.show_and_save`: populations and reconciliations, then the tables, charts and
    values, then the files; a failed reconciliation stops right under the audit (the notebook
    shows the error there), before any table is shown or any file written."""
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    sections.show_and_save(run("grounds", cases), tmp_path / "ok")
    assert "### Avstemming" in shown[0].data and "{#tbl-grunnlag}" in shown[2].data
    assert (tmp_path / "ok" / "tables" / "grunnlag.csv").is_file()
    assert (tmp_path / "ok" / "values" / "grounds.json").is_file()
    shown.clear()
    result = run("grounds", cases)
    result.check("en kontroll som ikke holder", 1, 2)
    with pytest.raises(KlagerapportError, match="stemmer ikke: en kontroll som ikke holder"):
        sections.show_and_save(result, tmp_path / "feil")
    assert len(shown) == 1 and "| en kontroll som ikke holder | 1 | 2 | FEIL |" in shown[0].data
    assert not (tmp_path / "feil").exists()
