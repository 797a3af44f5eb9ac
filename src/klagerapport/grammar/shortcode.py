"""A shortcode as the grammar reads it (`{{< name args >}}`: its arguments and place), what
the grammar refuses about one (`GrammarProblem`, with its line and column), the names the
documents may use and the comparison signs a claim writes as words."""

from __future__ import annotations

from dataclasses import dataclass, field

OPEN, CLOSE = "{{<", ">}}"
# The shortcodes the documents may use (docs/quarto-subset.md): values, the analyst's claim,
# and includes.
NAMES = ("var", "meta", "claim", "include")
# Comparison signs a claim must write as words (Quarto drops the rest of the document after
# an argument starting with ">", and reads "<", "=" and "!=" differently from the check).
SIGNS = {
    ">": "gt",
    ">=": "ge",
    "<": "lt",
    "<=": "le",
    "=": "eq",
    "==": "eq",
    "!=": "ne",
    "~=": "approx",
}


@dataclass(frozen=True)
class Arg:
    """One argument of a shortcode: `value` without its quotes; `key` for `key=value`."""

    value: str
    key: str | None = None
    quoted: bool = False


@dataclass(frozen=True)
class Shortcode:
    """One `{{< name args >}}`: its arguments and where it stands (offsets into the text that
    was scanned, 1-based line and column)."""

    name: str
    args: tuple[Arg, ...]
    start: int
    end: int
    line: int
    column: int
    raw: str

    @property
    def positional(self) -> list[str]:
        return [a.value for a in self.args if a.key is None]

    @property
    def named(self) -> dict[str, str]:
        return {a.key: a.value for a in self.args if a.key is not None}

    @property
    def arguments(self) -> str:
        """The arguments as written, quotes kept («"a b" c» of `{{< var "a b" c >}}`)."""
        return self.raw[len(OPEN) : -len(CLOSE)].strip()[len(self.name) :].strip()


@dataclass(frozen=True)
class GrammarProblem:
    """Something Quarto would read differently from the embedded engine (or not at all)."""

    line: int
    column: int
    message: str
    fix: str
    start: int = 0

    def __str__(self) -> str:
        return f"{self.message}; {self.fix}" if self.fix else self.message


@dataclass
class Scan:
    shortcodes: list[Shortcode] = field(default_factory=list)
    problems: list[GrammarProblem] = field(default_factory=list)
    # every `{{<` that closes with `>}}` on its line, read or refused, as written (`written`)
    written: list[Shortcode] = field(default_factory=list)


def position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def problem_at(text: str, index: int, message: str, fix: str) -> GrammarProblem:
    line, column = position(text, index)
    return GrammarProblem(line, column, message, fix, index)
