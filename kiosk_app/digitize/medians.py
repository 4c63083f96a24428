"""Exact, cheaper stand-ins for the NumPy reductions in the page detector's hot loops.

``np.median`` and ``ndarray.mean`` pay a fixed overhead of tens of microseconds (argument checks, a
partition with NaN bookkeeping, a mean to coerce the type) that dominates on the detector's small
arrays (a few dozen samples along a side). Each helper here returns the same value, bit for bit, as the
NumPy call it replaces (``tests/digitize/test_digitize_detect_speed.py`` checks them against it).
"""
from __future__ import annotations

import functools
from typing import Any

import cv2
import numpy as np

_SORT_BELOW = 256  # up to this many values a full sort beats a partition at two positions


def median_1d(values: np.ndarray) -> float:
    """``float(np.median(values))`` of a non-empty 1-D array (NaN when it holds a NaN, as NumPy gives)."""
    count = len(values)
    half = count // 2
    inexact = values.dtype.kind == "f"
    if count <= _SORT_BELOW:
        part = np.sort(values)
    else:
        kth = [half - 1, half] if count % 2 == 0 else [half]
        part = np.partition(values, kth + [-1] if inexact else kth)
    if inexact and part[-1] != part[-1]:
        return float("nan")
    if count % 2:
        return float(part[half])
    if inexact:
        return float((part[half - 1] + part[half]) / 2)  # in the array's precision, as np.mean sums them
    return (float(part[half - 1]) + float(part[half])) / 2.0  # integers: float64, as np.mean


def median_rows(values: np.ndarray) -> np.ndarray:
    """``np.median(values, axis=0)`` of a 2-D float array with at least one row (each column's median, in the
    array's dtype; NaN for a column holding a NaN)."""
    count = values.shape[0]
    half = count // 2
    part = np.sort(values, axis=0)
    if count % 2:
        out = part[half].copy()
    else:
        out = (part[half - 1] + part[half]) / values.dtype.type(2)
    nan = part[-1] != part[-1]
    if nan.any():
        out[nan] = np.nan
    result: np.ndarray = out
    return result


def median_u8(image: np.ndarray) -> float:
    """``float(np.median(image))`` of a non-empty uint8 array, by its histogram instead of a partial sort."""
    flat = image.reshape(-1, 1) if image.ndim != 2 or not image.flags.c_contiguous else image
    hist = cv2.calcHist([np.ascontiguousarray(flat)], [0], None, [256], [0, 256]).ravel()
    cumulative = np.cumsum(hist.astype(np.int64))
    count = int(cumulative[-1])
    half = count // 2
    if count % 2:
        return float(np.searchsorted(cumulative, half + 1))
    low = int(np.searchsorted(cumulative, half))  # the value of the half-th smallest (1-based)
    high = int(np.searchsorted(cumulative, half + 1))
    return (low + high) / 2.0


def min_channel(colour: np.ndarray) -> np.ndarray:
    """``colour.min(axis=2)`` of an H x W x 3 image: elementwise minimum of its channels (same dtype)."""
    result: np.ndarray = np.minimum(np.minimum(colour[..., 0], colour[..., 1]), colour[..., 2])
    return result


def mean_channel(colour: np.ndarray) -> Any:
    """``colour.mean(axis=2)`` of an H x W x 3 float32 image: the channels summed in order and divided by 3."""
    total = colour[..., 0] + colour[..., 1]
    total += colour[..., 2]
    result: np.ndarray = np.true_divide(total, np.intp(3), out=total, casting="unsafe")
    return result


def share(mask: np.ndarray) -> float:
    """``float(mask.mean())`` of a non-empty boolean array: the share of its True elements."""
    return np.count_nonzero(mask) / mask.size


def masked_share(values: np.ndarray, mask: np.ndarray) -> float:
    """``share(values[mask > 0])`` of a uint8 ``values`` image (the paper level, 0 and 1) and a uint8 ``mask`` of its shape
    holding 0 and 255, with at least one pixel set: the share of the mask's pixels where ``values`` is not 0.

    Two OpenCV counts instead of NumPy's boolean selection, which copies the selected pixels first (about 45 us
    against 10 us on a 250 x 450 window). The counts are the same integers, so the quotient is the same float."""
    return cv2.countNonZero(cv2.bitwise_and(values, mask)) / cv2.countNonZero(mask)


