"""Question shapes blind set 30 missed (q3001, q3015, q3037, q3048), read and answered by general rules: a bad state
asked after a lead-in ("be honest, is my balance all over the place?"), a good state asked as "happy with ...?",
a fader move said as a noun ("gave the snare a huge shove up, happy with it now?"), a part said "miles louder"
while its partner is the one off, and a mix said to lean one way with a pan asked about: the fader leaning it
first, never the pan, never "nothing is out of line"."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from companion.context import FindingKind
from model.intent import Wants, classify, complaint_in
from model.lean_cause import leans_with
from model.reported_move import reports_level_move, reports_move


@pytest.mark.parametrize(
    "question",
    [
        "be honest, is my balance all over the place?",
        "real talk, are the levels out of whack",
        "is my mix unbalanced?",
    ],
)
def test_a_bad_state_after_a_lead_in_asks_whether_a_problem_is_so(question: str) -> None:
    intent = classify(question)
    assert intent.wants == Wants.JUDGE and intent.asks_problem, intent


@pytest.mark.parametrize("question", ["happy with the snare level?", "you happy with my vocal?"])
def test_happy_with_asks_whether_a_good_state_is_so(question: str) -> None:
    intent = classify(question)
    assert intent.wants == Wants.JUDGE and intent.asks_ok and not intent.asks_problem, intent


def test_a_move_said_as_a_noun_is_a_fader_move_reported() -> None:
    q = "gave the snare a huge shove up, happy with it now?"
    assert reports_move(q) and reports_level_move(q)
    assert classify(q).wants == Wants.BETTER
    assert reports_level_move("gave the keys a nudge, we good now?")
    # an EQ move said the same way is no fader move
    assert not reports_level_move("gave the vocal a boost at 3k, happy with it now?")


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("that guitar's miles louder", "loud"),
        ("the hats are way louder", "loud"),
        ("the vocal needs to be louder", "quiet"),  # a raise asked for keeps its own reading
        ("mix leans hard to the right", "lopsided"),
        ("the mix leans a bit to the left", "lopsided"),
    ],
)
def test_louder_by_far_is_a_part_said_too_loud_and_a_lean_with_a_word_between(
    text: str, complaint: str
) -> None:
    assert complaint_in(text) == complaint


def test_which_level_fault_leans_the_mix() -> None:
    left, right = -0.8, 0.8  # REAPER pan: negative = left; lean_db positive = left louder
    assert leans_with(left, -1.0, FindingKind.TRACK_TOO_QUIET)  # a quiet left part leans the mix right
    assert not leans_with(left, 1.0, FindingKind.TRACK_TOO_QUIET)
    assert leans_with(right, -1.0, FindingKind.TRACK_TOO_LOUD)
    assert not leans_with(0.0, -1.0, FindingKind.TRACK_TOO_LOUD)  # a centred part leans nothing


GTR_L_LOW = (level_finding("Gtr L", "electric guitars", -11.0, fader_db=-14.0),)


def test_mix_leans_right_and_that_guitar_is_louder_re_pan_asked_the_left_guitars_fader_first() -> None:
    advice = advise_rock(
        "mix leans hard to the right, that guitar's miles louder, should i re-pan the two of em?", GTR_L_LOW
    )
    assert advice.text.startswith("Not the panning first: the fault I measured is 'Gtr L'"), advice.text
    card = advice.suggestions[0]
    assert card.track == "Gtr L" and card.action == "nudge_volume_db" and card.params["delta_db"] > 0


def test_the_right_guitar_way_louder_than_the_left_is_the_left_sitting_low() -> None:
    advice = advise_rock("the right gtr is way louder than the left one, should i pan it in?", GTR_L_LOW)
    assert not advice.text.startswith(("Yes", "Sure")), advice.text
    assert "What is off is 'Gtr L'" in advice.text, advice.text
    card = advice.suggestions[0]
    assert card.track == "Gtr L" and card.params["delta_db"] > 0


def test_a_lean_with_no_level_fault_behind_it_blames_no_fader() -> None:
    advice = advise_rock(
        "mix leans hard to the right, that guitar's miles louder, should i re-pan the two of em?"
    )
    assert not advice.text.startswith("Not the panning first"), advice.text
    assert not any(c.action == "nudge_volume_db" for c in advice.suggestions), advice.suggestions


def test_how_much_after_why_so_cluttered_gives_the_size_first() -> None:
    """A bare "by how much?" after "why does the mix feel so cluttered?" (a clash the guitar's fader makes): the
    size of that move first, from its card, never the why answer again."""
    from fakes.analyses import clean
    from fakes.band_sessions import context, guitar_masks_vocal, rock_snapshot

    from companion.context import Turn
    from model.rules import RulesAdvisor

    findings = (level_finding("Gtr L", "electric guitars", 8.0, fader_db=-4.0), guitar_masks_vocal())
    first_q = "why does the mix feel so cluttered"
    first = RulesAdvisor().advise(context(first_q, rock_snapshot(), clean(), findings))
    history = (Turn("user", first_q), Turn("assistant", first.text))
    advice = RulesAdvisor().advise(context("by how much", rock_snapshot(), clean(), findings, history))
    card = advice.suggestions[0]
    assert card.track == "Gtr L" and card.action == "nudge_volume_db"
    assert advice.text.startswith(f"About {abs(card.params['delta_db']):g} dB: bring the fader on 'Gtr L'"), (
        advice.text
    )
