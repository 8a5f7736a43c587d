"""A destination named in a loudness question is judged with its own numbers, on the diagnosis's own scale; "is it
ok for broadcast?" is a loudness judgement there; "how do I get it louder?" gets the limiter craft on the mix's
numbers, after a fault that comes first. Found on a real song (-17.2 LUFS, true peak -0.4 dBTP): "loud enough for a
cd?" said "Yes ... fine for spotify", "ok for broadcast?" gave a 3 kHz EQ dip, "how do i get it louder?" asked back."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean, tilted
from fakes.band_sessions import context, level_finding, soul_snapshot

from benchmarks.answer_numbers import check_numbers
from companion.context import Advice, Analysis, FindingKind, Snapshot, TrackLevel, Turn
from companion.knowledge.targets import LOUDNESS_TARGETS, loudness_target
from companion.listening.diagnosis import diagnose
from model.answer import compose
from model.asked_platform import asked_target, platform_intent
from model.intent import classify
from model.phrasing import Answer
from model.platform_level import LEVEL_KINDS, on_platform

SONG = clean(integrated_lufs=-17.2, true_peak_dbtp=-0.4, sample_peak_dbfs=-0.6, plr_db=16.8)
"""The real song's numbers: 3.2 LU under Spotify, peaks over its -1 dBTP ceiling, far from squashed."""


def _ask(
    question: str,
    analysis: Analysis = SONG,
    snapshot: Snapshot | None = None,
    extra: tuple = (),
    history: tuple[Turn, ...] = (),
) -> Answer:
    findings = tuple(diagnose(analysis, snapshot)) + tuple(extra)
    return compose(context(question, snapshot, analysis, findings, history))


def _cards(ans: Answer) -> list[tuple[str, str | None, dict]]:
    return [(s.action, s.track, dict(s.params)) for s in ans.suggestions]


def _numbers_ok(question: str, ans: Answer, analysis: Analysis = SONG) -> bool:
    ctx = context(question, None, analysis, tuple(diagnose(analysis)))
    return all(c.ok for c in check_numbers(ctx, Advice(ans.text, ans.suggestions)))


@pytest.mark.parametrize(
    ("question", "head", "says", "card"),
    [
        (
            "is it loud enough for a cd?",
            "Not for a release: integrated loudness is -17.2 LUFS, 6.7 LU under the CD target of -10.5 LUFS",
            "(ceiling -0.3 dBTP)",
            {"input_gain_db": 7.0, "ceiling_dbtp": -0.3},
        ),
        ("loud enough for apple music?", "Yes: -17.2 LUFS", "sits fine for Apple Music (-16 LUFS", None),
        (
            "is it ok for broadcast?",
            "No, it's too loud for EBU R128 broadcast: integrated loudness is -17.2 LUFS, 5.8 LU over the EBU target "
            "of -23 LUFS",
            "with a -1 dBTP ceiling",
            {"input_gain_db": -6.0, "ceiling_dbtp": -1.0},
        ),
        ("too loud for youtube?", "No: -17.2 LUFS", "sits fine for YouTube (-14 LUFS", None),
    ],
)
def test_the_platform_named_is_judged_with_its_own_numbers(
    question: str, head: str, says: str, card: dict | None
) -> None:
    ans = _ask(question)
    assert ans.text.startswith(head), ans.text
    assert says in ans.text and "Spotify" not in ans.text and "spotify" not in ans.text
    assert _cards(ans) == ([("limiter", None, card)] if card else [])
    assert _numbers_ok(question, ans)


@pytest.mark.parametrize("target", sorted(LOUDNESS_TARGETS))
@pytest.mark.parametrize("lufs", [-30.0, -23.5, -19.0, -17.2, -14.0, -12.0, -9.0, -6.0])
def test_an_asked_platform_is_judged_as_that_platform_would_be_as_the_default(
    target: str, lufs: float
) -> None:
    a = clean(integrated_lufs=lufs)
    judged = on_platform(context("q", None, a, tuple(diagnose(a))), loudness_target(target))

    def levels(findings: tuple) -> list[tuple[FindingKind, float]]:
        return [(f.kind, f.severity) for f in findings if f.kind in LEVEL_KINDS]

    assert levels(judged.findings) == levels(tuple(diagnose(a, target=target)))


@pytest.mark.parametrize(
    ("target", "words"), [("cd", "for a cd"), ("ebu", "for broadcast"), ("apple", "on apple music")]
)
@pytest.mark.parametrize("lufs", [-24.0, -17.2, -14.0, -9.0])
def test_the_verdict_is_the_same_asked_by_name_or_set_as_the_target(
    target: str, words: str, lufs: float
) -> None:
    a = clean(integrated_lufs=lufs)
    named = _ask(f"is it loud enough {words}?", a)
    as_target = context("is it loud enough?", None, a, tuple(diagnose(a, target=target)))
    default = compose(dataclasses.replace(as_target, target=target))
    assert named.text.split(":")[0] == default.text.split(":")[0], (named.text, default.text)


