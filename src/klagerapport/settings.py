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
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from . import districts, paths, untrusted
from .errors import KlagerapportError

ENGINES = ("auto", "quarto", "embedded")
UTGAVER = (INTERN, OFFENTLIG) = ("intern", "offentlig")
FINALITY = (UTKAST, ENDELIG) = ("utkast", "endelig")  # BuildPlan.final False, True
KERNELS = ("fork", "plain")  # fork: from a warm template (pipeline/kernels.py); plain: spawn
POOLS = ("thread", "process")  # where a build's notebooks are driven from


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
    data: Path  # the case file or folder (validated into a snapshot of data/processed/)
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

    def __post_init__(self) -> None:
        engine(self.engine)
        object.__setattr__(self, "utgave", utgave(self.utgave))
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
            return Path(self.out).resolve()
        return paths.output_dir(self.district, self.year, public=self.public).resolve()

    def describe(self, *, rendering: bool = True) -> str:
        """The run's parameters as a build prints them; `rendering=False` (validate) leaves out
        the engine, the utgave and the finality, which only a render uses."""
        line = (
            f"Parametere: distrikt={self.district}, år={self.year}, data={paths.shown(self.data)}"
        )
        if not rendering:
            return line
        return f"{line}, motor={self.engine}, {self.finality}, utgave={self.utgave}"

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
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raw = {}
    except yaml.YAMLError as err:
        raise KlagerapportError(f"{file}: ikke gyldig YAML: {err}") from None
    data_path = Path(raw.get("data", paths.SAMPLE_DIR))
    if not data_path.is_absolute():
        data_path = paths.ROOT / data_path
    given = {k: v for k, v in options.items() if v is not None}
    plan = BuildPlan(
        **{
            "district": str(raw.get("district", "Oslo")),
            "year": int(raw.get("year", 2019)),
            "data": data_path,
            "engine": str(raw.get("engine", "auto")),
            **given,
        }
    )
    return plan.but(district=districts.normalise(plan.district).name)  # official short name


@cache
def rules() -> dict:
    """The reporting rules in data/reference/settings.yml (answer deadline, first year)."""
    with open(paths.SETTINGS_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def answer_deadline_days() -> int:
    """The answer deadline of the complaint rules, in days (settings.yml), the one source."""
    return int(rules()["answer_deadline_days"])
