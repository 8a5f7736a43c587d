"""Technique questions ("should I put reverb on the bass?", "how should I set a compressor on a lead vocal?"),
answered from what engineers did on that instrument in the 90 MixologyDB mixes, the user's own plug-ins when
the session is known, and the mix's measured problems when there is a clip. With no clip it says plainly that
nothing was listened to.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from companion.knowledge.areas import frequency_areas
from companion.knowledge.priors import Spread, priors_table, quotable, starting_points
from companion.knowledge.roles import ROLE_TOPICS, ROLE_WORDS, instrument_role
from companion.knowledge.targets import LOUDNESS_TARGETS
from companion.knowledge.techniques import technique
from companion.knowledge.wording import say_hz, say_number, say_range
from model.answer_quality import quality_of
from model.dry_offered import DRY_OFFERED, dry_verdict
from model.focus import Asked, Focus
from model.intent import Wants
from model.intent_forms import BLANKET, BLANKET_WHY, DRUM_BUS
from model.pan_amount import pan_amount_verdict, pan_choice
from model.phrasing import (
    EXPLAIN_WORDS,
    MAX_WORDS,
    NOTHING_HEARD,
    Answer,
    capital,
    first_sentence,
    fit,
    lower_first,
    names,
    sentences,
)
from model.quality_unmeasured import quality_craft, quality_eq_craft
from model.recipes import Move, recipe
from model.session_view import REVERB_WORDS, RoleTrack
from model.sidechain_routing import keyed_from, sidechain_routing
from model.stand_in import not_here_note
from model.technique_amount import amount_lead

TECHNIQUE_KINDS: dict[str, frozenset[FindingKind]] = {
    "compression": frozenset({FindingKind.OVER_COMPRESSED}),
    "limiting": frozenset({FindingKind.TOO_LOUD, FindingKind.TOO_QUIET, FindingKind.CLIPPING, FindingKind.OVER_COMPRESSED}),
    "eq": frozenset({FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.THIN, FindingKind.HARSH, FindingKind.DULL}),
    "panning": frozenset({FindingKind.NARROW, FindingKind.LR_IMBALANCE, FindingKind.LOW_END_NOT_MONO}),
    "reverb": frozenset({FindingKind.MUDDY}),
    "delay": frozenset(),
    "gating": frozenset(),
    "sidechain": frozenset({FindingKind.BOOMY}),
    "gain_staging": frozenset({FindingKind.CLIPPING}),
    "parallel_compression": frozenset({FindingKind.OVER_COMPRESSED}),
    "multiband": frozenset({FindingKind.OVER_COMPRESSED}),
    "transient_shaping": frozenset({FindingKind.OVER_COMPRESSED}),
    "widening": frozenset({FindingKind.NARROW, FindingKind.PHASE_ISSUE, FindingKind.LOW_END_NOT_MONO}),
}  # fmt: skip
VERB = {"reverb": "had reverb", "delay": "had a delay", "compression": "were compressed", "gating": "were gated",
        "eq": "were EQ'd", "highpass": "were high-passed", "panning": "sat dead centre"}  # fmt: skip
ODD_MOVE = re.compile(
    r"\b(weird|wrong|bad|strange|odd|unusual|crazy|dumb|stupid)\s+(idea\s+)?(to|if)\b", re.I
)
"""'is it weird to put reverb on horns?', 'is it bad to compress the bass?': a move asked about as a fault."""
PAN_OR_CENTRE = re.compile(
    r"\bpan(ned|ning|s)?\b[^?.]{0,30}\bor\b[^?.]{0,25}\b(cent(er|re|red|ered)|middle|mono)\b|"
    r"\b(cent(er|re|red|ered)|middle|mono)\b[^?.]{0,30}\bor\b[^?.]{0,25}\bpan(ned|ning)?\b",
    re.IGNORECASE,
)
"""Panned or centred offered as a choice ("panned or kept centre?", "keep the bvs centered or pan them out?")."""
TRACK_LEVEL = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
HPF_QUESTION = re.compile(r"high[- ]?pass|\bhpf\b|low[- ]?cut", re.IGNORECASE)
SETTINGS_ASKED = re.compile(
    r"\b(settings?|starting point|ballpark|numbers|attack|release|ratio|threshold|knee)\b", re.IGNORECASE
)
"""The tool's numbers asked for ("attack release ratio pls", "a good starting point"): those lead the answer."""


