"""Bounded JSON: a linear pre-scan refuses documents nested too deep or too large before json.loads.

``json.loads`` recurses once per nesting level, so ``[[[[…]]]]`` 100,000 deep raises RecursionError
(a 500 once it escapes). The scan only looks at brackets outside strings, in one pass.
"""
from __future__ import annotations

import json
import re
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk_app.api.schemas import ErrorCode
from server.errors import ApiError, error_response

MAX_JSON_DEPTH = 32
"""Deeper than any wire model (DossierCreate is 3 levels); far below the interpreter's recursion limit."""
MAX_JSON_BYTES = 1024 * 1024
"""No JSON body or JSON form field of the API comes near 1 MiB."""

# A string token always matches (to its closing quote, or to the end when unterminated) and never
# backtracks (possessive), so the scan stays linear even for a quote followed by escaped quotes only.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)|[\[\]{}]', re.DOTALL)


def nesting_depth(text: str, stop_above: int | None = None) -> int:
    """The deepest bracket nesting of a JSON text, counting only brackets outside strings (linear).

    With ``stop_above`` the scan ends as soon as the depth exceeds it (the answer is then that depth).
    """
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_above is not None and deepest > stop_above:
                    break
        elif token in "]}":
            depth -= 1
    return deepest


def check_json(text: str, max_depth: int = MAX_JSON_DEPTH, max_bytes: int = MAX_JSON_BYTES) -> None:
    """Raise ApiError 413 for a text over ``max_bytes`` and 422 for one nested deeper than ``max_depth``."""
    if len(text) > max_bytes:  # characters >= bytes / 4: a cheap bound first
        raise ApiError(413, ErrorCode.REQUEST_TOO_LARGE, {"max_bytes": max_bytes})
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise ApiError(413, ErrorCode.REQUEST_TOO_LARGE, {"max_bytes": max_bytes})
    if nesting_depth(text, stop_above=max_depth) > max_depth:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, f"JSON nested deeper than {max_depth} levels")


def loads(text: str, max_depth: int = MAX_JSON_DEPTH, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """``json.loads`` after :func:`check_json`; a malformed text is a 422."""
    check_json(text, max_depth, max_bytes)
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, f"not JSON: {getattr(exc, 'msg', 'too deep')}") from None


class JsonBodyLimit:
    """Reads a JSON request body (at most ``max_bytes``), checks its nesting, then hands it on unchanged.

    Other bodies (multipart uploads, forms) pass through untouched; their JSON fields are checked
    where they are parsed.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                await self.app(scope, _replay([message], receive), send)
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await error_response(ApiError(413, ErrorCode.REQUEST_TOO_LARGE,
                                              {"max_bytes": self.max_bytes}))(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        try:
            check_json(body.decode("utf-8", "replace"), self.max_depth, self.max_bytes)
        except ApiError as error:
            await error_response(error)(scope, receive, send)
            return
        await self.app(scope, _replay([{"type": "http.request", "body": body, "more_body": False}], receive), send)


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            media = value.split(b";", 1)[0].strip().lower()
            return media == b"application/json" or media.endswith(b"+json")
    return False


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A receive callable that first returns ``messages``, then defers to the real one."""
    pending = list(messages)

    async def replayed() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return replayed
