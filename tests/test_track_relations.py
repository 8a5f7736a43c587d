"""Each part against the lead vocal (companion/listening/track_relations.py): MixologyDB's pairwise relations,
read either way round, a part past them named, and silence while the lead vocal itself is in doubt."""

from __future__ import annotations

import math

import pytest

from companion.context import FindingKind, Snapshot, Track, TrackLevel
from companion.knowledge.priors import balance_relations, typical_level
from companion.listening.peak_fallback import PEAK_HIT_REMARK_MAX
from companion.listening.track_levels import (
    FULL_PAST_DB,
    MARGIN_DB,
    MAX_MOVE_DB,
    PEAK_MARGIN_DB,
    PEAK_MAX_SEVERITY,
    SCALE,
    Part,
    diagnose_tracks,
)
from companion.listening.track_relations import (
    lead_anchor_db,
    lead_relation_findings,
    relation_severity,
    vs_lead,
)

MIX_DB = -10.0


def track(name: str, lufs: float, i: int, loudness: bool = True) -> Track:
    level = TrackLevel(lufs + 6.0, -3.0, 20.0, lufs=lufs if loudness else None)
    return Track(f"{{{i:08d}}}", i, name, -3.0, 0.0, level=level)


def typical(part: str) -> float:
    return MIX_DB + typical_level(part).typical_vs_mix_lu(1)


# one track per part, every part at its typical level; the synth is judged with the keyboards (one real mix has
# a synth of its own) and against the lead through MixologyDB's keyboards-vs-lead relation
POP = {"Kick": "kick", "Snare": "snare", "Bass": "bass", "Synth": "keyboards", "Lead Vox": "lead_vocal"}


def session(loudness: bool = True, **moves: float) -> Snapshot:
    return Snapshot(
        tracks=tuple(
            track(name, typical(part) + moves.get(name, 0.0), i, loudness)
            for i, (name, part) in enumerate(POP.items(), 1)
        )
    )


def test_relations_are_read_either_way_round() -> None:
    """The table stores each pair once: 'lead_vocal' -> 'organ' (lead minus organ) is flipped into organ minus
    lead; 'keyboards' -> 'lead_vocal' is read as it is."""
    stored = balance_relations()["lead_vocal"]["organ"]
    organ = vs_lead("organ")
    assert (organ.median, organ.p10, organ.p90, organ.q1, organ.q3) == (
        -stored["median"], -stored["p90"], -stored["p10"], -stored["q3"], -stored["q1"],
    )  # fmt: skip
    assert organ.p90 == pytest.approx(-1.3) and organ.n == 19
    keys = vs_lead("keyboards")
    assert (keys.median, keys.p10, keys.p90, keys.n) == (-5.8, -12.5, -1.0, 38)
    assert vs_lead("drum_bus").n == vs_lead("drum_kit").n == 46  # a one-track 'Drums' stem is the whole kit
    assert vs_lead("synth") is None and vs_lead("horns") is None  # fewer than 10 real mixes / none


def test_the_lead_must_be_in_its_place_before_parts_are_held_against_it() -> None:
    residual = typical_level("lead_vocal").residual
    assert lead_anchor_db(0.0, 0.0) == 0.0
    assert lead_anchor_db(residual.q3 - 0.1, 0.0) == 0.0
    assert lead_anchor_db(residual.q3 + 0.5, 0.0) is None  # past its quartile, not yet a problem: in doubt
    assert lead_anchor_db(-8.0, -8.0) == 8.0  # a problem by its own rule: taken where real mixes put it


def test_a_keyboard_part_level_with_the_lead_is_named_against_the_lead() -> None:
    """At its typical level the synth sits 6.1 dB under the lead (keyboards -13.8 LU vs the mix, lead -7.7);
    6.4 dB up it is level with the lead: inside the keyboards' whole-mix spread (p90 +7.0, a remark), but past
    the 1.0 dB under the lead that nine in ten real keyboard parts keep."""
    assert [f for f in diagnose_tracks(session()) if f.is_problem] == []
    whole_mix = typical_level("keyboards").residual
    assert whole_mix.p90 + MARGIN_DB > 6.4  # the whole-mix rule alone would not call it a problem
    findings = diagnose_tracks(session(Synth=6.4))
    top = findings[0]
    assert (top.track, top.kind) == ("Synth", FindingKind.TRACK_TOO_LOUD)
    stat = typical("keyboards") + 6.4 - typical("lead_vocal")
    assert top.evidence["vs_lead_db"] == pytest.approx(stat, abs=0.05)
    assert top.evidence["relation"] == "against the lead vocal"
    assert "38 well-rated real mixes" in top.evidence["compared_with"]
    expected = relation_severity(stat, vs_lead("keyboards"), MARGIN_DB, FULL_PAST_DB)
    assert top.severity == pytest.approx(expected, abs=1e-3) and 0.3 <= top.severity < 0.4
    assert top.evidence["suggested_delta_db"] < 0 and "level with your lead vocal" in top.summary


