"""Page candidates from straight lines: the fallback source of :mod:`kiosk_app.digitize.detect`.

The region-based candidates of the detector take the outline of a connected region (a segmentation
or a closed edge map). On a light desk with a soft shadow, the page's outline is there but the edges
of the shadow, glare or an object touching the page join it, and the region's hull is no longer the
page. The page's sides stay the longest *straight* edges of the scene, so here:

1. text is removed by a morphological closing (dark strokes thinner than the kernel vanish while
   the page's straight sides stay in place), so the only sharp edges left inside the page are gone;
2. segments come from two independent sources: the probabilistic Hough transform of Canny edges of
   the closed image (two sensitivities: faint pages need the low one; on a noisy frame the low one's edges are
   mostly noise, so the detector's last stage asks for the strong ones alone), and the line segment
   detector (LSD) on a high-passed, amplified copy, which finds faint sides by the alignment of
   gradient directions rather than their strength;
3. within each source, collinear segments are merged into lines, remembering which stretches of
   each line are covered;
4. every pair of roughly parallel lines combined with another such pair, at a clear angle to it,
   gives a quadrilateral; it is kept when its sides are covered by their lines' segments, and the
   best covered ones are returned for the detector's usual scoring and refinement.

Qt-free; works on the detector's small frame copy (about 320 px wide).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

FAINT_NOISE_RATIO = 3.0  # faint edges more than this many times the strong ones: mostly noise (see faint_edges_noisy)


@dataclass
class Line:
    """A straight line through merged segments: a point, a unit direction and the covered spans."""

    point: np.ndarray
    direction: np.ndarray
    spans: list[tuple[float, float]] = field(default_factory=list)  # (t0, t1) along the direction
    length: float = 0.0

    @property
    def angle(self) -> float:
        """Direction angle in [0, pi)."""
        return math.atan2(self.direction[1], self.direction[0]) % math.pi

    def coverage(self, a: np.ndarray, b: np.ndarray) -> float:
        """Share of the stretch from a to b (both on or near the line) covered by its segments."""
        ta, tb = sorted((float((a - self.point) @ self.direction), float((b - self.point) @ self.direction)))
        if tb - ta < 1e-6:
            return 0.0
        covered, reach = 0.0, ta
        for lo, hi in self.spans:  # sorted by start: count overlapping spans once
            lo, hi = max(lo, reach), min(hi, tb)
            if hi > lo:
                covered += hi - lo
                reach = hi
        return covered / (tb - ta)


def _strong_and_faint_edges(colour: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Canny edges of the frame with dark thin strokes (text, table rules) closed away, at two sensitivities."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    closed = cv2.GaussianBlur(cv2.morphologyEx(colour, cv2.MORPH_CLOSE, kernel), (3, 3), 0)
    return cv2.Canny(closed, 10, 30, L2gradient=True), cv2.Canny(closed, 5, 12, L2gradient=True)


def text_free_edges(colour: np.ndarray) -> np.ndarray:
    """The strong and the faint text-free edges of the frame (a light page on a light desk needs the faint ones)."""
    return cv2.bitwise_or(*_strong_and_faint_edges(colour))


def _mostly_noise(strong: np.ndarray, faint: np.ndarray) -> bool:
    """Whether the ``faint`` edge map holds more than ``FAINT_NOISE_RATIO`` times the ``strong`` one's pixels."""
    return cv2.countNonZero(faint) > FAINT_NOISE_RATIO * cv2.countNonZero(strong)


def faint_edges_noisy(colour: np.ndarray) -> bool:
    """Whether the faint text-free edges are mostly the camera's noise: more than ``FAINT_NOISE_RATIO`` times the strong
    ones. Their Hough lines then run across the desk through noise and crowd a small page's sides out of the longest."""
    return _mostly_noise(*_strong_and_faint_edges(colour))


