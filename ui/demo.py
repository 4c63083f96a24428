"""The widget side of ``kiosk demo`` (kiosk_app/commands/demo.py): one complete citizen session, headless.

Looks up a procedure, opens its checklist, agrees on the wizard's start page (what is needed, the fee,
how long, consent), identifies the applicant by the ID card's QR (injected into
the simulated QR reader), scans every required component from synthetic photos played by the
simulated camera (auto-capture), submits to the embedded backend, prints the receipt (the confirmation
says what happens next), then tracks the
new dossier. Saves a screenshot of each step, the receipt PNG and PDF and the dossier's PDFs to DIR.
Exit status 0 only when every step succeeded and the tracked dossier matches what was submitted.

With ``backend="opencps-sim"`` (issue 15) the kiosk is an OpenCPS kiosk: the OpenCPS simulator
(testkit.opencps_sim) is started, the profile says ``[backend] kind = "opencps"`` pointing at it, the catalogue
is the one the simulator serves, and after the receipt a simulated officer accepts the dossier and then asks for
a supplement; the tracking screen is shown after each (status 2, then 5).

The submission wizard and the receipt are driven through their real widgets (taps by object name).
Lookup, procedure and checklist are driven through the flow and the services directly, so
the demo does not depend on how those screens lay out their widgets.
"""
from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import cv2
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk_app.api.schemas import DossierStatus
from kiosk_app.composition import build_flow
from kiosk_app.domain.dossier_code import normalise_code
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.profile import BackendKind, BackendMode, BackendSettings, KioskProfile, OpenCpsSettings, load_profile
from kiosk_app.services import KioskServices, build_services
from testkit.document_photos import SyntheticDocumentGenerator
from testkit.opencps_sim import GROUP_ID, KIOSK_PASSWORD, KIOSK_USER, MINISTRY_AGENCY, RunningSim, start_simulator
from ui.app import build_window, create_qapp

DEMO_QUERY = "duy tri hieu luc van bang bao ho"
BACKENDS = ("reference", "opencps-sim")


class DemoFailed(RuntimeError):
    """A step of the demo did not succeed."""


