""" "Rate my mix out of 10", "score it 1-10", "what would you give it out of ten?": a score asked for. The answer
said no word on it and went on with the mix's problems, as if the question had not been heard. A score out of
ten is taste, not a measurement, and every number the advisor says must equal one; so an honest engineer says
plainly that it gives none and why, then what it did measure: the main fault and its move, only a lean, or that
nothing in the numbers needs fixing. No number is made up."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.answer_region import region_answer
from model.evidence import ranked_problems
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, capital, first_sentence, fit, lower_first, split_sentences
from model.recipes import recipe
from model.spectrum_regions import region_of
from model.verdict_opening import without_opening

SCORE_Q = re.compile(
    r"\bout of (10|ten|100|a hundred|5|five)\b|\b(on a|on the) scale( of)?\b|\b1 ?(-|to) ?(5|10|100)\b"
    r"|\b\d{1,2} ?/ ?10\b|\bhow many stars\b"
    r"|^\W*(can you |could you |would you |pls |please |now |ok |okay |so )?(rate|score|grade) (my|this|the|it|that|our)\b"
    r"|\bhow would (you|u) (rate|score|grade)\b|\bwhat (score|rating|grade|mark) would (you|u)\b"
    r"|\b(give|giving) (it|this|that|my mix|the mix|the song)( a)? (score|rating|grade|mark)\b",
    re.IGNORECASE,
)
"""A score asked of the mix: a scale ("out of 10", "1-10", "7/10"), or rating it as the verb asked."""

_SCALE = re.compile(
    r"\bout of (10|ten|100|a hundred|5|five)\b|\bscale\b|\b1 ?(-|to) ?(5|10|100)\b|\b\d{1,2} ?/ ?10\b|\bstars\b|"
    r"\b(score|rating|grade|mark)\b",
    re.IGNORECASE,
)
"""A score on a scale, or the noun asked for ("what score would you give it?")."""
_JUDGED = re.compile(
    r"\btoo (much|little|loud|quiet|soft|low|high|hot|big|thin|boomy|bright|dull|harsh)\b|\benough\b", re.I
)
"""A judgement asked after "rate my ...": the verdict wanted, not a mark."""
NO_SCORE = (
    "I don't give scores: a mark out of 10 is taste, not something I can measure, and it wouldn't tell you what "
    "to change."
)
MEASURED = "What I measured:"


def score_asked(ctx: MixContext, focus: Focus) -> Answer | None:
    """No score, why, and what was measured on the whole mix (or on the one part named); None when no score is
    asked or nothing was listened to (the no-audio route says so)."""
    intent = focus.intent
    if not SCORE_Q.search(intent.question) or ctx.analysis is None:
        return None
    if not _SCALE.search(intent.question) and _JUDGED.search(intent.question):
        return None  # "rate my low end, too much or not enough?": "rate" leads a judgement asked, no score
    if intent.instruments:  # "snare level out of 10?": no score, then the part's own verdict
        return _part_score(ctx, focus)
    if region_of(intent.question) is not None:  # "rate the low end": no score, then that region's own verdict
        judged = region_answer(ctx, replace(focus, intent=replace(intent, wants=Wants.JUDGE)))
        if judged is not None:
            return replace(judged, text=fit([NO_SCORE, *split_sentences(judged.text)], MAX_WORDS, keep=2))
    problems = ranked_problems(ctx, focus.session)
    faults = [p for p in problems if not p.is_lean]
    if faults:
        first = faults[0]
        move = recipe(first, focus.session)
        text = fit(
            [NO_SCORE, f"{MEASURED} {lower_first(first_sentence(first.summary))}", move.try_text], MAX_WORDS
        )
        return Answer(text, [move], first)
    if problems:  # a lean is no fault: said as one ("at most"), no move for a thing to judge by ear
        lean = problems[0]
        said = f"{MEASURED} nothing that needs fixing; at most, {lower_first(first_sentence(lean.summary))}"
        return Answer(fit([NO_SCORE, said], MAX_WORDS), [], lean)  # no move said, so no card
    from model.answer import sounds_fine  # the orchestrator's clean answer; imported here to avoid a cycle

    clean = sounds_fine(ctx, head=f"{NO_SCORE} {MEASURED} nothing in the numbers needs fixing:")
    return Answer(" ".join(split_sentences(clean.text)[:2]))


def _part_score(ctx: MixContext, focus: Focus) -> Answer | None:
    """No score for one part asked about ("rate my vocal level 1-10"), then its own judged answer without its
    yes/no opening (a "Yes:" answers no question a score asks); None when not exactly one part is found."""
    from model.answer_tracks import answer_asked  # the part's own route; imported here as sounds_fine is

    found = [a for a in focus.asked if a.found and a.tracks]
    if len(found) != 1:
        return None
    judge = replace(focus, intent=replace(focus.intent, wants=Wants.JUDGE))
    judged = answer_asked(ctx, judge, found[0])
    body = without_opening(judged.text)
    return replace(judged, text=fit([NO_SCORE, *split_sentences(capital(body))], MAX_WORDS, keep=2))
