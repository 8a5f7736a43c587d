"""The built-in demo session: deterministic, contract-shaped, and carrying the problems it claims to carry."""

from __future__ import annotations

import json
import math
from functools import cache

import numpy as np
import pytest

from companion.context import AudioClip, FindingKind, Snapshot
from companion.synth.demo import PLANTED, VOCAL_DROP_DB, DemoSession, build_demo, render_demo
from companion.synth.mix import ARRANGEMENTS, SyntheticMix, render_mix

SR = 48000
TRACK_NAMES = ["Kick", "Snare", "Hats", "Bass", "Gtr L", "Gtr R", "Keys", "Lead Vox"]


@cache
def demo() -> DemoSession:
    return build_demo()


@cache
def demo_mix() -> SyntheticMix:
    return render_demo()


@cache
def clean_mix() -> SyntheticMix:
    """The same song balanced properly: the reference the planted problems are measured against."""
    return render_mix("rock_band", 7, target_lufs=-14.0)


def band_power(x: np.ndarray, lo_hz: float, hi_hz: float) -> float:
    mono = x.astype(np.float64).mean(axis=1)
    power = np.abs(np.fft.rfft(mono)) ** 2
    freqs = np.fft.rfftfreq(mono.shape[0], 1.0 / SR)
    return float(power[(freqs >= lo_hz) & (freqs < hi_hz)].sum())


def test_demo_is_deterministic() -> None:
    a, b = demo(), build_demo()
    assert np.array_equal(a.clip.samples, b.clip.samples)
    assert a.snapshot.to_dict() == b.snapshot.to_dict()
    assert a.planted == b.planted == PLANTED


def test_demo_clip_is_a_20_s_stereo_capture() -> None:
    clip = demo().clip
    assert isinstance(clip, AudioClip)
    assert clip.samples.dtype == np.float32 and clip.samples.shape == (20 * SR, 2)
    assert clip.sample_rate == SR and clip.source == "demo"
    assert np.isfinite(clip.samples).all()
    assert 0.05 < np.max(np.abs(clip.samples)) < 0.95


def _walk_numbers(value: object) -> list[float]:
    if isinstance(value, dict):
        return [n for v in value.values() for n in _walk_numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in _walk_numbers(v)]
    if isinstance(value, float):
        return [value]
    return []


def test_demo_snapshot_follows_the_contract() -> None:
    from bridge.reaper.schemas import errors

    snap = demo().snapshot
    data = snap.to_dict()
    text = json.dumps(data, allow_nan=False)  # no NaN or inf anywhere
    assert errors("snapshot", json.loads(text)) == []
    assert all(math.isfinite(n) for n in _walk_numbers(data))
    assert [t.name for t in snap.tracks] == [*TRACK_NAMES, "Room"]
    assert [t.index for t in snap.tracks] == list(range(1, len(TRACK_NAMES) + 2))
    assert all(-1.0 <= t.pan <= 1.0 for t in snap.tracks)
    assert all(t.guid.startswith("{") and t.guid.endswith("}") and len(t.guid) == 38 for t in snap.tracks)
    assert len({t.guid for t in snap.tracks}) == len(snap.tracks)
    assert all(isinstance(t.volume_db, float) for t in snap.tracks)
    for t in snap.tracks:
        assert t.level is not None and t.level.window_s == pytest.approx(20.0)
        assert t.level.avg_peak_db is not None and t.level.avg_peak_db <= t.level.max_peak_db <= 0.0
    assert snap.project.play_state == "playing" and snap.project.sample_rate == SR
    assert Snapshot.from_dict(json.loads(text)) == snap


def test_clean_tracks_carry_reaper_like_fx() -> None:
    snap = demo().snapshot
    kick = snap.track("Kick")
    assert kick is not None
    eq = kick.find_fx("ReaEQ")
    comp = kick.find_fx("ReaComp")
    assert eq is not None and eq.name == "ReaEQ (Cockos)"
    assert comp is not None and comp.name == "ReaComp (Cockos)"
    for name in ("Threshold", "Ratio", "Attack", "Release"):
        p = comp.param(name)
        assert p is not None and 0.0 <= p.value <= 1.0 and p.formatted
    freq = eq.param("Freq-")
    assert freq is not None and 0.0 <= freq.value <= 1.0 and float(freq.formatted) > 0
    vox = snap.track("Lead Vox")
    assert vox is not None and vox.sends and vox.sends[0].dest_name == "Room"


def test_guitars_are_muddy_and_have_no_eq() -> None:
    snap = demo().snapshot
    for name in ("Gtr L", "Gtr R"):
        track = snap.track(name)
        assert track is not None and track.fx == ()  # nothing on them: no high-pass, no EQ
        muddy = demo_mix().stems[name]
        clean = clean_mix().stems[name]
        # low-mid build-up against the mids, compared with the balanced version of the same take
        lift_db = 10 * math.log10(
            (band_power(muddy, 250, 400) / band_power(muddy, 1000, 4000))
            / (band_power(clean, 250, 400) / band_power(clean, 1000, 4000))
        )
        assert lift_db >= 4.0
        lows_db = 10 * math.log10(
            (band_power(muddy, 60, 110) / band_power(muddy, 1000, 4000))
            / (band_power(clean, 60, 110) / band_power(clean, 1000, 4000))
        )
        assert lows_db >= 6.0  # no high-pass
    clean_gtr = ARRANGEMENTS["rock_band"].tracks[4]
    assert clean_gtr.name == "Gtr L" and clean_gtr.fx  # the balanced version does have its EQ


def test_lead_vox_sits_about_8_db_under_where_it_belongs() -> None:
    snap, clean = demo().snapshot, clean_mix().snapshot
    vox, ref = snap.track("Lead Vox"), clean.track("Lead Vox")
    assert vox is not None and ref is not None
    assert ref.volume_db - vox.volume_db == pytest.approx(VOCAL_DROP_DB)
    assert ref.level.avg_peak_db - vox.level.avg_peak_db == pytest.approx(VOCAL_DROP_DB, abs=0.6)
    guitars = max(snap.track("Gtr L").level.avg_peak_db, snap.track("Gtr R").level.avg_peak_db)
    assert guitars - vox.level.avg_peak_db >= 6.0  # buried under the guitars


def test_demo_master_is_not_the_problem() -> None:
    """Loudness and peaks are fine, so the answer is about the balance, not about the master."""
    import pyloudnorm

    x = demo().clip.samples.astype(np.float64)
    assert pyloudnorm.Meter(SR).integrated_loudness(x) == pytest.approx(-14.0, abs=0.5)
    assert np.max(np.abs(x)) < 10 ** (-1.0 / 20)


def test_listening_analysis_hears_the_planted_problems() -> None:
    from companion.analysis import analyze, diagnose

    session = demo()
    analysis = analyze(session.clip.samples, session.clip.sample_rate, session.genre)
    findings = diagnose(analysis, session.snapshot, target="spotify", genre=session.genre)
    problems = {(f.kind, f.track) for f in findings if f.is_problem}
    assert (FindingKind.MUDDY, None) in problems
    assert (FindingKind.TRACK_TOO_QUIET, "Lead Vox") in problems
    assert all(kind in session.expected_kinds for kind, _ in problems)
    assert all(track in session.tracks_at_fault for _, track in problems if track is not None)
