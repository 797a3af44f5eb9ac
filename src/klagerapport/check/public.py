"""The public edition's commentary: what its prose may not say, draft or final.

A public edition rounds small counts (1 .. min_count-1) to 0 or min_count; commentary that says
the count in words gives the rounding away. Three kinds of problem, each a located `Problem`,
all raised at once:

- `hidden-value`: a placeholder of a value the edition hides;
- `hidden-number`: a number the edition never prints, typed as digits anywhere, or as a number
  word that counts cases («to klager»);
- `small-quantity`: any other way prose states a small quantity of cases: «en klage», «ett
  tilfelle», «en enkelt», «et par», «noen få», «enkelte saker», «ingen klager», bounds such as
  «færre enn tre» (the words: data/reference/smaa-antall.yml).

The render stage (render/stage.py) and the preview call `check_hidden_quotes` for every public
run; an internal run hides nothing and is not checked.

A disclosure reviewer may approve a `small-quantity` phrase that says no number of the report
(«en klagesak skal arkiveres», a topic the data does not code) in
`commentary/<district>/<year>/offentlig-godkjent.yml`:

    godkjent:
      - fil: frister.md
        ord: en klagesak                # the words the check named
        setning: hvordan en klagesak skal arkiveres   # words of that line around them, verbatim
        av: Kari Nordmann
        grunn: generell beskrivelse av rutinen, ikke et antall saker

A typed hidden number or a hidden value is never approved. An approval that matches no phrase
any longer is a problem too (`stale-approval`), so the file stays current.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .. import grammar, paths, userfiles
from ..errors import Problem, ProblemsError
from ..fmt import MONTHS
from . import lexicon
from .numbers import NUMBER_WORDS

WORDS_FILE = paths.REFERENCE / "smaa-antall.yml"
APPROVALS_FILE = "offentlig-godkjent.yml"  # in the commentary folder
APPROVAL_FIELDS = ("fil", "ord", "setning", "av", "grunn")

HIDDEN_VALUE = "hidden-value"  # the public edition's commentary quotes a value it hides
HIDDEN_NUMBER = "hidden-number"  # ... or types a number it never prints
SMALL_QUANTITY = "small-quantity"  # ... or states a small quantity of cases in words
STALE_APPROVAL = "stale-approval"  # offentlig-godkjent.yml approves a phrase no longer there
BAD_APPROVALS = "approvals"  # offentlig-godkjent.yml cannot be read
HIDDEN_WHY = (
    "den offentlige utgaven aldri viser (små tall, eller tall de kan regnes ut fra); "
    "skriv setningen uten tallet"
)
SMALL_WHY = (
    "sier hvor få saker det gjelder, og små tall viser den offentlige utgaven aldri "
    "(de er avrundet)"
)
SMALL_HINT = (
    "skriv setningen uten antallet («Klager gjaldt også …», «Klager behandles …»), eller bruk "
    "plassholderen for et tall utgaven viser ({{< var … >}})"
)

# A typed whole number: not glued to letters (TV2), not a code with a leading zero (01), not
# part of a decimal or a grouped thousand, not a date's day (1. januar).
_TYPED = re.compile(
    r"(?<![\w,.\u00a0\u202f])[1-9]\d*(?!\w|,\d|\.\d|[ \u00a0\u202f]\d{3}(?!\d)"
    r"|\.\s*(?:" + "|".join(MONTHS) + r"))",
    re.IGNORECASE,
)
# A number word counts cases when a case noun follows within two words ("to av klagene").
_CASE_NOUN = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:sak|saker|sakene|klage|klager|klagene|klagesak|klagesaker|"
    r"klagesakene|tilfelle|tilfeller)\b",
    re.IGNORECASE,
)
# a word (letters and digits) or one other non-space character
_TOKEN = re.compile(r"\w+|[^\w\s]")


@cache
def words() -> dict:
    with open(WORDS_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _phrases(items: Iterable[str]) -> list[tuple[str, ...]]:
    """Phrases as token tuples, longest first (the longest phrase wins)."""
    found = {tuple(t.lower() for t in _TOKEN.findall(str(i))) for i in items}
    return sorted(found, key=len, reverse=True)


@dataclass(frozen=True)
class _Compiled:
    always: list[tuple[str, ...]]
    before_noun: list[tuple[str, ...]]
    window: int
    breakers: frozenset[str]
    generic_before: frozenset[str]
    case_nouns: frozenset[str]
    case_endings: tuple[str, ...]
    not_case_nouns: frozenset[str]
    category_nouns: frozenset[str]
    bounds: list[tuple[str, ...]]
    number_words: dict[str, int]
    not_counts: frozenset[str]


@cache
def _compiled() -> _Compiled:
    w = words()
    low = lambda items: frozenset(str(i).lower() for i in items or ())  # noqa: E731
    not_category = low(w["ikke_kategorinavn"])
    categories = set()
    for group in lexicon.data()["kategorier"].values():
        for forms in group.values():
            categories |= {str(f).lower() for f in forms if _TOKEN.fullmatch(str(f))}
    return _Compiled(
        always=_phrases(w["alltid"]),
        before_noun=_phrases(w["foran_substantiv"]),
        window=int(w["vindu"]),
        breakers=low(w["bryter"]),
        generic_before=low(w["generisk_foran"]),
        case_nouns=low(w["saksord"]),
        case_endings=tuple(str(e).lower() for e in w["saksord_endelser"]),
        not_case_nouns=low(w["ikke_saksord"]),
        category_nouns=frozenset(c for c in categories if c not in not_category),
        bounds=_phrases(w["grenser"]),
        number_words={str(k).lower(): int(v) for k, v in w["tallord"].items()},
        not_counts=low(w["ikke_antall"]),
    )


def _is_noun(c: _Compiled, token: str) -> bool:
    if token in c.case_nouns or token in c.category_nouns:
        return True
    return token not in c.not_case_nouns and token.endswith(c.case_endings)


def small_quantities(text: str, limit: int) -> list[tuple[int, int]]:
    """The spans (start, end) of `text` that state a small quantity of cases: at most `limit`
    (the rule's min_count) or a few or none, in words (data/reference/smaa-antall.yml)."""
    c = _compiled()
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    words_only = [t for _s, _e, t in tokens]

    def at(i: int, phrases: list[tuple[str, ...]]) -> int:
        for phrase in phrases:
            if tuple(words_only[i : i + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        end = _match_at(c, words_only, i, limit, at)
        if end:  # a phrase inside that reaches further makes it longer («bare en enkelt klage»)
            end = max([end, *(_match_at(c, words_only, j, limit, at) for j in range(i + 1, end))])
            spans.append((tokens[i][0], tokens[end - 1][1]))
            i = end
        else:
            i += 1
    return spans


def _match_at(c: _Compiled, tokens: list[str], i: int, limit: int, at) -> int:
    """The token index after a small-quantity phrase starting at token i, or 0."""
    if i and tokens[i - 1] in c.generic_before:
        return 0
    if n := at(i, c.always):
        return i + n
    if n := at(i, c.bounds):
        j = i + n
        value = _number(c, tokens, j)
        follows = tokens[j + 1] if j + 1 < len(tokens) else ""
        decimal = follows in {",", "."} and j + 2 < len(tokens) and tokens[j + 2].isdigit()
        if value is not None and value <= limit and not decimal and follows not in c.not_counts:
            return j + 1
        return 0  # a bound on something else, or on a number above the limit
    if n := at(i, c.before_noun):
        for j in range(i + n, min(i + n + c.window + 1, len(tokens))):
            token = tokens[j]
            if not token[0].isalnum() and token[0] != "_":
                return 0  # punctuation ends the phrase
            if _is_noun(c, token):
                return j + 1
            if token in c.breakers:
                return 0
    return 0


def _number(c: _Compiled, tokens: list[str], j: int) -> int | None:
    if j >= len(tokens):
        return None
    token = tokens[j]
    if token.isdigit():
        return int(token)
    return c.number_words.get(token)


def _prose(line: str) -> tuple[str, list]:
    """The line with its shortcodes blanked (only the words around them are prose)."""
    codes = grammar.shortcodes(line)
    prose = line
    for code in codes:
        prose = prose[: code.start] + " " * (code.end - code.start) + prose[code.end :]
    return prose, codes


def hidden_quotes(source: Path, hidden: set[str], numbers: Iterable[int] = ()) -> list[Problem]:
    """The public edition's problems in the commentary folder `source` (see the module)."""
    numbers = set(numbers)
    if (not hidden and not numbers) or not source.is_dir():
        return []
    small = {str(w): int(n) for w, n in words()["sma_tallord"].items()}
    counted = {w: n for w, n in {**NUMBER_WORDS, **small}.items() if n in numbers}
    word_re = re.compile(r"\b(" + "|".join(map(re.escape, counted)) + r")\b", re.IGNORECASE)
    limit = max(numbers) + 1 if numbers else 0
    approvals_file = source / APPROVALS_FILE
    approved, problems = approvals(source) if limit else ([], [])
    found: list[Problem] = []
    for file in sorted(source.glob("*.md")):
        shown = paths.shown(file)
        lines = [_prose(line) for line in userfiles.read_text(file).splitlines()]
        for number, (prose, codes) in enumerate(lines, start=1):
            for code in codes:
                key = code.positional
                if code.name == "var" and len(key) == 1 and key[0] in hidden:
                    quoted = f"{{{{< var {key[0]} >}}}}"
                    found.append(
                        Problem(
                            shown,
                            f"{quoted} er en verdi som {HIDDEN_WHY}",
                            row=number,
                            col=code.start + 1,
                            code=HIDDEN_VALUE,
                            text=quoted,
                            length=code.end - code.start,
                        )
                    )
            typed = [m for m in _TYPED.finditer(prose) if int(m.group(0)) in numbers]
            if counted:
                typed += [m for m in word_re.finditer(prose) if _CASE_NOUN.match(prose[m.end() :])]
            found += [
                Problem(
                    shown,
                    f"«{m.group(0)}» er et tall som {HIDDEN_WHY}",
                    row=number,
                    col=m.start() + 1,
                    code=HIDDEN_NUMBER,
                    text=f"«{m.group(0)}»",
                    length=len(m.group(0)),
                )
                for m in typed
            ]
        if limit:
            small = _small_in_file(shown, [p for p, _c in lines], limit, found)
            found += _not_approved(small, file.name, [p for p, _c in lines], approved)
    if limit:
        found += [_stale(approvals_file, a) for a in approved if not a.used]
    return sorted(found, key=lambda p: (p.file, p.row or 0, p.col)) + problems


@dataclass
class Approval:
    file: str
    words: str
    sentence: str
    line: int  # where the entry is in the approvals file
    used: bool = False


def approvals(folder: Path) -> tuple[list[Approval], list[Problem]]:
    """The reviewer's approvals of small-quantity phrases (module docstring), and the problems
    of the file (each entry needs every field)."""
    file = folder / APPROVALS_FILE
    if not file.is_file():
        return [], []
    shown = paths.shown(file)
    try:
        text = userfiles.read_text(file, shown)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = userfiles.parse_yaml(text, shown) or {}
    except userfiles.UserFileError as err:
        return [], list(err.problems)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        return [], [Problem(shown, f"ikke gyldig YAML: {err}", row=line, code=BAD_APPROVALS)]
    entries = data.get("godkjent") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return [], [Problem(shown, "skal ha en liste «godkjent:»", row=1, code=BAD_APPROVALS)]
    lines = _entry_lines(node)
    found, problems = [], []
    for i, entry in enumerate(entries):
        line = lines[i] if i < len(lines) else 0
        missing = [f for f in APPROVAL_FIELDS if not isinstance(entry, dict) or not entry.get(f)]
        if missing:
            problems.append(
                Problem(
                    shown,
                    f"godkjenningen mangler {', '.join(missing)} "
                    f"(trenger {', '.join(APPROVAL_FIELDS)})",
                    row=line,
                    code=BAD_APPROVALS,
                )
            )
            continue
        found.append(Approval(str(entry["fil"]), str(entry["ord"]), str(entry["setning"]), line))
    return found, problems


def _entry_lines(node) -> list[int]:
    try:
        for key, value in node.value:
            if key.value == "godkjent":
                return [item.start_mark.line + 1 for item in value.value]
    except (AttributeError, TypeError):
        pass
    return []


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _not_approved(small: list[Problem], name: str, lines: list[str], approvals) -> list[Problem]:
    """The small-quantity problems no approval covers (marking the approvals used)."""
    left = []
    for problem in small:
        line = " ".join(lines[problem.line - 1].split()).casefold()
        said = problem.text.strip("«»")
        match = [
            a
            for a in approvals
            if a.file == name and _same(a.words, said) and _same_in(a.sentence, line, said)
        ]
        for a in match:
            a.used = True
        if not match:
            left.append(problem)
    return left


def _same_in(sentence: str, line: str, said: str) -> bool:
    sentence = " ".join(sentence.split()).casefold()
    return sentence in line and said.casefold() in sentence


def _stale(file: Path, approval: Approval) -> Problem:
    return Problem(
        paths.shown(file),
        f"godkjenningen av «{approval.words}» i {approval.file} gjelder ingen setning lenger "
        f"(«{approval.sentence}»); fjern den eller rett «setning»",
        row=approval.line,
        code=STALE_APPROVAL,
    )


def _small_in_file(shown: str, lines: list[str], limit: int, known: list[Problem]) -> list:
    """The small quantities of one file's prose (a phrase may run over a line break)."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    taken = {(p.row, p.col) for p in known if p.file == shown}
    found = []
    for start, end in small_quantities(text, limit):
        row = max(k for k, s in enumerate(starts) if s <= start)
        col = start - starts[row] + 1
        if (row + 1, col) in taken:
            continue  # already a typed hidden number («to klager»)
        said = " ".join(text[start:end].split())
        found.append(
            Problem(
                shown,
                f"«{said}» {SMALL_WHY}",
                row=row + 1,
                col=col,
                code=SMALL_QUANTITY,
                text=f"«{said}»",
                length=min(end, starts[row + 1] - 1) - start,
                suggestion=SMALL_HINT,
            )
        )
    return found


def check_hidden_quotes(source: Path, hidden: set[str], numbers: Iterable[int] = ()) -> None:
    """Raise every problem of `hidden_quotes` at once (file:line:col each), or nothing."""
    found = hidden_quotes(source, hidden, numbers)
    if found:
        raise ProblemsError(
            "kommentaren i den offentlige utgaven siterer, skriver eller sier tall som "
            f"{HIDDEN_WHY}:\n"
            + "\n".join(
                f"  {p.file}:{p.line}:{p.col}: {p.text}"
                + (f" ({SMALL_HINT})" if p.code == SMALL_QUANTITY else "")
                for p in found
            ),
            found,
        )
