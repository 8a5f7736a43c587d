"""The built-in advisor's answer to one ask: understand the question, gather the evidence for what was asked,
answer that first. Also the source of every backend's suggestion cards (``model.cards``).

Dispatch: silence -> say what to check; a vague request -> one question back; "did that help?" -> compare with
the previous clip; an instrument -> its track(s) (or say it is not there, or inside another track); a
technique -> knowledge and MixologyDB; the whole mix -> the complaint's own measurement; the open question ->
the most severe problems.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, MixContext
from model.about_opening import about_opening
from model.added_high_pass import added_high_pass
from model.answer_amount import MORE_OR_LESS, amount_answer, amount_technique
from model.answer_carrier import complaint_carrier
from model.answer_compare import better_now
from model.answer_craft import craft_first, known_answer, mix_measured
from model.answer_craft import needs_listening as symptom_needs_listening
from model.answer_dynamics import dynamics, mix_squash_asked, too_dynamic, too_dynamic_asked
from model.answer_form import answer_the_alternative, fine_side_named
from model.answer_frequency import frequency_first
from model.answer_level_tone import level_and_tone
from model.answer_loudness import limiter_need
from model.answer_master import lopsided, master_answer
from model.answer_pan import pan_answer
from model.answer_parts import focus_on, pair_levels, pointed_part
from model.answer_plugin import plugin_answer
from model.answer_quality import master_quality, quality_answer, quality_of
from model.answer_region import region_answer
from model.answer_reverb import reverb_answer
from model.answer_scope import clash, either_missing, inside, missing, no_session
from model.answer_tracks import answer_asked
from model.answer_verdict import verdict_first
from model.asked_clause import asked_clause
from model.asked_direction import directed_amount
from model.asked_platform import platform_follow_up, platform_intent
from model.blamed_location import located, master_squash, with_frequency_claim
from model.busy_part import busy_part
from model.covering_side import covering_side
from model.creative_fx import in_effect_name
from model.declined_move import declined_before, without_declined
from model.depth_craft import asks_depth
from model.early_routes import early_answer
from model.evidence import against_reference_first, ranked_problems, track_evidence
from model.fallback_step import fallback_answer
from model.family_fault import guessed_member, with_family_fault
from model.faulted_first import faulted_first
from model.focus import Asked, Focus, name_words, understand
from model.gear_question import gear_answer
from model.good_or_fault import good_first
from model.guessed_part import guess_said_back, guessed_part
from model.guessed_technique import fault_over_technique, host_only, symptom_first
from model.hypothetical_move import as_permission
from model.impact_carrier import with_next_step
from model.intent import Intent, IntentKind, Wants, classify, instrument_words
from model.intent_forms import BASS_AMOUNT, CHECK_Q, EITHER_OR, TWO_RANKED
from model.intent_wants import WHICH_ASKED
from model.kept_clear import kept_clear, without_limited
from model.knowledge_only import known_without_audio
from model.late_passes import late_passes
from model.lead_carrier import lead_behind, lead_reason
from model.lean_after_move import lean_after_move
from model.lean_only import LEAVE_OFFERED, lean_only_answer, optional_move
from model.lean_verdict import lean_not_fault
from model.level_or_amount import level_side_measured
from model.louder_of import louder_head
from model.masker_level import balance_fault
from model.missing_note import missing_note
from model.move_loudness import move_loudness
from model.move_size import move_size
from model.music_facts import music_facts
from model.neither_but import neither_but
from model.no_amount import no_amount
from model.none_claimed import none_claimed
from model.other_part_now import other_part_now
from model.other_song import other_song
from model.pair_sides import split_sides
from model.part_blamed import whole_tone
from model.part_top import part_top_answer
from model.phrasing import (
    EXPLAIN_WORDS,
    MAX_WORDS,
    NOTHING_HEARD,
    Answer,
    capital,
    first_sentence,
    fit,
    lower_first,
    split_sentences,
)
from model.pitch_timing import pitch_timing
from model.place_either import place_or_part
from model.placement_fault import placement_first
from model.plugin_presence import presence_first
from model.pronoun_part import pronoun_part
from model.pump_cause import pump_cause
from model.range_fault import fader_before_eq, part_over_lean
from model.recipes import RECIPES, recipe, size_head
from model.reference_weak import weak_next_to_reference, with_reference_hint
from model.score_asked import score_asked
from model.second_claim import both_claims
from model.session_view import SessionView
from model.set_aside import set_aside_ranked
from model.source_or_mix import SOURCE_OR_MIX
from model.stand_in import stand_in_note
from model.state_now import state_now
from model.suspected_other import suspected_other
from model.thanks import thanked, thanks_answer
from model.tool_for_complaint import tool_for_complaint
from model.tool_for_feel import tool_for_feel
from model.tool_or_fader import tool_or_fader
from model.top_end import asks_too_bright, too_bright_answer, top_part
from model.tuck_under import tuck_under
from model.unmatched_part import unmatched_part
from model.unnamed_amount import unnamed_amount
from model.verdict_agrees import agreeing_verdict
from model.verdict_opening import opening, without_opening
from model.verdict_place import placed_verdict
from model.verdict_reason import reason_answer
from model.verdict_shapes import shaped_verdict
from model.whats_wrong import whats_wrong
from model.why import WHY

OPENERS = ("First thing I notice:", "What jumps out:", "Main thing:")


def understand_context(ctx: MixContext) -> Focus:
    """The question of ``ctx`` understood against its session and conversation."""
    session = SessionView(ctx.snapshot)
    intent = classify(as_permission(ctx.question) or ctx.question, ctx.history, names=name_words(session))
    intent = pronoun_part(
        intent, ctx.question, ctx.history, name_words(session)
    )  # "they seem loud": those parts
    intent = platform_intent(intent, ctx.question)  # "is it ok for broadcast?": that destination's loudness
    intent = platform_follow_up(intent, ctx.question, ctx.history)  # and "how do i fix that?" after it
    # "good now?", no clip before; "the loudest apart from the vocal": the vocal is no part asked
    return understand(set_aside_ranked(state_now(intent, ctx.previous, ctx.question)), session)


def compose(ctx: MixContext, focus: Focus | None = None) -> Answer:
    """The answer to the question of ``ctx``, its first words fitted to the question's form."""
    focus = guessed_member(focus or understand_context(ctx))  # "off in the vocals, is it the harmony?"
    # "why?" after a verdict: what it does to a listener; "will that make it too loud?": the move just given;
    # "is the bazz too low?": the likeliest track, or the words not matched, never the mix
    # "why that one? i was sure the horns were it": why the pick, why not theirs
    leaning = suspected_other(ctx, focus, compose) or reason_answer(ctx, focus, compose)
    leaning = leaning or move_loudness(ctx, focus, compose)
    leaning = move_size(ctx, focus, compose) or leaning  # "why only 6 dB?": the size of the move just given
    leaning = leaning or fallback_answer(ctx, focus, compose)  # "and if that doesn't work?": the next step
    leaning = leaning or added_high_pass(ctx, focus, compose)  # "high-pass it too?" after a fader move
    leaning = leaning or other_song(ctx, focus, compose)  # "did that help?" with the clip before another song
    # "clap's tamed. how's the vocal now?": the vocal's state, then how the move on the clap came out
    leaning = leaning or other_part_now(ctx, focus, compose)
    leaning = leaning or gear_answer(ctx, focus) or pitch_timing(ctx, focus)  # a sound card; "out of tune?"
    # "what key is this in?", "what genre is this?": not measured
    leaning = leaning or music_facts(ctx, focus)
    if (leaning := leaning or unmatched_part(ctx, focus, compose)) is not None:
        # "is it the room i recorded in or the guitar landing on my voice?" read as gear: the measured cover
        return covering_side(ctx, focus, leaning)
    focus = with_frequency_claim(focus)  # "too much 3k on the master?": a harsh claim, judged on that band
    ans = early_answer(ctx, focus) or _compose(ctx, focus)  # a narrow shape's own route first
    if focus.intent.wants == Wants.JUDGE and focus.intent.instruments:  # a part's state, not "is anything"
        ans = answer_the_alternative(focus.intent.question, ans)
        # "does it want lifting or is it sitting where it should" with nothing to move: "It's fine:"
        ans = fine_side_named(focus.intent.question, ans)
    ans = lean_not_fault(ctx, focus, ans)  # "are we good?" with only a lean measured: yes, the lean "at most"
    ans = verdict_first(focus, ans)  # a yes/no question gets its verdict first, whatever path answered
    ans = agreeing_verdict(focus, ans)  # and that verdict agrees with the finding the body leads with
    ans = shaped_verdict(focus, ans)  # an either/or, a more-or-less ask, a compound, a negated tag
    ans = none_claimed(focus, ans)  # "nothing is too loud, right?": "Right" or "Not quite", never a bare yes
    ans = both_claims(ctx, focus, ans)  # "drums are fine right? it's the horns": both claims answered
    ans = located(ctx, focus, ans)  # "too much 3k on the master?" with one part off: "No, not the master"
    ans = part_over_lean(ctx, focus, ans)  # and a part too loud in that range outranks the whole mix's lean
    ans = fader_before_eq(ctx, focus, ans)  # "how do I fix the mud?", a part too loud there: its fader first
    ans = place_or_part(ctx, focus, ans)  # "is it the master eq or the guitars?": the side measured, first
    ans = whole_tone(ctx, focus, ans)  # "is it the guitars making it harsh?": no, the whole mix is
    ans = with_family_fault(ctx, focus, ans)  # "off in the vocals, is it the lead?": then what is off
    ans = guess_said_back(ctx, focus, ans)  # "is the kick too loud, is that why ...": cleared of "too loud"
    ans = about_opening(focus, ans)  # "what about the drums?": no yes/no opening to an open follow-up
    ans = busy_part(focus, ans)  # "keys way too busy, mute some notes?": the level measured, the notes by ear
    said = ans.text  # the notes below rewrite the text in place: the answer is refitted when one was added
    noted = stand_in_note(focus, ans)  # "the organ" answered on 'Piano': says there is no organ
    noted = missing_note(focus, noted)  # "sidechain the upright to the kick?", no kick here: says so
    noted = pump_cause(focus, noted)  # "why does it pump when the sub comes in?": how its level does that
    added = noted.text != said or focus.missing or any(a.stand_in for a in focus.asked)
    ans = _refit(focus.intent, noted) if added else noted
    ans = directed_amount(ctx, focus, ans)  # "how much should I cut the organ?" with it too quiet: not a cut
    ans = unnamed_amount(ctx, focus, ans)  # "how much should I cut the" (name lost): a cut measured, or none
    ans = with_reference_hint(ctx, focus, ans)  # "small next to my reference", none given: --reference
    names = {t.name for t in focus.session.tracks} if focus.session else set()
    # one verdict, at the opening, the word after it in lower case
    ans = placed_verdict(ans, names, focus.intent)
    # "so I'd leave it" on a part, in this answer or (for a yes/no, not "how much should I turn it down?", which
    # asks for the move) in the one before on the same measurement: no card (nor sentence) moving its fader
    judged = focus.intent.wants == Wants.JUDGE
    ans = without_declined(ans, names, declined_before(ctx.history, ctx.findings, names) if judged else set())
    ans = frequency_first(focus, ans)  # "which frequency?": where the EQ move goes, first
    # "is the eq on the guitar causing that?": that plug-in, as the session shows it, first ("is it the eq or just
    # the fader?": the side measured, named); then the top end's numbers, a level before settings, two asks in order
    return late_passes(ctx, focus, tool_or_fader(ctx, focus, ans, plugin_answer(ctx, focus, ans)), compose)


