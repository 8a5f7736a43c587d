"""The rendered sessions (benchmarks.sessions): real FluidR3 samples through fluidsynth, mixed, mastered and
described by a snapshot the bridge could have written. Checked with independent meters (pyloudnorm, numpy).

Needs fluidsynth and fluid-soundfont-gm: skipped on a machine without them, but never under CI=true (there the
render raises and the tests fail, so a green CI means they ran).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.sessions import STYLES, render_session, scenarios
from benchmarks.sessions import render as render_mod
from benchmarks.sessions.mixdown import BALANCES
from benchmarks.sessions.parts import arrangement
from bridge.reaper import schemas
from bridge.reaper.snapshot_decode import decode_snapshot
from companion.context import BAND_NAMES, Snapshot
from companion.knowledge.reaeq import eq_bands

MISSING = render_mod.missing()
pytestmark = pytest.mark.skipif(
    MISSING is not None and os.environ.get("CI", "").lower() != "true", reason=f"{MISSING}"
)
SECONDS = 8.0


def lufs(x: np.ndarray, sample_rate: int = 48000) -> float:
    import pyloudnorm

    return float(pyloudnorm.Meter(sample_rate).integrated_loudness(x.astype(np.float64)))


def true_peak_db(x: np.ndarray) -> float:
    from scipy.signal import resample_poly

    return float(20 * np.log10(np.max(np.abs(resample_poly(x.astype(np.float64), 4, 1, axis=0)))))


@pytest.mark.parametrize("style", list(STYLES))
def test_each_style_is_mastered_and_metered_like_the_bridge_would(style: str) -> None:
    s = render_session(style, 3, seconds=SECONDS)
    assert s.mix.shape == (int(SECONDS * 48000), 2) and s.mix.dtype == np.float32
    assert lufs(s.mix) == pytest.approx(-14.0, abs=0.5)
    assert true_peak_db(s.mix) <= -0.9
    names = [t.name for t in s.snapshot.tracks]
    assert names == [setup.name for setup in BALANCES[style]] and "Lead Vocal" in names
    data = s.snapshot.to_dict()
    assert schemas.errors("snapshot", data) == []
    assert decode_snapshot(json.dumps(data).encode()) == Snapshot.from_dict(data)
    for track in s.snapshot.tracks:
        level = track.level
        assert level is not None and level.lufs is not None and set(level.bands_db) == set(BAND_NAMES)
        # the snapshot's loudness is the track meter's, post-fader: an independent BS.1770 meter agrees
        assert level.lufs == pytest.approx(lufs(s.outputs[track.name]), abs=0.15), track.name
        assert track.fx and track.fx[0].name == "VST: ReaEQ (Cockos)" and len(set(track.guid)) > 10
    # the balance is the style's convention: every track within +-1.5 dB (the seed's jitter) of its place
    lead = s.snapshot.track("Lead Vocal").level.lufs
    for setup in BALANCES[style]:
        got = s.snapshot.track(setup.name).level.lufs - lead
        assert got == pytest.approx(setup.level_db, abs=1.6), setup.name


def test_rendering_is_deterministic_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIXASSIST_SESSIONS_CACHE", str(tmp_path))
    part = arrangement("folk", 5, 2).part("Fiddle")
    first, hit1 = render_mod.render_stem(part, 90.0, 48000, 48000 * 4)
    second, hit2 = render_mod.render_stem(part, 90.0, 48000, 48000 * 4)
    assert (hit1, hit2) == (False, True) and np.array_equal(first, second)
    assert len(list(tmp_path.glob("*.npy"))) == 1 and np.abs(first).max() > 0.01
    (tmp_path / next(tmp_path.glob("*.npy")).name).write_bytes(b"damaged")  # a broken entry is rendered again
    again, hit3 = render_mod.render_stem(part, 90.0, 48000, 48000 * 4)
    assert not hit3 and np.array_equal(again, first)
    other = arrangement("folk", 6, 2).part("Fiddle")
    assert render_mod.midi_bytes(other, 90.0) != render_mod.midi_bytes(part, 90.0)


def test_arrangements_are_seeded_and_musically_plausible() -> None:
    a, b, c = arrangement("soul", 1, 6), arrangement("soul", 1, 6), arrangement("soul", 2, 6)
    assert a == b and a != c
    lead = [n.pitch for n in a.part("Lead Vocal").notes]
    assert min(lead) >= 57 and max(lead) <= 77  # a singer's range: A3..F5
    beats = a.bars * 4
    horn_time = sum(n.length_beats for n in a.part("Horns").notes) / max(
        1, len({n.pitch for n in a.part("Horns").notes})
    )
    assert horn_time < 0.25 * beats  # stabs: the horns play less than a quarter of the time
    assert all(n.pitch < 60 for n in a.part("Bass").notes)


def test_planted_scenarios_do_what_they_say() -> None:
    clean = render_session("rock", 3, seconds=SECONDS)
    louder = render_session("rock", 3, "Gtr L +10", seconds=SECONDS)
    quieter = render_session("rock", 3, "Lead Vocal -10", seconds=SECONDS)
    masked = render_session("rock", 3, "masking", seconds=SECONDS)

    def level(s, name):
        return s.snapshot.track(name).level

    assert level(louder, "Gtr L").lufs - level(clean, "Gtr L").lufs == pytest.approx(10.0, abs=0.01)
    assert louder.snapshot.track("Gtr L").volume_db - clean.snapshot.track(
        "Gtr L"
    ).volume_db == pytest.approx(10.0)
    assert level(quieter, "Lead Vocal").lufs - level(clean, "Lead Vocal").lufs == pytest.approx(
        -10.0, abs=0.01
    )
    assert level(louder, "Bass").lufs == level(clean, "Bass").lufs  # the other tracks are untouched
    boost = level(masked, "Gtr L").bands_db["mid"] - level(clean, "Gtr L").bands_db["mid"]
    assert boost > 5.0
    bands = eq_bands(masked.snapshot.track("Gtr L").fx[0])
    boost_db = masked.extra["masking_boost_db"]
    assert 3.0 <= boost_db <= 18.0
    at_1k = [b.gain_db for b in bands if b.freq_hz == pytest.approx(1000.0)]
    assert sum(at_1k) == pytest.approx(boost_db, abs=0.05) and max(at_1k) <= 12.0  # ReaEQ's +12 dB per band
    # sized on the outputs with a plain FFT: the guitar now tops the vocal at 500 Hz-2 kHz (unless capped)
    from benchmarks.sessions.mixdown import band_power_db

    gtr, vox = masked.outputs["Gtr L"], masked.outputs["Lead Vocal"]
    over = band_power_db(gtr, 48000, 500, 2000) - band_power_db(vox, 48000, 500, 2000)
    assert over >= 2.9 or boost_db == 18.0
    expects = {sc.name: sc.expect for sc in scenarios("rock")}
    assert expects["masking"].track == "Gtr L" and expects["masking"].other_track == "Lead Vocal"
    assert expects["Kick -10"].kind == "track_too_quiet" and len(expects) == 1 + 2 * 8 + 1


def test_a_third_party_eq_boost_is_listed_but_not_as_reaeq() -> None:
    s = render_session("folk", 3, "masking", seconds=SECONDS)
    fx = s.snapshot.track("Acoustic Gtr").fx
    assert [f.name for f in fx] == ["VST: ReaEQ (Cockos)", "VST3: Tone EQ (ThirdParty)"]
    assert all(b.freq_hz != pytest.approx(1000.0) for b in eq_bands(fx[0]))


def test_bad_requests_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown style"):
        arrangement("polka", 1, 4)
    with pytest.raises(ValueError, match="no scenario"):
        render_session("rock", 1, "Tuba +10")
    with pytest.raises(ValueError, match="4-30 s"):
        render_session("rock", 1, seconds=90.0)
