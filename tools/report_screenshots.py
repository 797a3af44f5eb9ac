"""The README's pictures of the report: the HTML at 1280 and 390 px (headless Chromium through
Playwright) and the PDF's pages 1-4 (pypdfium2), from a build of Oslo 2019.

    .venv/bin/python -m tools.report_screenshots [--build outputs/oslo/2019] [--out docs/img]

`make screenshots` builds Oslo 2019 from the synthetic sample (embedded engine) and runs this.
Writes rapport-html.png (1280 px), rapport-html-390.png, rapport-pdf-side1.png .. side4.png.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1]
IMG = SOURCE / "docs" / "img"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")  # else Playwright's
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
HTML_SHOTS = {"rapport-html.png": (1280, 1500), "rapport-html-390.png": (390, 1500)}
PDF_PAGES = 4
PDF_SCALE = 1.2  # 72 dpi x 1.2: an A4 page about 714 px wide


def html_shots(html: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as pw:
        launch = {"args": ARGS, **({"executable_path": CHROMIUM} if CHROMIUM else {})}
        browser = pw.chromium.launch(**launch)
        try:
            for name, (width, height) in HTML_SHOTS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(html.as_uri(), wait_until="load")
                page.screenshot(path=str(out / name), full_page=False)
                written.append(out / name)
                page.close()
        finally:
            browser.close()
    return written


def pdf_shots(pdf: Path, out: Path) -> list[Path]:
    import pypdfium2 as pdfium

    written = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for index in range(min(PDF_PAGES, len(doc))):
            image = doc[index].render(scale=PDF_SCALE).to_pil()
            target = out / f"rapport-pdf-side{index + 1}.png"
            image.save(target, optimize=True)
            written.append(target)
    finally:
        doc.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=SOURCE / "outputs" / "oslo" / "2019")
    parser.add_argument("--out", type=Path, default=IMG)
    args = parser.parse_args(argv)
    build = args.build.resolve()
    html, pdf = build / "rapport.html", build / "rapport.pdf"
    for file in (html, pdf):
        if not file.is_file():
            raise SystemExit(f"fant ikke {file}: bygg rapporten først (make report)")
    args.out.mkdir(parents=True, exist_ok=True)
    for path in [*html_shots(html, args.out), *pdf_shots(pdf, args.out)]:
        print(path.relative_to(SOURCE) if path.is_relative_to(SOURCE) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
