""" "Whats a sensible master bus chain for a soul tune like this? eq, glue comp, limiter.. ballpark settings for
each pls": the tools of a mix-bus chain, each with its ballpark, in the order they go, on this mix's numbers.

Why: the technique route answers one tool, so this got the compressor lesson alone (and ran past the word budget):
the EQ and the limiter asked beside it went unsaid. An engineer answers the chain: what each tool does there, with
its usual settings (conventions, labelled so: nothing here measures a bus compressor's taste), the limiter's gain
from where this mix reads against the loudness aimed for, and a balance fault first when one is measured, since no
bus chain fixes a part at the wrong level.
"""

from __future__ import annotations

import re

from companion.context import Analysis, Finding, FindingKind, MixContext
from companion.knowledge.targets import loudness_target
from companion.knowledge.techniques import technique
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.loudness_aim import limiter_push
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import Move
from model.session_view import plugin_name

_TOOLS = (
    ("eq", "EQ", r"\beq(s|ing)?\b|\bequali[sz]\w*"),
    ("compression", "Glue compressor", r"\bcomp(ressor|ression|s)?\b|\bglue\b|\bbus comp\w*"),
    ("saturation", "Saturation", r"\bsaturat\w*|\btape\b"),
    ("limiting", "Limiter", r"\blimit(er|ers|ing)?\b"),
)
"""The tools of a mix-bus chain: the technique, its label in the answer, the words that name it."""
_BUS = re.compile(
    r"\b(master|mix|stereo|2|two|main|sum) ?-?bus\b|\bmaster(ing)? (chain|fader|track)\b|\bon (the |my )?master\b|"
    r"\bmix ?bus\b|\bbus chain\b",
    re.IGNORECASE,
)
"""The mix bus or the master named as where the chain goes."""
_CHAIN = re.compile(r"\bchain\b", re.IGNORECASE)
_SETTINGS = re.compile(
    r"\b(settings?|ballpark|numbers|starting points?|where (do|should) i set)\b", re.IGNORECASE
)
_REA = re.compile(r"\breax?(?=(eq|comp|limit))", re.IGNORECASE)
_DEFAULT = ("eq", "compression", "limiting")
"""The chain said by name alone ("what's a good master chain?"): the usual three."""


def _named(q: str) -> list[str]:
    """The chain's tools the question names, in the order they go on a bus (the limiter always last)."""
    said = _REA.sub("rea ", q)  # "reaeq", "reaLimit": REAPER's own plug-ins said by name
    return [name for name, _, words in _TOOLS if re.search(words, said, re.IGNORECASE)]


def bus_chain(ctx: MixContext, focus: Focus) -> Answer | None:
    """Each tool of the mix-bus chain asked about with its ballpark, then the limiter on this mix's loudness; None
    when the question names no chain on the bus (two tools or the word "chain") or asks no how or settings. "Is my
    bus chain ok?" gets the chain on the master read back and judged on this mix's numbers instead."""
    q = focus.intent.question
    a = ctx.analysis
    if a is None or not _BUS.search(q) or focus.intent.instruments:
        return None
    tools = _named(q)
    if focus.intent.wants == Wants.JUDGE and _OK_ASKED.search(q) and (len(tools) >= 2 or _CHAIN.search(q)):
        return _judged(ctx, a, focus, tools)
    if len(tools) < 2 and not (_CHAIN.search(q) and not tools):
        return None
    if focus.intent.wants not in (Wants.HOW_TO, Wants.HOW_MUCH) and not _SETTINGS.search(q):
        return None
    tools = tools or list(_DEFAULT)
    labels = {name: label for name, label, _ in _TOOLS}
    parts = ["On the mix bus, in this order and each one gently:"]
    parts += [f"{labels[name]}: {technique(name).bus}." for name in tools]
    fault = _balance_fault(ctx)
    moves: list[Move] = []
    if fault is not None and focus.session is not None:
        # the balance first: the limiter's gain waits for it (a part 10 dB over moves the loudness it reads)
        moves.append(level_move(fault, focus.session))
        said = f"First the balance, no bus chain fixes it: {lower_first(first_sentence(fault.summary))}"
        parts = [said, moves[0].try_text, *parts]
    else:
        parts.append(_loudness(ctx.target, a, tools, moves))
    keep = len(parts)
    if fault is not None and "limiting" in tools:
        parts.append("Set the limiter's gain after that, on the new balance.")
    on = [plugin_name(fx) for fx in (ctx.snapshot.master.fx if ctx.snapshot else ()) if fx.enabled]
    parts.append(
        f"Your master has {' and '.join(on[:3])} on it now." if on else "Your master has no plug-ins yet."
    )
    parts.append("Bypass each one at matched loudness: keep it only if it sounds better, not just louder.")
    return Answer(fit(parts, MAX_WORDS, keep=keep), moves, fault)


