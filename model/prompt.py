"""The one place that turns a MixContext into what a model reads: grounding text and chat messages.

Every backend (and training) uses this, so the model always sees the same facts the user sees in the
``grounding`` field of ``--json``: the measured listening notes, the findings with their numbers and the
REAPER session. The model is told to trust these numbers and never to invent others; the MixAssist
users' main complaint was a model that could not really hear the mix.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from companion.context import BAND_NAMES, Analysis, Finding, Fx, MixContext, Snapshot, Topic, Track, Turn
from companion.knowledge.targets import LOUDNESS_TARGETS

log = logging.getLogger(__name__)

TokenCounter = Callable[[str], int]

AUDIO_TOKENS_PER_S = 25
"""Qwen2-Audio turns each second of 16 kHz audio into 25 tokens (30 s max = 750)."""
MAX_AUDIO_S = 30.0
MESSAGE_OVERHEAD_TOKENS = 4
"""Role markers and separators of a chat template (``<|im_start|>user\\n ... <|im_end|>\\n``)."""
DEFAULT_TOKEN_BUDGET = 2048
KEY_FX_PARAMS = 6
"""Parameters shown per plug-in: enough for an EQ band or a compressor, short enough for the budget."""
SUMMARY_CHARS = 90
KEEP_LAST_TURNS = 2
"""The latest exchange outlives plug-in details when the budget is tight: follow-ups ("and now?") need it."""

_KEY_PARAM = re.compile(
    r"\b(freq|gain|thresh|ratio|attack|release|q|bw|bandwidth|ceiling|limit|knee|makeup|wet|dry|mix|drive|output|type)",
    re.IGNORECASE,
)
"""Names of the parameters that say what a plug-in does (ReaEQ "Gain-Band 2", ReaComp "Thresh", ...)."""

NUMBERS_INSTRUCTION = (
    "Whenever you state a loudness, a peak, a PLR, a band, a correlation, a track's fader or level, copy the "
    "number and its unit exactly as the notes give them: never estimate one by ear or round it to another "
    "value, because every number in your answer is checked against the measurement. "
    "Say targets and moves as targets and moves ('aim for', 'pull it down'), never as readings. "
)
"""Why: models state invented levels ("-6 LUFS" for a -14 LUFS mix); model/checks.py holds every number an
answer states against the measurement, and this asks the model to quote instead of guessing."""

SYSTEM_PROMPT = (
    "You are an expert mixing engineer sitting beside an amateur who mixes in REAPER. "
    "Talk like a mentor in the room: casual, concise and decisive (a few sentences, no lists of options). "
    "Say what you hear, why it matters, what to try on their tracks with concrete values (Hz, dB, ratio, "
    "ms), and how to check it worked. "
    "The LISTENING NOTES and SESSION below were measured by the companion: trust them, quote their numbers, "
    "and never invent a measurement, a track or a plug-in that is not there. "
    f"{NUMBERS_INSTRUCTION}"
    "If something is not measured, say you cannot tell. "
    "If the request is ambiguous, ask one short clarifying question instead of guessing."
)


# ---------------------------------------------------------------- formatting helpers


def _num(value: float | None, digits: int = 1, signed: bool = False) -> str:
    """A number for the model, or 'n/a' where it is not measurable (NaN, inf, None)."""
    if value is None or not math.isfinite(float(value)):
        return "n/a"
    return f"{float(value):+.{digits}f}" if signed else f"{float(value):.{digits}f}"


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(float(value))


def _pan(pan: float) -> str:
    """REAPER's own way to show pan: C, 30L, 100R."""
    pct = round(abs(pan) * 100)
    if pct == 0:
        return "C"
    return f"{pct}{'L' if pan < 0 else 'R'}"


def _evidence(evidence: dict[str, Any], limit: int = 4) -> str:
    parts = []
    for key, value in list(evidence.items())[:limit]:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            parts.append(f"{key}={value}")
        else:
            parts.append(f"{key}={_num(value, 2) if isinstance(value, float) else value}")
    return ", ".join(parts)


# ---------------------------------------------------------------- grounding


