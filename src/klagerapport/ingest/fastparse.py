"""The fast path's checks and parsing (see `fastcsv`): every rule of layout, parse and rules
that could reject a row of a clean CSV file, over whole columns.

A column of codes, districts or dates holds few distinct values, so each distinct value is
checked and parsed once by the validator's own functions (`parse.parse_dates`,
`parse.decision_spellings`, `districts.find`, ...) and the rows take the result by index. Any
finding is returned as a reason string: the validator then reads the file and words the
message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .. import codes, districts, paths, untrusted
from . import contract, headers, parse
from .cells import is_excel_error, is_mojibake
from .read import SourceFile

if TYPE_CHECKING:
    from .fastcsv import Part

# saksnr that needs no look: printable ASCII without spaces at either end (so neither stripping,
# mojibake nor an Excel error value, which starts with '#', can apply).
_PLAIN = r"^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$"


@dataclass
class Column:
    """A column as its distinct (stripped) texts and, per row, the position of its text."""

    values: list[str]
    index: np.ndarray

    @classmethod
    def of(cls, chunked: pa.ChunkedArray) -> Column:
        """From a dictionary-encoded column whose chunks share one dictionary."""
        if chunked.num_chunks == 0:
            return cls([], np.zeros(0, dtype=np.int32))
        stripped = [v.strip() for v in chunked.chunk(0).dictionary.to_pylist()]
        values = list(dict.fromkeys(stripped))
        where = {t: i for i, t in enumerate(values)}
        remap = np.array([where[t] for t in stripped], dtype=np.int32)
        index = np.concatenate([c.indices.to_numpy(zero_copy_only=False) for c in chunked.chunks])
        return cls(values, remap[index])

    def flags(self, test: Callable[[str], bool]) -> np.ndarray:
        """`test` of each row's text, computed once per distinct text."""
        return np.array([bool(test(v)) for v in self.values], dtype=bool)[self.index]

    def any(self, test: Callable[[str], bool]) -> bool:
        return any(test(v) for v in self.values)

    def strings(self, per_value: Sequence[str | None]) -> pd.Series:
        """A pandas string column of each row's value in `per_value` (None: missing)."""
        dictionary = pa.array(per_value, pa.large_string())
        mask = np.array([v is None for v in per_value], dtype=bool)[self.index]
        encoded = pa.DictionaryArray.from_arrays(pa.array(self.index, mask=mask), dictionary)
        column = pa.chunked_array([encoded.cast(pa.large_string())])
        return pd.Series(pd.arrays.ArrowStringArray(column), dtype="string")


def _bad_cell(text: str) -> bool:
    """What `layout.cell_problems` reports: an Excel error value or mojibake."""
    if text.isascii() and "#" not in text:
        return False
    return is_excel_error(text) or is_mojibake(text)


def _total_key(text: str, keys: set[str]) -> bool:
    return len(text) <= 30 and headers.header_key(text) in keys


def _saksnr_reason(saksnr: pa.ChunkedArray, first: bool, head: str, keys: set[str]) -> str | None:
    """saksnr: filled, needs no stripping, no bad cell; as the first column, no total row and no
    repeated header."""
    plain = pc.match_substring_regex(saksnr, _PLAIN)
    odd = saksnr.filter(pc.invert(plain)).unique().to_pylist()
    for v in odd:
        if v.strip() != v or not v or _bad_cell(v):
            return "saksnr: tom, med mellomrom eller en celle som ikke kan leses"
    hashed = saksnr.filter(pc.match_substring(saksnr, "#")).unique().to_pylist()
    if any(_bad_cell(v) for v in hashed):
        return "saksnr: Excel-feilverdi"
    if first:
        if any(ch.isdigit() for k in keys for ch in k):
            candidates = saksnr.unique().to_pylist()
        else:  # a text with a digit is never a total row's label
            no_digit = pc.invert(pc.match_substring_regex(saksnr, r"[0-9]"))
            candidates = saksnr.filter(no_digit).unique().to_pylist()
        if any(_total_key(v, keys) for v in candidates):
            return "en sumrad"
        if pc.any(pc.equal(saksnr, head)).as_py():
            return "gjentatt overskriftsrad"
    return None


def _label_ok(text: str) -> bool:
    """Whether a label passes the validator's rules (after `parse.label_text`)."""
    text = untrusted.one_space(text)
    return not untrusted.has_control(text) and len(text) <= parse.MAX_LABEL


