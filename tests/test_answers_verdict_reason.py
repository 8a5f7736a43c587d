"""A bare reason question right after a verdict ("why?", "why does that matter?", "how do you know?", "why is that
a problem?") is answered with what the problem does to a listener and what it was measured against, with the same
cards as the verdict: never the verdict said again ("Most likely this: ..."). After a "no", it says why it is fine
with the measured number, and offers no move."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, guitar_masks_vocal, rock_snapshot

from companion.context import Finding, FindingKind, Turn
from model.listener_impact import listener_impact
from model.rules import RulesAdvisor
from model.verdict_reason import measured_basis

BASS_LOUD = Finding(
    FindingKind.TRACK_TOO_LOUD,
    0.59,
    "'Bass' sits about 10 dB louder against the rest of your tracks than basses do in 48 well-rated real mixes "
    "(MixologyDB): most sit between -4 and +5 dB of their usual place.",
    {
        "role": "bass",
        "deviation_db": 9.7,
        "suggested_delta_db": -6.0,
        "fader_db": 0.0,
        "typical_spread_db": [-3.8, 5.0],
    },
    track="Bass",
)
KICK_REMARK = Finding(
    FindingKind.TRACK_TOO_LOUD,
    0.07,
    "'Kick' sits about 4 dB louder against the rest of your tracks than kick drums do in 47 well-rated real mixes "
    "(MixologyDB): most sit between -9 and +8 dB of their usual place.",
    {
        "role": "kick",
        "deviation_db": 4.0,
        "suggested_delta_db": -1.0,
        "fader_db": 0.0,
        "typical_spread_db": [-9.0, 7.9],
    },
    track="Kick",
)
REASONS = ("why?", "why does that matter?", "how do you know?", "why is that a problem?", "how come?")


def _conversation(first: str, then: str, findings: tuple[Finding, ...]):
    advisor = RulesAdvisor()
    verdict = advisor.advise(context(first, rock_snapshot(), clean(), findings))
    history = (Turn("user", first), Turn("assistant", verdict.text))
    return verdict, advisor.advise(context(then, rock_snapshot(), clean(), findings, history))


@pytest.mark.parametrize("asked", REASONS)
def test_why_after_a_level_verdict_says_what_it_does_and_what_it_was_measured_against(asked):
    verdict, reason = _conversation("is the bass too loud?", asked, (BASS_LOUD,))
    assert verdict.text.startswith("Yes")  # the premise
    assert not reason.text.startswith(("Most likely", "Yes")), reason.text
    assert "masks the kick" in reason.text  # what it does to a listener
    assert "10 dB louder" in reason.text and "48 well-rated real mixes (MixologyDB)" in reason.text
    assert "most sit between -4 and +5 dB" in reason.text  # the comparison it was held against
    assert reason.suggestions == verdict.suggestions  # the same card


def test_how_do_you_know_leads_with_the_measurement():
    _, reason = _conversation("is the bass too loud?", "how do you know?", (BASS_LOUD,))
    assert reason.text.startswith("I measured it: 'Bass' sits about 10 dB louder"), reason.text
    _, why = _conversation("is the bass too loud?", "why does that matter?", (BASS_LOUD,))
    assert why.text.startswith("Because a bass that far up masks the kick"), why.text


def test_why_after_a_no_says_why_it_is_fine_with_the_number_and_no_card():
    verdict, reason = _conversation("is the kick too loud?", "why?", (KICK_REMARK,))
    assert verdict.text.startswith("No") and not verdict.suggestions  # the premise
    assert reason.text.startswith("By the numbers it isn't: 'Kick' sits about 4 dB louder"), reason.text
    assert "inside the range real mixes use" in reason.text
    assert not reason.suggestions


def test_a_reason_question_with_its_own_subject_is_not_a_follow_up_reason():
    _, reason = _conversation("is the bass too loud?", "why is the vocal buried?", (BASS_LOUD,))
    assert not reason.text.startswith(("Because a bass", "I measured it")), reason.text


def test_measured_basis_keeps_the_numbers_and_drops_the_verdict_and_advice():
    harsh = Finding(FindingKind.HARSH, 0.45, "The mix leans a little harsh. The upper mids (around 3.2 kHz): a "
                    "build-up of 6.0 dB, against 122 real mixes; act only if you hear it.", {}, None)  # fmt: skip
    assert (
        measured_basis(harsh)
        == "The upper mids (around 3.2 kHz): a build-up of 6.0 dB, against 122 real mixes."
    )
    assert measured_basis(guitar_masks_vocal()).startswith("'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz")
    assert measured_basis(BASS_LOUD) == BASS_LOUD.summary


def test_listener_impact_covers_every_role_and_kind():
    assert "masks the kick" in listener_impact(BASS_LOUD)
    quiet_vocal = Finding(FindingKind.TRACK_TOO_QUIET, 0.5, "", {"role": "lead_vocal"}, "Lead Vox")
    assert "words" in listener_impact(quiet_vocal)
    unknown = Finding(FindingKind.TRACK_TOO_LOUD, 0.5, "", {"role": "theremin"}, "Theremin")
    assert listener_impact(unknown)  # a general line, never empty
    assert "words blur" in listener_impact(guitar_masks_vocal(), covered_role="lead_vocal")
    for kind in (FindingKind.HARSH, FindingKind.DULL, FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.THIN,
                 FindingKind.CLIPPING, FindingKind.OVER_COMPRESSED):  # fmt: skip
        assert listener_impact(Finding(kind, 0.5, "", {}, None)), kind


def test_why_after_a_clash_leads_with_the_two_meters_then_what_the_listener_loses():
    verdict, reason = _conversation("is the guitar covering the vocal?", "why?", (guitar_masks_vocal(),))
    assert reason.text.startswith("I measured it: 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz"), reason.text
    assert "the words blur" in reason.text
    assert reason.suggestions == verdict.suggestions and reason.suggestions[0].track == "Gtr L"


def test_why_after_an_answer_with_nothing_measured_gives_no_by_the_numbers():
    """ "why?" after "I can't tell from the mix file alone ..." has no measurement to stand on: it is not told "By
    the numbers it's fine" (an apostrophe in "can't" is not a track's name), and "I" keeps its capital."""
    advisor = RulesAdvisor()
    first = advisor.advise(context("is the reverb too much?", None, clean()))
    assert first.text.startswith("I can't tell from the mix file alone"), first.text  # the premise
    history = (Turn("user", "is the reverb too much?"), Turn("assistant", first.text))
    reason = advisor.advise(context("why?", None, clean(), (), history))
    assert "By the numbers" not in reason.text and " i can't" not in reason.text, reason.text


def test_lower_first_keeps_the_pronoun_i():
    from model.phrasing import lower_first

    assert lower_first("I can't tell") == "I can't tell"
    assert lower_first("It's fine") == "it's fine"
    assert lower_first("Ice on the top") == "ice on the top"