def _share(name: str, role: str) -> tuple[float, int] | None:
    """(share of the role's tracks that used the technique, number of tracks) in the MixologyDB mixes."""
    sp = starting_points(role)
    n = sp.n_tracks
    if n < 5:
        return None
    row = priors_table()["roles"].get(role) or {}
    value = {
        "reverb": sp.reverb_share,
        "delay": row.get("delay_share"),
        "compression": sp.compressor.share,
        "gating": sp.gate.share,
        "eq": (row.get("eq") or {}).get("share"),
        "highpass": sp.hpf_share,
        "panning": sp.pan.centred_share if quotable(sp.pan.abs_pan) else None,
    }.get(name)
    return None if value is None else (float(value), n)


def _verdict(name: str, share: float, odd: bool = False) -> str:
    if odd and name != "panning":  # "is it weird to put reverb on horns?": common means no
        return ("No, most engineers do:" if share >= 0.6 else "No, plenty do:" if share >= 0.35
                else "Not weird, but less common:" if share >= 0.15 else "It's unusual:")  # fmt: skip
    if name == "panning":  # "should I pan the bass?": the share is how many stayed centred
        return "No, keep it centred:" if share >= 0.6 else "Yes, a little:" if share >= 0.3 else "Yes:"
    if share >= 0.6:
        return "Yes, most engineers do:"
    if share >= 0.35:
        return "Often, but not always:"
    if share >= 0.15:
        return "Usually not much:"
    return "Usually not:"


def asked_role(focus: Focus) -> tuple[str | None, RoleTrack | None]:
    """The role asked about and its first track (the role of the instrument word when no track has it)."""
    for a in focus.asked:
        if a.tracks:
            rt = a.tracks[0]
            return (rt.role if rt.role in ROLE_TOPICS else instrument_role(a.word)), rt
    for a in focus.asked:
        role = instrument_role(a.word) or instrument_role(a.said)
        if role is not None:
            return role, None
    return None, None


_KEYED_FROM = re.compile(
    r"\b(from|to|off|by|with|on) (the |my |each )?(?P<hit>snares?|claps?)\b", re.IGNORECASE
)
"""The hit a sidechain is keyed from, when it is not the kick ("duck the pad from the snare")."""


