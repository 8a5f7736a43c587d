"""Audio capture: hearing what REAPER plays. ``registry`` picks a backend by name, lists devices, opens a live
capture or records once; ``base`` holds what every backend shares; one module per backend
(``sounddevice_backend``, ``soundcard_backend``, ``wasapi_backend``, ``file_backend``, ``reastream``);
``ring_buffer`` and ``live`` keep the last seconds ready. Backend packages are imported only when used.

May import: companion leaves (``companion.context``, ``companion.errors``, ``companion.config``...) and this
room; never ``bridge.virtual`` (tests/test_architecture.py).
"""
