"""What to try for each finding kind: concrete moves on the user's own tracks, with numbers and how to check.

Each recipe returns a ``Move``: the "try" sentence, the "check" sentence and structured suggestions (with a
bridge command where REAPER can apply the move as one undo step). Numbers come from the finding's evidence and
from the MixologyDB starting points (companion.knowledge), never from thin air.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from companion.context import BridgeCommand, Finding, FindingKind, Suggestion
from companion.knowledge import reaeq
from companion.knowledge.priors import starting_points
from companion.knowledge.targets import LOUDNESS_TARGETS, LoudnessTarget, loudness_target
from model.session_view import RoleTrack, SessionView, nudge, quote_list, set_pan

GUITAR_KEYS = ("electric_guitar", "acoustic_guitar", "keys", "piano", "organ", "synth", "pad")
LOW_END = ("bass", "kick")
BRIGHT_SOURCES = ("hihat", "overheads", "electric_guitar", "lead_vocal", "synth")


@dataclass
class Move:
    try_text: str
    check_text: str
    suggestions: list[Suggestion] = field(default_factory=list)


def size_head(move: Move) -> str:
    """ "About 3 dB:", the opener of a "how much?" answer: the size of the move's first level or gain change, read
    from its card so the number said is the number applied; "Here's the size:" when the card carries none."""
    sugg = move.suggestions[0] if move.suggestions else None
    keys = ("delta_db", "gain_db", "input_gain_db")
    size = next((sugg.params[k] for k in keys if sugg is not None and k in sugg.params), None)
    return f"About {abs(float(size)):g} dB:" if isinstance(size, (int, float)) else "Here's the size:"


def _ev(f: Finding, key: str, default: float = 0.0) -> float:
    value = f.evidence.get(key)
    return float(value) if isinstance(value, (int, float)) else default


def hpf_hz(role: str | None, default: float) -> float:
    """The typical high-pass frequency engineers used on ``role`` in the MixologyDB mixes, rounded."""
    spread = starting_points(role).hpf_hz if role else None
    if spread is None:
        return default
    return float(round(spread.median / 5.0) * 5.0)


def _eq(rt: RoleTrack | None, freq_hz: float, gain_db: float, q: float, why: str) -> Suggestion:
    return Suggestion(
        action="eq_band",
        track=rt.name if rt else None,
        params={"freq_hz": round(freq_hz), "gain_db": round(gain_db, 1), "q": q},
        rationale=why,
    )


def _hp(rt: RoleTrack, freq_hz: float, why: str) -> Suggestion:
    return Suggestion(
        action="high_pass",
        track=rt.name,
        params={"freq_hz": round(freq_hz), "slope_db_oct": 12},
        rationale=why,
    )


def _max_peak_db(rt: RoleTrack) -> float | None:
    """A track's max peak meter; 0.0 dB (full scale) is a reading, not a missing one."""
    return rt.track.level.max_peak_db if rt.track.level is not None else None


def _clipping(f: Finding, s: SessionView) -> Move:
    peaks = {rt.name: rt.track.level.max_peak_db if rt.track.level else None for rt in s.tracks}
    hot = [
        rt for rt in s.tracks if (peak := peaks[rt.name]) is not None and peak >= -0.1
    ]  # 0.0 dB is hot too
    tp = _ev(f, "true_peak_dbtp", 0.0)
    drop = max(1.0, round(tp + 1.0 + 0.5))
    text = f"Pull the master (or the gain into your limiter) down about {drop:.0f} dB so the peaks stay under -1 dBTP"
    sugg = [
        Suggestion(
            action="limiter",
            track=None,
            params={"ceiling_dbtp": -1.0, "input_gain_db": -drop},
            rationale="keeps peaks (true peaks included) under -1 dBTP so nothing distorts or clips in the codec",
        )
    ]
    if hot:
        text += f"; {quote_list(hot)} {'is' if len(hot) == 1 else 'are'} hitting 0 dB on the meter, trim there first"
        sugg += [
            Suggestion(
                "nudge_volume_db", rt.name, {"delta_db": -3.0}, "its own meter hits 0 dB", nudge(rt, -3.0)
            )
            for rt in hot[:3]
        ]
    return Move(
        text + ".", "Play the loudest chorus and watch the master meter: it should never touch the red.", sugg
    )


