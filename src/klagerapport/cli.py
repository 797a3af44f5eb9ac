"""Command line: `klagerapport init | validate | build | render | batch | preview | check | values
| godkjenn | new-year | new-district`.

Each command is a thin wrapper: the work is done by the modules named in its docstring.
User errors (KlagerapportError) are printed without a traceback and exit with status 1; any
other error is a bug, printed as one line with a hint to run again with --debug (which shows
the traceback), and exits with status 2.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import settings, untrusted
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


SIGPIPE_STATUS = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader left


def _silence_stdout() -> None:
    """Send stdout to /dev/null, so that the interpreter's last flush raises nothing."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _closed_output() -> NoReturn:
    """The reader of our output went away (`klagerapport check | head`): not an error, and
    nothing to say about it. Stop quietly with the status a shell gives such a writer."""
    _silence_stdout()
    raise typer.Exit(SIGPIPE_STATUS)


def _guarded(call, debug: bool):
    """Run a command: user errors as `_fail`, any other error as one line (or, with --debug,
    the traceback)."""
    try:
        return call()
    except KlagerapportError as err:
        _fail(err)
    except (typer.Exit, KeyboardInterrupt):
        raise
    except BrokenPipeError:
        _closed_output()
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


def _as_json(load, run, debug: bool, *, district: str | None, year: int | None) -> None:
    """A build or render for `--json`: `run(load())` (which returns the commentary's findings)
    with its progress on stderr, then on stdout the JSON form of `klagerapport check --json`
    (district, year, counts, findings) with everything that warns or stopped it: the
    commentary check's findings and the notes about the data (what a draft's box shows), then
    every located problem that stopped it (the render guard's, the engine's, a case file's; an
    error that is only a message as one finding, at the place it names if it names one)."""
    import json

    from .check import report
    from .errors import Problem, as_problems

    plans: list[settings.BuildPlan] = []
    findings: list[Problem] = []

    def attempt() -> KlagerapportError | None:
        with contextlib.redirect_stdout(sys.stderr):
            try:
                plans.append(load())
                findings.extend(run(plans[0]))
            except KlagerapportError as err:
                return err
        return None

    failed = _guarded(attempt, debug)
    found = as_problems(failed) if failed is not None else findings
    if plans:
        district, year = plans[0].district, plans[0].year
    document = report.to_json(found, district=district, year=year)
    typer.echo(json.dumps(document, ensure_ascii=False, indent=1))
    if failed is not None:
        _fail(failed)


def _say_defaults(district: str | None, year: int | None) -> None:
    """On stderr, which district and year a command uses when they come from config.yml (set
    once with `klagerapport init`): never a silent default."""
    from . import settings

    cfg = settings.load(district=district, year=year)
    taken = [
        f"{label} {value}"
        for label, value, given in (("distrikt", cfg.district, district), ("år", cfg.year, year))
        if given is None
    ]
    if taken:
        typer.echo(
            f"Bruker {' og '.join(taken)} fra {cfg.origin.get('district') or cfg.origin['year']} "
            "(--district/--year velger andre; «klagerapport init --district …» setter dine).",
            err=True,
        )


