"""Untrusted text stays text: case data, the command line and commentary never become markup,
script, a formula or a local file's content in any output (HTML, PDF, Markdown, CSV, XLSX).

Each attack class has its test: a label with HTML, a javascript: link, a <script> district,
raw Typst, a newline with a Markdown heading, a shortcode inside a label, a spreadsheet formula;
commentary with raw HTML/Typst, a local image, a javascript: link, an event attribute, a link
out of the project; and Typst without a bound.
"""

from __future__ import annotations

import csv
import os
import re
from html import unescape
from pathlib import Path

import pytest
from fakerun import VARIABLES, make_fake_run, write_commentary
from openpyxl import load_workbook
from pypdf import PdfReader

from klagerapport import grammar, paths, render, settings
from klagerapport.errors import BuildError, KlagerapportError, ProblemsError
from klagerapport.publish import escape
from klagerapport.publish import values as V
from klagerapport.publish.tables import Chart, Table
from klagerapport.render import safety as render_safety
from klagerapport.render.embedded import shortcodes
from klagerapport.sections import handling_time, units

SHORTCODE = "{{< var district >}}"  # data that looks like a placeholder: refused, never evaluated
ATTACKS = {
    "img": '<img src=x onerror="alert(1)">',
    "script": "<script>alert(1)</script>",
    "js": "[klikk](javascript:alert(1))",
    "typst": "#let x = 1 #range(2000000000).len()",
    "heading": "Pass\n# Overskrift",
    "formula": '=HYPERLINK("http://x.invalid","klikk")',
    "plus": "+47 999",
    "minus": "-2+3",
    "at": "@SUM(A1)",
    "tab": "\t=1+1",
}
DISTRICT = "<script>alert('d')</script>`#x`{=typst}"


def hostile_table() -> Table:
    rows = [[label, V.count(i)] for i, label in enumerate(ATTACKS.values())]
    return Table("enheter", f"Saker i {DISTRICT} etter enhet", ["Enhet", "2019"], rows)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory) -> Path:
    """A fake run whose unit table and district are all attacks, rendered by the embedded engine."""
    tmp = tmp_path_factory.mktemp("hostile")
    run_dir = make_fake_run(tmp / "run", variables={**VARIABLES, "district": DISTRICT})
    table = hostile_table()
    (run_dir / "tables" / "enheter.csv").write_text(table.to_csv(), encoding="utf-8")
    (run_dir / "tables" / "enheter.md").write_text(table.to_markdown(), encoding="utf-8")
    chart = Chart(None, f"Figur for {DISTRICT}", f"Alt {ATTACKS['script']} {DISTRICT}")
    (run_dir / "figures" / "utvikling.md").write_text(chart.to_markdown("utvikling"), "utf-8")
    mp = pytest.MonkeyPatch()
    mp.setattr(paths, "COMMENTARY", tmp / "commentary")
    write_commentary(
        tmp / "commentary",
        {
            # the template places the units table and the chart (report/rapport.qmd)
            "generelt": "Distrikt {{< var district >}}.\n"
        },
    )
    try:
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    finally:
        mp.undo()
    return run_dir


# Data text that looks like the report's own syntax, each printed exactly as in the data.
LITERAL = {
    "placeholder": "{{< var received.total >}}",  # a shortcode: never evaluated
    "read": '#read("/etc/passwd")',  # Pandoc's smart quotes made #read(«/etc/passwd»)
    "quote": 'Patrulje" # x',  # and Patrulje” # x
    "apostrophe": "O'Brien-gruppen 'B'",
    "unknown": "?var:x og [^1]",  # what the guard looks for after rendering
}