@dataclass
class SegmentCluster:
    """Collinear segments being merged into one line: its angle in [0, pi), unit normal and offset along the
    normal, the segments' end points and their total length."""

    theta: float
    normal: np.ndarray
    rho: float
    points: list[tuple[float, float]]
    length: float


def near_cluster(cluster: SegmentCluster, normal: tuple[float, float], mx: float, my: float, limit: float) -> bool:
    """Whether the point (``mx``, ``my``) lies less than ``limit`` from the ``cluster``'s line, as
    ``abs(float(cluster.normal @ (mx, my)) - cluster.rho) < limit`` tells: in plain floats (``normal``: the cluster's
    normal as two floats), NumPy's dot asked only within rounding of the limit (this runs for every pair of a segment
    and a line begun)."""
    gap = abs(normal[0] * mx + normal[1] * my - cluster.rho)
    slack = 1e-7 * (1.0 + abs(mx) + abs(my) + abs(cluster.rho))
    if gap >= limit + slack:
        return False
    if gap <= limit - slack:
        return True
    return abs(float(cluster.normal @ np.array([mx, my])) - cluster.rho) < limit


def merge_segments(segments: np.ndarray, max_lines: int, angle_tol: float = math.radians(4),
                   distance_tol: float = 2.5) -> list[Line]:
    """The longest lines made of collinear segments (each row x1, y1, x2, y2), longest first.

    From the longest segment down, a segment joins the first line begun (by a longer segment) at its angle and
    offset, or begins one. Lines are looked up by angle (buckets of ``angle_tol``), so a textured desk's
    thousands of segments cost no comparison with every line.
    """
    lengths = np.hypot(segments[:, 2] - segments[:, 0], segments[:, 3] - segments[:, 1])
    groups: list[SegmentCluster] = []
    buckets: dict[int, list[int]] = {}  # angle bucket -> indices into groups, in the order the lines began
    count = max(1, int(math.ceil(math.pi / angle_tol)))
    rows, sizes = segments.tolist(), lengths.tolist()  # plain floats, the same values
    pi = math.pi
    lines_at: list[tuple[float, float, float]] = []  # each line's angle and normal as plain floats
    windows: dict[int, list[int]] = {}  # bucket -> the lines in it and two buckets either side, in the order begun
    for i in np.argsort(-lengths).tolist():
        x1, y1, x2, y2 = rows[i]
        theta = math.atan2(y2 - y1, x2 - x1) % pi
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        bucket = int(theta / angle_tol)
        for j in windows.get(bucket % count, ()):  # the first line begun, as a scan over all lines in order would find it
            g_theta, n0, n1 = lines_at[j]
            dtheta = abs(theta - g_theta)
            if min(dtheta, pi - dtheta) >= angle_tol:
                continue
            g = groups[j]
            if not near_cluster(g, (n0, n1), mx, my, distance_tol):
                continue
            g.points += [(x1, y1), (x2, y2)]
            g.length += sizes[i]
            break
        else:
            normal = np.array([-math.sin(theta), math.cos(theta)])
            buckets.setdefault(bucket % count, []).append(len(groups))
            for k in {(bucket + d) % count for d in range(-2, 3)}:  # the new line is the last of its windows
                windows.setdefault(k, []).append(len(groups))
            groups.append(SegmentCluster(theta, normal, float(normal @ np.array([mx, my])), [(x1, y1), (x2, y2)],
                                         sizes[i]))
            lines_at.append((theta, float(normal[0]), float(normal[1])))
    groups.sort(key=lambda g: -g.length)
    lines: list[Line] = []
    for g in groups[:max_lines]:
        pts = np.array(g.points, np.float64)
        mean = pts.mean(axis=0)
        _, vecs = np.linalg.eigh((pts - mean).T @ (pts - mean))
        direction = vecs[:, 1]
        t = (pts - mean) @ direction
        spans = sorted((min(a, b), max(a, b)) for a, b in zip(t[0::2], t[1::2], strict=True))
        lines.append(Line(mean, direction, [(float(a), float(b)) for a, b in spans], g.length))
    return lines


