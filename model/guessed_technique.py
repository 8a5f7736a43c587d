"""A plug-in guessed as the cause of a complaint about the whole mix ("the mix sounds crowded, is it the
reverb?", "is the panning wrong? everything feels cluttered", "should i put a limiter on the master, sounds
messy", "mix leans right, should i re-pan the guitars?") while a part sits at the wrong level: an engineer says "not the reverb first" and names the fader fault,
because no reverb, panning or limiter fixes a part 10 dB off (balance comes first). Without such a fault the
technique's own knowledge answers, as before."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.techniques import said_name
from model.evidence import ranked_problems
from model.focus import Focus
from model.guessed_cause import GUESS
from model.intent_wants import Wants
from model.lean_cause import said_lean_cause
from model.masker_level import balance_fault
from model.master_chain import blames_master
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first

SAID = {"eq": "EQ", "compression": "compression", "limiting": "limiter", "reverb": "reverb", "delay": "delay",
        "panning": "panning", "gating": "gate", "sidechain": "sidechain"}  # fmt: skip
TROUBLE = re.compile(
    r"\b(off|wrong|messy|a mess|cluttered|crowded|busy|weird|bad|muddy|harsh|boomy|thin|buried|lost|small|"
    # "the low end makes my car doors buzz n the mix pumps weirdly": something odd heard
    r"weirdly|oddly|strangely|buzz|buzzes|buzzing|rattles?|rattling|"
    r"washed|smeared|blurry|cloudy|foggy|hazy|underwater|empty|hollow|flat|lifeless|not right|doesn'?t sound right|"
    # "the whole mix is too shouty": a harsh-family word said of the mix
    r"shouty|shrill|piercing|strident|fatiguing|grating|abrasive|brittle|tinny|boxy|honky|"
    # "its just a wall of mush", "the chorus doesnt lift": a mix that blurs or goes nowhere, said as a complaint
    r"mush|mushy|murky|muddled|congested|sludge|sludgy|soup|soupy|a blob|blobby|a wall of \w+|(doesn'?t|does not|won'?t|never) (lift|open up|hit|pop|breathe))\b",
    re.IGNORECASE,
)
"""Words that make a plug-in question a complaint: something sounds wrong, so a measured fault can answer it."""
LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
FADER_PROPOSED = re.compile(
    r"\bjust (pull|push|turn|bring|move|ride|drop|lower|raise|use|touch)( (it|them|that|the \w+))? "
    r"(the fader|down|up|back)\b|\bjust (the )?fader\b|\b(the )?fader (only|alone)\b|\bonly the fader\b",
    re.IGNORECASE,
)
"""'so just pull the fader? no eq?': the fader proposed in place of the plug-in."""


def fault_over_technique(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "Not the reverb first:" and the part measured at the wrong level with its fader card, when the question
    guesses (or asks to add) a plug-in over a complaint about the mix; None otherwise."""
    intent = focus.intent
    lean = (
        intent.complaint == "lopsided" and intent.technique == "panning"
    )  # "leans right, re-pan the guitars?"
    q = intent.question
    hosted = host_only(q, intent.mentions)  # the part named only hosts the plug-in: the mix is the complaint
    if ctx.analysis is None or intent.technique is None or (intent.instruments and not lean and not hosted):
        return None
    complains = bool(intent.complaint) or intent.asks_problem or bool(TROUBLE.search(q))
    # "the limiter on my master is slammed.. where do i even begin": the first move asked, over a plug-in's symptom
    first = intent.wants == Wants.WHAT_FIRST
    if not complains or not (GUESS.search(q) or intent.should or blames_master(q) or first):
        return None
    fault = said_lean_cause(ctx, focus) if lean else None
    if fault is None and (not intent.instruments or hosted):  # a named part's lean has only its own cause
        fault = balance_fault_of(ctx, focus)
    if fault is None:
        return None
    move = level_move(fault, focus.session)
    said = SAID.get(intent.technique) or said_name(intent.technique) or intent.technique
    what = said.removeprefix("a ")  # "a de-esser" is "Not the de-esser first"
    if intent.technique == "saturation" and re.search(r"\bexciter", q, re.IGNORECASE):
        what = "exciter"  # the user's own word for the tool: "Not the exciter first", not "the saturation"
    why = (
        f"Balance comes first: {_article(what, said)}{what} won't fix a part sitting at "
        "the wrong level; set the fader, then listen again."
    )
    said_fault = first_sentence(fault.summary)
    lead = f"Not the {what} first: the fault I measured is {fault.track!r}: {lower_first(said_fault)}"
    if first:
        lead = f"Start with {fault.track!r}, not the {what}: {said_fault}"
    if FADER_PROPOSED.search(q):  # "so just pull the fader? no eq?": the fader proposed is the move measured
        lead = f"Yes, the fader, not the {what}: {said_fault}"
    parts = [lead, move.try_text, why, move.check_text]
    return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)


