"""A plug-in on a part blamed for what is heard (model/plugin_blamed.py, model/answer_plugin.py): the part's plug-in
of that type, read from the snapshot, decides the verdict; the measured cause follows when it is not the plug-in."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.band_sessions import COMP, advise_rock, guitar_masks_vocal, level_finding, rock_snapshot

from companion.context import Fx, FxParam, Snapshot
from companion.knowledge import reaeq
from model.plugin_blamed import blamed_plugin


def _reaeq(*bands: tuple[float, float], enabled: bool = True) -> Fx:
    """A ReaEQ with a high-pass at 80 Hz and one bell per (frequency, gain) given, as REAPER lists it."""
    params = [FxParam(0, "Freq-High Pass 1", 0.2, "80.0"), FxParam(1, "Gain-High Pass 1", 0.5, "+0.0")]
    for n, (hz, gain) in enumerate(bands, start=2):
        base = len(params)
        params += [
            FxParam(base, f"Freq-Band {n}", 0.5, f"{hz:.1f}"),
            FxParam(base + 1, f"Gain-Band {n}", round(reaeq.gain_norm(gain), 4), f"{gain:+.1f}"),
            FxParam(base + 2, f"Q-Band {n}", 0.5, "1.00"),
        ]
    return Fx(0, "VST: ReaEQ (Cockos)", enabled, tuple(params))


def _with_fx(name: str, *fx: Fx) -> Snapshot:
    snap = rock_snapshot()
    return dataclasses.replace(
        snap, tracks=tuple(dataclasses.replace(t, fx=fx) if t.name == name else t for t in snap.tracks)
    )


@pytest.mark.parametrize(
    ("question", "kind", "part", "removal"),
    [
        ("is the eq on the guitar causing that?", "eq", "guitar", False),
        ("is my compressor making the vocal dull?", "compressor", "vocal", False),
        ("did my eq kill the bass?", "eq", "bass", False),
        ("should i just bypass the eq on the keys?", "eq", "keys", True),
        ("is the guitar eq the problem?", "eq", "guitar", False),
        ("could it be the vocal reverb?", "reverb", "vocal", False),
        ("turn the snare comp off?", "compressor", "snare", True),
    ],
)
def test_a_plugin_blamed_on_a_part(question: str, kind: str, part: str, removal: bool) -> None:
    blame = blamed_plugin(question)
    assert blame is not None and (blame.kind, blame.part, blame.removal) == (kind, part, removal)


@pytest.mark.parametrize(
    "question",
    [
        "vocal is hard to hear, is it my compression?",  # no part tied to the plug-in: the other paths answer
        "is the limiter squashing my snare?",  # a limiter is the master's
        "is the eq on the master causing that?",
        "should i add an eq on the keys?",
    ],
)
def test_not_a_plugin_on_a_part_blamed(question: str) -> None:
    assert blamed_plugin(question) is None


def test_a_reaeq_boost_where_the_part_covers_another_is_the_cause() -> None:
    snap = _with_fx("Gtr L", _reaeq((400.0, -2.0), (1000.0, 10.0)))
    advice = advise_rock(
        "is the eq on the left guitar causing that?",
        (level_finding("Gtr L", "guitars", 7.0), guitar_masks_vocal()),
        snapshot=snap,
    )
    assert advice.text.startswith(
        "Yes, most likely: your ReaEQ on 'Gtr L' boosts +10.0 dB (Band 3) around 1 kHz, right in the range where it "
        "covers 'Lead Vox' (800 Hz-2 kHz)."
    ), advice.text
    assert "bypass the ReaEQ" in advice.text and "raises the overall level of 'Gtr L'" in advice.text
    card = advice.suggestions[0]
    assert card.action == "eq_band" and card.track == "Gtr L" and card.params["gain_db"] < 0
    cmd = card.command
    assert cmd is not None and (cmd.action, cmd.fx_index, cmd.param_index) == ("set_fx_param", 0, 6)
    target = reaeq.gain_db(cmd.value)
    assert target == pytest.approx(10.0 + card.params["gain_db"], abs=0.05)
    assert cmd.undo_label == f"MixAssist: Gtr L ReaEQ Band 3 +10.0 -> {target:+.1f} dB"
    assert f"+10.0 -> {target:+.1f} dB" in advice.text  # the words say what the card does


def test_a_boost_without_a_masking_finding_is_set_back_to_flat() -> None:
    snap = _with_fx("Keys", _reaeq((3000.0, 6.0)))
    advice = advise_rock("is the eq on the keys making them harsh?", snapshot=snap)
    assert advice.text.startswith(
        "Yes, most likely: your ReaEQ on 'Keys' boosts +6.0 dB (Band 2) around 3 kHz, right in the harshness range"
    ), advice.text
    (card, *_) = advice.suggestions
    assert card.params == {"freq_hz": 3000, "gain_db": -6.0, "q": 1.0}
    assert card.command is not None and reaeq.gain_db(card.command.value) == pytest.approx(0.0, abs=0.01)


def test_a_flat_or_bypassed_reaeq_is_not_the_cause_and_the_measured_cause_follows() -> None:
    findings = (level_finding("Gtr L", "guitars", 7.0), guitar_masks_vocal())
    flat = advise_rock("is the eq on the vocal the reason i cant hear it?", findings,
                       snapshot=_with_fx("Lead Vox", _reaeq((250.0, -2.0), (3200.0, 2.0))))  # fmt: skip
    assert flat.text.startswith(
        "No: your ReaEQ on 'Lead Vox' has no cut of 3 dB or more: its bands: Band 2 -2.0 dB at 250 Hz, "
        "Band 3 +2.0 dB at 3.2 kHz."
    ), flat.text
    assert "'Gtr L'" in flat.text and flat.suggestions[0].track == "Gtr L"
    off = advise_rock("is the eq on the left guitar causing that?", findings,
                      snapshot=_with_fx("Gtr L", _reaeq((1000.0, 10.0), enabled=False)))  # fmt: skip
    assert off.text.startswith("No: the ReaEQ on 'Gtr L' is bypassed, so it isn't shaping anything."), (
        off.text
    )


def test_an_eq_whose_bands_cannot_be_read_is_said_so_with_the_check() -> None:
    other = Fx(1, "VST3: Tone EQ (ThirdParty)", True, (FxParam(0, "Param 1", 0.7, "+12.0 dB @ 1000 Hz"),))
    snap = _with_fx("Gtr L", _reaeq((250.0, -2.0)), other)
    advice = advise_rock("is the eq on the left guitar causing that?", (guitar_masks_vocal(),), snapshot=snap)
    assert advice.text.startswith(
        "Maybe: I can't read the bands of 'Tone EQ' on 'Gtr L' from here, and your ReaEQ on 'Gtr L' doesn't boost "
        "in the range where it covers 'Lead Vox' (800 Hz-2 kHz)"
    ), advice.text
    assert "bypass it with the level matched" in advice.text


def test_no_such_plugin_or_one_whose_share_cannot_be_heard_apart() -> None:
    none = advise_rock("is my compressor making the vocal dull?")
    assert none.text.startswith("No: there's no compressor on 'Lead Vox', so it isn't that."), none.text
    keys = advise_rock("should i just bypass the reverb on the keys?")
    assert keys.text.startswith("No: there's no reverb on 'Keys' to bypass."), keys.text
    snare = advise_rock("is the compressor on the snare making it dull?", snapshot=_with_fx("Snare", COMP))
    assert snare.text.startswith(
        "Maybe: 'Snare' has ReaComp (on; Thresh -18.0, Ratio 4.0:1), but I can't hear"
    ), snare.text


def test_the_parts_own_area_named_and_a_cut_anywhere_only_possibly() -> None:
    snap = _with_fx("Kick", _reaeq((350.0, -4.0)))
    punch = advise_rock("is the eq on the kick killing the punch?", snapshot=snap)
    assert punch.text.startswith(
        "No: your ReaEQ on 'Kick' doesn't cut in its punch (60 Hz-100 Hz): its bands: Band 2 -4.0 dB at 350 Hz."
    ), punch.text
    anywhere = advise_rock("did the eq on the kick kill it?", snapshot=snap)
    assert anywhere.text.startswith("Possibly: your ReaEQ on 'Kick' cuts -4.0 dB (Band 2) around 350 Hz."), (
        anywhere.text
    )
    assert "it was the cut" in anywhere.text and anywhere.suggestions[0].params["gain_db"] == 4.0
