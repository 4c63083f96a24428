"""A second, independent generator of document photos with ground-truth corners.

Written apart from :mod:`testkit.document_photos` so that the page detector is measured on scenes its
author did not shape it against. Everything here is done differently on purpose:

* **Documents**: A4, A5 and letter pages, DL and A6 slips, thermal receipts and ID-1 cards (rounded
  corners), on white, cream, recycled grey or coloured paper; content is laid out in columns and
  blocks (headings, justified paragraphs in Noto Sans or DejaVu Sans Mono, ruled form fields, tables,
  a photo, a logo, barcodes). It is rendered with Pillow on a flat texture in millimetre units.
* **Desks**: dark slate, grey concrete, light laminate, coloured card (pink, blue, green, yellow),
  wood grain (warped rings), woven cloth, checked tablecloth, optionally cluttered with pens, a mug, a
  phone, a keyboard and sticky notes; other papers may lie around the presented document (which is
  always the largest and nearest the centre).
* **Camera**: a pinhole camera with a 3-D pose (distance, tilt, roll) over the desk plane, radial lens
  distortion, the page as a 3-D mesh (a curled edge or a fold lifts it off the desk; its normals shade
  it), rendered triangle by triangle; then lighting (a lamp's fall-off, colour cast, a hard or soft
  shadow of a hand or a phone, specular glare), fingers holding the page, vignetting, defocus or
  motion blur, shot and read noise, a tone curve, phone-style sharpening and JPEG.
* **Randomness**: one ``numpy.random.Generator`` (PCG64) per photo, seeded by the photo's number, so
  any single photo can be regenerated alone: ``AltDocumentPhotos().photo(seed)``.

Seed rule (write nothing else into these ranges):

* ``TUNING_SEEDS`` (0 - 9 999) may be looked at and tuned on by anyone working on the detector
  (``bench/page_detect.py --set alt-tuning``).
* ``HELD_OUT_SEEDS`` (1 000 000 and up) are only measured, never tuned on, never looked at photo by
  photo to change a threshold: ``bench/page_detect.py`` reports them as ``alt-held-out``.

The ground truth is the presented document's four corners as they appear in the image (after lens
distortion and any curl), in the page's own order (its top-left first, clockwise), so the photo also
tells which way up the page lies (``upright_turns``). Must not import ``kiosk_app`` or
``testkit.document_photos``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"

TUNING_SEEDS = range(0, 10_000)
HELD_OUT_SEEDS = range(1_000_000, 2_000_000)

#: document kinds: (width, height) in millimetres in their natural (reading) orientation
DOCUMENTS_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "letter": (215.9, 279.4),
    "A6": (105.0, 148.0),
    "DL": (210.0, 99.0),
    "receipt": (80.0, 200.0),
    "ID-1": (85.6, 53.98),
}
DESKS = ("dark", "grey", "light", "coloured", "wood", "cloth", "checker")
PAPERS = {
    "white": (246, 247, 245), "cream": (222, 238, 246), "recycled": (205, 212, 214),
    "pink": (215, 200, 250), "blue": (245, 225, 200), "green": (205, 240, 212), "yellow": (170, 240, 250),
}  # BGR

_WORDS = (
    "hồ sơ", "đề nghị", "cấp", "giấy phép", "theo", "quy định", "của", "Bộ", "Khoa học", "và", "Công nghệ",
    "ngày", "tháng", "năm", "người", "nộp", "địa chỉ", "số", "điện thoại", "xác nhận", "Ủy ban", "nhân dân",
    "phường", "quận", "thành phố", "được", "gửi", "bản sao", "chứng thực", "thời hạn", "hiệu lực", "kèm",
    "the", "applicant", "hereby", "declares", "that", "all", "information", "given", "is", "true", "page",
    "total", "amount", "paid", "receipt", "quality", "payment", "light", "bright", "should", "study",
    "Điều", "khoản", "mục", "ký", "tên", "đóng", "dấu", "lệ phí", "thanh toán", "tiền", "đồng", "tổng",
)


@dataclass
class AltPhoto:
    """One photo and its truth.

    ``corners``: the presented document's corners in image pixels (4x2 float32, the page's own
    top-left first, clockwise as the page reads), None for an empty desk. ``upright_turns``: how many
    clockwise quarter turns make a crop taken with ``order_clockwise_from_min_sum(corners)`` upright.
    """

    image: np.ndarray
    corners: np.ndarray | None
    seed: int
    kind: str | None
    desk: str
    area_fraction: float
    effects: tuple[str, ...] = ()
    page: np.ndarray | None = field(default=None, repr=False)

    @property
    def upright_turns(self) -> int:
        """Clockwise quarter turns that make the min-x+y-ordered crop read upright."""
        assert self.corners is not None
        ordered = _clockwise(self.corners)
        # where the page's own top-left corner sits in the crop: 0 top-left, 1 top-right, 2 bottom-right ...
        first = int(np.argmin(np.linalg.norm(ordered - self.corners[0], axis=1)))
        return (-first) % 4


def _clockwise(points: np.ndarray) -> np.ndarray:
    """The four points clockwise on screen, starting from the one with the smallest x + y."""
    pts = np.asarray(points, np.float64).reshape(4, 2)
    centre = pts.mean(axis=0)
    pts = pts[np.argsort(np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0]))]
    return np.roll(pts, -int(np.argmin(pts.sum(axis=1))), axis=0).astype(np.float32)


order_clockwise_from_min_sum = _clockwise


@lru_cache(maxsize=128)
def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), max(5, px))


# ---------------------------------------------------------------------------------------------- documents
class _Sheet:
    """Renders the flat face of one document (BGR uint8) at a given pixels-per-millimetre."""

    def __init__(self, rng: np.random.Generator, kind: str, ppm: float) -> None:
        self.rng = rng
        self.kind = kind
        self.ppm = ppm
        w_mm, h_mm = DOCUMENTS_MM[kind]
        self.size = (max(8, round(w_mm * ppm)), max(8, round(h_mm * ppm)))

    def mm(self, v: float) -> int:
        return round(v * self.ppm)

    def render(self) -> np.ndarray:
        rng = self.rng
        if self.kind == "ID-1":
            return self._card()
        if self.kind == "receipt":
            paper = (236, 238, 238)
        else:
            names = list(PAPERS)
            weights = np.array([6, 2, 1, 1, 1, 1, 1], float)
            paper = PAPERS[names[int(rng.choice(len(names), p=weights / weights.sum()))]]
        img = Image.new("RGB", self.size, tuple(int(c) for c in paper[::-1]))
        draw = ImageDraw.Draw(img)
        if self.kind == "receipt":
            self._receipt(draw)
        else:
            self._page(img, draw)
        out = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR).astype(np.float32)
        grain = rng.normal(0, 2.0, out.shape[:2]).astype(np.float32)  # paper fibre
        out += cv2.GaussianBlur(grain, (0, 0), 1.2)[..., None]
        return np.clip(out, 0, 255).astype(np.uint8)

    def _text_line(self, draw: ImageDraw.ImageDraw, x: float, y: float, width: float, font: ImageFont.FreeTypeFont,
                   fill: tuple[int, int, int], ragged: bool = True) -> None:
        rng = self.rng
        words: list[str] = []
        while True:
            word = str(_WORDS[int(rng.integers(len(_WORDS)))])
            trial = " ".join([*words, word])
            if draw.textlength(trial, font=font) > width:
                break
            words.append(word)
            if ragged and rng.random() < 0.04:
                break
        if words:
            if words[0][0].islower() and rng.random() < 0.5:
                words[0] = words[0].capitalize()
            draw.text((x, y), " ".join(words), font=font, fill=fill)

    def _page(self, img: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        rng = self.rng
        w, h = self.size
        margin = self.mm(float(rng.uniform(8, 22)))
        r_, g_, b_ = (int(v) for v in rng.integers(10, 60, 3))
        ink = (r_, g_, b_)
        mono = rng.random() < 0.25
        body_mm = float(rng.uniform(2.6, 4.2)) * (0.8 if self.kind in ("A6", "DL") else 1.0)
        face = "DejaVuSansMono.ttf" if mono else "NotoSans-Regular.ttf"
        body = _font(face, self.mm(body_mm))
        bold = _font("NotoSans-Bold.ttf", self.mm(body_mm * float(rng.uniform(1.3, 1.9))))
        y = float(margin)
        if rng.random() < 0.5:  # a logo and a header band
            r = self.mm(float(rng.uniform(5, 9)))
            colour = tuple(int(v) for v in rng.integers(0, 200, 3))
            draw.ellipse((margin, y, margin + 2 * r, y + 2 * r), outline=colour, width=max(1, r // 5))
            draw.line((margin, y + 2 * r + self.mm(2), w - margin, y + 2 * r + self.mm(2)), fill=colour,
                      width=max(1, self.mm(0.5)))
            y += 2 * r + self.mm(5)
        if rng.random() < 0.8:  # a centred heading
            text = " ".join(str(_WORDS[int(i)]) for i in rng.integers(len(_WORDS), size=int(rng.integers(2, 5))))
            text = text.upper()
            tw = draw.textlength(text, font=bold)
            if tw > w - 2 * margin:
                text = text[: max(3, int(len(text) * (w - 2 * margin) / tw) - 1)]
                tw = draw.textlength(text, font=bold)
            draw.text(((w - tw) / 2, y), text, font=bold, fill=ink)
            y += bold.size * 1.8
        columns = 2 if (w > self.mm(150) and rng.random() < 0.3) else 1
        gap = self.mm(6)
        col_w = (w - 2 * margin - (columns - 1) * gap) / columns
        line_h = body.size * float(rng.uniform(1.35, 1.8))
        bottom = h - margin
        for c in range(columns):
            x = margin + c * (col_w + gap)
            yy = y
            while yy + line_h < bottom:
                block = rng.random()
                if block < 0.08 and bottom - yy > 12 * line_h:  # a table
                    rows, cols = int(rng.integers(3, 7)), int(rng.integers(2, 5))
                    cell_h = line_h * 1.3
                    for r_ in range(rows + 1):
                        draw.line((x, yy + r_ * cell_h, x + col_w, yy + r_ * cell_h), fill=ink, width=1)
                    for c_ in range(cols + 1):
                        cx = x + c_ * col_w / cols
                        draw.line((cx, yy, cx, yy + rows * cell_h), fill=ink, width=1)
                    for r_ in range(rows):
                        for c_ in range(cols):
                            self._text_line(draw, x + c_ * col_w / cols + 3, yy + r_ * cell_h + cell_h * 0.12,
                                            col_w / cols * float(rng.uniform(0.3, 0.9)), body, ink)
                    yy += (rows + 1) * cell_h
                elif block < 0.13 and bottom - yy > 10 * line_h:  # a photo
                    pw_ = col_w * float(rng.uniform(0.3, 0.6))
                    ph_ = pw_ * float(rng.uniform(0.6, 1.3))
                    photo = self._photo(int(pw_), int(ph_))
                    img.paste(photo, (int(x), int(yy)))
                    yy += ph_ + line_h
                elif block < 0.2:  # form fields with dotted or ruled lines
                    label_w = col_w * float(rng.uniform(0.2, 0.4))
                    self._text_line(draw, x, yy, label_w, body, ink)
                    base = yy + body.size * 1.15
                    draw.line((x + label_w + 4, base, x + col_w, base), fill=ink, width=1)
                    yy += line_h * 1.2
                elif block < 0.27:  # paragraph break
                    yy += line_h * 0.8
                else:  # a paragraph
                    for _ in range(int(rng.integers(2, 8))):
                        if yy + line_h >= bottom:
                            break
                        self._text_line(draw, x, yy, col_w, body, ink, ragged=False)
                        yy += line_h
                    last = col_w * float(rng.uniform(0.2, 0.9))
                    if yy + line_h < bottom:
                        self._text_line(draw, x, yy, last, body, ink)
                        yy += line_h
        if rng.random() < 0.3:  # a signature scrawl near the bottom
            pts = []
            x0, y0 = w - margin - self.mm(50), bottom - self.mm(15)
            for t in np.linspace(0, 1, 40):
                pts.append((x0 + t * self.mm(40), y0 + math.sin(t * 17 + float(rng.uniform(0, 3))) * self.mm(4)))
            draw.line(pts, fill=(30, 40, 150), width=max(1, self.mm(0.4)))

    def _photo(self, w: int, h: int) -> Image.Image:
        rng = self.rng
        w, h = max(4, w), max(4, h)
        base = rng.integers(0, 255, (3, 3, 3)).astype(np.uint8)
        arr = cv2.resize(base, (w, h), interpolation=cv2.INTER_CUBIC)
        cv2.ellipse(arr, (w // 2, int(h * 0.45)), (w // 5, h // 4), 0, 0, 360,
                    tuple(int(v) for v in rng.integers(60, 200, 3)), -1)
        return Image.fromarray(arr)

    def _receipt(self, draw: ImageDraw.ImageDraw) -> None:
        rng = self.rng
        w, h = self.size
        font = _font("DejaVuSansMono.ttf", self.mm(2.6))
        big = _font("NotoSans-Bold.ttf", self.mm(4.0))
        ink = (60, 60, 70)
        y = float(self.mm(6))
        title = "HÓA ĐƠN BÁN LẺ" if rng.random() < 0.5 else "BIÊN LAI THU TIỀN"
        tw = draw.textlength(title, font=big)
        draw.text(((w - tw) / 2, y), title, font=big, fill=ink)
        y += big.size * 2
        while y < h - self.mm(25):
            item = str(_WORDS[int(rng.integers(len(_WORDS)))])[:14]
            price = f"{int(rng.integers(1, 999)) * 1000:,}".replace(",", ".")
            draw.text((self.mm(4), y), item, font=font, fill=ink)
            pw = draw.textlength(price, font=font)
            draw.text((w - self.mm(4) - pw, y), price, font=font, fill=ink)
            y += font.size * 1.5
        x = self.mm(8)  # a barcode
        while x < w - self.mm(8):
            bar = int(rng.integers(1, 4))
            if rng.random() < 0.55:
                draw.rectangle((x, h - self.mm(18), x + bar - 1, h - self.mm(6)), fill=(20, 20, 20))
            x += bar

    def _card(self) -> np.ndarray:
        rng = self.rng
        w, h = self.size
        c1, c2 = rng.integers(120, 255, 3).astype(np.float32), rng.integers(120, 255, 3).astype(np.float32)
        t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
        arr = np.repeat(c1 * (1 - t) + c2 * t, h, axis=0)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, w, self.mm(9)), fill=tuple(int(v) for v in rng.integers(0, 140, 3)))
        font = _font("NotoSans-Bold.ttf", self.mm(2.4))
        small = _font("NotoSans-Regular.ttf", self.mm(2.0))
        draw.text((self.mm(4), self.mm(2.5)), "CĂN CƯỚC / IDENTITY CARD", font=font, fill=(255, 255, 255))
        img.paste(self._photo(self.mm(22), self.mm(28)), (self.mm(4), self.mm(14)))
        y = float(self.mm(14))
        while y < h - self.mm(6):
            self._text_line(draw, self.mm(30), y, w - self.mm(34), small, (20, 20, 30))
            y += small.size * 1.6
        draw.rectangle((self.mm(6), h - self.mm(12), self.mm(16), h - self.mm(4)), fill=(80, 170, 210))  # chip
        return np.asarray(img)[..., ::-1].copy()


# ---------------------------------------------------------------------------------------------- desks
def _fractal(rng: np.random.Generator, w: int, h: int, octaves: int = 5) -> np.ndarray:
    out = np.zeros((h, w), np.float32)
    amp, total = 1.0, 0.0
    for o in range(octaves):
        cells = 2 ** (o + 2)
        grid = rng.normal(0, 1, (cells, max(2, cells * w // max(h, 1)))).astype(np.float32)
        out += amp * cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)
        total += amp
        amp *= 0.55
    return out / total


def _desk(rng: np.random.Generator, kind: str, w: int, h: int) -> np.ndarray:
    """A desk surface (BGR float32, 0-255)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "dark":
        base = rng.uniform(15, 55, 3)
        img = base + 8 * _fractal(rng, w, h)[..., None]
    elif kind == "grey":
        base = np.full(3, rng.uniform(90, 160)) + rng.uniform(-6, 6, 3)
        img = base + 18 * _fractal(rng, w, h)[..., None] + rng.normal(0, 4, (h, w, 1))
    elif kind == "light":
        base = rng.uniform(190, 235, 3)
        img = base + 6 * _fractal(rng, w, h, 3)[..., None]
    elif kind == "coloured":
        choices = np.array([(180, 150, 240), (200, 140, 60), (90, 170, 80), (80, 200, 230), (60, 60, 170)], float)
        base = choices[int(rng.integers(len(choices)))] + rng.uniform(-20, 20, 3)
        img = base + 7 * _fractal(rng, w, h, 3)[..., None]
    elif kind == "wood":
        warp = 40 * _fractal(rng, w, h, 3)
        angle = rng.uniform(0, math.pi)
        u = xx * math.cos(angle) + yy * math.sin(angle)
        v = -xx * math.sin(angle) + yy * math.cos(angle)
        rings = np.sin((v + warp) / rng.uniform(4, 12) + 0.002 * u) * 0.5 + 0.5
        fine = np.sin((v + warp * 0.3) / 1.3) * 0.5 + 0.5
        light, dark_ = rng.uniform(120, 190), rng.uniform(50, 100)
        tone = (dark_ + (light - dark_) * (0.75 * rings + 0.25 * fine))[..., None]
        img = tone * np.array([0.55, 0.78, 1.0]) + rng.uniform(-10, 10, 3)
    elif kind == "cloth":
        period = rng.uniform(2.5, 5.0)
        weave = (np.sin(xx * 2 * math.pi / period) * np.sin(yy * 2 * math.pi / period)) * 0.5 + 0.5
        base = rng.uniform(30, 200, 3)
        img = base * (0.85 + 0.15 * weave)[..., None] + 10 * _fractal(rng, w, h, 4)[..., None]
    else:  # checker tablecloth
        cell = rng.uniform(25, 90)
        angle = rng.uniform(-0.4, 0.4)
        u = xx * math.cos(angle) + yy * math.sin(angle)
        v = -xx * math.sin(angle) + yy * math.cos(angle)
        check = ((np.floor(u / cell) + np.floor(v / cell)) % 2)[..., None]
        a, b = rng.uniform(150, 250, 3), rng.uniform(20, 140, 3)
        img = a * check + b * (1 - check)
        img = cv2.GaussianBlur(img.astype(np.float32), (0, 0), 1.0)
    return np.asarray(img, np.float32)


