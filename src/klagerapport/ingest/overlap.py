"""Overlapping yearly exports: a case still open at the end of one year's export appears again,
decided, in the next year's export. Such a case is one case, not a duplicate.

An export is a file, or one sheet of a workbook with one sheet per year. When the same case
number of the same district is in several exports of one `--data` (once per export) with the
same `mottatt`, one version is used: the decided one where only one is decided, else the one
from the last export (files in name order, sheets in workbook order). Any other repetition
(twice in one export, or a different `mottatt`) is left for `rules.duplicate_problems` to
report as an error; `changes` says which fields differ between the versions.
"""

from __future__ import annotations

import pandas as pd

from .. import fmt, paths, untrusted

SHOWN = 3
# Fields compared between the versions of a case, with the column holding the text as read.
# The unit is free text: only its column is named, never its value.
COMPARED = {
    "mottatt": "_mottatt_text",
    "avsluttet": "_avsluttet_text",
    "avgjorelse": "_avgjorelse_text",
    "grunnlag": "_grunnlag_text",
    "diskriminering": "_diskriminering_text",
    "enhet": None,
}


def keyed_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows with a case number, with their district's key `_d`, number `_n` and export
    `_x` (file and sheet)."""
    district = frame["distrikt"] if "distrikt" in frame else pd.Series("", index=frame.index)
    district = district.fillna("").astype(str)
    slugs = {u: paths.slug(u) for u in district.unique()}
    sheet = frame["_sheet"].fillna("").astype(str) if "_sheet" in frame else ""
    keyed = frame.assign(
        _d=district.map(slugs),
        _n=frame["saksnr"].fillna(""),
        _x=frame["_file"].astype(str) + "\x00" + sheet,
    )
    return keyed[keyed["_n"] != ""]


def where(row: pd.Series, names: list[str]) -> str:
    """'rad 3 i ark «2019» i eksport.xlsx' (no sheet for a CSV)."""
    sheet = row.get("_sheet")
    in_sheet = f" i ark «{sheet}»" if isinstance(sheet, str) and sheet else ""
    return f"rad {int(row['_row'])}{in_sheet} i {names[int(row['_file'])]}"


def in_several_exports(group: pd.DataFrame) -> bool:
    """Every version of the case is in an export of its own."""
    return "_x" in group and group["_x"].nunique() == len(group) > 1


def changed_fields(group: pd.DataFrame) -> list[str]:
    """The fields whose value differs between the versions of one case, in COMPARED's order
    (the blocking `mottatt` first)."""
    return [field for field in COMPARED if field in group and _differs(group[field])]


def _differs(values: pd.Series) -> bool:
    """More than one value, a missing one (NaN, NaT, None) counted as one value."""
    return values.astype(object).where(values.notna(), None).nunique(dropna=False) > 1


def changes(group: pd.DataFrame, names: list[str]) -> str:
    """What differs between the versions of one case in several exports: each changed field
    with its value in each export ('mottatt er «2019-01-01» i rad 2 i a.csv og «2019-01-02» i
    rad 2 i b.csv'), the blocking `mottatt` first; '' if nothing differs."""
    said = []
    for field in changed_fields(group):
        text = COMPARED[field]
        if text is None or text not in group:
            said.append(f"{field} er ulik")
            continue
        shown = " og ".join(
            f"«{untrusted.shown(str(row[text] or '(tom)'))}» i {where(row, names)}"
            for _, row in group.iterrows()
        )
        said.append(f"{field} er {shown}")
    return "; ".join(said)


def resolve(frame: pd.DataFrame, names: list[str]) -> tuple[pd.DataFrame, list[str]]:
    """The frame with one row per overlapping case, and a note saying what was used."""
    if "saksnr" not in frame or "mottatt" not in frame or "_file" not in frame:
        return frame, []
    keyed = keyed_rows(frame)
    dups = keyed[keyed.duplicated(["_d", "_n"], keep=False)]
    if dups.empty:
        return frame, []
    groups = dups.groupby(["_d", "_n"], sort=False)
    size = groups["_n"].transform("size")
    one_per_export = groups["_x"].transform("nunique") == size
    dated = groups["mottatt"].transform(lambda s: s.notna().all()).astype(bool)
    same_date = groups["mottatt"].transform("nunique") == 1
    mergeable = dups[one_per_export & dated & same_date]
    if mergeable.empty:
        return frame, []
    closed = mergeable.get("_closed", False)
    # Rows are in file order, and a workbook's sheets in workbook order: the stable sort keeps
    # that order among versions equally decided, so the last is the last export's.
    ordered = mergeable.assign(_c=closed).sort_values("_c", kind="stable")
    winners = ordered.groupby(["_d", "_n"], sort=False).tail(1)
    dropped = mergeable.index.difference(winners.index)
    n = len(winners)
    examples = []
    for _, group in mergeable.groupby(["_d", "_n"], sort=False):
        examples.append(" og ".join(where(r, names) for _, r in group.iterrows()))
        if len(examples) == SHOWN:
            break
    more = " …" if n > SHOWN else ""
    note = (
        f"{fmt.count(n, 'sak', 'saker')} fantes i flere eksporter (samme saksnummer, distrikt og "
        "mottatt-dato); for hver er én versjon brukt: den avsluttede, eller den fra den siste "
        f"filen (det siste arket). F.eks. {'; '.join(examples)}{more or '.'}"
    )
    return frame.drop(index=dropped), [note]
