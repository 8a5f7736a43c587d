"""Questions about the top end ("is my mix too bright?", "too much sizzle up top?", "is it too dark?", "are the
hats too bright?") are answered from the top band: the whole mix's air band against the median real mix and the
range real mixes use, a part's share of it from its own band meter, the upper-mid build-up as what "bright" may
be, and a part too loud up top at its fader first. Never a level answer, never a new finding kind."""

from __future__ import annotations

import dataclasses

from fakes.analyses import clean, tilted
from fakes.band_sessions import advise_rock, level_finding, metered_rock

from companion.context import Finding, FindingKind
from model.band_remark import real_range_words
from model.part_top import air_share
from model.session_view import SessionView
from model.top_end import asks_too_bright

TOPPY = {"sub": -40.0, "bass": -35.0, "low_mid": -30.0, "mid": -24.0, "high_mid": -18.0, "presence": -14.0,
         "air": -12.0}  # fmt: skip
LOWISH = {"sub": -20.0, "bass": -12.0, "low_mid": -16.0, "mid": -20.0, "high_mid": -28.0, "presence": -32.0,
          "air": -36.0}  # fmt: skip
HARSH = Finding(FindingKind.HARSH, 0.45, "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up "
                "of 6.0 dB; act only if you hear it.", {"shape_center_hz": 3200.0, "range_hz": [2000, 5000]},
                None)  # fmt: skip


def test_too_much_top_is_told_from_a_lack_and_from_a_wish():
    for q in ("is my mix too bright?", "too much sizzle up top?", "the highs feel too hot", "way too much treble",
              "mix sounds kinda bright", "is the brightness too much"):  # fmt: skip
        assert asks_too_bright(q), q
    for q in ("is it bright enough?", "not bright enough", "needs more sparkle", "how do i make it brighter",
              "is it too dark?", "is the mix muddy?"):  # fmt: skip
        assert not asks_too_bright(q), q


def test_a_top_inside_the_real_range_is_a_no_with_its_number():
    a = clean(**tilted({"air": 3.0}))
    dev = a.balance_vs_target_db["air"]
    assert real_range_words(a, "air") == "inside the range real mixes use"  # the premise
    advice = advise_rock("too much sizzle up top?", (), analysis=a)
    assert advice.text.startswith(
        f"No: the whole mix's air band (6 kHz-20 kHz) is {dev:.1f} dB above the median real mix, inside the range "
        "real mixes use."
    ), advice.text
    assert "no track sits too loud" not in advice.text and not advice.suggestions


def test_a_top_past_the_real_range_is_a_yes_with_a_gentle_master_shelf():
    a = clean(**tilted({"air": 12.0}))
    advice = advise_rock("is my mix too bright?", (), analysis=a)
    assert advice.text.startswith(
        f"Yes, up top: the whole mix's air band (6 kHz-20 kHz) is {a.balance_vs_target_db['air']:.1f} dB above"
    ), advice.text
    assert "outside the range real mixes use by" in advice.text.split(". ")[0]
    card = advice.suggestions[0]
    assert card.track is None and card.params["type"] == "high_shelf" and card.params["freq_hz"] == 6000
    assert -3.0 <= card.params["gain_db"] <= -1.0


def test_bright_may_be_the_upper_mids_said_after_the_top():
    advice = advise_rock("is my mix too bright?", (HARSH,), analysis=clean(**tilted({"air": 3.0})))
    first, rest = advice.text.split(". ", 1)
    assert first.startswith("Not up top: the whole mix's air band"), advice.text
    said = "What you may hear as bright: the mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 6.0 dB."
    assert said in rest, advice.text
    assert advice.suggestions and advice.suggestions[0].params["gain_db"] < 0


def test_a_mix_leaning_dull_is_no_the_other_way():
    dull = Finding(FindingKind.DULL, 0.4, "The mix leans a little dull. The top end (above 6 kHz): 8.0 dB lighter; act "
                   "only if you hear it.", {"range_hz": [5000, 16000]}, None)  # fmt: skip
    advice = advise_rock("is my mix too bright?", (dull,))
    assert (
        advice.text
        == "No, the other way: the mix leans a little dull. The top end (above 6 kHz): 8.0 dB lighter."
    )


def test_a_part_too_loud_up_top_leads_with_its_fader():
    hats = level_finding("Hats", "hi-hats", 10.0)
    snap = metered_rock({"Hats": TOPPY, "Bass": LOWISH})
    advice = advise_rock("is my mix too bright?", (hats,), snapshot=snap)
    assert advice.text.startswith("Yes: 'Hats' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Hats" and advice.suggestions[0].params["delta_db"] == -9.0


def test_too_dark_with_no_dull_verdict_says_the_top_band_number():
    a = clean(**tilted({"air": 3.0}))
    advice = advise_rock("is my mix too dark?", (), analysis=a)
    assert advice.text.startswith(
        f"No: the whole mix's air band (6 kHz-20 kHz) is {a.balance_vs_target_db['air']:.1f} dB above the median "
        "real mix, inside the range real mixes use."
    ), advice.text
    enough = advise_rock("is it bright enough?", (), analysis=a)
    assert enough.text.startswith("Yes: the whole mix's air band (6 kHz-20 kHz) is"), enough.text


def test_a_codec_cut_is_said_as_where_the_measurement_stopped():
    a = clean(**tilted({"air": 3.0}))
    cut = dataclasses.replace(
        a, extra={**a.extra, "bands_measured_to_hz": 16000.0, "bandwidth_limited": True}
    )
    advice = advise_rock("is my mix too bright?", (), analysis=cut)
    assert "air band (6 kHz-16 kHz, where the file's codec cut stops)" in advice.text, advice.text


def test_a_part_s_brightness_is_its_share_of_the_air_band_by_its_meter():
    snap = metered_rock({"Hats": TOPPY, "Bass": LOWISH})
    session = SessionView(snap)
    share = air_share(session.tracks, ("Hats",))
    assert share is not None and abs(share - 1.0 / (1.0 + 10 ** (-24.0 / 10.0))) < 1e-9  # -12 vs -36 dB FS
    a = clean(**tilted({"air": 3.0}))
    advice = advise_rock("are the hats too bright?", (), snapshot=snap, analysis=a)
    assert advice.text.startswith("No: the whole mix's air band (6 kHz-20 kHz) is"), advice.text
    assert "'Hats' gives 100 % of it, by the track meters." in advice.text, advice.text
    bass = advise_rock("is the bass too bright?", (), snapshot=snap, analysis=a)
    assert "'Bass' gives under 1 % of it" in bass.text, bass.text
    with_harsh = advise_rock("are the hats too bright?", (HARSH,), snapshot=snap, analysis=a)
    card = with_harsh.suggestions[0]
    assert card.track == "Hats" and card.params == {"freq_hz": 3200, "gain_db": -2.5, "q": 2.0}, card