class Demo:
    """Drives the real window of a kiosk on the simulated profile through one citizen session."""

    def __init__(self, out: Path, data: Path, language: str, timeout: float, backend: str = "reference") -> None:
        self.out, self.data, self.language, self.timeout = out, data, language, timeout
        self.backend = backend
        self.sim: RunningSim | None = None
        self.step = 0
        self.app: Any = None
        self.window: Any = None

    def log(self, text: str) -> None:
        print(f"demo: {text}", flush=True)

    def wait(self, what: str, predicate: Callable[[], bool], timeout: float | None = None) -> None:
        deadline = time.monotonic() + (timeout or self.timeout)
        while not predicate():
            if time.monotonic() > deadline:
                raise DemoFailed(f"timed out waiting for {what}")
            self.app.processEvents()
            time.sleep(0.02)
        self.app.processEvents()

    def shot(self, name: str) -> None:
        self.step += 1
        self.app.processEvents()
        path = self.out / f"{self.step:02d}-{name}.png"
        self.window.grab().save(str(path))
        self.log(f"screenshot {path.name}")

    def tap(self, name: str) -> None:
        button = self.window.stack.currentWidget().findChild(QPushButton, name) \
            or self.window.findChild(QPushButton, name)
        if button is None or not button.isVisible() or not button.isEnabled():
            raise DemoFailed(f"button {name} is not available")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.app.processEvents()

    def type_into(self, name: str, text: str) -> None:
        field = self.window.findChild(QLineEdit, name)
        if field is None:
            raise DemoFailed(f"field {name} not found")
        field.setText(text)

    def run(self) -> int:
        photos = self.data / "camera"
        photos.mkdir()
        generator = SyntheticDocumentGenerator(seed=7)
        photo = generator.document_photo(background="dark", size="A4", scale_range=(0.7, 0.8))
        cv2.imwrite(str(photos / "page.png"), photo.image)
        person = generator.person()

        profile = load_profile("simulated")
        profile.devices.camera.options["folder"] = str(photos)
        if self.backend == "opencps-sim":
            self.sim = start_simulator(self.data / "opencps-sim.sqlite3")
            profile = opencps_profile(profile, self.sim)
            self.log(f"OpenCPS simulator at {self.sim.base_url} (groupId {GROUP_ID})")
        self.app = create_qapp()
        services = build_services(profile)
        services.start()
        flow = build_flow(profile, language=self.language, services=services)
        self.window = build_window(flow, kiosk_mode=False)
        self.window.resize(1920, 1080)
        self.window.show()
        flow.start()
        try:
            self._session(flow, services, person)
        except DemoFailed as exc:
            self.log(f"FAILED: {exc}")
            try:
                self.shot("failure")
            except Exception:  # noqa: BLE001 - the failure itself is what matters
                pass
            return 1
        finally:
            flow.stop()
            self.window.shutdown()
            services.stop()
            if self.sim is not None:
                self.sim.stop()
        self.log("every step succeeded")
        return 0

    def _session(self, flow: KioskFlow, services: KioskServices, person: Any) -> None:
        self.wait("the kiosk to be in service", lambda: flow.state is Screen.WELCOME)
        if self.sim is not None:
            # The catalogue refresh started with the services: the procedures shown are the simulator's.
            self.wait("the catalogue from OpenCPS", lambda: services.catalogue.version.startswith("opencps-"))
            self.app.processEvents()
            services.rebuild_index()
            self.log(f"catalogue from OpenCPS: version {services.catalogue.version}, "
                     f"{len(services.catalogue.procedures())} procedures")
        self.shot("welcome")
        # 1. look up a procedure (flow and search index directly)
        flow.go(Screen.LOOKUP)
        hits = services.index.search(DEMO_QUERY)
        if not hits:
            raise DemoFailed(f"no procedure found for {DEMO_QUERY!r}")
        procedure = services.catalogue.get(hits[0].code)
        if procedure is None:
            raise DemoFailed(f"procedure {hits[0].code} is not in the catalogue")
        self.type_into("field_search", DEMO_QUERY)  # the lookup screen keeps the query in the session
        flow.session.procedure_code = procedure.code
        self.shot("lookup")
        self.log(f"procedure {procedure.code} {procedure.name_vi}; documents: "
                 + ", ".join(f"{c.id} {c.name_vi}" for c in procedure.components))
        flow.go(Screen.PROCEDURE)
        self.shot("procedure")
        flow.go(Screen.CHECKLIST)
        self.shot("checklist")
        # 2. the wizard, through its widgets
        flow.go(Screen.SUBMIT)
        submit = self.window.screens[Screen.SUBMIT]
        # the start page first: what is needed, the fee, how long, this kiosk's state, and consent
        self.wait("the start page", lambda: submit.current_step() == "start")
        self.shot("start-consent")
        self.tap("btn_consent_agree")
        self.wait("the applicant step", lambda: submit.current_step() == "applicant")
        # "Next" on the empty step: the error summary lists each field to correct (issue 21 finding 3)
        self.tap("btn_next")
        summary = submit.findChild(QWidget, "error_summary")
        self.wait("the error summary", lambda: summary is not None and summary.isVisible())
        self.shot("applicant-error-summary")
        if services.devices is None:
            raise DemoFailed("the simulated devices did not start")
        services.devices["qr"].present(person.qr_payload)
        self.wait("the ID card to be read", lambda: flow.session.submission.applicant.id_number == person.id_number)
        self.shot("applicant-from-id-card")
        self.tap("btn_next")
        self.wait("the contact step", lambda: submit.current_step() == "contact")
        self.type_into("field_phone", "0912345678")
        self.shot("contact")
        self.tap("btn_next")
        self.wait("the delivery step", lambda: submit.current_step() == "delivery")
        self.shot("delivery")
        self.tap("btn_next")
        self.wait("the scanning step", lambda: submit.current_step() == "scan")
        required = [c for c in procedure.components if c.requirement.value == "required"]
        scans = flow.session.submission.scans

        def has_page(component_id: str) -> bool:
            return scans.count(component_id) >= 1

        for index, component in enumerate(required):
            self.tap(f"btn_component_{component.id}")
            self.wait(f"a page of {component.id} (auto-capture)", partial(has_page, component.id))
            if index == 0:
                self.shot("scan")
        self.tap("btn_next")
        self.wait("the review step", lambda: submit.current_step() == "review")
        self.shot("review")
        self.tap("btn_submit_dossier")
        self.wait("the receipt", lambda: flow.state is Screen.RECEIPT)
        printing = flow.session.receipt
        self.wait("the receipt to be printed", lambda: printing.printed or printing.print_problem is not None)
        if printing.print_problem is not None:
            raise DemoFailed(f"receipt not printed: {printing.print_problem!r}")
        self.shot("receipt-confirmation")
        submitted = flow.session.submission.submitted
        if submitted is None or submitted.result.receipt is None:
            raise DemoFailed("the embedded backend did not confirm the dossier")
        receipt = submitted.result.receipt
        if printing.png is None or printing.pdf is None:
            raise DemoFailed("the printed receipt left no PNG or PDF")
        shutil.copy(printing.png, self.out / "receipt.png")
        shutil.copy(printing.pdf, self.out / "receipt.pdf")
        pdfs = self.out / "dossier"
        pdfs.mkdir(exist_ok=True)
        for path in submitted.summary.pdfs:
            shutil.copy(path, pdfs / path.name)
        self.log(f"dossier {receipt.code}: {len(receipt.documents)} documents")
        # 3. track it on the tracking screen: the code from the receipt and the phone's last 4 digits
        self.tap("btn_track_dossier")
        self.wait("the tracking screen", lambda: flow.state is Screen.TRACK)
        self.type_into("field_code", receipt.code)
        self.type_into("field_phone_last4", "5678")
        self.shot("track")
        self.tap("btn_track_search")
        self.wait("the dossier timeline", lambda: flow.state is Screen.DOSSIER)
        tracked = flow.session.tracking.tracked
        if tracked is None:
            raise DemoFailed("the tracking screen kept no dossier")
        self.shot("dossier")
        problems = []
        if tracked.code != receipt.code or tracked.procedure_code != procedure.code:
            problems.append("code or procedure differs")
        if tracked.appointed_date != receipt.appointed_date or tracked.delivery_method != receipt.delivery_method:
            problems.append("appointed date or delivery differs")
        submitted_ids = {c.id for c in required}
        if {d.component_id for d in receipt.documents} != submitted_ids:
            problems.append("received documents differ from the scanned components")
        if problems:
            raise DemoFailed("tracked dossier does not match: " + "; ".join(problems))
        self.log(f"tracked {tracked.code}: {tracked.status_name_vi}")
        if self.sim is not None:
            # 4. an officer works on it in OpenCPS; the kiosk's tracking screen reads what they set
            reference = normalise_code(submitted.result.provisional_ref)  # the dossier's referenceUid
            self.sim.officer.accept(reference, "Hồ sơ hợp lệ, đã tiếp nhận")
            self._track_again(flow, receipt.code, DossierStatus.ACCEPTED, "dossier-accepted-by-officer")
            self.sim.officer.request_supplement(reference, "Đề nghị bổ sung bản sao văn bằng bảo hộ")
            self._track_again(flow, receipt.code, DossierStatus.SUPPLEMENT_REQUESTED, "dossier-supplement-requested")
            # 5. OpenCPS issues no queue tickets: the help screen sends the citizen to the counter instead
            self.tap("btn_dossier_done")
            self.wait("the welcome screen", lambda: flow.state is Screen.WELCOME)
            self.tap("btn_assistance")
            self.tap("btn_area_general")
            message = self.window.findChild(QLabel, "assistance_message")
            self.wait("the counter message", lambda: message is not None and message.isVisible()
                      and flow.session.ticket.ticket is None and "…" not in message.text())
            self.shot("assistance-no-queue-tickets")
            self.log(f"assistance on OpenCPS: {message.text()}")
        self.tap("btn_home") if flow.state is not Screen.WELCOME else None

    def _track_again(self, flow: KioskFlow, code: str, status: DossierStatus, name: str) -> None:
        """Look the dossier up again on the tracking screen and wait for ``status``."""
        flow.back()  # the dossier -> the tracking screen, as the citizen's Back button does
        self.wait("the tracking screen", lambda: flow.state is Screen.TRACK)
        self.type_into("field_code", code)
        self.type_into("field_phone_last4", "5678")
        self.tap("btn_track_search")

        def shows_status() -> bool:
            tracked = flow.session.tracking.tracked
            return flow.state is Screen.DOSSIER and tracked is not None and tracked.status == status

        self.wait(f"the dossier with status {status.value}", shows_status)
        self.shot(name)
        tracked = flow.session.tracking.tracked
        self.log(f"tracked {code} after the officer: {status.value} {tracked.status_name_vi if tracked else ''}")


def opencps_profile(profile: KioskProfile, sim: RunningSim) -> KioskProfile:
    """``profile`` as an OpenCPS kiosk: ``[backend] kind = "opencps"`` at the simulator, with its kiosk account."""
    backend = BackendSettings(
        kind=BackendKind.OPENCPS, mode=BackendMode.REMOTE,
        opencps=OpenCpsSettings(url=sim.base_url, group_id=GROUP_ID, user=KIOSK_USER, password=KIOSK_PASSWORD,
                                agency_code=MINISTRY_AGENCY[0]))
    return profile.model_copy(update={"backend": backend})