def listening_lines(analysis: Analysis | None, target: str, note: str | None = None) -> list[str]:
    """The measured listening notes: loudness vs the target, peaks, dynamics, bands, stereo."""
    if analysis is None:
        return ["LISTENING NOTES: none (no audio was analysed; do not describe how it sounds)"]
    a = analysis
    layout = "mono" if a.channels == 1 else "stereo" if a.channels == 2 else f"{a.channels} ch"
    head = f"LISTENING NOTES (measured on {a.duration_s:.1f} s, {a.sample_rate} Hz {layout}"
    reference = a.extra.get("reference_track")
    compared = f"your reference track {reference}" if reference else f"real mixes, family {a.genre_family}"
    head += f"; tonal balance compared with: {compared}" + (f"; {note}" if note else "") + ")"
    lines = [head]

    goal = LOUDNESS_TARGETS.get(target) or LOUDNESS_TARGETS["spotify"]
    ceiling_dbtp = goal.true_peak_max_dbtp
    loud = f"- Loudness: {_num(a.integrated_lufs)} LUFS integrated"
    if _finite(a.integrated_lufs):
        diff = a.integrated_lufs - goal.integrated_lufs
        side = "louder than" if diff > 0 else "quieter than" if diff < 0 else "on"
        kind = "target" if goal.normalised else "convention"
        loud += f" ({abs(diff):.1f} LU {side} the {goal.name} {kind} {goal.integrated_lufs:g} LUFS"
        loud += ")" if goal.normalised else "; not normalised)"
    loud += f"; short-term max {_num(a.short_term_max_lufs)} LUFS; LRA {_num(a.lra_lu)} LU"
    lines.append(loud)

    peak = f"- Peaks: true peak {_num(a.true_peak_dbtp)} dBTP"
    if _finite(a.true_peak_dbtp):
        over = a.true_peak_dbtp - ceiling_dbtp
        peak += (
            f" ({'over' if over > 0 else 'under'} the {ceiling_dbtp:g} dBTP ceiling by {abs(over):.1f} dB)"
        )
    peak += f"; sample peak {_num(a.sample_peak_dbfs)} dBFS; {a.clipped_samples} clipped samples"
    lines.append(peak)
    dyn = f"- Dynamics: PLR {_num(a.plr_db)} dB, crest {_num(a.crest_db)} dB"
    if abs(a.dc_offset) >= 0.001:
        dyn += f", DC offset {a.dc_offset:+.4f}"
    lines.append(dyn)

    bands = ", ".join(f"{b} {_num(a.balance_vs_target_db.get(b), 1, signed=True)}" for b in BAND_NAMES)
    lines.append(f"- Bands vs reference (dB, + = more than the reference): {bands}")
    s = a.stereo
    if a.channels == 1:
        lines.append("- Stereo: mono clip")
    else:
        lines.append(
            f"- Stereo: correlation {_num(s.correlation, 2)}, width {_num(s.width, 2)}, "
            f"low-end correlation {_num(s.low_end_correlation, 2)}, "
            f"L-R balance {_num(s.lr_balance_db, 1, signed=True)} dB"
        )
    return lines


def finding_lines(
    findings: Sequence[Finding], include_remarks: bool = True, with_evidence: bool = True
) -> list[str]:
    """Findings, most severe first, each with its severity and (unless the budget is tight) the numbers behind
    it; the summary carries the decisive number either way."""
    chosen = sorted((f for f in findings if include_remarks or f.is_problem), key=lambda f: -f.severity)
    if not chosen:
        return ["FINDINGS: none above the problem threshold" if findings else "FINDINGS: none"]
    lines = [
        "FINDINGS (severity 0-1; 0.3 and over is a problem, a tonal one under 0.5 a lean, under 0.3 a remark)"
    ]
    for f in chosen:
        where = f" on {f.track}" if f.track else ""
        label = "lean" if f.is_lean else "problem" if f.is_problem else "remark"
        line = f"- {f.kind}{where} [{f.severity:.2f} {label}]: {f.summary}"
        ev = _evidence(f.evidence) if with_evidence else ""
        lines.append(line + (f" ({ev})" if ev else ""))
    return lines


def _key_params(fx: Fx, limit: int) -> str:
    if limit <= 0 or not fx.params:
        return ""
    picked = [p for p in fx.params if _KEY_PARAM.search(p.name)][:limit]
    if not picked:
        picked = list(fx.params[:limit])
    shown = [f"{p.name}={p.formatted or f'{p.value:.2f} (0-1)'}" for p in picked]
    return " [" + ", ".join(shown) + "]"


def _fx_list(fxs: Sequence[Fx], params_per_fx: int) -> str:
    return "; ".join(
        f"{fx.name}{'' if fx.enabled else ' (bypassed)'}{_key_params(fx, params_per_fx)}" for fx in fxs
    )


