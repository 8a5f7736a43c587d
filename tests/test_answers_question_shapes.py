"""Question shapes the built-in advisor used to answer beside the point (issue 10, held-out set 3's misses and
their families): "is X ok?" asked with a complaint, "should I <technique>?" when the cause is level, low-end
punch words with no instrument named, "do the harmonies sit ok?", "is A covering B?", an open question where a
too-loud track makes a whole-mix build-up, and "is the mix balanced?"."""

from __future__ import annotations

import dataclasses
import re

import pytest
from fakes.analyses import clean
from fakes.band_sessions import _track, advise_rock, context, guitar_masks_vocal, level_finding, rock_snapshot

from companion.context import Finding, FindingKind, Snapshot, TrackLevel
from model.intent import Wants, classify
from model.rules import RulesAdvisor

HARSH_MIX = Finding(
    FindingKind.HARSH,
    0.6,
    "The upper mids (around 3.2 kHz): a build-up of 9.0 dB against the usual shape of real mixes.",
    {"deviation_db": 9.0, "range_hz": [2000.0, 5000.0]},
)
MASKING = guitar_masks_vocal()


advise = advise_rock


def with_bands(snapshot: Snapshot, name: str, bands_db: dict[str, float]) -> Snapshot:
    """The session with one track's meter carrying its seven band levels."""
    tracks = tuple(
        dataclasses.replace(t, level=TrackLevel(-17.0, -8.0, 16.0, bands_db=dict(bands_db)))
        if t.name == name
        else t
        for t in snapshot.tracks
    )
    return dataclasses.replace(snapshot, tracks=tracks)


BRIGHT_GUITAR = {"sub": -58.0, "bass": -29.0, "low_mid": -33.0, "mid": -25.0, "high_mid": -23.0,
                 "presence": -36.0, "air": -47.0}  # fmt: skip
DARK_GUITAR = {"sub": -40.0, "bass": -22.0, "low_mid": -30.0, "mid": -38.0, "high_mid": -45.0,
               "presence": -55.0, "air": -70.0}  # fmt: skip


# ---------------------------------------------------------------- "is X ok?": a problem found means no


@pytest.mark.parametrize(
    ("question", "ok"),
    [
        ("is the bass ok? feels kinda thin", True),
        ("do the harmonies sit ok?", True),
        ("does the snare sit right in the mix?", True),
        ("kick ok?", True),
        ("is the mix balanced ok?", True),
        ("is it ok to add reverb to the vocal?", False),
        ("is the vocal too loud?", False),
        ("is reverb a good idea on the bass?", False),
        ("the snare is too loud, right?", False),
    ],
)
def test_asks_ok_is_a_question_about_a_good_state(question, ok):
    assert classify(question).asks_ok is ok


def test_is_the_bass_ok_with_a_complaint_answers_no_when_the_bass_is_low():
    quiet_bass = level_finding("Bass", "basses", -10.0, fader_db=-6.0)
    advice = advise("is the bass ok? feels kinda thin", [quiet_bass])
    assert advice.text.startswith("No: 'Bass' sits about 10 dB quieter"), advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Bass", 9.0)


def test_is_the_bass_ok_answers_yes_when_nothing_is_measured_against_it():
    advice = advise("is the bass ok? feels kinda thin")
    assert advice.text.startswith("Yes: nothing I measured says 'Bass' is thin"), advice.text


def test_do_the_harmonies_sit_ok_leads_with_no_on_a_loud_backing_vocal():
    snap = rock_snapshot()
    snap = dataclasses.replace(snap, tracks=(*snap.tracks, _track(9, "Harmony Vox", -15.0)))
    loud = level_finding("Harmony Vox", "backing vocals", 9.0, fader_db=2.0)
    advice = advise("do the harmonies sit ok?", [loud], snapshot=snap)
    assert advice.text.startswith("No: 'Harmony Vox' sits about 9 dB louder"), advice.text
    assert advice.suggestions[0].track == "Harmony Vox" and advice.suggestions[0].params["delta_db"] < 0
    follow = RulesAdvisor().advise(
        context("and the kick?", snap, clean(), (loud,), _turns("do the harmonies sit ok?", advice.text))
    )
    assert follow.text.startswith("Yes: nothing I measured says 'Kick' is out of line"), follow.text


