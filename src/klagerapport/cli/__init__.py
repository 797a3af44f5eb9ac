"""Command line: `klagerapport init | validate | build | render | batch | preview | check | values
| godkjenn | new-year | new-district`.

Each command is a thin wrapper: the work is done by the modules named in its docstring.
User errors (KlagerapportError) are printed without a traceback and exit with status 1; any
other error is a bug, printed as one line with a hint to run again with --debug (which shows
the traceback), and exits with status 2.

The package: `app` (the Typer app, its commands in help order, and `main`), one module per
group of commands (`data_commands`: init, validate; `build_commands`: build, render, batch;
`commentary_commands`: check, values, godkjenn, new-year, new-district, preview), the options
they share (`options`), how a command runs and fails (`running`), and a command line that
cannot be read, said in bokmål (`usage`).
"""

from __future__ import annotations

from .app import app, main
from .usage import USAGE_STATUS

__all__ = ["USAGE_STATUS", "app", "main"]
