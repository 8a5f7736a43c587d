"""Answers that take a question before the general router does, each for one narrow shape that the router would
answer on its own terms and get wrong: a cut asked on the master's top, a tool the asker guesses at, the top end
against a reference, the whole mix against a reference, "too bright, how do I fix it" (fixed where it is
measured), depth asked for (a quality no meter measures: the craft, on the session), how to use a reference
track (the craft, on the mix's loudness), a missing edge on a part that is no drum ("vocal has no bite"), and
"how do I get it louder?" (the loudness craft, on its numbers), the parts to leave alone, and two parts ranked
by level ("is the bass louder than the kick?": the two meters), the gap between two parts ("how loud should the
snare be vs the kick?": real mixes' figure, then ours), and an earlier mix compared with none measured ("my last mix
was better, why?": none to compare, then this one), and the user's own EQ asked about ("did i high-pass it too
hard?", "what does my eq do?": their settings read back, not the EQ lesson), and a band move on the master reported with no clip before ("scooped the mids on the master, better?": that
band now), a phasey mix (its correlation), too much reverb asked of the whole mix (the session's reverbs), and whether the mix sounds lo-fi (its band limits, measured, not the recipe), and clipping asked of a part (its
own peak meter and the master's), and how far off a part is (the measured gap, then the move), and the kick and bass asked to lock (the pair measured, then the sidechain), and the sample or the mix blamed (the side measured), and a reverb send asked about (its numbers in words), and a part's own move declined (every other fader
instead), and a new part proposed (the balance first, then how to fit it in), and a bass lost on a phone (the phone's low end), and a technique left out asked as a judgement (the session
and the meters), and every fader move declined (the EQ dip where one part covers another), and a mix-bus chain asked for (each
tool's ballpark, the limiter on this mix's loudness), and an echo throw asked for (the send, opened for one word)."""

from __future__ import annotations

from companion.context import MixContext
from model.absent_choice import absent_choice
from model.added_part import added_part
from model.added_since import added_since
from model.answer_reference_tone import reference_top_answer
from model.answer_region import region_eq_amount
from model.band_move_check import band_move_check
from model.boost_asked import boost_asked
from model.bright_fix import bright_fix
from model.bus_chain import bus_chain
from model.creative_fx import creative_fx
from model.delay_craft import delay_craft
from model.depth_craft import depth_answer
from model.distance_asked import distance_asked
from model.drum_bus_glue import drum_bus_glue
from model.earlier_mix import no_earlier_mix
from model.echo_throw import echo_throw
from model.edge_lack import edge_answer
from model.even_level import even_level
from model.export_answer import export_answer
from model.fine_check import fine_check
from model.focus import Focus
from model.for_mastering import for_mastering
from model.gated_reverb import gated_reverb
from model.guessed_tool import tool_answer
from model.hz_boost_asked import hz_boost_asked
from model.leave_alone import leave_alone
from model.level_gap import level_gap
from model.lofi_verdict import lofi_verdict
from model.louder_how import louder_amount, louder_how
from model.louder_than import louder_than
from model.loudest_part import loudest_part
from model.low_lock import low_lock
from model.master_top_cut import master_top_cut
from model.mastering_need import mastering_need
from model.mid_band import mid_answer
from model.mix_wash import mix_wash
from model.no_faders import no_faders
from model.noise_fix import noise_fix
from model.one_room import one_room
from model.over_the_band import over_the_band
from model.own_eq import own_eq_answer
from model.pair_gap import pair_gap
from model.pan_or_widener import pan_or_widener
from model.part_clipping import part_clipping
from model.part_home import part_home
from model.part_phase import part_phase
from model.part_ring import part_ring
from model.peak_number import peak_number
from model.phase_word import phase_word
from model.phone_bass import phone_bass
from model.phrasing import Answer
from model.pink_noise import pink_noise
from model.pitch_move import pitch_move
from model.reference_craft import reference_craft
from model.reference_overview import reference_overview
from model.sample_or_mix import sample_or_mix
from model.section_bump import section_bump
from model.section_level import section_level
from model.section_lift import section_lift
from model.send_craft import send_craft
from model.side_claims import side_claims
from model.taste_room import taste_room
from model.translation_check import translation_check
from model.unnamed_culprit import unnamed_culprit
from model.untouched_drift import untouched_drift
from model.untouched_part import untouched_part
from model.versus_levels import versus_levels
from model.vibe_craft import vibe_answer
from model.what_if_louder import what_if_louder
from model.which_leads import which_leads
from model.which_of_part import which_of_part