def integer_centre(points: np.ndarray) -> np.ndarray:
    """``points.reshape(-1, 2).mean(axis=0)`` (float64) of integer-valued points (an int32 contour, or its float64 copy),
    by OpenCV's sum of each coordinate.

    The sums of integers are exact in double whatever the order of the additions (below 2**53), so both give the exact
    sums divided by the count: the same values, without NumPy's strided reduction over the points (about 50 us
    against 3 us for an outline of 3,000 points)."""
    flat = np.ascontiguousarray(points).reshape(-1, 1, 2)
    x, y, _, _ = cv2.sumElems(flat)
    centre: np.ndarray = np.array([x, y]) / len(flat)
    return centre


def mean_axis0(stack: np.ndarray) -> np.ndarray:
    """``stack.mean(axis=0)`` of a float array: its rows added in order, divided by their count as NumPy does."""
    total = stack[0] + stack[1] if len(stack) > 1 else stack[0].copy()
    for row in stack[2:]:
        total += row
    result: np.ndarray = np.true_divide(total, np.intp(len(stack)), out=total, casting="unsafe")
    return result


@functools.lru_cache(maxsize=64)
def profile_offsets(radius: float, step: float) -> np.ndarray:
    """``np.arange(-radius, radius + step / 2, step)``, computed once per (radius, step) (read-only)."""
    offsets = np.arange(-radius, radius + step / 2, step)
    offsets.flags.writeable = False
    return offsets


@functools.lru_cache(maxsize=64)
def profile_kernel(step: float) -> np.ndarray:
    """The 1 x k Gaussian that smooths a side's profiles sampled every ``step`` px (read-only)."""
    sigma_px = max(1.0, 1.0 / step)
    kernel = cv2.getGaussianKernel(int(sigma_px * 3) * 2 + 1, sigma_px).ravel().reshape(1, -1)
    kernel.flags.writeable = False
    return kernel


_TANGENTIAL = np.array([-1.0, 0.0, 1.0])