@pytest.fixture(scope="module")
def literal_run(tmp_path_factory) -> Path:
    """A fake run whose unit table holds LITERAL, rendered by the embedded engine."""
    tmp = tmp_path_factory.mktemp("literal")
    run_dir = make_fake_run(tmp / "run")
    rows = [[label, V.count(i + 1)] for i, label in enumerate(LITERAL.values())]
    table = Table("enheter", "Saker etter enhet", ["Enhet", "2019"], rows)
    (run_dir / "tables" / "enheter.md").write_text(table.to_markdown(), encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setattr(paths, "COMMENTARY", tmp / "commentary")
    write_commentary(tmp / "commentary", {"generelt": "Se @tbl-enheter.\n"})
    try:
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    finally:
        mp.undo()
    return run_dir


def _pdf_text(run_dir: Path) -> str:
    pages = PdfReader(run_dir / "rapport.pdf").pages
    return " ".join("".join(p.extract_text() for p in pages).split())


def _html_text(run_dir: Path) -> str:
    html = (run_dir / "rapport.html").read_text(encoding="utf-8").split("<body", 1)[1]
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html.replace("<wbr>", ""))).split())


def test_data_that_looks_like_a_placeholder_prints_as_it_is(literal_run):
    """A unit named like a placeholder is text: printed literally, never evaluated, and not
    taken for a placeholder the engine left (which stopped every build, blaming the commentary
    and the template lines that use the value the name happens to name)."""
    pdf = _pdf_text(literal_run)
    html = _html_text(literal_run)
    for label in (LITERAL["placeholder"], LITERAL["unknown"]):
        assert label in html and label in pdf


@pytest.mark.parametrize("key", ["read", "quote", "apostrophe"])
def test_quotes_in_data_print_as_in_the_data(literal_run, key):
    """Pandoc's smart quotes never touch data: the same characters in the HTML, the PDF, the
    CSV and the spreadsheet (the analysts' own prose keeps «» and curly quotes)."""
    pdf = _pdf_text(literal_run)
    assert LITERAL[key] in _html_text(literal_run)
    assert LITERAL[key] in pdf


def test_html_shows_every_attack_as_text(hostile_run):
    html = (hostile_run / "rapport.html").read_text(encoding="utf-8")
    body = re.sub(r"\s+", " ", html.split("<body", 1)[1].replace("<wbr>", ""))
    assert "<script" not in body
    assert "onerror" not in re.sub(r"&lt;img src=x onerror=", "", body).replace("&quot;", "")
    assert not re.search(r"<img[^>]*src=\"?x", body)
    assert "javascript:" not in "".join(re.findall(r'href="[^"]*"', body))
    assert not re.search(r"<h\d[^>]*>[^<]*Overskrift", body)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body  # shown, as text
    assert "Pass # Overskrift" in body
    assert "`#x`{=typst}" in body


def test_pdf_shows_raw_typst_as_text(hostile_run):
    text = "".join(p.extract_text() for p in PdfReader(hostile_run / "rapport.pdf").pages)
    assert "#let x = 1 #range(2000000000).len()" in re.sub(r"\s+", " ", text)
    assert "<script>alert(1)</script>" in text


