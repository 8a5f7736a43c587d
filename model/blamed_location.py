"""Where the fault lives: the whole mix (the master, the mix bus, the limiter, a frequency on the master) or one
track. Amateurs often blame the master for what one part does ("mix sounds harsh up top, too much 3k on the
master?" with the horns 10 dB over). An engineer denies the misplaced cause first and then names the part
measured off with its move: "No, not the master: 'Horns' is 4 dB louder ...", because an EQ on the master
would cut the 3k of every part to fix one fader. Asked as a choice ("is the master too bright or is it one of
the tracks?"), the answer opens with the alternative that is measured: "One of the tracks: ..." for a part's
fault, "The whole mix, not one track: ..." for a whole-mix tonal or loudness finding with no part off."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, MixContext
from model.answer_dynamics import dynamics
from model.focus import Focus
from model.heard_place import place_opening
from model.intent import Wants
from model.intent_forms import READY_Q
from model.intent_words import FLAT_TOP, PROPOSED_SQUASH, SQUASH_VERBS
from model.part_blamed import TONE_KINDS
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.recipes import recipe
from model.sample_or_mix import SAMPLE_OR_MIX
from model.source_or_mix import SOURCE_OR_MIX
from model.verdict_opening import without_opening

PLACE = re.compile(
    r"\b(?P<place>(the |my |your )?(master(ing)?( bus| buss| eq| chain| channel| track| fader| limiter| "
    # "a mastering guy", "the mastering engineer": a person who would hear the mix, not a place blamed
    r"compressor| comp)?(?!\s*(guy|gal|engineer|person|dude|house|studio|service|folks|people)s?\b)"
    # "my cousin who's mastering it tmrw": someone doing the mastering, a verb with its object, not a place
    r"(?<!mastering(?= (it|this|that|them|these|those|the|my|our|his|her|their)\b))|"
    r"mix ?bus{1,2}|2[- ]?bus{1,2}|stereo bus{1,2}|(master |mix )?limiter|"
    r"(?<!drum )(?<!drums )(?<!vocal )(?<!guitar )bus (comp|compressor|eq|limiter)))\b",
    re.IGNORECASE,
)
"""The master and what sits on it: a place the question blames as the cause. "The whole mix is empty" or "the
top end of the mix is too much" describe what is heard, which a part's fault makes true: those keep their yes."""
WHOLE = re.compile(
    r"\b(whole|entire|overall) (mix|song|track|thing)\b|\bthe mix( as a whole)?\b", re.IGNORECASE
)
"""The mix as a whole, as one side of a choice with the tracks."""
TRACK_MOVE = re.compile(
    r"\b(pull|turn|drop|lower|bring|push|raise|move|ride|nudge|automate)\w* (it |them |em |'em )?(down |up |back )?"
    r"(the |that |their |its )?(whole|entire) track\b",
    re.IGNORECASE,
)
"""A move on one part's whole track ("just pull the whole track"): its fader, not the whole mix."""
TRACKS_ALT = re.compile(
    r"\b(one|some|any|each) of (the|my) (tracks|parts|instruments|channels)\b|\b(a|one|some) (single )?"
    r"(track|part|instrument|channel)\b|\b(the|my|individual) (tracks|parts|instruments|channels)\b|"
    r"\bsomething in (the|my) mix\b|"
    # "... or is something too loud in there?": a part claimed too hot, as the other side
    r"\bsomething (\w+ ){0,2}(too (loud|hot)|hot|loud)( in (there|here))?\b",
    re.IGNORECASE,
)
"""The other alternative of a choice: one of the parts, not the whole mix."""


FREQ_CLAIM = re.compile(
    r"\b(?P<way>too much|too little|not enough|lacking|lacks?|missing)( of)?( the| some)? (?P<hz>\d+(\.\d+)?) ?"
    r"(?P<k>k|khz)?(hz)?\b",
    re.IGNORECASE,
)
"""'too much 3k', 'not enough 80 Hz': a frequency said to be too much or too little, a tonal claim."""


MOVE_AT_PLACE = re.compile(
    r"\b(roll(ing)? off|cut(ting)?|tam(e|ing)|scoop(ing)?|dip(ping)?|lower(ing)?|shelv(e|ing)|filter(ing)?|"
    r"eq(ing)? (out|down))\b[^?.!]{0,30}\b(on|in|from|with) (the |my )?(master|mix ?bus|2[- ]?bus|stereo bus)|"
    # "roll some top off the master bus", "shave a bit of the highs off the mix bus": the cut said with "off"
    r"\b(roll|take|shave|knock|trim|pull|cut)(ing)? (\w+ ){0,4}(top|top end|highs|high end|treble|air|sizzle|fizz|"
    r"edge|brightness|lows|low end|bottom|bass|sub|mud|mids|low mids) off (of )?(the |my )?(master|mix ?bus|"
    r"2[- ]?bus|stereo bus)",
    re.IGNORECASE,
)
"""A cut proposed on the master ("roll off the highs on the master", "roll some top off the master bus"): the
asker puts the cause there, even with no complaint word the advisor knows ("fizzy"), so a part measured off
answers "No, not the master"."""


