"""``kiosk samples --out DIR``: QA material for the simulated camera and QR reader.

Writes synthetic document photos and chip ID-card photos (with their ground truth) and QR captures
(receipt, ID card, phone screen) into DIR. Point the simulated camera at a folder with
``[devices.camera.options] folder = "DIR/documents"``.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import cv2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("samples", help="write synthetic photos for QA (documents, ID cards, QR codes)")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--id-cards", type=int, default=6)
    parser.add_argument("--qr", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from testkit.document_photos import SyntheticDocumentGenerator
    from testkit.qr_captures import write_captures

    generator = SyntheticDocumentGenerator(seed=args.seed)
    truth = []
    for folder, count in (("documents", args.documents), ("id-cards", args.id_cards)):
        target = args.out / folder
        target.mkdir(parents=True, exist_ok=True)
        for i in range(count):
            if folder == "documents":
                photo = generator.document_photo()
            else:
                photo = generator.id_card_photo("front" if i % 2 else "back")
            path = target / f"{i:04d}.jpg"
            cv2.imwrite(str(path), photo.image, [cv2.IMWRITE_JPEG_QUALITY, 90])
            truth.append({"file": str(path.relative_to(args.out)),
                          "corners": photo.corners.round(1).tolist() if photo.corners is not None else None,
                          "qr_payload": photo.payload})
    (args.out / "documents-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.qr:
        write_captures(str(args.out / "qr"), args.qr, seed=args.seed)
    print(f"wrote {args.documents} document photos, {args.id_cards} ID-card photos and {args.qr} QR captures to {args.out}")
    return 0
