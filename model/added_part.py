"""A new part proposed as the remedy: "bottom feels empty, thinking of layering a sub synth under the upright to
fill it out. good plan?", "should i add a pad to fill the chorus?", "throw some strings in?".

Why: a part the session does not have is read as an instrument asked about, so the answer said "There is no sub
synth in this session" (or took the upright as the sub synth and said "Yes"), while the asker knows that: adding it
is the plan. An engineer judges the plan: while a part sits at the wrong level (above all the one the new part would
support), a new layer only piles onto a balance that is off, so the fader comes first and the new part stays a
fair call after it; with nothing off it is an arrangement choice, said with how to fit the part in."""

from __future__ import annotations

import re

from companion.context import Finding, MixContext
from companion.knowledge.roles import instrument_role
from model.creative_fx import in_effect_name
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Asked, Focus
from model.intent import Wants
from model.intent_words import ADD_DET, ADD_VERBS
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, names
from model.recipes import recipe

_PLAN = re.compile(
    r"\?|\b(good|bad|smart|dumb) (plan|idea|call|move)\b|\bworth (it|doing|trying)\b|\b(should|could|would|can) (i|we)\b|"
    r"\b(thinking|thought) (of|about)\b|\b(gonna|going to|planning|tempted|want to|wanna)\b|\bwould (it|that) help\b",
    re.IGNORECASE,
)
"""The addition put as a plan to judge, not told as done."""

_FIT: dict[str, str] = {
    "bass": "low-pass {it} around 100 Hz so {it} adds only the sub, keep {it} in mono, 6-10 dB under {partner}, and "
    "check the two together in mono so they don't cancel",
    "pad": "high-pass {it} around 150-200 Hz, keep {it} well under the lead and spread {it} wide, around the vocal "
    "rather than on top of it",
    "percussion": "high-pass {it}, pan {it} off the centre (30-50 %) and keep {it} quiet, for motion, not clutter",
    "backing_vocal": "keep {it} 6-10 dB under the lead and off the centre, so the lead stays on top",
    "horns": "high-pass {it} around 150 Hz and keep {it} in the gaps between the vocal's lines",
    "kick": "keep {it} centred, give {it} 50-80 Hz and let the bass sit just above, so the two don't pile up",
}
"""How an engineer fits each kind of new part under a mix (strings, keys and synths as a pad)."""
_AS_PAD = ("strings", "synth", "organ", "keys", "piano")


def _added(focus: Focus) -> Asked | None:
    """The part the question proposes to add: one the session does not have (or a new layer of one it has, "a sub
    layer"), after an adding verb or asked for as a remedy."""
    q = focus.intent.question
    for a in focus.asked:
        # "maybe i need a sub layer under the kick?": a new layer of a kind the session has is still a new part
        layer = re.search(
            rf"\b(a|an|another|extra|some) {re.escape(a.said or a.word)} layer\b", q, re.IGNORECASE
        )
        if a.found and not a.stand_in and not layer:
            continue
        if in_effect_name(a.said or a.word, q):
            continue  # "put a leslie sim on the rhodes?": an effect asked for, not a new part
        said = re.sub(r"^(the|my|a|an|some) ", "", (a.said or a.word).lower())
        # "add a kick drum", "layering a sub synth": a new part, never "double track the guitars" (a part there)
        if re.search(
            rf"(?<!double )\b({ADD_VERBS})\b( (in|on|up))?( {ADD_DET})?( (?!(the|my|your|those|these|that|this)\b)\w+)?"
            rf"\s+{re.escape(said)}",
            q,
            re.IGNORECASE,
        ):
            return a
        # "would some tambourine help?", "do i need a pad?", "what about a shaker?": the part asked for as a remedy
        if re.search(
            # "maybe i need a sub layer under the kick?": the need said as a guess, no "do"
            rf"\b((would|could|might|will) {ADD_DET}|(do|does) (i|we|it|this|the \w+) need {ADD_DET}|"
            rf"(maybe|probably|prob|perhaps|reckon|think) ((i|we) )?(need|want) {ADD_DET}|"
            rf"what about {ADD_DET}|how about {ADD_DET})( \w+)? {re.escape(said)}\b",
            q,
            re.IGNORECASE,
        ):
            return a
    return None


