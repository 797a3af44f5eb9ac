"""The run's settings: the build plan (config.yml overridden by command-line options) and the
reporting rules in data/reference/settings.yml. Every path comes from `paths`.

A `BuildPlan` is made once, by `load`, and passed whole to every step of a build or render.
Two words name its two choices about the report: `utgave` is who it is for (intern: every
figure, for POD; offentlig: small counts hidden, for the web) and `final` is how finished it is
(utkast, the draft with the check's findings shown, or endelig, which stops on any finding).
Every run logs the plan it used at start (`BuildPlan.describe`), as a RAP should.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from . import districts, paths, untrusted, userfiles
from .errors import KlagerapportError

ENGINES = ("auto", "quarto", "embedded")
UTGAVER = (INTERN, OFFENTLIG) = ("intern", "offentlig")
FINALITY = (UTKAST, ENDELIG) = ("utkast", "endelig")  # BuildPlan.final False, True
KERNELS = ("fork", "plain")  # fork: from a warm template (pipeline/kernels.py); plain: spawn
POOLS = ("thread", "process")  # where a build's notebooks are driven from
AS_BUILT = "som bygget"  # a render's data when the build's record does not name it


def allowed(kind: str, name: str, choices: tuple[str, ...]) -> str:
    """`name` if it is one of `choices`, else the one message for an unknown choice."""
    if name not in choices:
        raise KlagerapportError(f"ukjent {kind} «{name}». Tillatt: {', '.join(choices)}")
    return name


def engine(name: str) -> str:
    """The engine's name checked: auto | quarto | embedded."""
    return allowed("motor", name, ENGINES)


def utgave(name: str | None) -> str:
    """The utgave's name checked: 'intern' (default) or 'offentlig'."""
    return allowed("utgave", (name or INTERN).strip().lower(), UTGAVER)


@dataclass(frozen=True)
class BuildPlan:
    """Everything one build (or render) is made from, decided once. A field added here is an
    option of `load` at once: give it a default and read it where it is used."""

    district: str
    year: int
    # the case file or folder (validated into a snapshot of data/processed/); None only in a
    # render of a build whose build.json does not say (a public edition's): «som bygget»
    data: Path | None
    engine: str = "auto"
    final: bool = False  # --endelig: no check finding, no draft marks; else --utkast
    utgave: str = INTERN
    kernels: str = "fork"
    jobs: int | None = None  # notebooks at once (None: from the cores)
    out: Path | None = None  # --out: the run's folder (None: outputs/<district>/<year>[-offentlig])
    render: bool = True  # False: the notebooks and values only
    notebooks: Path | None = None  # another folder of notebooks (tests); None: the project's
    pool: str = "thread"  # where the notebooks are driven from
    incremental: bool = True  # reuse sections and the render whose inputs did not change
    partial: bool = False  # --delvis: a national report over data lacking police districts
    # records of what final reports printed (pipeline/printed.py) count only if written before
    # this time (seconds since the epoch): a batch's start, so that a report built in the same
    # batch is never read as last year's published one; None: the build's start
    printed_before: float | None = None
    # where district, year and data came from when no option gave them: "config.yml"
    origin: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        engine(self.engine)
        object.__setattr__(self, "utgave", utgave(self.utgave))
        if self.out is not None:  # decided once: the same folder whatever the working folder
            object.__setattr__(self, "out", Path(self.out).resolve())
        allowed("kjernetype", self.kernels, KERNELS)
        allowed("pool", self.pool, POOLS)
        if untrusted.has_control(self.district):
            raise KlagerapportError("distriktsnavnet må være én linje uten kontrolltegn")

    @property
    def public(self) -> bool:
        return self.utgave == OFFENTLIG

    @property
    def finality(self) -> str:
        return ENDELIG if self.final else UTKAST

    @property
    def folder(self) -> Path:
        """The run's folder: --out, else outputs/<district>/<year>/ (-offentlig)."""
        if self.out:
            return self.out
        return paths.output_dir(self.district, self.year, public=self.public).resolve()

    def _from(self, name: str) -> str:
        where = self.origin.get(name)
        return f" (fra {where})" if where else ""

    def describe(self, *, rendering: bool = True, year: bool = True) -> str:
        """The run's parameters as a build prints them, each taken from config.yml marked so;
        `rendering=False` (validate) leaves out the engine, the utgave and the finality, which
        only a render uses; `year=False` (validate without --year) says every year is checked."""
        shown_year = f"{self.year}{self._from('year')}" if year else "alle år i dataene"
        data = AS_BUILT if self.data is None else f"{paths.shown(self.data)}{self._from('data')}"
        line = (
            f"Parametere: distrikt={self.district}{self._from('district')}, år={shown_year}, "
            f"data={data}"
        )
        if not rendering:
            return line
        partial = ", delvis" if self.partial else ""
        return f"{line}, motor={self.engine}, {self.finality}, utgave={self.utgave}{partial}"

    def but(self, **changes) -> BuildPlan:
        """The same plan with some fields changed (a batch's report of one district and year)."""
        return dataclasses.replace(self, **changes)


