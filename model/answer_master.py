"""Answers about the whole mix: loudness ("loud enough for Spotify?"), width, a tonal complaint ("is my mix
muddy?"), punch, clipping, and "why does it sound small on my phone?".

Each answers the complaint asked about with its own measurement, yes or no first, and only then says what else
stands out; a tonal problem never hijacks a loudness question and vice versa.
"""

from __future__ import annotations

import math
import re

from companion.context import Finding, FindingKind, MixContext
from model.answer_dynamics import dynamics
from model.answer_dynamics import first_problem as _first
from model.answer_dynamics import fitted as _answer
from model.answer_loudness import loudness
from model.answer_mono import mono_asked, mono_check_how, too_wide_asked, too_wide_first
from model.band_remark import low_end_spread, range_words
from model.blend_craft import LOW_ROLES
from model.boxy_by_ear import boxy_move
from model.by_ear_tone import by_ear_move, held_back, help_wanted, remark_first, the_other_way
from model.focus import Focus, instead
from model.intent import Wants, asks_yes_no
from model.intent_forms import level_said
from model.intent_reference import names_device, names_full_range, small_device
from model.lean_after_move import lean_after_move
from model.lean_cause import lean_causes
from model.lean_part_first import part_before_lean
from model.level_range import inside_spread
from model.masker_level import balance_fault, masking_reason
from model.move_direction import DOWN, UP, reported_direction
from model.moves import eq, masking_move, pan_one, pan_pair
from model.nothing_small import nothing_small
from model.phrasing import Answer, capital, first_sentence, lower_first
from model.recipes import Move, recipe, size_head
from model.session_view import SessionView
from model.top_end import top_side, top_words
from model.why import WHY

TONAL = {
    "muddy": (FindingKind.MUDDY, "the low-mids (160-500 Hz)"),
    "boomy": (FindingKind.BOOMY, "the low end (50-160 Hz)"),
    "harsh": (FindingKind.HARSH, "the upper mids (2-5 kHz)"),
    "dull": (FindingKind.DULL, "the top end (above 5 kHz)"),
    "thin": (FindingKind.THIN, "the low end (below 160 Hz)"),
    "boxy": (None, "the 400 Hz-1 kHz range"),
}
PHONE_LOW_HZ = 200  # small phone speakers play little below ~200 Hz (a convention, approximate)


def _low_share(ctx: MixContext) -> tuple[float, float] | None:
    """(share of the mix's energy below 250 Hz in %, dB above or below the reference there)."""
    a = ctx.analysis
    if a is None:
        return None
    mine = ref = 0.0
    for band in ("sub", "bass"):
        level, bal = a.bands_db.get(band), a.balance_vs_target_db.get(band)
        if level is None or bal is None or not (math.isfinite(level) and math.isfinite(bal)):
            return None
        mine += 10.0 ** (level / 10.0)
        ref += 10.0 ** ((level - bal) / 10.0)
    return 100.0 * mine, 10.0 * math.log10(mine / ref)


def _frames_agree(dev_db: float, value: float, low: float, high: float) -> bool:
    """Whether "``dev_db`` more/less than the median real mix" (of the whole mix) and where ``value`` stands in
    the real range ``low``..``high`` (against the mids) tell one story: inside it, or past it on the same side by
    no more than the deviation itself."""
    if low <= value <= high:
        return True
    past = value - high if value > high else low - value
    return (value > high) == (dev_db > 0) and past <= abs(dev_db)


