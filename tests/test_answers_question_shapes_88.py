"""Question shapes found after set 64's one run: "is the right gtr just set way louder?" beside "the left side feels
kinda empty" asks that guitar's level (a yes when it is 10 dB up); "why is the right side of my mix so hollow?" and
"the whole left side is shoving everything out the way" name a side, answered with the part panned there;
"feels wonky n crunchy" is a complaint, not grit wished for; "whats a good starting point for compressing a soul
vocal ... without sounding squashed" asks settings, the squash a limit; "alright dropped the bass 10db. does the mix
finally hold together" reports a move in a sentence of its own; "no cushion under her voice" is a bed missing, not
the voice; "the chorus is meant to swell up huge" is a section's lift, not automation; "the low end makes my car
doors buzz, should i stick a multiband on the master?" is a complaint a fader fixes first; "is the fix just pulling
both guitar faders down?" proposes a move on both. From reading the set's passing answers: "when it plays the riff"
is the part's own riff, not a guitar; "sounds like a church organ, the keyboard chords..." names the keys in their
own word; "is my vocal loud enough? ... next to the beat" asks the vocal's own quiet; "my bandmate reckons its done
... or is he right" sides with a person; "so my voice isnt too loud then?" with the vocal 10 dB up opens "It is, actually", not "Yes"."""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.asked_direction import asked_way
from model.denied_part import PART_DENIED
from model.intent import classify
from model.intent_claim import claim_side, mix_claim


@pytest.mark.parametrize(
    ("question", "wants", "complaint", "technique", "instruments"),
    [
        ("when i listen on cans my right ear gets hammered by the rhythm gtr n the left side feels kinda empty. is the right gtr just set way louder?",
         "judge", "loud", None, ("guitar",)),
        ("why is the right side of my mix so hollow? the rhythm part panned over there just kind of evaporates once the chorus hits",
         "why", "lopsided", None, ()),
        ("my mix feels wonky n crunchy, like the whole left side is shoving everything else out the way. where would u start",
         "what_first", "lopsided", None, ()),
        ("whats a good starting point for compressing a soul vocal in reaper so she sits steady on top without sounding squashed? ratio, attack, release, all that",
         "how_to", None, "compression", ("vocal",)),
        ("alright dropped the bass 10db. does the mix finally hold together or did i just make a new problem",
         "better_now", None, None, ("bass",)),
        ("the chorus is meant to swell up huge but it just feels small n dry, like theres no cushion under her voice. should i throw a big hall reverb on the mix bus to fill it out?",
         "judge", "small", "reverb", ()),
        ("how come the left side of the song feels so empty? the gtr panned over there just vanishes",
         "why", "lopsided", None, ("guitar",)),
        ("my pluck synth gets kinda piercing n clicky up top when it plays the riff. what eq moves would u try on it",
         "how_to", "harsh", "eq", ("synth",)),
    ],
)  # fmt: skip
def test_the_asks_read(
    question: str, wants: str, complaint: str | None, technique: str | None, instruments: tuple[str, ...]
) -> None:
    intent = classify(question)
    assert intent.wants == wants
    assert intent.complaint == complaint
    assert intent.technique == technique
    assert intent.instruments == instruments


