"""The one reader of the files people edit by hand: commentary (`*.md`), the YAML beside it
(`dato.yml`, `godkjent.yml`, `uten-kommentar.yml`, `tillatt.yml`), `config.yml` and the
reference lists in `data/reference/` and `report/`.

- `read_text(file)`: the text of a UTF-8 file. A file saved in another encoding (Windows-1252
  from Word or Notepad) is refused naming the file, the line, the character and the byte, and
  saying to save it as UTF-8; a UTF-8 byte-order mark is dropped.
- `load_yaml(file)` / `parse_yaml(text, shown)`: YAML with every key once per mapping. PyYAML
  keeps the last of two equal keys without a word (`agder:` twice in units.yml silently lost
  the first list); here a repeated key is an error naming the file and the lines of both.
  Anything else wrong with the YAML is PyYAML's `yaml.YAMLError`, as before.

Both raise `UserFileError` (a `ProblemsError`): every problem of the file at once, each an
`errors.Problem` with file, line, character and a stable code (`encoding`, `duplicate-key`).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from . import paths
from .errors import ERROR, Problem, ProblemsError

ENCODING = "encoding"  # the problem's code: the file is not UTF-8
DUPLICATE_KEY = "duplicate-key"  # the problem's code: a key twice in one YAML mapping
_BOM = "\ufeff"


class UserFileError(ProblemsError):
    """A file the user edits cannot be read as it is; `problems` holds every place."""

    def __init__(self, problems: list[Problem]):
        problems = list(problems)
        lines = [
            f"{p.located()}; {p.suggestion}" if p.suggestion else p.located() for p in problems
        ]
        if len(lines) > 1:
            files = sorted({p.file for p in problems})
            head = f"{len(lines)} problemer i {', '.join(files)}:"
            lines = [head, *(f"  - {x}" for x in lines)]
        super().__init__("\n".join(lines), problems)


def _shown(file: Path | str, shown: str | None) -> str:
    return shown if shown is not None else paths.shown(Path(file))


def decode(data: bytes, shown: str) -> str:
    """`data` as UTF-8 text; UserFileError naming every line with a byte that is not UTF-8."""
    try:
        return data.decode("utf-8").removeprefix(_BOM)
    except UnicodeDecodeError:
        pass
    problems, start = [], 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as err:
            before = line[: err.start].decode("utf-8", errors="replace")
            byte, offset = line[err.start], start + err.start + 1
            problems.append(
                Problem.at(
                    shown,
                    number,
                    len(before) + 1,
                    ERROR,
                    ENCODING,
                    f"filen er ikke lagret som UTF-8: byte 0x{byte:02X} (byte {offset} i "
                    f"filen, tegn {len(before) + 1} på linjen) kan ikke leses",
                    suggestion="lagre filen som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8) "
                    "og prøv igjen; den er trolig lagret som Windows-1252/ANSI",
                    text=before[-40:],
                    length=1,
                )
            )
        start += len(line) + 1
    raise UserFileError(problems)


def read_text(file: Path | str, shown: str | None = None) -> str:
    """The text of a file the user edits (UTF-8; see `decode`)."""
    return decode(Path(file).read_bytes(), _shown(file, shown))


def check_readable(files: list[Path]) -> None:
    """UserFileError naming every place in `files` that is not UTF-8, all files at once."""
    problems = []
    for file in files:
        try:
            read_text(file)
        except UserFileError as err:
            problems += err.problems
    if problems:
        raise UserFileError(problems)


class UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader that records every key given twice in one mapping."""

    def __init__(self, stream):
        super().__init__(stream)
        self.repeated: list[tuple[str, int, int, int]] = []  # key, line, column, first line

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict[object, int] = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                mark = key_node.start_mark
                try:
                    first = seen.get(key)
                except TypeError:  # an unhashable key: PyYAML's own error follows
                    continue
                if first is None:
                    seen[key] = mark.line + 1
                else:
                    self.repeated.append((str(key), mark.line + 1, mark.column + 1, first))
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str, shown: str) -> object:
    """The YAML document in `text`; UserFileError on a repeated key (every one)."""
    loader = UniqueKeyLoader(text)
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    if loader.repeated:
        raise UserFileError(
            [
                Problem.at(
                    shown,
                    line,
                    column,
                    ERROR,
                    DUPLICATE_KEY,
                    f"nøkkelen «{key}» står to ganger (første gang på linje {first}); "
                    "den siste ville ha erstattet den første uten varsel",
                    suggestion="slå de to sammen til én, eller gi dem ulike navn",
                    text=key,
                    length=len(key),
                )
                for key, line, column, first in sorted(loader.repeated, key=lambda r: r[1])
            ]
        )
    return data


def load_yaml(file: Path | str, shown: str | None = None) -> object:
    """The YAML file the user edits: UTF-8 (`read_text`) and every key once (`parse_yaml`)."""
    shown = _shown(file, shown)
    return parse_yaml(read_text(file, shown), shown)


_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.DOTALL)


def has_prose(text: str | None) -> bool:
    """Whether a commentary file's text says anything: something left once HTML comments
    (`<!-- TODO -->`, never published) and blanks are taken away. A file of comments only is
    missing commentary, as an empty one is."""
    return bool(text) and _COMMENT.sub("", text).strip() != ""
