"""Question shapes of the opening verdict and the distance asked: "which one is louder?" with two parts under a
decibel apart is "about the same level", not a named louder one; "still buried or better?" after a move names the
side that is true ("Better:", "Still there:"), not a "Yes" to neither; "is the vocal distorted?" reads the part's
own peak meter and the master's, not its level verdict; "how far off is the bass?" is the measured gap first, then
the move; a feel asked of a fine part ("does the piano feel warm?") is what it is made of and the ear test;
"isn't that a lot?" after an EQ move is that move's size and why."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot, with_fader

from companion.context import EarlierClip, Finding, FindingKind, Turn
from model.intent import classify
from model.intent_wants import Wants
from model.rules import RulesAdvisor


def test_two_parts_under_a_decibel_apart_are_about_the_same_level() -> None:
    snap = with_fader(rock_snapshot(), "Snare", 0.0, -18.4)  # 'Kick' -18.0 dB, 'Snare' -18.4 dB: 0.4 dB apart
    text = advise_rock("which one is louder, the kick or the snare", snapshot=snap).text
    assert text.startswith("About the same level:"), text
    assert "0.4 dB apart" in text
    assert "is the louder one" not in text


def test_two_parts_several_decibels_apart_still_name_the_louder_one() -> None:
    text = advise_rock("which one is louder, the kick or the hats").text  # -18.0 against -27.0 dB
    assert text.startswith("'Kick' is the louder one:"), text


def _after_vocal_move(question: str, after_fader_db: float, still_low: bool):  # type: ignore[no-untyped-def]
    """The rock session after the user moved 'Lead Vox' from -12 dB, asked about against the clip before."""
    before = with_fader(rock_snapshot(), "Lead Vox", -12.0, -30.0)
    after = with_fader(rock_snapshot(), "Lead Vox", after_fader_db, -30.0 + (after_fader_db + 12.0))
    low = level_finding("Lead Vox", "lead vocals", -8.4, -12.0)
    previous = EarlierClip("cant hear my vocal, too quiet?", None, (low,), before)
    now = (level_finding("Lead Vox", "lead vocals", -8.4, after_fader_db),) if still_low else ()
    return RulesAdvisor().advise(context(question, after, clean(), now, (), previous))


@pytest.mark.parametrize(
    "question", ["still buried or better?", "better or still buried?", "is it better now or still buried"]
)
def test_still_or_better_names_the_side_that_is_true(question: str) -> None:
    assert classify(question).wants == Wants.BETTER
    fixed = _after_vocal_move(question, -2.0, still_low=False).text
    assert fixed.startswith("Better: the 'Lead Vox' sitting too low is gone."), fixed
    same = _after_vocal_move(question, -12.0, still_low=True).text
    assert same.startswith("Still there:"), same


def test_did_that_help_or_still_keeps_its_yes() -> None:
    text = _after_vocal_move("did that help or is it still buried?", -2.0, still_low=False).text
    assert text.startswith("Yes: the 'Lead Vox' sitting too low is gone."), text


CLIPPED = Finding(
    FindingKind.CLIPPING,
    0.34,
    "18 clipped samples (flat tops at full scale, 0.6 per second): that's audible distortion on the peaks.",
    {"clipped_samples": 18},
    None,
)


def test_clipping_asked_of_a_part_reads_its_peak_meter_and_the_masters() -> None:
    text = advise_rock("is the vocal distorted?").text  # 'Lead Vox' peaks at -4 dBFS, the master at -1.2 dBTP
    assert text.startswith("No, not that I can measure: 'Lead Vox' peaks at -4.0 dBFS on its own meter"), text
    assert "the master's true peak is -1.2 dBTP with 0 clipped samples" in text
    assert "solo it, bypass its FX" in text


def test_a_part_over_full_scale_is_said_with_its_level_fault_and_fader_move() -> None:
    hot = with_fader(rock_snapshot(), "Lead Vox", 8.0, -7.0)  # its peaks at +2 dBFS
    loud = level_finding("Lead Vox", "lead vocals", 12.0, 8.0)
    advice = advise_rock("is the vocal clipping", findings=(loud,), snapshot=hot)
    assert advice.text.startswith("Not in the mix, but its meter goes over: 'Lead Vox' peaks at +2.0 dBFS"), (
        advice.text
    )
    assert "What is off with it: 'Lead Vox' sits about 12 dB louder" in advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] < 0


def test_a_clipping_master_is_said_when_the_part_asked_stays_under() -> None:
    text = advise_rock("is the snare clipping?", findings=(CLIPPED,), analysis=clean(clipped_samples=18)).text
    assert text.startswith("Not on its own track, but the master clips: 18 clipped samples"), text
    assert "'Snare' peaks at -10.0 dBFS on its own meter" in text


def test_distortion_wanted_as_an_effect_is_not_a_clipping_question() -> None:
    assert not advise_rock("should i add some distortion to the bass?").text.startswith("No, not that I can")


def _bass_off(deviation_db: float) -> Finding:
    """The bass against its place in real mixes, as the balance check words it (its spread -3.8 to +5.0 dB)."""
    f = level_finding("Bass", "basses", deviation_db, 2.5)
    severity = f.severity if abs(deviation_db) > 6.0 else 0.1  # inside the range: a remark, no problem
    evidence = {**f.evidence, "typical_spread_db": [-3.8, 5.0], "move_cap_db": 6.0}
    return dataclasses.replace(f, severity=severity, evidence=evidence)


@pytest.mark.parametrize(
    "question",
    ["how far off is the bass", "by how much is the bass too loud?", "how many db too loud is the bass"],
)
def test_the_distance_asked_is_the_measured_gap_then_the_move(question: str) -> None:
    advice = advise_rock(question, findings=(_bass_off(9.7),))
    assert advice.text.startswith("About 10 dB too loud: 'Bass' sits about 10 dB louder"), advice.text
    assert "about 5 dB past the edge of the range most of them sit in" in advice.text  # 9.7 against +5.0
    assert advice.suggestions[0].params["delta_db"] == -8.7  # the move, after the distance


def test_the_move_asked_is_still_the_moves_size() -> None:
    text = advise_rock("how much do i turn the bass down?", findings=(_bass_off(9.7),)).text
    assert not text.startswith("About 10 dB too loud"), text


def test_a_part_inside_its_range_is_not_off_with_its_gap() -> None:
    text = advise_rock("how far off is the bass", findings=(_bass_off(3.2),)).text
    assert text.startswith("Not off by much: 'Bass' sits about 3 dB louder"), text
    assert "inside the range most well-rated mixes use" in text


@pytest.mark.parametrize(
    ("question", "head", "said"),
    [
        ("does the keys feel warm?", "I can't measure warmth as such:", "low-mids around 200-500 Hz"),
        ("is the bass groovy enough?", "I can't measure groove as such:", "timing and note length"),
        ("does the guitar sound aggressive enough", "I can't measure aggression as such:", "around 2-4 kHz"),
    ],
)
def test_a_feel_asked_of_a_fine_part_is_what_it_is_made_of_and_the_ear_test(
    question: str, head: str, said: str
) -> None:
    text = advise_rock(question).text
    assert text.startswith(head), text
    assert said in text and "To judge it by ear:" in text
    assert "nothing I measured says" in text  # its level still said to be in place


def test_a_feel_asked_of_a_part_at_the_wrong_level_keeps_the_fader_first() -> None:
    advice = advise_rock("is the bass groovy enough?", findings=(_bass_off(-9.7),))
    assert not advice.text.startswith("I can't measure"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] > 0


HARSH = Finding(
    FindingKind.HARSH,
    0.6,
    "The mix is harsh. The upper mids (around 3.2 kHz): a build-up of 10.5 dB, like a broad EQ boost there.",
    {"deviation_db": 10.5, "range_hz": [2000.0, 5000.0], "shape_center_hz": 3175},
    None,
)
CLASH = Finding(
    FindingKind.MASKING,
    0.7,
    "'Gtr L' covers 'Lead Vox' at 500 Hz-2 kHz: the guitar sits 3 dB over the vocal in its main range.",
    {
        "other_track": "Lead Vox",
        "range_hz": [500, 2000],
        "over_db": 3.0,
        "dip_db": 6.0,
        "freq_hz": 1000.0,
        "q": 0.7,
    },
    track="Gtr L",
)


def _after(first_q: str, question: str, finding: Finding):  # type: ignore[no-untyped-def]
    """The advisor's answer to ``question`` after it answered ``first_q`` on the rock session."""
    first = RulesAdvisor().advise(context(first_q, rock_snapshot(), clean(), (finding,)))
    history = (Turn("user", first_q), Turn("assistant", first.text))
    return first, RulesAdvisor().advise(context(question, rock_snapshot(), clean(), (finding,), history))