def small(ctx: MixContext, focus: Focus) -> Answer:
    """Small on a phone: a mono speaker that plays little below ~200 Hz; find which of that the mix trips on."""
    a = ctx.analysis
    assert a is not None
    s = focus.session
    explain = focus.intent.explain or focus.intent.wants == Wants.WHY
    device = small_device(focus.intent.question)  # "on my laptop": said as the laptop, not a phone
    # "small on my car stereo": a car plays the low end a phone loses, so it's the mix, as with no speaker named
    full = names_full_range(focus.intent.question)
    speaker = names_device(focus.intent.question) and not full
    if not speaker and (fill := _first(ctx, (FindingKind.TRACK_TOO_QUIET,))):
        # "how do I get more size?", no speaker named: a part that fills the mix sitting too low comes first
        move = recipe(fill, s)
        parts = [f"Most likely a part sitting too low: {lower_first(first_sentence(fill.summary))}", move.try_text,
                 "A mix sounds big when every part that fills it is heard; no master processing brings a buried one back.",
                 move.check_text]  # fmt: skip
        return _answer(parts, [move], fill, explain)
    over = _first(ctx, (FindingKind.TRACK_TOO_LOUD,))
    if not speaker and over is not None and over.severity >= 0.5:
        # "it sounds small", no speaker named: one part far over the rest shrinks everything else to it
        move = recipe(over, s)
        parts = [f"Most likely one part crowding the rest: {lower_first(first_sentence(over.summary))}", move.try_text,
                 "A mix sounds big when every part is heard in its place; one part far over the others pushes them all back.",
                 move.check_text]  # fmt: skip
        return _answer(parts, [move], over, explain)
    # a low part far off its level, too low before too loud: the mix loses (or swamps) it on every speaker, first
    low_fault = next((f for kind in (FindingKind.TRACK_TOO_QUIET, FindingKind.TRACK_TOO_LOUD) for f in ctx.problems
                      if f.kind is kind and f.severity >= 0.5 and str(f.evidence.get("role")) in LOW_ROLES), None)  # fmt: skip
    if speaker and low_fault is not None:
        move = recipe(low_fault, s)
        small = (
            # "bottom end vanishes on my phone" with the bass 10 dB low
            f"Then for the {device}: it plays little under ~{PHONE_LOW_HZ} Hz, so the bass line survives there "
            "only through its harmonics (700 Hz-1.2 kHz, its growl range)."
            if low_fault.kind is FindingKind.TRACK_TOO_QUIET
            # "the drop turns into a flappy farty mess on my laptop" with the synth bass 9 dB hot
            else f"A {device}'s little speakers can't move that much low end: a bass this far over the rest makes "
            "them flap and distort, and it crowds the mix on every speaker."
        )
        parts = [f"The mix first: {lower_first(first_sentence(low_fault.summary))}", move.try_text, small,
                 move.check_text]  # fmt: skip
        return _answer(parts, [move], low_fault, explain)
    mono = _first(ctx, (FindingKind.PHASE_ISSUE, FindingKind.LOW_END_NOT_MONO))
    if mono is not None:
        move = recipe(mono, s)
        plays = (
            "a phone plays one speaker" if device == "phone" else f"a {device}'s speakers sit close to mono"
        )
        parts = [f"Most likely mono: {plays}, and {lower_first(first_sentence(mono.summary))}",
                 move.try_text, move.check_text]  # fmt: skip
        return _answer(parts, [move], mono, explain)
    low = _low_share(ctx)
    thin = _first(ctx, (FindingKind.THIN,))
    boomy = _first(ctx, (FindingKind.BOOMY,))
    bass = s.by_roles("bass")
    if thin is not None:
        move = recipe(thin, s)
        parts = [f"Mostly the low end: {lower_first(first_sentence(thin.summary))} A {device} already loses "
                 f"everything under ~{PHONE_LOW_HZ} Hz, so there's nothing left to carry it.", move.try_text, move.check_text]  # fmt: skip
        return _answer(parts, [move], thin, explain)
    heavy = boomy is not None and not boomy.is_lean  # a lean ("act only if you hear it") makes no mix small
    if not speaker and not heavy and (ans := nothing_small(ctx, focus)):
        if full:  # the car is no small speaker: it isn't the playback
            ans.text = f"It isn't the car's low end: a car plays the lows a phone loses. {ans.text}"
        return ans  # "it sounds small", no speaker named and nothing measured off: not the phone
    share_text = ""
    spread = low_end_spread(a)
    if low is not None:
        pct, dev = low
        side = "more" if dev >= 0 else "less"
        against = f"{abs(dev):.1f} dB {side} than the median real mix"
        if spread is not None and not _frames_agree(dev, *spread):
            # the share is of the whole mix, the real range is against the mids: when mids far off the median
            # make the two disagree ("2.1 dB more, outside the range by 4.1 dB"), the range speaks alone
            against = f"against its mids, {range_words(*spread)}"
        elif spread is not None:
            against += f", {range_words(*spread)}"  # a lean inside it is no fault
        share_text = (f"{pct:.0f}% of your mix's energy sits below 250 Hz ({against}), and a "
                      f"{device} speaker plays little under ~{PHONE_LOW_HZ} Hz.")  # fmt: skip
    moves: list[Move] = []
    if bass:
        moves.append(eq(bass[0], 900.0, 2.0, 1.0, f"harmonics a {device} can play carry the bass line",
                        f"Check on the {device} itself: you should follow the bass line without it getting louder on big speakers."))  # fmt: skip
    lead = (
        "Most likely the low end"
        if (boomy is not None or (low and low[1] >= 1.5) or (spread is not None and spread[0] > spread[2]))
        else f"It's the {device} more than the mix"
    )
    named = {rt.name for rt in focus.tracks}
    if (
        bass
        and bass[0].name in named
        and asks_yes_no(focus.intent)
        and level_said(focus.intent.question) == "quiet"
    ):
        # "is the synth bass too quiet?? on my laptop i cant hear any low end": the yes/no on the part first
        lead = f"No, not {bass[0].quoted} itself; it's the {device} more than the mix"
    parts = [f"{lead}: {share_text}" if share_text else f"{lead}.",
             "The bass line only survives there through its harmonics (700 Hz-1.2 kHz, its growl range)."]  # fmt: skip
    if moves:
        parts += [moves[0].try_text, moves[0].check_text]
    if a.channels == 2:
        parts.append(
            f"Mono isn't the problem: correlation {a.stereo.correlation:.2f}, low end {a.stereo.low_end_correlation:.2f}."
        )
    balance = _first(ctx, (FindingKind.TRACK_TOO_QUIET, FindingKind.TRACK_TOO_LOUD))
    if balance is not None and balance.severity >= 0.5:  # small speakers make a balance problem worse
        parts.append(f"On any speaker, though: {lower_first(first_sentence(balance.summary))}")
    return _answer(parts, moves, boomy, explain)


