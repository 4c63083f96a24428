"""ReferenceBackend: the backend port's adapter for the reference server's API v1, over requests with timeouts.

Every call has a connect and a read timeout; idempotent calls (GET) are retried with backoff by
urllib3's Retry; TLS verification is on (a custom CA bundle is configurable); the kiosk's token goes
on every request. Every failure becomes a typed error: :class:`BackendUnavailable`,
:class:`BackendTimeout` or :class:`BackendRejected` (with the server's code and messages). These
calls block: run them through ``kiosk_app.jobs``, never on the GUI thread.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from kiosk_app.api.schemas import (
    API_PREFIX,
    Catalogue,
    CatalogueVersion,
    DossierCreate,
    DossierReceipt,
    DossierTracking,
    Health,
    Heartbeat,
    HeartbeatAck,
    ProcedureDetail,
    ServiceArea,
    SupplementProof,
    SupplementReceipt,
    Ticket,
    TicketRequest,
    TrackRequest,
)
from kiosk_app.backend.errors import BackendRejected, BackendUnavailable
from kiosk_app.backend.http import retrying_session, send
from kiosk_app.domain.dossier_code import normalise_code
from kiosk_app.failpoints import failpoint

log = logging.getLogger("kiosk.api")
Model = TypeVar("Model", bound=BaseModel)


class ReferenceBackend:
    """Typed calls to the reference server's API v1 (satisfies :class:`kiosk_app.backend.port.Backend`)."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 15.0,
        upload_timeout_s: float = 120.0,
        ca_bundle: Path | None = None,
        retries: int = 3,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout_s, read_timeout_s)
        self.upload_timeout = (connect_timeout_s, upload_timeout_s)
        self.session = retrying_session({"Authorization": f"Bearer {token}", "Accept": "application/json"},
                                        ca_bundle, retries)

    def describe(self) -> str:
        """What this kiosk is connected to, for the technician: the kind of system and its address."""
        return f"reference server {self.base_url}"

    def close(self) -> None:
        self.session.close()

    # --- plumbing -------------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, timeout: tuple[float, float] | None = None, **kwargs: Any) -> requests.Response:
        response = send(self.session, method, self.base_url, path, timeout or self.timeout, log, **kwargs)
        if response.status_code >= 400:
            raise self._rejected(response)
        return response

    @staticmethod
    def _rejected(response: requests.Response) -> BackendRejected:
        try:
            error = response.json()["error"]
            return BackendRejected(response.status_code, error["code"], error.get("message_vi", ""),
                                   error.get("message_en", ""), error.get("detail"))
        except (ValueError, KeyError, TypeError):
            return BackendRejected(response.status_code, f"http_{response.status_code}", detail=response.text[:200])

    def _parse(self, response: requests.Response, model: type[Model]) -> Model:
        try:
            return model.model_validate_json(response.content)
        except (ValidationError, ValueError) as exc:
            # A cut or garbled body is a transport failure, not a server decision.
            raise BackendUnavailable(f"{response.request.method} {response.url}: unreadable answer: {exc}") from exc

    def _get(self, path: str, model: type[Model]) -> Model:
        return self._parse(self._request("GET", API_PREFIX + path), model)

    def _post_json(self, path: str, body: BaseModel, model: type[Model]) -> Model:
        data = body.model_dump_json(exclude_none=True)
        response = self._request("POST", API_PREFIX + path, data=data, headers={"Content-Type": "application/json"})
        return self._parse(response, model)

    @staticmethod
    def _files(paths: Sequence[Path]) -> list[tuple[str, tuple[str, bytes, str]]]:
        return [("files", (Path(p).name, Path(p).read_bytes(), "application/pdf")) for p in paths]

    # --- API ----------------------------------------------------------------------------------------
    def health(self) -> Health:
        return self._parse(self._request("GET", "/health"), Health)

    def catalogue(self) -> Catalogue:
        return self._get("/catalogue", Catalogue)

    def catalogue_version(self) -> str:
        return self._get("/catalogue/version", CatalogueVersion).version

    def procedure(self, code: str) -> ProcedureDetail:
        return self._get(f"/catalogue/{requests.utils.quote(code, safe='')}", ProcedureDetail)

    def submit_dossier(self, idempotency_key: str, dossier: DossierCreate, files: Sequence[Path]) -> DossierReceipt:
        """POST one dossier with one PDF per document; safe to repeat with the same key."""
        failpoint("client.before_upload")
        response = self._request(
            "POST",
            f"{API_PREFIX}/dossiers",
            timeout=self.upload_timeout,
            headers={"Idempotency-Key": idempotency_key},
            data={"dossier": dossier.model_dump_json(exclude_none=True)},
            files=self._files(files),
        )
        failpoint("client.after_reply")
        return self._parse(response, DossierReceipt)

    def track(self, code: str, *, tracking_token: str | None = None, phone_last4: str | None = None) -> DossierTracking:
        request = TrackRequest(code=normalise_code(code), tracking_token=tracking_token, phone_last4=phone_last4)
        return self._post_json("/track", request, DossierTracking)

    def upload_supplement(self, code: str, proof: SupplementProof, files: Sequence[Path]) -> SupplementReceipt:
        response = self._request(
            "POST",
            f"{API_PREFIX}/dossiers/{requests.utils.quote(normalise_code(code), safe='')}/supplements",
            timeout=self.upload_timeout,
            data={"supplement": proof.model_dump_json(exclude_none=True)},
            files=self._files(files),
        )
        return self._parse(response, SupplementReceipt)

    def draw_ticket(self, area: ServiceArea = ServiceArea.GENERAL) -> Ticket:
        return self._post_json("/tickets", TicketRequest(service_area=area), Ticket)

    def heartbeat(self, beat: Heartbeat) -> HeartbeatAck:
        return self._post_json("/kiosks/heartbeat", beat, HeartbeatAck)

