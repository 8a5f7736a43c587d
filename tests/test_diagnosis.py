"""Diagnosis rules on hand-built analyses: each kind fires past its threshold, stays quiet on a clean mix."""

from __future__ import annotations

import pytest

from companion.context import FindingKind, Snapshot, StereoImage, Track, TrackLevel
from companion.errors import BadInput
from companion.listening.diagnosis import diagnose, grade
from tests.fakes.analyses import clean, tilted


def kinds(findings, problems_only: bool = True) -> set[FindingKind]:
    return {f.kind for f in findings if f.is_problem or not problems_only}


def test_clean_mix_has_no_problems():
    assert kinds(diagnose(clean())) == set()


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({"clipped_samples": 250, "sample_peak_dbfs": 0.0, "true_peak_dbtp": 0.6}, FindingKind.CLIPPING),
        ({"integrated_lufs": -8.0, "plr_db": 8.5}, FindingKind.TOO_LOUD),
        ({"integrated_lufs": -24.0}, FindingKind.TOO_QUIET),
        ({"plr_db": 6.0, "crest_db": 7.5}, FindingKind.OVER_COMPRESSED),
        # tonal: beyond the range real mixes occupy (the median real song is the clean mix; see fakes)
        (tilted({"low_mid": 16.0}), FindingKind.MUDDY),
        (tilted({"bass": 20.0}), FindingKind.BOOMY),
        (tilted({"sub": -20.0, "bass": -20.0}), FindingKind.THIN),
        (tilted({"high_mid": 12.0, "presence": 12.0}), FindingKind.HARSH),
        (tilted({"presence": -20.0, "air": -25.0}), FindingKind.DULL),
        ({"stereo": StereoImage(0.99, 0.005, 0.999, 0.0)}, FindingKind.NARROW),
        ({"stereo": StereoImage(-0.4, 0.7, -0.5, 0.0)}, FindingKind.PHASE_ISSUE),
        ({"stereo": StereoImage(0.5, 0.25, -0.1, 0.0)}, FindingKind.LOW_END_NOT_MONO),
        ({"stereo": StereoImage(0.7, 0.2, 0.98, 4.0)}, FindingKind.LR_IMBALANCE),
        ({"dc_offset": 0.02}, FindingKind.DC_OFFSET),
    ],
)
def test_each_kind_fires(changes, kind):
    found = diagnose(clean(**changes))
    assert kind in kinds(found)
    f = next(f for f in found if f.kind is kind)
    assert 0.3 <= f.severity <= 1.0
    assert any(ch.isdigit() for ch in f.summary), "the summary carries the measured number"
    assert f.evidence


def test_silence_is_the_only_audio_finding():
    silent = clean(
        integrated_lufs=float("-inf"), sample_peak_dbfs=float("-inf"), true_peak_dbtp=float("-inf")
    )
    found = diagnose(silent)
    assert [f.kind for f in found] == [FindingKind.SILENCE]
    assert found[0].to_dict()["evidence"]["integrated_lufs"] is None


def test_mono_file_is_not_called_narrow():
    mono = clean(channels=1, stereo=StereoImage(1.0, 0.0, 1.0, 0.0))
    assert FindingKind.NARROW not in kinds(diagnose(mono), problems_only=False)


def test_target_changes_loudness_verdict():
    a = clean(integrated_lufs=-14.0)
    assert kinds(diagnose(a, target="spotify")) == set()
    assert FindingKind.TOO_LOUD in kinds(diagnose(a, target="ebu"))


def test_unknown_target_is_bad_input():
    with pytest.raises(BadInput, match="spotify"):
        diagnose(clean(), target="radio-1")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.0, 0.0),
        (1.0, 0.0),
        (2.0, 0.15),
        (3.0, 0.3),
        (5.0, 0.65),
        (7.0, 1.0),
        (100.0, 1.0),
        (float("nan"), 0.0),
    ],
)
def test_grade_rising(value, expected):
    assert grade(value, 1.0, 3.0, 7.0) == pytest.approx(expected)


