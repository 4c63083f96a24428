"""The scanning widget: live camera preview with the page outline, auto-capture, thumbnails, page tools.

Preview frames arrive from the camera's ``notifier.frame_ready`` (BGR numpy). Page detection runs on
the job runner, always on the newest frame only (frames that arrive meanwhile replace each other), so
the GUI thread only draws. The smoothed outline drives :class:`AutoCapture` (time from the flow's
injectable clock); a still is then taken at full resolution and processed in a session-scoped job
(``kiosk_app.dossier_form.capture_page``). The pages live in the session's typed state (a
:class:`~kiosk_app.session_models.ScanState` the owning screen points to), never only in this widget.

Issue 21 finding 6: a capture that fails a quality check (no page found, blur, too dark, …) is held
aside (``ScanState.pending``), not added: the citizen sees it large with the reason and chooses
"Retake" or "Keep this page anyway"; only a kept page counts. The thumbnails are large enough to judge,
and tapping one shows the page large with close, retake, delete and turn.

A page whose orientation its text does not tell (a photo, a form with little text, a blurred page) is left as
it lay; "Turn" turns the selected page a quarter turn clockwise (issue 17), from the side tools or from the
page shown large, where the turned page is shown at once.

Scanning is presence: a page being laid or held under the camera restarts the flow's idle timer, and
the timer is paused while a page is captured and processed (issue 21 finding 1). A page lying still
after its picture was taken does not count: a forgotten paper must not keep a session open.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kiosk_app.digitize.capture import AutoCapture, CaptureState
from kiosk_app.digitize.detect import PageDetection, PageDetector
from kiosk_app.digitize.enhance import EnhanceMode
from kiosk_app.digitize.pages import ComponentPages
from kiosk_app.digitize.quality import QualityIssue
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.digitize.smoother import PageSmoother
from kiosk_app.dossier_form import ScannedPage, capture_page, turned_page
from kiosk_app.flow import KioskFlow
from kiosk_app.session_models import PendingCapture, ScanState
from ui.messages import citizen_text
from ui.theme import palette_of
from ui.widgets.fit_label import FitLabel
from ui.widgets.page_viewer import THUMB_HEIGHT, PageStrip, PageViewer, ViewerAction
from ui.widgets.scrolling import make_kinetic

log = logging.getLogger("ui.scanner")

PREVIEW_MIN = QSize(400, 225)
# States of auto-capture that mean a hand is laying or holding a page under the camera.
PRESENT_STATES = frozenset({CaptureState.MOVING, CaptureState.STEADY, CaptureState.CAPTURE})
CAPTURE_PAUSE = "page capture"  # why the idle timer is paused while a page is captured and processed


def preview_image(frame: np.ndarray, size: QSize) -> QImage:
    """A BGR (or grey) camera frame scaled to fit ``size`` (aspect ratio kept, nearest pixel), as a 32-bit
    QImage that owns its pixels and that QPainter draws on directly.

    OpenCV scales the frame before Qt sees it: converting the whole frame to RGB888, scaling it there and
    painting on that format took about three times as long, at every preview frame."""
    h, w = frame.shape[:2]
    fitted = QSize(w, h).scaled(size, Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1))
    small = np.ascontiguousarray(cv2.resize(frame, (fitted.width(), fitted.height()),
                                            interpolation=cv2.INTER_NEAREST))
    source = QImage.Format.Format_Grayscale8 if small.ndim == 2 else QImage.Format.Format_BGR888
    # convertToFormat copies into a new image: nothing refers to ``small`` afterwards
    return QImage(small.data, fitted.width(), fitted.height(), small.strides[0], source).convertToFormat(
        QImage.Format.Format_RGB32)


class ScanWidget(QWidget):
    """Scans the pages of one document component at a time into the session.

    ``scans`` returns the visitor's :class:`ScanState` (asked each time: a wipe replaces it).
    """

    pages_changed = Signal(str)  # component id

    def __init__(self, flow: KioskFlow, scans: Callable[[], ScanState], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self._scans = scans
        self.component_id = ""
        self.mode = EnhanceMode.GREY
        self.selected = -1
        self._active = False
        self._camera: Any = None
        self._latest: np.ndarray | None = None
        self._detecting = False
        self._capturing = False
        self._turning = False
        self._retake_index: int | None = None
        self._detection: PageDetection | None = None
        self._state = CaptureState.NO_PAGE
        self._searching = 0.0  # seconds without a page found (CaptureStatus.searching_seconds)
        self._settings = DigitizeSettings()
        self._detector: PageDetector | None = None
        self._smoother: PageSmoother | None = None
        self._auto: AutoCapture | None = None
        self._problem = ""  # the last failure shown in the status line (translated at display)

        self.preview = QLabel()
        self.preview.setObjectName("scan_preview")
        self.preview.setMinimumSize(PREVIEW_MIN)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("role", "camera")
        self.hint = FitLabel()
        self.hint.setObjectName("scan_hint")
        self.hint.setProperty("role", "notice")
        self.hint.setWordWrap(True)
        self.status = FitLabel()
        self.status.setObjectName("scan_status")
        self.status.setProperty("role", "body")
        self.status.setWordWrap(True)
        self.help = FitLabel()  # how to lay a page that is not found (CaptureStatus.searching_seconds)
        self.help.setObjectName("scan_help")
        self.help.setProperty("role", "notice")
        self.help.setWordWrap(True)
        self.help.hide()
        self.quality = FitLabel()
        self.quality.setObjectName("scan_quality")
        self.quality.setProperty("role", "notice")
        self.quality.setWordWrap(True)
        self.quality.hide()
        self.capture_button = self._button("btn_capture", self.capture, "primary")
        self.hint_ok = self._button("btn_hint_ok", self._hint_seen)

        self.thumbs = PageStrip("thumb")
        self.thumbs.tapped.connect(self.view_page)
        thumbs_area = QScrollArea()
        thumbs_area.setObjectName("scan_thumbnails")
        thumbs_area.setWidgetResizable(True)
        thumbs_area.setWidget(self.thumbs)
        thumbs_area.setFixedHeight(THUMB_HEIGHT + 48)  # the thumbnails and a horizontal scroll bar
        make_kinetic(thumbs_area)
        self.retake_button = self._button("btn_page_retake", self.retake)
        self.delete_button = self._button("btn_page_delete", self.delete)
        self.up_button = self._button("btn_page_up", lambda: self.move_page(-1))
        self.down_button = self._button("btn_page_down", lambda: self.move_page(1))
        self.turn_button = self._button("btn_page_turn", self.turn)

        tools = QGridLayout()
        tools.addWidget(self.retake_button, 0, 0)
        tools.addWidget(self.delete_button, 0, 1)
        tools.addWidget(self.up_button, 1, 0)
        tools.addWidget(self.down_button, 1, 1)
        tools.addWidget(self.turn_button, 2, 0, 1, 2)
        left = QVBoxLayout()
        left.addWidget(self.preview, 1)
        left.addWidget(thumbs_area)
        right = QVBoxLayout()
        right.addWidget(self.status)
        right.addWidget(self.quality)
        right.addStretch(1)
        right.addWidget(self.capture_button)
        right.addLayout(tools)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.hint_ok)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(hint_row)
        outer.addWidget(self.help)  # full width above the camera: the column beside it has no room at 200 % text
        outer.addLayout(body, 1)
        self.viewer = PageViewer(self)
        self.retranslate()

    @staticmethod
    def _button(name: str, slot: Callable[[], None], role: str = "") -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        if role:
            button.setProperty("role", role)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False: slot())
        return button

    # ------------------------------------------------------------------ session state
    @property
    def store(self) -> dict[str, ComponentPages[ScannedPage]]:
        """The visitor's pages by component id."""
        return self._scans().pages

    def pages(self, component_id: str | None = None) -> ComponentPages[ScannedPage]:
        return self._scans().of(component_id or self.component_id)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.capture_button.setText(self.tr("Take the picture now"))
        self.hint.setText(self.tr(
            "Lay the page face up under the camera, flat and whole. "
            "The picture is taken by itself when the green outline stays still."))
        self.hint_ok.setText(self.tr("I understand"))
        self.help.setText(self.tr("No page found yet. Lay one page alone in the marked area, face up, with nothing on "
                                  "it or under it, or touch “Take the picture now”."))
        self.retake_button.setAccessibleName(self.tr("Retake the selected page"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected page"))
        self.up_button.setAccessibleName(self.tr("Move the selected page up"))
        self.down_button.setAccessibleName(self.tr("Move the selected page down"))
        self.turn_button.setAccessibleName(self.tr("Turn the selected page a quarter turn clockwise"))
        self.retake_button.setText(self.tr("Retake"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setText("↑ " + self.tr("Up"))
        self.down_button.setText("↓ " + self.tr("Down"))
        self.turn_button.setText("↻ " + self.tr("Turn the page"))
        self._show_status()
        self._refresh_pages()

    def _show_status(self) -> None:
        pending = self._pending()
        helping = False  # the notice on how to lay a page: only where the status shows the camera's state
        if pending is not None:
            text = self._pending_reason(pending) + " " + self.tr(
                "Retake the picture, or keep this page as it is.")
        elif self._problem:
            text = self._problem
        elif self._capturing:
            text = self.tr("Taking the picture… keep the page still.")
        elif self._retake_index is not None:
            text = self.tr("Lay page %1 again to replace it.").replace("%1", str(self._retake_index + 1))
        else:
            text = {
                CaptureState.NO_PAGE: self.tr("Put the page under the camera."),
                CaptureState.ADJUST: self.tr("Move the page so that it is whole and fills the marked area."),
                CaptureState.MOVING: self.tr("Hold the page still…"),
                CaptureState.STEADY: self.tr("Hold still – taking the picture…"),
                CaptureState.CAPTURE: self.tr("Taking the picture… keep the page still."),
                CaptureState.COOLDOWN: self.tr("Picture taken. Lay the next page, or go on."),
            }[self._state]
            # a page lying there but not found (on other sheets, a pen across its edge), or none laid yet: how to lay it
            helping = self._state is CaptureState.NO_PAGE \
                and 0 < self._settings.no_page_help_seconds <= self._searching
        self.status.setText(text)
        self.help.setVisible(helping)
        first_time = not self.flow.session.scan_hint_seen and not helping  # the help says it all, and more
        self.hint.setVisible(first_time)
        self.hint_ok.setVisible(first_time)

    # ------------------------------------------------------------------ lifecycle
    def set_component(self, component_id: str, mode: EnhanceMode) -> None:
        """Scan pages of ``component_id`` from now on (enhanced in ``mode``)."""
        self.component_id = component_id
        self.mode = mode
        self._retake_index = None
        self.selected = len(self.pages()) - 1
        self._problem = ""
        self._start_over()
        self._refresh_pages()
        self._show_status()
        self._show_pending()

    def forget(self) -> None:
        """A new visitor: no component, selection, retake or problem carried over (the pages are in the session)."""
        self.stop()
        self.component_id = ""
        self.selected = -1
        self._retake_index = None
        self._turning = False
        self._problem = ""
        self._state = CaptureState.NO_PAGE
        self._detection = None
        self._start_over()
        self.viewer.hide()
        self._refresh_pages()
        self._show_status()

    def start(self) -> None:
        """Connect to the camera (when the scanning step is shown)."""
        services = self.flow.services
        self._show_status()  # the first-time hint, unless the citizen has seen it
        self._show_pending()
        if self._active:
            return
        camera = services.devices.get("camera") if services is not None and services.devices is not None else None
        if services is None or camera is None:
            self._problem = self.tr(
                "The camera of this kiosk is not working. Please ask the staff at the counter to receive your papers.")
            self.capture_button.setEnabled(False)
            self._show_status()
            return
        self._settings = services.profile.digitize
        self._detector = PageDetector(self._settings)
        self._smoother = PageSmoother(self._settings)
        self._auto = AutoCapture(self._settings, clock=self.flow.clock)
        self._camera = camera
        self._active = True
        self.capture_button.setEnabled(True)
        camera.notifier.frame_ready.connect(self._on_frame)

    def stop(self) -> None:
        """Disconnect from the camera (leaving the step or the screen)."""
        if self._active and self._camera is not None:
            self._camera.notifier.frame_ready.disconnect(self._on_frame)
        self._active = False
        self._latest = None
        self._searching = 0.0  # the search for a page ends with the step; a new start times it afresh
        self.viewer.hide()

    def _start_over(self) -> None:
        """Auto-capture starts over (a new document, a retake): so does the search for a page."""
        self._searching = 0.0
        if self._auto is not None:
            self._auto.reset()

    def _hint_seen(self) -> None:
        self.flow.session.scan_hint_seen = True
        self._show_status()  # which hides the hint

    # ------------------------------------------------------------------ preview and detection
    def _on_frame(self, frame: np.ndarray) -> None:
        if not self._active:
            return
        self._latest = frame
        self._draw(frame)
        if not self._detecting:
            self._detect_next()

    def _detect_next(self) -> None:
        frame, self._latest = self._latest, None
        services = self.flow.services
        if frame is None or self._detector is None or services is None:
            return
        self._detecting = True
        detector = self._detector
        services.jobs.run(lambda: detector.detect(frame), self._detected, self._detect_failed)

    def _detect_failed(self, exc: BaseException) -> None:
        log.warning("page detection failed: %r", exc)
        self._detecting = False

    def _detected(self, detection: PageDetection | None) -> None:
        self._detecting = False
        if not self._active or self._smoother is None or self._auto is None:
            return
        self._detection = self._smoother.update(detection)
        status = self._auto.update(self._detection)
        self._state = status.state
        self._searching = status.searching_seconds
        if status.state in PRESENT_STATES:
            self.flow.note_presence("page under the camera")
        if status.state is CaptureState.CAPTURE and not self._capturing:
            self._start_capture()
        self._show_status()
        self._detect_next()

    def show_frame(self, frame: np.ndarray, searching_seconds: float = 0.0) -> PageDetection | None:
        """Find the page in ``frame`` on this thread and show the frame with its outline and status, as a live
        preview frame is shown (for screenshots and tests, which have no camera running); when no page is found, as
        after ``searching_seconds`` without one."""
        detection = PageDetector(self._settings).detect(frame)
        self._problem = ""
        self._detection = detection
        self._state = AutoCapture(self._settings).update(detection).state
        self._searching = searching_seconds if detection is None else 0.0
        self._draw(frame)
        self._show_status()
        return detection

    def _draw(self, frame: np.ndarray) -> None:
        image = preview_image(frame, self.preview.size())
        detection = self._detection
        if detection is not None:
            sx = image.width() / detection.frame_size[0]
            sy = image.height() / detection.frame_size[1]
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            good = not detection.cut_off and self._state in (CaptureState.STEADY, CaptureState.CAPTURE,
                                                             CaptureState.COOLDOWN, CaptureState.MOVING)
            palette = palette_of(self.flow.theme)
            painter.setPen(QPen(QColor(palette.camera_good if good else palette.camera_bad), 5))
            painter.drawPolygon(QPolygonF([QPointF(float(x) * sx, float(y) * sy) for x, y in detection.corners]))
            painter.end()
        self.preview.setPixmap(QPixmap.fromImage(image))

    # ------------------------------------------------------------------ capture
    def capture(self) -> None:
        """The manual capture button (also used by auto-capture)."""
        if self._auto is not None:
            self._auto.captured()
        self._start_capture()

    def _start_capture(self) -> None:
        services = self.flow.services
        if self._capturing or not self._active or self._camera is None or services is None:
            return
        if self._pending() is not None:  # the citizen decides about the last picture first
            return
        self._capturing = True
        self.flow.pause_idle(CAPTURE_PAUSE)
        self._problem = ""
        self.capture_button.setEnabled(False)
        camera, detection, settings, mode = self._camera, self._detection, self._settings, self.mode
        component = self.component_id
        # A wipe meanwhile drops the page: it belongs to nobody.
        services.jobs.run_for_session(
            self.flow.session, lambda: capture_page(camera, detection, settings, mode),
            lambda page: self._captured(component, page), self._capture_failed, on_dropped=self._capture_dropped)
        self._show_status()

    def _capture_ended(self) -> None:
        """The still is in (or failed, or was dropped): the idle timer runs again from now."""
        self._capturing = False
        self.flow.resume_idle(CAPTURE_PAUSE)

    def _capture_dropped(self) -> None:
        self._capture_ended()
        self.capture_button.setEnabled(self._active)

    def _captured(self, component_id: str, page: ScannedPage) -> None:
        self._capture_ended()
        self.capture_button.setEnabled(self._active)
        scans = self._scans()
        replaces = self._retake_index if self._retake_index is not None \
            and self._retake_index < scans.count(component_id) else None
        self._retake_index = None
        services = self.flow.services
        if services is not None:
            services.counters.add("pages_scanned")
        if page.issues:  # not a page yet: the citizen retakes it or keeps it (issue 21 finding 6)
            log.info("capture held for the citizen: %s", ", ".join(issue.detail for issue in page.issues))
            scans.hold(component_id, page, replaces)
            self._show_status()
            self._show_pending()
            return
        self.selected = scans.place(component_id, page, replaces)
        self._refresh_pages()
        self._show_status()
        self.pages_changed.emit(component_id)

    # ------------------------------------------------------------------ a capture that failed a check
    def _pending(self) -> PendingCapture | None:
        """The held capture of the component shown now (another component's waits for its turn)."""
        pending = self._scans().pending
        return pending if pending is not None and pending.component_id == self.component_id else None

    def _pending_reason(self, pending: PendingCapture) -> str:
        issues: tuple[QualityIssue, ...] = pending.page.issues
        return " ".join(citizen_text(issue, self.flow.language) for issue in issues[:2])

    def _show_pending(self) -> None:
        """Show the held capture large with "Retake" and "Keep this page anyway" (or nothing when none)."""
        pending = self._pending()
        if pending is None:
            if self.viewer.property("pending"):
                self.viewer.hide()
            self.viewer.setProperty("pending", False)
            return
        heading = self.tr("This picture may not be good enough") if pending.replaces is None else \
            self.tr("The new picture of page %1 may not be good enough").replace("%1", str(pending.replaces + 1))
        self.viewer.setProperty("pending", True)
        self.viewer.show_page(pending.page, heading, self._pending_reason(pending), (
            ViewerAction("btn_viewer_keep", self.tr("Keep this page anyway"), self.keep_pending),
            ViewerAction("btn_viewer_retake", self.tr("Retake"), self.retake_pending, "primary")))

    def keep_pending(self) -> None:
        """The citizen keeps the held capture as it is: now it counts as a page."""
        self.viewer.setProperty("pending", False)
        kept = self._scans().keep_pending()
        if kept is None:
            return
        component_id, self.selected = kept
        log.info("capture kept by the citizen despite the quality checks")
        self._refresh_pages()
        self._show_status()
        self.pages_changed.emit(component_id)

    def retake_pending(self) -> None:
        """The citizen takes the held picture again: it is dropped; the next capture takes its place."""
        self.viewer.setProperty("pending", False)
        pending = self._scans().discard_pending()
        self._retake_index = pending.replaces if pending is not None else None
        self._start_over()
        self._show_status()

    def _capture_failed(self, exc: BaseException) -> None:
        self._capture_ended()
        self.capture_button.setEnabled(self._active)
        log.warning("capture failed: %s", getattr(exc, "detail", repr(exc)))
        self._problem = citizen_text(exc, self.flow.language)
        self._show_status()

    # ------------------------------------------------------------------ page tools
    def select(self, index: int) -> None:
        self.selected = index
        self._refresh_pages()

    def view_page(self, index: int) -> None:
        """A tapped thumbnail: select the page and show it large, with close, retake, delete and turn."""
        pages = self.pages()
        if not 0 <= index < len(pages):
            return
        self.select(index)
        page = pages[index]
        note = self._issues_note(index, page) if page.issues else ""
        self.viewer.setProperty("pending", False)
        self.viewer.show_page(page, self.tr("Page %1").replace("%1", str(index + 1)), note, (
            ViewerAction("btn_viewer_delete", self.tr("Delete"), self.delete),
            ViewerAction("btn_viewer_retake", self.tr("Retake"), self.retake),
            ViewerAction("btn_viewer_turn", "↻ " + self.tr("Turn the page"), self.turn, closes=False),
            ViewerAction("btn_viewer_close", self.tr("Close"), lambda: None, "primary")))

    def turn(self) -> None:
        """Turn the selected page a quarter turn clockwise (in a session job: a 300 dpi page is decoded and
        encoded again); the page shown large shows the turned page."""
        pages = self.pages()
        services = self.flow.services
        if self._turning or services is None or not 0 <= self.selected < len(pages):
            return
        self._turning = True
        self._refresh_tools()
        component, index, page = self.component_id, self.selected, pages[self.selected]
        services.jobs.run_for_session(
            self.flow.session, lambda: turned_page(page),
            lambda turned: self._turned(component, index, page, turned), self._turn_failed,
            on_dropped=self._turn_ended)

    def _turned(self, component_id: str, index: int, page: ScannedPage, turned: ScannedPage) -> None:
        self._turn_ended()
        pages = self.pages(component_id)
        if not 0 <= index < len(pages) or pages[index] is not page:
            return  # the page was deleted, retaken or moved meanwhile: the turn is for a page no longer there
        pages.retake(index, turned)
        self._refresh_pages()
        self.pages_changed.emit(component_id)
        if self.viewer.isVisible() and not self.viewer.property("pending") and component_id == self.component_id \
                and self.selected == index:
            self.view_page(index)

    def _turn_failed(self, exc: BaseException) -> None:
        self._turn_ended()
        log.warning("turning a page failed: %r", exc)
        self._problem = citizen_text(exc, self.flow.language)
        self._show_status()

    def _turn_ended(self) -> None:
        self._turning = False
        self._refresh_tools()

    def retake(self) -> None:
        if 0 <= self.selected < len(self.pages()):
            self._retake_index = self.selected
            self._problem = ""
            self._start_over()
            self._show_status()

    def delete(self) -> None:
        pages = self.pages()
        if 0 <= self.selected < len(pages):
            pages.delete(self.selected)
            self.selected = min(self.selected, len(pages) - 1)
            self._retake_index = None
            self._refresh_pages()
            self.pages_changed.emit(self.component_id)

    def move_page(self, step: int) -> None:
        """Move the selected page ``step`` places (QWidget.move places the widget: not overridden)."""
        pages = self.pages()
        target = self.selected + step
        if 0 <= self.selected < len(pages) and 0 <= target < len(pages):
            pages.move(self.selected, target)
            self.selected = target
            self._refresh_pages()
            self.pages_changed.emit(self.component_id)

    def _issues_note(self, index: int, page: ScannedPage) -> str:
        return (self.tr("Page %1: ").replace("%1", str(index + 1)) + citizen_text(page.issues[0], self.flow.language)
                + " " + self.tr("We suggest retaking it."))

    def _refresh_pages(self) -> None:
        pages = self.pages() if self.component_id else ()
        self.thumbs.set_pages(tuple(pages), self.selected, self.tr("Page %1 – touch to see it large"))
        has = self._refresh_tools()
        if has and pages[self.selected].issues:
            self.quality.setText(self._issues_note(self.selected, pages[self.selected]))
            self.quality.show()
        else:
            self.quality.hide()

    def _refresh_tools(self) -> bool:
        """Enable the page tools that apply to the selection; whether a page is selected."""
        pages = self.pages() if self.component_id else ()
        has = 0 <= self.selected < len(pages)
        for button in (self.retake_button, self.delete_button):
            button.setEnabled(has)
        self.turn_button.setEnabled(has and not self._turning)
        for button in self.viewer.action_buttons:
            if button.objectName() == "btn_viewer_turn":
                button.setEnabled(not self._turning)
        self.up_button.setEnabled(has and self.selected > 0)
        self.down_button.setEnabled(has and self.selected < len(pages) - 1)
        return has
