"""How far a part's fader can move before the balance check flags it: the room a part inside its usual range has.

Why: "can I make the vocal louder?" on a part that sits where real mixes put it is a permission asked, and the
useful answer is how far it can go, not "no need". Most parts inside the range carry no finding at all (no
deviation to quote), so the room is found the way the advisor would find the fault: the session's faders are moved
in half-dB steps on a copy of the snapshot (the track meters are post-fader, so its loudness and bands move with
it) and the balance check (``companion.listening.track_levels.diagnose_tracks``) is run again, until a level
problem appears that was not there before.
"""

from __future__ import annotations

from dataclasses import replace

from companion.context import FindingKind, Snapshot, Track
from companion.listening.track_levels import diagnose_tracks

STEP_DB = 0.5
MAX_ROOM_DB = 12.0
"""The bridge's largest nudge: room past it is said as "plenty"."""
LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def _moved(track: Track, delta_db: float) -> Track:
    """``track`` with its fader and its post-fader meters moved by ``delta_db``."""
    level = track.level
    if level is not None:
        bands = {k: (v + delta_db if v is not None else None) for k, v in (level.bands_db or {}).items()}
        level = replace(
            level,
            avg_peak_db=level.avg_peak_db + delta_db if level.avg_peak_db is not None else None,
            max_peak_db=level.max_peak_db + delta_db if level.max_peak_db is not None else None,
            lufs=level.lufs + delta_db if level.lufs is not None else None,
            bands_db=bands if level.bands_db is not None else None,
        )
    volume = track.volume_db + delta_db if track.volume_db is not None else None
    return replace(track, volume_db=volume, level=level)


def _problems(snapshot: Snapshot) -> set[tuple[str | None, FindingKind]]:
    return {(f.track, f.kind) for f in diagnose_tracks(snapshot) if f.kind in LEVEL_KINDS and f.is_problem}


def room_db(
    snapshot: Snapshot, name: str, up: bool
) -> tuple[float, tuple[str | None, FindingKind] | None] | None:
    """The largest move of track ``name`` (dB, up or down) that raises no new level problem, and the first new
    problem past it (its track and kind; the moved track's own first; None when there is still none at
    ``MAX_ROOM_DB``); None when the track is not in the session or has no meter to move."""
    track = snapshot.track(name)
    if track is None or track.level is None or (track.level.lufs is None and track.level.avg_peak_db is None):
        return None
    before = _problems(snapshot)
    sign = 1.0 if up else -1.0
    steps = int(MAX_ROOM_DB / STEP_DB)
    for i in range(1, steps + 1):
        moved = tuple(_moved(t, sign * i * STEP_DB) if t.name == track.name else t for t in snapshot.tracks)
        new = _problems(replace(snapshot, tracks=moved)) - before
        if new:
            return (i - 1) * STEP_DB, min(new, key=lambda k: (k[0] != track.name, str(k[0]), str(k[1])))
    return MAX_ROOM_DB, None
