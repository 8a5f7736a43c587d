"""Question intents: what the amateur is asking about."""

from __future__ import annotations

import pytest

from companion.context import Topic, Turn
from model.intent import IntentKind, Wants, classify


@pytest.mark.parametrize(
    ("question", "kind", "topic", "technique"),
    [
        ("What do you hear?", IntentKind.WHAT_DO_YOU_HEAR, Topic.OVERALL_MIX, None),
        ("what do you think?", IntentKind.WHAT_DO_YOU_HEAR, Topic.OVERALL_MIX, None),
        ("Any feedback on this?", IntentKind.WHAT_DO_YOU_HEAR, Topic.OVERALL_MIX, None),
        ("How are the drums?", IntentKind.TOPIC, Topic.DRUMS, None),
        ("The snare feels weak", IntentKind.TOPIC, Topic.DRUMS, None),
        ("is the bass too loud?", IntentKind.TOPIC, Topic.BASS, None),
        ("how do the guitars sit", IntentKind.TOPIC, Topic.GUITARS, None),
        ("Can you hear the vocal?", IntentKind.TOPIC, Topic.VOCALS, None),
        ("what about the piano", IntentKind.TOPIC, Topic.KEYS, None),
        ("Is it loud enough for Spotify?", IntentKind.TOPIC, Topic.OVERALL_MIX, None),
        ("How should I compress the vocals?", IntentKind.TECHNIQUE, Topic.VOCALS, "compression"),
        ("what ratio for the kick?", IntentKind.TECHNIQUE, Topic.DRUMS, "compression"),
        ("Should I put reverb on the snare?", IntentKind.TECHNIQUE, Topic.DRUMS, "reverb"),
        ("how do I set up sidechain on the bass", IntentKind.TECHNIQUE, Topic.BASS, "sidechain"),
        ("where do I high-pass guitars", IntentKind.TECHNIQUE, Topic.GUITARS, "eq"),
        ("how should I pan things?", IntentKind.TECHNIQUE, Topic.OVERALL_MIX, "panning"),
        ("explain limiting", IntentKind.TECHNIQUE, Topic.OVERALL_MIX, "limiting"),
        ("do I need a gate on the toms", IntentKind.TECHNIQUE, Topic.DRUMS, "gating"),
        ("slapback delay on the vocal?", IntentKind.TECHNIQUE, Topic.VOCALS, "delay"),
        ("make it better", IntentKind.AMBIGUOUS, Topic.OVERALL_MIX, None),
        ("fix it", IntentKind.AMBIGUOUS, Topic.OVERALL_MIX, None),
        ("is it ok?", IntentKind.AMBIGUOUS, Topic.OVERALL_MIX, None),
    ],
)
def test_classify(question, kind, topic, technique):
    intent = classify(question)
    assert (intent.kind, intent.topic, intent.technique) == (kind, topic, technique)


def test_follow_up_inherits_topic():
    history = (
        Turn("user", "how's the snare?", None, Topic.DRUMS),
        Turn("assistant", "...", None, Topic.DRUMS),
    )
    assert classify("and what about more of it?", history).topic is Topic.DRUMS


def test_explain_flag():
    assert classify("why is the mix muddy? explain").explain
    assert not classify("what do you hear?").explain


@pytest.mark.parametrize(
    ("question", "wants", "instruments", "complaint"),
    [
        ("the kick feels kind of lost, what would you do?", Wants.HOW_TO, ("kick",), "quiet"),
        ("is the vocal too loud?", Wants.JUDGE, ("vocal",), "loud"),
        ("is the vocal loud enough?", Wants.JUDGE, ("vocal",), "quiet"),
        ("should I put reverb on the bass?", Wants.JUDGE, ("bass",), None),
        ("how do I make the guitars sound wider?", Wants.HOW_TO, ("guitar",), "narrow"),
        ("why does my mix sound small on my phone?", Wants.WHY, (), "small"),
        ("what should I fix first?", Wants.WHAT_FIRST, (), None),
        ("the vocal is buried, how much should I bring it up?", Wants.HOW_MUCH, ("vocal",), "quiet"),
        ("did that help?", Wants.BETTER, (), None),
        ("I pulled the horns down 3 dB, better?", Wants.BETTER, ("horns",), None),
        (
            "the strings are drowning out the vocal",
            Wants.HOW_TO,
            ("strings", "vocal"),
            "clash",
        ),  # one hides the other
        ("the bass and kick are fighting", Wants.HOW_TO, ("bass", "kick"), "clash"),
        ("bass drum is too boomy", Wants.HOW_TO, ("kick",), "boomy"),
        ("how do I get my mix louder?", Wants.HOW_TO, (), "loudness"),
        ("are the backing vocals too loud?", Wants.JUDGE, ("backing vocals",), "loud"),
        ("What do you hear?", Wants.LISTEN, (), None),
        ("left guitar is way too loud isn't it", Wants.JUDGE, ("guitar",), "loud"),
        ("kick is eating the whole mix, did i overdo it?", Wants.JUDGE, ("kick",), "loud"),
        ("brought the rhodes up, better?", Wants.BETTER, ("rhodes",), None),
        # "tucked" with an object is a fader move reported as done (q2909), not a part said to sit behind the rest
        ("ok tucked the horns back down a bunch, hows the balance looking", Wants.BETTER, ("horns",), None),
        ("eased the left guitar back a touch. hows it sitting", Wants.BETTER, ("guitar",), None),
        ("the rhodes feels tucked away behind everything, too much?", Wants.JUDGE, ("rhodes",), "quiet"),
        ("what's a good eq starting point for bass?", Wants.HOW_TO, ("bass",), None),
    ],
)
def test_answer_kind_subject_and_complaint(question, wants, instruments, complaint):
    intent = classify(question)
    assert (intent.wants, intent.instruments, intent.complaint) == (wants, instruments, complaint)