def test_the_forms_found() -> None:
    assert asked_way("is the fix just pulling both guitar faders down a few db?") == "down"
    assert asked_way("is it worth bringing the pad up a bit?") == "up"
    assert mix_claim("like theres no cushion under her voice") == "lack"
    # a level asked of a part is the claim checked, whatever the mix is said to feel like beside it
    assert claim_side("the left side feels kinda empty. is the right gtr set way louder?", "loud") == "excess"
    assert claim_side("the mix feels empty", None) == "lack"
    assert classify("make the organ swell up in the bridge").technique == "automation"
    assert classify("how do i make it grittier").wants == "how_to"
    assert PART_DENIED.search("so my voice isnt too loud then? our gtrist keeps telling me")
    assert PART_DENIED.search("the hats arent too hot right?")
    assert not PART_DENIED.search("the hats are too hot right?")
    assert not PART_DENIED.search("why isnt the kick loud enough")


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("rock", "Gtr R +10", "when i listen on cans my right ear gets hammered by the rhythm gtr n the left side feels kinda empty. is the right gtr just set way louder?",
         "Yes: 'Gtr R' sits about 7 dB louder", ("Gtr R", {"delta_db": -3.5})),
        ("rock", "Gtr L +10", "my right ear feels a bit bare on headphones n the left gtr is all i hear. is the left one just mixed way louder?",
         "Yes: 'Gtr L' sits about 9 dB louder", ("Gtr L", {"delta_db": -5.0})),
        ("rock", "Gtr R -10", "why is the right side of my mix so hollow? the rhythm part panned over there just kind of evaporates once the chorus hits",
         r"(The meters read the two channels within [\d.]+ dB of each other, but|It leans left: .*Because) 'Gtr R' is panned right",
         ("Gtr R", {"delta_db": 6.0})),
        ("rock", "Gtr L +10", "my mix feels wonky n crunchy, like the whole left side is shoving everything else out the way. where would u start",
         r"It leans left: the left channel is [\d.]+ dB louder overall\. 'Gtr L' is panned left", ("Gtr L", {"delta_db": -5.0})),
        ("soul", "clean", "whats a good starting point for compressing a soul vocal in reaper so she sits steady on top without sounding squashed? ratio, attack, release, all that",
         "On lead vocals, engineers ran a median 3:1", None),
        ("soul", "Strings -10", "the chorus is meant to swell up huge but it just feels small n dry, like theres no cushion under her voice. should i throw a big hall reverb on the mix bus to fill it out?",
         "Not the reverb first: the fault I measured is 'Strings'", ("Strings", {"delta_db": 6.0})),
        ("pop", "Synth Bass +10", "the low end makes my car doors buzz n the whole mix kind of pumps weirdly. should i stick a multiband comp on the master to squash the lows?",
         "Not the multiband compressor first: the fault I measured is 'Synth Bass'", ("Synth Bass", {"delta_db": -6.0})),
        ("rock", "masking", "as soon as both gtrs crunch in my singing turns to porridge.. is the fix just pulling both guitar faders down a few db?",
         "Just 'Gtr L', not both:", ("Gtr L", {"delta_db": -3.5})),
        ("rock", "Keys +10", "why does my chorus sound like a church organ recital lol, the keyboard chords are this big wall sat on top of the gtrs n vocal",
         "Most likely this: 'Keys' sits level with your lead vocal", ("Keys", {"delta_db": -4.5})),
        ("pop", "clean", "is my vocal loud enough do u reckon? next to the beat it feels a tiny bit shy, esp on my laptop speakers",
         "Yes: nothing I measured says 'Lead Vocal' is too low.", None),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, dict[str, float]] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert re.match(opening, advice.text), advice.text
    got = (advice.suggestions[0].track, advice.suggestions[0].params) if advice.suggestions else None
    assert got == card
    assert len(advice.text.split()) <= 120


@needs_fluidsynth
def test_a_move_reported_in_its_own_sentence_is_judged_by_the_clip_after_it() -> None:
    after = ask_after(
        "rock",
        ("Bass +10", "the low end is one big wobbly mess n the bass is rumbling over everything, too loud?"),
        "clean",
        "alright dropped the bass 10db. does the mix finally hold together or did i just make a new problem",
    )
    assert after.text.startswith("Yes: the 'Bass' sitting too loud is gone."), after.text


@needs_fluidsynth
def test_who_the_meters_side_with_and_a_part_claimed_not_off() -> None:
    done = ask_once(
        "pop",
        "clean",
        "my bandmate reckons its done, i reckon somethings off. is any track actually sitting wrong level wise or is he right",
    )
    assert done.text.startswith("Your bandmate is right: nothing needs fixing."), done.text
    off = ask_once(
        "pop",
        "Synth Bass +10",
        "my bandmate reckons its done, i reckon somethings off. is any track actually sitting wrong level wise or is he right",
    )
    assert off.text.startswith("You are: 'Synth Bass' sits about 9 dB louder"), off.text
    asked = ask_once("rock", "Snare +10", "my drummer reckons its done. is anything too loud or is he right")
    assert asked.text.startswith("Not your drummer: 'Snare' sits"), asked.text
    singer = ask_once(
        "soul", "clean", "my singer reckons its ready to send off. is anything actually off or is she right"
    )
    assert singer.text.startswith("Your singer is right:"), singer.text
    fine = ask_once(
        "rock",
        "clean",
        "so my voice isnt too loud then? our gtrist keeps telling me im drowning out his solos",
    )
    assert fine.text.startswith("No: nothing I measured says 'Lead Vocal' is too loud."), fine.text
    hot = ask_once(
        "rock",
        "Lead Vocal +10",
        "so my voice isnt too loud then? our gtrist keeps telling me im drowning out his solos",
    )
    assert hot.text.startswith("It is, actually: 'Lead Vocal' sits"), hot.text
    loud = ask_once("pop", "Lead Vocal -10", "the vocal isnt too quiet, right?")
    assert loud.text.startswith("It is, actually:"), loud.text
    assert loud.suggestions[0].track == "Lead Vocal" and loud.suggestions[0].params["delta_db"] > 0
    riff = ask_once(
        "pop",
        "clean",
        "my pluck synth gets kinda piercing n clicky up top when it plays the riff. what eq moves would u try on it",
    )
    assert "no riff" not in riff.text and riff.suggestions[0].track == "Pluck Synth", riff.text


