"""Two wordings held to what the user has (session 11, "cards"): the low end's share on a phone is said against the
range real mixes use ("inside" it, or outside it by a measured number of dB), never "more than typical" alone;
the way to give a reference track is said for the front end that asked (the CLI's --reference, the overlay's
Reference track setting, both where either could have asked)."""

from __future__ import annotations

import math
import re

from fakes.analyses import clean, tilted
from fakes.band_sessions import context, level_finding, soul_snapshot

from companion.listening.reference_curves import band_range_vs_mid
from model.rules import RulesAdvisor

PHONE_Q = "why does my mix sound small on my phone?"


def _power_sum(values: list[float]) -> float:
    return 10.0 * math.log10(sum(10.0 ** (v / 10.0) for v in values))


def _low_gap(a) -> float:  # type: ignore[no-untyped-def]
    """How far the mix's sub+bass power (against the mids) sits outside the family's 10th-90th percentile range."""
    spreads = [band_range_vs_mid(a.genre_family, b) for b in ("sub", "bass")]
    low = _power_sum([s[0] for s in spreads])  # type: ignore[index]
    high = _power_sum([s[1] for s in spreads])  # type: ignore[index]
    mine = _power_sum([a.bands_db["sub"], a.bands_db["bass"]]) - a.bands_db["mid"]
    return low - mine if mine < low else mine - high if mine > high else 0.0


def test_a_typical_low_end_on_a_phone_is_inside_the_range_real_mixes_use():
    a = clean()
    advice = RulesAdvisor().advise(context(PHONE_Q, soul_snapshot(), a))
    assert _low_gap(a) == 0.0
    assert "of your mix's energy sits below 250 Hz (" in advice.text, advice.text
    assert "than the median real mix, inside the range real mixes use)" in advice.text, advice.text
    assert "than typical" not in advice.text
    assert advice.text.startswith("It's the phone more than the mix"), advice.text


def test_a_low_end_past_the_range_says_by_how_much_as_measured():
    for boost, word in ((14.0, "more"), (-14.0, "less")):
        a = clean(**tilted({"sub": boost, "bass": boost}))
        gap = _low_gap(a)
        assert gap > 0.05, (boost, gap)  # the premise: outside the range
        advice = RulesAdvisor().advise(context(PHONE_Q, soul_snapshot(), a))
        m = re.search(r"\((?:([\d.]+) dB (more|less) than the median real mix|against its mids), outside the range "
                      r"real mixes use by ([\d.]+) dB\)", advice.text)  # fmt: skip
        assert m is not None, advice.text
        assert float(m.group(3)) == round(gap, 1), (advice.text, gap)
        if m.group(1) is not None:  # the whole mix's share said too: only when it tells the same story
            assert m.group(2) == word and float(m.group(1)) >= float(m.group(3)), advice.text


REFERENCE_Q = "my track feels weak next to my reference"


def _hint(front_end: str) -> str:
    quiet = level_finding("Rhodes", "keys", -10.0)
    ctx = context(REFERENCE_Q, soul_snapshot(), clean(), (quiet,))
    ctx = type(ctx)(**{**{f: getattr(ctx, f) for f in ctx.__dataclass_fields__}, "front_end": front_end})
    return RulesAdvisor().advise(ctx).text


def test_the_reference_hint_is_worded_for_the_front_end_that_asked():
    cli = _hint("cli")
    assert "with --reference that-song.wav I'd compare the two directly" in cli, cli
    overlay = _hint("overlay")
    assert "pick that song as the Reference track in Settings" in overlay and "--reference" not in overlay, (
        overlay
    )
    either = _hint("run")  # REAPER's hotkey loop: the user may use either front end to add one
    assert "mixassist ask --reference that-song.wav, or the overlay's Reference track" in either, either


def test_the_companion_hands_its_front_end_to_the_answer():
    from companion.app import Companion

    assert Companion().front_end == "cli"
    seen = []

    class Spy:
        name = "spy"

        def advise(self, ctx, on_token=None):  # type: ignore[no-untyped-def]
            from companion.context import Advice

            seen.append(ctx.front_end)
            return Advice(text="ok", backend="spy")

    Companion(Spy(), front_end="overlay").ask("what do you hear?")
    assert seen == ["overlay"]


def test_the_overlay_builds_its_companion_as_the_overlay():
    from gui.worker import AdvisorSettings, build_companion

    assert build_companion(AdvisorSettings()).front_end == "overlay"