def test_grade_falling():
    assert grade(0.98, 0.85, 0.7, 0.0) == 0.0
    assert grade(0.7, 0.85, 0.7, 0.0) == pytest.approx(0.3)
    assert grade(-0.2, 0.85, 0.7, 0.0) == 1.0


def _track(name: str, avg_db: float, guid: str, mute: bool = False) -> Track:
    return Track(
        guid, int(guid.strip("{}")), name, 0.0, 0.0, mute=mute, level=TrackLevel(avg_db, avg_db + 8, 20.0)
    )


def test_buried_lead_vocal_is_track_too_quiet():
    tracks = (
        _track("Kick", -14.0, "{1}"),
        _track("Snare", -15.0, "{2}"),
        _track("Bass", -14.0, "{3}"),
        _track("Gtr L", -13.0, "{4}"),
        _track("Gtr R", -13.0, "{5}"),
        _track("Lead Vox", -30.0, "{6}"),
    )
    found = diagnose(None, Snapshot(tracks=tracks))
    quiet = [f for f in found if f.kind is FindingKind.TRACK_TOO_QUIET and f.is_problem]
    assert [f.track for f in quiet] == ["Lead Vox"]
    # on peak meters only: said so, severity capped, and the move capped at 6 dB, never the whole 16 dB gap
    ev = quiet[0].evidence
    assert ev["measured_on"] == "peak meter" and "peak meters only" in quiet[0].summary
    assert ev["suggested_delta_db"] == ev["move_cap_db"] == 6.0 and quiet[0].severity <= 0.6
    assert "lead vocals" in ev["compared_with"] and "MixologyDB" in ev["compared_with"]


def test_muted_and_unnamed_tracks_are_ignored():
    tracks = (
        _track("Kick", -14.0, "{1}"),
        _track("Bass", -14.0, "{2}"),
        _track("Gtr L", -13.0, "{3}"),
        _track("Lead Vox", -60.0, "{4}", mute=True),
        _track("Track 7", -60.0, "{5}"),
    )
    assert [f for f in diagnose(None, Snapshot(tracks=tracks)) if f.is_problem] == []


def test_genre_given_to_diagnose_rejudges_the_balance():
    """Low-mids 12 dB up: far beyond what drum-driven mixes carry, less far beyond what orchestral recordings do."""
    a = clean(**tilted({"low_mid": 12.0}))
    as_edm = {f.kind: f for f in diagnose(a, genre="edm")}
    as_orchestral = {f.kind: f for f in diagnose(a, genre="orchestral")}
    assert as_edm[FindingKind.MUDDY].is_problem
    # orchestral recordings carry far more low-mid build-ups: the same mix is a milder case against them
    assert as_orchestral[FindingKind.MUDDY].severity <= as_edm[FindingKind.MUDDY].severity - 0.2
    muddy = as_edm[FindingKind.MUDDY]
    assert muddy.evidence["family"] == "percussive" and "drum-driven" in muddy.evidence["compared_with"]
    with pytest.raises(BadInput, match="genre"):
        diagnose(a, genre="polka-metal-fusion")


@pytest.mark.parametrize("boost", [{"bass": 12.0}, {"low_mid": 12.0}, {"presence": -20.0, "air": -25.0}])
def test_no_genre_compares_with_every_family_and_never_guesses_one(boost):
    """Without a genre the mix is held against the range of every family ("all"), whatever it sounds like:
    no family is picked that could share the mix's problem and hide it (the old "closest family" did)."""
    from companion.listening.reference_curves import _table, stat_percentiles
    from companion.listening.reference_fit import ENVELOPE_OF

    a = clean(**tilted(boost))
    found = [f for f in diagnose(a) if f.kind in TONAL]
    assert found and all(f.evidence["family"] == "all" for f in found)
    assert all("every family" in f.summary and "Say the genre" in f.summary for f in found)
    parts = _table()["families"]["all"]["shape_envelope_of"]
    for f in found:
        broad = dict(stat_percentiles("all", f.evidence["measure"]).points)
        for part in ENVELOPE_OF:  # every corpus song, and the percussive songs moved onto the popular centre
            for key, value in parts[part][f.evidence["measure"]].items():
                if key.startswith("p") and value is not None:
                    assert broad[int(key[1:])] >= value