def settings(name: str, role: str | None, ctx: MixContext) -> str:
    """Typical settings for the technique on the role, measured where MixologyDB has them."""
    tech = technique("eq" if name == "highpass" else name)
    head = f"in {priors_table()['provenance']['counts']['mixes']} real mixes (MixologyDB)"
    if role is not None:
        sp = starting_points(role)
        who = ROLE_WORDS[role]
        if name == "compression" and quotable(sp.compressor.ratio):
            c = sp.compressor
            line = f"On {who}, engineers ran a median {say_number(c.ratio.median)}:1"  # type: ignore[union-attr]
            if quotable(c.attack_ms) and quotable(c.release_ms):
                line += f", attack {c.attack_ms.says('ms')}, release {c.release_ms.says('ms')}"  # type: ignore[union-attr]
            return line + f" {head}."
        if name in ("eq", "highpass") and quotable(sp.hpf_hz):
            line = f"Engineers high-passed {who} around {sp.hpf_hz.says('Hz')} {head}"  # type: ignore[union-attr]
            move = next((m for m in sp.eq_moves if quotable(m.freq_hz) and m.gain_db is not None), None)
            if move is not None and name == "eq":
                line += (f"; the most common move was a {move.gain_db.median:+.1f} dB {move.kind.replace('_', ' ')} "  # type: ignore[union-attr]
                         f"around {say_hz(move.freq_hz.median)}")  # type: ignore[union-attr]  # fmt: skip
            return line + "."
        if name == "panning" and quotable(sp.pan.abs_pan) and sp.n_tracks >= 5:
            off = 1.0 - sp.pan.centred_share
            pan = sp.pan.abs_pan
            assert pan is not None
            if off < 0.35:
                return f"Engineers kept {sp.pan.centred_share:.0%} of mono {who} dead centre {head}."
            return (f"Engineers panned {off:.0%} of mono {who} off centre, a median {pan.median * 100:.0f}% to one side "
                    f"(IQR {pan.q1 * 100:.0f}-{pan.q3 * 100:.0f}%), {head}; double-tracked parts go hard left and right.")  # fmt: skip
        if name == "gating" and quotable(sp.gate.threshold_db):
            g = sp.gate
            release = f", release {g.release_ms.says('ms')}" if quotable(g.release_ms) else ""  # type: ignore[union-attr]
            return (
                f"On {who}, {g.share:.0%} were gated, threshold {g.threshold_db.says('dB')}{release} {head}."  # type: ignore[union-attr]
            )
    if name == "reverb":
        decays = priors_table()["overall"]["reverb"]["decay_ms"]
        room, plate = Spread.of(decays.get("ROOM")), Spread.of(decays.get("PLATE"))
        if quotable(room) and quotable(plate):
            assert room is not None and plate is not None
            short = "a short room" if role in ("bass", "kick") else "a plate or room"
            return (f"If you use one, {short} on a send: rooms decayed around {room.median / 1000:.1f} s and plates "
                    f"{plate.median / 1000:.1f} s {head}; high-pass the return at 150-300 Hz so the low end stays dry.")  # fmt: skip
    if name == "limiting":
        spotify, apple, ebu = (LOUDNESS_TARGETS[k] for k in ("spotify", "apple", "ebu"))
        return (f"For streaming, master to about {spotify.integrated_lufs:.0f} LUFS integrated (Spotify, YouTube) or "
                f"{apple.integrated_lufs:.0f} (Apple Music) with true peaks at or under {spotify.true_peak_max_dbtp:.0f} dBTP; "
                f"broadcast wants {ebu.integrated_lufs:.0f} LUFS.")  # fmt: skip
    if name == "delay" and ctx.snapshot is not None and ctx.snapshot.project.tempo_bpm > 0:
        bpm = ctx.snapshot.project.tempo_bpm
        quarter = 60000.0 / bpm
        return (f"At your {bpm:.0f} BPM a quarter note is {quarter:.0f} ms, an eighth {quarter / 2:.0f} ms and a "
                f"dotted eighth {quarter * 0.75:.0f} ms.")  # fmt: skip
    if name == "sidechain" and keyed_from(ctx.question or "") == "vocal":
        # "duck the horns when the vocal comes in": a gentle dip under the voice, not the kick's audible pump
        under = next((c for c in tech.conventions if "under a voice" in c), _pick(tech.conventions, role, ()))
        return f"Typical: {under}."
    if name == "sidechain" and role not in (None, "bass", "kick") and ctx.snapshot is not None:
        bpm = ctx.snapshot.project.tempo_bpm
        if bpm > 0:  # the pump's release is timed to the song: back up just before the next kick
            beat = 60000.0 / bpm
            pump = next((c for c in tech.conventions if "pump" in c), _pick(tech.conventions, role, ()))
            key = _KEYED_FROM.search(ctx.question or "")
            if key is not None:  # "duck the pad from the snare": keyed from that hit, not the kick
                hit = key.group("hit").lower().rstrip("s")
                pump = pump.replace("keyed from the kick", f"keyed from the {hit}").replace(
                    "the next kick", f"the next {hit}"
                )
            return (f"Typical: {pump}. At your {bpm:.0f} BPM a beat is {beat:.0f} ms, "
                    f"so a release of about {beat / 4:.0f}-{beat / 2:.0f} ms.")  # fmt: skip
    facts = [f for f in tech.facts if not role or ROLE_WORDS.get(role, "~") in f]
    if not facts and name in ("eq", "highpass") and role is not None and (areas := frequency_areas(role)):
        # no real-mix EQ numbers for this role: its own ranges, never other instruments' high-pass list
        places = ", ".join(f"{a.name} {say_range(a.lo_hz, a.hi_hz)}" for a in areas if a.name != "rumble")
        return (f"My real-mix data has no EQ settings for {ROLE_WORDS[role]}; the ranges engineers look at on "
                f"them: {places}, and a high-pass below the lowest note they play.")  # fmt: skip
    facts = facts or list(tech.facts)
    if facts:
        return capital(facts[0]) + "."
    return f"Typical: {_pick(tech.conventions, role, ())}." if tech.conventions else ""


