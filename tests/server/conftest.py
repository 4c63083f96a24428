"""Fixtures of the reference backend's tests: a settable clock, databases (SQLite, and PostgreSQL when
KIOSK_TEST_POSTGRES_URL is set), apps, a kiosk client and a live uvicorn server. Plain helpers live in
server_testkit.py."""
from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import KIOSK_ID, KIOSK_TOKEN, AppFactory, EnvelopeOnlyPdfChecker, FakeClock, LiveServer, postgres_url

from server.app import create_app


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _conninfo(url: str) -> str:
    """A libpq URL for psycopg from an SQLAlchemy one."""
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture(scope="session")
def postgres_base_url() -> Iterator[str]:
    """The test PostgreSQL server's URL; under pytest-xdist, a database of this worker's own, created from it
    (``kiosk_test`` -> ``kiosk_test_gw0``) and dropped at the end, so parallel workers share nothing."""
    import psycopg  # noqa: PLC0415 (only the PostgreSQL tests need it)
    from sqlalchemy.engine import make_url  # noqa: PLC0415

    base = postgres_url()
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        yield base
        return
    url = make_url(base)
    name = f"{url.database}_{worker}"
    own = url.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(_conninfo(base), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # left over by a killed run
        connection.execute(f'CREATE DATABASE "{name}"')
    yield own
    with psycopg.connect(_conninfo(base), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file, or a throw-away schema in this worker's PostgreSQL database.

    A test module that does not depend on the database engine overrides this fixture with
    ``sqlite_only`` to keep the suite fast.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    import psycopg  # noqa: PLC0415 (only the PostgreSQL tests need it)

    base = request.getfixturevalue("postgres_base_url")
    schema = f"t_{secrets.token_hex(6)}"
    conninfo = _conninfo(base)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def make_app(database_url: str, tmp_path: Path, clock: FakeClock, request: pytest.FixtureRequest) -> Iterator[AppFactory]:
    """Builds apps on the test database; every app is closed at the end.

    Under ``@pytest.mark.pdf_envelope_only`` (modules about throttles, consent, the lifecycle, tracking...: anything
    but the upload check) the apps keep the size and envelope checks of uploads but skip the parse in a child
    process, about 0.15 s of CPU per upload. The parse is tested in test_pdf_inspect_child.py,
    test_server_uploads_hardening.py and test_server_dossiers.py, and end to end by the kiosk's own tests.
    """
    apps: list[FastAPI] = []
    envelope_only = request.node.get_closest_marker("pdf_envelope_only") is not None

    def factory(**settings: Any) -> FastAPI:
        settings.setdefault("kiosks", {KIOSK_ID: KIOSK_TOKEN})
        settings.setdefault("clock", clock)
        settings.setdefault("public_base_url", "https://motcua.example.vn")
        app = create_app(database_url, str(tmp_path / "data"), **settings)
        if envelope_only:
            app.state.dossiers.pdf_checker = EnvelopeOnlyPdfChecker(app.state.dossiers.pdf_checker.limits)
        apps.append(app)
        return app

    yield factory
    for app in apps:
        app.state.backend.close()


@pytest.fixture
def app(make_app: AppFactory) -> FastAPI:
    return make_app()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """The test kiosk's client. Entered: one event-loop thread for the whole test (outside its ``with`` a TestClient
    starts one per request); the app has no lifespan handlers, so entering changes nothing else."""
    with TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"}) as client:
        yield client


@pytest.fixture
def live_server(app: FastAPI) -> Iterator[LiveServer]:
    with LiveServer(app) as server:
        yield server


CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium per test process (starting one costs seconds; the browser tests each get it clean)."""
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("Debian's chromium and chromium-driver are not installed (source scripts/ci-services.sh)")
    from selenium import webdriver  # noqa: PLC0415
    from selenium.webdriver.chrome.service import Service  # noqa: PLC0415

    profile = tempfile.mkdtemp(prefix="chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,1000",
                 "--lang=en-US"):  # a browser whose own date format is mm/dd/yyyy
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser(chromium: Any) -> Any:
    """The process's Chromium with nothing left from an earlier test: a blank page, no cookies, no cache (every
    test's server listens on 127.0.0.1, and cookies do not tell ports apart)."""
    chromium.get("about:blank")
    chromium.execute_cdp_cmd("Network.clearBrowserCookies", {})
    chromium.execute_cdp_cmd("Network.clearBrowserCache", {})
    return chromium
