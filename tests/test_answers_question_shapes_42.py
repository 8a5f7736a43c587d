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
- "how do i make the bass less thick", "the rhodes less warm", "vocal way too airy" got a boost of the very
  quality they asked to take away.
- "how do i make the mix less muddy" on a mix that measures typical got a bare "No: nothing stands out" (the
  gentle by-ear move now follows), and "how do i make my mix less harsh" on a mix leaning dull got a high shelf
  as the thing to fix first (now: it measures the other way, so no cut, and what to do instead).
"""

from __future__ import annotations

import pytest
from fakes.analyses import clean, tilted
from fakes.band_sessions import advise_rock, level_finding, soul_snapshot

from companion.context import Finding, FindingKind
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
        ("how do i make the drums sound bigger", "big"),
        ("how can i make the kick sound massive", "big"),
        ("how do i get the guitars beefier", "big"),
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
    assert q is None or q.name not in ("full", "big"), question


def test_a_bigger_song_with_a_part_at_the_wrong_level_gets_that_fader_not_a_master_lift() -> None:
    quiet = level_finding("Snare", "snares", -10.0)
    ans = advise_rock("how do i make the whole song bigger", (quiet,))
    assert ans.suggestions and ans.suggestions[0].track == "Snare", ans.text
    assert ans.suggestions[0].params["delta_db"] > 0, ans.text


def test_nasal_on_a_part_without_a_boxy_range_dips_the_general_boxiness_range() -> None:
    areas = craft_areas("lead_vocal", "boxy", ("box", "ring", "mud"), True)
    assert [(a.name, a.lo_hz, a.hi_hz) for a in areas] == [("boxiness", 400.0, 1000.0)]


def test_a_nasal_vocal_asked_how_gets_a_dip_in_its_nasal_range() -> None:
    ans = advise_rock("how do i make the singer less nasal")
    card = ans.suggestions[0]
    assert card.track == "Lead Vox" and card.params["gain_db"] < 0, ans.text
    assert 800 <= card.params["freq_hz"] <= 1500, ans.text  # nasal lives at 800 Hz-1.5 kHz (model.nasal)
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


@pytest.mark.parametrize(
    ("question", "track", "sign"),
    [("how do i make the mix less muddy", "Gtr L", -1), ("how do i make my mix less harsh", "Hats", -1),
     ("how do i stop my mix sounding thin", "Bass", +1)],
)  # fmt: skip
def test_a_mix_tone_how_to_that_measures_typical_gets_the_gentle_move(
    question: str, track: str, sign: int
) -> None:
    ans = advise_rock(question)
    assert ans.text.startswith("Nothing in"), ans.text
    assert "so go gently if you still hear it" in ans.text, ans.text
    cards = [c for c in ans.suggestions if c.action in ("eq_band", "nudge_volume_db")]
    value = next(v for k, v in cards[0].params.items() if k in ("gain_db", "delta_db"))
    assert cards[0].track == track and value * sign > 0, ans.text


def test_no_gentle_cut_where_the_whole_mix_already_lacks_that_band() -> None:
    lean = clean(**tilted({"low_mid": -4.0}))
    ans = advise_rock("how do i make the mix less muddy", analysis=lean)
    assert not ans.suggestions, ans.text
    assert ans.text.startswith("No"), ans.text


def test_the_yes_no_about_a_typical_mix_keeps_its_plain_no() -> None:
    ans = advise_rock("is my mix muddy?")
    assert ans.text.startswith("No: nothing in the low-mids"), ans.text
    assert not ans.suggestions


def test_a_harsh_how_to_on_a_mix_leaning_dull_says_it_measures_the_other_way() -> None:
    dull = Finding(FindingKind.DULL, 0.4, "The mix leans a little dull. The top end (4.5-10 kHz) falls away.",
                   {"band": "air"})  # fmt: skip
    ans = advise_rock("how do i make my mix less harsh", (dull,))
    assert ans.text.startswith("By the numbers it's the other way: the mix leans a little dull"), ans.text
    assert "I'd not cut the top" in ans.text, ans.text
    assert not any(c.params.get("gain_db", 0) > 0 for c in ans.suggestions), ans.text
