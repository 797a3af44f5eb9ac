"""Finding the case table in what a reader returned: the header row below any title rows, the
sheet holding the case columns, the case rows between the header and a total row or the notes
at the bottom, and the cells of those rows that cannot be trusted.

Nothing is dropped without a note: a total row, notes below the table and ignored sheets are
named in the notes the user sees; cells that cannot be read exactly are problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import codes, fmt
from ..errors import Problem
from . import headers
from .cells import cell_text, is_excel_error, is_mojibake
from .table import RawTable, column_letter

HEADER_SEARCH = 30  # rows searched for the header
MIN_HEADER = 3  # contract columns a row must name to be taken as the header
SHOWN = 5  # header texts or rows named in one message
TITLE_CELLS = 2  # a first row with at most this many cells is shown (a title, not a case)


@dataclass
class Located:
    """The case rows of one table and the contract column of each position."""

    table: RawTable
    sheet: str | None  # as problems name it (every workbook's sheet; None for a CSV)
    header_row: int  # index into table.rows
    header: headers.Header
    cases: list[int] = field(default_factory=list)  # indices into table.rows


@dataclass
class Layout:
    located: list[Located] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cells: list[Problem] = field(default_factory=list)  # problems of single cells (in problems)
    # (sheet, row number, column) of every case cell inside a merged range -> the range's problem
    merged: dict[tuple[str | None, int, str], Problem] = field(default_factory=dict)


def _texts(row: list[object]) -> list[str]:
    return [cell_text(v) for v in row]


def _has(v: object) -> bool:
    """A cell holds something (fast: this runs for every cell)."""
    if v is None or v == "":
        return False
    return bool(v.strip()) if isinstance(v, str) else bool(cell_text(v))


def _filled(row: list[object]) -> int:
    return sum(1 for v in row if _has(v))


def find_header(table: RawTable) -> tuple[int, headers.Header]:
    """The row among the first HEADER_SEARCH that names the most contract columns."""
    best_row, best = 0, headers.Header()
    for i, row in enumerate(table.rows[:HEADER_SEARCH]):
        found = headers.match(row)
        if found.score > best.score:
            best_row, best = i, found
    return best_row, best


def _total_keys() -> set[str]:
    return {headers.header_key(t) for t in codes.total_rows()}


def _is_total(row: list[object], keys: set[str]) -> bool:
    first = next((v for v in row if _has(v)), "")
    return isinstance(first, str) and len(first) <= 30 and headers.header_key(first) in keys


def _is_note(row: list[object]) -> bool:
    filled = [v for v in row if _has(v)]
    return len(filled) == 1 and isinstance(filled[0], str) and " " in filled[0].strip()


def _is_header_again(row: list[object], located: Located) -> bool:
    """The header row repeated in the body (as exports repeat it on each page)."""
    header = located.table.rows[located.header_row]
    pos = min(located.header.mapping) if located.header.mapping else 0
    if pos >= len(row) or pos >= len(header) or cell_text(row[pos]) != cell_text(header[pos]):
        return False
    return headers.match(row).mapping == located.header.mapping


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:SHOWN])
    return shown + (" …" if len(numbers) > SHOWN else "")


def _span(numbers: list[int]) -> str:
    """'1–3' for consecutive rows, else the rows listed."""
    if len(numbers) > 1 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return _rows(numbers)


def case_rows(located: Located, name: str, problems: list[Problem], notes: list[str]) -> None:
    """Fill `located.cases`: the rows below the header, without blank rows, total rows and the
    notes under the table; every dropped non-blank row, and the rows above the header, are
    named in a note."""
    table, start = located.table, located.header_row + 1
    keys = _total_keys()
    place = name + (f", ark «{located.sheet}»" if located.sheet else "")
    filled = [i for i in range(start, len(table.rows)) if _filled(table.rows[i])]
    totals = [i for i in filled if _is_total(table.rows[i], keys)]
    repeats = [i for i in filled if _is_header_again(table.rows[i], located)]
    rest = [i for i in filled if i not in set(totals) | set(repeats)]
    # Notes: a block at the bottom of rows with one filled cell holding a sentence (text with a
    # space: not a lone case number or date), under a blank or total row.
    block = len(rest)
    while block > 0 and _is_note(table.rows[rest[block - 1]]):
        block -= 1
    notes_rows = []
    if block < len(rest):
        top = rest[block]
        above = top - 1
        if above < start or not _filled(table.rows[above]) or above in totals:
            notes_rows = rest[block:]
            rest = rest[:block]
    located.cases = rest
    if located.header_row:
        nums = table.numbers[: located.header_row]
        what = fmt.count(len(nums), "tittel- eller tom rad", "tittel- og tomme rader")
        notes.append(f"{place}: {what} over overskriften (rad {_span(nums)}) er hoppet over.")
    if totals:
        nums = [table.numbers[i] for i in totals]
        notes.append(
            f"{place}: {fmt.count(len(nums), 'sumrad', 'sumrader')} (rad {_rows(nums)}) "
            "er ikke lest som saker."
        )
    if repeats:
        nums = [table.numbers[i] for i in repeats]
        what = fmt.count(len(nums), "gjentatt overskriftsrad", "gjentatte overskriftsrader")
        notes.append(f"{place}: {what} (rad {_rows(nums)}) er ikke lest som saker.")
    if notes_rows:
        nums = [table.numbers[i] for i in notes_rows]
        notes.append(
            f"{place}: {fmt.count(len(nums), 'rad', 'rader')} under tabellen (rad {_rows(nums)}) "
            "er merknader og er ikke lest som saker."
        )
    if table.widths is not None:
        _check_widths(located, name, problems)


def _check_widths(located: Located, name: str, problems: list[Problem]) -> None:
    """CSV: every case row has as many fields as the header (empty extra fields are fine)."""
    table = located.table
    header = table.rows[located.header_row]
    full = len(header)
    needed = max(located.header.mapping) + 1 if located.header.mapping else full
    kept = []
    for i in located.cases:
        row = table.rows[i]
        used = len(row)
        while used and not row[used - 1]:
            used -= 1
        if len(row) < needed or used > full:
            problems.append(
                Problem(
                    name,
                    f"raden har {len(row)} felt, overskriften har {full}; et skilletegn mangler "
                    "eller er for mye, så verdiene havner i feil kolonne",
                    row=table.numbers[i],
                )
            )
        else:
            kept.append(i)
    located.cases = kept


def cell_problems(
    located: Located, name: str, merged: dict[tuple[str | None, int, str], Problem] | None = None
) -> list[Problem]:
    """Cells of case rows in contract columns that cannot be read exactly. `merged` is given
    every case cell inside a merged range, with the range's problem (the one problem of them)."""
    table, sheet = located.table, located.sheet
    out: list[Problem] = []
    rows = set(located.cases)
    for (r, c), flag in sorted(table.flags.items()):
        if r in rows and c in located.header.mapping:
            value = flag.value or f"celle {column_letter(c)}{table.numbers[r]}"
            out.append(
                Problem(
                    name,
                    flag.message,
                    row=table.numbers[r],
                    column=located.header.mapping[c],
                    value=value,
                    sheet=sheet,
                )
            )
    out += _merged_problems(located, name, {} if merged is None else merged)
    for pos, column in located.header.mapping.items():
        for r in located.cases:
            row = table.rows[r]
            value = row[pos] if pos < len(row) else None
            if not isinstance(value, str) or (value.isascii() and "#" not in value):
                continue
            text = value.strip()
            if is_excel_error(text):
                message = "Excel-feilverdi (formelen har feilet)"
            elif is_mojibake(text):
                message = (
                    "teksten er feil tegnkodet (UTF-8 lest som Windows-1252, f.eks. «Ã¸» for "
                    "«ø»); lagre filen på nytt med én tegnkoding"
                )
            else:
                continue
            out.append(
                Problem(name, message, row=table.numbers[r], column=column, value=text, sheet=sheet)
            )
    return out


