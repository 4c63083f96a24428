"""Guard against PySide6 6.12.0's SignalInstance.emit() refcount bug, which every device signal would hit.

On Python 3.11 each emit() released one reference to ``True`` it never took; after enough signals the
interpreter aborted at exit ("bool_dealloc: deallocating True or False"). Python 3.12+ bools are
immortal, so the check only means something below 3.12.
"""
from __future__ import annotations

import sys

import pytest

from devices.base import DeviceStatus, StatusNotifier


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="bools are immortal from Python 3.12")
def test_emitting_device_signals_keeps_bool_refcounts(qtbot) -> None:
    notifier = StatusNotifier()
    received: list[DeviceStatus] = []
    notifier.state_changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(50):
        notifier.publish(DeviceStatus())
    assert len(received) == 50
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
