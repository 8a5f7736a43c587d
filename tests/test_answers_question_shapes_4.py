"""Question shapes held-out set 4 showed the built-in advisor answering beside the point (issue 10), fixed as
rules an engineer would state: "should I turn it up?" while another part covers it (no: dip that part), "should
I <move> it?" while the part sits at the wrong level (not first), "papery" is thin, a part that "sounds small"
because another part is far too loud, "is the mix lopsided?" from the left/right balance, a synth is not a
piano, "nudged it up, how's that?" compares clips, and a plain no when the master isn't squashed."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import (
    advise_rock,
    context,
    guitar_masks_vocal,
    level_finding,
    rock_snapshot,
    soul_snapshot,
)

from companion.context import Finding, FindingKind, StereoImage
from model.intent import Wants, classify

MASKING = guitar_masks_vocal()


advise = advise_rock


# ---------------------------------------------------------------- "should it be louder?" while covered: no


@pytest.mark.parametrize(
    ("question", "raise_asked"),
    [
        ("should the vocal be louder? i honestly can't tell anymore", True),
        ("does the synth bass need to come up?", True),
        ("vocal is getting buried, should i just turn the vocal up?", True),
        ("would bringing the bass up help?", True),
        ("is the vocal buried?", False),
        ("is the vocal too loud?", False),
        ("is the vocal loud enough?", False),
    ],
)
def test_asks_raise_is_a_yes_no_about_raising_the_fader(question, raise_asked):
    assert classify(question).asks_raise is raise_asked
    if raise_asked:
        assert classify(question).complaint == "quiet"


def test_should_i_turn_the_vocal_up_while_a_guitar_covers_it_says_no_and_dips_the_guitar():
    advice = advise("vocal is getting buried, should i just turn the vocal up?", [MASKING])
    assert advice.text.startswith("No, I'd leave its fader: 'Gtr L' covers 'Lead Vox'"), advice.text
    card = advice.suggestions[0]
    assert card.track == "Gtr L" and card.action == "eq_band" and card.params["gain_db"] < 0
    # the same evidence asked as "is it buried?" is still a yes: it is
    assert advise("is the vocal buried?", [MASKING]).text.startswith("Yes: 'Gtr L' covers 'Lead Vox'")


def test_should_i_turn_the_vocal_up_when_it_sits_low_is_still_yes():
    low = level_finding("Lead Vox", "lead vocals", -9.0)
    advice = advise("should the vocal be louder?", [low])
    assert advice.text.startswith("Yes: 'Lead Vox' sits about 9 dB quieter"), advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] == 8.0


# ---------------------------------------------------------------- "should I <move> it?" when level is the cause


def test_papery_and_tinny_are_thin():
    assert classify("kick sounds kinda papery").complaint == "thin"
    assert classify("the snare is tinny").complaint == "thin"


def test_should_i_compress_a_kick_that_sits_low_is_not_first_with_or_without_a_complaint():
    low = level_finding("Kick", "kick drums", -10.0, fader_db=-16.0)
    for question in ("kick sounds kinda papery, should i slap a compressor on it to beef it up?",
                     "should i compress the kick?"):  # fmt: skip
        advice = advise(question, [low])
        assert advice.text.startswith("Not first: 'Kick' sits about 10 dB quieter"), advice.text
        assert "compression won't fix a part sitting at the wrong level" in advice.text
        assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] == 9.0
    # with the kick's level in line, the technique question is answered from knowledge, not 'not first'
    assert not advise("should i compress the kick?").text.startswith("Not first")


def test_should_i_de_ess_a_vocal_that_sits_far_too_loud_is_not_first():
    assert classify("vocal sounds kinda harsh and spitty, should i de-ess it?").should
    loud = level_finding("Lead Vox", "lead vocals", 12.0, fader_db=8.0)
    advice = advise("vocal sounds kinda harsh and spitty, should i de-ess it?", [loud])
    assert advice.text.startswith("Not first: 'Lead Vox' sits about 12 dB louder"), advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] == -11.0


# ---------------------------------------------------------------- "why do my guitars sound small?"


def test_guitars_sound_small_because_the_keys_sit_far_too_loud_names_the_keys():
    loud_keys = level_finding("Keys", "keys", 10.0, fader_db=-1.6)
    advice = advise("why do my guitars sound so small all of a sudden?", [loud_keys])
    # a why whose named part is fine names the cause first (shapes_83)
    assert advice.text.startswith("Because of 'Keys', not 'Gtr L': 'Keys' sits about 10 dB louder"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0


# ---------------------------------------------------------------- "is the mix lopsided?"

LEANS_RIGHT = Finding(
    FindingKind.LR_IMBALANCE,
    0.4,
    "The right channel is 2.7 dB louder overall: the mix leans to the right.",
    {"lr_balance_db": -2.7},
)


@pytest.mark.parametrize(
    "question",
    [
        "does the mix feel lopsided to you? seems heavier on the right",
        "my mix leans to the left",
        "everything pulls to the right, why?",
        "the mix feels off-centre",
        "the right side is louder, is that bad?",
        "it leans left a lot",
    ],
)
def test_lopsided_words(question):
    assert classify(question).complaint == "lopsided"


def test_is_the_mix_lopsided_says_yes_and_names_the_loud_track_panned_that_way():
    loud = level_finding("Gtr R", "electric guitars", 7.0, fader_db=4.1)  # 'Gtr R' is panned +0.8 (right)
    analysis = clean(stereo=StereoImage(0.7, 0.2, 0.98, -2.7))
    advice = advise("does the mix feel lopsided to you? seems heavier on the right", [LEANS_RIGHT, loud],
                    analysis=analysis)  # fmt: skip
    assert advice.text.startswith("Yes, it leans right: the right channel is 2.7 dB louder"), advice.text
    assert "'Gtr R' is panned right, and it sits about 7 dB louder" in advice.text
    assert advice.suggestions[0].track == "Gtr R" and advice.suggestions[0].params["delta_db"] == -6.0


def test_is_the_mix_lopsided_says_no_with_the_measured_balance_when_it_is_centred():
    advice = advise("does the mix feel lopsided? seems heavier on the right")  # clean(): 0.2 dB
    assert advice.text.startswith("No: the two channels are within 0.2 dB of each other"), advice.text
    assert not advice.suggestions


# ---------------------------------------------------------------- a synth is not a piano


def test_no_synth_in_the_session_says_so_instead_of_answering_for_the_rhodes():
    advice = advise("are the synths too loud?", snapshot=soul_snapshot())
    assert advice.text.startswith("There is no synth in this session: your tracks are 'Drums'"), advice.text
    # a yes/no on a part that isn't here: what the mix measures (here nothing out of line), not a question back
    assert "Nothing I measured in the mix is out of line" in advice.text and "Which track" not in advice.text


def test_an_organ_question_still_answers_for_the_rhodes():
    advice = advise("is the organ too loud?", snapshot=soul_snapshot())
    assert "'Rhodes'" in advice.text and "There is no organ" not in advice.text, advice.text


# ---------------------------------------------------------------- "nudged it up, how's that?"


@pytest.mark.parametrize(
    "question",
    [
        "nudged the pluck up, how's that?",
        "how's that now?",
        "bumped the snare a bit, better?",
        "lowered the keys 3 dB, how does that sound?",
        "turned the kick up, how is it now?",
    ],
)
def test_a_change_reported_then_how_is_that_asks_whether_it_is_better(question):
    assert classify(question).wants == Wants.BETTER


def test_hows_the_snare_is_still_a_judgement():
    assert classify("how's the snare?").wants == Wants.JUDGE


# ---------------------------------------------------------------- a plain no when the master isn't squashed


def test_is_the_master_too_squashed_says_no_first_with_the_measured_ratio():
    advice = advise("is the master too squashed?")
    assert advice.text.startswith("No, it isn't squashed: a 13.0 dB peak-to-loudness ratio"), advice.text


def test_grounding_says_no_to_raising_a_covered_part():
    from model.focus_text import focus_lines

    ctx = context("should i just turn the vocal up?", rock_snapshot(), clean(), (MASKING,))
    lines = "\n".join(focus_lines(ctx))
    assert "NO to raising its fader when another part covers it" in lines, lines


# ---------------------------------------------------------------- a yes rests on a problem, not a remark


@pytest.mark.parametrize(
    "question",
    ["should i turn the guitar down? feels like there's too much of it", "is the left guitar too loud?"],
)
def test_a_masking_remark_does_not_make_a_yes(question: str) -> None:
    """On a fine mix a weak masking remark (0.15: the guitar only a little over the vocal's low mids) must not turn
    into "Yes, turn it down"; the same masking at problem level does."""
    remark = guitar_masks_vocal(severity=0.15)
    fine = advise(question, [remark]).text
    assert not fine.startswith("Yes"), fine
    assert fine.startswith(("No", "Not")), fine
    covered = advise(question, [MASKING]).text
    assert covered.startswith("Yes"), covered
