"""The mix's loudness asked about: "loud enough for Spotify?", "what's my loudness?", "does my mix need a limiter?",
"is it louder than my reference?", "is it ok for broadcast?". Each is answered with the measured integrated loudness
and true peak against the destination the question names (else the default target) or the reference, in the
question's own terms: a yes or no to the level asked, the number first when a number is asked, and a worse problem
stepped past (clipping) still said after the level."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from companion.knowledge.targets import LoudnessTarget, loudness_target
from model.answer_dynamics import first_problem as _first
from model.answer_dynamics import fitted
from model.answer_reference_level import reference_level_answer
from model.asked_platform import asked_or_before, asks_fitness, unknown_platform
from model.focus import Focus
from model.guessed_technique import TROUBLE, balance_fault_of
from model.intent import Wants, asks_yes_no
from model.intent_words import MASTER_NUMBER, PROPOSED_SQUASH
from model.loudness_aim import louder_note, loudness_aim, peaks_over
from model.phrasing import Answer, capital, first_sentence, lower_first
from model.platform_level import LEVEL_KINDS, fitness_opener, fitness_verdict, level_why, on_platform
from model.proposed_loudness import proposed_answer
from model.recipes import recipe

LOUDNESS_KINDS = (
    FindingKind.TOO_LOUD,
    FindingKind.TOO_QUIET,
    FindingKind.OVER_COMPRESSED,
    FindingKind.CLIPPING,
)


def loudness(ctx: MixContext, focus: Focus) -> Answer:
    """The loudness answer, said against the target it is judged with when the question names a destination
    with no figure here ("how hot for soundcloud?" is judged against the default target, and says so)."""
    ans = _loudness(ctx, focus)
    if (name := unknown_platform(focus.intent.question)) is not None:
        t = loudness_target(ctx.target)
        head, _, rest = ans.text.partition(". ")  # the verdict stays first; the target it used is said next
        note = f"I have no loudness figure for {name}, so that's against {t.said}."
        ans = replace(ans, text=f"{head}. {note} {rest}".strip() if rest else f"{ans.text} {note}")
    return ans


def _loudness(ctx: MixContext, focus: Focus) -> Answer:
    a = ctx.analysis
    assert a is not None
    s = focus.session
    if (against := reference_level_answer(ctx, focus)) is not None:
        return against  # "is it louder than my reference?": the reference's loudness, not a streaming target
    q = focus.intent.question
    asked = asked_or_before(
        focus.intent, ctx.history
    )  # "how do i fix that?" after "ok for broadcast?": broadcast
    t = asked or loudness_target(ctx.target)
    ctx = on_platform(ctx, t)  # "loud enough for a cd?": judged against a CD master, not the default target
    if (proposed := proposed_answer(focus.intent, t, a)) is not None:
        return proposed  # "should i master to -9?": that number there, not the mix's own
    fitness = asks_fitness(q)  # "is it ok for broadcast?": a yes or no on that destination's loudness
    f = _first(ctx, LOUDNESS_KINDS)
    level = _first(ctx, (FindingKind.TOO_LOUD, FindingKind.TOO_QUIET))
    other = None  # the worse problem a level question steps past, still said after the level
    if level is not None and f is not level and (_TOO_LOUD_Q.search(q) or _TOO_QUIET_Q.search(q) or fitness):
        # "too loud for youtube?" at -10 LUFS with clipping worse: the level asked answers first
        other, f = f, level
    aim = focus.intent.wants == Wants.HOW_MUCH or (
        AIM_Q.search(q) is not None and asked is not None and not _yes_no_beside(q)
    )
    # "how loud for youtube?", "how many lufs for a cd?": that platform's numbers, its own level gap included
    if aim and (f is None or (asked is not None and f.kind in LEVEL_KINDS)):
        return loudness_aim(t, a)
    if f is not None:
        move = recipe(f, s)
        said = first_sentence(f.summary)
        # "what's my loudness?": the number, no verdict; "how do i fix that?": the finding, then the move; "loud
        # enough? what's it at in lufs?": the yes or no asked first, the number in it
        value_asked = _value_only(q) or focus.intent.wants == Wants.HOW_TO
        verdict = fitness_verdict(f.kind, t) if fitness else _loudness_verdict(q, f.kind, t)
        parts = [capital(said) if value_asked else f"{verdict} {lower_first(said)}", move.try_text,
                 capital(level_why(f.kind, t)), move.check_text]  # fmt: skip
        if other is not None:
            parts.insert(2, f"Also: {lower_first(first_sentence(other.summary))}")
        return fitted(parts, [move], f, focus.intent.explain)
    too_loud = bool(_TOO_LOUD_Q.search(q))
    part = _first(ctx, (FindingKind.TRACK_TOO_LOUD,)) if too_loud else None
    if part is None and _TOO_QUIET_Q.search(q):
        part = _first(ctx, (FindingKind.TRACK_TOO_QUIET,))
    heard = part is None and TROUBLE.search(q) is not None
    if heard:  # "its a wall of mush, should i turn the master up?": the master's level is not what they hear
        part = balance_fault_of(ctx, focus)
    # "ready for spotify?" with the horns 10 dB over: ready on loudness, and the fault still said before it goes
    waiting = next((p for p in ctx.problems if not p.is_lean), None) if fitness and part is None else None
    # a why or how-to ("why does it sound quieter than songs on spotify?") gets no yes/no: the level is not it
    judged = asks_yes_no(focus.intent) or (focus.intent.wants == Wants.JUDGE and focus.intent.asks_ok)
    opener = (
        _fine_verdict(q) if judged else "It isn't the level:"
    )  # "true peak ok?": a yes, its verb left out
    if fitness:  # "ready for spotify?": yes on the level, close when the peaks still pass its ceiling
        opener = fitness_opener(bool(peaks_over(t, a)), waiting is not None)
    opener = (
        "Not to get louder:"
        if _limiter_asked(q)
        else "No, loud enough as it is:"
        if NEED_LIMITER_Q.search(q) and _ENOUGH_SECOND.search(q)
        else "Yes, loud enough as it is:"
        if NEED_LIMITER_Q.search(q) and judged
        else opener
    )
    measured = f"{a.integrated_lufs:.1f} LUFS integrated with the true peak at {a.true_peak_dbtp:.1f} dBTP"
    said = f"You're at {measured}: that" if _value_only(q) else f"{opener} {measured}"
    text = (
        f"{said} sits fine for "
        f"{t.said} ({t.integrated_lufs:g} LUFS, peaks at or under {t.true_peak_max_dbtp:g} dBTP), and the "
        f"{a.plr_db:.0f} dB peak-to-loudness ratio says it isn't squashed to get there."
        + ("" if too_loud else f" {louder_note(t, a)}")
    ).strip()
    lead = "The peaks still need fixing" if waiting is not None else "The peaks are the one thing to fix"
    if over := peaks_over(
        t, a, lead
    ):  # "sits fine" is the level; peaks over the ceiling it names are still said
        text = f"{text} {over}"
    if waiting is not None:
        move = recipe(waiting, s)
        parts = [
            text,
            f"Before it goes out, though: {lower_first(first_sentence(waiting.summary))}",
            move.try_text,
        ]
        return fitted(parts, [move], waiting, focus.intent.explain)
    if part is None:
        return Answer(text, [], None)
    # "is it too loud?" on a fine master with the horns 10 dB up: what the ear calls too loud is that part
    move = recipe(part, s)
    side = "loud" if part.kind is FindingKind.TRACK_TOO_LOUD else "quiet"
    what = "What you hear is" if heard else f"What is too {side} is"
    parts = [
        text,
        f"{what} one part: {lower_first(first_sentence(part.summary))}",
        move.try_text,
    ]
    if heard and focus.intent.wants == Wants.WHAT_FIRST:
        # "sounds cheap like a bad youtube rip, where do i even begin": the part first, the level cleared after
        parts = [
            f"Start with {part.track!r}: {lower_first(first_sentence(part.summary))}",
            move.try_text,
            text,
        ]
    return fitted(parts, [move], part, focus.intent.explain)


AIM_Q = re.compile(r"\bhow (many lufs|loud)\b|\bwhat (lufs|loudness|level)\b", re.IGNORECASE)
"""With a platform named ("how many lufs for a cd?"), the question asks that platform's target, not the mix's number."""


def _yes_no_beside(question: str) -> bool:
    """A yes or no on the level asked beside a number ("is it loud enough? what lufs is it at"): answered yes or no
    first, the number in the same sentence, rather than the number alone or the platform's aim."""
    return _YES_NO_ASKED.search(question) is not None


