"""Dynamics asked of the master: punch, squash and clipping, answered from the peak-to-loudness ratio, the
loudness range and the peaks the mix itself measures (no plug-in needs to be read to hear a squashed master)."""

from __future__ import annotations

import math
import re

from companion.context import Analysis, Finding, FindingKind, MixContext
from model.answer_amount_eq import HEAVY_PLR_DB
from model.evidence import ranked_problems
from model.focus import Focus
from model.intent import Intent, Wants, asks_yes_no
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, article, first_sentence, fit, lower_first
from model.recipes import Move, recipe

MORE_SQUASH_Q = re.compile(
    r"\b(more|extra|some|any|heavier) (compression|compressing|squash(ing)?|glue)\b|"
    r"\bneeds? (a |some )?(compressor|compression)\b|\bcompress (it|this|the mix|my mix) more\b|"
    # "do i need to compress the whole mix so it sounds pro?": whether the mix wants squash, as measured
    r"\b(need|have|got) to compress (it|this|everything|the (whole |full )?(mix|master|song|track)|my (whole )?(mix|master))\b",
    re.IGNORECASE,
)
"""A question asking for MORE squash on the mix ("does it need more compression?"): the opposite of "too compressed?",
answered from the same measurements, with where compression does help. A limiter is left out: asking for one is
asking for loudness, which the loudness answer measures."""


TOO_DYNAMIC_Q = re.compile(
    r"\btoo (dynamic|much (dynamic range|dynamics))\b|\b(not|isn'?t|aren'?t) (compressed|squashed|limited|dense) enough\b|"
    r"\bunder[- ]?compressed\b|\b(too|way too|kinda|a bit) (spiky|peaky|jumpy)\b",
    re.IGNORECASE,
)
"""The whole mix said to be too dynamic ("is my mix too dynamic for radio?"): the opposite of squashed, answered
from the same measurements."""


def _plr(a: Analysis) -> str:
    """The mix's peak-to-loudness ratio as a sentence says it ("an 11.4 dB peak-to-loudness ratio")."""
    said = f"{a.plr_db:.1f}"
    return f"{article(said)} {said} dB peak-to-loudness ratio"


def _more_squash(intent: Intent) -> bool:
    """More squash asked of the mix, or a bus compressor proposed with no complaint beside it."""
    q = intent.question
    return bool(MORE_SQUASH_Q.search(q)) or (intent.complaint is None and bool(BUS_COMP_PROPOSED.search(q)))


def too_dynamic(ctx: MixContext, focus: Focus) -> Answer:
    """ "too dynamic?": the PLR and the loudness range as measured. No published bar says a mix is too dynamic, so a
    squashed master is the one measured no ("the opposite"), and otherwise the answer says what the numbers are and
    how to make it denser if the asker wants that."""
    a = ctx.analysis
    assert a is not None
    squashed = first_problem(ctx, (FindingKind.OVER_COMPRESSED,))
    if squashed is not None:
        move = recipe(squashed, focus.session)
        return fitted([f"No, the opposite: {lower_first(first_sentence(squashed.summary))}", move.try_text],
                      [move], squashed, focus.intent.explain)  # fmt: skip
    head = "No, not as measured" if asks_yes_no(focus.intent) else "Not as measured"
    parts = [f"{head}: {_plr(a)} at {a.integrated_lufs:.1f} LUFS is room for "
             f"transients rather than a fault (only under about {HEAVY_PLR_DB:.0f} dB does a master read as heavily "
             "limited, and no published bar calls a mix too dynamic)."]  # fmt: skip
    if math.isfinite(a.lra_lu):
        parts.append(
            f"Between its quiet and loud passages the loudness moves {a.lra_lu:.1f} LU (loudness range)."
        )
    # a part far off is what to fix, whatever the dynamics; else how to make it denser if they want that
    return _then_fault(ctx, focus, parts) or Answer(" ".join([*parts, DENSER]), [], None)


DENSER = (
    "If the quiet passages get lost in a car or on the radio, ride those sections up with volume automation, or let "
    "a gentle bus compressor (2:1, slow attack) take 1-2 dB off the loudest parts."
)


