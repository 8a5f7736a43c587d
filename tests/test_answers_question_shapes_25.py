"""Where the fault lives, and two-claim questions (issue 10). Found by hand on the rendered soul session with the
horns 10 dB over: "too much 3k on the master?" was answered "Yes: 'Horns' is 4 dB louder ...", agreeing with a
master the measurement clears; "is the master too bright or is it one of the tracks?" opened "No: nothing in
the upper mids ..."; "drums are fine right? it's the horns that are too much?" said the drums sit fine and never
mentioned the horns. An engineer denies the misplaced cause and names the part with its move, opens a choice
with the alternative measured, and answers both claims of a two-claim question."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.blamed_location import frequency_claim

LOUD_GTR = level_finding("Gtr L", "electric guitars", 10.0)
QUIET_KEYS = level_finding("Keys", "keys", -10.0)
HARSH = Finding(
    FindingKind.HARSH,
    0.7,
    "The upper mids (around 3.2 kHz): a build-up of 9 dB, like a broad EQ boost there.",
    {"center_hz": 3200.0},
    None,
)

LOUD_BASS = level_finding("Bass", "basses", 10.0)
MASTER_BLAMED = (
    "too much 100hz on the master?",
    "is the master bus boomy?",
    "is the mix bus too boomy?",
    "the low end is boomy, is it the limiter?",
    "is my master eq making it boomy?",
)


def _card(ans):
    assert ans.suggestions, ans.text
    return ans.suggestions[0]


def test_a_master_blamed_for_one_parts_fault_is_denied_then_that_part_gets_its_fader():
    # the bass carries the low end, so the low-end complaint's path leads with it; it used to say "Yes"
    for q in MASTER_BLAMED:
        ans = advise_rock(q, (LOUD_BASS,))
        assert ans.text.startswith(("No, not the ", "Not first", "No: there's no EQ on your master")), (
            q,
            ans.text,
        )
        assert "'Bass' sits about 10 dB louder" in ans.text, (q, ans.text)
        card = _card(ans)
        assert card.track == "Bass" and card.params["delta_db"] == -9.0, (q, card)


def test_the_place_blamed_is_said_back_in_the_denial():
    ans = advise_rock("too much 100hz on the master?", (LOUD_BASS,))
    assert ans.text.startswith("No, not the master: 'Bass' sits about 10 dB louder"), ans.text
    ans = advise_rock("is the mix bus too boomy?", (LOUD_BASS,))
    assert ans.text.startswith("No, not the mix bus: 'Bass'"), ans.text


def test_a_master_cleared_by_its_own_band_keeps_that_no_then_the_part():
    for q in ("mix sounds kinda harsh up top, too much 3k on the master?", "is the mix bus too bright?"):
        ans = advise_rock(q, (LOUD_GTR,))
        # the master's own band cleared, or the place denied: either way a no, then the part with its fader
        assert ans.text.startswith(("No: nothing in the upper mids (2-5 kHz) stands out", "No, not the ")), (
            q,
            ans.text,
        )
        assert "'Gtr L' sits about 10 dB louder" in ans.text and _card(ans).track == "Gtr L", (q, ans.text)
    # an open look at the master blames nothing: its "one thing" stands
    ans = advise_rock("is anything wrong on the master?", (LOUD_GTR,))
    assert ans.text.startswith("Yes, one thing: 'Gtr L'"), ans.text
    # the master's own measurement answers what was asked of it
    ans = advise_rock("is the master clipping?", (LOUD_GTR,))
    assert ans.text.startswith("No: the true peak is"), ans.text


def test_a_master_blamed_for_a_whole_mix_fault_keeps_its_yes():
    ans = advise_rock("too much 3k on the master?", (HARSH,))
    assert ans.text.startswith("Yes: ") and "3.2 kHz" in ans.text, ans.text


def test_a_frequency_said_too_much_is_a_tonal_claim_not_loudness():
    assert frequency_claim("too much 3k on the master?") == "harsh"
    assert frequency_claim("too much 200 Hz in the mix") == "muddy"
    assert frequency_claim("too much 80hz?") == "boomy"
    assert frequency_claim("not enough 60 Hz") == "thin"
    assert frequency_claim("not enough 10k up top") == "dull"
    assert frequency_claim("too much 1k?") is None  # the mids: no tonal complaint lives there
    ans = advise_rock("too much 3k on the master?")
    assert "LUFS" not in ans.text and ans.text.startswith("No"), ans.text


def test_a_choice_between_the_master_and_the_tracks_opens_with_the_one_measured():
    for q in (
        "is the master too bright or is it one of the tracks?",
        "is it one of the tracks or the master?",
        "is the mix bus too muddy or is it a track?",
    ):
        ans = advise_rock(q, (LOUD_GTR,))
        assert ans.text.startswith("One of the tracks: 'Gtr L' sits about 10 dB louder"), (q, ans.text)
        assert _card(ans).track == "Gtr L"
        whole = advise_rock(q, (HARSH,))
        if (
            "muddy" in q
        ):  # the whole mix is harsh, not muddy: not the tone asked about, so not "the whole mix"
            assert not whole.text.startswith("The whole mix"), (q, whole.text)
            continue
        assert whole.text.startswith("The whole mix, not one track:"), (q, whole.text)
        assert "3.2 kHz" in whole.text


def test_two_claims_a_part_fine_and_another_blamed_are_both_answered():
    ans = advise_rock("kick is fine right? its the guitars that are too loud?", (LOUD_GTR,))
    assert ans.text.startswith(
        "Yes, 'Kick' sits fine; and you're right about the guitars: 'Gtr L' sits about"
    ), ans.text
    card = _card(ans)
    assert card.track == "Gtr L" and card.params["delta_db"] == -9.0


def test_two_claims_with_the_blamed_part_off_the_other_way_say_so():
    ans = advise_rock("the snare is fine right? it's the keys that are too loud?", (QUIET_KEYS,))
    assert ans.text.startswith("Yes, 'Snare' sits fine; but the keys are the other way round: 'Keys' sits"), (
        ans.text
    )
    assert _card(ans).params["delta_db"] == 9.0


def test_two_claims_with_the_first_part_off_keep_the_compound_no():
    ans = advise_rock("guitars are fine right? its the kick that's too loud", (LOUD_GTR,))
    assert ans.text.startswith("No, 'Gtr L' is what's off:"), ans.text
    assert _card(ans).track == "Gtr L"


def test_two_claims_with_nothing_off_answer_both_with_a_no_to_the_second():
    ans = advise_rock("kick is fine right? its the guitars that are too loud?")
    assert ans.text == (
        "Yes: nothing I measured says 'Kick' is too loud. "
        "Not the guitars either: nothing I measured says 'Gtr L' and 'Gtr R' are off."
    ), ans.text
    assert not ans.suggestions


def test_a_whole_mix_symptom_a_part_explains_keeps_its_yes():
    # "the whole thing feels empty", "the top end of the mix is too much": what is heard, which the part's
    # fault makes true; only the master and what sits on it are a place blamed as the cause
    for q in ("does the whole thing feel kinda empty?", "is the top end of the mix too much?"):
        fault = QUIET_KEYS if "empty" in q else LOUD_GTR
        ans = advise_rock(q, (fault,))
        assert ans.text.startswith("Yes"), (q, ans.text)


SQUASHED = Finding(
    FindingKind.OVER_COMPRESSED,
    0.7,
    "The mix is squashed: a 6.0 dB peak-to-loudness ratio, where most masters keep 8 or more.",
    {"plr_db": 6.0},
    None,
)


def test_a_master_limiter_said_to_crush_the_mix_is_judged_on_its_measured_dynamics():
    for q in ("is my limiter crushing everything?", "is my master limiter making the low end pump?"):
        ans = advise_rock(q)
        assert ans.text.startswith("No, it isn't squashed: a 13.0 dB peak-to-loudness ratio"), (q, ans.text)
        assert not ans.suggestions
        with_part = advise_rock(q, (LOUD_GTR,))
        assert with_part.text.startswith("No, it isn't squashed: a 13.0 dB"), (q, with_part.text)
        assert "What does stand out: 'Gtr L' sits about 10 dB louder" in with_part.text
        assert _card(with_part).track == "Gtr L"
        squashed = advise_rock(q, (SQUASHED,))
        assert squashed.text.startswith("Yes: the mix is squashed. Ease off the master limiter"), (
            squashed.text
        )


def test_a_choice_between_the_master_and_a_named_part_opens_with_the_one_measured():
    q = "is the master too bright or is it the guitars?"
    part = advise_rock(q, (LOUD_GTR,))
    assert part.text.startswith("The guitars: 'Gtr L' sits about 10 dB louder"), part.text
    assert _card(part).track == "Gtr L"
    whole = advise_rock(q, (HARSH,))
    assert whole.text.startswith("The whole mix, not the guitars: the upper mids (around 3.2 kHz)"), (
        whole.text
    )
    assert "may well come from" not in whole.text
    # a part off that is not the one offered: the part's own answer says it is not that part
    other = advise_rock("is the mix too harsh or is it the keys?", (LOUD_GTR,))
    assert other.text.startswith("No: nothing I measured says 'Keys'"), other.text
    # a choice of parts with "the mix" said inside one of them is not this choice
    parts = advise_rock("is the bass too loud in the mix or is it the kick?", (HARSH,))
    assert not parts.text.startswith("The whole mix"), parts.text


def test_a_part_blamed_for_a_tone_the_whole_mix_carries_is_denied_then_the_whole_mix_named():
    for q in ("is it the guitars making it harsh?", "are the guitars too bright?"):
        ans = advise_rock(q, (HARSH,))
        assert ans.text.startswith("No: nothing I measured says 'Gtr L' is harsh."), (q, ans.text)
        assert "What is harsh is the whole mix: the upper mids (around 3.2 kHz)" in ans.text, (q, ans.text)
        assert ans.suggestions and ans.suggestions[0].action == "eq_band"
        clean = advise_rock(q)  # nothing off anywhere: the part's own no stands alone
        assert "What is harsh" not in clean.text and not clean.suggestions
        part = advise_rock(q, (HARSH, QUIET_KEYS))  # a part off: its own path names it, not this rule
        assert "What is harsh is the whole mix" not in part.text
