"""One visitor's session: what they entered and the files they produced, wiped when they leave."""
from __future__ import annotations

import logging
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from kiosk_app.api.schemas import SupplementReceipt
from kiosk_app.privacy import ensure_private_dir
from kiosk_app.session_models import ReceiptKind, ReceiptState, SubmissionState
from kiosk_app.visitor_state import BrowseState, SupplementState, TicketState, TrackingState

log = logging.getLogger("kiosk.session")


class CitizenSession:
    """One visitor's typed state in memory plus a private scratch directory on disk; :meth:`wipe`
    removes both.

    Every screen keeps what the citizen typed or scanned here (never in its own widgets only), so that
    Back keeps it and the privacy wipe removes all of it in one place:

    - ``procedure_code``: the procedure the visitor looks at or applies for ("" for none);
    - ``browse``, ``tracking``, ``supplement``, ``ticket``: the browsing screens (:mod:`kiosk_app.visitor_state`);
    - ``submission`` (the wizard's data) and ``receipt`` (:mod:`kiosk_app.session_models`).
    """

    def __init__(self, scratch_root: Path) -> None:
        self._scratch_root = ensure_private_dir(scratch_root)
        self.id = ""
        self._new_visitor_state()
        self.scratch_dir = self._new_scratch()
        self._wipe_hooks: list[Callable[[], object]] = []

    def on_wipe(self, hook: Callable[[], object]) -> None:
        """Also run ``hook`` at every wipe: it deletes the visitor's data kept outside the scratch directory
        (e.g. the simulated printer's receipt files)."""
        self._wipe_hooks.append(hook)

    def _new_scratch(self) -> Path:
        self.id = uuid.uuid4().hex[:12]
        return Path(tempfile.mkdtemp(prefix=f"session-{self.id}-", dir=self._scratch_root))

    def _new_visitor_state(self) -> None:
        """Fresh, empty state for a new visitor (at start and at every wipe)."""
        self.procedure_code = ""
        self.browse = BrowseState()
        self.tracking = TrackingState()
        self.supplement = SupplementState()
        self.ticket = TicketState()
        self.submission = SubmissionState()
        self.receipt = ReceiptState()
        self.scan_hint_seen = False  # the scanning hint was acknowledged (once per visitor)

    def _visitor_state_empty(self) -> bool:
        return (not self.procedure_code
                and all(state.is_empty() for state in (self.browse, self.tracking, self.supplement, self.ticket))
                and not self.submission.has_personal_data and not self.receipt.has_personal_data)

    def supplement_receipted(self, receipt: SupplementReceipt) -> None:
        """The supplement upload succeeded: keep its receipt, and have the receipt screen show and print it."""
        self.supplement.receipt = receipt
        tracked = self.tracking.tracked
        self.receipt = ReceiptState(kind=ReceiptKind.SUPPLEMENT, supplement=receipt,
                                    supplement_procedure_vi=tracked.procedure_name_vi if tracked else "",
                                    supplement_procedure_en=tracked.procedure_name_en if tracked else "")

    @property
    def has_personal_data(self) -> bool:
        """True when the visitor entered anything or produced any file."""
        return not self._visitor_state_empty() or any(self.scratch_dir.iterdir())

    def wipe(self) -> None:
        """Forget every typed state, delete the scratch directory, and start a fresh, empty one."""
        self._erase()
        log.info("session %s wiped", self.id)
        self.scratch_dir = self._new_scratch()

    def close(self) -> None:
        """The kiosk stops: forget everything and leave no scratch directory behind (not even an empty one,
        which the next start would have to purge as a crashed run's)."""
        self._erase()
        log.info("session %s closed", self.id)

    def _erase(self) -> None:
        self._new_visitor_state()
        shutil.rmtree(self.scratch_dir, ignore_errors=True)
        for hook in self._wipe_hooks:
            try:
                hook()
            except Exception:  # noqa: BLE001 - one failing clean-up must not keep the rest of the data
                log.exception("session %s: a wipe step failed", self.id)

    def purge_leftovers(self) -> int:
        """Delete scratch directories of earlier runs (after a crash or power cut); returns how many."""
        removed = 0
        for path in self._scratch_root.glob("session-*"):
            if path != self.scratch_dir:
                shutil.rmtree(path, ignore_errors=True)
                removed += 1
        if removed:
            log.warning("removed %d session scratch directories left by an earlier run", removed)
        return removed