_NARROW_Q = re.compile(
    r"\b(narrow|mono|cramped|cent(er|re)d|squeezed)\b|\b(bunched|piled|crammed|stacked|clumped|stuck)\b|"
    r"\b(in|at) the (middle|cent(er|re))\b|"
    # "does it need more width?": more asked for, so a yes means narrow
    r"\bneeds? (more |some |extra )?(width|spread|widening|stereo)\b|\bmore width\b|"
    r"\b(could|should) (it |the mix )?(be|use|get) (a bit |a little |more )?wider\b",
    re.IGNORECASE,
)
"""A width question asked from the narrow side ("is it too narrow?", "does it sound mono?"): yes means narrow."""


def width(ctx: MixContext, focus: Focus) -> Answer:
    a = ctx.analysis
    assert a is not None
    s = focus.session
    narrow = _first(ctx, (FindingKind.NARROW,))
    stereo = f"correlation {a.stereo.correlation:.2f}, width {a.stereo.width:.2f} (0 is mono)"
    if a.channels < 2:
        return Answer(
            "It's a mono clip, so there's no width to judge: bounce the mix in stereo and ask again."
        )
    if (check := mono_check_how(ctx, focus)) is not None:
        return check  # "how do i flip to mono in reaper n what do i listen for?": the how, then this mix
    if narrow is None and (phase := too_wide_first(ctx, focus)) is not None:
        return phase  # "is the stereo ok?" with the low end out of phase: that, not "wide enough"
    if narrow is None and (wide := too_wide_asked(ctx, focus)) is not None:
        return wide  # "is the low end too wide?" with no problem there: no (or a little), with its numbers
    if narrow is None and (mono := mono_asked(ctx, focus)) is not None:
        return mono  # "will it hold up in mono?": what survives the sum, not "wide enough"
    moves: list[Move] = []
    side = _empty_side(ctx, focus) if narrow is None else None
    if (
        side is not None
    ):  # a part panned to one side sits far too low: that side is what lacks, not the spread
        move = recipe(side, s)
        pan = "left" if {rt.name: rt.track.pan for rt in s.tracks}[side.track or ""] < 0 else "right"
        head = (f"{'Not quite' if focus.intent.wants == Wants.JUDGE else 'Level the sides first'}: "
                f"{side.track!r} is panned {pan} and {_said_of_it(side)}")  # fmt: skip
        return _answer([head, move.try_text, move.check_text], [move], side, focus.intent.explain)
    if narrow is not None:
        moves.append(recipe(narrow, s))
    else:
        cand = [rt for rt in instead(s) if abs(rt.track.pan) < 0.3]
        if len(cand) >= 2:
            moves.append(pan_pair(cand[0], cand[1]))
        elif cand:  # one centred part left to open up: pan it away from the side the others lean to
            lean = sum(rt.track.pan for rt in s.tracks if not rt.track.mute)
            moves.append(pan_one(cand[0], 0.5 if lean < 0 else -0.5))
    wants = focus.intent.wants
    yes_no = asks_yes_no(focus.intent)  # "how's the stereo image?" is judged too, but takes no yes or no
    q = focus.intent.question  # "too narrow?" takes the opposite word of "wide enough?"
    problem_asked = focus.intent.asks_problem or bool(
        _NARROW_Q.search(q) and not re.search(r"\benough\b", q, re.I)
    )
    if narrow is not None:
        said = ("Yes" if problem_asked else "No") if yes_no else "It is narrow"
        head = f"{said}: {lower_first(first_sentence(narrow.summary))}"
    elif wants == Wants.JUDGE and any(f.kind is FindingKind.NARROW and f.severity > 0 for f in ctx.findings):
        # a remark, not a problem: on the narrow side, never "nothing piles up in the middle" at correlation 0.95
        said = ("A little" if problem_asked else "Yes, just about") if yes_no else "On the narrow side"
        head = f"{said}: {stereo}; most of it sits near the middle, though not enough to call it a problem."
    elif wants == Wants.JUDGE:
        said = (
            ("No, it's wide enough" if problem_asked else "Yes, it's wide enough")
            if yes_no
            else "Wide enough"
        )
        head = f"{said}: {stereo}, and nothing piles up in the middle."
    else:
        head = f"It isn't narrow now ({stereo}), so go for contrast rather than more width:"
    if not moves and head.endswith(":"):  # every part already sits off centre: nothing left to spread
        head = head[:-1] + "; your parts already sit apart, so widening more would hollow the middle."
    parts = [head]
    if moves:
        # judged wide enough: the spread move is an option, not a fix the verdict just said isn't needed
        optional = narrow is None and wants == Wants.JUDGE
        said = f"If you want it wider: {lower_first(moves[0].try_text)}" if optional else moves[0].try_text
        # after a heading's colon the move goes on in lower case: "... rather than more width: pan 'Keys' ..."
        said = lower_first(said) if head.endswith(":") else said
        parts += [said, moves[0].check_text]
    return _answer(parts, moves, narrow, focus.intent.explain)


