"""Issue 18, findings 2, 5, 6 and part of 11: throttles kept in the database, bounded and expiring;
tracking that strangers cannot lock; staff login without lockout on demand, enumeration or a blocked
event loop; a CSRF token on the login form; Secure cookies."""
from __future__ import annotations

import gc
import threading
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import (
    KIOSK_ID,
    KIOSK_TOKEN,
    STAFF_PASSWORD,
    STAFF_USER,
    AppFactory,
    FakeClock,
    LiveServer,
    dossier_payload,
    make_pdf,
    staff_login,
    submit,
)
from sqlalchemy import event, select

from server import auth
from server.models import ThrottleEvent
from server.settings import ServerSettings

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)

OTHER_KIOSK, OTHER_TOKEN = "kiosk-02", "test-kiosk-token-other-0123456789"
THIRD_KIOSK, THIRD_TOKEN = "kiosk-03", "test-kiosk-token-third-0123456789"
FOURTH_KIOSK, FOURTH_TOKEN = "kiosk-04", "test-kiosk-token-fourth-012345678"
KIOSKS = {KIOSK_ID: KIOSK_TOKEN, OTHER_KIOSK: OTHER_TOKEN, THIRD_KIOSK: THIRD_TOKEN, FOURTH_KIOSK: FOURTH_TOKEN}
RIGHT_DIGITS = "5678"  # dossier_payload's phone is 0912345678


def _kiosk(app: FastAPI, token: str = KIOSK_TOKEN) -> TestClient:
    return TestClient(app, headers={"Authorization": f"Bearer {token}"})


def _track(kiosk: TestClient, code: str, **proof: str) -> int:
    return kiosk.post("/api/v1/track", json={"code": code, **proof}).status_code


def _staff_app(make_app: AppFactory, **settings: Any) -> FastAPI:
    settings.setdefault("public_base_url", "http://127.0.0.1:8800")
    settings.setdefault("insecure_cookies", True)
    return make_app(staff_user=STAFF_USER, staff_password=STAFF_PASSWORD, kiosks=KIOSKS, **settings)


def _rows(app: FastAPI) -> list[ThrottleEvent]:
    with app.state.backend.db.read() as session:
        return list(session.scalars(select(ThrottleEvent)))


class CountingHasher:
    """Wraps the argon2 hasher and counts its verify calls; ``gate`` can hold them until released."""

    def __init__(self, real: Any, gate: threading.Event | None = None) -> None:
        self.real, self.gate = real, gate
        self.verified = 0
        self._lock = threading.Lock()

    def verify(self, password_hash: str, password: str) -> bool:
        with self._lock:
            self.verified += 1
        if self.gate is not None:
            self.gate.wait(10)
        return self.real.verify(password_hash, password)

    def hash(self, password: str) -> str:
        return self.real.hash(password)


@pytest.fixture
def hasher(monkeypatch: pytest.MonkeyPatch) -> CountingHasher:
    counting = CountingHasher(auth._hasher)
    monkeypatch.setattr(auth, "_hasher", counting)
    return counting


# ---------------------------------------------------------------- finding 2: bounded, expiring state