def test_the_size_of_a_shared_eq_dip_is_explained_not_the_fault_again() -> None:
    first, advice = _after("the mix is harsh, what do I do?", "isnt that a lot?", HARSH)
    card = next(s for s in first.suggestions if s.action == "eq_band")
    size = abs(card.params["gain_db"])
    assert advice.text.startswith(
        "No, it's small on purpose: the mix is harsh, a build-up of about 10.5 dB"
    ), advice.text
    assert f"{size:g} dB at" in advice.text and "hollow a part out" in advice.text


def test_why_only_a_clash_dip_that_size_is_the_clash_it_answers() -> None:
    first, advice = _after("the guitar is covering the vocal, what do i do?", "why only 6 dB?", CLASH)
    assert first.suggestions[0].action == "eq_band", first.text
    assert advice.text.startswith("Because of the clash: 'Gtr L' sits 3 dB over 'Lead Vox'"), advice.text
    assert "takes it to about 3 dB under it there" in advice.text


def test_an_either_or_of_two_claims_with_the_fault_on_a_third_part_is_neither() -> None:
    hot = level_finding("Snare", "snares", 13.0, 2.4)
    advice = advise_rock("is the vocal too quiet or are the guitars too loud", findings=(hot,))
    assert advice.text.startswith("Neither: "), advice.text
    assert "'Snare'" in advice.text and advice.suggestions[0].track == "Snare"


