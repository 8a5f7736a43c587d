"""Question shapes found by asking as a new user (explore2): a part guessed in an asking clause beside a
statement ("the vocal's buried, is the keys too loud?") gets "Not 'Keys':" when another part is off; a level move
said to have gone too far ("did the vocal go too far", "the bass was turned down too much") gets a yes or no; the
low end said to be "a mess" is mud; a whole-mix tone said as a claim ("the low end is muddy") is led by the part
measured too loud in that range, with its fader card, before any EQ on the lean."""

from __future__ import annotations

import re

import pytest
from fakes.band_sessions import LOW_END_METERS as METERS
from fakes.band_sessions import MUDDY_LEAN as MUDDY
from fakes.band_sessions import advise_rock, level_finding, metered_rock

from model.guessed_part import ask_clause
from model.intent import classify
from model.overshoot import said_overshot


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("i think the vocal's buried, is the keys too loud", "is the keys too loud"),
        ("is the organ too loud? the vocal feels buried", "is the organ too loud"),
        ("can't hear the singer - should i pull the kick down?", "should i pull the kick down"),
        ("the kick's weak, should i compress it or just turn it up", None),  # an either/or
        ("is the bass too loud?", None),  # one clause
        ("is the bass too loud, is the kick too quiet", None),  # two asking clauses
    ],
)
def test_the_asking_clause_of_a_run_on_question(question: str, clause: str | None) -> None:
    assert ask_clause(question) == clause


def test_a_part_guessed_in_an_asking_clause_is_denied_when_another_part_is_off() -> None:
    vocal_quiet = level_finding("Lead Vox", "lead vocals", -9.0, fader_db=-12.0)
    answer = advise_rock("i think the vocal's buried, is the keys too loud", (vocal_quiet,))
    assert answer.text.startswith("Not 'Keys': 'Lead Vox' sits about 9 dB quieter"), answer.text
    assert answer.suggestions[0].track == "Lead Vox" and answer.suggestions[0].params["delta_db"] == 8.0
    vocal_loud = level_finding("Lead Vox", "lead vocals", 12.0, fader_db=8.0)
    answer = advise_rock("vocals are blasting, should i turn down the guitars", (vocal_loud,))
    # a move proposed on the parts guessed ("should i turn down the guitars") is answered no first (since set 67)
    assert answer.text.startswith("No, not 'Gtr L' and 'Gtr R': 'Lead Vox' sits about 12 dB louder"), (
        answer.text
    )
    assert answer.suggestions[0].track == "Lead Vox" and answer.suggestions[0].params["delta_db"] == -11.0


def test_a_part_guessed_in_an_asking_clause_is_confirmed_when_it_is_the_one_off() -> None:
    keys_loud = level_finding("Keys", "keyboard parts", 10.0)
    answer = advise_rock("the vocal feels lost, are the keys too loud", (keys_loud,))
    assert answer.text.startswith("Yes"), answer.text
    assert answer.suggestions[0].track == "Keys" and answer.suggestions[0].params["delta_db"] == -9.0


def test_a_part_guessed_too_loud_with_nothing_off_is_cleared_of_too_loud_not_too_low() -> None:
    text = advise_rock("are the keys too loud? the vocal feels buried").text
    assert text.startswith("No: nothing I measured says 'Keys' is too loud."), text
    assert "too low" not in text, text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("did the vocal go too far", True),
        ("has the bass gone too far", True),
        ("vocal's been pushed too hard", True),
        ("the bass was turned down too much", True),
        ("the vocal went up too much", True),
        ("the hats are panned too far left", False),
        ("too much low end on the bass", False),
        ("the reverb is too much", False),
    ],
)
def test_a_level_move_said_to_have_gone_too_far(text: str, said: bool) -> None:
    assert said_overshot(text) is said


def test_a_move_gone_too_far_asks_a_yes_or_no_on_the_part() -> None:
    for q in ("did the vocal go too far", "has the vocal gone too far", "the vocal went up too much"):
        intent = classify(q)
        assert intent.wants == "judge" and intent.asks_problem, q
    vocal_loud = level_finding("Lead Vox", "lead vocals", 12.0, fader_db=8.0)
    for q in ("did the vocal go too far", "vocal's been pushed too hard", "the vocal went up too much"):
        answer = advise_rock(q, (vocal_loud,))
        # a move said (pushed) and overshot: "Yes, too far: now 'Lead Vox' is too loud." (model.move_verdict)
        assert re.match(
            r"Yes(, too far: now 'Lead Vox' is too loud\.)?:? 'Lead Vox' sits about 12 dB louder", answer.text
        ), (
            q,
            answer.text,
        )
        assert answer.suggestions[0].params["delta_db"] == -11.0, q
    for q in ("the bass was turned down too much", "did the bass go too far"):
        text = advise_rock(q).text
        assert text.startswith("No: nothing I measured says 'Bass' is"), (q, text)


