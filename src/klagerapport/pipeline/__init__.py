"""Stage 5, the pipeline: one build as numbered steps (run), the section notebooks (notebooks),
reuse and the audit record (cache), and the one atomic write/swap (fsutil).
"""
