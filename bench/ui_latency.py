"""UI latency of the kiosk on the simulated profile (issues 7 and 20): start-up, screen switches, search per keystroke.

* ``start_s``: from launching ``kiosk run --windowed`` (offscreen Qt, embedded backend, simulated devices,
  a fresh data directory) to the log line the main window writes when it first paints the welcome screen.
* ``floor_s``: the physical floor, measured in the same run: a bare interpreter that imports PySide6's
  widgets and paints one window (same offscreen platform), from launch to its first paint. The kiosk's
  and the floor's starts are ALTERNATED (kiosk, floor, kiosk, floor, ...) so a load change hits both;
  each figure is the median of ``--starts`` starts. ``start_minus_floor_s`` and ``start_over_floor`` follow.
* ``backend_ready_s``: from launching the kiosk to the first answer of its embedded backend (the
  backend's child process starts after the first paint; the bench asks ``/health`` at the URL the kiosk
  logs when the child is ready).
* ``switch_median_ms``: ``flow.go``/``flow.back`` between the citizen screens, up to the new screen
  painted (the posted layout and paint events delivered), median over every switch of several tours.
* ``search_median_ms``: one keystroke typed into the lookup screen's search field (key event →
  folded, fuzzy search → result rows updated → screen repainted), median over every keystroke of
  several queries, over the real catalogue; ``search_median_ms_5000`` the same over a catalogue scaled
  to 5,000 procedures synthesised from the real one (names recombined, so no two are alike).
* Both starts run with compiled bytecode, as an installed or frozen kiosk does: the bench lets Python
  write it (``PYTHONDONTWRITEBYTECODE`` dropped) into a cache of its own (``PYTHONPYCACHEPREFIX``), and
  starts each once, uncounted, to fill it.
* ``load``: the 1-minute load average before and after the starts (other work on the machine skews
  every figure: quote it with them).

Targets on the reference machine: start ≤ 1.5 s and start − floor ≤ 0.9 s (issue 20), switch ≤ 50 ms,
search ≤ 30 ms at 5,000 (issue 7).
Run: ``.venv/bin/python bench/ui_latency.py [--tours 5] [--starts 5] [--start-only]``; the last line is the JSON result.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk_app.api.schemas import ProcedureDetail

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MARKER = "welcome screen shown"
FLOOR_MARKER = "floor window painted"
BACKEND_LINE = re.compile(r"embedded backend at (http://\S+)")
# The floor: a bare interpreter that imports PySide6's widgets and paints one window.
FLOOR = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    def paintEvent(self, event):
        super().paintEvent(event)
        if not getattr(self, "painted", False):
            self.painted = True
            print({FLOOR_MARKER!r}, file=sys.stderr, flush=True)
            app.quit()

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1600, 900)
window.show()
app.exec()
"""
QUERIES = ("dang ky nhan hieu", "cap giay phep buc xa", "tan so vo tuyen dien", "buu chinh", "ma so ma vach",
           "chuyen giao cong nghe", "kieu dang cong nghiep")


def _log_time(line: str) -> float | None:
    """Seconds of the day of a kiosk log line ('2026-11-28 14:22:23,693 INFO ...')."""
    try:
        clock = line.split(" ", 2)[1]
        hours, minutes, rest = clock.split(":")
        seconds, millis = rest.split(",")
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000
    except (IndexError, ValueError):
        return None


PYCACHE = Path(tempfile.gettempdir()) / "bench-ui-latency-pycache"


