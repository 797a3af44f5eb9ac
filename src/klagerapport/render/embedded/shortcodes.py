"""The subset of Quarto's markdown the report uses, for the embedded (Pandoc + Typst) engine.

`preprocess` turns a staged `.qmd` into plain Pandoc markdown: includes expanded, `var` and
`meta` shortcodes replaced, table and figure captions numbered ("Tabell 1: ...") and `@tbl-x` /
`@fig-x` cross-references turned into links. Anything outside the subset (another shortcode,
an unknown variable, a missing include, a dangling reference, a label used twice) is an
`errors.Problem` at its file, line and character with a stable code (the guard's, `guard.CODES`,
where the guard finds the same before the engine runs; `safety.BAD_INCLUDE`; DUPLICATE_LABEL),
and every problem of the document is raised at once as one `errors.ReportError`, so that
nothing is ever published with a raw `{{< ... >}}` in it and `--json` and the preview's panel
list each one.
See docs/quarto-subset.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ... import grammar
from ...errors import KlagerapportError, Problem, ReportError, as_problems
from ...publish import escape
from .. import guard
from ..safety import BAD_INCLUDE

# The engine's own problems beside the guard's (guard.CODES) and a bad include (safety).
DUPLICATE_LABEL = "duplicate-label"  # a table's or figure's #label given to two of them
LANGUAGE = "language"  # a document language the engine has no crossref titles for
LANGUAGE_FILE = "_quarto.yml"  # where the document's language is set

# Quarto's crossref titles for `lang: nb` (the only language the report is written in).
CROSSREF_TITLES = {"nb": {"tbl": "Tabell", "fig": "Figur"}}

# The document grammar lives in klagerapport.grammar; these names are kept for the callers.
Line = grammar.Line
Describe = grammar.Describe
split_front_matter = grammar.split_front_matter
expand_includes = grammar.expand_includes
lookup = grammar.lookup


def _describe_default(path: Path) -> str:
    return str(path)


def _problem(line: Line, describe: Describe, code: str, message: str, col: int = 0) -> Problem:
    """A problem at a line of the expanded document, in the file it came from."""
    return Problem(describe(line.file), message, row=line.lineno, code=code, col=col)


def _value_text(value: object) -> str | None:
    """A value as the document prints it; None for a group or nothing (no one value)."""
    if isinstance(value, Mapping | list) or value is None:
        return None
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
    refuses (klagerapport.grammar: another shortcode, a comparison sign, an unclosed one …), an
    unknown key or a group of values is a located problem: all of them raised at once."""
    found: list[Problem] = []
    out = _resolved(lines, variables, meta, describe, found)
    guard.raise_problems(found)
    return out


