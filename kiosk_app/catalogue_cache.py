"""The procedure catalogue kept on the kiosk, so lookup and checklists work while the backend is down.

The cache is one JSON file (catalogue version, summaries and every procedure's detail) written
atomically; :meth:`CatalogueCache.refresh` replaces it only when the server's version changed. When
no cache exists yet and the backend cannot be reached, the catalogue shipped in ``resources/`` is
used, so a brand-new kiosk still has something to show.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path

from kiosk_app.api.schemas import ProcedureDetail
from kiosk_app.backend.port import Backend
from kiosk_app.paths import RESOURCES

log = logging.getLogger("kiosk.catalogue")
SHIPPED_CATALOGUE = RESOURCES / "catalogue" / "procedures.yaml"


class CatalogueCache:
    """Procedures by code, from the last successful refresh (or the shipped catalogue)."""

    def __init__(self, path: Path, shipped: Path = SHIPPED_CATALOGUE) -> None:
        self.path = path
        self.shipped = shipped
        self.version = ""
        self.source = "none"
        self._procedures: dict[str, ProcedureDetail] = {}
        self._lock = threading.Lock()
        self.load()

    # --- reading --------------------------------------------------------------------------------
    def load(self) -> None:
        """Load the cached copy, or the shipped catalogue when there is none (or it is unreadable)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._set(data["version"], [ProcedureDetail.model_validate(p) for p in data["procedures"]], "cache")
            return
        except FileNotFoundError:
            pass
        except (ValueError, KeyError, TypeError) as exc:
            log.error("catalogue cache %s unreadable (%s); using the shipped catalogue", self.path, exc)
        if self.shipped.exists():
            import yaml  # the shipped catalogue only: a kiosk with its cache starts without it (issue 20)

            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
            data = yaml.load(self.shipped.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
            self._set(str(data["version"]), [ProcedureDetail.model_validate(p) for p in data["procedures"]], "shipped")

    def _set(self, version: str, procedures: list[ProcedureDetail], source: str) -> None:
        with self._lock:
            self.version = version
            self._procedures = {p.code: p for p in procedures}
            self.source = source

    def procedures(self) -> list[ProcedureDetail]:
        with self._lock:
            return list(self._procedures.values())

    def get(self, code: str) -> ProcedureDetail | None:
        with self._lock:
            return self._procedures.get(code)

    # --- refreshing -----------------------------------------------------------------------------------
    def refresh(self, client: Backend) -> bool:
        """Fetch the catalogue if its version changed; True when the cache was replaced.

        Raises the client's BackendError when the server cannot be reached (the old copy stays).
        """
        version = client.catalogue_version()
        if version == self.version and self.source == "cache":
            return False
        summaries = client.catalogue().procedures
        details = [client.procedure(s.code) for s in summaries]
        payload = {"version": version, "procedures": [json.loads(d.model_dump_json()) for d in details]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".catalogue-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
        self._set(version, details, "cache")
        log.info("catalogue %s cached (%d procedures)", version, len(details))
        return True