def _phrase(question: str, said: str) -> str:
    """The part as the asker names it: ``said`` with an instrument word right after it ("a synth sub", "a choir
    pad"), so the answer neither shortens it nor fits it as the wrong kind."""
    m = re.search(rf"\b{re.escape(said)} (\w+)", question, re.IGNORECASE)
    longer = f"{said} {m.group(1).lower()}" if m else said
    # "an extra keys layer": the layer said, one thing ("a keys layer"), not the part itself
    return (
        longer if m and (instrument_role(m.group(1)) is not None or m.group(1).lower() == "layer") else said
    )


def _partner(focus: Focus, added: Asked, role: str | None) -> list[str]:
    """The tracks the new part would support: the other parts named, else the stand-ins, else its role's tracks."""
    named = [rt.name for a in focus.asked if a is not added and a.found for rt in a.tracks]
    if named:
        return named
    if added.tracks:
        return [rt.name for rt in added.tracks]
    return [rt.name for rt in focus.session.tracks if role and rt.role == role and not rt.track.mute]


def _fault(ctx: MixContext, partner: list[str]) -> Finding | None:
    """A part at the wrong level: one the new part would support first, else the first anywhere."""
    level = [f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and not f.is_lean and f.track]
    return next((f for f in level if f.track in partner), None) or next(iter(level), None)


def added_part(ctx: MixContext, focus: Focus) -> Answer | None:
    """The plan to add a part judged on the measured balance; None when no new part is proposed."""
    intent = focus.intent
    if intent.wants != Wants.JUDGE or ctx.analysis is None or focus.session is None:
        return None
    if not _PLAN.search(intent.question) or (added := _added(focus)) is None:
        return None
    said = _phrase(intent.question, re.sub(r"^(the|my|a|an|some) ", "", (added.said or added.word).lower()))
    role = instrument_role(said.removesuffix(" layer")) or instrument_role(added.word)
    many = said.endswith("s") and not said.endswith("ss") and not said.endswith(" layer")
    article = (
        "" if many else ("an " if said[:1] in "aeiou" else "a ")
    )  # "backing vocals", "a pad", "an organ"
    partner = _partner(focus, added, role)
    craft = _FIT.get("pad" if role in _AS_PAD else (role or ""), "bring {it} in under the others and check {it} "
                     "doesn't cover the lead")  # fmt: skip
    craft = craft.format(partner=names(partner, 2) if partner else "the bass", it="them" if many else "it")
    fault = _fault(ctx, partner)
    if fault is None:
        there = [rt.name for rt in focus.session.tracks if not rt.track.mute]
        parts = [
            f"Your call: there {'are' if many else 'is'} no {said} in this session yet (your tracks are "
            f"{names(there, 10)}), and nothing I measured is out of line, so the mix doesn't need "
            f"{'them' if many else 'one'} to be balanced; it's an arrangement choice.",
            f"If you add {'them' if many else 'one'}, {craft}.",
            "Then A/B it at low volume: if the mix feels fuller without anything getting harder to hear, keep it.",
        ]
        return Answer(fit(parts, MAX_WORDS, keep=3), [], None)
    move = recipe(fault, focus.session)
    parts = [
        f"Not {article}{said} first: {lower_first(first_sentence(fault.summary))}",
        move.try_text,
        f"A new part on top of a balance that's off only adds to it: set the fader, then listen again. If it still "
        f"feels like something's missing, {article}{said} {'are' if many else 'is'} a fair call: {craft}.",
        move.check_text,
    ]
    return Answer(fit(parts, MAX_WORDS, keep=3), [move], fault)
