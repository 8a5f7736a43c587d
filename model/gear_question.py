"""Questions about the gear rather than the mix: "do i need a better sound card to mix this?", "should I buy
new monitors?", and loud monitoring blamed for a tone ("my speakers are blasting, is that why it sounds harsh?").

The router reads such a question as one about the mix and answers its biggest finding with no word on what was
asked. An engineer answers the gear first: a better interface, DAW or plug-in changes nothing the meters read in
this file (the same samples play through any of them), and monitors or headphones change what you hear, not the
mix; then the measured fault, if any, as the thing to fix. Loud monitoring is a real cause of a mix sounding harsh
or boomy: the ear's sensitivity to the upper mids and the lows grows with level (the equal-loudness contours,
ISO 226), so the answer says so, with the level to mix at, and says whether the mix itself measures the tone."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.evidence import ranked_problems
from model.focus import Focus
from model.phrasing import MAX_WORDS, NOTHING_HEARD, Answer, first_sentence, fit, lower_first, names
from model.recipes import Move, recipe

_FILE_GEAR = (
    r"(audio )?interfaces?|sound ?cards?|converters?|dacs?|daws?|computers?|laptops?|plug-?ins?|cables?"
)
_EAR_GEAR = r"monitors?|speakers?|headphones?|cans|earbuds"
_ROOM_GEAR = (
    r"bass traps?|traps|(acoustic |room |sound ?proofing |foam )?(panels?|treatment|foam)|diffusers?|absorbers?|"
    r"(acoustic|room) treatment"
)
"""Room treatment: like monitors, it changes what you hear, not what is in the file."""
NEED_GEAR = re.compile(
    r"\b(do|would|will|should|could|must) (i|we|u) (really |just |even )?(need|get|buy|upgrade|have to (get|buy)|"
    r"invest in)( (a|an|some|my|the))?( (new|better|nicer|more expensive|proper|decent|pro|good|another|different|"
    rf"higher[- ]end|studio|acoustic))*\s+(?P<gear>{_ROOM_GEAR}|{_FILE_GEAR}|{_EAR_GEAR}|gear|equipment)\b|"
    rf"\b(is|are) (it|this|that|my) (\w+ )?(?P<gear2>{_FILE_GEAR}|{_EAR_GEAR}|room|gear|equipment) "
    r"(good enough|the (problem|issue|culprit)|holding (me|it) back)\b|"
    # "worth buying traps?": the purchase weighed, with no subject
    r"\bworth (buying|getting|investing in|grabbing|upgrading)( (a|an|some|my|the|new|better|proper|decent|"
    rf"acoustic))*\s+(?P<gear4>{_ROOM_GEAR}|{_FILE_GEAR}|{_EAR_GEAR}|gear|equipment)\b|"
    # "should i treat my room first?": the room's treatment asked, not the mix
    r"\b(do|would|will|should|could|must) (i|we|u) (really |just |even |first )?(?P<gear3>treat|deaden|fix|sort out) "
    r"(my|the) room\b",
    re.IGNORECASE,
)
"""'do i need a better sound card to mix this?', 'should I buy new monitors', 'is my interface holding me back'."""
LOUD_MONITORING = re.compile(
    rf"\b({_EAR_GEAR})\b[^?.,]{{0,20}}\b(blasting|blaring|cranked|maxed|way up|"
    r"turned (way |all the way )?up|(really |super |very |too |so )loud)\b|"
    rf"\b(blasting|cranking|cranked) (my |the )?({_EAR_GEAR}|volume)\b|"
    # "i mix really loud", "mixing at high volume": the act of listening, never "is the mix too loud"
    r"\b(i|we|u) (usually |always |often |tend to )?(mix|listen|monitor)( it| this)? (really |way |super |too |so |"
    r"pretty )?(loud|at (a )?high volume)\b|\b(mixing|listening|monitoring) (really |way |super |too |so |pretty )?"
    r"(loud|at (a )?high volume)\b|"
    # "when i crank it in my room", "just me playing it stupid loud": the playback turned up, said as a condition
    # or as the asker's doing (a bare "i cranked it" may be a fader move, so it needs "when"/"me")
    r"\b(when|whenever|if|once) (i|we|u) (crank|blast|turn up|bump)( up)? (it|this|the (mix|song|track|volume))\b|"
    r"\b(when|whenever|if|once) (i|we|u) (crank|turn|bump|push) (it|this|the (mix|song|track|volume)) up\b|"
    r"\b(me|i'?m|i am|i was|when i|if i|we'?re)( just)? (playing|play|listening to|listen to|blasting|cranking|bumping) "
    r"(it|this|the (mix|song|track)) ((really|way|super|stupid|too|so|pretty|crazy|mad|hella) )?(loud|at (a )?high volume)\b|"
    # "or is that just my car playing it loud": the playback system turned up
    r"\b(my|the) (car( stereo)?|stereo|speakers?|headphones?|cans|earbuds|system|monitors?) (is |are )?(playing|blasting|"
    r"bumping|cranking|pumping) (it|this|the (mix|song|track)) ((really|way|super|stupid|too|so|pretty|hella) )?"
    r"(loud|hard|at (a )?high volume)\b",
    re.IGNORECASE,
)
"""'my speakers are blasting', 'i mix really loud', 'headphones cranked': the listening level, not the mix's."""
MONITOR_LEVEL = re.compile(
    # "should i mix at low volume or loud?", "what volume should i mix at?", "how loud should i monitor?"
    r"\b(mix|mixing|monitor|monitoring|listen|listening)( at| on)? (a )?(low|high|quiet|loud|moderate|soft)( volume| level)?"
    r"\b[^?]{0,25}\bor\b|"
    r"\bwhat (volume|level|spl) (should|do|would) (i|you|we|u) (mix|monitor|listen)( at)?\b|"
    r"\bhow loud should (i|we|u) (mix|monitor|listen|have (my|the) (monitors|speakers|headphones))\b",
    re.IGNORECASE,
)
"""The listening level asked about ("should i mix at low volume or loud?"): the level to mix at, not the mix's."""
BUY_WHICH = re.compile(
    rf"\b(what|which) (\w+ )?(?P<gear>{_EAR_GEAR}|{_FILE_GEAR}) (should|do|would|could|can) (i|we|u) (get|buy|use|grab|"
    r"go for|mix on)\b|"
    rf"\bbest (\w+ )?(?P<gear2>{_EAR_GEAR}|{_FILE_GEAR}) (for|to) (mix|mixing)\b|\b(recommend|suggest) (some |a |any )?"
    rf"(\w+ )?(?P<gear3>{_EAR_GEAR})\b",
    re.IGNORECASE,
)
"""Which gear to buy ("what headphones should i get for mixing?"): no brand from here, what matters in them."""
PICK = (
    "I can't hear your speakers, only the file, so no brand from me; what matters (common practice): a flat, "
    "honest pair over a flattering one (open-back headphones, or small nearfield monitors away from the walls), "
    "and learning them with a few released songs you know well. They change what you hear, not the mix."
)
"""Which monitoring to get: what engineers look for."""
MONITOR_LEVEL_ANSWER = (
    "Mostly at a moderate level, about 75-85 dB SPL (a level you can talk over), and check it quietly and "
    "briefly loud: {ear}"
)
"""The level to mix at, and why."""
_SAID = {"daw": "DAW", "daws": "DAWs", "dac": "DAC", "dacs": "DACs"}
"""Gear said back as written by engineers."""
EAR_EFFECT = (
    "at high volume the ear hears more upper mids and lows (the equal-loudness contours, ISO 226), so a mix "
    "sounds harsher and boomier loud than quiet."
)
"""What loud monitoring does to what you hear."""
EAR = f"{EAR_EFFECT} Mix at about 75-85 dB SPL (a level you can talk over) and check it quietly."
"""What loud monitoring does to what you hear, and the level to mix at."""
_TONES = {
    FindingKind.HARSH: r"harsh|bright|piercing|shrill|brittle|tinny|fatiguing|ear ?fatigue|hurts?",
    FindingKind.BOOMY: r"boomy|booming|too much (low|bass)|bassy",
    FindingKind.MUDDY: r"muddy|mud|muffled|boxy",
}
"""The tones loud monitoring exaggerates (the ear's upper mids and lows grow faster than its mids with level)."""


