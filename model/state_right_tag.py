""" "the vocal's fine right", "kick's too loud right": a tag typed with neither its comma nor its question mark.

Why: "right" at the end of a message is often the statement's own word ("does it sit right", "panned right"), so
``model.intent_forms`` reads it as a tag only with a comma or a "?". After a word that states how a part is
("fine", "ok", "too loud", "buried") it can only be the tag: the statement is asked back for a yes or no, as
"the vocal's fine, right?" is."""

from __future__ import annotations

import re

STATE_RIGHT_TAG = re.compile(
    r"\b(fine|ok|okay|good|alright|all right|balanced|enough|loud|quiet|low|hot|soft|buried|muddy|harsh|boomy|thin|"
    r"bright|dull|boxy|much|sitting well|in place|clean)(?P<tag>\s+(right|correct))\s*$",
    re.IGNORECASE,
)
"""A state word, then "right" (or "correct") closing the message with no comma or question mark."""


def state_right_tag(text: str) -> re.Match[str] | None:
    """Where a bare "right" tag closes a statement of how a part is, or None."""
    m = STATE_RIGHT_TAG.search(text)
    return m if m is not None and len(text[: m.start("tag")].split()) >= 2 else None