def _platform(f: Finding) -> LoudnessTarget | None:
    """The destination a loudness finding was judged against (its evidence names it), or None."""
    name = f.evidence.get("target")
    return LOUDNESS_TARGETS.get(name) if isinstance(name, str) else None


def _too_loud(f: Finding, s: SessionView) -> Move:
    over = _ev(f, "over_lu")
    target = _ev(f, "target_lufs", -14.0)
    t = _platform(f)
    ceiling = t.true_peak_max_dbtp if t is not None else -1.0
    gain = "; the streaming service would turn it down anyway, and you get your punch back"
    if t is not None and t.medium != "streaming":  # broadcast and CD: their own reason follows the move
        gain = ""
    text = (
        f"Back the limiter off (or the master down, if nothing limits it) by about {over:.0f} dB so it lands near "
        f"{target:g} LUFS with a {ceiling:g} dBTP ceiling{gain}"
    )
    sugg = [
        Suggestion(
            "limiter",
            None,
            {
                "input_gain_db": -float(round(over)),
                "ceiling_dbtp": ceiling,
            },  # whole dB, as said: set by the meter
            "match the target instead of being turned down",
        )
    ]
    return Move(
        text + ".",
        f"Put a loudness meter on the master: about {target:g} LUFS integrated over the whole song.",
        sugg,
    )


def _too_quiet(f: Finding, s: SessionView) -> Move:
    under = _ev(f, "under_lu")
    target = _ev(f, "target_lufs", -14.0)
    t = _platform(f)
    ceiling = t.true_peak_max_dbtp if t is not None else -1.0
    release = t.said if t is not None and t.medium == "broadcast" else "a release"  # a CD is a release too
    text = (
        f"For {release}, bring it up about {under:.0f} dB with a limiter last on the master (ceiling {ceiling:g} "
        "dBTP). If this is a pre-master going to someone else, quiet is fine: leave the headroom"
    )
    sugg = [
        Suggestion(
            "limiter",
            None,
            {
                "input_gain_db": float(round(under)),
                "ceiling_dbtp": ceiling,
            },  # whole dB, as said: set by the meter
            "reach the target loudness without clipping",
        )
    ]
    return Move(
        text + ".", f"Check it reads about {target:g} LUFS integrated and the limiter isn't pumping.", sugg
    )


def _over_compressed(f: Finding, s: SessionView) -> Move:
    plr = _ev(f, "plr_db", 7.0)
    ease = max(2.0, round(10.0 - plr))
    where = "the limiter on your master" if s.master_has_limiter() else "the master limiter or bus compressor"
    text = f"Ease off {where}: about {ease:.0f} dB less gain into it, so the peak-to-loudness ratio gets back to 9-12 dB and the drums can hit"
    sugg = [Suggestion("limiter", None, {"input_gain_db": -ease}, "give the transients their dynamics back")]
    return Move(
        text + ".", "Loudness-match before and after, then listen for the snare snapping through again.", sugg
    )


def _centre_hz(f: Finding, default: float, lo: float, hi: float) -> float:
    """Where the build-up peaks (the finding's evidence), rounded the way you'd set an EQ: 10 Hz / 100 Hz."""
    centre = min(hi, max(lo, _ev(f, "center_hz", default)))
    step = 100.0 if centre >= 1000 else 10.0
    return round(centre / step) * step


