"""The ingest stage: case exports in, validated canonical case frame out."""
