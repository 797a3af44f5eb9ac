"""Rendering a (small, fake) run folder to rapport.html, rapport.pdf and tabeller.xlsx."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from built import link_descriptions, struct_types
from fakerun import decision_table, make_fake_run, quarto_on_path, write_commentary
from openpyxl import load_workbook
from pypdf import PdfReader

from klagerapport import codes, outline, paths, render, settings
from klagerapport.errors import KlagerapportError
from klagerapport.fmt import NBSP
from klagerapport.publish import xlsx
from klagerapport.render import stage
from klagerapport.render.embedded.engine import render_embedded
from klagerapport.sections import registry


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> tuple[Path, render.RenderResult]:
    """One embedded render of a fake run with two commentary files, shared by the module."""
    tmp = tmp_path_factory.mktemp("render")
    commentary = tmp / "commentary"
    mp = pytest.MonkeyPatch()
    mp.setattr(paths, "COMMENTARY", commentary)
    write_commentary(
        commentary,
        {
            "generelt": "Antall innkomne klagesaker i {{< var year.current >}} var "
            "{{< var received.total >}}, se @tbl-avgjorelse og @fig-grunnlag.\n\n"
            "### Utviklingen\n\nSe @fig-utvikling.\n",
            "kritikk": "Av de {{< var received.total >}} sakene ble "
            "{{< var decisions.kritikk.count >}} avgjort som Grunnlag for kritikk, det er "
            "{{< var decisions.kritikk.share >}} av sakene.\n",
        },
    )
    run_dir = make_fake_run(tmp / "run")
    try:
        result = render.render_run(
            run_dir, settings.load(district="Oslo", year=2019, engine="embedded")
        )
    finally:
        mp.undo()
    return run_dir, result


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(NBSP, " "))


def test_all_three_files_are_written(rendered):
    run_dir, result = rendered
    assert result.engine == "embedded"
    assert result.html == run_dir / "rapport.html"
    for file in (result.html, result.pdf, result.xlsx):
        assert file.is_file() and file.stat().st_size > 1000, file
    assert not list(run_dir.glob(".*.tmp"))


def test_html_is_self_contained_and_norwegian(rendered):
    html = rendered[1].html.read_text(encoding="utf-8")
    assert '<html xmlns="http://www.w3.org/1999/xhtml" lang="nb"' in html or 'lang="nb"' in html
    assert "data:image/svg+xml" in html
    assert not re.search(r'<img[^>]+src="(?!data:)', html)
    assert '<link rel="stylesheet" href' not in html
    assert "{{<" not in html


def test_html_has_values_captions_crossrefs_and_alt_text(rendered):
    html = _norm(rendered[1].html.read_text(encoding="utf-8"))
    assert "Antall innkomne klagesaker i 2019 var 211" in html
    assert "16,7 dager i 2019 (en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)" in html
    assert "Samtlige klager mottatt i 2019 var ferdigbehandlet 20. januar 2020." in html
    assert "Tabell 1: Mottatte klagesaker Oslo politidistrikt 2019" in html
    assert "Tabell 2: Mottatte klagesaker Oslo 2019 etter grunnlag" in html
    assert "Figur 1: Mottatte klagesaker etter grunnlag" in html
    assert "Figur 3: Mottatte klagesaker etter utvikling" in html  # after the handling time
    assert '<a href="#tbl-avgjorelse">Tabell 1</a>' in html
    assert '<a href="#fig-grunnlag">Figur 1</a>' in html
    assert 'alt="Stolpediagram over klagesaker etter grunnlag"' in html
    assert "26 avgjort som Grunnlag for kritikk, det er 12 % av sakene" in html


def test_html_numbers_are_right_aligned(rendered):
    html = rendered[1].html.read_text(encoding="utf-8")
    assert re.search(r'<td style="text-align: right;">82</td>', html)


def test_commentary_headings_follow_sections_yml_and_codes(rendered):
    html = _norm(rendered[1].html.read_text(encoding="utf-8"))
    sections = outline.load_sections()
    parts = outline.commentary_parts(sections)
    headings = [p.heading.replace("{{< var year.current >}}", "2019") for p in parts]
    positions = [html.find(f">{h}</h") for h in headings]
    assert all(p > 0 for p in positions), dict(zip(headings, positions, strict=True))
    assert positions == sorted(positions)
    decision_parts = [p for p in parts if p.level == 3]
    assert [p.key for p in decision_parts] == [c.code.replace("_", "-") for c in codes.decisions()]
    # headed as the form writes them (the HTML's levels one down: its only <h1> is the title)
    assert ">Undersøkelsene har ikke lyktes i å oppklare det inntrufne</h4>" in html
    assert f">{codes.decisions()[0].label}</h4>" in html


def test_the_template_places_every_table_and_chart_of_the_form_in_order(rendered):
    html = _norm(rendered[1].html.read_text(encoding="utf-8"))
    order = [
        'id="tbl-avgjorelse"',
        "Totalt antall mottatte klagesaker 2019:",
        'id="tbl-grunnlag"',
        'id="fig-grunnlag"',
        'id="tbl-saksbehandlingstid"',
        'id="fig-saksbehandlingstid"',
        'id="kommentar-generelt"',
        'id="tbl-utvikling"',
        'id="fig-utvikling"',
        'id="kommentar-forvaltningssaker"',
        'id="tbl-enheter"',
        'id="kommentar-diskriminering"',
        'id="tbl-etnisk-utvikling"',
        'id="fig-etnisk-utvikling"',
    ]
    positions = [html.find(mark) for mark in order]
    assert all(p > 0 for p in positions), dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)


def test_a_template_without_a_commentary_part_is_an_error(tmp_path, monkeypatch):
    document = tmp_path / "rapport.qmd"
    document.write_text("{{< include /_kommentarer/innledning.qmd >}}\n", encoding="utf-8")
    with pytest.raises(KlagerapportError, match="generelt"):
        stage.check_template(document, ["innledning", "generelt"])


def test_missing_commentary_is_a_visible_note_and_a_warning(rendered):
    html = _norm(rendered[1].html.read_text(encoding="utf-8"))
    warnings = rendered[1].warnings
    expected = len([p for p in outline.commentary_parts(outline.load_sections()) if p.key]) - 2
    assert html.count("Kommentar mangler") == expected
    assert len([w for w in warnings if w.startswith("Kommentar mangler: ")]) == expected
    assert any(
        w.startswith("Kommentar mangler: Nærmere om innkomne saker i 2019") for w in warnings
    )
    assert not any("Generelt (" in w for w in warnings)
    assert 'class="callout-warning callout"' in html


def test_pdf_is_a4_tagged_with_page_numbers_and_text(rendered):
    reader = PdfReader(rendered[1].pdf)
    first = reader.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1
    # a draft (the default edition) says so in the PDF's metadata
    assert reader.metadata.title == "Rapporteringsskjema – klager på politiet (utkast) – Oslo 2019"
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.trailer["/Root"]["/Lang"] == "nb-NO"
    pages = [_norm(p.extract_text()) for p in reader.pages]
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text
    assert "Oslo 2019" not in pages[0].split("Rapporteringsår")[0]  # no header on page 1
    for text in pages[1:]:
        # the running header; a draft (the default edition) says so there too
        assert text.startswith("Rapporteringsskjema – klager på politiet (utkast) Oslo 2019")
    text = " ".join(pages)
    assert "16,7 dager i 2019 (en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)" in text
    assert "Tabell 1: Mottatte klagesaker" in text
    assert "Figur 3: Mottatte klagesaker etter utvikling" in text  # after the handling time
    assert "Kommentar mangler" in text
    assert "{{<" not in text


def test_pdf_title_is_tagged_and_links_are_described_in_norwegian(rendered):
    reader = PdfReader(rendered[1].pdf)
    types = [kind for kind, _ in struct_types(reader)]
    assert types.index("/Title") < types.index("/H1")
    assert types.count("/Title") == 1
    assert link_descriptions(reader) == ["Tabell 1", "Figur 1", "Figur 3"]


def test_xlsx_has_one_sheet_per_table_with_numbers(rendered):
    book = load_workbook(rendered[1].xlsx)
    assert book.sheetnames[:3] == ["Innhold", "Avgjørelseskode", "Grunnlag"]
    sheet = book["Avgjørelseskode"]
    assert sheet["A1"].font.bold and "Oslo 2019" in sheet["A1"].value  # the title row
    assert "Kilde" in sheet["A2"].value and "Intern utgave" in sheet["A2"].value
    assert sheet["A3"].font.bold  # the header
    assert sheet["A4"].value == codes.decisions()[0].label
    assert sheet["B4"].value == 26 and isinstance(sheet["B4"].value, int)
    assert sheet["B4"].number_format == "#,##0"
    assert sheet.column_dimensions["A"].width > 20
    overview = [row for row in book["Innhold"].values]
    assert ("Grunnlag", "Mottatte klagesaker Oslo 2019 etter grunnlag") in overview
    link = next(r for r in book["Innhold"].iter_rows() if r[0].value == "Grunnlag")[0]
    assert link.hyperlink.location == "'Grunnlag'!A1" or "Grunnlag" in link.hyperlink.target


def test_deliverables_are_named_for_the_district_and_year(rendered):
    run_dir, result = rendered
    for kind in ("html", "pdf", "xlsx"):
        named = run_dir / paths.deliverable("Oslo", 2019, kind)
        assert result.deliverables[kind] == named
        assert named.read_bytes() == (run_dir / render.OUTPUT_FILES[kind]).read_bytes()
    assert (
        paths.deliverable("Møre og Romsdal", 2020, "pdf") == "more-og-romsdal-2020-klagerapport.pdf"
    )


def test_xlsx_years_are_numbers(tmp_path):
    (tmp_path / "utvikling.csv").write_text("Årstall,Klagesaker\n2019,1211\n2018,174\n")
    (tmp_path / "enheter.csv").write_text("Enhet,2018,2019\nPass,15,42\n")
    out = xlsx.write_tables(tmp_path, tmp_path / "t.xlsx", district="Oslo", year=2019)
    book = load_workbook(out)
    sheet = book["Utvikling"]
    assert sheet["A4"].value == 2019 and sheet["A4"].number_format == "0"
    assert sheet["B4"].value == 1211 and sheet["B4"].number_format == "#,##0"
    assert book["Enheter"]["C3"].value == 2019


def test_xlsx_sheets_follow_the_form_order(tmp_path):
    for name in ("zeta", "enheter", "grunnlag", "avgjorelse"):
        (tmp_path / f"{name}.csv").write_text("a,b\nx,1\n", encoding="utf-8")
    out = xlsx.write_tables(
        tmp_path,
        tmp_path / "t.xlsx",
        district="Oslo",
        year=2019,
        sheet_names=registry.sheet_names(),
    )
    names = load_workbook(out).sheetnames
    assert names == ["Innhold", "Avgjørelseskode", "Grunnlag", "Enheter", "Zeta"]


def test_xlsx_shares_are_formatted_as_percent(tmp_path):
    (tmp_path / "saksbehandlingstid.csv").write_text(
        "Saksbehandlingstid,2018,2019\nGjennomsnitt (dager),18.9,16.7\n"
        "Andel besvart innen 28 dager,0.8736,0.8815\n",
        encoding="utf-8",
    )
    out = xlsx.write_tables(tmp_path, tmp_path / "t.xlsx", district="Oslo", year=2019)
    sheet = load_workbook(out).worksheets[1]
    assert sheet["C5"].value == 0.8815
    assert sheet["C5"].number_format == "0.0%"
    assert sheet["C4"].number_format == "General"  # days are not shares


def test_xlsx_cell_values_and_sheet_names():
    assert xlsx.cell_value("12", label_column=False) == 12
    assert xlsx.cell_value("16.7", label_column=False) == 16.7
    assert xlsx.cell_value("228.1", label_column=True) == "228.1"
    assert xlsx.cell_value("Pass", label_column=False) == "Pass"
    assert xlsx.cell_value("", label_column=False) is None
    assert len(xlsx.sheet_name("en-veldig-lang-tabell-med-mange-ord-i-navnet")) <= 31
    assert "/" not in xlsx.sheet_name("a/b")


def test_no_commentary_folder_renders_every_section_as_missing(tmp_path, commentary_root):
    run_dir = make_fake_run(tmp_path / "run")
    result = render.render_run(
        run_dir, settings.load(district="Finnmark", year=2021, engine="embedded")
    )
    keys = [p for p in outline.commentary_parts(outline.load_sections()) if p.key]
    assert len(result.warnings) == len(keys)
    html = result.html.read_text(encoding="utf-8")
    assert html.count("Kommentar mangler") == len(keys)
    assert "commentary/finnmark/2021/generelt.md" in html


def test_failed_render_keeps_the_previous_report(tmp_path, commentary_root):
    run_dir = make_fake_run(tmp_path / "run")
    for name in render.OUTPUT_FILES.values():
        (run_dir / name).write_text("forrige gode rapport", encoding="utf-8")
    write_commentary(commentary_root, {"generelt": "Se {{< var finnes.ikke >}}.\n"})
    with pytest.raises(KlagerapportError, match=r"generelt\.md, linje 1.*finnes\.ikke"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    for name in render.OUTPUT_FILES.values():
        assert (run_dir / name).read_text(encoding="utf-8") == "forrige gode rapport"
    assert not list(run_dir.glob(".*.tmp"))


def test_unknown_shortcode_in_commentary_is_an_error(tmp_path, commentary_root):
    run_dir = make_fake_run(tmp_path / "run")
    write_commentary(commentary_root, {"pass": "Tekst\n\n{{< pagebreak >}}\n"})
    with pytest.raises(KlagerapportError, match=r"pass\.md, linje 3.*pagebreak"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))


def test_not_a_build_folder_is_a_clear_error(tmp_path):
    with pytest.raises(KlagerapportError, match=r"_variables\.yml"):
        render.render_run(tmp_path, settings.load(district="Oslo", year=2019, engine="embedded"))


def test_quarto_engine_without_quarto_is_a_clear_error(monkeypatch):
    quarto_on_path(monkeypatch, None)
    assert render.choose_engine("auto") == "embedded"
    with pytest.raises(KlagerapportError, match="Quarto finnes ikke"):
        render.choose_engine("quarto")
    quarto_on_path(monkeypatch, "/usr/bin/quarto")
    assert render.choose_engine("auto") == "quarto"


def test_xlsx_is_a_real_workbook(rendered):
    with zipfile.ZipFile(rendered[1].xlsx) as z:
        assert "xl/workbook.xml" in z.namelist()


def test_cli_render_rerenders_a_run_folder(tmp_path, commentary_root):
    from typer.testing import CliRunner

    from klagerapport.cli import app

    run_dir = make_fake_run(tmp_path / "run")
    runner = CliRunner()
    result = runner.invoke(app, ["render", "--out", str(run_dir), "--engine", "embedded"])
    assert result.exit_code == 0, result.output
    assert (run_dir / "rapport.pdf").is_file()
    missing = runner.invoke(app, ["render", "--out", str(tmp_path / "nei"), "--engine", "embedded"])
    assert missing.exit_code == 1
    assert "Kjør «klagerapport build» først" in missing.output
    assert "Traceback" not in missing.output


def test_xlsx_is_byte_identical_on_a_second_write(tmp_path):
    import time

    (tmp_path / "utvikling.csv").write_text("Årstall,Klagesaker\n2019,211\n", encoding="utf-8")
    first = xlsx.write_tables(tmp_path, tmp_path / "a.xlsx", district="Oslo", year=2019)
    time.sleep(1.1)  # openpyxl stamps the save time; the workbook must not carry it
    second = xlsx.write_tables(tmp_path, tmp_path / "b.xlsx", district="Oslo", year=2019)
    assert first.read_bytes() == second.read_bytes()


def _staged(tmp_path: Path) -> render.staging.Staged:
    run_dir = make_fake_run(tmp_path / "run")
    project = tmp_path / "prosjekt"
    project.mkdir()
    return render.staging.stage(run_dir, project, district="Oslo", year=2019)


def test_embedded_engine_builds_its_template_from_the_projects_partials(tmp_path, commentary_root):
    staged = _staged(tmp_path)
    partial = staged.root / "typst-template.typ"
    text = partial.read_text(encoding="utf-8")
    assert "[Side #counter(page)" in text
    partial.write_text(text.replace("[Side #counter(page)", "[Blad #counter(page)"), "utf-8")
    render_embedded(staged, tmp_path / "r.html", tmp_path / "r.pdf")
    pages = [_norm(p.extract_text()) for p in PdfReader(tmp_path / "r.pdf").pages]
    assert pages[0].endswith(f"Blad 1 av {len(pages)}")


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("region: SE", "region «SE» støttes ikke"),
        ("lang: en", "lang «en»"),
        ("format:\n  typst:\n    pdf-standard: a-2b", "pdf-standard a-2b"),
        ("format:\n  typst:\n    template-partials: [typst-show.typ]", "template-partials"),
        ("format:\n  typst:\n    columns: 2", "columns støttes ikke"),
    ],
)
def test_options_outside_the_subset_are_refused(tmp_path, commentary_root, option, message):
    staged = _staged(tmp_path)
    config = yaml.safe_load((staged.root / "_quarto.yml").read_text(encoding="utf-8"))
    for key, value in yaml.safe_load(option).items():
        if key == "format":
            config["format"]["typst"] = value["typst"]
        else:
            config[key] = value
    (staged.root / "_quarto.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    with pytest.raises(KlagerapportError, match=re.escape(message)):
        render_embedded(staged, tmp_path / "r.html", tmp_path / "r.pdf")


def test_html_tables_lay_out_alike_at_quartos_line_length(tmp_path):
    """Quarto runs Pandoc with 72 columns: a long pipe table then gets widths from its dashes
    (equal columns) unless filters/html-table-widths.lua leaves the layout to the browser."""
    import pypandoc

    (tmp_path / "t.md").write_text(decision_table()[1], encoding="utf-8")
    widths = paths.REPORT_DIR / "filters" / "html-table-widths.lua"

    def html(*extra: str) -> str:
        return pypandoc.convert_file(
            str(tmp_path / "t.md"), "html5", extra_args=["--columns=72", *extra]
        )

    assert 'style="width: 25%"' in html()  # what Quarto would publish without the filter
    assert "width:" not in html(f"--lua-filter={widths}")


def test_the_run_keeps_a_quarto_project_that_renders_in_place(rendered, tmp_path):
    run_dir, result = rendered
    project = run_dir / render.PROJECT_DIR
    assert (project / "_quarto.yml").read_bytes() == paths.QUARTO_PROJECT.read_bytes()
    config = yaml.safe_load((project / "_quarto.yml").read_text(encoding="utf-8"))
    needed = [
        "rapport.qmd",
        "_variables.yml",
        *config["metadata-files"],
        config["format"]["html"]["css"],
        config["format"]["html"]["include-before-body"],
        *config["format"]["html"]["filters"],
        *config["format"]["typst"]["filters"],
        *config["format"]["typst"]["template-partials"],
        "commentary/generelt.md",
        "tables/avgjorelse.md",
        "figures/grunnlag.svg",
    ]
    for name in needed:
        assert (project / name).is_file(), name
    sources = {config["format"]["html"]["include-before-body"]}  # the skip link, a source
    assert not [p for p in project.glob("*.html") if p.name not in sources]
    assert not list(project.glob("*.pdf"))
    # Every include resolves inside the folder, as `quarto render` there will look for it.
    source = render.guard.read_source(project, "rapport.qmd", lambda p: str(p))
    assert any("Antall innkomne klagesaker" in line.text for line in source.lines)
    # Rendered where it lies, it gives the same report.
    copy = tmp_path / "kopi"
    shutil.copytree(project, copy)
    staged = render.staging.Staged(
        copy, yaml.safe_load((copy / "_variables.yml").read_text()), [], {}
    )
    render_embedded(staged, tmp_path / "r.html", tmp_path / "r.pdf")
    assert (tmp_path / "r.html").read_bytes() == result.html.read_bytes()
    again = [p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages]
    assert again == [p.extract_text() for p in PdfReader(result.pdf).pages]


def test_same_input_renders_byte_identical_files_and_project(tmp_path, commentary_root):
    def tree(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }

    write_commentary(commentary_root, {"generelt": "Se @tbl-avgjorelse.[^1]\n\n[^1]: Merk.\n"})
    first = make_fake_run(tmp_path / "a" / "run")
    second = make_fake_run(tmp_path / "b" / "run")
    for run_dir in (first, second):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    assert (first / render.PROJECT_DIR / "_rapport.yml").is_file()
    # tabeller.xlsx is left out: openpyxl stamps the zip entries and properties with the time
    # of writing (publish/xlsx.py, not the render engines).
    a, b = tree(first), tree(second)
    assert set(a) == set(b)
    assert {k: v for k, v in a.items() if k != "tabeller.xlsx"} == {
        k: v for k, v in b.items() if k != "tabeller.xlsx"
    }