def early_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The first narrow route that takes the question, or None for the general router."""
    # "cut the highs on the master?": as measured; "is my limiter doing that?" with nothing wrong: the limiter
    return (
        for_mastering(ctx, focus)  # "limiter on before sending to mastering?": the hand-off, not streaming
        or bus_chain(ctx, focus)  # "master bus chain? eq, glue comp, limiter, ballpark settings": each tool
        or one_room(
            ctx, focus
        )  # "one band in one room? bus comp or a shared reverb?": the room, then the glue
        or peak_number(ctx, focus)  # "how much headroom do i have?", "whats my true peak": that number first
        or fine_check(ctx, focus)  # "how will i know it's right?" after a part judged fine: the check by ear
        or part_home(ctx, focus)  # "what frequency is the synth bass strongest at?": its band meter
        or mastering_need(ctx, focus)  # "do i need to master it?": not yet with a fault, else the numbers
        or export_answer(ctx, focus)  # "what sample rate should i export at?", "mp3 or wav?": the delivery
        or band_move_check(
            ctx, focus
        )  # "scooped the mids on the master, better?": that band now, no clip before
        or no_earlier_mix(ctx, focus)  # "my last mix was better, why?" with no earlier clip: none to compare
        or no_faders(ctx, focus)  # "separate them without turning anything down?": the EQ dip that is left
        or pan_or_widener(ctx, focus)  # "is it just panning or do i need a widener?": panning first, and why
        or untouched_part(ctx, focus)  # "if i don't want to touch the piano?": every other fader instead
        or added_part(
            ctx, focus
        )  # "thinking of layering a sub synth under it, good plan?": the balance first
        # "how did that happen? all i did after was add the horns": the part the new ones buried, and why
        or added_since(ctx, focus)
        # "how did it end up that hot? i set it once n never went near it": how a balance drifts round a fader
        or untouched_drift(ctx, focus)
        or phone_bass(
            ctx, focus
        )  # "808 disappears on my phone, why": the phone's low end, the bass at its level
        or absent_choice(ctx, focus)  # "is it weird that i have no reverb?": a choice, judged on the session
        or unnamed_culprit(ctx, focus)  # "something is parked on top of the guitars": which part covers them
        or section_bump(ctx, focus)  # "make the lick jump out for 8 bars, then sit back": automation
        or own_eq_answer(ctx, focus)  # "did i high-pass it too hard?", "what does my eq do?": their EQ read
        or send_craft(ctx, focus)  # "how loud should my reverb send be?": the send, in words
        or drum_bus_glue(ctx, focus)  # "any point compressing the drum bus?": glue, optional, how
        or pitch_move(ctx, focus)  # "should i pitch the clap up a semitone?" on a part in place: a taste call
        or sample_or_mix(ctx, focus)  # "is it the sample or the mix?": the side measured
        or low_lock(ctx, focus)  # "how do i glue the kick and bass together?": the pair, then the sidechain
        or master_top_cut(ctx, focus)
        or tool_answer(ctx, focus)
        or part_clipping(ctx, focus)  # "is the vocal distorted?": its own peak meter and the master's
        or distance_asked(ctx, focus)  # "how far off is the bass?": the measured gap first, then the move
        or reference_top_answer(ctx, focus)
        # "how do i use a reference track properly?": the craft, on this mix's loudness (and the reference given)
        or reference_craft(ctx, focus)
        # "best way to check if my mix translates? all i got is airpods": the check, on the speakers named
        or translation_check(ctx, focus)
        # "make the chorus hit harder than the verse": the clip is measured whole; the craft of contrast
        or section_lift(ctx, focus)
        # "how does my mix compare to my reference?": the whole comparison, not its biggest finding alone
        or reference_overview(ctx, focus)
        # "way too bright, how do I fix it": a shelf up top, a bell at 2-5 kHz, or none measured
        or bright_fix(ctx, focus)
        # "how do i get more depth, like the band is in a room": a shared room on a send, on this session
        or depth_answer(ctx, focus)
        # "vocal has no bite": the part's edge range, who fills it, the move that follows
        or edge_answer(ctx, focus)
        or boost_asked(ctx, focus)  # "should i boost the highs on the vocal": that boost, yes or no, and how
        # "should i boost 5k on the vocal?": that band of the mix, then the boost
        or hz_boost_asked(ctx, focus)
        or region_eq_amount(ctx, focus)  # "how much should i cut the low end?": the size that region measures
        # "how do i keep the bass at one steady level?": a compressor on its track, then automation
        or even_level(ctx, focus)
        # "how do i get it louder?": the limiter craft on this mix's numbers, against the destination asked
        or louder_how(ctx, focus)
        or louder_amount(ctx, focus)  # "how much?" after it: the push's size
        or leave_alone(ctx, focus)  # "what should I leave alone?": the parts measured in place, then the move
        # "should the vocal be louder in the verse than the chorus?": not measured
        or section_level(ctx, focus)
        or what_if_louder(ctx, focus)  # "is it ok if the guitars are louder than the vocal?": the what-if
        or taste_room(
            ctx, focus
        )  # "what if i want it louder tho" on a part in place: your call, a small step
        or which_of_part(ctx, focus)  # "which guitar is louder?": the part's tracks ranked by their meters
        or side_claims(ctx, focus)  # "right gtr too loud or is the left too quiet?": the side that holds
        or louder_than(ctx, focus)  # "is the bass louder than the kick?": the two meters, then what is off
        or over_the_band(ctx, focus)  # "is the vocal on top of the band?": against the loudest of the rest
        or loudest_part(ctx, focus)  # "is the clap the loudest thing?": every part's meter, ranked
        or level_gap(
            ctx, focus
        )  # "how many dB under the vocal should the pad be?": real mixes' gap, then ours
        or pair_gap(ctx, focus)  # "how loud should the snare be vs the kick?": that pair's gap, then ours
        or which_leads(ctx, focus)  # "should the kick or the snare be louder?": which one usually sits on top
        or versus_levels(ctx, focus)  # "bgvs vs lead levels?" with both fine: both meters and their gap
        or mid_answer(ctx, focus)  # "is it mid-heavy?", "too scooped?": the mid band's own number
        or phase_word(ctx, focus)  # "does the mix sound phasey?": the channels' correlation
        # "the pink noise trick, how do i do it, is it worth it?": the method, and what it would change here
        or pink_noise(ctx, focus)
        # "how do i get rid of the hiss": not measured; find it, then remove it, never a boost
        or noise_fix(ctx, focus)
        # "should i add a phaser to the mix?": a taste choice, where it usually goes
        or creative_fx(ctx, focus)
        # "an echo throw on the last word of a line?": the send, opened for one word
        or echo_throw(ctx, focus)
        # "delay on my vocal without the echoes cluttering the words?": a send, its settings, ducked
        or delay_craft(ctx, focus)
        # "80s gated snare verb, how do i build it?": the reverb on its own track, a gate after it
        or gated_reverb(ctx, focus)
        # "is the snare out of phase": its polarity, what the mix can't show, the check
        or part_phase(ctx, focus)
        or part_ring(ctx, focus)  # "is the snare too ringy": a narrow ring, found by a sweep, cut or gated
        or mix_wash(ctx, focus)  # "too much reverb on the mix?", "is the mix washy?": the session's reverbs
        or lofi_verdict(ctx, focus)  # "does it sound lofi?": band-limited or not, measured, not the recipe
        or vibe_answer(ctx, focus)  # "how do I make it more polished / vintage / less boring?": that craft
    )
