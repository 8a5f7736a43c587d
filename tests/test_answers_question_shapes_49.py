"""Question shapes about parts, pairs of parts and their levels: a part's own punch asked while an unrelated part
sits too loud gets the part's own attack, not that fader; a clap has no snare wires; two parts fine beside a fault
elsewhere are said fine, then the fault; a nasal verdict says nasal; "fiddle vs piano levels?" is an open ask (no
"Yes:"/"No:"); a move asked permission for on a part inside its range gets how far it can go; a tool asked about
for a fine part gets the fader fault elsewhere first; and "are the kick and snare ok?" leads with the one off."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot, soul_snapshot

from companion.context import Finding, FindingKind, Project, Snapshot, Track, TrackLevel
from model.aspect_phrase import aspect_phrase
from model.focus import Asked, Focus
from model.intent import classify
from model.level_room import room_db
from model.nasal import said_back_nasal
from model.permission_move import asked_amount, asked_way
from model.phrasing import Answer
from model.rules import RulesAdvisor
from model.session_view import SessionView
from model.stand_in_anatomy import own_anatomy


def advise_soul(question: str, findings: tuple[Finding, ...] = ()):
    return RulesAdvisor().advise(context(question, soul_snapshot(), clean(), findings))


BASS_HOT = level_finding("Bass", "basses", 10.0)
"""The soul session's bass 10 dB over its place: a fader fault on a part nobody asked about."""


@pytest.mark.parametrize("question", ["bass more punchy", "how do i make the bass punchier"])
def test_a_parts_own_punch_is_not_blamed_on_a_guitar_too_loud_in_the_mids(question: str) -> None:
    loud = level_finding("Gtr L", "electric guitars", 7.0)
    advice = advise_rock(question, (loud,))
    assert advice.text.startswith("Put a compressor on 'Bass' (it has none): ratio about 3:1"), advice.text
    assert "'Gtr L'" not in advice.text
    assert not any(s.track == "Gtr L" for s in advice.suggestions)


def test_a_sibling_too_loud_still_takes_the_kicks_punch() -> None:
    loud = level_finding("Snare", "snares", 9.0)
    advice = advise_rock("how do i make the kick punchier", (loud,))
    assert advice.text.startswith("Bring the fader on 'Snare' (it's at +0.0 dB now) down about 8 dB."), (
        advice.text
    )
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -8.0


def test_a_part_covering_the_asked_one_still_takes_its_punch() -> None:
    loud = level_finding("Keys", "keyboards", 9.0)
    covers = Finding(
        FindingKind.MASKING,
        0.4,
        "'Keys' covers 'Bass' at 250-500 Hz.",
        {"other_track": "Bass", "range_hz": [250, 500]},
        "Keys",
    )
    advice = advise_rock("how do i make the bass punchier", (loud, covers))
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0, advice.text


def _clap_session() -> Snapshot:
    level = TrackLevel(-20.0, -11.0, 16.0)
    names = ("Kick", "Clap", "Snare")
    return Snapshot(
        project=Project(name="pop"),
        tracks=tuple(Track(f"{{T{i}}}", i + 1, n, 0.0, level=level) for i, n in enumerate(names)),
    )


def _asked(session: SessionView, *names: str) -> Focus:
    asked = tuple(Asked(n.lower(), n.lower(), (session.named(n),), "name") for n in names)
    return Focus(classify("how is the " + " and ".join(names).lower()), asked, session)


def test_a_clap_has_no_snare_wires_but_a_snare_asked_beside_it_keeps_them() -> None:
    session = SessionView(_clap_session())
    assert session.named("Clap").role == "snare"  # a clap is filed with the snares
    said = "It's fine. Where the snare's wires sit, the whole mix's air band is 8.7 dB above the median real mix."
    clap = own_anatomy(_asked(session, "Clap"), Answer(said))
    assert clap.text == (
        "It's fine. Where the clap's sizzle sits, the whole mix's air band is 8.7 dB above the median real mix."
    )
    body = own_anatomy(_asked(session, "Clap"), Answer("Where the snare's body sits, the bass band is flat."))
    assert body.text == "Where the clap's body sits, the bass band is flat."
    both = own_anatomy(_asked(session, "Clap", "Snare"), Answer(said))
    assert both.text == said


