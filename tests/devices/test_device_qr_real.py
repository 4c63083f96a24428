"""Issue 17: the kiosk QR pipeline on what real photos show: curved surfaces, inverted codes, small codes in
large stills, and four of zxing-cpp's real sample photos (tests/devices/data/qr-photos, Apache-2.0)."""
from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from devices.qr.decoders import make_decoder
from devices.qr.decoders.dewarp import flattened_views
from devices.qr.decoders.pipeline import KioskQrPipeline, default_stages

PHOTOS = Path(__file__).parent / "data" / "qr-photos"
TRUTH = json.loads((PHOTOS / "truth.json").read_text(encoding="utf-8"))
URL = "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma=000.00.00.G06-261128-0001"
CCCD = "001099012345|012345678|Nguyễn Văn A|01011990|Nam|Thôn Đông, Xã Phú Cát, Hà Nội|01012021"


def photo(name: str) -> np.ndarray:
    image = cv2.imread(str(PHOTOS / name), cv2.IMREAD_COLOR)
    assert image is not None, name
    return image


def wavy_sheet(make_qr_image, amplitude: float, periods: float) -> tuple[np.ndarray, np.ndarray]:
    """A code on a white sheet on a dark desk, the sheet rippled (as a wrinkled sticker or a curled receipt);
    and the code's centre in the frame."""
    code = make_qr_image(URL, module_px=5, border=10)[..., 0]
    h, w = code.shape
    frame = np.full((720, 1280), 30, np.uint8)
    y0, x0 = (720 - h) // 2, (1280 - w) // 2
    frame[y0:y0 + h, x0:x0 + w] = code
    yy, xx = np.mgrid[0:720, 0:1280].astype(np.float32)
    map_y = yy + amplitude * np.sin(2 * np.pi * (xx - x0) / (w / periods))
    map_x = xx + 0.5 * amplitude * np.sin(2 * np.pi * (yy - y0) / (h / periods))
    rippled = cv2.remap(frame, map_x, map_y, cv2.INTER_LINEAR, borderValue=30)
    return np.dstack([cv2.GaussianBlur(rippled, (0, 0), 0.8)] * 3), np.array([x0 + w / 2, y0 + h / 2])


def stages_before(name: str) -> KioskQrPipeline:
    stages = default_stages()
    return KioskQrPipeline(stages[:[s.name for s in stages].index(name)])


@pytest.mark.parametrize(("amplitude", "periods"), [(6, 1.5), (8, 1.0), (8, 2.0)])
def test_code_on_a_rippled_sheet_is_flattened_and_read(make_qr_image, amplitude: float, periods: float) -> None:
    """Issue 17 (curved surfaces): one homography cannot sample a rippled code; flattening the sheet by its
    outline (Coons patch) can. zxing-cpp alone and every stage before it miss; corners map back to the frame."""
    frame, centre = wavy_sheet(make_qr_image, amplitude, periods)
    assert make_decoder("zxing-cpp").decode(frame) == []
    assert stages_before("flatten-sheet").decode(frame) == []
    pipeline = KioskQrPipeline()
    results = pipeline.decode(frame)
    assert [r.text for r in results] == [URL]
    assert pipeline.last_stage is not None and pipeline.last_stage.startswith("flatten-sheet")
    assert np.linalg.norm(np.mean(results[0].corners, axis=0) - centre) < 15


def test_flattening_finds_nothing_on_an_empty_desk() -> None:
    """Issue 17: the flatten stage adds views only where a bright sheet is; an empty frame yields none to read."""
    desk = np.random.default_rng(5).normal(90, 6, (720, 1280)).clip(0, 255).astype(np.uint8)
    assert all(make_decoder("zxing-cpp").decode(view) == [] for view, _ in flattened_views(desk))
    assert KioskQrPipeline().decode(np.dstack([desk] * 3)) == []


@pytest.mark.parametrize("name", ["qrcode-4_13.webp", "qrcode-4_08.webp"])
def test_wrinkled_sticker_photos_zxing_alone_misses_are_read(name: str) -> None:
    """Issue 17 (real photos, curved surface): zxing-cpp's samples qrcode-4/13 and 4/08, stickers wrinkled
    on cloth: zxing-cpp alone misses them, the kiosk pipeline reads them, exactly."""
    image = photo(name)
    assert make_decoder("zxing-cpp").decode(image) == []
    assert [r.text for r in KioskQrPipeline().decode(image)] == [TRUTH[name]["text"]]


@pytest.mark.parametrize("name", ["qrcode-2_gs1-figure-4.15.1-2.png", "qrcode-2_33.png"])
def test_real_codes_with_separators_and_control_characters_read_exactly(name: str) -> None:
    """Issue 17 (payload as encoded, real images): a GS1 code keeps its GS separators; SOH/DLE stay characters."""
    image = cv2.resize(photo(name), None, fx=3, fy=3, interpolation=cv2.INTER_NEAREST)
    for decoder in ("zxing-cpp", "kiosk"):
        assert [r.text for r in make_decoder(decoder).decode(image)] == [TRUTH[name]["text"]]


def test_inverted_code_is_read(make_qr_image) -> None:
    """Issue 17 (inverted codes): light modules on a dark ground, as a phone in dark mode shows them."""
    inverted = 255 - make_qr_image(URL, module_px=4)
    assert [r.text for r in KioskQrPipeline().decode(inverted)] == [URL]


def test_small_id_card_code_in_a_full_resolution_still_is_read(make_qr_image) -> None:
    """Issue 17 (small codes in large images): the CCCD code at 3 px per module in a 12 MP still, read whole,
    as the kiosk's ID card mode reads the full-resolution still."""
    code = cv2.resize(make_qr_image(CCCD, module_px=10, border=0), None, fx=0.3, fy=0.3, interpolation=cv2.INTER_AREA)
    still = np.full((3000, 4000, 3), 170, np.uint8)
    still[1800:1800 + code.shape[0], 2500:2500 + code.shape[1]] = code
    still = cv2.GaussianBlur(still, (0, 0), 0.7)
    assert [r.text for r in KioskQrPipeline().decode(still)] == [CCCD]


@pytest.mark.parametrize("shape", [(1, 1), (1, 500), (500, 1), (20, 400), (21, 21), (64, 64)])
@pytest.mark.parametrize("fill", ["noise", "white", "black"])
def test_pipeline_never_raises_on_odd_frames(shape: tuple[int, int], fill: str) -> None:
    """Issue 17: every stage (halving, flattening, curved sampling) copes with frames too small or empty to
    hold a code: nothing read, nothing raised."""
    image = {"noise": np.random.default_rng(0).integers(0, 256, shape, dtype=np.uint8),
             "white": np.full(shape, 255, np.uint8), "black": np.zeros(shape, np.uint8)}[fill]
    assert KioskQrPipeline().decode(image) == []
