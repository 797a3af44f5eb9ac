"""The PDF's running header (from page 2) is one line: the title with its edition marks on the
left, the place in its short form on the right («Norge, delvis (10 av 12) 2019», where page 1
and the PDF's title list every district a partial national report lacks), set smaller should
the two not fit (report/typst-template.typ, `rapport-header`). Checked on the text layer as
`pdftotext -layout` reads it, for the longest title the build makes and every place a report
can have, and on a real partial national build over one district (eleven missing)."""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml
from typstpdf import compile_pdf

from klagerapport import districts, paths
from klagerapport.publish import text
from klagerapport.render import finality
from klagerapport.render.stage import run_metadata

YEAR = 2019


def _longest_title() -> str:
    """The document's title as the longest edition marks leave it: public, draft (the order
    render/finality.py appends them in)."""
    front = (paths.REPORT_DIR / "rapport.qmd").read_text(encoding="utf-8").split("---")[1]
    title = yaml.safe_load(front)["title"]
    return title + finality.PUBLIC_SUFFIX + finality.DRAFT_SUFFIX


def _margins() -> str:
    margin = yaml.safe_load((paths.ROOT / "_quarto.yml").read_text(encoding="utf-8"))["format"][
        "typst"
    ]["margin"]
    return f"(x: {margin['x']}, y: {margin['y']})"


def _typst_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def header_lines(tmp_path, title: str, *running: str, name: str = "t") -> list[list[str]]:
    """For each running header's place in `running`, the lines above the body of its page as
    `pdftotext -layout` reads them: the template applied on A4 with _quarto.yml's margins to
    a title, one page per place after page 1 (one document, so one compile)."""
    source = (paths.REPORT_DIR / "typst-template.typ").read_text(encoding="utf-8")
    source += (
        f'\n#set page(paper: "a4", margin: {_margins()})\n'
        + '#let where = state("where", "")\n'
        + f"#show: doc => rapport(title: {_typst_string(title)}, place: [Sted], "
        + "running: context where.get(), doc)\n"
        + "Forside.\n"
    )
    for number, place in enumerate(running):  # the header of the page after the update
        source += f"#where.update({_typst_string(place)})\n#pagebreak()\nBRØDTEKST{number}\n"
    (tmp_path / f"{name}.typ").write_text(source, encoding="utf-8")
    pages = _layout(compile_pdf(tmp_path / f"{name}.typ"))
    return [_above(pages[n + 1], f"BRØDTEKST{n}") for n in range(len(running))]


def _layout(pdf) -> list[str]:
    """The pages of `pdf` as `pdftotext -layout` reads them."""
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")


def _above(page: str, body_starts: str) -> list[str]:
    return [line.strip() for line in page.split(body_starts)[0].splitlines() if line.strip()]


def every_place() -> list[str]:
    """Every place a report's running header can name, with the year: each district and agency
    of districts.yml, the whole country, and a partial national report missing 1 to 11 of
    the 12 police districts (the longest lists first)."""
    police = districts.police_districts()
    names = [d.name for d in districts.all_districts()]
    national = [text.district_header("Norge", police[:k]) for k in range(len(police))]
    return [f"{name} {YEAR}" for name in (*names, *national)]


def test_the_short_place_of_a_partial_national_report():
    police = districts.police_districts()
    assert text.district_header("Norge", police[:2]) == "Norge, delvis (10 av 12)"
    assert text.district_header("Norge", police[:11]) == "Norge, delvis (1 av 12)"
    assert text.district_header("Norge") == "Norge"
    assert text.district_header("Møre og Romsdal", police[:2]) == "Møre og Romsdal"
    # page 1 keeps the full list
    assert text.district_heading("Norge", police[:2]).endswith(
        f"{police[0].name} og {police[1].name})"
    )


def test_the_running_header_takes_the_short_place_and_the_title_the_full_one():
    heading = districts.partial_heading(districts.police_districts()[1:])
    variables = {
        "district": heading,
        "district_short": "Norge, delvis (1 av 12)",
        "year": {"current": "2019"},
    }
    meta = run_metadata(variables)["rapport"]
    assert meta["topptekst"] == "Norge, delvis (1 av 12) 2019"
    assert meta["sted"].replace("\\", "") == f"{heading} 2019"
    # a run made before the short form existed: the full place, as before
    older = run_metadata({"district": "Oslo", "year": {"current": "2019"}})["rapport"]
    assert older["topptekst"] == older["sted"] == "Oslo 2019"


def test_every_place_fits_on_one_line_beside_the_longest_title(tmp_path):
    title = _longest_title()
    assert title.endswith("– offentlig utgave (utkast)")
    places = every_place()
    for place, lines in zip(places, header_lines(tmp_path, title, *places), strict=True):
        assert len(lines) == 1, (place, lines)
        assert re.fullmatch(rf"{re.escape(title)}\s+{re.escape(place)}", lines[0]), lines


def test_the_full_list_of_missing_districts_would_wrap(tmp_path):
    """The test above can fail: the place page 1 prints does not fit the header."""
    missing = districts.police_districts()[1:]
    full = f"{districts.partial_heading(missing)} {YEAR}"
    (lines,) = header_lines(tmp_path, _longest_title(), full)
    assert len(lines) > 1, lines


def test_a_title_that_leaves_little_room_is_set_smaller_not_wrapped(tmp_path):
    from pypdf import PdfReader

    title = _longest_title() + " – ekstra merknad"
    place = f"Norge, delvis (10 av 12) {YEAR}"
    (lines,) = header_lines(tmp_path, title, place)
    assert len(lines) == 1 and lines[0].endswith(place), lines
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(round(size * tm[0], 2))

    PdfReader(tmp_path / "t.pdf").pages[1].extract_text(visitor_text=visit)
    assert min(sizes) < 8  # the header shrank
    assert min(sizes) >= 6  # no smaller than the floor


@pytest.mark.slow
def test_a_partial_national_report_over_one_district_has_a_one_line_header(tmp_path):
    """The longest scope there is: a national report over data with one police district of
    twelve (the Oslo sample), built public and as a draft, the longest title."""
    from klagerapport.pipeline import run as pipeline_run

    out = tmp_path / "norge-2019-offentlig"
    pipeline_run.build_report(
        year=YEAR,
        district="Norge",
        partial=True,
        data=paths.ROOT / "data" / "raw" / "sample",
        out=out,
        engine="embedded",
        utgave="offentlig",
        log=lambda _l: None,
    )
    pdf = out / "rapport.pdf"
    pages = _layout(pdf)
    title = _longest_title()
    place = f"Norge, delvis (1 av 12) {YEAR}"
    for page in pages[1:]:
        if not page.strip():
            continue
        lines = page.strip("\n").splitlines()
        assert re.fullmatch(rf"{re.escape(title)}\s+{re.escape(place)}", lines[0].strip())
        assert not lines[1].strip(), lines[:3]  # a blank line under it: nothing wrapped
    # page 1 and the PDF's title keep the whole list
    missing = districts.police_districts()[1:]
    assert "Finnmark" in re.sub(r"\s+", " ", pages[0])
    from pypdf import PdfReader

    assert PdfReader(pdf).metadata.title.endswith(f"{districts.partial_heading(missing)} {YEAR}")
