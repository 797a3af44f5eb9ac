"""The options of _quarto.yml and the document's front matter outside the embedded engine's
subset (render/embedded/options.py): every one refused at once, each a located problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from klagerapport import paths
from klagerapport.errors import KlagerapportError
from klagerapport.render.embedded.options import CODE, project_options
from klagerapport.render.stage import DOCUMENT


def _project(tmp_path: Path, *, quarto: str | None = None, front: str = "") -> Path:
    """A project folder with the real _quarto.yml (or `quarto`) and a document whose front
    matter holds `front` after its title."""
    shutil.copy2(paths.QUARTO_PROJECT, tmp_path / "_quarto.yml")
    if quarto is not None:
        (tmp_path / "_quarto.yml").write_text(quarto, encoding="utf-8")
    (tmp_path / DOCUMENT).write_text(f'---\ntitle: "T"\n{front}---\n\nTekst.\n', encoding="utf-8")
    return tmp_path


def _with(tmp_path: Path, old: str, new: str) -> str:
    text = paths.QUARTO_PROJECT.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_projects_own_options_are_accepted(tmp_path):
    options = project_options(_project(tmp_path))
    assert options["format"]["typst"]["pdf-standard"] == "ua-1"


def test_every_refused_option_is_a_located_problem_all_at_once(tmp_path):
    text = _with(tmp_path, "    pdf-standard: ua-1", "    pdf-standard: a-2b\n    columns: 2")
    assert '\nregion: "NO"' in text
    text = text.replace('\nregion: "NO"', "\nregion: SE", 1)
    root = _project(tmp_path, quarto=text)
    with pytest.raises(KlagerapportError) as caught:
        project_options(root)
    found = {p.column: p for p in caught.value.problems}
    assert set(found) == {"region", "format.typst.pdf-standard", "format.typst.columns"}
    assert all(p.file == "_quarto.yml" and p.code == CODE for p in found.values())
    assert found["region"].row == _line_of(text, "region: SE")
    assert found["region"].value == "SE"
    assert found["format.typst.pdf-standard"].row == _line_of(text, "pdf-standard: a-2b")
    assert found["format.typst.columns"].row == _line_of(text, "columns: 2")
    assert found["format.typst.columns"].value == "2"
    message = str(caught.value)
    assert message.startswith("3 problemer i _quarto.yml:")
    assert f"_quarto.yml, linje {_line_of(text, 'columns: 2')}: " in message
    assert "valget columns støttes ikke" in message
    assert "region «SE» støttes ikke" in message
    assert "pdf-standard a-2b støttes ikke (bare ua-1)" in message


def test_an_option_in_the_front_matter_is_located_in_the_document(tmp_path):
    root = _project(tmp_path, front="lang: en\nbibliography: x.bib\n")
    with pytest.raises(KlagerapportError) as caught:
        project_options(root)
    found = {p.column: p for p in caught.value.problems}
    assert set(found) == {"lang", "bibliography"}
    assert {p.file for p in found.values()} == {f"report/{DOCUMENT}"}
    assert found["lang"].row == 3  # line 1 is ---, line 2 the title
    assert found["bibliography"].row == 4
    assert "lang «en» støttes ikke" in found["lang"].message


def test_a_format_outside_html_and_typst_and_wrong_partials(tmp_path):
    text = _with(tmp_path, "format:\n", "format:\n  docx:\n    toc: true\n")
    text = text.replace("      - typst-show.typ\n", "", 1)
    root = _project(tmp_path, quarto=text)
    with pytest.raises(KlagerapportError) as caught:
        project_options(root)
    found = {p.column: p for p in caught.value.problems}
    assert set(found) == {"format.docx", "format.typst.template-partials"}
    assert found["format.docx"].row == _line_of(text, "  docx:")
    assert "typst-template.typ, typst-show.typ" in found["format.typst.template-partials"].message
