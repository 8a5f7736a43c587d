"""Balance before EQ, one rule for the diagnosis and the answer (``companion.listening.balance_first``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fakes.rendering import needs_fluidsynth

from companion.context import Finding, FindingKind, MixContext
from companion.listening.balance_first import balance_before_eq, explains, tonal_band

# a guitar strongest at 2-4 kHz (main bands: mid -25 and high_mid -23 dB, within 6 dB of its top)
BRIGHT = {"sub": -58.0, "bass": -29.0, "low_mid": -33.0, "mid": -25.0, "high_mid": -23.0, "presence": -36.0,
          "air": -47.0}  # fmt: skip
# a bass: its main bands are sub and bass (-22 and -20 dB); low_mid -30 dB is 10 dB under its top
BASS = {"sub": -22.0, "bass": -20.0, "low_mid": -30.0, "mid": -38.0, "high_mid": -50.0, "presence": -60.0,
        "air": -70.0}  # fmt: skip
# hats: strongest in the air band (-25 dB), presence -28 and high_mid -30 within 6 dB of it
HATS = {"sub": -80.0, "bass": -60.0, "low_mid": -50.0, "mid": -40.0, "high_mid": -30.0, "presence": -28.0,
        "air": -25.0}  # fmt: skip


def harsh(severity: float = 0.62, center_hz: float | None = 3175.0) -> Finding:
    ev: dict[str, object] = {"range_hz": [2000.0, 5000.0], "deviation_db": 9.0}
    if center_hz is not None:
        ev["shape_center_hz"] = center_hz
    return Finding(FindingKind.HARSH, severity, "The upper mids build up.", ev)


def level(kind: FindingKind, track: str, severity: float) -> Finding:
    return Finding(kind, severity, f"'{track}' is off.", {"deviation_db": 10.0}, track=track)


def test_the_band_is_the_shape_centres_else_the_kinds() -> None:
    assert tonal_band(harsh(center_hz=3175.0)) == "high_mid"
    assert tonal_band(harsh(center_hz=4500.0)) == "presence"
    assert tonal_band(harsh(center_hz=None)) == "high_mid"
    muddy = Finding(FindingKind.MUDDY, 0.5, "mud", {"shape_center_hz": 315, "range_hz": [180.0, 500.0]})
    assert tonal_band(muddy) == "low_mid"
    assert tonal_band(Finding(FindingKind.DULL, 0.5, "dull", {})) == "air"


def test_a_loud_track_strong_where_the_mix_is_harsh_goes_just_before_it_and_is_named() -> None:
    build_up, gtr = harsh(0.62), level(FindingKind.TRACK_TOO_LOUD, "Gtr L", 0.45)
    bass = level(FindingKind.TRACK_TOO_LOUD, "Bass", 0.50)
    out = balance_before_eq([build_up, bass, gtr], {"Gtr L": BRIGHT, "Bass": BASS})
    assert [(f.kind, f.track) for f in out] == [
        (FindingKind.TRACK_TOO_LOUD, "Gtr L"),
        (FindingKind.HARSH, None),
        (FindingKind.TRACK_TOO_LOUD, "Bass"),
    ]
    assert [f.severity for f in out] == [0.45, 0.62, 0.50]  # severities unchanged
    assert out[1].evidence["explained_by"] == "track_too_loud on 'Gtr L'"
    assert out[1].summary.endswith(
        "'Gtr L' is too loud in that range: fix the fader first, then listen again."
    )
    plain = balance_before_eq([build_up, bass, gtr], {"Gtr L": BRIGHT, "Bass": BASS}, annotate=False)
    assert plain[1] is build_up


@pytest.mark.parametrize(
    ("tonal", "cause", "bands", "expected"),
    [
        (harsh(), level(FindingKind.TRACK_TOO_LOUD, "Gtr L", 0.45), BRIGHT, True),
        (
            harsh(),
            level(FindingKind.TRACK_TOO_QUIET, "Gtr L", 0.45),
            BRIGHT,
            False,
        ),  # quiet cannot cause excess
        (harsh(), level(FindingKind.TRACK_TOO_LOUD, "Gtr L", 0.29), BRIGHT, False),  # a remark is no cause
        (harsh(), level(FindingKind.TRACK_TOO_LOUD, "Bass", 0.6), BASS, False),  # strong elsewhere
        (harsh(), level(FindingKind.TRACK_TOO_LOUD, "Gtr L", 0.45), None, False),  # not metered
        (
            Finding(FindingKind.DULL, 0.5, "dull", {}),
            level(FindingKind.TRACK_TOO_QUIET, "Hats", 0.4),
            HATS,
            True,
        ),
    ],
)
def test_explains(tonal: Finding, cause: Finding, bands: dict | None, expected: bool) -> None:
    assert explains(cause, tonal, bands) is expected


def test_an_unmetered_track_is_left_to_the_callers_judgement() -> None:
    build_up, gtr = harsh(0.62), level(FindingKind.TRACK_TOO_LOUD, "Gtr L", 0.45)
    assert balance_before_eq([build_up, gtr], {})[0] is build_up
    asked: list[tuple[str | None, str]] = []

    def guess(lv: Finding, tonal: Finding) -> bool:
        asked.append((lv.track, str(tonal.kind)))
        return True

    out = balance_before_eq([build_up, gtr], {}, guess)
    assert out[0] is gtr and asked == [("Gtr L", "harsh")]
    assert balance_before_eq([build_up, gtr], {"Gtr L": BRIGHT}, lambda lv, t: False)[0] is gtr  # meter wins


@needs_fluidsynth
def test_the_answer_ranks_the_problems_in_the_diagnosis_order() -> None:
    """One rule, two readers: on a rendered session where it applies ('Gtr L' 10 dB up, strongest where the
    mix reads harsh), the advisor's ranking is the diagnosis' own order of the problems."""
    from benchmarks.sessions import render_session
    from companion.analysis import analyze, diagnose
    from model.evidence import ranked_problems
    from model.session_view import SessionView

    s = render_session("rock", 1, "Gtr L +10", seconds=8.0)
    found = diagnose(analyze(s.mix, s.sample_rate), s.snapshot)
    ctx = MixContext("what first?", None, s.snapshot, None, tuple(found))
    ranked = ranked_problems(ctx, SessionView(s.snapshot))
    assert [(f.kind, f.track) for f in ranked] == [(f.kind, f.track) for f in found if f.is_problem]
    assert (ranked[0].kind, ranked[0].track, ranked[1].kind) == (
        FindingKind.TRACK_TOO_LOUD,
        "Gtr L",
        FindingKind.HARSH,
    )
    assert ranked[1].severity > ranked[0].severity  # moved ahead by the rule, not by its severity
