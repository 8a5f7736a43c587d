"""Question shapes found after set 63's one run: "if i bounce it like this, nothings gonna leap out at ppl?" claims
no part stands out (answered "Right" or "Not quite", never a loudness reading); "our drummer is sure its his kick
thats too weak" with the bass 10 dB down is a wrong guess ("Not the kick:", then the bass's fader); "should i crank
the vocal 3 or 4 db hotter" while a guitar covers it offers sizes on the vocal, which gets no move ("the second both
gtrs kick in" names no kick drum); "is there even a piano in this?" asks whether the part exists ("Yes, there is,
just too quiet"); "wide n lush without it smothering the vocal" wishes width with a limit; "sunk behind the beat"
is buried, not late. From reading the set's passing answers: "distorted rhythm gtrs" is a guitar sound, not
clipping; "whats ur take on the synths" asks what, not whether; "the synths feel thin" with the pad 10 dB down is
the pad's fader; "how can the voice be too much tho?" doubts a verdict and asks why; "whats ur read on my beat?
mostly wondering if the snare..." asks the snare. Probing further: "my drummer reckons its the hats, not his snare,
who's right?" with no claim of the asker's own sides against the drummer; "are there even harmonies on this?";
"if i export now nothing will sound boomy, yeah?" claims nothing off after a clause with no comma."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_once, needs_fluidsynth

from model.intent import classify
from model.intent_lead import late_yes_no
from model.none_claimed import NONE_CLAIMED
from model.size_choice import offered_sizes


@pytest.mark.parametrize(
    ("question", "wants", "complaint", "instruments"),
    [
        ("so if i bounce it exactly like this, nothings gonna leap out at ppl when they stick it on a proper system?",
         "judge", "loud", ()),
        ("my lyrics smear into mush the second both gtrs kick in.. should i crank the vocal 3 or 4 db hotter",
         "judge", "clash", ("vocal", "guitar")),
        ("kick in mono or can i pan it a little?", "judge", None, ("kick",)),
        ("my voice sounds dull n kinda sunk behind the beat", "how_to", "dull", ("vocal",)),
        ("how do i make my pad feel wide n lush without it smothering the vocal?", "how_to", "narrow",
         ("pad", "vocal")),
        ("what eq do ppl usually slap on distorted rhythm gtrs so they stop sounding fizzy n harsh?", "judge",
         "harsh", ("guitar",)),
        ("huh, how can the voice be too much tho? every tutorial says keep the singer on top", "why", "loud",
         ("vocal",)),
    ],
)  # fmt: skip
def test_the_asks_read(
    question: str, wants: str, complaint: str | None, instruments: tuple[str, ...]
) -> None:
    intent = classify(question)
    assert intent.wants == wants
    assert intent.complaint == complaint
    assert intent.instruments == instruments


def test_the_forms_found() -> None:
    assert late_yes_no("if i bounce it like this, nothings gonna leap out?")
    assert not late_yes_no("if i bounce it like this, nothing changes")
    assert NONE_CLAIMED.search("sick. so if i bounce it like this, nothings going to leap out at ppl?")
    assert NONE_CLAIMED.search("nothing will stick out, will it?")
    assert not NONE_CLAIMED.search("is nothing wrong with the kick?")
    assert classify("the kick in the verse is weak").instruments == ("kick",)
    assert classify("the distorted vocal is clipping?").complaint == "clipping"
    assert classify("how do i make the guitar wider").technique == "widening"
    assert classify("how do i get the pad to feel wide").technique == "widening"
    assert offered_sizes("should i crank the vocal 3 or 4 db hotter") == (3.0, 4.0)


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("soul_kit", "clean", "so if i bounce it exactly like this, nothings gonna leap out at ppl when they stick it on a proper system?",
         "Right: no track sits too loud", ("Hats", {"freq_hz": 3000, "gain_db": -2.5, "q": 2.0})),
        ("soul_kit", "Organ +10", "so if i bounce it exactly like this, nothings gonna leap out at ppl when they stick it on a proper system?",
         "Not quite: 'Organ' sits 2 dB over your lead vocal", ("Organ", {"delta_db": -6.0})),
        ("soul", "Bass -10", "our drummer is dead sure, is it the kick thats too weak?",
         "Not the kick: nothing I measured says 'Drums' is too low.", ("Bass", {"delta_db": 6.0})),
        ("rock", "masking", "my lyrics smear into mush the second both gtrs kick in.. should i crank the vocal 3 or 4 db hotter to punch thru?",
         "No, it's the other part's fader: 'Gtr L' sits about", ("Gtr L", {"delta_db": -3.5})),
        ("folk", "Piano -10", "is there even a piano in this lol? i swear we tracked one but i cant find it anywhere",
         "Yes, there is, just too quiet: 'Piano' sits 20 dB under", ("Piano", {"delta_db": 6.0})),
        ("folk", "Piano +10", "is there a piano in this mix?",
         "Yes, there is, and it's too loud: 'Piano' sits about 9 dB louder", ("Piano", {"delta_db": -6.0})),
        ("rock", "clean", "is there even a piano in this?",
         "Not as its own track: nothing I measured says 'Keys' is out of line.", None),
        ("pop", "clean", "how do i make my pad feel wide n lush without it smothering the vocal?",
         "Widen 'Pad' with two different sides:", ("Pad", {"freq_hz": 3000, "gain_db": -2.0, "q": 1.4})),
        ("pop", "Lead Vocal -10", "my voice sounds dull n kinda sunk behind the beat. should i crank the 5k area on it for some presence?",
         "Not first: 'Lead Vocal' sits about 8 dB quieter", ("Lead Vocal", {"delta_db": 6.0})),
        ("rock", "clean", "what eq do ppl usually slap on distorted rhythm gtrs so they stop sounding fizzy n harsh? like where do i cut n how much",
         "On 'Gtr L', dip 2.5 dB around 6.3 kHz", ("Gtr L", {"freq_hz": 6300, "gain_db": -2.5, "q": 2.0})),
        ("pop", "Pad -10", "whats ur take on the synths in this? the chorus feels kinda thin n empty",
         "What's off: 'Pad' sits 20 dB under", ("Pad", {"delta_db": 5.0})),
        ("pop", "Pad -10", "the synths feel thin in the chorus, how do i fill them out?",
         "Bring the fader on 'Pad' (it's at -21.9 dB now) up about 5 dB.", ("Pad", {"delta_db": 5.0})),
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
def test_the_drum_named_beside_the_beat_and_the_claims_of_nothing_off() -> None:
    snare = ask_once(
        "pop", "Clap -10", "whats ur read on my beat? mostly wondering if the snare is sitting ok"
    )
    assert ": 'Clap' sits" in snare.text.split(".")[0], snare.text
    assert snare.suggestions[0].track == "Clap" and snare.suggestions[0].params["delta_db"] > 0
    fine = ask_once(
        "soul", "clean", "whats ur read on the drum sound in this? my drummer wonders if the kit sits right"
    )
    assert fine.text.startswith("It's fine: nothing I measured says 'Drums'"), fine.text
    spotify = ask_once("folk", "Fiddle +10", "if we upload it as is, nothing's gonna poke out on spotify?")
    assert spotify.text.startswith("Not quite: 'Fiddle'"), spotify.text
    clean = ask_once("folk", "clean", "if we upload it as is, nothing's gonna poke out on spotify?")
    assert clean.text.startswith(("Right, nothing needs fixing.", "Right. Honestly, nothing")), clean.text


@needs_fluidsynth
def test_the_part_a_move_is_proposed_on_keeps_its_size() -> None:
    vocal = ask_once("rock", "masking", "vocal gets lost under the guitars. should i push the vocal up 3 db?")
    assert "it needs to come down, not up" not in vocal.text, vocal.text
    assert vocal.suggestions[0].track == "Gtr L"
    guitar = ask_once("rock", "Gtr L +10", "should i pull the left guitar down 3 or 6 db?")
    assert guitar.text.startswith("Closer to 6 than 3: about 5 dB."), guitar.text
    sizes = ask_once(
        "rock",
        "masking",
        "words vanish once both guitars kick in.. should i push the vocal 2 or 3 db louder?",
    )
    assert not sizes.text.startswith(("Neither", "The lead vocal, usually")), sizes.text
    assert "'Kick'" not in sizes.text


@needs_fluidsynth
def test_probing_further_who_is_right_and_the_parts_there() -> None:
    drummer = ask_once(
        "rock", "Snare +10", "my drummer reckons its the hats that are too loud, not his snare. who's right?"
    )
    assert drummer.text.startswith("Not your drummer: nothing I measured says 'Hats' is too loud."), (
        drummer.text
    )
    assert drummer.suggestions[0].track == "Snare" and drummer.suggestions[0].params["delta_db"] < 0
    mine = ask_once(
        "rock", "clean", "my drummer reckons the hats are too loud, i think theyre fine. who's right?"
    )
    assert mine.text.startswith("You are: nothing I measured says 'Hats' is too loud"), mine.text
    harmonies = ask_once("folk", "Harmony Vox -10", "are there even harmonies on this? i cant pick them out")
    assert harmonies.text.startswith("Yes, there are, just too quiet: 'Harmony Vox'"), harmonies.text
    export = ask_once(
        "folk", "Upright Bass +10", "if i export now nothing will sound boomy in the car, yeah?"
    )
    assert export.text.startswith("Not quite: 'Upright Bass'"), export.text