EAR_OR_MIX = re.compile(
    r"\b(is|it'?s|could it be|maybe|might be|is that) (it |just |only |all )?(my|the) (\w+ )?"
    rf"(?P<gear>{_EAR_GEAR}|room|ears?)"
    r"\b[^?]{0,40}\bor\b|"
    # "too much bass or is my room just boomy?": the mix first, the room after the "or" ("or is that just my
    # headphones" stays a yes/no on the mix's claim)
    r"\bor (is |it'?s |maybe |could it be )?(it )?(just |only )?(my|the) (?P<gear3>room)\b",
    re.IGNORECASE,
)
"""'is it my headphones or is the bass actually quiet?', 'is my room making the fiddle poke out or is it the
mix': the listening or the mix, one of the two asked."""
GEAR_BLAMED = re.compile(
    rf"\b(my|the|these|those) (\w+ )?(?P<gear>{_EAR_GEAR}|room|ears?)\b( is| are|'s|'re| must be| might be| could be) "
    r"[^?.,]{0,25}[,;]?\s*(so |and )?(that'?s|thats|is that|that is|which is|maybe that'?s) (why|the reason|what)\b|"
    rf"\b(because of |blame |it'?s (probably |prob |maybe |likely |just )*)(my|the) (\w+ )?(?P<gear2>{_EAR_GEAR}|room|"
    r"ears?)\b",
    re.IGNORECASE,
)
"""'i think my monitors are too bright, thats why the fiddle sounds piercing right?': the listening blamed for
what the mix may hold; answered as the listening-or-mix choice."""


