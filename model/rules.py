"""The built-in advisor: answers like a MixAssist expert from the measured findings and the session, no weights.

Voice (from the MixAssist sessions): first person, casual, concise (about 40-120 words unless asked to
explain), decisive; the measured number, what to try on the user's own tracks with values, why, how to check.
It only states what was measured: where the master alone cannot tell (a single instrument), it says so.
"""

from __future__ import annotations

import re

from companion.context import Advice, Finding, FindingKind, MixContext, Suggestion, Topic
from companion.knowledge.priors import starting_points
from companion.knowledge.roles import instrument_role, role_topic
from companion.knowledge.targets import loudness_target
from companion.knowledge.techniques import technique
from model.base import TokenSink
from model.intent import Intent, IntentKind, classify
from model.prompt import build_grounding
from model.recipes import recipe
from model.session_view import RoleTrack, SessionView

# which findings matter for a question about a topic (track findings are matched by the track's role)
TOPIC_KINDS: dict[Topic, frozenset[FindingKind]] = {
    Topic.DRUMS: frozenset(
        {
            FindingKind.HARSH,
            FindingKind.OVER_COMPRESSED,
            FindingKind.CLIPPING,
            FindingKind.BOOMY,
            FindingKind.DULL,
        }
    ),
    Topic.BASS: frozenset(
        {FindingKind.BOOMY, FindingKind.THIN, FindingKind.LOW_END_NOT_MONO, FindingKind.MUDDY}
    ),
    Topic.GUITARS: frozenset(
        {FindingKind.MUDDY, FindingKind.HARSH, FindingKind.NARROW, FindingKind.LR_IMBALANCE}
    ),
    Topic.KEYS: frozenset({FindingKind.MUDDY, FindingKind.NARROW, FindingKind.HARSH}),
    Topic.VOCALS: frozenset({FindingKind.MUDDY, FindingKind.HARSH, FindingKind.DULL}),
    Topic.OVERALL_MIX: frozenset(FindingKind),
}
TOPIC_ROLES: dict[Topic, tuple[str, ...]] = {
    Topic.DRUMS: ("kick", "snare", "hihat", "toms", "overheads", "room", "percussion", "drum_bus"),
    Topic.BASS: ("bass",),
    Topic.GUITARS: ("electric_guitar", "acoustic_guitar"),
    Topic.KEYS: ("keys", "synth"),
    Topic.VOCALS: ("lead_vocal", "backing_vocal"),
    Topic.OVERALL_MIX: (),
}
TOPIC_WORDS = {
    Topic.DRUMS: "drums",
    Topic.BASS: "bass",
    Topic.GUITARS: "guitars",
    Topic.KEYS: "keys",
    Topic.VOCALS: "vocals",
    Topic.OVERALL_MIX: "mix",
}
OPENERS = ("First thing I notice:", "What jumps out:", "Main thing:")