def line_quads(lines: list[Line], w: int, h: int, min_area: float, limit: int,
               min_coverage: float = 0.3) -> list[np.ndarray]:
    """Quadrilaterals of two pairs of roughly parallel lines, best covered by segments first."""
    n = len(lines)
    angles = [line.angle for line in lines]

    def angle_diff(i: int, j: int) -> float:
        d = abs(angles[i] - angles[j])
        return min(d, math.pi - d)

    min_gap = 0.15 * min(w, h)
    pairs = []
    for i in range(n):
        normal = np.array([-lines[i].direction[1], lines[i].direction[0]])
        for j in range(i + 1, n):
            if angle_diff(i, j) < math.radians(30) and abs(float((lines[j].point - lines[i].point) @ normal)) > min_gap:
                pairs.append((i, j))
    scored: list[tuple[float, np.ndarray]] = []
    crossings: dict[tuple[int, int], np.ndarray | None] = {}  # each pair of lines meets once, whatever the quad
    covers: dict[tuple[int, int, int], float] = {}  # a side: its line between the crossings with two others

    def crossing(first: int, second: int) -> np.ndarray | None:
        if (first, second) not in crossings:
            crossings[first, second] = _intersect(lines[first], lines[second])
        return crossings[first, second]

    # the frame's bounds as float32 values, as a float32 quad is compared with them
    low_x, high_x, low_y, high_y = (float(np.float32(v)) for v in (-0.1 * w, 1.1 * w, -0.1 * h, 1.1 * h))
    in_bounds: dict[tuple[int, int], bool] = {}  # whether a crossing (as float32) lies within them

    def crossing_in_bounds(first: int, second: int) -> bool:
        if (first, second) not in in_bounds:
            c = crossings[first, second]
            assert c is not None
            x, y = float(np.float32(c[0])), float(np.float32(c[1]))
            in_bounds[first, second] = not (x < low_x or x > high_x or y < low_y or y > high_y)
        return in_bounds[first, second]

    for p, (i, j) in enumerate(pairs):
        for k, m in pairs[p + 1:]:
            if len({i, j, k, m}) < 4 or angle_diff(i, k) < math.radians(45):
                continue
            order = (i, k, j, m)  # opposite sides are (i, j) and (k, m)
            corners = [crossing(order[s - 1], order[s]) for s in range(4)]
            if any(c is None for c in corners):
                continue
            if not all(crossing_in_bounds(order[s - 1], order[s]) for s in range(4)):
                continue
            quad = np.array(corners, np.float32)
            if not cv2.isContourConvex(quad.reshape(-1, 1, 2)):
                continue
            area = float(cv2.contourArea(quad))
            if area < min_area:
                continue
            cover = []
            for s in range(4):  # side s is on line order[s], from its crossing with the line before to the one after
                key = (order[s - 1], order[s], order[(s + 1) % 4])
                if key not in covers:
                    covers[key] = lines[order[s]].coverage(quad[s], quad[(s + 1) % 4])
                cover.append(covers[key])
            if min(cover) < min_coverage:
                continue
            scored.append((float(np.mean(cover)) * math.sqrt(min(cover)) * math.sqrt(area / (w * h)), quad))
    scored.sort(key=lambda item: -item[0])
    return [quad for _, quad in scored[:limit]]


def line_candidates(colour: np.ndarray, min_area_fraction: float, limit: int = 10,
                    max_lines: int = 14) -> list[np.ndarray]:
    """Candidate page quadrilaterals (small-frame coordinates) from the straight lines of the frame.

    Two independent sets of segments give candidates each, so that the noise of one cannot crowd
    the page's sides out of the other's longest lines.
    """
    h, w = colour.shape[:2]
    min_length = _min_length(w, h)
    sources = (hough_segments(text_free_edges(colour), min_length), lsd_segments(colour, min_length))
    return [quad for segments in sources for quad in _segment_quads(segments, w, h, min_area_fraction, limit, max_lines)]


