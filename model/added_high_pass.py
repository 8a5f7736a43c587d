""" "Should I high-pass it too?" right after a fader move was given ("bring the fader on 'Gtr L' down about 5 dB"):
"too", "also", "as well" or an opening "and" take the fader move as agreed and ask about one more step, so the
answer is not "Not the EQ first" (that answers someone reaching for EQ instead of the fader). It says whether the
part wants a high-pass, after the fader: yes, with the frequency engineers used on its role in the MixologyDB
mixes (what "how do I high-pass the guitar?" gives), or no need on a part that carries the low end (a kick, a
bass), where a high-pass takes the weight the part is there for."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from companion.knowledge.priors import StartingPoints, priors_table, quotable, starting_points
from companion.knowledge.roles import ROLE_TOPICS, ROLE_WORDS
from companion.knowledge.wording import say_hz
from model.answer_knowledge import HPF_QUESTION, settings
from model.evidence import has_high_pass, set_high_pass
from model.focus import Focus
from model.intent import previous_question
from model.moves import high_pass
from model.phrasing import MAX_WORDS, Answer, Composer, fit, lower_first
from model.recipes import LOW_END, Move
from model.session_view import RoleTrack, SessionView

ADDED = re.compile(
    r"\b(too|as well|aswell|in addition|on top of (that|it))\W*$|\balso\b|^\W*(and|plus)\b", re.IGNORECASE
)
"""A step asked on top of the one just given: "... it too?", "should I also ...", "and a high-pass?"."""

HPF_WHY = "clears rumble under the part so the low end stays the kick's and the bass's"


def added_high_pass(ctx: MixContext, focus: Focus, compose: Composer) -> Answer | None:
    """The high-pass asked on top of the fader move of the previous answer, for the part that move was on; None
    when the question is not a high-pass asked as an addition, or the answer before gave no fader move."""
    intent = focus.intent
    q = intent.question
    if not HPF_QUESTION.search(q) or not ADDED.search(q) or ctx.snapshot is None:
        return None
    before = previous_question(ctx.history)
    if before is None:
        return None
    earlier = compose(replace(ctx, question=before[0], history=before[1]))
    fader = _fader_move(earlier)
    if fader is None:
        return None
    card = fader.suggestions[0]
    rt = SessionView(ctx.snapshot).named(card.track or "")
    asked = {t.name for a in focus.asked for t in a.tracks}
    if rt is None or (intent.instruments and rt.name not in asked):
        return None  # "should I high-pass the guitars too?" after a bass move: another part, its own route
    if rt.role in LOW_END:
        return _no_need(rt, fader)
    return _after_fader(ctx, rt, fader, float(card.params["delta_db"]))


def _fader_move(answer: Answer) -> Move | None:
    """The move of ``answer`` that nudges a track's fader, its fader card first; None when it gave none."""
    for move in answer.moves:
        for s in move.suggestions:
            if s.action == "nudge_volume_db" and s.track and "delta_db" in s.params:
                return Move(move.try_text, move.check_text, [s])
    return None


def _no_need(rt: RoleTrack, fader: Move) -> Answer:
    """ "No need:" on a part that carries the low end, with how rarely (and how low) engineers high-passed it, and
    the filter its own EQ already has when one is set."""
    parts = [f"No need: {rt.quoted} carries the low end, and a high-pass takes the weight it is there for."]
    sp = hpf_points(rt)
    if sp is not None:
        mixes = priors_table()["provenance"]["counts"]["mixes"]
        parts.append(
            f"Engineers high-passed only {sp.hpf_share:.0%} of {sp.n_tracks} {ROLE_WORDS[rt.role or '']} in {mixes} "
            f"real mixes (MixologyDB), and then low, around {say_hz(sp.hpf_hz.median)}, to clear rumble under the notes."  # type: ignore[union-attr]
        )
    if (set_at := set_high_pass(rt)) is not None:
        parts.append(f"Its {set_at[0]} already high-passes it at {say_hz(set_at[1])}, which does that.")
    parts.append(f"The fader is the move here: {lower_first(fader.try_text)}")
    return Answer(fit(parts, MAX_WORDS, keep=1), [fader], None)


def _after_fader(ctx: MixContext, rt: RoleTrack, fader: Move, delta_db: float) -> Answer:
    """ "Yes, after the fader:" with the high-pass engineers used on the part's role, and its card after the
    fader's; the filter the part's EQ already has, kept when it sits in that range; with no frequency measured
    for the role, the sweep by ear and no card (no number made up)."""
    way = "down" if delta_db < 0 else "up"
    moved = f"Once {rt.quoted} sits about {abs(delta_db):g} dB {way}"
    sp = hpf_points(rt)
    lead = f"Yes, after the fader: {lower_first(settings('highpass', rt.role, ctx))}"
    if sp is None:
        sweep = (
            f"{moved}, sweep a high-pass up on it until the part starts to thin, then back it off a little."
        )
        return Answer(fit([lead, sweep, _eq_state(rt)], MAX_WORDS, keep=2), [fader], None)
    hpf = sp.hpf_hz
    assert hpf is not None
    hp = high_pass(rt, HPF_WHY)
    hz = hp.suggestions[0].params["freq_hz"]
    set_at = set_high_pass(rt)
    if set_at is not None and hpf.q1 <= set_at[1] <= hpf.q3:  # already where engineers put it: keep it
        who = ROLE_WORDS[rt.role or ""]
        kept = (
            f"Yes, after the fader, and {rt.quoted} already has one: its {set_at[0]} high-passes it at "
            f"{say_hz(set_at[1])}, inside the range engineers used on {who} in "
            f"{priors_table()['provenance']['counts']['mixes']} real mixes (MixologyDB): around {hpf.says('Hz')}."
        )
        return Answer(
            fit([kept, "Keep it there and set the fader.", fader.check_text], MAX_WORDS, keep=2), [fader]
        )
    step = Move(f"{moved}, high-pass it at about {hz} Hz.", hp.check_text, hp.suggestions)
    text = fit([lead, step.try_text, _eq_state(rt), step.check_text], MAX_WORDS, keep=2)
    return Answer(text, [fader, step], None)


def hpf_points(rt: RoleTrack) -> StartingPoints | None:
    """The role's MixologyDB starting points when they give a high-pass frequency; None otherwise."""
    sp = starting_points(rt.role) if rt.role in ROLE_TOPICS else None
    return sp if sp is not None and sp.n_tracks >= 5 and quotable(sp.hpf_hz) else None


def _eq_state(rt: RoleTrack) -> str:
    """Where the filter goes on the user's own track: the high-pass its EQ already has, its EQ, or a new one."""
    if (set_at := set_high_pass(rt)) is not None:
        return f"Your {rt.quoted} already has one in its {set_at[0]}, at {say_hz(set_at[1])}: move that one."
    if has_high_pass(rt):
        return f"Your {rt.quoted} already has a high-pass in its EQ: set that one."
    return f"Your {rt.quoted} {'has an EQ to do it in' if rt.has_eq else 'has no EQ yet: add one first'}."
