"""A de-esser asked for while a bright percussion part sits far too loud: that part's fader first (its sizzle sits
where the esses do), the de-esser after it; with no such part the de-esser's own answer stands."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

HATS_LOUD = (level_finding("Hats", "hi-hats", 9.0, fader_db=-3.0),)


def test_esses_blamed_with_the_hats_too_loud_get_the_hats_fader_first() -> None:
    advice = advise_rock("should i de-ess the vocal? the esses are killing me", HATS_LOUD)
    assert advice.text.startswith("Not first: 'Hats' sits about 9 dB louder"), advice.text
    assert "same 5-10 kHz range as the esses" in advice.text
    assert "If the esses still jump out after that, de-ess: put a de-esser on 'Lead Vox'" in advice.text
    card = advice.suggestions[0]
    assert card.track == "Hats" and card.action == "nudge_volume_db" and card.params["delta_db"] < 0


def test_a_de_esser_with_no_loud_sizzle_part_keeps_its_own_answer() -> None:
    plain = advise_rock("should i de-ess the vocal? the esses are killing me")
    assert not plain.text.startswith("Not first"), plain.text
    assert "de-esser" in plain.text and not any(c.track == "Hats" for c in plain.suggestions)


def test_a_loud_part_that_carries_no_sizzle_is_not_blamed_for_the_esses() -> None:
    bass = (level_finding("Bass", "basses", 10.0, fader_db=2.0),)
    advice = advise_rock("should i de-ess the vocal? the esses are killing me", bass)
    assert "same 5-10 kHz range as the esses" not in advice.text, advice.text
