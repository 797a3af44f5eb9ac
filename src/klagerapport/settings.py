"""The run's settings: config.yml (the default run) overridden by command-line options, and the
reporting rules in data/reference/settings.yml. Every path comes from `paths`.

Every run logs the parameters it used at start (`RunConfig.describe`), as a RAP should.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import yaml

from . import districts, paths
from .errors import KlagerapportError

ENGINES = ("auto", "quarto", "embedded")


@dataclass(frozen=True)
class RunConfig:
    district: str
    year: int
    data: Path
    engine: str = "auto"
    final: bool = False  # --endelig: the final edition (no check error, no draft marks)
    partial: bool = False  # --delvis: a national report over data lacking police districts
    # where district, year and data came from when not from an option: "config.yml"
    origin: dict = field(default_factory=dict, compare=False)

    def _from(self, name: str) -> str:
        where = self.origin.get(name)
        return f" (fra {where})" if where else ""

    def describe(self, *, rendering: bool = True, year: bool = True) -> str:
        """The run's parameters as a build prints them, each taken from config.yml marked so;
        `rendering=False` (validate) leaves out the engine and the edition, which only a render
        uses; `year=False` (validate without --year) says every year is checked."""
        shown_year = f"{self.year}{self._from('year')}" if year else "alle år i dataene"
        line = (
            f"Parametere: distrikt={self.district}{self._from('district')}, år={shown_year}, "
            f"data={paths.shown(self.data)}{self._from('data')}"
        )
        if not rendering:
            return line
        partial = ", delvis" if self.partial else ""
        return f"{line}, motor={self.engine}, {'endelig' if self.final else 'utkast'}{partial}"


def load(
    *,
    district: str | None = None,
    year: int | None = None,
    data: Path | None = None,
    engine: str | None = None,
    final: bool | None = None,
    config_file: Path | None = None,
    partial: bool | None = None,
) -> RunConfig:
    """The run's parameters: config file values, each replaced by the option given, if any."""
    file = config_file or paths.CONFIG_FILE
    raw = _read_config(file)
    shown = paths.shown(file)
    for name, option, given in (("district", "--district", district), ("year", "--year", year)):
        if given is None and raw.get(name) in (None, ""):
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
    cfg = RunConfig(
        district=str(raw.get("district") or ""),
        year=config_year,
        data=data_path,
        engine=str(raw.get("engine", "auto")),
        origin={
            name: shown
            for name, given in (("district", district), ("year", year), ("data", data))
            if given is None
        },
    )
    overrides = {
        k: v
        for k, v in {
            "district": district,
            "year": year,
            "data": data,
            "engine": engine,
            "final": final,
            "partial": partial,
        }.items()
        if v is not None
    }
    cfg = replace(cfg, **overrides)
    if re.search(r"[\x00-\x1f\x7f\u0085\u2028\u2029]", cfg.district):
        raise KlagerapportError("distriktsnavnet må være én linje uten kontrolltegn")
    cfg = replace(cfg, district=districts.normalise(cfg.district).name)  # official short name
    if cfg.engine not in ENGINES:
        raise KlagerapportError(f"ukjent motor «{cfg.engine}». Tillatt: {', '.join(ENGINES)}")
    return cfg


def _read_config(file: Path) -> dict:
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
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
    lines = file.read_text(encoding="utf-8").splitlines() if file.is_file() else []
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
    with open(paths.SETTINGS_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


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
