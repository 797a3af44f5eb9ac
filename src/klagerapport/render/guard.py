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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import KlagerapportError

# What Quarto leaves in the output for a placeholder it could not resolve (its shortcode
# handlers write "?var:key", "?meta:key", "?env:NAME", "?invalid var type:key"; its crossref
# filter writes "?@label"), and a shortcode no engine knew (left as it was written).
LEFTOVER = re.compile(
    r"\{\{<.*?(?:>\}\}|$)"
    r"|\?(?:var|meta|env|invalid [a-z]+ type):[^\s<*]*"
    r"|\?@[A-Za-z0-9_:.-]*[A-Za-z0-9_]",
    re.MULTILINE,
)
# A value shortcode written in bold (`**{{< var x >}}**`) that resolved to nothing.
EMPTY_BOLD = re.compile(r"<strong>\s*</strong>")
VALUE_SHORTCODE = re.compile(r"\{\{<\s*(var|meta)\s+([^\s>]+)\s*>\}\}")
CROSSREF = re.compile(r"(?<![\w@.])@((?:tbl|fig)-[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)")
LABEL = re.compile(r"#((?:tbl|fig)-[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)")
FENCE = re.compile(r"^\s*(```|~~~)")
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

    def find(self, pattern: re.Pattern) -> list[str]:
        """'file, linje N' of every line matching `pattern`."""
        return [line.where for line in self.lines if pattern.search(line.text)]


def read_source(root: Path, document: str, describe) -> Source:
    """The staged `document` with its includes expanded, each line with its origin."""
    from .embedded import shortcodes

    lines = shortcodes.expand_includes(
        root / document, root=root, describe=describe, skip_front_matter=True
    )
    located = [Located(ln.text, f"{describe(ln.file)}, linje {ln.lineno}") for ln in lines]
    return Source(located)


def _code_free(lines: list) -> Iterable:
    """Lines outside fenced code blocks (where a shortcode is shown, not used)."""
    in_fence = False
    for line in lines:
        if FENCE.match(line.text):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield line


def check_sources(source: Source, *, variables: Mapping, meta: Mapping) -> None:
    """Every value placeholder names one non-empty value; every cross-reference has a target."""
    from .embedded.shortcodes import lookup

    problems: list[str] = []
    labels = {m.group(1) for line in source.lines for m in LABEL.finditer(line.text)}
    for line in _code_free(source.lines):
        for match in VALUE_SHORTCODE.finditer(line.text):
            kind, key = match.group(1), match.group(2).strip("\"'")
            data, home = (
                (variables, "_variables.yml") if kind == "var" else (meta, "dokumentets metadata")
            )
            try:
                value = lookup(data, key)
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
        for match in CROSSREF.finditer(line.text):
            if match.group(1) not in labels:
                problems.append(
                    f"{line.where}: kryssreferansen @{match.group(1)} peker ikke på noen "
                    "tabell eller figur"
                )
    _raise(problems)


def _source_of(leftover: str) -> re.Pattern:
    """The source text that an output leftover came from."""
    if leftover.startswith("{{<"):
        inner = leftover[3:].removesuffix(">}}").strip()
        return re.compile(r"\{\{<\s*" + r"\s+".join(map(re.escape, inner.split())))
    if leftover.startswith("?@"):
        return re.compile(r"(?<![\w@.])@" + re.escape(leftover[2:]) + r"(?![\w-])")
    kind, _, key = leftover[1:].partition(":")
    kind = kind.split()[1] if kind.startswith("invalid") else kind
    return re.compile(r"\{\{<\s*" + re.escape(kind) + r"\s+[\"']?" + re.escape(key) + r"[\"']?\s")


def _locate(source: Source, pattern: re.Pattern, fallback: str) -> str:
    found = source.find(pattern)
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


def check_outputs(html: Path, pdf: Path, source: Source, meta: Mapping | None = None) -> None:
    """The rendered HTML and PDF carry no leftover of an unresolved placeholder, and (given the
    document's metadata) the PDF has the report's design."""
    text = visible_html(html.read_text(encoding="utf-8"))
    problems = output_problems(text, "rapport.html", source, html=True)
    pages = pdf_text(pdf)
    for number, page in enumerate(pages, start=1):
        problems += output_problems(page, f"rapport.pdf side {number}", source, html=False)
    if meta is not None:
        problems += pdf_design_problems(pdf, meta, pages)
    _raise(problems)


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
                needle = re.compile(r"(?<![\w@.])@" + re.escape(name) + r"(?![\w-])")
            elif kind == "shortcode":
                needle = re.compile(r"\{\{<\s*" + re.escape(name) + r"\b")
            else:
                needle = re.compile(r"\{\{<\s*(?:var|meta)\s+[\"']?" + re.escape(name) + r"\b")
            where = _locate(source, needle, "")
            break
        prefix = f"{where}: " if where else ""
        problems.append(f"{prefix}Quarto advarte: {message}")
    return problems


def check_quarto_log(log: str, source: Source) -> None:
    """Quarto's WARNING lines are errors: Quarto publishes what it only warned about."""
    _raise(quarto_log_problems(log, source))


def _raise(problems: list[str]) -> None:
    if not problems:
        return
    head = "1 feil i rapporten" if len(problems) == 1 else f"{len(problems)} feil i rapporten"
    lines = [f"{head} (den forrige rapporten står urørt):", *(f"  - {p}" for p in problems)]
    raise KlagerapportError("\n".join(lines))