def _turns(question: str, answer: str):
    from companion.context import Turn

    return (Turn("user", question), Turn("assistant", answer))


# ---------------------------------------------------------------- "should I <technique>?" when level is the cause


def test_should_i_add_reverb_to_a_buried_vocal_is_not_first_and_names_the_fader():
    low = level_finding("Lead Vox", "lead vocals", -9.0, fader_db=-4.0)
    advice = advise("vocal gets lost, should i add more reverb to it?", [low])
    text = advice.text
    assert text.startswith("Not first: 'Lead Vox' sits about 9 dB quieter"), text
    assert "reverb won't fix a part sitting at the wrong level" in text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] == 8.0


# ---------------------------------------------------------------- low-end punch words point at kick and bass


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("why does my track have no thump?", "punch"),
        ("needs more oomph", "punch"),
        ("there's no boom in the low end", "punch"),
        ("the drums have no knock", "punch"),
        ("too much boom down there", "boomy"),
    ],
)
def test_punch_words(question, complaint):
    assert classify(question).complaint == complaint


def test_no_thump_with_no_instrument_named_answers_about_the_quiet_kick():
    kick = level_finding("Kick", "kick drums", -9.0, fader_db=-8.0)
    advice = advise("why does my track have no thump?", [kick])
    assert advice.text.startswith("Most likely this: 'Kick' sits about 9 dB quieter"), advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Kick", 8.0)


def test_no_thump_with_every_punch_part_in_place_stays_on_the_whole_mix():
    advice = advise("why does my track have no thump?", [level_finding("Keys", "keys", -9.0)])
    assert "'Keys'" not in advice.text and advice.text.startswith("It isn't squashed"), advice.text


# ---------------------------------------------------------------- "is A covering B?": the yes first


def test_is_the_guitar_covering_my_vocal_leads_with_yes():
    advice = advise("is the guitar covering my vocal?", [MASKING])
    assert advice.text.startswith("Yes, they fight: 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz"), advice.text
    assert advice.suggestions[0].track == "Gtr L"
    how = advise("how do I stop the guitar covering my vocal?", [MASKING]).text
    assert re.match(r"(On 'Gtr L', dip|Dip 'Gtr L')", how), how  # asked how: the move first


# ---------------------------------------------------------------- balance before EQ on the open question


def test_a_loud_track_strong_where_the_mix_builds_up_leads_the_open_answer():
    loud = level_finding("Gtr L", "electric guitars", 8.0, fader_db=6.0)
    assert HARSH_MIX.severity > loud.severity
    snap = with_bands(rock_snapshot(), "Gtr L", BRIGHT_GUITAR)  # its strongest band: 2-4 kHz
    advice = advise("what sounds off to you?", [HARSH_MIX, loud], snapshot=snap)
    assert advice.text.startswith("First thing I notice: 'Gtr L' sits about 8 dB louder"), advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Gtr L", -7.0)


def test_a_loud_track_strong_elsewhere_does_not_outrank_the_build_up():
    loud = level_finding("Gtr L", "electric guitars", 8.0, fader_db=6.0)
    snap = with_bands(rock_snapshot(), "Gtr L", DARK_GUITAR)  # its main bands are under 500 Hz
    advice = advise("what sounds off to you?", [HARSH_MIX, loud], snapshot=snap)
    assert advice.text.startswith("First thing I notice: the upper mids (around 3.2 kHz)"), advice.text
    assert advice.suggestions[0].action == "eq_band"


# ---------------------------------------------------------------- "is the mix balanced?": the tracks' levels


