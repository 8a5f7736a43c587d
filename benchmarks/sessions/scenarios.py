"""Planted problems on the rendered sessions, each with what a good diagnosis must say.

- ``clean``: the style's balance (``mixdown.BALANCES``, jittered per seed): no track finding should reach 0.3.
- ``<track> +10`` / ``<track> -10``: one fader moved 10 dB from its balanced place: the first track finding must
  name that track, too loud or too quiet.
- ``masking``: a guitar boosted with a Q 1 bell at 1 kHz, in the lead vocal's strongest range (500 Hz-2 kHz),
  until it is 3 dB over the vocal there, measured on the two tracks' outputs with a plain FFT (not with the track
  meter the diagnosis reads); the boost this takes (at most 18 dB, in two ReaEQ bands past +12 dB) is recorded. Rock: 'Gtr L' through a ReaEQ
  band, so the dip can be undone through that band; folk: 'Acoustic Gtr' through a third-party EQ the bridge
  cannot set. A ``masking`` finding must name the guitar as ``track`` and the lead vocal as ``other_track``.
- ``horns too loud`` (soul): the horn stabs 11 dB over their place, the case that once raised no track finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmarks.sessions.mixdown import BALANCES, Bell

MOVE_DB = 10.0


@dataclass(frozen=True, slots=True)
class Expect:
    """What the diagnosis must find: ``kind`` on ``track`` (with ``other_track`` for masking); kind None = no
    track finding of 0.3 or more."""

    kind: str | None
    track: str | None = None
    other_track: str | None = None


@dataclass(frozen=True, slots=True)
class Cover:
    """Boost ``masker`` with a bell at ``freq_hz`` (Q ``q``) until it is ``over_db`` over ``covered`` in the
    contract band holding ``freq_hz`` (FFT of the outputs), at most ``max_boost_db``."""

    masker: str
    covered: str
    freq_hz: float
    q: float = 1.0
    over_db: float = 3.0
    max_boost_db: float = 18.0


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    planted: str
    expect: Expect
    fader_moves_db: dict[str, float] = field(default_factory=dict)
    extra_bells: dict[str, tuple[Bell, ...]] = field(default_factory=dict)
    foreign_eq: tuple[str, ...] = ()  # tracks whose planted boost comes from a third-party EQ (not ReaEQ)
    cover: Cover | None = None  # a masking plant, sized on the rendered tracks


CLEAN = Scenario("clean", "nothing: the style's balance", Expect(None))
MASKERS: dict[str, tuple[str, float, bool]] = {
    "rock": ("Gtr L", 1000.0, False),  # (masker, bell centre Hz, third-party EQ?)
    "folk": ("Acoustic Gtr", 1000.0, True),
}


def moved(track: str, delta_db: float) -> Scenario:
    kind = "track_too_loud" if delta_db > 0 else "track_too_quiet"
    return Scenario(
        f"{track} {delta_db:+.0f}",
        f"'{track}' fader {delta_db:+.0f} dB from its balanced place",
        Expect(kind, track),
        fader_moves_db={track: delta_db},
    )


def masking(style: str) -> Scenario | None:
    if style not in MASKERS:
        return None
    track, freq_hz, foreign = MASKERS[style]
    return Scenario(
        "masking",
        f"'{track}' boosted at {freq_hz:.0f} Hz (Q 1) until it covers the lead vocal there by 3 dB",
        Expect("masking", track, "Lead Vocal"),
        foreign_eq=(track,) if foreign else (),
        cover=Cover(track, "Lead Vocal", freq_hz),
    )


def scenarios(style: str) -> list[Scenario]:
    """Every scenario of a style: clean, each track +-10 dB, and the style's own (masking, horns)."""
    out = [CLEAN]
    for setup in BALANCES[style]:
        out += [moved(setup.name, MOVE_DB), moved(setup.name, -MOVE_DB)]
    if (mask := masking(style)) is not None:
        out.append(mask)
    if style == "soul":
        out.append(
            Scenario(
                "horns too loud",
                "'Horns' 11 dB over their balanced place",
                Expect("track_too_loud", "Horns"),
                fader_moves_db={"Horns": 11.0},
            )
        )
    return out


def scenario(style: str, name: str) -> Scenario:
    for s in scenarios(style):
        if s.name == name:
            return s
    raise ValueError(
        f"no scenario {name!r} for {style}; choose one of {', '.join(s.name for s in scenarios(style))}"
    )
