"""Before the engine runs: what the document grammar refuses in the staged sources, every
value placeholder naming one non-empty value, every cross-reference with a target."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from ... import grammar
from ...errors import Problem
from .problems import (
    EMPTY_VALUE,
    GRAMMAR,
    GROUP_VALUE,
    NO_TARGET,
    UNKNOWN_VALUE,
    raise_problems,
)
from .source import Source


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
