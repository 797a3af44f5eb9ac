"""The one reader of the files people edit (klagerapport.userfiles): text that is not UTF-8 and
a YAML key written twice are errors naming the file, line and character, every one at once,
wherever the file is read (commentary, units.yml, config.yml, the commentary's YAML)."""

from __future__ import annotations

import pytest
from fakerun import make_fake_run, write_commentary

from klagerapport import paths, render, settings, userfiles
from klagerapport.errors import KlagerapportError, ProblemsError
from klagerapport.ingest import units

CP1252 = "Første linje.\nKlager fra Hønefoss.\nSiste linje – «sitat».\n".encode("cp1252")


def test_text_not_in_utf8_names_every_line_character_and_byte(tmp_path):
    file = tmp_path / "generelt.md"
    file.write_bytes(CP1252)
    with pytest.raises(userfiles.UserFileError) as err:
        userfiles.read_text(file, "commentary/oslo/2019/generelt.md")
    assert [(p.line, p.col, p.code) for p in err.value.problems] == [
        (1, 2, "encoding"),
        (2, 13, "encoding"),
        (3, 13, "encoding"),
    ]
    message = str(err.value)
    assert "commentary/oslo/2019/generelt.md, linje 1: filen er ikke lagret som UTF-8" in message
    assert "byte 0xF8 (byte 2 i filen" in message  # «ø» in Windows-1252
    assert all("lagre filen som UTF-8" in p.suggestion for p in err.value.problems)


def test_utf8_with_or_without_a_byte_order_mark_reads_alike(tmp_path):
    plain, marked = tmp_path / "a.md", tmp_path / "b.md"
    plain.write_text("Hønefoss\n", encoding="utf-8")
    marked.write_text("Hønefoss\n", encoding="utf-8-sig")
    assert userfiles.read_text(plain) == userfiles.read_text(marked) == "Hønefoss\n"


def test_a_key_twice_in_yaml_is_an_error_with_both_lines():
    text = "agder:\n  - a\noslo:\n  - b\nagder:\n  - c\nx: {y: 1, y: 2}\n"
    with pytest.raises(userfiles.UserFileError) as err:
        userfiles.parse_yaml(text, "data/reference/units.yml")
    assert [(p.line, p.col, p.code, p.text) for p in err.value.problems] == [
        (5, 1, "duplicate-key", "agder"),
        (7, 11, "duplicate-key", "y"),
    ]
    assert "første gang på linje 1" in err.value.problems[0].message
    assert "data/reference/units.yml, linje 5" in str(err.value)


def test_yaml_without_repeated_keys_reads_as_pyyaml_reads_it():
    text = "a: &x {b: 1}\nc:\n  <<: *x\n  d: 2\ne: [1, 2]\nf:\n  b: 3\n"
    assert userfiles.parse_yaml(text, "x.yml") == {
        "a": {"b": 1},
        "c": {"b": 1, "d": 2},
        "e": [1, 2],
        "f": {"b": 3},
    }


def test_units_yml_with_a_district_twice_is_refused_naming_the_line(tmp_path):
    """A second `agder:` silently replaced the first district's list."""
    file = tmp_path / "units.yml"
    file.write_text("agder:\n  - name: Kristiansand\nagder:\n  - name: Arendal\n", encoding="utf-8")
    with pytest.raises(ProblemsError, match=r"units\.yml, linje 3: nøkkelen «agder» står to"):
        units.for_district("Agder", file)


def test_config_with_a_key_twice_is_refused(tmp_path):
    file = tmp_path / "config.yml"
    file.write_text("district: Oslo\nyear: 2019\ndistrict: Agder\n", encoding="utf-8")
    with pytest.raises(KlagerapportError, match=r"linje 3: nøkkelen «district» står to"):
        settings.load(config_file=file)


def test_render_names_a_commentary_file_not_in_utf8(tmp_path, monkeypatch):
    """The build and the render name the file and line and say to save it as UTF-8, instead
    of «rendringen feilet: UnicodeDecodeError»."""
    root = tmp_path / "commentary"
    monkeypatch.setattr(paths, "COMMENTARY", root)
    write_commentary(root, {"generelt": "Tekst."})
    (root / "oslo" / "2019" / "kritikk.md").write_bytes(CP1252)
    (root / "oslo" / "2019" / "pass.md").write_bytes("Søknader.\n".encode("cp1252"))
    run_dir = make_fake_run(tmp_path / "run")
    with pytest.raises(KlagerapportError) as err:
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    message = str(err.value)
    assert "kritikk.md, linje 2: filen er ikke lagret som UTF-8" in message
    assert "pass.md, linje 1: filen er ikke lagret som UTF-8" in message  # every file at once
    assert "lagre filen som UTF-8" in message
    assert "UnicodeDecodeError" not in str(err.value)
    assert not (run_dir / "rapport.html").exists()


def test_render_of_a_comment_only_file_says_commentary_is_missing(tmp_path, monkeypatch):
    root = tmp_path / "commentary"
    monkeypatch.setattr(paths, "COMMENTARY", root)
    write_commentary(root, {"generelt": "<!-- TODO -->\n"})
    run_dir = make_fake_run(tmp_path / "run")
    result = render.render_run(
        run_dir, settings.load(district="Oslo", year=2019, engine="embedded")
    )
    assert [w for w in result.warnings if "generelt.md" in w] == [
        f"Kommentar mangler: Generelt ({paths.shown(root / 'oslo' / '2019' / 'generelt.md')})"
    ]
    html = (run_dir / "rapport.html").read_text(encoding="utf-8")
    part = html.split('id="kommentar-generelt"', 1)[1].split('id="kommentar-', 1)[0]
    assert "Kommentar mangler" in part
