"""Verdicts for yes/no questions whose shape is more than one plain claim. An engineer answers each by what was
measured on the part asked about:

- an either/or with the level as one alternative ("is it just too quiet or do I need a different sample?")
  opens with the level when a level fault on that part is what leads, whichever side the level was said on;
- asking for more (or less) of a part ("do I need more low end from the synth bass?") is a yes when the part
  is measured too quiet (too loud for less), the fader being how, and a no the other way round;
- a compound question answers its first asked claim: "the horns are fine right? it's the drums that are too
  loud" is a no when the horns carry the fault, whatever the second clause guesses;
- a negated tag ("the shaker isn't too loud, is it?") is answered without a bare yes that could mean either:
  "No" when nothing says so, "It is, actually" when a fault does ("There is, actually" to "nothing wrong with
  the bass, right?")."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind
from model.focus import Focus
from model.guessed_part import CLAUSE_BREAK
from model.intent import Wants
from model.intent_lead import either_state
from model.intent_wants import NO_NEED_Q
from model.move_or_leave import move_or_leave
from model.negated_claim import ruled_out
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit, split_sentences, words
from model.verdict_opening import opening, without_opening

_TONE = r"(?![- ]?(end|mids?|cut|pass|shelf|freq\w*|notes?|register))"
_QUIET = rf"(too )?(quiet|low{_TONE}|soft|buried)"
_LOUD = rf"(too )?(loud|hot|high{_TONE})"
LEVEL_ALT = re.compile(
    rf"\b(?P<quiet>{_QUIET})\b|\b(?P<loud>{_LOUD})\b|\b(?P<level>(the )?(level|volume|fader|gain))\b", re.I
)
"""An alternative that names the part's level, with the way it points when it says one."""

MORE_ASK = re.compile(
    r"\b(need|needs|want|wants|should|could|would|does|do|did|gotta|have to|has to|missing)\b[^?,.]{0,40}?"
    r"\b(?P<way>more|less)\b(?! than)",
    re.I,
)
"""'do I need more low end from the synth bass?', 'should the keys have less?': more or less of a part asked."""

PROCESSING = re.compile(
    r"\s*(of )?(the |some )?(distortion|saturation|drive|overdrive|fuzz|grit|effects?|fx|plug-?ins?|processing|"
    r"chorus|width|stereo|verb|echo|autotune|tuning)\b",
    re.I,
)
"""More of a plug-in's effect, not of the part: the move asked about, which waits for the fader."""

FIRST_GOOD = re.compile(
    r"^\s*(?P<part>[^?,.]{1,40}?)(\s+(is|are|'s|'re|r|sounds?|seems?|sits?)|'s|'re)( \w+)?\s+(fine|ok|okay|good|"
    r"alright|all right|great|right|sitting right)\b"
    r"([^?]{0,20}\?+|[^?,;]{0,20}([,;]|\s-+)(?=\s*(but\s+)?(it'?s|its|it is|that'?s|thats|more like)\b))"
    r"\s*(?P<rest>\S.*)$",
    re.I,
)
"""'horns are fine right? its the drums that are too loud', 'kick's fine, its the bass that's low': a good state
said of a part, then a second clause (after a comma only when it blames: "it's the ...")."""

NEGATION = re.compile(r"\b(isn'?t|aren'?t|doesn'?t|don'?t|wasn'?t|ain'?t|not|never|no way)\b", re.I)
AFFIRM = {"isn": "It is, actually:", "aren": "They are, actually:", "doesn": "It does, actually:",
          "don": "They do, actually:", "wasn": "It is, actually:", "ain": "It is, actually:"}  # fmt: skip
"""A yes to a negated claim said as the claim's own verb, so it cannot be read as agreeing with the negation."""

LEVEL_KINDS = (FindingKind.TRACK_TOO_QUIET, FindingKind.TRACK_TOO_LOUD)


def _reopen(ans: Answer, head: str) -> Answer:
    ans.text = f"{head} {without_opening(ans.text)}"
    return ans


