"""Stage 1, ingest: case files in, the validated canonical case frame (and its store) out.

read (files, CSV/XLSX cells, headers) -> parse (values, Problems) -> rules (across columns and
rows) -> store (Parquet snapshot + manifest); `validate.load_validated` is the entry point.
"""
