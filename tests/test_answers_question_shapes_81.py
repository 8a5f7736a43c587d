"""Question shapes found after set 57's one run: "should i just drag every instrument down a few db to make room?" is
a fader move on every part, not timing, and the answer names the one part that is off ("No, not all of them, just
'Gtr L':"), or the part to be heard raised instead; "my strummy guitar part" is a guitar; "thinking of pulling both
gtrs down ... so theres more space for my voice" proposes a cut and makes room for the voice; "acoustic is now 10 db
lower like u suggested.. does my singing finally sit over the strumming?" and "fiddle fader is 10db lower now. does
the whole band feel more even?" report the move; "bass fader went up by 20 ... does the low end lock in w the drums
now?" asks about the bass moved; "the piano comping" is the piano's part; "did i bury it" says it is too low; "piano
gets loud once the chorus kicks in, should it come down?" with the level fine is a ride in the chorus, not the fader;
"a master bus chain? eq, glue comp, limiter.. ballpark settings for each" gets each tool. From reading the set's
passing answers: "gimme a figure for the cut", "whats the actual cut", "what do i trim off it in db" ask a size;
"should i boost the kick like 6db round 60hz" is an EQ boost; "the keys r smothering the horns.. did i leave them up
way too loud?" is a plain yes; "is it the acoustic ... or do i just need to enunciate better" names the part, not the
diction; "what comp settings n eq moves for my vocal?" gets both tools; a sidechain how-to gets REAPER's routing, and
one keyed from the voice a gentle dip; "what rate n depth" on a tremolo is the effect's knob, not distance; "too loud
or too quiet" is denied both ways; "fatter n wider" gets a move for each."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.bus_chain import _named
from model.depth_craft import asks_depth
from model.intent import classify
from model.intent_forms import ALL_DOWN
from model.pitch_timing import TIMING
from model.reported_move import reports_move
from model.section_level import _CLAIMED_IN
from model.two_qualities import _wished


@pytest.mark.parametrize(
    ("question", "timing"),
    [
        ("should i just drag every instrument down a few db to make room?", False),
        ("should i drag both guitars down a couple db?", False),
        ("is the bass dragging behind the kick?", True),
        ("the drummer drags in the chorus", True),
    ],
)
def test_drag_with_a_part_and_down_is_a_fader_move(question: str, timing: bool) -> None:
    assert (TIMING.search(question) is not None) is timing


@pytest.mark.parametrize(
    ("question", "every"),
    [
        ("should i just drag every instrument down a few db to make room?", True),
        ("should i turn everything else down so my vocal sits on top?", True),
        ("should i pull all the tracks down so my voice comes thru?", True),
        ("should i turn every guitar down?", False),
        ("should i turn the kick down?", False),
    ],
)
def test_every_fader_down_is_read_as_such(question: str, every: bool) -> None:
    assert (ALL_DOWN.search(question) is not None) is every


@pytest.mark.parametrize(
    ("question", "complaint", "mentions"),
    [
        ("should i just pull every track down a bit so the vocal cuts thru?", "quiet", ("vocal",)),
        ("cant hear my strummy guitar part at all, should that come up?", "quiet", ("guitar",)),
        ("the strummy acoustic is way too loud right?", "loud", ("acoustic",)),
        ("thinking of pulling both gtrs down a bit, good idea?", "loud", ("guitars",)),
        (
            "cant really pick out the piano comping in the verses.. did i bury it too far down?",
            "quiet",
            ("piano",),
        ),
        ("the gtr is burying my vocal", "clash", ("guitar", "vocal")),
        ("how do i carve space with eq without just turning one down?", None, ()),
    ],
)
def test_the_complaint_and_the_parts_read(
    question: str, complaint: str | None, mentions: tuple[str, ...]
) -> None:
    intent = classify(question)
    assert intent.complaint == complaint
    assert intent.mentions == mentions


@pytest.mark.parametrize(
    ("question", "reported"),
    [
        (
            "acoustic is now 10 db lower like you suggested.. does my singing finally sit over the strumming?",
            True,
        ),
        ("done, fiddle fader is 10db lower now. does the whole band feel more even to you?", True),
        ("the acoustic is 10 db lower than the vocal, is that right?", False),
        ("does my singing finally sit over the strumming?", False),
    ],
)
def test_a_move_reported_with_its_size_before_its_way(question: str, reported: bool) -> None:
    assert reports_move(question) is reported


@pytest.mark.parametrize(
    "question",
    [
        "yeah thought as much. gimme a figure for the cut, are we talkin 3db? 6? more?",
        "figured. whats the actual cut in db i should make",
        "ballpark, what do i trim off the rhodes in db",
        "so what kinda boost are we talkin for my voice, in db? like an actual number",
    ],
)
def test_a_size_asked_in_slang(question: str) -> None:
    assert classify(question).wants == "how_much"


def test_a_level_heard_in_one_section_is_a_claim_not_a_norm() -> None:
    m = _CLAIMED_IN.search(
        "piano gets a bit clangy n loud once the chorus kicks in, should it come down some?"
    )
    assert m is not None and (m["way"], m["section"]) == ("loud", "chorus")
    m = _CLAIMED_IN.search("the horns get kinda buried during the chorus, should i push em?")
    assert m is not None and (m["way"], m["section"]) == ("buried", "chorus")
    assert _CLAIMED_IN.search("should the vocal be louder in the verse than the chorus?") is None


def test_an_effects_depth_knob_is_no_depth_in_the_mix() -> None:
    assert not asks_depth("how do i get that tremolo on the rhodes? what rate n depth")
    assert not asks_depth("whats a good depth and rate for the chorus plugin")
    assert asks_depth("how do i get more depth in the mix")


def test_the_chain_tools_and_the_qualities_in_the_order_said() -> None:
    assert _named("master bus: limiter, glue comp, eq?") == ["eq", "compression", "limiting"]
    assert _named("eq and saturation on the mix bus") == ["eq", "saturation"]
    assert _wished("how do i make my clap sound fatter n wider") == [("full", "fatter"), ("wide", "wider")]
    assert _wished("how do i get my snare punchier and wider?") == [("punch", "punchier"), ("wide", "wider")]


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("rock", "masking", "my voice drowns once the full band kicks in.. should i just drag every instrument down a few db?",
         "No, not all of them, just 'Gtr L': 'Gtr L' sits about 8 dB louder", ("Gtr L", {"delta_db": -3.5})),
        ("rock", "Lead Vocal -10", "should i pull every track down a bit so the vocal cuts thru?",
         "No, bring 'Lead Vocal' up instead: 'Lead Vocal' sits about 8 dB quieter", ("Lead Vocal", {"delta_db": 5.5})),
        ("pop", "clean", "cant hear my strummy guitar in the bridge, push it up?",
         "There is no guitar in this session: your tracks are 'Kick', 'Clap'", None),
        ("folk", "clean", "the fiddle gets kinda loud once the chorus kicks in, should it come down?",
         "Not on the fader: over this clip 'Fiddle' reads -28.5 LUFS, and nothing I measured says it is out of line. "
         "I can't split it by section", None),
        ("soul", "Rhodes -10", "cant pick out the piano comping, did i bury it?",
         "Yes: 'Rhodes' sits about 10 dB quieter", ("Rhodes", {"delta_db": 6.0})),
        ("soul_kit", "Bass +10", "kick is lost, should i boost it like 6db round 60hz?",
         "No, I wouldn't boost it: what is off is 'Bass'", ("Bass", {"delta_db": -6.0})),
        ("soul", "clean", "whats a sensible chain on the mix bus? eq, comp, limiter, ballpark settings",
         "On the mix bus, in this order and each one gently: EQ: broad, 1-2 dB at most", None),
        ("soul", "Bass +10", "whats a sensible chain on the mix bus? eq, comp, limiter, ballpark settings",
         "First the balance, no bus chain fixes it: 'Bass' sits about 10 dB louder", ("Bass", {"delta_db": -6.0})),
        ("pop", "Synth Bass +10", "the synth bass is smothering the kick, did i leave it up way too loud?",
         "Yes: 'Synth Bass' sits about 9 dB louder", ("Synth Bass", {"delta_db": -6.0})),
        ("folk", "Acoustic Gtr +10", "is it the acoustic thats smudging my words or do i just need to enunciate better",
         "It's 'Acoustic Gtr', not your diction: 'Acoustic Gtr' sits about", ("Acoustic Gtr", {"delta_db": -6.0})),
        ("folk", "clean", "upright bass sounds kinda puny on my laptop speakers.. worth giving it an extra 2-3 db or leave it be?",
         "No, leave its fader: it's the laptop more than the mix:", ("Upright Bass", {"freq_hz": 900, "gain_db": 2.0, "q": 1.0})),
        ("pop", "clean", "what comp settings n eq moves for my vocal?",
         "Compression: On lead vocals, engineers ran a median 3:1, attack 7.8 ms", None),
        ("pop", "clean", "how do i make my clap fatter n wider?",
         "On 'Clap', add 2 dB around 190 Hz (Q ~1) in its body range", ("Clap", {"freq_hz": 190, "gain_db": 2.0, "q": 1.0})),
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
def test_the_whole_chain_and_the_width_are_said() -> None:
    chain = ask_once("rock", "clean", "what should go on my master bus, eq comp limiter? rough settings")
    assert "Glue compressor: 2:1, attack 10-30 ms" in chain.text
    assert "Limiter: last, ceiling -1 dBTP" in chain.text
    assert "This mix reads -14.0 LUFS integrated" in chain.text
    clap = ask_once("pop", "clean", "how do i make my clap fatter n wider?")
    assert "For the width: widen 'Clap' with two different sides" in clap.text
    vocal = ask_once("pop", "clean", "what comp settings n eq moves for my vocal?")
    assert "EQ: Engineers high-passed lead vocals around 111 Hz" in vocal.text


@needs_fluidsynth
def test_sidechain_routing_in_reaper_on_the_tracks_named() -> None:
    bass = ask_once("rock", "clean", "how do i sidechain the bass to the kick in reaper? routing pls")
    assert (
        "To wire the sidechain in REAPER, put ReaComp on 'Bass' and set its Detector input to Auxiliary Input L+R; then on 'Kick' add a "
        "send to 'Bass'" in bass.text
    )
    horns = ask_once("soul", "clean", "how do i duck the horns under the vocal with a sidechain? settings?")
    assert horns.text.startswith("Typical: music ducked under a voice: ratio 2:1 to 3:1")
    assert "then on 'Lead Vocal' add a send to 'Horns'" in horns.text


@needs_fluidsynth
def test_the_moves_reported_before_their_checks() -> None:
    singing = ask_after(
        "folk",
        ("Acoustic Gtr +10", "my acoustic is steamrolling my vocal, too loud?"),
        "clean",
        "acoustic is now 10 db lower like u suggested.. does my singing finally sit over the strumming?",
    )
    assert singing.text.startswith("Yes: the 'Acoustic Gtr' sitting too loud is gone. You moved its fader")
    low_end = ask_after(
        "soul",
        ("Bass -10", "bass line is nowhere, bass too low?"),
        "Bass +10",
        "ok so the bass fader went up by 20 to make sure nobody misses it lol. does the low end lock in w the drums now?",
    )
    assert low_end.text.startswith(
        "No, too far: now 'Bass' is too loud (10.2 dB); before, it was too low (9.8 dB)."
    )
    assert low_end.suggestions[0].track == "Bass" and low_end.suggestions[0].params == {"delta_db": -6.0}
