"""The techniques MixologyDB does not annotate (de-essing, saturation, gain staging, parallel and multiband
compression, automation, transient shaping, widening) answer the question asked about them: the move first for a
how-to, the usual verdict first for a should/do-people question, what it is for a what-is; the user's own track
named; only the measurements that bear on it; and a question only listening can answer ("is my vocal
sibilant?") says what the meters can and cannot tell. A part at the wrong level still comes first."""

from __future__ import annotations

import re

from fakes.analyses import clean, tilted
from fakes.band_sessions import advise_rock, context, level_finding

from companion.knowledge.priors import starting_points
from model.answer import needs_listening
from model.phrasing import MAX_WORDS, NOTHING_HEARD

AIRY = clean(**tilted({"air": 4.0}))
"""The rock session's mix with 4 dB more air than the reference curve: where a voice's sibilance sits."""


def _air(analysis) -> str:
    """The air band's remark as measured: above the median real mix, but inside the range real mixes use
    (``model.band_remark``), so not worded as a fault."""
    return f"{analysis.balance_vs_target_db['air']:.1f} dB above the median real mix, inside the range real mixes use"


def test_how_to_set_a_de_esser_leads_with_the_move_on_the_lead_vocal_not_an_eq_dip():
    ans = advise_rock("how do i set a de-esser", analysis=AIRY)
    assert ans.text.startswith("Put a de-esser on 'Lead Vox', tune its detection"), ans.text
    assert "5-8 kHz" in ans.text and "3-6 dB" in ans.text
    assert _air(AIRY) in ans.text  # the band that holds the voice's sibilance, as measured on the whole mix
    assert not ans.suggestions  # no EQ card for a question about the de-esser
    assert len(ans.text.split()) <= MAX_WORDS


def test_the_s_sounds_said_to_pierce_get_the_de_esser_not_a_3k_dip():
    ans = advise_rock("the s sounds on my vocal are piercing", analysis=AIRY)
    assert ans.text.startswith("Put a de-esser on 'Lead Vox'"), ans.text
    assert not re.search(r"\b3 kHz\b|dip", ans.text), ans.text


def test_do_people_de_ess_a_lead_vocal_is_yes_by_convention_with_no_share_invented():
    ans = advise_rock("do most ppl put a de-esser on the lead vox?", analysis=AIRY)
    assert ans.text.startswith("Yes, most engineers de-ess a lead vocal"), ans.text
    assert "(common practice)" in ans.text and "%" not in ans.text  # MixologyDB logs no de-essers
    assert "Your 'Lead Vox' has no de-esser yet." in ans.text


def test_a_de_esser_on_a_guitar_is_not_usual_and_gets_no_setup():
    ans = advise_rock("should i put a de-esser on the guitars", analysis=AIRY)
    assert ans.text.startswith("Not usually: a de-esser is made for a voice's s sounds"), ans.text
    assert "Put a de-esser" not in ans.text and "sibilance sits" not in ans.text


def test_is_my_vocal_sibilant_says_what_was_and_was_not_measured_and_how_to_listen():
    ans = advise_rock("is my vocal sibilant?", analysis=AIRY)
    assert ans.text.startswith("I can't measure sibilance itself"), ans.text
    assert f"air band (6 kHz-20 kHz) is {_air(AIRY)}" in ans.text
    assert "(that's the whole mix, not this track alone)" in ans.text
    assert "Check by ear: solo 'Lead Vox'" in ans.text
    assert not re.match(r"(Yes|No)\b", ans.text)
    assert needs_listening("is my vocal sibilant?") and not needs_listening("how do I use a de-esser?")


def test_a_vocal_at_the_wrong_level_comes_before_its_esses():
    loud = level_finding("Lead Vox", "lead vocals", 11.0)
    ans = advise_rock("the s sounds on my vocal are piercing", (loud,), analysis=AIRY)
    assert ans.suggestions and ans.suggestions[0].track == "Lead Vox", ans.text
    assert ans.suggestions[0].params["delta_db"] == -10.0
    assert not ans.text.startswith("Put a de-esser")


