"""Answers when the instrument asked about is not simply a track: not in the session ("wider guitars" with no
guitar), inside another track (the kick inside 'Drums'), two parts fighting, or no session to look in.

Each says so first, names what is there, and then answers about what the user can actually move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import TONAL_KINDS, Finding, FindingKind, MixContext
from companion.knowledge.areas import FrequencyArea, frequency_areas
from companion.knowledge.roles import instrument_role
from companion.knowledge.wording import say_hz, say_range
from model.absent_part import measured_instead
from model.answer_knowledge import settings, technique_answer
from model.answer_tracks import (
    MAX_WORDS,
    _area_sentence,
    _opening,
    answer_asked,
    plan,
    role_word,
)
from model.band_remark import finding_centre
from model.clash_proposal import clash_opening
from model.evidence import (
    COMPLAINT_AREAS,
    TRACK_LEVEL_KINDS,
    area_remark,
    findings_about,
    singular,
    tonal_overlapping,
    track_evidence,
)
from model.family_fault import family_fault
from model.focus import Asked, Focus, instead
from model.instrument_kin import spoken_name
from model.intent import CLEFT_GUESS, Wants, asks_yes_no
from model.intent_forms import COMES_IN, EITHER_OR
from model.level_gap import bare
from model.masker_level import balance_fault, masking_reason
from model.measured_fault import COMPLAINT_RANGES, range_fault
from model.moves import level_move, masking_move, pan_pair
from model.part_width import part_width_answer
from model.phrasing import Answer, capital, first_sentence, fit, lower_first, names
from model.quality_unmeasured import quality_craft
from model.recipes import Move, recipe, size_head
from model.room_for import asks_room_for, covered_by, covers_it, made_room_for
from model.session_view import RoleTrack
from model.slot_move import room_move, shared_move, slot_move
from model.verdict_opening import without_opening

COMPLAINT_TO_KIND = {
    "muddy": FindingKind.MUDDY,
    "boomy": FindingKind.BOOMY,
    "harsh": FindingKind.HARSH,
    "dull": FindingKind.DULL,
    "thin": FindingKind.THIN,
    "narrow": FindingKind.NARROW,
}


def _stereo_sentence(ctx: MixContext) -> str:
    a = ctx.analysis
    if a is None or a.channels < 2:
        return ""
    return (
        f"Right now the whole mix measures correlation {a.stereo.correlation:.2f} and width {a.stereo.width:.2f} "
        "(0 is mono)."
    )


NICKNAME = re.compile(r"(o+h+|a+h+|stab|electric|sub|kit|brass|808)s?", re.IGNORECASE)
"""A part's nickname, not an instrument's name ("the oohs", "the stabs", "the kit"): the answer that says it is not
there names the instrument ("There are no backing vocals"), not "no ooh"."""


def missing_word(asked: Asked) -> str:
    """The missing instrument as the user said it: "no saxophone", not "no horns"; "no kit", not "no the kit";
    "the vlc" is no cello."""
    own = singular(re.sub(r"^(the|my|those|these) ", "", asked.said.lower())) if asked.said else ""
    word = own if own and own != singular(asked.word) and not NICKNAME.fullmatch(own) else asked.word
    return spoken_name(word)


def _none_here(word: str) -> str:
    """ "there is no kick in this session", "there are no horns in this session"."""
    return f"there {'are' if word.endswith('s') else 'is'} no {word} in this session"


def either_missing(ctx: MixContext, focus: Focus, part: Asked, gone: Asked) -> Answer:
    """ "bass or kick making it boomy?" with no kick in the session: the part there named (or cleared), and that
    the other is not there, not a "Yes" that leaves the asker to guess which of the two it meant."""
    ans = answer_asked(ctx, replace(focus, asked=(part,)), part)
    body = without_opening(ans.text)
    word = missing_word(gone)
    absent = _none_here(word)
    names_ = {rt.name for rt in part.tracks}
    if ans.first is not None and ans.first.track in names_ and ans.first.is_problem and not ans.first.is_lean:
        ans.text = f"It's {part.tracks[0].quoted} ({absent}): {lower_first(body)}"
    else:
        ans.text = f"Neither, as far as I measure ({absent}): {lower_first(body)}"
    return ans


def missing(ctx: MixContext, focus: Focus, asked: Asked) -> Answer:
    """The instrument is not in the session: say so, name what is there, answer for what is there."""
    s = focus.session
    there = [rt.name for rt in s.tracks if not rt.track.mute]
    word = missing_word(asked)
    head = f"{capital(_none_here(word))}: your tracks are {names(there, 10)}."
    complaint = focus.intent.complaint
    parts = [head]
    moves = []
    first = None
    candidates = instead(s)
    if complaint == "narrow" and candidates:
        if len(candidates) >= 2:
            move = (
                pan_pair(candidates[-2], candidates[-1]) if len(candidates) > 2 else pan_pair(*candidates[:2])
            )
            spread = names([rt.name for rt in candidates], 4)
            parts.append(f"For width, spread what's there ({spread}): {lower_first(move.try_text)}")
            moves.append(move)
        narrow = next((f for f in ctx.problems if f.kind is FindingKind.NARROW), None)
        parts.append(first_sentence(narrow.summary) if narrow else _stereo_sentence(ctx))
        first = narrow
        if moves:
            parts.append(moves[0].check_text)
    else:
        kind = COMPLAINT_TO_KIND.get(complaint or "")
        related = next((f for f in ctx.problems if kind is not None and f.kind is kind), None)
        culprit = None if related is not None else _stand_in_culprit(ctx, focus)
        pointed = related or culprit
        if pointed is not None:  # the whole mix's finding for the complaint, else the part that stands out
            move = recipe(pointed, s)
            lead = "What the whole mix does show" if related else f"What does stand out is {pointed.track!r}"
            parts += [f"{lead}: {lower_first(first_sentence(pointed.summary))}", move.try_text]
            moves.append(move)
            first = pointed
        elif focus.intent.wants in (Wants.JUDGE, Wants.WHY) and family_fault(ctx, focus) is None:
            # "is the sax too loud?", no sax and no horns: what is measured (a family's fault comes later)
            said, move, first = measured_instead(ctx, s)
            parts += said
            moves += [move] if move is not None else []
        else:
            parts.append(f"Which track did you mean: {names([rt.name for rt in candidates], 4, last='or')}?")
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, first)


def _stand_in_culprit(ctx: MixContext, focus: Focus) -> Finding | None:
    """A level complaint about a part that isn't there ("the guitar is drowning out the horns" with no guitar):
    the track problem that fits it, so the answer points at what the user is likely hearing. A problem on a part
    the question also names comes first (a masking finding onto the horns, the horns' own level), then a track
    off in the complaint's direction (too loud for "drowning out", too low for "buried")."""
    complaint = focus.intent.complaint
    if (
        complaint in COMPLAINT_RANGES
    ):  # "is it the eq on the hats? the top end is harsh": the fault in that range
        return range_fault(ctx, focus, "", complaint)
    if complaint not in ("loud", "quiet", "clash"):
        return None
    named = {
        rt.name for a in focus.asked if a.found for rt in (*a.tracks, *((a.inside,) if a.inside else ()))
    }
    levels = [f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track]
    onto = [
        f for f in ctx.problems if f.kind is FindingKind.MASKING and f.evidence.get("other_track") in named
    ]
    own = [f for f in levels if f.track in named]
    kind = FindingKind.TRACK_TOO_QUIET if complaint == "quiet" else FindingKind.TRACK_TOO_LOUD
    way = [f for f in levels if f.kind is kind]
    onto = [balance_fault(ctx, f) or f for f in onto]  # a fader fault behind the clash: its fader first
    return next(iter(onto + own + way), None)


def inside(ctx: MixContext, focus: Focus, asked: Asked) -> Answer:
    """The instrument plays inside another track (a drum stem): answer with that track and the mix's numbers."""
    container = asked.inside
    assert container is not None
    role = instrument_role(asked.word) or instrument_role(asked.said)
    ev = track_evidence(ctx, container)
    complaint = focus.intent.complaint
    p = plan(ctx, focus, ev, complaint, role=role)
    said = asked.said or asked.word
    plural = said.endswith("s") and not said.endswith("ss")  # "the cymbals", "the toms", "the hats"
    has, it_is, it = ("have", "they're", "them") if plural else ("has", "it's", "it")
    head = (
        f"Your {said} {has} no track of {'their' if plural else 'its'} own: {it_is} inside {container.quoted} "
        f"with the rest of the kit, so I can only measure and move {it} with the whole kit."
    )
    area_text, _ = _area_sentence(
        ctx, role, complaint or ("quiet" if focus.intent.wants == Wants.HOW_TO else None)
    )
    parts = [head]
    wants = focus.intent.wants
    if wants == Wants.JUDGE and p.first is None:
        parts.append(
            f"{_opening(p.verdict, complaint, focus.intent.enough, focus.intent.asks_ok, focus.intent.asks_problem)} {lower_first(p.lead)}"
        )
    elif (
        wants == Wants.JUDGE
        and (p.opening or p.verdict == "elsewhere")
        and (GUESS_TAIL.search(focus.intent.question) or CLEFT_GUESS.search(focus.intent.question))
    ):
        # "low end woofy, is it the kick drum?" with the bass 10 dB over: the guess denied, not "Not 'Drums' first";
        # "he's sure it's his kick that's too weak" with the bass 10 dB down: not the kick, the bass
        parts.append(f"Not the {said}: {lower_first(p.lead)}")
    elif wants == Wants.WHAT_FIRST and p.first is not None and p.first.track not in (None, container.name):
        # "no weight anywhere, the kick drum is ticking along on its own. step one?" with the bass 10 dB down: the
        # first move is on another track, so it leads and the note on the kit follows
        parts.insert(0, f"Start with {p.first.track!r}, not the {said}: {first_sentence(p.first.summary)}")
    else:
        parts.append(f"{p.opening} {lower_first(p.lead)}" if p.opening else p.lead)
    if wants == Wants.JUDGE:  # a yes or no asked: the verdict first, the note on the kit after it
        parts.reverse()
        if p.first is None and p.verdict in ("no", "fine"):
            p.moves = []  # "No: nothing I measured says 'Drums' is too loud" takes no move down after it
    if p.moves:
        parts.append(f"Try this: {lower_first(p.moves[0].try_text)}")
        if len(p.moves) > 1:
            parts.append(f"Then: {lower_first(p.moves[1].try_text)}")
    if area_text and area_text not in " ".join(parts):  # the lead may already say the area's reading
        parts.append(area_text)
    if p.moves:
        parts.append(p.moves[0].check_text)
    return Answer(fit(parts, MAX_WORDS, keep=2), p.moves, p.first)


GUESS_TAIL = re.compile(
    r"\b(is|could|might|would) (it|that|this)( be)?( just| maybe| really)? (the|my|your)\b", re.I
)
"""'..., is it the kick drum?', 'could that be my kick?': one part guessed as the cause."""


def _area_of(role: str | None, f: Finding) -> FrequencyArea | None:
    """The part's named area holding the whole-mix finding's centre (a bell's, a shelf's corner), if any."""
    centre = finding_centre(f)
    if role is None or centre is None:
        return None
    return next((a for a in frequency_areas(role) if a.lo_hz <= centre <= a.hi_hz), None)


def _complaint_rank(role: str | None, f: Finding, complaint: str | None) -> int:
    """Lower first: a finding in an area that speaks to the complaint ("too loud": the kick's body, not its
    beater) before one elsewhere in the part's range."""
    area = _area_of(role, f)
    names = COMPLAINT_AREAS.get(complaint or "", ())
    return names.index(area.name) if area is not None and area.name in names else len(names)


def _where_shown(role: str | None, f: Finding, said: bool, plural: bool) -> str:
    """ "What the whole mix shows in its range (its attack, 2.5-4 kHz)": which of the part's areas the whole-mix
    finding sits in, so a 3 kHz build-up cited for "is the kick too loud?" says it is the kick's beater range,
    not its weight; a finding of the very kind complained of needs no range."""
    its = "their" if plural else "its"
    area = _area_of(role, f)
    if area is not None:
        return f"What the whole mix shows in {its} range ({its} {area.name}, {say_hz(area.lo_hz)}-{say_hz(area.hi_hz)})"
    return "What the whole mix shows" if said else f"What the whole mix shows in {its} range"


def _tonal_asked(complaint: str | None) -> bool:
    """A tone the whole mix can show (harsh, muddy, boomy, thin, dull), asked of one part."""
    return complaint is not None and any(k.value == complaint for k in TONAL_KINDS)


def no_session(ctx: MixContext, focus: Focus, asked: Asked) -> Answer:
    """Only the stereo mix: nothing can be said about one track's level; the mix in its range can."""
    if (width := part_width_answer(ctx, focus)) is not None:
        return width  # "are the hats mono?" of a mix file: what it cannot show, never a level or tone answer
    role = instrument_role(asked.word) or instrument_role(asked.said)
    word = asked.said or asked.word
    complaint = focus.intent.complaint
    plural = word.endswith("s") and not word.endswith("ss")
    parts = [
        f"I only have the stereo mix, no REAPER session, so I can't measure the {word} alone or see "
        f"{'their' if plural else 'its'} fader."
    ]
    moves = []
    first = None
    said = [
        f for f in ctx.problems if f.track is None and f.kind.value == complaint
    ]  # "is the guitar harsh?"
    overlapping = [f for f in tonal_overlapping(ctx, role) if f not in said]
    tonal = said + sorted(overlapping, key=lambda f: _complaint_rank(role, f, complaint))
    if _tonal_asked(complaint) and not said and asks_yes_no(focus.intent):
        # "are the guitars harsh?" with nothing harsh: the no first, then anything else measured there
        where = "where they sit" if plural else "where it sits"
        al = area_remark(ctx, role, complaint)
        parts.insert(  # the answer to the yes/no opens; what a mix file can't show follows
            0,
            f"No: the whole mix shows nothing {complaint} {where}"
            + (f"; {lower_first(al.says(role))}." if al is not None and role is not None else "."),
        )
    if tonal:
        f = tonal[0]
        move = recipe(f, focus.session)
        shown = _where_shown(role, f, f in said, plural)
        if _tonal_asked(complaint) and not said and asks_yes_no(focus.intent):
            shown = shown.replace("What the whole mix shows", "What it does show", 1)
        parts += [f"{shown}: {lower_first(first_sentence(f.summary))}", move.try_text]
        moves.append(move)
        first = f
    elif _tonal_asked(complaint) and asks_yes_no(focus.intent):
        pass  # the no above already said the area's level
    else:
        al = area_remark(ctx, role, complaint)
        if al is not None and role is not None:
            parts.append(capital(al.says(role)) + ".")
    # "how do I make the kick punchier?": the craft first, unless a measured fault in its range leads
    crafted = quality_craft(focus.intent, focus.intent.technique) if role is not None else None
    if crafted is not None and role is not None:
        craft = [settings("compression", role, ctx), crafted]
        parts = [*craft, *parts] if not moves else [*parts, *craft]
    parts.append(
        "Connect REAPER (or give me --snapshot) and I'll check its level and plug-ins against real mixes."
    )
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, first)


