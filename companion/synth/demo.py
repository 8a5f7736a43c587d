"""The built-in demo session: a synthetic rock band with the problems amateurs really bring.

Why these problems: unfiltered, low-mid-heavy guitars and a buried vocal are the most common complaints in
the MixAssist sessions and in mixing courses (mixing-knowledge.md: mud 250-400 Hz; high-pass electric guitars
below ~80-120 Hz). The snapshot shows the cause too: neither guitar has an EQ, and the vocal fader sits 12 dB
under where a balanced mix would put it, so the advisor can name "Gtr L", "Gtr R" and "Lead Vox".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from companion.context import AudioClip, FindingKind, Snapshot
from companion.listening.audio import clip_from_array
from companion.synth.mix import ARRANGEMENTS, SyntheticMix, render_mix

DEMO_ARRANGEMENT = "rock_band"
DEMO_SEED = 7
DEMO_SECONDS = 20.0
DEMO_SAMPLE_RATE = 48000
GUITAR_MUD_DB = 10.0
"""Broad boost around 320 Hz on both guitars, which also keep everything below 110 Hz (no high-pass)."""
GUITAR_LIFT_DB = 3.0
"""The amateur pushes the guitars a little, as they sound 'big' soloed."""
VOCAL_DROP_DB = 12.0
"""How far the lead vocal fader sits under its balanced position."""
KEYS_LIFT_DB = 3.0
"""The keys sit where real mixes put keys (MixologyDB), so the only balance problems are the planted ones."""
PLANTED = (
    "Gtr L and Gtr R are muddy and pushed: no high-pass, a +10 dB build-up around 320 Hz and no EQ on either "
    "track, faders 3 dB up; Lead Vox sits about 12 dB too low under the guitars."
)


@dataclass(frozen=True, slots=True)
class DemoSession:
    """What ``mixassist demo`` works on: the captured clip, the session snapshot, and what was planted."""

    clip: AudioClip
    snapshot: Snapshot
    planted: str
    expected_kinds: tuple[FindingKind, ...] = (
        FindingKind.MUDDY,
        FindingKind.BOOMY,  # guitars with no high-pass also pile up energy just under the mud, at 100-160 Hz
        FindingKind.TRACK_TOO_QUIET,
        FindingKind.TRACK_TOO_LOUD,
        FindingKind.MASKING,  # the muddy, unfiltered guitars cover the vocal's range and the kick's and bass's
    )
    tracks_at_fault: tuple[str, ...] = ("Gtr L", "Gtr R", "Lead Vox")
    genre: str = "rock"


def demo_tracks() -> list:
    """The rock band's tracks with the amateur's choices: muddy, louder, EQ-less guitars; a buried vocal."""
    specs = []
    for spec in ARRANGEMENTS[DEMO_ARRANGEMENT].tracks:
        if spec.name in ("Gtr L", "Gtr R"):
            spec = replace(spec, muddy_db=GUITAR_MUD_DB, volume_db=spec.volume_db + GUITAR_LIFT_DB, fx=())
        elif spec.name == "Lead Vox":
            spec = replace(spec, volume_db=spec.volume_db - VOCAL_DROP_DB)
        elif spec.name == "Keys":
            spec = replace(spec, volume_db=spec.volume_db + KEYS_LIFT_DB)
        specs.append(spec)
    return specs


def render_demo() -> SyntheticMix:
    """The demo multitrack with stems (for tests and the GUI's demo mode)."""
    return render_mix(
        DEMO_ARRANGEMENT, DEMO_SEED, DEMO_SECONDS, DEMO_SAMPLE_RATE, target_lufs=-14.0, tracks=demo_tracks()
    )


def build_demo() -> DemoSession:
    """The deterministic demo session: the same samples and snapshot on every call."""
    mix = render_demo()
    clip = clip_from_array(mix.mix, mix.sample_rate, source="demo")
    return DemoSession(clip=clip, snapshot=mix.snapshot, planted=PLANTED, genre=mix.genre)
