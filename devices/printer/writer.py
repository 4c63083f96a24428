"""Write a print job through a python-escpos printer object: raster (default) or code-page text.

Every transport (USB, serial, network, CUPS, file, Dummy) receives the same bytes from here.
"""
from __future__ import annotations

import copy
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from escpos.escpos import Escpos
from PIL import Image as PILImage

from devices.printer.job import Cut, Element, Feed, Image, PrintJob, QrCode, Rule, TextLine
from devices.printer.raster import DOTS_PER_MM, RasterRenderer, paper_dots

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng


def vietnamese_cp1258(text: str) -> str:
    """Rewrite Vietnamese text into what CP1258 can encode: vowels with their circumflex/breve/horn
    precomposed, tone marks as combining characters (CP1258 has no precomposed toned vowels)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + tones)
    return "".join(out)


TEXT_LINE_MM = 30 / DOTS_PER_MM  # ESC/POS default line spacing (1/6 inch)
CUT_FEED_MM = 6 * TEXT_LINE_MM  # python-escpos feeds 6 lines before cutting


def set_paper_width(printer: Escpos, paper_mm: int) -> Escpos:
    """Give the printer its own copy of its capability profile with this paper's width in dots."""
    profile = printer.profile
    data = copy.deepcopy(profile.profile_data)
    data.setdefault("media", {}).setdefault("width", {})
    data["media"]["width"]["pixels"] = paper_dots(paper_mm)
    data["media"]["width"]["mm"] = paper_mm
    profile.profile_data = data
    return printer


@dataclass
class WriteResult:
    """What went to the printer: the length of paper used and the raster images printed."""

    length_mm: float = 0.0
    images: list[PILImage.Image] = field(default_factory=list)


class JobWriter:
    """Turns a PrintJob into python-escpos calls."""

    def __init__(self, paper_mm: int = 80, text_mode: Literal["raster", "codepage"] = "raster",
                 qr_mode: Literal["raster", "native"] = "raster", codepage: str | None = None) -> None:
        self.paper_mm = paper_mm
        self.text_mode = text_mode
        self.qr_mode = qr_mode
        self.codepage = codepage
        self.renderer = RasterRenderer(paper_mm)

    def write(self, printer: Escpos, job: PrintJob) -> WriteResult:
        result = WriteResult()
        printer.hw("INIT")
        if self.text_mode == "codepage" and self.codepage:
            printer.charcode(self.codepage)
        for elements, cut in job.sections():
            if self.text_mode == "raster":
                self._raster_section(printer, elements, result)
            else:
                self._text_section(printer, elements, result)
            self._cut(printer, cut, result)
        return result

    def _raster_section(self, printer: Escpos, elements: list[Element], result: WriteResult) -> None:
        # native QR codes interrupt the raster image; everything else is one image per run
        run: list[Element] = []
        for element in elements:
            if isinstance(element, QrCode) and self.qr_mode == "native":
                self._image(printer, run, result)
                run = []
                self._native_qr(printer, element, result)
            else:
                run.append(element)
        self._image(printer, run, result)

    def _image(self, printer: Escpos, elements: list[Element], result: WriteResult) -> None:
        if not elements:
            return
        image = self.renderer.render(elements)
        printer.image(image, impl="bitImageRaster")
        result.images.append(image)
        result.length_mm += image.height / DOTS_PER_MM

    def _native_qr(self, printer: Escpos, element: QrCode, result: WriteResult) -> None:
        size = max(1, min(16, round(element.module_mm * DOTS_PER_MM)))
        printer.set(align=element.align)
        printer.qr(element.data, size=size, native=True)
        printer.set(align="left")
        result.length_mm += (len(element.data) // 10 + 25) * size / DOTS_PER_MM  # rough estimate

    def _text_section(self, printer: Escpos, elements: list[Element], result: WriteResult) -> None:
        for element in elements:
            if isinstance(element, TextLine):
                big = element.size in ("large", "huge")
                printer.set(align=element.align, bold=element.bold,
                            double_height=big, double_width=element.size == "huge",
                            font="b" if element.size == "small" else "a")
                cp1258 = (self.codepage or "").upper() == "CP1258"
                printer.textln(vietnamese_cp1258(element.text) if cp1258 else element.text)
                lines = element.text.count("\n") + 1
                result.length_mm += lines * TEXT_LINE_MM * (2 if big else 1)
            elif isinstance(element, QrCode) and self.qr_mode == "native":
                self._native_qr(printer, element, result)
            elif isinstance(element, (QrCode, Image)):
                self._image(printer, [element], result)
            elif isinstance(element, Rule):
                printer.set(align="left", bold=False, double_height=False, double_width=False)
                columns = 32 if self.paper_mm == 58 else 48
                printer.textln(("- " * columns)[:columns] if element.dashed else "-" * columns)
                result.length_mm += TEXT_LINE_MM
            elif isinstance(element, Feed):
                printer.ln(element.lines)
                result.length_mm += element.lines * TEXT_LINE_MM
        printer.set(align="left", bold=False, double_height=False, double_width=False, font="a")

    def _cut(self, printer: Escpos, cut: Cut, result: WriteResult) -> None:
        printer.cut(mode="PART" if cut.partial else "FULL")
        result.length_mm += CUT_FEED_MM
