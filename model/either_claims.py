""" "Is the piano stepping on the fiddle or is the fiddle just too quiet?": two claims on two parts offered as a
choice, answered by the part measured off, named.

Why: the intent keeps one complaint, and "too quiet" (said of the second part) was read as said of the first, so
the answer on the piano (measured 9 dB hot, covering the others) opened "No, the opposite:", which denies the
claim the asker made about it. An engineer asked which of two stories is true names the one the measurement
backs: "It's 'Piano', not 'Fiddle': ...". When the fault is on a third part, neither story holds: "Neither: ...",
not "Not really", which reads as a no to one of the two. The asker's own part may be said without its name ("is
the acoustic covering my vocal or do i just need to turn myself up?"): it is the part said as "my ...", or, when
none is, the answer says "not you"; and a part blamed for covering that sits too low itself covers nothing ("No:
'Organ' isn't covering 'Lead Vocal', it sits too low itself:").
"""

from __future__ import annotations

import re
from typing import Any

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.guessed_part import CLAUSE_BREAK
from model.intent import complaint_in
from model.intent_forms import SHARED_CLAIM
from model.level_gap import bare
from model.phrasing import MAX_WORDS, Answer, fit, names, split_sentences
from model.verdict_opening import opening

FAULTS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET, FindingKind.MASKING)
OWN_PART = re.compile(
    r"\b(myself|turn me|bring me|push me|me up|my (own )?(part|track|playing|singing))\b", re.IGNORECASE
)
"""The asker's own part, said without its name ("do i just need to turn myself up?")."""
DENIALS = ("No", "Not", "Not really")
"""The openings that deny the complaint kept (said of the other part)."""
AGREES = ("Yes", "Yeah")
"""A bare yes to an either/or: it agrees with one story without naming which."""


def _backs(kind: FindingKind, complaint: str | None) -> bool:
    """True when a level fault of ``kind`` is the claim ``complaint`` makes ("too loud": too loud)."""
    return (kind, complaint) in ((FindingKind.TRACK_TOO_LOUD, "loud"), (FindingKind.TRACK_TOO_QUIET, "quiet"))


def _names(asked: Any) -> set[str]:
    return {rt.name for rt in (*asked.tracks, *((asked.inside,) if asked.inside else ()))}


def _one(asked: Any) -> str:
    """A part by its first track's name, or by the asker's word when it plays inside another track ("the kick"
    inside 'Drums')."""
    return asked.tracks[0].quoted if asked.tracks else f"the {asked.said or asked.word}"


