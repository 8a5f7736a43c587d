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
