"""A part guessed as the cause beside the part complained about ("drums feel weak, is it the kick?", "vocal
gets lost, could it be the organ?"): when what was measured is on another part, the answer opens by saying it is
not the part guessed ("Not 'Kick':"), then names the one measured, instead of a "Yes" that reads as agreeing
with the guess; when the guess is right, a yes that names it, not a "Not really" about the part complained of."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, MixContext
from model.beside_part import only_beside
from model.focus import Asked, Focus
from model.guess_partly import partly_the_guess
from model.intent import complaint_in
from model.phrasing import Answer, names

TAIL = re.compile(
    r"\b(is|was|could|might|would)( it| that| this)( be)?( just| maybe| really| actually)?( because of| from)? "
    # "is it stepping on my vocal?": what "it" does to a part, no part guessed
    r"(?!\w+ing (on|over|up|out)\b|(covering|masking|burying|drowning|swallowing|smothering|eating|hiding)\b)"
    r"(the |my |those |these |that )?(?P<part>[\w' -]{2,30}?)\s*\?*\s*$",
    re.IGNORECASE,
)
"""The question's closing guess: "..., is it the kick?", "could it be my organ" (never "is it stepping on my
vocal?", where the vocal is what it steps on)."""


WHY_TAIL = re.compile(
    r"\b(is|was|could|would|might)( it| that| this)( be)?( just| maybe| really)? (why|the reason|what'?s? (making|causing))\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A closing "is that why <symptom>": the part in it is the one complained of; the guess is named before it."""


ASK_CLAUSE = re.compile(
    r"^(?:(?:so|and|but|ok|okay|like|i mean)\s+)?(?:(?:is|are|was|were)(?:n['’]?t)?|could|might|would|should|shall|can|does|do|did)(?!['’\w])",
    re.IGNORECASE,
)
"""A clause that asks ("is the rhodes too loud", "should i turn down the guitars"), not one that says
("the vocal's buried", "i think the vocal feels lost", "can't hear the singer")."""

CLAUSE_BREAK = re.compile(r"\s*(?:[,;?!]+|\.\s+|\s[-\u2013\u2014]+\s)\s*")
"""Where one clause of a run-on question ends: a comma, a question mark, a full stop, a dash."""


def ask_clause(question: str) -> str | None:
    """The one asking clause of a question that also says something ("the vocal's buried, is the rhodes too
    loud?", "is the organ too loud? the vocal feels buried"); None for a single clause, for none asking or
    several asking, and for an either/or ("..., should i turn it up or the guitars down?"), answered as one."""
    clauses = [c for c in CLAUSE_BREAK.split(question.strip()) if c.strip()]
    asking = [c for c in clauses if ASK_CLAUSE.search(c.strip())]
    # "would cranking my vocal 3 or 4 db louder sort it": two sizes offered, one move, not an either/or of parts
    sizes_free = re.sub(r"\d+(\.\d+)?\s*(db\s+)?or\s+\d", " ", asking[0], flags=re.I) if asking else ""
    if len(clauses) < 2 or len(asking) != 1 or re.search(r"\bor\b", sizes_free, re.I):
        return None
    return asking[0]


def _clause_guess(found: list[Asked], question: str) -> Asked | None:
    """The part the asking clause names with a complaint, when it names one part only and the clauses that say
    something name another: "the vocal feels lost, is the synth bass too loud" guesses the synth bass; "the
    guitars are loud, is the vocal ok?" guesses nothing."""
    clause = ask_clause(question)
    if clause is None:
        return None
    # "r they too low under my vocal?": the vocal is where they are heard, not the part guessed
    inside = [a for a in found if _said_in(a, clause) and not only_beside(clause, a.said or a.word)]
    said = question.replace(clause, " ")
    if len(inside) != 1 or not any(_said_in(a, said) and a is not inside[0] for a in found):
        return None
    # a cause guessed ("too loud", "pull the kick down"), not a state asked after ("..., is the vocal ok?")
    return inside[0] if complaint_in(clause, (inside[0].word,)) is not None else None


def _said_in(a: Asked, text: str) -> bool:
    return re.search(rf"\b{re.escape((a.said or a.word).lower())}", text.lower()) is not None


def guessed_part(focus: Focus) -> Asked | None:
    """The part named in the closing guess, when the question names another part too (one named alone is the
    part asked about, answered as such). "is the kick too loud, is that why I can't hear the snare?" guesses the
    kick: the snare is the symptom's part."""
    found = [a for a in focus.asked if a.found]
    question = focus.intent.question
    if len(found) >= 2 and (w := WHY_TAIL.search(question)) is not None:
        before = question[: w.start()]
        return next((a for a in found if _said_in(a, before) and not _said_in(a, w.group("rest"))), None)
    m = TAIL.search(question)
    if len(found) >= 2 and m is None:
        # a plug-in move asked about ("..., shud i high pass the synth bass") keeps its own "Not first" route
        return _clause_guess(found, question) if focus.intent.technique is None else None
    if len(found) < 2 or m is None or re.search(r"\bor\s*$", question[: m.start()], re.I):
        return None  # "is the bass too low or is it the kick?": an either/or, answered as one
    tail = m.group("part").lower()
    return next((a for a in found if re.search(rf"\b{re.escape((a.said or a.word).lower())}\b", tail)), None)


def not_the_part(focus: Focus, first: Finding | None) -> str | None:
    """ "Not 'Kick':" when the measured fault ``first`` is on a track other than the part guessed; "Yes, it's
    'Organ':" when the guess is right (the fault is a problem on the part guessed); "No, the opposite:" when the
    part is right but its level was claimed the other way ("is the left guitar too quiet?" with it too loud)."""
    a = guessed_part(focus)
    if a is None or first is None or first.track is None:
        return None
    tracks = [rt.name for rt in a.tracks] + ([a.inside.name] if a.inside else [])
    if not tracks:
        return None
    if first.track in tracks:
        clause = ask_clause(focus.intent.question)  # the guess's own claim ("is the left guitar too quiet?")
        claim = complaint_in(clause, (a.word,)) if clause is not None else None
        opposite = _OPPOSITE.get(claim or "") == first.kind
        # "the words get lost, is the left guitar too quiet?" with it 8 dB too loud: the part, but not the claim
        if opposite and first.is_problem:
            return "No, the opposite:"
        return f"Yes, it's {first.track!r}:" if first.is_problem else None
    clause = ask_clause(focus.intent.question) or ""
    # "should i push the vocal 2 or 3 db louder?": a move proposed on the part, answered no before the part measured
    proposed = re.match(
        r"^\W*(so |and |but |ok )?((should|shall|would|could|can|do) (i|we|u)\b|would (just )?\w+ing\b|do i need to\b)",
        clause,
        re.I,
    )
    return f"No, not {names(tracks, 4)}:" if proposed else f"Not {names(tracks, 4)}:"


_OPPOSITE = {"quiet": FindingKind.TRACK_TOO_LOUD, "loud": FindingKind.TRACK_TOO_QUIET}
"""The level fault that is the opposite of a level claimed ("too quiet?" on a part measured too loud)."""
_SAID_BACK = {"loud": "too loud", "quiet": "too low"}
"""How a level claim on the guessed part is said back ("nothing I measured says 'Kick' is too loud")."""


def guess_said_back(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """ "is the kick too loud, is that why I can't hear the snare?": the symptom (can't hear) is the snare's, so
    the kick is cleared of what was said about it (too loud), not of the symptom ("too low"); ``ans`` otherwise."""
    question = focus.intent.question
    w = WHY_TAIL.search(question)
    claimed = question[: w.start()] if w is not None else ask_clause(question)
    a = guessed_part(focus) if claimed is not None else None
    if claimed is None or a is None or focus.intent.complaint not in _SAID_BACK:
        return ans
    claim = complaint_in(claimed, (a.word,))
    if claim == "loud" and focus.intent.complaint == "quiet":
        ans = partly_the_guess(ctx, focus, a, ans)  # "No, the opposite" said against the buried part's quiet
    if claim not in _SAID_BACK or claim == focus.intent.complaint:
        return ans
    wrong, right = _SAID_BACK[focus.intent.complaint], _SAID_BACK[claim]
    text = ans.text
    for rt in a.tracks:
        for verb in ("is", "are"):
            text = text.replace(f"says {rt.quoted} {verb} {wrong}", f"says {rt.quoted} {verb} {right}")
    return replace(ans, text=text) if text != ans.text else ans
