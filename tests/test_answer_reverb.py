"""Reverb questions: whether a track has one (from the session), how much (a return's fader card), and what a
mix file alone cannot tell."""

from __future__ import annotations

import pytest

from companion.context import Fx, FxParam, MixContext, Send, Snapshot, Track, TrackLevel
from companion.listening.diagnosis import diagnose
from model.answer_reverb import asks_presence
from model.rules import RulesAdvisor
from tests.fakes.analyses import clean

VERB = Fx(0, "VST: ReaVerbate (Cockos)", True, (FxParam(0, "Wet", 0.5, "-18.0 dB"),))
VALHALLA = Fx(0, "VST3: ValhallaSupermassive (Valhalla DSP, LLC)", True, ())


def session(with_reverb: bool) -> Snapshot:
    def t(i: int, name: str, **kw) -> Track:  # type: ignore[no-untyped-def]
        return Track(f"{{G{i}}}", i, name, kw.pop("vol", 0.0), level=TrackLevel(-18.0, -9.0, 20.0), **kw)

    tracks = [t(1, "Kick"), t(2, "Snare"), t(3, "Bass"), t(4, "Keys")]
    if with_reverb:
        tracks += [
            t(5, "Lead Vox", sends=(Send("{G6}", "Vox Verb", -12.0),)),
            t(6, "Vox Verb", vol=-6.0, fx=(VERB,)),
            t(7, "Pad", fx=(VALHALLA,)),
        ]
    else:
        tracks.append(t(5, "Lead Vox"))
    return Snapshot(tracks=tuple(tracks))


def ask(question: str, snapshot: Snapshot | None):  # type: ignore[no-untyped-def]
    analysis = clean()
    ctx = MixContext(question, None, snapshot, analysis, tuple(diagnose(analysis, snapshot)), ())
    return RulesAdvisor().advise(ctx)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is there reverb on the snare?", True),
        ("does the vocal have any reverb?", True),
        ("which tracks have reverb?", True),
        ("should I put reverb on the snare?", False),
        ("how do I add reverb to the vocal?", False),
        ("how much reverb is on the vocal?", True),
        ("is the reverb too much?", False),
    ],
)
def test_presence_is_asked_only_when_the_question_asks_what_is_there(question: str, asks: bool) -> None:
    assert asks_presence(question) is asks


def test_no_reverb_on_the_snare_is_a_no_naming_the_track() -> None:
    text = ask("is there reverb on the snare?", session(False)).text
    assert text.startswith("No: 'Snare' has no reverb (no reverb plug-in and no send to a reverb return)."), (
        text
    )
    assert "48% of 143 snares had reverb" in text


def test_a_send_to_a_return_is_a_yes_with_its_level() -> None:
    text = ask("is there any reverb on the vocal?", session(True)).text
    assert text.startswith("Yes: 'Lead Vox' has a send to 'Vox Verb' at -12.0 dB."), text


def test_a_third_party_reverb_plugin_is_recognised() -> None:
    text = ask("is there reverb on the pad?", session(True)).text
    assert text.startswith("Yes: 'Pad' has ValhallaSupermassive"), text


def test_too_much_reverb_with_a_return_gives_a_card_on_the_return() -> None:
    advice = ask("is the vocal too wet?", session(True))
    assert "bring the fader on 'Vox Verb' (it's at -6.0 dB now) down about 3 dB" in advice.text, advice.text
    assert [(s.track, s.params) for s in advice.suggestions] == [("Vox Verb", {"delta_db": -3.0})]
    more = ask("is the vocal too dry?", session(True))
    assert [(s.track, s.params) for s in more.suggestions] == [("Vox Verb", {"delta_db": 3.0})]


def test_a_mix_file_says_what_it_cannot_tell_and_how_to_check() -> None:
    text = ask("is the reverb too much?", None).text
    assert text.startswith("I can't tell from the mix file alone whether the mix has too much reverb"), text
    assert "mute the reverb return" in text and "--snapshot" in text
    snare = ask("is there reverb on the snare?", None).text
    assert snare.startswith("I can't tell from the mix file alone"), snare


def test_an_insert_reverb_gets_its_wet_level_in_words_and_no_guessed_card() -> None:
    snap = session(True)
    strings = Track("{G8}", 8, "Strings", 0.0, level=TrackLevel(-18.0, -9.0, 20.0), fx=(VERB,))
    advice = ask("are the strings too wet?", Snapshot(tracks=(*snap.tracks, strings)))
    assert "lower the Wet of the ReaVerbate on 'Strings' a few dB (now -18.0 dB)" in advice.text, advice.text
    assert advice.suggestions == ()


def test_how_much_reverb_is_said_without_a_yes() -> None:
    text = ask("how much reverb is on the vocal?", session(True)).text
    assert text.startswith("'Lead Vox' has a send to 'Vox Verb' at -12.0 dB."), text