def frequency_claim(question: str) -> str | None:
    """The tonal complaint a frequency said to be too much or too little makes ("too much 3k": harsh, "too much
    200 Hz": muddy, "not enough 60 Hz": thin), so the whole mix's band there is what is judged."""
    m = FREQ_CLAIM.search(question)
    if m is None:
        return None
    hz = float(m.group("hz")) * (1000.0 if m.group("k") else 1.0)
    excess = m.group("way").lower() == "too much"
    if 20.0 <= hz <= 150.0:
        return "boomy" if excess else "thin"
    if 150.0 < hz <= 600.0 and excess:
        return "muddy"
    if 2000.0 <= hz <= 8000.0 and excess:
        return "harsh"
    if hz >= 5000.0 and not excess:
        return "dull"
    return None


def with_frequency_claim(focus: Focus) -> Focus:
    """``focus`` with the complaint a frequency claim makes, over a level complaint read from its "too much"."""
    intent = focus.intent
    level = intent.complaint in (None, "loud", "quiet", "loudness")
    complaint = frequency_claim(intent.question) if level and not intent.instruments else None
    if complaint is None:
        return focus
    return replace(focus, intent=replace(intent, complaint=complaint))


def blamed_place(question: str) -> str | None:
    """The whole-mix place ``question`` blames, as the answer says it back ("the master", "a 3k problem in the
    whole mix"); None when it blames none."""
    m = PLACE.search(question)
    if m is None:
        return None
    said = re.sub(r"^(my|your)\s+", "the ", m.group("place").strip(), flags=re.IGNORECASE).lower()
    said = said.replace("eq", "EQ")
    return said if said.startswith(("the ", "too ")) or not said[:1].isalpha() else f"the {said}"


def _track_fault(ans: Answer) -> Finding | None:
    f = ans.first
    if f is None or not ans.moves or not f.is_problem or f.is_lean or f.track is None:
        return None
    return f


def _whole_fault(ctx: MixContext) -> Finding | None:
    """The first whole-mix problem when no part is measured off."""
    if any(f.track is not None and f.is_problem and not f.is_lean for f in ctx.problems):
        return None
    return next((f for f in ctx.problems if f.track is None and f.is_problem), None)


def _body(ans: Answer) -> str:
    return without_opening(ans.text)


