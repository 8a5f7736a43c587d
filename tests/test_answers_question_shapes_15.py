"""The answer's first words answer the question's FORM (issue 10), one rule per shape: an opinion tail ("u think",
"or is that just me") or a statement asked rising ("the bvs are drowning the lead?") asks yes or no; a lead-in
("be honest", "tbh") is no part of the question; an either/or between a good state and a problem is answered
with the alternative measured; a whole-mix verdict ("does my mix suck", "any changes you'd make?") on a mix with
only a lean measured is a no first, the lean after it, while a real fault still leads."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.intent import Wants, asks_yes_no, classify

SNARE_LOUD = level_finding("Snare", "snares", 10.0)
SNARE_QUIET = level_finding("Snare", "snares", -10.0)
HARSH_LEAN = Finding(
    FindingKind.HARSH, 0.35, "The mix leans a little harsh. The upper mids: a build-up of 9.0 dB.", {}, None
)


def test_an_opinion_tail_makes_the_statement_a_yes_no_question():
    for q in (
        "snare way too loud u think",
        "the snare is too loud, do you think",
        "snare kinda too loud or is that just me",
        "snare too loud ya reckon",
        "snare is too loud imo?",
        "snare way too loud or is it just my ears",
    ):
        intent = classify(q)
        assert intent.tag and intent.wants == Wants.JUDGE and intent.complaint == "loud", q
        text = advise_rock(q, (SNARE_LOUD,)).text
        assert text.startswith("Yes: 'Snare' sits about 10 dB louder"), (q, text)


def test_a_statement_asked_rising_is_a_yes_no_question_but_a_follow_up_is_not():
    for q in (
        "the snare is kinda drowning the vocal?",
        "snare sits way on top of everything?",
        "my snare is stomping all over the mix?",
        "the snare's eating the vocals?",
        "snare drum poking out a lot?",
    ):
        intent = classify(q)
        assert intent.tag and asks_yes_no(intent), q
        text = advise_rock(q, (SNARE_LOUD,)).text
        # "eating the vocals" is a clash said of two parts: yes, and the snare's level comes before any EQ
        opening = "Yes, but it's level before it's EQ: " if "eating" in q else "Yes: "
        assert text.startswith(f"{opening}'Snare' sits about 10 dB louder"), (q, text)
    for follow_up in ("and the snare too?", "what about the kick drum?", "how about the hats then?"):
        assert not classify(follow_up).tag, follow_up
    # two sentences: the question is the last one ("better?"), and "you like the mix?" only drops its "do"
    for not_a_statement in ("bass down 10. better?", "you like the mix?"):
        assert not classify(not_a_statement).tag, not_a_statement


def test_a_lead_in_to_the_listener_is_no_part_of_the_question():
    for q in (
        "be honest is my mix bad",
        "tbh, is my mix bad",
        "ok so be honest, is my mix bad",
        "real talk is my mix bad",
        "ngl is my mix bad?",
    ):
        intent = classify(q)
        assert intent.question.startswith("is my mix bad"), (q, intent.question)
        assert intent.asks_problem and asks_yes_no(intent), q
    # what is left is still the open question: "be honest, whats off" is "what's wrong?", not too vague to answer
    for q in ("be honest, whats off", "tbh what's the problem", "whats off?"):
        assert classify(q).wants == Wants.LISTEN and classify(q).kind == "what_do_you_hear", q


def test_an_either_or_between_a_good_state_and_a_problem_names_the_alternative_measured():
    cases = (
        "snare level ok or should it be louder",
        "is the snare sitting fine or is it too loud",
        "snare alright where it is or should i turn it down",
        "snare good or too much?",
        "is the snare level decent or does it need work",
    )
    for q in cases:
        assert classify(q).wants == Wants.JUDGE, q
        fine = advise_rock(q, ()).text
        assert fine.startswith("It's fine: nothing I measured says 'Snare' is"), (q, fine)
    loud = advise_rock("is the snare sitting fine or is it too loud", (SNARE_LOUD,)).text
    assert loud.startswith("No, it's too loud: 'Snare' sits about 10 dB louder"), loud
    quiet = advise_rock("snare level ok or should it be louder", (SNARE_QUIET,)).text
    assert quiet.startswith("No, it's too quiet: 'Snare' sits about 10 dB quieter"), quiet


def test_better_or_overdone_names_which():
    for q in (
        "pushed the snare, better or did i overdo it",
        "cranked the snare, better or did i go too far",
        "gave the snare more level, better or overboard",
        "bumped the snare, better or overcooked",
        "snare up a bunch, better or did i overdo it?",
    ):
        over = advise_rock(q, (SNARE_LOUD,)).text
        assert over.startswith("No, you overdid it: 'Snare' sits about 10 dB louder"), (q, over)
    ok = advise_rock("pushed the snare, better or did i overdo it", ()).text
    assert ok.startswith("Yes, it's better: nothing I measured says 'Snare' is too loud"), ok


def test_a_whole_mix_verdict_with_only_a_lean_is_a_no_first_and_a_fault_still_leads():
    for q in (
        "be honest is my mix bad",
        "does my mix suck",
        "is this mix trash?",
        "tbh is it amateurish",
        "is my mix a mess",
    ):
        assert classify(q).asks_problem, q
        text = advise_rock(q, (HARSH_LEAN,)).text
        assert text.startswith("No, nothing needs fixing. At most, the mix leans a little harsh."), (q, text)
        assert advise_rock(q, (SNARE_LOUD,)).text.startswith("Yes, one thing: 'Snare' sits about 10 dB"), q


def test_asking_for_any_changes_with_only_a_lean_changes_nothing_first():
    for q in (
        "any changes you'd make before i send it to mastering?",
        "any tweaks before i bounce?",
        "would you change anything?",
        "any last fixes u would do",
        "anything you'd tweak before mastering",
    ):
        text = advise_rock(q, (HARSH_LEAN,)).text
        assert text.startswith(("Nothing needs changing.", "No, nothing needs fixing.")), (q, text)
    fault = advise_rock("any changes you'd make before i send it to mastering?", (SNARE_LOUD,)).text
    assert "'Snare' sits about 10 dB louder" in fault.split(".")[0], fault


def test_a_yes_no_clause_after_a_statement_gets_its_yes():
    for q in (
        "mix feels cluttered, is something too loud",
        "it all feels crowded up top, is anything too loud",
        "sounds busy. is one of the tracks too loud?",
        "kinda messy, are any tracks too loud",
        "feels cramped, is something too loud?",
    ):
        text = advise_rock(q, (SNARE_LOUD,)).text
        assert text.startswith("Yes: 'Snare' sits about 10 dB louder"), (q, text)


def test_did_that_fix_it_compares_with_the_last_clip():
    for q in ("horns down now, did that fix it", "did it fix the problem?", "did that sort it", "did that solve it",
              "so did what i did fix it"):  # fmt: skip
        assert classify(q).wants == Wants.BETTER, q
    assert classify("should i fix it?").wants == Wants.JUDGE


def test_a_good_state_asked_rising_with_a_place_is_answered_no_when_the_part_is_off():
    """ "snare ok in the mix?" asks whether it is fine, like "snare ok?": a fault found means no, not yes."""
    for q in (
        "snare ok in the mix?",
        "the snare good in the mix now?",
        "snare fine in the song?",
        "my snare alright there?",
        "snare okay in this track?",
    ):
        intent = classify(q)
        assert intent.asks_ok and asks_yes_no(intent), q
        text = advise_rock(q, (SNARE_LOUD,)).text
        assert text.startswith("No: 'Snare' sits about 10 dB louder"), (q, text)
