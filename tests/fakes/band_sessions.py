"""Hand-built band sessions (snapshots and findings) for the advisor tests: the soul session of issue 10 (Drums,
Bass, Rhodes, Strings, Horns, Lead Vocal) and a rock session (Kick, Snare, Hats, Bass, Gtr L, Gtr R, Keys,
Lead Vox).

Built by hand on purpose: these tests hold the advisor's understanding and wording against known findings,
independent of how the diagnosis computes them (the rendered-session tests cover the whole chain).
"""

from __future__ import annotations

import dataclasses

from companion.context import (
    Analysis,
    Finding,
    FindingKind,
    Fx,
    FxParam,
    MixContext,
    Project,
    Snapshot,
    Track,
    TrackLevel,
    Turn,
)

EQ = Fx(0, "ReaEQ (Cockos)", True, (FxParam(0, "Freq-Band 1", 0.3, "300.0"),))
COMP = Fx(
    1, "ReaComp (Cockos)", True, (FxParam(0, "Thresh", 0.6, "-18.0"), FxParam(1, "Ratio", 0.1, "4.0:1"))
)


LOW_END_METERS = {  # the track meter's seven bands, dB FS: the bass strong from sub to low-mids, keys in the mids
    "Bass": {"sub": -22.0, "bass": -20.0, "low_mid": -23.0, "mid": -36.0, "high_mid": -45.0, "presence": -52.0,
             "air": -60.0},
    "Keys": {"sub": -60.0, "bass": -38.0, "low_mid": -26.0, "mid": -22.0, "high_mid": -25.0, "presence": -32.0,
             "air": -42.0},
    "Kick": {"sub": -20.0, "bass": -19.0, "low_mid": -30.0, "mid": -40.0, "high_mid": -38.0, "presence": -45.0,
             "air": -55.0},
}  # fmt: skip
"""Per-track band meters for ``metered_rock``: which parts carry the low end and the low-mids."""
MUDDY_LEAN = Finding(FindingKind.MUDDY, 0.4, "The mix leans a little muddy. The low-mids: a build-up of 8.3 dB.",
                     {"center_hz": 315.0}, None)  # fmt: skip
"""The whole mix's low-mid lean, a little muddy, as the diagnosis words it."""


def _track(i: int, name: str, avg_peak_db: float, fader_db: float = 0.0, pan: float = 0.0, fx=(EQ,)) -> Track:
    return Track(
        f"{{T{i}}}",
        i,
        name,
        fader_db,
        pan,
        level=TrackLevel(avg_peak_db, avg_peak_db + 9.0, 16.0),
        fx=tuple(fx),
    )


def soul_snapshot() -> Snapshot:
    names = (("Drums", -17.0), ("Bass", -18.5), ("Rhodes", -21.0), ("Strings", -24.0), ("Horns", -19.5),
             ("Lead Vocal", -14.0))  # fmt: skip
    return Snapshot(
        project=Project(name="soul", tempo_bpm=96.0, play_state="playing"),
        tracks=tuple(
            _track(i + 1, n, lv, pan=0.25 if n == "Horns" else 0.0) for i, (n, lv) in enumerate(names)
        ),
    )


def rock_snapshot() -> Snapshot:
    rows = (("Kick", -18.0, 0.0), ("Snare", -19.0, 0.0), ("Hats", -27.0, 0.3), ("Bass", -16.0, 0.0),
            ("Gtr L", -17.0, -0.8), ("Gtr R", -17.0, 0.8), ("Keys", -22.0, 0.2), ("Lead Vox", -13.0, 0.0))  # fmt: skip
    return Snapshot(
        project=Project(name="rock", tempo_bpm=120.0, play_state="playing"),
        tracks=tuple(
            _track(i + 1, n, lv, pan=p, fx=(EQ, COMP) if n == "Snare" else (EQ,))
            for i, (n, lv, p) in enumerate(rows)
        ),
    )


def metered_rock(meters: dict[str, dict[str, float]]) -> Snapshot:
    """The rock session with band meters (dB FS per contract band) on the named tracks, each at -20 LUFS: what the
    bridge reports when it measures per-track loudness and bands."""
    snap = rock_snapshot()
    return dataclasses.replace(
        snap,
        tracks=tuple(
            dataclasses.replace(t, level=TrackLevel(-16.0, -7.0, 16.0, lufs=-20.0, bands_db=meters[t.name]))
            if t.name in meters
            else t
            for t in snap.tracks
        ),
    )


def level_finding(track: str, role: str, deviation_db: float, fader_db: float = 0.0) -> Finding:
    """A track balance finding as the diagnosis words it (its numbers in the evidence)."""
    loud = deviation_db > 0
    delta = -(abs(deviation_db) - 1.0) if loud else abs(deviation_db) - 1.0
    severity = min(1.0, 0.3 + 0.7 * (abs(deviation_db) - 6.0) / 6.0)
    return Finding(
        FindingKind.TRACK_TOO_LOUD if loud else FindingKind.TRACK_TOO_QUIET,
        round(severity, 3),
        f"'{track}' sits about {abs(deviation_db):.0f} dB {'louder' if loud else 'quieter'} against the rest of "
        f"your tracks than {role} usually do in real mixes.",
        {"role": role, "deviation_db": deviation_db, "suggested_delta_db": delta, "fader_db": fader_db},
        track=track,
    )


def guitar_masks_vocal(severity: float = 0.7) -> Finding:
    """A masking finding as the diagnosis words it: 'Gtr L' covers 'Lead Vox' in the vocal's main range."""
    return Finding(
        FindingKind.MASKING,
        severity,
        "'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz: the guitar sits 6 dB over the vocal in its main range.",
        {"other_track": "Lead Vox", "range_hz": [800, 2000], "q": 1.0},
        track="Gtr L",
    )


def advise_rock(
    question: str, findings=(), snapshot: Snapshot | None = None, analysis: Analysis | None = None
):
    """The rules advisor's answer on the rock session (clean analysis unless one is given)."""
    from fakes.analyses import clean

    from model.rules import RulesAdvisor

    ctx = context(question, snapshot or rock_snapshot(), analysis or clean(), tuple(findings))
    return RulesAdvisor().advise(ctx)


def context(
    question: str,
    snapshot: Snapshot | None,
    analysis: Analysis | None,
    findings: tuple[Finding, ...] = (),
    history: tuple[Turn, ...] = (),
    previous=None,  # companion.context.EarlierClip | None
) -> MixContext:
    return MixContext(question, None, snapshot, analysis, findings, history, previous=previous)


def with_fader(snapshot: Snapshot, name: str, fader_db: float, avg_peak_db: float) -> Snapshot:
    """The same session after the user moved one fader (and its meter followed)."""
    tracks = tuple(
        dataclasses.replace(t, volume_db=fader_db, level=TrackLevel(avg_peak_db, avg_peak_db + 9.0, 16.0))
        if t.name == name
        else t
        for t in snapshot.tracks
    )
    return dataclasses.replace(snapshot, tracks=tracks)
