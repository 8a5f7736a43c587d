"""The amateur's vocabulary: "fizzy"/"buzzy" is the harsh complaint (an engineer's word for a harsh, buzzy upper top,
often distortion or an amp sim), and "the vox" is the vocal, the lead, as "the vocal" is ("all the vox", "the vox
are clashing" and "backing vox" keep their meaning)."""

from __future__ import annotations

import dataclasses

from fakes.band_sessions import _track, advise_rock, level_finding, rock_snapshot

from companion.context import Finding, FindingKind
from model.intent import classify
from model.intent_spelling import normalise

HARSH_MIX = Finding(
    FindingKind.HARSH,
    0.6,
    "The mix leans harsh. The upper mids (around 3.2 kHz): a build-up of 9.0 dB, like a broad EQ boost there, "
    "against the usual shape of 122 real mixes we measured, more than 9 in 10 of them.",
    {"range_hz": [2000.0, 5000.0], "shape_center_hz": 3200},
)


def test_fizzy_and_buzzy_are_the_harsh_complaint():
    for q in ("my guitar sounds fizzy", "the top end is fizzy", "fizzy synth", "too much fizz on the gtrs",
              "the guitars sound buzzy", "why is the mix so fizzy?"):  # fmt: skip
        assert classify(q).complaint == "harsh", q
    assert classify("my guitar sounds fizzy").instruments == ("guitar",)
    # beside a level complaint it is the tone half
    assert classify("the guitar is too loud and fizzy").tone == "harsh"
    # a hum or a buzz is a noise, not a tone: not read as harsh
    assert classify("there's a buzz on the guitar").complaint != "harsh"


def test_a_fizzy_part_is_answered_as_its_harsh_tone_with_what_was_measured():
    fizzy = advise_rock("the guitars sound fizzy", (HARSH_MIX,))
    harsh = advise_rock("the guitars sound harsh", (HARSH_MIX,))
    assert fizzy.text.split(" If you still hear it:")[0] == harsh.text.split(" If you still hear it:")[0]
    # both guitars looked at, said first; a cut in the fizz range the asker named (5-8 kHz), not a fader move
    assert fizzy.text.startswith(
        "I looked at both 'Gtr L' and 'Gtr R': nothing I measured says either is harsh. If you still hear it:"
    ), fizzy.text
    first = fizzy.suggestions[0]
    assert (
        first.action == "eq_band" and first.params["gain_db"] < 0 and 5000 <= first.params["freq_hz"] <= 8000
    )
    # said harsh, the dip goes where harshness lives (2-5 kHz)
    dip = harsh.suggestions[0]
    assert dip.action == "eq_band" and dip.params["gain_db"] < 0 and 2000 <= dip.params["freq_hz"] <= 5000
    # the whole mix said fizzy: its harsh build-up, and the dip where it was measured
    mix = advise_rock("the top end is fizzy", (HARSH_MIX,))
    assert mix.text.startswith("The mix leans harsh. The upper mids (around 3.2 kHz)"), mix.text
    assert mix.suggestions[0].params == {"freq_hz": 3000, "gain_db": -2.5, "q": 2.0}, mix.suggestions
    assert mix.text == advise_rock("the top end is harsh", (HARSH_MIX,)).text


def test_vox_is_the_vocal_and_a_plural_cue_makes_it_every_voice():
    assert normalise("is the vox too loud?") == "is the vocal too loud?"
    assert normalise("the vox sounds harsh") == "the vocal sounds harsh"
    assert normalise("are all the vox too loud?") == "are all the vocals too loud?"
    assert normalise("both vox ok?") == "both vocals ok?"
    assert normalise("the vox are clashing") == "the vocals are clashing"
    assert normalise("how do the vox sit together") == "how do the vocals sit together"
    assert normalise("vox and guitar ok together?") == "vocal and guitar ok together?"
    assert classify("backing vox kinda hot?").instruments == ("backing vocals",)
    assert classify("bvs too loud?").instruments == ("backing vocals",)
    assert classify("the bgv is harsh").instruments == ("backing vocals",)


def _with_backing() -> object:
    snap = rock_snapshot()
    return dataclasses.replace(snap, tracks=(*snap.tracks, _track(9, "Backing Vox", -15.0)))


def test_the_vox_is_the_lead_not_every_voice():
    loud_bv = level_finding("Backing Vox", "backing vocals", 10.0)
    single = advise_rock("is the vox too loud?", (loud_bv,), snapshot=_with_backing())
    assert "'Lead Vox'" in single.text.split(". ")[0], single.text
    assert single.text == advise_rock("is the vocal too loud?", (loud_bv,), snapshot=_with_backing()).text
    # every voice, said so: the fault among them leads
    for q in ("are all the vox too loud?", "are the vox too loud?"):
        every = advise_rock(q, (loud_bv,), snapshot=_with_backing())
        assert every.text.startswith("Yes") and "'Backing Vox' sits about 10 dB louder" in every.text, (
            q,
            every.text,
        )
        assert every.suggestions[0].track == "Backing Vox" and every.suggestions[0].params["delta_db"] < 0
    backing = advise_rock("backing vox sound a bit hot to me?", (loud_bv,), snapshot=_with_backing())
    assert backing.text.startswith("Yes") and backing.suggestions[0].track == "Backing Vox", backing.text


def test_the_vox_with_no_lead_in_the_session_is_the_voices_there():
    snap = rock_snapshot()
    no_lead = dataclasses.replace(
        snap, tracks=(*[t for t in snap.tracks if t.name != "Lead Vox"], _track(9, "Harmony Vox", -15.0))
    )
    loud = level_finding("Harmony Vox", "backing vocals", 10.0)
    for q in ("is the vox too loud?", "is the vocal too loud?"):
        ans = advise_rock(q, (loud,), snapshot=no_lead)
        assert ans.text.startswith("Yes") and "'Harmony Vox'" in ans.text.split(". ")[0], (q, ans.text)
        assert ans.suggestions[0].track == "Harmony Vox" and ans.suggestions[0].params["delta_db"] < 0


def test_a_cut_proposed_on_the_mix_bus_for_a_fizzy_top_is_denied_as_the_place_with_a_part_off():
    hats = level_finding("Hats", "hi-hats", 9.0)
    for q in (
        "thinking of rolling off the top on my mix bus, it sounds a bit fizzy",
        "thinking of rolling off the top on my mix bus, it sounds a bit harsh",
    ):
        ans = advise_rock(q, (hats,))
        assert ans.text.startswith("No, not the mix bus: 'Hats' sits about 9 dB louder"), (q, ans.text)
        assert ans.suggestions[0].track == "Hats" and ans.suggestions[0].params["delta_db"] < 0


def test_buried_with_a_tone_asked_how_much_keeps_the_size_first():
    quiet = level_finding("Bass", "basses", -9.0)
    ans = advise_rock("the bass has no weight, how much do I turn it up?", (quiet,))
    assert ans.text.startswith("About 8 dB: bring the fader on 'Bass'"), ans.text
