"""The two utgaver (editions) of a run: *intern* (everything, for POD) and *offentlig* (for the
web).

`publish(result, utgave)` returns the section's result as the utgave publishes it. The
internal edition is the result unchanged. The public edition passes every table through
`suppression.protect` (with the table's relations: rows, columns, totals), prints a hidden cell
as the rule's symbol, puts the rule's note under each table with a hidden cell, hides every value
the commentary could quote that is a hidden cell or would give one away (its share, a sum it is
part of), and logs each hidden cell and value (where and why, never the number).

Each table says how it adds up in its `layout` (see `Layout`); `cell_keys` ties a cell to the
value keys that quote it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from .. import fsutil, settings
from ..errors import KlagerapportError
from . import notes
from . import suppression as S
from . import values as V
from .values import Value

LOG_DIR = "undertrykking"  # per-section logs of the public edition, merged into LOG_FILE
LOG_FILE = "undertrykking.json"
VIRTUAL = "v"  # the column key of a column implied by the others (total minus the rest)
EXTERNAL = "t"  # the column key of row totals published elsewhere

# Keys whose integer values are not counts of cases (never suppressed as small numbers).
NOT_COUNTS = ("year.", "development.years", "handling_days.deadline", "comparison.districts")
# Sentences and words comparing this year's handling time with last year's: they quote last
# year's mean, so they go with either year's count.
COMPARISONS = ("handling_days.change_word", "handling_days.change_sentence")
NO_COMPARISON = "(ingen sammenligning: for få saker)"
# A value derived from others: hidden when any of them is hidden.
DERIVED = {
    "received.change": ("received.total", "received.minus1"),
    "decided.change": ("decided.total", "decided.minus1"),
    "grounds.adferd_saksbehandling.count": ("grounds.adferd.count", "grounds.saksbehandling.count"),
    "grounds.adferd_saksbehandling.share": ("grounds.adferd.count", "grounds.saksbehandling.count"),
}


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


@dataclass
class Published:
    """What the edition did to one section: the log lines (no values)."""

    log: list[dict] = field(default_factory=list)
    hidden_keys: dict[str, str] = field(default_factory=dict)  # value key -> why


def publish(result, utgave: str | None, rule: S.Rule | None = None, *, district: str = ""):
    """The section result as `utgave` publishes it: the district's row notes attached
    (publish/notes.py), and for the public edition every number suppressed as needed."""
    utgave = settings.utgave(utgave)
    row_notes = notes.for_district(district) if district else {}
    if any(name in row_notes for name in result.tables):
        tables = {n: notes.attach(t, row_notes.get(n, [])) for n, t in result.tables.items()}
        result = dataclasses.replace(result, tables=tables)
    if utgave == settings.INTERN:
        return result
    rule = rule or S.rule()
    done = Published()
    tables = {name: _table(t, rule, done) for name, t in result.tables.items()}
    vals = _values(result.values, rule, done)
    out = dataclasses.replace(result, tables=tables, values=vals)
    out.utgave = settings.OFFENTLIG
    out.suppression_log = done.log
    return out


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


def model(table):
    """(values, relations, unpublished, fixed) of a table under its layout."""
    layout: Layout = table.layout or Layout()
    if layout.whole_column_by is not None:
        return {}, [], set(), set()
    columns = list(layout.columns) or [
        c for c in range(1, len(table.header)) if any(_raw(r[c]) is not None for r in table.rows)
    ]
    n_rows = len(table.rows)
    body = [r for r in range(n_rows) if r != layout.total_row]
    values: dict = {}
    for r in range(n_rows):
        for c in columns:
            n = _raw(table.rows[r][c])
            if n is not None:
                values[(r, c)] = n
    unpublished: set = set()
    if layout.implied and layout.total_column is not None:
        parts = [c for c in columns if c != layout.total_column]
        for r in range(n_rows):
            cells = [(r, c) for c in [layout.total_column, *parts]]
            if all(k in values for k in cells):
                values[(r, VIRTUAL)] = values[cells[0]] - sum(values[k] for k in cells[1:])
                unpublished.add((r, VIRTUAL))
    relations = []
    fixed = {k for k in layout.fixed if k in values}
    if layout.external_row_totals:
        for r in range(n_rows):
            parts = [(r, c) for c in columns]
            if all(k in values for k in parts):
                values[(r, EXTERNAL)] = sum(values[k] for k in parts)
                if r in layout.implied_rows:
                    unpublished.add((r, EXTERNAL))
                else:
                    fixed.add((r, EXTERNAL))
                relations.append(S.Relation((r, EXTERNAL), tuple(parts)))
    if layout.total_column is not None:
        for r in range(n_rows):
            parts = [(r, c) for c in columns if c != layout.total_column]
            if layout.implied:
                parts.append((r, VIRTUAL))
            if (r, layout.total_column) in values and all(k in values for k in parts):
                relations.append(S.Relation((r, layout.total_column), tuple(parts)))
    if layout.total_row is not None:
        all_columns = [
            *columns,
            *([VIRTUAL] if layout.implied else []),
            *([EXTERNAL] if layout.external_row_totals else []),
        ]
        for c in all_columns:
            parts = [(r, c) for r in body]
            if (layout.total_row, c) in values and all(k in values for k in parts):
                relations.append(S.Relation((layout.total_row, c), tuple(parts)))
    return values, relations, unpublished, fixed


def flags_of(table, rule: S.Rule) -> dict:
    """{(row, column): PRIMARY | SECONDARY} of the table's printed cells."""
    layout: Layout = table.layout or Layout()
    if layout.whole_column_by is not None:
        r = layout.whole_column_by
        out = {}
        for c in range(1, len(table.header)):
            if rule.is_small(_raw(table.rows[r][c])):
                for rr in range(len(table.rows)):
                    if isinstance(table.rows[rr][c], Value) and table.rows[rr][c].raw is not None:
                        out[(rr, c)] = S.PRIMARY if rr == r else S.SECONDARY
        return out
    values, relations, unpublished, fixed = model(table)
    flags = S.protect(values, relations, rule, unpublished=unpublished, fixed=fixed)
    return {k: f for k, f in flags.items() if k[1] not in (VIRTUAL, EXTERNAL)}


