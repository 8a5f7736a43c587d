"""A processor guessed as the cause of a symptom no part is named for ("somethin keeps stabbing my ears on every
backbeat, is my master limiter doing that?", "it keeps booming, is the compressor causing it?", "is my interface to
blame?"). The router can read such a question as one about the tool itself and answer with its craft ("Not by
default: use it where a track needs it ..."), or answer the fault it measured under a "Yes," meant for the
guess. An engineer answers the guess first and then turns the user to what the meters do find: "No, not the
limiter: 'Snare' sits about 13 dB louder ..." with the fader card on 'Snare' first; "Yes, likely:" where the
guessed processor is itself what is measured (a master limiter or compressor with the mix over-compressed or
clipping); "No: nothing I measured points to the interface" with no card where nothing measured is out of line
(a whole-mix lean is said, as what was measured, without a move).

Why a last pass rather than a route: routes that already answer such a question on the measurement ("Not
first: 'Bass' ...", "It isn't the reverb;", the limiter's own numbers on a clean mix) stay as they are; only an
answer that ignores the measurement (no move and no finding) or says yes to a guess the measurement denies is
replaced."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.blamed_location import SQUASH
from model.evidence import carries
from model.focus import Focus
from model.guessed_cause import CAUSE_VERB
from model.intent import Wants, complaint_in, instrument_words
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.recipes import recipe

PROCESSORS: dict[str, str] = {
    "limiter": r"limit\w*",
    "compressor": r"compress\w*|comps?",
    "reverb": r"re?verbs?",
    "delay": r"delays?|echo(es)?",
    "EQ": r"eqs?|eq'?ing|equali[sz]\w*",
    "interface": r"(audio )?interface|sound ?card|converters?|dac|audio driver|drivers?",
}
"""Each processor a guess can name, as the answer says it back, and its words in a guess."""
_STEMS = {"limiter": "limit", "compressor": "comp", "reverb": "verb", "delay": "delay", "EQ": r"eq\b",
          "interface": "interface"}  # fmt: skip
"""What a plug-in's own name carries (ReaLimit, ReaComp, ReaVerbate, ReaEQ), to see an answer already about it."""
MASTER_SQUEEZE = ("limiter", "compressor")
"""The processors whose work a master's over-compression or clipping measures."""
_BLAMED = re.compile(
    r"\b(?:is|are|was|were|could|might|would)(?: it| that| this)?(?: be)?(?: just| maybe| really| all)?"
    r"(?: from| because of| due to| down to)? (?:the|my|your|our) (?P<guess>[\w' -]{2,30}?)"
    r"(?: to blame| at fault| the (?:problem|cause|culprit|reason)| responsible)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
"""'is my interface to blame?', 'could it be the limiter?', 'is that from my compressor?': the other guess forms."""
SPIKY = re.compile(
    r"\b(stab\w*|pok(e|es|ing)|jab\w*|spik(e|es|y|ing)|pierc\w*|ice[- ]?pick\w*|sting\w*|hurts?|"
    r"every (back ?beat|hit|snare|kick|beat)|transients?|(jump|pop|leap|shoot)(s|ing)? out)\b",
    re.IGNORECASE,
)
"""A symptom of one part's hits standing out: what a part too loud (most often a drum) or a harsh top sounds like."""
_TONE_KINDS = {
    "harsh": FindingKind.HARSH,
    "boomy": FindingKind.BOOMY,
    "muddy": FindingKind.MUDDY,
    "thin": FindingKind.THIN,
    "dull": FindingKind.DULL,
}
_LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
_DENIED = re.compile(
    r"(No|Not first|Not the|Not really|It isn't|It's not|Possibly|Not by what|Yes, likely)\b"
)
"""Openings that already answer the guess on the measurement ("Not by default:", a habit's craft, is not one)."""


def blamed_processor(question: str) -> str | None:
    """The processor ``question`` guesses as the cause of what is heard (a key of ``PROCESSORS``), or None."""
    m = CAUSE_VERB.search(question) or _BLAMED.search(question)
    if m is None:
        return None
    guess = m.group("guess").strip()
    return next(
        # the processor is the guess's last word ("my master limiter"), not "the reverb too much", an amount asked
        (name for name, words in PROCESSORS.items() if re.search(rf"\b(?:{words})$", guess, re.IGNORECASE)),
        None,
    )


def explaining_fault(ctx: MixContext, focus: Focus, complaint: str | None, spiky: bool) -> Finding | None:
    """The measured fault that explains the symptom: for a tone (boomy, muddy, thin, dull) the part at the wrong
    level that is strong where the whole mix carries that tone, else the whole mix's own finding; for stabbing
    hits, harshness or no tone word, the part at the wrong level most off, else the whole mix's harshness."""
    faults = [f for f in ctx.problems if not f.is_lean]
    levels = [f for f in faults if f.kind in _LEVEL_KINDS and f.track is not None]
    kind = _TONE_KINDS.get(complaint or "")
    if kind is not None and kind is not FindingKind.HARSH:
        whole = next((f for f in ctx.problems if f.track is None and f.kind is kind), None)
        if whole is None:
            return None
        feeding = [
            f for f in levels if (rt := focus.session.named(f.track or "")) and carries(ctx, rt, whole)
        ]
        return feeding[0] if feeding else (None if whole.is_lean else whole)
    if levels:
        return levels[0]
    if spiky or kind is FindingKind.HARSH:
        return next((f for f in faults if f.kind is FindingKind.HARSH), None)
    return next((f for f in faults if f.track is not None), None)


def _squeezed(ctx: MixContext) -> Finding | None:
    """The master's own fault a limiter or compressor there makes: over-compression or clipping."""
    kinds = (FindingKind.OVER_COMPRESSED, FindingKind.CLIPPING)
    return next((f for f in ctx.problems if f.kind in kinds and f.track is None), None)


def _unmeasured(ans: Answer) -> bool:
    """True when ``ans`` answers without the measurement: no move and no finding led with (a technique's craft)."""
    return not ans.moves and ans.first is None


def _answers_guess(ans: Answer, proc: str) -> bool:
    """True when ``ans`` already gives the guess its verdict: a denial or a qualified yes first, or (on a measured
    answer) the processor named in its first sentence ("Yes, partly: the ReaEQ on your master boosts ...")."""
    if _DENIED.match(ans.text):
        return True
    head = split_sentences(ans.text)[0]
    named = re.search(rf"\b(?:{PROCESSORS[proc]})\b|{_STEMS[proc]}", head, re.IGNORECASE)
    return named is not None and not _unmeasured(ans)


def with_processor_verdict(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans``, or, for a processor guessed as the cause of a symptom no part is named for, the verdict on the
    guess from the measurement and the fault that explains the symptom with its card."""
    intent = focus.intent
    q = intent.question
    if ctx.analysis is None or intent.wants not in (Wants.JUDGE, Wants.LISTEN) or " or " in q:
        return ans
    proc = blamed_processor(q)
    if proc is None or instrument_words(q) or focus.tracks or SQUASH.search(q) or intent.follow_up:
        return ans  # a part named: its own route answers ("Not first: 'Snare' ..."); a squash claim: the PLR
    squeezed = _squeezed(ctx) if proc in MASTER_SQUEEZE else None
    unsaid = (  # the master squeezed, and the answer leads with no part's fault and no yes
        squeezed is not None
        and (ans.first is None or ans.first.track is None)
        and not re.match(r"(Yes|Possibly|Probably|Likely)\b", ans.text)
    )
    faults = [f for f in ctx.problems if not f.is_lean]
    lean_only = ans.first is not None and ans.first.is_lean and not faults
    if not (unsaid or lean_only or not _answers_guess(ans, proc)):
        return ans
    complaint = complaint_in(q)
    spiky = bool(SPIKY.search(q))
    if squeezed is not None:
        move = recipe(squeezed, focus.session)
        lead = f"Yes, likely: {lower_first(first_sentence(squeezed.summary))}"
        return Answer(fit([lead, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], squeezed)
    led = ans.first if ans.moves and ans.first is not None and ans.first.track is not None else None
    fault = None if lean_only else led or explaining_fault(ctx, focus, complaint, spiky)
    if fault is None:
        return Answer(fit(_nothing(ctx, proc, complaint), MAX_WORDS, keep=2), [], None)
    move = recipe(fault, focus.session)
    said = first_sentence(fault.summary)
    named = "" if fault.track is None or said.startswith(f"{fault.track!r}") else f"it's {fault.track!r}: "
    parts = [f"No, not the {proc}: {named}{lower_first(said)}", move.try_text]
    if fault.kind in _LEVEL_KINDS:
        parts.append(_level_why(proc))
    parts += [move.check_text, *_bypass(proc)]
    return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)


def _level_why(proc: str) -> str:
    """Why the guessed processor is not what puts one part at the wrong level."""
    if proc == "interface":
        return "An interface plays every track alike, so it can't lift one part over the rest."
    return f"No {proc} setting fixes a part sitting at the wrong level; set the fader first."


def _bypass(proc: str) -> list[str]:
    """How to rule the processor out by ear (an interface has no bypass: it plays everything)."""
    if proc == "interface":
        return []
    return [
        f"To be sure, bypass the {proc} at matched loudness: if what you hear stays, it isn't the {proc}."
    ]


def _nothing(ctx: MixContext, proc: str, complaint: str | None) -> list[str]:
    """Nothing measured points to the processor, and what was measured for the symptom, if anything."""
    head = f"No: nothing I measured points to the {proc}."
    kind = _TONE_KINDS.get(complaint or "")
    lean = next((f for f in ctx.problems if f.track is None and (kind is None or f.kind is kind)), None)
    if lean is not None:
        return [head, f"What I did measure: {lower_first(first_sentence(lean.summary))}", *_bypass(proc)]
    if kind is not None:
        return [head, f"Nothing I measured makes the mix {complaint} either.", *_bypass(proc)]
    return [head, "Nothing I measured is out of line either.", *_bypass(proc)]
