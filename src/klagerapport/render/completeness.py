"""Is everything there? Every paragraph, heading, list item, footnote, table and figure of the
staged document must be found again in the rendered HTML and in the PDF's text.

A renderer can lose content without an error: Quarto 1.11's shortcode reader drops the rest of
the document after a shortcode it cannot read (`{{< claim a > b >}}`) and exits 0. So after
either engine, the document's pieces (from the staged sources, includes expanded, values filled
in, claims and cross-references left out) are looked for in the output's words:

- both sides are normalised the same way: Unicode NFKC (ligatures, NBSP), soft hyphens and
  line-end hyphenation joined, a hyphen inside a word dropped, a footnote number glued to a
  word split off, case folded, then split into words (letters and digits);
- a paragraph, heading, list item, footnote or caption is found when its words occur in order,
  with at most a few other words between two of them (a footnote number, a cross-reference
  "Tabell 2"), re-anchored on three words in a row after a page break (running header,
  footer, footnotes), and at least 90 % of its words found so;
- a table is found when its caption is, and every word of its cells occurs near it (a PDF
  writes a wrapped header row line by line, so the cells' order is not compared).

The first piece missing is named with its source file and line (an `errors.Problem` with the
code MISSING).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from .. import grammar
from ..errors import Problem

GAP = 6  # other words allowed between two words of a piece (footnote marks, "Tabell 2")
REANCHOR = 600  # words a piece may jump over at a page break (header, footer, footnotes)
CANDIDATES = 400  # places of a piece's first word tried
FOUND = 0.9  # share of a piece's words that must be found in order
SHOWN_WORDS = 8  # words of a missing piece quoted in the message
MISSING = "missing-piece"  # the problem's code


@dataclass(frozen=True)
class Piece:
    kind: str  # "avsnitt", "overskrift", "listepunkt", "fotnote", "tabell", "figur"
    file: str  # "commentary/oslo/2019/generelt.md"
    line: int
    words: tuple[str, ...]
    cells: tuple[str, ...] = ()  # a table's cell words, in any order
    label: str = ""  # "tbl-avgjorelse" / "fig-grunnlag"

    def shown(self) -> str:
        text = " ".join(self.words[:SHOWN_WORDS])
        return f"{self.kind} «{text}{' …' if len(self.words) > SHOWN_WORDS else ''}»"


# ---------------------------------------------------------------------------- normalising

_JOINERS = re.compile(r"[\u00ad\u0002\ufffe\u200b\u200c\u200d\u2060]")
_LINE_HYPHEN = re.compile(r"(?<=\w)[-\u2010][ \t]*\r?\n\s*(?=\w)")
_INNER_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
# a footnote number glued to a word, either side ("saker1", "1Merk")
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d])(?=\d)|(?<=\d)(?=[^\W\d])")
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of a text, normalised as the guard compares them."""
    text = _JOINERS.sub("", unicodedata.normalize("NFKC", text))
    text = _LINE_HYPHEN.sub("", text)
    text = _INNER_HYPHEN.sub("", text)
    text = _GLUED_NUMBER.sub(" ", text)
    return _WORD.findall(text.casefold())


# ---------------------------------------------------------------- the document's pieces

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_INLINE_NOTE = re.compile(r"\^\[[^\[\]]*\]")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ATTRS = re.compile(r"\{[^{}]*\}")
_ESCAPE = re.compile(r"\\(.)")
_HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_DIV = re.compile(r"^\s*:::")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def plain(markdown: str) -> str:
    """The text a reader sees of one block of Markdown (no notes, marks or cross-references)."""
    text = _COMMENT.sub(" ", markdown)
    text = _INLINE_NOTE.sub(" ", text)
    text = grammar.strip_footnote_refs(text)
    for ref in reversed(grammar.crossrefs(text)):
        text = text[: ref.start] + " " + text[ref.end :]
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _ATTRS.sub(" ", text)
    return _ESCAPE.sub(r"\1", text)


def resolved(text: str, variables: Mapping, meta: Mapping) -> str:
    """A line with its values filled in as text and its claims left out."""
    for code in reversed(grammar.shortcodes(text)):
        value = ""
        if code.name in ("var", "meta") and code.positional:
            try:
                found = grammar.lookup(
                    variables if code.name == "var" else meta, code.positional[0]
                )
            except KeyError:
                found = ""
            value = "" if isinstance(found, Mapping | list) or found is None else str(found)
        text = text[: code.start] + value + text[code.end :]
    return text


def pieces(lines: Sequence, variables: Mapping, meta: Mapping) -> list[Piece]:
    """The pieces of the staged document: `lines` are `guard.Located` (text, file, line)."""
    out: list[Piece] = []
    block: list = []  # the lines of the paragraph being read
    kind = "avsnitt"
    cells: list[str] = []

    def flush() -> None:
        nonlocal block, kind
        if block:
            found = words(plain(" ".join(ln.text for ln in block)))
            if found:
                out.append(Piece(kind, block[0].file, block[0].line, tuple(found)))
        block, kind = [], "avsnitt"

    code = grammar.in_fences(line.text for line in lines)
    for line, in_code in zip(lines, code, strict=True):
        text = resolved(line.text, variables, meta) if "{{" in line.text else line.text
        if in_code or _DIV.match(text) or _COMMENT.fullmatch(text.strip()):
            flush()
            continue
        if not text.strip():
            flush()
            continue
        heading = _HEADING.match(text)
        table = grammar.table_caption(text)
        figure = grammar.figure(text)
        note = grammar.footnote_definition(text)
        if heading or table or figure:
            flush()
            if heading:
                found = words(plain(heading["text"]))
                if found:
                    out.append(Piece("overskrift", line.file, line.line, tuple(found)))
            elif table:
                caption = tuple(words(plain(table["cap"])))
                label = f"tbl-{table['id']}"
                out.append(Piece("tabell", line.file, line.line, caption, tuple(cells), label))
            else:
                label = f"fig-{figure['id']}"
                caption = tuple(words(plain(figure["cap"])))
                out.append(Piece("figur", line.file, line.line, caption, (), label))
            cells = []
            continue
        if text.lstrip().startswith("|"):
            flush()
            if not _RULE.match(text):
                cells += words(plain(text.replace("|", " ")))
            continue
        if note:
            flush()
            block, kind = [type(line)(note[1], line.file, line.line)], "fotnote"
            continue
        if _ITEM.match(text):
            flush()
            block, kind = [type(line)(_ITEM.sub("", text), line.file, line.line)], "listepunkt"
            continue
        block.append(type(line)(text, line.file, line.line))
    flush()
    return out


