"""Reverb questions answered from what can be known: "is there reverb on the snare?", "is the reverb too
much?" of a mix file, "too much reverb?" with a return track to pull down.

Why: the session says which tracks carry a reverb (a plug-in or a send to a return named for one) and at what
send or wet level; the mix file does not. A reverb's tail and a part recorded or panned wide both reach the
two speakers as sound that differs between them, and we measured that the two cannot be told apart in a
bounced mix (a diffuse-share measure tried in 10ac831 rose with added reverb, but dry sessions of ours read
as diffuse as the wettest real records, so it was not kept), so for a mix file the answer says plainly that it can't tell and gives the check by ear, with the
decay times engineers used (MixologyDB). Where the session has a reverb return track, "too much?" / "too dry?"
get a fader card on that return: one move that changes every send to it at once.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from companion.knowledge.priors import priors_table
from companion.knowledge.roles import ROLE_WORDS, instrument_role
from model.answer_amount import amount_answer, asks_less, carried_fx, technique_shares
from model.answer_knowledge import VERB, _share, settings
from model.focus import Focus
from model.moves import fader
from model.phrasing import MAX_WORDS, NOTHING_HEARD, Answer, capital, fit
from model.recipes import Move
from model.session_view import REVERB_WORDS, RoleTrack, quote_list

RETURN_STEP_DB = 3.0
"""A reverb return moved 3 dB at a time: a step you hear as more or less space without the part jumping."""
_PRESENCE = re.compile(
    r"\b(is|are) there (any |some |a |much )?(reverb|verb)s?\b|\bany (reverb|verb)s?\b|"
    r"\b(do|does|did|have|has)\b[\w' ]{0,30}\b(have|has|got|use|using|put)\b (any |some |a )?(reverb|verb)s?\b|"
    r"\b(which|what) (tracks?|parts?|instruments?) (have|has|are using|use|got)\b[\w' ]{0,12}\b(reverb|verb)s?\b|"
    r"\bwhat (reverb|verb)s? (is|are) on\b|\bhow much (reverb|verb)s? (is|are|does|have|has|do(?! (i|we)\b))\b",
    re.IGNORECASE,
)
"""'is there reverb on the snare?', 'does the vocal have any reverb?', 'which tracks have reverb?' ("how much
reverb do I send?" asks how much to use)."""
_WHICH = re.compile(r"\s*(which|what|how much)\b", re.IGNORECASE)
"""A question that asks what or how much is there, not yes or no: answered without a "Yes:"/"No:"."""
_ASKS_MOVE = re.compile(r"\b(should|would|could|need|want|add|how (do|to|can|should|would))\b", re.IGNORECASE)


def asks_presence(question: str) -> bool:
    """True when ``question`` asks whether (or where) the session has reverb, not whether to use it."""
    return bool(_PRESENCE.search(question)) and not _ASKS_MOVE.search(question)


def _role_of(tracks: list[RoleTrack]) -> str | None:
    return next((rt.role for rt in tracks if rt.role in ROLE_WORDS), None)


def _spoken_role(focus: Focus) -> str | None:
    """The role of the first instrument the question names, for a mix file (no tracks to resolve it on)."""
    return next((r for a in focus.asked if (r := instrument_role(a.word)) in ROLE_WORDS), None)


def _typical_share(role: str | None) -> str:
    """ "In 90 real mixes (MixologyDB), 48% of 143 snares had reverb." for a role with enough tracks."""
    share = _share("reverb", role) if role else None
    if share is None or role is None:
        return ""
    mixes = priors_table()["provenance"]["counts"]["mixes"]
    return f"In {mixes} real mixes (MixologyDB), {share[0]:.0%} of {share[1]} {ROLE_WORDS[role]} {VERB['reverb']}."


def presence_answer(ctx: MixContext, focus: Focus) -> Answer:
    """ "Is there reverb on the snare?": yes or no from the session, with where the reverb is; from a mix file,
    that it can't be told there and how to hear it."""
    if not focus.session:
        return _presence_unknown(ctx, focus)
    asked = list(focus.tracks)  # a part inside another ('the snare' in 'Drums') as that track
    everyone = [rt for rt in focus.session.tracks if not rt.track.mute]
    scope = asked or everyone
    carried = [c for rt in scope if (c := carried_fx(rt, "reverb"))]
    parts: list[str] = []
    inside = next((a for a in focus.asked if a.how == "inside" and a.inside is not None), None)
    where = f" (the {inside.said or inside.word} plays on it)" if inside is not None else ""
    wh = bool(_WHICH.match(focus.intent.question))
    if asked and carried:
        parts.append(f"{'' if wh else 'Yes: '}{capital('; '.join(carried[:3]))}{where}.")
    elif asked:
        parts.append(f"{'None' if wh else 'No'}: {quote_list(asked, 3)}{where} {'has' if len(asked) == 1 else 'have'} no reverb "
                     "(no reverb plug-in and no send to a reverb return).")  # fmt: skip
    elif carried:
        parts.append(
            f"{'' if _WHICH.match(focus.intent.question) else 'Yes: '}{capital('; '.join(carried[:3]))}."
        )
    else:
        none = "nothing in this session has a reverb (no reverb plug-in and no send to a reverb return)."
        parts.append(f"{'None' if wh else 'No'}: {none}")
    if asked:
        others = [c for rt in everyone if rt not in asked and (c := carried_fx(rt, "reverb"))]
        parts.append(f"Elsewhere, {'; '.join(others[:2])}." if others else "Nothing else in the session has one either." if not carried else "")  # fmt: skip
    role = _spoken_role(focus) or _role_of(asked or sorted(everyone, key=lambda rt: rt.role != "lead_vocal"))
    if not carried:
        shares = (
            technique_shares("reverb", everyone) if not asked else ""
        )  # the whole session: its parts' shares
        parts.append(capital(shares) + "." if shares else _typical_share(role))
        parts.append(settings("reverb", role, ctx))
    else:
        parts.append("To hear what it adds, mute the reverb (or its send) for a bar and bring it back.")
    if ctx.analysis is None:
        parts.append(f"{NOTHING_HEARD}: this is from your session's plug-ins and sends.")
    return Answer(fit([p for p in parts if p], MAX_WORDS, keep=2), [], None)


def _presence_unknown(ctx: MixContext, focus: Focus) -> Answer:
    role = _spoken_role(focus)
    parts = [
        "I can't tell from the mix file alone: a reverb is mixed into the same two channels as the dry parts, "
        "so which track carries it isn't in the file. With your session (--snapshot) I read each track's "
        "plug-ins and sends.",
        "By ear: listen where the part stops (a gap, the end of a phrase): a dry part stops dead, "
        "one with reverb leaves a tail ringing on.",
        _typical_share(role),
    ]
    return Answer(fit([p for p in parts if p], MAX_WORDS, keep=2), [], None)


def mix_file_amount(ctx: MixContext, focus: Focus, less: bool) -> Answer:
    """ "Is the reverb too much?" / "is it too dry?" of a mix file: can't be told from it, said first, then the
    check by ear and the decay times engineers use."""
    role = _spoken_role(focus)
    subject = f"the {focus.asked[0].said or focus.asked[0].word}" if focus.asked else "the mix"
    what = f"{subject} has too much reverb" if less else f"{subject} needs more reverb"
    head = (f"I can't tell from the mix file alone whether {what}: a reverb's tail and a part recorded or "
            "panned wide both reach the speakers as sound that differs left to right, so no figure from the "
            "file tells wet from wide.")  # fmt: skip
    if less:
        check = ("Check by ear: mute the reverb return for a bar, then bring it back. If the words or hits blur, "
                 "or the part steps back, it's too much: pull the return (or the send) down a few dB; a tail "
                 "that fills the gaps but is gone before the next phrase is about right.")  # fmt: skip
    else:
        check = ("Check by ear: mute the reverb return for a bar, then bring it back. If you barely notice "
                 "the difference, there's room for more: bring the send up a few dB; if the part already "
                 "sounds further away, leave it.")  # fmt: skip
    forward = "Pre-delay of 20-40 ms keeps a vocal forward under its reverb (common practice)."
    parts = [head, check, forward if less and role == "lead_vocal" else "", _typical_share(role),
             settings("reverb", role, ctx),
             "With your session (--snapshot) I'll read each reverb's send and wet level."]  # fmt: skip
    return Answer(fit([p for p in parts if p], MAX_WORDS, keep=2), [], None)


def return_tracks(focus: Focus) -> list[RoleTrack]:
    """The session's reverb returns: tracks that sends reach and that are named for a reverb or carry one."""
    session = focus.session
    dests = {s.dest_guid for rt in session.tracks for s in rt.track.sends if not s.mute}
    dest_names = {s.dest_name for rt in session.tracks for s in rt.track.sends if not s.mute}
    out = []
    for rt in session.tracks:
        if rt.track.guid not in dests and rt.name not in dest_names:
            continue
        named = any(w in rt.name.lower() for w in REVERB_WORDS)
        carries = any(any(w in f.name.lower() for w in REVERB_WORDS) for f in rt.track.fx if f.enabled)
        if (named or carries) and not rt.track.mute:
            out.append(rt)
    return out


def insert_move(focus: Focus, less: bool) -> Move | None:
    """The wet level of a reverb plug-in on the asked track, in words: the bridge sets a plug-in's raw 0-1
    value, and a reverb's wet curve differs from one plug-in to the next, so no card guesses it."""
    for rt in focus.tracks:
        for fx in rt.track.fx:
            wet = fx.param("wet") or fx.param("mix")
            if fx.enabled and wet is not None and any(w in fx.name.lower() for w in REVERB_WORDS):
                name = fx.name.split(" (")[0].split(": ")[-1]
                now = f" (now {wet.formatted})" if wet.formatted else ""
                way = "lower" if less else "raise"
                tail = ", or shorten its decay" if less else ""
                return Move(f"{way} the {wet.name} of the {name} on {rt.quoted} a few dB{now}{tail}.",
                            "Mute it for a bar and bring it back: the part should keep its words and hits.")  # fmt: skip
    return None


def return_move(focus: Focus, less: bool) -> Move | None:
    """A fader card on the reverb return the asked tracks send to (the only return when none is named)."""
    returns = return_tracks(focus)
    asked = {s.dest_guid for rt in focus.tracks for s in rt.track.sends} | {
        s.dest_name for rt in focus.tracks for s in rt.track.sends
    }
    fed = [rt for rt in returns if rt.track.guid in asked or rt.name in asked]
    target = fed[0] if fed else returns[0] if len(returns) == 1 and not focus.tracks else None
    if target is None:
        return insert_move(focus, less)
    step = -RETURN_STEP_DB if less else RETURN_STEP_DB
    why = (
        "less reverb on everything that sends to it" if less else "more reverb on everything that sends to it"
    )
    return fader(target, step, why)


def reverb_answer(ctx: MixContext, focus: Focus, amount: str | None, level_first: bool) -> Answer | None:
    """The reverb answer for this question, or None when another route answers it (a fader fault first, an
    instrument not in the session, a question that is not about reverb)."""
    intent = focus.intent
    if level_first:
        return None
    if (
        amount is None
        and intent.technique == "reverb"
        and intent.complaint is None
        and asks_presence(intent.question)
    ):
        if focus.session and focus.missing and not focus.tracks:
            return None  # "is there reverb on the organ?" with no organ: the missing-part answer says so
        return presence_answer(ctx, focus)
    if amount != "reverb":
        return None
    less = asks_less(intent.question)
    if not focus.session:
        return mix_file_amount(ctx, focus, less) if ctx.analysis is not None else None
    if focus.missing:
        return None
    return amount_answer(ctx, focus, "reverb", return_move(focus, less))
