""" "vocal has no bite", "guitars lack bite, more comp?": on a voice or a guitar, bite is its edge range (the
vocal's clarity, 2.5-3.5 kHz; the electric guitar's presence, 1.3-2 kHz), not a drum's hit. The answer reads the
part's own band meter there against every other track's, and the whole mix's band against real mixes: a lift on
the part where the mix has room, a dip on the part that fills the range where it has none, else a compressor
with a slower attack. A drum's bite stays a punch complaint; a part's own level fault comes first."""

from __future__ import annotations

import pytest
from fakes.analyses import clean, tilted
from fakes.band_sessions import advise_rock, level_finding, metered_rock

from model.edge_lack import edge_area, lacks_edge

BASE = {"sub": -80.0, "bass": -40.0, "low_mid": -35.0, "mid": -30.0, "high_mid": -40.0, "presence": -45.0,
        "air": -55.0}  # fmt: skip
TRACKS = ("Kick", "Snare", "Hats", "Bass", "Gtr L", "Gtr R", "Keys", "Lead Vox")


def session():  # type: ignore[no-untyped-def]
    """Every track -40 dB FS in 2-4 kHz but 'Gtr L' (-30) and the vocal (-36): 'Gtr L' gives 54% of that band,
    the vocal 14%; the vocal owns the mid band (-20 against -30)."""
    meters = {n: dict(BASE) for n in TRACKS}
    meters["Gtr L"]["high_mid"] = -30.0
    meters["Lead Vox"].update(mid=-20.0, high_mid=-36.0)
    return metered_rock(meters)


@pytest.mark.parametrize(
    "question",
    [
        "vocal has no bite",
        "guitars lack bite, more comp?",
        "the vocal needs more edge",
        "it lost its edge",
        "more bite on the vocal?",
        "make the guitar bitier",
    ],
)
def test_a_missing_bite_or_edge_is_read(question: str) -> None:
    assert lacks_edge(question)


@pytest.mark.parametrize(
    "question", ["the vocal is on the edge of clipping", "that bit is too loud", "bite size"]
)
def test_other_edges_and_bits_are_not(question: str) -> None:
    assert not lacks_edge(question)


def test_edge_areas_are_the_instruments_own() -> None:
    assert (edge_area("lead_vocal").name, edge_area("lead_vocal").lo_hz) == ("clarity", 2500.0)
    assert (edge_area("electric_guitar").name, edge_area("electric_guitar").hi_hz) == ("presence", 2000.0)
    assert edge_area("acoustic_guitar").name == "upper-mid"


def test_a_vocal_without_bite_is_lifted_where_the_mix_has_room() -> None:
    ans = advise_rock("vocal has no bite", [], session(), clean())
    assert ans.text.startswith(
        "The lead vocal's bite is its clarity range (2.5 kHz-3.5 kHz), in the mix's high-mid band (2 kHz-4 kHz): "
        "there 'Lead Vox' gives 14% of what your tracks give, and 'Gtr L' the most, 54%. Its level isn't it"
    ), ans.text
    assert [(s.track, s.params) for s in ans.suggestions] == [
        ("Lead Vox", {"freq_hz": 3000, "gain_db": 2.0, "q": 1.4})
    ]
    assert "mud" not in ans.text


def test_with_the_mix_full_there_the_part_that_fills_the_range_is_dipped() -> None:
    ans = advise_rock("vocal has no bite", [], session(), clean(**tilted({"mid": 4.0, "high_mid": 4.0})))
    assert (
        "On 'Gtr L', dip 2 dB around 3 kHz (Q ~1.4) where it fills the lead vocal's clarity range."
        in ans.text
    )
    assert "so a boost there would pile onto it" in ans.text
    assert [(s.track, s.params["gain_db"]) for s in ans.suggestions] == [("Gtr L", -2.0)]


def test_more_comp_asked_for_guitar_bite_is_a_slow_attack_yes_when_no_eq_has_room() -> None:
    ans = advise_rock(
        "guitars lack bite, more comp?", [], session(), clean(**tilted({"mid": 4.0, "high_mid": 4.0}))
    )
    assert ans.text.startswith(
        "Yes, with a slow attack: the electric guitars' bite is their presence range (1.3 kHz-2 kHz)"
    ), ans.text
    assert "Put a compressor on 'Gtr L' (it has none)" in ans.text and "attack about 10 ms" in ans.text
    assert "Do the same on 'Gtr R'" in ans.text


def test_more_comp_with_room_for_eq_is_not_compression_first() -> None:
    ans = advise_rock("guitars lack bite, more comp?", [], session(), clean())
    assert ans.text.startswith("Not compression first: the electric guitars' bite"), ans.text
    assert [(s.track, s.params["freq_hz"]) for s in ans.suggestions] == [("Gtr L", 1600), ("Gtr R", 1600)]


def test_a_level_fault_on_the_part_still_comes_first() -> None:
    ans = advise_rock(
        "vocal has no bite", [level_finding("Lead Vox", "lead vocals", -9.0)], session(), clean()
    )
    assert "bite is its clarity range" not in ans.text
    assert [(s.track, s.params["delta_db"]) for s in ans.suggestions][:1] == [("Lead Vox", 8.0)]


def test_a_drum_without_bite_keeps_its_punch_answer() -> None:
    ans = advise_rock("snare lacks bite", [], session(), clean())
    assert "bite is its" not in ans.text and ans.text.startswith("On 'Snare', add 2 dB"), ans.text
