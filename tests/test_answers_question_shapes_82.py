"""Question shapes found after set 58's one run: "my voice gets eaten by the beat.. is the vocal too low or is that
just phone speakers?" offers the vocal or the phone, not the vocal or the beat said before the question;
"anything i gotta fix first or r we good to press" is a yes or no on the whole mix; "anything stick out level wise"
beside a destination asks the balance, not the loudness there; "how acoustic stuff sounds" names no part; "my
singer reckons the mix is shouty" quotes a person; "loud enough for spotify or gonna sound weak" takes the first side
back; "has the fog lifted off the beat?" is no timing; "pads 10db down now like u said" reports the move; "my bass
player reckons i buried him on purpose" is an accusation, not taste; "should i throw a low shelf boost on it or is it
already sitting right" with nothing off is no boost; a what-first naming a part that is fine leads with the fault
measured; "smack" is punch, and "polite" beside it no dull top; "eq the piano so it isnt boomy" is the boom taken
away, by EQ when EQ is asked; "are they loud enough to rock or do they need a shove?" is said back as loud enough.
From reading the set's passing answers: "gave the synth bass 1 more db on its fader, that get the weight back?"
reports the move; "my bassist plays super uneven" is the bass; an echo throw gets its send and envelope; "why that
one, its just sitting in the back" is answered as the claim the measurement contradicts; "is my mix bus chain ok?"
reads back the master's own chain; "did they get muted?" asks the mute; "a bit of compression to the whole mix to glue
it" is a bus compressor proposed; "automation or just fader?" names one."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.answer_craft import _RIDE_OR_FADER
from model.answer_dynamics import BUS_COMP_PROPOSED
from model.bus_chain import _kind, _named
from model.echo_throw import THROW_Q
from model.intent import asks_yes_no, classify
from model.intent_yes_no import any_first
from model.is_it_on import MUTE_ASKED
from model.pitch_timing import TIMING
from model.reported_move import reports_level_move, reports_move
from model.taste_pushback import _ACCUSED, TASTE


@pytest.mark.parametrize(
    ("question", "wants", "yes_no"),
    [
        ("anything i gotta fix first or r we good to press", "judge", True),
        ("bout to burn cds.. anything stick out level wise i gotta fix first or r we good?", "judge", True),
        ("mixing this for my nan, anything jumping out or buried?", "judge", True),
        ("what should i fix first?", "what_first", False),
    ],
)
def test_anything_asked_later_in_the_message_is_a_yes_or_no(question: str, wants: str, yes_no: bool) -> None:
    intent = classify(question)
    assert intent.wants == wants
    assert asks_yes_no(intent) is yes_no


@pytest.mark.parametrize(
    ("question", "complaint", "mentions"),
    [
        ("uploading to spotify tonight, does anything stick out level wise?", "loud", ()),
        ("is it loud enough for spotify?", "loudness", ()),
        ("is one of my tracks too loud or is that just how acoustic stuff sounds", "loud", ()),
        ("the acoustic is way too loud right?", "loud", ("acoustic",)),
        ("my singer reckons the mix is shouty, should i turn the master down?", "loudness", ()),
        ("the singer is too quiet", "quiet", ("singer",)),
        ("kick n clap feel kinda polite, how do i get more smack out of them?", "punch", ("kick",)),
        ("the acoustic sounds kinda polite, brighten it?", "dull", ("acoustic",)),
    ],
)
def test_the_complaint_and_the_parts_read(
    question: str, complaint: str | None, mentions: tuple[str, ...]
) -> None:
    intent = classify(question)
    assert intent.complaint == complaint
    assert intent.mentions == mentions


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("pads 10db down now like u said.. has the fog lifted off the beat?", "better_now"),
        ("gave the synth bass 1 more db on its fader, that get the weight back in the drop?", "better_now"),
        ("wait the pad?? why that one, its literally just sitting in the back", "why"),
        ("how do i get more punch out of the kick?", "how_to"),
    ],
)
def test_a_move_reported_and_a_pick_questioned(question: str, wants: str) -> None:
    assert classify(question).wants == wants


def test_a_player_is_the_part_unless_quoted() -> None:
    assert classify("my bassist plays super uneven, how would u set up reacomp").instruments == ("bass",)
    assert classify("my bassist says the mix is muddy, is it?").instruments == ()
    assert (
        classify("is there one thing way out of whack or is my bassist just being picky?").instruments == ()
    )


def test_anything_with_a_move_asked_is_no_yes_or_no() -> None:
    assert not any_first("the mix is great, anything i can do to make it wider?")
    assert any_first("the mix is great, anything way too loud?")


def test_moves_reported_and_timing_words() -> None:
    assert reports_level_move(
        "gave the synth bass 1 more db on its fader, that get the weight back in the drop?"
    )
    assert not reports_move("gave the vocal 2 db at 3k, is that harsh?")
    assert TIMING.search("has the fog lifted off the beat?") is None
    assert TIMING.search("the bass is off the beat in the chorus") is not None


def test_an_accusation_is_no_taste_and_a_throw_is_named() -> None:
    accused = "my bass player reckons i buried him on purpose lol.. is the bass genuinely too low"
    assert TASTE.search(accused) is not None and TASTE.search(_ACCUSED.sub(" ", accused)) is None
    assert TASTE.search("the bass is that loud on purpose, leave it?") is not None
    assert THROW_Q.search("how do i set up one of those echo throws on the last word of a line?")
    assert THROW_Q.search("how do i get an echo only on the last snare hit of the chorus?")
    assert THROW_Q.search("how much delay should the vocal have?") is None


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("pop", "clean", "on my phone my voice gets eaten alive by the beat.. is the vocal actually too low or is that just phone speakers",
         "No: nothing I measured says 'Lead Vocal' is out of line.", None),
        ("rock", "Lead Vocal -10", "the guitars swallow my voice on earbuds, is the vocal really too low or is that just earbuds",
         "Not the guitars, first your voice's own level: 'Lead Vocal' sits about", ("Lead Vocal", {"delta_db": 5.5})),
        ("rock", "clean", "bout to burn this onto cds.. anything stick out level wise i gotta fix first or r we good to press",
         "No: no track sits too loud; every level is inside the range", ("Hats", {"freq_hz": 3000, "gain_db": -2.5, "q": 2.0})),
        ("soul", "clean", "anything i should fix first or are we good to go?",
         "Nothing to fix first, you're good to go: nothing needs fixing. At most, the mix leans a little harsh.",
         ("Lead Vocal", {"freq_hz": 3000, "gain_db": -2.5, "q": 2.0})),
        ("folk", "Shaker +10", "theres this scratchy tick tick tick over the whole song.. is one of my tracks up too loud or is that just how acoustic stuff sounds",
         "Too loud, not just how acoustic stuff sounds: 'Shaker' sits about", ("Shaker", {"delta_db": -6.0})),
        ("soul", "Horns +10", "my singer reckons the mix is shouty n shes not wrong. should i just turn the master fader down a few db?",
         "It isn't the level: ", ("Horns", {"delta_db": -6.0})),
        ("soul_kit", "clean", "is it loud enough for spotify or gonna sound weak next to other tracks in a playlist",
         "It's loud enough: ", None),
        ("rock", "Bass -10", "my bass player reckons i buried him on purpose lol.. is the bass genuinely too low or is he just being salty",
         "Yes: 'Bass' sits about 10 dB quieter", ("Bass", {"delta_db": 6.0})),
        ("soul_kit", "clean", "bass sounds a bit thin on my headphones, should i throw a low shelf boost on it or is it already sitting right",
         "No, I wouldn't boost it: nothing I measured says 'Bass' is thin.", None),
        ("soul", "Drums -10", "the groove has no backbone, band n singer kinda floating.. whats the first thing to sort",
         "Bring the fader on 'Drums'", ("Drums", {"delta_db": 6.0})),
        ("rock", "clean", "ok n the gtrs specifically, are they loud enough to actually rock or do they need a shove? drummer says they sound kinda polite",
         "Loud enough, so I'd leave their faders: nothing I measured says 'Gtr L' or 'Gtr R' is too low.", None),
        ("rock", "clean", "how do i eq the bass so it isnt boomy?",
         "On 'Bass', dip 2.5 dB around 120 Hz (Q ~1.4) where boom usually builds", ("Bass", {"freq_hz": 120, "gain_db": -2.5, "q": 1.4})),
        ("soul_kit", "clean", "my bassist plays super uneven, half the notes boom n half vanish.. how would u set up reacomp to tame that",
         "That's the part's note-to-note range, not its fader: even it out with a compressor first", None),
        ("soul", "clean", "how do i set up one of those echo throws on the last word of a line? settings in reaper pls",
         "That's an echo throw: the delay sits on its own send, which opens only for the last word of the line.", None),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, dict[str, float]] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text
    got = (advice.suggestions[0].track, advice.suggestions[0].params) if advice.suggestions else None
    assert got == card
    assert "I can't tell timing" not in advice.text


@needs_fluidsynth
def test_the_moves_and_the_picks_questioned() -> None:
    fog = ask_after(
        "pop", ("Pad +10", "the pad is fogging up the whole beat, way too loud?"), "clean",
        "pads 10db down now like u said.. has the fog lifted off the beat?",
    )  # fmt: skip
    assert fog.text.startswith("Yes: the 'Pad' sitting too loud is gone. You moved its fader")
    same = ask_after(
        "pop", ("Synth Bass -10", "the drop has no weight, is the synth bass too low?"), "Synth Bass -10",
        "gave the synth bass 1 more db on its fader, that get the weight back in the drop?",
    )  # fmt: skip
    assert same.text.startswith("No: the 'Synth Bass' sitting too low is still there")
    assert "the change you made isn't in this playback" in same.text
    smack = ask_once(
        "pop", "clean", "kick n clap feel kinda polite, how do i get more smack out of them? numbers pls"
    )
    assert smack.text.startswith(
        "Put a compressor on 'Kick' (it has none): ratio about 3.9:1, attack about 17 ms"
    )
    piano = ask_once(
        "folk", "clean", "whats the trick to eq'ing an upright piano so it isnt boomy? rough frequencies"
    )
    assert piano.text.startswith("High-pass 'Piano' at about 100 Hz.")
    echo = ask_once("soul", "clean", "how do i set up one of those echo throws on the last word of a line?")
    assert "Show that send's volume envelope" in echo.text and "ReaDelay" in echo.text


def test_the_chain_on_the_master_is_named_by_its_plugins() -> None:
    assert _kind("ReaXcomp") == "compression" and _kind("ReaEQ") == "eq" and _kind("ReaLimit") == "limiting"
    assert _kind("ReaVerbate") is None
    assert _named("is my mix bus chain ok? got reaeq, a glue comp and reaLimit on there") == [
        "eq",
        "compression",
        "limiting",
    ]


@needs_fluidsynth
def test_the_bus_chain_judged_as_it_is() -> None:
    chain = ask_once("soul", "clean", "is my mix bus chain ok? got reaeq, a glue comp and reaLimit on there")
    assert chain.text.startswith("Your master runs ReaLimit, the limiter last, as it should be.")
    assert "The EQ and glue compressor you mention aren't on the master track here" in chain.text
    assert "so it does no harm" in chain.text


def test_a_mute_asked_of_the_part_and_glue_on_the_whole_mix() -> None:
    assert MUTE_ASKED.search("hats r missing, did they get muted or something?")
    assert MUTE_ASKED.search("did the harmony get turned off?")
    assert BUS_COMP_PROPOSED.search("should i add a bit of compression to the whole mix to glue it?")
    assert _RIDE_OR_FADER.search("the fiddle solo needs to pop more, automation or just fader?")
    assert _RIDE_OR_FADER.search("should i automate the vocal?") is None


@needs_fluidsynth
def test_a_mute_glue_and_a_ride_answered() -> None:
    hats = ask_once("pop", "Hats -10", "hats r missing, did they get muted or something?")
    assert hats.text.startswith("No, they're playing, just too quiet: 'Hats' sits about")
    glue = ask_once("folk", "clean", "should i add a bit of compression to the whole mix to glue it?")
    assert glue.text.startswith("No, not for its dynamics:")
    ride = ask_once("folk", "clean", "the fiddle solo needs to pop more, automation or just fader?")
    assert ride.text.startswith("Automation, for a passage like that:") and "Ride 'Fiddle'" in ride.text


@needs_fluidsynth
def test_a_pan_asked_for_a_clash_not_measured_is_a_choice() -> None:
    horns = ask_once(
        "soul", "clean", "horns are fighting the vocal in the chorus, should i pan them out wider"
    )
    assert horns.text.startswith("No: nothing I measured shows 'Horns' covering 'Lead Vocal'")
    assert "'Horns' is panned 25% right already; further out is fine" in horns.text
