"""The cards agree with the words (session 11, "cards"): a move the text declines ("so I'd leave it") is no card
and no "try this"; a level inside the usual range asked about as a move ("what would you do?") is a small nudge,
said as one; a dip the answer offers on a part's other tracks is said, never beside "looks fine"."""

from __future__ import annotations

import os

import pytest
from fakes.band_sessions import advise_rock, level_finding, rock_snapshot

from companion.context import Finding, FindingKind
from model.declined_move import declined_tracks, without_declined
from model.moves import eq
from model.phrasing import Answer
from model.recipes import recipe
from model.session_view import SessionView

ROCK = ("Kick", "Snare", "Hats", "Bass", "Gtr L", "Gtr R", "Keys", "Lead Vox")


def remark(track: str, role: str, deviation_db: float, delta_db: float) -> Finding:
    """A level remark inside the range real mixes use (severity under 0.3), as the diagnosis words it."""
    loud = deviation_db > 0
    return Finding(
        FindingKind.TRACK_TOO_LOUD if loud else FindingKind.TRACK_TOO_QUIET,
        0.2,
        f"'{track}' sits about {abs(deviation_db):.0f} dB {'louder' if loud else 'quieter'} against the rest of "
        f"your tracks than {role} do in 46 well-rated real mixes (MixologyDB).",
        {
            "role": role,
            "deviation_db": deviation_db,
            "suggested_delta_db": delta_db,
            "fader_db": 0.0,
            "typical_spread_db": [-9.0, 8.0],
        },
        track=track,
    )


def _fader_cards(advice: object, track: str) -> list[object]:
    return [s for s in advice.suggestions if s.track == track and s.action == "nudge_volume_db"]  # type: ignore[attr-defined]


# --------------------------------------------------------------- the guard, on any path's words


def test_a_pronoun_decline_speaks_of_the_part_the_sentence_before_names():
    text = (
        "No: 'Gtr R' sits about 3 dB quieter than electric guitars do. That's inside the range most well-rated "
        "mixes use, so I'd leave it. What is off is 'Kick': it sits 10 dB over."
    )
    assert declined_tracks(text, set(ROCK)) == {"Gtr R"}
    # a clause of its own: "sits fine" is the horns', the organ after the semicolon is not left alone
    both = "Yes, 'Horns' sits fine; and you're right about the organ: 'Organ' sits 2 dB over your lead vocal."
    assert declined_tracks(both, {"Horns", "Organ"}) == {"Horns"}
    # "I'd leave its fader" with the part elsewhere in the sentence, and nothing after a turn to another part
    assert (
        declined_tracks("No, I'd leave its fader: what is off is 'Kick': 'Kick' sits 12 dB over.", set(ROCK))
        == set()
    )
    assert declined_tracks("The rest is fine.", set(ROCK)) == set()  # no part named, no pronoun: nothing


def test_a_fader_card_on_a_part_left_alone_goes_with_its_sentence_and_size():
    s = SessionView(rock_snapshot())
    move = recipe(remark("Gtr R", "electric guitars", -3.0, 1.5), s)
    dip = eq(s.named("Gtr R"), 3000.0, -2.5, 2.0, "softens the bite", "Flip it in and out.")
    text = (
        f"About 1.5 dB: {move.try_text[0].lower()}{move.try_text[1:]} 'Gtr R' sits about 3 dB quieter. That's "
        f"inside the range most well-rated mixes use, so I'd leave it. {dip.try_text} {move.check_text}"
    )
    out = without_declined(Answer(text, [move, dip]), set(ROCK))
    assert [m.suggestions[0].action for m in out.moves] == ["eq_band"]  # the EQ the words still offer stays
    assert out.text.startswith("'Gtr R' sits about 3 dB quieter."), out.text
    assert (
        "Bring the fader" not in out.text and "bring the fader" not in out.text and "1.5 dB" not in out.text
    )
    assert move.check_text not in out.text and dip.try_text in out.text


def test_a_card_on_another_part_than_the_one_left_alone_stays():
    s = SessionView(rock_snapshot())
    kick = recipe(level_finding("Kick", "kick drums", 10.0), s)
    text = f"No, I'd leave its fader: nothing I measured says 'Bass' is too low. What is off is 'Kick'. {kick.try_text}"
    out = without_declined(Answer(text, [kick]), set(ROCK))
    assert out.moves == [kick] and out.text == text