def test_csv_guards_formulas(hostile_run):
    rows = list(csv.reader((hostile_run / "tables" / "enheter.csv").open(encoding="utf-8")))
    labels = [r[0] for r in rows[1:]]
    assert '\'=HYPERLINK("http://x.invalid","klikk")' in labels
    assert {"'+47 999", "'-2+3", "'@SUM(A1)"} <= set(labels)
    assert not [lab for lab in labels if lab[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "Pass # Overskrift" in labels  # one line


def test_xlsx_holds_formulas_as_text(hostile_run):
    book = load_workbook(hostile_run / "tabeller.xlsx")
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert ATTACKS["formula"] in texts and "@SUM(A1)" in texts  # as written, but text cells


def test_markdown_escape_keeps_text_and_numbers_readable():
    assert escape.markdown("Sentralbord og operasjonssentral") == "Sentralbord og operasjonssentral"
    assert escape.markdown("12\u00a0%") == "12\u00a0%"
    assert escape.markdown("a|b") == "a\\|b"
    assert escape.markdown("- x") == "\\- x"
    assert escape.markdown("1. x") == "1\\. x"
    assert "\n" not in escape.markdown("a\nb\rc\x00d")
    assert escape.spreadsheet(-3) == -3 and escape.spreadsheet("-3") == "-3"
    assert escape.unspreadsheet(escape.spreadsheet("=1+1")) == "=1+1"


def test_a_variable_is_substituted_as_text():
    line = shortcodes.Line("Distrikt: {{< var district >}}", Path("x.md"), 1)
    out = shortcodes.resolve_shortcodes([line], variables={"district": "<b>#x</b>"}, meta={})
    assert out[0].text == "Distrikt: \\<b\\>\\#x\\</b\\>"


# ------------------------------------------------------------------------- commentary


def _render_with(tmp_path: Path, commentary_root: Path, text: str) -> Path:
    write_commentary(commentary_root, {"generelt": text})
    run_dir = make_fake_run(tmp_path / "run")
    render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    return run_dir


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('Se her: <img src="/proc/self/environ">\n', "rå HTML"),
        ('`#read("/etc/passwd")`{=typst}\n', "rå TYPST"),
        ("```{=html}\n<script>alert(1)</script>\n```\n", "rå HTML"),
        ("![miljø](/proc/self/environ)\n", "bilder må være filer i prosjektet"),
        ("![vert](../../../../etc/hostname)\n", "utenfor prosjektet"),
        ("![fjern](https://example.invalid/x.png)\n", "bilder må være filer i prosjektet"),
        ("[klikk](javascript:alert(1))\n", "«javascript:»"),
        ("[klikk](data:text/html,<b>x</b>)\n", "«data:»"),
        ('[tekst]{onmouseover="alert(1)"}\n', "attributtet «onmouseover»"),
        # beside a shortcode, which the check before the engines blanks before Pandoc reads it
        ('{{< var district >}}: <img src="/proc/self/environ">\n', "rå HTML"),
        ("[klikk {{< var year.current >}}](javascript:alert(1))\n", "«javascript:»"),
    ],
)
def test_commentary_markup_or_outside_file_is_refused(tmp_path, commentary_root, text, message):
    with pytest.raises(KlagerapportError, match=message) as err:
        _render_with(tmp_path, commentary_root, "Innledning.\n\n" + text)
    assert re.search(r"generelt\.md, linje [34]:", str(err.value))
    assert not (tmp_path / "run" / "rapport.html").exists()


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        (
            '[.]{style="background-image:url(https://evil.example/spor.png)"}\n',
            "attributtet «style»",
            5,
        ),
        ('::: {style="display:none"}\nSkjult i HTML, synlig i PDF.\n:::\n', "«style»", 6),
        ("[Oppe]{style=position:fixed;top:0}\n", "attributtet «style»", 8),
        ("::: {.hidden}\nSkjult.\n:::\n", "klassen «.hidden»", 6),
        ("::: hidden\nSkjult.\n:::\n", "klassen «.hidden»", 5),
        ("## Del {#innhold}\n", "id-en «#innhold»", 9),
        ("[tekst]{title=hjelp}\n", "attributtet «title»", 9),
        ("[tekst]{lang=en dir=rtl}\n", "attributtet «lang»", 9),
        ("![x](figures/grunnlag.svg){width=1px}\n", "attributtet «width»", 28),
    ],
)
def test_commentary_attributes_are_refused(tmp_path, commentary_root, text, message, column):
    """Only the report's own attributes (a callout's class and title, a figure's id and
    alt text) may be written: a style loads an outside address into the self-contained HTML,
    hides text in one format only or lays a box over the page; a class can hide text too."""
    with pytest.raises(ProblemsError, match=message) as err:
        _render_with(tmp_path, commentary_root, "Innledning.\n\n" + text)
    (problem,) = [p for p in err.value.problems if message.strip("«»") in p.message]
    assert problem.file.endswith("generelt.md") and problem.line == 3
    assert problem.col == column
    assert problem.code == render_safety.UNSAFE
    assert not (tmp_path / "run" / "rapport.html").exists()


