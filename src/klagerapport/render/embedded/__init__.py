"""The embedded engine: the subset of Quarto the report uses (docs/quarto-subset.md), rendered
with Pandoc (HTML, Typst source) and Typst (PDF) where the Quarto CLI is not installed.
"""
