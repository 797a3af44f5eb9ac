"""Finding and reading case files (ingest/read.py) at their boundaries: which files a path
means and which a folder cannot read, each message whole; the size limit at its edge; a long
name shortened; the header texts and letters messages name columns by; what one file reads
into. Direct calls on small files, a few seconds in all (`make mutation`).
"""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from casefiles import GOOD, HEADER, row, write_csv, write_xlsx

from klagerapport import paths
from klagerapport.errors import KlagerapportError, Problem
from klagerapport.ingest import read

# -- names ----------------------------------------------------------------------------------------


def test_a_name_inside_the_project_is_relative_and_a_long_one_keeps_its_end(tmp_path):
    assert read.shown_name(paths.ROOT / "data" / "x.csv") == "data/x.csv"
    exact = tmp_path / ("a" * (80 - len(str(tmp_path)) - 1))
    assert read.shown_name(exact) == str(exact) and len(str(exact)) == 80
    longer = Path(str(exact) + "b.csv")
    assert read.shown_name(longer) == "…" + str(longer)[-79:]
    assert len(read.shown_name(longer)) == 80


@pytest.mark.parametrize(
    ("name", "ignored"),
    [
        ("README.csv", True),
        ("readme.xlsx", True),
        ("Manifest.csv", True),
        (".skjult.csv", True),
        ("~$klager.xlsx", True),
        ("readme2.csv", False),
        ("klager-readme.csv", False),
        ("a~$.csv", False),
        ("klager.csv", False),
    ],
)
def test_readme_manifest_hidden_and_lock_files_are_ignored(name, ignored):
    assert read._ignored(Path("data") / name) is ignored


def test_the_kind_of_a_path(tmp_path):
    fifo = tmp_path / "rør.csv"
    os.mkfifo(fifo)
    (tmp_path / "f.csv").write_text("x")
    assert read._kind(tmp_path / "f.csv") == "file"
    assert read._kind(tmp_path) == "dir"
    assert read._kind(fifo) is None


# -- find_files -----------------------------------------------------------------------------------


def message(data: Path) -> str:
    with pytest.raises(KlagerapportError) as info:
        read.find_files(data)
    return str(info.value)


def test_a_path_that_is_not_there(tmp_path):
    missing = tmp_path / "mangler.csv"
    assert message(missing) == f"Finner ikke data: {missing} finnes ikke."
    link = tmp_path / "lenke.csv"
    link.symlink_to(missing)
    assert message(link) == (
        f"Finner ikke data: {link} er en lenke som ikke fører til en fil eller mappe (en lenke "
        "til seg selv, eller til noe som ikke finnes)."
    )


def test_a_path_that_is_neither_file_nor_folder(tmp_path):
    fifo = tmp_path / "rør.csv"
    os.mkfifo(fifo)
    assert message(fifo) == (
        f"{fifo} er verken en fil eller en mappe (en enhet eller et rør); --data må være en "
        ".csv/.xlsx-fil eller en mappe med slike filer."
    )


def test_a_file_of_another_type_names_its_suffix_cut_to_20_characters(tmp_path):
    xls = tmp_path / "klager.xls"
    xls.write_bytes(b"x")
    assert message(xls) == (
        f"{xls}: ukjent filtype «.xls». Tillatt: .csv, .xlsx (lagre .xls/.ods/.numbers fra "
        "regnearket som .xlsx)"
    )
    odd = tmp_path / ("klager." + "x" * 25)
    odd.write_bytes(b"x")
    assert f"ukjent filtype «.{'x' * 19}». Tillatt" in message(odd)


def test_a_case_file_of_either_suffix_in_any_case(tmp_path):
    for name in ("a.csv", "B.CSV", "c.xlsx", "D.XLSX"):
        (tmp_path / name).write_bytes(b"x")
        assert read.find_files(tmp_path / name) == [tmp_path / name]


def test_a_folders_case_files_sorted_without_the_ignored_and_sub_folders(tmp_path):
    for name in ("b.csv", "A.XLSX", "c.txt", "README.csv", "~$a.xlsx", ".a.csv"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "mappe.csv").mkdir()
    assert read.find_files(tmp_path) == [tmp_path / "A.XLSX", tmp_path / "b.csv"]


