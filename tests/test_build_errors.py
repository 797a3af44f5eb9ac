"""A newcomer's trial of `klagerapport build`: what a build says when the year has no data, and
how its errors read (one test per problem found)."""

from __future__ import annotations

import json

from klagerapport import render
from klagerapport.render import edition


def _run_with_received(tmp_path, total):
    run_dir = tmp_path / "run"
    (run_dir / "values").mkdir(parents=True)
    values = {"received.total": {"value": total, "text": str(total)}}
    (run_dir / "values" / "received.json").write_text(json.dumps(values), encoding="utf-8")
    return run_dir


def test_a_year_without_received_complaints_is_a_warning_in_the_draft(tmp_path):
    notes = render.data_notes(_run_with_received(tmp_path, 0), 2020)
    assert [n.severity for n in notes] == ["warning"]
    assert notes[0].message.startswith("Ingen klager er registrert mottatt i 2020")
    box = "\n".join(edition.draft_box(notes))
    assert "Ingen klager er registrert mottatt i 2020" in box
    assert render.data_notes(_run_with_received(tmp_path / "b", 211), 2019) == []
    assert render.data_notes(tmp_path / "no-run", 2019) == []
