"""The detector's fast helpers (kiosk_app/digitize/medians.py) give the same values, bit for bit, as the NumPy
expressions they replace (issue 17: faster page detection, same detections). No timing here."""
from __future__ import annotations

import warnings

import cv2
import numpy as np
import pytest

from kiosk_app.digitize import medians
from kiosk_app.digitize.lines import SegmentCluster, near_cluster

SIZES = [1, 2, 3, 4, 5, 7, 8, 16, 47, 48, 64, 255, 256, 257, 258, 1001, 1002]


def _samples(rng: np.random.Generator, n: int, dtype: type) -> list[np.ndarray]:
    """Random values, values with many ties, and constant values."""
    return [
        (rng.normal(size=n) * 100).astype(dtype),
        np.round(rng.normal(size=n) * 3).astype(dtype),
        np.full(n, 7, dtype),
    ]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("n", SIZES)
def test_median_1d_is_np_median(n: int, dtype: type) -> None:
    rng = np.random.default_rng(n)
    for values in _samples(rng, n, dtype):
        expected = float(np.median(values))
        got = medians.median_1d(values)
        assert type(got) is float
        assert got == expected
        assert values.dtype == dtype  # input untouched (not sorted in place)


@pytest.mark.parametrize("n", SIZES)
def test_median_1d_of_integers(n: int) -> None:
    values = np.random.default_rng(n).integers(0, 256, n).astype(np.uint8)
    assert medians.median_1d(values) == float(np.median(values))
    assert medians.median_1d(values.astype(np.int64)) == float(np.median(values.astype(np.int64)))


