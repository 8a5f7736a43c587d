""" "cant hear my harmony part at all, is it even on?": whether a part plays, asked of a part measured far too low.

Why: the judge route opened "Yes:" (or "No:" to "is it muted?"), which answers the level claim the router read
("too quiet"), not the words asked. The part is playing (its meter reads a level), just buried: an engineer says
so first, then the fader."""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit, split_sentences

PLAYING_Q = re.compile(
    r"\b(is|are) (it|they|that|this|she|he|the [\w' -]{2,25}?) (even |actually |really )?(?P<state>on|playing|muted|"
    r"turned on|switched on|in the mix at all|there at all|(?:(?<=even )|(?<=actually )|(?<=really ))(working|there|in there))"
    r"( or (something|what|anything|not))?\s*\?*\s*$",
    re.IGNORECASE,
)
"""Whether the part plays at all ("is it even on?", "is the harmony muted?"); "is the harmony working?" alone asks
whether it works in the song, not whether it plays."""
THERE_SAID = re.compile(
    r"^\W*(so |ok |and |but )?(the |my |our )?(?P<part>[\w'-]+( [\w'-]+)?) (is|are|'s|'re) (there|in there|in the mix)"
    r"\s*[?,.]",
    re.IGNORECASE,
)
"""The same asked as a statement with a tag ("harmonies are there right? i can barely make em out")."""
MUTE_ASKED = re.compile(
    r"\bdid (i|we|u|you) (accidentally |somehow |just |maybe |like )?(mute (it|them|that|this|(the|my) [\w' -]{2,25}?)\b|"
    r"(turn|switch) (it|them|that|this) off\b|(turn|switch) off (it|them)\b)|"
    # "hats r missing, did they get muted or something?": the same asked of the part, the muter left out
    r"\bdid (it|they|that|this|(the|my) [\w' -]{2,25}?) (get|go) (muted|turned off|switched off)\b",
    re.IGNORECASE,
)
"""Whether the user muted the part by mistake ("harmony vox disappeared, did i mute it?"): a mute asked, which the
session's own mute state answers."""
EXISTS_Q = re.compile(
    r"\b(?P<be>is|are) there (even |really |actually )?((a|an|any|some) )?[\w' -]{2,25}? ((in|on) (this|here|there|it|the "
    r"(mix|song|track|tune|recording))|"
    r"at all)\b",
    re.IGNORECASE,
)
"""Whether the song has the part at all ("is there even a piano in this lol? i swear we tracked one"): the track
is in the session, so yes, and how loud it plays."""
_VERDICT = re.compile(r"^(Yes|No|Too quiet|It's fine)\s*:\s*")


def is_it_on(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "It's on, just too quiet:" when asked whether a part measured too low is on, and "Yes, it's
    on:" when it is measured at its place; ``ans`` otherwise."""
    q = focus.intent.question
    m = PLAYING_Q.search(q)
    said = THERE_SAID.match(q) if m is None and focus.intent.tag else None
    mute = MUTE_ASKED.search(q) if m is None and said is None else None
    exists = EXISTS_Q.search(q) if m is None and said is None and mute is None else None
    if mute is not None and (off := [rt for rt in focus.tracks if rt.track.mute]):
        return Answer(
            f"Yes: {off[0].quoted} is muted in the session. Unmute it (the M on its track) and play it again."
        )
    v = _VERDICT.match(ans.text)
    if (m is None and said is None and mute is None and exists is None) or v is None or not focus.tracks:
        return ans
    if exists is not None:
        if any(not a.tracks for a in focus.asked):
            return ans
        if any(a.stand_in for a in focus.asked):  # "is there a piano in this?" with only 'Keys': not as such
            return _opened(focus, ans, "Not as its own track:", v)
        # "are there even harmonies on this?": there are
        be, it = ("are", "they're") if exists["be"].lower() == "are" else ("is", "it's")
        heads = {FindingKind.TRACK_TOO_QUIET: f"Yes, there {be}, just too quiet:",
                 FindingKind.TRACK_TOO_LOUD: f"Yes, there {be}, and {it} too loud:"}  # fmt: skip
        if ans.first is not None:
            head = heads.get(ans.first.kind)  # its level fault, said with the yes
        else:
            head = None if ans.moves else f"Yes, there {be}:"  # a move with no finding keeps its own opening
        return ans if head is None else _opened(focus, ans, head, v)
    state = m.group("state").lower() if m is not None else "muted" if mute is not None else "there"
    muted = state == "muted"
    # "are they even there?", "is the piano even in there?": there, not "on"
    on = "there" if state.startswith("there") or state == "in there" else "on"
    subject = (
        m.group(2) if m is not None else said.group("part") if said is not None else focus.asked[0].said
    ).lower()
    they = subject in ("they", "them") or (subject.endswith("s") and not subject.endswith("ss"))
    be = "They're" if they else "It's"
    if ans.first is not None and ans.first.kind is FindingKind.TRACK_TOO_QUIET:
        head = (
            f"No, {be.lower()} playing, just too quiet:"
            if muted
            else f"No, barely: {be.lower()} there but too quiet:"  # "is the organ even there?": not heard, barely
            if on == "there"
            else f"{be} on, just too quiet:"
        )
    elif ans.first is None and not ans.moves:  # the part cleared: it plays, at its place
        head = f"No, {be.lower()} playing:" if muted else f"Yes, {be.lower()} {on}:"
    else:
        return ans
    return _opened(focus, ans, head, v)


def _opened(focus: Focus, ans: Answer, head: str, v: re.Match[str]) -> Answer:
    """``ans`` with ``head`` for the opening ``v`` it had; the longer opening may push the answer past its budget,
    so later sentences go first."""
    limit = EXPLAIN_WORDS if focus.intent.explain or focus.intent.wants == Wants.WHY else MAX_WORDS
    ans.text = fit(split_sentences(f"{head} {ans.text[v.end() :]}"), limit, keep=2)
    return ans
