"""Answer shapes found by hand on rendered sessions (explore6): two tools offered for one part ("eq or compression
for the snare?") got one of them answered; a level asked as a norm ("should the vocal be loud?") got "Yes:" above
"bring it down"; a part covered by a louder one ("how's the kick?") and a part itself off opened "One thing:"; a
bare "right" tag ("kick's fine right") was not read as a tag; a pair cleared of a clash got the classic slot dip
while a third part sat at the wrong level; a clap was soloed as "the snare"; and "what should I leave alone?" on a
mix with only a lean named only the parts the optional move did not touch."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.either_tool import offered_tools
from model.intent import classify
from model.level_norm import NORM, norm_opening
from model.state_right_tag import state_right_tag

SNARE_LOUD = level_finding("Snare", "snares", 10.0)
SNARE_QUIET = level_finding("Snare", "snares", -10.0)
VOX_QUIET = level_finding("Lead Vox", "lead vocals", -9.0)
BASS_LOUD = level_finding("Bass", "basses", 10.0)
BASS_COVERS_KICK = Finding(
    FindingKind.MASKING,
    0.6,
    "'Bass' covers 'Kick' at 60-250 Hz, where 'Kick' is strongest: 'Bass' is 11 dB louder than 'Kick' there.",
    {"other_track": "Kick", "range_hz": [60, 250], "over_db": 11.0},
    track="Bass",
)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [("eq or compression for the snare?", ("eq", "comp")), ("should i compress or eq the bass", ("comp", "eq")),
     ("eq/comp on the vocal?", ("eq", "comp")), ("eq vs compression on the acoustic", ("eq", "comp"))],
)  # fmt: skip
def test_two_tools_offered_are_found_in_the_order_said(question: str, kinds: tuple[str, str]) -> None:
    offered = offered_tools(question)
    assert offered is not None and (offered[0][0], offered[1][0]) == kinds, question


@pytest.mark.parametrize(
    "question", ["is it the eq or the fader?", "should i eq it or just turn it down", "eq the snare?"]
)
def test_a_tool_against_the_fader_or_one_tool_is_not_two_tools(question: str) -> None:
    assert offered_tools(question) is None, question


def test_two_tools_on_a_part_in_place_are_both_answered() -> None:
    ans = advise_rock("eq or compression on the snare?")
    assert ans.text.startswith("EQ: ") and " Compression: " in ans.text, ans.text


def test_two_tools_on_a_part_at_the_wrong_level_wait_for_its_fader() -> None:
    ans = advise_rock("eq or compression on the snare?", (SNARE_LOUD,))
    assert ans.text.startswith("Neither first: 'Snare' sits about 10 dB louder"), ans.text
    assert "neither EQ nor compression fixes a part sitting at the wrong level" in ans.text, ans.text
    assert ans.suggestions[0].track == "Snare" and ans.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "part", "loud"),
    [("should the vocal be loud?", "vocal", True), ("is the kick meant to be this loud", "kick", True),
     ("shouldnt the vocal be up front", "vocal", True), ("is the bass supposed to be so quiet", "bass", False),
     ("should the snare be on top?", "snare", True)],
)  # fmt: skip
def test_a_level_norm_names_the_part_and_the_way(question: str, part: str, loud: bool) -> None:
    m = NORM.search(question)
    assert m is not None and part in m.group("part") and (m.group("loud") is not None) == loud, question


@pytest.mark.parametrize(
    "question",
    [
        "should the vocal be louder?",
        "should i be louder",
        "is the vocal loud",
        "should it be louder than the gtr",
    ],
)
def test_a_move_or_a_state_is_not_a_level_norm(question: str) -> None:
    assert NORM.search(question) is None, question


def test_norm_openings_follow_the_measured_way() -> None:
    loud, quiet = FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET
    assert norm_opening(True, loud) == "Not this loud:" and norm_opening(False, quiet) == "Not this quiet:"
    assert norm_opening(True, quiet) == "Louder than it is now:"
    assert norm_opening(False, loud) == "Quieter than it is now:"
    assert norm_opening(True, None) == "About where it is now:"


@pytest.mark.parametrize(
    ("findings", "opening", "sign"),
    [((SNARE_LOUD,), "Not this loud: 'Snare' sits about 10 dB louder", -1),
     ((SNARE_QUIET,), "Louder than it is now: 'Snare' sits about 10 dB quieter", 1),
     ((), "About where it is now: ", 0)],
)  # fmt: skip
def test_should_the_snare_be_loud_is_answered_against_its_place(findings, opening: str, sign: int) -> None:
    ans = advise_rock("should the snare be loud?", findings)
    assert ans.text.startswith(opening), ans.text
    moves = [s for s in ans.suggestions if s.action == "nudge_volume_db"]
    assert (moves[0].params["delta_db"] * sign > 0) if sign else not moves, ans.text


def test_a_part_covered_by_a_louder_one_is_said_covered_first() -> None:
    how = advise_rock("how's the kick", (BASS_LOUD, BASS_COVERS_KICK))
    assert how.text.startswith("'Bass' covers it: 'Bass' sits about 10 dB louder"), how.text
    huge = advise_rock("is the kick huge", (BASS_LOUD, BASS_COVERS_KICK))
    assert huge.text.startswith("No, 'Bass' covers it: "), huge.text
    assert how.suggestions[0].track == "Bass" and how.suggestions[0].params["delta_db"] < 0


def test_a_part_itself_off_opens_with_its_way_not_one_thing() -> None:
    assert advise_rock("how's the snare", (SNARE_LOUD,)).text.startswith("Too loud: 'Snare' sits")
    assert advise_rock("how's the snare sounding", (SNARE_QUIET,)).text.startswith("Too quiet: 'Snare' sits")


@pytest.mark.parametrize(
    "question",
    ["kick's fine right", "the vocal's fine right", "snare level's good right", "the bass is too loud right"],
)
def test_a_bare_right_after_a_state_is_a_tag(question: str) -> None:
    assert state_right_tag(question) is not None and classify(question).tag, question


@pytest.mark.parametrize(
    "question",
    ["the guitar is panned right", "does it sit right", "is that right", "the guitars are level right"],
)
def test_right_as_the_statement_s_own_word_is_no_tag(question: str) -> None:
    assert state_right_tag(question) is None, question


def test_kick_s_fine_right_is_a_no_when_the_kick_is_off() -> None:
    ans = advise_rock("kick's fine right", (level_finding("Kick", "kick drums", 10.0),))
    assert ans.text.startswith("No: 'Kick' sits about 10 dB louder"), ans.text


def test_a_pair_cleared_of_a_clash_is_followed_by_the_part_off() -> None:
    ans = advise_rock("are the kick and bass fighting?", (VOX_QUIET,))
    assert ans.text.startswith("No, not each other: nothing I measured shows 'Kick' covering 'Bass'"), (
        ans.text
    )
    assert "What is off is 'Lead Vox': 'Lead Vox' sits about 9 dB quieter" in ans.text, ans.text
    assert ans.suggestions[0].track == "Lead Vox" and ans.suggestions[0].params["delta_db"] > 0
    assert "classic fix" not in ans.text


def test_a_pair_cleared_with_nothing_else_off_keeps_its_answer() -> None:
    ans = advise_rock("are the kick and bass fighting?")
    assert ans.text.startswith("No: nothing I measured shows 'Kick' covering 'Bass'"), ans.text


def test_leave_alone_on_a_lean_says_the_parts_its_move_touches_are_in_line_too() -> None:
    from fakes.band_sessions import MUDDY_LEAN

    ans = advise_rock("what should i leave alone", (MUDDY_LEAN,))
    assert ans.text.startswith("Leave 'Kick', 'Snare', 'Hats', 'Bass' and 'Lead Vox' as they are"), ans.text
    assert "'Gtr L', 'Gtr R' and 'Keys' are in line too. At most, the mix leans a little muddy." in ans.text


def test_a_part_fine_on_its_own_beside_a_lean_in_its_range_is_no_hedge() -> None:
    from fakes.band_sessions import MUDDY_LEAN

    how = advise_rock("how's the keys", (MUDDY_LEAN,))
    assert how.text.startswith("Fine on its own; at most this: the mix leans a little muddy."), how.text
    nothing = advise_rock("nothing wrong with the keys right", (MUDDY_LEAN,))
    assert nothing.text.startswith("Nothing on its own; at most this: the mix leans a little muddy."), (
        nothing.text
    )
    # a yes/no on how the part sounds keeps the hedge that answers it; an open follow-up keeps its own opening
    assert advise_rock("is the keys huge", (MUDDY_LEAN,)).text.startswith("Possibly: ")
    assert advise_rock("what about the keys", (MUDDY_LEAN,)).text.startswith("'Keys' may play a part: ")
