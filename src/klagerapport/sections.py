"""One function per report section: `name(cases, *, year, district, **options) -> SectionResult`.

A `SectionResult` holds the section's tables, figures and quoted values, and writes them as the
run's artifacts (`save`) or shows them in a notebook (`show`). Only aggregates: counts, shares,
days, dates, years and unit names. Options a section does not use are ignored.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from . import codes, figures, fmt, tables
from . import values as V
from .errors import KlagerapportError
from .publish import edition as E
from .tables import ANNEN, ETNISK
from .values import Value

# Labels of the form's tables (used only here; the CSV headers carry them onward).
DECISION_HEADER = (
    "Avgjørelseskode",
    "Sum antall behandlede klager",
    "Herav klager m etnisk diskriminering",
    "Herav klager med annen diskriminering",
)
TOTAL_LABEL = "Total"
GROUND_FIRST_HEADER = "Antall saker"
SUM_LABEL = "SUM"
UNIT_SUM_LABEL = "Sum"
UNIT_MISSING = "Ikke oppgitt"
STILL_OPEN_TEXT = "ikke alle avsluttet"
YEARS_BACK = 12  # year.minus1 … year.minus12
ETNISK_YEARS_BACK = 8  # discrimination.etnisk.decided_minus1 … minus8
COUNT_AXIS = "Antall klagesaker"

Cell = str | Value


@dataclass
class Table:
    """A table: a header and rows of cells; a cell is a label (str) or a Value (raw + text)."""

    name: str
    caption: str
    header: list[str]
    rows: list[list[Cell]]
    note: str = ""  # printed under the table (the public edition's suppression rule)
    layout: E.Layout | None = None  # how the table adds up (for suppression)
    cell_keys: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)

    def raw_rows(self) -> list[list]:
        return [[c if isinstance(c, str) else c.raw for c in row] for row in self.rows]

    def text_rows(self) -> list[list[str]]:
        return [[c if isinstance(c, str) else c.text for c in row] for row in self.rows]

    def frame(self) -> pd.DataFrame:
        """The raw numbers as a frame (for notebooks and the spreadsheet)."""
        return pd.DataFrame(self.raw_rows(), columns=self.header)

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(self.header)
        for row in self.rows:
            writer.writerow([_csv_cell(c) for c in row])
        return buf.getvalue()

    def to_markdown(self) -> str:
        def cell(text: str) -> str:
            return text.replace("|", "\\|")

        lines = ["| " + " | ".join(cell(h) for h in self.header) + " |"]
        lines.append("|" + "|".join([":---"] + ["---:"] * (len(self.header) - 1)) + "|")
        lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in self.text_rows()]
        text = "\n".join(lines) + f"\n\n: {self.caption} {{#tbl-{self.name}}}\n"
        if self.note:
            text += f"\n::: {{.tabellnote}}\n{self.note}\n:::\n"
        return text


def _csv_cell(cell: Cell) -> object:
    """A CSV cell: the label, the raw number, a hidden cell's symbol, or empty for no data."""
    if isinstance(cell, str):
        return cell
    if cell.raw is None:
        return "" if cell.text == V.MISSING_TEXT else cell.text
    return cell.raw


@dataclass
class Chart:
    """A figure with its caption and its text alternative."""

    figure: Figure
    caption: str
    alt: str

    def to_markdown(self, name: str) -> str:
        alt = self.alt.replace("\\", "\\\\").replace('"', '\\"')
        return f'![{self.caption}](figures/{name}.svg){{#fig-{name} fig-alt="{alt}"}}\n'


