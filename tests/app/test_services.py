"""The kiosk's services built from the simulated profile: embedded backend, devices, out of service."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from devices.faults import DeviceFault
from kiosk_app.composition import build_flow
from kiosk_app.flow import Screen
from kiosk_app.profile import KioskProfile
from kiosk_app.services import KioskServices, build_services


@pytest.fixture
def services(qapp, profile: KioskProfile) -> Iterator[KioskServices]:  # type: ignore[no-untyped-def]
    """Started as the kiosk starts them: inside a Qt application (the heartbeat is a QTimer; without an
    application its start warns that the thread has no event dispatcher)."""
    services = build_services(profile)
    services.start()
    yield services
    services.stop()


def test_embedded_backend_answers_the_kiosk_with_its_own_token(services: KioskServices) -> None:
    assert services.client is not None and services.client.health().status == "ok"
    ticket = services.client.draw_ticket()  # kiosk-only endpoint: the generated token is accepted
    assert ticket.number >= 1
    token = (services.profile.data_dir / "kiosk-token")
    assert token.stat().st_mode & 0o077 == 0


def test_search_index_covers_the_catalogue(services: KioskServices) -> None:
    hits = services.index.search("dang ky nhan hieu")
    assert hits and "nhãn hiệu" in services.catalogue.get(hits[0].code).name_vi.lower()


@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"out of service: printer")
@pytest.mark.expect_log(logger="kiosk.flow", level="WARNING", message=r"out of service: printer")
def test_required_device_failure_puts_the_kiosk_out_of_service(qtbot, services: KioskServices, profile: KioskProfile) -> None:
    flow = build_flow(profile, services=services)
    flow.go(Screen.LOOKUP)
    printer = services.devices["printer"]
    with qtbot.waitSignal(services.devices.notifier.out_of_service, timeout=5000):
        printer.inject(DeviceFault.PAPER_OUT)
    assert flow.state is Screen.OUT_OF_SERVICE
    assert "printer" in flow.out_of_service_reason
    with qtbot.waitSignal(services.devices.notifier.back_in_service, timeout=5000):
        printer.clear(DeviceFault.PAPER_OUT)
    assert flow.state is Screen.WELCOME
