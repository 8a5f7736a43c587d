"""A level question about "it": after a part was talked about it is that part; with nothing before it, the only
thing listened to is the mix, so it asks for the mix's loudness (and the part that is too loud or quiet, if one
is). A move asked for ("turn it up?") still asks which."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot

from companion.context import Turn
from model.intent import classify
from model.rules import RulesAdvisor


def test_a_verdict_about_it_with_nothing_before_is_the_mix():
    for q in ("is it too loud?", "is this too quiet", "is that too loud now?"):
        intent = classify(q)
        assert intent.about_master and intent.complaint == "loudness", q
    for q in ("can you turn it up?", "turn it down?", "should i bring it down"):
        intent = classify(q)
        assert not intent.about_master and intent.complaint in ("loud", "quiet"), q


def test_a_verdict_about_it_after_a_part_is_that_part():
    history = (Turn("user", "how is the bass?"), Turn("assistant", "It's fine."))
    intent = classify("is it too loud?", history)
    assert intent.follow_up and intent.instruments == ("bass",) and intent.complaint == "loud"
    ctx = context("is it too loud?", rock_snapshot(), clean(), (), history)
    text = RulesAdvisor().advise(ctx).text
    assert text.startswith("No: nothing I measured says 'Bass' is too loud."), text


def test_the_mix_answer_names_the_part_that_is_too_loud():
    fine = advise_rock("is it too loud?")
    assert fine.text.startswith("No: -14.2 LUFS integrated"), fine.text
    assert "Pushing it louder" not in fine.text and not fine.suggestions
    loud = advise_rock("is it too loud?", (level_finding("Gtr L", "electric guitars", 10.0),))
    assert loud.text.startswith("No: -14.2 LUFS integrated"), loud.text
    assert "What is too loud is one part: 'Gtr L' sits about 10 dB louder" in loud.text
    assert loud.suggestions[0].track == "Gtr L" and loud.suggestions[0].params["delta_db"] < 0
    quiet = advise_rock("is this too quiet?", (level_finding("Lead Vox", "lead vocals", -10.0),))
    assert (
        quiet.text.startswith("No: -14.2 LUFS") and "What is too quiet is one part: 'Lead Vox'" in quiet.text
    )
    assert quiet.suggestions[0].params["delta_db"] > 0


def test_loud_enough_with_another_fault_says_yes_or_no_as_asked():
    from companion.context import Finding, FindingKind

    clipped = Finding(
        FindingKind.CLIPPING,
        0.6,
        "28 clipped samples (flat tops at full scale, 0.9 per second): that's audible distortion on the peaks.",
        {"clipped_samples": 28, "per_second": 0.93, "sample_peak_dbfs": 0.85, "true_peak_dbtp": 0.86},
    )
    enough = advise_rock("is my mix loud enough?", (clipped,)).text
    assert enough.startswith("Yes, it's loud enough, but: 28 clipped samples"), enough
    quiet = advise_rock("is my mix too quiet?", (clipped,)).text
    assert quiet.startswith("No, it's loud enough, but: 28 clipped samples"), quiet
    loud = advise_rock("is it too loud?", (clipped,)).text
    assert loud.startswith("It's not the level, it's this: 28 clipped samples"), loud
