"""A unit name an export wrapped is still the name: a line break inside a quoted CSV field
(RFC 4180), Excel's Alt+Enter, a tab or a no-break space is one space, and the name is then
matched to the district's unit list as any other spelling. A control character that is not
whitespace (NUL, ESC, a bidi override) is refused, and every message that echoes it shows it
escaped. `new-district` lists what stops its unit list, and writes the names it does list as
quoted YAML strings (a name that looks like YAML stays a name).
"""

from __future__ import annotations

import shutil

import pytest
import yaml
from casefiles import GOOD, fixtures, row, write_csv, write_xlsx

from klagerapport import paths, untrusted
from klagerapport.check import newyear
from klagerapport.errors import Problem, ValidationError, grouped
from klagerapport.ingest import units, validate

data_dir, store_dir = fixtures()

WRAPPED = "Sentralbord og\r\n  operasjonssentral"  # as a CSV export wraps a long name
LISTED = "Sentralbord og operasjonssentral"  # Oslo's unit in data/reference/units.yml


def _oslo_units(cases) -> list[str]:
    return units.assign(cases["enhet"], units.for_district("Oslo")).tolist()


def test_a_quoted_unit_over_two_lines_in_a_csv_is_read_and_matched(data_dir, store_dir):
    rows = [*GOOD, row(saksnr="2019/0200", enhet=f'"{WRAPPED}"'), row(enhet='"Pass\nkontoret"')]
    cases = validate.load_validated(write_csv(data_dir, rows)).cases
    assert cases["enhet"].tolist()[-2:] == [LISTED, "Pass kontoret"]
    assert _oslo_units(cases)[-2:] == [LISTED, units.OTHER]  # «Passkontoret» is the alias


def test_a_cell_with_alt_enter_in_a_workbook_is_read_and_matched(data_dir, store_dir):
    """Excel's Alt+Enter puts a LF in the cell (and the cell wraps); openpyxl writes it so."""
    rows = [*GOOD, row(saksnr="2019/0200", enhet="Patrulje\nØst"), row(enhet="Arrest\n")]
    rows += [row(saksnr="2019/0201", enhet="Sentralbord og\u00a0\toperasjonssentral")]
    cases = validate.load_validated(write_xlsx(data_dir, rows)).cases
    assert cases["enhet"].tolist()[-3:] == ["Patrulje Øst", "Arrest", LISTED]
    assert _oslo_units(cases)[-3:] == ["Patrulje Øst", "Arrest", LISTED]


def test_a_ground_with_a_line_break_before_its_label_is_read(data_dir, store_dir):
    cases = validate.load_validated(write_csv(data_dir, [row(grunnlag='"228.1\nAdferd"')])).cases
    assert cases["grunnlag"].tolist() == ["228.1"]


def test_a_control_character_is_refused_and_every_echo_is_escaped(data_dir, store_dir):
    """One row says it on its own line; four of a kind are one grouped line; both escaped."""
    path = write_csv(data_dir, [*GOOD, row(enhet='"Pass\n\x1b[31mrød"')])
    with pytest.raises(ValidationError) as one:
        validate.load_validated(path)
    assert str(one.value).splitlines() == [
        "1 feil i inndata:",
        f"  - {path}, rad 5 (saksnr 2019/0100), kolonne «enhet»: inneholder kontrolltegn: "
        "«Pass\\n\\x1b[31mrød»",
    ]
    bad = [row(saksnr=f"2019/02{i}", enhet=f"Pass\u202e{i}") for i in range(4)]
    path = write_csv(data_dir, [*GOOD, *bad])
    with pytest.raises(ValidationError) as four:
        validate.load_validated(path)
    assert str(four.value).splitlines() == [
        "4 feil i inndata:",
        f"  - {path}: 4 celler i kolonne «enhet»: inneholder kontrolltegn, f.eks. rad 5 (saksnr "
        "2019/020): «Pass\\u202e0»; rad 6 (saksnr 2019/021): «Pass\\u202e1»; rad 7 (saksnr "
        "2019/022): «Pass\\u202e2» …",
    ]
    assert four.value.problems[0].value == "Pass\u202e0"  # --json keeps the value as written


def test_a_problem_shows_every_field_it_echoes_escaped():
    problem = Problem("a\nb.csv", "x", row=2, value="v\x00", saksnr="1\r", sheet="ark\t1")
    assert str(problem) == "a\\nb.csv, ark «ark\\t1», rad 2 (saksnr 1\\r): x: «v\\x00»"
    assert grouped([problem] * 4)[0].startswith("a\\nb.csv, ark «ark\\t1»: 4 rader: x, f.eks. ")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
        ("\x00\x1f\x7f", "\\x00\\x1f\\x7f"),
        ("\x85\u2028\u2029", "\\x85\\u2028\\u2029"),  # NEL and the Unicode line breaks
        ("\u061c\u200e\u200f\u202a\u202e\u2066\u2069", "\\u061c\\u200e\\u200f\\u202a\\u202e"
         "\\u2066\\u2069"),  # the bidi controls
        ("Sør-Øst\u00a0politidistrikt \\n ÿ\u202f\u2065\u206a", None),  # none of the class
    ],
)  # fmt: skip
def test_shown_escapes_exactly_the_control_class(text, shown):
    assert untrusted.shown(text) == (text if shown is None else shown)
    assert untrusted.has_control(text) is (shown is not None)


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        (" \t a \r\n\u00a0 b \u3000", "a b"),
        ("a\x0b\x0c\u0085\u1680\u2000\u200a\u2028\u2029\u202f\u205fb", "a b"),
        ("a\x1cb\x1f", "a\x1cb\x1f"),  # the information separators are control characters
        ("a\u200bb", "a\u200bb"),  # a zero-width space is no space
        ("", ""),
    ],
)
def test_one_space_makes_each_run_of_whitespace_one_space(text, spaced):
    assert untrusted.one_space(text) == spaced


