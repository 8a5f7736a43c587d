"""Whether a part carries a plug-in ("is there reverb on the snare?", "is there a compressor on the bass?", "any eq
on the vocal?"): a question of fact about the session, answered first from its plug-ins and sends.

Why: an engineer asked "is there reverb on the snare?" says yes or no before anything else, even with the snare
far too loud; the fault follows ("but first: 'Snare' sits ... too loud", with its fader card). Opening "Not
first:" answers a question nobody asked (whether to add one), and "Yes, most engineers do" answers what real
mixes do, not what this session has. A reverb with no fault on the part keeps its own answer
(``model.answer_reverb.presence_answer``, which also names the parts that do have one); compressors and EQs
are read here: each one the part carries, by name, with what the session shows of it.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, Fx, MixContext
from companion.knowledge import reaeq
from companion.knowledge.priors import priors_table
from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.wording import say_hz
from model.answer_amount import amount_technique, carried_fx
from model.answer_knowledge import VERB, _share, settings
from model.answer_reverb import _spoken_role, presence_answer
from model.answer_tracks import _why_not_first
from model.focus import Focus
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, capital, first_sentence, fit, lower_first, split_sentences
from model.plugin_blamed import plugins_of
from model.session_view import RoleTrack, plugin_name, quote_list

KINDS = {"reverb": "reverb", "compression": "compressor", "eq": "eq", "delay": "delay"}
"""The techniques whose presence a question can ask, and their plug-in kind (``model.plugin_blamed.PLUGINS``)."""
NOUN = {"reverb": "reverb", "compression": "compressor", "eq": "EQ", "delay": "delay"}
_TECH = {
    "reverb": r"reverbs?|verbs?",
    "compression": r"compressors?|compression|comp",
    "eq": r"eqs?|eq'?ing|equali[sz]ers?|equali[sz]ation",
    "delay": r"delays?|echo(es)?",
}
_OBJ = r"(any |some |a |an |much |the )?"
_NOT_FACT = re.compile(
    r"\b(should|would|could|need|needs|want|add|adding|put|how (do|to|can|should|would)|tips?|advice|ideas?|"
    r"suggestions?|settings?|recommend\w*|tricks?|too much|too little|enough|more|less)\b",
    re.IGNORECASE,
)
"""A move, a how-to or an amount asked: not whether the plug-in is there."""
LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def _presence(technique: str) -> re.Pattern[str]:
    tech = rf"({_TECH[technique]})"
    return re.compile(
        rf"\b(is|are) there {_OBJ}{tech}\b|(^|[,;.!?]\s*|\b(and|so|also|but|got)\s+)any {tech}\b|"
        rf"\b(do|does|did|has|have)\b[\w' ]{{0,30}}\b(have|has|got|use|using|uses|carry|carries)\b {_OBJ}{tech}\b",
        re.IGNORECASE,
    )


def asks_plugin(question: str, technique: str | None) -> bool:
    """True when ``question`` asks whether a plug-in of ``technique`` is there, not whether to use one."""
    if technique not in KINDS:
        return False
    return _presence(technique).search(question) is not None and not _NOT_FACT.search(question)


def _eq_words(fx: Fx) -> str:
    """ "ReaEQ: a high-pass at 100 Hz, Band 2 -2.0 dB at 250 Hz" as the session reads it."""
    name = plugin_name(fx)
    if not reaeq.is_reaeq(fx):
        return f"{name} (its bands can't be read from here)"
    passes = [
        f"a {p.name[len('Freq-') :].rstrip(' 0123456789').lower().replace(' ', '-')} at {say_hz(hz)}"
        for p in fx.params
        if p.name.startswith("Freq-") and "Pass" in p.name and (hz := reaeq.parse_hz(p.formatted))
    ]
    bands = [f"{b.label} {b.gain_db:+.1f} dB at {say_hz(b.freq_hz)}" for b in reaeq.eq_bands(fx)]
    said = [*passes, *bands][:4]
    return f"{name}: {', '.join(said)}" if said else name


def _carried(rt: RoleTrack, technique: str) -> str:
    """ "'Bass' has ReaComp (Ratio 4:1)" / "'Lead Vocal' has ReaEQ: ..." / "" when it has none."""
    if technique != "eq":
        return carried_fx(rt, technique)
    fxs = plugins_of(rt, KINDS[technique])
    said = [_eq_words(fx) + ("" if fx.enabled else " (bypassed)") for fx in fxs]
    return f"{rt.quoted} has {' and '.join(said)}" if said else ""


def _typical(technique: str, role: str | None) -> str:
    """ "In 90 real mixes (MixologyDB), 77% of 118 basses were compressed." for a role with enough tracks."""
    share = _share(technique, role) if role in ROLE_WORDS else None
    if share is None or role is None:
        return ""
    mixes = priors_table()["provenance"]["counts"]["mixes"]
    return f"In {mixes} real mixes (MixologyDB), {share[0]:.0%} of {share[1]} {ROLE_WORDS[role]} {VERB[technique]}."


def _fact(ctx: MixContext, focus: Focus, technique: str) -> list[str]:
    """The yes or no from the session, then what real mixes do (no plug-in) or how to hear it (one there)."""
    if technique == "reverb":
        return split_sentences(presence_answer(ctx, focus).text)
    tracks = list(focus.tracks)
    carried = [c for rt in tracks if (c := _carried(rt, technique))]
    noun = NOUN[technique]
    role = _spoken_role(focus) or next((rt.role for rt in tracks if rt.role in ROLE_WORDS), None)
    inside = next((a for a in focus.asked if a.how == "inside" and a.inside is not None), None)
    where = f" (the {inside.said or inside.word} plays on it)" if inside is not None else ""
    if carried:
        bare = [rt for rt in tracks if not _carried(rt, technique)]
        rest = f" {quote_list(bare)} {'has' if len(bare) == 1 else 'have'} none." if bare else ""
        return [f"Yes: {capital('; '.join(carried[:3]))}{where}.{rest}",
                f"To hear what it does, bypass the {noun} for a bar at matched level and bring it back."]  # fmt: skip
    one = len(tracks) == 1
    has, on, chain = ("has", "it", "its chain") if one else ("have", "them", "their chains")
    head = f"No: {quote_list(tracks)}{where} {has} no {noun} on {on} (no {noun} plug-in in {chain})."
    return [head, _typical(technique, role), settings(technique, role, ctx) if role else ""]


def presence_first(ctx: MixContext, focus: Focus) -> Answer | None:
    """The plug-in asked about, yes or no, first; a level fault on the part after it ("But first: ...", its
    card). None for another question, no part found in a session, or a reverb with no fault to add (its own
    route answers that)."""
    intent = focus.intent
    technique = intent.technique
    if (
        technique not in KINDS
        or intent.complaint is not None
        or not focus.session
        or not focus.tracks
        or focus.missing
        or amount_technique(intent.question, technique) is not None
        or not asks_plugin(intent.question, technique)
    ):
        return None
    names = {rt.name for rt in focus.tracks}
    fault = next(
        (f for f in ctx.problems if f.kind in LEVEL_KINDS and f.track in names and not f.is_lean), None
    )
    if fault is None and technique == "reverb":
        return None
    fact = [p for p in _fact(ctx, focus, technique) if p]
    if fault is None:
        return Answer(fit(fact, MAX_WORDS, keep=1), [], None)
    move = level_move(fault, focus.session)
    parts = [fact[0], f"But first: {lower_first(first_sentence(fault.summary))}", move.try_text,
             _why_not_first(technique), *fact[1:]]  # fmt: skip
    return Answer(fit(parts, MAX_WORDS, keep=3), [move], fault)
