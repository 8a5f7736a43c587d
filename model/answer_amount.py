"""Questions about how MUCH of an effect the user's session has: "is there too much reverb?", "did I overdo the
compression?", "should I compress the drums more?", "should I use less delay on the vocal?".

The answer rests on what the session shows: which tracks carry the effect (a plug-in or a send to a return
named for it), its wet level or ratio where the snapshot has the parameter, against what engineers did on
that instrument in the MixologyDB mixes. A mix analysis does not read reverb or delay amounts from the audio,
so the answer says so instead of inventing a number; compression it can judge from the measured
peak-to-loudness ratio and the over-compression finding. "More" or "less" of an effect that is not there is
said plainly: there is nothing to add more to, so the question is whether to start.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, Fx, MixContext
from companion.knowledge.priors import quotable, starting_points
from companion.knowledge.roles import ROLE_WORDS
from model.answer_amount_eq import eq_amount, limiting_amount
from model.answer_knowledge import VERB, _share, settings
from model.cymbal_wash import cymbal_wash
from model.dry_offered import DRY_OFFERED, dry_verdict
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent_wants import NO_NEED_Q
from model.phrasing import (
    EXPLAIN_WORDS,
    MAX_WORDS,
    NOTHING_HEARD,
    Answer,
    capital,
    first_sentence,
    fit,
    lower_first,
)
from model.recipes import Move
from model.session_view import COMP_WORDS, REVERB_WORDS, RoleTrack, quote_list

_HEDGE = r"(a bit|a little|a tad|kinda|kind of|quite|very|pretty|super|sounds?|feels?|seems?)"
_WET_WORDS = r"wet|washy|roomy|reverby|verby|cavernous"
"""Words for a sound with too much reverb on it (a hedge before them says it is the sound's state)."""
_TECH = r"(reverb\w*|verbs?|delays?|echo(es)?|compress\w*|comp|compressors?|eq\w*|limit\w*|effects?|fx|processing)"
_AMOUNT = re.compile(
    rf"\b(too much|too little|not enough|enough|more|less|a lot of|so much|heavy|over(do|did|done|doing|cooked))"
    rf"(\s+\w+){{0,2}}?\s+{_TECH}\b|"
    # "hows the reverb on my vocal, too much?": the amount asked after a comma
    rf"\b{_TECH}(\s+[\w']+){{0,4}}?,?\s+(is it |it's |its )?(too much|too heavy|too strong|too wet|too loud|too high|too hot|too long|too big|overdone|overkill|enough|too little|"
    rf"more|less|harder|lighter|any more|a lot)\b|"
    r"\btoo (compressed|wet|washy|reverby|verby|echoe?y|processed|eq'?d)\b|\b(drenched|swimming|soaked) in\b|"
    rf"\b(turn|bring|pull|take|back|dial|push|crank)(ing)? (the |my |that |some )?{_TECH} (\w+ ){{0,3}}?(down|up|back|off|in)\b",
    re.IGNORECASE,
)
"""An effect's amount asked about ("too much reverb", "compress the drums more", "is the reverb overdone")."""
_LESS = re.compile(r"\b(down|back|off|too much|too loud|too high|too hot|too long|too big|less|overd\w+|overkill|too heavy|too strong|too wet|a lot|so much|heavy|"
                   r"overcooked|too (compressed|wet|washy|reverby|verby|echoe?y|processed|roomy|cavernous)|drenched|swimming|soaked)\b",
                   re.IGNORECASE)  # fmt: skip
_WET_STATE = re.compile(rf"\b{_HEDGE} ({_WET_WORDS})\b", re.IGNORECASE)
"""'does the mix sound kinda washy?', 'vocal feels a bit roomy': too much reverb said as the sound's state."""
_SHOULD = re.compile(r"\b(should|do i need|would|could) (i|it|you|they|we)\b", re.IGNORECASE)
_NEED = re.compile(r"\b(does|do) (\w+ ){1,3}need\b", re.IGNORECASE)
AMOUNT_TECHNIQUES = ("reverb", "delay", "compression", "eq", "limiting")
_WET = re.compile(r"\btoo (wet|washy|reverby|verby|dry|echoe?y|roomy|cavernous)\b|\b(drenched|swimming|soaked) in\b|\b(bone|really|so) dry\b|"
                  rf"\b{_HEDGE} (dry|{_WET_WORDS})\b|"
                  r"\b(drier|dryer|wetter)\b", re.IGNORECASE)  # fmt: skip
"""'is the vocal too wet?', 'does it sound too dry?': the reverb's amount, though no technique word is said."""
FX_WORDS = {
    "reverb": REVERB_WORDS,
    "delay": ("delay", "echo", "tape"),
    "compression": COMP_WORDS,
}
_PLUGIN_KIND = re.compile(r"^(VST3?i?|AUi?|CLAPi?|JS|DX|LV2): ")
"""The plug-in format REAPER puts before a name ("VST3: ValhallaSupermassive"), not part of what it is."""
NOUN = {"reverb": "reverb", "delay": "delay", "compression": "compressor"}


def amount_technique(question: str, technique: str | None) -> str | None:
    """The effect whose amount ``question`` asks about ("too much reverb?", "is the vocal too wet?"), or None
    when it asks whether to use one at all ("should I put reverb on the bass?")."""
    if technique in AMOUNT_TECHNIQUES and _AMOUNT.search(question) is not None:
        return technique
    if technique is None and cymbal_wash(question):
        return None  # "the ride is way too washy": the cymbal's own sustain and top, not a reverb
    return "reverb" if technique in (None, "reverb") and _WET.search(question) else None


def asks_amount(question: str, technique: str | None) -> bool:
    """True when ``question`` asks how much of an effect there is (or should be), not whether to use it."""
    return amount_technique(question, technique) is not None


def _fx(rt: RoleTrack, technique: str) -> list[Fx]:
    return [f for f in rt.track.fx if any(w in f.name.lower() for w in FX_WORDS[technique])]


def carried_fx(rt: RoleTrack, technique: str) -> str:
    """ "'Lead Vocal' has ReaVerbate (Wet -12.0 dB)" / "'Strings' sends to 'Verb' at -10.0 dB", or ""."""
    out = []
    for f in _fx(rt, technique):
        shown = [
            p
            for p in (f.param("wet"), f.param("mix"), f.param("ratio"), f.param("thresh"))
            if p and p.formatted
        ]
        detail = f" ({', '.join(f'{p.name} {p.formatted}' for p in shown[:2])})" if shown else ""
        out.append(
            f"{_PLUGIN_KIND.sub('', f.name.split(' (')[0])}{detail}{'' if f.enabled else ' (bypassed)'}"
        )
    if technique != "compression":
        for s in rt.track.sends:
            if any(w in s.dest_name.lower() for w in FX_WORDS[technique]) and not s.mute:
                level = f" at {s.volume_db:+.1f} dB" if s.volume_db is not None else ""
                out.append(f"a send to '{s.dest_name}'{level}")
    return f"{rt.quoted} has {' and '.join(out)}" if out else ""


def technique_shares(technique: str, tracks: list[RoleTrack]) -> str:
    """ "66% of 160 kick drums and 61% of 143 snares were compressed" for the roles asked about."""
    said = []
    roles = [rt.role for rt in tracks if rt.role in ROLE_WORDS]
    roles.sort(key=lambda r: r != "lead_vocal")  # the whole session: the lead vocal first
    for role in dict.fromkeys(roles):
        share = _share(technique, role or "")
        if share is not None:
            said.append(f"{share[0]:.0%} of {share[1]} {ROLE_WORDS[role or '']}")
    return f"in 90 real mixes (MixologyDB), {_plain(said[:3])} {VERB[technique]}" if said else ""


def _top_share(technique: str, tracks: list[RoleTrack]) -> float | None:
    """The largest share of the parts' roles that carried ``technique`` in real mixes (None: none known)."""
    values = [
        v[0] for rt in tracks if rt.role in ROLE_WORDS and (v := _share(technique, rt.role or "")) is not None
    ]
    return max(values) if values else None


def dry_or_more(technique: str, tracks: list[RoleTrack]) -> str:
    """ "more reverb or fine dry?" with none there: the choice real mixes favour for the parts (``""`` when no
    share is known for them)."""
    top = _top_share(technique, tracks)
    return dry_verdict(top) if top is not None else ""


def start_verdict(technique: str, tracks: list[RoleTrack]) -> str:
    """ "should I compress the drums more?" with none there: yes or no to starting, from the most common role."""
    top = _top_share(technique, tracks)
    if top is None:
        return ""
    return "Yes, but start one: " if top >= 0.6 else "Maybe, gently: " if top >= 0.35 else "Usually not: "


def _plain(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _scope(focus: Focus) -> list[RoleTrack]:
    tracks = list(focus.tracks)
    return tracks or [rt for rt in focus.session.tracks if not rt.track.mute]


DISTANT = re.compile(
    r"\b(far (away|off|back)|distant|in the back|at the back|set back|pushed back|miles away|in another room)\b",
    re.IGNORECASE,
)
"""A part said to sound far away: what reverb does to a part, so more of it is never the fix."""
MORE_OR_LESS = re.compile(
    r"\bmore\b[^?.!]{0,30}\bor (less|fewer)\b|\bless\b[^?.!]{0,30}\bor more\b", re.IGNORECASE
)
"""'more reverb or less?': both ways offered, so the answer picks one, never a yes or no."""


def asks_less(question: str) -> bool:
    """True when the amount asked about is "too much" ("too wet?", "overdone?", "turn it down?")."""
    return bool(
        _LESS.search(question) or re.search(r"\btoo wet\b", question, re.I) or _WET_STATE.search(question)
    )


def amount_answer(ctx: MixContext, focus: Focus, technique: str, move: Move | None = None) -> Answer:
    """The judgement on how much of ``technique`` the asked tracks (or the session) carry; ``move`` (a reverb
    return's fader, say) follows what the session has, when it carries the effect."""
    tracks = _scope(focus)
    less = asks_less(focus.intent.question)
    if technique == "limiting":
        return limiting_amount(ctx, focus, less)
    if technique == "eq":
        return eq_amount(ctx, focus, tracks)
    carried = [c for rt in tracks if (c := carried_fx(rt, technique))]
    without = [rt for rt in tracks if not carried_fx(rt, technique)]
    scope = "in this session" if not focus.tracks else f"on {quote_list(tracks, 4)}"
    parts: list[str] = []
    if not carried:
        none = f"there's no {NOUN[technique]} {scope} at all (no plug-in{'' if technique == 'compression' else ' and no send to one'})"
        if MORE_OR_LESS.search(focus.intent.question):
            # "more reverb or less?" with none there: less is impossible, so more is weighed by what real mixes do
            weighed = dry_or_more(technique, tracks)
            pick = (
                "More, if anything"
                if weighed.startswith("Most")
                else "Neither, dry is fine"
                if weighed
                else "Not less"
            )
            said = f"{pick}: {none}, so there's nothing to take away; the question is whether to start one."
            if technique in ("reverb", "delay") and DISTANT.search(focus.intent.question):
                # "sounds far away, more reverb or less?" with none: the distance isn't the effect, and more of it
                # pushes a part further back
                said = f"Not more: {none}, so the distance isn't {NOUN[technique]}; adding some would push it further back."
            parts.append(said)
        elif less:
            parts.append(f"No: {none}, so there's nothing to take down.")
        else:
            # "should I add more?", "does the vocal need more reverb?" with none there: whether to start one
            asked_need = _SHOULD.search(focus.intent.question) or _NEED.search(focus.intent.question)
            start = start_verdict(technique, tracks) if asked_need else ""
            q = focus.intent.question
            if DRY_OFFERED.search(q):  # "more reverb or is it fine dry?": dry, weighed
                start = dry_or_more(technique, tracks)
            elif re.search(r"\bdry\b", q, re.I):  # "does it sound too dry?" with none: yes
                start = "Yes, by its plug-ins it's dry: "
            elif re.search(r"\benough\b", focus.intent.question, re.I):  # "is there enough?" with none: no
                start = "No: "
            elif NO_NEED_Q.search(q) and focus.tracks and not _level_faults(ctx, tracks):
                # "so i dont need to slam more compression on it to keep it on top then?" with its level fine
                start = f"Right, not for its level: nothing I measured says {quote_list(tracks, 3)} sits too low, and "
            parts.append(
                f"{start}{none if start else capital(none)}, so the question is whether to start one."
            )
        shares = technique_shares(technique, tracks)
        if shares:
            parts.append(capital(shares) + ".")
        role = next((rt.role for rt in tracks if rt.role in ROLE_WORDS), None)
        parts.append(settings(technique, role, ctx))
    else:
        parts.append(_verdict(ctx, technique, less, tracks))
        parts.append(capital("; ".join(carried[:3])) + ".")
        if move is not None:
            parts.append(
                f"{'If it is too much' if less else 'If you want more'}: {lower_first(move.try_text)}"
            )
        if without and focus.tracks:
            parts.append(f"{quote_list(without, 3)} {'has' if len(without) == 1 else 'have'} none.")
        shares = technique_shares(technique, [rt for rt in tracks if carried_fx(rt, technique)])
        parts.append(capital(shares) + "." if shares else "")
        ratios = [r for r in _ratios(tracks) if r not in parts[0]] if technique == "compression" else []
        parts.append(capital("; ".join(ratios[:2])) + "." if ratios else "")
    if ctx.analysis is None:
        parts.append(f"{NOTHING_HEARD}: this is from your session's plug-ins only.")
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    moved = move is not None and bool(carried)
    return Answer(
        fit([p for p in parts if p], limit, keep=3 if moved else 2), [move] if moved and move else [], None
    )


def _level_faults(ctx: MixContext, tracks: list[RoleTrack]) -> bool:
    """Whether any of ``tracks`` is measured at the wrong level."""
    names = {rt.name for rt in tracks}
    return any(f.kind in TRACK_LEVEL_KINDS and f.is_problem and f.track in names for f in ctx.problems)


def _verdict(ctx: MixContext, technique: str, less: bool, tracks: list[RoleTrack]) -> str:
    """The judgement the analysis can make: compression from the measured dynamics and each ratio against the
    usual one for its role; reverb and delay amounts are not read from the audio, so it says so."""
    if technique == "compression":
        squash = next((f for f in ctx.findings if f.kind is FindingKind.OVER_COMPRESSED), None)
        if squash is not None and squash.is_problem:
            return f"{'Yes' if less else 'No, if anything less'}: {first_sentence(squash.summary)}"
        high = [r for r in _ratios(tracks) if " above " in r]
        a = ctx.analysis
        dynamics = (
            f"the mix keeps {a.plr_db:.1f} dB of peak-to-loudness (PLR) and the analysis flags no over-compression"
            if a is not None
            else "I can't judge the squeeze without a clip"
        )
        if high:
            lead = "A little, maybe" if less else "I wouldn't push it further"
            return f"{lead}: {high[0]}; {dynamics}."
        return f"{'Not by the numbers' if less else 'There is room'}: {dynamics}."
    what = "too much" if less else "enough"
    return (f"I can't tell you whether it's {what} by the numbers: a mix analysis doesn't measure the {technique} "
            "amount in the audio, so judge it by ear (solo the return, then listen in the mix). What your session has:")  # fmt: skip


def _ratios(tracks: list[RoleTrack]) -> list[str]:
    """Each compressor's ratio against the usual range engineers used on that role, where the snapshot has it."""
    out = []
    for rt in tracks:
        comp = next((f for f in _fx(rt, "compression") if f.enabled), None)
        ratio = comp.param("ratio") if comp is not None else None
        prior = starting_points(rt.role).compressor.ratio if rt.role in ROLE_WORDS else None
        m = re.match(r"\s*([\d.]+)", ratio.formatted) if ratio is not None else None
        if m is None or prior is None or not quotable(prior):
            continue
        value = float(m.group(1))
        side = "above" if value > prior.q3 else "below" if value < prior.q1 else "inside"
        who = ROLE_WORDS[rt.role or ""]
        out.append(
            f"the ratio on '{rt.name}' ({value:g}:1) is {side} the usual {prior.q1:g}-{prior.q3:g}:1 on {who}"
        )
    return out
