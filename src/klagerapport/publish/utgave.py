"""The two utgaver (editions) of a run: *intern* (everything, for POD) and *offentlig* (for the
web).

`publish(result, utgave)` returns the section's result as the utgave publishes it. The
internal edition is the result unchanged. A public section has computed every number from the
rounded cases (publish/protection.py, through sections/common.start), so nothing is hidden
here: the public edition puts the rule's note under each table, cuts every share and mean to
the precision it prints (which values are which comes from report/values.yml's `kind`), and
stops if a count of 1 .. min_count-1 or a case's date (a `kind: date` value of a population,
such as the last answer date) reaches it (a section that skipped the protection).

Each table says how it adds up in its `layout` (see `Layout`); `cell_keys` ties a cell to the
value keys that quote it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from .. import fmt, fsutil, settings
from ..errors import KlagerapportError
from . import contract, notes
from . import suppression as S
from . import values as V
from .values import Value

LOG_DIR = "undertrykking"  # per-section logs of the public edition, merged into LOG_FILE
LOG_FILE = "undertrykking.json"


@dataclass(frozen=True)
class Layout:
    """How a table adds up. Indices are into `Table.rows` and `Table.header`.

    `columns`: the count columns; `total_column`: the column holding each row's total (one of
    `columns`), `implied`: True if the row total also counts a column the table does not print
    (the decision table's cases without discrimination); `total_row`: the row of column totals;
    `fixed`: cells published elsewhere too (never hidden here unless small themselves);
    `whole_column_by`: a row whose small count hides the whole column (handling time: n).
    """

    columns: tuple[int, ...] = ()
    total_column: int | None = None
    implied: bool = False
    total_row: int | None = None
    fixed: tuple[tuple[int, int], ...] = ()
    whole_column_by: int | None = None
    external_row_totals: bool = False  # each row's total is published elsewhere, not here
    implied_rows: tuple[int, ...] = ()  # rows whose external total is printed nowhere


def publish(result, utgave: str | None, rule: S.Rule | None = None, *, district: str = ""):
    """The section result as `utgave` publishes it: the district's row notes attached
    (publish/notes.py), and for the public edition the checks and precision above."""
    utgave = settings.utgave(utgave)
    row_notes = notes.for_district(district) if district else {}
    if any(name in row_notes for name in result.tables):
        tables = {n: notes.attach(t, row_notes.get(n, [])) for n, t in result.tables.items()}
        result = dataclasses.replace(result, tables=tables)
    if utgave == settings.INTERN:
        return result
    rule = rule or S.rule()
    tables = {name: _public_table(t, rule) for name, t in result.tables.items()}
    vals = {key: _public_value(key, v, rule) for key, v in result.values.items()}
    out = dataclasses.replace(result, tables=tables, values=vals)
    out.utgave = settings.OFFENTLIG
    out.suppression_log = []  # nothing is hidden: the rounding's log is internal (register.py)
    return out


# ------------------------------------------------------------------- the public edition


def printed(raw: float, text: str, *, percent: bool) -> float:
    """`raw` rounded to the precision its printed `text` shows ("50,9 %": 0.509)."""
    digits = len(text.split(",", 1)[1].rstrip(" %\u00a0\u202f")) if "," in text else 0
    return float(fmt.round_half_up(raw, digits + (2 if percent else 0)))


def _precise(value, kind: str | None):
    """A value with no more precision than it prints; counts left as they are."""
    if not isinstance(value, Value) or not isinstance(value.raw, float):
        return value
    percent = kind in ("share", "change") or value.text.endswith("%")
    return Value(printed(value.raw, value.text, percent=percent), value.text)


def _small(value, rule: S.Rule) -> bool:
    return rule.is_small(_raw(value))


def _public_table(table, rule: S.Rule):
    """A table of the public edition: computed from the rounded cases (publish/protection.py),
    so no count is 1 .. min_count-1 (else an error: the section skipped the protection), every
    share at its printed precision, and the rounding note under it."""
    rows = []
    for row in table.rows:
        for cell in row[1:]:
            if _small(cell, rule) and not _is_float_cell(cell):
                raise KlagerapportError(
                    f"offentlig utgave: tabellen «{table.name}» har et tall under "
                    f"{rule.min_count} (avsnittet regnet ikke på de avrundede sakene)"
                )
        rows.append([_precise(c, None) for c in row])
    note = "\n\n".join(n for n in (table.note, rule.note) if n)
    return dataclasses.replace(table, rows=rows, note=note)


def _is_float_cell(cell) -> bool:
    return isinstance(cell, Value) and isinstance(cell.raw, float)


def _public_value(key: str, value, rule: S.Rule):
    """A value of the public edition; which values are counts comes from report/values.yml's
    `kind`, never from the key's name."""
    kind = contract.kind_of(key)
    if contract.counts_cases(key) and _small(value, rule):
        raise KlagerapportError(
            f"offentlig utgave: verdien «{key}» er under {rule.min_count} (avsnittet regnet "
            "ikke på de avrundede sakene)"
        )
    if contract.dates_a_case(key) and isinstance(value, Value) and value.raw is not None:
        raise KlagerapportError(
            f"offentlig utgave: verdien «{key}» er datoen for én enkelt klage og trykkes bare i "
            "den interne utgaven (docs/suppression.md, «Dates»)"
        )
    return _precise(value, kind)


def count(n: int | None, utgave: str | None, rule: S.Rule | None = None) -> Value:
    """A count outside any table as the utgave prints it (hidden if small in public)."""
    rule = rule or S.rule()
    if settings.utgave(utgave) == settings.OFFENTLIG and rule.is_small(n):
        return hidden(rule)
    return V.count(n)


def shown(cell) -> int | None:
    """A published count, or None for a hidden cell (or a label)."""
    return _raw(cell)


def hidden(rule: S.Rule) -> Value:
    return Value(None, rule.symbol)


def is_hidden(cell, rule: S.Rule | None = None) -> bool:
    symbol = (rule or S.rule()).symbol
    return isinstance(cell, Value) and cell.raw is None and cell.text == symbol


# ---------------------------------------------------------------------------------- tables


def _raw(cell) -> int | None:
    if isinstance(cell, Value) and isinstance(cell.raw, int) and not isinstance(cell.raw, bool):
        return cell.raw
    return None


# ---------------------------------------------------------------------------------- the log


def write_log(result, outdir: Path) -> list[Path]:
    """The section's log `undertrykking/<section>.json` (public edition only)."""
    if getattr(result, "utgave", settings.INTERN) != settings.OFFENTLIG:
        return []
    path = Path(outdir) / LOG_DIR / f"{result.section}.json"
    fsutil.write_text(path, json.dumps(result.suppression_log, ensure_ascii=False, indent=1))
    return [path]


def merge_log(run_dir: Path, sections: list[str]) -> dict:
    """Join the sections' logs into `undertrykking.json` with the rule. A section without a log
    did not publish through this module (a notebook that ignores `utgave`): an error."""
    folder = Path(run_dir) / LOG_DIR
    missing = [s for s in sections if not (folder / f"{s}.json").is_file()]
    if missing:
        raise KlagerapportError(
            "den offentlige utgaven mangler undertrykkingslogg for avsnitt "
            f"{', '.join(missing)}: notatboken må gi «utgave» videre til avsnittet"
        )
    rule = S.rule()
    entries = {}
    for s in sections:
        entries[s] = json.loads((folder / f"{s}.json").read_text(encoding="utf-8"))
    merged = {
        "utgave": settings.OFFENTLIG,
        "metode": "avrunding av små tall i de minste undergruppene (docs/suppression.md)",
        "regel": {
            "min_antall": rule.min_count,
            "undertrykk_null": rule.suppress_zero,
            "symbol": rule.symbol,
            "merknad": rule.note,
        },
        "avsnitt": entries,
    }
    fsutil.write_text(
        Path(run_dir) / LOG_FILE, json.dumps(merged, ensure_ascii=False, indent=1) + "\n"
    )
    return merged


def of_run(run_dir: Path) -> str:
    """The utgave a run was built as: offentlig if it has a suppression log, else intern."""
    return settings.OFFENTLIG if (Path(run_dir) / LOG_FILE).is_file() else settings.INTERN


def hidden_value_keys(run_dir: Path) -> set[str]:
    """The value keys the public edition hides (empty for the internal edition)."""
    file = Path(run_dir) / LOG_FILE
    if not file.is_file():
        return set()
    data = json.loads(file.read_text(encoding="utf-8"))
    return {
        e["verdi"] for entries in data.get("avsnitt", {}).values() for e in entries if "verdi" in e
    }


def small_numbers(edition: str) -> set[int]:
    """The counts `edition` never prints as such (1 .. min_count-1 in the public edition):
    its commentary may not type or say them (check/public.py). Empty for the internal one."""
    return set(range(1, S.rule().min_count)) if edition == settings.OFFENTLIG else set()