def _empty_side(ctx: MixContext, focus: Focus) -> Finding | None:
    """A too-quiet problem on a part panned well off centre (half way or more): the side it carries is what
    makes the mix feel narrow, so its fader is the width move."""
    pans = {rt.name: rt.track.pan for rt in focus.session.tracks}
    return next((f for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_QUIET and f.track
                 and abs(pans.get(f.track, 0.0)) >= 0.5), None)  # fmt: skip


def tonal(ctx: MixContext, focus: Focus) -> Answer:
    complaint = focus.intent.complaint or ""
    kind, region = TONAL[complaint]
    f = _first(ctx, (kind,)) if kind is not None else None
    s = focus.session
    # "mix is fatiguing, where do i start?" with the snare 10 dB over: its fader, then the EQ
    if f is not None and (first := part_before_lean(ctx, focus, f)) is not None:
        return first
    if f is not None:
        move = recipe(f, s)
        word = "Yes" if focus.intent.wants == Wants.JUDGE else "Here's why"
        word = (
            "No" if word == "Yes" and focus.intent.enough else word
        )  # "is the low end loud enough?": lean, no
        if focus.intent.wants == Wants.HOW_TO:
            parts = [move.try_text, first_sentence(f.summary), move.check_text]
        elif focus.intent.wants == Wants.HOW_MUCH:  # "how much should I take off?": the size first
            parts = [
                f"{size_head(move)} {lower_first(move.try_text)}",
                first_sentence(f.summary),
                move.check_text,
            ]
        else:
            parts = [
                f"{word}: {lower_first(first_sentence(f.summary))}",
                move.try_text,
                f"Why: {WHY.get(f.kind, '')}",
                move.check_text,
            ]
        return _answer(parts, [move], f, focus.intent.explain or focus.intent.wants == Wants.WHY)
    other = ctx.problems[0] if ctx.problems else None
    plain = "nothing there stands out against a typical balance in what I measured"
    # "too dark?" with no dull verdict: the top band's own number against real mixes, not a bare "nothing"
    said = top_words(ctx.analysis, ctx.findings) if complaint == "dull" and ctx.analysis is not None else None
    lacking = said is not None and ctx.analysis is not None and top_side(ctx.analysis) == "below"
    measured = said or f"nothing in {region} stands out against a typical balance in what I measured"
    parts = [f"{'A little' if lacking else 'No'}: {measured}."]
    over = (
        next((x for x in ctx.problems if x.kind is FindingKind.BOOMY), None) if complaint == "thin" else None
    )
    if focus.intent.enough and over is not None:  # "enough low end for a club?" on a mix leaning boomy
        move = recipe(over, s)
        parts = [f"Yes, more than enough: {lower_first(first_sentence(over.summary))}", move.try_text]
        return _answer(parts, [move], over, focus.intent.explain)
    if focus.intent.enough:  # "is the low end loud enough?" with nothing lean there: yes
        parts = [f"{'Not quite' if lacking else 'Yes'}: {measured}."]
    elif (
        other is not None
        and focus.intent.wants == Wants.HOW_TO
        and (instead_ := the_other_way(complaint, other))
    ):
        # "how do i make my mix less harsh" on a mix that leans dull: not the high shelf as the thing to fix first
        parts = [f"By the numbers it's the other way: {lower_first(first_sentence(other.summary))}", instead_]
        return _answer(parts, [], other, focus.intent.explain)
    elif other is not None and focus.intent.wants in (Wants.HOW_TO, Wants.WHAT_FIRST) and said is None:
        if (
            asked := remark_first(ctx, kind, s, other)
        ) is not None:  # "mix sounds wimpy, how do i fix it": thin
            return _answer(asked[0], asked[1], other, focus.intent.explain)
        # "how do I fix it?" after "what's muddying my mix?": the fix of what stands out, then why not an EQ cut
        move = recipe(other, s)
        parts = [f"Fix what stands out first: {lower_first(first_sentence(other.summary))}", move.try_text,
                 f"{capital(region)} measure like a typical balance, so no EQ cut there yet.", move.check_text]  # fmt: skip
        return _answer(parts, [move], other, focus.intent.explain)
    elif help_wanted(focus.intent) and other is None and said is None:
        gentle = by_ear_move(ctx, kind, s) if kind is not None else boxy_move(ctx, s)
        if gentle is not None:  # "how do i make it less muddy?": the how, gently
            near = next(
                (x for x in ctx.findings if x.kind is kind and x.track is None and not x.is_problem), None
            )
            parts = [f"{capital(measured)}, so go gently if you still hear it: {lower_first(gentle.try_text)}",
                     f"At most a remark there: {lower_first(first_sentence(near.summary))}" if near else "",
                     gentle.check_text]  # fmt: skip
            return _answer(parts, [gentle], None, focus.intent.explain)
        if (held := held_back(ctx, kind)) is not None:  # "less boomy" with the lows already lean: why no cut
            return _answer([f"{capital(measured)}, and {held}"], [], None, focus.intent.explain)
    elif other is not None and focus.intent.wants == Wants.HOW_MUCH:
        # "how many dB off?" after "what's clogging the middle?": the size of what does stand out first, then
        # that the region asked about is not it
        move = recipe(other, s)
        parts = [f"{size_head(move)} {lower_first(move.try_text)}", first_sentence(other.summary),
                 f"It isn't {'the top end' if said else region}: {said or plain}."]  # fmt: skip
        return _answer(parts, [move], other, focus.intent.explain)
    elif other is not None and not asks_yes_no(
        focus.intent
    ):  # "why muddy?", another cause measured: not there
        parts = [f"It isn't {'the top end' if said else region}: {said or plain}."]
        if complaint == "thin" and other.kind is FindingKind.BOOMY and said is None:
            # "why does it sound small next to the radio?" on a mix leaning boomy: not a lack, the other way
            parts = ["It isn't a lack of low end: by the numbers it leans the other way."]
    # "why muddy?" with a build-up there under the problem line: said as the remark it is, not left out
    remark = next((x for x in ctx.findings if x.kind is kind and x.track is None and not x.is_problem), None)
    if remark is not None and said is None:
        parts.append(f"At most a remark there: {lower_first(first_sentence(remark.summary))}")
    moves: list[Move] = []
    if other is not None:
        move = recipe(other, s)
        parts += [f"What does stand out: {lower_first(first_sentence(other.summary))}", move.try_text]
        moves.append(move)
    return _answer(parts, moves, other, focus.intent.explain)


