"""The one reader of shortcodes (`scan`): every `{{< … >}}` of a text once, in order, each
read as Quarto's Lua reader reads it or refused with the fix (see the package's docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .shortcode import (
    CLOSE,
    NAMES,
    OPEN,
    SIGNS,
    Arg,
    GrammarProblem,
    Scan,
    Shortcode,
    position,
    problem_at,
)

_BLANK = " \t"
_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")  # a named argument's key, as Quarto's readers take it
_NAME = re.compile(r"[A-Za-z0-9_]+\Z")


def _sign_problem(text: str, at: int, token: str) -> GrammarProblem:
    words = ", ".join(f"{w} ({s})" for s, w in SIGNS.items() if s not in ("==",))
    if token.startswith((">", "}")):
        why = (
            f"«{token}» i en kortkode: Quarto kan ikke lese et argument som begynner med "
            f"«{token[0]}», og dropper da resten av dokumentet uten å si fra"
        )
        if token.startswith("}"):
            return problem_at(text, at, why, "fjern «}», eller sett argumentet i anførselstegn")
    else:
        why = f"«{token}» i en kortkode: Quarto og kontrollen leser sammenligningstegn ulikt"
    return problem_at(text, at, why, f"skriv sammenligningen med ord: {words}")


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
                problem_at(
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
                problem_at(
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
    line, column = position(text, start)
    into.append(Shortcode(inner[:word], (), start, end, line, column, text[start:end]))


def _read_shortcode(
    text: str, start: int, names: Sequence[str]
) -> tuple[Shortcode | None, GrammarProblem | None, int]:
    """One shortcode from `start` (at `{{<`): (shortcode or None, problem or None, next index)."""
    if text.startswith("{{</*", start):
        return (
            None,
            problem_at(
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
        return None, problem_at(text, at, message, fix), max(resume, start + 1)

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
    line, column = position(text, start)
    if not args:
        return None, problem_at(text, start, "tom kortkode «{{< >}}»", "skriv et navn"), end
    first = args[0]
    if first.quoted or first.key is not None or not _NAME.match(first.value):
        return None, problem_at(text, start, f"kortkoden «{raw}» har ikke noe navn", ""), end
    if first.value not in names:
        return (
            None,
            problem_at(
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
        problem = problem_at(
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
