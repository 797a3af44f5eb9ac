"""The value contract (report/values.yml): every key the build publishes, with its kind and
population. The build checks the values it made against it; the key tables in the docs are
generated from it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from .. import codes, paths, userfiles
from ..errors import KlagerapportError

KINDS = ("count", "share", "change", "days", "year", "date", "word", "sentence")
POPULATIONS = ("received", "decided", "received_decided", "none")
UNIT_KEY = "[a-z0-9][a-z0-9_]*"
DOCS_START = "<!-- value-keys:start (generated from report/values.yml by `make docs`) -->"
DOCS_END = "<!-- value-keys:end -->"


@dataclass(frozen=True)
class KeySpec:
    """One entry of the contract: a key or a key pattern."""

    key: str
    kind: str
    population: str
    description: str
    words: tuple[str, ...] = ()
    alias_of: str | None = None
    optional: bool = False
    range: tuple[int, int] | None = None

    @property
    def pattern(self) -> re.Pattern:
        return _pattern(self.key)

    def matches(self, key: str) -> bool:
        found = self.pattern.fullmatch(key)
        if not found:
            return False
        if self.range is not None:
            low, high = self.range
            return low <= int(found["n"]) <= high
        return True

    def expand(self) -> list[str]:
        """Every concrete key of a pattern whose parts are known without data (not units)."""
        keys = [self.key]
        if "<decision>" in self.key:
            keys = [k.replace("<decision>", c.code) for k in keys for c in codes.decisions()]
        if "<ground>" in self.key:
            keys = [k.replace("<ground>", c.key) for k in keys for c in codes.grounds()]
        if "<n>" in self.key and self.range is not None:
            low, high = self.range
            keys = [k.replace("<n>", str(n)) for k in keys for n in range(low, high + 1)]
        return keys


@cache
def _pattern(key: str) -> re.Pattern:
    """A contract key as a regular expression: its <decision>, <ground>, <unit> and <n> parts
    filled from the code lists (read once per process, as specs() is)."""
    fills = {
        "<decision>": "(?:" + "|".join(re.escape(c.code) for c in codes.decisions()) + ")",
        "<ground>": "(?:" + "|".join(re.escape(c.key) for c in codes.grounds()) + ")",
        "<unit>": UNIT_KEY,
        "<n>": r"(?P<n>[1-9][0-9]*)",
    }
    regex = re.escape(key)
    for name, fill in fills.items():
        regex = regex.replace(re.escape(name), fill)
    return re.compile(regex)


@cache
def specs() -> tuple[KeySpec, ...]:
    """The contract's entries, in the file's order; a malformed entry is an error."""
    raw = userfiles.load_yaml(paths.VALUES_CONTRACT)
    out = []
    for item in raw["keys"]:
        spec = KeySpec(
            key=item["key"],
            kind=item["kind"],
            population=item["population"],
            description=item["description"],
            words=tuple(item.get("words", ())),
            alias_of=item.get("alias_of"),
            optional=bool(item.get("optional", False)),
            range=tuple(item["range"]) if "range" in item else None,
        )
        if spec.kind not in KINDS or spec.population not in POPULATIONS:
            raise KlagerapportError(f"report/values.yml: ugyldig art eller populasjon: {item}")
        out.append(spec)
    return tuple(out)


@cache
def spec_of(key: str) -> KeySpec | None:
    """The contract entry a concrete key belongs to, or None if it is not declared."""
    for spec in specs():
        if spec.matches(key):
            return spec
    return None


def kind_of(key: str) -> str | None:
    spec = spec_of(key)
    return None if spec is None else spec.kind


def counts_cases(key: str) -> bool:
    """Whether the value is a count of cases (kind count of a population; not a number of
    years, days or districts): the public edition never prints one of 1 .. min_count-1."""
    spec = spec_of(key)
    return spec is not None and spec.kind == "count" and spec.population != "none"


def dates_a_case(key: str) -> bool:
    """Whether the value is the date of one case of a population (kind date of a population,
    such as the last answer date; not a date set by a rule or by the export, population none):
    the public edition never prints one (docs/suppression.md, "Dates")."""
    spec = spec_of(key)
    return spec is not None and spec.kind == "date" and spec.population != "none"


def _kind_problem(spec: KeySpec, raw: object) -> str | None:
    """Why a raw value does not fit its kind, or None. `None` (no data) fits every kind."""
    if raw is None:
        return None
    kind = spec.kind
    is_number = isinstance(raw, int | float) and not isinstance(raw, bool)
    if kind in ("count", "year") and not (isinstance(raw, int) and not isinstance(raw, bool)):
        return "skal være et heltall"
    if kind == "count" and raw < 0:
        return "et antall kan ikke være negativt"
    if kind == "share" and not (is_number and 0 <= raw <= 1):
        return "en andel skal ligge mellom 0 og 1"
    if kind in ("change", "days") and not is_number:
        return "skal være et tall"
    if kind == "days" and raw < 0:
        return "en tid kan ikke være negativ"
    if kind == "date":
        try:
            dt.date.fromisoformat(str(raw))
        except ValueError:
            return "skal være en dato (ÅÅÅÅ-MM-DD)"
    if kind in ("word", "sentence") and not isinstance(raw, str):
        return "skal være tekst"
    if kind == "word" and spec.words and raw not in spec.words:
        return f"skal være ett av ordene {', '.join(spec.words)}"
    return None


def check(values: Mapping[str, object]) -> list[str]:
    """Every way the produced raw values (flat dotted keys) break the contract: undeclared keys,
    wrong kinds, declared keys not made, aliases that differ from the key they repeat."""
    problems = []
    for key, raw in values.items():
        spec = spec_of(key)
        if spec is None:
            problems.append(f"verdinøkkelen «{key}» står ikke i report/values.yml")
            continue
        why = _kind_problem(spec, raw)
        if why:
            problems.append(f"«{key}» = {raw!r} ({spec.kind}): {why}")
        if spec.alias_of is not None and values.get(spec.alias_of) != raw:
            problems.append(
                f"«{key}» = {raw!r} skal være det samme tallet som «{spec.alias_of}» = "
                f"{values.get(spec.alias_of)!r}"
            )
    for spec in specs():
        if spec.optional:
            continue
        missing = [k for k in spec.expand() if k not in values]
        if missing:
            problems.append(f"nøkkelen «{missing[0]}» i report/values.yml ble ikke laget")
    return problems


def key_table() -> str:
    """The contract as a Markdown table (for docs/architecture.md and commentary/README.md)."""
    lines = ["| nøkkel | art | populasjon | betyr |", "| --- | --- | --- | --- |"]
    for spec in specs():
        key = spec.key
        if spec.range is not None:
            key = key.replace("<n>", f"<n={spec.range[0]}–{spec.range[1]}>")
        meaning = spec.description
        if spec.words:
            meaning += " (" + " / ".join(spec.words) + ")"
        if spec.alias_of:
            meaning += f"; samme tall som `{spec.alias_of}`"
        lines.append(f"| `{key}` | {spec.kind} | {spec.population} | {meaning} |")
    return "\n".join(lines) + "\n"


def with_key_table(text: str) -> str:
    """`text` with the part between the generated-table markers replaced by `key_table()`."""
    if DOCS_START not in text or DOCS_END not in text:
        raise KlagerapportError("fant ikke markørene for nøkkeltabellen")
    head, rest = text.split(DOCS_START, 1)
    _, tail = rest.split(DOCS_END, 1)
    return f"{head}{DOCS_START}\n{key_table()}{DOCS_END}{tail}"


DOCS_WITH_KEY_TABLE = ("docs/architecture.md", "commentary/README.md")


def write_docs() -> list[str]:
    """Regenerate the key tables in the docs (`make docs`); the files changed."""
    changed = []
    for rel in DOCS_WITH_KEY_TABLE:
        path = paths.ROOT / rel
        text = path.read_text(encoding="utf-8")
        new = with_key_table(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(rel)
    return changed


def main() -> int:
    for rel in write_docs():
        print(f"oppdatert: {rel}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