def sticks_out(ctx: MixContext, focus: Focus) -> Answer:
    """ "Something sticks out", "is anything too loud?", no instrument named: the track balance findings, the
    direction asked first; a yes/no gets its yes or no (no track off that way: no, and what is off instead)."""
    quiet = focus.intent.complaint == "quiet"
    fight = _first(ctx, (FindingKind.MASKING,)) if focus.intent.complaint == "clash" else None
    sized = focus.intent.wants == Wants.HOW_MUCH  # "how much?" after "why so cluttered?": the size first
    if fight is not None and (loud := balance_fault(ctx, fight)) is not None:  # level before EQ
        move = recipe(loud, focus.session)
        head = "Yes:" if asks_yes_no(focus.intent) else "This:"
        parts = [f"{head} {first_sentence(loud.summary)}", move.try_text, masking_reason(fight, loud)]
        if sized:
            parts[:2] = [
                f"{size_head(move)} {lower_first(move.try_text)}",
                capital(first_sentence(loud.summary)),
            ]
        return _answer(parts, [move], loud, focus.intent.explain)
    if fight is not None:
        move = masking_move(
            fight, focus.session
        )  # "is anything fighting?": the masking problem, then its dip
        head = "Yes:" if asks_yes_no(focus.intent) else "This:"
        parts = [f"{head} {first_sentence(fight.summary)}", move.try_text, move.check_text]
        if sized:
            parts[:2] = [
                f"{size_head(move)} {lower_first(move.try_text)}",
                capital(first_sentence(fight.summary)),
            ]
        return _answer(parts, [move], fight, focus.intent.explain)
    kind = FindingKind.TRACK_TOO_QUIET if quiet else FindingKind.TRACK_TOO_LOUD
    other_kind = FindingKind.TRACK_TOO_LOUD if quiet else FindingKind.TRACK_TOO_QUIET
    judge = asks_yes_no(focus.intent)
    f = _first(ctx, (kind,))
    other = None if f is not None else _first(ctx, (other_kind,))
    if f is None and other is None:
        if judge and focus.intent.complaint in ("loud", "quiet"):
            return _no_level_off(ctx, focus, kind)
        from model.answer import problems_answer

        opener = "No single track stands out in level; what does:"
        if judge and focus.intent.complaint == "clash":  # "is the mix cluttered?": a no first, then the lean
            opener = "No: no two parts fight and no single track stands out in level; what does stand out:"
        return problems_answer(ctx, focus.session, focus.intent, opener=opener)
    g = f or other
    assert g is not None and g.track is not None
    move = recipe(g, focus.session)
    way = "too low" if quiet else "too loud"
    hides = next(
        (m for m in ctx.problems if m.kind is FindingKind.MASKING and balance_fault(ctx, m) == g), None
    )
    both = judge and _BOTH_WAYS.search(focus.intent.question) is not None
    if both:
        # "is anything too loud or buried?" with a part too loud: either way asked, so a fault either way is a yes,
        # with the way it is off
        head = "Yes, one too low:" if g.kind is FindingKind.TRACK_TOO_QUIET else "Yes, one too loud:"
    elif f is not None:
        head = "Yes:" if judge else f"It's {g.track!r}:"
    elif quiet and hides is not None and not judge:  # "words are getting lost": the part on top of them
        head = f"It's {g.track!r} on top, not a part {way}:"
    else:
        head = f"No, nothing sits {way}; the opposite:" if judge else f"Nothing sits {way}; the opposite:"
    parts = [f"{head} {lower_first(first_sentence(g.summary))}", move.try_text, move.check_text]
    if (
        f is not None and focus.intent.wants == Wants.HOW_MUCH
    ):  # "how much should I turn it down?": the size first
        parts = [
            f"{size_head(move)} {lower_first(move.try_text)}",
            capital(first_sentence(g.summary)),
            move.check_text,
        ]
    if hides is not None:  # the clash that fader causes, said after it as what it hides
        parts.insert(2, masking_reason(hides, g))
    return _answer(parts, [move], g, focus.intent.explain)


