"""Question shapes about comparisons, pairs of parts, hypotheticals and the opening verdict: a new amp or cab
guessed as the fix with no part named, while another part sits at the wrong level, gets "No" and that fader."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind, Project, Snapshot, Track, TrackLevel
from model.heard_place import place_opening
from model.hypothetical_move import as_permission
from model.intent import classify
from model.negated_claim import ruled_out

SNARE_HOT = level_finding("Snare", "snares", 13.0)
"""The rock session's snare 13 dB over its place: a fader fault on a part the guess does not name."""


def test_a_cab_swap_guessed_with_no_part_named_is_not_the_fix_for_a_snare_too_loud() -> None:
    advice = advise_rock("gonna swap the cab in my amp sim, thats the fix right?", (SNARE_HOT,))
    assert advice.text.startswith("No, not a new amp or cab: 'Snare' sits about 13 dB louder"), advice.text
    assert "A new amp or cab leaves that as it is" in advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -12.0


def test_which_is_louder_reads_a_part_of_two_tracks_on_both() -> None:
    advice = advise_rock("which is louder, vox or guitar")
    assert advice.text.startswith(
        "'Lead Vox' is the louder one: its meter reads -13.0 dBFS peak against -17.0 dBFS peak for 'Gtr L'; "
        "'Gtr L' is the louder of your 2 guitar tracks ('Gtr R' reads -17.0 dBFS peak)."
    ), advice.text


def test_which_is_quieter_names_the_quieter_part_first() -> None:
    advice = advise_rock("which is quieter, the guitars or the keys?")
    assert advice.text.startswith(
        "'Keys' is the quieter one: its meter reads -22.0 dBFS peak against -17.0 dBFS peak for 'Gtr L'"
    ), advice.text


def _metered(levels: dict[str, float]) -> Snapshot:
    """A session whose tracks carry loudness meters (LUFS), as the bridge reports them."""
    return Snapshot(
        project=Project(name="soul"),
        tracks=tuple(
            Track(f"{{T{i}}}", i + 1, n, 0.0, level=TrackLevel(v + 4.0, v + 13.0, 16.0, lufs=v))
            for i, (n, v) in enumerate(levels.items())
        ),
    )


VOCALS = {"Kick": -26.4, "Snare": -25.6, "Lead Vocal": -20.0, "Backing Vox": -28.4}


def test_bgvs_vs_lead_gives_both_meters_and_their_gap() -> None:
    advice = advise_rock("bgvs vs lead levels?", snapshot=_metered(VOCALS))
    assert advice.text.startswith(
        "Both are fine: 'Backing Vox' reads -28.4 LUFS and 'Lead Vocal' -20.0 LUFS, an 8.4 dB gap with "
        "'Lead Vocal' on top."
    ), advice.text
    assert "backing-vocal tracks sit under the lead vocal by" in advice.text
    assert not advice.suggestions


def test_kick_vs_snare_holds_the_gap_against_real_mixes() -> None:
    advice = advise_rock("kick vs snare levels", snapshot=_metered(VOCALS))
    assert advice.text.startswith(
        "Both are fine: 'Kick' reads -26.4 LUFS and 'Snare' -25.6 LUFS, a 0.8 dB gap with 'Snare' on top."
    ), advice.text
    assert "(MixologyDB) the middle half put the kick drum" in advice.text


def test_a_versus_question_with_a_fault_on_one_part_keeps_that_fault_first() -> None:
    loud = level_finding("Backing Vox", "backing vocals", 10.0)
    advice = advise_rock("bgvs vs lead levels?", (loud,), snapshot=_metered(VOCALS))
    assert not advice.text.startswith("Both"), advice.text
    assert advice.suggestions[0].track == "Backing Vox" and advice.suggestions[0].params["delta_db"] == -9.0


BAND = {"Kick": -26.4, "Snare": -25.6, "Bass": -25.5, "Gtr L": -24.9, "Gtr R": -26.7, "Lead Vocal": -20.0}
"""A rock session with loudness meters: the vocal 4.9 dB over the louder guitar, the bass 1 dB over the kick."""


def test_guitars_over_the_vocal_asked_as_a_what_if_gets_the_choice_and_its_cost() -> None:
    advice = advise_rock("is it ok if the guitars are louder than the vocal", snapshot=_metered(BAND))
    assert advice.text.startswith("It's a choice, with a cost:"), advice.text
    assert "it costs the words" in advice.text
    assert (
        "Yours now: 'Gtr L' reads -24.9 LUFS and 'Lead Vocal' -20.0 LUFS, so 'Gtr L' is under it by 4.9 dB."
        in (advice.text)
    )
    assert not advice.suggestions