def _child_env(**extra: str) -> dict[str, str]:
    """The environment of a measured start: offscreen Qt, bytecode compiled once into the bench's cache."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(PYCACHE), **extra}


def _first_answer(url: str, deadline: float) -> bool:
    """Ask ``url``/health until it answers 200 or the deadline passes."""
    import urllib.request

    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as answer:  # noqa: S310 - loopback URL from the kiosk's log
                if answer.status == 200:
                    return True
        except OSError:
            time.sleep(0.05)
    return False


def measure_start(timeout_s: float = 60.0) -> tuple[float, float]:
    """Seconds from launching ``kiosk run --windowed`` to its 'welcome screen shown' log line, and to the
    first answer of its embedded backend (nan when it never answered)."""
    with tempfile.TemporaryDirectory(prefix="bench-ui-start-") as data:
        env = _child_env(KIOSK_DATA_DIR=data)
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "kiosk_app.cli", "run", "--windowed"], cwd=REPO, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        found, answered = threading.Event(), threading.Event()
        elapsed: dict[str, float] = {}

        def read() -> None:
            assert process.stderr is not None
            for line in process.stderr:
                if MARKER in line and not found.is_set():
                    elapsed["start"] = time.perf_counter() - started
                    found.set()
                match = BACKEND_LINE.search(line)
                if match and not answered.is_set():
                    if _first_answer(match.group(1), started + timeout_s):
                        elapsed["backend"] = time.perf_counter() - started
                    answered.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        ok = found.wait(timeout_s)
        answered.wait(max(0.0, started + timeout_s - time.perf_counter()))
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        reader.join(5)
        if process.stderr is not None:
            process.stderr.close()
        if not ok:
            raise SystemExit(f"the kiosk did not show its welcome screen within {timeout_s:.0f} s")
        return elapsed["start"], elapsed.get("backend", float("nan"))


def measure_floor(timeout_s: float = 60.0) -> float:
    """Seconds from launching a bare PySide6 interpreter to its one window's first paint."""
    env = _child_env()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", FLOOR], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    painted = float("nan")
    assert process.stderr is not None
    for line in process.stderr:
        if FLOOR_MARKER in line:
            painted = time.perf_counter() - started
            break
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.stderr.close()
    if painted != painted:  # nan
        raise SystemExit("the floor window never painted")
    return painted


def measure_starts(count: int) -> dict[str, float]:
    """``count`` kiosk starts and ``count`` floor starts, alternated; medians and the load around them."""
    measure_start()  # uncounted: fills the bytecode cache (and the OS's file cache) for both
    measure_floor()
    load_before = os.getloadavg()[0]
    starts, backends, floors = [], [], []
    for _ in range(count):
        start, backend = measure_start()
        starts.append(start)
        backends.append(backend)
        floors.append(measure_floor())
    load_after = os.getloadavg()[0]
    start_s, floor_s = statistics.median(starts), statistics.median(floors)
    answered = [b for b in backends if b == b]
    backend_s = statistics.median(answered) if answered else float("nan")
    print(f"start-up to welcome screen: {', '.join(f'{s:.2f}' for s in starts)} s (median {start_s:.2f} s)")
    print(f"floor (PySide6 + one window painted): {', '.join(f'{s:.2f}' for s in floors)} s (median {floor_s:.2f} s)")
    print(f"embedded backend's first answer: {', '.join(f'{s:.2f}' for s in backends)} s (median {backend_s:.2f} s)")
    print(f"start - floor {start_s - floor_s:.2f} s, start / floor {start_s / floor_s:.2f}; "
          f"load average {load_before:.2f} before, {load_after:.2f} after")
    return {"start_s": round(start_s, 3), "floor_s": round(floor_s, 3),
            "start_minus_floor_s": round(start_s - floor_s, 3), "start_over_floor": round(start_s / floor_s, 2),
            "backend_ready_s": round(backend_s, 3), "load_before": round(load_before, 2),
            "load_after": round(load_after, 2)}


