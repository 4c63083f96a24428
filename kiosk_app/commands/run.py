"""``kiosk run``: start the kiosk (the composition root of the running application)."""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys

log = logging.getLogger("kiosk.cli")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("run", help="start the kiosk")
    parser.add_argument("--profile", default="simulated", help="profile name in config/ or a path (default: simulated)")
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of kiosk full screen")
    parser.add_argument("--lang", choices=("vi", "en"), help="starting language (default: the profile's)")
    parser.set_defaults(func=run)


def _has_display() -> bool:
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    if not _has_display():
        print("kiosk: no display found (DISPLAY/WAYLAND_DISPLAY unset). Start it from a desktop session,\n"
              "under Xvfb (xvfb-run make run), or set QT_QPA_PLATFORM (e.g. eglfs on a bare kiosk).", file=sys.stderr)
        return 2
    # Imported here, not at the top: `kiosk --help` and the other commands need none of it (issue 20).
    from kiosk_app.chime import build_chime
    from kiosk_app.composition import add_devices, build_flow
    from kiosk_app.logging_setup import configure_logging
    from kiosk_app.maintenance import RESTART_EXIT_CODE
    from kiosk_app.profile import load_profile
    from kiosk_app.services import build_services
    from kiosk_app.speech import build_speaker

    profile = load_profile(args.profile)  # ProfileError is reported by cli.main before any window
    log_path = configure_logging(profile.data_dir / "logs")
    log.info("starting kiosk %s with profile %s (log %s)", profile.kiosk.id, profile.name, log_path)

    from ui.app import build_window, create_qapp  # the GUI is imported only by the GUI command

    app = create_qapp()
    # The embedded backend's port is bound now; its child process starts after the first paint (services.start).
    services = build_services(profile, with_devices=False, embedded_process=True)
    flow = build_flow(profile, language=args.lang, services=services)
    accessibility = profile.accessibility
    # Utterances may contain personal data: files of them only in the QA profile's wav mode (see speech.py).
    speaker = build_speaker(accessibility.speech_output, profile.data_dir, accessibility.speech_rate_wpm)
    chime = build_chime(accessibility.speech_output, profile.data_dir)  # the idle warning's sound
    window = build_window(flow, kiosk_mode=profile.kiosk.kiosk_mode and not args.windowed, speaker=speaker,
                          speech_on_keypad=accessibility.speech_on_keypad, chime=chime)
    def terminate(_signal: int, _frame: object) -> None:
        window.shutdown()
        app.quit()

    signal.signal(signal.SIGTERM, terminate)
    if window.kiosk_mode:
        window.setGeometry(app.primaryScreen().geometry())  # also without a window manager
        window.showFullScreen()
    else:
        window.resize(1600, 900)
        window.show()
    def after_first_paint() -> None:
        """The window first (issue 20): devices (OpenCV, printer drivers) and the embedded backend's child
        process are built and started once the first screen is on the panel."""
        add_devices(flow, services, profile)
        services.start()

    window.first_painted.connect(after_first_paint)
    flow.start()
    try:
        code = app.exec()
    finally:
        flow.stop()
        flow.session.wipe()
        services.stop()
        log.info("kiosk stopped")
    if code == RESTART_EXIT_CODE:  # maintenance mode asked for a restart: the same command again
        log.info("restarting the kiosk")
        os.execv(sys.executable, [sys.executable, "-m", "kiosk_app.cli", *sys.argv[1:]])
    return code
