"""The render guard: what either engine (or Quarto) leaves unresolved stops the render, naming
the source file and line, and the last good report stays."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typst
from fakerun import make_fake_run, quarto_on_path, write_commentary

from klagerapport import render, settings
from klagerapport.errors import KlagerapportError
from klagerapport.render import guard
from klagerapport.render.embedded.engine import render_embedded

QUARTO_HTML = Path(__file__).parent / "fixtures" / "quarto" / "rapport.html"
VARIABLES = {"district": "Oslo", "year": {"current": "2019"}, "tom": "", "decisions": {"a": "1"}}


def _source(tmp_path: Path, commentary: str) -> guard.Source:
    (tmp_path / "commentary").mkdir(parents=True, exist_ok=True)
    (tmp_path / "commentary" / "generelt.md").write_text(commentary, encoding="utf-8")
    (tmp_path / "rapport.qmd").write_text(
        "---\ntitle: T\n---\n\n: Tabell {#tbl-avgjorelse}\n\n"
        "{{< include /commentary/generelt.md >}}\n",
        encoding="utf-8",
    )
    return guard.read_source(tmp_path, "rapport.qmd", lambda p: p.relative_to(tmp_path).as_posix())


def _pdf(tmp_path: Path, text: str) -> Path:
    pdf = tmp_path / "ut.pdf"
    (tmp_path / "ut.typ").write_text(text, encoding="utf-8")
    typst.compile(str(tmp_path / "ut.typ"), output=str(pdf), ignore_system_fonts=True)
    return pdf


def test_sources_report_every_bad_placeholder_at_once_with_file_and_line(tmp_path):
    source = _source(
        tmp_path,
        "I {{< var year.current >}} ({{< meta title >}}), se @tbl-avgjorelse.\n\n"
        "Ukjent: {{< var finnes.ikke >}}.\n\n"
        "Gruppe: {{< var decisions >}}, tom: {{< var tom >}}.\n\n"
        "Se @tbl-finnes-ikke og {{< meta nei >}}.\n\n"
        "```\n{{< var vises.bare >}} @fig-kode\n```\n",
    )
    with pytest.raises(KlagerapportError) as err:
        guard.check_sources(source, variables=VARIABLES, meta={"title": "T"})
    message = str(err.value)
    assert message.startswith("6 feil i rapporten (den forrige rapporten står urørt):")
    assert "commentary/generelt.md, linje 3: ukjent var «finnes.ikke»" in message
    assert "commentary/generelt.md, linje 5: var «decisions» er en gruppe" in message
    assert "commentary/generelt.md, linje 5: var «tom» er tom" in message
    assert "commentary/generelt.md, linje 7: kryssreferansen @tbl-finnes-ikke" in message
    assert "commentary/generelt.md, linje 7: ukjent meta «nei»" in message
    # Quarto resolves shortcodes in code blocks too (customnodes/shortcodes.lua, code_handler:
    # "el.text = apply_code_shortcode(el.text)"), and so does the embedded engine; a
    # cross-reference in code is code (Pandoc reads no citation there).
    assert "linje 10: ukjent var «vises.bare»" in message
    assert "fig-kode" not in message
    # the same problems as data: file, line, the character, a stable code, in document order
    assert [(p.file, p.line, p.col, p.code) for p in err.value.problems] == [
        ("commentary/generelt.md", 3, 9, guard.UNKNOWN_VALUE),
        ("commentary/generelt.md", 5, 9, guard.GROUP_VALUE),
        ("commentary/generelt.md", 5, 37, guard.EMPTY_VALUE),
        ("commentary/generelt.md", 7, 24, guard.UNKNOWN_VALUE),
        ("commentary/generelt.md", 7, 4, guard.NO_TARGET),
        ("commentary/generelt.md", 10, 1, guard.UNKNOWN_VALUE),
    ]


def test_clean_sources_pass(tmp_path):
    source = _source(tmp_path, "I {{< var year.current >}}, se @tbl-avgjorelse.\n")
    guard.check_sources(source, variables=VARIABLES, meta={})


def test_escaped_data_that_looks_like_a_leftover_is_text_and_a_real_one_is_not(tmp_path):
    """Text made of escaped characters (data, publish/escape.py) and text a value quotes
    print as they are, also where a line's end cuts it in the PDF's text; what no escaped
    text or value holds (`[^2]` written as a footnote, `?var:z`) is still a leftover."""
    source = _source(
        tmp_path,
        "| \\{\\{\\< var received.total \\>\\}\\} | \\?var:x | \\[\\^1\\] |\n\n"
        "Se {{< var received.total >}} og [^2].\n",
    )
    variables = {"units": {"largest": "?meta:y"}}
    page = "{{< var received.total >}} ?var:x [^1] ?meta:y {{< var\nreceived.total >}}\n"
    assert guard.output_problems(page, "rapport.pdf", source, html=False, variables=variables) == []
    found = guard.output_problems(page + "[^2] ?var:z\n", "rapport.pdf", source, html=False)
    assert sorted(p.message.split("«")[1].split("»")[0] for p in found) == [
        "?meta:y",
        "?var:z",
        "[^2]",
    ]


def test_quarto_shaped_html_passes_and_its_leftovers_are_found_in_the_source(tmp_path):
    source = _source(
        tmp_path, "Tekst\n\nSe {{< var finnes.ikke >}} og @tbl-finnes-ikke.\n\n**{{< var x >}}**\n"
    )
    html = QUARTO_HTML.read_text(encoding="utf-8")
    assert guard.output_problems(html, "rapport.html", source, html=True) == []
    broken = html.replace(
        "<p>Se <a",
        "<p><strong>?var:finnes.ikke</strong> og <strong>?@tbl-finnes-ikke</strong>, "
        "<strong></strong> og {{< pagebreak >}}. Se <a",
    )
    found = guard.output_problems(broken, "rapport.html", source, html=True)
    assert len(found) == 4, found
    problems = [p.located() for p in found]
    assert problems[0].startswith("commentary/generelt.md, linje 3: uløst plassholder «?var:")
    assert problems[1].startswith("commentary/generelt.md, linje 3: uløst plassholder «?@tbl-")
    assert "rapport.html, linje" in problems[2] and "«{{< pagebreak >}}»" in problems[2]
    assert "tom verdi i fet skrift" in problems[3]
    # each an errors.Problem with its place and a stable code
    assert [(p.file, p.code) for p in found] == [
        ("commentary/generelt.md", guard.LEFTOVER_CODE),
        ("commentary/generelt.md", guard.LEFTOVER_CODE),
        ("rapport.html", guard.LEFTOVER_CODE),
        ("rapport.html", guard.EMPTY_BOLD_CODE),
    ]
    assert found[2].line == broken[: broken.index("{{< pagebreak")].count("\n") + 1


def test_scripts_and_style_sheets_are_not_report_text(tmp_path):
    source = _source(tmp_path, "Tekst\n")
    html = QUARTO_HTML.read_text(encoding="utf-8").replace(
        "</head>",
        '<script>\nconst a = x ?@y : "{{<";\n</script><style>p::after{content:"?var:x"}</style>'
        "</head>",
    )
    (tmp_path / "rapport.html").write_text(html, encoding="utf-8")
    guard.check_outputs(tmp_path / "rapport.html", _pdf(tmp_path, "Ren tekst."), source)
    late = html.replace("</body>", "<p>{{< var x >}}</p></body>")
    (tmp_path / "rapport.html").write_text(late, encoding="utf-8")
    line = late[: late.index("<p>{{<")].count("\n") + 1
    with pytest.raises(KlagerapportError, match=f"rapport.html, linje {line}: "):
        guard.check_outputs(tmp_path / "rapport.html", _pdf(tmp_path, "Ren tekst."), source)


def test_pdf_text_is_checked_page_by_page(tmp_path):
    source = _source(tmp_path, "Se {{< meta forfatter >}}.\n")
    clean = _pdf(tmp_path, "Ren tekst.")
    guard.check_outputs(QUARTO_HTML, clean, source)
    bad = _pdf(tmp_path, "Side en.\n#pagebreak()\nSe ?meta:forfatter her.")
    with pytest.raises(KlagerapportError, match=r"generelt\.md, linje 1: .*rapport\.pdf side 2"):
        guard.check_outputs(QUARTO_HTML, bad, source)


def test_quarto_warning_lines_are_errors_located_in_the_source(tmp_path):
    source = _source(tmp_path, "A {{< var finnes.ikke >}}\n\nB @tbl-nei\n\nC {{< kbd x >}}\n")
    log = (
        "[1/1] rapport.qmd\n"
        "WARNING (/opt/quarto/share/filters/main.lua:1) Unknown var finnes.ikke specified in a "
        "var shortcode.\n"
        "WARNING (/opt/quarto/share/filters/main.lua:2) Unable to resolve crossref @tbl-nei\n"
        "WARNING (/opt/quarto/share/filters/main.lua:3) Shortcode 'kbd' not found\n"
        "[WARNING] Div at line 3 column 1 unclosed at line 9, implicitly closing it.\n"
        "WARNING: PDF standard validation requested but verapdf is not installed.\n"
        "Output created: rapport.html\n"
    )
    found = guard.quarto_log_problems(log, source)
    assert len(found) == 4
    assert {p.code for p in found} == {guard.QUARTO_WARNING}
    assert [(p.file, p.line) for p in found[:3]] == [
        ("commentary/generelt.md", n) for n in (1, 3, 5)
    ]
    problems = [p.located() for p in found]
    assert problems[0].startswith("commentary/generelt.md, linje 1: Quarto advarte: WARNING")
    assert problems[1].startswith("commentary/generelt.md, linje 3: ")
    assert problems[2].startswith("commentary/generelt.md, linje 5: ")
    assert problems[3].startswith("Quarto advarte: [WARNING] Div at line 3")
    guard.check_quarto_log("Output created: rapport.html\n", source)


def _fake_quarto(log: str, edit=lambda html: html, *, partials: bool = True):
    """A stand-in for the Quarto CLI: the document's content as the embedded engine renders
    it, with `edit` applied to the HTML (Quarto's own shape is tested in
    test_quarto_shape.py), and a PDF made with the project's typst-template.typ applied by a
    show rule, as Quarto makes it (or without it: the body's text only); prints `log`."""

    def render_quarto(staged, html_out, pdf_out):
        render_embedded(staged, html_out, pdf_out)
        html_out.write_text(edit(html_out.read_text(encoding="utf-8")), encoding="utf-8")
        if not partials:
            body = "\n\n".join(guard.pdf_text(pdf_out)).replace("#", "\\#")
            body = re.sub(r"Side \d+ av \d+", "", body)
            (staged.root / "ut.typ").write_text(body, encoding="utf-8")
            typst.compile(
                str(staged.root / "ut.typ"), output=str(pdf_out), ignore_system_fonts=True
            )
        return log

    return render_quarto


def test_quarto_engine_passes_the_same_guard_and_keeps_the_last_good_report(
    tmp_path, commentary_root, monkeypatch
):
    run_dir = make_fake_run(tmp_path / "run")
    for name in render.OUTPUT_FILES.values():
        (run_dir / name).write_text("forrige gode rapport", encoding="utf-8")
    write_commentary(commentary_root, {"generelt": "Tekst om @tbl-avgjorelse.\n"})
    quarto_on_path(monkeypatch, "/usr/bin/quarto")
    warned = "WARNING (filter.lua:1) Unknown var finnes.ikke specified in a var shortcode.\n"
    monkeypatch.setattr(render, "render_quarto", _fake_quarto(warned))
    with pytest.raises(KlagerapportError, match=r"Quarto advarte: WARNING .*finnes\.ikke"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="quarto"))

    def leftover(html: str) -> str:
        return html.replace("<p>Tekst om", "<p><strong>?@tbl-avgjorelse</strong> Tekst om")

    monkeypatch.setattr(render, "render_quarto", _fake_quarto("", leftover))
    with pytest.raises(KlagerapportError, match=r"generelt\.md, linje 1: uløst plassholder"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="quarto"))
    for name in render.OUTPUT_FILES.values():
        assert (run_dir / name).read_text(encoding="utf-8") == "forrige gode rapport"
    monkeypatch.setattr(render, "render_quarto", _fake_quarto(""))
    result = render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="quarto"))
    assert result.engine == "quarto"
    assert "Tekst om" in result.html.read_text(encoding="utf-8")


