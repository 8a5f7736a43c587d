"""Question shapes found after set 67's one run: "whats job number one" with the rest said hiding behind "it" is the
first move, not "turn what up?"; a part "in a different, louder room" is said loud; "does it want more level or is
it fine where it is" on a faint part picks a side; "a mix thing or is my voice just weak" is the mix or the take; a
virtual instrument swapped is a source swap; "threw +20 on the kick fader, nailed it?" is a move reported; "does my
vocal need pushing or is a guitar sitting on it" and "would cranking my vocal 3 or 4 db louder sort it" name the
guitar; a drum-bus comp setting, a bass kept centred, a faked double, a ring with its level asked, parts added since
the balance was set, a laptop flapping under a loud bass and "is the bathtub gone now" are answered as asked. From
reading the passing answers: how to check in mono in REAPER, a "demo comp" that is a competition, and "no essay pls".
Probing further: "do i need to sing louder or is the guitar sitting on me" names the side measured, and "keep it
short: how loud should i master this" is the number asked, not whether to master.
"""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.added_since import ADDED_SINCE
from model.brief_asked import BRIEF
from model.guessed_source import source_guess
from model.intent import classify
from model.intent_forms import MONO_Q
from model.intent_source import guesses_new_source
from model.reported_move import reports_move
from model.source_or_mix import SOURCE_OR_MIX


def test_the_forms_found() -> None:
    assert classify("the rest of the band is hiding behind it. whats job number one").wants == "what_first"
    said = classify("the right gtr sounds like its in a different, louder room to everything else. too high?")
    assert said.complaint == "loud"
    assert classify("the pad is kinda faint to my ears, does it want more level").complaint == "quiet"
    assert classify("there's a faint hiss on the vocal, how do i get rid of it").complaint != "quiet"
    assert classify("but how did that happen? all i did was add the horn parts").wants == "why"
    assert classify("how did the mix get so cramped? all i did was add the strings").wants == "why"
    glue = classify("whats a decent bus comp setting to make the drums gel? i want it cohesive not squashed")
    assert (glue.wants, glue.complaint) == ("how_to", None)
    assert classify("whats a sensible comp setting for the drum bus, dont want it pumping").complaint is None
    assert classify("the bass is a wall and the vocal is ducking behind it").technique != "sidechain"
    assert classify("entering this in a battle of the bands demo comp, thoughts?").technique != "compression"
    assert classify("should i put a comp on the vocal").technique == "compression"
    assert classify("the pad is way over the top. just the db to pull it by").wants == "how_much"
    assert reports_move("i went big and threw like +20 on the kick fader. have i nailed it?")
    assert not reports_move("should i throw +3 on the kick fader?")
    assert guesses_new_source("would loading a warmer, darker piano instrument in place of this one sort it")
    assert source_guess("should i swap to a better piano vst") == "a new instrument"
    # "instruments" said elsewhere does not make a swapped sample an instrument
    assert (
        source_guess("the snare sample is weak, swap it for another? the other instruments are fine")
        == "a new sample"
    )
    assert SOURCE_OR_MIX.search("idk if thats a mix thing or if my voice is just weak")
    assert SOURCE_OR_MIX.search("is it my voice or the mix? i sound tiny")
    assert SOURCE_OR_MIX.search("her vocal feels a bit thin, is that my mixing or her voice")
    assert not SOURCE_OR_MIX.search("is the acoustic masking my vocal or is it just my voice")
    assert BRIEF.search("no essay pls, just the db") and not BRIEF.search("quick question, is the bass ok")
    assert BRIEF.search("tl;dr how much should the bass come down")
    assert MONO_Q.search("does the bass have to be bang in the middle or can i nudge it off to one side")
    assert MONO_Q.search("can the kick go a bit off centre or should it stay in the middle")
    assert ADDED_SINCE.search("they were slamming, all i did after was add the horn n string parts")


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("soul_kit", "Kick +10", "the groove is all thud n the rest of the band is hiding behind it. whats job number one",
         "It's 'Kick' on top, not a part too low: 'Kick' sits about", ("Kick", -1)),
        ("rock", "Gtr R +10", "the right rhythm gtr sounds like its in a different, louder room to everything else. have i left that one up too high",
         "Yes: 'Gtr R' sits about", ("Gtr R", -1)),
        ("pop", "clean", "the pad is meant to be a soft cloud under the tune but its kinda faint to my ears. does it want more level or is it fine where it is",
         "No, it's fine: nothing I measured says 'Pad' is too low.", None),
        ("pop", "Lead Vocal -10", "my vox gets lost behind the beat n idk if thats a mix thing or if my voice is just weak n thin. which is it",
         "The mix, first: 'Lead Vocal' sits about", ("Lead Vocal", 1)),
        ("folk", "Piano +10", "the piano comes off brittle n plinky. would loading a warmer, darker piano instrument in place of this one sort it",
         "No, not a new instrument first: 'Piano' sits about", ("Piano", -1)),
        ("rock", "masking", "once the gtrs open up my words smear into mush. does my vocal need pushing or is one of the guitars sitting on it",
         "It's 'Gtr L' covering 'Lead Vocal', and it's level before it's EQ:", ("Gtr L", -1)),
        ("folk", "masking", "when i strum hard my words smudge into the guitar. would cranking my vocal 3 or 4 db louder sort it",
         "No, not 'Lead Vocal': 'Acoustic Gtr' sits about", ("Acoustic Gtr", -1)),
        ("rock", "masking", "words vanish once both guitars kick in.. should i push the vocal 2 or 3 db louder?",
         "No, not 'Lead Vocal': 'Gtr L' sits about", ("Gtr L", -1)),
        ("soul", "clean", "does the bass have to be bang in the middle or can i nudge it off to one side a bit for width",
         "Keep it centred, in mono: a low part off to one side loads one speaker with the weight. 'Bass' is centred (pan 0).", None),
        ("soul_kit", "clean", "the snare rings out a bit n kinda jumps at me. is it poking out too much or am i overthinking it",
         "No: nothing I measured says 'Snare' is too loud (its own meter reads", None),
        ("pop", "Synth Bass +10", "why does the drop turn into a flappy farty mess on my laptop speakers",
         "The mix first: 'Synth Bass' sits about", ("Synth Bass", -1)),
        ("folk", "masking", "do i need to sing louder or is the guitar sitting on me",
         "It's 'Acoustic Gtr': 'Acoustic Gtr' sits about", ("Acoustic Gtr", -1)),
        ("folk", "Lead Vocal -10", "do i need to sing louder or is the guitar sitting on me",
         "Yes: 'Lead Vocal' sits about", ("Lead Vocal", 1)),
        ("pop", "clean", "keep it short: how loud should i master this for spotify",
         "For Spotify, aim for about -14 LUFS integrated", None),
        ("folk", "Lead Vocal -10", "is it my voice or the mix? i sound tiny behind the guitar",
         "The mix, first: 'Lead Vocal' sits about", ("Lead Vocal", 1)),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, int] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert re.match(re.escape(opening), advice.text), advice.text
    first = advice.suggestions[0] if advice.suggestions else None
    got = (first.track, 1 if first.params["delta_db"] > 0 else -1) if first is not None else None
    assert got == card
    assert len(advice.text.split()) <= 120


