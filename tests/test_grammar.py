"""The document grammar (klagerapport.grammar) against Quarto 1.11's own readers.

Each case cites the Quarto behaviour it follows. `quartomodel.read` is this suite's model of
Quarto's shortcode reader (lpegshortcode.lua, run by readqmd.lua over the whole document);
includes follow `isBlockShortcode` / `parseShortcode` in src/core/lib/parse-shortcode.ts.
"""

from __future__ import annotations

import pytest
import quartomodel

from klagerapport import grammar
from klagerapport.errors import KlagerapportError

# Accepted: the grammar and Quarto read the same name and arguments, and Quarto keeps the rest.
ACCEPTED = [
    # lpegshortcode.lua: sc_string, an unquoted run up to a blank or ">}}"
    ("{{< var received.total >}}", "var", [(None, "received.total")]),
    # lpegshortcode.lua: Space is " \n\t"^0, so no blank is needed after "{{<" or before ">}}"
    ("{{<var district>}}", "var", [(None, "district")]),
    # lpegshortcode.lua: double_quoted_string / single_quoted_string, the quotes are dropped
    ('{{< meta "title" >}}', "meta", [(None, "title")]),
    ("{{< meta 'rapport.sted' >}}", "meta", [(None, "rapport.sted")]),
    # the claim with word operators (commentary/README.md)
    (
        "{{< claim decisions.uheldig.count gt decisions.uheldig.minus1 >}}",
        "claim",
        [(None, "decisions.uheldig.count"), (None, "gt"), (None, "decisions.uheldig.minus1")],
    ),
    (
        "{{< claim received.change ge 0 >}}",
        "claim",
        [(None, "received.change"), (None, "ge"), (None, "0")],
    ),
    # lpegshortcode.lua: sc_keyvalue, key=value is a named argument
    (
        "{{< claim a approx b tol=0.02 >}}",
        "claim",
        [(None, "a"), (None, "approx"), (None, "b"), ("tol", "0.02")],
    ),
    (
        '{{< claim a eq b note="to år" >}}',
        "claim",
        [(None, "a"), (None, "eq"), (None, "b"), ("note", "to år")],
    ),
    # lpegshortcode.lua: escape_unicode, non-ASCII letters are ordinary characters
    ("{{< var særlig.øvrige >}}", "var", [(None, "særlig.øvrige")]),
]


@pytest.mark.parametrize(("text", "name", "args"), ACCEPTED)
def test_accepted_shortcodes_read_as_quarto_reads_them(text, name, args):
    line = f"Før {text} etter.\n\nNeste avsnitt."
    assert grammar.problems(line) == []
    [code] = grammar.shortcodes(line)
    assert (code.name, [(a.key, a.value) for a in code.args]) == (name, args)
    quarto = quartomodel.read(line)
    assert quarto.kept == line  # Quarto keeps the whole document
    assert quarto.shortcodes == [(name, args)]
    assert line[code.start : code.end] == text


# Refused, where Quarto drops the rest of the document (lpegshortcode.lua: the Text rule stops
# at a "{{<" it cannot read, and `pattern:match` returns only what came before).
TRUNCATED = [
    # an argument may not start with ">" (sc_string: - lpeg.S("'\"}>")); issue 22's Oslo 2019
    ("{{< claim received.change > 0 >}}", "«>»", 1),
    ("{{< claim a >= b >}}", "«>=»", 1),
    # nor with "}"
    ("{{< claim a } >}}", "«}»", 1),
    # a quote that never closes before the document ends
    ('{{< var "district >}}', "anførselstegnet", 1),
    # an unclosed shortcode
    ("{{< var district", "ikke avsluttet", 1),
]


@pytest.mark.parametrize(("text", "why", "count"), TRUNCATED)
def test_what_quarto_would_truncate_is_refused_with_the_fix(text, why, count):
    document = f"Første avsnitt.\n\nFør {text} etter.\n\nSiste avsnitt."
    quarto = quartomodel.read(document)
    assert "Siste avsnitt" not in quarto.kept  # the behaviour the grammar guards against
    found = grammar.problems(document)
    assert len(found) == count
    assert why in found[0].message
    assert found[0].line == 3
    # the column of the shortcode's first faulty character
    assert len("Før ") < found[0].column <= len("Før ") + len(text)
    assert found[0].fix  # every refusal says what to write instead