def _muddy(f: Finding, s: SessionView) -> Move:
    targets = s.by_roles(*GUITAR_KEYS) or s.by_roles("backing_vocal", "other")
    at = _centre_hz(f, 300.0, 180.0, 500.0)
    if not targets:
        text = f"Take 2-3 dB out around {at:.0f} Hz with a wide Q (~1) on the guitars and keys, and high-pass what isn't bass or kick"
        return Move(
            text + ".",
            "Flip the EQ in and out at matched level: the vocal should step forward.",
            [_eq(None, at, -3, 1.0, "cuts the low-mid build-up")],
        )
    no_eq = [rt for rt in targets if not rt.has_eq]
    hp = hpf_hz(targets[0].role, 100.0)
    who = quote_list(targets)
    lead = (
        f"{quote_list(no_eq)} {'has' if len(no_eq) == 1 else 'have'} no EQ at all, so start there: "
        if no_eq
        else f"On {who}, "
    )
    text = f"{lead}high-pass at about {hp:.0f} Hz and dip 3 dB around {at:.0f} Hz with a wide Q (~1)"
    sugg: list[Suggestion] = []
    for rt in targets[:3]:
        sugg.append(_hp(rt, hpf_hz(rt.role, hp), "leaves the low end to kick and bass"))
        sugg.append(_eq(rt, at, -3.0, 1.0, "clears the low-mid build-up that masks the vocal"))
    return Move(
        text + ".",
        "Toggle the EQs at matched level: the vocal and kick should get clearer without the guitars going thin.",
        sugg,
    )


def _boomy(f: Finding, s: SessionView) -> Move:
    bass = s.by_roles("bass")
    kick = s.by_roles("kick")
    others = s.by_roles(*GUITAR_KEYS, "lead_vocal", "backing_vocal")
    parts = []
    sugg: list[Suggestion] = []
    at = _centre_hz(f, 120.0, 60.0, 160.0)
    if bass:
        parts.append(f"dip 3 dB around {at:.0f} Hz (Q ~1.4) on {bass[0].quoted}")
        sugg.append(_eq(bass[0], at, -3.0, 1.4, "tames the boom without losing the fundamental"))
    if kick:
        parts.append(f"make sure {kick[0].quoted} owns 50-80 Hz and the bass sits just above it")
    if others:
        parts.append(f"high-pass {quote_list(others, 2)} around {hpf_hz(others[0].role, 100):.0f} Hz")
        sugg.extend(
            _hp(rt, hpf_hz(rt.role, 100), "removes low rumble that adds to the boom") for rt in others[:3]
        )
    if not parts:
        # where the build-up was measured (a boom at 62 Hz is not fixed by a dip at 100-150 Hz); below ~80 Hz it
        # may be the kick's as much as the bass's, which only the session (or soloing) tells
        who = "the bass" if at >= 80 else "whichever of kick and bass blooms there when you solo them"
        parts.append(
            f"dip 2-3 dB around {at:.0f} Hz (Q ~1.4) on {who} and high-pass everything that isn't kick or bass at "
            "~80-100 Hz"
        )
        sugg.append(_eq(None, at, -3.0, 1.4, "tames the boom"))
    return Move(
        _sentence(parts),
        "Listen quietly and on small speakers: the low end should stay even instead of blooming on some notes.",
        sugg,
    )


def _thin(f: Finding, s: SessionView) -> Move:
    bass = s.by_roles("bass")
    sugg: list[Suggestion] = []
    if bass:
        text = f"Bring {bass[0].quoted} up about 2 dB and check no high-pass on it sits above ~40 Hz; keep other high-passes under ~120 Hz"
        sugg.append(
            Suggestion(
                "nudge_volume_db", bass[0].name, {"delta_db": 2.0}, "more low-end weight", nudge(bass[0], 2.0)
            )
        )
    else:
        text = "Check for high-passes set too high (keep them under ~100 Hz on guitars and keys), then try a gentle +2 dB low shelf at ~100 Hz on the master"
        sugg.append(
            Suggestion(
                "eq_band",
                None,
                {"type": "low_shelf", "freq_hz": 100, "gain_db": 2.0},
                "adds weight below 250 Hz",
            )
        )
    return Move(
        text + ".",
        "A/B against a reference track at the same loudness: the low end should feel as full.",
        sugg,
    )


