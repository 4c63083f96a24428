"""The maintenance screen (behind the PIN): a left menu of big buttons and one page per task.

Pages live in ``ui.screens.maintenance_pages`` (and the QA fault panel, simulated profile only, in
``ui.screens.maintenance_faults``). Restart and exit to the desktop ask first, then end the Qt event
loop with :data:`kiosk_app.maintenance.RESTART_EXIT_CODE` or 0; ``kiosk run`` restarts on the former.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.maintenance import RESTART_EXIT_CODE
from ui.screens.base import ScreenWidget
from ui.screens.maintenance_faults import FaultsPage
from ui.screens.maintenance_pages import (
    BackendPage,
    CameraPage,
    CountersPage,
    DevicesPage,
    LogsPage,
    OutboxPage,
    Page,
    PrinterPage,
    ProfilePage,
    QrPage,
    SystemPage,
    button,
    make_touch_list,
)
from ui.widgets.overlay import ConfirmOverlay


class MaintenanceScreen(ScreenWidget):
    screen = Screen.MAINTENANCE
    # How the application ends (tests replace it): QApplication.exit(code).
    quit_app: Callable[[int], None] = staticmethod(QApplication.exit)

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.heading = self.label("body", "maint_heading")
        self.layout_.addWidget(self.heading)
        row = QHBoxLayout()
        row.setSpacing(24)
        menu_body = QWidget()
        menu = QVBoxLayout(menu_body)
        menu.setContentsMargins(0, 0, 0, 0)
        menu.setSpacing(8)
        self.pages_stack = QStackedWidget()
        page_types: list[type[Page]] = [DevicesPage, CameraPage, QrPage, PrinterPage, BackendPage, OutboxPage,
                                        CountersPage, LogsPage, ProfilePage, SystemPage]
        if flow.services is not None and flow.services.profile.simulated:
            page_types.append(FaultsPage)
        self.pages: dict[str, Page] = {}
        self._page_frames: dict[str, QWidget] = {}  # what the stack shows for each page (it, or its scroll area)
        self.menu_buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        for page_type in page_types:
            page = page_type(flow)
            page.confirm.connect(self.ask)
            self.pages[page.key] = page
            frame = page if page.scrolls_itself else self._scrolling(page)
            self._page_frames[page.key] = frame
            self.pages_stack.addWidget(frame)
            entry = button(f"btn_maint_page_{page.key}")
            entry.setCheckable(True)
            entry.clicked.connect(lambda _=False, k=page.key: self.show_page(k))
            self._group.addButton(entry)
            self.menu_buttons[page.key] = entry
            menu.addWidget(entry)
        menu.addStretch(1)
        menu_scroll = QScrollArea()
        menu_scroll.setWidgetResizable(True)
        menu_scroll.setWidget(menu_body)
        make_touch_list(menu_scroll)
        self.menu_scroll = menu_scroll
        self.leave = button("btn_maint_leave", "primary")
        self.leave.clicked.connect(self.flow.home)
        side = QVBoxLayout()
        side.addWidget(menu_scroll, 1)
        side.addWidget(self.leave)
        row.addLayout(side)
        row.addWidget(self.pages_stack, 1)
        self.layout_.addLayout(row, 1)
        system = self.pages["system"]
        assert isinstance(system, SystemPage)
        system.restart_requested.connect(lambda: self.quit_app(RESTART_EXIT_CODE))
        system.exit_requested.connect(lambda: self.quit_app(0))
        self.confirm_overlay = ConfirmOverlay(self)
        self.confirm_overlay.yes.setObjectName("btn_maint_confirm_yes")
        self.confirm_overlay.no.setObjectName("btn_maint_confirm_no")
        self._pending: Callable[[], None] | None = None
        self.confirm_overlay.confirmed.connect(self._confirmed)
        self.current = "devices"
        self.menu_buttons["devices"].setChecked(True)
        self.retranslate()

    # --- ScreenWidget ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Maintenance")

    def help_text(self) -> str:
        return self.tr(
            "Maintenance mode for technicians.\n\n"
            "Choose a page on the left: device status, camera, QR reader, printer, backend, outbox, counters, "
            "log, profile, and diagnostics. The kiosk leaves maintenance mode by itself after a few idle minutes, "
            "or when you touch 'Leave maintenance'."
        )

    def retranslate(self) -> None:
        for key, page in self.pages.items():
            self.menu_buttons[key].setText(page.menu_text())
            page.retranslate()
        self.leave.setText(self.tr("Leave maintenance"))
        self._heading()
        self._fit_menu()

    def _fit_menu(self) -> None:
        """The menu is as wide as its widest button at the current language and text size."""
        widest = max(b.sizeHint().width() for b in [*self.menu_buttons.values(), self.leave])
        self.menu_scroll.setFixedWidth(widest + 4)

    def entered(self) -> None:
        if self.flow.state is not Screen.MAINTENANCE:
            return
        self._heading()
        self._fit_menu()
        self.show_page(self.current)

    def prepare_preview(self) -> None:
        if self.flow.maintenance is not None:
            self.flow.maintenance.unlock_for_preview()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        self.pages[self.current].hidden()
        self.confirm_overlay.hide()
        super().hideEvent(event)

    # --- pages -------------------------------------------------------------------------------------
    def _heading(self) -> None:
        if self.flow.services is None:
            self.heading.setText(self.tr("Maintenance mode"))
            return
        profile = self.flow.services.profile
        reason = self.flow.out_of_service_reason
        text = self.tr("%1 (%2) – profile %3").replace("%1", profile.kiosk.name).replace("%2", profile.kiosk.id) \
            .replace("%3", profile.name)
        if reason:
            text += " – " + self.tr("out of service: %1").replace("%1", reason)
        self.heading.setText(text)

    def show_page(self, key: str) -> None:
        if key != self.current:
            self.pages[self.current].hidden()
        self.current = key
        self.menu_buttons[key].setChecked(True)
        self.menu_scroll.ensureWidgetVisible(self.menu_buttons[key])
        page = self.pages[key]
        self.pages_stack.setCurrentWidget(self._page_frames[key])
        page.shown()

    @staticmethod
    def _scrolling(page: Page) -> QScrollArea:
        """A page in a drag-to-scroll area, so a small screen or large text never cuts it off."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(page)
        make_touch_list(area)
        return area

    def ask(self, question: str, explanation: str, action: Callable[[], None]) -> None:
        self._pending = action
        self.confirm_overlay.ask(question, explanation, self.tr("Yes"), self.tr("No"))

    def _confirmed(self) -> None:
        action, self._pending = self._pending, None
        if action is not None:
            action()
