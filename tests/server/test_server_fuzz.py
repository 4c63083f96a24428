"""Fuzzing the live reference backend (issue 18): schemathesis over every API operation, and a hypothesis
state machine that submits dossiers, tracks them with right and wrong proofs and uploads supplements.

The server is real uvicorn on a loopback port. Every answer must be non-5xx, conform to the OpenAPI
document (status, content type, body schema) and come within REQUEST_BOUND_S. The OpenAPI document is
taken from the application object, not from ``GET /openapi.json`` (which a deployment may switch off).
Bounded so the whole module finishes within a minute on the CI machine.
"""
from __future__ import annotations

import json
import secrets
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule
from schemathesis.checks import negative_data_rejection, positive_data_acceptance
from server_testkit import KIOSK_ID, KIOSK_TOKEN, EnvelopeOnlyPdfChecker, LiveServer, act, dossier_payload, make_pdf
from sqlalchemy import select

from server.app import create_app
from server.lifecycle import Action
from server.models import Dossier

REQUEST_BOUND_S = 5.0
"""Generous: every request of this file takes milliseconds; seconds mean superlinear work or a stall."""
EXAMPLES_PER_OPERATION = 25
AUTH = {"Authorization": f"Bearer {KIOSK_TOKEN}"}


def _fresh_app(root: Path) -> FastAPI:
    """An app on a fresh SQLite file with the test kiosk; limits are the shipped defaults."""
    return create_app(f"sqlite:///{root / 'server.sqlite3'}", str(root / "data"), kiosks={KIOSK_ID: KIOSK_TOKEN},
                      public_base_url="https://motcua.example.vn")


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """An app on a fresh SQLite file, with the test kiosk; the tracking limits stay the shipped defaults."""
    app = _fresh_app(tmp_path_factory.mktemp("fuzz"))
    yield app
    app.state.backend.close()


@pytest.fixture(scope="module")
def fuzz_server(fuzz_app: FastAPI) -> Iterator[LiveServer]:
    with LiveServer(fuzz_app) as server:
        yield server


def _openapi_document() -> dict[str, Any]:
    """The application's own OpenAPI document (built at collection: schemathesis parametrizes from it)."""
    app = create_app()
    try:
        return json.loads(json.dumps(app.openapi()))
    finally:
        app.state.backend.close()


api_schema = schemathesis.openapi.from_dict(_openapi_document())
api_schema.config.generation.update(max_examples=EXAMPLES_PER_OPERATION, deterministic=True)


@api_schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
def test_every_operation_answers_within_schema_and_bound(case: Any, fuzz_server: LiveServer) -> None:
    """Generated requests (valid and invalid) to every API operation on the live server: no 5xx, status,
    content type, headers and body as documented, and each answer within the bound."""
    started = time.monotonic()
    response = case.call(base_url=fuzz_server.url, headers=AUTH, timeout=REQUEST_BOUND_S * 2)
    elapsed = time.monotonic() - started
    # Left out: positive_data_acceptance, because the multipart fields carry JSON validated against
    # DossierCreate / SupplementProof, which the form's string type cannot express; negative_data_rejection,
    # because pydantic's lax mode accepts what the document's stricter types refuse (0 for false).
    case.validate_response(response, headers=AUTH,
                           excluded_checks=[positive_data_acceptance, negative_data_rejection])
    assert elapsed < REQUEST_BOUND_S, f"{case.method} {case.formatted_path} took {elapsed:.1f} s"


# ---------------------------------------------------------------- the state machine


@dataclass
class Held:
    """What a citizen holds after submitting: the receipt's code and token, and their phone's last digits."""

    code: str
    token: str
    digits: str
    provisional_ref: str | None
    supplement_open: bool = False


NAMES = st.sampled_from(["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng", "Phạm Minh Châu", "Đỗ Thu Hà"])
PHONES = st.from_regex(r"\A0[35789][0-9]{8}\Z")
REF_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def assert_clean_text(text: str | None) -> None:
    """What the server stores of a citizen's name or address."""
    if text is None:
        return
    assert unicodedata.is_normalized("NFC", text), repr(text)
    assert not any(unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS for ch in text), repr(text)
    assert any(ch.isalpha() for ch in text), repr(text)


