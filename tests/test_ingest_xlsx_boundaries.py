"""Reading an .xlsx workbook (ingest/xlsxfile.py) at its boundaries, on workbooks zipped by hand:
the scan of a sheet's XML (the area holding values, formulas without a cached value, Excel error
values, rows and cells written without their reference, namespaced tags), the workbook's parts
(relative and absolute targets, 1904 dates, hidden and nameless sheets, merged cells, shared and
inline strings) and the problems, each compared whole (file, sheet and message).

Each test is the one that fails when a boundary moves (`make mutation`).
"""

from __future__ import annotations

import io
import sys
import zipfile

import pytest

from klagerapport.errors import Problem
from klagerapport.ingest import table, xlsxfile
from klagerapport.ingest.table import Flag

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NO_VALUE = Flag("formel uten lagret verdi (åpne filen i Excel, regn ut og lagre på nytt)")
INVALID = Problem("f.xlsx", "ikke en gyldig .xlsx-fil (kan ikke åpnes som Excel-arbeidsbok)")


def book(
    *sheets: tuple[str, str],
    pr: str = "",
    shared: tuple[str, ...] = (),
    sheet_attrs: str = "",
    target: str = "worksheets/sheet{i}.xml",
    tail: str = "",
) -> bytes:
    """A workbook of (name, sheetData XML) sheets, as a minimal writer would zip it."""
    types = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    listed = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"{sheet_attrs if i == 1 else ""}/>'
        for i, (name, _) in enumerate(sheets, 1)
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{DOC}/worksheet" Target="{target.format(i=i)}"/>'
        for i in range(1, len(sheets) + 1)
    )
    if shared:
        rels += f'<Relationship Id="rIdS" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.sheet.main+xml"/>{types}</Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}">{pr}<sheets>{listed}</sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{RELS}">{rels}</Relationships>'
        )
        for i, (_, data) in enumerate(sheets, 1):
            z.writestr(
                f"xl/worksheets/sheet{i}.xml",
                f'<worksheet xmlns="{MAIN}"><sheetData>{data}</sheetData>{tail}</worksheet>',
            )
        if shared:
            strings = "".join(f"<si><t>{s}</t></si>" for s in shared)
            z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{strings}</sst>')
    return buf.getvalue()


def replaced(content: bytes, part: str, old: bytes, new: bytes | None) -> bytes:
    """The workbook with `old` replaced in one part (or the part left out when new is None)."""
    src = zipfile.ZipFile(io.BytesIO(content))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part:
                if new is None:
                    continue
                assert old in data
                data = data.replace(old, new)
            z.writestr(item.filename, data)
    return buf.getvalue()


def read(content: bytes) -> xlsxfile.Workbook:
    return xlsxfile.read_xlsx(content, "f.xlsx")


def tables(workbook: xlsxfile.Workbook) -> dict[str, list[list[object]]]:
    return {t.sheet: t.rows for t in workbook.tables}


ONE = '<row r="1"><c r="A1"><v>1</v></c></row>'
TWO = '<row r="1"><c r="A1"><v>2</v></c></row>'

# ------------------------------------------------------------------ the area holding values


def test_the_area_runs_to_the_last_row_and_column_holding_a_value():
    xml = b'<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="C5" t="s"><v>0</v></c></row>'
    assert xlsxfile.scan_sheet(xml) == (5, 3, {})


@pytest.mark.parametrize(
    ("letters", "index"),
    [
        ("A", 0),
        ("Z", 25),
        ("AA", 26),
        ("AZ", 51),
        ("BA", 52),
        ("ZZ", 701),
        ("AAA", 702),
        ("XFD", 16383),
    ],
)
def test_column_letters_count_in_base_26_without_a_zero(letters, index):
    assert (table.column_index(letters), table.column_letter(index)) == (index, letters)
    xml = f'<row r="1"><c r="{letters}1"><v>1</v></c></row>'.encode()
    assert xlsxfile.scan_sheet(xml) == (1, index + 1, {})


def scanned_in_full(xml: bytes) -> tuple[int, int, dict]:
    """The same sheet with A1 a formula with its cached value: no shortcut, nothing flagged."""
    full = xml.replace(b'<c r="A1"><v>1</v></c>', b'<c r="A1"><f>1</f><v>1</v></c>')
    assert full != xml
    return xlsxfile.scan_sheet(full)