def _their_tracks(name: str, focus: Focus) -> str:
    """What the user's own tracks of the asked instrument have now for this technique."""
    tracks = [rt for a in focus.asked for rt in a.tracks]
    if name in ("eq", "highpass") and len(tracks) > 1:
        without = [rt.quoted for rt in tracks if not rt.has_eq]
        if without:
            verb = "has" if len(without) == 1 else "have"
            return f"{', '.join(without[:-1]) + ' and ' + without[-1] if len(without) > 1 else without[0]} {verb} no EQ yet."
        return "They all have an EQ."
    return _their_track(name, tracks[0] if tracks else None)


def _pan_ok(focus: Focus, role: str) -> str | None:
    """A part with no centred share in real mixes asked "panned ok?": yes off the centre (no fixed place; the middle
    left to the lead, kick, snare and bass), centred works but may crowd the lead; None with no track."""
    tracks = [rt for a in focus.asked for rt in a.tracks]
    if not tracks:
        return None
    pan = tracks[0].track.pan
    who = ROLE_WORDS.get(role, "parts like that")
    if abs(pan) < 0.05:
        return (
            f"It works: {tracks[0].quoted} is centred. Real mixes keep no fixed place for {who}, though, and the "
            "middle is where the lead, kick, snare and bass sit: 30-50% to one side, with another part answering "
            "on the other, would clear it. Then check in mono (the master's mono button): nothing should vanish."
        )
    return (
        f"Yes: {lower_first(_their_track('panning', tracks[0]))} Real mixes keep no fixed place for {who}; off the "
        "centre, where the lead, kick, snare and bass sit, is the usual choice. Check in mono (the master's mono "
        "button): nothing should vanish."
    )


def _carries(name: str, focus: Focus) -> bool:
    """True when an asked track has the reverb (or delay) already, as a plug-in or a send to one."""
    words = REVERB_WORDS if name == "reverb" else ("delay", "echo")
    for rt in (rt for a in focus.asked for rt in a.tracks):
        names = [f.name.lower() for f in rt.track.fx] + [x.dest_name.lower() for x in rt.track.sends]
        if any(w in n for n in names for w in words):
            return True
    return False


