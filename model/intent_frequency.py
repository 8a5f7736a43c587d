"""A question that asks where on the spectrum to make a move ("which frequency?", "what freq should I cut on the
horns?", "where should I cut?", "at what hz?"): it wants the frequency of the EQ move, leaning on the answer before
when it names nothing. An engineer answers it with the frequency and the part to dip, or says plainly that the
fix is not an EQ move; never "which would you like better?" nor a yes or no. A bare setting asked the same way
("what attack?", "and the ratio?") leans on the move just talked about too: that part's compressor."""

from __future__ import annotations

import re

FREQUENCY_Q = re.compile(
    r"\b(what|which)\s+(exact\s+)?(frequency|frequencies|freq|freqs|hz)\b|"
    r"\bat what (frequency|freq|hz)\b|"
    r"\bwhere (should|do|would|can|shall) (i|you|we) (cut|dip|boost|eq|notch|scoop)\b",
    re.IGNORECASE,
)


HZ_SAID = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(k|khz|hz)\b", re.IGNORECASE)
"""A frequency said with its unit ("60hz", "3k", "2.5 kHz"): its number and unit, where an EQ move goes."""


def asks_frequency(text: str) -> bool:
    """True when ``text`` asks for the frequency of a move (an EQ cut or boost), not whether to make one."""
    return FREQUENCY_Q.search(text) is not None


SETTING_ASKED = re.compile(
    r"^\s*(and |ok |so |then )?(what|which|the|its|how (fast|slow|quick|long|much|hard))\b[^?]{0,25}\b(attack|release|ratio|"
    r"threshold|knee|makeup|gain reduction)\b[^?]{0,20}\??\s*$",
    re.IGNORECASE,
)
"""A bare setting asked ("what attack?", "and the ratio?"): the setting of the move just talked about."""


def asks_setting(text: str) -> bool:
    """True when ``text`` is a bare setting asked ("what attack?"), leaning on the move just talked about."""
    return SETTING_ASKED.match(text) is not None
