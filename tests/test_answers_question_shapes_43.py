"""Question shapes from session explore9: a plug-in named in the user's words or by a brand that a track shares;
an earlier mix compared with none measured; a level said as a statement; a pair of parts' gap and "as loud as";
a cut said to be overdone; "kick this back" as a verb; "what can I not bother with"; "how's the drums" with the
fault elsewhere; two tools offered with another part's fault; a one-word claim before a doubt tag; every part of
an open "how are the kick and the snare"; the EBU target's capitals."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from fakes.analyses import clean
from fakes.band_sessions import EQ, LOW_END_METERS, advise_rock, level_finding, metered_rock, rock_snapshot

from companion.context import Fx
from companion.listening.diagnosis import level_finding as loudness_finding
from model.earlier_mix import asks_earlier_mix
from model.elsewhere_opening import elsewhere_opening
from model.intent import classify
from model.intent_forms import strip_tag
from model.leave_alone import LEAVE_ALONE_Q
from model.overdone_cut import overdone_cut
from model.phrasing import Answer
from model.plugin_brand import brand_said

BASS_LOUD = level_finding("Bass", "basses", 9.0)
SNARE_LOUD = level_finding("Snare", "snares", 13.0)


def _with_fx(track: str, fx: Fx):
    snap = rock_snapshot()
    return dataclasses.replace(
        snap, tracks=tuple(dataclasses.replace(t, fx=(EQ, fx)) if t.name == track else t for t in snap.tracks)
    )


def _renamed(old: str, new: str):
    snap = rock_snapshot()
    return dataclasses.replace(
        snap, tracks=tuple(dataclasses.replace(t, name=new) if t.name == old else t for t in snap.tracks)
    )


# --------------------------------------------------------------- plug-ins by their own name or brand


@pytest.mark.parametrize(
    "question",
    ["is my ssl comp doing this?", "could the ssl comp be squashing it?", "is the SSL-comp the issue?"],
)
def test_a_plugin_named_in_the_users_words_is_found_among_the_sessions_fx(question: str) -> None:
    ans = advise_rock(
        question, (BASS_LOUD,), snapshot=_with_fx("Bass", Fx(1, "VST3: SSL Comp (Acme)", True, ()))
    )
    assert ans.text.startswith("Your SSL Comp sits on 'Bass'."), ans.text
    assert "That's the track the SSL Comp is on" in ans.text, ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


def test_a_named_plugin_away_from_the_fault_says_the_fault_sits_elsewhere() -> None:
    snare = _with_fx("Snare", Fx(1, "VST3: Tone EQ (ThirdParty)", True, ()))
    ans = advise_rock("is the tone eq doing this?", (BASS_LOUD,), snapshot=snare)
    assert ans.text.startswith("Your Tone EQ sits on 'Snare'."), ans.text
    assert "The fault I did measure sits elsewhere, on 'Bass'" in ans.text, ans.text


def test_a_brand_a_track_is_named_after_is_that_track_not_a_missing_plugin() -> None:
    snap = _renamed("Keys", "FabFilter Bus")
    loud = level_finding("FabFilter Bus", "keyboards", 9.0)
    ans = advise_rock("is my fabfilter doing this?", (loud,), snapshot=snap)
    assert "There's no FabFilter plug-in" not in ans.text, ans.text
    assert "'FabFilter Bus'" in ans.text and ans.suggestions[0].track == "FabFilter Bus"
    product = advise_rock("is my pro-q doing this?", (loud,), snapshot=snap)  # no track says "pro-q"
    assert product.text.startswith("There's no FabFilter plug-in in this session"), product.text


def test_a_brand_after_my_or_the_is_a_plugin_anywhere_in_the_question() -> None:
    assert brand_said("could my ssl comp be causing this?") == "ssl"
    assert brand_said("is it the fabfilter on the bass?") == "fabfilter"
    assert brand_said("ssl consoles sound great") is None


# --------------------------------------------------------------- an earlier mix, none measured


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("my last mix was better, why?", True),
        ("the old version sounded punchier, what changed?", True),
        ("is this better than my last mix?", True),
        ("my previous bounce was way cleaner than this one", True),
        ("is the old mix bus compressor doing this", False),
        ("is my mix better now?", False),
    ],
)
def test_an_earlier_mix_compared_is_recognised(question: str, asks: bool) -> None:
    assert asks_earlier_mix(question) is asks, question


def test_an_earlier_mix_with_no_earlier_clip_says_so_then_what_this_one_shows() -> None:
    ans = advise_rock("my last mix was better, why?", (BASS_LOUD,))
    assert ans.text.startswith("I have no earlier mix of yours to compare with"), ans.text
    assert "What I can say of this one, on 'Bass'" in ans.text and not ans.text.startswith("Because")
    assert ans.suggestions[0].track == "Bass"


# --------------------------------------------------------------- a level said as a statement


def test_a_level_said_as_a_statement_with_nothing_measured_gets_the_verdict_before_the_move() -> None:
    ans = advise_rock("the keys are way too much")
    assert ans.text.startswith("Nothing I measured says 'Keys' is too loud."), ans.text
    assert "If you still hear it: bring the fader on 'Keys'" in ans.text, ans.text


def test_a_level_said_as_a_statement_the_other_way_says_the_opposite_first() -> None:
    ans = advise_rock("the keys are way too much", (level_finding("Keys", "keyboards", -10.0),))
    assert ans.text.startswith("The opposite, by what I measured: 'Keys' sits about 10 dB quieter"), ans.text
    assert ans.suggestions[0].track == "Keys" and ans.suggestions[0].params["delta_db"] > 0


# --------------------------------------------------------------- two parts' levels


def test_the_gap_between_two_parts_is_real_mixes_figure_then_the_meters() -> None:
    snap = metered_rock({"Kick": LOW_END_METERS["Kick"], "Snare": LOW_END_METERS["Kick"]})
    ans = advise_rock("how loud should the snare be vs the kick?", snapshot=snap)
    assert "well-rated real mixes with both (MixologyDB) the middle half put the snare at" in ans.text, (
        ans.text
    )
    assert "Yours: 'Snare' reads -20.0 LUFS and 'Kick' -20.0 LUFS, a gap of +0.0 dB." in ans.text, ans.text
    assert "leave 'Snare' where it is" in ans.text


def test_the_part_right_after_above_is_the_one_held_against() -> None:
    snap = metered_rock({"Kick": LOW_END_METERS["Kick"], "Snare": LOW_END_METERS["Kick"]})
    ans = advise_rock("how far above the kick should the snare sit?", snapshot=snap)
    assert "put the snare at" in ans.text and "against the kick drum" in ans.text, ans.text


def test_as_loud_as_is_answered_on_the_two_meters() -> None:
    ans = advise_rock("is the hats as loud as the snare?")  # peak meters: -27 against -19 dBFS
    assert ans.text.startswith("No, quieter: 'Hats' reads -27.0 dBFS peak against -19.0 dBFS peak"), ans.text
    snap = metered_rock({"Kick": LOW_END_METERS["Kick"], "Snare": LOW_END_METERS["Kick"]})  # both -20 LUFS
    even = advise_rock("is the snare as loud as the kick?", snapshot=snap)
    assert even.text.startswith("Yes, about level:"), even.text


def test_under_the_lead_alone_is_the_lead_vocal() -> None:
    from model.level_gap import bare

    assert bare("the lead") == "lead" and bare("My Vocal") == "vocal"


# --------------------------------------------------------------- a cut said to be overdone


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("did i cut too much low end?", "thin"),
        ("think i rolled off too much top?", "dull"),
        ("did i cut the lows too much", "thin"),
        ("did i cut too much bottom out of it", "thin"),
    ],
)
def test_a_cut_said_overdone_asks_whether_that_range_now_lacks(question: str, complaint: str) -> None:
    assert overdone_cut(question) == complaint
    intent = classify(question)
    assert intent.complaint == complaint and intent.wants == "judge", (question, intent)


def test_a_part_too_loud_is_not_thin_but_the_opposite() -> None:
    ans = advise_rock("is the bass thin?", (BASS_LOUD,))
    assert ans.text.startswith("No, the opposite: 'Bass' sits about 9 dB louder"), ans.text
    quiet = advise_rock("is the bass thin?", (level_finding("Bass", "basses", -9.0),))
    assert quiet.text.startswith("Yes"), quiet.text


def test_too_much_low_end_alone_is_still_heavy() -> None:
    assert overdone_cut("there's too much low end") is None
    assert classify("there's too much low end?").complaint == "boomy"


# --------------------------------------------------------------- words that are not what they look like


@pytest.mark.parametrize(
    "question",
    [
        "would my producer kick this back?",
        "would a label kick it back",
        "would an engineer kick this mix back",
    ],
)
def test_kick_as_a_verb_is_no_kick_drum(question: str) -> None:
    assert "kick" not in classify(question).instruments, question
    assert "kick" in classify("is the kick ok?").instruments


@pytest.mark.parametrize(
    "question",
    ["what can i not bother with", "what could i skip", "what's safe to leave", "what can i leave be?"],
)
def test_what_can_i_not_bother_with_asks_what_to_leave_alone(question: str) -> None:
    assert LEAVE_ALONE_Q.search(question), question


@pytest.mark.parametrize(
    "question", ["harsh, or am i imagining it", "muddy, right?", "boomy or am i hearing things"]
)
def test_a_one_word_claim_before_a_doubt_tag_is_the_statement_asked(question: str) -> None:
    stated, tagged = strip_tag(question)
    assert tagged and stated.endswith("?") and len(stated.split()) == 1, (question, stated)


# --------------------------------------------------------------- openings and every part asked


def test_how_is_a_part_with_the_fault_elsewhere_opens_with_the_part_fine() -> None:
    ans = Answer("Not 'Drums' first: 'Bass' sits about 10 dB louder.")
    focus = SimpleNamespace(intent=classify("how's the drums"))
    assert elsewhere_opening(focus, ans).text.startswith(  # type: ignore[arg-type]
        "'Drums' is fine on its own; the trouble is elsewhere: 'Bass' sits"
    )
    request = Answer("Not 'Horns' first: 'Organ' sits about 10 dB quieter.")
    focus = SimpleNamespace(intent=classify("make the sax warmer"))
    assert elsewhere_opening(focus, request).text.startswith("Not 'Horns' first:")  # type: ignore[arg-type]


def test_an_open_question_on_two_parts_says_each() -> None:
    ans = advise_rock("how are the bass and the snare", (BASS_LOUD,))
    assert (
        "'Bass'" in ans.text and "'Snare' is fine: nothing I measured says it is out of line" in ans.text
    ), ans.text


def test_two_tools_offered_with_another_part_off_name_that_part_first_fix() -> None:
    ans = advise_rock("eq or comp for the vocal?", (SNARE_LOUD,))
    assert ans.text.startswith("EQ:") and "Compression:" in ans.text, ans.text
    assert "The first fix is elsewhere, though: 'Snare' sits about 13 dB louder" in ans.text, ans.text
    assert ans.suggestions[0].track == "Snare" and ans.suggestions[0].params["delta_db"] < 0


# --------------------------------------------------------------- the loudness target's name


def test_the_ebu_target_keeps_its_capitals() -> None:
    f = loudness_finding(clean(), "ebu")
    assert f is not None and "over the EBU target of -23 LUFS" in f.summary, f
    s = loudness_finding(clean(integrated_lufs=-20.0), "spotify")
    assert s is not None and "under the Spotify target of -14 LUFS" in s.summary, s
