"""Question shapes where balance comes before EQ and the measured fault before the user's guess (issue 10), each a
rule an engineer would state: a part both too loud and covering the part asked about is a fader fault first (its
level finding and fader card lead, the masking after it as what hides the other part), in every answer path that
could pick the masking first (the asked track, two named parts fighting, "is anything fighting?", a stand-in
for a part not in the session)."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, guitar_masks_vocal, level_finding

MASKING = guitar_masks_vocal()
GTR_LOUD = level_finding("Gtr L", "electric guitars", 10.0)


def test_a_part_too_loud_and_covering_the_asked_one_leads_with_its_level_and_fader():
    for q, opening in (
        ("somethin sounds off in the balance, is it the vocal being too quiet", "No, I'd leave its fader: "),
        ("is the vocal too quiet?", "No, I'd leave its fader: "),
        ("should i turn the vocal up?", "No, I'd leave its fader: "),
        ("the vocal gets swallowed, is the guitar in the way?", "Yes: "),
        ("muddy af, is it the vocal", "Not really: "),
    ):
        answer = advise_rock(q, (MASKING, GTR_LOUD))
        text = answer.text
        assert text.startswith(opening + "what is off is 'Gtr L': 'Gtr L' sits about 10 dB louder"), (q, text)
        # the masking after the fader, as what hides the vocal, and the dip as what comes next
        assert text.index("is off is 'Gtr L'") < text.index(
            "That's also what hides 'Lead Vox': 'Gtr L' covers"
        )
        card = answer.suggestions[0]
        assert (card.track, card.action, card.params["delta_db"]) == ("Gtr L", "nudge_volume_db", -9.0), (
            q,
            card,
        )
    # "how's the vocal?": what happens to the vocal first, the part that covers it named (model.covered_part)
    how = advise_rock("how's the vocal?", (MASKING, GTR_LOUD))
    assert how.text.startswith("'Gtr L' covers it: 'Gtr L' sits about 10 dB louder"), how.text
    assert how.text.index("sits about 10 dB louder") < how.text.index("That's also what hides 'Lead Vox'")
    assert how.suggestions[0].track == "Gtr L" and how.suggestions[0].params["delta_db"] == -9.0
    why = advise_rock("why is my vocal so buried", (MASKING, GTR_LOUD))
    assert why.text.startswith("Most likely this: what is off is 'Gtr L': 'Gtr L' sits about 10 dB louder"), (
        why.text
    )
    assert why.suggestions[0].action == "nudge_volume_db" and why.suggestions[1].action == "eq_band"
    how = advise_rock("how do i make the vocal cut through?", (MASKING, GTR_LOUD))
    assert how.text.startswith("Bring the fader on 'Gtr L' (it's at +0.0 dB now) down about 9 dB."), how.text
    # something is on the vocal: a clash complaint gets its yes, the fader fault first
    clash = advise_rock("is something stepping on my voice?", (MASKING, GTR_LOUD)).text
    assert clash.startswith("Yes, most likely 'Gtr L': 'Gtr L' sits about 10 dB louder"), clash
    assert "That's also what hides 'Lead Vox'" in clash
    # the masking alone (no level problem on the guitar) still leads with the dip
    alone = advise_rock("is the vocal too quiet?", (MASKING,))
    assert alone.suggestions[0].action == "eq_band" and "covers 'Lead Vox'" in alone.text.split(". ")[0]


def test_two_parts_fighting_or_anything_fighting_is_level_first_when_the_covering_one_is_too_loud():
    fight = advise_rock("are the guitar and the vocal fighting?", (MASKING, GTR_LOUD))
    assert fight.text.startswith("Yes, but it's level before it's EQ: 'Gtr L' sits about 10 dB louder"), (
        fight.text
    )
    assert fight.suggestions[0].action == "nudge_volume_db"
    assert "That's also what hides 'Lead Vox': 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz" in fight.text, (
        fight.text
    )
    anything = advise_rock("is anything fighting?", (MASKING, GTR_LOUD))
    assert anything.text.startswith("Yes: 'Gtr L' sits about 10 dB louder"), anything.text
    assert "That's also what hides 'Lead Vox'" in anything.text
    assert anything.suggestions[0].track == "Gtr L" and anything.suggestions[0].params["delta_db"] == -9.0
    # without the level problem: the clash itself
    assert advise_rock("is anything fighting?", (MASKING,)).text.startswith("Yes: 'Gtr L' covers 'Lead Vox'")
    assert advise_rock("are the guitar and the vocal fighting?", (MASKING,)).text.startswith(
        "Yes, they fight"
    )


def test_a_stand_in_for_a_missing_part_names_the_covering_parts_level_first():
    answer = advise_rock("the horns are drowning out the vocal", (MASKING, GTR_LOUD))
    assert answer.text.startswith("There are no horns in this session"), answer.text
    assert "What does stand out is 'Gtr L': 'Gtr L' sits about 10 dB louder" in answer.text, answer.text
    assert answer.suggestions[0].action == "nudge_volume_db"


def test_a_covered_part_too_quiet_is_the_fader_fault_when_the_part_asked_about_covers_it():
    vox_quiet = level_finding("Lead Vox", "lead vocals", -10.0)
    for q, opening in (
        ("is the guitar too loud?", "Not really: "),
        ("should i boost the guitar", "No, I'd leave its fader: "),
        ("how's the guitar?", "It's fine itself: "),
    ):
        answer = advise_rock(q, (MASKING, vox_quiet))
        assert answer.text.startswith(opening + "what is off is 'Lead Vox'"), (q, answer.text)
        assert "'Lead Vox' sits about 10 dB quieter" in answer.text, (
            q,
            answer.text,
        )
        card = answer.suggestions[0]
        assert (card.track, card.params["delta_db"]) == ("Lead Vox", 9.0), (q, card)


SNARE_QUIET = level_finding("Snare", "snares", -10.0)
KEYS_LOUD = level_finding("Keys", "keyboards", 10.0)


def test_a_plug_in_guessed_over_a_complaint_about_the_mix_gets_not_first_and_the_fader_fault():
    for q, what in (
        ("the mix sounds crowded, is it the reverb?", "reverb"),
        ("is the panning wrong? everything feels cluttered", "panning"),
        ("shud i put a limiter on the master, sounds messy", "limiter"),
    ):
        answer = advise_rock(q, (SNARE_QUIET,))
        assert answer.text.startswith(
            f"Not the {what} first: the fault I measured is 'Snare': 'Snare' sits about 10 dB quieter"
        ), (q, answer.text)
        assert answer.suggestions[0].track == "Snare" and answer.suggestions[0].params["delta_db"] == 9.0
    # nothing at the wrong level: the technique's own knowledge, as before
    assert not advise_rock("the mix sounds crowded, is it the reverb?").text.startswith("Not the reverb")
    # a plug-in on a part covered by a part too loud: the fader fault first, not the plug-in's statistics
    answer = advise_rock("should i compress the vocal more so it pokes out", (MASKING, GTR_LOUD))
    assert answer.text.startswith("Not first: what is off is 'Gtr L'"), answer.text
    assert answer.suggestions[0].track == "Gtr L"
    guess = advise_rock("vocal is hard to hear, is it my compression?", (MASKING, GTR_LOUD))
    assert guess.text.startswith("It isn't the compression: what is off is 'Gtr L'"), guess.text


def test_a_part_guessed_beside_the_one_complained_about_is_denied_or_confirmed_by_name():
    answer = advise_rock("drums feel weak, is it the kick?", (SNARE_QUIET,))
    assert answer.text.startswith("Not 'Kick': 'Snare' sits about 10 dB quieter"), answer.text
    bass = level_finding("Bass", "basses", -10.0)
    either = advise_rock("low end feels thin, is the bass too low or is it the kick", (bass,)).text
    assert not either.startswith("Not 'Kick'"), either  # an either/or keeps its own answer
    right = advise_rock("the vocal gets lost, is it the keys?", (KEYS_LOUD,))
    assert right.text.startswith("Yes, it's 'Keys': "), right.text
    wrong = advise_rock("the vocal gets lost, is it the bass?", (KEYS_LOUD,))
    assert wrong.text.startswith("Not 'Bass': ") and "What is off is 'Keys'" in wrong.text, wrong.text
    assert wrong.suggestions[0].track == "Keys"


def test_not_the_part_guessed_leads_in_how_to_and_why_answers_too():
    from fakes.band_sessions import metered_rock
    from test_answers_question_shapes_16 import METERS, MUDDY

    bass_loud = level_finding("Bass", "basses", 10.0)
    for q in (
        "why is the low end so muddy, is it the keys?",
        "the mix is muddy how do i fix it, is it the keys?",
    ):
        text = advise_rock(q, (bass_loud, MUDDY), snapshot=metered_rock(METERS)).text
        assert text.startswith("Not 'Keys' first: the fault I measured in the lows and low-mids is 'Bass'"), (
            q,
            text,
        )


def test_a_level_answer_about_the_whole_mix_says_the_clash_its_fader_causes_after_it():
    text = advise_rock("why cant i make out anything in the mix", (MASKING, GTR_LOUD)).text
    # a symptom, not a yes or no: the part on top named first (``answer_master``), never "Nothing sits too low"
    assert text.startswith("It's 'Gtr L' on top, not a part too low: 'Gtr L' sits about 10 dB louder"), text
    assert "That's also what hides 'Lead Vox': 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz" in text, text
    assert "hides" not in advise_rock("why cant i make out anything in the mix", (GTR_LOUD,)).text
    # the words are the vocal's (``model.sung_words``): the part that hides it, asked about the vocal
    words = advise_rock("why cant i make out the words", (MASKING, GTR_LOUD)).text
    assert words.startswith("Most likely this: what is off is 'Gtr L': 'Gtr L' sits about 10 dB louder"), (
        words
    )
    assert "That's also what hides 'Lead Vox': 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz" in words, words


def test_a_plug_in_asked_for_while_another_part_is_the_fault_waits_without_a_boost_said():
    import dataclasses

    usual = level_finding("Lead Vox", "lead vocals", 3.0)
    vox_usual = dataclasses.replace(usual, evidence={**usual.evidence, "typical_spread_db": [-4.0, 5.0]})
    keys = level_finding("Keys", "keys", 10.0)
    text = advise_rock("vocals feel buried, should i add reverb on my voice?", [vox_usual, keys]).text
    assert text.startswith(
        "Not first: nothing I measured says 'Lead Vox' is too low. What is off is 'Keys'"
    ), text
    boost = advise_rock("vocals feel buried, should i boost the highs on my voice?", [vox_usual, keys]).text
    assert boost.startswith("No, I wouldn't boost it: "), boost


def test_a_punch_complaint_on_one_drum_names_a_drum_far_too_quiet():
    answer = advise_rock("should i boost the kick to get more punch", (SNARE_QUIET,))
    assert "What is off is 'Snare': 'Snare' sits about 10 dB quieter" in answer.text, answer.text
    assert answer.suggestions[0].track == "Snare" and answer.suggestions[0].params["delta_db"] == 9.0
    # a part of another family too quiet does not take the punch out of the kick
    bass = level_finding("Bass", "basses", -10.0)
    assert "What is off" not in advise_rock("should i boost the kick to get more punch", (bass,)).text


def test_a_missing_part_blamed_for_a_tonal_complaint_points_at_the_fault_in_that_range():
    from fakes.band_sessions import metered_rock
    from test_answers_question_shapes_16 import METERS

    bass_loud = level_finding("Bass", "basses", 10.0)
    for q in ("is it the eq on the horns? the low end is muddy", "the horns make the mix muddy"):
        answer = advise_rock(q, (bass_loud,), snapshot=metered_rock(METERS))
        assert answer.text.startswith("There are no horns in this session"), (q, answer.text)
        assert "What does stand out is 'Bass': 'Bass' sits about 10 dB louder" in answer.text, (
            q,
            answer.text,
        )
        assert answer.suggestions[0].track == "Bass"
