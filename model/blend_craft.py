"""How to make a part sit, blend or fit ("how do I make the vocal sit better?", "how can I get the horns to blend
in?") when nothing about that part measures as a fault.

Why: the router judges the part and, finding nothing out of line, answered "It's fine: nothing I measured says
..." and stopped, so a how-to got a verdict and no how. An engineer says the level is already right (with the
number) and then gives the usual ways a part is seated: even out its level with a compressor (the ratio and
times engineers used on that instrument, MixologyDB), clear the low end it doesn't need (their high-pass
frequency), share the band's reverb; for a bass or kick, a slot of its own against the other low part."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from companion.knowledge.priors import quotable, starting_points
from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.techniques import technique
from model.answer_knowledge import settings
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.recipes import recipe

_APART = r"pasted|stuck on|sticker|on top of (the |my )?(band|mix|track|beat|song|everything)|detached|disconnected"
"""A part said to sit apart from the rest rather than too loud ("sounds pasted on top of the band")."""
BLEND_Q = re.compile(
    r"\b(sit|sits|sitting|seat(ed)?|blend(s|ed|ing)?( in)?|fit(s|ting)?|gel|glue|mesh|belong|cohesive|"
    rf"(less )?in the way|out of the way|(more )?together|{_APART})\b",
    re.IGNORECASE,
)
"""A part asked to sit, blend or fit with the rest, or said to sit apart from it, not a tone or level asked for."""
PASTED = re.compile(rf"\b({_APART})\b", re.IGNORECASE)
NOT_SEATED = re.compile(
    r"\b(doesn'?t|dont|don'?t|won'?t|not|never|isn'?t|aren'?t) (really |quite )?(sit|blend|fit|gel|mesh)\w*|"
    r"\b(sit|blend|fit|gel|mesh|seat)\w* (in )?(better|nicer|properly|more)\b",
    re.IGNORECASE,
)
"""A part said not to sit ("my vocal doesnt sit in the mix"), or asked to sit better ("make the vocal sit better")."""
FINE_HEAD = "It's fine: nothing I measured says "
NOTHING_HEAD = "Nothing I measured says "
"""How the router opens when the part asked about has no fault of its own (the second for a "what do i do?")."""
SEAT_COMPLAINTS = frozenset({None, "clash", "loud", "quiet"})
"""What a seat question may say besides ("less in the way", "it's buried"): answered as a seat when nothing about
the part measures as that fault."""
LOW_ROLES = frozenset({"bass", "kick"})
"""The parts that share the low end: seated by a slot against each other, not by a high-pass or a reverb."""


def with_blend_craft(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the ways to seat the part, when a how-to asks to make a part sit, blend or fit and ``ans``
    only says that nothing about it measures as a fault; ``ans`` otherwise."""
    intent = focus.intent
    if (
        intent.wants != Wants.HOW_TO
        or intent.technique is not None
        or intent.complaint not in SEAT_COMPLAINTS
    ):
        return ans
    if not BLEND_Q.search(intent.question) or (ans.first is not None and ans.first.is_problem):
        return ans
    # "pasted on top of the band, what do i do?" may get a by-ear nudge ("Bring the fader ... down about 3 dB.
    # Nothing I measured says 'Lead Vocal' is too loud."): with nothing measured, the seat is the answer
    nudged = bool(ans.moves) and NOTHING_HEAD in ans.text and PASTED.search(intent.question) is not None
    # the bare "Nothing I measured says ..." also answers "what do u make of where it sits?", an assessment: the seat
    # only where the part is said not to sit, or asked to sit better
    unseated = PASTED.search(intent.question) or NOT_SEATED.search(intent.question)
    # "whats the best way to get the backing vox to sit behind me without disappearing": a how-to answered with a bare
    # "No: nothing I measured says ..." (the disappearing read as a claim) is the part measured fine, too
    fine_said = ans.text.startswith((FINE_HEAD, f"No: {lower_first(NOTHING_HEAD)}")) or (
        ans.text.startswith(NOTHING_HEAD) and unseated
    )
    if (ans.moves and not nudged) or not (fine_said or nudged):
        return ans
    tracks = [rt for a in focus.asked for rt in a.tracks]
    if not tracks:
        return ans
    rt = tracks[0]
    role = rt.role if rt.role in ROLE_WORDS else None
    said = split_sentences(ans.text)
    meter = next((s for s in said[1:] if "meter reads" in s), "")
    head = f"Its level is already where real mixes put it{': ' + lower_first(meter) if meter else '.'}"
    steps: list[str] = []
    sp = starting_points(role) if role is not None else None
    if role in LOW_ROLES:
        other = "the kick" if role == "bass" else "the bass"
        slot = next(c for c in technique("eq").conventions if "kick and bass" in c)
        where = m.group(0) if (m := re.search(r"around \d+-\d+ Hz", slot)) else "in the low end"
        steps.append(f"To seat {rt.quoted} against {other}, give each its own slot: kick and bass compete {where} "
                     "(project notes), so dip one a little where the other is strongest, or duck the bass 2-4 dB on "
                     "each kick hit with a sidechain compressor (common practice).")  # fmt: skip
    else:
        steps.append(f"To seat {rt.quoted}: even its level out with a compressor taking 2-4 dB off the loudest "
                     "moments, so it neither pokes out nor drops under the band (common practice).")  # fmt: skip
    if sp is not None and quotable(sp.compressor.ratio):
        steps.append(settings("compression", role, ctx))  # the ratio and times engineers used on this part
    if role not in LOW_ROLES:
        if sp is not None and quotable(sp.hpf_hz):
            steps.append(f"Clear the low end it doesn't need: {lower_first(settings('highpass', role, ctx))}")
        steps.append("Send it to the same reverb as the rest of the band, so it shares their room.")
    check = "Check in the whole mix at low volume: it should stay heard in every section without jumping out."
    loud = next(
        (f for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_LOUD and f.track != rt.name), None
    )
    if loud is not None and focus.session is not None:
        # another part far too loud is what keeps this one from sitting: that fader first, then the seat
        move = recipe(loud, focus.session)
        lead = f"What keeps it from sitting is {loud.track!r}: {lower_first(first_sentence(loud.summary))}"
        return Answer(
            fit([head, f"{lead} {move.try_text}", *steps[:1], check], MAX_WORDS, keep=2), [move], loud
        )
    return Answer(fit([head, *steps, check], MAX_WORDS, keep=2), [], None)