def scaled_catalogue(path: Path, procedures: list[ProcedureDetail], size: int) -> None:
    """Write a catalogue cache of ``size`` procedures recombined from the real ones."""
    rng = random.Random(7)
    words_vi = [w for p in procedures for w in p.name_vi.split()]
    words_en = [w for p in procedures for w in p.name_en.split()]
    out = []
    for i in range(size):
        base = procedures[i % len(procedures)]
        if i < len(procedures):
            out.append(json.loads(base.model_dump_json()))
            continue
        extra = rng.randint(2, 5)
        data = json.loads(base.model_dump_json())
        data["code"] = f"9.{i:06d}"
        data["name_vi"] = f"{base.name_vi} {' '.join(rng.choices(words_vi, k=extra))}"
        data["name_en"] = f"{base.name_en} {' '.join(rng.choices(words_en, k=extra))}"
        out.append(data)
    path.write_text(json.dumps({"version": f"bench-{size}", "procedures": out}, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tours", type=int, default=5, help="screen tours for the switch time")
    parser.add_argument("--starts", type=int, default=5,
                        help="kiosk starts and floor starts, alternated, for the start-up figures (median)")
    parser.add_argument("--start-only", action="store_true", help="only the start-up figures")
    args = parser.parse_args()

    started = measure_starts(args.starts) if args.starts else {}
    if args.start_only:
        print(json.dumps(started))
        return 0

    from PySide6.QtTest import QTest

    from kiosk_app.catalogue_cache import CatalogueCache
    from kiosk_app.composition import build_flow
    from kiosk_app.flow import Screen
    from kiosk_app.profile import load_profile
    from kiosk_app.services import build_services
    from ui.app import build_window, create_qapp

    with tempfile.TemporaryDirectory(prefix="bench-ui-") as data:
        os.environ["KIOSK_DATA_DIR"] = data
        profile = load_profile("simulated")
        app = create_qapp()
        services = build_services(profile, with_devices=False, with_backend=False)  # catalogue, index, jobs
        flow = build_flow(profile, services=services, language="vi")
        window = build_window(flow, kiosk_mode=False)
        window.resize(1920, 1080)
        window.show()
        QTest.qWaitForWindowExposed(window)
        app.processEvents()

        def settle() -> None:
            """Deliver what the change posted (layout requests, then the paint of the dirty region)."""
            for _ in range(2):
                app.processEvents()

        # --- screen switches ---------------------------------------------------------------------
        def switch(action: Callable[[], object]) -> float:
            began = time.perf_counter()
            action()
            settle()
            return (time.perf_counter() - began) * 1000

        switches: list[float] = []
        code = services.catalogue.procedures()[0].code
        for _ in range(args.tours):
            flow.session.procedure_code = code
            for target in (Screen.LOOKUP, Screen.PROCEDURE, Screen.CHECKLIST):
                switches.append(switch(partial(flow.go, target)))
            for _ in range(3):
                switches.append(switch(flow.back))
            for target in (Screen.TRACK, Screen.ASSISTANCE):
                switches.append(switch(partial(flow.go, target)))
                switches.append(switch(flow.back))
            flow.reset(reason="bench")
        switch_ms = statistics.median(switches)
        print(f"screen switch: median {switch_ms:.1f} ms, max {max(switches):.1f} ms over {len(switches)} switches")

        # --- search per keystroke ------------------------------------------------------------------
        def keystrokes() -> tuple[list[float], list[float]]:
            flow.reset(reason="bench")
            flow.go(Screen.LOOKUP)
            lookup = window.screens[Screen.LOOKUP]
            field = lookup.search
            field.setFocus()
            typed, index_only = [], []
            for query in QUERIES:
                field.clear()
                lookup._query_edited("")  # noqa: SLF001 - start each query from the field browser
                for length, char in enumerate(query, 1):
                    began = time.perf_counter()
                    QTest.keyClick(field, char)
                    settle()
                    typed.append((time.perf_counter() - began) * 1000)
                    began = time.perf_counter()
                    services.index.search(query[:length])
                    index_only.append((time.perf_counter() - began) * 1000)
            return typed, index_only

        real, real_index = keystrokes()
        n_real = len(services.catalogue.procedures())
        print(f"search per keystroke, {n_real} procedures: median {statistics.median(real):.1f} ms "
              f"(index alone {statistics.median(real_index):.1f} ms), max {max(real):.1f} ms over {len(real)} keystrokes")
        scaled_path = Path(data) / "catalogue-5000.json"
        scaled_catalogue(scaled_path, services.catalogue.procedures(), 5000)
        services.catalogue = CatalogueCache(scaled_path)
        services.rebuild_index()
        assert len(services.catalogue.procedures()) == 5000
        big, big_index = keystrokes()
        print(f"search per keystroke, 5000 procedures: median {statistics.median(big):.1f} ms "
              f"(index alone {statistics.median(big_index):.1f} ms), max {max(big):.1f} ms over {len(big)} keystrokes")

        flow.reset(reason="bench")
        window.shutdown()
        services.stop()
        app.processEvents()

    result = {**started, "switch_median_ms": round(switch_ms, 2),
              "search_median_ms": round(statistics.median(real), 2), "search_median_ms_5000": round(statistics.median(big), 2)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
