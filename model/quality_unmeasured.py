"""The craft for a quality asked of a part that cannot be measured on its own ("how do I make the kick punchier?"
with no clip, or with only the stereo mix): the quality's own move in words (a compressor whose slower attack lets
the hit through for punch, a faster release for tightness), not what a compressor is in general. With a REAPER
session, ``model.answer_quality`` sets that move on the track itself."""

from __future__ import annotations

from model.answer_quality import quality_of
from model.intent import Intent, Wants


def quality_craft(intent: Intent, technique: str | None) -> str | None:
    """Why the quality's compressor move adds it and how to hear that, or None when the question is not a how-to
    for a quality a compressor adds (punch, tightness) or names another tool."""
    if intent.wants != Wants.HOW_TO or technique not in (None, "compression"):
        return None
    quality = quality_of(intent.question)
    if quality is None or quality.compress is None:
        return None
    return f"{quality.why} {quality.check}"
