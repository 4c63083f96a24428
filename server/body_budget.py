"""A byte budget on request bodies, enforced while the body is read (chunked or not).

A declared ``Content-Length`` over the budget is refused before any body byte is read. Otherwise the
bytes of every ``http.request`` message are counted as the application reads them; the message that
crosses the budget is never handed on: the client gets 413 (if no answer has started) and the
application sees a disconnect, so it stops reading and nothing more is buffered or spooled.
"""
from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk_app.api.schemas import ErrorCode
from server.errors import ApiError, error_response


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _has_body(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"transfer-encoding" or (name == b"content-length" and value.strip() not in (b"", b"0")):
            return True
    return False


class RequestBodyBudget:
    """Pure ASGI middleware: no request body may exceed ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(send)
            return
        state = _BudgetState()
        state.body_complete = not _has_body(scope)

        async def counted_receive() -> Message:
            if state.exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                state.received += len(message.get("body", b""))
                state.body_complete = not message.get("more_body", False)
                if state.received > self.max_bytes:
                    state.exceeded = True
                    if not state.started:
                        state.refused = True
                        await self._refuse(send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if state.refused:
                return  # the 413 has been sent; the application's own answer is dropped
            if message["type"] == "http.response.start":
                state.started = True
                if not state.body_complete:
                    # Answered before the body was read (401, 413): close rather than drain the rest.
                    message = {**message, "headers": [*message.get("headers", ()), (b"connection", b"close")]}
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not state.exceeded:
                raise
            # The application saw a disconnect when the budget ran out; whatever it raised about that
            # (ClientDisconnect, a form parse error) is the consequence of our refusal, not a fault.

    async def _refuse(self, send: Send) -> None:
        response = error_response(ApiError(413, ErrorCode.REQUEST_TOO_LARGE, {"max_bytes": self.max_bytes},
                                           headers={"Connection": "close"}))
        await send({"type": "http.response.start", "status": response.status_code,
                    "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body})


class _BudgetState:
    """What one request has read so far and whether it has been refused."""

    __slots__ = ("received", "body_complete", "exceeded", "started", "refused")

    def __init__(self) -> None:
        self.received = 0
        self.body_complete = False
        self.exceeded = False
        self.started = False
        self.refused = False
