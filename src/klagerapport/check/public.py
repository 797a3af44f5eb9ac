"""The public edition's commentary: what its prose may not say, draft or final.

A public edition rounds small counts (1 .. min_count-1) to 0 or min_count; commentary that says
the count in words gives the rounding away. Three kinds of problem, each a located `Problem`,
all raised at once:

- `hidden-value`: a placeholder of a value the edition hides;
- `hidden-number`: a number the edition never prints, typed as digits anywhere, or as a number
  word that counts cases («to klager»);
- `small-quantity`: any other way prose states a small quantity of cases: «en klage», «ett
  tilfelle», «en enkelt», «et par», «noen få», «enkelte saker», «ingen klager», bounds such as
  «færre enn tre», «den ene klagen», a definite singular as a sentence's subject («Klagen
  gjaldt …», «I år gjaldt klagen …») (the words: data/reference/smaa-antall.yml).

`check_commentary` (check/commentary.py) adds these problems to its findings whenever the
values are a public build's (`BuildValues.utgave`), so `klagerapport check`, the preview's panel
and the render list the same ones; the render and the preview then stop on them (`refuse`),
draft or final. An internal build hides nothing and is not checked.

A disclosure reviewer may approve a `small-quantity` phrase that says no number of the report
(«en klagesak skal arkiveres») in `commentary/<district>/<year>/offentlig-godkjent.yml` (the
form: commentary/README.md; public_approvals.py). A typed hidden number or a hidden value is
never approved; an approval that matches no phrase any longer is a `stale-approval` problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .. import grammar, paths, settings, userfiles
from ..errors import Problem, ProblemsError
from ..fmt import MONTHS
from ..publish import utgave
from . import editions, lexicon
from .build_values import BuildValues
from .numbers import NUMBER_WORDS
from .public_approvals import (
    APPROVALS_FILE,
    BAD_APPROVALS,
    STALE_APPROVAL,
    approvals,
    not_approved,
    stale,
)
from .public_existence import empty_categories
from .public_existence import spans as existence_spans

__all__ = [
    "APPROVALS_FILE",
    "REFUSED",
    "findings",
    "hidden_quotes",
    "refuse",
    "small_quantities",
]

WORDS_FILE = paths.REFERENCE / "smaa-antall.yml"

HIDDEN_VALUE = "hidden-value"  # the public edition's commentary quotes a value it hides
HIDDEN_NUMBER = "hidden-number"  # ... or types a number it never prints
SMALL_QUANTITY = "small-quantity"  # ... or states a small quantity of cases in words
HIDDEN_WHY = (
    "den offentlige utgaven aldri viser (små tall, eller tall de kan regnes ut fra); "
    "skriv setningen uten tallet"
)
SMALL_WHY = (
    "sier hvor få saker det gjelder, og små tall viser den offentlige utgaven aldri "
    "(de er avrundet)"
)
# the codes of this module's problems: the public edition is not rendered with any of them
REFUSED = frozenset({HIDDEN_VALUE, HIDDEN_NUMBER, SMALL_QUANTITY, STALE_APPROVAL, BAD_APPROVALS})
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


Phrases = dict[str, tuple[tuple[str, ...], ...]]


def _phrases(items: Iterable[str]) -> Phrases:
    """Phrases as token tuples by their first token, each token's longest first (the longest
    phrase wins); only a token's own phrases are tried where it stands."""
    found = {tuple(t.lower() for t in _TOKEN.findall(str(i))) for i in items}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((f for f in found if f), key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


@dataclass(frozen=True)
class _Compiled:
    always: Phrases
    before_noun: Phrases
    window: int
    breakers: frozenset[str]
    generic_before: frozenset[str]
    case_nouns: frozenset[str]
    case_endings: tuple[str, ...]
    not_case_nouns: frozenset[str]
    category_nouns: frozenset[str]
    bounds: Phrases
    number_words: dict[str, int]
    not_counts: frozenset[str]
    definite: frozenset[str]
    definite_endings: tuple[str, ...]
    definite_verbs: frozenset[str]
    definite_inverted: frozenset[str]


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
        definite=low(w["bestemt_entall"]),
        definite_endings=tuple(str(e).lower() for e in w["bestemt_endelser"]),
        definite_verbs=low(w["bestemt_verb"]),
        definite_inverted=low(w["bestemt_omvendt"]),
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

    def at(i: int, phrases: Phrases) -> int:
        for phrase in phrases.get(words_only[i], ()):
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


# tokens after which a sentence (or a list item, a quote, a heading) begins
_STARTS = frozenset({".", "!", "?", ":", ">", "-", "*", "#", "«", '"', "("})


def _definite(c: _Compiled, tokens: list[str], i: int) -> bool:
    """«Klagen gjaldt …», «I år gjaldt klagen …»: a definite singular case noun that is a
    sentence's subject (smaa-antall.yml `bestemt_entall`)."""
    token = tokens[i]
    if token in c.not_case_nouns or not (token in c.definite or token.endswith(c.definite_endings)):
        return False
    first = i == 0 or tokens[i - 1] in _STARTS
    verb_after = i + 1 < len(tokens) and tokens[i + 1] in c.definite_verbs
    return (first and verb_after) or (i > 0 and tokens[i - 1] in c.definite_inverted)


def _match_at(c: _Compiled, tokens: list[str], i: int, limit: int, at) -> int:
    """The token index after a small-quantity phrase starting at token i, or 0."""
    if _definite(c, tokens, i):
        return i + 1
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


def _published(file: Path) -> str:
    """A commentary file's text as the public edition publishes it."""
    return editions.for_edition(userfiles.read_text(file), settings.OFFENTLIG)


def findings(
    source: Path, values: BuildValues, district: str, read: Callable[[Path], str | None]
) -> list[Problem]:
    """The public edition's problems in the commentary folder `source` when `values` are a
    public build's (none for an internal build's); `read`: a file's text as the public edition
    publishes it, or None (check_commentary's reader)."""
    numbers = utgave.small_numbers(values.utgave)
    if not numbers and not values.hidden:
        return []
    key = ("public-empty", district)
    if key not in values.memo:
        values.memo[key] = empty_categories(values, district)
    return hidden_quotes(source, values.hidden, numbers, values.memo[key], district, read=read)


def hidden_quotes(
    source: Path,
    hidden: set[str],
    numbers: Iterable[int] = (),
    empty=(),
    district: str = "",
    *,
    read: Callable[[Path], str | None] = _published,
) -> list[Problem]:
    """The public edition's problems in the commentary folder `source` (see the module);
    `empty`: the categories it prints as 0, of which no case may be said to exist
    (public_existence.py); `read`: a file's text as the public edition publishes it (None: no
    such file), by default read from disk."""
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
        text = read(file)
        if text is None:
            continue
        lines = [_prose(line) for line in text.splitlines()]
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
            small = _small_in_file(shown, [p for p, _c in lines], limit, found, (empty, district))
            found += not_approved(small, file.name, [p for p, _c in lines], approved)
    if limit:
        found += [stale(approvals_file, a) for a in approved if not a.used]
    return sorted(found, key=lambda p: (p.file, p.row or 0, p.col)) + problems


def _small_in_file(shown: str, lines: list[str], limit: int, known: list[Problem], empty) -> list:
    """The small quantities of one file's prose (a phrase may run over a line break)."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    taken = {(p.row, p.col) for p in known if p.file == shown}
    found = []
    small = small_quantities(text, limit)
    small += [(a, b) for a, b in existence_spans(text, *empty) if not _inside(a, b, small)]
    for start, end in sorted(small):
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


def _inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(x < b and a < y for x, y in spans)


def refuse(found: Iterable[Problem]) -> None:
    """Stop with every problem of this module among `found` (file:line:col each), or nothing:
    the public edition is not rendered with them. The error's problems are those; its findings
    (`--json`, the preview's panel) are the caller's to attach."""
    refused = [p for p in found if p.code in REFUSED]
    if refused:
        raise ProblemsError(
            "kommentaren i den offentlige utgaven siterer, skriver eller sier tall som "
            f"{HIDDEN_WHY}:\n"
            + "\n".join(
                f"  {p.file}:{p.line}:{p.col}: {p.text}"
                + (f" ({SMALL_HINT})" if p.code == SMALL_QUANTITY else "")
                for p in refused
            ),
            refused,
        )
