"""The national scope is what the data covers: a national report needs all 12 police districts,
or is built, with --delvis, as a partial report that says in its title and on page 1 which
districts are missing (never «Hvert av de 1 politidistriktene …» as if national)."""

from __future__ import annotations

import pytest
from casefiles import fixtures, row, write_csv

from klagerapport import districts
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import validate
from klagerapport.publish import comparison_captions, text
from klagerapport.sections.comparison import comparison
from klagerapport.sections.received import received

data_dir, store_dir = fixtures()
TEN = "Øst, Innlandet, Sør-Øst, Agder, Sør-Vest, Møre og Romsdal, Trøndelag, Nordland, Troms"


def two_districts(data_dir):
    rows = [row(saksnr="1"), row(saksnr="2", distrikt="Vest"), row(saksnr="3", distrikt="Vest")]
    return write_csv(data_dir, rows)


def test_national_report_over_two_districts_is_refused_naming_the_missing_ten(data_dir, store_dir):
    path = two_districts(data_dir)
    with pytest.raises(KlagerapportError) as info:
        validate.load_validated(path, year=2019, district="Norge")
    message = str(info.value)
    assert "alle 12 politidistriktene" in message
    assert f"bare 2 av 12 politidistrikter; de mangler {TEN} og Finnmark" in message
    assert "--delvis" in message


def test_partial_national_report_is_built_with_a_warning(data_dir, store_dir):
    result = validate.load_validated(two_districts(data_dir), year=2019, district="Norge",
                                     partial=True)  # fmt: skip
    assert len(result.cases) == 3
    (warning,) = [w for w in result.warnings if w.startswith("Delrapport for Norge")]
    assert f"mangler {TEN} og Finnmark" in warning


def test_every_district_present_needs_no_flag(data_dir, store_dir):
    rows = [row(saksnr=str(i), distrikt=d.name) for i, d in enumerate(districts.police_districts())]
    result = validate.load_validated(write_csv(data_dir, rows), year=2019, district="Norge")
    assert not [w for w in result.warnings if "Delrapport" in w]


def test_partial_heading_on_page_one_and_in_the_title(data_dir, store_dir):
    cases = validate.load_validated(two_districts(data_dir)).cases
    heading = received(cases, year=2019, district="Norge").values["district"]
    assert heading.raw == "Norge"
    assert (
        heading.text == f"Hele landet, delvis: 2 av 12 politidistrikter (mangler {TEN} og Finnmark)"
    )
    assert text.district_heading("Norge") == "Hele landet (alle politidistrikter)"
    assert received(cases, year=2019, district="Oslo").values["district"].text == "Oslo"


def test_comparison_says_which_districts_it_has_not_each_of_the_twelve(data_dir, store_dir):
    cases = validate.load_validated(two_districts(data_dir)).cases
    sentence = comparison(cases, year=2019, district="Norge").values["comparison.scope_sentence"]
    assert sentence.text.startswith(
        "Bare 2 av de 12 politidistriktene finnes i dataene (Oslo og Vest)"
    )
    assert f"Dataene mangler {TEN} og Finnmark: summen er ikke hele landet." in sentence.text
    assert "Hvert av de" not in sentence.text
    tables = comparison(cases, year=2019, district="Norge").tables
    for table in tables.values():  # the last row is the two districts' sum, and says so
        assert [r[0] for r in table.rows] == [
            "Oslo", "Vest", "Norge, delvis (2 av 12 politidistrikter)",
        ]  # fmt: skip
    assert tables["sammenligning"].caption == (
        "Klagesaker 2019 per politidistrikt og for hele landet, delvis (2 av 12 "
        "politidistrikter): antall og saksbehandlingstid"
    )
    full = comparison_captions.comparison_scope_sentence(
        [d.name for d in districts.police_districts()], []
    )
    assert full == "Hvert av de 12 politidistriktene og hele landet, side om side."


def test_the_national_page_prints_the_scope_sentence_not_a_count_of_districts():
    from klagerapport import paths

    page = (paths.REPORT_DIR / "nasjonalt.qmd").read_text(encoding="utf-8")
    assert "{{< var comparison.scope_sentence >}}" in page
    assert "Hvert av de {{< var comparison.districts" not in page