def _their_track(name: str, rt: RoleTrack | None) -> str:
    """What the user's own track has now for this technique."""
    if rt is None:
        return ""
    if name == "compression":
        comp = rt.track.find_fx("comp")
        if comp is None:
            return f"Your {rt.quoted} has no compressor yet."
        shown = [
            p for p in (comp.param("ratio"), comp.param("thresh"), comp.param("attack")) if p is not None
        ]
        detail = ", ".join(f"{p.name} {p.formatted}" for p in shown if p.formatted)
        state = " (bypassed)" if not comp.enabled else ""
        return f"Your {rt.quoted} has {comp.name.split(' (')[0]}{state}{': ' + detail if detail else ''}."
    if name == "reverb":
        sends = [s for s in rt.track.sends if any(w in s.dest_name.lower() for w in REVERB_WORDS)]
        if sends:
            s = sends[0]
            level = f" at {s.volume_db:+.1f} dB" if s.volume_db is not None else ""
            return f"Your {rt.quoted} sends to '{s.dest_name}'{level}."
        fx = [f for f in rt.track.fx if any(w in f.name.lower() for w in REVERB_WORDS)]
        return (
            f"Your {rt.quoted} has {fx[0].name.split(' (')[0]} on it."
            if fx
            else f"Your {rt.quoted} has no reverb now."
        )
    if name in ("eq", "highpass"):
        return f"Your {rt.quoted} has {'an EQ' if rt.has_eq else 'no EQ yet'}."
    if name == "gating":
        return f"Your {rt.quoted} has {'a gate' if rt.has_gate else 'no gate'}."
    if name == "panning":
        pan = rt.track.pan
        side = (
            "centred" if abs(pan) < 0.05 else f"panned {abs(pan) * 100:.0f}% {'left' if pan < 0 else 'right'}"
        )
        return f"Your {rt.quoted} is {side}."
    return ""


def mix_now(
    ctx: MixContext,
    name: str,
    tracks: set[str] | frozenset[str] = frozenset(),
    only: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, list[Move]]:
    """The mix's first problem the technique bears on (or a level fault on one of ``tracks``, the parts asked
    about), said as what is in the mix right now, with its move; with ``only`` (the parts a question names) none
    whose move lands on other tracks ("what eq on the bass?": no card on the hats)."""
    kinds = TECHNIQUE_KINDS.get(name, frozenset())
    related = [p for p in ctx.problems if p.kind in kinds or (p.track in tracks and p.kind in TRACK_LEVEL)]
    if not related:
        return "", []
    from model.session_view import SessionView

    if tracks := tracks | only:  # parts asked about: nothing whose move lands on other tracks
        session = SessionView(ctx.snapshot)
        related = [
            p
            for p in related
            if p.track in tracks
            or (
                p.track is None
                and all(s.track is None or s.track in tracks for s in recipe(p, session).suggestions)
            )
        ]
        if not related:
            return "", []
    f = related[0]
    return f"And in your mix right now: {lower_first(first_sentence(f.summary))}", [
        recipe(f, SessionView(ctx.snapshot))
    ]


def _object_missing(focus: Focus) -> bool:
    """True when the first part the question names is one the session lacks ("should i pan the rhythm guitar
    hard right to make room for the organ?" with no guitar): the move's own object is not there."""
    q = focus.intent.question.lower()

    def at(a: Asked) -> int:
        said = (a.said or a.word).lower().removeprefix("the ")
        m = re.search(rf"\b{re.escape(said)}", q)
        return m.start() if m else len(q)

    first = min(focus.asked, key=at, default=None)
    return first is not None and first.how == "missing" and any(a.found for a in focus.asked)