def _compose(ctx: MixContext, focus: Focus) -> Answer:
    intent = focus.intent
    s = focus.session
    if any(f.kind is FindingKind.SILENCE for f in ctx.findings):
        return silence(ctx, s)
    if intent.wants == Wants.BETTER:
        if intent.complaint == "lopsided" and ctx.previous is not None and lean_after_move(ctx):
            # "pulled the left gtr down, still leaning left or centred now?": the lean now, and what the move did
            return lopsided(ctx, focus)
        return better_now(ctx, focus)
    # "rate it out of 10": no score, what was measured; "what's wrong?": the main fault first
    if (asked := score_asked(ctx, focus) or whats_wrong(ctx, focus)) is not None:
        return asked
    amount = amount_technique(intent.question, intent.technique) if intent.wants == Wants.JUDGE else None
    # "vocal keeps getting lost, should I compress it more?", "feels hollow, is my reverb too dry?": the cause first
    # "horns sound far away, more reverb or less?": the amount asked both ways is the question, the sound its reason
    either_amount = amount is not None and MORE_OR_LESS.search(intent.question) is not None
    if (
        intent.complaint not in (None, "loud", "squashed", *(("loudness",) if amount else ()))
        and not either_amount
    ) or (amount and symptom_first(ctx, focus)):
        amount = None
    if amount and level_side_measured(ctx, focus):
        amount = None  # "too washy or too loud?" with the part 10 dB over: the level side is the one measured
    if too_dynamic_asked(intent) and ctx.analysis is not None:
        return too_dynamic(ctx, focus)  # "is my mix too dynamic for radio?": the same PLR, the other way
    if (present := presence_first(ctx, focus)) is not None:  # "is there a compressor on the bass?": yes or no
        return present  # first, then a level fault on it ("But first: ...")
    # "everything's washed out, cut the verb on the vocal?" with the pad 10 dB over: the pad, not the reverb
    if (
        intent.technique
        and host_only(intent.question, intent.mentions)
        and (hosted := fault_over_technique(ctx, focus)) is not None
    ):
        return hosted
    # "is there reverb on the snare?", "too much reverb?" of a mix file or with a return track to move
    if (rv := reverb_answer(ctx, focus, amount, _level_first(ctx, focus))) is not None:
        return rv
    if amount and intent.complaint == "loudness" and (need := limiter_need(ctx, focus)) is not None:
        return need  # "do i need more compression for spotify?": whether to get louder, the loudness says
    if s and amount and not focus.missing and not _level_first(ctx, focus):
        return amount_answer(ctx, focus, amount)  # "too much reverb?": what the session carries, honestly
    if mix_squash_asked(intent, amount, bool(s)) and ctx.analysis is not None:
        return dynamics(ctx, focus)  # "is my mix too compressed?": the mix's own PLR says, no plug-ins needed
    if amount and not s:  # no session to read the plug-ins from: say what can't be told, then the knowledge
        known = known_answer(ctx, focus, amount)
        head = f"I can't tell how much {amount} you have without your session (--snapshot): it's read from your plug-ins."
        heard = known.text[known.text.find(NOTHING_HEARD) :] if NOTHING_HEARD in known.text else ""
        rest = known.text.replace(heard, "").strip()
        return replace(known, text=fit([head, heard, rest], MAX_WORDS, keep=2))
    if ctx.analysis is None and ctx.snapshot is None and not needs_listening_intent(intent):
        return known_answer(ctx, focus, intent.technique or COMPLAINT_TECHNIQUE.get(intent.complaint or ""))
    if focus.ambiguous and not intent.instruments and not intent.technique:
        # "thanks!", "ok got it": no question to ask back about
        return thanks_answer(ctx, ctx.question) if thanked(intent.question) else clarify(ctx)
    if _unclear_level(intent):
        return clarify_subject(ctx, intent)
    if (tucked := tuck_under(ctx, focus)) is not None:  # "how do i sit the organ behind the vocal?": the gap
        return tucked
    if (pair := pair_levels(ctx, focus)) is not None:  # "is one guitar louder than the other?": two meters
        return pair
    if (pointed := pointed_part(ctx, focus)) is not None:  # "why is everything else hard to hear?": one part
        return answer_asked(ctx, focus_on(focus, *pointed), pointed[0])
    if not _level_first(ctx, focus) and (craft := craft_first(ctx, without_limited(focus))) is not None:
        # "how do I widen the pad?", "the s sounds on my vocal are piercing": the technique asked for; "... without
        # it eating the vocal": and the words' slot kept clear in it
        return kept_clear(ctx, focus, craft)
    placing = intent.instruments and intent.technique and intent.complaint is None
    # "how do i glue the vocal in, it feels pasted on top" with it 10 dB over: its fader first, then the technique
    if placing and not _level_first(ctx, focus) and (placed := placement_first(ctx, focus)) is not None:
        return placed
    if intent.complaint == "lopsided" and (leaned := fault_over_technique(ctx, focus)) is not None:
        return leaned  # "mix leans right, that guitar's louder, re-pan them?": the fader leaning it first
    if (
        intent.complaint == "lopsided"
        and ctx.analysis is not None
        and WHOLE_LEAN.search(intent.question)
        and not (intent.should or intent.asks_raise or intent.technique)  # "the mix leans right. turn it up?"
    ):
        # "why is the whole mix tipping right? i panned both gtrs evenly": the mix's lean, whatever parts it names
        return lopsided(ctx, focus)
    if s and (placed := pan_answer(ctx, focus, _level_first(ctx, focus))) is not None:
        return placed  # "is the bass in mono?", "are the hats panned too far?": where it sits, not its level
    if intent.instruments and not (
        intent.technique and intent.complaint is None and not _level_first(ctx, focus)
    ):
        # the part off first ("the kick vanishes, is the bass too loud?" with the bass measured off: the bass)
        named = [a for a in focus.asked if a.found]
        guess = guessed_part(focus)
        found = faulted_first(ctx, intent, named, guess)
        guess_led = guess is not None and found[:1] == [guess] and named[:1] != [guess]
        if intent.complaint == "clash" and len(found) >= 2:
            return clash(ctx, focus, found)
        if not s and BASS_AMOUNT.search(intent.question) and len(focus.asked) == 1:
            # "too much bass??" of a stereo file: the amount of bass is the mix's low end, which it measures
            said = BASS_AMOUNT.sub(lambda m: m.group(0).replace("bass", "low end"), intent.question)
            return _compose(ctx, understand(classify(said, ctx.history), focus.session))
        if not s:
            return no_session(ctx, focus, focus.asked[0])
        if focus.missing and len(found) == 1 and len(focus.asked) == 2 and EITHER_OR.search(intent.question):
            return either_missing(ctx, focus, found[0], focus.missing[0])  # "bass or kick?", no kick here
        # "a leslie sim on the rhodes?": a word of an effect's name is no part missing from the session
        gone = [a for a in focus.missing if not in_effect_name(a.said or a.word, intent.question)]
        if focus.missing and (not found or (focus.asked[0].how == "missing" and focus.asked[0] in gone)):
            if intent.technique == "automation" and intent.wants in (Wants.JUDGE, Wants.HOW_TO):
                # "a tom fill thuds way louder, automate the toms down there?" with no tom track: the fill plays on
                # some other track, and the ride is how it's done there (the absence said first)
                return known_answer(ctx, focus, "automation")
            return missing(ctx, focus, (gone or focus.missing)[0])
        if (top := part_top_answer(ctx, focus, found[0])) is not None:
            return top  # "are the hats too bright?": the mix's top against real mixes, and the part's share of it
        if (both := level_and_tone(ctx, focus, found[0])) is not None:
            return both  # "vocal so harsh n loud" at a fine level: the level, then the tone, both answered
        if found[0].how == "inside":
            return inside(ctx, focus, found[0])
        if (
            sides := split_sides(found, intent.question, tuple(focus.session.tracks))
        ) is not None and EITHER_OR.search(intent.question):
            # "which is louder, gtr l or gtr r?": the pair's two sides are the two choices
            return answer_either(ctx, replace(focus, asked=tuple(sides)), sides)
        # "acoustic is strummy, the vibe or too much?": two words for one track are no choice of parts
        # "is it turned down too low in the kit or is the sample weak?": the kit holds the snare, a place not a choice
        held = [a for a in found if not any(b is not a and _inside_of(b, a) for b in found)]
        alone = _one_side_named(intent.question, held)
        if alone is not None:
            # "the guitars swallow my voice, is the vocal really too low or is that just earbuds?": the part asked
            # against a device or a take, not against the part said before the question
            found = sorted(found, key=lambda a: not (a.tracks and a.tracks[0].name == alone))
        elif (
            len({a.tracks[0].name for a in held if a.tracks}) >= 2
            and EITHER_OR.search(intent.question)
            # "sinks under the guitars, is that a mix thing or is my voice just weak?": the mix or the take
            and not SOURCE_OR_MIX.search(intent.question)
        ):
            return answer_either(ctx, focus, found)
        elif (praised_past := _asked_past_praise(intent.question, held)) is not None:
            # "kick n snare are landing nicely but are the hi hats too loud?": the hats, whatever is measured
            found = sorted(found, key=lambda a: a is not praised_past)
        elif (claimed := _claim_subject(intent.question, held)) is not None and not _either_off(ctx, *held):
            # "how do my voice n the harmony sit? my sister's worried she's too loud": the part the claim is
            # said of gets the verdict first, the other its word after
            found = sorted(found, key=lambda a: a is not claimed)
        if (felt := tool_for_feel(ctx, focus, found[0])) is not None:
            return felt  # "snare lacks crack, would a transient shaper sort it?" at a fine level: its job
        ans = quality_answer(ctx, focus, found[0]) or _named(intent, answer_asked(ctx, focus, found[0]))
        if guess_led and ans.first is not None and ans.first.track and ans.text.startswith("Yes: "):
            # the guess right and leading: said as the guess confirmed, as when the part complained of leads
            ans.text = f"Yes, it's {ans.first.track!r}: {ans.text.removeprefix('Yes: ')}"
        return ans
    if (weak := weak_next_to_reference(ctx, focus)) is not None:  # "weak next to my reference": what measured
        return weak
    carrier = complaint_carrier(ctx, focus) if ctx.analysis is not None else None
    # a plug-in guessed over a fader fault: the fault first ("make the mix wider": the mix's measured width first)
    if intent.technique and carrier is None and not mix_measured(intent):
        placed = fault_over_technique(ctx, focus) or placement_first(ctx, focus)
        return (
            placed
            or master_squash(ctx, focus)
            or limiter_need(ctx, focus)
            or tool_for_complaint(ctx, focus)  # "mix is muddy, eq the master?": whether the mud is there
            or known_answer(ctx, focus)
        )
    if ctx.analysis is None:
        return no_audio(ctx, s, intent)
    top_fault = top_part(ctx, focus) if carrier is not None and asks_too_bright(intent.question) else None
    if (
        carrier is not None
        and top_fault is not None
        and top_fault.track not in {rt.name for rt in carrier.tracks}
    ):
        # "all tizzy n thin": a part measured too loud up top leads, not one that would fill it
        carrier = None
    if carrier is not None:  # "no thump": the kick sits 10 dB low, so the answer is about the kick
        ans = answer_asked(ctx, replace(focus, asked=(carrier,)), carrier)
        if (lead := lead_behind(ctx, intent.complaint)) is not None and lead.track == carrier.said:
            first, _, rest = ans.text.partition(". ")  # the lead's level, then why it comes before the tone
            ans.text = f"{first}. {lead_reason(intent.complaint or '', lead)} {rest}".strip()
            ans = _refit(intent, ans)
        if intent.complaint == "loudness" and ctx.analysis is not None:  # the level they compare is not it
            ans.text = f"Not the loudness: {ctx.analysis.integrated_lufs:.1f} LUFS is in range for streaming. {ans.text}"
            return _refit(intent, ans)  # the lead added: back inside the word budget
        stepped = with_next_step(focus, ans.text)  # "hit harder": the part's fader, then the attack move
        if stepped != ans.text:
            return _refit(intent, replace(ans, text=stepped))
        return ans
    # "is my mix too bright?": the air band against real mixes, then the upper mids if built up
    if (top := too_bright_answer(ctx, focus)) is not None:
        return top
    if (region := region_answer(ctx, focus)) is not None:
        return region  # "does the low end feel right?": that region's verdict, not another part's level
    if intent.about_master and (quality := master_quality(ctx, focus)) is not None:
        return quality  # "how do I make the mix brighter?": the band's number, then a gentle master move
    if intent.about_master or intent.complaint:
        return master_answer(ctx, focus)
    return problems_answer(ctx, s, intent, opener=_opener(ctx, intent))


