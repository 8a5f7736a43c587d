"""'Washy' said of a cymbal ("the ride is way too washy", "crashes sound washy"): the cymbal's own long, bright
sustain smearing over the beat, not a reverb.

Why: "washy" of a vocal or a mix is too much reverb, so the amount route read "ride cymbal is way too washy" as the
reverb on the drums ("there's no reverb on 'Hats' at all"), an answer about a tool the user never named. Of a
cymbal, an engineer hears its wash: too much level or top end ringing on, tamed on the cymbal's own track or the
overheads (fader, a dip up top), unless a reverb is named too.
"""

from __future__ import annotations

import re

CYMBAL = re.compile(
    r"\b(ride|rides|crash\w*|cymbals?|overheads?|ohs?|hi-?hats?|hats?|splash|china)\b", re.IGNORECASE
)
"""The cymbals and the mics that carry them."""
WASH = re.compile(r"\bwash(y|ier|iness|ed out)?\b", re.IGNORECASE)
"""The wash said of them."""
REVERB = re.compile(r"\b(reverb\w*|verbs?|wet|roomy|room|plate|hall|ambien\w*)\b", re.IGNORECASE)
"""A reverb named beside it ("the ride is washy, too much reverb?"): then the reverb is asked about after all."""


def cymbal_wash(question: str) -> bool:
    """True when ``question`` calls a cymbal washy without naming a reverb."""
    return bool(WASH.search(question) and CYMBAL.search(question) and not REVERB.search(question))
