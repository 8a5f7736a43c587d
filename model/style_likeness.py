""" "Does this sound like a 90s grunge record?", "is it 80s enough?", "does this sound like bon iver?": a style, an
era or an artist asked for by ear.

Why: the judge route answered "Yes, you're good: nothing needs fixing", a yes to a likeness nothing here measures.
The analysis knows level, tone, width and dynamics, and the genre word only picks the family of real mixes the
tone is compared with; it cannot hear whether a mix sounds like a decade or a scene. An engineer says so, keeps
what was measured against that family, and offers the one comparison that does answer it: a record of that sound
as the reference.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, capital, fit, lower_first

_ERA = r"(19)?[5-9]0'?s|'[5-9]0s|20[01]0'?s|fifties|sixties|seventies|eighties|nineties|noughties|y2k"
_STYLE = (
    r"grunge|motown|punk|pop[- ]punk|emo|metal|nu[- ]metal|shoegaze|britpop|indie|disco|funk|jazz|blues|gospel|"
    r"country|folk|reggae|ska|dub|trap|drill|boom[- ]bap|lo-?fi|hip[- ]hop|r ?& ?b|techno|house|trance|dubstep|"
    r"synthwave|new wave|post[- ]punk|classic rock|stoner rock|surf|garage rock|soul|neo[- ]soul|bedroom pop"
)
LIKENESS = re.compile(
    rf"\bsounds? (\w+ )?(like|as if it'?s|as though it'?s) (an? |the |some |those |that |old |classic |real )*"
    rf"[^?.!,]{{0,25}}?\b({_ERA}|{_STYLE})\b|"
    rf"\b(sounds?|feels?) (\w+ )?(authentically |properly |really |very |more |enough )?({_ERA})\b|"
    rf"\b({_ERA}|{_STYLE}) enough\b",
    re.IGNORECASE,
)
"""A question whether the mix sounds like a style or an era."""
ARTIST = re.compile(
    r"\b(does|do|did|will|would) (this|it|my (mix|song|track|tune)|the (mix|song|track|tune)|this (mix|song|track)) "
    r"(\w+ )?sound (\w+ )?like (the )?(?!(a|an|the|it|its|it's|my|your|our|reference|original|real thing|rest|others?|"
    r"master|mix|song|track|record|same|karaoke|something|anything|nothing|garbage|crap|trash|shit|"
    r"ass|mud|mush|soup|cardboard|radio|pro|professional|amateur|demo|bedroom|home|everything|one|that|this|what|"
    r"i|you|we|they|too|more|less|much)\b)[a-z][\w'.&-]*( [\w'.&-]+){0,3}\s*\?*\s*$",
    re.IGNORECASE,
)
"""A question whether the mix sounds like an artist ("does this sound like bon iver?"): a likeness nothing measures,
as a style's is."""
VIBE_HEAD = "Not something a meter can call yes or no"
_VERDICT = re.compile(
    r"^(Yes|No|Yeah|Nope)(, (you're good|it's fine|it's in good shape( overall)?|nothing is off))?[:,.] *",
    re.I,
)


def style_likeness(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with its yes/no (if it has one) replaced by what can and cannot be judged, when a style or era is
    asked by ear."""
    asked = LIKENESS.search(focus.intent.question) or ARTIST.search(focus.intent.question)
    artist = asked is not None and not LIKENESS.search(focus.intent.question)
    verdict = _VERDICT.match(ans.text)
    if ans.text.startswith(VIBE_HEAD):
        return ans  # "is it 70s enough?": the vibe's own craft answer says so already (model.vibe_craft)
    if asked is None or focus.intent.wants != Wants.JUDGE:  # "how do I make it sound 80s?" is craft, answered
        return ans
    if focus.intent.instruments:
        return (
            ans  # "does the snare sound like a metal bin?": a part's sound likened to a thing, its own route
        )
    body = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", ans.text[verdict.end() if verdict else 0 :].strip())
    head = (
        "I can't hear a style or an era as such, only level, tone, width and dynamics; the genre word picks which "
        "real mixes your tone is compared with."
    )
    if artist:  # "does this sound like bon iver?": no family of real mixes is named by an artist
        head = "I can't hear an artist's sound as such, only level, tone, width and dynamics."
    check = (
        "For that sound itself, load a record of it as your reference (ask --reference song.wav) and I compare "
        "tone, width and punch with it."
    )
    first = re.sub(r"^(honestly|frankly|really),? ", "", body[0], flags=re.I) if verdict else body[0]
    said = [f"What I measure: {lower_first(first)}" if verdict else first, *body[1:]] if first else []
    kept = fit([head, check, *said], MAX_WORDS, keep=2)  # the body sentences that fit beside the two kept
    text = " ".join([head, *[s for s in said if s in kept], check])
    return replace(ans, text=capital(text))
