"""The built Oslo 2019 report (HTML) against the published figures.

One real build (sample data, section notebooks, embedded render) per test session, shared with
test_report_pdf.py and test_browser.py through the `oslo_2019` fixture (conftest.py).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from built import norm, published

pytestmark = pytest.mark.slow


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
FLOAT_ID = re.compile(r"(tbl|fig)-")


class Tables(HTMLParser):
    """The report's text, headings, images, and its tables and figures by id, whatever element
    carries the id and whichever caption element holds the caption: the embedded engine writes
    `<table id="tbl-x"><caption>`, Quarto `<div id="tbl-x" class="quarto-float">` around a
    `<figure>` with a `<figcaption>` (tests/fixtures/quarto/rapport.html)."""

    def __init__(self) -> None:
        super().__init__()
        self.floats: dict[str, dict] = {}
        self.text: list[str] = []
        self.images: list[dict] = []
        self.headings: list[str] = []
        self._open: list[tuple[str, str | None]] = []  # (tag, float id) of open elements
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None
        self._heading: list[str] | None = None

    @property
    def tables(self) -> list[dict]:
        return [f for f in self.floats.values() if f["rows"]]

    def _float(self) -> dict | None:
        for _tag, ident in reversed(self._open):
            if ident:
                return self.floats[ident]
        return None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        ident = attrs.get("id") or ""
        # A caption's own id (Quarto: "tbl-x-caption-...") names the caption, not a float.
        ident = ident if FLOAT_ID.match(ident) and tag not in ("caption", "figcaption") else None
        if ident:
            self.floats[ident] = {"id": ident, "caption": "", "rows": [], "images": []}
        if tag not in VOID:
            self._open.append((tag, ident))
        current = self._float()
        if tag == "tr" and current is not None:
            current["rows"].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag in ("caption", "figcaption"):
            self._caption = []
        elif tag == "img":
            self.images.append(attrs)
            if current is not None:
                current["images"].append(attrs)
        elif re.fullmatch(r"h[1-6]", tag):
            self._heading = []

    def handle_endtag(self, tag):
        current = self._float()
        if tag in ("td", "th") and self._cell is not None and current is not None:
            current["rows"][-1].append(norm("".join(self._cell)))
            self._cell = None
        elif re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append(norm("".join(self._heading)))
            self._heading = None
        elif tag in ("caption", "figcaption") and self._caption is not None:
            if current is not None:
                current["caption"] = norm("".join(self._caption))
            self._caption = None
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                del self._open[i:]
                break

    def handle_data(self, data):
        self.text.append(data)
        for part in (self._cell, self._caption, self._heading):
            if part is not None:
                part.append(data)


QUARTO_SHAPED = Path(__file__).parent / "fixtures" / "quarto" / "rapport.html"


def parse(text: str) -> Tables:
    parser = Tables()
    parser.feed(text)
    return parser


@pytest.fixture(scope="module")
def run_dir(oslo_2019) -> Path:
    return oslo_2019


@pytest.fixture(scope="module")
def page(run_dir) -> Tables:
    return parse((run_dir / "rapport.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["embedded", "quarto-shaped"])
def any_html(request) -> str:
    """The embedded engine's real HTML, and the hand-written sample of Quarto's HTML shape."""
    if request.param == "quarto-shaped":
        return QUARTO_SHAPED.read_text(encoding="utf-8")
    return (request.getfixturevalue("oslo_2019") / "rapport.html").read_text("utf-8")


@pytest.fixture(scope="module")
def any_page(any_html) -> Tables:
    return parse(any_html)


def _table(page: Tables, ident: str) -> dict:
    assert ident in page.floats, sorted(page.floats)
    table = page.floats[ident]
    assert table["rows"], f"{ident} has no table rows"
    return table


def _as_numbers(cells: list[str]) -> list[int]:
    return [int(c.replace(" ", "")) for c in cells]


def test_decision_table_equals_the_published_one(any_page):
    table = _table(any_page, "tbl-avgjorelse")
    assert table["caption"].startswith("Tabell 1: ")
    body = {row[0]: _as_numbers(row[1:]) for row in table["rows"][1:]}
    assert body == published()["decisions"]


def test_ground_table_equals_the_published_one(any_page):
    table = _table(any_page, "tbl-grunnlag")
    assert table["caption"].startswith("Tabell 2: ")
    assert table["rows"][0][1:] == published()["grounds_columns"]
    body = {row[0]: _as_numbers(row[1:]) for row in table["rows"][1:]}
    assert body == published()["grounds"]


def test_handling_time_sentence_and_counts(page):
    text = norm("".join(page.text))
    days = published()["mean_handling_days"]
    assert (
        f"{days[2019]} dager i 2019 (en nedgang fra 2018 da gjennomsnittet lå på "
        f"{days[2018]} dager)".replace(".", ",")
        in text
    )
    received = published()["received_total"]
    assert f"Antall klager registrert mottatt i rapporteringsåret: {received}" in text
    assert f"Antall innkomne klagesaker i OPD i 2019 var {received} saker" in text


def test_commentary_quotes_the_published_shares(page):
    text = norm("".join(page.text))
    shares = published()["shares_2019_percent"]
    assert (
        f"ble 26 avgjort som Grunnlag for kritikk, det er ca {shares['Grunnlag for kritikk']} %"
        in text
    )
    uheldig = shares["Uheldig, men ikke grunnlag for kritikk"]
    assert f"76 av de 211 sakene, eller {uheldig} %" in text
    assert (
        f"{shares['Ikke grunnlag for kritikk']} % av klagene ble avgjort som Ikke grunnlag" in text
    )
    for key in ("228.5 Saksbehandling/service", "228.1 Adferd", "Adferd og saksbehandling"):
        assert f"{shares[key]} %" in text
    assert "I 2018 ble 21 av 174 saker" in text  # the seed's slip (176) is not repeated
    assert "ferdigbehandlet pr 20. januar 2020" in text  # nor the wrong year


def test_every_commentary_heading_is_present_and_ordered(page):
    from klagerapport import outline, paths
    from klagerapport.check import nocomment

    sections = outline.load_sections()
    parts = outline.commentary_parts(sections)
    # parts the district leaves without commentary on purpose print nothing, not even a heading
    left_out, _ = nocomment.load(
        paths.COMMENTARY / "oslo" / "2019", tuple(sections.get("may_be_empty") or ())
    )
    assert left_out, "the shipped Oslo 2019 commentary leaves Avvist and Overført out"
    expected = [
        p.heading.replace("{{< var year.current >}}", "2019")
        for p in parts
        if p.key not in left_out
    ]
    after = page.headings[page.headings.index(sections["intro_heading"]) + 1 :]
    found = [h for h in after if h in expected]  # commentary files may add subheadings
    assert found == expected


def test_figures_are_embedded_with_alt_text(page):
    assert len(page.images) >= 3
    for image in page.images:
        assert image["src"].startswith("data:image/")
        assert image.get("alt", "").strip()


def test_every_figure_has_a_numbered_caption_and_alt_text(any_page):
    figures = {k: v for k, v in any_page.floats.items() if k.startswith("fig-")}
    assert "fig-grunnlag" in figures, sorted(any_page.floats)
    for number, (ident, figure) in enumerate(figures.items(), start=1):
        assert figure["caption"].startswith(f"Figur {number}: "), ident
        assert [i["src"][:11] for i in figure["images"]] == ["data:image/"], ident
        assert figure["images"][0].get("alt", "").strip(), ident


def test_cross_references_link_to_their_tables_and_figures(any_html, any_page):
    links = re.findall(r'<a href="#((?:tbl|fig)-[\w-]+)"[^>]*>([^<]+)</a>', any_html)
    assert links
    for target, text in links:
        assert target in any_page.floats
        caption = any_page.floats[target]["caption"]
        assert caption.startswith(norm(html.unescape(text)) + ": "), (target, text, caption)


def test_html_is_clean(any_html):
    assert 'lang="nb"' in any_html
    assert "{{<" not in any_html
    assert 'id="TOC"' in any_html
    assert not re.search(r'(?:src|srcset|href)="(?!data:|#|https?:)', any_html)


def _narrow_page(folder, *, under_quarto: bool) -> tuple[str, str]:
    """A one-chart page through report/filters/html-a11y.lua (as Quarto runs it, or as the
    embedded engine does), and the data URI of its narrow drawing: every byte value, a length
    not a multiple of three."""
    import base64
    import subprocess

    import pypandoc

    from klagerapport import paths

    (folder / "figures").mkdir()
    data = bytes(range(256)) * 3 + b"<svg/>\n"
    (folder / "figures" / "x.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (folder / "figures" / "x-smal.svg").write_bytes(data)
    (folder / "doc.md").write_text("![Tittel](figures/x.svg){#fig-x}\n", encoding="utf-8")
    a11y = paths.REPORT_DIR / "filters" / "html-a11y.lua"
    if under_quarto:  # Quarto's `quarto` global, then the filter's functions
        (folder / "quarto.lua").write_text(f"quarto = {{}}\ndofile({str(a11y)!r})\n")
        a11y = folder / "quarto.lua"
    page = subprocess.run(
        [pypandoc.get_pandoc_path(), f"--lua-filter={a11y}", "-t", "html5", "doc.md"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return page, "data:image/svg+xml;base64," + base64.b64encode(data).decode()


def test_a_charts_narrow_drawing_is_embedded_as_exactly_its_bytes_under_quarto(tmp_path):
    """Under Quarto the filter embeds figures/<name>-smal.svg itself (Pandoc's embedding leaves
    srcset alone), with its own base64 encoder."""
    page, uri = _narrow_page(tmp_path, under_quarto=True)
    assert f'<picture><source media="(max-width: 36rem)" srcset="{uri}">' in page


def test_the_embedded_engine_embeds_the_narrow_drawing_as_exactly_its_bytes(tmp_path):
    """Outside Quarto the filter names the file and the embedded engine puts its bytes in after
    Pandoc: the same data URI the filter writes under Quarto."""
    from klagerapport.render.embedded import engine

    page, uri = _narrow_page(tmp_path, under_quarto=False)
    assert '<picture><source media="(max-width: 36rem)" srcset="figures/x-smal.svg">' in page
    embedded = engine.embed_narrow_charts(page, tmp_path)
    assert f'<picture><source media="(max-width: 36rem)" srcset="{uri}">' in embedded
    assert embedded.replace(uri, "figures/x-smal.svg") == page  # nothing else changed


def test_the_embedded_engine_embeds_no_file_from_outside_the_project(tmp_path):
    from klagerapport.errors import BuildError
    from klagerapport.render.embedded import engine

    (tmp_path / "figures").mkdir()
    for target in ("/etc/x.svg", "figures/mangler-smal.svg"):
        with pytest.raises(BuildError, match="fant ikke figuren"):
            engine.embed_narrow_charts(f'<source media="m" srcset="{target}">', tmp_path)
