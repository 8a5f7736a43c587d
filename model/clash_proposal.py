"""The opening of a clash answer led by a fader fault, when the question proposes a move of its own.

Why: "my words get smeared whenever i strum hard, should i slap a big presence boost on my voice?" with the
guitar 8 dB over its place opened "Yes, but it's level before it's EQ: 'Acoustic Gtr' ...", a yes to the boost the
asker proposed while the body says to pull the guitar's fader instead. "Yes, but" answers "do they fight?"; a
proposed move gets its own yes or no: yes when it is the fader move the fault wants (the part's fader, the way its
meter says), no when it is EQ or any other plug-in, or a fader move on the other part or the other way.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind
from model.asked_direction import FADER_OFFERED, asked_way
from model.burying import BURIES
from model.guessed_part import CLAUSE_BREAK
from model.intent import Intent, Wants
from model.intent_forms import ASKER
from model.intent_lead import either_state

EQ_MOVE = re.compile(
    r"\b(eq|eq'?d|eqing|eq-?ing|presence|air|brighten\w*|boost|boosting|shelf|bell|(?<!\ba )(?<!\bone )notch|scoop\w*|high-?pass\w*|"
    r"low-?cut)\b",
    re.IGNORECASE,
)
"""A proposed move that is EQ: a boost, a cut at a band, a filter."""
PLUGIN_MOVE = re.compile(
    r"\b(compress\w*|comp|limit\w*|saturat\w*|excit\w*|de-?ess\w*|reverb|delay|distort\w*|plug-?in)\b",
    re.IGNORECASE,
)
"""A proposed move that is another plug-in: dynamics, effects."""
_PROPOSAL = re.compile(
    r"\b(should|shall|do i need|need to|would it help|worth)\b|"
    # "would pushing my vocal 2 or 3 db up fix it?": the move said as a gerund, its result asked
    r"\b(would|will|could|does|do|did) (just )?\w+ing (it|them|my|the|her|his|me|myself)\b|"
    # "..., drop the bass a notch?": a move said as a bare imperative after the complaint
    r"(^|[,;.]\s*)(just )?(drop|pull|turn|bring|push|raise|lower|cut|boost|nudge|bump|lift|duck|take|ride|tuck)\b",
    re.IGNORECASE,
)
"""Where the proposed move starts: what comes before it is the complaint."""
_WHO = re.compile(r"\b(who|which (one|part|track|of (them|the two|those)))\b", re.IGNORECASE)
"""A clash question asking which part moves ("who should give way?")."""
_WAY = {FindingKind.TRACK_TOO_LOUD: "down", FindingKind.TRACK_TOO_QUIET: "up"}
_DEVICE_GUESS = re.compile(
    r"\bor (is|are|was) (it |that |this )?(just |simply |maybe |really )?((my|the|your|its|their) )?([\w']+ ){0,2}?"
    r"(?P<device>eq|compress(or|ion)|comp|reverb|processing|plug-?ins?)( settings?| curve| chain)? "
    r"(just |simply |maybe |really |kinda |kind of |all )*(off|wrong|bad|broken|messed up|screwed up|busted|weird|"
    r"the (problem|issue|culprit|cause|reason)|to blame|at fault)\b",
    re.IGNORECASE,
)
"""The other story guessed after a clash asked: a plug-in on a part at fault ("... or is my vocal eq just off?")."""
_DEVICE_NAMES = {"eq": "EQ", "comp": "compressor", "compression": "compressor", "processing": "processing"}
_OWN_GUESS = re.compile(
    r"\bor (is|am) (it )?(just |simply |maybe |really )?(?P<own>me|my (singing|voice|vocal|vox|diction|delivery|"
    r"performance|playing|tone|mic|recording))\b(?! (too|being too) (quiet|low|soft|loud|hot)\b)|"
    # "... or do i just need to enunciate better?": the asker's own diction guessed
    r"\bor (do|should|must) i (just |simply )?(need to |have to |gotta )?(?P<diction>enunciate|articulate|sing clearer|"
    r"pronounce)\b",
    re.IGNORECASE,
)
"""The other story guessed after a clash asked: the asker's own take ("... or is my singing just mushy?")."""


