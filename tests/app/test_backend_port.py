"""Issue 15 (a backend port with two adapters chosen in the profile): the adapters keep the port's surface,
the profile picks one (and refuses an OpenCPS kiosk in embedded mode), nothing above the port names an
adapter, and a system without queue tickets or heartbeat (BackendUnsupported) is handled by the screens."""
from __future__ import annotations

import ast
import importlib
import inspect
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk_app.api.schemas import Heartbeat, HeartbeatAck
from kiosk_app.backend import Backend, ReferenceBackend, make_backend
from kiosk_app.backend.opencps import OpenCpsBackend
from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.heartbeat import HeartbeatSender
from kiosk_app.paths import REPO_ROOT
from kiosk_app.profile import BackendKind, BackendMode, KioskProfile, ProfileError, load_profile
from kiosk_app.services import KioskServices, build_services

OPENCPS_TABLE = """
[backend.opencps]
url = "https://dichvucong.example.gov.vn/o/rest/v2/"
group_id = 35417
user = "kiosk03@example.gov.vn"
password = "kiosk-secret"
agency_code = "BKHCN"
"""


def opencps_adapter() -> type:
    """The OpenCPS adapter class."""
    return OpenCpsBackend


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(f'data_dir = "{tmp_path / "data"}"\n' + text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ProfileError) as info:
        load_profile(str(path))
    return info.value.problems


# --- the port's surface -----------------------------------------------------------------------------------------
PORT_METHODS = sorted(name for name, member in vars(Backend).items()
                      if inspect.isfunction(member) and not name.startswith("_"))


def shape(function: object) -> list[tuple[str, inspect._ParameterKind, bool]]:
    """A method's parameters as (name, kind, has a default): what a caller of the port relies on."""
    return [(p.name, p.kind, p.default is not inspect.Parameter.empty)
            for p in inspect.signature(function).parameters.values()]  # type: ignore[arg-type]


def test_the_port_is_todays_client_surface() -> None:
    """Issue 15 (port): the Protocol declares exactly the calls the screens, outbox and cache make, plus describe()."""
    assert PORT_METHODS == ["catalogue", "catalogue_version", "close", "describe", "draw_ticket", "health",
                            "heartbeat", "procedure", "submit_dossier", "track", "upload_supplement"]


@pytest.mark.parametrize("adapter_name", ["reference", "opencps"])
def test_each_adapter_keeps_the_ports_signatures(adapter_name: str) -> None:
    """Issue 15 (port): each adapter has every method of the port, with the same parameters (name, kind,
    default or not), so a caller typed against ``Backend`` works with either."""
    adapter = ReferenceBackend if adapter_name == "reference" else opencps_adapter()
    different = {name: (shape(getattr(Backend, name)), shape(getattr(adapter, name, None) or (lambda: None)))
                 for name in PORT_METHODS
                 if shape(getattr(adapter, name, None) or (lambda: None)) != shape(getattr(Backend, name))}
    assert different == {}


def test_the_reference_adapter_is_a_backend() -> None:
    """Issue 15 (port): the runtime-checkable Protocol accepts the reference adapter, which describes itself."""
    backend = ReferenceBackend("http://127.0.0.1:9/", "token")
    try:
        assert isinstance(backend, Backend)
        assert backend.describe() == "reference server http://127.0.0.1:9"
    finally:
        backend.close()