def technique_answer(ctx: MixContext, focus: Focus, name: str | None = None) -> Answer:
    intent = focus.intent
    name = name or intent.technique or "compression"
    key = "highpass" if name == "eq" and HPF_QUESTION.search(intent.question) else name
    role, _ = asked_role(focus)
    odd = intent.wants == Wants.JUDGE and bool(ODD_MOVE.search(intent.question))
    heard = ctx.analysis is not None
    tech = technique(name)
    parts: list[str] = []
    missing = focus.missing
    if missing and focus.session:
        there = [r.name for r in focus.session.tracks if not r.track.mute]
        parts.append(not_here_note(missing[0].said or missing[0].word, there))
    note = list(parts)  # the missing part said first, whatever the answer
    share = _share(key, role) if role is not None else None
    if intent.wants == Wants.JUDGE and share is not None:
        value, n = share
        who = ROLE_WORDS[role]  # type: ignore[index]
        contrast = ""
        if key in ("reverb", "delay", "compression") and role != "lead_vocal":
            other = _share(key, "lead_vocal")
            if other is not None:
                contrast = f", against {other[0]:.0%} of lead vocals"
        typical = (f"in {priors_table()['provenance']['counts']['mixes']} real mixes (MixologyDB), {value:.0%} of {n} "
                   f"{who} {VERB[key]}{contrast}.")  # fmt: skip
        pan_or_centre = key == "panning" and PAN_OR_CENTRE.search(intent.question) is not None
        own = _their_tracks(key, focus)
        if key in ("reverb", "delay") and DRY_OFFERED.search(intent.question) and not _carries(key, focus):
            # "does the vocal need reverb or is it fine dry?": the choice real mixes favour, then the numbers
            said = [f"{dry_verdict(value)}{typical}", own, settings(key, role, ctx), tech.check]
            return Answer(fit(said, MAX_WORDS), [], None)
        if (intent.asks_problem or intent.asks_ok) and not odd and not pan_or_centre:
            # "is something wrong with the reverb on the vocal?" asks about their own reverb, not whether to use one
            lead = f"Nothing I can fault in the {name} itself{': ' + lower_first(own) if own else '.'}"
            parts[:0] = [lead, capital(typical)]
        elif key == "panning" and (chosen := pan_choice(intent.question, role, asked_role(focus)[1])):
            return Answer(chosen, [], None)  # "panned hard or like 70%?": the amount, not a yes
        elif key == "panning" and (placed := pan_amount_verdict(intent.question, role, asked_role(focus)[1])):
            # "panned too far?": their own pan against real ones first; that spread said, no settings line after
            return Answer(fit([placed, capital(typical)], MAX_WORDS), [], None)
        elif note and _object_missing(focus):
            # "pan the rhythm guitar hard right for the organ?" with no guitar: no yes to a move on nothing; that
            # first, then what engineers do with the part that is there
            parts = [note[0].strip("()"), capital(typical), _their_tracks(key, focus)]
            note = parts[:1]
        elif note and not any(a.found for a in focus.asked):
            # "kick needs click, should i boost 4k on it?" with no kick at all: no yes to a move on a part that
            # isn't there; that first, then what engineers do with such a part, said as general
            parts = [note[0].strip("()"), f"In general, {lower_first(_verdict(key, value, odd))} {typical}"]
            note = parts[:1]
        else:
            verdict = _verdict(key, value, odd)
            if pan_or_centre:
                # "should the harmony be panned or kept centre?": one of the two, not a yes
                verdict = "Centred:" if value >= 0.6 else "Either is common:" if value >= 0.4 else "Panned:"
            parts.insert(0, f"{verdict} {typical}")
            parts.append(_their_tracks(key, focus))
        parts.append(settings(key, role, ctx))
    elif key == "panning" and intent.wants == Wants.JUDGE and intent.asks_ok and role is not None:
        # "are the horns panned ok?" with no share for the part in real mixes: a yes on its own pan, not the list
        if (placed := _pan_ok(focus, role)) is not None:
            return Answer(placed, [], None)
        parts.insert(0, sentences(tech.summary, 2))
    elif intent.wants == Wants.JUDGE and role is None and intent.should:
        parts.insert(0, sentences(tech.summary, 2))
        parts.append(f"Typical: {tech.conventions[0]}." if tech.conventions else "")
    else:
        lead = settings(key, role, ctx) if role is not None or key == "limiting" else ""
        # "how do I make the kick punchier?": how the compressor adds punch, not what a compressor is
        crafted = quality_craft(intent, name) if not intent.explain else None
        explanation = crafted or sentences(tech.summary, 99 if intent.explain else (1 if lead else 2))
        # "how do I get the vocal warmer?": the lift in the part's own range first, what engineers did after
        if not intent.explain and (lifted := quality_eq_craft(intent, role, name)):
            lead, explanation = lifted, lead
        parts = [lead, _their_tracks(key, focus), explanation, *parts] if lead else [explanation, *parts]
        asked_quality = quality_of(intent.question)
        if crafted and (
            (asked_quality is not None and asked_quality.name == "glue")
            or (asked_quality is None and DRUM_BUS.search(intent.question))
        ):
            # "glue the drum bus so the kit sounds like one instrument": the group's settings lead, not one part's
            group = [rt.name for a in focus.asked for rt in a.tracks]
            home = (
                f"Route {names(group)} to one folder or bus track in REAPER and put it there."
                if len(group) > 1
                else _their_tracks(key, focus)
            )
            parts = [crafted, home]
        if not lead:
            parts.append(
                f"Typical: {_pick(tech.conventions, role, intent.mentions)}." if tech.conventions else ""
            )
            parts.append(settings(key, role, ctx))
            parts.append(_their_tracks(key, focus))
            if not crafted and not intent.explain and SETTINGS_ASKED.search(intent.question):
                # "attack release ratio pls": the numbers asked lead; what the tool does after them, if it fits
                parts = [p for p in parts if p != explanation] + [explanation]
    gone = (missing[0].said or missing[0].word).lower().removeprefix("the ") if missing else ""
    trigger = bool(gone) and re.search(
        rf"\b(to|from|with|off|by|against) (the |my |a )?{re.escape(gone)}\b", intent.question, re.IGNORECASE
    )
    if note and key == "sidechain" and trigger:
        # "should i sidechain the bass to the kick?" with no kick: nothing to key it from, said before the recipe
        keyed = note[0].strip("()").replace(" in this session;", " in this session to key it from;", 1)
        parts = [keyed, *(p for p in parts if p not in note)]
    if key == "sidechain" and (routing := sidechain_routing(focus)):
        parts.insert(1, routing)  # "reaper routing n comp settings pls": the wiring, after the settings
    if amount := amount_lead(focus, tech.amount):
        # "how much reverb should I add?": no send level is measured anywhere, so how to set it by ear leads
        parts = [*note, amount, _their_tracks(key, focus), settings(key, role, ctx)]
    if intent.wants == Wants.JUDGE and intent.should and share is None and BLANKET.search(intent.question):
        # "should I compress every track?": a habit asked about, not one move: not by default (a share measured
        # in real mixes answers the habit itself: "often, but not always")
        parts.insert(
            0, f"Not by default: {BLANKET_WHY.get(name, 'use it where a track needs it, not on every one.')}"
        )
    if odd and share is None:
        # "is it weird to put reverb on horns?" with no share measured for them: no technique is wrong in itself
        parts[0] = f"Not in itself: {lower_first(parts[0])}"
    moves: list[Move] = []
    if heard:
        now, moves = mix_now(ctx, name, only={rt.name for a in focus.asked for rt in a.tracks})
        parts.append(now)
    else:
        parts.append(
            f"{NOTHING_HEARD}: it's what engineers did in real mixes. Give me a clip (--audio) and I'll check yours."
        )
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    parts = list(dict.fromkeys(p for p in parts if p))  # a convention that is also the setting is said once
    text = fit(parts, limit, keep=1)
    if not heard and NOTHING_HEARD not in text:
        text = fit([p for p in parts if p and NOTHING_HEARD not in p][:2], limit - 25) + " " + parts[-1]
    return Answer(text, moves, None)


def _pick(conventions: tuple[str, ...], role: str | None, mentions: tuple[str, ...]) -> str:
    """The rule of thumb that names the instrument asked about, else the first one."""
    keys = [w for w in (role or "").split("_") if w not in ("lead", "backing", "electric", "acoustic")]
    keys += [m.rstrip("s") for m in mentions]
    for k in (
        keys
    ):  # the part asked about first: "sidechain the pad to the kick" is the pad's rule, not the kick's
        for conv in conventions:
            if k and k in conv.lower():
                return conv
    return conventions[0] if conventions else ""