_BOTH_WAYS = re.compile(
    r"\b(loud|hot|sticking out|poking out|jumping out)\w*\b[^?.]{0,20}\bor (too |way too )?"
    r"(quiet|low|soft|buried|sinking|hiding|lost)\b|"
    r"\b(quiet|low|soft|sinking|hiding|buried)\w*\b[^?.]{0,20}\bor (too |way too )?(loud|hot|sticking out|poking out)\b",
    re.IGNORECASE,
)
"""Both ways asked at once ("too loud or too quiet", "anything sticking out or sinking"): the no covers both."""


def _no_level_off(ctx: MixContext, focus: Focus, kind: FindingKind) -> Answer:
    """ "Is anything too loud?" with no track off in level: no, with a remark that way if one stands outside
    what real mixes do, and the problem that does stand out (a different one) after."""
    way = "too low" if kind is FindingKind.TRACK_TOO_QUIET else "too loud"
    if _BOTH_WAYS.search(focus.intent.question):  # "is any one track way too loud or too quiet?": both denied
        way = "too loud or too low"
    parts = [
        f"No: no track sits {way}; every level is inside the range its role gets in well-rated real mixes "
        "(MixologyDB) or near it."
        if focus.session is not None and focus.session.tracks
        else "I can't tell which part from the stereo mix alone: with no REAPER session (or --snapshot), no "
        "track's own level is measured."  # never "every level is inside the range" of tracks nobody measured
    ]
    remark = next(
        (f for f in sorted(ctx.findings, key=lambda f: -f.severity)
         if f.kind is kind and f.track and not f.is_problem and not inside_spread(f)),
        None,
    )  # fmt: skip
    if remark is not None:
        parts.append(f"If anything, {lower_first(first_sentence(remark.summary))} Small stuff, your call.")
    moves: list[Move] = []
    problem = ctx.problems[0] if ctx.problems else None
    if problem is not None:
        move = recipe(problem, focus.session)
        parts += [f"What does stand out: {lower_first(first_sentence(problem.summary))}", move.try_text]
        moves.append(move)
    return _answer(parts, moves, problem, focus.intent.explain)


LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
TONE_KINDS = (FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.HARSH, FindingKind.DULL, FindingKind.THIN)


def balance(ctx: MixContext, focus: Focus) -> Answer:
    """ "Is the mix balanced?": the tracks' levels against each other (the balance findings), yes or no first;
    the whole mix's tone is a different question, said after as the whole mix's when it stands out."""
    s = focus.session
    wants = focus.intent.wants
    levels = sorted((f for f in ctx.findings if f.kind in LEVEL_KINDS and f.track), key=lambda f: -f.severity)
    off = next((f for f in levels if f.is_problem), None)
    remark = next((f for f in levels if not f.is_problem and not inside_spread(f)), None)
    tone = _first(ctx, TONE_KINDS)
    f = off or remark
    if f is not None:
        move = recipe(f, s)
        # "is anything off balance?": a fault found is yes
        found = "Yes:" if focus.intent.asks_problem else "No:"
        verdict = (found if off is not None else "Mostly, one thing:") if wants == Wants.JUDGE else ""
        lead = f"{verdict} {first_sentence(f.summary)}".strip()
        parts = [move.try_text, lead] if wants == Wants.HOW_TO else [lead, move.try_text]
        parts.append(move.check_text)
        if tone is not None:
            parts.append(f"Separately, the whole mix's tone: {lower_first(first_sentence(tone.summary))}")
        return _answer(parts, [move], f, focus.intent.explain)
    if not s or ctx.analysis is None:
        from model.answer import problems_answer

        return problems_answer(ctx, s, focus.intent, opener="On the mix:")
    head = (
        f"{_balanced_word(wants, focus.intent.asks_problem)}: no track's level stands out against "
        "the range its role gets in well-rated real mixes (MixologyDB)."
    )
    parts = [head]
    moves: list[Move] = []
    if tone is not None:
        move = recipe(tone, s)
        parts += [
            f"The whole mix's tone is another matter: {lower_first(first_sentence(tone.summary))}",
            move.try_text,
        ]
        moves.append(move)
    return _answer(parts, moves, tone, focus.intent.explain)


def _balanced_word(wants: str, asks_problem: bool) -> str:
    """The opener when no level stands out: 'is it balanced?' is yes, 'is anything off balance?' is no."""
    if wants != Wants.JUDGE:
        return "The levels are fine already"
    return "No, nothing is off" if asks_problem else "Yes"


WHICH_SIDE = re.compile(r"\bwhich (side|channel|speaker|ear)\b", re.IGNORECASE)
"""The asker wants a side named ("which side is louder?"), not a yes or no."""