def test_is_the_mix_balanced_is_about_levels_and_says_the_tone_is_the_whole_mixs():
    advice = advise("is the mix balanced ok?", [HARSH_MIX])
    assert advice.text.startswith("Yes: no track's level stands out"), advice.text
    assert "The whole mix's tone is another matter: the upper mids (around 3.2 kHz)" in advice.text
    assert classify("is the mix balanced ok?").wants == Wants.JUDGE


def test_is_the_mix_balanced_says_no_with_the_track_that_is_off():
    loud = level_finding("Gtr L", "electric guitars", 8.0, fader_db=6.0)
    advice = advise("is the mix balanced?", [HARSH_MIX, loud])
    assert advice.text.startswith("No: 'Gtr L' sits about 8 dB louder"), advice.text
    assert "Separately, the whole mix's tone" in advice.text
    assert advice.suggestions[0].track == "Gtr L"


def test_tonal_balance_and_a_named_balance_are_not_the_level_question():
    assert classify("is the tonal balance of my mix ok?").complaint != "balance"
    assert classify("how's the balance between kick and bass?").complaint != "balance"


# ---------------------------------------------------------------- the models get the same first problem


def test_grounding_names_the_balance_first_problem_and_the_carrier():
    from model.prompt import build_grounding

    loud = level_finding("Gtr L", "electric guitars", 8.0, fader_db=6.0)
    snap = with_bands(rock_snapshot(), "Gtr L", BRIGHT_GUITAR)
    ctx = context("what sounds off to you?", snap, clean(), (HARSH_MIX, loud))
    head = build_grounding(ctx).splitlines()[:3]
    assert head[0] == "QUESTION FOCUS (answer what was asked, first)"
    assert head[2].startswith(
        "- balance before EQ: name track_too_loud on 'Gtr L' first ('Gtr L' sits about 8 dB"
    )
    dark = with_bands(rock_snapshot(), "Gtr L", DARK_GUITAR)
    plain = build_grounding(context("what sounds off to you?", dark, clean(), (HARSH_MIX, loud)))
    assert not plain.startswith("QUESTION FOCUS")  # nothing reordered: the findings speak for themselves

    kick = level_finding("Kick", "kick drums", -9.0, fader_db=-8.0)
    thump = build_grounding(context("why does my track have no thump?", rock_snapshot(), clean(), (kick,)))
    assert "- the part that carries 'punch' and is held back: 'Kick'" in thump
    assert "  - balance finding [0.65]: 'Kick' sits about 9 dB quieter" in thump


# ---------------------------------------------------------------- families found by probing past the bank


@pytest.mark.parametrize(
    "question",
    ["are the backups loud enough?", "the doubles feel a bit much?", "how are the background singers?",
     "the dbls are harsh"],
)  # fmt: skip
def test_backing_vocal_words(question):
    assert classify(question).instruments == ("backing vocals",)


def test_guitar_doubles_stay_guitars():
    assert classify("the guitar doubles are too loud").instruments == ("guitar",)


def test_can_you_hear_x_is_a_loud_enough_question():
    intent = classify("can you even hear the bass?")
    assert (intent.complaint, intent.enough, intent.wants) == ("quiet", True, Wants.JUDGE)
    quiet = advise("can you even hear the bass?", [level_finding("Bass", "basses", -10.0)])
    assert quiet.text.startswith("No: 'Bass' sits about 10 dB quieter"), quiet.text
    loud = advise("can you hear the bass?", [level_finding("Bass", "basses", 10.0)])
    assert loud.text.startswith("More than enough: 'Bass' sits about 10 dB louder"), loud.text


def test_a_move_the_technique_table_does_not_know_is_still_not_first_on_a_level_cause():
    assert classify("would a de-esser help? the vocal is hard to hear").should
    assert not classify("should I turn the vocal up?").should  # the fader is the level move itself
    low = level_finding("Lead Vox", "lead vocals", -9.0)
    advice = advise("would a de-esser help? the vocal is hard to hear", [low])
    assert advice.text.startswith("Not first: 'Lead Vox' sits about 9 dB quieter"), advice.text
    assert advise("should I turn the vocal up?", [low]).text.startswith(
        "Yes: 'Lead Vox' sits about 9 dB quieter"
    )


