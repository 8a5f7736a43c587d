""" "What sample rate should I export at?", "should I dither?", "mp3 or wav for SoundCloud?", "do I need to
normalize before uploading?": how to render and deliver the mix, asked at the end of a session.

Why: with no part, technique or complaint in the words, these fell through to the mix's verdict ("Yes, you're
good: nothing needs fixing. At most, the mix leans a little harsh"), which answers nothing asked. An engineer
answers the delivery question from common practice, on this mix's own numbers where they matter (its sample rate,
its loudness and true peak against the destination's), and says which REAPER setting does it.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from companion.knowledge.targets import loudness_target
from model.focus import Focus
from model.phrasing import NOTHING_HEARD, Answer

RATE = re.compile(
    r"\b(sample ?rate|khz|bit ?depth|\d\d ?bits?|24 ?bit|16 ?bit|32 ?bit( float)?)\b", re.IGNORECASE
)
DITHER = re.compile(r"\bdither\w*\b", re.IGNORECASE)
FORMAT = re.compile(r"\b(mp3|wav|wave|flac|aiff|ogg|aac|m4a|lossless|lossy)\b", re.IGNORECASE)
NORMALIZE = re.compile(r"\bnormali[sz]\w*\b", re.IGNORECASE)
DELIVERY = re.compile(
    r"\b(export\w*|render\w*|bounc\w*|upload\w*|deliver\w*|send (it|this|the mix)|release|distribut\w*|"
    r"soundcloud|bandcamp|spotify|youtube|streaming|master(ing)? engineer|file|format)\b",
    re.IGNORECASE,
)
"""The question is about the file that leaves the session (a format word alone is enough)."""
FILE_NAMED = re.compile(
    r"\b(bounc|render|export|print|send|upload|mixdown|mix down)\w* (out )?(the|my|this|a|that) (final )?(mp3|wav|wave|"
    r"flac|aiff)( file)?\b(?! (or|vs|versus)\b)",
    re.IGNORECASE,
)
"""'nothing i need to touch before i bounce the wav?': the file named as what gets made, not a format asked for."""


def _format_asked(q: str) -> bool:
    """True when a format word asks which format ("mp3 or wav for soundcloud?", "export as wav?"), not only when it
    names the file about to be made ("before i bounce the wav, any fader way off?")."""
    return bool(FORMAT.search(FILE_NAMED.sub(" ", q))) or bool(re.search(r"\bformat\b", q, re.I))


_RIGHT_FORMAT = re.compile(
    r"\b(is|are|'s) (that|it|this|those|wav|mp3|flac)( the)? (right|ok|okay|good|fine|best|correct)\b|"
    r"\b(right|ok|okay|good|fine|best|correct) (format|file|choice)\s*\?*\s*$",
    re.IGNORECASE,
)
"""'gonna export the wav for spotify, is that the right format?': the format named, checked with a yes or no."""


def _format_verdict(q: str) -> str:
    """'Yes, ...:' when the format checked is lossless, 'No, ...:' when it is only lossy, '' when no format is checked
    (not a bare 'Yes:', which the verdict pass would weigh against the mix's faults)."""
    named = {m.group(0).lower() for m in FORMAT.finditer(q)} - {"lossless", "lossy"}
    # "wav or mp3, is that right?": two formats offered, which the delivery answer picks without a yes or no
    if not named or not _RIGHT_FORMAT.search(q) or re.search(rf"{FORMAT.pattern}\s+or\b", q, re.I):
        return ""
    return "Yes, lossless is right:" if named <= {"wav", "wave", "flac", "aiff"} else "No, go lossless:"


def asks_delivery(question: str) -> bool:
    """True when ``question`` asks how to render or deliver the file (dither, rate, format, normalizing)."""
    q = question
    return bool(
        DITHER.search(q)
        or (RATE.search(q) and (DELIVERY.search(q) or re.search(r"\bshould\b|\bwhat\b", q, re.I)))
        or (_format_asked(q) and DELIVERY.search(q))
        or re.search(r"\b(mp3|wav|flac) or (mp3|wav|flac)\b", q, re.I)
        or (NORMALIZE.search(q) and DELIVERY.search(q))
    )


def export_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The delivery question answered from common practice on this mix's numbers; None when it is none. With no
    clip and no session, it says nothing was listened to."""
    ans = _delivery(ctx, focus)
    if ans is not None and ctx.analysis is None and ctx.snapshot is None:
        ans.text += f" {NOTHING_HEARD}: give me a clip (--audio) and I'll check its loudness and peaks."
    return ans


def _delivery(ctx: MixContext, focus: Focus) -> Answer | None:
    q = focus.intent.question
    if focus.intent.instruments or focus.intent.technique not in (None, "limiting"):
        return None
    a = ctx.analysis
    if DITHER.search(q):
        text = (
            "Only when you reduce the bit depth: rendering a 16-bit file from a 24-bit or 32-bit float session, "
            "dither that render (REAPER's Render dialog has the dither option for the master). "
            "A 24-bit or 32-bit float render needs none (common practice)."
        )
        return Answer(text)
    if RATE.search(q) and (DELIVERY.search(q) or re.search(r"\bshould\b|\bwhat\b", q, re.I)):
        hz = (
            ctx.snapshot.project.sample_rate
            if ctx.snapshot is not None
            else a.sample_rate
            if a is not None
            else 0
        )
        rate = (
            f"{hz / 1000:g} kHz here" if hz else "the project's rate"
        )  # the session's own rate, else the clip's
        text = (
            f"Render at the rate you mixed at ({rate}) and 24-bit WAV (or 32-bit float) for the master "
            "file: converting rates gains nothing. Make a 16-bit 44.1 kHz copy only for a CD or a distributor "
            "that asks, with dither on that render (common practice)."
        )
        return Answer(text)
    if (_format_asked(q) and DELIVERY.search(q)) or re.search(
        r"\b(mp3|wav|flac) or (mp3|wav|flac)\b", q, re.I
    ):
        peak = (
            f" Keep the true peak at or under -1 dBTP so the site's encoder doesn't clip it: yours is at "
            f"{a.true_peak_dbtp:.1f} dBTP{'' if a.true_peak_dbtp <= -1.0 else ', so pull the limiter ceiling down'}."
            if a is not None
            else ""
        )
        text = (
            "WAV (or FLAC) when the site takes it: streaming sites re-encode every upload, so a lossless file "
            f"is encoded once, from the best copy, where an MP3 would be encoded twice (common practice).{peak}"
        )
        return Answer(f"{verdict} {text}" if (verdict := _format_verdict(q)) else text)
    if NORMALIZE.search(q) and DELIVERY.search(q):
        t = loudness_target("spotify")
        said = ""
        if a is not None:
            said = (
                f" Yours reads {a.integrated_lufs:.1f} LUFS with the true peak at {a.true_peak_dbtp:.1f} dBTP; "
                f"{t.said} plays its catalogue at {t.integrated_lufs:g} LUFS by default."
            )
        text = (
            "No: streaming services normalize playback themselves, so normalizing the file only moves its peak, "
            "and peak normalizing to full scale can clip the encode. Set the loudness with the limiter on the master "
            f"and leave the file as it renders.{said}"
        )
        return Answer(text)
    return None
