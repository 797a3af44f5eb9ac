"""Only aggregates leave the pipeline: no case number and no free text in any file a build writes.

Scans every file of a real 2019 build (text files as text, the PDF through pypdf, the workbook
through openpyxl, anything else as bytes) and the processed store, for every `saksnr` and every
`beskrivelse` of the input. The scanner is shown to find a planted case number in each format.
"""

from __future__ import annotations

import json
import shutil
import urllib.parse
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader

from klagerapport import paths
from klagerapport.ingest import store
from klagerapport.pipeline import run as build
from klagerapport.publish import values as V

TEXT_SUFFIXES = {
    ".ipynb", ".json", ".csv", ".md", ".svg", ".html", ".yml", ".yaml", ".txt", ".typ", ".qmd",
    ".css", ".js",
}  # fmt: skip


def input_secrets() -> list[str]:
    """Every case number and free text of the sample input, as the files hold them."""
    secrets: list[str] = []
    for file in sorted(paths.SAMPLE_DIR.glob("*.csv")):
        frame = pd.read_csv(file, sep=";", dtype=str, keep_default_na=False)
        secrets += frame["saksnr"].str.strip().tolist()
        secrets += frame["beskrivelse"].str.strip().tolist()
    return [s for s in secrets if s]


def variants(secret: str) -> set[str]:
    """The forms a text may take in a file: as is, JSON-escaped, URL-encoded, lower-cased and
    slugged (a file name, a value key)."""
    forms = {secret, secret.lower(), paths.slug(secret), V.unit_key(secret)}
    return {
        out
        for form in forms
        if form
        for out in (
            form,
            json.dumps(form)[1:-1],
            form.replace("/", "\\/"),
            urllib.parse.quote(form),
        )
    }


def texts_of(path: Path) -> list[str]:
    """The text a person or a program could read out of a file."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return [path.read_text(encoding="utf-8")]
    if suffix == ".pdf":
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
        return [*pages, str(reader.metadata or {}), path.read_bytes().decode("latin-1")]
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        cells = [
            str(value)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        ]
        with zipfile.ZipFile(path) as archive:
            parts = [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
        return ["\n".join(cells), *parts]
    return [path.read_bytes().decode("utf-8", "replace")]


def leaks(files: list[Path], secrets: list[str]) -> list[str]:
    """'file: secret' for every secret found in any readable form of any file (a form is
    also looked for in the lower-cased text)."""
    forms = {form: secret for secret in secrets for form in variants(secret)}
    found = []
    for file in files:
        for text in texts_of(file):
            lower = text.lower()
            found += [f"{file.name}: {forms[f]}" for f in forms if f in text or f in lower]
    return sorted(set(found))


def written_files(run_dir: Path) -> list[Path]:
    processed = store.location(paths.SAMPLE_DIR)
    return sorted(p for folder in (run_dir, processed) for p in folder.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def secrets() -> list[str]:
    found = input_secrets()
    assert len(found) > 1000  # every case of the sample has a number and a text
    return found


@pytest.mark.slow
def test_no_case_number_or_free_text_in_any_output(oslo_2019, secrets):
    files = written_files(oslo_2019)
    suffixes = {p.suffix for p in files}
    assert {
        ".ipynb",
        ".json",
        ".csv",
        ".svg",
        ".png",
        ".parquet",
        ".pdf",
        ".xlsx",
        ".html",
    } <= suffixes
    assert leaks(files, secrets) == []


@pytest.mark.slow
def test_processed_store_holds_no_case_number_or_free_text(oslo_2019, secrets):
    cases = store.read_cases(store.location(paths.SAMPLE_DIR) / store.CASES_FILE)
    assert not {"saksnr", "beskrivelse"} & set(cases.columns)
    values = {str(v) for column in cases.columns for v in cases[column].dropna().unique()}
    assert not values & set(secrets)


def test_scanner_finds_free_text_lower_cased_or_slugged(tmp_path, secrets):
    text = next(s for s in secrets if " " in s)
    (tmp_path / "a.json").write_text(json.dumps({V.unit_key(text): 1}), encoding="utf-8")
    (tmp_path / "b.md").write_text(f"| {text.upper()} | 1 |", encoding="utf-8")
    (tmp_path / "c.svg").write_text(f"<svg id='{paths.slug(text)}'/>", encoding="utf-8")
    (tmp_path / "clean.csv").write_text("aar;antall\n2019;211\n", encoding="utf-8")
    found = leaks(sorted(tmp_path.iterdir()), secrets)
    assert {f.split(":")[0] for f in found} == {"a.json", "b.md", "c.svg"}


PERSON = "Kari Nordmann Testesen"


@pytest.mark.slow
def test_a_name_typed_as_a_unit_reaches_no_output(tmp_path):
    """The export's `enhet` is free text: a person's name typed there (here in place of every
    "Hittegods") is counted as "Andre enheter" and appears in no file of the run, in any form."""
    sample = next(paths.SAMPLE_DIR.glob("*.csv")).read_text(encoding="utf-8")
    assert sample.count(";Hittegods;") > 5
    data = tmp_path / "oslo-med-navn.csv"
    data.write_text(sample.replace(";Hittegods;", f";{PERSON};"), encoding="utf-8")
    out = tmp_path / "oslo-2019"
    try:
        build.build_report(year=2019, district="Oslo", data=data, out=out)
    finally:
        shutil.rmtree(store.location(data), ignore_errors=True)  # this test's processed store
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert {"rapport.pdf", "rapport.html", "tabeller.xlsx", "values.json"} <= {
        p.name for p in files
    }
    assert leaks(files, [PERSON]) == []
    values = json.loads((out / "values.json").read_text(encoding="utf-8"))
    assert values["units"]["andre_enheter"]["count"] > 0


def test_scanner_finds_a_planted_case_number_in_every_format(tmp_path, secrets):
    number, text = secrets[0], next(s for s in secrets if " " in s)
    (tmp_path / "a.json").write_text(json.dumps({"x": number}), encoding="utf-8")
    (tmp_path / "b.ipynb").write_text(json.dumps({"cells": [text]}), encoding="utf-8")
    (tmp_path / "c.html").write_text(f'<a href="?q={urllib.parse.quote(number)}">', "utf-8")
    book = openpyxl.Workbook()
    book.active["B7"] = number
    book.save(tmp_path / "d.xlsx")
    pdf_with_text(tmp_path / "e.pdf", number)
    (tmp_path / "f.png").write_bytes(b"\x89PNG" + number.encode())
    (tmp_path / "clean.csv").write_text("aar;antall\n2019;211\n", encoding="utf-8")
    found = leaks(sorted(tmp_path.iterdir()), secrets)
    assert {f.split(":")[0] for f in found} == {
        "a.json",
        "b.ipynb",
        "c.html",
        "d.xlsx",
        "e.pdf",
        "f.png",
    }


def pdf_with_text(path: Path, text: str) -> None:
    """A one-page PDF with `text` as real (extractable) text, through matplotlib."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = plt.figure()
        fig.text(0.1, 0.5, text)
        fig.savefig(path, metadata={"Title": "plain"})
        plt.close(fig)
    assert text in "".join(p.extract_text() for p in PdfReader(path).pages)
