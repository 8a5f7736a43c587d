"""The demo synthesizer: deterministic synthetic multitracks with a REAPER-like snapshot, and the demo session.

``song`` (tempo, chords, groove) drives the ``voices`` and ``drums``; ``dsp`` is the numpy-only kit they share;
``bus`` places the tracks and masters them; ``fx`` describes the plug-ins the snapshot shows; ``mix`` renders an
arrangement (``render_mix``, ``ARRANGEMENTS``); ``demo`` is the demo session with its planted problems.
``fit_reference_curves`` rebuilds the listening reference curves from these balanced mixes.

May import: ``companion.context``, ``companion.errors``, ``companion.config``, ``companion.knowledge`` and
``companion.listening`` (plus numpy). Nothing from the CLI, bridge, model, gui or training
(tests/test_architecture.py).
"""
