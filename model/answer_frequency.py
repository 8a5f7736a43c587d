"""The answer to "which frequency?" leads with the frequency.

After "the vocal gets lost behind the guitar", "which frequency?" asks where the dip goes: the answer starts with
the EQ move's own card (how much, where, on which part), so the number said is the number applied, then the rest
of the answer (the fader first, when the level is the bigger fault). When the answer holds no EQ move (the fix is
the fader), it says so first instead of leaving the question unanswered.
"""

from __future__ import annotations

import re

from companion.context import Suggestion
from model.focus import Focus
from model.frequency_unfaulted import unfaulted_frequency
from model.intent_frequency import asks_frequency
from model.part_home import HOME_Q
from model.phrasing import MAX_WORDS, Answer, fit, lower_first, say_khz, split_sentences
from model.recipes import Move
from model.verdict_opening import without_opening

_EQ_ACTIONS = ("eq_band", "high_pass", "low_pass")
_LEVEL_ACTIONS = ("nudge_volume_db", "set_volume_db")
_SAYS_FREQUENCY = re.compile(r"\d+(\.\d+)? ?k?Hz\b")
_MET_AT = re.compile(r"covers '[^']+' at (?P<range>\d+(\.\d+)? ?k?Hz-\d+(\.\d+)? ?k?Hz)")
"""A masking said in the answer, with the range where the two parts meet."""
_LEVEL_FIRST = re.compile(r"^((Yes, but|No,|Yes,) )?it's level before (it's EQ|any plug-in): ", re.IGNORECASE)
"""A clash answer's own opening, which "not an EQ move first" already says."""


def _eq_card(move: Move) -> Suggestion | None:
    return next((s for s in move.suggestions if s.action in _EQ_ACTIONS and "freq_hz" in s.params), None)


def _where(track: str | None) -> str:
    return f"on '{track}'" if track else "on the master"


def say_move(card: Suggestion) -> str:
    """ "Dip 6 dB around 1 kHz on 'Acoustic Gtr'", "High-pass 'Pad' at 40 Hz": the card's move in words."""
    freq = say_khz(float(card.params["freq_hz"]))
    if card.action == "high_pass":
        return f"High-pass {_where(card.track)[3:]} at {freq}"
    if card.action == "low_pass":
        return f"Low-pass {_where(card.track)[3:]} at {freq}"
    gain = float(card.params.get("gain_db", 0.0))
    shape = {"high_shelf": " (a high shelf)", "low_shelf": " (a low shelf)"}.get(
        str(card.params.get("type")), ""
    )
    verb = "Dip" if gain < 0 else "Add"
    return f"{verb} {abs(gain):g} dB around {freq}{shape} {_where(card.track)}"


def frequency_first(focus: Focus, ans: Answer) -> Answer:
    """``ans`` led by the frequency of its EQ move when the question asks "which frequency?" (or "where should I
    cut?"); "Not an EQ move first:" when its first move is a fader; unchanged otherwise."""
    # "what frequency is the bass strongest at?": where it lives (``model.part_home``), not a cut
    if not asks_frequency(focus.intent.question) or HOME_Q.search(focus.intent.question):
        return ans
    if not ans.moves:  # nothing to move: where that part usually needs a cut, when nothing is wrong with it
        return unfaulted_frequency(focus, ans) or ans
    eq = next((m for m in ans.moves if _eq_card(m) is not None), None)
    first_card = ans.moves[0].suggestions[0] if ans.moves[0].suggestions else None
    leads_with_level = first_card is not None and first_card.action in _LEVEL_ACTIONS
    said = split_sentences(ans.text)
    if eq is None:
        if not leads_with_level:
            return ans
        # "This: 'Gtr L' ...", "It's level before it's EQ: ...": one opening, not two
        lead = lower_first(_LEVEL_FIRST.sub("", without_opening(said[0]), count=1))
        # "where are they clashing?": the range the masking names, then the fader
        met = _MET_AT.search(ans.text)
        head = (
            f"They meet at {met.group('range')}, but not an EQ move first" if met else "Not an EQ move first"
        )
        return Answer(_fitted(f"{head}: {lead}", said[1:]), ans.moves, ans.first)
    if eq is ans.moves[0] and _SAYS_FREQUENCY.search(said[0]):
        return ans  # "Try a 2-3 dB dip around 3 kHz on 'Hats'": it already leads with where
    card = _eq_card(eq)
    assert card is not None
    if leads_with_level:
        text = _fitted(f"{say_move(card)}, once the level is set: {lower_first(said[0])}", said[1:])
    else:
        text = _fitted(f"{say_move(card)}.", said)
    return Answer(text, [eq, *(m for m in ans.moves if m is not eq)], ans.first)


def _fitted(head: str, rest: list[str]) -> str:
    """``head`` and as many of the answer's later sentences as fit the answer's length."""
    return fit([head, *rest], MAX_WORDS, keep=1)
