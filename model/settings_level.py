"""A technique's settings asked on a part that sits at the wrong level ("what ratio on the kick?" with the kick
10 dB under where real mixes put it): the level first, with its fader move, then the settings asked for.

Why: a compressor's ratio, an EQ's bands or a reverb's send are judged with the part at its level; set on a part
10 dB low they chase the wrong sound, and an engineer says so before giving the numbers ("balance comes first").
The settings still follow: the user asked for them, and the answer gives both, the fader's card first.
"""

from __future__ import annotations

import re

from companion.context import Finding, MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.recipes import recipe

SETTINGS_Q = re.compile(
    r"^\W*(so |ok |okay |and |then )?(what|which)\b|\bsettings?\b|\b(ratio|attack|release|threshold)\b|"
    # "how should i eq the acoustic?", "how do i sidechain the bass to the kick": the technique's use asked
    r"\bhow (should|do|would|can|to) (i |we |you )?(\w+ )?(eq|compress|side-?chain|de-?ess|gate|saturate)\b",
    re.I,
)
"""Settings asked for ("what ratio on the kick?", "which eq settings for the bass?"), not a goal reached with a
technique ("how do I make the vocal cut through with compression?": a level fault is not what that describes)."""
SETTINGS_WANTS = (Wants.HOW_TO, Wants.HOW_MUCH)
"""The question forms that ask for a technique's settings or the move itself, not whether to use it."""


def level_fault(ctx: MixContext, focus: Focus) -> Finding | None:
    """The level problem (not a remark, not a lean) on a track of the parts asked about, the most severe first."""
    names = {rt.name for a in focus.asked for rt in a.tracks}
    return next(
        (f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track in names and not f.is_lean), None
    )


def level_before_settings(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` after the asked part's level fault and its fader move, when a technique's settings are asked on a
    part at the wrong level and ``ans`` does not already lead with that fault; ``ans`` otherwise."""
    intent = focus.intent
    if intent.technique is None or not intent.instruments or intent.wants not in SETTINGS_WANTS:
        return ans
    if not SETTINGS_Q.search(intent.question) or re.search(r"\bmake\b", intent.question, re.I):
        return ans
    if intent.complaint is not None or ctx.analysis is None or focus.session is None:
        return ans  # a complaint said: its own routes weigh the level against it
    fault = level_fault(ctx, focus)
    if fault is None or ans.first is fault or f"{fault.track!r} sits" in split_sentences(ans.text)[0]:
        return ans
    said = first_sentence(fault.summary)
    if any(t.role == "assistant" and said[:60] in t.content for t in ctx.history):
        return ans  # said in an earlier answer of this conversation: the settings alone now
    key = lower_first(said)[
        :60
    ]  # the same fault said at the end ("And in your mix right now: ..."): said first
    body = " ".join(p for p in split_sentences(ans.text) if key not in lower_first(p.partition(": ")[2] or p))
    body = body.removeprefix("Typical: ")  # no second heading after "Then the settings:"
    move = recipe(fault, focus.session)
    head = f"First its level: {lower_first(said)} {move.try_text}"
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    text = fit([head, f"Then the settings: {lower_first(body)}"], limit, keep=1)
    if "Then the settings" not in text:  # too long for both: the settings' first sentence at least
        # the whole sentence, numbers and all: "glue is gentle compression across the group: about 2:1 to 4:1 ..."
        whole = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body)[0]
        text = fit([head, f"Then the settings: {lower_first(whole)}"], limit, keep=1)
        if "Then the settings" not in text:
            text = fit([head, f"Then the settings: {lower_first(first_sentence(body))}"], limit, keep=1)
    same = {(s.action, s.track) for s in move.suggestions}
    rest = [m for m in ans.moves if not any((s.action, s.track) in same for s in m.suggestions)]
    return Answer(text, [move, *rest], fault)
