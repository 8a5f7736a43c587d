"""The built-in advisor answers the question that was asked (issue 10): yes or no, the one move, the cause or the
size first; the asked track's own numbers; what is not in the session said so; follow-ups from the conversation."""

from __future__ import annotations

import re

from fakes.analyses import clean, tilted
from fakes.band_sessions import (
    context,
    guitar_masks_vocal,
    level_finding,
    rock_snapshot,
    soul_snapshot,
    with_fader,
)

from companion.context import EarlierClip, Finding, FindingKind, Turn
from model.answer import compose
from model.intent import classify
from model.rules import RulesAdvisor

HARSH = Finding(
    FindingKind.HARSH,
    0.8,
    "The upper mids (2-5 kHz), around 2500 Hz: 7.7 dB above a typical rock balance; that's the range that gets harsh.",
    {"deviation_db": 7.7, "center_hz": 2500, "range_hz": [2000, 5000]},
)
VOCAL_LOW = level_finding("Lead Vocal", "lead vocals", -10.0, fader_db=0.0)
HORNS_LOUD = level_finding("Horns", "other tracks", 11.0)


def words(text: str) -> int:
    return len(text.split())


def advise(question: str, findings=(), snapshot=None, analysis=None, history=(), previous=None):
    snapshot = soul_snapshot() if snapshot is None else snapshot
    analysis = clean() if analysis is None else analysis
    ctx = context(question, snapshot, analysis, tuple(findings), tuple(history), previous)
    return RulesAdvisor().advise(ctx)


# ---------------------------------------------------------------- the five answers issue 10 quotes as wrong


def test_kick_lost_talks_about_the_kick_not_the_vocal():
    advice = advise("the kick feels kind of lost, what would you do?", [HARSH])
    text = advice.text
    assert text.startswith("Your kick has no track of its own: it's inside 'Drums'")
    assert "on 'Lead Vocal'" not in text and "2.5 kHz" not in text
    assert (
        "Nothing I measured says 'Drums' is too low. Its meter averages -17.0 dBFS peak, under 'Lead Vocal'."
        in text
    )
    assert advice.suggestions and {s.track for s in advice.suggestions} <= {"Bass", "Drums"}
    assert 40 <= words(text) <= 120


def test_is_the_vocal_too_loud_says_no_the_opposite_with_its_number():
    advice = advise("is the vocal too loud?", [HARSH, VOCAL_LOW])
    assert advice.text.startswith("No, the opposite: 'Lead Vocal' sits about 10 dB quieter")
    first = advice.suggestions[0]
    assert first.track == "Lead Vocal" and first.params["delta_db"] == 9.0 and first.command is not None
    assert "2.5 kHz" not in advice.text


def test_is_the_vocal_too_loud_when_it_is_fine_says_no():
    advice = advise("is the vocal too loud?", [HARSH])
    assert advice.text.startswith("No: nothing I measured says 'Lead Vocal' is too loud.")
    assert "Its meter averages -14.0 dBFS peak" in advice.text
    assert advice.suggestions == ()  # no move for a "no"


def test_reverb_on_the_bass_without_audio_is_answered_from_mixologydb():
    ctx = context("should I put reverb on the bass?", None, None)
    text = compose(ctx).text
    assert text.startswith("Usually not: in 90 real mixes (MixologyDB), 12% of 118 basses had reverb")
    assert "Nothing was listened to" in text
    assert words(text) <= 120


def test_reverb_on_the_bass_with_the_session_names_the_users_bass():
    text = advise("should I put reverb on the bass?").text
    assert text.startswith("Usually not:") and "'Bass' has no reverb now" in text
    assert "Nothing was listened to" not in text


def test_wider_guitars_without_a_guitar_says_so_and_uses_what_is_there():
    advice = advise("how do I make the guitars sound wider?")
    text = advice.text
    assert text.startswith("There is no guitar in this session: your tracks are 'Drums', 'Bass', 'Rhodes'")
    pans = {s.track: s.params["pan"] for s in advice.suggestions if s.action == "set_pan"}
    assert set(pans) <= {"Rhodes", "Strings", "Horns"} and len(pans) == 2
    assert sorted(pans.values()) == [-0.6, 0.6]
    assert "correlation 0.70" in text


def test_small_on_the_phone_answers_the_phone_not_a_fader():
    advice = advise(
        "why does my mix sound small on my phone?",
        [HARSH, HORNS_LOUD],
        analysis=clean(**tilted({"bass": 6.0})),
    )
    text = advice.text
    assert text.startswith("Most likely the low end:")
    assert re.search(r"\d+% of your mix's energy sits below 250 Hz", text)
    assert "phone" in text and "fader on 'Horns'" not in text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["freq_hz"] == 900


# ---------------------------------------------------------------- other answer kinds


