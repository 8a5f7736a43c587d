"""Question shapes found after set 69's one run: "horns came down about 11db. does the band feel like one thing
again", "is the piano too far down? the chords r there when i solo them", "should i push it up a few db in the drop
or is it already where it should be", "nothing i need to touch before i bounce the wav then?", "its supposed to
swell up n get all lush" (no automation asked), "everything sounds washed out, should i cut the verb back on the
vocal" with another part 10 dB over, and high-passes asked "so they stop clouding up the bass n kick". From reading
the passing answers: "is any single part too loud or buried" (a part's level, not the loudness), "gave it like 3db
more, has that done it or does it need a bigger push" after a question that named three parts, "honest thoughts on
the keyboard part?", three parts named and none off, "is the vocal too loud or is that just me cringing at hearing
myself", a de-esser's frequency asked, "i balanced it on my headphones, whats making it come out so big", and "one
band in one room: bus comp or a shared reverb?". Probing further: the same shapes in other words, and "maybe i need a
sub layer under the kick?" (a new layer of a kind the session has), "probably my vocal eq? too much presence boost"
(a boost blamed, not proposed), "tell me what you hear in the drums" and "give me your honest first impression of this
mix" (what is heard, not a how-to), and a part asked how to sit behind the lead that measures fine.
"""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model.answer_tracks import BOOST_BLAMED
from model.export_answer import asks_delivery
from model.gear_pushback import gear_note
from model.guessed_technique import host_only
from model.intent import Wants, classify
from model.intent_open import OPINION_ON, open_question
from model.just_my_ears import OWN_VOICE_DOUBT
from model.one_room import ONE_ROOM
from model.reported_move import reports_move


