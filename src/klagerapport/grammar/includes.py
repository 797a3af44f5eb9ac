"""Includes: a line that is an include in Quarto's exact form, what is wrong with one that only
looks like it, and a document with its includes expanded, each line with where it came from."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import userfiles
from ..errors import KlagerapportError
from .fences import in_fences
from .front_matter import split_front_matter
from .scanner import scan, shortcodes
from .shortcode import NAMES, GrammarProblem

_INCLUDE_EXACT = re.compile(r"^\s*\{\{< (?!\s)(?P<inner>include\s.*?)(?<!\s) >\}\}\s*$")


@dataclass(frozen=True)
class Include:
    path: str  # as written, without quotes ("/commentary/generelt.md")
    line: int


def include(line: str) -> str | None:
    """The path of a line that is an include in Quarto's form, else None. A line that only
    looks like one is refused by `problems`."""
    match = _INCLUDE_EXACT.match(line)
    if not match:
        return None
    found = scan(match["inner"].join(("{{< ", " >}}")))
    if found.problems or len(found.shortcodes) != 1:
        return None
    sc = found.shortcodes[0]
    if sc.name != "include" or len(sc.args) != 1 or sc.args[0].key is not None:
        return None
    return sc.args[0].value


def include_problems(text: str, names: Sequence[str]) -> list[GrammarProblem]:
    found = []
    offset = 0
    fenced = in_fences(text.split("\n"))
    for lineno, (line, in_code) in enumerate(zip(text.split("\n"), fenced, strict=True), 1):
        codes = [sc for sc in shortcodes(line, names=names) if sc.name == "include"]
        if codes:
            at = offset + codes[0].start
            if in_code:
                found.append(
                    GrammarProblem(
                        lineno,
                        codes[0].column,
                        "include i en kodeblokk (Quarto tar den med i noen filer, ikke i andre)",
                        "flytt den ut av kodeblokken",
                        at,
                    )
                )
            elif len(codes) > 1 or include(line) is None:
                sc = codes[0]
                fix = (
                    "skriv den alene på linjen, nøyaktig som {{< include sti >}} "
                    "(ett mellomrom etter «{{<» og før «>}}»; sti med mellomrom i anførselstegn)"
                )
                why = "include må stå alene på en linje i Quartos form"
                if len(sc.args) != 1 or sc.args[0].key is not None:
                    why = "include skal ha nøyaktig én sti"
                found.append(GrammarProblem(lineno, sc.column, why, fix, at))
        offset += len(line) + 1
    return found


@dataclass(frozen=True)
class Line:
    """One line of the expanded document and where it came from (for error messages)."""

    text: str
    file: Path
    lineno: int


Describe = Callable[[Path], str]


def describe_path(path: Path) -> str:
    return str(path)


def where(line: Line, describe: Describe = describe_path) -> str:
    return f"{describe(line.file)}, linje {line.lineno}"


def include_target(raw: str, *, root: Path, doc_dir: Path) -> Path:
    """An include path resolved as Quarto does: '/x' from the project root, 'x' from the main
    document's folder."""
    name = raw.strip().strip("\"'")
    target = root / name.lstrip("/") if name.startswith("/") else doc_dir / name
    return target.resolve()


def expand_includes(
    path: Path,
    *,
    root: Path,
    doc_dir: Path | None = None,
    stack: tuple[Path, ...] = (),
    describe: Describe = describe_path,
    skip_front_matter: bool = False,
    problems: list[tuple[Line, str]] | None = None,
) -> list[Line]:
    """The lines of `path` with every `{{< include >}}` replaced by the file's lines, recursively.

    Relative include paths resolve against the main document's folder (as in Quarto), paths
    starting with '/' against the project root. A cycle is an error. With a `problems` list, a
    bad include (out of the project, missing, not in Quarto's form, in a code block) is added to
    it as (line, message) and left out, so that every problem can be reported at once.
    """

    def refuse(line: Line, message: str) -> None:
        if problems is None:
            raise KlagerapportError(f"{where(line, describe)}: {message}")
        problems.append((line, message))

    path = path.resolve()
    root = root.resolve()
    doc_dir = (doc_dir or path.parent).resolve()
    text = userfiles.read_text(path, describe(path))
    if skip_front_matter:
        _, body, first = split_front_matter(text)
    else:
        body, first = text.splitlines(), 1
    out: list[Line] = []
    for offset, (raw, in_code) in enumerate(zip(body, in_fences(body), strict=True)):
        line = Line(raw, path, first + offset)
        target_name = include(raw)
        if target_name is None or in_code:
            bad = include_problems(raw, NAMES) if target_name is None else []
            if in_code and any(sc.name == "include" for sc in shortcodes(raw)):
                refuse(line, "include i en kodeblokk støttes ikke; flytt den ut av kodeblokken")
                continue
            if bad:
                refuse(line, str(bad[0]))
                continue
            out.append(line)
            continue
        target = include_target(target_name, root=root, doc_dir=doc_dir)
        if not target.is_relative_to(root):
            refuse(line, f"include peker ut av prosjektet: {target_name}")
            continue
        if target in (*stack, path):
            chain = " -> ".join(describe(p) for p in (*stack, path, target))
            raise KlagerapportError(f"{where(line, describe)}: include-løkke: {chain}")
        if not target.is_file():
            refuse(line, f"fant ikke filen {target_name}")
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
