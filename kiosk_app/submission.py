"""Submitting a dossier: outbox first, then one immediate try; offline, a provisional receipt.

The citizen never waits for the network to decide whether their dossier exists: it exists the
moment it is in the outbox. If the backend confirms at once, the receipt carries the dossier code;
if not, the receipt carries the provisional reference, and the outbox worker binds the dossier code
to it when the item is sent later (the outbox keeps only that binding, not the server's full receipt).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from kiosk_app.api.schemas import DossierCreate, DossierReceipt
from kiosk_app.backend.errors import BackendRejected, BackendUnavailable, BackendUnsupported
from kiosk_app.backend.port import Backend
from kiosk_app.outbox import (
    DEAD_LETTER_STATES,
    Outbox,
    OutboxItem,
    OutboxWorker,
    PermanentSendError,
    RetryableSendError,
    UnsendableItem,
    new_provisional_ref,
)

log = logging.getLogger("kiosk.submission")


@dataclass(frozen=True)
class SubmissionResult:
    """What the receipt screen shows: a confirmed receipt, or the provisional reference.

    ``receipt`` is the server's full receipt, known only when the submission was confirmed at once; a
    submission confirmed later by the outbox worker has only its ``dossier_code``."""

    provisional_ref: str
    receipt: DossierReceipt | None
    rejected_code: str = ""  # a dead letter: the server refused it for good, or it cannot be sent (kept for staff)
    dossier_code: str = ""

    @property
    def confirmed(self) -> bool:
        return self.receipt is not None or bool(self.dossier_code)


def dump(model: BaseModel) -> dict[str, Any]:
    """A model as JSON-compatible data (for the outbox)."""
    return model.model_dump(mode="json")


def invalid_fields(exc: ValidationError) -> str:
    """Which fields failed and how, never their values (a dead letter's reason is shown to staff)."""
    problems = [".".join(str(part) for part in error["loc"]) + f" {error['type']}" for error in exc.errors()[:5]]
    return ", ".join(problems) or "?"


def build_request(item: OutboxItem) -> DossierCreate:
    """The request an item stands for; ``UnsendableItem`` when it can never be sent as it is."""
    if item.kind != "dossier":
        raise UnsendableItem(f"kind_unknown: {item.kind[:40]}")
    if not item.payload:
        raise UnsendableItem("payload_missing")
    try:
        dossier = DossierCreate.model_validate(item.payload)
    except ValidationError as exc:
        raise UnsendableItem(f"payload_invalid: {invalid_fields(exc)}") from None  # the error quotes the values
    missing = [f.component for f in item.files if not f.path.is_file()]
    if missing:
        raise UnsendableItem(f"file_missing: {', '.join(missing)[:200]}")
    return dossier


def make_sender(client: Backend) -> Callable[[OutboxItem], dict[str, Any]]:
    """The outbox's sender: one submission with the item's idempotency key; errors sorted by retryability."""

    def send(item: OutboxItem) -> dict[str, Any]:
        dossier = build_request(item)
        try:
            receipt = client.submit_dossier(item.key, dossier, [f.path for f in item.files])
        except BackendUnavailable as exc:
            raise RetryableSendError(exc.detail) from exc
        except BackendRejected as exc:
            if exc.retryable:
                raise RetryableSendError(exc.detail) from exc
            raise PermanentSendError(f"{exc.code}: {exc.detail}") from exc
        except BackendUnsupported as exc:
            raise PermanentSendError(f"{exc.code}: {exc.detail}") from exc
        return dump(receipt)

    return send


class SubmissionService:
    """Queue a dossier durably and try to send it right away.

    The item is written already claimed for this immediate try, so the background worker cannot send it
    at the same time; if this try fails, the worker retries it after the backoff."""

    def __init__(self, outbox: Outbox, worker: OutboxWorker) -> None:
        self.outbox = outbox
        self.worker = worker

    def submit(self, dossier: DossierCreate, files: list[tuple[str, Path]]) -> SubmissionResult:
        ref = new_provisional_ref(self.outbox.kiosk_id)
        dossier = dossier.model_copy(update={"provisional_ref": ref})
        item = self.outbox.enqueue("dossier", dump(dossier), files, provisional_ref=ref, claim=self.worker.new_claim())
        confirmation = self.worker.deliver_result(item)
        if confirmation is not None:
            receipt = DossierReceipt.model_validate(confirmation)
            return SubmissionResult(ref, receipt, dossier_code=receipt.code)
        return self.result(ref)

    def result(self, provisional_ref: str) -> SubmissionResult:
        """The current state of a queued submission (after a later sync it carries the dossier code)."""
        item = self.outbox.by_provisional_ref(provisional_ref)
        if item is None:
            raise KeyError(provisional_ref)
        rejected = item.last_error.split(":", 1)[0] if item.state in DEAD_LETTER_STATES else ""
        return SubmissionResult(item.provisional_ref, None, rejected, dossier_code=item.dossier_code)