@pytest.mark.parametrize(
    "question",
    ["is it ok for broadcast?", "ok for radio?", "ready for spotify?", "good for youtube?", "is this ready for a cd?",
     "can i upload it to youtube as is?", "does it meet the broadcast spec?"],
)  # fmt: skip
def test_a_delivery_question_is_a_loudness_judgement_on_that_platform(question: str) -> None:
    intent = platform_intent(classify(question), question)
    assert intent.complaint == "loudness" and intent.about_master and not intent.instruments
    harsh = dataclasses.replace(
        SONG, **tilted({"high_mid": 8.0})
    )  # a fault that would answer an open question
    ans = _ask(question, harsh)
    assert "LUFS" in ans.text and not any(action == "eq_band" for action, _, _ in _cards(ans)), ans.text


def test_delivery_verdicts_follow_the_level_and_the_peaks_there() -> None:
    assert _ask("ready for spotify?", clean()).text.startswith("Yes: -14.2 LUFS")
    close = _ask("good for youtube?", clean(true_peak_dbtp=-0.4)).text
    assert close.startswith("Close: -14.2 LUFS") and "over the -1 dBTP ceiling" in close
    assert _ask("ok for radio?").text.startswith("No, it's too loud for EBU R128 broadcast:")
    assert _ask("is this ready for a cd?").text.startswith("No, it's too quiet for CD:")


def test_a_delivery_question_still_names_a_fault_waiting_before_it_goes_out() -> None:
    horns = level_finding("Horns", "horn parts", 10.0, fader_db=4.0)
    ans = _ask("ready for spotify?", clean(), soul_snapshot(), (horns,))
    assert (
        ans.text.startswith("For loudness, yes: -14.2 LUFS")
        and "Before it goes out, though: 'Horns'" in ans.text
    )
    assert _cards(ans)[0][:2] == ("nudge_volume_db", "Horns") and _cards(ans)[0][2]["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "name"),
    [("ok for radio?", "ebu"), ("is it radio ready?", None), ("does it sound like stuff on the radio?", None),
     ("loud enough for cds?", "cd"), ("is it ok on tv?", "ebu"), ("too quiet for apple music?", "apple")],
)  # fmt: skip
def test_the_destination_is_read_from_its_words_not_from_an_idiom(question: str, name: str | None) -> None:
    t = asked_target(question)
    assert (t.name if t is not None else None) == name


@pytest.mark.parametrize(
    "question",
    ["how do i get it louder?", "how can i make my mix as loud as commercial tracks", "How do I make the mix louder?",
     "how do i increase the loudness?"],
)  # fmt: skip
def test_a_louder_how_to_gets_the_limiter_craft_on_the_mix_numbers(question: str) -> None:
    ans = _ask(question)
    text = ans.text
    assert text.startswith(
        "You're at -17.2 LUFS integrated with the true peak at -0.4 dBTP, 3.2 LU under Spotify's"
    )
    assert "Put a limiter last on the master with a -1 dBTP ceiling and bring it up about 3 dB" in text
    assert "peak-to-loudness ratio (it's 16.8 dB now)" in text and "pumps" in text
    assert _cards(ans) == [("limiter", None, {"input_gain_db": 3.0, "ceiling_dbtp": -1.0})]
    assert _numbers_ok(question, ans)


def test_louder_for_the_platform_asked_uses_its_target_and_ceiling() -> None:
    ans = _ask("how do I make it louder for a cd?")
    assert "6.7 LU under CD's -10.5 LUFS" in ans.text and "-0.3 dBTP ceiling" in ans.text
    assert "turns it down" not in ans.text  # nothing turns a CD down
    assert _cards(ans) == [("limiter", None, {"input_gain_db": 7.0, "ceiling_dbtp": -0.3})]


def test_at_the_target_louder_gets_turned_down_and_no_push_is_carded() -> None:
    ans = _ask("how do i get it louder?", clean())
    assert "already at Spotify's -14 LUFS: anything louder gets turned down" in ans.text
    assert "For a CD, where nothing turns it down, masters sit nearer -10.5 LUFS" in ans.text
    assert _cards(ans) == []


def test_over_the_target_the_move_is_back_off() -> None:
    ans = _ask("how do i get it louder?", clean(integrated_lufs=-9.0, plr_db=9.5))
    assert "5.0 LU over Spotify's -14 LUFS: it gets turned down there already" in ans.text
    assert _cards(ans)[0][0] == "limiter" and _cards(ans)[0][2]["input_gain_db"] == -5.0


