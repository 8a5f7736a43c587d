"""The lead vocal before a whole-mix tonal verdict its own level may be causing: set the focus, then judge tone.

Whole-mix tonal verdicts are read against the mix's own spectrum (a bell at 3 kHz over the spectrum's smoothed
trend, the upper mids against the mids). The lead vocal is the mix's focus and it sits in those mids: 10 dB down,
it leaves a hole there and the ranges around the hole stand out; 10 dB up, it fills the mids and the ranges
around them read as lacking. Measured on rendered rock sessions (seeds 302 and 702, nothing else changed): with
the lead 10 dB down the 3.2 kHz bell over the trend reads 10.6 -> 12.7 and 9.9 -> 12.6 dB, and "harsh" goes from
a lean (0.47, 0.45) to a problem (0.55, 0.54) that outranked the lead's own "too quiet" (0.52, 0.53).

The rule an engineer states: fix the vocal's level before EQ-ing the mix around it. A lead vocal's level problem
explains a whole-mix tonal verdict of the opposite sense (too quiet: an excess; too loud: a lack) in a range
outside the lead's own main bands (inside them, its own level would move the verdict the other way), when
moving the lead back by its measured distance would change the mix's level in its main bands by at least
``NOTICEABLE_DB`` (summed from the track meters, the way the mix sums them). The lead then goes just before the
verdict (``balance_first.balance_before_eq``), which says the lead may explain it. Severities are unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from companion.context import Finding, FindingKind
from companion.knowledge.bands import main_bands

LEAD = "lead_vocal"
NOTICEABLE_DB = 1.0
"""About the smallest change of level a listener notices on music (the just-noticeable difference, ~1 dB)."""

BandsByTrack = Mapping[str, Mapping[str, float | None] | None]


def is_lead_level(f: Finding) -> bool:
    """A lead vocal's own level problem, with the distance from its place measured (``deviation_db``)."""
    return (
        f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
        and f.is_problem
        and f.track is not None
        and f.evidence.get("role") == LEAD
        and isinstance(f.evidence.get("deviation_db"), (int, float))
    )


def mix_change_db(lead: str, shift_db: float, bands: BandsByTrack, band: str) -> float:
    """How much the sum of every metered track in ``band`` changes (dB) when ``lead`` moves by ``shift_db``."""
    others = 0.0
    own = None
    for name, levels in bands.items():
        value = (levels or {}).get(band)
        if value is None or not math.isfinite(value):
            continue
        if name == lead:
            own = 10.0 ** (value / 10.0)
        else:
            others += 10.0 ** (value / 10.0)
    if own is None or others + own <= 0.0:
        return 0.0
    after = others + own * 10.0 ** (shift_db / 10.0)
    return 10.0 * math.log10(after / (others + own))


def lead_explains(level: Finding, tonal: Finding, tonal_band: str, excess: bool, bands: BandsByTrack) -> bool:
    """True when ``level`` is the lead vocal's level problem and may be causing ``tonal`` (a whole-mix verdict in
    ``tonal_band``; ``excess``: harsh, muddy, boomy rather than thin, dull): opposite sense, outside the lead's
    main bands, and the lead moved back by its distance changes the mix in its main bands by a noticeable amount."""
    if not is_lead_level(level) or tonal.track is not None:
        return False
    quiet = level.kind is FindingKind.TRACK_TOO_QUIET
    if quiet != excess:
        return False
    own = main_bands(bands.get(level.track or ""))
    if not own or tonal_band in own:
        return False
    shift_db = -float(level.evidence["deviation_db"])
    return any(abs(mix_change_db(level.track or "", shift_db, bands, b)) >= NOTICEABLE_DB for b in own)
