"""Robust straight-line fits to the edge points found across a side (:mod:`kiosk_app.digitize.detect`'s refinement,
:mod:`kiosk_app.digitize.strips`'s band and margin edges).

Written here rather than taken from OpenCV: ``cv2.fitLine``'s robust norms take no per-point weights and no "one point
per profile" constraint, both of which the side fits need (a double edge gives a profile two points; the stronger
step should weigh more).
"""
from __future__ import annotations

import math

import numpy as np

from kiosk_app.digitize.medians import far_pairs, line_distances, median_1d, profile_sums


def consensus_points(pts: np.ndarray, rows: np.ndarray, weights: np.ndarray, n: int) -> np.ndarray | None:
    """Indices of the edge points on the line through the most profiles (at most one point per profile).

    Lines through pairs of points from distant profiles are tried (a fixed, deterministic sample); a
    profile supports a line when one of its points lies within 1.5 px of it.
    """
    count = len(pts)
    if count < 2:
        return None
    first, second = far_pairs(rows, max(2, n // 4), 120)
    if len(first) == 0:
        return None
    d = pts[second] - pts[first]
    d /= np.linalg.norm(d, axis=1, keepdims=True) + 1e-12
    dist = line_distances(pts, pts[first], d)
    inlier = dist < 1.5
    per_profile = profile_sums(inlier, weights, rows, n)  # (hypotheses, profiles): inliers' weights per profile
    support = (per_profile > 0).sum(axis=1) + per_profile.sum(axis=1) / (per_profile.sum() + 1e-9)
    best = int(np.argmax(support))
    # one point per profile: the one nearest the winning line
    order = np.lexsort((dist[best], rows))
    order = order[inlier[best, order]]
    ordered_rows = rows[order]
    keep = order[np.concatenate(([True], ordered_rows[1:] != ordered_rows[:-1]))] if len(order) else order
    return keep if len(keep) >= 4 else None


def robust_line(pts: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray, int] | None:
    """Weighted total-least-squares line with outlier rejection: (point, direction, points within 1.5 px)."""
    point = direction = resid = np.zeros(0)  # set by the first pass
    keep: np.ndarray | None = None  # None: every point is kept (the first pass fits them all, no masked copies)
    for _ in range(3):
        if keep is not None and np.count_nonzero(keep) < 4 or len(pts) < 4:
            return None
        p, wt = (pts, weights) if keep is None else (pts[keep], weights[keep])
        mean = (p * wt[:, None]).sum(axis=0) / wt.sum()
        d = p - mean
        cov = (d * wt[:, None]).T @ d
        angle = 0.5 * math.atan2(2.0 * cov[0, 1], cov[0, 0] - cov[1, 1])  # principal axis of a 2x2 covariance
        direction = np.array([math.cos(angle), math.sin(angle)])
        point = mean
        normal = np.array([-direction[1], direction[0]])
        resid = np.abs((pts - point) @ normal)
        mad = median_1d(resid if keep is None else resid[keep]) * 1.4826
        kept = resid < max(1.0, 3.0 * mad)
        if bool(kept.all()) if keep is None else bool((kept == keep).all()):
            break  # converged: another pass would fit the same points again
        keep = kept
    return point, direction, int(np.count_nonzero(resid < 1.5))
