"""Question shapes found after set 56's one run: "is the kick just cranked or is my limiter squashing it" names the
part next to the "or" ("It's the kick, not the limiter:"), not one said earlier in the complaint ("beat is
pumping"); "will it come across quiet next to other ppls releases?" is a prediction asked yes or no ("No, it
won't:"); "i figure its mud in the low end stacking up" over a clash in the mids is denied ("No, not mud in the low
end:"); "is that real or is my room lying" about a part measured fine names the part; "gave the bass fader a lil
2db nudge.. is it poking thru yet or still hiding" reports a move; "is the synth bass too quiet or should i layer a
sub" takes the level side ("It's the level, not a sub layer:"); "everything feels stuck behind the drummer" names
the part in front; "the left gtr ... real or my headphones" names 'Gtr L' when there are two guitars; "eq a notch
into the guitar or just sing louder" puts the guitar's fader first, not the singing; "tilts into my right ear ...
both gtrs r panned the same" is the lean, with the pans as context; "plucky lead line ... stomps all over the
vocal" is the pluck synth clashing; "is her voice up enough ... or does it want another push" is a yes. From
reading the set's passing answers: "what should i go after first" on a tizzy mix starts with the part, not "Yes:";
"what sorta cut are we talking", "an actual db figure" ask a size; "do the bass n kick play nice together or is
something off" is a good state offered; "a tug of war between kick n bass" names the two parts fighting; "too low
in the kit" is where the snare sits, not a choice of the kick; "rhodes is up the 10db u suggested, has it landed
in the right spot now?" reports the move; ".. how's my voice coming across, honestly?" asks openly; "are the synths
smothering it" has the synths covering the vocal; "a plucky synth riff" is no guitar; "whats step one" on parts stuck
behind the drums starts with the drums' fader; "glue the drum bus so the kit sounds like one instrument" gets glue
compression settings for the group, not one part's medians."""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from companion.context import Finding, FindingKind
from model.answer_loudness import _fine_verdict
from model.guessed_cause import not_the_low_end
from model.intent import classify
from model.intent_forms import without_position
from model.intent_lead import EITHER_STATE, late_yes_no
from model.intent_open import open_question
from model.intent_reference import reference_loudness
from model.intent_source import LEVEL_SIDE
from model.quality_unmeasured import quality_craft
from model.reported_move import reports_move
from model.room_for import covers_it

WHOLE = re.compile(r"\beverything\b", re.I)
"""The whole song as the subject, as ``model.intent`` passes it to ``without_position``."""


def _masking(lo_hz: float, hi_hz: float) -> Finding:
    return Finding(
        FindingKind.MASKING,
        0.8,
        "'Gtr L' covers 'Lead Vocal'",
        {"other_track": "Lead Vocal", "range_hz": [lo_hz, hi_hz]},
        track="Gtr L",
    )


@pytest.mark.parametrize(
    ("question", "late"),
    [
        ("gonna stick this on bandcamp, will it come across quiet next to other ppls releases", True),
        ("mix is done, would the song sound thin on a phone", True),
        ("mix is done, will you have a listen", False),
    ],
)
def test_a_prediction_after_a_statement_is_a_yes_or_no(question: str, late: bool) -> None:
    assert late_yes_no(question) is late


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("will it come across quiet next to other ppls releases or is the level ok as is?", "No, it won't:"),
        ("is it too quiet for spotify?", "No:"),
        ("is it loud enough for spotify?", "Yes:"),
    ],
)
def test_a_fine_level_answers_the_prediction_in_its_tense(question: str, verdict: str) -> None:
    assert _fine_verdict(question) == verdict


@pytest.mark.parametrize(
    ("question", "finding", "said"),
    [
        (
            "i figure its mud in the low end stacking up, is that it?",
            _masking(500, 2000),
            "No, not mud in the low end:",
        ),
        ("probably muddy low end building up right?", _masking(500, 2000), "No, not mud in the low end:"),
        ("i figure its mud in the low end stacking up, is that it?", _masking(60, 250), None),
        ("the guitar covers my words, is that it?", _masking(500, 2000), None),
    ],
)
def test_low_end_mud_guessed_over_a_clash_in_the_mids(
    question: str, finding: Finding, said: str | None
) -> None:
    assert not_the_low_end(question, finding) == said


@pytest.mark.parametrize(
    ("question", "reported"),
    [
        (
            "gave the bass fader a lil 2db nudge.. is it poking through yet or still hiding under the guitars",
            True,
        ),
        ("ok rhodes is up the 10db u suggested, has it landed in the right spot now?", True),
        ("is it poking through the gtrs or still hiding?", False),
    ],
)
def test_moves_reported_in_these_words(question: str, reported: bool) -> None:
    assert reports_move(question) is reported


