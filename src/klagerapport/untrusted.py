"""What untrusted text (case data, the command line, commentary) may never carry into a line:
control characters and line breaks (ASCII C0 and DEL, NEL, the Unicode line and paragraph
separators) and the bidirectional controls that reorder what a reader sees (U+061C, U+200E,
U+200F, U+202A-U+202E, U+2066-U+2069). The ingest refuses them in labels, the settings in a
district name, and the outputs turn any left into one space (publish/escape.py).

A name wrapped by the program that exported it (a line break inside a quoted CSV field, Excel's
Alt+Enter, a tab, a no-break space) is still one name: `one_space` makes each run of whitespace
one space before a label is checked, so only control characters that are not whitespace (NUL,
ESC, a bidi override, ...) are refused. A message that echoes text shows every character of the
class as an escape (`shown`: «\\n», «\\x1b», «\\u202e»), never raw, so the message keeps its
lines and the terminal its state.
"""

from __future__ import annotations

import re

CONTROL = r"[\x00-\x1f\x7f\u0085\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
CONTROL_RE = re.compile(CONTROL)
CONTROL_RUN = re.compile(CONTROL + "+")  # a run of them, replaced as one

# Whitespace as an export wraps or pads a name with it: Python's whitespace without the ASCII
# information separators (U+001C-U+001F), which are control characters and stay refused.
SPACE = r"[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
SPACE_RUN = re.compile(SPACE + "+")

# The escapes a message shows for the commonest control characters; any other as \xNN/\uNNNN.
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def has_control(text: str) -> bool:
    """Whether `text` holds a control character, a line break or a bidi control."""
    return CONTROL_RE.search(text) is not None


def one_space(text: str) -> str:
    """`text` with each run of whitespace (line breaks, tabs, no-break spaces) as one space,
    and none at either end: 'Hammerfest\\r\\n  politistasjon' -> 'Hammerfest politistasjon'."""
    return SPACE_RUN.sub(" ", text).strip(" ")


def shown(text: str) -> str:
    """`text` as a message may echo it: each control character, line break and bidi control
    written as its escape ('Pass\\nArrest' -> 'Pass\\\\nArrest'), everything else as it is."""
    return CONTROL_RE.sub(lambda m: _escape(m.group()), text)


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