def test_a_what_if_with_the_part_too_loud_gives_its_fader_after_the_choice() -> None:
    loud = level_finding("Gtr L", "electric guitars", 9.0)
    advice = advise_rock(
        "would it be bad if the guitars were louder than the vocal?", (loud,), _metered(BAND)
    )
    assert advice.text.startswith("It's a choice, with a cost:"), advice.text
    assert "But first, what is off: 'Gtr L' sits about 9 dB louder" in advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] == -8.0


def test_the_bass_over_the_kick_as_a_norm_is_held_against_real_mixes() -> None:
    advice = advise_rock("is it ok for the bass to be louder than the kick?", snapshot=_metered(BAND))
    assert advice.text.startswith("Yes, that's common: in "), advice.text
    assert "(MixologyDB) the middle half put the bass" in advice.text
    assert (
        "'Bass' reads -25.5 LUFS and 'Kick' -26.4 LUFS, so 'Bass' is already over it by 0.9 dB."
        in advice.text
    )


def test_a_part_louder_in_the_verse_than_the_chorus_is_not_measured_by_section() -> None:
    advice = advise_rock("should the vocal be louder in the verse than the chorus", snapshot=_metered(BAND))
    assert advice.text.startswith("Not usually: the chorus carries the most"), advice.text
    assert "I can't split it by section, though: I read the whole clip as one stretch." in advice.text
    assert "Over this clip 'Lead Vocal' reads -20.0 LUFS, and nothing I measured says it is out of line." in (
        advice.text
    )
    assert "volume envelope" in advice.text and not advice.suggestions


def test_the_vocal_up_in_the_chorus_with_it_too_quiet_gets_its_fader_first() -> None:
    quiet = level_finding("Lead Vocal", "lead vocals", -9.0)
    advice = advise_rock("shud the vox come up in the chorus?", (quiet,), _metered(BAND))
    assert advice.text.startswith("Yes, usually by a dB or two: the chorus carries the most"), advice.text
    assert "But first, over the whole clip: 'Lead Vocal' sits about 9 dB quieter" in advice.text
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] == 8.0


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("the master sounds hollow and thin", "Yes, but the cause isn't the master"),
        ("my master feels super thin", "Yes, but the cause isn't your master"),
        ("my master feels thin, is it the limiter?", "No, not my master"),
        ("too much 3k on the master?", "No, not the master"),
    ],
)
def test_the_master_heard_thin_is_agreed_with_and_the_cause_moved(question: str, opening: str) -> None:
    place = "my master" if question.startswith("my") else "the master"
    assert place_opening(place, question) == opening


def test_the_master_sounding_thin_with_the_bass_low_agrees_then_gives_the_bass() -> None:
    quiet = level_finding("Bass", "basses", -10.0)
    advice = advise_rock("the master sounds hollow and thin", (quiet,))
    assert advice.text.startswith("Yes, but the cause isn't the master: 'Bass' sits about 10 dB quieter"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == 9.0


THIN_LEAN = Finding(
    FindingKind.THIN,
    0.4,
    "The mix leans a little thin. The low end (below 160 Hz): 9.7 dB lighter, like a low cut.",
    {"center_hz": 80.0},
    None,
)
"""A whole-mix thin lean in the bass's range, as the diagnosis words it."""


def test_a_fine_part_beside_a_lean_and_a_fader_fault_elsewhere_gets_that_fault() -> None:
    advice = advise_rock("hows the bass", (THIN_LEAN, level_finding("Snare", "snares", 10.0)))
    assert advice.text.startswith(
        "'Bass' is fine on its own; the trouble is elsewhere: 'Snare' sits about 10 dB louder"
    ), advice.text
    assert "The mix also leans a little thin; judge that after the fader." in advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -9.0


def test_a_fine_part_beside_a_lean_alone_keeps_the_lean_at_most() -> None:
    advice = advise_rock("hows the bass", (THIN_LEAN,))
    assert advice.text.startswith("Fine on its own; at most this: the mix leans a little thin."), advice.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("how are the keys and the bass", "Both are fine: nothing I measured says"),
        ("hows the guitars", "They're fine: nothing I measured says"),
        ("hows the kick", "It's fine: nothing I measured says 'Kick'"),
    ],
)
def test_an_answer_on_fine_parts_opens_in_the_plural_when_it_speaks_of_two(
    question: str, opening: str
) -> None:
    advice = advise_rock(question)
    assert advice.text.startswith(opening), advice.text


