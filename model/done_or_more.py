""" "Is it done or is there one last thing id wanna tweak?": the mix's state offered against one more fix, answered
with nothing to fix.

Why: the clean and lean-only answers open with a verdict made for a plain yes/no ("Yes, you can bounce it:",
"Yes.", "Nothing needs changing."), and a "Yes" to an either/or says neither side. An engineer names the side:
"It's done: nothing needs fixing." A fault measured keeps its own "Not quite, one thing:".
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.intent_wants import DONE_OR_MORE
from model.phrasing import Answer

_NO_FAULT = re.compile(
    r"^(Yes, you can bounce it(?P<colon>:)|Yes, you're good(?P<colon2>:)|Yes\.|No, nothing needs fixing\.|"
    r"Nothing needs changing\.|No\.)\s+"
)
"""The no-fault verdicts a plain yes/no opens with."""


def done_or_more(question: str, ans: Answer) -> Answer:
    """``ans`` opened "It's done" (the state word said) when the question offers the mix done against one more fix
    and the answer finds nothing to fix; ``ans`` otherwise."""
    said = DONE_OR_MORE.search(question)
    opener = _NO_FAULT.match(ans.text)
    if (
        said is None
        or opener is None
        or (ans.first is not None and ans.first.is_problem and not ans.first.is_lean)
    ):
        return ans
    rest = ans.text[opener.end() :]
    head = f"It's {said['word'].lower()}"
    if opener["colon"] or opener["colon2"]:
        return replace(ans, text=f"{head}: {rest}")
    if opener.group(0).startswith(("No, nothing", "Nothing")):
        return replace(
            ans,
            text=f"{head}: nothing needs {'fixing' if 'fixing' in opener.group(0) else 'changing'}. {rest}",
        )
    return replace(ans, text=f"{head}. {rest}")
