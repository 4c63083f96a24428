"""Issue 20 (the window first): the kiosk as `kiosk run` builds it (embedded backend in a child process,
started after the first paint): catalogue look-up at once, a "connecting" line instead of an error while
the backend starts, and offline work with the reason in maintenance when it cannot start."""
from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from browse_kit import tap, type_into
from kiosk_window import open_window, simulated_profile
from PySide6.QtWidgets import QLabel

from kiosk_app.backend_link import BackendState
from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices, build_services
from ui.main_window import MainWindow
from ui.screens.lookup import LookupScreen
from ui.screens.maintenance_pages import BackendPage


def _kiosk(qtbot, data: Path, **env: str) -> tuple[KioskServices, KioskFlow, MainWindow]:  # type: ignore[no-untyped-def]
    """Services, flow and window as `kiosk run` builds them: the child process bound, not launched yet."""
    # A generous start-up limit: on a machine loaded by other work the child's imports alone can take 20 s.
    profile = simulated_profile(data, KIOSK_DEVICES__PRINTER__REQUIRED="false",
                                KIOSK_BACKEND__EMBEDDED_START_TIMEOUT_S="120", **env)
    services = build_services(profile, with_devices=False, embedded_process=True)
    flow = build_flow(profile, services=services, language="en")
    return services, flow, open_window(qtbot, flow)


@pytest.fixture
def starting(qtbot, tmp_path: Path) -> Iterator[tuple[KioskServices, KioskFlow, MainWindow]]:  # type: ignore[no-untyped-def]
    services, flow, window = _kiosk(qtbot, tmp_path / "kiosk")
    yield services, flow, window
    flow.stop()
    services.stop()


def test_lookup_works_at_once_from_the_catalogue_cache_while_the_backend_starts(qtbot, starting) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: before the embedded backend is even launched, the citizen searches the catalogue (the
    cache) and sees no offline warning."""
    services, flow, window = starting
    assert services.link.state is BackendState.STARTING and services.backend_process is not None
    assert not services.backend_process.running
    tap(qtbot, window, "btn_lookup")
    type_into(qtbot, window, "field_search", "buc xa")
    lookup = window.screens[Screen.LOOKUP]
    assert isinstance(lookup, LookupScreen)
    assert [row for row in lookup.rows if row.isVisible()]
    assert not lookup.offline.isVisible()
    assert not window.connecting.isVisible()  # nothing waits for the backend


def test_a_ticket_asked_for_while_the_backend_starts_shows_connecting_then_comes(qtbot, starting) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: a citizen who asks for a queue ticket (a step that needs the backend) before the backend is
    up sees the "connecting" line and never an error; once the backend is ready the ticket comes by itself."""
    services, flow, window = starting
    tap(qtbot, window, "btn_assistance")
    tap(qtbot, window, "btn_area_general")
    qtbot.waitUntil(window.connecting.isVisible, timeout=10_000)
    assert window.connecting.spinner.turning
    assert "Connecting" in window.connecting.text.text()
    message = window.findChild(QLabel, "assistance_message")
    assert message is None or "cannot" not in message.text()
    assert flow.state is Screen.ASSISTANCE
    services.start()  # what the first paint does in `kiosk run`: the child is launched now
    qtbot.waitUntil(lambda: flow.state is Screen.TICKET, timeout=150_000)
    assert services.link.state is BackendState.READY
    assert flow.session.ticket.ticket is not None
    qtbot.waitUntil(lambda: not window.connecting.isVisible(), timeout=10_000)
    assert not window.connecting.spinner.turning


@pytest.mark.expect_log(logger="kiosk.embedded.child", level="ERROR", message="could not start")
@pytest.mark.expect_log(logger="kiosk.backend_link", level="ERROR", message="failed to start")
def test_a_backend_that_cannot_start_leaves_the_kiosk_offline_and_maintenance_says_why(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: the embedded backend cannot open its database: the kiosk keeps running offline (the ticket
    step answers with its offline text, no endless wait), and the maintenance backend page shows the reason
    and the tail of the backend's log."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    services, flow, window = _kiosk(
        qtbot, tmp_path / "kiosk",
        KIOSK_BACKEND__EMBEDDED_DATABASE_URL=f"postgresql+psycopg://nobody@127.0.0.1:{closed}/none")
    try:
        with qtbot.waitSignal(services.link.changed, timeout=150_000):
            services.start()
        assert services.link.state is BackendState.FAILED
        tap(qtbot, window, "btn_assistance")
        tap(qtbot, window, "btn_area_general")
        qtbot.waitUntil(lambda: services.jobs.pending == 0, timeout=10_000)
        qtbot.waitUntil(lambda: "cannot be issued" in window.findChild(QLabel, "assistance_message").text(),
                        timeout=10_000)
        assert not window.connecting.isVisible()
        page = BackendPage(flow)
        qtbot.addWidget(page)
        page.refresh()
        assert "did not start" in page.start_state.text() and "exited with code 1" in page.start_state.text()
        assert "works offline" in page.start_state.text()
        assert "could not start" in page.start_log.text()
    finally:
        flow.stop()
        services.stop()
