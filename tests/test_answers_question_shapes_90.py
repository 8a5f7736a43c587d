"""Question shapes found after set 66's one run: a true complaint ending on a plan that is no fader move ("should i
pitch the sample down", "cut a few db round 300hz on the master bus") gets "No, the fader first:"; "is my limiter
eating the low end or is something just set too low" names the side ("One track is too low, not the limiter:"); a
"16th hat pattern" is the hats; "is it sat too loud or am i just fussing" on a busy part says "Not too loud:"; the
vocal said chewed up by the guitars, with a widener or the mic placement offered, gets the offer answered and the
measured cover; "pulled the right gtr down a full 20db, is it balanced left to right now?" is too far the other way
to the ear; the pink-noise trick and a vocal delay that keeps the words clear are answered as asked. From reading the
passing answers: "what do u make of the hats?" is no yes/no; "ride myself up" is the singer's own fader, and parts
"right on top of me" are judged loud; "is there a spot to scoop?" with nothing off is a no. Probing further: a
drum-bus compressor is glue and optional on a kit in place; a pitch move on a part in place is a taste call; "add
anything to the master or leave it as is", "fine for a folk tune or should it be up", "mute the pad so it pokes
through?", "why does that matter tho, its just a pad" and "move the mic closer or is it a mix thing" each get the
side measured."""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.covering_side import COVERED
from model.intent import classify
from model.lean_verdict import asks_fault
from model.other_fix_offered import PLAN_OFFERED


def test_the_forms_found() -> None:
    assert classify("theres a busy 16th hat pattern, is it too loud").instruments == ("hi-hat",)
    assert "hi-hat" not in classify("i take my hat off to you, the mix is great").instruments
    assert "vocal" in classify("do i need to ride myself up in the choruses?").instruments
    assert COVERED.search("in the chorus my words get chewed up by the gtrs")
    assert COVERED.search("is the guitar actually sitting on top of my voice in the mix")
    assert not COVERED.search("the guitars sound great on top of the drums")
    assert PLAN_OFFERED.search("should i pitch the sample down a couple semitones")
    assert PLAN_OFFERED.search("should i just cut a few db round 300hz on the master bus")
    assert not PLAN_OFFERED.search("should i cut the organ by a few db")  # a fader cut, not a tone plan
    assert asks_fault(classify("is there a spot to scoop on the acoustic"))
    # the amp's drive blamed is its colour; "more drive in the chorus" is energy (p1163), a new amp a source swap
    assert classify("the right guitar is fizzy, is the amp sim too gainy").technique == "saturation"
    assert classify("how do I get more drive in the chorus").technique != "saturation"
    assert classify("should i swap the amp sim on the guitars?").technique != "saturation"
    assert classify("bass is overpowering, what percentage should i turn it down").wants == "how_much"
    # "without it taking over" is a limit on the width asked, not a complaint
    assert classify("how do i make the organ sound wider without it taking over").complaint != "loud"


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("pop", "Clap +10", "the snare in the chorus pokes out like a sore thumb n makes me flinch every hit. should i pitch the sample down a couple semitones so its less sharp n piercing",
         "No, the fader first: 'Clap' sits about 11 dB louder", ("Clap", {"delta_db": -6.0})),
        ("soul_kit", "Organ +10", "the verses are all murky n clogged, the keys sound wrapped in cling film. should i just cut a few db round 300hz on the master bus to clean it up",
         "No, the fader first: 'Organ' sits 2 dB over your lead vocal", ("Organ", {"delta_db": -6.0})),
        ("pop", "Clap +10", "is the clap too loud? should i pitch it down",
         "Yes, and the fader first, not the pitch: 'Clap'", ("Clap", {"delta_db": -6.0})),
        ("soul", "Bass -10", "the mix feels weightless. is my limiter on the master eating the low end or is something just set too low",
         "One track is too low, not the limiter: 'Bass' sits about 10 dB quieter", ("Bass", {"delta_db": 6.0})),
        ("soul_kit", "clean", "theres a busy 16th hat pattern all thru the verses n its kinda all i notice. is it sat too loud or am i just fussing",
         "Not too loud: nothing I measured says 'Hats' is too loud.", None),
        ("rock", "masking", "in the chorus my words get chewed up by the gtrs. should i stick a stereo widener on the gtr bus to shove them out of the middle",
         "Not a widener first: 'Gtr L' sits about 8 dB louder", ("Gtr L", {"delta_db": -3.5})),
        ("folk", "masking", "my lyrics go all fuzzy whenever i strum, is that down to my mic placement when i tracked or is the guitar actually sitting on top of my voice in the mix",
         "The mix, not the mic placement: 'Acoustic Gtr' sits about", ("Acoustic Gtr", {"delta_db": -6.0})),
        ("folk", "masking", "lyrics go mushy when the guitar comes in. is it the room i recorded in or is the guitar landing on my voice",
         "The mix, not the room: 'Acoustic Gtr'", ("Acoustic Gtr", {"delta_db": -6.0})),
        ("rock", "Hats +10", "what do u make of the cymbals n hats in this? somethin about the top of the kit is grinding me down",
         "What's off: 'Hats' sits about 8 dB louder", ("Hats", {"delta_db": -6.0})),
        ("pop", "clean", "the clap feels fine but should i pitch it up a semitone for more snap",
         "Your call: the meters can't judge a pitch choice, and nothing I measured says 'Clap' is out of line", None),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, dict[str, float]] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert re.match(re.escape(opening), advice.text), advice.text
    got = (advice.suggestions[0].track, advice.suggestions[0].params) if advice.suggestions else None
    assert got == card
    assert len(advice.text.split()) <= 120