MIX_SAID = re.compile(
    r"\b(everything|the (whole )?mix|(the )?whole (mix|thing|song|track)|it all)\b", re.IGNORECASE
)
"""The whole mix named as what sounds wrong ("everything sounds washed out", "the whole mix is murky")."""


_PLUGIN_WORDS = (
    r"(eq|equali[sz]er|reverb|verb|comp|compressor|compression|de-?esser|delay|limiter|saturation)\b"
)
"""A plug-in named after the part it sits on ("my vocal eq", "the snare's reverb")."""


def host_only(q: str, mentions: tuple[str, ...]) -> bool:
    """True when the whole mix is what the question says sounds wrong and every part it names is only where the
    plug-in sits ("everything sounds washed out, should i cut the verb back on the vocal?"): the part hosts the
    guessed cause, it is not the complaint."""
    said = MIX_SAID.search(q)
    if said is None or not mentions:
        return False
    after = q[said.end() :]
    return all(
        (
            re.search(
                rf"\b(on|off|from) (the |my |our |that |those )?(lead )?{re.escape(m)}s?\b", after, re.I
            )
            # "the mix sounds harsh n shouty, probably my vocal eq?": the plug-in said as the part's own
            or re.search(rf"\b{re.escape(m)}s?('s)? {_PLUGIN_WORDS}", after, re.I)
        )
        and not re.search(rf"\b{re.escape(m)}", q[: said.end()], re.I)
        for m in mentions
    )


def _article(what: str, said: str) -> str:
    """ "a limiter", "an exciter", "a de-esser"; none for a mass noun ("EQ", "reverb", "compression")."""
    if what not in ("limiter", "gate") and said == what:
        return ""
    return "an " if what[:1].lower() in "aeiou" else "a "


def symptom_first(ctx: MixContext, focus: Focus) -> bool:
    """ "feels hollow in the middle, is my reverb too dry?" with no part named and a fader fault measured: the
    amount of the plug-in is a guessed cause of the complaint, so the fault answers, not the reverb's amount."""
    intent = focus.intent
    # "washed out, too much reverb?": the reverb's own symptom, which its amount answers
    said = [m for m in TROUBLE.finditer(intent.question) if m.group(0).lower() != "washed"]
    # "everything's cloudy, pull the reverb back on the snare?": the snare only hosts it, the mix is complained of
    hosted = host_only(intent.question, intent.mentions)
    if ctx.analysis is None or (intent.instruments and not hosted) or not said:
        return False
    return balance_fault_of(ctx, focus) is not None


def balance_fault_of(ctx: MixContext, focus: Focus) -> Finding | None:
    """The first fader fault in the ranked problems: a part's level problem, or the one behind a clash."""
    for f in ranked_problems(ctx, focus.session):
        if not f.is_problem:
            continue
        if f.kind in LEVEL_KINDS and f.track is not None:
            return f
        if (behind := balance_fault(ctx, f)) is not None:
            return behind
    return None