_OK_ASKED = re.compile(
    r"\b(ok|okay|alright|right|good|fine|decent|sensible|solid|legit|correct|in the right order|doing (anything|harm|"
    r"damage|its job))\b",
    re.IGNORECASE,
)
"""The chain asked about as it is ("is my mix bus chain ok?"), not asked for."""


def _balance_fault(ctx: MixContext) -> Finding | None:
    """The worst part at the wrong level: no bus chain fixes it, so it is said before the chain."""
    return max(
        (f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS), key=lambda f: f.severity, default=None
    )


def _kind(fx_name: str) -> str | None:
    """The chain tool a master plug-in is, by its name: 'ReaEQ' -> eq, 'ReaXcomp' -> compression."""
    return next(iter(_named(fx_name)), None)


def _judged(ctx: MixContext, a: Analysis, focus: Focus, said: list[str]) -> Answer:
    """The master's chain as it is in this session, its order, what it does to this mix (squash, peaks), and the
    tools the asker named that aren't on the master track; a balance fault first, since no chain fixes it."""
    fx = [f for f in (ctx.snapshot.master.fx if ctx.snapshot else ()) if f.enabled]
    on = [(plugin_name(f), _kind(plugin_name(f))) for f in fx]
    kinds = [k for _, k in on if k]
    t = loudness_target(ctx.target)
    parts: list[str] = []
    if not on:
        parts.append(
            "Your master track has no plug-ins switched on in this session, so there's no chain to judge yet."
        )
    else:
        order = " → ".join(n for n, _ in on)
        limiter_last = "limiting" not in kinds or kinds[-1] == "limiting"
        parts.append(
            f"Your master runs {order}"
            + (
                ", the limiter last, as it should be."
                if limiter_last
                else ": the limiter isn't last; move it to the end."
            )
        )
    missing = [label for name, label, _ in _TOOLS if name in said and name not in kinds]
    if missing and on:
        parts.append(
            f"The {' and '.join(m if m.isupper() else m.lower() for m in missing)} you mention aren't on the master "
            "track here: if they sit on a bus that feeds it, that works the same."
        )
    squashed = any(f.kind is FindingKind.OVER_COMPRESSED for f in ctx.problems)  # the analysis's own verdict
    over = a.true_peak_dbtp > t.true_peak_max_dbtp
    state = (
        f"On this mix it reads {a.integrated_lufs:.1f} LUFS integrated, true peak {a.true_peak_dbtp:.1f} dBTP and a "
        f"{a.plr_db:.1f} dB peak-to-loudness ratio"
    )
    if squashed:
        parts.append(
            f"{state}: that's squashed; ease the compressor or the limiter's gain until the hits breathe again."
        )
    elif over:
        parts.append(
            f"{state}: the peaks pass {t.said}'s {t.true_peak_max_dbtp:g} dBTP; set the limiter's ceiling there."
        )
    else:
        parts.append(
            f"{state}: nothing squashed, no peak over {t.said}'s {t.true_peak_max_dbtp:g} dBTP, so it does no harm."
        )
    fault = _balance_fault(ctx)
    moves: list[Move] = []
    if fault is not None and focus.session is not None:
        moves.append(level_move(fault, focus.session))
        parts.insert(
            0,
            f"Before the chain, the balance, which no chain fixes: {lower_first(first_sentence(fault.summary))}",
        )
        parts.insert(1, moves[0].try_text)
    parts.append(
        "Bypass it at matched loudness: keep each plug-in only if the mix sounds better, not just louder."
    )
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, fault)


def _loudness(target: str, a: Analysis, tools: list[str], moves: list[Move]) -> str:
    """This mix's loudness, and with a limiter asked about, the gain into it for the ``target`` loudness (its push
    added to ``moves``) or none when the mix is there already."""
    t = loudness_target(target)
    now = f"This mix reads {a.integrated_lufs:.1f} LUFS integrated, true peak {a.true_peak_dbtp:.1f} dBTP"
    if "limiting" not in tools:
        return f"{now}."
    if a.integrated_lufs < t.range_lufs[0]:
        gain = float(round(t.integrated_lufs - a.integrated_lufs))
        text = (
            f"{now}: bring the limiter up about {gain:.0f} dB into a {t.true_peak_max_dbtp:g} dBTP ceiling to reach "
            f"about {t.integrated_lufs:g} LUFS for {t.said}."
        )
        moves.append(limiter_push(t, gain, text))
        return text
    at = "already at" if a.integrated_lufs <= t.range_lufs[1] else "already over"
    return (
        f"{now}, {at} {t.said}'s {t.integrated_lufs:g} LUFS: the limiter only catches the peaks at "
        f"{t.true_peak_max_dbtp:g} dBTP, no gain into it."
    )
