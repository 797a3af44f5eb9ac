"""Parsing the cells (ingest/parse.py) and the row rules (ingest/rules.py) at their boundaries,
on hand-made raw frames, without reading a file: every field of a bad cell's problem (an empty
case number, value and sheet are None, not ""), the note on Excel serial numbers (one and
several, three examples, the 1900 and 1904 systems), the texts of what is allowed, and the row
rules on frames lacking a column.

Each test is the one that fails when a boundary moves by one (found by `make mutation`); the
messages are compared whole, as the user reads them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from klagerapport import untrusted
from klagerapport.errors import Problem
from klagerapport.ingest import parse, rules
from klagerapport.ingest.read import SourceFile

GOOD = {
    "saksnr": "2019/1",
    "distrikt": "Oslo",
    "mottatt": "2019-03-01",
    "avsluttet": "2019-03-10",
    "avgjorelse": "kritikk",
    "grunnlag": "228.1",
    "diskriminering": "ingen",
    "enhet": "Pass",
}


def _source(*rows: dict, sheet=None, date1904=False, drop=()) -> SourceFile:
    """A read file whose raw cells are `rows` (GOOD with changes), rows numbered from 2."""
    cells = [{k: v for k, v in {**GOOD, **r}.items() if k not in drop} for r in rows]
    frame = pd.DataFrame(cells, dtype=object)
    frame["_row"] = range(2, len(rows) + 2)
    frame["_sheet"] = sheet
    return SourceFile(Path("f.xlsx"), "f.xlsx", "", frame=frame, date1904=date1904)


def _parsed(*rows: dict, **options) -> tuple[pd.DataFrame, list[Problem], SourceFile]:
    src = _source(*rows, **options)
    out, problems = parse.parse_source(src)
    return out, problems, src


def test_a_bad_cells_problem_names_row_column_value_allowed_case_and_sheet():
    _, problems, _ = _parsed({"grunnlag": "228.7", "saksnr": ""}, {}, sheet="Ark")
    assert problems == [
        Problem(
            "f.xlsx",
            "mangler verdi",
            row=2,
            column="saksnr",
            value=None,
            allowed=None,
            saksnr=None,
            sheet="Ark",
        ),
        Problem(
            "f.xlsx",
            "ukjent grunnlag",
            row=2,
            column="grunnlag",
            value="228.7",
            allowed=parse.allowed_grounds(),
            saksnr=None,
            sheet="Ark",
        ),
    ]
    _, problems, _ = _parsed({}, {"distrikt": "Gotham"})
    assert problems == [
        Problem(
            "f.xlsx",
            "ukjent politidistrikt",
            row=3,
            column="distrikt",
            value="Gotham",
            allowed=problems[0].allowed,
            saksnr="2019/1",
            sheet=None,
        )
    ]
    assert problems[0].allowed.startswith("Oslo, Øst, Innlandet, ")


def test_the_texts_of_what_is_allowed():
    assert parse.allowed_decisions() == (
        "kritikk, uheldig, ikke_grunnlag, ikke_avklart, avvist, overfort "
        "(eller hele teksten, f.eks. «Grunnlag for kritikk»)"
    )
    assert parse.allowed_grounds() == (
        "228.1, 228.2, 228.3, 228.4, 228.5, 228.9 "
        "(også skrevet med komma, 228,1, eller med teksten, «228.1 Adferd»)"
    )
    assert parse.allowed_discrimination() == "tom / ingen, etnisk / K-etnisk, annen / K-disk"


def test_excel_serial_numbers_are_noted_with_three_examples_one_or_many():
    out, problems, src = _parsed({"mottatt": 43525}, {})
    assert problems == [] and out["mottatt"].iloc[0] == pd.Timestamp("2019-03-01")
    assert src.notes == [
        "f.xlsx: 1 celle i «mottatt» er Excel-datotall og er lest som datoer (1900-systemet), "
        "f.eks. rad 2: 43525 = 1. mars 2019."
    ]
    serials = [{"mottatt": 43525 + d, "avsluttet": "43600"} for d in range(4)]
    _, problems, src = _parsed(*serials)
    assert problems == []
    assert src.notes == [
        "f.xlsx: 4 celler i «mottatt» er Excel-datotall og er lest som datoer (1900-systemet), "
        "f.eks. rad 2: 43525 = 1. mars 2019; rad 3: 43526 = 2. mars 2019; "
        "rad 4: 43527 = 3. mars 2019.",
        "f.xlsx: 4 celler i «avsluttet» er Excel-datotall og er lest som datoer (1900-systemet), "
        "f.eks. rad 2: 43600 = 15. mai 2019; rad 3: 43600 = 15. mai 2019; "
        "rad 4: 43600 = 15. mai 2019.",
    ]


def test_the_1904_system_is_named_in_the_note():
    out, _, src = _parsed({"mottatt": 43525, "avsluttet": "2023-03-10"}, date1904=True)
    assert out["mottatt"].iloc[0] == pd.Timestamp("2023-03-02")
    assert src.notes == [
        "f.xlsx: 1 celle i «mottatt» er Excel-datotall og er lest som datoer (1904-systemet), "
        "f.eks. rad 2: 43525 = 2. mars 2023."
    ]


def test_an_open_case_and_a_closed_one_with_its_decision_missing_or_open():
    _, problems, _ = _parsed(
        {"avsluttet": "", "avgjorelse": ""},
        {"avgjorelse": "Under behandling"},
        {"avsluttet": "", "avgjorelse": "Under behandling"},
    )
    assert [(p.row, p.column, p.message, p.value) for p in problems] == [
        (
            3,
            "avgjorelse",
            "saken er avsluttet (avsluttet er fylt ut), men avgjørelsen er «Under behandling»",
            "Under behandling",
        )
    ]


# ----------------------------------------------------------------------- row rules


def _frame(*rows: dict, drop=(), sheet=None) -> pd.DataFrame:
    out, _, _ = _parsed(*rows, drop=drop, sheet=sheet)
    return out.assign(_file=0)


def test_open_and_closed_rules_name_the_row_and_no_value():
    frame = _frame({"avsluttet": "", "saksnr": ""}, {"avgjorelse": ""}, {})
    assert rules.open_closed_problems(frame, ["f.xlsx"]) == [
        Problem(
            "f.xlsx",
            "mangler dato, men saken har en avgjørelse (en åpen sak har tom avgjørelse)",
            row=2,
            column="avsluttet",
        ),
        Problem(
            "f.xlsx",
            "mangler verdi, men saken er avsluttet (avsluttet er fylt ut)",
            row=3,
            column="avgjorelse",
            saksnr="2019/1",
        ),
    ]


def test_rules_on_a_file_without_the_columns_they_read_find_nothing():
    no_decision = _frame({}, drop=("avgjorelse",))
    assert "_avgjorelse_text" not in no_decision
    assert rules.open_closed_problems(no_decision, ["f.xlsx"]) == []
    no_closing = _frame({}, drop=("avsluttet",))
    assert "_closed" not in no_closing
    assert rules.open_closed_problems(no_closing, ["f.xlsx"]) == []
    assert rules.date_order_problems(no_closing, ["f.xlsx"]) == []
    assert rules.date_order_problems(_frame({}, drop=("mottatt",)), ["f.xlsx"]) == []
    assert rules.duplicate_problems(_frame({}, drop=("saksnr",)), ["f.xlsx"]) == []


def test_an_answer_before_the_complaint_names_both_dates_and_an_answer_the_same_day_is_fine():
    frame = _frame(
        {"avsluttet": "2019-02-28", "saksnr": ""},
        {"avsluttet": "2019-03-01"},
    )
    assert rules.date_order_problems(frame, ["f.xlsx"]) == [
        Problem(
            "f.xlsx",
            "avsluttet før mottatt",
            row=2,
            column="avsluttet",
            value="28.02.2019 er før mottatt 01.03.2019",
        )
    ]
    assert rules.date_order_problems(_frame({}), ["f.xlsx"]) == []
    # in a workbook's sheet, a case with its number: both named
    frame = _frame({}, {"avsluttet": "28.02.2019"}, sheet="Ark")
    frame["_file"] = 1  # the second file read
    assert rules.date_order_problems(frame, ["a.csv", "f.xlsx"]) == [
        Problem(
            "f.xlsx",
            "avsluttet før mottatt",
            row=3,
            column="avsluttet",
            value="28.02.2019 er før mottatt 01.03.2019",
            saksnr="2019/1",
            sheet="Ark",
        )
    ]


def _numbers(*pairs, files=None) -> pd.DataFrame:
    """Rows of (case number, row), Oslo, one sheet-less file unless `files` says which."""
    frame = pd.DataFrame(
        {
            "saksnr": [n for n, _ in pairs],
            "distrikt": "Oslo",
            "_row": [r for _, r in pairs],
            "_sheet": None,
        }
    )
    return frame if files is None else frame.assign(_file=files)


def test_duplicate_case_numbers_in_order_of_their_first_row_without_a_file_column():
    frame = _numbers(("B", 2), ("A", 3), ("B", 4), ("A", 5), ("C", 6))
    assert "_file" not in frame
    assert rules.duplicate_problems(frame, ["f.csv"]) == [
        Problem(
            "f.csv",
            "saksnummeret finnes flere ganger i distrikt Oslo: også rad 4",
            row=2,
            column="saksnr",
            value="B",
            saksnr="B",
        ),
        Problem(
            "f.csv",
            "saksnummeret finnes flere ganger i distrikt Oslo: også rad 5",
            row=3,
            column="saksnr",
            value="A",
            saksnr="A",
        ),
    ]


def test_a_case_number_in_two_exports_without_a_date_to_compare_says_mottatt_is_missing():
    frame = _numbers(("7", 2), ("7", 2), files=[0, 1])
    assert rules.duplicate_problems(frame, ["a.csv", "b.csv"]) == [
        Problem(
            "a.csv",
            "saksnummeret finnes i flere eksporter i distrikt Oslo, men er ikke samme sak "
            "(mottatt mangler). En sak som går igjen fra én eksport til den neste må ha samme "
            "mottatt-dato; rett datoen, eller gi sakene ulike saksnumre",
            row=2,
            column="saksnr",
            value="7",
            saksnr="7",
        )
    ]


def test_problems_without_a_row_come_first_and_other_columns_before_the_contracts():
    given = [
        Problem("f.csv", "x", row=1, column="saksnr"),
        Problem("f.csv", "x", row=None, column="enhet"),
        Problem("f.csv", "x", row=2, column="saksnr"),
        Problem("f.csv", "x", row=2, column="Merknad"),
    ]
    ordered = rules._sorted(given, ["f.csv"])
    assert [(p.row, p.column) for p in ordered] == [
        (None, "enhet"),
        (1, "saksnr"),
        (2, "Merknad"),
        (2, "saksnr"),
    ]


def test_a_duplicate_names_the_sheet_or_file_of_each_other_row_where_it_differs():
    frame = pd.DataFrame(
        {
            "saksnr": ["9", "9", "9", "9"],
            "distrikt": "Oslo",
            "_row": [2, 3, 4, 5],
            "_sheet": ["A", "B", "A", "A"],
            "_file": [0, 0, 1, 0],
        }
    )
    assert rules.duplicate_problems(frame, ["a.xlsx", "b.xlsx"]) == [
        Problem(
            "a.xlsx",
            "saksnummeret finnes flere ganger i distrikt Oslo: også rad 3 i ark «B», "
            "rad 4 i b.xlsx, rad 5",
            row=2,
            column="saksnr",
            value="9",
            saksnr="9",
            sheet="A",
        )
    ]


def test_a_file_without_case_numbers_has_empty_ones_not_a_shared_one():
    out, problems, _ = _parsed({"grunnlag": "228.7"}, {}, drop=("saksnr",))
    assert out["saksnr"].tolist() == ["", ""]
    assert [(p.column, p.saksnr) for p in problems] == [("grunnlag", None)]
    assert rules.duplicate_problems(out.assign(_file=0), ["f.xlsx"]) == []


def test_the_rows_of_several_files_are_numbered_once_across_them(tmp_path):
    from casefiles import GOOD, write_csv

    files = [write_csv(tmp_path, GOOD, name="a.csv"), write_csv(tmp_path, GOOD[:2], name="b.csv")]
    sources, frame, problems = parse.read_files(files)
    assert problems == [] and [s.path.name for s in sources] == ["a.csv", "b.csv"]
    assert frame.index.equals(pd.RangeIndex(5))
    assert frame["_file"].tolist() == [0, 0, 0, 1, 1]
    assert frame["_row"].tolist() == [2, 3, 4, 2, 3]


def test_open_and_closed_rules_skip_the_rows_of_a_file_lacking_one_of_the_columns():
    frame = pd.concat(
        [
            _frame({}, {"avsluttet": ""}, drop=("avgjorelse",)),
            _frame({"avgjorelse": ""}, drop=("avsluttet",)),
            _frame({}),
        ],
        ignore_index=True,
    )
    assert frame["_avgjorelse_text"].isna().sum() == 2 and frame["_closed"].isna().sum() == 1
    assert rules.open_closed_problems(frame, ["f.xlsx"]) == []


def test_problems_found_before_reading_are_reported_with_a_clean_file(tmp_path):
    from casefiles import GOOD, write_csv

    from klagerapport.errors import ValidationError

    before = Problem("x.bin", "kan ikke leses som CSV eller Excel")
    with pytest.raises(ValidationError) as info:
        rules.validate_files([write_csv(tmp_path, GOOD)], [before])
    assert info.value.problems == [before]
    frame, sources = rules.validate_files([write_csv(tmp_path, GOOD)], [])
    assert len(frame) == 3 and len(sources) == 1


def test_a_cell_that_cannot_be_read_exactly_is_one_problem_not_two(tmp_path):
    from casefiles import GOOD, row, write_csv

    from klagerapport.errors import ValidationError

    bad = row(grunnlag="228.1 BrÃ¸dre")  # UTF-8 read as Windows-1252: also an unknown ground
    with pytest.raises(ValidationError) as info:
        rules.validate_files([write_csv(tmp_path, [*GOOD, bad])])
    assert [(p.row, p.column, p.message[:27]) for p in info.value.problems] == [
        (5, "grunnlag", "teksten er feil tegnkodet (")
    ]


def test_the_first_files_notes_are_kept_when_overlapping_exports_add_one(tmp_path):
    from casefiles import GOOD, write_csv

    a = write_csv(tmp_path, [*GOOD, ("Sum", "", "", "", "", "", "", "")], name="a.csv")
    b = write_csv(tmp_path, GOOD[:1], name="b.csv")
    _, sources = rules.validate_files([a, b])
    notes = sources[0].notes
    assert len(notes) == 2 and notes[0] == f"{a}: 1 sumrad (rad 5) er ikke lest som saker."


def test_a_two_digit_year_is_named_with_the_formats_allowed():
    _, problems, _ = _parsed({"avsluttet": "10.03.19"})
    assert problems == [
        Problem(
            "f.xlsx",
            "tosifret årstall er tvetydig",
            row=2,
            column="avsluttet",
            value="10.03.19",
            allowed=parse.DATE_FORMATS,
            saksnr="2019/1",
        )
    ]


def test_a_file_without_mottatt_still_has_its_answers_read():
    out, problems, _ = _parsed({}, {"avsluttet": ""}, drop=("mottatt",))
    assert problems == [] and "mottatt" not in out
    assert out["avsluttet"].tolist()[0] == pd.Timestamp("2019-03-10")
    assert out["_closed"].tolist() == [True, False]


def test_an_implausible_year_is_named_with_the_years_and_formats_allowed():
    first, last = parse.year_range()
    _, problems, _ = _parsed({"mottatt": "03.01.1900"})
    assert problems == [
        Problem(
            "f.xlsx",
            f"urimelig årstall (tillatt {first}–{last})",
            row=2,
            column="mottatt",
            value="03.01.1900",
            allowed=parse.DATE_FORMATS,
            saksnr="2019/1",
        )
    ]


def test_the_open_label_is_an_empty_decision_of_an_open_case_and_an_error_for_a_closed_one():
    src = _source(
        {"avsluttet": "", "avgjorelse": "Under behandling"},
        {"avgjorelse": "Under behandling"},
    )
    src.frame.index = pd.Index([5, 9])  # the reader's rows need not be numbered from 0
    out, problems = parse.parse_source(src)
    assert out["_avgjorelse_text"].tolist() == ["", "Under behandling"]
    assert out["avgjorelse"].isna().all()
    assert problems == [
        Problem(
            "f.xlsx",
            "saken er avsluttet (avsluttet er fylt ut), men avgjørelsen er «Under behandling»",
            row=3,
            column="avgjorelse",
            value="Under behandling",
            allowed=parse.allowed_decisions(),
            saksnr="2019/1",
        )
    ]
    # a file without avsluttet: every case counts as open
    src = _source({"avgjorelse": "Under behandling"}, drop=("avsluttet",))
    src.frame.index = pd.Index([3])
    out, problems = parse.parse_source(src)
    assert problems == [] and out["_avgjorelse_text"].tolist() == [""]


def test_units_are_read_as_one_line_of_at_most_a_hundred_characters():
    """A run of whitespace in a label (a wrapped export's line break, a tab, a no-break space)
    is one space; the length is the name's after that; a control character that is not
    whitespace is refused, in the unit and in the district."""
    out, problems, _ = _parsed(
        {"enhet": " Pass "},
        {"enhet": ""},
        {"enhet": "Pass\nArrest"},
        {"enhet": "x" * 100},
        {"enhet": "x" * 101},
        {"distrikt": "Oslo\tVest"},
        {"enhet": "x" * 50 + "\r\n" + "x" * 49},  # 101 characters as written, 100 as read
        {"enhet": "x" * 50 + "\r\n" + "x" * 50},  # 101 as read
        {"enhet": "Pass\x1b[2J"},
        {"distrikt": "Os\x00lo"},
    )
    assert out["enhet"].iloc[0] == "Pass" and pd.isna(out["enhet"].iloc[1])
    assert out["enhet"].iloc[2] == "Pass Arrest"
    assert out["enhet"].iloc[6] == "x" * 50 + " " + "x" * 49
    assert [(p.row, p.column, p.message) for p in problems] == [
        (7, "distrikt", "ukjent politidistrikt"),  # «Oslo Vest»: read, and no district
        (11, "distrikt", "inneholder kontrolltegn"),
        (10, "enhet", "inneholder kontrolltegn"),
        (6, "enhet", "er lengre enn 100 tegn"),
        (9, "enhet", "er lengre enn 100 tegn"),
    ]
    assert "enhet" not in _parsed({}, drop=("enhet",))[0]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Hammerfest\npolitistasjon", "Hammerfest politistasjon"),  # Excel's Alt+Enter
        ("Hammerfest\r\n  politistasjon", "Hammerfest politistasjon"),  # a wrapped CSV field
        ("Hammerfest\tpolitistasjon", "Hammerfest politistasjon"),
        ("Hammerfest\u00a0politistasjon", "Hammerfest politistasjon"),  # no-break space
        ("Hammerfest\u202fpolitistasjon\u2028", "Hammerfest politistasjon"),
        ("Hammerfest\x0bpolitistasjon\x0c", "Hammerfest politistasjon"),  # VT (Word), FF
        ("\u0085Hammerfest\u3000politistasjon", "Hammerfest politistasjon"),
    ],
)
def test_a_run_of_whitespace_in_a_unit_name_is_one_space(written, read):
    out, problems, _ = _parsed({"enhet": written})
    assert problems == [] and out["enhet"].tolist() == [read]


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x1b", "\x1c", "\x1f", "\x7f", "\u202e", "\u2066", "\u200f", "\u061c"],
)
def test_a_control_character_that_is_not_whitespace_is_refused_and_echoed_escaped(char):
    """NUL, ESC, the ASCII information separators (whitespace to Python, not to a name), DEL
    and the bidi controls: refused, and the message shows each as its escape, on one line."""
    _, problems, _ = _parsed({"enhet": f"Pass\n{char}Arrest"})
    assert [(p.column, p.message, p.value) for p in problems] == [
        ("enhet", "inneholder kontrolltegn", f"Pass\n{char}Arrest")  # the value as written
    ]
    escape = untrusted.shown(char)
    assert escape.startswith("\\") and len(escape) in (4, 6)
    assert str(problems[0]).endswith(f"«Pass\\n{escape}Arrest»")
    assert "\n" not in str(problems[0]) and char not in str(problems[0])


# ------------------------------------------------------------------ date cells


def _dates(col: pd.Series, **options) -> list[tuple[str | None, str]]:
    dates, status = parse.parse_dates(col, **options)
    shown = [None if pd.isna(d) else d.date().isoformat() for d in dates]
    return list(zip(shown, status, strict=True))


def test_a_serial_number_is_read_in_the_1900_system_unless_told_1904():
    col = pd.Series([43525, "43525", "2019-03-01"], dtype=object)
    assert _dates(col) == [
        ("2019-03-01", "serial"),
        ("2019-03-01", "serial"),
        ("2019-03-01", "ok"),
    ]
    assert _dates(col, date1904=True)[:2] == [("2023-03-02", "serial")] * 2


def test_a_column_pandas_read_as_numbers_or_dates_is_read_as_its_cells():
    # Excel serial numbers as pandas reads a whole column of them (int64, float64), and a
    # column of dates (datetime64): the same dates as the same cells of an object column
    ints = pd.Series([43525, 43526], index=[4, 7])
    assert _dates(ints) == [("2019-03-01", "serial"), ("2019-03-02", "serial")]
    floats = pd.Series([43525.0, float("nan")])
    assert _dates(floats) == [("2019-03-01", "serial"), (None, "empty")]
    stamps = pd.Series([pd.Timestamp("2019-03-01"), pd.Timestamp("2019-03-02 13:30")])
    assert _dates(stamps) == [("2019-03-01", "ok"), ("2019-03-02", "ok")]


def test_date_cells_with_and_without_a_time_of_day_in_one_column():
    col = pd.Series([dt.date(2019, 1, 5), dt.datetime(2019, 1, 6, 13, 30), "7.1.2019"])
    assert _dates(col) == [("2019-01-05", "ok"), ("2019-01-06", "ok"), ("2019-01-07", "ok")]


# ------------------------------------------------------------- the spelling tables


def test_a_ground_key_reads_a_decimal_comma_and_the_label_as_words():
    assert parse.ground_key("228,1 - Adferd ") == "228.1 adferd"
    assert parse.ground_key(" 228.5 Saksbehandling/service") == "228.5 saksbehandling service"
    assert parse.ground_key("228,3") == "228.3"
    assert parse.ground_key("228.4 Manglende oppgivelse av ID") == (
        "228.4 manglende oppgivelse av id"
    )
    # the code and its label split by any run of whitespace, as a wrapped cell has them
    assert parse.ground_key("228,1\r\n\tAdferd") == "228.1 adferd"
    assert parse.ground_key("\u00a0228.9\u00a0Annet\n") == "228.9 annet"
    assert parse.ground_key("228.1\x1cAdferd") == "228.1\x1cAdferd"  # no space: no label


def test_grounds_are_read_in_every_spelling_of_an_export_and_nothing_else():
    cells = pd.Series(
        [
            "228.1",
            "228,2",
            "228.3 Brudd på taushetsplikt",
            "228,4 MANGLENDE OPPGIVELSE AV ID",
            "228.5 Saksbehandling / service",
            "228.9 annet",
            "None",
            "nan",
            "228",
            "Adferd",
            "228.1 Maktmisbruk",
        ]
    )
    read = parse.parse_grounds(cells).tolist()
    assert read[:6] == ["228.1", "228.2", "228.3", "228.4", "228.5", "228.9"]
    assert all(pd.isna(r) for r in read[6:])
    # exactly the codes and «code label», with a point or a comma
    keys = {k for k, code in parse.ground_spellings().items() if code == "228.1"}
    assert keys == {"228.1", "228.1 adferd"}


def test_two_codes_spelt_alike_in_codes_yml_stop_with_the_spelling_and_the_kind(monkeypatch):
    from klagerapport import codes
    from klagerapport.codes import Code
    from klagerapport.errors import KlagerapportError

    assert parse._table([("Kritikk", "kritikk"), ("KRITIKK ", "kritikk")], "decision") == {
        "kritikk": "kritikk"
    }
    monkeypatch.setattr(
        codes, "decisions", lambda: (Code("kritikk", "Kritikk"), Code("uheldig", "KRITIKK"))
    )
    with pytest.raises(KlagerapportError) as info:
        parse.decision_spellings()
    assert str(info.value) == "codes.yml: «KRITIKK» betyr to decision-koder"
    monkeypatch.setattr(
        codes,
        "discrimination",
        lambda: (
            Code("etnisk", "Med etnisk diskriminering", short="K-etnisk"),
            Code("annen", "Med annen diskriminering", short="K-disk", aliases=("k etnisk",)),
        ),
    )
    with pytest.raises(KlagerapportError) as info:
        parse.discrimination_spellings()
    assert str(info.value) == "codes.yml: «k etnisk» betyr to discrimination-koder"
