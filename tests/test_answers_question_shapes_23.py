"""Which part a question is about (issue 10): an instrument named that is not in the session but answered through
a same-family track is said to be missing ("There's no organ in this session, so I took it as 'Keys'"), after a
yes/no verdict and never for a family word ("the keys"); "something's off in the vocals, is it the lead?" answers
the guess and then the measured fault on another member of that family, with its move first; "the bottom end too
heavy" is the low end's complaint."""

from __future__ import annotations

import dataclasses
import re

from fakes.band_sessions import _track, advise_rock, level_finding, rock_snapshot, soul_snapshot

from companion.context import Snapshot


def _with_tracks(snapshot: Snapshot, *rows: tuple[str, float]) -> Snapshot:
    """``snapshot`` with more tracks (name, average peak dB) after its own."""
    n = len(snapshot.tracks)
    extra = tuple(_track(n + i + 1, name, lv) for i, (name, lv) in enumerate(rows))
    return dataclasses.replace(snapshot, tracks=snapshot.tracks + extra)


def _folk() -> Snapshot:
    """An acoustic session: no electric guitar, no organ, a harmony vocal beside the lead."""
    rows = (("Acoustic Gtr", -18.0), ("Upright Bass", -18.0), ("Piano", -22.0), ("Lead Vocal", -14.0),
            ("Harmony Vox", -20.0))  # fmt: skip
    base = rock_snapshot()
    return dataclasses.replace(base, tracks=tuple(_track(i + 1, n, lv) for i, (n, lv) in enumerate(rows)))


def test_an_instrument_not_here_answered_through_its_family_says_so_after_the_verdict():
    ans = advise_rock("is the organ too loud?")
    assert ans.text.startswith("No"), ans.text
    assert "There's no organ in this session, so I took it as 'Keys'." in ans.text, ans.text
    loud = advise_rock("is the organ too loud?", (level_finding("Keys", "keys", 9.0),))
    assert loud.text.startswith("Yes"), loud.text
    assert "There's no organ in this session" in loud.text and loud.suggestions[0].track == "Keys"


def test_a_how_to_on_an_instrument_not_here_opens_with_the_note():
    for q in ("how do i make the organ warmer?", "what should i do to the organ to make it brighter"):
        text = advise_rock(q).text
        assert text.startswith("There's no organ in this session, so I took it as 'Keys':"), (q, text)


def test_a_family_word_or_the_instrument_itself_gets_no_note():
    for q in ("are the keys too loud?", "how do i make the keys warmer?", "is the keys track too loud?"):
        assert "There's no" not in advise_rock(q).text, q
    assert "There's no" not in advise_rock("is the piano too loud?", snapshot=_folk()).text


def test_a_guitar_of_the_other_kind_is_a_stand_in():
    text = advise_rock("how do i make the acoustic sit better?").text
    assert text.startswith(
        "There's no acoustic guitar in this session, so I took it as 'Gtr L' and 'Gtr R'"
    ), text
    folk = advise_rock("is the electric guitar too loud?", snapshot=_folk()).text
    assert folk.startswith("No") and "There's no electric guitar in this session" in folk, folk
    assert "There's no" not in advise_rock("is the electric guitar too loud?").text  # rock: 'Gtr L' is one


def test_off_in_the_family_with_a_fine_guess_goes_on_to_the_member_that_is_off():
    ans = advise_rock(
        "something off about the drums, is the kick too loud?", (level_finding("Hats", "hi-hats", 9.0),)
    )
    assert ans.text.startswith("No"), ans.text
    assert re.search(r"What is off (in the drums )?is 'Hats'", ans.text), ans.text
    assert ans.suggestions[0].track == "Hats" and ans.suggestions[0].params["delta_db"] < 0


def test_off_in_the_vocals_is_the_main_one_too_loud_names_the_harmony():
    found = (level_finding("Harmony Vox", "backing vocals", 10.0),)
    for q in ("somethin sounds off in the vocals, is the main one too loud?",
              "something's off in the vocals, is the lead too loud?"):  # fmt: skip
        ans = advise_rock(q, found, snapshot=_folk())
        assert ans.text.startswith("No"), (q, ans.text)
        assert "'Harmony Vox'" in ans.text and ans.suggestions[0].track == "Harmony Vox", (q, ans.text)
    blame = advise_rock("something's wrong with the vocals, is it the lead?", found, snapshot=_folk())
    assert blame.text.startswith("Not") and blame.suggestions[0].track == "Harmony Vox", blame.text
    assert re.search(r"What is off (in the vocals )?is 'Harmony Vox'", blame.text, re.I), blame.text


def test_the_guess_is_the_subject_not_the_family_word():
    found = (level_finding("Harmony Vox", "backing vocals", 10.0),)
    ans = advise_rock("something feels off in the vocals, is the harmony too loud?", found, snapshot=_folk())
    assert ans.text.startswith("Yes") and ans.suggestions[0].track == "Harmony Vox", ans.text


def test_a_guess_that_is_right_or_a_family_that_is_fine_adds_nothing():
    right = advise_rock(
        "something's off in the drums, is it the hats?", (level_finding("Hats", "hi-hats", 9.0),)
    )
    assert right.text.startswith("Yes") and "What is off" not in right.text, right.text
    clean = advise_rock("something sounds off in the vocals, is the lead too loud?", snapshot=_folk())
    assert "What is off" not in clean.text and "'Harmony Vox'" not in clean.text, clean.text


def test_a_guess_not_in_the_session_says_so_then_what_is_off_in_the_family():
    found = (level_finding("Lead Vocal", "lead vocals", -9.0),)
    ans = advise_rock(
        "something sounds off in the vocals, are the harmonies too loud?", found, soul_snapshot()
    )
    assert ans.text.startswith("There is no harmony in this session."), ans.text
    assert (
        "What is off in the vocals is 'Lead Vocal'" in ans.text and ans.suggestions[0].track == "Lead Vocal"
    )


def test_the_bottom_end_too_heavy_is_the_low_end_complaint():
    ans = advise_rock("is the bottom end too heavy?", (level_finding("Bass", "basses", 10.0),))
    assert ans.text.startswith("Yes"), ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


def test_a_bare_either_or_tail_names_the_part_or_neither():
    hot = advise_rock("the low end feels muddy, kick or bass?", (level_finding("Bass", "basses", 10.0),))
    assert hot.text.startswith("It's 'Bass', not 'Kick'"), hot.text
    assert hot.suggestions[0].track == "Bass"
    fine = advise_rock("the low end feels muddy, kick or bass?")
    assert fine.text.startswith("Neither stands out:"), fine.text
    assert advise_rock("is it the kick or the bass that's too loud?").text.startswith("Neither"), "both fine"
