"""Stage 5, the pipeline: one build as numbered steps (run), the section notebooks (notebooks),
reuse and the audit record (cache), and the one atomic write/swap (fsutil).
"""

from .imports import skip_slow_optional

skip_slow_optional()  # before anything here imports Papermill (see imports.py)