def test_a_comparison_sign_names_the_word_to_write():
    [problem] = grammar.problems("x{{< claim a > b >}}")
    assert "dropper da resten av dokumentet" in problem.message
    assert "gt (>)" in problem.fix and "ge (>=)" in problem.fix


# Refused, where Quarto reads the shortcode but not as the embedded engine and the check do.
DIFFERENT = [
    # "<" may start an argument (only '"}> may not): Quarto reads three words [a, <, b]
    ("{{< claim a < b >}}", "«<»"),
    ("{{< claim a <= b >}}", "«<=»"),
    # "a>b" is one argument to Quarto (an unquoted run ends only at a blank or ">}}")
    ("{{< claim a>b >}}", "«>»"),
    # sc_keyvalue: "a = b" is the named argument a=b; "!=" is the named argument "!"
    ("{{< claim a = b >}}", "«=»"),
    ("{{< claim a == b >}}", "«==»"),
    ("{{< claim a != b >}}", "«!=»"),
    ("{{< claim a ~= b >}}", "«~=»"),
    # recursive shortcodes (lpegshortcode.lua: Shortcode inside Shortcode): not in the subset
    ("{{< var {{< meta key >}} >}}", "inne i en kortkode"),
    # escaped shortcodes print as text in Quarto ("{{{<", "{{</*"): not in the subset
    ("{{{< var x >}}}", "«{{{<»"),
    ("{{</* var x */>}}", "«{{</*"),
    # handlerForShortcode finds no handler: Quarto warns "Shortcode 'x' not found" and prints ?x
    ("{{< pagebreak >}}", "«pagebreak» støttes ikke"),
    ("{{< env HOME >}}", "«env» støttes ikke"),
    # the var handler takes the first argument and ignores the rest
    ("{{< var a b >}}", "nøyaktig én nøkkel"),
    # quotes have no escapes in either reader; a backslash is a different character for each
    ('{{< var "a\\"b" >}}', "tekst rett etter et anførselstegn"),
    ("{{< var a\\b >}}", "skråstrek"),
    ("{{< var don't >}}", "anførselstegn inne i et ord"),
    ("{{< >}}", "tom kortkode"),
    # Pandoc reads "\\" before what Quarto put in the shortcode's place as an escape; the
    # embedded engine prints the backslash and then the value
    ("\\{{< var district >}}", "skråstrek bakover rett foran «{{<»"),
    # options.lua, parseOption: after the first part, `tonumber(part) or part`, so Quarto looks
    # a number up where _variables.yml has text (decimal, negative, exponent, hexadecimal)
    ("{{< var units.2019.count >}}", "delen «2019» er et tall"),
    ("{{< var a.-1 >}}", "delen «-1» er et tall"),
    ("{{< var a.1e5 >}}", "delen «1e5» er et tall"),
    ("{{< var a.0x1F >}}", "delen «0x1F» er et tall"),
    ("{{< meta rapport.2 >}}", "delen «2» er et tall"),
    # an empty part
    ("{{< var received..total >}}", "tom del"),
    ("{{< var .received >}}", "tom del"),
    ("{{< var received. >}}", "tom del"),
    # characters a key of _variables.yml never has
    ("{{< var received:total >}}", "tegnet «:»"),
    ("{{< var received/total >}}", "tegnet «/»"),
    # handleVars passes a quoted key on with its quotes where Quarto reads code (#7882)
    ('{{< var "received.total" >}}', "anførselstegn"),
]


@pytest.mark.parametrize(("text", "why"), DIFFERENT)
def test_what_quarto_reads_differently_is_refused(text, why):
    found = grammar.problems(f"Før {text} etter.")
    assert found, text
    assert why in str(found[0])


@pytest.mark.parametrize(
    "key",
    ["units.a-1.count", "year.minus1", "units.110_sentralen.count", "særlig.øvrige", "e5", "x.1a"],
)
def test_value_keys_quarto_looks_up_as_text_are_accepted(key):
    # a part that is no Lua number (a letter in it, or "-" inside) is looked up as text by both
    assert grammar.problems(f"Før {{{{< var {key} >}}}} etter.") == []


