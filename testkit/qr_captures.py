"""Synthetic kiosk QR captures with ground truth, for the decoder benchmark, tests and QA material.

Three scenes a kiosk camera sees: a receipt QR on thermal paper, the small QR on a chip citizen ID
card (CCCD), and a QR on a phone screen; each placed on a desk with rotation and perspective, then
degraded as real captures are (blur, motion blur, glare, low contrast, uneven light, sensor noise,
MJPG compression). Written here because no library generates such scenes; segno draws the codes.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import cv2
import numpy as np
import segno

SceneKind = Literal["receipt", "id_card", "phone"]
KINDS: tuple[SceneKind, ...] = ("receipt", "id_card", "phone")
FRAME_SIZE = (1280, 720)

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quang"]
_GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hường", "Khánh", "Lan", "Mai", "Nam", "Phương", "Quỳnh", "Sơn",
          "Thảo", "Tuấn", "Vy", "Ánh", "Đạt"]
_PLACES = ["Phường Dịch Vọng Hậu, Quận Cầu Giấy, Hà Nội", "Xã Tân Lập, Huyện Đan Phượng, Hà Nội",
           "Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "Phường Hải Châu I, Quận Hải Châu, Đà Nẵng",
           "Thôn Đông, Xã Quảng Phú, Huyện Quảng Điền, Thừa Thiên Huế"]


@dataclass
class QrCapture:
    """One generated camera frame (BGR) with the payload and where the code is."""

    image: np.ndarray
    payload: str
    kind: SceneKind
    corners: np.ndarray  # 4x2 float32, code corners in the frame (TL, TR, BR, BL of the symbol)
    params: dict[str, float | str] = field(default_factory=dict)


def crc16_ccitt_false(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _dossier_code(rng: np.random.Generator) -> str:
    """A made-up dossier code (office, date, sequence) as the kiosk's receipts print it."""
    day = f"{rng.integers(24, 27):02d}{rng.integers(1, 13):02d}{rng.integers(1, 29):02d}"
    return f"000.00.00.G06-{day}-{rng.integers(0, 10000):04d}"


def _payload(rng: np.random.Generator, kind: SceneKind) -> str:
    if kind == "receipt":
        code = _dossier_code(rng)
        if rng.random() < 0.5:
            return f"https://dichvucong.mst.gov.vn/tra-cuu-ho-so?ma={code}"
        return code
    if kind == "id_card":
        name = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        old = "" if rng.random() < 0.4 else f"{rng.integers(0, 10**9):09d}"
        return (f"{rng.integers(0, 10**12):012d}|{old}|{name}|{rng.integers(1, 29):02d}{rng.integers(1, 13):02d}"
                f"{rng.integers(1950, 2006)}|{rng.choice(['Nam', 'Nữ'])}|{rng.choice(_PLACES)}|"
                f"{rng.integers(1, 29):02d}{rng.integers(1, 13):02d}{rng.integers(2021, 2026)}")
    if rng.random() < 0.5:
        account = f"{rng.integers(10**9, 10**12)}"
        mai = f"0010A000000727{'01'}{len(account) + 10:02d}0006970432{'01'}{len(account):02d}{account}0208QRIBFTTA"
        body = f"000201010211{'38'}{len(mai):02d}{mai}5303704" \
               f"5802VN62{len('0815Le phi ho so') :02d}0815Le phi ho so6304"
        return body + f"{crc16_ccitt_false(body.encode()):04X}"
    code = _dossier_code(rng)
    return f"https://dichvucong.mst.gov.vn/tra-cuu-ho-so?ma={code}&src=zalo"


def _qr_matrix(payload: str, error: str) -> np.ndarray:
    """The code's modules with a 4-module quiet zone: 1 = dark."""
    matrix = np.array(segno.make(payload, error=error, micro=False).matrix, dtype=np.uint8)
    return np.pad(matrix, 4)