def _level_fault(focus: Focus, ans: Answer) -> Finding | None:
    """The level fault the answer leads with, when it is on a part asked about (or none was named)."""
    f = ans.first
    if f is None or not ans.moves or not f.is_problem or f.is_lean or f.kind not in LEVEL_KINDS:
        return None
    asked = {rt.name for rt in focus.tracks}
    return f if not asked or f.track in asked else None


GOOD_ALT = re.compile(r"\b(leave|leaving|fine|ok|okay|good|alright|all right|right|balanced|normal)\b", re.I)
"""The other alternative a good state: the question is a yes/no with its opposite, not a choice of causes."""
ASKED = re.compile(r"\b(is|are|was|were|does|do|did|am|should|could|would|need|needs|can)\b", re.I)
"""An alternative put as a question ("is it just too quiet"), not a claim stated before it ("seems hot, or ...")."""


def _either_level(focus: Focus, ans: Answer) -> Answer | None:
    q = focus.intent.question
    if " or " not in q or either_state(q) is not None or opening(ans.text) is None:
        return None  # "is it the kick or the snare that's too quiet?": its path names the part
    fault = _level_fault(focus, ans)
    if fault is None:
        return None
    alts = [a for a in re.split(r"\bor\b", q, maxsplit=1)]
    # "my singing gets buried when the guitars kick in, are the guitars burying my vocal or ...": the first
    # alternative is the clause before "or" when it asks itself, not the complaint that opens the message
    if ASKED.match(clause := CLAUSE_BREAK.split(alts[0].strip())[-1]):
        alts[0] = clause
    said = [LEVEL_ALT.search(a) for a in alts]
    if sum(m is not None for m in said) != 1:
        return None  # neither alternative is the level, or both are: its path answers
    m = next(m for m in said if m is not None)
    other = alts[1] if said[0] is not None else alts[0]
    level_alt = alts[0] if said[0] is not None else alts[1]
    # "... or should i stack another synth layer on it?": a new source offered, not a part of the session
    in_other = {
        a.said.lower()
        for a in focus.asked
        if re.search(rf"(?<!another )(?<!a new )(?<!an extra )(?<!a second ){re.escape(a.said)}", other, re.I)
    }
    in_level = {a.said.lower() for a in focus.asked if a.said.lower() in level_alt.lower()}
    bare = (  # "or just kinda lifeless": a second word for the part's state, no clause of its own
        re.fullmatch(
            r"\s*((just|only|simply|more|kinda|sorta|kind of|a bit|a little) ){0,2}[\w-]+\s*[?.!]*\s*", other
        )
        is not None
    )
    if in_level and ans.text.startswith("Yes:") and not bare:
        # "is my sub too quiet or is it my headphones": the part's own claim asked, yes answers it ("too low or just
        # boring?" offers two words for one part: the one measured is named)
        return None
    if in_other and in_level and in_other != in_level:
        return None  # "is the bass too low or is it the kick": a choice of parts, which its path answers
    if any(
        re.match(
            rf"(is|are|was|were|does|do|did) (the |my |those |these |that )?{re.escape(a.said)}\b",
            other.strip(),
            re.I,
        )
        for a in focus.asked
        if a.said and fault.track in {rt.name for rt in a.tracks}
    ):
        # "are the guitars burying my vocal or should i bring myself up?" with a guitar hot: the other story holds,
        # which ``model.either_claims`` names
        return None
    if GOOD_ALT.search(other):
        return None  # "is the voice buried or is it fine": a yes/no said with its opposite, its yes stands
    if re.search(r"\benough\b", level_alt, re.IGNORECASE):
        return None  # "should i ride it up or is it loud enough?": the level side is the good state, its answer stands
    if (
        said[0] is not None
        and ASKED.search(alts[0]) is None
        and re.match(r"(Yes|No):", ans.text)
        and not bare
    ):
        return (
            None  # "right gtr seems hot, or is that just the panning": the claim stated, its yes or no stands
        )
    quiet = fault.kind is FindingKind.TRACK_TOO_QUIET
    if (m.group("quiet") and not quiet) or (m.group("loud") and quiet):
        return _reopen(ans, "It's the level, the other way round:")
    way = "quiet" if quiet else "loud"
    if re.search(r"\b(itself|themselves)\b", other, re.IGNORECASE):
        # "snare verb too low or is it the snare itself?": the part itself is the side measured, named as offered
        return _reopen(ans, f"It's {fault.track!r} itself, too {way}:")
    return _reopen(ans, f"It's the level, too {way}:" if m.group("level") else f"It's too {way}:")


