"""The built Oslo 2019 report (HTML) against the published figures.

One real build (sample data, section notebooks, embedded render) per test session, shared with
test_report_pdf.py and test_browser.py through `built_oslo_2019`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from built import norm, published

pytestmark = pytest.mark.slow


class Tables(HTMLParser):
    """Every <table>: its caption and its rows as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None
        self.text: list[str] = []
        self.images: list[dict] = []
        self.headings: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"caption": "", "rows": [], "id": dict(attrs).get("id")})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "caption":
            self._caption = []
        elif tag == "img":
            self.images.append(dict(attrs))
        elif re.fullmatch(r"h[1-6]", tag):
            self._heading = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1]["rows"][-1].append(norm("".join(self._cell)))
            self._cell = None
        elif re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append(norm("".join(self._heading)))
            self._heading = None
        elif tag == "caption" and self._caption is not None:
            self.tables[-1]["caption"] = norm("".join(self._caption))
            self._caption = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._caption is not None:
            self._caption.append(data)
        if self._heading is not None:
            self._heading.append(data)


@pytest.fixture(scope="module")
def run_dir(oslo_2019) -> Path:
    return oslo_2019


@pytest.fixture(scope="module")
def page(run_dir) -> Tables:
    parser = Tables()
    parser.feed((run_dir / "rapport.html").read_text(encoding="utf-8"))
    return parser


def _table(page: Tables, ident: str) -> dict:
    found = [t for t in page.tables if t["id"] == ident]
    assert len(found) == 1, [t["id"] for t in page.tables]
    return found[0]


def _as_numbers(cells: list[str]) -> list[int]:
    return [int(c.replace(" ", "")) for c in cells]


def test_decision_table_equals_the_published_one(page):
    table = _table(page, "tbl-avgjorelse")
    assert table["caption"].startswith("Tabell 1: ")
    body = {row[0]: _as_numbers(row[1:]) for row in table["rows"][1:]}
    assert body == published()["decisions"]


def test_ground_table_equals_the_published_one(page):
    table = _table(page, "tbl-grunnlag")
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
    from klagerapport.render import stage

    sections = stage.load_sections()
    parts = stage.commentary_parts(sections)
    expected = [p.heading.replace("{{< var year.current >}}", "2019") for p in parts]
    after = page.headings[page.headings.index(sections["intro_heading"]) + 1 :]
    found = [h for h in after if h in expected]  # commentary files may add subheadings
    assert found == expected


def test_figures_are_embedded_with_alt_text(page):
    assert len(page.images) >= 3
    for image in page.images:
        assert image["src"].startswith("data:image/")
        assert image.get("alt", "").strip()


def test_html_is_clean(run_dir):
    html = (run_dir / "rapport.html").read_text(encoding="utf-8")
    assert 'lang="nb"' in html
    assert "{{<" not in html
    assert 'id="TOC"' in html
    assert not re.search(r'(?:src|href)="(?!data:|#|https?:)', html)