@pytest.fixture
def scratch_units(tmp_path, monkeypatch):
    unit_file = tmp_path / "units.yml"
    shutil.copy(units.UNITS_FILE, unit_file)
    monkeypatch.setattr(units, "UNITS_FILE", unit_file)
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path / "commentary")
    monkeypatch.setattr(paths, "COMMENTARY_TEMPLATE", paths.ROOT / "commentary" / "_mal")
    units._read.cache_clear()
    yield unit_file
    units._read.cache_clear()


def test_new_district_lists_the_problems_that_stop_its_unit_list(
    scratch_units, data_dir, store_dir, capsys
):
    rows = [row(saksnr=f"f{i}", distrikt="Finnmark", enhet="Alta") for i in range(3)]
    rows += [row(saksnr="f9", distrikt="Finnmark", enhet="Alta\x1b[2J\x07"), row(grunnlag="1")]
    data = write_csv(data_dir, rows)
    before = scratch_units.read_text(encoding="utf-8")
    newyear.new_district_command(district="Finnmark", year=2022, data=data)
    out = capsys.readouterr().out.splitlines()
    first = out.index(
        f"Enhetslisten er ikke laget: dataene i {paths.shown(data)} kan ikke leses: "
        "2 feil i inndata:"
    )
    assert out[first + 1 : first + 3] == [
        f"  - {data}, rad 5 (saksnr f9), kolonne «enhet»: inneholder kontrolltegn: "
        "«Alta\\x1b[2J\\x07»",
        f"  - {data}, rad 6 (saksnr 2019/0100), kolonne «grunnlag»: ukjent grunnlag: «1». "
        "Tillatt: 228.1, 228.2, 228.3, 228.4, 228.5, 228.9 (også skrevet med komma, 228,1, "
        "eller med teksten, «228.1 Adferd»)",
    ]
    assert out[first + 3] == (
        "Rett dataene og lag listen med «klagerapport new-district --district Finnmark --data "
        "<fil>» (flytt først kommentarmappen den skrev over), eller skriv den selv under "
        f"«finnmark:» i {paths.shown(scratch_units)}."
    )
    assert scratch_units.read_text(encoding="utf-8") == before  # nothing written


def test_new_district_writes_a_wrapped_name_that_looks_like_yaml_as_one_quoted_name(
    scratch_units, data_dir, store_dir, capsys
):
    """The reviewer's export: a wrapped `enhet` that would be a YAML key or list item if it
    were written raw. It is read as one line, listed quoted, and stays one name."""
    injected = ['"Hammerfest\r\n  - name: ""Injisert enhet"""', '"Alta"" # x\nfinnmark: []"']
    rows = [
        row(saksnr=f"f{i}{j}", distrikt="Finnmark", enhet=text)
        for i, text in enumerate(injected)
        for j in range(3)
    ]
    newyear.new_district_command(district="Finnmark", year=2022, data=write_csv(data_dir, rows))
    assert "2 enheter fra dataene, kommentert ut" in capsys.readouterr().out
    text = scratch_units.read_text(encoding="utf-8")
    assert "finnmark: []" not in text.replace('# x finnmark: []"', "")
    units._read.cache_clear()
    scratch_units.write_text(text.replace("  # - name:", "  - name:"), encoding="utf-8")
    assert sorted(u.name for u in units.for_district("Finnmark", scratch_units)) == [
        'Alta" # x finnmark: []',
        'Hammerfest - name: "Injisert enhet"',
    ]
    loaded = yaml.safe_load(scratch_units.read_text(encoding="utf-8"))
    assert len(loaded["finnmark"]) == 2 and len(loaded["oslo"]) > 5


def test_a_conflict_between_exports_echoes_each_value_escaped(data_dir, store_dir):
    """A decision with an ESC still spells a code (codes are matched on letters and digits),
    so only the message could carry it: escaped there, in the problem's own message too."""
    write_csv(data_dir, [row(saksnr="1", avgjorelse="avvist\x1b")], name="a.csv")
    write_csv(data_dir, [row(saksnr="1", mottatt="2019-01-04", avgjorelse="kritikk")], name="b.csv")
    with pytest.raises(ValidationError) as err:
        validate.load_validated(data_dir)
    (message,) = [p.message for p in err.value.problems if "avgjorelse er" in p.message]
    assert "avgjorelse er «avvist\\x1b» i rad 2 i " in message and "\x1b" not in message


def test_validates_warnings_are_printed_escaped(data_dir, store_dir, monkeypatch):
    from klagerapport.ingest import rules

    monkeypatch.setattr(rules, "future_warning", lambda cases, today: ["ark «a\x1b[2Jb\nc»"])
    result = validate.load_validated(write_csv(data_dir))
    assert "  - ark «a\\x1b[2Jb\\nc»" in validate.summary(result, None)


def test_a_cell_excel_saved_with_cr_lf_is_read_and_matched(data_dir, store_dir):
    """Excel writes a CR in a cell as `_x000D_` in the sheet's XML (a cell pasted from a CSV
    with CR LF line ends); calamine reads it back as CR, and CR LF is one space."""
    import zipfile

    path = write_xlsx(data_dir, [*GOOD, row(saksnr="2019/0200", enhet="Patrulje@@Sør")])
    patched = data_dir / "excel.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = data.replace(b"Patrulje@@", b"Patrulje_x000D_\n")
            out.writestr(info, data)
    path.unlink()
    cases = validate.load_validated(patched).cases
    assert cases["enhet"].tolist()[-1] == "Patrulje Sør"
    assert _oslo_units(cases)[-1] == "Patrulje Sør"