def _other_choice(question: str, found: list[Asked], fault: Finding) -> Asked | None:
    """Of the parts offered as alternatives ("is it the fiddle or the piano crowding the vocal?"), the one the
    fault is not on; None when the question offers no choice or the fault is on neither alternative."""
    m = EITHER_OR.search(question)
    if m is None:
        return None
    offered = [
        x
        for x in found
        if x.tracks
        and any(re.search(rf"\b{re.escape(w)}\b", m.group(0), re.I) for w in (x.said, x.word) if w)
    ]
    on_fault = [x for x in offered if fault.track in {rt.name for rt in x.tracks}]
    others = [x for x in offered if x not in on_fault]
    return others[0] if on_fault and others else None


def _in_front(question: str, found: list[Asked]) -> Asked | None:
    """The part the others are said to be stuck behind ("everything feels stuck behind the drums"), when it is one
    of more than two parts named; None otherwise."""
    m = re.search(r"\bbehind (the|my|our|his|her) (?P<w>[\w' -]{2,30})", question, re.I)
    if m is None or len(found) < 3:
        return None
    return next(
        (x for x in found if any(w and m["w"].lower().startswith(w.lower()) for w in (x.said, x.word))), None
    )


def clash(ctx: MixContext, focus: Focus, found: list[Asked]) -> Answer:
    """Two named parts fighting: the masking finding between them, or the kick/bass slot."""
    a, b = found[0], found[1]
    if (front := _in_front(focus.intent.question, found)) is not None:
        # "my vox, the horns, all of it stuck behind the drums": the part in front against one it holds back
        a, b = front, next(x for x in found if x is not front)
    if made_room_for(focus.intent.question, (a.said or a.word, b.said or b.word)) == (a.said or a.word):
        a, b = b, a  # "make room for the vocal in the keys": the keys make the room, the vocal is covered
    elif covered_by(focus.intent.question, (a.said or a.word, b.said or b.word)) == (a.said or a.word):
        a, b = b, a  # "is the vocal covered by the piano?": the piano covers, the vocal is covered
    elif covers_it(focus.intent.question, (a.said or a.word, b.said or b.word)) == (b.said or b.word):
        a, b = b, a  # "my vocal on its own.. are the synths smothering it?": the synths cover the vocal
    elif (m := COMES_IN.search(focus.intent.question)) is not None and re.search(
        rf"\b{re.escape(b.said or b.word)}", m.group(0), re.IGNORECASE
    ):
        # "my voice goes boxy once the acoustic comes in": the part that comes in covers the other
        a, b = b, a
    tracks_a = [*a.tracks, *((a.inside,) if a.inside else ())]
    tracks_b = [*b.tracks, *((b.inside,) if b.inside else ())]
    names_b = {rt.name.lower() for rt in tracks_b}
    between = [
        f
        for rt in tracks_a
        for f in findings_about(rt.name, ctx.findings)
        if str(f.kind) == "masking"
        and ((f.track or "").lower() in names_b or str(f.evidence.get("other_track", "")).lower() in names_b)
    ]
    near = [f for f in between if not f.is_problem]  # a masking remark: close in a band, not covering
    between = [f for f in between if f.is_problem]  # a yes rests on a problem, as the track plan's yes does
    if between and balance_fault(ctx, between[0]) is None:  # a fader fault behind it: level before EQ
        f = between[0]
        move = masking_move(f, focus.session)
        fight = f"Yes, they fight: {lower_first(first_sentence(f.summary))}"
        # a yes/no question gets its yes first; "how do I stop them fighting?" the move first
        parts = [fight, move.try_text] if focus.intent.wants == Wants.JUDGE else [move.try_text, fight]
        parts.append(move.check_text)
        return Answer(fit(parts, MAX_WORDS), [move], f)
    levels = sorted(
        (f for rt in (*tracks_a, *tracks_b) for f in findings_about(rt.name, ctx.findings)
         if f.kind in TRACK_LEVEL_KINDS and f.is_problem),
        key=lambda f: -f.severity,
    )  # fmt: skip
    if levels:  # one of them far too loud (or low) fights everything: balance before EQ
        f = levels[0]
        move = level_move(f, focus.session)
        on_a = (f.track or "").lower() not in names_b
        words_a = tuple(w for w in (a.said, a.word) if w)
        words_b = tuple(w for w in (b.said, b.word) if w)
        other = tracks_b if on_a else tracks_a
        head = clash_opening(
            focus.intent,
            f,
            *((words_a, words_b) if on_a else (words_b, words_a)),
            other_quoted=other[0].quoted if len(other) == 1 else None,
        )
        if (other := _other_choice(focus.intent.question, found, f)) is not None:
            # "is that the strings or the horns doing it?": the one of the two offered, named, not a yes
            said = other.tracks[0].quoted if len(other.tracks) == 1 else f"the {other.said or other.word}"
            head = f"It's {f.track!r}, not {said}"
        if f.kind is FindingKind.TRACK_TOO_QUIET and (f.track or "").lower() in names_b:
            # "is the guitar drowning out the vocal?" with the vocal itself far too low: its fader, not the guitar
            head = f"It's the {bare(b.said or b.word)}'s own level more than the {bare(a.said or a.word)}"
        parts = [f"{head}: {lower_first(first_sentence(f.summary))}", move.try_text, move.check_text]
        if focus.intent.wants == Wants.HOW_MUCH and move.suggestions:
            # "by how many dB should i bring the strings down so they stop fighting the singer?": the size first
            parts = [
                f"{size_head(move)} {lower_first(move.try_text)}",
                first_sentence(f.summary),
                move.check_text,
            ]
        if between:  # the clash asked about is measured too: said after the fader, as what it hides
            parts.insert(2, masking_reason(between[0], f))
        then = _eq_after(focus, between, tracks_a, tracks_b, a, b)
        if then is not None and f.kind is FindingKind.TRACK_TOO_LOUD and on_a:
            # "guitar is drowning the vocal, how should i eq it?": the fader first, then the EQ asked for, sized
            parts.insert(2, f"Then, if it still covers {_soloed(tracks_b, instrument_role(b.word))}: "
                         f"{lower_first(then.try_text)}")  # fmt: skip
            return Answer(fit(parts, MAX_WORDS), [move, then], f)
        return Answer(fit(parts, MAX_WORDS), [move], f)
    role_a = instrument_role(a.word)
    role_b = instrument_role(b.word)
    role = "kick" if "kick" in (role_a, role_b) else role_a
    # the kick/bass slot is the classic fix for those two only ("is the bass stepping on the vocal?" is not it)
    move = slot_move(focus, role) if {role_a, role_b} <= {"kick", "bass"} else None
    if move is None and asks_room_for(focus.intent.question):  # "eq the guitar so the vocal comes through"
        move = room_move(focus, tracks_a[0] if tracks_a else None, role_b)
    if move is None:
        # "how should i eq the piano so it stops fighting the acoustic?" with nothing measured between them: the
        # usual dip, with its numbers (the words' slot when a voice is covered)
        move = _eq_after(focus, [], tracks_a, tracks_b, a, b)
    overlap = ""
    if move is None and focus.intent.wants == Wants.WHY and COMES_IN.search(focus.intent.question):
        # "my fiddle goes thin when the acoustic comes in, why": nothing covers it on the meters, but the part that
        # comes in fills the same body range, which the ear hears as the other thinning; the slot dip, if heard
        move = shared_move(
            focus, tracks_a[0] if tracks_a else None, role_a, tracks_b[0] if tracks_b else None
        )
        overlap = (
            "So it's likely the overlap you hear: both have their body in the same range, and the part that comes in "
            "fills it."
            if move is not None
            else ""
        )
    area_text, _ = _area_sentence(ctx, role, "clash")
    if focus.intent.technique == "sidechain" and (
        focus.intent.wants == Wants.HOW_TO
        or re.search(r"\b(settings?|both)\b", focus.intent.question, re.IGNORECASE)
    ):
        # "how do i sidechain the bass to the kick so they quit stepping on each other?" with nothing measured
        # covering: the wiring and settings asked for, after one line on what the meters found
        how = technique_answer(ctx, focus, "sidechain")
        head = (
            f"Nothing I measured shows {tracks_a[0].quoted if tracks_a else a.word} covering "
            f"{tracks_b[0].quoted if tracks_b else b.word} on its own tracks, so keep the ducking light."
        )
        said = re.split(r"(?<=[.)]) (?=[A-Z])", how.text)
        if move is not None and re.search(r"\beq\b", focus.intent.question, re.IGNORECASE):
            # "sidechain, eq, both?": the EQ slot offered too, with its card, after the ducking's settings
            eq_said = f"With EQ as well: {lower_first(move.try_text)}"
            said.insert(1, eq_said)
            text = fit([head, *said], MAX_WORDS, keep=3)
            return Answer(text, [*how.moves, move] if eq_said in text else how.moves, None)
        return Answer(fit([head, *said], MAX_WORDS, keep=3), how.moves, None)
    no = "No: nothing" if focus.intent.wants == Wants.JUDGE else "Nothing"
    if EITHER_OR.search(focus.intent.question):  # "is it the keys or the guitars cluttering it?": a choice
        no = "Neither: nothing"
    parts = [
        f"{no} I measured shows {tracks_a[0].quoted if tracks_a else a.word} covering "
        f"{tracks_b[0].quoted if tracks_b else b.word} on its own tracks."
    ]
    if near:  # "only 1 dB under it at 250-500 Hz": how close they come, said as the remark it is
        parts.append(_near_miss(near[0], move is not None))
    parts.append(overlap)
    if move is None and focus.intent.technique == "panning":
        # "horns fighting the vocal, should i pan them out wider?": the pan asked for is answered as the choice it is
        parts.append(_pan_choice(tracks_a[0] if tracks_a else None))
    if move is not None:
        parts += [f"Still, the classic fix: {lower_first(move.try_text)}", area_text, move.check_text]
    else:
        parts.append(
            area_text
            or f"Solo {_soloed(tracks_a, role_a)} and {_soloed(tracks_b, role_b)} together and sweep for the range where both "
            "are loud."
        )
    return Answer(fit(parts, MAX_WORDS), [move] if move else [], None)


