"""The last passes over a composed answer, each for one question shape the router answers on other terms: a top-end
complaint gets the air band's numbers beside its culprit (``model.top_share``), settings asked on a part at the
wrong level get its level first (``model.settings_level``), "what number?" after a move gets that move's size
(``model.number_follow_up``), "what Q?" after a dip gets that dip's width (``model.q_follow_up``), a part asked to sit or blend gets the ways to seat it (``model.blend_craft``), two
questions in one are answered in the order asked (``model.two_asks``), a new sample guessed over a fader fault is
named as what waits (``model.guessed_source``), a level move reported with no clip before is judged on its
direction (``model.move_verdict``), a move on a part its meters deny is followed by the fault that does explain the symptom
(``model.covered_instead``), and a processor guessed as the cause of a symptom gets its verdict from the
measurement (``model.blamed_processor``), two sizes offered get the nearer one picked (``model.size_choice``) or one
size offered judged (``model.size_enough``), a level offered both ways on one part gets the way it is off
(``model.level_both_ways``), a part guessed beside a symptom on another is cleared by name (``model.guess_cleared``),
two moves on two parts offered get the side measured (``model.move_either``), a list asked with one thing off says so
(``model.list_ask``), and a de-esser asked for while a bright percussion part sits too loud gets that part's fader
first (``model.sizzle_first``), two tools offered for one part get both answered (``model.either_tool``), and a
part's level asked as a norm gets where it sits against its place (``model.level_norm``), and a part covered by a
louder one is said to be covered before the fault (``model.covered_part``), and a pair cleared of a clash is
followed by the part at the wrong level instead (``model.clash_elsewhere``), and a part fine on its own beside a
lean in its range is said to be so (``model.lean_part_opening``), and an open "how's the drums?" with the fault
elsewhere says the part is fine on its own (``model.elsewhere_opening``), and an open question on two parts says
each (``model.each_part``), both fine opening "Both are fine:" (``model.pair_opening``), and fine parts asked how they sound with the fault elsewhere get that fault (``model.fine_parts_fault``), and a nasal sound's verdict says nasal, not boxy (``model.nasal``), and a move asked permission for on a part inside its range gets its room (``model.permission_move``), and a tool asked about for a part that is fine while another sits at the wrong level gets that fader first (``model.technique_elsewhere``), and a clap is never given a snare's wires (``model.stand_in_anatomy``), and two whole-mix tone words asked at once get a verdict each (``model.two_tones``), and two qualities wished for on one part a move each (``model.two_qualities``), and two tools asked for on one part an answer each (``model.two_tools``), and a feel asked of a fine
part is said in what it is made of (``model.part_vibe``), and two degrees offered the one measured (``model.degree_either``), and words hard to make out with the vocal's level fine get what else blurs them (``model.words_clarity``), and a quality asked of a drum inside a kit track gets the kit's EQ in that range (``model.inside_quality``), and two level claims on two parts get a verdict each (``model.each_level_claim``), and "the other one" is the part's other track (``model.other_one``), and a bare "which one?" names the part the last move was on (``model.which_one``), and "can you just do it?" says how the card is applied (``model.do_it``), and a why ending "is it
fighting me?" with that part measured over gets its yes (``model.fight_yes``), and a level claim asked with "how much" after it gets its yes
before the size (``model.yes_then_size``), and a part said to be sorted while still measured off gets "Not yet"
(``model.claimed_fixed``), and a part blamed for covering another while both are fine gets the fault elsewhere
(``model.cover_blamed_elsewhere``), and a part offered to be muted gets the mute answered (``model.mute_it``), and a doubt ("are you sure it's not the pluck?") gets its answer and the fault elsewhere (``model.sure_not``),
and a claim ending "leave it?" gets the leave-it answered (``model.leave_it``), and two tracks of one part asked to
match get what is usual and the two meters (``model.pair_match``), and a part
too quiet or the rest too loud gets the side measured (``model.part_or_rest``), and a part offered
"in the mix or on top" gets the place measured (``model.in_or_on_top``), and a style or an era asked by ear gets what is and is not measured
(``model.style_likeness``), and the recording or the mix offered as a cause gets the side measured
(``model.source_or_mix``), and "is it even on?" of a part far too low says it plays, just too quiet
(``model.is_it_on``), and two people's claims on a part get the one the meters side with
(``model.who_is_right``), and a fader move proposed on both tracks of a part with one off names that one
(``model.both_proposed``), and a true complaint ending on a plan that is no fader move gets "No, the fader
first:" (``model.other_fix_offered``), and a vocal said covered by a named part, with a plug-in or the recording
offered, gets the offer answered and the cover measured (``model.covering_side``). Kept apart from
``model.answer`` so that file stays one router."""

