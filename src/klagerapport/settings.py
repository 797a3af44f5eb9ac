"""The run's settings: config.yml (the default run) overridden by command-line options, and the
reporting rules in data/reference/settings.yml. Every path comes from `paths`.

Every run logs the parameters it used at start (`RunConfig.describe`), as a RAP should.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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

    def describe(self, *, rendering: bool = True) -> str:
        """The run's parameters as a build prints them; `rendering=False` (validate) leaves out
        the engine and the edition, which only a render uses."""
        line = (
            f"Parametere: distrikt={self.district}, år={self.year}, data={paths.shown(self.data)}"
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
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raw = {}
    except yaml.YAMLError as err:
        raise KlagerapportError(f"{file}: ikke gyldig YAML: {err}") from None
    data_path = Path(raw.get("data", paths.SAMPLE_DIR))
    if not data_path.is_absolute():
        data_path = paths.ROOT / data_path
    cfg = RunConfig(
        district=str(raw.get("district", "Oslo")),
        year=int(raw.get("year", 2019)),
        data=data_path,
        engine=str(raw.get("engine", "auto")),
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
