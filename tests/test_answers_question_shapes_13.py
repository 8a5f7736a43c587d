"""Question shapes from the outside probes p300-p359 (issue 10), fixed as rules an engineer would state: a part
that "sits way back", is "kinda MIA", "hiding" or "tucked away" is said to be too quiet (while "hiding the vocal"
covers another part); "should I push it?" asks whether to raise the part; "backup singers" are the backing
vocals; "the chords" are whatever plays the harmony in this session (keys, guitars, pads)."""

from __future__ import annotations

import dataclasses

from fakes.band_sessions import _track, advise_rock, level_finding, rock_snapshot, soul_snapshot

from companion.context import Finding, FindingKind
from model.intent import Wants, classify
from model.phrasing import MAX_WORDS
from model.rules import RulesAdvisor

KEYS_LOUD = level_finding("Keys", "keyboards", 10.0)
RHODES_QUIET = level_finding("Rhodes", "keys", -10.0)


def test_sitting_back_or_missing_is_a_too_quiet_complaint():
    for q in (
        "the bass sits way back",
        "the keys are kinda MIA",
        "the vocal is hiding",
        "the rhodes is tucked away",
        "the piano is way back in the mix",
        "is the bass missing in action",
        "the organ hides behind the guitars",
    ):
        assert classify(q).complaint == "quiet", q
    # hiding ANOTHER part covers it; pulling a part back is a cut: neither says the part itself is too quiet
    assert classify("the guitar is hiding the vocal").complaint == "clash"
    assert classify("should i pull the guitar back").complaint == "loud"


def test_should_i_push_it_asks_for_a_raise_and_gets_a_yes():
    intent = classify("rhodes is kinda hiding, should i push it?")
    assert intent.wants == Wants.JUDGE and intent.complaint == "quiet" and intent.asks_raise
    assert not classify("should i push it down?").asks_raise
    # the raise asked for is itself the complaint: the part is felt too low, as with "turn it up"
    lift = classify("should i lift it? the rhodes i mean")
    assert lift.complaint == "quiet" and lift.asks_raise and lift.instruments == ("rhodes",)
    assert classify("should i push it down").complaint == "loud"
    from fakes.analyses import clean
    from fakes.band_sessions import context

    advice = RulesAdvisor().advise(
        context("rhodes is kinda hiding, should i push it?", soul_snapshot(), clean(), (RHODES_QUIET,))
    )
    assert advice.text.startswith("Yes: 'Rhodes' sits about 10 dB quieter"), advice.text
    assert advice.suggestions[0].track == "Rhodes" and advice.suggestions[0].params["delta_db"] == 9.0


def test_backup_singers_are_the_backing_vocals():
    for q in ("are the backup singers too loud", "back up vocals too quiet?", "is the back-up vox ok"):
        assert classify(q).instruments == ("backing vocals",), q
    snap = rock_snapshot()
    snap = dataclasses.replace(snap, tracks=(*snap.tracks, _track(9, "Backing Vox", -30.0)))
    advice = advise_rock("are the backup singers too loud", (), snapshot=snap)
    assert advice.text.startswith("No") and "'Backing Vox'" in advice.text, advice.text


def test_the_chords_are_the_harmony_parts_of_this_session():
    intent = classify("why do the chords feel like theyre smothering everything")
    assert intent.instruments == ("chords",) and intent.complaint == "loud" and intent.wants == Wants.WHY
    advice = advise_rock("why do the chords feel like theyre smothering everything", [KEYS_LOUD])
    assert "'Keys'" in advice.text and advice.suggestions, advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0


def test_where_to_focus_next_asks_what_first():
    for q in ("where should i focus next on this", "where would you start", "what should i work on next"):
        assert classify(q).wants == Wants.WHAT_FIRST, q


def test_what_first_with_no_real_problem_leads_with_nothing():
    """Asked for the one thing to fix on a mix with only remarks: "honestly, nothing in the numbers needs fixing" comes first, the
    biggest small thing after it (not "start here", which reads as a fault to fix)."""
    remark = level_finding("Keys", "keyboards", -5.0)
    assert not remark.is_problem
    advice = advise_rock("if u had to fix one thing what would it be", [remark])
    assert advice.text.startswith(
        "Honestly, nothing in the numbers needs fixing; if I had to pick one: 'Keys' sits about 5 dB"
    ), advice.text
    assert advice.suggestions[0].track == "Keys"


def test_a_loudness_lead_added_to_a_part_answer_stays_inside_the_word_budget():
    """ "should I slap a limiter on the master to make it louder?" with a part sitting far too low: "Not the
    loudness: ..." leads, the part's fader follows, and the later remarks give way so the answer keeps its
    40-120 words."""
    thin = Finding(
        FindingKind.THIN,
        0.7,
        "The mix lacks low end: the bass band (60-250 Hz) sits 6.0 dB under typical real mixes.",
        {"band": "bass"},
    )
    kick = Finding(
        FindingKind.TRACK_TOO_QUIET,
        0.9,
        "'Kick' sits about 13 dB quieter against the rest of your tracks than kick drums (all their mics "
        "together) do in 48 well-rated real mixes (MixologyDB).",
        {"role": "kick", "deviation_db": -13.0, "suggested_delta_db": 6.0, "fader_db": -15.4},
        track="Kick",
    )
    advice = advise_rock(
        "mix has no energy, should i slap a limiter on the master to make it louder?", [kick, thin]
    )
    assert advice.text.startswith("Not the loudness: -14.2 LUFS is in range for streaming. Not first: 'Kick'")
    assert "Bring the fader on 'Kick'" in advice.text
    assert len(advice.text.split()) <= MAX_WORDS, len(advice.text.split())
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] == 6.0


def test_where_to_go_from_here_and_what_needs_work_ask_what_first():
    for q in ("where do i go from here", "what needs work", "whats the weakest part of this mix"):
        assert classify(q).wants == Wants.WHAT_FIRST, q
    assert classify("is the vocal the weakest link?").wants == Wants.JUDGE
    # on a mix with a real problem the answer starts from it, on its track
    advice = advise_rock("where do i go from here", [KEYS_LOUD])
    assert advice.text.startswith("Start here: 'Keys' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0