@dataclass
class SectionResult:
    section: str
    tables: dict[str, Table] = field(default_factory=dict)
    charts: dict[str, Chart] = field(default_factory=dict)
    values: dict[str, Value] = field(default_factory=dict)
    edition: str = "intern"
    suppression_log: list[dict] = field(default_factory=list)

    @property
    def figures(self) -> dict[str, Figure]:
        return {name: chart.figure for name, chart in self.charts.items()}

    def save(self, outdir: Path) -> list[Path]:
        """Write tables/, figures/ and values/<section>.json under `outdir`; the paths written."""
        outdir = Path(outdir)
        written = []
        for name, table in self.tables.items():
            for suffix, text in (("csv", table.to_csv()), ("md", table.to_markdown())):
                path = outdir / "tables" / f"{name}.{suffix}"
                V.write_atomic(path, text)
                written.append(path)
        for name, chart in self.charts.items():
            written += figures.save(chart.figure, outdir / "figures", name)
            path = outdir / "figures" / f"{name}.md"
            V.write_atomic(path, chart.to_markdown(name))
            written.append(path)
        path = outdir / "values" / f"{self.section}.json"
        V.write_section(self.values, path)
        written.append(path)
        written += E.write_log(self, outdir)
        return written

    def show(self) -> None:
        """Display the tables, figures and values in a notebook (aggregates only)."""
        from IPython.display import SVG, Markdown, display

        for table in self.tables.values():
            display(Markdown(table.to_markdown()))
        for chart in self.charts.values():
            display(Markdown(f"**{chart.caption}**"))
            display(SVG(figures.render(chart.figure, "svg")))
        lines = ["| nøkkel | tekst |", "|:---|:---|"]
        lines += [f"| `{k}` | {v.text} |" for k, v in sorted(self.values.items())]
        display(Markdown("\n".join(lines)))


# ---------------------------------------------------------------- helpers


def _start(cases: pd.DataFrame, district: str) -> pd.DataFrame:
    return tables.for_district(cases, district)


def _district_name(district: str) -> str:
    return f"{district} politidistrikt"


