"""A document's YAML front matter."""

from __future__ import annotations

import yaml

from ..errors import KlagerapportError


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
