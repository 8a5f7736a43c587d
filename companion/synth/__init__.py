"""The demo synthesizer: deterministic synthetic multitracks with a REAPER-like snapshot, and the demo session.

``song`` (tempo, chords, groove) drives the ``voices`` and ``drums``; ``dsp`` is the numpy-only kit they share;
``bus`` places the tracks and masters them; ``fx`` describes the plug-ins the snapshot shows; ``mix`` renders an
arrangement (``render_mix``, ``ARRANGEMENTS``); ``demo`` is the demo session with its planted problems.
Nothing here sets a reference or a threshold: the tonal references come from real recordings
(``companion.listening.calibrate``), so the synthesizer can be judged by them, not fitted to them.

May import: ``companion.context``, ``companion.errors``, ``companion.config``, ``companion.knowledge`` and
``companion.listening`` (plus numpy). Nothing from the CLI, bridge, model, gui or training
(tests/test_architecture.py).
"""