def _then_fault(ctx: MixContext, focus: Focus, parts: list[str]) -> Answer | None:
    """``parts`` (the dynamics as measured), then the worst real fault of a part with its move; None when no part
    is off."""
    fault = next((f for f in ranked_problems(ctx, focus.session) if f.is_problem and not f.is_lean), None)
    if fault is None:
        return None
    move = recipe(fault, focus.session)
    said = [*parts, f"What does stand out: {lower_first(first_sentence(fault.summary))}", move.try_text]
    return fitted(said, [move], fault, focus.intent.explain)


def too_dynamic_asked(intent: Intent) -> bool:
    """True for "is my mix too dynamic?" of the whole mix, not of a part ("the vocal jumps around too much")."""
    return not intent.instruments and bool(TOO_DYNAMIC_Q.search(intent.question))


def first_problem(ctx: MixContext, kinds: tuple[FindingKind, ...]) -> Finding | None:
    return next((f for f in ctx.problems if f.kind in kinds), None)


def fitted(parts: list[str], moves: list[Move], first: Finding | None, explain: bool) -> Answer:
    return Answer(fit(parts, EXPLAIN_WORDS if explain else MAX_WORDS, keep=2), moves, first)


def dynamics(ctx: MixContext, focus: Focus) -> Answer:
    """Punch, squashing, clipping: the PLR and the peaks. "Too compressed?" and "are the dynamics ok?" are
    judged on the squash itself (the PLR, then the loudness range); clipping is not compression, so there it
    comes after the verdict."""
    a = ctx.analysis
    assert a is not None
    s = focus.session
    complaint = focus.intent.complaint
    fine_asked = focus.intent.asks_ok or focus.intent.enough  # "are the dynamics ok?": a yes means no problem
    kinds = {
        "clipping": (FindingKind.CLIPPING,),
        "squashed": (FindingKind.OVER_COMPRESSED,),
    }.get(complaint or "", (FindingKind.OVER_COMPRESSED, FindingKind.CLIPPING))
    f = first_problem(ctx, kinds)
    if f is not None:
        move = recipe(f, s)
        verdict = (
            "No"
            if fine_asked
            else "Squashed"  # "how are the dynamics?" takes no yes
            if complaint == "squashed" and not asks_yes_no(focus.intent)
            else "Yes"
            if complaint in ("clipping", "squashed")
            else "Here's what's holding it back"
        )
        said = first_sentence(f.summary)
        if verdict == "Squashed":  # the other verdicts' next word is lowered by placed_verdict
            said = lower_first(said)
        return fitted([f"{verdict}: {said}", move.try_text, move.check_text], [move], f,
                       focus.intent.explain)  # fmt: skip
    if complaint == "clipping":
        head = "No" if focus.intent.wants == Wants.JUDGE else "Not on the master"
        parts = [f"{head}: the true peak is {a.true_peak_dbtp:.1f} dBTP and {a.clipped_samples} samples clip, so "
                 "nothing distorts on the master."]  # fmt: skip
        loud = first_problem(ctx, (FindingKind.TRACK_TOO_LOUD,))
        if loud is None:
            parts.append("If you hear distortion, look at a track's own meter or a saturating plug-in.")
            return Answer(" ".join(parts))
        move = recipe(loud, s)  # a part far too loud drives the peaks: check its own meter and fader first
        parts += [f"What does stand out: {lower_first(first_sentence(loud.summary))}", move.try_text,
                  "Then check that track's own meter for red."]  # fmt: skip
        return fitted(parts, [move], loud, focus.intent.explain)
    if complaint is None and _more_squash(focus.intent):
        # "does it need more compression?" with an open master: not for its dynamics; where it helps instead
        head = "No, not for its dynamics" if asks_yes_no(focus.intent) else "Not for its dynamics"
        clean_peaks = " or clipping" if a.clipped_samples == 0 else ""
        text = (f"{head}: {_plr(a)} leaves room for transients, and nothing is "
                f"squashed{clean_peaks}. Compress a part that jumps out (a vocal, a bass line) rather than the whole mix; "
                "the loudness of a release comes from a limiter last on the master.")  # fmt: skip
        if _BUS_COMP.search(focus.intent.question):
            # "do i need a glue comp on the master?": the bus compressor itself is a taste choice, with its settings
            text = (f"{head}: {_plr(a)} leaves room for transients, and nothing is squashed{clean_peaks}. "
                    "On the mix bus a compressor is optional glue, not a fix: about 2:1, attack 10-30 ms, auto "
                    "release, 1-2 dB of gain reduction, if you like how it ties the parts together; the loudness "
                    "of a release comes from a limiter last on the master.")  # fmt: skip
        # "do i have to compress the mix?" with the bass 10 dB over: that fader after the dynamics
        return _then_fault(ctx, focus, [text]) or Answer(text, [], None)
    if complaint != "squashed":
        # a plain no only when a yes/no was asked
        # "enough punch?": a no would read as "not enough", so a yes on it comes from the verdict pass instead
        no = "No, it" if focus.intent.wants == Wants.JUDGE and not focus.intent.enough else "It"
        text = (f"{no} isn't squashed: {_plr(a)} leaves room for transients. Punch then "
                "comes from the kick and snare's attack: a compressor on the drums with a slower attack (10-30 ms) lets "
                "the hit through before it clamps.")  # fmt: skip
        return Answer(text, [], None)
    head = "Yes, the dynamics are fine" if fine_asked else "No, it" if asks_yes_no(focus.intent) else "It"
    head += "" if fine_asked else " isn't squashed"
    parts = [f"{head}: {_plr(a)} leaves room for transients (a master under about "
             f"{HEAVY_PLR_DB:.0f} dB reads as heavily limited)."]  # fmt: skip
    if math.isfinite(a.lra_lu):
        parts.append(
            f"Between its quiet and loud passages the loudness moves {a.lra_lu:.1f} LU (loudness range)."
        )
    # peaks over full scale are not squash, but they are what to fix; else the mix's own first fault ("why is
    # everything pumping?" with the bass 10 dB hot: that part drives the master's limiter)
    clip = first_problem(ctx, (FindingKind.CLIPPING,)) or next(
        (f for f in ranked_problems(ctx, s) if f.is_problem and not f.is_lean), None
    )
    if clip is None:
        return Answer(" ".join(parts))
    move = recipe(clip, s)
    parts += [f"What does stand out: {lower_first(first_sentence(clip.summary))}", move.try_text]
    return fitted(parts, [move], clip, focus.intent.explain)


