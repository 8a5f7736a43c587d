"""Planted problems on the rendered sessions, each with what a good diagnosis must say.

- ``clean``: the style's balance (``mixdown.BALANCES``, jittered per seed): no track finding should reach 0.3.
- ``<track> +10`` / ``<track> -10``: one fader moved 10 dB from its balanced place: the first track finding must
  name that track, too loud or too quiet.
- ``masking``: a guitar with a +10 dB, Q 1 ReaEQ bell put in the lead vocal's strongest range (rock: 'Gtr L' at
  1 kHz, so the dip can be undone through that band; folk: 'Acoustic Gtr' boosted by a third-party EQ the bridge
  cannot set): a ``masking`` finding must name the guitar as ``track`` and the lead vocal as ``other_track``.
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
class Scenario:
    name: str
    planted: str
    expect: Expect
    fader_moves_db: dict[str, float] = field(default_factory=dict)
    extra_bells: dict[str, tuple[Bell, ...]] = field(default_factory=dict)
    foreign_eq: tuple[str, ...] = ()  # tracks whose planted boost comes from a third-party EQ (not ReaEQ)


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
        f"'{track}' boosted +10 dB at {freq_hz:.0f} Hz (Q 1), into the lead vocal's range",
        Expect("masking", track, "Lead Vocal"),
        extra_bells={track: (Bell(freq_hz, 10.0, 1.0),)},
        foreign_eq=(track,) if foreign else (),
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
