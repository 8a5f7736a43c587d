"""The whole-mix answer when every problem measured is only a lean (a tonal remark sized "act only if you hear
it"): an engineer does not lead with a move for something that may be taste. "Is it done?" is a yes, "does
anything need fixing?" a no, "what would you change first?" nothing (or "I'd leave it be" when leaving it was
offered), "what's the weakest part?" the lean named as a lean. The lean follows as "at most", its move as "if you
hear it", and its cards say they are optional, so no card reads as a confident fix. Split from ``model.answer``."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding
from model.good_or_fault import good_first
from model.intent import Intent, Wants
from model.intent_forms import RANKED_WORST, READY_Q, WHOLE_STATE
from model.intent_verdict import asks_any_change
from model.intent_wants import ANY_FIRST_OR_GOOD
from model.phrasing import Answer, capital, first_sentence, fit, lower_first
from model.recipes import Move

OPTIONAL = "only if you hear it: "
"""What a lean's card rationale opens with: the move is a choice to make by ear, not a fix the numbers call for."""

LEAVE_OFFERED = re.compile(
    r"\bor (should i |do i |would you |you'?d )?(just )?(leave|keep) (it|this|that|things|everything|the mix)"
    r"( be| alone| as (it is|is)| like (that|this)| there)?\b|\bor (is it|it'?s) fine as (it is|is)\b",
    re.IGNORECASE,
)
"""'any first move you'd make, or leave it be?': leaving the mix alone offered as the other answer; with only a
lean measured that is the answer taken, in the asker's words."""

GOOD_TO_GO = "Nothing to fix first, you're good to go"
"""'anything i should fix first or are we good to go?' with nothing to fix: both sides answered, never a bare yes."""

_CHANGE_Q = re.compile(
    r"\b(change|fix|tweak|touch|do differently|improve|needs? (work|fixing|changing))\b", re.IGNORECASE
)


OVERVIEW_Q = re.compile(
    r"\bwhat do (you|u|ya) (think|make) of\b|\b(your|ur) (honest )?(take|verdict|opinion|impression|thoughts)\b|"
    r"\bcritic\b|\b(first|overall|initial|honest) impressions?\b|\bgut (reaction|feeling|check)\b|\binitial thoughts\b|\b(what'?s|whats|what is) the (vibe|verdict|feel|feeling)\b|\bhow('s| is| does| do) (it|this|everything|(the|my) (mix|song|"
    r"track|tune|whole thing|overall thing|overall|thing)) (sound|sounding|come across|coming across|land|landing|"
    r"hold up|holding up)\b",
    re.IGNORECASE,
)
"""'what do you think of my mix?', 'how does the overall thing come across?', 'your honest take?': an opinion of the
whole mix asked, which on a mix with only a lean is that it is in good shape, the lean at most."""


def asks_for_a_fault(intent: Intent) -> bool:
    """A yes/no on whether anything is wrong ("is anything wrong?", "does anything need fixing?"), not one about
    a named complaint nor "is it ok?": a lean alone does not make its answer a yes."""
    return intent.complaint is None and not intent.asks_ok and (intent.asks_problem or intent.any_track)


def asks_for_a_change(intent: Intent) -> bool:
    """ "what would you change first?", "anything you'd change?": asked on the whole mix, not a follow-up's
    "what else?" (that one walks on through the remarks)."""
    if intent.more or intent.complaint is not None or intent.instruments:
        return False
    # "what should I change?", "what needs work?": the open question asking for a change is a what-first too
    open_or_any = intent.any_track or intent.wants == Wants.LISTEN
    changes = open_or_any and bool(_CHANGE_Q.search(intent.question))
    return intent.wants == Wants.WHAT_FIRST or changes or asks_any_change(intent.question)


def _asks_overview(intent: Intent) -> bool:
    """An opinion of the whole mix asked, no complaint or part named and no follow-up's "what else?"."""
    plain = intent.complaint is None and not intent.instruments and not intent.more
    return plain and intent.wants in (Wants.JUDGE, Wants.LISTEN) and bool(OVERVIEW_Q.search(intent.question))


def _asks_listen(intent: Intent) -> bool:
    """ "what do you hear?", "what jumps out at you?": the open listening question on the whole mix, first asked."""
    plain = intent.complaint is None and not intent.instruments and not intent.more
    open_q = (
        _OPEN_LISTEN.search(intent.question) is not None
    )  # "all good or?" is a state asked, read elsewhere
    return plain and open_q and intent.wants == Wants.LISTEN and not asks_for_a_change(intent)


_OPEN_LISTEN = re.compile(
    r"\b(what|whats|notice\w*|stands? out|jumps? out|grabs?|hear|hearing|listen\w*)\b",
    re.IGNORECASE,
)
"""The words of an open listening question ("what jumps out?", "anything you notice?"; "anything bugging you?"
asks for a fault, answered no)."""


