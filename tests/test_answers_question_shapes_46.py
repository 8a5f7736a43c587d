"""Question shapes about a part's tone said in the amateur's words: "spitty" is sibilance, which a de-esser treats
(not a 3 kHz dip); "nasal"/"honky" lives around 1 kHz (800 Hz-1.5 kHz), not in a part's mud at 250-500 Hz;
"can i make the horns less nasal?" asks how (as "how can I" does), never "No:" and stop; and a statement closed
by "fix?" or "fix it?" asks for the fix."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, soul_snapshot

from model.intent import Wants, classify
from model.intent_wish import wish
from model.nasal import NASAL_AREA, said_nasal
from model.rules import RulesAdvisor
from model.tone_home import craft_areas


def advise_soul(question: str):
    return RulesAdvisor().advise(context(question, soul_snapshot(), clean()))


@pytest.mark.parametrize(
    "question",
    ["vocal sounds kinda spitty, how do i make it less spitty", "can you make the vocal less spitty"],
)
def test_spitty_is_sibilance_and_gets_a_de_esser_not_a_3k_dip(question: str) -> None:
    intent = classify(question)
    assert intent.technique == "deessing"
    advice = advise_soul(question)
    assert advice.text.startswith("Put a de-esser on 'Lead Vocal'"), advice.text
    assert "5-8 kHz" in advice.text
    assert not any(s.params.get("freq_hz") == 3000 for s in advice.suggestions)


@pytest.mark.parametrize(
    ("text", "complaint", "nasal"),
    [
        ("can i make the horns less nasal?", "boxy", True),
        ("horns are honky", "boxy", True),
        ("sounds like it's through the nose", "boxy", True),
        ("can i make the horns less boxy?", "boxy", False),
        ("the vocal is nasal and harsh", "harsh", False),
    ],
)
def test_said_nasal_only_for_the_boxy_complaint_worded_nasal(text: str, complaint: str, nasal: bool) -> None:
    assert said_nasal(text, complaint) is nasal


def test_a_nasal_cut_works_at_800_hz_to_1_5_khz_and_a_boxy_one_keeps_the_parts_mud() -> None:
    assert craft_areas("keys", "boxy", ("box", "ring", "mud"), True, "horns less nasal") == [NASAL_AREA]
    assert (NASAL_AREA.lo_hz, NASAL_AREA.hi_hz) == (800.0, 1500.0)
    boxy = craft_areas("keys", "boxy", ("box", "ring", "mud"), True, "horns less boxy")
    assert [(a.name, a.lo_hz, a.hi_hz) for a in boxy] == [("mud", 250, 500)]


def test_horns_less_nasal_dips_the_horns_near_1_khz_with_no_mud_remark() -> None:
    advice = advise_soul("can i make the horns less nasal?")
    assert advice.text.startswith("On 'Horns', dip 3 dB around 1.1 kHz"), advice.text
    assert "nasal range (800 Hz-1.5 kHz)" in advice.text
    assert "mud" not in advice.text
    card = advice.suggestions[0]
    assert card.track == "Horns" and card.params["freq_hz"] == 1100 and card.params["gain_db"] == -3.0


@pytest.mark.parametrize(
    ("question", "is_wish"),
    [
        ("can i make the vocal less harsh?", True),
        ("could we get the horns less nasal", True),
        ("can i make the bass punchier", True),
        ("can i get away with no compressor on the bass?", False),
        ("can i make the vocal less harsh? should i cut 3k", False),
        ("is the vocal harsh?", False),
    ],
)
def test_can_i_make_a_part_less_or_more_asks_how(question: str, is_wish: bool) -> None:
    assert wish(question) is is_wish


def test_can_i_make_the_vocal_less_harsh_answers_the_move_not_no() -> None:
    advice = advise_rock("can i make the vocal less harsh?")
    assert classify("can i make the vocal less harsh?").wants == Wants.HOW_TO
    assert not advice.text.startswith("No"), advice.text
    assert advice.suggestions and advice.suggestions[0].track == "Lead Vox"
    assert advice.suggestions[0].params["gain_db"] < 0


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("the vocal is kinda harsh, fix?", Wants.HOW_TO),
        ("bass is muddy. fix it?", Wants.HOW_TO),
        ("the vocal is kinda nasal, how to fix?", Wants.HOW_TO),
        ("is the bass muddy?", Wants.JUDGE),
    ],
)
def test_a_statement_closed_by_fix_asks_for_the_fix(question: str, wants: str) -> None:
    assert classify(question).wants == wants


def test_bass_muddy_fix_it_dips_the_bass_mud() -> None:
    advice = advise_soul("bass is muddy, fix it?")
    assert advice.text.startswith("On 'Bass', dip"), advice.text
    card = advice.suggestions[0]
    assert card.track == "Bass" and card.params["gain_db"] == -3.0 and 200 <= card.params["freq_hz"] <= 400


def _with_eq(snapshot, name: str, hpf_hz: float, bands: tuple[tuple[float, float], ...] = ()):
    """The session with one track's ReaEQ set: a high-pass at ``hpf_hz`` and (freq Hz, gain dB) bells."""
    import dataclasses

    from companion.context import Fx, FxParam
    from companion.knowledge.reaeq import gain_norm

    params = [
        FxParam(0, "Freq-High Pass 1", 0.2, f"{hpf_hz:.1f}"),
        FxParam(1, "Gain-High Pass 1", 0.5, "+0.0"),
    ]
    for i, (hz, gain) in enumerate(bands, start=2):
        params += [
            FxParam(2 * i, f"Freq-Band {i}", 0.4, f"{hz:.1f}"),
            FxParam(2 * i + 1, f"Gain-Band {i}", gain_norm(gain), f"{gain:+.1f}"),
        ]
    eq = Fx(0, "VST: ReaEQ (Cockos)", True, tuple(params))
    tracks = tuple(dataclasses.replace(t, fx=(eq,)) if t.name == name else t for t in snapshot.tracks)
    return dataclasses.replace(snapshot, tracks=tracks)


