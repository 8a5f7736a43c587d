""" "Is the vocal too quiet and the bass too loud?": two parts, each with its own level claim, each given its own
verdict from its own meter, in the order asked, then the move on the part measured off.

Why: the intent keeps one complaint for the whole message, so the second part was judged on the first part's
claim ("are the guitars too loud and the bass too quiet" said "nothing I measured says 'Gtr R' is too low", and
never that the bass, claimed too quiet, sits 10 dB too loud), and one "Not really" stood for two questions. An
engineer answers each claim: "No, 'Lead Vocal' isn't too quiet: ... And yes, 'Bass' is too loud: ...".
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.evidence import track_evidence
from model.focus import Asked, Focus
from model.intent import Wants, classify
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, names
from model.recipes import recipe

CLAUSE_BREAK = re.compile(r"\s*(?:[,;]|\band\b|&|\bn\b|\bplus\b|\balso\b|\bwhile\b)\s*", re.IGNORECASE)
"""Where one claim ends and the next begins ("too quiet and the bass too loud", "too loud, bass too quiet")."""
TOO = re.compile(r"\btoo\b|\b(way|kinda|a bit|a little) (loud|quiet|low|soft|hot)\b", re.IGNORECASE)
"""A level claimed in so many words ("too quiet", "way loud"), not a symptom ("vocal's lost")."""
EITHER = re.compile(r"\bor\b", re.IGNORECASE)
WORD = {"loud": "loud", "quiet": "quiet"}
OTHER = {"loud": "quiet", "quiet": "loud"}
KIND = {"loud": FindingKind.TRACK_TOO_LOUD, "quiet": FindingKind.TRACK_TOO_QUIET}
OK_ASKED = re.compile(
    r"\b(ok|okay|fine|alright|all right|good|right|sitting (ok|okay|fine|right|well))\s*\??\s*$",
    re.IGNORECASE,
)
"""A part asked whether it is fine ("is the vocal ok?"), beside a level claim on another part."""
LEVELS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
ENOUGH_ASKED = re.compile(r"\b(loud|high|up|present|audible|upfront|forward|hot) enough\b", re.IGNORECASE)
"""A part asked whether it reaches its place ("is the vocal loud enough?"), beside a level claim on another part."""


def _claims(focus: Focus) -> list[tuple[Asked, str]]:
    """(part, level claimed) for each clause that names one part found and a level complaint of its own."""
    out: list[tuple[Asked, str]] = []
    for clause in CLAUSE_BREAK.split(focus.intent.question):
        low = clause.lower()
        parts = [
            a
            for a in focus.asked
            if a.found and a.tracks and re.search(rf"\b{re.escape(a.said.lower())}\b", low)
        ]
        complaint = classify(clause).complaint if TOO.search(clause) else None
        if complaint is None and ENOUGH_ASKED.search(clause):
            complaint = "enough"  # "is the organ too loud, and is the vocal loud enough?": loud enough asked
        if complaint is None and OK_ASKED.search(clause):
            complaint = (
                "ok"  # "fiddle too loud and is the vocal ok": the second part asked whether it is fine
            )
        if (
            len(parts) == 1
            and complaint in (*WORD, "ok", "enough")
            and all(parts[0] is not p for p, _ in out)
        ):
            out.append((parts[0], complaint))
    return out if any(way in WORD for _, way in out) else []


def _fault(ctx: MixContext, asked: Asked) -> Finding | None:
    """The most severe level fault (not a lean) on one of the part's tracks."""
    on = {rt.name for rt in asked.tracks}
    found = [f for f in ctx.problems if f.kind in LEVELS and f.track in on and not f.is_lean]
    return max(found, key=lambda f: f.severity, default=None)


def _meters(ctx: MixContext, asked: Asked) -> str | None:
    """ "its own meter reads -20.0 LUFS", or for a part of several tracks "their meters read -24.9 and -26.7 LUFS"."""
    evs = [track_evidence(ctx, rt) for rt in asked.tracks]
    if len(evs) == 1:
        return evs[0].measured_level()
    read = [ev.lufs for ev in evs]
    if any(v is None for v in read):
        return None
    return f"their meters read {', '.join(f'{v:.1f}' for v in read[:-1])} and {read[-1]:.1f} LUFS"


def _said(summary: str, track: str) -> str:
    """The finding's measured sentence with the part's name said once ("it sits about 10 dB louder ...")."""
    return re.sub(rf"^'{re.escape(track)}'", "it", lower_first(first_sentence(summary))).rstrip(".")


