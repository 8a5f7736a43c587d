"""A list asked for ("top 3 things to fix?", "3 biggest issues?", "give me a list of what to fix"): an open ask for
the things to change, in order, never a statement to say yes or no to. A leaf: the question reader and the
list's opening (``model.list_ask``) both use it."""

from __future__ import annotations

import re

LIST_ASK = re.compile(
    r"\b(top|main|biggest|first)\s+(\d|two|three|four|five|few|couple)\b|"
    r"\b(\d|two|three|four|five|a few|a couple( of)?|some)\s+(quick\s+|easy\s+|main\s+|big\s+|biggest\s+|worst\s+|"
    r"top\s+|most important\s+)?(things|fixes|changes|wins|issues|problems|tweaks|moves)\b|"
    r"\b(everything|all the things|every(thing| change))\b[^?]{0,30}\b(change|fix|do|tweak)\b|"
    r"\b(list|rank)\b[^?]{0,30}\b(things|fixes|changes|issues|problems|to (fix|change|do|tweak))\b|"
    # "whats the biggest problem and whats the second biggest": the first two, asked one by one
    r"\b(biggest|worst|main|first)\b[^?]{0,40}\b(and|then|plus|&)\b[^?]{0,25}\b(second|next|2nd|runner[- ]up)\b",
    re.IGNORECASE,
)
"""A list asked for: "top 3 things", "a few quick wins", "everything you'd change, in order"."""
