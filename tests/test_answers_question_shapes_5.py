"""Question shapes held-out set 5 showed the built-in advisor answering beside the point (issue 10), fixed as
rules an engineer would state: a tag question ("..., right?", "isn't it?", "or am I overthinking it?") is a
yes/no about its statement; "how so?" and its kin are "why?"; "is anything too loud?" scans every track; a move
asked about on the master whose cause is one track's level is "not first: that track"; a part that is not in the
session, asked about with a level complaint, points at the track problem that fits; "rode it down, how's the mix
now?" compares clips; a part inside the range real mixes put it against the lead vocal is a no."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot, soul_snapshot, with_fader

from companion.context import EarlierClip, Finding, FindingKind
from model.intent import Wants, asks_yes_no, classify, strip_tag
from model.rules import RulesAdvisor

advise = advise_rock
KEYS_LOUD = level_finding("Keys", "keys", 10.0, fader_db=-1.0)


# ---------------------------------------------------------------- tag questions


@pytest.mark.parametrize(
    ("question", "stem"),
    [
        ("piano's kind of hogging the whole mix isn't it?", "piano's kind of hogging the whole mix?"),
        ("the guitar is drowning out the horns, right?", "the guitar is drowning out the horns?"),
        ("the kick is lost, no?", "the kick is lost?"),
        ("the snare is too loud, don't you think?", "the snare is too loud?"),
        ("the bass sounds great, doesn't it?", "the bass sounds great?"),
        ("is anything too loud in here or am i overthinking it?", "is anything too loud in here?"),
        ("is the vocal too loud, or is it just me?", "is the vocal too loud?"),
        ("the keys are a bit much, aren't they?", "the keys are a bit much?"),
        ("vocal's buried, wouldn't you say?", "vocal's buried?"),
        # bare tags, typed without their comma (held-out set 6)
        ("synth bass is eating the whole track right?", "synth bass is eating the whole track?"),
        ("the kick is way too quiet yeah?", "the kick is way too quiet?"),
        ("vocal's buried huh?", "vocal's buried?"),
    ],
)
def test_a_tag_question_is_a_yes_no_about_its_statement(question, stem):
    assert strip_tag(question) == (stem, True)
    intent = classify(question)
    assert intent.wants == Wants.JUDGE and intent.tag and asks_yes_no(intent)


@pytest.mark.parametrize(
    "question",
    [
        "does the vocal sit right?",
        "right?",
        "something sticks out, what is it?",
        "how's the snare?",
        "is that right?",
        "the snare sounds right?",
        "what eq is right?",
    ],
)
def test_not_a_tag(question):
    assert strip_tag(question) == (question, False)


def test_hogging_the_mix_isnt_it_says_yes_and_pulls_the_part_down():
    assert classify("the keys are kind of hogging the whole mix isn't it?").complaint == "loud"
    advice = advise("the keys are kind of hogging the whole mix isn't it?", [KEYS_LOUD])
    assert advice.text.startswith("Yes: 'Keys' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0


def test_a_tagged_statement_without_a_complaint_word_claims_a_problem():
    intent = classify("the keys are doing something weird, aren't they?")
    assert intent.asks_problem and intent.complaint is None
    assert advise("the keys are doing something weird, aren't they?", [KEYS_LOUD]).text.startswith(
        "Yes: 'Keys'"
    )
    assert not classify("the bass sounds great, doesn't it?").asks_problem  # a good state: asks_ok instead
    assert classify("the bass sounds great, doesn't it?").asks_ok


# ---------------------------------------------------------------- "how so?" is "why?"


@pytest.mark.parametrize(
    "question",
    ["how so?", "how come?", "what makes you say that?", "says who?", "what do you mean?", "really?",
     "how do you know?", "where's that coming from?", "based on what?", "what's your reasoning?", "explain?",
     "can you explain that?"],
)  # fmt: skip
def test_why_follow_up_words(question):
    assert classify(question).wants == Wants.WHY


def test_how_so_after_is_the_mix_ok_gives_the_cause_with_its_move():
    from companion.context import Turn

    history = (
        Turn("user", "is the mix ok?"),
        Turn("assistant", "Not quite, one thing: 'Keys' sits about 10 dB."),
    )
    ctx = context("how so?", rock_snapshot(), clean(), (KEYS_LOUD,), history)
    advice = RulesAdvisor().advise(ctx)
    # the reason, not the verdict again: what it does to a listener, then the measurement it rests on
    assert advice.text.startswith("Because ") and "'Keys' sits about 10 dB louder" in advice.text, advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0


# ---------------------------------------------------------------- "is anything too loud?"


def test_is_anything_too_loud_on_a_clean_mix_says_no_instead_of_asking_back():
    intent = classify("is anything too loud in here or am i overthinking it?")
    assert intent.any_track and intent.complaint == "loud"
    advice = advise("is anything too loud in here or am i overthinking it?")
    assert advice.text.startswith("No: no track sits too loud"), advice.text
    assert not advice.suggestions


def test_is_anything_too_loud_names_the_loud_track_with_a_yes():
    advice = advise("is anything too loud in here?", [KEYS_LOUD])
    assert advice.text.startswith("Yes: 'Keys' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0


def test_is_anything_too_quiet_with_only_a_loud_track_says_no_and_the_opposite():
    advice = advise("is any track too quiet?", [KEYS_LOUD])
    assert advice.text.startswith("No, nothing sits too low; the opposite: 'Keys' sits about 10 dB louder")
    assert advice.suggestions[0].track == "Keys"


# ---------------------------------------------------------------- a master move whose cause is one track


def test_boost_60hz_on_the_master_with_the_bass_far_too_low_is_not_first_the_bass():
    low = level_finding("Bass", "basses", -10.0, fader_db=-12.0)
    question = "there's no low end at all, should i just boost like 60hz on the master?"
    advice = advise(question, [low])
    assert advice.text.startswith("Not first: 'Bass' sits about 10 dB quieter"), advice.text
    assert "EQ won't fix a part sitting at the wrong level; set the fader, then judge the EQ" in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == 9.0
    # nothing holds the bass back: the EQ question is answered as a technique, no 'not first'
    assert not advise(question).text.startswith("Not first")


def test_a_limiter_on_a_distorting_master_with_the_kick_far_too_loud_is_not_first_the_kick():
    loud = level_finding("Kick", "kick drums", 10.0, fader_db=1.6)
    question = "whole mix feels like it's jumping and distorting, should i throw a limiter on the master?"
    advice = advise(question, [loud])
    assert advice.text.startswith("Not first: 'Kick' sits about 10 dB louder"), advice.text
    assert (
        "a limiter won't fix a part sitting at the wrong level; set the fader, then judge the limiter"
        in advice.text
    )
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] == -9.0
    # a part too quiet does not make the master distort; nor does a limiter question with no complaint
    low = level_finding("Keys", "keys", -10.0)
    assert not advise(question, [low]).text.startswith("Not first")
    assert not advise("should i put a limiter on the master?", [loud]).text.startswith("Not first")


# ---------------------------------------------------------------- a missing part with a real culprit


def test_no_guitar_but_the_strings_far_too_loud_says_so_and_points_at_the_strings():
    loud = level_finding("Strings", "string parts", 10.0, fader_db=-2.0)
    question = "the guitar is drowning out the horns, right?"
    advice = advise(question, [loud], snapshot=soul_snapshot())
    assert advice.text.startswith("There is no guitar in this session: your tracks are 'Drums'"), advice.text
    assert "What does stand out is 'Strings': 'Strings' sits about 10 dB louder" in advice.text
    assert advice.suggestions[0].track == "Strings" and advice.suggestions[0].params["delta_db"] == -9.0
    # nothing stands out: the answer says the mix measures fine, not a question back (a yes/no was asked)
    assert "Nothing I measured in the mix is out of line" in advise(question, snapshot=soul_snapshot()).text


# ---------------------------------------------------------------- "rode it down, how's the mix now?"


@pytest.mark.parametrize(
    "question",
    ["ok i rode the fiddle down, how's the mix now?", "how's the mix now?", "i tucked the keys back a bit, better?",
     "how does everything sound now?"],
)  # fmt: skip
def test_a_change_then_hows_the_mix_now_asks_whether_it_is_better(question):
    assert classify(question).wants == Wants.BETTER


def test_how_do_i_fix_it_now_is_not_a_comparison():
    assert classify("how do i fix it now?").wants != Wants.BETTER


def test_rode_the_keys_down_hows_the_mix_now_says_better_with_the_before_and_after():
    before = rock_snapshot()
    after = with_fader(before, "Keys", -10.0, -31.0)
    earlier = EarlierClip("are the keys too much?", clean(), (KEYS_LOUD,), before)
    ctx = context("ok i rode the keys down, how's the mix now?", after, clean(), (), previous=earlier)
    advice = RulesAdvisor().advise(ctx)
    # "how's the mix now?" is open: no yes or no, the comparison's "Better" (model.still_verdict)
    assert advice.text.startswith("Better: the 'Keys' sitting too loud is gone."), advice.text
    assert "You moved its fader from +0.0 to -10.0 dB" in advice.text


# ---------------------------------------------------------------- a part measured against the lead vocal


def _vs_lead(vs_lead_db: float) -> Finding:
    """A keyboard part judged against the lead vocal, as the diagnosis words it (MixologyDB's pooled
    accompaniment parts: most sit 9 to 12 dB under the lead)."""
    return Finding(
        FindingKind.TRACK_TOO_QUIET,
        0.09,
        f"'Keys' sits {-vs_lead_db:.0f} dB under your lead vocal ('Lead Vox'); in 117 accompaniment parts of "
        "well-rated real mixes (MixologyDB: guitars, keys, organs), most sit 9 to 12 dB under the lead: a "
        "supporting part (keys) normally sits under the lead.",
        {"role": "keys", "vs_lead_db": vs_lead_db, "suggested_delta_db": 1.0, "fader_db": -12.0,
         "compared_with": "relative to your lead vocal ('Lead Vox'), against MixologyDB's accompaniment parts"},
        track="Keys",
    )  # fmt: skip


def test_a_part_inside_the_range_real_mixes_put_it_under_the_lead_is_not_too_quiet():
    advice = advise("are the keys too quiet? i kinda want more of them", [_vs_lead(-10.0)])
    assert advice.text.startswith("No: 'Keys' sits 10 dB under your lead vocal"), advice.text
    assert "inside the range most well-rated mixes use" in advice.text and not advice.suggestions
    # past the range real mixes use (below their 10th percentile): a little, with the move
    far = advise("are the keys too quiet?", [_vs_lead(-14.0)])
    assert far.text.startswith("A little: 'Keys' sits 14 dB under"), far.text
    assert far.suggestions[0].track == "Keys"


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("should i boost 60hz on the master?", "thin"),
        ("should i boost the low end on the master?", "thin"),
        ("should i cut 100 hz on the master?", "boomy"),
        ("should i take out some low mids on the master?", "muddy"),
        ("should i dip 3k on the mix bus?", "harsh"),
        ("should i boost 10k on the master?", "dull"),
        ("should i boost 2k on the master?", None),  # says nothing that clear
        ("should i cut 100 hz on the bass?", None),  # a move on one track keeps its own question
    ],
)
def test_an_eq_move_on_the_whole_mix_implies_its_complaint(question, complaint):
    assert classify(question).complaint == complaint


def test_a_low_mid_cut_on_the_master_with_the_keys_far_too_loud_is_not_first_the_keys():
    advice = advise("should i take out some low mids on the master?", [KEYS_LOUD])
    assert advice.text.startswith("Not first: 'Keys' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0
    # a boom cut is the bass and kick's business: loud keys are not its cause
    assert not advise("should i cut 100 hz on the master?", [KEYS_LOUD]).text.startswith("Not first")


def test_turning_the_master_down_on_a_peaking_mix_with_the_kick_far_too_loud_is_not_first_the_kick():
    intent = classify("the mix is peaking, should i turn the master down?")
    assert intent.complaint == "clipping" and intent.should
    loud = level_finding("Kick", "kick drums", 10.0, fader_db=1.6)
    advice = advise("the mix is peaking, should i turn the master down?", [loud])
    assert advice.text.startswith("Not first: 'Kick' sits about 10 dB louder"), advice.text


def test_is_something_buried_asks_about_every_track_not_the_loudness():
    intent = classify("can you hear everything ok or is something buried?")
    assert intent.any_track and intent.complaint == "quiet"
    low = level_finding("Lead Vox", "lead vocals", -9.0)
    advice = advise("can you hear everything ok or is something buried?", [low])
    assert advice.text.startswith("Yes: 'Lead Vox' sits about 9 dB quieter"), advice.text


def test_did_that_help_with_nothing_moved_and_nothing_off_says_not_much_changed_with_the_meter():
    snap = rock_snapshot()
    earlier = EarlierClip("are the keys too loud?", clean(), (), snap)
    advice = RulesAdvisor().advise(context("did that help the keys?", snap, clean(), (), previous=earlier))
    assert advice.text == (
        "Not much changed: 'Keys' had no balance problem before and has none now; its meter reads -22.0 "
        "dBFS avg peak, as before."
    ), advice.text


def test_can_you_explain_a_technique_is_not_a_why_follow_up():
    assert classify("can you explain what compression does?").wants != Wants.WHY


def test_too_loud_when_the_part_sits_low_but_inside_the_real_range_is_a_plain_no():
    advice = advise("are the keys too loud?", [_vs_lead(-10.0)])
    assert advice.text.startswith("No: 'Keys' sits 10 dB under your lead vocal"), advice.text
    assert "inside the range most well-rated mixes use" in advice.text and not advice.suggestions


def test_is_the_mix_clipping_says_no_and_points_at_a_part_far_too_loud():
    loud = level_finding("Kick", "kick drums", 10.0, fader_db=1.6)
    advice = advise("is the mix clipping?", [loud])
    assert advice.text.startswith("No: the true peak is"), advice.text
    assert "What does stand out: 'Kick' sits about 10 dB louder" in advice.text
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] == -9.0
    why = advise("why is my mix distorting?", [loud]).text
    assert why.startswith("Not on the master: the true peak is"), why
    assert advise("is the mix clipping?").text.endswith(
        "look at a track's own meter or a saturating plug-in."
    )


def test_is_anything_fighting_leads_with_the_masking_problem():
    from fakes.band_sessions import guitar_masks_vocal

    advice = advise("is anything fighting?", [guitar_masks_vocal()])
    assert advice.text.startswith("Yes: 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz"), advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["gain_db"] < 0


@pytest.mark.parametrize(
    "question",
    ["the low end is huge, should i high pass the master?", "should i put a low cut on the mix bus?",
     "the bottom is way too heavy"],
)  # fmt: skip
def test_too_much_low_end_words_and_a_master_high_pass_are_boomy(question):
    assert classify(question).complaint == "boomy"


def test_a_master_high_pass_with_the_bass_far_too_loud_is_not_first_the_bass():
    loud = level_finding("Bass", "basses", 10.0, fader_db=3.4)
    advice = advise("the low end is huge, should i high pass the master?", [loud])
    assert advice.text.startswith("Not first: 'Bass' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == -9.0