def test_a_high_pass_well_above_real_mixes_is_too_hard_and_brought_down_to_their_median() -> None:
    from fakes.band_sessions import rock_snapshot

    snap = _with_eq(rock_snapshot(), "Hats", 900.0)
    advice = advise_rock("did i high-pass stuff too hard?", snapshot=snap)
    assert advice.text.startswith("Yes, on 'Hats': its high-pass sits at 900 Hz"), advice.text
    card = advice.suggestions[0]
    assert (card.action, card.track, card.params["freq_hz"]) == ("high_pass", "Hats", 259)


def test_a_high_pass_inside_real_mixes_is_not_too_hard() -> None:
    from fakes.band_sessions import rock_snapshot

    snap = _with_eq(rock_snapshot(), "Hats", 300.0)
    advice = advise_rock("are my high passes too high?", snapshot=snap)
    assert advice.text.startswith("No: 'Hats' at 300 Hz"), advice.text
    assert "EQ makes room" not in advice.text and not advice.suggestions


def test_what_does_my_eq_do_reads_the_tracks_own_eq_back() -> None:
    from fakes.band_sessions import rock_snapshot

    snap = _with_eq(rock_snapshot(), "Lead Vox", 100.0, ((250.0, -2.0), (3200.0, 2.0)))
    advice = advise_rock("what is my eq doing on the vocal", snapshot=snap)
    assert advice.text.startswith(
        "Your EQ: 'Lead Vox': a high-pass at 100 Hz, a 2.0 dB cut at 250 Hz (the low-mids, where mud sits) and "
        "a 2.0 dB boost at 3.2 kHz (the upper mids, the bite)."
    ), advice.text


@pytest.mark.parametrize(
    "question", ["vocal has too much sibilance", "the s sounds on the vocal are too loud"]
)
def test_too_much_sibilance_is_the_de_essers_job_not_the_fader(question: str) -> None:
    assert classify(question).complaint == "loud"  # read as an excess; the de-esser answers it
    advice = advise_soul(question)
    assert advice.text.startswith("Put a de-esser on 'Lead Vocal'"), advice.text
    assert not any(s.action == "nudge_volume_db" for s in advice.suggestions)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("is the reaeq on the horns doing this?", "eq"),
        ("should i bypass the reacomp on the vocal", "compressor"),
        ("is it the reaverb on the snare?", "reverb"),
    ],
)
def test_reapers_own_plugins_named_are_blamed_as_their_type(question: str, kind: str) -> None:
    from model.plugin_blamed import blamed_plugin

    blame = blamed_plugin(question)
    assert blame is not None and blame.kind == kind


def test_the_reaeq_blamed_on_a_part_at_the_wrong_level_is_cleared_and_the_fader_given() -> None:
    from fakes.band_sessions import level_finding

    assert classify("is it the reaeq on the horns?").technique == "eq"
    loud = level_finding("Horns", "horn sections", 7.0)
    advice = RulesAdvisor().advise(
        context("is the reaeq on the horns doing this?", soul_snapshot(), clean(), (loud,))
    )
    assert advice.text.startswith("No: your ReaEQ on 'Horns'"), advice.text
    card = advice.suggestions[0]
    assert card.track == "Horns" and card.params["delta_db"] < 0