# --------------------------------------------------------------- the plan: a declined level carries no move


def test_a_level_inside_the_usual_range_is_left_alone_with_no_card_whatever_the_answer_kind():
    quiet = remark("Gtr R", "electric guitars", -3.0, 1.5)
    for q in (
        "are the gtrs too loud or ok?",
        "how much should I turn the guitars down?",
        "are the gtrs too loud or ok? how much would you change them?",
    ):
        advice = advise_rock(q, (quiet,))
        assert not _fader_cards(advice, "Gtr R"), (q, advice.suggestions)
        assert "Bring the fader on 'Gtr R'" not in advice.text, (q, advice.text)
        assert not advice.text.startswith(("About", "Bring", "Not a cut")), (q, advice.text)
    plural = advise_rock("how much should I turn the guitars down?", (quiet,))
    assert plural.text.startswith(
        "Leave the guitars where they are: nothing I measured says they are too loud"
    ), plural.text


def test_a_move_asked_for_the_way_the_level_leans_is_a_small_nudge_said_as_one():
    quiet = remark("Gtr R", "electric guitars", -3.0, 1.5)
    advice = advise_rock("how do I make the guitars louder?", (quiet,))
    assert "so a small nudge is all it needs" in advice.text and "I'd leave it" not in advice.text, (
        advice.text
    )
    cards = _fader_cards(advice, "Gtr R")
    assert cards and cards[0].params["delta_db"] == 1.5  # type: ignore[attr-defined]
    # the other way ("louder?" of a part already over): no need, no card
    loud = remark("Kick", "kick drums", 4.0, -1.5)
    other = advise_rock("how do I make the kick louder?", (loud,))
    assert other.text.startswith("No need: 'Kick' sits about 4 dB louder"), other.text
    assert not _fader_cards(other, "Kick")


try:
    from benchmarks.sessions import render as render_mod
    from benchmarks.sessions import render_session

    MISSING = render_mod.missing()
except ImportError as e:  # pragma: no cover - the benchmarks package ships with the repo
    MISSING = str(e)


@pytest.mark.skipif(MISSING is not None and os.environ.get("CI", "").lower() != "true", reason=f"{MISSING}")
def test_clean_sessions_never_card_a_fader_their_words_leave_alone():
    from companion.app import Companion
    from companion.context import AudioClip

    questions = (
        "are the gtrs too loud or ok?",
        "how much should I turn the guitars down?",
        "how much louder should the kick be?",
        "how much should I bring the vocal up?",
        "is the piano too loud or ok?",
        "are the keys too loud?",
    )
    for style in ("rock", "pop", "folk"):
        s = render_session(style, seed=11, scenario_name="clean", seconds=8.0)
        names = {t.name for t in s.snapshot.tracks}
        for q in questions:
            r = Companion().ask(q, clip=AudioClip(s.mix, s.sample_rate, source=style), snapshot=s.snapshot)
            left = {n for n in names if f"'{n}'" in r.advice.text} & declined_tracks(r.advice.text, names)
            carded = {c.track for c in r.advice.suggestions if c.action == "nudge_volume_db"}
            assert not left & carded, (style, q, r.advice.text, r.advice.suggestions)
            assert not (r.advice.text.startswith("Bring the fader") and "I'd leave it" in r.advice.text), (
                style,
                q,
                r.advice.text,
            )


def test_the_same_dip_offered_on_a_parts_other_track_is_said_not_called_fine():
    from fakes.analyses import clean

    boomy = Finding(FindingKind.BOOMY, 0.6, "The mix is boomy: the low end (below 100 Hz) is 6 dB heavier.",
                    {"center_hz": 90.0, "range_hz": [50, 160]}, None)  # fmt: skip
    advice = advise_rock("how are the guitars?", (boomy,), analysis=clean())
    eq_cards = [c for c in advice.suggestions if c.action == "eq_band"]
    assert len(eq_cards) >= 2, (advice.text, advice.suggestions)
    for card in eq_cards[1:]:  # the other guitar's dip is offered in words, not beside "looks fine"
        assert f"The same dip on '{card.track}'" in advice.text, advice.text
        assert f"'{card.track}' looks fine" not in advice.text, advice.text
