"""A kit verdict judged again with its off kit mates put back first (companion/listening/kit_mates.py): the clap
"too quiet against the kick and the hats" is the hats' fault when the hats are themselves too loud against the
whole mix and the clap's verdict does not hold with them back where real mixes keep hats."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fakes.rendering import needs_fluidsynth

from companion.context import Finding, FindingKind, Snapshot, Track, TrackLevel
from companion.knowledge.priors import typical_level
from companion.listening.kit_mates import back_in_place_db
from companion.listening.track_levels import diagnose_tracks

POP_S601_HATS_UP = {
    "Kick": -23.88,
    "Clap": -28.45,
    "Hats": -23.52,
    "Synth Bass": -23.77,
    "Pad": -32.11,
    "Pluck Synth": -29.68,
    "Lead Vocal": -20.0,
}
"""The track meters' loudness (LUFS) of the rendered pop session, seed 601, hats moved +10 dB (round nine's miss)."""


def snapshot(levels: dict[str, float]) -> Snapshot:
    return Snapshot(
        tracks=tuple(
            Track(
                f"{{{i:08d}}}", i, name, 0.0, 0.0, level=TrackLevel(lufs + 6.0, lufs + 12.0, 16.0, lufs=lufs)
            )
            for i, (name, lufs) in enumerate(levels.items(), 1)
        )
    )


def problems(snap: Snapshot) -> list[Finding]:
    return [f for f in diagnose_tracks(snap) if f.is_problem]


def test_the_move_back_goes_to_the_near_quartile_of_real_mixes() -> None:
    hats = typical_level("hihat").residual  # MixologyDB's hi-hats, 34 well-rated mixes: q1 -6.6, q3 +1.8
    loud = Finding(
        FindingKind.TRACK_TOO_LOUD, 0.51, "x.", {"compared_as": "hihat", "deviation_db": 8.2}, "Hats"
    )
    assert back_in_place_db(loud) == pytest.approx(hats.q3 - 8.2)  # down to the third quartile: -6.4 dB
    quiet = Finding(
        FindingKind.TRACK_TOO_QUIET, 0.5, "x.", {"compared_as": "hihat", "deviation_db": -9.0}, "Hats"
    )
    assert back_in_place_db(quiet) == pytest.approx(hats.q1 + 9.0)  # up to the first quartile: +2.4 dB
    inside = Finding(
        FindingKind.TRACK_TOO_LOUD, 0.1, "x.", {"compared_as": "hihat", "deviation_db": 1.0}, "Hats"
    )
    assert back_in_place_db(inside) == 0.0


def test_the_clap_quiet_against_loud_hats_names_the_hats_first() -> None:
    """The hats sit 8.2 dB over their place against the whole mix (a problem, 0.51); the clap reads 9.4 dB under
    the kick and the hats inside the kit (0.55). With the hats taken down to MixologyDB's third quartile the clap
    is no longer off inside the kit: the hats lead, at the clap verdict's severity, and the clap ranks under."""
    found = problems(snapshot(POP_S601_HATS_UP))
    assert [(f.track, f.kind) for f in found[:2]] == [
        ("Hats", FindingKind.TRACK_TOO_LOUD),
        ("Clap", FindingKind.TRACK_TOO_QUIET),
    ]
    hats, clap = found[0], found[1]
    assert hats.evidence["deviation_db"] == pytest.approx(8.2)
    assert hats.severity == pytest.approx(0.545, abs=0.002)  # the clap's kit verdict's severity
    assert hats.evidence["confirmed_by"] == "track_too_quiet on 'Clap' within the drum kit"
    assert clap.evidence["compared_within"] == "drum kit"
    assert clap.evidence["deviation_db"] == pytest.approx(-9.4)
    assert clap.evidence["explained_by"] == "track_too_loud on 'Hats'"
    assert clap.severity == pytest.approx(hats.severity - 0.05, abs=0.002)


def test_a_clap_that_is_off_even_with_the_hats_back_stays_its_own_fault() -> None:
    """The same session with the clap also 10 dB down: 19.5 dB under the kit, off with the hats back too."""
    found = problems(snapshot({**POP_S601_HATS_UP, "Clap": POP_S601_HATS_UP["Clap"] - 10.0}))
    assert (found[0].track, found[0].kind) == ("Clap", FindingKind.TRACK_TOO_QUIET)
    assert found[0].severity == 1.0 and "explained_by" not in found[0].evidence
    hats = next(f for f in found if f.track == "Hats")
    assert "confirmed_by" not in hats.evidence


def test_hats_back_in_place_leave_no_kit_verdict_to_rejudge() -> None:
    found = problems(snapshot({**POP_S601_HATS_UP, "Hats": POP_S601_HATS_UP["Hats"] - 10.0}))
    assert all(f.track not in ("Hats", "Clap") for f in found)


@needs_fluidsynth
def test_pop_s601_hats_up_10_db_are_named_first() -> None:
    """Round nine's miss, rendered from FluidR3 samples: the hats +10 dB, the clap's kit verdict came first."""
    from benchmarks.sessions import render_session

    found = problems(render_session("pop", 601, "Hats +10", seconds=16.0).snapshot)
    assert (found[0].track, found[0].kind) == ("Hats", FindingKind.TRACK_TOO_LOUD)
    clap = next(f for f in found if f.track == "Clap")
    assert clap.evidence["explained_by"] == "track_too_loud on 'Hats'"
