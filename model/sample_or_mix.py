"""The sound itself or the mix blamed as an either/or ("is it the sample or the mix?", "my kick sounds weak, is
it the sample or my mixing?"). The router read it as a yes/no ("Yes, one thing: ...") or blamed "the kick" (no
side offered) or the whole mix's lean on another band, none of which picks one of the two sides. A sample's sound
cannot be measured here, its place in the mix can: a fader fault or a part covering it says "the mix" (with the
move, and why a new sample would not fix it); nothing measured against it says the mix does not explain the
complaint, so the sound is the likelier side, with when a swap is the right call and how to judge one fairly."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from companion.knowledge.areas import frequency_areas
from companion.knowledge.roles import ROLE_TOPICS
from companion.knowledge.wording import say_hz
from model.evidence import TRACK_LEVEL_KINDS, track_evidence
from model.focus import Focus
from model.masker_level import balance_fault
from model.moves import masking_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

_RECORDED = r"mic placement|mic(s|ing)?|amp|player|playing|performance|recording|take"
"""A recorded part's sound, fixed at its source rather than swapped."""
_SOUND_WORDS = rf"samples?|sound( itself)?|source|one-?shots?|tone|instrument|{_RECORDED}"
"""Words for the part's own sound, the side the meters cannot judge."""
_SOUND = rf"(the |my |its |this |that )?(\w+ )?({_SOUND_WORDS})"
_MIX = r"(the |my )?(mix(ing)?|levels?|eq|balance|processing|how i mixed it)"
SAMPLE_OR_MIX = re.compile(
    rf"\b{_SOUND} or {_MIX}\b|\b{_MIX} or {_SOUND}\b",
    re.IGNORECASE,
)
"""The part's own sound and the mix offered as the two causes."""
WHY_NOT_SAMPLE = (
    "A new sound at the same wrong level comes across just as off; set the fader, then judge the sound."
)
RECORD_WHEN = (
    "So if it still sounds wrong at a level that sits, it's {sound}: fix it at the source (move the mic, try "
    "another amp setting or another take) rather than piling EQ on it."
)
SWAP_WHEN = (
    "So if it still sounds wrong at a level that sits, it's {sound}: audition replacements at the same loudness "
    "as the old one (louder always sounds better), in the full mix, not solo."
)


def _covering(ctx: MixContext, name: str):
    """The first masking problem that covers ``name``."""
    return next(
        (
            f
            for f in ctx.problems
            if f.kind is FindingKind.MASKING and f.evidence.get("other_track") == name and f.track != name
        ),
        None,
    )


LOW_NAMES = ("punch", "body", "weight", "fullness", "boom")
HIGH_NAMES = ("attack", "crack", "string attack", "clarity", "presence", "chick", "sparkle")
"""The ranges a replacement sound is picked for: its weight and its front edge."""


def _ranges(role: str | None) -> str:
    """ " Pick one for what you miss: its body (150 Hz-250 Hz) or its crack (2 kHz-5 kHz).": the part's weight and
    edge ranges, what a replacement is chosen for; "" for a part with no such pair."""
    if role is None or role not in ROLE_TOPICS:
        return ""
    areas = frequency_areas(role)
    lo = next((a for n in LOW_NAMES for a in areas if a.name == n), None)
    hi = next((a for n in HIGH_NAMES for a in areas if a.name == n), None)
    if lo is None or hi is None:
        return ""
    return (
        f" Pick one for what you miss: its {lo.name} ({say_hz(lo.lo_hz)}-{say_hz(lo.hi_hz)}) or its {hi.name} "
        f"({say_hz(hi.lo_hz)}-{say_hz(hi.hi_hz)})."
    )


def _swap_when(sound: str, role: str | None) -> str:
    """When the sound side is the likelier one: a sample is swapped (picked for its ranges), a recorded part is
    fixed at its source."""
    if re.search(rf"\b({_RECORDED})\b", sound):
        return RECORD_WHEN.format(sound=sound)
    return SWAP_WHEN.format(sound=sound) + _ranges(role)


def _mix_word(question: str) -> str:
    """The mix side as the asker said it ("is it the level or the sound?": "The level"), else "The mix"."""
    m = re.search(r"\bthe (level|fader|balance|volume)\b", question, re.IGNORECASE)
    return f"The {m.group(1).lower()}" if m else "The mix"


def _sound_word(question: str) -> str:
    """The sound side as the asker said it ("the sample", "the recording"), for "The mix, not the sample"."""
    m = re.search(rf"\b({_SOUND_WORDS})\b", question, re.IGNORECASE)
    return f"the {m.group(1).lower()}" if m else "the sample"


def sample_or_mix(ctx: MixContext, focus: Focus) -> Answer | None:
    """The side measured for "the sample or the mix?", on the part asked about (or, with none named, on the part
    measured at the wrong level); None for any other question."""
    q = focus.intent.question
    if not SAMPLE_OR_MIX.search(q) or focus.session is None:
        return None
    tracks = [rt for a in focus.asked for rt in a.tracks]
    faults = [f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and not f.is_lean]
    if not tracks:
        if focus.intent.instruments:
            return None  # a part named but not found: the router's answer
        clash = next((f for f in ctx.problems if f.kind is FindingKind.MASKING and f.is_problem), None)
        if not faults and clash is None:  # no part named and no part off: the balance clears the mix's side
            return _nothing_off(q)
        # the part off, or the part covered ("is it the sample or the mix?" with a guitar over the vocal)
        rt = focus.session.named(
            faults[0].track or "" if faults else str(clash.evidence.get("other_track", ""))
        )
        if rt is None:
            return None
        tracks = [rt]
    rt = tracks[0]
    level = next((f for f in faults if f.track == rt.name), None)
    covered = _covering(ctx, rt.name)
    fault = level or (balance_fault(ctx, covered) if covered is not None else None)
    if fault is not None:
        move = recipe(fault, focus.session)
        head = f"{_mix_word(q)}, not {_sound_word(q)}: {lower_first(first_sentence(fault.summary))}"
        parts = [head, move.try_text, WHY_NOT_SAMPLE, move.check_text]
        return Answer(fit(parts, MAX_WORDS, keep=3), [move], fault)
    if covered is not None:
        move = masking_move(covered, focus.session)
        head = f"{_mix_word(q)}, not {_sound_word(q)}: {lower_first(first_sentence(covered.summary))}"
        parts = [head, move.try_text, "A new sound would sit in the same crowded range.", move.check_text]
        return Answer(fit(parts, MAX_WORDS, keep=3), [move], covered)
    ev = track_evidence(ctx, rt)
    meter = ev.measured_level()
    head = (
        f"Not the mix, as far as I can measure: nothing I measured says {rt.quoted} is out of line"
        + (f" ({meter})" if meter else "")
        + f" and no part covers it. The meters can't judge {_sound_word(focus.intent.question)}, only the part's place in the mix."
    )
    return Answer(fit([head, _swap_when(_sound_word(q), rt.role)], MAX_WORDS, keep=1), [], None)


def _nothing_off(question: str) -> Answer:
    """ "is it the sample or the mix?" with no part named and no part measured off or covered: the mix's side
    cleared, so the sound is the likelier side."""
    head = (
        "Not the mix, as far as I can measure: no part's level is out of line and no part covers another. "
        "The meters can't judge a sample's sound, only its place in the mix."
    )
    return Answer(fit([head, SWAP_WHEN.format(sound=_sound_word(question))], MAX_WORDS, keep=1), [], None)
