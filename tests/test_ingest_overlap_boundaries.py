"""Overlapping exports (ingest/overlap.py) at their boundaries, on hand-made frames: where a
version is (a sheet or none, an empty or missing sheet), one version is not "several exports",
and the message of what differs between versions, compared whole (a field missing, a value
missing, a field whose text column is missing, the unit whose value is never shown).

Each test is the one that fails when a boundary moves (`make mutation`).
"""

from __future__ import annotations

import pandas as pd

from klagerapport.ingest import overlap

NAMES = ["a.csv", "b.csv", "eksport.xlsx"]


def _row(**fields) -> pd.Series:
    return pd.Series(fields, dtype=object)


# ------------------------------------------------------------------ where a version is


def test_where_names_row_sheet_and_file():
    row = _row(_row=3, _file=2, _sheet="2019")
    assert overlap.where(row, NAMES) == "rad 3 i ark «2019» i eksport.xlsx"
    assert overlap.where(_row(_row=4.0, _file=1.0, _sheet="Ark 2"), NAMES) == (
        "rad 4 i ark «Ark 2» i b.csv"
    )


def test_where_names_no_sheet_for_a_csv_or_an_empty_or_missing_one():
    assert overlap.where(_row(_row=2, _file=0), NAMES) == "rad 2 i a.csv"
    assert overlap.where(_row(_row=2, _file=0, _sheet=""), NAMES) == "rad 2 i a.csv"
    assert overlap.where(_row(_row=2, _file=0, _sheet=None), NAMES) == "rad 2 i a.csv"
    assert overlap.where(_row(_row=2, _file=0, _sheet=float("nan")), NAMES) == "rad 2 i a.csv"


# ------------------------------------------------------------------ several exports


def test_one_version_is_not_in_several_exports():
    assert not overlap.in_several_exports(pd.DataFrame({"_x": ["a.csv\x00"]}))
    assert overlap.in_several_exports(pd.DataFrame({"_x": ["a.csv\x00", "b.csv\x00"]}))
    assert not overlap.in_several_exports(pd.DataFrame({"_x": ["a.csv\x00", "a.csv\x00"]}))
    three = pd.DataFrame({"_x": ["a.csv\x00", "b.csv\x00", "b.csv\x00"]})
    assert not overlap.in_several_exports(three)
    assert not overlap.in_several_exports(pd.DataFrame({"_y": ["a", "b"]}))


# ------------------------------------------------------------------ what differs


def _version(**fields) -> dict:
    """One version's fields: `name=(value, text)` a value and the export's text of it (the
    `_<name>_text` column), `name=value` a field without its text column."""
    out = {}
    for name, given in fields.items():
        if isinstance(given, tuple):
            out[name], out[f"_{name}_text"] = given
        else:
            out[name] = given
    return out


def _changes(*versions: dict) -> str:
    """What overlap.changes says of versions of one case, the n-th in NAMES[n] at row 2."""
    frame = pd.DataFrame(
        [{"_row": 2, "_file": i, **v} for i, v in enumerate(versions)], dtype=object
    ).reset_index(drop=True)
    return overlap.changes(frame, NAMES)


def test_identical_versions_have_no_change():
    same = _version(mottatt=("2019-01-01", "01.01.2019"), enhet="Vest")
    assert _changes(same, same) == ""


def test_each_changed_field_with_each_exports_value_the_fields_in_contract_order():
    a = _version(mottatt=("2019-01-01", "01.01.2019"), avgjorelse=("avvist", "Avvist"))
    b = _version(mottatt=("2019-01-02", "02.01.2019"), avgjorelse=("kritikk", "Kritikk"))
    assert _changes(a, b) == (
        "mottatt er «01.01.2019» i rad 2 i a.csv og «02.01.2019» i rad 2 i b.csv; "
        "avgjorelse er «Avvist» i rad 2 i a.csv og «Kritikk» i rad 2 i b.csv"
    )


def test_a_value_missing_in_one_version_is_a_change_shown_as_empty():
    a = _version(mottatt="2019-01-01", avsluttet=(None, ""))
    b = _version(mottatt="2019-01-01", avsluttet=("2019-05-01", "01.05.2019"))
    assert _changes(a, b) == "avsluttet er «(tom)» i rad 2 i a.csv og «01.05.2019» i rad 2 i b.csv"


def test_missing_values_of_any_kind_are_one_value():
    missing = [_version(avsluttet=(gone, "")) for gone in (None, float("nan"), pd.NaT)]
    assert _changes(*missing) == ""


def test_a_field_missing_from_the_frame_does_not_end_the_comparison():
    # no mottatt and no avsluttet column: avgjorelse is still compared
    a, b = _version(avgjorelse=("avvist", "avvist")), _version(avgjorelse=("kritikk", "kritikk"))
    assert _changes(a, b) == "avgjorelse er «avvist» i rad 2 i a.csv og «kritikk» i rad 2 i b.csv"


def test_a_field_without_its_text_column_or_the_unit_is_only_said_to_differ():
    # grunnlag has no _grunnlag_text here; the unit's value is never shown
    a = _version(grunnlag="adferd", diskriminering=("nei", "Nei"), enhet="Seksjon A")
    b = _version(grunnlag="vold", diskriminering=("ja", "Ja"), enhet="Seksjon B")
    assert _changes(a, b) == (
        "grunnlag er ulik; diskriminering er «Nei» i rad 2 i a.csv og «Ja» i rad 2 i b.csv; "
        "enhet er ulik"
    )