def test_batch_asked_for_norge_over_two_districts_refuses_before_building(
    data_dir, store_dir, tmp_path
):
    from klagerapport.pipeline import batch

    lines: list[str] = []
    with pytest.raises(KlagerapportError) as info:
        batch.build_batch(districts="Oslo,Vest", years="2019", data=two_districts(data_dir),
                          out=tmp_path / "out", render=False, national=True, workers="thread",
                          kernels="plain", log=lines.append)  # fmt: skip
    assert f"dataene mangler 2019: {TEN} og Finnmark" in str(info.value)
    assert not (tmp_path / "out").exists()


def test_build_of_norge_over_two_districts_is_refused(data_dir, store_dir, tmp_path):
    from klagerapport.pipeline import run

    with pytest.raises(KlagerapportError, match="--delvis"):
        run.build_report(year=2019, district="Norge", data=two_districts(data_dir),
                         out=tmp_path / "norge", render=False, kernels="plain",
                         log=lambda line: None)  # fmt: skip
    assert not (tmp_path / "norge" / "values.json").exists()


def test_validate_norge_says_so_and_delvis_makes_it_a_warning(data_dir, store_dir):
    from typer.testing import CliRunner

    from klagerapport.cli import app

    path = str(two_districts(data_dir))
    refused = CliRunner().invoke(app, ["validate", "--data", path, "--year", "2019",
                                       "--district", "Norge"])  # fmt: skip
    assert refused.exit_code == 1 and "--delvis" in refused.stderr
    partial = CliRunner().invoke(app, ["validate", "--data", path, "--year", "2019",
                                       "--district", "Norge", "--delvis"])  # fmt: skip
    assert partial.exit_code == 0, partial.output
    assert "Delrapport for Norge" in partial.stdout


def _captions(cases, district):
    """Every table caption, chart caption and alt text of the sections that name the scope."""
    from klagerapport.sections.decisions import decisions
    from klagerapport.sections.development import development
    from klagerapport.sections.discrimination import discrimination
    from klagerapport.sections.grounds import grounds
    from klagerapport.sections.handling_time import handling_time

    out = []
    for section in (decisions, grounds, handling_time, development, discrimination):
        result = section(cases, year=2019, district=district)
        out += [t.caption for t in result.tables.values()]
        out += [c.caption for c in result.charts.values()] + [c.alt for c in result.charts.values()]
    return out


def test_partial_national_captions_say_what_the_report_covers(data_dir, store_dir):
    cases = validate.load_validated(two_districts(data_dir)).cases
    said = _captions(cases, "Norge")
    assert "Mottatte klagesaker hele landet, delvis (2 av 12 politidistrikter) 2019 etter " \
        "avgjørelseskode" in said  # fmt: skip
    assert "Klagesaker behandlet i hele landet, delvis (2 av 12 politidistrikter) per år" in said
    assert not [c for c in said if "alle politidistrikter" in c]
    scoped = [c for c in said if "politidistrikt" in c]
    assert len(scoped) >= 9 and all("delvis (2 av 12 politidistrikter)" in c for c in scoped)


def test_full_national_and_district_captions_are_unchanged(data_dir, store_dir):
    rows = [row(saksnr=str(i), distrikt=d.name) for i, d in enumerate(districts.police_districts())]
    cases = validate.load_validated(write_csv(data_dir, rows)).cases
    said = _captions(cases, "Norge")
    assert "Mottatte klagesaker alle politidistrikter 2019 etter avgjørelseskode" in said
    assert "Klagesaker behandlet i alle politidistrikter per år" in said
    assert not [c for c in said if "delvis" in c]
    oslo = _captions(cases, "Oslo")
    assert "Mottatte klagesaker Oslo politidistrikt 2019 etter avgjørelseskode" in oslo
    assert "Mottatte klagesaker Oslo 2019 etter grunnlag" in oslo
    assert not [c for c in oslo if "delvis" in c or "alle politidistrikter" in c]