def test_a_squashed_mix_is_not_told_to_push_harder() -> None:
    ans = _ask("how do i get it louder?", clean(integrated_lufs=-15.5, true_peak_dbtp=-9.5, plr_db=6.0))
    assert "And it's already squashed: peak-to-loudness ratio is only 6.0 dB" in ans.text
    assert all(card[2]["input_gain_db"] < 0 for card in _cards(ans))


def test_clipping_comes_first_and_the_limiter_ceiling_is_part_of_the_move() -> None:
    hot = dataclasses.replace(SONG, true_peak_dbtp=1.5, sample_peak_dbfs=0.0, plr_db=18.7)
    ans = _ask("how do i get it louder?", hot)
    assert ans.text.startswith("First the clipping: true peak reaches +1.5 dBTP.")
    assert "-1 dBTP ceiling, which also holds the peaks that clip now" in ans.text
    assert _cards(ans) == [("limiter", None, {"input_gain_db": 3.0, "ceiling_dbtp": -1.0})]


def test_a_part_far_too_loud_comes_before_the_limiter() -> None:
    horns = level_finding("Horns", "horn parts", 10.0, fader_db=4.0)
    ans = _ask("how do i make my mix louder?", SONG, soul_snapshot(), (horns,))
    assert ans.text.startswith("First the balance: 'Horns' sits about 10 dB louder")
    assert ans.text.index("'Horns'") < ans.text.index("3.2 LU under Spotify's -14 LUFS")
    cards = _cards(ans)
    assert cards[0][:2] == ("nudge_volume_db", "Horns") and cards[0][2]["delta_db"] < 0
    assert cards[1] == ("limiter", None, {"input_gain_db": 3.0, "ceiling_dbtp": -1.0})


def test_a_move_asked_or_a_part_talked_about_is_not_the_mix() -> None:
    assert _ask("make it louder").text.startswith("Turn what up")
    history = (Turn("user", "is the lead vocal too quiet?", None, None), Turn("assistant", "No.", None, None))
    ans = _ask("how do i get it louder?", SONG, soul_snapshot(), history=history)
    assert "LU under Spotify" not in ans.text and "'Lead Vocal'" in ans.text, ans.text


def test_clipping_with_a_part_hitting_full_scale_trims_that_part_before_the_push() -> None:
    snap = soul_snapshot()
    hot = dataclasses.replace(
        snap,
        tracks=tuple(
            dataclasses.replace(t, level=TrackLevel(-9.0, 0.0, 16.0)) if t.name == "Lead Vocal" else t
            for t in snap.tracks
        ),
    )
    clipping = dataclasses.replace(SONG, true_peak_dbtp=1.5, sample_peak_dbfs=0.0, plr_db=18.7)
    ans = _ask("how do i get it louder?", clipping, hot)
    assert ans.text.startswith("First the clipping:") and "trim 'Lead Vocal' first, it hits 0 dB" in ans.text
    cards = _cards(ans)
    assert cards[0][:2] == ("nudge_volume_db", "Lead Vocal") and cards[0][2]["delta_db"] < 0
    assert cards[-1] == ("limiter", None, {"input_gain_db": 3.0, "ceiling_dbtp": -1.0})


def _after(question: str, answer: str = "No.") -> tuple[Turn, ...]:
    return (Turn("user", question, None, None), Turn("assistant", answer, None, None))


def test_a_follow_up_keeps_the_destination_asked_before_and_gets_no_verdict() -> None:
    ans = _ask("how do i fix that?", history=_after("is it ok for broadcast?"))
    assert ans.text.startswith("Integrated loudness is -17.2 LUFS, 5.8 LU over the EBU target of -23 LUFS"), (
        ans.text
    )
    assert _cards(ans) == [("limiter", None, {"input_gain_db": -6.0, "ceiling_dbtp": -1.0})]
    louder = _ask("how do i get it louder then?", history=_after("is it loud enough for a cd?"))
    assert "6.7 LU under CD's -10.5 LUFS" in louder.text and "-0.3 dBTP ceiling" in louder.text


def test_how_much_after_the_louder_how_to_is_the_push_it_gave() -> None:
    ans = _ask("how much?", history=_after("how do i get it louder?", "You're at -17.2 LUFS ..."))
    assert ans.text.startswith("About 3 dB: put a limiter last on the master with a -1 dBTP ceiling"), (
        ans.text
    )
    assert _cards(ans) == [("limiter", None, {"input_gain_db": 3.0, "ceiling_dbtp": -1.0})]