def _pan_choice(rt: RoleTrack | None) -> str:
    """Panning asked as the fix for a clash nothing measured: where the part sits now, and wider as a choice."""
    if rt is None or abs(rt.track.pan) < 0.05:
        who = rt.quoted if rt is not None else "it"
        return f"Panning {who} off centre (about 30-50%) is still fine if you want the middle left to the voice: a choice here, not a fix."
    side = "left" if rt.track.pan < 0 else "right"
    return (
        f"{rt.quoted} is panned {abs(rt.track.pan) * 100:.0f}% {side} already; further out is fine if you want more "
        "room in the middle: a choice here, not a fix."
    )


def _eq_after(
    focus: Focus,
    between: list[Finding],
    tracks_a: list[RoleTrack],
    tracks_b: list[RoleTrack],
    a: Asked,
    b: Asked,
) -> Move | None:
    """The EQ step a how-to on EQ asks for, after the fader: the measured masking dip, else the words' slot (a
    voice covered) or the dip where both bodies overlap; None for any other question."""
    if focus.intent.technique != "eq" or focus.intent.wants not in (Wants.HOW_TO, Wants.WHAT_FIRST):
        return None
    if between:
        return masking_move(between[0], focus.session)
    around = tracks_a[0] if tracks_a else None
    role_b = instrument_role(b.word)
    return room_move(focus, around, role_b) or shared_move(
        focus, around, instrument_role(a.word), tracks_b[0] if tracks_b else None
    )


