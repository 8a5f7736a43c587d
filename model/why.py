"""Why a problem matters, in one line an engineer would say: the reason each answer gives after its move."""

from __future__ import annotations

from companion.context import FindingKind

WHY: dict[FindingKind, str] = {
    FindingKind.MUDDY: "instruments overlapping at 250-500 Hz mask each other, so everything gets louder but nothing gets clearer.",
    FindingKind.BOOMY: "too much 60-250 Hz uses up headroom and blurs the kick and bass into one note.",
    FindingKind.HARSH: "our ears are most sensitive around 3 kHz, so a little too much there turns into fatigue fast.",
    FindingKind.DULL: "the top end carries detail and air; without it the mix sounds far away.",
    FindingKind.OVER_COMPRESSED: "loudness comes from contrast; squash the peaks and the loud parts stop feeling loud.",
    FindingKind.TOO_LOUD: "streaming services normalise everything to about the same loudness, so the extra level only costs you dynamics.",
    FindingKind.NARROW: "panning gives each part its own spot, so they stop masking each other in the middle.",
    FindingKind.LOW_END_NOT_MONO: "low frequencies carry the most energy and should be equal in both speakers, or they cancel in mono.",
    FindingKind.PHASE_ISSUE: "anything out of phase between left and right cancels on a mono speaker.",
    FindingKind.TRACK_TOO_QUIET: "balance comes first: no EQ or compression fixes a part that sits too low.",
    FindingKind.TRACK_TOO_LOUD: "balance comes first: one part too loud pushes everything else back.",
    FindingKind.THIN: "the low end gives a mix its weight; without it, it sounds small on any system.",
    FindingKind.CLIPPING: "flat-topped peaks are distortion the listener hears, and codecs make it worse.",
    FindingKind.TOO_QUIET: "a master well under the platform's level plays quieter than the songs around it: streaming turns a quiet song up only as far as its peaks allow.",
    FindingKind.LR_IMBALANCE: "a mix leaning to one side pulls the whole song off centre on speakers and sounds lopsided on headphones.",
    FindingKind.DC_OFFSET: "an offset takes headroom from one side of the wave and clicks at every edit and fade.",
}