def test_nothing_above_the_port_names_an_adapter() -> None:
    """Issue 15 (nothing above the port changes with the choice): outside kiosk_app/backend/, product code
    imports the port and its errors only, never an adapter module (the testkit's harness may)."""
    adapters = ("kiosk_app.backend.reference", "kiosk_app.backend.opencps", "kiosk_app.api.client")
    offenders = []
    for package in ("kiosk_app", "ui"):
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            if path.is_relative_to(REPO_ROOT / "kiosk_app" / "backend"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                names += [f"{node.module}.{a.name}" for a in node.names] if isinstance(node, ast.ImportFrom) else []
                offenders += [f"{path.relative_to(REPO_ROOT)}: {n}" for n in names if n in adapters]
    assert offenders == []
    assert importlib.util.find_spec("kiosk_app.api.client") is None  # moved, no shim left behind


# --- the profile picks the adapter -----------------------------------------------------------------------------
def test_the_default_kind_is_the_reference_server(tmp_path: Path) -> None:
    """Issue 15 (profile): without [backend] kind a profile keeps today's reference server."""
    profile = load_profile(str(write(tmp_path, "")))
    assert profile.backend.kind is BackendKind.REFERENCE and profile.backend.mode is BackendMode.EMBEDDED
    backend = make_backend(profile, url="http://127.0.0.1:9", token="t")
    try:
        assert type(backend) is ReferenceBackend
    finally:
        backend.close()


def test_an_opencps_profile_is_remote_and_builds_the_opencps_adapter(tmp_path: Path) -> None:
    """Issue 15 (profile): kind = "opencps" with [backend.opencps] reads as remote mode, and the factory builds
    the OpenCPS adapter at the table's address (trailing slash dropped)."""
    profile = load_profile(str(write(tmp_path, '[backend]\nkind = "opencps"\n' + OPENCPS_TABLE)))
    assert profile.backend.kind is BackendKind.OPENCPS and profile.backend.mode is BackendMode.REMOTE
    assert profile.backend.opencps is not None and profile.backend.opencps.group_id == 35417
    assert profile.backend.address == "https://dichvucong.example.gov.vn/o/rest/v2"
    adapter = opencps_adapter()
    backend = make_backend(profile)
    try:
        assert type(backend) is adapter and isinstance(backend, Backend)
        assert "dichvucong.example.gov.vn" in backend.describe() and "kiosk-secret" not in backend.describe()
    finally:
        backend.close()


def test_an_opencps_kiosk_in_embedded_mode_is_refused_with_the_reason(tmp_path: Path) -> None:
    """Issue 15 (profile): embedded mode starts the reference server; with kind = "opencps" it is a clear error."""
    found = problems(write(tmp_path, '[backend]\nkind = "opencps"\nmode = "embedded"\n' + OPENCPS_TABLE))
    assert found == ["backend.mode: 'embedded' is for the reference server only; with kind = \"opencps\" the kiosk "
                     "reaches OpenCPS over the network: set mode = \"remote\" or leave mode out"]


def test_an_opencps_kiosk_needs_its_table(tmp_path: Path) -> None:
    """Issue 15 (profile): kind = "opencps" without [backend.opencps] names what is missing."""
    assert problems(write(tmp_path, '[backend]\nkind = "opencps"\n')) == [
        "backend.opencps: kind = \"opencps\" needs a [backend.opencps] table "
        "(url, group_id, user, password or password_file, agency_code)"]


@pytest.mark.parametrize(("change", "expected"), [
    (('group_id = 35417', 'group_id = 0'), "backend.opencps.group_id: invalid value 0: Input should be greater than 0"),
    (('url = "https://dichvucong.example.gov.vn/o/rest/v2/"', 'url = "dichvucong.example.gov.vn"'),
     "backend.opencps.url: invalid value 'dichvucong.example.gov.vn': must be an http(s) URL"),
    (('password = "kiosk-secret"', 'password = ""'),
     "backend.opencps.password: give either password or password_file (exactly one)"),
    (('agency_code = "BKHCN"', 'agency = "BKHCN"'), "backend.opencps.agency: unknown key"),
])
def test_config_check_validates_the_opencps_table(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    """Issue 15 (profile): `kiosk config check` (load_profile) names the [backend.opencps] key and its rule."""
    table = OPENCPS_TABLE.replace(*change)
    assert expected in problems(write(tmp_path, '[backend]\nkind = "opencps"\n' + table))


def test_the_password_may_come_from_a_file_and_stays_out_of_diagnostics(tmp_path: Path) -> None:
    """Issue 15 (profile): password_file is read for the adapter; the password is one of the profile's secrets
    (hidden in the maintenance view and scrubbed from log tails)."""
    from kiosk_app.diagnostics import HIDDEN, profile_view, secrets_of

    secret = tmp_path / "opencps-password"
    secret.write_text("from-the-file\n", encoding="utf-8")
    table = OPENCPS_TABLE.replace('password = "kiosk-secret"', f'password_file = "{secret}"')
    profile = load_profile(str(write(tmp_path, '[backend]\nkind = "opencps"\n' + table)))
    assert profile.backend.opencps is not None and profile.backend.opencps.secret() == "from-the-file"
    assert "from-the-file" in secrets_of(profile)
    inline = load_profile(str(write(tmp_path, '[backend]\nkind = "opencps"\n' + OPENCPS_TABLE)))
    assert profile_view(inline)["backend"]["opencps"]["password"] == HIDDEN
    missing = OPENCPS_TABLE.replace('password = "kiosk-secret"', f'password_file = "{tmp_path / "nope"}"')
    assert problems(write(tmp_path, '[backend]\nkind = "opencps"\n' + missing)) == [
        f"backend.opencps.password_file: no such file '{tmp_path / 'nope'}'"]


# --- a system that does not offer a call ---------------------------------------------------------------------------
class OpenCpsKiosk(OpenCpsBackend):
    """The real OpenCPS adapter (no queue tickets, no heartbeat: it says so without a request), counting heartbeats."""

    def __init__(self) -> None:
        super().__init__("http://127.0.0.1:9/o/rest/v2", group_id=35417, user="kiosk03@example.gov.vn",
                         password="kiosk-secret", agency_code="BKHCN", retries=0)
        self.heartbeats = 0

    def heartbeat(self, beat: Heartbeat) -> HeartbeatAck:
        self.heartbeats += 1
        return super().heartbeat(beat)


@pytest.fixture
def no_queue_services(profile: KioskProfile) -> Iterator[KioskServices]:
    services = build_services(profile, with_devices=False, with_backend=False)
    services.client = OpenCpsKiosk()
    yield services
    services.jobs.wait(10_000)
    services.client.close()


@pytest.fixture
def no_queue_flow(no_queue_services: KioskServices) -> Iterator[KioskFlow]:
    flow = build_flow(no_queue_services.profile, clock=ManualClock(), language="en", services=no_queue_services)
    yield flow
    flow.stop()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "This service is not offered at this kiosk. Please go to the reception counter; "
           "the staff will help you in turn."),
    ("vi", "Kiosk này không cung cấp dịch vụ này. Ông/Bà vui lòng đến quầy tiếp nhận, "
           "cán bộ sẽ hỗ trợ Ông/Bà theo lượt."),
])
def test_a_system_without_tickets_sends_the_citizen_to_the_counter(
        qtbot, no_queue_flow: KioskFlow, language: str, expected: str) -> None:
    """Issue 15 (BackendUnsupported on the ticket screen): OpenCPS has no queue tickets; touching an area shows
    the citizen text that sends them to the reception counter, in their language, and no ticket is kept."""
    window = open_window(qtbot, no_queue_flow)
    try:
        no_queue_flow.set_language(language)
        qtbot.mouseClick(window.findChild(QPushButton, "btn_assistance"), Qt.MouseButton.LeftButton)
        area = window.findChild(QPushButton, "btn_area_general")
        qtbot.mouseClick(area, Qt.MouseButton.LeftButton)
        message = window.findChild(QLabel, "assistance_message")
        qtbot.waitUntil(lambda: message.isVisible() and message.text() == expected, timeout=10_000)
        assert no_queue_flow.state is Screen.ASSISTANCE and no_queue_flow.session.ticket.ticket is None
        assert area.isEnabled()
    finally:
        window.shutdown()


