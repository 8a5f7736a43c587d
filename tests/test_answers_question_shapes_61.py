"""Question shapes of the stereo balance and of a style asked by ear: "which side is louder?" names a side (or
"Neither") rather than a part or a yes/no, and a lean the meters hide but a part panned to one side far off its
level makes is named with its fader whichever side the ear goes; "does this sound like a 90s grunge record?" is
never a yes, since nothing measured hears a style or an era: what is measured against that family is kept and a
reference of that sound is offered; a choice of two moves with nothing off is "Neither needs it"; a small mix with
only a lean measured is not told about a phone; and "in the beat or on top of it?" names the place measured."""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_once, conversation, needs_fluidsynth, rendered

from model.answer import EITHER_OR
from model.earlier_mix import asks_earlier_mix
from model.in_or_on_top import IN_OR_ON_TOP
from model.intent import classify
from model.mute_it import MUTE_IT
from model.part_or_rest import PART_OR_REST
from model.style_likeness import LIKENESS
from model.tool_or_fader import offered


@pytest.mark.parametrize(
    ("question", "lopsided"),
    [
        ("which side is louder", True),
        ("which speaker sounds heavier in my mix?", True),
        ("is it louder on one side", True),
        ("does my mix lean to one side?", True),
        ("which side should the guitar go on", False),
        ("is the vocal louder than the snare", False),
    ],
)
def test_a_side_asked_for_is_the_stereo_balance(question, lopsided):
    assert (classify(question).complaint == "lopsided") is lopsided


@pytest.mark.parametrize(
    ("question", "style"),
    [
        ("does this sound like a 90s grunge record", True),
        ("is it 80s enough", True),
        ("does the mix sound like an old motown record?", True),
        ("does it sound like a pro mix", False),
        ("does the bass sound like a synth", False),
        ("it sounds like a phone speaker", False),
    ],
)
def test_a_style_or_an_era_asked_by_ear_is_told_apart(question, style):
    assert bool(LIKENESS.search(question)) is style


@needs_fluidsynth
def test_which_side_is_louder_names_a_side_or_neither():
    clean = ask_once("pop", "clean", "which side is louder")
    assert re.match(r"Neither: the two channels are within 0\.\d dB of each other", clean.text), clean.text
    assert not clean.suggestions
    loud = ask_once("rock", "Gtr L +10", "which side is louder")
    assert re.match(r"The left: the left channel is [3-5]\.\d dB louder overall\.", loud.text), loud.text
    assert loud.suggestions[0].track == "Gtr L" and loud.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_lean_by_ear_is_found_with_no_side_named():
    """'Gtr R' 10 dB down leaves the meters near centre but pulls the ear left; asked with no side, both are weighed."""
    which = ask_once("rock", "Gtr R -10", "which side sounds louder to you")
    assert re.match(r"The left(, to the ear)?: ", which.text), (
        which.text
    )  # the meters may read it too (8 s clip)
    assert "'Gtr R' is panned right" in which.text
    assert which.suggestions[0].track == "Gtr R" and which.suggestions[0].params["delta_db"] > 0
    lean = ask_once("rock", "Gtr R -10", "does my mix lean to one side?")
    assert lean.text.startswith("Yes, "), lean.text


@needs_fluidsynth
def test_a_style_asked_by_ear_is_not_given_a_yes():
    ans = ask_once("pop", "clean", "does this sound like a 90s grunge record")
    assert ans.text.startswith("I can't hear a style or an era as such"), ans.text
    assert "What I measure: nothing in the numbers needs fixing: -14.1 LUFS" in ans.text, ans.text
    assert ans.text.endswith("I compare tone, width and punch with it.") and len(ans.text.split()) <= 120
    fault = ask_once("soul", "Horns +10", "does it sound like an old motown record")
    assert fault.text.startswith("I can't hear a style or an era as such"), fault.text
    assert fault.suggestions[0].track == "Horns" and fault.suggestions[0].params["delta_db"] < 0
    craft = ask_once("pop", "clean", "how do i make it sound like a 90s grunge record")
    assert not craft.text.startswith("I can't hear a style")


