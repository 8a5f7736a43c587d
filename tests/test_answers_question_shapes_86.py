"""Question shapes found after set 62's one run: "polite n skinny, could do with more weight.. shove it up 4 or 5db"
is a thin part and a move asked with one rough size (answered "No, I'd leave its fader", not "Neither" nor a dull
top); "would swapping to a brighter electric piano preset help it poke thru?" guesses a new source, answered "No,
not a new preset first" with the fader; "sitting on top like a sticker, not glued in.. is it just way too loud" asks
the level (no compressor asked). From reading the set's passing answers: a low cut "on the master" is no EQ on the
part named; "what comp settings do ppl use" asks the settings; "wider n more stereo? chorus plugin, panning,
something else?" asks for width, the tools offered; a plug-in said added that the clip does not show is "not in
this playback"; "did i leave it too skinny" after a cut is answered by the lack feared; "too quiet or can phones
just not do low stuff" gets the phone's answer; "no clue where to even point myself first" asks what first.
Probing further: sizes offered far from the move ("2 or 3 db" with 6 measured); "make the vocal blend in" blends
one voice; "pasted on top of the band, what do i do" gets the seat; "a brighter piano sample"; "needs like 3 or 4 db
more"; "my organ player wants it louder" asks about the organ; "on top like a sticker or glued in ok" is a fault or
the norm; "what comp settings ... want it steady" asks the settings; "or is that just laptops" offers the speaker;
"the fiddle player wants more of herself, is she right" weighs her wish; "4 or 5?" with 6 measured is the nearer and
a bit more; "give it a listen" asks what I hear."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.intent import classify
from model.intent_source import guesses_new_source
from model.overshoot_verdict import LEFT_TOO
from model.size_choice import offered_sizes


@pytest.mark.parametrize(
    ("question", "wants", "complaint", "tone", "technique"),
    [
        ("bass sounds kinda polite n skinny, could do with way more weight.. should i shove it up 4 or 5db", "judge",
         "quiet", "thin", None),
        ("bass is a bit polite.. should i just shove it up?", "judge", "quiet", None, None),
        ("my voice sits on the beat like a sticker, not glued in at all.. is it just way too loud", "judge", "loud",
         None, None),
        ("the drums dont sound glued, what should i do?", "how_to", None, None, "compression"),
        ("what comp settings do ppl use on a strummed acoustic?", "how_to", None, None, "compression"),
        ("how do i make the rhodes sound wider n more stereo? chorus plugin, panning, something else? what settings",
         "how_to", "narrow", None, "widening"),
        ("its all boomy n muddy in the car, no clue where to even point myself first", "what_first", "muddy", None,
         None),
        ("my drummer reckons the kick needs like 3 or 4 db more, is he right", "judge", "quiet", None, None),
    ],
)  # fmt: skip
def test_the_asks_read(
    question: str, wants: str, complaint: str | None, tone: str | None, technique: str | None
) -> None:
    intent = classify(question)
    assert intent.wants == wants
    assert intent.complaint == complaint
    assert intent.tone == tone
    assert intent.technique == technique


def test_the_forms_found() -> None:
    assert guesses_new_source("would swapping to a brighter electric piano preset help it poke thru?")
    assert guesses_new_source("keys are buried, maybe try a different patch?")
    assert guesses_new_source("would a brighter piano sample fix it")
    assert not guesses_new_source("is a higher sample rate worth it")
    assert not guesses_new_source("the rhodes patch sounds great, is it loud enough?")
    assert classify("ok done that, something else?").wants == "what_first"
    assert classify("my fiddle player says shes too quiet, is she right?").instruments == ("strings",)
    assert classify("give it a listen and tell me whats off").wants == "what_do_you_hear"
    assert (
        classify("how do i make the vocal blend in better").question
        == "how do i make the vocal blend in better"
    )
    assert classify("how is the vocal blend?").question == "how is the vocals?"
    assert offered_sizes("should i just shove it up 4 or 5db") == (4.0, 5.0)
    left = LEFT_TOO.search("does it feel right now or did i leave it too skinny")
    assert left is not None and left["word"] == "skinny"
    assert LEFT_TOO.search("did i leave it alone") is None


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("soul_kit", "clean", "bass sounds kinda polite n skinny to me, could do with way more weight.. should i just shove it up 4 or 5db",
         "No, I'd leave its fader: nothing I measured says 'Bass' is too low.", ("Bass", {"freq_hz": 90, "gain_db": 2.0, "q": 1.0})),
        ("soul", "Rhodes -10", "the piano comping vanished behind the strings.. would swapping to a brighter electric piano preset help it poke thru?",
         "No, not a new preset first: 'Rhodes' sits about 10 dB quieter", ("Rhodes", {"delta_db": 6.0})),
        ("pop", "Lead Vocal +10", "my voice sits on the beat like a sticker slapped on top, not glued in at all.. is it just way too loud",
         "Yes: 'Lead Vocal' sits about 12 dB louder", ("Lead Vocal", {"delta_db": -6.0})),
        ("soul", "Strings +10", "a syrupy haze hangs over it n her voice is stuck behind it.. should i shove a low cut on the master round 200hz",
         "Not first: the fault I measured is elsewhere: 'Strings'", ("Strings", {"delta_db": -6.0})),
        ("folk", "clean", "what comp settings do ppl use on a strummed acoustic? mine jumps around loads",
         "On acoustic guitars, engineers ran a median 2.4:1", None),
        ("soul", "clean", "how do i make the rhodes sound wider n more stereo? chorus plugin, panning, something else? what settings would u use",
         "Widen 'Rhodes' with two different sides:", None),
        ("folk", "clean", "the upright basically vanishes off my phone.. have i got it too quiet or can phones just not do low stuff",
         "No, it's not too quiet; it's the phone more than the mix:", ("Upright Bass", {"freq_hz": 900, "gain_db": 2.0, "q": 1.0})),
        ("rock", "Bass +10", "my mix sounds like its wrapped in a wet blanket, boomy n muddy in the car.. no clue where to even point myself first",
         "Fix what stands out first: 'Bass' sits about 10 dB louder", ("Bass", {"delta_db": -6.0})),
        ("pop", "Synth Bass -10", "synth bass feels kinda polite.. should i whack it up 2 or 3 db",
         "More than either: about 6 dB.", ("Synth Bass", {"delta_db": 6.0})),
        ("pop", "Synth Bass -10", "should i bring the synth bass up 10 or 12 db",
         "Less to start: about 6 dB, then listen again.", ("Synth Bass", {"delta_db": 6.0})),
        ("soul", "clean", "how do i make the vocal blend in better",
         "Its level is already where real mixes put it: its own meter reads -20.0 LUFS", None),
        ("soul", "clean", "her vocal sounds pasted on top of the band, what do i do",
         "Its level is already where real mixes put it:", None),
        ("folk", "Piano -10", "the piano sank behind the guitar, would a brighter piano sample fix it",
         "No, not a new sample first: 'Piano' sits 20 dB under", ("Piano", {"delta_db": 6.0})),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, dict[str, float]] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text
    got = (advice.suggestions[0].track, advice.suggestions[0].params) if advice.suggestions else None
    assert got == card
    assert len(advice.text.split()) <= 120


@needs_fluidsynth
def test_the_parts_and_tools_named_are_the_ones_asked() -> None:
    master = ask_once(
        "soul", "Strings +10", "her voice is stuck behind the band, should i compress the mix bus?"
    )
    assert "compression on the master won't fix one part" in master.text, master.text
    assert "on 'Lead Vocal'" not in master.text
    song = ask_once("soul", "Strings +10", "should i compress the vocal over the whole song")
    assert "compression on 'Lead Vocal' won't fix" in song.text, (
        song.text
    )  # a stretch of time, not the master
    organ = ask_once(
        "soul_kit", "Organ +10", "my organ player wants it louder, reckons its polite. should i push it 2db"
    )
    assert organ.text.startswith("No: it needs to come down, not up"), organ.text
    assert organ.suggestions[0].track == "Organ" and organ.suggestions[0].params["delta_db"] < 0
    sticker = ask_once(
        "rock", "Kick +10", "is the kick sitting on top of the mix like a sticker or is it glued in ok"
    )
    assert sticker.text.startswith("Yes, too loud: 'Kick' sits about 12 dB louder"), sticker.text
    seated = ask_once("rock", "clean", "is the kick poking out or is it glued in ok")
    assert seated.text.startswith("No, it sits in fine: 'Kick' sits about 4 dB louder"), seated.text
    laptop = ask_once(
        "rock", "clean", "the gtrs kinda vanish on my laptop, are they too quiet or is that just laptops"
    )
    assert laptop.text.startswith("Not the guitars in the mix"), laptop.text
    assert "So more likely the laptop:" in laptop.text
    diva = ask_once(
        "folk",
        "Fiddle -10",
        "our fiddle player wants more of herself in the mix, is she right or just being a diva",
    )
    assert diva.text.startswith("Yes: 'Fiddle' sits 18 dB under"), diva.text
    sizes = ask_once("soul_kit", "Bass +10", "how many db do i knock off the bass, 4 or 5?")
    assert sizes.text.startswith("Go with 5, or a bit more: about 6 dB."), sizes.text
    settings = ask_once(
        "pop",
        "clean",
        "what comp settings should i run on a pop vocal, ratio attack release? want it steady not pumpy",
    )
    assert settings.text.startswith("On lead vocals, engineers ran a median 3:1"), settings.text


@needs_fluidsynth
def test_moves_reported_are_judged_as_they_reached_the_clip() -> None:
    comp = ask_after(
        "folk", ("Lead Vocal -10", "cant follow the words over the band, vocal too low?"), "Lead Vocal -10",
        "i added a compressor on the vocal instead of touching the fader, does it cut through now?",
    )  # fmt: skip
    assert comp.text.startswith("Not yet: the 'Lead Vocal' sitting too low is still there"), comp.text
    assert "isn't in this playback" in comp.text and "won't lift a part sitting this low" in comp.text
    assert comp.suggestions[0].track == "Lead Vocal" and comp.suggestions[0].params["delta_db"] > 0
    landed = ask_after(
        "soul_kit", ("Bass +10", "bass is way too loud, its eating the kick right?"), "clean",
        "took 10 off the bass. is it sitting right now or did i make it too weak?",
    )  # fmt: skip
    assert landed.text.startswith(
        "It's sitting right now, not too weak: the 'Bass' sitting too loud is gone."
    ), landed.text
    asked = ask_after(
        "soul_kit", ("Bass +10", "bass is way too loud, its eating the kick right?"), "clean",
        "knocked 10db off the bass. did i leave it too skinny?",
    )  # fmt: skip
    assert asked.text.startswith("No, not too skinny: the 'Bass' sitting too loud is gone."), asked.text
    far = ask_after(
        "soul_kit", ("Bass +10", "bass is way too loud, its eating the kick right?"), "Bass -10",
        "pulled the bass down 20db. did i leave it too thin?",
    )  # fmt: skip
    assert far.text.startswith("Yes, too thin: it went too far the other way:"), far.text
    assert far.suggestions[0].params["delta_db"] > 0
