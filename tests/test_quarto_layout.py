"""The report's look under Quarto as well as under the embedded engine: the pieces both engines
share (the HTML filters, rapport.css, the Typst partials) checked the way Quarto uses them,
without a Quarto CLI (none runs in CI): the skip link's target exists under Quarto's own <main>,
the stylesheet leaves Quarto's page grid its width, a callout called the way Quarto calls it
breaks across pages, and a chart and a table in the shape Quarto 1.11's Typst writer gives
them (read from quarto-cli's Typst output of floats, nothing copied) float and keep their
title with them, so Quarto's PDF fills its pages as the embedded engine's does."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from typstpdf import compile_pdf

from klagerapport import paths

FILTERS = paths.REPORT_DIR / "filters"


def _pandoc_lua(script: str, tmp_path) -> str:
    import pypandoc

    file = tmp_path / "script.lua"
    file.write_text(script, encoding="utf-8")
    proc = subprocess.run(
        [pypandoc.get_pandoc_path(), "lua", str(file)], capture_output=True, text=True, check=True
    )
    return proc.stdout


@pytest.mark.parametrize("under_quarto", [True, False])
def test_the_skip_links_target_exists_under_either_engine(tmp_path, under_quarto):
    html = _pandoc_lua(
        ("quarto = {}\n" if under_quarto else "")
        + f'dofile("{FILTERS / "html-a11y.lua"}")\n'
        + 'local doc = Pandoc(pandoc.read("# Antall\\n\\nTekst.", "markdown"))\n'
        + 'print(pandoc.write(doc, "html"))\n',
        tmp_path,
    )
    link = (paths.REPORT_DIR / "hopp-til-innhold.html").read_text(encoding="utf-8")
    target = link.split('href="#')[1].split('"')[0]
    assert f'id="{target}"' in html
    assert html.index(f'id="{target}"') < html.index("Antall")  # before the content
    # Quarto writes its own <main>: the filter adds none there
    assert ("<main" in html) is not under_quarto


@pytest.mark.slow
@pytest.mark.browser
def test_the_stylesheet_leaves_quartos_page_its_width():
    from playwright.sync_api import sync_playwright

    fixture = paths.ROOT / "tests" / "fixtures" / "quarto" / "rapport.html"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(fixture.as_uri())
        page.add_style_tag(path=str(paths.REPORT_DIR / "rapport.css"))
        widths = page.evaluate(
            "[document.body.getBoundingClientRect().width,"
            " document.querySelector('main').getBoundingClientRect().width]"
        )
        browser.close()
    # no max-width on Quarto's body or <main>: its grid sets the columns
    assert widths[0] == 1280 and widths[1] > 1000, widths


def test_a_callout_called_as_quarto_calls_it_breaks_across_pages(tmp_path):
    from pypdf import PdfReader

    long_text = " ".join(["Dette er en lang merknad som fortsetter over siden."] * 140)
    source = (paths.REPORT_DIR / "typst-template.typ").read_text(encoding="utf-8")
    source += (
        "\n#show: doc => rapport(title: [Prøve], doc)\n"
        + "Innledende tekst.\n\n"
        + "#block[\n#callout(\nbody: \n[\n"
        + long_text
        + '\n]\n, \ntitle: \n[\nMerk\n]\n, \nbackground_color: \nrgb("#dae6fb")\n, \n'
        + 'icon_color: \nrgb("#0758E5")\n, \nicon: \nnone\n, \n'
        + "body_background_color: \nwhite\n)\n]\n"
    )
    (tmp_path / "t.typ").write_text(source, encoding="utf-8")
    pages = [p.extract_text() for p in PdfReader(compile_pdf(tmp_path / "t.typ")).pages]
    assert len(pages) >= 2
    assert "Merk" in pages[0] and "Dette er en lang merknad" in pages[0]  # starts on page 1
    assert "Dette er en lang merknad" in pages[1]  # and goes on: it breaks, not jumps


# A chart twice as tall as an A4 page is wide: too tall for any page.
SVG_TALL = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="1600" viewBox="0 0 400 1600">'
    '<rect x="0" y="0" width="400" height="1600" fill="#ff0000"/></svg>'
)


def _compile_with_quartos_shapes(tmp_path, body: str, name: str = "t", svg: str | None = None):
    """The project's Typst template partial applied as Quarto 1.11 applies it, on A4 with the
    margins of _quarto.yml, to a body in the shape Quarto's Typst writer gives figures and
    tables (`#figure([...], caption: figure.caption(position: top, [...]), kind:
    "quarto-float-fig" | "quarto-float-tbl", supplement: ...)`, an image in a full-width box)."""
    from fakerun import SVG

    (tmp_path / "diagram.svg").write_text(svg or SVG, encoding="utf-8")
    source = (paths.REPORT_DIR / "typst-template.typ").read_text(encoding="utf-8")
    source += (
        '\n#set page(paper: "a4", margin: (x: 3.6cm, y: 2.3cm))\n'
        + "#show: doc => rapport(title: [Prøve], doc)\n"
        + body
    )
    (tmp_path / f"{name}.typ").write_text(source, encoding="utf-8")
    return compile_pdf(tmp_path / f"{name}.typ")


def _quarto_figure(caption: str, height: str) -> str:
    return (
        '#figure([\n#box(width: 100%,image("diagram.svg", height: '
        + height
        + ', alt: "Et stolpediagram"))\n], caption: figure.caption(\nposition: top, \n[\n'
        + caption
        + '\n]), \nkind: "quarto-float-fig", \nsupplement: "Figur", \n)\n<fig-prove>\n\n'
    )


def test_a_chart_shaped_as_quarto_writes_it_floats_and_the_text_fills_the_page(tmp_path):
    from built import MIN_FILL, page_fill
    from pypdf import PdfReader

    before = "Tekst før diagrammet, som fyller det meste av siden. " * 30
    after = "Tekst etter diagrammet, som skal fylle resten av siden. " * 30
    pdf = _compile_with_quartos_shapes(
        tmp_path, f"{before}\n\n{_quarto_figure('Mottatte klager', '11cm')}{after}\n"
    )
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert "Mottatte klager" not in pages[0]  # no room for the chart on page 1 ...
    assert "Tekst etter diagrammet" in pages[0]  # ... so the text after it fills the page
    assert "Mottatte klager" in pages[1]
    assert page_fill(pdf)[0] >= MIN_FILL


def test_a_table_title_shaped_as_quarto_writes_it_stays_with_its_table(tmp_path):
    from pypdf import PdfReader

    table = (  # Pandoc's and Quarto's Typst writers mark the header row (table.header)
        "#figure([\n#table(columns: 2, table.header([Avgjørelse], [Antall]), "
        + ", ".join(f"[Rad {i}], [{i}]" for i in range(1, 13))
        + ")\n], caption: figure.caption(\nposition: top, \n[\nTabelltittelen\n]), \n"
        + 'kind: "quarto-float-tbl", \nsupplement: "Tabell", \n)\n<tbl-prove>\n'
    )
    # the title falls at every height near the foot of page 1 in turn
    for k, space in enumerate(range(560, 700, 10)):
        pdf = _compile_with_quartos_shapes(tmp_path, f"Innledning.\n\n#v({space}pt)\n{table}", k)
        pages = [p.extract_text() for p in PdfReader(pdf).pages]
        [title_page] = [i for i, text in enumerate(pages) if "Tabelltittelen" in text]
        assert "Rad 1" in pages[title_page], f"tittelen alene nederst på siden ({space} pt)"


def _chart_rows(pdf) -> list[tuple[int, int, int] | None]:
    """For each page (rendered at 1 px a point): the first and last row the chart (SVG_TALL's
    pure red) is drawn on, and the last row of the text area; None where there is no chart."""
    import numpy as np
    import pypdfium2
    from built import _margins_pt

    _, bottom = _margins_pt()
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        found = []
        for page in doc:
            rgb = np.asarray(page.render(scale=1).to_pil().convert("RGB")).astype(int)
            red = (rgb[:, :, 0] > 200) & (rgb[:, :, 1] < 60) & (rgb[:, :, 2] < 60)
            rows = np.flatnonzero(red.any(axis=1))
            area_end = rgb.shape[0] - round(bottom)
            found.append((int(rows[0]), int(rows[-1]), area_end) if len(rows) else None)
        return found
    finally:
        doc.close()


def test_a_chart_too_tall_for_a_page_is_scaled_to_fit_it(tmp_path):
    from pypdf import PdfReader

    pdf = _compile_with_quartos_shapes(
        tmp_path, "Innledning.\n\n" + _quarto_figure("Et høyt diagram", "auto"), svg=SVG_TALL
    )
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    [chart_page] = [i for i, t in enumerate(pages) if "Et høyt diagram" in t]
    rows = _chart_rows(pdf)[chart_page]
    assert rows is not None
    first, last, area_end = rows
    assert last < area_end  # the whole chart on its page, above the page number
    assert last - first > 0.6 * area_end  # drawn as large as a page allows, not a thumbnail
