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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from ...errors import KlagerapportError
from ...publish import escape
from .. import guard

# Quarto's crossref titles for `lang: nb` (the only language the report is written in).
CROSSREF_TITLES = {"nb": {"tbl": "Tabell", "fig": "Figur"}}

SHORTCODE = re.compile(r"\{\{<\s*(.*?)\s*>\}\}")
INCLUDE_LINE = re.compile(r"^\s*\{\{<\s*include\s+(.+?)\s*>\}\}\s*$")
TABLE_CAPTION = re.compile(
    r"^:\s+(?P<cap>.*?)\s*\{(?P<pre>[^}]*?)#tbl-(?P<id>[A-Za-z0-9_-]+)(?P<post>[^}]*)\}\s*$"
)
FIGURE = re.compile(
    r"^(?P<lead>\s*)!\[(?P<cap>[^\]]*)\]\((?P<src>[^)]*)\)"
    r"\{(?P<pre>[^}]*?)#fig-(?P<id>[A-Za-z0-9_-]+)(?P<post>[^}]*)\}\s*$"
)
CROSSREF = re.compile(r"(?<![\w@.])@(?P<kind>tbl|fig)-(?P<id>[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)")
FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Line:
    """One line of the expanded document and where it came from (for error messages)."""

    text: str
    file: Path
    lineno: int


Describe = Callable[[Path], str]


def _describe_default(path: Path) -> str:
    return str(path)


def _where(line: Line, describe: Describe) -> str:
    return f"{describe(line.file)}, linje {line.lineno}"


def split_front_matter(text: str) -> tuple[dict, list[str], int]:
    """YAML front matter (or {}), the body lines and the line number of the first body line."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                try:
                    meta = yaml.safe_load("\n".join(lines[1:i])) or {}
                except yaml.YAMLError as err:
                    raise KlagerapportError(f"ugyldig YAML i dokumenthodet: {err}") from None
                if not isinstance(meta, dict):
                    raise KlagerapportError("dokumenthodet (YAML) må være en tabell av nøkler")
                return meta, lines[i + 1 :], i + 2
        raise KlagerapportError("dokumenthodet (YAML) mangler avsluttende ---")
    return {}, lines, 1


def _include_target(raw: str, *, root: Path, doc_dir: Path) -> Path:
    """Resolve an include path like Quarto: '/x' from the project root, 'x' from the document."""
    name = raw.strip().strip("\"'")
    target = root / name.lstrip("/") if name.startswith("/") else doc_dir / name
    return target.resolve()


def expand_includes(
    path: Path,
    *,
    root: Path,
    doc_dir: Path | None = None,
    stack: tuple[Path, ...] = (),
    describe: Describe = _describe_default,
    skip_front_matter: bool = False,
    problems: list[tuple[Line, str]] | None = None,
) -> list[Line]:
    """The lines of `path` with every `{{< include >}}` replaced by the file's lines, recursively.

    Relative include paths resolve against the main document's folder (as in Quarto), paths
    starting with '/' against the project root. A cycle or a missing file is an error. With a
    `problems` list, a bad include (out of the project, missing, not alone on its line) is
    added to it as (line, message) and left out, so that every problem can be reported at once.
    """

    def refuse(line: Line, message: str) -> None:
        if problems is None:
            raise KlagerapportError(f"{_where(line, describe)}: {message}")
        problems.append((line, message))

    path = path.resolve()
    root = root.resolve()
    doc_dir = (doc_dir or path.parent).resolve()
    text = path.read_text(encoding="utf-8")
    if skip_front_matter:
        _, body, first = split_front_matter(text)
    else:
        body, first = text.splitlines(), 1
    out: list[Line] = []
    for offset, raw in enumerate(body):
        line = Line(raw, path, first + offset)
        match = INCLUDE_LINE.match(raw)
        if not match:
            if re.search(r"\{\{<\s*include\b", raw):
                refuse(line, "include må stå alene på en linje")
                continue
            out.append(line)
            continue
        target = _include_target(match.group(1), root=root, doc_dir=doc_dir)
        if not target.is_relative_to(root):
            refuse(line, f"include peker ut av prosjektet: {match.group(1)}")
            continue
        if target in (*stack, path):
            chain = " -> ".join(describe(p) for p in (*stack, path, target))
            raise KlagerapportError(f"{_where(line, describe)}: include-løkke: {chain}")
        if not target.is_file():
            refuse(line, f"fant ikke filen {match.group(1).strip()}")
            continue
        out.extend(
            expand_includes(
                target,
                root=root,
                doc_dir=doc_dir,
                stack=(*stack, path),
                describe=describe,
                problems=problems,
            )
        )
    return out


def lookup(data: Mapping, key: str) -> object:
    """A dotted key in nested mappings: lookup(v, 'received.total'); KeyError if absent."""
    node: object = data
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(key)
        node = node[part]
    return node


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
    claim, checked by klagerapport.check, prints nothing); any other shortcode is an error."""

    def replace(match: re.Match, line: Line) -> str:
        parts = match.group(1).split()
        name = parts[0] if parts else ""
        if name == "claim":
            return ""
        if name not in ("var", "meta"):
            raise KlagerapportError(
                f"{_where(line, describe)}: kortkoden «{match.group(0)}» støttes ikke "
                "(bare var, meta, claim og include; se docs/quarto-subset.md)"
            )
        if len(parts) != 2:
            raise KlagerapportError(
                f"{_where(line, describe)}: «{match.group(0)}» skal ha nøyaktig én nøkkel"
            )
        key = parts[1].strip("\"'")
        source, kind = (variables, "variabelen") if name == "var" else (meta, "metadata")
        try:
            value = lookup(source, key)
        except KeyError:
            where = "_variables.yml" if name == "var" else "dokumentets metadata"
            raise KlagerapportError(
                f"{_where(line, describe)}: ukjent {kind} «{key}» (finnes ikke i {where})"
            ) from None
        text = _value_text(kind, key, value, line, describe)
        # A value is data (a district name, a number's text): literal text, never markup.
        return escape.markdown(text) if name == "var" else text

    out = []
    for line in lines:
        if "{{<" in line.text:
            text = SHORTCODE.sub(lambda m, ln=line: replace(m, ln), line.text)
            if "{{<" in text:
                raise KlagerapportError(f"{_where(line, describe)}: uavsluttet kortkode «{{{{<»")
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
    numbered: list[Line] = []
    in_fence = False
    for line in lines:
        text = line.text
        if FENCE.match(text):
            in_fence = not in_fence
        elif not in_fence:
            text = _number_line(text, line, counters, labels, titles, describe, label_captions)
        numbered.append(Line(text, line.file, line.lineno))

    out: list[Line] = []
    in_fence = False
    for line in numbered:
        if FENCE.match(line.text):
            in_fence = not in_fence
            out.append(line)
            continue
        if in_fence:
            out.append(line)
            continue

        def link(match: re.Match, ln: Line = line) -> str:
            ident = f"{match.group('kind')}-{match.group('id')}"
            if ident not in labels:
                raise KlagerapportError(
                    f"{_where(ln, describe)}: kryssreferansen @{ident} peker ikke på noen "
                    "tabell eller figur"
                )
            return f"[{labels[ident]}](#{ident})"

        out.append(Line(CROSSREF.sub(link, line.text), line.file, line.lineno))
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
    table = TABLE_CAPTION.match(text)
    figure = FIGURE.match(text)
    match, kind = (table, "tbl") if table else (figure, "fig")
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
