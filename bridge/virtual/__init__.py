"""The virtual REAPER, for the demo and the tests: one ``project`` seen through an OSC side (``osc``) and a
file-bridge side (``files``, what the Lua bridge does), both started by ``reaper.VirtualReaper``.

May import: companion leaves and the REAPER protocol pieces of ``bridge.reaper`` (plus this room); nothing in
``bridge.reaper`` or ``bridge.capture`` imports it back (tests/test_architecture.py).
"""
