"""No traceback for any input: a file, a folder, a link, a device, a broken or huge workbook.
Each ends in a user error (exit 1) that names the problem, never an exception."""

from __future__ import annotations

import contextlib
import io
import os
import random
import zipfile

import pytest
from casefiles import GOOD, fixtures, write_csv, write_xlsx
from typer.testing import CliRunner

from klagerapport.cli import app
from klagerapport.errors import KlagerapportError, ValidationError
from klagerapport.ingest import read, validate

data_dir, store_dir = fixtures()


def invoke(*args: str):
    return CliRunner().invoke(app, ["validate", *args])


def user_error(result) -> str:
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    return result.stderr


def test_empty_styled_cell_at_the_last_cell_is_read_in_bounded_memory(data_dir, store_dir):
    import openpyxl
    from openpyxl.styles import Font

    path = write_xlsx(data_dir, GOOD)
    book = openpyxl.load_workbook(path)
    book.active.cell(row=1048576, column=16384).font = Font(bold=True)
    book.save(path)
    assert len(validate.load_validated(path).cases) == 3


def test_value_far_outside_the_table_is_an_error_not_a_crash(data_dir, store_dir):
    import openpyxl

    path = write_xlsx(data_dir, GOOD)
    book = openpyxl.load_workbook(path)
    book.active["XFD1048576"] = "x"
    book.save(path)
    with pytest.raises(ValidationError) as info:
        validate.load_validated(path)
    assert "for stort område" in str(info.value)


def test_chartsheet_first_is_skipped_with_a_note(data_dir, store_dir):
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    path = write_xlsx(data_dir, GOOD)
    book = openpyxl.load_workbook(path)
    chart = BarChart()
    chart.add_data(Reference(book.active, min_col=6, min_row=1, max_row=4))
    book.create_chartsheet("Diagram", 0).add_chart(chart)
    book.save(path)
    result = validate.load_validated(path)
    assert len(result.cases) == 3
    assert any("«Diagram» (diagramark" in w for w in result.warnings)


def test_symlink_loop_as_data(tmp_path, store_dir):
    loop = tmp_path / "loop.csv"
    os.symlink(loop, loop)
    assert "lenke" in user_error(invoke("--data", str(loop)))


def test_fifo_as_data_does_not_hang(tmp_path, store_dir):
    fifo = tmp_path / "klager.csv"
    os.mkfifo(fifo)
    assert "verken en fil eller en mappe" in user_error(invoke("--data", str(fifo)))


def test_dev_null_as_data(store_dir):
    assert "verken en fil eller en mappe" in user_error(invoke("--data", "/dev/null"))


def test_folder_with_a_fifo_and_a_link_loop_names_them(data_dir, store_dir):
    write_csv(data_dir, GOOD)
    os.mkfifo(data_dir / "rør.csv")
    os.symlink(data_dir / "loop.csv", data_dir / "loop.csv")
    with pytest.raises(ValidationError) as info:
        validate.load_validated(data_dir)
    assert sorted(p.file.rsplit("/", 1)[-1] for p in info.value.problems) == ["loop.csv", "rør.csv"]


def test_long_district_is_a_user_error(store_dir):
    err = user_error(invoke("--district", "x" * 300))
    assert "ukjent politidistrikt" in err and "Agder" in err
    assert "x" * 100 not in err


def test_long_data_path_is_a_user_error(store_dir):
    user_error(invoke("--data", "x" * 300))


def test_file_over_the_size_limit(data_dir, store_dir, monkeypatch):
    monkeypatch.setattr(read, "MAX_FILE_BYTES", 100)
    with pytest.raises(ValidationError) as info:
        validate.load_validated(write_csv(data_dir))
    assert "filen er for stor" in str(info.value)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_garbage_is_a_user_error(data_dir, store_dir, seed, suffix):
    rng = random.Random(seed)
    path = data_dir / f"klager{suffix}"
    good = write_xlsx(data_dir, GOOD, name="g.xlsx").read_bytes()
    (data_dir / "g.xlsx").unlink()
    if seed % 3 == 0:
        content = bytes(rng.randrange(256) for _ in range(2000))
    elif seed % 3 == 1:  # a truncated workbook
        content = good[: rng.randrange(len(good))]
    else:  # a workbook with one part's bytes scrambled
        buf = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(buf, "w") as zout:
            parts = zin.namelist()
            victim = parts[rng.randrange(len(parts))]
            for name in parts:
                data = zin.read(name)
                if name == victim:
                    data = bytes(rng.randrange(256) for _ in range(len(data)))
                zout.writestr(name, data)
        content = buf.getvalue()
    path.write_bytes(content)
    with contextlib.suppress(KlagerapportError):  # anything else fails the test
        validate.load_validated(path)


def test_internal_error_is_one_line_with_a_debug_hint(store_dir, monkeypatch):
    from klagerapport.ingest import validate as v

    def boom(**kwargs):
        raise RuntimeError("noe gikk galt\nlinje to")

    monkeypatch.setattr(v, "validate_command", boom)
    result = invoke()
    assert result.exit_code == 2
    assert "Intern feil: RuntimeError: noe gikk galt" in result.stderr
    assert "--debug" in result.stderr and "linje to" not in result.stderr
    debug = invoke("--debug")
    assert isinstance(debug.exception, RuntimeError)


def test_a_quote_that_never_closes_in_a_large_file(data_dir, store_dir):
    path = write_csv(data_dir, [GOOD[0], ("2019/2", "Oslo", '"x', *("",) * 5)])
    with path.open("a", encoding="utf-8") as fh:
        fh.write("fritekst;" * 20000 + "\n")
    with pytest.raises(ValidationError) as info:
        validate.load_validated(path)
    assert "anførselstegn" in str(info.value)
