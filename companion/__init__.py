"""MixAssist Companion: the core (types, audio, listening analysis, knowledge, session, CLI)."""

__version__ = "0.1.0"
