"""An open question after a statement ("my mix sounds thin, what am I missing?", "feels empty... what else would
you add?") asks for a thing: the clause that carries the question mark opens with a question word, so the
statement before it is context, not a claim said rising, and the answer names what was found (no "Yes:")."""

from __future__ import annotations

import re

_LAST_CLAUSE_WH = re.compile(
    r"(?<=\w)([,;.!?:]+|\s(and|so|but|then|like|ok|okay)|(?=\s))\s*(so |and |but |ok |then )?"
    # "im not sure how i feel about where it sits": a doubt said, no question word asking
    r"(?<!\bsure )(?<!\bknow )(?<!\bidk )(?<!\bdunno )(?<!\bdecide )(?<!\bwonder )(?<!\bwondering )(?<!\babout )"
    r"(what|what's|whats|which|where|how|how's|hows|who)\b"
    r"(?! (do|did) (you|u|ya) (think|reckon)\b)(?! (you|u) think\b)(?! about (it|this|that)\b)[^,;.!?]*"
    # "..., how's my voice coming across in this mix, honestly?": a filler after the clause keeps it last
    r"(,\s*(honestly|tbh|be honest|lol|pls|please|though|really|mate|man|bro|haha))*\?*\s*$",
    re.IGNORECASE,
)
"""The last clause opens with a question word ("what am I missing?", "what should I add?"), an opinion tail
("what do you think?") aside: that one asks for a verdict on the statement."""


_WH_OPENING = re.compile(
    # "tell me what you hear in the drums": the question word first once the request to say it is set aside
    r"^\s*(so |ok |and |but )?((just |pls |please )?(tell|show) me |let me know |say )?"
    r"(what|what's|whats|which|where|how|how's|hows|who|why|when)\b",
    re.I,
)
"""A question word first: the whole text is the question ("whats a normal high-pass ..., like where ..."), no
statement before it."""


def open_question(text: str) -> bool:
    """True when ``text`` says something, then asks with a question word in its last clause (it asks for a
    thing); a question word first ("what do you hear in the sax?") is the question's own form, read elsewhere."""
    return _WH_OPENING.match(text) is None and _LAST_CLAUSE_WH.search(text) is not None


OPINION_ON = re.compile(
    # "honest thoughts on the keyboard part?": with a word for how frank
    r"^\W*(ok |so |and |any |your |ur |honest |quick |brutal |real |genuine |straight |first )*(thoughts|opinions?|"
    r"take|verdict|feedback|notes|impressions?) (on|about|re)\b",
    re.IGNORECASE,
)
"""'thoughts on the violin?', 'your take on the bass?': an opinion asked of a part, not a claim put as a question."""
