"""Issue 20 (offline tracking of provisional references), the core: ``kiosk_app.dossier_lookup.look_up`` answers
a ``TAM-…`` reference from this kiosk's outbox (queued, sent with its code, held, or unknown) and asks the backend
only for what the outbox cannot say; the outbox keeps only reference -> code + time, and forgets it after the
retention."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk_app.backend.errors import BackendRejected, BackendUnavailable
from kiosk_app.dossier_lookup import OutboxAnswer, OutboxAnswerKind, is_provisional_ref, look_up
from kiosk_app.outbox import CONFIRMED_RETENTION, ItemState, Outbox, OutboxItem, new_claim

CODE = "000.00.00.G06-261203-0007"


@dataclass
class FakeBackend:
    """Records every ``track`` call; answers with ``answer`` or raises ``error``."""

    error: Exception | None = None
    answer: object = field(default_factory=object)
    calls: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    def track(self, code: str, *, tracking_token: str | None = None, phone_last4: str | None = None) -> Any:
        self.calls.append((code, tracking_token, phone_last4))
        if self.error is not None:
            raise self.error
        return self.answer


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox", kiosk_id="K01")


def queue(outbox: Outbox) -> OutboxItem:
    return outbox.enqueue("dossier", {"contact": {"phone": "0912345678"}}, [])


def confirm(outbox: Outbox, item: OutboxItem, receipt: dict[str, Any]) -> None:
    claim = new_claim(0.0)
    assert outbox.claim(item.key, claim, 0.0) is not None
    assert outbox.mark_done(item.key, claim.owner, receipt)


def test_a_queued_reference_is_answered_by_the_outbox_without_the_network(outbox: Outbox) -> None:
    """Issue 20: a TAM reference not sent yet -> "queued since <time>", and the backend is not asked."""
    item = queue(outbox)
    backend = FakeBackend()
    answer = look_up(item.provisional_ref, outbox=outbox, client=backend, phone_last4="5678")  # type: ignore[arg-type]
    assert answer == OutboxAnswer(item.provisional_ref, OutboxAnswerKind.QUEUED, datetime.fromisoformat(item.created_at))
    assert backend.calls == []
    typed = " " + item.provisional_ref.lower().replace("-", " - ", 1)  # as a citizen may type it
    assert look_up(typed, outbox=outbox, client=None, phone_last4="5678") == answer


def test_a_confirmed_reference_is_tracked_by_its_dossier_code(outbox: Outbox) -> None:
    """Issue 20: once the item is confirmed, the dossier is tracked by the code the outbox bound to the reference."""
    item = queue(outbox)
    confirm(outbox, item, {"code": CODE, "tracking_token": "secret-token", "fee_vnd": 0})
    backend = FakeBackend()
    assert look_up(item.provisional_ref, outbox=outbox, client=backend, phone_last4="5678") is backend.answer  # type: ignore[arg-type]
    assert backend.calls == [(CODE, None, "5678")]


def test_a_confirmed_reference_with_the_backend_down_gives_its_code(outbox: Outbox) -> None:
    """Issue 20: confirmed but the backend cannot be reached -> "sent, the code is …" from the outbox."""
    item = queue(outbox)
    confirm(outbox, item, {"code": CODE})
    sent = OutboxAnswer(item.provisional_ref, OutboxAnswerKind.SENT, datetime.fromisoformat(item.created_at), CODE)
    down = FakeBackend(error=BackendUnavailable("connection refused"))
    assert look_up(item.provisional_ref, outbox=outbox, client=down, phone_last4="5678") == sent  # type: ignore[arg-type]
    assert look_up(item.provisional_ref, outbox=outbox, client=None, phone_last4="5678") == sent


def test_wrong_phone_digits_for_a_confirmed_reference_are_the_servers_to_refuse(outbox: Outbox) -> None:
    """Issue 20: the outbox answers no personal data; the dossier's details still need the server's proof check."""
    item = queue(outbox)
    confirm(outbox, item, {"code": CODE})
    refusing = FakeBackend(error=BackendRejected(404, "dossier_not_found"))
    with pytest.raises(BackendRejected):
        look_up(item.provisional_ref, outbox=outbox, client=refusing, phone_last4="0000")  # type: ignore[arg-type]


def test_a_dead_letter_is_held_for_staff(outbox: Outbox) -> None:
    """Issue 20: a reference the kiosk will never send says so (staff must help), instead of "queued"."""
    item = queue(outbox)
    claim = new_claim(0.0)
    outbox.claim(item.key, claim, 0.0)
    assert outbox.mark_failed(item.key, claim.owner, "procedure_not_found: x", float("inf"), ItemState.REJECTED)
    answer = look_up(item.provisional_ref, outbox=outbox, client=FakeBackend(), phone_last4="5678")  # type: ignore[arg-type]
    assert isinstance(answer, OutboxAnswer) and answer.kind is OutboxAnswerKind.HELD


def test_an_unknown_reference_asks_the_backend_and_says_unknown_when_it_is_down(outbox: Outbox) -> None:
    """Issue 20: a TAM reference this kiosk does not know (another kiosk's) goes to the backend; with the backend
    down the answer is a clear "unknown here", not "cannot be reached"."""
    other = "TAM-K02-261203-ABCDEF"
    backend = FakeBackend()
    assert look_up(other, outbox=outbox, client=backend, phone_last4="5678") is backend.answer  # type: ignore[arg-type]
    assert backend.calls == [(other, None, "5678")]
    unknown = OutboxAnswer(other, OutboxAnswerKind.UNKNOWN)
    assert look_up(other, outbox=outbox, client=FakeBackend(error=BackendUnavailable("down")),  # type: ignore[arg-type]
                   phone_last4="5678") == unknown
    assert look_up(other, outbox=outbox, client=None, phone_last4="5678") == unknown


def test_a_dossier_code_goes_to_the_backend_only(outbox: Outbox) -> None:
    """A dossier code is never answered by the outbox; without a backend it is unavailable, as before."""
    backend = FakeBackend()
    assert look_up(CODE.lower(), outbox=outbox, client=backend, tracking_token="t") is backend.answer  # type: ignore[arg-type]
    assert backend.calls == [(CODE, "t", None)]
    with pytest.raises(BackendUnavailable):
        look_up(CODE, outbox=outbox, client=None, phone_last4="5678")


def test_the_outbox_keeps_only_the_code_and_time_and_forgets_them_after_the_retention(outbox: Outbox) -> None:
    """Issue 20: a confirmed item keeps reference -> dossier code + time, nothing of the server's receipt (its
    tracking token is a key to the dossier), and the binding expires after CONFIRMED_RETENTION."""
    item = queue(outbox)
    confirm(outbox, item, {"code": CODE, "tracking_token": "secret-token", "tracking_url": "http://x/t?t=secret"})
    done = outbox.get(item.key)
    assert done is not None and done.result == {"code": CODE} and done.dossier_code == CODE
    assert done.payload == {} and done.confirmed_at
    stored = [path.read_bytes() for path in outbox.root.glob("outbox.sqlite3*")]  # the database and its WAL
    assert stored and not any(b"secret" in data for data in stored)
    confirmed_at = datetime.fromisoformat(done.confirmed_at)
    later = confirmed_at + CONFIRMED_RETENTION + timedelta(minutes=1)
    assert outbox.provisional(item.provisional_ref, confirmed_at + CONFIRMED_RETENTION - timedelta(minutes=1)) is not None
    assert outbox.provisional(item.provisional_ref, later) is None  # past the retention: not answered any more
    answer = look_up(item.provisional_ref, outbox=outbox, client=None, phone_last4="5678", now=later)
    assert answer == OutboxAnswer(item.provisional_ref, OutboxAnswerKind.UNKNOWN)
    pending = queue(outbox)
    assert outbox.forget_confirmed(later - CONFIRMED_RETENTION) == 1
    assert outbox.get(item.key) is None and outbox.get(pending.key) is not None  # only old confirmed bindings go


def test_an_older_outbox_keeps_only_the_binding_once_opened(tmp_path: Path) -> None:
    """Issue 20: a confirmed item an older version stored with the server's whole receipt is cut to its binding."""
    import json
    import sqlite3
    from contextlib import closing

    outbox = Outbox(tmp_path / "outbox")
    item = queue(outbox)
    confirm(outbox, item, {"code": CODE})
    with closing(sqlite3.connect(outbox.db_path)) as db, db:
        db.execute("UPDATE items SET result=? WHERE key=?",
                   (json.dumps({"code": CODE, "tracking_token": "secret-token"}), item.key))
    assert outbox.get(item.key).result["tracking_token"] == "secret-token"  # type: ignore[union-attr]
    reopened = Outbox(tmp_path / "outbox")
    assert reopened.get(item.key).result == {"code": CODE}  # type: ignore[union-attr]


def test_provisional_reference_shape() -> None:
    assert is_provisional_ref("TAM-K01-261203-ABCDEF") and is_provisional_ref("tam-k01-261203-abcdef")
    assert not is_provisional_ref(CODE) and not is_provisional_ref("TAM-K01-261203-ABC0EF")  # no 0 in the tail
