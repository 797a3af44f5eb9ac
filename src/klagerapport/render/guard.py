"""The guard every render passes, whichever engine made it, before anything is published.

Before the engine runs, `check_sources` reads the staged documents (includes expanded) and
checks that every `{{< var >}}` / `{{< meta >}}` names one non-empty value and every `@tbl-`/
`@fig-` reference has a target. Quarto would publish these as `?var:key`, as nothing at all (a
group of values), or as `?@tbl-x`, with at most a WARNING.

After the engine, `check_outputs` reads the HTML and the PDF's text for what an unresolved
placeholder leaves behind (`{{<`, `?var:`, `?meta:`, `?@`, an empty bold value) and
`check_quarto_log` treats every WARNING Quarto printed as an error. Each problem names the
source file and line, found again in the staged sources; all problems are reported at once.
A failed guard raises before the report files are swapped in, so the last good report stays.

Every problem is an `errors.Problem` (file, line, a PDF's page, a stable `code` from CODES),
raised together as one `errors.ReportError`: the terminal reads its message, `--json` and the
preview's panel its `problems`, in the same form as the commentary check's findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .. import grammar
from ..errors import Problem, ReportError
from . import completeness

# The guard's problems by kind, each a stable code for a machine (`--json`, the preview).
GRAMMAR = "grammar"  # what Quarto would read differently (klagerapport.grammar)
UNKNOWN_VALUE = "unknown-value"  # {{< var/meta key >}} with no such key
GROUP_VALUE = "group-value"  # a key that names a group of values, not one
EMPTY_VALUE = "empty-value"  # a key whose value is empty
NO_TARGET = "no-target"  # @tbl-/@fig- with no table or figure of that label
LEFTOVER_CODE = "leftover"  # an unresolved placeholder left in an output
EMPTY_BOLD_CODE = "empty-bold"  # a bold value that resolved to nothing
PDF_DESIGN = "pdf-design"  # the PDF lacks what the project's Typst partials put in
QUARTO_WARNING = "quarto-warning"  # a WARNING line of Quarto's output
MISSING_PIECE = completeness.MISSING  # a piece of the document missing from an output
CODES = (
    GRAMMAR,
    UNKNOWN_VALUE,
    GROUP_VALUE,
    EMPTY_VALUE,
    NO_TARGET,
    LEFTOVER_CODE,
    EMPTY_BOLD_CODE,
    PDF_DESIGN,
    QUARTO_WARNING,
    MISSING_PIECE,
)

# What Quarto leaves in the output for a placeholder it could not resolve (its shortcode
# handlers write "?var:key", "?meta:key", "?env:NAME", "?invalid var type:key"; its crossref
# filter writes "?@label"), and a shortcode no engine knew (left as it was written).
LEFTOVER = re.compile(
    grammar.LEFTOVER_PATTERN + r"|\?(?:var|meta|env|invalid [a-z]+ type):[^\s<*]*"
    r"|\?@[A-Za-z0-9_:.-]*[A-Za-z0-9_]"
    r"|\[\^[^\]\s]+\]",  # a footnote reference without its note, printed as it was written
    re.MULTILINE,
)
# A value shortcode written in bold (`**{{< var x >}}**`) that resolved to nothing.
EMPTY_BOLD = re.compile(r"<strong>\s*</strong>")
# Quarto's warnings that name what they could not resolve.
QUARTO_WARNINGS = [
    (re.compile(r"Unknown var (\S+)"), "var"),
    (re.compile(r"Unknown meta key (\S+)"), "meta"),
    (re.compile(r"Unsupported type '[^']*' for key (\S+) in a (var|meta) shortcode"), "type"),
    (re.compile(r"Unable to resolve crossref @(\S+)"), "ref"),
    (re.compile(r"Shortcode '([^']+)' not found"), "shortcode"),
]


# Quarto's one warning that is not about the report: with `pdf-standard: ua-1` it would also run
# veraPDF, if installed, after Typst has already checked PDF/UA-1 while writing the PDF.
NOT_ABOUT_THE_REPORT = ("PDF standard validation requested but verapdf is not installed",)


def check_no_shortcodes(text: str, what: str) -> None:
    """No `{{<` may survive into a published file (the embedded engine's own last check)."""
    index = text.find("{{<")
    if index >= 0:
        lineno = text.count("\n", 0, index) + 1
        message = "uløst kortkode «{{<» i utdata"
        raise_problems([Problem(what, message, row=lineno, code=LEFTOVER_CODE)])


@dataclass(frozen=True)
class Located:
    text: str
    file: str  # "commentary/oslo/2019/generelt.md", as the reader knows it
    line: int

    def problem(self, code: str, message: str, col: int = 0) -> Problem:
        """A problem about this line."""
        return Problem(self.file, message, row=self.line, code=code, col=col)


@dataclass(frozen=True)
class Source:
    """The staged document as the reader wrote it: every line (includes expanded) and where
    it came from, for finding a problem seen in the output again in the source."""

    lines: list[Located]

    def find(self, wanted: Callable[[str], bool]) -> list[Located]:
        """Every line whose text is `wanted`."""
        return [line for line in self.lines if wanted(line.text)]

    @cached_property
    def literal(self) -> frozenset[str]:
        """What looks like a leftover but the document prints as text: data (a unit named
        `{{< var x >}}` or `?var:x`), escaped where it was written (publish/escape.py), and
        prose that escapes it: the leftovers of a line's text once its backslash escapes are
        read that hold an escaped character (a real shortcode is blanked first)."""
        found: set[str] = set()
        for line in self.lines:
            if "\\" not in line.text:
                continue
            written = grammar.blank_shortcodes(line.text) if "{{<" in line.text else line.text
            read, escaped = _read_escapes(written)
            found |= {
                _words(m.group(0))
                for m in LEFTOVER.finditer(read)
                if any(escaped[m.start() : m.end()])
            }
        return frozenset(found)


_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # Pandoc's backslash escapes


def _read_escapes(text: str) -> tuple[str, list[bool]]:
    """`text` with its backslash escapes read, and for each character whether it was escaped."""
    out, escaped, i = [], [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            out.append(text[i + 1])
            escaped.append(True)
            i += 2
            continue
        out.append(text[i])
        escaped.append(False)
        i += 1
    return "".join(out), escaped


def _words(text: str) -> str:
    return " ".join(text.split())


def literal_values(variables: Mapping | None) -> frozenset[str]:
    """What looks like a leftover in the values `{{< var >}}` prints: data, printed as text."""
    found: set[str] = set()
    stack = [variables or {}]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            stack += list(item.values())
        elif isinstance(item, list | tuple):
            stack += list(item)
        elif isinstance(item, str):
            found |= {_words(x) for x in LEFTOVER.findall(item)}
    return frozenset(found)


def _is_literal(leftover: str, literal: frozenset[str]) -> bool:
    """Whether an output leftover is (a piece, cut at a line's end, of) printed text."""
    words = _words(leftover)
    return bool(words) and any(words in text for text in literal)


def read_source(root: Path, document: str, describe) -> Source:
    """The staged `document` with its includes expanded, each line with its origin."""
    lines = grammar.expand_includes(
        root / document, root=root, describe=describe, skip_front_matter=True
    )
    located = [Located(ln.text, describe(ln.file), ln.lineno) for ln in lines]
    return Source(located)


def _code_free(lines: list) -> Iterable:
    """Lines outside fenced code blocks (where a cross-reference is shown, not used)."""
    for line, in_code in zip(lines, grammar.in_fences(ln.text for ln in lines), strict=True):
        if not in_code:
            yield line


def check_sources(source: Source, *, variables: Mapping, meta: Mapping) -> None:
    """Everything the document grammar refuses (what Quarto would read differently from the
    embedded engine, klagerapport.grammar); every value placeholder names one non-empty value;
    every cross-reference has a target."""
    raise_problems(source_problems(source, variables=variables, meta=meta))


def source_problems(source: Source, *, variables: Mapping, meta: Mapping) -> list[Problem]:
    """What `check_sources` stops on, in the order of the document."""
    problems: list[Problem] = []
    labels = {label for line in source.lines for label in grammar.labels(line.text)}
    for line in source.lines:
        if "{{" not in line.text:
            continue
        problems += [
            line.problem(GRAMMAR, str(p), col=p.column) for p in grammar.problems(line.text)
        ]
        for shortcode in grammar.shortcodes(line.text):
            if shortcode.name not in ("var", "meta") or len(shortcode.positional) != 1:
                continue
            kind, key = shortcode.name, shortcode.positional[0]
            data, home = (
                (variables, "_variables.yml") if kind == "var" else (meta, "dokumentets metadata")
            )
            col = shortcode.start + 1
            try:
                value = grammar.lookup(data, key)
            except KeyError:
                message = f"ukjent {kind} «{key}» (finnes ikke i {home})"
                problems.append(line.problem(UNKNOWN_VALUE, message, col))
                continue
            if isinstance(value, Mapping | list) or value is None:
                message = (
                    f"{kind} «{key}» er en gruppe, ikke en verdi; Quarto ville skrevet ingenting"
                )
                problems.append(line.problem(GROUP_VALUE, message, col))
            elif str(value).strip() == "":
                problems.append(line.problem(EMPTY_VALUE, f"{kind} «{key}» er tom", col))
    for line in _code_free(source.lines):
        for ref in grammar.crossrefs(line.text):
            if ref.label not in labels:
                message = f"kryssreferansen @{ref.label} peker ikke på noen tabell eller figur"
                problems.append(line.problem(NO_TARGET, message, ref.start + 1))
    return sorted(problems, key=_by_place(source))


def _by_place(source: Source) -> Callable[[Problem], int]:
    order: dict[tuple[str, int], int] = {}
    for i, line in enumerate(source.lines):
        order.setdefault((line.file, line.line), i)
    return lambda problem: order.get((problem.file, problem.line), len(order))


def _uses(name: str, key: str | None = None) -> Callable[[str], bool]:
    """A line that has the shortcode `name` (with the key `key`)."""

    def wanted(text: str) -> bool:
        return any(
            sc.name == name and (key is None or sc.positional[:1] == [key])
            for sc in grammar.scan(text, names=(name,)).shortcodes
        )

    return wanted


def _refers(label: str) -> Callable[[str], bool]:
    return lambda text: any(ref.label == label for ref in grammar.crossrefs(text))


def _source_of(leftover: str) -> Callable[[str], bool]:
    """Which source line an output leftover came from."""
    if leftover.startswith("{{<"):
        found = grammar.scan(leftover, names=(leftover[3:].split() or [""])[0:1]).shortcodes
        if found:
            return _uses(found[0].name, (found[0].positional or [None])[0])
        inner = " ".join(leftover[3:].removesuffix(">}}").split())
        return lambda text: inner != "" and inner in " ".join(text.split())
    if leftover.startswith("?@"):
        return _refers(leftover[2:])
    if leftover.startswith("[^"):
        return lambda text: leftover in text
    kind, _, key = leftover[1:].partition(":")
    kind = kind.split()[1] if kind.startswith("invalid") else kind
    return _uses(kind, key)


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
        if leftover in seen or _is_literal(leftover, literal):
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


def pdf_text(pdf: Path) -> list[str]:
    """The text of each page of a PDF, lines ending in "\n" (PDFium's extraction: about 0.02 s
    for the report, against 0.65 s with pypdf's)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = []
        for page in document:
            text = page.get_textpage()
            pages.append(text.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            text.close()
            page.close()
        return pages
    finally:
        document.close()


def check_outputs(
    html: Path,
    pdf: Path,
    source: Source,
    meta: Mapping | None = None,
    variables: Mapping | None = None,
) -> None:
    """The rendered HTML and PDF carry no leftover of an unresolved placeholder, (given the
    document's metadata) the PDF has the report's design, and (given the values too) every
    piece of the document is in both (render/completeness.py)."""
    raw = html.read_text(encoding="utf-8")
    text = visible_html(raw)
    problems = output_problems(text, "rapport.html", source, html=True, variables=variables)
    pages = pdf_text(pdf)
    for number, page in enumerate(pages, start=1):
        problems += output_problems(
            page, "rapport.pdf", source, html=False, page=number, variables=variables
        )
    if meta is not None:
        problems += pdf_design_problems(pdf, meta, pages)
        if variables is not None:
            problems += completeness_problems(raw, pages, source, variables, meta)
    raise_problems(problems)


def completeness_problems(
    html: str | None, pages: list[str] | None, source: Source, variables: Mapping, meta: Mapping
) -> list[Problem]:
    """The first piece of the document missing from the HTML and from the PDF's text."""
    expected = completeness.pieces(source.lines, variables, meta)
    found = []
    if html is not None:
        text, ids = completeness.html_text(html)
        lost = completeness.missing(expected, text, ids)
        found.append(completeness.problem("rapport.html", expected, lost))
    if pages is not None:
        lost = completeness.missing(expected, "\n".join(pages))
        found.append(completeness.problem("rapport.pdf", expected, lost))
    return [p for p in found if p]


def pdf_design_problems(pdf: Path, meta: Mapping, pages: list[str]) -> list[Problem]:
    """What the project's Typst partials put into every PDF, whichever engine ran them: the
    language with its region, tags, the title with district and year, "Side N av M"."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    root = reader.trailer["/Root"]
    problems = []

    def problem(message: str, page: int | None = None) -> None:
        problems.append(Problem("rapport.pdf", message, page=page, code=PDF_DESIGN))

    lang = f"{meta.get('lang', 'nb')}-{meta.get('region', 'NO')}"
    if str(root.get("/Lang", "")) != lang:
        problem(f"språket er «{root.get('/Lang')}», ikke «{lang}»")
    if "/StructTreeRoot" not in root:
        problem("PDF-en er ikke tagget (PDF/UA)")
    place = (meta.get("rapport") or {}).get("sted")
    if place:  # written Markdown-escaped (stage.run_metadata); the PDF holds the plain text
        place = re.sub(r"\\(.)", r"\1", str(place))
    title = " – ".join(str(t) for t in (meta.get("title"), place) if t)
    if (reader.metadata or {}).get("/Title") != title:
        problem(f"tittelen er ikke «{title}»")
    total = len(reader.pages)
    for number, text in enumerate(pages, start=1):
        if not re.search(rf"Side\s+{number}\s+av\s+{total}\s*$", text):
            problem(f"mangler bunnteksten «Side {number} av {total}»", number)
            break
    if problems:
        problem(
            "PDF-en er ikke laget med prosjektets Typst-maler (typst-template.typ, "
            "typst-show.typ i _quarto.yml)"
        )
    return problems


def quarto_log_problems(log: str, source: Source) -> list[Problem]:
    """Every WARNING line of Quarto's output, located in the source where it names a key (one
    problem for each line that uses it)."""
    problems = []
    for line in log.splitlines():
        if "WARN" not in line or any(text in line for text in NOT_ABOUT_THE_REPORT):
            continue
        message = line.strip()
        where: list[Located] = []
        for pattern, kind in QUARTO_WARNINGS:
            match = pattern.search(message)
            if not match:
                continue
            name = match.group(1).rstrip(".")
            if kind == "ref":
                needle = _refers(name)
            elif kind == "shortcode":
                needle = _uses(name)
            else:
                needle = (lambda n: lambda t: _uses("var", n)(t) or _uses("meta", n)(t))(name)
            where = source.find(needle)
            break
        said = f"Quarto advarte: {message}"
        if where:
            problems += [found.problem(QUARTO_WARNING, said) for found in where]
        else:
            problems.append(Problem("", said, code=QUARTO_WARNING))
    return problems


def check_quarto_log(log: str, source: Source) -> None:
    """Quarto's WARNING lines are errors: Quarto publishes what it only warned about."""
    raise_problems(quarto_log_problems(log, source))


def raise_problems(problems: list[Problem]) -> None:
    """One error listing every problem (the last good report stays)."""
    if problems:
        raise ReportError(problems)
