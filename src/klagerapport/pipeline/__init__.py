"""The build pipeline: running the section notebooks, batches of reports."""
