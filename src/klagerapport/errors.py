"""Errors meant for the user. The CLI prints them without a traceback and exits non-zero."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields

from . import untrusted

ERROR = "error"
WARNING = "warning"


class KlagerapportError(Exception):
    """An error the user can act on; its message is complete and printed as it is.

    `findings`: what was found before it that did not itself stop the run (a render's
    commentary findings and notes about the data, what a draft's box shows); `--json` lists
    them with the problems that did stop it (`as_problems`). Set with `with_findings`."""

    findings: tuple[Problem, ...] = ()

    def with_findings(self, findings: Iterable[Problem]) -> KlagerapportError:
        """This error, carrying `findings` before any it carries already."""
        self.findings = (*findings, *self.findings)
        return self


@dataclass(frozen=True)
class Problem:
    """One problem at a place, with everything needed to find and fix it: the one type for a
    case file's bad cell or row (file, sheet, row, column, value, what is allowed), a finding
    in the commentary (file, line, character, code, suggestion) and a note about the data. The
    terminal, `klagerapport check --json`, the draft's box and the preview panel all read it."""

    file: str
    message: str
    row: int | None = None  # row number as a spreadsheet shows it (header is row 1), or line
    column: str | None = None  # the data column (contract name)
    value: str | None = None
    allowed: str | None = None
    saksnr: str | None = None
    sheet: str | None = None  # the workbook's sheet, where a workbook has several
    heading: str | None = None  # the column's header text in the file ("Mottatt dato")
    letter: str | None = None  # the column's letter in a workbook ("C")
    severity: str = ERROR  # ERROR | WARNING
    code: str = ""  # the kind, for a machine ("unknown-key", "missing-section", ...)
    col: int = 0  # the character in the line (1-based; 0: the whole line)
    suggestion: str = ""
    text: str = ""  # the words of the line the problem is about, shortened
    page: int | None = None  # the page of a PDF the problem was seen on
    # how many characters from `col` the problem is about (the preview marks them)
    length: int = field(default=0, compare=False)

    @classmethod
    def at(
        cls,
        file: str,
        line: int,
        col: int,
        severity: str,
        code: str,
        message: str,
        suggestion: str = "",
        text: str = "",
        length: int = 0,
    ) -> Problem:
        """A problem in a line of text (commentary, a list in YAML): file, line, character."""
        return cls(
            file,
            message,
            row=line,
            severity=severity,
            code=code,
            col=col,
            suggestion=suggestion,
            text=text,
            length=length,
        )

    def record(self) -> dict:
        """Every field, for a record in a file (build.json); `from_record` makes it again."""
        return asdict(self)

    @classmethod
    def from_record(cls, data: dict) -> Problem:
        return cls(**data)

    @staticmethod
    def records(data: object) -> bool:
        """Whether `data` is a list of `record()`s (as read back from a file)."""
        names = {f.name for f in fields(Problem)}
        return isinstance(data, list) and all(
            isinstance(item, dict) and set(item) == names for item in data
        )

    @property
    def line(self) -> int:
        """The line (or row) of the file; 0 for the file as a whole."""
        return self.row or 0

    def where(self) -> str:
        file = self.file + (f" side {self.page}" if self.page else "")
        return f"{file}:{self.line}" if self.line else file

    def located(self) -> str:
        """The problem as one line of a report's error: 'file, linje N: message' (or 'file
        side P, linje N: ...' on a PDF's page; the message alone where no file is known)."""
        where = self.file + (f" side {self.page}" if self.page else "")
        if self.line:
            where += f", linje {self.line}"
        return f"{where}: {self.message}" if where else self.message

    def to_json(self) -> dict:
        """The machine-readable form (`--json`, the preview): file, line, column (the
        character), severity, code, message, suggestion, text; a data problem's sheet, data
        column, value, allowed and saksnr, and a PDF's page, where it has them."""
        data = {
            "file": self.file,
            "line": self.line,
            "column": self.col,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "suggestion": self.suggestion,
            "text": self.text,
        }
        extra = asdict(self)
        for key in ("sheet", "page", "value", "allowed", "saksnr"):
            if extra[key] is not None:
                data[key] = extra[key]
        if self.column is not None:
            data["data_column"] = self.column_name()
        return data

    def column_name(self) -> str:
        """The column as the user sees it in the file, with the contract's name in brackets
        where the file's header differs: 'C «Mottatt dato» (mottatt)', '«grunnlag»'."""
        letter = f"{self.letter} " if self.letter else ""
        if self.heading and _key(self.heading) != _key(self.column or ""):
            return f"{letter}«{self.heading}» ({self.column})"
        return f"{letter}«{self.heading or self.column}»"

    def place(self) -> str:
        """The file (and sheet) as messages show it."""
        return self.file + (f", ark «{self.sheet}»" if self.sheet else "")

    def __str__(self) -> str:
        where = self.place()
        if self.row is not None:
            where += f", rad {self.row}"
        if self.saksnr:
            where += f" (saksnr {self.saksnr})"
        if self.column:
            where += f", kolonne {self.column_name()}"
        text = f"{where}: {self.message}"
        if self.value is not None:
            text += f": «{self.value}»"
        if self.allowed:
            text += f". Tillatt: {self.allowed}"
        return untrusted.shown(text)  # one line: a value's line break or ESC shown escaped


def _key(text: str) -> str:
    """A header as compared with the contract's name: letters and digits, lower case."""
    return "".join(c for c in text.casefold() if c.isalnum())


GROUP_SHOWN = 3  # problems of one kind listed one by one; more are summed up in one line
MAX_LINES = 60  # lines of one message; the rest is counted (every problem stays in `problems`)


def _kind(message: str) -> str:
    """The kind of a message: its text before a row-specific tail (': også rad 4 i b.csv')."""
    return message.split(": ", 1)[0]


def grouped(problems: list[Problem]) -> list[str]:
    """One line per problem, or per kind of problem (file, sheet, column, message) when a kind
    has more than GROUP_SHOWN: its count and the first rows, never thousands of lines."""
    kinds: dict[tuple, list[Problem]] = {}
    for p in problems:
        kinds.setdefault((p.file, p.sheet, p.column, _kind(p.message), p.allowed), []).append(p)
    lines = []
    for group in kinds.values():
        if len(group) <= GROUP_SHOWN:
            lines += [str(p) for p in group]
            continue
        first = group[0]
        examples = []
        for p in group[:GROUP_SHOWN]:
            text = f"rad {p.row}" if p.row is not None else ""
            if p.saksnr:
                text += f" (saksnr {p.saksnr})"
            if p.value is not None:
                text += f": «{p.value}»"
            examples.append(text.strip())
        what = f"celler i kolonne {first.column_name()}" if first.column else "rader"
        line = (
            f"{first.place()}: {len(group)} {what}: {_kind(first.message)}, "
            f"f.eks. {'; '.join(examples)} …"
        )
        if first.allowed:
            line += f". Tillatt: {first.allowed}"
        lines.append(untrusted.shown(line))
    if len(lines) > MAX_LINES:
        rest = len(lines) - MAX_LINES + 1
        lines = [*lines[: MAX_LINES - 1], f"… og {rest} linjer til med andre feil"]
    return lines


class ProblemsError(KlagerapportError):
    """An error made of located problems: `problems` lists every one (for `--json` and the
    preview's panel), the message says them to a person."""

    def __init__(self, message: str, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(message)

    def __reduce__(self):  # across processes (a batch's workers) with its problems
        return _rebuilt, (type(self), str(self), self.problems, self.findings)


def _rebuilt(
    cls: type[ProblemsError],
    message: str,
    problems: list[Problem],
    findings: tuple[Problem, ...] = (),
) -> ProblemsError:
    err = cls.__new__(cls)
    ProblemsError.__init__(err, message, problems)
    return err.with_findings(findings)


class ValidationError(ProblemsError):
    """The input was rejected; `problems` lists every problem found, not just the first.
    The message groups problems of one kind (see `grouped`)."""

    def __init__(self, problems: list[Problem]):
        problems = list(problems)
        n = len(problems)
        head = f"{n} feil i inndata:" if n != 1 else "1 feil i inndata:"
        super().__init__(
            "\n".join([head, *(f"  - {line}" for line in grouped(problems))]), problems
        )


class ReportError(ProblemsError):
    """The render guard stopped the report (render/guard/): every problem at once, each with
    its file and line; the last good report stays."""

    def __init__(self, problems: list[Problem]):
        problems = list(problems)
        n = len(problems)
        head = "1 feil i rapporten" if n == 1 else f"{n} feil i rapporten"
        lines = [f"{head} (den forrige rapporten står urørt):"]
        lines += [f"  - {p.located()}" for p in problems]
        super().__init__("\n".join(lines), problems)


class BuildError(ProblemsError):
    """A build step failed; the previous good output was left in place. `problems`: the
    located problems of the step's error, kept where it is wrapped in this one's message
    (`wrapping`, which keeps its findings too)."""

    def __init__(self, message: str, problems: Iterable[Problem] = ()):
        super().__init__(message, list(problems))

    @classmethod
    def wrapping(cls, message: str, err: BaseException) -> BuildError:
        """A BuildError saying `message` about `err`, with its problems and its findings."""
        return cls(message, problems_of(err)).with_findings(findings_of(err))


def problems_of(err: BaseException) -> list[Problem]:
    """The located problems an error carries (none for one that is only a message)."""
    return list(err.problems) if isinstance(err, ProblemsError) else []


def findings_of(err: BaseException) -> list[Problem]:
    """What was found before an error that did not stop the run (KlagerapportError.findings)."""
    return list(err.findings) if isinstance(err, KlagerapportError) else []


# A message-only error that names its place as the engines do: "file, linje N: what".
_PLACED = re.compile(r"^(?P<file>[^\n]+?), linje (?P<line>\d+): (?P<message>.+)$", re.DOTALL)


def placed(text: str) -> Problem | None:
    """The problem a message names at its start ('file, linje N: what'), or None."""
    match = _PLACED.match(text.strip())
    if not match:
        return None
    return Problem(match["file"], match["message"], row=int(match["line"]), code="error")


def as_problems(err: KlagerapportError) -> list[Problem]:
    """Every problem of a user error, for `--json`: the findings it carries (what did not stop
    the run), then what stopped it and is not among them: the problems it carries; else the
    one its message places ('file, linje N: …'); else the message as one problem without a
    file."""
    stopped = problems_of(err) or [placed(str(err)) or Problem("", str(err).strip(), code="error")]
    findings = findings_of(err)
    return [*findings, *(p for p in stopped if p not in findings)]