def _harsh(f: Finding, s: SessionView) -> Move:
    targets = s.by_roles(*BRIGHT_SOURCES)
    at = _centre_hz(f, 3000.0, 2000.0, 5000.0)
    khz = f"{at / 1000:.1f}".rstrip("0").rstrip(".")
    if targets:
        text = f"Try a 2-3 dB dip around {khz} kHz (Q ~2) on {quote_list(targets, 2)}; if it's the vocal's S and T, a de-esser at 6-8 kHz instead"
        sugg = [_eq(rt, at, -2.5, 2.0, "softens the upper-mid bite") for rt in targets[:3]]
    else:
        text = f"Try a 2-3 dB dip around {khz} kHz (Q ~2) on whatever is brightest (guitars, hats, vocal), not on the whole master"
        sugg = [_eq(None, at, -2.5, 2.0, "softens the upper-mid bite")]
    return Move(
        text + ".",
        "Turn up a little: if it stops stinging while the vocal keeps its edge, that's the spot.",
        sugg,
    )


def _dull(f: Finding, s: SessionView) -> Move:
    targets = s.by_roles("overheads", "hihat", "lead_vocal", "acoustic_guitar")
    if targets:
        text = f"Add a high shelf, +2-3 dB from about 8 kHz, on {quote_list(targets, 2)} rather than on the master"
        sugg = [
            Suggestion(
                "eq_band",
                rt.name,
                {"type": "high_shelf", "freq_hz": 8000, "gain_db": 2.5},
                "brings back air and detail",
            )
            for rt in targets[:3]
        ]
    else:
        text = "Add a gentle high shelf, +2 dB from about 8 kHz, on the cymbals and the vocal, and check nothing is low-passed too far"
        sugg = [
            Suggestion(
                "eq_band", None, {"type": "high_shelf", "freq_hz": 8000, "gain_db": 2.0}, "brings back air"
            )
        ]
    return Move(
        text + ".",
        "Compare with a reference at the same loudness: the cymbals should shimmer, not sizzle.",
        sugg,
    )


def _narrow(f: Finding, s: SessionView) -> Move:
    guitars = s.by_roles("electric_guitar", "acoustic_guitar", "keys", "synth", "backing_vocal")
    sugg: list[Suggestion] = []
    if len(guitars) >= 2:
        a, b = guitars[0], guitars[1]
        text = f"Pan {a.quoted} about 70% left and {b.quoted} 70% right; keep kick, snare, bass and lead vocal in the middle"
        sugg = [
            Suggestion("set_pan", a.name, {"pan": -0.7}, "opens the sides", set_pan(a, -0.7)),
            Suggestion("set_pan", b.name, {"pan": 0.7}, "opens the sides", set_pan(b, 0.7)),
        ]
    elif guitars:
        text = f"Pan {guitars[0].quoted} about 50% to one side and balance it with another part on the other; keep kick, bass and vocal centered"
        sugg = [
            Suggestion(
                "set_pan", guitars[0].name, {"pan": -0.5}, "opens the sides", set_pan(guitars[0], -0.5)
            )
        ]
    else:
        text = "Pan the doubled parts (guitars, keys, backing vocals) 60-80% left and right; keep kick, snare, bass and lead vocal centered"
    return Move(text + ".", "Then check in mono (the master's mono button): nothing should vanish.", sugg)


def _phase_issue(f: Finding, s: SessionView) -> Move:
    flipped = [rt for rt in s.tracks if rt.track.phase_inverted]
    if flipped:
        text = f"{quote_list(flipped)} {'has' if len(flipped) == 1 else 'have'} polarity inverted on one side: switch that off first, then look for wideners on the stereo tracks"
    else:
        text = "Look for a stereo widener, a chorus or a track with one side polarity-flipped; bypass them one by one"
    return Move(text + ".", "Sum to mono: whatever goes hollow or quiet is the culprit.", [])


def _low_end_not_mono(f: Finding, s: SessionView) -> Move:
    low = s.by_roles(*LOW_END)
    sugg = [
        Suggestion("set_pan", rt.name, {"pan": 0.0}, "low end belongs in the middle", set_pan(rt, 0.0))
        for rt in low
        if abs(rt.track.pan) > 0.05
    ]
    who = quote_list(low) if low else "the kick and bass"
    text = f"Keep {who} centered and mono below ~120 Hz: take wideners or chorus off them, or use a mono-maker below 120 Hz"
    return Move(text + ".", "Flip the master to mono: the bass should keep its weight.", sugg)