def _more_of_part(focus: Focus, ans: Answer) -> Answer | None:
    i = focus.intent
    m = MORE_ASK.search(i.question)
    if PROCESSING.match(i.question[m.end() :] if m else ""):
        return (
            None  # "add more distortion to it?": a plug-in asked for, which waits for the fader ("Not first")
        )
    if m is None or i.technique is not None or " or " in i.question or opening(ans.text) is None:
        return None
    fault = _level_fault(focus, ans)
    if fault is None:
        return None
    wants_more = m.group("way").lower() == "more"
    quiet = fault.kind is FindingKind.TRACK_TOO_QUIET
    return _reopen(ans, "Yes:" if wants_more == quiet else "No, the opposite:")


def _first_claim_good(focus: Focus, ans: Answer) -> Answer | None:
    m = FIRST_GOOD.match(focus.intent.question)
    opened = opening(ans.text)
    if m is None or opened is None:
        return None
    part = m.group("part").lower()
    first = [a for a in focus.asked if a.said.lower() in part or a.word.lower() in part]
    if not first:
        return None
    names = {rt.name for a in first for rt in (*a.tracks, *((a.inside,) if a.inside else ()))}
    f = ans.first
    faulty = f is not None and bool(ans.moves) and f.is_problem and not f.is_lean and f.track in names
    head = f"No, {f.track!r} is what's off:" if faulty and f is not None else "Yes:"
    ans.text = f"{head} {ans.text[opened.end() :]}"
    return ans


NOTHING_WRONG = re.compile(
    # (never "my left ear gets nothing": nothing heard, an object, not a claim that nothing is wrong)
    r"(?<!gets )(?<!get )(?<!got )(?<!hear )(?<!hears )(?<!feel )(?<!feels )(?<!getting )(?<!hearing )"
    r"\b(nothing('?s)?|no (real |big )?(problems?|issues?|worries|complaints?))\b(?! but)",
    re.I,
)
"""'nothing wrong with the bass, right?', 'no problem with the synth bass, yeah?': the good state claimed, so a bare
"Yes" would read as agreeing with it when a fault is measured."""


OPINION_CLAIM = re.compile(
    r"\s+(think|believe|reckon|feel like|suppose)\b[^?,]{0,40}?(?P<verb>\bis\b|\bare\b|'s\b|'re\b|\br\b)",
    re.I,
)
"""'I don't think the snare is too loud?': the negation is the asker's opinion; the claim's own verb says it."""


def _negated_tag(focus: Focus, ans: Answer) -> Answer | None:
    i = focus.intent
    if NOTHING_WRONG.search(i.question.partition("?")[0]) and ans.text.startswith(("Yes:", "One thing:")):
        return _reopen(ans, "There is, actually:")
    # the statement the tag closes: "the kick is fine where it is right? dont wanna touch it" negates nothing
    neg = NEGATION.search(i.question.partition("?")[0])
    if (
        neg is not None
        and NO_NEED_Q.search(i.question)
        and not ans.moves
        and ans.text.startswith(("Yes:", "No:"))
    ):
        # "so i dont need to add a compressor to keep it up front then?" with nothing off: the asker is right
        return _reopen(ans, "Right, you don't need to:")
    if not i.tag or neg is None or not ans.text.startswith("Yes:") or ruled_out(i.question, neg.start()):
        return None  # "the horns too loud, not the vocal too quiet, yeah?": an alternative ruled out, no negation
    word = neg.group(1).lower().replace("'", "")
    head = AFFIRM.get(word[:-1] if word.endswith("t") and word != "not" else word, "It is, actually:")
    if (
        claim := OPINION_CLAIM.match(i.question[neg.end() :])
    ) is not None:  # "i don't think the snare is loud?"
        head = (
            "They are, actually:"
            if claim.group("verb").lower() in ("are", "'re", "r")
            else "It is, actually:"
        )
    return _reopen(ans, head)


