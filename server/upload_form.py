"""Reading an upload's multipart form after the kiosk has been authenticated, with limits while streaming.

The upload routes take the raw request so that FastAPI does not parse (and spool) the body before
the kiosk token is checked. The form is then read with a cap on the number of files and fields, on
the size of the JSON field, and on the size of every file: a file that grows past ``max_file_bytes``
stops the read at once (the whole request is capped by :mod:`server.body_budget`).
"""
from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass

from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from kiosk_app.api.schemas import ErrorCode
from server.dossiers import UploadedFile
from server.errors import ApiError

MAX_JSON_FIELD_BYTES = 256 * 1024
"""The JSON of a DossierCreate or SupplementProof is a few kilobytes; this is generous."""
MAX_FIELDS = 4


class _FileTooLarge(Exception):
    """One file of the form passed the per-file limit."""


class _BoundedMultiPartParser(MultiPartParser):
    """Starlette's parser, counting the bytes of the file part being read."""

    def __init__(self, headers: Headers, stream: AsyncGenerator[bytes, None], *, max_files: int, max_fields: int,
                 max_part_size: int, max_file_bytes: int) -> None:
        super().__init__(headers, stream, max_files=max_files, max_fields=max_fields, max_part_size=max_part_size)
        self.max_file_bytes = max_file_bytes
        self._file_part_bytes = 0

    def on_part_begin(self) -> None:
        super().on_part_begin()
        self._file_part_bytes = 0

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._current_part.file is not None:
            self._file_part_bytes += end - start
            if self._file_part_bytes > self.max_file_bytes:
                raise _FileTooLarge
        super().on_part_data(data, start, end)


@dataclass(frozen=True)
class UploadForm:
    """The JSON field and the files of an upload."""

    json_text: str
    files: list[UploadedFile]


async def read_upload_form(request: Request, json_field: str, max_files: int, max_file_bytes: int) -> UploadForm:
    """Parse the multipart body: ``json_field`` plus the ``files`` parts, within the limits."""
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise ApiError(422, ErrorCode.INVALID_REQUEST, "multipart/form-data expected")
    parser = _BoundedMultiPartParser(request.headers, request.stream(), max_files=max_files,
                                     max_fields=MAX_FIELDS, max_part_size=MAX_JSON_FIELD_BYTES,
                                     max_file_bytes=max_file_bytes)
    try:
        form = await parser.parse()
    except _FileTooLarge:
        raise ApiError(413, ErrorCode.FILE_TOO_LARGE, {"max_bytes": max_file_bytes}) from None
    except MultiPartException as exc:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, exc.message) from None
    try:
        json_text = form.get(json_field)
        if not isinstance(json_text, str):
            raise ApiError(422, ErrorCode.INVALID_REQUEST,
                           [{"loc": ["body", json_field], "msg": "Field required", "type": "missing"}])
        uploads = [item for item in form.getlist("files") if isinstance(item, UploadFile)]
        return UploadForm(json_text, [UploadedFile(await upload.read()) for upload in uploads])
    finally:
        await form.close()