def _track_line(t: Track, params_per_fx: int) -> str:
    parts = [f"- {t.index} {t.name}: fader {_num(t.volume_db, 1, signed=True)} dB, pan {_pan(t.pan)}"]
    flags = [
        name for name, on in (("MUTED", t.mute), ("SOLO", t.solo), ("phase inverted", t.phase_inverted)) if on
    ]
    if flags:
        parts.append(", ".join(flags))
    if t.level is not None:
        parts.append(
            f"level avg {_num(t.level.avg_peak_db)} / max {_num(t.level.max_peak_db)} dBFS peak"
            + (f" over {t.level.window_s:.0f} s" if t.level.window_s else "")
        )
        if t.level.lufs is not None:  # the track meter ran: real loudness, post-fader
            parts.append(f"loudness {_num(t.level.lufs)} LUFS")
    if t.fx:
        parts.append(f"FX: {_fx_list(t.fx, params_per_fx)}")
    if t.sends:
        sends = ", ".join(
            f"{s.dest_name} {_num(s.volume_db, 1, signed=True)} dB{' (muted)' if s.mute else ''}"
            for s in t.sends
        )
        parts.append(f"sends: {sends}")
    return "; ".join(parts)


def session_lines(snapshot: Snapshot | None, params_per_fx: int = KEY_FX_PARAMS) -> list[str]:
    """The REAPER session: tracks with fader, pan, mute/solo, level, FX with key parameters, sends."""
    if snapshot is None:
        return ["SESSION: unknown (no REAPER snapshot; do not name tracks or plug-ins)"]
    p, m = snapshot.project, snapshot.master
    head = f"SESSION (REAPER project {p.name or 'untitled'!r}, {p.tempo_bpm:g} BPM, {p.sample_rate} Hz, {p.play_state})"
    master = f"- Master: fader {_num(m.volume_db, 1, signed=True)} dB, peak {_num(m.peak_db)} dBFS"
    if m.fx:
        master += f"; FX: {_fx_list(m.fx, params_per_fx)}"
    lines = [head, master]
    if not snapshot.tracks:
        lines.append("- no tracks")
    lines.extend(_track_line(t, params_per_fx) for t in snapshot.tracks)
    return lines


def build_grounding(
    context: MixContext,
    *,
    params_per_fx: int = KEY_FX_PARAMS,
    include_remarks: bool = True,
    with_evidence: bool = True,
) -> str:
    """The measured facts given to any advisor, as compact plain text (the ``grounding`` of ``--json``):
    the QUESTION FOCUS (what was asked and its evidence, ``model.focus_text``), then the listening notes, the
    findings and the session.

    ``params_per_fx``, ``include_remarks`` and ``with_evidence`` shrink it when a token budget is tight.
    """
    from model.focus_text import focus_lines  # the evidence for what was asked goes first

    note = context.clip.note if context.clip is not None else None
    lines = focus_lines(context)
    lines += listening_lines(context.analysis, context.target, note)
    lines += finding_lines(context.findings, include_remarks, with_evidence)
    lines += session_lines(context.snapshot, params_per_fx)
    return "\n".join(lines)


# ---------------------------------------------------------------- history in MixAssist form


def split_history(history: Sequence[Turn], topic: Topic) -> tuple[list[Turn], list[Turn]]:
    """(earlier turns, turns of the current topic): the current topic is the trailing run of ``topic``.

    Turns without a topic belong to whichever run they sit in.
    """
    cut = len(history)
    while cut > 0 and history[cut - 1].topic in (None, topic):
        cut -= 1
    return list(history[:cut]), list(history[cut:])


