"""The options the commands share (`--data`, `--year`, `--district`, `--out`, `--engine`, …),
each an annotated type with its help text."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import settings

DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data", help="A .csv/.xlsx case file or a folder of them (default: config.yml)."
    ),
]
YearOpt = Annotated[int | None, typer.Option("--year", help="Reporting year.")]
DistrictOpt = Annotated[str | None, typer.Option("--district", help="Police district.")]
OutOpt = Annotated[
    Path | None,
    typer.Option("--out", help="Put the run's files directly in this folder."),
]


DebugOpt = Annotated[
    bool, typer.Option("--debug", help="Show the full traceback of an internal error.")
]


UtgaveOpt = Annotated[
    str | None,
    typer.Option(
        "--utgave",
        help="intern (default: every figure, for POD) | offentlig (for the web: small counts "
        "rounded to 0 or 3 in the finest groups, every number from the rounded cases; built "
        "into <year>-offentlig/).",
    ),
]
EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help=f"{' | '.join(settings.ENGINES)} (auto: Quarto if on PATH, else Pandoc + Typst).",
    ),
]


BatchFinalOpt = Annotated[
    bool | None,
    typer.Option(
        "--endelig/--utkast",
        help="Every report final, or every report a draft (replacing a final one). Default: "
        "drafts, but a report whose folder holds a final edition is built as final again.",
    ),
]
KeepFinalOpt = Annotated[
    bool | None,
    typer.Option(
        "--endelig/--utkast",
        help="Final report (stops on any check error or missing section; no draft marks) "
        "or draft (warnings and «Kommentar mangler» visible, marked as a draft). Default: a "
        "draft, but a folder that holds a final edition is built as final again.",
    ),
]


KernelsOpt = Annotated[
    str,
    typer.Option(
        "--kernels",
        help="fork (warm, forked from a template; plain if that fails) | plain (spawned).",
    ),
]


PartialOpt = Annotated[
    bool,
    typer.Option(
        "--delvis",
        help="National report (Norge) over data that lacks police districts: build it as a "
        "partial report whose title and first page name the missing districts (refused "
        "without this).",
    ),
]


JsonOpt = Annotated[bool, typer.Option("--json", help="Findings as JSON (for the preview, CI).")]
RunDirOpt = Annotated[
    Path | None, typer.Option("--out", help="The build folder (default outputs/<d>/<y>).")
]