def _soloed(tracks: list[RoleTrack], role: str | None) -> str:
    """The track to solo by its own name ("'Clap'"), so a clap is never called a snare by its role; the role word
    only when the part has no track."""
    return tracks[0].quoted if tracks else f"the {role_word(role)}"


def _near_miss(remark: Finding, moved: bool) -> str:
    """A masking remark (under the problem line) said as how close two parts come, not as a clash: "at 250-500
    Hz, where 'Lead Vocal' is strongest, 'Acoustic Gtr' comes within 1 dB of it: close, but it doesn't cover it".
    The dip is offered for a near miss only, and only when the answer gives no move of its own."""
    other = remark.evidence.get("other_track")
    over = float(remark.evidence.get("over_db", 0.0))
    lo, hi = remark.evidence.get("range_hz", (0.0, 0.0))
    where = say_range(lo, hi)  # as the masking finding says its range
    if over <= -3.0:
        how = f"stays {-over:.0f} dB under it: they share the range, but it doesn't cover it"
    elif over <= -0.5:
        how = f"comes within {-over:.0f} dB of it: close, but not covering it"
    elif over < 0.5:
        how = "is about as loud as it: close, but not enough to cover it"
    else:
        how = f"is {over:.0f} dB louder than it: they share the range, but not enough to cover it"
    text = f"The closest they come: at {where}, where '{other}' is strongest, {remark.track!r} {how}."
    if over > -3.0 and not moved:
        text += f" If '{other}' still feels covered there, a small dip on {remark.track!r} is the move."
    return text