# a band offered against the fader, and a choice of two moves with nothing to move


@pytest.mark.parametrize(
    ("question", "offered_pair"),
    [
        ("is it a low mid thing or a fader thing on the bass", ("the tone", "fader")),
        ("should i cut the low mids or just pull the fader down", ("the EQ", "fader")),
        ("scoop some 300 or turn it down?", ("the EQ", "fader")),
        ("is the bass too loud or too quiet", None),
    ],
)
def test_a_band_or_an_eq_move_offered_against_the_fader(question, offered_pair):
    pair = offered(question, moves=True)
    assert (pair[:2] if pair else None) == offered_pair


@needs_fluidsynth
def test_a_choice_of_two_moves_with_nothing_to_move_is_neither():
    clean = ask_once("pop", "clean", "should i cut the low mids or just pull the fader down on the bass")
    assert clean.text.startswith(
        "Neither needs it, as far as I can measure: nothing I measured says 'Synth Bass'"
    )
    assert not clean.suggestions
    loud = ask_once(
        "pop", "Synth Bass +10", "should i cut the low mids or just pull the fader down on the bass"
    )
    assert loud.text.startswith("Turn it down first:"), loud.text
    band = ask_once("pop", "Synth Bass +10", "is it a low mid thing or a fader thing on the bass")
    assert band.text.startswith("It's the fader, not the tone:"), band.text
    assert band.suggestions[0].track == "Synth Bass" and band.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_small_mix_with_only_a_lean_measured_is_not_told_about_a_phone():
    """The pop session leans a little boomy ("act only if you hear it"): no fault that makes a mix small, no phone
    named, so the phone's missing low end is not the answer; with the phone named it is."""
    ans = ask_once("pop", "clean", "why does my mix sound so small and weak")
    assert ans.text.startswith("Nothing I measured makes it small:"), ans.text
    assert "phone" not in ans.text
    phone = ask_once("pop", "clean", "it sounds small on my phone")
    assert "phone speaker plays little under ~200 Hz" in phone.text, phone.text


# a part offered "in the mix or on top of it"


@pytest.mark.parametrize(
    ("question", "offered_places"),
    [
        ("does my voice sit in the beat or on top of it", True),
        ("is the vocal sitting in the mix or on top of it?", True),
        ("are the guitars on top of the mix or in it?", True),
        ("is the vocal on top of the mix", False),
        ("should the guitar go in the mix or on a bus", False),
    ],
)
def test_two_places_offered_for_a_part(question, offered_places):
    assert bool(IN_OR_ON_TOP.search(question)) is offered_places


@needs_fluidsynth
def test_in_the_beat_or_on_top_names_the_place_measured():
    fine = ask_once("pop", "clean", "does my voice sit in the beat or on top of it")
    assert fine.text.startswith("On top, the way a lead should sit, without standing apart from it:"), (
        fine.text
    )
    low = ask_once("pop", "Lead Vocal -10", "does my voice sit in the beat or on top of it")
    assert low.text.startswith("In it, too deep: it's buried."), low.text
    assert low.suggestions[0].track == "Lead Vocal" and low.suggestions[0].params["delta_db"] > 0
    high = ask_once("pop", "Lead Vocal +10", "is the vocal sitting in the mix or on top of it?")
    assert high.text.startswith("On top of it, too far:") and len(high.text.split()) <= 120, high.text
    support = ask_once("rock", "clean", "are the guitars on top of the mix or in it?")
    assert support.text.startswith("In it, where a supporting part belongs:"), support.text


@needs_fluidsynth
def test_good_or_bad_is_answered_bad_not_no():
    loud = ask_once("soul", "Drums +10", "drums feel like theyre in your face, good or bad?")
    assert loud.text.startswith("Bad, it's too loud: 'Drums' sits about"), loud.text
    fine = ask_once("soul", "clean", "drums feel like theyre in your face, good or bad?")
    assert fine.text.startswith("It's fine:"), fine.text
    either = ask_once("pop", "Lead Vocal -10", "vocal level ok or should it be louder")
    assert either.text.startswith("No, it's too quiet:"), either.text