WHAT_MISSING = re.compile(
    r"\bwhat('?s| is) (missing|lacking|absent|not there)\b|\bwhat (am i|are we|is it|is this|is the mix) "
    r"(missing|lacking)\b|\bwhat (else )?(could|should|would|can) (i|you|we) add\b",
    re.IGNORECASE,
)
"""'feels empty, what's missing?', 'what am I missing?': a part asked for by what the mix lacks."""


def _asks_what_missing(intent: Intent) -> bool:
    """A whole-mix "what's missing?" (no part named, not a follow-up's "what else?")."""
    plain = not intent.instruments and not intent.more
    return (
        plain
        and intent.wants in (Wants.HOW_TO, Wants.LISTEN, Wants.WHAT_FIRST)
        and bool(WHAT_MISSING.search(intent.question))
    )


def optional_move(move: Move) -> Move:
    """``move`` with each card's rationale saying it is optional (a lean's move, made only if heard)."""
    cards = [
        s if s.rationale.startswith(OPTIONAL) else replace(s, rationale=OPTIONAL + s.rationale)
        for s in move.suggestions
    ]
    return replace(move, suggestions=cards)


_ELSE_OFF = re.compile(
    r"\b(is|are|'s) (there )?(anything|something) else\b|\b(anything|something) else\b[^?]{0,25}?\b(stick\w*|pok\w*|"
    r"jump\w*|off|wrong|out|too)\b",
    re.IGNORECASE,
)
"""Whether anything else is off ("is anything else sticking out?"), not what comes next ("what's next?", which walks
on to the lean as the next thing to check)."""


def lean_only_answer(intent: Intent, problems: list[Finding], move: Move) -> Answer | None:
    """The answer for a whole-mix verdict or what-first asked when every problem in ``problems`` is a lean (``move``
    the first one's move); None when something else was asked or a real fault is measured."""
    if not problems or not all(p.is_lean for p in problems):
        return None
    first = problems[0]
    lean = lower_first(first_sentence(first.summary))
    heard = f"If you hear it: {lower_first(move.try_text)}"
    judge = intent.wants == Wants.JUDGE
    if judge and READY_Q.search(intent.question):
        # "ready to export?", "is this mix finished?": nothing stands in the way; the lean is a choice
        # ("anything to fix first or are we good to go?": both sides answered, never a bare yes)
        head = GOOD_TO_GO if ANY_FIRST_OR_GOOD.search(intent.question) else ""
        text = fit([f"{head or 'Yes, you can bounce it'}: nothing needs fixing. At most, {lean}", heard])
    elif judge and asks_for_a_fault(intent):
        # a lean is not a fault ("act only if you hear it"): "does anything need fixing?" is a no; "is it ok?"
        # keeps "Not quite, one thing:" in the caller, since a lean is still one thing to check by ear
        good = good_first(intent.question)  # "pro or still amateur?": the good side named, not a no
        head = (
            f"{capital(good)}, as far as I can measure: nothing needs fixing."
            if good
            else "No, nothing needs fixing."
        )
        text = fit([f"{head} At most, {lean}", heard, move.check_text])
    elif intent.more and not judge and _ELSE_OFF.search(intent.question):
        # "turned the drums down, is anything else sticking out?" with only a lean left: nothing else needs fixing
        # ("does everything sit right now or is something else poking out?": that state asked first, a yes)
        head = "Yes, it all sits now: nothing else" if WHOLE_STATE.search(intent.question) else "Nothing else"
        text = fit([f"{head} needs fixing. At most, {lean}", heard, move.check_text])
    elif asks_for_a_change(intent) and RANKED_WORST.search(intent.question):
        # "what's the weakest part?": a superlative names one, honestly sized
        text = fit([f"The weakest spot is a lean, not a fault: {lean}", heard, move.check_text])
    elif _asks_overview(intent):
        # "how does it come across?": an opinion of the whole mix, and the mix has no fault: say so, then the lean
        text = fit(
            [f"It's in good shape overall: nothing needs fixing. At most, {lean}", heard, move.check_text]
        )
    elif _asks_listen(intent) and not _asks_what_missing(intent):
        # "what jumps out at you?": the lean is what stands out, said with its size: nothing needs fixing
        text = fit(
            [f"What stands out is only a lean, nothing that needs fixing: {lean}", heard, move.check_text]
        )
    elif _asks_what_missing(intent):
        # "feels empty, what's missing?": no part sits under where it belongs; the lean is not a missing part
        text = fit([f"Nothing is missing from the balance: no part sits under its usual level. At most, {lean}",
                    heard, move.check_text])  # fmt: skip
    elif asks_for_a_change(intent):
        # "what would you change first?" with only a lean measured: an engineer changes nothing, the lean is a choice
        head = "I'd leave it be: nothing needs changing." if LEAVE_OFFERED.search(intent.question) else ""
        text = fit([f"{head or 'Nothing needs changing.'} At most, {lean}", heard, move.check_text])
    else:
        return None
    return Answer(text, [optional_move(move)], first)
