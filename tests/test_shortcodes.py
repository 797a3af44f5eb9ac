"""The embedded engine's Quarto subset: include, var, meta, crossrefs; everything else an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from klagerapport.errors import KlagerapportError
from klagerapport.render.embedded.shortcodes import (
    expand_includes,
    lookup,
    preprocess,
    split_front_matter,
)
from klagerapport.render.guard import check_no_shortcodes

VARIABLES = {"district": "Oslo", "year": {"current": 2019}, "received": {"total": "211"}}
META = {"title": "Rapporteringsskjema", "format": {"typst": {"papersize": "a4"}}}


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        file = tmp_path / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
    return tmp_path


def _run(root: Path, doc: str = "rapport.qmd") -> str:
    return preprocess(root / doc, root=root, variables=VARIABLES, meta=META)


def test_front_matter_is_split_off_with_the_first_body_line():
    meta, body, first = split_front_matter("---\ntitle: T\n---\n\nTekst\n")
    assert meta == {"title": "T"}
    assert body == ["", "Tekst"]
    assert first == 4


def test_var_and_meta_are_replaced_everywhere(tmp_path):
    root = _project(
        tmp_path,
        {
            "rapport.qmd": "---\ntitle: X\n---\n# Klager i {{< var year.current >}}\n\n"
            "{{< var district >}}: {{< var received.total >}} saker. "
            "{{< meta title >}} på {{< meta format.typst.papersize >}}.\n"
        },
    )
    text = _run(root)
    assert "# Klager i 2019" in text
    assert "Oslo: 211 saker. Rapporteringsskjema på a4." in text
    assert "title: X" not in text


def test_includes_are_recursive_root_relative_and_document_relative(tmp_path):
    root = _project(
        tmp_path,
        {
            "rapport.qmd": "Start\n\n{{< include /commentary/a.md >}}\n\nSlutt\n",
            "commentary/a.md": "A {{< var district >}}\n\n{{< include tables/t.md >}}\n",
            "tables/t.md": "| x |\n|--:|\n| 1 |\n",
        },
    )
    text = _run(root)
    assert text.index("Start") < text.index("A Oslo") < text.index("| 1 |") < text.index("Slutt")


def test_quoted_include_paths_are_accepted(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": '{{< include "/b.md" >}}\n', "b.md": "B\n"})
    assert _run(root).strip() == "B"


def test_include_cycle_is_an_error_naming_the_chain(tmp_path):
    root = _project(
        tmp_path,
        {
            "rapport.qmd": "{{< include /a.md >}}\n",
            "a.md": "A\n{{< include /b.md >}}\n",
            "b.md": "{{< include /a.md >}}\n",
        },
    )
    with pytest.raises(KlagerapportError, match=r"b\.md, linje 1: include-løkke"):
        _run(root)


def test_missing_include_names_file_and_line(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "x\n\n{{< include /tables/mangler.md >}}\n"})
    with pytest.raises(KlagerapportError, match=r"rapport\.qmd, linje 3: fant ikke.*mangler\.md"):
        _run(root)


def test_include_inside_a_line_is_an_error(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "Se {{< include /a.md >}} her\n", "a.md": "A"})
    with pytest.raises(KlagerapportError, match="alene på en linje"):
        _run(root)


def test_include_outside_the_project_is_an_error(tmp_path):
    root = _project(tmp_path / "p", {"rapport.qmd": "{{< include ../hemmelig.md >}}\n"})
    (tmp_path / "hemmelig.md").write_text("x", encoding="utf-8")
    with pytest.raises(KlagerapportError, match="ut av prosjektet"):
        _run(root)


def test_unknown_variable_names_file_line_and_key(tmp_path):
    root = _project(
        tmp_path,
        {
            "rapport.qmd": "{{< include /commentary/k.md >}}\n",
            "commentary/k.md": "Linje en\nDet var {{< var received.totalt >}} saker\n",
        },
    )
    with pytest.raises(
        KlagerapportError, match=r"k\.md, linje 2: ukjent variabelen «received\.totalt»"
    ):
        _run(root)


def test_unknown_meta_key_is_an_error(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "{{< meta author >}}\n"})
    with pytest.raises(KlagerapportError, match=r"linje 1: ukjent metadata «author»"):
        _run(root)


def test_a_group_is_not_a_value(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "{{< var year >}}\n"})
    with pytest.raises(KlagerapportError, match="ingen enkeltverdi"):
        _run(root)


@pytest.mark.parametrize(
    "code", ["{{< pagebreak >}}", "{{< env HOME >}}", "{{< kbd Ctrl-C >}}", "{{< var >}}"]
)
def test_other_shortcodes_are_errors(tmp_path, code):
    root = _project(tmp_path, {"rapport.qmd": f"Tekst\n\nFør {code} etter\n"})
    with pytest.raises(KlagerapportError, match=r"rapport\.qmd, linje 3"):
        _run(root)


def test_unclosed_shortcode_is_an_error(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "Tekst {{< var district\n"})
    with pytest.raises(KlagerapportError, match="linje 1"):
        _run(root)


def test_table_and_figure_captions_are_numbered_and_referenced(tmp_path):
    root = _project(
        tmp_path,
        {
            "rapport.qmd": "Se @tbl-b, @tbl-a og @fig-c.\n\n"
            "| x |\n|--:|\n| 1 |\n\n: Første {#tbl-a}\n\n"
            "| y |\n|--:|\n| 2 |\n\n: Andre {#tbl-b}\n\n"
            '![Diagram](figures/c.svg){#fig-c fig-alt="Stolper"}\n'
        },
    )
    text = _run(root)
    assert ": Tabell 1: Første {#tbl-a}" in text
    assert ": Tabell 2: Andre {#tbl-b}" in text
    assert '![Figur 1: Diagram](figures/c.svg){#fig-c alt="Stolper"}' in text
    assert "Se [Tabell 2](#tbl-b), [Tabell 1](#tbl-a) og [Figur 1](#fig-c)." in text


def test_dangling_crossref_is_an_error(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "Tekst\nSe @tbl-finnes-ikke.\n"})
    with pytest.raises(KlagerapportError, match=r"linje 2: kryssreferansen @tbl-finnes-ikke"):
        _run(root)


def test_duplicate_label_is_an_error(tmp_path):
    table = "| x |\n|--:|\n| 1 |\n\n: T {#tbl-a}\n\n"
    root = _project(tmp_path, {"rapport.qmd": table + table})
    with pytest.raises(KlagerapportError, match="mer enn én gang"):
        _run(root)


def test_email_addresses_are_not_crossrefs(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "Skriv til post@tbl-etaten.no.\n"})
    assert "post@tbl-etaten.no" in _run(root)


def test_code_blocks_are_left_alone_by_crossrefs(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "```\nSe @tbl-x\n```\n"})
    assert "Se @tbl-x" in _run(root)


def test_callouts_pass_through_to_pandoc(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "::: {.callout-warning}\nObs\n:::\n"})
    assert "::: {.callout-warning}\nObs\n:::" in _run(root)


def test_lookup_and_final_guard():
    assert lookup(VARIABLES, "year.current") == 2019
    with pytest.raises(KeyError):
        lookup(VARIABLES, "year.current.x")
    check_no_shortcodes("<p>ren tekst</p>", "rapport.html")
    with pytest.raises(KlagerapportError, match=r"rapport\.html, linje 2"):
        check_no_shortcodes("<p>\n{{< var x >}}</p>", "rapport.html")


def test_expand_includes_keeps_source_lines(tmp_path):
    root = _project(tmp_path, {"rapport.qmd": "a\n{{< include /b.md >}}\nc\n", "b.md": "b1\nb2\n"})
    lines = expand_includes(root / "rapport.qmd", root=root)
    assert [(ln.text, ln.file.name, ln.lineno) for ln in lines] == [
        ("a", "rapport.qmd", 1),
        ("b1", "b.md", 1),
        ("b2", "b.md", 2),
        ("c", "rapport.qmd", 3),
    ]
