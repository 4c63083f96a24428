"""The HTTP plumbing both adapters share: one retry policy and one mapping of transport failures to typed errors."""
from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from kiosk_app.backend.errors import BackendTimeout, BackendUnavailable


def retrying_session(headers: Mapping[str, str], ca_bundle: Path | None, retries: int) -> requests.Session:
    """A session with ``headers`` on every request, TLS verified (against ``ca_bundle`` if given), and idempotent
    calls (GET, HEAD) retried with backoff on connection errors and 502/503/504; POSTs are retried by the outbox,
    with their key."""
    session = requests.Session()
    session.headers.update(headers)
    session.verify = str(ca_bundle) if ca_bundle else True
    retry = Retry(
        total=retries, connect=retries, read=retries, status=retries, backoff_factor=0.3,
        status_forcelist=(502, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD"}),
        raise_on_status=False,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def send(session: requests.Session, method: str, base_url: str, path: str, timeout: tuple[float, float],
         log: logging.Logger, **kwargs: Any) -> requests.Response:
    """One request; no answer becomes :class:`BackendTimeout` or :class:`BackendUnavailable`. Any answer,
    error statuses included, is returned for the adapter to read in its system's terms."""
    started = time.monotonic()
    try:
        response = session.request(method, f"{base_url}{path}", timeout=timeout, **kwargs)
    except requests.Timeout as exc:
        raise BackendTimeout(f"{method} {path}: timed out ({exc.__class__.__name__})") from exc
    except requests.RequestException as exc:
        raise BackendUnavailable(f"{method} {path}: {exc.__class__.__name__}: {exc}") from exc
    log.debug("%s %s -> %s in %.0f ms", method, path, response.status_code, (time.monotonic() - started) * 1000)
    return response
