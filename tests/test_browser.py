"""The built HTML report in a real browser (headless Chromium): tables and charts visible,
no console errors, a screenshot in test-artifacts/rapport.png for people to look at."""

from __future__ import annotations

import shutil

import pytest

from klagerapport import paths

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# Debian's Chromium where installed (.ci/run installs it); else Playwright's own (make browser).
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT = paths.ROOT / "test-artifacts" / "rapport.png"


@pytest.fixture(scope="module")
def browser_page(oslo_2019):
    from playwright.sync_api import sync_playwright

    html = oslo_2019 / "rapport.html"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        errors: list[str] = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda err: errors.append(str(err)))
        page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
        page.goto(html.as_uri(), wait_until="load")
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=False)
        yield page, errors
        browser.close()


def test_no_console_errors(browser_page):
    _page, errors = browser_page
    assert errors == []


def test_tables_are_visible(browser_page):
    page, _ = browser_page
    for ident in ("tbl-avgjorelse", "tbl-grunnlag"):
        # the embedded engine's id is on the table's figure (its title above the scroll region)
        table = page.locator(f"figure#{ident} table, table#{ident}")
        assert table.is_visible()
        box = table.bounding_box()
        assert box["width"] > 300 and box["height"] > 100
    # The page's column: <main>'s content box (its width less its padding).
    column = page.evaluate(
        "(() => { const m = document.querySelector('main'); const s = getComputedStyle(m);"
        " return m.clientWidth - parseFloat(s.paddingLeft)"
        " - parseFloat(s.paddingRight); })()"
    )
    widest = page.evaluate(
        "Math.max(...[...document.querySelectorAll('table')].map(t => t.scrollWidth))"
    )
    assert widest <= column + 0.5, f"a table ({widest}px) is wider than the text ({column}px)"


def test_images_are_loaded_and_described(browser_page):
    page, _ = browser_page
    images = page.evaluate(
        "[...document.images].map(i => ({w: i.naturalWidth, alt: i.alt, "
        "visible: i.getBoundingClientRect().width > 0}))"
    )
    assert len(images) >= 3
    for image in images:
        assert image["w"] > 0 and image["visible"] and image["alt"].strip()


def test_page_is_norwegian_with_a_working_toc(browser_page):
    page, _ = browser_page
    assert page.evaluate("document.documentElement.lang") == "nb"
    links = page.locator("nav#TOC a")
    assert links.count() >= 10
    target = links.first.get_attribute("href")
    assert page.locator(target).count() == 1


def test_screenshot_was_saved(browser_page):
    assert SCREENSHOT.is_file() and SCREENSHOT.stat().st_size > 10_000