@app.command()
def init(
    district: Annotated[str, typer.Option("--district", help="Your police district.")],
    year: YearOpt = None,
    data: DataOpt = None,
    engine: EngineOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Set your district (and year, data, engine) once in config.yml: every command uses them."""
    from . import paths, settings

    def write() -> None:
        name = settings.load(district=district, year=year, data=data, engine=engine).district
        shown_data = paths.shown(data) if data is not None else None
        file = settings.write_defaults(
            {"district": name, "year": year, "data": shown_data, "engine": engine}
        )
        cfg = settings.load()
        # what this command line gave is said to come from it, not from the file it wrote
        given = {"district": district, "year": year, "data": data}
        origin = {k: v for k, v in cfg.origin.items() if given.get(k) is None}
        origin.update({k: "kommandolinjen" for k, v in given.items() if v is not None})
        cfg = cfg.but(origin=origin)
        typer.echo(f"Skrev {paths.shown(file)}: {cfg.describe(rendering=False)}")
        typer.echo(
            "Alle kommandoer (build, render, validate, check, values, preview, new-year, batch) "
            "bruker nå dette når --district, --year eller --data ikke er gitt."
        )
        if not cfg.data.exists():
            typer.echo(f"Advarsel: {paths.shown(cfg.data)} finnes ikke ennå.", err=True)

    _guarded(write, debug)


@app.command()
def validate(
    data: DataOpt = None,
    year: YearOpt = None,
    district: DistrictOpt = None,
    partial: Annotated[
        bool,
        typer.Option(
            "--delvis", help="--district Norge over data that lacks police districts: a warning."
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Load and validate case data; print a summary, or every error (module: ingest.validate)."""
    from .ingest import validate as v

    code = _guarded(
        lambda: v.validate_command(data=data, year=year, district=district, partial=partial),
        debug,
    )
    raise typer.Exit(code)


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


FinalOpt = Annotated[
    bool,
    typer.Option(
        "--endelig/--utkast",
        help="Final report (stops on any check error or missing section; no draft marks) "
        "or draft (default: warnings and «Kommentar mangler» visible, marked as a draft).",
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


@app.command()
def build(
    year: YearOpt = None,
    district: DistrictOpt = None,
    data: DataOpt = None,
    out: OutOpt = None,
    engine: EngineOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", help="Notebooks run at once.")] = None,
    kernels: KernelsOpt = "fork",
    final: FinalOpt = False,
    utgave: UtgaveOpt = None,
    partial: PartialOpt = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="The commentary's findings and what stopped the build, as JSON (as check --json).",
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Validate, run the section notebooks, render HTML/PDF/XLSX (modules: pipeline.run, render)."""
    from .pipeline.kernels import KernelPool

    # The warm kernels' template starts importing before this process imports pandas and the
    # rest of the build: the two warm up on separate cores.
    pool = KernelPool() if kernels == "fork" else None
    if pool is not None:
        pool.launch()
    try:
        from .pipeline import run as b

        def load() -> settings.BuildPlan:
            return settings.load(
                year=year,
                district=district,
                data=data,
                out=out,
                engine=engine,
                jobs=jobs,
                kernels=kernels,
                final=final,
                utgave=utgave,
                partial=partial or None,
            )

        def run(plan: settings.BuildPlan) -> list:  # the findings, for --json
            return b.build_report(plan, kernel_pool=pool).findings

        if as_json:
            _as_json(load, run, debug, district=district, year=year)
            return
        plan = _guarded(load, debug)
        _guarded(lambda: run(plan), debug)
    finally:
        if pool is not None:
            pool.close()


@app.command()
def render(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: OutOpt = None,
    engine: EngineOpt = None,
    final: Annotated[
        bool | None,
        typer.Option(
            "--endelig/--utkast",
            help="Final edition or draft (default: as the build it re-renders was made, from "
            "its build.json).",
        ),
    ] = None,
    utgave: UtgaveOpt = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="The commentary's findings and what stopped the render, as JSON (as check "
            "--json).",
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Re-render the report of an earlier build without recomputing (package: render)."""
    from . import render as r

    def load() -> settings.BuildPlan:  # --out without --district/--year: the folder's build
        return r.render_plan(
            year=year, district=district, out=out, engine=engine, utgave=utgave, final=final
        )

    def run(plan: settings.BuildPlan) -> list:  # the findings, for --json
        return r.render_command(plan, keep_final=final is None).findings

    if as_json:
        _as_json(load, run, debug, district=district, year=year)
        return
    plan = _guarded(load, debug)
    _guarded(lambda: run(plan), debug)


JsonOpt = Annotated[bool, typer.Option("--json", help="Findings as JSON (for the preview, CI).")]
RunDirOpt = Annotated[
    Path | None, typer.Option("--out", help="The build folder (default outputs/<d>/<y>).")
]


@app.command()
def check(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: RunDirOpt = None,
    as_json: JsonOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check the commentary against the build's values; exit 1 on errors (module: check)."""
    from .check import commands as c

    if out is None:
        _guarded(lambda: _say_defaults(district, year), debug)
    code = _guarded(
        lambda: c.check_command(year=year, district=district, out=out, as_json=as_json), debug
    )
    raise typer.Exit(code)


@app.command()
def values(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: RunDirOpt = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search", help="Only values whose key, text, description or kind contains this."
        ),
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Every value key of a build with its text and raw value, by section (module: check)."""
    from .check import commands as c

    if out is None:
        _guarded(lambda: _say_defaults(district, year), debug)
    _guarded(lambda: c.values_command(year=year, district=district, out=out, search=search), debug)


@app.command()
def godkjenn(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: RunDirOpt = None,
    setning: Annotated[
        str | None,
        typer.Option("--setning", help="The sentence's key (as `check` or this list gives it)."),
    ] = None,
    av: Annotated[str | None, typer.Option("--av", help="Who signs the sentence off.")] = None,
    grunn: Annotated[
        str | None, typer.Option("--grunn", help="Why the sentence holds (one line).")
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """List the sentences waiting for a reviewer's sign-off; with --setning, sign one off in
    godkjent.yml (module: check)."""
    from .check import commands as c

    if out is None:
        _guarded(lambda: _say_defaults(district, year), debug)
    _guarded(
        lambda: c.signoff_command(
            year=year, district=district, out=out, sentence=setning, by=av, reason=grunn
        ),
        debug,
    )


@app.command("new-year")
def new_year(
    year: Annotated[
        int | None,
        typer.Option("--year", help="The new report year (default: the year after config.yml's)."),
    ] = None,
    from_year: Annotated[
        int | None, typer.Option("--from", help="Start from this year's commentary (year-1).")
    ] = None,
    district: DistrictOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Start next year's commentary from this year's, with a review list (module: check)."""
    from .check import newyear

    _guarded(
        lambda: newyear.new_year_command(year=year, from_year=from_year, district=district),
        debug,
    )


@app.command("new-district")
def new_district(
    district: Annotated[str, typer.Option("--district", help="Police district.")],
    year: YearOpt = None,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data", help="The export whose units start the unit list (default: config.yml)."
        ),
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Start a district's commentary from the clean template commentary/_mal, and its unit list
    in data/reference/units.yml from the data (module: check)."""
    from .check import newyear

    _guarded(lambda: newyear.new_district_command(district=district, year=year, data=data), debug)


@app.command()
def batch(
    years: Annotated[str, typer.Option("--years", help="Years: 2019, 2017-2021 or 2017,2019.")],
    districts: Annotated[
        str,
        typer.Option(
            "--districts",
            help="all (the 12 police districts; --delvis: those in the data) or Oslo,Vest.",
        ),
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
            help="Build Norge and POD's roll-up (default: when every district is in the batch "
            "and the data has all 12, or with --delvis).",
        ),
    ] = None,
    utgave: UtgaveOpt = None,
    partial: PartialOpt = False,
    kernels: KernelsOpt = "fork",
    debug: DebugOpt = False,
) -> None:
    """Build every (district, year) report, the national one and POD's workbook (pipeline.batch)."""
    from .pipeline import batch as b

    plan = _guarded(
        lambda: settings.load(
            data=data, engine=engine, utgave=utgave, kernels=kernels, partial=partial or None
        ),
        debug,
    )
    result = _guarded(
        lambda: b.build_batch(
            plan,
            districts=districts,
            years=years,
            out=out,
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
        if out is None:
            _say_defaults(district, year)
        p.run(
            year=year, district=district, out=out, host=host, port=port, open_browser=open_browser
        )
    except KlagerapportError as err:
        _fail(err)


USAGE_STATUS = 2  # a command line that cannot be read (as click's own)
# click's UsageError, which Typer (with its own copy of click) raises for a command line it cannot
# read: found through the one subclass Typer exports, so no private module is imported.
UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


def usage_message(err: Exception, argv: list[str]) -> str:
    """A command line click could not read, said in bokmål (click's messages are English):
    which option is missing, unknown or has a value of the wrong kind, and where to read more."""
    kind = type(err).__name__
    param = getattr(err, "param", None)
    name = "/".join(getattr(param, "opts", None) or [])
    if kind == "NoSuchOption":
        text = f"ukjent valg {err.option_name}"
        if err.possibilities:
            text += f" (mente du {' eller '.join(sorted(err.possibilities))}?)"
    elif kind == "MissingParameter":
        text = f"mangler {name or 'et valg'}"
    elif kind == "BadParameter" and param is not None:
        given = next(
            (
                v.split("=", 1)[1] if "=" in v else (argv[i + 1] if i + 1 < len(argv) else "")
                for i, v in enumerate(argv)
                if v.split("=", 1)[0] in param.opts
            ),
            None,
        )
        kinds = {int: "et heltall", float: "et tall", bool: "ja eller nei"}
        wanted = kinds.get(getattr(getattr(param, "type_descriptor", None), "annotation", None), "")
        shown = f" «{given}»" if given is not None else ""
        text = f"ugyldig verdi{shown} for {name}" + (f": må være {wanted}" if wanted else "")
    elif match := re.match(r"No such command '(.*)'\.?$", str(err.format_message())):
        text = f"ukjent kommando «{untrusted.CONTROL_RUN.sub(' ', match.group(1))[:60]}»"
    else:
        text = f"kommandolinjen kan ikke leses ({err.format_message()})"
    ctx = getattr(err, "ctx", None)
    command_path = ctx.command_path if ctx is not None else "klagerapport"
    return f"Feil: {text}. Se «{command_path} --help»."


INTERRUPTED = 130  # the status Typer returns for a KeyboardInterrupt


def main() -> None:
    from .pipeline.stopping import sigterm_as_interrupt, stopped_by

    try:
        with sigterm_as_interrupt():  # SIGTERM stops a command as Ctrl-C does: clean-up runs
            status = app(prog_name="klagerapport", standalone_mode=False)
        if status == INTERRUPTED:  # Typer turns Ctrl-C (and so SIGTERM) into this, silently
            raise KeyboardInterrupt
        sys.exit(status if isinstance(status, int) else 0)
    except UsageError as err:
        if type(err).__name__ == "NoArgsIsHelpError":  # no command: the help, as before
            err.show()
        else:
            typer.echo(usage_message(err, sys.argv[1:]), err=True)
        sys.exit(USAGE_STATUS)
    except BrokenPipeError:  # raised outside a command's guard (e.g. while printing help)
        _silence_stdout()
        sys.exit(SIGPIPE_STATUS)
    except (KeyboardInterrupt, typer.Abort):
        said, status = stopped_by()
        typer.echo(said, err=True)
        sys.exit(status)


if __name__ == "__main__":
    main()
