"""What rendering may read: only the staged project, and no markup but Markdown.

- `check_links(folder)`: a folder copied into the staging project may not hold (or be) a
  symbolic link that leaves the project: the copy would otherwise publish an outside file.
- `check_document(lines, root)`: the expanded document (as Pandoc parses it) may not hold raw
  HTML, raw Typst/LaTeX or raw attributes (HTML comments are allowed and stripped), an image
  that is not a file inside the staging folder, a link with another scheme than http(s)/mailto
  or a relative link out of the project, an `on...` attribute, or math (`$…$`, `$$…$$`). Each
  is an error naming the file and line. Policy in docs/quarto-subset.md ("Sikkerhet").
- `check_source(document, root)`: the same before any engine runs, with every bad include,
  all problems reported at once.
- `compile_typst(...)`: Typst in a child process with a wall-time and a memory bound.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlparse

from .. import grammar, paths
from ..errors import BuildError, KlagerapportError, Problem, ProblemsError
from . import pandoc_run
from .guard import GRAMMAR

LINK_SCHEMES = {"http", "https", "mailto"}
TYPST_SECONDS = 120  # wall time of one PDF compile (the report takes a few seconds)
TYPST_MEMORY = 2 << 30  # bytes of address space for the Typst process
_COMMENT = re.compile(r"^\s*<!--.*-->\s*$", re.DOTALL)
UNSAFE = "unsafe"  # the problem's code: markup, math, an image or link the report may not hold
BAD_INCLUDE = "include"  # an include the engines would not expand alike


def check_links(folder: Path, *, inside: Path | None = None) -> None:
    """Refuse `folder` if it, or anything under it, is a link resolving outside `inside`."""
    inside = (inside or paths.ROOT).resolve()
    folder = Path(folder)
    if not folder.exists() and not folder.is_symlink():
        return
    bad = [p for p in _walk(folder) if p.is_symlink() and not _inside(p, inside)]
    if not folder.resolve().is_relative_to(inside):
        bad.insert(0, folder)
    if bad:
        raise KlagerapportError(
            f"{paths.shown(bad[0])} er en symbolsk lenke ut av prosjektet "
            f"(til {os.path.realpath(bad[0])}); bare filer i prosjektet kan publiseres"
        )


def _walk(folder: Path) -> Iterator[Path]:
    for base, dirs, files in os.walk(folder):
        for name in (*dirs, *files):
            yield Path(base) / name


def _inside(path: Path, root: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(root)


# --------------------------------------------------------------------------- the document


def pandoc_ast(markdown: str, reader: str) -> dict:
    # without auto_identifiers, an id in the AST is one the document wrote (_attribute_problems)
    proc = pandoc_run.run(["-f", f"{reader}-auto_identifiers", "-t", "json"], input=markdown)
    if proc.returncode != 0:
        raise BuildError(f"Pandoc kunne ikke lese dokumentet: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def _nodes(node: object) -> Iterator[dict]:
    if isinstance(node, dict):
        if "t" in node:
            yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for item in node:
            yield from _nodes(item)


def problems(ast: dict, root: Path) -> list[tuple[str, str]]:
    """(what, text to find in the source) for every forbidden element of a Pandoc AST."""
    root = root.resolve()
    found = []
    for node in _nodes(ast.get("blocks", [])):
        kind, content = node["t"], node.get("c")
        if kind in ("RawBlock", "RawInline"):
            fmt, text = content
            if not (fmt == "html" and _COMMENT.match(text)):
                found.append((f"rå {fmt.upper()} er ikke tillatt", text.strip().splitlines()[0]))
        elif kind == "Math":
            mode, formula = content
            shown = "$$…$$" if mode.get("t") == "DisplayMath" else "$…$"
            first = (formula.strip().splitlines() or [""])[0]
            why = f"matematikk ({shown}) støttes ikke; skriv det som vanlig tekst (dollartegn: \\$)"
            found.append((why, first))
        elif kind in ("Image", "Link"):
            attr, _, (target, _) = content
            found += _attribute_problems(kind, attr)
            check = _image_problem if kind == "Image" else _link_problem
            why = check(target, root)
            if why:
                found.append((why, target))
        elif kind in ATTRIBUTED:
            found += _attribute_problems(kind, content[ATTRIBUTED[kind]])
    return found


# Where each element kind holds its attributes (Pandoc's JSON: Header is [level, attr, ...]).
ATTRIBUTED = {"Span": 0, "Div": 0, "Code": 0, "CodeBlock": 0, "Table": 0, "Figure": 0, "Header": 1}
# The attributes the document may carry (docs/quarto-subset.md, "Security"): what the report's
# own parts need and nothing else. A `style` could load an outside address, hide text in one
# format only or lay a box over the page; a class could hide text as well (`.hidden`).
# The ids: tables, figures, the generated commentary headings, the live preview's piece markers
# (preview/pieces.py).
ALLOWED_IDS = re.compile(
    r"kommentarer|kommentar-[\w-]+|tbl-[\w-]+|fig-[\w-]+|kp-(start|end)-[\w-]+"
)
CALLOUTS = {f"callout-{k}" for k in ("note", "tip", "warning", "important", "caution")}
ALLOWED_CLASSES = {"Div": CALLOUTS | {"tabellnote"}}
ALLOWED_KEYS = {"Div": {"title"}, "Image": {"fig-alt"}, "Figure": {"fig-alt"}}


def _attribute_problems(kind: str, attr: list) -> list[tuple[str, str]]:
    """Every attribute of one element the policy does not allow: an id other than the report's
    own kinds, a class other than a callout's or a table note's, any key but a callout's
    `title` and a figure's `fig-alt` (never `style`, `on...`, `src`, `href`, ...)."""
    ident, classes, pairs = attr
    found = []
    if ident and not ALLOWED_IDS.fullmatch(ident):
        found.append((f"id-en «#{ident}» er ikke tillatt (bare tbl-…, fig-…)", f"#{ident}"))
    allowed = ALLOWED_CLASSES.get(kind, set())
    found += [(f"klassen «.{c}» er ikke tillatt", f".{c}") for c in classes if c not in allowed]
    if "title" in dict(pairs) and not CALLOUTS & set(classes):
        allowed_keys: set[str] = set()  # a title only on a callout
    else:
        allowed_keys = ALLOWED_KEYS.get(kind, set())
    found += [
        (f"attributtet «{k}» er ikke tillatt", f"{k}={v}")
        for k, v in pairs
        if k not in allowed_keys
    ]
    return found