def test_how_much_gives_the_size_first():
    text = advise("the vocal is buried, how much should I bring it up?", [VOCAL_LOW]).text
    assert text.startswith("About 9 dB: bring the fader on 'Lead Vocal'")


def test_why_gives_the_cause_first():
    text = advise("why can't I hear the lyrics?", [HARSH, VOCAL_LOW]).text
    assert text.startswith("Most likely this: 'lead Vocal'".replace("'lead", "'Lead")) or text.startswith(
        "Most likely this: 'Lead Vocal' sits about 10 dB quieter"
    )


def test_the_culprit_on_another_track_is_named():
    text = advise("are the horns too much?", [VOCAL_LOW]).text
    assert text.startswith("Not really: nothing I measured says 'Horns' is too loud.")
    assert "What is off is 'Lead Vocal'" in text


def test_what_first_picks_one_problem():
    text = advise("what should I fix first?", [HARSH, VOCAL_LOW]).text
    assert text.startswith("Start here: the upper mids")


def test_ambiguous_request_asks_one_question_back():
    text = advise("make it better", [HARSH]).text
    assert text.count("?") == 1


def test_an_instrument_in_a_shared_stem_is_said_as_such_for_a_technique_too():
    text = advise("should I compress the kick?").text
    assert "kick drums were compressed" in text


# ---------------------------------------------------------------- follow-ups use the conversation


def ask_in_turn(questions, findings, snapshot):
    history: tuple[Turn, ...] = ()
    out = []
    for q in questions:
        advice = advise(q, findings, snapshot=snapshot, history=history)
        topic = classify(q, history).topic
        history += (Turn("user", q, None, topic), Turn("assistant", advice.text, None, topic))
        out.append(advice.text)
    return out


def test_and_the_snare_answers_the_same_question_about_the_snare():
    snare_low = level_finding("Snare", "snares", -8.0)
    kick, snare, much = ask_in_turn(
        ["is the kick too loud?", "and the snare?", "how much?"], [snare_low], rock_snapshot()
    )
    assert kick.startswith("No: nothing I measured says 'Kick' is too loud.")
    assert snare.startswith("No, the opposite: 'Snare' sits about 8 dB quieter")
    assert much.startswith("About 7 dB: bring the fader on 'Snare'")


def test_did_that_help_compares_with_the_previous_clip():
    before = soul_snapshot()
    after = with_fader(before, "Lead Vocal", 8.0, -6.0)
    earlier = EarlierClip("is the vocal too quiet?", clean(), (VOCAL_LOW,), before)
    history = (Turn("user", "is the vocal too quiet?"), Turn("assistant", "Yes: ..."))
    text = advise(
        "ok I pushed it up, did that help?", [], snapshot=after, history=history, previous=earlier
    ).text
    assert text.startswith("Yes: the 'Lead Vocal' sitting too low is gone.")
    assert "from +0.0 to +8.0 dB" in text and "-14.0 to -6.0 dBFS avg peak" in text
    worse = advise("did that help?", [level_finding("Lead Vocal", "lead vocals", -12.0)], snapshot=before,
                   history=history, previous=earlier).text  # fmt: skip
    assert worse.startswith("No, it got worse: the 'Lead Vocal' sitting too low went from 10.0 dB to 12.0 dB")


def test_did_that_help_without_an_earlier_clip_says_so():
    text = advise("did that help?", [HARSH]).text
    assert text.startswith("I don't have an earlier clip")


def test_masking_by_a_neighbour_is_the_answer_for_a_buried_vocal():
    masking = guitar_masks_vocal()
    advice = advise(
        "the vocal gets lost when the guitars come in, what do I do?", [masking], snapshot=rock_snapshot()
    )
    text = advice.text
    assert re.match(r"(On 'Gtr L', dip|Dip 'Gtr L')", text), text  # the move first, on the masker
    assert "'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz." in text
    first = advice.suggestions[0]
    assert (first.action, first.track) == ("eq_band", "Gtr L")
    assert first.params["gain_db"] < 0 and 800 <= first.params["freq_hz"] <= 2000


def test_what_else_moves_past_what_was_said_and_fix_that_refers_back():
    muddy = Finding(FindingKind.MUDDY, 0.5, "The low-mids (160-500 Hz), around 250 Hz: 4.1 dB above a typical balance; mud.",
                    {"deviation_db": 4.1, "center_hz": 250, "range_hz": [160, 500]})  # fmt: skip
    boomy = Finding(FindingKind.BOOMY, 0.4, "The low end (50-160 Hz), around 100 Hz: 3.6 dB above a typical balance; boom.",
                    {"deviation_db": 3.6, "center_hz": 100, "range_hz": [50, 160]})  # fmt: skip
    first, more, fix, done = ask_in_turn(
        ["what do you hear?", "what else?", "how do I fix that?", "anything else?"], [HARSH, muddy, boomy],
        soul_snapshot(),
    )  # fmt: skip
    assert first.startswith("First thing I notice: the upper mids (2-5 kHz), around 2500 Hz")
    assert "After that, the low-mids" in first
    assert more.startswith("Next: the low end (50-160 Hz), around 100 Hz")
    assert fix.startswith(
        "Dip 3 dB around 100 Hz (Q ~1.4) on 'Bass'"
    )  # the move for what the last answer led with
    assert done.startswith("That's everything the numbers flag")