def check_part(part: Part) -> tuple[pd.DataFrame, np.ndarray] | str:
    """The parsed frame of one file (the canonical columns it has) and each row's district
    key for the duplicate check, or the reason to leave the file to the validator."""
    cols = part.columns
    keys = {headers.header_key(t) for t in codes.total_rows()}
    why = _saksnr_reason(part.saksnr, part.first == "saksnr", part.head, keys)
    if why:
        return why
    for name, col in cols.items():
        if col.any(_bad_cell):
            return f"{name}: Excel-feilverdi eller feil tegnkoding"
        if name == part.first and (
            col.any(lambda v: _total_key(v, keys)) or part.head in col.values
        ):
            return "en sumrad eller gjentatt overskriftsrad"
    out = {}
    # distrikt: filled, known, one line of text
    dist = cols["distrikt"]
    found = [districts.find(v) if v else None for v in dist.values]
    if any(d is None for d in found) or not all(_label_ok(v) for v in dist.values):
        return "distrikt: tom, ukjent eller med kontrolltegn"
    names = [d.name for d in found]
    out["distrikt"] = dist.strings(names)
    order = {d.name: i for i, d in enumerate(districts.all_districts())}
    district_key = np.array([order[n] for n in names], dtype=np.int32)[dist.index]
    # dates: parsed once per distinct text; only plain dates (and an empty avsluttet) pass
    dates = {}
    for name in contract.DATE_COLUMNS:
        col = cols[name]
        parsed, status = parse.parse_dates(pd.Series(col.values, dtype=object))
        allowed = {"ok", "empty"} if name == "avsluttet" else {"ok"}
        if not set(status).issubset(allowed):
            return f"{name}: dato som ikke er en vanlig dato"
        dates[name] = parsed.to_numpy()[col.index]
        out[name] = dates[name]
    closed = cols["avsluttet"].flags(lambda v: v != "")
    if (dates["avsluttet"] < dates["mottatt"]).any():
        return "avsluttet før mottatt"
    # avgjorelse: a known decision exactly when the case is closed ("Under behandling" or empty
    # when open)
    dec = cols["avgjorelse"]
    open_key = paths.slug(codes.open_label())
    spellings = parse.decision_spellings()
    is_open = [parse.spelling_key(v) == open_key for v in dec.values]
    decision = [
        None if o else spellings.get(parse.spelling_key(v))
        for v, o in zip(dec.values, is_open, strict=True)
    ]
    has = np.array([bool(v) and not o for v, o in zip(dec.values, is_open, strict=True)])
    known = np.array([d is not None for d in decision])
    if (has & ~known).any() or not np.array_equal(has[dec.index], closed):
        return "avgjorelse: ukjent, eller passer ikke med avsluttet"
    out["avgjorelse"] = dec.strings(decision)
    # grunnlag, diskriminering: known codes
    grounds = parse.ground_spellings()
    ground = [grounds.get(parse.ground_key(v)) if v else None for v in cols["grunnlag"].values]
    disc_table = parse.discrimination_spellings()
    disc = [disc_table.get(parse.spelling_key(v)) for v in cols["diskriminering"].values]
    if None in ground or None in disc:
        return "grunnlag eller diskriminering: tom eller ukjent"
    out["grunnlag"] = cols["grunnlag"].strings(ground)
    out["diskriminering"] = cols["diskriminering"].strings(disc)
    if "enhet" in cols:
        unit = cols["enhet"]
        if not all(_label_ok(v) for v in unit.values):
            return "enhet: kontrolltegn eller for lang"
        names = [untrusted.one_space(v) for v in unit.values]
        out["enhet"] = unit.strings([v or None for v in names])
    return pd.DataFrame(out), district_key


def _repeated(district: np.ndarray, saksnr: pa.ChunkedArray) -> bool:
    """Whether a (district, saksnr) pair is there twice: sorted, then compared with the next
    row (a sort needs far less memory than a hash table of a million case numbers)."""
    if len(district) < 2:
        return False
    pairs = pa.table({"d": district, "n": saksnr})
    order = pc.sort_indices(pairs, sort_keys=[("d", "ascending"), ("n", "ascending")])
    d = pairs["d"].to_numpy()[order.to_numpy()]
    n = pairs["n"].take(order).combine_chunks()
    same = pc.equal(n.slice(1), n.slice(0, len(n) - 1)).to_numpy(zero_copy_only=False)
    return bool((same & (d[1:] == d[:-1])).any())


def build(parts: list[Part]) -> tuple[pd.DataFrame, list[SourceFile]] | str:
    """The canonical frame of every file, or the reason to leave them to the validator."""
    frames, keys, numbers = [], [], []
    for part in parts:
        checked = check_part(part)
        if isinstance(checked, str):
            return f"{part.source.name}: {checked}"
        frames.append(checked[0])
        keys.append(checked[1])
        numbers.append(part.saksnr)
    # A case number once per district (also across files: overlapping exports are the
    # validator's to resolve, with its note).
    saksnr = pa.chunked_array([c for n in numbers for c in n.chunks], pa.string())
    if _repeated(np.concatenate(keys), saksnr):
        return "et saksnummer finnes flere ganger i et distrikt"
    frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    return contract.canonical(frame), [p.source for p in parts]
