"""How the advisor reads a question's words (session 10, "words"): a "how much should I cut/boost" with no part
named (or its name lost after "the") answers the way asked with the measured part, never a boost as the size of a
cut; a mix said weak next to a reference with none given gets the loudness against its target, the measured
problem that makes it weak with its number and move, and the way to compare with the reference itself."""

from __future__ import annotations

import dataclasses

from fakes.analyses import clean
from fakes.band_sessions import advise_rock, level_finding, soul_snapshot

from model.unnamed_amount import lost_name

# --------------------------------------------------------------- a how-much move with no part named


def test_a_question_ending_on_an_article_has_lost_its_part():
    assert lost_name("how much should i cut the") == "the"
    assert lost_name("how much should I boost my?") == "my"
    assert lost_name("how much should i cut the horns") is None
    assert lost_name("how much should i cut") is None


def test_a_cut_asked_with_the_part_too_quiet_is_no_cut_and_names_the_part_the_other_way():
    quiet = level_finding("Horns", "horn parts", -10.0)
    ans = advise_rock("how much should i cut the", (quiet,), snapshot=soul_snapshot())
    assert ans.text.startswith("Your question stops at 'the', so the part's name got lost."), ans.text
    assert "Nothing I measured needs a cut; the opposite: 'Horns' sits about 10 dB quieter" in ans.text, (
        ans.text
    )
    assert not ans.text.split(". ")[1].startswith("About"), ans.text  # no size handed out as a cut
    assert ans.suggestions[0].track == "Horns" and ans.suggestions[0].params["delta_db"] == 9.0


def test_a_cut_asked_with_a_part_too_loud_sizes_that_part_down():
    loud = level_finding("Horns", "horn parts", 10.0)
    ans = advise_rock("how much should i cut the", (loud,), snapshot=soul_snapshot())
    assert ans.text.startswith("Your question stops at 'the', so the part's name got lost. About 9 dB:"), (
        ans.text
    )
    assert "'Horns' sits about 10 dB louder" in ans.text and ans.suggestions[0].params["delta_db"] == -9.0
    plain = advise_rock("how much should i boost", (loud,), snapshot=soul_snapshot())
    assert plain.text.startswith("Nothing I measured needs a boost; the opposite: 'Horns'"), plain.text
    assert "got lost" not in plain.text and plain.suggestions[0].params["delta_db"] < 0


def test_a_boost_asked_leads_with_the_part_that_needs_one_over_a_bigger_fault_the_other_way():
    loud = level_finding("Horns", "horn parts", 11.0)
    quiet = level_finding("Strings", "string parts", -8.0)
    ans = advise_rock("how much should I boost my", (loud, quiet), snapshot=soul_snapshot())
    assert ans.text.startswith("Your question stops at 'my', so the part's name got lost. About 7 dB:"), (
        ans.text
    )
    assert ans.suggestions[0].track == "Strings" and ans.suggestions[0].params["delta_db"] == 7.0
    assert "The bigger problem goes the other way, though: 'Horns' sits about 11 dB louder" in ans.text


def test_a_clean_mix_keeps_its_answer_with_the_lost_name_said():
    ans = advise_rock("how much should i cut the", snapshot=soul_snapshot())
    assert ans.text.startswith("Your question stops at 'the'") and not ans.suggestions, ans.text
    assert "nothing in the numbers needs fixing" in ans.text, ans.text


def test_a_named_part_is_left_to_its_own_rule():
    quiet = level_finding("Horns", "horn parts", -10.0)
    ans = advise_rock("how much should i cut the horns", (quiet,), snapshot=soul_snapshot())
    assert "got lost" not in ans.text and ans.text.startswith("Don't cut it: 'Horns' is too quiet already"), (
        ans.text
    )


# --------------------------------------------------------------- weak next to a reference, none given


def test_weak_next_to_my_reference_gives_the_loudness_then_the_measured_part_then_the_way_to_compare():
    quiet = level_finding("Rhodes", "keys", -10.0)
    ans = advise_rock("my track feels weak next to my reference", (quiet,), snapshot=soul_snapshot())
    assert ans.text.startswith(
        "Not the loudness: -14.2 LUFS integrated is in range for Spotify (-14 LUFS)."
    ), ans.text
    assert "What I measured that does make it weak: 'Rhodes' sits about 10 dB quieter" in ans.text, ans.text
    assert "--reference that-song.wav" in ans.text, ans.text
    assert ans.suggestions[0].track == "Rhodes" and ans.suggestions[0].params["delta_db"] == 9.0


def test_weak_next_to_a_reference_with_nothing_measured_says_nothing_is_to_blame():
    ans = advise_rock("my track feels weak next to my reference", snapshot=soul_snapshot())
    assert ans.text.startswith("Not the loudness: -14.2 LUFS"), ans.text
    assert "nothing in the numbers to blame" in ans.text and "--reference" in ans.text and not ans.suggestions


def test_weak_next_to_a_reference_that_was_given_is_not_told_to_give_one():
    quiet = level_finding("Rhodes", "keys", -10.0)
    given = clean(extra={**clean().extra, "reference_track": "ref.wav"})
    ans = advise_rock("my track feels weak next to my reference", (quiet,), soul_snapshot(), given)
    assert "--reference" not in ans.text, ans.text


def test_a_quiet_master_is_answered_as_loudness_not_as_a_part():
    from companion.context import Finding, FindingKind

    too_quiet = Finding(FindingKind.TOO_QUIET, 0.6, "The mix is at -20.0 LUFS, 6 dB under spotify's -14 LUFS.",
                        {"integrated_lufs": -20.0, "target_lufs": -14.0}, None)  # fmt: skip
    ans = advise_rock(
        "my track feels weak next to my reference",
        (too_quiet,),
        soul_snapshot(),
        dataclasses.replace(clean(), integrated_lufs=-20.0),
    )
    assert not ans.text.startswith("Not the loudness"), ans.text
    assert "-20.0 LUFS" in ans.text, ans.text
