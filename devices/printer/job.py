"""A device-level print job: generic elements (text, QR, image, rule, feed, cut) a receipt is made of.

The printer knows nothing of dossiers; the kiosk core turns receipts, checklists and tickets into jobs.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

Align = Literal["left", "center", "right"]
TextSize = Literal["small", "normal", "large", "huge"]


@dataclass(frozen=True)
class TextLine:
    """A paragraph of text; long lines wrap at word boundaries."""

    text: str
    size: TextSize = "normal"
    bold: bool = False
    align: Align = "left"


@dataclass(frozen=True)
class QrCode:
    """A QR code; ``module_mm`` is the printed size of one module."""

    data: str
    module_mm: float = 0.75
    align: Align = "center"
    error: Literal["L", "M", "Q", "H"] = "M"


@dataclass(frozen=True, eq=False)
class Image:
    """A picture (numpy grey or BGR array), scaled to at most ``width_fraction`` of the paper."""

    pixels: np.ndarray
    width_fraction: float = 1.0
    align: Align = "center"


@dataclass(frozen=True)
class Rule:
    """A horizontal line across the paper."""

    dashed: bool = False
    thickness_dots: int = 2


@dataclass(frozen=True)
class Feed:
    """Blank paper, in text lines."""

    lines: int = 1


@dataclass(frozen=True)
class Cut:
    """Cut the paper here (partial cut leaves a hinge)."""

    partial: bool = False


Element = TextLine | QrCode | Image | Rule | Feed | Cut


@dataclass
class PrintJob:
    """An ordered list of elements; a trailing cut is added by the printer if the job lacks one."""

    elements: list[Element] = field(default_factory=list)
    job_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    title: str = "receipt"

    def text(self, text: str, size: TextSize = "normal", bold: bool = False,
             align: Align = "left") -> PrintJob:
        self.elements.append(TextLine(text, size, bold, align))
        return self

    def qr(self, data: str, module_mm: float = 0.75, align: Align = "center") -> PrintJob:
        self.elements.append(QrCode(data, module_mm, align))
        return self

    def image(self, pixels: np.ndarray, width_fraction: float = 1.0,
              align: Align = "center") -> PrintJob:
        self.elements.append(Image(pixels, width_fraction, align))
        return self

    def rule(self, dashed: bool = False) -> PrintJob:
        self.elements.append(Rule(dashed))
        return self

    def feed(self, lines: int = 1) -> PrintJob:
        self.elements.append(Feed(lines))
        return self

    def cut(self, partial: bool = False) -> PrintJob:
        self.elements.append(Cut(partial))
        return self

    def sections(self) -> list[tuple[list[Element], Cut]]:
        """Split at cuts: each section is printed, then cut. A missing final cut is added."""
        out: list[tuple[list[Element], Cut]] = []
        current: list[Element] = []
        for element in self.elements:
            if isinstance(element, Cut):
                out.append((current, element))
                current = []
            else:
                current.append(element)
        if current or not out:
            out.append((current, Cut()))
        return out
