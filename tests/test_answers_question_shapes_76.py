"""Question shapes found after set 52's one run: "dont wanna over-fiddle it" and "fiddle with it" are tweaking, not
the instrument, so a question about the Rhodes never also asks after the strings, and "trying not to fiddle with it
too much" after the question is the asker's restraint (its "too much" is no complaint); "do i need to even them
up?" asks the move (no when nothing is off), "is it centred?" the state; "the left and right guitars" names both
sides, and "bumped gtr L up 10, is it matched with the right side now?" asks about the side said first; "is the kick
set too low or do i need to smash the master bus?" is answered "It's the kick, not the master bus:", not with a
bare label; "finished the mix, what's jumping out?" is the open look (the whole mix is no subject to fix), so the
answer says what it notices, or that nothing needs fixing, instead of leading with a tone move; "how far down does
that go?" after an answer that led with a fader move sizes that move, not the next one; "is the ride too loud?" in a
session whose only cymbal track is 'Hats' says there is no ride cymbal; and "how should i eq the piano so it stops
fighting the acoustic?" (or "what eq cuts keep the organ from fighting the horns?") with nothing measured between
them gives the usual dip, with its numbers, where both have their body; "should i pan the left and right gtrs wider?" on a
pair already 80% apart spreads them hard, never back to 60%, and on a hard-panned pair says the pan knob is spent;
"should the bass come down or is it fine?" (or "... or do they sit ok?") proposes the cut, so a part too loud is a
yes and a clean one a no; and "should i turn myself up or bring everything else down?" with no part of the asker's
named takes the asker for the singer, so the answer picks a side ("'Lead Vocal' up, not everything else down:"); and
"where did my low end go?? is the synth bass too low" whose open look finds the part asked is answered by the part's
yes, once, not "One thing there: ... As for the synth bass: yes, that's the part above."; "why does the rhodes swallow
the vocal?" with the Rhodes too loud gives the cause ("Because of its level:"), not the rule "It's level before it's
EQ", which answers how-tos; and "is the organ covering the vocal or should i push the vocal?" with the covering
part too loud names it against the move offered ("It's 'Organ', not
'Lead Vocal':"), never "No, it's the other part's fader", which denies the story the asker told first; "vocal sits on
top nicely right?" asks whether it is well placed (a vocal 12 dB hot is a no); and "pad doing anything? i cant tell",
with no auxiliary, asks whether it is heard (a pad 20 dB down is a no); "whats the one thing that would improve this
most" asks the first move, nothing done yet, never "I don't have an earlier clip"; "is the bass drowning out
everything?" says it too loud, not too quiet; "guitar is covering the vocal, how should i eq it" gets the fader
first, then the EQ asked for with its numbers ("Then, if it still covers 'Lead Vocal': on 'Gtr L',
dip 2 dB around 3 kHz"), or that dip alone when nothing covers the vocal; "i cant hear myself over the beat, turn me
up?" asks about the singer's own voice (the vocal first, the beat the part it is heard over), unless the asker's own
part is named ("my right guitar is lost, turn me up?")."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_once, conversation, needs_fluidsynth

from companion.context import Track
from model.answer_tracks import _pair_wider
from model.focus import ONE_CYMBAL
from model.intent import HEAR_IT, Wants, _complaint, classify
from model.intent_forms import ASKER_MOVED, OR_FINE_TAIL
from model.intent_spelling import normalise
from model.session_view import RoleTrack


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("rhodes ok? dont wanna over-fiddle it", "rhodes ok?"),
        ("is the piano ok? trying not to fiddle with it too much", "is the piano ok?"),
        ("keys fine? i dont want to overdo the low end", "keys fine?"),
        (
            "i dont wanna fiddle with the eq, is the bass ok",
            "i don't want to tweak with the eq, is the bass ok",
        ),
        ("is the fiddle too loud?", "is the fiddle too loud?"),
        ("the fiddle and piano, ok?", "the fiddle and piano, ok?"),
    ],
)
def test_fiddling_is_tweaking_not_the_instrument(question: str, read: str) -> None:
    assert normalise(question) == read


@pytest.mark.parametrize(
    ("question", "asks_ok"),
    [
        ("the two gtrs sound lopsided to me, do i need to even them up?", False),
        ("the gtrs feel lopsided, should i even them out?", False),
        ("is my mix even?", True),
        ("is the mix centred?", True),
    ],
)
def test_evening_them_up_is_the_move_not_the_state(question: str, asks_ok: bool) -> None:
    assert classify(question).asks_ok is asks_ok


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("finished the mix, what do you hear?", Wants.LISTEN),
        ("finished my first full band mix!! be honest, whats jumping out at u if anything", Wants.LISTEN),
        ("my mix sounds thin, what am i missing?", Wants.HOW_TO),
        ("the vocal feels lost, what can i do?", Wants.HOW_TO),
        ("what eq cuts keep the organ from fighting the horns?", Wants.HOW_TO),
    ],
)
def test_the_whole_mix_alone_is_an_open_look(question: str, wants: Wants) -> None:
    assert classify(question).wants is wants


@pytest.mark.parametrize(
    ("said", "one"),
    [("the ride", True), ("crash cymbal", True), ("ride", True), ("cymbals", False), ("the hats", False)],
)
def test_one_cymbal_named(said: str, one: bool) -> None:
    assert bool(ONE_CYMBAL.match(said)) is one


@needs_fluidsynth
def test_over_fiddling_asks_after_no_strings() -> None:
    advice = ask_once("soul", "clean", "keys level decent? dont wanna over-fiddle it")
    assert advice.text.startswith("It's fine: nothing I measured says 'Rhodes' is out of line.")
    assert "'Strings'" not in advice.text


@needs_fluidsynth
def test_restraint_after_the_question_is_no_complaint() -> None:
    advice = ask_once("folk", "clean", "is the piano ok? trying not to fiddle with it too much")
    assert advice.text.startswith("Yes: nothing I measured says 'Piano' is out of line.")
    assert "'Fiddle'" not in advice.text


@needs_fluidsynth
def test_evening_them_up_on_a_clean_pair_is_no() -> None:
    advice = ask_once("rock", "clean", "the two gtrs sound lopsided, do i need to even them up?")
    assert advice.text.startswith("No: nothing I measured says 'Gtr R' and 'Gtr L' are out of line.")
    assert not advice.suggestions


@needs_fluidsynth
def test_left_and_right_named_weighs_both_sides() -> None:
    advice = ask_once("rock", "Gtr R -10", "the left and right guitars feel unequal, should i even them out?")
    assert advice.text.startswith("Yes: 'Gtr R' sits about 13 dB quieter against the rest of your tracks")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Gtr R", {"delta_db": 6.0})


@needs_fluidsynth
def test_the_side_said_first_is_the_one_moved() -> None:
    first, after = conversation(
        "rock",
        [
            ("Gtr L -10", "left guitar vanished, too low?"),
            ("clean", "bumped gtr L up 10, is it level with the right side now?"),
        ],
    )
    assert first.suggestions[0].track == "Gtr L"
    assert after.text.startswith(
        "Yes: the 'Gtr L' sitting too low is gone. You moved its fader from -14.0 to -4.0 dB"
    )


@needs_fluidsynth
def test_a_part_claim_against_the_master_names_both() -> None:
    advice = ask_once(
        "pop", "Kick -10", "no drive. is the kick too low or do i need to smash the master bus?"
    )
    assert advice.text.startswith("It's the kick, not the master bus: 'Kick' sits about 6 dB quieter")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Kick", {"delta_db": 2.5})


@needs_fluidsynth
def test_finished_mix_open_look() -> None:
    clean = ask_once("folk", "clean", "finished the mix, whats jumping out at you?")
    assert clean.text.startswith("Honestly, nothing in the numbers needs fixing:")
    loud = ask_once("rock", "Bass +10", "finished the mix, whats jumping out at you?")
    assert loud.text.startswith("First thing I notice: 'Bass' sits about 10 dB louder")
    assert (loud.suggestions[0].track, loud.suggestions[0].params) == ("Bass", {"delta_db": -6.0})


@needs_fluidsynth
def test_how_far_down_sizes_the_move_the_answer_led_with() -> None:
    first, after = conversation(
        "folk",
        [
            ("Fiddle +10", "something screechy rides over the whole mix, what is that?"),
            ("Fiddle +10", "how far down then?"),
        ],
    )
    assert first.suggestions[0].track == "Fiddle"
    assert after.text.startswith(
        "About 6 dB: bring the fader on 'Fiddle' (it's at +1.6 dB now) down about 6 dB."
    )
    assert (after.suggestions[0].track, after.suggestions[0].params) == ("Fiddle", {"delta_db": -6.0})


@needs_fluidsynth
def test_a_ride_with_only_hats_says_so() -> None:
    advice = ask_once("rock", "clean", "is the ride too loud?")
    assert advice.text.startswith(
        "No: nothing I measured says 'Hats' is too loud. There's no ride cymbal in this session, so I took it as "
        "'Hats'."
    )


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "question", "track", "freq", "span"),
    [
        ("folk", "how should i eq the piano so it stops fighting the acoustic?", "Piano", 320, "250-400 Hz"),
        ("soul_kit", "what eq cuts keep the organ from fighting the horns?", "Organ", 630, "400-1000 Hz"),
    ],
)
def test_eq_two_parts_apart_gives_the_body_dip(
    style: str, question: str, track: str, freq: int, span: str
) -> None:
    advice = ask_once(style, "clean", question)
    assert advice.text.startswith(f"Nothing I measured shows '{track}' covering")
    assert f"dip 2 dB around {freq} Hz (Q ~1.4) where both have their body ({span})" in advice.text
    sugg = advice.suggestions[0]
    assert (sugg.action, sugg.track, sugg.params) == (
        "eq_band",
        track,
        {"freq_hz": freq, "gain_db": -2.0, "q": 1.4},
    )


def _pair(pan: float) -> tuple[RoleTrack, RoleTrack]:
    return (
        RoleTrack(Track("{r}", 2, "Gtr R", pan=pan), "electric_guitar"),
        RoleTrack(Track("{l}", 1, "Gtr L", pan=-pan), "electric_guitar"),
    )


@pytest.mark.parametrize(("pan", "to"), [(0.0, 0.6), (0.3, 0.6), (0.8, 1.0)])
def test_a_pair_asked_wider_is_never_narrowed(pan: float, to: float) -> None:
    ans = _pair_wider(*_pair(pan))
    cards = [(c.track, c.params["pan"]) for m in ans.moves for c in m.suggestions]
    assert cards == [("Gtr L", -to), ("Gtr R", to)]
    assert ans.text.startswith("They're panned 80% left and right now. Pan 'Gtr L' about 100% left") is (
        pan == 0.8
    )


def test_a_hard_panned_pair_has_no_pan_left_to_give() -> None:
    ans = _pair_wider(*_pair(1.0))
    assert not ans.moves
    assert ans.text.startswith("They're already panned hard left and right ('Gtr L' and 'Gtr R')")


@needs_fluidsynth
def test_wider_guitars_at_80_go_hard() -> None:
    advice = ask_once("rock", "clean", "should i pan the left and right gtrs wider?")
    assert advice.text.startswith("They're panned 80% left and right now.")
    assert [(c.track, c.params) for c in advice.suggestions] == [
        ("Gtr L", {"pan": -1.0}),
        ("Gtr R", {"pan": 1.0}),
    ]


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("should the bass come down?", "loud"),
        ("does the bass need to come down a bit", "loud"),
        ("should the kick come up?", "quiet"),
        ("the drop comes down hard, is the kick ok?", None),
    ],
)
def test_should_come_down_says_too_loud(question: str, complaint: str | None) -> None:
    assert _complaint(question, ("bass",)) == complaint


@pytest.mark.parametrize(
    ("question", "tail"),
    [
        ("should the keys come down a bit or do they sit ok?", True),
        ("should the bass come down or does it sound fine to me?", True),
        ("should the bass come down or is it fine?", True),
        ("is the bass too loud or the kick?", False),
    ],
)
def test_or_fine_tail_in_its_forms(question: str, tail: bool) -> None:
    assert bool(OR_FINE_TAIL.search(question)) is tail


@needs_fluidsynth
def test_come_down_or_fine_is_the_cut_proposed() -> None:
    loud = ask_once("rock", "Bass +10", "should the bass come down or is it fine?")
    assert loud.text.startswith("Yes: 'Bass' sits about 10 dB louder")
    assert (loud.suggestions[0].track, loud.suggestions[0].params) == ("Bass", {"delta_db": -6.0})
    clean = ask_once("rock", "clean", "should the keys come down a bit or do they sit ok?")
    assert clean.text.startswith("No, it's fine: nothing I measured says 'Keys' is too loud.")
    assert not clean.suggestions


@needs_fluidsynth
def test_myself_with_no_part_named_is_the_singer() -> None:
    quiet = ask_once("soul_kit", "Lead Vocal -10", "should i turn myself up or bring everything else down?")
    assert quiet.text.startswith(
        "'Lead Vocal' up, not everything else down: 'Lead Vocal' sits about 9 dB quieter"
    )
    assert (quiet.suggestions[0].track, quiet.suggestions[0].params) == ("Lead Vocal", {"delta_db": 6.0})
    organ = ask_once("soul_kit", "Organ +10", "should i turn myself up or bring everything else down?")
    assert organ.text.startswith("'Organ' down, not 'Lead Vocal' up: 'Organ' sits 2 dB over your lead vocal")


@needs_fluidsynth
def test_an_open_look_that_finds_the_part_asked_answers_its_yes() -> None:
    advice = ask_once("pop", "Synth Bass -10", "where did my low end go?? is the synth bass too low")
    assert advice.text.startswith(
        "Yes: 'Synth Bass' sits about 11 dB quieter against the rest of your tracks"
    )
    assert "part above" not in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Synth Bass", {"delta_db": 6.0})


@needs_fluidsynth
def test_why_a_part_covers_another_gives_the_cause() -> None:
    advice = ask_once("soul", "Rhodes +10", "why does the rhodes swallow the vocal in the verses?")
    assert advice.text.startswith("Because of its level: 'Rhodes' sits 2 dB over your lead vocal")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Rhodes", {"delta_db": -6.0})


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "head", "track"),
    [
        (
            "soul_kit",
            "Organ +10",
            "is the organ covering the vocal or should i push the vocal?",
            "It's 'Organ', not 'Lead Vocal': 'Organ' sits 2 dB over your lead vocal",
            "Organ",
        ),
    ],
)
def test_the_covering_story_told_first_is_named(
    style: str, scenario: str, question: str, head: str, track: str
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(head)
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == (track, {"delta_db": -6.0})


@pytest.mark.parametrize(
    ("question", "asks_ok"),
    [
        ("vocal sits on top nicely right?", True),
        ("vox sitting on top nicely yeah?", True),
        ("is the vocal on top of the band?", False),
    ],
)
def test_sitting_on_top_nicely_is_the_good_state_asked(question: str, asks_ok: bool) -> None:
    assert classify(question).asks_ok is asks_ok


@pytest.mark.parametrize(
    ("question", "hear"),
    [
        ("pad doing anything? i cant tell", True),
        ("the shaker adding anything at all?", True),
        ("pad too loud?", False),
    ],
)
def test_doing_anything_without_an_auxiliary_asks_if_it_is_heard(question: str, hear: bool) -> None:
    assert bool(HEAR_IT.search(question)) is hear


@needs_fluidsynth
def test_sits_on_top_nicely_with_a_hot_vocal_is_no() -> None:
    advice = ask_once("rock", "Lead Vocal +10", "vocal sits on top nicely right?")
    assert advice.text.startswith("No: 'Lead Vocal' sits about 12 dB louder")
    pad = ask_once("pop", "Pad -10", "pad doing anything? i cant tell")
    assert pad.text.startswith("No: 'Pad' sits 20 dB under your lead vocal")


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("what's the one thing that would improve this most", Wants.WHAT_FIRST),
        ("what would improve the mix the most?", Wants.WHAT_FIRST),
        ("did that improve it?", Wants.BETTER),
        ("has it improved?", Wants.BETTER),
    ],
)
def test_what_would_improve_it_most_asks_the_first_move(question: str, wants: Wants) -> None:
    assert classify(question).wants is wants


@needs_fluidsynth
def test_an_eq_asked_for_a_covering_part_comes_after_its_fader() -> None:
    loud = ask_once("rock", "Gtr L +10", "guitar is covering the vocal, how should i eq it")
    assert loud.text.startswith("It's level before it's EQ: 'Gtr L' sits about 9 dB louder")
    assert "Then, if it still covers 'Lead Vocal': on 'Gtr L', dip 2 dB around 3 kHz (Q ~1.4)" in loud.text
    assert [(c.action, c.track) for c in loud.suggestions] == [
        ("nudge_volume_db", "Gtr L"),
        ("eq_band", "Gtr L"),
    ]
    clean = ask_once("rock", "clean", "guitar is burying the vocal, how should i eq it")
    assert clean.text.startswith(
        "Nothing I measured shows 'Gtr L' covering 'Lead Vocal' on its own tracks. Still,"
    )
    assert [(c.action, c.track, c.params) for c in clean.suggestions] == [
        ("eq_band", "Gtr L", {"freq_hz": 3000, "gain_db": -2.0, "q": 1.4})
    ]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("i cant hear myself over the beat, turn me up?", "vocal"),
        ("can barely hear myself over the band, bring me up?", "vocal"),
        ("my right guitar is lost, turn me up?", "guitar"),
        ("is the beat too loud?", "drums"),
    ],
)
def test_the_asker_heard_as_me_is_the_singer(question: str, first: str) -> None:
    assert classify(question).instruments[0] == first


@needs_fluidsynth
def test_turn_me_up_over_the_beat_judges_the_vocal() -> None:
    advice = ask_once("pop", "Lead Vocal -10", "i cant hear myself over the beat, turn me up?")
    assert advice.text.startswith("Yes: 'Lead Vocal' sits about 8 dB quieter")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Lead Vocal", {"delta_db": 6.0})


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("is the bass drowning out everything?", "loud"),
        ("is the bass drowning everything out?", "loud"),
        ("my vocal gets drowned out", "quiet"),
    ],
)
def test_drowning_out_everything_is_too_loud(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


@pytest.mark.parametrize(
    ("question", "moved"),
    [
        ("should i turn myself up or bring everything else down?", True),
        ("turn me up or the band down?", True),
        ("its driving me up the wall, where do i even begin", False),
        ("sounds fine to me, is the bass ok?", False),
    ],
)
def test_the_asker_moved_is_a_move_on_me(question: str, moved: bool) -> None:
    assert bool(ASKER_MOVED.search(question)) is moved
