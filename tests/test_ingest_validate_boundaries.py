"""`klagerapport validate`'s summary (ingest/validate.py) at its boundaries, on results made by
hand: the counts per year received and decided (zeros where none), the marked year, the open
cases, the files, the ignored columns and the warnings, each line compared whole.

Each test is the one that fails when a boundary moves (`make mutation`).
"""

from __future__ import annotations

from pathlib import Path

from casefiles import canonical_cases as cases

from klagerapport import paths
from klagerapport.ingest import validate

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