def test_a_high_pass_asked_of_a_part_at_the_wrong_level_keeps_the_fader_answer() -> None:
    from fakes.band_sessions import level_finding, rock_snapshot

    quiet = level_finding("Bass", "basses", -9.0)
    snap = _with_eq(rock_snapshot(), "Bass", 35.0)
    advice = advise_rock("cant feel the bass, is my high pass set too high on it?", (quiet,), snapshot=snap)
    assert advice.suggestions and advice.suggestions[0].track == "Bass"
    assert advice.suggestions[0].params["delta_db"] > 0, advice.text


def test_eq_settings_read_back_then_the_level_fault_no_eq_fixes() -> None:
    from fakes.band_sessions import level_finding, rock_snapshot

    loud = level_finding("Bass", "basses", 10.0)
    snap = _with_eq(rock_snapshot(), "Bass", 35.0, ((800.0, 1.5),))
    advice = advise_rock("whats my eq doing on the bass", (loud,), snapshot=snap)
    assert advice.text.startswith("Your EQ: 'Bass': a high-pass at 35 Hz and a 1.5 dB boost at 800 Hz"), (
        advice.text
    )
    assert "What your EQ can't fix: 'Bass' sits about 10 dB louder" in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize("question", ["too much sub on the bass?", "is there too much sub in the pad"])
def test_too_much_sub_is_a_boomy_complaint_not_a_level_one(question: str) -> None:
    assert classify(question).complaint == "boomy"


def _boomy_shelf():
    from companion.context import Finding, FindingKind

    return Finding(
        FindingKind.BOOMY,
        0.32,
        "The mix leans a little boomy. The low end (below 100 Hz): 7.8 dB heavier, like a low-shelf boost.",
        {
            "shape": "a low shelf at 100 Hz",
            "shape_center_hz": 100,
            "range_hz": [20.0, 160.0],
            "deviation_db": 7.8,
        },
    )


def test_a_low_shelf_build_up_is_not_blamed_on_a_part_high_passed_above_it() -> None:
    from fakes.band_sessions import rock_snapshot

    from model.evidence import tonal_overlapping
    from model.session_view import SessionView

    lean = _boomy_shelf()
    high = SessionView(_with_eq(rock_snapshot(), "Keys", 150.0)).named("Keys")
    low = SessionView(_with_eq(rock_snapshot(), "Keys", 60.0)).named("Keys")
    ctx = context("is the keys boomy", rock_snapshot(), clean(), (lean,))
    assert tonal_overlapping(ctx, "keys", high) == ()
    assert tonal_overlapping(ctx, "keys", low) == (lean,)
    assert tonal_overlapping(ctx, "keys") == (lean,)


def test_is_the_keys_boomy_with_its_high_pass_above_the_build_up_answers_no() -> None:
    from fakes.band_sessions import rock_snapshot

    snap = _with_eq(rock_snapshot(), "Keys", 150.0)
    advice = advise_rock("is the keys boomy", (_boomy_shelf(),), snapshot=snap)
    assert advice.text.startswith("No: nothing I measured says 'Keys' is boomy"), advice.text
    assert "keys range" not in advice.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("rhodes and strings levels ok?", "'Strings' is fine: nothing I measured says it is out of line"),
        ("are the rhodes and strings muddy", "'Strings': nothing I measured says it is muddy"),
    ],
)
def test_a_yes_no_on_two_parts_gives_the_second_its_word(question: str, said: str) -> None:
    advice = advise_soul(question)
    assert "'Rhodes'" in advice.text and said in advice.text, advice.text


def test_two_parts_fine_beside_a_lean_are_both_fine_on_their_own() -> None:
    from model.focus import Focus
    from model.lean_part_opening import lean_part_opening
    from model.phrasing import Answer
    from model.session_view import SessionView

    lean = _boomy_shelf()
    for question, opening in (
        ("how are the kick and the bass", "Both fine on their own; at most this:"),
        ("hows the kick", "Fine on its own; at most this:"),
    ):
        focus = Focus(classify(question), (), SessionView(None))
        ans = lean_part_opening(focus, Answer("Possibly: the mix leans a little boomy.", [], lean))
        assert ans.text == f"{opening} the mix leans a little boomy.", ans.text