FIELDS = tuple(f.name for f in dataclasses.fields(BuildPlan))


def load(*, config_file: Path | None = None, **options) -> BuildPlan:
    """The plan: config file values, each replaced by the option given (None: not given).
    `options` are BuildPlan's fields."""
    unknown = sorted(set(options) - set(FIELDS))
    if unknown:
        raise TypeError(f"BuildPlan has no field {', '.join(unknown)}")
    file = config_file or paths.CONFIG_FILE
    raw = _read_config(file)
    shown = paths.shown(file)
    for name, option in (("district", "--district"), ("year", "--year")):
        if options.get(name) is None and raw.get(name) in (None, ""):
            raise KlagerapportError(
                f"ingen {'distrikt' if name == 'district' else 'år'} valgt: gi {option}, eller "
                f"sett ditt distrikt og år én gang med «klagerapport init --district <navn> "
                f"--year <år>» (skriver {shown})"
            )
    data_path = Path(raw.get("data") or paths.SAMPLE_DIR)
    if not data_path.is_absolute():
        data_path = paths.ROOT / data_path
    try:
        config_year = int(raw["year"]) if raw.get("year") not in (None, "") else 0
    except (TypeError, ValueError):
        raise KlagerapportError(f"{shown}: year må være et årstall, ikke «{raw['year']}»") from None
    given = {k: v for k, v in options.items() if v is not None}
    origin = {k: shown for k in ("district", "year", "data") if k not in given}
    plan = BuildPlan(
        **{
            "district": str(raw.get("district") or ""),
            "year": config_year,
            "data": data_path,
            "engine": str(raw.get("engine", "auto")),
            "origin": origin,
            **given,
        }
    )
    return plan.but(district=districts.normalise(plan.district).name)  # official short name


def _read_config(file: Path) -> dict:
    try:
        raw = userfiles.load_yaml(file) or {}
    except FileNotFoundError:
        return {}
    except yaml.YAMLError as err:
        raise KlagerapportError(f"{paths.shown(file)}: ikke gyldig YAML: {err}") from None
    if not isinstance(raw, dict):
        raise KlagerapportError(f"{paths.shown(file)}: forventet nøkler som district: og year:")
    return raw


CONFIG_KEYS = ("district", "year", "data", "engine")


def write_defaults(values: dict, config_file: Path | None = None) -> Path:
    """Set the default run's keys (district, year, data, engine) in config.yml, keeping its
    comments and other lines: what `klagerapport init` writes once, and every command uses."""
    file = config_file or paths.CONFIG_FILE
    _read_config(file)  # a broken file is an error, not overwritten
    lines = userfiles.read_text(file).splitlines() if file.is_file() else []
    for key, value in values.items():
        if key not in CONFIG_KEYS or value is None:
            continue
        text = json.dumps(str(value), ensure_ascii=False) if key != "year" else str(int(value))
        pattern = re.compile(rf"^{key}:\s*(?:\"[^\"]*\"|'[^']*'|[^#]*?)(\s*#.*)?$")
        for i, line in enumerate(lines):
            match = pattern.match(line)
            if match:
                lines[i] = f"{key}: {text}{match.group(1) or ''}"
                break
        else:
            lines.append(f"{key}: {text}")
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file


@cache
def rules() -> dict:
    """The reporting rules in data/reference/settings.yml (answer deadline, first year)."""
    return userfiles.load_yaml(paths.SETTINGS_FILE)


def answer_deadline_days() -> int:
    """The answer deadline of the complaint rules, in days (settings.yml), the one source."""
    return int(rules()["answer_deadline_days"])


def handling_basis_days() -> int:
    """Days after a year's end at which its handling time is taken, for every year compared
    (settings.yml `handling_basis_days`): a case answered later counts as open for the year."""
    days = int(rules()["handling_basis_days"])
    if days < 0:
        raise KlagerapportError("settings.yml: handling_basis_days må være 0 eller mer")
    return days
