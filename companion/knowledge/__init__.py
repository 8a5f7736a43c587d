"""Mixing knowledge the advice is grounded in: loudness targets, the seven bands, track-name roles, instrument
frequency areas, per-instrument starting points from real mixes (MixologyDB) and technique notes.

One job per module: ``tables`` (the data folder, lazy JSON tables, ``UnknownName``), ``targets``, ``bands``,
``roles``, ``areas``, ``priors``, ``techniques``, ``wording`` (how numbers are said); ``build_priors`` is the
script that derives ``data/mixology_priors.json``. The JSON tables in ``data/`` are read on first use and
cached, so importing any of these modules reads no file; where each table comes from is in ``data/README.md``.

May import: ``companion.context`` and ``companion.errors`` (plus the standard library and numpy). Nothing from
listening, synth, the CLI, bridge, model, gui or training (tests/test_architecture.py).
"""
