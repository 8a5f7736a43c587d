""" "Pushed it 3 dB, still buried, another 3?": a further move proposed after one already made.

A leaf shared by the question reader (a move reported with a further one proposed asks for that one, not "did
that help?") and the size verdict (``model.size_enough``: the size still to go against the one proposed).
"""

from __future__ import annotations

import re

ANOTHER = re.compile(
    r"\b(another|an? (extra|other|additional|further)) (?P<n>\d{1,2}(\.\d)?)( ?db)?\b|"
    r"\b(?P<m>\d{1,2}(\.\d)?)( ?db)? more\b(?! than)",
    re.IGNORECASE,
)
"""A further size proposed ("another 3?", "2 more?"): the faders read now already hold the first move, so the size
proposed is the one still to go."""