def _merged_problems(
    located: Located, name: str, covered: dict[tuple[str | None, int, str], Problem]
) -> list[Problem]:
    """A merged range touching a case row in a contract column: only its first cell holds the
    value, every other cell reads as empty. Across a row (ground and discrimination merged) an
    empty code would be read as a valid one, so the range is an error wherever it lies in the
    case rows. Every case cell of the range goes into `covered`: its emptiness is this problem,
    not also "mangler verdi"."""
    table, mapping, rows = located.table, located.header.mapping, set(located.cases)
    out = []
    for r0, c0, r1, c1 in table.merged:
        hit = [r for r in range(r0, r1 + 1) if r in rows]
        cols = [c for c in range(c0, c1 + 1) if c in mapping]
        if not hit or not cols or (r1 == r0 and c1 == c0):
            continue
        ref = f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"  # sheet coordinates
        first = table.rows[r0][c0] if c0 < len(table.rows[r0]) else None
        emptied = [mapping[c] for c in cols if c != c0]
        if emptied:  # across columns: name the columns that lose their value
            lost = ", ".join(f"«{c}»" for c in emptied)
            what = f"cellene {ref} går over flere kolonner; {lost} leses som tom"
        elif r1 == r0:  # across columns, only the first of them a case column
            first_cell = f"{column_letter(c0)}{r0 + 1}"
            what = f"cellene {ref} går over flere kolonner; bare {first_cell} har verdien"
        else:
            what = f"cellene {ref} går over flere rader; bare rad {r0 + 1} har verdien"
        problem = Problem(
            name,
            f"sammenslåtte celler: {what}; del opp cellene og fyll ut hver celle",
            row=table.numbers[hit[0]],
            column=mapping[cols[0]],
            value=cell_text(first),
            sheet=located.sheet or table.sheet,
        )
        out.append(problem)
        for r in hit:
            for c in cols:
                covered[(problem.sheet, table.numbers[r], mapping[c])] = problem
    return out


