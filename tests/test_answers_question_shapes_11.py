"""Question shapes from held-out set 10 (issue 10), fixed as rules an engineer would state: "too far out in
front", "too big" and "a bit loud huh" ask whether a part is too loud, so a part measured too loud is a yes; a tag
("huh", "eh") makes a statement a yes/no question even without its question mark; "is anything poking out?" asks
for a fault; and "what would you change first?" or "anything you'd change?" on a mix with only a lean measured
is "nothing needs changing", the lean a choice to check by ear."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding, rock_snapshot, with_fader

from companion.context import Finding, FindingKind
from model.answer_parts import MELODY_MISSING, REST_BURIED
from model.intent import Wants, classify
from model.intent_forms import strip_tag

KEYS_LOUD = level_finding("Keys", "keyboards", 10.0)
VOX_LOUD = level_finding("Lead Vox", "lead vocals", 10.0)
DULL_LEAN = Finding(
    FindingKind.DULL,
    0.4,
    "The mix leans a little dull. The top end (4.5-10 kHz) falls faster than in most real mixes; act only if "
    "you hear it.",
    {"band": "top end"},
)


def test_too_far_in_front_and_too_big_are_a_too_loud_question():
    for q in (
        "is my voice too far out in front",
        "does the keys feel too big to you",
        "is the vocal too in front?",
    ):
        intent = classify(q)
        assert intent.complaint == "loud" and intent.wants == Wants.JUDGE, q
    assert advise_rock("is my voice too far out in front", [VOX_LOUD]).text.startswith(
        "Yes: 'Lead Vox' sits about 10 dB louder"
    )
    advice = advise_rock("do the keys feel too big to you", [KEYS_LOUD])
    assert advice.text.startswith("Yes: 'Keys' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0
    # the low end said to be too big, with no part named, is still the low end's boom
    assert classify("the low end is too big").complaint == "boomy"


def test_a_tag_without_its_question_mark_is_still_a_yes_no():
    intent = classify("the keys are a bit loud huh")
    assert intent.wants == Wants.JUDGE and intent.complaint == "loud"
    assert advise_rock("the keys are a bit loud huh", [KEYS_LOUD]).text.startswith(
        "Yes: 'Keys' sits about 10 dB"
    )
    assert classify("the keys are a bit loud eh").wants == Wants.JUDGE
    # "right" with no question mark is too often the statement's own word to be read as a tag
    assert strip_tag("the keys are a bit loud huh") == ("the keys are a bit loud?", True)
    assert strip_tag("pan the keys a bit more to the right") == (
        "pan the keys a bit more to the right",
        False,
    )


def test_poking_out_asks_for_a_fault():
    assert classify("Is anything poking out in this mix?").asks_problem
    assert classify("is something sticking out?").asks_problem
    assert advise_rock("Is anything poking out in this mix?").text.startswith("No. Honestly, nothing")
    assert advise_rock("Is anything poking out in this mix?", [KEYS_LOUD]).text.startswith("Yes")


def test_what_to_change_on_a_lean_only_mix_is_nothing():
    for q in ("what would you change first on this one", "give it a listen, anything you'd change?"):
        advice = advise_rock(q, [DULL_LEAN])
        assert advice.text.startswith("Nothing needs changing. At most, the mix leans a little dull"), (
            advice.text
        )
        assert "If you hear it:" in advice.text
    # a real fault is still where to start
    assert advise_rock("what would you change first on this one", [KEYS_LOUD]).text.startswith(
        "Start here: 'Keys' sits about 10 dB louder"
    )
    # "what else?" after that walks on through what is left, not a verdict
    assert not advise_rock("what else would you change?", [DULL_LEAN]).text.startswith(
        "Nothing needs changing"
    )


# ---------------------------------------------------------------- a partless complaint that points at a part

KEYS_QUIET = level_finding("Keys", "keyboards", -10.0)


def test_everything_else_hard_to_hear_is_the_part_too_loud():
    assert REST_BURIED.search("why is everything else so hard to hear")
    assert REST_BURIED.search("the rest feels buried")
    assert not REST_BURIED.search("why is the vocal so hard to hear")  # a part named: that part's question
    advice = advise_rock("why is everything else so hard to hear", [KEYS_LOUD])
    assert advice.text.startswith("Most likely this: 'Keys' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0


def test_a_missing_melody_is_the_melodic_part_too_quiet():
    q = "why does the song feel like its missing the melody between the vocal lines"
    assert MELODY_MISSING.search(q) and MELODY_MISSING.search("the hook is buried")
    advice = advise_rock(q, [KEYS_QUIET])
    assert advice.text.startswith("Most likely this: 'Keys' sits about 10 dB quieter"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == 9.0
    # a part too quiet that plays no melody (the kick) is not the missing melody
    kick = advise_rock(q, [level_finding("Kick", "kick drums", -10.0)])
    assert "'Kick'" not in kick.text.split(".")[0], kick.text


# ---------------------------------------------------------------- one of a pair louder than the other


def test_one_of_a_pair_louder_compares_their_two_meters():
    q = "left and right gtrs sound kinda uneven to me, one louder than the other?"
    advice = advise_rock(q)  # both guitars meter -17.0 dBFS peak: even
    assert advice.text.startswith(
        "No: 'Gtr L' and 'Gtr R' read within 2 dB of each other ('Gtr L' at -17.0 dBFS peak, 'Gtr R' at -17.0"
    ), advice.text
    louder = with_fader(rock_snapshot(), "Gtr R", 4.0, -12.5)
    text = advise_rock("is one guitar louder than the other?", snapshot=louder).text
    assert text.startswith(
        "Yes: 'Gtr R' is the louder one: its meter reads -12.5 dBFS peak against -17.0 dBFS peak for 'Gtr L'"
    ), text
    # a level problem measured on one of them keeps its own answer, with the fader card
    gtr_quiet = level_finding("Gtr R", "electric guitars", -10.0)
    assert advise_rock("Is one guitar quieter than the other?", [gtr_quiet]).text.startswith(
        "Yes: 'Gtr R' sits about 10 dB quieter"
    )


def test_a_fault_asked_of_a_lean_only_mix_offers_the_move_in_lower_case():
    """ "does it sound amateur?" with only a lean: "No, nothing needs fixing ... If you hear it: try ..." (the move
    read "If you hear it: Try" there, unlike the other lean answers)."""
    text = advise_rock("does anything need fixing?", [DULL_LEAN]).text
    assert text.startswith("No, nothing needs fixing. At most, the mix leans a little dull"), text
    said = text.split("If you hear it: ", 1)[1]
    assert said[0].islower(), text
