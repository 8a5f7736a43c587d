"""Realistic multitrack sessions rendered from real instrument samples, with planted problems and their snapshots.

    from benchmarks.sessions import render_session, scenarios, STYLES
    s = render_session("soul", seed=1, scenario_name="Horns +10")
    s.mix            # float32 (n, 2), mastered to about -14 LUFS, true peak <= -1 dBTP
    s.snapshot       # companion.context.Snapshot, per-track lufs/bands_db from the Python track meter
    s.scenario.expect  # what a good diagnosis must find

Styles (``STYLES``): soul (Drums, Bass, Rhodes, Strings, Horns, Lead Vocal), rock (Kick, Snare, Hats, Bass,
Gtr L, Gtr R, Keys, Lead Vocal), pop (Kick, Clap, Hats, Synth Bass, Pad, Pluck Synth, Lead Vocal), folk
(Acoustic Gtr, Upright Bass, Piano, Fiddle, Shaker, Lead Vocal, Harmony Vox). Each part is rendered alone by
fluidsynth from the FluidR3 GM SoundFont (Debian ``fluidsynth`` and ``fluid-soundfont-gm``; ``render.missing()``
says why not when they are absent) and cached on disk by content hash (``render.cache_dir()``): the first
render of a 16 s session takes a few seconds (fluidsynth, two at a time), a cached one well under a second.
Modules: ``parts`` (the music), ``render`` (fluidsynth + cache), ``mixdown`` (EQ, faders, pan, balance
conventions), ``scenarios`` (planted problems and expectations), ``session`` (the mix and the snapshot).
"""

from benchmarks.sessions.parts import STYLES
from benchmarks.sessions.render import missing
from benchmarks.sessions.scenarios import Expect, Scenario, scenarios
from benchmarks.sessions.session import RenderedSession, render_session

__all__ = ["STYLES", "Expect", "RenderedSession", "Scenario", "missing", "render_session", "scenarios"]
