""" "Something round 1k makes my vocal sound boxed in, guitars fault or my mics?": another part and the recording
offered as the two causes of one part's sound.

Why: the judge route led with the part it measured off ("One thing: what is off is 'Acoustic Gtr'"), or said
"Both are fine" of the two parts named, and never picked between the two causes offered. The meters see the mix,
never the mic: when the part blamed covers the other (or sits too loud), that side is named ("The guitars, not your
mics:"); when the part whose sound is described sits too low itself, the part blamed is cleared first; with nothing
measured, the part blamed is cleared and the recording is left to a solo of the raw track, which only the user can
hear."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.focus import Asked, Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, fit, lower_first, split_sentences
from model.source_or_mix import DEVICE_WORDS, SOURCE_WORDS, other_side
from model.verdict_opening import without_opening

ARRANGEMENT = r"arrangement|arrangment|arranging|songwriting|composition|voicing"
"""The arrangement as the other cause: what is played, not how it sits in the mix."""
PART_OR_SOURCE = re.compile(
    r"\bor\s+(is it |is that |it's |its |was it )?(just |maybe |only )?(the |my |your |our |a )?(bad |cheap |crappy |crap |old |budget )?"
    rf"(?P<src>(?:{SOURCE_WORDS}|{DEVICE_WORDS}|{ARRANGEMENT})s?)\b( problem| issue| thing| fault)?"
    r"( (that|making|causing|which|doing)\b[^?]*)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""The recording side (or the speaker it plays on, or the arrangement) offered second, closing the question ("... or
my mics?", "or is it just the room?", "is it the hats or my interface making it hiss?")."""
_WHAT_IS_OFF = re.compile(
    r"^(what is off is|the one off is) '[^']+':\s+|^(Too quiet|Too loud):\s+|^It's '[^']+'(, not '[^']+')?:\s+|"
    # "It's too quiet:", "It's the level, too loud:": the either/or's own pick, replaced by this one
    r"^It's (the level, )?too (quiet|loud):\s+"
)
"""A label the judge route puts after its opening, naming the part its next sentence names again."""
CLAIM_FIRST = re.compile(
    r"^\W*(so |ok |and |but )?(is|are|does|do) (the|my|your|that|this) (?!(\w+ )?or\b)", re.I
)
"""A yes/no on the part's own claim before the alternative ("is the bass overpowering everything or is that just my
headphones"), not a pick between two causes ("is it the hats or my interface")."""
_TONE_THING = re.compile(r"\b(a|of a) tone( thing| issue| problem)\b", re.IGNORECASE)
"""'too loud or a tone thing?': the part's tone (its EQ) offered, not the player's tone at the source."""
_PICKED = re.compile(r"^It's (too \w+|the level[^:,]*|'[^']+' covering '[^']+'), not [^:]{1,30}:\s")
"""An opening that already picks one of two causes offered ("It's too loud, not the tone:")."""
COVERS = (FindingKind.TRACK_TOO_LOUD, FindingKind.MASKING)
"""What the part blamed does to the other when it is the cause: sits too loud, or covers its range."""


def _named(focus: Focus, before: str) -> list[Asked]:
    """The parts asked that are named before the "or", the one whose sound is described first: the one said as
    the asker's own ("makes my vocal sound boxed", "muddying my vocal"), else the one said first."""
    said = [(before.rfind(a.said.lower()), a) for a in focus.asked if a.tracks and a.said]
    named = [a for at, a in sorted(said, key=lambda x: x[0]) if at >= 0]
    mine = [a for a in named if re.search(rf"\b(my|our) {re.escape(a.said.lower())}\b", before)]
    return [*mine[:1], *(a for a in named if a not in mine[:1])]


def part_or_source(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the cause measured when the question offers a part (or another part) and the recording
    or the speaker as the cause of a sound; ``ans`` otherwise."""
    intent = focus.intent
    m = PART_OR_SOURCE.search(intent.question)
    if ctx.analysis is None or intent.wants not in (Wants.JUDGE, Wants.WHY) or m is None:
        return ans
    named = _named(focus, intent.question[: m.start()].lower())
    if not named or _TONE_THING.search(m.group(0)):
        return ans  # "too loud or a tone thing?": the EQ side against the fader (``model.tool_or_fader``)
    if _PICKED.match(ans.text):
        # "too loud or is it the tone?": already answered as a pick ("It's too loud, not the tone:")
        return ans
    heard, blamed = named[0], named[-1]
    f = ans.first
    if f is not None and f.kind in COVERS and f.track in {rt.name for rt in heard.tracks}:
        # the part measured covering the other is the one blamed, said first or not
        heard, blamed = blamed, heard
    own = {rt.name for rt in blamed.tracks}
    src = m["src"].lower()
    # the judge route's own opening and label ("One thing: what is off is 'X':") come off: the pick replaces them
    body = _WHAT_IS_OFF.sub("", without_opening(_WHAT_IS_OFF.sub("", ans.text, count=1)), count=1)
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    if f is not None and f.is_problem and f.track in own and f.kind in COVERS:
        # "is the bass overpowering everything or is that just my headphones": a yes on the part's own claim first
        # "the left gtr ... over the right one": with two parts of that kind, the track itself is named
        kind = focus.session.by_roles(*{rt.role for rt in blamed.tracks if rt.role}) if focus.session else []
        who = f"the {blamed.said}" if len(kind) < 2 else repr(f.track)
        head = f"Yes, it's {who}" if CLAIM_FIRST.match(intent.question) else capital(who)
        if re.fullmatch(ARRANGEMENT, src):  # "the organ or the arrangement?": its level, not what it plays
            owner = "'" if head.endswith("s") and not head.endswith("ss") else "'s"  # "the horns' level"
            return Answer(fit([f"{head}{owner} level, not the {src}: {body}"], limit), ans.moves, f)
        return Answer(fit([f"{head}, not your {src}: {body}"], limit), ans.moves, f)
    if ans.moves and f is not None and f.is_problem:
        if (
            len(named) > 1
            and f.track in {rt.name for rt in heard.tracks}
            and f.kind is FindingKind.TRACK_TOO_QUIET
        ):
            head = f"Not the {blamed.said}, first your {heard.said}'s own level:"
            return Answer(fit([f"{head} {body}"], limit), ans.moves, f)
        return ans  # a fault elsewhere leads: neither side offered, the answer says what
    if ans.moves:
        return ans
    part = heard.tracks[0]
    if len(named) > 1:
        cleared = (
            f"Not the {blamed.said}, as far as I can measure: nothing I measured says {blamed.tracks[0].quoted} "
            f"covers {part.quoted} or sits out of line."
        )
    else:
        said = split_sentences(body)
        # "'Kick' sits about 6 dB louder ..." reads as a fault without its "That's inside the range ..." after it
        lead = (
            " ".join(said[:2]) if len(said) > 1 and said[1].startswith("That's inside the range") else said[0]
        )
        cleared = f"Not the {blamed.said} in the mix, as far as I can measure: {lower_first(lead)}"
    # "or is that just laptops": the speaker kind said in the plural is still the speaker it plays on
    plural = (
        src.endswith("s") and not re.fullmatch(DEVICE_WORDS, src) and re.fullmatch(DEVICE_WORDS, src[:-1])
    )
    one = src[:-1] if plural else src
    device = one if re.fullmatch(DEVICE_WORDS, one) and not re.fullmatch(SOURCE_WORDS, one) else ""
    hint = other_side(bool(re.fullmatch(ARRANGEMENT, src)), device, part.quoted, f"the {src}")
    return Answer(fit([cleared, hint], limit, keep=2), ans.moves, f)