def _with_lufs(snapshot, lufs: dict[str, float]):  # type: ignore[no-untyped-def]
    """``snapshot`` with the track meter's loudness on the named tracks."""
    return dataclasses.replace(
        snapshot,
        tracks=tuple(
            dataclasses.replace(t, level=dataclasses.replace(t.level, lufs=lufs[t.name]))
            if t.name in lufs
            else t
            for t in snapshot.tracks
        ),
    )


def test_the_gap_asked_as_it_is_now_opens_with_this_mixs_meters() -> None:
    snap = _with_lufs(rock_snapshot(), {"Snare": -15.7, "Kick": -26.4})
    hot = level_finding("Snare", "snares", 13.0, 2.4)
    text = advise_rock("how much louder is the snare than the kick?", findings=(hot,), snapshot=snap).text
    assert text.startswith("A gap of +10.7 dB: 'Snare' reads -15.7 LUFS and 'Kick' -26.4 LUFS"), text
    aimed = advise_rock("how loud should the snare be vs the kick?", findings=(hot,), snapshot=snap).text
    assert aimed.startswith("In "), aimed  # the gap to aim for: real mixes' figure first, as before


@pytest.mark.parametrize(
    ("question", "deviation_db", "head"),
    [
        ("is the bass a little loud or a lot loud?", 9.7, "A lot: 'Bass' sits about 10 dB louder"),
        ("is the bass way too loud or just a bit", 9.7, "A lot:"),
        ("is the bass a bit loud or a lot?", 3.2, "A little"),
    ],
)
def test_two_degrees_offered_get_the_one_measured(question: str, deviation_db: float, head: str) -> None:
    text = advise_rock(question, findings=(_bass_off(deviation_db),)).text
    assert text.startswith(head), text


def test_the_master_or_a_part_distorting_gets_both_peak_meters() -> None:
    boomy = Finding(FindingKind.BOOMY, 0.5, "The mix leans boomy. The low end: 7.8 dB heavier.", {}, None)
    text = advise_rock("is my master distorted or is it the vocal", findings=(boomy,)).text
    assert text.startswith("Neither, that I can measure: 'Lead Vox' peaks at -4.0 dBFS"), text
    assert "the master's true peak is -1.2 dBTP with 0 clipped samples" in text and "boomy" not in text


@pytest.mark.parametrize(
    ("question", "fixed_head", "same_head"),
    [
        ("better or same?", "Better: the 'Lead Vox' sitting too low is gone.", "About the same:"),
        ("fixed or not?", "Fixed: the 'Lead Vox' sitting too low is gone.", "Not fixed yet:"),
        (
            "is it worse now?",
            "No, better: the 'Lead Vox' sitting too low is gone.",
            "No, about the same:",
        ),
    ],
)
def test_the_states_after_a_move_offered_are_named(question: str, fixed_head: str, same_head: str) -> None:
    assert classify(question).wants == Wants.BETTER
    fixed = _after_vocal_move(question, -2.0, still_low=False).text
    assert fixed.startswith(fixed_head), fixed
    same = _after_vocal_move(question, -12.0, still_low=True).text
    assert same.startswith(same_head), same


def test_the_gap_between_two_parts_as_it_is_now_is_their_meters_then_the_fault() -> None:
    snap = _with_lufs(rock_snapshot(), {"Lead Vox": -30.0, "Gtr L": -24.9, "Gtr R": -26.7})
    low = level_finding("Lead Vox", "lead vocals", -8.4, -12.0)
    advice = advise_rock("how many db is the vocal under the guitars?", findings=(low,), snapshot=snap)
    assert advice.text.startswith("A gap of -5.1 dB: 'Lead Vox' reads -30.0 LUFS and 'Gtr L' -24.9 LUFS"), (
        advice.text
    )
    assert "What is off: 'Lead Vox' sits about 8 dB quieter" in advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] > 0
