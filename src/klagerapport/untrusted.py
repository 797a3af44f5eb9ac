"""What untrusted text (case data, the command line, commentary) may never carry into a line:
control characters and line breaks (ASCII C0 and DEL, NEL, the Unicode line and paragraph
separators). The ingest refuses them in labels, the settings in a district name, and the
outputs turn any left into one space (publish/escape.py).
"""

from __future__ import annotations

import re

CONTROL = r"[\x00-\x1f\x7f\u0085\u2028\u2029]"  # one character of the class
CONTROL_RE = re.compile(CONTROL)
CONTROL_RUN = re.compile(CONTROL + "+")  # a run of them, replaced as one


def has_control(text: str) -> bool:
    """Whether `text` holds a control character or a line break."""
    return CONTROL_RE.search(text) is not None
