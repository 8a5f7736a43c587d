"""The overlay: MixAssist beside REAPER, answering, showing and applying (PyQt6, pyqtgraph). One flat room:
the window and its views, the controller, the workers, the triggers, the demo environment.

May import: the companion leaves, ``companion.app``, bridge and model; never the CLI, ``companion.session``
(the CLI opens the session log and hands it in) or training (tests/test_architecture.py). Qt and pyqtgraph are
imported at module level here: the CLI imports this room only inside ``mixassist gui``.
"""
