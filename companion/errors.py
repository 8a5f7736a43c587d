"""One error hierarchy, so the CLI can map known failures to one clear line and exit 2."""

from __future__ import annotations


class MixAssistError(Exception):
    """Base of every error the companion raises on purpose."""


class BadInput(MixAssistError):
    """The user gave something we cannot use (missing file, not audio, too short, NaN samples...)."""


class AudioError(BadInput):
    """An audio file or buffer could not be read or is not usable for analysis."""


class CaptureError(MixAssistError):
    """A capture backend or device failed or is not available."""


class BridgeError(MixAssistError):
    """The REAPER bridge (files or OSC) failed or answered with an error."""


class BridgeTimeout(BridgeError):
    """REAPER did not answer in time (bridge script not running, REAPER closed)."""


class ModelUnavailable(MixAssistError):
    """An advisor backend cannot answer (package or weights missing, out of memory, server error)."""