def _clutter(rng: np.random.Generator, img: np.ndarray) -> list[str]:
    """Pens, a mug, a phone, a keyboard, sticky notes on the desk (drawn before the document lies on it)."""
    h, w = img.shape[:2]
    effects: list[str] = []
    for _ in range(int(rng.integers(1, 5))):
        what = str(rng.choice(["pen", "pen", "mug", "phone", "keyboard", "note"]))
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        colour = tuple(float(v) for v in rng.uniform(0, 255, 3))
        if what == "pen":
            length, angle = rng.uniform(0.1, 0.25) * w, rng.uniform(0, math.pi)
            d = np.array([math.cos(angle), math.sin(angle)]) * length / 2
            cv2.line(img, (int(cx - d[0]), int(cy - d[1])), (int(cx + d[0]), int(cy + d[1])), colour,
                     max(2, int(w / 180)), cv2.LINE_AA)
        elif what == "mug":
            r = int(rng.uniform(0.04, 0.08) * w)
            cv2.circle(img, (int(cx), int(cy)), r, colour, -1, cv2.LINE_AA)
            cv2.circle(img, (int(cx), int(cy)), int(r * 0.8), tuple(c * 0.4 for c in colour), -1, cv2.LINE_AA)
        elif what in ("phone", "keyboard", "note"):
            size = {"phone": (0.06, 0.12), "keyboard": (0.35, 0.12), "note": (0.06, 0.06)}[what]
            rect = ((float(cx), float(cy)), (size[0] * w, size[1] * w), float(rng.uniform(0, 180)))
            box = cv2.boxPoints(rect).astype(np.int32)
            fill = {"phone": (25, 25, 25), "keyboard": (45, 45, 50), "note": (90, 230, 250)}[what]
            cv2.fillConvexPoly(img, box, fill, cv2.LINE_AA)
            if what == "keyboard":
                for i in range(1, 12):
                    a, b = box[0] + (box[1] - box[0]) * i / 12, box[3] + (box[2] - box[3]) * i / 12
                    cv2.line(img, tuple(int(v) for v in a), tuple(int(v) for v in b), (90, 90, 95), 1)
        effects.append(what)
    return effects


