"""Question shapes found after set 44's one run: "whats the best way to check if my mix translates? all i got is
airpods n a crappy laptop" asks how to check translation, answered with a song you know on the speakers named, a
mono and low-volume check and this mix's numbers; "the waveform looks like a solid brick, am i smashing the master
too hard?" asks whether it is squashed; "the bass fader went way up. happy with it now?" reports a move and asks
whether it helped; "how many dB off?" after "what's clogging the middle?" wants the size of what stands out first;
"sidechain the upright to the kick?" in a session with no kick says there is none; "why does the whole track pump
whenever the sub comes in? there's no sidechain on anything" is a symptom of a bass too loud, not a sidechain asked
for, and the answer says how that level makes the pump; "kinda leslie-ish" on the organ asks for a rotary speaker,
an effect, not a missing instrument."""

from __future__ import annotations

import pytest
from fakes.rendering import conversation, needs_fluidsynth

from model.creative_fx import effect_of, in_effect_name
from model.intent import classify
from model.reported_move import reports_level_move, reports_move
from model.translation_check import asks_translation_check


def _ask(style: str, scenario: str, question: str):  # type: ignore[no-untyped-def]
    """The answer of a fresh Companion to ``question`` on a rendered session (a conversation of one turn)."""
    return conversation(style, [(scenario, question)])[0]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("whats the best way to check if my mix translates? all i got is airpods n a crappy laptop", True),
        ("how can i tell if my mix will translate to other systems?", True),
        ("any tips to make sure my mix sounds good on every system?", True),
        ("how do i make sure it holds up on all speakers", True),
        ("will it translate?", False),
        ("does my mix translate?", False),
        ("how do i make the vocal louder?", False),
    ],
)
def test_translation_check_is_a_how(question: str, asked: bool) -> None:
    intent = classify(question)
    assert asks_translation_check(intent.question, intent.wants) is asked


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        (
            "the waveform in reaper looks like a solid brick lol. am i smashing the master too hard?",
            "squashed",
        ),
        ("am i smashing the mix bus too hard?", "squashed"),
        ("is my master brickwalled?", "squashed"),
        ("my master looks like a sausage, too much limiting?", "squashed"),
        ("drums are smashing everything, is it too loud?", None),
    ],
)
def test_smashed_master_is_squashed(question: str, complaint: str | None) -> None:
    assert classify(question).complaint in ((complaint,) if complaint else (None, "loud"))


@pytest.mark.parametrize(
    ("question", "move", "fader"),
    [
        ("alright the bass fader went way up. happy with it now?", True, True),
        ("the bass fader went up a lot, is it sitting now?", True, True),
        ("the vocal's gone down a bit, better now?", True, False),
        ("the bass went wrong, is it ok now?", False, False),
    ],
)
def test_a_fader_said_to_have_gone_up_is_a_move_reported(question: str, move: bool, fader: bool) -> None:
    assert reports_move(question) is move
    assert reports_level_move(question) is fader


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        (
            "why does the whole track pump n wobble whenever the sub comes in? there's no sidechain on anything",
            None,
        ),
        ("the whole mix ducks every time the bass plays, why?", None),
        ("why is everything ducking on each kick hit?", None),
        ("should i sidechain the bass to the kick?", "sidechain"),
        ("how do i make the pad pump with the kick?", "sidechain"),
    ],
)
def test_a_mix_heard_ducking_is_no_sidechain_asked(question: str, technique: str | None) -> None:
    assert classify(question).technique == technique


@pytest.mark.parametrize(
    ("question", "rotary"),
    [
        ("how do i get the organ sounding more vintage, kinda leslie-ish, without it going to mush?", True),
        ("how do i make the keys sound like a spinning leslie?", True),
        ("should i use a rotary sim on the organ?", True),
        ("is the leslie too loud?", False),
    ],
)
def test_leslie_as_an_effect(question: str, rotary: bool) -> None:
    effect = effect_of(question)
    assert (effect is not None and effect.name == "rotary speaker") is rotary
    assert in_effect_name("leslie", question) is (rotary and "leslie" in question)


@needs_fluidsynth
def test_translation_check_names_the_speakers_and_the_mono_number():
    advice = _ask(
        "rock", "clean", "whats the best way to check if my mix translates? all i got is airpods n a laptop"
    )
    assert advice.text.startswith("Check it against a song you know")
    assert "on your AirPods and on your laptop" in advice.text
    assert "LUFS integrated" in advice.text and "correlate" in advice.text
    assert not advice.suggestions


@needs_fluidsynth
def test_translation_check_puts_a_measured_fault_first():
    advice = _ask("pop", "Synth Bass +10", "how can i tell if my mix will translate to other systems?")
    assert advice.text.startswith("First, what already stands out: 'Synth Bass'")
    assert advice.suggestions[0].track == "Synth Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_smashing_the_master_on_a_clean_mix_is_a_no_with_its_plr():
    advice = _ask(
        "folk", "clean", "the waveform looks like a solid brick lol. am i smashing the master too hard?"
    )
    assert advice.text.startswith("No")
    assert "peak-to-loudness" in advice.text


@needs_fluidsynth
def test_fader_gone_way_up_after_a_quiet_bass_is_too_far():
    _, after = conversation(
        "rock",
        [
            ("Bass -10", "cant find the bass anywhere, its too quiet?"),
            ("Bass +10", "the bass fader went way up. happy now?"),
        ],
    )
    assert after.text.startswith("No, too far")
    assert after.suggestions[0].track == "Bass" and after.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_how_many_db_after_what_clogs_the_middle_leads_with_the_size():
    _, then = conversation(
        "rock",
        [("Keys +10", "something is clogging up the middle of this track, what is it?"),
         ("Keys +10", "ok n how many dB off? just gimme the number")],
    )  # fmt: skip
    size = then.suggestions[0].params["delta_db"]
    assert then.text.startswith(f"About {abs(size):g} dB:")
    assert then.suggestions[0].track == "Keys" and size < 0


@needs_fluidsynth
def test_sidechain_to_a_kick_not_in_the_session_says_so():
    advice = _ask(
        "folk", "clean", "should i sidechain the upright to the kick so they quit fighting down low?"
    )
    assert advice.text.startswith("No")
    assert "There is no kick in this session." in advice.text


@needs_fluidsynth
def test_pumping_on_a_loud_sub_names_it_and_how_it_pumps():
    advice = _ask(
        "pop",
        "Synth Bass +10",
        "why does the whole track pump n wobble whenever the sub comes in? there's no sidechain on anything",
    )
    assert "'Synth Bass'" in advice.text.split(". ")[0]
    assert "that's the pump" in advice.text
    assert advice.suggestions[0].track == "Synth Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_leslie_on_the_organ_is_the_rotary_craft_not_a_missing_part():
    advice = _ask(
        "soul_kit", "clean", "how do i get the organ sounding more vintage, kinda leslie-ish, without mush?"
    )
    assert "rotary-speaker plug-in" in advice.text
    assert "100-150 Hz" in advice.text
    assert "no leslie" not in advice.text


@needs_fluidsynth
def test_a_leslie_sound_on_the_rhodes_is_no_missing_instrument():
    advice = _ask("soul", "clean", "how do i get a leslie sound on the rhodes?")
    assert "rotary" in advice.text
    assert not advice.text.startswith("There is no")