def _ok_verdict(ctx: MixContext, asked: Asked, fault: Finding | None, lead: str) -> str:
    """ "And yes, 'Lead Vocal' is fine: ..." or "And no, 'Lead Vocal' is too loud: ..." for a part asked if ok."""
    if fault is not None:
        way = "loud" if fault.kind is FindingKind.TRACK_TOO_LOUD else "quiet"
        return f"{lead}{'n' if lead else 'N'}o, {fault.track!r} is too {way}: {_said(fault.summary, fault.track or '')}."
    meter = _meters(ctx, asked)
    quoted = names([rt.name for rt in asked.tracks])
    verb = "is" if len(asked.tracks) == 1 else "are"
    on = {rt.name for rt in asked.tracks}
    cover = next(
        (f for f in ctx.problems if f.kind is FindingKind.MASKING and f.evidence.get("other_track") in on),
        None,
    )
    if cover is not None:  # its level is fine, but a louder part sits over it: not simply "yes"
        said = f" ({meter})" if meter else ""
        return f"{lead}{quoted} {verb} fine on {'its' if verb == 'is' else 'their'} own level{said}, but {cover.track!r} covers {'it' if verb == 'is' else 'them'}."
    return f"{lead}{'y' if lead else 'Y'}es, {quoted} {verb} fine" + (f": {meter}." if meter else ".")


def _enough_verdict(ctx: MixContext, asked: Asked, fault: Finding | None, lead: str) -> str:
    """ "And yes, 'Lead Vocal' is loud enough: ..." or "And no, 'Lead Vocal' is too quiet: ..." for a part asked
    whether it is loud enough (a part too loud is more than enough, said as too loud)."""
    yes, no = ("And yes", "And no") if lead else ("Yes", "No")
    if fault is not None and fault.kind is FindingKind.TRACK_TOO_QUIET:
        return f"{no}, {fault.track!r} is too quiet: {_said(fault.summary, fault.track or '')}."
    if fault is not None:
        return f"{yes}, more than enough: {fault.track!r} is too loud: {_said(fault.summary, fault.track or '')}."
    meter = _meters(ctx, asked)
    quoted = names([rt.name for rt in asked.tracks])
    verb = "is" if len(asked.tracks) == 1 else "are"
    return f"{yes}, {quoted} {verb} loud enough" + (f": {meter}." if meter else ".")


def each_level_claim(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """A verdict for each part's own level claim, in the order asked, then the move on the most severe fault;
    ``ans`` when the question does not make two level claims on two parts."""
    if focus.intent.wants != Wants.JUDGE or ctx.analysis is None or focus.session is None:
        return ans
    if EITHER.search(focus.intent.question):
        return ans  # "are the keys too loud or too quiet", "is it the piano or is the fiddle too quiet": a choice
    claims = _claims(focus)
    if len(claims) < 2:
        return ans
    said, faults = [], []
    for i, (asked, way) in enumerate(claims):
        fault = _fault(ctx, asked)
        quoted = names([rt.name for rt in asked.tracks])
        lead = "" if i == 0 else "And "
        if way == "ok":
            said.append(_ok_verdict(ctx, asked, fault, lead))
        elif way == "enough":
            said.append(_enough_verdict(ctx, asked, fault, lead))
        elif fault is not None and fault.kind is KIND[way]:
            said.append(
                f"{lead}{'y' if lead else 'Y'}es, {fault.track!r} is too {way}: {_said(fault.summary, fault.track or '')}."
            )
        elif fault is not None:
            said.append(
                f"{lead}{'n' if lead else 'N'}o, {fault.track!r} is the other way, too {OTHER[way]}: {_said(fault.summary, fault.track or '')}."
            )
        else:
            meter = _meters(ctx, asked)
            verb = "isn't" if len(asked.tracks) == 1 else "aren't"
            said.append(f"{lead}{'n' if lead else 'N'}o, {quoted} {verb} too {way}" + (f": {meter}." if meter else ": nothing I measured says so."))  # fmt: skip
        if fault is not None:
            faults.append(fault)
    if not faults:  # neither claim holds: the level fault elsewhere, when one is measured
        other = [f for f in ctx.problems if f.kind in LEVELS and f.track and not f.is_lean]
        if not other:
            return Answer(fit([*said, "Neither level is out of line against real mixes, so I'd leave both faders."], MAX_WORDS, keep=len(said)))  # fmt: skip
        move = recipe(other[0], focus.session)
        off = f"What is off instead: {lower_first(first_sentence(other[0].summary))}"
        return Answer(fit([*said, off, move.try_text, move.check_text], MAX_WORDS, keep=len(said) + 2), [move], other[0])  # fmt: skip
    moves = [recipe(f, focus.session) for f in sorted(faults, key=lambda f: -f.severity)]
    text = fit([*said, *(m.try_text for m in moves), moves[0].check_text], MAX_WORDS, keep=len(said) + 1)
    return Answer(text, moves, max(faults, key=lambda f: f.severity))
