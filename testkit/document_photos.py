"""Synthetic camera photos of documents with ground-truth page corners.

Used by the page-detection benchmark, the digitization tests, ``kiosk samples`` and ``kiosk demo``.
Everything is drawn with numpy, OpenCV and Pillow from a seeded random generator, so one seed gives the
same photos on every machine. A photo is a real scene: a page with Vietnamese text lines (Noto Sans),
headings, tables, a red stamp and a signature, laid on a dark, light (light-on-light), wooden or
cluttered surface, seen in perspective and rotated, with uneven light, soft shadows, glare, a thumb over
an edge, blur, sensor noise and JPEG artefacts. Empty frames (no page) and chip ID card photos (front
with made-up personal data, back with a QR code of a CCCD payload made with segno) are generated too.

Written here because no library generates such scenes; it must not import ``kiosk_app``.
"""
from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"

#: real page sizes in millimetres (width, height), portrait
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "letter": (215.9, 279.4),
    "ID-1": (85.6, 53.98),
}
BACKGROUNDS = ("dark", "light", "wood", "cluttered")

_SENTENCES = (
    "Căn cứ Luật Năng lượng nguyên tử ngày 03 tháng 6 năm 2008;",
    "Căn cứ Nghị định số 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa;",
    "Tổ chức, cá nhân đề nghị cấp chứng chỉ nhân viên bức xạ nộp hồ sơ tại Bộ phận Một cửa.",
    "Thành phần hồ sơ gồm: đơn đề nghị theo mẫu, bản sao văn bằng, giấy chứng nhận sức khỏe.",
    "Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    "Phí thẩm định được nộp theo quy định tại Thông tư số 263/2016/TT-BTC của Bộ Tài chính.",
    "Chúng tôi cam kết những thông tin khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật.",
    "Đề nghị Cục Sở hữu trí tuệ xem xét và cấp văn bằng bảo hộ cho đối tượng nêu trên.",
    "Địa chỉ trụ sở chính: số 113 Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, thành phố Hà Nội.",
    "Người đại diện theo pháp luật: ông Nguyễn Văn Hùng, chức vụ Giám đốc.",
    "Mạng viễn thông dùng riêng được thiết lập để phục vụ hoạt động nội bộ của doanh nghiệp.",
    "Giấy phép có hiệu lực 05 năm kể từ ngày ký và được gia hạn theo đề nghị của tổ chức.",
    "Kết quả thẩm định được thông báo bằng văn bản cho tổ chức, cá nhân trong thời hạn quy định.",
    "Hồ sơ chưa đầy đủ sẽ được hướng dẫn bổ sung một lần bằng phiếu yêu cầu bổ sung.",
    "Phương tiện đo nhóm 2 phải được phê duyệt mẫu trước khi đưa vào sử dụng tại Việt Nam.",
    "Điều 19. Đăng ký hợp đồng chuyển giao công nghệ trong thời hạn 90 ngày kể từ ngày ký.",
    "Bản sao có chứng thực hoặc bản sao kèm bản chính để đối chiếu.",
    "Số điện thoại liên hệ: 024 3943 xxxx; thư điện tử: motcua@most.gov.vn.",
)
_HEADINGS = (
    "ĐƠN ĐỀ NGHỊ CẤP CHỨNG CHỈ NHÂN VIÊN BỨC XẠ",
    "TỜ KHAI ĐĂNG KÝ NHÃN HIỆU",
    "GIẤY ĐỀ NGHỊ CẤP LẠI GIẤY PHÉP BƯU CHÍNH",
    "BẢN KHAI BÁO CHẤT PHÓNG XẠ",
    "HỢP ĐỒNG CHUYỂN GIAO CÔNG NGHỆ",
    "GIẤY CHỨNG NHẬN SỨC KHỎE",
)
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
_MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu")
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hương", "Khánh", "Linh", "Nam", "Phương", "Quân",
          "Thảo", "Trang", "Tuấn", "Yến", "Đạt", "Hải")
_PLACES = ("Hoàn Kiếm, Hà Nội", "Cầu Giấy, Hà Nội", "Hải Châu, Đà Nẵng", "Quận 1, TP Hồ Chí Minh",
           "Ninh Kiều, Cần Thơ", "Lê Chân, Hải Phòng", "TP Huế, Thừa Thiên Huế", "TP Vinh, Nghệ An")


