"""One FFT pass over a clip, shared by loudness (K-weighting) and the spectrum (band levels).

Why frames and not one long FFT: numpy's FFT of a 1-million-point signal runs out of cache and costs
10-25 ms per channel on a small machine, while the same samples cut into ~18k-point frames transform in
about 4 ms. Why no ``scipy.signal.lfilter``: importing scipy.signal costs ~1 s, more than the whole cold-start
budget of ``mixassist ask``; filtering by multiplying spectra needs only numpy.

The frames are laid out for *overlap-save* filtering: frame ``j`` holds ``history`` samples of context followed
by ``hop`` new samples, so after multiplying its spectrum by a filter response and transforming back, the last
``hop`` samples equal linear filtering as long as the filter's impulse response has died out within
``history`` samples (``HISTORY_S``: 80 ms, enough for the 38 Hz high-pass of K-weighting to decay below
-60 dB at any sample rate, see ``companion.listening.loudness``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.listening import packed

HISTORY_S = 0.08
"""Context carried into each frame: the longest impulse response we filter with must decay within it."""
STEP_S = 0.1
"""Loudness works on 100 ms steps (BS.1770 gating blocks overlap by 75 %); a frame's new part is whole steps."""
STEPS_PER_FRAME = 3
"""0.3 s of new samples per frame against >= 0.08 s of history: ~79 % of each FFT is useful work."""


