"""Hostile but cheap input gets a 4xx, never a 500: reused provisional references, deeply nested JSON,
odd console query parameters (issue 18, finding 7)."""
from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from server import dossiers
from server_testkit import dossier_payload, make_pdf, submit

PROVISIONAL_REF = "TAM-K01-260304-ABCDEF"


def test_reused_provisional_ref_with_a_new_key_is_a_409(client: TestClient) -> None:
    """Finding 7a: a second dossier with the same provisional_ref and a new key was a 500."""
    first = submit(client, dossier_payload(provisional_ref=PROVISIONAL_REF), key="first-key-0001")
    assert first.status_code == 201, first.text
    second = submit(client, dossier_payload(provisional_ref=PROVISIONAL_REF), key="second-key-0002")
    assert second.status_code == 409, second.text
    assert second.json()["error"]["code"] == "provisional_ref_reused"


def test_provisional_ref_taken_between_check_and_insert_is_a_409(client: TestClient,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 7a: the unique-constraint IntegrityError is told apart from an idempotency race.

    The check inside the write transaction is skipped once, as if the other dossier committed just
    after it: the insert then fails on the unique provisional_ref, and the answer must still be 409.
    """
    assert submit(client, dossier_payload(provisional_ref=PROVISIONAL_REF)).status_code == 201
    real = dossiers._refuse_taken_provisional_ref
    calls: list[str | None] = []

    def late_check(session: Any, provisional_ref: str | None) -> None:
        calls.append(provisional_ref)
        if len(calls) > 1:
            real(session, provisional_ref)

    monkeypatch.setattr(dossiers, "_refuse_taken_provisional_ref", late_check)
    response = submit(client, dossier_payload(provisional_ref=PROVISIONAL_REF))
    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == "provisional_ref_reused"
    assert len(calls) == 2  # the skipped check, then the one after the IntegrityError


def test_idempotent_retry_with_a_provisional_ref_is_still_a_replay(client: TestClient) -> None:
    """Finding 7a: the provisional_ref check does not turn a true retry into a 409."""
    files = [make_pdf()]
    payload = dossier_payload(provisional_ref=PROVISIONAL_REF)
    first = submit(client, payload, key="same-key-0001", files=files)
    again = submit(client, payload, key="same-key-0001", files=files)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["code"] == first.json()["code"]
