"""Writing the run's artifacts: tables, charts, values and the spreadsheet."""