def _share(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return part / whole


def _rounded(x: float | None, digits: int) -> float | None:
    return None if x is None else float(fmt.round_half_up(x, digits))


def _prev_count(cases: pd.DataFrame, year: int, func) -> int | None:
    return func(cases, year) if tables.has_year(cases, year) else None


def _days_value(x: float | None) -> Value:
    """Days: one decimal, raw rounded half-up like the text ('16,7'); a whole median reads '14'."""
    if x is None:
        return V.MISSING
    if float(x).is_integer():
        return Value(float(x), fmt.integer(int(x)))
    return V.decimal(_rounded(x, 1))


def _listing(pairs: Sequence[tuple[str, int]]) -> str:
    return ", ".join(f"{label} {fmt.integer(n)}" for label, n in pairs)


def _cells_listing(pairs: Sequence[tuple[str, Cell]]) -> str:
    """'Adferd 75, Maktmisbruk :' from published cells (a hidden one shows its symbol)."""
    return ", ".join(f"{label} {c if isinstance(c, str) else c.text}" for label, c in pairs)


def _shown(cell: Cell) -> int | None:
    """A published count, or None for a hidden cell."""
    if isinstance(cell, Value) and isinstance(cell.raw, int):
        return cell.raw
    return None


# ---------------------------------------------------------------- 1 received


def _all_decided_sentence(year: int, still_open: int, last: dt.date | None) -> str:
    """The form's line under the totals: all decided by a date, or how many are still open."""
    if still_open:
        return (
            f"{fmt.integer(still_open)} av klagene mottatt i {year} var fortsatt under behandling."
        )
    if last is None:
        return f"Ingen klager ble mottatt i {year}."
    return f"Samtlige klager mottatt i {year} var ferdigbehandlet {fmt.date(last)}."


def _handling_change_sentence(year: int, mean: float | None, mean_prev: float | None) -> str:
    """'(en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)', or '(ingen tidligere data)'."""
    word = tables.change_word(mean, mean_prev)
    if word == tables.NO_PREVIOUS:
        return f"({word})"
    if word == "uendret":
        return f"(uendret fra {year - 1})"
    return f"(en {word} fra {year - 1} da gjennomsnittet lå på {fmt.decimal(mean_prev)} dager)"


def received(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Received and decided totals, open cases, change from last year, rank, all-decided date."""
    cases = _start(cases, district)
    vals: dict[str, Value] = {"district": V.word(district), "year.current": V.year(year)}
    for k in range(1, YEARS_BACK + 1):
        vals[f"year.minus{k}"] = V.year(year - k)
    vals["year.next"] = V.year(year + 1)

    total = tables.received_count(cases, year)
    prev = _prev_count(cases, year - 1, tables.received_count)
    vals["received.total"] = V.count(total)
    vals["received.minus1"] = V.count(prev)
    vals["received.change"] = V.share(tables.change(total, prev))
    vals["received.change_word"] = V.word(tables.change_word(total, prev))
    vals["received.open"] = V.count(tables.open_count(cases, year))
    last = tables.all_decided_by(cases, year)
    still_open = tables.open_count(cases, year)
    if last is None and total and still_open:
        vals["received.all_decided_by"] = Value(None, STILL_OPEN_TEXT)
    else:
        vals["received.all_decided_by"] = V.date(last)
    vals["received.all_decided_sentence"] = V.word(_all_decided_sentence(year, still_open, last))

    series = tables.decided_per_year(cases, year)
    dec = tables.decided_count(cases, year)
    dec_prev = int(series.loc[year - 1]) if (year - 1) in series.index else None
    vals["decided.total"] = V.count(dec)
    vals["decided.minus1"] = V.count(dec_prev)
    vals["decided.change"] = V.share(tables.change(dec, dec_prev))
    vals["decided.change_word"] = V.word(tables.change_word(dec, dec_prev))
    vals["decided.rank_word"] = V.word(tables.rank_word(series, year))
    vals["decided.first_year"] = V.year(int(series.index[0]) if len(series) else None)
    return E.publish(SectionResult("received", values=vals), options.get("utgave"))


# ---------------------------------------------------------------- 2 decisions


def decisions(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """The decision table over cases received in the year, shares and last year's counts."""
    cases = _start(cases, district)
    table = tables.decision_table(cases, year)
    total = tables.received_count(cases, year)
    has_prev = tables.has_year(cases, year - 1)
    prev = tables.decision_table(cases, year - 1) if has_prev else None
    prev_total = tables.received_count(cases, year - 1) if has_prev else None

    vals: dict[str, Value] = {}
    rows: list[list[Cell]] = []
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for code in codes.decisions():
        n, et, an = (int(x) for x in table.loc[code.code, ["total", ETNISK, ANNEN]])
        n_prev = int(prev.loc[code.code, "total"]) if prev is not None else None
        key = f"decisions.{code.key}"
        vals[f"{key}.count"] = V.count(n)
        vals[f"{key}.share"] = V.share(_share(n, total))
        vals[f"{key}.etnisk"] = V.count(et)
        vals[f"{key}.annen"] = V.count(an)
        vals[f"{key}.minus1"] = V.count(n_prev)
        vals[f"{key}.minus1_share"] = V.share(_share(n_prev, prev_total))
        keys.update(
            {
                (len(rows), 1): (f"{key}.count",),
                (len(rows), 2): (f"{key}.etnisk",),
                (len(rows), 3): (f"{key}.annen",),
            }
        )
        rows.append([code.label, V.count(n), V.count(et), V.count(an)])
    n_open = int(table.loc[tables.OPEN, "total"]) if tables.OPEN in table.index else 0
    if n_open:
        rows.append([codes.open_label(), *(V.count(int(x)) for x in table.loc[tables.OPEN])])
    sums = table.sum()
    last = len(rows)
    keys.update(
        {
            (last, 1): ("decisions.total",),
            (last, 2): ("decisions.etnisk",),
            (last, 3): ("decisions.annen",),
        }
    )
    rows.append([TOTAL_LABEL, *(V.count(int(sums[c])) for c in ("total", ETNISK, ANNEN))])
    vals["decisions.total"] = V.count(int(sums["total"]))
    vals["decisions.etnisk"] = V.count(int(sums[ETNISK]))
    vals["decisions.annen"] = V.count(int(sums[ANNEN]))
    vals["decisions.open"] = V.count(n_open)
    vals["decisions.minus1_total"] = V.count(prev_total)

    caption = f"Mottatte klagesaker {_district_name(district)} {year} etter avgjørelseskode"
    result = SectionResult("decisions", values=vals)
    # The totals row is published again (received total, K-etnisk and K-disk received).
    layout = E.Layout(
        columns=(1, 2, 3),
        total_column=1,
        implied=True,
        total_row=last,
        fixed=((last, 1), (last, 2), (last, 3)),
    )
    result.tables["avgjorelse"] = Table(
        "avgjorelse", caption, list(DECISION_HEADER), rows, layout=layout, cell_keys=keys
    )
    return E.publish(result, options.get("utgave"))


# ---------------------------------------------------------------- 3 grounds


def grounds(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """The ground table (discrimination x 228.x), its chart and the shares of the commentary."""
    cases = _start(cases, district)
    table = tables.ground_table(cases, year)
    total = tables.received_count(cases, year)
    ground_codes = codes.grounds()
    disc_codes = codes.discrimination()

    header = [GROUND_FIRST_HEADER] + [codes.ground_heading(g.code) for g in ground_codes]
    rows: list[list[Cell]] = [
        [d.label, *(V.count(int(table.at[d.code, g.code])) for g in ground_codes)]
        for d in disc_codes
    ]
    sums = table.sum()
    rows.append([SUM_LABEL, *(V.count(int(sums[g.code])) for g in ground_codes)])

    vals: dict[str, Value] = {"grounds.total": V.count(int(sums.sum()))}
    for g in ground_codes:
        n = int(sums[g.code])
        vals[f"grounds.{g.key}.count"] = V.count(n)
        vals[f"grounds.{g.key}.share"] = V.share(_share(n, total))
        vals[f"grounds.{g.key}.etnisk"] = V.count(int(table.at[ETNISK, g.code]))
        vals[f"grounds.{g.key}.annen"] = V.count(int(table.at[ANNEN, g.code]))
    by_key = {g.key: int(sums[g.code]) for g in ground_codes}
    both = by_key["adferd"] + by_key["saksbehandling"]
    vals["grounds.adferd_saksbehandling.count"] = V.count(both)
    vals["grounds.adferd_saksbehandling.share"] = V.share(_share(both, total))

    caption = f"Mottatte klagesaker {district} {year} etter grunnlag"
    result = SectionResult("grounds", values=vals)
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for j, g in enumerate(ground_codes, start=1):
        for i, d in enumerate(disc_codes):
            if d.code in (ETNISK, ANNEN):
                keys[(i, j)] = (f"grounds.{g.key}.{d.code}",)
        keys[(len(disc_codes), j)] = (f"grounds.{g.key}.count",)
    # The rows' totals (received with each kind of discrimination) are printed in the decision
    # table; the grand total is the received total.
    layout = E.Layout(total_row=len(disc_codes), external_row_totals=True)
    result.tables["grunnlag"] = Table(
        "grunnlag", caption, header, rows, layout=layout, cell_keys=keys
    )
    result = E.publish(result, options.get("utgave"))
    published = result.tables["grunnlag"].rows

    labels = [g.label for g in ground_codes]
    series = [(d.label, [_shown(c) for c in published[i][1:]]) for i, d in enumerate(disc_codes)]
    totals = [_shown(c) for c in published[-1][1:]]
    fig = figures.stacked_bars(labels, series, totals=totals, xlabel=COUNT_AXIS)
    ranked = sorted(zip(labels, published[-1][1:], strict=True), key=lambda p: -(_shown(p[1]) or 0))
    disc = [
        (d.label.lower(), E.count(int(table.loc[d.code].sum()), options.get("utgave")))
        for d in disc_codes[1:]
    ]
    alt = (
        f"Liggende stolpediagram over {E.count(total, options.get('utgave')).text} mottatte "
        f"klagesaker i {_district_name(district)} {year} etter grunnlag, delt etter "
        f"diskriminering: {_cells_listing(ranked)}. Av disse {_cells_listing(disc)}."
    )
    result.charts["grunnlag"] = Chart(fig, caption, alt)
    return result


# ---------------------------------------------------------------- 4 handling time


def _deadline(option) -> int:
    """The answer deadline in days: the option if given, else settings.yml; a positive whole."""
    value = codes.settings()["answer_deadline_days"] if option in (None, "") else option
    try:
        days = int(str(value).strip())
    except ValueError:
        days = 0
    if days <= 0:
        raise KlagerapportError(f"svarfristen må være et positivt antall dager, ikke «{value}»")
    return days


def handling_time(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Mean and median handling days, share within the deadline, this year and last; histogram.

    Option `deadline_days` overrides the rules' deadline (settings.yml answer_deadline_days).
    """
    cases = _start(cases, district)
    deadline = _deadline(options.get("deadline_days"))
    days = tables.handling_days(cases, year)
    now = tables.handling_summary(days, deadline)
    has_prev = tables.has_year(cases, year - 1)
    prev_days = tables.handling_days(cases, year - 1) if has_prev else pd.Series([], dtype="int64")
    prev = tables.handling_summary(prev_days, deadline)

    mean, mean_prev = _rounded(now["mean"], 1), _rounded(prev["mean"], 1)
    vals = {
        "handling_days.mean": V.decimal(mean),
        "handling_days.mean_minus1": V.decimal(mean_prev),
        "handling_days.change_word": V.word(tables.change_word(mean, mean_prev)),
        "handling_days.change_sentence": V.word(_handling_change_sentence(year, mean, mean_prev)),
        "handling_days.median": _days_value(now["median"]),
        "handling_days.median_minus1": _days_value(prev["median"]),
        "handling_days.deadline": V.count(deadline),
        "handling_days.within_deadline": V.share(now["within"]),
        "handling_days.within_deadline_minus1": V.share(prev["within"]),
        "handling_days.n": V.count(now["n"]),
        "handling_days.n_minus1": V.count(prev["n"] if has_prev else None),
    }

    def column(s: dict, present: bool) -> list[Value]:
        if not present:
            return [V.MISSING] * 4
        share = _rounded(s["within"], 4)
        within = V.MISSING if share is None else Value(share, fmt.percent(s["within"]))
        return [
            V.decimal(_rounded(s["mean"], 1)),
            _days_value(s["median"]),
            within,
            V.count(s["n"]),
        ]

    labels = [
        "Gjennomsnitt (dager)",
        "Median (dager)",
        f"Andel besvart innen {fmt.integer(deadline)} dager",
        "Antall saker",
    ]
    before, current = column(prev, has_prev), column(now, True)
    rows: list[list[Cell]] = [[label, before[i], current[i]] for i, label in enumerate(labels)]
    caption = (
        f"Saksbehandlingstid for klagesaker mottatt i {_district_name(district)} "
        f"{year - 1} og {year}"
    )
    result = SectionResult("handling_time", values=vals)
    result.tables["saksbehandlingstid"] = Table(
        "saksbehandlingstid",
        caption,
        ["Saksbehandlingstid", str(year - 1), str(year)],
        rows,
        layout=E.Layout(whole_column_by=len(labels) - 1),
    )
    result = E.publish(result, options.get("utgave"))
    public = result.edition == "offentlig"

    fig_caption = f"Saksbehandlingstid for klagesaker mottatt i {district} {year}, antall dager"
    rule = E.S.rule()
    fig = figures.histogram(
        days.tolist(), deadline=deadline, min_count=rule.min_count if public else None
    )
    if public and E.is_hidden(result.values["handling_days.n"]):
        alt = f"Histogram over saksbehandlingstiden for klagesaker mottatt i {year}; {rule.note}"
    elif public and now["n"]:
        mean_t = result.values["handling_days.mean"].text
        median_t = result.values["handling_days.median"].text
        within_t = result.values["handling_days.within_deadline"].text
        alt = (
            f"Histogram over saksbehandlingstiden for {fmt.integer(now['n'])} avsluttede "
            f"klagesaker mottatt i {year}, i uker, med fristen på {fmt.integer(deadline)} dager "
            f"markert; uker med færre enn {rule.min_count} saker er slått sammen. "
            f"Gjennomsnitt {mean_t} dager, median {median_t} dager, {within_t} besvart "
            "innen fristen."
        )
    elif now["n"]:
        mean_t = vals["handling_days.mean"].text
        median_t = vals["handling_days.median"].text
        within_t = vals["handling_days.within_deadline"].text
        alt = (
            f"Histogram over saksbehandlingstiden for {fmt.integer(now['n'])} avsluttede "
            f"klagesaker mottatt i {year}, i uker, med fristen på {fmt.integer(deadline)} dager "
            f"markert. Gjennomsnitt {mean_t} dager, median {median_t} dager, {within_t} besvart "
            f"innen fristen. Lengste saksbehandlingstid {fmt.integer(int(days.max()))} dager."
        )
    else:
        alt = f"Ingen avsluttede klagesaker mottatt i {year}."
    result.charts["saksbehandlingstid"] = Chart(fig, fig_caption, alt)
    return result


# ---------------------------------------------------------------- 5 development


def _year_table(name: str, caption: str, label: str, series: pd.Series) -> Table:
    rows: list[list[Cell]] = [
        [V.year(int(y)), V.count(int(n))] for y, n in sorted(series.items(), reverse=True)
    ]
    return Table(name, caption, ["Årstall", label], rows)


def _year_alt(what: str, table: Table, year: int) -> str:
    """The alt text of a per-year chart, from the table as published (hidden cells as «:»)."""
    pairs = sorted((int(r[0].raw), r[1]) for r in table.rows)
    if not pairs:
        return f"Ingen data om {what}."
    shown = {y: _shown(c) for y, c in pairs}
    known = {y: n for y, n in shown.items() if n is not None}
    text = f"Stolpediagram over {what} per år fra {pairs[0][0]} til {year}. "
    current = dict(pairs).get(year)
    if current is not None:
        text += f"{year}: {current.text}. "
    if known:
        top = max(known, key=lambda y: (known[y], y))
        low = min(known, key=lambda y: (known[y], y))
        text += (
            f"Høyest i {top} med {fmt.integer(known[top])}, "
            f"lavest i {low} med {fmt.integer(known[low])}. "
        )
    return text + "Alle år: " + ", ".join(f"{y}: {c.text}" for y, c in pairs) + "."


def _year_chart(table: Table, year: int, ylabel: str):
    pairs = sorted((int(r[0].raw), _shown(r[1])) for r in table.rows)
    return figures.year_bars(
        [y for y, _ in pairs], [n for _, n in pairs], highlight=year, ylabel=ylabel
    )


def development(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Complaints decided per year (all years up to the report year) and K-etnisk per year."""
    cases = _start(cases, district)
    series = tables.decided_per_year(cases, year)
    etnisk = tables.decided_per_year(cases, year, ETNISK)
    short = {d.code: d.short for d in codes.discrimination()}[ETNISK]

    vals: dict[str, Value] = {"development.years": V.count(len(series))}
    top = tables.max_year(series)
    low = int(series.idxmin()) if len(series) else None
    vals["development.max_year"] = V.year(top)
    vals["development.max"] = V.count(None if top is None else int(series.loc[top]))
    vals["development.min_year"] = V.year(low)
    vals["development.min"] = V.count(None if low is None else int(series.loc[low]))

    result = SectionResult("development", values=vals)
    cap = f"Klagesaker behandlet i {_district_name(district)} per år"
    cap_et = f"Klagesaker registrert som {short} behandlet i {_district_name(district)} per år"
    result.tables["utvikling"] = _year_table("utvikling", cap, "Klagesaker", series)
    result.tables["etnisk-utvikling"] = _year_table("etnisk-utvikling", cap_et, short, etnisk)
    result = E.publish(result, options.get("utgave"))

    for name, caption, what in (
        ("utvikling", cap, f"klagesaker behandlet i {_district_name(district)}"),
        ("etnisk-utvikling", cap_et, f"klagesaker registrert som {short} behandlet"),
    ):
        table = result.tables[name]
        result.charts[name] = Chart(
            _year_chart(table, year, COUNT_AXIS), caption, _year_alt(what, table, year)
        )
    return result


# ---------------------------------------------------------------- 6 units


def units(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Complaints received per unit this year against the two years before."""
    cases = _start(cases, district)
    years = [year - 2, year - 1, year]
    table = tables.unit_table(cases, years, UNIT_MISSING)
    present = {y: tables.has_year(cases, y) for y in years}
    suffix = {year: "count", year - 1: "minus1", year - 2: "minus2"}

    def cell(n: int, y: int) -> Value:
        return V.count(n) if present[y] else V.MISSING

    vals: dict[str, Value] = {}
    seen: dict[str, str] = {}
    rows: list[list[Cell]] = []
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for unit in table.index:
        key = V.unit_key(unit)
        if key in seen:
            raise KlagerapportError(
                f"enhetene «{seen[key]}» og «{unit}» gir samme verdinøkkel «units.{key}»; "
                "rett skrivemåten av enhetsnavnene i saksdataene"
            )
        seen[key] = unit
        counts = {y: int(table.at[unit, y]) for y in years}
        for j, y in enumerate(years, start=1):
            vals[f"units.{key}.{suffix[y]}"] = cell(counts[y], y)
            keys[(len(rows), j)] = (f"units.{key}.{suffix[y]}",)
        rows.append([unit, *(cell(counts[y], y) for y in years)])
    sums = {y: int(table[y].sum()) if len(table) else 0 for y in years}
    rows.append([UNIT_SUM_LABEL, *(cell(sums[y], y) for y in years)])

    caption = f"Mottatte klagesaker {_district_name(district)} {years[0]}–{year} etter enhet"
    result = SectionResult("units", values=vals)
    result.tables["enheter"] = Table(
        "enheter",
        caption,
        ["Enhet", *map(str, years)],
        rows,
        layout=E.Layout(total_row=len(rows) - 1),
        cell_keys=keys,
    )
    return E.publish(result, options.get("utgave"))


# ---------------------------------------------------------------- 7 discrimination


def discrimination(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """K-etnisk and K-disk received and decided; K-etnisk decided in each of 8 years before."""
    cases = _start(cases, district)
    series = tables.decided_per_year(cases, year, ETNISK)
    short = {d.code: d.short for d in codes.discrimination()}
    vals: dict[str, Value] = {}
    rows: list[list[Cell]] = []
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for code in (ETNISK, ANNEN):
        rec = tables.received_count(cases, year, code)
        dec = tables.decided_count(cases, year, code)
        vals[f"discrimination.{code}.received"] = V.count(rec)
        vals[f"discrimination.{code}.decided"] = V.count(dec)
        keys[(len(rows), 1)] = (f"discrimination.{code}.received",)
        keys[(len(rows), 2)] = (f"discrimination.{code}.decided",)
        rows.append([short[code], V.count(rec), V.count(dec)])
    for k in range(1, ETNISK_YEARS_BACK + 1):
        y = year - k
        n = int(series.loc[y]) if y in series.index else None
        vals[f"discrimination.etnisk.decided_minus{k}"] = V.count(n)
    top = tables.max_year(series)
    vals["discrimination.etnisk.decided_max_year"] = V.year(top)
    vals["discrimination.etnisk.decided_max"] = V.count(
        None if top is None else int(series.loc[top])
    )

    caption = f"Klagesaker med diskriminering i {_district_name(district)} {year}"
    header = ["Diskriminering", f"Mottatt {year}", f"Avgjort {year}"]
    result = SectionResult("discrimination", values=vals)
    result.tables["diskriminering"] = Table("diskriminering", caption, header, rows, cell_keys=keys)
    return E.publish(result, options.get("utgave"))


SECTIONS = {
    "received": received,
    "decisions": decisions,
    "grounds": grounds,
    "handling_time": handling_time,
    "development": development,
    "units": units,
    "discrimination": discrimination,
}


def run(name: str, cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Run a section by name (what a notebook parameter names)."""
    try:
        func = SECTIONS[name]
    except KeyError:
        raise KlagerapportError(
            f"ukjent seksjon «{name}». Tillatt: {', '.join(SECTIONS)}"
        ) from None
    return func(cases, year=year, district=district, **options)
