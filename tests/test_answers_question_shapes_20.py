"""What a yes/no question is ABOUT (issue 10): loose part names resolve against the session's tracks ("the sub"
is the part that carries the sub range, "the electrics" the electric guitars, "the oohs" the backing vocals, "the
stabs" the horns), a part "overpowering/swallowing everything" is that part's level against the others, never
the mix's loudness, and "X ok level wise?" asks the part's level as a state: its verdict first, on clean and
faulty sessions."""

from __future__ import annotations

import dataclasses

from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot, soul_snapshot

from model.focus import understand
from model.intent import classify
from model.intent_level_ask import asks_level_ok
from model.rules import RulesAdvisor
from model.session_view import SessionView

BASS_LOUD = level_finding("Bass", "basses", 10.0, fader_db=2.0)
GTR_LOUD = level_finding("Gtr L", "electric guitars", 9.0)


def _tracks(question: str, snapshot) -> list[str]:
    focus = understand(classify(question), SessionView(snapshot))
    return [rt.name for rt in focus.tracks]


def test_loose_part_names_resolve_against_the_session():
    rock, soul = rock_snapshot(), soul_snapshot()
    assert _tracks("the sub is too loud", rock) == ["Bass"]
    assert _tracks("sub's overpowering everything no?", rock) == ["Bass"]
    assert _tracks("the electrics ok?", rock) == ["Gtr L", "Gtr R"]
    assert _tracks("the stabs too loud?", soul) == ["Horns"]
    assert classify("the oohs too loud?").instruments == ("backing vocals",)
    # the sub RANGE is not a part: its amount stays a whole-mix question
    for q in ("too much sub on the master?", "the sub band is heavy", "is there enough sub?", "cut some sub"):
        assert "bass" not in classify(q).instruments, q
    assert classify("synth stabs too loud?").instruments == ("synth",)  # a synth's stabs stay the synth
    assert classify("the electric piano ok?").instruments == (
        "rhodes",
    )  # a keyboard (the Rhodes sound), no guitar


def test_a_loose_name_that_maps_to_nothing_says_so_in_the_users_word():
    no_drums = dataclasses.replace(
        rock_snapshot(),
        tracks=tuple(t for t in rock_snapshot().tracks if t.name not in ("Kick", "Snare", "Hats")),
    )
    text = RulesAdvisor().advise(context("the kit ok level wise?", no_drums, clean())).text
    assert text.startswith("There are no drums in this session: your tracks are 'Bass'"), text


def test_a_part_overpowering_or_swallowing_everything_is_its_level_not_loudness():
    for q in ("sub is overpowering everything no?", "the bass is swallowing everything isn't it?"):
        intent = classify(q)
        assert intent.complaint == "loud" and not intent.about_master, (q, intent)
        answer = advise_rock(q, (BASS_LOUD,))
        assert answer.text.startswith("Yes: 'Bass' sits about 10 dB louder"), (q, answer.text)
        card = answer.suggestions[0]
        assert (card.track, card.action) == ("Bass", "nudge_volume_db") and card.params["delta_db"] < 0
        assert "LUFS integrated" not in answer.text
    # swallowed is the other way round: the part is buried
    assert classify("the vocal gets swallowed in the chorus").complaint == "quiet"


def test_ok_level_wise_asks_the_parts_level_verdict_first():
    for q in (
        "bass ok level wise?",
        "is the bass level right?",
        "bass fine volume-wise?",
        "level wise is the bass ok",
        "is the bass good in terms of level?",
    ):
        assert asks_level_ok(q), q
        intent = classify(q)
        assert intent.asks_ok and not intent.asks_problem, (q, intent)
        faulty = advise_rock(q, (BASS_LOUD,)).text
        assert faulty.startswith("No: 'Bass' sits about 10 dB louder"), (q, faulty)
        fine = advise_rock(q).text
        assert fine.startswith("Yes") and "'Bass'" in fine.split(".")[0], (q, fine)
    assert advise_rock("the electrics ok level wise?", (GTR_LOUD,)).text.startswith(
        "No: 'Gtr L' sits about 9 dB"
    )
    for q in ("is the bass too loud level wise?", "how do I set the bass level?", "turn the bass up"):
        assert not classify(q).asks_ok, q


def test_the_top_end_named_as_the_subject_is_that_ranges_share_not_loudness():
    for q, complaint in (
        ("the top end way too hot?", "loud"),
        ("is the high end too much?", "loud"),
        ("the top end too quiet?", "dull"),
    ):
        assert classify(q).complaint == complaint, q
    hats_loud = level_finding("Hats", "hi-hats", 8.0)
    answer = advise_rock("is the high end too much?", (hats_loud,))
    assert answer.text.startswith("Yes: 'Hats' sits about 8 dB louder"), answer.text
    assert "LUFS integrated" not in answer.text
    assert classify("top priority, is the mix too loud?").complaint == "loudness"  # "top" as in first


def test_a_nickname_not_in_the_session_is_named_by_its_instrument():
    for q, head in (
        ("are the oohs too loud?", "There are no backing vocals in this session"),
        ("the stabs sticking out?", "There are no horns in this session"),
        ("is the brass burying everything?", "There are no horns in this session"),
    ):
        text = advise_rock(q).text
        assert text.startswith(head + ": your tracks are 'Kick'"), (q, text)
    assert advise_rock("is the sax too loud").text.startswith("There is no sax in this session")


def test_in_the_stabs_is_a_place_in_the_song_not_the_horns():
    assert classify("mix feels a bit empty in the stabs, is something missing?").instruments == ()
    assert classify("the stabs are burying everything no?").instruments == ("horns",)