@dataclass(frozen=True, slots=True)
class Frames:
    """Rectangular-window spectra of overlap-save frames of every channel.

    Frame ``j`` covers input samples ``j * hop - history`` .. ``j * hop + hop`` (zeros before the start and after
    the end); its output samples ``history:`` are input samples ``j * hop .. j * hop + hop``. ``hop`` is
    ``STEPS_PER_FRAME`` steps of ``step`` samples (100 ms), so per-step sums never straddle two frames.

    Held one of two ways: ``rfft``, complex64 ``(channels, n_frames, nfft // 2 + 1)``; or, for stereo with an
    even ``nfft`` (48 kHz and most rates), ``packed``, complex64 ``(n_frames, nfft)``: both channels in one
    complex transform per frame (``companion.listening.packed``; why: it saves one transform and ~5 ms of
    unpacking that only a few readers need). Read the spectra through ``spectra`` (every bin, unpacked on each
    call), ``spectra_of`` (a part), ``power_sum``, ``hann_spectra`` and ``filtered``.
    """

    sample_rate: int
    nfft: int
    hop: int
    history: int
    n_samples: int
    step: int
    rfft: np.ndarray | None = None
    packed: np.ndarray | None = None

    @property
    def bin_hz(self) -> float:
        return self.sample_rate / self.nfft

    @property
    def n_bins(self) -> int:
        return self.nfft // 2 + 1

    @property
    def n_frames(self) -> int:
        return int(self.packed.shape[0]) if self.packed is not None else int(self._rfft().shape[1])

    @property
    def spectra(self) -> np.ndarray:
        """complex64 ``(channels, n_frames, nfft // 2 + 1)`` (for packed frames: unpacked on each call)."""
        return self.spectra_of(1, 0, self.n_bins)

    def spectra_of(self, frame_step: int, first_bin: int, stop_bin: int) -> np.ndarray:
        """complex64 ``(channels, frames, bins)`` of every ``frame_step``-th frame, bins ``first_bin .. stop_bin - 1``."""
        if self.packed is not None:
            return packed.unpack(self.packed[::frame_step], first_bin, stop_bin)
        return self._rfft()[:, ::frame_step, first_bin:stop_bin]

    def frequencies_hz(self) -> np.ndarray:
        return np.arange(self.nfft // 2 + 1) * self.bin_hz

    def filtered(self, response: np.ndarray, channels: slice | int = slice(None)) -> np.ndarray:
        """Linear filtering by ``response`` (complex, one value per rfft bin).

        Returns float32 ``(channels, n_frames, hop)``: the valid (wrap-free) part of every frame, i.e. the
        filtered signal, zero-padded at the end to whole frames. Row ``j`` holds samples ``j*hop .. j*hop+hop``.
        """
        if self.packed is not None:
            out = packed.filtered(self.packed, response)  # time reversed: sample history + t at hop - t
            pairs = out.view(np.float32).reshape(out.shape[0], self.nfft, 2).transpose(2, 0, 1)
            return pairs[channels, :, self.hop : 0 : -1]
        spectra = self._rfft()[channels]
        out = np.fft.irfft(spectra * response.astype(np.complex64), n=self.nfft, axis=-1)
        return out[..., self.history :]

    def filtered_step_energy(self, response: np.ndarray) -> np.ndarray:
        """Sum of squares of the ``filtered`` signal per ``step``, all channels together: float64
        ``(n_frames * STEPS_PER_FRAME,)``, step ``i`` = samples ``i*step .. i*step+step`` (float32 pairwise sums)."""
        if self.packed is None:
            weighted = self.filtered(response)
            squares = np.square(weighted, out=weighted).reshape(-1, self.step)  # (channels * all steps, step)
            per_step = squares.sum(axis=1, dtype=np.float32).reshape(weighted.shape[0], -1)
            return per_step.sum(axis=0, dtype=np.float64)
        out = packed.filtered(self.packed, response)
        # Sample history + t of a frame is out[hop - t]: columns 1 .. hop hold its valid part backwards, so the
        # frame's steps come last to first. Re and im (left and right) side by side: one sum covers both.
        # vecdot: one read of the samples (a BLAS dot per step, ~2e-7 relative) where square-then-sum made three.
        valid = out.view(np.float32)[:, 2 : 2 * self.hop + 2].reshape(out.shape[0], -1, 2 * self.step)
        per_step = np.vecdot(valid, valid)[:, ::-1]
        return per_step.reshape(-1).astype(np.float64)

    def power_sum(self, stop_bin: int) -> np.ndarray:
        """Power per bin, summed over frames and channels, for bins ``0 .. stop_bin - 1`` (rectangular frames).

        Why rectangular and not Hann: with frames overlapping by only ~22 %, a Hann window weighs the middle of
        each frame and all but ignores its edges; on a mix whose hi-hats fall near frame edges that read the
        presence band 2 dB low against the whole-clip periodogram, while rectangular frames read every sample
        (the overlap twice) and stayed within 0.5 dB. Their leakage is the price: a strong note a few Hz from a
        band edge spills a few percent across it (a 65 Hz bass puts ~5 % of its power below 60 Hz).
        """
        if self.packed is not None:
            return packed.power_sum(self.packed, stop_bin)
        spectra = self._rfft()
        stop = min(stop_bin, spectra.shape[-1])
        pairs = spectra[..., :stop].view(np.float32)  # re, im side by side
        squares = np.square(pairs)
        # Summing along the first axis of a C-contiguous 2-D array is one vectorised add per row: ~10x faster
        # here than einsum or a sum over inner axes.
        per_component = squares.reshape(-1, 2 * stop).sum(axis=0)
        power = np.zeros(stop_bin, dtype=np.float64)
        power[:stop] = per_component.reshape(-1, 2).sum(axis=1)
        return power

    def hann_power(self, frame_step: int, first_bin: int, stop_bin: int) -> np.ndarray:
        """Power per bin of the Hann-windowed frames, bins ``first_bin .. stop_bin - 1`` (``1 <= first_bin``,
        ``stop_bin < n_bins``), summed over channels and every ``frame_step``-th frame: float64."""
        if self.packed is not None:
            return packed.hann_power(self.packed[::frame_step], first_bin, stop_bin)
        x = self._rfft()[:, ::frame_step, first_bin - 1 : stop_bin + 1]
        hann = np.complex64(0.5) * x[..., 1:-1] - np.complex64(0.25) * (x[..., :-2] + x[..., 2:])
        pairs = np.square(hann.view(np.float32)).reshape(-1, 2 * hann.shape[-1]).sum(axis=0)
        return pairs.reshape(-1, 2).sum(axis=1).astype(np.float64)

    def hann_spectra(self, stop_bin: int) -> np.ndarray:
        """Hann-windowed complex spectra of bins ``1 .. stop_bin - 1``: ``(channels, frames, stop_bin - 1)``."""
        x = self.spectra_of(1, 0, min(stop_bin + 1, self.n_bins))
        return np.complex64(0.5) * x[..., 1:stop_bin] - np.complex64(0.25) * (
            x[..., : stop_bin - 1] + x[..., 2 : stop_bin + 1]
        )

    def _rfft(self) -> np.ndarray:
        if self.rfft is None:
            raise ValueError("frames hold neither rfft nor packed spectra")
        return self.rfft


def frame_layout(sample_rate: int) -> tuple[int, int, int]:
    """(nfft, hop, step) for a sample rate: hop = 3 steps of 100 ms, nfft the next fast FFT size that leaves
    at least ``HISTORY_S`` of history."""
    step = int(round(STEP_S * sample_rate))
    hop = STEPS_PER_FRAME * step
    nfft = next_fast_len(hop + int(math.ceil(HISTORY_S * sample_rate)))
    return nfft, hop, step


def next_fast_len(n: int) -> int:
    """The smallest 2^a 3^b 5^c >= n (the sizes pocketfft transforms fastest)."""
    best = 1 << (n - 1).bit_length()
    five = 1
    while five < best:
        odd = five
        while odd < best:
            best = min(best, odd << (-(-n // odd) - 1).bit_length())
            odd *= 3
        five *= 5
    return best


def frame_spectra(samples: np.ndarray, sample_rate: int) -> Frames:
    """FFT every overlap-save frame of ``samples`` (float32 ``(frames, channels)``) once.

    Memory: stereo at an even FFT size, the packed transforms alone (~1.3x the clip); otherwise one padded
    float64 copy of the clip plus its spectra (~2.3x the clip); bounded by the clip length either way.
    """
    n_samples, channels = samples.shape
    nfft, hop, step = frame_layout(sample_rate)
    history = nfft - hop
    n_frames = max(1, -(-n_samples // hop))
    if channels == 2 and nfft % 2 == 0:
        return Frames(
            int(sample_rate), nfft, hop, history, n_samples, step,
            packed=packed.pack_stereo(samples, nfft, hop, history, n_frames),
        )  # fmt: skip
    # float64 on purpose: numpy's float32 rfft with its default norm runs in double precision anyway, with
    # casting copies (see companion.listening.packed); float64 in, complex64 out is the faster way there.
    padded = np.zeros((channels, history + n_frames * hop), dtype=np.float64)
    padded[:, history : history + n_samples] = samples.T
    # A strided view: frame j = padded[:, j*hop : j*hop + nfft]; no copy until the FFT reads it.
    windows = np.lib.stride_tricks.sliding_window_view(padded, nfft, axis=1)[:, ::hop]
    spectra = np.fft.rfft(windows, axis=-1).astype(np.complex64)  # float32 precision is plenty downstream
    return Frames(int(sample_rate), nfft, hop, history, n_samples, step, rfft=spectra)
