"""The document grammar: the one reader of shortcodes, includes, cross-references, footnotes
and front matter in the report's Quarto documents (`report/*.qmd`, `commentary/**/*.md`).

Every module that reads these forms calls this one, so the build, the check, the preview and
the guard read a document the same way. The grammar is a deliberately narrow model of Quarto
1.11's own readers, so that a document it accepts is read the same way by Quarto and by the
embedded engine:

- Inline shortcodes: Quarto's Lua reader (`lpegshortcode.lua`, run over the whole document
  before Pandoc reads it) reads `{{<`, blanks, then arguments, then `>}}`. An argument is a
  "double" or 'single' quoted string (no escapes), `key=value`, or a run of non-blank
  characters that does not *start* with `'`, `"`, `}` or `>`. When a `{{<` cannot be read that
  way, the reader stops there and the rest of the document is silently dropped: that is what
  `{{< claim a > b >}}` and `{{< claim a >= b >}}` do. Quarto resolves shortcodes in code, code
  blocks and attributes too, so the grammar reads them everywhere.
- Includes: Quarto's TypeScript reader (`isBlockShortcode` in `parse-shortcode.ts`) takes a line
  that is exactly `{{< include path >}}` (one blank after `{{<` and before `>}}`, blanks around
  the line allowed) before any engine runs; a path with blanks is quoted.
- Cross-references: Pandoc's citation syntax, `@` then a key of letters, digits and `_`, with
  `:.#$%&-+?<>~/` allowed only between them (`@tbl-a.` is `tbl-a`, `@tbl-a:b` is `tbl-a:b`);
  a key starting with `tbl-` or `fig-` is a cross-reference.

What the grammar refuses (`problems`), each with the line, column and the fix: a comparison
sign (`>`, `<`, `>=`, `<=`, `=`, `==`, `!=`, `~=`) among a shortcode's arguments, an unbalanced
quote, a shortcode inside a shortcode, an escaped shortcode (`{{{< … >}}}`, `{{</* … */>}}`), a
shortcode over two lines, an unclosed one, an unknown name, a quote or backslash inside a word,
a backslash just before `{{<` (Pandoc then escapes what Quarto put there), a `var`/`meta` key
Quarto looks up differently (`key_problem`: a part that is a number to Lua, an empty part, a
character other than a word character or `-`, a quoted `var` key), and an include that is not
alone on its line in Quarto's exact form.

One reader: `scan` reads every shortcode once; `shortcodes` are the ones it could read,
`problems` what it refused, and `written` every one as written, read or refused (the check
points at a refused one). No other module compiles a shortcode pattern
(tests/test_grammar.py), and the embedded engine, the guard, the in-place guard, the check
and the preview all read through this module.

This module imports only `errors` (and PyYAML for the front matter).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import userfiles
from .errors import KlagerapportError

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
_BLANK = " \t"
_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")  # a named argument's key, as Quarto's readers take it
_NAME = re.compile(r"[A-Za-z0-9_]+\Z")


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


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _problem(text: str, index: int, message: str, fix: str) -> GrammarProblem:
    line, column = _position(text, index)
    return GrammarProblem(line, column, message, fix, index)


def _sign_problem(text: str, at: int, token: str) -> GrammarProblem:
    words = ", ".join(f"{w} ({s})" for s, w in SIGNS.items() if s not in ("==",))
    if token.startswith((">", "}")):
        why = (
            f"«{token}» i en kortkode: Quarto kan ikke lese et argument som begynner med "
            f"«{token[0]}», og dropper da resten av dokumentet uten å si fra"
        )
        if token.startswith("}"):
            return _problem(text, at, why, "fjern «}», eller sett argumentet i anførselstegn")
    else:
        why = f"«{token}» i en kortkode: Quarto og kontrollen leser sammenligningstegn ulikt"
    return _problem(text, at, why, f"skriv sammenligningen med ord: {words}")


def scan(text: str, *, names: Sequence[str] = NAMES) -> Scan:
    """Every shortcode in `text` and every problem with one, in order of position."""
    out = Scan()
    i = 0
    while True:
        j = text.find("{{", i)
        if j < 0:
            return out
        if text.startswith("{{{<", j):
            end = text.find(">}}}", j)
            out.problems.append(
                _problem(
                    text,
                    j,
                    "«{{{<» (en kortkode som skal vises som tekst) støttes ikke",
                    "skriv den i en kodeblokk uten kortkodetegn, eller la den være",
                )
            )
            _record_written(text, j + 1, None, out.written)
            i = end + 4 if end >= 0 else j + 4
            continue
        if not text.startswith(OPEN, j):
            i = j + 2
            continue
        if j > 0 and text[j - 1] == "\\":
            # Quarto reads the shortcode and Pandoc then takes "\\" as escaping its result's
            # first character; the embedded engine puts the value after a literal backslash
            out.problems.append(
                _problem(
                    text,
                    j - 1,
                    "skråstrek bakover rett foran «{{<»: Quarto og den innebygde motoren leser "
                    "den ulikt",
                    "fjern «\\» foran kortkoden",
                )
            )
        shortcode, problem, i = _read_shortcode(text, j, names)
        if problem is not None:
            out.problems.append(problem)
        if shortcode is not None:
            out.shortcodes.append(shortcode)
        _record_written(text, j, shortcode, out.written)


def _record_written(text: str, start: int, read: Shortcode | None, into: list[Shortcode]) -> None:
    """The shortcode at `start` as written: `read` when the grammar read it, else `{{<` up to
    the first `>}}` on its line (its name the first word, "" when none; arguments unread)."""
    if read is not None:
        into.append(read)
        return
    nl = text.find("\n", start)
    close = text.find(CLOSE, start + len(OPEN))
    if close < 0 or 0 <= nl < close:
        return
    end = close + len(CLOSE)
    inner = text[start + len(OPEN) : close].lstrip(_BLANK)
    word = 0
    while word < len(inner) and (inner[word].isalnum() or inner[word] == "_"):
        word += 1
    line, column = _position(text, start)
    into.append(Shortcode(inner[:word], (), start, end, line, column, text[start:end]))


def _read_shortcode(
    text: str, start: int, names: Sequence[str]
) -> tuple[Shortcode | None, GrammarProblem | None, int]:
    """One shortcode from `start` (at `{{<`): (shortcode or None, problem or None, next index)."""
    if text.startswith("{{</*", start):
        return (
            None,
            _problem(
                text,
                start,
                "«{{</* … */>}}» (en kortkode som skal vises som tekst) støttes ikke",
                "la den være",
            ),
            start + 5,
        )
    k = start + len(OPEN)
    args: list[Arg] = []
    n = len(text)

    def fail(at: int, message: str, fix: str) -> tuple[None, GrammarProblem, int]:
        nl = text.find("\n", at)
        close = text.find(CLOSE, start + len(OPEN))
        resume = close + len(CLOSE) if close >= 0 and (nl < 0 or close < nl) else at + 1
        return None, _problem(text, at, message, fix), max(resume, start + 1)

    while True:
        while k < n and text[k] in _BLANK:
            k += 1
        if k >= n or text[k] in "\r\n":
            return fail(
                start,
                "kortkoden er ikke avsluttet med «>}}» på samme linje",
                "skriv hele kortkoden, fra «{{<» til «>}}», på én linje",
            )
        if text.startswith(CLOSE, k):
            break
        if text.startswith(OPEN, k):
            return fail(
                k,
                "en kortkode inne i en kortkode støttes ikke",
                "skriv kortkodene etter hverandre, ikke inni hverandre",
            )
        if text[k] in "\"'":
            quote = text[k]
            close = text.find(quote, k + 1)
            nl = text.find("\n", k + 1)
            if close < 0 or (0 <= nl < close):
                return fail(
                    k,
                    f"anførselstegnet {quote} er ikke lukket i kortkoden",
                    f"lukk det med {quote} før «>}}}}»",
                )
            value = text[k + 1 : close]
            after = close + 1
            if after < n and text[after] not in _BLANK and not text.startswith(CLOSE, after):
                return fail(
                    after,
                    "tekst rett etter et anførselstegn i kortkoden",
                    "sett et mellomrom etter anførselstegnet",
                )
            if any(c in value for c in "<>\\"):
                bad = next(c for c in value if c in "<>\\")
                return fail(
                    k,
                    f"«{bad}» i en kortkode støttes ikke",
                    "skriv argumentet uten sammenligningstegn og skråstrek bakover",
                )
            args.append(Arg(value, quoted=True))
            k = after
            continue
        # an unquoted word: up to a blank or ">}}" (as Quarto reads it)
        w = k
        while w < n and text[w] not in " \t\r\n" and not text.startswith(CLOSE, w):
            if text.startswith(OPEN, w):
                return fail(
                    w,
                    "en kortkode inne i en kortkode støttes ikke",
                    "skriv kortkodene etter hverandre, ikke inni hverandre",
                )
            w += 1
        token = text[k:w]
        if token in SIGNS or token[0] in "<>}" or token.startswith(("=", "!=", "~=")):
            sign = token if token in SIGNS else token[: 2 if token[:2] in SIGNS else 1]
            return None, _sign_problem(text, k, sign), _resume(text, start, k)
        if "<" in token or ">" in token:
            sign = next(c for c in token if c in "<>")
            return None, _sign_problem(text, k + token.index(sign), sign), _resume(text, start, k)
        if "\\" in token:
            return fail(
                k + token.index("\\"),
                "skråstrek bakover i en kortkode støttes ikke",
                "skriv argumentet uten «\\»",
            )
        key, eq, value = token.partition("=")
        if eq:
            if not _KEY.match(key):
                return _sign_or_key(text, start, k, token)
            if value[:1] in ("'", '"'):
                quote = value[0]
                close = text.find(quote, k + len(key) + 2)
                nl = text.find("\n", k)
                if close < 0 or (0 <= nl < close):
                    return fail(
                        k,
                        f"anførselstegnet {quote} er ikke lukket i kortkoden",
                        f"lukk det med {quote} før «>}}}}»",
                    )
                args.append(Arg(text[k + len(key) + 2 : close], key=key, quoted=True))
                k = close + 1
                continue
            if value == "" or any(c in value for c in "='\""):
                return _sign_or_key(text, start, k, token)
            args.append(Arg(value, key=key))
            k = w
            continue
        if "'" in token or '"' in token:
            return fail(
                k + min(i for i in (token.find("'"), token.find('"')) if i >= 0),
                "anførselstegn inne i et ord i en kortkode",
                "sett hele argumentet i anførselstegn, eller skriv det uten",
            )
        args.append(Arg(token))
        k = w
    end = k + len(CLOSE)
    raw = text[start:end]
    line, column = _position(text, start)
    if not args:
        return None, _problem(text, start, "tom kortkode «{{< >}}»", "skriv et navn"), end
    first = args[0]
    if first.quoted or first.key is not None or not _NAME.match(first.value):
        return None, _problem(text, start, f"kortkoden «{raw}» har ikke noe navn", ""), end
    if first.value not in names:
        return (
            None,
            _problem(
                text,
                start,
                f"kortkoden «{first.value}» støttes ikke",
                f"bruk {', '.join(names)} (se docs/quarto-subset.md)",
            ),
            end,
        )
    return Shortcode(first.value, tuple(args[1:]), start, end, line, column, raw), None, end


def _resume(text: str, start: int, at: int) -> int:
    """Where scanning goes on after a refused shortcode: after its `>}}` on the same line."""
    nl = text.find("\n", at)
    close = text.find(CLOSE, at)
    if close >= 0 and (nl < 0 or close < nl):
        return close + len(CLOSE)
    return at + 1


def _sign_or_key(text: str, start: int, at: int, token: str) -> tuple[None, GrammarProblem, int]:
    sign = next((s for s in ("!=", "~=", "==", "<=", ">=", "=") if s in token), "=")
    if sign == "=":
        problem = _problem(
            text,
            at,
            f"«{token}» i en kortkode: et navngitt argument skrives navn=verdi",
            f"skriv sammenligningen med ord ({SIGNS['=']} for «=»), eller navn=verdi",
        )
        return None, problem, _resume(text, start, at)
    return None, _sign_problem(text, at + token.index(sign), sign), _resume(text, start, at)


def shortcodes(text: str, *, names: Sequence[str] = NAMES) -> list[Shortcode]:
    """The shortcodes of `text` the grammar can read (problems left out)."""
    return scan(text, names=names).shortcodes


def written(text: str, *, named: bool = True) -> list[Shortcode]:
    """Every `{{< … >}}` on one line as written, read or refused, by the one reader (`scan`):
    the check reads commentary this way so that it can point at a shortcode the grammar refuses
    (a claim written with `>`) instead of losing it. A refused one has no `args` (`arguments`
    is their text); with `named=False` a nameless one (`{{< >}}`) is included too."""
    return [sc for sc in scan(text).written if sc.name or not named]


def blank_shortcodes(text: str, *, lead: str = " ", named: bool = True) -> str:
    """`text` with every shortcode as written (`written`; with `named=False` a nameless one
    too) blanked, its first character `lead`: the same length, so offsets and columns stay."""
    out, i = [], 0
    for sc in written(text, named=named):
        out += [text[i : sc.start], lead, " " * (sc.end - sc.start - 1)]
        i = sc.end
    out.append(text[i:])
    return "".join(out)


# A shortcode left in a rendered output as written (to the end of its line when not closed):
# the render guard's pattern, composed there with the other leftovers.
LEFTOVER_PATTERN = r"\{\{<.*?(?:>\}\}|$)"
_WORD = re.compile(r"\S+")


def units(line: str) -> list[tuple[int, int]]:
    """The spans of a line's whole words and whole shortcodes as written (a shortcode's blanks
    do not split it)."""
    spans, i = [], 0
    for sc in [*written(line, named=False), None]:
        stop = sc.start if sc is not None else len(line)
        spans += [m.span() for m in _WORD.finditer(line, i, stop)]
        if sc is not None:
            spans.append((sc.start, sc.end))
            i = sc.end
    return spans


def is_written_shortcode(piece: str) -> bool:
    """Does `piece` run from a `{{<` to a `>}}` (a placeholder as written, read or refused)?"""
    return len(piece) >= len(OPEN) + len(CLOSE) and piece.startswith(OPEN) and piece.endswith(CLOSE)


def problems(text: str, *, names: Sequence[str] = NAMES) -> list[GrammarProblem]:
    """What Quarto would read differently from the embedded engine, by position."""
    found = scan(text, names=names).problems
    found += _include_problems(text, names)
    found += _value_arity_problems(text, names)
    return sorted(found, key=lambda p: p.start)


def _value_arity_problems(text: str, names: Sequence[str]) -> list[GrammarProblem]:
    found = []
    for sc in shortcodes(text, names=names):
        if sc.name in ("var", "meta") and (len(sc.args) != 1 or sc.args[0].key is not None):
            found.append(
                _problem(
                    text,
                    sc.start,
                    f"«{sc.raw}» skal ha nøyaktig én nøkkel",
                    f"skriv {{{{< {sc.name} nøkkel >}}}}",
                )
            )
        elif sc.name in ("var", "meta") and (why := key_problem(sc.args[0], sc.name)):
            found.append(_problem(text, sc.start, f"«{sc.raw}»: {why}", KEY_FIX))
        if sc.name == "claim" and not sc.args:
            found.append(
                _problem(text, sc.start, "påstanden er tom", "skriv {{< claim nøkkel gt verdi >}}")
            )
    return found


# A value key as Quarto looks it up (quarto-cli src/resources/filters/quarto-pre/options.lua,
# parseOption, and shortcodes-handlers.lua, handleVars/handleMeta): the key is split at "." and,
# after the first part, each part indexes with `tonumber(part) or part`, so a part Lua reads as
# a number finds nothing among _variables.yml's text keys (an empty part, "a..b", is no key
# either engine reads the same way); "\." escapes a dot (quarto-cli#10936), which the grammar
# refuses as a backslash; and where Quarto reads a shortcode in code it passes a quoted key on
# with its quotes (quarto-cli#7882; only `meta` strips them). The embedded engine looks every
# part up as text, so each part must be word characters and "-" and no number to Lua (decimal,
# exponent or hexadecimal), and a `var` key is written without quotes.
_KEY_PART = re.compile(r"[\w-]+\Z")
_LUA_NUMBER = re.compile(r"-?(?:\d+(?:[eE]-?\d+)?|0[xX][0-9A-Fa-f]+(?:[pP]-?\d+)?)\Z")
KEY_FIX = "skriv nøkkelen som ord skilt med punktum, f.eks. received.total (se klagerapport values)"


def key_problem(arg: Arg, name: str = "var") -> str | None:
    """Why Quarto would look the key of a `var`/`meta` shortcode up differently from the
    embedded engine, else None."""
    if arg.quoted and name == "var":
        return "nøkkelen står i anførselstegn, som Quarto i kode tar med i nøkkelen"
    for part in arg.value.split("."):
        if not part:
            return "nøkkelen har en tom del (to punktum etter hverandre, eller punktum først/sist)"
        if not _KEY_PART.match(part):
            bad = next(c for c in part if not (c.isalnum() or c in "_-"))
            return f"tegnet «{bad}» kan ikke stå i en nøkkel"
        if _LUA_NUMBER.match(part):
            return f"delen «{part}» er et tall, og Quarto slår da opp et tall i stedet for teksten"
    return None


# ------------------------------------------------------------------------------ includes

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


def _include_problems(text: str, names: Sequence[str]) -> list[GrammarProblem]:
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


# ------------------------------------------------------------------- code fences, front matter

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def fence(line: str) -> str | None:
    """The fence (```` ``` ```` or `~~~`, with its length) a line opens or closes, else None."""
    match = _FENCE.match(line)
    return match.group(1) if match else None


def in_fences(lines: Iterable[str]) -> list[bool]:
    """For each line: is it a code fence line or inside a fenced code block?"""
    out = []
    open_fence: str | None = None
    for line in lines:
        mark = fence(line)
        if open_fence is None and mark:
            open_fence = mark
            out.append(True)
        elif open_fence is not None:
            out.append(True)
            closes = mark and mark[0] == open_fence[0] and len(mark) >= len(open_fence)
            if closes and line.strip() == mark:
                open_fence = None
        else:
            out.append(False)
    return out


def split_front_matter(text: str) -> tuple[dict, list[str], int]:
    """YAML front matter (or {}), the body lines and the line number of the first body line."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                try:
                    meta = yaml.safe_load("\n".join(lines[1:i])) or {}
                except yaml.YAMLError as err:
                    raise KlagerapportError(f"ugyldig YAML i dokumenthodet: {err}") from None
                if not isinstance(meta, dict):
                    raise KlagerapportError("dokumenthodet (YAML) må være en tabell av nøkler")
                return meta, lines[i + 1 :], i + 2
        raise KlagerapportError("dokumenthodet (YAML) mangler avsluttende ---")
    return {}, lines, 1


# -------------------------------------------------------------- cross-references, captions

KINDS = ("tbl", "fig")
# Pandoc's citation key (the form of Quarto's cross-references): word characters, with
# :.#$%&-+?<>~/ only between them; not after a word character or "@" (an e-mail address).
_CITATION = re.compile(r"(?<![\w@.])@(?P<key>\w(?:\w|[:.#$%&\-+?<>~/](?=\w))*)")
_LABEL = re.compile(r"#(?P<label>(?:tbl|fig)-[A-Za-z0-9_-]*[A-Za-z0-9_])")
_TABLE_CAPTION = re.compile(
    r"^:\s+(?P<cap>.*?)\s*\{(?P<pre>[^}]*?)#tbl-(?P<id>[A-Za-z0-9_-]+)(?P<post>[^}]*)\}\s*$"
)
_FIGURE = re.compile(
    r"^(?P<lead>\s*)!\[(?P<cap>[^\]]*)\]\((?P<src>[^)]*)\)"
    r"\{(?P<pre>[^}]*?)#fig-(?P<id>[A-Za-z0-9_-]+)(?P<post>[^}]*)\}\s*$"
)


@dataclass(frozen=True)
class CrossRef:
    kind: str  # "tbl" | "fig"
    label: str  # "tbl-avgjorelse"
    start: int
    end: int


def crossrefs(text: str) -> list[CrossRef]:
    """The `@tbl-…` / `@fig-…` references of a text, as Pandoc reads their keys."""
    found = []
    for match in _CITATION.finditer(text):
        key = match["key"]
        kind = key.split("-", 1)[0]
        if kind in KINDS and "-" in key:
            found.append(CrossRef(kind, key, match.start(), match.end()))
    return found


def labels(text: str) -> list[str]:
    """The `#tbl-…` / `#fig-…` labels a text defines (in attributes)."""
    return [m["label"] for m in _LABEL.finditer(text) if "{" in text[: m.start()]]


def table_caption(line: str) -> re.Match | None:
    """A table's caption line `: Caption {#tbl-x}` (groups cap, pre, id, post)."""
    return _TABLE_CAPTION.match(line)


def figure(line: str) -> re.Match | None:
    """A figure line `![Caption](src){#fig-x fig-alt="…"}` (groups lead, cap, src, pre, id,
    post)."""
    return _FIGURE.match(line)


# ----------------------------------------------------------------------------- footnotes

_NOTE_REF = re.compile(r"\[\^(?P<id>[^\]\s]+)\](?!:)")
_NOTE_DEF = re.compile(r"^\[\^(?P<id>[^\]\s]+)\]:\s?")


def footnote_refs(text: str) -> list[str]:
    """The footnotes a text refers to (`[^id]`, not their definitions)."""
    return [m["id"] for m in _NOTE_REF.finditer(text)]


def footnote_definition(line: str) -> tuple[str, str] | None:
    """(id, text) of a footnote definition line `[^id]: text`, else None."""
    match = _NOTE_DEF.match(line)
    return (match["id"], line[match.end() :]) if match else None


def strip_footnote_refs(text: str) -> str:
    return _NOTE_REF.sub("", text)


def footnote_leftovers(text: str) -> Iterator[re.Match]:
    """A footnote reference printed as text (`[^id]`: Pandoc found no definition for it)."""
    return _NOTE_REF.finditer(text)


# ------------------------------------------------------------------------- dotted keys


def lookup(data: Mapping, key: str) -> object:
    """A dotted key in nested mappings (`{{< var received.total >}}`); KeyError if absent."""
    node: object = data
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(key)
        node = node[part]
    return node


# ------------------------------------------------------------------ expanding includes


@dataclass(frozen=True)
class Line:
    """One line of the expanded document and where it came from (for error messages)."""

    text: str
    file: Path
    lineno: int


Describe = Callable[[Path], str]


def _describe_default(path: Path) -> str:
    return str(path)


def where(line: Line, describe: Describe = _describe_default) -> str:
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
    describe: Describe = _describe_default,
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
            bad = _include_problems(raw, NAMES) if target_name is None else []
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


def source_problems(lines: Sequence[Line], describe: Describe = _describe_default) -> list[str]:
    """'file, linje N: problem' for every grammar problem in the expanded lines (includes are
    checked when they are expanded)."""
    found = []
    for line in lines:
        if "{{" not in line.text:
            continue
        for problem in problems(line.text):
            found.append(f"{where(line, describe)}: {problem}")
    return found
