"""'Did that help?': this clip's numbers against the previous clip's, for what the conversation was about.

The Companion keeps the previous measured clip (``MixContext.previous``). The subject is the track asked about
(its finding, its meter, its fader), else the complaint's finding, else the previous clip's first problem.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, MixContext
from model.answer_tracks import answer_asked
from model.evidence import TRACK_LEVEL_KINDS, findings_about
from model.focus import Focus
from model.intent import Wants, classify, previous_question
from model.move_direction import DOWN, UP, fader_direction, reported_direction
from model.move_verdict import NOT_YET, TOO_FAR, overshoots, state
from model.overshoot_verdict import overshoot_opening
from model.phrasing import Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.reported_move import reports_level_move
from model.session_view import SessionView
from model.still_verdict import still_opening
from model.verdict_opening import without_opening

# (evidence key, how to say it) for the number that tells how big a finding is
KEY_NUMBERS: tuple[tuple[str, str], ...] = (
    ("deviation_db", "{v:.1f} dB"),
    ("over_lu", "{v:.1f} LU over the target"),
    ("under_lu", "{v:.1f} LU under the target"),
    ("plr_db", "a PLR of {v:.1f} dB"),
    ("low_end_correlation", "a low-end correlation of {v:.2f}"),
    ("correlation", "correlation {v:.2f}"),
    ("lr_balance_db", "{v:+.1f} dB left-right"),
    ("true_peak_dbtp", "a true peak of {v:+.1f} dBTP"),
    ("clipped_samples", "{v:.0f} clipped samples"),
)
COMPLAINT_KINDS = {
    "muddy": FindingKind.MUDDY,
    "boomy": FindingKind.BOOMY,
    "harsh": FindingKind.HARSH,
    "dull": FindingKind.DULL,
    "thin": FindingKind.THIN,
    "narrow": FindingKind.NARROW,
    "clipping": FindingKind.CLIPPING,
    "squashed": FindingKind.OVER_COMPRESSED,
}


WHAT: dict[str, str] = {
    "track_too_quiet": "'{track}' sitting too low", "track_too_loud": "'{track}' sitting too loud",
    "masking": "'{track}' covering '{other}'", "muddy": "low-mid build-up", "boomy": "boom in the low end",
    "harsh": "upper-mid harshness", "dull": "missing top end", "thin": "thin low end", "narrow": "narrow image",
    "too_loud": "extra loudness", "too_quiet": "missing loudness", "over_compressed": "squashed dynamics",
    "clipping": "clipping", "low_end_not_mono": "spread low end", "phase_issue": "phase problem",
    "lr_imbalance": "left-right lean",
}  # fmt: skip


def _what(f: Finding) -> str:
    """The problem in words: "'Lead Vocal' sitting too low", "low-mid build-up"."""
    text = WHAT.get(str(f.kind), str(f.kind).replace("_", " "))
    return text.format(track=f.track or "the track", other=f.evidence.get("other_track", "the other track"))


def key_number(f: Finding) -> tuple[float, str] | None:
    for key, fmt in KEY_NUMBERS:
        v = f.evidence.get(key)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return float(v), fmt.format(v=abs(float(v)) if key == "deviation_db" else float(v))
    return None


def _same(f: Finding, findings: tuple[Finding, ...]) -> Finding | None:
    return next((g for g in findings if g.kind is f.kind and (g.track or "") == (f.track or "")), None)


def _track_level(snapshot, name: str) -> tuple[float | None, float | None, str]:  # type: ignore[no-untyped-def]
    """(fader dB, meter value, unit) of a track in a snapshot."""
    if snapshot is None:
        return None, None, ""
    t = snapshot.track(name)
    if t is None:
        return None, None, ""
    lufs = getattr(t.level, "lufs", None) if t.level is not None else None
    if lufs is not None:
        return t.volume_db, float(lufs), "LUFS"
    meter = t.level.avg_peak_db if t.level is not None else None
    return t.volume_db, meter, "dBFS avg peak"


def moved_tracks(before, after) -> list[str]:  # type: ignore[no-untyped-def]
    """Tracks whose fader moved between two snapshots, the biggest move first: what the user changed."""
    if before is None or after is None:
        return []
    moves = []
    for t in after.tracks:
        old = before.track(t.name)
        moved = old is not None and old.volume_db is not None and t.volume_db is not None
        if moved and abs(t.volume_db - old.volume_db) >= 0.5:  # type: ignore[operator,union-attr]
            moves.append((abs(t.volume_db - old.volume_db), t.name))  # type: ignore[operator,union-attr]
    return [name for _, name in sorted(moves, reverse=True)]


CLAIMED_MOVE = re.compile(
    r"\b(turned|pushed|pulled|brought|raised|lowered|bumped|dropped|moved|nudged|boosted)\b[^?.]{0,25}\b(up|down|back|"
    r"\d+(\.\d+)? ?db)\b|\b(cut|boosted|raised|lowered) (it|them|the \w+( \w+)?) (by )?\d|"
    # "kick up 3db done. better?": the move said as done
    r"\b(up|down) (by )?\d+(\.\d+)? ?(db)?[ ,]*(done|did it|did that)\b",
    re.IGNORECASE,
)
"""The user says they made a level move ("turned it up 3db, better?")."""


CLAIMED_PLUGIN = re.compile(
    r"\b(put|added|threw|slapped|stuck|used|tried|whacked|inserted|loaded)( on)? (a |an |some |the )?(\w+ )?"
    r"(comp|compressor|compression|eq|limiter|de-?esser|saturat\w*|exciter|boost|cut|dip|shelf)s?\b|"
    r"\b(i|i've|ive|we)( just| already| also)? (compressed|eq'?d|eqed|de-?essed|saturated|boosted|brightened)\b",
    re.IGNORECASE,
)
"""The user says they put a plug-in (or an EQ move) on the part ("slapped a compressor n a presence boost on it")."""
TOOL_NAMED = re.compile(
    r"\b(comp|compressor|compression|compressed|eq|eq'?d|eqed|limiter|de-?ess\w*|saturat\w*|exciter|shelf|"
    r"(presence|high|low|mid|air|top) boost)\b",
    re.IGNORECASE,
)
"""A tool named in the claim, so a compressor or an EQ boost is what was tried ("i boosted the kick" may be its
fader)."""


def claims_move(question: str) -> bool:
    """True when ``question`` says a move was made ("turned it up 3db, better?", "tucked the horns in, sorted?")."""
    return CLAIMED_MOVE.search(question) is not None or reports_level_move(question)


_WAY = {UP: "up", DOWN: "down"}
"""A fader move's direction in words."""