def own_guess(question: str) -> str | None:
    """The asker's own take offered as the other story, said back ("your singing", "your diction", "you"); None
    when the question offers none."""
    m = _OWN_GUESS.search(question)
    if m is None:
        return None
    said = "my diction" if m.group("diction") else m.group("own").lower()
    return "you" if said == "me" else "your" + said[2:]


_FIGHT_ASKED = re.compile(
    r"[,;.?!-]\s*(and |so )?(is|are|does|do) (it|they|that|this|the \w+( \w+)?) (\w+ )?(fight\w*|clash\w*|cover\w*|"
    r"mask\w*|bury\w*|step\w* on|compet\w*|drown\w*|eat\w*|swallow\w*|in the way|the (problem|reason|culprit|cause))\b",
    re.IGNORECASE,
)
"""A why with a yes/no after it on the clash itself ("..., is it fighting me?"): the clash measured is its yes."""


def fight_asked(question: str) -> bool:
    """True when ``question`` asks, after its why, whether one part fights, covers or drowns another."""
    return _FIGHT_ASKED.search(question) is not None


def _named_first(question: str, words: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """True when one of ``words`` comes before every one of ``others`` in ``question``: the part said to cover
    (in the clause asked, "my words vanish when the organ swells, is the organ covering my vocal or ...")."""
    low = question.lower()
    clause = CLAUSE_BREAK.split(low.partition(" or ")[0])[-1]
    if any(w and w.lower() in clause for w in words):
        low = clause
    at = [low.find(w.lower()) for w in words if w and w.lower() in low]
    other_at = [low.find(w.lower()) for w in others if w and w.lower() in low]
    return bool(at) and (not other_at or min(at) < min(other_at))


_LOUD_ASKED = re.compile(
    r"\b(way |much |a bit |a little )?too (loud|hot|high)\b|\bup too (loud|high|far)\b", re.IGNORECASE
)
"""The covering part's level asked outright ("did i leave them up way too loud?"): a plain yes, no rule of order."""


def clash_opening(
    intent: Intent,
    fault: Finding,
    fault_words: tuple[str, ...],
    other_words: tuple[str, ...],
    other_quoted: str | None = None,
) -> str:
    """The head before the fader fault's summary: a yes or no to the move proposed ("should i ...?"), else the
    yes to "do they fight?" with level before EQ. ``fault_words`` are the asker's words for the fault's part,
    ``other_words`` for the other part (``other_quoted``: its one track's name, when it has one): a fader move on
    neither ("should i turn it down?") is on the fault's."""
    if _WHO.search(intent.question):  # "who should give way?": the part, named first
        return f"{fault.track!r}, and it's level before it's EQ"
    if intent.wants == Wants.WHY and fight_asked(intent.question):
        return (
            "Yes, but it's level before it's EQ"  # "why do my lyrics turn to mush, is it fighting me?": a yes
        )
    if intent.wants == Wants.WHY:
        # "why does the rhodes swallow the vocal?": the cause, not a rule of order
        return "Because of its level"
    if intent.wants == Wants.WHAT_FIRST:
        # "everything feels stuck behind the drums, whats step one?": where to start, then why the fader
        return f"Start with the fader on {fault.track!r}, level before EQ"
    if intent.wants != Wants.JUDGE:
        return "It's level before it's EQ"
    guess = _DEVICE_GUESS.search(intent.question)
    if (
        guess is not None
        and fault.kind is FindingKind.TRACK_TOO_LOUD
        and BURIES.search(intent.question[: guess.start()])
    ):
        # "is it stepping on my voice or is my vocal eq just off?": the clash measured is the first story
        device = guess.group("device").lower()
        covered = other_quoted or "it"
        return f"It's {fault.track!r} covering {covered}, not your {_DEVICE_NAMES.get(device, device)}"
    own = own_guess(intent.question)
    if own is not None and fault.kind is FindingKind.TRACK_TOO_LOUD:
        # "is the acoustic sitting on my voice or is my singing just mushy?": the clash measured, not their take
        return f"It's {fault.track!r} covering {other_quoted or 'it'}, not {own}"
    proposal = _PROPOSAL.search(intent.question)
    if proposal is None and either_state(intent.question) is not None:
        # "does the harmony sit right or is it stepping on the lead?": the good side offered first, so not a yes
        way = "quiet" if fault.kind is FindingKind.TRACK_TOO_QUIET else "loud"
        return f"No, it's too {way}, and it's level before it's EQ"
    asked = proposal is None and not intent.should
    # "... or do i just need to turn myself up?": a move on the asker's own part, not on the one blamed
    own_move = proposal is not None and ASKER.search(intent.question[proposal.start() :]) is not None
    if (
        (asked or own_move)
        and fault.kind is FindingKind.TRACK_TOO_QUIET
        and _named_first(intent.question, fault_words, other_words)
    ):
        # "is the rhodes masking the vocal?" with the rhodes 10 dB low: the part blamed for covering hides itself
        return "No, it sits too low to cover anything"
    if asked and fault.kind is FindingKind.TRACK_TOO_LOUD and _LOUD_ASKED.search(intent.question):
        return "Yes"  # "the keys r smothering the horns.. did i leave them up way too loud?": the level was asked
    if fault.kind is FindingKind.TRACK_TOO_LOUD and _cover_offered_second(
        intent.question, fault_words, other_words
    ):
        # "does my vocal need pushing or is one of the guitars sitting on it?": the second story is the one measured
        return f"It's {fault.track!r} covering {other_quoted or 'it'}, and it's level before it's EQ"
    if asked:
        return "Yes, but it's level before it's EQ"
    q = intent.question[proposal.start() :] if proposal else intent.question  # the move, not the complaint
    if FADER_OFFERED.search(q):  # "should i eq the guitar or just turn it down?": the fader way offered
        return "The fader first, it's level before it's EQ"
    if EQ_MOVE.search(q) or intent.technique == "eq":
        return "No, it's level before it's EQ"
    if intent.technique == "panning" or re.search(r"\bpan", q, re.IGNORECASE):
        return "No, it's level before panning"  # "should i pan it out wider?": no plug-in, but a move all the same
    if PLUGIN_MOVE.search(q) or intent.technique is not None:
        return "No, it's level before any plug-in"
    way = asked_way(q)
    if way is None:
        return "Yes, but it's level before it's EQ"
    on_fault = any(re.search(rf"\b{re.escape(w)}", q, re.IGNORECASE) for w in fault_words)
    named = any(re.search(rf"\b{re.escape(w)}", q, re.IGNORECASE) for w in other_words)
    if way == _WAY.get(fault.kind) and (on_fault or not named):
        return "Yes, it's level before it's EQ"
    if on_fault:  # "drop the bass a notch?" with the bass 10 dB low: its fader, the other way
        return "No, the other way"
    claim = intent.question[: proposal.start()] if proposal else ""
    if re.search(r"\bor\s*$", claim, re.IGNORECASE) and any(
        re.search(rf"\b{re.escape(w)}", claim, re.IGNORECASE) for w in fault_words if w
    ):
        # "is the organ covering the vocal or should i push the vocal?": the first story is the one measured
        return f"It's {fault.track!r}, not {other_quoted or _bare_the(other_words)}"
    return "No, it's the other part's fader"


def _cover_offered_second(question: str, fault_words: tuple[str, ...], other_words: tuple[str, ...]) -> bool:
    """True when an either/or names the covered part first and the part measured too loud after its "or"."""
    before, sep, after = question.lower().rpartition(" or ")
    if not sep:
        return False

    def said(words: tuple[str, ...], text: str) -> bool:
        return any(w and re.search(rf"\b{re.escape(w.lower())}", text) for w in words)

    return (
        said(other_words, before)
        and said(fault_words, after)
        and not said(fault_words, before.split(".")[-1])
    )


def _bare_the(words: tuple[str, ...]) -> str:
    """The other part by its instrument word (the canonical one, last: "my singing" is "the vocal"), with one
    "the"."""
    said = next((w for w in reversed(words) if w), "the other part")
    return said if said.lower().startswith(("the ", "my ", "your ")) else f"the {said}"
