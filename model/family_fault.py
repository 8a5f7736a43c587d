"""A complaint about a whole family with one member guessed ("something sounds off in the vocals, is the main one
too loud?", "something's wrong with the drums, is it the snare?"): the user asks what is off in that family. When
the member guessed is fine but another member carries a measured fault, the answer keeps its verdict on the
guess ("No: 'Lead Vocal' sits ...") and goes on to what is off ("What is off in the vocals is 'Harmony Vox': ...")
with that track's move first, instead of stopping at "I'd leave it"."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, MixContext, Topic
from companion.knowledge.roles import ROLE_TOPICS
from model.answer_tracks import MAX_WORDS
from model.focus import Focus
from model.phrasing import SENTENCE_BREAK, Answer, capital, first_sentence, fit, lower_first, names
from model.recipes import recipe

FAMILY_OFF = re.compile(
    r"\b(?:something|somethin'?g?|sth|smth|summat)(?:'s| is)?\s+(?:\w+\s+){0,2}?"
    r"(?:off|wrong|weird|funny|not right|odd|strange|up)\s+(?:in|with|about|on)\s+(?:the\s+|my\s+|those\s+|these\s+)?"
    r"(?P<family>vocals?|vox|voices?|singers?|drums?|kit|keys|keyboards?|guitars?|gtrs?)\b",
    re.IGNORECASE,
)
"""'something sounds off in the vocals', 'somethin is wrong with my drums', 'something weird about the keys'."""

FAMILY_TOPIC = {"voc": Topic.VOCALS, "vox": Topic.VOCALS, "voi": Topic.VOCALS, "sin": Topic.VOCALS,
                "dru": Topic.DRUMS, "kit": Topic.DRUMS, "key": Topic.KEYS, "gui": Topic.GUITARS,
                "gtr": Topic.GUITARS}  # fmt: skip


def family_fault(ctx: MixContext, focus: Focus) -> tuple[str, Finding] | None:
    """The family the question says is off, and the worst measured fault on a member not guessed."""
    m = FAMILY_OFF.search(focus.intent.question)
    if m is None or focus.session is None or not focus.asked:
        return None
    topic = FAMILY_TOPIC.get(m.group("family").lower()[:3])
    members = {
        rt.name
        for rt in focus.session.tracks
        if not rt.track.mute and ROLE_TOPICS.get(rt.role or "") is topic
    }
    asked = {rt.name for rt in focus.tracks}
    if any(f.track in asked for f in ctx.problems if not f.is_lean):
        return None  # the member guessed carries a fault itself: the answer about it stands
    other = next((f for f in ctx.problems if not f.is_lean and f.track in members - asked), None)
    return (m.group("family").lower(), other) if other is not None else None


def _bare(said: str) -> str:
    return re.sub(r"^(the|my|those|these)\s+", "", said.lower())


def guessed_member(focus: Focus) -> Focus:
    """ "something's off in the vocals, is the harmony too loud?", "... in the drums, is the kick too loud?": the
    member guessed is what is asked about; the family word only says where to look (``with_family_fault`` looks
    there afterwards). The family word is dropped from what is asked, so the verdict is about the guess (and a
    guess that is not in the session is said to be missing)."""
    m = FAMILY_OFF.search(focus.intent.question)
    if m is None or len(focus.asked) < 2:
        return focus
    fam = m.group("family").lower()[:3]
    family = next((a for a in focus.asked if _bare(a.said or a.word).startswith(fam)), None)
    if family is None:
        return focus
    return replace(focus, asked=tuple(a for a in focus.asked if a is not family))


def _verdict_end(text: str) -> int:
    """Where the verdict on the member guessed ends: after "... so I'd leave it." when it says so early."""
    ends = [m.end() for m in SENTENCE_BREAK.finditer(text)][:3]
    for end in ends:
        if re.search(r"leave it|is fine|fine as it is|inside the range", text[:end]):
            return end
    return ends[0] if ends else len(text)


def with_family_fault(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` (a verdict on the member guessed) followed by the fault measured elsewhere in its family."""
    found = family_fault(ctx, focus)
    if found is None or (ans.first is not None and ans.first.track == found[1].track):
        return ans
    family, fault = found
    if ans.moves and any(s.track == fault.track for s in ans.moves[0].suggestions):
        return ans  # already answered with that track's move first
    move = recipe(fault, focus.session)
    said = f"what is off in the {family} is {fault.track!r}: {lower_first(first_sentence(fault.summary))}"
    asked = [rt.name for rt in focus.tracks]
    end = _verdict_end(ans.text)
    head, rest = ans.text[:end].strip(), ans.text[end:].strip()
    if not asked:  # the guess is not in the session: say so (its first sentence), then what is off instead
        head, rest, said, ans.moves = first_sentence(ans.text), "", capital(said), []
    elif not any(f"'{n}'" in head for n in asked):  # the verdict is not about the guess: not the guess
        head, rest, said, ans.moves = f"Not {names(asked, 3)}:", "", said, []
    else:
        said = capital(said)
    text = fit([head, said, move.try_text, move.check_text, rest], MAX_WORDS, keep=3)
    return Answer(text, [move, *ans.moves], fault)
