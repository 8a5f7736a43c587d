"""'Which is louder, vocal or guitar?': each part read on its loudest track, with a part of several tracks said so.

Why: the either/or route compared the two parts' first tracks, so "guitar" on a session with 'Gtr L' and 'Gtr R'
was 'Gtr L' alone and the answer never said there were two guitars. An engineer reads a part of several tracks
on the loudest of them, says it is the louder of them, and gives the others' meters beside it.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import track_evidence
from model.focus import Asked
from model.session_view import RoleTrack


def _read(ctx: MixContext, rt: RoleTrack, unit: str) -> float | None:
    ev = track_evidence(ctx, rt)
    value = ev.lufs if unit == "LUFS" else ev.avg_peak_db
    return None if value is None else float(value)


SAME_LEVEL_DB = 1.0
"""Under about 1 dB apart a listener hears two parts at the same level: naming a "louder one" there is noise."""
QUIETER = re.compile(r"\b(quieter|softer|lower|weaker|less loud|more buried)\b", re.IGNORECASE)
"""The other way asked ("which is quieter?"): the quieter part named first."""


def louder_head(ctx: MixContext, first: Asked, second: Asked, question: str = "") -> str | None:
    """ "'Lead Vocal' is the louder one: its meter reads -20.0 LUFS against -24.9 LUFS for 'Gtr L', the louder of
    the 2 guitar tracks ('Gtr R' reads -26.7 LUFS)." on the parts' meters (LUFS, else the averaged peak meter);
    None when either part has no track or a track has no meter."""
    own = [first.tracks, tuple(rt for rt in second.tracks if rt not in first.tracks)]
    if not all(own):
        return None
    for unit in ("LUFS", "dBFS peak"):
        read = [[(rt, _read(ctx, rt, unit)) for rt in tracks] for tracks in own]
        if all(v is not None for part in read for _, v in part):
            break
    else:
        return None
    tops = [max(part, key=lambda r: float(r[1] or 0.0)) for part in read]
    quiet = QUIETER.search(question) is not None
    (hi, hi_v), (lo, lo_v) = sorted(tops, key=lambda r: float(r[1] or 0.0) * (1 if quiet else -1))
    way = "quieter" if quiet else "louder"
    head = f"{hi.quoted} is the {way} one: its meter reads {hi_v:.1f} {unit} against {lo_v:.1f} {unit} for {lo.quoted}"
    gap = abs(float(hi_v or 0.0) - float(lo_v or 0.0))
    if gap < SAME_LEVEL_DB:
        head = (
            f"About the same level: {hi.quoted} reads {hi_v:.1f} {unit} and {lo.quoted} {lo_v:.1f} {unit}, only "
            f"{gap:.1f} dB apart, too little for a listener to call either one {way}"
        )
    parts = []
    for asked, part, (top, _) in zip((first, second), read, tops, strict=True):
        if len(part) < 2:
            continue
        rest = ", ".join(f"{rt.quoted} reads {v:.1f} {unit}" for rt, v in part if rt is not top)
        noun = asked.said.lower().removeprefix("the ").removeprefix("my ").rstrip("s")
        parts.append(f"{top.quoted} is the louder of your {len(part)} {noun} tracks ({rest})")
    return f"{head}{'; ' if parts else ''}{'; '.join(parts)}."
