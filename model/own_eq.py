"""The user's own EQ asked about, not EQ in general: "did i high-pass the low end too hard?", "are my high passes
too high?", "what does my tone eq do?", "what is my eq doing on the vocal?".

The technique route answers these with the EQ lesson (cut before you boost, mud at 250-400 Hz), which is not what
was asked: the asker wants their own settings read back and judged. An engineer leaning over would read each
track's EQ: where its high-pass sits against where engineers put one on that kind of part in real mixes
(MixologyDB), and what each band it boosts or cuts does. A high-pass is "too hard" only when it sits clearly above
that range (a quarter over its upper quartile); a part whose kind has no figure gets the check by ear instead of
a number made up.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext, Suggestion
from companion.knowledge import reaeq
from companion.knowledge.priors import priors_table
from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.wording import say_hz
from model.added_high_pass import hpf_points
from model.evidence import set_high_pass
from model.focus import Focus
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import Move
from model.session_view import RoleTrack, SessionView

_HPF = r"(high[- ]?pass\w*|hpf\w*|hp'?d|low[- ]?cut\w*|filter\w*)"
OVERDONE_HPF = re.compile(
    rf"\b(did|have|do) (i|we)\b[^?.]{{0,12}}\b{_HPF}[^?.]{{0,40}}\btoo (hard|high|much|far|steep|aggressive\w*|heav\w*)\b|"
    rf"\b(are|is) (my|the|all my|all the) (high[- ]?pass(es)?|hpfs?|low[- ]?cuts?|(hp |high[- ]?pass )?filters?)\b"
    r"[^?.]{0,30}\btoo (high|much|hard|steep|aggressive\w*)\b|"
    r"\bover[- ]?(high[- ]?pass|filter)\w*",
    re.IGNORECASE,
)
"""'did i high-pass the low end too hard?', 'are my high passes too high?', 'did i over-filter it?'."""

EQ_SETTINGS = re.compile(
    r"\bwhat('?s| is| does| do| are)\b[^?.]{0,20}\b(my|the) (tone |own |current )?(eqs?|reaeqs?|eq settings|"
    r"eq curves?)\b(?![^?.]{0,12}\b(should|need|would|could)\b)"
    # "whats the eq move on an acoustic": the move asked for, not the settings read back
    r"(?! (move|moves|trick|tricks|approach|fix|recipe|way|cut|cuts|boost|boosts)\b)",
    re.IGNORECASE,
)
"""'what does my tone eq do', 'what is my eq doing on the vocal', 'what are my eq settings' (not 'what should my
eq be': a setting wished for, which the technique route answers)."""

LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
"""A part at the wrong level is what its fader answers first, whatever its EQ does: those questions keep their
route ("Not first: ..." and the fader)."""

TOO_HIGH_OVER_Q3 = 1.25
"""A high-pass counts as set too high only a quarter above the upper quartile engineers used on its kind of part:
a touch over the range is a taste, not a fault."""

REGIONS = ((250.0, "the low end"), (500.0, "the low-mids, where mud sits"), (2000.0, "the mids, the body and honk"),
           (4000.0, "the upper mids, the bite"), (6000.0, "the presence"), (1e9, "the air on top"))  # fmt: skip
"""What a band at each frequency works on, in the words the answers use (the contract bands)."""


def own_eq_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The user's own high-passes judged, or their EQs read back; None for any other question."""
    q = focus.intent.question
    if ctx.snapshot is None:
        return None
    tracks = _tracks(ctx, focus)
    asked = {rt.name for rt in tracks}
    level = next((f for f in ctx.problems if f.kind in LEVEL_KINDS and f.track in asked), None)
    if OVERDONE_HPF.search(q):
        # "can't feel the upright, is my high pass too high?" with its fader down: the fader answers
        return None if level is not None else _high_passes(tracks)
    if EQ_SETTINGS.search(q):
        ans = _settings(tracks)
        return ans if ans is None or level is None else _with_level(ctx, ans, level)
    return None


def _with_level(ctx: MixContext, ans: Answer, level: Finding) -> Answer:
    """The settings read back, then the level fault no EQ setting fixes, with its fader move (its card first)."""
    move = level_move(level, SessionView(ctx.snapshot))
    said = f"What your EQ can't fix: {lower_first(first_sentence(level.summary))}"
    return Answer(fit([ans.text, said, move.try_text], MAX_WORDS, keep=3), [move], level)


def _tracks(ctx: MixContext, focus: Focus) -> list[RoleTrack]:
    """The parts asked about, else every unmuted track of the session."""
    asked = [rt for a in focus.asked for rt in a.tracks]
    return asked or [rt for rt in SessionView(ctx.snapshot).tracks if not rt.track.mute]


def _high_passes(tracks: list[RoleTrack]) -> Answer | None:
    """ "Yes, on 'Hats': ..." for a high-pass clearly above where engineers put one on that kind of part, with a
    card bringing it down to their median; else "No:" with each filter read back."""
    filtered = [(rt, hz) for rt in tracks if (at := set_high_pass(rt)) is not None for hz in (at[1],)]
    if not filtered:
        return None
    mixes = priors_table()["provenance"]["counts"]["mixes"]
    high, fine, unknown = [], [], []
    for rt, hz in filtered:
        sp = hpf_points(rt)
        if sp is None or sp.hpf_hz is None:
            unknown.append((rt, hz))
        elif hz > sp.hpf_hz.q3 * TOO_HIGH_OVER_Q3:
            high.append((rt, hz, sp.hpf_hz))
        else:
            fine.append((rt, hz))
    said = _join([f"{rt.quoted} at {say_hz(hz)}" for rt, hz in fine])
    ok = (
        f"{said}: inside or below the range engineers used on those parts in {mixes} real mixes (MixologyDB)."
    )
    by_ear = _join([f"{rt.quoted} ({say_hz(hz)})" for rt, hz in unknown])
    each = "each" if len(unknown) > 1 else "it"
    ear = (
        f"For {by_ear} I have no real-mix figure: solo {each} and sweep the filter down until the body stops "
        f"changing; that is as high as it should go."
        if unknown
        else ""
    )
    if not high:
        lead = f"No: {ok}" if fine else "I can't tell by the numbers."
        return Answer(fit([lead, ear], MAX_WORDS, keep=2), [])
    rt, hz, spread = max(high, key=lambda h: h[1] / h[2].q3)
    who = ROLE_WORDS.get(rt.role or "", "parts like it")
    lead = (
        f"Yes, on {rt.quoted}: its high-pass sits at {say_hz(hz)}, above the {spread.says('Hz')} engineers used "
        f"on {who} in {mixes} real mixes (MixologyDB), so it thins the part."
    )
    to_hz = round(spread.median)
    why = "a high-pass above where engineers put one takes the part's body"
    move = Move(
        f"Bring it down to about {say_hz(to_hz)}.",
        "Solo it and A/B: the body should come back without rumble.",
        [Suggestion("high_pass", rt.name, {"freq_hz": to_hz, "slope_db_oct": 12}, why)],
    )
    rest = [f"The others look fine: {ok}" if fine else "", ear]
    return Answer(fit([lead, move.try_text, *rest, move.check_text], MAX_WORDS, keep=2), [move])


def _settings(tracks: list[RoleTrack]) -> Answer | None:
    """Each asked track's EQ read back, move by move, with what each move works on."""
    rows = [row for rt in tracks if (row := _eq_row(rt))]
    if not rows:
        return None
    head = "Your EQ" if len(rows) == 1 else "Your EQs"
    return Answer(fit([f"{head}: {' '.join(rows)}", HPF_DOES, CHECK], MAX_WORDS, keep=1), [])


HPF_DOES = "A high-pass clears the rumble under a part, so the low end stays the kick's and the bass's."
CHECK = "Bypass each EQ at matched level: if the part sounds worse without it, it is earning its place."


def _eq_row(rt: RoleTrack) -> str:
    """ "'Rhodes': a high-pass at 90 Hz and a 2.0 dB cut at 350 Hz (the low-mids, where mud sits)."; "" for a
    track with no readable EQ."""
    moves = []
    if (at := set_high_pass(rt)) is not None:
        moves.append(f"a high-pass at {say_hz(at[1])}")
    for fx in rt.track.fx:
        if not fx.enabled:
            continue
        for band in reaeq.eq_bands(fx):
            if abs(band.gain_db) < 0.1:
                continue
            kind = "boost" if band.gain_db > 0 else "cut"
            region = next(words for top, words in REGIONS if band.freq_hz < top)
            moves.append(f"a {abs(band.gain_db):.1f} dB {kind} at {say_hz(band.freq_hz)} ({region})")
    if not moves:
        return ""
    return f"{rt.quoted}: {_join(moves)}."


def _join(items: list[str], limit: int = 8) -> str:
    """ "a, b and c": already-worded items joined as a sentence does (at most ``limit``)."""
    shown = items[:limit]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}" if shown else ""