# ------------------------------------------------------------------ one version used


def _cases(*rows: tuple) -> pd.DataFrame:
    """Rows (saksnr, file, closed, avgjorelse), all of Oslo, mottatt 2019-01-01, row 2."""
    return pd.DataFrame(
        [
            {
                "saksnr": n,
                "distrikt": "Oslo",
                "mottatt": "2019-01-01",
                "avgjorelse": what,
                "_file": f,
                "_row": 2,
                "_closed": closed,
            }
            for n, f, closed, what in rows
        ]
    )


def _note(n: str, examples: str) -> str:
    return (
        f"{n} fantes i flere eksporter (samme saksnummer, distrikt og mottatt-dato); for hver er "
        "én versjon brukt: den avsluttede, eller den fra den siste filen (det siste arket). "
        f"F.eks. {examples}"
    )


def test_one_case_in_two_exports_is_one_note_compared_whole():
    frame = _cases(("1", 0, True, "avvist"), ("1", 1, True, "kritikk"))
    kept, notes = overlap.resolve(frame, NAMES)
    assert kept["avgjorelse"].tolist() == ["kritikk"]
    assert notes == [_note("1 sak", "rad 2 i a.csv og rad 2 i b.csv.")]


def test_the_decided_version_wins_else_the_last_export():
    frame = _cases(
        ("1", 0, True, "avvist"),
        ("2", 0, False, None),
        ("1", 1, False, None),
        ("2", 1, True, "kritikk"),
    )
    kept, notes = overlap.resolve(frame, NAMES)
    assert kept["avgjorelse"].tolist() == ["avvist", "kritikk"]
    pair = "rad 2 i a.csv og rad 2 i b.csv"
    assert notes == [_note("2 saker", f"{pair}; {pair}.")]


def test_the_examples_follow_the_files_order_not_the_case_numbers():
    frame = _cases(
        ("9", 0, True, "a"), ("1", 0, True, "b"), ("9", 1, True, "c"), ("1", 1, True, "d")
    )
    frame.loc[frame["saksnr"] == "1", "_row"] = 3
    _, notes = overlap.resolve(frame, NAMES)
    assert notes == [
        _note("2 saker", "rad 2 i a.csv og rad 2 i b.csv; rad 3 i a.csv og rad 3 i b.csv.")
    ]


def test_three_cases_are_all_shown_and_a_fourth_is_an_ellipsis():
    pair = "rad 2 i a.csv og rad 2 i b.csv"
    three = _cases(*[(str(n), f, True, "x") for f in (0, 1) for n in range(3)])
    assert overlap.resolve(three, NAMES)[1] == [_note("3 saker", "; ".join([pair] * 3) + ".")]
    four = _cases(*[(str(n), f, True, "x") for f in (0, 1) for n in range(4)])
    assert overlap.resolve(four, NAMES)[1] == [_note("4 saker", "; ".join([pair] * 3) + " …")]


def test_many_cases_each_keep_the_last_exports_version():
    # a stable sort: with hundreds of equally decided versions every later one still wins
    rows = [(str(n), f, n % 3 != 0, f"{f}") for f in (0, 1) for n in range(300)]
    kept, _ = overlap.resolve(_cases(*rows), NAMES)
    assert len(kept) == 300
    assert set(kept["avgjorelse"]) == {"1"}


def test_without_a_version_column_nothing_is_merged():
    frame = _cases(("1", 0, True, "avvist"), ("1", 1, True, "kritikk"))
    for column in ("saksnr", "mottatt", "_file"):
        kept, notes = overlap.resolve(frame.drop(columns=column), NAMES)
        assert len(kept) == 2 and notes == []


def test_a_version_without_mottatt_or_in_the_same_export_is_not_merged():
    undated = _cases(("1", 0, True, "avvist"), ("1", 1, True, "kritikk"))
    undated.loc[0, "mottatt"] = None
    assert len(overlap.resolve(undated, NAMES)[0]) == 2
    kept, notes = overlap.resolve(undated.assign(mottatt="2019-01-01", _file=0), NAMES)
    assert len(kept) == 2 and notes == []  # twice in one export: a duplicate, left for rules


# ------------------------------------------------------------------ the keys of a version


def test_keyed_rows_key_district_number_and_export():
    frame = pd.DataFrame(
        {
            "saksnr": ["1", None, "2", "3"],
            "distrikt": ["Sør-Øst", "Oslo", None, "Oslo"],
            "_file": [0, 0, 1, 1],
            "_sheet": ["2019", "2019", None, float("nan")],
        },
        index=[5, 6, 7, 8],
    )
    keyed = overlap.keyed_rows(frame)
    assert keyed.index.tolist() == [5, 7, 8]  # no case number: no key
    assert keyed["_d"].tolist() == ["sor-ost", "", "oslo"]
    assert keyed["_n"].tolist() == ["1", "2", "3"]
    assert keyed["_x"].tolist() == ["0\x002019", "1\x00", "1\x00"]


def test_keyed_rows_of_a_csv_without_sheet_or_district():
    frame = pd.DataFrame({"saksnr": ["1", "2"], "_file": [0, 1]}, index=[3, 4])
    keyed = overlap.keyed_rows(frame)
    assert keyed["_d"].tolist() == ["", ""]
    assert keyed["_x"].tolist() == ["0\x00", "1\x00"]
