"""Concurrent submissions over real HTTP: distinct consecutive codes, one dossier per idempotency key."""
from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fastapi import FastAPI
from server_testkit import KIOSK_TOKEN, EnvelopeOnlyPdfChecker, LiveServer, dossier_payload, make_pdf
from sqlalchemy import func, select

from server.models import Dossier

PARALLEL = 50


@pytest.fixture(autouse=True)
def _no_inspection_child(app: FastAPI) -> None:
    """The PDF-inspection child (tested in test_pdf_inspect_child.py and the upload tests) admits two uploads at
    a time, about 0.15 s of CPU each: without it the fifty requests reach the code allocation together, a
    tighter race, for a fraction of the CPU."""
    service = app.state.dossiers
    service.pdf_checker = EnvelopeOnlyPdfChecker(service.pdf_checker.limits)


def _post_all(url: str, keys: list[str]) -> list[httpx.Response]:
    payload = json.dumps(dossier_payload())
    pdf = make_pdf()
    barrier = threading.Barrier(len(keys))

    def post(key: str) -> httpx.Response:
        with httpx.Client(base_url=url, timeout=120, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"}) as http:
            barrier.wait()
            return http.post("/api/v1/dossiers", data={"dossier": payload},
                             files=[("files", ("d.pdf", pdf, "application/pdf"))],
                             headers={"Idempotency-Key": key})

    with ThreadPoolExecutor(len(keys)) as pool:
        return list(pool.map(post, keys))


def test_parallel_submissions_get_distinct_consecutive_codes(app: FastAPI, live_server: LiveServer) -> None:
    responses = _post_all(live_server.url, [f"parallel-key-{i:04d}" for i in range(PARALLEL)])
    assert [r.status_code for r in responses] == [201] * PARALLEL, [r.text for r in responses if r.status_code != 201]
    numbers = sorted(int(r.json()["code"].rsplit("-", 1)[1]) for r in responses)
    assert numbers == list(range(1, PARALLEL + 1))


def test_parallel_retries_with_one_key_make_one_dossier(app: FastAPI, live_server: LiveServer) -> None:
    responses = _post_all(live_server.url, ["one-key-for-all-0001"] * PARALLEL)
    assert all(r.status_code in (200, 201) for r in responses), [r.text for r in responses if r.status_code >= 300]
    assert sum(r.status_code == 201 for r in responses) == 1
    assert len({r.json()["code"] for r in responses}) == 1
    with app.state.backend.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 1
