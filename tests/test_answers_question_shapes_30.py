"""The answer's form (issue 10, round 2): the way of a level move asked about ("how much should I cut the keys?"
with the keys too quiet: not a cut), an open question after a statement ("what am I missing?") and a wish ("make
the piano warmer") take no yes or no, a verdict word stands only at the opening, and the word after its colon
is lower case unless it keeps its capital."""

from __future__ import annotations

import re

from fakes.band_sessions import advise_rock, level_finding

from model.asked_direction import asked_way
from model.intent import classify
from model.intent_open import open_question
from model.intent_wants import Wants
from model.intent_yes_no import takes_yes_no
from model.phrasing import Answer
from model.verdict_place import placed_verdict

VERDICT = re.compile(r"^(Yes|No|It's fine|Possibly|Maybe)\b[^:.]{0,20}:")
QUIET_KEYS = (level_finding("Keys", "keys", -10.0),)
LOUD_KEYS = (level_finding("Keys", "keys", 10.0),)


def _fader_delta(ans) -> float:
    return next(float(s.params["delta_db"]) for s in ans.suggestions if "delta_db" in s.params)


def test_the_way_of_a_move_is_read_from_its_verb():
    assert asked_way("how much should i cut the organ?") == "down"
    assert asked_way("how much do I pull the horns back") == "down"
    assert asked_way("how much should I turn the snare down?") == "down"
    assert asked_way("how much should I boost the vocal?") == "up"
    assert asked_way("how much do i turn the organ up") == "up"
    assert asked_way("how much is too much?") is None


def test_a_cut_asked_of_a_part_too_quiet_says_it_goes_up_first():
    ans = advise_rock("how much should I cut the keys?", QUIET_KEYS)
    assert ans.text.startswith("Don't cut it: 'Keys' is too quiet already, so it goes up, not down."), (
        ans.text
    )
    assert _fader_delta(ans) == 9.0 and "up about 9 dB" in ans.text, ans.text


def test_a_boost_asked_of_a_part_too_loud_says_it_goes_down_first():
    ans = advise_rock("how much should I boost the keys?", LOUD_KEYS)
    assert ans.text.startswith("Don't boost it: 'Keys' is too loud already, so it goes down"), ans.text
    assert _fader_delta(ans) == -9.0


def test_a_move_asked_the_right_way_keeps_its_size_first():
    ans = advise_rock("how much should I turn the keys down?", LOUD_KEYS)
    assert ans.text.startswith("About 9 dB:"), ans.text


def test_a_move_asked_of_a_part_in_place_says_leave_it_then_what_is_off():
    ans = advise_rock("how much should I raise the bass?", QUIET_KEYS)
    assert ans.text.startswith("Leave 'Bass' where it is: nothing I measured says it is too quiet"), ans.text
    assert "It's fine:" not in ans.text and "nothing I measured says it is too quiet" in ans.text


def test_an_open_question_after_a_statement_is_not_a_yes_no():
    for q in ("my mix sounds thin, what am I missing?", "feels empty... what would you add?",
              "sounds weak what's missing here", "it's flat, so what else could I add?"):  # fmt: skip
        assert open_question(q) and not takes_yes_no(q, False), q
    assert not open_question("what do you hear in the sax?")  # the question's own form, read elsewhere
    assert not open_question("the bass is loud, what do you think?")  # an opinion tail asks for a verdict
    assert not open_question(
        "whats a normal high-pass for bass, like where do ppl set it"
    )  # no statement first
    ans = advise_rock("my mix sounds thin, what am I missing?", QUIET_KEYS)
    assert not ans.text.startswith(("Yes", "No")) and "'Keys'" in ans.text.split(".")[0], ans.text


def test_a_statement_with_no_question_gets_no_bare_verdict():
    ans = advise_rock("my mix feels small next to my reference", QUIET_KEYS)
    assert not ans.text.startswith(("Yes:", "No:")) and " Yes: " not in ans.text, ans.text
    for asked in ("the keys are buried is it too quiet", "the keys are way too low right"):
        assert advise_rock(asked, QUIET_KEYS).text.startswith("Yes"), asked  # a question all the same
    # its path's opening, the way the part is off (model.covered_part), not a yes/no
    assert advise_rock("what about the keys", QUIET_KEYS).text.startswith("Too quiet:")


def test_a_verdict_word_stands_only_at_the_opening():
    mid = Answer("Not the loudness: -14.0 LUFS is in range for streaming. Yes: 'Drums' sits 9 dB under.")
    assert placed_verdict(mid).text == (
        "Not the loudness: -14.0 LUFS is in range for streaming. What is off: 'Drums' sits 9 dB under."
    )
    other = Answer("One thing: the mix is loud. No: the upper mids are fine.")
    assert placed_verdict(other).text == "One thing: the mix is loud. The upper mids are fine."


def test_the_word_after_a_verdict_colon_is_lower_case_unless_it_keeps_its_capital():
    assert placed_verdict(Answer("Yes: The upper mids build up.")).text == "Yes: the upper mids build up."
    assert placed_verdict(Answer("Yes: LUFS reads -9.")).text == "Yes: LUFS reads -9."
    assert placed_verdict(Answer("No: 'Drums' is fine.")).text == "No: 'Drums' is fine."
    assert placed_verdict(Answer("Yes: Drums sit low."), {"Drums"}).text == "Yes: Drums sit low."


def test_a_wish_is_a_how_to_not_a_yes_no():
    for q in ("make the piano warmer", "can you give the kick more punch?", "make the sax warmer?",
              "the vocal needs more presence", "i want the bass fatter"):  # fmt: skip
        assert classify(q).wants == Wants.HOW_TO, q
    assert classify("should I make the piano warmer?").wants == Wants.JUDGE
    assert classify("does the vocal need more presence?").wants == Wants.JUDGE
    assert classify("vocal needs more presence. should i boost 3k or something").wants == Wants.JUDGE
    for q in ("make the keys warmer", "give the sax more bite", "make the snare sit better"):
        ans = advise_rock(q, QUIET_KEYS)
        assert VERDICT.match(ans.text) is None, (q, ans.text)
