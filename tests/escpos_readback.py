"""Read back what a printer was sent: the GS v 0 raster images in ESC/POS bytes, and the QR codes on them.

Tests use it to check what the paper really carries (not what the receipt model meant to print):
the raster blocks are decoded bit by bit into one image and zxing-cpp reads the QR codes on it.
"""
from __future__ import annotations

import numpy as np
import zxingcpp
from PIL import Image

GS_V_0 = b"\x1dv0"


def raster_blocks(data: bytes) -> list[np.ndarray]:
    """Every ``GS v 0 m xL xH yL yH d…`` block, in order, as a uint8 array (255 white, 0 black)."""
    blocks: list[np.ndarray] = []
    position = 0
    while (start := data.find(GS_V_0, position)) >= 0:
        header = data[start + 3:start + 8]
        if len(header) < 5:
            break
        width_bytes = header[1] | header[2] << 8
        height = header[3] | header[4] << 8
        size = width_bytes * height
        body = data[start + 8:start + 8 + size]
        if len(body) < size:
            raise ValueError(f"truncated raster block at byte {start}")
        bits = np.unpackbits(np.frombuffer(body, dtype=np.uint8)).reshape(height, width_bytes * 8)
        blocks.append(np.where(bits == 1, 0, 255).astype(np.uint8))
        position = start + 8 + size  # the image data is skipped, so its bytes are never taken for a command
    return blocks


def printed_image(data: bytes) -> Image.Image:
    """All raster blocks stacked top to bottom, as the paper leaves the printer."""
    blocks = raster_blocks(data)
    if not blocks:
        raise ValueError("no GS v 0 raster image in these bytes")
    width = max(block.shape[1] for block in blocks)
    padded = [np.pad(b, ((0, 0), (0, width - b.shape[1])), constant_values=255) for b in blocks]
    return Image.fromarray(np.vstack(padded), mode="L")


def printed_qr_texts(data: bytes) -> list[str]:
    """The text of every QR code printed in these ESC/POS bytes, top to bottom."""
    image = printed_image(data)
    # a quiet zone around the paper's edge, and 2× scaling so 3-dot modules decode reliably
    framed = Image.new("L", (image.width + 80, image.height + 80), 255)
    framed.paste(image, (40, 40))
    framed = framed.resize((framed.width * 2, framed.height * 2), Image.Resampling.NEAREST)
    results = zxingcpp.read_barcodes(framed, formats=zxingcpp.BarcodeFormat.QRCode)
    return [r.text for r in sorted(results, key=lambda r: r.position.top_left.y)]
