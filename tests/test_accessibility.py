"""WCAG 2.1 AA of the built HTML report, measured in headless Chromium: axe-core (bundled by
axe-playwright-python, installed from requirements.lock) finds no violation of the wcag2a,
wcag2aa, wcag21a and wcag21aa rules, at desktop width and at 320 px; at 320 px the page does not
scroll sideways (reflow, SC 1.4.10): wide tables and charts scroll inside their own region."""

from __future__ import annotations

import shutil

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = (1280, 320)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def _open(browser, html, width: int):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(html.as_uri(), wait_until="load")
    return page


def _violations(page, tags) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]}
    found = Axe().run(page, options=options).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {n['target']} {v['help']}" for v in found for n in v["nodes"]
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_wcag_21_aa_violation(browser, oslo_2019, width):
    page = _open(browser, oslo_2019 / "rapport.html", width)
    assert _violations(page, WCAG_TAGS) == []


def test_landmarks_main_and_skip_link(browser, oslo_2019):
    page = _open(browser, oslo_2019 / "rapport.html", 1280)
    # axe's best-practice landmark rules: one <main>, all content in landmarks
    found = _violations(page, ["best-practice"])
    assert not [v for v in found if v.startswith(("landmark-", "region"))], found
    assert page.locator("main#innhold").count() == 1
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.tagName, document.activeElement.hash]")
    assert focused == ["A", "#innhold"]  # the first Tab reaches the skip link


def test_no_horizontal_scroll_at_320_px(browser, oslo_2019):
    page = _open(browser, oslo_2019 / "rapport.html", 320)
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth,"
        " document.body.scrollWidth]"
    )
    assert widths[0] <= widths[1] and widths[2] <= widths[1], widths
    # whatever is wider than the screen sits in a labelled, focusable scroll region
    outside = page.evaluate(
        """[...document.querySelectorAll('main *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(e => !e.closest('[role=region][tabindex="0"][aria-label]'))
            .map(e => e.tagName + (e.id ? '#' + e.id : ''))"""
    )
    assert outside == []
    # headings wrap inside the screen (the title is not clipped)
    clipped = page.evaluate(
        "[...document.querySelectorAll('h1,h2,h3')].filter(h => h.scrollWidth > h.clientWidth)"
        ".map(h => h.textContent)"
    )
    assert clipped == []


def test_chart_text_stays_readable_at_320_px(browser, oslo_2019):
    page = _open(browser, oslo_2019 / "rapport.html", 320)
    ratios = page.evaluate(
        "[...document.querySelectorAll('figure img')].map(i => i.getBoundingClientRect().width"
        " / i.naturalWidth)"
    )
    assert ratios and min(ratios) >= 0.75, ratios  # 10 pt chart text stays at least 7.5 pt


def test_title_tables_and_quotes(oslo_2019):
    html = (oslo_2019 / "rapport.html").read_text(encoding="utf-8")
    # the default build is a draft (render/finality.py), and its title says so
    assert "<title>Rapporteringsskjema – klager på politiet (utkast) – Oslo 2019</title>" in html
    assert 'scope="col"' in html and '<th style="text-align: left;" scope="row">' in html
    assert "«" in html and "“" not in html and "”" not in html
