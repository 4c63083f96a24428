"""Render a print job to a 1-bit raster image with a Vietnamese-capable font (Noto Sans).

ESC/POS code pages for Vietnamese differ between printer models, so the default is to print text
as an image: 58 mm paper = 384 dots, 80 mm = 576 dots wide at 203 dpi.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
import segno
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from devices.printer.job import Align, Cut, Element, Feed, Image, QrCode, Rule, TextLine

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
DOTS_PER_MM = 203 / 25.4
PAPER_DOTS = {58: 384, 80: 576}
# pixel heights of the text sizes at 203 dpi (normal ~ 3 mm cap height)
TEXT_PX = {"small": 20, "normal": 24, "large": 32, "huge": 44}


def paper_dots(paper_mm: int) -> int:
    """Printable width in dots for 58 or 80 mm paper."""
    try:
        return PAPER_DOTS[paper_mm]
    except KeyError:
        raise ValueError(f"paper width must be 58 or 80 mm, not {paper_mm}") from None


@lru_cache(maxsize=16)
def _font(px: int, bold: bool) -> ImageFont.FreeTypeFont:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), px)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if font.getlength(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
            while font.getlength(line) > width and len(line) > 1:  # one overlong word: hard break
                cut = len(line)
                while cut > 1 and font.getlength(line[:cut]) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def _x(align: Align, content_width: int, width: int) -> int:
    if align == "center":
        return max(0, (width - content_width) // 2)
    if align == "right":
        return max(0, width - content_width)
    return 0


class RasterRenderer:
    """Turns job elements into one white-background, black-ink image (PIL mode "1")."""

    def __init__(self, paper_mm: int = 80, margin_dots: int = 8) -> None:
        self.width = paper_dots(paper_mm)
        self.margin = margin_dots

    def render(self, elements: list[Element]) -> PILImage.Image:
        blocks = [self._block(e) for e in elements if not isinstance(e, Cut)]  # cuts are the writer's job
        height = max(1, sum(b.height for b in blocks))
        page = PILImage.new("L", (self.width, height), 255)
        y = 0
        for block in blocks:
            page.paste(block, (0, y))
            y += block.height
        return page.point(lambda v: 255 if v >= 128 else 0).convert("1")

    # --- one block per element, each exactly paper width ---
    def _block(self, element: Element) -> PILImage.Image:
        inner = self.width - 2 * self.margin
        if isinstance(element, TextLine):
            font = _font(TEXT_PX[element.size], element.bold)
            ascent, descent = font.getmetrics()
            line_h = int((ascent + descent) * 1.08)
            lines = _wrap(element.text, font, inner)
            img = PILImage.new("L", (self.width, line_h * len(lines)), 255)
            draw = ImageDraw.Draw(img)
            for i, line in enumerate(lines):
                x = self.margin + _x(element.align, int(font.getlength(line)), inner)
                draw.text((x, i * line_h), line, font=font, fill=0)
            return img
        if isinstance(element, QrCode):
            qr = segno.make(element.data, error=element.error.lower(), micro=False)
            matrix = np.array(qr.matrix, dtype=np.uint8)
            quiet = 4
            modules = matrix.shape[0] + 2 * quiet
            scale = max(1, min(round(element.module_mm * DOTS_PER_MM), inner // modules))
            code = np.full((modules, modules), 255, np.uint8)
            code[quiet:-quiet, quiet:-quiet] = np.where(matrix > 0, 0, 255)
            code = np.kron(code, np.ones((scale, scale), np.uint8))
            img = PILImage.new("L", (self.width, code.shape[0]), 255)
            img.paste(PILImage.fromarray(code), (self.margin + _x(element.align, code.shape[1], inner), 0))
            return img
        if isinstance(element, Image):
            pixels = element.pixels
            if pixels.ndim == 3:
                pixels = cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)
            target_w = max(1, int(inner * min(1.0, element.width_fraction)))
            scale = target_w / pixels.shape[1]
            resized = cv2.resize(pixels, (target_w, max(1, int(pixels.shape[0] * scale))),
                                 interpolation=cv2.INTER_AREA)
            dithered = PILImage.fromarray(resized).convert("1").convert("L")  # Floyd-Steinberg
            img = PILImage.new("L", (self.width, dithered.height), 255)
            img.paste(dithered, (self.margin + _x(element.align, target_w, inner), 0))
            return img
        if isinstance(element, Rule):
            h = element.thickness_dots + 12
            img = PILImage.new("L", (self.width, h), 255)
            draw = ImageDraw.Draw(img)
            y0 = 6
            if element.dashed:
                for x in range(self.margin, self.width - self.margin, 12):
                    draw.rectangle((x, y0, min(x + 6, self.width - self.margin), y0 + element.thickness_dots - 1), fill=0)
            else:
                draw.rectangle((self.margin, y0, self.width - self.margin, y0 + element.thickness_dots - 1), fill=0)
            return img
        if isinstance(element, Feed):
            return PILImage.new("L", (self.width, max(0, element.lines) * TEXT_PX["normal"] + 1), 255)
        raise TypeError(f"cannot render {type(element).__name__}")