from __future__ import annotations

from companion.context import MixContext
from model.blamed_processor import with_processor_verdict
from model.blend_craft import with_blend_craft
from model.both_proposed import one_of_both
from model.brief_asked import brief_asked
from model.claim_doubted import claim_doubted
from model.claimed_fixed import claimed_fixed
from model.clash_elsewhere import clash_elsewhere
from model.cover_blamed_elsewhere import cover_blamed_elsewhere
from model.covered_instead import with_covering_fault
from model.covered_part import covered_opening
from model.covering_side import covering_side
from model.degree_either import degree_either
from model.denied_part import denied_part
from model.do_it import do_it
from model.done_or_more import done_or_more
from model.each_level_claim import each_level_claim
from model.each_part import each_part
from model.either_claims import either_claims
from model.either_named_second import either_named_second
from model.either_tool import either_tool
from model.elsewhere_opening import elsewhere_opening
from model.fault_or_norm import fault_or_norm
from model.fight_yes import fight_yes
from model.fine_parts_fault import fine_parts_fault
from model.first_of_two import first_of_two
from model.focus import Focus
from model.gear_pushback import with_gear
from model.gear_tail import gear_tail
from model.guess_cleared import guess_cleared
from model.guessed_source import with_source_guess
from model.high_cut_how import high_cut_how
from model.how_then_state import how_then_state
from model.in_or_on_top import in_or_on_top
from model.inside_quality import inside_quality
from model.intent import Wants
from model.is_it_on import is_it_on
from model.just_being import just_being
from model.just_my_ears import just_my_ears, own_voice_doubt
from model.lean_part_opening import lean_part_opening
from model.leave_it import leave_it
from model.level_both_ways import level_both_ways
from model.level_norm import level_norm
from model.level_side_named import level_side_named
from model.list_ask import one_on_the_list
from model.low_cut_how import low_cut_how
from model.master_chain import with_master_chain
from model.mix_then_part import mix_then_part
from model.move_either import move_either
from model.move_fear import move_fear
from model.move_verdict import judged_move
from model.much_or_little import much_or_little
from model.mute_it import mute_it
from model.nasal import said_back_nasal
from model.number_follow_up import move_number
from model.other_fix_offered import other_fix_offered
from model.other_one import other_one
from model.other_way import other_way
from model.overshoot_verdict import overshoot_opening
from model.pair_match import pair_match
from model.pair_opening import pair_opening
from model.part_or_rest import part_or_rest
from model.part_or_source import part_or_source
from model.part_vibe import part_vibe
from model.permission_move import permitted_move
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, Composer, within_limit
from model.q_follow_up import eq_width
from model.room_for_dry import room_for_dry
from model.settings_level import level_before_settings
from model.size_choice import chosen_size
from model.size_enough import sized_enough
from model.sizzle_first import with_sizzle_first
from model.sounds_intentional import sounds_intentional
from model.source_or_mix import source_or_mix
from model.stand_in_anatomy import own_anatomy
from model.still_now import still_now
from model.style_likeness import style_likeness
from model.sure_not import sure_not
from model.technique_elsewhere import technique_elsewhere
from model.top_share import with_top_share
from model.tracked_hot import tracked_hot
from model.two_asks import in_asked_order, size_then_tool
from model.two_qualities import both_qualities
from model.two_states import both_states
from model.two_tones import both_tones
from model.two_tools import both_tools
from model.what_off import what_off
from model.which_one import which_one
from model.which_speaker import which_speaker
from model.who_is_right import who_is_right
from model.words_clarity import words_clarity
from model.yes_then_size import yes_then_size