WHOLE_LEAN = re.compile(
    r"\b(the whole (mix|song|track|thing)|the mix|my mix|everything|the song|the track|the (stereo )?image|it all)\b",
    re.IGNORECASE,
)
"""The whole mix as what leans ("why is the whole mix tipping right?"), whatever parts the question also names."""


def either_or(ctx: MixContext, intent: Intent, found: list[Asked]) -> Asked:
    """ "is it the kick or the bass making it boomy?": of the parts named as alternatives, the one whose own
    level is measured as a problem (the most severe); the first named when none is."""
    if len(found) < 2 or not EITHER_OR.search(intent.question):
        return found[0]
    scored = []
    for i, a in enumerate(found):
        names = {rt.name for rt in a.tracks}
        sev = max(
            (f.severity for f in ctx.problems if f.track in names and f.kind in LEVEL_PROBLEMS), default=0.0
        )
        scored.append((-sev, i))
    return found[min(scored)[1]]


LEVEL_PROBLEMS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
_LOUDER_Q = re.compile(r"\b(which|what'?s|whats|who'?s|whos)\b.*\b(louder|quieter|softer|lower|higher|hotter|on top)\b|" + TWO_RANKED.pattern,
                       re.IGNORECASE)  # fmt: skip


_WHICH_Q = re.compile(
    # "right guitar or left guitar, which is hogging the mix?": the parts first, the which after them
    rf"^\s*(so |and |ok |but )?which\b|[,;:.]\s*(so |and |but )?{WHICH_ASKED}",
    re.IGNORECASE,
)


