"""A whole-mix tone complaint asked as a how-to that nothing measured confirms ("how do i make the mix less
muddy" on a mix whose low-mids sit like a typical balance).

Why: the user still hears it, and "No: nothing stands out" answers a yes/no they did not ask. An engineer says the
numbers look typical there and then gives the gentle by-ear move on the parts that usually carry that range: the
same recipe a measured build-up gets (``model.recipes``), at its default centre. Never a cut where the whole mix
already lacks that band, nor a lift where it already has more than typical: that move would make the mix less
typical, not the complaint smaller.
"""

from __future__ import annotations

import math

from companion.context import Finding, FindingKind, MixContext
from model.intent import Intent, Wants
from model.phrasing import first_sentence, lower_first
from model.recipes import Move, recipe
from model.session_view import SessionView

GUARD_DB = 1.5
"""How far the whole mix's band may already sit on the move's side of the median (as ``answer_tracks``'s
BOOST_LIMIT_DB: 1.5 dB) before the move is withheld."""
BAND_AND_WAY: dict[FindingKind, tuple[str, int]] = {
    FindingKind.MUDDY: ("low_mid", -1),
    FindingKind.BOOMY: ("bass", -1),
    FindingKind.HARSH: ("high_mid", -1),
    FindingKind.THIN: ("bass", +1),
}
"""The contract band each complaint's recipe works in, and whether that recipe cuts (-1) or lifts (+1) there."""


def by_ear_move(ctx: MixContext, kind: FindingKind | None, session: SessionView) -> Move | None:
    """The recipe for ``kind`` as a gentle by-ear move, or None (no analysis, no recipe band, or the whole mix
    already sits more than ``GUARD_DB`` on the side the move would push it)."""
    if kind not in BAND_AND_WAY or ctx.analysis is None:
        return None
    band, way = BAND_AND_WAY[kind]
    dev = ctx.analysis.balance_vs_target_db.get(band)
    if dev is None or not math.isfinite(dev) or dev * way > GUARD_DB:
        return None
    return recipe(Finding(kind, 0.0, "", {}), session)


OPPOSITES: dict[str, tuple[tuple[FindingKind, ...], str]] = {
    "harsh": ((FindingKind.DULL,), "So I'd not cut the top; if one part stings, ask about that part and I'll check "
              "its own level and range."),
    "thin": ((FindingKind.BOOMY, FindingKind.MUDDY), "So I'd not add low end; if it sounds thin on your speakers, "
             "check on headphones: small speakers barely play the lows."),
    "boomy": ((FindingKind.THIN,), "So I'd not cut the low end; if one part booms, ask about that part and I'll "
              "check its own level and range."),
    "muddy": ((FindingKind.THIN,), "So I'd not cut the low end; if one part sounds cloudy, ask about that part and "
              "I'll check its own level and range."),
}  # fmt: skip
"""A how-to complaint, the whole-mix findings that say the opposite, and what to do instead of the move asked for:
"how do i make my mix less harsh" on a mix that leans dull must not get a high shelf as "what stands out first"."""


def the_other_way(complaint: str | None, other: Finding) -> str | None:
    """What to do when the measured lean goes against the how-to's complaint, or None when it does not."""
    found = OPPOSITES.get(complaint or "")
    if found is None or other.kind not in found[0] or other.track is not None:
        return None
    return found[1]


BAND_WORDS: dict[str, str] = {"low_mid": "low-mid band (250-500 Hz)", "bass": "bass band (60-250 Hz)",
                              "high_mid": "upper-mid band (2-4 kHz)"}  # fmt: skip
"""The contract bands of ``BAND_AND_WAY`` as an answer names them, with their ranges."""


def held_back(ctx: MixContext, kind: FindingKind | None) -> str | None:
    """Why ``by_ear_move`` gave no move ("the whole mix's bass band (60-250 Hz) is 2.6 dB below the median real
    mix, so I'd not cut there ..."), or None when it was not held back by the band's lean.

    Why: "less boomy" on a mix whose lows already sit under the median would otherwise get a bare "nothing stands
    out", with no word on what to do; the engineer says why no cut and where to look instead."""
    if kind not in BAND_AND_WAY or ctx.analysis is None:
        return None
    band, way = BAND_AND_WAY[kind]
    dev = ctx.analysis.balance_vs_target_db.get(band)
    if dev is None or not math.isfinite(dev) or dev * way <= GUARD_DB:
        return None
    side = "below" if dev < 0 else "above"
    verb = "cut" if way < 0 else "add"
    said = f"the whole mix's {BAND_WORDS[band]} is already {abs(dev):.1f} dB {side} the median real mix, so no broad {verb} there"
    if way > 0:
        return f"{said}; if it still sounds {kind.value} to you, check on headphones: small speakers barely play the lows."
    span = BAND_WORDS[band].split("(")[1].rstrip(")")
    return (f"{said}. If you still hear it, it's likely one ringing note on one part: solo the part that sounds "
            f"{kind.value}, sweep a narrow boost (Q ~4) through {span}, and dip 2-3 dB where it jumps out; "
            "bypass it at matched level and stop if the part goes thin.")  # fmt: skip


def remark_first(
    ctx: MixContext, kind: FindingKind | None, session: SessionView, other: Finding
) -> tuple[list[str], list[Move]] | None:
    """The parts and moves of a how-to whose complaint is measured as a remark (under the problem line) while
    another finding stands out: the remark and its gentle move first, then the other finding; None otherwise.

    Why: "mix sounds wimpy, how do i fix it" on a mix with a thin remark and a dull lean led with the dull lean's
    high shelf and "the low end measures like a typical balance, so no EQ cut there yet" (a cut, for a thin mix),
    never the low end asked about."""
    near = next((x for x in ctx.findings if x.kind is kind and x.track is None and not x.is_problem), None)
    if near is None or near.severity <= 0 or other.kind is kind:
        return None
    gentle = by_ear_move(ctx, kind, session)
    if gentle is None:
        return None
    parts = [f"A little, by the numbers: {lower_first(first_sentence(near.summary))}", gentle.try_text,
             gentle.check_text, f"Also worth a look: {lower_first(first_sentence(other.summary))}"]  # fmt: skip
    return parts, [gentle]


def help_wanted(intent: Intent) -> bool:
    """True for a how-to, or a sound stated with no question asked ("mix sounds boxy", "the mix is kinda honky"):
    both want the move, not a yes or no.

    Why: a bare statement on a mix that measures fine got "Nothing in the 400 Hz-1 kHz range stands out" and
    stopped, which answers a question nobody asked; the engineer beside them says so and still gives the gentle
    move to try by ear. A yes/no ("is it boxy?") or a tagged claim ("boxy, right?") keeps its verdict alone."""
    if intent.wants == Wants.HOW_TO:
        return True
    return intent.wants == Wants.JUDGE and "?" not in intent.question and not intent.tag