def locate(tables: list[RawTable], skipped: list[tuple[str, str]], name: str) -> Layout:
    """The case tables of a file (one for a CSV, one or more sheets of a workbook)."""
    out = Layout()
    several = len(tables) + len(skipped) > 1
    found = []
    for table in tables:
        row, header = find_header(table)
        sheet = table.sheet  # named even in a one-sheet workbook; None for a CSV
        holds = header.score >= MIN_HEADER and any(_filled(r) for r in table.rows[row + 1 :])
        found.append((table, sheet, row, header, holds))
    with_cases = [f for f in found if f[4]]
    ignored = list(skipped)
    if not with_cases:
        out.problems += _no_table(found, name)
        return out
    columns = {frozenset(f[3].mapping.values()) for f in with_cases}
    if len(with_cases) > 1 and (len(columns) > 1 or any(f[3].missing for f in with_cases)):
        listed = "; ".join(
            f"«{f[0].sheet}» ({', '.join(sorted(set(f[3].mapping.values())))})" for f in with_cases
        )
        out.problems.append(
            Problem(
                name,
                "flere ark ser ut til å ha saker, men med ulike kolonner: "
                f"{listed}. Legg sakene i ett ark, eller gi arkene de samme kolonnene",
            )
        )
        return out
    for table, sheet, row, header, holds in found:
        if not holds:
            why = "tomt" if not any(_filled(r) for r in table.rows) else "har ikke saks-kolonnene"
            ignored.append((table.sheet or "", why))
            continue
        located = Located(table=table, sheet=sheet, header_row=row, header=header)
        out.problems += _header_problems(located, name)
        case_rows(located, name, out.problems, out.notes)
        cells = cell_problems(located, name, out.merged)
        out.problems += cells
        out.cells += cells
        out.located.append(located)
    if several:
        used = ", ".join(f"«{loc.table.sheet}»" for loc in out.located)
        text = f"{name}: leste {'arket' if len(out.located) == 1 else 'arkene'} {used}"
        if ignored:
            text += "; hoppet over " + ", ".join(f"«{s}» ({why})" for s, why in ignored)
        out.notes.insert(0, text + ".")
    return out


def _header_problems(located: Located, name: str) -> list[Problem]:
    header, sheet = located.header, located.sheet
    number = located.table.numbers[located.header_row] if located.table.numbers else 1
    problems = [
        Problem(name, "kolonnen finnes flere ganger", row=number, column=c, sheet=sheet)
        for c in header.duplicates
    ]
    allowed = "kolonnene " + ", ".join(c["name"] for c in codes.columns())
    for column in header.missing:
        guess = headers.near_miss(column, header.ignored)
        message = "mangler påkrevd kolonne"
        if guess:
            message += f" («{guess}» ligner på «{column}»)"
        problems.append(
            Problem(name, message, row=number, column=column, allowed=allowed, sheet=sheet)
        )
    return problems


def _no_table(found: list, name: str) -> list[Problem]:
    """No sheet has a header row with the case columns: say what the best candidate holds."""
    if not found:
        return [Problem(name, "arbeidsboken har ingen ark med en tabell")]
    table, sheet, row, header, _ = max(found, key=lambda f: f[3].score)
    if header.score >= MIN_HEADER:  # a header, but nothing below it
        located = Located(table=table, sheet=sheet, header_row=row, header=header)
        return [
            *_header_problems(located, name),
            Problem(name, "filen har en overskriftsrad, men ingen saker", sheet=sheet),
        ]
    first = next((i for i, r in enumerate(table.rows[:HEADER_SEARCH]) if _filled(r)), None)
    needed = ", ".join(headers.required())
    if first is None:
        return [Problem(name, "filen har ingen tabell (bare tomme rader)", sheet=sheet)]
    texts = [t for t in _texts(table.rows[first]) if t]
    if len(texts) <= TITLE_CELLS:  # a title row: safe and useful to show
        shown = "bare " + ", ".join(f"«{t[:40]}»" for t in texts)
    else:  # perhaps a case (a file without a header row): never echo a case's cells
        shown = (
            f"{len(texts)} utfylte celler, men ingen kjente kolonnenavn "
            "(mangler filen overskriftsraden?)"
        )
    hints = []
    # near misses among the header candidates (rows naming a column), never among case values
    candidates = [r for r in table.rows[:HEADER_SEARCH] if headers.match(r).score]
    for r in candidates or ([table.rows[first]] if len(texts) <= TITLE_CELLS else []):
        named = set(headers.match(r).mapping.values())  # no hint for a column the row names
        for column in headers.required():
            if column in named:
                continue
            guess = headers.near_miss(column, [t for t in _texts(r) if t])
            if guess and guess not in [h[0] for h in hints]:
                hints.append((guess, column))
    hint = "".join(f"; «{g}» ligner på «{c}»" for g, c in hints[:SHOWN])
    return [
        Problem(
            name,
            f"fant ingen overskriftsrad med saks-kolonnene ({needed}) i de første "
            f"{HEADER_SEARCH} radene; første utfylte rad (rad {table.numbers[first]}) har "
            f"{shown}{hint}",
            sheet=sheet,
        )
    ]