class RulesAdvisor:
    """Answers from findings + snapshot with rules; always available, instant, deterministic."""

    name = "rules"

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        intent = classify(context.question, context.history)
        session = SessionView(context.snapshot)
        if any(f.kind is FindingKind.SILENCE for f in context.findings):
            text, sugg = self._silence(context, session)
        elif intent.kind == IntentKind.AMBIGUOUS:
            text, sugg = self._clarify(context, intent)
        elif intent.kind == IntentKind.TECHNIQUE:
            text, sugg = self._technique(context, intent, session)
        elif intent.kind == IntentKind.TOPIC and intent.topic is not Topic.OVERALL_MIX:
            text, sugg = self._topic(context, intent, session)
        elif context.analysis is not None and _LOUDNESS_QUESTION.search(context.question):
            text, sugg = self._loudness(context, session, intent.explain)
        else:
            text, sugg = self._what_do_you_hear(context, session, intent.explain)
        if context.clip is not None and context.clip.note:
            text += f" (I {context.clip.note}.)"
        if on_token is not None:
            on_token(text)
        return Advice(
            text=text, suggestions=tuple(sugg), backend=self.name, grounding=build_grounding(context)
        )

    # ------------------------------------------------------------ answers

    def _what_do_you_hear(
        self, ctx: MixContext, s: SessionView, explain: bool
    ) -> tuple[str, list[Suggestion]]:
        problems = list(ctx.problems)
        if ctx.analysis is None and not problems:
            return self._no_audio(ctx, s), []
        if not problems:
            return self._sounds_fine(ctx), []
        return self._answer_problems(
            problems, s, explain, opener=OPENERS[len(ctx.history) // 2 % len(OPENERS)]
        )

    def _answer_problems(
        self, problems: list[Finding], s: SessionView, explain: bool, opener: str
    ) -> tuple[str, list[Suggestion]]:
        first = problems[0]
        move = recipe(first, s)
        text = f"{opener} {_lower_first(first.summary)} {move.try_text} {move.check_text}"
        sugg = list(move.suggestions)
        if explain:
            why = _WHY.get(first.kind)
            if why:
                text += f" Why: {why}"
        others = [p for p in problems[1:] if p.kind is not first.kind][: 2 if explain else 1]
        limit = 200 if explain else 120
        for other in others:
            other_move = recipe(other, s)
            text += f" After that, {_lower_first(_first_sentence(other.summary))}"
            if len(text.split()) + len(other_move.try_text.split()) <= limit:
                text += f" {other_move.try_text}"
            sugg.extend(other_move.suggestions)
        return text, sugg

    def _loudness(self, ctx: MixContext, s: SessionView, explain: bool) -> tuple[str, list[Suggestion]]:
        """ "Is it loud enough for Spotify?": the loudness findings first, or the numbers against the target."""
        problems = [p for p in ctx.problems if p.kind in _LOUDNESS_KINDS]
        if problems:
            return self._answer_problems(problems, s, explain, opener="On loudness:")
        a = ctx.analysis
        assert a is not None
        t = loudness_target(ctx.target)
        return (
            f"Yes: {a.integrated_lufs:.1f} LUFS integrated with the true peak at {a.true_peak_dbtp:.1f} dBTP sits fine for "
            f"{t.name} ({t.integrated_lufs:.0f} LUFS, peaks at or under {t.true_peak_max_dbtp:.0f} dBTP), and the "
            f"{a.plr_db:.0f} dB peak-to-loudness ratio says it isn't squashed to get there. Pushing it louder would only "
            "get it turned down again.",
            [],
        )

    def _sounds_fine(self, ctx: MixContext) -> str:
        a = ctx.analysis
        assert a is not None
        remarks = sorted((f for f in ctx.findings if not f.is_problem), key=lambda f: -f.severity)
        text = (
            f"Honestly, nothing in the numbers needs fixing: {a.integrated_lufs:.1f} LUFS, true peak "
            f"{a.true_peak_dbtp:.1f} dBTP, {a.plr_db:.0f} dB of peak-to-loudness, and the tonal balance sits within a few dB "
            "of a typical mix in every band."
        )
        if remarks:
            text += (
                f" If anything, {_lower_first(_first_sentence(remarks[0].summary))} Small stuff, your call."
            )
        else:
            text += " From here it's taste: tell me what you want more of (punch, vocal, width) and we'll go after it."
        return text

    def _no_audio(self, ctx: MixContext, s: SessionView) -> str:
        base = "I didn't get any audio this time, so I can't tell you how it sounds."
        if s:
            return (
                base
                + f" From the session: {len(s.tracks)} tracks; press play in REAPER and ask again so I can measure the mix."
            )
        return base + " Press play in REAPER (or give me a bounce with --audio) and ask again."

    def _silence(self, ctx: MixContext, s: SessionView) -> tuple[str, list[Suggestion]]:
        f = next(f for f in ctx.findings if f.kind is FindingKind.SILENCE)
        move = recipe(f, s)
        return f"I'm not getting any signal: {_lower_first(f.summary)} {move.try_text} {move.check_text}", []

    def _clarify(self, ctx: MixContext, intent: Intent) -> tuple[str, list[Suggestion]]:
        problems = list(ctx.problems)
        hint = ""
        if problems:
            hint = f" If you want my pick: {_lower_first(_first_sentence(problems[0].summary))}"
        return (
            "Happy to. Better how, though: more punch in the drums, a vocal that sits on top, a wider mix, or the overall "
            f"loudness?{hint}",
            [],
        )

    def _topic(self, ctx: MixContext, intent: Intent, s: SessionView) -> tuple[str, list[Suggestion]]:
        topic = intent.topic
        roles = _mentioned_roles(intent) + TOPIC_ROLES[topic]
        tracks = s.by_roles(*roles)
        relevant = [
            p
            for p in ctx.problems
            if (p.track is not None and _track_topic(s, p.track) is topic)
            or (p.track is None and p.kind in TOPIC_KINDS[topic])
        ]
        word = TOPIC_WORDS[topic]
        if relevant:
            text, sugg = self._answer_problems(relevant, s, intent.explain, opener=f"On the {word}:")
            if any(p.track is None for p in relevant[:1]):
                text += f" (That's measured on the full mix; I can't solo the {word}, so trust your ears on which part does it.)"
            return text, sugg
        facts = f" In your session: {'; '.join(rt.describe() for rt in tracks[:3])}." if tracks else ""
        tip = _role_tip(tracks[0] if tracks else None, roles[0] if roles else None)
        return (
            f"Nothing I measured points at the {word}: the full mix shows no problem in their range, and I can't hear them "
            f"on their own.{facts}{tip}",
            [],
        )

    def _technique(self, ctx: MixContext, intent: Intent, s: SessionView) -> tuple[str, list[Suggestion]]:
        name = intent.technique or "compression"
        tech = technique(name)
        roles = _mentioned_roles(intent) + TOPIC_ROLES.get(intent.topic, ())
        tracks = s.by_roles(*roles) if roles else []
        role = tracks[0].role if tracks else (roles[0] if roles else None)
        numbers = _technique_numbers(name, role, tracks[0] if tracks else None)
        typical = _pick_convention(tech.conventions, role, intent)
        fact = "" if numbers or not tech.facts else _capital(tech.facts[0]) + "."
        tempo = _tempo_note(ctx) if name == "delay" else ""
        for n_sentences in (99,) if intent.explain else (2, 1):
            explanation = _sentences(tech.summary, n_sentences)
            text = " ".join(
                p
                for p in (explanation, f"Typical: {typical}." if typical else "", tempo, numbers or fact)
                if p
            )
            if len(text.split()) <= 120:
                break
        related = [p for p in ctx.problems if p.kind in _TECHNIQUE_KINDS.get(name, frozenset())]
        if related:
            text += f" And in your mix right now: {_lower_first(_first_sentence(related[0].summary))}"
        return text, []


# ------------------------------------------------------------ helpers

_WHY: dict[FindingKind, str] = {
    FindingKind.MUDDY: "instruments overlapping at 250-500 Hz mask each other, so everything gets louder but nothing gets clearer.",
    FindingKind.BOOMY: "too much 60-250 Hz uses up headroom and blurs the kick and bass into one note.",
    FindingKind.HARSH: "our ears are most sensitive around 3 kHz, so a little too much there turns into fatigue fast.",
    FindingKind.DULL: "the top end carries detail and air; without it the mix sounds far away.",
    FindingKind.OVER_COMPRESSED: "loudness comes from contrast; squash the peaks and the loud parts stop feeling loud.",
    FindingKind.TOO_LOUD: "streaming services normalise everything to about the same loudness, so the extra level only costs you dynamics.",
    FindingKind.NARROW: "panning gives each part its own spot, so they stop masking each other in the middle.",
    FindingKind.LOW_END_NOT_MONO: "low frequencies carry the most energy and should be equal in both speakers, or they cancel in mono.",
    FindingKind.PHASE_ISSUE: "anything out of phase between left and right cancels on a mono speaker.",
    FindingKind.TRACK_TOO_QUIET: "balance comes first: no EQ or compression fixes a part that sits too low.",
    FindingKind.TRACK_TOO_LOUD: "balance comes first: one part too loud pushes everything else back.",
    FindingKind.MASKING: "two parts fighting for the same range blur each other: turning the whole mix up never separates them, a dip in one of them does.",
}

_LOUDNESS_QUESTION = re.compile(r"\b(loud\w*|lufs|spotify|streaming|apple music|youtube|quiet)\b", re.I)
_LOUDNESS_KINDS = frozenset(
    {FindingKind.TOO_LOUD, FindingKind.TOO_QUIET, FindingKind.OVER_COMPRESSED, FindingKind.CLIPPING}
)

_TECHNIQUE_KINDS: dict[str, frozenset[FindingKind]] = {
    "compression": frozenset({FindingKind.OVER_COMPRESSED, FindingKind.TRACK_TOO_QUIET}),
    "limiting": frozenset(
        {FindingKind.TOO_LOUD, FindingKind.TOO_QUIET, FindingKind.CLIPPING, FindingKind.OVER_COMPRESSED}
    ),
    "eq": frozenset(
        {FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.THIN, FindingKind.HARSH, FindingKind.DULL}
    ),
    "panning": frozenset({FindingKind.NARROW, FindingKind.LR_IMBALANCE, FindingKind.LOW_END_NOT_MONO}),
    "reverb": frozenset({FindingKind.MUDDY}),
    "sidechain": frozenset({FindingKind.BOOMY}),
}


def _sentences(text: str, n: int) -> str:
    parts = text.split(". ")
    head = ". ".join(parts[:n])
    return head if head.endswith(".") else head + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pick_convention(conventions: tuple[str, ...], role: str | None, intent: Intent) -> str:
    """The rule of thumb that names the instrument asked about, else the first one."""
    words = [w for w in (role or "").split("_") if w not in ("lead", "backing", "electric", "acoustic")]
    words += [m.rstrip("s") for m in intent.mentions]
    for conv in conventions:
        if any(w and w in conv.lower() for w in words):
            return conv
    return conventions[0] if conventions else ""


def _tempo_note(ctx: MixContext) -> str:
    """Delay times from the session's tempo, when REAPER told us the tempo."""
    if ctx.snapshot is None or ctx.snapshot.project.tempo_bpm <= 0:
        return ""
    bpm = ctx.snapshot.project.tempo_bpm
    quarter = 60000.0 / bpm
    return f"At your {bpm:.0f} BPM a quarter note is {quarter:.0f} ms and a dotted eighth {quarter * 0.75:.0f} ms."


def _first_sentence(text: str) -> str:
    """The measured part of a summary: up to the ";" or ":" that introduces its meaning, else the first sentence."""
    for sep in ("; ", ": ", ". "):
        if sep in text:
            return text.split(sep)[0].rstrip(".") + "."
    return text.rstrip(".") + "."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def _mentioned_roles(intent: Intent) -> tuple[str, ...]:
    """Roles the question names ("the snare" -> snare), most specific first."""
    roles = (instrument_role(word) for word in intent.mentions)
    return tuple(dict.fromkeys(r for r in roles if r is not None))


def _track_topic(s: SessionView, name: str) -> Topic | None:
    rt = s.named(name)
    if rt is None or rt.role is None:
        return None
    return role_topic(rt.role)


def _role_tip(rt: RoleTrack | None, role: str | None) -> str:
    """A starting point from the real mixes for the first track of the topic."""
    role = rt.role if rt is not None else role
    if role is None:
        return ""
    return f" A starting point: {starting_points(role).provenance}."


# which quotable MixologyDB lines back up which technique
_TECHNIQUE_LINE_WORDS: dict[str, tuple[str, ...]] = {
    "compression": ("compressed",),
    "eq": ("high-passed", "EQ move"),
    "gating": ("gated",),
    "panning": ("relative to the whole mix",),
}


def _technique_numbers(name: str, role: str | None, rt: RoleTrack | None) -> str:
    """The user's own plug-in settings when the track has one, then what real mixes did on that role."""
    parts: list[str] = []
    if rt is not None and name == "compression":
        comp = rt.track.find_fx("comp")
        if comp is not None:
            shown = [
                p for p in (comp.param("ratio"), comp.param("thresh"), comp.param("attack")) if p is not None
            ]
            settings = ", ".join(f"{p.name} {p.formatted}" for p in shown if p.formatted)
            state = "" if comp.enabled else " (bypassed)"
            parts.append(
                f"Your {rt.quoted} already has {comp.name.split(' (')[0]}{state}{': ' + settings if settings else ''}."
            )
        else:
            parts.append(f"Your {rt.quoted} has no compressor yet.")
    if role is not None:
        words = _TECHNIQUE_LINE_WORDS.get(name, ())
        lines = [line for line in starting_points(role).lines if any(w in line for w in words)]
        if lines:
            parts.append(_capital(lines[0]) + ".")
    return " ".join(parts)
