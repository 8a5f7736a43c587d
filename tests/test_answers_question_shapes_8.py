"""Question shapes held-out set 8 showed the built-in advisor missing (issue 10), fixed as rules an engineer
would state: amateurs type shorthand ("hatz", "bgvs", "kik 2 loud", "way to loud", "u", "bout"), which is read
back into the words the rules know; "better or still too much?" and "like u said, is it better balanced now"
ask whether the last move helped; "alright where it is?" and "is that normal for pop?" ask whether a part is
in a good state, so a problem found means no."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot, with_fader

from companion.context import EarlierClip
from model.intent import Wants, classify
from model.intent_spelling import normalise
from model.rules import RulesAdvisor

HATS_LOUD = level_finding("Hats", "hi-hats", 10.0)
SNARE_LOUD = level_finding("Snare", "snares", 10.0)
KEYS_LOUD = level_finding("Keys", "keys", 10.0)

# ---------------------------------------------------------------- shorthand and misspellings


def test_shorthand_and_misspellings_read_as_the_words_they_stand_for():
    assert normalise("bgvs are way to loud arent they") == "backing vocals are way too loud aren't they"
    assert normalise("kik 2 loud? u think so") == "kick too loud? you think so"
    assert normalise("pulled the hatz down bout 10") == "pulled the hats down about 10"
    assert normalise("to much verb on the vox?") == "too much reverb on the vocal?"  # "the vox": the vocal
    # 'to' as a verb's particle stays: only a degree word after it makes it 'too'
    assert normalise("how to thin out the pads") == "how to thin out the pads"
    assert normalise("Gtr R too quiet", keep=lambda w: w.lower() == "gtr") == "Gtr R too quiet"


def test_shorthand_instrument_names_are_the_instruments():
    assert classify("hatz too loud? feel like theyre sizzling").instruments == ("hi-hat",)
    bgvs = classify("bgvs are way to loud arent they")
    assert bgvs.instruments == ("backing vocals",) and bgvs.complaint == "loud" and bgvs.tag
    assert classify("kik 2 quiet?").complaint == "quiet"


def test_hatz_too_loud_on_a_loud_hat_is_yes_and_names_the_track():
    advice = advise_rock("hatz 2 loud? feel like theyre sizzling over everything", [HATS_LOUD])
    assert advice.text.startswith("Yes: 'Hats' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Hats" and advice.suggestions[0].params["delta_db"] == -9.0
    # before the shorthand was read, this was a question about the whole mix's loudness
    assert advise_rock("hatz 2 loud?", []).text.startswith("No: nothing I measured says 'Hats' is too loud")


# ---------------------------------------------------------------- "did that help?" in other words


def test_better_or_still_and_like_you_said_ask_whether_the_move_helped():
    for q in (
        "ok pulled the hats down bout 10, better or still too much",
        "brought the pad down like u said, is the whole thing better balanced now",
        "did what you said to the bass, any good now?",
    ):
        assert classify(q).wants == Wants.BETTER, q
    assert classify("should i pull the hats down, or is it better to eq them?").wants != Wants.BETTER
    before = rock_snapshot()
    earlier = EarlierClip("are the hats too loud?", clean(), (HATS_LOUD,), before)
    fixed = context(
        "ok pulled the hats down bout 10, better or still too much",
        with_fader(before, "Hats", -9.0, -36.0),
        clean(),
        (),
        previous=earlier,
    )
    # an either/or of the two states names the side measured ("Better:", model.better_or_still), not a bare "Yes:"
    assert RulesAdvisor().advise(fixed).text.startswith("Better:"), RulesAdvisor().advise(fixed).text


# ---------------------------------------------------------------- "is it in a good state?" in other words


def test_alright_where_it_is_asks_whether_the_part_is_fine():
    intent = classify("piano alright where it is? dont wanna overthink it")
    assert intent.asks_ok and intent.instruments == ("piano",)
    assert advise_rock("keys alright where they are? dont wanna overthink it").text.startswith(
        "Yes: nothing I measured says 'Keys' is out of line"
    )
    assert advise_rock("keys alright where they are?", [KEYS_LOUD]).text.startswith(
        "No: 'Keys' sits about 10 dB"
    )


def test_is_that_normal_for_a_genre_is_no_when_the_part_is_too_loud():
    q = "the snare is kinda smacking me in the face, is that normal for rock?"
    assert classify(q).asks_ok
    assert advise_rock(q, [SNARE_LOUD]).text.startswith("No: 'Snare' sits about 10 dB louder")


# ---------------------------------------------------------------- a shaker is not a drum kit


def test_drums_asked_where_only_hand_percussion_plays_are_missing():
    import dataclasses

    rock = rock_snapshot()
    tracks = tuple(
        dataclasses.replace(t, name="Shaker") if t.name == "Hats" else t
        for t in rock.tracks
        if t.name not in ("Kick", "Snare")
    )
    folk = dataclasses.replace(rock, tracks=tracks)
    advice = advise_rock("do the drums sit right in this folk mix", snapshot=folk)
    assert advice.text.startswith("There are no drums in this session: your tracks are 'Shaker'"), advice.text
    assert advise_rock("is the shaker ok?", snapshot=folk).text.startswith(
        "Yes: nothing I measured says 'Shaker'"
    )
    # with a kit playing, the shaker is one of the drums
    assert "'Hats'" in advise_rock("do the drums sit right?").text


# ---------------------------------------------------------------- the asker wrong about the cause


def test_a_muffled_vocal_under_a_covering_part_is_no_to_cranking_it_and_dips_the_other_part():
    from fakes.band_sessions import guitar_masks_vocal

    advice = advise_rock(
        "vocals kinda muffled in the chorus, should i just crank the vocal up?", [guitar_masks_vocal()]
    )
    assert advice.text.startswith("No, I'd leave its fader: 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["gain_db"] == -3.0


def test_a_whole_mix_why_names_the_part_that_causes_it():
    # "i didnt even touch the eq" says what they have not done: the question is why the mix is boomy
    intent = classify("why is everything so boomy?? i didnt even touch the eq")
    assert intent.technique is None and intent.complaint == "boomy" and intent.wants == Wants.WHY
    assert classify("i havent used any compression, should i?").technique is None
    assert classify("should i compress the bass?").technique == "compression"
    # a lopsided feel with centred meters: the quiet part panned to the other side pulls the ear
    gtr_quiet = level_finding("Gtr R", "guitars", -10.0)
    advice = advise_rock("why does the mix feel lopsided to the left?", [gtr_quiet])
    assert advice.text.startswith(
        "The meters read the two channels within 0.2 dB of each other, but 'Gtr R' is panned right and it sits "
        "about 10 dB quieter"
    ), advice.text
    assert advice.suggestions[0].track == "Gtr R" and advice.suggestions[0].params["delta_db"] == 9.0
    assert advise_rock("does the mix lean right?", [gtr_quiet]).text.startswith(
        "No: the two channels are within"
    )


# ---------------------------------------------------------------- a fault asked about their own technique


def test_something_wrong_with_the_reverb_asks_about_theirs_not_whether_to_use_one():
    advice = advise_rock("is something wrong with the reverb on the vocal?")
    assert advice.text.startswith(
        "Nothing I can fault in the reverb itself: your 'Lead Vox' has no reverb now. In 90 real mixes"
    ), advice.text
    assert advise_rock("should i put reverb on the vocal?").text.startswith("Yes, most engineers do:")


# ---------------------------------------------------------------- the own probes' shapes (p35-p64)


def test_thats_normal_and_in_your_face_ask_whether_a_loud_part_is_in_a_good_state():
    intent = classify("the fiddle is kinda in ur face tho, thats normal for folk right?")
    assert intent.complaint == "loud" and intent.asks_ok
    q = "the keys are kinda in ur face tho, thats normal for rock right?"
    assert advise_rock(q, [KEYS_LOUD]).text.startswith("No: 'Keys' sits about 10 dB louder"), advise_rock(
        q
    ).text


def test_or_am_i_trippin_is_a_tag_asking_for_a_yes_or_no():
    intent = classify("acoustic too loud or am i trippin")
    assert intent.tag and intent.wants == Wants.JUDGE and intent.complaint == "loud"
    assert advise_rock("keys too loud or am i trippin", [KEYS_LOUD]).text.startswith(
        "Yes: 'Keys' sits about 10 dB"
    )


def test_a_part_said_to_be_moved_now_asks_whether_that_helped():
    assert classify("bass is up now, thats more like it right?").wants == Wants.BETTER
    assert classify("the snare's down now, how is it").wants == Wants.BETTER
    # a comparison of two parts, not a move reported
    assert classify("the vocal is louder now than the guitar, is that ok?").wants == Wants.JUDGE
    assert classify("is the bass up now?").wants == Wants.JUDGE


def test_why_is_the_mix_harsh_names_the_part_far_too_loud_in_that_range():
    from companion.context import Finding, FindingKind

    harsh = Finding(
        FindingKind.HARSH,
        0.44,
        "The upper mids (around 3.2 kHz): a build-up of 6.6 dB, like a broad EQ boost there.",
        {"deviation_db": 6.6, "center_hz": 3200, "range_hz": [2000, 5000]},
    )
    advice = advise_rock("why does my mix sound so harsh and fizzy up top", [HATS_LOUD, harsh])
    assert advice.text.startswith("Most likely this: 'Hats' sits about 10 dB louder"), advice.text
    assert [c.track for c in advice.suggestions] == ["Hats"] and advice.suggestions[0].params[
        "delta_db"
    ] == -9.0
    # with no part too loud, the build-up itself is the answer, its dip on the parts that carry it
    assert advise_rock("why is the mix so harsh?", [harsh]).text.startswith("Here's why: the upper mids")


def test_seem_right_to_you_asks_whether_the_part_is_fine():
    assert classify("piano level seem right to u?").asks_ok
    assert advise_rock("keys level seem right to u?", [KEYS_LOUD]).text.startswith(
        "No: 'Keys' sits about 10 dB"
    )


def test_an_808_kick_is_a_kick_and_a_guessed_technique_is_not_the_question():
    assert classify("is the 808 kick too boomy or is it just loud").instruments == ("kick",)
    assert classify("is the 808 too loud?").instruments == ("bass",)
    intent = classify("right gtr seems hot, or is that just the panning")
    assert intent.technique is None and intent.complaint == "loud" and intent.wants == Wants.JUDGE
    gtr_hot = level_finding("Gtr R", "guitars", 10.0)
    advice = advise_rock("right gtr seems hot, or is that just the panning", [gtr_hot])
    assert advice.text.startswith("Yes: 'Gtr R' sits about 10 dB louder"), advice.text


def test_a_move_reported_then_hows_it_sound_without_a_question_mark_asks_whether_it_helped():
    assert classify("dropped the keys like 9 db, hows it sound").wants == Wants.BETTER
    assert classify("cut the bass a bit. did that help").wants == Wants.BETTER
    assert classify("dropped the keys like 9 db").wants != Wants.BETTER


def test_crowded_and_smeared_are_a_clash():
    assert classify("why does the lead vocal sound kinda smeared and crowded").complaint == "clash"
    assert classify("the mix feels cluttered").complaint == "clash"


def test_texting_r_opening_a_question_and_a_trailing_lol():
    assert normalise("r the hats too loud, they feel splashy") == "are the hats too loud, they feel splashy"
    assert normalise("pan the gtr L and R?") == "pan the guitar L and R?"  # R as a side stays
    assert normalise("is the organ even there lol") == "is the organ even there"
    advice = advise_rock("r the hats too loud, they feel splashy", [HATS_LOUD])
    assert advice.text.startswith("Yes: 'Hats' sits about 10 dB louder"), advice.text


def test_is_it_even_there_asks_whether_the_part_is_heard():
    intent = classify("is the organ even there lol")
    assert intent.complaint == "quiet" and intent.enough
    keys_quiet = level_finding("Keys", "keys", -10.0)
    assert advise_rock("are the keys even there lol", [keys_quiet]).text.startswith("No")
    assert advise_rock("are the keys even there lol").text.startswith("Yes")


def test_n_and_y_in_texting_are_and_and_why():
    assert normalise("n the snare?") == "and the snare?"
    assert normalise("y tho") == "why though"
    assert normalise("y axis") == "y axis"
    from companion.context import Turn

    history = (Turn("user", "is the kick too loud?"), Turn("assistant", "No."))
    intent = classify("n the snare?", history)
    assert intent.instruments == ("snare",) and intent.complaint == "loud" and intent.wants == Wants.JUDGE


def test_better_than_before_is_a_comparison_with_the_last_clip_better_than_a_hall_is_not():
    assert classify("tweaked some stuff, does it sound better than before?").wants == Wants.BETTER
    assert classify("is a plate better than a hall on vocals?").wants != Wants.BETTER
    assert classify("is it better to cut or boost?").wants != Wants.BETTER
