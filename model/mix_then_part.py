""" "Is anything too loud, and is the vocal ok": a question on the whole mix and one on a part in one message, each
answered, in the order asked.

Why: the part named in the second question took the whole message, so with the shaker 9 dB over, "is anything
too loud, and is the vocal ok" got "No: 'Lead Vocal' sits ... I'd leave it", a no to the first question that the
meters deny, and the shaker never named. An engineer answers the first question on the whole mix ("Yes: 'Shaker'
sits ...", its move) and then the second ("As for the vocal: no, it's fine: ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants, asks_yes_no, classify
from model.phrasing import MAX_WORDS, Answer, Composer, first_sentence, fit, lower_first, split_sentences
from model.two_asks import split_asks

LEAD = 3
"""The first answer's verdict, its detail and its move: what stays ahead of the second answer."""


def mix_then_part(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """The whole-mix question's answer, then the part's verdict, when the message asks one and then the other;
    ``ans`` otherwise."""
    if focus.intent.wants != Wants.JUDGE or (asks := split_asks(focus.intent.question)) is None:
        return ans
    on_mix, on_part = classify(asks[0], ctx.history), classify(asks[1], ctx.history)
    if on_mix.instruments or not on_part.instruments or Wants.JUDGE not in (on_mix.wants,) or on_part.should:
        return ans
    if on_part.wants != Wants.JUDGE or not (on_mix.any_track or on_mix.asks_problem or on_mix.about_master):
        return ans
    first = compose(replace(ctx, question=asks[0]))
    second = compose(replace(ctx, question=asks[1]))
    verdict = re.match(r"[^:;.]+", second.text)
    if verdict is None:
        return ans
    said = verdict.group(0).strip()
    if len(said.split()) <= 3:  # a bare "No:" or "It's fine:": the measured sentence after it too
        said = (
            f"{said}, {lower_first(split_sentences(second.text[verdict.end() + 1 :].strip())[0].rstrip('.'))}"
        )
    word = next((a.said for a in focus.asked if a.said.lower() in asks[1].lower()), on_part.instruments[0])
    then = f"As for the {word.lower().removeprefix('the ')}: {lower_first(said)}."
    lead = split_sentences(first.text)
    own = {rt.name for a in focus.asked if a.said and a.said.lower() in asks[1].lower() for rt in a.tracks}
    shared = second.first is not None and second.first.track in own
    if shared and not (asks_yes_no(on_mix) or on_mix.asks_ok) and re.match(r"(Yes|No)\b", second.text):
        # "where did my low end go?? is the synth bass too low": the open look found the part asked, so the part's
        # yes or no answers both, said once
        return second
    if shared and first_sentence(second.first.summary) in " ".join(lead[:LEAD]):
        # "too loud for spotify, and is the bass ok?" with the bass already named the part too loud: said once
        head = re.match(r"(No|Yes|Not really|It's fine)\b", second.text)
        then = f"As for the {word.lower().removeprefix('the ')}: {head.group(0).lower() + ', ' if head else ''}that's the part above."
    text = fit([*lead[:LEAD], then, *lead[LEAD:]], MAX_WORDS, keep=min(LEAD, len(lead)) + 1)
    seen = {(s.action, s.track) for m in first.moves for s in m.suggestions}
    extra = [m for m in second.moves if not any((s.action, s.track) in seen for s in m.suggestions)]
    return Answer(text, [*first.moves, *extra], first.first)
