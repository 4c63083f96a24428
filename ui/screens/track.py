"""TRACK: find a dossier by its code (or provisional TAM-… reference) plus the phone's last 4 digits,
or by holding the receipt's QR code (a tracking link ``…/track/<code>?t=<token>``, or the kiosk-only
``MOTCUA:<code>:<token>`` payload; see ``kiosk_app.domain.tracking_qr``) to the scanner.

What the visitor types is kept in ``session.tracking`` (so Back keeps it). The look-up
(``kiosk_app.dossier_lookup.look_up``) runs as a job for this visitor; the answer goes to
``session.tracking`` (``tracked``, a DossierTracking, and ``proof``, a TrackingProof) and the flow moves
to DOSSIER. A provisional ``TAM-…`` reference of this kiosk may instead be answered by its outbox (queued
and not sent yet, or sent with its dossier code while the backend cannot be reached): shown here as a
message.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from devices.base import QrReader, QrScan
from kiosk_app.api.schemas import DossierTracking, ErrorCode
from kiosk_app.backend.errors import BackendRejected, BackendUnavailable
from kiosk_app.domain.dossier_code import normalise_code
from kiosk_app.domain.formatting import moment
from kiosk_app.domain.tracking_qr import parse_tracking_scan
from kiosk_app.dossier_lookup import OutboxAnswer, OutboxAnswerKind, is_provisional_ref, look_up
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.visitor_state import TicketPrinting, TrackingProof
from ui.messages import citizen_text
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import log_detail
from ui.widgets.message import MessageKind, MessageLabel

log = logging.getLogger("kiosk.ui.track")


class TrackScreen(ScreenWidget):
    screen = Screen.TRACK

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.heading = self.label("title", "track_heading")
        self.intro = self.label("body", "track_intro")
        self.code_label = self.label("subtitle")
        self.code = QLineEdit()
        self.code.setObjectName("field_code")
        self.code.setProperty("keyboard", "code")  # upper-case letters, digits, "." and "-"
        self.code.setMaxLength(60)
        self.code.textEdited.connect(self._code_edited)
        self.code_label.setBuddy(self.code)  # the label names the field for assistive technology
        self.code_error = self.label("body", "code_error")
        self.code_error.setProperty("role", "error")
        self.phone_label = self.label("subtitle")
        self.phone = QLineEdit()
        self.phone.setObjectName("field_phone_last4")
        self.phone.setProperty("keyboard", "numeric")
        self.phone.setMaxLength(4)
        self.phone.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.phone))
        self.phone.textEdited.connect(self._phone_edited)
        self.phone_label.setBuddy(self.phone)
        self.phone_error = self.label("body", "phone_error")
        self.phone_error.setProperty("role", "error")
        self.message = self.label("notice", "track_message", "error")
        self.search = QPushButton()
        self.search.setObjectName("btn_track_search")
        self.search.setProperty("role", "primary")
        self.search.clicked.connect(self._search)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.code_label, 0, 0)
        grid.addWidget(self.code, 1, 0)
        grid.addWidget(self.code_error, 2, 0)
        grid.addWidget(self.phone_label, 0, 1)
        grid.addWidget(self.phone, 1, 1)
        grid.addWidget(self.phone_error, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for widget in (self.heading, self.intro):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(grid)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.search)
        self.layout_.addStretch(1)
        self._busy = False
        self._scan_token: str | None = None
        self._qr_connected = False
        flow.state_changed.connect(self._state_changed)
        self.retranslate()

    # --- ScreenWidget ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Track a dossier")

    def help_text(self) -> str:
        return self.tr(
            "The fastest way: hold the QR code printed on your receipt in front of the scanner.\n\n"
            "Or type the dossier code from your receipt (for example 000.00.00.G06-261128-0001, or a "
            "reference starting with TAM- if you received a provisional receipt), then the last 4 digits of "
            "the phone number you gave when you submitted, and touch \"Show my dossier\"."
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Where is my dossier?"))
        self.intro.setText(self.tr(
            "Hold the QR code on your receipt in front of the scanner, or type the code and the last 4 digits "
            "of your phone number."))
        self.code_label.setText(self.tr("Dossier code"))
        self.code.setAccessibleName(self.code_label.text())  # what speech output calls the field
        self.code.setPlaceholderText(self.tr("e.g. 000.00.00.G06-261128-0001"))
        self.phone_label.setText(self.tr("Last 4 digits of your phone"))
        self.phone.setAccessibleName(self.phone_label.text())
        self.search.setText(self.tr("Show my dossier"))
        self._render()

    def entered(self) -> None:
        self._connect_qr()
        typed = self.flow.session.tracking
        self.code.setText(typed.typed_code)
        self.phone.setText(typed.typed_phone_last4)
        self._scan_token = None
        self.code_error.clear()
        self.phone_error.clear()
        self.message.hide()
        self._render()

    def prepare_preview(self) -> None:
        self.flow.session.tracking.typed_code = "000.00.00.G06-261128-0001"
        self.flow.session.tracking.typed_phone_last4 = "56"

    # --- input ------------------------------------------------------------------------------------
    def _remember(self) -> None:
        tracking = self.flow.session.tracking
        tracking.typed_code, tracking.typed_phone_last4 = self.code.text().strip(), self.phone.text()

    def _code_edited(self, _text: str) -> None:
        self._scan_token = None
        self.code_error.clear()
        self._remember()

    def _phone_edited(self, _text: str) -> None:
        self.phone_error.clear()
        self._remember()

    def _reader(self) -> QrReader | None:
        """The QR reader, if this kiosk has one (shell-only kiosks run without services or devices)."""
        services = self.flow.services
        if services is None or services.devices is None:
            return None
        reader: QrReader | None = services.devices.get("qr")
        return reader

    def _connect_qr(self) -> None:
        """Listen to the scanner only while this screen is shown (an ID card QR elsewhere is not ours)."""
        reader = self._reader()
        if reader is not None and not self._qr_connected:
            reader.notifier.code_read.connect(self._code_scanned)
            self._qr_connected = True

    def _state_changed(self, _old: Screen, new: Screen) -> None:
        reader = self._reader()
        if new is not Screen.TRACK and self._qr_connected and reader is not None:
            reader.notifier.code_read.disconnect(self._code_scanned)
            self._qr_connected = False

    @Slot(object)
    def _code_scanned(self, scan: QrScan) -> None:
        if self.flow.state is not Screen.TRACK or self._busy:
            return
        parsed = parse_tracking_scan(scan.text)
        if parsed is None:
            self._show_message(self.tr("This code is not a dossier receipt. Please show the QR code printed on your receipt."))
            return
        code, token = parsed
        self.code.setText(code)
        self._remember()
        if token:
            self._scan_token = token
            self._start(code, tracking_token=token)
        else:
            self._show_message(self.tr("Code read. Now type the last 4 digits of your phone number."))
            self.phone.setFocus()

    def _search(self) -> None:
        code = normalise_code(self.code.text())  # "000.00.00.g06 -…" is the code 000.00.00.G06-…
        digits = self.phone.text()
        ok = True
        if not code:
            self.code_error.setText(self.tr("Please type the dossier code from your receipt."))
            ok = False
        if len(digits) != 4 or not digits.isdigit():
            self.phone_error.setText(self.tr("Please type exactly 4 digits."))
            ok = False
        if ok:
            self._start(code, phone_last4=digits)

    # --- the look-up ----------------------------------------------------------------------------
    def _start(self, code: str, *, tracking_token: str | None = None, phone_last4: str | None = None) -> None:
        services = self.flow.services
        client = services.client if services is not None else None
        if services is None or (client is None and not is_provisional_ref(code)):
            self._show_message(self._offline_text())
            return
        outbox = services.outbox
        self._busy = True
        self._show_message(self.tr("Looking up your dossier…"))
        self._render()
        proof = (TrackingProof(code, tracking_token=tracking_token) if tracking_token
                 else TrackingProof(code, phone_last4=phone_last4))
        services.jobs.run_for_session(
            self.flow.session,
            lambda: look_up(code, outbox=outbox, client=client, tracking_token=tracking_token, phone_last4=phone_last4),
            lambda answer: self._answered(answer, proof), self._failed, self._dropped)

    def _answered(self, answer: DossierTracking | OutboxAnswer, proof: TrackingProof) -> None:
        if isinstance(answer, DossierTracking):
            self._found(answer, proof)
            return
        self._busy = False
        self._render()
        self.show_outbox_answer(answer)

    def show_outbox_answer(self, answer: OutboxAnswer) -> None:
        """Say what this kiosk's outbox knows of a provisional reference (also the screenshots' sample)."""
        self._show_message(self._outbox_text(answer), self._OUTBOX_KINDS[answer.kind])

    def _dropped(self) -> None:
        """The visitor who asked has gone (session wiped): the answer is not shown to anyone."""
        self._busy = False
        self._render()

    def _found(self, tracking: DossierTracking, proof: TrackingProof) -> None:
        self._busy = False
        self._render()
        self.flow.session.tracking.tracked = tracking
        self.flow.session.tracking.proof = proof
        self.flow.session.tracking.form01_printing = TicketPrinting.NOT_STARTED  # a new dossier: its form 01 not yet
        self.flow.session.tracking.form01_problem = ""
        if self.flow.state is Screen.TRACK:
            self.message.hide()
            self.flow.go(Screen.DOSSIER)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._render()
        if isinstance(error, BackendRejected) and error.code == ErrorCode.DOSSIER_NOT_FOUND.value:
            text = self.tr("We could not find a dossier with this code and these phone digits. "
                           "Please check both against your receipt and try again.")
            if self._scan_token:
                text = self.tr("This receipt's code could not be found. Please type the code and the last 4 digits "
                               "of your phone number instead, or ask the staff.")
        elif isinstance(error, BackendRejected) and error.code in (ErrorCode.TOO_MANY_ATTEMPTS.value,
                                                                    ErrorCode.RATE_LIMITED.value):
            text = self.tr("Too many attempts. For your security, please wait a few minutes before trying again, "
                           "or ask the staff at the counter.")
        elif isinstance(error, BackendUnavailable):
            text = self._offline_text()
        else:
            log.warning("tracking failed: %s", log_detail(error))
            text = citizen_text(error, self.flow.language)
        self._show_message(text)

    _OUTBOX_KINDS = {OutboxAnswerKind.QUEUED: MessageKind.TIP, OutboxAnswerKind.SENT: MessageKind.SUCCESS,
                     OutboxAnswerKind.HELD: MessageKind.WARNING, OutboxAnswerKind.UNKNOWN: MessageKind.ERROR}

    def _outbox_text(self, answer: OutboxAnswer) -> str:
        """What this kiosk's outbox knows of a provisional reference, in the citizen's words."""
        since = moment(answer.queued_at) if answer.queued_at is not None else ""
        if answer.kind is OutboxAnswerKind.QUEUED:
            return self.tr("Your dossier %1 has been kept safely at this kiosk since %2 and has not been sent yet. "
                           "The kiosk sends it as soon as the ministry's system can be reached; the dossier code "
                           "will follow. Please look it up again later with the same reference."
                           ).replace("%1", answer.reference).replace("%2", since)
        if answer.kind is OutboxAnswerKind.SENT:
            return self.tr("Your dossier %1 has been sent to the ministry. Its dossier code is %2. Its progress "
                           "cannot be looked up right now; please try again later with this code."
                           ).replace("%1", answer.reference).replace("%2", answer.dossier_code)
        if answer.kind is OutboxAnswerKind.HELD:
            return self.tr("Your dossier %1 could not be sent to the ministry's system. Please show this "
                           "reference to the staff at the counter; they will help you.").replace("%1", answer.reference)
        return self.tr("This kiosk has no record of the reference %1, and the ministry's system cannot be reached "
                       "to look it up. Please check the reference on your receipt and try again later, or ask the "
                       "staff at the counter.").replace("%1", answer.reference)

    def _offline_text(self) -> str:
        return self.tr("The ministry's system cannot be reached right now, so dossiers cannot be looked up. "
                       "Please try again later, or ask the staff at the counter.")

    def _show_message(self, text: str, kind: MessageKind = MessageKind.ERROR) -> None:
        if isinstance(self.message, MessageLabel):
            self.message.set_kind(kind)
        self.message.setText(text)
        self.message.show()

    def _render(self) -> None:
        self.search.setEnabled(not self._busy)
        self.code.setEnabled(not self._busy)
        self.phone.setEnabled(not self._busy)