# ---------------------------------------------------------------------------------------------- camera
@dataclass
class _Camera:
    """Pinhole camera over the desk (world units: millimetres, desk plane z = 0, z towards the camera)."""

    f: float
    cx: float
    cy: float
    rot: np.ndarray  # world -> camera rotation
    centre: np.ndarray  # camera position in the world
    k1: float
    k2: float

    def project(self, pts: np.ndarray) -> np.ndarray:
        """World points (N, 3) -> pixels (N, 2), with radial distortion."""
        cam = (pts - self.centre) @ self.rot.T
        z = np.maximum(cam[:, 2], 1e-3)
        x, y = cam[:, 0] / z, cam[:, 1] / z
        r2 = x * x + y * y
        d = 1 + self.k1 * r2 + self.k2 * r2 * r2
        return np.stack([self.f * x * d + self.cx, self.f * y * d + self.cy], axis=1)


def _rotation(pitch: float, yaw: float, roll: float) -> np.ndarray:
    """Camera looking straight down (optical axis -z of the world), then tilted."""
    down = np.array([[1, 0, 0], [0, -1, 0], [0, 0, -1]], float)  # x right, y down on the desk image
    cp, sp, cy_, sy, cr, sr = (math.cos(pitch), math.sin(pitch), math.cos(yaw), math.sin(yaw), math.cos(roll),
                               math.sin(roll))
    rx = np.array([[1, 0, 0], [0, cp, -sp], [0, sp, cp]])
    ry = np.array([[cy_, 0, sy], [0, 1, 0], [-sy, 0, cy_]])
    rz = np.array([[cr, -sr, 0], [sr, cr, 0], [0, 0, 1]])
    return np.asarray(rz @ rx @ ry @ down)


