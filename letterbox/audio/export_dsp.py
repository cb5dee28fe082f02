"""Streaming measurements for export: ITU-R BS.1770 loudness, true peak, resampling.

An hour of audio never sits in memory: the loudness meter keeps one number per 100 ms
(the mean square of the K-weighted signal), the BS.1770 gate runs on 400 ms blocks
built from four of them (75 % overlap), exactly as pyloudnorm does on a whole array.
"""

from __future__ import annotations

from functools import lru_cache
from math import gcd

import numpy as np
from numpy.typing import NDArray

Samples = NDArray[np.float32]
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0


@lru_cache(maxsize=8)
def k_weighting(rate: int) -> list[tuple[NDArray[np.float64], NDArray[np.float64]]]:
    """The two K-weighting biquads (shelf, high-pass) for a sample rate, from pyloudnorm."""
    import pyloudnorm

    meter = pyloudnorm.Meter(rate)
    # pyloudnorm keeps its designed filters here; we reuse its coefficients so the
    # streamed measurement matches its whole-array one.
    return [(np.asarray(f.b, dtype=np.float64), np.asarray(f.a, dtype=np.float64))
            for f in meter._filters.values()]


@lru_cache(maxsize=8)
def _k_weighting_sos(rate: int) -> NDArray[np.float64]:
    """The two biquads as second-order sections: one filter call per block."""
    from scipy.signal import tf2sos

    return np.vstack([tf2sos(b, a) for b, a in k_weighting(rate)])


class LoudnessMeter:
    """Integrated loudness of a mono stream fed in blocks of any size."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._sos = _k_weighting_sos(rate)
        self._zi = np.zeros((len(self._sos), 2))
        self._step = round(rate * 0.1)
        self._carry = np.zeros(0, dtype=np.float64)
        self.energies: list[float] = []  # one mean square per 100 ms

    def reset_filter(self) -> None:
        """Start a new part: filter state and partial step are dropped (as separate files)."""
        self._zi = np.zeros_like(self._zi)
        self._carry = np.zeros(0, dtype=np.float64)

    def feed(self, block: NDArray[np.floating]) -> None:
        """Add samples (mono)."""
        from scipy.signal import sosfilt

        x, self._zi = sosfilt(self._sos, np.asarray(block, dtype=np.float64), zi=self._zi)
        x = np.concatenate((self._carry, x))
        whole = len(x) // self._step * self._step
        if whole:
            steps = x[:whole].reshape(-1, self._step)
            self.energies.extend(np.mean(steps * steps, axis=1).tolist())
        self._carry = x[whole:]

    def integrated(self) -> float:
        """Gated loudness in LUFS; ``-inf`` for silence or less than 400 ms."""
        e = np.asarray(self.energies, dtype=np.float64)
        if len(e) < 4:
            return float("-inf")
        z = (e[:-3] + e[1:-2] + e[2:-1] + e[3:]) / 4.0  # 400 ms blocks, 100 ms apart
        with np.errstate(divide="ignore"):
            block_lufs = -0.691 + 10.0 * np.log10(z)
        above = z[block_lufs >= ABSOLUTE_GATE_LUFS]
        if not len(above):
            return float("-inf")
        relative = -0.691 + 10.0 * np.log10(np.mean(above)) + RELATIVE_GATE_LU
        gated = z[(block_lufs > relative) & (block_lufs > ABSOLUTE_GATE_LUFS)]
        if not len(gated):
            return float("-inf")
        return float(-0.691 + 10.0 * np.log10(np.mean(gated)))


@lru_cache(maxsize=1)
def _oversampling_filter() -> NDArray[np.float64]:
    """A 48-tap 4× interpolation low-pass, the length BS.1770-4 annex 2 uses."""
    from scipy.signal import firwin

    return np.asarray(firwin(48, 0.24, window=("kaiser", 6.0)) * 4.0)


_UP = 4
_DENSE = 0.5  # above this share of hot windows, one full filter pass is cheaper
_PHASE_TAPS = 12  # 48 taps / 4 phases


@lru_cache(maxsize=1)
def _phases() -> tuple[NDArray[np.float64], float]:
    """The filter as a (taps × phases) matrix, and its gain bound.

    Output ``4n + p`` of the 4× interpolation is ``sum_k h[4k + p] · x[n − k]``; so
    ``|y| ≤ max_p sum_k |h[4k + p]| · max|x[n − 11 .. n]|`` — the bound.
    """
    h = _oversampling_filter()
    matrix = np.stack([h[p::_UP] for p in range(_UP)], axis=1)  # (12, 4)
    # float32 halves the memory traffic; the peak is wanted to a hundredth of a dB.
    return matrix.astype(np.float32), float(np.max(np.sum(np.abs(matrix), axis=0)))


class TruePeakMeter:
    """True peak (BS.1770 annex 2: 4× oversampling) of a stream, in dBFS.

    Exact, and cheap for long recordings: an oversampled value can only pass the peak
    found so far where the 12 samples it is made from come within the filter's gain
    bound of it (``_phases``), so only those outputs are computed. Equal to running the
    whole recording through the 4× filter at once.
    """

    def __init__(self) -> None:
        self._tail = np.zeros(_PHASE_TAPS - 1, dtype=np.float32)
        self.peak = 0.0

    def feed(self, block: NDArray[np.floating]) -> None:
        x = np.asarray(block, dtype=np.float32)
        if not len(x):
            return
        joined = np.concatenate((self._tail, x))
        self._tail = joined[-(_PHASE_TAPS - 1):]
        self._measure(joined)

    def _measure(self, joined: NDArray[np.float32]) -> None:
        """Outputs whose 12-sample window ends at each of ``joined[11:]``."""
        matrix, bound = _phases()
        magnitude = np.abs(joined)
        self.peak = max(self.peak, float(magnitude[_PHASE_TAPS - 1:].max(initial=0.0)))
        hot = magnitude > self.peak / bound
        if not hot.any():
            return
        # A window [n − 11, n] matters when it holds a hot sample.
        running = np.cumsum(hot, dtype=np.int32)
        counts = running[_PHASE_TAPS - 1:].copy()
        counts[1:] -= running[:-_PHASE_TAPS]
        ends = np.flatnonzero(counts) + (_PHASE_TAPS - 1)
        if len(ends) > len(joined) * _DENSE:  # mostly hot (a steady tone): every window
            from numpy.lib.stride_tricks import sliding_window_view

            every = sliding_window_view(joined, _PHASE_TAPS) @ matrix[::-1]
            self.peak = max(self.peak, float(np.max(np.abs(every))))
            return
        windows = joined[ends[:, None] - np.arange(_PHASE_TAPS)[None, :]]
        self.peak = max(self.peak, float(np.max(np.abs(windows @ matrix))))

    @property
    def dbfs(self) -> float:
        """The peak so far, including the filter's ring-out after the last sample."""
        ring = TruePeakMeter()
        ring.peak = self.peak
        ring._measure(np.concatenate((self._tail, np.zeros(_PHASE_TAPS - 1, np.float32))))
        return 20.0 * float(np.log10(ring.peak)) if ring.peak > 0 else float("-inf")


