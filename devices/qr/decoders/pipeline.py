"""The kiosk's own QR pipeline: a cascade of cheap-to-expensive attempts, stopping at the first read.

The stages were chosen by measuring every candidate alone on two sets side by side
(``bench/qr_decode.py --stages``): 501 generated captures (seed 2026) and the 69 real photos of
zxing-cpp's samples (``../shared/data/qr-photos``). A stage stays when it reads frames no stage
before it reads, on either set; the rest are kept in :func:`candidate_stages` only, to be measured.

- ``plain``: zxing-cpp on the grey frame: about 94 % of captures and 62 of 69 photos, in a few ms.
- ``half``, ``sharpen``, ``sharpen-upscale-2``: whole-frame rescues for small modules under mild
  blur, and codes whose modules are too big or textured at full size (a few frames each).
- ``flatten-sheet``: a code on a bent or wrinkled sheet (a sticker on cloth, a curled receipt): the
  sheet's outline bounds a Coons patch that unbends it onto a square (``dewarp.py``); zxing-cpp
  with its local and its global binarizer. Reads 3 of the real photos nothing before it reads.
- ``opencv-curved``: OpenCV's curved-surface sampler, its module grid decoded by zxing-cpp
  (``opencv_decoder.py``): one more wrinkled real photo.
- ``deblur-crop`` (about a dozen frames per 501 captures): 2-3 px modules smeared by hand movement
  over 2-3 modules, or defocused, are beyond sharpening. It finds the likeliest code region,
  estimates the motion direction from the crop's structure tensor, and Wiener-deconvolves only that
  crop with a few candidate kernels (``deblur.py``); only on frames every other stage missed.

Dropped after measurement (no frame on either set that the kept stages miss): ``upscale-1.5``,
``threshold``, ``strong-sharpen-upscale-2``, ``global-histogram``, ``blur-1`` and ``opencv-aruco``
(the slowest, 20-110 ms a frame).

Every stage returns only codes whose Reed-Solomon check passed, with the payload exactly as encoded:
zxing-cpp's ``TextMode.Plain``, and for OpenCV zxing-cpp's decoding of its sampled grid (OpenCV's
own text only when it cannot be misread, see ``opencv_decoder.py``). So trying more images adds
reads, not wrong payloads. ``decode_quick`` runs the first three stages only, for live preview
frames.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from devices.qr.decoders.base import Corners, QrDecoder, QrResult, scaled, to_gray
from devices.qr.decoders.deblur import deblurred_views
from devices.qr.decoders.dewarp import flattened_views
from devices.qr.decoders.zxing_decoder import ZxingDecoder


def _identity(gray: np.ndarray) -> np.ndarray:
    return gray


def _unsharp(gray: np.ndarray, sigma: float = 2.0, amount: float = 1.0) -> np.ndarray:
    return cv2.addWeighted(gray, 1.0 + amount, cv2.GaussianBlur(gray, (0, 0), sigma), -amount, 0)


def _upscale(gray: np.ndarray, factor: float) -> np.ndarray:
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)


def _threshold(gray: np.ndarray) -> np.ndarray:
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 5)


ToFrame = Callable[[Corners], Corners]  # maps corners found in a view back to frame coordinates
View = tuple[np.ndarray, ToFrame]


def linear(factor: float, dx: float = 0.0, dy: float = 0.0) -> ToFrame:
    """Corners of a view that is the frame (or a crop at ``dx``, ``dy``) scaled by ``factor``."""
    return lambda corners: scaled(corners, factor, dx, dy)


def _deblurred(gray: np.ndarray) -> Iterator[View]:
    for image, factor, dx, dy in deblurred_views(gray):
        yield image, linear(factor, dx, dy)


def _flattened(gray: np.ndarray) -> Iterator[View]:
    yield from flattened_views(gray)


@dataclass(frozen=True)
class Stage:
    """One attempt: transform the grey frame (by ``factor``), then decode with ``decoders`` in turn.

    A stage with ``views`` instead decodes each image that function yields from the grey frame
    (e.g. restored crops), stopping at the first one that reads.
    """

    name: str
    transform: Callable[[np.ndarray], np.ndarray] = _identity
    factor: float = 1.0
    decoders: tuple[str, ...] = ("zxing",)
    views: Callable[[np.ndarray], Iterable[View]] | None = None

    def images(self, gray: np.ndarray) -> Iterable[View]:
        """What this stage decodes, with how to map corners back to the frame."""
        if self.views is not None:
            return self.views(gray)
        return ((self.transform(gray), linear(self.factor)),)


def candidate_stages() -> list[Stage]:
    """Every stage the kiosk has tried, in cascade order; ``bench/qr_decode.py --stages`` measures each."""
    return [
        Stage("plain"),
        Stage("half", lambda g: cv2.resize(g, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA), 0.5),
        Stage("sharpen", _unsharp),
        Stage("upscale-1.5", lambda g: _upscale(g, 1.5), 1.5),
        Stage("threshold", _threshold),
        Stage("sharpen-upscale-2", lambda g: _unsharp(_upscale(g, 2.0)), 2.0),
        Stage("strong-sharpen-upscale-2", lambda g: _unsharp(_upscale(g, 2.0), 3.0, 2.0), 2.0),
        Stage("global-histogram", decoders=("zxing-global",)),
        Stage("blur-1", lambda g: cv2.GaussianBlur(g, (0, 0), 1.0)),
        Stage("opencv-aruco", decoders=("opencv",)),
        Stage("flatten-sheet", views=_flattened, decoders=("zxing", "zxing-global")),
        Stage("opencv-curved", decoders=("opencv-curved",)),
        Stage("deblur-crop", views=_deblurred),
    ]


MIN_CODE_PX = 21  # the smallest QR code (version 1) is 21 modules wide: below 21 px nothing can be read


#: the stages that earn their time on real photos or generated captures (see the module docstring)
DEFAULT_STAGES = ("plain", "half", "sharpen", "sharpen-upscale-2", "flatten-sheet", "opencv-curved", "deblur-crop")


def default_stages() -> list[Stage]:
    return [stage for stage in candidate_stages() if stage.name in DEFAULT_STAGES]


class KioskQrPipeline:
    """QrDecoder that tries its stages in order and returns the first stage's results."""

    name = "kiosk"

    def __init__(self, stages: list[Stage] | None = None, time_budget_ms: float | None = None) -> None:
        self.stages = stages if stages is not None else default_stages()
        self.time_budget_ms = time_budget_ms
        self._decoders: dict[str, QrDecoder] = {
            "zxing": ZxingDecoder(), "zxing-global": ZxingDecoder(binarizer=zxingcpp.Binarizer.GlobalHistogram)}
        self.last_stage: str | None = None

    def _decoder(self, key: str) -> QrDecoder:
        if key not in self._decoders:
            if key == "opencv":
                from devices.qr.decoders.opencv_decoder import OpenCvDecoder

                self._decoders[key] = OpenCvDecoder(aruco=True)
            elif key == "opencv-curved":
                from devices.qr.decoders.opencv_decoder import CurvedOpenCvDecoder

                self._decoders[key] = CurvedOpenCvDecoder()
            elif key == "pyzbar":
                from devices.qr.decoders.pyzbar_decoder import PyzbarDecoder

                self._decoders[key] = PyzbarDecoder()
            else:
                raise KeyError(key)
        return self._decoders[key]

    QUICK_STAGES = 3  # plain, half, sharpen: a few ms even on a frame without a code

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        return self._decode(frame, self.stages)

    def decode_quick(self, frame: np.ndarray) -> list[QrResult]:
        """Only the cheap stages: for live preview frames, most of which hold no code at all."""
        return self._decode(frame, self.stages[: self.QUICK_STAGES])

    def _decode(self, frame: np.ndarray, stages: list[Stage]) -> list[QrResult]:
        gray = to_gray(frame)
        started = time.perf_counter()
        self.last_stage = None
        if min(gray.shape[:2]) < MIN_CODE_PX:  # too small to hold a code, and to halve
            return []
        for stage in stages:
            for image, to_frame in stage.images(gray):
                for key in stage.decoders:
                    found = self._decoder(key).decode(image)
                    if found:
                        self.last_stage = stage.name
                        return [QrResult(r.text, f"{self.name}/{stage.name}", to_frame(r.corners)) for r in found]
                    if self._over_budget(started):
                        return []
        return []

    def _over_budget(self, started: float) -> bool:
        return self.time_budget_ms is not None and (time.perf_counter() - started) * 1000 > self.time_budget_ms