def _refit(intent: Intent, ans: Answer) -> Answer:
    """The answer within its word budget again after its opening was reworded (later sentences dropped)."""
    limit = EXPLAIN_WORDS if intent.explain or intent.wants == Wants.WHY else MAX_WORDS
    ans.text = fit(split_sentences(ans.text), limit, keep=2)
    return ans


def _named(intent: Intent, ans: Answer) -> Answer:
    """ "which guitar is too loud?" takes a name (or "none of them"), not a yes or no."""
    m = opening(ans.text) if _WHICH_Q.search(intent.question) else None
    if m is None:
        return ans
    body = ans.text[m.end() :]
    if ans.first is not None and ans.first.track and m.group("verdict") in ("Yes", "A little", "Maybe"):
        ans.text = f"It's {ans.first.track!r}: {body}"
    elif m.group("verdict") in ("No", "It's fine", "Not really"):
        ans.text = f"None of them: {body}"
    return _refit(intent, ans)


def _inside_of(part: Asked, group: Asked) -> bool:
    """True when ``group`` (the kit, the drums) holds every track of ``part`` (the snare) and more."""
    own, held = {rt.name for rt in part.tracks}, {rt.name for rt in group.tracks}
    return bool(own) and own < held


def _one_side_named(question: str, held: list[Asked]) -> str | None:
    """The one track asked about when the question's asking clause offers a part on one side of its "or" and no
    part on the other ("my voice gets eaten by the beat.. is the vocal too low or is that just phone speakers?":
    the vocal, or the phone, not the vocal or the beat said before the question); None otherwise ("the harmony is
    all over my lead. is it mixed too loud or do i need to sing the lead better": the pronoun is the harmony)."""
    parts = {a.tracks[0].name: a for a in held if a.tracks}
    clause = asked_clause(question) if len(parts) >= 2 else None
    pronoun_only = False
    if clause is None and len(parts) >= 2:
        # "... behind the guitar n fiddle.. should it be more up front or is that how folk sits": a last sentence
        # asked of a pronoun ("should" opens no yes/no clause there), read only when it names no part itself
        last = re.split(r"[.!?;]+\s*", question.strip().rstrip(" ?!."))[-1]
        clause, pronoun_only = (last, True) if _PRONOUN_ASKED.match(last) else (None, False)
    if clause is None or " or " not in clause:
        return None
    head, _, tail = clause.partition(" or ")

    def said_in(text: str) -> set[str]:
        # "my voice ..., is the vocal too low?": the same part in other words
        words = set(instrument_words(text))
        return {
            name
            for name, a in parts.items()
            if a.word in words or re.search(rf"\b{re.escape(a.said or a.word)}", text, re.IGNORECASE)
        }

    named = said_in(head)
    subject, other = _PRONOUN_ASKED.match(head), _PRONOUN_ASKED.match(tail)
    # "piano feels tucked behind the guitar n fiddle.. should it be more up front or is that how folk sits": a
    # state either/or on "it", the part the complaint was said of (named first), no choice of parts; a part named
    # after the pronoun ("do they gel with the snare or do they stick out") is what it gels with, not the subject;
    # another pronoun on the other side ("is it too quiet or is she too loud") is a choice of two parts
    if not said_in(tail) and subject and not (other and other.group(3).lower() != subject.group(3).lower()):
        # "they" stands for a part said in the plural ("the hats", "the keys"); with none ("kick and bass, are they
        # mates or enemies"), for all of them: no one part
        plural = subject.group(3).lower() == "they"
        said = {name: (a.said or a.word).lower() for name, a in parts.items()}
        them = (
            [n for n in parts if said[n].endswith("s") and not said[n].endswith("ss")]
            if plural
            else list(parts)
        )

        def at(name: str) -> int:
            m = re.search(rf"\b{re.escape(said[name])}", question, re.IGNORECASE)
            return m.start() if m else len(question)

        return min(them, key=at) if them else None
    if pronoun_only:
        return None
    return next(iter(named)) if len(named) == 1 and not said_in(tail) else None