def _value_only(question: str) -> bool:
    """The loudness asked as a number and no yes or no beside it ("what's it at in lufs?")."""
    return VALUE_Q.search(question) is not None and not _yes_no_beside(question)


_YES_NO_ASKED = re.compile(
    r"(^|[?.!,]\s*|\band\s+)\s*(so |and |but |ok )?(is|are|does|do|will|would|am|was|can)\b[^?.!]*\b(loud|quiet|hot|enough|"
    r"ok|okay|fine|good|right|too|there)\b",
    re.IGNORECASE,
)
"""A yes/no on the level beside a number asked ("is the master loud enough as it stands? whats it at in lufs")."""


VALUE_Q = re.compile(
    r"\bwhat('?s| is| are)\b[^?]{0,25}\b(loudness|lufs|level|true peak|peaks?)\b|\bhow loud is (it|this|my)\b|"
    r"\bwhat lufs\b|\bhow many lufs\b|"
    # "where's my mix at loudness wise, like lufs?": the number asked by where it sits
    r"\bwhere('?s| is| are| am)\b[^?]{0,30}\b(loudness|lufs|true peak)\b|"
    rf"{MASTER_NUMBER}",
    re.IGNORECASE,
)
"""A question asking the loudness as a number ("what's my loudness?", "how loud is it?"): the measurement opens the
answer, with no yes/no and no "it isn't the level" (nothing was claimed)."""
_TOO_LOUD_Q = re.compile(r"too loud|too hot|too much|over the", re.IGNORECASE)
_TOO_QUIET_Q = re.compile(
    r"too (quiet|soft|low)|not loud enough|quieter than|"
    # "will it come across quiet next to other releases": a quiet master claimed, with no "too"
    r"\b(come|comes|coming) (across|off|out) (a bit |kinda |kind of |really |super )?(quiet|soft|weak)\b",
    re.IGNORECASE,
)


