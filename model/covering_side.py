""" "My words get chewed up by the gtrs, should i stick a widener on the gtr bus?", "my lyrics go fuzzy when i strum,
is that my mic placement or is the guitar sitting on top of my voice in the mix?": the vocal said to be covered by a
named part, with another cure or cause offered, while the meters measure that part covering the vocal.

Why: the width route answered the widener as a how-to (pan them wider), and the two-part route read the either/or as
"how is each part" and said the vocal was fighting nothing, though the guitar measurably covers it. An engineer
answers the offer ("Not a widener first:", "The mix, not the mic placement:") and then the covering part: its fader
when it is also too loud, else the dip where it covers the vocal, with that card first.
"""

from __future__ import annotations

import re

from companion.context import Finding, MixContext
from model.focus import Focus
from model.intent import Wants
from model.masker_level import balance_fault, masking_reason, masks_over
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit
from model.recipes import recipe

_VOICE = r"(words?|lyrics?|vocals?|vox|voice|singing|singer|lead)"
COVERED = re.compile(
    rf"\b{_VOICE}\b[^?.!]{{0,30}}\b(get|gets|getting|go|goes|going|are|is|sound|sounds)? ?(all )?"
    r"(chewed( up)?|eaten( up)?|buried|swallowed|swamped|drowned|smothered|smeared|blurr(ed|y)|fuzzy|covered|"
    r"masked|stepped on|lost)\b|"
    r"\b(sitting|sat|sits|piled|landing|stepping) (right )?(on top of|on|over) (my|the) " + _VOICE + r"\b",
    re.IGNORECASE,
)
"""The vocal said covered, in the user's words."""
_PLAN = re.compile(
    r"\b(should|do|can|could) (i|we|u) (just )?(stick|put|add|use|slap|throw|try)\b[^?.!]{0,20}?"
    r"\b(?P<tool>(stereo )?widener|imager|width plugin|chorus|doubler|exciter|saturat\w+|reverb|delay)\b",
    re.IGNORECASE,
)
"""A plug-in offered as the cure ("should i stick a stereo widener on the gtr bus")."""
_SOURCE_SIDE = re.compile(
    r"\b(?P<src>mic placement|mic|mics|miking|recording|tracking|the take|my take|room|preamp|performance)\b"
    r"[^?]{0,40}\bor\b",
    re.IGNORECASE,
)
"""The recording offered as the other cause, before the "or"."""


def _covering(ctx: MixContext, focus: Focus) -> Finding | None:
    """The first cover (in the diagnosis's order) of a vocal track by a part the question names."""
    named = {rt.name for a in focus.asked for rt in a.tracks}
    vocals = {rt.name for rt in focus.session.by_roles("lead_vocal", "backing_vocal")}
    return next((m for m in masks_over(ctx, vocals) if m.track in named), None)


def covering_side(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` replaced by the covering part's fault, opened with the answer to the offered cure or cause, when the
    vocal is said covered by a named part measured covering it; ``ans`` otherwise."""
    intent = focus.intent
    q = intent.question
    if intent.wants != Wants.JUDGE or ctx.analysis is None or not COVERED.search(q):
        return ans
    plan, source = _PLAN.search(q), _SOURCE_SIDE.search(q)
    if plan is None and source is None:
        return ans
    masking = _covering(ctx, focus)
    if masking is None:
        return ans
    fault = balance_fault(ctx, masking) or masking
    declined = re.match(r"(No|Not|Rather|Instead|I wouldn't)\b", ans.text) is not None
    if source is None and declined and ans.suggestions and ans.suggestions[0].track == fault.track:
        return ans  # the plug-in already declined, the covering part's card first
    if plan is not None:
        tool = re.sub(r"^stereo ", "", plan.group("tool").lower())
        tool = "saturator" if tool.startswith("saturat") else tool  # "some saturation": the plug-in named
        head = f"Not {'an' if tool[0] in 'aeiou' else 'a'} {tool} first:"
    elif source is not None:
        head = f"The mix, not the {source.group('src').lower()}:"
    else:
        return ans
    move = recipe(fault, focus.session)
    if fault is masking:
        parts = [f"{head} {first_sentence(masking.summary)}", move.try_text, move.check_text]
    else:
        parts = [f"{head} {first_sentence(fault.summary)}", move.try_text, masking_reason(masking, fault)]
        parts.append(move.check_text)
    return Answer(fit(parts, MAX_WORDS, keep=3), [move], fault)