_PRONOUN_ASKED = re.compile(
    r"^\W*(so |but |and )?(should|does|do|is|are|would|could|can|must) (it|she|he|they) \b", re.IGNORECASE
)
"""'should it be more up front or ...': the asking clause's subject is a pronoun, no part named in it."""


_CLAIM_ASKED = re.compile(
    r"\b(is|are|was|were)\b[^?.!,]{0,30}\btoo (loud|quiet|low|hot|soft|much)\b", re.IGNORECASE
)
_PRAISED = re.compile(
    r"\b(nicely|great|fine|perfect|solid|spot on|(sound|sounds|feel|feels|sit|sits|sitting) (good|right|well)|landing|"
    r"happy with|love)\b",
    re.IGNORECASE,
)
"""Other parts praised before the question ("kick n snare are landing nicely ... but are the hi hats too loud?")."""
_LEVEL_CLAIM = re.compile(r"\btoo (loud|quiet|low|hot|soft|much|buried)\b", re.IGNORECASE)


def _claim_subject(question: str, held: list[Asked]) -> Asked | None:
    """Of two or more parts named, the one a level claim is said of: the part named last before the claim ("my
    voice n the harmony ... my sister sang the harmony n she's worried she's way too loud"); None with one part,
    no claim, or the first-named part as the subject (it leads already)."""
    claims = list(_LEVEL_CLAIM.finditer(question))
    if len([a for a in held if a.tracks]) < 2 or not claims or _CLAIM_ASKED.search(question):
        return None  # "is the kick too loud?": the part asked about, which its own route weighs against the other
    before = question[: claims[-1].start()]

    def last_at(a: Asked) -> int:
        words = {a.said or a.word, a.word}
        return max(
            (m.start() for w in words for m in re.finditer(rf"\b{re.escape(w)}", before, re.I)), default=-1
        )

    at, part = max(((last_at(a), a) for a in held if a.tracks), key=lambda x: x[0])
    between = before[at:]
    # "... the harmony n shes worried shes way too loud": the part said in the claim's own clause, close before
    # it ("under the gtrs, too quiet or nah" is the first part's claim, said after a break)
    close = at >= 0 and len(between) <= 45 and not re.search(r"[,.;:?!]", between)
    return part if close and part is not held[0] else None