def gear_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The gear answered first, then what the meters find; None when the question is not about gear."""
    q = focus.intent.question
    if not asks_gear(q):
        return None
    if ctx.analysis is None:  # nothing listened to: the gear's answer, and what a clip would add
        return _unheard(q)
    if (m := EAR_OR_MIX.search(q)) is not None:
        return _ear_or_mix(ctx, focus, (m.group("gear") or m.group("gear3")).lower())
    if (b := GEAR_BLAMED.search(q)) is not None and not LOUD_MONITORING.search(q):
        return _ear_or_mix(ctx, focus, (b.group("gear") or b.group("gear2")).lower())
    if MONITOR_LEVEL.search(q):  # "should i mix at low volume or loud?": the level to mix at
        return _with_fault(ctx, focus, MONITOR_LEVEL_ANSWER.format(ear=EAR_EFFECT), "On the mix itself")
    if BUY_WHICH.search(q):  # "what headphones should i get?": what matters in them, no brand
        return _with_fault(ctx, focus, PICK, "What the mix does need")
    if LOUD_MONITORING.search(q):
        return _loud_monitoring(ctx, focus, q)
    if _gear_said(q) == "room":  # "is my room the problem?": the room or the mix, as for the headphones
        return _ear_or_mix(ctx, focus, "room")
    return _with_fault(ctx, focus, _gear_head(_gear_said(q)), "What the mix does need")


def asks_gear(question: str) -> bool:
    """True when ``question`` asks about gear or the listening level, which is answered without hearing the mix."""
    pats = (NEED_GEAR, LOUD_MONITORING, EAR_OR_MIX, GEAR_BLAMED, MONITOR_LEVEL, BUY_WHICH)
    return any(p.search(question) is not None for p in pats)


_REAL_Q = re.compile(r"\b(is|it's|its) (that|it|this) (real|actually (there|happening))\b|\breal or\b", re.I)
"""Whether what is heard is real asked first ("is that real or is my room lying?"): the likely answer first."""


def _ear_or_mix(ctx: MixContext, focus: Focus, gear: str) -> Answer:
    """ "Is it my headphones or is the bass actually quiet?": the side the meters support, named first, with the
    fault and its move when the mix has one; the listening otherwise, and how to check it."""
    ranked = [f for f in ranked_problems(ctx, focus.session) if f.is_problem and not f.is_lean]
    asked = {rt.name for rt in focus.tracks}
    fault = next((f for f in ranked if not asked or f.track in asked), None) or next(iter(ranked), None)
    mine = "your ears" if gear.startswith("ear") else f"your {gear}"
    if fault is None:
        # "the synth bass is creeping over the top, is that real or is my room lying?": the part asked, judged
        fine = "nothing in it is out of line"
        if asked:
            fine = f"nothing I measured says {names(sorted(asked), last='or')} is out of line"
        if asked and _REAL_Q.search(focus.intent.question):
            head = f"It's likely {mine}, not the mix: {fine}."
        else:
            head = f"Not the mix, as far as I measure: {fine}, so it's likely {mine}."
        check = "Check on another pair of speakers or earbuds you know well, at a moderate level."
        return Answer(f"{head} {check}", [], None)
    move = recipe(fault, focus.session)
    # "should i buy bass traps before i touch the mix again?": the purchase asked gets its no first
    no = "No, it's" if NEED_GEAR.search(focus.intent.question) else "It's"
    parts = [
        f"{no} the mix, not {mine}: {lower_first(first_sentence(fault.summary))}",
        move.try_text,
        move.check_text,
    ]
    return _fitted(parts, move, fault)


def _unheard(q: str) -> Answer:
    """The gear answered from knowledge when no clip was given, and what listening would add."""
    tail = f"{NOTHING_HEARD}: give me a clip (--audio) and I'll say what the mix itself needs."
    head = f"Possibly: {EAR}" if LOUD_MONITORING.search(q) else _gear_head(_gear_said(q))
    return Answer(f"{head} {tail}", [], None)


def _gear_said(q: str) -> str:
    """The gear the question names, as engineers write it ("DAW", "sound card")."""
    m = NEED_GEAR.search(q)
    if m is not None and m.group("gear3"):
        return "room treatment"
    said = ((m.group("gear") or m.group("gear2") or m.group("gear4")) if m is not None else None) or "gear"
    if re.fullmatch(_ROOM_GEAR, said, re.IGNORECASE):
        return "room treatment"
    return _SAID.get(said.lower(), said.lower())


def _gear_head(gear: str) -> str:
    """The verdict on gear: files sound the same through any interface; monitors change what you hear."""
    if gear == "room treatment":
        return (
            "Not to fix your mix: treating the room changes what you hear, not what is in the file, and what I measure is "
            "in the file. A treated room (bass traps first: rooms get the lows most wrong) makes the faults "
            "easier to hear."
        )
    if re.fullmatch(_EAR_GEAR, gear, re.IGNORECASE):
        return (
            f"Not to fix your mix: {gear} change what you hear, not what is in the file, and what I measure is "
            "in the file. Monitors you know well (and a room that doesn't boom) make the faults easier to hear."
        )
    return (
        f"No: {'' if gear.endswith('s') else 'a '}better {gear} won't change your mix. The same samples play "
        "through any of them, and what I measure is in the file itself."
    )


_MIX_OR_ME = re.compile(
    r"\b(is|does) (the |my |this )?(mix|master|song|track|it)\b[^?]{0,60}\bor\b[^?.]{0,20}\b(me|my (ears?|room|"
    r"speakers?|headphones?|monitors?|car( stereo)?|stereo|system|setup|earbuds|phone)|the (volume|level|playback))\b",
    re.IGNORECASE,
)
"""Whether the mix has the tone or it's the listening, asked as an either/or with the mix's side first."""


def _loud_monitoring(ctx: MixContext, focus: Focus, q: str) -> Answer:
    """Loud monitoring blamed for a tone: the ear's part, the level to mix at, and the mix's own measurement."""
    kind = next((k for k, words in _TONES.items() if re.search(rf"\b({words})\b", q, re.IGNORECASE)), None)
    region = {
        FindingKind.HARSH: "upper mids (2-5 kHz)",
        FindingKind.BOOMY: "lows",
        FindingKind.MUDDY: "low-mids",
    }
    measured = next(
        (f for f in ctx.problems if kind is not None and f.kind is kind and f.track is None), None
    )
    if kind is None:
        return _with_fault(ctx, focus, f"Loud monitoring can fool you: {EAR}", "What the mix does need")
    level = next(  # balance first: a part too loud (its fader), before the whole mix's tone it feeds
        (
            f
            for f in ranked_problems(ctx, focus.session)
            if f.is_problem and f.kind is FindingKind.TRACK_TOO_LOUD
        ),
        None,
    )
    if measured is None and level is None:
        head = f"Likely, yes: nothing I measured in the mix's {region[kind]} is out of line, and {EAR}"
        # "is the mix boomy or is that just my car playing it loud?": the mix's side first
        if _MIX_OR_ME.search(q):
            head = (
                f"Not the mix, as far as I measure: nothing in its {region[kind]} is out of line, and {EAR}"
            )
        return _with_fault(ctx, focus, head, "What I did measure")
    fault = level or measured
    assert fault is not None
    move = recipe(fault, focus.session)
    said = lower_first(first_sentence(fault.summary))
    if fault is measured and _MIX_OR_ME.search(q):
        # "is the mix actually too harsh or is that just me playing it loud?": the mix's side, asked first, said
        # first; the loud playback then as what adds to it
        verdict = (
            "A little, and not just the volume"
            if fault.is_lean
            else "Yes, the mix itself, not just the volume"
        )
        head = (
            f"{verdict}: {said} Loud playback adds to it: the ear hears more upper mids and lows at high volume "
            "(the equal-loudness contours, ISO 226), so judge it at a moderate level too."
        )
        return _fitted([head, move.try_text, move.check_text], move, fault)
    too = "leans that way a little too" if fault.is_lean else "has a fault of its own too"
    head = f"Partly: {EAR} But the mix itself {too}: {said}"
    return _fitted([head, move.try_text, move.check_text], move, fault)


def _with_fault(ctx: MixContext, focus: Focus, head: str, lead: str) -> Answer:
    """``head``, then the first measured fault (a problem, not a lean) with its move, else the first lean said as
    the closest thing, else that nothing is off."""
    ranked = [f for f in ranked_problems(ctx, focus.session) if f.is_problem]
    fault: Finding | None = next((f for f in ranked if not f.is_lean), None)
    if fault is None and ranked:  # only a lean: said as one ("check by ear"), never as what the mix needs
        fault, lead = ranked[0], "Nothing I measured is clearly off; the closest"
    if fault is None:
        return Answer(
            fit([head, "And nothing I measured in this mix is out of line."], MAX_WORDS, keep=2), [], None
        )
    move = recipe(fault, focus.session)
    parts = [head, f"{lead}: {lower_first(first_sentence(fault.summary))}", move.try_text, move.check_text]
    return _fitted(parts, move, fault)


def _fitted(parts: list[str], move: Move, fault: Finding) -> Answer:
    """``parts`` fitted to the word budget; the move's cards only when its words fit (a card never goes unsaid)."""
    text = fit(parts, MAX_WORDS, keep=2)
    return Answer(text, [move] if move.try_text in text else [], fault)