def _clip_text(text: str, chars: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= chars else text[: chars - 3].rstrip() + "..."


def summarize_history(turns: Sequence[Turn], max_chars: int = SUMMARY_CHARS) -> str:
    """A short summary of earlier topics (MixAssist's history holds one): topic, the question, the advice.

    Written without a model on purpose: it must cost nothing and never invent anything.
    """
    if not turns:
        return ""
    blocks: list[list[Turn]] = []
    for turn in turns:
        if blocks and blocks[-1][-1].topic == turn.topic:
            blocks[-1].append(turn)
        else:
            blocks.append([turn])
    parts = []
    for block in blocks:
        topic = str(block[0].topic) if block[0].topic else "general"
        asked = next((t.content for t in block if t.role == "user"), "")
        told = next((t.content for t in reversed(block) if t.role == "assistant"), "")
        piece = f"{topic} ({len(block)} turns)"
        if asked:
            piece += f': they asked "{_clip_text(asked, max_chars)}"'
        if told:
            piece += f'; you said "{_clip_text(told, max_chars)}"'
        parts.append(piece)
    return "Earlier in this session: " + " | ".join(parts)


# ---------------------------------------------------------------- messages and budget


def estimate_tokens(text: str) -> int:
    """A conservative token estimate (~3.5 characters per token for English with numbers; never under
    one per word), for when the real tokenizer is not at hand."""
    return max(math.ceil(len(text) / 3.5), len(text.split()))


def audio_tokens(context: MixContext) -> int:
    """Tokens the audio placeholder expands to (last 30 s at most)."""
    if context.clip is None:
        return 0
    return math.ceil(min(context.clip.duration_s, MAX_AUDIO_S) * AUDIO_TOKENS_PER_S)


UTTERANCE_LEAD = "\n\nThe amateur says: "
AUDIO_LEAD = "The audio above is the last part of what played.\n\n"


def _user_content(context: MixContext, grounding: str, with_audio: bool) -> str | list[dict[str, Any]]:
    text = f"{grounding}{UTTERANCE_LEAD}{context.question.strip()}"
    if not with_audio or context.clip is None:
        return text
    # The placeholder names the clip; backends put the real audio beside it (processor, input_audio).
    return [
        {"type": "audio", "audio": context.clip.source or "clip"},
        {"type": "text", "text": AUDIO_LEAD + text},
    ]


def _merged_turns(turns: Sequence[Turn]) -> list[dict[str, Any]]:
    """Turns as chat messages; consecutive same-role turns joined (some chat templates insist on
    alternation) and a leading assistant turn kept as is."""
    out: list[dict[str, Any]] = []
    for t in turns:
        role = "assistant" if t.role == "assistant" else "user"
        if out and out[-1]["role"] == role:
            out[-1]["content"] += "\n" + t.content
        else:
            out.append({"role": role, "content": t.content})
    return out


def message_text(message: dict[str, Any]) -> str:
    """The text parts of a message (the audio placeholder is counted apart)."""
    content = message["content"]
    if isinstance(content, str):
        return content
    return "\n".join(p.get("text", "") for p in content if p.get("type") == "text")


def count_message_tokens(
    messages: Sequence[dict[str, Any]], count_tokens: TokenCounter, extra: int = 0
) -> int:
    return extra + sum(count_tokens(message_text(m)) + MESSAGE_OVERHEAD_TOKENS for m in messages)


def _assemble(system: str, summary: str, turns: Sequence[Turn], user: Any) -> list[dict[str, Any]]:
    sys_text = system + (f"\n\n{summary}" if summary else "")
    return [{"role": "system", "content": sys_text}, *_merged_turns(turns), {"role": "user", "content": user}]


def build_messages(
    context: MixContext,
    *,
    with_audio: bool,
    token_budget: int = DEFAULT_TOKEN_BUDGET,
    count_tokens: TokenCounter | None = None,
    system_prompt: str = SYSTEM_PROMPT,
) -> list[dict[str, Any]]:
    """System message (mentor persona + summary of earlier topics), the current topic's turns, then the
    user message: [audio placeholder], grounding, the amateur's utterance.

    To fit ``token_budget`` (prompt only, audio tokens included) it drops, in order: the oldest turns of
    the current topic down to the latest exchange, the summary, plug-in parameters and remark-level
    findings from the grounding, the findings' evidence lists (their summaries keep the decisive numbers),
    then the latest exchange too.
    ``count_tokens`` is the real tokenizer when there is one; ``estimate_tokens`` otherwise.
    """
    counter = count_tokens or estimate_tokens
    seen: dict[str, int] = {}

    def count(text: str) -> int:  # each message is counted once, however often the budget loop asks
        if text not in seen:
            seen[text] = counter(text)
        return seen[text]

    extra = audio_tokens(context) if with_audio else 0
    earlier, current = split_history(context.history, context.topic)
    summary = summarize_history(earlier)
    grounding = build_grounding(context)
    user = _user_content(context, grounding, with_audio)

    def fits(msgs: list[dict[str, Any]]) -> bool:
        return count_message_tokens(msgs, count, extra) <= token_budget

    msgs = _assemble(system_prompt, summary, current, user)
    while len(current) > KEEP_LAST_TURNS and not fits(msgs):
        current = current[1:]
        msgs = _assemble(system_prompt, summary, current, user)
    if summary and not fits(msgs):
        summary = ""
        msgs = _assemble(system_prompt, summary, current, user)
    for params, remarks, evidence in ((2, True, True), (0, False, True), (0, False, False)):
        if fits(msgs):
            break
        grounding = build_grounding(
            context, params_per_fx=params, include_remarks=remarks, with_evidence=evidence
        )
        user = _user_content(context, grounding, with_audio)
        msgs = _assemble(system_prompt, summary, current, user)
    while current and not fits(msgs):
        current = current[1:]
        msgs = _assemble(system_prompt, summary, current, user)
    if not fits(msgs):
        log.warning(
            "prompt is %d tokens, over the %d budget even without history",
            count_message_tokens(msgs, count, extra),
            token_budget,
        )
    return msgs


def grounding_of(messages: Sequence[dict[str, Any]]) -> str:
    """The grounding block actually sent (after any budget trimming), for ``Advice.grounding``."""
    text = message_text(messages[-1])
    text = text.removeprefix(AUDIO_LEAD)
    return text.rsplit(UTTERANCE_LEAD, 1)[0]
