"""Judge the lead vocal first (companion/listening/lead_first.py): a part over a lead that is itself on its quiet
side of real mixes is explained by the lead when raising the lead inside real mixes' middle half settles it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.sessions import render as render_mod
from companion.context import FindingKind, Snapshot, Track, TrackLevel
from companion.knowledge.priors import Spread, typical_level
from companion.listening.lead_first import lead_room_db
from companion.listening.track_levels import diagnose_tracks

needs_fluidsynth = pytest.mark.skipif(
    render_mod.missing() is not None and os.environ.get("CI", "").lower() != "true",
    reason="fluidsynth or FluidR3_GM missing (required under CI=true)",
)
MIX_DB = -10.0
ROCK = {"Kick": "kick", "Snare": "snare", "Bass": "bass", "Keys": "keys", "Lead Vox": "lead_vocal"}


def track(name: str, lufs: float, i: int) -> Track:
    return Track(f"{{{i:08d}}}", i, name, -3.0, 0.0, level=TrackLevel(lufs + 6.0, -3.0, 20.0, lufs=lufs))


def session(lead_move_db: float, strings_vs_lead_db: float) -> Snapshot:
    """Every part at its MixologyDB place, the lead moved by ``lead_move_db``, strings ``strings_vs_lead_db``
    from where the lead belongs."""
    at = {name: MIX_DB + typical_level(role).typical_vs_mix_lu(1) for name, role in ROCK.items()}
    tracks = [track(n, at[n] + (lead_move_db if n == "Lead Vox" else 0.0), i) for i, n in enumerate(at, 1)]
    return Snapshot(tracks=(*tracks, track("Strings", at["Lead Vox"] + strings_vs_lead_db, 9)))


def problems(snapshot: Snapshot) -> list:
    return [f for f in diagnose_tracks(snapshot) if f.is_problem]


def test_the_room_is_up_to_the_third_quartile_on_the_quiet_side_only() -> None:
    residual = Spread(-0.1, -2.5, 2.8, 46, -3.9, 5.1)  # MixologyDB's lead vocals, 46 well-rated mixes
    assert lead_room_db(-4.8, 0.0, residual) == pytest.approx(7.6)  # under q1, not a problem: may rise 7.6 dB
    assert lead_room_db(-2.0, 0.0, residual) == 0.0  # inside the middle half: the lead is where it belongs
    assert (
        lead_room_db(-6.5, -6.5, residual) == 0.0
    )  # a problem by its own rule: taken where it belongs instead
    assert lead_room_db(3.0, 0.0, residual) == 0.0  # the loud side
    assert lead_room_db(-4.8, 0.0, None) == 0.0


def test_strings_over_a_lead_on_its_quiet_side_name_the_lead_first() -> None:
    """The lead 4 dB down (its whole-mix residual -4.0 dB: under MixologyDB's first quartile, -2.5, but not past
    its 10th percentile and margin, -4.9) and strings set 3 dB under where the lead belongs: 1 dB over the lead as
    it is, a bed too loud by the lead rule; with the lead raised to its third quartile (+2.8) they sit 5.8 dB
    under it, a remark at most."""
    found = problems(session(-4.0, -3.0))
    first, second = found[0], found[1]
    residual = first.evidence["deviation_db"]
    prior = typical_level("lead_vocal").residual
    assert prior.p10 - 1.0 < residual < prior.q1
    assert (first.track, first.kind) == ("Lead Vox", FindingKind.TRACK_TOO_QUIET)
    assert first.evidence["confirmed_by"] == "'Strings' over the lead vocal"
    assert "raise the vocal first" in first.summary
    assert (second.track, second.kind) == ("Strings", FindingKind.TRACK_TOO_LOUD)
    assert second.evidence["explained_by"] == "track_too_quiet on 'Lead Vox'"
    assert first.severity - second.severity == pytest.approx(0.05, abs=1e-3)
    assert second.evidence["vs_lead_db"] == pytest.approx(1.0, abs=0.1)
    assert first.evidence["lead_room_db"] == pytest.approx(6.8, abs=0.1)


def test_strings_still_over_the_lead_with_the_lead_raised_are_their_own_fault() -> None:
    found = problems(session(-4.0, 8.0))  # 12 dB over the lead as it is, still over it with the lead raised
    assert (found[0].track, found[0].kind) == ("Strings", FindingKind.TRACK_TOO_LOUD)
    assert "explained_by" not in found[0].evidence
    assert all("confirmed_by" not in f.evidence for f in found)


def test_a_lead_in_its_place_leaves_a_part_over_it_alone() -> None:
    found = problems(session(0.0, 2.0))
    assert [(f.track, f.kind) for f in found] == [("Strings", FindingKind.TRACK_TOO_LOUD)]
    assert "explained_by" not in found[0].evidence


@needs_fluidsynth
@pytest.mark.parametrize("seed", [102, 201])
def test_a_folk_lead_10_db_down_comes_before_the_fiddle_over_it(seed: int) -> None:
    """The two folk sessions where the fiddle over the lowered lead came first (round six's misses)."""
    from benchmarks.sessions import render_session

    found = problems(render_session("folk", seed, "Lead Vocal -10", seconds=8.0).snapshot)
    assert (found[0].track, found[0].kind) == ("Lead Vocal", FindingKind.TRACK_TOO_QUIET)
    fiddle = next(f for f in found if f.track == "Fiddle")
    assert fiddle.evidence["explained_by"] == "track_too_quiet on 'Lead Vocal'"
    louder = problems(render_session("folk", seed, "Fiddle +10", seconds=8.0).snapshot)
    assert (louder[0].track, louder[0].kind) == ("Fiddle", FindingKind.TRACK_TOO_LOUD)