def _asked_past_praise(question: str, held: list[Asked]) -> Asked | None:
    """The part a level question asks about after other parts are praised ("kick n snare are landing nicely ... but
    are the hi hats maybe a hair too loud?": the hats), when it is not the first named; None otherwise ("i cant
    feel the bass, is the kick too loud": a guess at the cause, its own route)."""
    asked = _CLAIM_ASKED.search(question)
    if (
        asked is None
        or len([a for a in held if a.tracks]) < 2
        or not _PRAISED.search(question[: asked.start()])
    ):
        return None
    inside = [
        a
        for a in held
        if a.tracks
        and any(re.search(rf"\b{re.escape(w)}", asked.group(0), re.I) for w in {a.said or a.word, a.word})
    ]
    return inside[0] if len(inside) == 1 and inside[0] is not held[0] else None


def _either_off(ctx: MixContext, *asked: Asked) -> bool:
    """True when a fault (not a lean) is measured on one of the tracks of ``asked``."""
    names_ = {rt.name for a in asked for rt in (*a.tracks, *((a.inside,) if a.inside else ()))}
    return any(f.track in names_ for f in ctx.problems if not f.is_lean)


def answer_either(ctx: MixContext, focus: Focus, found: list[Asked]) -> Answer:
    """ "is it the kick or the bass?", "which is louder, the clap or the kick?": a name first, not a yes or no;
    for louder/quieter the two meters, then what the evidence says about the one measured off."""
    pick = either_or(ctx, focus.intent, found)
    other = next(a for a in found if a is not pick)
    ans = answer_asked(ctx, replace(focus, asked=(pick, *(a for a in focus.asked if a is not pick))), pick)
    body = without_opening(ans.text)
    evs = {a.tracks[0].name: track_evidence(ctx, a.tracks[0]) for a in (pick, other) if a.tracks}
    lufs = {n: e.lufs for n, e in evs.items()}
    if None in lufs.values():  # no loudness meter: the averaged peak meters compare the same way
        lufs = {n: e.avg_peak_db for n, e in evs.items()}
    louder = _LOUDER_Q.search(focus.intent.question) and len(lufs) == 2 and None not in lufs.values()
    if (
        louder and (head := louder_head(ctx, pick, other, focus.intent.question)) is not None
    ):  # each part on its loudest track
        ans.text = f"{head} {capital(body)}" if ans.first is not None else head
    elif _LOUDER_Q.search(focus.intent.question):
        ans.text = body
    elif (
        pick.tracks
        and other.tracks
        and ans.first is not None
        and ans.first.track in {rt.name for rt in pick.tracks}
        and ans.first.is_problem
        and not ans.first.is_lean
    ):
        ans.text = f"It's {pick.tracks[0].quoted}, not {other.tracks[0].quoted}: {lower_first(body)}"
    elif pick.tracks and other.tracks and not _either_off(ctx, pick, other):  # both measured fine
        if (elsewhere := neither_but(ctx, focus, pick, other)) is not None:
            return _refit(focus.intent, elsewhere)  # a third part explains what was heard: it is named
        # "rhodes horns strings the lot, what jumps out?": three parts named, so not "Neither"
        none = (
            "None of them stands out"
            if len([a for a in focus.asked if a.tracks]) > 2
            else "Neither stands out"
        )
        ans.text = f"{none}: {lower_first(body)}"
    return _refit(focus.intent, ans)


def _level_first(ctx: MixContext, focus: Focus) -> bool:
    """ "Should I compress the kick?" while the kick sits at the wrong level: the fader comes first, so the
    answer is about the track (not first), not the technique's general knowledge."""
    if not focus.intent.should or ctx.analysis is None:
        return False
    names = {rt.name for a in focus.asked for rt in a.tracks}
    return any(f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET) and f.track in names
               for f in ctx.problems) or any(  # a clash on the part with a fader fault behind it (masker_level)
        f.kind is FindingKind.MASKING and names & {f.track, f.evidence.get("other_track")} and balance_fault(ctx, f)
        for f in ctx.problems)  # fmt: skip


TAKE_OUT = re.compile(
    r"\b(take|pull|strip|cut|drop|mute|leave) (some|a few|a couple( of)?|one|two|a|an|\w+ of the)? ?"
    r"(\w+ )?(instruments?|tracks?|parts?|layers?|stuff|things)( out)?\b|\bremove (some|a few) ",
    re.IGNORECASE,
)
"""'maybe I should take some instruments out': an arrangement cut asked about; with a balance problem measured the
fader comes first, so the answer says not to cut parts yet before naming it."""