def test_the_claim_made_is_the_complaint_not_the_alternative_ruled_out() -> None:
    intent = classify("so its my vox being too loud, not the band being too quiet, right?")
    assert intent.complaint == "loud"
    assert classify("is the vocal too quiet?").complaint == "quiet"
    assert ruled_out("its the horns being too loud, not the vocal being too quiet, yeah?", 30)
    assert not ruled_out("not too loud, is it?", 0)


def test_a_part_too_loud_claimed_over_another_too_quiet_gets_a_yes() -> None:
    loud = level_finding("Lead Vox", "lead vocals", 12.0)
    advice = advise_rock("so its my vox being too loud, not the band being too quiet, right?", (loud,))
    assert advice.text.startswith("Yes: 'Lead Vox' sits about 12 dB louder"), advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] == -11.0


@pytest.mark.parametrize(
    "question",
    [
        "is the snare drowning the kick or is the kick too quiet",
        "is the kick too quiet or is the snare too loud",
    ],
)
def test_two_stories_on_two_parts_name_the_one_measured(question: str) -> None:
    advice = advise_rock(question, (level_finding("Snare", "snares", 13.0),))
    assert advice.text.startswith("It's 'Snare', not 'Kick': 'Snare' sits about 13 dB louder"), advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -12.0


def test_whats_louder_names_the_louder_part_not_neither() -> None:
    advice = advise_rock("whats louder, keys or hats?", snapshot=_metered({"Keys": -30.4, "Hats": -34.6}))
    assert advice.text.startswith(
        "'Keys' is the louder one: its meter reads -30.4 LUFS against -34.6 LUFS"
    ), advice.text


def test_who_wins_between_two_parts_is_their_gap() -> None:
    advice = advise_rock("kick vs snare, who wins?", snapshot=_metered(VOCALS))
    assert advice.text.startswith(
        "Both are fine: 'Kick' reads -26.4 LUFS and 'Snare' -25.6 LUFS, a 0.8 dB gap with 'Snare' on top."
    ), advice.text


def test_a_part_on_top_of_the_band_is_ranked_against_the_loudest_other() -> None:
    advice = advise_rock("is the vocal on top of the band?", snapshot=_metered(BAND))
    assert advice.text.startswith(
        "Yes, on top: 'Lead Vocal' is the loudest track at -20.0 LUFS, with a 4.9 dB gap to the next, 'Gtr L' "
        "(-24.9 LUFS)."
    ), advice.text


def test_a_part_under_another_is_not_on_top_and_its_fault_follows() -> None:
    quiet = level_finding("Snare", "snares", -8.0)
    advice = advise_rock("is the snare louder than everything else", (quiet,), _metered(BAND))
    assert advice.text.startswith(
        "No, not on top: 'Snare' reads -25.6 LUFS, under 'Lead Vocal' at -20.0 LUFS, the loudest track."
    ), advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == 7.0


@pytest.mark.parametrize(
    ("question", "permission"),
    [
        ("what if i turned the pad up 3db, would it be too much?", "can i turn the pad up 3db?"),
        (
            "if i dropped the snare like 4 db would that fix it",
            "can i drop the snare like 4 db would that fix it?",
        ),
        ("what if i muted it", None),
    ],
)
def test_a_what_if_move_reads_as_the_permission_it_asks(question: str, permission: str | None) -> None:
    assert as_permission(question) == permission


def test_a_what_if_raise_gets_the_parts_room_not_a_clip_before() -> None:
    advice = advise_rock("what if i turned the keys up 3db, would it be too much?")
    assert not advice.text.startswith("I don't have"), advice.text
    assert "of room up" in advice.text, advice.text
    assert advice.suggestions and advice.suggestions[0].track == "Keys"
    assert advice.suggestions[0].params["delta_db"] == 3.0


def test_hollow_mids_with_something_missing_and_a_part_too_quiet_agrees_then_names_it() -> None:
    quiet = level_finding("Keys", "keyboards", -13.0)
    advice = advise_rock("mix feels hollow in the mids, something missing yeah?", (quiet,))
    assert advice.text.startswith("Yes, something is missing, but not the mids: the whole mix's mid band"), (
        advice.text
    )
    assert "What does stand out: 'Keys' sits about 13 dB quieter" in advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == 12.0
