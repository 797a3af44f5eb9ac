"""The guard every rendered file passes before it is published."""

from __future__ import annotations

from ..errors import KlagerapportError


def check_no_shortcodes(text: str, what: str) -> None:
    """The last guard: no `{{<` may survive into a published file."""
    index = text.find("{{<")
    if index >= 0:
        lineno = text.count("\n", 0, index) + 1
        raise KlagerapportError(f"{what}, linje {lineno}: uløst kortkode «{{{{<» i utdata")