def test_a_level_question_about_it_asks_which_one():
    text = advise("can you turn it up?", [HARSH]).text
    assert (
        text
        == "Turn what up, though: the whole mix (it's at -14.2 LUFS now), or one track? Tell me which and I'll give you the number."
    )
    assert advise("turn the bass up?", [HARSH]).text.startswith(
        "No: nothing I measured says 'Bass' is too low."
    )


def test_loud_enough_turns_the_yes_around():
    bass_low = level_finding("Bass", "basses", -9.0)
    assert advise("is the bass loud enough?", [bass_low]).text.startswith(
        "No: 'Bass' sits about 9 dB quieter"
    )
    assert advise("is the bass loud enough?", []).text.startswith(
        "Yes: nothing I measured says 'Bass' is too low."
    )
    assert advise("is the vocal loud enough?", [HORNS_LOUD]).text.startswith("Yes, it is: nothing I measured")


def test_what_first_with_only_small_things_still_names_one():
    remark = level_finding("Rhodes", "keys", -5.0)  # under the problem threshold: a remark
    assert not remark.is_problem
    advice = advise("what's the first thing you'd fix?", [remark])
    assert advice.text.startswith(
        "Honestly, nothing in the numbers needs fixing; if I had to pick one: 'Rhodes' sits about 5 dB quieter"
    )
    assert advice.suggestions[0].track == "Rhodes"


def test_a_masking_problem_outranks_a_small_level_remark_on_the_asked_track():
    masking = Finding(
        "masking",  # type: ignore[arg-type]  # the finding kind of issue 9
        0.7,
        "'Rhodes' covers 'Lead Vocal' at 250-500 Hz, where 'Lead Vocal' is strongest: it is 5 dB louder there.",
        {"other_track": "Lead Vocal", "range_hz": [250, 500], "dip_db": 6.0, "freq_hz": 350.0, "q": 1.4},
        track="Rhodes",
    )
    louder = level_finding("Rhodes", "keys", 2.0)  # 2 dB over: a remark (under the problem line)
    assert not louder.is_problem and masking.is_problem
    # the remark points the same way as the clash: yes, and its fader is the simple fix, the dip next
    advice = advise("the rhodes feels a bit much?", [louder, masking])
    assert advice.text.startswith("Yes: 'Rhodes' covers 'Lead Vocal' at 250-500 Hz"), advice.text
    first = advice.suggestions[0]
    assert (first.action, first.track, first.params["delta_db"]) == ("nudge_volume_db", "Rhodes", -1.0)
    how = advise("the rhodes is a bit much, how do I fix it?", [louder, masking]).suggestions
    assert [(c.action, c.track) for c in how] == [("nudge_volume_db", "Rhodes"), ("eq_band", "Rhodes")]
    # a remark the other way (a little low) does not explain a clash it causes: the dip is the move
    quieter = level_finding("Rhodes", "keys", -2.0)
    advice = advise("the rhodes feels a bit much?", [quieter, masking])
    assert advice.text.startswith("Yes: 'Rhodes' covers 'Lead Vocal'"), advice.text
    first = advice.suggestions[0]
    assert (first.action, first.track, first.params["gain_db"]) == ("eq_band", "Rhodes", -6.0)
    # without the masking problem the remark alone is the answer, said as small
    assert advise("the rhodes feels a bit much?", [louder]).text.startswith("A little:")


def test_phone_low_end_share_and_real_range_tell_one_story() -> None:
    """The share of the whole mix and the range against the mids are said together only when they agree: a mix
    whose mids sit far under the median reads "2.1 dB more" of the whole yet 4.1 dB past the range of the mids."""
    from model.answer_master import _frames_agree

    assert _frames_agree(3.3, -9.0, -8.4, 6.0) is False  # 3.3 dB more, yet under the range: two stories
    assert _frames_agree(-3.3, -9.0, -8.4, 6.0) is True  # less, and 0.6 dB under the range
    assert _frames_agree(2.1, 16.1, -8.0, 12.0) is False  # the hellforce case: 2.1 more, 4.1 past the top
    assert _frames_agree(5.0, 16.1, -8.0, 12.0) is True
    assert _frames_agree(-7.0, 0.0, -8.0, 12.0) is True  # inside the range: no contradiction to hide
