"""The CSV fast path (`ingest/fastcsv.py`): the same frame, sources and errors as the
line-by-line validator, and really taken for clean files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from casefiles import GOOD, HEADER, fixtures, row, write_csv
from exports import EXPORT_CASES, EXPORT_HEADER

from klagerapport import paths
from klagerapport.errors import ValidationError
from klagerapport.ingest import fastcsv, rules

data_dir, store_dir = fixtures()

SOURCE_FIELDS = ("path", "name", "sha256", "rows", "ignored_columns", "problems", "notes")
SOURCE_FIELDS += ("bad_cells", "date1904")


def validator(files: list[Path], monkeypatch) -> tuple[pd.DataFrame, list]:
    """The line-by-line validator alone (the fast path switched off)."""
    with monkeypatch.context() as m:
        m.setattr(fastcsv, "ENABLED", False)
        return rules.validate_files(files)


def assert_same(fast, slow) -> None:
    pd.testing.assert_frame_equal(fast[0], slow[0], check_exact=True)
    assert [type(a) for a in fast[0].dtypes] == [type(a) for a in slow[0].dtypes]
    for a, b in zip(fast[1], slow[1], strict=True):
        for name in SOURCE_FIELDS:
            assert getattr(a, name) == getattr(b, name), name


def export_csv(folder: Path, *, serial: bool = True, name: str = "eksport.csv") -> Path:
    """tests/exports.py's realistic export as a CSV file (dates as the export writes them)."""

    def text(v) -> str:
        if v is None:
            return ""
        if isinstance(v, dt.datetime):
            return v.strftime("%d.%m.%Y")
        if v == 43720 and not serial:
            return "12.09.2019"
        return str(v)

    return write_csv(folder, [[text(v) for v in c] for c in EXPORT_CASES], header=EXPORT_HEADER,
                     name=name)  # fmt: skip


def clean_files(folder: Path) -> dict[str, list[Path]]:
    """Clean files of many shapes, every one of which the fast path must take."""
    other = [
        row(saksnr="2019/0200", distrikt="Vest politidistrikt", mottatt="3.1.2019",
            avsluttet="4.2.2019", avgjorelse="Avvist", grunnlag="228.9 Annet",
            diskriminering="Med annen diskriminering", enhet=" Bergen sentrum "),
        row(saksnr="2019/0001", distrikt="VEST", avsluttet="", avgjorelse="Under behandling",
            grunnlag="228,4", diskriminering="K-disk", enhet=""),
        row(saksnr="2019/0002", distrikt=" Møre og Romsdal ", avsluttet="", avgjorelse=""),
    ]  # fmt: skip
    sub = folder / "mappe"
    sub.mkdir()
    write_csv(sub, GOOD, name="a.csv")
    write_csv(sub, other, name="b.csv")
    no_unit = [r[:7] for r in GOOD]
    points = [tuple(v.replace(",", ".") for v in r) for r in GOOD]
    cp1252 = folder / "cp1252"
    cp1252.mkdir()
    return {
        "oslo sample": [paths.SAMPLE_DIR / "oslo-2007-2019.csv"],
        "national sample": [paths.ROOT / "data/raw/sample-national/norge-2016-2022.csv"],
        "casefiles GOOD": [write_csv(folder, GOOD)],
        "export as CSV, dates": [export_csv(folder, serial=False)],
        "comma, LF": [_lf(write_csv(folder, points, sep=",", name="komma.csv"))],
        "tab": [write_csv(folder, GOOD, sep="\t", name="tab.csv")],
        "Windows-1252": [write_csv(cp1252, [*GOOD, *other], encoding="cp1252")],
        "BOM": [_bom(write_csv(folder, other, name="bom.csv"))],
        "no final newline": [_strip_end(write_csv(folder, GOOD, name="slutt.csv"))],
        "without enhet": [write_csv(folder, no_unit, header=HEADER[:7], name="uten.csv")],
        "extra column": [write_csv(folder, [(*r, "fritekst") for r in GOOD],
                                   header=(*HEADER, "beskrivelse"), name="ekstra.csv")],
        "distrikt first": [write_csv(folder, [(r[1], r[0], *r[2:]) for r in GOOD],
                                     header=(HEADER[1], HEADER[0], *HEADER[2:]), name="d.csv")],
        "quotes": [write_csv(folder, [row(enhet='"Pass; sentrum"', saksnr="2019/1"),
                   row(enhet='Pa"ss', saksnr="2019/2"), row(saksnr='"2019/3"', enhet='""""'),
                   *GOOD], header=(*HEADER[:7], '"enhet"'), name="sitat.csv")],
        "time of day": [write_csv(folder, [row(mottatt="2019-01-03 10:15")], name="tid.csv")],
        "spaces in a unit": [write_csv(folder, [row(enhet="Bergen\u00a0 sentrum"),
                             row(saksnr="2019/2", enhet="Bergen\tsentrum"), row(saksnr="2019/3",
                             enhet="Bergen\x0bsentrum\u3000")], name="mellomrom.csv")],
        "two files": sorted(sub.iterdir()),
        "same saksnr, two districts": [write_csv(folder, [GOOD[0], row(saksnr="2019/0001",
                                       distrikt="Vest")], name="to.csv")],
    }  # fmt: skip


