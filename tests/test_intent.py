"""Question intents: what the amateur is asking about."""

from __future__ import annotations

import pytest

from companion.context import Topic, Turn
from model.intent import IntentKind, classify


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