def _image_problem(target: str, root: Path) -> str | None:
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or target.startswith(("/", "\\")):
        return "bilder må være filer i prosjektet (ingen adresse eller absolutt sti)"
    file = (root / unquote(parsed.path)).resolve()
    if not file.is_relative_to(root):
        return "bildet ligger utenfor prosjektet"
    if not file.is_file():
        return "fant ikke bildefilen"
    return None


def _link_problem(target: str, root: Path) -> str | None:
    if target.startswith("#") or target == "":
        return None
    parsed = urlparse(target)
    if parsed.scheme:
        if parsed.scheme.lower() in LINK_SCHEMES:
            return None
        return f"lenker med «{parsed.scheme}:» er ikke tillatt (bare http, https og mailto)"
    if target.startswith(("/", "\\")) or parsed.netloc:
        return "lenken peker ut av prosjektet"
    if not (root / unquote(parsed.path)).resolve().is_relative_to(root):
        return "lenken peker ut av prosjektet"
    return None


def check_document(
    lines: list, root: Path, describe: Callable[[Path], str], reader: str = "markdown-citations"
) -> None:
    """Refuse the expanded document if it holds anything `problems` names; every problem."""
    _refuse(document_problems(lines, root, describe, reader), describe)


def check_source(document: Path, root: Path, describe: Callable[[Path], str]) -> None:
    """The check before any engine runs, on the document as written (includes expanded): every
    bad include and everything `problems` names, all reported at once, by file and line."""
    includes: list = []
    lines = grammar.expand_includes(
        document, root=root, describe=describe, skip_front_matter=True, problems=includes
    )
    found = [(line.file, line.lineno, why, BAD_INCLUDE, 0) for line, why in includes]
    for line in lines:  # what Quarto would read differently from the embedded engine
        if "{{" in line.text:
            found += [
                (line.file, line.lineno, str(p), GRAMMAR, 0) for p in grammar.problems(line.text)
            ]
    _refuse([*found, *document_problems(unread_shortcodes(lines), root, describe)], describe)