@needs_fluidsynth
def test_the_cover_is_said_and_never_denied() -> None:
    """The covered vocal is named with the band it is covered in; the two-part route never adds that the vocal is
    "fighting nothing" while the guitar covers it."""
    advice = ask_once(
        "folk",
        "masking",
        "my lyrics go all fuzzy whenever i strum, is that down to my mic placement when i tracked or is the guitar "
        "actually sitting on top of my voice in the mix",
    )
    assert "'Acoustic Gtr' covers 'Lead Vocal' at 500 Hz-2 kHz" in advice.text, advice.text
    assert "fighting anything" not in advice.text
    # no cover measured: no cover claimed
    clean = ask_once(
        "folk", "clean", "my words go fuzzy when i strum, is it my mic or is the guitar on top of my voice"
    )
    assert not clean.text.startswith("The mix, not") and "covers 'Lead Vocal'" not in clean.text, clean.text


@needs_fluidsynth
def test_a_pan_pair_moved_past_even() -> None:
    over = ask_after(
        "rock",
        (
            "Gtr R +10",
            "my right ear is getting battered by the rhythm gtr on that side, its way louder isnt it",
        ),
        "Gtr R -10",
        "pulled the right gtr down a full 20db, figured more is safer lol. is it balanced left to right now?",
    )
    # on this rendering the left guitar leans the meters left; on the bank's the meters read even and the ear is
    # pulled left: either way the move went past even
    assert over.text.startswith("No, too far the other way: "), over.text
    assert "it leans left" in over.text or "That pulls your ear to the left." in over.text
    assert over.suggestions[0].track == "Gtr R" and over.suggestions[0].params["delta_db"] > 0
    landed = ask_after(
        "rock",
        ("Gtr R +10", "right gtr too loud?"),
        "clean",
        "took the right gtr down 10. is it balanced left and right now",
    )
    assert landed.text.startswith("Yes, it's even now:"), landed.text


@needs_fluidsynth
def test_the_crafts_asked_are_answered() -> None:
    """The pink-noise trick says how and whether, and what it would catch here (with its card); a vocal delay gets
    a send at the song's tempo and, with the words feared cluttered, the ducking; a slapback gets a slap's time; a
    drum-bus compressor is optional on a kit in place, the fault first otherwise."""
    pink = ask_once(
        "soul_kit",
        "clean",
        "saw a vid about the pink noise trick where u set every fader against pink noise. how do i actually do that "
        "in reaper n is it worth it for a first pass at the balance",
    )
    assert pink.text.startswith("Yes, for a first pass:") and "noise generator set to pink" in pink.text
    assert "change little" in pink.text and not pink.suggestions
    caught = ask_once("rock", "Keys +10", "is pink noise balancing legit for a beginner? how do i set it up")
    assert "would catch what the meters already show: 'Keys'" in caught.text
    assert caught.suggestions[0].track == "Keys" and caught.suggestions[0].params["delta_db"] < 0
    delay = ask_once(
        "pop",
        "clean",
        "how do i put a bit of delay on my vocal so it sounds bigger without the echoes cluttering up the words? what "
        "would u set in reaper",
    )
    assert delay.text.startswith("Put the delay on a send, not on the track: add a track with ReaDelay"), (
        delay.text
    )
    assert "491 ms at your 122 BPM" in delay.text and "duck them" in delay.text
    slap = ask_once("soul", "clean", "how do i set up a slapback delay on the vocal in reaper")
    assert "90-120 ms (a slapback" in slap.text and "duck" not in slap.text
    bus = ask_once("rock", "clean", "any point compressing the drum bus if it sounds ok already")
    assert bus.text.startswith("Optional: a drum-bus compressor is glue, not a fix"), bus.text
    assert "select 'Kick', 'Snare' and 'Hats'" in bus.text and not bus.suggestions
    fault = ask_once("soul_kit", "Snare +10", "is there any point compressing the drum bus")
    assert fault.text.startswith("Not first: 'Snare' sits about"), fault.text
    assert "Then, if you want glue: ratio 2:1-4:1" in fault.text, fault.text
    # the settings asked with a part off: its level first, then the glue's numbers, not a sentence cut at its colon
    settings = ask_once("soul_kit", "Snare +10", "what comp settings should i use on my drum bus")
    assert settings.text.startswith("First its level: 'Snare' sits about"), settings.text
    assert "Then the settings: glue is gentle compression across the group: about 2:1 to 4:1" in settings.text


