"""Command line: `klagerapport validate | build | render | batch | preview`.

Each command is a thin wrapper: the work is done by the modules named in its docstring.
User errors (KlagerapportError) are printed without a traceback and exit with status 1; any
other error is a bug, printed as one line with a hint to run again with --debug (which shows
the traceback), and exits with status 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import KlagerapportError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Klagerapport: the yearly report on complaints against the police, from case data.",
)

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


def _fail(err: KlagerapportError) -> None:
    typer.echo(f"Feil: {err}", err=True)
    raise typer.Exit(1)


def _guarded(call, debug: bool):
    """Run a command: user errors as `_fail`, any other error as one line (or, with --debug,
    the traceback)."""
    try:
        return call()
    except KlagerapportError as err:
        _fail(err)
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as err:
        if debug:
            raise
        first = (str(err).splitlines() or [""])[0][:200]
        typer.echo(
            f"Intern feil: {type(err).__name__}: {first}\n"
            "Dette er en feil i programmet, ikke i dataene dine. Kjør samme kommando med "
            "--debug for hele feilmeldingen, og send den til dem som vedlikeholder klagerapport.",
            err=True,
        )
        raise typer.Exit(2) from None


@app.command()
def validate(
    data: DataOpt = None,
    year: YearOpt = None,
    district: DistrictOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Load and validate case data; print a summary, or every error (module: ingest.validate)."""
    from .ingest import validate as v

    code = _guarded(lambda: v.validate_command(data=data, year=year, district=district), debug)
    raise typer.Exit(code)


UtgaveOpt = Annotated[
    str | None,
    typer.Option(
        "--utgave",
        help="intern (default: every figure, for POD) | offentlig (for the web: counts of 1-2 "
        "hidden as «:», and what would give them away; built into <year>-offentlig/).",
    ),
]
EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine", help="auto (Quarto if on PATH, else Pandoc + Typst) | quarto | embedded."
    ),
]


@app.command()
def build(
    year: YearOpt = None,
    district: DistrictOpt = None,
    data: DataOpt = None,
    out: OutOpt = None,
    engine: EngineOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", help="Notebooks run at once.")] = None,
    kernels: Annotated[
        str,
        typer.Option("--kernels", help="fork (warm, forked from a template) | plain (spawned)."),
    ] = "fork",
    utgave: UtgaveOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Validate, run the section notebooks, render HTML/PDF/XLSX (modules: pipeline.run, render)."""
    from .pipeline import run as b

    _guarded(
        lambda: b.build_report(
            year=year,
            district=district,
            data=data,
            out=out,
            engine=engine,
            jobs=jobs,
            kernels_kind=kernels,
            utgave=utgave,
        ),
        debug,
    )


@app.command()
def render(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: OutOpt = None,
    engine: EngineOpt = None,
    utgave: UtgaveOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Re-render the report of an earlier build without recomputing (package: render)."""
    from . import render as r

    _guarded(
        lambda: r.render_command(
            year=year, district=district, out=out, engine=engine, utgave=utgave
        ),
        debug,
    )


@app.command()
def batch(
    years: Annotated[str, typer.Option("--years", help="Years: 2019, 2017-2021 or 2017,2019.")],
    districts: Annotated[
        str, typer.Option("--districts", help="all (every district in the data) or Oslo,Vest.")
    ] = "all",
    data: DataOpt = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Folder under which each report gets <district>/<year>/."),
    ] = None,
    engine: EngineOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", help="Reports built at once.")] = None,
    national: Annotated[
        bool | None,
        typer.Option(
            "--national/--no-national",
            help="Build Norge and POD's roll-up (default: when every district is in the batch).",
        ),
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Build every (district, year) report, the national one and POD's workbook (pipeline.batch)."""
    from .pipeline import batch as b

    result = _guarded(
        lambda: b.build_batch(
            districts=districts,
            years=years,
            data=data,
            out=out,
            engine=engine,
            jobs=jobs,
            national=national,
            log=lambda line: typer.echo(line),
        ),
        debug,
    )
    raise typer.Exit(0 if result.ok else 1)


@app.command()
def preview(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="The build folder (default: outputs/<d>/<y>/).")
    ] = None,
    port: Annotated[int, typer.Option("--port", help="Port (0: any free port).")] = 8765,
    host: Annotated[
        str, typer.Option("--host", help="Interface; other than 127.0.0.1 only if you mean it.")
    ] = "127.0.0.1",
    open_browser: Annotated[
        bool, typer.Option("--open/--no-open", help="Open the page in the browser.")
    ] = False,
) -> None:
    """Serve a build's report, re-rendered on each commentary save (module: preview)."""
    from . import preview as p

    try:
        p.run(
            year=year, district=district, out=out, host=host, port=port, open_browser=open_browser
        )
    except KlagerapportError as err:
        _fail(err)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Avbrutt.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
