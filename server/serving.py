"""How uvicorn serves the app: one place for the standalone command and the kiosk's embedded server.

uvicorn's default believes ``X-Forwarded-For``/``-Proto`` from 127.0.0.1 (or whatever the
``FORWARDED_ALLOW_IPS`` environment variable says), so any local process could pose as any client
address and dodge the per-client limits. Here proxy headers are read only when the server's
``forwarded_allow_ips`` setting names the reverse proxies, and then only from those addresses.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from typing import Any

import uvicorn
from fastapi import FastAPI

from server.settings import ServerSettings

log = logging.getLogger("uvicorn.error")  # where uvicorn reports its own shutdown


def uvicorn_config(app: FastAPI, **options: Any) -> uvicorn.Config:
    """A uvicorn configuration for ``app``; ``options`` are further uvicorn.Config arguments (host, port...)."""
    settings: ServerSettings = app.state.backend.settings
    trusted = list(settings.forwarded_allow_ips)
    options.setdefault("access_log", False)
    options.setdefault("ws", "none")
    return uvicorn.Config(app, proxy_headers=bool(trusted), forwarded_allow_ips=trusted or [], **options)


class PromptServer(uvicorn.Server):
    """uvicorn's server that stops as soon as it is asked (:meth:`stop`), from any thread.

    uvicorn looks at ``should_exit`` once every 100 ms, and on shutdown sleeps a fixed 100 ms after asking the open
    connections to close, then polls them and the running requests every 100 ms. Each stop of a server therefore
    takes 150-250 ms with nothing left to do: the kiosk's embedded backend when the kiosk quits, and every test that
    serves an app of its own (measured: 0.1 s of uvicorn's shutdown alone, times 140 servers in a quarter of the
    suite). Here :meth:`stop` wakes the main loop at once, and shutdown waits for the same things, bounded by the
    same ``timeout_graceful_shutdown``, looking every 10 ms. The sequence is uvicorn's own (``Server.shutdown``,
    uvicorn 0.3x); only the pacing differs, so a request in flight still finishes before the server exits.
    """

    _POLL_S = 0.01

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    def stop(self) -> None:
        """Ask the server to exit; its loop notices within milliseconds (safe from any thread)."""
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed: nothing to wake
                loop.call_soon_threadsafe(wake.set)

    async def main_loop(self) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):  # uvicorn's tick: the date header, max requests
                await asyncio.wait_for(self._wake.wait(), 0.1)
            should_exit = await self.on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:  # stop accepting connections
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):  # idle ones close, busy ones after their reply
            connection.shutdown()
        try:
            async with asyncio.timeout(self.config.timeout_graceful_shutdown):
                while (self.server_state.connections or self.server_state.tasks) and not self.force_exit:
                    await asyncio.sleep(self._POLL_S)
        except TimeoutError:
            log.error("Cancel %s running task(s), timeout graceful shutdown exceeded", len(self.server_state.tasks))
            for task in self.server_state.tasks:
                task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()