def late_passes(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """``ans`` through the late passes, in order."""
    # "thinking it's my master eq?": no EQ there at all, then the culprit
    ans = with_master_chain(ctx, focus, ans)
    # "room sound so they stop sounding so dry n boxy, what reverb?": the room first, then the tone word
    ans = room_for_dry(ctx, focus, ans)
    # "top end is all ticky": the air band's numbers, the culprit's share
    ans = with_top_share(ctx, focus, ans)
    # "what ratio on the kick?" with the kick 10 dB low: level first
    ans = level_before_settings(ctx, focus, ans)
    # "how do I make the vocal sit better?" with nothing wrong with it: the ways to seat it
    ans = with_blend_craft(ctx, focus, ans)
    # "what number should I set it to?": the last move's size
    ans = move_number(ctx, focus, ans, compose)
    # "what Q for that dip?": the width on the EQ card last given
    ans = eq_width(ctx, focus, ans, compose)
    # "is it too loud, also should i compress it?": in that order
    ans = in_asked_order(ctx, focus, ans, compose)
    # "how much do i pull the hats, and is eq needed too?": the size first, then the tool
    ans = size_then_tool(ctx, focus, ans, compose)
    # "vocal too loud? also is the mix too bright?": the second state answered after the first
    ans = both_states(ctx, focus, ans, compose)
    # "reckon i need a brighter sample?" with the snare 10 dB low: not a new sample first, in those words
    ans = with_source_guess(focus, ans)
    # "shoved the pad up heaps, that do it?" with no clip before and the pad now too loud: "No, too far"
    # ("pulled the bass down, did i overdo it?" with it now too low: "Yes, too far", the overshoot asked)
    moved = judged_move(ctx, focus, ans)
    ans = overshoot_opening(focus.intent.question, moved) if moved is not ans else ans
    # "vocal sounds boxy n hard to follow, scoop some mids?" with it covered: no, and what covers it, with its card
    ans = with_covering_fault(ctx, focus, ans)
    # "somethin keeps stabbing my ears, is my master limiter doing that?" answered with the limiter's craft: no,
    # not the limiter, the part measured off with its card
    ans = with_processor_verdict(ctx, focus, ans)
    # "should i de-ess the vocal? the esses are killing me" with the hats 10 dB over: the hats' fader first
    ans = with_sizzle_first(ctx, focus, ans)
    # "should I drop the guitar 3 or 6 dB?": the nearer size picked, not a "Yes:" to an either/or
    ans = chosen_size(focus, ans)
    ans = sized_enough(focus, ans)  # "would -4 be enough?" after a move up: no, the other way
    # "is the rhodes too loud or too quiet?": the way it is off, or "Neither" and what is off instead
    ans = level_both_ways(ctx, focus, ans, compose)
    # "should the vocal come up or the guitars go down?": the side measured, not a "Yes"
    ans = move_either(ctx, focus, ans)
    ans = one_on_the_list(ctx, focus, ans)  # "top 3 things?" with one thing off: says the list is one long
    ans = clash_elsewhere(
        ctx, focus, ans
    )  # "kick and bass fighting?", neither, the vocal buried: not each other
    ans = either_tool(ctx, focus, ans, compose)  # "eq or compression for the snare?": both tools answered
    # "should the vocal be loud?": where it sits against its place, not "Yes:"
    ans = level_norm(ctx, focus, ans)
    # "how's the kick?" with the bass over it: "'Bass' covers it:", not "One thing:"
    ans = covered_opening(focus, ans)
    # "how's the kick?" with only a boomy lean in its range: "Fine on its own; at most this:", not "Possibly:"
    ans = lean_part_opening(focus, ans)
    # "how's the drums?" with the bass 10 dB up: "Fine on its own; the trouble is elsewhere:", not "Not 'Drums' first:"
    ans = elsewhere_opening(focus, ans)
    ans = each_part(ctx, focus, ans)  # "how are the kick and the clap": the clap said too, not the kick alone
    # "hows the horns n strings" with the bass 10 dB up: both fine, then the bass's fader
    ans = fine_parts_fault(ctx, focus, ans)
    ans = pair_opening(ctx, focus, ans)  # and both fine: "Both are fine:", not "It's fine:"
    ans = technique_elsewhere(ctx, focus, ans)  # "should i eq the drums?" with the bass 10 dB over: not first
    ans = permitted_move(ctx, focus, ans)  # "can i make the vocal louder?" inside its range: how far
    ans = own_anatomy(focus, ans)  # "how is the clap?": "where the clap's sizzle sits", no snare wires
    ans.text = said_back_nasal(focus.intent.question, focus.intent.complaint, ans.text)  # not "boxy"
    # "i cant feel the bass, is the kick too loud?" with the kick fine: the kick cleared by name first
    ans = guess_cleared(ctx, focus, ans)
    ans = low_cut_how(focus, ans)  # "how do i cut some low end off the keys?": the high-pass, not "No:"
    ans = high_cut_how(
        ctx, focus, ans
    )  # "where should i put a low pass on the gtrs?": the low-pass, not a dip
    ans = both_tones(ctx, focus, ans, compose)  # "muddy and harsh at once?": each word its own verdict
    ans = both_qualities(ctx, focus, ans, compose)  # "make my clap fatter n wider": each word its move
    ans = both_tools(ctx, focus, ans, compose)  # "comp settings n eq moves for my vocal": each tool's answer
    ans = either_claims(ctx, focus, ans)  # "is the piano stepping on the fiddle or is the fiddle too quiet?"
    ans = first_of_two(ctx, focus, ans)  # "vocal or low end first?": the side the first fix is on, named
    ans = inside_quality(ctx, focus, ans)  # "more crack on the snare", the snare inside 'Drums': the kit's EQ
    ans = words_clarity(ctx, focus, ans)  # "can't make out the words", the vocal's level fine: what else
    ans = degree_either(focus, ans)  # "a little loud or a lot?": "A lot:" or "A little:", not "Yes:"
    # "too much or not enough?": the side measured, not "Yes:"
    ans = much_or_little(focus.intent.question, ans)
    # "is that too much or is it just the hook being the hook": the side measured, not "Yes:"
    ans = just_being(focus.intent.question, ans)
    # "too boomy or too loud", "roll off some top or turn them down": the level side named when it is the one measured
    ans = level_side_named(focus.intent.question, ans)
    # "tell me whats off up top, its all tizzy": no "Yes:" to a what
    ans = what_off(focus.intent.question, ans)
    ans = part_vibe(
        focus, ans
    )  # "does the piano feel warm?" on a fine part: what warmth is made of, the ear test
    # "vocal too quiet and the bass too loud?": a verdict for each claim
    ans = each_level_claim(ctx, focus, ans)
    ans = mix_then_part(ctx, focus, ans, compose)  # "is anything too loud, and is the vocal ok": both
    ans = other_one(ctx, focus, ans, compose)  # "and the other one?": the part's other track, asked the same
    ans = which_one(ctx, focus, ans, compose)  # "which one?" after a move: the part it was on, named first
    ans = do_it(ctx, focus, ans, compose)  # "can you just do it?": the card's Apply
    ans = fight_yes(focus, ans)  # "why cant i hear the words, is the guitar stepping on them?": yes, then why
    # "is the shaker too loud and how much should i pull it": yes, then the size
    ans = yes_then_size(focus, ans)
    # "ok the bass is sorted, whats next" with the bass still off: not yet
    ans = claimed_fixed(ctx, focus, ans)
    # "why does the singer vanish when the horns hit?", both fine, the strings over: not the horns, the strings
    ans = cover_blamed_elsewhere(ctx, focus, ans)
    # "cant hear the organ at all, mute it?": buried, not in the way
    ans = mute_it(ctx, focus, ans)
    # "are you sure it's not the pluck?": the doubt answered, then what is off
    ans = sure_not(ctx, focus, ans)
    ans = leave_it(focus, ans)  # "a lil loud, leave it?": the leave-it asked, not the claim
    # "should both guitars be the same volume?": what is usual, then the two meters
    ans = pair_match(ctx, focus, ans)
    ans = part_or_rest(ctx, focus, ans)  # "is my voice too quiet or is the band too loud?": the side measured
    # "does my voice sit in the beat or on top of it?": the place measured
    ans = in_or_on_top(ctx, focus, ans)
    # "does this sound like a 90s grunge record?": no yes to what isn't measured
    ans = style_likeness(focus, ans)
    ans = sounds_intentional(focus, ans)  # "invisible, intentional or nah?": a slip or a choice, by its level
    ans = which_speaker(focus, ans)  # "missing on my monitors, there on headphones, which do i trust?"
    ans = part_or_source(ctx, focus, ans)  # "guitars fault or my mics?": the cause measured
    # "words chewed up by the gtrs, stick a widener on them?", "my mic or the guitar on top of my voice?": the cover
    ans = covering_side(ctx, focus, ans)
    ans = gear_tail(focus, ans)  # "r they too loud or is it just my car speakers?" with nothing off: the car
    ans = still_now(ctx, focus, ans)  # "glued now, or is the bass still hogging it?" with no clip before
    ans = fault_or_norm(focus, ans)  # "too quiet or fine for rock?": the side measured, named
    # "keys all over the guitars, or the other way round?": the direction measured
    ans = other_way(focus, ans)
    ans = tracked_hot(focus, ans)  # "i tracked it hot, why is it buried?": recording level is not balance
    ans = source_or_mix(ctx, focus, ans)  # "is that a mic problem or a mix problem?": the side measured
    ans = who_is_right(ctx, focus, ans)  # "bassist says he's too quiet, i think he's fine, who's right": who
    ans = claim_doubted(ctx, focus, ans)  # "bandmate thinks the bass is missing, is he tripping": him, not it
    ans = just_my_ears(
        focus, ans
    )  # "the right gtr jumps out, is that just my ears?": "No, it's not your ears:"
    ans = own_voice_doubt(focus, ans)  # "vocal too loud or is that just me cringing at myself?": it's you
    ans = with_gear(ctx, focus, ans)  # "how tho? i balanced it on my headphones": what the headphones hide
    ans = move_fear(ctx, focus, ans)  # "if i drop the clap will the groove die?": the fear, answered
    ans = is_it_on(focus, ans)  # "cant hear my harmony at all, is it even on?": on, just too quiet
    ans = denied_part(focus, ans)  # "so my voice isnt too loud then?" with it 10 dB up: "It is, actually"
    ans = one_of_both(focus, ans)  # "pull both gtr faders down?" with one off: "Just 'Gtr L', not both:"
    ans = done_or_more(focus.intent.question, ans)  # "is it done or is there one last thing?": "It's done:"
    ans = how_then_state(ctx, focus, ans, compose)  # "how do i make the kick hit harder and is the bass ok?"
    # "the snare pokes out, should i pitch the sample down?" with its fader the fault: no to the plan, fader first
    ans = other_fix_offered(focus.intent.question, ans)
    ans = either_named_second(focus, ans)  # "sing louder or is the guitar on me?": "It's 'Acoustic Gtr':"
    ans = brief_asked(focus.intent.question, ans)  # "no essay pls, just the db": the verdict and the move
    # an opening put on by a pass above ("It's 'A', not 'B':") may push a full answer past its limit
    explain = focus.intent.explain or focus.intent.wants == Wants.WHY
    return within_limit(ans, EXPLAIN_WORDS if explain else MAX_WORDS)
