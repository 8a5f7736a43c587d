"""The truth check on an answer's numbers (model/claims.py, model/checks.py): tables of sentences -> claims.

The context is built by hand (known measurements, a five-track session, findings with their evidence), so each
row says exactly which claim a sentence makes, about which track, and whether it agrees with the measurement.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
from fakes.analyses import clean

from companion.context import (
    Finding,
    FindingKind,
    Master,
    MixContext,
    Snapshot,
    StereoImage,
    Track,
    TrackLevel,
)
from model.checks import Check, FalseClaimShare, check_answer, false_claim_share, measured_line

BALANCE = {
    "sub": -0.5,
    "bass": 1.0,
    "low_mid": 3.6,
    "mid": -0.4,
    "high_mid": -1.2,
    "presence": -0.9,
    "air": -2.3,
}


def context(**changes: object) -> MixContext:
    analysis = clean(
        integrated_lufs=-9.8,
        short_term_max_lufs=-8.1,
        lra_lu=3.2,
        true_peak_dbtp=0.4,
        sample_peak_dbfs=-0.1,
        clipped_samples=37,
        plr_db=10.2,
        crest_db=11.5,
        balance_vs_target_db=dict(BALANCE),
        stereo=StereoImage(correlation=0.62, width=0.31, low_end_correlation=0.97, lr_balance_db=0.4),
    )
    snapshot = Snapshot(
        master=Master(volume_db=0.0, peak_db=-0.1),
        tracks=(
            Track("{1}", 1, "Kick", -3.0, level=TrackLevel(-14.0, -4.5, 20.0)),
            Track("{2}", 2, "Snare", -5.0, level=TrackLevel(-17.0, -6.0, 20.0)),
            Track("{3}", 3, "Bass", -6.0, level=TrackLevel(-16.0, -7.0, 20.0)),
            Track("{4}", 4, "Gtr L", 1.5, -0.6, level=TrackLevel(-7.5, -0.5, 20.0)),
            Track("{5}", 5, "Lead Vox", -9.5, level=TrackLevel(-26.0, -18.0, 20.0)),
        ),
    )
    findings = (
        Finding(FindingKind.MUDDY, 0.5, "low-mids", {"deviation_db": 4.1, "range_hz": [160, 500]}),
        Finding(FindingKind.TRACK_TOO_LOUD, 0.5, "Gtr L loud", {"deviation_db": 7.7}, track="Gtr L"),
        Finding(FindingKind.TRACK_TOO_QUIET, 1.0, "vox quiet", {"deviation_db": -12.2}, track="Lead Vox"),
    )
    base = MixContext("What do you hear?", None, snapshot, analysis, findings, target="spotify")
    return dataclasses.replace(base, **changes)


def claims(text: str, ctx: MixContext | None = None) -> list[tuple[str, str | None, float, bool]]:
    return [(c.quantity, c.track, c.stated, c.ok) for c in check_answer(text, ctx or context())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Your mix is at -6 LUFS integrated.", [("integrated_lufs", None, -6.0, False)]),
        ("It measures about -10 LUFS.", [("integrated_lufs", None, -10.0, True)]),
        ("Loudness sits around -10 to -9 LUFS.", [("integrated_lufs", None, -9.5, True)]),
        ("Loudness sits around \u221213 to \u221212 LUFS.", [("integrated_lufs", None, -12.5, False)]),
        (
            "Short-term max is -8 LUFS and the LRA is 3 LU.",
            [("short_term_max_lufs", None, -8.0, True), ("lra_lu", None, 3.0, True)],
        ),
        (
            "True peak hits +0.4 dBTP and sample peaks reach -0.1 dBFS.",
            [("true_peak_dbtp", None, 0.4, True), ("sample_peak_dbfs", None, -0.1, True)],
        ),
        ("PLR is 5 dB, crest 11.5 dB.", [("plr_db", None, 5.0, False), ("crest_db", None, 11.5, True)]),
        (  # the name after "and" belongs to the next number
            "Crest factor is 15 dB and PLR 10 dB.",
            [("crest_db", None, 15.0, False), ("plr_db", None, 10.0, True)],
        ),
        ("You're 4 LU over Spotify's target.", [("loudness_vs_target_lu", None, 4.0, True)]),
        ("It's 2 LU under the target.", [("loudness_vs_target_lu", None, -2.0, False)]),
        ("You have 2 dB of room before you hit the target.", [("loudness_vs_target_lu", None, -2.0, False)]),
        ("The true peak is 1.4 dB over the ceiling.", [("true_peak_over_ceiling_db", None, 1.4, True)]),
        ("The low mids are 9 dB too heavy.", [("balance_vs_target_db.low_mid", None, 9.0, False)]),
        ("There's about 4 dB too much around 300 Hz.", [("balance_vs_target_db.low_mid", None, 4.0, True)]),
        ("The air band sits 2 dB below the reference.", [("balance_vs_target_db.air", None, -2.0, True)]),
        ("The top end is 6 dB down.", [("balance_vs_target_db.air", None, -6.0, False)]),
        (
            "Correlation is 0.62 and width 0.31; below 150 Hz it correlates 0.97.",
            [
                ("stereo.correlation", None, 0.62, True),
                ("stereo.width", None, 0.31, True),
                ("stereo.low_end_correlation", None, 0.97, True),
            ],
        ),
        ("The left channel is 3 dB louder.", [("stereo.lr_balance_db", None, 3.0, False)]),
        ("The right side is 0.4 dB quieter than the left.", [("stereo.lr_balance_db", None, 0.4, True)]),
        (
            "Gtr L's fader is at +1.5 dB and it sits 8 dB louder than the rest.",
            [("volume_db", "Gtr L", 1.5, True), ("vs_mix_db", "Gtr L", 8.0, True)],
        ),
        (
            "Lead Vox is buried, about 12 dB under the rest; bring it up 11 dB.",
            [("vs_mix_db", "Lead Vox", -12.0, True), ("gain_change_db", "Lead Vox", 11.0, True)],
        ),
        ("Take the Lead Vox fader down 6 dB.", [("gain_change_db", "Lead Vox", -6.0, False)]),
        ("Bring Lead Vox up 3 dB and add some air.", [("gain_change_db", "Lead Vox", 3.0, True)]),  # way only
        ("Lead Vox is buried; bring it up 3 dB.", [("gain_change_db", "Lead Vox", 3.0, False)]),  # and size
        ("Lead Vox is buried; bring it back up 12 dB.", [("gain_change_db", "Lead Vox", 12.0, True)]),
        ("Gtr L is too loud; pull it back 7 dB.", [("gain_change_db", "Gtr L", -7.0, True)]),
        ("The vocal is 12 dB too quiet.", [("vs_mix_db", "Lead Vox", -12.0, True)]),
        ("Kick peaks around -4.5 dB on its meter.", [("level_db", "Kick", -4.5, True)]),
        ("The snare fader is at 0 dB.", [("volume_db", "Snare", 0.0, False)]),
        (
            "The Bass is 8 dB too loud against the kick and its fader is at 0 dB.",
            [("vs_mix_db", "Bass", 8.0, False), ("volume_db", "Bass", 0.0, False)],
        ),
        (
            "Pull the master down about 4 dB so it lands near -14 LUFS.",
            [("gain_change_db", None, -4.0, True)],
        ),
        ("Turn the master down 1 dB to hit -14 LUFS.", [("gain_change_db", None, -1.0, False)]),
        ("I count 37 clipped samples.", [("clipped_samples", None, 37.0, True)]),
        ("There are over 400 clipped samples.", [("clipped_samples", None, 400.0, False)]),
        ("The piano fader is at -3 dB.", [("volume_db", "piano", -3.0, False)]),  # no piano in the session
        (
            "- **Loudness:** -9.8 LUFS integrated\n- **PLR:** 10.2 dB\n- **Bands:** low_mid +3.6 dB",
            [
                ("integrated_lufs", None, -9.8, True),
                ("plr_db", None, 10.2, True),
                ("balance_vs_target_db.low_mid", None, 3.6, True),
            ],
        ),
    ],
)
def test_claims_and_verdicts(sentence: str, expected: list[tuple[str, str | None, float, bool]]) -> None:
    assert claims(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Use a 2:1 ratio with a Q of 1.",
        "-14 LUFS is Spotify's target.",
        "Try a 3 dB cut at 300 Hz.",
        "Set the attack to 30 ms and the release to 100 ms.",
        "Listen to about 20 s of the chorus, or 30 seconds if you can.",
        "Aim for -14 LUFS with a -1 dBTP ceiling.",
        "Check it reads about -14 LUFS integrated.",
        "Put a loudness meter on the master: about -14 LUFS integrated over the whole song.",
        "In 90 real mixes (MixologyDB), kick drums sat -17.3 LU (IQR -23 to -13.7 LU) relative to the whole mix.",
        "High-pass the guitars at 110 Hz (12 dB/oct) and dip 3 dB around 250 Hz with a wide Q (~1).",
        "Add a gentle high shelf, +2 dB from about 8 kHz, on the vocal.",
        "Keep true peaks under -1 dBTP.",
        "Pan them 70% left and right.",
        "Most loud rock masters land around -9 LUFS.",
        "Give the bus 2-3 dB of gain reduction.",
        "Ease off the limiter: about 2 dB less gain into it, so the PLR gets back to 9-12 dB.",
        "For a release, bring it up about 8 dB with a limiter last on the master (ceiling -1 dBTP).",
        "Push the Snare fader up 2 dB.",  # a move on a track with no level finding: taste, not a claim
    ],
)
def test_numbers_that_are_not_claims(sentence: str) -> None:
    assert claims(sentence) == []


@pytest.mark.parametrize(("stated", "ok"), [(-10.8, True), (-10.9, False), (-8.8, True), (-8.7, False)])
def test_loudness_tolerance_is_one_lu(stated: float, ok: bool) -> None:
    (check,) = check_answer(f"Your mix is at {stated} LUFS.", context())
    assert (check.measured, check.ok) == (-9.8, ok)


def test_band_claim_is_held_against_the_band_and_the_finding() -> None:
    (by_band,) = check_answer("The low mids are 3.6 dB above the reference.", context())
    (by_finding,) = check_answer("The low mids are 4 dB above the reference.", context())
    assert (by_band.measured, by_finding.measured) == (3.6, 4.1)
    assert by_band.ok and by_finding.ok


def test_claims_about_nothing_measured_are_not_ok() -> None:
    no_audio = context(analysis=None)
    (loud,) = check_answer("Your mix is at -14 LUFS.", no_audio)
    assert (loud.measured, loud.ok) == (None, False)
    no_session = context(snapshot=None, findings=())
    assert [
        (c.quantity, c.track, c.measured, c.ok)
        for c in check_answer("Your kick fader is at -6 dB.", no_session)
    ] == [("volume_db", "kick", None, False)]


def test_stream_pieces_split_inside_numbers_give_the_same_checks() -> None:
    text = "You're at -6 LUFS integrated, true peak +0.4 dBTP, and Gtr L sits 8 dB louder than the rest."
    pieces = [
        "You're at -",
        "6 LU",
        "FS integ",
        "rated, true peak +0.",
        "4 dBTP, and Gtr",
        " L sits 8 dB lou",
        "der than the rest.",
    ]
    assert "".join(pieces) == text
    assert check_answer("".join(pieces), context()) == check_answer(text, context())
    assert len(check_answer(text, context())) == 3


def test_check_dict_has_exactly_the_contract_keys() -> None:
    (check,) = check_answer("Your mix is at -6 LUFS integrated.", context())
    assert check.to_dict() == {
        "claim": "Your mix is at -6 LUFS integrated",
        "quantity": "integrated_lufs",
        "track": None,
        "stated": -6.0,
        "measured": -9.8,
        "ok": False,
    }


def test_measured_line_names_each_disagreement_once() -> None:
    checks = check_answer(
        "It's at -6 LUFS, true peak -1 dBTP, really -6 LUFS. PLR 10 dB. Gtr L's fader is at -3 dB.", context()
    )
    assert measured_line(checks) == (
        "measured: -9.8 LUFS integrated (the answer said -6); true peak +0.4 dBTP (the answer said -1); "
        "Gtr L fader +1.5 dB (the answer said -3)"
    )
    assert measured_line(check_answer("PLR is 10 dB.", context())) is None
    assert measured_line(()) is None


def test_false_claim_share_counts_answers_and_claims() -> None:
    ctx = context()
    pairs = [
        ("You're at -6 LUFS and the PLR is 10 dB.", ctx),  # one false of two
        ("You're at -9.8 LUFS.", ctx),
        ("Try a 2:1 ratio.", ctx),  # no claim at all
        ("True peak +3 dBTP, correlation 0.1.", ctx),  # two false
    ]
    share = false_claim_share(pairs)
    assert share == FalseClaimShare(answers=4, with_false_claim=2, claims=5, false_claims=3)
    assert share.share == 0.5
    assert share.to_dict()["share"] == 0.5
    assert false_claim_share([]).share is None


def test_garbage_never_breaks_the_check_or_the_json() -> None:
    ctx = context()
    huge = check_answer("Your mix is at -" + "9" * 400 + " LUFS, really -6 LUFS.", ctx)
    assert [(c.stated, c.ok) for c in huge] == [(-6.0, False)]
    for text in (
        "--14 LUFS",
        "+-3 dB",
        "1e3 LUFS",
        "9-12-15 dB",
        "between and 3 LU",
        "\x00 -6 LUFS",
        "((((",
        "dB " * 500,
    ):
        checks = check_answer(text, ctx)
        json.dumps([c.to_dict() for c in checks], allow_nan=False)


def test_empty_text_has_no_checks() -> None:
    assert check_answer("", context()) == () and check_answer("   \n", context()) == ()


def test_check_is_frozen() -> None:
    check = Check("x", "integrated_lufs", None, -6.0, -9.8, False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        check.ok = True  # type: ignore[misc]


def _masking_context() -> MixContext:
    """Gtr L and Lead Vox meet at 250-500 Hz (Gtr L 15.1 dB over there, Kick 3.9 dB under Bass in the lows);
    Gtr L is 7.7 dB too loud (real mixes put guitars within -5..+5 dB of their usual place, moves capped at 6)."""
    masking = (
        Finding(
            FindingKind.MASKING,
            0.75,
            "Gtr L covers Lead Vox",
            {
                "other_track": "Lead Vox",
                "over_db": 15.1,
                "maskers": [{"track": "Gtr L", "over_db": 15.1, "dip_db": 6.0, "severity": 1.0}],
            },
            track="Gtr L",
        ),
        Finding(
            FindingKind.MASKING,
            0.2,
            "Kick covers Bass",
            {"other_track": "Bass", "over_db": -3.9, "maskers": [{"track": "Kick", "over_db": -3.9}]},
            track="Kick",
        ),
        Finding(
            FindingKind.TRACK_TOO_LOUD,
            0.5,
            "Gtr L loud",
            {"deviation_db": 7.7, "typical_spread_db": [-5.1, 5.5], "move_cap_db": 6.0},
            track="Gtr L",
        ),
    )
    return context(findings=masking)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("'Gtr L' is 15 dB louder than 'Lead Vox' there.", [("track_vs_track_db", "Gtr L", 15.0, True)]),
        ("'Gtr L' is 5 dB louder than 'Lead Vox' there.", [("track_vs_track_db", "Gtr L", 5.0, False)]),
        ("'Lead Vox' is 15 dB under 'Gtr L' there.", [("track_vs_track_db", "Lead Vox", -15.0, True)]),
        ("'Kick' is only 4 dB under 'Bass' there.", [("track_vs_track_db", "Kick", -4.0, True)]),
        ("'Kick' is 4 dB louder than 'Bass' there.", [("track_vs_track_db", "Kick", 4.0, False)]),
        (  # a list continues the comparison the sentence made first
            "'Gtr L' is 15 dB louder than 'Lead Vox' there, 'Kick' 15 dB louder.",
            [("track_vs_track_db", "Gtr L", 15.0, True), ("track_vs_track_db", "Kick", 15.0, False)],
        ),
        (  # the track against its own role's typical level: the rest of the mix, not another track
            "'Gtr L' sits about 8 dB louder than guitars usually sit.",
            [("vs_mix_db", "Gtr L", 8.0, True)],
        ),
        # a first step back inside the range real mixes use is right; one that overshoots it is not
        (
            "Gtr L is 8 dB too loud; pull it down 3 dB.",
            [("vs_mix_db", "Gtr L", 8.0, True), ("gain_change_db", "Gtr L", -3.0, True)],
        ),
        (
            "Gtr L is 8 dB too loud; pull it down 1 dB.",
            [("vs_mix_db", "Gtr L", 8.0, True), ("gain_change_db", "Gtr L", -1.0, False)],
        ),
        (
            "Gtr L is 8 dB too loud; pull it down 14 dB.",
            [("vs_mix_db", "Gtr L", 8.0, True), ("gain_change_db", "Gtr L", -14.0, False)],
        ),
    ],
)
def test_track_against_track_claims(
    sentence: str, expected: list[tuple[str, str | None, float, bool]]
) -> None:
    assert claims(sentence, _masking_context()) == expected


def test_a_median_of_real_mixes_is_not_a_claim_about_the_track() -> None:
    """ "where guitars sit a median 5 dB under it" quotes MixologyDB, not the user's track (the track relation's
    summary reads so); the track's own figure before it in the sentence is still held to its measurement."""
    ctx = _masking_context()
    assert (
        claims("'Gtr L' sits level with your lead vocal, where guitars sit a median 5 dB under it.", ctx)
        == []
    )
    said = claims("'Gtr L' sits 3 dB over your lead vocal, where guitars sit a median 5 dB under it.", ctx)
    assert [(q, t, v) for q, t, v, _ in said] == [("track_vs_track_db", "Gtr L", 3.0)]