@pytest.mark.parametrize(
    "xml",
    [
        b'<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="C5" t="s"><v>0</v></c></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c r="AB1" t="inlineStr"><is><t>x</t></is></c></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c r="B7" s="1"/></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"></c></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c r="Z99"><v></v></c><c r="Y98"> </c></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c r="Z99" t="inlineStr"><is><t></t></is></c></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c r="Z99" t="inlineStr"><is><r><t></t></r>'
        b"<r><t>x</t></r></is></c></row>",
    ],
)
def test_the_shortcut_gives_the_full_scans_area(xml):
    assert xlsxfile.scan_sheet(xml) == scanned_in_full(xml)


def test_a_cell_written_as_an_empty_element_holds_no_value():
    # calamine reads these sheets as one cell: a far empty element must not refuse them
    for xml in (
        b'<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"></c></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c r="Z99"><v></v></c><c r="Y98"> </c></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c r="Z99" t="inlineStr"><is><t></t></is></c></row>',
    ):
        assert xlsxfile.scan_sheet(xml) == (1, 1, {})
        assert scanned_in_full(xml) == (1, 1, {})
    far = '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"></c></row>'
    workbook = read(book(("A", far)))
    assert (workbook.problems, tables(workbook)) == ([], {"A": [[1.0]]})


def test_a_sheet_of_empty_cells_has_no_area():
    assert xlsxfile.scan_sheet(b'<row r="1"><c r="A1" s="1"/><c r="B2" s="2"/></row>') == (0, 0, {})
    assert xlsxfile.scan_sheet(b"") == (0, 0, {})
    assert xlsxfile.scan_sheet(b'<row r="1"><c r="B3" t="e"></c></row>') == (0, 0, {})


def test_an_empty_cell_before_a_value_does_not_end_the_scan():
    xml = b'<row r="1"><c r="A1"><f>1</f><v>1</v></c><c r="B1"></c><c r="C2"><v>5</v></c></row>'
    assert xlsxfile.scan_sheet(xml) == (2, 3, {})


# ------------------------------------------------------------------ cells without a reference


def test_rows_and_cells_without_a_reference_follow_the_last_ones():
    # the first unnumbered row is row 1: the formula is B1, where calamine reads ""
    xml = (
        b'<row><c t="inlineStr"><is><t>a</t></is></c><c><f>1+1</f></c></row>'
        b"<row><c><v>2</v></c><c><v>3</v></c></row>"
    )
    assert xlsxfile.scan_sheet(xml) == (2, 2, {(0, 1): NO_VALUE})
    workbook = read(book(("A", xml.decode())))
    assert tables(workbook) == {"A": [["a", ""], [2.0, 3.0]]}
    assert workbook.tables[0].flags == {(0, 1): NO_VALUE}


def test_a_numbered_row_then_cells_after_a_reference_and_an_unnumbered_row():
    xml = (
        b'<row r="3"><c><f>X</f></c><c r="D3"><v>1</v></c><c><f>Y</f></c></row>'
        b"<row><c><v>1</v></c></row>"
    )
    assert xlsxfile.scan_sheet(xml) == (4, 5, {(2, 0): NO_VALUE, (2, 4): NO_VALUE})


def test_every_row_starts_again_at_the_first_column():
    xml = b"<row><c><f>A</f></c><c><v>1</v></c></row><row><c><f>B</f></c></row>"
    assert xlsxfile.scan_sheet(xml) == (2, 2, {(0, 0): NO_VALUE, (1, 0): NO_VALUE})


@pytest.mark.parametrize(
    "xml",
    [
        b'<row r="1"><c r="A1"><v>1</v></c><c t="n"><v>2</v></c><c t="n"><v>3</v></c></row>',
        b'<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>',
        b'<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c>'
        b"<x:c><x:v>3</x:v></x:c></x:row>",
    ],
)
def test_cells_without_a_reference_count_in_the_area(xml):
    assert xlsxfile.scan_sheet(xml) == (1, 3, {})


# ------------------------------------------------------------------ formulas and error values


def test_a_formula_with_its_cached_value_is_read_and_one_without_is_flagged():
    xml = (
        b'<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>2+2</f></c>'
        b'<c r="C1"><f>3</f><v></v></c><c r="D1"><f>4</f><v> </v></c></row>'
    )
    flagged = {(0, 1): NO_VALUE, (0, 2): NO_VALUE, (0, 3): NO_VALUE}
    assert xlsxfile.scan_sheet(xml) == (1, 4, flagged)


@pytest.mark.parametrize(
    "cell",
    [
        b'<x:c r="B2"><x:f>A1</x:f></x:c>',  # a namespaced formula
        b'<x:c r="B2"><x:f t="shared" si="0"/></x:c>',  # a shared formula's other cell
        b'<c r="B2"><f t="shared" si="0"/></c>',
    ],
)
def test_a_formula_without_a_value_is_flagged_however_written(cell):
    xml = b'<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c>' + cell + b"</x:row>"
    assert xlsxfile.scan_sheet(xml) == (2, 2, {(1, 1): NO_VALUE})


