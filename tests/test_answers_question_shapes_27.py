"""An instrument named that is not in the session (issue 10): a relative of the same role standing in for it (a
cello asked about, only a 'Fiddle' here) gets the note that says so, decided by the instrument (a small table of
single instruments and their synonyms), never for a synonym ("the violin" on 'Fiddle') or a family word ("the
strings"); the note is a sentence of its own after the verdict or opening the answer."""

from __future__ import annotations

import dataclasses

from fakes.band_sessions import _track, advise_rock, level_finding, rock_snapshot

from companion.context import Snapshot
from model.instrument_kin import instrument_kind, relative_not_same


def _session(*rows: tuple[str, float]) -> Snapshot:
    return dataclasses.replace(
        rock_snapshot(), tracks=tuple(_track(i + 1, n, lv) for i, (n, lv) in enumerate(rows))
    )


def _folk() -> Snapshot:
    return _session(("Acoustic Gtr", -18.0), ("Upright Bass", -18.0), ("Piano", -22.0), ("Fiddle", -16.0),
                    ("Lead Vocal", -14.0))  # fmt: skip


def test_the_table_tells_one_instrument_from_its_relative():
    assert instrument_kind("the fiddle") == instrument_kind("Violin 1") == "violin"
    assert instrument_kind("Vlc") == "cello" and instrument_kind("the strings") is None
    assert relative_not_same("the cello", ("Fiddle",))
    assert not relative_not_same("the violin", ("Fiddle",))
    assert not relative_not_same("the cello", ("Strings",))  # a family-named track may hold the cello
    assert relative_not_same("the 808", ("Upright Bass",)) and not relative_not_same(
        "the 808", ("Synth Bass",)
    )
    assert not relative_not_same("the bass", ("Upright Bass",))


def test_a_cello_answered_on_the_fiddle_says_there_is_no_cello_after_the_verdict():
    loud = (level_finding("Fiddle", "strings", 9.0),)
    ans = advise_rock("is the cello too loud?", loud, snapshot=_folk())
    assert ans.text.startswith("Yes"), ans.text
    assert "There's no cello in this session, so I took it as 'Fiddle'." in ans.text, ans.text
    assert ans.suggestions[0].track == "Fiddle"


def test_a_synonym_or_a_family_word_gets_no_note():
    loud = (level_finding("Fiddle", "strings", 9.0),)
    for q in ("is the violin too loud?", "are the strings too loud?", "is the fiddle too loud?"):
        ans = advise_rock(q, loud, snapshot=_folk())
        assert ans.text.startswith("Yes") and "There's no" not in ans.text, (q, ans.text)
    horns = _session(("Horns", -18.0), ("Lead Vocal", -14.0))
    assert "There's no" not in advise_rock("is the sax too loud?", snapshot=horns).text


def test_an_808_on_an_upright_gets_the_note_and_on_a_synth_bass_does_not():
    assert "There's no 808 in this session" in advise_rock("is the 808 too loud?", snapshot=_folk()).text
    synth = _session(("Kick", -14.0), ("Synth Bass", -16.0), ("Lead Vocal", -14.0))
    assert "There's no" not in advise_rock("is the 808 too loud?", snapshot=synth).text


def _rock_plus(*rows: tuple[str, float]) -> Snapshot:
    return _session(("Kick", -14.0), ("Snare", -14.0), ("Bass", -16.0), ("Gtr L", -18.0), ("Gtr R", -18.0),
                    *rows, ("Lead Vocal", -14.0))  # fmt: skip


def test_a_named_instrument_with_no_relative_is_said_missing_and_the_mix_is_answered():
    ans = advise_rock("is the sax too loud?", snapshot=_rock_plus(("Keys", -22.0)))
    assert ans.text.startswith("There is no sax in this session"), ans.text
    assert (
        "Which track did you mean" not in ans.text
        and "Nothing I measured in the mix is out of line" in ans.text
    )
    loud = advise_rock(
        "is the flute too quiet?", (level_finding("Keys", "keys", 9.0),), snapshot=_rock_plus(("Keys", -12.0))
    )
    assert loud.text.startswith("There is no flute in this session"), loud.text
    assert "'Keys'" in loud.text and loud.suggestions and loud.suggestions[0].track == "Keys", loud.text


def test_every_instrument_the_roles_know_is_heard_in_a_question():
    organ = _rock_plus(("Organ", -20.0))
    loud = (level_finding("Gtr L", "electric guitar", 9.0),)
    for q, word in (
        ("is the clav too loud?", "clav"),
        ("is the fiddle too loud?", "fiddle"),
        ("is the flute ok?", "flute"),
    ):
        text = advise_rock(q, loud, snapshot=organ).text
        assert not text.startswith("Yes"), (q, text)  # never a verdict on 'Gtr L' as if it were the clav
        assert f"no {word} in this session" in text, (q, text)


