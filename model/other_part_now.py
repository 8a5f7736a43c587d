""" "ok clap is tamed. how's the vocal sitting now?": after a move on one part, the state of another part asked.

Why: the comparison route answers the part whose fader moved ("Better: the 'Clap' sitting too loud is gone"),
and for "pulled the bass down. is the vocal loud enough now?" even opened with a "Yes" while the vocal was still
8 dB low: the question's last sentence asks about the vocal. An engineer answers the part asked (its verdict
and move, as for any "is the vocal loud enough?"), then says in a sentence how the move that was made came out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.answer_compare import better_now, moved_tracks
from model.focus import Focus
from model.intent import Wants
from model.intent_forms import LOW_END
from model.phrasing import MAX_WORDS, Answer, Composer, lower_first, split_sentences, words

_COMPARED = re.compile(
    r"\b(better|worse|improv\w*|help(ed|s)?|fix(ed)?|work(ed|s)?|sorted|solved|difference|change[ds]?|"
    r"(room|space) to breathe|again)\b|\b(more |some |enough |any )?(room|space|air)( now)?\s*\?*\s*$",
    re.I,
)
"""A last sentence that weighs the move ("does the vocal sit better now?", "does the singer finally have some room
to breathe?": the room the move was made for; "am i the main voice again": the state the move was to bring back),
which the comparison answers."""
_NOW = re.compile(r",?\s*\b(now|then)\b\s*(?=[?.!]*\s*$)|\bnow\b\s*,?\s*", re.IGNORECASE)
"""The "now" of a state asked after a move, dropped so the sentence reads as the plain state question."""
_VERDICT = re.compile(r"^[^:.]{1,30}:\s+")
"""A comparison's opening verdict, up to its colon ("Better: ", "Not yet, but closer: ")."""
_DONE = re.compile(
    r"\b(tamed|sorted|fixed|done|handled|down|up|tucked|back|pulled|pushed|turned|lowered|raised|cut|dropped|"
    r"bumped|trimmed)\b",
    re.IGNORECASE,
)
"""A move told as done ("clap's tamed", "bass is down now"), before the other part is asked."""
_IT_ASKED = re.compile(
    r"^\W*(and |so |ok |okay )?(does|do|is|are|did|has|have|will|how'?s|hows|how is|how are|how does|how do) "
    r"(it|they|that|this)\b",
    re.I,
)
"""The asked clause with the part moved as its pronoun subject ("does it sit under the vocal", "how's it sitting in
the beat"); the part it names is where it sits against."""
_CHUNK = re.compile(r"(?<=[.?!;])\s+|,\s+")


def _mentions(text: str, word: str) -> bool:
    """True when ``text`` names the part said as ``word``."""
    return re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE) is not None


def other_part_now(ctx: MixContext, focus: Focus, answer_of: Composer) -> Answer | None:
    """The state of a part asked after a move made on another one, then how that move came out; None when the
    question asks about the moved part, weighs the move ("better?"), or there is no earlier clip.

    ``answer_of`` answers a context (``model.answer.compose``), passed in so this module imports no router."""
    prev = ctx.previous
    if prev is None or ctx.snapshot is None:
        return None
    chunks = [c for c in _CHUNK.split(focus.intent.question.strip()) if c.strip()]
    parts = [a for a in focus.asked if a.tracks]
    # the last clause naming a part is the ask ("what about the vocal, is it loud enough?" runs to the end)
    k = max((i for i, c in enumerate(chunks) if any(_mentions(c, a.said) for a in parts)), default=None)
    if k is None:
        return None
    ask = ", ".join(chunks[k:])
    told_text = " ".join(chunks[:k])
    asked = [a for a in parts if _mentions(chunks[k], a.said)]
    told = [a for a in parts if _mentions(told_text, a.said) and a not in asked]
    asked_names = {rt.name for a in asked for rt in a.tracks}
    moved = [n for n in moved_tracks(prev.snapshot, ctx.snapshot) if n not in asked_names]
    if _COMPARED.search(ask) or any(_mentions(told_text, a.said) for a in asked) or not moved:
        return None
    if told and not any(rt.name in moved for a in told for rt in a.tracks):
        return None  # "the bass is up front, is the vocal ok?": the part told was not moved, nothing came out
    if told and _IT_ASKED.search(chunks[k]):
        return None  # "pulled the organ back, does it sit under the vocal now?": "it" is the part moved
    if LOW_END.search(chunks[k]) and any(a.word == "bass" for a in told):
        return None  # "bass fader went up, does the low end lock in w the drums now?": the low end is the bass moved

    if focus.intent.wants != Wants.BETTER and not (told and _DONE.search(told_text)):
        return None  # "clap's tamed, what about the vocal?": a move told, then another part asked
    # the plain state question, on this clip alone (no clip before: it cannot come back here), the earlier turns
    # about the other part left out ("clap is way too loud" is no claim on the vocal)
    state = answer_of(replace(ctx, question=_NOW.sub(" ", ask).strip(), previous=None, history=()))
    came_out = better_now(ctx, replace(focus, asked=tuple(told)) if told else replace(focus, asked=()))
    # its first sentence without the comparison's verdict ("Better:", "Not yet:"), said as a note on the move
    note = f"As for the move you made: {lower_first(_VERDICT.sub('', split_sentences(came_out.text)[0], count=1))}"
    kept = split_sentences(state.text)
    while len(kept) > 1 and words(" ".join([*kept, note])) > MAX_WORDS:
        kept.pop()
    return replace(state, text=" ".join([*kept, note]))