def _lr_imbalance(f: Finding, s: SessionView) -> Move:
    if f.evidence.get("silent_side"):  # no pan evens out a channel with nothing in it
        return Move(
            "Check the export (stereo, not a mono file sent to one side), the master's channel routing and any "
            "track whose output goes to one channel only; a mono recording panned hard to one side does this too.",
            "Watch the master's L and R meters: both should move.",
            [],
        )
    d = _ev(f, "lr_balance_db")
    loud_side = -1.0 if d > 0 else 1.0  # pan sign of the louder side
    heavy = sorted(
        (rt for rt in s.tracks if rt.track.pan * loud_side > 0.3 and not rt.track.mute),
        key=lambda rt: -abs(rt.track.pan),
    )
    sugg: list[Suggestion] = []
    if heavy:
        rt = heavy[0]
        new_pan = round(rt.track.pan * 0.5, 2)
        text = f"{rt.quoted} is panned {abs(rt.track.pan) * 100:.0f}% to that side with nothing as strong opposite it: pull it to ~{abs(new_pan) * 100:.0f}% or give it a partner on the other side"
        sugg.append(
            Suggestion(
                "set_pan", rt.name, {"pan": new_pan}, "evens out the left/right balance", set_pan(rt, new_pan)
            )
        )
    else:
        text = "Check the pans and the master's balance knob: pair each hard-panned part with something of similar level on the other side"
    return Move(
        text + ".", "Watch the master's L and R meters on the chorus: they should dance together.", sugg
    )


def _dc_offset(f: Finding, s: SessionView) -> Move:
    text = "High-pass at 20 Hz on the master (ReaEQ high-pass, or the JS 'DC Remove') and find the track it comes from, usually an older recording or a cheap interface"
    return Move(
        text + ".",
        "Zoom the waveform: it should sit centered on the zero line.",
        [Suggestion("high_pass", None, {"freq_hz": 20}, "removes the DC")],
    )


def _silence(f: Finding, s: SessionView) -> Move:
    text = "Is REAPER actually playing? If it is, the capture is listening to the wrong device: `mixassist devices` shows the loopback sources"
    return Move(text + ".", "Press play, then ask again.", [])


def _track_level(f: Finding, s: SessionView) -> Move:
    rt = s.named(f.track or "")
    delta = _ev(f, "suggested_delta_db")
    if rt is None or delta == 0.0:
        return Move("Balance that track against the rest with its fader.", "Check at low volume.", [])
    verb = "up" if delta > 0 else "down"
    fader = rt.track.volume_db
    now = f" (it's at {fader:+.1f} dB now)" if fader is not None else ""
    text = f"Bring the fader on {rt.quoted}{now} {verb} about {abs(round(delta, 1)):g} dB"  # the card's value
    if f.kind is FindingKind.TRACK_TOO_QUIET and rt.role == "lead_vocal" and not rt.has_comp:
        text += (
            "; it has no compressor either, so add one (about 3:1, 3-6 dB of gain reduction) to keep it there"
        )
    elif f.kind is FindingKind.TRACK_TOO_QUIET and not rt.has_eq:
        text += "; it has no EQ yet, so once it's up, check it doesn't need a high-pass"
    sugg = [
        Suggestion("nudge_volume_db", rt.name, {"delta_db": round(delta, 1)}, f.summary, nudge(rt, delta))
    ]
    return Move(text + ".", "Check at low volume: you should still follow every word and hit.", sugg)