def test_an_excel_error_value_is_flagged_with_its_text():
    xml = (
        b'<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f></c>'
        b'<c r="C1" t="e"><v>#REF\xff</v></c><c r="D1" t="n"><v>1</v></c></row>'
    )
    assert xlsxfile.scan_sheet(xml) == (
        1,
        4,
        {
            (0, 0): Flag("Excel-feilverdi", "#N/A"),
            (0, 1): Flag("Excel-feilverdi", ""),
            (0, 2): Flag("Excel-feilverdi", "#REF\ufffd"),
        },
    )


def test_unbalanced_cell_elements_are_not_scanned():
    with pytest.raises(ValueError) as info:
        xlsxfile.scan_sheet(b'<row r="1"><c r="A1"><f>1</f><v>1</v></row>')
    assert str(info.value) == "unbalanced cell elements"


# ------------------------------------------------------------------ the workbook's parts


def test_shared_and_inline_strings_and_numbers_are_read():
    xml = (
        '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>inne</t></is></c>'
        '<c r="C1"><v>2.5</v></c></row>'
    )
    workbook = read(book(("Klager", xml), shared=("null", "delt")))
    assert (workbook.problems, workbook.skipped) == ([], [])
    assert tables(workbook) == {"Klager": [["delt", "inne", 2.5]]}


def test_rows_keep_the_number_a_user_sees_from_row_1():
    workbook = read(book(("A", '<row r="3"><c r="B3"><v>1</v></c></row>')))
    [table] = workbook.tables
    assert (table.rows, table.numbers) == ([["", ""], ["", ""], ["", 1.0]], [1, 2, 3])


def test_every_sheet_is_read_in_order_hidden_and_nameless_ones_too():
    hidden = book(("A", ONE), ("B", TWO), sheet_attrs=' state="hidden"')
    assert tables(read(hidden)) == {"A": [[1.0]], "B": [[2.0]]}
    nameless = replaced(book(("A", ONE), ("B", TWO)), "xl/workbook.xml", b'name="A" ', b"")
    workbook = read(nameless)
    assert (workbook.problems, tables(workbook)) == ([], {"": [[1.0]], "B": [[2.0]]})


def test_absolute_and_relative_targets_name_the_same_part():
    for target in ("worksheets/sheet{i}.xml", "/xl/worksheets/sheet{i}.xml"):
        workbook = read(book(("A", ONE), ("B", TWO), target=target))
        assert (workbook.problems, tables(workbook)) == ([], {"A": [[1.0]], "B": [[2.0]]})


@pytest.mark.parametrize(
    ("pr", "date1904"),
    [
        ("", False),
        ('<workbookPr defaultThemeVersion="124226"/>', False),
        ('<workbookPr date1904="0"/>', False),
        ('<workbookPr date1904="false"/>', False),
        ('<workbookPr date1904="1"/>', True),
        ('<workbookPr date1904="true"/>', True),
        ('<workbookPr date1904="True"/>', True),
    ],
)
def test_dates_count_from_1904_only_when_the_workbook_says_so(pr, date1904):
    workbook = read(book(("A", ONE), ("B", TWO), pr=pr))
    assert [t.date1904 for t in workbook.tables] == [date1904, date1904]


def test_merged_cells_are_listed_zero_based():
    merged = '<mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="B4:B5"/></mergeCells>'
    workbook = read(book(("A", ONE), tail=merged))
    assert workbook.tables[0].merged == [(0, 0, 1, 2), (3, 1, 4, 1)]


# ------------------------------------------------------------------ problems, all of them


@pytest.mark.parametrize("content", [b"", b"PK not a zip", b"x" * 100])
def test_a_file_that_is_no_workbook_is_one_problem(content):
    workbook = read(content)
    assert (workbook.problems, workbook.tables, workbook.skipped) == ([INVALID], [], [])


@pytest.mark.parametrize(
    ("part", "old", "new"),
    [
        ("xl/workbook.xml", None, None),  # no workbook part
        ("xl/workbook.xml", b"</workbook>", b""),  # broken XML
        ("xl/_rels/workbook.xml.rels", None, None),  # no relationships
        ("xl/workbook.xml", b' r:id="rId1"', b""),  # a sheet without its relationship
        ("xl/workbook.xml", b'r:id="rId1"', b'r:id="rId9"'),  # one that is not there
    ],
)
def test_a_broken_workbook_is_one_problem_never_an_exception(part, old, new):
    workbook = read(replaced(book(("A", ONE), ("B", TWO)), part, old or b"", new))
    assert (workbook.problems, workbook.tables) == ([INVALID], [])