@pytest.mark.parametrize("n", [1, 2, 5, 6, 300, 301])
def test_median_1d_nan_policy(n: int) -> None:
    values = np.random.default_rng(n).normal(size=n)
    values[n // 2] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        expected = float(np.median(values))
    assert np.isnan(expected) and np.isnan(medians.median_1d(values))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("columns", [1, 3])
def test_median_rows_is_np_median_axis0(n: int, columns: int, dtype: type) -> None:
    rng = np.random.default_rng(n * 10 + columns)
    for values in _samples(rng, n * columns, dtype):
        table = values.reshape(n, columns)
        expected = np.median(table, axis=0)
        got = medians.median_rows(table)
        assert got.dtype == expected.dtype and got.shape == expected.shape
        assert np.array_equal(got, expected)


def test_median_rows_nan_policy() -> None:
    table = np.random.default_rng(1).normal(size=(10, 3)).astype(np.float32)
    table[4, 1] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        expected = np.median(table, axis=0)
    assert np.array_equal(medians.median_rows(table), expected, equal_nan=True)


@pytest.mark.parametrize("shape", [(1, 1), (1, 2), (3, 5), (180, 320), (181, 321), (7,)])
def test_median_u8_is_np_median(shape: tuple[int, ...]) -> None:
    rng = np.random.default_rng(sum(shape))
    for image in (rng.integers(0, 256, shape).astype(np.uint8), rng.integers(100, 103, shape).astype(np.uint8),
                  np.zeros(shape, np.uint8), np.full(shape, 255, np.uint8)):
        assert medians.median_u8(image) == float(np.median(image))
    view = rng.integers(0, 256, (40, 60)).astype(np.uint8)[5:30, 7:50]  # not contiguous
    assert medians.median_u8(view) == float(np.median(view))


def test_channel_reductions() -> None:
    rng = np.random.default_rng(5)
    colour = rng.integers(0, 256, (37, 41, 3)).astype(np.uint8)
    assert np.array_equal(medians.min_channel(colour), colour.min(axis=2))
    for image in (colour.astype(np.float32), (rng.normal(size=(37, 41, 3)) * 100).astype(np.float32),
                  rng.normal(size=(9, 11, 3))):
        expected = image.mean(axis=2)
        got = medians.mean_channel(image)
        assert got.dtype == expected.dtype and np.array_equal(got, expected)
        window = image[3:20, 5:30]  # a view, as the detector passes
        assert np.array_equal(medians.mean_channel(window), window.mean(axis=2))


def test_masked_share_is_share_of_the_selection() -> None:
    rng = np.random.default_rng(12)
    for trial in range(60):
        h, w = int(rng.integers(1, 80)), int(rng.integers(1, 80))
        values = (rng.random((h + 6, w + 6)) < rng.random()).astype(np.uint8)
        if trial % 3 == 0:
            values *= rng.integers(1, 256, values.shape).astype(np.uint8)  # any set value counts
        mask = np.where(rng.random((h, w)) < rng.random(), 255, 0).astype(np.uint8)
        mask[int(rng.integers(0, h)), int(rng.integers(0, w))] = 255
        window = values[3:3 + h, 2:2 + w]  # a view, as the detector passes
        got = medians.masked_share(window, mask)
        assert type(got) is float and got == medians.share(window[mask > 0])


@pytest.mark.parametrize("count", [1, 2, 3, 7, 8, 9, 50, 3001])
def test_integer_centre_is_the_mean(count: int) -> None:
    rng = np.random.default_rng(count)
    for high in (5, 700, 5000):
        contour = rng.integers(0, high, (count, 1, 2)).astype(np.int32)  # as cv2.findContours gives
        expected = contour.reshape(-1, 2).mean(axis=0)
        got = medians.integer_centre(contour)
        assert got.dtype == expected.dtype and np.array_equal(got, expected)
        points = contour.reshape(-1, 2).astype(np.float64)  # the outline's points as floats
        assert np.array_equal(medians.integer_centre(points), points.mean(axis=0))


def test_stacked_eigh_is_eigh_of_each() -> None:
    """The outline's side lines take the eigenvectors of their scatter matrices from one eigh call on the stack."""
    rng = np.random.default_rng(21)
    for _ in range(300):
        scatters = []
        for _ in range(int(rng.integers(4, 6))):
            pts = rng.integers(0, 600, (int(rng.integers(2, 30)), 2)).astype(np.float64)
            centred = pts - pts.mean(axis=0)
            scatters.append(centred.T @ centred)
        _, stacked = np.linalg.eigh(np.array(scatters))
        for scatter, vectors in zip(scatters, stacked, strict=True):
            assert np.array_equal(np.linalg.eigh(scatter)[1], vectors)


@pytest.mark.parametrize("rows", [1, 2, 3, 4, 5])
def test_mean_axis0(rows: int) -> None:
    rng = np.random.default_rng(rows)
    for stack in ((rng.normal(size=(rows, 20, 33)) * 100).astype(np.float32), rng.normal(size=(rows, 7))):
        expected = stack.mean(axis=0)
        got = medians.mean_axis0(stack)
        assert got.dtype == expected.dtype and np.array_equal(got, expected)


def test_share_is_mean_of_a_mask() -> None:
    rng = np.random.default_rng(2)
    for n in (1, 2, 3, 10, 97, 1000):
        mask = rng.random(n) < 0.3
        assert medians.share(mask) == float(mask.mean())
        levels = mask.astype(np.uint8)  # a 0/1 image, as the paper level
        assert medians.share(levels) == float(levels.mean())
    assert medians.share(np.ones(5, bool)) == 1.0 and medians.share(np.zeros(5, bool)) == 0.0


def test_cached_ranges_are_the_numpy_ones() -> None:
    for radius, step in ((16.0, 1.0), (5.0, 0.5), (2.5, 0.25), (3.0, 0.5), (4.0, 1.0)):
        assert np.array_equal(medians.profile_offsets(radius, step), np.arange(-radius, radius + step / 2, step))
        sigma = max(1.0, 1.0 / step)
        kernel = cv2.getGaussianKernel(int(sigma * 3) * 2 + 1, sigma).ravel()
        assert np.array_equal(medians.profile_kernel(step), kernel.reshape(1, -1))
    for n in (10, 16, 48, 96):
        assert np.array_equal(medians.spread(0.04, 0.96, n), np.linspace(0.04, 0.96, n))
    with pytest.raises(ValueError):
        medians.spread(0.0, 1.0, 5)[0] = 1.0  # shared: read-only


def test_sampling_maps_are_the_point_arrays_cast() -> None:
    rng = np.random.default_rng(9)
    for trial in range(50):
        dtype = np.float32 if trial % 2 else np.float64
        a, b = (rng.random(2) * 300).astype(dtype), (rng.random(2) * 300).astype(dtype)
        direction = (b - a) / float(np.linalg.norm(b - a))
        normal = np.array([-direction[1], direction[0]])
        # the side fit's profiles
        n = 16 + trial
        t = np.linspace(0.05, 0.95, n) * 100.0
        offsets = np.arange(-5.0, 5.25, 0.5)
        base = a[None, :] + t[:, None] * direction[None, :]
        tangential = np.array([-1.0, 0.0, 1.0])[:, None, None, None] * direction
        pts = (base[None, :, None, :] + offsets[None, None, :, None] * normal + tangential).reshape(3 * n, -1, 2)
        map_x, map_y = medians.profile_maps(base, offsets, normal, direction)
        assert np.array_equal(map_x, pts[..., 0].astype(np.float32))
        assert np.array_equal(map_y, pts[..., 1].astype(np.float32))
        # the edge support's samples
        ts = np.linspace(0.08, 0.92, n)[:, None]
        along = a[None, :] * (1 - ts) + b[None, :] * ts
        p = along[:, None, :] + np.arange(-6.0, 7.0)[None, :, None] * normal[None, None, :]
        map_x, map_y = medians.support_maps(a, b, ts[:, 0], normal)
        assert np.array_equal(map_x, p[..., 0].astype(np.float32))
        assert np.array_equal(map_y, p[..., 1].astype(np.float32))
        # the sheet-edge evidence
        te = np.linspace(0.04, 0.96, n) * 80.0
        offsets = np.arange(-9.0, 10.0)
        pe = a[None, None, :] + te[:, None, None] * direction + offsets[None, :, None] * normal
        map_x, map_y = medians.evidence_maps(a, te, direction, offsets, normal)
        assert np.array_equal(map_x, pe[..., 0].astype(np.float32))
        assert np.array_equal(map_y, pe[..., 1].astype(np.float32))


def test_box_area_bounds_the_hull_area() -> None:
    rng = np.random.default_rng(4)
    for _ in range(200):
        contour = rng.integers(0, 300, (int(rng.integers(1, 30)), 1, 2)).astype(np.int32)
        assert cv2.contourArea(cv2.convexHull(contour)) <= medians.box_area(contour)


def test_far_pairs_are_the_filtered_triangle() -> None:
    rng = np.random.default_rng(6)
    for trial in range(400):
        count, n = int(rng.integers(0, 200)), int(rng.integers(8, 65))
        rows = rng.integers(0, n, count)
        if trial % 4:
            rows = np.sort(rows)  # as the side fit passes them
        gap = max(2, n // 4)
        first, second = np.triu_indices(count, 1)
        far = np.abs(rows[first] - rows[second]) >= gap
        first, second = first[far], second[far]
        if len(first) > 120:
            pick = np.linspace(0, len(first) - 1, 120).astype(int)
            first, second = first[pick], second[pick]
        got_first, got_second = medians.far_pairs(rows, gap, 120)
        assert np.array_equal(got_first, first) and np.array_equal(got_second, second)


def test_line_distances() -> None:
    rng = np.random.default_rng(8)
    pts = rng.normal(size=(50, 2)) * 40
    first, second = np.arange(0, 20), np.arange(30, 50)
    d = pts[second] - pts[first]
    d /= np.linalg.norm(d, axis=1, keepdims=True) + 1e-12
    normals = np.stack([-d[:, 1], d[:, 0]], axis=1)
    expected = np.abs(((pts[None, :, :] - pts[first][:, None, :]) * normals[:, None, :]).sum(axis=-1))
    assert np.array_equal(medians.line_distances(pts, pts[first], d), expected)


@pytest.mark.parametrize("channels", [1, 2, 3])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_norms_last_is_np_linalg_norm(channels: int, dtype: type) -> None:
    rng = np.random.default_rng(channels)
    for scale in (1.0, 30.0, 1e3):
        values = (rng.normal(size=(48, 7, channels)) * scale).astype(dtype)
        for array, axis in ((values, -1), (values[:, 0], 1)):
            expected = np.linalg.norm(array, axis=axis)
            got = medians.norms_last(array)
            assert got.dtype == expected.dtype and np.array_equal(got, expected)


def test_opencv_single_threaded_restores_the_pool() -> None:
    from kiosk_app.digitize.cvthreads import opencv_single_threaded

    seen: list[int] = []

    @opencv_single_threaded
    def work(value: int) -> int:
        seen.append(cv2.getNumThreads())
        if value < 0:
            raise ValueError(value)
        return value + 1

    previous = cv2.getNumThreads()
    try:
        cv2.setNumThreads(2)
        assert work(1) == 2 and seen == [1] and cv2.getNumThreads() == 2
        with pytest.raises(ValueError):
            work(-1)
        assert cv2.getNumThreads() == 2  # restored after an exception too
    finally:
        cv2.setNumThreads(previous)


def test_opencv_single_threaded_overlapping_calls_restore_the_pool() -> None:
    """Two calls that overlap (the first leaves while the second is inside) leave the pool as it was."""
    import threading

    from kiosk_app.digitize.cvthreads import opencv_single_threaded

    first_inside, second_inside, first_left = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, int] = {}

    @opencv_single_threaded
    def first() -> None:
        first_inside.set()
        assert second_inside.wait(5)
        seen["first"] = cv2.getNumThreads()

    @opencv_single_threaded
    def second() -> None:
        second_inside.set()
        assert first_left.wait(5)
        seen["second_after_first_left"] = cv2.getNumThreads()

    previous = cv2.getNumThreads()
    try:
        cv2.setNumThreads(2)
        one = threading.Thread(target=first)
        one.start()
        assert first_inside.wait(5)
        two = threading.Thread(target=second)
        two.start()
        one.join(5)
        first_left.set()
        two.join(5)
        assert seen == {"first": 1, "second_after_first_left": 1}
        assert cv2.getNumThreads() == 2
    finally:
        cv2.setNumThreads(previous)


def _reference_colour_distance(lab: np.ndarray, desk: np.ndarray) -> np.ndarray:
    """The a*/b* distance as the colour stage first computed it: the full CIELAB difference, L* weighted 0."""
    diff = lab - desk
    diff[..., 0] *= 0.0
    distance: np.ndarray = np.sqrt((diff * diff).sum(axis=2))
    return distance


def test_colour_distance_is_the_reference_expression() -> None:
    from kiosk_app.digitize import chroma

    rng = np.random.default_rng(17)
    for _ in range(5):
        lab = rng.integers(0, 256, (37, 53, 3)).astype(np.float32)
        desk = (rng.random(3) * 255).astype(np.float32)
        expected = _reference_colour_distance(lab, desk)
        got = chroma.colour_distance(lab.copy(), desk)
        assert got.dtype == expected.dtype and got.shape == expected.shape
        assert np.array_equal(got.view(np.uint32), expected.view(np.uint32))


def test_desk_distance_is_the_reference_expression() -> None:
    from kiosk_app.digitize import chroma

    rng = np.random.default_rng(18)
    for blur in (0.0, 3.0):
        frame = rng.integers(0, 256, (120, 200, 3), dtype=np.uint8)
        if blur:
            frame = cv2.GaussianBlur(frame, (0, 0), blur)
        colour = cv2.resize(frame, (50, 30), interpolation=cv2.INTER_AREA)
        desk = chroma.desk_colour(chroma.small_lab(colour))
        lab = cv2.cvtColor(frame, cv2.COLOR_BGR2LAB).astype(np.float32)
        expected = _reference_colour_distance(lab, desk) * chroma._DISTANCE_GAIN
        got = chroma.desk_distance(frame, desk)
        assert got.dtype == expected.dtype and got.shape == expected.shape
        assert np.array_equal(got.view(np.uint32), expected.view(np.uint32))
    grey = rng.integers(0, 256, (40, 60), dtype=np.uint8)
    assert np.array_equal(chroma.desk_distance(grey, np.zeros(3, np.float32)), grey.astype(np.float32))


@pytest.mark.parametrize("points", [1, 2, 5, 64, 300])
def test_profile_sums_is_the_one_hot_product(points: int) -> None:
    rng = np.random.default_rng(points)
    n = 57
    for _ in range(5):
        rows = np.sort(rng.integers(0, n, points))  # several points per profile: sums of more than one weight
        weights = (rng.random(points) * 40 + 1.5).astype(np.float32)
        inlier = rng.random((120, points)) < 0.4
        one_hot = np.zeros((points, n))
        one_hot[np.arange(points), rows] = 1.0
        expected = (inlier.astype(np.float64) * weights[None, :]) @ one_hot
        got = medians.profile_sums(inlier, weights, rows, n)
        assert got.dtype == expected.dtype and got.shape == expected.shape
        assert np.array_equal(got.view(np.int64), expected.view(np.int64))


@pytest.mark.parametrize("shape", [(1280, 720), (720, 720), (960, 720), (1281, 721), (333, 1000), (1080, 1920),
                                   (1280, 720, 3), (720, 720, 3), (960, 720, 3), (1224, 1632, 3), (1080, 1920, 3), (1281, 720, 3),
                                   (200, 300, 3), (57, 41, 3)])
def test_area_downscale_is_cv2_resize(shape: tuple[int, ...]) -> None:
    """The detector's small frame: the same bytes as cv2.resize with INTER_AREA, whole-number scale or not."""
    from kiosk_app.digitize.detect import area_downscale

    rng = np.random.default_rng(sum(shape))
    noise = rng.integers(0, 256, shape, dtype=np.uint8)
    frames = [noise, cv2.GaussianBlur(noise, (0, 0), 3.0), np.full(shape, 255, np.uint8),
              (np.indices(shape[:2]).sum(axis=0) % 2 * 255).astype(np.uint8)]  # extremes: white, a 0/255 checker
    h, w = shape[:2]
    for width in (320, 160, 97, w, w + 7):  # the detector's width, others, the frame's own, an enlargement
        scale = width / float(w)
        size = (max(1, int(round(w * scale))), max(1, int(round(h * scale))))
        for frame in frames:
            expected = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
            got = area_downscale(frame, size)
            assert got.dtype == expected.dtype and got.shape == expected.shape
            assert np.array_equal(got, expected)


def test_paper_level_is_the_float_comparison() -> None:
    """The paper level of a byte frame: its table gives the float32 comparison of every pair of levels, and the whole
    map is the one computed on float copies."""
    from kiosk_app.digitize.detect import _PAPER_LEVEL, _paper_level

    grey, top = np.meshgrid(np.arange(256), np.arange(256))
    expected = grey.astype(np.float32) >= 0.9 * top.astype(np.float32)
    assert np.array_equal(grey.astype(np.uint8) >= _PAPER_LEVEL[top], expected)
    rng = np.random.default_rng(30)
    noise = rng.integers(0, 256, (181, 321), dtype=np.uint8)
    for frame in (noise, cv2.GaussianBlur(noise, (0, 0), 2.0), np.zeros((9, 7), np.uint8), np.full((9, 7), 255, np.uint8),
                  np.arange(256, dtype=np.uint8).reshape(16, 16), noise[3:150, 5:300]):
        frame_f = frame.astype(np.float32)
        local_top = cv2.dilate(frame_f, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5)))
        reference = (frame_f >= 0.9 * local_top).astype(np.uint8)
        got = _paper_level(frame)
        assert got.dtype == np.uint8 and got.shape == reference.shape and np.array_equal(got, reference)
        assert np.array_equal(_paper_level(frame_f), reference)  # a float frame takes the float way


def test_near_cluster_answers_as_numpys_dot() -> None:
    """The segment-merging offset test (lines.merge_segments and the detector's side lines) in plain floats gives the
    answer of the NumPy expression it stands for, also for points at the limit and within rounding of it."""
    rng = np.random.default_rng(7)
    for theta in rng.uniform(0, np.pi, 40):
        normal = np.array([-np.sin(theta), np.cos(theta)])
        anchor = rng.uniform(0, 400, 2)
        cluster = SegmentCluster(float(theta), normal, float(normal @ anchor), [], 0.0)
        along = np.array([normal[1], -normal[0]])
        for offset in (0.0, 1.0, 3.999999, 4.0, 4.0 + 1e-12, 4.0 - 1e-12, 4.000001, 7.5, -4.0, -4.0 + 1e-13):
            point = anchor + rng.uniform(-100, 100) * along + offset * normal
            mx, my = float(point[0]), float(point[1])
            expected = abs(float(normal @ np.array([mx, my])) - cluster.rho) < 4.0
            assert near_cluster(cluster, (float(normal[0]), float(normal[1])), mx, my, 4.0) == expected