# ------------------------------------------------------------------------- the outputs


class _Text(HTMLParser):
    """The words a reader sees in an HTML page: no head, scripts, styles or table of contents."""

    SKIP = frozenset({"head", "script", "style", "nav", "template"})
    # tags inside a word's run of text: no word break at them ("Saksbehandling/<wbr>service")
    INLINE = frozenset(
        {"a", "abbr", "b", "bdi", "cite", "code", "em", "i", "kbd", "mark", "q", "s", "small"}
        | {"span", "strong", "sub", "sup", "u", "wbr"}
    )

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
        if tag in self.SKIP:
            self.skipping.append(tag)
        if tag not in self.INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        if tag not in self.INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(html: str) -> tuple[str, set[str]]:
    """The visible text of an HTML page and the ids in it."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts), parser.ids


class Words:
    """An output's words, indexed for finding a piece's."""

    def __init__(self, text: str) -> None:
        self.words = words(text)
        self.at: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self.at.setdefault(word, []).append(i)
        self.runs: dict[tuple[str, ...], list[int]] = {}  # three words in a row -> places
        for i in range(len(self.words) - 2):
            self.runs.setdefault(tuple(self.words[i : i + 3]), []).append(i)

    def _next(self, word: str, after: int, limit: int) -> int | None:
        places = self.at.get(word, ())
        i = bisect_left(places, after + 1)
        if i < len(places) and places[i] <= after + limit:
            return places[i]
        return None

    def _run(self, wanted: tuple[str, ...], after: int, limit: int) -> int | None:
        """Where `wanted` (three words in a row) starts after `after`, within `limit` words."""
        places = self.runs.get(wanted, ())
        i = bisect_left(places, after + 1)
        if i < len(places) and places[i] <= after + limit:
            return places[i]
        return None

    def find(self, piece: Sequence[str]) -> int | None:
        """Where `piece` is found (its first word), or None: of the places where most of its
        words are found, the one where they lie closest together."""
        if not piece:
            return 0
        best, best_at = (0, 0), None
        starts = self.at.get(piece[0], ())[:CANDIDATES]
        if len(piece) > 1:  # where the next word follows: tried first, and alone if any
            likely = [s for s in starts if self._next(piece[1], s, GAP + 1) is not None]
            starts = likely or starts
        for start in starts:
            found, end = self._score(piece, start)
            score = (found, start - end)  # more words found, then a shorter span
            if score > best:
                best, best_at = score, start
            if found == len(piece) and end - start < len(piece) + GAP:
                break  # every word, close together
        if best_at is not None and best[0] >= max(len(piece) * FOUND, min(len(piece), 3)):
            return best_at
        return None

    def _score(self, piece: Sequence[str], start: int) -> tuple[int, int]:
        """How many of the piece's words are found in order from `start`, and where the last
        one found is."""
        found, pos, i = 1, start, 1
        while i < len(piece):
            nxt = self._next(piece[i], pos, GAP + 1)
            if nxt is not None:
                found, pos, i = found + 1, nxt, i + 1
                continue
            run = tuple(piece[i : i + 3])
            if len(run) == 3:
                jump = self._run(run, pos, REANCHOR)
                if jump is not None:
                    found, pos, i = found + 3, jump + 2, i + 3
                    continue
            i += 1
        return found, pos

    def has_cells(self, cells: Sequence[str], near: int) -> list[str]:
        """The cell words not found around position `near` (a table's caption)."""
        span = 2 * len(cells) + 200
        window = Counter(self.words[max(0, near - span) : near + span])
        return sorted((Counter(cells) - window).elements())


def missing(expected: Sequence[Piece], text: str, ids: set[str] | None = None) -> list[Piece]:
    """The pieces not found in an output's text (`ids`: an HTML page's ids, where a table or
    figure must have its label)."""
    found = Words(text)
    out = []
    for piece in expected:
        at = found.find(piece.words)
        lost = at is None or bool(piece.cells and found.has_cells(piece.cells, at))
        if lost or (ids is not None and piece.label and piece.label not in ids):
            out.append(piece)
    return out


def problem(what: str, expected: Sequence[Piece], lost: Sequence[Piece]) -> Problem | None:
    """The guard's problem for an output that lost pieces, at the first one's source line."""
    if not lost:
        return None
    first = lost[0]
    more = f" (og {len(lost) - 1} til)" if len(lost) > 1 else ""
    message = (
        f"{first.shown()} mangler i {what}{more}; {len(lost)} av {len(expected)} deler av "
        "dokumentet er borte (ble noe av dokumentet ikke lest?)"
    )
    return Problem(first.file, message, row=first.line, code=MISSING)