def better_now(ctx: MixContext, focus: Focus) -> Answer:
    """This clip against the one before, opened for the question: "did that help?", or "did i cut it too much?"."""
    q = (
        focus.intent.question
    )  # "did i overdo it?", "still too boomy?", "better or worse?": their own openings
    return still_opening(q, overshoot_opening(q, _better_now(ctx, focus)))


def _better_now(ctx: MixContext, focus: Focus) -> Answer:
    prev = ctx.previous
    found = [a for a in focus.asked if a.tracks and not a.stand_in]
    if prev is None and ctx.analysis is not None and len(found) == 1:
        # "horns are way up now, thats the vibe right?" with no clip before: no comparison, but the part as it is now
        judged = replace(focus, intent=replace(focus.intent, wants=Wants.JUDGE))
        now = answer_asked(ctx, judged, found[0])
        now.text = f"I have no clip from before to compare, so as it is now: {lower_first(without_opening(now.text))}"
        return now
    if prev is None:
        return Answer(
            "I don't have an earlier clip from this conversation to compare with. Play the part again, ask me about it, "
            "make the change, then ask 'did that help?' and I'll put the two sets of numbers side by side."
        )
    if ctx.analysis is None and ctx.snapshot is None:
        return Answer(
            "I need the new clip to tell: press play in REAPER (or give me the new bounce) and ask again."
        )
    s = SessionView(ctx.snapshot)
    subject: Finding | None = None
    names = _claimed_first([rt.name for rt in focus.tracks], ctx, focus) or moved_tracks(
        prev.snapshot, ctx.snapshot
    )
    if names:
        name = names[0]
        before = next((f for f in findings_about(name, prev.findings) if f.kind in TRACK_LEVEL_KINDS), None)
        now = next((f for f in findings_about(name, ctx.findings) if f.kind in TRACK_LEVEL_KINDS), None)
        subject = before or now
        fader_was, meter_was, unit = _track_level(prev.snapshot, name)
        fader_now, meter_now, _ = _track_level(ctx.snapshot, name)
        moved = ""
        if fader_was is not None and fader_now is not None and abs(fader_now - fader_was) >= 0.1:
            moved = f"You moved its fader from {fader_was:+.1f} to {fader_now:+.1f} dB"
            if meter_was is not None and meter_now is not None:
                moved += f", and its meter went from {meter_was:.1f} to {meter_now:.1f} {unit}"
            moved += "."
        elif fader_was is not None and fader_was == fader_now and claims_move(focus.intent.question):
            # "turned it up 3db, better?" with the fader where it was: the change never reached this playback
            moved = (f"Its fader still reads {fader_now:+.1f} dB, as on the last clip, so the change you made isn't in "
                     f"this playback: check it went on {name!r}, then play it again.")  # fmt: skip
        elif (
            fader_was is not None
            and fader_was == fader_now
            and CLAIMED_PLUGIN.search(focus.intent.question)
            and (was := prev.snapshot.track(name) if prev.snapshot is not None else None) is not None
            and (t_now := ctx.snapshot.track(name) if ctx.snapshot is not None else None) is not None
            and was.fx == t_now.fx
        ):
            # "slapped a compressor n a presence boost on it instead, better?" with its chain as it was: the plug-in
            # never reached this playback, so "add one" would contradict what they did
            moved = (f"Its fader and plug-ins read as on the last clip, so the change you made isn't in this "
                     f"playback: check it went on {name!r} and isn't bypassed, then play it again.")  # fmt: skip
            tool_named = TOOL_NAMED.search(focus.intent.question) is not None  # not "i boosted the kick"
            if tool_named and now is not None and now.is_problem and now.kind is FindingKind.TRACK_TOO_QUIET:
                moved += " Even then, a compressor or an EQ boost won't lift a part sitting this low; its fader will."
        if subject is None:
            same = not moved and meter_was is not None and meter_now is not None
            if same and abs(meter_now - meter_was) < 0.5:  # type: ignore[operator]  # nothing moved, nothing changed
                return Answer(f"Not much changed: '{name}' had no balance problem before and has none now; its "
                              f"meter reads {meter_now:.1f} {unit}, as before.")  # fmt: skip
            if same:
                moved = f"Its meter reads {meter_now:.1f} {unit} now, {meter_was:.1f} {unit} before."
            text = f"'{name}' had no balance problem before and has none now. {moved}".strip()
            return Answer(text)
        went, said = fader_direction(fader_was, fader_now), reported_direction(focus.intent.question)
        ans = _verdict(
            subject,
            before,
            now,
            ctx,
            s,
            lead_in=moved,
            direction=went or said,
            more=asks_more(focus),
            result_asked=result_asked(focus.intent.question),
        )
        if went is not None and said is not None and went != said:
            # "turned the left guitar down, happy?" with its fader gone up: the move went the other way, said first
            verdict, _, rest = ans.text.partition(": ")
            ans.text = (
                f"No, it went {_WAY[went]}, not {_WAY[said]}: {rest}"
                if verdict.startswith("No")
                else ans.text
            )
        return ans
    kind = COMPLAINT_KINDS.get(focus.intent.complaint or "")
    prev_problems = sorted((f for f in prev.findings if f.is_problem), key=lambda f: -f.severity)
    if kind is not None:
        subject = next((f for f in prev.findings if f.kind is kind), None) or next(
            (f for f in ctx.findings if f.kind is kind), None
        )
    if subject is None and prev_problems:
        subject = prev_problems[0]
    if subject is None:
        a, b = prev.analysis, ctx.analysis
        if a is not None and b is not None:
            return Answer(
                f"Nothing was out of line before, and nothing is now: {a.integrated_lufs:.1f} -> {b.integrated_lufs:.1f} "
                f"LUFS, true peak {a.true_peak_dbtp:.1f} -> {b.true_peak_dbtp:.1f} dBTP. If it sounds better to you, keep it."
            )
        return Answer(
            "Nothing was out of line before, and nothing is now. If it sounds better to you, keep it."
        )
    now = _same(subject, ctx.findings) or next(
        (g for g in ctx.findings if _overshot(subject, g)), None
    )  # the master pushed from too quiet to too loud is the same subject, overshot
    more, asked = asks_more(focus), result_asked(focus.intent.question)
    return _verdict(subject, _same(subject, prev.findings), now, ctx, s, more=more, result_asked=asked)


