"""A cause blamed for a symptom (the master's plug-ins, read from the snapshot), the top end's symptom words, two
questions in one answered in the order asked, a technique's settings asked on a part at the wrong level, and
"what number?" after a move (model/master_chain.py, top_symptoms.py, top_share.py, two_asks.py,
settings_level.py, number_follow_up.py)."""

from __future__ import annotations

import pytest
from test_answer_reverb import session as reverb_session

from companion.context import Fx, FxParam, Master, MixContext, Snapshot, Turn
from companion.knowledge import reaeq
from companion.listening.diagnosis import diagnose
from model.intent import complaint_in
from model.master_chain import blames_master, master_verdict
from model.rules import RulesAdvisor
from model.top_end import asks_too_bright
from model.two_asks import split_asks
from tests.fakes.analyses import clean

LIMIT = Fx(0, "VST: ReaLimit (Cockos)", True, (FxParam(0, "Threshold", 0.95, "-2.8"),))


def _reaeq(hz: float, gain_db: float) -> Fx:
    """A ReaEQ with one band at ``hz`` set to ``gain_db``, as REAPER lists it."""
    params = (
        FxParam(0, "Freq-Band 1", 0.5, f"{hz:.1f}"),
        FxParam(1, "Gain-Band 1", round(reaeq.gain_norm(gain_db), 4), f"{gain_db:+.1f}"),
    )
    return Fx(1, "VST: ReaEQ (Cockos)", True, params)


def _master(*fx: Fx) -> Snapshot:
    return Snapshot(master=Master(fx=fx))


@pytest.mark.parametrize(
    "question",
    [
        "top end is all ticky n scratchy",
        "the highs are tizzy",
        "kinda spitty up top",
        "so splashy",
        "sizzly mix",
    ],
)
def test_top_end_symptom_words_are_a_harsh_complaint_about_the_top(question: str) -> None:
    assert complaint_in(question) == "harsh"  # said of the whole mix
    assert asks_too_bright(question)


@pytest.mark.parametrize(
    ("question", "blames"),
    [
        ("thinking its my master eq?", True),
        ("top end is tizzy, is it the master eq?", True),
        ("bet it's my mix bus comp", True),
        ("mix sounds muddy, should i eq the master bus", False),  # a move proposed, not a cause blamed
        ("is the vocal eq doing that?", False),  # not the master
    ],
)
def test_a_cause_blamed_on_the_master(question: str, blames: bool) -> None:
    assert blames_master(question) is blames


def test_a_master_with_no_eq_clears_the_blamed_eq_and_names_what_it_has() -> None:
    v = master_verdict(_master(LIMIT), "top end is ticky, thinking its my master eq?", "eq", "harsh")
    assert v is not None and v.cleared and v.text == "there's no EQ on your master, only ReaLimit"


def test_a_master_reaeq_boosting_the_top_is_a_share_of_the_cause() -> None:
    q = "top end is ticky, is it the master eq?"
    boost = master_verdict(_master(LIMIT, _reaeq(10000.0, 4.0)), q, "eq", "harsh")
    assert boost is not None and not boost.cleared
    assert boost.text == "the ReaEQ on your master boosts +4.0 dB around 10 kHz (Band 1)"
    flat = master_verdict(_master(_reaeq(10000.0, 1.0)), q, "eq", "harsh")  # under 3 dB: ordinary shaping
    assert flat is not None and flat.cleared and "boosts nothing up top" in flat.text
    low = master_verdict(_master(_reaeq(100.0, 6.0)), q, "eq", "harsh")  # a boost outside the top: not it
    assert low is not None and low.cleared


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is the sub bass too loud, also should i compress it harder", ("is the sub bass too loud", "should i compress it harder")),
        ("bass too loud? should i eq it?", ("bass too loud?", "should i eq it?")),
        ("is the kick too quiet and should i add compression", ("is the kick too quiet", "should i add compression")),
        ("is the kick and the bass too loud?", None),
    ],
)  # fmt: skip
def test_two_questions_in_one_are_split_where_the_second_starts(
    question: str, asks: tuple[str, str] | None
) -> None:
    assert split_asks(question) == asks


def _ask_reverb(*questions: str) -> list[str]:
    snap, analysis, history, texts = reverb_session(True), clean(), (), []
    for q in questions:
        ctx = MixContext(q, None, snap, analysis, tuple(diagnose(analysis, snap)), history)
        advice = RulesAdvisor().advise(ctx)
        texts.append(advice.text)
        history = (*history, Turn("user", q), Turn("assistant", advice.text))
    return texts


def test_what_number_after_a_reverb_move_gives_that_moves_size() -> None:
    first, number = _ask_reverb("is the reverb too much?", "what number should I set it to?")
    assert "bring the fader on 'Vox Verb' (it's at -6.0 dB now) down about 3 dB" in first, first
    assert number.startswith("About 3 dB: bring the fader on 'Vox Verb'"), number
