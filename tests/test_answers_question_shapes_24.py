"""How-to and why questions that ask for a technique to place a part (issue 10): "how do i glue the vocal in,
it feels pasted on top" while the vocal is measured 11 dB over its place leads with the vocal's fader down,
says why (balance before processing), then the technique asked about; "how do I make the vocal cut through
with compression?" with it 9 dB under leads with the fader up. Nothing off on the part asked about (or a fault
on another part, or one pointing the other way): the technique's own answer stays."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

LOUD_VOX = level_finding("Lead Vox", "lead vocals", 11.0)
QUIET_VOX = level_finding("Lead Vox", "lead vocals", -9.0)
LOUD_KEYS = level_finding("Keys", "keys", 11.0)

ON_TOP = (
    "how do i glue the vocal into the track, it feels pasted on top",
    "how can I glue the vocal to the band?",
    "how do I blend the vocal in with some compression",
    "how do I use compression to help the vocal sit in the mix",
    "how do i get the vocal to sit with the guitars using reverb, it sounds disconnected",
    "how to tuck the vocal in with eq",
)
UNDER = (
    "how do I make the vocal cut through with compression?",
    "what eq would help the vocal come forward",
    "how can i use compression so the vocal doesn't get lost",
)


def _first_card(ans):
    assert ans.suggestions, ans.text
    return ans.suggestions[0]


def test_a_part_too_loud_asked_to_be_placed_gets_its_fader_down_then_the_technique():
    for q in ON_TOP:
        ans = advise_rock(q, (LOUD_VOX,))
        card = _first_card(ans)
        assert card.track == "Lead Vox" and card.params["delta_db"] == -10.0, (q, card)
        assert ans.text.startswith("Bring the fader on 'Lead Vox' (it's at +0.0 dB now) down about 10 dB"), (
            q,
            ans.text,
        )
        assert "about 11 dB louder" in ans.text, (q, ans.text)  # the finding it rests on, with its number
        balance = ans.text.index("Balance comes first")
        assert ans.text.index("Then the ") > balance, (q, ans.text)  # the technique is the second step


def test_a_part_too_quiet_asked_to_come_forward_gets_its_fader_up():
    for q in UNDER:
        ans = advise_rock(q, (QUIET_VOX,))
        card = _first_card(ans)
        assert card.track == "Lead Vox" and card.params["delta_db"] == 8.0, (q, card)
        assert "about 9 dB quieter" in ans.text, (q, ans.text)


def test_why_a_part_sounds_pasted_on_names_its_level_first():
    ans = advise_rock("why does the vocal sound pasted on top even with reverb on it", (LOUD_VOX,))
    assert ans.text.startswith("Most likely this: 'Lead Vox' sits about 11 dB louder"), ans.text
    assert _first_card(ans).params["delta_db"] == -10.0
    assert "Then the reverb:" in ans.text, ans.text


def test_with_no_part_named_the_part_the_complaint_points_at_leads():
    ans = advise_rock(
        "how do i glue everything together with compression, something sticks out on top", (LOUD_VOX,)
    )
    card = _first_card(ans)
    assert card.track == "Lead Vox" and card.params["delta_db"] == -10.0, ans.text


def test_nothing_off_on_the_part_keeps_the_technique_answer():
    for findings in ((), (LOUD_KEYS,)):  # a clean session, and a fault on another part than the one asked
        for q in ON_TOP[:4]:
            ans = advise_rock(q, findings)
            assert not any(s.track == "Lead Vox" and "delta_db" in s.params for s in ans.suggestions), (
                q,
                ans.text,
            )
            assert "Balance comes first" not in ans.text, (q, ans.text)


def test_a_fault_the_complaint_does_not_describe_keeps_the_technique_answer():
    # "cut through" is not what a vocal 11 dB over sounds like: pulling it down would not answer the question
    ans = advise_rock("how do I make the vocal cut through with compression?", (LOUD_VOX,))
    assert not any(s.params.get("delta_db", 0) < 0 for s in ans.suggestions), ans.text
