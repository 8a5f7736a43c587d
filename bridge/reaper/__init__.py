"""REAPER itself: the file-bridge client (``files``) with its JSON Schemas (``schemas``, ``schemas/``) and fast
snapshot decoding (``snapshot_decode``), the OSC mirror (``osc``) with its state (``osc_state``) and codec and
transport (``osc_io``), and installing the Lua scripts (``install``).

May import: companion leaves (``companion.context``, ``companion.errors``, ``companion.config``...) and this
room; never ``bridge.virtual`` (tests/test_architecture.py).
"""