def test_widening_a_part_is_not_panning_it_and_is_checked_in_mono():
    ans = advise_rock("how do i widen the keys", analysis=AIRY)
    assert ans.text.startswith("Widen 'Keys' with two different sides"), ans.text
    assert "Your 'Keys' is panned 20% right now." in ans.text  # the session's pan, as it is
    assert "Check in mono" in ans.text
    assert not any(s.action == "set_pan" for s in ans.suggestions)


def test_widening_the_bass_is_no_with_how_real_mixes_panned_basses():
    ans = advise_rock("should i widen the bass", analysis=AIRY)
    assert ans.text.startswith("No, keep it centred"), ans.text
    centred = starting_points("bass").pan.centred_share
    assert f"Engineers kept {centred:.0%} of mono basses dead centre" in ans.text  # measured, MixologyDB


def test_making_the_whole_mix_wider_keeps_the_measured_width_answer():
    ans = advise_rock("how do i make the mix wider", analysis=AIRY)
    assert not ans.text.startswith("Widen"), ans.text
    assert "correlation" in ans.text  # the mix's width is measured, so the measurement answers


def test_what_is_gain_staging_explains_first_and_quotes_the_measured_true_peak():
    ans = advise_rock("what is gain staging", analysis=AIRY)
    assert ans.text.startswith("Gain staging means setting the level going into"), ans.text
    assert f"true peak is {AIRY.true_peak_dbtp:.1f} dBTP" in ans.text
    assert len(ans.text.split()) <= MAX_WORDS


def test_parallel_compression_on_the_drums_names_the_kit_tracks_and_is_not_plain_compression():
    ans = advise_rock("how do i set up parallel compression on the drums", analysis=AIRY)
    assert ans.text.startswith("Send 'Kick', 'Snare' and 'Hats' to a new bus"), ans.text
    assert "blends a heavily compressed copy" in ans.text
    assert "real mixes (MixologyDB), compressors ran" not in ans.text


def test_should_i_automate_the_vocal_is_yes_then_how_to_ride_it():
    ans = advise_rock("should i automate the vocal", analysis=AIRY)
    assert ans.text.startswith(
        "Yes, a lead vocal is usually ridden by hand (common practice). Ride 'Lead Vox':"
    )


def test_transient_shaper_multiband_and_saturation_answer_about_themselves():
    kick = advise_rock("should i use a transient shaper on the kick", analysis=AIRY).text
    assert kick.startswith("Only if it lacks snap or rings too long") and "'Kick'" in kick, kick
    multi = advise_rock("how do i use a multiband compressor", analysis=AIRY).text
    assert multi.startswith("Put a multiband compressor (ReaXcomp in REAPER)"), multi
    sat = advise_rock("what does a saturator do", analysis=AIRY).text
    assert sat.startswith("Saturation is gentle distortion"), sat


def test_a_habit_asked_about_is_not_by_default():
    ans = advise_rock("should i put a de-esser on every vocal by default", analysis=AIRY)
    assert ans.text.startswith("Not by default: use it where a track needs it"), ans.text
    assert "the esses should stop stinging" in ans.text  # and how to tell where it is needed
    assert advise_rock("should i automate every track", analysis=AIRY).text.startswith(
        "Not by default: ride a part"
    )


def test_with_no_clip_the_knowledge_answers_and_says_nothing_was_heard():
    from model.rules import RulesAdvisor

    ctx = context("how do i set up parallel compression on the drums", None, None)
    text = RulesAdvisor().advise(ctx).text
    assert text.startswith("Send the drums to a new bus"), text
    assert NOTHING_HEARD in text and "4:1 to 10:1" in text and len(text.split()) <= MAX_WORDS
