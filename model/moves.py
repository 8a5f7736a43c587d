"""Moves on one named track, with their values: a fader nudge (one undo step in REAPER), an EQ band, a
high-pass, a pan. ``model.recipes`` holds the moves for each finding kind; these are the ones an answer about
a particular track needs ("give the kick its slot": dip the bass where the kick punches).
"""

from __future__ import annotations

import math

from companion.context import Finding, Suggestion
from model.phrasing import say_khz
from model.recipes import RECIPES, Move, hpf_hz, recipe
from model.session_view import RoleTrack, SessionView, nudge, set_pan

FADER_CHECK = "Check at low volume: you should still follow every word and hit."


def fader(rt: RoleTrack, delta_db: float, why: str) -> Move:
    """Move the fader by ``delta_db`` (rounded to 0.5 dB, within the bridge's +-12 dB)."""
    delta_db = max(-12.0, min(12.0, round(delta_db * 2.0) / 2.0))
    verb = "up" if delta_db > 0 else "down"
    now = rt.track.volume_db
    was = f" (it's at {now:+.1f} dB now)" if now is not None else ""
    text = f"Bring the fader on {rt.quoted}{was} {verb} about {abs(delta_db):g} dB."
    sugg = Suggestion("nudge_volume_db", rt.name, {"delta_db": delta_db}, why, nudge(rt, delta_db))
    return Move(text, FADER_CHECK, [sugg])


def eq(
    rt: RoleTrack | None, freq_hz: float, gain_db: float, q: float, why: str, check: str, purpose: str = ""
) -> Move:
    """One EQ band on ``rt`` (None = the master), said the way you'd set it; ``purpose`` ends the sentence."""
    freq_hz = _round_hz(freq_hz)
    where = rt.quoted if rt is not None else "the master"
    verb = f"add {gain_db:g} dB" if gain_db > 0 else f"dip {abs(gain_db):g} dB"
    text = f"On {where}, {verb} around {say_khz(freq_hz)} (Q ~{q:g}){' ' + purpose if purpose else ''}."
    sugg = Suggestion(
        "eq_band",
        rt.name if rt is not None else None,
        {"freq_hz": round(freq_hz), "gain_db": gain_db, "q": q},
        why,
    )
    return Move(text, check, [sugg])


def high_pass(rt: RoleTrack, why: str, default_hz: float = 100.0) -> Move:
    freq = hpf_hz(rt.role, default_hz)
    text = f"High-pass {rt.quoted} at about {freq:.0f} Hz."
    sugg = Suggestion("high_pass", rt.name, {"freq_hz": round(freq), "slope_db_oct": 12}, why)
    return Move(text, "Solo it with and without the filter: you should lose rumble, not body.", [sugg])


def pan_pair(a: RoleTrack, b: RoleTrack, amount: float = 0.6) -> Move:
    pct = round(amount * 100)
    text = f"Pan {a.quoted} about {pct}% left and {b.quoted} {pct}% right; keep kick, bass and lead vocal in the middle."
    sugg = [
        Suggestion("set_pan", a.name, {"pan": -amount}, "opens the sides", set_pan(a, -amount)),
        Suggestion("set_pan", b.name, {"pan": amount}, "opens the sides", set_pan(b, amount)),
    ]
    return Move(text, "Then check in mono (the master's mono button): nothing should vanish.", sugg)


def pan_one(rt: RoleTrack, amount: float = -0.5) -> Move:
    side = "left" if amount < 0 else "right"
    text = f"Pan {rt.quoted} about {abs(amount) * 100:.0f}% {side} and answer it with another part on the other side."
    sugg = [Suggestion("set_pan", rt.name, {"pan": amount}, "opens the sides", set_pan(rt, amount))]
    return Move(text, "Then check in mono (the master's mono button): nothing should vanish.", sugg)


def level_move(f: Finding, s: SessionView) -> Move:
    """The move for a track level finding (the recipe's, which knows the role's plug-in gaps)."""
    return recipe(f, s)


def masking_move(f: Finding, s: SessionView) -> Move:
    """Dip the masking track where it covers the other one (evidence of a ``masking`` finding); the diagnosis'
    own recipe when it has one (it knows the track's ReaEQ bands, so the dip can be one click)."""
    if f.kind in RECIPES:
        return recipe(f, s)
    masker = s.named(f.track or "")
    other = f.evidence.get("other_track")
    lo, hi = _range(f.evidence.get("range_hz"))
    centre = math.sqrt(lo * hi) if lo and hi else None
    dip = f.evidence.get("suggested_gain_db", f.evidence.get("dip_db", -3.0))
    dip = float(dip) if isinstance(dip, (int, float)) else -3.0
    dip = -abs(round(dip * 2.0) / 2.0) or -3.0
    q = f.evidence.get("q", 1.4)
    q = float(q) if isinstance(q, (int, float)) else 1.4
    if masker is None or centre is None:
        return Move(
            f"Carve a little room for '{other}' in what covers it.",
            "Flip it in and out at matched level.",
            [],
        )
    why = f"makes room for '{other}' where {masker.quoted} covers it"
    check = f"Solo '{other}' with {masker.quoted}, flip the EQ: '{other}' should step forward."
    return eq(masker, centre, dip, q, why, check)


def _range(value: object) -> tuple[float | None, float | None]:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        lo, hi = value
        if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and 0 < lo < hi:
            return float(lo), float(hi)
    return None, None


def _round_hz(freq_hz: float) -> float:
    step = 100.0 if freq_hz >= 1000 else 10.0 if freq_hz >= 100 else 5.0
    return round(freq_hz / step) * step