def test_every_refused_attribute_is_named_at_once(tmp_path, commentary_root):
    text = '[a]{style="color:red"}\n\n::: {.hidden}\nb\n:::\n'
    with pytest.raises(ProblemsError) as err:
        _render_with(tmp_path, commentary_root, text)
    assert [(p.line, p.col) for p in err.value.problems] == [(1, 5), (3, 6)]
    assert "2 problemer i dokumentet" in str(err.value)


def test_a_callout_with_a_title_is_allowed(tmp_path, commentary_root):
    text = '::: {.callout-note title="Merk"}\nTallene er foreløpige.\n:::\n'
    html = (_render_with(tmp_path, commentary_root, text) / "rapport.html").read_text("utf-8")
    assert "Tallene er foreløpige." in html and "Merk" in html


def test_commentary_comments_and_web_links_are_fine(tmp_path, commentary_root):
    run_dir = _render_with(
        tmp_path,
        commentary_root,
        "<!-- intern merknad -->\n\nSe [POD](https://www.politiet.no) og @tbl-avgjorelse.\n",
    )
    html = (run_dir / "rapport.html").read_text(encoding="utf-8")
    assert "intern merknad" not in html
    assert 'href="https://www.politiet.no"' in html


def test_symlinked_commentary_file_is_refused(tmp_path, commentary_root):
    secret = tmp_path / "utenfor.txt"
    secret.write_text("HEMMELIG", encoding="utf-8")
    folder = commentary_root / "oslo" / "2019"
    folder.mkdir(parents=True)
    os.symlink(secret, folder / "generelt.md")
    run_dir = make_fake_run(tmp_path / "run")
    with pytest.raises(KlagerapportError, match="symbolsk lenke ut av prosjektet"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    assert not (run_dir / "rapport.html").exists()


def test_symlinked_commentary_folder_is_refused(tmp_path, commentary_root):
    outside = tmp_path / "utenfor"
    outside.mkdir()
    (outside / "generelt.md").write_text("HEMMELIG\n", encoding="utf-8")
    (commentary_root / "oslo").mkdir()
    os.symlink(outside, commentary_root / "oslo" / "2019")
    run_dir = make_fake_run(tmp_path / "run")
    with pytest.raises(KlagerapportError, match="symbolsk lenke ut av prosjektet"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))


def test_typst_is_bounded_in_time(tmp_path):
    source = tmp_path / "loop.typ"
    source.write_text("#let n = 0\n#while true { n += 1 }\n", encoding="utf-8")
    with pytest.raises(BuildError, match="Typst feilet"):
        render_safety.compile_typst(source, tmp_path / "x.pdf", root=tmp_path, seconds=3)
    assert not (tmp_path / "x.pdf").exists()


def test_typst_is_bounded_in_memory(tmp_path):
    source = tmp_path / "big.typ"
    source.write_text("#let x = range(400000000)\n#x.len()\n", encoding="utf-8")
    with pytest.raises(BuildError, match="minnegrense"):
        render_safety.compile_typst(
            source, tmp_path / "x.pdf", root=tmp_path, seconds=60, memory=768 << 20
        )


# ------------------------------------------------------------------------------ units


def test_a_name_typed_as_unit_is_never_published(tmp_path):
    from factories import case, frame

    cases = frame(
        case("2019-01-01", "2019-01-05", enhet="Pass"),
        case("2019-01-02", "2019-01-09", enhet="pass "),  # a spelling of a listed unit
        case("2019-01-03", "2019-01-10", enhet="Ola Nordmann"),
        case("2019-01-04", "2019-01-11", enhet="Bevillingsavsnittet (pass)"),  # an alias
        case("2019-01-05", "2019-01-12", enhet='=HYPERLINK("x")'),
        case("2019-01-06", "2019-01-13"),
    )
    result = units(cases, year=2019, district="Oslo")
    rows = {r[0]: r[3] for r in result.tables["enheter"].text_rows()}
    assert rows == {"Pass": "3", "Andre enheter": "2", "Ikke oppgitt": "1", "Sum": "6"}
    assert result.values["units.andre_enheter.count"].raw == 2
    written = result.save(tmp_path)
    text = "\n".join(p.read_text(encoding="utf-8") for p in written if p.suffix != ".png")
    for secret in ("Ola Nordmann", "ola nordmann", "ola-nordmann", "ola_nordmann", "HYPERLINK"):
        assert secret.lower() not in text.lower()