@pytest.mark.parametrize(
    ("question", "instruments", "complaint"),
    [
        ("everything feels stuck behind the drummer, my vox the horns all of it.. whats step one here",
         ("drums", "vocal", "horns"), "clash"),
        ("my drummer says the kick is too quiet, is he right?", ("kick",), "quiet"),
        ("the low end feels like a tug of war between kick n bass, how do i slot them", ("kick", "bass"), "clash"),
        ("how come that plucky lead line jabs my ears n stomps all over the vocal?", ("synth", "vocal"), "clash"),
        ("why is that plucky synth riff so loud", ("synth",), "loud"),
    ],
)  # fmt: skip
def test_parts_named_in_these_words(question: str, instruments: tuple[str, ...], complaint: str) -> None:
    intent = classify(question)
    assert intent.instruments == instruments
    assert intent.complaint == complaint


def test_the_part_in_front_is_no_position() -> None:
    stuck = "everything feels stuck behind the drums, my vocal all of it"
    assert without_position(stuck, WHOLE) == stuck
    assert without_position("everything feels empty behind the singer", WHOLE) == "everything feels empty "


def test_a_lean_toward_one_ear_with_the_pans_said_as_done() -> None:
    intent = classify(
        "how come the whole mix tilts into my right ear on cans? both rhythm gtrs r panned the same"
    )
    assert (intent.complaint, intent.technique) == ("lopsided", None)
    assert classify("how should the synths be panned?").technique == "panning"


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("fair enough lol. so what sorta cut are we talking, in db", "how_much"),
        ("k that tracks. give me an actual db figure to push it up by", "how_much"),
        ("what sort of eq should i use on it", "how_to"),
    ],
)
def test_a_size_asked_in_these_words(question: str, wants: str) -> None:
    assert classify(question).wants == wants


def test_a_good_state_and_its_fault_offered() -> None:
    assert EITHER_STATE.search(
        "do the bass gtr n kick drum play nice together or is something off down there"
    )
    assert LEVEL_SIDE.search("is the synth bass too quiet or should i layer a sine sub under it")
    assert not LEVEL_SIDE.search("should i layer a sine sub under the synth bass")


@pytest.mark.parametrize(
    ("question", "is_open"),
    [
        ("singer here not an engineer lol.. how's my voice coming across in this mix, honestly?", True),
        ("mix sounds thin.. what am i missing, tbh?", True),
        ("mix sounds thin, right?", False),
    ],
)
def test_an_open_question_after_a_statement_with_a_filler(question: str, is_open: bool) -> None:
    assert open_question(question) is is_open


@pytest.mark.parametrize(
    ("question", "coverer"),
    [
        ("n what about my vocal on its own.. are the synths smothering it or is it fine", "synths"),
        ("is the vocal smothering the synths?", None),
    ],
)
def test_a_part_covering_it(question: str, coverer: str | None) -> None:
    assert covers_it(question, ("vocal", "synths")) == coverer


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("would it come off soft compared to real releases or is the level there", True),
        ("will it sound quiet next to other ppls releases", True),
        ("the pad sounds soft compared to the strings", False),
    ],
)
def test_the_mix_said_quiet_beside_releases(question: str, reference: bool) -> None:
    assert reference_loudness(question) is reference