def test_the_note_says_rhodes_as_one_instrument():
    text = advise_rock("is the rhodes too loud?", snapshot=_rock_plus(("Organ", -20.0))).text
    assert "There's no rhodes in this session, so I took it as 'Organ'." in text, text


def test_an_answer_about_another_part_still_says_the_one_asked_about_is_not_here():
    from fakes.analyses import clean
    from fakes.band_sessions import context

    from model.answer import understand_context
    from model.phrasing import Answer
    from model.stand_in import stand_in_note

    focus = understand_context(context("how much should i cut the organ?", _folk(), clean(), ()))
    body = "About 6 dB: bring the fader on 'Fiddle' down about 6 dB. Check at low volume."
    text = stand_in_note(focus, Answer(body, [], None)).text
    assert text == (
        "About 6 dB: bring the fader on 'Fiddle' down about 6 dB. There's no organ in this session "
        "(the nearest is 'Piano'). Check at low volume."
    ), text


# ---------------------------------------------------------------- instrument words (session 10, "words")


def test_cello_bass_and_plucked_string_words_are_instruments():
    from model.intent import classify

    for q, word, said in (
        ("is the vlc too loud?", "strings", "vlc"),
        ("is the violoncello too quiet?", "strings", "violoncello"),
        ("is the double bass too loud?", "bass", "double bass"),
        ("is the upright too loud?", "bass", "upright"),
        ("the upright bass is boomy", "bass", "upright bass"),
        ("is the banjo too loud?", "acoustic guitar", "banjo"),
        ("mandolin sounds harsh", "acoustic guitar", "mandolin"),
        ("can you hear the ukulele?", "acoustic guitar", "ukulele"),
    ):
        intent = classify(q)
        assert intent.instruments == (word,) and intent.mentions == (said,), (q, intent)
    assert classify("is the upright piano too loud?").instruments == ("piano",)
    assert classify("the double bass drums are too loud").instruments == ("kick",)  # a metal kit's two kicks
    assert classify("should i double the bass?").mentions == ("bass",)  # doubling, not a double bass


def test_the_tables_know_the_new_instruments():
    from companion.knowledge.roles import instrument_role
    from model.instrument_kin import spoken_name

    assert instrument_role("Banjo") == instrument_role("Mandolin") == "acoustic_guitar"
    assert instrument_role("Upright") == instrument_role("Double Bass") == "bass"
    assert instrument_role("Upright Piano") == "piano" and instrument_role("Violoncello") == "strings"
    assert instrument_kind("the banjo") == "banjo" and instrument_kind("Acoustic Gtr") == "acoustic guitar"
    assert instrument_kind("Acoustic Piano") == "piano" and instrument_kind("Acoustic Bass") == "upright bass"
    assert relative_not_same("the banjo", ("Acoustic Gtr",))
    assert not relative_not_same("the acoustic", ("Acoustic Gtr",))
    assert (
        spoken_name("vlc") == "cello" and spoken_name("tpt") == "trumpet" and spoken_name("banjo") == "banjo"
    )


def test_an_instrument_not_here_is_said_missing_by_its_name():
    rock = _rock_plus(("Keys", -22.0))
    for q, word in (("is the vlc too loud?", "cello"), ("is the violoncello too loud?", "violoncello")):
        ans = advise_rock(q, snapshot=rock)
        assert ans.text.startswith(f"There is no {word} in this session: your tracks are 'Kick'"), ans.text
    soul = _session(("Drums", -17.0), ("Bass", -18.5), ("Rhodes", -21.0), ("Lead Vocal", -14.0))
    ans = advise_rock("is the banjo too loud?", snapshot=soul)
    assert ans.text.startswith("There is no banjo in this session: your tracks are 'Drums'"), ans.text


def test_a_relative_stands_in_with_the_note_and_a_bass_word_finds_the_bass():
    loud = (level_finding("Acoustic Gtr", "acoustic guitars", 9.0),)
    ans = advise_rock("is the banjo too loud?", loud, snapshot=_folk())
    assert ans.text.startswith("Yes"), ans.text
    assert "There's no banjo in this session, so I took it as 'Acoustic Gtr'." in ans.text, ans.text
    assert ans.suggestions[0].track == "Acoustic Gtr"
    assert (
        "There's no cello in this session, so I took it as 'Fiddle'"
        in advise_rock("is the vlc too loud?", snapshot=_folk()).text
    )
    loud_bass = (level_finding("Bass", "basses", 9.0),)
    for q in ("is the double bass too loud?", "is the upright too loud?"):
        ans = advise_rock(q, loud_bass, snapshot=_rock_plus())
        assert ans.text.startswith("Yes") and ans.suggestions[0].track == "Bass", (q, ans.text)
        assert ans.suggestions[0].params["delta_db"] < 0 and "There's no" not in ans.text, (q, ans.text)