def test_a_folder_without_case_files_lists_what_it_holds_that_cannot_be_read(tmp_path):
    assert message(tmp_path) == f"Ingen saksfiler (.csv eller .xlsx) i mappen {tmp_path}."
    (tmp_path / "klager.ods").write_bytes(b"x")
    (tmp_path / "notat").write_bytes(b"x")
    assert message(tmp_path) == (
        f"Ingen saksfiler (.csv eller .xlsx) i mappen {tmp_path}.\n"
        f"  - {tmp_path / 'klager.ods'}: filtypen «.ods» kan ikke leses, og filen ville blitt "
        "utelatt fra dataene; lagre den som .xlsx eller .csv, eller flytt den ut av mappen. "
        "Tillatt: .csv, .xlsx\n"
        f"  - {tmp_path / 'notat'}: filtypen «(ingen)» kan ikke leses, og filen ville blitt "
        "utelatt fra dataene; lagre den som .xlsx eller .csv, eller flytt den ut av mappen. "
        "Tillatt: .csv, .xlsx"
    )


@pytest.mark.parametrize(
    ("error", "said"),
    [(PermissionError(13, "Permission denied"), "Permission denied"), (OSError("rart"), "rart")],
)
def test_a_folder_that_cannot_be_listed(tmp_path, monkeypatch, error, said):
    def refuse(self):
        raise error

    monkeypatch.setattr(Path, "iterdir", refuse)
    assert message(tmp_path) == f"Kan ikke lese data: {tmp_path}: {said}."
    assert read.unsupported_files(tmp_path) == []


# -- unsupported_files ----------------------------------------------------------------------------


def test_every_file_a_folder_holds_that_is_not_read_is_a_problem(tmp_path):
    for name in ("b.ods", "a.csv", "README.txt", "c.XLSX", "d.pdf", "g." + "x" * 25):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "a-mappe").mkdir()  # listed before the files: they are still named
    os.mkfifo(tmp_path / "e.csv")
    (tmp_path / "f.csv").symlink_to(tmp_path / "mangler")
    found = read.unsupported_files(tmp_path)
    assert [(Path(p.file).name, p.allowed) for p in found] == [
        ("b.ods", ".csv, .xlsx"),
        ("d.pdf", ".csv, .xlsx"),
        ("e.csv", None),
        ("f.csv", None),
        ("g." + "x" * 25, ".csv, .xlsx"),
    ]
    assert found[4].message.startswith(f"filtypen «.{'x' * 19}» kan ikke leses")
    assert found[1].message.startswith("filtypen «.pdf» kan ikke leses")
    assert found[2] == Problem(
        str(tmp_path / "e.csv"),
        "er ikke en vanlig fil (en lenke som ikke fører til en fil, et rør eller en enhet) og "
        "kan ikke leses",
    )
    assert found[3].message == found[2].message


def test_a_file_or_a_missing_path_has_no_unsupported_files(tmp_path):
    (tmp_path / "a.ods").write_bytes(b"x")
    assert read.unsupported_files(tmp_path / "a.ods") == []
    assert read.unsupported_files(tmp_path / "mangler") == []
    assert read.unsupported_files(tmp_path / "a.ods" / "x") == []


def test_an_entry_whose_kind_cannot_be_told_is_not_a_regular_file(tmp_path, monkeypatch):
    (tmp_path / "a.csv").write_bytes(b"x")
    real = read._kind

    def kind(path):
        if path.name == "a.csv":
            raise OSError("borte")
        return real(path)

    monkeypatch.setattr(read, "_kind", kind)
    [problem] = read.unsupported_files(tmp_path)
    assert problem.file == str(tmp_path / "a.csv") and "vanlig fil" in problem.message


# -- as_text --------------------------------------------------------------------------------------


def test_cells_as_stripped_text_of_any_column():
    cells = pd.Series([" a ", None, 228.9, 20190001.0, " a "], dtype=object)
    assert read.as_text(cells).tolist() == ["a", "", "228.9", "20190001", "a"]
    assert read.as_text(cells).dtype == object
    unhashable = pd.Series([["x"], " b "], dtype=object)
    assert read.as_text(unhashable).tolist() == ["['x']", "b"]
    assert read.as_text(unhashable).dtype == object
    typed = pd.Series([" a", pd.NA, "b "], dtype="string")
    assert read.as_text(typed).tolist() == ["a", "", "b"]
    numbers = pd.Series([1, 20190001], dtype="int64")
    assert read.as_text(numbers).tolist() == ["1", "20190001"]
    floats = pd.Series([1.5, float("nan")], dtype="float64")
    assert read.as_text(floats).tolist() == ["1.5", ""]


# -- read_bytes -----------------------------------------------------------------------------------


