"""Yes/no questions on clean and nearly-clean sessions (issue 10): a lean is not a fault. A yes/no asked of the
whole mix on a session whose worst finding is a lean gets the no-fault verdict first, in the question's polarity
("are we good?" yes, "anything wrong?" no, "is it muddy?" a little, not a plain yes), with the lean after it as "at most"; a
session with a real fault keeps its verdict, and a question about a part keeps the part's own verdict."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind

LEAN = Finding(
    FindingKind.MUDDY,
    0.35,
    "The mix leans a little muddy. The low-mids (around 315 Hz): a build-up of 4 dB; act only if you hear it.",
    {"center_hz": 315.0},
    None,
)
FAULT = Finding(
    FindingKind.MUDDY,
    0.8,
    "The mix is muddy. The low-mids (around 315 Hz): a build-up of 9 dB.",
    {"center_hz": 315.0},
    None,
)
GOOD_SIDE = ("are we good?", "we good or nah", "it's done right?", "all good or?", "be honest, is it good",
             "so we're done, no?", "is this thing finished or what", "ok so the mix is fine, yeah?")  # fmt: skip
FAULT_SIDE = ("anything sticking out to you or are we good", "does anything bug you?", "does it need more work?",
              "anything wrong with it?", "nothing to fix then right?")  # fmt: skip


def test_a_good_or_done_question_on_a_lean_only_session_is_yes_with_the_lean_at_most():
    for q in GOOD_SIDE:
        ans = advise_rock(q, (LEAN,))
        assert ans.text.startswith(  # "is this thing finished?" asks about the bounce: "Yes, you can bounce it"
            tuple(f"Yes, {head}: nothing needs fixing. At most, the mix leans a little muddy." for head in
                  ("you're good", "you can bounce it"))
        ), (q, ans.text)  # fmt: skip
        assert ans.suggestions, q  # the lean's move stays on offer, "if you hear it"
        assert "If you hear it:" in ans.text, (q, ans.text)


def test_a_fault_question_on_a_lean_only_session_is_no_with_the_lean_at_most():
    for q in FAULT_SIDE:
        ans = advise_rock(q, (LEAN,))
        assert ans.text.startswith("No, nothing needs fixing. At most, the mix leans a little muddy."), (
            q,
            ans.text,
        )


def test_a_complaint_the_mix_only_leans_towards_is_a_little_not_a_plain_yes():
    for q in ("is it muddy?", "sounds a bit muddy no?", "is the mix muddy?"):
        ans = advise_rock(q, (LEAN,))
        assert ans.text.startswith("A little: the mix leans a little muddy."), (q, ans.text)


def test_a_real_fault_keeps_its_verdict():
    for q in ("are we good?", "it's done right?", "all good or?"):
        text = advise_rock(q, (FAULT,)).text
        assert not text.startswith(("Yes", "No, nothing")), (q, text)
    assert advise_rock("is it muddy?", (FAULT,)).text.startswith("Yes"), advise_rock(
        "is it muddy?", (FAULT,)
    ).text
    # a lean next to a real fader fault: the fault stands
    text = advise_rock("are we good?", (LEAN, level_finding("Bass", "bass", 10.0))).text
    assert "nothing needs fixing" not in text and "'Bass'" in text, text


def test_a_clean_session_answers_the_done_question_with_its_plain_verdict():
    for q, opening in (("we good or nah", "Yes. Honestly"), ("it's done right?", "Yes. Honestly"),
                       ("all good or?", "Yes. Honestly"), ("does it need more work?", "No. Honestly"),
                       ("is this thing finished or what", "Yes. Honestly")):  # fmt: skip
        text = advise_rock(q).text
        assert text.startswith(opening), (q, text)


def test_a_part_asked_about_keeps_its_own_verdict_on_a_lean_only_session():
    for q in ("is the bass ok?", "is the vocal too loud?"):
        text = advise_rock(q, (LEAN,)).text
        assert "you're good: nothing needs fixing" not in text and "A little: the mix" not in text, (
            q,
            text,
        )


def test_a_done_question_on_a_session_with_a_real_fault_says_not_quite_then_names_the_fault():
    bass = level_finding("Bass", "bass", 10.0)
    for q in ("we good or nah", "be honest, is it good", "so we're done, no?", "it's done right?", "all good or?",
              "is this thing finished or what"):  # fmt: skip
        ans = advise_rock(q, (bass,))
        assert ans.text.startswith("Not quite, one thing: 'Bass' sits about 10 dB louder"), (q, ans.text)
        assert ans.suggestions[0].track == "Bass", q
    more = advise_rock("does it need more work?", (bass,)).text
    assert more.startswith("Yes, one thing: 'Bass' sits about 10 dB louder"), more


def test_anything_bugging_you_is_a_whole_mix_question_and_a_negated_one_takes_not_quite():
    bass = level_finding("Bass", "bass", 10.0)
    lean_only = advise_rock("anything bugging you in this one?", (LEAN,)).text
    assert lean_only.startswith("No, nothing needs fixing. At most, the mix leans a little muddy."), lean_only
    faulty = advise_rock("anything bugging you in this one?", (bass,)).text
    assert not faulty.startswith(("No", "Nothing")) and "'Bass' sits about 10 dB louder" in faulty, faulty
    negated = advise_rock("nothing wrong with it, right?", (bass,)).text
    assert negated.startswith("Not quite, one thing: 'Bass'"), negated


def test_a_complaint_that_only_leans_is_a_little_even_beside_another_parts_fault():
    text = advise_rock("is the mix too muddy?", (LEAN, level_finding("Bass", "bass", 10.0))).text
    assert not text.startswith("Yes: The mix leans"), text


def test_both_sides_asked_on_a_faulty_session_keep_the_not_quite():
    text = advise_rock(
        "can I bounce it now or does something need fixing?", (level_finding("Bass", "bass", 10.0),)
    ).text
    assert text.startswith(("Not quite", "No")) and "'Bass'" in text, text
