"""Boundary tests of check/line_context.py: what a sentence's reading tells the line checks
about each typed number (the value it means, the numbers a statement reads itself, the spans
of the sentences that speak of numbers)."""
