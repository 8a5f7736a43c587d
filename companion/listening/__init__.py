"""Listening: what an engineer reads off the meters, and what they would name from it.

Audio loading (``audio``), one shared FFT pass (``frames``), loudness, true peak, band levels (``spectrum``),
the stereo image, tonal balance in third octaves (``tonal``) against genre reference curves
(``reference_curves``), per-track levels from the session (``track_levels``); ``analysis.analyze`` puts the
measurements together and ``diagnosis.diagnose`` turns them into findings. ``companion.analysis`` re-exports
``analyze`` and ``diagnose`` as the public API.

May import: ``companion.context``, ``companion.errors``, ``companion.config`` and ``companion.knowledge`` (plus
numpy, soundfile, the standard library). Nothing from synth, the CLI, bridge, model, gui or training
(tests/test_architecture.py). numpy only at import time: no scipy.signal, librosa or torch on this path.
"""