def test_a_part_far_under_the_lead_is_too_quiet_and_the_stronger_verdict_is_kept() -> None:
    """The kick 20 dB under the lead vocal (real kicks: nine in ten within 16.8 dB of it): too quiet against the
    lead; the whole-mix verdict on the same kick is stronger here, and the one finding kept is the stronger."""
    drop = 20.0 - (typical("lead_vocal") - typical("kick"))
    snap = session(Kick=-drop)
    parts = {t.name: Part(t, POP[t.name], t.level.lufs) for t in snap.tracks}
    by_role = {POP[name]: [p] for name, p in parts.items()}
    role_db = {role: ps[0].level_db for role, ps in by_role.items()}
    relation = {f.track: f for f in lead_relation_findings(by_role, role_db, 0.0, 0.0, True, SCALE)}["Kick"]
    assert relation.kind is FindingKind.TRACK_TOO_QUIET and relation.is_problem
    assert relation.evidence["vs_lead_db"] == pytest.approx(-20.0, abs=0.05)
    assert relation.evidence["suggested_delta_db"] == MAX_MOVE_DB  # 7.1 dB past the quartile: capped
    kept = [f for f in diagnose_tracks(snap) if f.track == "Kick"]
    assert len(kept) == 1 and kept[0].severity >= relation.severity
    assert kept[0].kind is FindingKind.TRACK_TOO_QUIET


def test_a_lead_in_doubt_silences_the_relation_and_a_moved_lead_is_named_itself() -> None:
    """With the lead 10 dB down, every part breaks its relation to it; the lead is named, not the parts."""
    findings = [f for f in diagnose_tracks(session(**{"Lead Vox": -10.0})) if f.is_problem]
    assert findings[0].track == "Lead Vox" and findings[0].kind is FindingKind.TRACK_TOO_QUIET
    assert not any(f.evidence.get("relation") == "against the lead vocal" for f in findings)


def test_on_peaks_the_relation_needs_a_wider_margin_and_is_capped() -> None:
    """Peak meters only: the same synth is not yet a problem (3 dB wider margin); far over, capped."""
    assert not [f for f in diagnose_tracks(session(loudness=False, Synth=6.4)) if f.is_problem]
    far = diagnose_tracks(session(loudness=False, Synth=14.0))[0]
    assert far.track == "Synth" and far.severity == PEAK_MAX_SEVERITY
    assert far.evidence["measured_on"] == "peak meter" and "peak meters only" in far.summary.lower()
    stat = typical("keyboards") + 14.0 - typical("lead_vocal")
    assert relation_severity(stat, vs_lead("keyboards"), MARGIN_DB + PEAK_MARGIN_DB, FULL_PAST_DB) > 0.6
    assert math.isfinite(far.evidence["vs_lead_db"])


def test_on_peaks_a_drum_part_too_quiet_stays_a_remark_that_says_why() -> None:
    """Averaged peak meters read drum hits low: a kick 12 dB down on peaks alone is a remark, not a move; the
    same kick 12 dB up keeps its (capped) problem; on loudness the kick 12 dB down is a problem."""
    quiet = next(f for f in diagnose_tracks(session(loudness=False, Kick=-12.0)) if f.track == "Kick")
    assert quiet.kind is FindingKind.TRACK_TOO_QUIET and not quiet.is_problem
    assert quiet.severity == PEAK_HIT_REMARK_MAX and quiet.evidence["peak_meter_caveat"]
    assert "read drum hits low" in quiet.summary and quiet.evidence["suggested_delta_db"] == 0.0
    loud = next(f for f in diagnose_tracks(session(loudness=False, Kick=12.0)) if f.track == "Kick")
    assert (
        loud.kind is FindingKind.TRACK_TOO_LOUD
        and loud.is_problem
        and "peak_meter_caveat" not in loud.evidence
    )
    on_loudness = next(f for f in diagnose_tracks(session(Kick=-12.0)) if f.track == "Kick")
    assert on_loudness.is_problem and "peak_meter_caveat" not in on_loudness.evidence