def _fine_verdict(question: str) -> str:
    """Nothing measured against the loudness: yes to "loud enough?", no to "too loud?" and "too quiet?"."""
    move = _LEVEL_MOVE_Q.search(question)  # "should i turn the master down 2 dB?" at a fine level: no
    if _TOO_LOUD_Q.search(question) or _TOO_QUIET_Q.search(question) or move:
        # "will it come across quiet ...?": the prediction denied in its own tense
        return "No, it won't:" if re.search(r"\bwill (it|this|the mix)\b", question, re.I) else "No:"
    return "Yes:"


_LEVEL_MOVE_Q = re.compile(
    r"\b(should|do|shall|must) (i|we)( need to)?\b[^?.]{0,25}\b(turn|push|pull|bring|raise|lower|drop|crank|boost|"
    r"nudge)\b[^?.]{0,25}\b(up|down|louder|quieter)\b",
    re.IGNORECASE,
)
"""A level move proposed for the whole mix ("should i turn the master down 2 dB?"): with the level fine, a no."""


NEED_LIMITER_Q = re.compile(
    r"\b(need|needs|use|want|put|add|try|slap)\b[^?.]{0,20}\b(limit(er|ing)|compress(ion|or|ing)?)\b|"
    r"\bshould i (limit|use a limiter)\b|\bcompress\w* (it |the mix |my mix |the master )?(harder|more)\b|"
    rf"{PROPOSED_SQUASH}\b",
    re.IGNORECASE,
)
"""Whether to put a limiter (or more compression) on the mix for loudness ("does my mix need a limiter?", "do i
gotta slam a limiter on it?", "do i need to squash it more for streaming?"): a loudness question, answered from the
measured loudness against the target."""
_ENOUGH_FIRST = re.compile(r"\bloud enough\b[^?]{0,40}\bor\b", re.IGNORECASE)
"""'Loud enough' asked first of an either/or with the limiter second ("is it loud enough as is or do i need a
limiter?"): the yes or no goes to loud enough, the limiter answered by it."""