def noisy_frame_line_candidates(colour: np.ndarray, min_area_fraction: float, limit: int = 10,
                                max_lines: int = 14) -> list[np.ndarray]:
    """On a frame whose faint edges are mostly noise (:func:`faint_edges_noisy`), the candidates of the strong edges'
    Hough lines alone; none on another frame, whose line candidates had them already."""
    strong, faint = _strong_and_faint_edges(colour)
    if not _mostly_noise(strong, faint):
        return []
    h, w = colour.shape[:2]
    return _segment_quads(hough_segments(strong, _min_length(w, h)), w, h, min_area_fraction, limit, max_lines)


def _min_length(w: int, h: int) -> int:
    """The shortest segment counted, in pixels of a ``w`` x ``h`` frame."""
    return max(8, int(0.06 * min(w, h)))


def _segment_quads(segments: np.ndarray, w: int, h: int, min_area_fraction: float, limit: int,
                   max_lines: int) -> list[np.ndarray]:
    """The ``limit`` best-covered quads of the ``max_lines`` longest lines merged from ``segments``."""
    if not len(segments):
        return []
    return line_quads(merge_segments(segments, max_lines), w, h, min_area_fraction * w * h, limit)


def hough_segments(edges: np.ndarray, min_length: int) -> np.ndarray:
    """Segments (rows x1, y1, x2, y2) of an edge map by the probabilistic Hough transform."""
    found = cv2.HoughLinesP(edges, 1, math.pi / 180, threshold=min_length, minLineLength=min_length, maxLineGap=4)
    return np.zeros((0, 4)) if found is None else found.reshape(-1, 4).astype(np.float64)


def lsd_segments(colour: np.ndarray, min_length: int) -> np.ndarray:
    """Segments of the line segment detector on a text-free, high-passed and amplified grey image.

    LSD validates a segment by the alignment of gradient directions, not by their strength, so after
    amplification it also finds the faint sides that Canny's thresholds lose in noise; the high-pass
    flattens soft shadows first.
    """
    grey = cv2.cvtColor(colour, cv2.COLOR_BGR2GRAY) if colour.ndim == 3 else colour
    closed = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    closed_f = closed.astype(np.float32)
    high = (closed_f - cv2.GaussianBlur(closed_f, (0, 0), 6.0)) * 3.0 + 128.0
    found = cv2.createLineSegmentDetector(cv2.LSD_REFINE_STD, 1.0).detect(np.clip(high, 0, 255).astype(np.uint8))[0]
    if found is None:
        return np.zeros((0, 4))
    segments = found.reshape(-1, 4).astype(np.float64)
    long_enough: np.ndarray = segments[np.hypot(segments[:, 2] - segments[:, 0], segments[:, 3] - segments[:, 1]) >= min_length]
    return long_enough


def outward_normal(direction: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray,
                   dtype: type | None = None) -> np.ndarray:
    """The unit normal of the side from ``a`` to ``b`` (``direction``: its unit direction) that points away from
    ``centre``, the quadrilateral's middle (``dtype``: the normal's, by default its direction's)."""
    normal = np.array([-direction[1], direction[0]], dtype)
    if np.dot(normal, (a + b) / 2 - centre) < 0:
        normal = -normal
    return normal


def crossing(l1: tuple[np.ndarray, np.ndarray], l2: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    """Where two lines, each a point and a direction (float64), cross; None when they are parallel."""
    (p1, d1), (p2, d2) = l1, l2
    cross = d1[0] * d2[1] - d1[1] * d2[0]
    if abs(cross) < 1e-6:
        return None
    t = ((p2[0] - p1[0]) * d2[1] - (p2[1] - p1[1]) * d2[0]) / cross
    return np.asarray(p1 + t * d1, dtype=np.float64)


def _intersect(l1: Line, l2: Line) -> np.ndarray | None:
    return crossing((l1.point, l1.direction), (l2.point, l2.direction))