@needs_fluidsynth
def test_a_move_reported_and_its_result_asked() -> None:
    """+20 dB on a kick that was 10 dB low is too far, not "Yes"; a fix that landed answers "is it gone now" yes."""
    over = ask_after(
        "rock",
        ("Kick -10", "the kick is a polite knock, its way down in the mix isnt it"),
        "Kick +10",
        "i went big n threw like +20 on the kick fader, no half measures lol. have i nailed it or what",
    )
    assert over.text.startswith("No, too far: now 'Kick' is too loud"), over.text
    assert over.suggestions[0].track == "Kick" and over.suggestions[0].params["delta_db"] < 0
    gone = ask_after(
        "folk",
        ("Upright Bass +10", "the double bass is set way too high isnt it"),
        "clean",
        "dragged the upright down the 10db. is the boom gone now or is there more mud in there",
    )
    assert gone.text.startswith("Yes, that worked: the 'Upright Bass' sitting too loud is gone."), gone.text


@needs_fluidsynth
def test_parts_added_since_the_balance_was_set() -> None:
    """The drums buried after the horns and strings came in are the part named, with why; a new part come in too
    loud is the cause named."""
    buried = ask_after(
        "soul",
        ("Drums -10", "is the kit miles too quiet?"),
        "Drums -10",
        "but how did that happen? they were slamming when i first set the levels, all i did after was add the horn "
        "n string parts",
    )
    assert buried.text.startswith("Adding them did it: every new part plays in the same space"), buried.text
    assert "Now 'Drums' sits about" in buried.text and "('Horns' and 'Strings' here)" in buried.text
    assert buried.suggestions[0].track == "Drums" and buried.suggestions[0].params["delta_db"] > 0
    # processing added is no part added: no "Adding them did it"
    reverb = ask_once(
        "soul", "Lead Vocal -10", "since i added reverb to the vocal it sounds further back, why"
    )
    assert not reverb.text.startswith("Adding them did it") and "'Lead Vocal'" in reverb.text, reverb.text
    loud = ask_once(
        "soul", "Strings +10", "how did the mix get so cramped? all i did was add the string parts"
    )
    assert loud.text.startswith("The new part came in too loud: 'Strings'"), loud.text
    assert loud.suggestions[0].track == "Strings" and loud.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_the_crafts_asked_are_answered() -> None:
    """A bus-comp setting gets the glue's numbers; a faked double its delay and detune; a mono check REAPER's
    button and what to listen for, with this mix's correlation; a short answer asked for is two sentences."""
    glue = ask_once(
        "soul",
        "clean",
        "whats a decent bus comp setting in reaper to make the drums gel as one kit? ratio n attack wise, i want it "
        "cohesive not squashed",
    )
    assert glue.text.startswith("Glue is gentle compression across the group: about 2:1 to 4:1"), glue.text
    double = ask_once(
        "soul",
        "clean",
        "how do i fake a double on her vocal without an actual second take? like what delay time n how much detune",
    )
    assert "delay the copy 15-30 ms" in double.text and "detune it 5-10 cents (ReaPitch" in double.text
    mono = ask_once(
        "pop", "clean", "how do i actually flip to mono in reaper n what am i meant to be listening out for"
    )
    assert mono.text.startswith("In REAPER's mixer, left-click the master's output (stereo/mono) button"), (
        mono.text
    )
    assert re.search(r"the two sides correlate \d\.\d\d \(1 is mono", mono.text) and not mono.suggestions
    brief = ask_once(
        "pop", "Pad +10", "ya i know the pad is way over the top. no essay pls, just the db to pull it by"
    )
    assert brief.text.startswith("About ") and len(re.findall(r"[.!?](\s|$)", brief.text)) == 2, brief.text
    comp = ask_once(
        "rock", "Lead Vocal +10", "entering this in a battle of the bands demo comp. first impressions?"
    )
    assert "compress" not in comp.text.lower() and "'Lead Vocal'" in comp.text, comp.text
