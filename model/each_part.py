""" "How are the kick and the clap?": every part the open question names gets its word, not the first alone.

Why: the track route answers the first part named (the one the evidence has most to say about) and the others
asked beside it went unsaid, so "how are the kick and the clap" read as "how's the kick". An engineer asked about
two parts says something about each: the one with news first, then the other fine on its own (with its meter),
or its own fault when one is measured. A yes/no on the parts' state ("fiddle and piano levels ok?", "are the pad
and pluck muddy?") gets the other part's word too when it is fine; a tool or a ranking keeps its own answer.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.beside_part import only_beside as _only_beside
from model.elsewhere_opening import HOWS
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import Intent, Wants, asks_yes_no
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.quiet_of_other import own_heard
from model.room_for import made_room_for
from model.tone_answer import SAID

LEAD_SENTENCES = 3
"""The answer's lead, its detail and its move: what stays ahead of the other parts' sentences."""


def _said_on(ans: Answer, name: str) -> bool:
    """True when the answer already names track ``name``, outside a parenthesis: "against your other drum mics
    ('Kick', 'Hats')" measures the snare against the kick and says nothing of the kick itself."""
    return f"'{name}'" in re.sub(r"\([^()]*\)", "", ans.text)


_OWN_CLAIM = (
    r"\b{said}\b[^,.;:?!]{{0,25}}?\b(?:is |are |'s |sits? |sounds? )?(?:just |way |a bit |kinda )?too "
    r"(?P<way>loud|hot|quiet|low|soft)\b"
)
"""A level claim said of one part in its own clause ("the fiddle just too loud"), formatted with the part's word."""
_QUIET = ("quiet", "low", "soft")


def _claimed_of(question: str, said: str) -> str | None:
    """The level the question claims of this one part in its own clause ("is the acoustic too low or is the fiddle
    just too loud": the fiddle's is loud), as a complaint word; None when the part has no claim of its own."""
    if not said:
        return None
    on_top = rf"\b{re.escape(said)}\b[^,.;:?!]{{0,40}}?\b(right |sat |sitting |piled )?(on top of|over|drowning|burying|swamping) (me|my (voice|vocals?|singing))\b"
    if re.search(on_top, question, re.IGNORECASE):
        return "loud"  # "the horns n the backing girls are right on top of me": over the singer, not under
    m = re.search(_OWN_CLAIM.format(said=re.escape(said)), question, re.IGNORECASE)
    if m is None or re.search(r"\bor\b", m.group(0), re.IGNORECASE):
        return None
    return "quiet" if m.group("way").lower() in _QUIET else "loud"


def _state_asked(intent: Intent) -> bool:
    """A yes/no on the named parts' state ("fiddle and piano levels ok?", "are the pad and pluck muddy?",
    "fiddle vs piano?"): a verdict on both, so the part the answer left out gets its word too."""
    return intent.wants == Wants.JUDGE and (intent.complaint is None or intent.complaint in SAID)


def each_part(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` with a sentence for each part the open question names that it leaves unsaid."""
    intent = focus.intent
    found = [a for a in focus.asked if a.found and a.tracks]
    # "does the organ make it through? only when the guitars drop out": the guitars aren't asked
    if len(found) < 2 or intent.technique is not None or own_heard(intent):
        return ans
    state = _state_asked(intent)
    if not state and (asks_yes_no(intent) or intent.complaint is not None):
        return ans
    if not state and not HOWS.search(intent.question):
        return (
            ans  # "how do i get the bass to gel with the kick": a how-to on the pair, not each part's state
        )
    what = SAID.get(intent.complaint or "", "out of line")
    added = []
    # the part the answer speaks of (by name or by its range): the one its finding is on, else the first named
    led = next(
        (a for a in found if ans.first is not None and ans.first.track in {rt.name for rt in a.tracks}),
        found[0],
    )
    for asked in [a for a in found if a is not led]:
        if any(_said_on(ans, rt.name) for rt in asked.tracks) or _only_beside(intent.question, asked.said):
            continue
        rt = asked.tracks[0]
        fault = next((f for f in ctx.problems if f.track == rt.name), None)
        if fault is not None:
            if (
                not state
            ):  # a yes/no's verdict spoke of the first part: its fault would need a verdict of its own
                added.append(f"And {rt.quoted}: {lower_first(first_sentence(fault.summary))}")
            continue
        covered = any(
            f.kind is FindingKind.MASKING and f.is_problem and f.evidence.get("other_track") == rt.name
            for f in ctx.problems
        )
        if covered and intent.complaint == "clash":
            continue  # "is the guitar on top of my voice?" with the voice measured covered: never "fighting nothing"
        meter = track_evidence(ctx, rt).measured_level()
        fine = f"{rt.quoted}: nothing" if state and intent.complaint else f"{rt.quoted} is fine: nothing"
        # "pull the gtrs down so theres more space for my voice": the voice is the one feared too low, not too loud
        room = intent.complaint == "loud" and made_room_for(intent.question, (asked.said,)) == asked.said
        own = _claimed_of(intent.question, asked.said) if intent.complaint in ("loud", "quiet") else None
        added.append(
            f"{fine} I measured says it is {SAID['quiet'] if room else SAID[own] if own else what}"
            + (f" ({meter})." if meter else ".")
        )
    if not added:
        return ans
    # said right after the lead, its detail and its move, so the word budget drops a later aside, not the part asked
    said = split_sentences(ans.text)
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    ans.text = fit(
        [*said[:LEAD_SENTENCES], *added, *said[LEAD_SENTENCES:]], limit, keep=LEAD_SENTENCES + len(added)
    )
    return ans
