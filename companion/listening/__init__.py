"""Listening: what an engineer reads off the meters, and what they would name from it.

Audio loading (``audio``), one shared FFT pass (``frames``), loudness, true peak, band levels (``spectrum``)
up to the source's real bandwidth (``bandwidth``), the stereo image, the tonal profile in third octaves
(``tonal``) judged against the range real mixes occupy (``tonal_judge``, ``reference_curves``) or against the
user's reference track (``reference_compare``, ``reference_track``), per-track levels from the session
(``track_levels``); ``analysis.analyze`` puts the measurements together and ``diagnosis.diagnose`` turns them
into findings, a track's level problem just before the whole-mix tonal problem it explains (``balance_first``,
which the advisor's ranking reads too). ``companion.analysis`` re-exports ``analyze`` and ``diagnose`` as the public API.
The references are calibrated offline on real recordings by ``calibrate`` (with ``corpus``, ``percussion``,
``families``, ``reference_fit`` and the published spectra in ``published``); nothing of it runs at analysis time.

May import: ``companion.context``, ``companion.errors``, ``companion.config`` and ``companion.knowledge`` (plus
numpy, soundfile, the standard library). Nothing from synth, the CLI, bridge, model, gui or training
(tests/test_architecture.py). numpy only at import time: no scipy.signal, librosa or torch on this path.
"""
