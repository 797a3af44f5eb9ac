"""What the grammar refuses in a text (`problems`: shortcodes, includes, value keys and claims
Quarto would read differently from the embedded engine), and in an expanded document."""

from __future__ import annotations

from collections.abc import Sequence

from .includes import Describe, Line, describe_path, include_problems, where
from .keys import KEY_FIX, key_problem
from .scanner import scan, shortcodes
from .shortcode import NAMES, GrammarProblem, problem_at


def problems(text: str, *, names: Sequence[str] = NAMES) -> list[GrammarProblem]:
    """What Quarto would read differently from the embedded engine, by position."""
    found = scan(text, names=names).problems
    found += include_problems(text, names)
    found += _value_arity_problems(text, names)
    return sorted(found, key=lambda p: p.start)


def _value_arity_problems(text: str, names: Sequence[str]) -> list[GrammarProblem]:
    found = []
    for sc in shortcodes(text, names=names):
        if sc.name in ("var", "meta") and (len(sc.args) != 1 or sc.args[0].key is not None):
            found.append(
                problem_at(
                    text,
                    sc.start,
                    f"«{sc.raw}» skal ha nøyaktig én nøkkel",
                    f"skriv {{{{< {sc.name} nøkkel >}}}}",
                )
            )
        elif sc.name in ("var", "meta") and (why := key_problem(sc.args[0], sc.name)):
            found.append(problem_at(text, sc.start, f"«{sc.raw}»: {why}", KEY_FIX))
        if sc.name == "claim" and not sc.args:
            found.append(
                problem_at(
                    text, sc.start, "påstanden er tom", "skriv {{< claim nøkkel gt verdi >}}"
                )
            )
    return found


def source_problems(lines: Sequence[Line], describe: Describe = describe_path) -> list[str]:
    """'file, linje N: problem' for every grammar problem in the expanded lines (includes are
    checked when they are expanded)."""
    found = []
    for line in lines:
        if "{{" not in line.text:
            continue
        for problem in problems(line.text):
            found.append(f"{where(line, describe)}: {problem}")
    return found
