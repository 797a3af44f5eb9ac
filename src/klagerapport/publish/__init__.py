"""Stage 4, publishing: every word, caption, alt text and formatted number of the report.

fmt (Norwegian conventions) -> values (raw + text of each quoted figure) -> text (words and
sentences) -> tables/figures (tables as CSV/Markdown, charts) -> result (a section's artifacts)
-> xlsx (the workbook for POD).
"""
