"""Submitting a dossier: outbox first, then one immediate try; offline, a provisional receipt.

The citizen never waits for the network to decide whether their dossier exists: it exists the
moment it is in the outbox. If the backend confirms at once, the receipt carries the dossier code;
if not, the receipt carries the provisional reference, and the outbox worker binds the dossier code
to it when the item is sent later.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk_app.api.client import BackendClient, BackendRejected, BackendUnavailable, dump
from kiosk_app.api.schemas import DossierCreate, DossierReceipt
from kiosk_app.outbox import Outbox, OutboxItem, OutboxWorker, PermanentSendError, RetryableSendError, new_provisional_ref

log = logging.getLogger("kiosk.submission")


@dataclass(frozen=True)
class SubmissionResult:
    """What the receipt screen shows: a confirmed receipt, or the provisional reference."""

    provisional_ref: str
    receipt: DossierReceipt | None
    rejected_code: str = ""  # the server refused the dossier for good (kept for staff)

    @property
    def confirmed(self) -> bool:
        return self.receipt is not None


def make_sender(client: BackendClient):  # type: ignore[no-untyped-def]
    """The outbox's sender: one POST with the item's idempotency key; errors sorted by retryability."""

    def send(item: OutboxItem) -> dict[str, Any]:
        dossier = DossierCreate.model_validate(item.payload)
        try:
            receipt = client.submit_dossier(item.key, dossier, [f.path for f in item.files])
        except BackendUnavailable as exc:
            raise RetryableSendError(exc.detail) from exc
        except BackendRejected as exc:
            if exc.retryable:
                raise RetryableSendError(exc.detail) from exc
            raise PermanentSendError(f"{exc.code}: {exc.detail}") from exc
        return dump(receipt)

    return send


class SubmissionService:
    """Queue a dossier durably and try to send it right away."""

    def __init__(self, outbox: Outbox, worker: OutboxWorker) -> None:
        self.outbox = outbox
        self.worker = worker

    def submit(self, dossier: DossierCreate, files: list[tuple[str, Path]]) -> SubmissionResult:
        ref = new_provisional_ref(self.outbox.kiosk_id)
        dossier = dossier.model_copy(update={"provisional_ref": ref})
        item = self.outbox.enqueue("dossier", dump(dossier), files, provisional_ref=ref)
        self.worker.send(item)
        return self.result(ref)

    def result(self, provisional_ref: str) -> SubmissionResult:
        """The current state of a queued submission (after a later sync it carries the receipt)."""
        item = self.outbox.by_provisional_ref(provisional_ref)
        if item is None:
            raise KeyError(provisional_ref)
        receipt = DossierReceipt.model_validate(item.result) if item.result else None
        rejected = item.last_error.split(":", 1)[0] if item.state.value == "rejected" else ""
        return SubmissionResult(item.provisional_ref, receipt, rejected)
