"""The report's look under Quarto as well as under the embedded engine: the pieces both engines
share (the HTML filters, rapport.css, the Typst partials) checked the way Quarto uses them,
without a Quarto CLI (none runs in CI): the skip link's target exists under Quarto's own <main>,
the stylesheet leaves Quarto's page grid its width, and a callout called the way Quarto calls
it breaks across pages."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from klagerapport import paths
from klagerapport.render import fonts

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
    import typst
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
    typst.compile(
        str(tmp_path / "t.typ"),
        output=str(tmp_path / "t.pdf"),
        font_paths=[str(fonts.source_folder())],
        ignore_system_fonts=True,
    )
    pages = [p.extract_text() for p in PdfReader(tmp_path / "t.pdf").pages]
    assert len(pages) >= 2
    assert "Merk" in pages[0] and "Dette er en lang merknad" in pages[0]  # starts on page 1
    assert "Dette er en lang merknad" in pages[1]  # and goes on: it breaks, not jumps
