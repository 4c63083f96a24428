"""``kiosk screenshots``: render every screen, wizard step and overlay offscreen to PNG files."""
from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from kiosk_app.composition import build_flow
from kiosk_app.profile import load_profile


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("screenshots", help="render every screen to DIR/<screen>.png")
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--size", default="1920x1080", help="window size WxH (default 1920x1080)")
    parser.add_argument("--text-scale", type=float, default=1.0, help="text size factor 1.0 – 2.0")
    parser.add_argument("--theme", choices=("standard", "high-contrast"), default="standard",
                        help="colour theme (default standard)")
    parser.add_argument("--profile", default="simulated")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size)
    if not match:
        raise SystemExit(f"--size must look like 1920x1080, not {args.size!r}")
    width, height = int(match.group(1)), int(match.group(2))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KIOSK_DATA_DIR", str(args.out / ".data"))

    from ui.app import build_window, create_qapp
    from ui.preview import preview_states, settle

    profile = load_profile(args.profile)
    app = create_qapp()  # noqa: F841 (the application lives as long as this function)
    flow = build_flow(profile, language=args.lang)
    flow.set_text_scale(args.text_scale)
    flow.default_text_scale = args.text_scale
    flow.set_theme(args.theme)
    flow.default_theme = args.theme
    window = build_window(flow, kiosk_mode=False)
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def save(name: str) -> None:
        window.resize(width, height)  # a tall screen before must not leave the window taller
        settle(window)
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    for name in preview_states(window, args.lang):
        save(name)
    window.shutdown()
    return 0