ONLY_ONE_Q = re.compile(
    r"\bis (that|this) (it|all|everything)\b|\bis there (any ?thing )?more\b|\bthe only (problem|thing|issue|one)\b",
    re.IGNORECASE,
)
"""'is that the only problem?', 'is that it?': a yes or no on anything following the one given."""
OK_OPENER = "Not quite, one thing:"
"""'does the mix sound good?' with a problem measured: the no first, then the problem."""


def _opener(ctx: MixContext, intent: Intent) -> str:
    if intent.more:  # "what else?": the next one, not a start ("is that the only problem?": no, and the next)
        return "No, there's more. Next:" if ONLY_ONE_Q.search(intent.question) else "Next:"
    if intent.wants == Wants.WHAT_FIRST:
        return "Start here:"
    return OPENERS[len(ctx.history) // 2 % len(OPENERS)]


def problems_answer(ctx: MixContext, s: SessionView, intent: Intent, opener: str) -> Answer:
    """The most severe problems, the first one's move with values; how much or why when that is what's asked."""
    problems = against_reference_first(ranked_problems(ctx, s), intent.question)
    if ctx.analysis is None and not problems:
        return no_audio(ctx, s, intent)
    said = [t.content.lower() for t in ctx.history if t.role == "assistant"]
    if intent.more:  # "what else?": past the problems already talked about
        problems = [p for p in problems if not any(_key(p) in text for text in said)]
        if not problems:
            return sounds_fine(ctx, more=True)
    elif said and (
        CHECK_Q.search(intent.question)  # "how will I know it's right?": the move just given
        or (intent.follow_up and intent.wants in (Wants.HOW_TO, Wants.HOW_MUCH, Wants.WHY))
    ):
        last = said[-1]  # "how do I fix that?": the problem the last answer led with
        mentioned = sorted((last.find(_key(p)), i) for i, p in enumerate(problems) if _key(p) in last)
        if mentioned:
            problems.insert(0, problems.pop(mentioned[0][1]))
    if not problems:
        remarks = sorted(
            (f for f in ctx.findings if not f.is_problem and f.kind in RECIPES), key=lambda f: -f.severity
        )
        if intent.wants == Wants.WHAT_FIRST and remarks:  # asked what to fix first: the biggest small thing
            move = optional_move(recipe(remarks[0], s))  # a remark's move is a choice: its cards say so
            head = (
                "I'd leave it be: " if LEAVE_OFFERED.search(intent.question) else ""
            )  # "..., or leave it be?"
            text = fit([f"{head or 'Honestly, '}nothing in the numbers needs fixing; if I had to pick one: {lower_first(first_sentence(remarks[0].summary))}",
                        move.try_text, move.check_text])  # fmt: skip
            return Answer(text, [move], remarks[0])
        if intent.wants == Wants.HOW_MUCH and ctx.analysis is not None:
            return no_amount(ctx, s)  # "how much?" after "nothing needs fixing": no amount, and why
        judge = intent.wants == Wants.JUDGE
        return sounds_fine(
            ctx,
            verdict="Yes. " if intent.asks_ok and judge else "No. " if intent.asks_problem and judge else "",
        )
    first = problems[0]
    move = recipe(first, s)
    if CHECK_Q.search(intent.question) and move.check_text:  # how to hear it is right: the check leads
        text = fit([move.check_text, f"That checks this move: {lower_first(move.try_text)}",
                    first_sentence(first.summary)])  # fmt: skip
        return Answer(text, [move], first)
    if intent.more or intent.wants == Wants.WHAT_FIRST:  # "first thing you'd change?" on the whole song too
        opener = _opener(ctx, intent)
    elif intent.wants == Wants.JUDGE and TAKE_OUT.search(intent.question):
        opener = "I wouldn't take anything out first:"
    if (lean := lean_only_answer(intent, problems, move)) is not None:
        return lean  # every problem a lean: no fault to lead with, the lean "at most" and its move optional
    if intent.asks_ok and intent.wants == Wants.JUDGE:
        opener = OK_OPENER
    elif intent.asks_problem and intent.wants == Wants.JUDGE:
        # "pro or still amateur?" with a fault: not the good side yet, rather than a yes to neither side
        opener = "Not quite, one thing:" if good_first(intent.question) else "Yes, one thing:"
    if intent.wants == Wants.HOW_MUCH and move.suggestions:
        text = fit(
            [
                f"{size_head(move)} {lower_first(move.try_text)}",
                first_sentence(first.summary),
                move.check_text,
            ]
        )
        return Answer(text, [move], first)
    if intent.wants == Wants.WHY:
        why = WHY.get(first.kind, "")
        text = fit([f"Because {lower_first(first_sentence(first.summary))}", f"That matters: {why}" if why else "",
                    move.try_text], EXPLAIN_WORDS)  # fmt: skip
        return Answer(text, [move], first)
    explain = intent.explain
    if intent.wants == Wants.HOW_TO:
        parts = [move.try_text, first_sentence(first.summary), move.check_text]
    else:
        # a masking summary carries its own move ("...; dip 'Gtr L' about 6 dB ..."): the move follows, say it once
        said = first_sentence(first.summary) if str(first.kind) == "masking" else first.summary
        parts = [f"{opener} {lower_first(said)}", move.try_text, move.check_text]
    if explain and WHY.get(first.kind):
        parts.append(f"Why: {WHY[first.kind]}")
    moves = [move]
    for other in [p for p in problems[1:] if p.kind is not first.kind][: 2 if explain else 1]:
        other_move = recipe(other, s)
        whose = "on the whole mix, " if other.track is None and first.track is not None else ""
        parts.append(f"After that, {whose}{lower_first(first_sentence(other.summary))} {other_move.try_text}")
        moves.append(other_move)
    text = fit(parts, EXPLAIN_WORDS if explain else MAX_WORDS, keep=2)
    # the cards are the moves the words recommend: one whose sentence did not fit the budget is not offered
    moves = [moves[0], *(m for m in moves[1:] if m.try_text in text)]
    return Answer(text, moves, first)


def _key(f: Finding) -> str:
    """How a finding shows up in an earlier answer (its summary's opening words, lower case)."""
    return lower_first(first_sentence(f.summary))[:40].lower()


def sounds_fine(
    ctx: MixContext,
    more: bool = False,
    verdict: str = "",
    head: str = "Honestly, nothing in the numbers needs fixing:",
) -> Answer:
    """Nothing measured needs fixing: the mix's numbers that say so after ``head``, then the largest remark."""
    a = ctx.analysis
    if more:
        return Answer("That's everything the numbers flag: the rest is taste. Tell me what you want more of (punch, "
                      "vocal, width) and we'll go after it.")  # fmt: skip
    assert a is not None
    remarks = sorted((f for f in ctx.findings if not f.is_problem), key=lambda f: -f.severity)
    text = (
        f"{verdict}{head} {a.integrated_lufs:.1f} LUFS, true peak "
        f"{a.true_peak_dbtp:.1f} dBTP, {a.plr_db:.0f} dB of peak-to-loudness, and the tonal balance sits within a few dB "
        "of a typical mix in every band."
    )
    if remarks:
        text += f" If anything, {lower_first(first_sentence(remarks[0].summary))} Small stuff, your call."
    else:
        text += " From here it's taste: tell me what you want more of (punch, vocal, width) and we'll go after it."
    return Answer(text)


def no_audio(ctx: MixContext, s: SessionView, intent: Intent) -> Answer:
    base = "I didn't get any audio this time, so I can't tell you how it sounds."
    if s:
        problems = list(ctx.problems)
        if problems:  # the session alone shows a balance problem (per-track meters)
            first = problems[0]
            move = recipe(first, s)
            text = fit([f"{base} From REAPER's meters, though: {lower_first(first.summary)}", move.try_text])
            return Answer(text, [move], first)
        return Answer(
            base
            + f" From the session: {len(s.tracks)} tracks; press play in REAPER and ask again so I can measure the mix."
        )
    return Answer(base + " Press play in REAPER (or give me a bounce with --audio) and ask again.")


def silence(ctx: MixContext, s: SessionView) -> Answer:
    f = next(f for f in ctx.findings if f.kind is FindingKind.SILENCE)
    move = recipe(f, s)
    return Answer(
        f"I'm not getting any signal: {lower_first(f.summary)} {move.try_text} {move.check_text}", [], f
    )


def clarify(ctx: MixContext) -> Answer:
    """One question back; with a measured problem, my pick so the user can just say yes."""
    problems = list(ctx.problems)
    hint = f" If you want my pick: {lower_first(first_sentence(problems[0].summary))}" if problems else ""
    return Answer(
        "Happy to. Better how, though: more punch in the drums, a vocal that sits on top, a wider mix, or the overall "
        f"loudness?{hint}"
    )


# a complaint asked as "how do I ...?" is a technique in other words
COMPLAINT_TECHNIQUE = {
    "narrow": "panning", "muddy": "eq", "boomy": "eq", "harsh": "eq", "dull": "eq", "thin": "eq", "boxy": "eq",
    "clash": "eq", "quiet": "compression", "loud": "compression", "punch": "compression", "squashed": "limiting",
    "loudness": "limiting", "clipping": "limiting",
}  # fmt: skip


_LISTEN_TO_IT = re.compile(
    r"\b(give|have|take|gimme)\s+(it|this|that)\s+a\s+(listen|spin|play|go|whirl|try)\b|\blisten to (it|this|that)\b",
    re.IGNORECASE,
)
"""'give it a listen': the clip to listen to, not a thing to turn up or down."""
_WHICH_STANDS_OUT = re.compile(
    r"\bwhat('?s| is)?\s+(sticks?|pokes?|stands?|jumps?|leaps?)\s+out\b", re.IGNORECASE
)
"""'tell me what sticks out': which part is too loud, asked, not a level move on "it"."""


def _unclear_level(intent: Intent) -> bool:
    """ "turn it up?" with nothing before it: the whole mix, or one track?"""
    q = intent.question
    return (
        intent.complaint in ("quiet", "loud")
        and not (
            intent.instruments
            or intent.about_master
            or intent.follow_up
            or intent.technique
            or intent.any_track
            or _WHICH_STANDS_OUT.search(q)
            # "whats job number one?": the first move asked, with "it" a part of the description
            or intent.wants == Wants.WHAT_FIRST
        )
        and bool(re.search(r"\b(it|this|that|them)\b", _LISTEN_TO_IT.sub(" ", q), re.IGNORECASE))
    )


def clarify_subject(ctx: MixContext, intent: Intent) -> Answer:
    """One question back: which thing the level question is about, with the mix's own number to start from."""
    verb = "up" if intent.complaint == "quiet" else "down"
    a = ctx.analysis
    now = f" (it's at {a.integrated_lufs:.1f} LUFS now)" if a is not None else ""
    return Answer(
        f"Turn what {verb}, though: the whole mix{now}, or one track? Tell me which and I'll give you the number."
    )


def needs_listening_intent(intent: Intent) -> bool:
    """True when only audio can answer: how it sounds, is it better, is the vocal too loud. Technique, how-to
    and "should I" questions are answered from knowledge and MixologyDB."""
    if known_without_audio(intent.question, intent.complaint):
        return False  # "what's a ref track for?", "need a better sound card?", "should i dither?": nothing to hear
    if intent.kind == IntentKind.AMBIGUOUS or intent.wants in (Wants.BETTER, Wants.LISTEN, Wants.WHAT_FIRST):
        return True
    if intent.technique is not None:  # "is my vocal sibilant?" asks about the sound, not the de-esser
        return (intent.wants == Wants.WHY and intent.complaint is not None) or symptom_needs_listening(intent)
    if intent.wants in (Wants.HOW_TO, Wants.HOW_MUCH) and intent.complaint in COMPLAINT_TECHNIQUE:
        return intent.follow_up and not intent.instruments and not intent.complaint
    # "how do I tighten up the bass?", "how do I get more depth?": a quality's craft is known without hearing it
    crafted = quality_of(intent.question) or asks_depth(intent.question)
    return not (intent.wants == Wants.HOW_TO and intent.complaint is None and crafted)


def needs_listening(question: str) -> bool:
    """``needs_listening_intent`` of a question asked on its own (the CLI with no clip and no session)."""
    return needs_listening_intent(classify(question))