def profile_maps(base: np.ndarray, offsets: np.ndarray, normal: np.ndarray,
                 direction: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The float32 x and y maps (3n x m) of three parallel profiles (1 px apart along ``direction``) across each of
    the n points ``base`` at ``offsets`` along ``normal``: the same values as building the (3, n, m, 2) point array
    ``base + offsets * normal + tangential`` in float64 and casting its coordinates, without the strided copies. Both
    coordinates are computed by the same array operations (axis 0: x, y)."""
    n, m = len(base), len(offsets)
    across = base.T[:, :, None] + (normal[:, None] * offsets[None, :])[:, None, :]  # (2, n, m), float64
    out = np.empty((2, 3, n, m), np.float32)  # the float64 sums, rounded to float32 as astype does
    np.add(across[:, None], (direction[:, None] * _TANGENTIAL[None, :])[:, :, None, None], out=out, casting="unsafe")
    return out[0].reshape(3 * n, m), out[1].reshape(3 * n, m)


_SUPPORT_OFFSETS = np.arange(-6.0, 7.0)


def support_maps(a: np.ndarray, b: np.ndarray, t: np.ndarray, normal: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The float32 x and y maps (n x 13) of the edge-support samples: the points ``a (1 - t) + b t`` of a side,
    each at offsets -6 .. 6 px along ``normal``; the same values as the (n, 13, 2) float64 point array cast. Both
    coordinates are computed by the same array operations (axis 0: x, y)."""
    along = a[:, None] * (1 - t) + b[:, None] * t  # (2, n), float64
    out = np.empty((2, len(t), len(_SUPPORT_OFFSETS)), np.float32)  # the float64 sums, rounded as astype does
    np.add(along[:, :, None], (normal[:, None] * _SUPPORT_OFFSETS[None, :])[:, None, :], out=out, casting="unsafe")
    return out[0], out[1]


@functools.lru_cache(maxsize=512)
def spread(start: float, stop: float, n: int) -> np.ndarray:
    """``np.linspace(start, stop, n)``, computed once per (start, stop, n) (read-only)."""
    values = np.linspace(start, stop, n)
    values.flags.writeable = False
    return values


def evidence_maps(a: np.ndarray, along: np.ndarray, direction: np.ndarray, offsets: np.ndarray,
                  normal: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The float32 x and y maps (n x m) of the points ``a + along * direction + offsets * normal``; the same values
    as the (n, m, 2) float64 point array cast, without its strided copies."""
    maps = []
    for c in (0, 1):
        coord = (a[c] + along * direction[c])[:, None] + (offsets * normal[c])[None, :]
        maps.append(coord.astype(np.float32))
    return maps[0], maps[1]


def box_area(contour: np.ndarray) -> int:
    """Area of the bounding box of an integer contour: an upper bound of its convex hull's ``cv2.contourArea``
    (the hull of pixel centres spans at most the box's width and height less one), at a fraction of its cost."""
    _, _, width, height = cv2.boundingRect(contour)
    return int(width * height)


def far_pairs(rows: np.ndarray, gap: int, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The index pairs ``i < j`` with ``|rows[i] - rows[j]| >= gap`` (``gap`` > 0) in the order of
    ``np.triu_indices(len(rows), 1)``, and of more than ``limit`` the ``limit`` picked at
    ``np.linspace(0, count - 1, limit).astype(int)``: the same pairs as filtering all of them, found from the
    sorted ``rows`` without listing every pair (unsorted ``rows`` take that way)."""
    count = len(rows)
    if count > 1 and not bool((rows[1:] >= rows[:-1]).all()):
        first, second = np.triu_indices(count, 1)
        far = np.abs(rows[first] - rows[second]) >= gap
        first, second = first[far], second[far]
        if len(first) > limit:
            pick = np.linspace(0, len(first) - 1, limit).astype(int)
            first, second = first[pick], second[pick]
        return first, second
    start = np.searchsorted(rows, rows + gap, side="left")  # row i pairs with every j >= start[i] (> i)
    per_row = count - start
    ends = np.cumsum(per_row)
    total = int(ends[-1]) if count else 0
    index = np.linspace(0, total - 1, limit).astype(int) if total > limit else np.arange(total)
    first = np.searchsorted(ends, index, side="right")
    second = start[first] + (index - (ends[first] - per_row[first]))
    return first.astype(np.intp), second.astype(np.intp)


def line_distances(pts: np.ndarray, through: np.ndarray, directions: np.ndarray) -> np.ndarray:
    """``|((pts[None] - through[:, None]) * normals[:, None]).sum(axis=-1)|`` for the unit normals
    ``(-dy, dx)`` of ``directions``: the distance of every point to every line, computed per coordinate."""
    dx = pts[None, :, 0] - through[:, 0, None]
    dy = pts[None, :, 1] - through[:, 1, None]
    result: np.ndarray = np.abs(dx * -directions[:, 1, None] + dy * directions[:, 0, None])
    return result


def profile_sums(inlier: np.ndarray, weights: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """``(inlier.astype(np.float64) * weights[None, :]) @ one_hot`` with ``one_hot`` the (points x ``n``) 0/1 matrix of
    each point's row: per hypothesis (a row of the boolean ``inlier``) and profile, the sum of the weights of its
    inlying points, float64. Added in the points' order, as the matrix product adds them (its other terms are exact
    zeros), without the product's (hypotheses x points x ``n``) work."""
    hypotheses = inlier.shape[0]
    hyp, idx = np.nonzero(inlier)  # row-major: per hypothesis, the points in order
    sums: np.ndarray = np.bincount(hyp * n + rows[idx], weights=weights[idx].astype(np.float64),
                                   minlength=hypotheses * n).reshape(hypotheses, n)
    return sums


def norms_last(values: np.ndarray) -> np.ndarray:
    """``np.linalg.norm(values, axis=-1)`` of a float array whose last axis holds 1 to 3 values (colour channels):
    the squares added in order, as NumPy's reduction adds so few, and their square root."""
    squares = values * values
    total = squares[..., 0].copy()
    for c in range(1, values.shape[-1]):
        total += squares[..., c]
    result: np.ndarray = np.sqrt(total, out=total)
    return result
