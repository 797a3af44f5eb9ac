"""A model, for tests, of how Quarto 1.11 reads shortcodes before Pandoc sees a document.

Written from reading quarto-cli's `src/resources/pandoc/datadir/lpegshortcode.lua` (the LPeg
grammar that `readqmd.lua` runs over the whole text with `parse_md_shortcode_2`); no code of
Quarto's is copied. What it models:

- the text is read as (non-shortcode character | shortcode) repeated; where a `{{<` (or an
  escaped `{{{<`) cannot be read as a shortcode, the repetition stops and LPeg returns what it
  matched so far: the rest of the document is dropped, without an error;
- a shortcode is `{{<`, blanks (space, tab, newline), one or more items, blanks, `>}}`; an item
  is a nested shortcode, `key=value` (blanks allowed around `=`; a key may not hold `:/?=`),
  blanks, or a string: "double" or 'single' quoted (no escapes, may run over lines) or a run
  of non-blank characters that does not start with `'`, `"`, `}` or `>` and ends before `>}}`;
- the repetition of items is possessive (LPeg does not backtrack into it).
"""

from __future__ import annotations

from dataclasses import dataclass

BLANKS = " \n\t"


@dataclass(frozen=True)
class Read:
    kept: str  # the text Pandoc gets (shortcodes left in place)
    shortcodes: list[tuple[str, list[tuple[str | None, str]]]]  # (name, [(key, value)])


def _quoted(text: str, i: int) -> int | None:
    if i < len(text) and text[i] in "\"'":
        end = text.find(text[i], i + 1)
        return None if end < 0 else end + 1
    return None


def _word(text: str, i: int, stop: str, before_close: bool = True) -> int | None:
    if i >= len(text) or text[i] in "'\"}>":
        return None
    j = i
    while j < len(text) and text[j] not in BLANKS and text[j] not in stop:
        if before_close and text.startswith(">}}", j):
            break
        j += 1
    return j if j > i else None


def _blanks(text: str, i: int) -> int:
    while i < len(text) and text[i] in BLANKS:
        i += 1
    return i


def _value(text: str, start: int, end: int) -> str:
    raw = text[start:end]
    return raw[1:-1] if raw[:1] in "\"'" else raw


def _shortcode(text: str, i: int, found: list) -> int | None:
    """The end of the shortcode at `i`, or None if Quarto cannot read one there."""
    if not text.startswith("{{<", i):
        return None
    k = _blanks(text, i + 3)
    items: list[tuple[str | None, str]] = []
    while True:
        nested = _shortcode(text, k, found)
        if nested is not None:
            items.append((None, text[k:nested]))
            k = _blanks(text, nested)
            continue
        key_end = _quoted(text, k) or _word(text, k, ":/?=", before_close=False)
        if key_end is not None:
            eq = _blanks(text, key_end)
            if eq < len(text) and text[eq] == "=":
                v = _blanks(text, eq + 1)
                v_end = _quoted(text, v) or _word(text, v, "", before_close=False)
                if v_end is not None:
                    items.append((_value(text, k, key_end), _value(text, v, v_end)))
                    k = v_end
                    continue
        if k < len(text) and text[k] in BLANKS:
            k = _blanks(text, k)
            continue
        end = _quoted(text, k) or _word(text, k, "")
        if end is not None:
            items.append((None, _value(text, k, end)))
            k = _blanks(text, end)
            continue
        break
    k = _blanks(text, k)
    if not items or not text.startswith(">}}", k):
        return None
    name = items[0][1]
    found.append((name, items[1:]))
    return k + 3


def read(text: str) -> Read:
    """What Quarto's shortcode reader keeps of `text`, and the shortcodes it read."""
    found: list = []
    i = 0
    while i < len(text):
        if text.startswith("{{{<", i):
            end = text.find(">}}}", i)
            if end < 0:
                return Read(text[:i], found)
            i = end + 4
            continue
        if text.startswith("{{<", i):
            end = _shortcode(text, i, found)
            if end is None:
                return Read(text[:i], found)
            i = end
            continue
        i += 1
    return Read(text, found)