def _lf(path: Path) -> Path:
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n"))
    return path


def _bom(path: Path) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    return path


def _strip_end(path: Path) -> Path:
    path.write_bytes(path.read_bytes().rstrip(b"\r\n"))
    return path


def test_clean_files_take_the_fast_path_and_give_the_validators_frame(data_dir, monkeypatch):
    for label, files in clean_files(data_dir).items():
        fast = fastcsv.try_validate(files)
        assert not isinstance(fast, str), f"{label}: {fast}"  # the fast path was taken
        assert_same(fast, validator(files, monkeypatch))
        assert_same(rules.validate_files(files), fast)


def test_the_fast_path_can_be_switched_off(data_dir, monkeypatch):
    monkeypatch.setattr(fastcsv, "ENABLED", False)
    assert isinstance(fastcsv.try_validate([write_csv(data_dir, GOOD)]), str)


def _raw(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def _lines(*records) -> str:
    return "".join(";".join(r) + "\r\n" for r in (HEADER, *records))


# Files the validator rejects, one of every kind it can find in a CSV file.
BROKEN = {
    "short row": _lines(GOOD[0], GOOD[1][:5]),
    "long row": _lines(GOOD[0], (*GOOD[1], "x", "y")),
    "unclosed quote": _lines(GOOD[0], row(enhet='"Pass'), GOOD[1], GOOD[2]),
    "NUL": _lines(GOOD[0]).replace("Pass", "Pa\x00ss"),
    "empty": "",
    "whitespace only": " \r\n \r\n",
    "header only": _lines(),
    "missing column": "".join(";".join(r[:6]) + "\r\n" for r in (HEADER, *GOOD)),
    "duplicate column": _lines(GOOD[0]).replace("enhet", "distrikt", 1),
    "near miss": _lines(GOOD[0]).replace("avgjorelse", "avgjorels", 1),
    "no header": "".join(";".join(r) + "\r\n" for r in GOOD),
    "Excel error in grunnlag": _lines(row(grunnlag="#N/A")),
    "Excel error in saksnr": _lines(row(saksnr="#VERDI!")),
    "mojibake": _lines(row(enhet="GrÃ¸nland")),
    "empty saksnr": _lines(GOOD[0], row(saksnr="")),
    "empty distrikt": _lines(row(distrikt="")),
    "unknown district": _lines(row(distrikt="Atlantis")),
    "empty mottatt": _lines(row(mottatt="")),
    "impossible date": _lines(row(mottatt="31.02.2019")),
    "unparseable date": _lines(row(avsluttet="snart")),
    "two-digit year": _lines(row(mottatt="03.01.19")),
    "implausible year": _lines(row(mottatt="03.01.1899", avsluttet="")),
    "avsluttet before mottatt": _lines(row(mottatt="2019-05-01", avsluttet="2019-04-01")),
    "open with decision": _lines(row(avsluttet="")),
    "closed without decision": _lines(row(avgjorelse="")),
    "closed but under behandling": _lines(row(avgjorelse="Under behandling")),
    "unknown decision": _lines(row(avgjorelse="frifunnet")),
    "unknown ground": _lines(row(grunnlag="228.7")),
    "empty ground": _lines(row(grunnlag="")),
    "unknown discrimination": _lines(row(diskriminering="kanskje")),
    "duplicate saksnr": _lines(GOOD[0], GOOD[1], GOOD[0]),
    "control character in enhet": _lines(row(enhet="Pa\x1bss")),
    "bidi override in enhet": _lines(row(enhet="Pa\u202ess")),
    "enhet too long": _lines(row(enhet="E" * 101)),
    "enhet too long after its spaces": _lines(row(enhet="E" * 50 + "\t\t" + "E" * 50)),
    "quote joining header cells": _lines(GOOD[0])
    .replace("saksnr", '"saksnr', 1)
    .replace("distrikt", 'x";y', 1),
    "very long field": _lines(row(enhet="x" * 140_000)),
    "several problems": _lines(row(grunnlag="#N/A", mottatt="x"), row(saksnr="", enhet="")),
}

# Files the validator accepts that the fast path leaves to it (notes, quotes, layout).
DECLINED = {
    "title row and total row": "Klager 2019\r\n" + _lines(*GOOD, ("Sum", "3")),
    "total row with a case's cells": _lines(*GOOD, row(saksnr="Totalt")),
    "notes below": _lines(*GOOD) + "\r\nKilde: saksbehandlingssystemet per 3. januar\r\n",
    "blank line": _lines(GOOD[0]) + "\r\n" + ";".join(GOOD[1]) + "\r\n",
    "free text over two lines": "".join(
        ";".join(r) + "\r\n"
        for r in ((*HEADER, "beskrivelse"), (*GOOD[0], '"linje 1\r\nlinje 2"'), (*GOOD[1], "x"))
    ),
    "sep line": "sep=;\r\n" + _lines(*GOOD),
    "enhet over two lines": _lines(GOOD[0]).replace("Pass", '"Pass\r\nsentrum"'),
    "Excel date number": _lines(row(mottatt="43466")),
    "trailing empty fields": _lines(GOOD[0]).replace("Pass\r\n", "Pass;;\r\n"),
    "repeated header": _lines(GOOD[0], HEADER, GOOD[1]),
    "saksnr with spaces": _lines(row(saksnr=" 2019/0100 ")),
}


@pytest.mark.parametrize("label", sorted(BROKEN))
def test_broken_files_give_the_validators_errors_word_for_word(label, data_dir, monkeypatch):
    path = _raw(data_dir, "klager.csv", BROKEN[label])
    assert isinstance(fastcsv.try_validate([path]), str)
    with pytest.raises(ValidationError) as slow:
        validator([path], monkeypatch)
    with pytest.raises(ValidationError) as fast:
        rules.validate_files([path])
    assert str(fast.value) == str(slow.value)


def test_a_file_in_neither_encoding_gives_the_validators_error(data_dir, monkeypatch):
    path = data_dir / "klager.csv"
    path.write_bytes(_lines(GOOD[0]).encode() + b"2019/9;Oslo\x81;x\r\n")
    assert isinstance(fastcsv.try_validate([path]), str)
    with pytest.raises(ValidationError) as slow:
        validator([path], monkeypatch)
    with pytest.raises(ValidationError) as fast:
        rules.validate_files([path])
    assert "ukjent tegnkoding" in str(fast.value)
    assert str(fast.value) == str(slow.value)


@pytest.mark.parametrize("label", sorted(DECLINED))
def test_files_the_fast_path_declines_are_read_by_the_validator(label, data_dir, monkeypatch):
    path = _raw(data_dir, "klager.csv", DECLINED[label])
    assert isinstance(fastcsv.try_validate([path]), str)
    assert_same(rules.validate_files([path]), validator([path], monkeypatch))


def test_overlapping_exports_are_left_to_the_validator(data_dir, monkeypatch):
    write_csv(data_dir, [row(avsluttet="", avgjorelse="")], name="2019.csv")
    write_csv(data_dir, [row()], name="2020.csv")
    files = sorted(data_dir.iterdir())
    assert "flere ganger" in fastcsv.try_validate(files)
    fast = rules.validate_files(files)
    assert fast[1][0].notes  # the validator's note on the overlap
    assert_same(fast, validator(files, monkeypatch))


# Cells to mix at random: valid spellings and every kind of trouble, per column.
MIX = {
    "saksnr": ["2019/1", "2019/2", "2019/3", " 2019/4", "#N/A", "", "Sum", "Ø-5", "saksnr"],
    "distrikt": ["Oslo", "oslo ", "Agder pd", "Vest politidistrikt", "Atlantis", "", "MÃ¸re"],
    "mottatt": ["2019-01-03", "3.1.2019", "31.02.2019", "43466", "", "2019-01-03 10:00",
                "01.01.19", "1899-01-01", "2019-02-30"],
    "avsluttet": ["2019-01-21", "21.01.2019", "", "", "2018-12-01", "snart"],
    "avgjorelse": ["kritikk", "Grunnlag for kritikk", "Under behandling", "", "", "Avvist", "ja"],
    "grunnlag": ["228.1", "228,2", "228.5 Saksbehandling/service", "", "#VERDI!", "229"],
    "diskriminering": ["", "K-etnisk", "ingen", "Med annen diskriminering", "x"],
    "enhet": ["Pass", "", " Sentrum ", "E" * 101, '"Pass; sentrum"', 'Pa"ss', "Pa\x0bss",
              "Pa\x1bss", "Pa\u00a0\tss", "E" * 50 + "\t\t" + "E" * 49],
}  # fmt: skip


def test_random_files_give_the_same_result_with_and_without_the_fast_path(data_dir, monkeypatch):
    import random

    rng = random.Random(12)
    taken = accepted = 0
    for n in range(120):
        rows = [
            tuple(rng.choice(MIX[c]) if rng.random() < 0.12 else row()[i] for i, c in
                  enumerate(HEADER))
            for _ in range(rng.randint(1, 5))
        ]  # fmt: skip
        rows = [(f"2019/{n}-{i}", *r[1:]) if r[0] == "2019/0100" else r for i, r in enumerate(rows)]
        path = _raw(data_dir, f"f{n}.csv", _lines(*rows))
        try:
            slow = validator([path], monkeypatch)
        except ValidationError as err:
            slow = str(err)
        try:
            fast = rules.validate_files([path])
        except ValidationError as err:
            fast = str(err)
        if isinstance(slow, str):
            assert fast == slow, _lines(*rows)
        else:
            assert_same(fast, slow)
            accepted += 1
            taken += not isinstance(fastcsv.try_validate([path]), str)
    assert accepted >= 30 and taken >= 0.8 * accepted  # most accepted files took the fast path
