"""Find where a QR code probably is, estimate how it is blurred, and undo that blur on the crop only.

The last resort of the kiosk pipeline (see ``pipeline.py``): small modules (about 2-3 px) smeared
by hand movement over 2-3 modules are beyond sharpening, but a motion blur is a known linear filter
whose direction shows in the image, so a Wiener deconvolution with the right kernel brings the
modules back; a defocus (Gaussian) blur a little less so. Everything here works on one or two
candidate crops (a few hundred pixels wide), never on the whole frame, so the stage costs tens of
milliseconds (at worst about half a second when nothing reads) on the rare frame that reaches it.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in frame pixels
RUNNER_UP_RATIO = 0.5  # further candidates must score at least this fraction of the best one
MOTION_THRESHOLD = 0.25  # crop anisotropy above which it is treated as motion-blurred, else defocused


def candidate_regions(gray: np.ndarray, limit: int = 2) -> list[Box]:
    """Up to ``limit`` boxes around busy, square-ish areas (QR codes), best first.

    A QR code is the densest patch of edges of a capture relative to its local contrast: the
    normalised morphological gradient, averaged, is high over it even when it is blurred or dim.
    Text blocks score too, but are less square and less filled, so they rank below the code.
    """
    small = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    square3, square15 = np.ones((3, 3), np.uint8), np.ones((15, 15), np.uint8)
    edges = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, square3).astype(np.float32)
    local_range = cv2.dilate(small, square15).astype(np.float32) - cv2.erode(small, square15) + 20
    density = cv2.boxFilter(edges / local_range, -1, (11, 11))
    dense = (density > max(0.2, 0.5 * float(density.max()))).astype(np.uint8)
    mask = cv2.morphologyEx(dense, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
    scored: list[tuple[float, Box]] = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if min(w, h) < 12 or area < 200:  # under ~20 modules of 1 px: nothing to read
            continue
        inside = labels[y:y + h, x:x + w] == label
        (_, _), (rw, rh), _ = cv2.minAreaRect(cv2.findNonZero(inside.astype(np.uint8)))
        squareness = min(rw, rh) / max(rw, rh, 1.0)
        fill = area / max(rw * rh, 1.0)
        score = float(density[y:y + h, x:x + w][inside].mean()) * squareness * fill
        scored.append((score, (2 * x, 2 * y, 2 * (x + w), 2 * (y + h))))
    scored.sort(key=lambda item: item[0], reverse=True)
    # a runner-up far below the best is text next to the code: not worth a deconvolution search
    return [box for score, box in scored[:limit] if score >= RUNNER_UP_RATIO * scored[0][0]]


def padded(box: Box, shape: tuple[int, ...], margin: float = 0.15) -> Box:
    """The box grown by ``margin`` of its size on each side (finder patterns, quiet zone), clipped."""
    x0, y0, x1, y1 = box
    grow = round(margin * max(x1 - x0, y1 - y0))
    height, width = shape[:2]
    return max(0, x0 - grow), max(0, y0 - grow), min(width, x1 + grow), min(height, y1 + grow)


@dataclass(frozen=True)
class BlurEstimate:
    """Direction (radians, image axes, y down) along which the crop is smeared, and how strongly."""

    angle: float
    anisotropy: float  # 0 = isotropic (defocus or sharp), towards 1 = strong motion blur


def estimate_blur(crop: np.ndarray) -> BlurEstimate:
    """Motion direction from the structure tensor of the crop.

    The gradients of a sharp QR code are as strong along one of its axes as along the other, so its
    structure tensor is isotropic whatever its rotation; a motion blur weakens the gradients along
    the motion, so the eigenvector of the smaller eigenvalue is the motion direction.
    """
    f = crop.astype(np.float32)
    gx = cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3)
    sxx, syy, sxy = float((gx * gx).sum()), float((gy * gy).sum()), float((gx * gy).sum())
    dominant = 0.5 * math.atan2(2 * sxy, sxx - syy)  # direction of the strongest gradients
    spread = math.hypot(sxx - syy, 2 * sxy)
    return BlurEstimate(dominant + math.pi / 2, spread / max(sxx + syy, 1e-6))


def motion_kernel(length: float, angle: float) -> np.ndarray:
    """A normalised line kernel of ``length`` px along ``angle`` (radians, y down), anti-aliased."""
    over = 8
    size = math.ceil(length) | 1
    canvas = np.zeros((size * over, size * over), np.float32)
    centre = (size * over - 1) / 2
    dx, dy = math.cos(angle) * (length - 1) * over / 2, math.sin(angle) * (length - 1) * over / 2
    cv2.line(canvas, (round(centre - dx), round(centre - dy)), (round(centre + dx), round(centre + dy)),
             1.0, thickness=over, lineType=cv2.LINE_AA)
    kernel = cv2.resize(canvas, (size, size), interpolation=cv2.INTER_AREA)
    normalised: np.ndarray = kernel / kernel.sum()
    return normalised


def gaussian_kernel(sigma: float) -> np.ndarray:
    """A normalised isotropic Gaussian kernel (defocus)."""
    radius = math.ceil(3 * sigma)
    g = cv2.getGaussianKernel(2 * radius + 1, sigma)
    return (g @ g.T).astype(np.float32)


class Deconvolver:
    """Wiener deconvolution of one grey crop by several kernels; the crop's spectrum is computed once."""

    def __init__(self, crop: np.ndarray, max_kernel: int = 15) -> None:
        self.pad = max_kernel
        self.shape = crop.shape[:2]
        # reflect-pad against wrap-around, up to sizes the FFT handles fast
        height = cv2.getOptimalDFTSize(crop.shape[0] + 2 * self.pad)
        width = cv2.getOptimalDFTSize(crop.shape[1] + 2 * self.pad)
        f = cv2.copyMakeBorder(crop.astype(np.float32) / 255, self.pad, height - crop.shape[0] - self.pad,
                               self.pad, width - crop.shape[1] - self.pad, cv2.BORDER_REFLECT)
        self.spectrum = cv2.dft(f, flags=cv2.DFT_COMPLEX_OUTPUT)
        self.padded_shape = f.shape

    def __call__(self, kernel: np.ndarray, nsr: float) -> np.ndarray:
        """The crop restored by ``kernel`` (``nsr``: noise-to-signal power ratio), stretched to 0-255."""
        psf = np.zeros(self.padded_shape, np.float32)
        kh, kw = kernel.shape
        psf[:kh, :kw] = kernel
        psf = np.roll(psf, (-(kh // 2), -(kw // 2)), (0, 1))
        transfer = cv2.dft(psf, flags=cv2.DFT_COMPLEX_OUTPUT)
        power = cv2.magnitude(transfer[..., 0], transfer[..., 1]) ** 2 + nsr
        numerator = cv2.mulSpectrums(self.spectrum, transfer, 0, conjB=True)
        restored = cv2.idft(numerator / power[..., None], flags=cv2.DFT_SCALE | cv2.DFT_REAL_OUTPUT)
        height, width = self.shape
        restored = restored[self.pad:self.pad + height, self.pad:self.pad + width]
        lo, hi = np.percentile(restored, (1, 99))
        stretched: np.ndarray = ((restored - lo) * (255 / max(hi - lo, 1e-6))).clip(0, 255).astype(np.uint8)
        return stretched


@dataclass(frozen=True)
class Attempt:
    """One deconvolution to try: the kernel, the Wiener noise-to-signal ratio, the upscale after."""

    kernel: np.ndarray
    nsr: float = 0.01
    upscale: float = 3.0


def deblur_attempts(estimate: BlurEstimate) -> Iterator[Attempt]:
    """Deconvolutions to try on a crop, the likeliest first.

    Motion blur (anisotropic crop): lines along the estimated direction, then up to 12 degrees off
    it, a few lengths (modules of 2-3 px smeared over 3-7 px). Defocus (isotropic): Gaussians.
    """
    if estimate.anisotropy >= MOTION_THRESHOLD:
        for offset in (0.0, -6.0, 6.0, -12.0, 12.0):
            for length in (6.0, 5.0, 4.0, 7.0, 3.0):
                yield Attempt(motion_kernel(length, estimate.angle + math.radians(offset)))
        return
    for sigma in (1.2, 1.4, 1.6, 1.0):
        for nsr, upscale in ((0.01, 3.0), (0.003, 2.0)):
            yield Attempt(gaussian_kernel(sigma), nsr, upscale)


def deblurred_views(gray: np.ndarray, max_candidates: int = 2) -> Iterator[tuple[np.ndarray, float, int, int]]:
    """Deconvolved, upscaled crops of the likeliest code regions: (image, factor, x0, y0)."""
    for box in candidate_regions(gray, max_candidates):
        x0, y0, x1, y1 = padded(box, gray.shape)
        deconvolve = Deconvolver(gray[y0:y1, x0:x1])
        bx0, by0, bx1, by1 = box
        for attempt in deblur_attempts(estimate_blur(gray[by0:by1, bx0:bx1])):
            restored = deconvolve(attempt.kernel, attempt.nsr)
            image = cv2.resize(restored, None, fx=attempt.upscale, fy=attempt.upscale, interpolation=cv2.INTER_CUBIC)
            yield image, attempt.upscale, x0, y0
