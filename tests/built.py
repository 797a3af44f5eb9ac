"""Helpers for tests that read a built report: the published figures and text normalisation."""

from __future__ import annotations

import re

import yaml

from klagerapport import paths
from klagerapport.publish.fmt import NBSP


def published() -> dict:
    """The published Oslo 2019 figures (data/reference/published/oslo-2019.yml)."""
    with open(paths.published_reference("Oslo", 2019), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def norm(text: str) -> str:
    """Whitespace (and non-breaking spaces) collapsed, for comparing rendered text."""
    return re.sub(r"\s+", " ", text.replace(NBSP, " ")).strip()
