"""A Typst source compiled to PDF the way the report's PDF is set: with the project's own
typeface (klagerapport.typeface) and no system font, so a test's layout is the report's on any
machine. Used by the tests that compile the Typst template by hand (page 1, the running header,
Quarto's shapes)."""

from __future__ import annotations

from pathlib import Path

from klagerapport import typeface


def compile_pdf(source: Path) -> Path:
    """Compile `source` (a .typ file) to the PDF beside it, of the same name; return that PDF."""
    import typst  # the compiler loads only in the tests that compile

    pdf = source.with_suffix(".pdf")
    typst.compile(
        str(source),
        output=str(pdf),
        font_paths=[str(typeface.source_folder())],
        ignore_system_fonts=True,
    )
    return pdf
