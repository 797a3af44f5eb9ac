"""`klagerapport validate`'s summary (ingest/validate.py) at its boundaries, on results made by
hand: the counts per year received and decided (zeros where none), the marked year, the open
cases, the files, the ignored columns and the warnings, each line compared whole.

Each test is the one that fails when a boundary moves (`make mutation`).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pandas as pd
import pytest
from casefiles import GOOD, fixtures, row, write_csv
from casefiles import canonical_cases as cases

from klagerapport import paths
from klagerapport.errors import KlagerapportError, ValidationError
from klagerapport.ingest import validate

data_dir, store_dir = fixtures()

FRAME = cases(
    ("Oslo", "2018-12-31", "2019-01-02"),
    ("Oslo", "2019-05-01", None),
    ("Oslo", "2019-06-01", "2019-07-01"),
    ("Agder", "2020-01-01", "2021-03-01"),
)


def test_per_year_counts_received_and_decided_with_zeros_where_none():
    table = validate.per_year(FRAME)
    assert table.index.tolist() == [2018, 2019, 2020, 2021]
    assert table["mottatt"].tolist() == [1, 2, 1, 0]
    assert table["avsluttet"].tolist() == [0, 2, 0, 1]
    assert [str(t) for t in table.dtypes] == ["int64", "int64"]


def result(**manifest) -> validate.Validated:
    return validate.Validated(
        cases=FRAME,
        warnings=[],
        processed=paths.PROCESSED / "x-0123" / "cases.parquet",
        manifest={"source": "data/raw/x.csv", "files": [{}], "rows_kept": 1234, **manifest},
    )


def test_the_summary_line_by_line():
    done = result(ignored_columns=["navn", "fnr"], synthetic=True)
    done.warnings = ["ark \x1b[2J: noe"]
    assert validate.summary(done, 2019) == [
        "Data: data/raw/x.csv (1 fil, 1\u00a0234 saker, syntetiske data), lest og validert.",
        f"Lagret: {paths.shown(Path(done.processed))}",
        "Ignorerte kolonner: navn, fnr",
        "Saker i Agder per år (mottatt / avsluttet):",
        "  2020        1          0",
        "  2021        0          1",
        "Under behandling (ingen avsluttet-dato): 0",
        "Saker i Oslo per år (mottatt / avsluttet):",
        "  2018        1          0",
        "  2019        2          2  ◀",
        "Under behandling (ingen avsluttet-dato): 1",
        "Advarsler:",
        "  - ark \\x1b[2J: noe",
        "Ingen feil.",
    ]


def test_a_reused_store_of_several_files_without_extras():
    again = result(files=[{}, {}], rows_kept=2)
    again.reused = True
    lines = validate.summary(again, None)
    assert (
        lines[0] == "Data: data/raw/x.csv (2 filer, 2 saker), gjenbrukt (kildefilene er uendret)."
    )
    assert lines[2] == "Saker i Agder per år (mottatt / avsluttet):"
    assert not any("◀" in line for line in lines)
    assert lines[-1] == "Ingen feil." and "Advarsler:" not in lines
    bare = validate.Validated(FRAME, [], again.processed, {})
    assert validate.summary(bare, None)[0] == "Data: None (0 filer, 0 saker), lest og validert."


# -- the units warning: counts in words, never the text --------------------------------------

UNITS_LINE = "finnes ikke i data/reference/units.yml og telles som «Andre enheter»"


def with_units(*units: str | None):
    frame = cases(*[("Oslo", "2019-01-02", None)] * len(units))
    frame["enhet"] = pd.array(list(units), dtype="string")
    return frame


def test_units_warning_one_value_one_case_in_the_singular():
    frame = with_units("Pass", "Ukjent avsnitt", None, " passkontoret ")
    assert validate._units_warning(frame, "Oslo") == [
        f"1 verdi i kolonnen enhet (1 sak) {UNITS_LINE}"
    ]


def test_units_warning_counts_spellings_once_and_every_case():
    frame = with_units("Ukjent", "UKJENT ", "Annet sted", "ukjent", "Pass")
    assert validate._units_warning(frame, "Oslo") == [
        f"2 verdier i kolonnen enhet (4 saker) {UNITS_LINE}"
    ]


def test_no_units_warning_when_every_unit_is_listed_or_empty():
    assert (
        validate._units_warning(with_units("Pass", "Arrest", "sentralarresten", None), "Oslo") == []
    )
    assert validate._units_warning(with_units(None, None), "Oslo") == []


def test_no_units_warning_without_a_district_or_without_the_column():
    assert validate._units_warning(with_units("Ukjent"), None) == []
    assert validate._units_warning(with_units("Ukjent").drop(columns="enhet"), "Oslo") == []


def test_units_warning_of_a_district_without_a_list_counts_every_unit():
    frame = with_units("Pass", "Arrest")
    assert validate._units_warning(frame, "Agder") == [
        f"2 verdier i kolonnen enhet (2 saker) {UNITS_LINE}"
    ]


# -- load_validated: the store's reuse and every warning, in their order ----------------------

TITLE = "Klager på politiet 2019"  # a title row above the header: a note of what was left out


def note(path: Path) -> str:
    return f"{paths.shown(path)}: 1 tittel- eller tom rad over overskriften (rad 1) er hoppet over."


def export(folder: Path, rows, name: str = "klager.csv") -> Path:
    path = write_csv(folder, rows, name=name)
    path.write_bytes(f"{TITLE}\r\n".encode() + path.read_bytes())
    return path


MIXED = (
    *GOOD,  # Oslo: two decided in 2019, one received 20 December 2019 still open
    row(saksnr="2019/0200", distrikt="Vest"),
    row(saksnr="2019/0201", enhet="Ukjent avsnitt"),
)


@pytest.fixture
def frozen(monkeypatch):
    """Today is 25 January 2019: the case decided 28 January is in the future."""
    monkeypatch.setattr(validate, "today", lambda: dt.date(2019, 1, 25))


def test_the_store_is_written_once_then_reused_with_the_same_cases_and_notes(
    data_dir, store_dir, frozen
):
    path = export(data_dir, MIXED)
    first = validate.load_validated(path, year=2019, district="Oslo")
    assert first.reused is False
    assert first.processed.is_file() and first.processed.is_relative_to(store_dir)
    again = validate.load_validated(path, year=2019, district="Oslo")
    assert again.reused is True
    assert again.processed == first.processed
    assert again.manifest == first.manifest
    assert again.warnings == first.warnings
    pd.testing.assert_frame_equal(again.cases, first.cases)
    pd.testing.assert_series_equal(again.all_districts, first.all_districts)
    assert sorted(p.name for p in store_dir.rglob("cases.parquet")) == ["cases.parquet"]


def test_every_warning_in_order_notes_districts_year_open_future_units(data_dir, store_dir, frozen):
    path = export(data_dir, MIXED)
    result = validate.load_validated(path, year=2019, district="Oslo")
    assert result.warnings == [
        note(path),
        "1 rad fra andre distrikter enn Oslo er utelatt: Vest (1).",
        "1 sak mottatt i 2019 er fortsatt under behandling.",
        "1 sak har avsluttet-dato etter dagens dato (25. januar 2019): 28. januar 2019.",
        f"1 verdi i kolonnen enhet (1 sak) {UNITS_LINE}",
    ]
    assert result.cases["distrikt"].tolist() == ["Oslo"] * 4
    assert result.all_districts.to_dict() == {"Oslo": 4, "Vest": 1}
    assert result.manifest["rows_kept"] == 5


def test_without_a_year_no_year_warnings_and_without_a_district_every_case(
    data_dir, store_dir, frozen
):
    path = export(data_dir, MIXED)
    no_year = validate.load_validated(path, district="Oslo")
    assert no_year.warnings == [
        note(path),
        "1 rad fra andre distrikter enn Oslo er utelatt: Vest (1).",
        "1 sak har avsluttet-dato etter dagens dato (25. januar 2019): 28. januar 2019.",
        f"1 verdi i kolonnen enhet (1 sak) {UNITS_LINE}",
    ]
    everything = validate.load_validated(path, year=2019)
    assert everything.warnings == [
        note(path),
        "1 sak mottatt i 2019 er fortsatt under behandling.",
        "1 sak har avsluttet-dato etter dagens dato (25. januar 2019): 28. januar 2019.",
    ]
    assert len(everything.cases) == 5
    assert everything.all_districts.to_dict() == {"Oslo": 4, "Vest": 1}


def test_a_year_the_district_lacks_is_checked_on_the_districts_cases(data_dir, store_dir):
    path = write_csv(
        data_dir,
        [
            *GOOD,
            row(saksnr="2020/0001", distrikt="Vest", mottatt="2020-01-02", avsluttet="2020-01-20"),
        ],
    )
    with pytest.raises(
        KlagerapportError, match=r"^Ingen saker mottatt eller avsluttet i 2020 for distrikt Oslo\."
    ):
        validate.load_validated(path, year=2020, district="Oslo")
    assert validate.load_validated(path, year=2020).warnings == []


def test_the_national_scope_needs_every_police_district_unless_partial(data_dir, store_dir):
    path = export(data_dir, GOOD[:2])  # a title row: a note before the partial report's warning
    with pytest.raises(KlagerapportError, match=r"^Den nasjonale rapporten \(Norge\) skal dekke"):
        validate.load_validated(path, year=2019, district="Norge")
    partial = validate.load_validated(path, year=2019, district="Norge", partial=True)
    title, first, units_line = partial.warnings
    assert title == note(path)
    assert first.startswith("Delrapport for Norge: dataene har saker mottatt i 2019 fra bare 1 av")
    assert units_line == f"1 verdi i kolonnen enhet (1 sak) {UNITS_LINE}"  # Norge has no list
    # without a year, or for one district, nothing asks for the other districts
    assert len(validate.load_validated(path, district="Norge").cases) == 2
    assert validate.load_validated(path, year=2019, district="Oslo").warnings == [note(path)]


def test_a_file_the_folder_cannot_read_stops_a_stored_run_too(data_dir, store_dir):
    write_csv(data_dir, GOOD)
    assert validate.load_validated(data_dir).reused is False
    assert validate.load_validated(data_dir).reused is True
    (data_dir / "klager-2018.ods").write_bytes(b"PK")
    with pytest.raises(ValidationError) as info:
        validate.load_validated(data_dir)
    [problem] = info.value.problems
    assert problem.file.endswith("klager-2018.ods") and "«.ods» kan ikke leses" in problem.message


def test_a_changed_file_is_read_again_into_a_new_snapshot(data_dir, store_dir):
    path = write_csv(data_dir, GOOD)
    first = validate.load_validated(path)
    write_csv(data_dir, GOOD[:2])
    second = validate.load_validated(path)
    assert second.reused is False and len(second.cases) == 2
    assert second.processed != first.processed


# -- validate_command: the parameters line, then the summary of what it was given -------------


def test_the_command_takes_config_yml_and_says_so(data_dir, store_dir, config, capsys):
    path = write_csv(data_dir, [*GOOD, row(saksnr="2019/0200", distrikt="Vest")])
    config.write_text(f"district: oslo\nyear: 2018\ndata: {path}\n", encoding="utf-8")
    assert validate.validate_command() == 0
    lines = capsys.readouterr().out.splitlines()
    shown = paths.shown(config)
    assert lines[0] == (
        f"Parametere: distrikt=Oslo (fra {shown}), år=alle år i dataene, "
        f"data={paths.shown(path)} (fra {shown})"
    )
    assert lines[1].startswith("Data: ") and lines[1].endswith(
        "(1 fil, 4 saker), lest og validert."
    )
    assert "  2019        3          2" in lines  # every year checked: no year marked
    assert "Saker i Vest per år (mottatt / avsluttet):" not in lines
    assert lines[-3:] == [
        "Advarsler:",
        "  - 1 rad fra andre distrikter enn Oslo er utelatt: Vest (1).",
        "Ingen feil.",
    ]


def test_the_command_passes_on_every_option_given(data_dir, store_dir, config, capsys):
    path = write_csv(data_dir, GOOD[:2])
    config.write_text("district: Vest\nyear: 2017\ndata: finnes/ikke\n", encoding="utf-8")
    assert validate.validate_command(data=path, year=2019, district="norge", partial=True) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Parametere: distrikt=Norge, år=2019, data={paths.shown(path)}"
    assert lines[1].endswith("(1 fil, 2 saker), lest og validert.")
    assert "  2019        2          2  ◀" in lines
    assert lines[lines.index("Advarsler:") + 1].startswith("  - Delrapport for Norge: ")
    with pytest.raises(KlagerapportError, match="skal dekke alle 12"):
        validate.validate_command(data=path, year=2019, district="Norge")
    assert capsys.readouterr().out.startswith("Parametere: distrikt=Norge, år=2019")


def test_a_data_file_reached_by_a_link_is_stored_and_reused_under_the_links_name(
    data_dir, store_dir
):
    real = write_csv(data_dir, GOOD, name="eksport-2019.csv")
    link = data_dir / "klager.csv"
    link.symlink_to(real)
    first = validate.load_validated(link)
    assert first.reused is False and first.manifest["files"][0]["name"] == "klager.csv"
    again = validate.load_validated(link)
    assert again.reused is True and again.processed == first.processed


def test_the_parameters_are_on_the_terminal_before_the_data_is_read(
    data_dir, store_dir, config, monkeypatch
):
    class Terminal(io.StringIO):
        shown = ""  # what a flush has put on the screen

        def flush(self):
            self.shown = self.getvalue()

    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    real = validate.load_validated
    seen = []

    def load(*args, **kwargs):
        seen.append(terminal.shown)
        return real(*args, **kwargs)

    monkeypatch.setattr(validate, "load_validated", load)
    path = write_csv(data_dir, GOOD)
    assert validate.validate_command(data=path, year=2019, district="Oslo") == 0
    assert seen == [f"Parametere: distrikt=Oslo, år=2019, data={paths.shown(path)}\n"]


def test_a_stored_manifest_without_notes_has_none_to_warn_of(data_dir, store_dir):
    path = write_csv(data_dir, GOOD)
    first = validate.load_validated(path)
    stored = first.processed.parent / "manifest.json"
    manifest = json.loads(stored.read_text(encoding="utf-8"))
    del manifest["notes"]
    stored.write_text(json.dumps(manifest), encoding="utf-8")
    again = validate.load_validated(path)
    assert again.reused is True and again.warnings == []
