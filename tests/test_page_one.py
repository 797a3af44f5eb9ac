"""Page 1's facts (owner, edition, date) as the project's Typst partials print them, through the
embedded engine's template (Pandoc, then Typst): the date is text, never a numbered list
(«20. januar 2020» opening Typst markup is item 20 of one), and a long owner (a partial
national report's) puts the facts one under the other instead of wrapping each in a third of
the width."""

from __future__ import annotations

import shutil
import subprocess

import yaml
from built import struct_types
from pypdf import PdfReader
from typstpdf import compile_pdf

from klagerapport import paths
from klagerapport.render.embedded.engine import PARTIALS, assemble_template


def page_one(tmp_path, rapport: dict):
    """The PDF of a one-paragraph document with `rapport` as _rapport.yml gives it, made with
    the project's partials and the embedded engine's template pieces, A4 with the margins of
    _quarto.yml."""
    import pypandoc

    root = tmp_path / "root"
    root.mkdir()
    for name in PARTIALS:
        shutil.copy2(paths.REPORT_DIR / name, root / name)
    template = assemble_template(root, tmp_path)
    margin = yaml.safe_load((paths.ROOT / "_quarto.yml").read_text(encoding="utf-8"))["format"][
        "typst"
    ]["margin"]
    meta = {"title": "Rapporteringsskjema – klager på politiet", "lang": "nb", "region": "NO"}
    meta.update({"papersize": "a4", "fontsize": "10.5pt", "margin": margin, "rapport": rapport})
    (tmp_path / "meta.yml").write_text(yaml.safe_dump(meta, allow_unicode=True), "utf-8")
    (tmp_path / "doc.md").write_text("Innledende tekst.\n", encoding="utf-8")
    subprocess.run(
        [
            pypandoc.get_pandoc_path(),
            str(tmp_path / "doc.md"),
            "-t",
            "typst",
            f"--template={template}",
            f"--metadata-file={tmp_path / 'meta.yml'}",
            "-o",
            str(tmp_path / "doc.typ"),
        ],
        check=True,
    )
    return compile_pdf(tmp_path / "doc.typ")


def _layout(pdf) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


FACTS = {"eier": "Oslo politidistrikt", "utgave": "Intern utgave", "dato": "20. januar 2020"}


def test_the_date_is_text_not_a_numbered_list(tmp_path):
    pdf = page_one(tmp_path, FACTS)
    types = [kind for kind, _ in struct_types(PdfReader(pdf))]
    assert "/L" not in types and "/LI" not in types and "/Lbl" not in types, types
    lines = _layout(pdf)
    assert any(line.endswith("20. januar 2020") for line in lines), lines


def test_three_short_facts_stand_side_by_side(tmp_path):
    lines = _layout(page_one(tmp_path, FACTS))
    labels = next(line for line in lines if line.startswith("Eier"))
    assert labels.split() == ["Eier", "Utgave", "Dato"]  # one row of labels, values under them


def test_a_long_owner_puts_each_fact_on_its_own_line(tmp_path):
    owner = "Hele landet, delvis (10 av 12 politidistrikter)"
    facts = {**FACTS, "eier": owner, "utgave": "Offentlig utgave, utkast"}
    facts["dato"] = "20. januar 2020 (foreløpig)"
    lines = _layout(page_one(tmp_path, facts))
    for label, value in (("Eier", owner), ("Utgave", facts["utgave"]), ("Dato", facts["dato"])):
        assert any(line.split() == [label, *value.split()] for line in lines), (label, lines)
