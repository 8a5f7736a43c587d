"""A guessed cause or fix the measurements contradict turns the user to the part the measurements find, with its
card first (model/blamed_processor.py, model/covered_instead.py; blind set 28's q2802 and q2828): "is my master
limiter doing that?" about stabbing hits with the snare far too loud is "No, not the limiter: 'Snare' ...", not
the limiter's craft; "should i scoop some mids outta the voice?" about a vocal that is hard to follow, with a guitar
covering it, is "No ... rather, 'Gtr L' ...", not a bare no."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, guitar_masks_vocal, level_finding

from companion.context import Finding, FindingKind
from model.blamed_processor import blamed_processor

SNARE_LOUD = level_finding("Snare", "snares", 13.0, fader_db=2.4)
GTR_LOUD = level_finding("Gtr L", "electric guitars", 8.0)
SQUASHED = Finding(
    FindingKind.OVER_COMPRESSED,
    0.8,
    "Peak-to-loudness ratio is only 6.0 dB (crest 7.5 dB): the transients are squashed, so it feels flat and "
    "tiring even when it's loud.",
    {"plr_db": 6.0, "crest_db": 7.5},
)


@pytest.mark.parametrize(
    ("question", "processor"),
    [
        ("somethin keeps stabbing my ears every other second, is my master limiter doing that?", "limiter"),
        ("something keeps poking out on every hit, is the compressor causing it?", "compressor"),
        ("there's a harsh crack on every backbeat, could the reverb be behind it?", "reverb"),
        ("something keeps jabbing at my ears, is my interface to blame?", "interface"),
        ("could it be my sound card?", "interface"),
        ("is the eq the problem?", "EQ"),
        ("should i put a limiter on every track?", None),  # a habit asked about, no cause guessed
        ("is the snare too loud?", None),
        ("is the reverb too much?", None),  # an amount asked, not a cause guessed
    ],
)
def test_a_processor_guessed_as_the_cause(question: str, processor: str | None) -> None:
    assert blamed_processor(question) == processor


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("somethin keeps stabbing my ears every other second, is my master limiter doing that?", "limiter"),
        ("something keeps poking out on every hit, is the compressor causing it?", "compressor"),
        ("something keeps jabbing at my ears, is my interface to blame?", "interface"),
    ],
)
def test_a_processor_blamed_for_a_part_too_loud_is_denied_and_the_part_named(
    question: str, said: str
) -> None:
    advice = advise_rock(question, (SNARE_LOUD,))
    assert advice.text.startswith(f"No, not the {said}: 'Snare' sits about 13 dB louder"), advice.text
    first = advice.suggestions[0]
    assert first.track == "Snare" and first.action == "nudge_volume_db" and first.params["delta_db"] < 0


def test_a_processor_blamed_on_a_clean_mix_is_denied_with_no_card() -> None:
    advice = advise_rock("the mix sounds boomy, is the compressor causing it?", ())
    assert advice.text.startswith("No: nothing I measured points to the compressor."), advice.text
    assert "makes the mix boomy" in advice.text
    assert advice.suggestions == ()


def test_a_master_limiter_blamed_on_a_squashed_mix_is_a_yes() -> None:
    advice = advise_rock("everything sounds stabby and tiring, is my master limiter doing that?", (SQUASHED,))
    assert advice.text.startswith("Yes"), advice.text
    assert "6.0 dB" in advice.text
    assert advice.suggestions[0].action == "limiter" and advice.suggestions[0].params["input_gain_db"] < 0


def test_a_move_on_a_covered_part_is_denied_and_turned_to_the_covering_part() -> None:
    q = "my vocal sounds boxy n hard to follow, should i scoop some mids outta the voice?"
    advice = advise_rock(q, (GTR_LOUD, guitar_masks_vocal()), analysis=clean())
    assert advice.text.startswith("No"), advice.text
    assert "Rather, 'Gtr L'" in advice.text
    first = advice.suggestions[0]
    assert first.track == "Gtr L" and first.action == "nudge_volume_db" and first.params["delta_db"] < 0


def test_a_covered_part_with_the_covering_part_at_its_level_gets_the_dip_on_it() -> None:
    q = "my vocal sounds boxy n hard to follow, should i scoop some mids outta the voice?"
    advice = advise_rock(q, (guitar_masks_vocal(),))
    assert advice.text.startswith("No"), advice.text
    assert "Rather, 'Gtr L' covers 'Lead Vox'" in advice.text
    first = advice.suggestions[0]
    assert first.track == "Gtr L" and first.action == "eq_band" and first.params["gain_db"] < 0


def test_a_tone_away_from_the_covered_range_keeps_the_bare_no() -> None:
    advice = advise_rock("my vocal sounds thin, should i boost the lows on it?", (guitar_masks_vocal(),))
    assert "Rather," not in advice.text, advice.text