def _draw_text_lines(img: np.ndarray, rng: np.random.Generator, x0: int, x1: int, y0: int, y1: int,
                     colour: tuple[int, int, int], line_h: int) -> None:
    y = y0
    while y + line_h <= y1:
        x = x0
        end = x0 + int((x1 - x0) * rng.uniform(0.4, 1.0))
        while x < end:
            w = int(rng.integers(line_h // 2, line_h * 3))
            cv2.rectangle(img, (x, y + line_h // 4), (min(x + w, end), y + line_h - 2), colour, -1)
            x += w + line_h // 2
        y += int(line_h * 1.6)


def _paint_code(plane: np.ndarray, modules: np.ndarray, x: int, y: int, px: int, ink: tuple[int, int, int],
                rng: np.random.Generator, fade: float = 0.0) -> np.ndarray:
    """Paint the code at (x, y) with ``px`` plane pixels per module; returns its 4 corners (incl. quiet zone)."""
    n = modules.shape[0]
    block = np.kron(modules, np.ones((px, px), np.uint8)).astype(bool)
    region = plane[y:y + n * px, x:x + n * px]
    ink_arr = np.array(ink, np.float32)
    if fade > 0:  # thermal fading: uneven darkness of the ink
        strength = 1 - fade * rng.random((n * px, 1, 1)).astype(np.float32) ** 3
        values = region.astype(np.float32) * (1 - strength) + ink_arr * strength
        region[block] = values[block].astype(np.uint8)
    else:
        region[block] = ink_arr.astype(np.uint8)
    q = 4 * px  # corners of the symbol itself (without quiet zone)
    s = n * px - 4 * px
    return np.array([[x + q, y + q], [x + s, y + q], [x + s, y + s], [x + q, y + s]], np.float32)


def _receipt(rng: np.random.Generator, payload: str) -> tuple[np.ndarray, np.ndarray, int]:
    modules = _qr_matrix(payload, "m")
    px = 6
    w = 80 * 8
    side = modules.shape[0] * px
    h = side + 420
    paper = int(rng.integers(225, 252))
    plane = np.full((h, w, 3), paper, np.uint8)
    plane = (plane.astype(np.int16) + rng.normal(0, 2, (h, w, 1))).clip(0, 255).astype(np.uint8)
    ink = int(rng.integers(15, 70))
    _draw_text_lines(plane, rng, 30, w - 30, 20, 200, (ink + 40,) * 3, 22)
    x = (w - side) // 2
    corners = _paint_code(plane, modules, x, 210, px, (ink,) * 3, rng, fade=float(rng.uniform(0, 0.5)))
    _draw_text_lines(plane, rng, 30, w - 30, 230 + side, h - 10, (ink + 40,) * 3, 22)
    return plane, corners, px


def _id_card(rng: np.random.Generator, payload: str) -> tuple[np.ndarray, np.ndarray, int]:
    modules = _qr_matrix(payload, "m")
    w, h = 856, 540  # 10 px/mm
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.array([rng.integers(200, 235), rng.integers(210, 240), rng.integers(215, 250)], np.float32)
    guilloche = 12 * np.sin(xx / rng.uniform(6, 14) + 3 * np.sin(yy / rng.uniform(20, 40)))
    plane = (base[None, None, :] + guilloche[..., None] + rng.normal(0, 2, (h, w, 1))).clip(0, 255).astype(np.uint8)
    cv2.rectangle(plane, (40, 150), (230, 400), (150, 140, 135), -1)  # photo
    _draw_text_lines(plane, rng, 260, 820, 230, 500, (60, 50, 40), 24)
    side_target = int(rng.uniform(170, 210))  # the printed code is 17-21 mm wide
    px = max(2, side_target // modules.shape[0])
    side = modules.shape[0] * px
    corners = _paint_code(plane, modules, w - side - 30, 20, px, (20, 20, 20), rng)
    return plane, corners, px


def _phone(rng: np.random.Generator, payload: str) -> tuple[np.ndarray, np.ndarray, int]:
    modules = _qr_matrix(payload, str(rng.choice(["l", "m"])))
    w, h = 560, 1120
    plane = np.full((h, w, 3), 25, np.uint8)
    cv2.rectangle(plane, (20, 60), (w - 20, h - 60), (int(rng.integers(200, 255)),) * 3, -1)  # lit screen
    px = 8
    side = modules.shape[0] * px
    while side > w - 80:
        px -= 1
        side = modules.shape[0] * px
    x, y = (w - side) // 2, (h - side) // 2
    _draw_text_lines(plane, rng, 60, w - 60, 90, y - 20, (90, 90, 90), 24)
    corners = _paint_code(plane, modules, x, y, px, (10, 10, 10), rng)
    if rng.random() < 0.5:  # LCD sub-pixel/moire texture
        plane[:, ::3] = (plane[:, ::3].astype(np.int16) - 12).clip(0, 255).astype(np.uint8)
    return plane, corners, px


@lru_cache(maxsize=4)
def _grid(w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return yy, xx


def _background(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    w, h = size
    base = np.array(rng.integers(60, 170, 3), np.float32)
    yy, xx = _grid(w, h)
    grain = 10 * np.sin(xx / rng.uniform(15, 60) + np.sin(yy / 90) * 2)
    noise = 3 * rng.standard_normal((h, w, 1), dtype=np.float32)
    background: np.ndarray = (base[None, None, :] + grain[..., None] + noise).clip(0, 255).astype(np.uint8)
    return background


def generate_capture(rng: np.random.Generator, kind: SceneKind | None = None,
                     size: tuple[int, int] = FRAME_SIZE) -> QrCapture:
    """One realistic kiosk capture with its ground truth."""
    kind = kind or KINDS[int(rng.integers(0, len(KINDS)))]
    payload = _payload(rng, kind)
    plane, code_corners, px = {"receipt": _receipt, "id_card": _id_card, "phone": _phone}[kind](rng, payload)
    ppm_range = {"receipt": (2.2, 7.0), "id_card": (2.0, 5.0), "phone": (2.5, 7.0)}[kind]
    ppm = float(rng.uniform(*ppm_range))  # frame pixels per code module
    scale = ppm / px
    angle = float(rng.uniform(-180, 180) if kind != "phone" else rng.uniform(-35, 35))
    w, h = size
    ph, pw = plane.shape[:2]
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    centre = code_corners.mean(axis=0)
    rot = cv2.getRotationMatrix2D((float(centre[0]), float(centre[1])), angle, scale)
    dst: np.ndarray = cv2.transform(src[None], rot)[0]
    code_dst = cv2.transform(code_corners[None], rot)[0]
    # place the code's centre somewhere the code stays inside the frame
    extent = np.ptp(code_dst, axis=0)
    margin = extent / 2 + 20
    target = np.array([rng.uniform(margin[0], max(margin[0] + 1, w - margin[0])),
                       rng.uniform(margin[1], max(margin[1] + 1, h - margin[1]))], np.float32)
    shift = target - code_dst.mean(axis=0)
    dst += shift
    tilt = float(rng.uniform(0, 0.12))  # perspective: corners moved by up to 12 % of the code size
    jitter = rng.uniform(-1, 1, (4, 2)).astype(np.float32) * tilt * float(extent.max())
    dst += jitter
    homography = cv2.getPerspectiveTransform(src, dst)
    frame = _background(rng, size)
    warped = cv2.warpPerspective(plane, homography, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), homography, size)
    frame[mask > 127] = warped[mask > 127]
    corners = cv2.perspectiveTransform(code_corners[None], homography)[0]
    params: dict[str, float | str] = {"ppm": round(ppm, 2), "angle": round(angle, 1), "tilt": round(tilt, 3)}
    frame = _degrade(rng, frame, corners, params)
    return QrCapture(frame, payload, kind, corners.astype(np.float32), params)


def _degrade(rng: np.random.Generator, frame: np.ndarray, corners: np.ndarray,
             params: dict[str, float | str]) -> np.ndarray:
    img: np.ndarray = frame.astype(np.float32)
    h, w = img.shape[:2]
    if rng.random() < 0.5:  # uneven light
        yy, xx = _grid(w, h)
        gx, gy = rng.uniform(-0.35, 0.35, 2)
        img *= (1 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5))[..., None]
    if rng.random() < 0.3:  # low contrast (dim, washed out)
        c = float(rng.uniform(0.35, 0.7))
        img = img.mean() + (img - img.mean()) * c
        params["contrast"] = round(c, 2)
    if rng.random() < 0.3:  # glare: a specular highlight near the code
        centre = corners.mean(axis=0) + rng.normal(0, 1, 2) * np.ptp(corners, axis=0) * 0.5
        radius = float(rng.uniform(20, 90))
        peak = float(rng.uniform(60, 170))
        yy, xx = _grid(w, h)
        blob = peak * np.exp(-((xx - centre[0]) ** 2 + (yy - centre[1]) ** 2) / (2 * radius ** 2))
        img += blob[..., None]
        params["glare"] = round(peak, 0)
    img = img.clip(0, 255).astype(np.uint8)
    r = rng.random()
    if r < 0.45:  # defocus
        sigma = float(rng.uniform(0.4, 1.5))
        img = cv2.GaussianBlur(img, (0, 0), sigma)
        params["blur"] = round(sigma, 2)
    elif r < 0.6:  # hand movement
        length = int(rng.integers(3, 7))
        line = np.zeros((length, length), np.float32)
        line[length // 2, :] = 1 / length
        rot = cv2.getRotationMatrix2D(((length - 1) / 2, (length - 1) / 2), float(rng.uniform(0, 180)), 1)
        kernel = np.asarray(cv2.warpAffine(line, rot, (length, length)), np.float32)
        kernel /= max(kernel.sum(), 1e-6)
        img = cv2.filter2D(img, -1, kernel)
        params["motion"] = length
    noise = float(rng.uniform(1, 7))
    img = cv2.add(img.astype(np.float32), noise * rng.standard_normal(img.shape, dtype=np.float32))
    img = img.clip(0, 255).astype(np.uint8)
    quality = int(rng.integers(55, 92))
    ok, jpeg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    params["jpeg"] = quality
    decoded = cv2.imdecode(jpeg, cv2.IMREAD_COLOR) if ok else None
    return decoded if decoded is not None else img


def generate_set(count: int, seed: int = 5) -> Iterator[QrCapture]:
    """``count`` captures, the three scenes in turn, reproducible from ``seed``."""
    rng = np.random.default_rng(seed)
    for i in range(count):
        yield generate_capture(rng, KINDS[i % len(KINDS)])


def write_captures(folder: str, count: int, seed: int = 5) -> None:
    """Write ``count`` captures as JPEG files plus ``truth.jsonl`` (payload, kind, corners) for QA."""
    import json
    from pathlib import Path

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for i, capture in enumerate(generate_set(count, seed)):
            name = f"{i:04d}-{capture.kind}.jpg"
            cv2.imwrite(str(out / name), capture.image, [cv2.IMWRITE_JPEG_QUALITY, 95])
            truth.write(json.dumps({"file": name, "kind": capture.kind, "payload": capture.payload,
                                    "corners": capture.corners.round(1).tolist(), "params": capture.params},
                                   ensure_ascii=False) + "\n")


if __name__ == "__main__":  # python -m testkit.qr_captures OUT_DIR [COUNT] [SEED]
    import sys

    write_captures(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30,
                   int(sys.argv[3]) if len(sys.argv) > 3 else 5)
