"""A part said to be sorted while the clip still measures it off ("ok the bass is sorted, whats next" with the
bass still 10 dB over): "Not yet", the part's fault again with its move, before anything next.

Why: "what's next" walked on to the next remark ("Next: 'Bass' covers 'Kick' ...") as if the bass were done, and
never said that the clip just played still has it 10 dB over. An engineer checks the claim against what they hear
first: the fader may not have moved, or moved too little, or the clip was played before the change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.focus import Focus, understand
from model.intent import Wants, classify
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit
from model.recipes import recipe
from model.reported_move import FADER_VERBS

SORTED = re.compile(
    r"\b(is|are|'s|s|r)( now| all| finally)? (sorted( out)?|fixed|done|good now|dealt with|handled|taken care of|"
    r"where i want it|in place now)\b|\b(i |i've |ive |just |already )(fixed|sorted( out)?|did) (the |my )\w+|"
    # "ok the organ's down", "done with the bass": the move made on it told, the part taken as done
    r"\w('s| is| are|'re) (now )?(down|up|back|lower|quieter|louder)\b(?! (with|about|on|in))|\bdone with (the |my )\w+|"
    # "pulled the horns down", "turned down the bass": the fader move told as done
    rf"\b({FADER_VERBS}) ((the |my )[\w'-]+( [\w'-]+)? (down|up|back|off)|(down|up|back) (the |my )[\w'-]+)\b",
    re.IGNORECASE,
)
"""A part said to be dealt with: "the bass is sorted", "bass's fixed", "i fixed the bass"."""
NEXT = re.compile(r"\bwhat'?s next\b|\bwhats next\b|\bnow what\b|\bwhat else\b|\bwhat now\b|\bnext (thing|step|up)\b|"
                  r"\banything else\b|\bsomething else\b|"
                  r"[,.;!?]\s*(ok |so |and |then )?next\s*\?+\s*$", re.IGNORECASE)  # fmt: skip
LEVELS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def claimed_fixed(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """ "Not yet:" and the part's level fault with its move when the question says that part is sorted and asks
    what is next while it still measures off; the part confirmed before ``ans`` when it sits right; ``ans``
    otherwise."""
    q = focus.intent.question
    if ctx.analysis is None or focus.session is None or not SORTED.search(q) or not NEXT.search(q):
        return ans
    if focus.intent.wants not in (Wants.WHAT_FIRST, Wants.JUDGE, Wants.HOW_TO) and not focus.intent.more:
        return ans
    if ctx.previous is not None and focus.intent.wants == Wants.BETTER:
        return ans  # "pad is down 6, anything else now?" with the clip before: the two clips compared say it
    # a "what's next?" is asked of the whole mix, so the part said to be sorted is resolved here from its words
    said = understand(classify(q), focus.session) if not focus.tracks else focus
    on = {rt.name for rt in said.tracks}
    fault = next((f for f in ctx.problems if f.kind in LEVELS and f.track in on and not f.is_lean), None)
    if fault is None or fault.track is None:
        # "i fixed the kick, whats next?" with the kick in place: confirmed first, then the next thing
        fine = [rt.quoted for rt in said.tracks]
        if len(fine) == 1 and fine[0] in ans.text[:80] and not ans.text.startswith("Next"):
            # "ok the organ's down, what's next?" answered on the organ itself: the rest of the mix is next (the
            # orchestrator's walk-on, imported here to avoid a cycle)
            from model.answer import problems_answer

            rest = replace(focus.intent, instruments=(), mentions=(), more=True)
            ans = problems_answer(ctx, focus.session, rest, opener="Next:")
        if len(fine) == 1 and fine[0] not in ans.text[:80] and focus.session.tracks:
            return Answer(f"{fine[0]} sits right now. {ans.text}", ans.moves, ans.first)
        return ans
    lead = first_sentence(fault.summary)
    quoted = repr(fault.track)
    if lead.startswith(f"{quoted} sits "):
        lead = f"{quoted} still {lead[len(quoted) + 1 :]}"
    elif lead.startswith(f"{quoted} is "):
        lead = f"{quoted} is still {lead[len(quoted) + 4 :]}"
    move = recipe(fault, focus.session)
    head = f"Not yet: {lead}"
    tail = "If you did move it, play the part again after the change and ask me once more."
    return Answer(fit([head, move.try_text, tail, move.check_text], MAX_WORDS, keep=3), [move], fault)