def either_claims(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "It's 'A', not 'B':" when the question offers a claim on part A or a claim on part B, the
    complaint kept was the one said of B, and the answer denies it on A's measured fault; ``ans`` otherwise."""
    q = focus.intent.question
    head, sep, tail = q.partition(" or ")
    m = opening(ans.text)
    f = ans.first
    shared_q = SHARED_CLAIM.search(q)
    named = re.match(r"^It's '[^']+', not '[^']+':\s*", ans.text)
    if shared_q and named and f is not None and f.kind in FAULTS[:2]:
        claim = complaint_in(q[shared_q.start() :], ())
        if claim in ("loud", "quiet") and not _backs(f.kind, claim):
            # "is the bass or the kick too quiet?" with the bass 10 dB over: neither claim holds, the other way
            ans.text = f"Neither is too {claim}: the opposite, {ans.text[named.end() :]}"
        return ans
    if sep and m is not None and f is None and m.group("verdict") in DENIALS:
        return _neither_holds(focus, ans, head, tail)
    if not sep or m is None or f is None or f.kind not in FAULTS:
        return ans
    agrees = m.group("verdict") in AGREES and not m.group("qualifier")
    if m.group("verdict") not in DENIALS and not agrees:
        return ans
    # a part inside another track counts as a side ("is the kick too quiet?" in a session with one 'Drums' track)
    found = [a for a in focus.asked if a.tracks or a.inside]
    # "my lyrics get swallowed when the strumming digs in, is the acoustic covering my vocal or ...": the claim is
    # the clause before "or" when it names a part, not the complaint that opens the message
    clause = CLAUSE_BREAK.split(head)[-1]
    head = clause if any(bare(a.said) in clause.lower() for a in found) else head
    low = head.lower()
    # the part the first claim is about: the first named ("the piano stepping on the fiddle": the piano)
    first = sorted((a for a in found if bare(a.said) in low), key=lambda a: low.find(bare(a.said)))[:1]
    second = [a for a in found if bare(a.said) in tail.lower() and a not in first]
    if not second and first and OWN_PART.search(tail):
        # "... or do i just need to turn myself up?": the asker's own part, the one said as "my lyrics"
        taken = _names(first[0])
        second = [
            a
            for a in found
            if not _names(a) & taken and re.search(rf"\bmy {re.escape(bare(a.said))}\b", q.lower())
        ][:1]
        if not second and f.track in taken and f.kind is not FindingKind.TRACK_TOO_QUIET:
            # "is the guitar masking me or should i just turn myself up?" with the guitar hot: not the asker
            body = _unlabelled(ans.text[m.end() :])
            ans.text = f"It's {_all(first[0])}, not you: {body}"
            return ans
    if (
        m.group("verdict") in AGREES
        and len(first) == 1
        and f.kind is FindingKind.TRACK_TOO_QUIET
        and f.track in _names(first[0])
        and complaint_in(head, ()) == "clash"
    ):
        # "is the organ covering my vocal or do i turn myself up?" with the organ 10 dB low: a yes agreed it covers
        covered = f" {_all(second[0])}" if len(second) == 1 else ""
        head = f"No: {_all(first[0])} isn't covering{covered or ' anything'}, it sits too low itself:"
        ans.text = fit(split_sentences(f"{head} {ans.text[m.end() :]}"), MAX_WORDS, keep=2)
        return ans
    if len(first) != 1 or len(second) != 1:
        return ans
    shared = complaint_in(tail, ())
    if (
        agrees
        and f.is_problem
        and not f.is_lean
        and complaint_in(head, ()) is None
        and _backs(f.kind, shared)
    ):
        # "is the bass or the snare too loud": one claim said of both parts; the yes names the part it holds for
        pair = [(a, b) for a, b in ((first[0], second[0]), (second[0], first[0])) if f.track in _names(a)]
        if pair:
            body = _unlabelled(ans.text[m.end() :])
            ans.text = f"It's {_one(pair[0][0])}, not {_one(pair[0][1])}: {body}"
        return ans
    if f.track in _names(second[0]) and _backs(f.kind, complaint_in(tail, ())):
        # "is the kick too quiet or is the snare too loud?" with the snare 13 dB hot: the second story, named
        body = _unlabelled(ans.text[m.end() :])
        lead = f"What is off is '{f.track}': "
        # the cleared part said first and the fault after it: the fault first, the cleared part after
        if (at := body.find(lead)) > 0:
            body = f"{body[at + len(lead) :]} {body[:at]}".strip()
        ans.text = f"It's {_one(second[0])}, not {_one(first[0])}: {body}"
        return ans
    if f.track not in _names(first[0]):
        if m.group("verdict") in DENIALS and f.track not in _names(second[0]):
            # "is the vocal too quiet or are the guitars too loud?" with the snare 13 dB hot: neither story
            ans.text = f"Neither: {ans.text[m.end() :]}"
        return ans
    if agrees and _backs(f.kind, complaint_in(head, ())) and complaint_in(tail, ()) in ("loud", "quiet"):
        # "is the clap too quiet or the kick too loud?" with the clap 12 dB low: the first story, named
        ans.text = f"It's {_all(first[0])}, not {_all(second[0])}: {ans.text[m.end() :]}"
        return ans
    if agrees or (
        focus.intent.complaint is None
        or complaint_in(tail, focus.intent.instruments) != focus.intent.complaint
    ):
        return ans
    body = _unlabelled(ans.text[m.end() :])
    ans.text = f"It's {_all(first[0])}, not {_all(second[0])}: {body}"
    return ans


def _unlabelled(body: str) -> str:
    """An answer's body without "what is off is 'X':", said where the opening already names the part."""
    return re.sub(r"^what is off is '[^']+':\s*", "", body)


def _all(asked: Any) -> str:
    """Every track of a part asked about ("'Gtr L' and 'Gtr R'" for "the guitars"), or the asker's word for a part
    inside another track."""
    return names([rt.name for rt in asked.tracks]) if asked.tracks else _one(asked)


_WORD = {"loud": "too loud", "quiet": "too quiet"}


def _neither_holds(focus: Focus, ans: Answer, head: str, tail: str) -> Answer:
    """ "Neither: nothing I measured says 'Rhodes' is too loud or 'Lead Vocal' too quiet." when two claims on two
    parts are offered and nothing is off, in place of a denial worded on one claim only (it said the Rhodes was not
    "too low", a claim nobody made); ``ans`` when the question is no such pair of claims."""
    found = [a for a in focus.asked if a.tracks]
    first = [a for a in found if bare(a.said) in head.lower()]
    second = [a for a in found if bare(a.said) in tail.lower() and a not in first]
    claims = (complaint_in(head, ()), complaint_in(tail, ()))
    if len(first) != 1 or len(second) != 1 or any(c not in _WORD for c in claims):
        return ans
    said = (
        f"Neither: nothing I measured says {first[0].tracks[0].quoted} is {_WORD[claims[0]]} or "  # type: ignore[index]
        f"{second[0].tracks[0].quoted} {_WORD[claims[1]]}."  # type: ignore[index]
    )
    lead, _, rest = ans.text.partition(". ")
    # "its": no longer one part; the meter is of the part the answer's first sentence named, whichever it was
    named = re.search(r"'[^']+'", lead)
    rest = re.sub(
        r"^Its own meter", f"The meter on {named.group(0) if named else first[0].tracks[0].quoted}", rest
    )
    # "'Lead Vocal': nothing I measured says it is too low (...)", added for the other part named: the head says it
    for a in (*first, *second):
        rest = re.sub(
            rf"\s*{re.escape(a.tracks[0].quoted)}: nothing I measured says it is [^.()]*(\([^()]*\))?\.",
            "",
            rest,
        )
    ans.text = f"{said} {rest}".strip()
    return ans