# a claim reported then "is he right?", a good quality said with a tag, slang for a good state


@pytest.mark.parametrize(
    ("question", "asks_ok"),
    [
        ("my drummer says the kick is too quiet, is he right", False),
        ("the vocal is fine, am i right?", True),
        ("snare cracks nicely right?", True),
        ("the bass sits in nicely yeah?", True),
        ("is the kick too quiet", False),
    ],
)
def test_whether_a_claim_holds_or_a_good_state_is_asked(question, asks_ok):
    assert classify(question).asks_ok is asks_ok


@needs_fluidsynth
def test_a_claim_reported_is_judged_as_the_claim():
    fine = ask_once("soul_kit", "clean", "my drummer says the kick is too quiet, is he right")
    assert fine.text.startswith("No: 'Kick' sits about"), fine.text
    quiet = ask_once("rock", "Kick -10", "the guitarist reckons the kick is too quiet, is he right?")
    assert quiet.text.startswith("Yes: 'Kick' sits about"), quiet.text
    assert quiet.suggestions[0].track == "Kick" and quiet.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_a_good_quality_said_with_a_tag_is_a_yes_when_nothing_is_off():
    assert ask_once("soul_kit", "clean", "snare cracks nicely right?").text.startswith(
        "Yes: nothing I measured says"
    )
    loud = ask_once("soul_kit", "Snare +10", "snare cracks nicely right?")
    assert loud.text.startswith("No: 'Snare' sits about"), loud.text
    slap = ask_once("pop", "clean", "does the kick slap or is it too much")
    assert slap.text.startswith("It's fine:"), slap.text


# one part against the rest, a part's presence and a good quality said with "nice and"


@pytest.mark.parametrize(
    ("question", "offers"),
    [
        ("is my voice too quiet or is the band too loud", True),
        ("is the vocal too low or is the rest of the mix too loud?", True),
        ("is my vocal too quiet or is the beat too loud", True),
        ("is the vocal too quiet or the kick too loud", False),
    ],
)
def test_a_part_or_the_rest_offered(question, offers):
    assert bool(PART_OR_REST.search(question)) is offers


@needs_fluidsynth
def test_a_part_or_the_rest_is_answered_with_the_side_measured():
    quiet = ask_once("soul_kit", "Lead Vocal -10", "is my voice too quiet or is the band too loud")
    assert quiet.text.startswith("It's 'Lead Vocal', not the band: 'Lead Vocal' sits about"), quiet.text
    assert quiet.suggestions[0].track == "Lead Vocal" and quiet.suggestions[0].params["delta_db"] > 0
    band = ask_once("pop", "Kick +10", "is my vocal too quiet or is the beat too loud")
    assert band.text.startswith("It's the beat: 'Lead Vocal' is fine on its own level, but 'Kick'"), band.text
    assert band.suggestions[0].track == "Kick" and band.suggestions[0].params["delta_db"] < 0
    fine = ask_once("pop", "clean", "is my vocal too quiet or is the beat too loud")
    assert fine.text.startswith("Neither: nothing I measured says 'Lead Vocal' is too quiet"), fine.text
    assert not fine.suggestions


@pytest.mark.parametrize(
    "question", ["strings are nice and lush yeah?", "the hats are there right?", "kick is nice and tight?"]
)
def test_a_good_state_said_with_a_tag_asks_it(question):
    assert classify(question).asks_ok


@pytest.mark.parametrize(
    ("question", "earlier"),
    [
        ("is my mix better than last time", True),
        ("is it worse than yesterday?", True),
        ("did it get better since last session", True),
        ("is the kick louder than the snare", False),
        ("better than before?", False),  # a move in this conversation: its clip before is compared
    ],
)
def test_an_earlier_session_said_by_when_it_was(question, earlier):
    assert asks_earlier_mix(question) is earlier


@needs_fluidsynth
def test_better_than_last_time_with_no_earlier_clip_says_so():
    ans = ask_once("soul", "clean", "is my mix better than last time")
    assert ans.text.startswith("I have no earlier mix of yours to compare with"), ans.text


