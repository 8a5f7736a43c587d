"""The virtual project: deterministic factory, undoable changes, meters and levels, snapshot schema."""

from __future__ import annotations

import json
import math
import re
import threading
from pathlib import Path

import jsonschema
import pytest

from bridge.virtual.project import (
    METER_FLOOR_DB,
    VirtualProject,
    build_project,
)
from companion.context import Snapshot

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "bridge" / "reaper" / "schemas" / "snapshot.schema.json"
GUID_RE = re.compile(r"^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$")


@pytest.mark.parametrize(("n_tracks", "n_fx", "n_params"), [(0, 0, 0), (1, 1, 1), (8, 2, 4), (64, 8, 40)])
def test_factory_builds_the_requested_shape(n_tracks: int, n_fx: int, n_params: int) -> None:
    snap = build_project(n_tracks, n_fx, n_params).to_snapshot(captured_at=1.0)
    assert len(snap.tracks) == n_tracks
    assert [t.index for t in snap.tracks] == list(range(1, n_tracks + 1))
    assert all(len(t.fx) == n_fx and all(len(f.params) == n_params for f in t.fx) for t in snap.tracks)
    assert all(GUID_RE.match(t.guid) for t in snap.tracks)
    assert len({t.guid for t in snap.tracks}) == n_tracks
    assert all(0.0 <= p.value <= 1.0 for t in snap.tracks for f in t.fx for p in f.params)


def test_factory_is_deterministic_per_seed() -> None:
    a = build_project(12, 3, 5, seed=7).to_snapshot(captured_at=1.0)
    b = build_project(12, 3, 5, seed=7).to_snapshot(captured_at=1.0)
    c = build_project(12, 3, 5, seed=8).to_snapshot(captured_at=1.0)
    assert a == b
    assert a.tracks[0].guid != c.tracks[0].guid
    assert [t.name for t in a.tracks][:3] == ["Kick", "Snare", "Hats"]
    assert a.tracks[0].fx[0].name == "VST: ReaEQ (Cockos)"
    assert a.tracks[0].fx[0].params[0].name == "Freq-Low Shelf"
    assert build_project(13).tracks[12].name == "Kick 2"


def test_factory_rejects_negative_counts() -> None:
    with pytest.raises(ValueError, match=">= 0"):
        build_project(-1)


def test_snapshot_validates_and_round_trips_through_json() -> None:
    project = build_project(16, 3, 4)
    project.set_play_state("playing")
    project.advance(2.0)
    snap = project.to_snapshot(captured_at=123.0)
    data = json.loads(json.dumps(snap.to_dict(), allow_nan=False))
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text()))
    assert Snapshot.from_dict(data) == snap
    sends = [s for t in snap.tracks for s in t.sends]
    assert sends and all(s.dest_guid == snap.tracks[-1].guid and s.volume_db == -12.0 for s in sends)


def test_change_returns_before_bumps_counter_and_undoes() -> None:
    project = build_project(4, 1, 2)
    before_db = project.track(2).volume_db
    count = project.state_change_count
    assert project.set_track_value(2, "volume_db", -3.5, "MixAssist: Snare -3.5 dB") == before_db
    assert project.track(2).volume_db == -3.5
    assert project.state_change_count == count + 1
    assert project.undo_labels() == ["MixAssist: Snare -3.5 dB"]
    assert project.undo() == "MixAssist: Snare -3.5 dB"
    assert project.track(2).volume_db == before_db
    assert project.redo() == "MixAssist: Snare -3.5 dB"
    assert project.track(2).volume_db == -3.5
    assert project.state_change_count == count + 3


def test_setting_the_same_value_is_not_an_undo_step() -> None:
    project = build_project(2)
    count = project.state_change_count
    project.set_track_value(1, "mute", False)
    assert project.state_change_count == count
    assert project.undo_labels() == []
    assert project.undo() is None