_CLAIM_KIND = {"quiet": FindingKind.TRACK_TOO_QUIET, "loud": FindingKind.TRACK_TOO_LOUD}


def _claimed_first(names: list[str], ctx: MixContext, focus: Focus) -> list[str]:
    """``names`` with the part the question before claimed off put first, when this one names no part of its own
    and borrows that question's ("just kick n vocal floating in space. synth bass is set too quiet right?", then
    "gave it like 3db more, has that done it?"): "it" is the part claimed too quiet and measured so, not the kick
    named first."""
    earlier = previous_question(ctx.history)
    if (
        len(names) < 2
        or earlier is None
        or ctx.previous is None
        or classify(focus.intent.question).instruments
    ):
        return names
    kind = _CLAIM_KIND.get(classify(earlier[0], earlier[1]).complaint or "")
    # the part measured furthest off that way ("horns and strings and my vocal ... is the vocal too low?")
    claimed = [
        (f.severity, n) for n in names for f in findings_about(n, ctx.previous.findings) if f.kind is kind
    ]
    pick = max(claimed)[1] if claimed else None
    return [pick, *(n for n in names if n != pick)] if pick else names


_RESULT_ASKED = re.compile(
    r"(^|[,;.!?]\s*)(so |and |but |ok |okay |now )?(does|do|is|are|did|has|have)\s+"
    r"(?!(there|anything|something|any|anyone|else|what)\b)[^,;.?!]{0,50}?\b(even|better|balanced|fixed|fix|sorted|"
    r"right|ok|okay|good|fine|sit|sits|feel|feels|sound|sounds|work|worked|help|helped|gone|cleared|clear)\b",
    re.IGNORECASE,
)
"""A yes/no on the move's result ("does the band feel even now"), not on whether anything else is left."""