def test_the_forms_found() -> None:
    assert reports_move(
        "ok horns came down about 11db. does the band feel like one thing again or is there still something poking out"
    )
    assert reports_move(
        "gave it like 3db more, was scared of muddying it up. has that done it or does it need more"
    )
    assert not reports_move("does the band feel like one thing or is something poking out")
    assert classify("is the piano too far down? the chords r there when i solo them").complaint == "quiet"
    assert classify("scroll too far down the list").complaint != "quiet"
    assert (
        classify("why does my chorus feel so bare?? its supposed to swell up n get all lush").technique
        is None
    )
    assert classify("make the organ swell up in the bridge").technique == "automation"
    assert not asks_delivery(
        "so nothing i need to touch before i bounce the wav then? no fader thats way off?"
    )
    assert asks_delivery("should i bounce the wav or an mp3 for soundcloud")
    assert asks_delivery("gonna export the wav for spotify, is that the right format?")
    assert host_only("everything sounds washed out, should i cut the verb back on the vocal", ("vocal",))
    assert not host_only("the vocal sounds washed out, cut the verb on the vocal?", ("vocal",))
    assert not host_only("everything is muddy, is the bass too loud?", ("bass",))
    assert host_only("the mix sounds harsh n shouty, probably my vocal eq right?", ("vocal",))
    assert BOOST_BLAMED.search("too much presence boost") and not BOOST_BLAMED.search("should i boost 3k")
    assert classify("is any single part obviously too loud or buried, yes or no").any_track
    assert OPINION_ON.search("honest thoughts on the keyboard part?")
    assert not open_question("my bandmate played it n im not sure how i feel about where it sits")
    assert open_question("my mix sounds thin, what am i missing?")
    assert OWN_VOICE_DOUBT.search("is the vocal too loud or is that just me cringing at hearing myself")
    assert not OWN_VOICE_DOUBT.search("is the vocal too loud or is that just me")
    assert gear_note("how tho? i balanced it on my headphones n it seemed fine there").startswith(
        "Headphones"
    )
    assert ONE_ROOM.search("like one band playing in one room instead of seven separate recordings")
    assert classify("gave it like 3db more. has that done it?").wants == Wants.BETTER


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("soul", "Rhodes -10", "is the piano too far down? the chords r there when i solo them but in the full mix its like they evaporated",
         "Yes: 'Rhodes' sits about", ("Rhodes", 1)),
        ("folk", "clean", "is the piano too far down in the mix? the chords feel a bit distant",
         "Not too low, so I'd leave its fader: 'Piano' sits", None),
        ("pop", "clean", "feels like the synth bass needs way more weight in the drop, should i push it up a few db or is it already where it should be",
         "It's already where it should be on the fader: over this clip 'Synth Bass' reads", None),
        ("pop", "Synth Bass -10", "feels like the synth bass needs way more weight in the drop, should i push it up a few db or is it already where it should be",
         "Push it up, it isn't where it should be yet: 'Synth Bass' sits about", ("Synth Bass", 1)),
        ("pop", "Lead Vocal +10", "vocal needs to hit harder in the chorus, should i push it up a bit or is it already where it should be",
         "Neither: it's already past where it should be: 'Lead Vocal' sits about", ("Lead Vocal", -1)),
        ("soul", "Strings -10", "why does my chorus feel so bare?? its supposed to swell up n get all lush n cinematic but it just stays flat like the verse",
         "First, what holds the whole song back: 'Strings' sits", ("Strings", 1)),
        ("pop", "Pad +10", "everything sounds washed out n foggy like the mix is underwater. i reckon my reverb send is too big, should i cut the verb back on the vocal",
         "Not the reverb first: the fault I measured is 'Pad'", ("Pad", -1)),
        ("soul_kit", "Organ +10", "everything feels cloudy n washed out, reckon i should pull the reverb back on the snare?",
         "Not the reverb first: the fault I measured is 'Organ'", ("Organ", -1)),
        ("rock", "Keys +10", "about to send this to a label, terrified. is any single track way too loud or buried?",
         "Yes, one too loud: 'Keys' sits", ("Keys", -1)),
        ("folk", "Harmony Vox -10", "is anything sticking out or buried in this?",
         "Yes, one too low: 'Harmony Vox' sits", ("Harmony Vox", 1)),
        ("soul", "clean", "is any single part too loud or too quiet, yes or no",
         "No: no track sits too loud or too low", None),
        ("rock", "Keys +10", "honest thoughts on the keyboard part? my bandmate played it n im not sure how i feel about where it sits",
         "Too loud: 'Keys' sits", ("Keys", -1)),
        ("soul", "clean", "first proper soul tune ive mixed, rhodes horns strings the lot. what jumps out at u listening to it, good or bad",
         "None of them stands out:", None),
        ("pop", "clean", "my voice feels super upfront n naked to me, like its shouting over the track. is the vocal too loud or is that just me cringing at hearing myself",
         "It's you, not the mix: nothing I measured says 'Lead Vocal' is too loud.", None),
        ("folk", "clean", "my s's n t's are spitting right out of the speakers on the vocal. how do i set up a de-esser in reaper, what freq n how much reduction",
         "Put a de-esser on 'Lead Vocal'", None),
        ("folk", "clean", "whats the trick to make everything sound like one band playing in one room instead of seven separate recordings? bus comp or a shared reverb or what, n what settings",
         "Both, the shared reverb first: one short room reverb on a send", None),
        ("soul", "Bass +10", "want it to sound like one band in one room not separate recordings, bus comp or a shared verb?",
         "First the balance: 'Bass' sits about", ("Bass", -1)),
        ("rock", "clean", "where should i be high passing the electric gtrs so they stop clouding up the bass n kick? like what hz n how steep",
         "Your ReaEQ already high-passes 'Gtr L' at 110 Hz", None),
        ("soul", "Bass -10", "the low end feels thin, maybe i need a sub layer under the kick?",
         "Not a sub layer first: 'Bass' sits about", ("Bass", 1)),
        ("soul", "clean", "the low end feels thin, maybe i need a sub layer under the kick?",
         "Your call: there is no sub layer in this session yet", None),
        ("rock", "Keys -10", "chords feel weak, probably need an extra keys layer in the chorus?",
         "Not a keys layer first: 'Keys' sits about", ("Keys", 1)),
        ("soul", "Horns +10", "the mix sounds harsh n shouty, probably my vocal eq right? too much presence boost",
         "Not the EQ first: the fault I measured is 'Horns'", ("Horns", -1)),
        ("soul_kit", "Kick -10", "tell me what you hear in the drums",
         "Too quiet: 'Kick' sits about", ("Kick", 1)),
        ("folk", "clean", "give me your honest first impression of this mix",
         "Honestly, nothing in the numbers needs fixing:", None),
        ("soul_kit", "clean", "whats the best way to get the backing vox to sit behind me without disappearing",
         "Its level is already where real mixes put it", None),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, int] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert re.match(re.escape(opening), advice.text), advice.text
    # the first fader card (a tone card may follow a level answered fine)
    first = next((s for s in advice.suggestions if s.action == "nudge_volume_db"), None)
    got = (first.track, 1 if first.params["delta_db"] > 0 else -1) if first is not None else None
    assert got == card
    assert len(advice.text.split()) <= 120


