"""A virtual REAPER project of a known session (the demo, a rendered test session), built from its snapshot.

Why: the virtual REAPER plays the part of REAPER for the demo and the tests; when the session's audio is known
(``companion.synth`` or ``benchmarks.sessions`` rendered it, and measured every track with the track meter),
the virtual bridge should report what the real bridge would: the same names, faders, pans and plug-ins, peak
meters at the session's levels, and the track meter's ``lufs`` and ``bands_db``. Plug-in parameters keep their
display text; a ReaEQ band gain is shown from its value (so a command that changes it reads back right).
"""

from __future__ import annotations

from bridge.virtual.project import METER_FLOOR_DB, VFx, VirtualProject, VMaster, VParam, VSend, VTrack
from companion.context import Snapshot
from companion.knowledge import reaeq


def _param(fx_name: str, name: str, value: float, formatted: str) -> VParam:
    if "reaeq" in fx_name.lower() and name.startswith("Gain-"):
        return VParam(name, value, shown=lambda v: f"{reaeq.gain_db(v):+.1f}")
    return VParam(name, value, shown=lambda _v, text=formatted: text)


def project_from_snapshot(snapshot: Snapshot) -> VirtualProject:
    """The session as a ``VirtualProject``: play it (``set_play_state("playing")`` and ``advance``) and its
    snapshot carries the session's peaks and track-meter loudness."""
    numbers = {t.guid: i for i, t in enumerate(snapshot.tracks, 1)}
    tracks = []
    for t in snapshot.tracks:
        level = t.level
        peak = level.avg_peak_db if level is not None and level.avg_peak_db is not None else METER_FLOOR_DB
        tracks.append(
            VTrack(
                guid=t.guid,
                name=t.name,
                volume_db=t.volume_db if t.volume_db is not None else -150.0,
                pan=t.pan,
                mute=t.mute,
                solo=t.solo,
                rec_arm=t.rec_arm,
                phase_inverted=t.phase_inverted,
                folder_depth=t.folder_depth,
                fx=[
                    VFx(f.name, f.enabled, [_param(f.name, p.name, p.value, p.formatted) for p in f.params])
                    for f in t.fx
                ],
                sends=[
                    VSend(numbers[s.dest_guid], s.volume_db or -150.0, s.mute)
                    for s in t.sends
                    if s.dest_guid in numbers
                ],
                meters_db=[peak, peak],
                loudness=level if level is not None and level.lufs is not None else None,
                loudness_at_db=t.volume_db,
            )
        )
    master = VMaster(
        volume_db=snapshot.master.volume_db or 0.0,
        pan=snapshot.master.pan,
        fx=[
            VFx(f.name, f.enabled, [_param(f.name, p.name, p.value, p.formatted) for p in f.params])
            for f in snapshot.master.fx
        ],
    )
    p = snapshot.project
    return VirtualProject(
        tracks, name=p.name or "Session", sample_rate=p.sample_rate, tempo_bpm=p.tempo_bpm, master=master
    )