class _Placed:
    """A document lying on the desk: its flat face and how its (u, v) millimetres map to the world."""

    def __init__(self, rng: np.random.Generator, kind: str, centre: np.ndarray, angle: float,
                 curl: float, fold: float) -> None:
        self.kind = kind
        self.w_mm, self.h_mm = DOCUMENTS_MM[kind]
        self.centre = centre
        self.angle = angle
        self.curl = curl  # height (mm) the curled edge rises
        self.fold = fold  # height (mm) of a fold's ridge
        self.curl_side = int(rng.integers(4))
        self.fold_pos = float(rng.uniform(0.3, 0.7))
        self.fold_axis = int(rng.integers(2))

    def lift(self, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        """Height of the page above the desk at (u, v) mm."""
        z = np.zeros_like(u)
        if self.curl > 0:
            s = [u / self.w_mm, 1 - u / self.w_mm, v / self.h_mm, 1 - v / self.h_mm][self.curl_side]
            z += self.curl * np.clip(0.25 - s, 0, None) ** 2 / 0.0625
        if self.fold > 0:
            s = (u / self.w_mm) if self.fold_axis == 0 else (v / self.h_mm)
            z += self.fold * np.clip(1 - np.abs(s - self.fold_pos) / 0.35, 0, None)
        return z

    def world(self, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        """Page (u, v) mm -> world (N, 3)."""
        x, y = u - self.w_mm / 2, v - self.h_mm / 2
        c, s = math.cos(self.angle), math.sin(self.angle)
        # the camera's image y runs along the world's -y: page "down" is world -y, so the page is not mirrored
        return np.stack([self.centre[0] + c * x - s * y, self.centre[1] - (s * x + c * y), self.lift(u, v)], axis=1)

    def shading(self, shape: tuple[int, int], light: np.ndarray) -> np.ndarray:
        """Brightness factor over the page texture from the tilt of the lifted parts."""
        h, w = shape
        vv, uu = np.mgrid[0:h, 0:w].astype(np.float64)
        u, v = uu / w * self.w_mm, vv / h * self.h_mm
        z = self.lift(u.ravel(), v.ravel()).reshape(h, w)
        gy, gx = np.gradient(z, self.h_mm / h, self.w_mm / w)
        normal = np.stack([-gx, -gy, np.ones_like(z)], axis=-1)
        normal /= np.linalg.norm(normal, axis=-1, keepdims=True)
        return np.asarray(np.clip(0.35 + 0.65 * (normal @ light) / light[2], 0.4, 1.15), np.float32)


def _render_mesh(canvas: np.ndarray, texture: np.ndarray, doc: _Placed, camera: _Camera, rounded: float,
                 grid: int) -> np.ndarray:
    """Draw the document's texture onto ``canvas`` (float32) through the camera; returns the AA coverage mask."""
    th, tw = texture.shape[:2]
    gu, gv = grid, max(2, round(grid * doc.h_mm / doc.w_mm))
    us, vs = np.linspace(0, doc.w_mm, gu + 1), np.linspace(0, doc.h_mm, gv + 1)
    uu, vv = np.meshgrid(us, vs)
    img_pts = camera.project(doc.world(uu.ravel(), vv.ravel())).reshape(gv + 1, gu + 1, 2)
    tex_pts = np.stack([uu / doc.w_mm * tw, vv / doc.h_mm * th], axis=-1)
    h, w = canvas.shape[:2]
    tex_f = texture.astype(np.float32)
    for j in range(gv):
        for i in range(gu):
            for tri in (((j, i), (j, i + 1), (j + 1, i + 1)), ((j, i), (j + 1, i + 1), (j + 1, i))):
                dst = np.array([img_pts[a] for a in tri], np.float32)
                src = np.array([tex_pts[a] for a in tri], np.float32)
                x0, y0 = np.floor(dst.min(axis=0)).astype(int) - 1
                x1, y1 = np.ceil(dst.max(axis=0)).astype(int) + 2
                x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, w), min(y1, h)
                if x1 <= x0 or y1 <= y0:
                    continue
                m = cv2.getAffineTransform(src, dst - np.array([x0, y0], np.float32))
                patch = cv2.warpAffine(tex_f, m, (x1 - x0, y1 - y0), flags=cv2.INTER_LINEAR,
                                       borderMode=cv2.BORDER_REFLECT)
                tri_mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
                cv2.fillConvexPoly(tri_mask, np.round(dst - [x0, y0]).astype(np.int32), 1)
                region = canvas[y0:y1, x0:x1]
                region[tri_mask > 0] = patch[tri_mask > 0]
    # anti-aliased outline (rounded corners for cards) through the same projection
    outline = _outline(doc.w_mm, doc.h_mm, rounded)
    poly = camera.project(doc.world(outline[:, 0], outline[:, 1]))
    cover = np.zeros((h, w), np.float32)
    cv2.fillPoly(cover, [np.round(poly * 16).astype(np.int32)], 1.0, cv2.LINE_AA, 4)
    return cover


def _outline(w_mm: float, h_mm: float, radius: float, per_side: int = 24) -> np.ndarray:
    """The document's outline in (u, v) mm, clockwise; corners rounded by ``radius`` mm."""
    pts: list[tuple[float, float]] = []
    corners = [(radius, radius, math.pi), (w_mm - radius, radius, 1.5 * math.pi),
               (w_mm - radius, h_mm - radius, 0.0), (radius, h_mm - radius, 0.5 * math.pi)]
    for cx, cy, start in corners:
        if radius > 0:
            for t in np.linspace(0, math.pi / 2, 8):
                pts.append((cx + radius * math.cos(start + t), cy + radius * math.sin(start + t)))
        else:
            pts.append((cx, cy))
    closed = pts + pts[:1]
    dense: list[tuple[float, float]] = []
    for a, b in zip(closed[:-1], closed[1:], strict=True):
        for t in np.linspace(0, 1, per_side if radius == 0 else 3, endpoint=False):
            dense.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return np.array(dense, float)


# ---------------------------------------------------------------------------------------------- generator
class AltDocumentPhotos:
    """Photos of documents on desks; ``photo(seed)`` is reproducible on its own."""

    def __init__(self, width: int = 1280, height: int = 720) -> None:
        self.width = width
        self.height = height

    def photo(self, seed: int, empty: bool = False) -> AltPhoto:
        """The photo of ``seed`` (a document photo, or an empty desk when ``empty``)."""
        rng = np.random.default_rng([seed, 1 if empty else 0, 17])
        w, h = self.width, self.height
        desk = str(rng.choice(DESKS))
        canvas = _desk(rng, desk, w, h)
        effects: list[str] = []
        fov = math.radians(rng.uniform(50, 78))
        f = (w / 2) / math.tan(fov / 2)
        pitch, yaw, roll = (math.radians(rng.uniform(-22, 22)), math.radians(rng.uniform(-15, 15)),
                            math.radians(rng.uniform(-8, 8)))
        k1 = float(rng.uniform(-0.12, 0.06))
        k2 = float(rng.uniform(-0.02, 0.02))
        light = np.array([rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6), 1.0])
        light /= np.linalg.norm(light)
        if empty:
            effects += _clutter(rng, canvas)
            return self._finish(rng, canvas, None, seed, None, desk, 0.0, effects, None)
        kind = str(rng.choice(list(DOCUMENTS_MM), p=[0.28, 0.13, 0.1, 0.09, 0.1, 0.12, 0.18]))
        turn = int(rng.choice(4, p=[0.55, 0.2, 0.1, 0.15]))  # 0: upright, 1: 90 deg cw, 2: upside down, 3: 90 ccw
        angle = turn * math.pi / 2 + math.radians(rng.normal(0, 8) if rng.random() < 0.8 else rng.uniform(-40, 40))
        curl = float(rng.uniform(3, 18)) if (kind not in ("ID-1",) and rng.random() < 0.2) else 0.0
        fold = float(rng.uniform(2, 8)) if (kind in ("A4", "letter", "A5") and rng.random() < 0.15) else 0.0
        doc = _Placed(rng, kind, np.zeros(2), angle, curl, fold)
        if curl:
            effects.append("curl")
        if fold:
            effects.append("fold")
        target = math.exp(rng.uniform(math.log(0.05), math.log(0.85)))
        camera, area = self._frame(rng, doc, f, pitch, yaw, roll, k1, k2, target)
        if camera is None:  # pragma: no cover - the frame search shrinks the document until it fits
            raise RuntimeError(f"photo {seed}: no camera pose shows the document")
        corner_uv = np.array([[0, 0], [doc.w_mm, 0], [doc.w_mm, doc.h_mm], [0, doc.h_mm]], float)
        corners = camera.project(doc.world(corner_uv[:, 0], corner_uv[:, 1])).astype(np.float32)
        # other documents around the presented one: smaller and further from the centre
        if rng.random() < 0.25:
            effects.append("other_documents")
            for _ in range(int(rng.integers(1, 3))):
                other_kind = str(rng.choice(["A6", "receipt", "ID-1", "DL"]))
                ow, oh = DOCUMENTS_MM[other_kind]
                scale = math.sqrt(doc.w_mm * doc.h_mm / (ow * oh))
                if scale < 1.3:
                    continue
                offset = rng.normal(0, 1, 2)
                offset = offset / (np.linalg.norm(offset) + 1e-9) * (max(doc.w_mm, doc.h_mm) * rng.uniform(0.75, 1.2))
                other = _Placed(rng, other_kind, offset, float(rng.uniform(0, math.pi)), 0.0, 0.0)
                tex = _Sheet(rng, other_kind, 4.0).render()
                cover = np.zeros((h, w), np.float32)
                layer = canvas.copy()
                cover = _render_mesh(layer, tex, other, camera, 3.0 if other_kind == "ID-1" else 0.0, 2)
                canvas = canvas * (1 - cover[..., None]) + layer * cover[..., None]
        if rng.random() < 0.3 and desk != "light":
            effects += _clutter(rng, canvas)
        # the presented document at about 1.3 texture pixels per image pixel
        side_px = float(np.linalg.norm(corners[1] - corners[0]))
        ppm = float(np.clip(side_px / doc.w_mm * 1.4, 1.5, 9.0))
        sheet = _Sheet(rng, kind, ppm)
        texture = sheet.render().astype(np.float32)
        if curl or fold:
            texture *= doc.shading(texture.shape[:2], light)[..., None]
        if rng.random() < 0.5:  # a contact shadow under the page's edge (lifted a little)
            ring: np.ndarray = np.zeros((h, w), np.float32)
            cv2.fillPoly(ring, [np.round((corners + rng.uniform(1, 6, 2)) * 16).astype(np.int32)], 1.0, cv2.LINE_AA, 4)
            ring = cv2.GaussianBlur(ring, (0, 0), float(rng.uniform(2, 7)))
            canvas *= (1 - float(rng.uniform(0.15, 0.45)) * ring)[..., None]
        layer = canvas.copy()
        grid = 10 if (curl or fold or abs(k1) > 0.02) else 2
        cover = _render_mesh(layer, texture, doc, camera, 3.18 if kind == "ID-1" else 0.0, grid)
        canvas = canvas * (1 - cover[..., None]) + layer * cover[..., None]
        if rng.random() < 0.3:
            effects.append("fingers")
            self._fingers(rng, canvas, corners)
        return self._finish(rng, canvas, corners, seed, kind, desk, area, effects, texture.astype(np.uint8))

    def _frame(self, rng: np.random.Generator, doc: _Placed, f: float, pitch: float, yaw: float, roll: float,
               k1: float, k2: float, target: float) -> tuple[_Camera | None, float]:
        """A camera pose that shows the document at about ``target`` of the frame, wholly inside."""
        w, h = self.width, self.height
        rot = _rotation(pitch, yaw, roll)
        axis = rot.T @ np.array([0.0, 0.0, 1.0])  # optical axis in the world
        corner_uv = np.array([[0, 0], [doc.w_mm, 0], [doc.w_mm, doc.h_mm], [0, doc.h_mm]], float)
        shift = rng.uniform(-0.35, 0.35, 2)
        for _ in range(30):
            distance = f * math.sqrt(doc.w_mm * doc.h_mm / (target * w * h))  # exact for a frontal view
            for _ in range(3):  # distance that gives the target area (area ~ 1 / distance^2)
                centre = np.array([0.0, 0.0, 0.0]) - axis * distance
                cam = _Camera(f, w / 2, h / 2, rot, centre, k1, k2)
                pts = cam.project(doc.world(corner_uv[:, 0], corner_uv[:, 1]))
                area = abs(cv2.contourArea(pts.astype(np.float32))) / (w * h)
                distance *= math.sqrt(max(area, 1e-9) / target)
            cam = _Camera(f, w / 2, h / 2, rot, np.array([0.0, 0.0, 0.0]) - axis * distance, k1, k2)
            # move the document off centre by a share of the free room (sensor shift), keep it inside
            pts = cam.project(doc.world(corner_uv[:, 0], corner_uv[:, 1]))
            lo, hi = pts.min(axis=0), pts.max(axis=0)
            room = np.array([w, h]) - (hi - lo) - 16
            if (room > 0).all():
                want = (np.array([w, h]) - (hi + lo)) / 2 + shift * room
                cam.cx += float(want[0])
                cam.cy += float(want[1])
                pts = cam.project(doc.world(corner_uv[:, 0], corner_uv[:, 1]))
                if (pts.min(axis=0) >= 6).all() and (pts[:, 0] <= w - 7).all() and (pts[:, 1] <= h - 7).all():
                    area = abs(cv2.contourArea(pts.astype(np.float32))) / (w * h)
                    return cam, area
            target *= 0.85
        return None, 0.0

    def _fingers(self, rng: np.random.Generator, canvas: np.ndarray, corners: np.ndarray) -> None:
        """A thumb or two fingers holding the page at one side, from outside the page."""
        i = int(rng.integers(4))
        a, b = corners[i], corners[(i + 1) % 4]
        p = a + (b - a) * rng.uniform(0.25, 0.75)
        inward = corners.mean(axis=0) - p
        inward /= np.linalg.norm(inward) + 1e-9
        side = float(np.linalg.norm(b - a))
        breadth = max(6.0, side * rng.uniform(0.05, 0.09))
        reach = breadth * rng.uniform(0.6, 1.4)
        tip = p + inward * reach
        base = p - inward * breadth * 6
        skin = np.array([rng.uniform(90, 150), rng.uniform(120, 170), rng.uniform(170, 230)], np.float32)
        mask: np.ndarray = np.zeros(canvas.shape[:2], np.float32)
        cv2.line(mask, tuple(int(v) for v in base), tuple(int(v) for v in tip), 1.0, int(breadth * 2), cv2.LINE_AA)
        cv2.circle(mask, tuple(int(v) for v in tip), int(breadth), 1.0, -1, cv2.LINE_AA)
        shadow = cv2.GaussianBlur(mask, (0, 0), breadth * 0.5)
        shadow = np.roll(shadow, (int(breadth * 0.3), int(breadth * 0.2)), axis=(0, 1))
        canvas *= (1 - 0.35 * shadow)[..., None]
        shade = cv2.GaussianBlur(mask, (0, 0), breadth * 0.4)
        colour = skin * (0.75 + 0.25 * shade)[..., None]
        mask = cv2.GaussianBlur(mask, (0, 0), 0.8)[..., None]
        canvas[:] = canvas * (1 - mask) + colour * mask

    def _finish(self, rng: np.random.Generator, canvas: np.ndarray, corners: np.ndarray | None, seed: int,
                kind: str | None, desk: str, area: float, effects: list[str], page: np.ndarray | None) -> AltPhoto:
        h, w = canvas.shape[:2]
        # smooth light fields are computed on a coarse grid (every 8th pixel) and scaled up
        yy, xx = np.mgrid[0:h:8, 0:w:8].astype(np.float32)
        # a lamp: light falls off from a point above the desk
        lx, ly = rng.uniform(-0.5, 1.5) * w, rng.uniform(-0.5, 1.5) * h
        height = rng.uniform(0.8, 2.5) * w
        fall = (height**2 / ((xx - lx) ** 2 + (yy - ly) ** 2 + height**2)) ** 1.5
        light = fall / fall.max() * rng.uniform(0.85, 1.2)
        cast = np.array([rng.uniform(0.85, 1.0), 1.0, rng.uniform(0.95, 1.15)], np.float32)  # warm or cool
        if rng.random() < 0.35:  # a shadow of a hand or a phone held over the desk
            effects.append("hard_shadow")
            mask: np.ndarray = np.zeros((h, w), np.float32)
            if rng.random() < 0.5:
                rect = ((float(rng.uniform(0, w)), float(rng.uniform(0, h))),
                        (float(rng.uniform(0.15, 0.35) * w), float(rng.uniform(0.3, 0.6) * w)),
                        float(rng.uniform(0, 180)))
                cv2.fillConvexPoly(mask, cv2.boxPoints(rect).astype(np.int32), 1.0, cv2.LINE_AA)
            else:
                c = np.array([rng.uniform(0, w), rng.uniform(0, h)])
                cv2.ellipse(mask, tuple(int(v) for v in c), (int(w * 0.12), int(w * 0.09)), float(rng.uniform(0, 180)),
                            0, 360, 1.0, -1, cv2.LINE_AA)
                ang = float(rng.uniform(0, 2 * math.pi))
                for _ in range(4):  # fingers of the hand
                    ang += float(rng.uniform(0.2, 0.4))
                    end = c + np.array([math.cos(ang), math.sin(ang)]) * w * 0.22
                    cv2.line(mask, tuple(int(v) for v in c), tuple(int(v) for v in end), 1.0, int(w * 0.03),
                             cv2.LINE_AA)
            mask = cv2.GaussianBlur(mask, (0, 0), float(rng.uniform(1.5, 25)))
            canvas *= (1 - float(rng.uniform(0.2, 0.5)) * mask)[..., None]
        if rng.random() < 0.25:  # specular glare of a ceiling light
            effects.append("glare")
            if corners is not None:
                t = rng.uniform(0, 1, 2)
                c = corners[0] * (1 - t[0]) * (1 - t[1]) + corners[1] * t[0] * (1 - t[1]) + \
                    corners[2] * t[0] * t[1] + corners[3] * (1 - t[0]) * t[1]
            else:
                c = np.array([rng.uniform(0, w), rng.uniform(0, h)])
            mask = np.zeros((h, w), np.float32)
            axes = (int(rng.uniform(0.02, 0.08) * w), int(rng.uniform(0.01, 0.05) * w))
            cv2.ellipse(mask, tuple(int(v) for v in c), axes, float(rng.uniform(0, 180)), 0, 360, 1.0, -1, cv2.LINE_AA)
            mask = cv2.GaussianBlur(mask, (0, 0), max(axes) * 0.35)
            canvas += (rng.uniform(120, 300) * mask)[..., None]
        # vignetting (cos^4), with the lamp's fall-off and colour cast
        r2 = ((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / (w / 2) ** 2
        light = light / (1 + rng.uniform(0.0, 0.35) * r2) ** 2
        canvas *= cv2.resize(light, (w, h), interpolation=cv2.INTER_LINEAR)[..., None] * cast
        # lens blur or motion blur
        if rng.random() < 0.3:
            effects.append("defocus")
            r = float(rng.uniform(0.8, 2.5))
            k = int(math.ceil(r)) * 2 + 1
            disc = np.zeros((k, k), np.float32)
            cv2.circle(disc, (k // 2, k // 2), int(round(r)), 1.0, -1, cv2.LINE_AA)
            canvas = cv2.filter2D(canvas, -1, disc / disc.sum())
        elif rng.random() < 0.1:
            effects.append("shake")
            n = int(rng.integers(3, 8))
            kern = np.zeros((n, n), np.float32)
            kern[n // 2, :] = 1.0 / n
            if rng.random() < 0.5:
                kern = kern.T.copy()
            canvas = cv2.filter2D(canvas, -1, kern)
        # sensor: shot noise grows with the signal, read noise does not
        gain = rng.uniform(0.2, 1.2)
        read = float(rng.uniform(0.5, 3.0))
        sigma = cv2.sqrt(cv2.max(canvas, 0.0) * float(gain) + read * read)
        canvas += rng.standard_normal(canvas.shape, dtype=np.float32) * sigma
        # tone curve (gamma) and phone sharpening
        gamma = float(rng.uniform(0.8, 1.2))
        curve = np.clip(np.power(np.arange(256) / 255.0, gamma) * 255.0 + 0.5, 0, 255).astype(np.uint8)
        image = cv2.LUT(np.clip(canvas, 0, 255).astype(np.uint8), curve)
        if rng.random() < 0.5:
            effects.append("sharpened")
            amount = float(rng.uniform(0.3, 1.0))
            image = cv2.addWeighted(image, 1 + amount, cv2.GaussianBlur(image, (0, 0), 1.2), -amount, 0)
        quality = int(rng.integers(40, 96))
        ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        decoded = cv2.imdecode(buf, cv2.IMREAD_COLOR) if ok else None
        if decoded is not None:
            image = decoded
        return AltPhoto(image, corners, seed, kind, desk, area, tuple(effects), page)