@needs_fluidsynth
def test_what_the_answers_say_beside_their_opening() -> None:
    """The de-esser's own frequency, no EQ-cut lesson; the high-pass leaves the parts it makes room for; the glue
    answer gives the room's decay from real mixes; the own-voice doubt says how to check it."""
    esses = ask_once(
        "folk", "clean", "the esses on my vocal spit at me, how do i set up a de-esser, what freq n how much"
    )
    assert "5-8 kHz" in esses.text and "No cut is called for" not in esses.text
    hp = ask_once(
        "rock", "clean", "what freq should i hpf the guitars at so they stop muddying the kick? and how steep"
    )
    assert "'Kick'" not in hp.text and "12 dB/oct" in hp.text
    room = ask_once(
        "rock",
        "clean",
        "how do i get the band sounding like one band in the same room, glue comp or a room reverb?",
    )
    assert re.search(r"rooms decayed around \d\.\d s in 90 real mixes \(MixologyDB\)", room.text), room.text
    assert "2:1, slow attack 10-30 ms" in room.text
    voice = ask_once("folk", "clean", "is the vocal too loud or is it just me hating hearing my own voice")
    assert voice.text.startswith("It's you, not the mix:") and "matched in loudness" in voice.text
    loud = ask_once(
        "folk", "Lead Vocal +10", "is the vocal too loud or is it just me hating hearing my own voice"
    )
    assert not loud.text.startswith("It's you") and loud.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_delivery_asked_only_when_asked() -> None:
    """A render named as the moment ("before i bounce the wav") gets the balance; a format checked gets a yes or
    no on it, not one flipped by the mix's faults."""
    before = conversation(
        "rock",
        [
            ("clean", "can u sanity check the levels on this before i render, hows it looking"),
            (
                "clean",
                "nice one. so nothing i need to touch before i bounce the wav then? no fader thats way off?",
            ),
        ],
    )[1]
    assert before.text.startswith("The levels are fine already:"), before.text
    wav = ask_once("pop", "Pad +10", "gonna bounce the wav for soundcloud, is that the right format?")
    assert wav.text.startswith("Yes, lossless is right: WAV (or FLAC)"), wav.text
    mp3 = ask_once("pop", "clean", "exporting an mp3 for spotify, is that ok?")
    assert mp3.text.startswith("No, go lossless: WAV (or FLAC)"), mp3.text


@needs_fluidsynth
def test_a_move_reported_and_its_result_asked() -> None:
    """ "came down about 11db. does the band feel like one thing again" is the move's result asked; "has that done
    it" after a question that named three parts is about the part claimed off, and a fader not moved is said so; the
    headphones the asker balanced on are what hid the fault."""
    horns = ask_after(
        "soul",
        (
            "horns too loud",
            "the brass hits are blasting my face off every time they come in, theyre set way too hot",
        ),
        "clean",
        "ok horns came down about 11db. does the band feel like one thing again or is there still something poking out",
    )
    assert horns.text.startswith("Yes, that worked: the 'Horns' sitting too loud is gone."), horns.text
    pushed = ask_after(
        "pop",
        ("Synth Bass -10", "the drop has no low end at all, just kick n vocal floating in space. synth bass is set too quiet right?"),
        "Synth Bass -10",
        "gave it like 3db more, was scared of muddying it up. has that done it or does it need a bigger push",
    )  # fmt: skip
    assert pushed.text.startswith("Not yet: the 'Synth Bass' sitting too low is still there"), pushed.text
    assert pushed.suggestions[0].track == "Synth Bass" and pushed.suggestions[0].params["delta_db"] > 0
    why = conversation(
        "rock",
        [
            ("Bass +10", "bottom end is swallowing the gtrs whole, the bass is way too hot isnt it"),
            ("Bass +10", "how tho? i balanced it on my headphones n it seemed fine there. whats making it come out so big"),
        ],
    )[1]  # fmt: skip
    assert "Headphones can hide it" in why.text and "'Bass'" in why.text, why.text
