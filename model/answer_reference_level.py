"""'Is it louder than my reference?': the two integrated loudnesses, measured the same way (BS.1770), with the
verdict in the question's own terms. Without this, a reference given with ``--reference`` was ignored by the
loudness question and the answer compared the mix with a streaming target instead."""

from __future__ import annotations

import math
import re

from companion.context import MixContext
from model.answer_amount_eq import HEAVY_PLR_DB
from model.focus import Focus
from model.intent import asks_yes_no
from model.intent_reference import REFERENCE
from model.phrasing import Answer

LEVEL_LU = 1.0  # within 1 LU two songs play as equally loud (about the smallest step listeners notice)
_LOUDNESS = re.compile(r"\b(loud\w*|quiet\w*|soft\w*|hott?er|level|volume|lufs)\b", re.IGNORECASE)
_QUIETER = re.compile(r"\b(quieter|softer|less loud|not (as|so) loud|nowhere near as loud)\b", re.IGNORECASE)
_SAME = re.compile(r"\b(as loud|same (level|loudness|volume)|match(es|ing)?|level with)\b", re.IGNORECASE)


def reference_level_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The mix's loudness against the reference track's, when one was given and the question asks that."""
    a = ctx.analysis
    question = focus.intent.question
    if a is None or not REFERENCE.search(question) or not _LOUDNESS.search(question):
        return None
    ref, name = a.extra.get("reference_lufs"), a.extra.get("reference_track")
    if not isinstance(ref, (int, float)) or not math.isfinite(ref) or not math.isfinite(a.integrated_lufs):
        return None
    d = a.integrated_lufs - float(ref)
    level = abs(d) <= LEVEL_LU
    asked = "quieter" if _QUIETER.search(question) else "same" if _SAME.search(question) else "louder"
    yes = {"quieter": d < -LEVEL_LU, "same": level, "louder": d > LEVEL_LU}[asked]
    head = ("Yes" if yes else "No") if asks_yes_no(focus.intent) else "Side by side"
    way = "level with it" if level else f"{abs(d):.1f} LU {'louder' if d > 0 else 'quieter'}"
    window = a.extra.get("reference_window")
    # the two windows said, so a user comparing with the whole song in their DAW knows what was measured
    said = f"{name}, {window}" if isinstance(window, str) and window else name
    parts = [
        f"{head}: yours reads {a.integrated_lufs:.1f} LUFS integrated and your reference ({said}) "
        f"{float(ref):.1f} LUFS, so yours is {way}."
    ]
    ref_plr = a.extra.get("reference_plr_db")
    if d < -LEVEL_LU:
        parts.append(
            "Streaming plays both at about -14 LUFS anyway; to match it for a release, push a limiter last on the "
            f"master until it reads about {float(ref):.0f} LUFS, and stop if the peak-to-loudness ratio (now "
            f"{a.plr_db:.1f} dB) drops under about {HEAVY_PLR_DB:.0f} dB."
        )
    elif d > LEVEL_LU and isinstance(ref_plr, (int, float)) and math.isfinite(ref_plr):
        squeezed = "more squeezed than" if a.plr_db < ref_plr - 1.0 else "about as open as"
        parts.append(
            f"Your peak-to-loudness ratio is {a.plr_db:.1f} dB against its {float(ref_plr):.1f} dB: {squeezed} the "
            "reference, so if yours sounds flatter, ease the limiter."
        )
    parts.append(
        "My tonal comparisons with it are made at matched loudness, so this difference doesn't colour them."
    )
    return Answer(" ".join(parts), [], None)