def conversation(*questions: str) -> list:
    """Each question classified with the ones before it as history, as the Companion does."""
    history: tuple[Turn, ...] = ()
    out = []
    for q in questions:
        intent = classify(q, history)
        out.append(intent)
        history += (Turn("user", q, None, intent.topic), Turn("assistant", "...", None, intent.topic))
    return out


def test_follow_ups_borrow_subject_and_answer_kind():
    kick, snare, much, why, helped = conversation(
        "is the kick too loud?", "and the snare?", "how much?", "why?", "did that help?"
    )
    assert not kick.follow_up and kick.instruments == ("kick",)
    assert snare.follow_up and (snare.instruments, snare.wants, snare.complaint) == (
        ("snare",),
        Wants.JUDGE,
        "loud",
    )
    assert much.follow_up and (much.instruments, much.wants) == (("snare",), Wants.HOW_MUCH)
    assert why.wants == Wants.WHY and why.instruments == ("snare",) and why.complaint == "loud"
    assert helped.wants == Wants.BETTER and helped.instruments == ("snare",)


def test_follow_up_keeps_the_technique():
    _, vocal = conversation("should I put reverb on the bass?", "and on the vocal?")
    assert (vocal.technique, vocal.instruments, vocal.wants, vocal.should) == (
        "reverb",
        ("vocal",),
        Wants.JUDGE,
        True,
    )


def test_new_subject_is_not_a_follow_up():
    _, second = conversation("is the kick too loud?", "why does my mix sound small on my phone?")
    assert not second.follow_up and second.instruments == () and second.complaint == "small"


@pytest.mark.parametrize(
    ("question", "technique", "instruments"),
    [
        ("how do i set a de-esser", "deessing", ()),
        ("should i deess the vox", "deessing", ("vocal",)),
        ("the s sounds on my vocal are piercing", "deessing", ("vocal",)),
        ("way too many esses in the singing", "deessing", ("vocal",)),
        ("vocal has this sss thing going on", "deessing", ("vocal",)),
        ("how do I tame sibilance", "deessing", ()),
        ("what does a saturator do", "saturation", ()),
        ("would some tape warmth help the bass", "saturation", ("bass",)),
        ("what is gain staging", "gain_staging", ()),
        ("how do i set up parallel comp on the drums", "parallel_compression", ("drums",)),
        ("is NY compression a thing on vocals", "parallel_compression", ("vocal",)),
        ("how do i use a multiband compressor", "multiband", ()),
        ("should i automate the vocal", "automation", ("vocal",)),
        ("do people do vocal rides", "automation", ("vocal",)),
        ("should i ride the vocal", "automation", ("vocal",)),  # a fader ride, not the ride cymbal
        ("should i use a transient shaper on the kick", "transient_shaping", ("kick",)),
        ("how do i widen the pad", "widening", ("pad",)),
        # the general words keep their technique, a named tool wins over the words it contains
        ("should i pan the guitars wider", "panning", ("guitar",)),
        ("how should I compress the vocals?", "compression", ("vocal",)),
        ("sidechain compression on the bass", "sidechain", ("bass",)),
        ("is the ride too loud", None, ("cymbals",)),
    ],
)
def test_the_techniques_without_data_are_routed_by_their_words(question, technique, instruments):
    intent = classify(question)
    assert (intent.technique, intent.instruments) == (technique, instruments), intent
