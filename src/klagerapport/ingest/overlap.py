"""Overlapping yearly exports: a case still open at the end of one year's export appears again,
decided, in the next year's export. Such a case is one case, not a duplicate.

When the same case number of the same district is in several files of one `--data` folder,
once per file, with the same `mottatt`, one version is used: the decided one where only one is
decided, else the one from the last file (in name order). Any other repetition (twice in one
file, or a different `mottatt`) is left for `rules.duplicate_problems` to report as an error.
"""

from __future__ import annotations

import pandas as pd

from .. import fmt, paths

SHOWN = 3


def resolve(frame: pd.DataFrame, names: list[str]) -> tuple[pd.DataFrame, list[str]]:
    """The frame with one row per overlapping case, and a note saying what was used."""
    if "saksnr" not in frame or "mottatt" not in frame or "_file" not in frame:
        return frame, []
    district = frame["distrikt"] if "distrikt" in frame else pd.Series("", index=frame.index)
    district = district.fillna("").astype(str)
    slugs = {u: paths.slug(u) for u in district.unique()}
    keyed = frame.assign(_d=district.map(slugs), _n=frame["saksnr"].fillna(""))
    keyed = keyed[keyed["_n"] != ""]
    dups = keyed[keyed.duplicated(["_d", "_n"], keep=False)]
    if dups.empty:
        return frame, []
    groups = dups.groupby(["_d", "_n"], sort=False)
    size = groups["_n"].transform("size")
    one_per_file = groups["_file"].transform("nunique") == size
    dated = groups["mottatt"].transform(lambda s: s.notna().all()).astype(bool)
    same_date = groups["mottatt"].transform("nunique") == 1
    mergeable = dups[one_per_file & dated & same_date]
    if mergeable.empty:
        return frame, []
    closed = mergeable.get("_closed", False)
    ordered = mergeable.assign(_c=closed).sort_values(["_c", "_file"], kind="stable")
    winners = ordered.groupby(["_d", "_n"], sort=False).tail(1)
    dropped = mergeable.index.difference(winners.index)
    n = len(winners)
    examples = []
    for _, group in ordered.groupby(["_d", "_n"], sort=False):
        where = [f"rad {int(r['_row'])} i {names[int(r['_file'])]}" for _, r in group.iterrows()]
        examples.append(" og ".join(where))
        if len(examples) == SHOWN:
            break
    more = " …" if n > SHOWN else ""
    note = (
        f"{fmt.count(n, 'sak', 'saker')} fantes i flere eksporter (samme saksnummer, distrikt og "
        "mottatt-dato); for hver er én versjon brukt: den avsluttede, eller den fra den siste "
        f"filen. F.eks. {'; '.join(examples)}{more or '.'}"
    )
    return frame.drop(index=dropped), [note]
