"""The converse of a master blamed for one part: a part blamed for a tone the whole mix carries ("is it the guitars
making it harsh?" with every part at its level and the whole mix's upper mids built up). The part's own verdict
("nothing I measured says 'Gtr L' is harsh") is true but leaves the user where they started; an engineer goes on
to say where the tone does live: the whole mix, with its number and the move for it."""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

TONE_KINDS = {"harsh": FindingKind.HARSH, "muddy": FindingKind.MUDDY, "boomy": FindingKind.BOOMY,
              "thin": FindingKind.THIN, "dull": FindingKind.DULL}  # fmt: skip
"""The whole-mix finding each tonal complaint names."""


def whole_tone(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` (a no about the part blamed) followed by the whole mix's finding for the tone complained of, when
    no part is measured off and the answer has not said it."""
    intent = focus.intent
    kind = TONE_KINDS.get(intent.complaint or "")
    if kind is None or intent.wants != Wants.JUDGE or not focus.tracks or ans.moves or ctx.analysis is None:
        return ans
    if not ans.text.startswith("No"):
        return ans
    if any(f.track is not None and f.is_problem and not f.is_lean for f in ctx.problems):
        return ans  # a part is off: its own path names it
    whole = next(
        (f for f in ctx.problems if f.track is None and f.kind is kind and f.is_problem and not f.is_lean),
        None,
    )
    if whole is None:
        return ans
    move = recipe(whole, focus.session)
    verdict = _first_sentences(ans.text)
    said = f"What is {intent.complaint} is the whole mix: {lower_first(first_sentence(whole.summary))}"
    return Answer(fit([verdict, said, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], whole)


def _first_sentences(text: str) -> str:
    """The verdict on the part: its first sentence."""
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]
