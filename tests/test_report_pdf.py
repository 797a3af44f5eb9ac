"""The built Oslo 2019 report (PDF): the published figures, A4, page numbers, tagged, nb."""

from __future__ import annotations

import pytest
from built import norm, published
from pypdf import PdfReader

pytestmark = pytest.mark.slow

A4 = (595.28, 841.89)  # points


@pytest.fixture(scope="module")
def pdf(oslo_2019) -> PdfReader:
    return PdfReader(oslo_2019 / "rapport.pdf")


@pytest.fixture(scope="module")
def pages(pdf) -> list[str]:
    return [norm(page.extract_text()) for page in pdf.pages]


def test_every_page_is_a4(pdf):
    for page in pdf.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4, abs=0.5)


def test_every_page_is_numbered(pages):
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"Side {number} av {len(pages)}")


def test_pdf_is_tagged_titled_and_norwegian(pdf):
    root = pdf.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "nb"
    # the default build is a draft, and its PDF says so (a final edition: tests/test_check.py)
    assert pdf.metadata.title == "Rapporteringsskjema – klager på politiet (utkast)"
    xmp = root["/Metadata"].get_object().get_data()
    assert b"pdfuaid:part" in xmp  # Typst checked PDF/UA-1 (alt texts, tags) while writing


def test_tables_carry_the_published_figures(pages):
    first = pages[0]
    for label, numbers in {**published()["decisions"], **published()["grounds"]}.items():
        assert f"{label} {' '.join(map(str, numbers))}" in first
    unwrapped = first.replace("/ ", "/")  # a header line break after the slash
    for heading in published()["grounds_columns"]:
        assert heading in unwrapped


def test_text_carries_the_published_commentary_figures(pages):
    text = " ".join(pages)
    assert "16,7 dager i 2019 (en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)" in text
    assert "Antall innkomne klagesaker i OPD i 2019 var 211 saker" in text
    shares = published()["shares_2019_percent"]
    assert f"det er ca {shares['Grunnlag for kritikk']} % av sakene" in text
    assert f"til sammen {shares['Adferd og saksbehandling']} % av klagene" in text
    assert "{{<" not in text