def test_two_fine_parts_with_the_bass_hot_are_fine_then_the_bass_fader() -> None:
    advice = advise_soul("hows the horns n strings", (BASS_HOT,))
    assert advice.text.startswith(
        "'Horns' and 'Strings' are fine on their own; the trouble is elsewhere: 'Bass' sits about 10 dB louder"
    ), advice.text
    assert "Their meters: 'Horns' -19.5 dBFS peak, 'Strings' -24.0 dBFS peak." in advice.text
    card = advice.suggestions[0]
    assert (card.action, card.track, card.params["delta_db"]) == ("nudge_volume_db", "Bass", -9.0)


def test_two_fine_parts_on_a_fine_mix_stay_fine() -> None:
    advice = advise_soul("hows the horns n strings")
    assert "trouble is elsewhere" not in advice.text and not advice.suggestions, advice.text


@pytest.mark.parametrize(
    ("question", "said"),
    [("is the vocal nasal?", "nasal"), ("is the rhodes honky", "honky"), ("is the rhodes boxy?", "boxy")],
)
def test_a_nasal_verdict_says_the_users_word_not_boxy(question: str, said: str) -> None:
    advice = advise_soul(question)
    assert advice.text.startswith("No: nothing I measured says"), advice.text
    assert f"is {said}." in advice.text.split(". ")[0] + ".", advice.text


def test_said_back_nasal_only_rewrites_the_boxy_verdict_of_a_nasal_question() -> None:
    text = "Nothing I measured says 'Horns' is boxy. Its meter reads -25.9 LUFS."
    assert said_back_nasal("horns sound nasal", "boxy", text).startswith(
        "Nothing I measured says 'Horns' is nasal."
    )
    assert said_back_nasal("horns sound boxy", "boxy", text) == text


@pytest.mark.parametrize(
    ("text", "open_ask"),
    [
        ("fiddle vs piano levels?", True),
        ("fiddle and piano levels?", True),
        ("fiddle vs piano?", True),
        ("bass level?", True),
        ("the fiddle vs piano levels are off?", False),
        ("vocal too loud?", False),
        ("is the bass level ok?", False),
    ],
)
def test_a_bare_noun_phrase_asked_rising_is_an_open_ask(text: str, open_ask: bool) -> None:
    assert aspect_phrase(text) is open_ask


def test_rhodes_vs_strings_levels_is_no_yes_or_no() -> None:
    intent = classify("rhodes vs strings levels?")
    assert not intent.asks_problem and not intent.tag
    advice = advise_soul("rhodes vs strings levels?")
    # two parts asked: "Both are fine:", not "It's fine:" (model.pair_opening)
    assert advice.text.startswith("Both are fine: nothing I measured says 'Rhodes' is out of line."), (
        advice.text
    )
    assert "'Strings' is fine" in advice.text


@pytest.mark.parametrize(
    ("question", "up", "amount"),
    [
        ("can i make the vocal louder?", True, None),
        ("is it ok if i turn the bass down a bit?", False, None),
        ("am i ok to raise the kick 2db?", True, 2.0),
        ("would it hurt to pull the hats back 1.5 db", False, 1.5),
    ],
)
def test_the_way_and_size_of_a_move_asked_permission_for(
    question: str, up: bool, amount: float | None
) -> None:
    assert asked_way(question, classify(question).complaint) is up
    assert asked_amount(question) == amount


def test_the_room_is_where_the_balance_check_first_flags_the_moved_part() -> None:
    room = room_db(soul_snapshot(), "Lead Vocal", up=True)
    assert room == (8.0, ("Lead Vocal", FindingKind.TRACK_TOO_LOUD))
    assert room_db(soul_snapshot(), "Horns", up=False) == (10.5, ("Horns", FindingKind.TRACK_TOO_QUIET))
    assert room_db(soul_snapshot(), "Organ", up=True) is None


def test_can_i_make_the_vocal_louder_on_a_fine_mix_says_how_far_it_can_go() -> None:
    advice = advise_soul("can i make the vocal louder?")
    assert advice.text.startswith(
        "You can: nothing I measured says 'Lead Vocal' is too loud or too low (its meter averages -14.0 dBFS "
        "peak). It has roughly 8 dB of room up before the balance check would call it too loud."
    ), advice.text
    card = advice.suggestions[0]
    assert (card.track, card.params["delta_db"]) == ("Lead Vocal", 2.0)


