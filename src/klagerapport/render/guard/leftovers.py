"""After the engine: what an unresolved placeholder leaves in an output's text (`{{<`, `?var:`,
`?meta:`, `?@`, a footnote without its note, an empty bold value), each located in the source,
and the HTML's visible text."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ... import grammar
from ...errors import Problem
from .problems import EMPTY_BOLD_CODE, LEFTOVER_CODE, raise_problems
from .source import LEFTOVER, Source, is_literal, literal_values, refers, uses

# A value shortcode written in bold (`**{{< var x >}}**`) that resolved to nothing.
EMPTY_BOLD = re.compile(r"<strong>\s*</strong>")


def check_no_shortcodes(text: str, what: str) -> None:
    """No `{{<` may survive into a published file (the embedded engine's own last check)."""
    index = text.find("{{<")
    if index >= 0:
        lineno = text.count("\n", 0, index) + 1
        message = "uløst kortkode «{{<» i utdata"
        raise_problems([Problem(what, message, row=lineno, code=LEFTOVER_CODE)])


def _source_of(leftover: str) -> Callable[[str], bool]:
    """Which source line an output leftover came from."""
    if leftover.startswith("{{<"):
        found = grammar.scan(leftover, names=(leftover[3:].split() or [""])[0:1]).shortcodes
        if found:
            return uses(found[0].name, (found[0].positional or [None])[0])
        inner = " ".join(leftover[3:].removesuffix(">}}").split())
        return lambda text: inner != "" and inner in " ".join(text.split())
    if leftover.startswith("?@"):
        return refers(leftover[2:])
    if leftover.startswith("[^"):
        return lambda text: leftover in text
    kind, _, key = leftover[1:].partition(":")
    kind = kind.split()[1] if kind.startswith("invalid") else kind
    return uses(kind, key)


def output_problems(
    text: str,
    what: str,
    source: Source,
    *,
    html: bool,
    page: int | None = None,
    variables: Mapping | None = None,
) -> list[Problem]:
    """Leftovers of unresolved placeholders in one output's text (`what`: the file, and `page`
    the PDF's page the text is), located in the source: one problem for each source line a
    leftover may have come from, else one at the output's line. Text the document prints as
    it is (data, `Source.literal`, and the `variables` it quotes) is no leftover."""
    problems = []
    seen = set()
    shown = what + (f" side {page}" if page else "")
    literal = source.literal | literal_values(variables)
    for match in LEFTOVER.finditer(text):
        leftover = match.group(0)
        if leftover in seen or is_literal(leftover, literal):
            continue
        seen.add(leftover)
        message = f"uløst plassholder «{leftover.strip()}» i {shown}"
        found = source.find(_source_of(leftover))
        if found:
            problems += [line.problem(LEFTOVER_CODE, message) for line in found]
            continue
        lineno = text.count("\n", 0, match.start()) + 1
        problems.append(Problem(what, message, row=lineno, page=page, code=LEFTOVER_CODE))
    if html:
        for match in EMPTY_BOLD.finditer(text):
            lineno = text.count("\n", 0, match.start()) + 1
            message = "tom verdi i fet skrift (<strong></strong>)"
            problems.append(Problem(what, message, row=lineno, page=page, code=EMPTY_BOLD_CODE))
    return problems


CODE_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)


def visible_html(html: str) -> str:
    """The HTML without its scripts and style sheets (Quarto embeds its JavaScript), with the
    line breaks kept so that line numbers still match the file."""
    return CODE_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), html)
