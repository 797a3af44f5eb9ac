"""Rendering a (small, fake) run folder to rapport.html, rapport.pdf and tabeller.xlsx."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from pypdf import PdfReader

from klagerapport import paths, render
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import codes
from klagerapport.publish import xlsx
from klagerapport.publish.fmt import NBSP
from klagerapport.render import stage
from klagerapport.sections import registry

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">'
    '<rect x="20" y="40" width="60" height="150" fill="#1f3a5f"/>'
    '<rect x="100" y="120" width="60" height="70" fill="#6b8fb5"/></svg>'
)

VARIABLES = {
    "district": "Oslo",
    "year": {"current": "2019", "minus1": "2018", "next": "2020"},
    "received": {
        "total": "211",
        "open": "0",
        "all_decided_by": "20. januar 2020",
        "all_decided_sentence": (
            "Samtlige klager mottatt i 2019 var ferdigbehandlet 20. januar 2020."
        ),
        "change": f"21{NBSP}%",
    },
    "decided": {"total": "211"},
    "handling_days": {
        "mean": "16,7",
        "mean_minus1": "18,9",
        "change_word": "nedgang",
        "change_sentence": "(en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)",
    },
    "decisions": {"kritikk": {"count": "26", "share": f"12{NBSP}%"}},
}


def _decision_table() -> tuple[str, str]:
    labels = [c.label for c in codes.decisions()]
    counts = [(26, 2, 0), (76, 4, 0), (82, 4, 2), (17, 4, 1), (5, 0, 0), (5, 1, 0)]
    head = "Avgjørelseskode,Sum,Etnisk,Annen\n"
    csv = head + "".join(
        f'"{lab}",{a},{b},{c}\n' for lab, (a, b, c) in zip(labels, counts, strict=True)
    )
    csv += "Total,211,15,3\n"
    md = [
        "| Avgjørelseskode | Sum antall behandlede klager | Herav klager med etnisk "
        "diskriminering | Herav klager med annen diskriminering |",
        "|:---|---:|---:|---:|",
        *(f"| {lab} | {a} | {b} | {c} |" for lab, (a, b, c) in zip(labels, counts, strict=True)),
        "| Total | 211 | 15 | 3 |",
        "",
        ": Mottatte klagesaker Oslo politidistrikt 2019 etter avgjørelseskode {#tbl-avgjorelse}",
    ]
    return csv, "\n".join(md) + "\n"


def _ground_table() -> tuple[str, str]:
    heads = [codes.ground_heading(g.code) for g in codes.grounds()]
    rows = {
        "Uten diskriminering": [62, 10, 1, 0, 90, 30],
        "Med etnisk diskriminering": [10, 2, 0, 0, 3, 0],
        "Med annen diskriminering": [3, 0, 0, 0, 0, 0],
        "SUM": [75, 12, 1, 0, 93, 30],
    }
    csv = "Antall saker," + ",".join(heads) + "\n"
    csv += "".join(f"{k}," + ",".join(map(str, v)) + "\n" for k, v in rows.items())
    md = [
        "| Antall saker | " + " | ".join(heads) + " |",
        "|:---|" + "---:|" * len(heads),
        *(f"| {k} | " + " | ".join(map(str, v)) + " |" for k, v in rows.items()),
        "",
        ": Mottatte klagesaker Oslo 2019 etter grunnlag {#tbl-grunnlag}",
    ]
    return csv, "\n".join(md) + "\n"


def make_fake_run(run_dir: Path, *, variables: dict | None = None) -> Path:
    """A run folder like the build writes: two tables, one chart, _variables.yml."""
    (run_dir / "tables").mkdir(parents=True)
    (run_dir / "figures").mkdir()
    for name, (csv, md) in {"avgjorelse": _decision_table(), "grunnlag": _ground_table()}.items():
        (run_dir / "tables" / f"{name}.csv").write_text(csv, encoding="utf-8")
        (run_dir / "tables" / f"{name}.md").write_text(md, encoding="utf-8")
    for name in ("grunnlag", "utvikling"):
        (run_dir / "figures" / f"{name}.svg").write_text(SVG, encoding="utf-8")
        (run_dir / "figures" / f"{name}.md").write_text(
            f"![Mottatte klagesaker etter {name}](figures/{name}.svg)"
            f'{{#fig-{name} fig-alt="Stolpediagram over klagesaker etter {name}"}}\n',
            encoding="utf-8",
        )
    data = yaml.safe_dump(variables or VARIABLES, allow_unicode=True)
    (run_dir / "_variables.yml").write_text(data, encoding="utf-8")
    return run_dir


@pytest.fixture
def commentary_root(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "commentary"
    root.mkdir()
    monkeypatch.setattr(paths, "COMMENTARY", root)
    return root


def _write_commentary(root: Path, files: dict[str, str]) -> None:
    folder = root / "oslo" / "2019"
    folder.mkdir(parents=True, exist_ok=True)
    for key, text in files.items():
        (folder / f"{key}.md").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> tuple[Path, render.RenderResult]:
    """One embedded render of a fake run with two commentary files, shared by the module."""
    tmp = tmp_path_factory.mktemp("render")
    commentary = tmp / "commentary"
    mp = pytest.MonkeyPatch()
    mp.setattr(paths, "COMMENTARY", commentary)
    _write_commentary(
        commentary,
        {
            "generelt": "Antall innkomne klagesaker i {{< var year.current >}} var "
            "{{< var received.total >}}, se @tbl-avgjorelse og @fig-grunnlag.\n\n"
            "### Utviklingen\n\n{{< include /figures/utvikling.md >}}\n",
            "kritikk": "Av de {{< var received.total >}} sakene ble "
            "{{< var decisions.kritikk.count >}} avgjort som Grunnlag for kritikk, det er "
            "{{< var decisions.kritikk.share >}} av sakene.\n",
        },
    )
    run_dir = make_fake_run(tmp / "run")
    try:
        result = render.render_run(run_dir, district="Oslo", year=2019, engine="embedded")
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
    assert "Figur 2: Mottatte klagesaker etter utvikling" in html
    assert '<a href="#tbl-avgjorelse">Tabell 1</a>' in html
    assert '<a href="#fig-grunnlag">Figur 1</a>' in html
    assert 'alt="Stolpediagram over klagesaker etter grunnlag"' in html
    assert "26 avgjort som Grunnlag for kritikk, det er 12 % av sakene" in html


def test_html_numbers_are_right_aligned(rendered):
    html = rendered[1].html.read_text(encoding="utf-8")
    assert re.search(r'<td style="text-align: right;">82</td>', html)


def test_commentary_headings_follow_sections_yml_and_codes(rendered):
    html = _norm(rendered[1].html.read_text(encoding="utf-8"))
    sections = stage.load_sections()
    headings = [p.heading for p in stage.commentary_parts(sections)]
    headings = [h.replace("{{< var year.current >}}", "2019") for h in headings]
    positions = [html.find(f">{h}</h") for h in headings]
    assert all(p > 0 for p in positions), dict(zip(headings, positions, strict=True))
    assert positions == sorted(positions)
    for code in codes.decisions():
        assert f">{code.label}</h3>" in html


def test_missing_commentary_is_a_visible_note_and_a_warning(rendered):
    html = _norm(rendered[1].html.read_text(encoding="utf-8"))
    warnings = rendered[1].warnings
    expected = len([p for p in stage.commentary_parts(stage.load_sections()) if p.key]) - 2
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
    assert reader.metadata.title == "Rapporteringsskjema – klager på politiet (utkast)"
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.trailer["/Root"]["/Lang"] == "nb"
    pages = [_norm(p.extract_text()) for p in reader.pages]
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text
    text = " ".join(pages)
    assert "16,7 dager i 2019 (en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)" in text
    assert "Tabell 1: Mottatte klagesaker" in text
    assert "Kommentar mangler" in text
    assert "{{<" not in text


def test_xlsx_has_one_sheet_per_table_with_numbers(rendered):
    book = load_workbook(rendered[1].xlsx)
    assert book.sheetnames == ["Innhold", "Avgjørelseskode", "Grunnlag"]
    sheet = book["Avgjørelseskode"]
    assert sheet["A1"].font.bold
    assert sheet["A2"].value == codes.decisions()[0].label
    assert sheet["B2"].value == 26 and isinstance(sheet["B2"].value, int)
    assert sheet.column_dimensions["A"].width > 20
    overview = [row for row in book["Innhold"].values]
    assert ("Grunnlag", "Mottatte klagesaker Oslo 2019 etter grunnlag") in overview


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
    assert sheet["C3"].value == 0.8815
    assert sheet["C3"].number_format == "0.0%"
    assert sheet["C2"].number_format == "General"  # days are not shares


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
    result = render.render_run(run_dir, district="Finnmark", year=2021, engine="embedded")
    keys = [p for p in stage.commentary_parts(stage.load_sections()) if p.key]
    assert len(result.warnings) == len(keys)
    html = result.html.read_text(encoding="utf-8")
    assert html.count("Kommentar mangler") == len(keys)
    assert "commentary/finnmark/2021/generelt.md" in html


def test_failed_render_keeps_the_previous_report(tmp_path, commentary_root):
    run_dir = make_fake_run(tmp_path / "run")
    for name in render.OUTPUT_FILES.values():
        (run_dir / name).write_text("forrige gode rapport", encoding="utf-8")
    _write_commentary(commentary_root, {"generelt": "Se {{< var finnes.ikke >}}.\n"})
    with pytest.raises(KlagerapportError, match=r"generelt\.md, linje 1.*finnes\.ikke"):
        render.render_run(run_dir, district="Oslo", year=2019, engine="embedded")
    for name in render.OUTPUT_FILES.values():
        assert (run_dir / name).read_text(encoding="utf-8") == "forrige gode rapport"
    assert not list(run_dir.glob(".*.tmp"))


def test_unknown_shortcode_in_commentary_is_an_error(tmp_path, commentary_root):
    run_dir = make_fake_run(tmp_path / "run")
    _write_commentary(commentary_root, {"pass": "Tekst\n\n{{< pagebreak >}}\n"})
    with pytest.raises(KlagerapportError, match=r"pass\.md, linje 3.*pagebreak"):
        render.render_run(run_dir, district="Oslo", year=2019, engine="embedded")


def test_not_a_build_folder_is_a_clear_error(tmp_path):
    with pytest.raises(KlagerapportError, match=r"_variables\.yml"):
        render.render_run(tmp_path, district="Oslo", year=2019, engine="embedded")


def test_quarto_engine_without_quarto_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(render.shutil, "which", lambda name: None)
    assert render.choose_engine("auto") == "embedded"
    with pytest.raises(KlagerapportError, match="Quarto finnes ikke"):
        render.choose_engine("quarto")
    monkeypatch.setattr(render.shutil, "which", lambda name: "/usr/bin/quarto")
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