def band_command(rt: RoleTrack, fx_index: int, band: reaeq.EqBand, target_db: float) -> BridgeCommand:
    """Setting one ReaEQ band of ``rt`` to ``target_db`` as one undo step; the undo label says the band's gain
    before and after ("Band 3 +12.0 -> +6.0 dB"), so the user's undo history reads unambiguously."""
    return BridgeCommand(
        action="set_fx_param",
        track_guid=rt.track.guid,
        value=round(reaeq.gain_norm(target_db), 4),
        fx_index=fx_index,
        param_index=band.gain_param,
        undo_label=f"MixAssist: {rt.name} ReaEQ {band.label} {band.gain_db:+.1f} -> {target_db:+.1f} dB",
    )


def _eq_dip_command(
    rt: RoleTrack, lo_hz: float, hi_hz: float, dip_db: float
) -> tuple[BridgeCommand, str] | None:
    """A ReaEQ band the track already has inside [lo, hi]: lowering its gain by ``dip_db`` as one undo step."""
    for fx in rt.track.fx:
        if not fx.enabled:
            continue
        for band in reaeq.eq_bands(fx):
            if lo_hz <= band.freq_hz < hi_hz:
                target = max(-24.0, band.gain_db - dip_db)
                return (
                    band_command(rt, fx.index, band, target),
                    f"its ReaEQ {band.label} at {band.freq_hz:.0f} Hz, {band.gain_db:+.1f} -> {target:+.1f} dB",
                )
    return None


def _masking(f: Finding, s: SessionView) -> Move:
    rt = s.named(f.track or "")
    other = str(f.evidence.get("other_track", "the other track"))
    lo, hi = (f.evidence.get("range_hz") or [0.0, 0.0])[:2]
    dip, freq, q = _ev(f, "dip_db", 3.0), _ev(f, "freq_hz", 1000.0), _ev(f, "q", 1.0)
    name = rt.quoted if rt else f"'{f.track}'"
    text = f"Dip {name} about {dip:.0f} dB around {freq:.0f} Hz (Q {q:.1f}) so '{other}' comes through there"
    sugg = Suggestion("eq_band", f.track, {"freq_hz": round(freq), "gain_db": -dip, "q": q},
                      f"{f.track} covers {other} at {lo:.0f}-{hi:.0f} Hz; {f.evidence.get('source', '')}".strip())  # fmt: skip
    found = _eq_dip_command(rt, float(lo), float(hi), dip) if rt else None
    if found is not None:
        command, where = found
        text += f": the simplest is {where}, one click in REAPER"
        sugg = Suggestion(sugg.action, sugg.track, sugg.params, sugg.rationale, command)
    elif rt:
        text += f" (it has no ReaEQ band in {lo:.0f}-{hi:.0f} Hz to set from here: add a bell there)"
    if f.evidence.get("band_is_maskers_own"):
        text += f"; that range matters to {name} too, so if it thins out, lower or pan it away from '{other}' instead"
    return Move(
        text + ".", f"Play the whole mix (no solo) and listen for '{other}': it should step forward.", [sugg]
    )


def _sentence(parts: list[str]) -> str:
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


RECIPES: dict[FindingKind, Callable[[Finding, SessionView], Move]] = {
    FindingKind.CLIPPING: _clipping,
    FindingKind.TOO_LOUD: _too_loud,
    FindingKind.TOO_QUIET: _too_quiet,
    FindingKind.OVER_COMPRESSED: _over_compressed,
    FindingKind.MUDDY: _muddy,
    FindingKind.BOOMY: _boomy,
    FindingKind.THIN: _thin,
    FindingKind.HARSH: _harsh,
    FindingKind.DULL: _dull,
    FindingKind.NARROW: _narrow,
    FindingKind.PHASE_ISSUE: _phase_issue,
    FindingKind.LOW_END_NOT_MONO: _low_end_not_mono,
    FindingKind.LR_IMBALANCE: _lr_imbalance,
    FindingKind.DC_OFFSET: _dc_offset,
    FindingKind.SILENCE: _silence,
    FindingKind.TRACK_TOO_LOUD: _track_level,
    FindingKind.TRACK_TOO_QUIET: _track_level,
    FindingKind.MASKING: _masking,
}


def recipe(finding: Finding, session: SessionView) -> Move:
    return RECIPES[finding.kind](finding, session)


def target_name(target: str) -> str:
    return loudness_target(target).name
