"""Helpers for tests that read a built report: the published figures and text normalisation."""

from __future__ import annotations

import re

import yaml
from pypdf import PdfReader

from klagerapport import paths
from klagerapport.fmt import NBSP


def published() -> dict:
    """The published Oslo 2019 figures (data/reference/published/oslo-2019.yml)."""
    with open(paths.published_reference("Oslo", 2019), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def norm(text: str) -> str:
    """Whitespace (and non-breaking spaces) collapsed, for comparing rendered text."""
    return re.sub(r"\s+", " ", text.replace(NBSP, " ")).strip()


def struct_types(reader: PdfReader) -> list[tuple[str, str]]:
    """(structure type, its text as far as the tree says) of a tagged PDF, in reading order."""
    found = []

    def walk(node):
        node = node.get_object()
        if "/S" in node:
            found.append((str(node["/S"]), str(node.get("/T", ""))))
        kids = node.get("/K")
        kids = kids if isinstance(kids, list) else [kids]
        for kid in kids:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, dict):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def link_descriptions(reader: PdfReader) -> list[str]:
    return [
        str(a.get_object().get("/Contents"))
        for page in reader.pages
        for a in page.get("/Annots", [])
        if a.get_object().get("/Subtype") == "/Link"
    ]
