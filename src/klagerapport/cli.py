"""Command line: `klagerapport validate | build | render`.

Each command is a thin wrapper: the work is done by the modules named in its docstring.
User errors (KlagerapportError) are printed without a traceback and exit with status 1.
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


def _fail(err: KlagerapportError) -> None:
    typer.echo(f"Feil: {err}", err=True)
    raise typer.Exit(1)


@app.command()
def validate(data: DataOpt = None, year: YearOpt = None, district: DistrictOpt = None) -> None:
    """Load and validate case data; print a summary, or every error (module: ingest.validate)."""
    from .ingest import validate as v

    try:
        code = v.validate_command(data=data, year=year, district=district)
    except KlagerapportError as err:
        _fail(err)
    raise typer.Exit(code)


EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine", help="auto (Quarto if on PATH, else Pandoc + Typst) | quarto | embedded."
    ),
]


FinalOpt = Annotated[
    bool,
    typer.Option(
        "--endelig/--utkast",
        help="Final edition (stops on any check error or missing section; no draft marks) "
        "or draft (default: warnings and «Kommentar mangler» visible, marked as a draft).",
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
    final: FinalOpt = False,
) -> None:
    """Validate, run the section notebooks, render HTML/PDF/XLSX (modules: pipeline.run, render)."""
    from .pipeline import run as b

    try:
        b.build_report(
            year=year,
            district=district,
            data=data,
            out=out,
            engine=engine,
            jobs=jobs,
            final_edition=final,
        )
    except KlagerapportError as err:
        _fail(err)


@app.command()
def render(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: OutOpt = None,
    engine: EngineOpt = None,
    final: FinalOpt = False,
) -> None:
    """Re-render the report of an earlier build without recomputing (package: render)."""
    from . import render as r

    try:
        r.render_command(year=year, district=district, out=out, engine=engine, final=final)
    except KlagerapportError as err:
        _fail(err)


JsonOpt = Annotated[bool, typer.Option("--json", help="Findings as JSON (for the preview, CI).")]


@app.command()
def check(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="The build folder (default outputs/<d>/<y>).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Check the commentary against the build's values; exit 1 on errors (module: check)."""
    from .check import commands as c

    try:
        code = c.check_command(year=year, district=district, out=out, as_json=as_json)
    except KlagerapportError as err:
        _fail(err)
    raise typer.Exit(code)


@app.command()
def values(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="The build folder (default outputs/<d>/<y>).")
    ] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Only keys or texts containing this.")
    ] = None,
) -> None:
    """Every value key of a build with its text and raw value, by section (module: check)."""
    from .check import commands as c

    try:
        c.values_command(year=year, district=district, out=out, search=search)
    except KlagerapportError as err:
        _fail(err)


@app.command("new-year")
def new_year(
    year: Annotated[int, typer.Option("--year", help="The new report year.")],
    from_year: Annotated[
        int | None, typer.Option("--from", help="Start from this year's commentary (year-1).")
    ] = None,
    district: DistrictOpt = None,
) -> None:
    """Start next year's commentary from this year's, with a review list (module: check)."""
    from .check import newyear

    try:
        newyear.new_year_command(year=year, from_year=from_year, district=district)
    except KlagerapportError as err:
        _fail(err)


@app.command("new-district")
def new_district(
    district: Annotated[str, typer.Option("--district", help="Police district.")],
    year: YearOpt = None,
) -> None:
    """Start a district's commentary from the clean template commentary/_mal (module: check)."""
    from .check import newyear

    try:
        newyear.new_district_command(district=district, year=year)
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