def test_permission_on_a_fine_part_beside_a_fault_names_the_fader_that_needs_a_move() -> None:
    advice = advise_soul("is it ok if i pull the horns down a bit", (BASS_HOT,))
    assert advice.text.startswith("You can:"), advice.text
    assert "The fader that does need a move is elsewhere: 'Bass' sits about 10 dB louder" in advice.text
    assert [(s.track, s.params["delta_db"]) for s in advice.suggestions] == [("Horns", -2.0), ("Bass", -9.0)]


def test_permission_on_a_part_measured_off_keeps_the_verdict() -> None:
    advice = advise_soul("can i make the bass louder?", (BASS_HOT,))
    assert not advice.text.startswith("You can"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "state"),
    [("should i compress the drums?", "Your 'Drums' has no compressor yet."), ("should i eq the drums?", "")],
)
def test_a_tool_on_a_fine_part_waits_for_the_fader_fault_elsewhere(question: str, state: str) -> None:
    advice = advise_soul(question, (BASS_HOT,))
    assert advice.text.startswith(
        "Not first: the fault I measured is elsewhere: 'Bass' sits about 10 dB louder"
    ), advice.text
    assert state in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == -9.0


def test_a_tool_on_a_fine_part_of_a_fine_mix_keeps_its_knowledge_answer() -> None:
    advice = advise_soul("should i compress the drums?")
    assert advice.text.startswith("In 90 real mixes (MixologyDB), compressors ran at a median"), advice.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [("are the kick and snare ok?", "No:"), ("hows the kick and snare", "Too quiet:")],
)
def test_two_parts_asked_with_the_second_off_lead_with_it(question: str, opening: str) -> None:
    quiet = level_finding("Snare", "snares", -10.0)
    advice = advise_rock(question, (quiet,))
    assert advice.text.startswith(f"{opening} 'Snare' sits about 10 dB quieter"), advice.text
    assert "'Kick' is fine: nothing I measured says it is out of line" in advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == 9.0


def test_a_part_said_only_in_a_parenthesis_still_gets_its_word() -> None:
    quiet = dataclasses.replace(
        level_finding("Snare", "snares", -10.0),
        summary="'Snare' sits about 10 dB quieter against your other drum mics ('Kick', 'Hats') than snares do.",
    )
    advice = advise_rock("are the kick and snare ok?", (quiet,), snapshot=rock_snapshot())
    assert "'Kick' is fine" in advice.text, advice.text


def test_is_the_rhodes_ok_with_the_bass_hot_is_yes_then_the_bass_fader() -> None:
    advice = advise_soul("is the rhodes ok?", (BASS_HOT,))
    assert advice.text.startswith(
        "Yes, 'Rhodes' is fine on its own; the trouble is elsewhere: 'Bass' sits about 10 dB louder"
    ), advice.text
    assert "Its meter: 'Rhodes' -21.0 dBFS peak." in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == -9.0


@pytest.mark.parametrize(
    "question", ["kick or snare louder?", "so the kick or the snare louder", "is the kick or snare louder?"]
)
def test_two_parts_ranked_without_which_name_the_louder_one(question: str) -> None:
    advice = advise_rock(question)
    assert advice.text.startswith(
        "'Kick' is the louder one: its meter reads -18.0 dBFS peak against -19.0"
    ), advice.text


def test_a_frequency_band_asked_ok_keeps_its_band_answer() -> None:
    horns = level_finding("Horns", "horn sections", 10.0)
    advice = advise_soul("is the bass band ok?", (horns,))
    assert "the trouble is elsewhere" not in advice.text, advice.text
    rhodes = advise_soul("is the rhodes ok?", (horns,))
    assert rhodes.text.startswith("Yes, 'Rhodes' is fine on its own; the trouble is elsewhere: 'Horns'"), (
        rhodes.text
    )


def test_a_good_state_or_a_move_is_no_ranking_of_two_parts() -> None:
    from model.intent_forms import TWO_RANKED

    assert TWO_RANKED.search("kick or snare louder?")
    assert not TWO_RANKED.search("piano chords sitting ok or should they be louder")
