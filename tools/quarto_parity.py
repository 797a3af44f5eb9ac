"""`make quarto-parity`: the same report rendered by a real Quarto CLI and by the embedded
engine, compared. Run it where Quarto installs (a developer's machine); it is not part of
`make test`, and without Quarto it stops with exit status 2 rather than pass.

Both renders go through `klagerapport.render.render_run`, so both pass the whole guard first
(grammar, leftovers, the PDF's design, every piece of the document in the HTML and the PDF).
Then it compares what a reader gets:

- the HTML's headings (text, in order), tables (`tbl-…` ids) and figures (`fig-…` ids);
- the PDF's words (within 3 %) and pages (reported).

    python -m tools.quarto_parity [--district Oslo] [--year 2019] [--utgave intern]

It renders copies of the build folder (`make report` first); the build itself is untouched.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from klagerapport import paths, render, settings
from klagerapport.errors import KlagerapportError
from klagerapport.render import completeness, guard

WORDS_WITHIN = 0.03  # the PDFs' word counts may differ by this share of the embedded one's
HEADINGS = {"h1", "h2", "h3", "h4"}


@dataclass
class Shape:
    """What a reader gets from one engine's report."""

    headings: list[str] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)
    figures: set[str] = field(default_factory=set)
    pdf_words: int = 0
    pdf_pages: int = 0


class _Outline(HTMLParser):
    """Headings outside the table of contents and the title block; float ids."""

    def __init__(self, shape: Shape) -> None:
        super().__init__()
        self.shape = shape
        self.skip = 0
        self.heading: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        ident = attrs.get("id") or ""
        if tag in ("nav", "header"):
            self.skip += 1
        if "-caption" not in ident and tag not in ("caption", "figcaption"):
            if ident.startswith("tbl-"):
                self.shape.tables.add(ident)
            elif ident.startswith("fig-"):
                self.shape.figures.add(ident)
        if tag in HEADINGS and not self.skip:
            self.heading = []

    def handle_endtag(self, tag):
        if tag in ("nav", "header") and self.skip:
            self.skip -= 1
        if tag in HEADINGS and self.heading is not None:
            self.shape.headings.append(" ".join(completeness.words("".join(self.heading))))
            self.heading = None

    def handle_data(self, data):
        if self.heading is not None:
            self.heading.append(data)


def shape(html: str, pdf_pages: list[str] | None = None) -> Shape:
    found = Shape()
    outline = _Outline(found)
    outline.feed(html)
    outline.close()
    if pdf_pages is not None:
        found.pdf_words = len(completeness.words("\n".join(pdf_pages)))
        found.pdf_pages = len(pdf_pages)
    return found


def differences(quarto: Shape, embedded: Shape) -> list[str]:
    """What differs beyond what parity allows (empty: the same report)."""
    out = []
    if quarto.headings != embedded.headings:
        only_q = [h for h in quarto.headings if h not in embedded.headings]
        only_e = [h for h in embedded.headings if h not in quarto.headings]
        out.append(f"overskriftene er ulike: bare Quarto {only_q}, bare innebygd {only_e}")
    if quarto.tables != embedded.tables:
        out.append(f"tabellene er ulike: {sorted(quarto.tables ^ embedded.tables)}")
    if quarto.figures != embedded.figures:
        out.append(f"figurene er ulike: {sorted(quarto.figures ^ embedded.figures)}")
    if embedded.pdf_words:
        share = abs(quarto.pdf_words - embedded.pdf_words) / embedded.pdf_words
        if share > WORDS_WITHIN:
            out.append(
                f"PDF-ene har {quarto.pdf_words} og {embedded.pdf_words} ord "
                f"({share:.1%}, mer enn {WORDS_WITHIN:.0%})"
            )
    return out


def _render(run_dir: Path, into: Path, engine: str, district: str, year: int) -> Shape:
    copy = into / engine
    shutil.copytree(run_dir, copy)
    plan = settings.load(district=district, year=year, engine=engine)
    result = render.render_run(copy, plan)
    return shape(result.html.read_text(encoding="utf-8"), guard.pdf_text(result.pdf))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--district")
    parser.add_argument("--year", type=int)
    parser.add_argument("--utgave", default="intern")
    args = parser.parse_args(argv)
    quarto = shutil.which("quarto")
    if quarto is None:
        print(
            "quarto-parity: Quarto finnes ikke på PATH, så ingenting er sammenlignet "
            "(installer Quarto 1.11 fra quarto.org og kjør igjen).",
            file=sys.stderr,
        )
        return 2
    version = subprocess.run(
        [quarto, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    cfg = settings.load(year=args.year, district=args.district)
    run_dir = paths.output_dir(cfg.district, cfg.year, args.utgave)
    if not (run_dir / "_variables.yml").is_file():
        print(
            f"quarto-parity: fant ikke bygget {paths.shown(run_dir)}; kjør make report",
            file=sys.stderr,
        )
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="klagerapport-parity-") as tmp:
            shapes = {
                engine: _render(run_dir, Path(tmp), engine, cfg.district, cfg.year)
                for engine in ("embedded", "quarto")
            }
    except KlagerapportError as err:
        print(f"quarto-parity: {err}", file=sys.stderr)
        return 1
    q, e = shapes["quarto"], shapes["embedded"]
    print(f"Quarto {version} mot den innebygde motoren, {cfg.district} {cfg.year}:")
    print(f"  overskrifter  {len(q.headings):>6} {len(e.headings):>6}")
    print(f"  tabeller      {len(q.tables):>6} {len(e.tables):>6}")
    print(f"  figurer       {len(q.figures):>6} {len(e.figures):>6}")
    print(f"  PDF-ord       {q.pdf_words:>6} {e.pdf_words:>6}")
    print(f"  PDF-sider     {q.pdf_pages:>6} {e.pdf_pages:>6}")
    found = differences(q, e)
    for line in found:
        print(f"  ULIKT: {line}")
    print("  likt" if not found else f"  {len(found)} forskjell(er)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