@pytest.mark.parametrize(
    ("question", "two_parts"),
    [("low end is muddy, kick or bass?", True), ("guitars mushing up the vocal, eq or pan?", False)],
)
def test_two_tools_after_a_comma_are_not_two_parts(question, two_parts):
    assert bool(EITHER_OR.search(question)) is two_parts


@needs_fluidsynth
def test_two_tracks_of_one_part_asked_to_match_get_the_usual_and_their_meters():
    loud = ask_once("rock", "Gtr L +10", "should both guitars be the same volume")
    assert loud.text.startswith("Roughly, yes: a pair playing one part is usually kept within a dB or two"), (
        loud.text
    )
    assert "Yours aren't: 'Gtr L' reads" in loud.text and "'Gtr R'" in loud.text
    assert loud.suggestions[0].track == "Gtr L" and loud.suggestions[0].params["delta_db"] < 0
    fine = ask_once("rock", "clean", "do the left and right guitars need to match?")
    assert fine.text.startswith("Roughly, yes:") and fine.text.endswith("close enough."), fine.text
    assert not fine.suggestions
    other = ask_once("pop", "clean", "should the kick and the bass be the same volume")
    assert not other.text.startswith("Roughly, yes:"), (
        other.text
    )  # two parts: their balance, not a pair's match


@needs_fluidsynth
def test_a_claim_then_leave_it_answers_the_leave_it():
    fine = ask_once("soul", "clean", "rhodes is a lil loud, leave it?")
    assert fine.text.startswith("Yes, leave it: nothing I measured says 'Rhodes' is too loud."), fine.text
    loud = ask_once("soul", "Rhodes +10", "rhodes is a lil loud, leave it?")
    assert loud.text.startswith("No, I'd move it: 'Rhodes' sits"), loud.text
    liked = ask_once("soul", "Rhodes +10", "rhodes is a lil loud but i kinda like it, leave it?")
    assert liked.text.startswith("You can leave it: it's your call"), liked.text
    assert liked.suggestions[0].params["delta_db"] == -3.0  # half the move, as a middle way


@pytest.mark.parametrize(
    "question", ["snare louder than kick, ok?", "the snare is a bit louder than the kick, okay?"]
)
def test_ok_after_a_statement_asks_whether_it_is_ok(question):
    intent = classify(question)
    assert intent.asks_ok and not intent.asks_problem, intent


@needs_fluidsynth
def test_a_statement_then_ok_is_yes_when_fine_and_no_with_a_fault():
    assert ask_once("rock", "clean", "snare louder than kick, ok?").text.startswith(
        "Yes: nothing I measured says"
    )
    loud = ask_once("rock", "Snare +10", "snare louder than kick, ok?")
    assert loud.text.startswith("No: 'Snare' sits about"), loud.text


@pytest.mark.parametrize(
    ("question", "vocal"),
    [
        ("she sounds far away", True),
        ("shes kinda buried in there", True),
        ("my drummer says the kick is too quiet, is he right", False),
        ("would he bounce it back for the balance?", False),
    ],
)
def test_the_singer_as_the_subject_is_the_vocal(question, vocal):
    assert ("vocal" in classify(question).instruments) is vocal


@pytest.mark.parametrize(
    ("question", "asks_ok"),
    [("what's the vibe of the mix", False), ("how's the vibe", False), ("how's it sitting?", False),
     ("does it vibe?", True), ("how's it, ok?", True)],
)  # fmt: skip
def test_an_open_question_is_no_yes_or_no(question, asks_ok):
    assert classify(question).asks_ok is asks_ok


@pytest.mark.parametrize(
    ("question", "lack"),
    [("is there enough bass", "quiet"), ("is there enough low end for a club", "thin"),
     ("got enough top end?", "dull"), ("is there enough synth in this", "quiet")],
)  # fmt: skip
def test_an_amount_asked_is_the_lack_it_may_have(question, lack):
    assert classify(question).complaint == lack