TONAL = {FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.THIN, FindingKind.HARSH, FindingKind.DULL}


def test_nan_evidence_is_null_in_json():
    """A band above Nyquist (an 8 kHz file) is NaN in the analysis and null in every finding's evidence."""
    import json

    nan = float("nan")
    a = clean(
        sample_rate=8000,
        bands_db={**clean().bands_db, "presence": nan, "air": nan},
        balance_vs_target_db={**clean().balance_vs_target_db, "presence": nan, "air": nan},
        plr_db=nan,
    )
    for f in diagnose(a, target="ebu"):
        json.dumps(f.to_dict(), allow_nan=False)


def test_a_stereo_lean_explained_by_a_panned_tracks_level_ranks_under_it():
    """The mix leans left because 'Gtr L' (panned left) is 12 dB too loud: the answer leads with the fader."""
    from companion.knowledge.priors import typical_level

    def part(name: str, role: str, i: int, move: float = 0.0, pan: float = 0.0) -> Track:
        lufs = -10.0 + typical_level(role).typical_vs_mix_lu(1) + move
        return Track(f"{{{i:08d}}}", i, name, 0.0, pan, level=TrackLevel(lufs + 6.0, -3.0, 20.0, lufs=lufs))

    tracks = (part("Kick", "kick", 1), part("Snare", "snare", 2), part("Bass", "bass", 3),
              part("Keys", "keys", 4), part("Lead Vox", "lead_vocal", 5))  # fmt: skip
    leaning = clean(stereo=StereoImage(0.7, 0.2, 0.98, 5.0))  # left 5 dB louder: severity ~0.6
    alone = next(f for f in diagnose(leaning) if f.kind is FindingKind.LR_IMBALANCE)
    for pan, explained in ((-0.8, True), (0.8, False), (0.0, False)):
        snap = Snapshot(tracks=(*tracks, part("Gtr L", "electric_guitar", 6, 12.0, pan)))
        found = diagnose(leaning, snap)
        level = next(f for f in found if f.track == "Gtr L" and f.kind is FindingKind.TRACK_TOO_LOUD)
        lean = next(f for f in found if f.kind is FindingKind.LR_IMBALANCE)
        assert level.is_problem and alone.severity > level.severity
        if explained:  # panned to the louder side: the fader first, and the lean says why
            assert found[0] is level and lean.severity == pytest.approx(level.severity - 0.05, abs=0.001)
            assert (
                lean.evidence["explained_by"] == "track_too_loud on 'Gtr L'"
                and "fix its fader" in lean.summary
            )
        else:  # panned the other way or centred: the lean is its own problem
            assert lean.severity == alone.severity and "explained_by" not in lean.evidence


def test_overs_in_a_float_source_are_worded_as_overs_not_clipped_samples():
    """Samples past full scale without flat tops: the finding says what was measured (overs, the peaks) and that
    playback or an export clips them; its severity follows the true peak, as for inter-sample overs."""
    hot = clean(
        clipped_samples=0,
        sample_peak_dbfs=1.3,
        true_peak_dbtp=1.3,
        extra={**clean().extra, "over_full_scale_samples": 548},
    )
    f = next(f for f in diagnose(hot) if f.kind is FindingKind.CLIPPING)
    assert f.summary.startswith("548 samples go past full scale (sample peak +1.3 dBFS, true peak +1.3 dBTP)")
    assert "flat tops at full scale" not in f.summary and "clipped samples" not in f.summary
    assert f.severity == pytest.approx(grade(1.3, 0.0, 0.5, 2.0), abs=1e-3)
    assert f.evidence["over_full_scale_samples"] == 548 and f.evidence["clipped_samples"] == 0
    # a few incidental flat tops do not hide a hot true peak behind a small count
    few = clean(
        clipped_samples=2,
        sample_peak_dbfs=1.3,
        true_peak_dbtp=1.3,
        extra={**clean().extra, "over_full_scale_samples": 548},
    )
    g = next(f for f in diagnose(few) if f.kind is FindingKind.CLIPPING)
    assert g.severity == pytest.approx(grade(1.3, 0.0, 0.5, 2.0), abs=1e-3) and "past full scale" in g.summary