class DossierLifeMachine(RuleBasedStateMachine):
    """A kiosk and its citizens against a live server of their own (so that a failing run replays
    identically); a stranger guesses proofs in between."""

    held = Bundle("held")

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-fuzz-"))
        self.app = _fresh_app(self.root)
        # the life of dossiers is the subject here, not the PDF parse (each upload's child process: 0.15 s of CPU);
        # the schema fuzzing above sends its uploads through the real check
        self.app.state.dossiers.pdf_checker = EnvelopeOnlyPdfChecker(self.app.state.dossiers.pdf_checker.limits)
        self.server = LiveServer(self.app).__enter__()
        self.http = httpx.Client(base_url=self.server.url, headers=AUTH, timeout=REQUEST_BOUND_S * 2)
        self.stranger = httpx.Client(base_url=self.server.url, timeout=REQUEST_BOUND_S * 2)
        self.pdf = make_pdf(1)
        self.submitted: dict[str, tuple[dict[str, Any], str]] = {}

    def teardown(self) -> None:
        self.http.close()
        self.stranger.close()
        self.server.__exit__(None, None, None)
        self.app.state.backend.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def call(self, client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
        started = time.monotonic()
        response = client.request(method, url, **kwargs)
        elapsed = time.monotonic() - started
        assert response.status_code < 500, f"{method} {url}: {response.status_code} {response.text[:300]}"
        assert elapsed < REQUEST_BOUND_S, f"{method} {url} took {elapsed:.1f} s"
        return response

    def submit(self, payload: dict[str, Any], key: str) -> httpx.Response:
        return self.call(self.http, "POST", "/api/v1/dossiers", data={"dossier": json.dumps(payload)},
                         files=[("files", ("scan.pdf", self.pdf, "application/pdf"))],
                         headers={"Idempotency-Key": key})

    @initialize()
    def fresh_day(self) -> None:
        """Nothing to do: every example shares the module's server, as kiosks share one in production."""

    @rule(target=held, name=NAMES, phone=PHONES, with_ref=st.booleans(), ref_tail=st.text(REF_CHARS, min_size=6,
                                                                                          max_size=6))
    def submit_dossier(self, name: str, phone: str, with_ref: bool, ref_tail: str) -> Held:
        """A citizen submits; the receipt carries a code and a tracking token."""
        ref = f"TAM-K01-260304-{ref_tail}" if with_ref else None
        payload = dossier_payload(applicant={"type": 1, "full_name": name, "id_number": "001090123456",
                                             "address": "1 Tràng Tiền, Hoàn Kiếm, Hà Nội"},
                                  contact={"phone": phone})
        if ref:
            payload["provisional_ref"] = ref
        key = f"fuzz-{secrets.token_hex(8)}"
        response = self.submit(payload, key)
        if ref and any(p.get("provisional_ref") == ref for p, _ in self.submitted.values()):
            # Finding 7: a provisional reference used twice is refused or answered with its dossier, never a 500.
            assert response.status_code in (200, 409, 422), response.text
            if response.status_code == 200:
                assert response.json()["provisional_ref"] == ref
            return Held("", "", "", None)
        assert response.status_code == 201, response.text
        receipt = response.json()
        self.submitted[receipt["code"]] = (payload, key)
        return Held(receipt["code"], receipt["tracking_token"], phone[-4:], ref)

    @rule(held=held)
    def retry_same_submission(self, held: Held) -> None:
        """The kiosk retries with the same idempotency key: the same dossier, not a second one."""
        if not held.code:
            return
        payload, key = self.submitted[held.code]
        response = self.submit(payload, key)
        assert response.status_code == 200 and response.json()["code"] == held.code, response.text

    @rule(held=held, guesses=st.integers(min_value=1, max_value=8))
    def stranger_guesses_then_owner_tracks(self, held: Held, guesses: int) -> None:
        """Finding 5: wrong tokens from a stranger never lock the owner out of their own dossier."""
        if not held.code:
            return
        for i in range(guesses):
            wrong = self.call(self.stranger, "GET", f"/track/{held.code}", params={"t": f"sai-{i}"})
            assert wrong.status_code in (404, 429)
        owner = self.call(self.http, "POST", "/api/v1/track", json={"code": held.code, "tracking_token": held.token})
        assert owner.status_code == 200, owner.text
        assert owner.json()["code"] == held.code

    @rule(held=held, digits=st.from_regex(r"\A[0-9]{4}\Z"))
    def track_with_digits(self, held: Held, digits: str) -> None:
        """The phone's last 4 digits: right ones show the dossier (unless throttled), wrong ones never do."""
        if not held.code:
            return
        response = self.call(self.http, "POST", "/api/v1/track", json={"code": held.code, "phone_last4": digits})
        if digits == held.digits:
            assert response.status_code in (200, 429)
        else:
            assert response.status_code in (404, 429)

    @rule(held=held)
    def track_by_provisional_ref(self, held: Held) -> None:
        """The provisional reference printed offline finds the same dossier with the receipt's token."""
        if not held.provisional_ref:
            return
        response = self.call(self.http, "POST", "/api/v1/track",
                             json={"code": held.provisional_ref, "tracking_token": held.token})
        assert response.status_code == 200 and response.json()["code"] == held.code, response.text

    @rule(held=held)
    def officer_requests_supplement(self, held: Held) -> None:
        """An officer asks for a missing document (status 5)."""
        if not held.code or held.supplement_open:
            return
        act(self.app, held.code, Action.REQUEST_SUPPLEMENT, missing=["Bản sao CCCD"])
        held.supplement_open = True

    @rule(held=held, right=st.booleans())
    def upload_supplement(self, held: Held, right: bool) -> None:
        """A supplement with the right proof is stored while requested; with a wrong proof it never is."""
        if not held.code:
            return
        proof = {"tracking_token": held.token if right else "sai-token",
                 "documents": [{"component_id": "declaration", "pages": 1}]}
        response = self.call(self.http, "POST", f"/api/v1/dossiers/{held.code}/supplements",
                             data={"supplement": json.dumps(proof)},
                             files=[("files", ("bo-sung.pdf", self.pdf, "application/pdf"))])
        if not right:
            assert response.status_code in (404, 429), response.text
        elif held.supplement_open:
            assert response.status_code == 201, response.text
            held.supplement_open = False
        else:
            assert response.status_code == 409, response.text

    @rule(name=st.text(max_size=80), address=st.text(max_size=120))
    def hostile_applicant_text(self, name: str, address: str) -> None:
        """Finding 11: any text as name and address is refused (422) or stored clean: NFC, no control or
        bidi-override characters, at least one letter. Never a 500."""
        payload = dossier_payload(applicant={"type": 1, "full_name": name, "id_number": "001090123456",
                                             "address": address})
        response = self.submit(payload, f"fuzz-{secrets.token_hex(8)}")
        assert response.status_code in (201, 422), response.text
        if response.status_code == 201:
            with self.app.state.backend.db.read() as session:
                stored = session.scalars(select(Dossier).where(Dossier.code == response.json()["code"])).one()
                for text in (stored.applicant_name, stored.applicant_address):
                    assert_clean_text(text)

    @invariant()
    def server_is_healthy(self) -> None:
        assert self.call(self.stranger, "GET", "/health").status_code == 200


def test_dossier_life_state_machine() -> None:
    """Stateful fuzzing of submit / retry / track (right and wrong proofs) / supplement on live servers.

    Finding 5: a stranger's wrong guesses must not lock the owner's receipt token out.
    Finding 7: a provisional reference submitted twice must not produce a 500.
    Finding 11: names and addresses are stored clean or refused.
    """
    DossierLifeMachine.TestCase.settings = settings(
        max_examples=10, stateful_step_count=10, deadline=None, derandomize=True, database=None,
        phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))  # no shrinking: bounded
    DossierLifeMachine.TestCase().runTest()
