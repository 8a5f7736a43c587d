"""Question shapes found after set 54's one run: "why does my whole mix duck n pump on every beat?" hears the mix
pumping (a part too loud driving the master), never asks for a sidechain; "is something in the mix way too hot or do
i need a diff limiter?" is met in its own words ("Yes, something in the mix is:"), and a limiter heard pumping gets
the mechanism; "sounds dark n dull, thinking of a high shelf on the master" proposes a lift, never a cut; "the kick
just vanishes.. is the bass cranked too much?" guesses the bass, which leads when it is the part measured off (a
level remark on the kick would otherwise speak first), and "cranked too much" is where it sits, no move told; "should
it be louder or is it sitting where it should?" offers the good state second, and "polite" beside a level asked is a
timid level, not a dark top; "should i carve the organ with eq or is the bass just too quiet?" picks the level
against the plug-in ("It's too quiet, not the EQ:"); "sounds skeletal, like its just my voice n a fiddle" and "a hole
between the gtrs" are a mix with a part missing, the parts named being what is heard around the gap; "the pads" are
the pad, not the pluck; "turn em up a notch or leave em where they r?" picks a side even when read as a how-to; "does
the hook still come thru or did i bury it?" after a cut asks whether the part is still heard ("Yes, it still comes
through:" or "No, the cut went too far:"); "hows the bass gelling with the kick?" is no yes/no; "my words get lost
under the beat, is my vocal too low?" leaves the beat out of the verdict; "how do i get my vocal more upfront, like
right in ur face?" wishes the vocal forward, no complaint of it too loud; "a wobbly blob" of a low end is no pumping;
"is it the limiter or is something too loud in there?" is met the same way ("Nothing's too hot, but one part is off:"
when a part is low, the limiter's own numbers when nothing is off); "can you still hear it or did i lose it?" is the
still-heard side too; "is gtr r too far to the left?" is a pan; "should i pull them or eq them?" on parts with
nothing off is "Neither needs it"; "mixed the drums down 10 already, does everything sit right now or is something
else poking out" reports a move and asks the rest of the mix (a lean alone left is "nothing else needs fixing"); "how
much should i cut the gtrs?" after "the gtrs sound harsh" sizes the EQ dip, and "how many db should i dip the boom on
the acoustic?" with no boom measured is "Little, if any:"."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from companion.context import Turn
from model.each_part import _only_beside
from model.intent import classify
from model.intent_claim import mix_claim
from model.intent_forms import OR_FINE_TAIL
from model.master_top_cut import proposes_top_cut
from model.move_or_leave import offered_way
from model.overshoot import said_overshot
from model.overshoot_verdict import PRESENCE_FIRST
from model.pump_cause import PUMP
from model.reported_move import reports_move
from model.still_verdict import STILL_Q
from model.tool_or_fader import offered


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("why does my whole mix duck n pump on every beat? like its breathing in n out w the drums", None),
        ("why is my whole track pumping every time the beat hits?", None),
        ("how do i get the pad to pump with the kick?", "sidechain"),
    ],
)
def test_the_mix_heard_pumping_is_no_sidechain_asked(question: str, technique: str | None) -> None:
    assert classify(question).technique == technique


@pytest.mark.parametrize(
    ("question", "cut"),
    [
        ("whole mix sounds kinda dark n dull to me.. thinking of a high shelf on the master", False),
        ("would a high shelf on the master bus brighten it up?", False),
        ("shelf down the highs on my mix bus?", True),
        ("the mix is harsh, high shelf on the master?", True),
        ("cut the highs on the master?", True),
    ],
)
def test_a_high_shelf_on_a_dark_mix_is_a_lift(question: str, cut: bool) -> None:
    assert proposes_top_cut(question) is cut


@pytest.mark.parametrize(
    ("question", "complaint", "tone"),
    [
        (
            "bass feels a bit polite next to the kick, should it be louder or is it sitting where it should",
            "quiet",
            None,
        ),
        # a raise asked of the part is its quiet side, as "turn it up?" is
        ("snare hit feels soft n polite, should i crank the clap up a few db?", "quiet", None),
        ("the whole mix sounds a bit polite up top", "dull", None),
    ],
)
def test_polite_beside_a_level_asked_is_a_level(question: str, complaint: str, tone: str | None) -> None:
    intent = classify(question)
    assert (intent.complaint, intent.tone) == (complaint, tone)


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("should it be louder or is it sitting where it should", True),
        ("should the snare come up or is it sitting right?", True),
        ("should the piano be louder or is it at the right level?", True),
        ("is the bass boomy or is it fine?", True),
        ("should it be louder or is it too muddy?", False),
    ],
)
def test_the_good_state_offered_second(question: str, found: bool) -> None:
    assert (OR_FINE_TAIL.search(question) is not None) is found


@pytest.mark.parametrize(
    ("question", "claim", "instruments"),
    [
        (
            "song sounds skeletal, like its just my voice n a fiddle floating in space. where do i even start",
            "lack",
            (),
        ),
        (
            "something feels missing in the middle of the mix, like a hole between the gtrs. what r u picking up",
            "lack",
            (),
        ),
        ("it sounds bare, like its just drums and a singer. what do you hear?", "lack", ()),
        ("the vocal sounds thin, what do you hear?", None, ("vocal",)),
    ],
)
def test_the_parts_heard_around_a_gap_are_not_asked(
    question: str, claim: str | None, instruments: tuple[str, ...]
) -> None:
    assert mix_claim(question) == claim
    assert classify(question).instruments == instruments


@pytest.mark.parametrize(
    ("question", "overshot"),
    [
        ("dropped the pluck 10 db, does the hook still come thru or did i bury it", True),
        ("took the pad down 10, did i lose it now?", True),
        ("have we buried the vocal?", True),
        ("is the vocal buried?", False),
    ],
)
def test_a_cut_feared_to_have_buried_the_part(question: str, overshot: bool) -> None:
    assert said_overshot(question) is overshot


@pytest.mark.parametrize(
    ("clause", "fault_asked"),
    [
        ("does it still come thru", False),
        ("does the vocal still cut through", False),
        ("is it still too loud", True),
    ],
)
def test_still_heard_is_a_good_state_kept(clause: str, fault_asked: bool) -> None:
    assert (STILL_Q.search(clause) is not None) is fault_asked


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("pads feel kinda thin n far away.. turn em up a notch or leave em where they r?", "up"),
        ("horns kinda feel distant.. bring em up or leave em?", "up"),
        ("turn em down or leave em?", "down"),
    ],
)
def test_a_move_on_em_offered_against_leaving_it(question: str, way: str) -> None:
    assert offered_way(question) == way


@pytest.mark.parametrize(
    ("question", "said", "beside"),
    [
        ("bass feels a bit polite next to the kick, should it be louder", "kick", True),
        ("my lyrics get lost under the beat, is my vocal just too low", "beat", True),
        ("can barely pick out the keys when the horns n bvs come in", "bvs", True),
        ("how are the kick and the clap?", "clap", False),
    ],
)
def test_a_part_set_beside_the_one_asked(question: str, said: str, beside: bool) -> None:
    assert _only_beside(question, said) is beside


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        (
            "hw do i get my vocal more upfront n intimate, like right in ur face? what comp settings n eq moves",
            None,
        ),
        ("how do i get the vocal right up front, in your face?", None),
        ("the snare is right in your face, is it too much?", "loud"),
    ],
)
def test_in_your_face_wished_is_no_complaint(question: str, complaint: str | None) -> None:
    assert classify(question).complaint == complaint


@pytest.mark.parametrize(
    ("text", "pumping"),
    [
        ("low end is one big wobbly blob", False),
        ("the whole track pumps n wobbles", True),
        ("it breathes weird", True),
    ],
)
def test_a_wobbly_blob_is_no_pump(text: str, pumping: bool) -> None:
    assert (PUMP.search(text) is not None) is pumping


@needs_fluidsynth
def test_something_in_the_mix_too_hot_is_met_in_its_words() -> None:
    advice = ask_once(
        "soul",
        "Drums +10",
        "my limiter is pumping hard, is something in the mix way too hot or do i need a better limiter?",
    )
    assert advice.text.startswith("Yes, something in the mix is: 'Drums' sits about 7 dB louder")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Drums", {"delta_db": -5.5})


@needs_fluidsynth
def test_the_whole_mix_pumping_names_the_loud_part() -> None:
    advice = ask_once("rock", "Kick +10", "why does my whole mix duck and pump on every beat?")
    assert advice.text.startswith("Because 'Kick' sits about 12 dB louder")
    assert "that's the pump" in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Kick", {"delta_db": -6.0})


@needs_fluidsynth
def test_a_high_shelf_on_a_dark_mix_is_never_called_a_cut() -> None:
    advice = ask_once(
        "folk",
        "clean",
        "mix sounds dark and dull, like a blanket over it.. thinking of a high shelf on the master?",
    )
    assert "A cut up there" not in advice.text
    assert "top end" in advice.text


@needs_fluidsynth
def test_the_bass_asked_after_the_kick_heard() -> None:
    advice = ask_once("rock", "Bass +10", "the kick just vanishes, is the bass cranked too much?")
    assert advice.text.startswith("Yes, it's 'Bass': 'Bass' sits about 10 dB louder")
    assert "too far" not in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Bass", {"delta_db": -6.0})


@needs_fluidsynth
def test_louder_or_sitting_where_it_should() -> None:
    clean = ask_once(
        "soul_kit",
        "clean",
        "bass feels a bit polite next to the kick, should it be louder or is it sitting where it should?",
    )
    assert clean.text.startswith("No, it's fine: nothing I measured says 'Bass' is too low.")
    assert "'Kick'" not in clean.text and "dull" not in clean.text
    low = ask_once(
        "soul_kit",
        "Bass -10",
        "bass feels a bit polite, should it be louder or is it sitting where it should?",
    )
    assert low.text.startswith("Yes: 'Bass' sits about 11 dB quieter")


@needs_fluidsynth
def test_the_level_picked_against_the_eq() -> None:
    advice = ask_once(
        "soul_kit",
        "Bass -10",
        "bass disappears once the organ comes in, should i carve the organ with eq or is the bass just too quiet?",
    )
    assert advice.text.startswith("It's too quiet, not the EQ: 'Bass' sits about 11 dB quieter")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Bass", {"delta_db": 6.0})


@needs_fluidsynth
def test_a_gap_names_the_part_missing() -> None:
    skeletal = ask_once(
        "folk",
        "Acoustic Gtr -10",
        "song sounds skeletal, like its just my voice and a fiddle. where do i start?",
    )
    assert skeletal.text.startswith("Start here: 'Acoustic Gtr' sits about 9 dB quieter")
    hole = ask_once(
        "rock",
        "Keys -10",
        "something feels missing in the mix, like a hole between the gtrs. what do you hear?",
    )
    assert (hole.suggestions[0].track, hole.suggestions[0].params) == ("Keys", {"delta_db": 6.0})
    assert "'Gtr" not in hole.text


@needs_fluidsynth
def test_the_pads_offered_up_or_left() -> None:
    advice = ask_once("pop", "clean", "pads feel thin.. turn em up a notch or leave em where they are?")
    assert advice.text.startswith("Leave them: nothing I measured says 'Pad' is too low.")
    assert "'Pluck Synth'" not in advice.text


@needs_fluidsynth
def test_still_comes_through_or_buried_after_a_cut() -> None:
    before = ("Pluck Synth +10", "the pluck is way too loud right?")
    kept = ask_after(
        "pop", before, "clean", "dropped the pluck 10 db, does the hook still come through or did i bury it?"
    )
    assert kept.text.startswith("Yes, it still comes through: the 'Pluck Synth' sitting too loud is gone")
    sunk = ask_after(
        "pop",
        before,
        "Pluck Synth -10",
        "dropped the pluck 20 db, does it still come through or did i bury it?",
    )
    assert sunk.text.startswith("No, the cut went too far: now 'Pluck Synth' is too low (13.4 dB)")
    assert (sunk.suggestions[0].track, sunk.suggestions[0].params) == ("Pluck Synth", {"delta_db": 6.0})


@needs_fluidsynth
def test_how_the_pair_gels_is_no_yes_or_no() -> None:
    advice = ask_once("soul_kit", "clean", "hows the bass gelling with the kick? anything weird down there?")
    assert not advice.text.startswith(("No:", "Yes:"))
    assert "go, yes" not in advice.text


@needs_fluidsynth
def test_the_beat_beside_the_vocal_gets_no_verdict() -> None:
    advice = ask_once("pop", "Lead Vocal -10", "my words get lost under the beat, is my vocal just too low?")
    assert advice.text.startswith("Yes, it's 'Lead Vocal': 'Lead Vocal' sits about 8 dB quieter")
    assert "'Kick': nothing" not in advice.text


@needs_fluidsynth
def test_limiter_or_something_too_hot() -> None:
    hot = ask_once(
        "pop", "Kick +10", "my limiter keeps pumping, is it the limiter or is something too loud in there?"
    )
    assert hot.text.startswith("Yes, something in the mix is: 'Kick' sits about 14 dB louder")
    low = ask_once("soul", "Bass -10", "is it my limiter or is something way too hot?")
    assert low.text.startswith("Nothing's too hot, but one part is off: 'Bass' sits about 10 dB quieter")
    assert (low.suggestions[0].track, low.suggestions[0].params) == ("Bass", {"delta_db": 6.0})
    clean = ask_once(
        "pop", "clean", "my limiter keeps pumping, is it the limiter or is something too loud in there?"
    )
    assert clean.text.startswith("Neither, as far as I can measure: the mix keeps")
    assert "peak-to-loudness" in clean.text


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("does the hook still come thru or did i bury it", True),
        ("is it still there or did i bury it", True),
        ("can you still hear it or did i lose it?", True),
        ("are they cutting through now or did i overdo it", True),
        ("did i bury it?", False),
    ],
)
def test_still_heard_set_against_a_cut_sinking_it(question: str, found: bool) -> None:
    assert (PRESENCE_FIRST.search(question) is not None) is found


@pytest.mark.parametrize(
    ("question", "technique"),
    [("is gtr r too far to the left?", "panning"), ("is the left gtr too far over to the left?", "panning")],
)
def test_too_far_to_a_side_is_a_pan(question: str, technique: str) -> None:
    assert classify(question).technique == technique


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("backing vox stepping on me, should i pull them or eq them?", ("the EQ", "fader")),
        ("pad is a bit much, should i pull it or eq it?", ("the EQ", "fader")),
        ("should i pull them back", None),
    ],
)
def test_a_bare_pull_offered_against_the_eq(question: str, pair: tuple[str, str] | None) -> None:
    found = offered(question, moves=True)
    assert (found[:2] if found else None) == pair


def test_a_cut_sized_after_a_tone_complaint_is_the_eq_dip() -> None:
    history = (
        Turn(role="user", content="the gtrs sound harsh, what do i do?"),
        Turn(role="assistant", content="..."),
    )
    intent = classify("how much should i cut the gtrs?", history)
    assert (intent.complaint, intent.technique) == ("harsh", "eq")
    assert classify("how much should i cut the gtrs?").technique is None


@needs_fluidsynth
def test_a_dip_of_a_tone_not_measured_is_little_if_any() -> None:
    advice = ask_once("folk", "clean", "how many db should i dip the boom on the acoustic?")
    assert advice.text.startswith("Little, if any: nothing I measured says 'Acoustic Gtr' is boomy.")


@pytest.mark.parametrize(
    ("question", "moved"),
    [
        (
            "mixed the drums down 10 already, does everything sit right now or is something else poking out",
            True,
        ),
        ("turned the drums down, is the mix balanced now or is anything else sticking out?", True),
        ("is the vocal mixed too low?", False),
    ],
)
def test_a_move_then_the_whole_mix_asked(question: str, moved: bool) -> None:
    assert reports_move(question) is moved


@needs_fluidsynth
def test_the_rest_of_the_mix_after_a_move_told() -> None:
    keys = ask_once(
        "rock",
        "Keys +10",
        "mixed the drums down 10 already, does everything sit right now or is something else poking out",
    )
    assert keys.text.startswith("It's 'Keys': 'Keys' sits level with your lead vocal")
    assert (keys.suggestions[0].track, keys.suggestions[0].params) == ("Keys", {"delta_db": -4.5})
    clean = ask_once(
        "rock",
        "clean",
        "mixed the drums down 10 already, does everything sit right now or is something else poking out",
    )
    assert clean.text.startswith(
        "Yes, it all sits now: nothing else needs fixing. At most, the mix leans a little harsh."
    )
    other = ask_once("rock", "clean", "turned the drums down, is anything else sticking out?")
    assert other.text.startswith("Nothing else needs fixing. At most, the mix leans a little harsh.")
