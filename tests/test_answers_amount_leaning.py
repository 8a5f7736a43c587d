""" "Ok how much should I cut?" after "should I just turn the vocal up instead?" was answered "Leave 'Lead Vocal'
where it is ..." with the guitar's cut second: the cut asked about is the one just given on the part at fault, so
its size leads and the vocal is said to stay put."""

from __future__ import annotations

import re

from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Turn
from model.rules import RulesAdvisor


def test_a_cut_size_leaning_on_a_fine_part_is_the_cut_just_given() -> None:
    findings = (level_finding("Gtr L", "electric guitars", 7.0, -4.0),)
    history = (
        Turn("user", "should i just turn the vocal up instead?"),
        Turn("assistant", "No, I'd leave its fader: what is off is 'Gtr L'."),
    )
    advice = RulesAdvisor().advise(
        context("ok how much should i cut", rock_snapshot(), clean(), findings, history)
    )
    head = re.match(
        r"About ([\d.]+) dB: bring the fader on 'Gtr L' \(it's at [-+][\d.]+ dB now\) down about ([\d.]+) dB",
        advice.text,
    )
    assert head is not None and head.group(1) == head.group(2), advice.text
    assert "'Lead Vox' itself stays where it is." in advice.text
    card = advice.suggestions[0]
    assert card.track == "Gtr L" and card.params["delta_db"] == -float(head.group(1))


def test_a_cut_size_asked_of_a_named_fine_part_still_says_leave_it() -> None:
    findings = (level_finding("Gtr L", "electric guitars", 7.0, -4.0),)
    advice = RulesAdvisor().advise(
        context("how much should i cut the vocal", rock_snapshot(), clean(), findings)
    )
    assert advice.text.startswith("Leave 'Lead Vox' where it is"), advice.text
