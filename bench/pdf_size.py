"""PDF size and processing-time benchmark of digitized pages.

Synthetic A4 documents are photographed at 3264x2448 (an 8 MP document camera), rectified from the
ground-truth corners, enhanced in each mode and encoded; each mode's pages are assembled into PDFs by
img2pdf and by reportlab side by side. Prints KB per A4 page for each mode and writer, the time of
rectify + enhance per page at 300 dpi, writes sample PDFs to out/bench_pdf/ for a look, and ends with
ONE JSON line: {"bw_300dpi_kb": x, "grey_200dpi_kb": x, "colour_200dpi_kb": x, "process_ms_300dpi": t}
(sizes with the writer the kiosk uses, img2pdf).

Run: .venv/bin/python bench/pdf_size.py [--pages 6]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk_app.digitize.enhance import EnhanceMode, enhance  # noqa: E402
from kiosk_app.digitize.pdf import PdfWriter, build_component_pdf, encode_page  # noqa: E402
from kiosk_app.digitize.rectify import PageSize, rectify_page  # noqa: E402
from kiosk_app.digitize.settings import DigitizeSettings  # noqa: E402
from testkit.document_photos import SyntheticDocumentGenerator  # noqa: E402

CASES = (("bw", EnhanceMode.BLACK_WHITE, 300), ("grey", EnhanceMode.GREY, 200),
         ("colour", EnhanceMode.COLOUR, 200), ("colour", EnhanceMode.COLOUR, 300))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench_pdf")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    settings = DigitizeSettings()
    generator = SyntheticDocumentGenerator(args.seed)
    photos = [generator.document_photo(3264, 2448, background=bg, size="A4", scale_range=(0.8, 0.95))
              for bg in ("dark", "wood", "light", "cluttered", "dark", "wood")[: args.pages]]
    result: dict[str, float] = {}
    process_ms: list[float] = []
    for name, mode, dpi in CASES:
        encoded = []
        for photo in photos:
            assert photo.corners is not None  # a document photo always carries its page's corners
            start = time.perf_counter()
            page = rectify_page(photo.image, photo.corners, PageSize.A4, dpi)
            clean = enhance(page, mode, settings)
            elapsed = (time.perf_counter() - start) * 1000
            if dpi == 300:
                process_ms.append(elapsed)
            encoded.append(encode_page(clean, mode, dpi, settings.jpeg_quality))
        sizes = {}
        for writer in PdfWriter:
            pdf = build_component_pdf(encoded, title=f"bench {name} {dpi}", subject="pdf_size", writer=writer)
            (args.out / f"{name}_{dpi}dpi_{writer.value}.pdf").write_bytes(pdf)
            sizes[writer] = len(pdf) / 1024 / len(encoded)
        print(f"{name:6s} {dpi} dpi: img2pdf {sizes[PdfWriter.IMG2PDF]:7.1f} KB/page, "
              f"reportlab {sizes[PdfWriter.REPORTLAB]:7.1f} KB/page")
        key = f"{name}_{dpi}dpi_kb"
        if key in ("bw_300dpi_kb", "grey_200dpi_kb", "colour_200dpi_kb"):
            result[key] = round(sizes[PdfWriter.IMG2PDF], 1)
    result["process_ms_300dpi"] = round(statistics.median(process_ms), 1)
    print(f"rectify+enhance at 300 dpi: median {result['process_ms_300dpi']} ms, max {max(process_ms):.1f} ms")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