def test_the_size_limit_at_its_edge(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_FILE_BYTES", 3 * 1024 * 1024)
    path = tmp_path / "stor.csv"
    with open(path, "wb") as fh:
        fh.truncate(3 * 1024 * 1024)
    content, problem = read.read_bytes(path, "stor.csv")
    assert problem is None and len(content) == 3 * 1024 * 1024
    with open(path, "ab") as fh:
        fh.write(b"x")
    assert read.read_bytes(path, "stor.csv") == (
        None,
        Problem("stor.csv", "filen er for stor (3 MB; grensen er 3 MB); del dataene i flere filer"),
    )


def test_a_file_that_cannot_be_opened(tmp_path):
    assert read.read_bytes(tmp_path, "mappe") == (
        None,
        Problem("mappe", "kan ikke leses (Is a directory)"),
    )
    assert read.read_bytes(tmp_path / "x", "x") == (
        None,
        Problem("x", "kan ikke leses (No such file or directory)"),
    )


# -- read_source ----------------------------------------------------------------------------------


def test_an_unreadable_or_empty_file_is_one_problem(tmp_path):
    src = read.read_source(tmp_path / "mangler.csv")
    assert [p.message for p in src.problems] == ["kan ikke leses (No such file or directory)"]
    assert src.sha256 == read.sha256(b"") and src.frame is None and src.rows == 0
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(b"")
    assert read.read_source(empty).problems == [Problem(str(empty), "filen er tom (0 byte)")]


def test_a_workbook_without_tables(tmp_path):
    book = openpyxl.Workbook()
    book.create_chartsheet("Diagram")
    book.remove(book.active)
    path = tmp_path / "diagram.xlsx"
    book.save(path)
    assert read.read_source(path).problems == [Problem(str(path), "arbeidsboken er tom")]
    blank = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(blank)  # one empty sheet: the reader's own problem
    assert [p.message for p in read.read_source(blank).problems] == [
        "filen har ingen tabell (bare tomme rader)"
    ]


def test_a_csv_file_read_into_its_contract_columns(tmp_path):
    header = (*HEADER[:7], "Enhet klaget på", "notat", "notat")
    path = write_csv(tmp_path, [(*r, "a", "b") for r in GOOD], header=header)
    content = path.read_bytes()
    src = read.read_source(path)
    assert src.name == str(path) and src.path == path
    assert src.sha256 == read.sha256(content) and src.rows == 3
    assert src.ignored_columns == ["notat"] and src.problems == [] and src.notes == []
    assert list(src.frame.columns) == [*HEADER, "_row", "_sheet"]
    assert src.frame["_row"].tolist() == [2, 3, 4]
    assert src.frame["_sheet"].tolist() == [None, None, None]
    assert src.frame["enhet"].tolist() == ["Pass", "", "Pass"]
    assert src.date1904 is False
    heading = src.headings[None]
    assert heading.row == 1
    assert heading.columns["enhet"] == ("Enhet klaget på", None)
    assert heading.columns["saksnr"] == ("saksnr", None)


def test_a_header_after_a_title_and_a_note_below(tmp_path):
    path = write_csv(tmp_path, [*GOOD, (), ("Kilde: fagsystemet",)], header=HEADER)
    path.write_bytes(b"Klager 2019\r\n" + path.read_bytes())
    src = read.read_source(path)
    assert src.headings[None].row == 2 and src.rows == 3
    assert src.frame["_row"].tolist() == [3, 4, 5]
    assert len(src.notes) == 2


def test_a_header_text_shown_on_one_line_and_cut_to_40_characters(tmp_path):
    long_name = "(Mottatt)  dato " + "-" * 34  # 50 characters, the key of «Mottatt dato»
    header = ("saksnr", "distrikt", long_name, *HEADER[3:5], "Grunn\x1blag", "Diskri\x0bminering",
              "enhet")  # fmt: skip
    src = read.read_source(write_csv(tmp_path, GOOD, header=header))
    columns = src.headings[None].columns
    assert columns["mottatt"] == ("(Mottatt) dato " + "-" * 24 + "…", None)
    assert len(columns["mottatt"][0]) == 40
    assert columns["diskriminering"] == ("Diskri minering", None)
    assert columns["grunnlag"] == ("Grunn lag", None)  # never an ESC in a message
    exact = "(Mottatt)  dato " + "-" * 25  # 40 characters once its two spaces are one
    src = read.read_source(write_csv(tmp_path, GOOD, header=(*header[:2], exact, *header[3:])))
    assert src.headings[None].columns["mottatt"] == ("(Mottatt) dato " + "-" * 25, None)


def test_a_workbooks_sheets_each_with_their_heading_letters_and_rows(tmp_path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "2019"
    first.append(["notat", *HEADER])
    for r in GOOD[:2]:
        first.append(["x", *r])
    second = book.create_sheet("2020")
    second.append([*HEADER, "Notat"])
    second.append([*row(saksnr="2020/1")[:7]])  # a short row: no enhet cell
    path = tmp_path / "klager.xlsx"
    book.save(path)
    src = read.read_source(path)
    assert src.problems == []
    assert src.headings["2019"].columns["saksnr"] == ("saksnr", "B")
    assert src.headings["2020"].columns["saksnr"] == ("saksnr", "A")
    assert src.headings["2020"].row == 1
    assert src.ignored_columns == ["notat", "Notat"]  # each text once, in the sheets' order
    assert src.frame["_sheet"].tolist() == ["2019", "2019", "2020"]
    assert src.frame.index.tolist() == [0, 1, 2]
    assert src.frame["_row"].tolist() == [2, 3, 2]
    assert src.frame["saksnr"].tolist() == ["2019/0001", "2019/0002", "2020/1"]
    assert src.frame["enhet"].tolist()[2] == ""  # the reader gives every row the sheet's width
    assert src.rows == 3


def test_a_header_and_a_total_row_only(tmp_path):
    path = write_csv(tmp_path, [("Sum", "3", "", "", "", "", "", "")])
    src = read.read_source(path)
    assert src.problems == [Problem(str(path), "filen har en overskriftsrad, men ingen saker")]
    assert src.notes == [f"{path}: 1 sumrad (rad 2) er ikke lest som saker."]
    assert src.rows == 0 and len(src.frame) == 0


def test_a_workbooks_number_cells_are_kept_as_they_are_for_the_parser(tmp_path):
    rows = [(20190001, "Oslo", "2019-03-01", "", "", 228.89999999999998, "", ""),
            (20190002, "Oslo", "2019-03-02", "", "", 228.1, "", "")]  # fmt: skip
    src = read.read_source(write_xlsx(tmp_path, rows))
    assert [str(t) for t in src.frame[list(HEADER)].dtypes] == ["object"] * 8
    assert read.as_text(src.frame["grunnlag"]).tolist() == ["228.9", "228.1"]
    assert read.as_text(src.frame["saksnr"]).tolist() == ["20190001", "20190002"]


def test_a_header_without_cases(tmp_path):
    src = read.read_source(write_csv(tmp_path, []))
    assert [p.message for p in src.problems] == ["filen har en overskriftsrad, men ingen saker"]
    assert src.rows == 0 and src.frame is None


def test_a_1904_workbook_says_so(tmp_path):
    path = write_xlsx(tmp_path, GOOD)
    book = openpyxl.load_workbook(path)
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    book.save(path)
    assert read.read_source(path).date1904 is True
    assert read.read_source(write_xlsx(tmp_path, GOOD, name="b.xlsx")).date1904 is False


# -- name_columns ---------------------------------------------------------------------------------


def test_problems_of_case_rows_name_the_column_as_the_file_heads_it(tmp_path):
    header = (*HEADER[:5], "Grunnlag for klagen", *HEADER[6:])
    csv_src = read.read_source(write_csv(tmp_path, GOOD, header=header))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ark"
    sheet.append(["x", *header])
    sheet.append(["x", *GOOD[0]])
    book.save(tmp_path / "b.xlsx")
    xlsx_src = read.read_source(tmp_path / "b.xlsx")
    problems = [
        Problem(csv_src.name, "ukjent", row=2, column="grunnlag"),
        Problem(csv_src.name, "dobbel", row=1, column="grunnlag"),  # the header row itself
        Problem(csv_src.name, "ukjent", row=2, column="notat"),
        Problem(xlsx_src.name, "ukjent", row=2, column="grunnlag", sheet="Ark"),
        Problem(xlsx_src.name, "ukjent", row=2, column="grunnlag", sheet="Annet"),
        Problem("annen.csv", "ukjent", row=2, column="grunnlag"),
        Problem(csv_src.name, "ukjent", row=3, column="grunnlag", sheet="Ark"),  # a CSV's heading
    ]
    named = read.name_columns(problems, [csv_src, xlsx_src])
    assert [(p.heading, p.letter) for p in named] == [
        ("Grunnlag for klagen", None),
        (problems[1].heading, problems[1].letter),
        (problems[2].heading, problems[2].letter),
        ("Grunnlag for klagen", "G"),
        (problems[4].heading, problems[4].letter),
        (problems[5].heading, problems[5].letter),
        ("Grunnlag for klagen", None),
    ]
    assert named[1] is problems[1] and named[5] is problems[5]
