"""Questions answered from knowledge with no audio at all: how a reference track is used, gear, how to render
and deliver the mix, and pitch or timing (which no meter here reads). The CLI asked with no clip answers these (exit 0) instead of "nothing to listen to"."""

from __future__ import annotations

from model.export_answer import asks_delivery
from model.gear_question import asks_gear
from model.pitch_timing import PITCH, TIMING
from model.reference_craft import asks_reference_craft


def known_without_audio(question: str, complaint: str | None) -> bool:
    """True for "what's a ref track for?", "need a better sound card?", "should i dither?", "is it out of tune?"."""
    if PITCH.search(question) or TIMING.search(question):
        return (
            True  # "is the guitar out of tune?": no meter here hears pitch or timing, with audio or without
        )
    return (
        (asks_reference_craft(question) and complaint is None)
        or asks_gear(question)
        or asks_delivery(question)
    )