def located(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opening with where the fault lives when the question puts it on the whole mix (or offers the
    whole mix and the tracks as a choice) and the measurement says otherwise (or says which)."""
    intent = focus.intent
    if intent.wants != Wants.JUDGE or intent.should or ctx.analysis is None:
        return ans
    q = intent.question
    if SAMPLE_OR_MIX.search(q):
        return ans  # "the sample or the mix?": the sound against the mix, answered by ``model.sample_or_mix``
    if (side := part_side(focus, q)) is not None:
        if intent.complaint == "clipping":
            return ans  # "is my master distorted or is it the vocal?": both peak meters, said (model.part_clipping)
        return either_answer(ctx, focus, ans, *side)
    place = blamed_place(q)
    if place is None or intent.instruments:
        return ans
    if " or " in q:
        return ans  # another choice: its own path answers
    if intent.complaint is None and not MOVE_AT_PLACE.search(q):
        return ans  # "is anything wrong on the master?": an open look, not a cause blamed
    fault = _track_fault(ans)
    bare_no = fault is not None and ans.text.startswith(f"No: {fault.track!r}")  # a no backed by nothing said
    # "It isn't the upper mids": a range cleared, not the place a move was proposed on ("roll off the top on the
    # mix bus, it's fizzy"), which a part measured off still denies first
    range_only = bool(MOVE_AT_PLACE.search(q)) and ans.text.startswith(("It isn't", "It's not"))
    if fault is None or (
        ans.text.startswith(("No", "Not", "It isn't", "It's not")) and not (bare_no or range_only)
    ):
        return (
            ans  # nothing on a part, or the place already cleared ("No: the true peak is ...", "Not first:")
        )
    body = _body(ans)
    if not body.startswith(f"{fault.track!r}"):  # the body leads elsewhere: the part's fault, then its move
        move = recipe(fault, focus.session)
        said = first_sentence(fault.summary)
        named = "" if said.startswith(f"{fault.track!r}") else f"it's {fault.track!r}: "
        lead = f"{place_opening(place, q)}: {named}{lower_first(said)}"
        return Answer(fit([lead, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], fault)
    ans.text = fit(_sentences(f"{place_opening(place, q)}: {body}"), MAX_WORDS, keep=2)
    return ans


def _sentences(text: str) -> list[str]:
    return split_sentences(text)


_SOMETHING_IS = re.compile(
    r"\b(is|are) something (in (the|my|your) (mix|track|song) )?(\w+ ){0,2}(too (hot|loud)|hot|loud|clipping)\b",
    re.I,
)
"""A part claimed too hot as the other side of a choice: met by a part measured too loud."""


def _claimed(question: str, label: str, loud: bool = False) -> str:
    """ "is the kick set too low or do i need to smash the master bus?": the part's side asked as a yes/no claim,
    so the label answers it against the place ("It's the kick, not the master bus"), not bare ("The kick"); "kick
    has no thump, is it set too low or ...": the part said before, its claim made with "it" ("is it the master or
    the kick?" guesses a cause, answered with the bare label)."""
    place = blamed_place(question)
    # "is something in the mix way too hot or do i need a diff limiter": the yes/no claim met, in its own words
    if label == "Something in the mix" and _SOMETHING_IS.search(question):
        # a part off the other way ("is something way too hot?" with the bass 10 dB low): the claim denied first
        return "Yes, something in the mix is" if loud else "Nothing's too hot, but one part is off"
    part = label.removeprefix("The ")
    if (
        place is None
        or part == label
        or not re.search(
            rf"\b(is|are)\s+((the |my |your |our )?{re.escape(part)}|(it|they)(?! (the|my|your|our|a|an)\b))\b",
            question,
            re.I,
        )
    ):
        return label
    return f"It's the {part}, not {place}"


def _not(label: str) -> str:
    return "one track" if label in ("One of the tracks", "Something in the mix") else lower_first(label)


def part_side(focus: Focus, question: str) -> tuple[str, set[str] | None] | None:
    """The other side of a choice between the whole mix and the parts: ("One of the tracks", None) for any part
    ("Something in the mix" when asked so), ("The guitars", their track names) for a part named; None when the
    question is no such choice."""
    head, sep, tail = question.partition(" or ")
    if not sep or SOURCE_OR_MIX.search(question):
        return None  # "is it my voice or the mix?": the take or the mix, ``model.source_or_mix``'s choice
    for place, other in ((head, tail), (tail, head)):
        if not (PLACE.search(place) or WHOLE.search(place)):
            continue
        if not PLACE.search(place) and TRACK_MOVE.search(place):
            continue  # "automate them in the chorus or just pull the whole track": the part's fader, not the mix
        if any(a.said.lower() in place.lower() for a in focus.asked):
            continue  # "is the bass too loud in the mix or is it the kick": a choice of parts
        if READY_Q.search(place):
            continue  # "is the mix solid enough to hand off or is some part jumping out?": ready or not, no place
        if alt := TRACKS_ALT.search(other):  # "... or something in the mix?": answered in the asker's words
            return (
                "Something in the mix" if alt[0].lower().startswith("something") else "One of the tracks"
            ), None
        named = [a for a in focus.asked if a.found and a.said.lower() in other.lower()]
        # "beat is pumping ... is the kick just cranked or is my limiter ...": the part next to the "or" is the
        # side offered, not one said earlier in the complaint
        low = other.lower()
        named.sort(key=lambda a: -low.rfind(a.said.lower()) if other is head else low.find(a.said.lower()))
        if named:
            return f"The {named[0].said}", {
                rt.name for a in named for rt in (*a.tracks, *((a.inside,) if a.inside else ()))
            }
    return None


_MASTER_TOOL = re.compile(
    r"\b(?P<tool>high[- ]?cut|low[- ]?cut|low[- ]?pass|high[- ]?pass|high shelf|low shelf|de-?esser|eq)\b[^?.]{0,20}"
    r"\b(on|to|across) (the |my )?(master|mix ?bus|2[- ]?bus|whole mix)\b",
    re.IGNORECASE,
)
"""A tone tool proposed on the master as the other side of the choice ("slap a high cut on the master"); a limiter
or compressor there is weighed by the master's own dynamics instead."""
_DYNAMICS_PLACE = re.compile(r"\b(limiter|limiting|compressor|comp|glue)\b", re.IGNORECASE)
"""A dynamics device as the place blamed: the whole mix's tone is no answer to it."""


def either_answer(ctx: MixContext, focus: Focus, ans: Answer, label: str, parts: set[str] | None) -> Answer:
    """ "is the master too bright or is it one of the tracks?": the alternative measured, said first."""
    found = [f for f in ctx.problems if f.track is not None and f.is_problem and not f.is_lean]
    fault = next((f for f in found if parts is None or f.track in parts), None)
    if fault is not None:
        move = recipe(fault, focus.session)
        said = first_sentence(fault.summary)
        named = said.startswith(f"{fault.track!r}") or (parts is not None and len(parts) == 1)
        claimed = _claimed(focus.intent.question, label, fault.kind is FindingKind.TRACK_TOO_LOUD)
        lead = f"{claimed}{'' if named else f', {fault.track!r}'}: {lower_first(said)}"
        parts = [lead, move.try_text, move.check_text]
        if (tool := _MASTER_TOOL.search(focus.intent.question)) is not None and fault.kind in (
            FindingKind.TRACK_TOO_LOUD,
            FindingKind.TRACK_TOO_QUIET,
        ):
            # "one track poking out or should i slap a high cut on the master?": the master's move, weighed
            parts.insert(2, f"A {tool['tool'].lower()} on the master would change every part to tame one.")
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)
    if found:
        return ans  # a part measured off, not the one offered: its path says "not that, X"
    if _DYNAMICS_PLACE.search(focus.intent.question):
        # "is it the limiter or is something too loud?": a tonal lean is neither; the limiter's own numbers, with
        # its "No:" said as the neither it is (a bare no to an either/or reads as taking a side)
        if ans.text.startswith("No: "):
            return replace(ans, text=f"Neither, as far as I can measure: {ans.text.removeprefix('No: ')}")
        return ans
    whole = _whole_fault(ctx)
    kind = TONE_KINDS.get(focus.intent.complaint or "")
    if whole is not None and kind is not None and whole.kind is not kind:
        whole = next((f for f in ctx.problems if f.track is None and f.kind is kind and f.is_problem), None)
    if whole is None:
        return ans  # nothing off either way: its path says so
    move = recipe(whole, focus.session)
    lead = f"The whole mix, not {_not(label)}: {lower_first(first_sentence(whole.summary))}"
    return Answer(fit([lead, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], whole)


SQUASH = re.compile(
    r"\b(squash\w*|smash\w*|pump\w*|flatten\w*|chok\w*|"
    # "is it murdering my transients?", "destroying the punch": the hits said killed, a squash claim
    r"(kill|murder|destroy|ruin|wreck|eat|strangl)\w* (the |my |all the |all my |our )?"
    r"(dynamics|punch|transients|peaks|life)|"
    rf"over[- ]?compress\w*|too much (limiting|compression)|{SQUASH_VERBS}|{FLAT_TOP})\b",
    re.IGNORECASE,
)
"""A master limiter or compressor said to squash the mix: a claim the peak-to-loudness ratio answers."""


def master_squash(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "is my limiter crushing everything?": the master's dynamics as measured (squashed or not), then the part
    measured off when there is one; None when the question is not that claim."""
    intent = focus.intent
    # "how much gain reduction is too much? i think im crushing it": the claim, then the amount
    if ctx.analysis is None or intent.wants not in (Wants.JUDGE, Wants.HOW_MUCH) or intent.instruments:
        return None
    if intent.technique not in ("limiting", "compression") or not SQUASH.search(intent.question):
        return None
    if intent.technique == "compression" and PLACE.search(intent.question) is None:
        return None  # a compressor on some part: the technique's own answer
    # "do i gotta slam a limiter on it for spotify?": whether to get louder, not a squash claim
    if intent.complaint == "loudness" and re.search(PROPOSED_SQUASH, intent.question, re.IGNORECASE):
        return None
    ans = dynamics(ctx, replace(focus, intent=replace(intent, complaint="squashed")))
    if ans.moves:  # squashed as measured: its finding and move ("Yes: the mix is squashed.")
        ans.text = re.sub(r"^(Yes: )(The|A)\b", lambda m: m.group(1) + m.group(2).lower(), ans.text)
        return ans
    fault = next((f for f in ctx.problems if f.track is not None and f.is_problem and not f.is_lean), None)
    squashed = _sentences(ans.text)[0]  # "No, it isn't squashed: a 12.0 dB peak-to-loudness ratio ..."
    if fault is None:
        return Answer(f"{squashed} {CHECK_LIMITER}", [], None)
    move = recipe(fault, focus.session)
    lead = f"What does stand out: {lower_first(first_sentence(fault.summary))}"
    return Answer(fit([squashed, lead, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], fault)


CHECK_LIMITER = (
    "To check by ear, bypass the limiter and match the level: if the hits come back, ease it to 1-3 dB of gain "
    "reduction on the loudest parts."
)
