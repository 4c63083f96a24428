"""How uvicorn serves the app: one place for the standalone command and the kiosk's embedded server.

uvicorn's default believes ``X-Forwarded-For``/``-Proto`` from 127.0.0.1 (or whatever the
``FORWARDED_ALLOW_IPS`` environment variable says), so any local process could pose as any client
address and dodge the per-client limits. Here proxy headers are read only when the server's
``forwarded_allow_ips`` setting names the reverse proxies, and then only from those addresses.
"""
from __future__ import annotations

from typing import Any

import uvicorn
from fastapi import FastAPI

from server.settings import ServerSettings


def uvicorn_config(app: FastAPI, **options: Any) -> uvicorn.Config:
    """A uvicorn configuration for ``app``; ``options`` are further uvicorn.Config arguments (host, port...)."""
    settings: ServerSettings = app.state.backend.settings
    trusted = list(settings.forwarded_allow_ips)
    options.setdefault("access_log", False)
    options.setdefault("ws", "none")
    return uvicorn.Config(app, proxy_headers=bool(trusted), forwarded_allow_ips=trusted or [], **options)