def test_megabyte_usernames_leave_no_state_and_no_memory(make_app: AppFactory, hasher: CountingHasher) -> None:
    """Finding 2: 150 logins with 1 MB user names kept every name in memory for ever (116 -> 262 MB).
    Now an over-long name is refused before any work: no argon2, no throttle row, no retained memory. Sixty such
    logins are enough to tell: kept, their names alone would be 60 MB, twice the bound."""
    app = _staff_app(make_app)
    staff = TestClient(app)
    staff_login(staff, STAFF_USER, "warm-up")  # first-use allocations (templates, dummy hash) are not growth
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        filler = b"x" * 1_000_000  # just under the form parser's 1 MiB field limit
        for index in range(60):
            # the form encoded here, once per name: httpx would percent-encode a megabyte character by character
            body = b"username=" + f"{index:03d}".encode() + filler + b"&password=p"
            answer = staff.post("/staff/login", content=body,
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
            assert answer.status_code == 400
        gc.collect()
        retained = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert retained < 30 * 1024 * 1024, f"{retained / 2**20:.1f} MB retained"
    assert hasher.verified == 1  # the warm-up only
    assert len(_rows(app)) == 2  # the warm-up's two failure events only


def test_many_user_names_from_one_client_keep_a_bounded_table(make_app: AppFactory) -> None:
    """Finding 2: one row per failure and key, and none once the client's window is full, so 150
    distinct user names from one client leave at most 2 x the per-client limit, each key 32 bytes."""
    app = _staff_app(make_app, login_failures_per_client_hour=20)
    staff = TestClient(app)
    statuses = [staff_login(staff, f"u{index:03d}" + "y" * 120, "wrong").status_code for index in range(40)]
    assert statuses == [401] * 20 + [429] * 20
    rows = _rows(app)
    assert len(rows) == 40 and {len(row.key_hash) for row in rows} == {32}


def test_long_tracking_codes_are_refused_before_any_state(make_app: AppFactory) -> None:
    """Finding 2: 7,758 GET /track/<7 KB code> added 63 MB; such a code now gets 404 at once and
    leaves nothing behind (the per-code counter held one 7 KB key per request)."""
    app = make_app()
    public, kiosk = TestClient(app), _kiosk(app)
    long_code = "000.00.00.G06-260304-" + "9" * 7000
    for _ in range(50):  # any number would have left one 7 KB key each
        assert public.get(f"/track/{long_code}").status_code == 404
    supplement = kiosk.post(f"/api/v1/dossiers/{long_code}/supplements",
                            data={"supplement": '{"phone_last4": "1234", "documents": []}'},
                            files=[("files", ("a.pdf", make_pdf(), "application/pdf"))])
    assert supplement.status_code == 404
    assert _track(kiosk, long_code, phone_last4="1234") == 422
    assert _rows(app) == []


def test_looking_a_key_up_never_creates_state(make_app: AppFactory) -> None:
    """Finding 2: blocked() created an entry for every key it was asked about."""
    app = make_app()
    backend = app.state.backend
    for index in range(100):
        assert not backend.throttle.blocked(backend.rules.login_per_account, f"someone-{index}")
        assert backend.throttle.retry_after(backend.rules.digits_per_code, f"code-{index}") == 1
    assert backend.throttle.size() == 0


def test_events_expire_and_the_table_has_a_size_cap(make_app: AppFactory, clock: FakeClock) -> None:
    """Finding 2: entries were kept for ever; now they leave with their window and the table keeps
    at most ``throttle_max_rows`` rows whatever the number of keys."""
    app = make_app(throttle_max_rows=10, login_failures_per_account=2, login_failure_window_s=900)
    backend = app.state.backend
    rule = backend.rules.login_per_account
    assert backend.throttle.hit(rule, "a") and backend.throttle.hit(rule, "a")
    assert not backend.throttle.hit(rule, "a") and backend.throttle.blocked(rule, "a")
    assert backend.throttle.size() == 2  # a refused event is not recorded
    clock.advance(seconds=901)
    assert not backend.throttle.blocked(rule, "a")
    assert backend.throttle.hit(rule, "b")
    assert backend.throttle.size() == 1  # the write purged the expired events
    for index in range(50):
        assert backend.throttle.attempt([(rule, f"key-{index}")]).refused is None
    assert backend.throttle.size() == 10


def test_throttles_hold_across_restarts_and_server_processes(make_app: AppFactory) -> None:
    """Finding 2: the counters lived in one process's memory: a restart, or the next server behind
    a balancer, forgot them. Two apps on one database stand for two processes (or a restart)."""
    first = make_app(track_failures_per_code=3)
    code = submit(_kiosk(first)).json()["code"]
    for guess in ("0001", "0002", "0003"):
        assert _track(_kiosk(first), code, phone_last4=guess) == 404
    second = make_app(track_failures_per_code=3)
    assert _track(_kiosk(second), code, phone_last4=RIGHT_DIGITS) == 429


# ---------------------------------------------------------------- finding 5: tracking


def test_strangers_failures_never_lock_the_owners_token(make_app: AppFactory) -> None:
    """Finding 5: five anonymous wrong guesses locked the code for its owner too (429 with the right token)."""
    app = make_app(kiosks=KIOSKS)
    kiosk, public = _kiosk(app), TestClient(app)
    receipt = submit(kiosk).json()
    code, token = receipt["code"], receipt["tracking_token"]
    for index in range(30):
        assert _track(kiosk, code, phone_last4=f"{index:04d}") in (404, 429)
        assert _track(kiosk, code, tracking_token=f"wrong-{index}") == 404
        assert public.get(f"/track/{code}?t=wrong-{index}").status_code == 404
    assert _track(kiosk, code, tracking_token=token) == 200
    assert public.get(f"/track/{code}?t={token}").status_code == 200


def test_one_kiosks_wrong_digits_do_not_lock_the_code_for_others(make_app: AppFactory) -> None:
    """Finding 5: failures by one client must not lock the code for other clients."""
    app = make_app(kiosks=KIOSKS, track_failures_per_code=5)
    guesser, owner = _kiosk(app), _kiosk(app, OTHER_TOKEN)
    code = submit(guesser).json()["code"]
    assert [_track(guesser, code, phone_last4=f"{i:04d}") for i in range(7)] == [404] * 5 + [429] * 2
    locked = guesser.post("/api/v1/track", json={"code": code, "phone_last4": RIGHT_DIGITS})
    assert locked.status_code == 429 and locked.json()["error"]["code"] == "too_many_attempts"
    assert int(locked.headers["Retry-After"]) > 0
    assert _track(owner, code, phone_last4=RIGHT_DIGITS) == 200


def test_wrong_digits_are_limited_per_kiosk_across_codes(make_app: AppFactory) -> None:
    """Finding 5: guessing was only slowed per code, so spreading guesses over many codes went on for
    ever; now a client's wrong digits over all codes are limited too."""
    app = make_app(kiosks=KIOSKS, digits_failures_per_client_hour=4)
    guesser, other = _kiosk(app), _kiosk(app, OTHER_TOKEN)
    code = submit(guesser).json()["code"]
    for seq in range(1, 5):
        assert _track(guesser, f"000.00.00.G06-260304-{seq + 100:04d}", phone_last4="0000") == 404
    assert _track(guesser, code, phone_last4=RIGHT_DIGITS) == 429
    assert _track(other, code, phone_last4=RIGHT_DIGITS) == 200


def test_a_global_budget_of_wrong_digits(make_app: AppFactory, clock: FakeClock) -> None:
    """Finding 5: a global budget of digit failures per hour; the token still works when it is spent."""
    app = make_app(kiosks=KIOSKS, digits_failures_global_hour=6)
    kiosks = [_kiosk(app, token) for token in (KIOSK_TOKEN, OTHER_TOKEN, THIRD_TOKEN)]
    late = _kiosk(app, FOURTH_TOKEN)
    receipt = submit(late).json()
    for number, kiosk in enumerate(kiosks):
        for guess in ("0001", "0002"):
            assert _track(kiosk, f"000.00.00.G06-260304-{number + 200:04d}", phone_last4=guess) == 404
    assert _track(late, receipt["code"], phone_last4=RIGHT_DIGITS) == 429
    assert _track(late, receipt["code"], tracking_token=receipt["tracking_token"]) == 200
    clock.advance(hours=1, seconds=1)
    assert _track(late, receipt["code"], phone_last4=RIGHT_DIGITS) == 200


def test_provisional_reference_shares_its_dossiers_counter(make_app: AppFactory) -> None:
    """Finding 5: the provisional TAM- reference had its own counter, doubling the guesses."""
    app = make_app(track_failures_per_code=3)
    kiosk = _kiosk(app)
    ref = "TAM-K01-260304-ABCDEF"
    code = submit(kiosk, dossier_payload(provisional_ref=ref)).json()["code"]
    assert [_track(kiosk, ref, phone_last4=g) for g in ("0001", "0002", "0003")] == [404] * 3
    assert _track(kiosk, code, phone_last4=RIGHT_DIGITS) == 429


def _supplement(kiosk: TestClient, code: str, proof: str) -> int:
    return kiosk.post(f"/api/v1/dossiers/{code}/supplements",
                      data={"supplement": f'{{{proof}, "documents": [{{"component_id": "declaration", "pages": 1}}]}}'},
                      files=[("files", ("a.pdf", make_pdf(), "application/pdf"))]).status_code


def test_supplement_proofs_go_through_the_same_digits_throttle(make_app: AppFactory) -> None:
    """Finding 5: the same 4 digits authorise supplement uploads: they share the digits throttle
    (per client), and the owner's token still works there."""
    app = make_app(kiosks=KIOSKS, track_failures_per_code=3)
    guesser, owner = _kiosk(app), _kiosk(app, OTHER_TOKEN)
    receipt = submit(guesser).json()
    code = receipt["code"]
    assert [_supplement(guesser, code, f'"phone_last4": "000{g}"') for g in (1, 2, 3)] == [404] * 3
    assert _track(guesser, code, phone_last4=RIGHT_DIGITS) == 429
    assert _supplement(guesser, code, f'"phone_last4": "{RIGHT_DIGITS}"') == 429
    assert _track(owner, code, phone_last4=RIGHT_DIGITS) == 200
    # The token is never locked: the upload is refused only because no supplement was requested.
    assert _supplement(guesser, code, f'"tracking_token": "{receipt["tracking_token"]}"') == 409


# ---------------------------------------------------------------- from 11: existence does not leak by timing


@pytest.fixture
def statements(app: FastAPI) -> Iterator[list[str]]:
    """Every SQL statement the app runs while the test looks."""
    seen: list[str] = []

    def listen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    engine = app.state.backend.db.engine
    event.listen(engine, "before_cursor_execute", listen)
    yield seen
    event.remove(engine, "before_cursor_execute", listen)


def test_unknown_code_does_the_same_work_as_a_wrong_proof(app: FastAPI, client: TestClient,
                                                           statements: list[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """From finding 11: an unknown code answered faster (2.1 vs 2.5 ms) than a known one with a wrong
    proof. Both now run the same SQL statements and the same HMAC and comparisons."""
    backend = app.state.backend
    code = submit(client).json()["code"]
    unknown = "000.00.00.G06-260304-9999"
    hmacs: list[str] = []
    real = backend.tracking_token
    monkeypatch.setattr(backend, "tracking_token", lambda c: hmacs.append(c) or real(c))
    compared: list[int] = []
    real_equal = auth.tokens_equal
    monkeypatch.setattr(auth, "tokens_equal", lambda a, b: compared.append(1) or real_equal(a, b))

    def work(target: str, **proof: str) -> tuple[list[str], int, int]:
        statements.clear(), hmacs.clear(), compared.clear()
        assert _track(client, target, **proof) == 404
        return list(statements), len(hmacs), len(compared)

    work(unknown, phone_last4="0000")  # warm-up
    for proof in ({"phone_last4": "0000"}, {"tracking_token": "not-the-token"}):
        known, missing = work(code, **proof), work(unknown, **proof)
        assert known == missing
        assert known[1] == 1 and known[2] == 2


# ---------------------------------------------------------------- finding 6: staff login


def test_wrong_passwords_do_not_lock_the_account_for_other_clients(make_app: AppFactory) -> None:
    """Finding 6: ten wrong passwords from anywhere locked the real user out (lockout on demand)."""
    app = _staff_app(make_app, login_failures_per_account=5)
    attacker = TestClient(app, client=("203.0.113.7", 50000))
    officer = TestClient(app, client=("198.51.100.20", 50000))
    assert [staff_login(attacker, STAFF_USER, f"guess-{i}").status_code for i in range(7)] == [401] * 5 + [429] * 2
    refused = staff_login(attacker)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert "staff_session" not in refused.cookies
    assert staff_login(officer).status_code == 303


def test_password_spraying_is_limited_per_client(make_app: AppFactory) -> None:
    """Finding 6: no limit on password spraying per client (one password tried on many accounts)."""
    app = _staff_app(make_app, login_failures_per_client_hour=8)
    sprayer = TestClient(app, client=("203.0.113.8", 50000))
    assert [staff_login(sprayer, f"user{i}", "Password1").status_code for i in range(8)] == [401] * 8
    assert staff_login(sprayer, "user-next", "Password1").status_code == 429
    assert staff_login(sprayer).status_code == 429  # even the right password: the client is over its limit
    assert staff_login(TestClient(app, client=("198.51.100.21", 50000))).status_code == 303


def test_unknown_and_known_users_cost_one_argon2_verify_each(make_app: AppFactory, hasher: CountingHasher) -> None:
    """Finding 6: unknown users answered in 3 ms and known ones in 178 ms (user enumeration); both
    paths now run argon2 once (counted, not timed)."""
    staff = TestClient(_staff_app(make_app))
    assert staff_login(staff, "nobody-here", "wrong").status_code == 401
    assert hasher.verified == 1
    assert staff_login(staff, STAFF_USER, "wrong").status_code == 401
    assert hasher.verified == 2


def test_health_answers_while_logins_hash(make_app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 6: argon2 ran on the event loop, so parallel logins held /health (1.5 s). Four logins
    are in flight here (two held inside argon2, two waiting for a hashing slot, all in worker
    threads); /health must still answer at once."""
    gate = threading.Event()
    hasher = CountingHasher(auth._hasher, gate)
    app = _staff_app(make_app)
    auth._dummy_hash()  # computed before the gate is in place
    monkeypatch.setattr(auth, "_hasher", hasher)
    statuses: list[int] = []
    with LiveServer(app) as server:
        def log_in() -> None:
            with httpx.Client(base_url=server.url, timeout=30) as browser:
                page = browser.get("/staff/login").text
                csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
                answer = browser.post("/staff/login", data={"username": STAFF_USER, "password": "wrong",
                                                            "csrf": csrf})
                statuses.append(answer.status_code)

        threads = [threading.Thread(target=log_in) for _ in range(4)]
        for thread in threads:
            thread.start()
        try:
            deadline = time.monotonic() + 10
            while hasher.verified < 2 and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(0.5)  # the other two reach the hashing slots meanwhile
            assert hasher.verified == 2 and statuses == [], "two logins hashing, two waiting, none answered"
            started = time.monotonic()
            health = httpx.get(f"{server.url}/health", timeout=5)
            assert health.status_code == 200 and time.monotonic() - started < 2.0
        finally:
            gate.set()
            for thread in threads:
                thread.join(15)
    assert statuses == [401] * 4


def test_parallel_wrong_passwords_cannot_outrun_the_limit(make_app: AppFactory) -> None:
    """Finding 6: a limit checked before the password and counted after it lets a burst of parallel
    guesses all pass; each attempt is now counted before argon2 runs. Twelve guesses are sent at
    once while argon2 is held: only the five the per-account limit allows reach it."""
    gate = threading.Event()
    app = _staff_app(make_app, login_failures_per_account=5)
    auth._dummy_hash()
    hasher = CountingHasher(auth._hasher, gate)
    statuses: list[int] = []
    with pytest.MonkeyPatch.context() as patch, LiveServer(app) as server:
        patch.setattr(auth, "_hasher", hasher)

        def guess(number: int) -> None:
            with httpx.Client(base_url=server.url, timeout=30) as browser:
                page = browser.get("/staff/login").text
                csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
                statuses.append(browser.post("/staff/login", data={
                    "username": STAFF_USER, "password": f"guess-{number}", "csrf": csrf}).status_code)

        threads = [threading.Thread(target=guess, args=(number,)) for number in range(12)]
        for thread in threads:
            thread.start()
        try:
            deadline = time.monotonic() + 15
            while len(statuses) < 7 and time.monotonic() < deadline:  # the refusals come back at once
                time.sleep(0.02)
        finally:
            gate.set()
            for thread in threads:
                thread.join(15)
    assert sorted(statuses) == [401] * 5 + [429] * 7
    assert hasher.verified == 5


# ---------------------------------------------------------------- from 11: login CSRF, Secure cookies


def test_login_form_needs_its_csrf_token(make_app: AppFactory) -> None:
    """From finding 11: the login form had no CSRF token (login CSRF: a foreign site could log the
    officer's browser into an account of its choice). Double submit: cookie plus hidden field."""
    app = _staff_app(make_app)
    browser = TestClient(app)
    page = browser.get("/staff/login")
    assert page.status_code == 200 and 'name="csrf"' in page.text and "login_csrf" in page.cookies
    credentials = {"username": STAFF_USER, "password": STAFF_PASSWORD}
    missing = browser.post("/staff/login", data=credentials, follow_redirects=False)
    forged = browser.post("/staff/login", data={**credentials, "csrf": "x" * 43}, follow_redirects=False)
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    cross_site = TestClient(app).post("/staff/login", data={**credentials, "csrf": csrf}, follow_redirects=False)
    for refused in (missing, forged, cross_site):
        assert refused.status_code == 403 and "staff_session" not in refused.cookies
    assert staff_login(browser).status_code == 303


@pytest.mark.parametrize(("base_url", "insecure", "secure"), [
    ("https://motcua.example.vn", False, True),
    ("https://motcua.example.vn", True, True),
    ("http://testserver", False, True),
    ("http://192.168.1.20:8800", True, True),
    ("http://127.0.0.1:8800", False, True),
    ("http://127.0.0.1:8800", True, False),
    ("http://localhost:8800", True, False),
    ("http://[::1]:8800", True, False),
])
def test_cookies_are_secure_unless_explicitly_plain_http_on_loopback(base_url: str, insecure: bool,
                                                                     secure: bool, tmp_path: Any) -> None:
    """From finding 11: Secure depended on public_base_url alone (any http:// URL dropped it)."""
    settings = ServerSettings(data_dir=tmp_path, public_base_url=base_url, insecure_cookies=insecure)
    assert settings.secure_cookies is secure


def test_session_cookie_is_secure_on_a_plain_http_base_url(make_app: AppFactory) -> None:
    """From finding 11: with public_base_url http://testserver the session cookie had no Secure."""
    app = make_app(staff_user=STAFF_USER, staff_password=STAFF_PASSWORD, public_base_url="http://testserver")
    answer = staff_login(TestClient(app, base_url="https://testserver"))
    assert answer.status_code == 303 and "secure" in answer.headers["set-cookie"].lower()


@pytest.mark.parametrize(("host", "secure"), [("127.0.0.1", False), ("0.0.0.0", True)])
def test_kiosk_server_drops_secure_only_when_bound_to_loopback(host: str, secure: bool, tmp_path: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """From finding 11: the standalone server on a loopback address over plain HTTP is the one case
    without Secure cookies; bound to every interface it keeps them."""
    from server.cli import main  # noqa: PLC0415

    served: list[FastAPI] = []
    monkeypatch.setattr("uvicorn.Server.run", lambda server, *_a, **_kw: served.append(server.config.app))
    assert main(["--data-dir", str(tmp_path), "--host", host]) == 0
    assert served[0].state.backend.settings.secure_cookies is secure


