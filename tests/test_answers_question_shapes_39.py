"""Four answer families found by asking as a new user (explore7): a cut asked as an overshoot ("did i cut the
horns too much?", "too big a drop?") was read as "too loud" (answered "No, the opposite" above a part 16 dB under
the lead) or, after a clip, opened "No, too far"; "how hot should the master be?" / "what should my true peak be?"
got the first tone lean; a plug-in named by its maker ("is my fabfilter doing this?") was taken for a track the
session lacks; "how many dB under the vocal should the pad be?" was answered about the vocal."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.band_sessions import COMP, EQ, advise_rock, level_finding, metered_rock, rock_snapshot

from companion.context import Fx, TrackLevel
from model.intent import Wants, classify
from model.overshoot import said_overshot
from model.overshoot_verdict import overshoot_opening
from model.phrasing import Answer
from model.plugin_brand import named_brand

SNARE_LOW = level_finding("Snare", "snares", -10.0)


@pytest.mark.parametrize(
    "question",
    ["did i cut the snare too much?", "was that too big a drop on the snare?", "too much of a cut on the snare?",
     "did i trim the snare too much", "i think i overcut the snare", "was that too steep a drop on the snare?"],
)  # fmt: skip
def test_a_cut_asked_as_an_overshoot_is_the_part_too_low(question: str) -> None:
    assert said_overshot(question), question
    assert classify(question).complaint == "quiet", question
    low = advise_rock(question, (SNARE_LOW,))
    assert low.text.startswith("Yes") and "'Snare'" in low.text, (question, low.text)
    assert low.suggestions[0].track == "Snare" and low.suggestions[0].params["delta_db"] > 0
    assert advise_rock(question).text.startswith("No"), question


@pytest.mark.parametrize(
    "question",
    ["did i cut too much low end?", "did i cut too much 300 on the guitars", "is the snare too loud?"],
)
def test_a_tone_cut_or_a_plain_level_ask_is_not_a_level_overshoot_of_a_cut(question: str) -> None:
    assert classify(question).complaint != "quiet", question


@pytest.mark.parametrize(
    ("opening", "turned"),
    [("No, too far: now 'Horns' is too low.", "Yes, too far: now 'Horns' is too low."),
     ("Yes: the 'Horns' sitting too loud is gone.", "No, it landed right: the 'Horns' sitting too loud is gone."),
     ("Not yet: the 'Horns' sitting too loud is still there.",
      "No, not far enough yet: the 'Horns' sitting too loud is still there.")],
)  # fmt: skip
def test_a_comparison_is_opened_for_an_overshoot_question(opening: str, turned: str) -> None:
    assert overshoot_opening("did i cut them too much?", Answer(opening)).text == turned
    assert overshoot_opening("did that help?", Answer(opening)).text == opening


@pytest.mark.parametrize(
    "question",
    ["how hot should the master be", "how hot should my mix be for streaming", "what should my true peak be?",
     "what should the master peak at?", "how hot do i want the master"],
)  # fmt: skip
def test_the_masters_level_or_ceiling_asked_for_is_the_loudness_target(question: str) -> None:
    intent = classify(question)
    assert intent.complaint == "loudness" and intent.wants == Wants.HOW_MUCH, (question, intent)
    text = advise_rock(question).text
    assert "-14 LUFS" in text and "dBTP" in text, (question, text)


def test_a_true_peak_said_beside_clipping_stays_clipping() -> None:
    assert classify("true peak is over 0, is it clipping?").complaint == "clipping"


@pytest.mark.parametrize(
    ("question", "brand"),
    [("is my fabfilter doing this?", "fabfilter"), ("is the pro-q 3 ruining it", "fabfilter"),
     ("is my waves plugin making it harsh?", "waves"), ("is the ozone killing my mix?", "izotope"),
     ("is the bass too loud?", None), ("is the vocal doing weird stuff", None)],
)  # fmt: skip
def test_a_plugin_maker_is_named_by_brand_or_product(question: str, brand: str | None) -> None:
    assert named_brand(question) == brand


def test_a_plugin_named_by_its_maker_is_looked_for_among_the_plugins_not_the_tracks() -> None:
    absent = advise_rock("is my fabfilter doing this?")
    assert absent.text.startswith("There's no FabFilter plug-in in this session"), absent.text
    assert "ReaEQ on 8 of your tracks" in absent.text and "can't match" not in absent.text
    proq = Fx(1, "VST3: Pro-Q 3 (FabFilter)", True, ())
    snap = rock_snapshot()
    snap = dataclasses.replace(
        snap,
        tracks=tuple(dataclasses.replace(t, fx=(EQ, proq)) if t.name == "Gtr L" else t for t in snap.tracks),
    )
    there = advise_rock(
        "is my fabfilter doing this?", (level_finding("Gtr L", "electric guitars", 9.0),), snap
    )
    assert there.text.startswith("Your FabFilter plug-in: Pro-Q 3 on 'Gtr L'."), there.text
    assert there.suggestions[0].track == "Gtr L" and there.suggestions[0].params["delta_db"] < 0
    assert COMP.name not in there.text


def _gap_session(keys_lufs: float):  # type: ignore[no-untyped-def]
    snap = metered_rock({})
    levels = {"Keys": keys_lufs, "Lead Vox": -20.0}
    return dataclasses.replace(
        snap,
        tracks=tuple(
            dataclasses.replace(t, level=TrackLevel(-16.0, -7.0, 16.0, lufs=levels[t.name]))
            if t.name in levels
            else t
            for t in snap.tracks
        ),
    )


def test_the_gap_under_the_vocal_is_real_mixes_figure_then_the_two_meters() -> None:
    ans = advise_rock("how many db under the vocal should the keys be?", snapshot=_gap_session(-25.0))
    assert ans.text.startswith("In well-rated real mixes the middle half of 117 accompaniment parts"), (
        ans.text
    )
    assert "sit under the lead vocal by 0.7 to 8.5 dB (4.5 dB on the median, MixologyDB)" in ans.text
    assert "'Keys' reads -25.0 LUFS and 'Lead Vox' -20.0 LUFS: a 5.0 dB gap." in ans.text, ans.text
    assert "inside the usual gap, so leave 'Keys'" in ans.text and not ans.suggestions


def test_the_gap_asked_on_a_part_measured_too_loud_gives_its_move() -> None:
    ans = advise_rock(
        "how far under the vocal should the keys sit?",
        (level_finding("Keys", "keys", 9.0),),
        _gap_session(-17.0),
    )
    assert "'Keys' reads -17.0 LUFS and 'Lead Vox' -20.0 LUFS: 'Keys' is the louder, by 3.0 dB." in ans.text
    assert ans.suggestions[0].track == "Keys" and ans.suggestions[0].params["delta_db"] < 0


def test_a_broadcast_level_is_said_as_the_broadcast_norm_beside_streamings_target() -> None:
    from fakes.analyses import clean

    text = advise_rock("would this pass for radio?", analysis=clean()).text
    assert "EBU R128" in text and "for streaming, about -14 LUFS is the target" in text, text


@pytest.mark.parametrize(
    "question",
    ["is the snare as loud as in pro mixes?", "is my snare as loud as on a real record?",
     "is the snare as upfront as on pro records?"],
)  # fmt: skip
def test_a_part_as_loud_as_a_reference_is_asked_as_loud_enough(question: str) -> None:
    intent = classify(question)
    assert intent.complaint == "quiet" and intent.enough, (question, intent)
    assert advise_rock(question).text.startswith("Yes"), question
    low = advise_rock(question, (SNARE_LOW,))
    assert low.text.startswith("No:") and "opposite" not in low.text, (question, low.text)
    assert low.suggestions[0].track == "Snare" and low.suggestions[0].params["delta_db"] > 0


def test_a_mix_as_loud_as_a_commercial_song_is_its_loudness() -> None:
    assert classify("is my mix as loud as a commercial song?").complaint == "loudness"