def test_the_key_rule_is_the_one_every_refusal_names():
    [problem] = grammar.problems("Se {{< var a.2 >}}.")
    assert (problem.line, problem.column) == (1, 4)
    assert problem.fix == grammar.KEY_FIX
    assert grammar.key_problem(grammar.Arg("a.b", quoted=True), "meta") is None  # meta strips
    assert "anførselstegn" in grammar.key_problem(grammar.Arg("a.b", quoted=True), "var")


def test_written_is_every_shortcode_of_a_line_read_or_refused_by_the_one_reader():
    line = 'A {{< var x >}} B {{< claim a > b >}} C {{< >}} D {{< var "open >}} E {{< var y'
    read = grammar.scan(line)
    spans = [(sc.name, line[sc.start : sc.end]) for sc in grammar.written(line)]
    assert spans == [
        ("var", "{{< var x >}}"),  # read: the reader's own shortcode, with its arguments
        ("claim", "{{< claim a > b >}}"),  # refused: up to its ">}}"
        ("var", '{{< var "open >}}'),  # refused: an open quote, up to the first ">}}"
    ]  # the nameless one only with named=False; the unclosed one is no shortcode as written
    assert grammar.written(line)[0] == read.shortcodes[0]
    assert [sc.raw for sc in grammar.written(line, named=False)][2] == "{{< >}}"
    blanked = grammar.blank_shortcodes(line, lead="§")
    assert len(blanked) == len(line)
    assert blanked.startswith("A §" + " " * 12 + " B §") and "C {{< >}} D §" in blanked
    assert blanked.endswith("E {{< var y")
    short = "x{{< var a b >}}y z"
    assert [short[a:b] for a, b in grammar.units(short)] == [
        "x",
        "{{< var a b >}}",
        "y",
        "z",
    ]


def test_a_shortcode_over_two_lines_is_refused():
    # Quarto's Space includes "\n", so it reads it; the check and the preview read lines
    text = "Før {{< var\ndistrict >}} etter."
    assert quartomodel.read(text).shortcodes == [("var", [(None, "district")])]
    [problem] = grammar.problems(text)
    assert problem.line == 1 and "på én linje" in str(problem)


def test_every_problem_of_a_text_is_found_in_order():
    text = "A {{< claim a > b >}} B {{< pagebreak >}}\nC {{< var x y >}} D {{< var ok >}}"
    found = grammar.problems(text)
    assert [(p.line, p.column) for p in found] == [(1, 15), (1, 25), (2, 3)]
    assert [sc.name for sc in grammar.shortcodes(text)] == ["var", "var"]


def test_shortcodes_in_code_are_read_too():
    # Quarto resolves shortcodes in Code and CodeBlock (customnodes/shortcodes.lua, code_handler)
    # and its reader truncates there as anywhere (readqmd.lua parses the whole text first)
    text = "```\n{{< claim a > b >}}\n```\n\nEtter."
    assert "Etter" not in quartomodel.read(text).kept
    assert grammar.problems(text)[0].line == 2


# --------------------------------------------------------------------------- includes


@pytest.mark.parametrize(
    ("line", "path"),
    [
        # isBlockShortcode: /^\s*{{< (?!\/\*)(.+?)(?<!\*\/) >}}\s*$/, blanks around the line
        ("{{< include /commentary/generelt.md >}}", "/commentary/generelt.md"),
        ("  {{< include tables/a.md >}}  ", "tables/a.md"),
        # parseShortcode: a quoted parameter without its quotes
        ('{{< include "/a b.md" >}}', "/a b.md"),
    ],
)
def test_includes_in_quartos_form(line, path):
    assert grammar.include(line) == path
    assert grammar.problems(line) == []


@pytest.mark.parametrize(
    "line",
    [
        # not alone on its line: Quarto's TypeScript reader does not expand it, and the Lua
        # reader then finds no "include" shortcode handler
        "Se {{< include /a.md >}} her",
        # exactly one blank after "{{<" and before ">}}" (isBlockShortcode's regular expression)
        "{{<include /a.md>}}",
        "{{<  include /a.md >}}",
        "{{< include /a.md  >}}",
        # Quarto takes the first parameter and ignores the rest
        "{{< include /a.md /b.md >}}",
        "{{< include >}}",
    ],
)
def test_includes_quarto_would_not_expand_are_refused(line):
    assert grammar.include(line) is None
    assert any("include" in str(p) for p in grammar.problems(line))


