"""The processed store: Parquet + manifest, re-used while the source files are unchanged."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from casefiles import GOOD, HEADER, fixtures, row, write_csv

from klagerapport import __version__, paths
from klagerapport.errors import KlagerapportError, ValidationError
from klagerapport.ingest import contract, parse, read, store, validate

data_dir, store_dir = fixtures()


def test_store_location_and_manifest(data_dir, store_dir):
    path = write_csv(data_dir, name="Klager Øst 2019.csv")
    result = validate.load_validated(path)
    key = store.content_key(store.file_entries([path]))  # keyed by content (issue 9)
    assert result.processed == store_dir / f"klager-ost-2019-{key}" / "cases.parquet"
    manifest = json.loads((result.processed.parent / "manifest.json").read_text("utf-8"))
    assert manifest == result.manifest
    assert manifest["files"] == [
        {"name": "Klager Øst 2019.csv", "sha256": read.sha256(path.read_bytes()), "rows": 3}
    ]
    assert manifest["rows_kept"] == 3
    assert manifest["package_version"] == __version__
    assert manifest["synthetic"] is False
    assert manifest["created"].endswith("+00:00")


def test_a_change_in_the_reading_code_makes_a_new_snapshot(data_dir, store_dir, monkeypatch):
    """A snapshot read by other ingest code is never reused (a reading rule may have changed
    what the same bytes mean, e.g. whitespace in a unit name)."""
    path = write_csv(data_dir)
    first = validate.load_validated(path).processed
    assert validate.load_validated(path).processed == first  # same code, same bytes: reused
    real = store.reader_sha256()
    monkeypatch.setattr(store, "reader_sha256", lambda: "0" * 64)
    second = validate.load_validated(path).processed
    assert second != first and second.is_file() and first.is_file()
    assert len(real) == 64 and real != "0" * 64


def test_folder_source_is_named_by_folder_and_can_be_synthetic(data_dir, store_dir):
    write_csv(data_dir)
    (data_dir / "manifest.yml").write_text("synthetic: true\nseed: 1\n", encoding="utf-8")
    result = validate.load_validated(data_dir)
    key = store.content_key(store.file_entries(read.find_files(data_dir)))
    assert result.processed.parent == store_dir / f"raw-{key}"
    assert result.manifest["synthetic"] is True


def test_read_cases_round_trip_with_canonical_dtypes(data_dir, store_dir):
    result = validate.load_validated(write_csv(data_dir))
    back = store.read_cases(result.processed)
    pd.testing.assert_frame_equal(back, result.cases)
    assert dict(back.dtypes.astype(str)) == contract.canonical_dtypes()


def test_private_columns_never_reach_the_store(data_dir, store_dir):
    rows = [(*r, "navn og fødselsnummer") for r in GOOD]
    result = validate.load_validated(write_csv(data_dir, rows, header=(*HEADER, "beskrivelse")))
    stored = pd.read_parquet(result.processed)
    assert list(stored.columns) == list(contract.canonical_columns())
    raw_bytes = result.processed.read_bytes()
    assert b"2019/0001" not in raw_bytes
    assert "fødselsnummer".encode() not in raw_bytes
    assert result.manifest["ignored_columns"] == ["beskrivelse"]


def test_unchanged_source_reuses_the_store(data_dir, store_dir, monkeypatch):
    path = write_csv(data_dir)
    first = validate.load_validated(path)
    assert first.reused is False
    stamp = first.processed.stat().st_mtime_ns

    def must_not_parse(*args, **kwargs):
        raise AssertionError("the source was parsed again")

    monkeypatch.setattr(parse, "read_files", must_not_parse)
    second = validate.load_validated(path, district="Oslo", year=2019)
    assert second.reused is True
    assert second.manifest == first.manifest
    assert second.processed.stat().st_mtime_ns == stamp
    pd.testing.assert_frame_equal(second.cases, first.cases)
    assert second.warnings == ["1 sak mottatt i 2019 er fortsatt under behandling."]


def test_changed_source_is_parsed_again(data_dir, store_dir):
    path = write_csv(data_dir)
    validate.load_validated(path)
    write_csv(data_dir, [*GOOD, row(saksnr="2019/0004")])
    again = validate.load_validated(path)
    assert again.reused is False
    assert len(again.cases) == 4
    assert again.manifest["files"][0]["sha256"] == read.sha256(path.read_bytes())


def test_added_file_in_folder_is_parsed_again(data_dir, store_dir):
    write_csv(data_dir, name="a.csv")
    validate.load_validated(data_dir)
    write_csv(data_dir, [row(saksnr="2019/0004")], name="b.csv")
    again = validate.load_validated(data_dir)
    assert again.reused is False and len(again.cases) == 4


def test_invalid_new_source_keeps_the_previous_store(data_dir, store_dir):
    path = write_csv(data_dir)
    good = validate.load_validated(path)
    before = good.processed.read_bytes(), (good.processed.parent / "manifest.json").read_text()
    write_csv(data_dir, [row(grunnlag="feil")])
    with pytest.raises(ValidationError):
        validate.load_validated(path)
    after = good.processed.read_bytes(), (good.processed.parent / "manifest.json").read_text()
    assert after == before
    assert sorted(p.name for p in good.processed.parent.iterdir()) == [
        "cases.parquet",
        "manifest.json",
    ]


def test_read_cases_of_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(KlagerapportError, match="Kan ikke lese"):
        store.read_cases(tmp_path / "cases.parquet")


def test_same_named_files_never_share_a_snapshot(tmp_path, store_dir):
    one, two = tmp_path / "a" / "oslo.csv", tmp_path / "b" / "oslo.csv"
    one.parent.mkdir(), two.parent.mkdir()
    write_csv(one.parent, name="oslo.csv")
    write_csv(two.parent, [*GOOD, row(saksnr="2019/0004")], name="oslo.csv")
    first, second = validate.load_validated(one), validate.load_validated(two)
    assert first.processed != second.processed
    assert len(store.read_cases(first.processed)) == 3  # the first snapshot is untouched
    assert len(store.read_cases(second.processed)) == 4


def test_a_snapshot_is_never_rewritten(data_dir, store_dir, monkeypatch):
    path = write_csv(data_dir)
    first = validate.load_validated(path)
    stamp = first.processed.stat().st_mtime_ns
    monkeypatch.setattr(
        store, "matching_manifest", lambda folder, files, entries=None: None
    )  # parse again
    again = validate.load_validated(path)
    assert again.processed == first.processed
    assert again.processed.stat().st_mtime_ns == stamp
    assert not [p for p in store_dir.iterdir() if ".tmp-" in p.name]


def _write(name: str, content: bytes):
    return lambda folder: (folder / name).write_bytes(content)


def _replace_by_folder(name: str):
    def damage(folder):
        (folder / name).unlink()
        (folder / name).mkdir()

    return damage


# how a snapshot can be broken after it was made, and what the error then says is wrong
NOT_JSON = "manifest.json er ikke gyldig JSON"
NOT_MANIFEST = "manifest.json er ikke et manifest for lagrede saker"
BROKEN = {
    "no manifest": (lambda f: (f / store.MANIFEST_FILE).unlink(), "manifest.json mangler"),
    "not JSON": (_write(store.MANIFEST_FILE, b'{"format": 2,'), NOT_JSON),
    "not UTF-8": (_write(store.MANIFEST_FILE, b'{"source": "\xff"}'), NOT_JSON),
    "a list": (_write(store.MANIFEST_FILE, b"[]"), NOT_MANIFEST),
    "files as names": (_write(store.MANIFEST_FILE, b'{"files": ["a.csv"]}'), NOT_MANIFEST),
    "a file without its hash": (
        _write(store.MANIFEST_FILE, b'{"files": [{"name": "a.csv"}]}'),
        NOT_MANIFEST,
    ),
    "a hash not text": (
        _write(store.MANIFEST_FILE, b'{"files": [{"name": "a.csv", "sha256": 1}]}'),
        NOT_MANIFEST,
    ),
    "a name not text": (
        _write(store.MANIFEST_FILE, b'{"files": [{"name": 1, "sha256": "1"}]}'),
        NOT_MANIFEST,
    ),
    "files not a list": (
        _write(store.MANIFEST_FILE, b'{"files": {"name": "a.csv"}}'),
        NOT_MANIFEST,
    ),
    "unreadable manifest": (
        _replace_by_folder(store.MANIFEST_FILE),
        "manifest.json kan ikke leses (Is a directory)",  # the system's words for it
    ),
    "no cases": (lambda f: (f / store.CASES_FILE).unlink(), "cases.parquet mangler"),
}


@pytest.mark.parametrize("how", BROKEN)
def test_a_broken_snapshot_is_a_user_error_naming_its_folder_and_is_left_alone(
    data_dir, store_dir, how
):
    damage, what = BROKEN[how]
    path = write_csv(data_dir)
    folder = validate.load_validated(path).processed.parent
    damage(folder)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(KlagerapportError) as caught:
        validate.load_validated(path)
    assert type(caught.value) is KlagerapportError  # crosses from a batch's worker as it is
    assert str(caught.value) == (
        f"{paths.shown(folder)}: de lagrede sakene er ødelagt: {what}. Slett mappen og kjør "
        "klagerapport validate på nytt; den lages igjen fra kildefilene."
    )
    assert sorted(p.name for p in folder.iterdir()) == before  # never written over
    assert [p.name for p in store_dir.iterdir()] == [folder.name]  # no save left behind


def test_a_file_where_the_snapshot_belongs_is_named(data_dir, store_dir):
    path = write_csv(data_dir)
    folder = store.location(path)
    store_dir.mkdir(parents=True, exist_ok=True)
    folder.write_text("ikke en mappe", encoding="utf-8")
    said = "de lagrede sakene er ødelagt: mappen kan ikke leses (Not a directory)"
    with pytest.raises(KlagerapportError, match=re.escape(said)):
        validate.load_validated(path)
    assert folder.read_text(encoding="utf-8") == "ikke en mappe"


def test_an_empty_snapshot_folder_is_no_snapshot_yet_and_is_filled(data_dir, store_dir):
    path = write_csv(data_dir)
    folder = store.location(path)
    folder.mkdir(parents=True)
    result = validate.load_validated(path)
    assert result.reused is False and result.processed == folder / store.CASES_FILE
    assert sorted(p.name for p in folder.iterdir()) == [store.CASES_FILE, store.MANIFEST_FILE]
    assert validate.load_validated(path).reused is True


def test_one_row_group_per_district_and_a_districts_read_is_its_share_of_all(tmp_path):
    import pyarrow.parquet as pq

    from klagerapport.ingest import rules
    from klagerapport.stats import populations

    national = paths.ROOT / "data/raw/sample-national/norge-2016-2022.csv"
    frame, _ = rules.validate_files([national])
    path = tmp_path / store.CASES_FILE
    store.write_cases(frame, path)
    groups = pq.ParquetFile(path).metadata.num_row_groups
    assert groups == frame["distrikt"].nunique() > 1
    pd.testing.assert_frame_equal(store.read_cases(path), frame)  # all: the source's order
    for district in ("Oslo", "møre og romsdal", "Finnmark", "Norge"):
        mine = store.read_cases(path, district=district)
        if district != "Norge":
            assert len(mine) < len(frame)  # other districts' rows were not read
        expected = populations.for_district(frame, district)
        pd.testing.assert_frame_equal(populations.for_district(mine, district), expected)
    for other in ("Agder politidistrikt", "Atlantis"):  # the same error as before
        with pytest.raises(KlagerapportError) as before:
            populations.for_district(frame, other)
        with pytest.raises(KlagerapportError) as now:
            populations.for_district(store.read_cases(path, district=other), other)
        assert str(now.value) == str(before.value)
