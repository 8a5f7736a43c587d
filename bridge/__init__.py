"""The DAW side: ``reaper/`` (REAPER's file bridge, OSC mirror, install), ``capture/`` (audio capture backends,
ring buffer, live capture, ReaStream), ``virtual/`` (the virtual REAPER for the demo and the tests).

May import: the companion leaves only (``companion.context``, ``errors``, ``config``, ``knowledge``,
``listening``, ``synth``, ``analysis``), never ``companion.app``, the CLI, model, gui or training. Inside the
room, ``virtual`` may use ``reaper``'s protocol pieces; ``reaper`` and ``capture`` never import ``virtual``
(tests/test_architecture.py).
"""