def test_the_unzipped_size_is_bounded_by_max_unzipped_inclusive(monkeypatch):
    content = book(("A", ONE))
    size = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(content)).infolist())
    monkeypatch.setattr(xlsxfile, "MAX_UNZIPPED", size)
    assert tables(read(content)) == {"A": [[1.0]]}
    monkeypatch.setattr(xlsxfile, "MAX_UNZIPPED", size - 1)
    workbook = read(content)
    too_big = Problem("f.xlsx", "arbeidsboken er for stor når den pakkes ut")
    assert (workbook.problems, workbook.tables) == ([too_big], [])


def test_the_area_is_bounded_by_max_cells_inclusive_and_the_next_sheet_is_read(monkeypatch):
    wide = '<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="C5"><v>2</v></c></row>'
    content = book(("A", wide), ("B", TWO))
    monkeypatch.setattr(xlsxfile, "MAX_CELLS", 15)
    assert [t.sheet for t in read(content).tables] == ["A", "B"]
    monkeypatch.setattr(xlsxfile, "MAX_CELLS", 14)
    workbook = read(content)
    message = (
        "arket har verdier i et for stort område (5 rader × 3 kolonner); "
        "slett celler langt utenfor tabellen"
    )
    assert workbook.problems == [Problem("f.xlsx", message, sheet="A")]
    assert tables(workbook) == {"B": [[2.0]]}


@pytest.mark.parametrize(
    "broken",
    [
        ("xl/worksheets/sheet1.xml", None),  # the sheet's part is missing
        ("xl/_rels/workbook.xml.rels", b' Target="worksheets/sheet1.xml"'),  # no target
        ("xl/worksheets/sheet1.xml", b"<v>1</v></c>"),  # unbalanced, with a formula
    ],
)
def test_a_sheet_that_cannot_be_read_is_named_and_the_next_is_read(broken):
    part, old = broken
    content = book(("A", '<row r="1"><c r="A1"><f>1</f><v>1</v></c></row>'), ("B", TWO))
    new = None if old is None else (b"" if b"Target" in old else b"<v>1</v>")
    workbook = read(replaced(content, part, old or b"", new))
    assert workbook.problems == [Problem("f.xlsx", "arket kan ikke leses (skadet fil)", sheet="A")]
    assert tables(workbook) == {"B": [[2.0]]}


def test_a_sheet_calamine_cannot_read_is_named_with_its_first_line_and_the_next_is_read():
    content = book(("A", '<row r="1"><c r="A1"><v>1</v></c><x y="1></row>'), ("B", TWO))
    workbook = read(content)
    why = 'syntax error: attribute value not closed: `"` not found before end of input'
    message = f"arket kan ikke leses (skadet innhold: {why})"
    assert workbook.problems == [Problem("f.xlsx", message, sheet="A")]
    assert tables(workbook) == {"B": [[2.0]]}


class _Sheet:
    merged_cell_ranges = None

    def to_python(self, skip_empty_area: bool) -> list[list[object]]:
        return [[2.0]]


class _Calamine:
    """python_calamine as read_xlsx uses it, with sheet A failing as `error` says."""

    class SheetTypeEnum:
        WorkSheet = "worksheet"

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.sheets_metadata = [
            type("Meta", (), {"name": name, "typ": "worksheet"}) for name in ("A", "B")
        ]
        self.CalamineWorkbook = self

    def from_filelike(self, _file):
        return self

    def get_sheet_by_name(self, name: str) -> _Sheet:
        if name == "A":
            raise self.error
        return _Sheet()


@pytest.mark.parametrize(
    ("error", "why"),
    [
        (RuntimeError("x" * 150 + "\nthe second line"), "x" * 120),
        (RuntimeError(""), "RuntimeError"),
        (KeyError("A"), "'A'"),
    ],
)
def test_a_readers_error_is_shown_by_its_first_120_characters_or_its_type(monkeypatch, error, why):
    monkeypatch.setitem(sys.modules, "python_calamine", _Calamine(error))
    workbook = read(book(("A", ONE), ("B", TWO)))
    message = f"arket kan ikke leses (skadet innhold: {why})"
    assert workbook.problems == [Problem("f.xlsx", message, sheet="A")]
    assert tables(workbook) == {"B": [[2.0]]}
