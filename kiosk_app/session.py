"""One visitor's session: what they entered and the files they produced, wiped when they leave."""
from __future__ import annotations

import logging
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk_app.paths import ensure_private_dir

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
        return bool(self.fields) or any(self.scratch_dir.iterdir())

    def set(self, key: str, value: Any) -> None:
        self.fields[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)

    def wipe(self) -> None:
        """Forget every field, delete the scratch directory, and start a fresh, empty one."""
        self.fields.clear()
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