_STILL_OUT = re.compile(
    r"\b(anything|something) (still |else )?(left |still )?(sticking|poking|jumping|standing|popping) out\b",
    re.IGNORECASE,
)
"""After a fix, "is anything still sticking out?": what is left besides the part fixed."""


def asks_more(focus: Focus) -> bool:
    """True when the question after a move asks what else is left ("anything else?", "is anything still sticking
    out?"), so the part fixed is reported and the next problem named."""
    return focus.intent.more or _STILL_OUT.search(focus.intent.question) is not None


_WHOLE = re.compile(
    r"\b(it all|everything|all of it|the (whole )?(mix|band|song|balance|thing|picture|track|tune)|things)\b",
    re.IGNORECASE,
)
"""The whole mix as the subject of the result asked ("is it all balanced now?"), not the part moved."""
_HOW_ASKED = re.compile(
    r"(^|[,;.!?]\s*)(so |and |but |ok |okay |now )?(how'?s|hows|how is|how are|how does) ", re.I
)
"""An open "how's ..." after a move: the state asked, not a yes or no."""


def result_asked(question: str) -> str:
    """ "part" when ``question`` asks yes or no about the move's result before any "or ... else" ("did that help or
    is there more?"), "whole" when it asks that of the whole mix ("is it all balanced now or is anything still
    sticking out?"), "whole_how" when it asks openly how the whole sits ("how's the whole picture hanging together
    now?"), "" when it asks neither: the "yes" answers that, not "is there more to fix"."""
    head = re.split(r"\bor\b", question, maxsplit=1, flags=re.IGNORECASE)[0]
    found = _RESULT_ASKED.search(head)
    if found is None:
        how = _HOW_ASKED.search(head)
        return "whole_how" if how is not None and _WHOLE.match(head, how.end()) else ""
    return "whole" if _WHOLE.search(head[found.start() :]) else "part"


