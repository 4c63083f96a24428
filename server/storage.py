"""Uploaded files on disk under ``<data_dir>/files/``, named by their SHA-256, never by user input;
plus the PDF content check that runs before anything is stored."""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk_app.api.schemas import ErrorCode
from kiosk_app.privacy import ensure_private_dir

from server.errors import ApiError

_PDF_HEADER = re.compile(rb"%PDF-(1\.[0-7]|2\.0)")
_ACTIVE_CONTENT = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b")
_STREAM_DATA = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)


@dataclass(frozen=True)
class StoredFile:
    """A file kept in the store."""

    sha256: str
    size_bytes: int


def check_pdf(data: bytes, max_bytes: int) -> None:
    """Refuse anything that is not a plain PDF within the size limit.

    A full parse is left to the staff's viewer. Here the file must start with the PDF header (no
    leading bytes, which polyglot files use) and end with an end-of-file marker in its last
    kilobytes; no active content (scripts, launch actions, embedded files) may be declared in the
    object structure outside stream data (image bytes may contain anything). Active content hidden
    inside compressed object streams is not detected.
    """
    if len(data) > max_bytes:
        raise ApiError(413, ErrorCode.FILE_TOO_LARGE, {"max_bytes": max_bytes})
    if not _PDF_HEADER.match(data) or b"%%EOF" not in data[-2048:]:
        raise ApiError(400, ErrorCode.NOT_A_PDF)
    if _ACTIVE_CONTENT.search(_STREAM_DATA.sub(b"stream endstream", data)):
        raise ApiError(400, ErrorCode.UNSAFE_PDF)


class FileStore:
    """Content-addressed file store: the same bytes are stored once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        ensure_private_dir(self.root)

    def path_for(self, sha256: str) -> Path:
        """Where the file with this hash lives (two-level fan-out)."""
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> StoredFile:
        """Store ``data`` atomically (write to a temporary file, fsync, rename) and return its hash."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if not target.exists():
            target.parent.mkdir(mode=0o700, exist_ok=True)  # mkstemp makes the file 0600
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        return StoredFile(digest, len(data))

    def read(self, sha256: str) -> bytes:
        """The bytes of a stored file."""
        return self.path_for(sha256).read_bytes()
