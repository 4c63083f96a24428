"""Flatten a code printed on a bent or wrinkled sheet, using the sheet's own outline.

A QR code on a curled receipt, a label on a bottle or a sticker on cloth is not a plane: one
homography (all zxing-cpp and ZBar fit) samples the far modules off their centres. The sheet the
code is printed on bends with it, and its outline is easy to find when it is brighter than what is
around it (a white label, a receipt on a desk). Its four sides, followed pixel by pixel, bound a
Coons patch: the surface that interpolates the four boundary curves. Resampling the frame over that
patch unbends the sheet, and the code on it, onto a square the decoder reads with one homography.
"""
from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np

from devices.qr.decoders.base import Corners

MIN_SHEET_FRACTION = 0.04  # sheets smaller than this part of the frame hold no readable code
OUTPUT_SIDE = 500  # px side of the flattened sheet: modules of 10-20 px for codes of 25-45 modules
WHITE_BORDER = 24  # px of white quiet zone around the flattened sheet


def sheets(gray: np.ndarray, limit: int = 2) -> list[np.ndarray]:
    """Outlines (N x 2 float32, in order along the boundary) of the largest bright regions."""
    _, bright = cv2.threshold(cv2.GaussianBlur(gray, (0, 0), 2), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    close = max(3, round(min(gray.shape[:2]) / 40)) | 1  # fill the code's dark modules inside the sheet
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((close, close), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    contours = sorted(contours, key=cv2.contourArea, reverse=True)[:limit]
    return [c[:, 0, :].astype(np.float32) for c in contours
            if cv2.contourArea(c) > MIN_SHEET_FRACTION * gray.shape[0] * gray.shape[1]]


def corner_indices(outline: np.ndarray) -> list[int] | None:
    """Where along the outline its four corners are (those of a quadrilateral fitted to its hull), in order."""
    hull = cv2.convexHull(outline.reshape(-1, 1, 2))
    perimeter = cv2.arcLength(hull, True)
    for epsilon in (0.02, 0.04, 0.06, 0.1):
        quad = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(quad) == 4:
            break
    else:
        quad = cv2.boxPoints(cv2.minAreaRect(outline)).reshape(-1, 1, 2)
    indices = sorted({int(np.argmin(np.linalg.norm(outline - point, axis=1))) for point in quad[:, 0, :]})
    return indices if len(indices) == 4 else None


def _resampled(points: np.ndarray, count: int) -> np.ndarray:
    """``count`` points evenly spaced by arc length along a polyline."""
    along = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(points, axis=0), axis=1))]
    at = np.linspace(0.0, along[-1], count)
    return np.stack([np.interp(at, along, points[:, 0]), np.interp(at, along, points[:, 1])], axis=1)


def coons_maps(outline: np.ndarray, corners: list[int], side: int, grid: int = 96) -> tuple[np.ndarray, np.ndarray]:
    """``cv2.remap`` maps (x and y per output pixel) of the Coons patch bounded by the outline's four sides.

    The patch is computed on a ``grid`` x ``grid`` lattice and enlarged to ``side`` pixels: it is smooth
    (each point a blend of the four boundary curves), so the enlargement loses nothing a decoder sees.
    """
    sides = []
    for k in range(4):
        start, end = corners[k], corners[(k + 1) % 4]
        run = outline[start:end + 1] if end > start else np.concatenate([outline[start:], outline[:end + 1]])
        sides.append(_resampled(run, grid).astype(np.float32))
    top, right, bottom, left = sides[0], sides[1], sides[2][::-1], sides[3][::-1]
    u = np.linspace(0.0, 1.0, grid, dtype=np.float32)[None, :, None]
    v = np.linspace(0.0, 1.0, grid, dtype=np.float32)[:, None, None]
    ruled = (1 - v) * top[None] + v * bottom[None] + (1 - u) * left[:, None] + u * right[:, None]
    bilinear = ((1 - u) * (1 - v) * top[0] + u * (1 - v) * top[-1] + (1 - u) * v * bottom[0] + u * v * bottom[-1])
    surface = cv2.resize(ruled - bilinear, (side, side), interpolation=cv2.INTER_LINEAR)
    return surface[..., 0].copy(), surface[..., 1].copy()


def flattened_views(gray: np.ndarray) -> Iterator[tuple[np.ndarray, CornerMap]]:
    """Each bright sheet of the frame flattened onto a square, with how to map corners back to the frame."""
    for outline in sheets(gray):
        corners = corner_indices(outline)
        if corners is None:
            continue
        map_x, map_y = coons_maps(outline, corners, OUTPUT_SIDE)
        flat = cv2.remap(gray, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
        flat = cv2.copyMakeBorder(flat, WHITE_BORDER, WHITE_BORDER, WHITE_BORDER, WHITE_BORDER,
                                  cv2.BORDER_CONSTANT, value=255)
        yield flat, CornerMap(map_x, map_y, WHITE_BORDER)


class CornerMap:
    """Maps points of a flattened view back to the frame through the remap grids."""

    def __init__(self, map_x: np.ndarray, map_y: np.ndarray, border: int) -> None:
        self.map_x, self.map_y, self.border = map_x, map_y, border

    def __call__(self, corners: Corners) -> Corners:
        height, width = self.map_x.shape
        mapped = []
        for x, y in corners:
            col = int(np.clip(round(x - self.border), 0, width - 1))
            row = int(np.clip(round(y - self.border), 0, height - 1))
            mapped.append((float(self.map_x[row, col]), float(self.map_y[row, col])))
        return tuple(mapped)
