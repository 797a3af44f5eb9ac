"""Stage 3, statistics: pure numbers over the canonical case frame. No words, no formatting."""