def test_does_the_mix_sound_good_says_no_or_yes_first():
    assert advise("does the mix sound good?", [HARSH_MIX]).text.startswith(
        "Not quite, one thing: the upper mids (around 3.2 kHz)"
    )
    assert advise("does the mix sound ok?").text.startswith(
        "Yes. Honestly, nothing in the numbers needs fixing"
    )


def test_cymbals_are_the_hats_or_the_overheads_and_inside_a_drum_stem_said_in_the_plural():
    loud_hats = level_finding("Hats", "hi-hats", 8.0)
    advice = advise("are the cymbals too loud?", [loud_hats])
    assert advice.text.startswith("Yes: 'Hats' sits about 8 dB louder"), advice.text
    from fakes.band_sessions import soul_snapshot

    inside = advise("are the cymbals too loud?", snapshot=soul_snapshot()).text
    # a yes or no asked: the verdict first, then the note that the cymbals play inside the kit's track; a "No"
    # takes no move after it
    assert inside.startswith("No: nothing I measured says 'Drums' is too loud."), inside
    assert "Your cymbals have no track of their own: they're inside 'Drums'" in inside, inside
    assert not advise("are the cymbals too loud?", snapshot=soul_snapshot()).suggestions
    assert classify("oh and is the vocal ok?").instruments == ("vocal",)  # "oh" is no overhead


def test_does_a_step_on_b_is_a_clash_answered_yes_first():
    assert classify("does the guitar step on the vocal?").complaint == "clash"
    assert advise("does the guitar step on the vocal?", [MASKING]).text.startswith("Yes, they fight")


def test_why_after_i_would_leave_it_says_it_isnt_and_offers_no_move():
    remark = dataclasses.replace(
        level_finding("Kick", "kick drums", 4.0),
        severity=0.1,
        evidence={"deviation_db": 4.0, "typical_spread_db": [-6.3, 4.2], "suggested_delta_db": -1.5},
    )
    assert not remark.is_problem
    first = advise("is the kick too loud?", [remark]).text
    assert first.startswith("No: 'Kick' sits about 4 dB louder") and "so I'd leave it" in first, first
    ctx = context("why?", rock_snapshot(), clean(), (remark,), _turns("is the kick too loud?", first))
    advice = RulesAdvisor().advise(ctx)
    assert advice.text.startswith("By the numbers it isn't: 'Kick' sits about 4 dB louder"), advice.text
    assert not advice.suggestions and "Try this" not in advice.text


def test_a_track_question_leads_with_the_track_and_names_the_build_up_it_feeds_as_the_whole_mixs():
    loud = level_finding("Gtr L", "electric guitars", 8.0, fader_db=6.0)
    bright = with_bands(rock_snapshot(), "Gtr L", BRIGHT_GUITAR)
    text = advise("is the left guitar ok? sounds harsh", [HARSH_MIX, loud], snapshot=bright).text
    assert text.startswith("No: 'Gtr L' sits about 8 dB louder"), text
    note = "The whole mix also builds up in the upper mids (harsh, a whole-mix finding), and 'Gtr L' is strong there"
    assert note in text
    dark = with_bands(rock_snapshot(), "Gtr L", DARK_GUITAR)
    assert (
        "builds up"
        not in advise("is the left guitar ok? sounds harsh", [HARSH_MIX, loud], snapshot=dark).text
    )


