"""A level verdict pushed back on as a matter of taste: "but my drummer likes it loud, why should i change it",
"i want the vocal that loud, its the style", "the bass is that loud on purpose".

Why: the push-back read as "why?" and got the verdict's cause again ("Most likely this: 'Snare' sits about 13 dB
louder ..."), as if the asker had not heard it. The balance is theirs to choose; an engineer says so, then what
the choice costs on this mix (the measured gap and what it does to a listener), and a middle way to try with the
person who wants it: half the move, judged together at a moderate level.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.intent_lead import either_state
from model.listener_impact import listener_impact
from model.phrasing import MAX_WORDS, Answer, capital, first_sentence, fit, lower_first
from model.recipes import Move, recipe

_WHO = r"(my|our|the) (drummer|singer|vocalist|band|bandmates?|client|producer|artist|guitarist|bassist|keys? player|friend|mate|label)"
TASTE = re.compile(
    rf"\b{_WHO}\b[^?.!]{{0,20}}\b(likes|loves|wants|prefers|asked for|(like|love|want|prefer)s? (it|them|that|this|the))\b|"
    r"\b(i|we) (like|love|want|prefer|meant)\b[^?.!]{0,25}\b(loud|quiet|low|up|down|that way|like that|up front|"
    r"on top|in your face|big|hot|buried|back)\b|"
    # "thats the sound right?" asks whether it sounds right now; "it's the sound, leave it" claims it
    r"\b(it'?s|that'?s|thats) (the|my|our) (style|sound|vibe|genre|thing|aesthetic)\b"
    r"(?!,?\s*(right|yeah|yea|yes|no|innit|correct)?\s*\?)|"
    # "the bass is that loud on purpose" claims it; "intentional or nah?", "does it sound deliberate?" ask it
    r"(?<!\bis it )(?<!\bis that )(?<!\bis this )(?<!\bsound )(?<!\bsounds )(?<!\bseem )(?<!\bseems )"
    r"\b(on purpose|intentional(ly)?|deliberate(ly)?|by design)\b(?!( (vibe|choice|thing|move|effect|sound|decision))?"
    r"\s*(or\b|\?))|"
    # "a lil loud but i kinda like it, leave it?": the level owned as liked
    r"\b(i|we) (kinda |kind of |really |actually |sort of |quite )?(like|love|dig) (it|them|that|this|how it sounds)\b",
    re.IGNORECASE,
)
"""A level choice claimed as taste: someone likes it that way, it's the style, it's on purpose."""
_ACCUSED = re.compile(
    r"\b(reckons?|says?|said|thinks?|claims?|swears?|accuses? me( of)?|accused me( of)?)\b[^?.!]{0,40}?"
    r"\b(on purpose|intentional(ly)?|deliberate(ly)?)\b",
    re.IGNORECASE,
)
"""'my bass player reckons i buried him on purpose': someone else's accusation, which the asker doubts; no taste
claimed by the asker, so the level is judged plainly."""
_STATE_Q = re.compile(
    r"\btoo (much|loud|hot|quiet|low|soft|far|buried|tucked|hidden|back|forward|upfront)\b|\bover the top\b|\boverkill\b",
    re.IGNORECASE,
)
"""The state asked beside the taste ("i want it loud, is it too much?"): answered yes or no first."""
FINE_STATEMENT = re.compile(
    # the tag ("right?") is taken off before this is read: "bass is fine? everyone says ..."
    r"\b(is|are|it'?s|its|they'?re|'?s)( \w+){0,2} (fine|ok|okay|alright|good)( though| tho)?,?\?",
    re.IGNORECASE,
)
"""The good state said rising in a first sentence ("bass is fine right? everyone says ..."), which the question's
own ``asks_ok`` (read on the whole question, "is it ok?") leaves out: with the part off, the answer is a no."""


def taste_pushback(ctx: MixContext, focus: Focus) -> Answer | None:
    """The choice granted, its cost on this mix and a middle way; None when the question claims no taste or the
    part asked about has no level fault measured."""
    if ctx.analysis is None or not TASTE.search(_ACCUSED.sub(" ", focus.intent.question)):
        return None
    names = {rt.name for rt in focus.tracks}
    fault = next(
        (f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.is_problem and f.track in names), None
    )
    if fault is None or focus.session is None:
        return None
    full = recipe(fault, focus.session)
    card = next((s for s in full.suggestions if isinstance(s.params.get("delta_db"), (int, float))), None)
    if card is None:
        return None
    half = round(float(card.params["delta_db"]) / 2.0 * 2.0) / 2.0  # half the move, to the half dB
    way = "down" if half < 0 else "up"
    try_text = (
        f"A middle way: move {fault.track!r} {way} about {abs(half):g} dB, half of what I'd do, and judge it "
        "together at a moderate level; keep it there if it still feels like the record you want."
    )
    move = Move(try_text, full.check_text, [replace(card, params={**card.params, "delta_db": half})])
    judged = focus.intent.wants == Wants.JUDGE
    # "bass is fine right? everyone says it's too loud but i like it": the good state asked, which it isn't
    fine_asked = judged and (focus.intent.asks_ok or FINE_STATEMENT.search(focus.intent.question) is not None)
    asked = judged and _STATE_Q.search(focus.intent.question) is not None
    keep = re.search(r"\b(leave|keep) (it|them|that)\b", focus.intent.question, re.IGNORECASE)
    sides = either_state(focus.intent.question) if judged else None
    bad = sides["bad"].strip(" ?.!") if sides is not None else ""
    loud = fault.kind is FindingKind.TRACK_TOO_LOUD
    if re.search(
        r"\b(quiet|low|soft|buried|back|under)\b" if loud else r"\b(loud|hot|forward|upfront|over)\b", bad
    ):
        bad = ""  # "ok or too loud?" of a part measured too low: the other way, so no side is named from it
    head = (
        # "pulled back on purpose, fine or too much?": the side measured named, not a yes to neither
        f"{capital(bad)} by the usual measure, but it's your call:"
        if sides is not None and 0 < len(bad.split()) <= 3
        else "Not by the usual measure, but it's your call:"
        if fine_asked or sides is not None  # "ok or too loud?" of a part too low: not ok, the other way
        else "By the usual measure, yes, but it's your call:"
        if asked
        else "You can leave it: it's your call, and"
        if keep
        else "You don't have to: it's your call, and"
    )
    parts = [
        f"{head} a part pushed past the usual place can be the sound you're after. What it costs here: "
        f"{lower_first(first_sentence(fault.summary))}",
        capital(listener_impact(fault)) + ".",
        try_text,
    ]
    return Answer(fit(parts, MAX_WORDS, keep=3), [move], fault)