def _card(advice):  # type: ignore[no-untyped-def]
    return (advice.suggestions[0].track, advice.suggestions[0].params) if advice.suggestions else None


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("pop", "Kick +10",
         "beat is pumping like crazy, every hit sucks the rest down.. is the kick just cranked or is my limiter squashing it all",
         "It's the kick, not the limiter: 'Kick' sits about 14 dB louder", ("Kick", {"delta_db": -6.0})),
        ("folk", "clean", "sending this to a blog tomorrow, will it come across quiet next to the other stuff they post?",
         "No, it won't: -14.0 LUFS integrated", None),
        ("rock", "masking", "cant hear the lyrics once the band plays, probably muddy low end building up right?",
         "No, not mud in the low end: 'Gtr L' sits about 8 dB louder", ("Gtr L", {"delta_db": -3.5})),
        ("soul", "clean",
         "the rhodes sounds like its creeping over the top in the chorus.. is that real or is my room lying to me",
         "It's likely your room, not the mix: nothing I measured says 'Rhodes' is out of line.", None),
        ("pop", "Synth Bass -10",
         "drop has no weight at all.. is the synth bass too quiet or should i layer a sine sub under it",
         "It's the level, not a sub layer: 'Synth Bass' sits about 11 dB quieter", ("Synth Bass", {"delta_db": 6.0})),
        ("pop", "Pad -10", "the chorus feels hollow.. is the pad too quiet or should i stack another synth layer on it",
         "It's too quiet: 'Pad' sits 20 dB under your lead vocal", ("Pad", {"delta_db": 5.0})),
        ("soul", "Drums +10", "horns, keys and my vocal all feel stuck behind the drummer.. what do i touch first",
         "Start with the fader on 'Drums', level before EQ: 'Drums' sits about 7 dB louder", ("Drums", {"delta_db": -5.5})),
        ("rock", "Gtr R +10", "right guitar seems to be yelling over the left one all the way through.. real or my earbuds",
         "'Gtr R', not your earbuds: 'Gtr R' sits about 7 dB louder", ("Gtr R", {"delta_db": -3.5})),
        ("folk", "Acoustic Gtr +10",
         "my vocal and the acoustic blur together, should i carve some eq into the guitar or just sing harder",
         "The acoustic's fader first, not your singing: 'Acoustic Gtr' sits about 11 dB louder",
         ("Acoustic Gtr", {"delta_db": -6.0})),
        ("rock", "Gtr L +10",
         "why does the whole thing lean into my left ear on headphones? both gtrs are panned the same amount",
         "It leans left: the left channel is 4.7 dB louder overall. Because 'Gtr L' is panned left",
         ("Gtr L", {"delta_db": -5.0})),
        ("pop", "Pluck Synth +10",
         "why is that plucky synth riff so in my face, its stomping on the vocal and its meant to sit back",
         "Most likely this: 'Pluck Synth' sits level with your lead vocal", ("Pluck Synth", {"delta_db": -4.5})),
        ("folk", "clean", "is my voice up enough over the fiddle n guitar or does it want a lift before i bounce",
         "Yes: nothing I measured says 'Lead Vocal' is out of line.", None),
        ("pop", "Hats +10", "mix sounds all tizzy n thin, loads of top but no meat.. what should i go after first",
         "Start with 'Hats': 'Hats' sits about 8 dB louder", ("Hats", {"delta_db": -6.0})),
        ("soul_kit", "clean", "do the bass gtr n kick play nice together or is something off down there",
         "Both are fine: nothing I measured says 'Bass' is out of line.", None),
        ("pop", "clean", "kick and synth bass are in a tug of war down low, how do i give each its own space? which freqs",
         "Dip 2 dB around 80 Hz on 'Synth Bass'.", ("Synth Bass", {"freq_hz": 80, "gain_db": -2.0, "q": 1.4})),
        ("rock", "Snare -10", "snare has no crack at all, is it sitting too low in the kit or is my sample rubbish",
         "Yes: 'Snare' sits about 10 dB quieter", ("Snare", {"delta_db": 6.0})),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, dict[str, float]] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text
    assert _card(advice) == card
    assert "There is no riff" not in advice.text


@needs_fluidsynth
def test_a_small_nudge_reported_that_did_not_land() -> None:
    advice = ask_after(
        "pop",
        ("Lead Vocal -10", "my vocal is buried under the beat, is it too quiet?"),
        "Lead Vocal -10",
        "gave the vocal fader a tiny 1db nudge.. is it cutting thru yet or still under the beat",
    )
    assert advice.text.startswith("Yes, still: the 'Lead Vocal' sitting too low is still there (8.4 dB).")
    assert _card(advice) == ("Lead Vocal", {"delta_db": 6.0})


@needs_fluidsynth
def test_a_part_up_by_the_size_suggested_has_landed() -> None:
    advice = ask_after(
        "folk",
        ("Piano -10", "piano is pretty much gone, too quiet?"),
        "clean",
        "ok piano is up the 10db you said, has it settled into the right place now?",
    )
    assert advice.text.startswith(
        "Yes: the 'Piano' sitting too low is gone. You moved its fader from -20.1 to -10.1 dB"
    )
    assert not advice.suggestions


@needs_fluidsynth
def test_glue_asked_for_the_drums_gets_bus_compression() -> None:
    bus = ask_once(
        "soul",
        "clean",
        "how do i glue the drum bus so the kit sounds like one instrument instead of a bunch of separate mics? comp "
        "settings pls",
    )
    assert bus.text.startswith(
        "Glue is gentle compression across the group: about 2:1 to 4:1, an attack of 10-30 ms"
    )
    assert bus.text.endswith("Your 'Drums' has no compressor yet.")
    kit = ask_once("rock", "clean", "how do i make the drums sound more glued together")
    assert kit.text.startswith("Glue is gentle compression across the group")
    assert (
        "Route 'Kick', 'Snare' and 'Hats' to one folder or bus track in REAPER and put it there." in kit.text
    )


@pytest.mark.parametrize(
    ("question", "glue"),
    [
        ("how do i glue the drum bus so the kit sounds like one instrument? comp settings pls", True),
        ("how do i get the backing vocals to gel like one unit?", True),
        ("hw do i glue the whole mix together on the master bus? what ratio attack n release", False),
        ("how do i glue the vocal into the track, it feels pasted on top", False),
    ],
)
def test_glue_craft_is_for_a_group_not_the_mix(question: str, glue: bool) -> None:
    said = quality_craft(classify(question), "compression")
    assert (said is not None and said.startswith("Glue is gentle compression across the group")) is glue
