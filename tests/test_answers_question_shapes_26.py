"""A complaint measured against a platform or other songs ("thin compared to spotify"), and the low end asked
about as a level (issue 10).

The platform or reference is only what the asker compares with: "thin and empty compared to stuff on spotify"
is a thin complaint, answered with its measured cause (a fill part held far under its place, or the low end
when that measures lean), never with a loudness verdict; only loudness said ("quieter than spotify", "not as
loud as my reference") is the loudness question. "Is the low end loud enough?" is the low end's share (kick and
bass), not the mix's loudness."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.intent import Wants, classify

QUIET_KEYS = level_finding("Keys", "keys", -10.0, fader_db=-21.6)
QUIET_BASS = level_finding("Bass", "basses", -10.0, fader_db=-17.5)
LEAN_LOW_END = Finding(
    FindingKind.THIN,
    0.7,
    "The mix lacks low end: the bass band (60-250 Hz) sits 6.0 dB under typical real mixes.",
    {"band": "bass"},
)

COMPARED = (
    "why does my mix sound so thin and empty compared to stuff on spotify",
    "my mix sounds thin next to songs on youtube, why?",
    "why is it so thin vs apple music stuff",
    "why does my mix sound empty compared to other songs on spotify",
    "why does my mix sound small compared to commercial songs",
    "why does everything sound small next to my reference",
)
LOUDNESS = (
    "why is my mix quieter than spotify",
    "why is my mix not as loud as stuff on spotify",
    "why does spotify turn my mix down?",
    "why is my song so much quieter than my reference?",
    "my mix is not as loud as pro mixes, why?",
)


def test_a_platform_named_as_the_reference_leaves_the_quality_as_the_complaint():
    for q in COMPARED:
        assert classify(q).complaint == "thin", q
    assert classify("my mix sounds muddy compared to songs on youtube").complaint == "muddy"
    assert classify("why is my mix harsh next to spotify songs").complaint == "harsh"
    assert classify("why does my mix sound small on my phone compared to spotify").complaint == "small"


def test_loudness_said_against_a_platform_or_reference_stays_the_loudness_question():
    for q in LOUDNESS:
        assert classify(q).complaint == "loudness", q
    assert classify("is my mix loud enough for spotify?").complaint == "loudness"
    # a level word on the whole mix against a platform: its loudness (a weak mix at streaming level: punch)
    assert classify("why is my mix so weak compared to spotify").complaint == "loudness"
    assert classify("why does it sound flat and weak vs commercial songs").complaint == "loudness"


def test_a_thin_mix_with_the_low_end_fine_names_the_fill_part_held_back():
    for q in COMPARED[:3]:
        ans = advise_rock(q, (QUIET_KEYS,))
        assert ans.text.startswith("Most likely this: 'Keys' sits about 10 dB quieter"), (q, ans.text)
        assert "LUFS" not in ans.text and not ans.text.startswith("No"), (q, ans.text)
        assert ans.suggestions[0].track == "Keys" and ans.suggestions[0].params["delta_db"] == 9.0, q


def test_a_thin_mix_with_the_low_end_lean_is_about_the_low_end_not_the_fill_part():
    ans = advise_rock(
        "why does my mix sound so thin compared to stuff on spotify", (QUIET_KEYS, LEAN_LOW_END)
    )
    assert ans.text.startswith("Here's why: the mix lacks low end. Bring 'Bass' up about 2 dB"), ans.text
    assert "'Keys'" not in ans.text
    # the bass held back carries the low end: it comes before any fill part
    ans = advise_rock("why is my track thin next to my reference", (QUIET_KEYS, QUIET_BASS))
    assert ans.text.startswith("Most likely this: 'Bass' sits about 10 dB quieter"), ans.text


def test_a_why_with_nothing_measured_in_the_region_gets_no_bare_no():
    ans = advise_rock("my mix sounds muddy compared to songs on youtube, why?", (QUIET_KEYS,))
    assert ans.text.startswith("It isn't the low-mids (160-500 Hz): nothing there stands out"), ans.text
    assert "What does stand out: 'Keys' sits about 10 dB quieter" in ans.text
    # nothing measured at all: the premise itself gets its no
    ans = advise_rock("my mix sounds muddy compared to songs on youtube, why?")
    assert ans.text.startswith("No: nothing in the low-mids (160-500 Hz) stands out"), ans.text
    ans = advise_rock("is my mix muddy compared to commercial tracks?")
    assert ans.text.startswith("No: nothing in the low-mids (160-500 Hz) stands out"), ans.text


def test_the_low_end_loud_enough_or_needing_more_is_its_share_not_the_loudness():
    for q in (
        "is the low end loud enough?",
        "are the low frequencies loud enough?",
        "does the low end need more?",
    ):
        i = classify(q)
        assert i.complaint == "thin" and i.wants == Wants.JUDGE, q
    assert classify("does the low end need less?").complaint == "boomy"
    ans = advise_rock("is the low end loud enough?", (QUIET_BASS,))
    assert ans.text.startswith("No: 'Bass' sits about 10 dB quieter"), ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] == 9.0
    ans = advise_rock("does the low end need more?", (QUIET_BASS,))
    assert ans.text.startswith("Yes: 'Bass' sits about 10 dB quieter"), ans.text
    # nothing lean measured: yes, it is loud enough
    ans = advise_rock("is the low end loud enough?")
    assert ans.text.startswith("Yes: nothing in the low end (below 160 Hz) stands out"), ans.text
    ans = advise_rock("is the low end loud enough?", (LEAN_LOW_END,))
    assert ans.text.startswith("No: the mix lacks low end. Bring 'Bass' up about 2 dB"), ans.text


def test_a_comparative_or_fullness_next_to_a_platform_is_that_quality():
    assert classify("why is my mix thinner than spotify songs").complaint == "thin"
    assert classify("why is it muddier than stuff on youtube").complaint == "muddy"
    assert classify("why does my mix sound weaker than stuff on spotify in the low end?").complaint == "thin"
    assert classify("why doesnt my mix sound as full as stuff on spotify").complaint == "thin"
    full = classify("is my mix as full as songs on spotify?")
    assert full.complaint == "thin" and full.enough  # yes means nothing lacks
    ans = advise_rock("is my mix as full as songs on spotify?")
    assert ans.text.startswith("Yes: nothing in the low end (below 160 Hz) stands out"), ans.text
    ans = advise_rock("is my mix as full as songs on spotify?", (QUIET_KEYS,))
    assert ans.text.startswith("No: 'Keys' sits about 10 dB quieter"), ans.text


def test_a_kit_on_one_bus_track_carries_the_low_end_of_a_thin_mix():
    from fakes.analyses import clean
    from fakes.band_sessions import context, soul_snapshot

    from model.rules import RulesAdvisor

    drums = level_finding("Drums", "drum kits", -13.0, fader_db=-15.4)
    ctx = context(
        "why does my mix sound thin next to spotify?", soul_snapshot(), clean(), (drums, LEAN_LOW_END)
    )
    ans = RulesAdvisor().advise(ctx)
    assert ans.text.startswith("Most likely this: 'Drums' sits about 13 dB quieter"), ans.text
    assert ans.suggestions[0].track == "Drums" and ans.suggestions[0].params["delta_db"] == 12.0


def test_a_why_asked_with_doubled_question_marks_is_still_a_why():
    assert classify("thin compared to spotify stuff, why??").wants == Wants.WHY
    ans = advise_rock("thin compared to spotify stuff, why??", (QUIET_KEYS,))
    assert ans.text.startswith("Most likely this: 'Keys' sits about 10 dB quieter"), ans.text