def _verdict(
    subject: Finding,
    before: Finding | None,
    now: Finding | None,
    ctx: MixContext,
    s: SessionView,
    lead_in: str = "",
    direction: int | None = None,
    more: bool = False,
    result_asked: str = "",
) -> Answer:
    """The verdict on this clip against the last for ``subject``: gone (yes), the same fault still there (not
    yet), the opposite fault now, or a fault in the way the fader went (``direction``) where none was (no, too
    far), or the same fault grown (worse). ``result_asked``: the result asked yes or no before the "anything else"
    (``more``) of the part moved ("part") or of the whole mix ("whole"), so a fix gone answers that yes first,
    unless the whole mix was asked and another problem is left."""
    what = _what(subject)
    b = key_number(before) if before is not None else None
    n = key_number(now) if now is not None else None
    sev_b = before.severity if before is not None else 0.0
    sev_n = now.severity if now is not None else 0.0
    if _overshot(before, now):  # too loud before, now a problem the other way: the move went too far
        verdict = TOO_FAR
        change = f"now {state(now)}{f' ({n[1]})' if n else ''}; before, {state(before, before=True, same_part=True)}{f' ({b[1]})' if b else ''}"  # type: ignore[arg-type]
        if before is not None and not before.is_problem:
            # the kick 4 dB over its place, inside the range, pulled down 10: it was no fault before, so not "too loud"
            change = (
                f"now {state(now)}{f' ({n[1]})' if n else ''}; before, it sat inside the range real mixes use"
            )
    elif before is None and now is not None and now.is_problem and overshoots(now.kind, direction):
        verdict = TOO_FAR  # no fault before, a raise that made the part too loud: past its place
        change = f"now {state(now)}{f' ({n[1]})' if n else ''}, where it had no balance problem before"
    elif before is not None and not before.is_problem and now is not None and now.is_problem:
        # inside the range before, a fault now: the move pushed it out, not "the fault grew from 4 dB"
        verdict = TOO_FAR if overshoots(now.kind, direction) else "No, it got worse"
        change = (
            f"now {state(now)}{f' ({n[1]})' if n else ''}; before, it sat inside the range real mixes use"
        )
    elif now is None or (not now.is_problem and sev_n < sev_b):
        verdict = "Yes"
        change = f"the {what} went from {b[1]} to {n[1]}" if b and n else f"the {what} is gone"
        if before is not None and now is not None and now.kind is not before.kind:
            # too low before, now a little over its place inside the range: no "went from 5.8 dB to 5.5 dB"
            change = f"the {what} is gone; it now sits inside the range real mixes use"
    elif sev_n > sev_b + 0.05:
        verdict = "No, it got worse"
        change = f"the {what} went from {b[1]} to {n[1]}" if b and n else f"the {what} is new"
    elif sev_n < sev_b - 0.05:
        verdict = f"{NOT_YET}, but closer"
        change = f"the {what} went from {b[1]} to {n[1]}" if b and n else f"the {what} is smaller"
    else:  # the same fault: not there yet, or a no when the move said would only deepen it
        verdict = "No" if overshoots(subject.kind, direction) else NOT_YET
        change = f"the {what} is still there ({n[1]})" if n else f"the {what} is still there"
        if b and n and b[1] == n[1] and not lead_in:  # the same number: nothing measurable changed
            change += ", the same number as on the last clip"
    parts = [f"{verdict}: {change}.", lead_in]
    moves = []
    if now is not None and now.is_problem:
        move = recipe(now, s)
        parts.append(f"Next: {lower_first(move.try_text)}")
        moves.append(move)
    elif verdict == "Yes":
        rest = [p for p in ctx.problems if not (p.kind is subject.kind and p.track == subject.track)]
        if more:
            # "pad's down like you said, anything else now?": a "Yes" would read as "yes, more to fix"
            # "does the band feel even now or is something else still sticking out?": the yes asked first, then that;
            # "is it all balanced now or ...?" with another part still out is no yes for the whole
            left = bool(rest) and not rest[0].is_lean
            opener = "Yes, that worked" if result_asked else "That worked"
            # "how's the whole picture now, anything else?": the whole's state ("Better"), then what is left
            if result_asked == "whole_how":
                opener = "That worked, but not everything sits yet" if left else "Better"
            if result_asked == "whole" and left:
                opener = "That worked, but not everything sits yet"
            parts[0] = f"{opener}: {change}."
        else:
            parts.append("That one's solved.")
        # only a lean left: nothing else to fix, the lean said as optional
        if rest and more and rest[0].is_lean:
            move = recipe(rest[0], s)
            parts.append(
                f"Nothing else needs fixing; at most, {lower_first(first_sentence(rest[0].summary))} "
                f"If you hear it: {lower_first(move.try_text)}"
            )
            moves.append(move)
        elif rest:
            move = recipe(rest[0], s)
            parts.append(f"Next up: {lower_first(first_sentence(rest[0].summary))} {move.try_text}")
            moves.append(move)
        elif more:
            parts.append("Nothing else I measured is out of line.")
    return Answer(fit(parts, 120, keep=2), moves, now)


_OPPOSITE = {FindingKind.TRACK_TOO_LOUD: FindingKind.TRACK_TOO_QUIET, FindingKind.TRACK_TOO_QUIET: FindingKind.TRACK_TOO_LOUD,
             FindingKind.TOO_LOUD: FindingKind.TOO_QUIET, FindingKind.TOO_QUIET: FindingKind.TOO_LOUD}  # fmt: skip


def _overshot(before: Finding | None, now: Finding | None) -> bool:
    """A level problem that a move turned into a problem the other way (the snare 12 dB too loud, pulled down
    20 dB: now 10 dB too low): neither better nor worse of the same thing, but too far."""
    return (
        before is not None
        and now is not None
        and now.is_problem
        and _OPPOSITE.get(before.kind) is now.kind
        and (before.track or "") == (now.track or "")
    )