def test_a_side_is_named_as_a_side_not_a_tag_question():
    loud_kick = level_finding("Kick", "kick drums", 9.0)
    text = advise("the drums are too loud right?", [loud_kick]).text
    # 'right?' is a tag question: it does not pick the right-panned 'Hats' out of the drums
    assert text.startswith("Yes: 'Kick' sits about 9 dB louder"), text
    loud_r = level_finding("Gtr R", "electric guitars", 8.0)
    assert advise("is the right guitar too loud?", [loud_r]).text.startswith(
        "Yes: 'Gtr R' sits about 8 dB louder"
    )
    assert advise("does the guitar on the right sit ok?", [loud_r]).text.startswith("No: 'Gtr R'")


@pytest.mark.parametrize(
    ("question", "instruments"),
    [("is the lead guitar too loud?", ("guitar",)), ("is the lead too loud?", ("vocal",)),
     ("is the ac too loud?", ("acoustic guitar",)), ("the lead synth is harsh", ("synth",))],
)  # fmt: skip
def test_the_lead_is_the_vocal_unless_an_instrument_follows(question, instruments):
    assert classify(question).instruments == instruments


def test_is_something_off_with_x_answers_yes_when_a_problem_is_measured_and_no_when_not():
    assert classify("is it the vocal that's off?").asks_problem
    assert not classify("how's the snare?").asks_problem
    loud = level_finding("Snare", "snares", 9.0)
    assert advise("is something wrong with the snare?", [loud]).text.startswith(
        "Yes: 'Snare' sits about 9 dB louder"
    )
    fine = advise("is something wrong with the snare?").text
    assert fine.startswith("No: nothing I measured says 'Snare' is out of line"), fine
    assert advise("is there anything wrong with my mix?").text.startswith(
        "No. Honestly, nothing in the numbers"
    )
    assert advise("is there a problem with my mix?", [HARSH_MIX]).text.startswith(
        "Yes, one thing: the upper mids"
    )


def test_a_clash_asked_as_yes_or_no_leads_with_it_whatever_the_cause():
    loud_keys = level_finding("Keys", "keys", 9.0)
    text = advise("the keys and guitars are fighting, right?", [loud_keys]).text
    assert text.startswith("Yes, but it's level before it's EQ: 'Keys' sits about 9 dB louder"), text
    how = advise("how do I stop the keys and guitars fighting?", [loud_keys]).text
    assert how.startswith("It's level before it's EQ: 'Keys'"), how
    none = advise("are the keys fighting the guitars?").text
    assert none.startswith("No: nothing I measured shows 'Keys' covering 'Gtr L'"), none


def test_grounding_says_which_way_the_yes_no_points():
    from model.prompt import build_grounding

    quiet_bass = level_finding("Bass", "basses", -10.0)
    ok = build_grounding(context("is the bass ok? feels kinda thin", rock_snapshot(), clean(), (quiet_bass,)))
    assert "- yes/no: a problem found means NO (is it fine?)" in ok
    wrong = build_grounding(
        context("is something off with the bass?", rock_snapshot(), clean(), (quiet_bass,))
    )
    assert "- yes/no: a problem found means YES (is it wrong?)" in wrong
    plain = build_grounding(context("is the bass too quiet?", rock_snapshot(), clean(), (quiet_bass,)))
    assert "yes/no:" not in plain


@pytest.mark.parametrize(
    "question", ["does the snare cut through?", "does the snare come through?", "does the snare stand out?"]
)
def test_does_x_cut_through_is_a_loud_enough_question(question):
    intent = classify(question)
    assert intent.enough and intent.complaint == "quiet"
    low = level_finding("Snare", "snares", -9.0)
    assert advise(question, [low]).text.startswith("No: 'Snare' sits about 9 dB quieter")
    assert advise(question).text.startswith("Yes: nothing I measured says 'Snare' is too low")


def test_is_that_normal_after_a_complaint_asks_whether_it_is_fine():
    intent = classify("i can barely hear the bass, is that normal?")
    assert intent.asks_ok and intent.complaint == "quiet"
    low = level_finding("Bass", "basses", -10.0)
    text = advise("i can barely hear the bass, is that normal?", [low]).text
    assert text.startswith("No: 'Bass' sits about 10 dB quieter"), text