_STILL = re.compile(r"\bstill\b", re.IGNORECASE)
"""A lean asked as still there after a move: its good state is a no."""
CENTRED_OR = re.compile(
    r"\bcent(er|re|ere)d or\b|\bor (is it |it's )?(skewed|lopsided|off[- ]?cent(er|re|ere)d?|leaning|tilted)\b|"
    # "does the mix still lean right or is it centered now": the centred state offered second
    r"\bor (is it |it's |its )?(now )?cent(er|re|ere)d\b",
    re.IGNORECASE,
)
"""'is my stereo image centred or skewed?': the two states offered, so the answer names one, not a yes or no."""


def lopsided(ctx: MixContext, focus: Focus) -> Answer:
    """ "Does the mix lean to the right?": the measured left/right balance, yes or no first; when a track panned
    that way is too loud (or one panned away too quiet), its fader is the fix, as an engineer would start."""
    lean = next((f for f in ctx.findings if f.kind is FindingKind.LR_IMBALANCE), None)
    d = ctx.analysis.stereo.lr_balance_db if ctx.analysis is not None else 0.0
    if ctx.analysis is not None and ctx.analysis.channels == 1:  # one channel: no side to be louder
        head = "Neither" if WHICH_SIDE.search(focus.intent.question) else "No"
        return Answer(
            f"{head}: this clip is mono (one channel), so both speakers play the same signal.", [], None
        )
    if lean is None or lean.severity <= 0.0:
        felt = _felt_lean(ctx, focus, d)
        if felt is not None:
            return felt
        # "compare the left and right" takes no no; "which side is louder?" takes "Neither"
        head = (
            "Neither: the"
            if WHICH_SIDE.search(focus.intent.question)
            else "Centred: the"
            if CENTRED_OR.search(focus.intent.question)
            # "backed the right gtr off, is it even now?" / "... still leaning?": the state after the move
            else (
                "No, not anymore: the" if _STILL.search(focus.intent.question) else "Yes, it's even now: the"
            )
            if focus.intent.wants == Wants.BETTER
            else "Yes: the"
            if asks_yes_no(focus.intent) and focus.intent.asks_ok
            else "No: the"
            if asks_yes_no(focus.intent)
            else "The"
        )
        parts = [
            f"{head} two channels are within {abs(d):.1f} dB of each other, so the mix sits centred.",
            # "pulled gtr R down, does it still lean right?": what the move did to the lean on the last clip
            lean_after_move(ctx),
            "If one side still feels heavier, check your room and speaker placement with a mono track panned centre.",
        ]
        return Answer(" ".join(p for p in parts if p), [], None)
    cause = max(lean_causes(ctx, focus, d), key=lambda f: f.severity, default=None)
    side = "left" if d > 0 else "right"
    said_lean = lower_first(first_sentence(lean.summary))
    which = WHICH_SIDE.search(focus.intent.question)
    head = f"The {side}: {said_lean}" if which else f"Yes, it leans {side}: {said_lean}"
    if focus.intent.wants in (Wants.WHAT_FIRST, Wants.HOW_TO) and not which:
        head = f"It leans {side}: {said_lean}"  # "lopsided, what should i fix first?": no yes/no was asked
    if focus.intent.asks_ok and not which:
        head = f"No, it leans {side}: {said_lean}"  # "is the stereo image balanced?": the even state asked
    if CENTRED_OR.search(focus.intent.question) and not which:
        head = f"Off centre, it leans {side}: {said_lean}"  # "centred or skewed?": the side that is true
    elif focus.intent.wants == Wants.BETTER and not which:
        # "pulled the right gtr down 20db, balanced now?" and it leans the other way: not a yes to "balanced"
        past = cause is not None and _moved_past(cause, focus.intent.question)
        head = f"No, {'too far the other way: ' if past else ''}it leans {side}: {said_lean}"
    asks_why = focus.intent.wants == Wants.WHY and not which
    if asks_why:  # "right side is louder than left, why?": the lean told, then its cause, no yes
        head = f"It leans {side}: {said_lean}"
    if cause is None:
        move = recipe(lean, focus.session)
        return _answer([head, move.try_text, move.check_text], [move], lean, focus.intent.explain)
    blamed = {rt.name for a in focus.asked for rt in a.tracks}
    if blamed and cause.track not in blamed and not (which or asks_why):
        # "lopsided, is my right guitar too quiet?" with the left one 10 dB up: the part that leans it instead
        head = f"Rather {cause.track!r}: it leans {side}: {said_lean}"
    move = recipe(cause, focus.session)
    said = _said_of_it(cause)
    own_pan = next((rt.track.pan for rt in focus.session.tracks if rt.name == cause.track), 0.0)
    why = f"{cause.track!r} is panned {'left' if own_pan < 0 else 'right'}, and {said}"  # its own side, not the lean's
    why = f"Because {why}" if asks_why else why
    return _answer([head, why, move.try_text, move.check_text], [move], cause, focus.intent.explain)


def _said_of_it(cause: Finding) -> str:
    """The cause's first sentence continued after a clause naming its track ("'Gtr R' is panned left, and it
    sits ..."): its own name is replaced by "it"."""
    said = first_sentence(cause.summary)
    if said.startswith(f"{cause.track!r} "):
        return "it " + said[len(repr(cause.track)) + 1 :]
    return lower_first(said)