def test_a_system_without_heartbeat_is_told_once_and_left_alone(
        qtbot, no_queue_services: KioskServices, caplog: pytest.LogCaptureFixture) -> None:
    """Issue 15 (BackendUnsupported for the heartbeat): the first refusal is logged once at INFO (no warning),
    and the sender stops beating instead of failing every minute."""
    sender = HeartbeatSender(no_queue_services, 5)
    caplog.set_level(logging.INFO, logger="kiosk.heartbeat")
    sender.start()
    qtbot.waitUntil(lambda: sender.unsupported and not sender.in_flight, timeout=10_000)
    assert sender.beat() is False and sender.last_error == ""
    sender.soon()
    sender.stop()
    assert isinstance(no_queue_services.client, OpenCpsKiosk) and no_queue_services.client.heartbeats == 1
    records = [r for r in caplog.records if r.name == "kiosk.heartbeat"]
    assert [(r.levelno, "takes none" in r.getMessage()) for r in records] == [(logging.INFO, True)]


def test_the_maintenance_backend_page_says_what_the_kiosk_is_connected_to(
        qtbot, no_queue_services: KioskServices, no_queue_flow: KioskFlow) -> None:
    """Issue 15 (describe() replaces reading the client's base_url): the maintenance "Backend" page names the system
    through the port (an OpenCPS installation here, no secret shown), and says it takes no heartbeat."""
    from ui.screens.maintenance_pages import BackendPage

    sender = HeartbeatSender(no_queue_services, 60)
    no_queue_services.heartbeat = sender
    sender.start()
    qtbot.waitUntil(lambda: sender.unsupported and not sender.in_flight, timeout=10_000)
    sender.stop()
    page = BackendPage(no_queue_flow)
    qtbot.addWidget(page)
    page.refresh()
    address = page.findChild(QLabel, "maint_backend_address").text()
    assert address == ("System: OpenCPS v2 at http://127.0.0.1:9/o/rest/v2 (groupId 35417, agency BKHCN, "
                       "account kiosk03@example.gov.vn)")
    assert "kiosk-secret" not in address
    assert page.findChild(QLabel, "maint_backend_heartbeat").text() == "The connected system takes no heartbeat."