_PROCESSOR = re.compile(r"\b(compressors?|comps?|limiters?|maximi[sz]ers?|glue)\b", re.IGNORECASE)
"""A processor named in the question: the guess at a cause, not the mix's own state."""


BUS_COMP_PROPOSED = re.compile(
    r"\b(put|add|use|slap|throw|try)(ing)? (a |some |a bit of |a little( bit of)? |a touch of )?(glue |bus |mix[- ]?bus )?"
    r"(comp|compressor|compression)\b",
    re.IGNORECASE,
)
"""A mix-bus compressor proposed with no complaint ("should i put a glue comp on the master?"): whether the mix
wants squash, as measured; with a complaint ("murky, slap a comp on the master?") the complaint's routes answer."""
_BUS_COMP = re.compile(r"\b(compressors?|comps?|glue|(mix|master|stereo|2)[- ]?bus)\b", re.IGNORECASE)
"""A compressor on the whole mix named ("a glue comp on the master", "compression on the mix bus")."""


def mix_squash_asked(intent: Intent, amount: str | None, has_session: bool) -> bool:
    """True when the question asks how squashed the whole mix is ("is my mix too compressed?", "is the mix over
    compressed overall?", "does my mix need compression?"): the mix's own PLR answers, not a compressor lesson.
    With a session and no mix named ("is it too compressed?"), the plug-ins it carries answer instead."""
    asked = (
        amount in ("compression", "limiting")
        or (intent.complaint == "squashed" and intent.wants == Wants.JUDGE)
        # "does my mix need compression?": whether the mix wants it, measured, not a compressor lesson
        or (intent.technique == "compression" and intent.wants == Wants.JUDGE and _more_squash(intent))
    )
    if not asked or intent.instruments:
        return False
    # with a session, only the mix's own state asked ("is the mix over compressed?"); a processor named ("is my
    # master limiter squashing it?") is a guess at a cause, which the blamed-processor pass answers with the fault
    # "do i need a compressor on the master?": a processor asked for is no cause guessed, the mix's squash answers
    named = _PROCESSOR.search(intent.question) and not (intent.complaint is None and _more_squash(intent))
    return not has_session or (intent.about_master and not named)