@needs_fluidsynth
def test_reading_further_the_side_offered() -> None:
    """ "add anything to the master or leave it as is" with only a lean is "Leave it as is"; "fine for a folk tune or
    should it be up" with the part 11 dB low is "No, it's too quiet"; "mute the pad so it pokes through?" with the
    pluck low and the pad in place names the pad and the pluck's fader; "add some eq to the guitars or leave them"
    with nothing measured off is no "I'd move them"."""
    master = ask_once(
        "pop", "clean", "would u add anything to the master before i send it off or leave it as is"
    )
    assert master.text.startswith("Leave it as is: nothing needs fixing. At most, if you hear it: dip"), (
        master.text
    )
    folk = ask_once(
        "folk", "Shaker -10", "can barely hear the shaker, is that fine for a folk tune or should it be up"
    )
    assert folk.text.startswith("No, it's too quiet: 'Shaker' sits about"), folk.text
    mute = ask_once(
        "pop",
        "Pluck Synth -10",
        "the pluck hook is the whole song and i can barely hear it. mute the pad so it pokes through?",
    )
    assert mute.text.startswith("No need to mute 'Pad': bring 'Pluck Synth' up instead."), mute.text
    assert mute.suggestions[0].track == "Pluck Synth" and mute.suggestions[0].params["delta_db"] > 0
    eq = ask_once("rock", "clean", "should i add some eq to the guitars or leave them")
    assert not eq.text.startswith("I'd move"), eq.text


@needs_fluidsynth
def test_the_last_verdict_weighed_and_the_recording_offered() -> None:
    """ "why does that matter tho, its just a pad" after "is the pad too loud" is the reason of that verdict, though
    it names the pad; "should i move the mic closer next time or is it a mix thing" is the mix, with a part low."""
    why = ask_after(
        "pop", ("Pad +10", "is the pad too loud"), "Pad +10", "why does that matter tho, its just a pad"
    )
    assert why.text.startswith("Because a part that far up sits in the space the vocal needs"), why.text
    mic = ask_once(
        "folk",
        "Acoustic Gtr -10",
        "acoustic feels kinda distant, should i move the mic closer next time or is it a mix thing",
    )
    assert mic.text.startswith("The mix, first: 'Acoustic Gtr' sits about"), mic.text


@needs_fluidsynth
def test_the_other_order_and_the_unit_asked() -> None:
    """ "is my voice too loud or is the band too quiet" (the part said too loud first) gets the side measured, never
    "No, the opposite:" to the side that is true; "what percentage should i turn it down" is a size; "fighting or
    locked in?" names the side; "wider without it taking over" is the width, not a fader move."""
    loud = ask_once("folk", "Lead Vocal +10", "is my voice too loud or is the band too quiet")
    assert loud.text.startswith("It's 'Lead Vocal', not the band: 'Lead Vocal' sits about"), loud.text
    low = ask_once("soul", "Lead Vocal -10", "is her vocal too loud or is the band too quiet")
    assert low.text.startswith("It's 'Lead Vocal', but too quiet, not too loud:"), low.text
    size = ask_once("rock", "Bass +10", "bass is overpowering, what percentage should i turn it down")
    assert size.text.startswith("About 6 dB: bring the fader on 'Bass'"), size.text
    locked = ask_once("pop", "clean", "is the kick n sub fighting or are they locked in")
    assert locked.text.startswith("As far as the meters go, locked in, not fighting:"), locked.text
    wide = ask_once("soul_kit", "clean", "how do i make the organ sound wider without it taking over")
    assert wide.text.startswith("Widen 'Organ' with two different sides:"), wide.text