@needs_fluidsynth
def test_a_boost_at_one_frequency_weighed_on_that_band_of_the_mix() -> None:
    """Probing further: "should i boost 5k on the vocal?" with nothing off on the vocal is answered on the whole
    mix's presence band (heavy there: hold off, keep it small), never "most engineers EQ vocals"; a band with room
    gets a yes and the boost; a part too quiet keeps its fader first."""
    vocal = ask_once("rock", "clean", "should i boost 5k on the vocal?")
    assert vocal.text.startswith("I'd hold off: the whole mix's presence band (4 kHz-6 kHz) is"), vocal.text
    assert vocal.suggestions[0].track == "Lead Vocal"
    assert vocal.suggestions[0].params == {"freq_hz": 5000, "gain_db": 1.5, "q": 1.0}
    bass = ask_once("rock", "clean", "should i add like 200hz to the bass so its fuller?")
    assert bass.text.startswith("Yes, a little: the whole mix's bass band (60 Hz-250 Hz) is"), bass.text
    assert "fuller, not boomier" in bass.text
    assert bass.suggestions[0].params == {"freq_hz": 200, "gain_db": 2.0, "q": 1.0}
    quiet = ask_once("pop", "Lead Vocal -10", "should i boost 5k on the vocal so it cuts thru?")
    assert quiet.text.startswith("Not first: 'Lead Vocal' sits"), quiet.text
    assert quiet.suggestions[0].params["delta_db"] > 0
    weak = ask_once("rock", "Bass -10", "is it the kick thats too weak? the whole groove has no weight")
    assert weak.text.startswith(
        "Not really: nothing I measured says 'Kick' is too low. What is off is 'Bass'"
    ), weak.text
    assert weak.suggestions[0].track == "Bass" and weak.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_probing_further_an_overshoot_a_listen_asked_and_a_part_not_there() -> None:
    """ "does it sit right now or did i go overboard" after a move past the mark is "Too far the other way", never
    "Worse" (8 dB over after 10 dB under is closer, just on the other side); "give it a listen n tell me what sticks
    out" asks which part, not which way to turn "it"; "There are no toms" for a plural part not in the session."""
    overboard = ask_after(
        "soul_kit",
        ("Organ -10", "cant hear the organ at all, too quiet?"),
        "Organ +10",
        "alright cranked the organ like 20db. does it sit right now or did i go overboard",
    )
    assert overboard.text.startswith("Too far the other way: now 'Organ' is too loud"), overboard.text
    assert overboard.suggestions[0].track == "Organ" and overboard.suggestions[0].params["delta_db"] < 0
    listen = ask_once(
        "pop", "Pad -10", "give it a listen n tell me straight what sticks out or whats missing"
    )
    assert not listen.text.startswith("Turn what"), listen.text
    assert listen.suggestions[0].track == "Pad" and listen.suggestions[0].params["delta_db"] > 0
    assert ask_once("pop", "clean", "turn it up?").text.startswith("Turn what up, though:")
    toms = ask_once("rock", "clean", "what settings would u use on a gate for the toms?")
    assert "(There are no toms in this session; your tracks are 'Kick'," in toms.text, toms.text
    sax = ask_once("rock", "clean", "how do i compress the sax")
    assert "(There's no sax in this session;" in sax.text, sax.text
