"""One visitor's session: what they entered and the files they produced, wiped when they leave."""
from __future__ import annotations

import logging
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk_app.privacy import ensure_private_dir
from kiosk_app.session_models import ReceiptKind, ReceiptState, ScanState, SubmissionState

log = logging.getLogger("kiosk.session")


class CitizenSession:
    """Form data in memory plus a private scratch directory on disk; :meth:`wipe` removes both.

    Every screen stores what the citizen typed or scanned here (never in its own widgets only), so
    that Back keeps it and the privacy wipe can remove all of it in one place.
    """

    def __init__(self, scratch_root: Path) -> None:
        self._scratch_root = ensure_private_dir(scratch_root)
        self.id = ""
        self.fields: dict[str, Any] = {}  # transitional: screens not yet typed (removed after issue 19's merges)
        self.procedure_code = ""  # the procedure the visitor looks at or applies for ("" for none)
        # --- submission and receipt (issue 19, i19-wizard) ---
        self.submission = SubmissionState()
        self.receipt = ReceiptState()
        self.scan_hint_seen = False  # the scanning hint was acknowledged (once per visitor)
        # --- end submission and receipt ---
        self.scratch_dir = self._new_scratch()
        self._wipe_hooks: list[Callable[[], object]] = []

    def on_wipe(self, hook: Callable[[], object]) -> None:
        """Also run ``hook`` at every wipe: it deletes the visitor's data kept outside the scratch directory
        (e.g. the simulated printer's receipt files)."""
        self._wipe_hooks.append(hook)

    def _new_scratch(self) -> Path:
        self.id = uuid.uuid4().hex[:12]
        return Path(tempfile.mkdtemp(prefix=f"session-{self.id}-", dir=self._scratch_root))

    @property
    def has_personal_data(self) -> bool:
        """True when the visitor entered anything or produced any file."""
        return (bool(self.fields) or bool(self.procedure_code)
                or self.submission.has_personal_data or self.receipt.has_personal_data  # i19-wizard
                or any(self.scratch_dir.iterdir()))

    # Transitional bridge (issue 19): the screens not yet typed still call get/set. The keys that
    # other screens share with the typed state are routed to it, so both sides see one value.
    def set(self, key: str, value: Any) -> None:
        if key == "procedure_code":
            self.procedure_code = str(value or "")
        elif key == "receipt_kind":  # i19-wizard: the supplement screen hands its receipt over
            self.receipt.kind = ReceiptKind(value or "")
        elif key == "receipt_printed":
            self.receipt.printed = bool(value)
        elif key == "supplement_receipt":
            tracked = self.fields.get("tracked")
            self.receipt = ReceiptState(kind=ReceiptKind.SUPPLEMENT, supplement=value,
                                        supplement_procedure_vi=getattr(tracked, "procedure_name_vi", ""),
                                        supplement_procedure_en=getattr(tracked, "procedure_name_en", ""))
        else:
            self.fields[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        if key == "procedure_code":
            return self.procedure_code or default
        if key == "receipt_kind":
            return self.receipt.kind.value or default
        if key == "receipt_printed":
            return self.receipt.printed
        if key == "supplement_receipt":
            return self.receipt.supplement if self.receipt.supplement is not None else default
        return self.fields.get(key, default)

    def legacy_scans(self, key: str) -> ScanState:
        """Transitional (issue 19): the scanned pages of a screen not yet typed (supplement), kept in ``fields``."""
        scans = self.fields.get(key)
        if not isinstance(scans, ScanState):
            scans = self.fields[key] = ScanState()
        return scans

    def wipe(self) -> None:
        """Forget every field and typed state, delete the scratch directory, and start a fresh, empty one."""
        self.fields.clear()
        self.procedure_code = ""
        self.submission = SubmissionState()  # i19-wizard
        self.receipt = ReceiptState()
        self.scan_hint_seen = False
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
