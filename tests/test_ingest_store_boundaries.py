"""The processed store (ingest/store.py) at its boundaries, on small frames written by hand: the
export's last day from the Parquet statistics (and without them), a district's read of only its
row groups, the manifest's key, the snapshot's folder name and a store missing columns.

Each test is the one that fails when a boundary moves (`make mutation`).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from casefiles import canonical_cases as cases
from casefiles import fixtures, write_csv

from klagerapport import __version__, paths
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import read, store

data_dir, store_dir = fixtures()

DAY = pd.Timestamp


# Agder first, with no case answered; Oslo's last answer is the export's last day
AGDER_OSLO = cases(
    ("Agder", "2020-01-05", None),
    ("Oslo", "2019-03-01", "2020-02-10"),
    ("Agder", "2019-06-01", None),
)


def stored(tmp_path, frame: pd.DataFrame, **kwargs) -> Path:
    path = tmp_path / store.CASES_FILE
    if kwargs:  # written by another writer: one table, the options given
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=True), path, **kwargs)
    else:
        store.write_cases(frame, path)
    return path


# ------------------------------------------------------------------ the export's last day


def test_the_last_day_is_the_latest_date_of_every_district(tmp_path):
    path = stored(tmp_path, AGDER_OSLO)
    assert pq.ParquetFile(path).metadata.num_row_groups == 2
    assert store.last_day(path) == DAY("2020-02-10")
    assert store.read_cases(path).attrs[store.LAST_DAY] == DAY("2020-02-10")
    assert store.read_cases(path, "Agder").attrs[store.LAST_DAY] == DAY("2020-02-10")
    only_received = cases(("Oslo", "2019-03-01", None), ("Agder", "2019-04-02", None))
    assert store.last_day(stored(tmp_path, only_received)) == DAY("2019-04-02")


def test_without_statistics_the_last_day_is_read_from_the_dates(tmp_path):
    path = stored(tmp_path, AGDER_OSLO, write_statistics=False)
    assert store.last_day(path) == DAY("2020-02-10")
    empty = cases(("Oslo", None, None))
    assert store.last_day(stored(tmp_path, empty, write_statistics=False)) is None


def test_a_store_without_cases_has_no_last_day(tmp_path):
    assert store.last_day(stored(tmp_path, cases())) is None
    assert store.last_day(stored(tmp_path, cases(("Oslo", None, None)))) is None


# ------------------------------------------------------------------ a district's rows


def test_a_district_read_reads_only_the_row_groups_that_can_hold_it(tmp_path, monkeypatch):
    path = stored(tmp_path, AGDER_OSLO)
    read_groups = []
    real = pq.ParquetFile.read_row_groups

    def spy(self, groups, **kwargs):
        read_groups.append(list(groups))
        return real(self, groups, **kwargs)

    monkeypatch.setattr(pq.ParquetFile, "read_row_groups", spy)
    oslo = store.read_cases(path, "Oslo")
    assert read_groups == [[1]]
    assert oslo["mottatt"].tolist() == [DAY("2019-03-01")]
    assert oslo.index.tolist() == [1]  # its position among all rows
    assert str(oslo.index.dtype) == "int64"


def test_without_statistics_a_district_read_reads_every_row_group_and_keeps_its_rows(tmp_path):
    path = stored(tmp_path, AGDER_OSLO, write_statistics=False, row_group_size=1)
    assert pq.ParquetFile(path).metadata.num_row_groups == 3
    agder = store.read_cases(path, "Agder")
    assert agder.index.tolist() == [0, 2]
    assert agder["mottatt"].tolist() == [DAY("2020-01-05"), DAY("2019-06-01")]


def test_a_district_with_no_rows_reads_every_row(tmp_path):
    path = stored(tmp_path, AGDER_OSLO)
    for district in ("Troms", "Hele landet", None):
        every = store.read_cases(path, district)
        assert every["distrikt"].tolist() == ["Agder", "Oslo", "Agder"]
        assert every.index.tolist() == [0, 1, 2]
        assert isinstance(every.index, pd.RangeIndex)  # the validator's frame, index and all


def test_a_store_missing_columns_is_an_error_naming_them(tmp_path):
    path = tmp_path / store.CASES_FILE
    pq.write_table(pa.table({"distrikt": ["Oslo"], "enhet": ["Pass"]}), path)
    with pytest.raises(KlagerapportError) as err:
        store.read_cases(path)
    assert str(err.value) == (
        f"{paths.shown(path)}: mangler kolonnene mottatt, avsluttet, avgjorelse, grunnlag, "
        "diskriminering; valider dataene på nytt (klagerapport validate)."
    )


# ------------------------------------------------------------------ the snapshot


def test_a_source_is_named_by_its_file_stem_or_its_folder_and_keyed_by_its_files_now(data_dir):
    path = write_csv(data_dir, name="Klager Øst.2019.csv")
    key = store.content_key(store.file_entries([path]))
    assert store.location(path) == paths.PROCESSED / f"klager-ost-2019-{key}"
    folder = data_dir / "eksport.2019"
    folder.mkdir()
    inside = write_csv(folder, name="a.csv")
    key = store.content_key(store.file_entries([inside]))
    assert store.location(folder) == paths.PROCESSED / f"eksport-2019-{key}"
    odd = data_dir / "---"
    odd.mkdir()
    inside = write_csv(odd, name="a.csv")
    assert store.location(odd).name == f"data-{store.content_key(store.file_entries([inside]))}"


def test_the_key_is_16_hex_digits_of_the_files_names_and_bytes():
    one = store.content_key([{"name": "a.csv", "sha256": "1" * 64}])
    assert len(one) == store.KEY_LENGTH == 16 and int(one, 16) >= 0
    assert one != store.content_key([{"name": "b.csv", "sha256": "1" * 64}])
    assert one != store.content_key([{"name": "a.csv", "sha256": "2" * 64}])
    assert one == store.content_key([{"name": "a.csv", "sha256": "1" * 64}])


def test_a_stored_manifest_matches_only_the_same_files_format_version_and_codes(data_dir, tmp_path):
    path = write_csv(data_dir)
    entries = store.file_entries([path])
    folder = tmp_path / "snapshot"
    folder.mkdir()
    manifest = {
        "format": store.FORMAT,
        "package_version": __version__,
        "codes_sha256": store.codes_sha256(),
        "files": [{**e, "rows": 3} for e in entries],
    }
    (folder / store.MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(KlagerapportError, match=r"cases\.parquet mangler"):  # a broken snapshot
        store.matching_manifest(folder, [path])
    (folder / store.CASES_FILE).write_bytes(b"")
    assert store.matching_manifest(folder, [path]) == manifest
    assert store.matching_manifest(folder, [path], entries) == manifest
    other = [{"name": "annen.csv", "sha256": entries[0]["sha256"]}]
    assert store.matching_manifest(folder, [path], other) is None
    assert store.matching_manifest(folder, [path], []) is None
    for key, value in (("format", 1), ("package_version", "0.0.0"), ("codes_sha256", "0")):
        changed = {**manifest, key: value}
        (folder / store.MANIFEST_FILE).write_text(json.dumps(changed), encoding="utf-8")
        assert store.matching_manifest(folder, [path], entries) is None, key


def test_a_manifest_without_files_matches_no_files(data_dir, tmp_path):
    path = write_csv(data_dir)
    folder = tmp_path / "snapshot"
    folder.mkdir()
    (folder / store.CASES_FILE).write_bytes(b"")
    manifest = {"format": store.FORMAT, "package_version": __version__}
    manifest["codes_sha256"] = store.codes_sha256()
    (folder / store.MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    assert store.matching_manifest(folder, [path]) is None
    assert store.matching_manifest(folder, [], []) == manifest


def test_a_snapshot_is_keyed_by_the_bytes_read_not_the_files_now(data_dir, store_dir):
    # a source changed while it was read: the snapshot holds what was read, under its key
    path = write_csv(data_dir)
    read_then = read.SourceFile(path=path, name=path.name, sha256="0" * 64, rows=3)
    parquet, manifest = store.save(AGDER_OSLO, path, [read_then])
    key = store.content_key([{"name": path.name, "sha256": "0" * 64}])
    assert parquet == paths.PROCESSED / f"{paths.slug(path.stem)}-{key}" / store.CASES_FILE
    assert manifest["source"] == paths.shown(path)
    assert manifest["files"] == [{"name": path.name, "sha256": "0" * 64, "rows": 3}]


@pytest.mark.parametrize(
    ("text", "synthetic"),
    [
        ("synthetic: true\n", True),
        ("synthetic: false\n", False),
        ("seed: 1\n", False),
        ("synthetic: 'true'\n", False),
        ("- synthetic\n", False),
        ("synthetic: [\n", False),
    ],
)
def test_a_source_is_synthetic_only_when_its_folders_manifest_says_true(data_dir, text, synthetic):
    path = write_csv(data_dir)
    (data_dir / store.SOURCE_MANIFEST).write_text(text, encoding="utf-8")
    assert (store.is_synthetic(path), store.is_synthetic(data_dir)) == (synthetic, synthetic)
    (data_dir / store.SOURCE_MANIFEST).unlink()
    assert (store.is_synthetic(path), store.is_synthetic(data_dir)) == (False, False)


def test_a_save_writes_beside_the_snapshot_and_clears_a_dead_saves_leftover(
    data_dir, tmp_path, monkeypatch
):
    processed = tmp_path / "processed"
    monkeypatch.setattr(paths, "PROCESSED", processed)
    processed.mkdir(parents=True)
    dead = processed / ".annen-0123.tmp-999999999-x"  # no process has that id
    (dead / "sub").mkdir(parents=True)
    path = write_csv(data_dir)
    source = read.SourceFile(path=path, name=path.name, sha256="1" * 64, rows=3)
    source.notes = ["rad 5: summerad, utelatt"]
    written_in = []
    real = store.write_cases

    def spy(frame, where):
        written_in.append(where.parent)
        real(frame, where)

    monkeypatch.setattr(store, "write_cases", spy)
    parquet, manifest = store.save(AGDER_OSLO, path, [source])
    [tmp] = written_in
    assert tmp.parent == processed
    assert tmp.name.startswith(f".{parquet.parent.name}.tmp-{os.getpid()}-")
    assert not tmp.exists() and not dead.exists()
    assert manifest["notes"] == ["rad 5: summerad, utelatt"]
    assert sorted(p.name for p in processed.iterdir()) == [parquet.parent.name]


def test_the_store_folder_is_made_with_its_parents(data_dir, tmp_path, monkeypatch):
    processed = tmp_path / "a" / "b" / "processed"
    monkeypatch.setattr(paths, "PROCESSED", processed)
    path = write_csv(data_dir)
    source = read.SourceFile(path=path, name=path.name, sha256="2" * 64, rows=3)
    parquet, _ = store.save(AGDER_OSLO, path, [source])
    assert parquet.parent.parent == processed and parquet.is_file()


def test_the_manifest_is_readable_text_in_a_folder_others_can_read(data_dir, store_dir):
    path = write_csv(data_dir, name="Klager Øst.csv")
    source = read.SourceFile(path=path, name=path.name, sha256="3" * 64, rows=3)
    parquet, manifest = store.save(AGDER_OSLO, path, [source])
    text = (parquet.parent / store.MANIFEST_FILE).read_bytes().decode("utf-8")
    assert text.startswith('{\n  "format": 2,\n  "source": ')
    assert '"name": "Klager Øst.csv"' in text and text.endswith("}\n")
    assert json.loads(text) == manifest
    assert stat.S_IMODE(parquet.parent.stat().st_mode) == 0o755


def test_row_groups_follow_the_districts_first_appearance_and_keep_every_row(tmp_path):
    frame = cases(
        ("Oslo", "2019-01-01", None),
        (None, "2019-01-02", None),  # never valid, but never dropped either
        ("Agder", "2019-01-03", None),
        ("Oslo", "2019-01-04", None),
    )
    path = stored(tmp_path, frame)
    meta = pq.ParquetFile(path).metadata
    column = pq.ParquetFile(path).schema_arrow.get_field_index("distrikt")
    groups = [meta.row_group(i) for i in range(meta.num_row_groups)]
    assert [g.num_rows for g in groups] == [2, 1, 1]
    assert [g.column(column).statistics.max for g in (groups[0], groups[2])] == ["Oslo", "Agder"]
    back = store.read_cases(path)
    pd.testing.assert_frame_equal(back, frame)


def test_the_reading_codes_hash_covers_every_ingest_module_and_the_text_rules(monkeypatch):
    read_names = []
    real = Path.read_bytes

    def spy(self):
        read_names.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    digest = store.reader_sha256()
    package = Path(store.__file__).parent
    assert read_names == [*sorted(p.name for p in package.glob("*.py")), "untrusted.py"]
    assert {"xlsxfile.py", "csvfile.py", "rules.py", "parse.py", "store.py"} <= set(read_names)
    assert len(digest) == 64


def test_a_concurrent_save_of_the_same_content_is_used_as_it_is(data_dir, store_dir, monkeypatch):
    path = write_csv(data_dir)
    source = read.SourceFile(path=path, name=path.name, sha256="4" * 64, rows=3)
    theirs = {"format": store.FORMAT, "theirs": True}

    def rename_after_them(tmp, folder):
        folder.mkdir(parents=True)
        (folder / store.MANIFEST_FILE).write_text(json.dumps(theirs), encoding="utf-8")
        (folder / store.CASES_FILE).write_bytes(b"")
        raise OSError("the folder exists")

    monkeypatch.setattr(store.os, "rename", rename_after_them)
    parquet, manifest = store.save(AGDER_OSLO, path, [source])
    assert manifest == theirs
    assert sorted(p.name for p in store_dir.iterdir()) == [parquet.parent.name]  # tmp removed


def test_a_failed_save_that_is_no_concurrent_one_is_raised(data_dir, store_dir, monkeypatch):
    path = write_csv(data_dir)
    source = read.SourceFile(path=path, name=path.name, sha256="5" * 64, rows=3)

    def rename_fails(tmp, folder):
        raise OSError("disk full")

    monkeypatch.setattr(store.os, "rename", rename_fails)
    with pytest.raises(OSError, match="disk full"):
        store.save(AGDER_OSLO, path, [source])
    assert list(store_dir.iterdir()) == []  # nothing left behind