def test_a_pdf_without_the_projects_typst_partials_is_refused(
    tmp_path, commentary_root, monkeypatch
):
    run_dir = make_fake_run(tmp_path / "run")
    quarto_on_path(monkeypatch, "/usr/bin/quarto")
    monkeypatch.setattr(render, "render_quarto", _fake_quarto("", partials=False))
    with pytest.raises(KlagerapportError) as err:
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="quarto"))
    message = str(err.value)
    assert "ikke «nb-NO»" in message
    # the default edition is a draft: its title says so (render/finality.py)
    assert "tittelen er ikke «Rapporteringsskjema – klager på politiet (utkast) – Oslo 2019»" in (
        message
    )
    assert re.search(r"mangler bunnteksten «Side 1 av \d+»", message)
    assert "ikke laget med prosjektets Typst-maler" in message
    assert not (run_dir / "rapport.pdf").exists()


def test_both_engines_stop_on_a_group_used_as_a_value_before_rendering(
    tmp_path, commentary_root, monkeypatch
):
    run_dir = make_fake_run(tmp_path / "run")
    write_commentary(commentary_root, {"generelt": "Tekst\n\nAvvist: {{< var decisions >}}\n"})
    with pytest.raises(KlagerapportError, match=r"generelt\.md, linje 3: var «decisions» er en"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    quarto_on_path(monkeypatch, "/usr/bin/quarto")
    called = []
    monkeypatch.setattr(render, "render_quarto", lambda *a: called.append(a) or "")
    with pytest.raises(KlagerapportError, match=r"generelt\.md, linje 3: var «decisions» er en"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="quarto"))
    assert called == []
