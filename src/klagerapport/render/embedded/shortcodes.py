"""The subset of Quarto's markdown the report uses, for the embedded (Pandoc + Typst) engine.

`preprocess` turns a staged `.qmd` into plain Pandoc markdown: includes expanded, `var` and
`meta` shortcodes replaced, table and figure captions numbered ("Tabell 1: ...") and `@tbl-x` /
`@fig-x` cross-references turned into links. Anything outside the subset (another shortcode,
an unknown variable, a missing include, a dangling reference) is a `KlagerapportError` naming
the file and line, so that nothing is ever published with a raw `{{< ... >}}` in it.
See docs/quarto-subset.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from ... import grammar
from ...errors import KlagerapportError
from ...publish import escape
from .. import guard

# Quarto's crossref titles for `lang: nb` (the only language the report is written in).
CROSSREF_TITLES = {"nb": {"tbl": "Tabell", "fig": "Figur"}}

# The document grammar lives in klagerapport.grammar; these names are kept for the callers.
Line = grammar.Line
Describe = grammar.Describe
split_front_matter = grammar.split_front_matter
expand_includes = grammar.expand_includes
lookup = grammar.lookup
_where = grammar.where


def _describe_default(path: Path) -> str:
    return str(path)


def _value_text(kind: str, key: str, value: object, line: Line, describe: Describe) -> str:
    if isinstance(value, Mapping | list) or value is None:
        raise KlagerapportError(
            f"{_where(line, describe)}: {kind} «{key}» har ingen enkeltverdi å skrive ut"
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def resolve_shortcodes(
    lines: list[Line],
    *,
    variables: Mapping,
    meta: Mapping,
    describe: Describe = _describe_default,
) -> list[Line]:
    """Replace `{{< var key >}}` and `{{< meta key >}}`, drop `{{< claim … >}}` (the analyst's
    claim, checked by klagerapport.check, prints nothing); anything the document grammar
    refuses (klagerapport.grammar: another shortcode, a comparison sign, an unclosed one …) is
    an error naming the file and line."""

    def value(shortcode: grammar.Shortcode, line: Line) -> str:
        if shortcode.name == "claim":
            return ""
        key = shortcode.positional[0]
        source, kind = (variables, "variabelen") if shortcode.name == "var" else (meta, "metadata")
        try:
            found = lookup(source, key)
        except KeyError:
            home = "_variables.yml" if shortcode.name == "var" else "dokumentets metadata"
            raise KlagerapportError(
                f"{_where(line, describe)}: ukjent {kind} «{key}» (finnes ikke i {home})"
            ) from None
        text = _value_text(kind, key, found, line, describe)
        # A value is data (a district name, a number's text): literal text, never markup.
        return escape.markdown(text) if shortcode.name == "var" else text

    out = []
    for line in lines:
        if "{{" in line.text:
            wrong = grammar.problems(line.text, names=("var", "meta", "claim"))
            if wrong:
                raise KlagerapportError(f"{_where(line, describe)}: {wrong[0]}")
            text = line.text
            for shortcode in reversed(grammar.shortcodes(text)):
                text = text[: shortcode.start] + value(shortcode, line) + text[shortcode.end :]
            line = Line(text, line.file, line.lineno)
        out.append(line)
    return out


def _convert_fig_alt(attrs: str) -> str:
    """Quarto's `fig-alt="..."` is the image's alt text; Pandoc spells it `alt="..."`."""
    return re.sub(r"(?<![\w-])fig-alt=", "alt=", attrs)


def number_crossrefs(
    lines: list[Line],
    *,
    lang: str = "nb",
    describe: Describe = _describe_default,
    label_captions: bool = True,
) -> list[Line]:
    """Number table/figure captions in document order and resolve `@tbl-x` / `@fig-x`.

    With `label_captions` the captions read "Tabell 1: ..." (HTML); without, they keep their
    text and the output format numbers them (Typst, like Quarto's Typst output).
    """
    try:
        titles = CROSSREF_TITLES[lang]
    except KeyError:
        raise KlagerapportError(f"språket «{lang}» støttes ikke (bare nb)") from None
    counters = {"tbl": 0, "fig": 0}
    labels: dict[str, str] = {}
    code = grammar.in_fences(line.text for line in lines)
    numbered: list[Line] = []
    for line, in_code in zip(lines, code, strict=True):
        text = line.text
        if not in_code:
            text = _number_line(text, line, counters, labels, titles, describe, label_captions)
        numbered.append(Line(text, line.file, line.lineno))

    out: list[Line] = []
    for line, in_code in zip(numbered, code, strict=True):
        refs = [] if in_code else grammar.crossrefs(line.text)
        text = line.text
        for ref in reversed(refs):
            if ref.label not in labels:
                raise KlagerapportError(
                    f"{_where(line, describe)}: kryssreferansen @{ref.label} peker ikke på noen "
                    "tabell eller figur"
                )
            text = text[: ref.start] + f"[{labels[ref.label]}](#{ref.label})" + text[ref.end :]
        out.append(Line(text, line.file, line.lineno))
    return out


def _number_line(
    text: str,
    line: Line,
    counters: dict[str, int],
    labels: dict[str, str],
    titles: Mapping[str, str],
    describe: Describe,
    label_captions: bool = True,
) -> str:
    table = grammar.table_caption(text)
    match, kind = (table, "tbl") if table else (grammar.figure(text), "fig")
    if not match:
        return text
    ident = f"{kind}-{match.group('id')}"
    if ident in labels:
        raise KlagerapportError(f"{_where(line, describe)}: #{ident} er brukt mer enn én gang")
    counters[kind] += 1
    labels[ident] = f"{titles[kind]} {counters[kind]}"
    caption = f"{labels[ident]}: {match.group('cap')}" if label_captions else match.group("cap")
    attrs = f"{match.group('pre')}#{ident}{match.group('post')}"
    if kind == "tbl":
        return f": {caption} {{{attrs}}}"
    attrs = _convert_fig_alt(attrs)
    return f"{match.group('lead')}![{caption}]({match.group('src')}){{{attrs}}}"


def preprocess_lines(
    path: Path,
    *,
    root: Path,
    variables: Mapping,
    meta: Mapping,
    lang: str = "nb",
    describe: Describe = _describe_default,
    label_captions: bool = True,
) -> list[Line]:
    """The lines of `preprocess`, each with the file and line it came from."""
    lines = expand_includes(path, root=root, describe=describe, skip_front_matter=True)
    lines = resolve_shortcodes(lines, variables=variables, meta=meta, describe=describe)
    return number_crossrefs(lines, lang=lang, describe=describe, label_captions=label_captions)


def preprocess(
    path: Path,
    *,
    root: Path,
    variables: Mapping,
    meta: Mapping,
    lang: str = "nb",
    describe: Describe = _describe_default,
    label_captions: bool = True,
) -> str:
    """The staged document `path` as plain Pandoc markdown (body only, no front matter)."""
    lines = preprocess_lines(
        path,
        root=root,
        variables=variables,
        meta=meta,
        lang=lang,
        describe=describe,
        label_captions=label_captions,
    )
    text = "\n".join(line.text for line in lines) + "\n"
    guard.check_no_shortcodes(text, describe(path))
    return text
