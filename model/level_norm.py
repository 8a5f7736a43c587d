""" "Should the vocal be loud?", "is the kick meant to be this loud?", "should the bass be on top?": a question about
where a part's level belongs, answered against where it sits now.

Why: the router reads such a question as the complaint it names ("loud") and answers it as "is it too loud?":
"Yes:" above a part measured 12 dB over (then "bring it down", so the yes reads as "yes, it should be loud"),
and "No:" above a part inside its usual range (read as "no, it shouldn't be loud"). An engineer answers the norm
from the measurement: "Not this loud:" when the part sits over its place, "Louder than it is now:" when it sits
under it, and "About where it is now:" when its level is inside the range real mixes use. Only the opening is
fitted; the body (the measurement and its card) stays the route's own.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Asked, Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, fit, split_sentences
from model.verdict_opening import opening

_LOUD_WORDS = (
    r"loud|hot|up front|upfront|out front|in front|on top|forward|prominent|the loudest(?: thing)?|dominant"
)
_QUIET_WORDS = r"quiet|soft|low|back|in the back|tucked (?:in|away|under)|buried|subtle"
NORM = re.compile(
    r"\b(?:should(?:n'?t)?|is|isn'?t|are|aren'?t)\s+(?P<part>(?!(?:i|we|it|you)\b)[\w' -]{2,40}?)\s+"
    r"(?:be|supposed to be|meant to be|ought to be|need to be|have to be)\s+"
    r"(?:(?:this|that|so|really|very|super|kinda|quite|pretty|that much)\s+)?"
    rf"(?:(?P<loud>{_LOUD_WORDS})|(?P<quiet>{_QUIET_WORDS}))\b(?!\s*(?:er\b|than\b))",
    re.IGNORECASE,
)
"""A part's level asked as a norm: the part, then "be" (or "supposed to be"), then where it would sit. A
comparison ("louder", "louder than the guitar") is a move or a match, answered elsewhere."""


PRONOUN_NORM = re.compile(
    # "shouldn't it be loud?" keeps its yes or no: only the norm said as meant or supposed is asked
    r"\b(?:is|isn'?t|are|aren'?t)\s+(?P<part>it|they|that|this)\s+(?:supposed to be|meant to be|ought to be)\s+"
    r"(?:(?:this|that|so|really|very|super|kinda|quite|pretty|that much)\s+)?"
    rf"(?:(?P<loud>{_LOUD_WORDS})|(?P<quiet>{_QUIET_WORDS}))\b(?!\s*(?:er\b|than\b))",
    re.IGNORECASE,
)
"""'can barely hear the shaker, is it meant to be that subtle?': the norm asked of the one part said before it."""


ALLOWED = re.compile(
    r"\b(?P<part>(?!(?:i|we|you)\b)[\w' -]{2,40}?)\s+(?:can|could|may|is allowed to|are allowed to)\s+"
    r"(?:sit|be|stay|go|live)\s+(?:(?:way|far|well|pretty|really|quite)\s+)?"
    rf"(?:(?P<loud>{_LOUD_WORDS})|(?P<quiet>{_QUIET_WORDS}))\b(?!\s*(?:er\b|than\b))|"
    # "vocal's on top, as it should be in pop, right?": the place said, then granted as the norm
    rf"\b(?P<part2>[\w' -]{{2,40}}?)(?:'s| is| are|'re)\s+(?:(?P<loud2>{_LOUD_WORDS})|(?P<quiet2>{_QUIET_WORDS}))"
    r",?\s+(?:as|like|where) (?:it|they|that|she|he) (?:should|ought to|is supposed to|are supposed to|needs? to)\b",
    re.IGNORECASE,
)
"""A part's place granted as the norm ("strings are just a pad, they can sit way back?", "vocal's on top, as it should
be"): answered as the norm is, against where the part sits now."""


def _level_faults(ctx: MixContext) -> list[Finding]:
    return [
        f
        for f in ctx.problems
        if f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
        and f.is_problem
        and not f.is_lean
    ]


def _asked_in(focus: Focus, said: str) -> list[Asked]:
    low = said.lower()
    return [
        a for a in focus.asked if a.tracks and re.search(rf"\b{re.escape((a.said or a.word).lower())}", low)
    ]


def norm_opening(
    loud_asked: bool, fault: FindingKind | None, over: str | None = None, granted: bool = False
) -> str:
    """The opening for a level norm: the way the part sits against its place, in the words of the question;
    ``over``: another part measured too loud, which the part's own level does not answer for; ``granted``: the
    place was said as allowed ("they can sit way back?"), so a part in place gets a yes."""
    where = "Yes, where it sits now" if granted else "About where it is now"
    if fault is None:
        return f"{where}; it's {over} that sits too loud." if over else f"{where}:"
    too_loud = fault is FindingKind.TRACK_TOO_LOUD
    if too_loud == loud_asked:
        return "Not this loud:" if too_loud else "Not this quiet:"
    return "Quieter than it is now:" if too_loud else "Louder than it is now:"


def level_norm(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with where the part asked about sits against its place; ``ans`` itself for any other
    question, one naming no part (or several), or an answer without a bare verdict to replace."""
    q = focus.intent.question
    m = NORM.search(q) or ALLOWED.search(q) or PRONOUN_NORM.search(q)
    if m is None or not focus.session:
        return ans
    part = m.group("part") or m.groupdict().get("part2") or ""
    if m.re is not NORM and re.fullmatch(r"(?:they|it|that|this|he|she)", part.strip(), re.IGNORECASE):
        # "strings are just a pad, they can sit way back", "the shaker, is it meant to be that subtle?": the part
        # said before the pronoun
        part = q[: m.start()]
    asked = _asked_in(focus, part)
    opened = opening(ans.text)
    if len(asked) != 1 or opened is None:
        return ans
    tracks = {rt.name for rt in asked[0].tracks}
    faults = _level_faults(ctx)
    fault = next((f.kind for f in faults if f.track in tracks), None)
    over = next((f"'{f.track}'" for f in faults if f.kind is FindingKind.TRACK_TOO_LOUD and f.track), None)
    loud_asked = (m.group("loud") or m.groupdict().get("loud2")) is not None
    said = norm_opening(loud_asked, fault, over, granted=m.re is ALLOWED)
    body = ans.text[opened.end() :]
    parts = split_sentences(f"{said} {capital(body) if said.endswith('.') else body}")
    ans.text = fit(parts, EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS, keep=2)
    return ans
