"""The widget side of ``kiosk demo`` (kiosk_app/commands/demo.py): one complete citizen session, headless.

Looks up a procedure, opens its checklist, agrees on the wizard's start page (what is needed, the fee,
how long, consent), identifies the applicant by the ID card's QR (injected into
the simulated QR reader), scans every required component from synthetic photos played by the
simulated camera (auto-capture), submits to the embedded backend, prints the receipt (the confirmation
says what happens next), then tracks the
new dossier. Saves a screenshot of each step, the receipt PNG and PDF and the dossier's PDFs to DIR.
Exit status 0 only when every step succeeded and the tracked dossier matches what was submitted.

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
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.profile import load_profile
from kiosk_app.services import KioskServices, build_services
from testkit.document_photos import SyntheticDocumentGenerator
from ui.app import build_window, create_qapp

DEMO_QUERY = "duy tri hieu luc van bang bao ho"


class DemoFailed(RuntimeError):
    """A step of the demo did not succeed."""


class Demo:
    """Drives the real window of a kiosk on the simulated profile through one citizen session."""

    def __init__(self, out: Path, data: Path, language: str, timeout: float) -> None:
        self.out, self.data, self.language, self.timeout = out, data, language, timeout
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
        self.log("every step succeeded")
        return 0

    def _session(self, flow: KioskFlow, services: KioskServices, person: Any) -> None:
        self.wait("the kiosk to be in service", lambda: flow.state is Screen.WELCOME)
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
        self.log(f"procedure {procedure.code} {procedure.name_vi}")
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
        self.tap("btn_home") if flow.state is not Screen.WELCOME else None
