"""A hand-built MixContext (analysis, findings, snapshot, history) for the advisor tests.

Built by hand on purpose: the prompt and the backends are tested against known numbers, independent of
the listening analysis.
"""

from __future__ import annotations

import numpy as np

from companion.context import (
    Analysis,
    AudioClip,
    Finding,
    FindingKind,
    Fx,
    FxParam,
    Master,
    MixContext,
    Project,
    Send,
    Snapshot,
    StereoImage,
    Topic,
    Track,
    TrackLevel,
    Turn,
)

SAMPLE_RATE = 48000


def stereo_clip(seconds: float = 20.0, sample_rate: int = SAMPLE_RATE, seed: int = 7) -> AudioClip:
    """A 220 Hz tone plus seeded noise, slightly different per channel."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * sample_rate)) / sample_rate
    tone = 0.3 * np.sin(2 * np.pi * 220.0 * t)
    left = tone + 0.05 * rng.standard_normal(t.size)
    right = tone + 0.05 * rng.standard_normal(t.size)
    return AudioClip(np.stack([left, right], axis=1).astype(np.float32), sample_rate, source="test:tone")


def sample_analysis(duration_s: float = 20.0) -> Analysis:
    return Analysis(
        duration_s=duration_s,
        sample_rate=SAMPLE_RATE,
        channels=2,
        integrated_lufs=-9.8,
        short_term_max_lufs=-8.1,
        lra_lu=3.2,
        true_peak_dbtp=0.4,
        sample_peak_dbfs=-0.1,
        clipped_samples=37,
        plr_db=10.2,
        crest_db=11.5,
        dc_offset=0.0,
        bands_db={
            "sub": -18.0,
            "bass": -6.0,
            "low_mid": -7.5,
            "mid": -8.0,
            "high_mid": -14.0,
            "presence": -18.0,
            "air": -21.0,
        },
        balance_vs_target_db={
            "sub": 0.5,
            "bass": 1.0,
            "low_mid": 3.6,
            "mid": -0.4,
            "high_mid": -1.2,
            "presence": float("nan"),
            "air": -2.3,
        },
        stereo=StereoImage(correlation=0.62, width=0.31, low_end_correlation=0.97, lr_balance_db=0.4),
    )


def sample_findings() -> tuple[Finding, ...]:
    return (
        Finding(
            FindingKind.CLIPPING, 0.8, "The master clips: 37 samples at full scale", {"clipped_samples": 37}
        ),
        Finding(FindingKind.MUDDY, 0.6, "Low mids 3.6 dB over the reference", {"low_mid_vs_target_db": 3.6}),
        Finding(FindingKind.DULL, 0.2, "A little less air than the reference", {"air_vs_target_db": -2.3}),
        Finding(
            FindingKind.TRACK_TOO_LOUD,
            0.45,
            "Gtr L peaks 6 dB over the kick",
            {"max_peak_db": -2.0},
            track="Gtr L",
        ),
    )


def sample_snapshot() -> Snapshot:
    eq = Fx(
        0,
        "ReaEQ (Cockos)",
        True,
        (
            FxParam(0, "Freq-Low Shelf", 0.23, "100.0"),
            FxParam(1, "Gain-Low Shelf", 0.5, "+0.0"),
            FxParam(2, "Freq-Band 2", 0.41, "320.0"),
            FxParam(3, "Gain-Band 2", 0.62, "+3.5"),
            FxParam(4, "Q-Band 2", 0.3, "1.00"),
        ),
    )
    comp = Fx(
        1,
        "ReaComp (Cockos)",
        False,
        (
            FxParam(0, "Thresh", 0.7, "-18.0"),
            FxParam(1, "Ratio", 0.1, "4.0:1"),
            FxParam(2, "Attack", 0.02, "20.0"),
        ),
    )
    limiter = Fx(0, "ReaLimit (Cockos)", True, (FxParam(0, "Ceiling", 0.9, "-0.1"),))
    return Snapshot(
        captured_at=1_700_000_000.0,
        reaper_version="7.20",
        project=Project(name="Song", sample_rate=SAMPLE_RATE, tempo_bpm=124.0, play_state="playing"),
        master=Master(volume_db=0.0, peak_db=-0.1, fx=(limiter,)),
        tracks=(
            Track("{K}", 1, "Kick", -3.0, 0.0, level=TrackLevel(-18.0, -8.0, 20.0), fx=(eq,)),
            Track(
                "{G}",
                2,
                "Gtr L",
                1.5,
                -0.6,
                level=TrackLevel(-12.0, -2.0, 20.0),
                fx=(comp,),
                sends=(Send("{V}", "Verb", -12.0),),
            ),
            Track("{B}", 3, "Bass", -6.0, 0.0, mute=True, phase_inverted=True),
            Track("{V}", 4, "Verb", -10.0, 0.0),
        ),
    )


def sample_history(turns: int = 6) -> tuple[Turn, ...]:
    """``turns`` turns: the first two about drums, the rest about guitars (the current topic), numbered
    past the sixth so every turn is distinct."""
    lines = [
        ("user", "How does my kick sit?", Topic.DRUMS),
        ("assistant", "Kick is fine, maybe a touch boomy around 80 Hz; try a 2 dB cut there.", Topic.DRUMS),
        ("user", "Now the guitars, they feel loud.", Topic.GUITARS),
        (
            "assistant",
            "Yeah the left guitar jumps out. Pull Gtr L down about 3 dB and listen again.",
            Topic.GUITARS,
        ),
        ("user", "Done, better. Anything else on them?", Topic.GUITARS),
        (
            "assistant",
            "Cut a bit at 400 Hz on both, it clears the low mids so the vocal can breathe.",
            Topic.GUITARS,
        ),
    ]
    out = []
    for i in range(turns):
        role, text, topic = lines[i % len(lines)]
        if i >= len(lines):
            text, topic = f"{text} (turn {i})", Topic.GUITARS
        out.append(Turn(role, text, None, topic))
    return tuple(out)


def sample_context(
    question: str = "What do you hear?", history_turns: int = 6, seconds: float = 20.0, with_clip: bool = True
) -> MixContext:
    return MixContext(
        question=question,
        clip=stereo_clip(seconds) if with_clip else None,
        snapshot=sample_snapshot(),
        analysis=sample_analysis(seconds),
        findings=sample_findings(),
        history=sample_history(history_turns),
        topic=Topic.GUITARS,
        target="spotify",
    )
