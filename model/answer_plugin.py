"""The answer when a plug-in on a part is blamed ("is the eq on the guitar causing that?") or its bypass asked
("should i just bypass the eq on the keys?"): what that plug-in does in the area at issue, read from the session,
said first; then the measured cause the other paths found.

Why: a boost of 12 dB in the very range a guitar covers the vocal in IS the cause, and "Not first: set the fader"
sends the user the wrong way. A ReaEQ's bands are read exactly, so the verdict is measured: a boost (or, for a
complaint of something missing, a cut) of ``BOOST_DB`` or more there says yes, with the move on that band as one
undo step; none says no and names its bands. What cannot be read (a third-party EQ's bands, a compressor's share
of a tone) is said honestly, with the check that settles it: bypass it at matched level.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, Fx, MixContext, Suggestion
from companion.knowledge import reaeq
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, capital, fit, lower_first, split_sentences
from model.plugin_blamed import (
    BOOST_DB,
    Blame,
    Issue,
    at_issue,
    blamed_plugin,
    culprit_bands,
    plugins_of,
    say_hz,
)
from model.recipes import Move, band_command, recipe
from model.session_view import RoleTrack, plugin_name

_SAID = {"eq": "EQ", "compressor": "compressor", "de-esser": "de-esser", "reverb": "reverb", "delay": "delay",
         "saturation": "saturation", "limiter": "limiter", "gate": "gate"}  # fmt: skip
_OPENER = re.compile(
    r"^(?:Yes|No|Not first|Not really|Not quite|Maybe(?: not)?|Possibly|Probably|Most likely(?: this)?|"
    r"Mostly fine, one thing|One thing|It's fine|It isn't the [\w-]+|No, I'd leave its fader|Yes, it is)\s*[:;,]\s+"
)
"""A verdict the other paths open with; the plug-in's verdict takes its place."""
_NOT_ASKED = re.compile(r"^\s*(how|what|where|when|which|why)\b", re.IGNORECASE)
_SETTINGS = ("thresh", "ratio", "attack", "release", "mix", "wet", "drive")


def _parts(focus: Focus, blame: Blame) -> list[RoleTrack]:
    """The tracks of the part the blamed plug-in sits on, as the question's words tie it ("on the guitar")."""
    said = blame.part.lower() if blame.part else ""
    for a in focus.asked:
        if a.found and (a.said.lower() in said or a.word.lower() in said):
            return list(a.tracks)
    return []


def _bands_words(bands: list[reaeq.EqBand]) -> str:
    """ "+12.0 dB (Band 3) and +5.0 dB more (Band 4) around 1 kHz" from the snapshot's own values."""
    if len({b.freq_hz for b in bands}) == 1:
        said = [f"{b.gain_db:+.1f} dB ({b.label})" for b in bands]
        return " and ".join(said) + f" around {say_hz(bands[0].freq_hz)}"
    return " and ".join(f"{b.gain_db:+.1f} dB around {say_hz(b.freq_hz)} ({b.label})" for b in bands)


def _listing(fx: Fx, issue: Issue) -> str:
    """The ReaEQ's bands as read, those in the area at issue when it has any there."""
    bands = reaeq.eq_bands(fx)
    inside = [b for b in bands if issue.lo_hz <= b.freq_hz < issue.hi_hz]
    shown = inside or bands
    if not shown:
        passes = [
            (p.name[len("Freq-") :], reaeq.parse_hz(p.formatted)) for p in fx.params if "Pass" in p.name
        ]
        said = [
            f"a {label.rstrip(' 0123456789').lower().replace(' ', '-')} at {say_hz(hz)}"
            for label, hz in passes
            if hz
        ]
        return "it only has " + " and ".join(said) if said else "it has no bands that boost or cut"
    label = "its band there" if inside and not issue.whole else "its bands"
    return f"{label}: " + ", ".join(f"{b.label} {b.gain_db:+.1f} dB at {say_hz(b.freq_hz)}" for b in shown)


def _eq_move(ctx: MixContext, focus: Focus, rt: RoleTrack, fx: Fx, band: reaeq.EqBand, issue: Issue) -> Move:
    """Pulling the culprit band down: the masking recipe's card when the part covers another there (the same
    dip the masking answer gives), else the band set back to 0 dB, as one undo step."""
    f = issue.finding
    if f is not None and f.kind is FindingKind.MASKING:
        for card in recipe(f, focus.session).suggestions:
            if card.command is not None and card.command.param_index == band.gain_param:
                target = band.gain_db + float(card.params["gain_db"])
                text = (
                    f"Pull {band.label} down, {band.gain_db:+.1f} -> {target:+.1f} dB, one click in REAPER."
                )
                return Move(text, "", [card])
    # by its exact name: "Q-Band 2" is also inside "Freq-Band 2"
    q_param = next((p for p in fx.params if p.name == f"Q-{band.label}"), None)
    q = _q(q_param.formatted if q_param else "")
    card = Suggestion(
        "eq_band",
        rt.name,
        {"freq_hz": round(band.freq_hz), "gain_db": round(-band.gain_db, 1), "q": q},
        f"{rt.name}'s ReaEQ {band.label} sets {band.gain_db:+.1f} dB"
        + ("" if issue.whole else f" {issue.words}"),
        band_command(rt, fx.index, band, 0.0),
    )
    text = f"Pull {band.label} back, {band.gain_db:+.1f} -> +0.0 dB, one click in REAPER."
    return Move(text, "", [card])