def test_grouped_units_are_counted_for_the_terminal_only():
    from factories import case, frame

    from klagerapport.ingest import units as unit_list

    cases = frame(*(case("2019-01-01", enhet=e) for e in ("Ola", "ola", "Kari", "Pass", None)))
    assert unit_list.grouped(cases["enhet"], unit_list.for_district("Oslo")) == (2, 3)


def test_histogram_alt_text_holds_no_single_case():
    from factories import case, frame

    cases = frame(case("2019-01-01", "2019-01-02"), case("2019-01-01", "2019-04-11"))  # 100 d
    alt = handling_time(cases, year=2019, district="Oslo").charts["saksbehandlingstid"].alt
    assert "100" not in alt and "Lengste" not in alt


# ------------------------------------------------------------------------------ ingest


def test_a_label_with_a_control_character_or_too_long_is_an_ingest_error(tmp_path, monkeypatch):
    """A line break in a quoted label is a wrapped name, read as one line (never a Markdown
    heading); an ESC sequence is refused, and the message echoes it escaped, not raw."""
    from casefiles import GOOD, HEADER, row

    from klagerapport.errors import ValidationError
    from klagerapport.ingest import validate

    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")
    rows = [*GOOD, row(saksnr="2019/0200", enhet="Pass\n# Overskrift"), row(enhet="x" * 101)]
    path = tmp_path / "klager.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([HEADER, *rows])  # the newline is quoted
    with pytest.raises(ValidationError) as err:
        validate.load_validated(path)
    assert str(err.value).splitlines()[1:] == [
        f"  - {path}, rad 7 (saksnr 2019/0100), kolonne «enhet»: er lengre enn 100 tegn: "
        f"«{'x' * 101}»"
    ]
    rows[-1] = row(saksnr="2019/0201", enhet="Pass\x1b]0;tittel\x07\r\n")
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([HEADER, *rows])
    with pytest.raises(ValidationError) as err:
        validate.load_validated(path)
    assert str(err.value).splitlines()[1:] == [
        f"  - {path}, rad 7 (saksnr 2019/0201), kolonne «enhet»: inneholder kontrolltegn: "
        "«Pass\\x1b]0;tittel\\x07»"
    ]
    assert not (tmp_path / "processed").exists()
    rows.pop()
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([HEADER, *rows])
    cases = validate.load_validated(path).cases
    assert cases["enhet"].tolist()[-1] == "Pass # Overskrift"


def test_a_district_option_with_a_newline_is_refused():
    from klagerapport import settings

    with pytest.raises(KlagerapportError, match="én linje"):
        settings.load(district="Oslo\n# Overskrift")


def test_check_before_the_engines_reads_around_shortcodes(tmp_path):
    """Pandoc reads the document with its shortcodes blanked (the same length): markup beside
    one is still found, on its line; nothing of a shortcode reaches Pandoc."""
    doc = tmp_path / "rapport.qmd"
    doc.write_text("Tall: {{< var a >}}.\n\nTall {{< var b >}} og <b>fet</b>.\n", encoding="utf-8")
    with pytest.raises(KlagerapportError, match=r"  - rapport\.qmd, linje 3: rå HTML .*: <b>\n"):
        render_safety.check_source(doc, tmp_path, lambda p: p.name)
    line = grammar.Line("A {{< var x >}} og {{< meta y >}}.", doc, 1)
    (blanked,) = render_safety.unread_shortcodes([line])
    assert blanked.text == "A x" + " " * 12 + " og x" + " " * 13 + "."  # 13 and 14 characters
    assert (blanked.file, blanked.lineno) == (doc, 1)
