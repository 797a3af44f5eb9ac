"""The completeness guard: every piece of the staged document is in the HTML and the PDF, or
the render stops naming the first piece missing (render/completeness.py, render/guard/)."""

from __future__ import annotations

from pathlib import Path

import pypandoc
import pytest
import quartomodel
from fakerun import make_fake_run, write_commentary

from klagerapport import paths, render, settings
from klagerapport.render import completeness, guard
from klagerapport.render import stage as staging

COMMENTARY = {
    "generelt": (
        "Antall innkomne klagesaker i {{< var year.current >}} var {{< var received.total >}} "
        "saker, se @tbl-avgjorelse.[^apne]\n\n"
        "Mens vi nå igjen ser en økning{{< claim received.change gt 0 >}} i antall klager, er "
        "det vanskelig å si hvorfor; endringen er {{< var received.change >}}.\n\n"
        "[^apne]: Ingen saker var åpne ved årsskiftet.\n"
    ),
    "kritikk": (
        "Kritikkverdige forhold ble påpekt i {{< var decisions.kritikk.count >}} saker, det er "
        "{{< var decisions.kritikk.share >}} av alle sakene som ble behandlet i året.\n\n"
        "- Ett punkt om opplæring av nye tjenestepersoner\n"
        "- Et annet punkt om rutiner for skriftlig svar\n"
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One embedded render of a fake run; its staged source, HTML and PDF text."""
    tmp = tmp_path_factory.mktemp("complete")
    mp = pytest.MonkeyPatch()
    mp.setattr(paths, "COMMENTARY", tmp / "commentary")
    write_commentary(tmp / "commentary", COMMENTARY)
    run_dir = make_fake_run(tmp / "run")
    result = render.render_run(
        run_dir, settings.load(district="Oslo", year=2019, engine="embedded")
    )
    project = run_dir / render.PROJECT_DIR
    source = guard.read_source(
        project, staging.DOCUMENT, lambda p: p.relative_to(project).as_posix()
    )
    variables = staging.read_variables(project)
    meta = staging.metadata(project)
    html = result.html.read_text(encoding="utf-8")
    pages = guard.pdf_text(result.pdf)
    yield source, variables, meta, html, pages, project
    mp.undo()


def test_a_complete_render_passes_and_the_pieces_cover_the_document(built):
    source, variables, meta, html, pages, _ = built
    assert guard.completeness_problems(html, pages, source, variables, meta) == []
    pieces = completeness.pieces(source.lines, variables, meta)
    kinds = {p.kind for p in pieces}
    assert {"avsnitt", "overskrift", "tabell", "figur", "fotnote", "listepunkt"} <= kinds
    first = next(p for p in pieces if p.file == "commentary/generelt.md")
    # values filled in, the footnote mark and the cross-reference left out
    assert first.words[:6] == ("antall", "innkomne", "klagesaker", "i", "2019", "var")
    assert "apne" not in first.words and "tbl" not in first.words
    table = next(p for p in pieces if p.label == "tbl-avgjorelse")
    assert "uheldig" in table.cells and "211" in table.cells


def _cut_html(html: str, before: str) -> str:
    """The page as a renderer that stopped before `before` would leave it (closed off)."""
    return html[: html.index(before)] + "</main></body></html>"


def test_a_truncated_html_names_the_first_missing_piece(built):
    source, variables, meta, html, pages, _ = built
    cut = _cut_html(html, "Kritikkverdige forhold")
    [problem] = guard.completeness_problems(cut, pages, source, variables, meta)
    assert problem.located().startswith(
        "commentary/kritikk.md, linje 1: avsnitt «kritikkverdige forhold"
    )
    assert "mangler i rapport.html" in problem.message
    assert (problem.file, problem.line) == ("commentary/kritikk.md", 1)
    assert problem.code == completeness.MISSING


def test_a_truncated_pdf_text_names_the_first_missing_piece(built):
    source, variables, meta, html, pages, _ = built
    text = "\n".join(pages)
    cut = text[: text.index("Mens vi nå")]
    [problem] = guard.completeness_problems(html, [cut], source, variables, meta)
    assert problem.located().startswith(
        "commentary/generelt.md, linje 3: avsnitt «mens vi nå igjen"
    )
    assert "mangler i rapport.pdf" in problem.message


def test_a_table_without_its_cells_or_a_figure_without_its_label_is_missing(built):
    source, variables, meta, html, _, _ = built
    emptied = html.replace("Uheldig, men ikke grunnlag for kritikk", "")
    [problem] = guard.completeness_problems(emptied, None, source, variables, meta)
    assert "tabell «mottatte klagesaker oslo politidistrikt 2019" in problem.message
    unlabelled = html.replace('id="fig-utvikling"', 'id="x"')
    [problem] = guard.completeness_problems(unlabelled, None, source, variables, meta)
    assert "figur «mottatte klagesaker etter utvikling»" in problem.message


def test_one_dropped_sentence_is_found(built):
    source, variables, meta, html, _, _ = built
    dropped = html.replace("det vanskelig å si hvorfor", "")
    assert dropped != html
    [problem] = guard.completeness_problems(dropped, None, source, variables, meta)
    assert problem.located().startswith("commentary/generelt.md, linje 3:")


def test_a_claim_with_a_sign_through_quartos_reader_is_stopped(built):
    """`{{< claim a > b >}}` as Quarto 1.11 reads it: everything after it is dropped
    (quartomodel, after lpegshortcode.lua) and Quarto exits 0; the guard names the piece."""
    _, variables, meta, _, _, project = built
    commentary = project / "commentary" / "generelt.md"
    commentary.write_text(COMMENTARY["generelt"].replace("gt 0", "> 0"), encoding="utf-8")
    try:
        bad = guard.read_source(
            project, staging.DOCUMENT, lambda p: p.relative_to(project).as_posix()
        )
    finally:
        commentary.write_text(COMMENTARY["generelt"], encoding="utf-8")
    whole = "\n".join(line.text for line in bad.lines)
    kept = quartomodel.read(whole).kept
    assert len(kept) < len(whole) / 2  # Quarto keeps less than half of this document
    kept_lines = [completeness.resolved(line, variables, meta) for line in kept.split("\n")]
    quarto_html = pypandoc.convert_text("\n".join(kept_lines), "html", format="markdown")
    [problem] = guard.completeness_problems(quarto_html, None, bad, variables, meta)
    assert problem.located().startswith(
        "commentary/generelt.md, linje 3: avsnitt «mens vi nå igjen"
    )
    # and before any engine runs, the grammar refuses it with the fix
    with pytest.raises(Exception, match=r"generelt\.md, linje 3: «>» i en kortkode"):
        guard.check_sources(bad, variables=variables, meta=meta)


def test_words_are_compared_through_pdf_text_artefacts():
    assert completeness.words("sam-\nmenslåingen ﬁnnes i 12\u00a0% av saks\u00adbehandlingen1") == [
        "sammenslåingen",
        "finnes",
        "i",
        "12",
        "av",
        "saksbehandlingen",
        "1",
    ]
    assert completeness.words("ikke-avklart") == completeness.words("ikke-\r\navklart")
    assert completeness.words("«Særlig» OM") == ["særlig", "om"]


def test_html_text_leaves_out_head_scripts_and_the_table_of_contents():
    text, ids = completeness.html_text(
        '<html><head><title>Tittel</title><script>x = "Avsnitt"</script></head><body>'
        '<nav id="TOC"><a href="#a">Overskrift</a></nav><h2 id="a">Over<em>skrift</em></h2>'
        "<p>Tekst&nbsp;her</p></body></html>"
    )
    assert completeness.words(text) == ["overskrift", "tekst", "her"]
    assert ids == {"TOC", "a"}


def test_the_render_stops_and_keeps_the_last_good_report(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path / "commentary")
    write_commentary(
        tmp_path / "commentary", {"generelt": "Første avsnitt her.\n\nAndre avsnitt her.\n"}
    )
    run_dir = make_fake_run(tmp_path / "run")
    for name in render.OUTPUT_FILES.values():
        (run_dir / name).write_text("forrige", encoding="utf-8")
    real = render.render_embedded

    def loses_a_paragraph(staged, html_out, pdf_out):
        real(staged, html_out, pdf_out)
        html = html_out.read_text(encoding="utf-8").replace("Andre avsnitt her.", "")
        html_out.write_text(html, encoding="utf-8")

    monkeypatch.setattr(render, "render_embedded", loses_a_paragraph)
    with pytest.raises(Exception, match=r"generelt\.md, linje 3: avsnitt «andre avsnitt her»"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    assert (run_dir / "rapport.html").read_text(encoding="utf-8") == "forrige"
    assert Path(run_dir / "rapport.pdf").read_text(encoding="utf-8") == "forrige"


QUARTO_HTML = Path(__file__).parent / "fixtures" / "quarto" / "rapport.html"


def test_quartos_html_shape_is_read_and_its_truncation_found(tmp_path):
    """Quarto 1.11's page (tests/fixtures/quarto/: TOC in the margin sidebar, floats with a
    figcaption, NBSP in "Tabell 1"), against the document it was made from."""
    from fakerun import decision_table, ground_table

    (tmp_path / "rapport.qmd").write_text(
        "---\ntitle: T\n---\n\n**Rapporteringsår:** {{< var year.current >}}\n\n"
        "**Politidistrikt:** {{< var district >}}\n\n# Antall mottatte klager\n\n"
        "Antall klager registrert mottatt i rapporteringsåret: **{{< var received.total >}}**\n\n"
        f"{decision_table()[1]}\n{ground_table()[1]}\n"
        '![Mottatte klagesaker etter grunnlag](figures/grunnlag.svg){#fig-grunnlag fig-alt="x"}'
        "\n\n# Kommentarer\n\nSe @tbl-avgjorelse og @fig-grunnlag.\n",
        encoding="utf-8",
    )
    source = guard.read_source(tmp_path, "rapport.qmd", lambda p: p.name)
    variables = {"year": {"current": "2019"}, "district": "Oslo", "received": {"total": "211"}}
    html = QUARTO_HTML.read_text(encoding="utf-8")
    assert guard.completeness_problems(html, None, source, variables, {}) == []
    cut = html[: html.index('<section id="kommentarer"')] + "</main></body></html>"
    [problem] = guard.completeness_problems(cut, None, source, variables, {})
    assert problem.located().startswith("rapport.qmd, linje 36: overskrift «kommentarer»")


def test_a_piece_is_placed_where_its_words_lie_closest():
    # the Oslo 2019 report: a table's caption words also occur, spread out, near the top of
    # the page; its cells must be looked for around the real caption
    text = (
        "klagesaker mottatt i oslo politidistrikt 2019 etter avgjørelseskode per sak og år "
        + "fyll " * 50
        + "klagesaker behandlet i oslo politidistrikt per år årstall klagesaker 2017 86 2018 174"
    )
    found = completeness.Words(text)
    caption = completeness.words("Klagesaker behandlet i Oslo politidistrikt per år")
    at = found.find(caption)
    assert found.words[at : at + 2] == ["klagesaker", "behandlet"]
    assert found.has_cells(completeness.words("Årstall Klagesaker 2017 86 2018 174"), at) == []