_ENOUGH_SECOND = re.compile(
    r"\bor\b[^?]{0,40}\b(loud enough|(the )?(loudness|volume|level) (is )?(already )?there|already (there|loud))",
    re.IGNORECASE,
)
"""The loudness asked second ("do i need to squash it harder or is the loudness already there?"): a no to the squash
is a yes to the loudness, so the answer says both ("No, loud enough as it is")."""


def _limiter_asked(question: str) -> bool:
    """A limiter asked for on its own, not as one half of "loud enough, or ...?"."""
    return (
        bool(NEED_LIMITER_Q.search(question))
        and not _ENOUGH_FIRST.search(question)
        and not _ENOUGH_SECOND.search(question)
    )


def _loudness_verdict(question: str, kind: FindingKind, t: LoudnessTarget) -> str:
    """Yes or no to the question as asked: "loud enough?", "too loud?" and "too quiet?" want different words
    for one finding."""
    # "need a limiter?" (or "... or is it loud enough already?"): yes when it is quiet for a release, no when loud
    if NEED_LIMITER_Q.search(question) and not _ENOUGH_FIRST.search(question):
        return {  # clipping: a limiter with a ceiling is what catches the peaks, not loudness added
            FindingKind.TOO_QUIET: "Yes, for a release:",
            FindingKind.CLIPPING: "Yes, to catch the peaks, not to add loudness:",
            FindingKind.OVER_COMPRESSED: "No, it's already squashed:",
        }.get(kind, "No, it's already too loud:")
    too_loud = bool(_TOO_LOUD_Q.search(question))
    too_quiet = bool(_TOO_QUIET_Q.search(question))
    if kind is FindingKind.TOO_LOUD:
        if too_quiet:
            return "No, the opposite:"
        return "Yes:" if too_loud else "More than enough, too loud in fact:"
    if kind is FindingKind.TOO_QUIET:
        if too_loud:
            return "No, the opposite:"
        if too_quiet:
            return "Yes:"
        return f"Not for {t.said}:" if t.medium == "broadcast" else "Not for a release:"  # a CD is a release
    if too_loud:
        return "It's not the level, it's this:"
    return (
        "No, it's loud enough, but:" if too_quiet else "Yes, it's loud enough, but:"
    )  # the yes/no said here


def limiter_need(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "does my mix need a limiter?" with no fault measured to blame first: the loudness against the target says
    (yes for a release when it is quiet, not to get louder when it sits there), not a limiter lesson."""
    intent = focus.intent
    # "do i need more compression for spotify?": the same question, squash asked for to be loud enough
    squash_for_loudness = intent.technique == "compression" and intent.complaint == "loudness"
    asked = (
        (intent.technique == "limiting" or squash_for_loudness)
        and intent.wants == Wants.JUDGE
        and not intent.instruments
    )
    if not asked or ctx.analysis is None or not NEED_LIMITER_Q.search(intent.question):
        return None
    return loudness(ctx, focus)
