"""Looking up a dossier for the track screen: the backend for dossier codes, and for this kiosk's own
provisional ``TAM-…`` references, the kiosk's outbox first (issue 20: offline-first tracking).

A provisional reference is issued by this kiosk when a submission could not be confirmed at once; until
the outbox worker has sent it, the ministry's system has never heard of it, so only the outbox can answer:

- waiting or being sent -> :attr:`OutboxAnswerKind.QUEUED` ("queued since …, not yet sent; the dossier
  code will follow"), without asking the network;
- a dead letter (refused for good, or unsendable) -> :attr:`OutboxAnswerKind.HELD` (staff must help);
- confirmed -> the dossier code is known (the outbox keeps that binding for
  :data:`kiosk_app.outbox.CONFIRMED_RETENTION`): the dossier is tracked by its code with the citizen's
  proof; when the backend cannot be reached, :attr:`OutboxAnswerKind.SENT` gives the code;
- not known here (another kiosk's reference, or a binding past its retention) -> the backend, which maps
  a provisional reference to its dossier itself; when it cannot be reached, :attr:`OutboxAnswerKind.UNKNOWN`.

The outbox's answer needs no phone digits: it says only that a reference is queued and since when (or the
dossier code, which shows nothing without the phone digits or the receipt's token), never a personal datum,
and the reference itself is a random ~30-bit tail that cannot be guessed at a touchscreen. Checking the
phone digits against the queued payload would instead make the kiosk an unthrottled oracle for them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from kiosk_app.api.schemas import PROVISIONAL_REF_PATTERN, DossierTracking
from kiosk_app.backend.errors import BackendUnavailable
from kiosk_app.backend.port import Backend
from kiosk_app.domain.dossier_code import normalise_code
from kiosk_app.outbox import DEAD_LETTER_STATES, ItemState, Outbox

__all__ = ["OutboxAnswer", "OutboxAnswerKind", "is_provisional_ref", "look_up"]

_PROVISIONAL = re.compile(PROVISIONAL_REF_PATTERN)


class OutboxAnswerKind(str, Enum):
    QUEUED = "queued"  # in this kiosk's outbox, not sent yet: the dossier code will follow
    SENT = "sent"  # sent and confirmed: the dossier code is known, the backend could not be asked for more
    HELD = "held"  # a dead letter: it will not be sent as it is; staff at the counter must help
    UNKNOWN = "unknown"  # not in this kiosk's outbox, and the backend that could know it cannot be reached


@dataclass(frozen=True)
class OutboxAnswer:
    """What the kiosk itself knows of a provisional reference (no personal data)."""

    reference: str
    kind: OutboxAnswerKind
    queued_at: datetime | None = None
    dossier_code: str = ""


def is_provisional_ref(code: str) -> bool:
    """True for a provisional reference as a kiosk issues it (``TAM-<kiosk>-<YYMMDD>-<6 chars>``)."""
    return _PROVISIONAL.fullmatch(normalise_code(code)) is not None


def look_up(code: str, *, outbox: Outbox | None, client: Backend | None, tracking_token: str | None = None,
            phone_last4: str | None = None, now: datetime | None = None) -> DossierTracking | OutboxAnswer:
    """The dossier behind ``code`` (a dossier code or a provisional reference) with the citizen's proof.

    Raises what the backend raises (``BackendRejected`` for a wrong code or wrong digits, ``BackendUnavailable``
    when a dossier code cannot be looked up now); a provisional reference is answered from the outbox as
    the module docstring says. Blocking (SQLite, HTTP): run it as a job."""
    code = normalise_code(code)
    if is_provisional_ref(code) and outbox is not None:
        item = outbox.provisional(code, now or datetime.now())
        if item is not None:
            queued_at = datetime.fromisoformat(item.created_at) if item.created_at else None
            if item.state in DEAD_LETTER_STATES:
                return OutboxAnswer(code, OutboxAnswerKind.HELD, queued_at)
            if item.state is not ItemState.DONE or not item.dossier_code:
                return OutboxAnswer(code, OutboxAnswerKind.QUEUED, queued_at)
            sent = OutboxAnswer(code, OutboxAnswerKind.SENT, queued_at, item.dossier_code)
            if client is None:
                return sent
            try:
                return client.track(item.dossier_code, tracking_token=tracking_token, phone_last4=phone_last4)
            except BackendUnavailable:
                return sent
        if client is None:
            return OutboxAnswer(code, OutboxAnswerKind.UNKNOWN)
        try:
            return client.track(code, tracking_token=tracking_token, phone_last4=phone_last4)
        except BackendUnavailable:
            return OutboxAnswer(code, OutboxAnswerKind.UNKNOWN)
    if client is None:
        raise BackendUnavailable("no backend is configured or it did not start")
    return client.track(code, tracking_token=tracking_token, phone_last4=phone_last4)