def test_an_include_in_a_code_block_is_refused():
    # break-quarto-md.ts skips a code block of the main document, include-standalone.ts expands
    # one in an included file: the same line would be read two ways
    text = "```\n{{< include /a.md >}}\n```"
    [problem] = grammar.problems(text)
    assert problem.line == 2 and "kodeblokk" in problem.message


def test_includes_are_expanded_with_their_problems_reported_at_once(tmp_path):
    (tmp_path / "a.md").write_text("A1\n{{< include /b.md >}}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("B1\n", encoding="utf-8")
    (tmp_path / "doc.qmd").write_text(
        "---\ntitle: T\n---\n{{< include /a.md >}}\nSe {{< include /b.md >}}\n"
        "{{< include /mangler.md >}}\n",
        encoding="utf-8",
    )
    problems: list = []
    lines = grammar.expand_includes(
        tmp_path / "doc.qmd", root=tmp_path, skip_front_matter=True, problems=problems
    )
    assert [(ln.text, ln.file.name, ln.lineno) for ln in lines] == [
        ("A1", "a.md", 1),
        ("B1", "b.md", 1),
    ]
    assert [(ln.lineno, why.split(";")[0]) for ln, why in problems] == [
        (5, "include må stå alene på en linje i Quartos form"),
        (6, "fant ikke filen /mangler.md"),
    ]
    with pytest.raises(KlagerapportError, match=r"doc\.qmd, linje 5: include må stå alene"):
        grammar.expand_includes(tmp_path / "doc.qmd", root=tmp_path, skip_front_matter=True)


# ------------------------------------------------------------------- cross-references


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Se @tbl-avgjorelse.", ["tbl-avgjorelse"]),  # Pandoc: "." ends a citation key
        ("Se @tbl-a-b og @fig-c, ", ["tbl-a-b", "fig-c"]),
        ("(@fig-utvikling)", ["fig-utvikling"]),
        # Pandoc: internal punctuation belongs to the key, so this is not @tbl-a
        ("Se @tbl-a:b", ["tbl-a:b"]),
        ("Skriv til post@tbl-etaten.no", []),  # an e-mail address is not a citation
        ("Se @sec-innledning", []),  # only tables and figures are cross-referenced
    ],
)
def test_cross_references_are_read_as_pandoc_reads_citation_keys(text, labels):
    assert [ref.label for ref in grammar.crossrefs(text)] == labels


def test_labels_captions_and_figures():
    assert grammar.labels(": Tabell {#tbl-a .x}") == ["tbl-a"]
    assert grammar.labels("Se #tbl-a i teksten") == []
    caption = grammar.table_caption(": Mottatte saker {#tbl-avgjorelse}")
    assert caption["cap"] == "Mottatte saker" and caption["id"] == "avgjorelse"
    fig = grammar.figure('![Figur](figures/a.svg){#fig-a fig-alt="Stolper"}')
    assert fig["src"] == "figures/a.svg" and fig["id"] == "a"


# -------------------------------------------------------------- footnotes, front matter


def test_footnotes():
    assert grammar.footnote_refs("Tekst.[^apne-saker] Mer[^2].") == ["apne-saker", "2"]
    assert grammar.footnote_refs("[^a]: Noten") == []
    assert grammar.footnote_definition("[^a]: Noten her") == ("a", "Noten her")
    assert grammar.footnote_definition("Tekst [^a]") is None
    assert grammar.strip_footnote_refs("Tekst.[^a] Mer") == "Tekst. Mer"


def test_front_matter_and_fences():
    meta, body, first = grammar.split_front_matter("---\ntitle: T\n---\nA\n")
    assert (meta, body, first) == ({"title": "T"}, ["A"], 4)
    with pytest.raises(KlagerapportError, match="mangler avsluttende"):
        grammar.split_front_matter("---\ntitle: T\n")
    assert grammar.in_fences(["a", "```", "b", "~~~", "```", "c", "````x", "```", "````"]) == [
        False,
        True,
        True,
        True,
        True,
        False,
        True,
        True,
        True,
    ]
