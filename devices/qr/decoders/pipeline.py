"""The kiosk's own QR pipeline: a cascade of cheap-to-expensive attempts, stopping at the first read.

zxing-cpp on the plain grey frame reads most captures in a millisecond or two; what it misses is
mostly small modules under blur (rescued by sharpening or upscaling), glare and low contrast
(rescued by a local threshold or a downscale), and a few that only OpenCV's ArUco-based detector
reads. The order and the stages were chosen with ``bench/qr_decode.py`` (see its per-stage counts).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from devices.qr.decoders.base import QrDecoder, QrResult, scaled, to_gray
from devices.qr.decoders.zxing_decoder import ZxingDecoder


def _unsharp(gray: np.ndarray, sigma: float = 2.0, amount: float = 1.0) -> np.ndarray:
    return cv2.addWeighted(gray, 1.0 + amount, cv2.GaussianBlur(gray, (0, 0), sigma), -amount, 0)


def _upscale(gray: np.ndarray, factor: float) -> np.ndarray:
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)


def _threshold(gray: np.ndarray) -> np.ndarray:
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 5)


@dataclass(frozen=True)
class Stage:
    """One attempt: transform the grey frame (by ``factor``), then decode with ``decoder``."""

    name: str
    transform: Callable[[np.ndarray], np.ndarray]
    factor: float = 1.0
    decoder: str = "zxing"


def default_stages() -> list[Stage]:
    identity = lambda g: g  # noqa: E731
    return [
        Stage("plain", identity),
        Stage("half", lambda g: cv2.resize(g, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA), 0.5),
        Stage("sharpen", _unsharp),
        Stage("upscale-1.5", lambda g: _upscale(g, 1.5), 1.5),
        Stage("threshold", _threshold),
        Stage("sharpen-upscale-2", lambda g: _unsharp(_upscale(g, 2.0)), 2.0),
        Stage("strong-sharpen-upscale-2", lambda g: _unsharp(_upscale(g, 2.0), 3.0, 2.0), 2.0),
        Stage("opencv-aruco", identity, decoder="opencv"),
    ]


class KioskQrPipeline:
    """QrDecoder that tries its stages in order and returns the first stage's results."""

    name = "kiosk"

    def __init__(self, stages: list[Stage] | None = None, time_budget_ms: float | None = None) -> None:
        self.stages = stages if stages is not None else default_stages()
        self.time_budget_ms = time_budget_ms
        self._decoders: dict[str, QrDecoder] = {"zxing": ZxingDecoder()}
        self.last_stage: str | None = None

    def _decoder(self, key: str) -> QrDecoder:
        if key not in self._decoders:
            if key == "opencv":
                from devices.qr.decoders.opencv_decoder import OpenCvDecoder

                self._decoders[key] = OpenCvDecoder(aruco=True)
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
        for stage in stages:
            found = self._decoder(stage.decoder).decode(stage.transform(gray))
            if found:
                self.last_stage = stage.name
                return [QrResult(r.text, f"{self.name}/{stage.name}", scaled(r.corners, stage.factor))
                        for r in found]
            if self.time_budget_ms is not None and (time.perf_counter() - started) * 1000 > self.time_budget_ms:
                break
        return []
