"""The verdict word agrees with what the answer goes on to say (issue 10), one rule an engineer would state: a
yes/no question's "Yes" or "No" follows from the finding the body leads with and what the question claims, not
from the path that wrote it. A claim the fault supports is yes (a part too quiet: empty, hollow, sparse; too
loud: crowded, busy, cluttered), a claim it contradicts is no with the fault, nothing off is no to a fault
question and yes to "is it fine?"."""

from __future__ import annotations

import re

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot

from model.answer import compose, understand_context
from model.intent_claim import claim_side
from model.verdict_agrees import agreeing_verdict

KEYS_QUIET = level_finding("Keys", "keys", -10.0)
KEYS_LOUD = level_finding("Keys", "keys", 10.0)


@pytest.mark.parametrize(
    ("question", "findings", "opening"),
    [
        ("does it sound kinda empty to you", (KEYS_QUIET,), "Yes: 'Keys' sits about 10 dB quieter"),
        ("does the song feel hollow?", (KEYS_QUIET,), "Yes: 'Keys' sits about 10 dB quieter"),
        ("mix feels a bit sparse no?", (KEYS_QUIET,), "Yes: 'Keys' sits about 10 dB quieter"),
        ("does it sound empty?", (KEYS_LOUD,), "No: 'Keys' sits about 10 dB louder"),
        ("is it too busy?", (KEYS_LOUD,), "Yes: 'Keys' sits about 10 dB louder"),
        ("does the mix feel cluttered?", (KEYS_LOUD,), "Yes: 'Keys' sits about 10 dB louder"),
        ("mix feels a bit sparse no?", (KEYS_LOUD,), "No: 'Keys' sits about 10 dB louder"),
        # a short whole-mix claim with a tag is a yes/no about the mix, not a vague "make it better"
        ("too busy right?", (KEYS_QUIET,), "No: 'Keys' sits about 10 dB quieter"),
        ("too busy right?", (KEYS_LOUD,), "Yes: 'Keys' sits about 10 dB louder"),
        ("sounds empty huh?", (KEYS_QUIET,), "Yes: 'Keys' sits about 10 dB quieter"),
    ],
)
def test_a_whole_mix_lack_or_excess_takes_the_verdict_its_measured_fault_gives(question, findings, opening):
    text = advise_rock(question, findings).text
    word, fault = opening.split(": ", 1)
    assert re.match(rf"^{word}\b[^:]*: {re.escape(fault)}", text), (question, text)
    card = advise_rock(question, findings).suggestions[0]
    assert (card.track, card.action) == ("Keys", "nudge_volume_db")


def test_a_fault_question_the_body_finds_fine_never_opens_yes():
    # nothing off: "overpowering?" of the sub (the bass) and "too loud?" of the mix are no, with what says so
    text = advise_rock("sub is overpowering everything no?").text
    assert text.startswith("No: nothing I measured says 'Bass' is too loud."), text
    text = advise_rock("the mix is way too loud no?").text
    assert text.startswith(
        "No: -14.2 LUFS integrated with the true peak at -1.2 dBTP sits fine for Spotify"
    ), text
    assert not advise_rock("sub is overpowering everything no?").suggestions


@pytest.mark.parametrize(
    ("question", "findings"),
    [
        ("does it sound kinda empty to you", (KEYS_QUIET,)),
        ("does it sound empty?", (KEYS_LOUD,)),
        ("is it too busy?", (KEYS_LOUD,)),
        ("are the keys too loud?", (KEYS_LOUD,)),
        ("does the song feel hollow?", (KEYS_LOUD,)),
        ("keys fine?", (KEYS_LOUD,)),
        ("keys buried right?", (KEYS_QUIET,)),
        ("sub is overpowering everything no?", ()),
        ("is the mix too loud?", ()),
    ],
)
def test_a_wrong_verdict_word_from_any_path_is_turned_round(question, findings):
    """Whatever path wrote the answer, a bare verdict that contradicts its own body is corrected: the composed
    answer's word is swapped and the check must bring back the word the finding gives."""
    ctx = context(question, rock_snapshot(), clean(), findings)
    focus = understand_context(ctx)
    right = compose(ctx, focus)
    m = re.match(r"^(Yes|No): ", right.text)
    assert m is not None, right.text
    wrong = ("No" if m.group(1) == "Yes" else "Yes") + right.text[len(m.group(1)) :]
    right.text = wrong
    assert agreeing_verdict(focus, right).text.startswith(m.group(0)), (question, wrong)


def test_the_claims_direction_comes_from_whole_mix_words_and_the_named_complaint():
    assert claim_side("does it feel empty?", None) == "lack"
    assert claim_side("is it too busy?", None) == "excess"
    assert claim_side("the vocal is buried right?", "quiet") == "lack"
    assert claim_side("horns eating the mix?", "loud") == "excess"
    assert claim_side("is the vocal ok?", None) is None
    # a claim its fault contradicts keeps the fault but says no: "is it too busy?" with a part too quiet
    text = advise_rock("is it too busy?", (KEYS_QUIET,)).text
    assert text.startswith("No") and "'Keys' sits about 10 dB quieter" in text, text


def test_a_pointing_label_gives_way_to_the_verdict_never_stacks_under_it():
    """'mix too crowded?' (a yes/no the clash path reads as a request for the thing): "This:" is a label, so the
    verdict replaces it instead of opening "Yes: this:"."""
    from fakes.band_sessions import guitar_masks_vocal

    gtr_loud = level_finding("Gtr L", "electric guitars", 10.0)
    for q in ("mix too crowded?", "mix too cluttered?"):
        text = advise_rock(q, (guitar_masks_vocal(), gtr_loud)).text
        assert text.startswith("Yes: 'Gtr L' sits about 10 dB louder"), (q, text)


def test_a_comparison_keeps_the_verdict_its_two_meters_give():
    """'is one guitar louder than the other?' is answered by the meters, not by a fault: no finding, still yes."""
    from fakes.band_sessions import with_fader

    louder = with_fader(rock_snapshot(), "Gtr R", 4.0, -12.5)
    text = advise_rock("is one guitar louder than the other?", snapshot=louder).text
    assert text.startswith("Yes: 'Gtr R' is the louder one"), text