@needs_fluidsynth
def test_enough_answers_more_than_enough_when_the_opposite_is_measured():
    over = ask_once("soul", "Bass +10", "is there enough bass")
    assert over.text.startswith("More than enough: 'Bass' sits about"), over.text
    club = ask_once("pop", "clean", "is there enough low end for a club")
    assert club.text.startswith("Yes, more than enough: the mix leans a little boomy."), club.text


@needs_fluidsynth
def test_too_loud_or_just_bright_is_a_level_or_tone_pick():
    loud = ask_once("soul_kit", "Hats +10", "are my hats too loud or just bright")
    assert loud.text.startswith("It's too loud, not the tone: 'Hats' sits about"), loud.text
    fine = ask_once("soul_kit", "clean", "are my hats too loud or just bright")
    assert fine.text.startswith("Neither, as far as I can measure:"), fine.text


@needs_fluidsynth
def test_a_doubt_gets_its_answer_then_what_is_off():
    sure = conversation(
        "pop", [("Pad +10", "what's too loud"), ("Pad +10", "are you sure its not the pluck")]
    )[-1]
    assert sure.text.startswith("Yes, I'm sure: nothing I measured says 'Pluck Synth' is out of line."), (
        sure.text
    )
    assert "What is off is 'Pad':" in sure.text and sure.suggestions[0].track == "Pad"
    right = ask_once("pop", "Pluck Synth +10", "you sure it's not the pluck?")
    assert right.text.startswith("No, you're right: 'Pluck Synth' sits"), right.text


@pytest.mark.parametrize(
    ("question", "mute"),
    [
        ("cant hear the organ at all, mute it?", True),
        ("should i just mute the organ", True),
        ("can i just ditch the hats", True),
        ("did my eq kill the bass?", False),
        ("how do i get rid of the hiss", False),
    ],
)
def test_a_part_offered_to_be_dropped(question, mute):
    assert bool(MUTE_IT.search(question)) is mute


@needs_fluidsynth
def test_a_buried_part_is_not_muted():
    quiet = ask_once("soul_kit", "Organ -10", "cant hear the organ at all, mute it?")
    assert quiet.text.startswith("No, don't mute it: it's buried, not in the way. 'Organ' sits"), quiet.text
    assert quiet.suggestions[0].track == "Organ" and quiet.suggestions[0].params["delta_db"] > 0
    fine = ask_once("soul_kit", "clean", "should i just mute the organ")
    assert fine.text.startswith("No need to mute it: nothing I measured says 'Organ'"), fine.text


@needs_fluidsynth
def test_the_mix_or_the_room_said_after_the_or():
    loud = ask_once("pop", "Synth Bass +10", "too much bass or is my room just boomy")
    assert loud.text.startswith("It's the mix, not your room: 'Synth Bass' sits"), loud.text
    fine = ask_once("soul", "clean", "bass feels huge, or is it just the room?")
    assert fine.text.startswith("Not the mix, as far as I measure:"), fine.text


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("the low end feels like a lot on these speakers, bass too loud or is it the room", "loud"),
        ("bottom end is eating everything alive, bass too hot yeah?", "loud"),
        ("the low end is swamping everything, should i high pass the guitars?", "boomy"),
    ],
)
def test_a_part_s_own_level_claim_after_the_low_end_is_the_claim_asked(question, complaint):
    assert classify(question).complaint == complaint


@needs_fluidsynth
def test_which_side_on_a_mono_clip_says_it_is_mono():
    from companion.app import Companion
    from companion.context import AudioClip

    s = rendered("pop", "clean")
    mono = AudioClip(s.mix.mean(axis=1, keepdims=True), s.sample_rate, source="pop:clean mono")
    ans = Companion().ask("which side is louder", clip=mono, snapshot=s.snapshot).advice
    assert ans.text == "Neither: this clip is mono (one channel), so both speakers play the same signal.", (
        ans.text
    )


@needs_fluidsynth
def test_a_part_likened_to_a_thing_is_not_a_style_asked():
    ans = ask_once("rock", "clean", "does the snare sound like a metal bin")
    assert not ans.text.startswith(("I can't hear a style", "Yes")), ans.text  # a likeness, no liking
