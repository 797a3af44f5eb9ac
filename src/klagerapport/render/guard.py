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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import grammar
from ..errors import KlagerapportError
from . import completeness

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
        raise KlagerapportError(f"{what}, linje {lineno}: uløst kortkode «{{{{<» i utdata")


@dataclass(frozen=True)
class Located:
    text: str
    where: str  # "commentary/oslo/2019/generelt.md, linje 3"


@dataclass(frozen=True)
class Source:
    """The staged document as the reader wrote it: every line (includes expanded) and where
    it came from, for finding a problem seen in the output again in the source."""

    lines: list[Located]

    def find(self, wanted: Callable[[str], bool]) -> list[str]:
        """'file, linje N' of every line whose text is `wanted`."""
        return [line.where for line in self.lines if wanted(line.text)]


def read_source(root: Path, document: str, describe) -> Source:
    """The staged `document` with its includes expanded, each line with its origin."""
    lines = grammar.expand_includes(
        root / document, root=root, describe=describe, skip_front_matter=True
    )
    located = [Located(ln.text, f"{describe(ln.file)}, linje {ln.lineno}") for ln in lines]
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
    problems: list[str] = []
    labels = {label for line in source.lines for label in grammar.labels(line.text)}
    for line in source.lines:
        if "{{" not in line.text:
            continue
        problems += [f"{line.where}: {p}" for p in grammar.problems(line.text)]
        for shortcode in grammar.shortcodes(line.text):
            if shortcode.name not in ("var", "meta") or len(shortcode.positional) != 1:
                continue
            kind, key = shortcode.name, shortcode.positional[0]
            data, home = (
                (variables, "_variables.yml") if kind == "var" else (meta, "dokumentets metadata")
            )
            try:
                value = grammar.lookup(data, key)
            except KeyError:
                problems.append(f"{line.where}: ukjent {kind} «{key}» (finnes ikke i {home})")
                continue
            if isinstance(value, Mapping | list) or value is None:
                problems.append(
                    f"{line.where}: {kind} «{key}» er en gruppe, ikke en verdi; "
                    "Quarto ville skrevet ingenting"
                )
            elif str(value).strip() == "":
                problems.append(f"{line.where}: {kind} «{key}» er tom")
    for line in _code_free(source.lines):
        for ref in grammar.crossrefs(line.text):
            if ref.label not in labels:
                problems.append(
                    f"{line.where}: kryssreferansen @{ref.label} peker ikke på noen "
                    "tabell eller figur"
                )
    raise_problems(sorted(problems, key=_by_place(source)))


def _by_place(source: Source) -> Callable[[str], int]:
    order = {line.where: i for i, line in enumerate(source.lines)}
    return lambda problem: order.get(problem.partition(": ")[0], len(order))


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


def _locate(source: Source, wanted: Callable[[str], bool], fallback: str) -> str:
    found = source.find(wanted)
    return "; ".join(found) if found else fallback


def output_problems(text: str, what: str, source: Source, *, html: bool) -> list[str]:
    """Leftovers of unresolved placeholders in one output's text, located in the source."""
    problems = []
    seen = set()
    for match in LEFTOVER.finditer(text):
        leftover = match.group(0)
        if leftover in seen:
            continue
        seen.add(leftover)
        lineno = text.count("\n", 0, match.start()) + 1
        where = _locate(source, _source_of(leftover), f"{what}, linje {lineno}")
        problems.append(f"{where}: uløst plassholder «{leftover.strip()}» i {what}")
    if html:
        for match in EMPTY_BOLD.finditer(text):
            lineno = text.count("\n", 0, match.start()) + 1
            problems.append(f"{what}, linje {lineno}: tom verdi i fet skrift (<strong></strong>)")
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
    problems = output_problems(text, "rapport.html", source, html=True)
    pages = pdf_text(pdf)
    for number, page in enumerate(pages, start=1):
        problems += output_problems(page, f"rapport.pdf side {number}", source, html=False)
    if meta is not None:
        problems += pdf_design_problems(pdf, meta, pages)
        if variables is not None:
            problems += completeness_problems(raw, pages, source, variables, meta)
    raise_problems(problems)


def completeness_problems(
    html: str | None, pages: list[str] | None, source: Source, variables: Mapping, meta: Mapping
) -> list[str]:
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


def pdf_design_problems(pdf: Path, meta: Mapping, pages: list[str]) -> list[str]:
    """What the project's Typst partials put into every PDF, whichever engine ran them: the
    language with its region, tags, the title with district and year, "Side N av M"."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    root = reader.trailer["/Root"]
    problems = []
    lang = f"{meta.get('lang', 'nb')}-{meta.get('region', 'NO')}"
    if str(root.get("/Lang", "")) != lang:
        problems.append(f"rapport.pdf: språket er «{root.get('/Lang')}», ikke «{lang}»")
    if "/StructTreeRoot" not in root:
        problems.append("rapport.pdf: PDF-en er ikke tagget (PDF/UA)")
    place = (meta.get("rapport") or {}).get("sted")
    if place:  # written Markdown-escaped (stage.run_metadata); the PDF holds the plain text
        place = re.sub(r"\\(.)", r"\1", str(place))
    title = " – ".join(str(t) for t in (meta.get("title"), place) if t)
    if (reader.metadata or {}).get("/Title") != title:
        problems.append(f"rapport.pdf: tittelen er ikke «{title}»")
    total = len(reader.pages)
    for number, text in enumerate(pages, start=1):
        if not re.search(rf"Side\s+{number}\s+av\s+{total}\s*$", text):
            problems.append(
                f"rapport.pdf side {number}: mangler bunnteksten «Side {number} av {total}»"
            )
            break
    if problems:
        problems.append(
            "rapport.pdf er ikke laget med prosjektets Typst-maler (typst-template.typ, "
            "typst-show.typ i _quarto.yml)"
        )
    return problems


def quarto_log_problems(log: str, source: Source) -> list[str]:
    """Every WARNING line of Quarto's output, located in the source where it names a key."""
    problems = []
    for line in log.splitlines():
        if "WARN" not in line or any(text in line for text in NOT_ABOUT_THE_REPORT):
            continue
        message = line.strip()
        where = None
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
            where = _locate(source, needle, "")
            break
        prefix = f"{where}: " if where else ""
        problems.append(f"{prefix}Quarto advarte: {message}")
    return problems


def check_quarto_log(log: str, source: Source) -> None:
    """Quarto's WARNING lines are errors: Quarto publishes what it only warned about."""
    raise_problems(quarto_log_problems(log, source))


def raise_problems(problems: list[str]) -> None:
    """One error listing every problem (the last good report stays)."""
    if not problems:
        return
    head = "1 feil i rapporten" if len(problems) == 1 else f"{len(problems)} feil i rapporten"
    lines = [f"{head} (den forrige rapporten står urørt):", *(f"  - {p}" for p in problems)]
    raise KlagerapportError("\n".join(lines))