def test_the_low_end_said_to_be_a_mess_is_mud() -> None:
    for q in (
        "the low end's a mess, should i high pass the keys",
        "my low end is such a mess",
        "the lows are mushy",
    ):
        assert classify(q).complaint == "muddy", q
    assert classify("the mix is a mess").complaint is None


def test_a_whole_mix_tone_said_as_a_claim_is_led_by_the_part_too_loud_there() -> None:
    bass_loud = level_finding("Bass", "basses", 10.0, fader_db=2.0)
    snap = metered_rock(METERS)
    answer = advise_rock("the low end is muddy", (bass_loud, MUDDY), snapshot=snap)
    assert answer.text.startswith("Bring the fader on 'Bass' (it's at +0.0 dB now) down about 9 dB."), (
        answer.text
    )
    assert "Then, if it is still muddy:" in answer.text, answer.text
    assert answer.suggestions[0].track == "Bass" and answer.suggestions[0].params["delta_db"] == -9.0
    answer = advise_rock("does my mix sound muddy", (bass_loud, MUDDY), snapshot=snap)
    assert answer.text.startswith("Yes: bring the fader on 'Bass'"), answer.text
    # asked as "ok?" the yes/no turns round: left to its own route
    answer = advise_rock("is the low end clean enough?", (bass_loud, MUDDY), snapshot=snap)
    assert not answer.text.startswith("Yes: bring"), answer.text


def test_adding_low_end_asked_as_a_move_is_the_low_end_lacking() -> None:
    for q in ("would a pro add more low end here", "should i add more low end", "add some more low end?"):
        assert classify(q).complaint == "thin", q
    assert classify("should i add less low end").complaint == "boomy"
    assert classify("should i add reverb to the low end").complaint is None


def test_what_a_pro_would_do_asked_after_a_statement_takes_a_yes_or_no() -> None:
    assert classify("the drop feels weak, would a pro push the sub").wants == "judge"
    assert classify("what would a pro do here").wants != "judge"
    bass_quiet = level_finding("Bass", "basses", -10.0)
    answer = advise_rock("the low end feels weak, would a pro push the bass", (bass_quiet,))
    assert answer.text.startswith("Yes: 'Bass' sits about 10 dB quieter"), answer.text
    assert answer.suggestions[0].track == "Bass" and answer.suggestions[0].params["delta_db"] == 9.0


def test_a_part_said_fine_then_another_blamed_after_a_comma_is_a_two_claim_question() -> None:
    from model.verdict_shapes import FIRST_GOOD

    m = FIRST_GOOD.match("kick's fine, its the bass that's low?")
    assert m is not None and m.group("part") == "kick" and m.group("rest") == "its the bass that's low?"
    assert FIRST_GOOD.match("the drums are fine, what about the horns") is None  # no blame after the comma
    bass_loud = level_finding("Bass", "basses", 10.0)
    answer = advise_rock("the bass is fine, its the guitars right?", (bass_loud,))
    assert answer.text.startswith("No, 'Bass' is what's off: 'Bass' sits about 10 dB louder"), answer.text


def test_a_state_asked_after_a_statement_is_not_a_guessed_cause() -> None:
    gtr_loud = level_finding("Gtr L", "electric guitars", 10.0)
    text = advise_rock("the guitars are too loud, is the vocal ok?", (gtr_loud,)).text
    assert not text.startswith("Not 'Lead Vox'"), text


def test_a_guess_too_loud_answered_the_opposite_of_the_buried_part_is_partly_right() -> None:
    from fakes.band_sessions import context, rock_snapshot

    from model.focus import understand
    from model.guess_partly import partly_the_guess
    from model.phrasing import Answer
    from model.recipes import recipe
    from model.session_view import SessionView

    q = "are the keys too loud, is that why the vocal's buried"
    keys = level_finding("Keys", "keyboard parts", 5.0)
    vocal = level_finding("Lead Vox", "lead vocals", -9.0, fader_db=-12.0)
    snap = rock_snapshot()
    focus = understand(classify(q), SessionView(snap))
    guess = next(a for a in focus.asked if a.word == "keys")
    move = recipe(keys, focus.session)
    ans = Answer("No, the opposite: 'Keys' sits only 5 dB under your lead vocal. More.", [move], keys)
    out = partly_the_guess(context(q, snap, None, (keys, vocal)), focus, guess, ans)
    assert out.text.startswith(
        "Partly, but mostly it's 'Lead Vox' itself: 'Lead Vox' sits about 9 dB quieter"
    ), out.text
    assert "Then, as 'Keys' sits only 5 dB under your lead vocal: bring the fader on 'Keys'" in out.text, (
        out.text
    )
    assert [s.track for s in out.suggestions] == ["Lead Vox", "Keys"]
    alone = partly_the_guess(context(q, snap, None, (keys,)), focus, guess, ans)
    assert alone.text.startswith("Yes, a little: 'Keys' sits only 5 dB under"), alone.text