class StreamResampler:
    """Polyphase resampling of a stream in blocks, equal to resampling it whole.

    Each step resamples a slice with ``pad`` samples of context on both sides; the
    context is a multiple of the decimation factor, so output samples line up exactly.
    """

    def __init__(self, rate_in: int, rate_out: int) -> None:
        g = gcd(rate_in, rate_out)
        self.up, self.down = rate_out // g, rate_in // g
        self.pad = self.down * max(2, -(-64 // self.down))
        self._buf = np.zeros(self.pad, dtype=np.float64)
        self._consumed_out = 0

    def push(self, block: NDArray[np.floating]) -> NDArray[np.float64]:
        """Resample what can be resampled now; keep the rest for the next call."""
        self._buf = np.concatenate((self._buf, np.asarray(block, dtype=np.float64)))
        n = (len(self._buf) - 2 * self.pad) // self.down * self.down
        if n <= 0:
            return np.zeros(0)
        out = self._resample(self._buf[: self.pad + n + self.pad], n * self.up // self.down)
        self._buf = self._buf[n:]
        return out

    def flush(self) -> NDArray[np.float64]:
        """The last samples, with silence after them."""
        remaining = len(self._buf) - self.pad
        if remaining <= 0:
            return np.zeros(0)
        count = -(-remaining * self.up // self.down)
        padded = np.concatenate((self._buf, np.zeros(self.pad + self.down)))
        self._buf = np.zeros(self.pad)
        return self._resample(padded, count)

    def _resample(self, segment: NDArray[np.float64], count: int) -> NDArray[np.float64]:
        from scipy.signal import resample_poly

        if self.up == self.down:
            return segment[self.pad:self.pad + count]
        y = resample_poly(segment, self.up, self.down)
        start = self.pad * self.up // self.down
        return np.asarray(y[start:start + count])
