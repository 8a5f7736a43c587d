"""Amateur sound words nobody had asked yet, and how-to questions on a clean mix that got no how.

- "tubby", "woofy" are boom; "spitty" is harshness (esses that spit); "wimpy", "weedy", "puny" are thinness;
  "polite" and "distant" are a dull top: each got "It's fine:" or an answer with no verdict on that sound.
- "how do i make the bass less tubby" on a mix with nothing out of line got a bare "No:" when the complaint's own
  EQ cut was barred (the mix already lacks there): the move that adds the opposite quality answers it instead.
- "bigger", "massive", "more in-your-face" ask for body or presence: they got "It's fine:" with no move.
- "nasal" (boxy) on a part with no named boxy range got no move: the general boxiness range (400 Hz-1 kHz) is
  where a dip is safe on any part.
- "kinda washy", "too roomy" ask whether there is too much reverb: they got no verdict.
- "why does my mix sound so 2d" asks for depth: it got "nothing needs fixing".
"""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding, soul_snapshot

from model.answer_amount import amount_technique, asks_less
from model.answer_quality import quality_of
from model.depth_craft import asks_depth
from model.intent import classify
from model.tone_home import craft_areas


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("is the bass kinda tubby?", "boomy"),
        ("the kick sounds woofy", "boomy"),
        ("is the singer a bit spitty?", "harsh"),
        ("the drums feel wimpy", "thin"),
        ("vocal sounds weedy", "thin"),
        ("the snare sounds puny", "thin"),
        ("is the mix too polite?", "dull"),
        ("the vocal feels kinda distant", "dull"),
        ("the piano sounds far away", "dull"),
        # a move asked for is no complaint of distance
        ("is the snare too in your face?", "loud"),
    ],
)
def test_amateur_sound_words_name_their_complaint(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint, question


@pytest.mark.parametrize(
    "question",
    ["how do i push the pad further away", "make the strings sound more distant", "how do i make the vocal more in your face"],
)  # fmt: skip
def test_a_wish_for_distance_or_presence_is_no_dull_or_loud_complaint(question: str) -> None:
    assert classify(question).complaint not in ("dull", "loud"), question


@pytest.mark.parametrize(
    ("question", "quality"),
    [
        ("how do i make the drums sound bigger", "full"),
        ("how can i make the kick sound massive", "full"),
        ("how do i get the guitars beefier", "full"),
        ("how do i make the vocal more in-your-face", "clear"),
        ("how do i get the vocal more in your face", "clear"),
    ],
)
def test_size_and_presence_words_ask_for_a_quality(question: str, quality: str) -> None:
    q = quality_of(question)
    assert q is not None and q.name == quality, question


@pytest.mark.parametrize(
    "question",
    [
        "the bass is way bigger than the kick",
        "the bass is huge, how do i tame it",
        "is the kick too massive?",
    ],
)
def test_size_said_as_a_state_or_a_comparison_asks_for_no_more_of_it(question: str) -> None:
    q = quality_of(question)
    assert q is None or q.name != "full", question


def test_nasal_on_a_part_without_a_boxy_range_dips_the_general_boxiness_range() -> None:
    areas = craft_areas("lead_vocal", "boxy", ("box", "ring", "mud"), True)
    assert [(a.name, a.lo_hz, a.hi_hz) for a in areas] == [("boxiness", 400.0, 1000.0)]


def test_a_nasal_vocal_asked_how_gets_a_dip_in_its_boxiness_range() -> None:
    ans = advise_rock("how do i make the singer less nasal")
    card = ans.suggestions[0]
    assert card.track == "Lead Vox" and card.params["gain_db"] < 0, ans.text
    assert 400 <= card.params["freq_hz"] <= 1000, ans.text
    assert not ans.text.startswith(("It's fine", "No")), ans.text


def test_a_size_wish_on_a_clean_mix_gets_a_move_not_its_fine() -> None:
    ans = advise_rock("how can i make the kick sound massive")
    assert not ans.text.startswith(("It's fine", "No")), ans.text
    assert ans.suggestions and ans.suggestions[0].track == "Kick", ans.text
    assert next(v for k, v in ans.suggestions[0].params.items() if k in ("gain_db", "delta_db")) > 0


def test_a_presence_wish_on_a_clean_mix_lifts_the_part() -> None:
    ans = advise_rock("how do i make the lead vocal more in-your-face")
    assert not ans.text.startswith(("It's fine", "No")), ans.text
    assert ans.suggestions and ans.suggestions[0].track == "Lead Vox", ans.text
    assert next(v for k, v in ans.suggestions[0].params.items() if k in ("gain_db", "delta_db")) > 0


def test_a_how_to_about_a_thin_part_with_no_eq_range_still_gets_a_move() -> None:
    ans = advise_rock("the drums feel wimpy, any tips?", snapshot=soul_snapshot())
    assert not ans.text.startswith(("It's fine", "No")), ans.text
    assert ans.suggestions and ans.suggestions[0].track == "Drums", ans.text
    assert ans.suggestions[0].params.get("delta_db", 0) > 0, ans.text


def test_a_level_fault_still_comes_before_a_size_wish() -> None:
    loud = level_finding("Kick", "kick drums", 10.0)
    ans = advise_rock("how can i make the kick sound massive", (loud,))
    assert ans.suggestions[0].track == "Kick" and ans.suggestions[0].params["delta_db"] < 0, ans.text


@pytest.mark.parametrize(
    "question",
    ["does the whole mix sound kinda washy?", "vocal sounds a bit roomy", "is the vocal too roomy?",
     "does it sound kinda wet", "the guitars feel pretty reverby"],
)  # fmt: skip
def test_a_wet_sound_said_as_its_state_asks_whether_there_is_too_much_reverb(question: str) -> None:
    assert amount_technique(question, classify(question).technique) == "reverb", question
    assert asks_less(question), question


def test_a_dry_or_wetter_wish_is_no_too_much() -> None:
    assert not asks_less("does the vocal sound kinda dry")
    assert not asks_less("make the vocal wetter")


def test_kinda_washy_with_no_reverb_is_a_no() -> None:
    ans = advise_rock("does the whole thing sound kinda washy?")
    assert ans.text.startswith("No:") and "reverb" in ans.text, ans.text


@pytest.mark.parametrize("question", ["why does my mix sound so 2d", "how do i make the mix less 2-d",
                                      "the mix feels two dimensional"])  # fmt: skip
def test_2d_asks_for_depth(question: str) -> None:
    assert asks_depth(question), question


def test_why_a_mix_sounds_2d_is_the_depth_craft_on_a_dry_session() -> None:
    ans = advise_rock("why does my mix sound so 2d")
    assert ans.text.startswith("Likely because nothing in this session has a reverb yet"), ans.text
    assert "pre-delay" in ans.text, ans.text


@pytest.mark.parametrize(
    "question",
    ["how do i make the bass less thick", "how do i make the rhodes less warm", "how do i make the drums less punchy",
     "how do i make the vocal less bright", "is the horn section too crisp?"],
)  # fmt: skip
def test_a_quality_said_as_something_to_take_away_asks_for_none_of_it(question: str) -> None:
    assert quality_of(question) is None, question


def test_a_quality_taken_away_still_finds_the_one_wished_for() -> None:
    q = quality_of("how do i make the vocal less thick and more present")
    assert q is not None and q.name == "clear"


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("how do i make the bass less thick", "muddy"),
        ("is the vocal too warm?", "muddy"),
        ("how can i get the upright a bit less fat", "muddy"),
        ("is the bass too punchy?", "loud"),
        ("is the kick too thumpy?", "loud"),
        ("how do i make the vocal less bright", "harsh"),
        ("vocal is kinda too airy, how do i tame it", "harsh"),
        # wished for, not overdone
        ("is the vocal airy enough?", "dull"),
    ],
)
def test_a_quality_overdone_is_its_excess_complaint(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint, question


@pytest.mark.parametrize(
    ("question", "track"),
    [
        ("how do i make the bass less thick", "Bass"),
        ("vocal is kinda too airy, how do i tame it", "Lead Vox"),
    ],
)
def test_a_quality_overdone_asked_how_gets_a_cut_not_a_boost(question: str, track: str) -> None:
    ans = advise_rock(question)
    card = ans.suggestions[0]
    assert card.track == track and card.params["gain_db"] < 0, ans.text