_SIDE_WEAK = re.compile(
    r"\b(?P<a>left|right)( side| channel| speaker| ear)?\b[^,.;?!]{0,15}?\b(fell|falls|falling|fall|dropped|drops|dropping|"
    r"drop|cut|cuts|cutting) (out|away|off)\b|\b(?P<b>left|right)( side| channel| speaker)?( of (the|my|our|this) (mix|song|track))?"
    r"( is| sounds?| feels?| seems?| went| goes)?( kind of| kinda| a bit| really| so| way| almost)? (missing|gone|empty|weak|weaker|quiet|quieter|thin|dead|"
    r"hollow|lost|vanish\w*|disappear\w*)\b",
    re.IGNORECASE,
)
"""One side said to have dropped away ("the whole right side fell out"): the lean felt is to the other side."""


_BOTH_SIDES = re.compile(
    r"\bleft (to|and|n|&|vs\.?|versus) right\b|\bright (to|and|n|&|vs\.?|versus) left\b|\bside to side\b",
    re.I,
)
"""The balance asked across both sides ("balanced left to right?"), whatever part a side word names elsewhere."""


def _moved_past(cause: Finding, question: str) -> bool:
    """True when the move the question reports went the way that left ``cause`` off: down and now too quiet, or up
    and now too loud ("pulled the right gtr down a full 20db, balanced now?")."""
    went = reported_direction(question)
    return went == (DOWN if cause.kind is FindingKind.TRACK_TOO_QUIET else UP)


def _felt_lean(ctx: MixContext, focus: Focus, d: float) -> Answer | None:
    """ "why does the mix feel lopsided to the left?" when the meters read centred: a part panned to one side
    sitting far off its level pulls the ear that way before it moves the meters, so it is named with its fader."""
    named = re.search(r"\b(left|right)\b", focus.intent.question, re.IGNORECASE)
    # "which side is louder?", "anything lopsided?": no side named, so the ear's pull either way is weighed
    sides = [named.group(1).lower()] if named else ["left", "right"]
    if _BOTH_SIDES.search(focus.intent.question):
        sides = ["left", "right"]  # "is it balanced left to right now?": a side word names no side
    if (weak := _SIDE_WEAK.search(focus.intent.question)) is not None:
        # "like the whole right side fell out": the side said weak, so the ear is pulled to the other one
        sides = ["left" if (weak.group("a") or weak.group("b")).lower() == "right" else "right"]
    pulls = [(f, side) for side in sides for f in lean_causes(ctx, focus, 1.0 if side == "left" else -1.0)]
    if not pulls:
        return None
    cause, side = max(pulls, key=lambda p: p[0].severity)
    pans = {rt.name: rt.track.pan for rt in focus.session.tracks}
    pan = pans.get(cause.track or "", 0.0)
    move = recipe(cause, focus.session)
    said = _said_of_it(cause)
    if WHICH_SIDE.search(focus.intent.question):
        lead = f"The {side}, to the ear: the"
    else:
        lead = "Yes, to the ear: the" if focus.intent.wants == Wants.JUDGE else "The"
        if focus.intent.wants == Wants.BETTER:
            # "pulled the right gtr down 20db, balanced now?" with it now too quiet: the move went past even
            lead = (
                "No, too far the other way: the"
                if _moved_past(cause, focus.intent.question)
                else "Not quite: the"
            )
        if CENTRED_OR.search(focus.intent.question):
            lead = "Off centre to the ear: the"  # "centred or skewed?": the side that is true, not a yes
    head = (f"{lead} meters read the two channels within {abs(d):.1f} dB of each other, but {cause.track!r} is panned "
            f"{'left' if pan < 0 else 'right'} and {said} That pulls your ear to the {side}.")  # fmt: skip
    return _answer([head, move.try_text, move.check_text], [move], cause, focus.intent.explain)


def master_answer(ctx: MixContext, focus: Focus) -> Answer:
    complaint = focus.intent.complaint
    if complaint == "loudness":
        return loudness(ctx, focus)
    if complaint == "small":
        return small(ctx, focus)
    if complaint == "narrow":
        return width(ctx, focus)
    if complaint in TONAL:
        return tonal(ctx, focus)
    if complaint in ("clipping", "squashed", "punch"):
        return dynamics(ctx, focus)
    if complaint in ("loud", "quiet", "clash"):
        return sticks_out(ctx, focus)
    if complaint == "balance":
        return balance(ctx, focus)
    if complaint == "lopsided" and ctx.analysis is not None:
        return lopsided(ctx, focus)
    from model.answer import problems_answer
    from model.lean_only import OVERVIEW_Q

    # "how does it come across?": an opinion of the whole mix; a fault measured is the one thing that stands out
    opinion = not focus.intent.instruments and OVERVIEW_Q.search(focus.intent.question)
    # "finished the mix, what do you hear?": the open look, told as what is noticed first
    listen = focus.intent.wants == Wants.LISTEN
    opener = "One thing stands out:" if opinion else "First thing I notice:" if listen else "On the mix:"
    return problems_answer(ctx, SessionView(ctx.snapshot), focus.intent, opener=opener)
