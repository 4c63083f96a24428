"""Issue 19, "one of each": one Clock protocol (devices.clock, re-exported by kiosk_app.clock) and one
manual clock for tests; every component that needs time takes that protocol."""
from __future__ import annotations

import ast

import pytest

from devices import clock as device_clock
from kiosk_app import clock as core_clock
from kiosk_app.clock import SYSTEM_CLOCK, Clock, ManualClock
from kiosk_app.paths import REPO_ROOT


def test_the_core_and_the_devices_share_one_protocol() -> None:
    assert core_clock.Clock is device_clock.Clock and core_clock.ManualClock is device_clock.ManualClock


def test_manual_clock_moves_only_when_told() -> None:
    clock: Clock = ManualClock(50.0)
    assert (clock.monotonic(), clock.time()) == (50.0, 50.0)
    clock.advance(2.5)
    assert (clock.monotonic(), clock.time()) == (52.5, 52.5)
    clock.set(60.0)
    assert clock.monotonic() == 60.0
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(10.0)


def test_the_system_clock_reads_both_clocks() -> None:
    assert SYSTEM_CLOCK.time() > 1.7e9 and SYSTEM_CLOCK.monotonic() > 0


def _product_trees() -> list[tuple[str, ast.AST]]:
    return [(str(path.relative_to(REPO_ROOT)), ast.parse(path.read_text(encoding="utf-8")))
            for package in ("kiosk_app", "devices", "ui") for path in sorted((REPO_ROOT / package).rglob("*.py"))]


def test_no_second_clock_signature_in_the_product() -> None:
    """Finding "one of each": the ``Callable[[], float]`` clocks (devices, keyboard, auto-capture,
    maintenance, outbox) and the wizard's ``now: Callable[[], datetime]`` are gone; every ``clock`` parameter
    is a ``Clock``, and only devices/clock.py defines clocks."""
    callables, untyped, clock_classes = [], [], []
    for name, tree in _product_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.arg) and node.annotation is not None:
                text = ast.unparse(node.annotation)
                if "Callable[[],float]" in text.replace(" ", "") or (node.arg == "now" and "Callable" in text):
                    callables.append(f"{name}: {node.arg}: {text}")
                if node.arg == "clock" and text not in ("Clock", "Clock | None"):
                    untyped.append(f"{name}: clock: {text}")
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(item, ast.FunctionDef) and item.name == "monotonic" for item in node.body):
                clock_classes.append(f"{name}: {node.name}")
    assert callables == [] and untyped == []
    assert clock_classes == ["devices/clock.py: Clock", "devices/clock.py: SystemClock", "devices/clock.py: ManualClock"]