def _q(formatted: str) -> float:
    m = re.match(r"\s*(\d+(?:\.\d+)?)", formatted)
    return float(m.group(1)) if m else 1.0


def _yes(ctx: MixContext, focus: Focus, rt: RoleTrack, fx: Fx, bands: list[reaeq.EqBand], issue: Issue,
         blame: Blame) -> Answer:  # fmt: skip
    verb = "boosts" if issue.excess else "cuts"
    where = "" if issue.whole else f", right {issue.words}"
    # the area pinned (a complaint, a measured clash), the verdict is firm; a cut or boost anywhere only may be it
    sure = "Yes, most likely" if not issue.whole else "Possibly"
    opening = "Not all of it, but it's the cause" if blame.removal else sure
    head = f"{opening}: your {plugin_name(fx)} on {rt.quoted} {verb} {_bands_words(bands)}{where}."
    move = _eq_move(ctx, focus, rt, fx, bands[0], issue)
    rather = "Rather than bypass the whole EQ (and lose the rest of its shaping): " if blame.removal else ""
    level = next(
        (f for f in ctx.problems if f.track == rt.name and f.kind is FindingKind.TRACK_TOO_LOUD), None
    )
    relation = (
        f"That boost also raises the overall level of {rt.quoted}, part of why it measures loud: pull the band first, "
        "then judge the fader."
        if level is not None and issue.excess and not issue.whole
        else ""
    )
    check = (
        f"To check, bypass the {plugin_name(fx)} and match the level with the fader: if the problem goes, "
        f"it was the {verb[:-1]}."
    )
    text = fit(
        [head, rather + (lower_first(move.try_text) if rather else move.try_text), relation, check],
        MAX_WORDS,
        keep=2,
    )
    return Answer(text, [move], issue.finding)


def _head(rt: RoleTrack, fxs: list[Fx], issue: Issue, blame: Blame) -> str:
    """The plug-in's verdict when it is not the measured cause, or can't be read."""
    said = _SAID[blame.kind]
    if not fxs:
        return f"No: there's no {said} on {rt.quoted}" + (
            " to bypass." if blame.removal else ", so it isn't that."
        )
    if blame.kind != "eq":
        return _other_head(rt, fxs, said)
    on = [fx for fx in fxs if fx.enabled]
    read = [fx for fx in on if reaeq.is_reaeq(fx)]
    unread = [fx for fx in on if not reaeq.is_reaeq(fx)]
    if not on:
        return f"No: the {plugin_name(fxs[0])} on {rt.quoted} is bypassed, so it isn't shaping anything."
    verb = "boost" if issue.excess else "cut"
    does = f"has no {verb} of {BOOST_DB:.0f} dB or more" if issue.whole else f"doesn't {verb} {issue.words}"
    said_read = f"your {plugin_name(read[0])} on {rt.quoted} {does}: {_listing(read[0], issue)}"
    if unread:
        both = f", and {said_read}" if read else ""
        return (
            f"Maybe: I can't read the bands of '{plugin_name(unread[0])}' on {rt.quoted} from here{both}; "
            f"bypass it with the level matched to hear its share."
        )
    tail = "; bypassing it won't fix this." if blame.removal else "."
    return f"No: {said_read}{tail}"


def _other_head(rt: RoleTrack, fxs: list[Fx], said: str) -> str:
    """A compressor, reverb... present: what the session shows of it, never a setting it does not show."""
    fx = fxs[0]
    shown = [p for p in fx.params if any(w in p.name.lower() for w in _SETTINGS) and p.formatted][:2]
    settings = "; " + ", ".join(f"{p.name} {p.formatted}" for p in shown) if shown else ""
    if not fx.enabled:
        return f"No: the {plugin_name(fx)} on {rt.quoted} is bypassed, so it isn't that."
    return (
        f"Maybe: {rt.quoted} has {plugin_name(fx)} (on{settings}), but I can't hear its share apart from the "
        f"rest: bypass it with the level matched and listen."
    )


def plugin_answer(ctx: MixContext, focus: Focus, ans: Answer, blame: Blame | None = None) -> Answer:
    """``ans`` led by what the blamed plug-in does in the area at issue, when a plug-in on a part is blamed (in
    the question's words, or as ``blame`` where another shape of question names it: "eq or just the fader?")."""
    q = focus.intent.question
    blame = blame or blamed_plugin(q)
    if blame is None or _NOT_ASKED.match(q) or not focus.session:
        return ans
    rts = _parts(focus, blame)
    if not rts:
        return ans
    judged = []
    for rt in rts:
        issue = at_issue(ctx, focus, rt, blame)
        fxs = plugins_of(rt, blame.kind)
        for fx in fxs if blame.kind == "eq" else ():
            if bands := culprit_bands(fx, issue):
                return _yes(ctx, focus, rt, fx, bands, issue, blame)
        judged.append((rt, fxs, issue))
    measured = {f.track for f in ctx.problems}
    rt, fxs, issue = next((j for j in judged if j[0].name in measured), judged[0])
    rest = capital(_OPENER.sub("", ans.text, count=1))
    head = _head(rt, fxs, issue, blame)
    return Answer(fit([head, *_sentences(rest)], MAX_WORDS, keep=1), ans.moves, ans.first)


def _sentences(text: str) -> list[str]:
    return [s for s in split_sentences(text) if s]
