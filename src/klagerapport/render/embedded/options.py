"""The options of _quarto.yml and the document's front matter that the embedded engine honours.

`project_options` merges them as Quarto does (the front matter overrides a top-level key) and
refuses every option outside the subset (docs/quarto-subset.md) at once: each refusal is a
located problem (`errors.Problem`: the file that sets the option, its line, the option's path
as the column, the value), so `build --json`, the preview and the terminal show them alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import yaml

from ...errors import ERROR, Problem
from ...userfiles import UserFileError
from ..stage import DOCUMENT
from ..stage import options as stage_options

# The Typst template partials Quarto lets a project replace, and which this engine requires.
PARTIALS = ["typst-template.typ", "typst-show.typ"]
SUPPORTED_OPTIONS = {
    "project": {"type", "render", "pre-render", "post-render"},
    "format.html": {
        "toc",
        "toc-depth",
        "toc-title",
        "embed-resources",
        "css",
        "include-before-body",
        "reference-location",
        "shift-heading-level-by",
        "fig-cap-location",
        "tbl-cap-location",
        "filters",
    },
    "format.typst": {
        "papersize",
        "margin",
        "fontsize",
        "font-paths",
        "toc",
        "fig-cap-location",
        "tbl-cap-location",
        "filters",
        "pdf-standard",
        "template-partials",
    },
    "": {"project", "lang", "region", "metadata-files", "format", "title", "kilde"},
}
FORMATS = ("html", "typst")
LANGUAGES = {"nb": {"NO"}}  # lang -> regions
# Quarto's caption placement options and Pandoc's for the HTML (the PDF's: typst-template.typ).
CAPTION_OPTIONS = {
    "fig-cap-location": "figure-caption-position",
    "tbl-cap-location": "table-caption-position",
}
CAPTION_PLACES = {"top": "above", "bottom": "below"}
# Quarto's project scripts: the guard (report/_kontroll.py), which this engine runs in-process
# (render/guard/); any other script would run under Quarto only, so it is refused.
PROJECT_SCRIPTS = {"pre-render": "_kontroll.py før", "post-render": "_kontroll.py etter"}
PDF_STANDARDS = {"ua-1"}
CODE = "unsupported-option"  # the problems' code
PROJECT_FILE = "_quarto.yml"
DOCUMENT_FILE = f"report/{DOCUMENT}"  # the staged document's source in the project
SUBSET = "se docs/quarto-subset.md"


def project_options(root: Path) -> dict:
    """_quarto.yml merged with the document's front matter; every unsupported option is a
    located problem, all raised together (`UserFileError`)."""
    options = stage_options(root)
    places = _Places(root)
    problems = [
        Problem(
            file,
            message,
            row=line or None,
            column=".".join(key),
            value=_shown(_get(options, key)),
            code=CODE,
            severity=ERROR,
            suggestion=SUBSET,
        )
        for key, message in _refusals(options)
        for file, line in [places.of(key)]
    ]
    if problems:
        raise UserFileError(problems)
    return options


def _refusals(options: Mapping) -> Iterator[tuple[tuple[str, ...], str]]:
    """(the option's key path, why it is refused) for every option outside the subset."""
    project = _mapping(options.get("project"))
    fmt = _mapping(options.get("format"))
    yield from _unknown(options, ())
    yield from _unknown(project, ("project",))
    for key, script in PROJECT_SCRIPTS.items():
        given = project.get(key)
        if given is not None and as_list(given) != [script]:
            yield (
                ("project", key),
                f"project.{key} må være «{script}» (den innebygde motoren kjører bare "
                "prosjektets egen kontroll)",
            )
    for name in sorted(set(fmt) - set(FORMATS)):
        yield ("format", name), f"formatet {name} støttes ikke (bare html og typst)"
    for name in FORMATS:
        yield from _unknown(_mapping(fmt.get(name)), ("format", name))
    lang, region = options.get("lang", "nb"), options.get("region", "NO")
    if lang not in LANGUAGES:
        yield ("lang",), f"lang «{lang}» støttes ikke (bare nb)"
    elif region not in LANGUAGES[lang]:
        yield ("region",), f"region «{region}» støttes ikke (bare NO for {lang})"
    typst = _mapping(fmt.get("typst"))
    standards = as_list(typst.get("pdf-standard"))
    if set(map(str, standards)) - PDF_STANDARDS:
        yield (
            ("format", "typst", "pdf-standard"),
            f"pdf-standard {', '.join(map(str, standards))} støttes ikke (bare ua-1)",
        )
    for name in FORMATS:
        for option in CAPTION_OPTIONS:
            place = _mapping(fmt.get(name)).get(option)
            if place is not None and place not in CAPTION_PLACES:
                yield (
                    ("format", name, option),
                    f"format.{name}.{option}: «{place}» støttes ikke (bare "
                    f"{' og '.join(CAPTION_PLACES)})",
                )
    for folder in as_list(typst.get("font-paths")):
        if Path(str(folder)).is_absolute() or ".." in Path(str(folder)).parts:
            yield (
                ("format", "typst", "font-paths"),
                f"format.typst.font-paths: «{folder}» må være en mappe i prosjektet",
            )
    if as_list(typst.get("template-partials")) != PARTIALS:
        yield (
            ("format", "typst", "template-partials"),
            f"format.typst.template-partials må være {', '.join(PARTIALS)} (den innebygde "
            "motoren bygger malen av nøyaktig disse)",
        )


def _unknown(options: Mapping, where: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    known = SUPPORTED_OPTIONS[".".join(where)]
    for key in sorted(set(options) - known, key=str):
        place = f"{'.'.join(where)}: " if where else ""
        yield (*where, str(key)), f"{place}valget {key} støttes ikke av den innebygde motoren"


def _mapping(value: object) -> Mapping:
    return value if isinstance(value, Mapping) else {}


def as_list(value: object) -> list:
    """An option that takes one value or a list of them, as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _get(options: Mapping, key: tuple[str, ...]) -> object:
    value: object = options
    for part in key:
        value = _mapping(value).get(part)
    return value


def _shown(value: object) -> str | None:
    """The value as the problem shows it (a list as its items), or None for a mapping."""
    if value is None or isinstance(value, Mapping):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return (", ".join(map(str, value)) if isinstance(value, list) else str(value))[:80]


class _Places:
    """Where an option is set: the document's front matter for a top-level key it sets (it
    overrides _quarto.yml's, as in Quarto), otherwise _quarto.yml; and the line of the key."""

    def __init__(self, root: Path):
        self.project = _composed((root / PROJECT_FILE).read_text(encoding="utf-8"))
        text = (root / DOCUMENT).read_text(encoding="utf-8")
        lines = text.splitlines()
        front = []
        if lines and lines[0].strip() == "---":
            for line in lines[1:]:
                if line.strip() in ("---", "..."):
                    break
                front.append(line)
        self.front = _composed("\n".join(front))

    def of(self, key: tuple[str, ...]) -> tuple[str, int]:
        if _key_node(self.front, key[:1]) is not None:
            node = _key_node(self.front, key) or _key_node(self.front, key[:1])
            return DOCUMENT_FILE, node.start_mark.line + 2  # after the opening ---
        node = _key_node(self.project, key)
        while node is None and len(key) > 1:  # a key of a value written another way
            key = key[:-1]
            node = _key_node(self.project, key)
        return PROJECT_FILE, (node.start_mark.line + 1 if node is not None else 0)


def _composed(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:  # the merge above read it: only an unusual layout ends here
        return None


def _key_node(node: yaml.Node | None, key: tuple[str, ...]) -> yaml.Node | None:
    """The node of the last key of `key` (its key scalar, where the line is), or None."""
    found = None
    for part in key:
        if not isinstance(node, yaml.MappingNode):
            return None
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == part:
                found, node = k, v
                break
        else:
            return None
    return found