def _table(table, rule: S.Rule, done: Published):
    flags = flags_of(table, rule)
    if not flags:
        return table
    rows = [list(row) for row in table.rows]
    for (r, c), why in sorted(flags.items()):
        rows[r][c] = hidden(rule)
        label = rows[r][0] if isinstance(rows[r][0], str) else rows[r][0].text
        done.log.append(
            {"tabell": table.name, "rad": label, "kolonne": table.header[c], "grunn": why}
        )
        for key in table.cell_keys.get((r, c), ()):
            done.hidden_keys[key] = why
    note = "\n\n".join(n for n in (table.note, rule.note) if n)
    return dataclasses.replace(table, rows=rows, note=note)


# ---------------------------------------------------------------------------------- values


def _is_count_key(key: str) -> bool:
    return not key.startswith(NOT_COUNTS) and not key.endswith("_year")


def _value_relations(vals: dict[str, Value]) -> list[S.Relation]:
    """Relations among quoted values that no table prints: last year's decisions."""
    rels = []
    if _raw(vals.get("decisions.minus1_total")) is not None:
        parts = tuple(k for k in vals if k.startswith("decisions.") and k.endswith(".minus1"))
        if parts and all(_raw(vals[k]) is not None for k in parts):
            rels.append(S.Relation("decisions.minus1_total", parts))
    return rels


def _values(vals: dict[str, Value], rule: S.Rule, done: Published) -> dict[str, Value]:
    why: dict[str, str] = {k: r for k, r in done.hidden_keys.items() if k in vals}
    for key, value in vals.items():
        if _is_count_key(key) and rule.is_small(_raw(value)):
            why[key] = S.PRIMARY
    for rel in _value_relations(vals):
        counts = {k: _raw(vals[k]) for k in rel.cells}
        found = S.protect(counts, [rel], rule, fixed=[rel.total])
        for key, reason in found.items():
            why.setdefault(key, reason)
    changed = True
    while changed:  # shares and sums of hidden counts
        changed = False
        for key in vals:
            if key in why:
                continue
            sources = list(DERIVED.get(key, ()))
            if key.endswith(".share"):
                sources.append(key[: -len(".share")] + ".count")
            if key.endswith("_share"):
                sources.append(key[: -len("_share")])
            if key.startswith("handling_days.") and key != "handling_days.deadline":
                if key.endswith("_minus1") or key in COMPARISONS:
                    sources.append("handling_days.n_minus1")
                if not key.endswith("_minus1"):
                    sources.append("handling_days.n")
            if any(s in why for s in sources):
                why[key] = S.SECONDARY
                changed = True
    out = dict(vals)
    for key in sorted(why):
        out[key] = V.word(NO_COMPARISON) if key in COMPARISONS else hidden(rule)
        done.log.append({"verdi": key, "grunn": why[key]})
    if "received.open" in why and "received.all_decided_sentence" in out:
        text = out["received.all_decided_sentence"].text
        number = vals["received.open"].text
        if text.startswith(number + " "):
            out["received.all_decided_sentence"] = V.word(rule.symbol + text[len(number) :])
    return out


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


def hidden_value_keys(run_dir: Path) -> set[str]:
    """The value keys the public edition hides (empty for the internal edition)."""
    file = Path(run_dir) / LOG_FILE
    if not file.is_file():
        return set()
    data = json.loads(file.read_text(encoding="utf-8"))
    return {
        e["verdi"] for entries in data.get("avsnitt", {}).values() for e in entries if "verdi" in e
    }