def _resolved(
    lines: list[Line], variables: Mapping, meta: Mapping, describe: Describe, found: list[Problem]
) -> list[Line]:
    """`resolve_shortcodes`, adding each problem to `found` (a line with one keeps its text)."""

    def value(shortcode: grammar.Shortcode, line: Line) -> str | None:
        if shortcode.name == "claim":
            return ""
        key = shortcode.positional[0]
        source, kind = (variables, "variabelen") if shortcode.name == "var" else (meta, "metadata")
        col = shortcode.start + 1
        try:
            text = _value_text(lookup(source, key))
        except KeyError:
            home = "_variables.yml" if shortcode.name == "var" else "dokumentets metadata"
            message = f"ukjent {kind} «{key}» (finnes ikke i {home})"
            found.append(_problem(line, describe, guard.UNKNOWN_VALUE, message, col))
            return None
        if text is None:
            message = f"{kind} «{key}» har ingen enkeltverdi å skrive ut"
            found.append(_problem(line, describe, guard.GROUP_VALUE, message, col))
            return None
        # A value is data (a district name, a number's text): literal text, never markup.
        return escape.markdown(text) if shortcode.name == "var" else text

    out = []
    for line in lines:
        if "{{" in line.text:
            wrong = grammar.problems(line.text, names=("var", "meta", "claim"))
            found += [_problem(line, describe, guard.GRAMMAR, str(p), p.column) for p in wrong]
            if wrong:
                out.append(line)
                continue
            text = line.text
            values = [(sc, value(sc, line)) for sc in grammar.shortcodes(text)]
            if any(v is None for _, v in values):
                out.append(line)
                continue
            for shortcode, written in reversed(values):
                text = text[: shortcode.start] + str(written) + text[shortcode.end :]
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
    text and the output format numbers them (Typst, like Quarto's Typst output). A label used
    twice and a reference to no label are located problems, all raised at once.
    """
    found: list[Problem] = []
    out = _numbered(lines, lang, describe, label_captions, found)
    guard.raise_problems(found)
    return out


def _numbered(
    lines: list[Line], lang: str, describe: Describe, label_captions: bool, found: list[Problem]
) -> list[Line]:
    """`number_crossrefs`, adding each problem to `found`."""
    titles = CROSSREF_TITLES.get(lang)
    if titles is None:
        message = f"språket «{lang}» støttes ikke (bare nb)"
        found.append(Problem(LANGUAGE_FILE, message, code=LANGUAGE))
        return lines
    counters = {"tbl": 0, "fig": 0}
    labels: dict[str, str] = {}
    code = grammar.in_fences(line.text for line in lines)
    numbered: list[Line] = []
    for line, in_code in zip(lines, code, strict=True):
        text = line.text
        if not in_code:
            number = _Numbering(line, counters, labels, titles, describe, found)
            text = number.line(text, label_captions)
        numbered.append(Line(text, line.file, line.lineno))

    out: list[Line] = []
    for line, in_code in zip(numbered, code, strict=True):
        refs = [] if in_code else grammar.crossrefs(line.text)
        text = line.text
        for ref in reversed(refs):
            if ref.label not in labels:
                message = f"kryssreferansen @{ref.label} peker ikke på noen tabell eller figur"
                found.append(_problem(line, describe, guard.NO_TARGET, message, ref.start + 1))
                continue
            text = text[: ref.start] + f"[{labels[ref.label]}](#{ref.label})" + text[ref.end :]
        out.append(Line(text, line.file, line.lineno))
    return out


@dataclass
class _Numbering:
    """The numbering of captions in document order, at one line."""

    at: Line
    counters: dict[str, int]
    labels: dict[str, str]
    titles: Mapping[str, str]
    describe: Describe
    found: list[Problem]

    def line(self, text: str, label_captions: bool = True) -> str:
        """The line with its caption (if it has one) numbered."""
        table = grammar.table_caption(text)
        match, kind = (table, "tbl") if table else (grammar.figure(text), "fig")
        if not match:
            return text
        ident = f"{kind}-{match.group('id')}"
        if ident in self.labels:
            col = text.find(f"#{ident}") + 1
            message = f"#{ident} er brukt mer enn én gang"
            self.found.append(_problem(self.at, self.describe, DUPLICATE_LABEL, message, col))
            return text
        self.counters[kind] += 1
        self.labels[ident] = f"{self.titles[kind]} {self.counters[kind]}"
        label = self.labels[ident]
        caption = f"{label}: {match.group('cap')}" if label_captions else match.group("cap")
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
    """The lines of `preprocess`, each with the file and line it came from. Every problem of
    the document (a bad include, a shortcode, a caption's label, a reference) is found before
    any is raised: one `ReportError` lists them all, in the order of the document."""
    found: list[Problem] = []
    includes: list[tuple[Line, str]] = []
    try:
        lines = expand_includes(
            path, root=root, describe=describe, skip_front_matter=True, problems=includes
        )
    except KlagerapportError as err:  # an include loop: nothing after it can be read
        raise ReportError([replace(p, code=BAD_INCLUDE) for p in as_problems(err)]) from None
    found += [_problem(line, describe, BAD_INCLUDE, why) for line, why in includes]
    lines = _resolved(lines, variables, meta, describe, found)
    lines = _numbered(lines, lang, describe, label_captions, found)
    guard.raise_problems(_in_order(found, lines, describe))
    return lines


def _in_order(found: list[Problem], lines: list[Line], describe: Describe) -> list[Problem]:
    """The problems in the order of the document's lines (then of their characters)."""
    if not found:  # nothing to order: no line's file is described (a path resolved each)
        return []
    order: dict[tuple[str, int], int] = {}
    for n, line in enumerate(lines):
        order.setdefault((describe(line.file), line.lineno), n)
    return sorted(found, key=lambda p: (order.get((p.file, p.line), len(order)), p.col))


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