@dataclass(frozen=True)
class SyntheticPerson:
    """Made-up personal data printed on a synthetic ID card."""

    id_number: str
    old_id_number: str
    full_name: str
    date_of_birth: date
    sex: str
    address: str
    issue_date: date

    @property
    def qr_payload(self) -> str:
        """The CCCD QR payload of this person (DOMAIN.md format)."""
        return "|".join((self.id_number, self.old_id_number, self.full_name,
                         self.date_of_birth.strftime("%d%m%Y"), self.sex, self.address,
                         self.issue_date.strftime("%d%m%Y")))


@dataclass
class SyntheticPhoto:
    """One generated photo and its ground truth.

    ``corners`` are the page's corners in image pixels, clockwise from the top-left one (the corner
    with the smallest x + y), or None for an empty frame. They may lie outside the image when the page
    is cut off. ``page_corners`` are the same corners in the page's own order: where the top-left,
    top-right, bottom-right and bottom-left of its content lie (a page may lie upside down).
    """

    image: np.ndarray
    corners: np.ndarray | None
    background: str
    page_size: str | None
    cut_off: bool = False
    effects: tuple[str, ...] = ()
    person: SyntheticPerson | None = None
    payload: str | None = None
    page_image: np.ndarray | None = field(default=None, repr=False)
    page_corners: np.ndarray | None = None

    @property
    def upright_turns(self) -> int:
        """Clockwise quarter turns that make the page rectified from ``corners`` (top-left first) read upright: one
        turn brings the bottom-left corner to the top-left, and so on, so it is where the page's own top-left lies."""
        assert self.corners is not None and self.page_corners is not None
        first = int(np.argmin(np.linalg.norm(self.corners - self.page_corners[0], axis=1)))
        return (-first) % 4


def order_corners(points: np.ndarray) -> np.ndarray:
    """Four points clockwise (in image coordinates, y down) starting from the one with min x + y."""
    pts = np.asarray(points, dtype=np.float64).reshape(4, 2)
    centre = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    pts = pts[np.argsort(angles)]  # increasing angle = clockwise on screen
    start = int(np.argmin(pts.sum(axis=1)))
    return np.roll(pts, -start, axis=0).astype(np.float32)


@lru_cache(maxsize=64)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size=max(6, size))