def test_undo_block_makes_one_step_of_many_changes() -> None:
    project = build_project(3, 2, 3)
    fx_was = project.track(1).fx[1].enabled
    param_was = project.track(1).fx[0].params[2].value
    with project.undo_block("MixAssist: tidy drums"):
        project.set_track_value(1, "volume_db", -6.0)
        with project.undo_block("inner"):  # joins the outer block
            project.set_fx_enabled(1, 1, not fx_was)
        project.set_fx_param(1, 0, 2, 0.125)
    assert project.undo_labels() == ["MixAssist: tidy drums"]
    assert project.undo() == "MixAssist: tidy drums"
    assert project.track(1).fx[1].enabled is fx_was
    assert project.track(1).fx[0].params[2].value == param_was


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("volume_db", 40.0, 12.0),
        ("volume_db", -1e9, -150.0),
        ("volume_db", -math.inf, -150.0),
        ("pan", 3.0, 1.0),
    ],
)
def test_values_are_clamped_to_reaper_ranges(field: str, value: float, expected: float) -> None:
    project = build_project(1)
    project.set_track_value(1, field, value)
    assert getattr(project.track(1), field) == expected


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda p: p.set_track_value(9, "mute", True), IndexError),
        (lambda p: p.set_track_value(0, "mute", True), IndexError),
        (lambda p: p.set_track_value(1, "colour", 3), KeyError),
        (lambda p: p.set_track_value(1, "pan", math.nan), ValueError),
        (lambda p: p.set_fx_param(1, 0, 0, 1.5), ValueError),
        (lambda p: p.set_fx_param(1, 0, 0, math.nan), ValueError),
        (lambda p: p.set_fx_param(1, 0, 7, 0.5), IndexError),
        (lambda p: p.set_fx_enabled(1, 5, True), IndexError),
        (lambda p: p.set_play_state("rewinding"), ValueError),
    ],
)
def test_bad_changes_raise_and_change_nothing(call, error: type[Exception]) -> None:
    project = build_project(2, 1, 2)
    before = project.to_snapshot(captured_at=0.0)
    with pytest.raises(error):
        call(project)
    assert project.to_snapshot(captured_at=0.0) == before
    assert project.state_change_count == 0


def test_formatted_param_follows_its_display_range() -> None:
    project = build_project(1, 2, 2)  # track 1: ReaEQ, ReaComp
    project.set_fx_param(1, 1, 0, 0.5)  # ReaComp Thresh, -60..0 dB
    param = project.to_snapshot().tracks[0].fx[1].params[0]
    assert (param.name, param.value, param.formatted) == ("Thresh", 0.5, "-30.0dB")


def test_levels_average_and_max_over_playback_only() -> None:
    project = build_project(2)
    project.set_meters(1, [-12.0, -12.0])
    project.advance(5.0)  # stopped: nothing recorded, position stays
    assert project.level(1) is None and project.position_s == 0.0
    project.set_play_state("playing")
    for _ in range(10):
        project.advance(0.1)
    project.set_meters(1, [-6.0, -9.0])  # the peak of the channels counts
    for _ in range(10):
        project.advance(0.1)
    level = project.level(1, window_s=20.0)
    assert level is not None
    assert level.avg_peak_db == pytest.approx(-9.0)
    assert level.max_peak_db == -6.0
    assert level.window_s == pytest.approx(2.0)
    assert project.position_s == pytest.approx(2.0)
    last_second = project.level(1, window_s=1.0)
    assert last_second is not None and last_second.avg_peak_db == pytest.approx(-6.0)


def test_silent_meters_read_as_the_floor_not_inf() -> None:
    project = build_project(1)
    project.set_meters(1, [-math.inf, math.nan])
    project.set_play_state("playing")
    project.advance(1.0)
    level = project.level(1)
    assert level is not None and level.avg_peak_db == METER_FLOOR_DB
    project.set_meters(0, [-math.inf, -math.inf])
    assert project.to_snapshot().master.peak_db is None


def test_changes_from_many_threads_are_all_counted() -> None:
    project = VirtualProject(build_project(8).tracks)

    def toggle(number: int) -> None:
        for i in range(200):
            project.set_track_value(number, "mute", i % 2 == 0)

    threads = [threading.Thread(target=toggle, args=(n,)) for n in range(1, 9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert project.state_change_count == 8 * 200
    assert len(project.undo_stack) == 8 * 200
