"""The overlay: MixAssist beside REAPER, answering, showing and applying (PyQt6, pyqtgraph)."""