class SyntheticDocumentGenerator:
    """Reproducible generator of document photos; one instance per seed."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)

    # ------------------------------------------------------------------ page content
    def render_page(self, size: str = "A4", width_px: int = 1000) -> np.ndarray:
        """A flat page (BGR) with text lines, a heading, maybe a table, a stamp and a signature."""
        rng = self.rng
        w_mm, h_mm = PAGE_SIZES_MM[size]
        width_px = int(width_px)
        height_px = int(round(width_px * h_mm / w_mm))
        tint = rng.choice(((255, 255, 255), (250, 250, 246), (246, 244, 236), (238, 240, 242), (252, 250, 240)))
        page = Image.new("RGB", (width_px, height_px), tint)
        draw = ImageDraw.Draw(page)
        unit = width_px / w_mm  # px per mm
        margin_x = int(unit * rng.uniform(15, 25))
        y = int(unit * rng.uniform(12, 20))
        ink = rng.choice(((20, 20, 20), (35, 35, 45), (10, 10, 60)))
        small = _font(int(unit * 3.2))
        bold = _font(int(unit * 3.4), bold=True)
        draw.text((width_px // 2, y), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=bold, fill=ink, anchor="mt")
        y += int(unit * 5)
        draw.text((width_px // 2, y), "Độc lập - Tự do - Hạnh phúc", font=bold, fill=ink, anchor="mt")
        y += int(unit * 12)
        heading = _font(int(unit * rng.uniform(4.2, 5.2)), bold=True)
        draw.text((width_px // 2, y), rng.choice(_HEADINGS), font=heading, fill=ink, anchor="mt")
        y += int(unit * 12)
        body = _font(int(unit * rng.uniform(3.0, 3.8)))
        line_h = int(unit * rng.uniform(5.5, 7.0))
        bottom = height_px - int(unit * 45)
        text_w = width_px - 2 * margin_x
        table_done = False
        while y < bottom:
            if not table_done and rng.random() < 0.12 and y < bottom - unit * 50:
                y = self._draw_table(draw, margin_x, y, text_w, unit, ink, small)
                table_done = True
                continue
            sentence = rng.choice(_SENTENCES)
            words = sentence.split()
            line = ""
            for word in words:
                probe = (line + " " + word).strip()
                if draw.textlength(probe, font=body) > text_w:
                    break
                line = probe
            draw.text((margin_x + (unit * 6 if rng.random() < 0.2 else 0), y), line, font=body, fill=ink)
            y += line_h
            if rng.random() < 0.1:
                y += line_h
        sign_x = width_px - margin_x - int(unit * 60)
        draw.text((sign_x + int(unit * 30), bottom + int(unit * 4)), "NGƯỜI ĐỀ NGHỊ", font=bold, fill=ink,
                  anchor="mt")
        self._draw_signature(draw, sign_x + int(unit * 12), bottom + int(unit * 14), unit)
        if rng.random() < 0.7:
            self._draw_stamp(page, sign_x + int(unit * 22), bottom + int(unit * 20), unit)
        return cv2.cvtColor(np.asarray(page), cv2.COLOR_RGB2BGR)

    def _draw_table(self, draw: ImageDraw.ImageDraw, x0: int, y: int, width: int, unit: float,
                    ink: tuple[int, int, int], font: ImageFont.FreeTypeFont) -> int:
        rng = self.rng
        cols = rng.choice((3, 4))
        rows = rng.randint(3, 6)
        row_h = int(unit * 8)
        col_w = width / cols
        for r in range(rows + 1):
            draw.line([(x0, y + r * row_h), (x0 + width, y + r * row_h)], fill=ink, width=max(1, int(unit * 0.3)))
        for c in range(cols + 1):
            x = int(x0 + c * col_w)
            draw.line([(x, y), (x, y + rows * row_h)], fill=ink, width=max(1, int(unit * 0.3)))
        cells = ("STT", "Tên giấy tờ", "Bản chính", "Bản sao", "Số lượng", "Ghi chú", "01", "02", "Đơn đề nghị")
        for r in range(rows):
            for c in range(cols):
                draw.text((int(x0 + c * col_w + unit * 2), y + r * row_h + int(unit * 2)), rng.choice(cells),
                          font=font, fill=ink)
        return y + rows * row_h + int(unit * 6)

    def _draw_signature(self, draw: ImageDraw.ImageDraw, x: int, y: int, unit: float) -> None:
        rng = self.rng
        points = []
        for i in range(40):
            t = i / 39
            points.append((x + t * unit * 40 + rng.uniform(-1, 1) * unit,
                           y + math.sin(t * rng.uniform(8, 14)) * unit * 4 + rng.uniform(-1, 1) * unit))
        draw.line(points, fill=(30, 40, 150), width=max(1, int(unit * 0.5)))

    def _draw_stamp(self, page: Image.Image, cx: int, cy: int, unit: float) -> None:
        radius = int(unit * 17)
        layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        red = (200, 30, 40, int(self.rng.uniform(150, 220)))
        width = max(2, int(unit * 0.8))
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=red, width=width)
        draw.ellipse([cx - radius * 0.7, cy - radius * 0.7, cx + radius * 0.7, cy + radius * 0.7], outline=red,
                     width=width)
        draw.text((cx, cy), "★", font=_font(int(unit * 8)), fill=red, anchor="mm")
        font = _font(int(unit * 2.6), bold=True)
        text = "BỘ KHOA HỌC VÀ CÔNG NGHỆ * "
        for i, ch in enumerate(text):
            angle = -math.pi / 2 + 2 * math.pi * i / len(text)
            r = radius * 0.85
            draw.text((cx + r * math.cos(angle), cy + r * math.sin(angle)), ch, font=font, fill=red, anchor="mm")
        page.paste(layer, (0, 0), layer)

    # ------------------------------------------------------------------ ID cards
    def person(self) -> SyntheticPerson:
        """Made-up personal data (not a real person's)."""
        rng = self.rng
        sex = rng.choice(("Nam", "Nữ"))
        middle = "Thị" if sex == "Nữ" and rng.random() < 0.6 else rng.choice(_MIDDLE)
        name = f"{rng.choice(_SURNAMES)} {middle} {rng.choice(_GIVEN)}"
        dob = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 55))
        issue = date(2021, 1, 1) + timedelta(days=rng.randint(0, 365 * 4))
        province = rng.choice(("001", "079", "048", "092", "031", "046"))
        century = "0" if sex == "Nam" else "1"  # born 1900-1999: 0 male, 1 female
        if dob.year >= 2000:
            century = "2" if sex == "Nam" else "3"
        number = province + century + f"{dob.year % 100:02d}" + f"{rng.randint(0, 999999):06d}"
        old = f"{rng.randint(0, 999999999):09d}" if rng.random() < 0.6 else ""
        address = f"Số {rng.randint(1, 200)} phố {rng.choice(_GIVEN)}, {rng.choice(_PLACES)}"
        return SyntheticPerson(number, old, name, dob, sex, address, issue)

    def render_id_card(self, side: str, person: SyntheticPerson, width_px: int = 856) -> np.ndarray:
        """A flat ID-1 card (BGR), ``side`` "front" or "back", with rounded corners on transparent black."""
        height_px = int(round(width_px * 53.98 / 85.6))
        unit = width_px / 85.6
        card = Image.new("RGB", (width_px, height_px), (232, 240, 236) if side == "front" else (236, 236, 240))
        draw = ImageDraw.Draw(card)
        for i in range(0, width_px + height_px, max(3, int(unit * 1.5))):  # guilloche-like background
            draw.line([(i, 0), (i - height_px, height_px)], fill=(214, 228, 222), width=1)
        ink = (25, 30, 40)
        if side == "front":
            draw.text((width_px * 0.58, unit * 4), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=_font(int(unit * 2.6), True),
                      fill=ink, anchor="mt")
            draw.text((width_px * 0.58, unit * 8), "Độc lập - Tự do - Hạnh phúc", font=_font(int(unit * 2.4), True),
                      fill=ink, anchor="mt")
            draw.text((width_px * 0.58, unit * 13), "CĂN CƯỚC CÔNG DÂN", font=_font(int(unit * 4), True),
                      fill=(170, 20, 30), anchor="mt")
            x0, y0 = int(unit * 5), int(unit * 18)
            draw.rectangle([x0, y0, x0 + int(unit * 20), y0 + int(unit * 26)], fill=(200, 205, 215))
            draw.ellipse([x0 + unit * 5, y0 + unit * 3, x0 + unit * 15, y0 + unit * 15], fill=(120, 110, 105))
            draw.ellipse([x0 + unit * 2, y0 + unit * 15, x0 + unit * 18, y0 + unit * 34], fill=(60, 70, 100))
            tx = int(unit * 29)
            label = _font(int(unit * 2.2))
            value = _font(int(unit * 3), True)
            rows = (("Số / No.:", person.id_number), ("Họ và tên / Full name:", person.full_name.upper()),
                    ("Ngày sinh / Date of birth:", person.date_of_birth.strftime("%d/%m/%Y")),
                    ("Giới tính / Sex:", person.sex), ("Nơi thường trú / Place of residence:", person.address))
            y = int(unit * 19)
            for key, val in rows:
                draw.text((tx, y), key, font=label, fill=ink)
                draw.text((tx, y + int(unit * 2.6)), val, font=value, fill=ink)
                y += int(unit * 6.6)
        else:
            qr = segno.make(person.qr_payload, error="m", micro=False)
            buf = io.BytesIO()
            qr.save(buf, kind="png", scale=4, border=2)
            buf.seek(0)
            qr_img = Image.open(buf).convert("RGB")
            side_px = int(unit * 22)
            qr_img = qr_img.resize((side_px, side_px), Image.Resampling.NEAREST)
            card.paste(qr_img, (width_px - side_px - int(unit * 5), int(unit * 4)))
            draw.text((unit * 5, unit * 5), "Đặc điểm nhân dạng / Personal identification:",
                      font=_font(int(unit * 2.2)), fill=ink)
            draw.text((unit * 5, unit * 9), "Nốt ruồi C:1cm trên sau cánh mũi trái", font=_font(int(unit * 2.4)),
                      fill=ink)
            draw.text((unit * 5, unit * 14), f"Ngày, tháng, năm / Date: {person.issue_date.strftime('%d/%m/%Y')}",
                      font=_font(int(unit * 2.2)), fill=ink)
            for k in range(2):
                fx = int(unit * (5 + k * 17))
                draw.rectangle([fx, int(unit * 18), fx + int(unit * 14), int(unit * 34)], outline=ink, width=2)
                for r in range(2, 14, 2):
                    draw.ellipse([fx + unit * 7 - r * unit * 0.45, unit * 26 - r * unit * 0.55,
                                  fx + unit * 7 + r * unit * 0.45, unit * 26 + r * unit * 0.55], outline=(90, 90, 90))
            mono = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), int(unit * 3.2))
            mrz = (f"IDVNM{person.id_number[3:]}{person.id_number}<<1",
                   f"{person.date_of_birth.strftime('%y%m%d')}7{'M' if person.sex == 'Nam' else 'F'}"
                   f"{(person.issue_date + timedelta(days=365 * 20)).strftime('%y%m%d')}5VNM<<<<<<<<<<<8",
                   person.full_name.upper().replace(" ", "<")[:30].ljust(30, "<"))
            for i, line in enumerate(mrz):
                draw.text((unit * 4, unit * (39 + i * 4.6)), line[:30], font=mono, fill=ink)
        arr = cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR)
        return arr

    # ------------------------------------------------------------------ scenes
    def background(self, kind: str, width: int, height: int) -> np.ndarray:
        """A surface of the given kind, float32 BGR 0..255."""
        rng, nrng = self.rng, self.np_rng
        if kind == "dark":
            base = np.array([rng.uniform(15, 70)] * 3) + np.array([rng.uniform(-8, 8) for _ in range(3)])
            img = np.empty((height, width, 3), np.float32)
            img[:] = base
            img += self._lowfreq(width, height, 6, rng.uniform(5, 18))[..., None]
        elif kind == "light":
            level = rng.uniform(185, 240)
            tint = np.array([rng.uniform(-10, 4), rng.uniform(-5, 5), rng.uniform(-4, 10)])
            img = np.empty((height, width, 3), np.float32)
            img[:] = level + tint
            img += self._lowfreq(width, height, 5, rng.uniform(3, 10))[..., None]
            if rng.random() < 0.3:  # faint texture of a laminate or fabric
                img += nrng.normal(0, rng.uniform(2, 5), (height, width, 1)).astype(np.float32)
        elif kind == "wood":
            img = self._wood(width, height)
        elif kind == "cluttered":
            img = self._cluttered(width, height)
        else:
            raise ValueError(f"unknown background {kind!r}; choose one of {BACKGROUNDS}")
        return img

    def _lowfreq(self, width: int, height: int, cells: int, amplitude: float) -> np.ndarray:
        small = self.np_rng.normal(0, 1, (cells, max(2, int(cells * width / height)))).astype(np.float32)
        return cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC) * amplitude

    def _wood(self, width: int, height: int) -> np.ndarray:
        rng = self.rng
        yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
        plank_h = rng.uniform(90, 220) * height / 720
        angle = rng.uniform(-0.3, 0.3)
        v = yy * math.cos(angle) + xx * math.sin(angle)
        u = xx * math.cos(angle) - yy * math.sin(angle)
        warp = self._lowfreq(width, height, 4, rng.uniform(10, 30))
        grain = np.sin((v + warp + 0.02 * u) * rng.uniform(0.15, 0.45)) * 0.5 + 0.5
        grain = grain ** rng.uniform(1.0, 3.0)
        plank = np.floor(v / plank_h)
        plank_shift = (np.sin(plank * 12.9898) * 43758.5453) % 1.0
        light = rng.uniform(0.55, 1.1)
        base = np.array([40, 80, 140], np.float32) * light
        img = base[None, None, :] * (0.75 + 0.25 * grain[..., None] + 0.15 * (plank_shift[..., None] - 0.5))
        gap = np.abs(((v / plank_h) % 1.0) - 0.0) * plank_h
        img[gap < 2.0] *= 0.45
        img += self.np_rng.normal(0, 3, (height, width, 1)).astype(np.float32)
        return np.asarray(img, np.float32)

    def _cluttered(self, width: int, height: int) -> np.ndarray:
        rng = self.rng
        base_kind = rng.choice(("dark", "light", "wood"))
        img = self.background(base_kind, width, height)
        scale = min(width, height) / 720
        for _ in range(rng.randint(5, 14)):
            colour = [rng.uniform(0, 255) for _ in range(3)]
            cx, cy = rng.uniform(0, width), rng.uniform(0, height)
            shape = rng.choice(("pen", "coin", "note", "cable", "cup", "phone", "keys"))
            if shape == "pen":
                length, angle = rng.uniform(100, 220) * scale, rng.uniform(0, math.pi)
                p1 = (int(cx - length / 2 * math.cos(angle)), int(cy - length / 2 * math.sin(angle)))
                p2 = (int(cx + length / 2 * math.cos(angle)), int(cy + length / 2 * math.sin(angle)))
                cv2.line(img, p1, p2, colour, max(2, int(rng.uniform(6, 12) * scale)), cv2.LINE_AA)
            elif shape in ("coin", "cup"):
                r = rng.uniform(12, 25) * scale if shape == "coin" else rng.uniform(40, 70) * scale
                cv2.circle(img, (int(cx), int(cy)), int(r), colour, -1, cv2.LINE_AA)
                if shape == "cup":
                    cv2.circle(img, (int(cx), int(cy)), int(r * 0.8), [c * 0.6 for c in colour], -1, cv2.LINE_AA)
            elif shape in ("note", "phone"):
                w = rng.uniform(50, 80) * scale
                h = w * (1.0 if shape == "note" else 2.0)
                box = cv2.boxPoints(((cx, cy), (w, h), rng.uniform(0, 180))).astype(np.int32)
                fill = colour if shape == "note" else [rng.uniform(10, 40)] * 3
                cv2.fillPoly(img, [box], fill, cv2.LINE_AA)
            elif shape == "cable":
                pts = [(cx, cy)]
                for _ in range(6):
                    cx += rng.uniform(-80, 80) * scale
                    cy += rng.uniform(-80, 80) * scale
                    pts.append((cx, cy))
                cv2.polylines(img, [np.array(pts, np.int32)], False, colour, max(2, int(4 * scale)), cv2.LINE_AA)
            else:
                for _ in range(3):
                    cv2.ellipse(img, (int(cx + rng.uniform(-20, 20)), int(cy + rng.uniform(-20, 20))),
                                (int(rng.uniform(8, 20) * scale), int(rng.uniform(4, 10) * scale)),
                                rng.uniform(0, 180), 0, 360, (150, 160, 170), -1, cv2.LINE_AA)
        return img

    def _page_quad(self, width: int, height: int, aspect: float, scale_range: tuple[float, float],
                   cut_off: bool) -> np.ndarray:
        """Corners of the page in the frame in the page's own order (its top-left first, clockwise).

        Rotation, perspective tilt and position are random; the page is fully inside unless cut_off.
        """
        rng = self.rng
        for _attempt in range(200):
            r = rng.random()
            if r < 0.6:
                angle = rng.uniform(-12, 12)
            elif r < 0.8:
                angle = rng.uniform(-35, 35)
            else:
                angle = 90 + rng.uniform(-20, 20)
            long_side = min(width, height) * rng.uniform(*scale_range)
            if aspect > 1:  # landscape object such as a card
                pw, ph = long_side, long_side / aspect
            else:
                pw, ph = long_side * aspect, long_side
            rect = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
            jitter = rng.uniform(0.0, 0.09)
            rect = rect + np.array([[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(4)]) * jitter * long_side
            # a perspective tilt: one side shorter than the other
            tilt = rng.uniform(-0.12, 0.12)
            rect[0:2, 0] *= 1 - tilt
            rect[2:4, 0] *= 1 + tilt
            a = math.radians(angle)
            rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
            quad = rect @ rot.T
            mn, mx = quad.min(axis=0), quad.max(axis=0)
            margin = 12
            lo_x, hi_x = margin - mn[0], width - margin - mx[0]
            lo_y, hi_y = margin - mn[1], height - margin - mx[1]
            if cut_off:
                side = rng.choice(("x0", "x1", "y0", "y1"))
                over = rng.uniform(0.05, 0.25) * long_side
                cx = rng.uniform(min(lo_x, hi_x), max(lo_x, hi_x))
                cy = rng.uniform(min(lo_y, hi_y), max(lo_y, hi_y))
                if side == "x0":
                    cx = -mn[0] - over
                elif side == "x1":
                    cx = width - mx[0] + over
                elif side == "y0":
                    cy = -mn[1] - over
                else:
                    cy = height - mx[1] + over
                q = quad + [cx, cy]
                inside = ((q[:, 0] >= 0) & (q[:, 0] < width) & (q[:, 1] >= 0) & (q[:, 1] < height)).sum()
                if inside >= 2:
                    return np.asarray(q, np.float32)
                continue
            if lo_x > hi_x or lo_y > hi_y:
                continue
            cx = rng.uniform(lo_x, hi_x)
            cy = rng.uniform(lo_y, hi_y)
            return np.asarray(quad + [cx, cy], np.float32)
        raise RuntimeError("could not place the page in the frame")

    def document_photo(self, width: int = 1280, height: int = 720, background: str | None = None,
                       size: str | None = None, cut_off: bool = False,
                       scale_range: tuple[float, float] = (0.6, 0.97)) -> SyntheticPhoto:
        """A photo of one page on a surface with the usual defects, and its corners."""
        rng = self.rng
        background = background or rng.choice(BACKGROUNDS)
        size = size or rng.choice(("A4", "A4", "A4", "A5", "letter"))
        w_mm, h_mm = PAGE_SIZES_MM[size]
        quad = self._page_quad(width, height, w_mm / h_mm, scale_range, cut_off)
        side = float(np.linalg.norm(quad[1] - quad[0]) + np.linalg.norm(quad[2] - quad[1]))
        page = self.render_page(size, width_px=int(np.clip(side * 0.75, 300, 2600)))
        return self._compose(page, quad, width, height, background, size, cut_off)

    def id_card_photo(self, side: str = "back", width: int = 1280, height: int = 720,
                      person: SyntheticPerson | None = None, background: str | None = None) -> SyntheticPhoto:
        """A photo of a chip ID card; the back carries the QR code of ``person``'s payload."""
        person = person or self.person()
        background = background or self.rng.choice(("dark", "wood", "light"))
        quad = self._page_quad(width, height, 85.6 / 53.98, (0.55, 0.85), False)
        side_px = float(np.linalg.norm(quad[1] - quad[0]) + np.linalg.norm(quad[2] - quad[1]))
        card = self.render_id_card(side, person, width_px=int(np.clip(side_px * 0.8, 400, 2000)))
        photo = self._compose(card, quad, width, height, background, "ID-1", False, mild=True, rounded=True)
        photo.person = person
        photo.payload = person.qr_payload if side == "back" else None
        return photo

    def empty_frame(self, width: int = 1280, height: int = 720, background: str | None = None) -> SyntheticPhoto:
        """A frame with no page: the surface with its lighting, shadows, glare, blur and noise."""
        background = background or self.rng.choice(BACKGROUNDS)
        img = self.background(background, width, height)
        effects = self._lighting(img, None, width, height)
        image = self._camera(img, effects)
        return SyntheticPhoto(image, None, background, None, False, tuple(effects))

    def _compose(self, page: np.ndarray, quad: np.ndarray, width: int, height: int, background: str,
                 size: str, cut_off: bool, mild: bool = False, rounded: bool = False) -> SyntheticPhoto:
        rng = self.rng
        img = self.background(background, width, height)
        ph, pw = page.shape[:2]
        src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
        # quad is in the page's own corner order; sometimes the page lies upside down
        k = rng.choice((0, 0, 0, 2)) if not rounded else 0
        dst = np.roll(quad, k, axis=0)
        matrix = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
        effects: list[str] = []
        if rng.random() < 0.5 and not mild:  # page slightly lifted: a soft drop shadow on the surface
            offset = np.array([rng.uniform(-8, 8), rng.uniform(2, 10)])
            shadow: np.ndarray = np.zeros((height, width), np.float32)
            cv2.fillConvexPoly(shadow, np.round((quad + offset) * 16).astype(np.int32), 1.0, cv2.LINE_AA, 4)
            shadow = cv2.GaussianBlur(shadow, (0, 0), rng.uniform(3, 9))
            img *= (1 - rng.uniform(0.15, 0.4) * shadow)[..., None]
            effects.append("drop_shadow")
        mask_src = np.full((ph, pw), 255, np.uint8)
        if rounded:
            r = int(pw * 3.2 / 85.6)
            mask_src[:] = 0
            cv2.rectangle(mask_src, (r, 0), (pw - r, ph), 255, -1)
            cv2.rectangle(mask_src, (0, r), (pw, ph - r), 255, -1)
            for cx, cy in ((r, r), (pw - r, r), (r, ph - r), (pw - r, ph - r)):
                cv2.circle(mask_src, (cx, cy), r, 255, -1, cv2.LINE_AA)
        warped = cv2.warpPerspective(page, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
        mask = cv2.warpPerspective(mask_src, matrix, (width, height), flags=cv2.INTER_LINEAR)
        alpha = (mask.astype(np.float32) / 255.0)[..., None]
        img = img * (1 - alpha) + warped.astype(np.float32) * alpha
        if not mild and rng.random() < 0.35:
            effects.append("thumb")
            self._thumb(img, quad)
        effects += self._lighting(img, quad, width, height, mild=mild)
        image = self._camera(img, effects, mild=mild)
        return SyntheticPhoto(image, order_corners(quad), background, size, cut_off, tuple(effects),
                              page_image=page, page_corners=dst.astype(np.float32))

    def _thumb(self, img: np.ndarray, quad: np.ndarray) -> None:
        rng = self.rng
        i = rng.randrange(4)
        a, b = quad[i], quad[(i + 1) % 4]
        t = rng.uniform(0.2, 0.8)
        p = a + (b - a) * t
        edge = (b - a) / (np.linalg.norm(b - a) + 1e-9)
        outward = np.array([edge[1], -edge[0]])
        if np.dot(outward, p - quad.mean(axis=0)) < 0:
            outward = -outward
        scale = np.linalg.norm(b - a) / 500
        length, breadth = rng.uniform(70, 110) * scale, rng.uniform(28, 40) * scale
        centre = p + outward * length * rng.uniform(0.2, 0.6)
        angle = math.degrees(math.atan2(outward[1], outward[0]))
        skin = np.array([rng.uniform(110, 160), rng.uniform(140, 180), rng.uniform(190, 235)], np.float32)
        mask: np.ndarray = np.zeros(img.shape[:2], np.float32)
        cv2.ellipse(mask, (int(centre[0]), int(centre[1])), (int(length), int(breadth)), angle, 0, 360, 1.0, -1,
                    cv2.LINE_AA)
        tail = centre + outward * length * 1.8
        cv2.line(mask, (int(centre[0]), int(centre[1])), (int(tail[0]), int(tail[1])), 1.0,
                 int(breadth * 2), cv2.LINE_AA)
        mask = cv2.GaussianBlur(mask, (0, 0), 1.5)[..., None]
        img[:] = img * (1 - mask) + skin * mask

    def _lighting(self, img: np.ndarray, quad: np.ndarray | None, width: int, height: int,
                  mild: bool = False) -> list[str]:
        rng = self.rng
        effects: list[str] = []
        yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
        if rng.random() < 0.7:  # uneven light: a ramp and vignetting
            gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
            ramp = 1 + rng.uniform(0.1, 0.35) * ((xx / width - 0.5) * gx + (yy / height - 0.5) * gy)
            vignette = 1 - rng.uniform(0, 0.25) * (((xx / width - 0.5) ** 2 + (yy / height - 0.5) ** 2) * 2)
            img *= (ramp * vignette)[..., None]
            effects.append("uneven_light")
        if rng.random() < (0.2 if mild else 0.4):  # a soft shadow of the citizen or an arm over part of it
            mask: np.ndarray = np.zeros((height, width), np.float32)
            cx, cy = rng.uniform(0, width), rng.uniform(0, height)
            pts = []
            for k in range(7):
                ang = 2 * math.pi * k / 7 + rng.uniform(-0.3, 0.3)
                r = rng.uniform(0.2, 0.6) * width
                pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
            cv2.fillPoly(mask, [np.array(pts, np.int32)], 1.0)
            mask = cv2.GaussianBlur(mask, (0, 0), rng.uniform(10, 40))
            img *= (1 - rng.uniform(0.2, 0.5) * mask)[..., None]
            effects.append("shadow")
        if rng.random() < (0.15 if mild else 0.3):  # glare of a lamp on glossy paper
            if quad is not None:
                w = rng.uniform(0.1, 0.9)
                i = rng.randrange(4)
                c = quad.mean(axis=0) * (1 - w) + quad[i] * w
            else:
                c = np.array([rng.uniform(0, width), rng.uniform(0, height)])
            sx, sy = rng.uniform(20, 90) * width / 1280, rng.uniform(15, 60) * width / 1280
            blob = np.exp(-(((xx - c[0]) / sx) ** 2 + ((yy - c[1]) / sy) ** 2) / 2)
            img += (rng.uniform(80, 220) * blob)[..., None]
            effects.append("glare")
        return effects

    def _camera(self, img: np.ndarray, effects: list[str], mild: bool = False) -> np.ndarray:
        rng = self.rng
        if rng.random() < (0.15 if mild else 0.35):
            sigma = rng.uniform(0.6, 1.2 if mild else 2.2)
            img = cv2.GaussianBlur(img, (0, 0), sigma)
            effects.append("blur")
        elif not mild and rng.random() < 0.1:
            length = rng.randint(3, 9)
            line = np.zeros((length, length), np.float32)
            line[length // 2, :] = 1 / length
            rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1.0)
            kernel = np.asarray(cv2.warpAffine(line, rot, (length, length)), np.float32)
            kernel /= max(kernel.sum(), 1e-6)
            img = cv2.filter2D(img, -1, kernel)
            effects.append("motion_blur")
        img = img + self.np_rng.normal(0, rng.uniform(1.5, 6.0), img.shape).astype(np.float32)
        out: np.ndarray = np.clip(img, 0, 255).astype(np.uint8)
        quality = rng.randint(35, 92)
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])
        decoded = cv2.imdecode(buf, cv2.IMREAD_COLOR) if ok else None
        if decoded is not None:
            out = decoded
            effects.append(f"jpeg{quality}")
        return out
