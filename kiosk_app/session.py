"""One visitor's session: what they entered and the files they produced, wiped when they leave."""
from __future__ import annotations

import logging
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk_app.api.schemas import SupplementReceipt
from kiosk_app.privacy import ensure_private_dir
from kiosk_app.visitor_state import BrowseState, SupplementState, TicketState, TrackingProof, TrackingState

log = logging.getLogger("kiosk.session")


class CitizenSession:
    """Form data in memory plus a private scratch directory on disk; :meth:`wipe` removes both.

    Every screen stores what the citizen typed or scanned here (never in its own widgets only), so
    that Back keeps it and the privacy wipe can remove all of it in one place.
    """

    def __init__(self, scratch_root: Path) -> None:
        self._scratch_root = ensure_private_dir(scratch_root)
        self.id = ""
        self.fields: dict[str, Any] = {}
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

    # --- typed state of the browsing, tracking, supplement and ticket screens (kiosk_app.visitor_state) ---
    def _new_visitor_state(self) -> None:
        """Fresh, empty state for a new visitor (at start and at every wipe)."""
        self.procedure_code = ""  # the procedure the visitor looks at or applies for
        self.browse = BrowseState()
        self.tracking = TrackingState()
        self.supplement = SupplementState()
        self.ticket = TicketState()

    def _visitor_state_empty(self) -> bool:
        return not self.procedure_code and all(
            state.is_empty() for state in (self.browse, self.tracking, self.supplement, self.ticket))

    def supplement_receipted(self, receipt: SupplementReceipt) -> None:
        """The supplement upload succeeded: keep its receipt, and have RECEIPT show and print it."""
        self.supplement.receipt = receipt
        # The receipt screen's own state is not typed yet (helper i19-wizard's ReceiptState replaces this).
        self.fields["receipt_kind"] = "supplement"
        self.fields["receipt_printed"] = False

    @property
    def has_personal_data(self) -> bool:
        """True when the visitor entered anything or produced any file."""
        return bool(self.fields) or not self._visitor_state_empty() or any(self.scratch_dir.iterdir())

    def set(self, key: str, value: Any) -> None:
        if key in _TYPED_KEYS:
            _TYPED_KEYS[key][1](self, value)
            return
        self.fields[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        if key in _TYPED_KEYS:
            value = _TYPED_KEYS[key][0](self)
            return default if value is None or value == "" else value
        return self.fields.get(key, default)

    def wipe(self) -> None:
        """Forget every field, delete the scratch directory, and start a fresh, empty one."""
        self.fields.clear()
        self._new_visitor_state()
        shutil.rmtree(self.scratch_dir, ignore_errors=True)
        for hook in self._wipe_hooks:
            try:
                hook()
            except Exception:  # noqa: BLE001 - one failing clean-up must not keep the rest of the data
                log.exception("session %s: a wipe step failed", self.id)
        log.info("session %s wiped", self.id)
        self.scratch_dir = self._new_scratch()

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


def _set_proof(session: CitizenSession, value: TrackingProof | dict[str, str] | None) -> None:
    session.tracking.proof = TrackingProof(**value) if isinstance(value, dict) else value


# Keys of the old ``fields`` dictionary that now live in typed state. ``get``/``set`` map them there for
# the code that still uses keys (receipt screen, scanner widget, demo, submission tests); removed with get/set.
_TYPED_KEYS: dict[str, tuple[Callable[[CitizenSession], Any], Callable[[CitizenSession, Any], None]]] = {
    "procedure_code": (lambda s: s.procedure_code, lambda s, v: setattr(s, "procedure_code", v or "")),
    "lookup_query": (lambda s: s.browse.query, lambda s, v: setattr(s.browse, "query", v or "")),
    "tracked": (lambda s: s.tracking.tracked, lambda s, v: setattr(s.tracking, "tracked", v)),
    "tracking_proof": (lambda s: s.tracking.proof, _set_proof),
    "supplement_pages": (lambda s: s.supplement.pages, lambda s, v: setattr(s.supplement, "pages", v)),
    "supplement_receipt": (lambda s: s.supplement.receipt, lambda s, v: setattr(s.supplement, "receipt", v)),
}