def unread_shortcodes(lines: list) -> list:
    """The lines with every shortcode as written blanked to one letter and spaces (the same
    length), as Pandoc is to parse them for `check_source`.

    Quarto reads a shortcode itself, never as Markdown, so nothing in one can become raw
    markup; the values it stands for are checked once filled in (`check_document` on the
    expanded document, and the guard). Pandoc, reading `{{<` as the start of an HTML tag,
    takes about 1 s of CPU over the report's hundred shortcodes, 0.06 s over the same lines
    blanked."""
    return [
        replace(line, text=grammar.blank_shortcodes(line.text, lead="x", named=False))
        if "{{<" in line.text
        else line
        for line in lines
    ]


# file (None: not found again), line, message, code, character in the line (1-based; 0: none)
Found = tuple[Path | None, int, str, str, int]


def document_problems(
    lines: list, root: Path, describe: Callable[[Path], str], reader: str = "markdown-citations"
) -> list[Found]:
    """(file, line, message, code, character) of everything `problems` finds in the lines (file
    None: not found again in the source)."""
    text = "\n".join(line.text for line in lines) + "\n"
    found = []
    for why, needle in problems(pandoc_ast(text, reader), root):
        forms = {needle, unquote(needle)} - {""}  # Pandoc percent-encodes link targets
        key, is_attribute, value = needle.partition("=")
        if is_attribute and re.fullmatch(r"[\w-]+", key):  # key=value as written, bare or quoted
            forms |= {f'{key}="{value}"', f"{key}='{value}'"}
        where = next((ln for ln in lines if any(f in ln.text for f in forms)), None)
        if where is None and needle.startswith("."):  # a div's bare class: `::: hidden`
            bare = re.compile(rf"^\s*:::+\s*({re.escape(needle[1:])})\s*$")
            where = next((ln for ln in lines if bare.match(ln.text)), None)
            forms = {needle[1:]}
        place = (where.file, where.lineno) if where else (None, 0)
        col = (
            min((where.text.find(f) + 1 for f in forms if f in where.text), default=0)
            if where
            else 0
        )
        found.append((*place, f"{why}: {needle[:80]}", UNSAFE, col))
    return found


def _refuse(found: list[Found], describe: Callable[[Path], str]) -> None:
    """One error listing every problem, ordered by file and line (one problem: one line), with
    each as an `errors.Problem` (`--json`, the preview's panel)."""
    located: dict[str, Problem] = {}
    for file, lineno, why, code, col in sorted(found, key=lambda f: (str(f[0] or ""), f[1], f[4])):
        place = f"{describe(file)}, linje {lineno}" if file is not None else "dokumentet"
        shown = describe(file) if file is not None else "dokumentet"
        problem = Problem(shown, why, row=lineno or None, code=code, col=col)
        located.setdefault(f"{place}: {why}", problem)
    messages = list(located)
    if len(messages) > 1:
        head = f"{len(messages)} problemer i dokumentet; rett alle før rapporten kan lages:"
        messages = [head, *(f"  - {m}" for m in messages)]
    if messages:
        raise ProblemsError("\n".join(messages), list(located.values()))


# --------------------------------------------------------------------------------- Typst


def _limits(seconds: int, memory: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))

    return apply


_COMPILE = """
import json, sys, typst
args = json.loads(sys.argv[1])
try:
    typst.compile(args.pop("input"), **args)
except Exception as err:
    sys.stderr.write(str(err))
    sys.exit(3)
"""


def compile_typst(
    source: Path,
    output: Path,
    *,
    root: Path,
    seconds: int = TYPST_SECONDS,
    memory: int = TYPST_MEMORY,
    **options,
) -> None:
    """`typst.compile` in a child process bounded in time and memory; BuildError otherwise."""
    args = {"input": str(source), "output": str(output), "root": str(root), **options}
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _COMPILE, json.dumps(args)],
            capture_output=True,
            text=True,
            timeout=seconds,
            preexec_fn=_limits(seconds, memory),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"Typst feilet: brukte mer enn {seconds} s; avbrutt") from None
    if proc.returncode == 3:
        raise BuildError(f"Typst feilet: {proc.stderr.strip()}")
    if proc.returncode != 0:
        raise BuildError(
            f"Typst feilet: avbrutt (minnegrense {memory >> 20} MiB eller tidsgrense "
            f"{seconds} s nådd, kode {proc.returncode})"
        )