NORM_CLAIM = re.compile(
    r"^(?!\s*(should|shall|is|are|do|does|can|could|would|will)\b).*\b((supposed|meant|expected) to (be|sit|sound)|"
    r"(usually|normally|always|typically) (are|is|sit|sits))\b",
    re.I,
)
"""'pop vocals are supposed to be loud, right?': the part's level defended as the style's norm, not asked about."""
FRONT = re.compile(r"\b(up ?front|on top|out front|forward|prominent|in your face|loud\w*)\b", re.I)
"""A loud place claimed in words LEVEL_ALT leaves to others ("meant to be up front")."""


def _norm_claim(focus: Focus, ans: Answer) -> Answer | None:
    """A level defended as the norm with that same fault measured past it: "not this loud", never a bare yes
    that would read as agreeing the level is fine."""
    q = focus.intent.question
    if (m := NORM_CLAIM.search(q)) is None:
        return None
    # the norm's own sentence: "its meant to be this big warm blanket ... hear it. is it too low" asks a plain yes/no
    claimed = re.split(r"[.?!]", q[m.end() :], maxsplit=1)[0]
    if re.search(r"\b(but|yet|except|only)\b", claimed, re.I):
        return None  # "supposed to be a big soft cloud under the tune but its kinda faint": a wish set against a fault
    said = LEVEL_ALT.search(claimed)
    loud_said = FRONT.search(claimed) is not None or (said is not None and bool(said.group("loud")))
    quiet_said = said is not None and bool(said.group("quiet"))
    if loud_said == quiet_said:
        return None
    fault = _level_fault(focus, ans)
    if fault is None:  # "pop vocals are supposed to be loud, right?" with the vocal in place: agreed, it is
        first = ans.first
        clear = first is None or not first.is_problem or first.track not in {rt.name for rt in focus.tracks}
        return _reopen(ans, "Right, and yours sits fine:") if ans.text.startswith("No:") and clear else None
    quiet = fault.kind is FindingKind.TRACK_TOO_QUIET
    if quiet_said != quiet or not ans.text.startswith("Yes:"):
        return None  # said loud, measured too quiet: the norm stands, and its yes with the fault says so
    return _reopen(ans, f"Not this {'quiet' if quiet else 'loud'}:")


def shaped_verdict(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with its verdict fitted to an either/or, a more-or-less ask, a compound or a negated tag."""
    if not focus.intent.instruments:
        return ans
    if focus.intent.wants != Wants.JUDGE:
        # "pads feel thin.. turn em up a notch or leave em?" reads as a how-to, yet offers two sides to pick
        return (move_or_leave(focus, ans) or ans) if focus.intent.wants == Wants.HOW_TO else ans
    # "turn it down or leave it?" first: a move offered against none names its side
    for rule in (move_or_leave, _either_level, _more_of_part, _first_claim_good):
        shaped = rule(focus, ans)
        if shaped is not None:
            ans = shaped
            break
    ans = _negated_tag(focus, ans) or _norm_claim(focus, ans) or ans
    # a longer opening ("No, 'Lead Vocal' is what's off:") may push the answer past its budget: trailing remarks go
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    if words(ans.text) > limit:
        ans.text = fit(split_sentences(ans.text), limit, keep=2)
    return ans
